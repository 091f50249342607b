//! The published tokens: hyphenated compounds of letters split at their hyphens.
//!
//! The stages read a compound of letters as one word: the number stage reads `twenty-two`,
//! `two-thirds`, `year-old` and `billion-dollar` inside one token, the quote stage reads
//! `Smith-Jones` as one name and `so-called` as one marker. The tokens a caller gets follow the
//! Universal Dependencies treebanks instead (`well` `-` `known`, `Smith` `-` `Jones`), except
//! after a prefix that does not stand alone (`non-profit`, `re-elect`, `e-mail`, listed in
//! `hyphen_prefixes.txt`), which UD keeps whole too. So [`crate::analyze`] splits the compounds
//! after every stage has run, and the stages' outputs (byte spans, not token indices) do not
//! move. Compounds holding a digit (`20-year-old`, `2004-05`, `F-16`) or a period (`U.S.-led`)
//! stay whole: the number stage's shapes. A word cut off at a hyphen (`pre- and post-war`) keeps
//! its hyphen, as in UD.

use std::sync::LazyLock;

use super::chars::is_joining_hyphen;
use super::{normalize, Token, TokenKind, Whitespace};
use crate::lexicon::{self, FastSet};
use crate::span::Span;

static PREFIXES: LazyLock<FastSet<String>> = LazyLock::new(|| {
    lexicon::lowercase_set(include_str!("../../data/lexicons/hyphen_prefixes.txt"))
});

/// Is `word` letters joined by single hyphens (`well-known`, `mother-in-law`), its first part
/// not a bound prefix (`non-`, `re-`)?
fn splits(word: &str) -> bool {
    let mut parts = 0;
    let mut first = "";
    for part in word.split(is_joining_hyphen) {
        if part.is_empty() || !part.chars().all(char::is_alphabetic) {
            return false;
        }
        if parts == 0 {
            first = part;
        }
        parts += 1;
    }
    parts >= 2 && !PREFIXES.contains(&first.to_lowercase())
}

/// A word cut off at a hyphen before a space or the end (`re-` in `re- and de-regulation`,
/// `th-` in speech): the hyphen at `i + 1` joins the word at `i`, as in UD.
fn cut_off_at(text: &str, tokens: &[Token], i: usize) -> bool {
    let (Some(w), Some(h)) = (tokens.get(i), tokens.get(i + 1)) else {
        return false;
    };
    w.kind == TokenKind::Word
        && h.kind == TokenKind::Punct
        && h.ws_before == Whitespace::None
        && h.sentence == w.sentence
        && h.span.text(text).chars().all(is_joining_hyphen)
        && h.span.text(text).chars().count() == 1
        && w.span.text(text).chars().all(char::is_alphabetic)
        && tokens
            .get(i + 2)
            .is_none_or(|n| n.ws_before != Whitespace::None)
}

/// Splits every compound word of `tokens` and joins every cut-off word to its hyphen (see the
/// module doc); returns, for each old token index and for the old length, the new index
/// (empty when nothing changed).
pub fn split_compounds(text: &str, tokens: &mut Vec<Token>) -> Vec<usize> {
    let is_compound = |t: &Token| {
        t.kind == TokenKind::Word
            && t.span.text(text).contains(is_joining_hyphen)
            && splits(t.span.text(text))
    };
    let changes = |i: usize| is_compound(&tokens[i]) || cut_off_at(text, tokens, i);
    if !(0..tokens.len()).any(changes) {
        return Vec::new();
    }
    let cut: Vec<bool> = (0..tokens.len())
        .map(|i| cut_off_at(text, tokens, i))
        .collect();
    let mut moved = Vec::with_capacity(tokens.len() + 1);
    let mut out: Vec<Token> = Vec::with_capacity(tokens.len() + tokens.len() / 8);
    for (i, t) in tokens.drain(..).enumerate() {
        if i > 0 && cut[i - 1] {
            // The hyphen of a cut-off word: the word before takes it.
            moved.push(out.len() - 1);
            let w = out.last_mut().expect("the word before");
            w.span = Span::new(w.span.start(), t.span.end());
            w.set_norm(normalize(w.span.text(text)));
            continue;
        }
        moved.push(out.len());
        if !is_compound(&t) {
            out.push(t);
            continue;
        }
        let start = t.span.start();
        let word = t.span.text(text);
        let mut ws = t.ws_before;
        let mut at = 0;
        for (i, c) in word.match_indices(is_joining_hyphen) {
            push_part(
                text,
                &mut out,
                &t,
                start + at,
                start + i,
                TokenKind::Word,
                ws,
            );
            let h = start + i;
            push_part(
                text,
                &mut out,
                &t,
                h,
                h + c.len(),
                TokenKind::Punct,
                Whitespace::None,
            );
            ws = Whitespace::None;
            at = i + c.len();
        }
        push_part(
            text,
            &mut out,
            &t,
            start + at,
            t.span.end(),
            TokenKind::Word,
            ws,
        );
    }
    moved.push(out.len());
    *tokens = out;
    moved
}

/// One part of the compound `whole`, in its sentence, with its own normalized form.
fn push_part(
    text: &str,
    out: &mut Vec<Token>,
    whole: &Token,
    start: usize,
    end: usize,
    kind: TokenKind,
    ws: Whitespace,
) {
    let mut t = Token::new(Span::new(start, end), kind, ws);
    t.sentence = whole.sentence;
    t.set_norm(normalize(&text[start..end]));
    out.push(t);
}

#[cfg(test)]
mod tests {
    use super::*;

    fn published(text: &str) -> Vec<(&str, &'static str)> {
        let mut tokens = super::super::tokenize(text);
        split_compounds(text, &mut tokens);
        tokens
            .iter()
            .map(|t| (t.span.text(text), t.kind.as_str()))
            .collect()
    }

    #[test]
    fn letter_compounds_split_at_each_hyphen() {
        assert_eq!(
            published("a well-known mother-in-law"),
            vec![
                ("a", "word"),
                ("well", "word"),
                ("-", "punct"),
                ("known", "word"),
                ("mother", "word"),
                ("-", "punct"),
                ("in", "word"),
                ("-", "punct"),
                ("law", "word"),
            ]
        );
        let names: Vec<_> = published("Ms Smith-Jones‐Brown")
            .into_iter()
            .map(|(t, _)| t)
            .collect();
        assert_eq!(names, vec!["Ms", "Smith", "-", "Jones", "‐", "Brown"]);
    }

    #[test]
    fn prefixes_digits_and_periods_stay_whole() {
        let texts: Vec<_> = published("a non-profit e-mail re-election 20-year-old F-16 U.S.-led")
            .into_iter()
            .map(|(t, _)| t)
            .collect();
        assert_eq!(
            texts,
            vec![
                "a",
                "non-profit",
                "e-mail",
                "re-election",
                "20-year-old",
                "F-16",
                "U.S.-led"
            ]
        );
    }

    #[test]
    fn a_cut_off_word_keeps_its_hyphen() {
        let texts: Vec<_> = published("pre- and post-war, th- the end -")
            .into_iter()
            .map(|(t, _)| t)
            .collect();
        assert_eq!(
            texts,
            vec!["pre-", "and", "post-war", ",", "th-", "the", "end", "-"]
        );
        let text = "pre- war";
        let mut tokens = super::super::tokenize(text);
        assert_eq!(split_compounds(text, &mut tokens), vec![0, 0, 1, 2]);
        assert_eq!(tokens[0].kind, TokenKind::Word);
    }

    #[test]
    fn the_index_map_and_whitespace_follow_the_parts() {
        let text = "A so-called  deal.";
        let mut tokens = super::super::tokenize(text);
        let moved = split_compounds(text, &mut tokens);
        assert_eq!(moved, vec![0, 1, 4, 5, 6]);
        let ws: Vec<_> = tokens.iter().map(|t| t.ws_before).collect();
        use Whitespace::*;
        assert_eq!(ws, vec![None, Space, None, None, Space, None]);
        let mut plain = super::super::tokenize("no compound here.");
        assert!(split_compounds("no compound here.", &mut plain).is_empty());
        assert_eq!(plain.len(), 4);
    }
}
