//! A byte range into the document text.
//!
//! Offsets are `u32`: a text of one quote mark per byte holds a token per byte, and every
//! record of every stage holds spans, so half-width offsets halve the memory of the
//! densest inputs (see BENCHMARKS.md, "Linear time and memory"). A text must therefore stay
//! under 4 GiB, which [`crate::analyze`] checks.

use serde::Serialize;

/// The largest text, in bytes, whose offsets a [`Span`] can hold.
pub const MAX_TEXT_BYTES: usize = u32::MAX as usize;

/// A half-open byte range `[start, end)` into a document's text, always on `char` boundaries.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Default)]
pub struct Span {
    start: u32,
    end: u32,
}

impl Span {
    /// A span from byte offsets; both must be at most [`MAX_TEXT_BYTES`], which holds for
    /// every offset into a text that [`crate::analyze`] accepted.
    #[inline]
    pub const fn new(start: usize, end: usize) -> Self {
        debug_assert!(start <= MAX_TEXT_BYTES && end <= MAX_TEXT_BYTES);
        Span {
            start: start as u32,
            end: end as u32,
        }
    }

    #[inline]
    pub const fn start(&self) -> usize {
        self.start as usize
    }

    #[inline]
    pub const fn end(&self) -> usize {
        self.end as usize
    }

    /// The byte range, for slicing.
    #[inline]
    pub const fn range(&self) -> std::ops::Range<usize> {
        self.start()..self.end()
    }

    /// The slice of `text` this span covers.
    #[inline]
    pub fn text<'t>(&self, text: &'t str) -> &'t str {
        &text[self.range()]
    }

    pub fn len(&self) -> usize {
        self.end().saturating_sub(self.start())
    }

    pub fn is_empty(&self) -> bool {
        self.start >= self.end
    }

    /// True when the two spans share at least one byte.
    pub fn overlaps(&self, other: &Span) -> bool {
        self.start < other.end && other.start < self.end
    }
}
