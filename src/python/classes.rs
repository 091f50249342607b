//! The frozen Python classes: `Document`, `Token`, `Sentence`, `Quote`, `Number`.
//!
//! Each is a plain value with code-point offsets into the document text. They compare by
//! value, print as their constructor call, and pickle through that constructor.

use pyo3::prelude::*;
use pyo3::sync::PyOnceLock;
use pyo3::types::{PyList, PyTuple, PyType};

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
    ) -> Self {
        PyToken {
            text,
            start,
            end,
            kind,
            norm,
            sentence,
        }
    }

    fn __repr__(&self) -> String {
        format!(
            "Token(text={}, start={}, end={}, kind={}, norm={}, sentence={})",
            repr_str(&self.text),
            self.start,
            self.end,
            repr_str(&self.kind),
            repr_str(&self.norm),
            self.sentence
        )
    }

    fn __reduce__<'py>(
        slf: &Bound<'py, Self>,
    ) -> PyResult<(Bound<'py, PyType>, Bound<'py, PyTuple>)> {
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
    fn new(text: String, start: usize, end: usize) -> Self {
        PySentence { text, start, end }
    }

    fn __repr__(&self) -> String {
        format!(
            "Sentence(text={}, start={}, end={})",
            repr_str(&self.text),
            self.start,
            self.end
        )
    }

    fn __reduce__<'py>(
        slf: &Bound<'py, Self>,
    ) -> PyResult<(Bound<'py, PyType>, Bound<'py, PyTuple>)> {
        let s = slf.get();
        let args = (s.text.clone(), s.start, s.end).into_pyobject(slf.py())?;
        Ok((slf.get_type(), args))
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
}

#[pymethods]
impl PyQuote {
    #[new]
    #[pyo3(signature = (text, start, end, r#type, speaker=None, speaker_mention=None, speaker_start=None, speaker_end=None, cue=None, cue_start=None, cue_end=None))]
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
    ) -> Self {
        PyQuote {
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
        }
    }

    fn __repr__(&self) -> String {
        format!(
            "Quote(text={}, start={}, end={}, type={}, speaker={}, speaker_mention={}, cue={})",
            repr_str(&self.text),
            self.start,
            self.end,
            repr_str(&self.kind),
            repr_opt(&self.speaker),
            repr_opt(&self.speaker_mention),
            repr_opt(&self.cue)
        )
    }

    fn __reduce__<'py>(
        slf: &Bound<'py, Self>,
    ) -> PyResult<(Bound<'py, PyType>, Bound<'py, PyTuple>)> {
        let q = slf.get().clone();
        let args = (
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
    ) -> Self {
        PyNumber {
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
        }
    }

    fn __repr__(&self) -> String {
        let value = self.value.map_or("None".to_string(), |v| format!("{v:?}"));
        format!(
            "Number(text={}, start={}, end={}, value={}, kind={}, unit={}, noun={})",
            repr_str(&self.text),
            self.start,
            self.end,
            value,
            repr_str(&self.kind),
            repr_opt(&self.unit),
            repr_opt(&self.noun)
        )
    }

    fn __reduce__<'py>(
        slf: &Bound<'py, Self>,
    ) -> PyResult<(Bound<'py, PyType>, Bound<'py, PyTuple>)> {
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
/// The item lists are built on first access and then shared: `doc.tokens[i]` in a loop costs
/// one list, not a new list of new objects per access.
#[pyclass(name = "Document", module = "presswork", frozen, eq)]
pub struct PyDocument {
    #[pyo3(get)]
    text: String,
    tokens: Vec<PyToken>,
    sentences: Vec<PySentence>,
    quotes: Vec<PyQuote>,
    numbers: Vec<PyNumber>,
    lists: [PyOnceLock<Py<PyList>>; 4],
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

/// The cached Python list for `items`, built on first use.
fn cached_list<'py, T>(
    py: Python<'py>,
    cell: &PyOnceLock<Py<PyList>>,
    items: &[T],
) -> PyResult<Bound<'py, PyList>>
where
    T: Clone + for<'a> IntoPyObject<'a>,
{
    let list = cell.get_or_try_init(py, || {
        PyList::new(py, items.iter().cloned()).map(Bound::unbind)
    })?;
    Ok(list.bind(py).clone())
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
            lists: std::array::from_fn(|_| PyOnceLock::new()),
        }
    }
}

#[pymethods]
impl PyDocument {
    #[new]
    fn new(
        text: String,
        tokens: Vec<PyToken>,
        sentences: Vec<PySentence>,
        quotes: Vec<PyQuote>,
        numbers: Vec<PyNumber>,
    ) -> Self {
        PyDocument::build(text, tokens, sentences, quotes, numbers)
    }

    /// The tokens, in text order.
    #[getter]
    fn tokens<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyList>> {
        cached_list(py, &self.lists[0], &self.tokens)
    }

    /// The sentences, in text order.
    #[getter]
    fn sentences<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyList>> {
        cached_list(py, &self.lists[1], &self.sentences)
    }

    /// The quotations, in text order.
    #[getter]
    fn quotes<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyList>> {
        cached_list(py, &self.lists[2], &self.quotes)
    }

    /// The numeric expressions, in text order.
    #[getter]
    fn numbers<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyList>> {
        cached_list(py, &self.lists[3], &self.numbers)
    }

    fn __repr__(&self) -> String {
        let preview: String = self.text.chars().take(40).collect();
        let more = if self.text.chars().nth(40).is_some() {
            "…"
        } else {
            ""
        };
        format!(
            "Document(text={}, tokens={}, sentences={}, quotes={}, numbers={})",
            repr_str(&format!("{preview}{more}")),
            self.tokens.len(),
            self.sentences.len(),
            self.quotes.len(),
            self.numbers.len()
        )
    }

    fn __len__(&self) -> usize {
        self.tokens.len()
    }

    fn __reduce__<'py>(
        slf: &Bound<'py, Self>,
    ) -> PyResult<(Bound<'py, PyType>, Bound<'py, PyTuple>)> {
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
    }
}
