//! Stage 1: text → tokens.
//!
//! A rule-based tokenizer for English news in one left-to-right pass. The text is cut at
//! whitespace into chunks, and each chunk is scanned with a few look-ahead rules that decide
//! what a period, an apostrophe or a hyphen means *here*:
//!
//! * a period stays on an abbreviation (`Dr.`, `Jan.`, listed in `abbreviations.txt`), an
//!   initial (`J.`) or an initialism written with periods (`U.S.`, `J.R.R.`); otherwise it is
//!   punctuation, even when glued to the next word (`end.The` → `end` `.` `The`), unless the
//!   chunk is a domain name (`Amazon.com`).
//! * an apostrophe inside a word splits off an English clitic the way the Penn Treebank and
//!   spaCy do (`Petro` `'s`, `do` `n't`), and is kept inside names (`O'Brien`). At the edge of a
//!   word it is a quotation mark, except for a plural possessive (`States'`) when no single
//!   quote is open, and for elisions (`'em`, `'90s`).
//! * numbers keep their thousands separators, decimals, ranges and times (`605,000`, `57.85`,
//!   `2004-05`, `3:30`); scale and unit letters glued to them are split off (`3.9` `bn`,
//!   `3` `pm`) while identifiers stay whole (`G7`, `F-16`, `3D`, `Covid-19`).
//! * currency signs and `%` are their own tokens (`$` `14`, `67.7` `%`), so the number stage
//!   sees the parts and reports the whole expression.
//!
//! Each token records the whitespace before it ([`Whitespace`]), which is how the sentence
//! splitter sees line and paragraph breaks without re-reading the text. Work is linear in the
//! input: every rule looks ahead a bounded distance, except URL and e-mail recognition, which
//! look to the end of the current chunk once.

mod chars;
mod compounds;

use std::sync::LazyLock;

use serde::Serialize;
use unicode_normalization::char::is_combining_mark;
use unicode_normalization::UnicodeNormalization;

use crate::lexicon::registry::AbbreviationClass;
use crate::lexicon::{self, FastMap, FastSet};
use crate::span::Span;

pub(crate) use chars::is_uppercase;
pub use chars::{
    is_apostrophe, is_bullet as is_bullet_char, is_currency_sign, is_dash, is_quote_mark,
};
pub use compounds::{split_compounds, split_compounds_moving, Moves};

/// What a token is. The set is small on purpose: later stages and users filter on it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum TokenKind {
    /// Letters, possibly with digits, inner hyphens, apostrophes or abbreviation periods;
    /// also clitics split off a word (`'s`, `n't`).
    Word,
    /// A numeral written with digits (`605,000`, `1.9`, `-3`, `2004-05`, `21st`, `1990s`).
    Number,
    /// Punctuation (`.`, `,`, `…`, `—`, brackets).
    Punct,
    /// A quotation mark (`“`, `”`, `"`, `'` used as a mark, `‘`, `«`).
    Quote,
    /// A currency sign or a prefixed one (`$`, `£`, `US$`, mojibake `Â£`).
    Currency,
    /// Any other symbol (`%`, `&`, `+`, `°`).
    Symbol,
    /// A web address.
    Url,
    /// An e-mail address.
    Email,
    /// A social-media handle (`@BBCNews`).
    Mention,
    /// A hashtag (`#Election2024`).
    Hashtag,
    /// An emoji, with its modifiers and joined parts.
    Emoji,
    /// A list bullet at the start of a line (`•`, or `-`/`*` followed by a space).
    Bullet,
}

impl TokenKind {
    /// Every kind, in declaration order: `ALL[k as usize] == k`.
    pub const ALL: [TokenKind; 12] = [
        TokenKind::Word,
        TokenKind::Number,
        TokenKind::Punct,
        TokenKind::Quote,
        TokenKind::Currency,
        TokenKind::Symbol,
        TokenKind::Url,
        TokenKind::Email,
        TokenKind::Mention,
        TokenKind::Hashtag,
        TokenKind::Emoji,
        TokenKind::Bullet,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            TokenKind::Word => "word",
            TokenKind::Number => "number",
            TokenKind::Punct => "punct",
            TokenKind::Quote => "quote",
            TokenKind::Currency => "currency",
            TokenKind::Symbol => "symbol",
            TokenKind::Url => "url",
            TokenKind::Email => "email",
            TokenKind::Mention => "mention",
            TokenKind::Hashtag => "hashtag",
            TokenKind::Emoji => "emoji",
            TokenKind::Bullet => "bullet",
        }
    }
}

/// The whitespace between a token and the one before it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Default)]
#[serde(rename_all = "lowercase")]
pub enum Whitespace {
    /// Glued to the previous token (or the first token of a text with no leading space).
    #[default]
    None,
    /// Spaces or tabs, no line break.
    Space,
    /// One line break.
    Line,
    /// Two or more line breaks: a paragraph boundary.
    Paragraph,
}

/// One token: a byte range into the text, its kind, and its normalized form when that
/// differs from the text.
///
/// A text of only quote marks holds a token per byte, so the struct is kept at 24 bytes:
/// `u32` offsets, and a normalized form that is a one-byte code for the common folds (a
/// curly quote to `"`, a dash to `-`) and a heap string only for the rest.
#[derive(Clone, Debug, PartialEq)]
pub struct Token {
    pub span: Span,
    /// Index of the sentence that holds this token (set by the sentence stage).
    pub sentence: u32,
    pub kind: TokenKind,
    /// The whitespace before this token.
    pub ws_before: Whitespace,
    /// A normalized form that is one of [`FOLDS`], by index + 1 (0: none).
    fold: u8,
    /// Any other normalized form; boxed twice so the field is one pointer.
    norm: Option<Box<Box<str>>>,
}

#[cfg(target_pointer_width = "64")]
const _: () = assert!(std::mem::size_of::<Token>() == 24);

/// Normalized forms common enough to be stored as a code rather than a string: every
/// curly quote, guillemet and dash folds to one of these.
const FOLDS: [&str; 3] = ["\"", "'", "-"];

impl Token {
    /// A token with no normalized form of its own (the sentence index is set later).
    pub fn new(span: Span, kind: TokenKind, ws_before: Whitespace) -> Self {
        Token {
            span,
            sentence: 0,
            kind,
            ws_before,
            fold: 0,
            norm: None,
        }
    }

    pub fn text<'t>(&self, text: &'t str) -> &'t str {
        self.span.text(text)
    }

    /// The normalized form: NFKC, curly quotes and apostrophes folded to `"` and `'`, dashes
    /// and the minus sign folded to `-`.
    #[inline]
    pub fn norm<'a>(&'a self, text: &'a str) -> &'a str {
        self.norm_if_differs()
            .unwrap_or_else(|| self.span.text(text))
    }

    /// The normalized form when it differs from the text, `None` when it is the text.
    #[inline]
    pub fn norm_if_differs(&self) -> Option<&str> {
        match (self.fold, &self.norm) {
            (0, Some(n)) => Some(n),
            (0, None) => None,
            (f, _) => Some(FOLDS[f as usize - 1]),
        }
    }

    /// Sets the normalized form of a token whose text `s` is a curly quote or dash alone (see
    /// [`common_fold`]); returns `false`, changing nothing, for any other text.
    fn set_common_fold(&mut self, s: &str) -> bool {
        match common_fold(s) {
            Some(f) => {
                self.norm = None;
                self.fold = f;
                true
            }
            None => false,
        }
    }

    /// Sets the normalized form (`None`: the text itself).
    fn set_norm(&mut self, norm: Option<String>) {
        self.norm = None;
        self.fold = 0;
        if let Some(n) = norm {
            match FOLDS.iter().position(|f| *f == n) {
                Some(i) => self.fold = i as u8 + 1,
                None => self.norm = Some(Box::new(n.into_boxed_str())),
            }
        }
    }
}

impl Serialize for Token {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeStruct;
        let mut s = serializer.serialize_struct("Token", 5)?;
        s.serialize_field("span", &self.span)?;
        s.serialize_field("kind", &self.kind)?;
        s.serialize_field("ws_before", &self.ws_before)?;
        s.serialize_field("norm", &self.norm_if_differs())?;
        s.serialize_field("sentence", &self.sentence)?;
        s.end()
    }
}

/// Class of an abbreviation from `abbreviations.txt`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum AbbrevClass {
    /// Precedes a name: `Mr.`, `Gen.`.
    Title,
    /// A single capital with a period: `J.` in `J. Smith`, but also `I.` at a sentence end.
    Initial,
    /// Month or weekday: `Jan.`, `Wed.`.
    Month,
    /// Precedes a number: `No.`, `p.`.
    Prefix,
    /// May end a sentence: `Inc.`, `etc.`, and initialisms like `U.S.`.
    General,
}

static ABBREVIATIONS: LazyLock<FastMap<String, AbbrevClass>> = LazyLock::new(|| {
    lexicon::entries(include_str!("../../data/lexicons/abbreviations.txt"))
        .map(|f| {
            // The class names are checked against the file's spec by `cargo test`.
            let class = match f.get(1).map(|c| c.parse::<AbbreviationClass>()) {
                Some(Ok(AbbreviationClass::Title)) => AbbrevClass::Title,
                Some(Ok(AbbreviationClass::Month)) => AbbrevClass::Month,
                Some(Ok(AbbreviationClass::Prefix)) => AbbrevClass::Prefix,
                _ => AbbrevClass::General,
            };
            (f[0].to_string(), class)
        })
        .collect()
});
static ELISIONS: LazyLock<FastSet<String>> =
    LazyLock::new(|| lexicon::lowercase_set(include_str!("../../data/lexicons/elisions.txt")));
static NUMBER_SUFFIXES: LazyLock<FastSet<String>> =
    LazyLock::new(|| lexicon::word_set(include_str!("../../data/lexicons/number_suffixes.txt")));
static TLDS: LazyLock<FastSet<String>> =
    LazyLock::new(|| lexicon::lowercase_set(include_str!("../../data/lexicons/tlds.txt")));
static INDIAN_GROUPING: LazyLock<FastSet<String>> = LazyLock::new(|| {
    lexicon::lowercase_set(include_str!("../../data/lexicons/indian_grouping.txt"))
});

/// The class of an abbreviation token (`Dr.`, `U.S.`, `J.`), or `None` if the token is not one.
pub fn abbreviation_class(token_text: &str) -> Option<AbbrevClass> {
    if !token_text.ends_with('.') || token_text.len() < 2 {
        return None;
    }
    if let Some(c) = ABBREVIATIONS.get(token_text) {
        return Some(*c);
    }
    let body = &token_text[..token_text.len() - 1];
    if body.contains('.') {
        return Some(AbbrevClass::General); // U.S., e.g., J.R.R.
    }
    let mut cs = body.chars();
    match (cs.next(), cs.next()) {
        (Some(c), None) if c.is_uppercase() => Some(AbbrevClass::Initial), // J. Smith
        _ => None,
    }
}

/// Splits `text` into tokens.
pub fn tokenize(text: &str) -> Vec<Token> {
    // Page markup makes no token: the scanner reads the text with its tags blanked (same
    // length, same bytes elsewhere), so every span is one of the text as given.
    let blanked = crate::quotes::markup::blanked(text);
    tokens_scanning(text, blanked.as_deref().unwrap_or(text))
}

/// The tokens of a text the stages have already read ([`crate::quotes::escaped::Decoded`]):
/// its tags were read once, and what their removal joined (`<a href="x"<b>`) is not read as
/// a tag again.
pub(crate) fn tokenize_read(text: &str) -> Vec<Token> {
    tokens_scanning(text, text)
}

/// The tokens of `text`, scanned in `scan` (the text itself or its blanked copy, of the same
/// length and the same bytes outside its tags).
fn tokens_scanning(text: &str, scan: &str) -> Vec<Token> {
    let mut scanner = Scanner::new(scan);
    scanner.run();
    let mut tokens = scanner.tokens;
    crate::growth::trim(&mut tokens);
    let bytes = text.as_bytes();
    // ASCII is its own normal form: only tokens holding a non-ASCII byte need a look. The
    // first such byte at or after the current token is found once and jumped to, not every
    // token's bytes tested (tokens are in order and do not overlap).
    // An ASCII text ends here without a look at its tokens.
    let mut non_ascii = first_non_ascii(bytes, 0);
    let mut k = 0;
    while non_ascii != usize::MAX {
        // The first token that ends after the byte: it holds the byte or starts after it.
        while k < tokens.len() && tokens[k].span.end() <= non_ascii {
            k += 1;
        }
        let Some(t) = tokens.get_mut(k) else { break };
        if t.span.start() <= non_ascii {
            if !t.set_common_fold(t.span.text(text)) {
                t.set_norm(normalize(t.span.text(text)));
            }
            k += 1;
            non_ascii = first_non_ascii(bytes, t.span.end());
        } else {
            // The byte lies between tokens (a no-break space): look on from this token.
            non_ascii = first_non_ascii(bytes, t.span.start());
        }
    }
    tokens
}

/// The offset of the first byte ≥ 0x80 at or after `from` (`usize::MAX`: none), eight bytes
/// at a time.
fn first_non_ascii(bytes: &[u8], from: usize) -> usize {
    let rest = &bytes[from..];
    let mut k = 0;
    for w in rest.chunks_exact(8) {
        let word = u64::from_ne_bytes([w[0], w[1], w[2], w[3], w[4], w[5], w[6], w[7]]);
        if word & 0x8080_8080_8080_8080 != 0 {
            break;
        }
        k += 8;
    }
    rest[k..]
        .iter()
        .position(|&b| b >= 0x80)
        .map_or(usize::MAX, |j| from + k + j)
}

/// The fold code of a token that is one of the commonest non-ASCII marks alone (a curly
/// quote, an en or em dash): none of them changes under NFKC, so [`normalize`] would fold
/// each to the [`FOLDS`] entry given here, without building a string.
fn common_fold(s: &str) -> Option<u8> {
    match s {
        "“" | "”" => Some(1),
        "‘" | "’" => Some(2),
        "–" | "—" => Some(3),
        _ => None,
    }
}

/// The folded NFKC form of `s`, or `None` when it equals `s`. ASCII text is already in
/// normal form and its quote marks and hyphen are the folded ones, so it costs nothing.
fn normalize(s: &str) -> Option<String> {
    if s.is_ascii() {
        return None;
    }
    common_marks_folded(s).or_else(|| normalize_general(s))
}

/// [`normalize`] of a word whose only non-ASCII characters are curly quotes and en or em
/// dashes (`’s`, `don’t`, `“Yes`): NFKC leaves such text as it is (none of them decomposes,
/// and nothing composes with them or with ASCII alone), so its form is the text with each
/// mark folded (and a backtick, as the normalizer folds it), read without the normalizer. `None` for any other character.
/// `common_marks_fold_as_the_normalizer` compares it with [`normalize_general`].
fn common_marks_folded(s: &str) -> Option<String> {
    let mut folded = String::with_capacity(s.len());
    for c in s.chars() {
        folded.push(match c {
            // The backtick is ASCII, but the normalizer folds it as a quote mark.
            '‘' | '’' | '`' => '\'',
            '“' | '”' => '"',
            '–' | '—' => '-',
            c if c.is_ascii() => c,
            _ => return None,
        });
    }
    Some(folded)
}

/// [`normalize`] by the normalizer, for any non-ASCII `s`.
fn normalize_general(s: &str) -> Option<String> {
    let folded: String = s
        .nfkc()
        .map(|c| match c {
            '‘' | '’' | '‚' | '‛' | 'ʼ' | '′' | '`' => '\'',
            '“' | '”' | '„' | '‟' | '″' | '«' | '»' => '"',
            '‐' | '‑' | '‒' | '–' | '—' | '―' | '−' => '-',
            _ => c,
        })
        .collect();
    if folded == s {
        None
    } else {
        Some(folded)
    }
}

/// Where [`Scanner::scan_word`] is inside a word, shared by its rule groups.
struct InWord {
    /// The word's start, where scanning began (past a numeric prefix), the chunk's end.
    start: usize,
    from: usize,
    end: usize,
    /// The position reached, the start of the current hyphen- or period-separated part, and
    /// whether the word is an initialism (`U.S.`) so far.
    q: usize,
    seg_start: usize,
    inner_period: bool,
}

/// What a rule group of [`Scanner::scan_word`] decided at a character.
enum WordStep {
    /// The word goes on from `InWord::q`.
    Continue,
    /// The word ends at `InWord::q`.
    Break,
    /// The word (and any part split off) was emitted; scanning resumes here.
    Done(usize),
}

/// The character [`Scanner::scan_general`] looks at and its surroundings, read once and handed to
/// each rule group in turn.
#[derive(Clone, Copy)]
struct At {
    /// Its position, the chunk's start and end.
    p: usize,
    chunk_start: usize,
    end: usize,
    /// The character, its length in bytes, and the characters after and before it (in the chunk).
    c: char,
    clen: usize,
    next: Option<char>,
    prev: Option<char>,
    /// Nothing before it in the chunk but an opening bracket, quotation mark or dash.
    after_opening: bool,
}

struct Scanner<'t> {
    text: &'t str,
    bytes: &'t [u8],
    tokens: Vec<Token>,
    /// Whitespace seen since the last token.
    pending_ws: Whitespace,
    /// No token yet on the current line (for bullets).
    line_start: bool,
    /// A single quotation mark is open on this line, so `s'` closes it rather than being a
    /// plural possessive.
    open_single: bool,
    /// No e-mail address starts before this offset (see [`Scanner::email_end`]).
    no_email_before: usize,
    /// No domain name runs through a dot before this offset (see [`Scanner::domain_end`]).
    no_domain_before: usize,
    /// Offset of the next '@' at or after the current chunk (`usize::MAX`: none).
    next_at: usize,
    /// Tests only: skip the ASCII fast paths, so the general path is the oracle.
    #[cfg(test)]
    general_only: bool,
}

/// What [`Scanner::scan_ascii`] does with a printable ASCII byte, read in one load from
/// [`ASCII_CLASS`].
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum AsciiClass {
    /// Not ASCII, or a byte whose token depends on its neighbours: the general path.
    General,
    /// A letter (a URL or an e-mail address, else a word).
    Letter,
    /// A digit (an e-mail address, else a number).
    Digit,
    /// `"`: a quotation mark alone.
    Quote,
    /// `.`: a one-byte `punct` token unless a period, a digit or a non-ASCII byte follows in
    /// the chunk (an ellipsis, a decimal, a combining mark).
    Period,
    /// A mark that is a one-byte `punct` or `symbol` token unless a combining mark follows.
    Punct,
    Symbol,
}

/// The class of each byte; see [`AsciiClass`].
static ASCII_CLASS: [AsciiClass; 256] = {
    let mut table = [AsciiClass::General; 256];
    let mut b = 0x21u8;
    while b < 0x7F {
        table[b as usize] = ascii_class(b);
        b += 1;
    }
    table
};

/// The class of a printable ASCII byte. `General`: the at sign, number sign, hyphen, plus,
/// apostrophe, backtick, dollar, asterisk, equals, underscore and tilde, which start a
/// handle, hashtag, number, ellipsis, clitic, elision, currency or rule line depending on what
/// surrounds them.
const fn ascii_class(b: u8) -> AsciiClass {
    match b {
        b'a'..=b'z' | b'A'..=b'Z' => AsciiClass::Letter,
        b'0'..=b'9' => AsciiClass::Digit,
        b'"' => AsciiClass::Quote,
        b'.' => AsciiClass::Period,
        b'@' | b'#' | b'-' | b'+' | b'\'' | b'`' | b'$' | b'*' | b'=' | b'_' | b'~' => {
            AsciiClass::General
        }
        b',' | b';' | b':' | b'!' | b'?' | b'(' | b')' | b'[' | b']' | b'{' | b'}' | b'/'
        | b'\\' => AsciiClass::Punct,
        _ => AsciiClass::Symbol,
    }
}

/// A byte that [`is_word_char`] accepts as a char: an ASCII letter or digit, or `_`.
#[inline]
fn is_ascii_word_byte(b: u8) -> bool {
    b.is_ascii_alphanumeric() || b == b'_'
}

impl<'t> Scanner<'t> {
    fn new(text: &'t str) -> Self {
        Scanner {
            text,
            bytes: text.as_bytes(),
            tokens: Vec::with_capacity(text.len() / 5 + 1),
            pending_ws: Whitespace::None,
            line_start: true,
            open_single: false,
            no_email_before: 0,
            no_domain_before: 0,
            next_at: 0,
            #[cfg(test)]
            general_only: false,
        }
    }

    #[inline]
    fn char_at(&self, i: usize) -> char {
        let b = self.bytes[i];
        if b < 0x80 {
            b as char
        } else {
            self.text[i..].chars().next().unwrap_or('\u{FFFD}')
        }
    }

    /// The char at `i` if `i < end`.
    #[inline]
    fn peek(&self, i: usize, end: usize) -> Option<char> {
        (i < end).then(|| self.char_at(i))
    }

    /// The char just before byte `i`, if it is at or after `floor`.
    fn char_before(&self, i: usize, floor: usize) -> Option<char> {
        (i > floor)
            .then(|| self.text[..i].chars().next_back())
            .flatten()
    }

    fn push(&mut self, start: usize, end: usize, kind: TokenKind) {
        debug_assert!(start < end);
        crate::growth::reserve_for_rest(&mut self.tokens, start, self.bytes.len());
        self.tokens
            .push(Token::new(Span::new(start, end), kind, self.pending_ws));
        self.pending_ws = Whitespace::None;
        self.line_start = false;
    }

    fn run(&mut self) {
        let len = self.bytes.len();
        let mut i = 0;
        let mut newlines = 0u32;
        while i < len {
            let b = self.bytes[i];
            if b == b' ' {
                // The commonest whitespace, without decoding.
                if newlines == 0 {
                    self.pending_ws = Whitespace::Space;
                }
                i += 1;
                continue;
            }
            let c = self.char_at(i);
            // Printable ASCII starts a chunk without the whitespace tests.
            if !(b' ' < b && b < 0x7F) && chars::is_space_like(c) {
                if chars::is_line_break(c) {
                    // CRLF is one break.
                    if !(c == '\r' && self.bytes.get(i + 1) == Some(&b'\n')) {
                        newlines += 1;
                    }
                    self.line_start = true;
                    self.open_single = false;
                }
                self.pending_ws = match newlines {
                    0 => Whitespace::Space,
                    1 => Whitespace::Line,
                    _ => Whitespace::Paragraph,
                };
                i += c.len_utf8();
                continue;
            }
            newlines = 0;
            let letters = ascii_letters(&self.bytes[i..]);
            let chunk_end = self.chunk_end(i + letters);
            self.scan_chunk(i, letters, chunk_end);
            i = chunk_end;
        }
    }

    /// End of the run of non-space chars starting at `i`.
    fn chunk_end(&self, mut i: usize) -> usize {
        let len = self.bytes.len();
        loop {
            // Printable ASCII in one tight loop; decode only what is not.
            i += self.bytes[i..]
                .iter()
                .position(|&b| !(b' ' < b && b < 0x7F))
                .unwrap_or(len - i);
            if i >= len || self.bytes[i] < 0x80 {
                return i;
            }
            let c = self.char_at(i);
            if chars::is_space_like(c) {
                return i;
            }
            i += c.len_utf8();
        }
    }

    /// Scans the chunk `start..end`, whose first `letters` bytes are ASCII letters.
    fn scan_chunk(&mut self, start: usize, letters: usize, end: usize) {
        // Most chunks hold no '@': then no e-mail address can start in them, and the e-mail
        // check need not look at every word. The next '@' is found once per '@', not per chunk.
        if self.next_at < start {
            self.next_at =
                memchr::memchr(b'@', &self.bytes[start..]).map_or(usize::MAX, |i| start + i);
        }
        if self.next_at >= end {
            self.no_email_before = self.no_email_before.max(end);
        }
        let mut p = self.plain_word(start, letters, end);
        while p < end {
            p = self.scan_one(p, start, end);
        }
    }

    /// Fast path for the commonest chunk: ASCII letters, alone or followed by punctuation that
    /// cannot extend a word (`said`, `Petro,`, `it?`). Emits the word and returns where the
    /// general scan resumes; returns `start` (emitting nothing) when any rule of
    /// [`Self::scan_one`] could read the chunk differently: a period (abbreviation), an
    /// apostrophe (clitic), a hyphen, a digit, `:` (a URL scheme), `@`, non-ASCII.
    #[inline]
    fn plain_word(&mut self, start: usize, n: usize, end: usize) -> usize {
        if n == 0 {
            return start;
        }
        if start + n < end
            && !matches!(
                self.bytes[start + n],
                b',' | b';' | b')' | b']' | b'}' | b'?' | b'!' | b'"'
            )
        {
            return start;
        }
        self.push(start, start + n, TokenKind::Word);
        // The punctuation that stopped the word, when nothing follows it in the chunk: the
        // general scan would make it a one-char token too (`Petro,` `said.”` is not this case).
        let p = start + n;
        if p + 1 == end {
            match self.bytes[p] {
                b'"' => self.push(p, end, TokenKind::Quote),
                _ => self.push(p, end, TokenKind::Punct),
            }
            return end;
        }
        p
    }

    /// Emits the token(s) starting at `p` and returns the position after them.
    #[inline]
    fn scan_one(&mut self, p: usize, chunk_start: usize, end: usize) -> usize {
        match self.scan_ascii(p, end) {
            Some(e) => e,
            None => self.scan_general(p, chunk_start, end),
        }
    }

    /// Fast path for a printable ASCII byte whose token the rule groups of
    /// [`Self::scan_general`] decide from the byte alone (its [`ASCII_CLASS`]): it skips
    /// reading the characters around it. `None` (nothing emitted): the general path decides.
    /// A letter or digit is never a bullet, never opens an elision or a mojibake currency,
    /// and starts a URL only with `h` or `w`.
    #[inline]
    fn scan_ascii(&mut self, p: usize, end: usize) -> Option<usize> {
        #[cfg(test)]
        if self.general_only {
            return None;
        }
        let b = self.bytes[p];
        let kind = match ASCII_CLASS[b as usize] {
            AsciiClass::General => return None,
            AsciiClass::Letter | AsciiClass::Digit => {
                if matches!(b, b'h' | b'H' | b'w' | b'W') && self.url_end(p, end).is_some() {
                    return None;
                }
                if let Some(e) = self.email_end(p, end) {
                    self.push(p, e, TokenKind::Email);
                    return Some(e);
                }
                return Some(if b.is_ascii_digit() {
                    self.scan_number(p, end)
                } else {
                    self.scan_word(p, p, end)
                });
            }
            AsciiClass::Quote => TokenKind::Quote,
            // Not a bullet, URL, handle or word start; the general path's period rules need a
            // period or a digit next (`...`, `.5`), a combining mark any non-ASCII byte.
            AsciiClass::Period => match self.bytes.get(p + 1) {
                Some(&n) if p + 1 < end && (n == b'.' || n.is_ascii_digit() || n >= 0x80) => {
                    return None
                }
                _ => TokenKind::Punct,
            },
            // A combining mark or variation selector after the mark joins its token.
            _ if p + 1 < end && self.bytes[p + 1] >= 0x80 => return None,
            AsciiClass::Punct => TokenKind::Punct,
            AsciiClass::Symbol => TokenKind::Symbol,
        };
        self.push(p, p + 1, kind);
        Some(p + 1)
    }

    /// The rule groups below tried in order, the first that takes the character wins.
    fn scan_general(&mut self, p: usize, chunk_start: usize, end: usize) -> usize {
        let c = self.char_at(p);
        let clen = c.len_utf8();
        let next = self.peek(p + clen, end);
        let prev = self.char_before(p, chunk_start);
        let after_opening = prev
            .is_none_or(|b| matches!(b, '(' | '[' | '{' | '<') || is_quote_mark(b) || is_dash(b));
        let at = At {
            p,
            chunk_start,
            end,
            c,
            clen,
            next,
            prev,
            after_opening,
        };
        self.scan_marked(&at)
            .or_else(|| self.scan_alnum(&at))
            .or_else(|| self.scan_quote_like(&at))
            .unwrap_or_else(|| self.scan_symbol(&at))
    }

    /// A bullet at a line start, a URL, an @-handle, a hashtag or an e-mail address.
    fn scan_marked(&mut self, at: &At) -> Option<usize> {
        let At {
            p,
            chunk_start,
            end,
            c,
            clen,
            next,
            prev,
            after_opening,
        } = *at;
        if self.line_start && p == chunk_start {
            let lone = p + clen == end;
            if chars::is_bullet(c) || (lone && matches!(c, '-' | '*' | '–' | '—' | '+')) {
                self.push(p, p + clen, TokenKind::Bullet);
                return Some(p + clen);
            }
        }
        if after_opening {
            if let Some(e) = self.url_end(p, end) {
                self.push(p, e, TokenKind::Url);
                return Some(e);
            }
        }
        if c == '@'
            && prev.is_none_or(|b| !chars::is_alphanumeric(b))
            && next.is_some_and(is_handle_char)
        {
            let e = self.take_while(p + 1, end, is_handle_char);
            self.push(p, e, TokenKind::Mention);
            return Some(e);
        }
        if c == '#'
            && prev.is_none_or(|b| !chars::is_alphanumeric(b))
            && next.is_some_and(chars::is_alphanumeric)
        {
            let e = self.take_while(p + 1, end, |ch| chars::is_alphanumeric(ch) || ch == '_');
            self.push(p, e, TokenKind::Hashtag);
            return Some(e);
        }
        if chars::is_alphanumeric(c) {
            if let Some(e) = self.email_end(p, end) {
                self.push(p, e, TokenKind::Email);
                return Some(e);
            }
        }
        None
    }

    /// Mojibake currency, a letter of an unspaced script, a number, a word, a run of periods
    /// or of hyphens.
    fn scan_alnum(&mut self, at: &At) -> Option<usize> {
        let At {
            p,
            end,
            c,
            clen,
            next,
            prev,
            after_opening,
            ..
        } = *at;
        // Mojibake currency from a UTF-8 text decoded as Latin-1/cp1252: "Â£", "â‚¬".
        if c == 'Â' && matches!(next, Some('£' | '€' | '¥' | '¢')) {
            let e = p + clen + next.map_or(0, char::len_utf8);
            self.push(p, e, TokenKind::Currency);
            return Some(e);
        }
        if self.text[p..end].starts_with("â‚¬") {
            let e = p + "â‚¬".len();
            self.push(p, e, TokenKind::Currency);
            return Some(e);
        }
        if chars::is_unspaced_script(c) {
            let e = self.take_while(p + clen, end, is_combining_mark);
            self.push(p, e, TokenKind::Word);
            return Some(e);
        }
        if c.is_ascii_digit() {
            return Some(self.scan_number(p, end));
        }
        if chars::is_alphabetic(c) || (chars::is_numeric(c) && !c.is_ascii()) {
            return Some(self.scan_word(p, p, end));
        }
        if matches!(c, '-' | '+' | '−')
            && next.is_some_and(|n| n.is_ascii_digit())
            && (after_opening || prev.is_some_and(is_currency_sign))
        {
            return Some(self.scan_number(p, end));
        }
        if c == '.' {
            if next == Some('.') {
                let e = self.take_while(p, end, |ch| ch == '.');
                self.push(p, e, TokenKind::Punct);
                return Some(e);
            }
            if next.is_some_and(|n| n.is_ascii_digit())
                && prev.is_none_or(|b| !chars::is_alphanumeric(b))
            {
                return Some(self.scan_number(p, end));
            }
        }
        if c == '-' && next == Some('-') {
            let e = self.take_while(p, end, |ch| ch == '-');
            self.push(p, e, TokenKind::Punct);
            return Some(e);
        }
        None
    }

    /// An apostrophe or quotation mark: a clitic after an abbreviation, doubled single
    /// quotes, an elision, an opening or closing single quote, a double quote or backticks.
    fn scan_quote_like(&mut self, at: &At) -> Option<usize> {
        let At {
            p,
            end,
            c,
            clen,
            next,
            prev,
            after_opening,
            ..
        } = *at;
        if is_apostrophe(c)
            && prev == Some('.')
            && self
                .tokens
                .last()
                .is_some_and(|t| t.kind == TokenKind::Word && t.span.end() == p)
        {
            // "U.S.'s", "Jr.'s": a clitic after an abbreviation's period.
            let e = self.take_while(p + clen, end, chars::is_alphabetic);
            if e > p + clen
                && is_clitic(&self.text[p + clen..e])
                && self.peek(e, end).is_none_or(|n| !chars::is_alphanumeric(n))
            {
                self.push(p, e, TokenKind::Word);
                return Some(e);
            }
        }
        if c == '\'' && next == Some('\'') {
            // Two straight single quotes typed for a double one (''Yes,'' he said).
            self.push(p, p + 2, TokenKind::Quote);
            return Some(p + 2);
        }
        if is_apostrophe(c) || c == '‘' || c == '‛' {
            // An elision: 'em, 'tis, '90s.
            if after_opening {
                if let Some(e) = self.elision_end(p + clen, end) {
                    let kind = if self.char_at(p + clen).is_ascii_digit() {
                        TokenKind::Number
                    } else {
                        TokenKind::Word
                    };
                    self.push(p, e, kind);
                    return Some(e);
                }
            }
            let opens = c == '‘'
                || c == '‛'
                || (after_opening
                    && next.is_some_and(|n| !n.is_whitespace() && !is_closing_punct(n)));
            self.open_single = opens;
            self.push(p, p + clen, TokenKind::Quote);
            return Some(p + clen);
        }
        if is_quote_mark(c) || c == '`' {
            let e = if c == '`' {
                self.take_while(p, end, |ch| ch == '`')
            } else {
                p + clen
            };
            self.push(p, e, TokenKind::Quote);
            return Some(e);
        }
        None
    }

    /// What is left: a currency sign, an emoji, a rule line, punctuation or a symbol.
    fn scan_symbol(&mut self, at: &At) -> usize {
        let At {
            p, end, c, clen, ..
        } = *at;
        if is_currency_sign(c) {
            self.push(p, p + clen, TokenKind::Currency);
            return p + clen;
        }
        if chars::is_emoji(c) || is_regional_indicator(c) {
            let e = self.emoji_end(p, end);
            self.push(p, e, TokenKind::Emoji);
            return e;
        }
        // A rule or separator line drawn with one character ("*****", "=====", "_____") is
        // one token, as in the UD treebanks, not one token per character.
        let e = if matches!(c, '*' | '=' | '_' | '~' | '+' | '#') {
            self.take_while(p + clen, end, |ch| ch == c)
        } else {
            self.take_while(p + clen, end, |ch| {
                is_combining_mark(ch) || ch == '\u{FE0F}'
            })
        };
        let kind = if chars::is_punctuation(c) {
            TokenKind::Punct
        } else {
            TokenKind::Symbol
        };
        self.push(p, e, kind);
        e
    }

    /// The first char at or after `i` that is not a space or tab, past at most one line break
    /// (a hard wrap is a space; a blank line is not), looking a few bytes ahead.
    fn next_after_spaces(&self, i: usize) -> Option<char> {
        let end = (i + 8).min(self.bytes.len());
        let space = |ch| ch == ' ' || ch == '\t' || ch == '\u{A0}';
        let mut j = self.take_while(i, end, space);
        let crlf = self.bytes.get(j..j + 2) == Some(b"\r\n".as_slice());
        if crlf || matches!(self.bytes.get(j), Some(b'\n' | b'\r')) {
            j = self.take_while(j + 1 + usize::from(crlf), end, space);
        }
        (j < self.bytes.len()).then(|| self.char_at(j))
    }

    fn take_while(&self, mut i: usize, end: usize, f: impl Fn(char) -> bool) -> usize {
        while i < end {
            let c = self.char_at(i);
            if !f(c) {
                break;
            }
            i += c.len_utf8();
        }
        i
    }

    /// A word starting at `start`; `from` is where scanning resumes (past a numeric prefix
    /// when called from [`Self::scan_number`]). Runs of word characters are taken whole; at
    /// each other character a rule group decides whether the word goes on, ends, or was
    /// emitted (with its parts) already.
    fn scan_word(&mut self, start: usize, from: usize, end: usize) -> usize {
        let mut w = InWord {
            start,
            from,
            end,
            q: from,
            seg_start: from,
            inner_period: false,
        };
        loop {
            w.q = self.word_run_end(w.q, end);
            if w.q >= end {
                break;
            }
            let c = self.char_at(w.q);
            let clen = c.len_utf8();
            let next = self.peek(w.q + clen, end);
            let step = if c == '.' {
                self.word_period(&mut w, next)
            } else if is_apostrophe(c) {
                self.word_apostrophe(&mut w, c, next)
            } else {
                self.word_joiner(&mut w, c, next)
            };
            match step {
                WordStep::Continue => continue,
                WordStep::Break => break,
                WordStep::Done(e) => return e,
            }
        }
        self.push(start, w.q, TokenKind::Word);
        w.q
    }

    /// The end of the run of [`is_word_char`] chars from `i`: ASCII word bytes in a tight
    /// loop, a char decoded only at a non-ASCII byte.
    #[inline]
    fn word_run_end(&self, mut i: usize, end: usize) -> usize {
        #[cfg(test)]
        if self.general_only {
            return self.take_while(i, end, is_word_char);
        }
        loop {
            while i < end && is_ascii_word_byte(self.bytes[i]) {
                i += 1;
            }
            if i >= end || self.bytes[i] < 0x80 {
                return i;
            }
            let c = self.char_at(i);
            if !is_word_char(c) {
                return i;
            }
            i += c.len_utf8();
        }
    }

    /// A period inside or after a word: a version (`v2.0`), an initialism (`U.S.`), a domain
    /// (`example.com`), or an abbreviation's period kept with the word (`Dr.`).
    fn word_period(&mut self, w: &mut InWord, next: Option<char>) -> WordStep {
        let q = w.q;
        if next.is_some_and(|n| n.is_ascii_digit()) && self.bytes[q - 1].is_ascii_digit() {
            w.q += 1; // a version: v2.0, Python3.11
            return WordStep::Continue;
        }
        let text = self.text;
        let seg = &text[w.seg_start..q];
        let single_letter = seg.chars().count() == 1 && seg.chars().all(chars::is_alphabetic);
        if next.is_some_and(chars::is_alphabetic) {
            if single_letter && w.from == w.start {
                w.inner_period = true;
                w.q += 1;
                w.seg_start = w.q;
                return WordStep::Continue;
            }
            if let Some(e) = self.domain_end(q, w.end) {
                self.push(w.start, e, TokenKind::Url);
                return WordStep::Done(e);
            }
            return WordStep::Break;
        }
        if w.inner_period {
            if seg.chars().count() <= 2 {
                w.q += 1;
                return self.initialism_hyphen(w);
            }
            return WordStep::Break;
        }
        if next.is_none_or(|n| !chars::is_alphanumeric(n)) && self.keeps_period(w) {
            w.q += 1;
        }
        WordStep::Break
    }

    /// "U.S.-Colombia": the compound goes on after the initialism (`w.q` just past its period).
    fn initialism_hyphen(&self, w: &mut InWord) -> WordStep {
        if let Some(h) = self
            .peek(w.q, w.end)
            .filter(|&h| chars::is_joining_hyphen(h))
        {
            if self
                .peek(w.q + h.len_utf8(), w.end)
                .is_some_and(chars::is_alphanumeric)
            {
                w.q += h.len_utf8();
                w.seg_start = w.q;
                w.inner_period = false;
                return WordStep::Continue;
            }
        }
        WordStep::Break
    }

    /// Does the word end with an abbreviation's period (`Dr.`, or the last part of a
    /// compound: "(D-Wis.)", "R-Ky.,")? `w.q` is at the period.
    fn keeps_period(&self, w: &InWord) -> bool {
        let (start, seg_start, q) = (w.start, w.seg_start, w.q);
        let class = abbreviation_class(&self.text[start..q + 1]).or_else(|| {
            (seg_start > start)
                .then(|| abbreviation_class(&self.text[seg_start..q + 1]))
                .flatten()
                .filter(|c| *c == AbbrevClass::General)
        });
        match class {
            None => false,
            // "No. 10", "p. 4", "Sun. 4": words that are abbreviations only before a
            // number, so that "the answer was No." and "the Sun." end normally.
            Some(AbbrevClass::Prefix) => self
                .next_after_spaces(q + 1)
                .is_some_and(|n| n.is_ascii_digit() || n == ','),
            Some(_) => true,
        }
    }

    /// An apostrophe inside or after a word: a clitic split off (`Petro` `'s`, `do` `n't`),
    /// a name going on (`O'Brien`), a plural possessive (`States'`), or the word's end.
    fn word_apostrophe(&mut self, w: &mut InWord, c: char, next: Option<char>) -> WordStep {
        let (start, end, q, clen) = (w.start, w.end, w.q, c.len_utf8());
        if next.is_some_and(chars::is_alphabetic) {
            let suffix_end = self.take_while(q + clen, end, chars::is_alphabetic);
            let word_ends = self
                .peek(suffix_end, end)
                .is_none_or(|n| !chars::is_alphanumeric(n) && !is_apostrophe(n));
            if word_ends {
                let suffix = &self.text[q + clen..suffix_end];
                if is_clitic(suffix) && q > start {
                    self.push(start, q, TokenKind::Word);
                    self.push(q, suffix_end, TokenKind::Word);
                    return WordStep::Done(suffix_end);
                }
                if suffix.eq_ignore_ascii_case("t")
                    && q > start + 1
                    && matches!(self.bytes[q - 1], b'n' | b'N')
                {
                    self.push(start, q - 1, TokenKind::Word);
                    self.push(q - 1, suffix_end, TokenKind::Word);
                    return WordStep::Done(suffix_end);
                }
            }
            w.q += clen; // O'Brien, rock'n'roll
            return WordStep::Continue;
        }
        let word = &self.text[start..q];
        // `s''` is a word before two straight single quotes typed for a closing double
        // one (''… the mechanics'' of …), not a plural possessive.
        let doubled = c == '\'' && next == Some('\'');
        if !self.open_single
            && !doubled
            && word.len() > 1
            && word.ends_with(['s', 'S'])
            && next.is_none_or(|n| !chars::is_alphanumeric(n))
        {
            // Plural possessive: States'
            self.push(start, q, TokenKind::Word);
            self.push(q, q + clen, TokenKind::Word);
            return WordStep::Done(q + clen);
        }
        WordStep::Break
    }

    /// Another character after letters: a joining hyphen, `&` in `AT&T`, `°` in `N°`, `$` in
    /// `US$`; anything else ends the word.
    fn word_joiner(&mut self, w: &mut InWord, c: char, next: Option<char>) -> WordStep {
        let (start, q, clen) = (w.start, w.q, c.len_utf8());
        if chars::is_joining_hyphen(c) && next.is_some_and(chars::is_alphanumeric) {
            w.q += clen;
            w.seg_start = w.q;
            return WordStep::Continue;
        }
        if c == '&'
            && next.is_some_and(|n| n.is_ascii_uppercase())
            && q - start <= 3
            && self.text[start..q]
                .chars()
                .all(|ch| ch.is_ascii_uppercase())
        {
            w.q += 1;
            return WordStep::Continue;
        }
        if matches!(c, '°' | 'º') && matches!(&self.text[start..q], "N" | "n" | "No" | "no") {
            w.q += clen; // N°, the numero sign written with a degree sign
            return WordStep::Continue;
        }
        if c == '$'
            && q - start <= 3
            && self.text[start..q]
                .chars()
                .all(|ch| ch.is_ascii_uppercase())
        {
            self.push(start, q + 1, TokenKind::Currency); // US$, HK$, A$
            return WordStep::Done(q + 1);
        }
        WordStep::Break
    }

    fn scan_number(&mut self, start: usize, end: usize) -> usize {
        let mut q = start;
        if matches!(self.char_at(q), '-' | '+' | '−') {
            q += self.char_at(q).len_utf8();
        }
        if self.bytes.get(q) == Some(&b'.') {
            q += 1;
        }
        q = self.digits(q, end);
        while let Some(c) = self.peek(q, end) {
            let clen = c.len_utf8();
            let next = self.peek(q + clen, end);
            let next_digit = next.is_some_and(|n| n.is_ascii_digit());
            match c {
                ',' if next_digit => {
                    let e = self.digits(q + 1, end);
                    // Thousands group: exactly three digits.
                    if e - (q + 1) == 3 {
                        q = e;
                        continue;
                    }
                    if let Some(e) = self.indian_groups(start, q, end) {
                        q = e;
                        continue;
                    }
                    break;
                }
                '.' | ':' | '/' | '-' | '–' | '⁄' if next_digit => {
                    q = self.digits(q + clen, end);
                    continue;
                }
                _ if chars::is_joining_hyphen(c) && next.is_some_and(chars::is_alphabetic) => {
                    return self.scan_word(start, q, end); // 37-year-old
                }
                _ if c.is_ascii_alphabetic() => {
                    let suffix_end = self.take_while(q, end, |ch| ch.is_ascii_alphabetic());
                    let suffix = &self.text[q..suffix_end];
                    let after = self.peek(suffix_end, end);
                    if after.is_some_and(chars::is_alphanumeric) {
                        return self.scan_word(start, q, end); // 4x4, 3D2
                    }
                    let lower = suffix.to_ascii_lowercase();
                    let digits_only = self.text[start..q].bytes().all(|b| b.is_ascii_digit());
                    if crate::facts::is_ordinal_suffix(&lower) && digits_only {
                        self.push(start, suffix_end, TokenKind::Number); // 21st
                        return suffix_end;
                    }
                    if lower == "s" && digits_only && matches!(q - start, 2 | 4) {
                        self.push(start, suffix_end, TokenKind::Number); // 1990s
                        return suffix_end;
                    }
                    if NUMBER_SUFFIXES.contains(suffix) {
                        self.push(start, q, TokenKind::Number);
                        // "3p.m." keeps its periods on the suffix.
                        let mut e = suffix_end;
                        if matches!(lower.as_str(), "p" | "a")
                            && self.text[suffix_end..end].starts_with(".m.")
                        {
                            e += 3;
                        }
                        self.push(q, e, TokenKind::Word);
                        return e;
                    }
                    if matches!(lower.as_str(), "p" | "a")
                        && self.text[suffix_end..end].starts_with(".m.")
                    {
                        self.push(start, q, TokenKind::Number);
                        self.push(q, suffix_end + 3, TokenKind::Word);
                        return suffix_end + 3;
                    }
                    return self.scan_word(start, q, end); // 3D, 5G, 2FA
                }
                _ => break,
            }
        }
        self.push(start, q, TokenKind::Number);
        q
    }

    /// `indian_grouping`: "1,00,000", "12,34,567.89": after one or two leading digits (from
    /// `start`, a sign allowed) a comma at `q` starts groups of two digits that end in a group
    /// of three, as Indian news groups lakhs and crores. The end of the last group, if so.
    /// No group starts the figure with "0" ("0,10,100"), and a word of Indian money or
    /// counting stands near it (`indian_grouping.txt`): "Sections 12,13,145" is a list.
    fn indian_groups(&self, start: usize, q: usize, end: usize) -> Option<usize> {
        let lead = self.text[start..q].trim_start_matches(['-', '+']);
        if !(1..=2).contains(&lead.len())
            || !lead.bytes().all(|b| b.is_ascii_digit())
            || lead.starts_with('0')
        {
            return None;
        }
        let e = self.indian_group_end(q, end)?;
        self.indian_word_near(start, e).then_some(e)
    }

    /// The end of the two-digit groups after the comma at `q` that end in a group of three.
    fn indian_group_end(&self, q: usize, end: usize) -> Option<usize> {
        let mut p = q;
        let mut pairs = 0;
        while self.bytes.get(p) == Some(&b',') {
            let e = self.digits(p + 1, end);
            match e - (p + 1) {
                2 => pairs += 1,
                3 if pairs > 0 => {
                    let more = self.bytes.get(e) == Some(&b',')
                        && self.bytes.get(e + 1).is_some_and(u8::is_ascii_digit);
                    return (!more).then_some(e);
                }
                _ => return None,
            }
            p = e;
        }
        None
    }

    /// Is a word of `indian_grouping.txt` among the few words (40 bytes) either side of the
    /// figure at `start..e`?
    fn indian_word_near(&self, start: usize, e: usize) -> bool {
        const REACH: usize = 40;
        let mut lo = start.saturating_sub(REACH);
        while !self.text.is_char_boundary(lo) {
            lo += 1;
        }
        let mut hi = (e + REACH).min(self.text.len());
        while !self.text.is_char_boundary(hi) {
            hi -= 1;
        }
        let near = |s: &str| {
            s.split(|c: char| !chars::is_alphanumeric(c) && c != '₹')
                .any(|w| w.contains('₹') || INDIAN_GROUPING.contains(w.to_lowercase().as_str()))
        };
        near(&self.text[lo..start]) || near(&self.text[e..hi])
    }

    fn digits(&self, i: usize, end: usize) -> usize {
        let mut i = i;
        while i < end && self.bytes[i].is_ascii_digit() {
            i += 1;
        }
        i
    }

    /// After an apostrophe at `p`: the end of an elided word (`'em`, `'90s`), if it is one.
    fn elision_end(&self, p: usize, end: usize) -> Option<usize> {
        let first = self.peek(p, end)?;
        if first.is_ascii_digit() {
            let e = self.digits(p, end);
            if e - p != 2 {
                return None;
            }
            let e = if self.bytes.get(e) == Some(&b's') {
                e + 1
            } else {
                e
            };
            return self
                .peek(e, end)
                .is_none_or(|n| !chars::is_alphanumeric(n))
                .then_some(e);
        }
        let e = self.take_while(p, end, chars::is_alphabetic);
        if e == p
            || self
                .peek(e, end)
                .is_some_and(|n| chars::is_alphanumeric(n) || is_apostrophe(n))
        {
            return None;
        }
        ELISIONS
            .contains(&self.text[p..e].to_lowercase())
            .then_some(e)
    }

    /// A web address starting at `p` (`http://`, `https://` or `www.`), trimmed of the
    /// punctuation that ends the sentence or closes a bracket around it.
    fn url_end(&self, p: usize, end: usize) -> Option<usize> {
        let rest = &self.text[p..end];
        let starts = |prefix: &str| {
            rest.len() > prefix.len()
                && rest.as_bytes()[..prefix.len()].eq_ignore_ascii_case(prefix.as_bytes())
        };
        if !(starts("http://") || starts("https://") || starts("www.")) {
            return None;
        }
        Some(p + trim_trailing_punct(rest))
    }

    /// `name.tld` or `a.b.tld` starting at the word before `dot`.
    ///
    /// Every dot of one run of `.label`s reaches the same last label, so a failure is
    /// remembered for the whole run: without that, "a.b.c.…" would be walked once per dot.
    fn domain_end(&mut self, dot: usize, end: usize) -> Option<usize> {
        if dot < self.no_domain_before {
            return None;
        }
        let mut q = dot;
        let mut last_label = None;
        while self.bytes.get(q) == Some(&b'.') && q < end {
            let e = self.take_while(q + 1, end, |ch| ch.is_ascii_alphanumeric() || ch == '-');
            if e == q + 1 {
                break;
            }
            last_label = Some((q + 1, e));
            q = e;
        }
        let (ls, le) = last_label?;
        let label = &self.text[ls..le];
        let label_ok = label.bytes().all(|b| b.is_ascii_lowercase()) && TLDS.contains(label);
        let ends = self.peek(q, end).is_none_or(|n| !chars::is_alphanumeric(n));
        if !(label_ok && ends) {
            self.no_domain_before = q;
            return None;
        }
        Some(q)
    }

    /// An e-mail address starting at `p`.
    ///
    /// Every start inside one run of local-part characters reaches the same `@` (or none), so
    /// a failure is remembered for the rest of the run: without that, "1+1+1+…" would be
    /// rescanned at every token.
    fn email_end(&mut self, p: usize, end: usize) -> Option<usize> {
        if p < self.no_email_before {
            return None;
        }
        let local_end = self.take_while(p, end, |ch| {
            ch.is_ascii_alphanumeric() || matches!(ch, '.' | '_' | '%' | '+' | '-')
        });
        let found = (local_end < end && self.bytes.get(local_end) == Some(&b'@')).then(|| {
            let dom_end = self.take_while(local_end + 1, end, |ch| {
                ch.is_ascii_alphanumeric() || matches!(ch, '.' | '-')
            });
            let domain = self.text[local_end + 1..dom_end].trim_end_matches(['.', '-']);
            let (_, tld) = domain.rsplit_once('.')?;
            (tld.len() >= 2 && tld.bytes().all(|b| b.is_ascii_alphabetic()))
                .then_some(local_end + 1 + domain.len())
        });
        match found.flatten() {
            Some(e) => Some(e),
            None => {
                self.no_email_before = local_end;
                None
            }
        }
    }

    fn emoji_end(&self, p: usize, end: usize) -> usize {
        let first = self.char_at(p);
        let mut q = p + first.len_utf8();
        if is_regional_indicator(first) {
            // A flag is a pair of regional indicators.
            if let Some(n) = self.peek(q, end).filter(|&n| is_regional_indicator(n)) {
                q += n.len_utf8();
            }
            return q;
        }
        loop {
            q = self.take_while(q, end, |ch| {
                chars::is_emoji_continuation(ch) && ch != '\u{200D}'
            });
            // A zero-width joiner glues the next pictograph into the same emoji.
            match self.peek(q, end) {
                Some('\u{200D}') => {
                    q += 3;
                    match self.peek(q, end) {
                        Some(n) if chars::is_emoji(n) => q += n.len_utf8(),
                        _ => return q,
                    }
                }
                _ => return q,
            }
        }
    }
}

fn is_word_char(c: char) -> bool {
    (chars::is_alphanumeric(c) && !chars::is_unspaced_script(c))
        || is_combining_mark(c)
        || c == '_'
        || c == '\u{200C}'
        || c == '\u{200D}'
}

/// Length of the run of ASCII letters at the start of `bytes`.
#[inline]
fn ascii_letters(bytes: &[u8]) -> usize {
    // Eight bytes at a time while eight remain (a word is usually read in one step).
    let mut k = 0;
    while let Some(w) = bytes.get(k..k + 8) {
        let x = u64::from_le_bytes([w[0], w[1], w[2], w[3], w[4], w[5], w[6], w[7]]);
        let other = !ascii_letter_bits(x) & 0x8080_8080_8080_8080;
        if other != 0 {
            return k + (other.trailing_zeros() / 8) as usize;
        }
        k += 8;
    }
    k + bytes[k..]
        .iter()
        .position(|b| !b.is_ascii_alphabetic())
        .unwrap_or(bytes.len() - k)
}

/// The bytes of `x` (eight, little-endian) that are ASCII letters, as each byte's high bit.
/// With the high bit cleared and `0x20` set, every byte is `0x20..=0x7F` and neither sum
/// carries into the next byte: the first sets the high bit from `a` up, the second past `z`.
#[inline]
fn ascii_letter_bits(x: u64) -> u64 {
    const HIGH: u64 = 0x8080_8080_8080_8080;
    let y = (x & !HIGH) | 0x2020_2020_2020_2020;
    let from_a = y.wrapping_add(0x1F1F_1F1F_1F1F_1F1F);
    let past_z = y.wrapping_add(0x0505_0505_0505_0505);
    from_a & !past_z & !x & HIGH
}

fn is_handle_char(c: char) -> bool {
    c.is_ascii_alphanumeric() || c == '_'
}

fn is_regional_indicator(c: char) -> bool {
    ('\u{1F1E6}'..='\u{1F1FF}').contains(&c)
}

fn is_closing_punct(c: char) -> bool {
    matches!(c, '.' | ',' | ';' | ':' | '!' | '?' | ')' | ']' | '}')
}

/// English clitics split off after an apostrophe: Petro's → Petro + 's.
fn is_clitic(suffix: &str) -> bool {
    ["s", "re", "ve", "ll", "d", "m"]
        .iter()
        .any(|c| suffix.eq_ignore_ascii_case(c))
}

/// Length of `s` without the trailing punctuation that is not part of a URL: sentence
/// punctuation and quote marks, and a closing bracket that has no opening one in the URL.
/// Bracket balance is counted once, so trimming stays linear however long the chunk.
fn trim_trailing_punct(s: &str) -> usize {
    let count = |ch: u8| s.bytes().filter(|&b| b == ch).count() as isize;
    let mut paren = count(b'(') - count(b')');
    let mut square = count(b'[') - count(b']');
    let mut end = s.len();
    while let Some(c) = s[..end].chars().next_back() {
        let strip = match c {
            '.' | ',' | ';' | ':' | '!' | '?' => true,
            ')' if paren < 0 => {
                paren += 1;
                true
            }
            ']' if square < 0 => {
                square += 1;
                true
            }
            _ => is_quote_mark(c) || c == '>' || c == '}',
        };
        if !strip {
            break;
        }
        end -= c.len_utf8();
    }
    end
}

#[cfg(test)]
mod tests;
