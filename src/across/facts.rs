//! Figures across documents: rows that report the same fact share a `fact_id`, and a row
//! whose value differs from the fact's beyond rounding `disagrees`.
//!
//! A fact is keyed by the row alone ([`fact_key`]): the figure's kind, unit or currency,
//! counted noun and governing verb (crudely stemmed, so "deported" and "deports" meet); when
//! the caller gives dates, a key's dated rows are then split where their days leave a gap of
//! more than the window ([`split_by_dates`]). A row without a value, a noun or a
//! verb, or of a kind that is not an amount ([`UNMATCHED_KINDS`]), has no fact: without the
//! verb, "three victories" and "two victories" in unrelated stories were one fact. When the
//! caller gives anchors ([`super::anchor`]: who or what the figure is about), the key holds
//! the anchor (with its qualifiers: "clinton|in=indiana") too, and a row without one has no
//! fact; a verb that states a level ("has",
//! "reached", "stands at": `stative_verbs.txt`) is then keyed as one stated level, so "Lagos
//! has 15 million people" and "Lagos's population has reached 15.2 million people" meet.
//! A row without a verb still has no fact: on PolNeAR, letting anchored rows without a verb
//! in ("the two races", "one point") halved the share of precise facts.
//! Without anchors the key is noun and verb only, so "Clinton won 15.6 million votes" and
//! "Stein won 470,000 votes" are one fact.
//!
//! The fact's reference value is its median (the lower one of an even count; an approximate
//! median stays approximate), which a few outlying reports do not move. [`agree`]
//! states the rounding rule: two values agree when they differ by at most half the rounding
//! step of the rounder one (the step of a value is the largest power of ten it is a multiple
//! of as written: 600,000 → 100,000; 605,000 → 1,000; 2.5 → 0.1), or, when either is
//! approximate ("about", "nearly", "more than"), by at most [`APPROX_SHARE`] of the larger.
//! A range agrees with a value inside it (with the same slack).

use std::sync::LazyLock;

use super::sign;
use crate::lexicon::{self, FastMap, FastSet};

/// Kinds whose figures are not amounts of something, so never one fact.
pub const UNMATCHED_KINDS: &[&str] = &["date", "year", "time", "ordinal", "score"];
/// The relative slack allowed when either value is approximate.
pub const APPROX_SHARE: f64 = 0.1;

/// One row of a numbers table.
#[derive(Clone, Copy, Debug, Default)]
pub struct NumberIn<'a> {
    pub kind: &'a str,
    pub unit: Option<&'a str>,
    pub noun: Option<&'a str>,
    pub verb: Option<&'a str>,
    pub value: Option<f64>,
    pub low: Option<f64>,
    pub high: Option<f64>,
    pub approx: bool,
    /// The day (since 1970-01-01) of the row's document, when the caller knows it.
    pub day: Option<i64>,
    /// Whether anchors were read ([`super::anchor`]): then a row without one has no fact.
    pub anchored: bool,
    /// Who or what the figure is about (`clinton`), when anchors were read.
    pub anchor: Option<&'a str>,
}

/// One row's fact: the id's hash, and whether the value disagrees with the fact's.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct FactRow {
    pub fact: Option<u64>,
    pub disagrees: bool,
}

/// The verb key of a figure that states a level ("Lagos has 15 million people"), when
/// anchors are read.
const STATED: &str = "=";

/// Verbs that state how many there are (`stative_verbs.txt`).
static STATIVE: LazyLock<FastSet<String>> =
    LazyLock::new(|| lexicon::lowercase_set(include_str!("../../data/lexicons/stative_verbs.txt")));

/// Is the verb's last word one that states a level ("has", "reached")?
fn is_stative(verb: &str) -> bool {
    let last = verb.rsplit(' ').next().unwrap_or_default();
    STATIVE.contains(&last.to_lowercase())
}

/// A verb's stem: lowercase, without a final -ing, -ed, -es or -s when three letters remain.
fn stem(verb: &str) -> String {
    let verb = verb.to_lowercase();
    let verb = verb.rsplit(' ').next().unwrap_or_default().to_string();
    for ending in ["ing", "ed", "es", "s"] {
        if let Some(stem) = verb.strip_suffix(ending) {
            if stem.chars().count() >= 3 {
                return stem.to_string();
            }
        }
    }
    verb
}

/// The fact a row reports, as text, or `None` when it reports none.
pub fn fact_key(row: &NumberIn) -> Option<String> {
    row.value.filter(|v| v.is_finite())?;
    if UNMATCHED_KINDS.contains(&row.kind) {
        return None;
    }
    let noun = row.noun?.to_lowercase();
    let verb = match (row.anchored, row.verb) {
        (true, Some(v)) if is_stative(v) => STATED.to_string(),
        (_, verb) => stem(verb?),
    };
    let unit = row.unit.unwrap_or_default();
    let mut key = format!("{}\u{1f}{unit}\u{1f}{noun}\u{1f}{verb}\u{1f}", row.kind);
    if row.anchored {
        key.push('\u{1f}');
        key.push_str(row.anchor.filter(|a| !a.is_empty())?);
    }
    Some(key)
}

/// The rounding step of a value as written: 600000 → 100000, 605000 → 1000, 2.5 → 0.1.
pub fn step(value: f64) -> f64 {
    let written = format!("{}", value.abs());
    if let Some((_, decimals)) = written.split_once('.') {
        return 10f64.powi(-(decimals.len() as i32));
    }
    let zeros = written.bytes().rev().take_while(|&b| b == b'0').count();
    if zeros == written.len() {
        return 1.0;
    }
    10f64.powi(zeros as i32)
}

/// A figure as compared: its interval and whether it is approximate.
#[derive(Clone, Copy, Debug)]
pub struct Figure {
    pub low: f64,
    pub high: f64,
    pub approx: bool,
}

impl Figure {
    fn of(row: &NumberIn) -> Option<Figure> {
        let value = row.value?;
        let (low, high) = match (row.low, row.high) {
            (Some(l), Some(h)) if row.kind == "range" => (l, h),
            _ => (value, value),
        };
        Some(Figure {
            low,
            high,
            approx: row.approx,
        })
    }
}

/// Whether two figures agree within rounding (the rule is in the module doc).
pub fn agree(a: Figure, b: Figure) -> bool {
    let rounder = step(a.low)
        .max(step(a.high))
        .max(step(b.low))
        .max(step(b.high));
    let mut slack = rounder / 2.0;
    if a.approx || b.approx {
        let larger = a.high.abs().max(b.high.abs());
        slack = slack.max(APPROX_SHARE * larger);
    }
    let gap = (a.low - b.high).max(b.low - a.high).max(0.0);
    gap <= slack * (1.0 + 1e-9)
}

/// `f64` as an `i64` with the same order (an involution, so it maps back the same way).
fn ordered(v: f64) -> i64 {
    flip(v.to_bits() as i64)
}

/// Flips the magnitude bits of a negative value's bits (its own inverse).
fn flip(bits: i64) -> i64 {
    bits ^ (((bits >> 63) as u64) >> 1) as i64
}

/// Splits each key's dated rows by their days: sorted by day, a gap of more than
/// `window_days` days between two consecutive days starts a new fact, whose id extends the
/// key with its first day. So reports a day apart (one story republished) stay one fact
/// wherever they fall in the calendar, and a count given weeks later is another. The split
/// depends only on the set of days under a key, never on the row order; rows without a
/// day keep the key's own id. n·log n: one sort.
pub fn split_by_dates(rows: &[NumberIn], keys: &mut [Option<u64>], window_days: i64) {
    let mut dated: Vec<(u64, i64, usize)> = rows
        .iter()
        .zip(keys.iter())
        .enumerate()
        .filter_map(|(i, (r, k))| Some(((*k)?, r.day?, i)))
        .collect();
    dated.sort_unstable();
    let mut chain_start = 0;
    for n in 0..dated.len() {
        let (key, day, row) = dated[n];
        let new_chain =
            n == 0 || dated[n - 1].0 != key || day - dated[n - 1].1 > window_days.max(0);
        if new_chain {
            chain_start = day;
        }
        keys[row] = Some(sign::extend(key, &chain_start.to_le_bytes()));
    }
}

/// The fact and agreement of every row; rows with a day are split by [`split_by_dates`].
pub fn match_numbers(rows: &[NumberIn], window_days: i64) -> Vec<FactRow> {
    let mut keys: Vec<Option<u64>> = rows
        .iter()
        .map(|r| fact_key(r).map(|k| sign::bytes(k.as_bytes())))
        .collect();
    split_by_dates(rows, &mut keys, window_days);
    let pairs: Vec<(u64, i64, bool)> = rows
        .iter()
        .zip(&keys)
        .filter_map(|(r, k)| Some((((*k)?), ordered(r.value?), r.approx)))
        .collect();
    // The reference of each fact: its lower median value (with its approximation).
    let mut sorted = pairs;
    sorted.sort_unstable();
    let mut reference: FastMap<u64, (i64, bool)> = FastMap::default();
    let mut i = 0;
    while i < sorted.len() {
        let run = sorted[i..]
            .iter()
            .take_while(|p| p.0 == sorted[i].0)
            .count();
        let median = sorted[i + (run - 1) / 2];
        reference.insert(sorted[i].0, (median.1, median.2));
        i += run;
    }
    rows.iter()
        .zip(&keys)
        .map(|(row, key)| {
            let Some(key) = *key else {
                return FactRow {
                    fact: None,
                    disagrees: false,
                };
            };
            let (bits, approx) = reference[&key];
            let value = f64::from_bits(flip(bits) as u64);
            let reference = Figure {
                low: value,
                high: value,
                approx,
            };
            let disagrees = Figure::of(row).is_some_and(|f| !agree(f, reference));
            FactRow {
                fact: Some(key),
                disagrees,
            }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn people(value: f64, approx: bool) -> NumberIn<'static> {
        NumberIn {
            kind: "cardinal",
            noun: Some("people"),
            verb: Some("deported"),
            value: Some(value),
            approx,
            ..NumberIn::default()
        }
    }

    fn match_numbers_30(rows: &[NumberIn]) -> Vec<FactRow> {
        match_numbers(rows, 30)
    }

    #[test]
    fn the_rounding_step_is_read_from_the_value_as_written() {
        assert_eq!(step(600_000.0), 100_000.0);
        assert_eq!(step(605_000.0), 1_000.0);
        assert_eq!(step(2.5), 0.1);
        assert_eq!(step(0.0), 1.0);
    }

    #[test]
    fn rounded_figures_agree_and_different_ones_disagree() {
        let rows = [
            people(605_000.0, false),
            people(605_000.0, false),
            people(600_000.0, true),
            people(350_000.0, false),
        ];
        let out = match_numbers(&rows, 30);
        assert!(out
            .iter()
            .all(|r| r.fact == out[0].fact && r.fact.is_some()));
        let flags: Vec<bool> = out.iter().map(|r| r.disagrees).collect();
        assert_eq!(flags, [false, false, false, true]);
    }

    #[test]
    fn the_median_is_the_reference_so_one_outlier_disagrees() {
        let rows = [
            people(605_000.0, false),
            people(600_000.0, true),
            people(350_000.0, false),
        ];
        let flags: Vec<bool> = match_numbers(&rows, 30)
            .iter()
            .map(|r| r.disagrees)
            .collect();
        assert_eq!(flags, [false, false, true]);
    }

    #[test]
    fn a_different_noun_unit_or_kind_is_a_different_fact() {
        let mut dollars = people(605_000.0, false);
        dollars.kind = "money";
        dollars.unit = Some("USD");
        let mut jobs = people(605_000.0, false);
        jobs.noun = Some("jobs");
        let mut date = people(2025.0, false);
        date.kind = "year";
        let mut bare = people(1.0, false);
        bare.noun = None;
        let mut no_verb = people(605_000.0, false);
        no_verb.verb = None;
        let rows = [people(605_000.0, false), dollars, jobs, date, bare, no_verb];
        let out = match_numbers(&rows, 30);
        assert_ne!(out[0].fact, out[1].fact);
        assert_ne!(out[0].fact, out[2].fact);
        assert_eq!(out[3].fact, None);
        assert_eq!(out[4].fact, None);
        assert_eq!(out[5].fact, None);
    }

    #[test]
    fn with_anchors_the_subject_is_part_of_the_fact() {
        let about = |value: f64, anchor: Option<&'static str>| NumberIn {
            anchored: true,
            anchor,
            ..people(value, false)
        };
        let out = match_numbers_30(&[
            about(605_000.0, Some("ice")),
            about(350_000.0, Some("ice")),
            about(605_000.0, Some("stein")),
            about(605_000.0, None),
            about(605_000.0, Some("ice")),
        ]);
        assert_eq!(out[0].fact, out[1].fact);
        assert!(out[1].disagrees);
        assert_ne!(out[0].fact, out[2].fact);
        assert_eq!(out[3].fact, None);
    }

    #[test]
    fn with_anchors_stative_verbs_state_one_level() {
        let lagos = |value: f64, verb: Option<&'static str>| NumberIn {
            anchored: true,
            anchor: Some("lagos"),
            verb,
            ..people(value, false)
        };
        let out = match_numbers_30(&[
            lagos(15_000_000.0, Some("has")),
            lagos(15_200_000.0, Some("has reached")),
            lagos(15_000_000.0, Some("deported")),
            lagos(15_200_000.0, None),
        ]);
        assert_eq!(out[0].fact, out[1].fact);
        assert!(!out[0].disagrees && !out[1].disagrees);
        assert_ne!(out[0].fact, out[2].fact);
        // A row still needs its verb.
        assert_eq!(out[3].fact, None);
    }

    #[test]
    fn inflections_of_the_verb_meet() {
        let mut other = people(605_000.0, false);
        other.verb = Some("deports");
        let out = match_numbers_30(&[people(605_000.0, false), other]);
        assert_eq!(out[0].fact, out[1].fact);
    }

    #[test]
    fn a_range_agrees_with_a_value_inside_it() {
        let range = Figure {
            low: 40.0,
            high: 55.0,
            approx: false,
        };
        let inside = Figure {
            low: 50.0,
            high: 50.0,
            approx: false,
        };
        let outside = Figure {
            low: 70.0,
            high: 70.0,
            approx: false,
        };
        assert!(agree(range, inside));
        assert!(!agree(range, outside));
    }

    #[test]
    fn dates_split_a_fact_where_they_leave_a_gap() {
        let on = |value: f64, day: Option<i64>| NumberIn {
            day,
            ..people(value, false)
        };
        // Days 10 and 11 (a story republished) chain; day 40 starts another fact; a row
        // without a day keeps the key's own fact.
        let rows = [
            on(605_000.0, Some(11)),
            on(350_000.0, Some(40)),
            on(605_000.0, Some(10)),
            on(605_000.0, None),
        ];
        let out = match_numbers(&rows, 3);
        assert_eq!(out[0].fact, out[2].fact);
        assert_ne!(out[0].fact, out[1].fact);
        assert_ne!(out[0].fact, out[3].fact);
        assert_ne!(out[1].fact, out[3].fact);
        assert!(out.iter().all(|r| !r.disagrees && r.fact.is_some()));
        // The same ids in any row order.
        let reversed: Vec<NumberIn> = rows.iter().rev().copied().collect();
        let mut back = match_numbers(&reversed, 3);
        back.reverse();
        assert_eq!(back, out);
        // A wider window chains all three dated rows.
        let wide = match_numbers(&rows, 30);
        assert_eq!(wide[0].fact, wide[1].fact);
    }
}
