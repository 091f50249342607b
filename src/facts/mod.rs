//! Token facts: what every later stage asks about a token, decided once per document.
//!
//! The tokenizer cuts the text; the quote and number stages then ask the same questions about
//! the same tokens many times: its lowercase form, whether it starts with a capital, which
//! paragraph and sentence hold it, whether it is an abbreviation, what shape a number has and
//! what its parts are. [`TokenFacts`] answers all of them from arrays built in one pass right
//! after tokenizing (the sentence index is filled in once the sentences exist), so that no
//! stage keeps its own copy of a fact or decides it with slightly different logic.
//!
//! The facts are a struct of arrays indexed by token, a few bytes a token: a text of
//! punctuation holds a token per byte. Out-of-range indices answer "nothing there".
//!
//! The quote stage's `Ctx` (`quotes/syntax.rs`) and the number stage's `View`
//! (`numbers/view.rs`) are thin readers of these facts with the accessor names their rules use.

mod chunks;
mod counted_noun;
mod noun_phrase;
mod shape;

use crate::sentences::Sentence;
use crate::tokenize::{
    abbreviation_class, is_uppercase, AbbrevClass, Token, TokenKind, Whitespace,
};

pub use chunks::{Chunk, ChunkCache, Chunks};
pub(crate) use counted_noun::{is_modifier, is_regular_past, plural, CountedNp};
pub(crate) use noun_phrase::NpReader;
pub use noun_phrase::{Np, NpKind};
pub use shape::{is_ordinal_suffix, strip_ordinal_suffix, NumberShape};

/// The per-token facts of one document (see the module doc).
#[derive(Clone, Debug, Default)]
pub struct TokenFacts {
    /// One record per token ([`Fact`]).
    facts: Vec<Fact>,
    /// The lowercase forms that differ from the normalized ones, end to end, and where each ends.
    lowered: String,
    lowered_ends: Vec<usize>,
    /// For each paragraph its first token.
    para_starts: Vec<u32>,
    /// The number shapes that [`Fact::shape_at`] points into.
    shapes: Vec<NumberShape>,
    /// For each token its sentence index, and for each sentence its token range (empty until
    /// [`TokenFacts::set_sentences`]).
    sentence: Vec<u32>,
    sentence_ranges: Vec<(usize, usize)>,
    /// The shallow-syntax pass ([`Chunks`]), each sentence computed on the first ask.
    chunks: std::sync::OnceLock<ChunkCache>,
    /// [`needs_decoding`](crate::quotes::escaped::needs_decoding) of the text, read on the
    /// first ask: the sentence, quote and number stages each asked it of the same text.
    escaped: std::sync::OnceLock<bool>,
    /// The byte length of the text these facts are of: [`Self::needs_decoding`] checks that it
    /// is asked of that text.
    text_len: usize,
}

/// What [`TokenFacts`] keeps of one token: one record, pushed once per token.
#[derive(Clone, Copy, Debug)]
struct Fact {
    /// The index of its lowercase form in `lowered_ends`, or [`AS_IS`] when the normalized
    /// form has no capital.
    lower_at: u32,
    /// The index of its shape in `shapes` ([`AS_IS`]: not a number token).
    shape_at: u32,
    /// Its paragraph number.
    para: u32,
    /// Capitalisation as written, [`CAP_FIRST`] | [`ANY_UPPER`] bits.
    caps: u8,
    /// The class of an abbreviation token (`Dr.`, `U.S.`, `J.`).
    abbrev: Option<AbbrevClass>,
}

/// "Nothing stored for this token": the normalized form is already lowercase, or the token
/// is not a number.
const AS_IS: u32 = u32::MAX;
/// The token as written starts with an upper-case letter.
const CAP_FIRST: u8 = 1;
/// The token as written has an upper-case letter somewhere.
const ANY_UPPER: u8 = 2;

/// The lowercase forms stored while [`TokenFacts::new`] runs: `text` end to end, `ends[k]`
/// where form `k` ends.
struct Lowered {
    text: String,
    ends: Vec<usize>,
}

impl Lowered {
    /// Stores the lowercase form of `norm` if it differs; where it is stored ([`AS_IS`]: not).
    fn push(&mut self, norm: &str) -> u32 {
        let upper = if norm.is_ascii() {
            norm.bytes().any(|b| b.is_ascii_uppercase())
        } else {
            norm.chars().any(is_uppercase)
        };
        if !upper {
            return AS_IS;
        }
        // ASCII (most capitalized words) is lowered in place, without a new string.
        if norm.is_ascii() {
            self.text
                .extend(norm.bytes().map(|b| char::from(b.to_ascii_lowercase())));
        } else {
            self.text.push_str(&norm.to_lowercase());
        }
        self.ends.push(self.text.len());
        (self.ends.len() - 1) as u32
    }

    /// [`Self::push`] for an ASCII form known to hold a capital.
    fn push_ascii(&mut self, norm: &str) -> u32 {
        let start = self.text.len();
        self.text.push_str(norm);
        self.text[start..].make_ascii_lowercase();
        self.ends.push(self.text.len());
        (self.ends.len() - 1) as u32
    }

    /// The stored form number `k`.
    fn form(&self, k: u32) -> &str {
        let k = k as usize;
        let start = if k == 0 { 0 } else { self.ends[k - 1] };
        &self.text[start..self.ends[k]]
    }
}

impl TokenFacts {
    /// The facts of `tokens` (of `text`) that need no sentences.
    ///
    /// One `collect` over the tokens into a vector sized once (no capacity test per record),
    /// the stores held in locals (not reloaded through `self` after each push).
    pub fn new(text: &str, tokens: &[Token]) -> Self {
        // Sized for news text (about one capitalised word in five tokens, a paragraph and a
        // number per few dozen) so the stores do not grow by reallocation token by token.
        let mut para_starts = Vec::with_capacity(tokens.len() / 24 + 1);
        para_starts.push(0);
        let mut low = Lowered {
            text: String::with_capacity(text.len() / 6),
            ends: Vec::with_capacity(tokens.len() / 5),
        };
        let mut shapes = Vec::with_capacity(tokens.len() / 24);
        let facts = tokens
            .iter()
            .enumerate()
            .map(|(i, t)| {
                let (lower_at, caps) = match (t.norm_if_differs(), ascii_caps_at(text, t)) {
                    // Most tokens: ASCII written as normalized, one pass over the bytes for both
                    // (the lowercase form is stored only for a word with a capital).
                    (None, Some(caps)) if caps & ANY_UPPER == 0 => (AS_IS, caps),
                    (None, Some(caps)) => (low.push_ascii(t.span.text(text)), caps),
                    (norm, _) => {
                        let raw = t.span.text(text);
                        (low.push(norm.unwrap_or(raw)), caps_of(raw))
                    }
                };
                let shape_at = if t.kind == TokenKind::Number {
                    let norm = t.norm(text);
                    let lowered = if lower_at == AS_IS {
                        norm
                    } else {
                        low.form(lower_at)
                    };
                    shapes.push(NumberShape::of(norm, lowered));
                    (shapes.len() - 1) as u32
                } else {
                    AS_IS
                };
                // Only a token after a line break may start a paragraph (`starts_paragraph`,
                // its test for the token's whitespace read here once).
                let new_para = match t.ws_before {
                    Whitespace::Paragraph => i > 0,
                    Whitespace::Line => i > 0 && line_starts_paragraph(text, tokens, i),
                    _ => false,
                };
                if new_para {
                    para_starts.push(i as u32);
                }
                Fact {
                    lower_at,
                    shape_at,
                    para: (para_starts.len() - 1) as u32,
                    caps,
                    abbrev: abbreviation_of(text, t),
                }
            })
            .collect();
        TokenFacts {
            facts,
            lowered: low.text,
            lowered_ends: low.ends,
            para_starts,
            shapes,
            text_len: text.len(),
            ..TokenFacts::default()
        }
    }

    /// The facts of `tokens` with the sentence index of `sentences` filled in.
    pub fn with_sentences(text: &str, tokens: &[Token], sentences: &[Sentence]) -> Self {
        let mut f = TokenFacts::new(text, tokens);
        f.set_sentences(tokens, sentences);
        f
    }

    /// Records each token's sentence (as the sentence stage wrote it) and each sentence's range.
    pub fn set_sentences(&mut self, tokens: &[Token], sentences: &[Sentence]) {
        self.sentence = tokens.iter().map(|t| t.sentence).collect();
        self.sentence_ranges = sentences
            .iter()
            .map(|s| (s.token_start, s.token_end))
            .collect();
    }

    /// The number of tokens.
    #[inline]
    pub fn len(&self) -> usize {
        self.facts.len()
    }

    pub fn is_empty(&self) -> bool {
        self.facts.is_empty()
    }

    /// The stored lowercase form number `k`.
    #[inline]
    fn lowered_form(&self, k: u32) -> &str {
        let k = k as usize;
        let start = if k == 0 { 0 } else { self.lowered_ends[k - 1] };
        &self.lowered[start..self.lowered_ends[k]]
    }

    #[inline]
    fn low_or<'s>(&'s self, i: usize, norm: &'s str) -> &'s str {
        match self.facts.get(i).map(|f| f.lower_at) {
            None | Some(AS_IS) => norm,
            Some(k) => self.lowered_form(k),
        }
    }

    /// The lowercase form of token `i` when it differs from its normalized form (`None`: the
    /// normalized form is already lowercase, or `i` is past the end).
    #[inline]
    pub fn lower_if_differs(&self, i: usize) -> Option<&str> {
        match self.facts.get(i).map(|f| f.lower_at) {
            None | Some(AS_IS) => None,
            Some(k) => Some(self.lowered_form(k)),
        }
    }

    /// Every token's lowercase form in token order, as [`Self::lower_if_differs`] else the
    /// token's normalized form answers each (`tokens` of `text`, the tokens these facts are
    /// of), in one pass: the stored forms are read in the order they were stored, so a token
    /// costs no index look-up into the store.
    pub fn lower_forms<'a>(&'a self, text: &'a str, tokens: &'a [Token]) -> Vec<&'a str> {
        // Form `k` starts where form `k - 1` ends: the forms are stored in token order.
        let mut start = 0;
        let mut forms: Vec<&str> = tokens
            .iter()
            .zip(&self.facts)
            .map(|(t, f)| {
                if f.lower_at == AS_IS {
                    return t.norm(text);
                }
                let end = self.lowered_ends[f.lower_at as usize];
                let form = &self.lowered[start..end];
                start = end;
                form
            })
            .collect();
        if forms.len() < tokens.len() {
            forms.extend(tokens[forms.len()..].iter().map(|t| t.norm(text)));
        }
        forms
    }

    /// [`Self::lower_forms`] given every token's normalized form `norms` in token order (a
    /// caller that keeps them): the stored forms read in order, each other token's
    /// normalized form as given, so no token's text is sliced again.
    pub fn lower_forms_of<'a>(&'a self, norms: &[&'a str]) -> Vec<&'a str> {
        // Form `k` starts where form `k - 1` ends: the forms are stored in token order.
        let mut start = 0;
        let mut forms: Vec<&str> = norms
            .iter()
            .zip(&self.facts)
            .map(|(&norm, f)| {
                if f.lower_at == AS_IS {
                    return norm;
                }
                let end = self.lowered_ends[f.lower_at as usize];
                let form = &self.lowered[start..end];
                start = end;
                form
            })
            .collect();
        if forms.len() < norms.len() {
            forms.extend_from_slice(&norms[forms.len()..]);
        }
        forms
    }

    /// The lowercase form of token `i`, given its normalized form `norm`.
    #[inline]
    pub fn lower<'s>(&'s self, i: usize, norm: &'s str) -> &'s str {
        self.low_or(i, norm)
    }

    /// True when no token of the text has a capital letter: lower-cased whole.
    #[inline]
    pub fn case_lost(&self) -> bool {
        self.lowered_ends.is_empty()
    }

    /// True when token `i` as written starts with an upper-case letter.
    #[inline]
    pub fn capitalized(&self, i: usize) -> bool {
        self.facts.get(i).is_some_and(|f| f.caps & CAP_FIRST != 0)
    }

    /// True when token `i` as written has an upper-case letter.
    #[inline]
    pub fn has_upper(&self, i: usize) -> bool {
        self.facts.get(i).is_some_and(|f| f.caps & ANY_UPPER != 0)
    }

    /// The abbreviation class of token `i` (`Dr.`: title, `U.S.`: general), if it is one.
    #[inline]
    pub fn abbreviation(&self, i: usize) -> Option<AbbrevClass> {
        self.facts.get(i).and_then(|f| f.abbrev)
    }

    /// The shape of number token `i` with its parsed parts (`None`: not a number token).
    #[inline]
    pub fn number_shape(&self, i: usize) -> Option<&NumberShape> {
        match self.facts.get(i).map(|f| f.shape_at) {
            None | Some(AS_IS) => None,
            Some(k) => self.shapes.get(k as usize),
        }
    }

    /// The paragraph number of token `i` (0-based; past the end: the last paragraph's).
    #[inline]
    pub fn paragraph_of(&self, i: usize) -> usize {
        self.facts
            .get(i)
            .or(self.facts.last())
            .map_or(0, |f| f.para as usize)
    }

    /// The first token of the paragraph holding token `i` (0 past the end).
    #[inline]
    pub fn paragraph_start(&self, i: usize) -> usize {
        self.facts
            .get(i)
            .map_or(0, |f| self.para_starts[f.para as usize] as usize)
    }

    /// True when token `i` starts a paragraph (the first token always does).
    #[inline]
    pub fn starts_paragraph(&self, i: usize) -> bool {
        i < self.len() && self.paragraph_start(i) == i
    }

    /// The sentence index of token `i`, once sentences are set.
    #[inline]
    pub fn sentence(&self, i: usize) -> Option<u32> {
        self.sentence.get(i).copied()
    }

    /// Does `text` (the text these facts are of) write references or tags to decode
    /// ([`needs_decoding`](crate::quotes::escaped::needs_decoding))? Read on the first ask
    /// and kept: the sentence, quote and number stages each ask it of the same text.
    pub(crate) fn needs_decoding(&self, text: &str) -> bool {
        debug_assert_eq!(text.len(), self.text_len, "facts of another text");
        *self
            .escaped
            .get_or_init(|| crate::quotes::escaped::needs_decoding(text))
    }

    /// The document's noun-phrase and verb-group chunks and clauses ([`Chunks`]): each
    /// sentence computed once, on the first ask about one of its tokens, from `tokens` (of
    /// `text`), which must be the tokens these facts are of, split into sentences.
    #[inline]
    pub fn chunks<'a>(&'a self, text: &'a str, tokens: &'a [Token]) -> Chunks<'a> {
        Chunks {
            cache: self.chunks.get_or_init(|| ChunkCache::new(tokens)),
            text,
            tokens,
            facts: self,
        }
    }

    /// The token range of sentence `s`, once sentences are set.
    #[inline]
    pub fn sentence_range(&self, s: u32) -> Option<(usize, usize)> {
        self.sentence_ranges.get(s as usize).copied()
    }
}

fn caps_of(raw: &str) -> u8 {
    let first = match raw.as_bytes().first() {
        Some(b) if *b < 0x80 => b.is_ascii_uppercase(),
        Some(_) => raw.chars().next().is_some_and(is_uppercase),
        None => false,
    };
    let any = first
        || if raw.is_ascii() {
            raw.bytes().any(|b| b.is_ascii_uppercase())
        } else {
            raw.chars().any(is_uppercase)
        };
    (u8::from(first) * CAP_FIRST) | (u8::from(any) * ANY_UPPER)
}

/// [`ascii_caps`] of token `t`, reading a token of up to 8 bytes as one word: most tokens
/// (short words, punctuation) cost a load and a few integer operations, not a loop.
#[inline]
fn ascii_caps_at(text: &str, t: &Token) -> Option<u8> {
    let (start, n) = (t.span.start(), t.span.len());
    if let Some(word) = text.as_bytes().get(start..start + 8).filter(|_| n <= 8) {
        // The token's `n` bytes (1 to 8: a token is never empty); an empty span keeps none.
        let keep = u64::MAX.checked_shr(64 - 8 * n as u32).unwrap_or(0);
        return ascii_caps_word(crate::lexicon::packed::read_u64(word) & keep);
    }
    ascii_caps(t.span.text(text))
}

/// [`ascii_caps`] of up to 8 bytes packed little-endian in `x` (zero bytes past the end).
#[inline]
fn ascii_caps_word(x: u64) -> Option<u8> {
    const HIGH: u64 = 0x8080_8080_8080_8080;
    if x & HIGH != 0 {
        return None;
    }
    // With every byte below 0x80 no addition carries into the next byte: a byte's high bit
    // is set by the first sum when it is 'A' or above, by the second when above 'Z'.
    let upper =
        x.wrapping_add(0x3F3F_3F3F_3F3F_3F3F) & !x.wrapping_add(0x2525_2525_2525_2525) & HIGH;
    let first = upper & 0x80 != 0;
    Some((u8::from(first) * CAP_FIRST) | (u8::from(upper != 0) * ANY_UPPER))
}

/// [`caps_of`] in one pass over the bytes when `raw` is ASCII (`None`: it is not).
fn ascii_caps(raw: &str) -> Option<u8> {
    let mut any = false;
    for &b in raw.as_bytes() {
        if b >= 0x80 {
            return None;
        }
        any |= b.is_ascii_uppercase();
    }
    let first = raw.as_bytes().first().is_some_and(u8::is_ascii_uppercase);
    Some((u8::from(first) * CAP_FIRST) | (u8::from(any) * ANY_UPPER))
}

/// The abbreviation class of a word token that ends with a period (inlined: asked of every
/// token, its byte test turns away almost all).
#[inline]
fn abbreviation_of(text: &str, t: &Token) -> Option<AbbrevClass> {
    // A byte test first: `str::ends_with(char)` is a `memcmp` call, and this runs per token.
    if t.kind != TokenKind::Word || text.as_bytes().get(t.span.end().wrapping_sub(1)) != Some(&b'.')
    {
        return None;
    }
    abbreviation_class(t.span.text(text))
}

/// True when token `i` starts a new paragraph: a blank line, or a line break that is not a
/// hard wrap inside a sentence (the seed articles and many scraped texts put one paragraph per
/// line). The one definition of a paragraph; [`TokenFacts`] indexes it once per document.
#[inline]
pub fn starts_paragraph(text: &str, tokens: &[Token], i: usize) -> bool {
    let Some(t) = tokens.get(i) else { return false };
    match t.ws_before {
        Whitespace::Paragraph => true,
        Whitespace::Line => line_starts_paragraph(text, tokens, i),
        _ => i == 0,
    }
}

/// [`starts_paragraph`] for token `i` after a single line break (kept out of line: the
/// caller's test runs for every token, this one only after a line break).
#[inline(never)]
fn line_starts_paragraph(text: &str, tokens: &[Token], i: usize) -> bool {
    let t = &tokens[i];
    // A hard wrap: the line ran on mid-sentence and the next one starts lower-case.
    let lower_next = t
        .span
        .text(text)
        .chars()
        .next()
        .is_some_and(char::is_lowercase);
    let prev_open_ended = i > 0 && {
        let p = &tokens[i - 1];
        !(p.kind == TokenKind::Quote || matches!(p.span.text(text), "." | "!" | "?" | ":" | "…"))
    };
    !(lower_next && prev_open_ended)
}

#[cfg(test)]
mod tests;
