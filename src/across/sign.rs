//! Sign: stable 64-bit hashes of words, word sequences and names.
//!
//! The hashes become the ids users see (`quote_id`, `speaker_id`, `fact_id`), so they must be
//! the same in every process, on every machine and in every release that keeps the rules:
//! FNV-1a, written out here, not the standard library's seeded hasher.

const OFFSET: u64 = 0xcbf2_9ce4_8422_2325;
const PRIME: u64 = 0x0000_0100_0000_01b3;

/// FNV-1a of `bytes`.
pub fn bytes(bytes: &[u8]) -> u64 {
    extend(OFFSET, bytes)
}

/// Continues an FNV-1a hash with `bytes`.
pub fn extend(mut hash: u64, bytes: &[u8]) -> u64 {
    for &b in bytes {
        hash ^= u64::from(b);
        hash = hash.wrapping_mul(PRIME);
    }
    hash
}

/// The hash of a sequence of word hashes (a quotation's words, a shingle).
pub fn sequence(words: &[u64]) -> u64 {
    words
        .iter()
        .fold(OFFSET, |hash, word| extend(hash, &word.to_le_bytes()))
}

/// The id users see: a one-letter prefix saying what it names and 16 hex digits.
pub fn id(prefix: char, hash: u64) -> String {
    format!("{prefix}{hash:016x}")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hashes_are_fixed_across_runs_and_machines() {
        // FNV-1a's published test vector: the ids must never depend on a random seed.
        assert_eq!(bytes(b"a"), 0xaf63_dc4c_8601_ec8c);
        assert_eq!(id('q', 255), "q00000000000000ff");
        assert_ne!(sequence(&[1, 2]), sequence(&[2, 1]));
    }
}
