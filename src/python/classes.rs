//! The frozen Python classes: `Document`, `Token`, `Sentence`, `Quote`, `Number`.
//!
//! Each is a plain value with code-point offsets into the document text. They compare by
//! value, print as their constructor call, and pickle through that constructor, which checks
//! what it is given (unpickling a tampered state raises `ValueError`). A `Document`'s items
//! are tuples: nothing can change what it holds.

use pyo3::exceptions::PyValueError;
use pyo3::prelude::*;
use pyo3::sync::PyOnceLock;
use pyo3::types::{PyTuple, PyType};

use super::guard;

use crate::document::Document;
use crate::offsets::CharOffsets;
use crate::span::Span;

/// Python's `repr` of a `str`: single quotes unless the text holds one and no double quote.
fn repr_str(s: &str) -> String {
    let quote = if s.contains('\'') && !s.contains('"') {
        '"'
    } else {
        '\''
    };
    let mut out = String::with_capacity(s.len() + 2);
    out.push(quote);
    for c in s.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if c == quote => {
                out.push('\\');
                out.push(c);
            }
            c if c.is_control() => out.push_str(&format!("\\x{:02x}", c as u32)),
            c => out.push(c),
        }
    }
    out.push(quote);
    out
}

/// Python's `repr` of an optional string.
fn repr_opt(s: &Option<String>) -> String {
    s.as_deref().map_or_else(|| "None".into(), repr_str)
}

/// Python's `repr` of an optional int.
fn repr_int(n: Option<usize>) -> String {
    n.map_or_else(|| "None".into(), |n| n.to_string())
}

/// Python's `repr` of an optional float, in a form `eval` reads back exactly.
fn repr_float(v: Option<f64>) -> String {
    match v {
        None => "None".into(),
        Some(v) if v.is_nan() => "float('nan')".into(),
        Some(v) if v.is_infinite() => format!("float('{}inf')", if v < 0.0 { "-" } else { "" }),
        Some(v) => format!("{v:?}"),
    }
}

fn span_text(text: &str, span: Option<Span>) -> Option<String> {
    span.map(|s| s.text(text).to_string())
}

fn char_span(offsets: &CharOffsets, span: Option<Span>) -> (Option<usize>, Option<usize>) {
    match span {
        Some(s) => (
            Some(offsets.char_offset(s.start())),
            Some(offsets.char_offset(s.end())),
        ),
        None => (None, None),
    }
}

/// `ValueError` unless `start..end` is a range as long as `text` (which is what the item's
/// document text holds there).
fn check_span(class: &str, text: &str, start: usize, end: usize) -> PyResult<()> {
    if start <= end && end - start == text.chars().count() {
        return Ok(());
    }
    Err(PyValueError::new_err(format!(
        "{class}: start={start}, end={end} do not span its text {} ({} characters)",
        repr_str(text),
        text.chars().count()
    )))
}

/// `check_span` for an optional span: its text and both offsets are all given or all `None`.
fn check_optional_span(
    class: &str,
    text: &Option<String>,
    start: Option<usize>,
    end: Option<usize>,
) -> PyResult<()> {
    match (text, start, end) {
        (Some(t), Some(s), Some(e)) => check_span(class, t, s, e),
        (None, None, None) => Ok(()),
        _ => Err(PyValueError::new_err(format!(
            "{class}: a span's text, start and end must all be given or all be None"
        ))),
    }
}

/// A token: `text[start:end]`, its kind, its normalized form and its sentence index.
#[pyclass(name = "Token", module = "presswork", frozen, eq, hash, from_py_object)]
#[derive(Clone, PartialEq, Eq, Hash)]
pub struct PyToken {
    #[pyo3(get)]
    text: String,
    #[pyo3(get)]
    start: usize,
    #[pyo3(get)]
    end: usize,
    #[pyo3(get)]
    kind: String,
    #[pyo3(get)]
    norm: String,
    #[pyo3(get)]
    sentence: usize,
}

#[pymethods]
impl PyToken {
    #[new]
    fn new(
        text: String,
        start: usize,
        end: usize,
        kind: String,
        norm: String,
        sentence: usize,
    ) -> PyResult<Self> {
        guard(|| {
            check_span("Token", &text, start, end)?;
            Ok(PyToken {
                text,
                start,
                end,
                kind,
                norm,
                sentence,
            })
        })
    }

    fn __repr__(&self) -> PyResult<String> {
        guard(|| {
            Ok(format!(
                "Token(text={}, start={}, end={}, kind={}, norm={}, sentence={})",
                repr_str(&self.text),
                self.start,
                self.end,
                repr_str(&self.kind),
                repr_str(&self.norm),
                self.sentence
            ))
        })
    }

    fn __reduce__<'py>(
        slf: &Bound<'py, Self>,
    ) -> PyResult<(Bound<'py, PyType>, Bound<'py, PyTuple>)> {
        guard(|| {
            let t = slf.get();
            let args = (
                t.text.clone(),
                t.start,
                t.end,
                t.kind.clone(),
                t.norm.clone(),
                t.sentence,
            )
                .into_pyobject(slf.py())?;
            Ok((slf.get_type(), args))
        })
    }
}

/// A sentence: `text[start:end]`.
#[pyclass(
    name = "Sentence",
    module = "presswork",
    frozen,
    eq,
    hash,
    from_py_object
)]
#[derive(Clone, PartialEq, Eq, Hash)]
pub struct PySentence {
    #[pyo3(get)]
    text: String,
    #[pyo3(get)]
    start: usize,
    #[pyo3(get)]
    end: usize,
}

#[pymethods]
impl PySentence {
    #[new]
    fn new(text: String, start: usize, end: usize) -> PyResult<Self> {
        guard(|| {
            check_span("Sentence", &text, start, end)?;
            Ok(PySentence { text, start, end })
        })
    }

    fn __repr__(&self) -> PyResult<String> {
        guard(|| {
            Ok(format!(
                "Sentence(text={}, start={}, end={})",
                repr_str(&self.text),
                self.start,
                self.end
            ))
        })
    }

    fn __reduce__<'py>(
        slf: &Bound<'py, Self>,
    ) -> PyResult<(Bound<'py, PyType>, Bound<'py, PyTuple>)> {
        guard(|| {
            let s = slf.get();
            let args = (s.text.clone(), s.start, s.end).into_pyobject(slf.py())?;
            Ok((slf.get_type(), args))
        })
    }
}

/// A quotation: its content `text[start:end]` (marks excluded), type, speaker and cue.
#[pyclass(name = "Quote", module = "presswork", frozen, eq, hash, from_py_object)]
#[derive(Clone, PartialEq, Eq, Hash)]
pub struct PyQuote {
    #[pyo3(get)]
    text: String,
    #[pyo3(get)]
    start: usize,
    #[pyo3(get)]
    end: usize,
    #[pyo3(get, name = "type")]
    kind: String,
    #[pyo3(get)]
    speaker: Option<String>,
    #[pyo3(get)]
    speaker_mention: Option<String>,
    #[pyo3(get)]
    speaker_start: Option<usize>,
    #[pyo3(get)]
    speaker_end: Option<usize>,
    #[pyo3(get)]
    cue: Option<String>,
    #[pyo3(get)]
    cue_start: Option<usize>,
    #[pyo3(get)]
    cue_end: Option<usize>,
    #[pyo3(get)]
    speaker_type: Option<String>,
    #[pyo3(get)]
    cue_kind: Option<String>,
}

#[pymethods]
impl PyQuote {
    #[new]
    #[pyo3(signature = (text, start, end, r#type, speaker=None, speaker_mention=None, speaker_start=None, speaker_end=None, cue=None, cue_start=None, cue_end=None, speaker_type=None, cue_kind=None))]
    #[allow(clippy::too_many_arguments)]
    fn new(
        text: String,
        start: usize,
        end: usize,
        r#type: String,
        speaker: Option<String>,
        speaker_mention: Option<String>,
        speaker_start: Option<usize>,
        speaker_end: Option<usize>,
        cue: Option<String>,
        cue_start: Option<usize>,
        cue_end: Option<usize>,
        speaker_type: Option<String>,
        cue_kind: Option<String>,
    ) -> PyResult<Self> {
        guard(|| {
            check_span("Quote", &text, start, end)?;
            check_optional_span("Quote", &speaker_mention, speaker_start, speaker_end)?;
            check_optional_span("Quote", &cue, cue_start, cue_end)?;
            Ok(PyQuote {
                text,
                start,
                end,
                kind: r#type,
                speaker,
                speaker_mention,
                speaker_start,
                speaker_end,
                cue,
                cue_start,
                cue_end,
                speaker_type,
                cue_kind,
            })
        })
    }

    fn __repr__(&self) -> PyResult<String> {
        guard(|| {
            Ok(format!(
                "Quote(text={}, start={}, end={}, type={}, speaker={}, speaker_mention={}, \
                 speaker_start={}, speaker_end={}, cue={}, cue_start={}, cue_end={}, \
                 speaker_type={}, cue_kind={})",
                repr_str(&self.text),
                self.start,
                self.end,
                repr_str(&self.kind),
                repr_opt(&self.speaker),
                repr_opt(&self.speaker_mention),
                repr_int(self.speaker_start),
                repr_int(self.speaker_end),
                repr_opt(&self.cue),
                repr_int(self.cue_start),
                repr_int(self.cue_end),
                repr_opt(&self.speaker_type),
                repr_opt(&self.cue_kind)
            ))
        })
    }

    fn __reduce__<'py>(
        slf: &Bound<'py, Self>,
    ) -> PyResult<(Bound<'py, PyType>, Bound<'py, PyTuple>)> {
        guard(|| Self::reduce(slf))
    }
}

impl PyQuote {
    fn reduce<'py>(slf: &Bound<'py, Self>) -> PyResult<(Bound<'py, PyType>, Bound<'py, PyTuple>)> {
        let q = slf.get().clone();
        // Thirteen fields: one more than the tuples pyo3 converts in one piece.
        let head = (
            q.text,
            q.start,
            q.end,
            q.kind,
            q.speaker,
            q.speaker_mention,
            q.speaker_start,
            q.speaker_end,
            q.cue,
            q.cue_start,
            q.cue_end,
        )
            .into_pyobject(slf.py())?;
        let tail = (q.speaker_type, q.cue_kind).into_pyobject(slf.py())?;
        let fields: Vec<_> = head.iter().chain(tail.iter()).collect();
        let args = PyTuple::new(slf.py(), fields)?;
        Ok((slf.get_type(), args))
    }
}

/// A numeric expression: `text[start:end]`, its value, kind, unit and context.
#[pyclass(name = "Number", module = "presswork", frozen, eq, from_py_object)]
#[derive(Clone, PartialEq)]
pub struct PyNumber {
    #[pyo3(get)]
    text: String,
    #[pyo3(get)]
    start: usize,
    #[pyo3(get)]
    end: usize,
    #[pyo3(get)]
    value: Option<f64>,
    #[pyo3(get)]
    kind: String,
    #[pyo3(get)]
    unit: Option<String>,
    #[pyo3(get)]
    noun: Option<String>,
    #[pyo3(get)]
    verb: Option<String>,
    #[pyo3(get)]
    approx: bool,
    #[pyo3(get)]
    qualifier: Option<String>,
    #[pyo3(get)]
    low: Option<f64>,
    #[pyo3(get)]
    high: Option<f64>,
    #[pyo3(get)]
    date: Option<String>,
}

#[pymethods]
impl PyNumber {
    #[new]
    #[pyo3(signature = (text, start, end, value, kind, unit=None, noun=None, verb=None, approx=false, qualifier=None, low=None, high=None, date=None))]
    #[allow(clippy::too_many_arguments)]
    fn new(
        text: String,
        start: usize,
        end: usize,
        value: Option<f64>,
        kind: String,
        unit: Option<String>,
        noun: Option<String>,
        verb: Option<String>,
        approx: bool,
        qualifier: Option<String>,
        low: Option<f64>,
        high: Option<f64>,
        date: Option<String>,
    ) -> PyResult<Self> {
        guard(|| {
            check_span("Number", &text, start, end)?;
            Ok(PyNumber {
                text,
                start,
                end,
                value,
                kind,
                unit,
                noun,
                verb,
                approx,
                qualifier,
                low,
                high,
                date,
            })
        })
    }

    fn __repr__(&self) -> PyResult<String> {
        guard(|| {
            Ok(format!(
                "Number(text={}, start={}, end={}, value={}, kind={}, unit={}, noun={}, verb={}, \
                 approx={}, qualifier={}, low={}, high={}, date={})",
                repr_str(&self.text),
                self.start,
                self.end,
                repr_float(self.value),
                repr_str(&self.kind),
                repr_opt(&self.unit),
                repr_opt(&self.noun),
                repr_opt(&self.verb),
                if self.approx { "True" } else { "False" },
                repr_opt(&self.qualifier),
                repr_float(self.low),
                repr_float(self.high),
                repr_opt(&self.date)
            ))
        })
    }

    fn __reduce__<'py>(
        slf: &Bound<'py, Self>,
    ) -> PyResult<(Bound<'py, PyType>, Bound<'py, PyTuple>)> {
        guard(|| Self::reduce(slf))
    }
}

impl PyNumber {
    fn reduce<'py>(slf: &Bound<'py, Self>) -> PyResult<(Bound<'py, PyType>, Bound<'py, PyTuple>)> {
        let n = slf.get().clone();
        // Thirteen fields: one more than the tuples pyo3 converts in one piece.
        let head = (
            n.text,
            n.start,
            n.end,
            n.value,
            n.kind,
            n.unit,
            n.noun,
            n.verb,
            n.approx,
            n.qualifier,
            n.low,
            n.high,
        )
            .into_pyobject(slf.py())?;
        let tail = (n.date,).into_pyobject(slf.py())?;
        let fields: Vec<_> = head.iter().chain(tail.iter()).collect();
        let args = PyTuple::new(slf.py(), fields)?;
        Ok((slf.get_type(), args))
    }
}

/// One analysed text: `.text`, `.tokens`, `.sentences`, `.quotes`, `.numbers`.
///
/// The item tuples are built on first access and then shared: `doc.tokens[i]` in a loop costs
/// one tuple, not a new tuple of new objects per access.
#[pyclass(name = "Document", module = "presswork", frozen, eq)]
pub struct PyDocument {
    #[pyo3(get)]
    text: String,
    tokens: Vec<PyToken>,
    sentences: Vec<PySentence>,
    quotes: Vec<PyQuote>,
    numbers: Vec<PyNumber>,
    tuples: [PyOnceLock<Py<PyTuple>>; 4],
}

impl PartialEq for PyDocument {
    fn eq(&self, other: &Self) -> bool {
        self.text == other.text
            && self.tokens == other.tokens
            && self.sentences == other.sentences
            && self.quotes == other.quotes
            && self.numbers == other.numbers
    }
}

/// The cached Python tuple for `items`, built on first use.
fn cached_tuple<'py, T>(
    py: Python<'py>,
    cell: &PyOnceLock<Py<PyTuple>>,
    items: &[T],
) -> PyResult<Bound<'py, PyTuple>>
where
    T: Clone + for<'a> IntoPyObject<'a>,
{
    let tuple = cell.get_or_try_init(py, || {
        PyTuple::new(py, items.iter().cloned()).map(Bound::unbind)
    })?;
    Ok(tuple.bind(py).clone())
}

/// The byte offset of every code-point offset of `text` (one past the end included).
fn char_boundaries(text: &str) -> PyResult<Vec<usize>> {
    let mut bounds = Vec::new();
    bounds.try_reserve_exact(text.len() + 1).map_err(|_| {
        pyo3::exceptions::PyMemoryError::new_err("out of memory checking a Document")
    })?;
    bounds.extend(text.char_indices().map(|(b, _)| b));
    bounds.push(text.len());
    Ok(bounds)
}

/// Whether `text[start:end]` (code points) is `item`.
fn spans(text: &str, bounds: &[usize], start: usize, end: usize, item: &str) -> bool {
    match (bounds.get(start), bounds.get(end)) {
        (Some(&s), Some(&e)) if s <= e => &text[s..e] == item,
        _ => false,
    }
}

/// Checks a `Document`'s state against its text, as the constructor (and so unpickling)
/// receives it: every item must be `text[start:end]`, and every token's sentence must exist.
fn check_document(
    text: &str,
    tokens: &[PyToken],
    sentences: &[PySentence],
    quotes: &[PyQuote],
    numbers: &[PyNumber],
) -> PyResult<()> {
    let bounds = char_boundaries(text)?;
    let bad = |what: &str, i: usize, start: usize, end: usize| {
        Err(PyValueError::new_err(format!(
            "Document: {what} {i} (start={start}, end={end}) is not its text's span {start}..{end}"
        )))
    };
    for (i, t) in tokens.iter().enumerate() {
        if !spans(text, &bounds, t.start, t.end, &t.text) {
            return bad("token", i, t.start, t.end);
        }
        if t.sentence >= sentences.len() {
            return Err(PyValueError::new_err(format!(
                "Document: token {i} names sentence {}, of {}",
                t.sentence,
                sentences.len()
            )));
        }
    }
    for (i, s) in sentences.iter().enumerate() {
        if !spans(text, &bounds, s.start, s.end, &s.text) {
            return bad("sentence", i, s.start, s.end);
        }
    }
    for (i, q) in quotes.iter().enumerate() {
        let optional = |t: &Option<String>, s: Option<usize>, e: Option<usize>| match (t, s, e) {
            (Some(t), Some(s), Some(e)) => spans(text, &bounds, s, e, t),
            _ => true,
        };
        if !(spans(text, &bounds, q.start, q.end, &q.text)
            && optional(&q.speaker_mention, q.speaker_start, q.speaker_end)
            && optional(&q.cue, q.cue_start, q.cue_end))
        {
            return bad("quote", i, q.start, q.end);
        }
    }
    for (i, n) in numbers.iter().enumerate() {
        if !spans(text, &bounds, n.start, n.end, &n.text) {
            return bad("number", i, n.start, n.end);
        }
    }
    Ok(())
}

impl PyDocument {
    pub fn from_core(doc: &Document<'_>, offsets: &CharOffsets) -> Self {
        let text = doc.text;
        let c = |b: usize| offsets.char_offset(b);
        let mut cursor = offsets.cursor();
        let tokens = doc
            .tokens
            .iter()
            .map(|t| PyToken {
                text: t.span.text(text).to_string(),
                start: cursor.char_offset(t.span.start()),
                end: cursor.char_offset(t.span.end()),
                kind: t.kind.as_str().to_string(),
                norm: t.norm(text).to_string(),
                sentence: t.sentence as usize,
            })
            .collect();
        let sentences = doc
            .sentences
            .iter()
            .map(|s| PySentence {
                text: s.span.text(text).to_string(),
                start: c(s.span.start()),
                end: c(s.span.end()),
            })
            .collect();
        let quotes = doc
            .quotes
            .iter()
            .map(|q| {
                let (speaker_start, speaker_end) = char_span(offsets, q.speaker_mention);
                let (cue_start, cue_end) = char_span(offsets, q.cue);
                PyQuote {
                    text: q.span.text(text).to_string(),
                    start: c(q.span.start()),
                    end: c(q.span.end()),
                    kind: q.kind.as_str().to_string(),
                    speaker: q.speaker.clone(),
                    speaker_mention: span_text(text, q.speaker_mention),
                    speaker_start,
                    speaker_end,
                    cue: span_text(text, q.cue),
                    cue_start,
                    cue_end,
                    speaker_type: q.speaker_type.map(|t| t.as_str().to_string()),
                    cue_kind: q.cue_kind.map(|k| k.as_str().to_string()),
                }
            })
            .collect();
        let numbers = doc
            .numbers
            .iter()
            .map(|n| PyNumber {
                text: n.span.text(text).to_string(),
                start: c(n.span.start()),
                end: c(n.span.end()),
                value: n.value,
                kind: n.kind.as_str().to_string(),
                unit: n.unit.clone(),
                noun: n.noun_lemma.clone(),
                verb: span_text(text, n.verb),
                approx: n.approx,
                qualifier: span_text(text, n.qualifier),
                low: n.low,
                high: n.high,
                date: n.date.clone(),
            })
            .collect();
        PyDocument::build(text.to_string(), tokens, sentences, quotes, numbers)
    }

    fn build(
        text: String,
        tokens: Vec<PyToken>,
        sentences: Vec<PySentence>,
        quotes: Vec<PyQuote>,
        numbers: Vec<PyNumber>,
    ) -> Self {
        PyDocument {
            text,
            tokens,
            sentences,
            quotes,
            numbers,
            tuples: std::array::from_fn(|_| PyOnceLock::new()),
        }
    }
}

#[pymethods]
impl PyDocument {
    /// Checks that every item is the span of `text` it claims (`ValueError` otherwise), so
    /// that a tampered pickle cannot make a Document whose offsets lie.
    #[new]
    fn new(
        text: String,
        tokens: Vec<PyToken>,
        sentences: Vec<PySentence>,
        quotes: Vec<PyQuote>,
        numbers: Vec<PyNumber>,
    ) -> PyResult<Self> {
        guard(|| {
            check_document(&text, &tokens, &sentences, &quotes, &numbers)?;
            Ok(PyDocument::build(text, tokens, sentences, quotes, numbers))
        })
    }

    /// The tokens, in text order.
    #[getter]
    fn tokens<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyTuple>> {
        guard(|| cached_tuple(py, &self.tuples[0], &self.tokens))
    }

    /// The sentences, in text order.
    #[getter]
    fn sentences<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyTuple>> {
        guard(|| cached_tuple(py, &self.tuples[1], &self.sentences))
    }

    /// The quotations, in text order.
    #[getter]
    fn quotes<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyTuple>> {
        guard(|| cached_tuple(py, &self.tuples[2], &self.quotes))
    }

    /// The numeric expressions, in text order.
    #[getter]
    fn numbers<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyTuple>> {
        guard(|| cached_tuple(py, &self.tuples[3], &self.numbers))
    }

    /// The constructor call, in full, so that `eval(repr(doc)) == doc` (notebooks show
    /// `_repr_html_` instead).
    fn __repr__(&self) -> PyResult<String> {
        fn list<T>(items: &[T], repr: impl Fn(&T) -> PyResult<String>) -> PyResult<String> {
            let parts = items.iter().map(repr).collect::<PyResult<Vec<String>>>()?;
            Ok(format!("[{}]", parts.join(", ")))
        }
        guard(|| {
            Ok(format!(
                "Document(text={}, tokens={}, sentences={}, quotes={}, numbers={})",
                repr_str(&self.text),
                list(&self.tokens, PyToken::__repr__)?,
                list(&self.sentences, PySentence::__repr__)?,
                list(&self.quotes, PyQuote::__repr__)?,
                list(&self.numbers, PyNumber::__repr__)?
            ))
        })
    }

    fn __len__(&self) -> PyResult<usize> {
        guard(|| Ok(self.tokens.len()))
    }

    fn __reduce__<'py>(
        slf: &Bound<'py, Self>,
    ) -> PyResult<(Bound<'py, PyType>, Bound<'py, PyTuple>)> {
        guard(|| {
            let d = slf.get();
            let args = (
                d.text.clone(),
                d.tokens.clone(),
                d.sentences.clone(),
                d.quotes.clone(),
                d.numbers.clone(),
            )
                .into_pyobject(slf.py())?;
            Ok((slf.get_type(), args))
        })
    }
}
