//! Speakers across documents: mentions of one person or organisation share a `speaker_id`.
//!
//! Each row's name is read alone ([`parse`]): a person's name is the words after the last
//! title (`titles.txt`: "Colombian President Gustavo Petro" → "gustavo petro"), lowercased
//! and without accents, and keyed by its first and last word and the initials of the words
//! between ("George H.W. Bush" → "george bush hw"); an organisation is keyed by all its
//! words. Then, over the whole corpus, in order:
//!
//! - join_middle: a full name without middle words ("James Comey") joins the one name with
//!   middle initials and the same first and last word ("James B. Comey") when there is only
//!   one, or one with at least [`DOMINANT_SHARE`] of their mentions ([`dominant`]); two
//!   different middles ("George W. Bush", "George H.W. Bush") stay apart.
//! - join_surname: a one-word person ("Petro", "President Petro") joins the full name with
//!   that surname on the same condition; otherwise it stays a speaker of its own. Two full
//!   names with one surname never join.
//! - [`canonical_name`]: the name shown is the one written most often among the full-name
//!   mentions (ties: the smallest).
//!
//! Roles ("a spokesman") and unresolved pronouns get no id. Every step counts and sorts, so
//! the result does not depend on row order, and rows may carry a count (Dask sends each
//! distinct name once with its count).

use std::sync::LazyLock;

use super::normalise::push_folded;
use super::sign;
use crate::lexicon::{self, FastMap, FastSet};

/// The share of a surname's full-name mentions one person needs for the bare surname to be
/// read as that person.
pub const DOMINANT_SHARE: f64 = 0.8;

/// Title words, lowercased without their period ("mr", "president").
static TITLES: LazyLock<FastSet<String>> = LazyLock::new(|| {
    lexicon::entries(include_str!("../../data/lexicons/titles.txt"))
        .map(|fields| fields[0].trim_end_matches('.').to_lowercase())
        .collect()
});

/// One row: the speaker as written in the `speaker` column, its `speaker_type`, and how
/// many rows it stands for.
#[derive(Clone, Copy, Debug)]
pub struct SpeakerIn<'a> {
    pub name: Option<&'a str>,
    pub kind: Option<&'a str>,
    pub count: u64,
}

/// One row's corpus-level speaker: the id's hash and the canonical name.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SpeakerRow {
    pub id: Option<u64>,
    pub name: Option<String>,
}

/// What a name says, read alone.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Parsed {
    /// A person with a first and a last word (`base`, "first last"), and the initials of the
    /// words between (`middle`: "George H. W. Bush" → "hw").
    Full {
        base: String,
        middle: String,
        surname: String,
    },
    /// A person named by one word (a surname, or a title and a surname).
    Surname(String),
    Organisation(String),
}

fn folded_words(name: &str) -> Vec<String> {
    let mut words = Vec::new();
    let mut word = String::new();
    for c in name.chars() {
        if c.is_alphanumeric() {
            push_folded(c, &mut word);
        } else if matches!(c, '\'' | '’') {
            continue;
        } else if !word.is_empty() {
            words.push(std::mem::take(&mut word));
        }
    }
    if !word.is_empty() {
        words.push(word);
    }
    words
}

/// Reads one name. Roles, unresolved mentions and empty names give `None`.
pub fn parse(name: &str, kind: Option<&str>) -> Option<Parsed> {
    let words = folded_words(name);
    match kind {
        Some("role") | Some("unresolved") => return None,
        Some("organisation") => {
            return (!words.is_empty()).then(|| Parsed::Organisation(words.join(" ")))
        }
        _ => {}
    }
    let after_title = words
        .iter()
        .rposition(|w| TITLES.contains(w))
        .map_or(0, |i| i + 1);
    match &words[after_title..] {
        [] => None,
        [one] => Some(Parsed::Surname(one.clone())),
        [first, middle @ .., last] => Some(Parsed::Full {
            base: format!("{first} {last}"),
            middle: middle.iter().filter_map(|w| w.chars().next()).collect(),
            surname: last.clone(),
        }),
    }
}

/// The key among `keys` that has at least [`DOMINANT_SHARE`] of their mentions (the only
/// one, or the one named far more often than the others).
pub fn dominant(keys: &[String], counts: &FastMap<String, u64>) -> Option<String> {
    let total: u64 = keys.iter().map(|k| counts[k]).sum();
    let best = keys
        .iter()
        .max_by(|a, b| counts[*a].cmp(&counts[*b]).then_with(|| b.cmp(a)))?;
    (counts[best] as f64 >= DOMINANT_SHARE * total as f64).then(|| best.clone())
}

/// The name shown for a group: the most written among `(group, name, count)` mentions.
pub fn canonical_name(mentions: &[(u32, &str, u64)]) -> FastMap<u32, String> {
    let mut totals: FastMap<(u32, &str), u64> = FastMap::default();
    for &(group, name, count) in mentions {
        *totals.entry((group, name)).or_default() += count;
    }
    // The most frequent first, then the smallest name: negate counts to reuse the order.
    let pairs: Vec<(u32, (std::cmp::Reverse<u64>, &str))> = totals
        .into_iter()
        .map(|((g, n), c)| (g, (std::cmp::Reverse(c), n)))
        .collect();
    let mut out = FastMap::default();
    let mut sorted = pairs;
    sorted.sort_unstable();
    for (g, (_, n)) in sorted {
        out.entry(g).or_insert_with(|| n.to_string());
    }
    out
}

/// Counts `key` and lists it under `group` the first time it is seen.
fn add(
    counts: &mut FastMap<String, u64>,
    groups: &mut FastMap<String, Vec<String>>,
    group: &str,
    key: String,
    n: u64,
) {
    let seen = counts.entry(key.clone()).or_default();
    if *seen == 0 {
        groups.entry(group.to_string()).or_default().push(key);
    }
    *seen += n;
}

/// Each row's id (from its group key) and its group's canonical name. `keys[i]` is row `i`'s
/// group key and whether its name is a full form (full forms are shown before bare ones).
fn name_groups(keys: &[Option<(String, bool)>], rows: &[SpeakerIn]) -> Vec<SpeakerRow> {
    let mut group_of: FastMap<&str, u32> = FastMap::default();
    let mut mentions: Vec<(u32, &str, u64)> = Vec::new();
    let mut fallback: Vec<(u32, &str, u64)> = Vec::new();
    for (key, row) in keys.iter().zip(rows) {
        let Some((key, full)) = key else { continue };
        let next = group_of.len() as u32;
        let group = *group_of.entry(key.as_str()).or_insert(next);
        let name = row.name.unwrap_or_default();
        let target = if *full { &mut mentions } else { &mut fallback };
        target.push((group, name, row.count.max(1)));
    }
    let mut names = canonical_name(&fallback);
    names.extend(canonical_name(&mentions));
    keys.iter()
        .map(|key| match key {
            None => SpeakerRow {
                id: None,
                name: None,
            },
            Some((key, _)) => SpeakerRow {
                id: Some(sign::bytes(key.as_bytes())),
                name: names.get(&group_of[key.as_str()]).cloned(),
            },
        })
        .collect()
}

/// The corpus-level speaker of every row.
pub fn match_speakers(rows: &[SpeakerIn]) -> Vec<SpeakerRow> {
    let parsed: Vec<Option<Parsed>> = rows
        .iter()
        .map(|r| r.name.and_then(|n| parse(n, r.kind)))
        .collect();
    let count = |row: &SpeakerIn| row.count.max(1);
    // Full names with middle initials, by their first and last word.
    let mut counts: FastMap<String, u64> = FastMap::default();
    let mut by_base: FastMap<String, Vec<String>> = FastMap::default();
    for (p, row) in parsed.iter().zip(rows) {
        if let Some(Parsed::Full { base, middle, .. }) = p {
            if !middle.is_empty() {
                add(
                    &mut counts,
                    &mut by_base,
                    base,
                    format!("{base} {middle}"),
                    count(row),
                );
            }
        }
    }
    // join_middle: every full name's key, then the full names by surname.
    let full: Vec<Option<String>> = parsed
        .iter()
        .map(|p| match p {
            Some(Parsed::Full { base, middle, .. }) if middle.is_empty() => {
                let variants = by_base.get(base).map_or(&[][..], Vec::as_slice);
                Some(dominant(variants, &counts).unwrap_or_else(|| base.clone()))
            }
            Some(Parsed::Full { base, middle, .. }) => Some(format!("{base} {middle}")),
            _ => None,
        })
        .collect();
    let mut full_counts: FastMap<String, u64> = FastMap::default();
    let mut by_surname: FastMap<String, Vec<String>> = FastMap::default();
    for ((p, key), row) in parsed.iter().zip(&full).zip(rows) {
        if let (Some(Parsed::Full { surname, .. }), Some(key)) = (p, key) {
            add(
                &mut full_counts,
                &mut by_surname,
                surname,
                key.clone(),
                count(row),
            );
        }
    }
    // Each row's group key, and whether its name is a full form (shown before bare ones).
    let keys: Vec<Option<(String, bool)>> = parsed
        .iter()
        .zip(&full)
        .map(|(p, full)| match (p, full) {
            (_, Some(key)) => Some((format!("p:{key}"), true)),
            (None, _) => None,
            (Some(Parsed::Organisation(key)), _) => Some((format!("o:{key}"), true)),
            (Some(Parsed::Surname(s)), _) => {
                let fulls = by_surname.get(s).map_or(&[][..], Vec::as_slice);
                Some(match dominant(fulls, &full_counts) {
                    Some(key) => (format!("p:{key}"), false),
                    None => (format!("p:{s}"), true),
                })
            }
            (Some(Parsed::Full { .. }), None) => None,
        })
        .collect();
    name_groups(&keys, rows)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn run(names: &[(&str, &str)]) -> Vec<SpeakerRow> {
        let rows: Vec<SpeakerIn> = names
            .iter()
            .map(|&(n, k)| SpeakerIn {
                name: Some(n),
                kind: Some(k),
                count: 1,
            })
            .collect();
        match_speakers(&rows)
    }

    #[test]
    fn surname_and_title_forms_join_the_full_name() {
        let out = run(&[
            ("Gustavo Petro", "person"),
            ("Petro", "person"),
            ("President Petro", "person"),
            ("Colombian President Gustavo Petro", "person"),
            ("Gustavo Petro", "person"),
        ]);
        assert!(out.iter().all(|r| r.id == out[0].id));
        assert!(out
            .iter()
            .all(|r| r.name.as_deref() == Some("Gustavo Petro")));
    }

    #[test]
    fn namesakes_stay_apart_and_an_unclear_surname_joins_neither() {
        let out = run(&[
            ("Hillary Clinton", "person"),
            ("Bill Clinton", "person"),
            ("Hillary Clinton", "person"),
            ("Mr Clinton", "person"),
        ]);
        assert_ne!(out[0].id, out[1].id);
        assert_eq!(out[0].id, out[2].id);
        assert_ne!(out[3].id, out[0].id);
        assert_ne!(out[3].id, out[1].id);
        assert_eq!(out[3].name.as_deref(), Some("Mr Clinton"));
    }

    #[test]
    fn a_dominant_namesake_takes_the_bare_surname() {
        let mut names = vec![("Donald Trump", "person"); 9];
        names.push(("Ivanka Trump", "person"));
        names.push(("Trump", "person"));
        let out = run(&names);
        assert_eq!(out[10].id, out[0].id);
        assert_ne!(out[9].id, out[0].id);
    }

    #[test]
    fn different_middle_initials_are_different_people() {
        let out = run(&[
            ("George W. Bush", "person"),
            ("George H.W. Bush", "person"),
            ("George P. Bush", "person"),
            ("George Bush", "person"),
            ("James B. Comey", "person"),
            ("James Comey", "person"),
            ("FBI Director James Comey", "person"),
        ]);
        let ids: Vec<_> = out.iter().map(|r| r.id).collect();
        assert_eq!(
            ids[..4]
                .iter()
                .collect::<std::collections::HashSet<_>>()
                .len(),
            4
        );
        assert_eq!(ids[4], ids[5]);
        assert_eq!(ids[4], ids[6]);
    }

    #[test]
    fn roles_get_no_id_and_organisations_match_whole() {
        let out = run(&[
            ("a spokesman", "role"),
            ("the Pentagon", "organisation"),
            ("The Pentagon", "organisation"),
        ]);
        assert_eq!(
            out[0],
            SpeakerRow {
                id: None,
                name: None
            }
        );
        assert_eq!(out[1].id, out[2].id);
        assert!(out[1].id.is_some());
    }

    #[test]
    fn initials_and_accents_do_not_matter() {
        let out = run(&[("Donald J. Trump", "person"), ("Donald Trump", "person")]);
        assert_eq!(out[0].id, out[1].id);
        let out = run(&[("Nicolás Maduro", "person"), ("Nicolas Maduro", "person")]);
        assert_eq!(out[0].id, out[1].id);
    }
}
