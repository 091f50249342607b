//! Summarise: one row per cluster (rows, documents, first and last document, speaker), and the
//! shared span of each cut in its cluster's canonical text.
//!
//! Counting distinct documents and the most frequent speaker sorts `(cluster, value)` pairs
//! once: n·log n, never a pair of rows.

use super::normalise::{self, Word};

/// A cluster's summary. Documents are the caller's codes (`i64`, ordered as the caller's
/// labels are); the speaker is the cluster's most frequent one (ties: the smallest name); the
/// text shown is the smallest text among the rows that quote the cluster's words in full
/// (among all its rows if none is marked so).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Summary {
    pub rows: u32,
    pub docs: u32,
    pub first_doc: i64,
    pub last_doc: i64,
    pub speaker: Option<String>,
    pub shown: Option<usize>,
}

/// One row of a matched quotes table, as [`clusters`] reads it.
#[derive(Clone, Copy, Debug)]
pub struct Member<'a> {
    pub cluster: Option<u32>,
    pub doc: i64,
    pub speaker: Option<&'a str>,
    pub text: Option<&'a str>,
    /// The row quotes the cluster's words in full (it is no cut).
    pub whole: bool,
}

/// Summaries of `clusters` clusters from their member rows.
pub fn clusters(clusters: usize, members: &[Member]) -> Vec<Summary> {
    let mut out = vec![
        Summary {
            rows: 0,
            docs: 0,
            first_doc: i64::MAX,
            last_doc: i64::MIN,
            speaker: None,
            shown: None,
        };
        clusters
    ];
    let mut pairs: Vec<(u32, i64)> = Vec::new();
    let mut said: Vec<(u32, &str)> = Vec::new();
    // (cluster, not whole, text, row): the first per cluster is the text shown.
    let mut texts: Vec<(u32, bool, &str, usize)> = Vec::new();
    for (row, m) in members.iter().enumerate() {
        let Some(c) = m.cluster else { continue };
        let s = &mut out[c as usize];
        s.rows += 1;
        s.first_doc = s.first_doc.min(m.doc);
        s.last_doc = s.last_doc.max(m.doc);
        pairs.push((c, m.doc));
        if let Some(name) = m.speaker {
            said.push((c, name));
        }
        if let Some(text) = m.text {
            texts.push((c, !m.whole, text, row));
        }
    }
    pairs.sort_unstable();
    pairs.dedup();
    for (c, _) in pairs {
        out[c as usize].docs += 1;
    }
    for (c, name) in most_frequent(said) {
        out[c as usize].speaker = Some(name.to_string());
    }
    texts.sort_unstable();
    for (c, _, _, row) in texts {
        out[c as usize].shown.get_or_insert(row);
    }
    out
}

/// For each group, its most frequent value (ties: the smallest).
pub fn most_frequent<T: Ord + Copy>(mut pairs: Vec<(u32, T)>) -> Vec<(u32, T)> {
    pairs.sort_unstable();
    let mut best: Vec<(u32, T)> = Vec::new();
    let mut best_count = 0usize;
    let mut i = 0;
    while i < pairs.len() {
        let run = pairs[i..].iter().take_while(|p| **p == pairs[i]).count();
        let (group, value) = pairs[i];
        match best.last() {
            Some(&(g, _)) if g == group => {
                if run > best_count {
                    *best.last_mut().expect("a group") = (group, value);
                    best_count = run;
                }
            }
            _ => {
                best.push((group, value));
                best_count = run;
            }
        }
        i += run;
    }
    best
}

/// The span, as `str` (code point) indices into `canonical`, of its words `offset ..
/// offset + len`.
pub fn cut_span(canonical: &str, offset: usize, len: usize) -> Option<(u32, u32)> {
    let mut words: Vec<Word> = Vec::new();
    normalise::words(canonical, &mut words);
    let first = words.get(offset)?;
    let last = words.get(offset + len.checked_sub(1)?)?;
    let start = canonical[..first.start as usize].chars().count();
    let end = start
        + canonical[first.start as usize..last.end as usize]
            .chars()
            .count();
    Some((start as u32, end as u32))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn counts_documents_once_and_picks_the_commonest_speaker() {
        let m = |cluster, doc, speaker, text, whole| Member {
            cluster,
            doc,
            speaker,
            text: Some(text),
            whole,
        };
        let members = [
            m(Some(0), 5, Some("Petro"), "b whole", true),
            m(Some(0), 5, Some("Gustavo Petro"), "a cut", false),
            m(Some(0), 2, Some("Gustavo Petro"), "c whole", true),
            m(Some(1), 9, None, "x", true),
            m(None, 1, None, "y", true),
        ];
        let out = clusters(2, &members);
        assert_eq!(out[0].rows, 3);
        assert_eq!(out[0].docs, 2);
        assert_eq!((out[0].first_doc, out[0].last_doc), (2, 5));
        assert_eq!(out[0].speaker.as_deref(), Some("Gustavo Petro"));
        assert_eq!(out[0].shown, Some(0));
        assert_eq!(out[1].speaker, None);
    }

    #[test]
    fn ties_go_to_the_smallest_value() {
        let best = most_frequent(vec![(0, "b"), (0, "a"), (1, "z")]);
        assert_eq!(best, [(0, "a"), (1, "z")]);
    }

    #[test]
    fn the_cut_span_is_in_code_points() {
        let text = "“Instead of a United States dominating the world – an imperial dream”";
        let (start, end) = cut_span(text, 4, 4).unwrap();
        let chars: String = text
            .chars()
            .skip(start as usize)
            .take((end - start) as usize)
            .collect();
        assert_eq!(chars, "States dominating the world");
    }
}
