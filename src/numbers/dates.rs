//! Calendar dates written with a month name: "January 4", "4 January 2005", "January 7,
//! 2026", "November 2025", "the 4th of July", and all-digit dates ("12/05/2004",
//! "2004-05-12").
//!
//! A date is one expression: the year inside it does not get a row of its own. Following
//! the annotation guidelines the value is the year when the date has one and the day of the
//! month otherwise. A month name with no numeral next to it ("in November") is not a figure.

use super::lexicons::{ContextClass, MONTHS};
use super::view::View;
use crate::tokenize::TokenKind;

/// A date found at some token: its token range and value.
pub struct DateMatch {
    pub start: usize,
    pub end: usize,
    /// ISO 8601, as precise as the text: "2025-11-09", "2025-11", "--11-09".
    pub iso: String,
}

/// An ISO 8601 date from the parts the text gives: year and month ("2025-11"), month and
/// day ("--11-09", the ISO form of a date without its year), or all three.
pub fn iso(year: Option<u32>, month: u32, day: Option<u32>) -> String {
    match (year, day) {
        (Some(y), Some(d)) => format!("{y:04}-{month:02}-{d:02}"),
        (Some(y), None) => format!("{y:04}-{month:02}"),
        (None, Some(d)) => format!("--{month:02}-{d:02}"),
        (None, None) => format!("--{month:02}"),
    }
}

/// The day of the month at `i` ("4", "4th"), if the token is one.
fn day_at(v: &View, i: usize) -> Option<u32> {
    if !v.is(i, TokenKind::Number) {
        return None;
    }
    let raw = v.low(i);
    let digits = raw.trim_end_matches(|c: char| c.is_ascii_alphabetic());
    let suffix = &raw[digits.len()..];
    if !(suffix.is_empty() || crate::facts::is_ordinal_suffix(suffix))
        || digits.is_empty()
        || digits.len() > 2
        || !digits.bytes().all(|b| b.is_ascii_digit())
    {
        return None;
    }
    let d: u32 = digits.parse().ok()?;
    (1..=31).contains(&d).then_some(d)
}

/// A four-digit year at `i`.
pub fn year_at(v: &View, i: usize) -> Option<u32> {
    if !v.is(i, TokenKind::Number) {
        return None;
    }
    let raw = v.norm(i);
    if raw.len() != 4 || !raw.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    let y: u32 = raw.parse().ok()?;
    (1000..=2199).contains(&y).then_some(y)
}

/// A month name at `i`, written with a capital ("May" the month, not "may" the verb), or in
/// any case in a text lower-cased whole ("on 12 march").
fn month_at(v: &View, i: usize) -> Option<u32> {
    if !v.is_word(i) || !v.capitalized(i) && !v.case_lost() {
        return None;
    }
    MONTHS.get(v.low(i)).copied()
}

/// True when the token after a day number carries on the figure ("4 million", "4%"), so the
/// day reading is wrong.
fn continues_figure(v: &View, i: usize) -> bool {
    v.glued(i) && !v.is(i, TokenKind::Punct) || is_timezone(v, i)
}

/// "1600 GMT": a clock time, not a year.
pub fn is_timezone(v: &View, i: usize) -> bool {
    let upper = v.raw(i).chars().all(|c| c.is_uppercase()) || v.case_lost();
    super::lexicons::context_is(v.low(i), ContextClass::Timezone) && upper
}

/// The date that starts at token `i`, if any.
pub fn date_at(v: &View, i: usize) -> Option<DateMatch> {
    // Month first: "January 4", "January 7, 2026", "November 2025", "Jan. 5".
    if let Some(month) = month_at(v, i) {
        let j = i + 1;
        if !v.same_sentence(i, j) {
            return None;
        }
        if let Some(day) = day_at(v, j).filter(|_| !continues_figure(v, j + 1)) {
            // Optional ", 2026" or " 2026".
            let k = if v.norm(j + 1) == "," { j + 2 } else { j + 1 };
            if let Some(y) =
                year_at(v, k).filter(|_| v.same_sentence(i, k) && !continues_figure(v, k + 1))
            {
                return Some(DateMatch {
                    start: i,
                    end: k + 1,
                    iso: iso(Some(y), month, Some(day)),
                });
            }
            return Some(DateMatch {
                start: i,
                end: j + 1,
                iso: iso(None, month, Some(day)),
            });
        }
        if let Some(y) = year_at(v, j).filter(|_| !continues_figure(v, j + 1)) {
            return Some(DateMatch {
                start: i,
                end: j + 1,
                iso: iso(Some(y), month, None),
            });
        }
        return None;
    }
    // Day first: "4 January 2005", "4th of July", "the 21st of March".
    let day = day_at(v, i)?;
    let mut j = i + 1;
    if v.low(j) == "of" {
        j += 1;
    }
    let month = month_at(v, j)?;
    if !v.same_sentence(i, j) {
        return None;
    }
    let k = if v.norm(j + 1) == "," { j + 2 } else { j + 1 };
    if let Some(y) = year_at(v, k).filter(|_| v.same_sentence(i, k) && !continues_figure(v, k + 1))
    {
        return Some(DateMatch {
            start: i,
            end: k + 1,
            iso: iso(Some(y), month, Some(day)),
        });
    }
    Some(DateMatch {
        start: i,
        end: j + 1,
        iso: iso(None, month, Some(day)),
    })
}
