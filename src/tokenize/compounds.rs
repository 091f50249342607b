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

use super::chars::{is_alphabetic, is_joining_hyphen};
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
        if part.is_empty() || !part.chars().all(is_alphabetic) {
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
        && w.span.text(text).chars().all(is_alphabetic)
        && tokens
            .get(i + 2)
            .is_none_or(|n| n.ws_before != Whitespace::None)
}

/// What the published tokens do with a token.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Change {
    Keep,
    /// A compound of letters: split at its hyphens.
    Split,
    /// A cut-off word: it takes the hyphen after it.
    TakeHyphen,
}

fn change_at(text: &str, tokens: &[Token], i: usize) -> Change {
    let t = &tokens[i];
    if t.kind != TokenKind::Word {
        return Change::Keep;
    }
    if splits(t.span.text(text)) {
        return Change::Split;
    }
    if cut_off_at(text, tokens, i) {
        return Change::TakeHyphen;
    }
    Change::Keep
}

/// The tokens that change, in order: only tokens holding a hyphen byte (`-`, or 0xE2, which
/// starts `‐` and `‑`) and the words just before them are looked at, found with one `memchr`
/// pass over the text.
fn changes(text: &str, tokens: &[Token]) -> Vec<(usize, Change)> {
    let mut out = Vec::new();
    // Tokens before this one have been looked at (each once, however many hyphens it holds).
    let mut seen = 0;
    let mut k = 0;
    let bytes = text.as_bytes();
    for pos in memchr::memchr2_iter(b'-', 0xE2, bytes) {
        // 0xE2 also starts curly quotes and dashes: only U+2010 and U+2011 are hyphens.
        if bytes[pos] == 0xE2
            && bytes
                .get(pos + 1..pos + 3)
                .is_none_or(|b| !matches!(b, [0x80, 0x90 | 0x91]))
        {
            continue;
        }
        // The first token ending past the hyphen: a binary search over the tokens left (a
        // news text has a hyphen every few dozen tokens; a walk read every token).
        k += tokens[k..].partition_point(|t| t.span.end() <= pos);
        if k == tokens.len() {
            break;
        }
        if tokens[k].span.start() > pos || k < seen {
            continue;
        }
        for j in seen.max(k.saturating_sub(1))..=k {
            let c = change_at(text, tokens, j);
            if c != Change::Keep {
                out.push((j, c));
            }
        }
        seen = k + 1;
    }
    out
}

/// Splits every compound word of `tokens` and joins every cut-off word to its hyphen (see the
/// module doc); returns whether any token changed (then each token keeps its sentence index,
/// and [`crate::sentences::reindex`] renumbers the sentences' token ranges).
pub fn split_compounds(text: &str, tokens: &mut Vec<Token>) -> bool {
    split_compounds_moving(text, tokens).is_some()
}

/// Where [`split_compounds`] moved the tokens: from old token index `from` on, each index
/// grew by `by` (entries in order, `from` ascending). The token removed by a join is never a
/// sentence's first token or the one after its last (the word and its hyphen share a
/// sentence), so a sentence's old bounds map through [`Moves::new_index`].
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Moves(Vec<(usize, isize)>);

impl Moves {
    /// The new index of old token index `old` (a token no change removed, or the end).
    pub fn new_index(&self, old: usize) -> usize {
        let n = self.0.partition_point(|&(from, _)| from <= old);
        n.checked_sub(1)
            .map_or(old, |n| old.wrapping_add_signed(self.0[n].1))
    }

    /// The moves in order: `(from, by)`, see [`Moves`].
    pub fn steps(&self) -> &[(usize, isize)] {
        &self.0
    }
}

/// [`split_compounds`], returning where the tokens moved (`None`: nothing changed), so the
/// sentences' token ranges can be renumbered from the few changes
/// ([`crate::sentences::shift`]) instead of a pass over the tokens. One pass: the tokens
/// move once into a vector sized for the result, each compound's parts and each cut-off word
/// with its hyphen pushed where they fall.
pub fn split_compounds_moving(text: &str, tokens: &mut Vec<Token>) -> Option<Moves> {
    let changes = changes(text, tokens);
    if changes.is_empty() {
        return None;
    }
    let changes = &changes[..applicable(&changes, tokens.len())];
    let hyphens_in = |t: &Token| t.span.text(text).matches(is_joining_hyphen).count();
    let grow: usize = (changes.iter())
        .filter(|&&(_, c)| c == Change::Split)
        .map(|&(k, _)| 2 * hyphens_in(&tokens[k]))
        .sum();
    let mut out = Vec::with_capacity(tokens.len() + grow);
    let mut rest = std::mem::take(tokens).into_iter();
    let mut moves = Vec::with_capacity(changes.len());
    // `at`: the old index of `rest`'s next token; `by`: how far the tokens from there move.
    let (mut at, mut by) = (0, 0isize);
    for &(k, change) in changes {
        out.extend(rest.by_ref().take(k - at));
        let Some(t) = rest.next() else { break };
        at = k + 1;
        match change {
            Change::Keep => out.push(t),
            Change::Split => {
                let before = out.len();
                push_parts(text, &mut out, &t);
                by += (out.len() - before) as isize - 1;
            }
            Change::TakeHyphen => {
                out.push(t);
                if let Some(hyphen) = rest.next() {
                    at += 1;
                    by -= 1;
                    let w = out.last_mut().expect("the word just pushed");
                    w.span = Span::new(w.span.start(), hyphen.span.end());
                    w.set_norm(normalize(w.span.text(text)));
                }
            }
        }
        moves.push((k + 1, by));
    }
    out.extend(rest);
    *tokens = out;
    Some(Moves(moves))
}

/// How many of `changes` (in order) are made: a change on a hyphen that a word before took
/// leaves it and every later change undone.
fn applicable(changes: &[(usize, Change)], len: usize) -> usize {
    // The index of the first token no change has consumed yet.
    let mut at = 0;
    for (n, &(k, change)) in changes.iter().enumerate() {
        if k < at {
            return n;
        }
        at = k + 1 + usize::from(change == Change::TakeHyphen && k + 1 < len);
    }
    changes.len()
}

/// The parts of the compound `whole` and the hyphens between them.
fn push_parts(text: &str, out: &mut Vec<Token>, whole: &Token) {
    let start = whole.span.start();
    let word = whole.span.text(text);
    let mut ws = whole.ws_before;
    let mut at = 0;
    for (i, c) in word.match_indices(is_joining_hyphen) {
        let (h, e) = (start + i, start + i + c.len());
        push_part(text, out, whole, start + at, h, TokenKind::Word, ws);
        push_part(text, out, whole, h, e, TokenKind::Punct, Whitespace::None);
        ws = Whitespace::None;
        at = i + c.len();
    }
    push_part(
        text,
        out,
        whole,
        start + at,
        whole.span.end(),
        TokenKind::Word,
        ws,
    );
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

    /// The token texts of `text` as published.
    fn published_texts(text: &str) -> Vec<&str> {
        published(text).into_iter().map(|(t, _)| t).collect()
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
        let texts = published_texts("a non-profit e-mail re-election 20-year-old F-16 U.S.-led");
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
        let texts = published_texts("pre- and post-war, th- the end -");
        assert_eq!(
            texts,
            vec!["pre-", "and", "post-war", ",", "th-", "the", "end", "-"]
        );
        let text = "pre- war";
        let mut tokens = super::super::tokenize(text);
        assert!(split_compounds(text, &mut tokens));
        assert_eq!(tokens.len(), 2);
        assert_eq!(tokens[0].kind, TokenKind::Word);
    }

    #[test]
    fn unchanged_runs_between_changes_move_whole() {
        // Splits, cut-off words and plain runs alternate; the last word is a cut-off one.
        let texts = published_texts(
            "The so-called plan was pre- and post-war, then a long, slow one-off fix by ex-",
        );
        assert_eq!(
            texts,
            vec![
                "The", "so", "-", "called", "plan", "was", "pre-", "and", "post-war", ",", "then",
                "a", "long", ",", "slow", "one", "-", "off", "fix", "by", "ex-"
            ]
        );
    }

    #[test]
    fn whitespace_follows_the_parts() {
        let text = "A so-called  deal.";
        let mut tokens = super::super::tokenize(text);
        assert!(split_compounds(text, &mut tokens));
        let ws: Vec<_> = tokens.iter().map(|t| t.ws_before).collect();
        use Whitespace::*;
        assert_eq!(ws, vec![None, Space, None, None, Space, None]);
        let mut plain = super::super::tokenize("no compound here.");
        assert!(!split_compounds("no compound here.", &mut plain));
        assert_eq!(plain.len(), 4);
    }

    /// The copying pass written for the rules alone: the tokens from the first change on are
    /// moved out and pushed back one change at a time, the changes found by a walk over every
    /// token. The oracle for `split_compounds`.
    fn split_by_copy(text: &str, tokens: &mut Vec<Token>) -> bool {
        let changes: Vec<_> = (0..tokens.len())
            .filter(|&i| {
                tokens[i]
                    .span
                    .text(text)
                    .contains(['-', '\u{2010}', '\u{2011}'])
            })
            .flat_map(|i| i.saturating_sub(1)..=i)
            .fold(Vec::new(), |mut out: Vec<usize>, j| {
                if out.last().is_none_or(|&l| l < j) {
                    out.push(j);
                }
                out
            })
            .into_iter()
            .map(|j| (j, change_at(text, tokens, j)))
            .filter(|&(_, c)| c != Change::Keep)
            .collect();
        let Some(&(first, _)) = changes.first() else {
            return false;
        };
        let mut rest = tokens.split_off(first).into_iter();
        let mut at = first;
        for &(k, change) in &changes {
            if k < at {
                break;
            }
            tokens.extend(rest.by_ref().take(k - at));
            let Some(t) = rest.next() else {
                break;
            };
            at = k + 1;
            match change {
                Change::Keep => tokens.push(t),
                Change::TakeHyphen => {
                    tokens.push(t);
                    if let Some(hyphen) = rest.next() {
                        at += 1;
                        let w = tokens.last_mut().expect("the word before");
                        w.span = Span::new(w.span.start(), hyphen.span.end());
                        w.set_norm(normalize(w.span.text(text)));
                    }
                }
                Change::Split => push_parts(text, tokens, &t),
            }
        }
        tokens.extend(rest);
        true
    }

    /// Invented text of `n` characters from a fixed-seed generator, dense in letters,
    /// hyphens (ASCII, U+2010, U+2011), spaces, digits and periods.
    fn hyphen_text(seed: u64, n: usize) -> String {
        const ALPHABET: &[char] = &[
            'a', 'b', 'Z', 'e', '-', '-', '\u{2010}', '\u{2011}', ' ', ' ', '7', '.', 'é', '\n',
            '\u{2013}', '"', 'n', 'o', 'n',
        ];
        crate::test_text::draw(seed, n, ALPHABET).collect()
    }

    #[test]
    fn one_pass_split_agrees_with_the_copying_pass() {
        let mut texts: Vec<String> = [
            "",
            "a well-known mother-in-law met the re-elected so-called pre- and post-war ex-",
            "pre- x-y- z-w pre- -a b- c-d-e- f",
            "A so-called  deal. Then well-known, long-term, non-profit e-mail U.S.-led F-16 re-",
            "Smith\u{2010}Jones and Lee\u{2011}Park were cut‑ off",
        ]
        .map(String::from)
        .to_vec();
        texts.extend((0..200).map(|s| hyphen_text(s, 5 + s as usize * 3)));
        let mut changed = 0;
        for text in &texts {
            let tokens = super::super::tokenize(text);
            let (mut fast, mut slow) = (tokens.clone(), tokens);
            let did = split_compounds(text, &mut fast);
            assert_eq!(did, split_by_copy(text, &mut slow), "{text:?}");
            assert_eq!(fast, slow, "{text:?}");
            changed += usize::from(did);
        }
        // The random texts do hold compounds and cut-off words.
        assert!(changed > 100, "{changed}");
    }

    /// The sentences' ranges moved by [`Moves`] (`sentences::shift`) are the ranges
    /// `sentences::reindex` reads off the split tokens, and every token no join removed is
    /// found at its [`Moves::new_index`].
    #[test]
    fn sentence_ranges_moved_by_the_changes_agree_with_reindex() {
        let mut texts: Vec<String> = [
            "A well-known man. So-called deal. Pre- and post-war talks. End-",
            "One. Two-three-four. Five- six. seven-eight.\n\nNine-ten",
            "x- y-z. A-b",
        ]
        .map(String::from)
        .to_vec();
        texts.extend((0..300).map(|s| hyphen_text(1000 + s, 20 + s as usize * 2)));
        let mut moved = 0;
        for text in &texts {
            let mut tokens = super::super::tokenize(text);
            let mut sentences = crate::sentences::split(text, &mut tokens);
            let old = tokens.clone();
            let Some(moves) = split_compounds_moving(text, &mut tokens) else {
                continue;
            };
            let mut slow = sentences.clone();
            crate::sentences::shift(&mut sentences, &moves);
            crate::sentences::reindex(&mut slow, &tokens);
            assert_eq!(sentences, slow, "{text:?}");
            for (i, t) in old.iter().enumerate() {
                let j = moves.new_index(i);
                if let Some(n) = tokens.get(j).filter(|n| n.span.start() == t.span.start()) {
                    assert_eq!(n.sentence, t.sentence, "{text:?} {i}");
                } else {
                    // Only a hyphen a cut-off word took is gone: the word before holds it.
                    let w = &tokens[moves.new_index(i - 1)];
                    assert_eq!(w.span.end(), t.span.end(), "{text:?} {i}");
                }
            }
            moved += usize::from(sentences.len() > 1);
        }
        assert!(moved > 100, "{moved}");
    }
}
