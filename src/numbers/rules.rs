//! The number stage's rules for news it has never seen, as named, ordered lists.
//!
//! Each rule is a unit with a name and a one-line doc, tested on its own (see the tests at
//! the bottom and `tests/numbers_unseen.rs`). The stage runs the lists in this order at each
//! token, before the general scanner ([`super::scan`]):
//!
//! 1. [`IDENTIFIERS`]: digits that name rather than count; the tokens are skipped whole.
//! 2. [`READERS`]: expression shapes the general scanner does not read (a currency code glued
//!    to its amount, digits glued to a unit, an order of magnitude written in words).
//!
//! and after it, on every expression found:
//!
//! 3. [`EXTENSIONS`]: what follows an expression and belongs to it ("5ft" + "10in").
//! 4. [`NOT_QUANTITIES`]: an expression that reads as a figure but is an idiom; dropped.
//!
//! The words the rules need are data (`number_traps.txt`, `number_context.txt`,
//! `currencies.txt`, `units.txt`, `scales.txt`).

use super::lexicons::{
    context_is, trap_is, ContextClass, CurrencyClass, TrapClass, CURRENCIES, SCALES, UNITS,
};
use super::scan::{Expr, NounRule};
use super::units;
use super::value::Decimal;
use super::view::View;
use super::NumberKind;
use crate::tokenize::TokenKind;

/// A named rule: the name a test or a report can refer to, a one-line doc, the function.
pub struct Rule<F> {
    pub name: &'static str,
    pub doc: &'static str,
    pub run: F,
}

/// An identifier rule: `Some(end)` when the digits at a token name something; `end` is the
/// first token after the name.
pub type Skip = fn(&View, usize) -> Option<usize>;
/// A reader: the expression starting at a token, in a shape the general scanner misses.
pub type Read = fn(&View, usize) -> Option<Expr>;
/// An extension: the expression, grown over what follows it when that belongs to it.
pub type Extend = fn(&View, &mut Expr);
/// A veto: true when an expression the scanner read is not a quantity.
pub type Veto = fn(&View, &Expr) -> bool;

/// Digits that name rather than count, tried in order.
pub const IDENTIFIERS: &[Rule<Skip>] = &[
    Rule {
        name: "label_word_before",
        doc: "`category 4`, `Section 427 Row 21`: a labelling word before digits names a slot",
        run: label_word_before,
    },
    Rule {
        name: "mixed_case_name_before",
        doc: "`iPhone 11`, `eBay 2`: digits after a mixed-case brand name belong to the name",
        run: mixed_case_name_before,
    },
    Rule {
        name: "model_name_after",
        doc: "`the 737 Max`, `787 Dreamliner`, `11 Pro`: digits before a singular name are a model",
        run: model_name_after,
    },
    Rule {
        name: "dashed_code_after_name",
        doc: "`Covid -19`: a name, a space and a dash-number are one code",
        run: dashed_code_after_name,
    },
];

/// A reader with the token kinds it can start at (`starts`, [`kinds`] bits): the stage
/// asks it only at a token of one of them, so a rule author declares every kind at which
/// the reader can return an expression (the test `readers_start_only_at_their_kinds` calls
/// each reader at every token of drawn text and checks that it reads nothing elsewhere).
pub struct Gated {
    pub starts: u16,
    pub read: Read,
}

/// The bit of a token kind in [`Gated::starts`].
const fn kind_bit(k: TokenKind) -> u16 {
    1 << k as u16
}
// Every token kind has its own bit in a `u16` (a seventeenth kind fails the build here).
const _: () = assert!(TokenKind::ALL.len() <= u16::BITS as usize);
const WORD: u16 = kind_bit(TokenKind::Word);
const NUMBER: u16 = kind_bit(TokenKind::Number);
const CURRENCY: u16 = kind_bit(TokenKind::Currency);

/// Expression shapes the general scanner does not read, tried in order.
pub const READERS: &[Rule<Gated>] = &[
    Rule {
        name: "spaced_dollar_prefix",
        doc: "`HK $9`, `US $58.24`, `C $5`: a country prefix spaced from the dollar sign",
        run: Gated {
            starts: WORD,
            read: spaced_dollar_prefix,
        },
    },
    Rule {
        name: "glued_currency_amount",
        doc:
            "`USD2,400`, `$US1,250,000`, `RM3 million`, `EUR50m`, `PS4.5m`: a code glued to the amount",
        run: Gated {
            starts: WORD | CURRENCY,
            read: glued_currency_amount,
        },
    },
    Rule {
        name: "glued_unit_amount",
        doc: "`640bhp`, `15kHz`, `1520sq m`, `5-10W`, `115USD`: digits glued to a unit or code",
        run: Gated {
            starts: WORD,
            read: glued_unit_amount,
        },
    },
    Rule {
        name: "spaced_age",
        doc: "`a 50 year-old man`, `15 years-old`: an age with a space before its hyphened unit",
        run: Gated {
            starts: NUMBER,
            read: spaced_age,
        },
    },
    Rule {
        name: "glued_capital_scale",
        doc: "`4.3M`, `100K`: a capital scale letter glued to a figure that it scales",
        run: Gated {
            starts: NUMBER,
            read: glued_capital_scale,
        },
    },
    Rule {
        name: "prefixed_figure",
        doc: "`minus-130 degrees`, `sub-300`: a sign or bound prefix hyphened to the digits",
        run: Gated {
            starts: WORD,
            read: prefixed_figure,
        },
    },
    Rule {
        name: "scale_hyphen_unit",
        doc: "`a billion-mile trip`, `million-dollar`: a scale word hyphened to a unit",
        run: Gated {
            starts: WORD,
            read: scale_hyphen_unit,
        },
    },
    Rule {
        name: "fraction_of_scale",
        doc:
            "`a half-million`, `a quarter million`, `three quarters billion`: a fraction of a scale",
        run: Gated {
            starts: WORD,
            read: fraction_of_scale,
        },
    },
    Rule {
        name: "vague_magnitude",
        doc: "`dozens of`, `tens of millions of dollars`: one to ten times an order of magnitude",
        run: Gated {
            starts: WORD,
            read: vague_magnitude,
        },
    },
];

/// Rules that extend an expression the scanner or a reader found, applied in order.
pub const EXTENSIONS: &[Rule<Extend>] = &[
    Rule {
        name: "year_span",
        doc: "`from 1993 to 2001`, `between 2010 and 2015,`: two bare years with no counted noun after are a span of years, like `1997-98`",
        run: year_span,
    },
    Rule {
        name: "clock_before_zoned_clock",
        doc: "`from 1130 to 1215 GMT`: a four-digit figure before a 24-hour clock time is a clock time, not a year",
        run: clock_before_zoned_clock,
    },
    Rule {
        name: "rank_position",
        doc: "`finished in the top five`, `the bottom three`: a bare figure after `the top`/`the bottom` is a rank, like an ordinal",
        run: rank_position,
    },
    Rule {
        name: "compound_measure",
        doc: "`5ft 10in`, `$3 and 50 cents`: parts in ever smaller units are one measure",
        run: compound_measure,
    },
    Rule {
        name: "restated_in_brackets",
        doc: "`forty-five (45)`, `$500 (five hundred dollars)`: the same figure again in brackets is one figure",
        run: restated_in_brackets,
    },
    Rule {
        name: "or_more_bound",
        doc: "`65 or older`, `10 or fewer seats`, `aged 65 and over`: a trailing `or more`/`and over` makes a bound",
        run: or_more_bound,
    },
    Rule {
        name: "level_shares_tail",
        doc: "`from 5.2 to 4.8 percent`, `from 3 to 5 billion dollars`: a bare first level takes the second's unit and scale",
        run: level_shares_tail,
    },
    Rule {
        name: "of_phrase_rate",
        doc: "`10 million barrels of oil a day`, `5 million doses of the vaccine a week`: a rate after the of-phrase",
        run: of_phrase_rate,
    },
    Rule {
        name: "modified_time_unit",
        doc: "`three consecutive years`, `10 more minutes`: a time unit after modifiers is the figure's unit",
        run: modified_time_unit,
    },
    Rule {
        name: "duration_per_time",
        doc: "`60 hours a week`, `two days per month`: a duration over a time unit is a rate",
        run: duration_per_time,
    },
    Rule {
        name: "elided_noun",
        doc: "`from 120 patients to 300`, `218 votes to 210`: a bare figure after a counted one and a link counts the same noun",
        run: elided_noun,
    },
    Rule {
        name: "compared_elided_noun",
        doc: "`3.9 million units, up from 2.4 million`, `520 votes compared with 39`: a bare figure after a comparison counts the noun before it",
        run: compared_elided_noun,
    },
    Rule {
        name: "relative_clause_age",
        doc: "`Ms Cole, who is 28, said`, `who was 13 at the time`: a bare whole number closing `who is`/`who was` is an age",
        run: relative_clause_age,
    },
];

/// Expressions that read as figures but are not quantities, tried in order.
pub const NOT_QUANTITIES: &[Rule<Veto>] = &[
    Rule {
        name: "article_time_idiom",
        doc: "`a year ago`, `for a day`, `a century`: an article with a time unit is an idiom of time",
        run: article_time_idiom,
    },
    Rule {
        name: "letter_code_not_temperature",
        doc: "`13F filing`: a glued F or C before a word, with no word of heat near, is a code",
        run: letter_code_not_temperature,
    },
    Rule {
        name: "denominator_after_measure",
        doc: "`pennies a day`, `dollars a year`, `hours a week`: an article with a time unit after a plural unit or currency is a rate's denominator",
        run: denominator_after_measure,
    },
];

/// Every rule of the lists, in the order the stage runs them: (list, name, doc).
pub fn listed() -> Vec<(&'static str, &'static str, &'static str)> {
    let ids = IDENTIFIERS.iter().map(|r| ("identifiers", r.name, r.doc));
    let reads = READERS.iter().map(|r| ("readers", r.name, r.doc));
    let extensions = EXTENSIONS.iter().map(|r| ("extensions", r.name, r.doc));
    let vetoes = NOT_QUANTITIES
        .iter()
        .map(|r| ("not_quantities", r.name, r.doc));
    ids.chain(reads).chain(extensions).chain(vetoes).collect()
}

/// The first identifier rule that matches at `i`: the token after the name.
pub fn skip_identifier(v: &View, i: usize) -> Option<usize> {
    IDENTIFIERS.iter().find_map(|r| (r.run)(v, i))
}

/// The first reader that reads an expression at `i`.
pub fn read(v: &View, i: usize) -> Option<Expr> {
    // A reader reads nothing at a token of a kind it does not declare, nor past the end.
    let bit = kind_bit(v.kind(i)?);
    READERS
        .iter()
        .filter(|r| r.run.starts & bit != 0)
        .find_map(|r| (r.run.read)(v, i))
}

/// [`read`] asking every reader at every token (the oracle of the gate's test).
#[cfg(test)]
fn read_ungated(v: &View, i: usize) -> Option<Expr> {
    READERS.iter().find_map(|r| (r.run.read)(v, i))
}

/// The expression after every extension rule.
pub fn extend(v: &View, mut e: Expr) -> Expr {
    for rule in EXTENSIONS {
        (rule.run)(v, &mut e);
    }
    e
}

/// True when a veto rule drops the expression.
pub fn vetoed(v: &View, e: &Expr) -> bool {
    NOT_QUANTITIES.iter().any(|r| (r.run)(v, e))
}

/// The shapes of the `vague` words ("dozens", "millions"), tested before the hash lookup.
static VAGUE_SHAPES: std::sync::LazyLock<super::lexicons::Shapes> =
    std::sync::LazyLock::new(|| {
        super::lexicons::Shapes::of(super::lexicons::CONTEXT.words_in(ContextClass::Vague))
    });

/// Is there an ASCII digit in `low`, and where is its first hyphen. Most words have
/// neither: [`no_digit_or_hyphen`] tells so eight bytes at a time, before the byte loop.
#[inline]
pub fn digit_and_hyphen(low: &str) -> (bool, Option<usize>) {
    if no_digit_or_hyphen(low.as_bytes()) {
        return (false, None);
    }
    digit_and_hyphen_bytewise(low)
}

/// True when no byte of `w` is in `-` ..= `9` (a hyphen, `.`, `/` or an ASCII digit): then
/// [`digit_and_hyphen`] answers (false, none). Reads the word in 8-byte words (two
/// overlapping 4-byte halves for a word of 4 to 8 bytes), a byte at a time below that.
#[inline]
fn no_digit_or_hyphen(w: &[u8]) -> bool {
    let n = w.len();
    if n < 4 {
        return !w.iter().any(|b| (b'-'..=b'9').contains(b));
    }
    let half = |k: usize| u64::from(u32::from_le_bytes([w[k], w[k + 1], w[k + 2], w[k + 3]]));
    if n <= 8 {
        return !ascii_in_dash_to_nine(half(0) | half(n - 4) << 32);
    }
    let word = |c: &[u8]| u64::from_le_bytes(c.try_into().unwrap_or([0; 8]));
    let chunks = w.chunks_exact(8);
    let last = word(&w[n - 8..]);
    !chunks.into_iter().any(|c| ascii_in_dash_to_nine(word(c))) && !ascii_in_dash_to_nine(last)
}

/// True when one of the eight bytes of `x` is an ASCII byte in `-` ..= `9` (0x2D ..= 0x39).
#[inline]
fn ascii_in_dash_to_nine(x: u64) -> bool {
    const ONES: u64 = 0x0101_0101_0101_0101;
    const HIGH: u64 = 0x8080_8080_8080_8080;
    let t = x & !HIGH;
    // Per byte, with no carry or borrow across bytes (t <= 0x7F): high bit set when t >= 0x2D,
    // and when t <= 0x39; `!x & HIGH` keeps the bytes that were ASCII.
    let at_least = t + (0x80 - 0x2D) * ONES;
    let at_most = (0x80 + 0x39) * ONES - t;
    at_least & at_most & !x & HIGH != 0
}

/// True when every byte of `w` is ASCII and none is in `-` ..= `9` (a hyphen, `.`, `/` or a
/// digit): the bytes test of the prefilter's first test (`numbers::plain_word_cannot_start`),
/// read as [`no_digit_or_hyphen`] reads them.
#[inline]
pub fn ascii_without_dash_to_nine(w: &[u8]) -> bool {
    let clean = ascii_without_dash_to_nine_packed;
    let n = w.len();
    if n < 4 {
        return w.iter().all(|&b| b < 0x80 && !(b'-'..=b'9').contains(&b));
    }
    let half = |k: usize| u64::from(u32::from_le_bytes([w[k], w[k + 1], w[k + 2], w[k + 3]]));
    if n <= 8 {
        return clean(half(0) | half(n - 4) << 32);
    }
    let word = |c: &[u8]| u64::from_le_bytes(c.try_into().unwrap_or([0; 8]));
    w.chunks_exact(8).all(|c| clean(word(c))) && clean(word(&w[n - 8..]))
}

/// [`ascii_without_dash_to_nine`] of eight bytes packed in `x` (zero bytes pass).
#[inline]
pub fn ascii_without_dash_to_nine_packed(x: u64) -> bool {
    const ONES: u64 = 0x0101_0101_0101_0101;
    const HIGH: u64 = 0x8080_8080_8080_8080;
    // As [`ascii_in_dash_to_nine`], with a byte's own high bit (not ASCII) failing too.
    let t = x & !HIGH;
    let in_range = (t + (0x80 - 0x2D) * ONES) & ((0x80 + 0x39) * ONES - t);
    (x | in_range) & HIGH == 0
}

/// [`ascii_without_dash_to_nine`] one byte at a time (the oracle of its test).
#[cfg(test)]
fn ascii_without_dash_to_nine_bytewise(w: &[u8]) -> bool {
    w.iter()
        .all(|&b| b.is_ascii() && !(b'-'..=b'9').contains(&b))
}

/// [`digit_and_hyphen`] one byte at a time (the oracle of its fast path, and its slow path).
fn digit_and_hyphen_bytewise(low: &str) -> (bool, Option<usize>) {
    let mut hyphen = None;
    for (k, b) in low.bytes().enumerate() {
        if b.is_ascii_digit() {
            return (true, hyphen);
        }
        if b == b'-' && hyphen.is_none() {
            hyphen = Some(k);
        }
    }
    (false, hyphen)
}

/// True when a reader may start at word `i` (a cheap pre-test, as
/// [`super::scan::could_start`]): a digit anywhere ([`digit_and_hyphen`], tested by the
/// caller), a scale before a hyphen, a vague plural ("dozens") or a currency after it. `low`
/// is its lowercase form, `hyphen` its first hyphen.
#[inline]
pub fn word_may_start(v: &View, i: usize, low: &str, hyphen: Option<usize>) -> bool {
    hyphen.is_some_and(|k| SCALES.0.contains_key(&low[..k]))
        // A byte test: `ends_with('s')` costs a call to memcmp at every word.
        || low.as_bytes().last() == Some(&b's')
            && VAGUE_SHAPES.may_hold(low)
            && context_is(low, ContextClass::Vague)
        || v.is(i + 1, TokenKind::Currency) && !v.glued(i + 1)
}

fn plain_digits(s: &str) -> bool {
    !s.is_empty() && s.bytes().all(|b| b.is_ascii_digit())
}

// ---- identifiers ---------------------------------------------------------------------------

fn label_word_before(v: &View, i: usize) -> Option<usize> {
    let ok = i > 0
        && v.is(i, TokenKind::Number)
        && plain_digits(v.norm(i))
        && !v.glued(i)
        && v.same_sentence(i - 1, i)
        && trap_is(v.low(i - 1), TrapClass::Label);
    ok.then_some(i + 1)
}

fn mixed_case_name_before(v: &View, i: usize) -> Option<usize> {
    if i == 0 || !v.is(i, TokenKind::Number) || !plain_digits(v.norm(i)) || v.glued(i) {
        return None;
    }
    let prev = v.raw(i - 1);
    let mut chars = prev.chars();
    let first_lower = chars.next().is_some_and(char::is_lowercase);
    let inner_upper = chars.any(char::is_uppercase);
    (v.is_word(i - 1) && first_lower && inner_upper && v.same_sentence(i - 1, i)).then_some(i + 1)
}

fn model_name_after(v: &View, i: usize) -> Option<usize> {
    let next = i + 1;
    let ok = v.is(i, TokenKind::Number)
        && plain_digits(v.norm(i))
        && v.is_word(next)
        && !v.glued(next)
        && v.same_sentence(i, next)
        && v.capitalized(next)
        && v.raw(next).chars().count() >= 3
        && v.raw(next).chars().skip(1).all(char::is_lowercase)
        && !super::context::plural(v.low(next))
        && !is_measure_or_calendar(v, next)
        && !names_counted_things(v, i, next);
    ok.then_some(next)
}

/// "killed 12 Syrian soldiers", "22 Premier League goals": capitalised words between bare
/// digits and a lower-case plural modify the counted noun, unless a determiner before the
/// digits makes them a model ("the 787 Dreamliner jets").
fn names_counted_things(v: &View, i: usize, next: usize) -> bool {
    let mut k = next;
    while k < next + 3 && v.is_word(k) && v.capitalized(k) && v.same_sentence(i, k) {
        k += 1;
    }
    let determined = i > 0
        && (context_is(v.low(i - 1), ContextClass::Determiner)
            || matches!(v.low(i - 1), "'s" | "’s"));
    !determined && v.lowercase_word(k) && v.same_sentence(i, k) && super::context::plural(v.low(k))
}

/// A unit, currency, scale, month or weekday at `k`: "10 GB", "5 January", "3 Million".
fn is_measure_or_calendar(v: &View, k: usize) -> bool {
    let low = v.low(k);
    units::unit_after(v, k).is_some()
        || units::currency_after(v, k).is_some()
        || SCALES.0.contains_key(low)
        || super::lexicons::MONTHS.contains_key(low)
        || super::traps::is_weekday(low)
        || context_is(low, ContextClass::Stop)
        || trap_is(low, TrapClass::Street)
}

fn dashed_code_after_name(v: &View, i: usize) -> Option<usize> {
    let ok = i > 0
        && v.is(i, TokenKind::Number)
        && v.norm(i).starts_with('-')
        && !v.glued(i)
        && v.is_word(i - 1)
        && v.capitalized(i - 1)
        && v.same_sentence(i - 1, i);
    ok.then_some(i + 1)
}

// ---- readers -------------------------------------------------------------------------------

/// Splits `12.5abc` into the number and the letters after it.
fn split_number(s: &str) -> Option<(&str, &str)> {
    let end = s
        .find(|c: char| !(c.is_ascii_digit() || c == '.' || c == ','))
        .unwrap_or(s.len());
    (end > 0 && s.as_bytes()[0].is_ascii_digit()).then(|| s.split_at(end))
}

/// A money expression from tokens `[start, end)`, a number written as `num`, a scale suffix.
fn money(start: usize, end: usize, num: &str, suffix: &str, code: &str) -> Option<Expr> {
    let dec = Decimal::parse(num)?;
    let power = if suffix.is_empty() {
        0
    } else {
        let s = SCALES
            .1
            .get(suffix)
            .or_else(|| SCALES.0.get(&suffix.to_lowercase()))?;
        s.power
    };
    let mut e = Expr::new(start, end, dec.scaled(power), NumberKind::Money);
    e.unit = Some(code.to_string());
    e.raw = dec.value();
    e.scale = (power != 0).then_some(power);
    Some(e)
}

/// The scale word or abbreviation at `end`, spaced after the amount ending at token `word`
/// ("RM3 million", "USD5 bn"); not a plural word ("USD5 millions of", "hundreds").
fn spaced_scale<'a>(v: &'a View, word: usize, end: usize) -> Option<&'a str> {
    if !v.is_word(end) || v.glued(end) || !v.same_sentence(word, end) {
        return None;
    }
    let raw = v.raw(end);
    let scale = SCALES
        .0
        .get(v.low(end))
        .filter(|s| s.power >= 3 && !v.low(end).ends_with('s'))
        .or_else(|| SCALES.1.get(raw))?;
    (scale.power >= 3).then_some(raw)
}

/// Digit groups glued after `j` (",400" in "USD2,400", split by the tokenizer): the digits
/// joined and the token after them.
fn glued_groups(v: &View, mut j: usize, mut num: String) -> (String, usize) {
    while v.norm(j) == ","
        && v.glued(j)
        && v.glued(j + 1)
        && v.is(j + 1, TokenKind::Number)
        && v.norm(j + 1)
            .split(',')
            .all(|g| g.len() == 3 && plain_digits(g))
    {
        num.push_str(&v.norm(j + 1).replace(',', ""));
        j += 2;
    }
    (num, j)
}

fn spaced_dollar_prefix(v: &View, i: usize) -> Option<Expr> {
    if !v.is_word(i) || !v.is(i + 1, TokenKind::Currency) || v.glued(i + 1) {
        return None;
    }
    // "hk $ 10" in a text lower-cased whole: a prefix of two letters or more ("a $5" stays).
    let lowered = v.case_lost() && v.raw(i).len() >= 2;
    let prefix = if lowered {
        v.raw(i).to_ascii_uppercase()
    } else {
        v.raw(i).to_string()
    };
    let key = format!("{prefix}{}", v.norm(i + 1));
    let (code, class) = CURRENCIES.exact.get(&key)?;
    if *class != CurrencyClass::Sign || !prefix.chars().all(|c| c.is_ascii_uppercase()) {
        return None;
    }
    let mut e = super::scan::single(v, i + 1)?;
    if e.kind != NumberKind::Money {
        return None;
    }
    e.start = i;
    e.span = None;
    e.unit = Some(code.clone());
    Some(e)
}

fn glued_currency_amount(v: &View, i: usize) -> Option<Expr> {
    // "$US1,250,000": the sign and a glued word "US1"; "USD2,400": one word "USD2".
    let digit = |k: usize| v.raw(k).bytes().any(|b| b.is_ascii_digit());
    let (prefix, word) = if v.is(i, TokenKind::Currency) && v.is_word(i + 1) && v.glued(i + 1) {
        (v.norm(i).to_string(), i + 1)
    } else if v.is_word(i) && digit(i) {
        (String::new(), i)
    } else {
        return None;
    };
    // "PS4.5m." at a sentence end: the tokenizer keeps the full stop in the word.
    let raw = v.raw(word);
    let stop = raw.ends_with('.');
    let raw = raw.strip_suffix('.').unwrap_or(raw);
    let letters = raw.find(|c: char| c.is_ascii_digit())?;
    let (code_part, rest) = raw.split_at(letters);
    let key = format!("{prefix}{code_part}");
    let (code, class) = CURRENCIES.exact.get(&key)?;
    if !matches!(class, CurrencyClass::Sign | CurrencyClass::Code) || key.len() < 2 {
        return None;
    }
    let (num, suffix) = split_number(rest)?;
    // "PS4": a £ lost to encoding only when the amount has decimals or a scale ("PS4.5m").
    if key == "PS" && !num.contains('.') && suffix.is_empty() {
        return None;
    }
    let (num, mut end) = if suffix.is_empty() {
        glued_groups(v, word + 1, num.replace(',', ""))
    } else {
        (num.replace(',', ""), word + 1)
    };
    // "RM3 million", "$US113 trillion", "USD5 bn": a scale spaced after the glued amount.
    let suffix = match (suffix.is_empty() && !stop, spaced_scale(v, word, end)) {
        (true, Some(scale)) => {
            end += 1;
            scale
        }
        _ => suffix,
    };
    let mut e = money(i, end, &num, suffix, code)?;
    if stop && end == word + 1 {
        let s = v.span(i).start();
        e.span = Some(crate::span::Span::new(s, v.span(word).end() - 1));
    } else if let Some((den, after)) = units::rate_after(v, end) {
        // "RM79 a month", as "$79 a month": the denominator makes the amount a rate.
        e.kind = NumberKind::Rate;
        e.unit = Some(format!("{code} per {den}"));
        e.end = after;
    }
    Some(e)
}

fn glued_unit_amount(v: &View, i: usize) -> Option<Expr> {
    if !v.is_word(i) || !v.raw(i).starts_with(|c: char| c.is_ascii_digit()) {
        return None;
    }
    let raw = v.norm(i);
    // "5-10W": a range glued to its unit.
    let (low_part, rest) = match raw.split_once('-') {
        Some((a, b)) if plain_digits(a) => (Some(a), b),
        _ => (None, raw),
    };
    let (num, suffix) = split_number(rest)?;
    if suffix.is_empty() {
        return None;
    }
    // "115USD", "98.5EUR." (the tokenizer keeps a final full stop after a decimal point).
    let code_key = suffix.strip_suffix('.').unwrap_or(suffix);
    if let Some((code, CurrencyClass::Code)) = CURRENCIES.exact.get(code_key) {
        if low_part.is_some() || code_key.len() != 3 {
            return None;
        }
        let mut e = money(i, i + 1, &num.replace(',', ""), "", code)?;
        if code_key.len() < suffix.len() {
            let s = v.span(i);
            e.span = Some(crate::span::Span::new(s.start(), s.end() - 1));
        }
        return Some(e);
    }
    let (unit, end) = glued_unit_lookup(v, i, suffix)?;
    let dec = Decimal::parse(num)?;
    let kind = match unit.class {
        super::lexicons::UnitClass::Percent => NumberKind::Percent,
        super::lexicons::UnitClass::Time => NumberKind::Duration,
        super::lexicons::UnitClass::Speed => NumberKind::Rate,
        _ => NumberKind::Quantity,
    };
    let mut e = Expr::new(i, end, dec.value(), kind);
    e.unit = Some(unit.lemma.clone());
    if let Some(lo) = low_part.and_then(|a| a.parse::<f64>().ok()) {
        let hi = dec.value();
        if lo >= hi {
            return None;
        }
        e.kind = NumberKind::Range;
        e.low = Some(lo);
        e.high = Some(hi);
        e.value = Some(lo + (hi - lo) / 2.0);
    }
    Some(e)
}

/// The unit named by the letters glued to digits in token `i` ("bhp"), or by those letters
/// and the next token ("sq" + "m"): the unit and the token after it.
fn glued_unit_lookup(
    v: &View,
    i: usize,
    suffix: &str,
) -> Option<(&'static super::lexicons::Unit, usize)> {
    let u = &*UNITS;
    if v.is_word(i + 1) && !v.glued(i + 1) && v.same_sentence(i, i + 1) {
        let two = format!("{} {}", suffix.to_lowercase(), v.low(i + 1));
        if let Some(unit) = u.folded.get(&two) {
            return Some((unit, i + 2));
        }
    }
    // One-letter suffixes are left to the scanner ("5m", "50p", "20c"), except case-exact ones.
    // "10in": an abbreviation listed with its full stop ("in.") is written glued without it.
    let folded = |s: &str| u.folded.get(&s.to_lowercase());
    let unit = u.exact.get(suffix).or_else(|| {
        (suffix.len() > 1).then(|| folded(suffix).or_else(|| folded(&format!("{suffix}."))))?
    })?;
    Some((unit, i + 1))
}

fn compound_measure(v: &View, first: &mut Expr) {
    let chains = &*super::lexicons::UNIT_CHAINS;
    let money = first.kind == NumberKind::Money;
    // Cheap gate: a unit that chains, or money, and a figure right after.
    let chaining = first
        .unit
        .as_ref()
        .is_some_and(|u| money || chains.keys().any(|(a, _)| a == u));
    if !chaining || first.kind != NumberKind::Quantity && !money {
        return;
    }
    let i = first.start;
    let (Some(mut value), Some(mut unit), mut end) = (first.value, first.unit.clone(), first.end)
    else {
        return;
    };
    let mut parts = 1;
    while parts < 3 {
        // "7 feet 10 inches", "7 feet, 10 inches", "7 feet and 10 inches"
        let mut k = end;
        if v.norm(k) == "," {
            k += 1;
        }
        if v.low(k) == "and" {
            k += 1;
        }
        if !v.same_sentence(i, k) {
            break;
        }
        let next = glued_unit_amount(v, k).or_else(|| super::scan::single(v, k));
        let Some(next) = next.filter(|n| n.kind == first.kind) else {
            break;
        };
        let (Some(n_value), Some(n_unit)) = (next.value, next.unit.clone()) else {
            break;
        };
        // "3 dollars 50 cents", "thirteen dollars and forty-five cents": whole units and
        // a minor amount (already converted) of the same currency.
        if money {
            let cents = n_unit == unit || cents_of_any(v, next.end - 1) && has_cents(&unit);
            if cents && value.fract() == 0.0 && n_value < 1.0 && parts == 1 {
                value += n_value;
                end = next.end;
                parts += 1;
            }
            break;
        }
        let Some(factor) = chains.get(&(unit.clone(), n_unit.clone())) else {
            break;
        };
        value = value * factor + n_value;
        unit = n_unit;
        end = next.end;
        parts += 1;
    }
    if parts == 1 {
        return;
    }
    let mut e = Expr::new(i, end, value, first.kind);
    e.unit = Some(unit);
    *first = e;
}

/// "cents" (read as US cents on its own) after an amount in another currency are that
/// currency's hundredths: "3 CAD 3 cents", "A$3 and 50 cents".
fn cents_of_any(v: &View, k: usize) -> bool {
    CURRENCIES
        .words
        .get(v.low(k))
        .is_some_and(|(code, class)| code == "USD" && *class == CurrencyClass::Minor)
}

/// Whether the currency `code` counts in cents: a dollar (a sign of `currencies.txt` holds
/// "$": "C$", "A$", "HK$") or the euro. Yen, pounds and rupees do not ("100 yen and 50 cents"
/// is two amounts).
fn has_cents(code: &str) -> bool {
    static DOLLARS: std::sync::LazyLock<std::collections::HashSet<String>> =
        std::sync::LazyLock::new(|| {
            CURRENCIES
                .exact
                .iter()
                .filter(|(surface, (_, class))| {
                    *class == CurrencyClass::Sign && surface.contains('$')
                })
                .map(|(_, (code, _))| code.clone())
                .collect()
        });
    code == "EUR" || DOLLARS.contains(code)
}

fn restated_in_brackets(v: &View, e: &mut Expr) {
    let open = e.end;
    if v.norm(open) != "(" || e.value.is_none() || e.span.is_some() {
        return;
    }
    if !v.same_sentence(e.start, open + 1) {
        return;
    }
    let Some(inner) = super::scan::expression(v, open + 1) else {
        return;
    };
    // The same value in another unit is a conversion ("10 miles (10 km)", "$5 (5 euros)"):
    // two figures.
    let other_unit = e.unit.is_some() && inner.unit.is_some() && e.unit != inner.unit;
    if inner.value != e.value || v.norm(inner.end) != ")" || other_unit {
        return;
    }
    e.end = inner.end + 1;
    if e.unit.is_some() || e.kind != NumberKind::Cardinal {
        return;
    }
    if inner.unit.is_some() {
        (e.kind, e.unit) = (inner.kind, inner.unit);
    } else if let Some((u, end)) =
        units::unit_after(v, e.end).filter(|_| v.same_sentence(e.start, e.end))
    {
        // "five (5) days": the unit after the brackets is the figure's.
        (e.kind, e.unit, e.end) = (unit_kind(u.class), Some(u.lemma.clone()), end);
    }
}

/// The kind of a figure with a unit of this class.
fn unit_kind(class: super::lexicons::UnitClass) -> NumberKind {
    match class {
        super::lexicons::UnitClass::Percent => NumberKind::Percent,
        super::lexicons::UnitClass::Time => NumberKind::Duration,
        super::lexicons::UnitClass::Speed => NumberKind::Rate,
        super::lexicons::UnitClass::Points => NumberKind::Points,
        super::lexicons::UnitClass::Measure => NumberKind::Quantity,
    }
}

/// After "65 and over": the bound ends its phrase only before punctuation, the sentence end,
/// a verb or auxiliary ("65 and over are at risk"), a coordinator, a preposition ("500 and
/// more in stock") or a word opening a clause ("65 and older who live alone"), or, when the figure follows the noun it bounds, the verb
/// of that noun ("riders 16 and under ride free"). Before a noun-like word or a figure,
/// "over"/"under" carries the sentence on ("2% and under control", "12 and over three years").
fn and_bound_ends(v: &View, start: usize, next: usize) -> bool {
    use crate::quotes::lexicons::{QuoteWordClass, QUOTE_WORDS};
    let figure = v.is(next, TokenKind::Number) || v.is(next, TokenKind::Currency);
    if !figure && !v.is_word(next) || !v.same_sentence(next - 1, next) {
        return true;
    }
    let low = v.low(next);
    if figure || super::lexicons::NUMBER_WORDS.cardinal.contains_key(low) {
        return false;
    }
    let c = v.chunks();
    if c.verb_form(next)
        || c.verb_modifier(next)
        || c.is_verb(next)
        || c.clause_start(next) == next
        || QUOTE_WORDS.is(low, QuoteWordClass::Coordinator)
        || QUOTE_WORDS.is(low, QuoteWordClass::Preposition)
    {
        return true;
    }
    let lead = start > 0 && v.same_sentence(start - 1, start) && v.is_word(start - 1);
    // "$20 and more expensive seats", "300 and more orders": a bound word that also
    // modifies the word after it takes that word as its head; the figure has no bound.
    let modifies_next = context_is(v.low(next - 1), ContextClass::BoundModifier);
    let plain = !modifies_next
        && !context_is(low, ContextClass::Stop)
        && !context_is(low, ContextClass::Determiner);
    // After a participle the word after the bound is the noun's verb, in any case
    // ("ADULTS AGED 65 AND OVER FACE ...").
    if lead && after_participle(v, start - 1) {
        return plain;
    }
    lead && super::context::nounish(v, start - 1, false) && v.lowercase_word(next) && plain
}

/// "adults aged 65 and over", "households earning $50,000 and under": a participle before
/// the figure reads it as the bound of the noun the participle qualifies (case-free, so a
/// headline gives the bound of body text).
fn after_participle(v: &View, k: usize) -> bool {
    context_is(v.low(k), ContextClass::BoundParticiple)
}

fn or_more_bound(v: &View, e: &mut Expr) {
    let (or, word) = (e.end, e.end + 1);
    let countable = !matches!(
        e.kind,
        NumberKind::Range | NumberKind::Date | NumberKind::Year | NumberKind::Time
    );
    let and = v.low(or) == "and";
    if !countable || !and && v.low(or) != "or" || !v.is_word(word) {
        return;
    }
    if !v.same_sentence(e.start, word) || and && !and_bound_ends(v, e.start, word + 1) {
        return;
    }
    let lower = context_is(v.low(word), ContextClass::OrLower);
    if !lower && !context_is(v.low(word), ContextClass::OrUpper) {
        return;
    }
    // "10 or more than 20" is two figures; "20 or more of them" stays a bound.
    if matches!(v.low(word + 1), "than" | "to") {
        return;
    }
    e.end = word + 1;
    e.span = None;
    e.approx = true;
    // "children 12 and under go free": what follows such a bound is never its counted noun.
    if and {
        e.noun = NounRule::Never;
    }
    if lower {
        e.low = e.value;
    } else {
        e.high = e.value;
    }
}

fn level_shares_tail(v: &View, e: &mut Expr) {
    let bare = e.kind == NumberKind::Cardinal && e.unit.is_none() && e.low.is_none();
    let to = e.end;
    if !bare || v.low(to) != "to" || !v.same_sentence(e.start, to + 1) {
        return;
    }
    let Some(second) = super::scan::single(v, to + 1) else {
        return;
    };
    let (Some(value), Some(second_value)) = (e.value, second.value) else {
        return;
    };
    if second.kind == NumberKind::Time {
        clock_before_clock(e, value, second_value);
        return;
    }
    let shares = matches!(
        second.kind,
        NumberKind::Cardinal
            | NumberKind::Money
            | NumberKind::Percent
            | NumberKind::Points
            | NumberKind::Quantity
            | NumberKind::Rate
            | NumberKind::Duration
    );
    // "from 120 to 95 points": a bare second figure's counted noun is the first's too.
    let noun = (second.unit.is_none() && v.lowercase_word(second.end))
        .then(|| super::context::head_noun(v, second.end))
        .flatten();
    if !shares || (second.unit.is_none() && second.scale.is_none() && noun.is_none()) {
        return;
    }
    if let Some(n) = noun {
        e.noun = NounRule::At(n);
    }
    // The scale ("billion") is shared when the two figures are of one order
    // ("from 3 to 5 billion"), not across orders ("from 900 to 1.2 million").
    let (a, b) = (e.raw.abs(), second.raw.abs());
    let one_order = a > 0.0 && b > 0.0 && a.max(b) / a.min(b) <= 10.0;
    let scaled = match second.scale.filter(|_| e.scale.is_none() && one_order) {
        Some(power) => super::value::scale(e.raw, power),
        None => value,
    };
    // What the second's unit does to its figure (a minor unit: "50 to 60 cents").
    let base = super::value::scale(second.raw, second.scale.unwrap_or(0));
    let factor = if base != 0.0 {
        second_value / base
    } else {
        1.0
    };
    e.value = Some(scaled * factor);
    if second.unit.is_some() {
        e.unit = second.unit;
        e.kind = second.kind;
    }
}

/// "from 3 to 5pm": a bare hour before a clock time is a clock time, in the afternoon when
/// the second is and the first still comes before it ("from 11 to 1pm": 11 in the morning).
fn clock_before_clock(e: &mut Expr, hour: f64, second: f64) {
    if hour.fract() != 0.0 || !(1.0..=12.0).contains(&hour) {
        return;
    }
    let afternoon = hour < 12.0 && second >= 12.0 && hour + 12.0 <= second;
    e.value = Some(if afternoon { hour + 12.0 } else { hour });
    e.kind = NumberKind::Time;
    e.noun = NounRule::Never;
}

fn of_phrase_rate(v: &View, e: &mut Expr) {
    let measured = matches!(
        e.kind,
        NumberKind::Quantity | NumberKind::Money | NumberKind::Percent
    ) && e.unit.is_some();
    let counted = e.kind == NumberKind::Cardinal && e.unit.is_none() && e.low.is_none();
    // "5 million doses of the vaccine a week": the counted noun names the rate's unit.
    let head = if counted && v.lowercase_word(e.end) {
        super::context::head_noun(v, e.end).filter(|&n| n < e.end + 3)
    } else {
        None
    };
    let of = match head {
        Some(n) => n + 1,
        None if measured => e.end,
        None => return,
    };
    let Some(n) = super::context::of_phrase_head(v, of).filter(|&n| n < of + 5) else {
        return;
    };
    let Some((den, end)) = units::rate_after(v, n + 1).filter(|_| v.same_sentence(e.start, n + 1))
    else {
        return;
    };
    let unit = match head {
        Some(h) => super::scan::singular(v.low(h)),
        None => e.unit.clone().unwrap_or_default(),
    };
    e.kind = NumberKind::Rate;
    e.unit = Some(format!("{unit} per {den}"));
    e.noun = NounRule::At(head.unwrap_or(n));
    e.end = end;
    e.span = None;
}

fn modified_time_unit(v: &View, e: &mut Expr) {
    let bare = e.kind == NumberKind::Cardinal && e.unit.is_none() && e.scale.is_none();
    if !bare || !super::context::is_modifier(v.low(e.end)) {
        return;
    }
    let mut k = e.end + 1;
    if super::context::is_modifier(v.low(k)) {
        k += 1;
    }
    let time = |u: &super::lexicons::Unit| u.class == super::lexicons::UnitClass::Time;
    let Some((u, end)) = units::unit_after(v, k)
        .filter(|(u, _)| time(u))
        .filter(|_| v.same_sentence(e.start, k))
    else {
        return;
    };
    e.kind = NumberKind::Duration;
    e.unit = Some(u.lemma.clone());
    e.end = end;
    e.span = None;
    e.noun = NounRule::Never;
}

fn duration_per_time(v: &View, e: &mut Expr) {
    if e.kind != NumberKind::Duration || units::singular_time_unit(v, e.end + 1).is_none() {
        return;
    }
    let Some((den, end)) = units::rate_after(v, e.end) else {
        return;
    };
    e.kind = NumberKind::Rate;
    e.unit = Some(format!("{} per {den}", e.unit.as_deref().unwrap_or("")));
    e.end = end;
    e.span = None;
}

fn year_span(v: &View, e: &mut Expr) {
    let shape = e.kind == NumberKind::Range && e.span.is_none() && e.end == e.start + 3;
    if !shape || e.unit.is_some() || e.noun != NounRule::ByKind {
        return;
    }
    let years = super::dates::year_at(v, e.start).zip(super::dates::year_at(v, e.end - 1));
    // A plausible span of years: rising, both ends from 1000 to 2100 ("from 1776 to 1783",
    // "from 1368 to 1644"), whatever its width; only count evidence (the noun and
    // counting-verb tests below) makes it a count ("employs between 1500 and 2000").
    let plausible = |&(a, b): &(u32, u32)| a < b && b <= 2100;
    let Some((y1, y2)) = years.filter(plausible) else {
        return;
    };
    // "from 1500 to 2000 people", "between 1500 and 2000 of them": a count.
    if super::context::head_noun(v, e.end).is_some() || v.low(e.end) == "of" {
        return;
    }
    if counted_before(v, e.start) {
        return;
    }
    // As "2004-05": the first year is the value, the span its bounds.
    e.value = Some(f64::from(y1));
    e.low = Some(f64::from(y1));
    e.high = Some(f64::from(y2));
    e.noun = NounRule::Never;
}

/// "the plant employs between 1900 and 2000", "the hall can hold between 1200 and 1600":
/// the object of a counting or estimating verb is a count; after a form of "be" and a past
/// participle it is passive and has none ("he was employed from 1990 to 2010"), after "be"
/// and an -ing form it is progressive and has one ("was hiring between 1900 and 2000").
/// A headcount noun as the object right before ("estimated the crowd at between 1500 and
/// 2000", "a turnout of") counts too; as the subject of a verb ("attendance fell between 2010
/// and 2019") it does not, nor does a counting word after a determiner or a possessive, a
/// noun ("held the seat from 1945 to 1951", "the party's seats between 1997 and 2010").
fn counted_before(v: &View, start: usize) -> bool {
    use crate::quotes::lexicons::{QuoteWordClass, QUOTE_WORDS};
    let passive = |k: usize| {
        k > 0 && QUOTE_WORDS.is(v.low(k - 1), QuoteWordClass::Be) && !v.low(k).ends_with("ing")
    };
    let noun = |k: usize| {
        k > 0
            && (context_is(v.low(k - 1), ContextClass::NounDeterminer)
                || matches!(v.low(k - 1), "'s" | "’s"))
    };
    let counting = |k: usize| {
        v.same_sentence(k, start)
            && context_is(v.low(k), ContextClass::CountingVerb)
            && !passive(k)
            && !noun(k)
    };
    let linked =
        |k: usize| (k + 1..start).all(|m| context_is(v.low(m), ContextClass::HeadcountLink));
    let headcount = |k: usize| {
        v.same_sentence(k, start) && context_is(v.low(k), ContextClass::HeadcountNoun) && linked(k)
    };
    (start.saturating_sub(2)..start).any(counting)
        || (start.saturating_sub(3)..start).any(headcount)
}

/// "from 1130 to 1215 GMT", "from 2300 to 0500 GMT": a four-digit 24-hour figure (0000 to
/// 2359) linked to a zoned clock time is a clock time too, whatever it first read as (a year,
/// a count), as "1130 GMT" alone is.
fn clock_before_zoned_clock(v: &View, e: &mut Expr) {
    if zoned_clock_span(v, e) {
        return;
    }
    let bare = matches!(e.kind, NumberKind::Year | NumberKind::Cardinal)
        && e.end == e.start + 1
        && e.span.is_none()
        && e.unit.is_none();
    let link = e.end;
    // A single wrap after the link is no sentence break, whatever the splitter made of it.
    let wrapped = |k: usize| {
        let gap = v.text.get(v.span(k - 1).end()..v.span(k).start());
        gap.is_some_and(|g| g.matches('\n').count() <= 1)
    };
    if !bare
        || !context_is(v.low(link), ContextClass::ClockLink)
        || !v.same_sentence(e.start, link)
        || !(v.same_sentence(link, link + 1) || wrapped(link + 1))
        || !v.same_sentence(link + 1, link + 2)
    {
        return;
    }
    let zoned = super::scan::single(v, link + 1).is_some_and(|s| s.kind == NumberKind::Time)
        || super::dates::is_timezone(v, link + 2);
    let (Some((h, m)), Some(_), true) = (hhmm(v.norm(e.start)), hhmm(v.norm(link + 1)), zoned)
    else {
        return;
    };
    e.kind = NumberKind::Time;
    e.value = Some(f64::from(h) + f64::from(m) / 60.0);
    e.date = None;
    e.noun = NounRule::Never;
}

/// Four digits read as a 24-hour clock time (0000 to 2359): its hours and minutes.
fn hhmm(n: &str) -> Option<(u32, u32)> {
    let digits = n.len() == 4 && n.bytes().all(|b| b.is_ascii_digit());
    let hm = n.parse::<u32>().ok().map(|n| (n / 100, n % 100));
    hm.filter(|&(h, m)| digits && h < 24 && m < 60)
}

/// "1130-1215 GMT": a hyphenated span of two 24-hour figures before a time zone is a span of
/// clock times (the first its value, as a span of years keeps its first year), not a count
/// of "GMT". True when it was one and `e` now holds it.
fn zoned_clock_span(v: &View, e: &mut Expr) -> bool {
    let one_token = e.kind == NumberKind::Range && e.end == e.start + 1 && e.unit.is_none();
    if !one_token || !super::dates::is_timezone(v, e.end) || !v.same_sentence(e.start, e.end) {
        return false;
    }
    let Some((a, b)) = v.norm(e.start).split_once(['-', '–']) else {
        return false;
    };
    let (Some((h1, m1)), Some((h2, m2))) = (hhmm(a), hhmm(b)) else {
        return false;
    };
    let first = f64::from(h1) + f64::from(m1) / 60.0;
    e.kind = NumberKind::Time;
    e.value = Some(first);
    e.low = Some(first);
    e.high = Some(f64::from(h2) + f64::from(m2) / 60.0);
    e.end += 1;
    e.span = None;
    e.noun = NounRule::Never;
    true
}

fn rank_position(v: &View, e: &mut Expr) {
    let bare = e.kind == NumberKind::Cardinal && e.unit.is_none() && e.noun == NounRule::ByKind;
    // One token: "the bottom 50 million" is a count with its scale, not a position.
    let one_token = e.end == e.start + 1;
    if !bare || !one_token || e.span.is_some() || e.start < 2 || !v.lowercase_word(e.start - 1) {
        return;
    }
    let lead = v.same_sentence(e.start - 2, e.start)
        && context_is(v.low(e.start - 1), ContextClass::RankLead)
        && context_is(v.low(e.start - 2), ContextClass::Determiner);
    // "the top five teams" counts teams.
    if !lead || super::context::head_noun(v, e.end).is_some() {
        return;
    }
    e.kind = NumberKind::Ordinal;
    e.noun = NounRule::Never;
}

fn elided_noun(v: &View, e: &mut Expr) {
    let bare = e.kind == NumberKind::Cardinal && e.unit.is_none() && e.noun == NounRule::ByKind;
    if !bare || e.span.is_some() || e.start < 3 || !v.same_sentence(e.start - 2, e.start) {
        return;
    }
    let (noun, link) = (e.start - 2, e.start - 1);
    if !context_is(v.low(link), ContextClass::ElisionLink) || !v.lowercase_word(noun) {
        return;
    }
    // A noun of its own after the figure wins ("3 jobs and 35 stores", "178 \"recordings\"").
    if v.kind(e.end) == Some(TokenKind::Quote)
        || super::context::head_noun(v, e.end).is_some()
        || super::context::of_phrase_head(v, e.end).is_some()
    {
        return;
    }
    let counted = if super::context::plural(v.low(noun)) {
        figure_before_noun(v, noun)
            .is_some_and(|f| super::context::head_noun(v, f + 1) == Some(noun))
    } else {
        // "another pick or two", "a week or two": one thing, or a few of them.
        v.low(link) == "or"
            && context_is(v.low(noun - 1), ContextClass::Determiner)
            && super::context::nounish(v, noun, true)
    };
    if !counted {
        return;
    }
    e.noun = NounRule::At(noun);
}

/// `elided_noun` across a two-word comparison (`comparison_link` in `number_context.txt`),
/// after a comma or not: "3.9 million units, up from 2.4 million", "20,645 votes, compared to
/// 14,738". The noun is the plural head of the figure before the comparison.
fn compared_elided_noun(v: &View, e: &mut Expr) {
    let bare = e.kind == NumberKind::Cardinal && e.unit.is_none() && e.noun == NounRule::ByKind;
    if !bare || e.span.is_some() || e.start < 4 || !v.lowercase_word(e.start - 1) {
        return;
    }
    let link = e.start - 2;
    // The first word of a `comparison_link` ("up", "compared") before building the pair.
    if !context_is(v.low(link), ContextClass::ComparisonLead)
        || !v.lowercase_word(link)
        || !v.same_sentence(link, e.start)
    {
        return;
    }
    if !context_is(&v.joined_lower(link, e.start), ContextClass::ComparisonLink) {
        return;
    }
    let noun = if v.norm(link - 1) == "," {
        link - 2
    } else {
        link - 1
    };
    if !v.lowercase_word(noun)
        || !v.same_sentence(noun, e.start)
        || !super::context::plural(v.low(noun))
    {
        return;
    }
    // A noun of its own after the figure wins ("500 cars, up from 300 vans").
    if v.kind(e.end) == Some(TokenKind::Quote)
        || super::context::head_noun(v, e.end).is_some()
        || super::context::of_phrase_head(v, e.end).is_some()
    {
        return;
    }
    // "7.5 connections per 100 people, compared to 6.7": the noun of a rate's denominator
    // is not what the figures count.
    let rate = |f: usize| {
        let lead = match f {
            0 => return false,
            2.. if v.is(f - 1, TokenKind::Number) => f - 2,
            _ => f - 1,
        };
        context_is(v.low(lead), ContextClass::RateLead)
    };
    if figure_before_noun(v, noun)
        .is_some_and(|f| !rate(f) && super::context::head_noun(v, f + 1) == Some(noun))
    {
        e.noun = NounRule::At(noun);
    }
}

/// A bare whole number right after `who is`/`who was` (`age_clause` in `number_context.txt`)
/// and before punctuation, the sentence end or `when`/`at` (`age_after`) is the person's age:
/// "Bamberg, who is 28, said", "the boy, who was 13 at the time". A noun, unit or score after
/// it keeps the count ("who were 10 points clear", "who is 6ft").
fn relative_clause_age(v: &View, e: &mut Expr) {
    let bare = e.kind == NumberKind::Cardinal && e.unit.is_none() && e.noun == NounRule::ByKind;
    let one = e.end == e.start + 1 && plain_digits(v.norm(e.start));
    if !bare || !one || e.span.is_some() || e.start < 2 || !v.lowercase_word(e.start - 1) {
        return;
    }
    let clause = context_is(v.low(e.start - 2), ContextClass::AgeLead)
        && v.lowercase_word(e.start - 2)
        && v.same_sentence(e.start - 2, e.start)
        && context_is(
            &v.joined_lower(e.start - 2, e.start),
            ContextClass::AgeClause,
        );
    if !clause || !e.value.is_some_and(|x| (1.0..=120.0).contains(&x)) {
        return;
    }
    let (_, sent_end) = v.sentence_of(e.start);
    let after = e.end;
    let closes = after >= sent_end
        || v.is(after, TokenKind::Punct) && !v.is(after + 1, TokenKind::Number)
        || v.lowercase_word(after) && context_is(v.low(after), ContextClass::AgeAfter);
    if !closes {
        return;
    }
    e.kind = NumberKind::Age;
    e.unit = Some("year".to_string());
    e.noun = NounRule::Never;
}

/// The last token of a figure in digits or words at most three words before the noun at
/// `noun` ("120" in "120 patients", "million" in "2.5 million new patients").
fn figure_before_noun(v: &View, noun: usize) -> Option<usize> {
    let from = noun.saturating_sub(4);
    (from..noun)
        .rev()
        .take_while(|&k| v.same_sentence(k, noun))
        .find(|&k| {
            let low = v.low(k);
            v.kind(k) == Some(TokenKind::Number)
                || super::lexicons::NUMBER_WORDS.cardinal.contains_key(low)
                || SCALES.0.contains_key(low)
        })
}

fn spaced_age(v: &View, i: usize) -> Option<Expr> {
    let j = i + 1;
    if !v.is(i, TokenKind::Number) || !plain_digits(v.norm(i)) || v.glued(j) {
        return None;
    }
    let (unit, old) = v.low(j).split_once('-')?;
    let lemma = unit.strip_suffix('s').unwrap_or(unit);
    let time = UNITS.folded.get(lemma)?;
    if old != "old" || time.class != super::lexicons::UnitClass::Time || !v.same_sentence(i, j) {
        return None;
    }
    let mut e = Expr::new(i, j + 1, v.norm(i).parse().ok()?, NumberKind::Age);
    e.unit = Some(time.lemma.clone());
    e.noun = NounRule::Attributive;
    Some(e)
}

fn glued_capital_scale(v: &View, i: usize) -> Option<Expr> {
    let j = i + 1;
    if !v.is(i, TokenKind::Number) || !v.glued(j) || !matches!(v.raw(j), "M" | "K") {
        return None;
    }
    let raw = v.norm(i);
    let dec = Decimal::parse(raw)?;
    // "4K TVs", "3M": a small whole number with a capital letter is a code.
    if !raw.contains('.') && dec.value() < 10.0 {
        return None;
    }
    if v.is_word(j + 1) && v.glued(j + 1) {
        return None;
    }
    let power = SCALES.1.get(v.raw(j))?.power;
    let mut e = Expr::new(i, j + 1, dec.scaled(power), NumberKind::Cardinal);
    e.raw = dec.value();
    e.scale = Some(power);
    Some(e)
}

fn prefixed_figure(v: &View, i: usize) -> Option<Expr> {
    if !v.is_word(i) || !v.raw(i).contains('-') {
        return None;
    }
    let (prefix, rest) = v.low(i).split_once('-')?;
    let negative = context_is(prefix, ContextClass::Sign);
    if !negative && !context_is(prefix, ContextClass::UpperPrefix) {
        return None;
    }
    let dec = Decimal::parse(rest)?;
    let value = if negative { -dec.value() } else { dec.value() };
    let mut e = Expr::new(i, i + 1, value, NumberKind::Cardinal);
    if let Some((u, end)) = units::unit_after(v, i + 1).filter(|_| v.same_sentence(i, i + 1)) {
        e.kind = match u.class {
            super::lexicons::UnitClass::Percent => NumberKind::Percent,
            _ => NumberKind::Quantity,
        };
        e.unit = Some(u.lemma.clone());
        e.end = end;
    }
    if !negative {
        e.high = Some(value);
        e.approx = true;
    }
    Some(e)
}

fn scale_hyphen_unit(v: &View, i: usize) -> Option<Expr> {
    if !v.is_word(i) || !v.raw(i).contains('-') {
        return None;
    }
    let (scale, unit) = v.low(i).split_once('-')?;
    let power = SCALES.0.get(scale).filter(|_| !scale.ends_with('s'))?.power;
    let value = 10f64.powi(power);
    let mut e = Expr::new(i, i + 1, value, NumberKind::Quantity);
    e.scale = Some(power);
    e.raw = 1.0;
    e.noun = NounRule::Attributive;
    if let Some((code, _)) = CURRENCIES.words.get(unit) {
        e.kind = NumberKind::Money;
        e.unit = Some(code.clone());
        return Some(e);
    }
    let u = UNITS.folded.get(unit)?;
    e.unit = Some(u.lemma.clone());
    Some(e)
}

fn fraction_of_scale(v: &View, i: usize) -> Option<Expr> {
    if !v.is_word(i) {
        return None;
    }
    let words = &*super::lexicons::NUMBER_WORDS;
    let start = i;
    let mut k = i;
    if matches!(v.low(k), "a" | "an") {
        k += 1;
    }
    let mut times = 1.0;
    if let Some(n) = words
        .cardinal
        .get(v.low(k))
        .map(|c| c.0)
        .filter(|&n| n < 10)
    {
        times = n as f64;
        k += 1;
    }
    if !v.is_word(k) || !v.same_sentence(start, k) {
        return None;
    }
    // "half-million" is one token; "quarter million" two.
    let (frac, scale, end) = match v.low(k).split_once('-') {
        Some((f, s)) => (f, s, k + 1),
        None if v.same_sentence(k, k + 1) => (v.low(k), v.low(k + 1), k + 2),
        None => return None,
    };
    let denominator = *words.fraction.get(frac)?;
    let power = SCALES.0.get(scale).filter(|_| !scale.ends_with('s'))?.power;
    let value = times / denominator as f64 * 10f64.powi(power);
    let mut e = Expr::new(start, end, value, NumberKind::Cardinal);
    e.raw = times / denominator as f64;
    e.scale = Some(power);
    if let Some((code, _, cur_end)) = units::currency_after(v, end) {
        e.kind = NumberKind::Money;
        e.unit = Some(code);
        e.end = cur_end;
    }
    Some(e)
}

fn vague_magnitude(v: &View, i: usize) -> Option<Expr> {
    let first = v.low(i);
    if !v.is_word(i) || !first.ends_with('s') || !context_is(first, ContextClass::Vague) {
        return None;
    }
    let base = vague_base(first)?;
    // "tens of millions of", "hundreds of thousands of": a second, plural scale multiplies.
    let mut low = base;
    let mut end = i + 1;
    if v.low(end) == "of" && v.same_sentence(i, end + 1) {
        if let Some(more) = vague_base(v.low(end + 1)).filter(|m| *m >= 1000.0) {
            low *= more;
            end += 2;
        }
    }
    // The figure is vague only before "of" and what it counts.
    if v.low(end) != "of" || !v.same_sentence(i, end + 1) {
        return None;
    }
    let mut e = Expr::new(i, end, low * 5.5, NumberKind::Range);
    e.low = Some(low);
    e.high = Some(low * 10.0);
    e.approx = true;
    if let Some((code, _, cur_end)) = units::currency_after(v, end + 1) {
        e.unit = Some(code);
        e.end = cur_end;
        e.noun = NounRule::Never;
    } else {
        e.noun = NounRule::At(super::context::head_noun(v, end + 1)?);
    }
    Some(e)
}

/// The order of magnitude of a plural vague word: "dozens" 12, "tens" 10, "millions" 1e6.
fn vague_base(word: &str) -> Option<f64> {
    match word {
        "dozens" => Some(12.0),
        "tens" => Some(10.0),
        _ => {
            let singular = word.strip_suffix('s')?;
            let s = SCALES.0.get(singular)?;
            Some(10f64.powi(s.power))
        }
    }
}

// ---- vetoes --------------------------------------------------------------------------------

fn article_time_idiom(v: &View, e: &Expr) -> bool {
    let article = matches!(v.low(e.start), "a" | "an");
    if !article || e.kind != NumberKind::Duration || e.end != e.start + 2 {
        return false;
    }
    let prev = if e.start > 0 && v.same_sentence(e.start - 1, e.start) {
        v.low(e.start - 1)
    } else {
        ""
    };
    // "just a day earlier", "just under an hour": a measuring word keeps the duration;
    // "lasted an hour": so does a verb, which is neither of the idiom's neighbours.
    if context_is(prev, ContextClass::MeasuresArticle) {
        return false;
    }
    context_is(v.low(e.end), ContextClass::TimeIdiomAfter)
        || context_is(prev, ContextClass::TimeIdiomBefore)
}

fn denominator_after_measure(v: &View, e: &Expr) -> bool {
    let article = matches!(v.low(e.start), "a" | "an");
    if !article || e.kind != NumberKind::Duration || e.end != e.start + 2 || e.start == 0 {
        return false;
    }
    let prev = v.low(e.start - 1);
    // "billions of dollars a year ago": the idiom of time is no denominator.
    v.same_sentence(e.start - 1, e.start)
        && !context_is(v.low(e.end), ContextClass::TimeIdiomAfter)
        && prev.ends_with('s')
        && (CURRENCIES.words.contains_key(prev) || UNITS.folded.contains_key(prev))
}

fn letter_code_not_temperature(v: &View, e: &Expr) -> bool {
    let (k, last) = (e.start, v.raw(e.end.saturating_sub(1)));
    // "13F" as one token, or "13" and a glued "F".
    let glued = e.end == k + 1 || e.end == k + 2 && v.glued(k + 1) && last.len() == 1;
    let one_letter = glued && last.ends_with(['F', 'C']) && !last.contains(['°', 'º']);
    let scale = e.unit.as_deref().is_some_and(|u| u.starts_with("degree "));
    if !one_letter || !scale || !v.lowercase_word(e.end) || !v.same_sentence(k, e.end) {
        return false;
    }
    // "95F heat", "it hit 35C yesterday as temperatures soared": a word of heat nearby.
    let from = v.sentence_of(k).0.max(k.saturating_sub(8));
    let heat = (from..e.end + 8)
        .any(|w| v.same_sentence(k, w) && context_is(v.low(w), ContextClass::TemperatureCue));
    !heat && !context_is(v.low(e.end), ContextClass::Stop)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::document::analyze;

    /// The next state of a fixed-seed xorshift (the random byte strings of the oracle tests).
    fn xorshift(mut state: u64) -> u64 {
        state ^= state << 13;
        state ^= state >> 7;
        state ^= state << 17;
        state
    }

    fn figures(text: &str) -> Vec<(String, Option<f64>, &'static str, Option<String>)> {
        analyze(text)
            .numbers
            .iter()
            .map(|n| {
                (
                    n.span.text(text).to_string(),
                    n.value,
                    n.kind.as_str(),
                    n.unit.clone(),
                )
            })
            .collect()
    }

    fn has(text: &str, surface: &str, value: f64) -> bool {
        figures(text)
            .iter()
            .any(|(s, v, _, _)| s == surface && *v == Some(value))
    }

    /// Every reader reads nothing at a token of a kind its gate does not declare, and the
    /// gated [`read`] gives the expression of asking every reader, at every token of text
    /// drawn from the readers' own examples, digits, signs, words and marks.
    #[test]
    fn readers_start_only_at_their_kinds() {
        let mut vocabulary: Vec<String> = Vec::new();
        for r in READERS {
            for example in r.doc.split('`').skip(1).step_by(2) {
                vocabulary.push(example.to_string());
                vocabulary.extend(example.split(' ').map(str::to_string));
            }
        }
        let more = "the of a an HK US $ £ € US$ 5 12 4.3 1,000 M K - year-old years-old \
                    million-dollar half quarter million billion dozens tens of , . ( ) \
                    minus-5 sub-20 5kg USD3 EUR4m Dozens Tens";
        vocabulary.extend(more.split(' ').map(str::to_string));
        let vocabulary: Vec<&str> = vocabulary.iter().map(String::as_str).collect();
        let mut read_by = vec![0usize; READERS.len()];
        let mut asked_outside = 0;
        for seed in 0..6u64 {
            let gaps = crate::test_text::draw(seed + 7, 2500, &[" ", " ", "", ". "]);
            let text: String = crate::test_text::draw(seed, 2500, &vocabulary)
                .zip(gaps)
                .flat_map(|(w, g)| [w, g])
                .collect();
            let mut tokens = crate::tokenize::tokenize(&text);
            let sentences = crate::sentences::split(&text, &mut tokens);
            let v = View::new(&text, &tokens, &sentences);
            for i in 0..v.len() + 1 {
                let bit = v.kind(i).map_or(0, kind_bit);
                for (k, r) in READERS.iter().enumerate() {
                    let e = (r.run.read)(&v, i);
                    if r.run.starts & bit == 0 {
                        asked_outside += 1;
                        assert!(e.is_none(), "{} at {:?} in {text:?}", r.name, v.raw(i));
                    }
                    read_by[k] += usize::from(e.is_some());
                }
                assert_eq!(
                    format!("{:?}", read(&v, i)),
                    format!("{:?}", read_ungated(&v, i)),
                    "at {i}"
                );
            }
        }
        for (r, n) in READERS.iter().zip(&read_by) {
            assert!(*n > 0, "{} read nothing", r.name);
        }
        assert!(asked_outside > 10_000, "{asked_outside}");
    }

    #[test]
    fn digit_and_hyphen_reads_the_word_once() {
        assert_eq!(digit_and_hyphen("a4"), (true, None));
        assert_eq!(digit_and_hyphen("three-quarters"), (false, Some(5)));
        assert_eq!(digit_and_hyphen("million-dollar-plus"), (false, Some(7)));
        assert_eq!(digit_and_hyphen("x-9"), (true, Some(1)));
        assert_eq!(digit_and_hyphen("said"), (false, None));
        assert_eq!(digit_and_hyphen(""), (false, None));
        for w in [
            "mid-1990s",
            "covid-19",
            "²",
            "u.s.",
            "km/h",
            "naïve-ish",
            "x9",
            "abcdefgh9",
        ] {
            assert_eq!(digit_and_hyphen(w), digit_and_hyphen_bytewise(w), "{w}");
        }
        // Each word test still reached through the prefilter: a vague plural, a scale before
        // a hyphen, a word before a currency sign.
        assert!(figures("Dozens of people came.")
            .iter()
            .any(|(s, _, _, _)| s.starts_with("Dozens")));
        assert!(figures("It was a million-dollar deal.")
            .iter()
            .any(|(s, _, _, _)| s.contains("million")));
    }

    #[test]
    fn digit_and_hyphen_fast_path_answers_as_the_byte_loop() {
        // Every length from 0 to 20 with the marked byte at every place, on ASCII and
        // non-ASCII filler, plus pseudo-random bytes (a fixed-seed xorshift).
        let marks = [
            b'-', b'.', b'/', b'0', b'5', b'9', b',', b':', b'a', b'Z', 0xAD, 0xB9,
        ];
        for n in 0..=20usize {
            for filler in ["e", "é", "\u{2011}"] {
                let base: String = filler.repeat(n);
                assert_eq!(digit_and_hyphen(&base), digit_and_hyphen_bytewise(&base));
                for at in 0..n {
                    for &m in &marks[..10] {
                        let mut w: Vec<u8> = vec![b'e'; n];
                        w[at] = m;
                        let w = String::from_utf8(w).unwrap();
                        assert_eq!(digit_and_hyphen(&w), digit_and_hyphen_bytewise(&w), "{w}");
                    }
                }
            }
        }
        let mut state = 0x9E37_79B9_7F4A_7C15u64;
        for _ in 0..20_000 {
            state = xorshift(state);
            let n = (state % 19) as usize;
            let bytes: Vec<u8> = (0..n)
                .map(|k| {
                    let b = (state >> (k % 8 * 8)) as u8 ^ (k as u8).wrapping_mul(37);
                    marks[b as usize % marks.len()].max(b)
                })
                .collect();
            let w = String::from_utf8_lossy(&bytes);
            assert_eq!(digit_and_hyphen(&w), digit_and_hyphen_bytewise(&w), "{w:?}");
        }
    }

    #[test]
    fn ascii_without_dash_to_nine_answers_as_the_byte_loop() {
        // Every length from 0 to 20 with a marked byte at every place, on ASCII and
        // non-ASCII filler, plus pseudo-random bytes (a fixed-seed xorshift).
        let marks = [
            b'-', b'.', b'/', b'0', b'5', b'9', b',', b':', b'a', b'Z', 0xAD, 0xB9, 0x80, 0xFF,
        ];
        for n in 0..=20usize {
            for filler in [b'e', b'E', b'x', 0xC3] {
                let base = vec![filler; n];
                assert_eq!(
                    ascii_without_dash_to_nine(&base),
                    ascii_without_dash_to_nine_bytewise(&base)
                );
                for at in 0..n {
                    for &m in &marks {
                        let mut w = base.clone();
                        w[at] = m;
                        assert_eq!(
                            ascii_without_dash_to_nine(&w),
                            ascii_without_dash_to_nine_bytewise(&w),
                            "{w:?}"
                        );
                    }
                }
            }
        }
        assert!(ascii_without_dash_to_nine(b"houses"));
        assert!(!ascii_without_dash_to_nine(b"mid-1990s"));
        assert!(!ascii_without_dash_to_nine("caf\u{e9}".as_bytes()));
        let mut state = 0x2545_F491_4F6C_DD1Du64;
        for _ in 0..20_000 {
            state = xorshift(state);
            let n = (state % 19) as usize;
            let bytes: Vec<u8> = (0..n)
                .map(|k| {
                    let b = (state >> (k % 8 * 8)) as u8 ^ (k as u8).wrapping_mul(37);
                    if b & 1 == 0 {
                        b'a' + b % 26
                    } else {
                        marks[b as usize % marks.len()]
                    }
                })
                .collect();
            assert_eq!(
                ascii_without_dash_to_nine(&bytes),
                ascii_without_dash_to_nine_bytewise(&bytes),
                "{bytes:?}"
            );
            // The one-load form the prefilter reads a word of up to eight bytes in.
            if n <= 8 {
                let mut eight = [0u8; 8];
                eight[..n].copy_from_slice(&bytes);
                assert_eq!(
                    ascii_without_dash_to_nine_packed(u64::from_le_bytes(eight)),
                    ascii_without_dash_to_nine_bytewise(&bytes),
                    "{bytes:?}"
                );
            }
        }
    }

    fn none_in(text: &str, surface: &str) -> bool {
        !figures(text).iter().any(|(s, _, _, _)| s.contains(surface))
    }

    #[test]
    fn every_rule_is_named_and_documented() {
        let rules = listed();
        let names: Vec<&str> = rules.iter().map(|r| r.1).collect();
        assert_eq!(names.len(), 29);
        assert!(rules.iter().all(|r| !r.2.is_empty() && !r.2.contains('\n')));
        let mut sorted = names.clone();
        sorted.sort_unstable();
        sorted.dedup();
        assert_eq!(sorted.len(), names.len(), "rule names are unique");
    }

    #[test]
    fn clock_before_zoned_clock_reads_both_ends_as_times() {
        assert!(has("Trading halted from 1130 to 1215 GMT.", "1130", 11.5));
        assert!(has("It ran from 1130 to 1215.", "1130 to 1215", 1130.0));
    }

    #[test]
    fn label_word_before_names_a_slot() {
        let t =
            "The storm was upgraded to category 4 and fans sat in section 427 row 21 for 9 hours.";
        assert!(none_in(t, "4"));
        assert!(none_in(t, "427"));
        assert!(none_in(t, "21"));
        assert!(has(t, "9 hours", 9.0));
    }

    #[test]
    fn mixed_case_name_before_keeps_the_model() {
        let t = "She swapped her iPhone 12 for an eBay 3 bundle and 4 chargers.";
        assert!(none_in(t, "12"));
        assert!(has(t, "4", 4.0));
    }

    #[test]
    fn model_name_after_is_not_a_count() {
        let t = "The 737 Max and the 11 Pro flew past 40 Republicans and seven European envoys.";
        assert!(none_in(t, "737"));
        assert!(none_in(t, "11"));
        assert!(has(t, "40", 40.0));
        assert!(has(t, "seven", 7.0));
    }

    #[test]
    fn dashed_code_after_name_is_one_code() {
        let t = "Cases of Covid -19 rose by 12 in the county.";
        assert!(none_in(t, "19"));
        assert!(has(t, "12", 12.0));
    }

    #[test]
    fn spaced_dollar_prefix_reads_the_currency() {
        let f = figures("The stake sold for HK $9.5 million, or C $2 a share.");
        assert!(f.iter().any(|(s, v, _, u)| s == "HK $9.5 million"
            && *v == Some(9.5e6)
            && u.as_deref() == Some("HKD")));
    }

    #[test]
    fn spaced_dollar_prefix_in_a_lower_cased_text() {
        let f = figures("exports rose to hk $ 10.05 billion and cost a $5 fee.");
        let unit = |s: &str| f.iter().find(|x| x.0 == s).and_then(|x| x.3.clone());
        assert_eq!(unit("hk $ 10.05 billion").as_deref(), Some("HKD"));
        assert_eq!(unit("$5").as_deref(), Some("USD"));
        // In a cased text a lower-case word before "$" is not a prefix.
        let f = figures("They paid us $5 each, Reuters said.");
        assert!(f.iter().any(|x| x.0 == "$5"));
    }

    #[test]
    fn glued_currency_amount_keeps_every_group() {
        let t = "It paid USD2,400, then $US1,250,000, then RM3,100, EUR50m and PS4.5m.";
        assert!(has(t, "USD2,400", 2400.0));
        assert!(has(t, "$US1,250,000", 1_250_000.0));
        assert!(has(t, "RM3,100", 3100.0));
        assert!(has(t, "EUR50m", 50e6));
        assert!(has(t, "PS4.5m", 4.5e6));
        assert!(none_in("He bought a PS4 yesterday.", "PS4"));
        // A scale spaced after the glued amount scales it.
        let t = "It lost RM3 million, then $US113 trillion and USD5 bn.";
        assert!(has(t, "RM3 million", 3e6));
        assert!(has(t, "$US113 trillion", 113e12));
        assert!(has(t, "USD5 bn", 5e9));
        // A denominator after it makes a rate, as after a sign ("$79 a month").
        let got = figures("The plan costs RM79 a month.");
        let want = ("RM79 a month".to_string(), Some(79.0), "rate");
        assert_eq!(got.len(), 1, "{got:?}");
        assert_eq!((got[0].0.clone(), got[0].1, got[0].2), want);
        assert_eq!(got[0].3.as_deref(), Some("MYR per month"));
    }

    #[test]
    fn glued_unit_amount_reads_a_glued_code() {
        assert!(has("It cost 115USD, or 98.5EUR.", "115USD", 115.0));
        let n = analyze("It cost 98.5EUR.").numbers;
        assert_eq!(
            (n[0].kind, n[0].unit.as_deref()),
            (NumberKind::Money, Some("EUR"))
        );
    }

    #[test]
    fn glued_unit_amount_reads_the_unit() {
        let f = figures("A 640bhp engine, a 15kHz tone, a 1520sq m flat and a 5-10W laser.");
        let unit = |s: &str| f.iter().find(|x| x.0 == s).and_then(|x| x.3.clone());
        assert_eq!(unit("640bhp").as_deref(), Some("brake horsepower"));
        assert_eq!(unit("15kHz").as_deref(), Some("kilohertz"));
        assert_eq!(unit("1520sq m").as_deref(), Some("square metre"));
        let laser = analyze("a 5-10W laser").numbers;
        assert_eq!((laser[0].low, laser[0].high), (Some(5.0), Some(10.0)));
    }

    #[test]
    fn compound_measure_is_one_measure() {
        let h = analyze("He stands 5ft 10in tall.").numbers;
        assert_eq!(
            (h[0].value, h[0].unit.as_deref()),
            (Some(70.0), Some("inch"))
        );
        let d = analyze("The tunnel runs 2 km and 100 metres under the city.").numbers;
        assert_eq!(
            (d[0].value, d[0].unit.as_deref()),
            (Some(2100.0), Some("metre"))
        );
        let m = analyze("It cost thirteen dollars and forty-five cents.").numbers;
        assert_eq!(
            (m[0].value, m[0].unit.as_deref()),
            (Some(13.45), Some("USD"))
        );
        // Units that do not chain stay two figures.
        assert_eq!(analyze("It weighs 5 kg and 3 km away.").numbers.len(), 2);
    }

    #[test]
    fn spaced_age_is_an_age() {
        let n = analyze("A 50 year-old man and a 15 years-old girl.").numbers;
        assert_eq!(n.len(), 2);
        assert_eq!((n[0].kind, n[0].value), (NumberKind::Age, Some(50.0)));
        assert_eq!(n[0].unit.as_deref(), Some("year"));
        assert_eq!((n[1].kind, n[1].value), (NumberKind::Age, Some(15.0)));
    }

    #[test]
    fn glued_capital_scale_scales() {
        let t = "The clip had 4.3M views and 100K likes on 4K TVs.";
        assert!(has(t, "4.3M", 4.3e6));
        assert!(has(t, "100K", 1e5));
        assert!(none_in(t, "4K"));
    }

    #[test]
    fn prefixed_figure_reads_sign_and_bound() {
        let n = analyze("Nights fall to minus-130 degrees.").numbers;
        assert_eq!(
            (n[0].value, n[0].unit.as_deref()),
            (Some(-130.0), Some("degree"))
        );
        let s = analyze("Phones at sub-300 prices sold out.").numbers;
        assert_eq!(
            (s[0].value, s[0].high, s[0].approx),
            (Some(300.0), Some(300.0), true)
        );
    }

    #[test]
    fn scale_hyphen_unit_is_a_measure() {
        let n = analyze("It was a billion-mile trip and a million-dollar deal.").numbers;
        assert_eq!(
            (n[0].value, n[0].unit.as_deref()),
            (Some(1e9), Some("mile"))
        );
        assert_eq!((n[1].value, n[1].unit.as_deref()), (Some(1e6), Some("USD")));
    }

    #[test]
    fn fraction_of_scale_multiplies() {
        assert!(has(
            "It cost a half-million dollars.",
            "a half-million dollars",
            5e5
        ));
        assert!(has(
            "A quarter million people came.",
            "A quarter million",
            2.5e5
        ));
        assert!(has(
            "It cost three quarters billion euros.",
            "three quarters billion euros",
            7.5e8
        ));
        // A fraction without a scale is left to the scanner.
        assert!(has("A quarter of voters agreed.", "A quarter", 0.25));
    }

    #[test]
    fn vague_magnitude_is_an_approximate_range() {
        let d = analyze("Dozens of people were hurt.").numbers;
        assert_eq!(
            (d[0].low, d[0].high, d[0].approx),
            (Some(12.0), Some(120.0), true)
        );
        let m = analyze("It cost tens of millions of dollars.").numbers;
        assert_eq!((m[0].low, m[0].high), (Some(1e7), Some(1e8)));
        assert_eq!(m[0].unit.as_deref(), Some("USD"));
        let h = analyze("Hundreds of thousands of fans came.").numbers;
        assert_eq!((h[0].low, h[0].high), (Some(1e5), Some(1e6)));
        assert!(analyze("The tens digit.").numbers.is_empty());
    }

    #[test]
    fn restated_in_brackets_joins_the_same_figure() {
        let t = "It has nine (9) lives.";
        assert!(has(t, "nine (9)", 9.0));
        assert_eq!(figures(t).len(), 1);
        // Another figure in brackets is not joined, nor the same value in another unit.
        assert_eq!(figures("It has nine (10) lives.").len(), 2);
        assert_eq!(figures("The path is 10 miles (10 km) long.").len(), 2);
    }

    #[test]
    fn or_more_bound_sets_one_bound() {
        let n = analyze("Voters aged 65 or older and 10 or fewer seats.").numbers;
        assert_eq!(
            (n[0].value, n[0].low, n[0].high),
            (Some(65.0), Some(65.0), None)
        );
        assert_eq!(
            n[1].span
                .text("Voters aged 65 or older and 10 or fewer seats."),
            "10 or fewer"
        );
        assert_eq!((n[1].low, n[1].high, n[1].approx), (None, Some(10.0), true));
        assert_eq!(n[1].noun_lemma.as_deref(), Some("seat"));
        // "or more than" opens a second figure.
        let t = "It costs 5 or more than 6 dollars.";
        assert!(has(t, "5", 5.0));
        // "and over" as a bound, not when "over" goes on as a preposition.
        let n = analyze("Children 12 and under go free.").numbers;
        assert_eq!((n[0].low, n[0].high), (None, Some(12.0)));
        let t = "Prices rose 5% and over the year wages fell.";
        assert!(has(t, "5%", 5.0));
        // Nor before a noun-like word or a number word; after a noun the verb may follow.
        assert!(has("Costs ran 8% and over target.", "8%", 8.0));
        assert!(has("It hired 9 and over two years lost them.", "9", 9.0));
        let n = analyze("Pupils 11 and under eat free.").numbers;
        assert_eq!((n[0].high, n[0].noun_lemma.as_deref()), (Some(11.0), None));
    }

    #[test]
    fn letter_code_not_temperature_drops_filing_codes() {
        assert!(none_in("Its 13F filing showed the stake.", "13F"));
        // A word of heat or a weather time nearby keeps the temperature.
        assert!(has("Temperatures hit 35C inland.", "35C", 35.0));
        assert!(has("It hit 35C yesterday.", "35C", 35.0));
        assert!(has("A 95F heat dome settled.", "95F", 95.0));
    }

    #[test]
    fn article_time_idiom_is_not_a_quantity() {
        assert!(none_in("Prices rose a year ago.", "year"));
        assert!(none_in(
            "The first rum house for a century opened.",
            "century"
        ));
        assert!(none_in("He stayed for a day.", "day"));
        assert!(has("The raid came just a day earlier.", "a day", 1.0));
        assert!(has("The call lasted just under an hour.", "an hour", 1.0));
        assert!(has("The talks lasted an hour.", "an hour", 1.0));
        assert!(none_in("It was the highest level in a decade.", "decade"));
    }

    #[test]
    fn level_shares_tail_gives_the_first_level_its_unit_and_scale() {
        let t = "The jobless rate fell from 6.1 to 5.7 percent in March.";
        assert!(figures(t).contains(&("6.1".into(), Some(6.1), "percent", Some("%".into()))));
        let t = "Exports rose from 4 to 6 billion dollars.";
        assert!(figures(t).contains(&("4".into(), Some(4e9), "money", Some("USD".into()))));
        // across orders of magnitude the scale is not shared
        assert!(has("Prices fell from 700 to 1.5 million.", "700", 700.0));
        // a minor unit converts the first level too
        let t = "Bus fares went from 40 to 55 cents.";
        assert!(figures(t).contains(&("40".into(), Some(0.4), "money", Some("USD".into()))));
        // a bare hour before a clock time
        let t = "The clinic opens from 2 to 6pm.";
        assert!(figures(t).contains(&("2".into(), Some(14.0), "time", None)));
        let n = analyze("Staff fell from 240 to 180 nurses.").numbers;
        assert_eq!(n[0].noun_lemma.as_deref(), Some("nurse"));
        // two bare figures stay bare
        assert!(figures("The vote was 61 to 39.")
            .iter()
            .all(|f| f.2 == "cardinal"));
    }

    #[test]
    fn of_phrase_rate_reads_the_denominator_after_the_of_phrase() {
        let t = "The field yields 40,000 barrels of crude a day.";
        let f = figures(t);
        assert_eq!(f.len(), 1, "{f:?}");
        assert_eq!(f[0].2, "rate");
        assert_eq!(f[0].3.as_deref(), Some("barrel per day"));
        let t = "The mill ships 800 crates of the fruit a week.";
        assert_eq!(figures(t)[0].3.as_deref(), Some("crate per week"));
        // "a year ago" stays an idiom, not a denominator
        let t = "The 12 tonnes of grain a year ago were lost.";
        assert_eq!(figures(t)[0].2, "quantity");
    }

    #[test]
    fn elided_noun_counts_the_noun_of_the_figure_before() {
        let t = "Admissions rose from 120 patients to 300 in a week.";
        let d = analyze(t);
        let n = d.numbers.iter().find(|n| n.span.text(t) == "300").unwrap();
        assert_eq!(n.noun_lemma.as_deref(), Some("patient"));
        // The figure's own noun wins, and a bare figure after a bare one has none.
        let t = "The firm cut 1,200 jobs and 35 stores; the vote was 52 to 48.";
        let d = analyze(t);
        let lemma = |s: &str| {
            let n = d.numbers.iter().find(|n| n.span.text(t) == s).unwrap();
            n.noun_lemma.clone()
        };
        assert_eq!(lemma("35").as_deref(), Some("store"));
        assert_eq!(lemma("48"), None);
        let t = "They hope to add another pick or two in the draft.";
        let d = analyze(t);
        let n = d.numbers.iter().find(|n| n.span.text(t) == "two").unwrap();
        assert_eq!(n.noun_lemma.as_deref(), Some("pick"));
        let t = "They copied 13 games and 178 \"sound recordings\" from the site.";
        let d = analyze(t);
        let n = d.numbers.iter().find(|n| n.span.text(t) == "178").unwrap();
        assert_ne!(n.noun_lemma.as_deref(), Some("game"));
    }

    #[test]
    fn compared_elided_noun_counts_the_noun_before_the_comparison() {
        let t = "Sales hit 5.2 million cars, up from 4.8 million, and 700 vans compared to 650.";
        let lemma = |s: &str| {
            let d = analyze(t);
            d.numbers
                .iter()
                .find(|n| n.span.text(t) == s)
                .and_then(|n| n.noun_lemma.clone())
        };
        assert_eq!(lemma("4.8 million").as_deref(), Some("car"));
        assert_eq!(lemma("650").as_deref(), Some("van"));
        // A rate's denominator is not counted: "per 100 homes, compared with 3.1".
        let t = "There were 4.2 cars per 100 homes, compared with 3.1 in 2001.";
        let d = analyze(t);
        let n = d.numbers.iter().find(|n| n.span.text(t) == "3.1").unwrap();
        assert_eq!(n.noun_lemma, None);
    }

    #[test]
    fn relative_clause_age_reads_who_is_n() {
        let f = figures("Mr Hale, who is 64, and his aunt, who was 88 when she died, met.");
        assert!(f.iter().any(|(s, _, k, _)| s == "64" && *k == "age"));
        assert!(f.iter().any(|(s, _, k, _)| s == "88" && *k == "age"));
        // A noun, another figure or a non-closing word after it keeps a count.
        let f = figures("The side, who were 3 - 1 up, and the team, who is 4 games clear.");
        assert!(f.iter().all(|(_, _, k, _)| *k != "age"), "{f:?}");
    }

    #[test]
    fn year_span_keeps_the_first_year() {
        let t = "She chaired the board from 1994 to 2003, and between 2010 and 2015 it shrank.";
        assert!(has(t, "1994 to 2003", 1994.0) && has(t, "2010 and 2015", 2010.0));
        // A counted noun after the second figure makes a count.
        let t = "Between 1500 and 2000 people marched.";
        assert!(has(t, "1500 and 2000", 1750.0));
        // Past 2100 or after a counting verb: a count; early years are still years.
        assert!(has("It ranged from 2000 to 2400.", "2000 to 2400", 2200.0));
        assert!(has("It stood from 1400 to 1450.", "1400 to 1450", 1400.0));
        assert!(has(
            "It hired between 1900 and 1920.",
            "1900 and 1920",
            1910.0
        ));
    }

    #[test]
    fn rank_position_is_an_ordinal() {
        let t = "The band stayed in the top five; the bottom three teams went down.";
        let f = figures(t);
        assert!(f.iter().any(|(s, _, k, _)| s == "five" && *k == "ordinal"));
        assert!(f
            .iter()
            .any(|(s, _, k, _)| s == "three" && *k == "cardinal"));
        // A figure with its scale is a count.
        let f = figures("The bottom 40 million saw no gain.");
        assert!(f
            .iter()
            .any(|(s, _, k, _)| s == "40 million" && *k == "cardinal"));
    }

    #[test]
    fn denominator_after_measure_is_no_figure() {
        let t = "Loans that cost pennies a day and millions of dollars a year.";
        assert!(none_in(t, "a day") && none_in(t, "a year"));
        // after a plain noun the article still counts ("worked there a year ago" aside)
        let t = "The trial lasted a year and cost $5 million.";
        assert!(has(t, "a year", 1.0));
        // Before "ago" the article and unit are the idiom of time, not the measure's
        // denominator: this veto leaves them to `article_time_idiom`.
        let t = "Funds lost millions of pounds a year ago.";
        let mut toks = crate::tokenize::tokenize(t);
        let sents = crate::sentences::split(t, &mut toks);
        let v = View::new(t, &toks, &sents);
        let a = toks.iter().position(|k| k.span.text(t) == "a").unwrap();
        let e = Expr::new(a, a + 2, 1.0, NumberKind::Duration);
        assert!(!denominator_after_measure(&v, &e));
        assert!(article_time_idiom(&v, &e));
        let e = Expr::new(a, a + 2, 1.0, NumberKind::Duration);
        let t2 = "Funds lost millions of pounds a year.";
        let mut toks2 = crate::tokenize::tokenize(t2);
        let sents2 = crate::sentences::split(t2, &mut toks2);
        assert!(denominator_after_measure(
            &View::new(t2, &toks2, &sents2),
            &e
        ));
    }

    #[test]
    fn duration_per_time_is_a_rate() {
        let t = "Nurses work 50 hours a week and three days per month.";
        let f = figures(t);
        assert_eq!(
            f[0],
            (
                "50 hours a week".into(),
                Some(50.0),
                "rate",
                Some("hour per week".into())
            )
        );
        assert_eq!(f[1].3.as_deref(), Some("day per month"));
        // a duration not followed by a time unit stays a duration
        assert_eq!(figures("He worked 50 hours a shift.")[0].2, "duration");
    }

    #[test]
    fn modified_time_unit_reads_the_unit_past_modifiers() {
        let t = "Sales fell for four consecutive quarters and then for two straight years.";
        assert!(figures(t).contains(&(
            "two straight years".into(),
            Some(2.0),
            "duration",
            Some("year".into())
        )));
        let t = "We need 15 more minutes.";
        assert!(figures(t).contains(&(
            "15 more minutes".into(),
            Some(15.0),
            "duration",
            Some("minute".into())
        )));
        // a counted noun after the modifier is left to the noun search
        let n = analyze("They lost six consecutive games.").numbers;
        assert_eq!(
            (n[0].kind, n[0].noun_lemma.as_deref()),
            (NumberKind::Cardinal, Some("game"))
        );
    }
}
