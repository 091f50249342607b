//! Reading Arrow string arrays that come from outside, without trusting them.
//!
//! An Arrow array handed over through the C Data Interface (pyarrow, polars, a pandas
//! `ArrowDtype` column, any PyCapsule producer) is a set of raw buffers whose invariants the
//! producer only promises: pyarrow does not check UTF-8 when it reads Parquet, and an array
//! built from buffers by hand can hold offsets that decrease or point past the data. Reading
//! such an array as `&str` without checking is undefined behaviour (the interpreter crashed).
//!
//! This module checks each row before anything reads it, in safe Rust and in one pass over
//! the bytes that are read anyway:
//!
//! * `utf8` / `large_utf8`: every offset is non-negative, never decreases (null rows
//!   included, as the Arrow format requires) and stays within the values buffer;
//! * `utf8_view`: the view of every non-null row is either inline (length up to 12) or names a
//!   data buffer that exists and a range inside it;
//! * every non-null row is UTF-8. What happens when it is not is the caller's [`OnInvalid`]:
//!   an error naming the row, or the row read with each invalid sequence as U+FFFD.
//!
//! A malformed layout is always an error: there is no text to read. Only invalid UTF-8 can be
//! replaced. The buffer lengths themselves are what the producer declared (the C Data
//! Interface gives no other); everything read lies within them.

use std::borrow::Cow;
use std::fmt;

/// The buffers of one Arrow string array, as the producer handed them over.
#[derive(Clone, Debug)]
pub enum StringBuffers<'a> {
    /// `utf8`: `rows + 1` offsets (already sliced to the array) into `values`.
    Utf8 {
        offsets: &'a [i32],
        values: &'a [u8],
    },
    /// `large_utf8`: as `Utf8` with 64-bit offsets.
    LargeUtf8 {
        offsets: &'a [i64],
        values: &'a [u8],
    },
    /// `utf8_view`: 16 bytes per row (already sliced to the array), and the data buffers that
    /// views longer than 12 bytes point into.
    Utf8View {
        views: &'a [u8],
        buffers: Vec<&'a [u8]>,
    },
}

/// Bytes per `utf8_view` view: a 4-byte length, then 12 inline bytes or a 4-byte prefix, a
/// 4-byte buffer index and a 4-byte offset.
pub const VIEW_BYTES: usize = 16;
/// The longest string a view holds inline.
pub const VIEW_INLINE_BYTES: usize = 12;

/// What to do with a row that is not UTF-8.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum OnInvalid {
    /// Stop with [`Problem::InvalidUtf8`].
    Fail,
    /// Read each maximal invalid sequence as one U+FFFD, as `String::from_utf8_lossy` and
    /// Python's `bytes.decode("utf-8", "replace")` both do: offsets then index that string.
    Replace,
}

/// Why a row cannot be read.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Problem {
    /// The offsets buffer holds fewer than `rows + 1` offsets (or the views buffer fewer than
    /// `rows` views).
    ShortOffsets { needed: usize, found: usize },
    /// A row's offsets are negative, decrease, or end past the values buffer.
    BadOffsets { start: i64, end: i64, values: usize },
    /// A view names a data buffer the array does not have.
    MissingBuffer { index: u32, buffers: usize },
    /// A view reaches past the end of its data buffer.
    ViewOutOfBounds {
        index: u32,
        offset: u32,
        length: u32,
        size: usize,
    },
    /// The row is not UTF-8; the first invalid byte is at `at` within the row.
    InvalidUtf8 { at: usize },
    /// Memory for the row (or the list of rows) could not be reserved.
    OutOfMemory { bytes: usize },
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Problem::ShortOffsets { needed, found } => write!(
                f,
                "malformed Arrow string array: {needed} offsets needed, the buffer holds {found}"
            ),
            Problem::BadOffsets { start, end, values } => write!(
                f,
                "malformed Arrow string array: offsets {start}..{end} are not an increasing \
                 range within the {values}-byte values buffer"
            ),
            Problem::MissingBuffer { index, buffers } => write!(
                f,
                "malformed Arrow string_view array: a view names data buffer {index}, \
                 the array has {buffers}"
            ),
            Problem::ViewOutOfBounds {
                index,
                offset,
                length,
                size,
            } => write!(
                f,
                "malformed Arrow string_view array: a view reads {length} bytes at {offset} \
                 of data buffer {index}, which holds {size}"
            ),
            Problem::InvalidUtf8 { at } => write!(
                f,
                "text is not valid UTF-8 (first bad byte at byte {at}); pass errors='replace' \
                 to read invalid bytes as U+FFFD"
            ),
            Problem::OutOfMemory { bytes } => {
                write!(f, "out of memory reserving {bytes} bytes to read the text")
            }
        }
    }
}

/// A [`Problem`] and the row (position in the array) it was found at.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct RowError {
    pub row: usize,
    pub problem: Problem,
}

impl fmt::Display for RowError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "row {}: {}", self.row, self.problem)
    }
}

impl std::error::Error for RowError {}

impl<'a> StringBuffers<'a> {
    /// The rows the buffers describe (from the offsets or views given).
    pub fn rows(&self) -> usize {
        match self {
            StringBuffers::Utf8 { offsets, .. } => offsets.len().saturating_sub(1),
            StringBuffers::LargeUtf8 { offsets, .. } => offsets.len().saturating_sub(1),
            StringBuffers::Utf8View { views, .. } => views.len() / VIEW_BYTES,
        }
    }

    /// The bytes of `row`, checked to lie within the buffers (not yet checked as UTF-8).
    pub fn row_bytes(&self, row: usize) -> Result<&'a [u8], Problem> {
        match self {
            StringBuffers::Utf8 { offsets, values } => {
                offset_range(i64::from(offsets[row]), i64::from(offsets[row + 1]), values)
            }
            StringBuffers::LargeUtf8 { offsets, values } => {
                offset_range(offsets[row], offsets[row + 1], values)
            }
            StringBuffers::Utf8View { views, buffers } => {
                view_bytes(&views[row * VIEW_BYTES..(row + 1) * VIEW_BYTES], buffers)
            }
        }
    }

    /// Whether the layout itself is checked for null rows too: offsets are (the format asks
    /// them to increase throughout), views are not (a null view may hold anything).
    fn checks_null_rows(&self) -> bool {
        !matches!(self, StringBuffers::Utf8View { .. })
    }
}

/// `values[start..end]` when that is an increasing range inside `values`.
fn offset_range(start: i64, end: i64, values: &[u8]) -> Result<&[u8], Problem> {
    let bad = || Problem::BadOffsets {
        start,
        end,
        values: values.len(),
    };
    let (Ok(s), Ok(e)) = (usize::try_from(start), usize::try_from(end)) else {
        return Err(bad());
    };
    if s > e {
        return Err(bad());
    }
    values.get(s..e).ok_or_else(bad)
}

fn u32_at(view: &[u8], at: usize) -> u32 {
    u32::from_le_bytes([view[at], view[at + 1], view[at + 2], view[at + 3]])
}

/// The bytes one 16-byte view points at.
fn view_bytes<'a>(view: &'a [u8], buffers: &[&'a [u8]]) -> Result<&'a [u8], Problem> {
    let length = u32_at(view, 0);
    let len = length as usize;
    if len <= VIEW_INLINE_BYTES {
        return Ok(&view[4..4 + len]);
    }
    let (index, offset) = (u32_at(view, 8), u32_at(view, 12));
    let buffer = buffers.get(index as usize).ok_or(Problem::MissingBuffer {
        index,
        buffers: buffers.len(),
    })?;
    let start = offset as usize;
    start
        .checked_add(len)
        .and_then(|end| buffer.get(start..end))
        .ok_or(Problem::ViewOutOfBounds {
            index,
            offset,
            length,
            size: buffer.len(),
        })
}

/// Decodes `bytes` as UTF-8: borrowed when valid, else an error or (with
/// [`OnInvalid::Replace`]) an owned copy with U+FFFD for each maximal invalid sequence. The
/// copy's memory is reserved fallibly, so a huge row fails with [`Problem::OutOfMemory`].
pub fn decode(bytes: &[u8], on_invalid: OnInvalid) -> Result<Cow<'_, str>, Problem> {
    let err = match std::str::from_utf8(bytes) {
        Ok(text) => return Ok(Cow::Borrowed(text)),
        Err(err) => err,
    };
    if on_invalid == OnInvalid::Fail {
        return Err(Problem::InvalidUtf8 {
            at: err.valid_up_to(),
        });
    }
    let size: usize = bytes
        .utf8_chunks()
        .map(|c| c.valid().len() + if c.invalid().is_empty() { 0 } else { 3 })
        .sum();
    let mut out = String::new();
    out.try_reserve_exact(size)
        .map_err(|_| Problem::OutOfMemory { bytes: size })?;
    for chunk in bytes.utf8_chunks() {
        out.push_str(chunk.valid());
        if !chunk.invalid().is_empty() {
            out.push(char::REPLACEMENT_CHARACTER);
        }
    }
    Ok(Cow::Owned(out))
}

/// Appends the non-null rows of `array` to `out` as `(first_row + row, text)`, checking each
/// (see the module docs) before reading it. `is_valid(row)` says whether a row is non-null.
/// `expected_rows` is the array's length: buffers that describe fewer rows are an error.
pub fn read_rows<'a>(
    array: &StringBuffers<'a>,
    expected_rows: usize,
    is_valid: impl Fn(usize) -> bool,
    on_invalid: OnInvalid,
    first_row: usize,
    out: &mut Vec<(usize, Cow<'a, str>)>,
) -> Result<(), RowError> {
    let at = |row: usize, problem: Problem| RowError {
        row: first_row + row,
        problem,
    };
    if array.rows() < expected_rows {
        let (needed, found) = match array {
            StringBuffers::Utf8View { views, .. } => (expected_rows, views.len() / VIEW_BYTES),
            _ => (expected_rows + 1, array.rows() + 1),
        };
        return Err(at(0, Problem::ShortOffsets { needed, found }));
    }
    out.try_reserve(expected_rows).map_err(|_| {
        at(
            0,
            Problem::OutOfMemory {
                bytes: expected_rows.saturating_mul(std::mem::size_of::<(usize, Cow<str>)>()),
            },
        )
    })?;
    let check_nulls = array.checks_null_rows();
    for row in 0..expected_rows {
        let valid = is_valid(row);
        if !(valid || check_nulls) {
            continue;
        }
        let bytes = array.row_bytes(row).map_err(|p| at(row, p))?;
        if valid {
            out.push((
                first_row + row,
                decode(bytes, on_invalid).map_err(|p| at(row, p))?,
            ));
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn read(array: &StringBuffers<'_>, on_invalid: OnInvalid) -> Result<Vec<String>, RowError> {
        let mut out = Vec::new();
        read_rows(array, array.rows(), |_| true, on_invalid, 0, &mut out)?;
        Ok(out.into_iter().map(|(_, t)| t.into_owned()).collect())
    }

    fn view_inline(text: &[u8]) -> [u8; 16] {
        let mut v = [0u8; 16];
        v[..4].copy_from_slice(&(text.len() as u32).to_le_bytes());
        v[4..4 + text.len()].copy_from_slice(text);
        v
    }

    fn view_ref(len: u32, index: u32, offset: u32) -> [u8; 16] {
        let mut v = [0u8; 16];
        v[..4].copy_from_slice(&len.to_le_bytes());
        v[8..12].copy_from_slice(&index.to_le_bytes());
        v[12..].copy_from_slice(&offset.to_le_bytes());
        v
    }

    #[test]
    fn well_formed_offsets_are_read_borrowed() {
        let array = StringBuffers::Utf8 {
            offsets: &[0, 5, 5, 12],
            values: b"Hello\xc2\xa3 five",
        };
        assert_eq!(
            read(&array, OnInvalid::Fail).unwrap(),
            ["Hello", "", "£ five"]
        );
    }

    #[test]
    fn decreasing_offsets_name_their_row() {
        let array = StringBuffers::Utf8 {
            offsets: &[0, 8, 3],
            values: b"Revenue rose",
        };
        let err = read(&array, OnInvalid::Replace).unwrap_err();
        assert_eq!(err.row, 1);
        assert!(matches!(
            err.problem,
            Problem::BadOffsets {
                start: 8,
                end: 3,
                ..
            }
        ));
    }

    #[test]
    fn negative_and_past_the_end_offsets_are_errors() {
        for offsets in [[-1i64, 3], [0, 13], [0, i64::MAX], [i64::MIN, 0]] {
            let array = StringBuffers::LargeUtf8 {
                offsets: &offsets,
                values: b"Revenue rose",
            };
            let err = read(&array, OnInvalid::Replace).unwrap_err();
            assert!(
                matches!(err.problem, Problem::BadOffsets { .. }),
                "{offsets:?}"
            );
        }
    }

    #[test]
    fn offsets_of_null_rows_are_checked_too() {
        let array = StringBuffers::Utf8 {
            offsets: &[0, 9, 2, 4],
            values: b"abcdefghij",
        };
        let mut out = Vec::new();
        let err = read_rows(&array, 3, |row| row != 1, OnInvalid::Fail, 0, &mut out).unwrap_err();
        assert_eq!(err.row, 1);
    }

    #[test]
    fn too_few_offsets_for_the_length_is_an_error() {
        let array = StringBuffers::Utf8 {
            offsets: &[0, 1],
            values: b"a",
        };
        let mut out = Vec::new();
        let err = read_rows(&array, 2, |_| true, OnInvalid::Fail, 0, &mut out).unwrap_err();
        assert!(matches!(
            err.problem,
            Problem::ShortOffsets {
                needed: 3,
                found: 2
            }
        ));
    }

    #[test]
    fn invalid_utf8_fails_or_is_replaced() {
        let array = StringBuffers::Utf8 {
            offsets: &[0, 2, 19],
            values: b"okRevenue rose 55\xe2\x80",
        };
        let err = read(&array, OnInvalid::Fail).unwrap_err();
        assert_eq!(
            err,
            RowError {
                row: 1,
                problem: Problem::InvalidUtf8 { at: 15 }
            }
        );
        assert!(err.to_string().starts_with("row 1: "));
        assert_eq!(
            read(&array, OnInvalid::Replace).unwrap(),
            ["ok", "Revenue rose 55\u{FFFD}"]
        );
    }

    #[test]
    fn replacement_matches_from_utf8_lossy() {
        let samples: [&[u8]; 5] = [
            b"\xff\xfe a \xe2\x80 b \xf0\x9f\x98",
            b"\xed\xa0\x80 surrogate",
            b"\xc0\xaf overlong",
            b"tail \xf4\x90\x80\x80",
            b"\x80\x80\x80",
        ];
        for bytes in samples {
            assert_eq!(
                decode(bytes, OnInvalid::Replace).unwrap(),
                String::from_utf8_lossy(bytes),
                "{bytes:?}"
            );
        }
    }

    #[test]
    fn nulls_are_skipped_and_rows_keep_their_numbers() {
        let array = StringBuffers::Utf8 {
            offsets: &[0, 1, 2, 3],
            values: b"a\xffc",
        };
        let mut out = Vec::new();
        read_rows(&array, 3, |row| row != 1, OnInvalid::Fail, 10, &mut out).unwrap();
        let rows: Vec<(usize, &str)> = out.iter().map(|(r, t)| (*r, t.as_ref())).collect();
        assert_eq!(rows, [(10, "a"), (12, "c")]);
    }

    #[test]
    fn views_inline_and_in_buffers() {
        let mut views = Vec::new();
        views.extend_from_slice(&view_inline(b"short"));
        views.extend_from_slice(&view_ref(13, 0, 2));
        let data: &[u8] = b"..thirteen byte";
        let array = StringBuffers::Utf8View {
            views: &views,
            buffers: vec![data],
        };
        assert_eq!(
            read(&array, OnInvalid::Fail).unwrap(),
            ["short", "thirteen byte"]
        );
    }

    #[test]
    fn a_view_naming_a_missing_buffer_is_an_error() {
        let views = view_ref(20, 3, 0);
        let data: &[u8] = &[b'x'; 64];
        let array = StringBuffers::Utf8View {
            views: &views,
            buffers: vec![data],
        };
        let err = read(&array, OnInvalid::Replace).unwrap_err();
        assert_eq!(
            err.problem,
            Problem::MissingBuffer {
                index: 3,
                buffers: 1
            }
        );
    }

    #[test]
    fn a_view_past_its_buffer_is_an_error() {
        for view in [view_ref(20, 0, 50), view_ref(u32::MAX, 0, u32::MAX)] {
            let data: &[u8] = &[b'x'; 64];
            let array = StringBuffers::Utf8View {
                views: &view,
                buffers: vec![data],
            };
            let err = read(&array, OnInvalid::Replace).unwrap_err();
            assert!(matches!(err.problem, Problem::ViewOutOfBounds { .. }));
        }
    }

    #[test]
    fn a_null_view_may_hold_anything() {
        let view = view_ref(20, 9, 0);
        let array = StringBuffers::Utf8View {
            views: &view,
            buffers: vec![],
        };
        let mut out = Vec::new();
        read_rows(&array, 1, |_| false, OnInvalid::Fail, 0, &mut out).unwrap();
        assert!(out.is_empty());
    }
}
