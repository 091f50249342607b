//! Random Arrow string arrays (offsets, views, data buffers, null masks and bytes, all from
//! the fuzzer) through the checks of `presswork::arrow_strings` and on into the pipeline.
//!
//! What must hold: reading never panics; it succeeds exactly when a plain reference check
//! (written here independently, without early exits) says the layout is sound and, with
//! `OnInvalid::Fail`, every non-null row is UTF-8; the rows read are the non-null rows, in
//! order, each the row's bytes (or their lossy decoding with `Replace`); and every text read
//! goes through the whole pipeline with its invariants checked.
#![no_main]

use std::borrow::Cow;

use libfuzzer_sys::fuzz_target;
use presswork::arrow_strings::{read_rows, OnInvalid, StringBuffers, VIEW_BYTES};

#[path = "../../tests/common/mod.rs"]
mod common;

/// Splits the fuzzer's bytes into the pieces of an array.
struct Input<'a> {
    data: &'a [u8],
}

impl<'a> Input<'a> {
    fn byte(&mut self) -> u8 {
        let (b, rest) = self
            .data
            .split_first()
            .map_or((0, &[][..]), |(b, r)| (*b, r));
        self.data = rest;
        b
    }

    fn take(&mut self, n: usize) -> &'a [u8] {
        let n = n.min(self.data.len());
        let (head, rest) = self.data.split_at(n);
        self.data = rest;
        head
    }

    /// A small signed offset, mostly sound: the fuzzer finds the unsound ones.
    fn offset(&mut self) -> i64 {
        i64::from(i16::from_le_bytes([self.byte(), self.byte()]))
    }
}

/// The bytes of each row, or `None` if the layout is unsound, checked the slow obvious way.
fn reference_rows<'a>(
    array: &StringBuffers<'a>,
    rows: usize,
    valid: &[bool],
) -> Option<Vec<&'a [u8]>> {
    let offsets: Vec<i64> = match array {
        StringBuffers::Utf8 { offsets, .. } => offsets.iter().map(|&o| i64::from(o)).collect(),
        StringBuffers::LargeUtf8 { offsets, .. } => offsets.to_vec(),
        StringBuffers::Utf8View { views, buffers } => {
            let mut out = Vec::new();
            // A null view is never read, sound or not.
            for row in (0..rows).filter(|&row| valid[row]) {
                let view = &views[row * VIEW_BYTES..(row + 1) * VIEW_BYTES];
                let word =
                    |at: usize| u32::from_le_bytes(view[at..at + 4].try_into().unwrap()) as usize;
                let len = word(0);
                let bytes = if len <= 12 {
                    &view[4..4 + len]
                } else {
                    let buffer = buffers.get(word(8))?;
                    buffer.get(word(12)..word(12).checked_add(len)?)?
                };
                out.push(bytes);
            }
            return Some(out);
        }
    };
    let values = match array {
        StringBuffers::Utf8 { values, .. } | StringBuffers::LargeUtf8 { values, .. } => *values,
        StringBuffers::Utf8View { .. } => unreachable!(),
    };
    // An array of no rows reads nothing: its lone offset does not matter.
    let sound = rows == 0
        || offsets
            .iter()
            .all(|&o| o >= 0 && o as usize <= values.len())
            && offsets.windows(2).all(|w| w[0] <= w[1]);
    if !sound {
        return None;
    }
    Some(
        (0..rows)
            .filter(|&row| valid[row])
            .map(|row| &values[offsets[row] as usize..offsets[row + 1] as usize])
            .collect(),
    )
}

fuzz_target!(|data: &[u8]| {
    let mut input = Input { data };
    let layout = input.byte() % 3;
    let rows = usize::from(input.byte() % 8);
    let nulls = input.byte();
    let valid: Vec<bool> = (0..rows).map(|row| nulls >> row & 1 == 0).collect();
    let (offsets32, offsets64): (Vec<i32>, Vec<i64>) = if layout < 2 {
        let offsets: Vec<i64> = (0..=rows).map(|_| input.offset()).collect();
        (offsets.iter().map(|&o| o as i32).collect(), offsets)
    } else {
        (Vec::new(), Vec::new())
    };
    let views = if layout == 2 {
        input.take(rows * VIEW_BYTES)
    } else {
        &[][..]
    };
    if views.len() < rows * VIEW_BYTES && layout == 2 {
        return;
    }
    let split = usize::from(input.byte());
    let rest = input.take(usize::MAX);
    let (first, second) = rest.split_at(split.min(rest.len()));
    let array = match layout {
        0 => StringBuffers::Utf8 {
            offsets: &offsets32,
            values: rest,
        },
        1 => StringBuffers::LargeUtf8 {
            offsets: &offsets64,
            values: rest,
        },
        _ => StringBuffers::Utf8View {
            views,
            buffers: vec![first, second],
        },
    };
    let expected = reference_rows(&array, rows, &valid);
    for on_invalid in [OnInvalid::Fail, OnInvalid::Replace] {
        let mut out: Vec<(usize, Cow<'_, str>)> = Vec::new();
        let result = read_rows(&array, rows, |row| valid[row], on_invalid, 100, &mut out);
        let Some(expected) = &expected else {
            assert!(result.is_err(), "unsound layout read: {array:?}");
            continue;
        };
        let all_utf8 = expected.iter().all(|b| std::str::from_utf8(b).is_ok());
        assert_eq!(
            result.is_ok(),
            on_invalid == OnInvalid::Replace || all_utf8,
            "{result:?} {array:?}"
        );
        if result.is_err() {
            continue;
        }
        let wanted_rows: Vec<usize> = (0..rows).filter(|&r| valid[r]).map(|r| 100 + r).collect();
        assert_eq!(out.iter().map(|(r, _)| *r).collect::<Vec<_>>(), wanted_rows);
        for ((_, text), bytes) in out.iter().zip(expected) {
            assert_eq!(text.as_ref(), String::from_utf8_lossy(bytes));
            common::analyze_and_check(text);
        }
    }
});
