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


# docs/numbers.md's table of what `value` holds, example by example: (sentence, text, kind, value, date)
NUMBER_PAGE_EXAMPLES = [
    ("ICE deported 605,000 people.", "605,000", "cardinal", 605000.0, None),
    ("It cost $3bn.", "$3bn", "money", 3e9, None),
    ("It cost 50p.", "50p", "money", 0.5, None),
    ("Prices rose 5%.", "5%", "percent", 5.0, None),
    ("Turnout was 40 to 55.", "40 to 55", "range", 47.5, None),
    ("Thousands of people came.", "Thousands", "range", 5500.0, None),
    ("On March 4, 2021, he left.", "March 4, 2021", "date", None, "2021-03-04"),
    ("In December 2025 he left.", "December 2025", "date", None, "2025-12"),
    ("On May 3 he left.", "May 3", "date", None, "--05-03"),
    ("It was 3:30pm.", "3:30pm", "time", 15.5, None),
    ("They won 2-1.", "2-1", "score", None, None),
]


def test_the_figures_page_says_what_value_holds():
    page = (ROOT / "docs" / "numbers.md").read_text(encoding="utf-8")
    for sentence, text, kind, value, date in NUMBER_PAGE_EXAMPLES:
        assert f"`{text}`" in page or f"`{text.lower()}`" in page, text
        (number,) = pw.analyze(sentence).numbers
        assert (number.text, number.kind, number.value, number.date) == (text, kind, value, date)


def test_the_quotations_page_examples_give_their_types():
    page = (ROOT / "docs" / "quotes.md").read_text(encoding="utf-8")
    table = page[page.index("## Quote types") : page.index("To count who is quoted")]
    rows = re.findall(r"^\| `(\w+)` \|.*\| ([^|]*\*\*[^|]*) \|$", table, re.MULTILINE)
    assert {kind for kind, _ in rows} == set(pw.QUOTE_TYPES)
    for kind, example in rows:
        text = re.search(r"\*\*(.+?)\*\*", example).group(1)
        found = [(q.type, q.text) for q in pw.analyze(example.replace("**", "")).quotes]
        assert (kind, text) in found, (example, found)
