//! Batch results as Arrow record batches, and a plain-buffer fallback.
//!
//! Each table is built once as an Arrow `RecordBatch` with the GIL released. From there it
//! leaves in one of two ways:
//!
//! * through the Arrow PyCapsule interface ([`ArrowTable`]): pandas (with pyarrow), pyarrow,
//!   polars and DuckDB take it without copying or creating a Python object per row;
//! * when pyarrow is absent, as column buffers ([`to_columns`]): `bytes` of little-endian
//!   numbers that numpy wraps without a copy, and lists of `str` for text columns.
//!
//! Columns: `doc` is the position of the text in the caller's input (the Python layer maps it
//! to index labels); offsets are code points; kinds are dictionary-encoded (categoricals).

use std::sync::{Arc, LazyLock};

use arrow_array::types::UInt8Type;
use arrow_buffer::{Buffer, OffsetBuffer, ScalarBuffer};
use arrow_array::{
    Array, ArrayRef, BooleanArray, DictionaryArray, Float64Array, Int64Array, LargeStringArray, RecordBatch, StringArray, StructArray, UInt8Array,
};
use arrow_schema::{ArrowError, Field, Schema, SchemaRef};
use arrow_select::concat::concat_batches;
use pyo3::exceptions::PyRuntimeError;
use pyo3::prelude::*;
use pyo3::types::{PyBytes, PyCapsule, PyDict, PyList, PyTuple};
use pyo3_arrow::ffi::{to_array_pycapsules, to_schema_pycapsule, to_stream_pycapsule, ArrayIterator};

use super::Analysed;
use crate::numbers::NumberKind;
use crate::quotes::QuoteType;
use crate::span::Span;
use crate::tokenize::TokenKind;

/// Collects the columns of one table in order.
#[derive(Default)]
struct Builder {
    fields: Vec<Field>,
    arrays: Vec<ArrayRef>,
}

impl Builder {
    /// Adds a column; `nullable` is fixed per column so every batch of a table has one schema.
    fn add(&mut self, name: &str, array: ArrayRef, nullable: bool) {
        self.fields.push(Field::new(name, array.data_type().clone(), nullable));
        self.arrays.push(array);
    }

    fn ints(&mut self, name: &str, values: impl Iterator<Item = i64>) {
        self.add(name, Arc::new(Int64Array::from_iter_values(values)), false);
    }

    fn opt_ints(&mut self, name: &str, values: impl Iterator<Item = Option<i64>>) {
        self.add(name, Arc::new(values.collect::<Int64Array>()), true);
    }

    fn floats(&mut self, name: &str, values: impl Iterator<Item = Option<f64>>) {
        self.add(name, Arc::new(values.collect::<Float64Array>()), true);
    }

    fn bools(&mut self, name: &str, values: impl Iterator<Item = bool>) {
        self.add(name, Arc::new(values.map(Some).collect::<BooleanArray>()), false);
    }

    fn strs<'a>(&mut self, name: &str, values: impl Iterator<Item = Option<&'a str>>) {
        self.add(name, Arc::new(values.collect::<LargeStringArray>()), true);
    }

    fn categories(&mut self, name: &str, codes: impl Iterator<Item = u8>, categories: &LazyLock<ArrayRef>) {
        let keys = UInt8Array::from_iter_values(codes);
        let values = ArrayRef::clone(categories);
        // Codes come from `position`, which is always within `categories`.
        let array = DictionaryArray::<UInt8Type>::try_new(keys, values).expect("dictionary codes are in range");
        self.add(name, Arc::new(array), false);
    }

    fn finish(self) -> Result<RecordBatch, ArrowError> {
        RecordBatch::try_new(Arc::new(Schema::new(self.fields)), self.arrays)
    }
}

/// The categories of each dictionary column, one shared array each: batches whose
/// dictionaries are the same array concatenate (and convert to pandas) without merging or
/// repeating categories.
static TOKEN_KINDS: LazyLock<ArrayRef> = LazyLock::new(|| Arc::new(StringArray::from_iter_values(TokenKind::ALL.iter().map(|k| k.as_str()))));
static QUOTE_TYPES: LazyLock<ArrayRef> = LazyLock::new(|| Arc::new(StringArray::from_iter_values(QuoteType::ALL.iter().map(|k| k.as_str()))));
static NUMBER_KINDS: LazyLock<ArrayRef> = LazyLock::new(|| Arc::new(StringArray::from_iter_values(NumberKind::ALL.iter().map(|k| k.as_str()))));

fn position<T: PartialEq + Copy>(all: &[T], x: T) -> u8 {
    all.iter().position(|&k| k == x).unwrap_or(0) as u8
}

fn opt_text<'t>(text: &'t str, span: Option<Span>) -> Option<&'t str> {
    span.map(|s| s.text(text))
}

/// Builds the named table from analysed documents.
pub fn build(table: &str, docs: &[Analysed<'_>]) -> Result<RecordBatch, ArrowError> {
    match table {
        "tokens" => {
            let mut columns = TokenColumns::with_capacity(docs.iter().map(|d| d.doc.text.len()).sum());
            docs.iter().for_each(|d| columns.add(d));
            columns.finish()
        }
        "sentences" => sentences(docs),
        "quotes" => quotes(docs),
        _ => numbers(docs),
    }
}

/// Text analysed before the documents held for the small tables are turned into rows and
/// dropped: small enough that the documents are still in cache when their rows are built.
const GROUP_BYTES: usize = 64 << 10;

/// The requested tables of one chunk of documents, built as the documents arrive.
///
/// Token rows are appended per document straight after its analysis, so the tokens are read
/// back while still in cache and a document is dropped at once when only tokens are asked
/// for. Sentence, quote and number rows (a few per document) are built per group of
/// [`GROUP_BYTES`] of text and joined at the end.
pub struct ChunkTables<'a> {
    tables: &'a [String],
    tokens: Option<TokenColumns>,
    /// Whether any sentence/quote/number table is asked for (else documents are not kept).
    small_tables: bool,
    /// Documents waiting for their sentence/quote/number rows.
    group: Vec<Analysed<'a>>,
    group_bytes: usize,
    /// Finished groups, per table (same order as `tables`; unused for "tokens").
    parts: Vec<Vec<RecordBatch>>,
}

impl<'a> ChunkTables<'a> {
    /// `bytes`: the text length of the chunk (sizes the token columns).
    pub fn new(tables: &'a [String], bytes: usize) -> Self {
        let tokens = tables.iter().any(|t| t == "tokens").then(|| TokenColumns::with_capacity(bytes));
        let small_tables = tables.iter().any(|t| t != "tokens");
        ChunkTables { tables, tokens, small_tables, group: Vec::new(), group_bytes: 0, parts: vec![Vec::new(); tables.len()] }
    }

    pub fn add(&mut self, doc: Analysed<'a>) -> Result<(), ArrowError> {
        if let Some(tokens) = &mut self.tokens {
            tokens.add(&doc);
        }
        if self.small_tables {
            self.group_bytes += doc.doc.text.len();
            self.group.push(doc);
            if self.group_bytes >= GROUP_BYTES {
                self.flush()?;
            }
        }
        Ok(())
    }

    fn flush(&mut self) -> Result<(), ArrowError> {
        for (t, name) in self.tables.iter().enumerate() {
            if name != "tokens" {
                self.parts[t].push(build(name, &self.group)?);
            }
        }
        self.group.clear();
        self.group_bytes = 0;
        Ok(())
    }

    /// One record batch per requested table, in the order of `tables`. The groups of a small
    /// table are joined here: they share their dictionary arrays, so the join keeps one
    /// dictionary (pandas would otherwise join hundreds of batches, and refuse dictionaries
    /// with repeated categories).
    pub fn finish(mut self) -> Result<Vec<RecordBatch>, ArrowError> {
        if !self.group.is_empty() || self.parts.iter().all(Vec::is_empty) {
            self.flush()?;
        }
        let mut out = Vec::with_capacity(self.tables.len());
        for (t, name) in self.tables.iter().enumerate() {
            let batch = if name == "tokens" {
                match self.tokens.take() {
                    Some(columns) => columns.finish()?,
                    None => build("tokens", &[])?, // "tokens" asked for twice
                }
            } else {
                match self.parts[t].as_slice() {
                    [one] => one.clone(),
                    parts => concat_batches(&parts[0].schema(), parts)?,
                }
            };
            out.push(batch);
        }
        Ok(out)
    }
}

/// The token table is the big one (a row per ~5 bytes of text), so it is built straight
/// into Arrow buffers as documents arrive: code-point offsets counted as it goes, the
/// `text` and `norm` strings appended to plain byte vectors.
pub struct TokenColumns {
    doc: Vec<i64>,
    start: Vec<i64>,
    end: Vec<i64>,
    kind: Vec<u8>,
    sentence: Vec<i64>,
    text: StrColumn,
    norm: StrColumn,
}

impl TokenColumns {
    /// Sized for `bytes` of text (news runs one token per ~5 bytes; more grows the vectors).
    fn with_capacity(bytes: usize) -> Self {
        let n = bytes / 4 + 16;
        TokenColumns {
            doc: Vec::with_capacity(n),
            start: Vec::with_capacity(n),
            end: Vec::with_capacity(n),
            kind: Vec::with_capacity(n),
            sentence: Vec::with_capacity(n),
            text: StrColumn::with_capacity(n, bytes),
            norm: StrColumn::with_capacity(n, bytes),
        }
    }

    /// Appends the rows of one document: one tight pass per column over its tokens.
    fn add(&mut self, d: &Analysed<'_>) {
        let tokens = &d.doc.tokens;
        self.doc.extend(std::iter::repeat_n(d.row as i64, tokens.len()));
        self.kind.extend(tokens.iter().map(|t| t.kind as u8));
        self.sentence.extend(tokens.iter().map(|t| t.sentence as i64));
        if d.doc.text.is_ascii() {
            self.start.extend(tokens.iter().map(|t| t.span.start as i64));
            self.end.extend(tokens.iter().map(|t| t.span.end as i64));
        } else {
            // Tokens are in order and do not overlap, so code-point offsets are a running
            // count: the chars of each gap and of each token, counted once.
            let bytes = d.doc.text.as_bytes();
            let (mut byte_at, mut char_at) = (0usize, 0usize);
            for t in tokens {
                let c0 = char_at + count_chars(&bytes[byte_at..t.span.start]);
                let c1 = c0 + count_chars(&bytes[t.span.start..t.span.end]);
                (byte_at, char_at) = (t.span.end, c1);
                self.start.push(c0 as i64);
                self.end.push(c1 as i64);
            }
        }
        // Byte slices: `str` slicing would check both ends for char boundaries on every row;
        // `StrColumn::finish` checks the whole column once instead.
        let src = d.doc.text.as_bytes();
        self.text.extend(tokens.iter().map(|t| &src[t.span.start..t.span.end]));
        self.norm.extend(tokens.iter().map(|t| t.norm.as_deref().map_or(&src[t.span.start..t.span.end], str::as_bytes)));
    }

    fn finish(self) -> Result<RecordBatch, ArrowError> {
        let mut b = Builder::default();
        b.add("doc", Arc::new(Int64Array::from(self.doc)), false);
        b.add("start", Arc::new(Int64Array::from(self.start)), false);
        b.add("end", Arc::new(Int64Array::from(self.end)), false);
        b.add("text", Arc::new(self.text.finish()?), true);
        b.categories("kind", self.kind.into_iter(), &TOKEN_KINDS);
        b.add("norm", Arc::new(self.norm.finish()?), true);
        b.add("sentence", Arc::new(Int64Array::from(self.sentence)), false);
        b.finish()
    }
}

/// Code points in a run of UTF-8 bytes: the bytes that do not continue a char.
#[inline]
fn count_chars(bytes: &[u8]) -> usize {
    bytes.iter().filter(|&&b| (b as i8) >= -0x40).count()
}

/// A `large_string` column without nulls, built from its two buffers.
struct StrColumn {
    offsets: Vec<i64>,
    values: Vec<u8>,
}

impl StrColumn {
    fn with_capacity(rows: usize, bytes: usize) -> Self {
        let mut offsets = Vec::with_capacity(rows + 1);
        offsets.push(0);
        StrColumn { offsets, values: Vec::with_capacity(bytes) }
    }

    /// Appends the strings. `values` was sized for the whole table up front, so the copies
    /// rarely grow it; the offsets are written in a second pass over the lengths.
    fn extend<'s>(&mut self, strings: impl Iterator<Item = &'s [u8]> + Clone) {
        let mut at = self.values.len() as i64;
        self.offsets.extend(strings.clone().map(|s| {
            at += s.len() as i64;
            at
        }));
        for s in strings {
            self.values.extend_from_slice(s);
        }
    }

    /// Checks the column in one cheap pass (the whole buffer is UTF-8 and every offset is a
    /// char boundary; the offsets never decrease by construction) and wraps the buffers.
    /// A span off a char boundary is a bug in the core: it becomes an error, not a bad array.
    fn finish(self) -> Result<LargeStringArray, ArrowError> {
        let utf8 = std::str::from_utf8(&self.values).is_ok();
        let boundaries = self.offsets.iter().all(|&o| self.values.get(o as usize).is_none_or(|&b| (b as i8) >= -0x40));
        if !(utf8 && boundaries) {
            return Err(ArrowError::InvalidArgumentError("a token span is not on a char boundary".into()));
        }
        // SAFETY: the offsets start at 0 and never decrease (each is the length of `values`
        // after an append, kept in i64), the values are UTF-8 and every offset is a char
        // boundary (checked above): the invariants of a `LargeStringArray`.
        unsafe {
            let offsets = OffsetBuffer::new_unchecked(ScalarBuffer::from(self.offsets));
            Ok(LargeStringArray::new_unchecked(offsets, Buffer::from_vec(self.values), None))
        }
    }
}

fn sentences(docs: &[Analysed<'_>]) -> Result<RecordBatch, ArrowError> {
    let rows = || docs.iter().flat_map(|d| d.doc.sentences.iter().map(move |s| (d, s)));
    let mut b = Builder::default();
    b.ints("doc", rows().map(|(d, _)| d.row as i64));
    b.ints("start", rows().map(|(d, s)| d.offsets().char_offset(s.span.start) as i64));
    b.ints("end", rows().map(|(d, s)| d.offsets().char_offset(s.span.end) as i64));
    b.strs("text", rows().map(|(d, s)| Some(s.span.text(d.doc.text))));
    b.finish()
}

fn quotes(docs: &[Analysed<'_>]) -> Result<RecordBatch, ArrowError> {
    let rows = || docs.iter().flat_map(|d| d.doc.quotes.iter().map(move |q| (d, q)));
    let off = |d: &Analysed<'_>, s: Option<Span>, end: bool| s.map(|s| d.offsets().char_offset(if end { s.end } else { s.start }) as i64);
    let mut b = Builder::default();
    b.ints("doc", rows().map(|(d, _)| d.row as i64));
    b.ints("start", rows().map(|(d, q)| d.offsets().char_offset(q.span.start) as i64));
    b.ints("end", rows().map(|(d, q)| d.offsets().char_offset(q.span.end) as i64));
    b.strs("text", rows().map(|(d, q)| Some(q.span.text(d.doc.text))));
    b.categories("type", rows().map(|(_, q)| position(&QuoteType::ALL, q.kind)), &QUOTE_TYPES);
    b.strs("speaker", rows().map(|(_, q)| q.speaker.as_deref()));
    b.strs("speaker_mention", rows().map(|(d, q)| opt_text(d.doc.text, q.speaker_mention)));
    b.opt_ints("speaker_start", rows().map(|(d, q)| off(d, q.speaker_mention, false)));
    b.opt_ints("speaker_end", rows().map(|(d, q)| off(d, q.speaker_mention, true)));
    b.strs("cue", rows().map(|(d, q)| opt_text(d.doc.text, q.cue)));
    b.opt_ints("cue_start", rows().map(|(d, q)| off(d, q.cue, false)));
    b.opt_ints("cue_end", rows().map(|(d, q)| off(d, q.cue, true)));
    b.finish()
}

fn numbers(docs: &[Analysed<'_>]) -> Result<RecordBatch, ArrowError> {
    let rows = || docs.iter().flat_map(|d| d.doc.numbers.iter().map(move |n| (d, n)));
    let mut b = Builder::default();
    b.ints("doc", rows().map(|(d, _)| d.row as i64));
    b.ints("start", rows().map(|(d, n)| d.offsets().char_offset(n.span.start) as i64));
    b.ints("end", rows().map(|(d, n)| d.offsets().char_offset(n.span.end) as i64));
    b.strs("text", rows().map(|(d, n)| Some(n.span.text(d.doc.text))));
    b.floats("value", rows().map(|(_, n)| n.value));
    b.categories("kind", rows().map(|(_, n)| position(&NumberKind::ALL, n.kind)), &NUMBER_KINDS);
    b.strs("unit", rows().map(|(_, n)| n.unit.as_deref()));
    b.strs("noun", rows().map(|(d, n)| opt_text(d.doc.text, n.noun)));
    b.strs("verb", rows().map(|(d, n)| opt_text(d.doc.text, n.verb)));
    b.bools("approx", rows().map(|(_, n)| n.approx));
    b.strs("qualifier", rows().map(|(d, n)| opt_text(d.doc.text, n.qualifier)));
    b.floats("low", rows().map(|(_, n)| n.low));
    b.floats("high", rows().map(|(_, n)| n.high));
    b.finish()
}

/// A table of batch results, handed to Python through the Arrow PyCapsule interface: as a
/// stream of record batches (`__arrow_c_stream__`, one batch per chunk of documents, no copy)
/// or as one record batch (`__arrow_c_array__`, concatenated on request).
#[pyclass(name = "ArrowTable", module = "presswork", frozen)]
pub struct ArrowTable {
    /// Never empty; all batches share the first one's schema.
    batches: Vec<RecordBatch>,
}

impl ArrowTable {
    /// `batches` must not be empty.
    pub fn new(batches: Vec<RecordBatch>) -> Self {
        debug_assert!(!batches.is_empty());
        ArrowTable { batches }
    }

    fn schema(&self) -> SchemaRef {
        self.batches[0].schema()
    }

    fn struct_field(&self) -> Arc<Field> {
        Arc::new(Field::new_struct("", self.schema().fields().clone(), false))
    }
}

fn arrow_err(e: impl std::fmt::Display) -> PyErr {
    PyRuntimeError::new_err(format!("Arrow export failed: {e}"))
}

#[pymethods]
impl ArrowTable {
    /// Number of rows.
    #[getter]
    fn num_rows(&self) -> usize {
        self.batches.iter().map(RecordBatch::num_rows).sum()
    }

    /// Column names, in order.
    #[getter]
    fn column_names(&self) -> Vec<String> {
        self.schema().fields().iter().map(|f| f.name().clone()).collect()
    }

    fn __len__(&self) -> usize {
        self.num_rows()
    }

    fn __repr__(&self) -> String {
        format!("ArrowTable(rows={}, columns={:?})", self.num_rows(), self.column_names())
    }

    #[pyo3(signature = (requested_schema=None))]
    fn __arrow_c_array__<'py>(&self, py: Python<'py>, requested_schema: Option<Bound<'py, PyCapsule>>) -> PyResult<Bound<'py, PyTuple>> {
        let batch = concat_batches(&self.schema(), &self.batches).map_err(arrow_err)?;
        to_array_pycapsules(py, self.struct_field(), &StructArray::from(batch), requested_schema).map_err(arrow_err)
    }

    #[pyo3(signature = (requested_schema=None))]
    fn __arrow_c_stream__<'py>(&self, py: Python<'py>, requested_schema: Option<Bound<'py, PyCapsule>>) -> PyResult<Bound<'py, PyCapsule>> {
        let arrays: Vec<Result<ArrayRef, ArrowError>> = self.batches.iter().map(|b| Ok(Arc::new(StructArray::from(b.clone())) as ArrayRef)).collect();
        let reader = Box::new(ArrayIterator::new(arrays.into_iter(), self.struct_field()));
        to_stream_pycapsule(py, reader, requested_schema).map_err(arrow_err)
    }

    fn __arrow_c_schema__<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyCapsule>> {
        to_schema_pycapsule(py, self.schema().as_ref()).map_err(arrow_err)
    }

    /// The columns as `name -> (encoding, payload)` for readers without pyarrow:
    /// `"i8"` / `"opt_i8"` (-1 for missing) / `"f8"` (NaN for missing) / `"bool"` as `bytes`,
    /// `"cat"` as `(bytes of uint8 codes, categories)`, `"str"` as a list of `str` or `None`.
    fn to_columns<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyDict>> {
        let out = PyDict::new(py);
        for (i, field) in self.schema().fields().iter().enumerate() {
            let arrays: Vec<&dyn Array> = self.batches.iter().map(|b| b.column(i).as_ref()).collect();
            out.set_item(field.name(), column_payload(py, &arrays)?)?;
        }
        Ok(out)
    }
}

/// One column, gathered across batches, in the encoding `to_columns` documents.
fn column_payload<'py>(py: Python<'py>, arrays: &[&dyn Array]) -> PyResult<Bound<'py, PyAny>> {
    fn all<'a, T: 'static>(arrays: &[&'a dyn Array]) -> Option<Vec<&'a T>> {
        arrays.iter().map(|a| a.as_any().downcast_ref::<T>()).collect()
    }
    let payload = |enc: &str, bytes: Vec<u8>| -> PyResult<Bound<'py, PyAny>> { Ok((enc, PyBytes::new(py, &bytes)).into_pyobject(py)?.into_any()) };
    if let Some(parts) = all::<Int64Array>(arrays) {
        let nulls = parts.iter().any(|a| a.null_count() > 0);
        let bytes: Vec<u8> = parts.iter().flat_map(|a| a.iter()).flat_map(|v| v.unwrap_or(-1).to_le_bytes()).collect();
        return payload(if nulls { "opt_i8" } else { "i8" }, bytes);
    }
    if let Some(parts) = all::<Float64Array>(arrays) {
        return payload("f8", parts.iter().flat_map(|a| a.iter()).flat_map(|v| v.unwrap_or(f64::NAN).to_le_bytes()).collect());
    }
    if let Some(parts) = all::<BooleanArray>(arrays) {
        return payload("bool", parts.iter().flat_map(|a| a.iter()).map(|v| u8::from(v.unwrap_or(false))).collect());
    }
    if let Some(parts) = all::<DictionaryArray<UInt8Type>>(arrays) {
        // Every batch of a table uses the same dictionary (the full list of kinds).
        let codes: Vec<u8> = parts.iter().flat_map(|a| a.keys().values().iter().copied()).collect();
        let categories: Vec<&str> = parts
            .first()
            .and_then(|a| a.values().as_any().downcast_ref::<StringArray>())
            .map(|v| v.iter().map(|s| s.unwrap_or("")).collect())
            .unwrap_or_default();
        return Ok(("cat", (PyBytes::new(py, &codes), categories)).into_pyobject(py)?.into_any());
    }
    if let Some(parts) = all::<LargeStringArray>(arrays) {
        let list = PyList::new(py, parts.iter().flat_map(|a| a.iter()))?;
        return Ok(("str", list).into_pyobject(py)?.into_any());
    }
    let dtype = arrays.first().map_or("none".to_string(), |a| a.data_type().to_string());
    Err(PyRuntimeError::new_err(format!("no column encoding for Arrow type {dtype}")))
}
