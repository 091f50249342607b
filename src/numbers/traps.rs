//! Digits and number words that are not figures.
//!
//! News is full of numerals that name rather than count: aircraft and index names
//! ("Boeing 747", "FTSE 100", "Stoxx 600"), roads and rooms, phone numbers, software
//! versions, street addresses, "Air Force One", and "one" used as a pronoun ("one of the
//! most vocal critics", "a military one"). The tokenizer already keeps glued codes whole as
//! words (`G7`, `F-16`, `Covid-19`, `M-19`), so the rules here handle the spaced ones, from
//! the word before the number (a listed prefix, or any capitalized name) and the shape of the
//! digits. Each rule answers how many tokens to skip, so the scanner never reads the
//! trapped digits as a figure.

use super::lexicons::{context_is, trap_is, ContextClass, TrapClass, MONTHS};
use super::view::View;
use crate::tokenize::{TokenKind, Whitespace};
use std::sync::LazyLock;

/// What follows a space in each listed multi-word identifier prefix ("Euro Stoxx" → "stoxx"):
/// a word that ends none is turned away before the two words are joined and looked up.
static PREFIX_PAIR_ENDS: LazyLock<super::lexicons::HashSet<String>> = LazyLock::new(|| {
    let prefixes = super::lexicons::TRAPS.words_in(TrapClass::Prefix);
    prefixes
        .flat_map(|w| {
            w.match_indices(' ')
                .map(move |(k, _)| w[k + 1..].to_string())
        })
        .collect()
});

/// If the number token at `i` is part of a name, code, phone number, version or address,
/// returns the index of the first token after it.
pub fn skip_at(v: &View, i: usize) -> Option<usize> {
    if !v.is(i, TokenKind::Number) {
        return None;
    }
    let raw = v.norm(i);
    if trap_is(raw, TrapClass::Token) {
        return Some(i + 1);
    }
    if let Some(end) = phone_number(v, i) {
        return Some(end);
    }
    // "007", "01": a leading zero makes a code, not a count; "0500 GMT" is a clock time.
    if raw.len() >= 2
        && raw.starts_with('0')
        && raw.bytes().all(|b| b.is_ascii_digit())
        && !zoned_clock(v, i)
    {
        return Some(i + 1);
    }
    // Versions: "1.2.3", "version 2.0", "iOS 8", "v2.0" (split by the tokenizer as "v2" "." "0").
    if raw.matches('.').count() >= 2 && !raw.contains([',', '-']) {
        return Some(i + 1);
    }
    if i > 0 && trap_is(v.low(i - 1), TrapClass::Version) {
        return Some(i + 1);
    }
    if i >= 2
        && v.glued(i)
        && v.norm(i - 1) == "."
        && v.glued(i - 1)
        && v.raw(i - 2).chars().any(|c| c.is_ascii_digit())
    {
        return Some(i + 1);
    }
    if identifier_prefix(v, i) {
        let mut end = i + 1;
        // "Boeing 747-400", "FTSE 100 index": a glued letter suffix stays with the name.
        while v.glued(end) && matches!(v.kind(end), Some(TokenKind::Word | TokenKind::Number)) {
            end += 1;
        }
        return Some(end);
    }
    if street_address(v, i) {
        return Some(i + 1);
    }
    None
}

/// "Boeing 747", "Route 66", "Windows 95", "Apollo 11", "Euro 2004", "CAC 40": a number
/// right after a capitalized name is part of the name. Listed prefixes always count; any
/// other capitalized word counts when nothing after the number makes it a figure.
fn identifier_prefix(v: &View, i: usize) -> bool {
    if i == 0 || v.glued(i) && v.is_word(i - 1) || !v.is_word(i - 1) || !v.same_sentence(i - 1, i) {
        return false;
    }
    let plain_integer = v.norm(i).bytes().all(|b| b.is_ascii_digit());
    let prev = i - 1;
    let prev_low = v.low(prev);
    let capitalized = v.capitalized(prev);
    let two_word = i >= 2
        && PREFIX_PAIR_ENDS.contains(prev_low)
        && trap_is(&format!("{} {}", v.low(i - 2), prev_low), TrapClass::Prefix)
        && (v.capitalized(i - 2)
            || v.case_lost()
                && trap_is(
                    &format!("{} {}", v.low(i - 2), prev_low),
                    TrapClass::NamePrefix,
                ));
    // "the ftse 100 fell": in a text that has lost its case a listed name still names.
    let lost = v.case_lost() && trap_is(prev_low, TrapClass::NamePrefix);
    let listed = trap_is(prev_low, TrapClass::Prefix) && (capitalized || lost);
    if (listed || two_word) && plain_integer || listed && v.norm(i).contains('-') {
        return true;
    }
    if !capitalized || !plain_integer || v.sentence_initial(prev) {
        return false;
    }
    // Not a name: months and weekdays ("Sunday 12"), rank words ("No 1"), currency codes,
    // function words that happen to start a title-cased heading.
    if MONTHS.contains_key(prev_low)
        || is_weekday(prev_low)
        || context_is(prev_low, ContextClass::OrdinalNo)
        || context_is(prev_low, ContextClass::Stop)
        || context_is(prev_low, ContextClass::Skip)
        || context_is(prev_low, ContextClass::Age)
    {
        return false;
    }
    if super::units::currency_before(v, prev).is_some()
        || prev_low
            .chars()
            .any(|c| !c.is_alphabetic() && c != '&' && c != '.')
    {
        return false;
    }
    // "2.80 GHz 8 MB": a unit before the number ends the figure before it.
    if super::units::unit_after(v, prev).is_some_and(|(_, e)| e == i) {
        return false;
    }
    // Whatever follows must not make the number a figure: a unit, scale, currency, "%" or a
    // lower-case word it counts ("Windows 95 users" is left to the lexicon).
    let next = i + 1;
    let figure_follows = v.lowercase_word(next)
        && v.same_sentence(i, next)
        && super::context::nounish(v, next, true)
        && super::context::plural(v.low(next))
        || matches!(v.kind(next), Some(TokenKind::Symbol))
        || v.glued(next) && v.is_word(next)
        || v.norm(next) == "-" && v.glued(next);
    !figure_follows
}

/// "10 Downing Street", "221 Baker Street": a number before capitalized words ending in a
/// street-type word.
fn street_address(v: &View, i: usize) -> bool {
    if !v.norm(i).bytes().all(|b| b.is_ascii_digit()) {
        return false;
    }
    for k in i + 1..i + 4 {
        if !v.is_word(k) || !v.capitalized(k) || !v.same_sentence(i, k) {
            return false;
        }
        if k > i + 1 && trap_is(v.low(k), TrapClass::Street) {
            return true;
        }
    }
    false
}

/// A phone number: digit groups that start with 0 or +, or follow a phone cue ("tel",
/// "call"), with more groups after them on the same line ("020 7946 0018", "+44 20 7946").
fn phone_number(v: &View, i: usize) -> Option<usize> {
    let raw = v.norm(i);
    let digits = raw.bytes().filter(u8::is_ascii_digit).count();
    let hyphen_groups = raw.split('-').count();
    if hyphen_groups >= 3 && !looks_like_iso_date(raw) && !raw.contains('.') {
        return Some(i + 1);
    }
    // "555-1234": exchange and line number, not a range (a range ends in round figures).
    if let Some((a, b)) = raw.split_once('-') {
        if a.len() == 3
            && b.len() == 4
            && a.bytes().chain(b.bytes()).all(|c| c.is_ascii_digit())
            && !b.ends_with("00")
        {
            return Some(i + 1);
        }
    }
    let min_group = if raw.starts_with('+') { 1 } else { 3 };
    let next_is_group = |k: usize| {
        v.is(k, TokenKind::Number)
            && v.tokens
                .get(k)
                .is_some_and(|t| t.ws_before == Whitespace::Space)
            && v.norm(k).bytes().all(|b| b.is_ascii_digit())
            && v.norm(k).len() >= min_group
    };
    let starts_like_phone =
        (raw.starts_with('0') && digits >= 3 && !raw.contains('.')) || raw.starts_with('+');
    let cue = i > 0 && trap_is(v.low(i - 1), TrapClass::Phone);
    if (starts_like_phone && next_is_group(i + 1))
        || (cue && digits >= 3)
        || (raw.starts_with('0') && digits >= 9 && !raw.contains('.'))
    {
        let mut end = i + 1;
        while next_is_group(end) {
            end += 1;
        }
        return Some(end);
    }
    None
}

fn looks_like_iso_date(raw: &str) -> bool {
    let parts: Vec<&str> = raw.split('-').collect();
    parts.len() == 3 && parts[0].len() == 4 && parts[1].len() <= 2 && parts[2].len() <= 2
}

pub fn is_weekday(low: &str) -> bool {
    trap_is(low.trim_end_matches('.'), TrapClass::Weekday)
}

/// True when the word "one" at `i` is a pronoun or part of a name, not the numeral:
/// "one of the most vocal critics", "a military one", "one involving peace talks … and the
/// other", "the one who", "no one", "one another", "Air Force One". Runs [`ONE_RULES`] in
/// order; the first that holds decides.
pub fn one_is_not_a_number(v: &View, i: usize) -> bool {
    if v.low(i) != "one" {
        return false;
    }
    let (prev, next) = words_around(v, i);
    ONE_RULES.iter().any(|&(_, rule)| rule(v, i, prev, next))
}

/// The lower-cased words before and after token `i` in its sentence ("" at a boundary): what
/// each of the [`ONE_RULES`] reads besides the view.
fn words_around<'v>(v: &'v View, i: usize) -> (&'v str, &'v str) {
    let prev = if i > 0 && v.same_sentence(i - 1, i) {
        v.low(i - 1)
    } else {
        ""
    };
    let next = if v.same_sentence(i, i + 1) {
        v.low(i + 1)
    } else {
        ""
    };
    (prev, next)
}

/// A rule of `one_is_not_a_number`: its name, and whether it reads "one" at `i` as no
/// numeral, given the words before and after it in its sentence ("" at a boundary).
type OneRule = (&'static str, fn(&View, usize, &str, &str) -> bool);

/// The rules saying a "one" is not the numeral, tried in order.
pub const ONE_RULES: &[OneRule] = &[
    ("capitalised_in_name", capitalised_in_name),
    ("pronoun_phrase", pronoun_phrase),
    ("relative_or_auxiliary_after", relative_or_auxiliary_after),
    ("verb_after", verb_after),
    ("no_noun_after", no_noun_after),
];

/// "Air Force One", "BBC One", "Formula One": capitalised mid-sentence, part of a name.
fn capitalised_in_name(v: &View, i: usize, _prev: &str, _next: &str) -> bool {
    v.capitalized(i) && !v.sentence_initial(i)
}

/// "one of", "one another", "the one", "on one hand".
fn pronoun_phrase(_v: &View, _i: usize, prev: &str, next: &str) -> bool {
    next == "of"
        || next == "another"
        || context_is(prev, ContextClass::Determiner)
        || prev == "on" && next == "hand"
}

/// "one who", "one that", "one is", "one could": a relative or an auxiliary after it.
fn relative_or_auxiliary_after(_v: &View, _i: usize, _prev: &str, next: &str) -> bool {
    trap_is(next, TrapClass::OneRelativeAfter)
}

/// "one involving …", "one backed by …", "one says", "one after": a participle or verb after
/// "one" makes it a pronoun.
fn verb_after(_v: &View, _i: usize, _prev: &str, next: &str) -> bool {
    next.len() > 4 && (next.ends_with("ing") || next.ends_with("ed"))
        || super::context::is_verb(next) && !super::context::plural(next)
        || next == "after"
}

/// "a military one.", "demonstrating one at 3GSM", "develop one ourselves": with no noun
/// after it, "one" stands for a noun, unless the words around it are about counting
/// ("one in five", "one or two", "two to one", "seeded one", "more than one").
fn no_noun_after(v: &View, i: usize, prev: &str, next: &str) -> bool {
    // "one particularly strong tackle": look past an adverb.
    let k = if next.len() > 4 && next.ends_with("ly") {
        i + 2
    } else {
        i + 1
    };
    let counts_next = v.same_sentence(i, k)
        && (v.lowercase_word(k) && super::context::nounish(v, k, true)
            || v.is_word(k) && v.capitalized(k));
    let numeric_next = trap_is(next, TrapClass::OneNumericNext);
    let numeric_prev = trap_is(prev, TrapClass::OneNumericPrev);
    !(counts_next || numeric_next || numeric_prev)
}

/// Ordinals that are not ranks: "at first", "first of all", "First Lady", "first-hand".
pub fn ordinal_is_not_a_number(v: &View, i: usize, low: &str) -> bool {
    let prev = if i > 0 { v.low(i - 1) } else { "" };
    if low == "first" && (prev == "at" || v.low(i + 1) == "of" && v.low(i + 2) == "all") {
        return true;
    }
    // "megabits per second", "each second", "a split second": the time unit.
    if low == "second"
        && (trap_is(prev, TrapClass::SecondUnitBefore)
            || trap_is(v.low(i + 1), TrapClass::SecondUnitAfter))
    {
        return true;
    }
    if v.capitalized(i)
        && !v.sentence_initial(i)
        && v.capitalized(i + 1)
        && v.same_sentence(i, i + 1)
    {
        return true; // First Lady, First Minister, Second World War
    }
    trap_is(v.low(i + 1), TrapClass::AfterOrdinal)
}

/// "0500 GMT", "from 0700 to 2200 GMT": a four-digit 24-hour figure at `i` before a time zone,
/// or linked to a four-digit figure before one.
fn zoned_clock(v: &View, i: usize) -> bool {
    let clock = |k: usize| {
        let n = v.norm(k);
        let hm = n.parse::<u32>().ok().map(|n| (n / 100, n % 100));
        n.len() == 4
            && n.bytes().all(|b| b.is_ascii_digit())
            && hm.is_some_and(|(h, m)| h < 24 && m < 60)
    };
    let zone = |k: usize| super::dates::is_timezone(v, k) && v.same_sentence(k - 1, k);
    clock(i)
        && (zone(i + 1)
            || context_is(v.low(i + 1), ContextClass::ClockLink) && clock(i + 2) && zone(i + 3))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::sentences;
    use crate::tokenize::tokenize;

    /// The names of the `ONE_RULES` that hold for the first "one" in `text`.
    fn holding(text: &str) -> Vec<&'static str> {
        let mut toks = tokenize(text);
        let sents = sentences::split(text, &mut toks);
        let v = View::new(text, &toks, &sents);
        let i = (0..toks.len()).find(|&k| v.low(k) == "one").expect("a one");
        let (prev, next) = words_around(&v, i);
        ONE_RULES
            .iter()
            .filter(|&&(_, rule)| rule(&v, i, prev, next))
            .map(|r| r.0)
            .collect()
    }

    #[test]
    fn each_one_rule_decides_its_own_case() {
        let cases = [
            ("capitalised_in_name", "They flew on Air Force One to Ohio."),
            ("pronoun_phrase", "It was one of the worst storms."),
            (
                "relative_or_auxiliary_after",
                "Pick one that works for you.",
            ),
            ("verb_after", "Buy one involving less risk."),
            ("no_noun_after", "They built a military one."),
        ];
        for (name, text) in cases {
            assert_eq!(holding(text).first(), Some(&name), "{text}");
        }
    }

    #[test]
    fn a_counting_one_meets_no_rule() {
        for text in [
            "He scored one goal.",
            "Only one in five voters agreed.",
            "More than one.",
        ] {
            assert!(holding(text).is_empty(), "{text}: {:?}", holding(text));
        }
    }

    #[test]
    fn one_rules_are_named_once() {
        let mut names: Vec<&str> = ONE_RULES.iter().map(|r| r.0).collect();
        assert_eq!(names.len(), 5);
        names.sort_unstable();
        names.dedup();
        assert_eq!(names.len(), 5);
    }
}
