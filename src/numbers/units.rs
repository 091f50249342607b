//! What follows a number: scale abbreviations, currency names, units of measure, rates.
//!
//! Each matcher looks at the tokens right after the figure and says how many it uses, so
//! the expression grows left to right: `3.9` + `bn` + `euros`, `14` + `tonnes`,
//! `2.5 million` + `barrels` + `a day`. Multi-word surfaces ("Swiss francs", "per cent",
//! "km/h") are matched longest first against the lexicons, with the tokens joined as the
//! text writes them.

use super::lexicons::{
    context_is, ContextClass, CurrencyClass, Scale, Unit, UnitClass, CURRENCIES, SCALES, UNITS,
};
use super::view::{KeyPrefixes, View};
use crate::tokenize::TokenKind;
use std::sync::LazyLock;

/// Prefixes of the unit surfaces as written and folded, and of the currency names: a window
/// whose first token opens none is turned away before any join.
static UNIT_EXACT_PREFIXES: LazyLock<KeyPrefixes> =
    LazyLock::new(|| KeyPrefixes::of(UNITS.exact.keys().map(String::as_str)));
static UNIT_FOLDED_PREFIXES: LazyLock<KeyPrefixes> =
    LazyLock::new(|| KeyPrefixes::of(UNITS.folded.keys().map(String::as_str)));
static CURRENCY_WORD_PREFIXES: LazyLock<KeyPrefixes> =
    LazyLock::new(|| KeyPrefixes::of(CURRENCIES.words.keys().map(String::as_str)));

/// "1.5 million-strong", "2 million-member": a scale word hyphened to a word that is neither
/// a unit nor a currency ("million-mile" and "million-dollar" are read as measures elsewhere).
fn hyphened_scale(low: &str) -> Option<Scale> {
    let (head, rest) = low.split_once('-')?;
    let s = SCALES.0.get(head).filter(|_| !head.ends_with('s'))?;
    let word = !rest.is_empty() && rest.bytes().all(|b| b.is_ascii_lowercase());
    let measure = UNITS.folded.contains_key(rest) || CURRENCIES.words.contains_key(rest);
    (word && !measure).then_some(*s)
}

/// `stacked_scale`: a spelled-out scale word after another, larger than it, multiplies the
/// figure again ("Rs 1.5 lakh crore" = 1.5e12, "3 thousand million" = 3e9, "5 hundred
/// crore"); abbreviations never stack ("2 thousand m" is not read). Returns the second scale.
pub fn stacked_scale(v: &View, j: usize) -> Option<Scale> {
    let words = &SCALES.0;
    let first = words.get(v.low(j.checked_sub(1)?))?;
    if !v.is_word(j) || !v.same_sentence(j - 1, j) {
        return None;
    }
    let s = words.get(v.low(j))?;
    let written = !v.low(j).ends_with('s') || s.plural;
    (written && s.power > first.power).then_some(*s)
}

/// A scale after digits: "million", "bn", glued "m" or "k". `m` is read as metres (`None`
/// here) when the words after it say so ("the 100m final", "a 50m-high wall").
pub fn scale_after(v: &View, j: usize, has_currency: bool, integer: bool) -> Option<Scale> {
    if !v.is_word(j) {
        return None;
    }
    let (words, abbrevs) = &*SCALES;
    if let Some(s) = words.get(v.low(j)) {
        return (!v.low(j).ends_with('s') || s.plural).then_some(*s);
    }
    if let Some(s) = hyphened_scale(v.low(j)) {
        return Some(s);
    }
    let raw = v.raw(j);
    let s = abbrevs.get(raw)?;
    let glued = v.glued(j);
    match raw {
        "m" | "M" => {
            if !glued {
                return None;
            }
            if has_currency {
                return Some(*s);
            }
            if raw == "M" {
                return None;
            }
            // Million counts plural things ("2.4m users") or stands alone; metres come in
            // race distances ("the 1500m", "800m victory") and before singular nouns.
            let next = v.low(j + 1);
            let value: f64 = v.norm(j - 1).replace(',', "").parse().unwrap_or(0.0);
            let race = integer
                && [
                    50.0, 60.0, 100.0, 110.0, 200.0, 400.0, 800.0, 1000.0, 1500.0, 3000.0, 5000.0,
                    10000.0,
                ]
                .contains(&value);
            let noun_next = v.lowercase_word(j + 1)
                && super::context::nounish(v, j + 1, true)
                && v.same_sentence(j, j + 1);
            let singular_noun = noun_next && !super::context::plural(next);
            // "took the long jump at 6.63m": a measure word close by, and nothing counted after.
            let nearby = (j.saturating_sub(7)..j + 4)
                .any(|k| v.same_sentence(j, k) && context_is(v.low(k), ContextClass::Metre));
            let metres = context_is(next, ContextClass::Metre)
                || race && !noun_next
                || integer && singular_noun
                || nearby && !noun_next;
            (!metres).then_some(*s)
        }
        // "1.2b": a figure with one decimal place glued to "b" is billions without a sign too
        // (identifiers glue "b" to whole numbers: "Proposition 1b", "Form 10b").
        "b" => (glued && (has_currency || one_decimal(v.norm(j - 1)))).then_some(*s),
        "B" | "T" | "MM" => (glued && has_currency).then_some(*s),
        // "5k runners", "£30K"; but "4K TVs" is a resolution.
        "k" => glued.then_some(*s),
        "K" => (glued && has_currency).then_some(*s),
        _ => Some(*s),
    }
}

/// True for digits with one decimal place ("1.2", not "802.11" nor "12").
fn one_decimal(num: &str) -> bool {
    num.split_once('.').is_some_and(|(a, b)| {
        !a.is_empty()
            && a.bytes().all(|c| c.is_ascii_digit())
            && b.len() == 1
            && b.as_bytes()[0].is_ascii_digit()
    })
}

/// True when the "m" after a figure at `j` is metres rather than million: glued, when the
/// context says so (see [`scale_after`]); spaced and without a currency, always ("12 m wide";
/// a spaced million is written "£12 m" or "12 million").
pub fn is_metres(v: &View, j: usize, has_currency: bool, integer: bool) -> bool {
    if v.raw(j) != "m" {
        return false;
    }
    if !v.glued(j) {
        let glued_after = v.is_word(j + 1) && v.glued(j + 1);
        return !has_currency && v.same_sentence(j - 1, j) && !glued_after;
    }
    scale_after(v, j, has_currency, integer).is_none()
}

/// A currency named after the amount ("euros", "Swiss francs", "USD", "pence"): the ISO code,
/// whether it is a minor unit, and the token after the match.
pub fn currency_after(v: &View, j: usize) -> Option<(String, bool, usize)> {
    let c = &*CURRENCIES;
    // "99¢", "10 ¢": a minor-unit sign after the amount.
    if v.is(j, TokenKind::Currency) {
        if let Some((code, CurrencyClass::Minor)) = c.words.get(v.norm(j)) {
            return Some((code.clone(), true, j + 1));
        }
    }
    if v.is_word(j) {
        if let Some((code, CurrencyClass::Code)) = c.exact.get(v.raw(j)).map(|(a, b)| (a, *b)) {
            return Some((code.clone(), false, j + 1));
        }
    }
    // Every name joined from `j` starts with `j`'s lowercase form.
    let words_open = CURRENCY_WORD_PREFIXES.opens(v.low(j));
    for len in (1..=c.max_tokens).rev().filter(|_| words_open) {
        if !(j..j + len).all(|k| v.is_word(k)) {
            continue;
        }
        let key = v.joined_lower(j, j + len);
        if let Some((code, class)) = c.words.get(&*key) {
            // "p" and "c" stand for pence and cents only glued and in lower case ("50p";
            // "5C" is Celsius).
            if key.len() == 1 && (!v.glued(j) || v.raw(j) != key) {
                continue;
            }
            if key.starts_with("pound") && (v.low(j + len) == "of" || weighed(v, j)) {
                continue; // "five pounds of flour", "she lost 25 pounds"
            }
            return Some((code.clone(), *class == CurrencyClass::Minor, j + len));
        }
    }
    None
}

/// True when a word just before the figure ending at `j` talks of weight ("weighs 2 pounds",
/// "lost 25 pounds", "a heavy 10 pounds"): the pounds are weight, not sterling.
fn weighed(v: &View, j: usize) -> bool {
    (j.saturating_sub(4)..j.saturating_sub(1))
        .any(|k| v.same_sentence(k, j) && context_is(v.low(k), ContextClass::WeightCue))
}

/// A currency sign or code written before the amount ("$", "US$", "Â£", "USD", "Rs").
pub fn currency_before(v: &View, j: usize) -> Option<String> {
    let kind = v.kind(j)?;
    let (code, class) = CURRENCIES
        .exact
        .get(v.norm(j))
        .or_else(|| CURRENCIES.exact.get(v.raw(j)))?;
    match (kind, class) {
        (TokenKind::Currency, _) | (TokenKind::Symbol, _) => Some(code.clone()),
        (TokenKind::Word, CurrencyClass::Code) => Some(code.clone()),
        _ => None,
    }
}

/// A unit of measure (or %, percentage points, a time unit) starting at token `j`.
pub fn unit_after(v: &View, j: usize) -> Option<(&'static Unit, usize)> {
    let units = &*UNITS;
    // A surface joined from `j` starts with `j`'s normalized or lowercase form.
    if !(UNIT_EXACT_PREFIXES.opens(v.norm(j)) || UNIT_FOLDED_PREFIXES.opens(v.low(j))) {
        return None;
    }
    for len in (1..=units.max_tokens).rev() {
        if j + len > v.len()
            || !(j..j + len).all(|k| {
                matches!(
                    v.kind(k),
                    Some(TokenKind::Word | TokenKind::Symbol | TokenKind::Punct)
                )
            })
        {
            continue;
        }
        if len > 1 && !v.same_sentence(j, j + len - 1) {
            continue;
        }
        // A unit cannot start or end on punctuation other than "/" inside it.
        if v.is(j, TokenKind::Punct) || v.is(j + len - 1, TokenKind::Punct) {
            continue;
        }
        let exact = v.joined_norm(j, j + len);
        let unit = units
            .exact
            .get(&*exact)
            .or_else(|| units.folded.get(&*v.joined_lower(j, j + len)));
        if let Some(u) = unit {
            // "24 Hour Party People", "Seven Years in Tibet": a capitalized time word is a title.
            if u.class == UnitClass::Time
                && v.capitalized(j)
                && v.raw(j).chars().skip(1).any(char::is_lowercase)
            {
                continue;
            }
            let letters = exact.chars().filter(|c| c.is_alphabetic()).count();
            // One-letter units ("g", "l", "C") only glued to the digits: "5C", not "5 C".
            let powered = v.raw(j + len - 1).ends_with(['²', '³']);
            if letters <= 1
                && exact != "%"
                && !exact.starts_with(['°', 'º'])
                && !powered
                && !v.glued(j)
            {
                continue;
            }
            return Some((u, j + len));
        }
    }
    None
}

/// The time unit at `j`, singular only ("hour", "day"), for "an hour" and "a day".
pub fn singular_time_unit(v: &View, j: usize) -> Option<&'static Unit> {
    let u = UNITS.folded.get(v.low(j))?;
    (u.class == UnitClass::Time && u.lemma == v.low(j)).then_some(u)
}

/// A rate written after a figure and its unit: "a day", "per capita", "an hour", "/kg",
/// "a-year". Returns the denominator lemma and the token after it.
pub fn rate_after(v: &View, j: usize) -> Option<(String, usize)> {
    let low = v.low(j);
    if let Some(rest) = low
        .strip_prefix("a-")
        .or_else(|| low.strip_prefix("an-"))
        .or_else(|| low.strip_prefix("per-"))
    {
        if denominator(rest) {
            return Some((rest.to_string(), j + 1));
        }
    }
    let lead = context_is(low, ContextClass::RateLead) || (low == "/" && v.glued(j));
    if !lead || !v.same_sentence(j, j + 1) {
        return None;
    }
    let den = v.low(j + 1);
    if !denominator(den) {
        // "$10 per gram", "$21.25 per square foot": a unit of measure after "per" or "/".
        return (low == "per" || low == "/")
            .then(|| unit_after(v, j + 1))
            .flatten()
            .map(|(u, e)| (u.lemma.clone(), e));
    }
    // "a year ago", "a day earlier": a duration after the figure, not a rate.
    if context_is(v.low(j + 2), ContextClass::TimeIdiomAfter) {
        return None;
    }
    Some((
        if den == "annum" {
            "year".to_string()
        } else {
            den.to_string()
        },
        j + 2,
    ))
}

fn denominator(word: &str) -> bool {
    context_is(word, ContextClass::Denominator)
}
