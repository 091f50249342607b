"""The data flow: Arrow hand-off, pandas/polars/pyarrow inputs and outputs, the fallback
without pyarrow, the Series accessor, progress, and Dask on a real local cluster."""

import subprocess
import sys

import pandas as pd
import pytest

import presswork as pw
from presswork import _frames, _native

pa = pytest.importorskip("pyarrow")


def test_arrow_backed_series_matches_object_series(bbc_texts):
    arrow_series = bbc_texts.astype(pd.StringDtype("pyarrow"))
    object_series = bbc_texts.astype(object)
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
    assert pa.record_batch(table).schema.field("doc").type == pa.int32()  # positions and offsets are int32


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
        pd.testing.assert_frame_equal(a, b, check_dtype=False)
        assert isinstance(b["doc"].iloc[0] if len(b) else "x", str)


def test_series_accessor_joins_back_on_the_index(seed_texts):
    df = pd.DataFrame({"text": list(seed_texts.values())}, index=list(seed_texts))
    sents = df["text"].news.sentences()
    pd.testing.assert_frame_equal(sents, pw.sentences(df["text"]))
    counts = sents.groupby("doc").size().rename("n_sentences")
    joined = df.join(counts)
    assert joined["n_sentences"].notna().all() and joined["n_sentences"].min() > 10
    both = df["text"].news.tables(["sentences", "numbers"])
    assert set(both) == {"sentences", "numbers"}


def test_progress_gives_identical_results_and_counts_every_document(bbc_texts, capsys):
    plain = pw.tables(bbc_texts, ("sentences", "quotes"))
    with_bar = pw.tables(bbc_texts, ("sentences", "quotes"), progress=True)
    for name in plain:
        pd.testing.assert_frame_equal(plain[name], with_bar[name])
    labelled = bbc_texts.copy()
    labelled.index = [f"bbc-{i}" for i in labelled.index]
    labelled.iloc[3] = None  # a missing row still counts towards the total
    a = pw.sentences(labelled)
    b = pw.sentences(labelled, progress=True)
    pd.testing.assert_frame_equal(a, b)


def test_progress_callback_sees_documents_counted_up_to_the_total(bbc_texts):
    texts = bbc_texts.tolist() * 20  # 15 MB: about half a second of work on one thread
    seen: list[int] = []
    raw = _native.batch(texts, ["quotes", "numbers"], threads=1, progress=seen.append)
    assert raw["quotes"].num_rows > 0
    assert len(seen) >= 2, seen  # called while the batch ran, not only at the end
    assert seen == sorted(seen) and 0 < seen[-1] <= len(texts)


def test_ctrl_c_stops_a_long_batch(bbc_texts, tmp_path):
    # In a child process, so a late signal cannot interrupt pytest itself.
    path = tmp_path / "texts.txt"
    path.write_text("\x00".join(bbc_texts.tolist() * 40))
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
    out = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=300)
    assert out.stdout.startswith("interrupted"), out.stdout + out.stderr


def test_an_exception_in_the_progress_callback_stops_the_batch(bbc_texts):
    texts = bbc_texts.tolist() * 20

    def fail(done: int) -> None:
        raise KeyError(f"stop at {done}")

    with pytest.raises(KeyError, match="stop at"):
        _native.batch(texts, ["tokens"], threads=1, progress=fail)


def test_dask_tables_analyse_each_partition_once(monkeypatch, bbc_texts):
    dask = pytest.importorskip("dask")
    dd = pytest.importorskip("dask.dataframe")
    import presswork.dask as pwd

    calls: list[int] = []
    analyse = pwd._partition_tables

    def counted(texts, *args):
        calls.append(len(texts))
        return analyse(texts, *args)

    monkeypatch.setattr(pwd, "_partition_tables", counted)
    texts = bbc_texts.copy()
    texts.index = [f"bbc-{i}" for i in texts.index]
    series = dd.from_pandas(texts, npartitions=4, sort=False)
    out = pwd.tables(series, ["sentences", "quotes", "numbers"])
    calls.clear()  # building the graph analyses the empty meta input only
    computed = dask.compute(*out.values(), scheduler="sync")
    assert len(calls) == 4 and sum(calls) == len(texts)  # one analysis per partition, for all three tables
    expected = pw.tables(texts, ["sentences", "quotes", "numbers"])
    for name, frame in zip(out, computed):
        # Dask stores strings as string[pyarrow] (its "convert-string" default).
        pd.testing.assert_frame_equal(frame.reset_index(drop=True), expected[name], check_dtype=False, check_categorical=False)
    with pytest.raises(ValueError, match="unknown table"):
        pwd.tables(series, ["quotes", "people"])
    with pytest.raises(TypeError, match="dask Series"):
        pwd.tables(texts)


def test_dask_on_a_local_cluster_matches_single_process(bbc_texts):
    dd = pytest.importorskip("dask.dataframe")
    distributed = pytest.importorskip("distributed")
    import presswork.dask as pwd

    texts = bbc_texts.copy()
    texts.index = [f"bbc-{i}" for i in texts.index]
    series = dd.from_pandas(texts, npartitions=6, sort=False)
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None) as cluster:
        with distributed.Client(cluster):
            for name, fn in [("sentences", pwd.sentences), ("quotes", pwd.quotes), ("numbers", pwd.numbers), ("tokens", pwd.tokens)]:
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
        return t.cast(pa.schema([pa.field(f.name, pa.string()) if pa.types.is_large_string(f.type) or pa.types.is_dictionary(f.type) else f for f in t.schema]))

    def tables_of(batches, call):
        for batch in batches:
            t = pa.table(call(batch.column("text"), output="arrow", threads=1))
            t = t.set_column(0, "doc", batch.column("id").take(t.column("doc")))
            yield from spark_types(t).to_batches()

    texts = list(seed_texts.values())
    batch = pa.record_batch({"id": pa.array([100 + i for i in range(len(texts))], pa.int64()), "text": pa.array(texts)})
    for call in (pw.sentences, pw.quotes, pw.numbers):
        batches = list(tables_of([batch], call))
        expected = call(texts)
        assert sum(b.num_rows for b in batches) == len(expected)
        if not batches:
            continue
        out = pa.Table.from_batches(batches)
        assert all(not pa.types.is_large_string(f.type) and not pa.types.is_dictionary(f.type) for f in out.schema)
        assert out.column("doc").to_pylist() == [100 + d for d in expected["doc"]]


def test_tables_in_any_order_and_repeated_give_the_same_frames(bbc_texts):
    texts = bbc_texts[:200]
    reference = pw.tables(texts, threads=1)
    for include in (["numbers", "tokens"], ["quotes", "sentences", "tokens", "tokens"], ["sentences"]):
        for threads in (1, 2):
            frames = pw.tables(texts, include=include, threads=threads)
            assert sorted(frames) == sorted(set(include))
            for name, frame in frames.items():
                pd.testing.assert_frame_equal(frame, reference[name])


def test_many_small_groups_keep_one_dictionary(bbc_texts):
    # Hundreds of 64 KB groups per call: the small tables' kind/type categories stay unique.
    frames = pw.tables(list(bbc_texts) * 2, include=["quotes", "numbers"], threads=1, output="arrow")
    for name, column in (("quotes", "type"), ("numbers", "kind")):
        table = pa.table(frames[name])
        assert table.column(column).num_chunks == 1
        dictionary = table.column(column).chunk(0).dictionary.to_pylist()
        assert len(dictionary) == len(set(dictionary))
