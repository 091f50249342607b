//! `_native.match_quotes`, `summarise_quotes`, `quote_keys`, `match_speakers`,
//! `match_numbers`, `number_anchors`: the across-articles functions of [`crate::across`], converted. Each
//! takes plain columns (lists), releases the GIL for the work, and returns lists; the Python
//! layer (`python/presswork/_across.py`) builds the DataFrames.

use pyo3::prelude::*;

use rayon::prelude::*;

use super::guard;
use crate::across::{self, sign, summarise, FactRow, NumberIn, SpeakerIn};
use crate::pool;

fn borrowed(texts: &[Option<String>]) -> Vec<Option<&str>> {
    texts.iter().map(|t| t.as_deref()).collect()
}

/// Row columns `(cluster, cut_start, cut_end)` (`-1` when missing) and cluster columns
/// `(id, canonical_row)`.
type QuoteColumns = (Vec<i64>, Vec<i64>, Vec<i64>, Vec<String>, Vec<usize>);

#[pyfunction]
pub fn match_quotes(
    py: Python<'_>,
    texts: Vec<Option<String>>,
    speakers: Vec<Option<String>>,
) -> PyResult<QuoteColumns> {
    guard(|| {
        if speakers.len() != texts.len() {
            return Err(pyo3::exceptions::PyValueError::new_err(
                "match_quotes: the columns differ in length",
            ));
        }
        let threads = super::resolve_threads(None);
        py.detach(|| {
            let m = pool::thread_pool(threads)?
                .install(|| across::match_quotes(&borrowed(&texts), &borrowed(&speakers)));
            let cluster = m
                .rows
                .iter()
                .map(|r| r.cluster.map_or(-1, i64::from))
                .collect();
            let cut_start = m
                .rows
                .iter()
                .map(|r| r.cut.map_or(-1, |c| i64::from(c.0)))
                .collect();
            let cut_end = m
                .rows
                .iter()
                .map(|r| r.cut.map_or(-1, |c| i64::from(c.1)))
                .collect();
            let ids = m.clusters.iter().map(|c| sign::id('q', c.id)).collect();
            let shown = m.clusters.iter().map(|c| c.canonical_row).collect();
            Ok((cluster, cut_start, cut_end, ids, shown))
        })
    })
}

/// Each row's key (the hash of its key words, as a signed 64-bit integer), or `None`.
#[pyfunction]
pub fn quote_keys(
    py: Python<'_>,
    texts: Vec<Option<String>>,
    speakers: Vec<Option<String>>,
) -> PyResult<Vec<Option<i64>>> {
    guard(|| {
        if speakers.len() != texts.len() {
            return Err(pyo3::exceptions::PyValueError::new_err(
                "quote_keys: the columns differ in length",
            ));
        }
        Ok(py.detach(|| {
            texts
                .iter()
                .zip(&speakers)
                .map(|(t, s)| across::quote_key(t.as_deref()?, s.as_deref()).map(|k| k as i64))
                .collect()
        }))
    })
}

/// Per cluster `(rows, docs, first_doc, last_doc, speaker, shown_row)`.
type SummaryColumns = (
    Vec<u32>,
    Vec<u32>,
    Vec<i64>,
    Vec<i64>,
    Vec<Option<String>>,
    Vec<i64>,
);

#[pyfunction]
pub fn summarise_quotes(
    py: Python<'_>,
    clusters: usize,
    cluster: Vec<i64>,
    docs: Vec<i64>,
    speakers: Vec<Option<String>>,
    texts: Vec<Option<String>>,
    whole: Vec<bool>,
) -> PyResult<SummaryColumns> {
    guard(|| {
        let n = cluster.len();
        if [docs.len(), speakers.len(), texts.len(), whole.len()] != [n; 4] {
            return Err(pyo3::exceptions::PyValueError::new_err(
                "summarise_quotes: the columns differ in length",
            ));
        }
        if cluster.iter().any(|&c| c >= clusters as i64) {
            return Err(pyo3::exceptions::PyValueError::new_err(
                "summarise_quotes: a cluster code is out of range",
            ));
        }
        Ok(py.detach(|| {
            let members: Vec<summarise::Member> = (0..n)
                .map(|i| summarise::Member {
                    cluster: u32::try_from(cluster[i]).ok(),
                    doc: docs[i],
                    speaker: speakers[i].as_deref(),
                    text: texts[i].as_deref(),
                    whole: whole[i],
                })
                .collect();
            let out = summarise::clusters(clusters, &members);
            (
                out.iter().map(|s| s.rows).collect(),
                out.iter().map(|s| s.docs).collect(),
                out.iter().map(|s| s.first_doc).collect(),
                out.iter().map(|s| s.last_doc).collect(),
                out.iter().map(|s| s.speaker.clone()).collect(),
                out.iter()
                    .map(|s| s.shown.map_or(-1, |r| r as i64))
                    .collect(),
            )
        }))
    })
}

/// Per row `(speaker_id, speaker_name)`.
type SpeakerColumns = (Vec<Option<String>>, Vec<Option<String>>);

#[pyfunction]
#[pyo3(signature = (names, kinds, counts=None))]
pub fn match_speakers(
    py: Python<'_>,
    names: Vec<Option<String>>,
    kinds: Vec<Option<String>>,
    counts: Option<Vec<u64>>,
) -> PyResult<SpeakerColumns> {
    guard(|| {
        if kinds.len() != names.len() || counts.as_ref().is_some_and(|c| c.len() != names.len()) {
            return Err(pyo3::exceptions::PyValueError::new_err(
                "match_speakers: the columns differ in length",
            ));
        }
        Ok(py.detach(|| {
            let rows: Vec<SpeakerIn> = (0..names.len())
                .map(|i| SpeakerIn {
                    name: names[i].as_deref(),
                    kind: kinds[i].as_deref(),
                    count: counts.as_ref().map_or(1, |c| c[i]),
                })
                .collect();
            across::match_speakers(&rows)
                .into_iter()
                .map(|r| (r.id.map(|h| sign::id('s', h)), r.name))
                .unzip()
        }))
    })
}

/// The text columns of a numbers table: kind, unit, noun, verb.
type NumberTexts = (
    Vec<String>,
    Vec<Option<String>>,
    Vec<Option<String>>,
    Vec<Option<String>>,
);
/// The value columns: value, low, high, approx, day (days since 1970-01-01).
type NumberValues = (
    Vec<Option<f64>>,
    Vec<Option<f64>>,
    Vec<Option<f64>>,
    Vec<bool>,
    Vec<Option<i64>>,
);

/// Byte offsets of `str` indices into `text` (clamped to its length).
fn byte_offsets(text: &str, chars: &[(i64, i64)]) -> Vec<(usize, usize)> {
    let ascii = text.is_ascii();
    let starts: Vec<usize> = if ascii {
        Vec::new()
    } else {
        text.char_indices().map(|(b, _)| b).collect()
    };
    let byte = |c: i64| {
        let c = usize::try_from(c).unwrap_or(0);
        if ascii {
            c.min(text.len())
        } else {
            starts.get(c).copied().unwrap_or(text.len())
        }
    };
    chars.iter().map(|&(s, e)| (byte(s), byte(e))).collect()
}

/// Each figure's anchor (`across::anchor`): `docs` indexes `texts` (`-1`: no text), `starts`
/// and `ends` are `str` indices into it.
#[pyfunction]
pub fn number_anchors(
    py: Python<'_>,
    texts: Vec<Option<String>>,
    docs: Vec<i64>,
    starts: Vec<i64>,
    ends: Vec<i64>,
) -> PyResult<Vec<Option<String>>> {
    guard(|| {
        if [starts.len(), ends.len()] != [docs.len(); 2] {
            return Err(pyo3::exceptions::PyValueError::new_err(
                "number_anchors: the columns differ in length",
            ));
        }
        let threads = super::resolve_threads(None);
        py.detach(|| {
            let mut rows_of: Vec<Vec<usize>> = vec![Vec::new(); texts.len()];
            for (row, &doc) in docs.iter().enumerate() {
                if let Some(rows) = usize::try_from(doc).ok().and_then(|d| rows_of.get_mut(d)) {
                    rows.push(row);
                }
            }
            // Each document's anchors on their own, in parallel on the batch pool.
            let per_doc = |(text, rows): (&Option<String>, &Vec<usize>)| {
                let text = text.as_deref().filter(|_| !rows.is_empty())?;
                let spans: Vec<(i64, i64)> = rows.iter().map(|&r| (starts[r], ends[r])).collect();
                Some(across::anchor::anchors(text, &byte_offsets(text, &spans)))
            };
            let found: Vec<Option<Vec<Option<String>>>> = pool::thread_pool(threads)?
                .install(|| texts.par_iter().zip(&rows_of).map(per_doc).collect());
            let mut out = vec![None; docs.len()];
            for (rows, anchors) in rows_of.iter().zip(found) {
                for (&row, anchor) in rows.iter().zip(anchors.unwrap_or_default()) {
                    out[row] = anchor;
                }
            }
            Ok(out)
        })
    })
}

#[pyfunction]
#[pyo3(signature = (texts, values, anchors=None, window_days=7))]
pub fn match_numbers(
    py: Python<'_>,
    texts: NumberTexts,
    values: NumberValues,
    anchors: Option<Vec<Option<String>>>,
    window_days: i64,
) -> PyResult<(Vec<Option<String>>, Vec<bool>)> {
    guard(|| {
        let (kind, unit, noun, verb) = texts;
        let (value, low, high, approx, day) = values;
        let n = kind.len();
        let lens = [unit.len(), noun.len(), verb.len(), value.len(), low.len()];
        let anchor_len = anchors.as_ref().map_or(n, Vec::len);
        if lens != [n; 5] || [high.len(), approx.len(), day.len(), anchor_len] != [n; 4] {
            return Err(pyo3::exceptions::PyValueError::new_err(
                "match_numbers: the columns differ in length",
            ));
        }
        Ok(py.detach(|| {
            let rows: Vec<NumberIn> = (0..n)
                .map(|i| NumberIn {
                    kind: &kind[i],
                    unit: unit[i].as_deref(),
                    noun: noun[i].as_deref(),
                    verb: verb[i].as_deref(),
                    value: value[i],
                    low: low[i],
                    high: high[i],
                    approx: approx[i],
                    day: day[i],
                    anchored: anchors.is_some(),
                    anchor: anchors.as_ref().and_then(|a| a[i].as_deref()),
                })
                .collect();
            across::match_numbers(&rows, window_days)
                .into_iter()
                .map(|FactRow { fact, disagrees }| (fact.map(|h| sign::id('f', h)), disagrees))
                .unzip()
        }))
    })
}

pub fn register(m: &Bound<'_, PyModule>) -> PyResult<()> {
    m.add_function(wrap_pyfunction!(match_quotes, m)?)?;
    m.add_function(wrap_pyfunction!(quote_keys, m)?)?;
    m.add_function(wrap_pyfunction!(summarise_quotes, m)?)?;
    m.add_function(wrap_pyfunction!(match_speakers, m)?)?;
    m.add_function(wrap_pyfunction!(match_numbers, m)?)?;
    m.add_function(wrap_pyfunction!(number_anchors, m)?)?;
    Ok(())
}
