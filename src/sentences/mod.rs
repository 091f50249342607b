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
use crate::tokenize::{abbreviation_class, AbbrevClass, Token, TokenKind, Whitespace};

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
    let mut i = 0;
    while i < n {
        if i > start && breaks_before(text, tokens, i) {
            push(&mut sentences, tokens, start, i);
            start = i;
        }
        if let Some(term) = terminal(text, tokens, i) {
            let end = absorb_closers(text, tokens, i + 1);
            if ends_sentence(text, tokens, start, i, term, end) {
                push(&mut sentences, tokens, start, end);
                start = end;
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
        span: Span::new(tokens[start].span.start, tokens[end - 1].span.end),
        token_start: start,
        token_end: end,
    });
}

/// What kind of sentence-ending candidate a token is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Terminal {
    Period,
    QuestionOrExclamation,
    Ellipsis,
    Abbreviation(AbbrevClass),
}

fn terminal(text: &str, tokens: &[Token], i: usize) -> Option<Terminal> {
    let t = &tokens[i];
    let s = t.span.text(text);
    match t.kind {
        TokenKind::Punct => match s {
            "." => Some(Terminal::Period),
            "?" | "!" | "?!" | "‽" | "？" | "！" | "。" => Some(Terminal::QuestionOrExclamation),
            "…" => Some(Terminal::Ellipsis),
            _ if s.len() >= 2 && s.bytes().all(|b| b == b'.') => Some(Terminal::Ellipsis),
            _ => None,
        },
        TokenKind::Word if s.ends_with('.') => abbreviation_class(s).map(Terminal::Abbreviation),
        _ => None,
    }
}

/// Index past the terminal punctuation, closing quote marks and closing brackets glued to
/// the terminal at `from - 1` ("?!", `.”`, `.)`).
fn absorb_closers(text: &str, tokens: &[Token], from: usize) -> usize {
    let mut j = from;
    while j < tokens.len() && tokens[j].ws_before == Whitespace::None {
        let t = &tokens[j];
        let s = t.span.text(text);
        let closer = match t.kind {
            TokenKind::Quote => !matches!(s, "“" | "‘" | "„" | "«"),
            TokenKind::Punct => matches!(s, ")" | "]" | "}" | "?" | "!" | "." | "…") || s.bytes().all(|b| b == b'.'),
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
        TokenKind::Number | TokenKind::Currency | TokenKind::Quote | TokenKind::Bullet | TokenKind::Emoji => true,
        TokenKind::Punct => matches!(c, '(' | '[' | '¿' | '¡' | '—' | '–'),
        TokenKind::Mention | TokenKind::Hashtag | TokenKind::Url | TokenKind::Symbol | TokenKind::Email => true,
    }
}

fn ends_sentence(text: &str, tokens: &[Token], start: usize, term_idx: usize, term: Terminal, next_idx: usize) -> bool {
    let Some(next) = tokens.get(next_idx) else { return true };
    if next.ws_before >= Whitespace::Line {
        return true;
    }
    let closed_quote = next_idx > term_idx + 1 && tokens[next_idx - 1].kind == TokenKind::Quote;
    if next.ws_before == Whitespace::None {
        // Glued: only "end.The" (a period straight into a capitalised word) is a boundary.
        return term == Terminal::Period && !closed_quote && next.kind == TokenKind::Word && first_char(text, next).is_uppercase();
    }
    let next_text = next.span.text(text);
    match term {
        Terminal::Period => {
            // "1. The first item": a list number at the start of a sentence keeps its period.
            let list_number = term_idx == start + 1 && tokens[start].kind == TokenKind::Number && tokens[start].span.len() <= 2;
            !list_number && starts_like_sentence(text, next)
        }
        Terminal::QuestionOrExclamation | Terminal::Ellipsis => starts_like_sentence(text, next),
        Terminal::Abbreviation(AbbrevClass::Title) => false,
        Terminal::Abbreviation(AbbrevClass::Month | AbbrevClass::Prefix) => match next.kind {
            TokenKind::Number => false,
            TokenKind::Word => SENTENCE_STARTERS.contains(next_text),
            _ => starts_like_sentence(text, next),
        },
        Terminal::Abbreviation(AbbrevClass::General) => match next.kind {
            TokenKind::Word => SENTENCE_STARTERS.contains(next_text),
            TokenKind::Quote | TokenKind::Bullet => true,
            _ => false,
        },
    }
}

/// A boundary before token `i` that does not come from punctuation: paragraph and line breaks,
/// bullets.
fn breaks_before(text: &str, tokens: &[Token], i: usize) -> bool {
    let t = &tokens[i];
    match t.ws_before {
        Whitespace::Paragraph => true,
        Whitespace::Line => {
            t.kind == TokenKind::Bullet || starts_like_sentence(text, t) && {
                // A line ending in a comma or a conjunction is a hard wrap, not a heading.
                let prev = &tokens[i - 1];
                !(prev.kind == TokenKind::Punct && matches!(prev.span.text(text), "," | "-" | "/"))
            }
        }
        _ => false,
    }
}

#[cfg(test)]
mod tests;
