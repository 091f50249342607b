"""The documentation stays true to the code: the column reference is generated from the
declared schema, help() points to it, and the README's examples run and print what it says."""

import re
import subprocess
import sys
from pathlib import Path

import presswork as pw
import pytest

ROOT = Path(__file__).resolve().parents[1]


def test_column_reference_is_generated_from_the_schema():
    proc = subprocess.run(
        [sys.executable, str(ROOT / "docs" / "gen_columns.py"), "--check"],
        capture_output=True,
        text=True,
        check=False,
    )
    assert proc.returncode == 0, proc.stderr
    page = (ROOT / "docs" / "columns.md").read_text(encoding="utf-8")
    for table, columns in pw._native.schema().items():
        assert f"## {table}" in page
        for name, *_ in columns:
            assert f"| `{name}` |" in page


def test_help_points_to_the_column_reference():
    for function in (pw.tokens, pw.sentences, pw.quotes, pw.numbers, pw.tables):
        assert "columns/" in (function.__doc__ or "")
    assert "speaker_start" in (pw.quotes.__doc__ or "") and "Int32" in (pw.quotes.__doc__ or "")


def test_help_of_quotes_names_every_quote_type_and_its_example_holds():
    doc = pw.quotes.__doc__ or ""
    assert all(f"``{kind}``" in doc for kind in pw.QUOTE_TYPES)
    assert all(f"``{kind}``" in doc for kind in ("speech", "thought", "document"))
    rows = pw.quotes(['Smith said: "We will win."']).to_dict("records")
    assert [(r["type"], r["speaker"], r["cue"], r["text"]) for r in rows] == [
        ("quote", "Smith", "said", "We will win.")
    ]


# A ```python block followed by "prints ...:" and a ```text block: the block's exact output.
EXAMPLE_WITH_OUTPUT = re.compile(r"```python\n(.*?)```\n\nprints[^\n]*\n\n```text\n(.*?)```", re.DOTALL)


def _run_example(code: str, tmp_path: Path) -> str:
    proc = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, cwd=tmp_path, check=False
    )
    assert proc.returncode == 0, proc.stderr
    return proc.stdout


def test_readme_examples_print_what_the_readme_says(tmp_path):
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    examples = EXAMPLE_WITH_OUTPUT.findall(readme)
    assert examples, "the README's 30-second example lost its printed output"
    for code, printed in examples:
        assert _run_example(code, tmp_path) == printed


def test_the_getting_started_page_example_runs(tmp_path):
    page = (ROOT / "docs" / "index.md").read_text(encoding="utf-8")
    section = page[page.index("## First table") :]
    code = re.search(r"```python\n(.*?)```", section, re.DOTALL).group(1)
    printed = _run_example(code + "\nprint(quotes.to_dict('records'))\n", tmp_path)
    assert "'speaker': 'Gustavo Petro'" in printed and "We will not accept these terms." in printed


def test_readme_dataframe_example_runs_on_a_parquet_of_the_sample_articles(tmp_path, seed_texts):
    pytest.importorskip("pyarrow")  # pd.read_parquet
    import pandas as pd

    articles = pd.DataFrame({"text": list(seed_texts.values())}, index=list(seed_texts))
    articles.to_parquet(tmp_path / "articles.parquet")
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    blocks = re.findall(r"```python\n(.*?)```", readme, re.DOTALL)
    (code,) = [b for b in blocks if 'pd.read_parquet("articles.parquet")' in b]
    check = "\nassert df['n_quotes'].gt(0).all() and len(out['numbers'].query(\"kind == 'money'\")) > 0\n"
    _run_example(code + check, tmp_path)


def test_readme_dask_example_runs_on_a_parquet_of_the_sample_articles(tmp_path, seed_texts):
    pytest.importorskip("dask.dataframe")
    import pandas as pd

    pd.DataFrame({"text": list(seed_texts.values())}).to_parquet(tmp_path / "articles.parquet")
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    blocks = re.findall(r"```python\n(.*?)```", readme, re.DOTALL)
    (code,) = [b for b in blocks if "import presswork.dask as pwd" in b]
    assert '"s3://bucket/articles/"' in code
    code = code.replace('"s3://bucket/articles/"', '"articles.parquet"')  # the one made-up name
    check = "\nassert len(quotes.compute()) > 0 and set(out) == {'quotes', 'numbers'}\n"
    _run_example(code + check, tmp_path)
