//! What "the same sentences as the original except at headings" admits for a flattened text
//! (issue 16). One definition, read by `examples/shapes.rs` (`flattened*`) and by the shape
//! tests in `src/sentences/tests.rs` (`#[path]` to this file; its own tests run there).
//!
//! Flattening (every run of line breaks one space) erases the line breaks around a heading, and
//! those breaks were all that set it apart. So a boundary of the original may be missing in the
//! flattened text, or the other way round, where:
//!
//! 1. **a heading ends**: a sentence that does not end in `.` `?` `!` `…` (closing quotes and
//!    brackets aside), or is only a list number (`3.`, `12)`), followed in the original by a
//!    line break (a headline, byline, dateline, `declared:`, a list item without a period);
//! 2. **at either edge of a heading line**: a whole line of the original (a line break or the
//!    text's edge on both sides) of at most [`MAX_HEADING_LINE_WORDS`] words, each capitalised
//!    or a number or a function word (`data/lexicons/function_words.txt`), with or without a
//!    period: `Bush: Survive to S.C.`, `Washington, D.C.`, `TWITTER.`, `Declared 2016
//!    Presidential Candidates.`, an embed's `X.`. PolNeAR's texts give most lines that lacked
//!    final punctuation a period (`ABSTRACT.`, `Getty.`, `of.`), so its headings end in one,
//!    and a heading line may end in an abbreviation's own period (`S.C.`). Flattened, such a
//!    line runs into the paragraph before it when that one ends in an abbreviation (`…from the
//!    U.S. Declared 2016…`) and into the one after it when it ends in one (`Survive to S.C.
//!    Members of…`, `X. Fact-checkers…`): the words give the splitter no more than the
//!    original's line breaks did.
//!
//! Not admitted: a paragraph of prose ending in an abbreviation before another paragraph
//! (`…gun laws in the U.S.` / `Florida Sen. Marco Rubio says…`): its line has a lower-case
//! word, so it is no heading, and the difference counts.
//!
//! Both span lists (original offsets, the flattened one mapped back) are joined at the
//! admitted boundaries, and the results compared.

use std::collections::HashSet;
use std::sync::LazyLock;

/// A heading line (clause 2) has at most this many words.
pub const MAX_HEADING_LINE_WORDS: usize = 10;

static FUNCTION_WORDS: LazyLock<HashSet<&'static str>> = LazyLock::new(|| {
    include_str!("../../data/lexicons/function_words.txt")
        .lines()
        .filter_map(|l| l.split_whitespace().next())
        .filter(|w| !w.starts_with('#'))
        .collect()
});

/// Does the sentence text end in final punctuation (closing quotes and brackets aside)?
pub fn ends_final(sentence: &str) -> bool {
    let t = sentence.trim_end_matches(|c: char| {
        c.is_whitespace() || matches!(c, '"' | '\'' | '”' | '’' | ')' | ']' | '»')
    });
    t.ends_with(['.', '?', '!', '…'])
}

/// A list number alone (`3.`, `12)`): on a line of its own it labels what follows.
pub fn list_number(sentence: &str) -> bool {
    let digits = sentence.trim_end_matches(['.', ')']);
    sentence.len() - digits.len() == 1
        && (1..=3).contains(&digits.len())
        && digits.bytes().all(|b| b.is_ascii_digit())
}

/// Is `line` (one whole line, trimmed) a heading line: 1 to [`MAX_HEADING_LINE_WORDS`] words,
/// a letter among them, each word capitalised, a number, a function word or marks only?
pub fn heading_line(line: &str) -> bool {
    let words: Vec<&str> = line.split_whitespace().collect();
    let word_ok = |w: &&str| {
        let core = w.trim_matches(|c: char| !c.is_alphanumeric());
        match core.chars().next() {
            None => true,
            Some(c) => c.is_uppercase() || c.is_ascii_digit() || FUNCTION_WORDS.contains(core),
        }
    };
    (1..=MAX_HEADING_LINE_WORDS).contains(&words.len())
        && line.chars().any(char::is_alphabetic)
        && words.iter().all(word_ok)
}

/// The whole line of `text` that ends at byte `at` (only spaces between), if it is one.
fn line_ending_at(text: &str, at: usize) -> Option<&str> {
    let start = text[..at].rfind(['\n', '\r']).map_or(0, |k| k + 1);
    Some(text[start..at].trim())
}

/// The whole line of `text` that starts at byte `at` (only spaces before it on its line).
fn line_starting_at(text: &str, at: usize) -> Option<&str> {
    let before = &text[text[..at].rfind(['\n', '\r']).map_or(0, |k| k + 1)..at];
    if !before.trim().is_empty() {
        return None;
    }
    let end = text[at..].find(['\n', '\r']).map_or(text.len(), |k| at + k);
    Some(text[at..end].trim())
}

/// Sentence spans (original offsets) joined at every boundary the definition above admits.
pub fn admit_headings(original: &str, spans: &[(usize, usize)]) -> Vec<(usize, usize)> {
    let mut out: Vec<(usize, usize)> = Vec::with_capacity(spans.len());
    let mut open = false;
    for (k, &(a, b)) in spans.iter().enumerate() {
        match out.last_mut() {
            Some(last) if open => last.1 = b,
            _ => out.push((a, b)),
        }
        let next = spans.get(k + 1).map_or(original.len(), |n| n.0);
        let gap = &original[b.min(next)..next];
        if !gap.contains(['\n', '\r']) {
            open = false;
            continue;
        }
        let sentence = original[a..b].trim();
        // The gap's text before its first line break must be spaces for the line to end at `b`.
        let ends_line = gap[..gap.find(['\n', '\r']).unwrap_or(0)].trim().is_empty();
        let heading_before = ends_line && line_ending_at(original, b).is_some_and(heading_line);
        let heading_after =
            next < original.len() && line_starting_at(original, next).is_some_and(heading_line);
        open = !ends_final(sentence) || list_number(sentence) || heading_before || heading_after;
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn heading_lines_are_short_and_capitalised() {
        for line in [
            "Bush: Survive to S.C.",
            "Washington, D.C.",
            "TWITTER.",
            "X.",
            "Declared 2016 Presidential Candidates.",
            "Votes of the Week",
            "- Ana Ruiz.",
        ] {
            assert!(heading_line(line), "{line}");
        }
        for line in [
            "He won.",
            "The vote was held in Lodi, N.J.",
            "…",
            "___",
            "Ferry Fares Stay Frozen As The Council Votes To Keep The Night Crossing",
        ] {
            assert!(!heading_line(line), "{line}");
        }
    }

    /// The spans of `text` for the sentences given, in order.
    fn spans_of(text: &str, sentences: &[&str]) -> Vec<(usize, usize)> {
        let mut from = 0;
        sentences
            .iter()
            .map(|s| {
                let a = from + text[from..].find(s).expect("sentence in text");
                from = a + s.len();
                (a, from)
            })
            .collect()
    }

    #[test]
    fn both_edges_of_a_heading_line_are_admitted() {
        let text = "Fares rose in the U.S.\n\nFerry Plans for S.C.\n\nRiders were told.";
        let split = spans_of(
            text,
            &[
                "Fares rose in the U.S.",
                "Ferry Plans for S.C.",
                "Riders were told.",
            ],
        );
        let joined = spans_of(
            text,
            &["Fares rose in the U.S.\n\nFerry Plans for S.C.\n\nRiders were told."],
        );
        assert_eq!(admit_headings(text, &split), admit_headings(text, &joined));
        assert_eq!(admit_headings(text, &split).len(), 1);
    }

    #[test]
    fn a_prose_paragraph_ending_in_an_abbreviation_is_no_heading() {
        let text = "Fares rose in the U.S.\n\nFlorida Sen. Ana Ruiz says riders will pay more.";
        let split = spans_of(
            text,
            &[
                "Fares rose in the U.S.",
                "Florida Sen. Ana Ruiz says riders will pay more.",
            ],
        );
        let joined = spans_of(
            text,
            &["Fares rose in the U.S.\n\nFlorida Sen. Ana Ruiz says riders will pay more."],
        );
        assert_ne!(admit_headings(text, &split), admit_headings(text, &joined));
        // A sentence without final punctuation before a line break is joined to the next.
        let text = "Ferry vote: what changes\n\nThe council met.";
        let split = spans_of(text, &["Ferry vote: what changes", "The council met."]);
        assert_eq!(admit_headings(text, &split).len(), 1);
    }
}
