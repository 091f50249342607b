"""The command line: the bundled sample, files, folders, stdin, output files, and behaving
like a Unix tool (closed pipes, one-line errors, whole files or none)."""

import json
import os
import subprocess
import sys

import pandas as pd
import pytest


def cli(*args, stdin=None, check=True):
    proc = subprocess.run(
        [sys.executable, "-m", "presswork", *args], input=stdin, capture_output=True, timeout=120, check=False
    )
    proc.stdout, proc.stderr = proc.stdout.decode("utf-8"), proc.stderr.decode("utf-8")
    if check:
        assert proc.returncode == 0, proc.stderr
    return proc


def fails(*args, stdin=None):
    proc = cli(*args, stdin=stdin, check=False)
    assert proc.returncode != 0
    assert "Traceback" not in proc.stderr, proc.stderr
    assert len(proc.stderr.strip().splitlines()) == 1, proc.stderr  # one line
    return proc.stderr


@pytest.fixture
def folder(tmp_path, seed_texts):
    articles = tmp_path / "articles"
    articles.mkdir()
    for name, text in list(seed_texts.items())[:2]:
        (articles / name).write_text(text, encoding="utf-8")
    return articles


def test_default_runs_on_bundled_sample_with_readable_names():
    out = cli("analyze", "--what", "sentences").stdout
    assert "== sentences:" in out
    assert "Background: US Threats Against Colombia" in out
    assert "000_4bf89a5d724fffdb " in out and ".txt" not in out  # file stems name documents


def test_help_has_examples_and_points_to_the_docs():
    out = cli("analyze", "--help").stdout
    assert "examples:" in out and "--summary" in out and "-o out/" in out and "columns" in out


def test_bare_command_prints_the_help_with_its_examples():
    out = cli().stdout
    assert "analyze" in out and "examples:" in out and "presswork analyze corpus/ --summary" in out


def test_one_row_is_counted_in_the_singular():
    out = cli("analyze", "-", "--what", "quotes", stdin="Smith said: “We will win.”".encode()).stdout
    assert "== quotes: 1 row ==" in out


def test_one_table_to_one_file_and_integers_stay_integers(tmp_path, folder):
    cli("analyze", str(folder), "--what", "quotes", "-o", str(tmp_path / "quotes.csv"))
    if os.name == "posix":  # the file gets the usual umask-based mode, not mkstemp's 0600
        umask = os.umask(0)
        os.umask(umask)
        assert (tmp_path / "quotes.csv").stat().st_mode & 0o777 == 0o666 & ~umask
    text = (tmp_path / "quotes.csv").read_text(encoding="utf-8")
    assert ".0," not in text  # offsets written as 173, never 173.0
    quotes = pd.read_csv(tmp_path / "quotes.csv")
    assert quotes["doc"].nunique() == 2 and set(quotes["doc"]) <= {p.stem for p in folder.iterdir()}
    for row in quotes.itertuples():
        source = (folder / f"{row.doc}.txt").read_text(encoding="utf-8")
        assert source[row.start : row.end] == row.text
    cli("analyze", str(folder), "--what", "quotes", "-o", str(tmp_path / "quotes.jsonl"))
    rows = [json.loads(line) for line in (tmp_path / "quotes.jsonl").read_text(encoding="utf-8").splitlines()]
    assert len(rows) == len(quotes)
    assert all(isinstance(r["cue_start"], int) or r["cue_start"] is None for r in rows)
    assert any(isinstance(r["cue_start"], int) for r in rows)


def test_several_tables_go_to_a_folder_and_a_file_name_is_refused(tmp_path, folder):
    proc = cli("analyze", str(folder), "--what", "tokens,sentences", "-o", str(tmp_path / "out") + "/")
    assert sorted(p.name for p in (tmp_path / "out").iterdir()) == ["sentences.csv", "tokens.csv"]
    assert "wrote" in proc.stderr and "tokens.csv" in proc.stderr
    message = fails("analyze", str(folder), "--what", "tokens,sentences", "-o", str(tmp_path / "out.csv"))
    assert "folder" in message and not (tmp_path / "out.csv").exists()


def test_limit_and_summary(folder):
    out = cli("analyze", str(folder), "--what", "sentences", "--limit", "3").stdout
    assert "showing 3" in out
    assert len([line for line in out.splitlines() if line.startswith(("000_", "001_"))]) == 3
    out = cli("analyze", str(folder), "--summary").stdout
    assert "2 documents" in out and "quotes:" in out and "numbers:" in out
    assert "top speakers" in out and "largest" in out


def test_reads_csv_text_and_title_columns_and_stdin(tmp_path):
    pd.DataFrame({"body": ["First one. Second one.", "Third."], "headline": ["first", "second"]}).to_csv(
        tmp_path / "in.csv", index=False
    )
    out = cli("analyze", str(tmp_path / "in.csv"), "--text-column", "body", "--what", "sentences").stdout
    assert "Second one." in out and "in:1" in out
    out = cli(
        "analyze",
        str(tmp_path / "in.csv"),
        "--text-column",
        "body",
        "--title-column",
        "headline",
        "--what",
        "sentences",
    ).stdout
    assert "second  " in out
    out = cli("analyze", "-", "--what", "sentences", stdin=b"Hello there. General Kenobi.").stdout
    assert "General Kenobi." in out


def test_non_utf8_stdin_is_decoded_like_a_file(tmp_path):
    data = "Prices rose 5% in caf\u00e9s. ".encode("latin-1") + b"He left."
    (tmp_path / "latin.txt").write_bytes(data)
    from_file = cli("analyze", str(tmp_path / "latin.txt"), "--what", "sentences").stdout
    from_stdin = cli("analyze", "-", "--what", "sentences", stdin=data).stdout
    assert from_file.replace("latin", "stdin") == from_stdin and "\ufffd" in from_stdin


def test_closed_pipe_is_quiet(folder):
    command = [sys.executable, "-m", "presswork", "analyze", str(folder), "--what", "tokens"]
    producer = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    assert producer.stdout.readline()  # read one line, then go away like `head -1`
    producer.stdout.close()
    _, err = producer.communicate(timeout=120)
    assert b"Traceback" not in err and b"BrokenPipe" not in err, err


def test_errors_are_one_line_with_a_non_zero_exit(tmp_path):
    proc = cli("analyze", "--what", "paragraphs", check=False)
    assert proc.returncode != 0 and "--what" in proc.stderr
    assert "no such file" in fails("analyze", str(tmp_path / "missing.txt"))
    pd.DataFrame({"body": ["x"]}).to_csv(tmp_path / "in.csv", index=False)
    message = fails("analyze", str(tmp_path / "in.csv"))
    assert "no column 'text'" in message and "body" in message and "--text-column" in message
    (tmp_path / "image.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
    assert "binary" in fails("analyze", str(tmp_path / "image.txt"))
    (tmp_path / "broken.parquet").write_bytes(b"not parquet at all")
    assert "broken.parquet" in fails("analyze", str(tmp_path / "broken.parquet"))


def test_debug_shows_the_traceback(tmp_path):
    proc = cli("analyze", str(tmp_path / "missing.txt"), "--debug", check=False)
    assert proc.returncode != 0 and "Traceback" in proc.stderr


@pytest.mark.skipif(
    os.name != "posix" or os.geteuid() == 0, reason="needs a user that read-only folders stop"
)
def test_unwritable_output_leaves_no_file(tmp_path, folder):
    locked = tmp_path / "locked"
    locked.mkdir()
    locked.chmod(0o500)
    try:
        assert "cannot write" in fails(
            "analyze", str(folder), "--what", "quotes", "-o", str(locked / "q.csv")
        )
        assert list(locked.iterdir()) == []
    finally:
        locked.chmod(0o700)


def test_a_failed_write_leaves_no_partial_file_and_keeps_the_old_one(tmp_path, folder, monkeypatch):
    from presswork import cli as cli_module

    out = tmp_path / "out"
    out.mkdir()
    (out / "quotes.csv").write_text("old\n")
    calls = []

    def write_then_fail(frame, path, fmt, target):  # the second table's write fails midway
        calls.append(target.name)
        path.write_text("partial")
        if len(calls) == 2:
            raise cli_module.CliError(f"cannot write {target}: No space left on device")

    monkeypatch.setattr(cli_module, "_write_frame", write_then_fail)
    assert cli_module.main(["analyze", str(folder), "--what", "quotes,numbers", "-o", str(out)]) == 1
    assert calls == ["quotes.csv", "numbers.csv"]
    assert sorted(p.name for p in out.iterdir()) == ["quotes.csv"]  # no temporary file left
    assert (out / "quotes.csv").read_text() == "old\n"  # all or nothing: the first is not replaced


def test_unwritable_target_without_permissions_trick(tmp_path, folder):
    # A path under a regular file can never be created, whoever runs the test.
    (tmp_path / "file").write_text("x")
    assert "cannot" in fails(
        "analyze", str(folder), "--what", "quotes", "-o", str(tmp_path / "file" / "q.csv")
    )


def test_parquet_and_jsonl_round_trip(tmp_path):
    pytest.importorskip("pyarrow")
    frame = pd.DataFrame({"body": ["“We will win,” Smith said. Turnout rose 5%.", "Prices fell by $3bn."]})
    frame.to_parquet(tmp_path / "in.parquet")
    frame.to_json(tmp_path / "in.jsonl", orient="records", lines=True)
    cli(
        "analyze",
        str(tmp_path / "in.parquet"),
        "--text-column",
        "body",
        "--what",
        "quotes,numbers",
        "-o",
        str(tmp_path / "out"),
        "--format",
        "parquet",
    )
    quotes = pd.read_parquet(tmp_path / "out" / "quotes.parquet")
    numbers = pd.read_parquet(tmp_path / "out" / "numbers.parquet")
    assert quotes["text"].tolist() == ["We will win,"]
    assert quotes["speaker"].tolist() == ["Smith"]
    assert set(numbers["text"]) >= {"5%", "$3bn"}
    cli(
        "analyze",
        str(tmp_path / "in.jsonl"),
        "--text-column",
        "body",
        "--what",
        "numbers",
        "-o",
        str(tmp_path / "n.jsonl"),
    )
    rows = [json.loads(line) for line in (tmp_path / "n.jsonl").read_text(encoding="utf-8").splitlines()]
    assert {r["doc"] for r in rows} == {"in:0", "in:1"}
