//! The words around a figure: the qualifier before it, the noun it counts, the verb it is an
//! argument of.
//!
//! There is no parser here, only the shape of English noun phrases after a figure: modifiers
//! then a head noun, ended by a function word, punctuation, a verb or an adverb
//! ("605,000 people in…", "two rescue cats,", "110 people killed"). A measure takes the head
//! of its "of" phrase ("14 tonnes of cocaine"). The verb is the nearest verb to the left that
//! only function words separate from the figure ("deported 605,000 people", "seized 14
//! tonnes", "rose 1% to 57.85 Swiss francs"), or, failing that, the passive or intransitive
//! verb right after the noun ("110 people were killed"). Verbs are recognised by a lexicon of
//! irregular and present forms plus the regular "-ed" ending.

pub(crate) use crate::facts::{is_modifier, plural};
use crate::facts::{is_regular_past, CountedNp, NpReader};

use super::lexicons::{context_is, ContextClass, NUMBER_WORDS, QUALIFIERS, SCALES, VERBS};
use super::view::View;
use crate::tokenize::TokenKind;

/// Prefixes of the qualifier phrases: a window whose first word opens none is not joined.
static QUALIFIER_PREFIXES: std::sync::LazyLock<super::view::KeyPrefixes> =
    std::sync::LazyLock::new(|| {
        super::view::KeyPrefixes::of(QUALIFIERS.0.keys().map(String::as_str))
    });

/// The qualifier phrase that ends right before token `start`, as a token range, and whether
/// it approximates. "sub-" glued before a figure ("sub-£100") counts as "under".
pub fn qualifier_before(v: &View, start: usize) -> Option<(usize, usize, bool)> {
    v.remembered_qualifier(start, || qualifier_read(v, start))
}

/// [`qualifier_before`] read afresh (the view remembers the last answer: the range reader,
/// the kind of a bare figure and the context ask it of the same figure).
fn qualifier_read(v: &View, start: usize) -> Option<(usize, usize, bool)> {
    if start == 0 {
        return None;
    }
    // "sub-£100"
    if start >= 2
        && v.norm(start - 1) == "-"
        && v.glued(start)
        && v.glued(start - 1)
        && v.low(start - 2) == "sub"
    {
        return Some((start - 2, start, true));
    }
    if let Some(sign) = sign_before(v, start) {
        return Some(sign);
    }
    if !v.same_sentence(start - 1, start) || v.glued(start) && !v.is(start - 1, TokenKind::Punct) {
        return None;
    }
    if !super::lexicons::QUALIFIER_ENDS.contains(v.low(start - 1)) {
        return None;
    }
    let (map, longest) = &*QUALIFIERS;
    for len in (1..=*longest).rev() {
        if len > start {
            continue;
        }
        let from = start - len;
        if !QUALIFIER_PREFIXES.opens(v.low(from))
            || !v.same_sentence(from, start)
            || !(from..start).all(|k| v.is_word(k) || v.norm(k) == ".")
        {
            continue;
        }
        let key = v.joined_lower(from, start);
        if let Some(&approx) = map.get(&*key) {
            // "over the past two decades" never reaches here: the qualifier must touch the figure.
            return Some((from, start, approx));
        }
    }
    None
}

/// A comparison sign right before the figure, as a qualifier: "BMI >30", "aged ≥ 65", the
/// HTML-escaped "&gt;30" (the signs are listed in `qualifiers.txt` with their bound).
fn sign_before(v: &View, start: usize) -> Option<(usize, usize, bool)> {
    // Every listed sign ends in one of these marks: most figures are rejected here.
    if !v.low(start - 1).ends_with(['>', '<', '=', '≥', '≤', ';']) {
        return None;
    }
    let sign = |k: usize| !v.is(k, TokenKind::Number) && !v.is(k, TokenKind::Word) || v.glued(k);
    let (map, _) = &*QUALIFIERS;
    (1..=start.min(4)).rev().find_map(|len| {
        let from = start - len;
        // Not a sign opening a line ("> 30 people came": a quoted e-mail line), nor one
        // between two figures ("3 < 5": a comparison, no bound on either).
        let ok = !v.is_word(from)
            && (from..start).all(|k| sign(k) && v.same_sentence(k, start))
            && (from > 0 && !v.glued(from) || from == 0)
            && !v.opens_line(from)
            && !(from > 0 && v.is(from - 1, TokenKind::Number));
        let approx = ok
            .then(|| map.get(&*v.joined_lower(from, start)))
            .flatten()?;
        Some((from, start, *approx))
    })
}

/// True for a word that can be the counted noun (the counted-noun phrase of
/// `facts::counted_noun`).
pub fn nounish(v: &View, k: usize, first: bool) -> bool {
    v.nounish(k, first)
}

/// The head noun of the counted-noun phrase starting at token `k` (`facts::counted_noun`).
pub fn head_noun(v: &View, k: usize) -> Option<usize> {
    v.head_noun_at(k)
}

/// The head of an "of" phrase at `k` ("of cocaine", "of the vote"), skipping determiners.
pub fn of_phrase_head(v: &View, k: usize) -> Option<usize> {
    if v.low(k) != "of" || !v.same_sentence(k, k + 1) {
        return None;
    }
    let mut j = k + 1;
    while context_is(v.low(j), ContextClass::OfDeterminer) && j < k + 4 {
        j += 1;
    }
    // "7 of its last 9 fixtures", "2 of the 11 largest lenders": the head is after the figure.
    // A plain figure (not "65s"), with its scale or glued unit ("of the 40 million subscribers").
    let figure = |m: usize| {
        let digits = v
            .norm(m)
            .chars()
            .all(|c| c.is_ascii_digit() || c == ',' || c == '.');
        (v.is(m, TokenKind::Number) && digits || NUMBER_WORDS.cardinal.contains_key(v.low(m)))
            && v.same_sentence(k, m)
    };
    if let Some(m) = (j..j + 2).find(|&m| figure(m)) {
        j = m + 1;
        if v.glued(j) || SCALES.0.contains_key(v.low(j)) {
            j += 1;
        }
    }
    // "a third of the town's shops": a possessive is a determiner of the head after it.
    if v.is_word(j) && matches!(v.low(j + 1), "'s" | "’s") && v.is_word(j + 2) {
        j += 2;
    }
    head_noun(v, j)
}

/// True when `low` is a verb form the lexicon lists or a regular past form.
pub fn is_verb(low: &str) -> bool {
    VERBS.contains(low) || is_regular_past(low)
}

/// The verb governing a figure that spans tokens `[start, end)` with head noun `noun`.
pub fn governing_verb(v: &View, start: usize, end: usize, noun: Option<usize>) -> Option<usize> {
    let (sent_start, sent_end) = v.sentence_of(start);
    // Leftwards, past function words, other figures and their signs.
    let mut k = start;
    let mut steps = 0;
    while k > sent_start && steps < 8 {
        k -= 1;
        steps += 1;
        let low = v.low(k);
        match v.kind(k) {
            Some(TokenKind::Word) => {
                if v.lowercase_word(k) && v.chunks().verb_form(k) {
                    // "a rise of 5%", "the value 10 years earlier": after a determiner it is a noun.
                    let determiner = k > sent_start && noun_determiner(v.low(k - 1));
                    return (!determiner).then_some(k);
                }
                if passable_before_figure(low, v.raw(k)) {
                    continue;
                }
                break;
            }
            Some(TokenKind::Number | TokenKind::Currency | TokenKind::Symbol) => continue,
            _ => break,
        }
    }
    // Rightwards: "110 people were killed", "20 people died".
    let mut j = noun.map_or(end, |n| n + 1);
    let mut steps = 0;
    while j < sent_end && steps < 4 {
        let low = v.low(j);
        if !v.lowercase_word(j) {
            return None;
        }
        if passable_after_noun(low) || noun.is_none() && is_modifier(low) {
            j += 1;
            steps += 1;
            continue;
        }
        // Rule `year_modifier`: "its 2014 estimate" — a noun after a determiner and a year.
        let noun_after_year = j == end && v.after_year_modifier(j);
        return (v.chunks().verb_form(j) && !matches!(low, "said" | "says") && !noun_after_year)
            .then_some(j);
    }
    None
}

/// "a rise of 5%", "the value 10 years earlier": a verb form after one of these words is a
/// noun.
fn noun_determiner(prev: &str) -> bool {
    context_is(prev, ContextClass::NounDeterminer)
}

/// A word the leftward verb search reads past: a function word, sign, qualifier, number word
/// or scale (`raw` as written, for the case-sensitive scales).
fn passable_before_figure(low: &str, raw: &str) -> bool {
    context_is(low, ContextClass::Skip)
        || context_is(low, ContextClass::Sign)
        || QUALIFIERS.0.contains_key(low)
        || NUMBER_WORDS.cardinal.contains_key(low)
        || super::lexicons::SCALES.0.contains_key(low)
        || super::lexicons::SCALES.1.contains_key(raw)
}

/// A word the rightward verb search reads past: an auxiliary, "also", or an adverb in "-ly".
fn passable_after_noun(low: &str) -> bool {
    context_is(low, ContextClass::AfterNoun) || low.ends_with("ly") && low.len() > 4
}
