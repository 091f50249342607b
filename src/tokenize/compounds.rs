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
        while k < tokens.len() && tokens[k].span.end() <= pos {
            k += 1;
        }
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
/// and [`crate::sentences::reindex`] renumbers the sentences' token ranges). Done in place:
/// the joins close up the vector from the front, then the splits open it from the back, so
/// tokens before the first change stay where they are and none is copied out and back.
pub fn split_compounds(text: &str, tokens: &mut Vec<Token>) -> bool {
    let mut changes = changes(text, tokens);
    if changes.is_empty() {
        return false;
    }
    changes.truncate(applicable(&changes, tokens.len()));
    let joined = join_cut_off_words(text, tokens, &changes);
    split_in_place(text, tokens, &changes, joined);
    true
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

/// Joins each cut-off word to the hyphen after it and closes up the vector; returns how many
/// were joined.
fn join_cut_off_words(text: &str, tokens: &mut Vec<Token>, changes: &[(usize, Change)]) -> usize {
    let len = tokens.len();
    let mut hyphens = Vec::new();
    for &(k, change) in changes {
        if change == Change::TakeHyphen && k + 1 < len {
            let end = tokens[k + 1].span.end();
            let w = &mut tokens[k];
            w.span = Span::new(w.span.start(), end);
            w.set_norm(normalize(w.span.text(text)));
            hyphens.push(k + 1);
        }
    }
    if hyphens.is_empty() {
        return 0;
    }
    let mut next = hyphens.iter().copied().peekable();
    let mut i = 0;
    tokens.retain(|_| {
        let drop = next.next_if_eq(&i).is_some();
        i += 1;
        !drop
    });
    hyphens.len()
}

/// Splits the compounds of `changes` in place: the vector grows by their parts at the end,
/// and, from the last compound back, the tokens after each compound move up over the free
/// slots in one rotation and the parts fill the slots it leaves. `joined` is how many
/// cut-off words [`join_cut_off_words`] joined (each moved the later tokens down one).
fn split_in_place(text: &str, tokens: &mut Vec<Token>, changes: &[(usize, Change)], joined: usize) {
    let len = tokens.len() + joined;
    let is_take = |k: usize, c: Change| c == Change::TakeHyphen && k + 1 < len;
    let hyphens_in = |t: &Token| t.span.text(text).matches(is_joining_hyphen).count();
    let mut extra = 0;
    let mut takes_before = joined;
    for &(k, c) in changes.iter().rev() {
        takes_before -= usize::from(is_take(k, c));
        if c == Change::Split {
            extra += 2 * hyphens_in(&tokens[k - takes_before]);
        }
    }
    if extra == 0 {
        return;
    }
    // Free slots are tokens[r..w]; tokens before r are not moved yet.
    let (mut r, mut w) = (tokens.len(), tokens.len() + extra);
    let free = || Token::new(Span::new(0, 0), TokenKind::Word, Whitespace::None);
    tokens.resize_with(w, free);
    let mut parts = Vec::new();
    let mut takes_before = joined;
    for &(k, c) in changes.iter().rev() {
        takes_before -= usize::from(is_take(k, c));
        if c != Change::Split {
            continue;
        }
        let k = k - takes_before;
        tokens[k..w].rotate_right(w - r);
        // The compound now sits just after the free slots.
        let at = k + (w - r);
        let whole = std::mem::replace(&mut tokens[at], free());
        parts.clear();
        push_parts(text, &mut parts, &whole);
        let first = at + 1 - parts.len();
        for (slot, part) in tokens[first..=at].iter_mut().zip(parts.drain(..)) {
            *slot = part;
        }
        (r, w) = (k, first);
    }
    debug_assert_eq!(r, w);
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

    /// The copying pass the in-place one replaced: the tokens from the first change on are
    /// moved out and pushed back one change at a time. The oracle for `split_compounds`.
    fn split_by_copy(text: &str, tokens: &mut Vec<Token>) -> bool {
        let changes = changes(text, tokens);
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
    fn in_place_split_agrees_with_the_copying_pass() {
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
}
