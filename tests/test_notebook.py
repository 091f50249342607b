"""The worked-example notebook runs from a fresh clone and shows its charts."""

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
NOTEBOOK = ROOT / "notebooks" / "quotes_and_numbers.ipynb"


def test_notebook_runs_and_its_executed_copy_holds_images(tmp_path, monkeypatch):
    nbformat = pytest.importorskip("nbformat")
    nbclient = pytest.importorskip("nbclient")
    pytest.importorskip("matplotlib")
    monkeypatch.setenv("MPLBACKEND", "Agg")  # no display here; `%matplotlib inline` still sends PNGs
    notebook = nbformat.read(NOTEBOOK, as_version=4)
    assert not any("matplotlib.use(" in "".join(cell.source) for cell in notebook.cells)
    nbclient.NotebookClient(
        notebook, timeout=600, kernel_name="python3", resources={"metadata": {"path": str(tmp_path)}}
    ).execute()
    executed = tmp_path / "executed.ipynb"
    nbformat.write(notebook, executed)
    outputs = [
        o
        for cell in nbformat.read(executed, as_version=4).cells
        if cell.cell_type == "code"
        for o in cell.outputs
    ]
    assert not [o for o in outputs if o.output_type == "error"]
    images = [
        o
        for o in outputs
        if o.output_type in ("display_data", "execute_result") and "image/png" in o.get("data", {})
    ]
    assert len(images) >= 2
