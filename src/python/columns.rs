//! Batch results as column buffers.
//!
//! Each table comes back as a dict `name -> (encoding, payload)`:
//!
//! | encoding | payload |
//! |---|---|
//! | `"i8"` | `bytes`, little-endian `int64` |
//! | `"opt_i8"` | `bytes`, little-endian `int64`, `-1` for missing |
//! | `"f8"` | `bytes`, little-endian `float64`, NaN for missing |
//! | `"bool"` | `bytes`, one byte per row |
//! | `"cat"` | `(bytes of uint8 codes, list of categories)` |
//! | `"str"` | `list` of `str` or `None` |
//!
//! Numbers cross as raw buffers so that the Python side wraps them with `numpy.frombuffer`
//! and never touches a row; only strings become Python objects, one per cell (and a token
//! whose norm equals its text shares the one `str`).

use pyo3::prelude::*;
use pyo3::types::{PyBytes, PyDict, PyList, PyString};

use super::Analysed;
use crate::numbers::NumberKind;
use crate::quotes::QuoteType;
use crate::span::Span;
use crate::tokenize::TokenKind;

/// Builds one table's columns in insertion order.
struct Table<'py> {
    py: Python<'py>,
    dict: Bound<'py, PyDict>,
}

impl<'py> Table<'py> {
    fn new(py: Python<'py>) -> Self {
        Table { py, dict: PyDict::new(py) }
    }

    fn ints(&self, name: &str, values: impl IntoIterator<Item = i64>) -> PyResult<()> {
        let bytes: Vec<u8> = values.into_iter().flat_map(i64::to_le_bytes).collect();
        self.dict.set_item(name, ("i8", PyBytes::new(self.py, &bytes)))
    }

    fn opt_ints(&self, name: &str, values: impl IntoIterator<Item = Option<usize>>) -> PyResult<()> {
        let bytes: Vec<u8> = values.into_iter().flat_map(|v| v.map_or(-1, |v| v as i64).to_le_bytes()).collect();
        self.dict.set_item(name, ("opt_i8", PyBytes::new(self.py, &bytes)))
    }

    fn floats(&self, name: &str, values: impl IntoIterator<Item = Option<f64>>) -> PyResult<()> {
        let bytes: Vec<u8> = values.into_iter().flat_map(|v| v.unwrap_or(f64::NAN).to_le_bytes()).collect();
        self.dict.set_item(name, ("f8", PyBytes::new(self.py, &bytes)))
    }

    fn bools(&self, name: &str, values: impl IntoIterator<Item = bool>) -> PyResult<()> {
        let bytes: Vec<u8> = values.into_iter().map(u8::from).collect();
        self.dict.set_item(name, ("bool", PyBytes::new(self.py, &bytes)))
    }

    fn categories(&self, name: &str, codes: Vec<u8>, categories: &[&str]) -> PyResult<()> {
        self.dict.set_item(name, ("cat", (PyBytes::new(self.py, &codes), categories.to_vec())))
    }

    fn strs(&self, name: &str, values: Vec<Bound<'py, PyAny>>) -> PyResult<()> {
        self.dict.set_item(name, ("str", PyList::new(self.py, values)?))
    }

    fn opt_strs<'a>(&self, name: &str, values: impl IntoIterator<Item = Option<&'a str>>) -> PyResult<()> {
        let objs: Vec<Bound<'py, PyAny>> = values
            .into_iter()
            .map(|v| match v {
                Some(s) => PyString::new(self.py, s).into_any(),
                None => self.py.None().into_bound(self.py),
            })
            .collect();
        self.strs(name, objs)
    }
}

fn position<T: PartialEq + Copy>(all: &[T], x: T) -> u8 {
    all.iter().position(|&k| k == x).unwrap_or(0) as u8
}

pub fn tokens<'py>(py: Python<'py>, docs: &[Analysed<'_>]) -> PyResult<Bound<'py, PyDict>> {
    let t = Table::new(py);
    let rows = || docs.iter().flat_map(|d| d.doc.tokens.iter().map(move |tok| (d, tok)));
    t.ints("doc", rows().map(|(d, _)| d.row as i64))?;
    t.ints("start", rows().map(|(d, tok)| d.offsets.char_offset(tok.span.start) as i64))?;
    t.ints("end", rows().map(|(d, tok)| d.offsets.char_offset(tok.span.end) as i64))?;
    let mut texts = Vec::new();
    let mut norms = Vec::new();
    for (d, tok) in rows() {
        let s = PyString::new(py, tok.span.text(d.doc.text)).into_any();
        norms.push(match &tok.norm {
            Some(n) => PyString::new(py, n).into_any(),
            None => s.clone(),
        });
        texts.push(s);
    }
    t.strs("text", texts)?;
    let kinds: Vec<&str> = TokenKind::ALL.iter().map(|k| k.as_str()).collect();
    t.categories("kind", rows().map(|(_, tok)| position(&TokenKind::ALL, tok.kind)).collect(), &kinds)?;
    t.strs("norm", norms)?;
    t.ints("sentence", rows().map(|(_, tok)| tok.sentence as i64))?;
    Ok(t.dict)
}

pub fn sentences<'py>(py: Python<'py>, docs: &[Analysed<'_>]) -> PyResult<Bound<'py, PyDict>> {
    let t = Table::new(py);
    let rows = || docs.iter().flat_map(|d| d.doc.sentences.iter().map(move |s| (d, s)));
    t.ints("doc", rows().map(|(d, _)| d.row as i64))?;
    t.ints("start", rows().map(|(d, s)| d.offsets.char_offset(s.span.start) as i64))?;
    t.ints("end", rows().map(|(d, s)| d.offsets.char_offset(s.span.end) as i64))?;
    t.opt_strs("text", rows().map(|(d, s)| Some(s.span.text(d.doc.text))))?;
    Ok(t.dict)
}

fn opt_text<'t>(text: &'t str, span: Option<Span>) -> Option<&'t str> {
    span.map(|s| s.text(text))
}

pub fn quotes<'py>(py: Python<'py>, docs: &[Analysed<'_>]) -> PyResult<Bound<'py, PyDict>> {
    let t = Table::new(py);
    let rows = || docs.iter().flat_map(|d| d.doc.quotes.iter().map(move |q| (d, q)));
    let off = |d: &Analysed<'_>, s: Option<Span>, end: bool| s.map(|s| d.offsets.char_offset(if end { s.end } else { s.start }));
    t.ints("doc", rows().map(|(d, _)| d.row as i64))?;
    t.ints("start", rows().map(|(d, q)| d.offsets.char_offset(q.span.start) as i64))?;
    t.ints("end", rows().map(|(d, q)| d.offsets.char_offset(q.span.end) as i64))?;
    t.opt_strs("text", rows().map(|(d, q)| Some(q.span.text(d.doc.text))))?;
    let types: Vec<&str> = QuoteType::ALL.iter().map(|k| k.as_str()).collect();
    t.categories("type", rows().map(|(_, q)| position(&QuoteType::ALL, q.kind)).collect(), &types)?;
    t.opt_strs("speaker", rows().map(|(_, q)| q.speaker.as_deref()))?;
    t.opt_strs("speaker_mention", rows().map(|(d, q)| opt_text(d.doc.text, q.speaker_mention)))?;
    t.opt_ints("speaker_start", rows().map(|(d, q)| off(d, q.speaker_mention, false)))?;
    t.opt_ints("speaker_end", rows().map(|(d, q)| off(d, q.speaker_mention, true)))?;
    t.opt_strs("cue", rows().map(|(d, q)| opt_text(d.doc.text, q.cue)))?;
    t.opt_ints("cue_start", rows().map(|(d, q)| off(d, q.cue, false)))?;
    t.opt_ints("cue_end", rows().map(|(d, q)| off(d, q.cue, true)))?;
    Ok(t.dict)
}

pub fn numbers<'py>(py: Python<'py>, docs: &[Analysed<'_>]) -> PyResult<Bound<'py, PyDict>> {
    let t = Table::new(py);
    let rows = || docs.iter().flat_map(|d| d.doc.numbers.iter().map(move |n| (d, n)));
    t.ints("doc", rows().map(|(d, _)| d.row as i64))?;
    t.ints("start", rows().map(|(d, n)| d.offsets.char_offset(n.span.start) as i64))?;
    t.ints("end", rows().map(|(d, n)| d.offsets.char_offset(n.span.end) as i64))?;
    t.opt_strs("text", rows().map(|(d, n)| Some(n.span.text(d.doc.text))))?;
    t.floats("value", rows().map(|(_, n)| n.value))?;
    let kinds: Vec<&str> = NumberKind::ALL.iter().map(|k| k.as_str()).collect();
    t.categories("kind", rows().map(|(_, n)| position(&NumberKind::ALL, n.kind)).collect(), &kinds)?;
    t.opt_strs("unit", rows().map(|(_, n)| n.unit.as_deref()))?;
    t.opt_strs("noun", rows().map(|(d, n)| opt_text(d.doc.text, n.noun)))?;
    t.opt_strs("verb", rows().map(|(d, n)| opt_text(d.doc.text, n.verb)))?;
    t.bools("approx", rows().map(|(_, n)| n.approx))?;
    t.opt_strs("qualifier", rows().map(|(d, n)| opt_text(d.doc.text, n.qualifier)))?;
    t.floats("low", rows().map(|(_, n)| n.low))?;
    t.floats("high", rows().map(|(_, n)| n.high))?;
    Ok(t.dict)
}
