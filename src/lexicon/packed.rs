//! A read-only word table for the lexicon look-ups made once or more per token.
//!
//! [`super::FastMap`] hashes the key's bytes, probes, and compares the found key with a
//! `memcmp` call: about two hundred instructions for a short word. [`PackedMap`] reads a word
//! of 1 to 15 bytes into one `u128` with at most two loads (first and last bytes, which
//! overlap), so hashing is one multiplication and the key comparison is one integer compare.
//! Longer words go to an ordinary [`super::FastMap`]. The answers are those of the map it was
//! built from: it is a faster index, not another list.

use super::FastMap;

/// Longest word kept packed; longer ones are looked up in the fallback map.
const MAX_PACKED: usize = 15;

/// A word of 1..=15 bytes as an integer: with its length, it determines the word.
#[inline]
fn pack(w: &[u8]) -> Option<u128> {
    let n = w.len();
    let (lo, hi) = match n {
        1..=3 => (
            u64::from(w[0]) | u64::from(w[n / 2]) << 8 | u64::from(w[n - 1]) << 16,
            0,
        ),
        4..=7 => (
            u64::from(u32::from_le_bytes([w[0], w[1], w[2], w[3]])),
            u64::from(u32::from_le_bytes([w[n - 4], w[n - 3], w[n - 2], w[n - 1]])),
        ),
        8..=MAX_PACKED => (read_u64(&w[..8]), read_u64(&w[n - 8..])),
        _ => return None,
    };
    Some(u128::from(lo) | u128::from(hi) << 64)
}

/// Eight bytes as a little-endian integer (one load, no `memcpy` call).
#[inline]
pub(crate) fn read_u64(b: &[u8]) -> u64 {
    u64::from_le_bytes(b.try_into().unwrap_or([0; 8]))
}

#[inline]
fn slot_hash(key: u128, len: usize) -> u64 {
    let lo = key as u64;
    let hi = (key >> 64) as u64;
    (lo ^ hi.rotate_left(29) ^ len as u64).wrapping_mul(0x9E37_79B9_7F4A_7C15)
}

/// A map from words to small copyable values (see the module doc).
#[derive(Debug)]
pub struct PackedMap<V> {
    /// Open addressing, linear probing: (packed word, length, index in `values`); a length
    /// of 0 marks an empty slot.
    keys: Vec<(u128, u8, u32)>,
    values: Vec<V>,
    /// log2 of the number of slots.
    bits: u32,
    long: FastMap<String, V>,
}

impl<V: Copy> Default for PackedMap<V> {
    /// An empty map.
    fn default() -> Self {
        PackedMap::new([])
    }
}

impl<V: Copy> PackedMap<V> {
    /// The table of `entries` (a later duplicate key replaces an earlier one).
    pub fn new<'a>(entries: impl IntoIterator<Item = (&'a str, V)>) -> Self {
        let entries: Vec<(&str, V)> = entries.into_iter().collect();
        let bits = (entries.len().max(4) * 2)
            .next_power_of_two()
            .trailing_zeros();
        let mut map = PackedMap {
            keys: vec![(0, 0, 0); 1 << bits],
            values: Vec::with_capacity(entries.len()),
            bits,
            long: FastMap::default(),
        };
        for (w, v) in entries {
            match pack(w.as_bytes()) {
                Some(key) => match map.find(key, w.len()) {
                    Ok(at) => map.values[map.keys[at].2 as usize] = v,
                    Err(at) => {
                        map.keys[at] = (key, w.len() as u8, map.values.len() as u32);
                        map.values.push(v);
                    }
                },
                None => {
                    map.long.insert(w.to_string(), v);
                }
            }
        }
        map
    }

    /// The slot holding `key` (`Ok`), or the empty slot where it would go (`Err`).
    #[inline]
    fn find(&self, key: u128, len: usize) -> Result<usize, usize> {
        let mask = self.keys.len() - 1;
        let mut at = (slot_hash(key, len) >> (64 - self.bits)) as usize & mask;
        loop {
            let (k, l, _) = self.keys[at];
            if l == 0 {
                return Err(at);
            }
            if k == key && usize::from(l) == len {
                return Ok(at);
            }
            at = (at + 1) & mask;
        }
    }

    /// The value of `word`, if it is a key.
    #[inline]
    pub fn get(&self, word: &str) -> Option<V> {
        self.get_inlined(word)
    }

    /// [`Self::get`], always inlined: for the one probe per token of a hot caller.
    #[inline(always)]
    pub fn get_inlined(&self, word: &str) -> Option<V> {
        match pack(word.as_bytes()) {
            Some(key) => self
                .find(key, word.len())
                .ok()
                .map(|at| self.values[self.keys[at].2 as usize]),
            // Longer than 15 bytes, or empty: the fallback map holds such keys.
            None => self.long.get(word).copied(),
        }
    }
}

impl PackedMap<()> {
    /// A set of `words` (a map to nothing).
    pub fn set<'a>(words: impl IntoIterator<Item = &'a str>) -> Self {
        PackedMap::new(words.into_iter().map(|w| (w, ())))
    }

    /// True when `word` is in the set.
    #[inline]
    pub fn contains(&self, word: &str) -> bool {
        self.get(word).is_some()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn answers_as_the_map_it_was_built_from() {
        let words = [
            "a",
            "an",
            "the",
            "said",
            "says",
            "saying",
            "according",
            "spokeswoman",
            "counterterrorism",
            "über",
            "a\0",
        ];
        let map = PackedMap::new(words.iter().enumerate().map(|(i, w)| (*w, i + 1)));
        for (i, w) in words.iter().enumerate() {
            assert_eq!(map.get(w), Some(i + 1), "{w}");
        }
        for absent in [
            "",
            "b",
            "th",
            "thee",
            "sai",
            "sayings",
            "accordingly",
            "ü",
            "a\0\0",
        ] {
            assert_eq!(map.get(absent), None, "{absent:?}");
        }
        assert_eq!(PackedMap::<u8>::default().get("a"), None);
        assert_eq!(PackedMap::new([("", 7)]).get(""), Some(7));
    }

    #[test]
    fn a_set_holds_its_words_only() {
        let set = PackedMap::set([":-)", ";)", "said"]);
        assert!(set.contains(":-)") && set.contains(";)") && set.contains("said"));
        assert!(!set.contains(":-(") && !set.contains(":)") && !set.contains("say"));
    }

    #[test]
    fn words_of_one_length_differing_in_one_byte_are_told_apart() {
        let words: Vec<String> = (b'a'..=b'z')
            .flat_map(|c| {
                (1..=20).map(move |n| {
                    let mut w = vec![b'x'; n];
                    w[n / 3] = c;
                    String::from_utf8(w).expect("ASCII")
                })
            })
            .collect();
        let map = PackedMap::new(words.iter().enumerate().map(|(i, w)| (w.as_str(), i)));
        for (i, w) in words.iter().enumerate() {
            assert_eq!(map.get(w), Some(i), "{w}");
        }
    }
}
