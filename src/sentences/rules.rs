//! The splitter's decisions as named, ordered rule lists (pySBD style).
//!
//! * [`BREAK_RULES`]: is there a boundary before a token that does not come from punctuation
//!   (paragraph and line breaks, list markers, e-mail headers, sign-offs, addresses)?
//! * [`EXTEND_RULES`]: which tokens after a terminal mark still belong to its sentence
//!   (closing quotes and brackets, a citation marker `[12]`)?
//! * [`END_RULES`]: does a terminal candidate (`.` `?` `!` `…` or an abbreviation) end the
//!   sentence, given what follows?
//!
//! Each list runs in order; the first rule with an opinion (`Some`) decides, and a candidate no
//! rule decides is no boundary. Every rule has its own cases in
//! `tests/data/sentence_rules.jsonl`, and a test switches each rule off to show that its
//! cases then fail.

use std::sync::LazyLock;

use crate::facts::TokenFacts;
use crate::lexicon::{self, FastSet};
use crate::quotes::escaped;
use crate::tokenize::{
    abbreviation_class, is_bullet_char, AbbrevClass, Token, TokenKind, Whitespace,
};

use super::lists::{enumerator, is_bullet, ListOpener};
use super::wrap;
use super::{first_char, starts_like_sentence, terminal, Terminal};

static SENTENCE_STARTERS: LazyLock<FastSet<String>> =
    LazyLock::new(|| lexicon::word_set(include_str!("../../data/lexicons/sentence_starters.txt")));
static SIGN_OFFS: LazyLock<FastSet<String>> =
    LazyLock::new(|| lexicon::lowercase_set(include_str!("../../data/lexicons/sign_offs.txt")));
/// The two words opening a blog or forum footer (`Posted by`), lower case.
static FOOTER_OPENERS: LazyLock<FastSet<String>> = LazyLock::new(|| {
    lexicon::lowercase_set(include_str!("../../data/lexicons/footer_openers.txt"))
});
/// The emoticons, a table of the bytes that open one and a table of the bytes that end one
/// (both looked at before the set).
static EMOTICONS: LazyLock<(lexicon::PackedMap<()>, [bool; 256], [bool; 256])> =
    LazyLock::new(|| {
        let words: Vec<String> =
            lexicon::word_set(include_str!("../../data/lexicons/emoticons.txt"));
        let (mut first, mut last) = ([false; 256], [false; 256]);
        for w in &words {
            if let (Some(&a), Some(&z)) = (w.as_bytes().first(), w.as_bytes().last()) {
                first[usize::from(a)] = true;
                last[usize::from(z)] = true;
            }
        }
        (
            lexicon::PackedMap::set(words.iter().map(String::as_str)),
            first,
            last,
        )
    });
static CAPTION_LABELS: LazyLock<FastSet<String>> =
    LazyLock::new(|| lexicon::word_set(include_str!("../../data/lexicons/caption_labels.txt")));
static STATE_ABBREVIATIONS: LazyLock<FastSet<String>> = LazyLock::new(|| {
    lexicon::word_set(include_str!("../../data/lexicons/state_abbreviations.txt"))
});
/// Courtesy titles (`titles.txt`, class `honorific`, written with a period: `Mr.`, `Dr.`): they
/// open a name, and nothing an abbreviation abbreviates runs on into one (`U.S. Sen.` does).
static HONORIFIC_ABBREVIATIONS: LazyLock<FastSet<String>> = LazyLock::new(|| {
    lexicon::entries(include_str!("../../data/lexicons/titles.txt"))
        .filter(|f| f.len() > 1 && f[1] == "honorific" && f[0].ends_with('.'))
        .map(|f| f[0].to_string())
        .collect()
});
/// Given names (`first_names.txt`, as written there): after an initialism, one opens a
/// person's name (`the U.S. Chris Christie said`), which nothing an initialism abbreviates
/// runs on into.
static FIRST_NAMES: LazyLock<FastSet<String>> = LazyLock::new(|| {
    lexicon::entries(include_str!("../../data/lexicons/first_names.txt"))
        .map(|f| f[0].to_string())
        .collect()
});
/// Articles, possessive determiners, conjunctions and prepositions (`function_words.txt`):
/// they open a phrase, so a line of prose cannot end on one, and written with a capital inside
/// a line they mark a Title Case headline.
static FUNCTION_WORDS: LazyLock<FastSet<String>> =
    LazyLock::new(|| lexicon::word_set(include_str!("../../data/lexicons/function_words.txt")));
static MONTHS: LazyLock<FastSet<String>> = LazyLock::new(|| {
    lexicon::entries(include_str!("../../data/lexicons/months.txt"))
        .map(|f| f[0].to_string())
        .collect()
});
static OPENING_PREPOSITIONS: LazyLock<FastSet<String>> = LazyLock::new(|| {
    lexicon::lowercase_set(include_str!("../../data/lexicons/opening_prepositions.txt"))
});
/// Nouns named by a letter or numeral (`Plan B`, `World War I`), lower case.
static DESIGNATION_NOUNS: LazyLock<FastSet<String>> = LazyLock::new(|| {
    lexicon::lowercase_set(include_str!("../../data/lexicons/designation_nouns.txt"))
});
/// State abbreviations that are also words (`Mass.`, `Ark.`).
static STATE_ABBREVIATION_WORDS: LazyLock<FastSet<String>> = LazyLock::new(|| {
    lexicon::word_set(include_str!(
        "../../data/lexicons/state_abbreviation_words.txt"
    ))
});
/// One-word U.S. states and countries (`Florida`, `China`).
static PLACE_NAMES: LazyLock<FastSet<String>> =
    LazyLock::new(|| lexicon::word_set(include_str!("../../data/lexicons/place_names.txt")));
/// Eras after a year (`B.C.`, `A.D.`).
static ERA_ABBREVIATIONS: LazyLock<FastSet<String>> =
    LazyLock::new(|| lexicon::word_set(include_str!("../../data/lexicons/era_abbreviations.txt")));

/// A party letter and a state as one word (`R-Fla.`, `D-N.Y.`), which the tokenizer keeps
/// whole: it may end a sentence as a state does.
pub(super) fn party_state(word: &str) -> bool {
    word.len() > 3
        && matches!(&word.as_bytes()[..2], b"R-" | b"D-" | b"I-")
        && STATE_ABBREVIATIONS.contains(&word[2..])
}

/// A named boundary rule: `decide` returns `Some(answer)` to decide, `None` to pass to the
/// next rule.
pub struct BreakRule {
    pub name: &'static str,
    pub(super) doc: &'static str,
    pub decide: fn(&BreakCtx<'_>) -> Option<bool>,
    /// On a token that does not open a line (whitespace before it below
    /// [`Whitespace::Line`]), the rule has no opinion (`decide` gives `None`) unless this
    /// cheap test of the token, the one before it and the sentence start passes, so it is not
    /// run where the test fails ([`Gate::LineStart`]: never within a line).
    pub(super) gate: Gate,
}

/// What a break rule needs to have an opinion on a token within a line: a test of a few
/// fields of the token, the token before it and the sentence start, made once per candidate
/// in [`RuleSwitch::breaks`] for all the rules that share it, before any rule's own `decide`
/// is called. Each gate is a necessary condition of its rules' `Some` (test
/// `break_rule_gates_pass_only_where_their_rule_has_no_opinion`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum Gate {
    /// Only a token that opens a line (the rule gives `None` on every other).
    LineStart,
    /// The sentence opened with a list marker.
    List,
    /// The token is a word that opens with a capital (or a non-ASCII letter), at most this many
    /// tokens after the sentence start.
    CapitalNear(usize),
    /// The token before it is a dash after a space (`-`, `–`, `—`), at most this many tokens
    /// after the sentence start.
    AfterDashNear(usize),
    /// The token before it is a dash after a space, anywhere in the sentence.
    AfterDash,
    /// The token is a web address.
    Url,
    /// The token before it is two bytes long (`AM`, `pm`).
    AfterTwoBytes,
    /// The token opens with a digit or a slash (a slashed date).
    DigitOrSlash,
    /// The token before it is a web or e-mail address, or `>`.
    AfterAddress,
    /// The token is a word and the one before it is glued to its own predecessor and ends
    /// with a byte that ends an emoticon.
    WordAfterEmoticonEnd,
}

impl Gate {
    /// Can a rule with this gate have an opinion on `cx`'s token, which does not open a line?
    #[inline]
    pub(super) fn open(self, cx: &BreakCtx) -> bool {
        let (text, tokens) = (cx.doc.text.as_bytes(), cx.doc.tokens);
        let t = &tokens[cx.i];
        let prev = &tokens[cx.i - 1];
        match self {
            Gate::LineStart => false,
            Gate::List => cx.opener.is_some(),
            Gate::CapitalNear(n) => {
                let b = text[t.span.start()];
                cx.i <= cx.start + n
                    && t.kind == TokenKind::Word
                    && (b.is_ascii_uppercase() || b >= 0x80)
            }
            Gate::AfterDashNear(n) => {
                let b = text[prev.span.start()];
                cx.i <= cx.start + n
                    && prev.ws_before == Whitespace::Space
                    && (b == b'-' || b == 0xE2)
            }
            Gate::AfterDash => {
                let b = text[prev.span.start()];
                prev.ws_before == Whitespace::Space && (b == b'-' || b == 0xE2)
            }
            Gate::Url => t.kind == TokenKind::Url,
            Gate::AfterTwoBytes => prev.span.len() == 2,
            Gate::DigitOrSlash => {
                let b = text[t.span.start()];
                b.is_ascii_digit() || b == b'/'
            }
            Gate::AfterAddress => {
                matches!(prev.kind, TokenKind::Url | TokenKind::Email)
                    || (prev.span.len() == 1 && text[prev.span.start()] == b'>')
            }
            Gate::WordAfterEmoticonEnd => {
                t.kind == TokenKind::Word
                    && prev.ws_before == Whitespace::None
                    && ends_like_emoticon(cx.doc.text, prev)
            }
        }
    }
}

/// The break rules' gates other than [`Gate::LineStart`], each once, with the bits (by index
/// in [`BREAK_RULES`]) of the rules it opens.
static GATES: LazyLock<Vec<(Gate, u32)>> = LazyLock::new(|| {
    assert!(
        BREAK_RULES.len() <= 32,
        "the break rules are kept as bits of a u32"
    );
    let mut gates: Vec<(Gate, u32)> = Vec::new();
    for (k, r) in BREAK_RULES.iter().enumerate() {
        if r.gate == Gate::LineStart {
            continue;
        }
        match gates.iter_mut().find(|(g, _)| *g == r.gate) {
            Some((_, bits)) => *bits |= 1 << k,
            None => gates.push((r.gate, 1 << k)),
        }
    }
    gates
});

/// A named rule on a terminal candidate, like [`BreakRule`].
pub struct EndRule {
    pub name: &'static str,
    pub(super) doc: &'static str,
    pub decide: fn(&EndCtx<'_>) -> Option<bool>,
}

/// Which rules run: all of them, or all but one (to test what each rule does on its own).
#[derive(Clone, Copy, Debug, Default)]
pub struct RuleSwitch {
    pub off: Option<&'static str>,
}

impl RuleSwitch {
    fn on(&self, name: &str) -> bool {
        self.off.is_none_or(|o| o != name)
    }

    /// Runs the break rules in order; the first opinion decides, no opinion is `false`.
    #[inline]
    pub(super) fn breaks(&self, cx: &BreakCtx) -> bool {
        // Most tokens seen here follow a space: the rules that only speak at a line start
        // would all pass on them, and most of the others need something the token lacks
        // (each rule's `gate`).
        let mut open = if cx.token().ws_before >= Whitespace::Line {
            u32::MAX
        } else {
            GATES
                .iter()
                .fold(0, |bits, &(g, b)| if g.open(cx) { bits | b } else { bits })
        };
        // The open rules in their order (lowest bit first).
        while open != 0 {
            let r = BREAK_RULES.get(open.trailing_zeros() as usize);
            open &= open - 1;
            match r {
                Some(r) if self.on(r.name) => {
                    if let Some(answer) = (r.decide)(cx) {
                        return answer;
                    }
                }
                Some(_) => {}
                None => break,
            }
        }
        false
    }

    /// Runs the end rules in order; the first opinion decides, no opinion is `false`.
    #[inline]
    pub(super) fn ends(&self, cx: &EndCtx) -> bool {
        END_RULES
            .iter()
            .filter(|r| self.on(r.name))
            .find_map(|r| (r.decide)(cx))
            .unwrap_or(false)
    }
}

/// The whole document as the rules see it.
#[derive(Clone, Copy)]
pub struct Doc<'a> {
    pub(super) text: &'a str,
    pub(super) tokens: &'a [Token],
    /// The hard-wrapping width, when the text is hard-wrapped.
    pub(super) wrap: Option<usize>,
    /// The document's token facts, when the pipeline built them before the sentences.
    pub(super) facts: Option<&'a TokenFacts>,
    /// The text as given, when `text` is its decoded reading: a wrapper broke the given
    /// lines, so line widths are measured there.
    pub(super) given: Option<Given<'a>>,
}

/// The text as given and its decoded reading ([`escaped::Decoded`]), whose offsets map back.
#[derive(Clone, Copy)]
pub(crate) struct Given<'a> {
    pub text: &'a str,
    pub decoded: &'a escaped::Decoded,
}

impl<'a> Doc<'a> {
    /// The abbreviation class of token `i`, read from the token facts when there are some
    /// (they hold it for every word token) and looked up otherwise.
    pub(super) fn abbreviation(&self, i: usize) -> Option<AbbrevClass> {
        match self.facts {
            Some(f) if self.tokens[i].kind == TokenKind::Word => f.abbreviation(i),
            _ => abbreviation_class(self.str(i)),
        }
    }

    fn str(&self, i: usize) -> &'a str {
        self.tokens[i].span.text(self.text)
    }

    fn is(&self, i: usize, s: &str) -> bool {
        self.tokens
            .get(i)
            .is_some_and(|t| t.span.text(self.text) == s)
    }

    fn capitalised_word(&self, i: usize) -> bool {
        self.tokens
            .get(i)
            .is_some_and(|t| t.kind == TokenKind::Word && first_char(self.text, t).is_uppercase())
    }

    fn lowercase_word(&self, i: usize) -> bool {
        self.tokens
            .get(i)
            .is_some_and(|t| t.kind == TokenKind::Word && first_char(self.text, t).is_lowercase())
    }

    /// A clock time `07:17` (one number token holding a colon).
    fn clock_time(&self, i: usize) -> bool {
        self.tokens.get(i).is_some_and(|t| {
            let s = t.span.text(self.text);
            t.kind == TokenKind::Number
                && s.contains(':')
                && s.bytes().all(|b| b.is_ascii_digit() || b == b':')
        })
    }

    /// A date written with slashes, `04/26/2001` or `10/08/99`.
    fn slash_date(&self, i: usize) -> bool {
        self.tokens.get(i).is_some_and(|t| {
            let s = t.span.text(self.text);
            s.bytes().filter(|&b| b == b'/').count() == 2
                && s.bytes().all(|b| b.is_ascii_digit() || b == b'/')
        })
    }

    /// Is the line from byte `start` to byte `end` a wrapped line of hard-wrapped text (the word
    /// at byte `next`, opening the next line, did not fit on it)?
    pub(super) fn wrapped_line(&self, start: usize, end: usize, next: usize) -> bool {
        self.wrap.is_some_and(|w| {
            let (text, start, end, next) = match self.given {
                None => (self.text, start, end, next),
                Some(g) => {
                    // The break as read, from the line's last token to the next: white space
                    // holding one line break that the given text writes as one (not a `<br>`
                    // or `</p>` read as one, nor a blank line). A tag read as nothing may
                    // stand beside it (`over⏎<b>Many`, `over <b>⏎Many`).
                    let gap = self.text.as_bytes().get(end..next).unwrap_or_default();
                    let mut breaks = memchr::memchr_iter(b'\n', gap);
                    let (Some(nl), None) = (breaks.next(), breaks.next()) else {
                        return false;
                    };
                    let given_nl = g.decoded.origin_of(end + nl);
                    if !gap.iter().all(u8::is_ascii_whitespace)
                        || g.text.as_bytes().get(given_nl) != Some(&b'\n')
                    {
                        return false;
                    }
                    // The given line and the given next word, as the wrapper measured them:
                    // tags and references at their full width.
                    let line_end = g.text[..given_nl].trim_end().len();
                    let rest = &g.text[given_nl + 1..];
                    let next =
                        given_nl + 1 + (rest.len() - rest.trim_start_matches([' ', '\t']).len());
                    (g.text, line_end, line_end, next)
                }
            };
            // The line's indent counts: a wrapper counts it too.
            // Looked for at most `wrap::LINE_LOOKBACK` bytes back: a line that long is never a
            // wrapped one, so the search stays bounded after a break other than `\n` (a lone
            // CR, U+2028), which would otherwise rescan back to the last `\n` on every line.
            let lo = start.saturating_sub(wrap::LINE_LOOKBACK);
            let start =
                memchr::memrchr(b'\n', &text.as_bytes()[lo..start]).map_or(lo, |k| lo + k + 1);
            wrap::wraps_before(text, start, end, next, w)
        })
    }

    /// A word of two or more letters, all capitals (`WASHINGTON`, `HITS`).
    pub(super) fn all_caps(&self, i: usize) -> bool {
        let t = &self.tokens[i];
        let s = t.span.text(self.text);
        t.kind == TokenKind::Word
            && !first_char(self.text, t).is_lowercase()
            && !s.chars().any(char::is_lowercase)
            && s.chars().filter(|c| c.is_alphabetic()).count() >= 2
    }

    /// Tokens `start..i` are a dateline: place names in capitals (commas and a date allowed),
    /// an optional agency in brackets (`(AP)`), then a dash.
    fn dateline_before(&self, start: usize, i: usize) -> bool {
        if i < start + 2 || i > start + MAX_HEADLINE_TOKENS {
            return false;
        }
        let dash = self.tokens[i - 1].ws_before == Whitespace::Space
            && matches!(self.str(i - 1), "—" | "–" | "-" | "--");
        // A byline or headline without punctuation may come first ("By Ana Ruiz PORTO (AP) —").
        dash && (start..i - 1).all(|k| {
            let t = &self.tokens[k];
            self.all_caps(k)
                || matches!(t.kind, TokenKind::Number | TokenKind::Punct)
                || (t.kind == TokenKind::Word && first_char(self.text, t).is_uppercase())
        }) && (start..i - 1).any(|k| self.all_caps(k))
    }

    /// A dateline ends at the spaced dash before `i` (a capitalised word at `i`), its place in
    /// capitals after a word of the sentence that is not (`…Donald Trump MANCHESTER, N.H. --`):
    /// between place and dash only capitals, initialisms and a state or credit (`, N.H.`,
    /// `(AP)`), one of which must be there.
    fn dateline_in_run(&self, start: usize, i: usize) -> bool {
        if i < start + 3 || !self.capitalised_word(i) {
            return false;
        }
        let dash = i - 1;
        if self.tokens[dash].ws_before != Whitespace::Space
            || !matches!(self.str(dash), "—" | "–" | "-" | "--")
        {
            return false;
        }
        // `marked`: a state or initialism after a comma (`, N.H.`) or a bracketed credit
        // (`(AP)`) stands between the place and the dash.
        let (mut from, mut marked) = (dash, false);
        while from > start + 1 && dash - from < MAX_HEADLINE_TOKENS {
            let k = from - 1;
            match self.str(k) {
                "(" => marked |= self.is(k + 2, ")") && self.all_caps(k + 1),
                "," => {
                    let state = self.str(k + 1);
                    marked |= STATE_ABBREVIATIONS.contains(state)
                        || (state.len() > 2 && state.ends_with('.') && self.all_caps(k + 1));
                }
                ")" => {}
                _ if self.all_caps(k) => {}
                _ => break,
            }
            from = k;
        }
        // The place is a word in capitals; the word before it is in another case.
        let before = from - 1;
        marked
            && from < dash
            && self.all_caps(from)
            && !self.str(from).contains('.')
            && self.tokens[before].kind == TokenKind::Word
            && !self.all_caps(before)
    }

    /// The index after the `]` of a bracketed credit opening the sentence at `start`
    /// (`[Reuters]`, `[Marina Fang, HuffPost]`), when it closes before `i`.
    fn bracket_credit_end(&self, start: usize, i: usize) -> Option<usize> {
        if !self.is(start, "[") {
            return None;
        }
        (start + 1..i.min(start + MAX_HEADLINE_TOKENS))
            .find(|&k| self.is(k, "]"))
            .map(|k| k + 1)
    }

    /// Token `i` is a courtesy title (`Ms.`) whose name (at most three capitalised words) a
    /// comma or a word follows on the same line: the title and name are addressed
    /// (`Cheers, Ms. Yellen, for…`), not a signature, which ends its line or text.
    fn addressed_by_title(&self, i: usize) -> bool {
        if !HONORIFIC_ABBREVIATIONS.contains(self.str(i)) {
            return false;
        }
        let mut k = i + 1;
        while k < self.tokens.len()
            && k <= i + 3
            && self.tokens[k].ws_before < Whitespace::Line
            && self.capitalised_word(k)
            && !self.str(k).ends_with('.')
        {
            k += 1;
        }
        k > i + 1
            && self.tokens.get(k).is_some_and(|t| {
                t.ws_before < Whitespace::Line && (t.kind == TokenKind::Word || self.is(k, ","))
            })
    }

    /// Token `i` opens the sentence's first words again (`REPEATED_OPENING_WORDS` of them).
    fn repeats_opening(&self, start: usize, i: usize) -> bool {
        let n = REPEATED_OPENING_WORDS;
        i >= start + n
            && i + n <= self.tokens.len()
            && (0..n).all(|k| {
                self.tokens[start + k].kind == self.tokens[i + k].kind
                    && self.str(start + k) == self.str(i + k)
            })
            && (0..n).any(|k| self.tokens[i + k].kind == TokenKind::Word)
    }

    /// Tokens `from..i` all lie on one line that token `from` opens.
    fn one_line(&self, from: usize, i: usize) -> bool {
        (from == 0 || self.tokens[from].ws_before >= Whitespace::Line)
            && (from + 1..i).all(|k| self.tokens[k].ws_before < Whitespace::Line)
    }

    /// Tokens `from..i` are a Title Case headline: at least four words, every one capitalised
    /// (numbers and marks between them), one of them in mixed case, and a function word
    /// written with a capital inside it (`Pins The Rise Of ISIS`), which sentence case never
    /// does.
    fn title_case(&self, from: usize, i: usize) -> bool {
        let (mut words, mut mixed, mut function) = (0, false, false);
        for k in from..i {
            let t = &self.tokens[k];
            // Words after a space (a clitic glued to its word, `I’m`, is part of that word).
            if t.kind != TokenKind::Word || (k > from && t.ws_before == Whitespace::None) {
                continue;
            }
            if !first_char(self.text, t).is_uppercase() {
                return false;
            }
            words += 1;
            let s = self.str(k);
            let lower = s.chars().any(char::is_lowercase);
            mixed |= lower;
            function |= words > 1
                && lower
                && (2..=MAX_FUNCTION_WORD_BYTES).contains(&s.len())
                && FUNCTION_WORDS.contains(&s.to_lowercase());
        }
        words >= MIN_TITLE_WORDS && mixed && function
    }

    /// The line that token `i` opens is in sentence case, not a Title Case headline's
    /// continuation: a word after a space in lower case that is no function word (`See photos
    /// from the debate`), within the headline's length.
    fn line_in_sentence_case(&self, i: usize) -> bool {
        let end = self.tokens.len().min(i + 2 * MAX_HEADLINE_TOKENS);
        (i + 1..end)
            .take_while(|&k| self.tokens[k].ws_before < Whitespace::Line)
            .any(|k| {
                self.tokens[k].ws_before == Whitespace::Space
                    && self.lowercase_word(k)
                    && !FUNCTION_WORDS.contains(self.str(k))
            })
    }

    /// Token `e` is `]` closing a source credit (`[CNN]`, `[Marina Fang, HuffPost]`:
    /// capitalised words, commas between) that opens its line or follows a sentence's end
    /// (`…a year.” [HuffPost]`), all on one line.
    fn credit_closes_at(&self, e: usize) -> bool {
        if !self.is(e, "]") {
            return false;
        }
        let Some(o) = (e.saturating_sub(MAX_CREDIT_TOKENS)..e)
            .rev()
            .find(|&k| self.is(k, "["))
        else {
            return false;
        };
        let inner = (o + 1..e).all(|k| self.capitalised_word(k) || self.is(k, ","));
        let ended = |k: usize| matches!(self.str(k), "." | "?" | "!" | "…");
        let after_end = o >= 1
            && (ended(o - 1)
                || (o >= 2 && self.tokens[o - 1].kind == TokenKind::Quote && ended(o - 2)));
        e > o + 1
            && inner
            && (o == 0 || self.tokens[o].ws_before >= Whitespace::Line || after_end)
            && (o + 1..=e).all(|k| self.tokens[k].ws_before < Whitespace::Line)
    }

    /// Tokens before `i`, on one line, end in a quotation's signature: a closing mark, a dash
    /// and a name of one to four capitalised words (`…this low?” ― Jacklyn Ashley`).
    fn signature_before(&self, i: usize) -> bool {
        let mut k = i;
        while k > 0 && i - k < MAX_SIGNATURE_WORDS && self.capitalised_word(k - 1) {
            k -= 1;
        }
        k < i
            && k >= 2
            && matches!(self.str(k - 1), "―" | "—" | "–")
            // A closing mark, glued to the quotation it closes (`low?”`).
            && self.tokens[k - 2].kind == TokenKind::Quote
            && self.tokens[k - 2].ws_before == Whitespace::None
            && (k - 2..i)
                .skip(1)
                .all(|j| self.tokens[j].ws_before < Whitespace::Line)
    }

    /// The line ending before token `i` is prose cut mid-phrase: at least [`SHORT_LINE_BYTES`]
    /// long, ending in a function word (`…born in` / `Mexico`) or in a first name after a
    /// lower-case word before a capitalised one (`…doom Donald` / `Trump’s`), and the next line
    /// opens with no sentence starter (`…to a` / `Instead, …` is text cut off).
    fn line_unfinished(&self, line: (usize, usize), i: usize) -> bool {
        let last = self.str(i - 1);
        let first_name = || {
            i >= 2
                && self.capitalised_word(i - 1)
                && self.lowercase_word(i - 2)
                && self.tokens[i - 1].ws_before == Whitespace::Space
                && FIRST_NAMES.contains(last)
                && !MONTHS.contains(last)
                && self.capitalised_word(i)
                && !self.all_caps(i)
        };
        line.1 - line.0 >= SHORT_LINE_BYTES
            && self.tokens[i - 1].kind == TokenKind::Word
            && ((self.lowercase_word(i - 1) && FUNCTION_WORDS.contains(last)) || first_name())
            && !SENTENCE_STARTERS.contains(self.str(i))
    }

    /// The line ending before token `i` is prose whose last sentence began on it after another
    /// one ended (`…in London. Royal Bank of Scotland Chief Executive`) and is so far a run of
    /// capitalised words (lower-case function words between), and the next line goes on with
    /// capitalised words (no sentence starter) and then a lower-case word that is no function
    /// word (`Stephen Hester said …`, `Thursday voted …`): a subject cut off before its verb.
    fn subject_cut_before_verb(&self, line: (usize, usize), start: usize, i: usize) -> bool {
        let t = &self.tokens;
        let words_ok = (start..i).all(|k| {
            t[k].kind != TokenKind::Word
                || (k > start && t[k].ws_before == Whitespace::None)
                || self.capitalised_word(k)
                || FUNCTION_WORDS.contains(self.str(k))
        });
        let Some(verb) = (i + 1..t.len().min(i + 1 + MAX_SUBJECT_WORDS))
            .take_while(|&k| t[k].ws_before < Whitespace::Line)
            .find(|&k| !self.capitalised_word(k))
        else {
            return false;
        };
        line.1 - line.0 >= SHORT_LINE_BYTES
            && start > 0
            && t[start].ws_before < Whitespace::Line
            && i >= start + 2
            && self.capitalised_word(i - 1)
            && words_ok
            && self.capitalised_word(i)
            && !self.all_caps(i)
            && !SENTENCE_STARTERS.contains(self.str(i))
            && t[verb].ws_before == Whitespace::Space
            && self.lowercase_word(verb)
            && !FUNCTION_WORDS.contains(self.str(verb))
    }

    /// A separator drawn with one repeated character (`___`, `***`, `===`, `---`).
    fn separator(&self, i: usize) -> bool {
        let s = self.str(i);
        let Some(c) = s.chars().next() else {
            return false;
        };
        let min = if c == '-' { 3 } else { 2 };
        self.tokens[i].kind != TokenKind::Word
            && matches!(c, '_' | '*' | '=' | '~' | '#' | '-')
            && s.len() >= min
            && s.chars().all(|x| x == c)
    }

    /// A bullet standing alone before a capitalised word, digit or mark (`• The`, `▪ 40
    /// people`): a list item run into the line. (Not a spaced hyphen: British news writes its
    /// dashes that way, `… 11 to go then. - This year`.)
    fn spaced_item(&self, i: usize) -> bool {
        let s = self.str(i);
        let bullet = !s.is_empty() && s.chars().all(is_bullet_char);
        bullet
            && self.tokens.get(i + 1).is_some_and(|t| {
                t.ws_before == Whitespace::Space && starts_like_sentence(self.text, t)
            })
    }

    /// Tokens `j..j + 3` are `[`, one token `inner` accepts and `]`, glued together, the `[`
    /// after a space at most (`[...]`, `[12]`): a mark in brackets after a sentence's end.
    fn one_token_in_brackets(&self, j: usize, inner: impl Fn(&Token) -> bool) -> bool {
        let glued = |k: usize| {
            self.tokens
                .get(k)
                .is_some_and(|t| t.ws_before == Whitespace::None)
        };
        self.tokens[j].ws_before <= Whitespace::Space
            && self.is(j, "[")
            && self.tokens.get(j + 1).is_some_and(inner)
            && glued(j + 1)
            && self.is(j + 2, "]")
            && glued(j + 2)
    }

    /// Does an emoticon (`:-)`, `:P`) end at token `i` (its tokens glued, a space before)?
    fn emoticon_ends_at(&self, i: usize) -> bool {
        if !ends_like_emoticon(self.text, &self.tokens[i]) {
            return false;
        }
        let mut j = i;
        while j > 0 && i - j < 3 && self.tokens[j].ws_before == Whitespace::None {
            j -= 1;
        }
        let start = self.tokens[j].span.start();
        j < i
            && self.tokens[j].ws_before != Whitespace::None
            && EMOTICONS.1[usize::from(self.text.as_bytes()[start])]
            && EMOTICONS
                .0
                .contains(&self.text[start..self.tokens[i].span.end()])
    }
}

/// Does token `t` end with a byte that ends some emoticon (`)`, `P`, `D`)? Most tokens glued to
/// a word (a comma, `'s`) do not.
#[inline]
fn ends_like_emoticon(text: &str, t: &Token) -> bool {
    EMOTICONS.2[usize::from(text.as_bytes()[t.span.end() - 1])]
}

// ------------------------------------------------------------------------------ break rules

/// A possible boundary before token `i`, inside the sentence that began at `start`.
pub struct BreakCtx<'a> {
    pub(super) doc: Doc<'a>,
    pub(super) start: usize,
    pub(super) i: usize,
    /// Byte span of the line that ended just before `i` (when `i` opens a line).
    pub(super) prev_line: (usize, usize),
    /// In hard-wrapped text, a wrap opened that line (it is the tail of a wrapped paragraph).
    pub(super) prev_line_continues: bool,
    /// The list marker that opened the current sentence, if any.
    pub(super) opener: Option<ListOpener<'a>>,
}

impl BreakCtx<'_> {
    fn token(&self) -> &Token {
        &self.doc.tokens[self.i]
    }

    fn on_new_line(&self) -> bool {
        self.token().ws_before == Whitespace::Line
    }
}

/// Lines shorter than this that end without punctuation are items or headings, not
/// hard-wrapped prose (whose lines run to a fixed width, typically 60–80 characters).
const SHORT_LINE_BYTES: usize = 40;

/// A dateline or all-caps headline is at most this many tokens long.
pub(super) const MAX_HEADLINE_TOKENS: usize = 16;
/// An all-caps run shorter than this is an acronym or a name (`NATO`, `BBC News`), not a headline.
const MIN_HEADLINE_WORDS: usize = 3;

/// A Title Case headline has at least this many words.
const MIN_TITLE_WORDS: usize = 4;
/// The longest word in `function_words.txt`, in bytes (`between`, `towards`).
const MAX_FUNCTION_WORD_BYTES: usize = 7;
/// A bracketed source credit (`[Marina Fang, HuffPost]`) is at most this many tokens long.
const MAX_CREDIT_TOKENS: usize = 8;
/// A quotation's signature (`― Jacklyn Ashley`) names at most this many words.
const MAX_SIGNATURE_WORDS: usize = 4;

/// A subject cut off at a line end goes on with at most this many capitalised words.
const MAX_SUBJECT_WORDS: usize = 4;

/// A quotation a dash's attribution follows is at most this many tokens long
/// (`quotation_holds_sentence`: longer sentences are not read, so stray closers stay linear).
const MAX_QUOTED_SENTENCE_TOKENS: usize = 80;

/// A dash aside (`the U.S. – China's biggest market – fell`) is read for its closing dash over
/// at most this many tokens.
const MAX_ASIDE_TOKENS: usize = 40;

/// A line that opens with this many of its sentence's first tokens again repeats it (fewer
/// recur at a wrapped line's start by chance: `Top of the Pops leaves…` / `Top of the Pops
/// is…`).
const REPEATED_OPENING_WORDS: usize = 6;

/// The longest sign-off in `sign_offs.txt`, in tokens.
const MAX_SIGN_OFF_TOKENS: usize = 3;

/// Boundaries before a token that do not come from punctuation, in the order they are tried.
pub static BREAK_RULES: &[BreakRule] = &[
    BreakRule {
        name: "paragraph_break",
        doc: "A blank line always ends a sentence.",
        gate: Gate::LineStart,
        decide: |c| (c.token().ws_before == Whitespace::Paragraph).then_some(true),
    },
    BreakRule {
        name: "list_item_repeats",
        doc: "A list marker of the same shape as the one that opened the sentence starts the next item.",
        gate: Gate::List,
        decide: |c| {
            // A dash a hard wrap moved to a line start is the dash it was inside the line.
            let wrapped_dash = c.on_new_line()
                && matches!(c.doc.str(c.i), "-" | "–" | "—")
                && c.doc.wrapped_line(c.prev_line.0, c.prev_line.1, c.token().span.start());
            (!wrapped_dash && c.opener.is_some_and(|o| o.repeats_at(c.doc.text, c.doc.tokens, c.i)))
                .then_some(true)
        },
    },
    BreakRule {
        name: "bullet_alone_joins_item",
        doc: "A bullet alone on its line belongs with the item on the next line.",
        gate: Gate::LineStart,
        decide: |c| {
            (c.on_new_line()
                && c.i == c.start + 1
                && c.doc.tokens[c.start].kind == TokenKind::Bullet)
                .then_some(false)
        },
    },
    BreakRule {
        name: "dateline_ends",
        doc: "A dateline (`WASHINGTON (AP) —`) opening the text is a unit of its own, not part of the first sentence.",
        gate: Gate::AfterDashNear(MAX_HEADLINE_TOKENS),
        decide: |c| c.doc.dateline_before(c.start, c.i).then_some(true),
    },
    BreakRule {
        name: "dateline_in_run",
        doc: "A dateline run into the words before it, its place in capitals after a word that is not, with a state or credit (`…Like Donald Trump MANCHESTER, N.H. -- The`), ends at its dash: flattened text lost the line break before it.",
        gate: Gate::AfterDash,
        decide: |c| c.doc.dateline_in_run(c.start, c.i).then_some(true),
    },
    BreakRule {
        name: "caps_headline_ends",
        doc: "An all-caps headline run into the text (`STORM HITS COAST Residents were…`) ends before the first word in mixed case.",
        gate: Gate::CapitalNear(2 * MAX_HEADLINE_TOKENS),
        decide: |c| {
            let d = &c.doc;
            let word = |k: usize| d.tokens[k].kind == TokenKind::Word;
            // A source credit in brackets may come first (`[Reuters] STORM HITS COAST The…`).
            let from = d.bracket_credit_end(c.start, c.i).unwrap_or(c.start);
            (c.i >= from + MIN_HEADLINE_WORDS
                && c.i <= from + MAX_HEADLINE_TOKENS
                && d.capitalised_word(c.i)
                && d.str(c.i).chars().any(char::is_lowercase)
                && (from..c.i).all(|k| d.all_caps(k) || !word(k))
                && (from..c.i).filter(|&k| word(k)).count() >= MIN_HEADLINE_WORDS)
                .then_some(true)
        },
    },
    BreakRule {
        name: "title_case_line_ends",
        doc: "A line that is one Title Case headline (`Sanders Pins The Rise Of ISIS On Iraq`) ends at its line break, also in hard-wrapped text.",
        gate: Gate::LineStart,
        decide: |c| {
            let d = &c.doc;
            let last = &d.tokens[c.i - 1];
            (c.on_new_line()
                && c.i <= c.start + 2 * MAX_HEADLINE_TOKENS
                && matches!(last.kind, TokenKind::Word | TokenKind::Number | TokenKind::Quote)
                && d.title_case(c.start, c.i)
                && d.one_line(c.start, c.i)
                && starts_like_sentence(d.text, c.token())
                && d.line_in_sentence_case(c.i))
            .then_some(true)
        },
    },
    BreakRule {
        name: "repeated_line_ends",
        doc: "A line before a line that opens with the sentence's first words again (a headline repeated as the first sentence) ends the sentence, also in hard-wrapped text.",
        gate: Gate::LineStart,
        decide: |c| (c.on_new_line() && c.doc.repeats_opening(c.start, c.i)).then_some(true),
    },
    BreakRule {
        name: "credit_ends_line",
        doc: "A bracketed source credit (`[CNN]`) at a line end, alone or after a sentence's end, ends its sentence, also in hard-wrapped text.",
        gate: Gate::LineStart,
        decide: |c| {
            (c.on_new_line()
                && starts_like_sentence(c.doc.text, c.token())
                && c.doc.credit_closes_at(c.i - 1))
            .then_some(true)
        },
    },
    BreakRule {
        name: "signature_ends_line",
        doc: "A quotation's signature at a line end (`…low?” ― Jacklyn Ashley`) before a quotation mark or sentence starter ends its sentence, also in hard-wrapped text.",
        gate: Gate::LineStart,
        decide: |c| {
            // A capitalised word that opens no sentence may be the name's own end (`― Karen` /
            // `Bobadilla.`).
            let t = c.token();
            (c.on_new_line()
                && c.doc.signature_before(c.i)
                && (t.kind == TokenKind::Quote || SENTENCE_STARTERS.contains(c.doc.str(c.i))))
            .then_some(true)
        },
    },
    BreakRule {
        name: "address_after_address",
        doc: "A web address followed by another on the same line (a list of links) ends its own sentence (also across a hard wrap).",
        gate: Gate::Url,
        decide: |c| {
            let d = &c.doc;
            // Before `hard_wrap_continues`: a wrap break between the two is a space.
            (c.token().ws_before <= Whitespace::Line
                && c.token().kind == TokenKind::Url
                && d.tokens[c.i - 1].kind == TokenKind::Url)
                .then_some(true)
        },
    },
    BreakRule {
        name: "hard_wrap_continues",
        doc: "In hard-wrapped text, a break after a line the next word did not fit on is a space (a dash opening the next line is a dash, not a bullet).",
        gate: Gate::LineStart,
        decide: |c| {
            let t = c.token();
            let bullet = t.kind == TokenKind::Bullet
                && !matches!(t.span.text(c.doc.text), "-" | "–" | "—");
            (c.on_new_line() && !bullet && c.doc.wrapped_line(c.prev_line.0, c.prev_line.1, t.span.start()))
                .then_some(false)
        },
    },
    BreakRule {
        name: "unfinished_line_continues",
        doc: "A line of prose ending in a function word (`…born in`) or a first name before a surname (`…doom Donald` / `Trump’s`) goes on, whatever its width.",
        gate: Gate::LineStart,
        decide: |c| {
            (c.on_new_line()
                && c.token().kind == TokenKind::Word
                && c.doc.line_unfinished(c.prev_line, c.i))
            .then_some(false)
        },
    },
    BreakRule {
        name: "subject_line_continues",
        doc: "A line of prose ending in a capitalised subject begun after a sentence's end (`…London. Royal Bank Chief Executive` / `Stephen Hester said`) goes on to its verb.",
        gate: Gate::LineStart,
        decide: |c| {
            (c.on_new_line() && c.doc.subject_cut_before_verb(c.prev_line, c.start, c.i))
                .then_some(false)
        },
    },
    BreakRule {
        name: "bullet_opens_line",
        doc: "A bullet at the start of a line starts a list item.",
        gate: Gate::LineStart,
        decide: |c| (c.on_new_line() && c.token().kind == TokenKind::Bullet).then_some(true),
    },
    BreakRule {
        name: "joiner_ends_line",
        doc: "A line ending in a comma, hyphen, slash or open bracket is wrapped mid-sentence.",
        gate: Gate::LineStart,
        decide: |c| {
            let prev = &c.doc.tokens[c.i - 1];
            (c.on_new_line()
                && prev.kind == TokenKind::Punct
                && matches!(c.doc.str(c.i - 1), "," | "-" | "/" | "("))
                .then_some(false)
        },
    },
    BreakRule {
        name: "line_starts_like_sentence",
        doc: "A line that opens with a capital, digit, quote mark or bullet starts a sentence.",
        gate: Gate::LineStart,
        decide: |c| (c.on_new_line() && starts_like_sentence(c.doc.text, c.token())).then_some(true),
    },
    BreakRule {
        name: "short_line_item",
        doc: "A short line without final punctuation is an item or heading, not wrapped prose (unless a wrap opened it).",
        gate: Gate::LineStart,
        decide: |c| {
            (c.on_new_line() && !c.prev_line_continues).then(|| {
                c.prev_line.1 - c.prev_line.0 < SHORT_LINE_BYTES
                    && !line_ends_sentence(c.doc.text, c.doc.tokens, c.i)
            })
        },
    },
    BreakRule {
        name: "caption_label_ends",
        doc: "A label and number opening a line (`Figure 1.5`, `Table 3`) end before the caption text.",
        gate: Gate::CapitalNear(2),
        decide: |c| {
            let d = &c.doc;
            let opens_line = c.start == 0 || d.tokens[c.start].ws_before >= Whitespace::Line;
            (c.i == c.start + 2
                && opens_line
                && CAPTION_LABELS.contains(d.str(c.start))
                && d.tokens[c.start + 1].kind == TokenKind::Number
                && d.capitalised_word(c.i))
            .then_some(true)
        },
    },
    BreakRule {
        name: "sign_off_before_name",
        doc: "A sign-off (`Best regards,`) opening the sentence ends before the name after it; not before a courtesy title and a name that words follow on the same line, an address (`Cheers, Ms. Yellen, for…`, `Cheers, Ms. Yellen  The Federal…`; `Regards,⏎Dr. Ana Ruiz` signs).",
        gate: Gate::CapitalNear(MAX_SIGN_OFF_TOKENS + 1),
        decide: |c| {
            let d = &c.doc;
            (c.i >= c.start + 2
                && c.i <= c.start + MAX_SIGN_OFF_TOKENS + 1
                && d.is(c.i - 1, ",")
                && d.capitalised_word(c.i)
                && !d.addressed_by_title(c.i)
                && SIGN_OFFS.contains(&d.text[d.tokens[c.start].span.start()..d.tokens[c.i - 2].span.end()].to_lowercase()))
            .then_some(true)
        },
    },
    BreakRule {
        name: "delimiter_before_footer",
        doc: "A signature delimiter (`--`) opening the sentence before a blog or forum footer (`-- Posted by Ana Ruiz at 9:14 PM`) is a line of its own.",
        gate: Gate::CapitalNear(1),
        decide: |c| {
            let d = &c.doc;
            (c.i == c.start + 1
                && matches!(d.str(c.start), "--" | "—" | "–")
                && d.capitalised_word(c.i)
                && c.i + 1 < d.tokens.len()
                && FOOTER_OPENERS
                    .contains(&format!("{} {}", d.str(c.i), d.str(c.i + 1)).to_lowercase()))
            .then_some(true)
        },
    },
    BreakRule {
        name: "header_time_before_text",
        doc: "An e-mail header's `07:17 AM` ends its line of header before the text after it.",
        gate: Gate::AfterTwoBytes,
        decide: |c| {
            let d = &c.doc;
            (c.i >= 2
                && d.str(c.i - 1).eq_ignore_ascii_case("am") | d.str(c.i - 1).eq_ignore_ascii_case("pm")
                && d.clock_time(c.i - 2)
                && d.slash_date(c.i.saturating_sub(3))
                && starts_like_sentence(d.text, c.token()))
            .then_some(true)
        },
    },
    BreakRule {
        name: "header_date_after_name",
        doc: "An e-mail header's date and time (`04/26/2001 07:17 AM`) start after the sender's name.",
        gate: Gate::DigitOrSlash,
        decide: |c| {
            let d = &c.doc;
            let sender = d.capitalised_word(c.i - 1) || d.is(c.i - 1, ">");
            (d.slash_date(c.i) && d.clock_time(c.i + 1) && sender).then_some(true)
        },
    },
    BreakRule {
        name: "address_before_capital",
        doc: "A web or e-mail address followed by a capitalised word ends a header line or sentence.",
        gate: Gate::AfterAddress,
        decide: |c| {
            let d = &c.doc;
            let prev = &d.tokens[c.i - 1];
            let address = matches!(prev.kind, TokenKind::Url | TokenKind::Email)
                || (d.is(c.i - 1, ">") && c.i >= 2 && d.tokens[c.i - 2].kind == TokenKind::Email);
            (address && d.capitalised_word(c.i) && c.token().ws_before == Whitespace::Space)
                .then_some(true)
        },
    },
    BreakRule {
        name: "emoticon_ends",
        doc: "An emoticon (`:-)`, `:P`) followed by a word ends the sentence it closes.",
        gate: Gate::WordAfterEmoticonEnd,
        decide: |c| {
            let d = &c.doc;
            (c.token().kind == TokenKind::Word
                && c.token().ws_before == Whitespace::Space
                && d.emoticon_ends_at(c.i - 1))
            .then_some(true)
        },
    },
];

/// Does the line that starts at token `i` end with sentence-final punctuation? A short
/// lower-case line that does ("cut off\nin the middle.") continues a wrapped sentence; one
/// that does not ("features\ncontact manager") is a list item. Each line is scanned once.
fn line_ends_sentence(text: &str, tokens: &[Token], i: usize) -> bool {
    let mut j = i;
    while j + 1 < tokens.len() && tokens[j + 1].ws_before < Whitespace::Line {
        j += 1;
    }
    while j > i
        && (tokens[j].kind == TokenKind::Quote || matches!(tokens[j].span.text(text), ")" | "]"))
    {
        j -= 1;
    }
    matches!(tokens[j].span.text(text), "." | "?" | "!" | "…")
        || tokens[j].span.text(text).ends_with("..")
}

// ----------------------------------------------------------------------------- extend rules

/// Tokens after a terminal mark that still belong to its sentence: each rule returns how many
/// tokens at `j` to take (0: none).
pub struct ExtendRule {
    pub name: &'static str,
    pub(super) doc: &'static str,
    pub take: fn(&Doc<'_>, usize) -> usize,
}

pub static EXTEND_RULES: &[ExtendRule] = &[
    ExtendRule {
        name: "closing_marks",
        doc: "Closing quotes and brackets and more terminal marks glued to the terminal (`.”`, `?!`, `.)`); an opening `“` or `‘` glued to it with a space after it is a closer set the wrong way round (`year.“ [HuffPost]`).",
        take: |d, j| {
            let t = &d.tokens[j];
            let s = t.span.text(d.text);
            let spaced_after = d
                .tokens
                .get(j + 1)
                .is_none_or(|n| n.ws_before != Whitespace::None);
            let closer = t.ws_before == Whitespace::None
                && match t.kind {
                    // Only the English openers are set the wrong way round (a space after
                    // `«` is French style).
                    TokenKind::Quote => {
                        !matches!(s, "“" | "‘" | "„" | "«")
                            || (spaced_after && matches!(s, "“" | "‘"))
                    }
                    TokenKind::Punct => {
                        matches!(s, ")" | "]" | "}" | "?" | "!" | "." | "…")
                            || s.bytes().all(|b| b == b'.')
                    }
                    _ => false,
                };
            usize::from(closer)
        },
    },
    ExtendRule {
        name: "omission_mark",
        doc: "An omission mark `[...]` or `[…]` after the final mark belongs to the sentence it follows (text left out after it).",
        take: |d, j| {
            let dots = |t: &Token| matches!(t.span.text(d.text), "..." | "…");
            if d.one_token_in_brackets(j, dots) {
                3
            } else {
                0
            }
        },
    },
    ExtendRule {
        name: "citation_marker",
        doc: "A reference marker `[12]` after the final mark belongs to the sentence it cites for.",
        take: |d, j| {
            let number = |t: &Token| {
                t.kind == TokenKind::Number && t.span.text(d.text).bytes().all(|b| b.is_ascii_digit())
            };
            if d.one_token_in_brackets(j, number) {
                3
            } else {
                0
            }
        },
    },
];

impl RuleSwitch {
    /// Index past the terminal mark ending before `from` and everything the extend rules take.
    #[inline]
    pub(super) fn extend(&self, doc: &Doc, from: usize) -> usize {
        let mut j = from;
        while j < doc.tokens.len() {
            let took = EXTEND_RULES
                .iter()
                .filter(|r| self.on(r.name))
                .map(|r| (r.take)(doc, j))
                .find(|&n| n > 0);
            match took {
                Some(n) => j += n,
                None => break,
            }
        }
        j
    }
}

// -------------------------------------------------------------------------------- end rules

/// A terminal candidate being judged: the mark at `term_idx`, what it took up to `next_idx`.
pub struct EndCtx<'a> {
    pub(super) doc: Doc<'a>,
    pub(super) start: usize,
    pub(super) term_idx: usize,
    pub(super) term: Terminal,
    pub(super) next_idx: usize,
    pub(super) in_list: bool,
    /// The next token opens a new line after a full line of hard-wrapped text.
    pub(super) soft_break: bool,
}

impl EndCtx<'_> {
    fn next(&self) -> Option<&Token> {
        self.doc.tokens.get(self.next_idx)
    }

    /// The whitespace before the next token, a hard-wrap line break counted as a space.
    fn next_ws(&self) -> Whitespace {
        match self.next() {
            Some(_) if self.soft_break => Whitespace::Space,
            Some(t) => t.ws_before,
            None => Whitespace::Paragraph,
        }
    }

    fn next_starts_sentence(&self) -> bool {
        self.next()
            .is_some_and(|t| !self.wrapped_hyphen(t) && starts_like_sentence(self.doc.text, t))
    }

    /// The next token is a hyphen that a hard wrap moved to the start of a line: the tokenizer
    /// calls it a bullet there, but it is the spaced dash it was inside the line (`matters. -
    /// Former world number two…`).
    fn wrapped_hyphen(&self, t: &Token) -> bool {
        self.soft_break && t.kind == TokenKind::Bullet && t.span.text(self.doc.text) == "-"
    }

    fn next_is_starter(&self) -> bool {
        self.next().is_some_and(|t| {
            t.kind == TokenKind::Word && SENTENCE_STARTERS.contains(t.span.text(self.doc.text))
        })
    }

    /// Did the terminal take a closing quote mark or bracket (`?”`, `!)`)?
    fn closed_mark(&self) -> bool {
        self.doc.tokens[self.term_idx + 1..self.next_idx]
            .iter()
            .any(|t| t.kind == TokenKind::Quote || matches!(t.span.text(self.doc.text), ")" | "]"))
    }

    fn is_period(&self) -> bool {
        self.term == Terminal::Period
    }

    fn is_question(&self) -> bool {
        self.term == Terminal::QuestionOrExclamation
    }

    /// The period of the enumerator that opens this list item ("1. The first item").
    fn own_list_marker(&self) -> bool {
        let (text, tokens) = (self.doc.text, self.doc.tokens);
        let marker_start = if is_bullet(text, &tokens[self.start]) {
            self.start + 1
        } else {
            self.start
        };
        self.in_list
            && enumerator(text, tokens, marker_start)
                .is_some_and(|(_, len)| marker_start + len > self.term_idx)
    }

    /// "compounds. . . . The": a spaced ellipsis after the period opens the next sentence.
    fn ellipsis_opens(&self) -> bool {
        let (text, tokens) = (self.doc.text, self.doc.tokens);
        match terminal(&self.doc, self.next_idx) {
            Some((Terminal::Ellipsis, mut after)) => {
                // `….`: a period glued to the ellipsis closes it.
                if self.doc.is(after, ".") && tokens[after].ws_before == Whitespace::None {
                    after += 1;
                }
                tokens.get(after).is_some_and(|t| {
                    t.ws_before != Whitespace::None && starts_like_sentence(text, t)
                })
            }
            _ => false,
        }
    }

    /// A spaced ellipsis follows the mark: `. . .`, or `…` / `...` closed by a period of its
    /// own (`….`), a unit of its own; an ellipsis without one trails the sentence before it
    /// (`…was. ... Next`).
    fn spaced_ellipsis_follows(&self) -> bool {
        let (d, k) = (&self.doc, self.next_idx);
        let closed = || {
            matches!(terminal(d, k), Some((Terminal::Ellipsis, after)) if after == k + 1)
                && d.is(k + 1, ".")
                && d.tokens[k + 1].ws_before == Whitespace::None
        };
        // Most marks are followed by a word: one byte turns them away (`…` opens with 0xE2).
        self.next().is_some_and(|t| {
            t.ws_before != Whitespace::None
                && matches!(d.text.as_bytes()[t.span.start()], b'.' | 0xE2)
        }) && (d.is(k, ".") || closed())
    }

    /// Code follows the mark, a space apart: a word glued after a period of its own
    /// (`.gmobile`, `.css`: a style sheet's class, a file type) or a closing brace
    /// (`}`), which prose does not open with.
    fn code_follows(&self) -> bool {
        let (d, k) = (&self.doc, self.next_idx);
        // Most marks are followed by a word: one byte turns them away.
        let spaced = d.tokens.get(k).is_some_and(|t| {
            t.ws_before != Whitespace::None
                && matches!(d.text.as_bytes()[t.span.start()], b'.' | b'}')
        });
        let dot_word = || {
            d.is(k, ".")
                && d.tokens
                    .get(k + 1)
                    .is_some_and(|t| t.kind == TokenKind::Word && t.ws_before == Whitespace::None)
        };
        spaced && (d.is(k, "}") || dot_word())
    }

    /// The initial follows a noun named by letters (`Plan B.`, `World War I.`): a designation,
    /// not a person's middle initial.
    fn designation_letter(&self) -> bool {
        self.term_idx > self.start
            && DESIGNATION_NOUNS.contains(&self.doc.str(self.term_idx - 1).to_lowercase())
    }

    /// A state abbreviation that is also a word (`Mass.`), after a lower-case word that is no
    /// function word (`a requiem Mass.`), before a capitalised word that is no abbreviation:
    /// the word, whose period ends the sentence.
    fn state_word(&self) -> bool {
        let (d, k) = (&self.doc, self.term_idx);
        self.next_idx == k + 1
            && k > self.start
            && d.lowercase_word(k - 1)
            && d.capitalised_word(self.next_idx)
            && STATE_ABBREVIATION_WORDS.contains(d.str(k))
            && !FUNCTION_WORDS.contains(d.str(k - 1))
            && d.abbreviation(self.next_idx).is_none()
    }

    /// A one-word state or country follows the mark a space apart, opening a list or a
    /// person's title (`the U.S. China, Japan and`, `the U.S. Florida Sen. Rubio`): no noun
    /// `the U.S.` could modify. Before anything else it may be that noun (`the U.S. China
    /// policy`) or the subject of a clause the sentence goes on with (`told the U.S. China
    /// would retaliate`).
    fn place_name_follows(&self) -> bool {
        let (d, k) = (&self.doc, self.next_idx);
        k == self.term_idx + 1
            && self.next_ws() == Whitespace::Space
            && d.capitalised_word(k)
            && PLACE_NAMES.contains(d.str(k))
            && (d.is(k + 1, ",") || d.abbreviation(k + 1) == Some(AbbrevClass::Title))
    }

    /// A spaced dash follows the mark (with any dash glued to it, `—-`), then a capitalised
    /// word.
    fn dash_before_capital(&self) -> bool {
        let d = &self.doc;
        let dash = |k: usize| matches!(d.str(k), "—" | "–" | "-" | "--");
        let mut k = self.next_idx;
        if k >= d.tokens.len() || self.next_ws() != Whitespace::Space || !dash(k) {
            return false;
        }
        while k + 1 < d.tokens.len() && d.tokens[k + 1].ws_before == Whitespace::None && dash(k + 1)
        {
            k += 1;
        }
        let word = k + 1;
        let after = d
            .tokens
            .get(word)
            .is_some_and(|t| matches!(t.ws_before, Whitespace::Space | Whitespace::Line))
            && d.capitalised_word(word);
        // A second spaced dash before the next terminal mark closes an aside the first opened
        // (`the U.S. – China's biggest market – fell`): the sentence goes on.
        let pair = (word + 1..d.tokens.len().min(word + MAX_ASIDE_TOKENS))
            .take_while(|&j| !matches!(d.str(j), "." | "?" | "!"))
            .any(|j| {
                d.tokens[j].ws_before == Whitespace::Space
                    && matches!(d.str(j), "—" | "–" | "-" | "--")
            });
        after && !pair
    }

    /// The word before the period reads as an abbreviation the tokenizer did not keep whole
    /// (`no.` before a word, a single letter): a lower-case word after it does not start a
    /// sentence.
    fn period_after_abbreviation_like(&self) -> bool {
        let Some(prev) = self.term_idx.checked_sub(1).map(|i| &self.doc.tokens[i]) else {
            return false;
        };
        let s = prev.span.text(self.doc.text);
        prev.kind == TokenKind::Word
            && (s.chars().count() == 1 || {
                // "co." and "st." are listed as "Co." and "St.".
                let mut cs = s.chars();
                let first = cs.next().map(|c| c.to_ascii_uppercase());
                let capitalised = format!("{}{}.", first.unwrap_or(' '), cs.as_str());
                abbreviation_class(&capitalised).is_some()
                    || abbreviation_class(&format!("{s}.")).is_some()
            })
    }

    /// The all-caps word before the period is a listed title once in title case (`GEN` → `Gen.`).
    fn caps_title_before(&self) -> bool {
        let word = self.doc.str(self.term_idx - 1);
        let mut cs = word.chars();
        let first = cs.next().unwrap_or(' ');
        let title = format!("{first}{}.", cs.as_str().to_lowercase());
        abbreviation_class(&title) == Some(AbbrevClass::Title)
    }

    /// `1.` right after a colon (`today: 1. FIREWORKS`): a list's first enumerator run into
    /// the line that introduces it.
    fn enumerator_after_colon(&self) -> bool {
        let (text, tokens, i) = (self.doc.text, self.doc.tokens, self.term_idx);
        i >= 2
            && self.doc.is(i - 2, ":")
            && self.doc.is(i - 1, "1")
            && enumerator(text, tokens, i - 1).is_some_and(|(_, len)| len == 2)
            && self
                .next()
                .is_some_and(|t| t.ws_before == Whitespace::Space)
            && (self.doc.capitalised_word(self.next_idx)
                || tokens[self.next_idx].kind == TokenKind::Number)
    }

    /// A state written as an abbreviation after a place or a party (`Lodi, N.J.`, `R-Fla.`),
    /// the way American news closes a place name.
    fn state_after_place(&self) -> bool {
        let (word, i) = (self.doc.str(self.term_idx), self.term_idx);
        party_state(word)
            || (STATE_ABBREVIATIONS.contains(word) && i > 0 && self.doc.is(i - 1, ","))
    }

    /// The abbreviation took a closing bracket and a period of its own (`Dent (Pa.). Sen.`).
    fn own_period_after_bracket(&self) -> bool {
        let taken = &self.doc.tokens[self.term_idx + 1..self.next_idx];
        let text = self.doc.text;
        taken
            .windows(2)
            .any(|w| matches!(w[0].span.text(text), ")" | "]") && w[1].span.text(text) == ".")
    }

    /// A hyphen or double hyphen after the mark that opens what follows: before a capitalised
    /// word (`…the post. - Manchester City boss…`, `…percent." - Bernie Sanders.`), or glued to
    /// the word after it (`-President Obama, tweeting…`, `--additional reporting by…`).
    fn dash_opens_next(&self) -> bool {
        let d = &self.doc;
        let dash = self.next_idx;
        let kind = d.tokens.get(dash).map(|t| t.kind);
        if !matches!(kind, Some(TokenKind::Punct | TokenKind::Bullet))
            || !matches!(d.str(dash), "-" | "--")
        {
            return false;
        }
        // After a closed quotation a spaced hyphen opens its attribution whatever the case of
        // the word after it (`…they had.” - exchange during a hearing`).
        let attribution = |t: &Token| {
            // Not a function word or a pronoun going on with the sentence (`- the crowd`,
            // `- he said`): the sentence starters, capitalised, hold the pronouns.
            let w = t.span.text(d.text);
            let mut cs = w.chars();
            let capitalised: String = cs
                .next()
                .map(|c| c.to_uppercase().chain(cs).collect())
                .unwrap_or_default();
            d.str(dash) == "-"
                && self.closed_quote()
                && !FUNCTION_WORDS.contains(w)
                && !SENTENCE_STARTERS.contains(&capitalised)
                && self.quotation_holds_sentence()
        };
        d.tokens.get(dash + 1).is_some_and(|t| {
            // The word may open the next line (`draw. -\nRovers`: wrapped, or a dash alone).
            t.kind == TokenKind::Word
                && t.ws_before <= Whitespace::Line
                && (t.ws_before == Whitespace::None
                    || first_char(d.text, t).is_uppercase()
                    || attribution(t))
        })
    }

    /// The sentence is all quotation: it opens with a quotation mark, or holds no opening mark
    /// before its end (a quotation of several sentences going on), so a dash after it starts
    /// its attribution (`“We need boats.” - remarks at…`), where `He shouted “Go.” - the crowd
    /// roared` goes on.
    /// Read over at most [`MAX_QUOTED_SENTENCE_TOKENS`] tokens: a longer sentence is not one.
    fn quotation_holds_sentence(&self) -> bool {
        let d = &self.doc;
        if self.term_idx - self.start > MAX_QUOTED_SENTENCE_TOKENS {
            return false;
        }
        d.tokens[self.start].kind == TokenKind::Quote
            || !(self.start..self.term_idx).any(|k| {
                d.tokens[k].kind == TokenKind::Quote
                    && d.tokens
                        .get(k + 1)
                        .is_some_and(|n| n.ws_before == Whitespace::None)
                    && (k == self.start || d.tokens[k].ws_before != Whitespace::None)
            })
    }

    /// The sentence so far is an all-caps headline (`WILL IT LAST? - Text…`: the dash is the
    /// headline's, as a dateline's is).
    fn caps_headline(&self) -> bool {
        let d = &self.doc;
        let from = d
            .bracket_credit_end(self.start, self.term_idx)
            .unwrap_or(self.start);
        let words = (from..self.term_idx).filter(|&k| d.tokens[k].kind == TokenKind::Word);
        self.term_idx <= from + MAX_HEADLINE_TOKENS
            && words.clone().count() >= MIN_HEADLINE_WORDS
            && words.into_iter().all(|k| d.all_caps(k))
    }

    /// The next token is a courtesy title (`Mr.`, `Mrs.`, `Dr.`).
    fn next_is_honorific(&self) -> bool {
        self.next()
            .is_some_and(|t| HONORIFIC_ABBREVIATIONS.contains(t.span.text(self.doc.text)))
    }

    /// Did the terminal take a closing quote mark (`O.K.”`), not a bracket?
    fn closed_quote(&self) -> bool {
        self.doc.tokens[self.term_idx + 1..self.next_idx]
            .iter()
            .any(|t| t.kind == TokenKind::Quote)
    }

    /// A dateline opens at the next token (`COLUMBIA, S.C. - The…`): capitals up to a spaced
    /// dash within a headline's length.
    fn dateline_opens_next(&self) -> bool {
        let (d, from) = (&self.doc, self.next_idx);
        if from >= d.tokens.len() || !d.all_caps(from) {
            return false;
        }
        let last = (from + MAX_HEADLINE_TOKENS).min(d.tokens.len());
        (from + 1..last)
            .find(|&k| matches!(d.str(k), "—" | "–" | "-" | "--"))
            .is_some_and(|dash| d.dateline_before(from, dash + 1))
    }

    /// The terminal is an initialism in capitals that names a place or thing: after `the` or
    /// after a place and a comma (`the U.S.`, `Washington, D.C.`). Not after any other word:
    /// a person's initials open a name there (`scholar A.E. Dick Howard`, `Sen. J.D. Vance`).
    fn place_initialism(&self) -> bool {
        let (d, k) = (&self.doc, self.term_idx);
        if self.term != Terminal::Abbreviation(AbbrevClass::General) {
            return false;
        }
        let initialism = d.str(k).strip_suffix('.').is_some_and(|body| {
            body.contains('.') && body.chars().all(|ch| ch == '.' || ch.is_uppercase())
        });
        let after_the = k > self.start && d.str(k - 1).eq_ignore_ascii_case("the");
        let after_place = k > self.start + 1 && d.is(k - 1, ",") && d.capitalised_word(k - 2);
        initialism && (after_the || after_place)
    }

    /// A first name and a capitalised word follow the mark, a space apart (`… Chris Christie
    /// said`): a person's name, where an initialism's own words (`U.S. Senate`, `U.S. Sen.`,
    /// `D.C. Council`) are no given name.
    fn full_name_follows(&self) -> bool {
        let d = &self.doc;
        let (name, last) = (self.next_idx, self.next_idx + 1);
        let spaced = |k: usize| {
            d.tokens
                .get(k)
                .is_some_and(|t| matches!(t.ws_before, Whitespace::Space | Whitespace::Line))
        };
        self.next_idx == self.term_idx + 1
            && self.next_ws() == Whitespace::Space
            && d.capitalised_word(name)
            && FIRST_NAMES.contains(d.str(name))
            && spaced(last)
            && d.capitalised_word(last)
            && d.str(last).chars().any(char::is_lowercase)
            && d.abbreviation(last).is_none()
    }

    /// An era after a year or a decade (`480 B.C.`, `the 400s B.C.`, `the mid-500s B.C.`).
    fn era_after_year(&self) -> bool {
        let (d, k) = (&self.doc, self.term_idx);
        // Every era opens with `A`, `B` or `C` and is at most six bytes: most abbreviations
        // are turned away before the look-up.
        let word = d.str(k).as_bytes();
        if k == 0
            || word.len() > 6
            || !matches!(word[0], b'A' | b'B' | b'C')
            || !ERA_ABBREVIATIONS.contains(d.str(k))
        {
            return false;
        }
        // A decade's `s` is a token of its own after the number (`400` `s`).
        let year = if k >= 2 && d.is(k - 1, "s") && d.tokens[k - 1].ws_before == Whitespace::None {
            k - 2
        } else {
            k - 1
        };
        // A modern year before `B.C.` names British Columbia (`a 2019 B.C. Supreme Court
        // ruling`): an era follows an ancient year or a decade.
        let digits: String = d.str(year).chars().filter(char::is_ascii_digit).collect();
        let ancient = !digits.is_empty() && digits.parse::<u32>().is_ok_and(|y| y < 1500);
        let determiner = year > 0 && FUNCTION_WORDS.contains(&d.str(year - 1).to_lowercase());
        ancient && !(determiner && digits.len() == 4)
    }

    /// A time of day `6 P.M.` after a number.
    fn time_of_day(&self) -> bool {
        let s = self.doc.str(self.term_idx);
        (s.eq_ignore_ascii_case("a.m.") || s.eq_ignore_ascii_case("p.m."))
            && self.term_idx > 0
            && self.doc.tokens[self.term_idx - 1].kind == TokenKind::Number
    }
}

/// Does a terminal candidate end the sentence? Tried in order. The end of the text counts as a
/// paragraph break after the mark; a title (`Mr.`, `Gen.`) has no rule, so it never ends one.
pub static END_RULES: &[EndRule] = &[
    EndRule {
        name: "line_break_after_mark",
        doc: "A terminal mark at the end of a line ends the sentence (unless the line is hard-wrapped).",
        decide: |c| (c.next_ws() >= Whitespace::Line).then_some(true),
    },
    EndRule {
        name: "glued_capital",
        doc: "With no space after the mark, only `end.The` (a period into a capital) is a boundary.",
        decide: |c| {
            (c.next_ws() == Whitespace::None).then(|| {
                let next = &c.doc.tokens[c.next_idx];
                c.is_period()
                    && !c.closed_mark()
                    && next.kind == TokenKind::Word
                    && first_char(c.doc.text, next).is_uppercase()
            })
        },
    },
    EndRule {
        name: "list_marker_period",
        doc: "The period of the enumerator opening a list item (`1. The item`) is not an end.",
        decide: |c| (c.is_period() && c.own_list_marker()).then_some(false),
    },
    EndRule {
        name: "enumerator_after_colon",
        doc: "The period of `1.` right after a colon (`today: 1. FIREWORKS FLY`) opens a list item, not an end.",
        decide: |c| (c.is_period() && c.enumerator_after_colon()).then_some(false),
    },
    EndRule {
        name: "dash_after_end",
        doc: "`.` `?` `!` before a hyphen opening a capitalised word or glued to a word (`…post. - Keegan said`, `…\" -President Obama`), or after a closed quotation that is its whole sentence before a word that is no function word (`…had.\" - exchange during`; not `He shouted \"Go.\" - the crowd roared`), ends the sentence: lists and attributions run together.",
        decide: |c| {
            ((c.is_period() || c.is_question())
                && c.next_ws() == Whitespace::Space
                && c.dash_opens_next()
                && !c.caps_headline())
            .then_some(true)
        },
    },
    EndRule {
        name: "before_separator_or_item",
        doc: "`.` `?` `!` or an abbreviation (`the U.S. ___`) before a separator (`___`, `***`) or a spaced bullet opening a capitalised item (`. • The`) ends the sentence: list lines run together.",
        decide: |c| {
            let abbreviation = matches!(c.term, Terminal::Abbreviation(k) if k != AbbrevClass::Title);
            ((c.is_period() || c.is_question() || abbreviation)
                && c.next_ws() == Whitespace::Space
                && (c.doc.separator(c.next_idx) || c.doc.spaced_item(c.next_idx)))
            .then_some(true)
        },
    },
    EndRule {
        name: "period_before_code",
        doc: "A period before code, a word glued to a period of its own or a closing brace (`…the office. .gmobile {`, `80px;}. }.`: style-sheet debris), ends the sentence.",
        decide: |c| (c.is_period() && c.code_follows()).then_some(true),
    },
    EndRule {
        name: "period_before_spaced_ellipsis",
        doc: "A period followed by a spaced ellipsis (`. . .`, or `….` closed by a period) ends the sentence when the ellipsis opens the next one.",
        decide: |c| (c.is_period() && c.spaced_ellipsis_follows()).then(|| c.ellipsis_opens()),
    },
    EndRule {
        name: "caps_title_before_name",
        doc: "A title written in capitals (`GEN. ELIZABETH PRELOGAR`, `DR. JONES`) goes on, as `Gen.` does.",
        decide: |c| {
            (c.is_period()
                && c.term_idx > 0
                && c.doc.all_caps(c.term_idx - 1)
                && c.doc.capitalised_word(c.next_idx)
                && c.caps_title_before())
            .then_some(false)
        },
    },
    EndRule {
        name: "period_before_capital",
        doc: "A period followed by a capital, digit or opening mark ends the sentence.",
        decide: |c| (c.is_period() && c.next_starts_sentence()).then_some(true),
    },
    EndRule {
        name: "period_before_lowercase",
        doc: "A period followed by a lower-case word ends the sentence (informal text), unless the word before reads as an abbreviation.",
        decide: |c| {
            (c.is_period() && c.doc.lowercase_word(c.next_idx))
                .then(|| !c.closed_mark() && !c.period_after_abbreviation_like())
        },
    },
    EndRule {
        name: "quoted_question_before_lowercase",
        doc: "`“Why?” he asked`: a quoted question or exclamation followed by lower case goes on.",
        decide: |c| {
            (c.is_question() && c.closed_mark() && !c.next_starts_sentence()).then_some(false)
        },
    },
    EndRule {
        name: "question_before_capital",
        doc: "`?` or `!` followed by a capital, digit or opening mark ends the sentence.",
        decide: |c| (c.is_question() && c.next_starts_sentence()).then_some(true),
    },
    EndRule {
        name: "question_before_lowercase",
        doc: "`?` or `!` followed by a lower-case word ends the sentence, except a name's `!` (`Yahoo! shares`).",
        decide: |c| {
            let brand = c.term_idx > 0 && c.doc.capitalised_word(c.term_idx - 1);
            (c.is_question() && c.doc.lowercase_word(c.next_idx)).then_some(!brand)
        },
    },
    EndRule {
        name: "ellipsis_before_capital",
        doc: "An ellipsis followed by a capital ends the sentence, but not a trailing `… I`, nor one opening the sentence unless a period closes it (`…. TAPPER:`).",
        decide: |c| {
            (c.term == Terminal::Ellipsis).then(|| {
                let closed = c.doc.is(c.term_idx + 1, ".")
                    && c.doc.tokens[c.term_idx + 1].ws_before == Whitespace::None;
                (c.term_idx > c.start || closed)
                    && c.next_starts_sentence()
                    && !c.doc.is(c.next_idx, "I")
            })
        },
    },
    EndRule {
        name: "initialism_before_full_name",
        doc: "An initialism after `the` or a place and comma before a first name and a capitalised word (`the U.S. Chris Christie said`, `Washington, D.C. Zach Carter`) ends the sentence; `U.S. Senate`, `U.S. Sen.`, `scholar A.E. Dick Howard` go on.",
        decide: |c| {
            (c.place_initialism() && !c.time_of_day() && c.full_name_follows())
                .then_some(true)
        },
    },
    EndRule {
        name: "initial_or_pronoun",
        doc: "`Albert I. Jones` goes on; `you and I. Did you`, `do I.” Editor’s` and `Plan B. Mr. Obama` end (a sentence starter, a closing mark and a capital, or a title follows), and so do a noun's letter and a capital (`time for Plan B. Sanders`, `World War I. Clinton`: `designation_nouns.txt`).",
        decide: |c| {
            (c.term == Terminal::Abbreviation(AbbrevClass::Initial)).then(|| {
                let title = c.next().is_some()
                    && c.doc.abbreviation(c.next_idx) == Some(AbbrevClass::Title);
                let capital = c.doc.capitalised_word(c.next_idx);
                c.next_is_starter()
                    || title
                    || (c.closed_mark() && capital)
                    || (capital
                        && c.designation_letter()
                        && c.doc.abbreviation(c.next_idx) != Some(AbbrevClass::Initial))
            })
        },
    },
    EndRule {
        name: "time_before_capital",
        doc: "`at 6 P.M. Mr. Smith` and `the mid-500s B.C. Scholars` end after the time or the era of an ancient year, unless the sentence opened with it (`At 5 a.m. Mr. Smith went`, `In 480 B.C. Athens fell`); after a modern year `B.C.` is British Columbia (`a 2019 B.C. Supreme Court ruling`).",
        decide: |c| {
            // An era's opening phrase may be longer (`In the year 1000 A.D. Europe`).
            let era = matches!(c.term, Terminal::Abbreviation(_)) && c.era_after_year();
            let reach = if era { 6 } else { 3 };
            let opens_with_time = || {
                c.term_idx <= c.start + reach
                    && OPENING_PREPOSITIONS.contains(&c.doc.str(c.start).to_lowercase())
            };
            ((c.time_of_day() || era)
                && c.doc.capitalised_word(c.next_idx)
                && !opens_with_time())
            .then_some(true)
        },
    },
    EndRule {
        name: "bracket_then_period",
        doc: "An abbreviation closed by a bracket and its own period (`(Pa.). Sen. Collins`) ends like a period.",
        decide: |c| {
            (matches!(c.term, Terminal::Abbreviation(_)) && c.own_period_after_bracket())
                .then(|| c.next_starts_sentence())
        },
    },
    EndRule {
        name: "abbreviation_then_period",
        doc: "An abbreviation followed by a period of its own (`CCGM, L.P.. Further`) ends like a period.",
        decide: |c| {
            let own_period = c.next_idx > c.term_idx + 1
                && c.doc.is(c.term_idx + 1, ".")
                && c.doc.tokens[c.term_idx + 1].ws_before == Whitespace::None;
            (matches!(c.term, Terminal::Abbreviation(_)) && own_period)
                .then(|| c.next_starts_sentence())
        },
    },
    EndRule {
        name: "state_after_place",
        doc: "A state abbreviation after a place or party (`in Lodi, N.J. Harmony`, `R-Fla. In`) ends the sentence before a capitalised word (not inside brackets).",
        decide: |c| {
            (matches!(c.term, Terminal::Abbreviation(_))
                && c.next_idx == c.term_idx + 1
                && c.state_after_place()
                && c.doc.capitalised_word(c.next_idx))
            .then_some(true)
        },
    },
    EndRule {
        name: "place_before_dash",
        doc: "A state or initialism closing a place after other words (`reported from Lodi, N.J. — Sign up`, `jobs in the U.S. - The`) before a spaced dash and a capitalised word ends the sentence; a place opening it or written in capitals is a dateline's (`Lodi, N.J. — The`, `LODI, N.J. — The`).",
        decide: |c| {
            (matches!(c.term, Terminal::Abbreviation(_))
                && c.next_idx == c.term_idx + 1
                && c.term_idx >= c.start + 3
                && c.dash_before_capital()
                // A place in capitals is a dateline's (`MANCHESTER, N.H. --`).
                && !c.doc.all_caps(c.term_idx - 2)
                && (c.state_after_place() || c.place_initialism()))
            .then_some(true)
        },
    },
    EndRule {
        name: "state_word_ends",
        doc: "A state abbreviation that is also a word, after a lower-case word that is no function word (`after a requiem Mass. Cardinal Ruiz`), is that word: before a capitalised word that is no abbreviation its period ends the sentence (`state_abbreviation_words.txt`).",
        decide: |c| {
            (matches!(c.term, Terminal::Abbreviation(_)) && c.state_word()).then_some(true)
        },
    },
    EndRule {
        name: "abbreviation_before_honorific",
        doc: "An abbreviation followed by a courtesy title (`Joseph Biden Jr. Mrs. Clinton`, `the U.S. Mr. Obama`) ends the sentence (a time of day aside).",
        decide: |c| {
            let abbreviation = matches!(c.term, Terminal::Abbreviation(k) if k != AbbrevClass::Title);
            // A time of day is `time_before_capital`'s (`At 5 a.m. Mr. Smith went`).
            (abbreviation && !c.time_of_day() && c.next_is_honorific()).then_some(true)
        },
    },
    EndRule {
        name: "abbreviation_in_closed_quote",
        doc: "An abbreviation closed by a quotation mark before a capitalised word (`saying this is O.K.” Christopher Knittel`) ends the sentence.",
        decide: |c| {
            (c.term == Terminal::Abbreviation(AbbrevClass::General)
                && c.closed_quote()
                && c.doc.capitalised_word(c.next_idx))
            .then_some(true)
        },
    },
    EndRule {
        name: "abbreviation_before_dateline",
        doc: "An abbreviation before a dateline (`black votes in S.C. COLUMBIA, S.C. - The`) ends the sentence.",
        decide: |c| {
            (matches!(c.term, Terminal::Abbreviation(k) if k != AbbrevClass::Title)
                && c.dateline_opens_next())
            .then_some(true)
        },
    },
    EndRule {
        name: "initialism_before_place",
        doc: "An initialism after `the` or a place and comma before a one-word state or country that opens a list or a title (`jobs leave the U.S. China, Japan and Korea met`, `the U.S. Florida Sen. Rubio`) ends the sentence: `U.S. Senate`, `the U.S. China policy`, `told the U.S. China would` go on (`place_names.txt`).",
        decide: |c| {
            (c.place_initialism() && !c.time_of_day() && c.place_name_follows()).then_some(true)
        },
    },
    EndRule {
        name: "month_or_prefix",
        doc: "`Jan.` or `No.` ends a sentence only when no number follows and a starter or opening mark does.",
        decide: |c| match c.term {
            Terminal::Abbreviation(AbbrevClass::Month | AbbrevClass::Prefix) => {
                Some(match c.next().map(|t| t.kind) {
                    Some(TokenKind::Number) => false,
                    Some(TokenKind::Word) => c.next_is_starter(),
                    _ => c.next_starts_sentence(),
                })
            }
            _ => None,
        },
    },
    EndRule {
        name: "general_abbreviation",
        doc: "`U.S.`, `Inc.`, `etc.` end a sentence only before a listed sentence starter, a quote or a bullet.",
        decide: |c| {
            (c.term == Terminal::Abbreviation(AbbrevClass::General)).then(|| {
                match c.next().map(|t| t.kind) {
                    Some(TokenKind::Word) => c.next_is_starter(),
                    Some(TokenKind::Quote) => true,
                    Some(TokenKind::Bullet) => c.next().is_some_and(|t| !c.wrapped_hyphen(t)),
                    _ => false,
                }
            })
        },
    },
];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn eras_pass_the_byte_filter_before_their_lookup() {
        // `era_after_year` turns away a word longer than six bytes or not opening with `A`,
        // `B` or `C` before the look-up: every listed era must pass that filter.
        assert!(ERA_ABBREVIATIONS.len() >= 2);
        for era in ERA_ABBREVIATIONS.iter() {
            assert!(
                era.len() <= 6 && matches!(era.as_bytes()[0], b'A' | b'B' | b'C'),
                "{era}"
            );
        }
    }

    #[test]
    fn state_abbreviation_words_are_state_abbreviations() {
        assert!(STATE_ABBREVIATION_WORDS.len() >= 3);
        for w in STATE_ABBREVIATION_WORDS.iter() {
            assert!(
                STATE_ABBREVIATIONS.contains(w),
                "state_abbreviation_words.txt: {w} is not in state_abbreviations.txt"
            );
        }
    }

    #[test]
    fn function_words_fit_the_title_case_bound() {
        assert!(FUNCTION_WORDS.len() > 20);
        for w in FUNCTION_WORDS.iter() {
            assert!(
                w.len() <= MAX_FUNCTION_WORD_BYTES,
                "{w} is longer than the bound"
            );
        }
    }

    #[test]
    fn emoticon_byte_tests_agree_with_the_set_alone() {
        // The lookup the first- and last-byte tables guard, on its own.
        let naive = |d: &Doc, i: usize| {
            let mut j = i;
            while j > 0 && i - j < 3 && d.tokens[j].ws_before == Whitespace::None {
                j -= 1;
            }
            j < i
                && d.tokens[j].ws_before != Whitespace::None
                && EMOTICONS
                    .0
                    .contains(&d.text[d.tokens[j].span.start()..d.tokens[i].span.end()])
        };
        let mut texts = vec![
            "great :) we ate it; bad :-( then :P and =) or ;D, x:) y :/ z".to_string(),
            "(:) :-:) ::) ;;) ==) a.:) b :-)) c :-) :D".to_string(),
        ];
        let alphabet: Vec<char> = ":;=-)(DPpo/[] a.\n".chars().collect();
        for n in 0..200 {
            texts.push(crate::test_text::draw(7 + n as u64, 10 + n, &alphabet).collect());
        }
        let mut found = 0;
        for text in &texts {
            let tokens = crate::tokenize::tokenize(text);
            let d = Doc {
                text,
                tokens: &tokens,
                wrap: None,
                facts: None,
                given: None,
            };
            for i in 0..tokens.len() {
                let fast = d.emoticon_ends_at(i);
                assert_eq!(fast, naive(&d, i), "{text:?} at {i}");
                found += usize::from(fast);
            }
        }
        assert!(found > 20, "{found}");
    }
}
