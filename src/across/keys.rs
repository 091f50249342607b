//! Keys: each distinct word sequence once, in an order that depends only on the words.
//!
//! Rows with the same words (after [`super::normalise`]) share a key. Keys are sorted by the
//! hash of their words, so every later step (blocking, the caps, the choice of a canonical
//! quotation) sees them in the same order whatever the order of the rows: that is what makes
//! the ids the same in one process and across Dask partitions.

use super::normalise::{self, Word};
use super::sign;
use crate::lexicon::FastMap;

/// Quotations with fewer words are not matched (a single word is no evidence of one source).
pub const MIN_WORDS: usize = 2;
/// Quotations with fewer words (shorter than a cut may be: [`super::block::SHINGLE`]) are
/// common phrases as often as quotations ("the condition of anonymity", "someone else"), so
/// they match only when their speakers agree too: the speaker's last word is part of their
/// key, and without a speaker they are not matched.
pub const SHORT: usize = super::block::SHINGLE;

/// The distinct word sequences of a batch of quotations.
pub struct Keys {
    /// Every key's word hashes, one after another.
    words: Vec<u64>,
    /// `(start, len)` of each key in `words`.
    bounds: Vec<(u32, u32)>,
    /// The hash of each key's words: its identity.
    pub hash: Vec<u64>,
    /// For each key, the row whose text is the smallest (as a string) among the rows that
    /// have it: the key's text as shown, chosen whatever the order of the rows.
    pub shown: Vec<usize>,
}

impl Keys {
    pub fn len(&self) -> usize {
        self.bounds.len()
    }

    pub fn is_empty(&self) -> bool {
        self.bounds.is_empty()
    }

    pub fn words(&self, key: usize) -> &[u64] {
        let (start, len) = self.bounds[key];
        &self.words[start as usize..(start + len) as usize]
    }

    pub fn word_count(&self, key: usize) -> usize {
        self.bounds[key].1 as usize
    }
}

/// A row's key words: its words' hashes, and for a [`SHORT`] quotation its speaker's last
/// word after them; `None` when the row is not matched.
pub fn key_words(text: &str, speaker: Option<&str>, scratch: &mut Vec<Word>) -> Option<Vec<u64>> {
    scratch.clear();
    normalise::words(text, scratch);
    if scratch.len() < MIN_WORDS {
        return None;
    }
    let mut seq: Vec<u64> = scratch.iter().map(|w| w.hash).collect();
    if seq.len() < SHORT {
        seq.push(normalise::speaker_word(speaker?)?);
    }
    Some(seq)
}

/// The keys of `texts` (with each row's speaker, read for [`SHORT`] quotations), and each
/// row's key (`None` for a row [`key_words`] does not match).
pub fn build(texts: &[Option<&str>], speakers: &[Option<&str>]) -> (Keys, Vec<Option<u32>>) {
    let mut words: Vec<u64> = Vec::new();
    let mut bounds: Vec<(u32, u32)> = Vec::new();
    let mut hash: Vec<u64> = Vec::new();
    let mut shown: Vec<usize> = Vec::new();
    let mut by_hash: FastMap<u64, Vec<u32>> = FastMap::default();
    let mut row_key = Vec::with_capacity(texts.len());
    let mut scratch: Vec<Word> = Vec::new();
    for (row, text) in texts.iter().enumerate() {
        let speaker = speakers.get(row).copied().flatten();
        let Some((text, seq)) = text.and_then(|t| Some((t, key_words(t, speaker, &mut scratch)?)))
        else {
            row_key.push(None);
            continue;
        };
        let h = sign::sequence(&seq);
        let same = by_hash.entry(h).or_default();
        let found = same.iter().copied().find(|&k| {
            let (start, len) = bounds[k as usize];
            words[start as usize..(start + len) as usize] == seq[..]
        });
        let key = match found {
            Some(key) => {
                let best = &mut shown[key as usize];
                if text < texts[*best].unwrap_or_default() {
                    *best = row;
                }
                key
            }
            None => {
                let key = bounds.len() as u32;
                bounds.push((words.len() as u32, seq.len() as u32));
                words.extend_from_slice(&seq);
                hash.push(h);
                shown.push(row);
                same.push(key);
                key
            }
        };
        row_key.push(Some(key));
    }
    let keys = Keys {
        words,
        bounds,
        hash,
        shown,
    };
    sorted(keys, row_key)
}

/// Renumbers the keys in the order of their words' hash (then their words).
fn sorted(keys: Keys, row_key: Vec<Option<u32>>) -> (Keys, Vec<Option<u32>>) {
    let mut order: Vec<u32> = (0..keys.len() as u32).collect();
    order.sort_unstable_by(|&a, &b| {
        let (a, b) = (a as usize, b as usize);
        (keys.hash[a], keys.words(a)).cmp(&(keys.hash[b], keys.words(b)))
    });
    let mut new_of = vec![0u32; order.len()];
    for (new, &old) in order.iter().enumerate() {
        new_of[old as usize] = new as u32;
    }
    let mut words = Vec::with_capacity(keys.words.len());
    let mut bounds = Vec::with_capacity(order.len());
    let mut hash = Vec::with_capacity(order.len());
    let mut shown = Vec::with_capacity(order.len());
    for &old in &order {
        let old = old as usize;
        bounds.push((words.len() as u32, keys.bounds[old].1));
        words.extend_from_slice(keys.words(old));
        hash.push(keys.hash[old]);
        shown.push(keys.shown[old]);
    }
    let row_key = row_key
        .into_iter()
        .map(|k| k.map(|k| new_of[k as usize]))
        .collect();
    (
        Keys {
            words,
            bounds,
            hash,
            shown,
        },
        row_key,
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rows_with_the_same_words_share_a_key_whatever_their_order() {
        let texts = [
            Some("“Great Honour”"),
            Some("word"),
            None,
            Some("great honor"),
            Some("'Great Honor'"),
            Some("Great Honour"),
        ];
        let speakers = [
            Some("Trump"),
            Some("Trump"),
            None,
            Some("Donald Trump"),
            Some("Mr Trump"),
            None,
        ];
        let (keys, rows) = build(&texts, &speakers);
        assert_eq!(keys.len(), 1);
        // One word, no text, and a short quotation without a speaker: not matched.
        assert_eq!(rows, [Some(0), None, None, Some(0), Some(0), None]);
        // The text shown is the smallest of the three, not the first seen.
        assert_eq!(texts[keys.shown[0]], Some("'Great Honor'"));
        let reversed: Vec<_> = texts.iter().rev().copied().collect();
        let speakers: Vec<_> = speakers.iter().rev().copied().collect();
        let (again, _) = build(&reversed, &speakers);
        assert_eq!(again.hash, keys.hash);
        assert_eq!(reversed[again.shown[0]], Some("'Great Honor'"));
    }
}
