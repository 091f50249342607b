//! Verify: a candidate from [`super::block`] contains the cut only if its words at the
//! anchor's place are the cut's words, all of them, in order.

use super::block::{Index, SHINGLE};
use super::keys::Keys;

/// One verified containment: `key` holds the cut's words from word `offset` on.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Container {
    pub key: u32,
    pub offset: u32,
}

/// The keys that contain `cut` as a contiguous run (longer keys only, each once, at its first
/// place), appended to `out`. A key shorter than [`SHINGLE`] words has none.
pub fn containers(keys: &Keys, index: &Index, cut: usize, out: &mut Vec<Container>) {
    let words = keys.words(cut);
    if words.len() < SHINGLE {
        return;
    }
    let (anchor, entries) = index.candidates(words);
    let mut last = None;
    for entry in entries {
        let key = entry.key as usize;
        if key == cut || last == Some(entry.key) || keys.word_count(key) <= words.len() {
            continue;
        }
        let Some(offset) = (entry.pos as usize).checked_sub(anchor) else {
            continue;
        };
        let long = keys.words(key);
        if long.get(offset..offset + words.len()) == Some(words) {
            out.push(Container {
                key: entry.key,
                offset: offset as u32,
            });
            last = Some(entry.key);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::across::keys;

    fn found(texts: &[Option<&str>], cut: usize) -> Vec<(u32, u32)> {
        let speakers = vec![Some("Ana Ruiz"); texts.len()];
        let (keys, rows) = keys::build(texts, &speakers);
        let index = Index::build(&keys);
        let mut out = Vec::new();
        containers(&keys, &index, rows[cut].unwrap() as usize, &mut out);
        out.iter()
            .map(|c| {
                (
                    rows.iter().position(|r| *r == Some(c.key)).unwrap() as u32,
                    c.offset,
                )
            })
            .collect()
    }

    #[test]
    fn only_a_contiguous_run_of_all_the_words_counts() {
        let texts = [
            Some("An empire was not built by being isolated from the world"),
            Some("not built by being isolated from"),
            Some("not built by being alone here"),
            Some("an empire was not built by isolation"),
        ];
        assert_eq!(found(&texts, 1), [(0, 3)]);
        assert!(found(&texts, 2).is_empty());
        assert!(found(&texts, 3).is_empty());
    }

    #[test]
    fn cuts_shorter_than_a_shingle_join_nothing() {
        let texts = [
            Some("isolated from the world today"),
            Some("from the world"),
        ];
        assert!(found(&texts, 1).is_empty());
    }
}
