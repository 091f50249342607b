//! Reading Rust source as text, for the tests that check the code's own shape
//! (`tests/long_functions.rs`, `tests/inline_word_lists.rs`).

/// The end of the `"…"` literal starting at `start` (simple escapes only: enough for the
/// literals in `src/`).
pub fn string_end(b: &[u8], start: usize) -> usize {
    let mut i = start + 1;
    while i < b.len() {
        match b[i] {
            b'\\' => i += 2,
            b'"' => return i + 1,
            _ => i += 1,
        }
    }
    b.len()
}
