//! The second reading of noun phrases: the counted-noun phrase, the words after a figure
//! that name what it counts ("605,000 **people**", "two rescue **cats**", "24 European
//! **gigs**", "300,000 Chinese **students**", "eight posthumous Grammy **Awards**").
//!
//! A speaker's phrase ([`NpReader::np_ending_at`], [`NpReader::np_starting_at`]) and a counted
//! noun's phrase are read on the same tokens with the same primitives (lower-case forms,
//! capitalised words, sentences, the pass's verb test), but their shapes differ, so they are
//! two named readings here rather than one:
//! - after a figure, a run of names modifies a lower-case head ("24 European gigs"); in a
//!   speaker's phrase a name run is the head and the mention ("Harbour Minister Ada Vance");
//! - a plural ends the counted phrase ("110 people killed", "5 cats, 3 dogs"); a speaker's
//!   phrase runs to its last content word;
//! - the counted phrase stops at the counted-noun stop words and the number words of
//!   `number_context.txt` / `number_words.txt`, skips the listed modifiers ("further",
//!   "consecutive") and "-ous" adjectives, and takes "-ly" adverbs before a lower-case word
//!   as modifiers ("140 highly skilled welders"); a speaker's phrase reads the quote lexicons
//!   (titles, function words, cue verbs, name connectors).
//!
//! The head is one token, found by looking right of the figure at most six tokens and never
//! past its sentence: O(1) per ask. The number stage reads it through one-line readers
//! (`numbers::context`); the pass offers it as [`Chunks::counted_noun`](super::Chunks::counted_noun).

use super::NpReader;
use crate::numbers::lexicons::{context_is, ContextClass, NUMBER_WORDS, UNITS, VERBS};
use crate::tokenize::Whitespace;

/// True for a word that looks like a plural noun: ends the counted-noun phrase.
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

/// A regular past form: "deported", "seized", but not "hundred" or "speed".
pub fn is_regular_past(low: &str) -> bool {
    low.len() >= 4
        && low.ends_with("ed")
        && low.chars().all(char::is_alphabetic)
        && !context_is(low, ContextClass::NotVerb)
}

/// The counted-noun reading of noun phrases, on any [`NpReader`] (the number stage's `View`,
/// the pass's `Chunks`, the quote stage's `Ctx`).
pub(crate) trait CountedNp: NpReader {
    /// True for a word that can be the counted noun (not a function word, verb form or
    /// adverb). `first`: the word right after the figure (or its leading modifiers).
    fn nounish(&self, k: usize, first: bool) -> bool {
        if !self.is_word(k) {
            return false;
        }
        let low = self.low(k);
        let raw = self.tok(k);
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
        if !first && (self.verb_form(k) || low.ends_with("ing") && low.len() > 5) {
            return false;
        }
        if first && self.count_subject_verb(k) {
            return false;
        }
        // "One dollar bought", "$5bn spent": a verb form right after the figure is not its noun,
        // unless a modifying "-ing" form before a plural ("400 charging stations").
        if first && VERBS.contains(low) && !low.ends_with('s') && !self.gerund_modifier(k) {
            return false;
        }
        true
    }

    /// Rule `count_subject_verb`: right after a count other than one ("the two", "all five",
    /// "over 60"), a cue verb's bare base form (the quote cue lexicon) that ends the phrase is
    /// the count's verb, not its noun ("the two admit that …", "\"…,\" the two write.",
    /// "those over 60 say they …"): a count other than one takes a plural noun. The phrase
    /// ends at punctuation, a function word ("that", "they", "to") or an "-ly" adverb; before
    /// any other word the cue stays a noun it may modify ("10 report cards", "two claim
    /// forms", "32 state Democratic committees", "12 point lead"). A figure joined to a sign
    /// ("£6 rate", "+12 point") or after "a"/"an" ("a 911 call") is a label or an amount, and
    /// a year no count ("the 2013 report said").
    fn count_subject_verb(&self, k: usize) -> bool {
        if k < 1 || !self.lowercase_word(k) || !self.cue(k).is_some_and(|f| f.base && !f.ing) {
            return false;
        }
        let c = k - 1;
        let joined = c > 0 && self.tokens()[c].ws_before == Whitespace::None;
        let label = c > 0 && matches!(self.low(c - 1), "a" | "an");
        if !self.is_count(c) || joined || label {
            return false;
        }
        let n = k + 1;
        let low = self.low(n);
        // The phrase ends: no word, another sentence, a function word or an adverb.
        !self.is_word(n)
            || !self.same_sentence(k, n)
            || self.function_class(n).is_some() && !self.is_cap(n)
            || low.len() > 4 && low.ends_with("ly") && !context_is(low, ContextClass::NounLy)
    }

    /// A word skipped before the head noun: a modifier, or an "-ly" adverb before a lower-case
    /// word that may be a noun or its modifier ("140 highly skilled welders", "2 early goals"),
    /// or a dimension word before a noun ("two high school students").
    fn skipped_before_head(&self, j: usize) -> bool {
        let low = self.low(j);
        if is_modifier(low) {
            return true;
        }
        // "two high school students": a dimension word before a noun modifies it; before a
        // word of place it ends the phrase ("three deep outside the stadium").
        let next_noun = || {
            self.lowercase_word(j + 1)
                && self.same_sentence(j, j + 1)
                && !context_is(self.low(j + 1), ContextClass::PlaceWord)
        };
        if next_noun() && context_is(low, ContextClass::ModifierLead) && self.nounish(j + 1, false)
        {
            return true;
        }
        let adverb = low.len() > 4 && low.ends_with("ly") && !context_is(low, ContextClass::NounLy);
        adverb
            && self.lowercase_word(j + 1)
            && self.same_sentence(j, j + 1)
            && (is_modifier(self.low(j + 1))
                || is_regular_past(self.low(j + 1))
                || self.nounish(j + 1, false))
    }

    /// The head noun of the counted-noun phrase starting at token `k`: the last noun of the
    /// first run of nouns and modifiers, stopping after a plural. Capitalized words (names,
    /// "US") are skipped as modifiers unless nothing else is found.
    fn head_noun(&self, k: usize) -> Option<usize> {
        let mut last = None;
        let mut last_name = None;
        // "one report urges caution": after one thing, an -s word is its verb.
        let one_thing = k > 0 && matches!(self.low(k - 1), "one" | "1");
        let mut j = k;
        // Tokens k..lead_end were all skipped as modifiers.
        let mut lead_end = k;
        while j < k + 6 && j < self.len() && self.same_sentence(k, j) {
            // "of the nationwide vote": after leading modifiers only, the word is still first.
            let seen = last.is_some() || last_name.is_some();
            let first = j == k || !seen && lead_end == j;
            // "half of Donald Trump's supporters": a possessive is a determiner; the head follows.
            if !first && matches!(self.low(j), "'s" | "'") && seen {
                last = None;
                last_name = None;
                j += 1;
                continue;
            }
            // "the two North and South American allies": coordinated names modify the head.
            if last.is_none()
                && last_name.is_some()
                && matches!(self.low(j), "and" | "or" | "&")
                && self.facts().capitalized(j + 1)
            {
                j += 1;
                continue;
            }
            // "two further UK hits", "140 highly skilled welders", "40 social housing units".
            if self.read_past(j, first, last.is_none()) {
                if lead_end == j {
                    lead_end = j + 1;
                }
                j += 1;
                continue;
            }
            if !self.nounish(j, first) {
                break;
            }
            let low = self.low(j);
            if self.is_cap(j) {
                if last.is_some() {
                    // "three other Birmingham councillors": names between modifiers and the head.
                    let mut n = j;
                    while n < j + 3 && self.is_cap(n) {
                        n += 1;
                    }
                    if self.lowercase_word(n) && self.nounish(n, false) && self.same_sentence(j, n)
                    {
                        j = n;
                        continue;
                    }
                    // "eight posthumous Grammy Awards": a capitalized plural is the head.
                    if n > j && plural(self.low(n - 1)) {
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
            if one_thing && last.is_some() && plural(low) && !context_is(low, ContextClass::Plural)
            {
                break;
            }
            last = Some(j);
            if self.ends_noun_phrase(j) {
                break;
            }
            j += 1;
        }
        last.or(last_name)
    }

    /// A word read past before the head noun: a modifier, a `skipped_before_head` word before
    /// any noun, or a `gerund_modifier` after the first word of the phrase.
    fn read_past(&self, j: usize, first: bool, no_noun: bool) -> bool {
        is_modifier(self.low(j))
            || no_noun && self.skipped_before_head(j)
            || !first && self.gerund_modifier(j)
    }

    /// True for an "-ing" word inside the counted phrase that modifies the lower-case plural
    /// noun right after it ("1,100 public housing properties", "10,000 volunteer training
    /// sessions", "600,000 California manufacturing jobs"): a verb would not sit between a
    /// figure's modifier and a plural noun. Read only after the first word of the phrase, and
    /// not after a unit ("3 day training courses" counts days).
    fn gerund_modifier(&self, j: usize) -> bool {
        let low = self.low(j);
        low.len() > 5
            && low.ends_with("ing")
            && j > 0
            && self.lowercase_word(j)
            && self.lowercase_word(j + 1)
            && self.same_sentence(j, j + 1)
            && plural(self.low(j + 1))
            && !context_is(low, ContextClass::Stop)
            && !UNITS.folded.contains_key(self.low(j - 1))
            && self.nounish(j + 1, false)
    }

    /// True when the noun at `j` ends its counted phrase: a plural not followed by another
    /// plural, or a possessive after it. "four plain-clothes NYPD officers": a hyphenated
    /// modifier ending in -s is not the head.
    fn ends_noun_phrase(&self, j: usize) -> bool {
        let low = self.low(j);
        let compound_modifier =
            low.contains('-') && (self.lowercase_word(j + 1) || self.is_cap(j + 1));
        plural(low)
            && !compound_modifier
            && !context_is(self.low(j + 1), ContextClass::Plural)
            && !plural(self.low(j + 1))
            || self.low(j + 1) == "'s"
    }
}

impl<R: NpReader + ?Sized> CountedNp for R {}
