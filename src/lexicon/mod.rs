//! Word lists shipped as data.
//!
//! Lexicons live in `data/lexicons/*.txt`, one entry per line, `#` starting a comment. An entry
//! may carry tab-separated fields after the key (a canonical form, a category, a value). The
//! files are embedded with `include_str!`, so the compiled core needs no files at run time and
//! the lists stay plain data that can be reviewed and extended without touching code. Each
//! list is parsed once, on first use, behind a `LazyLock`.

use std::collections::{HashMap, HashSet};

pub mod check;
mod classes;
pub mod packed;
pub mod registry;

pub use classes::Classes;
pub use packed::PackedMap;

/// Hash map and set for lexicon lookups. The keys are short words from our own data files,
/// looked up once or more per token: a fast non-cryptographic hash (rustc's Fx hash) beats
/// SipHash here, and there is no untrusted key set to defend against.
pub type FastMap<K, V> = HashMap<K, V, rustc_hash::FxBuildHasher>;
pub type FastSet<K> = HashSet<K, rustc_hash::FxBuildHasher>;

/// Iterates the entries of a lexicon file: trimmed, non-empty lines with comments removed,
/// split on tabs. A key written `\#` is the literal `#` (a line starting with `#` is a comment).
pub fn entries(source: &str) -> impl Iterator<Item = Vec<&str>> {
    numbered_entries(source).map(|(_, fields)| fields)
}

/// [`entries`] with the 1-based line number of each entry, for error messages.
pub fn numbered_entries(source: &str) -> impl Iterator<Item = (usize, Vec<&str>)> {
    source.lines().enumerate().filter_map(|(i, line)| {
        let line = match line.find('#') {
            // A '#' that starts a field is a comment; a '#' inside a key (e.g. "C#") is kept.
            Some(0) => "",
            Some(i) if line[..i].ends_with(char::is_whitespace) => &line[..i],
            _ => line,
        };
        let line = line.trim();
        if line.is_empty() {
            return None;
        }
        let mut fields: Vec<&str> = line
            .split('\t')
            .map(str::trim)
            .filter(|f| !f.is_empty())
            .collect();
        if let Some(key) = fields[0].strip_prefix('\\') {
            fields[0] = key;
        }
        Some((i + 1, fields))
    })
}

/// A set of keys, matched case-sensitively as written in the file (any set type: callers
/// on a hot path pick [`FastSet`]).
pub fn word_set<S: FromIterator<String>>(source: &str) -> S {
    entries(source)
        .map(|fields| fields[0].to_string())
        .collect()
}

/// A set of keys folded to lowercase, for case-insensitive lookups.
pub fn lowercase_set<S: FromIterator<String>>(source: &str) -> S {
    entries(source)
        .map(|fields| fields[0].to_lowercase())
        .collect()
}

/// Key → remaining fields; keys folded to lowercase.
pub fn lowercase_map(source: &str) -> HashMap<String, Vec<String>> {
    entries(source)
        .map(|fields| {
            (
                fields[0].to_lowercase(),
                fields[1..].iter().map(|s| s.to_string()).collect(),
            )
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_comments_tabs_and_blank_lines() {
        let src = "# header\n\nMr.\tperson_title # trailing\nC#\n  spaced  \n";
        let e: Vec<Vec<&str>> = entries(src).collect();
        assert_eq!(
            e,
            vec![vec!["Mr.", "person_title"], vec!["C#"], vec!["spaced"]]
        );
    }
}
