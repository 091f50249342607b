//! Stage 2: tokens → sentences.
//!
//! A rule-based, abbreviation-aware splitter that works on the token stream, so it never
//! re-reads the text: the tokenizer has already decided which periods belong to
//! abbreviations (`Dr.`, `U.S.`), which are decimals (`1.9` is one token) and where the line
//! and paragraph breaks are ([`Whitespace`]).
//!
//! A sentence ends
//! * after terminal punctuation (`.` `?` `!` `…`), together with the closing quote marks and
//!   brackets glued to it (`…world.”`), when what follows starts a sentence: a capital, a digit,
//!   an opening quote or bracket, a line break. `?` or `!` inside a quotation followed by a
//!   lower-case word (`“Why?” he asked`) does not end it.
//! * after an abbreviation only when its class allows: never after a title or an initial
//!   (`Mr. Smith`, `J. Smith`), after a month or `No.` only when no number follows, and after
//!   a general abbreviation (`U.S.`, `Inc.`, `etc.`) only when a listed sentence starter
//!   follows (`…the U.S. The talks…`), so that `the U.S. President` stays whole.
//! * at a paragraph break, always; at a line break when the next line starts with a capital,
//!   a digit, a quote mark or a bullet, so headings and list items are sentences of their own
//!   while hard-wrapped lines (next line lower-case) are joined.
//! * before a bullet that opens a line.

use std::collections::HashSet;
use std::sync::LazyLock;

use serde::Serialize;

use crate::lexicon;
use crate::span::Span;
use crate::tokenize::{
    abbreviation_class, is_bullet_char, AbbrevClass, Token, TokenKind, Whitespace,
};

/// A sentence: its byte span and the range of token indices it holds.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
pub struct Sentence {
    pub span: Span,
    /// First token index.
    pub token_start: usize,
    /// One past the last token index.
    pub token_end: usize,
}

static SENTENCE_STARTERS: LazyLock<HashSet<String>> =
    LazyLock::new(|| lexicon::word_set(include_str!("../../data/lexicons/sentence_starters.txt")));

/// Groups `tokens` into sentences and records each token's sentence index in
/// [`Token::sentence`].
pub fn split(text: &str, tokens: &mut [Token]) -> Vec<Sentence> {
    let mut sentences = Vec::new();
    let n = tokens.len();
    let mut start = 0;
    // The list marker that opened the current sentence ("1.", "a)", "•"), if any: a marker of
    // the same shape later on the line starts the next item.
    let mut opener = list_opener(text, tokens, 0);
    // Byte offset where the current line starts, to tell short lines (list items, headings)
    // from hard-wrapped prose.
    let mut line_start = 0;
    let mut i = 0;
    while i < n {
        let mut line_len = 0;
        if i > 0 && tokens[i].ws_before >= Whitespace::Line {
            line_len = tokens[i - 1].span.end() - line_start;
            line_start = tokens[i].span.start();
        }
        if i > start
            && (breaks_before(text, tokens, start, i, line_len)
                || opener.is_some_and(|o| o.repeats_at(text, tokens, i)))
        {
            push(&mut sentences, tokens, start, i);
            start = i;
            opener = list_opener(text, tokens, start);
        }
        if let Some((term, after)) = terminal(text, tokens, i) {
            let end = absorb_closers(text, tokens, after);
            if ends_sentence(text, tokens, start, i, term, end, opener.is_some()) {
                push(&mut sentences, tokens, start, end);
                start = end;
                opener = list_opener(text, tokens, start);
            }
            i = end;
            continue;
        }
        i += 1;
    }
    if start < n {
        push(&mut sentences, tokens, start, n);
    }
    sentences
}

fn push(sentences: &mut Vec<Sentence>, tokens: &mut [Token], start: usize, end: usize) {
    let index = sentences.len() as u32;
    for t in &mut tokens[start..end] {
        t.sentence = index;
    }
    sentences.push(Sentence {
        span: Span::new(tokens[start].span.start(), tokens[end - 1].span.end()),
        token_start: start,
        token_end: end,
    });
}

/// The shape of a list marker: a bullet character, or an enumerator (`1.`, `2)`, `a.`, `3.)`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum ListOpener<'t> {
    Bullet(&'t str),
    Enumerator { letters: bool, closer: &'t str },
}

impl ListOpener<'_> {
    /// Does a marker of this shape start at token `i`, followed by what starts a sentence?
    fn repeats_at(&self, text: &str, tokens: &[Token], i: usize) -> bool {
        if tokens[i].ws_before == Whitespace::None {
            return false;
        }
        match *self {
            ListOpener::Bullet(b) => tokens[i].span.text(text) == b && tokens.get(i + 1).is_some(),
            ListOpener::Enumerator { .. } => {
                enumerator(text, tokens, i).is_some_and(|(shape, len)| {
                    shape == *self
                        && tokens
                            .get(i + len)
                            .is_some_and(|t| starts_like_sentence(text, t))
                })
            }
        }
    }
}

/// An enumerator starting at token `i`: its shape and its length in tokens.
fn enumerator<'t>(text: &'t str, tokens: &[Token], i: usize) -> Option<(ListOpener<'t>, usize)> {
    let t = tokens.get(i)?;
    let s = t.span.text(text);
    let letters = match t.kind {
        TokenKind::Number if s.len() <= 3 && s.bytes().all(|b| b.is_ascii_digit()) => false,
        TokenKind::Word if s.len() == 1 && s.bytes().all(|b| b.is_ascii_lowercase()) => true,
        _ => return None,
    };
    let glued = |j: usize, p: &str| {
        tokens.get(j).is_some_and(|t| {
            t.ws_before == Whitespace::None && t.kind == TokenKind::Punct && t.span.text(text) == p
        })
    };
    let (closer_start, len) = if glued(i + 1, ".") && glued(i + 2, ")") {
        (i + 1, 3)
    } else if glued(i + 1, ".") || glued(i + 1, ")") {
        (i + 1, 2)
    } else {
        return None;
    };
    let closer = &text[tokens[closer_start].span.start()..tokens[i + len - 1].span.end()];
    Some((ListOpener::Enumerator { letters, closer }, len))
}

/// The list marker that opens a sentence starting at `start`: a bullet, else an enumerator
/// followed by a capitalised word.
fn list_opener<'t>(text: &'t str, tokens: &[Token], start: usize) -> Option<ListOpener<'t>> {
    let first = tokens.get(start)?;
    if is_bullet(text, first) {
        return Some(ListOpener::Bullet(first.span.text(text)));
    }
    let (shape, len) = enumerator(text, tokens, start)?;
    tokens
        .get(start + len)
        .filter(|t| starts_like_sentence(text, t))
        .map(|_| shape)
}

/// A bullet: at the start of a line (kind `bullet`), or a bullet character inside a line
/// ("• 9. The first item • 10. The second item").
fn is_bullet(text: &str, t: &Token) -> bool {
    t.kind == TokenKind::Bullet
        || (t.kind == TokenKind::Punct && t.span.text(text).chars().all(is_bullet_char))
}

/// What kind of sentence-ending candidate a token is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Terminal {
    Period,
    QuestionOrExclamation,
    Ellipsis,
    Abbreviation(AbbrevClass),
}

fn is_period(text: &str, t: &Token) -> bool {
    t.kind == TokenKind::Punct && t.span.text(text) == "."
}

/// A terminal candidate at token `i`, and the index just past it. A spaced ellipsis
/// (`. . .`) is one terminal over several tokens; "compounds. . . ." is a period followed by
/// a spaced ellipsis that belongs to what comes next.
fn terminal(text: &str, tokens: &[Token], i: usize) -> Option<(Terminal, usize)> {
    let t = &tokens[i];
    // Called for every token: most are words without a final period, rejected on one byte.
    match t.kind {
        TokenKind::Punct => {}
        TokenKind::Word if text.as_bytes()[t.span.end() - 1] == b'.' => {}
        _ => return None,
    }
    let s = t.span.text(text);
    match t.kind {
        TokenKind::Punct => match s {
            "." => {
                let mut j = i + 1;
                while j < tokens.len()
                    && tokens[j].ws_before == Whitespace::Space
                    && is_period(text, &tokens[j])
                    && j - i < 4
                {
                    j += 1;
                }
                let dots = j - i;
                if dots == 4 && t.ws_before == Whitespace::None && i > 0 {
                    return Some((Terminal::Period, i + 1));
                }
                if dots >= 3 {
                    return Some((Terminal::Ellipsis, j));
                }
                Some((Terminal::Period, i + 1))
            }
            "?" | "!" | "?!" | "‽" | "？" | "！" | "。" => {
                Some((Terminal::QuestionOrExclamation, i + 1))
            }
            _ if s == "…" || (s.len() >= 2 && s.bytes().all(|b| b == b'.')) => {
                // "[...]" marks an omission inside a quotation, not an ending.
                let omission = i > 0
                    && t.ws_before == Whitespace::None
                    && tokens[i - 1].span.text(text) == "[";
                (!omission).then_some((Terminal::Ellipsis, i + 1))
            }
            _ => None,
        },
        TokenKind::Word if s.ends_with('.') => {
            abbreviation_class(s).map(|c| (Terminal::Abbreviation(c), i + 1))
        }
        _ => None,
    }
}

/// Index past the terminal punctuation, closing quote marks and closing brackets glued to
/// the terminal that ends before `from` ("?!", `.”`, `.)`).
fn absorb_closers(text: &str, tokens: &[Token], from: usize) -> usize {
    let mut j = from;
    while j < tokens.len() && tokens[j].ws_before == Whitespace::None {
        let t = &tokens[j];
        let s = t.span.text(text);
        let closer = match t.kind {
            TokenKind::Quote => !matches!(s, "“" | "‘" | "„" | "«"),
            TokenKind::Punct => {
                matches!(s, ")" | "]" | "}" | "?" | "!" | "." | "…") || s.bytes().all(|b| b == b'.')
            }
            _ => false,
        };
        if !closer {
            break;
        }
        j += 1;
    }
    j
}

fn first_char(text: &str, t: &Token) -> char {
    t.span.text(text).chars().next().unwrap_or(' ')
}

/// Does the token start the way a sentence starts (capital, digit, opening mark)?
fn starts_like_sentence(text: &str, t: &Token) -> bool {
    let c = first_char(text, t);
    match t.kind {
        TokenKind::Word => c.is_uppercase() || !c.is_alphabetic(),
        TokenKind::Number
        | TokenKind::Currency
        | TokenKind::Quote
        | TokenKind::Bullet
        | TokenKind::Emoji => true,
        TokenKind::Punct => {
            matches!(c, '(' | '[' | '¿' | '¡' | '—' | '–') || t.span.text(text) == "."
        }
        TokenKind::Mention
        | TokenKind::Hashtag
        | TokenKind::Url
        | TokenKind::Symbol
        | TokenKind::Email => true,
    }
}

fn ends_sentence(
    text: &str,
    tokens: &[Token],
    start: usize,
    term_idx: usize,
    term: Terminal,
    next_idx: usize,
    in_list: bool,
) -> bool {
    let Some(next) = tokens.get(next_idx) else {
        return true;
    };
    if next.ws_before >= Whitespace::Line {
        return true;
    }
    let closed_quote = next_idx > term_idx + 1 && tokens[next_idx - 1].kind == TokenKind::Quote;
    if next.ws_before == Whitespace::None {
        // Glued: only "end.The" (a period straight into a capitalised word) is a boundary.
        return term == Terminal::Period
            && !closed_quote
            && next.kind == TokenKind::Word
            && first_char(text, next).is_uppercase();
    }
    let next_text = next.span.text(text);
    let starter = next.kind == TokenKind::Word && SENTENCE_STARTERS.contains(next_text);
    match term {
        Terminal::Period => {
            // The period of the enumerator that opens a list item ("1. The first item").
            let marker_start = if is_bullet(text, &tokens[start]) {
                start + 1
            } else {
                start
            };
            let own_marker = in_list
                && enumerator(text, tokens, marker_start)
                    .is_some_and(|(_, len)| marker_start + len > term_idx);
            // "compounds. . . . The": a spaced ellipsis after the period opens the next sentence.
            let ellipsis_opens = || match terminal(text, tokens, next_idx) {
                Some((Terminal::Ellipsis, after)) => tokens.get(after).is_some_and(|t| {
                    t.ws_before != Whitespace::None && starts_like_sentence(text, t)
                }),
                _ => false,
            };
            !own_marker
                && starts_like_sentence(text, next)
                && (next_text != "." || ellipsis_opens())
        }
        Terminal::QuestionOrExclamation => starts_like_sentence(text, next),
        // After an ellipsis a capital usually starts a sentence, but "… I didn't" trails on.
        Terminal::Ellipsis => {
            term_idx > start && starts_like_sentence(text, next) && next_text != "I"
        }
        Terminal::Abbreviation(AbbrevClass::Title) => false,
        // "Albert I. Jones" but "you and I. Did you…".
        Terminal::Abbreviation(AbbrevClass::Initial) => starter,
        Terminal::Abbreviation(AbbrevClass::Month | AbbrevClass::Prefix) => match next.kind {
            TokenKind::Number => false,
            TokenKind::Word => starter,
            _ => starts_like_sentence(text, next),
        },
        Terminal::Abbreviation(AbbrevClass::General) => match next.kind {
            TokenKind::Word => starter,
            TokenKind::Quote | TokenKind::Bullet => true,
            _ => false,
        },
    }
}

/// Lines shorter than this that end without punctuation are items or headings, not
/// hard-wrapped prose (whose lines run to a fixed width, typically 60–80 characters).
const SHORT_LINE_BYTES: usize = 40;

/// A boundary before token `i` that does not come from punctuation: paragraph and line breaks,
/// bullets. `line_len` is the byte length of the line that ended before `i` (0 if none did).
fn breaks_before(text: &str, tokens: &[Token], start: usize, i: usize, line_len: usize) -> bool {
    let t = &tokens[i];
    match t.ws_before {
        Whitespace::Paragraph => true,
        Whitespace::Line => {
            // A bullet alone on its line belongs with the item on the next line.
            if i == start + 1 && tokens[start].kind == TokenKind::Bullet {
                return false;
            }
            if t.kind == TokenKind::Bullet {
                return true;
            }
            let prev = &tokens[i - 1];
            // A line ending in a comma or a joining mark is wrapped mid-sentence.
            let wrapped = prev.kind == TokenKind::Punct
                && matches!(prev.span.text(text), "," | "-" | "/" | "(");
            !wrapped
                && (starts_like_sentence(text, t)
                    || (line_len < SHORT_LINE_BYTES && !line_ends_sentence(text, tokens, i)))
        }
        _ => false,
    }
}

/// Does the line that starts at token `i` end with sentence-final punctuation? A short
/// lower-case line that does ("cut off\nin the middle.") continues a wrapped sentence; one
/// that does not ("features\ncontact manager") is a list item. Each line is scanned once.
fn line_ends_sentence(text: &str, tokens: &[Token], i: usize) -> bool {
    let mut j = i;
    while j + 1 < tokens.len() && tokens[j + 1].ws_before < Whitespace::Line {
        j += 1;
    }
    while j > i
        && (matches!(tokens[j].kind, TokenKind::Quote)
            || matches!(tokens[j].span.text(text), ")" | "]"))
    {
        j -= 1;
    }
    matches!(tokens[j].span.text(text), "." | "?" | "!" | "…")
        || tokens[j].span.text(text).ends_with("..")
}

#[cfg(test)]
mod tests;
