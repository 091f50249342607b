//! Across articles: the same quotation, the same speaker and the same figure in many
//! documents.
//!
//! Every stage before this one reads one document; these functions read a whole corpus's
//! rows (the `quotes` or `numbers` table of many documents) and say which rows are the same
//! thing. They are pure functions of the rows' contents, never of their order, so the ids are
//! the same in one process, in any order and across Dask partitions.
//!
//! Quotations ([`match_quotes`]) go through one file per role:
//! [`normalise`] (words, whatever the marks, case, apostrophes, accents and spelling: see
//! [`spelling`]) → [`keys`] (each distinct word sequence once, ordered by its hash: [`sign`]) →
//! [`block`] (a shingle index: which longer quotations could contain a shorter one) →
//! [`verify`] (they do, word for word) → [`cluster`] (each quotation joins the one longest
//! quotation that contains it) → [`summarise`] (one row per cluster). Work is n·log n in the
//! number of words: one sort of the shingles, a bounded number of candidates per cut.
//!
//! Speakers ([`speakers`]) and figures ([`facts`]) are grouped by a key computed from each
//! row alone, then settled per group; a figure's row may carry its anchor, read from its
//! document's text by [`anchor`].

pub mod anchor;
pub mod block;
pub mod cluster;
pub mod facts;
pub mod keys;
pub mod normalise;
pub mod sign;
pub mod speakers;
pub mod spelling;
pub mod summarise;
pub mod verify;

pub use facts::{match_numbers, FactRow, NumberIn};

use rayon::prelude::*;

/// The fewest keys a thread verifies at a time (a key's check is short: batches keep the
/// scheduling cost small).
pub const VERIFY_CHUNK: usize = 1024;
pub use speakers::{match_speakers, SpeakerIn, SpeakerRow};

/// One quotation row's place: its cluster (an index into [`QuoteMatches::clusters`]) and,
/// for a cut, where its words lie in the cluster's canonical text (`str` indices).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct QuoteRow {
    pub cluster: Option<u32>,
    pub cut: Option<(u32, u32)>,
}

/// A cluster: its id (the hash of its root's words) and the row whose text is its canonical
/// text (the smallest text, as a string, among the rows with the root's words).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct QuoteCluster {
    pub id: u64,
    pub canonical_row: usize,
}

/// The result of [`match_quotes`]: one [`QuoteRow`] per input row, clusters sorted by id.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct QuoteMatches {
    pub rows: Vec<QuoteRow>,
    pub clusters: Vec<QuoteCluster>,
}

/// Which quotations report the same words. `speakers` (one per row, or empty) are read only
/// for quotations shorter than [`keys::SHORT`] words. A row without text, with fewer than
/// [`keys::MIN_WORDS`] words, or short and without a speaker, joins no cluster.
pub fn match_quotes(texts: &[Option<&str>], speakers: &[Option<&str>]) -> QuoteMatches {
    let (keys, row_key) = keys::build(texts, speakers);
    let index = block::Index::build(&keys);
    // Each key's containers are found on its own, so in parallel on the caller's rayon pool
    // (one thread: in order); the result does not depend on the split.
    let mut containers = vec![Vec::new(); keys.len()];
    containers
        .par_iter_mut()
        .enumerate()
        .with_min_len(VERIFY_CHUNK)
        .for_each(|(key, found)| verify::containers(&keys, &index, key, found));
    drop(index);
    let counts: Vec<u32> = (0..keys.len()).map(|k| keys.word_count(k) as u32).collect();
    let placed = cluster::roots(&counts, &containers);
    drop(containers);

    // Clusters are numbered in the order of their ids.
    let mut roots: Vec<u32> = placed.iter().map(|p| p.root).collect();
    roots.sort_unstable_by_key(|&r| (keys.hash[r as usize], r));
    roots.dedup();
    let mut cluster_of_root = vec![u32::MAX; keys.len()];
    let clusters: Vec<QuoteCluster> = roots
        .iter()
        .enumerate()
        .map(|(i, &r)| {
            cluster_of_root[r as usize] = i as u32;
            QuoteCluster {
                id: keys.hash[r as usize],
                canonical_row: keys.shown[r as usize],
            }
        })
        .collect();
    let cut_of_key: Vec<Option<(u32, u32)>> = (0..keys.len())
        .map(|k| {
            let p = placed[k];
            if p.root as usize == k {
                return None;
            }
            let canonical = texts[keys.shown[p.root as usize]].unwrap_or_default();
            summarise::cut_span(canonical, p.offset as usize, keys.word_count(k))
        })
        .collect();
    let rows = row_key
        .iter()
        .map(|key| match key {
            None => QuoteRow {
                cluster: None,
                cut: None,
            },
            Some(k) => QuoteRow {
                cluster: Some(cluster_of_root[placed[*k as usize].root as usize]),
                cut: cut_of_key[*k as usize],
            },
        })
        .collect();
    QuoteMatches { rows, clusters }
}

/// The hash of a quotation's words (what rows with the same words share), or `None` when it
/// has fewer than [`keys::MIN_WORDS`]. Rows with one key always get one id from
/// [`match_quotes`], so a distributed run can send each key once.
pub fn quote_key(text: &str, speaker: Option<&str>) -> Option<u64> {
    let mut scratch = Vec::new();
    keys::key_words(text, speaker, &mut scratch).map(|words| sign::sequence(&words))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ids(texts: &[Option<&str>]) -> Vec<Option<u64>> {
        let m = match_quotes(texts, &[]);
        m.rows
            .iter()
            .map(|r| r.cluster.map(|c| m.clusters[c as usize].id))
            .collect()
    }

    #[test]
    fn cuts_marks_and_spelling_join_one_cluster() {
        let texts = [
            Some("Instead of a United States dominating the world – an imperial dream – it is a United States isolated from the world."),
            Some("instead of a United States dominating the world - an imperial dream - it is a United States isolated from the world"),
            Some("a United States isolated from the world."),
            Some("It was a great honour to speak"),
            Some("it was a Great Honor to speak"),
            Some("something else entirely was said"),
        ];
        let got = ids(&texts);
        assert_eq!(got[0], got[1]);
        assert_eq!(got[0], got[2]);
        assert_eq!(got[3], got[4]);
        assert_ne!(got[0], got[3]);
        assert_ne!(got[5], got[0]);
        let m = match_quotes(&texts, &[]);
        let cut = m.rows[2].cut.unwrap();
        let canonical =
            texts[m.clusters[m.rows[2].cluster.unwrap() as usize].canonical_row].unwrap();
        let span: String = canonical
            .chars()
            .skip(cut.0 as usize)
            .take((cut.1 - cut.0) as usize)
            .collect();
        assert_eq!(span, "a United States isolated from the world");
        assert_eq!(m.rows[0].cut, None);
    }

    #[test]
    fn ids_do_not_depend_on_row_order() {
        let texts = [
            Some("we will build a wall and Mexico will pay for it"),
            Some("build a wall and Mexico will pay"),
            Some("a real threat"),
            Some("a real threat"),
            None,
        ];
        let forward = ids(&texts);
        let reversed: Vec<_> = texts.iter().rev().copied().collect();
        let mut backward = ids(&reversed);
        backward.reverse();
        assert_eq!(forward, backward);
        assert_eq!(forward[0], forward[1]);
        // Short quotations without speakers are not matched.
        assert_eq!(forward[2], None);
        assert_eq!(forward[4], None);
    }

    #[test]
    fn short_quotations_match_only_with_the_same_speaker() {
        let texts = [
            Some("real threat"),
            Some("“real threat”"),
            Some("real threat"),
            Some("real threat"),
        ];
        let speakers = [
            Some("Gustavo Petro"),
            Some("Petro"),
            Some("Donald Trump"),
            None,
        ];
        let m = match_quotes(&texts, &speakers);
        let c: Vec<_> = m.rows.iter().map(|r| r.cluster).collect();
        assert_eq!(c[0], c[1]);
        assert_ne!(c[0], c[2]);
        assert_eq!(c[3], None);
    }

    #[test]
    fn the_canonical_text_is_the_longest_quotation() {
        let texts = [
            Some("a b c d e f g"),
            Some("x a b c d e f g y"),
            Some("a b c d e f g h"),
        ];
        let m = match_quotes(&texts, &[]);
        // "a b c d e f g" is held by two roots: it stays apart, chaining neither.
        assert_eq!(m.clusters.len(), 3);
        assert_ne!(m.rows[1].cluster, m.rows[2].cluster);
    }
}
