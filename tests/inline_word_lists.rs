//! No new inline English word lists in Rust (issue 13, item 3): facts about English are data
//! in `data/lexicons/`, each file with a spec in `src/lexicon/registry.rs`.
//!
//! Reads every `.rs` file under `src/` outside its tests, finds runs of string literals
//! joined by `,` or `|` (a `&["a", "b", "c"]` array, a `matches!(w, "a" | "b" | "c")`
//! pattern) and fails on a run holding three or more lower-case words, unless
//! `tests/data/inline_word_lists.txt` lists it (`path<TAB>words joined by |<TAB>reason`: the
//! lists not moved yet or not English words, each with why). A listed run that is no longer
//! in the file fails too, so the list only shrinks.

mod source_scan;

use std::collections::BTreeSet;

use source_scan::string_end;
use std::path::{Path, PathBuf};

/// How many lower-case words make a run of literals a word list.
const MIN_WORDS: usize = 3;

/// One run of string literals: its file, first line and the lower-case words in it.
#[derive(Debug)]
struct Run {
    line: usize,
    words: Vec<String>,
}

/// Is `s` a lower-case English word as the rules compare them ("of", "n't", "so-called",
/// "vs.")?
fn is_word(s: &str) -> bool {
    s.chars()
        .next()
        .is_some_and(|c| c.is_ascii_lowercase() || c == '\'')
        && s.chars().any(|c| c.is_ascii_lowercase())
        && s.chars()
            .all(|c| c.is_ascii_lowercase() || matches!(c, '\'' | '’' | '-' | '.'))
}

/// The string literals of `src` (comments skipped), each with its byte offset and text.
fn literals(src: &str) -> Vec<(usize, &str)> {
    let b = src.as_bytes();
    let mut out = Vec::new();
    let mut i = 0;
    while i < b.len() {
        let rest = &b[i..];
        if rest.starts_with(b"//") {
            i += rest.iter().position(|&c| c == b'\n').unwrap_or(rest.len());
        } else if rest.starts_with(b"/*") {
            i += rest
                .windows(2)
                .position(|w| w == b"*/")
                .map_or(rest.len(), |p| p + 2);
        } else if rest.starts_with(b"'\"'") {
            i += 3;
        } else if rest[0] == b'"' {
            let end = string_end(b, i);
            out.push((i, &src[i + 1..end.saturating_sub(1).max(i + 1)]));
            i = end;
        } else {
            i += 1;
        }
    }
    out
}

/// The runs of literals joined only by `,` or `|` with at least [`MIN_WORDS`] words.
fn word_lists(src: &str) -> Vec<Run> {
    // Code under `#[cfg(test)]` (the tests module at the end of a file) is not searched.
    let src = src.find("#[cfg(test)]\nmod ").map_or(src, |at| &src[..at]);
    let lits = literals(src);
    let mut runs = Vec::new();
    let mut k = 0;
    while k < lits.len() {
        let mut end = k + 1;
        while end < lits.len() {
            let (prev, text) = lits[end - 1];
            let between = src[prev + text.len() + 2..lits[end].0].trim();
            if !matches!(between, "," | "|") {
                break;
            }
            end += 1;
        }
        let words: Vec<String> = lits[k..end]
            .iter()
            .map(|(_, t)| t.to_string())
            .filter(|t| is_word(t))
            .collect();
        if words.len() >= MIN_WORDS {
            let line = src[..lits[k].0].matches('\n').count() + 1;
            runs.push(Run { line, words });
        }
        k = end;
    }
    runs
}

fn rust_files(dir: &Path, out: &mut Vec<PathBuf>) {
    for entry in std::fs::read_dir(dir).expect("readable src/") {
        let path = entry.expect("readable entry").path();
        if path.is_dir() {
            rust_files(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs")
            && path.file_name().is_some_and(|n| n != "tests.rs")
        {
            out.push(path);
        }
    }
}

#[test]
fn finds_arrays_and_patterns_of_words_only() {
    let src = r#"
const A: &[&str] = &["is", "are", "was"];
fn f(w: &str) -> bool { matches!(w, "of" | "in"
    | "n't") || w == "x" }
const B: &[&str] = &["a", "b"];
const C: &[&str] = &["," , ";", ":", "and"];
// "not" | "in" | "a comment"
#[cfg(test)]
mod tests { const T: &[&str] = &["x", "y", "z"]; }
"#;
    let runs = word_lists(src);
    let found: Vec<(usize, String)> = runs.iter().map(|r| (r.line, r.words.join("|"))).collect();
    assert_eq!(
        found,
        vec![(2, "is|are|was".to_string()), (3, "of|in|n't".to_string())]
    );
}

#[test]
fn no_inline_word_list_outside_the_allow_list() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let allowed_text = std::fs::read_to_string(root.join("tests/data/inline_word_lists.txt"))
        .expect("tests/data/inline_word_lists.txt");
    let mut allowed = BTreeSet::new();
    for line in allowed_text.lines() {
        if line.starts_with('#') || line.trim().is_empty() {
            continue;
        }
        let fields: Vec<&str> = line.split('\t').collect();
        assert!(
            fields.len() == 3 && !fields[2].trim().is_empty(),
            "inline_word_lists.txt: `path<TAB>words<TAB>reason` expected: {line}"
        );
        allowed.insert((fields[0].to_string(), fields[1].to_string()));
    }
    let mut files = Vec::new();
    rust_files(&root.join("src"), &mut files);
    files.sort();
    assert!(files.len() > 20, "src/ read");
    let mut unlisted = Vec::new();
    let mut seen = BTreeSet::new();
    for path in files {
        let src = std::fs::read_to_string(&path).expect("readable source");
        let rel = path
            .strip_prefix(root)
            .expect("under the crate")
            .to_string_lossy()
            .replace('\\', "/");
        for run in word_lists(&src) {
            let key = (rel.clone(), run.words.join("|"));
            if allowed.contains(&key) {
                seen.insert(key);
            } else {
                unlisted.push(format!("{rel}:{}: {}", run.line, key.1));
            }
        }
    }
    let stale: Vec<_> = allowed.difference(&seen).collect();
    assert!(
        unlisted.is_empty(),
        "inline English word lists (move them to data/lexicons/ with a Spec and a class):\n{}",
        unlisted.join("\n")
    );
    assert!(
        stale.is_empty(),
        "tests/data/inline_word_lists.txt lists runs no longer in src/ (remove them): {stale:?}"
    );
}
