//! Python bindings: conversion only.
//!
//! Everything here turns core results into Python objects and back; no text processing
//! happens in this module. Two conversions matter:
//!
//! * offsets: the core's byte offsets become code-point offsets ([`CharOffsets`]), so
//!   `text[start:end]` is exact on the Python side;
//! * batches: texts are borrowed from the Python `str` objects (no copy for the UTF-8 cache
//!   CPython keeps), analysed on a rayon pool with the GIL released, and returned as
//!   column buffers (`bytes` of little-endian integers/floats, lists of `str`) that the pure
//!   Python layer wraps into pandas DataFrames without per-row Python work.

mod classes;
mod columns;
mod memory;
mod schema;

use std::borrow::Cow;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Arc;

use arrow_array::{Array, ArrayRef, LargeStringArray, RecordBatch, StringArray, StringViewArray};
use pyo3_arrow::PyChunkedArray;

use pyo3::exceptions::{PyRuntimeError, PyTypeError, PyValueError};
use pyo3::prelude::*;
use pyo3::types::{PyBytes, PyDict, PyFloat, PyList, PyString};
use rayon::prelude::*;

use crate::document::{analyze_with, Document, Stages};
use crate::offsets::CharOffsets;

use classes::{PyDocument, PyNumber, PyQuote, PySentence, PyToken};
use columns::ArrowTable;

/// Default thread count for batch calls; 0 means one per core.
static DEFAULT_THREADS: AtomicUsize = AtomicUsize::new(0);

/// A document analysed in a batch, with what the converters need.
pub(crate) struct Analysed<'t> {
    /// Position of the text in the caller's input.
    pub row: usize,
    pub doc: Document<'t>,
    /// Built on first use: the token table counts code points as it goes and never needs it.
    offsets: std::cell::OnceCell<CharOffsets>,
}

impl Analysed<'_> {
    /// Byte → code-point offsets of this text.
    pub fn offsets(&self) -> &CharOffsets {
        self.offsets.get_or_init(|| CharOffsets::new(self.doc.text))
    }
}

fn resolve_threads(threads: Option<usize>) -> usize {
    match threads.unwrap_or_else(|| DEFAULT_THREADS.load(Ordering::Relaxed)) {
        0 => std::thread::available_parallelism().map_or(1, |n| n.get()),
        n => n,
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
fn text_of<'a>(s: &'a Bound<'_, PyString>, errors: Errors, row: usize) -> PyResult<Cow<'a, str>> {
    match s.to_str() {
        Ok(t) => Ok(Cow::Borrowed(t)),
        Err(_) if errors == Errors::Replace => {
            let encoded = s.call_method1("encode", ("utf-8", "surrogatepass"))?;
            let bytes = encoded.cast::<PyBytes>().map_err(PyErr::from)?;
            Ok(Cow::Owned(replace_surrogates(bytes.as_bytes())))
        }
        Err(_) => Err(PyValueError::new_err(format!(
            "row {row}: text contains lone surrogates and cannot be encoded as UTF-8; \
             pass errors='replace' to read each as U+FFFD"
        ))),
    }
}

/// Decodes UTF-8 in which lone surrogates were written as 3-byte sequences
/// (`surrogatepass`), turning each surrogate into a single U+FFFD.
fn replace_surrogates(bytes: &[u8]) -> String {
    let mut out = String::with_capacity(bytes.len());
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
    out
}

fn parse_stages(tables: &[String]) -> PyResult<(Stages, Vec<String>)> {
    let mut stages = Stages {
        quotes: false,
        numbers: false,
    };
    for t in tables {
        match t.as_str() {
            "tokens" | "sentences" => {}
            "quotes" => stages.quotes = true,
            "numbers" => stages.numbers = true,
            other => {
                return Err(PyValueError::new_err(format!(
                    "unknown table {other:?}: expected 'tokens', 'sentences', 'quotes' or 'numbers'"
                )))
            }
        }
    }
    // Each table once, in the order first asked for.
    let mut unique: Vec<String> = Vec::with_capacity(tables.len());
    for t in tables {
        if !unique.contains(t) {
            unique.push(t.clone());
        }
    }
    Ok((stages, unique))
}

/// Analyses one text and returns a `Document`.
#[pyfunction]
#[pyo3(signature = (text, *, errors = "strict"))]
fn analyze(py: Python<'_>, text: &Bound<'_, PyAny>, errors: &str) -> PyResult<PyDocument> {
    let errors = parse_errors(errors)?;
    let s = text.cast::<PyString>().map_err(|_| {
        PyTypeError::new_err(format!("analyze() expects a str, got {}", type_name(text)))
    })?;
    let text = text_of(s, errors, 0)?;
    let text: &str = &text;
    let _busy = memory::Busy::enter();
    py.detach(|| {
        let analysed = analyse_one(0, text, Stages::default())?;
        Ok(PyDocument::from_core(&analysed.doc, analysed.offsets()))
    })
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
    threads: Option<usize>,
    errors: &str,
    progress: Option<Bound<'py, PyAny>>,
) -> PyResult<Bound<'py, PyDict>> {
    let errors = parse_errors(errors)?;
    let (stages, tables) = parse_stages(&tables)?;
    let threads = resolve_threads(threads);
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
        let mut inputs: Vec<(usize, Cow<'_, str>)> = Vec::with_capacity(items.len());
        for (row, item) in items.iter().enumerate() {
            if item.is_none() {
                continue;
            }
            if let Ok(s) = item.cast::<PyString>() {
                inputs.push((row, text_of(s, errors, row)?));
            } else if is_missing(item) {
                continue;
            } else {
                return Err(PyTypeError::new_err(format!(
                    "row {row}: expected str or a missing value (None, NaN, pd.NA), got {}",
                    type_name(item)
                )));
            }
        }
        return analyse_tables(py, &inputs, &run);
    }
    if texts.hasattr("__arrow_c_stream__")? {
        let chunked: PyChunkedArray = texts.extract()?;
        let inputs = arrow_texts(chunked.chunks())?;
        return analyse_tables(py, &inputs, &run);
    }
    Err(PyTypeError::new_err(format!(
        "texts must be a list of str or an Arrow string array, not {}",
        type_name(texts)
    )))
}

/// The non-null strings of Arrow string arrays, numbered by their position across chunks.
fn arrow_texts(chunks: &[ArrayRef]) -> PyResult<Vec<(usize, Cow<'_, str>)>> {
    fn collect<'a>(
        out: &mut Vec<(usize, Cow<'a, str>)>,
        base: usize,
        values: impl Iterator<Item = Option<&'a str>>,
    ) {
        out.extend(
            values
                .enumerate()
                .filter_map(|(i, v)| v.map(|s| (base + i, Cow::Borrowed(s)))),
        );
    }
    let mut out = Vec::new();
    let mut base = 0;
    for chunk in chunks {
        let any = chunk.as_any();
        if let Some(a) = any.downcast_ref::<StringArray>() {
            collect(&mut out, base, a.iter());
        } else if let Some(a) = any.downcast_ref::<LargeStringArray>() {
            collect(&mut out, base, a.iter());
        } else if let Some(a) = any.downcast_ref::<StringViewArray>() {
            collect(&mut out, base, a.iter());
        } else if chunk.null_count() == chunk.len() {
            // An all-null column of another type (e.g. pyarrow's `null` type): no texts.
        } else {
            return Err(PyTypeError::new_err(format!(
                "texts must be an Arrow string array, got Arrow type {}",
                chunk.data_type()
            )));
        }
        base += chunk.len();
    }
    Ok(out)
}

/// What a batch call asks for.
struct Run<'a> {
    stages: Stages,
    tables: &'a [String],
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
        return Err(PyValueError::new_err(format!(
            "row {row}: a batch holds at most 2**31 - 1 texts; split the input"
        )));
    }
    match inputs.iter().find(|(_, text)| {
        text.len() > i32::MAX as usize && text.chars().count() > i32::MAX as usize
    }) {
        Some((row, _)) => Err(PyValueError::new_err(format!(
            "row {row}: text is longer than 2**31 - 1 characters; split it"
        ))),
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
    for (t, name) in run.tables.iter().enumerate() {
        let batches: Vec<RecordBatch> = chunks.iter().map(|c| c[t].clone()).collect();
        let table =
            match batches.first() {
                Some(_) => ArrowTable::new(batches),
                None => ArrowTable::new(vec![columns::build(name, &[])
                    .map_err(|e| PyRuntimeError::new_err(e.to_string()))?]),
            };
        out.set_item(name, Py::new(py, table)?)?;
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
        let worker = scope.spawn(move || {
            let result = run_parallel(inputs, run.stages, run.tables, run.threads, shared);
            // The receiver only goes away once this thread is joined.
            let _ = sender.send(result);
        });
        let mut reported = usize::MAX;
        let result = loop {
            match receiver.recv_timeout(WATCH_INTERVAL) {
                Ok(result) => break result,
                Err(std::sync::mpsc::RecvTimeoutError::Disconnected) => {
                    // A panic outside the per-document guards is a bug; report it, do not unwind.
                    break Err(PyRuntimeError::new_err(
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
        result
    });
    match interrupted {
        Some(e) => Err(e),
        None => result,
    }
}

/// Analyses one text. A panic in the core is a bug, but it must not take down the caller's
/// interpreter: it is caught here and reported as an exception naming the row.
fn analyse_one(row: usize, text: &str, stages: Stages) -> PyResult<Analysed<'_>> {
    if text.len() > crate::span::MAX_TEXT_BYTES {
        return Err(PyValueError::new_err(format!(
            "row {row}: text is longer than 4 GiB of UTF-8, presswork's limit; split it"
        )));
    }
    std::panic::catch_unwind(|| Analysed {
        row,
        doc: analyze_with(text, stages),
        offsets: std::cell::OnceCell::new(),
    })
    .map_err(|_| {
        PyRuntimeError::new_err(format!(
            "row {row}: internal error in presswork's core (please report this text)"
        ))
    })
}

/// Bounds on the text per unit of parallel work. Each unit becomes one record batch per
/// table, and pandas copies the integer columns to join batches, so units stay large: eight
/// per thread (fewer left the last ones running alone on one core), between these sizes.
/// (Memory does not depend on it: [`columns::ChunkTables`] drops each document once its rows
/// are built.)
const MIN_CHUNK_BYTES: usize = 64 << 10;
const MAX_CHUNK_BYTES: usize = 8 << 20;

/// Cuts `inputs` into runs of about `chunk_bytes` of text.
fn chunk_bounds(inputs: &[(usize, Cow<'_, str>)], chunk_bytes: usize) -> Vec<(usize, usize)> {
    let mut bounds = Vec::new();
    let (mut start, mut size) = (0, 0);
    for (i, (_, text)) in inputs.iter().enumerate() {
        size += text.len() + 1;
        if size >= chunk_bytes {
            bounds.push((start, i + 1));
            (start, size) = (i + 1, 0);
        }
    }
    if start < inputs.len() {
        bounds.push((start, inputs.len()));
    }
    bounds
}

/// Analyses each chunk of texts and builds its rows of every requested table: one record
/// batch per table per chunk, built in parallel.
fn run_parallel(
    inputs: &[(usize, Cow<'_, str>)],
    stages: Stages,
    tables: &[String],
    threads: usize,
    watch: &Watch,
) -> PyResult<Vec<Vec<RecordBatch>>> {
    let arrow_err =
        |e: arrow_schema::ArrowError| PyRuntimeError::new_err(format!("building the tables: {e}"));
    let one = |&(a, b): &(usize, usize)| -> PyResult<Vec<RecordBatch>> {
        let bytes = inputs[a..b].iter().map(|(_, text)| text.len()).sum();
        let mut out = columns::ChunkTables::new(tables, bytes);
        for (row, text) in &inputs[a..b] {
            if watch.cancelled.load(Ordering::Relaxed) {
                return Err(PyRuntimeError::new_err("batch cancelled"));
            }
            let analysed = analyse_one(*row, text, stages)?;
            // Building rows reads the core's spans; a bad one is a core bug, reported like one.
            std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| out.add(&analysed))).map_err(
                |_| {
                    PyRuntimeError::new_err(format!(
                        "row {row}: internal error in presswork's core (please report this text)"
                    ))
                },
            )?;
            watch.done.fetch_add(1, Ordering::Relaxed);
        }
        out.finish().map_err(arrow_err)
    };
    // One thread: one chunk, so each table is one record batch, which pandas and polars
    // take without concatenating.
    let total: usize = inputs.iter().map(|(_, text)| text.len() + 1).sum();
    let chunk_bytes = if threads <= 1 {
        usize::MAX
    } else {
        (total / (8 * threads)).clamp(MIN_CHUNK_BYTES, MAX_CHUNK_BYTES)
    };
    let bounds = chunk_bounds(inputs, chunk_bytes);
    if threads <= 1 || bounds.len() <= 1 {
        return bounds.iter().map(one).collect();
    }
    match thread_pool(threads) {
        Some(pool) => pool.install(|| bounds.par_iter().map(one).collect()),
        None => bounds.iter().map(one).collect(),
    }
}

/// A built thread pool, with the process that built it and its size.
struct KeptPool {
    pid: u32,
    threads: usize,
    pool: Arc<rayon::ThreadPool>,
}

/// Thread pools kept between batch calls, one per thread count. Kept threads keep their
/// allocator arenas, so a batch reuses the memory the last one freed; a pool built per call
/// got fresh threads, and with them arenas whose memory the kernel had to fault in again.
static POOLS: std::sync::Mutex<Vec<KeptPool>> = std::sync::Mutex::new(Vec::new());

/// Distinct thread counts kept at once (callers use one or two).
const KEPT_POOLS: usize = 4;

/// The pool for `threads`, safe after `fork`: a pool built by another process (the parent,
/// before the fork) has no threads in this one, so it is forgotten, never used or dropped
/// (dropping could wait on a lock one of its threads held), and a new one is built.
fn thread_pool(threads: usize) -> Option<Arc<rayon::ThreadPool>> {
    let build = || {
        rayon::ThreadPoolBuilder::new()
            .num_threads(threads)
            .build()
            .ok()
            .map(Arc::new)
    };
    // try_lock: after a fork the lock may belong to a thread that does not exist here, and a
    // concurrent call from another Python thread can simply build its own pool.
    let Ok(mut pools) = POOLS.try_lock() else {
        return build();
    };
    let pid = std::process::id();
    if pools.iter().any(|k| k.pid != pid) {
        let (ours, inherited): (Vec<KeptPool>, Vec<KeptPool>) =
            pools.drain(..).partition(|k| k.pid == pid);
        std::mem::forget(inherited);
        *pools = ours;
    }
    if let Some(kept) = pools.iter().find(|k| k.threads == threads) {
        return Some(Arc::clone(&kept.pool));
    }
    let pool = build()?;
    if pools.len() >= KEPT_POOLS {
        pools.remove(0);
    }
    pools.push(KeptPool {
        pid,
        threads,
        pool: Arc::clone(&pool),
    });
    Some(pool)
}

/// Seconds the core takes to analyse `texts` on `threads` threads, with no table built and
/// nothing returned: the Rust-only side of the benchmark in `bench/dataflow.py`.
#[pyfunction]
#[pyo3(signature = (texts, tables, *, threads = None))]
fn time_core(
    py: Python<'_>,
    texts: &Bound<'_, PyList>,
    tables: Vec<String>,
    threads: Option<usize>,
) -> PyResult<f64> {
    let (stages, _) = parse_stages(&tables)?;
    let items: Vec<Bound<'_, PyAny>> = texts.iter().collect();
    let mut inputs: Vec<&str> = Vec::with_capacity(items.len());
    for (row, item) in items.iter().enumerate() {
        if let Ok(s) = item.cast::<PyString>() {
            inputs.push(
                s.to_str()
                    .map_err(|_| PyValueError::new_err(format!("row {row}: lone surrogates")))?,
            );
        }
    }
    let threads = resolve_threads(threads);
    let _busy = memory::Busy::enter();
    Ok(py.detach(|| {
        let started = std::time::Instant::now();
        let pool = if threads > 1 {
            thread_pool(threads)
        } else {
            None
        };
        let count = |t: &&str| analyze_with(t, stages).tokens.len();
        let _total: usize = match pool {
            Some(pool) => pool.install(|| inputs.par_iter().map(count).sum()),
            _ => inputs.iter().map(count).sum(),
        };
        started.elapsed().as_secs_f64()
    }))
}

/// Sets the default number of threads for batch calls (0: one per core).
#[pyfunction]
fn set_threads(n: usize) {
    DEFAULT_THREADS.store(n, Ordering::Relaxed);
}

/// The default number of threads for batch calls (resolved: never 0).
#[pyfunction]
fn get_threads() -> usize {
    resolve_threads(None)
}

/// Hands the memory presswork holds for reuse back to the OS now. It does so by itself once
/// no call has run for the delay that `set_release_after` sets.
#[pyfunction]
fn release_memory(py: Python<'_>) {
    py.detach(memory::release_memory);
}

/// Sets how long presswork keeps freed memory for reuse after its last call, in seconds.
#[pyfunction]
fn set_release_after(seconds: f64) -> PyResult<()> {
    if !(seconds.is_finite() && (0.0..=86_400.0).contains(&seconds)) {
        return Err(PyValueError::new_err(format!(
            "seconds must be between 0 and 86400, got {seconds}"
        )));
    }
    memory::set_release_after(seconds);
    Ok(())
}

/// `"hold"` while presswork keeps freed memory for reuse, `"released"` once it has handed it
/// back, `"unmanaged"` where the allocator decides alone.
#[pyfunction]
fn memory_state() -> &'static str {
    memory::state()
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
    m.add_function(wrap_pyfunction!(analyze, m)?)?;
    m.add_function(wrap_pyfunction!(batch, m)?)?;
    m.add_function(wrap_pyfunction!(set_threads, m)?)?;
    m.add_function(wrap_pyfunction!(time_core, m)?)?;
    m.add_function(wrap_pyfunction!(get_threads, m)?)?;
    m.add_function(wrap_pyfunction!(release_memory, m)?)?;
    m.add_function(wrap_pyfunction!(set_release_after, m)?)?;
    m.add_function(wrap_pyfunction!(memory_state, m)?)?;
    m.add_function(wrap_pyfunction!(schema::schema, m)?)?;
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
