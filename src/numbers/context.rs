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

use super::lexicons::{context_is, ContextClass, NUMBER_WORDS, QUALIFIERS, SCALES, VERBS};
use super::view::View;
use crate::tokenize::TokenKind;

/// The qualifier phrase that ends right before token `start`, as a token range, and whether
/// it approximates. "sub-" glued before a figure ("sub-£100") counts as "under".
pub fn qualifier_before(v: &View, start: usize) -> Option<(usize, usize, bool)> {
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
        if !v.same_sentence(from, start) || !(from..start).all(|k| v.is_word(k) || v.norm(k) == ".")
        {
            continue;
        }
        let key = v.joined_lower(from, start);
        if let Some(&approx) = map.get(&key) {
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
            .then(|| map.get(&v.joined_lower(from, start)))
            .flatten()?;
        Some((from, start, *approx))
    })
}

/// True for a word that can be the counted noun (not a function word, verb form or adverb).
pub fn nounish(v: &View, k: usize, first: bool) -> bool {
    if !v.is_word(k) {
        return false;
    }
    let low = v.low(k);
    let raw = v.raw(k);
    // An acronym is a name even when it spells a function word ("US").
    if raw.len() >= 2 && raw.chars().all(|c| c.is_uppercase() || c == '.') {
        return true;
    }
    if context_is(low, ContextClass::Stop)
        || NUMBER_WORDS.cardinal.contains_key(low)
        || low.starts_with('\'')
    {
        return false;
    }
    if low.len() > 4 && low.ends_with("ly") && !context_is(low, ContextClass::NounLy) {
        return false;
    }
    if !first && (v.chunks().verb_form(k) || low.ends_with("ing") && low.len() > 5) {
        return false;
    }
    // "One dollar bought", "$5bn spent": a verb form right after the figure is not its noun.
    if first && VERBS.contains(low) && !low.ends_with('s') {
        return false;
    }
    true
}

/// True for a word that looks like a plural noun: ends the noun phrase.
pub fn plural(low: &str) -> bool {
    context_is(low, ContextClass::Plural)
        || (low.len() > 3
            && low.ends_with('s')
            && !low.ends_with("ss")
            && !low.ends_with("us")
            && !low.ends_with("is"))
}

/// A word skipped on the way to the counted noun: a listed modifier ("further", "consecutive")
/// or an adjective in "-ous" ("three tremendous saves", "47 continuous years").
pub fn is_modifier(low: &str) -> bool {
    context_is(low, ContextClass::Modifier) || low.len() > 5 && low.ends_with("ous")
}

/// A word skipped before the head noun: a modifier, or an "-ly" adverb before a lower-case
/// word that may be a noun or its modifier ("140 highly skilled welders", "2 early goals"),
/// or a dimension word before a noun ("two high school students").
fn skipped_before_head(v: &View, j: usize) -> bool {
    let low = v.low(j);
    if is_modifier(low) {
        return true;
    }
    // "two high school students": a dimension word before a noun modifies it.
    let next_noun = || v.lowercase_word(j + 1) && v.same_sentence(j, j + 1);
    if next_noun() && context_is(low, ContextClass::ModifierLead) && nounish(v, j + 1, false) {
        return true;
    }
    let adverb = low.len() > 4 && low.ends_with("ly") && !context_is(low, ContextClass::NounLy);
    adverb
        && v.lowercase_word(j + 1)
        && v.same_sentence(j, j + 1)
        && (is_modifier(v.low(j + 1)) || is_regular_past(v.low(j + 1)) || nounish(v, j + 1, false))
}

/// The head noun of the phrase starting at token `k`: the last noun of the first run of
/// nouns and modifiers, stopping after a plural. Capitalized words (names, "US") are
/// skipped as modifiers unless nothing else is found.
pub fn head_noun(v: &View, k: usize) -> Option<usize> {
    let mut last = None;
    let mut last_name = None;
    // "one report urges caution": after one thing, an -s word is its verb.
    let one_thing = k > 0 && matches!(v.low(k - 1), "one" | "1");
    let mut j = k;
    // Tokens k..lead_end were all skipped as modifiers.
    let mut lead_end = k;
    while j < k + 6 && j < v.len() && v.same_sentence(k, j) {
        // "of the nationwide vote": after leading modifiers only, the word is still first.
        let first = j == k || last.is_none() && last_name.is_none() && lead_end == j;
        // "half of Donald Trump's supporters": a possessive is a determiner; the head follows.
        if !first && matches!(v.low(j), "'s" | "'") && (last.is_some() || last_name.is_some()) {
            last = None;
            last_name = None;
            j += 1;
            continue;
        }
        // "the two North and South American allies": coordinated names modify the head.
        if last.is_none()
            && last_name.is_some()
            && matches!(v.low(j), "and" | "or" | "&")
            && v.capitalized(j + 1)
        {
            j += 1;
            continue;
        }
        // "two further UK hits", "6 more survivors", "140 highly skilled welders".
        if is_modifier(v.low(j)) || last.is_none() && skipped_before_head(v, j) {
            if lead_end == j {
                lead_end = j + 1;
            }
            j += 1;
            continue;
        }
        if !nounish(v, j, first) {
            break;
        }
        let low = v.low(j);
        if v.capitalized(j) {
            if last.is_some() {
                // "three other Birmingham councillors": names between modifiers and the head.
                let mut n = j;
                while n < j + 3 && v.is_word(n) && v.capitalized(n) {
                    n += 1;
                }
                if v.lowercase_word(n) && nounish(v, n, false) && v.same_sentence(j, n) {
                    j = n;
                    continue;
                }
                // "eight posthumous Grammy Awards": a capitalized plural is the head.
                if n > j && plural(v.low(n - 1)) {
                    return Some(n - 1);
                }
                break; // "600 people Reuters said"
            }
            last_name = Some(j);
            j += 1;
            continue;
        }
        // "two armed men": a leading participle is a modifier; later it is the verb.
        if first && is_regular_past(low) {
            j += 1;
            continue;
        }
        if one_thing && last.is_some() && plural(low) && !context_is(low, ContextClass::Plural) {
            break;
        }
        last = Some(j);
        if ends_noun_phrase(v, j) {
            break;
        }
        j += 1;
    }
    last.or(last_name)
}

/// True when the noun at `j` ends its phrase: a plural not followed by another plural, or a
/// possessive after it. "four plain-clothes NYPD officers": a hyphenated modifier ending in
/// -s is not the head.
fn ends_noun_phrase(v: &View, j: usize) -> bool {
    let low = v.low(j);
    let compound_modifier =
        low.contains('-') && (v.lowercase_word(j + 1) || v.capitalized(j + 1) && v.is_word(j + 1));
    plural(low)
        && !compound_modifier
        && !context_is(v.low(j + 1), ContextClass::Plural)
        && !plural(v.low(j + 1))
        || v.low(j + 1) == "'s"
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

/// A regular past form: "deported", "seized", but not "hundred" or "speed".
fn is_regular_past(low: &str) -> bool {
    low.len() >= 4
        && low.ends_with("ed")
        && low.chars().all(char::is_alphabetic)
        && !context_is(low, ContextClass::NotVerb)
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
        return (v.chunks().verb_form(j) && !matches!(low, "said" | "says")).then_some(j);
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
