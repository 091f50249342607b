//! Candidate blocking: which longer quotations could contain a shorter one.
//!
//! Every run of [`SHINGLE`] words of every key long enough to contain another is indexed once
//! (a sorted vector of `(shingle hash, key, position)`: n·log n to build, no pairs). A key
//! that contains a cut contains every shingle of the cut, so the cut needs to look in only one
//! bucket: the smallest among [`ANCHORS`] of its shingles. A bucket holding a phrase that
//! thousands of quotations share is read only up to [`MAX_CANDIDATES`] entries, in key order
//! (which depends only on the words), so no bucket makes the work quadratic.

use super::keys::Keys;
use super::sign;

/// Words in a shingle; also the fewest words a cut must have to join a longer quotation.
pub const SHINGLE: usize = 6;
/// Shingles of a cut whose buckets are compared to pick the smallest.
pub const ANCHORS: usize = 8;
/// The most entries of one bucket verified for one cut.
pub const MAX_CANDIDATES: usize = 64;

#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub struct Entry {
    pub shingle: u32,
    pub key: u32,
    pub pos: u32,
}

/// The shingle index.
pub struct Index {
    entries: Vec<Entry>,
}

fn shingle(words: &[u64]) -> u32 {
    (sign::sequence(words) >> 32) as u32
}

impl Index {
    /// Indexes every shingle of every key longer than [`SHINGLE`] words.
    pub fn build(keys: &Keys) -> Index {
        let mut entries = Vec::new();
        for key in 0..keys.len() {
            let words = keys.words(key);
            if words.len() <= SHINGLE {
                continue;
            }
            for (pos, run) in words.windows(SHINGLE).enumerate() {
                entries.push(Entry {
                    shingle: shingle(run),
                    key: key as u32,
                    pos: pos as u32,
                });
            }
        }
        entries.sort_unstable();
        Index { entries }
    }

    fn bucket(&self, shingle: u32) -> &[Entry] {
        let start = self.entries.partition_point(|e| e.shingle < shingle);
        let end = start + self.entries[start..].partition_point(|e| e.shingle == shingle);
        &self.entries[start..end]
    }

    /// The anchor chosen for `words` (a cut of at least [`SHINGLE`] words): its position in
    /// the cut and the entries to verify.
    pub fn candidates(&self, words: &[u64]) -> (usize, &[Entry]) {
        let shingles = words.len() + 1 - SHINGLE;
        let step = shingles.div_ceil(ANCHORS).max(1);
        let (pos, bucket) = (0..shingles)
            .step_by(step)
            .map(|pos| (pos, self.bucket(shingle(&words[pos..pos + SHINGLE]))))
            .min_by_key(|(pos, bucket)| (bucket.len(), *pos))
            .expect("a cut has a shingle");
        (pos, &bucket[..bucket.len().min(MAX_CANDIDATES)])
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::across::keys;

    #[test]
    fn a_cut_finds_the_quotation_that_contains_it() {
        let texts = [
            Some("one two three four five six seven eight nine"),
            Some("three four five six seven eight"),
            Some("eight nine ten eleven twelve thirteen"),
        ];
        let (keys, rows) = keys::build(&texts, &[]);
        let index = Index::build(&keys);
        let cut = rows[1].unwrap() as usize;
        let (anchor, entries) = index.candidates(keys.words(cut));
        let long = rows[0].unwrap();
        assert!(entries
            .iter()
            .any(|e| e.key == long && e.pos as usize == 2 + anchor));
        assert!(entries.iter().all(|e| e.key != rows[2].unwrap()));
    }

    #[test]
    fn a_crowded_bucket_is_read_only_to_its_cap() {
        let texts: Vec<String> = (0..500)
            .map(|i| format!("we will win it all again {i} times"))
            .collect();
        let mut rows: Vec<Option<&str>> = texts.iter().map(|t| Some(t.as_str())).collect();
        rows.push(Some("we will win it all again"));
        let (keys, row_keys) = keys::build(&rows, &[]);
        let index = Index::build(&keys);
        let cut = row_keys[500].unwrap() as usize;
        assert_eq!(index.candidates(keys.words(cut)).1.len(), MAX_CANDIDATES);
    }
}
