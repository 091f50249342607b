//! Stage 4: tokens + sentences → numeric expressions.
//!
//! Every figure in an article, normalized: "ICE has deported 605,000 people" gives 605000,
//! counting `people`, governed by `deported`; "approximately $14 billion" gives 1.4e10 USD,
//! approximate; "a 37-year-old US citizen" an age of 37 years.
//!
//! ## How
//!
//! One left-to-right pass over the tokens. At each token the scanner tries, in order:
//!
//! 1. a calendar date ([`dates`]): a month name with a day or year next to it;
//! 2. a trap ([`traps`]): digits that belong to a name or code ("Boeing 747", "FTSE 100"),
//!    a phone number, a version, a street address; these are skipped whole;
//! 3. an expression ([`scan`]): a figure in digits or words with its currency, scale, unit
//!    and rate, joined with a second figure when the two make a range.
//!
//! A match consumes its tokens, so each token belongs to at most one figure and the pass is
//! linear. The words around the figure are read last ([`context`]): the qualifier right
//! before it, the noun it counts, the verb that governs it.
//!
//! Everything English-specific that is a list (number words, scales, units, currencies,
//! qualifiers, identifier prefixes, verbs) is data in `data/lexicons/`, read by
//! [`lexicons`]; the code holds only the rules that combine them. No model is downloaded.
//!
//! ## Conventions (following the annotation guidelines in the gold set)
//!
//! * `span` is the figure with its currency sign, scale word and unit ("$14 billion",
//!   "14 tonnes", "37-year-old", "an hour"); the qualifier is left out of it.
//! * Dates have no value (never their day of the month) and an ISO 8601 `date`, as precise
//!   as the text ("2025-11-09", "2025-11", "--11-09"); a year has its value and `date`
//!   "2025". Decades ("the 1990s") are kind `year` with unit `decade` and the first year as value.
//! * A range has kind `range`, `low` and `high`, and their midpoint as `value` (the point
//!   estimate quantulum3 also reports), so a range still sorts and filters with the other
//!   figures. A span of years ("2004-05") keeps its first year as value. A change written as
//!   a range ("rose from 40 to 55", "closed up $2.80 to $51.15") is two figures.
//! * A sports score ("2-1") has kind `score` and no value.
//! * Clock times take the hour of a 24-hour clock as value ("3:30pm" → 15.5).
//! * Money in minor units is converted ("50p" → 0.5 GBP), so `unit` is always an ISO code.
//! * Rates carry their denominator in the unit ("barrel per day", "USD per capita").

use serde::Serialize;

use crate::sentences::Sentence;
use crate::span::Span;
use crate::tokenize::Token;

/// What a number expresses.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum NumberKind {
    Cardinal,
    Money,
    Percent,
    /// Percentage points, kept apart from percent.
    Points,
    Quantity,
    Age,
    Ordinal,
    Year,
    Date,
    Duration,
    Fraction,
    Range,
    Time,
    Score,
    Rate,
}

impl NumberKind {
    pub const ALL: [NumberKind; 15] = [
        NumberKind::Cardinal,
        NumberKind::Money,
        NumberKind::Percent,
        NumberKind::Points,
        NumberKind::Quantity,
        NumberKind::Age,
        NumberKind::Ordinal,
        NumberKind::Year,
        NumberKind::Date,
        NumberKind::Duration,
        NumberKind::Fraction,
        NumberKind::Range,
        NumberKind::Time,
        NumberKind::Score,
        NumberKind::Rate,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            NumberKind::Cardinal => "cardinal",
            NumberKind::Money => "money",
            NumberKind::Percent => "percent",
            NumberKind::Points => "points",
            NumberKind::Quantity => "quantity",
            NumberKind::Age => "age",
            NumberKind::Ordinal => "ordinal",
            NumberKind::Year => "year",
            NumberKind::Date => "date",
            NumberKind::Duration => "duration",
            NumberKind::Fraction => "fraction",
            NumberKind::Range => "range",
            NumberKind::Time => "time",
            NumberKind::Score => "score",
            NumberKind::Rate => "rate",
        }
    }
}

/// One numeric expression.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Number {
    /// The expression as written, with currency, scale word and unit; without the qualifier.
    pub span: Span,
    /// The normalized value; `None` only where no value exists.
    pub value: Option<f64>,
    pub kind: NumberKind,
    /// ISO 4217 code for money, "%" for percent, a singular unit lemma, or `None`.
    pub unit: Option<String>,
    /// Head noun of what is counted or measured, as written.
    pub noun: Option<Span>,
    /// The head noun's singular lemma, for grouping ("22 goals" → "goal", "two mosques" →
    /// "mosque"); names keep their capital ("Colombians" → "Colombian"), acronyms stay whole.
    pub noun_lemma: Option<String>,
    /// The verb the expression is an argument of.
    pub verb: Option<Span>,
    /// True when the qualifier approximates ("about", "more than").
    pub approx: bool,
    /// The qualifier as written just before the expression.
    pub qualifier: Option<Span>,
    /// A calendar date or year in ISO 8601 form, as precise as the text: "2025-11-09",
    /// "2025-11", "--11-09" (no year written), "2025"; a span of days is an interval
    /// ("2005-06-10/2005-06-12"). Dates have no `value`; years keep theirs.
    pub date: Option<String>,
    /// Bounds of a range; for a single figure, the one bound its qualifier states ("more
    /// than 30": `low` 30, `high` none; "up to 30": `high` 30).
    pub low: Option<f64>,
    pub high: Option<f64>,
}

pub(crate) mod context;
mod dates;
pub(crate) mod lexicons;
mod rules;
mod scan;
mod traps;
mod units;
mod value;
mod view;
mod words;

use scan::{Expr, NounRule};

/// The number stage's named rules in the order it runs them: (list, name, one-line doc).
pub fn rules() -> Vec<(&'static str, &'static str, &'static str)> {
    rules::listed()
}

/// The number-word grammar's rules (`words.rs`: "two hundred and five", "a third"), asked in
/// this order at each word: (name, one-line doc).
pub fn word_rules() -> Vec<(&'static str, &'static str)> {
    words::word_rule_names()
}

use crate::facts::TokenFacts;
use view::View;

/// [`scan::could_start`] or [`rules::word_may_start`]: the two prefilters on one read of a
/// word's lowercase form and one pass over its bytes (a digit anywhere passes both).
#[inline]
fn could_start(v: &View, i: usize) -> bool {
    if !v.is_word(i) {
        // `rules::word_may_start` passes words only.
        return scan::could_start(v, i);
    }
    let low = v.low(i);
    let (digit, hyphen) = rules::digit_and_hyphen(low);
    digit || scan::text_may_start(v, i, low, hyphen) || rules::word_may_start(v, i, low, hyphen)
}

/// The per-token prefilter's first test, on token `i` as written: true when [`could_start`]
/// is false for it, read without its lowercase form or any hash look-up. It is
/// [`cannot_start_alone`] (the token by itself) and no spaced currency sign after it.
///
/// A new way for a token to start a figure goes into [`could_start`]'s parts
/// (`scan::could_start`, `scan::text_may_start`, `rules::word_may_start`) *and* into
/// [`cannot_start_alone`]: the oracle tests
/// `the_first_test_never_turns_away_a_token_the_prefilter_passes` and
/// `the_stage_with_the_first_test_reads_as_without_it` check that the two agree. The loop
/// of [`skip_plain_tokens`] asks it in two parts; the tests ask it whole.
#[cfg(test)]
fn cannot_start_as_written(
    tokens: &[Token],
    bytes: &[u8],
    first: &scan::FirstTest,
    i: usize,
) -> bool {
    tokens
        .get(i)
        .is_some_and(|t| cannot_start_alone(t, bytes, first))
        && !spaced_currency(tokens.get(i + 1))
}

/// True for a currency sign with whitespace before it (`View::glued` false): the word
/// before it may start a figure ("HK $9", `rules::word_may_start`).
#[inline]
fn spaced_currency(t: Option<&Token>) -> bool {
    use crate::tokenize::{TokenKind, Whitespace};
    t.is_some_and(|t| t.kind == TokenKind::Currency && t.ws_before != Whitespace::None)
}

/// [`cannot_start_as_written`] without the token after: token `t` of the text's `bytes`
/// passes none of [`could_start`]'s tests by itself.
///
/// * A number or currency token may start a figure; a quotation mark, web address, e-mail,
///   handle, hashtag, emoji or bullet never does (`scan::could_start` answers false).
/// * A punctuation or symbol token whose form (normalized: a curly quote or dash alone is
///   folded to `"`, `'` or `-`) is one ASCII byte that is no digit, letter or listed
///   starter (`scan::FirstTest::mark_cannot_start`: `.`, `-`, `/`, `"`) cannot either.
/// * A word, symbol or punctuation token written as normalized, all ASCII with no byte in
///   `-` ..= `9` (so no digit, hyphen, period or slash: [`rules::digit_and_hyphen`] answers
///   (false, none)), whose case-folded bytes are in neither the starters nor the vague
///   plurals (`scan::FirstTest::words`: its lowercase form is none of them), passes none of
///   the word tests; whether a spaced currency sign follows is asked by the caller.
///
/// Most tokens of a text are turned away here, and the view reads the lowercase form only
/// of the tokens a rule looks at.
#[inline]
fn cannot_start_alone(t: &Token, bytes: &[u8], first: &scan::FirstTest) -> bool {
    use crate::tokenize::TokenKind;
    let word = match t.kind {
        TokenKind::Word => true,
        TokenKind::Punct | TokenKind::Symbol => false,
        TokenKind::Number | TokenKind::Currency => return false,
        TokenKind::Quote
        | TokenKind::Url
        | TokenKind::Email
        | TokenKind::Mention
        | TokenKind::Hashtag
        | TokenKind::Emoji
        | TokenKind::Bullet => return true,
    };
    if let Some(norm) = t.norm_if_differs() {
        // Its lowercase form is its normalized form lowered; for one mark that is the mark.
        return !word && first.mark_cannot_start(norm.as_bytes());
    }
    let (start, n) = (t.span.start(), t.span.len());
    let key = match bytes.get(start..start + 8) {
        // A word of up to eight bytes with eight bytes of text from its start: one load.
        Some(eight) if (1..=8).contains(&n) => {
            let x = crate::lexicon::packed::read_u64(eight) & lexicons::short_mask(n);
            if !rules::ascii_without_dash_to_nine_packed(x) {
                // ".", "-", "/" alone (a word is asked the word tests).
                return !word && n == 1 && first.mark_cannot_start(&eight[..1]);
            }
            lexicons::folded_key_short(x, n)
        }
        _ => {
            let Some(w) = bytes.get(start..start + n).filter(|w| !w.is_empty()) else {
                return false;
            };
            if !rules::ascii_without_dash_to_nine(w) {
                return !word && first.mark_cannot_start(w);
            }
            lexicons::folded_key(w)
        }
    };
    !first.words.may_hold(key)
}

/// [`cannot_start_as_written`] of token `i` of the view (the tests' entry).
#[cfg(test)]
fn plain_word_cannot_start(v: &View, first: &scan::FirstTest, i: usize) -> bool {
    cannot_start_as_written(v.tokens, v.text.as_bytes(), first, i)
}

/// The first token from `i` on that [`cannot_start_as_written`] does not turn away (the
/// tokens' end when none): the prefilter's loop over the plain tokens between figures.
///
/// The loop asks [`cannot_start_alone`] only: a token it turns away is never a currency
/// sign, so of the tokens it passed only the last can have a spaced sign after it, and the
/// loop steps back onto that one (the test `skipping_reads_as_the_token_by_token_test`).
#[inline(never)]
fn skip_plain_tokens(v: &View, first: &scan::FirstTest, mut i: usize) -> usize {
    let (tokens, bytes) = (v.tokens, v.text.as_bytes());
    let from = i;
    while let Some(t) = tokens.get(i) {
        if !cannot_start_alone(t, bytes, first) {
            break;
        }
        i += 1;
    }
    if i > from && spaced_currency(tokens.get(i)) {
        i - 1
    } else {
        i
    }
}

/// Finds the numeric expressions in a tokenized, sentence-split text.
pub fn extract(text: &str, tokens: &[Token], sentences: &[Sentence]) -> Vec<Number> {
    let facts = TokenFacts::with_sentences(text, tokens, sentences);
    extract_with_facts(text, tokens, &facts)
}

/// [`extract`] reading the token facts the pipeline computed once for `tokens` (with their
/// sentences set).
pub fn extract_with_facts(text: &str, tokens: &[Token], facts: &TokenFacts) -> Vec<Number> {
    if facts.needs_decoding(text) {
        return extract_escaped(text);
    }
    extract_plain(text, tokens, facts)
}

/// A text that writes its quotation marks, apostrophes, spaces or currency signs as HTML
/// references (`&#39;90s`, `&ldquo;Five years ago`, `o&rsquo;clock`, `5&nbsp;p.m.`,
/// `&pound;5`, `&#8364;3`) is read as the text they stand for, decoded by the quote stage's
/// [`crate::quotes::escaped::Decoded`] (one implementation of what a reference is, shared with
/// the sentence and quote stages), and every span is mapped back to
/// the text as given: the same rows as the same article with its characters written.
fn extract_escaped(text: &str) -> Vec<Number> {
    let decoded = crate::quotes::escaped::Decoded::new(text);
    let read = decoded.text.as_str();
    let mut tokens = crate::tokenize::tokenize_read(read);
    let mut facts = TokenFacts::new(read, &tokens);
    let given = crate::sentences::Given {
        text,
        decoded: &decoded,
    };
    let sentences = crate::sentences::split_read(read, &mut tokens, Some(&facts), given);
    facts.set_sentences(&tokens, &sentences);
    let mut out = extract_plain(read, &tokens, &facts);
    for n in &mut out {
        n.span = decoded.original(n.span);
        n.noun = n.noun.map(|s| decoded.original(s));
        n.verb = n.verb.map(|s| decoded.original(s));
        n.qualifier = n.qualifier.map(|s| decoded.original(s));
    }
    out
}

/// The number stage on a text with no escaped marks.
fn extract_plain(text: &str, tokens: &[Token], facts: &TokenFacts) -> Vec<Number> {
    extract_plain_with::<true>(text, tokens, facts)
}

/// [`extract_plain`], with the prefilter's first test ([`plain_word_cannot_start`]) when
/// `FIRST_TEST` (the tests run it without, as the oracle of the test).
fn extract_plain_with<const FIRST_TEST: bool>(
    text: &str,
    tokens: &[Token],
    facts: &TokenFacts,
) -> Vec<Number> {
    let v = View::with_facts(text, tokens, facts);
    let first = scan::first_test();
    let mut out = Vec::new();
    let mut i = 0;
    while i < v.len() {
        if FIRST_TEST {
            i = skip_plain_tokens(&v, first, i);
            if i >= v.len() {
                break;
            }
        }
        if !could_start(&v, i) {
            i += 1;
            continue;
        }
        crate::growth::reserve_for_rest(&mut out, i, v.len());
        if let Some(d) = dates::date_at(&v, i) {
            out.push(finish(&v, scan::date_expr(d.start, d.end, d.iso)));
            i = d.end;
            continue;
        }
        if let Some(next) = rules::skip_identifier(&v, i).or_else(|| traps::skip_at(&v, i)) {
            i = next.max(i + 1);
            continue;
        }
        if let Some(e) = rules::read(&v, i).or_else(|| scan::expression(&v, i)) {
            let e = rules::extend(&v, e);
            let next = e.end.max(i + 1);
            if !rules::vetoed(&v, &e) {
                out.push(finish(&v, e));
            }
            i = next;
            continue;
        }
        i += 1;
    }
    crate::growth::trim(&mut out);
    out
}

/// Adds the context to an expression: qualifier, noun and verb.
fn finish(v: &View, e: Expr) -> Number {
    let span = e.span.unwrap_or_else(|| v.span_of(e.start, e.end));
    let qualifier = context::qualifier_before(v, e.start);
    let noun = match e.noun {
        NounRule::Never => None,
        NounRule::At(k) => Some(k),
        // "a 37-year-old US citizen", but not "the 25-year-old shocked Sampras".
        NounRule::Attributive => context::head_noun(v, e.end)
            .filter(|_| !(v.lowercase_word(e.end) && context::is_verb(v.low(e.end)))),
        NounRule::ByKind => match e.kind {
            NumberKind::Date
            | NumberKind::Year
            | NumberKind::Duration
            | NumberKind::Time
            | NumberKind::Score
            | NumberKind::Age => None,
            NumberKind::Money
            | NumberKind::Percent
            | NumberKind::Points
            | NumberKind::Quantity
            | NumberKind::Rate => {
                context::of_phrase_head(v, e.end).or_else(|| attributive_noun(v, e.end, e.kind))
            }
            _ => context::head_noun(v, e.end).or_else(|| context::of_phrase_head(v, e.end)),
        },
    };
    let verb_from = qualifier.map_or(e.start, |q| q.0);
    // An elided noun before the figure ("from 120 patients to 300") says nothing of its verb.
    let verb = context::governing_verb(v, verb_from, e.end, noun.filter(|&n| n >= e.start))
        .filter(|&k| Some(k) != noun);
    let value = e.value.filter(|x| x.is_finite());
    let (low, high) = match (e.kind, qualifier) {
        (NumberKind::Range, _) | (_, None) => (e.low, e.high),
        // "about 500 or more": a qualifier that states no bound keeps the one written after.
        (_, Some(q)) => bound_of(v, q.0, q.1, value).unwrap_or((e.low, e.high)),
    };
    let date = e.date.or_else(|| {
        let year = e.kind == NumberKind::Year && e.unit.is_none();
        value.filter(|_| year).map(|y| format!("{y:04}"))
    });
    let noun_lemma = noun.map(|k| lemma(v.raw(k)));
    Number {
        span,
        value,
        date,
        noun_lemma,
        kind: e.kind,
        unit: e.unit,
        noun: noun.map(|k| v.span(k)),
        verb: verb.map(|k| v.span(k)),
        approx: e.approx || qualifier.is_some_and(|q| q.2),
        qualifier: qualifier.map(|q| v.span_of(q.0, q.1)),
        low: low.filter(|x| x.is_finite()),
        high: high.filter(|x| x.is_finite()),
    }
}

/// The singular of a head noun as written: "goals" → "goal", "Colombians" → "Colombian";
/// acronyms lose only a plural "s" ("MPs" → "MP"), irregular plurals listed in
/// `number_context.txt` stay whole ("people").
fn lemma(raw: &str) -> String {
    // "MPs" → "MP", "NHS" stays.
    let stem = raw.strip_suffix('s').unwrap_or(raw);
    for word in [raw, stem] {
        let mut letters = word.chars().filter(|c| c.is_alphabetic());
        if word.chars().count() > 1 && letters.all(char::is_uppercase) {
            return word.to_string();
        }
    }
    let low = raw.to_lowercase();
    let one = scan::singular(&low);
    if raw.chars().next().is_some_and(char::is_uppercase) && one.is_ascii() {
        let mut c = one.chars();
        return c
            .next()
            .map_or(String::new(), |f| f.to_uppercase().chain(c).collect());
    }
    one
}

/// "more than 30" → (30, none), "up to 30" → (none, 30): the one bound a qualifier states;
/// `None` for a qualifier that states none ("about").
type Bounds = (Option<f64>, Option<f64>);
fn bound_of(v: &View, from: usize, to: usize, value: Option<f64>) -> Option<Bounds> {
    match lexicons::BOUNDS.get(&*v.joined_lower(from, to)) {
        Some(lexicons::Bound::Lower) => Some((value, None)),
        Some(lexicons::Bound::Upper) => Some((None, value)),
        None => None,
    }
}

/// A noun that a money amount or measure modifies directly ("a £3m deal", "a 5% rise").
fn attributive_noun(v: &View, end: usize, kind: NumberKind) -> Option<usize> {
    if kind == NumberKind::Rate || !v.lowercase_word(end) || !v.same_sentence(end - 1, end) {
        return None;
    }
    let n = context::head_noun(v, end)?;
    (n == end || n == end + 1).then_some(n)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Invented text from a vocabulary of every starter word (lower-case, capitalised and
    /// upper-case), the vague plurals, currency signs glued and spaced, hyphened and dotted
    /// words, digits, punctuation and non-ASCII words, with the plain words of news between.
    fn drawn_text(seed: u64, n: usize) -> String {
        let mut words: Vec<String> = scan::STARTERS.iter().cloned().collect();
        words.extend(
            lexicons::CONTEXT
                .words_in(lexicons::ContextClass::Vague)
                .map(str::to_string),
        );
        let mut cased = Vec::new();
        for w in &words {
            let mut c = w.chars();
            if let Some(f) = c.next() {
                cased.push(f.to_uppercase().chain(c).collect::<String>());
            }
            cased.push(w.to_uppercase());
        }
        words.extend(cased);
        words.sort();
        let more =
            "the said The police were was houses As is years Percent $ £ € US$ % , . ; ( ) \" \
                    “ ” — - / 's mid-1990s twenty-five million-dollar 3.5 12 1,000 4pm x9 ½ café \
                    É naïve Dozens dozens Rs no. No # per cent km/h U.S. e.g. AbCdEfGhIjKl \
                    verylongplainwordhere ' ‘ ’ – … -- ... http://x.org/5 a@b.com @BBC5 #Vote2024 \
                    • HK US C no nos no-fly early late mid pre post Early Post mid-1990s pre-2008 late-night \
                    early-2020s post-war";
        words.extend(more.split(' ').map(str::to_string));
        let vocabulary: Vec<&str> = words.iter().map(String::as_str).collect();
        let gaps = crate::test_text::draw(seed + 1, n, &[" ", " ", " ", "", "\n", "-", ". "]);
        crate::test_text::draw(seed, n, &vocabulary)
            .zip(gaps)
            .flat_map(|(w, g)| [w, g])
            .collect()
    }

    /// The first test turns a token away only where the general prefilter does, on drawn
    /// text (every starter word in three cases, vague plurals, currency signs) and on
    /// invented sentences; it turns away most tokens of plain text.
    #[test]
    fn the_first_test_never_turns_away_a_token_the_prefilter_passes() {
        let first = scan::first_test();
        let mut texts: Vec<String> = (0..4).map(|k| drawn_text(40 + k, 4000)).collect();
        texts.push(
            "The police said Forty-two people, dozens of them children, paid USD 5 and \
             £3m for a million-dollar house in May. One of them said it was a first; \
             the others were FIVE, and the rest ½ a mile away. Rs 20 lakh, a dozen eggs."
                .to_string(),
        );
        let mut turned = 0;
        for text in &texts {
            let mut tokens = crate::tokenize::tokenize(text);
            let sentences = crate::sentences::split(text, &mut tokens);
            let facts = TokenFacts::with_sentences(text, &tokens, &sentences);
            let v = View::with_facts(text, &tokens, &facts);
            for i in 0..v.len() + 2 {
                if plain_word_cannot_start(&v, first, i) {
                    assert!(!could_start(&v, i), "{:?} at {i} in {text:?}", v.raw(i));
                    turned += 1;
                }
            }
        }
        assert!(turned > 1000, "{turned} tokens turned away");
        // A starter in any case, a vague plural and a word before a spaced currency sign
        // are never turned away; the plain words and punctuation of news mostly are.
        let text = "The police said that houses were sold , and of them ; May dozens Five \
                    FIFTY about $ 5. Officials told reporters on Tuesday that the government \
                    would review its approach after complaints from residents, who described \
                    the situation as unacceptable and demanded an independent inquiry.";
        let tokens = crate::tokenize::tokenize(text);
        let facts = TokenFacts::new(text, &tokens);
        let v = View::with_facts(text, &tokens, &facts);
        let turned: Vec<&str> = (0..v.len())
            .filter(|&i| plain_word_cannot_start(&v, first, i))
            .map(|i| v.raw(i))
            .collect();
        for kept in ["May", "dozens", "Five", "FIFTY", "about", "$", "5"] {
            assert!(!turned.contains(&kept), "{kept} in {turned:?}");
        }
        for plain in [
            "police",
            "said",
            "were",
            "sold",
            ",",
            "of",
            "them",
            ";",
            "Officials",
        ] {
            assert!(turned.contains(&plain), "{plain} not in {turned:?}");
        }
        assert!(turned.len() * 10 > v.len() * 7, "{turned:?}");
    }

    /// Every listed word passes [`lexicons::FoldedWords::may_hold`] in three cases, and the
    /// one-load key of a short word is [`lexicons::folded_key`] of its bytes.
    #[test]
    fn every_listed_word_is_held_in_any_case() {
        let words = &scan::first_test().words;
        let vague = lexicons::CONTEXT.words_in(lexicons::ContextClass::Vague);
        let listed: Vec<String> = scan::STARTERS
            .iter()
            .cloned()
            .chain(vague.map(str::to_string))
            .collect();
        assert!(listed.len() > 100);
        for w in &listed {
            let mut c = w.chars();
            let title: String = c
                .next()
                .map_or(String::new(), |f| f.to_uppercase().chain(c).collect());
            for form in [w.clone(), title, w.to_ascii_uppercase()] {
                assert!(
                    words.may_hold(lexicons::folded_key(form.as_bytes())),
                    "{form}"
                );
                let b = form.as_bytes();
                if (1..=8).contains(&b.len()) {
                    let mut buf = [0u8; 8];
                    buf[..b.len()].copy_from_slice(b);
                    let x = u64::from_le_bytes(buf);
                    assert_eq!(
                        lexicons::folded_key_short(x, b.len()),
                        lexicons::folded_key(b)
                    );
                }
            }
        }
    }

    /// The stage with the first test gives the rows it gives without it, on drawn text.
    #[test]
    fn the_stage_with_the_first_test_reads_as_without_it() {
        let mut found = 0;
        for k in 0..4 {
            let text = drawn_text(80 + k, 3000);
            let mut tokens = crate::tokenize::tokenize(&text);
            let sentences = crate::sentences::split(&text, &mut tokens);
            let facts = TokenFacts::with_sentences(&text, &tokens, &sentences);
            let fast = extract_plain_with::<true>(&text, &tokens, &facts);
            assert_eq!(fast, extract_plain_with::<false>(&text, &tokens, &facts));
            found += fast.len();
        }
        assert!(found > 500, "{found} figures");
    }

    /// The loop that skips plain tokens stops where the token-by-token first test
    /// ([`cannot_start_as_written`], with the spaced currency sign after) first fails, from
    /// every start, on drawn text and on words before spaced and glued currency signs.
    #[test]
    fn skipping_reads_as_the_token_by_token_test() {
        let first = scan::first_test();
        let mut texts: Vec<String> = (0..3).map(|k| drawn_text(120 + k, 3000)).collect();
        texts.push(
            "HK $9 fares, US $58.24 and C $5; then $ 5 and the £ 3 and “quoted” $4 — \
             a fee of HK$9 and US $ 2 . $"
                .to_string(),
        );
        let mut stepped_back = 0;
        for text in &texts {
            let mut tokens = crate::tokenize::tokenize(text);
            let sentences = crate::sentences::split(text, &mut tokens);
            let facts = TokenFacts::with_sentences(text, &tokens, &sentences);
            let v = View::with_facts(text, &tokens, &facts);
            for from in 0..=v.len() {
                let slow = (from..v.len())
                    .find(|&k| !plain_word_cannot_start(&v, first, k))
                    .unwrap_or(v.len());
                assert_eq!(
                    skip_plain_tokens(&v, first, from),
                    slow,
                    "from {from} in {text:?}"
                );
                if slow < v.len() && cannot_start_alone(&v.tokens[slow], text.as_bytes(), first) {
                    stepped_back += 1;
                }
            }
        }
        assert!(
            stepped_back > 20,
            "{stepped_back} stops before a spaced sign"
        );
    }

    /// Regression (session 15's review: reached only by targeted inputs): a word that is no
    /// starter is turned away by itself, and only the spaced currency sign after it keeps it
    /// for the readers, which read "HK $9" and "US $58.24" as money from the word on.
    #[test]
    fn a_word_before_a_spaced_currency_sign_is_kept_for_the_readers() {
        let first = scan::first_test();
        let text = "Fares rose to HK $9 and US $58.24 this week.";
        let mut tokens = crate::tokenize::tokenize(text);
        let sentences = crate::sentences::split(text, &mut tokens);
        let facts = TokenFacts::with_sentences(text, &tokens, &sentences);
        let v = View::with_facts(text, &tokens, &facts);
        for word in ["HK", "US"] {
            let i = (0..v.len()).find(|&k| v.raw(k) == word).unwrap();
            assert!(
                cannot_start_alone(&v.tokens[i], text.as_bytes(), first),
                "{word}"
            );
            assert!(!plain_word_cannot_start(&v, first, i), "{word}");
            assert!(could_start(&v, i), "{word}");
        }
        let rows = extract_plain_with::<true>(text, &tokens, &facts);
        assert_eq!(rows, extract_plain_with::<false>(text, &tokens, &facts));
        let money: Vec<(&str, Option<&str>)> = rows
            .iter()
            .map(|n| (n.span.text(text), n.unit.as_deref()))
            .collect();
        assert_eq!(money, [("HK $9", Some("HKD")), ("US $58.24", Some("USD"))]);
    }

    /// Every one-byte mark the first test turns away is one the general prefilter turns
    /// away as a punctuation or symbol token, written as itself or folded from a curly
    /// quote or dash.
    #[test]
    fn turned_away_marks_are_never_starts() {
        let first = scan::first_test();
        let mut turned = 0;
        for b in 0u8..128 {
            let c = char::from(b);
            if !first.mark_cannot_start(&[b]) {
                continue;
            }
            turned += 1;
            assert!(!b.is_ascii_alphanumeric(), "{c:?}");
            let text = format!("x {c} y");
            let tokens = crate::tokenize::tokenize(&text);
            let facts = TokenFacts::new(&text, &tokens);
            let v = View::with_facts(&text, &tokens, &facts);
            for i in 0..v.len() {
                if !v.is_word(i) && v.raw(i) == c.to_string() {
                    assert!(!could_start(&v, i), "{c:?}");
                }
            }
        }
        for kept in [b'0', b'7', b'a', b'Z'] {
            assert!(!first.mark_cannot_start(&[kept]));
        }
        for mark in [b'.', b'-', b'/', b'"', b',', b'('] {
            assert!(first.mark_cannot_start(&[mark]), "{}", char::from(mark));
        }
        assert!(turned > 20, "{turned}");
        for curly in ["“", "”", "‘", "’", "—", "–"] {
            let text = format!("He said {curly} no {curly} more");
            let tokens = crate::tokenize::tokenize(&text);
            let facts = TokenFacts::new(&text, &tokens);
            let v = View::with_facts(&text, &tokens, &facts);
            let i = (0..v.len()).find(|&k| v.raw(k) == curly).unwrap();
            assert!(plain_word_cannot_start(&v, first, i), "{curly}");
            assert!(!could_start(&v, i), "{curly}");
        }
    }

    /// No reader of the stage starts at token `i`: dates, identifiers, traps, the rules and the
    /// expression scanner all give nothing there (`at` names the token in a failure).
    fn assert_nothing_starts_at(v: &View, i: usize, at: &str) {
        assert!(dates::date_at(v, i).is_none(), "{at}");
        assert!(rules::skip_identifier(v, i).is_none(), "{at}");
        assert!(traps::skip_at(v, i).is_none(), "{at}");
        assert!(rules::read(v, i).is_none(), "{at}");
        assert!(scan::expression(v, i).is_none(), "{at}");
    }

    /// A period prefix alone ("early", "post" before a year or a noun) is turned away by the
    /// prefilter; no rule reads anything at it (dates, identifiers, traps, readers, the
    /// scanner), on drawn text, so the rows are the rows of asking them.
    #[test]
    fn no_rule_starts_at_a_period_prefix_alone() {
        let mut alone = 0;
        // Drawn news text, and text dense with the prefixes before figures, signs and words.
        let near = [
            "early", "late", "mid", "pre", "post", "Early", "POST", "1990s", "2008", "the", "$",
            "£", "5", "million", "a", "third", "years", "in", "May", "-", ",", "(", "war", "%",
        ];
        let dense = (0..4u64).map(|k| {
            let gaps = crate::test_text::draw(k + 300, 2000, &[" ", " ", "", "-", ". "]);
            crate::test_text::draw(k + 200, 2000, &near)
                .zip(gaps)
                .flat_map(|(w, g)| [w, g])
                .collect::<String>()
        });
        for text in (0..4).map(|k| drawn_text(160 + k, 3000)).chain(dense) {
            let mut tokens = crate::tokenize::tokenize(&text);
            let sentences = crate::sentences::split(&text, &mut tokens);
            let facts = TokenFacts::with_sentences(&text, &tokens, &sentences);
            let v = View::with_facts(&text, &tokens, &facts);
            for i in 0..v.len() {
                let low = v.low(i);
                if !v.is_word(i) || !lexicons::context_is(low, lexicons::ContextClass::PeriodPrefix)
                {
                    continue;
                }
                alone += 1;
                let at = format!("{:?} at {i} in {text:?}", v.raw(i));
                assert_nothing_starts_at(&v, i, &at);
                // Only a spaced currency sign after it keeps it (`rules::word_may_start`).
                assert_eq!(
                    could_start(&v, i),
                    v.is(i + 1, crate::tokenize::TokenKind::Currency) && !v.glued(i + 1),
                    "{at}"
                );
            }
        }
        assert!(alone > 500, "{alone}");
        let text = "Prices rose in the mid-1990s and pre-2008, early in the 1990s.";
        let tokens = crate::tokenize::tokenize(text);
        let facts = TokenFacts::new(text, &tokens);
        let v = View::with_facts(text, &tokens, &facts);
        for hyphened in ["mid-1990s", "pre-2008"] {
            let i = (0..v.len()).find(|&k| v.raw(k) == hyphened).unwrap();
            assert!(could_start(&v, i), "{hyphened}");
        }
    }

    /// A rank word in lower case ("no one", "no more", "nos") is turned away by the
    /// prefilter; no rule reads anything at it, on text dense with rank words in three cases
    /// before digits, number words and plain words; capitalised, it still starts a rank.
    #[test]
    fn no_rule_starts_at_a_lower_case_rank_word() {
        let near = [
            "no", "No", "NO", "nos", "Nos", "no.", "No.", "number", "#", "1", "10", "3.5", "one",
            "two", "hundred", "more", "of", "the", "$", "-", ",", "fly", "May",
        ];
        let mut lower = 0;
        for k in 0..4u64 {
            let gaps = crate::test_text::draw(k + 500, 2500, &[" ", " ", "", "-", ". "]);
            let text: String = crate::test_text::draw(k + 400, 2500, &near)
                .zip(gaps)
                .flat_map(|(w, g)| [w, g])
                .collect();
            let mut tokens = crate::tokenize::tokenize(&text);
            let sentences = crate::sentences::split(&text, &mut tokens);
            let facts = TokenFacts::with_sentences(&text, &tokens, &sentences);
            let v = View::with_facts(&text, &tokens, &facts);
            for i in 0..v.len() {
                let low = v.low(i);
                let head = low.split('-').next().unwrap_or(low);
                if !v.is_word(i) || v.capitalized(i) || !matches!(head, "no" | "nos" | "no.") {
                    continue;
                }
                lower += 1;
                let at = format!("{:?} at {i} in {text:?}", v.raw(i));
                assert_nothing_starts_at(&v, i, &at);
            }
        }
        assert!(lower > 500, "{lower}");
        let text = "He was No 1 and No. 10, number 4, with no more than # 5.";
        let mut tokens = crate::tokenize::tokenize(text);
        let sentences = crate::sentences::split(text, &mut tokens);
        let facts = TokenFacts::with_sentences(text, &tokens, &sentences);
        let v = View::with_facts(text, &tokens, &facts);
        // "No 1", "No. 10" (one token or "No" and "."), "number 4".
        let starts: Vec<&str> = (0..v.len())
            .filter(|&j| matches!(v.raw(j), "No" | "No." | "number"))
            .inspect(|&j| assert!(could_start(&v, j), "{:?}", v.raw(j)))
            .map(|j| v.raw(j))
            .collect();
        assert_eq!(starts.len(), 3, "{starts:?}");
        let i = (0..v.len()).find(|&j| v.raw(j) == "no").unwrap();
        assert!(!could_start(&v, i));
        let ranks = extract_plain(text, &tokens, &facts)
            .iter()
            .filter(|n| n.kind == NumberKind::Ordinal)
            .count();
        assert!(ranks >= 3, "{ranks}");
    }
}
