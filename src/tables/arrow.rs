//! Batch results as Arrow record batches (feature `arrow`).
//!
//! Each requested table of a chunk of documents is one `RecordBatch`, built as the documents
//! arrive and checked against the declared schema ([`schema::TABLES`]). The Python bindings
//! hand the batches to Python as they are (`src/python/columns.rs`).
//!
//! Columns: `doc` is the position of the text in the caller's input (the Python layer maps it
//! to index labels); offsets are code points; kinds are dictionary-encoded (categoricals).

use std::sync::{Arc, LazyLock};

use arrow_array::builder::{Float64Builder, Int32Builder, LargeStringBuilder};
use arrow_array::types::UInt8Type;
use arrow_array::{
    ArrayRef, BooleanArray, DictionaryArray, Int32Array, Int64Array, LargeStringArray, RecordBatch,
    StringArray, UInt8Array,
};
use arrow_buffer::{Buffer, OffsetBuffer, ScalarBuffer};
use arrow_schema::{ArrowError, SchemaRef};

use super::{schema, Analysed, Table};
use crate::numbers::NumberKind;
use crate::offsets::CharOffsets;
use crate::quotes::QuoteType;
use crate::span::Span;
use crate::tokenize::TokenKind;

/// Collects the columns of one table in the declared order ([`schema::TABLES`]).
struct Builder {
    table: Table,
    arrays: Vec<ArrayRef>,
}

impl Builder {
    fn new(table: Table) -> Self {
        Builder {
            table,
            arrays: Vec::new(),
        }
    }

    /// Adds the next column; its name must be the next declared one.
    fn add(&mut self, name: &str, array: ArrayRef) {
        debug_assert_eq!(
            self.table.columns().get(self.arrays.len()).map(|c| c.name),
            Some(name),
            "column order of table {}",
            self.table
        );
        self.arrays.push(array);
    }

    fn categories(&mut self, name: &str, codes: Vec<u8>, categories: &LazyLock<ArrayRef>) {
        let keys = UInt8Array::from(codes);
        let values = ArrayRef::clone(categories);
        // Codes come from `position`, which is always within `categories`.
        let array = DictionaryArray::<UInt8Type>::try_new(keys, values)
            .expect("dictionary codes are in range");
        self.add(name, Arc::new(array));
    }

    /// The batch, with the declared schema: a column whose type or nullability differs
    /// from the declaration is an error here (`RecordBatch::try_new` checks both).
    fn finish(self) -> Result<RecordBatch, ArrowError> {
        RecordBatch::try_new(declared_schema(self.table), self.arrays)
    }
}

/// The declared Arrow schema of each table, built once.
fn declared_schema(table: Table) -> SchemaRef {
    static SCHEMAS: LazyLock<[SchemaRef; 4]> =
        LazyLock::new(|| Table::ALL.map(schema::arrow_schema));
    SchemaRef::clone(&SCHEMAS[table as usize])
}

/// The categories of each dictionary column, one shared array each: batches whose
/// dictionaries are the same array concatenate (and convert to pandas) without merging or
/// repeating categories.
static TOKEN_KINDS: LazyLock<ArrayRef> = LazyLock::new(|| {
    Arc::new(StringArray::from_iter_values(
        TokenKind::ALL.iter().map(|k| k.as_str()),
    ))
});
static QUOTE_TYPES: LazyLock<ArrayRef> = LazyLock::new(|| {
    Arc::new(StringArray::from_iter_values(
        QuoteType::ALL.iter().map(|k| k.as_str()),
    ))
});
static NUMBER_KINDS: LazyLock<ArrayRef> = LazyLock::new(|| {
    Arc::new(StringArray::from_iter_values(
        NumberKind::ALL.iter().map(|k| k.as_str()),
    ))
});

fn position<T: PartialEq + Copy>(all: &[T], x: T) -> u8 {
    all.iter().position(|&k| k == x).unwrap_or(0) as u8
}

/// Builds one table from analysed documents.
pub fn build(table: Table, docs: &[Analysed<'_>]) -> Result<RecordBatch, ArrowError> {
    let mut columns = TableColumns::new(table, docs.iter().map(|d| d.doc.text.len()).sum());
    docs.iter().for_each(|d| columns.add(d));
    columns.finish()
}

/// The rows of one table, appended document by document.
enum TableColumns {
    Tokens(TokenColumns),
    Sentences(SentenceColumns),
    Quotes(QuoteColumns),
    Numbers(NumberColumns),
}

impl TableColumns {
    /// `bytes`: the text length the table will cover (sizes the big columns).
    fn new(table: Table, bytes: usize) -> Self {
        match table {
            Table::Tokens => TableColumns::Tokens(TokenColumns::with_capacity(bytes)),
            Table::Sentences => TableColumns::Sentences(SentenceColumns::with_capacity(bytes)),
            Table::Quotes => TableColumns::Quotes(QuoteColumns::default()),
            Table::Numbers => TableColumns::Numbers(NumberColumns::default()),
        }
    }

    fn add(&mut self, d: &Analysed<'_>) {
        match self {
            TableColumns::Tokens(c) => c.add(d),
            TableColumns::Sentences(c) => c.add(d),
            TableColumns::Quotes(c) => c.add(d),
            TableColumns::Numbers(c) => c.add(d),
        }
    }

    fn finish(self) -> Result<RecordBatch, ArrowError> {
        match self {
            TableColumns::Tokens(c) => c.finish(),
            TableColumns::Sentences(c) => c.finish(),
            TableColumns::Quotes(c) => c.finish(),
            TableColumns::Numbers(c) => c.finish(),
        }
    }
}

/// The requested tables of one chunk of documents, built as the documents arrive.
///
/// Each document's rows are appended to every requested table straight after its analysis,
/// while its tokens are still in cache; the document is dropped then. Each table of a chunk
/// is thus one record batch, built in place: no per-document batches to join, and no
/// documents held back.
pub struct ChunkTables {
    tables: Vec<TableColumns>,
}

impl ChunkTables {
    /// `tables`: distinct tables; `bytes`: the text length of the chunk.
    pub fn new(tables: &[Table], bytes: usize) -> Self {
        ChunkTables {
            tables: tables
                .iter()
                .map(|&t| TableColumns::new(t, bytes))
                .collect(),
        }
    }

    pub fn add(&mut self, doc: &Analysed<'_>) {
        self.tables.iter_mut().for_each(|t| t.add(doc));
    }

    /// One record batch per requested table, in the order asked for.
    pub fn finish(self) -> Result<Vec<RecordBatch>, ArrowError> {
        self.tables.into_iter().map(TableColumns::finish).collect()
    }
}

/// The token table is the big one (a row per ~5 bytes of text), so it is built straight
/// into Arrow buffers as documents arrive: code-point offsets counted as it goes, the
/// `text` and `norm` strings appended to plain byte vectors.
struct TokenColumns {
    doc: Vec<i64>,
    start: Vec<i32>,
    end: Vec<i32>,
    kind: Vec<u8>,
    sentence: Vec<i32>,
    text: StrColumn,
    /// `None` while no token so far has a norm that differs from its text: news rarely has
    /// one (NFKC leaves `£` and `é` alone, and quote marks are tokens of their own), and
    /// then the norm column is the text column itself, shared, not a second copy.
    norm: Option<StrColumn>,
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
            norm: None,
        }
    }

    /// Appends the rows of one document: one tight pass per column over its tokens.
    fn add(&mut self, d: &Analysed<'_>) {
        let tokens = &d.doc.tokens;
        self.doc
            .extend(std::iter::repeat_n(d.row as i64, tokens.len()));
        self.kind.extend(tokens.iter().map(|t| t.kind as u8));
        self.sentence
            .extend(tokens.iter().map(|t| t.sentence as i32));
        if d.doc.text.is_ascii() {
            self.start
                .extend(tokens.iter().map(|t| t.span.start() as i32));
            self.end.extend(tokens.iter().map(|t| t.span.end() as i32));
        } else {
            // Tokens are in order and do not overlap, so code-point offsets are a running
            // count: the chars of each gap and of each token, counted once.
            let bytes = d.doc.text.as_bytes();
            let (mut byte_at, mut char_at) = (0usize, 0usize);
            for t in tokens {
                let c0 = char_at + count_chars(&bytes[byte_at..t.span.start()]);
                let c1 = c0 + count_chars(&bytes[t.span.start()..t.span.end()]);
                (byte_at, char_at) = (t.span.end(), c1);
                self.start.push(c0 as i32);
                self.end.push(c1 as i32);
            }
        }
        // Byte slices: `str` slicing would check both ends for char boundaries on every row;
        // `StrColumn::finish` checks the whole column once instead.
        let src = d.doc.text.as_bytes();
        let rows_before = self.text.offsets.len() - 1;
        self.text
            .extend(tokens.iter().map(|t| &src[t.span.start()..t.span.end()]));
        if self.norm.is_none() && tokens.iter().any(|t| t.norm_if_differs().is_some()) {
            // The first norm that differs: the rows so far have norm == text.
            self.norm = Some(self.text.prefix(rows_before));
        }
        if let Some(norm) = &mut self.norm {
            norm.extend(tokens.iter().map(|t| {
                t.norm_if_differs()
                    .map_or(&src[t.span.range()], |n| n.as_bytes())
            }));
        }
    }

    fn finish(self) -> Result<RecordBatch, ArrowError> {
        let mut b = Builder::new(Table::Tokens);
        b.add("doc", Arc::new(Int64Array::from(self.doc)));
        b.add("start", Arc::new(Int32Array::from(self.start)));
        b.add("end", Arc::new(Int32Array::from(self.end)));
        let text: ArrayRef = Arc::new(self.text.finish()?);
        let norm = match self.norm {
            Some(norm) => Arc::new(norm.finish()?),
            None => ArrayRef::clone(&text),
        };
        b.add("text", text);
        b.categories("kind", self.kind, &TOKEN_KINDS);
        b.add("norm", norm);
        b.add("sentence", Arc::new(Int32Array::from(self.sentence)));
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
        StrColumn {
            offsets,
            values: Vec::with_capacity(bytes),
        }
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

    /// A copy of the first `rows` strings.
    fn prefix(&self, rows: usize) -> Self {
        let offsets = self.offsets[..=rows].to_vec();
        let values = self.values[..offsets[rows] as usize].to_vec();
        StrColumn { offsets, values }
    }

    /// Checks the column in one cheap pass (the whole buffer is UTF-8 and every offset is a
    /// char boundary; the offsets never decrease by construction) and wraps the buffers.
    /// A span off a char boundary is a bug in the core: it becomes an error, not a bad array.
    fn finish(self) -> Result<LargeStringArray, ArrowError> {
        let utf8 = std::str::from_utf8(&self.values).is_ok();
        let boundaries = self.offsets.iter().all(|&o| {
            self.values
                .get(o as usize)
                .is_none_or(|&b| (b as i8) >= -0x40)
        });
        if !(utf8 && boundaries) {
            return Err(ArrowError::InvalidArgumentError(
                "a token span is not on a char boundary".into(),
            ));
        }
        // SAFETY: the offsets start at 0 and never decrease (each is the length of `values`
        // after an append, kept in i64), the values are UTF-8 and every offset is a char
        // boundary (checked above): the invariants of a `LargeStringArray`.
        unsafe {
            let offsets = OffsetBuffer::new_unchecked(ScalarBuffer::from(self.offsets));
            Ok(LargeStringArray::new_unchecked(
                offsets,
                Buffer::from_vec(self.values),
                None,
            ))
        }
    }
}

/// Sentence rows. Sentences are in order and do not overlap, so their code-point offsets
/// are a running count, as for tokens.
struct SentenceColumns {
    doc: Vec<i64>,
    start: Vec<i32>,
    end: Vec<i32>,
    text: StrColumn,
}

impl SentenceColumns {
    fn with_capacity(bytes: usize) -> Self {
        let rows = bytes / 64 + 16;
        SentenceColumns {
            doc: Vec::with_capacity(rows),
            start: Vec::with_capacity(rows),
            end: Vec::with_capacity(rows),
            text: StrColumn::with_capacity(rows, bytes),
        }
    }

    fn add(&mut self, d: &Analysed<'_>) {
        let sentences = &d.doc.sentences;
        let bytes = d.doc.text.as_bytes();
        self.doc
            .extend(std::iter::repeat_n(d.row as i64, sentences.len()));
        let ascii = d.doc.text.is_ascii();
        let (mut byte_at, mut char_at) = (0usize, 0usize);
        for s in sentences {
            let (c0, c1) = if ascii {
                (s.span.start(), s.span.end())
            } else {
                let c0 = char_at + count_chars(&bytes[byte_at..s.span.start()]);
                (c0, c0 + count_chars(&bytes[s.span.start()..s.span.end()]))
            };
            (byte_at, char_at) = (s.span.end(), c1);
            self.start.push(c0 as i32);
            self.end.push(c1 as i32);
        }
        self.text.extend(
            sentences
                .iter()
                .map(|s| &bytes[s.span.start()..s.span.end()]),
        );
    }

    fn finish(self) -> Result<RecordBatch, ArrowError> {
        let mut b = Builder::new(Table::Sentences);
        b.add("doc", Arc::new(Int64Array::from(self.doc)));
        b.add("start", Arc::new(Int32Array::from(self.start)));
        b.add("end", Arc::new(Int32Array::from(self.end)));
        b.add("text", Arc::new(self.text.finish()?));
        b.finish()
    }
}

/// The columns every quote and number row opens with: `doc, start, end, text`.
#[derive(Default)]
struct SpanRows {
    doc: Vec<i64>,
    start: Vec<i32>,
    end: Vec<i32>,
    text: LargeStringBuilder,
}

impl SpanRows {
    fn push(&mut self, d: &Analysed<'_>, span: Span) {
        let offsets = d.offsets();
        self.doc.push(d.row as i64);
        self.start.push(offsets.char_offset(span.start()) as i32);
        self.end.push(offsets.char_offset(span.end()) as i32);
        self.text.append_value(span.text(d.doc.text));
    }

    fn finish(mut self, b: &mut Builder) {
        b.add("doc", Arc::new(Int64Array::from(self.doc)));
        b.add("start", Arc::new(Int32Array::from(self.start)));
        b.add("end", Arc::new(Int32Array::from(self.end)));
        b.add("text", Arc::new(self.text.finish()));
    }
}

/// Quotation rows (a few per document; offsets through the document's [`CharOffsets`]).
#[derive(Default)]
struct QuoteColumns {
    rows: SpanRows,
    kind: Vec<u8>,
    speaker: LargeStringBuilder,
    speaker_type: LargeStringBuilder,
    speaker_mention: LargeStringBuilder,
    speaker_start: Int32Builder,
    speaker_end: Int32Builder,
    cue: LargeStringBuilder,
    cue_start: Int32Builder,
    cue_end: Int32Builder,
    cue_kind: LargeStringBuilder,
}

impl QuoteColumns {
    fn add(&mut self, d: &Analysed<'_>) {
        let text = d.doc.text;
        for q in &d.doc.quotes {
            let offsets = d.offsets();
            self.rows.push(d, q.span);
            self.kind.push(position(&QuoteType::ALL, q.kind));
            self.speaker.append_option(q.speaker.as_deref());
            self.speaker_type
                .append_option(q.speaker_type.map(|t| t.as_str()));
            span_columns(
                text,
                offsets,
                q.speaker_mention,
                &mut self.speaker_mention,
                &mut self.speaker_start,
                &mut self.speaker_end,
            );
            span_columns(
                text,
                offsets,
                q.cue,
                &mut self.cue,
                &mut self.cue_start,
                &mut self.cue_end,
            );
            self.cue_kind.append_option(q.cue_kind.map(|k| k.as_str()));
        }
    }

    fn finish(mut self) -> Result<RecordBatch, ArrowError> {
        let mut b = Builder::new(Table::Quotes);
        self.rows.finish(&mut b);
        b.categories("type", self.kind, &QUOTE_TYPES);
        b.add("speaker", Arc::new(self.speaker.finish()));
        b.add("speaker_type", Arc::new(self.speaker_type.finish()));
        b.add("speaker_mention", Arc::new(self.speaker_mention.finish()));
        b.add("speaker_start", Arc::new(self.speaker_start.finish()));
        b.add("speaker_end", Arc::new(self.speaker_end.finish()));
        b.add("cue", Arc::new(self.cue.finish()));
        b.add("cue_start", Arc::new(self.cue_start.finish()));
        b.add("cue_end", Arc::new(self.cue_end.finish()));
        b.add("cue_kind", Arc::new(self.cue_kind.finish()));
        b.finish()
    }
}

/// Appends an optional span as its text and code-point offsets (all null when absent).
fn span_columns(
    text: &str,
    offsets: &CharOffsets,
    span: Option<Span>,
    texts: &mut LargeStringBuilder,
    starts: &mut Int32Builder,
    ends: &mut Int32Builder,
) {
    texts.append_option(span.map(|s| s.text(text)));
    starts.append_option(span.map(|s| offsets.char_offset(s.start()) as i32));
    ends.append_option(span.map(|s| offsets.char_offset(s.end()) as i32));
}

/// Number rows (a few per document).
#[derive(Default)]
struct NumberColumns {
    rows: SpanRows,
    value: Float64Builder,
    kind: Vec<u8>,
    unit: LargeStringBuilder,
    noun: LargeStringBuilder,
    verb: LargeStringBuilder,
    approx: Vec<bool>,
    qualifier: LargeStringBuilder,
    low: Float64Builder,
    high: Float64Builder,
    date: LargeStringBuilder,
}

impl NumberColumns {
    fn add(&mut self, d: &Analysed<'_>) {
        let text = d.doc.text;
        let span_text = |s: Option<Span>| s.map(|s| s.text(text));
        for n in &d.doc.numbers {
            self.rows.push(d, n.span);
            self.value.append_option(n.value);
            self.kind.push(position(&NumberKind::ALL, n.kind));
            self.unit.append_option(n.unit.as_deref());
            self.noun.append_option(n.noun_lemma.as_deref());
            self.verb.append_option(span_text(n.verb));
            self.approx.push(n.approx);
            self.qualifier.append_option(span_text(n.qualifier));
            self.low.append_option(n.low);
            self.high.append_option(n.high);
            self.date.append_option(n.date.as_deref());
        }
    }

    fn finish(mut self) -> Result<RecordBatch, ArrowError> {
        let mut b = Builder::new(Table::Numbers);
        self.rows.finish(&mut b);
        b.add("value", Arc::new(self.value.finish()));
        b.categories("kind", self.kind, &NUMBER_KINDS);
        b.add("unit", Arc::new(self.unit.finish()));
        b.add("noun", Arc::new(self.noun.finish()));
        b.add("verb", Arc::new(self.verb.finish()));
        b.add("approx", Arc::new(BooleanArray::from(self.approx)));
        b.add("qualifier", Arc::new(self.qualifier.finish()));
        b.add("low", Arc::new(self.low.finish()));
        b.add("high", Arc::new(self.high.finish()));
        b.add("date", Arc::new(self.date.finish()));
        b.finish()
    }
}

#[cfg(test)]
mod tests {
    use arrow_array::cast::AsArray;
    use arrow_array::types::{Float64Type, Int32Type, Int64Type};
    use arrow_array::Array;

    use super::*;
    use crate::document::analyze;

    fn analysed(texts: &[&'static str]) -> Vec<Analysed<'static>> {
        texts
            .iter()
            .enumerate()
            .map(|(row, text)| Analysed::new(row, analyze(text)))
            .collect()
    }

    fn strings(batch: &RecordBatch, name: &str) -> Vec<Option<String>> {
        let column = batch.column_by_name(name).expect(name);
        column
            .as_string::<i64>()
            .iter()
            .map(|s| s.map(str::to_string))
            .collect()
    }

    fn ints(batch: &RecordBatch, name: &str) -> Vec<Option<i32>> {
        let column = batch.column_by_name(name).expect(name);
        column.as_primitive::<Int32Type>().iter().collect()
    }

    const PARIS: &str =
        "Prices in Zürich rose 5%, said Anna Weber. “We expect €3 billion more,” she said.";

    #[test]
    fn every_table_has_the_declared_schema_even_when_empty() {
        for table in Table::ALL {
            for docs in [analysed(&[]), analysed(&[PARIS, ""])] {
                let batch = build(table, &docs).unwrap();
                assert_eq!(batch.schema(), schema::arrow_schema(table), "{table}");
            }
            assert_eq!(build(table, &[]).unwrap().num_rows(), 0, "{table}");
        }
    }

    #[test]
    fn token_offsets_are_code_points_and_rows_name_their_document() {
        let docs = analysed(&["Hi there.", PARIS]);
        let batch = build(Table::Tokens, &docs).unwrap();
        let text = strings(&batch, "text");
        let zurich = text
            .iter()
            .position(|t| t.as_deref() == Some("Zürich"))
            .unwrap();
        let doc = batch.column(0).as_primitive::<Int64Type>();
        assert_eq!(doc.value(0), 0);
        assert_eq!(doc.value(zurich), 1);
        let (start, end) = (ints(&batch, "start"), ints(&batch, "end"));
        let chars: Vec<char> = PARIS.chars().collect();
        for row in zurich..batch.num_rows() {
            let (s, e) = (start[row].unwrap() as usize, end[row].unwrap() as usize);
            let slice: String = chars[s..e].iter().collect();
            assert_eq!(Some(slice), text[row], "row {row}");
        }
        // `“` folds to `"` in the norm column.
        let norm = strings(&batch, "norm");
        let opening = text.iter().position(|t| t.as_deref() == Some("“")).unwrap();
        assert_eq!(norm[opening].as_deref(), Some("\""));
    }

    #[test]
    fn the_norm_column_is_the_text_column_while_no_norm_differs() {
        let batch = build(Table::Tokens, &analysed(&["Plain ASCII text, no quotes."])).unwrap();
        let (text, norm) = (batch.column(3), batch.column(5));
        assert!(Arc::ptr_eq(text, norm));
    }

    #[test]
    fn quote_and_number_rows_have_their_columns() {
        let docs = analysed(&[PARIS]);
        let quotes = build(Table::Quotes, &docs).unwrap();
        let text = strings(&quotes, "text");
        let row = text
            .iter()
            .position(|t| t.as_deref() == Some("We expect €3 billion more,"))
            .unwrap();
        assert_eq!(
            strings(&quotes, "speaker")[row].as_deref(),
            Some("Anna Weber")
        );
        let chars: Vec<char> = PARIS.chars().collect();
        let (s, e) = (ints(&quotes, "start")[row], ints(&quotes, "end")[row]);
        let slice: String = chars[s.unwrap() as usize..e.unwrap() as usize]
            .iter()
            .collect();
        assert_eq!(Some(slice), text[row]);
        let kinds = quotes.column_by_name("type").unwrap();
        let kinds = kinds.as_dictionary::<UInt8Type>();
        assert_eq!(kinds.values().len(), QuoteType::ALL.len());
        let numbers = build(Table::Numbers, &docs).unwrap();
        let values: Vec<_> = numbers
            .column_by_name("value")
            .unwrap()
            .as_primitive::<Float64Type>()
            .iter()
            .collect();
        assert_eq!(values, [Some(5.0), Some(3e9)]);
        assert_eq!(
            strings(&numbers, "unit"),
            [Some("%".to_string()), Some("EUR".to_string())]
        );
    }

    #[test]
    fn chunk_tables_build_each_requested_table_in_order() {
        let docs = analysed(&[PARIS, "One. Two."]);
        let mut chunk = ChunkTables::new(&[Table::Sentences, Table::Tokens], 64);
        docs.iter().for_each(|d| chunk.add(d));
        let batches = chunk.finish().unwrap();
        assert_eq!(batches.len(), 2);
        assert_eq!(batches[0].schema(), schema::arrow_schema(Table::Sentences));
        assert_eq!(
            strings(&batches[0], "text")
                .last()
                .cloned()
                .flatten()
                .as_deref(),
            Some("Two.")
        );
        assert_eq!(
            batches[1].num_rows(),
            docs.iter().map(|d| d.doc.tokens.len()).sum::<usize>()
        );
    }
}
