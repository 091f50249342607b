//! Reading one numeric expression at a token: the figure, then what is glued or written
//! after it, then a second figure when the two make a range.
//!
//! An expression is built outward from its core, left to right:
//!
//! ```text
//!   [minus] [currency] core [scale] [currency name | unit] [rate]    ["-"/"to"/"and" expression]
//!    minus     $        14  billion                                   between £20 and £30m
//!                       605,000                                       3 to 4 thousand
//!                       1.9  million  barrels        a day
//! ```
//!
//! The core is digits (one token, possibly with a shape that makes it a range, score, time,
//! date or fraction: `5-10`, `2-1`, `3:30`, `12/05/2004`, `1/2`), a spelled-out number, a
//! hyphenated compound (`37-year-old`, `180-degree`, `5,000-strong`), digits glued to a
//! unit (`8pc`, `50p`), or `a`/`an` counting one time unit (`an hour`). The kind follows
//! from what the core collected: a currency makes money, a unit a quantity or duration,
//! `%` a percent; a bare four-digit figure in year range is a year unless it counts a
//! plural noun.

use super::dates;
use super::lexicons::{
    context_is, trap_is, vulgar_fraction, ContextClass, TrapClass, UnitClass, UNITS,
};
use super::traps;
use super::units;
use super::value::{self, Decimal};
use super::view::View;
use super::words::{self, SpelledKind};
use super::NumberKind;
use crate::facts::{strip_ordinal_suffix, NumberShape};
use crate::span::Span;
use crate::tokenize::TokenKind;
use std::sync::LazyLock;

/// Lowercase words that can begin a figure or a date: number words, months, sign and rank
/// words, currency codes, "a"/"an", and the prefixes of "mid-1990s".
pub(super) static STARTERS: LazyLock<super::lexicons::HashSet<String>> = LazyLock::new(|| {
    let words = &*super::lexicons::NUMBER_WORDS;
    let mut set: super::lexicons::HashSet<String> = words
        .cardinal
        .keys()
        .chain(words.ordinal.keys())
        .chain(words.fraction.keys())
        .cloned()
        .collect();
    set.extend(super::lexicons::MONTHS.keys().cloned());
    set.extend(
        super::lexicons::CURRENCIES
            .exact
            .keys()
            .map(|k| k.to_lowercase()),
    );
    set.extend(
        super::lexicons::CONTEXT
            .words_in(ContextClass::Starter)
            .map(str::to_string),
    );
    set
});

/// A cheap test that token `i` may begin a figure, run before any rule.
pub fn could_start(v: &View, i: usize) -> bool {
    match v.kind(i) {
        Some(TokenKind::Number | TokenKind::Currency) => true,
        Some(TokenKind::Word | TokenKind::Symbol | TokenKind::Punct) => {
            let low = v.low(i);
            let hyphen = low.as_bytes().iter().position(|&b| b == b'-');
            text_may_start(v, i, low, hyphen)
        }
        _ => false,
    }
}

/// [`could_start`] for a word, symbol or punctuation token `i` whose lowercase form `low`
/// (first hyphen at byte `hyphen`) the caller has read already.
#[inline]
pub fn text_may_start(v: &View, i: usize, low: &str, hyphen: Option<usize>) -> bool {
    let Some(&byte) = low.as_bytes().first() else {
        return false;
    };
    // A byte test first: a vulgar fraction is never ASCII, so most words skip the decoding.
    if byte.is_ascii_digit()
        || !byte.is_ascii() && low.chars().next().and_then(vulgar_fraction).is_some()
    {
        return true;
    }
    let head = hyphen.map_or(low, |k| &low[..k]);
    if !(STARTER_SHAPES.may_hold(head) && STARTERS_PACKED.contains(head)) {
        // "mid-1990s", "pre-2008": a period prefix starts a figure hyphened to it only
        // (`word_core` reads it in `hyphen_compound`); alone, no rule starts at it.
        return hyphen.is_some() && context_is(head, ContextClass::PeriodPrefix);
    }
    // "No 1", "No. 10": a rank word other than "number" and "#" starts a figure capitalised
    // only (`single`'s rank); in lower case ("no one", "no more") no rule starts at it.
    if byte == b'n' && head.len() <= 4 && !v.capitalized(i) && RANK_WORDS.contains(head) {
        return false;
    }
    !matches!(head, "a" | "an") || article_may_start(v, i)
}

/// The `ordinal_no` words that are starters for the rank only ("no", "nos", "no.": not
/// "number" or "#", which start a rank in lower case, and no number word, month or currency
/// code): [`text_may_start`] passes them capitalised only.
static RANK_WORDS: LazyLock<super::lexicons::HashSet<String>> = LazyLock::new(|| {
    let words = &*super::lexicons::NUMBER_WORDS;
    let other = |w: &str| {
        words.cardinal.contains_key(w)
            || words.ordinal.contains_key(w)
            || words.fraction.contains_key(w)
            || super::lexicons::MONTHS.contains_key(w)
            || super::lexicons::CURRENCIES
                .exact
                .keys()
                .any(|k| k.to_lowercase() == w)
    };
    super::lexicons::CONTEXT
        .words_in(ContextClass::OrdinalNo)
        .filter(|w| !matches!(*w, "number" | "#") && !other(w))
        .map(str::to_string)
        .collect()
});

/// [`STARTERS`] as a [`crate::lexicon::PackedMap`], for the per-token test of [`could_start`].
static STARTERS_PACKED: LazyLock<crate::lexicon::PackedMap<()>> =
    LazyLock::new(|| crate::lexicon::PackedMap::set(STARTERS.iter().map(String::as_str)));

/// The shapes of [`STARTERS`]: most words are turned away before the set is hashed.
static STARTER_SHAPES: LazyLock<super::lexicons::Shapes> =
    LazyLock::new(|| super::lexicons::Shapes::of(STARTERS.iter().map(String::as_str)));

/// What the number stage's first per-token test reads (`numbers::cannot_start_alone`),
/// made once: the starters and vague plurals by their folded bytes, and the one-byte marks
/// that start nothing.
pub struct FirstTest {
    /// [`STARTERS`] and the vague plurals (`rules::word_may_start`) in any ASCII case, read
    /// from a token's bytes as written.
    pub words: super::lexicons::FoldedWords,
    /// Bit `b` set: a punctuation or symbol token whose lowercase form is the one ASCII byte
    /// `b` cannot start a figure (`could_start` is false): `b` is no digit or letter, and
    /// [`text_may_start`]'s head of it (nothing before a hyphen) is not a starter.
    marks: u128,
}

impl FirstTest {
    fn new() -> Self {
        let vague = super::lexicons::CONTEXT.words_in(ContextClass::Vague);
        let words =
            super::lexicons::FoldedWords::of(STARTERS.iter().map(String::as_str).chain(vague));
        let mut marks = 0u128;
        for b in 0u8..128 {
            if b.is_ascii_alphanumeric() {
                continue;
            }
            let form = [b];
            let Ok(low) = std::str::from_utf8(&form) else {
                continue;
            };
            let head = if b == b'-' { "" } else { low };
            if !STARTERS.contains(head) {
                marks |= 1u128 << b;
            }
        }
        FirstTest { words, marks }
    }

    /// True when a punctuation or symbol token whose lowercase form is `form` cannot start
    /// a figure; false (ask the general test) for any other form.
    #[inline]
    pub fn mark_cannot_start(&self, form: &[u8]) -> bool {
        match form {
            [b] if *b < 128 => self.marks & (1u128 << *b) != 0,
            _ => false,
        }
    }
}

static FIRST_TEST: LazyLock<FirstTest> = LazyLock::new(FirstTest::new);

/// [`FirstTest`], read once per document by the caller.
pub fn first_test() -> &'static FirstTest {
    &FIRST_TEST
}

/// The first words of what a figure starting with "a"/"an" goes on with: number words,
/// scales, units and currency names ("a million", "a third", "an hour", "a dollar").
static ARTICLE_FOLLOWERS: LazyLock<super::lexicons::HashSet<String>> = LazyLock::new(|| {
    use super::lexicons::{CURRENCIES, NUMBER_WORDS, SCALES};
    let w = &*NUMBER_WORDS;
    let words = w
        .cardinal
        .keys()
        .chain(w.ordinal.keys())
        .chain(w.fraction.keys());
    let more = SCALES
        .0
        .keys()
        .chain(UNITS.folded.keys())
        .chain(UNITS.exact.keys());
    let head = |s: &String| {
        let first = s.split(' ').next().unwrap_or("").to_lowercase();
        first
            .split(['-', '‐', '‑'])
            .next()
            .unwrap_or("")
            .to_string()
    };
    words
        .chain(more)
        .chain(CURRENCIES.words.keys())
        .map(head)
        .collect()
});
static ARTICLE_FOLLOWER_SHAPES: LazyLock<super::lexicons::Shapes> =
    LazyLock::new(|| super::lexicons::Shapes::of(ARTICLE_FOLLOWERS.iter().map(String::as_str)));

/// "a"/"an" starts a figure only before a number word, scale, unit or currency name, or
/// before something that is not a word; "a man", "a new" are turned away here, at once.
fn article_may_start(v: &View, i: usize) -> bool {
    if !v.is_word(i + 1) {
        return true;
    }
    let next = v.low(i + 1);
    let head = next.split(['-', '‐', '‑']).next().unwrap_or(next);
    ARTICLE_FOLLOWER_SHAPES.may_hold(head) && ARTICLE_FOLLOWERS.contains(head)
}

/// How to find the counted noun once the expression is complete.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum NounRule {
    /// By kind: the head noun after the expression, or its "of" phrase.
    ByKind,
    /// The noun right after a hyphenated modifier ("37-year-old US citizen").
    Attributive,
    /// No noun.
    Never,
    /// A noun found while reading the expression ("homes" in "140,000 new homes a year").
    At(usize),
}

/// One expression, in token indices, before the context (qualifier, noun, verb) is added.
#[derive(Clone, Debug)]
pub struct Expr {
    pub start: usize,
    pub end: usize,
    /// A byte span narrower than the tokens, for part of a hyphenated token ("second-largest").
    pub span: Option<Span>,
    pub value: Option<f64>,
    pub kind: NumberKind,
    pub unit: Option<String>,
    pub low: Option<f64>,
    pub high: Option<f64>,
    pub noun: NounRule,
    /// The figure before its scale word ("30" in "£30m"), for carrying a scale across a range.
    pub raw: f64,
    pub scale: Option<i32>,
    /// Approximate by its wording, not by a qualifier ("dozens of").
    pub approx: bool,
    /// A calendar date in ISO 8601 form, as precise as the text.
    pub date: Option<String>,
}

impl Expr {
    pub(super) fn new(start: usize, end: usize, value: f64, kind: NumberKind) -> Self {
        Expr {
            start,
            end,
            span: None,
            value: Some(value),
            kind,
            unit: None,
            low: None,
            high: None,
            noun: NounRule::ByKind,
            raw: value,
            scale: None,
            approx: false,
            date: None,
        }
    }

    fn with_unit(mut self, unit: Option<String>) -> Self {
        self.unit = unit;
        self
    }
}

/// The expression at token `i`, with a following range partner when there is one.
pub fn expression(v: &View, i: usize) -> Option<Expr> {
    let first = single(v, i)?;
    if let Some(r) = ratio_from(v, &first) {
        return Some(r);
    }
    Some(range_from(v, first.clone()).unwrap_or(first))
}

/// "one in ten", "3 in 5 people": a proportion, kept as a fraction.
fn ratio_from(v: &View, first: &Expr) -> Option<Expr> {
    // "one in ten", "six out of 20"
    let connector_len = match (v.low(first.end), v.low(first.end + 1)) {
        ("in", _) => 1,
        ("out", "of") => 2,
        _ => return None,
    };
    if first.kind != NumberKind::Cardinal || !v.same_sentence(first.end, first.end + connector_len)
    {
        return None;
    }
    let second = single(v, first.end + connector_len)?;
    let (a, b) = (first.value?, second.value?);
    if second.kind != NumberKind::Cardinal || !(a > 0.0 && b > a && b <= 1000.0) {
        return None;
    }
    Some(Expr::new(
        first.start,
        second.end,
        a / b,
        NumberKind::Fraction,
    ))
}

/// "between £20 and £30m", "10 to 20", "£20-£30m", "three to four thousand", "from 5 to 7":
/// joins `first` with the figure after a range connector. A change written as a range
/// ("rose from 40 to 55") stays two figures.
fn range_from(v: &View, first: Expr) -> Option<Expr> {
    if matches!(
        first.kind,
        NumberKind::Date | NumberKind::Time | NumberKind::Score | NumberKind::Range
    ) {
        return None;
    }
    let RangeCue {
        lead,
        before,
        between,
        from,
        dash,
        or,
        to,
    } = range_cue(v, &first)?;
    let j = first.end;
    let change_before = |upto: usize| {
        (upto.saturating_sub(3)..upto)
            .any(|k| v.same_sentence(k, first.start) && context_is(v.low(k), ContextClass::Change))
    };
    if from && change_before(lead.saturating_sub(1)) {
        return None;
    }
    // "closed up $2.80 to $51.15", "adding $1.89 to $48.62": a change and a level.
    // "dropped by 1 to 1.5 degrees": after "by", a first figure written without its unit
    // shares the second's and the two bound the change; "by $4bn to $40bn" is a change and
    // a level.
    let by_bare = before == "by" && first.unit.is_none();
    if to && !from && !between && !by_bare && change_before(lead) {
        return None;
    }
    let second = single(v, j + 1)?;
    if matches!(
        second.kind,
        NumberKind::Date | NumberKind::Time | NumberKind::Score | NumberKind::Ordinal
    ) || first.kind == NumberKind::Ordinal
    {
        return None;
    }
    let (lo, hi) = range_bounds(&first, &second, from, between, dash, or)?;
    let unit = second.unit.clone().or(first.unit.clone());
    let mut r =
        Expr::new(first.start, second.end, midpoint(lo, hi), NumberKind::Range).with_unit(unit);
    if second.kind == NumberKind::Age || first.kind == NumberKind::Age {
        r.noun = NounRule::Never;
    }
    r.low = Some(lo);
    r.high = Some(hi);
    Some(r)
}

/// The words around a figure that may open a range: what stands before it (past a
/// qualifier) and the connector after it.
struct RangeCue<'a> {
    /// Where the figure's qualifier starts, else the figure.
    lead: usize,
    /// The word before `lead` in its sentence, else "".
    before: &'a str,
    between: bool,
    from: bool,
    dash: bool,
    /// "four or five years", "10 or 15%": an approximate span, read as a range.
    or: bool,
    to: bool,
}

/// The range connector after `first`, with "from"/"between" before it; `None` when no
/// connector joins it to a next figure in its sentence.
fn range_cue<'a>(v: &'a View, first: &Expr) -> Option<RangeCue<'a>> {
    let j = first.end;
    if !v.same_sentence(first.start, j + 1) {
        return None;
    }
    // "from about $350 to $680": look past a qualifier for "from" and "between".
    let lead = super::context::qualifier_before(v, first.start).map_or(first.start, |q| q.0);
    let before = if lead > 0 && v.same_sentence(lead - 1, first.start) {
        v.low(lead - 1)
    } else {
        ""
    };
    let between = before == "between"
        || (first.start >= 2
            && v.low(first.start - 2) == "between"
            && v.low(first.start - 1).is_empty());
    let from = before == "from";
    let connector = v.low(j);
    let dash = v.norm(j) == "-" && v.is(j, TokenKind::Punct);
    // "four or five years", "10 or 15%": an approximate span, read as a range.
    let or = connector == "or" && !from && !between;
    let to = context_is(connector, ContextClass::SpanTo);
    let ok = dash || to || (connector == "and" && between) || or;
    if !ok {
        return None;
    }
    Some(RangeCue {
        lead,
        before,
        between,
        from,
        dash,
        or,
        to,
    })
}

/// The bounds of a range from `first` to `second`: units must agree, a bare first figure
/// borrows the second's scale, a stated span may run downwards; `None` when the two do not
/// make a range.
fn range_bounds(
    first: &Expr,
    second: &Expr,
    from: bool,
    between: bool,
    dash: bool,
    or: bool,
) -> Option<(f64, f64)> {
    let (Some(mut lo), Some(mut hi)) = (first.value, second.value) else {
        return None;
    };
    // Units must agree; a bare first figure borrows the second's unit and scale.
    // "between $62 and $68 per share": the rate written once after the second figure is
    // the first figure's too.
    let rate_of_first = match (&first.unit, &second.unit) {
        (Some(a), Some(b)) => b
            .strip_prefix(a.as_str())
            .is_some_and(|r| r.starts_with(" per ")),
        _ => false,
    };
    if first.unit.is_some() && second.unit.is_some() && first.unit != second.unit && !rate_of_first
    {
        return None;
    }
    if first.scale.is_none()
        && second.scale.is_some()
        && first.raw <= second.raw
        && first.kind != NumberKind::Year
    {
        lo = value::scale(first.raw, second.scale.unwrap_or(0));
    }
    let loose = !(from || between || dash);
    // "ranged from -18 °C to -34 °C": a stated span may run downwards.
    if (from || between) && lo > hi {
        std::mem::swap(&mut lo, &mut hi);
    }
    if or
        && (first.kind == NumberKind::Year
            || second.kind == NumberKind::Year
            || first.unit.is_some())
    {
        return None;
    }
    if lo > hi
        || (loose
            && (lo >= hi
                || first.unit.is_some() && second.unit.is_none()
                || lo > 0.0 && hi / lo > 10.0))
    {
        return None;
    }
    Some((lo, hi))
}

/// The value of a range: the midpoint of its bounds, the usual point estimate of a range
/// (and what quantulum3 reports).
fn midpoint(lo: f64, hi: f64) -> f64 {
    lo + (hi - lo) / 2.0
}

/// What the tokens after a core figure add to it.
struct Post {
    end: usize,
    kind: Option<NumberKind>,
    unit: Option<String>,
    power: i32,
    /// "pence", "cents": the value is a hundredth of the currency unit.
    minor: bool,
    /// The counted noun inside a rate ("20 points per game").
    noun: Option<usize>,
}

/// Reads scale, currency name, unit and rate after a figure whose core ends at `j`.
fn post_modifiers(
    v: &View,
    j: usize,
    currency: Option<String>,
    digits: bool,
    integer: bool,
) -> Post {
    let (j, power) = scale_of(v, j, currency.is_some(), digits, integer);
    let mut post = Post {
        end: j,
        kind: None,
        unit: None,
        power,
        minor: false,
        noun: None,
    };
    unit_of(v, &mut post, currency, digits, integer);
    rate_of(v, &mut post);
    post
}

/// The scale words after a figure whose core ends at `j` ("5 million", "1.5 lakh crore"):
/// the end past them and their power of ten.
fn scale_of(v: &View, j: usize, currency: bool, digits: bool, integer: bool) -> (usize, i32) {
    let mut j = j;
    let mut power = 0;
    if digits {
        if let Some(s) = units::scale_after(v, j, currency, integer) {
            power = s.power;
            j += 1;
            if let Some(t) = units::stacked_scale(v, j) {
                power += t.power;
                j += 1;
            }
        }
    }
    (j, power)
}

/// The currency (given before the figure, a sign or name after it) or the unit after the
/// scale, with the kind it makes; writes them into `post`.
fn unit_of(v: &View, post: &mut Post, currency: Option<String>, digits: bool, integer: bool) {
    let (j, power) = (post.end, post.power);
    if let Some(code) = currency {
        post.kind = Some(NumberKind::Money);
        post.unit = Some(code);
    } else if let Some(code) = units::currency_before(v, j).filter(|_| {
        // "15€", "20 €": a sign written after the amount, not one opening the next amount.
        v.is(j, TokenKind::Currency)
            && (v.glued(j) || !v.is(j + 1, TokenKind::Number) && v.same_sentence(j - 1, j))
    }) {
        post.kind = Some(NumberKind::Money);
        post.unit = Some(code);
        post.end = j + 1;
    } else if let Some((code, minor, e)) =
        units::currency_after(v, j).filter(|_| v.same_sentence(j.saturating_sub(1), j))
    {
        post.kind = Some(NumberKind::Money);
        post.unit = Some(code);
        post.minor = minor;
        post.end = e;
        // "75 USD million", "40 EUR billion": a scale word written after the code.
        if let Some(s) = units::scale_after(v, e, true, integer).filter(|_| digits && power == 0) {
            post.power = s.power;
            post.end = e + 1;
        }
    } else if digits && power == 0 && units::is_metres(v, j, false, integer) {
        post.kind = Some(NumberKind::Quantity);
        post.unit = Some("metre".to_string());
        post.end = j + 1;
    } else if let Some((u, e)) =
        units::unit_after(v, j).filter(|_| v.same_sentence(j.saturating_sub(1), j))
    {
        post.end = e;
        post.unit = Some(u.lemma.clone());
        post.kind = Some(match u.class {
            UnitClass::Percent => NumberKind::Percent,
            UnitClass::Points => NumberKind::Points,
            UnitClass::Speed => NumberKind::Rate,
            UnitClass::Measure => NumberKind::Quantity,
            UnitClass::Time => {
                if v.low(e) == "old" && v.same_sentence(e - 1, e) {
                    post.end = e + 1;
                    NumberKind::Age
                } else {
                    NumberKind::Duration
                }
            }
        });
    }
}

/// Rates: the denominator after a money, quantity or percent ("£5 an hour"), or a counted
/// noun and its denominator after a bare figure ("20 points per game"); writes into `post`.
fn rate_of(v: &View, post: &mut Post) {
    // Rates: "barrels a day", "£5 an hour", "5% a year", "$40,000 per capita".
    if matches!(
        post.kind,
        Some(NumberKind::Money | NumberKind::Quantity | NumberKind::Percent)
    ) {
        if let Some((den, e)) = units::rate_after(v, post.end) {
            post.kind = Some(NumberKind::Rate);
            post.unit = Some(format!(
                "{} per {}",
                post.unit.as_deref().unwrap_or(""),
                den
            ));
            post.end = e;
        }
    } else if post.kind.is_none()
        && v.lowercase_word(post.end)
        && !context_is(v.low(post.end), ContextClass::Stop)
    {
        // "20 points per game", "140,000 new homes a year": a counted noun and its denominator.
        if let Some(noun) = super::context::head_noun(v, post.end).filter(|&n| n < post.end + 3) {
            if let Some((den, e)) = units::rate_after(v, noun + 1) {
                post.kind = Some(NumberKind::Rate);
                post.unit = Some(format!("{} per {}", singular(v.low(noun)), den));
                post.end = e;
                post.noun = Some(noun);
            }
        }
    }
}

/// The singular of a regular plural noun, for unit lemmas ("points" → "point"); irregular
/// and uncountable nouns are kept as written.
pub(super) fn singular(word: &str) -> String {
    if context_is(word, ContextClass::Plural) || word.ends_with("ss") || word.len() < 3 {
        return word.to_string();
    }
    // "radius", "bonus", "census": a word in "-us" is singular unless listed ("menus").
    if word.ends_with("us") && !context_is(word, ContextClass::UsPlural) {
        return word.to_string();
    }
    if let Some(stem) = word.strip_suffix("ies") {
        return format!("{stem}y");
    }
    // "bosses", "losses" → "boss", "loss"; listed "-es" plurals: "viruses" → "virus".
    if word.ends_with("sses") || context_is(word, ContextClass::EsPlural) {
        return word[..word.len() - 2].to_string();
    }
    if let Some(stem) = word
        .strip_suffix("ches")
        .or_else(|| word.strip_suffix("shes"))
        .or_else(|| word.strip_suffix("xes"))
    {
        return format!("{stem}{}", &word[stem.len()..word.len() - 2]);
    }
    word.strip_suffix('s').unwrap_or(word).to_string()
}

/// A clock time after a figure: "3pm", "3 p.m.", "11am GMT". Returns the 24-hour value.
fn clock_after(v: &View, j: usize, hour: f64) -> Option<(f64, usize)> {
    let marker = v.low(j).replace('.', "");
    if !matches!(marker.as_str(), "am" | "pm")
        || !(0.0..13.0).contains(&hour)
        || !v.same_sentence(j - 1, j)
    {
        return None;
    }
    let h = hour % 12.0 + if marker == "pm" { 12.0 } else { 0.0 };
    let mut end = j + 1;
    if dates::is_timezone(v, end) {
        end += 1;
    }
    Some((h, end))
}

/// True when the sentence holding token `i` talks about a match ("won 2-1").
fn sports_context(v: &View, i: usize) -> bool {
    let (s, e) = v.sentence_of(i);
    (s..e).any(|k| context_is(v.low(k), ContextClass::Score))
}

/// A single figure at token `i` (no range joining).
pub fn single(v: &View, i: usize) -> Option<Expr> {
    let mut j = i;
    let mut negative = false;
    // "minus 40", "minus three million": a sign word before digits, a currency or words.
    if context_is(v.low(j), ContextClass::Sign)
        && (v.is(j + 1, TokenKind::Number)
            || units::currency_before(v, j + 1).is_some()
            || v.is_word(j + 1) && words::parse(v, j + 1).is_some())
        && v.same_sentence(j, j + 1)
    {
        negative = true;
        j += 1;
    }
    let mut currency = None;
    if let Some(code) = units::currency_before(v, j) {
        if v.is_word(j + 1) && v.glued(j + 1) {
            return scaled_word_money(v, i, j + 1, code);
        }
        if !(v.is(j + 1, TokenKind::Number) && v.same_sentence(j, j + 1)) {
            return None;
        }
        currency = Some(code);
        j += 1;
    }
    // "No 1", "No. 10", "number one": a rank.
    let rank = currency.is_none()
        && context_is(v.low(j), ContextClass::OrdinalNo)
        && (v.capitalized(j) || v.low(j) == "number" || v.raw(j) == "#")
        && v.same_sentence(j, j + 1)
        && (v.is(j + 1, TokenKind::Number) && v.norm(j + 1).bytes().all(|b| b.is_ascii_digit())
            || words::parse(v, j + 1)
                .is_some_and(|s| s.kind == SpelledKind::Cardinal && s.value < 1000.0));
    if rank {
        let (value, end) = if v.is(j + 1, TokenKind::Number) {
            (v.norm(j + 1).parse::<f64>().ok()?, j + 2)
        } else {
            let s = words::parse(v, j + 1)?;
            (s.value, s.end)
        };
        return Some(Expr::new(i, end, value, NumberKind::Ordinal));
    }
    let mut expr = if v.is(j, TokenKind::Number) {
        digits_core(v, i, j, currency)?
    } else if v.is_word(j) && currency.is_none() {
        word_core(v, i, j)?
    } else {
        return None;
    };
    if negative {
        expr.value = expr.value.map(|x| -x);
        expr.raw = -expr.raw;
        std::mem::swap(&mut expr.low, &mut expr.high);
        expr.low = expr.low.map(|x| -x);
        expr.high = expr.high.map(|x| -x);
    }
    Some(expr)
}

/// "10 000 dollars", "1 234 567.89": the groups of three digits that follow token `end - 1`
/// after one separating space, as SI style separates thousands, added to `dec` (the last group
/// may carry decimals); returns the token after the last group.
fn spaced_thousands(v: &View, mut end: usize, dec: &mut Decimal) -> usize {
    while let Some(g) = thousands_gap(v, end) {
        let norm = v.norm(g);
        let (whole, decimals) = norm.split_once('.').unwrap_or((norm, ""));
        if whole.len() != 3 || !norm.bytes().all(|b| b.is_ascii_digit() || b == b'.') {
            break;
        }
        let Some(group) = Decimal::parse(norm).filter(|g| !g.negative) else {
            break;
        };
        let shift = 10u64.checked_pow(3 + decimals.len() as u32);
        let Some(m) = shift
            .and_then(|s| dec.mantissa.checked_mul(s))
            .and_then(|m| m.checked_add(group.mantissa))
        else {
            break;
        };
        dec.mantissa = m;
        dec.exponent = group.exponent;
        end = g + 1;
        if !decimals.is_empty() {
            break;
        }
    }
    end
}

/// `thin_space_thousands`: the gap after the figure that ends before token `end` is one space
/// that may separate thousands: an ASCII space, a no-break space (U+00A0), a thin space
/// (U+2009) or a narrow no-break space (U+202F, the SI and French typesetting separator), or
/// one of those written as an HTML reference ("10&nbsp;000", "1&#160;234"). The number token
/// of the group after it, if so.
fn thousands_gap(v: &View, end: usize) -> Option<usize> {
    let before = v.span(end - 1).end();
    let start = |k: usize| v.tokens.get(k).map(|t| t.span.start());
    let gap = v.text.get(before..start(end)?).unwrap_or("");
    let spaced = v.tokens[end].ws_before == crate::tokenize::Whitespace::Space
        && matches!(gap, " " | "\u{A0}" | "\u{2009}" | "\u{202F}");
    if spaced {
        return v.is(end, TokenKind::Number).then_some(end);
    }
    // "10&nbsp;000": the reference is glued to both figures, a few tokens long.
    let rest = v.text.get(before..)?.strip_prefix('&')?;
    let after = before + 1 + crate::quotes::escaped::thousands_space_reference(rest)?;
    (end..end + 6)
        .find(|&k| start(k) == Some(after))
        .filter(|&k| v.is(k, TokenKind::Number) && v.same_sentence(end - 1, k))
}

/// "3½", "3 1/2": a fraction after the figure that ends before token `end` (`j`: the figure's
/// token); its value (0 when none) and the token after it.
fn fraction_after(v: &View, j: usize, end: usize, integer: bool) -> (f64, usize) {
    if let Some(f) = v
        .raw(end)
        .chars()
        .next()
        .filter(|_| v.glued(end) && v.raw(end).chars().count() == 1)
        .and_then(vulgar_fraction)
    {
        return (f, end + 1);
    }
    if integer && v.is(end, TokenKind::Number) && !v.glued(end) && v.same_sentence(j, end) {
        if let Some(&NumberShape::Fraction(f)) = v.number_shape(end) {
            return (f, end + 1);
        }
    }
    (0.0, end)
}

/// A figure whose core is a number token at `j` (`i` is where the expression started).
fn digits_core(v: &View, i: usize, j: usize, currency: Option<String>) -> Option<Expr> {
    let raw = v.norm(j);
    if v.number_shape(j) != Some(&NumberShape::Plain) {
        return shaped_core(v, i, j, currency);
    }
    let mut dec = Decimal::parse(raw)?;
    let mut end = j + 1;
    if raw.len() <= 3 && dec.is_integer() && !raw.starts_with('0') {
        end = spaced_thousands(v, end, &mut dec);
    }
    let integer = dec.is_integer() && !raw.contains(',') && end == j + 1;
    let (extra, end) = fraction_after(v, j, end, integer);
    if let Some((h, e)) = clock_after(v, end, dec.value()).filter(|_| integer && currency.is_none())
    {
        return Some(Expr::new(i, e, h, NumberKind::Time).with_unit(None));
    }
    // "1600 GMT": a 24-hour clock time.
    if integer && raw.len() == 4 && dates::is_timezone(v, end) && currency.is_none() {
        let (h, m) = (dec.mantissa / 100, dec.mantissa % 100);
        if h < 24 && m < 60 {
            return Some(Expr::new(
                i,
                end + 1,
                h as f64 + m as f64 / 60.0,
                NumberKind::Time,
            ));
        }
    }
    let post = post_modifiers(v, end, currency.clone(), true, integer && extra == 0.0);
    // "4K": letters glued to the digits that are neither scale nor unit make a code.
    if post.end == end
        && currency.is_none()
        && v.is_word(end)
        && v.glued(end)
        && v.raw(end).chars().next().is_some_and(char::is_alphabetic)
    {
        return None;
    }
    let mut value = dec.scaled(post.power) + value::scale(extra, post.power);
    if post.minor {
        value /= 100.0;
    }
    let raw_value = dec.value() + extra;
    let kind = match post.kind {
        Some(k) => k,
        None if post.power != 0 => NumberKind::Cardinal,
        None => bare_kind(v, i, j, raw, integer && extra == 0.0, post.end),
    };
    let mut e = Expr::new(i, post.end, value, kind).with_unit(post.unit);
    if kind == NumberKind::Age && e.unit.is_none() {
        e.unit = Some("year".to_string());
    }
    if kind == NumberKind::Age {
        e.noun = NounRule::Never;
    }
    e.raw = raw_value;
    e.scale = (post.power != 0).then_some(post.power);
    if let Some(n) = post.noun {
        e.noun = NounRule::At(n);
    }
    if kind == NumberKind::Year {
        e.noun = NounRule::Never;
    }
    Some(e)
}

/// The kind of a figure with nothing after it: a year, an age in apposition, or a count.
fn bare_kind(v: &View, i: usize, j: usize, raw: &str, integer: bool, after: usize) -> NumberKind {
    let prev = if i > 0 && v.same_sentence(i - 1, i) {
        v.low(i - 1)
    } else {
        ""
    };
    let value: f64 = raw.parse().unwrap_or(-1.0);
    if integer && i == j {
        // "aged 37", "Smith, 65, said", "John Smith (65)"
        let age_of = prev == "of" && i >= 2 && v.low(i - 2) == "age";
        if (context_is(prev, ContextClass::Age) || age_of) && (1.0..=120.0).contains(&value) {
            return NumberKind::Age;
        }
        let apposition = i >= 2
            && (prev == "," && matches!(v.norm(after), "," | ")")
                || prev == "(" && v.norm(after) == ")")
            && v.is_word(i - 2)
            && v.capitalized(i - 2)
            && !context_is(v.low(i - 2), ContextClass::Stop)
            && !context_is(v.low(i - 2), ContextClass::Skip)
            && (1.0..=110.0).contains(&value)
            && v.same_sentence(i - 2, i);
        if apposition {
            return NumberKind::Age;
        }
    }
    if integer && raw.len() == 4 && (1000.0..=2199.0).contains(&value) {
        // "in 2024", "since 1990", "summer 2012": a word that introduces a year.
        let prep = context_is(prev, ContextClass::YearBefore);
        let counts_plural = v.lowercase_word(after) && {
            let low = v.low(after);
            (context_is(low, ContextClass::Plural)
                || low.len() > 3
                    && low.ends_with('s')
                    && !low.ends_with("ss")
                    && !context_is(low, ContextClass::Stop))
                && !context_is(low, ContextClass::YearNoun)
        };
        // News writes counts of a thousand or more with a separator ("1,500 people"), so
        // "the original 1977 scripts" is a year; a count reads as one when a qualifier or a
        // verb introduces it ("about 1500 people", "killed 2000 people") or it opens the sentence.
        let introduced = super::context::qualifier_before(v, i).is_some()
            || super::context::is_verb(prev)
            || v.sentence_initial(i);
        let count = counts_plural && introduced;
        if prep
            || ((1900.0..=2100.0).contains(&value) && !count)
            || (value >= 1900.0 && !counts_plural)
        {
            return NumberKind::Year;
        }
    }
    NumberKind::Cardinal
}

/// A number token with a shape: ordinal (`21st`), decade (`1990s`, `'90s`), range or score
/// (`5-10`, `2-1`, `2004-05`), time (`3:30`), date (`12/05/2004`) or fraction (`1/2`).
fn shaped_core(v: &View, i: usize, j: usize, currency: Option<String>) -> Option<Expr> {
    let shape = v.number_shape(j)?;
    match *shape {
        NumberShape::Decade(year) => {
            let mut e = Expr::new(i, j + 1, f64::from(year?), NumberKind::Year)
                .with_unit(Some("decade".to_string()));
            e.noun = NounRule::Never;
            Some(e)
        }
        NumberShape::Ordinal(n) => ordinal_core(v, i, j, n?),
        NumberShape::Date { year, month_day } => {
            let iso = match month_day {
                Some((m, d)) => dates::iso(Some(year), m, Some(d)),
                None => format!("{year:04}"),
            };
            Some(date_expr(i, j + 1, iso))
        }
        NumberShape::Colon(parts) => colon_core(v, i, j, currency, parts?),
        NumberShape::Fraction(f) => Some(fraction_core(v, i, j, f)),
        NumberShape::YearSpan(y1, y2) => Some(season(i, j, y1, y2)),
        NumberShape::Pair { .. } => {
            let (a, b) = shape.pair_sides(v.norm(j))?;
            pair_core(v, i, j, currency, a, b)
        }
        NumberShape::Plain | NumberShape::Other => None,
    }
}

/// Ordinals: "21st", "3rd"; not inside a name ("20th Century Fox").
fn ordinal_core(v: &View, i: usize, j: usize, n: f64) -> Option<Expr> {
    if v.capitalized(j + 1)
        && v.is_word(j + 1)
        && !v.glued(j + 1)
        && v.same_sentence(j, j + 1)
        && !v.sentence_initial(j)
    {
        return None;
    }
    Some(Expr::new(i, j + 1, n, NumberKind::Ordinal))
}

/// Times and colon scores: "3:30", "3:30pm", "15:00 GMT"; `(h, m, two-digit minutes)`.
fn colon_core(
    v: &View,
    i: usize,
    j: usize,
    currency: Option<String>,
    (hn, mn, two_digits): (u32, u32, bool),
) -> Option<Expr> {
    if two_digits && hn <= 24 && mn < 60 && currency.is_none() {
        let value = f64::from(hn) + f64::from(mn) / 60.0;
        if let Some((h24, e)) = clock_after(v, j + 1, value) {
            return Some(Expr::new(i, e, h24, NumberKind::Time));
        }
        let mut end = j + 1;
        if dates::is_timezone(v, end) {
            end += 1;
        }
        return Some(Expr::new(i, end, value, NumberKind::Time));
    }
    if sports_context(v, j) {
        let mut e = Expr::new(i, j + 1, 0.0, NumberKind::Score);
        e.value = None;
        return Some(e);
    }
    None
}

/// Fractions: "1/2", with a unit of measure or time after it ("1/2 mile").
fn fraction_core(v: &View, i: usize, j: usize, f: f64) -> Expr {
    let mut e = Expr::new(i, j + 1, f, NumberKind::Fraction);
    if let Some((u, end)) = units::unit_after(v, j + 1) {
        if u.class == UnitClass::Measure || u.class == UnitClass::Time {
            e.end = end;
            e.kind = if u.class == UnitClass::Time {
                NumberKind::Duration
            } else {
                NumberKind::Quantity
            };
            e.unit = Some(u.lemma.clone());
        }
    }
    e
}

/// Dash shapes: "5-10", "2-1" (a span of years, "2004-05", is a [`NumberShape::YearSpan`]).
fn pair_core(
    v: &View,
    i: usize,
    j: usize,
    currency: Option<String>,
    a: &str,
    b: &str,
) -> Option<Expr> {
    let (lo, hi) = (Decimal::parse(a)?, Decimal::parse(b)?);
    // "10-12 June (2005)": a span of days ("10-12 june" in a text lower-cased whole).
    if (v.capitalized(j + 1) || v.case_lost())
        && super::lexicons::MONTHS.contains_key(v.low(j + 1))
        && lo.is_integer()
        && hi.is_integer()
        && hi.value() <= 31.0
    {
        let mut end = j + 2;
        let month = super::lexicons::MONTHS
            .get(v.low(j + 1))
            .copied()
            .unwrap_or(1);
        let year = dates::year_at(v, end);
        if year.is_some() {
            end += 1;
        }
        // An ISO interval: "2005-06-10/2005-06-12".
        let day = |d: &Decimal| Some(d.value() as u32);
        let iso = format!(
            "{}/{}",
            dates::iso(year, month, day(&lo)),
            dates::iso(year, month, day(&hi))
        );
        return Some(date_expr(i, end, iso));
    }
    let small = a.len() <= 3 && b.len() <= 3 && lo.is_integer() && hi.is_integer();
    // A score or a vote: a winner's figure first ("voted 8-1"), a tie ("a 4-4 ruling"), a
    // run of set scores ("2-6 6-2 7-6"), or any short pair in a sentence about a match.
    let score_shape = |k: usize| {
        v.is(k, TokenKind::Number)
            && v.same_sentence(j, k)
            && v.norm(k).split_once('-').is_some_and(|(x, y)| {
                x.len() <= 2
                    && y.len() <= 2
                    && !x.is_empty()
                    && x.bytes().chain(y.bytes()).all(|c| c.is_ascii_digit())
            })
    };
    let set_run =
        a.len() <= 2 && b.len() <= 2 && (score_shape(j + 1) || j > 0 && score_shape(j - 1));
    if small
        && currency.is_none()
        && (lo.value() >= hi.value()
            || set_run
            || sports_context(v, j) && a.len() <= 2 && b.len() <= 2)
    {
        let mut e = Expr::new(i, j + 1, 0.0, NumberKind::Score);
        e.value = None;
        e.noun = NounRule::Never;
        return Some(e);
    }
    let post = post_modifiers(v, j + 1, currency, true, false);
    let mut l = lo.scaled(post.power);
    let mut h = hi.scaled(post.power);
    if post.minor {
        l /= 100.0;
        h /= 100.0;
    }
    if l > h {
        return None;
    }
    let mut e = Expr::new(i, post.end, midpoint(l, h), NumberKind::Range).with_unit(post.unit);
    e.low = Some(l);
    e.high = Some(h);
    if post.kind == Some(NumberKind::Age) {
        e.noun = NounRule::Never;
    }
    Some(e)
}

/// "2004-05", "2004/05", "1998-2001": a span of years, read by the token facts.
fn season(i: usize, j: usize, y1: u32, y2: u32) -> Expr {
    let mut e = Expr::new(i, j + 1, f64::from(y1), NumberKind::Range);
    e.low = Some(f64::from(y1));
    // A span of years keeps its first year as value: "the 2004-05 season" is 2004.
    e.high = Some(f64::from(y2));
    e.noun = NounRule::Never;
    e
}

/// A figure whose core is a word at `j`: spelled-out numbers, hyphenated compounds, digits
/// glued to a unit, vulgar fractions, and "a"/"an" counting a time unit.
fn word_core(v: &View, i: usize, j: usize) -> Option<Expr> {
    let low = v.low(j);
    // Most words are not numbers: reject them with one lookup before any parsing.
    let head = low.split('-').next().unwrap_or(low);
    let starts_with_digit = low.starts_with(|c: char| c.is_ascii_digit());
    if !(starts_with_digit
        || words::is_number_atom(head)
        || context_is(head, ContextClass::PeriodPrefix)
        || low.chars().next().and_then(vulgar_fraction).is_some())
    {
        return None;
    }
    // "an hour", "a day" (not "twice a day", not "a second referendum").
    if let Some(u) = units::singular_time_unit(v, j + 1).filter(|_| matches!(low, "a" | "an")) {
        if !v.same_sentence(j, j + 1) || j > 0 && context_is(v.low(j - 1), ContextClass::Multiplier)
        {
            return None;
        }
        if u.lemma == "second"
            && !(matches!(v.kind(j + 2), Some(TokenKind::Punct) | None)
                || context_is(v.low(j + 2), ContextClass::AfterSecond))
        {
            return None;
        }
        // "a minute red dot", "a day trip": the unit word modifies what follows.
        if v.lowercase_word(j + 2)
            && v.same_sentence(j, j + 2)
            && super::context::nounish(v, j + 2, true)
            && v.low(j + 2) != "old"
            && !super::context::is_verb(v.low(j + 2))
        {
            return None;
        }
        let mut e = Expr::new(i, j + 2, 1.0, NumberKind::Duration).with_unit(Some(u.lemma.clone()));
        if v.low(j + 2) == "old" {
            e.kind = NumberKind::Age;
            e.end += 1;
        }
        return Some(e);
    }
    // "½"
    if let Some(f) = v
        .raw(j)
        .chars()
        .next()
        .filter(|_| v.raw(j).chars().count() == 1)
        .and_then(vulgar_fraction)
    {
        // "⅓ cup", "½ mile"
        return Some(fraction_with_unit(v, i, j + 1, f));
    }
    if let Some(s) = words::parse(v, j) {
        return spelled_expr(v, i, j, s);
    }
    if low.contains('-') {
        return hyphen_compound(v, i, j);
    }
    if low.starts_with(|c: char| c.is_ascii_digit()) {
        return glued_unit(v, i, j);
    }
    None
}

/// The figure a spelled number `s` read at `i` makes (its last word at `j`): none for a
/// pronoun "one" or a capitalised name; by kind, an ordinal, a fraction or a count.
fn spelled_expr(v: &View, i: usize, j: usize, s: words::Spelled) -> Option<Expr> {
    let single_word = s.end == j + 1;
    if single_word && traps::one_is_not_a_number(v, j) {
        return None;
    }
    // "the Six Nations", "the Jackson Five", "Five to One": mid-sentence, news writes
    // counts in lower case, so a capitalized number word is part of a name.
    if v.capitalized(j)
        && !v.sentence_initial(j)
        && !(j > 0 && matches!(v.norm(j - 1), ":" | "-" | "("))
    {
        return None;
    }
    // "a third term", "the one thousandth visitor": an ordinal after the article before a
    // noun, not a fraction ("a fifth of voters", "one thousandth of a second").
    // "Than a Fifth Grader": a name, as for the ordinal alone.
    let name = v.capitalized(s.end - 1) && !v.sentence_initial(s.end - 1) && v.capitalized(s.end);
    if s.kind == SpelledKind::Fraction && s.article && name && v.same_sentence(i, s.end) {
        return None;
    }
    // After "the", only a scale ordinal: "the one third reduction" is a fraction.
    let scale_ordinal = super::lexicons::NUMBER_WORDS
        .ordinal
        .get(v.low(s.end - 1))
        .is_some_and(|&o| o >= 100);
    let the = i > 0 && v.low(i - 1) == "the" && v.low(i) == "one" && scale_ordinal;
    if s.kind == SpelledKind::Fraction && (s.article || the) && article_ordinal(v, i, s) {
        let ord = *super::lexicons::NUMBER_WORDS
            .ordinal
            .get(v.low(s.end - 1))?;
        let start = if s.article { s.end - 1 } else { i };
        return Some(Expr::new(start, s.end, ord as f64, NumberKind::Ordinal));
    }
    match s.kind {
        SpelledKind::Ordinal => {
            if single_word && traps::ordinal_is_not_a_number(v, j, v.low(j)) {
                return None;
            }
            Some(Expr::new(i, s.end, s.value, NumberKind::Ordinal))
        }
        SpelledKind::Fraction => spelled_fraction(v, i, j, s),
        SpelledKind::Cardinal => spelled_cardinal(v, i, j, s, single_word),
    }
}

/// Rule `article_ordinal`: a fraction word with an ordinal reading after its article ("a
/// fifth", "the one thousandth") is the ordinal before the noun it ranks: a lower-case noun
/// ("a third term"); after "a"/"an", also a word the verb list holds in its base form (a
/// singular "a fifth" takes no base-form verb: "a fifth vote", "a third bid") or a
/// capitalised word mid-sentence ("an eighth Paris firm"). It stays a fraction after a
/// qualifier of amount ("nearly a third say", "less than a third agreed"), before "of" ("a
/// fifth of voters"), a verb ("a third said") or punctuation ("cut by a fifth."), and before
/// a base-form verb that opens its object ("a fifth want tax cuts", "a third support it").
fn article_ordinal(v: &View, i: usize, s: words::Spelled) -> bool {
    let k = s.end;
    if v.low(k) == "of" || !v.is_word(k) || !v.same_sentence(i, k) {
        return false;
    }
    if super::context::qualifier_before(v, i).is_some() {
        return false;
    }
    let base_verb = s.article && base_form_verb(v, k);
    if base_verb && object_follows(v, k + 1) {
        return false;
    }
    if v.lowercase_word(k) && super::context::nounish(v, k, true) {
        return true;
    }
    s.article && (base_verb || v.capitalized(k))
}

/// A lower-case word the verb list holds in its base form: a listed form whose "-s" form is
/// listed too ("vote"/"votes"; not "fell"), and no function word.
fn base_form_verb(v: &View, k: usize) -> bool {
    let low = v.low(k);
    let verbs = &*super::lexicons::VERBS;
    v.lowercase_word(k)
        && !low.ends_with('s')
        && verbs.contains(low)
        && verbs.contains(&format!("{low}s"))
        && !context_is(low, ContextClass::Stop)
}

/// Rule `fraction_takes_object`: after a plural-group fraction's verb ("a fifth want …"),
/// the start of an object or clause: a pronoun, determiner or "that" (listed), or a
/// lower-case noun ("tax cuts"). A clause end, a preposition ("a fifth vote for the bill"),
/// "to" ("a fifth vote to pass it") or a capitalised word ("a third win Sunday") opens none.
fn object_follows(v: &View, k: usize) -> bool {
    if k >= v.len() || !v.is_word(k) || !v.same_sentence(k - 1, k) {
        return false;
    }
    let low = v.low(k);
    context_is(low, ContextClass::ObjectStart)
        || v.lowercase_word(k)
            && !context_is(low, ContextClass::Stop)
            && super::context::nounish(v, k, true)
}

/// A spelled fraction at `i..s.end` ("half", "two thirds"): none after "the"/"first" or
/// glued on; "half an hour" a duration, "a quarter of a million" a scaled count, "half a
/// mile" a quantity.
fn spelled_fraction(v: &View, i: usize, j: usize, s: words::Spelled) -> Option<Expr> {
    if v.low(j) == "half"
        && i > 0
        && (context_is(v.low(i - 1), ContextClass::BeforeHalf) || v.glued(j + 1))
    {
        return None;
    }
    // "half an hour"
    if matches!(v.low(s.end), "a" | "an") {
        if let Some(u) = units::singular_time_unit(v, s.end + 1) {
            return Some(
                Expr::new(i, s.end + 2, s.value, NumberKind::Duration)
                    .with_unit(Some(u.lemma.clone())),
            );
        }
    }
    // "a quarter of a million", "half of a billion"
    if v.low(s.end) == "of" && matches!(v.low(s.end + 1), "a" | "an") {
        if let Some(sc) = super::lexicons::SCALES
            .0
            .get(v.low(s.end + 2))
            .filter(|_| !v.low(s.end + 2).ends_with('s'))
        {
            let mut e = Expr::new(
                i,
                s.end + 3,
                value::scale(s.value, sc.power),
                NumberKind::Cardinal,
            );
            e.scale = Some(sc.power);
            e.raw = s.value;
            return Some(e);
        }
    }
    Some(fraction_with_unit(v, i, s.end, s.value))
}

/// A fraction at `i..end` ("½", "two thirds") with the time or measure unit right after it,
/// if one follows: "⅓ cup" is a quantity, "½ hour" a duration. Vulgar and spelled fractions
/// share it.
fn fraction_with_unit(v: &View, i: usize, end: usize, value: f64) -> Expr {
    let mut e = Expr::new(i, end, value, NumberKind::Fraction);
    if let Some((u, unit_end)) = units::unit_after(v, end)
        .filter(|(u, _)| matches!(u.class, UnitClass::Measure | UnitClass::Time))
    {
        e.kind = if u.class == UnitClass::Time {
            NumberKind::Duration
        } else {
            NumberKind::Quantity
        };
        e.unit = Some(u.lemma.clone());
        e.end = unit_end;
    }
    e
}

/// A spelled count at `i..s.end` with what follows it ("two seconds", "five years old",
/// "three o'clock").
fn spelled_cardinal(
    v: &View,
    i: usize,
    j: usize,
    s: words::Spelled,
    single_word: bool,
) -> Option<Expr> {
    // "second" after a spelled count is the unit ("two seconds" handled by units).
    let post = post_modifiers(v, s.end, None, false, false);
    let mut value = s.value;
    if post.minor {
        value /= 100.0;
    }
    let kind = post.kind.unwrap_or(NumberKind::Cardinal);
    let mut e = Expr::new(i, post.end, value, kind).with_unit(post.unit);
    e.scale = s.scale;
    e.raw = s.scale.map_or(s.value, |p| value::scale(s.value, -p));
    if kind == NumberKind::Age {
        e.noun = NounRule::Never;
    }
    if matches!(kind, NumberKind::Cardinal) && single_word && v.low(j + 1) == "o'clock" {
        return Some(Expr::new(i, j + 2, s.value, NumberKind::Time));
    }
    Some(e)
}

/// The byte length of the first part of a hyphenated token.
fn first_part_len(raw: &str) -> usize {
    raw.find(['-', '‐', '‑']).unwrap_or(raw.len())
}

/// Hyphenated compounds: "37-year-old", "180-degree", "10-year", "5,000-strong",
/// "two-year-old", "second-largest", "mid-1990s". Names and codes ("F-16", "Covid-19",
/// "M-19") do not start with a figure and are left alone.
fn hyphen_compound(v: &View, i: usize, j: usize) -> Option<Expr> {
    let low = v.low(j);
    let raw = v.raw(j);
    let parts: Vec<&str> = low.split('-').collect();
    if parts.len() < 2 {
        return None;
    }
    let tok = v.span(j);
    // "mid-1990s", "late-1980s", "pre-2008": the figure is the part after the prefix.
    if context_is(parts[0], ContextClass::PeriodPrefix) && parts.len() == 2 {
        return period_year(v, i, j, &parts);
    }
    let (value, used, ordinal) = hyphen_figure(&parts)?;
    let rest = &parts[used..];
    let digits = Decimal::parse(parts[0]).is_some();
    // "15-and-a-half miles"
    if rest == ["and", "a", "half"] && !ordinal {
        let post = post_modifiers(v, j + 1, None, false, false);
        let kind = post.kind.unwrap_or(NumberKind::Cardinal);
        return Some(Expr::new(i, post.end, value + 0.5, kind).with_unit(post.unit));
    }
    if ordinal {
        if trap_is(rest[0], TrapClass::AfterOrdinal) || v.capitalized(j) && !v.sentence_initial(j) {
            return None;
        }
        let mut e = Expr::new(i, j + 1, value, NumberKind::Ordinal);
        e.span = Some(Span::new(tok.start(), tok.start() + first_part_len(raw)));
        e.noun = NounRule::Attributive;
        return Some(e);
    }
    // Ages: "37-year-old", "two-month-old".
    if rest.len() == 2 && rest[1].starts_with("old") {
        let unit = UNITS
            .folded
            .get(rest[0])
            .filter(|u| u.class == UnitClass::Time)?;
        let mut e = Expr::new(i, j + 1, value, NumberKind::Age).with_unit(Some(unit.lemma.clone()));
        e.noun = NounRule::Attributive;
        return Some(e);
    }
    if let Some(e) = hyphen_unit(i, j, value, rest) {
        return Some(e);
    }
    if let Some(e) = hyphen_money(i, j, value, rest) {
        return Some(e);
    }
    if rest[0] == "m" && digits {
        let mut e =
            Expr::new(i, j + 1, value, NumberKind::Quantity).with_unit(Some("metre".to_string()));
        e.noun = NounRule::Attributive;
        return Some(e);
    }
    // "5,000-strong", "10-point", "20-member": a count modifying the next noun.
    let rest_raw = raw.get(first_part_len(raw)..).unwrap_or("");
    if digits
        && rest.iter().all(|p| p.chars().all(char::is_alphabetic))
        && !rest[0].is_empty()
        && !rest_raw.chars().any(char::is_uppercase)
    {
        let mut e = Expr::new(i, j + 1, value, NumberKind::Cardinal);
        e.noun = NounRule::Attributive;
        return Some(e);
    }
    None
}

/// "mid-1990s", "late-1980s", "pre-2008": the year after a period prefix (a decade when
/// plural), spanning only the figure.
fn period_year(v: &View, i: usize, j: usize, parts: &[&str]) -> Option<Expr> {
    let raw = v.raw(j);
    let tok = v.span(j);
    let d = parts[1].trim_end_matches('s');
    if d.len() == 4 && d.bytes().all(|b| b.is_ascii_digit()) {
        let year: f64 = d.parse().ok()?;
        let mut e = Expr::new(i, j + 1, year, NumberKind::Year);
        if parts[1].ends_with('s') {
            e.unit = Some("decade".to_string());
        }
        let off = first_part_len(raw)
            + raw[first_part_len(raw)..]
                .chars()
                .next()
                .map_or(1, char::len_utf8);
        e.span = Some(Span::new(tok.start() + off.min(tok.len()), tok.end()));
        e.noun = NounRule::Never;
        return Some(e);
    }
    None
}

/// The figure starting a hyphenated compound: digits, one or two number words, or an
/// ordinal; its value, how many parts it uses and whether it is an ordinal.
fn hyphen_figure(parts: &[&str]) -> Option<(f64, usize, bool)> {
    // The figure: digits, or one or two number words ("twenty-one-year-old").
    let words = &*super::lexicons::NUMBER_WORDS;
    let figure = if let Some(d) = Decimal::parse(parts[0]) {
        (d.value(), 1, false)
    } else if let Some(&(t, _)) = words.cardinal.get(parts[0]) {
        match parts.get(1).and_then(|p| words.cardinal.get(*p)) {
            Some(&(u, _)) if t >= 20 && t % 10 == 0 && u < 10 && parts.len() > 2 => {
                ((t + u) as f64, 2, false)
            }
            _ => (t as f64, 1, false),
        }
    } else if let Some(&o) = words.ordinal.get(parts[0]) {
        (o as f64, 1, true)
    } else if let Some(d) = strip_ordinal_suffix(parts[0]).and_then(|d| d.parse::<f64>().ok()) {
        (d, 1, true)
    } else {
        return None;
    };
    Some(figure)
}

/// "180-degree", "10-year", "1.5-litre", "24-hour", "50-mile-long": a figure and its unit
/// modifying a noun.
fn hyphen_unit(i: usize, j: usize, value: f64, rest: &[&str]) -> Option<Expr> {
    // Units: "180-degree", "10-year", "1.5-litre", "24-hour", "100-metre", "50-mile-long".
    // "a five-pound note" or "a 300-pound man": left a count, as the reader cannot tell.
    let u = UNITS
        .folded
        .get(rest[0])
        .filter(|u| u.lemma != "%" || rest.len() == 1)
        .filter(|_| !rest[0].starts_with("pound"))?;
    let kind = match u.class {
        UnitClass::Time => NumberKind::Duration,
        UnitClass::Percent => NumberKind::Percent,
        UnitClass::Points => NumberKind::Points,
        UnitClass::Speed => NumberKind::Rate,
        UnitClass::Measure => NumberKind::Quantity,
    };
    let mut e = Expr::new(i, j + 1, value, kind).with_unit(Some(u.lemma.clone()));
    e.noun = if kind == NumberKind::Duration {
        NounRule::Never
    } else {
        NounRule::Attributive
    };
    Some(e)
}

/// "a 12-cent dividend", "a one-yen bid", "a five-dollar bill": money modifying a noun
/// (cents converted, as "50p"). "a five-pound note" is left alone: pounds may be weight.
fn hyphen_money(i: usize, j: usize, value: f64, rest: &[&str]) -> Option<Expr> {
    use super::lexicons::{CurrencyClass, CURRENCIES};
    if rest.len() != 1 || rest[0].starts_with("pound") {
        return None;
    }
    let (code, class) = CURRENCIES.words.get(rest[0])?;
    let amount = if *class == CurrencyClass::Minor {
        value / 100.0
    } else {
        value
    };
    let mut e = Expr::new(i, j + 1, amount, NumberKind::Money).with_unit(Some(code.clone()));
    e.noun = NounRule::Attributive;
    Some(e)
}

/// Money written as a sign and one word of digits and a scale letter the tokenizer keeps
/// whole: "€10M", "$2.174T".
fn scaled_word_money(v: &View, i: usize, j: usize, code: String) -> Option<Expr> {
    let raw = v.raw(j);
    let split = raw.find(|c: char| !(c.is_ascii_digit() || c == '.' || c == ','))?;
    let (num, suffix) = raw.split_at(split);
    let dec = Decimal::parse(num)?;
    let scale = super::lexicons::SCALES
        .1
        .get(suffix)
        .or_else(|| super::lexicons::SCALES.0.get(&suffix.to_lowercase()))?;
    let mut e =
        Expr::new(i, j + 1, dec.scaled(scale.power), NumberKind::Money).with_unit(Some(code));
    e.scale = Some(scale.power);
    e.raw = dec.value();
    Some(e)
}

/// Digits glued to a unit the tokenizer keeps in one word: "8pc", "50p", "20c".
fn glued_unit(v: &View, i: usize, j: usize) -> Option<Expr> {
    let low = v.low(j);
    let split = low.find(|c: char| !(c.is_ascii_digit() || c == '.' || c == ','))?;
    let (num, suffix) = low.split_at(split);
    let dec = Decimal::parse(num)?;
    let mut e = match suffix {
        "pc" => {
            Expr::new(i, j + 1, dec.value(), NumberKind::Percent).with_unit(Some("%".to_string()))
        }
        "p" => Expr::new(i, j + 1, dec.value() / 100.0, NumberKind::Money)
            .with_unit(Some("GBP".to_string())),
        "c" => Expr::new(i, j + 1, dec.value() / 100.0, NumberKind::Money)
            .with_unit(Some("USD".to_string())),
        _ => return None,
    };
    // "1p a pint", "5pc a year"
    if let Some((den, end)) = units::rate_after(v, j + 1) {
        e.unit = Some(format!("{} per {}", e.unit.as_deref().unwrap_or(""), den));
        e.kind = NumberKind::Rate;
        e.end = end;
    }
    Some(e)
}

/// The expression for a calendar date.
/// A date has no value (never its day of the month), only its ISO form.
pub fn date_expr(start: usize, end: usize, iso: String) -> Expr {
    let mut e = Expr::new(start, end, 0.0, NumberKind::Date);
    e.value = None;
    e.date = Some(iso);
    e.noun = NounRule::Never;
    e
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The shape tables are necessary conditions only: every listed word passes them, so
    /// `shape && set` answers as the set alone (the oracle) on the lists and on other words.
    #[test]
    fn starter_shapes_answer_as_the_sets_alone() {
        for w in STARTERS.iter() {
            assert!(
                STARTER_SHAPES.may_hold(w) && STARTERS_PACKED.contains(w),
                "{w}"
            );
        }
        for w in ARTICLE_FOLLOWERS.iter() {
            assert!(ARTICLE_FOLLOWER_SHAPES.may_hold(w), "{w}");
        }
        let text = "the people said five twenty-one dozens of a an one hundred million been \
                    says january jan euros dollar pound yen half third firsts tenth zero none";
        for w in text
            .split(' ')
            .chain(text.split(' ').map(|w| &w[..w.len() / 2]))
        {
            let fast = STARTER_SHAPES.may_hold(w) && STARTERS_PACKED.contains(w);
            assert_eq!(fast, STARTERS.contains(w), "{w}");
            let fast = ARTICLE_FOLLOWER_SHAPES.may_hold(w) && ARTICLE_FOLLOWERS.contains(w);
            assert_eq!(fast, ARTICLE_FOLLOWERS.contains(w), "{w}");
        }
    }
}
