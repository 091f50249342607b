"""The documentation stays true to the code: the column reference is generated from the
declared schema, and help() points to it."""

import subprocess
import sys
from pathlib import Path

import presswork as pw

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
