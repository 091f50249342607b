//! Python bindings: conversion only.
//!
//! Everything here turns core results into Python objects and back; no text processing
//! happens in this module. Two conversions matter:
//!
//! * offsets: the core's byte offsets become code-point offsets ([`crate::offsets::CharOffsets`]), so
//!   `text[start:end]` is exact on the Python side;
//! * batches: texts are borrowed from the Python `str` objects (no copy for the UTF-8 cache
//!   CPython keeps), analysed on a rayon pool with the GIL released, and returned as
//!   column buffers (`bytes` of little-endian integers/floats, lists of `str`) that the pure
//!   Python layer wraps into pandas DataFrames without per-row Python work.

mod across;
mod classes;
mod columns;
mod memory;
mod schema;

use std::borrow::Cow;
use std::panic::AssertUnwindSafe;
use std::sync::atomic::{AtomicUsize, Ordering};

use arrow_array::{Array, ArrayRef, LargeStringArray, RecordBatch, StringArray, StringViewArray};
use pyo3_arrow::PyChunkedArray;

use pyo3::exceptions::{PyMemoryError, PyRuntimeError, PyTypeError, PyValueError};
use pyo3::prelude::*;
use pyo3::types::{PyBytes, PyDict, PyFloat, PyInt, PyList, PyString};
use rayon::prelude::*;

use crate::arrow_strings::{self, OnInvalid, Problem, StringBuffers};
use crate::document::{analyze_with, Stages};
use crate::pool;
use crate::tables::{self, Analysed, Table};

use classes::{PyDocument, PyNumber, PyQuote, PySentence, PyToken};
use columns::ArrowTable;

pyo3::create_exception!(
    presswork,
    InternalError,
    PyRuntimeError,
    "A bug in presswork (a panic in its Rust code), caught before it reached Python."
);

/// Runs the body of a Python entry point. A panic in it is a bug in presswork; it must not
/// reach Python as pyo3's `PanicException` (a `BaseException` that `except Exception`
/// misses), so it becomes [`InternalError`], a `RuntimeError`. Every `#[pyfunction]` and
/// `#[pymethods]` function runs its body through this (`tests/test_robustness.py` checks).
pub(crate) fn guard<T>(body: impl FnOnce() -> PyResult<T>) -> PyResult<T> {
    std::panic::catch_unwind(AssertUnwindSafe(body))
        .unwrap_or_else(|payload| Err(internal_error(None, payload.as_ref())))
}

/// The `InternalError` for a caught panic, naming the row when there is one.
fn internal_error(row: Option<usize>, payload: &(dyn std::any::Any + Send)) -> PyErr {
    let message = payload
        .downcast_ref::<&str>()
        .map(|s| s.to_string())
        .or_else(|| payload.downcast_ref::<String>().cloned())
        .unwrap_or_else(|| "a panic".into());
    let reason = format!("internal error in presswork's core (please report this text): {message}");
    match row {
        Some(row) => row_error::<InternalError>(row, reason),
        None => InternalError::new_err(reason),
    }
}

/// An exception of type `E` about input row `row`. The row travels as data: the exception
/// has the attributes `row` (an int) and `reason` (the message without the row), which the
/// Python layer reads to name the document by its label; the message is `row N: reason`
/// for callers of `_native` itself. Errors are rare, so taking the GIL here (from a worker
/// thread too: the calling thread waits with it released) costs nothing that matters.
fn row_error<E: pyo3::PyTypeInfo>(row: usize, reason: String) -> PyErr {
    Python::attach(|py| {
        let err = PyErr::new::<E, _>(format!("row {row}: {reason}"));
        let value = err.value(py);
        match (value.setattr("row", row), value.setattr("reason", reason)) {
            (Ok(()), Ok(())) => err,
            (Err(e), _) | (_, Err(e)) => e,
        }
    })
}

/// Default thread count for batch calls; 0 means one per core.
static DEFAULT_THREADS: AtomicUsize = AtomicUsize::new(0);

fn resolve_threads(threads: Option<usize>) -> usize {
    pool::resolve(threads.unwrap_or_else(|| DEFAULT_THREADS.load(Ordering::Relaxed)))
}

/// Reads a `threads=` argument: `None`, or an integer checked by [`pool::check_threads`]
/// (`ValueError` when out of range, however large; `TypeError` when not an integer).
fn parse_threads(threads: Option<&Bound<'_, PyAny>>) -> PyResult<Option<usize>> {
    let Some(value) = threads.filter(|t| !t.is_none()) else {
        return Ok(None);
    };
    let int = value.cast::<PyInt>().map_err(|_| {
        PyTypeError::new_err(format!(
            "threads must be an int or None, not {}",
            type_name(value)
        ))
    })?;
    let requested = match int.extract::<i64>() {
        Ok(n) => i128::from(n),
        // Beyond 64 bits: out of range whatever its value.
        Err(_) => {
            let text = int.str().map(|s| s.to_string()).unwrap_or_default();
            return Err(PyValueError::new_err(
                pool::BadThreadCount(text).to_string(),
            ));
        }
    };
    pool::check_threads(requested)
        .map(Some)
        .map_err(|e| PyValueError::new_err(e.to_string()))
}

/// A pool the OS refused to start is a `RuntimeError`.
impl From<pool::PoolError> for PyErr {
    fn from(e: pool::PoolError) -> PyErr {
        PyRuntimeError::new_err(e.to_string())
    }
}

/// How to treat a `str` that cannot be encoded as UTF-8 (it holds lone surrogates).
#[derive(Clone, Copy, PartialEq, Eq)]
enum Errors {
    Strict,
    Replace,
}

fn parse_errors(errors: &str) -> PyResult<Errors> {
    match errors {
        "strict" => Ok(Errors::Strict),
        "replace" => Ok(Errors::Replace),
        other => Err(PyValueError::new_err(format!(
            "errors must be 'strict' or 'replace', not {other:?}"
        ))),
    }
}

/// Borrows the UTF-8 text of a Python `str`. With `errors="replace"` each lone surrogate
/// becomes one U+FFFD, one code point for one, so offsets still index the caller's string.
/// The encoding is `str`'s own, never an `encode` that a subclass overrides.
fn text_of<'a>(s: &'a Bound<'_, PyString>, errors: Errors, row: usize) -> PyResult<Cow<'a, str>> {
    match s.to_str() {
        Ok(t) => Ok(Cow::Borrowed(t)),
        Err(_) if errors == Errors::Replace => {
            let py = s.py();
            let encoded = py
                .get_type::<PyString>()
                .call_method1(pyo3::intern!(py, "encode"), (s, "utf-8", "surrogatepass"))?;
            let bytes = encoded.cast::<PyBytes>().map_err(PyErr::from)?;
            replace_surrogates(bytes.as_bytes())
                .map(Cow::Owned)
                .ok_or_else(|| {
                    row_error::<PyMemoryError>(
                        row,
                        "out of memory copying the text to replace its surrogates".into(),
                    )
                })
        }
        Err(_) => Err(row_error::<PyValueError>(
            row,
            "text contains lone surrogates and cannot be encoded as UTF-8; \
             pass errors='replace' to read each as U+FFFD"
                .into(),
        )),
    }
}

/// Decodes UTF-8 in which lone surrogates were written as 3-byte sequences
/// (`surrogatepass`), turning each surrogate into a single U+FFFD. `None` when the memory for
/// the copy cannot be had.
fn replace_surrogates(bytes: &[u8]) -> Option<String> {
    let mut out = String::new();
    out.try_reserve_exact(bytes.len()).ok()?;
    let mut invalid = 0usize;
    let flush = |out: &mut String, invalid: &mut usize| {
        out.extend(std::iter::repeat_n('\u{FFFD}', invalid.div_ceil(3)));
        *invalid = 0;
    };
    for chunk in bytes.utf8_chunks() {
        if !chunk.valid().is_empty() {
            flush(&mut out, &mut invalid);
            out.push_str(chunk.valid());
        }
        invalid += chunk.invalid().len();
    }
    flush(&mut out, &mut invalid);
    Some(out)
}

/// The stages the requested tables need, and each table once, in the order first asked for.
/// An unknown table name is a `ValueError`.
fn parse_stages(tables: &[String]) -> PyResult<(Stages, Vec<Table>)> {
    let mut stages = Stages {
        quotes: false,
        numbers: false,
    };
    let mut unique: Vec<Table> = Vec::with_capacity(tables.len());
    for name in tables {
        let table: Table = name
            .parse()
            .map_err(|e: tables::UnknownTable| PyValueError::new_err(e.to_string()))?;
        match table {
            Table::Tokens | Table::Sentences => {}
            Table::Quotes => stages.quotes = true,
            Table::Numbers => stages.numbers = true,
        }
        if !unique.contains(&table) {
            unique.push(table);
        }
    }
    Ok((stages, unique))
}

/// Analyses one text and returns a `Document`.
#[pyfunction]
#[pyo3(signature = (text, *, errors = "strict"))]
fn analyze(py: Python<'_>, text: &Bound<'_, PyAny>, errors: &str) -> PyResult<PyDocument> {
    guard(|| {
        let errors = parse_errors(errors)?;
        let s = text.cast::<PyString>().map_err(|_| {
            PyTypeError::new_err(format!("analyze() expects a str, got {}", type_name(text)))
        })?;
        let text = text_of(s, errors, 0)?;
        let text: &str = &text;
        let _busy = memory::Busy::enter();
        py.detach(|| {
            // The Document's objects hold about as much again as the analysis.
            check_memory(
                0,
                text.len(),
                2 * memory::ANALYSIS_BYTES_PER_BYTE,
                "analyse",
            )?;
            let analysed = analyse_one(0, text, Stages::default())?;
            Ok(PyDocument::from_core(&analysed.doc, analysed.offsets()))
        })
    })
}

/// `MemoryError` naming `row` unless `bytes * per_byte` of memory can be had now (see
/// [`memory::can_allocate`]).
fn check_memory(row: usize, bytes: usize, per_byte: usize, what: &str) -> PyResult<()> {
    let needed = bytes.saturating_mul(per_byte);
    if memory::can_allocate(needed) {
        return Ok(());
    }
    Err(row_error::<PyMemoryError>(
        row,
        format!(
            "not enough memory to {what} {bytes} bytes of text (about {} MB needed); \
             split the text or free memory",
            needed >> 20
        ),
    ))
}

/// A missing value: `None` is checked by the caller; here NaN of any float type (Python,
/// numpy, Decimal) and pandas' `NA` and `NaT`.
fn is_missing(item: &Bound<'_, PyAny>) -> bool {
    if let Ok(f) = item.cast::<PyFloat>() {
        return f.value().is_nan();
    }
    if item.cast::<PyString>().is_ok() || item.cast::<pyo3::types::PyInt>().is_ok() {
        return false;
    }
    item.extract::<f64>().is_ok_and(f64::is_nan)
        || matches!(type_name(item).as_str(), "NAType" | "NaTType")
}

fn type_name(obj: &Bound<'_, PyAny>) -> String {
    obj.get_type()
        .name()
        .map(|n| n.to_string())
        .unwrap_or_else(|_| "object".into())
}

/// Analyses texts in parallel and returns the requested tables as [`ArrowTable`]s.
///
/// `texts` is either a list whose items are `str`, `None` or a float NaN (missing: no rows),
/// or an Arrow string array (any object with `__arrow_c_stream__`: a pyarrow `ChunkedArray`,
/// a polars `Series`), read in place with nulls as missing. A list item of any other type
/// raises `TypeError` naming its position.
///
/// `progress`, when given, is called about ten times a second with the number of documents
/// analysed so far. Batches that report progress, or hold at least [`WATCHED_BYTES`] of text,
/// also stop at Ctrl-C (raising `KeyboardInterrupt`) instead of running to the end.
#[pyfunction]
#[pyo3(signature = (texts, tables, *, threads = None, errors = "strict", progress = None))]
fn batch<'py>(
    py: Python<'py>,
    texts: &Bound<'py, PyAny>,
    tables: Vec<String>,
    threads: Option<Bound<'py, PyAny>>,
    errors: &str,
    progress: Option<Bound<'py, PyAny>>,
) -> PyResult<Bound<'py, PyDict>> {
    guard(|| run_batch(py, texts, tables, threads.as_ref(), errors, progress))
}

fn run_batch<'py>(
    py: Python<'py>,
    texts: &Bound<'py, PyAny>,
    tables: Vec<String>,
    threads: Option<&Bound<'py, PyAny>>,
    errors: &str,
    progress: Option<Bound<'py, PyAny>>,
) -> PyResult<Bound<'py, PyDict>> {
    let errors = parse_errors(errors)?;
    let (stages, tables) = parse_stages(&tables)?;
    let threads = resolve_threads(parse_threads(threads)?);
    let _busy = memory::Busy::enter();
    let progress = progress.map(Bound::unbind);
    let run = Run {
        stages,
        tables: &tables,
        threads,
        progress: progress.as_ref(),
    };
    if let Ok(list) = texts.cast::<PyList>() {
        // Borrow the texts while holding the GIL; `items` keeps the str objects alive.
        let items: Vec<Bound<'py, PyAny>> = list.iter().collect();
        let mut inputs: Vec<(usize, Cow<'_, str>)> = Vec::new();
        inputs.try_reserve(items.len()).map_err(|_| {
            PyMemoryError::new_err(format!("out of memory listing {} texts", items.len()))
        })?;
        for (row, item) in items.iter().enumerate() {
            if item.is_none() {
                continue;
            }
            if let Ok(s) = item.cast::<PyString>() {
                inputs.push((row, text_of(s, errors, row)?));
            } else if is_missing(item) {
                continue;
            } else {
                return Err(row_error::<PyTypeError>(
                    row,
                    format!(
                        "expected str or a missing value (None, NaN, pd.NA), got {}",
                        type_name(item)
                    ),
                ));
            }
        }
        return analyse_tables(py, &inputs, &run);
    }
    if texts.hasattr("__arrow_c_stream__")? {
        let chunked: PyChunkedArray = texts.extract()?;
        let inputs = arrow_texts(chunked.chunks(), errors)?;
        return analyse_tables(py, &inputs, &run);
    }
    Err(PyTypeError::new_err(format!(
        "texts must be a list of str or an Arrow string array, not {}",
        type_name(texts)
    )))
}

/// The non-null strings of Arrow string arrays, numbered by their position across chunks.
///
/// The arrays come from outside (pyarrow, polars, any PyCapsule producer) and nothing has
/// checked them: each row is checked by [`arrow_strings::read_rows`] before it is read
/// (offsets, view buffers, UTF-8). A malformed row raises `ValueError` naming it; a row that
/// is not UTF-8 does too, unless `errors="replace"`, which reads it with U+FFFD.
fn arrow_texts(chunks: &[ArrayRef], errors: Errors) -> PyResult<Vec<(usize, Cow<'_, str>)>> {
    let on_invalid = match errors {
        Errors::Strict => OnInvalid::Fail,
        Errors::Replace => OnInvalid::Replace,
    };
    let mut out = Vec::new();
    let mut base = 0;
    for chunk in chunks {
        let Some(buffers) = string_buffers(chunk.as_ref()) else {
            // An all-null column of another type (e.g. pyarrow's `null` type): no texts.
            if chunk.null_count() != chunk.len() {
                return Err(PyTypeError::new_err(format!(
                    "texts must be an Arrow string array, got Arrow type {}",
                    chunk.data_type()
                )));
            }
            base += chunk.len();
            continue;
        };
        let nulls = chunk.nulls();
        let is_valid = |row: usize| nulls.is_none_or(|n| n.is_valid(row));
        arrow_strings::read_rows(&buffers, chunk.len(), is_valid, on_invalid, base, &mut out)
            .map_err(|e| match e.problem {
                Problem::OutOfMemory { .. } => {
                    row_error::<PyMemoryError>(e.row, e.problem.to_string())
                }
                _ => row_error::<PyValueError>(e.row, e.problem.to_string()),
            })?;
        base += chunk.len();
    }
    Ok(out)
}

/// The raw buffers of a string array (`utf8`, `large_utf8`, `utf8_view`), unread.
fn string_buffers(chunk: &dyn Array) -> Option<StringBuffers<'_>> {
    let any = chunk.as_any();
    if let Some(a) = any.downcast_ref::<StringArray>() {
        return Some(StringBuffers::Utf8 {
            offsets: a.value_offsets(),
            values: a.values().as_slice(),
        });
    }
    if let Some(a) = any.downcast_ref::<LargeStringArray>() {
        return Some(StringBuffers::LargeUtf8 {
            offsets: a.value_offsets(),
            values: a.values().as_slice(),
        });
    }
    let a = any.downcast_ref::<StringViewArray>()?;
    Some(StringBuffers::Utf8View {
        views: a.views().inner().as_slice(),
        buffers: a.data_buffers().iter().map(|b| b.as_slice()).collect(),
    })
}

/// What a batch call asks for.
struct Run<'a> {
    stages: Stages,
    tables: &'a [Table],
    threads: usize,
    progress: Option<&'a Py<PyAny>>,
}

/// Text from which a batch is watched for Ctrl-C even without a progress callback: below
/// it, a batch takes well under a second and the watching thread would cost more than it
/// saves.
const WATCHED_BYTES: usize = 1 << 20;

/// How often a watched batch reports progress and checks for signals.
const WATCH_INTERVAL: std::time::Duration = std::time::Duration::from_millis(100);

/// The tables hold positions and offsets as int32 (half the memory of int64 in the largest
/// columns): a text, and a batch, must stay under 2**31 code points and rows.
fn check_int32_limits(inputs: &[(usize, Cow<'_, str>)]) -> PyResult<()> {
    if let Some((row, _)) = inputs.last().filter(|(row, _)| *row > i32::MAX as usize) {
        return Err(row_error::<PyValueError>(
            *row,
            "a batch holds at most 2**31 - 1 texts; split the input".into(),
        ));
    }
    match inputs.iter().find(|(_, text)| {
        text.len() > i32::MAX as usize && text.chars().count() > i32::MAX as usize
    }) {
        Some((row, _)) => Err(row_error::<PyValueError>(
            *row,
            "text is longer than 2**31 - 1 characters; split it".into(),
        )),
        None => Ok(()),
    }
}

/// Runs the pipeline over `inputs` and builds the tables, all with the GIL released.
fn analyse_tables<'py>(
    py: Python<'py>,
    inputs: &[(usize, Cow<'_, str>)],
    run: &Run<'_>,
) -> PyResult<Bound<'py, PyDict>> {
    check_int32_limits(inputs)?;
    let total: usize = inputs.iter().map(|(_, text)| text.len()).sum();
    let chunks: Vec<Vec<RecordBatch>> = if run.progress.is_some() || total >= WATCHED_BYTES {
        py.detach(|| run_watched(inputs, run))?
    } else {
        py.detach(|| {
            run_parallel(
                inputs,
                run.stages,
                run.tables,
                run.threads,
                &Watch::default(),
            )
        })?
    };
    let out = PyDict::new(py);
    for (t, &table) in run.tables.iter().enumerate() {
        let batches: Vec<RecordBatch> = chunks.iter().map(|c| c[t].clone()).collect();
        let arrow_table =
            match batches.first() {
                Some(_) => ArrowTable::new(batches),
                None => ArrowTable::new(vec![tables::build(table, &[])
                    .map_err(|e| PyRuntimeError::new_err(e.to_string()))?]),
            };
        out.set_item(table.name(), Py::new(py, arrow_table)?)?;
    }
    Ok(out)
}

/// Shared between a batch's workers and the thread that watches it.
#[derive(Default)]
struct Watch {
    /// Documents analysed so far.
    done: AtomicUsize,
    /// Set when the caller pressed Ctrl-C (or the progress callback failed): workers stop.
    cancelled: std::sync::atomic::AtomicBool,
}

/// Runs the batch on a scoped thread while the calling thread waits for its result, waking
/// every [`WATCH_INTERVAL`] to take the GIL briefly, report progress and check for signals.
/// The workers only bump a counter, so a watched batch costs the same as an unwatched one.
fn run_watched(inputs: &[(usize, Cow<'_, str>)], run: &Run<'_>) -> PyResult<Vec<Vec<RecordBatch>>> {
    let watch = Watch::default();
    let mut interrupted: Option<PyErr> = None;
    let result = std::thread::scope(|scope| {
        // The result comes back over a channel: the wait ends the moment it is sent.
        let (sender, receiver) = std::sync::mpsc::sync_channel(1);
        let shared = &watch;
        let worker = std::thread::Builder::new()
            .name("presswork-batch".into())
            .spawn_scoped(scope, move || {
                let result = run_parallel(inputs, run.stages, run.tables, run.threads, shared);
                // The receiver only goes away once this thread is joined.
                let _ = sender.send(result);
            })
            .map_err(|e| {
                PyRuntimeError::new_err(format!("could not start a thread for the batch ({e})"))
            })?;
        let mut reported = usize::MAX;
        let result = loop {
            match receiver.recv_timeout(WATCH_INTERVAL) {
                Ok(result) => break result,
                Err(std::sync::mpsc::RecvTimeoutError::Disconnected) => {
                    // A panic outside the per-document guards is a bug; report it, do not unwind.
                    break Err(InternalError::new_err(
                        "internal error in presswork's batch runner (please report this)",
                    ));
                }
                Err(std::sync::mpsc::RecvTimeoutError::Timeout) if interrupted.is_none() => {
                    let done = watch.done.load(Ordering::Relaxed);
                    let outcome = Python::attach(|py| {
                        py.check_signals()?;
                        match run.progress {
                            Some(callback) if done != reported => {
                                callback.call1(py, (done,)).map(drop)
                            }
                            _ => Ok(()),
                        }
                    });
                    reported = done;
                    if let Err(e) = outcome {
                        watch.cancelled.store(true, Ordering::Relaxed);
                        interrupted = Some(e);
                    }
                }
                Err(std::sync::mpsc::RecvTimeoutError::Timeout) => {}
            }
        };
        let _ = worker.join();
        Ok::<_, PyErr>(result)
    })?;
    match interrupted {
        Some(e) => Err(e),
        None => result,
    }
}

/// Analyses one text. A panic in the core is a bug, but it must not take down the caller's
/// interpreter: it is caught here and reported as an exception naming the row. So is a text
/// whose analysis would not fit in memory (checked up front: an allocation that fails inside
/// the core would abort the process).
fn analyse_one(row: usize, text: &str, stages: Stages) -> PyResult<Analysed<'_>> {
    if text.len() > crate::span::MAX_TEXT_BYTES {
        return Err(row_error::<PyValueError>(
            row,
            "text is longer than 4 GiB of UTF-8, presswork's limit; split it".into(),
        ));
    }
    check_memory(row, text.len(), memory::ANALYSIS_BYTES_PER_BYTE, "analyse")?;
    std::panic::catch_unwind(|| Analysed::new(row, analyze_with(text, stages)))
        .map_err(|payload| internal_error(Some(row), payload.as_ref()))
}

/// Analyses each chunk of texts and builds its rows of every requested table: one record
/// batch per table per chunk, built in parallel.
fn run_parallel(
    inputs: &[(usize, Cow<'_, str>)],
    stages: Stages,
    tables: &[Table],
    threads: usize,
    watch: &Watch,
) -> PyResult<Vec<Vec<RecordBatch>>> {
    let arrow_err =
        |e: arrow_schema::ArrowError| PyRuntimeError::new_err(format!("building the tables: {e}"));
    let one = |&(a, b): &(usize, usize)| -> PyResult<Vec<RecordBatch>> {
        let bytes = inputs[a..b].iter().map(|(_, text)| text.len()).sum();
        // Named after the chunk's longest text, the one that tips it over.
        if let Some((row, _)) = inputs[a..b].iter().max_by_key(|(_, text)| text.len()) {
            let per_byte = tables.iter().map(|t| t.reserved_bytes_per_byte()).sum();
            check_memory(*row, bytes, per_byte, "build the tables for")?;
        }
        let mut out = tables::ChunkTables::new(tables, bytes);
        for (row, text) in &inputs[a..b] {
            if watch.cancelled.load(Ordering::Relaxed) {
                return Err(PyRuntimeError::new_err("batch cancelled"));
            }
            let analysed = analyse_one(*row, text, stages)?;
            // Building rows reads the core's spans; a bad one is a core bug, reported like one.
            std::panic::catch_unwind(AssertUnwindSafe(|| out.add(&analysed)))
                .map_err(|payload| internal_error(Some(*row), payload.as_ref()))?;
            watch.done.fetch_add(1, Ordering::Relaxed);
        }
        out.finish().map_err(arrow_err)
    };
    let bounds = pool::chunk_bounds(inputs.iter().map(|(_, text)| text.len()), threads);
    pool::map_chunks(&bounds, threads, one)
}

/// Seconds the core takes to analyse `texts` on `threads` threads, with no table built and
/// nothing returned: the Rust-only side of the benchmark in `bench/dataflow.py`.
#[pyfunction]
#[pyo3(signature = (texts, tables, *, threads = None))]
fn time_core(
    py: Python<'_>,
    texts: &Bound<'_, PyList>,
    tables: Vec<String>,
    threads: Option<Bound<'_, PyAny>>,
) -> PyResult<f64> {
    guard(|| {
        let (stages, _) = parse_stages(&tables)?;
        let items: Vec<Bound<'_, PyAny>> = texts.iter().collect();
        let mut inputs: Vec<&str> = Vec::with_capacity(items.len());
        for (row, item) in items.iter().enumerate() {
            if let Ok(s) = item.cast::<PyString>() {
                inputs.push(
                    s.to_str()
                        .map_err(|_| row_error::<PyValueError>(row, "lone surrogates".into()))?,
                );
            }
        }
        let threads = resolve_threads(parse_threads(threads.as_ref())?);
        let _busy = memory::Busy::enter();
        py.detach(|| {
            let started = std::time::Instant::now();
            let count = |t: &&str| analyze_with(t, stages).tokens.len();
            let _total: usize = if threads > 1 {
                pool::thread_pool(threads)?.install(|| inputs.par_iter().map(count).sum())
            } else {
                inputs.iter().map(count).sum()
            };
            Ok(started.elapsed().as_secs_f64())
        })
    })
}

/// Seconds taken to check and read an Arrow string array (any `__arrow_c_stream__` object, as
/// `batch` takes it) without analysing it, and the texts read: the cost of the checks in
/// [`arrow_strings`], measured by `bench/arrow_check.py`.
#[pyfunction]
#[pyo3(signature = (texts, *, errors = "strict"))]
fn time_arrow_input(
    py: Python<'_>,
    texts: &Bound<'_, PyAny>,
    errors: &str,
) -> PyResult<(f64, usize)> {
    guard(|| {
        let errors = parse_errors(errors)?;
        let chunked: PyChunkedArray = texts.extract()?;
        py.detach(|| {
            let started = std::time::Instant::now();
            let inputs = arrow_texts(chunked.chunks(), errors)?;
            Ok((started.elapsed().as_secs_f64(), inputs.len()))
        })
    })
}

/// Panics inside the entry-point guard, with the GIL released as in a batch: the tests check
/// that the panic reaches Python as `InternalError` and that the process goes on working.
/// Not part of the API.
#[pyfunction]
fn _panic_in_guard(py: Python<'_>, message: &str) -> PyResult<()> {
    guard(|| py.detach(|| panic!("{message}")))
}

/// Sets the default number of threads for batch calls (`-1` or `0`: one per core; at most
/// `MAX_THREADS`, 1024). Checked like `threads=`: `ValueError` out of range.
#[pyfunction]
fn set_threads(n: &Bound<'_, PyAny>) -> PyResult<()> {
    guard(|| {
        let threads = parse_threads(Some(n))?
            .ok_or_else(|| PyTypeError::new_err("set_threads() needs an int, not None"))?;
        DEFAULT_THREADS.store(threads, Ordering::Relaxed);
        Ok(())
    })
}

/// The default number of threads for batch calls (resolved: never 0).
#[pyfunction]
fn get_threads() -> PyResult<usize> {
    guard(|| Ok(resolve_threads(None)))
}

/// Hands the memory presswork holds for reuse back to the OS now. It does so by itself once
/// no call has run for the delay that `set_release_after` sets.
#[pyfunction]
fn release_memory(py: Python<'_>) -> PyResult<()> {
    guard(|| {
        py.detach(memory::release_memory);
        Ok(())
    })
}

/// Sets how long presswork keeps freed memory for reuse after its last call, in seconds.
#[pyfunction]
fn set_release_after(seconds: f64) -> PyResult<()> {
    guard(|| {
        if !(seconds.is_finite() && (0.0..=86_400.0).contains(&seconds)) {
            return Err(PyValueError::new_err(format!(
                "seconds must be between 0 and 86400, got {seconds}"
            )));
        }
        memory::set_release_after(seconds);
        Ok(())
    })
}

/// Leaves freed memory to jemalloc's own decay (`dirty_decay_ms`), with no hold-and-release
/// thread: the alternative that `bench/memory_policy.py --decays` measures. Not part of the API.
#[pyfunction]
fn _leave_memory_to_jemalloc(decay_ms: isize) -> PyResult<()> {
    guard(|| {
        if decay_ms < -1 {
            return Err(PyValueError::new_err("decay_ms must be -1 (never) or more"));
        }
        memory::leave_to_jemalloc(decay_ms);
        Ok(())
    })
}

/// `"hold"` while presswork keeps freed memory for reuse, `"released"` once it has handed it
/// back, `"unmanaged"` where the allocator decides alone.
#[pyfunction]
fn memory_state() -> PyResult<&'static str> {
    guard(|| Ok(memory::state()))
}

#[pymodule]
fn _native(m: &Bound<'_, PyModule>) -> PyResult<()> {
    memory::tune_allocator();
    m.add_class::<PyDocument>()?;
    m.add_class::<PyToken>()?;
    m.add_class::<PySentence>()?;
    m.add_class::<PyQuote>()?;
    m.add_class::<PyNumber>()?;
    m.add_class::<ArrowTable>()?;
    m.add("InternalError", m.py().get_type::<InternalError>())?;
    m.add("MAX_THREADS", pool::MAX_THREADS)?;
    m.add_function(wrap_pyfunction!(analyze, m)?)?;
    m.add_function(wrap_pyfunction!(batch, m)?)?;
    m.add_function(wrap_pyfunction!(set_threads, m)?)?;
    m.add_function(wrap_pyfunction!(time_core, m)?)?;
    m.add_function(wrap_pyfunction!(time_arrow_input, m)?)?;
    m.add_function(wrap_pyfunction!(_panic_in_guard, m)?)?;
    m.add_function(wrap_pyfunction!(get_threads, m)?)?;
    m.add_function(wrap_pyfunction!(release_memory, m)?)?;
    m.add_function(wrap_pyfunction!(set_release_after, m)?)?;
    m.add_function(wrap_pyfunction!(memory_state, m)?)?;
    m.add_function(wrap_pyfunction!(_leave_memory_to_jemalloc, m)?)?;
    m.add_function(wrap_pyfunction!(schema::schema, m)?)?;
    across::register(m)?;
    m.add("__version__", env!("CARGO_PKG_VERSION"))?;
    m.add(
        "TOKEN_KINDS",
        crate::tokenize::TokenKind::ALL.map(|k| k.as_str()).to_vec(),
    )?;
    m.add(
        "QUOTE_TYPES",
        crate::quotes::QuoteType::ALL.map(|k| k.as_str()).to_vec(),
    )?;
    m.add(
        "NUMBER_KINDS",
        crate::numbers::NumberKind::ALL.map(|k| k.as_str()).to_vec(),
    )?;
    Ok(())
}
