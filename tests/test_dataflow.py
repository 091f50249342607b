"""The data flow: Arrow hand-off, pandas/polars/pyarrow inputs and outputs, the fallback
without pyarrow, the Series accessor, progress, and Dask on a real local cluster."""

import subprocess
import sys

import pandas as pd
import presswork as pw
import pytest
from presswork import _frames, _native

pa = pytest.importorskip("pyarrow")


def _about(texts: pd.Series, chars: int) -> list[str]:
    """The texts repeated to about `chars` characters."""
    return texts.tolist() * max(1, chars // int(texts.str.len().sum()))


def test_arrow_backed_series_matches_object_series(news_texts):
    arrow_series = news_texts.astype(pd.StringDtype("pyarrow"))
    object_series = news_texts.astype(object)
    assert _frames._is_arrow_string(arrow_series.dtype)
    for table in ("tokens", "sentences", "quotes", "numbers"):
        a = pw.tables(arrow_series, (table,))[table]
        b = pw.tables(object_series, (table,))[table]
        pd.testing.assert_frame_equal(a, b)


def test_arrow_output_speaks_the_pycapsule_interface():
    table = pw.sentences(["One. Two.", None, "Three."], output="arrow")
    assert isinstance(table, pw.ArrowTable) and table.num_rows == 3
    via_pyarrow = pa.table(table)
    assert via_pyarrow.column("text").to_pylist() == ["One.", "Two.", "Three."]
    assert via_pyarrow.column("doc").to_pylist() == [0, 0, 2]
    schema = pa.record_batch(table).schema
    assert schema.field("doc").type == pa.int64()  # positions of a list input
    assert schema.field("start").type == pa.int32()  # offsets are int32


def test_polars_in_polars_out():
    pl = pytest.importorskip("polars")
    frame = pl.DataFrame({"text": ["Petro said: “No.” He left.", None, "Ok then."]})
    out = pw.sentences(frame["text"])
    assert isinstance(out, pl.DataFrame)
    assert out["doc"].to_list() == [0, 0, 2]
    texts = frame["text"].to_list()
    for row in out.iter_rows(named=True):
        assert texts[row["doc"]][row["start"] : row["end"]] == row["text"]
    quotes = pw.quotes(frame["text"])
    assert isinstance(quotes, pl.DataFrame) and "speaker" in quotes.columns
    assert isinstance(pw.sentences(frame["text"], output="pandas"), pd.DataFrame)


def test_polars_output_without_polars_says_what_to_install(monkeypatch):
    monkeypatch.setitem(sys.modules, "polars", None)  # `import polars` now fails
    with pytest.raises(ImportError, match="pip install polars"):
        pw.quotes(["He said: “We will win.”"], output="polars")
    assert len(pw.quotes(["He said: “We will win.”"])) == 1  # pandas output needs no polars


def test_pyarrow_array_input():
    arr = pa.array(["A b. C d.", None, "E."])
    out = pw.sentences(arr)
    assert out["doc"].tolist() == [0, 0, 2]
    with pytest.raises(TypeError, match="string"):
        pw.sentences(pa.array([1, 2, 3]))


def test_fallback_without_pyarrow_gives_the_same_frames(monkeypatch, seed_texts):
    s = pd.Series(seed_texts)
    with_arrow = pw.tables(s)
    monkeypatch.setattr(_frames, "_pa", None)
    without = pw.tables(s)
    for name in with_arrow:
        a, b = with_arrow[name], without[name]
        assert list(a.columns) == list(b.columns)
        pd.testing.assert_frame_equal(a, b)
        assert len(b) and isinstance(b["doc"].iloc[0], str)


def test_series_accessor_joins_back_on_the_index(seed_texts):
    df = pd.DataFrame({"text": list(seed_texts.values())}, index=list(seed_texts))
    sents = df["text"].news.sentences()
    pd.testing.assert_frame_equal(sents, pw.sentences(df["text"]))
    counts = sents.groupby("doc").size().rename("n_sentences")
    joined = df.join(counts)
    assert joined["n_sentences"].notna().all() and joined["n_sentences"].min() > 10
    both = df["text"].news.tables(["sentences", "numbers"])
    assert set(both) == {"sentences", "numbers"}


def test_progress_gives_identical_results_and_counts_every_document(news_texts, capsys):
    plain = pw.tables(news_texts, ("sentences", "quotes"))
    with_bar = pw.tables(news_texts, ("sentences", "quotes"), progress=True)
    for name in plain:
        pd.testing.assert_frame_equal(plain[name], with_bar[name])
    labelled = news_texts.copy()
    labelled.index = [f"bbc-{i}" for i in labelled.index]
    labelled.iloc[3] = None  # a missing row still counts towards the total
    a = pw.sentences(labelled)
    b = pw.sentences(labelled, progress=True)
    pd.testing.assert_frame_equal(a, b)


def test_progress_callback_sees_documents_counted_up_to_the_total(news_texts):
    texts = _about(news_texts, 15_000_000)  # about half a second of work on one thread
    seen: list[int] = []
    raw = _native.batch(texts, ["quotes", "numbers"], threads=1, progress=seen.append)
    assert raw["quotes"].num_rows > 0
    assert len(seen) >= 2, seen  # called while the batch ran, not only at the end
    assert seen == sorted(seen) and 0 < seen[-1] <= len(texts)


def test_ctrl_c_stops_a_long_batch(news_texts, tmp_path):
    # In a child process, so a late signal cannot interrupt pytest itself.
    path = tmp_path / "texts.txt"
    path.write_text("\x00".join(_about(news_texts, 30_000_000)))
    script = f"""
import os, signal, threading, time
from presswork import _native
texts = open({str(path)!r}).read().split("\\x00")
threading.Timer(0.3, os.kill, (os.getpid(), signal.SIGINT)).start()
started = time.perf_counter()
try:
    _native.batch(texts, ["tokens", "quotes", "numbers"], threads=1)
except KeyboardInterrupt:
    print("interrupted after", time.perf_counter() - started)
else:
    print("finished after", time.perf_counter() - started)
"""
    out = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, timeout=300, check=False
    )
    assert out.stdout.startswith("interrupted"), out.stdout + out.stderr


def test_an_exception_in_the_progress_callback_stops_the_batch(news_texts):
    texts = _about(news_texts, 15_000_000)

    def fail(done: int) -> None:
        raise KeyError(f"stop at {done}")

    with pytest.raises(KeyError, match="stop at"):
        _native.batch(texts, ["tokens"], threads=1, progress=fail)


def test_dask_tables_analyse_each_partition_once(monkeypatch, news_texts):
    dask = pytest.importorskip("dask")
    dd = pytest.importorskip("dask.dataframe")
    import presswork.dask as pwd

    calls: list[int] = []
    analyse = pwd._partition_tables

    def counted(texts, *args):
        calls.append(len(texts))
        return analyse(texts, *args)

    monkeypatch.setattr(pwd, "_partition_tables", counted)
    texts = news_texts.copy()
    texts.index = [f"bbc-{i}" for i in texts.index]
    series = dd.from_pandas(texts, npartitions=4, sort=False)
    out = pwd.tables(series, ["sentences", "quotes", "numbers"])
    calls.clear()  # building the graph analyses the empty meta input only
    computed = dask.compute(*out.values(), scheduler="sync")
    assert len(calls) == 4 and sum(calls) == len(texts)  # one analysis per partition, for all three tables
    expected = pw.tables(texts, ["sentences", "quotes", "numbers"])
    for name, frame in zip(out, computed):
        # Dask stores strings as string[pyarrow] (its "convert-string" default).
        pd.testing.assert_frame_equal(
            frame.reset_index(drop=True), expected[name], check_dtype=False, check_categorical=False
        )
    with pytest.raises(ValueError, match="unknown table"):
        pwd.tables(series, ["quotes", "people"])
    with pytest.raises(TypeError, match="dask Series"):
        pwd.tables(texts)


def test_dask_on_a_local_cluster_matches_single_process(news_texts):
    dd = pytest.importorskip("dask.dataframe")
    distributed = pytest.importorskip("distributed")
    import presswork.dask as pwd

    texts = news_texts.copy()
    texts.index = [f"bbc-{i}" for i in texts.index]
    series = dd.from_pandas(texts, npartitions=6, sort=False)
    cluster = distributed.LocalCluster(
        n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None
    )
    with cluster, distributed.Client(cluster):
        for name, fn in [
            ("sentences", pwd.sentences),
            ("quotes", pwd.quotes),
            ("numbers", pwd.numbers),
            ("tokens", pwd.tokens),
        ]:
            lazy = fn(series)
            expected = pw.tables(texts, (name,))[name]
            assert list(lazy.columns) == list(expected.columns)
            got = lazy.compute().reset_index(drop=True)
            # Dask stores strings as string[pyarrow] (its "convert-string" default); the
            # values must be the same.
            pd.testing.assert_frame_equal(got, expected, check_dtype=False, check_categorical=False)
    with pytest.raises(TypeError, match="dask Series"):
        pwd.quotes(texts)


def test_spark_map_in_arrow_recipe_arrow_side(seed_texts):
    """The README's PySpark recipe, minus Spark: Arrow batches in, plain-typed batches out."""

    def spark_types(t):
        return t.cast(
            pa.schema(
                [
                    pa.field(f.name, pa.string())
                    if pa.types.is_large_string(f.type) or pa.types.is_dictionary(f.type)
                    else f
                    for f in t.schema
                ]
            )
        )

    def tables_of(batches, call):
        for batch in batches:
            t = pa.table(call(batch.column("text"), output="arrow", threads=1))
            t = t.set_column(0, "doc", batch.column("id").take(t.column("doc")))
            yield from spark_types(t).to_batches()

    texts = list(seed_texts.values())
    batch = pa.record_batch(
        {"id": pa.array([100 + i for i in range(len(texts))], pa.int64()), "text": pa.array(texts)}
    )
    for call in (pw.sentences, pw.quotes, pw.numbers):
        batches = list(tables_of([batch], call))
        expected = call(texts)
        assert sum(b.num_rows for b in batches) == len(expected)
        if not batches:
            continue
        out = pa.Table.from_batches(batches)
        assert all(
            not pa.types.is_large_string(f.type) and not pa.types.is_dictionary(f.type) for f in out.schema
        )
        assert out.column("doc").to_pylist() == [100 + d for d in expected["doc"]]


def test_tables_in_any_order_and_repeated_give_the_same_frames(news_texts):
    texts = news_texts[:200]
    reference = pw.tables(texts, threads=1)
    for include in (["numbers", "tokens"], ["quotes", "sentences", "tokens", "tokens"], ["sentences"]):
        for threads in (1, 2):
            frames = pw.tables(texts, include=include, threads=threads)
            assert sorted(frames) == sorted(set(include))
            for name, frame in frames.items():
                pd.testing.assert_frame_equal(frame, reference[name])


def test_many_small_groups_keep_one_dictionary(news_texts):
    # Hundreds of 64 KB groups per call: the small tables' kind/type categories stay unique.
    frames = pw.tables(
        _about(news_texts, 2_000_000), include=["quotes", "numbers"], threads=1, output="arrow"
    )
    for name, column in (("quotes", "type"), ("numbers", "kind")):
        table = pa.table(frames[name])
        assert table.column(column).num_chunks == 1
        dictionary = table.column(column).chunk(0).dictionary.to_pylist()
        assert len(dictionary) == len(set(dictionary))


# --- One schema whatever the input, the batch, pyarrow and the output kind -------------

MISSING_SPEAKER = "The plan was called “a real step forward” in the report."  # a quote, no speaker
SPOKEN = "“We will win,” Maria Lopez said. Prices rose 5% to $3bn."


def _dtypes(frame: pd.DataFrame) -> dict[str, str]:
    return {name: str(dtype) for name, dtype in frame.dtypes.items()}


def _expected(table: str, doc: str) -> dict[str, str]:
    declared = _frames.pandas_dtypes(table)
    return {name: (doc if name == "doc" else str(dtype)) for name, dtype in declared.items()}


SCHEMA_INPUTS = {
    "list": ([SPOKEN, MISSING_SPEAKER], "int64"),
    "nothing missing": ([SPOKEN], "int64"),
    "no rows": ([""], "int64"),
    "str index": (pd.Series([SPOKEN, None, MISSING_SPEAKER], index=["a", "b", "c"]), "str"),
    "int index": (pd.Series([MISSING_SPEAKER, SPOKEN], index=[10, 20]), "int64"),
    "arrow strings": (pd.Series([SPOKEN, MISSING_SPEAKER], dtype=pd.StringDtype("pyarrow")), "int64"),
}


@pytest.mark.parametrize("name", list(SCHEMA_INPUTS))
@pytest.mark.parametrize("with_pyarrow", [True, False])
def test_pandas_dtypes_are_the_declared_ones_for_every_input(name, with_pyarrow, monkeypatch):
    texts, doc = SCHEMA_INPUTS[name]
    if not with_pyarrow:
        if name == "arrow strings":
            pytest.skip("an Arrow-backed Series needs pyarrow")
        monkeypatch.setattr(_frames, "_pa", None)
    for table, frame in pw.tables(texts).items():
        assert list(frame.columns) == [c[0] for c in _frames.SCHEMA[table]]
        assert _dtypes(frame) == _expected(table, doc), table
    quotes = pw.quotes(texts)
    if len(quotes):  # offsets index the text even where one is missing
        assert quotes["speaker_start"].dtype == "Int32" and quotes["cue_end"].dtype == "Int32"


def test_without_pyarrow_installed_the_frames_are_the_same():
    # A child process in which `import pyarrow` fails, as on a machine without it.
    script = f"""
import sys, json
sys.modules["pyarrow"] = None
import pandas as pd, presswork as pw
from presswork import _frames
assert _frames._pa is None
texts = pd.Series([{SPOKEN!r}, None, {MISSING_SPEAKER!r}], index=["a", "b", "c"])
out = {{}}
for name, frame in pw.tables(texts).items():
    out[name] = {{"dtypes": {{c: str(t) for c, t in frame.dtypes.items()}}, "rows": frame.astype(object).where(frame.notna(), None).values.tolist()}}
print(json.dumps(out))
"""
    proc = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, timeout=120, check=False
    )
    assert proc.returncode == 0, proc.stderr
    import json

    child = json.loads(proc.stdout)
    texts = pd.Series([SPOKEN, None, MISSING_SPEAKER], index=["a", "b", "c"])
    for name, frame in pw.tables(texts).items():
        assert child[name]["dtypes"] == _dtypes(frame) == _expected(name, "str")
        assert child[name]["rows"] == frame.astype(object).where(frame.notna(), None).values.tolist()


def test_polars_and_arrow_output_carry_the_index_labels():
    pl = pytest.importorskip("polars")
    texts = pd.Series([SPOKEN, None, MISSING_SPEAKER], index=["a", "b", "c"])
    expected = pw.quotes(texts)
    labels = expected["doc"].tolist()
    # Rows of "a" then "c" (the missing text gives none); "c" may give more than one row.
    assert labels[0] == "a" and labels[-1] == "c" and set(labels) == {"a", "c"}
    as_polars = pw.quotes(texts, output="polars")
    assert as_polars["doc"].to_list() == labels and as_polars["doc"].dtype == pl.String
    as_arrow = pa.table(pw.quotes(texts, output="arrow"))
    assert as_arrow.column("doc").to_pylist() == labels
    ints = pd.Series([SPOKEN, MISSING_SPEAKER], index=[7, 9])
    assert set(pw.quotes(ints, output="polars")["doc"].to_list()) == {7, 9}
    assert pa.table(pw.quotes(ints, output="arrow")).column("doc").type == pa.int64()
    assert pa.table(pw.quotes([SPOKEN], output="arrow")).column("doc").type == pa.int64()


def test_arrow_schema_is_the_same_for_every_batch():
    full = pa.table(pw.numbers([SPOKEN], output="arrow")).schema
    empty = pa.table(pw.numbers([""], output="arrow")).schema
    assert full == empty
    assert [f.name for f in full] == [c[0] for c in _frames.SCHEMA["numbers"]]


def test_fifty_one_row_batches_read_back_as_one_parquet_table(tmp_path):
    pl = pytest.importorskip("polars")
    texts = [SPOKEN, MISSING_SPEAKER, "", "Nothing quoted here.", "He said: “No.”"] * 10
    parts = tmp_path / "parts"
    parts.mkdir()
    for i, text in enumerate(texts):  # one-row batches: most have a missing offset or no row
        pw.quotes(pd.Series([text], index=[f"article-{i}"])).to_parquet(parts / f"{i:02d}.parquet")
    whole = pw.quotes(pd.Series(texts, index=[f"article-{i}" for i in range(len(texts))]))
    back = pd.read_parquet(parts).reset_index(drop=True)
    assert len(back) == len(whole) > 0
    assert back["speaker_start"].dtype == "Int32" and back["doc"].tolist() == whole["doc"].tolist()
    pd.testing.assert_frame_equal(
        back, whole.reset_index(drop=True), check_dtype=False, check_categorical=False
    )
    lazy = pl.read_parquet(str(parts / "*.parquet"))
    assert lazy.height == len(whole)
    assert lazy["speaker_start"].dtype == pl.Int32 and lazy["doc"].to_list() == whole["doc"].tolist()


def test_tables_takes_one_name_as_a_string():
    assert set(pw.tables("He said: “No.”", include="quotes")) == {"quotes"}
    with pytest.raises(ValueError, match="unknown table"):
        pw.tables("x", include="quote")


def test_a_dict_input_is_a_type_error():
    with pytest.raises(TypeError, match="dict"):
        pw.quotes({"a": "He said: “No.”"})


def test_threads_minus_one_means_every_core():
    texts = [SPOKEN] * 4
    pd.testing.assert_frame_equal(pw.quotes(texts, threads=-1), pw.quotes(texts, threads=0))


def test_accessor_docstring_example_works():
    import doctest

    from presswork import _accessor

    result = doctest.testmod(_accessor)
    assert result.attempted >= 4 and result.failed == 0


@pytest.mark.parametrize("output", ["polars", "arrow"])
def test_fifty_one_row_batches_from_polars_and_arrow_output_read_back_as_one_table(tmp_path, output):
    pl = pytest.importorskip("polars")
    pq = pytest.importorskip("pyarrow.parquet")
    texts = [SPOKEN, MISSING_SPEAKER, "", "Nothing quoted here.", "He said: “No.”"] * 10
    for i, text in enumerate(texts):
        batch = pw.quotes(pd.Series([text], index=[f"article-{i}"]), output=output)
        if output == "polars":
            batch.write_parquet(tmp_path / f"{i:02d}.parquet")
        else:
            pq.write_table(pa.table(batch), tmp_path / f"{i:02d}.parquet")
    whole = pw.quotes(pd.Series(texts, index=[f"article-{i}" for i in range(len(texts))]))
    back = pl.read_parquet(str(tmp_path / "*.parquet"))
    assert back.columns == list(whole.columns) and back.height == len(whole) > 0
    assert back["doc"].to_list() == whole["doc"].tolist()
    assert (
        back["speaker_start"].dtype == pl.Int32
        and back["speaker_start"].null_count() == whole["speaker_start"].isna().sum()
    )
    # Files written from Arrow/polars carry no pandas metadata: ask pandas for nullable types.
    assert pd.read_parquet(tmp_path, dtype_backend="numpy_nullable")["cue_end"].dtype == "Int32"
