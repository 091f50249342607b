//! Speakers across documents: mentions of one person or organisation share a `speaker_id`.
//!
//! Each row's name is read alone ([`parse`]): a person's name is the words after the last
//! title (`titles.txt`: "Colombian President Gustavo Petro" → "gustavo petro"), without
//! initials, lowercased and without accents, and keyed by its first and last word; an
//! organisation is keyed by all its words. Then, per key, over the whole corpus:
//!
//! - [`join_surname`]: a one-word person ("Petro", "President Petro") joins the full name
//!   with that surname when the corpus has only one, or when one has at least
//!   [`DOMINANT_SHARE`] of the full-name mentions with that surname; otherwise it stays a
//!   speaker of its own. Two full names with one surname never join.
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
    /// A person with a first and a last word.
    Full {
        key: String,
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
    let name: Vec<&String> = words[after_title..]
        .iter()
        .filter(|w| w.chars().count() > 1)
        .collect();
    match name.as_slice() {
        [] => None,
        [one] => Some(Parsed::Surname(one.to_string())),
        [first, .., last] => Some(Parsed::Full {
            key: format!("{first} {last}"),
            surname: last.to_string(),
        }),
    }
}

/// The full-name key a bare surname joins, if the corpus makes it clear.
pub fn join_surname(
    surname: &str,
    full_counts: &FastMap<String, u64>,
    by_surname: &FastMap<String, Vec<String>>,
) -> Option<String> {
    let keys = by_surname.get(surname)?;
    let total: u64 = keys.iter().map(|k| full_counts[k]).sum();
    let best = keys
        .iter()
        .max_by(|a, b| full_counts[*a].cmp(&full_counts[*b]).then_with(|| b.cmp(a)))?;
    (full_counts[best] as f64 >= DOMINANT_SHARE * total as f64).then(|| best.clone())
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

/// The corpus-level speaker of every row.
pub fn match_speakers(rows: &[SpeakerIn]) -> Vec<SpeakerRow> {
    let parsed: Vec<Option<Parsed>> = rows
        .iter()
        .map(|r| r.name.and_then(|n| parse(n, r.kind)))
        .collect();
    let mut full_counts: FastMap<String, u64> = FastMap::default();
    let mut by_surname: FastMap<String, Vec<String>> = FastMap::default();
    for (p, row) in parsed.iter().zip(rows) {
        if let Some(Parsed::Full { key, surname }) = p {
            let count = full_counts.entry(key.clone()).or_default();
            if *count == 0 {
                by_surname
                    .entry(surname.clone())
                    .or_default()
                    .push(key.clone());
            }
            *count += row.count.max(1);
        }
    }
    // Each row's group key, and whether its name is a full form (shown before bare ones).
    let keys: Vec<Option<(String, bool)>> = parsed
        .iter()
        .map(|p| match p {
            None => None,
            Some(Parsed::Full { key, .. }) => Some((format!("p:{key}"), true)),
            Some(Parsed::Organisation(key)) => Some((format!("o:{key}"), true)),
            Some(Parsed::Surname(s)) => Some(match join_surname(s, &full_counts, &by_surname) {
                Some(key) => (format!("p:{key}"), false),
                None => (format!("p:{s}"), true),
            }),
        })
        .collect();
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
