//! Byte offsets to code-point offsets.
//!
//! Rust slices strings by byte; Python indexes `str` by code point. Converting at the
//! boundary needs, for a byte offset `b`, the number of chars that start before `b`. For ASCII
//! text the two are equal, and news text is mostly ASCII, so the table below only records the
//! multi-byte chars: `chars_before(b) = b - (extra bytes of the multi-byte chars before b)`.
//! Building it is one pass over the text and a lookup is a binary search, so converting every
//! span of a document stays linear-logarithmic with no per-byte table.

/// Converts byte offsets of one text into code-point offsets.
#[derive(Debug, Clone)]
pub struct CharOffsets {
    /// For each multi-byte char: (byte offset just past it, extra bytes accumulated so far).
    multibyte: Vec<(usize, usize)>,
}

impl CharOffsets {
    pub fn new(text: &str) -> Self {
        let mut multibyte = Vec::new();
        if !text.is_ascii() {
            let mut extra = 0usize;
            for (i, c) in text.char_indices() {
                let len = c.len_utf8();
                if len > 1 {
                    extra += len - 1;
                    multibyte.push((i + len, extra));
                }
            }
        }
        CharOffsets { multibyte }
    }

    /// The code-point offset of byte offset `byte`, which must lie on a char boundary.
    pub fn char_offset(&self, byte: usize) -> usize {
        if self.multibyte.is_empty() {
            return byte;
        }
        // Number of multi-byte chars that end at or before `byte`.
        let n = self.multibyte.partition_point(|&(end, _)| end <= byte);
        if n == 0 {
            byte
        } else {
            byte - self.multibyte[n - 1].1
        }
    }
}

/// Converts byte offsets that mostly increase (the tokens of a document, in order) by walking
/// forward through the table: linear over a document instead of a binary search per offset.
/// An offset smaller than the previous one falls back to a search, so any order is correct.
pub struct CharCursor<'a> {
    map: &'a CharOffsets,
    /// Number of multi-byte chars that end at or before the last offset converted.
    passed: usize,
}

impl CharOffsets {
    pub fn cursor(&self) -> CharCursor<'_> {
        CharCursor {
            map: self,
            passed: 0,
        }
    }
}

impl CharCursor<'_> {
    pub fn char_offset(&mut self, byte: usize) -> usize {
        let table = &self.map.multibyte;
        if table.is_empty() {
            return byte;
        }
        if self.passed > 0 && table[self.passed - 1].0 > byte {
            self.passed = table.partition_point(|&(end, _)| end <= byte);
        }
        while self.passed < table.len() && table[self.passed].0 <= byte {
            self.passed += 1;
        }
        match self.passed {
            0 => byte,
            n => byte - table[n - 1].1,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ascii_is_identity() {
        let m = CharOffsets::new("hello world");
        for b in 0..=11 {
            assert_eq!(m.char_offset(b), b);
        }
    }

    #[test]
    fn matches_char_indices_on_mixed_text() {
        let text = "“Café” — 😀 £3.9bn naïve ‘x’ end";
        let m = CharOffsets::new(text);
        for (ci, (bi, _)) in text.char_indices().enumerate() {
            assert_eq!(m.char_offset(bi), ci, "byte {bi}");
        }
        assert_eq!(m.char_offset(text.len()), text.chars().count());
    }

    #[test]
    fn cursor_agrees_with_search_in_any_order() {
        let text = "“Café” — 😀 £3.9bn naïve ‘x’ end";
        let m = CharOffsets::new(text);
        let bytes: Vec<usize> = text
            .char_indices()
            .map(|(b, _)| b)
            .chain([text.len()])
            .collect();
        let mut cursor = m.cursor();
        for &b in bytes
            .iter()
            .chain(bytes.iter().rev())
            .chain(bytes.iter().step_by(3))
        {
            assert_eq!(cursor.char_offset(b), m.char_offset(b), "byte {b}");
        }
    }
}
