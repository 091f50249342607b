//! Stage 2: tokens → sentences.
//!
//! A rule-based, abbreviation-aware splitter that works on the token stream, so it never
//! re-reads the text: the tokenizer has already decided which periods belong to
//! abbreviations (`Dr.`, `U.S.`), which are decimals (`1.9` is one token) and where the line
//! and paragraph breaks are ([`Whitespace`]).
//!
//! The decisions are three named, ordered rule lists in [`rules`] (listed by
//! [`rule_names`]): boundaries that do not come from punctuation (paragraphs, lines, list
//! markers, e-mail headers), what a terminal mark takes with it (closing quotes, `[12]`), and
//! whether a terminal mark (`.` `?` `!` `…`, an abbreviation) ends the sentence given what
//! follows. Hard-wrapped text is recognised once per document ([`wrap`]) so that its line
//! breaks read as spaces.

mod lists;
pub mod rules;
mod wrap;

use serde::Serialize;

use crate::facts::TokenFacts;
use crate::quotes::escaped;
use crate::span::Span;
use crate::tokenize::{AbbrevClass, Moves, Token, TokenKind, Whitespace};

use lists::list_opener;
pub(crate) use rules::Given;
use rules::{BreakCtx, Doc, EndCtx, RuleSwitch, BREAK_RULES, END_RULES, EXTEND_RULES};

/// A sentence: its byte span and the range of token indices it holds.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
pub struct Sentence {
    pub span: Span,
    /// First token index.
    pub token_start: usize,
    /// One past the last token index.
    pub token_end: usize,
}

/// Renumbers each sentence's token range after [`crate::tokenize::split_compounds`] changed
/// the tokens (each token kept its sentence index).
pub fn reindex(sentences: &mut [Sentence], tokens: &[Token]) {
    let mut k = 0;
    for (index, s) in sentences.iter_mut().enumerate() {
        s.token_start = k;
        while k < tokens.len() && tokens[k].sentence as usize == index {
            k += 1;
        }
        s.token_end = k;
    }
}

/// [`reindex`] from where [`crate::tokenize::split_compounds_moving`] moved the tokens: one
/// step per sentence bound and per change, no pass over the tokens (the bounds ascend, so one
/// walk over the moves serves them all).
pub fn shift(sentences: &mut [Sentence], moves: &Moves) {
    let steps = moves.steps();
    let (mut n, mut by) = (0, 0isize);
    let mut map = |old: usize| {
        while let Some(&(_, b)) = steps.get(n).filter(|&&(from, _)| from <= old) {
            (n, by) = (n + 1, b);
        }
        old.wrapping_add_signed(by)
    };
    for s in sentences {
        s.token_start = map(s.token_start);
        s.token_end = map(s.token_end);
    }
}

/// Groups `tokens` into sentences and records each token's sentence index in
/// [`Token::sentence`].
pub fn split(text: &str, tokens: &mut [Token]) -> Vec<Sentence> {
    split_with(text, tokens, RuleSwitch::default())
}

/// [`split`] with one rule switched off (to test what a rule does on its own).
pub fn split_with(text: &str, tokens: &mut [Token], switch: RuleSwitch) -> Vec<Sentence> {
    split_reading(text, tokens, switch, None)
}

/// [`split`] reading the abbreviation classes from the document's [`TokenFacts`] (built right
/// after tokenizing) instead of looking each one up again.
pub fn split_with_facts(text: &str, tokens: &mut [Token], facts: &TokenFacts) -> Vec<Sentence> {
    split_reading(text, tokens, RuleSwitch::default(), Some(facts))
}

/// [`split_with`], with the token facts when the pipeline has them.
fn split_reading(
    text: &str,
    tokens: &mut [Token],
    switch: RuleSwitch,
    facts: Option<&TokenFacts>,
) -> Vec<Sentence> {
    let escaped = match facts {
        Some(f) => f.needs_decoding(text),
        None => escaped::needs_decoding(text),
    };
    split_reading_as(text, tokens, switch, facts, escaped)
}

/// The sentences of a text the stages have already read ([`escaped::Decoded`], tokens from
/// `tokenize_read`): split as it is, never decoded a second time (`&amp;quot;` stays `&quot;`),
/// its line widths measured in the text as `given`.
pub(crate) fn split_read(
    text: &str,
    tokens: &mut [Token],
    facts: Option<&TokenFacts>,
    given: Given,
) -> Vec<Sentence> {
    let bounds = boundaries_with(
        text,
        tokens,
        RuleSwitch::default(),
        facts,
        Some(given),
        true,
    );
    sentences_of_ranges(tokens, bounds)
}

/// [`split_reading`], the text read through [`escaped::Decoded`] when `decode` holds.
fn split_reading_as(
    text: &str,
    tokens: &mut [Token],
    switch: RuleSwitch,
    facts: Option<&TokenFacts>,
    decode: bool,
) -> Vec<Sentence> {
    match decode {
        true => {
            let bounds = escaped_boundaries(text, tokens, switch);
            spans_to_sentences(tokens, bounds)
        }
        false => {
            let bounds = boundaries(text, tokens, switch, facts);
            sentences_of_ranges(tokens, bounds)
        }
    }
}

/// The sentences of these token ranges, spanning their tokens.
fn sentences_of_ranges(tokens: &mut [Token], bounds: Vec<(usize, usize)>) -> Vec<Sentence> {
    let span = |s: usize, e: usize| Span::new(tokens[s].span.start(), tokens[e - 1].span.end());
    let bounds = bounds
        .into_iter()
        .map(|(s, e)| (s, e, span(s, e)))
        .collect();
    spans_to_sentences(tokens, bounds)
}

/// The sentences of these token ranges with their spans; each token learns its sentence.
fn spans_to_sentences(tokens: &mut [Token], bounds: Vec<(usize, usize, Span)>) -> Vec<Sentence> {
    let mut sentences = Vec::with_capacity(bounds.len());
    for (index, &(start, end, span)) in bounds.iter().enumerate() {
        for t in &mut tokens[start..end] {
            t.sentence = index as u32;
        }
        sentences.push(Sentence {
            span,
            token_start: start,
            token_end: end,
        });
    }
    sentences
}

/// The token ranges of the sentences of a text that writes its quotation marks, spaces or
/// currency signs as HTML references (`.&quot; He`, `&#8220;Yes!&#8221; she`, `said&nbsp;He`):
/// it is split as the text the references stand for (decoded by the quote stage's
/// [`escaped::Decoded`], one implementation of what a reference is, shared with the quote and
/// number stages), and each sentence starts at the first token at or after the place its
/// decoded start came from. Its span is the decoded sentence's, mapped back, so a reference
/// to a space (`&nbsp;`) after its last word is left out as the space itself would be.
fn escaped_boundaries(
    text: &str,
    tokens: &[Token],
    switch: RuleSwitch,
) -> Vec<(usize, usize, Span)> {
    let decoded = escaped::Decoded::new(text);
    let dtokens = crate::tokenize::tokenize_read(&decoded.text);
    // The decoded text's tokens have no facts of their own: their classes are looked up.
    let given = Given {
        text,
        decoded: &decoded,
    };
    let dbounds = boundaries_with(&decoded.text, &dtokens, switch, None, Some(given), true);
    // The decoded sentence's span, mapped back and held to the edges of the tokens given: a
    // tag read as nothing joins words the tokens given keep apart (`more<a>U.S.</a>` is read
    // `moreU.S.`), so a decoded end inside a token given moves to that token's end.
    let span = |s: usize, e: usize, ds: usize, de: usize| match de > ds {
        true => {
            let read = decoded.original(Span::new(
                dtokens[ds].span.start(),
                dtokens[de - 1].span.end(),
            ));
            let start = read.start().max(tokens[s].span.start());
            let end = tokens[s..e]
                .iter()
                .rev()
                .find(|t| t.span.start() < read.end())
                .map_or(read.end(), |t| t.span.end());
            Span::new(start, end.max(start))
        }
        false => Span::new(tokens[s].span.start(), tokens[e - 1].span.end()),
    };
    let mut out = Vec::with_capacity(dbounds.len());
    let (n, mut i, mut start, mut dstart) = (tokens.len(), 0, 0, 0);
    for &(s, _) in dbounds.iter().skip(1) {
        let at = decoded.original(dtokens[s].span).start();
        while i < n && tokens[i].span.start() < at {
            i += 1;
        }
        if i > start && i < n {
            out.push((start, i, span(start, i, dstart, s)));
            (start, dstart) = (i, s);
        }
    }
    if n > start {
        out.push((start, n, span(start, n, dstart, dtokens.len())));
    }
    out
}

/// The names and one-line docs of every rule, list by list, in the order they run.
pub fn rule_names() -> Vec<(&'static str, &'static str, &'static str)> {
    let breaks = BREAK_RULES.iter().map(|r| ("break", r.name, r.doc));
    let extends = EXTEND_RULES.iter().map(|r| ("extend", r.name, r.doc));
    let ends = END_RULES.iter().map(|r| ("end", r.name, r.doc));
    breaks.chain(extends).chain(ends).collect()
}

/// The token ranges of the sentences: one pass over the tokens, each rule list consulted at
/// most once per token.
fn boundaries(
    text: &str,
    tokens: &[Token],
    switch: RuleSwitch,
    facts: Option<&TokenFacts>,
) -> Vec<(usize, usize)> {
    boundaries_with(text, tokens, switch, facts, None, true)
}

/// [`boundaries`], passing the tokens [`plain_word`] picks out in one test when `skip_plain`
/// (the tests compare it with the general path, which visits them like every other token).
fn boundaries_with(
    text: &str,
    tokens: &[Token],
    switch: RuleSwitch,
    facts: Option<&TokenFacts>,
    given: Option<Given>,
    skip_plain: bool,
) -> Vec<(usize, usize)> {
    let doc = Doc {
        text,
        tokens,
        wrap: wrap::wrap_width(given.map_or(text, |g| g.text)),
        facts,
        given,
    };
    let mut out = Vec::new();
    let n = tokens.len();
    let mut start = 0;
    // The list marker that opened the current sentence ("1.", "a)", "•"), if any.
    let mut opener = list_opener(text, tokens, 0);
    let mut lines = Lines::default();
    let mut i = 0;
    while i < n {
        if skip_plain && i > start && opener.is_none() && plain_word(&doc, start, i) {
            i += 1;
            continue;
        }
        lines.visit(&doc, i);
        if i > start && may_break_before(&doc, start, i, opener.is_some()) {
            let cx = BreakCtx {
                doc,
                start,
                i,
                prev_line: lines.prev,
                prev_line_continues: lines.prev_continues,
                opener,
            };
            if switch.breaks(&cx) {
                out.push((start, i));
                start = i;
                opener = list_opener(text, tokens, start);
            }
        }
        if let Some((term, after)) = terminal(&doc, i) {
            let end = switch.extend(&doc, after);
            // The mark and what it took may run onto a new line (". .\n. If", "end.\n”").
            (i + 1..end).for_each(|k| lines.visit(&doc, k));
            let soft_break = end < n
                && tokens[end].ws_before == Whitespace::Line
                && doc.wrapped_line(
                    lines.start,
                    tokens[end - 1].span.end(),
                    tokens[end].span.start(),
                );
            let cx = EndCtx {
                doc,
                start,
                term_idx: i,
                term,
                next_idx: end,
                in_list: opener.is_some(),
                soft_break,
            };
            if switch.ends(&cx) {
                out.push((start, end));
                start = end;
                opener = list_opener(text, tokens, start);
            }
            i = end;
            continue;
        }
        i += 1;
    }
    if start < n {
        out.push((start, n));
    }
    out
}

/// Where the current line starts and the byte span of the line before it, kept up to date as
/// the tokens are visited in order; in hard-wrapped text, whether a wrap opened each of them.
#[derive(Default)]
struct Lines {
    start: usize,
    prev: (usize, usize),
    continues: bool,
    prev_continues: bool,
}

impl Lines {
    /// Called for every token: only a token opening a line changes anything.
    #[inline]
    fn visit(&mut self, doc: &Doc, k: usize) {
        if k > 0 && doc.tokens[k].ws_before >= Whitespace::Line {
            self.new_line(doc, k);
        }
    }

    fn new_line(&mut self, doc: &Doc, k: usize) {
        let tokens = doc.tokens;
        self.prev = (self.start, tokens[k - 1].span.end());
        self.start = tokens[k].span.start();
        self.prev_continues = self.continues;
        self.continues = tokens[k].ws_before == Whitespace::Line
            && doc.wrapped_line(self.prev.0, self.prev.1, self.start);
    }
}

/// A cheap filter before the break rules, which run on few tokens: within a line, each needs
/// a list, a slashed date at `i`, a label's number two tokens into the sentence, or before it
/// a spaced dash (a dateline's), an address, a `>`, a comma near the sentence
/// start (a sign-off), `AM`/`PM`, or a piece glued to the token before it (an emoticon).
#[inline]
fn may_break_before(doc: &Doc, start: usize, i: usize, in_list: bool) -> bool {
    let t = &doc.tokens[i];
    match t.ws_before {
        Whitespace::None => false,
        Whitespace::Line | Whitespace::Paragraph => true,
        Whitespace::Space => {
            let prev = &doc.tokens[i - 1];
            in_list
                // A slashed date opening an e-mail header line (`04/26/2001 07:17 AM`).
                || (t.kind == TokenKind::Number && doc.text.as_bytes()[t.span.start()..t.span.end()].contains(&b'/'))
                // A caption label and its number (`Figure 3 The map…`).
                || (i == start + 2 && prev.kind == TokenKind::Number)
                || (i <= start + 16 && prev.kind == TokenKind::Punct)
                // A dateline's dash, anywhere (`…Trump MANCHESTER, N.H. -- The`): a capital
                // before it and after it.
                || (i >= 2
                    && prev.kind == TokenKind::Punct
                    && prev.ws_before == Whitespace::Space
                    && t.kind == TokenKind::Word
                    && {
                        let b = doc.text.as_bytes();
                        let before = b[doc.tokens[i - 2].span.end() - 1];
                        matches!(b[prev.span.start()], b'-' | 0xE2)
                            && b[t.span.start()].is_ascii_uppercase()
                            && (before.is_ascii_uppercase() || before == b'.' || before == b')')
                    })
                || (i <= start + 2 * rules::MAX_HEADLINE_TOKENS
                    && prev.kind == TokenKind::Word
                    && {
                        // An all-caps headline: the word before is in capitals too ("HITS"); a
                        // bracketed credit as long as a headline may come first.
                        let b = doc.text.as_bytes();
                        let (a, e) = (prev.span.start(), prev.span.end());
                        e - a >= 2 && b[a].is_ascii_uppercase() && b[e - 1].is_ascii_uppercase()
                    })
                || matches!(prev.kind, TokenKind::Url | TokenKind::Email)
                || (prev.span.len() <= 2 && {
                    let p = prev.span.text(doc.text);
                    prev.ws_before == Whitespace::None
                        || p == ">"
                        || (p == "," && i <= start + 4)
                        || p.eq_ignore_ascii_case("am")
                        || p.eq_ignore_ascii_case("pm")
                })
        }
    }
}

/// A word after a space that the loop of [`boundaries`] passes without a look (most tokens of
/// prose): it opens no line ([`Lines::visit`] does nothing), it is no terminal candidate (no
/// final period: [`terminal`] gives `None`), and outside a list [`may_break_before`] is
/// `false` on it, because the token before it is a word that does not look like a headline's
/// capitals (or lies too far from the sentence start to matter) and, if of one or two bytes,
/// follows a space and is not `am`/`pm` (the short-token clause of [`may_break_before`]).
/// Checked against the general path by `plain_words_are_passed_as_the_general_path_passes_them`.
#[inline]
fn plain_word(doc: &Doc, start: usize, i: usize) -> bool {
    let t = &doc.tokens[i];
    let prev = &doc.tokens[i - 1];
    let b = doc.text.as_bytes();
    t.ws_before == Whitespace::Space
        && t.kind == TokenKind::Word
        && prev.kind == TokenKind::Word
        && (prev.span.len() > 2
            || (prev.ws_before != Whitespace::None && !am_or_pm(&b[prev.span.range()])))
        && b[t.span.end() - 1] != b'.'
        && (i > start + 2 * rules::MAX_HEADLINE_TOKENS
            || !(b[prev.span.start()].is_ascii_uppercase()
                && b[prev.span.end() - 1].is_ascii_uppercase()))
}

/// `am` or `pm` in any case (the bytes of a token of at most two bytes).
#[inline]
fn am_or_pm(p: &[u8]) -> bool {
    matches!(p, [a, m] if matches!(a | 0x20, b'a' | b'p') && m | 0x20 == b'm')
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
/// (`. . .`) is one terminal over several tokens (in hard-wrapped text, `wrapped`, a line break
/// between its dots is a space); "compounds. . . ." is a period followed by a spaced ellipsis
/// that belongs to what comes next.
#[inline]
fn terminal(doc: &Doc, i: usize) -> Option<(Terminal, usize)> {
    let t = &doc.tokens[i];
    // Called for every token: most are words without a final period, rejected on one byte
    // here, inlined into the caller's loop; the rest is `terminal_at`.
    match t.kind {
        TokenKind::Punct => terminal_at(doc, i),
        TokenKind::Word if doc.text.as_bytes()[t.span.end() - 1] == b'.' => terminal_at(doc, i),
        _ => None,
    }
}

/// [`terminal`] for a punctuation token or a word ending in a period.
fn terminal_at(doc: &Doc, i: usize) -> Option<(Terminal, usize)> {
    let (text, tokens, wrapped) = (doc.text, doc.tokens, doc.wrap.is_some());
    let t = &tokens[i];
    let s = t.span.text(text);
    match t.kind {
        TokenKind::Punct => match s {
            "." => {
                let mut j = i + 1;
                while j < tokens.len()
                    && (tokens[j].ws_before == Whitespace::Space
                        || (wrapped && tokens[j].ws_before == Whitespace::Line))
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
            // "?", "!", and runs of them ("??", "!!!", "?!").
            _ if s
                .chars()
                .all(|c| matches!(c, '?' | '!' | '‽' | '？' | '！' | '。')) =>
            {
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
            // A party and state (`R-Fla.`) may end a sentence as a state does.
            let class = doc
                .abbreviation(i)
                .or_else(|| rules::party_state(s).then_some(AbbrevClass::General));
            class.map(|c| (Terminal::Abbreviation(c), i + 1))
        }
        _ => None,
    }
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

#[cfg(test)]
mod tests;
