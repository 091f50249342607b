"""The command line: the bundled sample, files, folders, stdin and output formats."""

import json
import subprocess
import sys

import pandas as pd


def run(*args, stdin=None):
    proc = subprocess.run([sys.executable, "-m", "presswork", *args], input=stdin, capture_output=True, text=True, timeout=120)
    assert proc.returncode == 0, proc.stderr
    return proc


def test_default_runs_on_bundled_sample():
    out = run("analyze", "--what", "sentences").stdout
    assert "== sentences:" in out
    assert "Background: US Threats Against Colombia" in out


def test_writes_csv_and_jsonl(tmp_path, seed_texts):
    folder = tmp_path / "articles"
    folder.mkdir()
    for name, text in list(seed_texts.items())[:2]:
        (folder / name).write_text(text, encoding="utf-8")
    run("analyze", str(folder), "--what", "tokens,sentences", "-o", str(tmp_path / "out.csv"))
    toks = pd.read_csv(tmp_path / "out.tokens.csv", keep_default_na=False)
    sents = pd.read_csv(tmp_path / "out.sentences.csv")
    assert set(toks.columns) >= {"doc", "start", "end", "text", "kind", "norm", "sentence"}
    assert sents["doc"].nunique() == 2
    for row in sents.itertuples():
        text = (folder / row.doc.split("/")[-1]).read_text(encoding="utf-8")
        assert text[row.start : row.end] == row.text
    run("analyze", str(folder), "--what", "sentences", "-o", str(tmp_path / "s.jsonl"))
    rows = [json.loads(line) for line in (tmp_path / "s.jsonl").read_text(encoding="utf-8").splitlines()]
    assert len(rows) == len(sents)


def test_reads_csv_text_column_and_stdin(tmp_path):
    pd.DataFrame({"body": ["First one. Second one.", "Third."]}).to_csv(tmp_path / "in.csv", index=False)
    out = run("analyze", str(tmp_path / "in.csv"), "--text-column", "body", "--what", "sentences").stdout
    assert "Second one." in out and "in.csv:1" in out
    out = run("analyze", "-", "--what", "sentences", stdin="Hello there. General Kenobi.").stdout
    assert "General Kenobi." in out


def test_bad_arguments_fail_clearly(tmp_path):
    proc = subprocess.run([sys.executable, "-m", "presswork", "analyze", "--what", "paragraphs"], capture_output=True, text=True)
    assert proc.returncode != 0 and "--what" in proc.stderr
    proc = subprocess.run([sys.executable, "-m", "presswork", "analyze", str(tmp_path / "missing.txt")], capture_output=True, text=True)
    assert proc.returncode != 0 and "no such file" in proc.stderr


def test_parquet_and_jsonl_round_trip(tmp_path):
    pytest = __import__("pytest")
    pytest.importorskip("pyarrow")
    frame = pd.DataFrame({"body": ["“We will win,” Smith said. Turnout rose 5%.", "Prices fell by $3bn."]})
    frame.to_parquet(tmp_path / "in.parquet")
    frame.to_json(tmp_path / "in.jsonl", orient="records", lines=True)
    run("analyze", str(tmp_path / "in.parquet"), "--text-column", "body", "--what", "quotes,numbers", "-o", str(tmp_path / "out.parquet"))
    quotes = pd.read_parquet(tmp_path / "out.quotes.parquet")
    numbers = pd.read_parquet(tmp_path / "out.numbers.parquet")
    assert quotes["text"].tolist() == ["We will win,"]
    assert quotes["speaker"].tolist() == ["Smith"]
    assert set(numbers["text"]) >= {"5%", "$3bn"}
    run("analyze", str(tmp_path / "in.jsonl"), "--text-column", "body", "--what", "numbers", "-o", str(tmp_path / "n.jsonl"))
    rows = [json.loads(line) for line in (tmp_path / "n.jsonl").read_text(encoding="utf-8").splitlines()]
    assert {r["doc"] for r in rows} == {"in.jsonl:0", "in.jsonl:1"}
