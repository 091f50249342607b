//! Anchors: who or what a figure is about, read from its document's text, so that
//! "Clinton has won 15.6 million votes" and "Stein won 470,000 votes" are two facts.
//!
//! A figure's anchor is a name in its own sentence, found by the first of [`ANCHOR_RULES`]
//! that gives one, reduced to its last word lowercased and without accents or marks
//! ([`normalise::speaker_word`]'s form): "Clinton", "Hillary Clinton" and "Mrs. Clinton" are
//! all `clinton`. A name word is a capitalised word that is not a function word, a sentence
//! starter or a month (`quote_function_words.txt`, `sentence_starters.txt`, `months.txt`);
//! the first word of a sentence is one only when the document also capitalises it inside a
//! sentence, or a name word follows it ("Asked if …", "Developers were …" are not names).
//! Each document is tokenized and split into sentences once, so the work is linear.
//!
//! The anchor is then qualified by the first of [`QUALIFIER_RULES`] that apply, each adding a
//! `|name=word` part, so that one subject's different measures are different keys: the name a
//! scope word introduces in the figure's clause ("leads by 15 points **in Indiana**"), a word
//! that makes the figure a difference ("439 delegates **short**"), and, for a figure inside a
//! direct quotation, its speaker (the anchor is then read from the quotation's own words: "I
//! have 14 million people", said Trump, is not about Trump's 14 million anything). Every scan
//! is bounded ([`REACH`] tokens), so the work stays linear.

use std::sync::LazyLock;

use super::normalise;
use crate::lexicon::registry::FactContextClass;
use crate::lexicon::{self, Classes, FastMap, FastSet};
use crate::quotes::lexicons::{function_class, FunctionClass};
use crate::quotes::{self, QuoteType};
use crate::sentences;
use crate::tokenize::{self, Token, TokenKind};

/// The words figures' qualifiers read, by class (`fact_context.txt`: scope, relation, day).
static CONTEXT: LazyLock<Classes<FactContextClass>> = LazyLock::new(|| {
    Classes::parse(include_str!("../../data/lexicons/fact_context.txt"))
        .unwrap_or_else(|e| panic!("data/lexicons/fact_context.txt: {e}"))
});

/// Month names and abbreviations with their number (`months.txt`).
static MONTHS: LazyLock<FastMap<String, &'static str>> = LazyLock::new(|| {
    lexicon::entries(include_str!("../../data/lexicons/months.txt"))
        .map(|f| (f[0].to_lowercase(), f[1]))
        .collect()
});

/// Sentence starters, months and days of the week: never names, in any case.
static NEVER_NAMES: LazyLock<FastSet<String>> = LazyLock::new(|| {
    let mut set: FastSet<String> =
        lexicon::lowercase_set(include_str!("../../data/lexicons/sentence_starters.txt"));
    set.extend(lexicon::lowercase_set::<Vec<String>>(include_str!(
        "../../data/lexicons/months.txt"
    )));
    set.extend(CONTEXT.words_in(FactContextClass::Day).map(str::to_string));
    set
});

/// How many tokens after a figure the qualifier rules read at most.
pub const REACH: usize = 16;
/// How many tokens from a figure a month or day of its clause may lie ("added 146,000 jobs
/// in January": 3).
pub const WHEN_REACH: usize = 8;

/// One anchor rule: its name, what it reads, and the token index of the name word it finds.
pub type AnchorRule = (
    &'static str,
    &'static str,
    fn(&Sentence, usize, usize) -> Option<usize>,
);

/// The rules, in order: the first that finds a name word gives the anchor.
pub const ANCHOR_RULES: &[AnchorRule] = &[
    (
        "name_before",
        "the nearest name word before the figure in its sentence (the subject: 'Clinton has won')",
        name_before,
    ),
    (
        "name_after",
        "else the last word of the first name run after the figure that a preposition introduces ('15 million live in Greater Lagos')",
        name_after,
    ),
];

/// One qualifier rule: its name (the key of the part it adds), what it reads, and the word
/// it finds. It reads the sentence, the figure's first token, the first token after it, and
/// whether the anchor came from a name after the figure.
pub type QualifierRule = (
    &'static str,
    &'static str,
    fn(&Sentence, usize, usize, bool) -> Option<String>,
);

/// The qualifier rules, in order: each that finds a word adds a part to the anchor.
pub const QUALIFIER_RULES: &[QualifierRule] = &[
    (
        "in",
        "the name a scope word ('in', 'among': fact_context.txt) introduces in the figure's clause after it, when the anchor came before ('leads by 15 points in Indiana')",
        scope,
    ),
    (
        "whole",
        "the figure is the whole a part is of: 'of' before it, past determiners ('44 of the 50 delegates')",
        whole,
    ),
    (
        "when",
        "the month or day of the week 'in', 'on' or 'during' introduces after the figure in its clause ('added 146,000 jobs in January')",
        when,
    ),
    (
        "rel",
        "a relation word within three words after the figure ('439 delegates short', '20 votes ahead')",
        relation,
    ),
];

/// One document's tokens and one sentence's token range.
pub struct Sentence<'a> {
    text: &'a str,
    tokens: &'a [Token],
    start: usize,
    end: usize,
    /// Capitalised words the document writes inside a sentence, not only at its start.
    inner: &'a FastSet<&'a str>,
    /// The first word at or after `start` (it may lie past `end`).
    first_word: usize,
    /// What the rules read of the sentence, once `SentenceIndex::new` has run.
    index: Option<&'a SentenceIndex>,
}

impl Sentence<'_> {
    fn word(&self, i: usize) -> &str {
        self.tokens[i].span.text(self.text)
    }

    /// Is token `i` the first word of its sentence?
    fn opens(&self, i: usize) -> bool {
        // No word in `[start, i)`.
        self.first_word >= i
    }

    /// Is token `i` a word that names someone or something? A sentence's first word is one
    /// only when the document also writes it capitalised inside a sentence, when a name
    /// word follows it ("Jill Stein won") or when it is in capitals: "Asked if …",
    /// "Developers were …" are not names.
    fn is_name(&self, i: usize) -> bool {
        let t = &self.tokens[i];
        let word = self.word(i);
        if t.kind != TokenKind::Word || !word.chars().next().is_some_and(char::is_uppercase) {
            return false;
        }
        let lower = word.to_lowercase();
        let bare = lower.trim_end_matches('.');
        let capitals = word.chars().filter(|c| c.is_alphabetic()).count() >= 2
            && !word.chars().any(char::is_lowercase);
        if NEVER_NAMES.contains(bare) || (!capitals && function_class(bare).is_some()) {
            return false;
        }
        // "Super Tuesday", "Black Friday": a named day, not who or what ("beat Clinton
        // Tuesday" keeps its name: only a listed `day_prefix` word joins the day).
        if i + 1 < self.end && self.is_day(i + 1) && CONTEXT.is(bare, FactContextClass::DayPrefix) {
            return false;
        }
        !self.opens(i)
            || capitals
            || self.inner.contains(word)
            || (i + 1 < self.end && !self.opens(i + 1) && self.is_name(i + 1))
    }

    /// Is token `i` a day of the week, in any case (`fact_context.txt` class `day`)?
    fn is_day(&self, i: usize) -> bool {
        self.tokens[i].kind == TokenKind::Word
            && CONTEXT.is(&self.word(i).to_lowercase(), FactContextClass::Day)
    }

    /// Is token `i` a lower-case determiner ("the", "its")?
    fn is_determiner(&self, i: usize) -> bool {
        let word = self.word(i);
        self.tokens[i].kind == TokenKind::Word
            && !word.chars().any(char::is_uppercase)
            && function_class(word) == Some(FunctionClass::Determiner)
    }

    /// Is token `i` a lower-case linking word: a function word of class `other`
    /// (prepositions, conjunctions: "of", "in"), which can introduce the name a figure is
    /// about after it; determiners ("the Stop Trump movement") and pronouns cannot.
    fn is_link(&self, i: usize) -> bool {
        let word = self.word(i);
        self.tokens[i].kind == TokenKind::Word
            && !word.chars().any(char::is_uppercase)
            && function_class(word) == Some(FunctionClass::Other)
    }
}

/// Does token `i` end the figure's clause: a comma, semicolon, colon, dash or bracket, or a
/// word that opens another clause ("that", "which": `fact_context.txt` class `clause`)?
fn ends_clause(s: &Sentence, i: usize) -> bool {
    if s.tokens[i].kind == TokenKind::Word {
        return context_is(s, i, FactContextClass::Clause);
    }
    s.word(i)
        .chars()
        .any(|c| matches!(c, ',' | ';' | ':' | '(' | ')' | '—' | '–'))
}

/// Is token `i` a lower-case word listed in `fact_context.txt` with `class`?
fn context_is(s: &Sentence, i: usize, class: FactContextClass) -> bool {
    let word = s.word(i);
    s.tokens[i].kind == TokenKind::Word
        && !word.chars().any(char::is_uppercase)
        && CONTEXT.is(word, class)
}

/// The last word of the first name run that a scope word introduces after token `end` in
/// the figure's clause ("in the South Carolina primary"), when the anchor came before.
fn scope(s: &Sentence, _figure: usize, end: usize, anchor_after: bool) -> Option<String> {
    if anchor_after {
        return None;
    }
    let last = linked_name(s, end, |s, i| context_is(s, i, FactContextClass::Scope))?;
    normalise::last_word(s.word(last))
}

/// Is the figure starting at token `figure` a whole that a part is "of" ("44 of the 50
/// delegates"): is the word before it, past determiners, "of"?
fn whole(s: &Sentence, figure: usize, _end: usize, _anchor_after: bool) -> Option<String> {
    let before = (s.start..figure)
        .rev()
        .take(4)
        .find(|&i| s.tokens[i].kind == TokenKind::Word && !s.is_determiner(i))?;
    (s.word(before) == "of").then(|| "of".to_string())
}

/// The month (its number) or day of the week that a scope or time word (`fact_context.txt`:
/// "in", "on", "during") introduces after the figure in its clause ("added 146,000 jobs in
/// January", "on Tuesday"; not "in the year to September"), at most
/// [`WHEN_REACH`] tokens on. One before the figure is not read: it dates the reporting or
/// another event as often as the figure ("on Tuesday, optimism about the 1,237 delegates
/// needed"). A capitalised month after a name word ("Theresa May") is a name.
fn when(s: &Sentence, _figure: usize, end: usize, _anchor_after: bool) -> Option<String> {
    let time = |i: usize| -> Option<String> {
        let word = s.word(i);
        let introduced = i > s.start
            && (context_is(s, i - 1, FactContextClass::Scope)
                || context_is(s, i - 1, FactContextClass::Time));
        if !introduced || !word.chars().next().is_some_and(char::is_uppercase) {
            return None;
        }
        if s.is_day(i) {
            return Some(word.to_lowercase());
        }
        let month = MONTHS.get(&word.to_lowercase())?;
        (!s.is_name(i - 1)).then(|| format!("m{month}"))
    };
    (end..s.end.min(end + WHEN_REACH))
        .take_while(|&i| !ends_clause(s, i))
        .find_map(time)
}

/// A relation word ("short", "ahead") within three words after the figure.
fn relation(s: &Sentence, _figure: usize, end: usize, _anchor_after: bool) -> Option<String> {
    (end..s.end.min(end + REACH))
        .take_while(|&i| !ends_clause(s, i))
        .filter(|&i| s.tokens[i].kind == TokenKind::Word)
        .take(3)
        .find(|&i| context_is(s, i, FactContextClass::Relation))
        .map(|i| s.word(i).to_string())
}

/// Capitalised words written after the first word of their sentence.
fn inner_capitals<'a>(text: &'a str, tokens: &[Token]) -> FastSet<&'a str> {
    let mut inner = FastSet::default();
    let mut sentence_of_last_word = None;
    for t in tokens.iter().filter(|t| t.kind == TokenKind::Word) {
        let word = t.span.text(text);
        if sentence_of_last_word == Some(t.sentence)
            && word.chars().next().is_some_and(char::is_uppercase)
        {
            inner.insert(word);
        }
        sentence_of_last_word = Some(t.sentence);
    }
    inner
}

/// The nearest name word before token `figure`.
fn name_before(s: &Sentence, figure: usize, _end: usize) -> Option<usize> {
    // `(s.start..figure).rev().find(|&i| s.is_name(i))`, read from the sentence's index.
    let index = s.index?;
    figure
        .checked_sub(1)
        .filter(|&i| i >= s.start)
        .and_then(|i| index.last_name.get(i - s.start).copied().flatten())
}

/// The last word of the first name run after token `end`, in the figure's clause, that a
/// linking word introduces ("of Lagos", "in Greater Lagos", "for the Democratic Party"; not
/// "five Republican primaries", "the Stop Trump movement", nor a name past a comma).
fn name_after(s: &Sentence, _figure: usize, end: usize) -> Option<usize> {
    linked_name(s, end, |s, i| s.is_link(i))
}

/// The last name of the first name run after token `end` that a word `opens` introduces,
/// determiners allowed between ("in the South Carolina primary"), read in the figure's
/// clause and at most [`REACH`] tokens on.
fn linked_name(s: &Sentence, end: usize, opens: fn(&Sentence, usize) -> bool) -> Option<usize> {
    let index = s.index?;
    let stop = s.end.min(end + REACH);
    let mut i = end;
    while i < stop && !ends_clause(s, i) {
        if opens(s, i) {
            let mut j = i + 1;
            while j < stop && s.is_determiner(j) {
                j += 1;
            }
            if j < stop && s.is_name(j) {
                return index.run_end.get(j - s.start).copied();
            }
        }
        i += 1;
    }
    None
}

/// What the anchor rules read of one sentence, computed once for all its figures (each
/// figure's own scan of its sentence would be quadratic in a long sentence with many
/// figures). Positions are token indices; the vectors run over `[start, end)`.
pub struct SentenceIndex {
    /// The last name at or before each token.
    last_name: Vec<Option<usize>>,
    /// The last name of the run of names starting at each token.
    run_end: Vec<usize>,
}

impl SentenceIndex {
    fn new(s: &Sentence) -> Self {
        let n = s.end - s.start;
        let name: Vec<bool> = (s.start..s.end).map(|i| s.is_name(i)).collect();
        let mut last_name = Vec::with_capacity(n);
        let mut last = None;
        for (j, &is) in name.iter().enumerate() {
            if is {
                last = Some(s.start + j);
            }
            last_name.push(last);
        }
        let mut run_end = vec![0; n];
        let mut run = 0;
        for j in (0..n).rev() {
            let i = s.start + j;
            if !name[j] || j + 1 == n || !name[j + 1] {
                run = i;
            }
            run_end[j] = run;
        }
        SentenceIndex { last_name, run_end }
    }
}

/// A direct quotation (`quote`): its byte span and its named speaker's last word.
type Quoted = (usize, usize, Option<String>);

/// The quotations of a text that are utterances of their own, sorted by start. A partial
/// quotation is not one: its words are worked into the reporter's sentence, so a figure in
/// it is read in that sentence, as a figure outside marks is.
fn direct_quotes(text: &str, tokens: &[Token], split: &[sentences::Sentence]) -> Vec<Quoted> {
    let mut found: Vec<Quoted> = quotes::extract_direct(text, tokens, split)
        .into_iter()
        .filter(|q| q.kind == QuoteType::Quote)
        .map(|q| {
            let named = matches!(
                q.speaker_type,
                Some(quotes::SpeakerType::Person | quotes::SpeakerType::Organisation)
            );
            let speaker = q
                .speaker
                .filter(|_| named)
                .and_then(|name| normalise::last_word(&name));
            (q.span.start(), q.span.end(), speaker)
        })
        .collect();
    found.sort_by_key(|q| (q.0, q.1));
    found
}

/// The direct quotation that holds the bytes `[start, end)`, if any. Quotations do not
/// overlap, so it is the last one that starts at or before `start`.
fn enclosing(quoted: &[Quoted], start: usize, end: usize) -> Option<&Quoted> {
    let k = quoted.partition_point(|q| q.0 <= start);
    quoted[..k].last().filter(|q| q.1 >= end)
}

/// The anchor of each figure of one text, given as byte spans, with its qualifiers.
pub fn anchors(text: &str, figures: &[(usize, usize)]) -> Vec<Option<String>> {
    let mut tokens = tokenize::tokenize(text);
    let split = sentences::split(text, &mut tokens);
    let quoted = direct_quotes(text, &tokens, &split);
    let inner = inner_capitals(text, &tokens);
    // The first word at or after each token, and each sentence's index, built once: a figure
    // reads its sentence from them in constant time.
    let mut next_word = vec![tokens.len(); tokens.len() + 1];
    for k in (0..tokens.len()).rev() {
        next_word[k] = if tokens[k].kind == TokenKind::Word {
            k
        } else {
            next_word[k + 1]
        };
    }
    let mut indexes: std::collections::HashMap<(usize, usize), SentenceIndex> =
        std::collections::HashMap::new();
    figures
        .iter()
        .map(|&(start, end)| {
            let first = tokens.partition_point(|t| t.span.start() < start);
            let after = tokens.partition_point(|t| t.span.start() < end);
            let at = first.min(tokens.len().checked_sub(1)?);
            let sentence = split.get(tokens[at].sentence as usize)?;
            let (mut s_start, mut s_end) = (sentence.token_start, sentence.token_end);
            // A figure inside a quotation is read in the quotation's own words.
            let quote = enclosing(&quoted, start, end);
            if let Some(&(q_start, q_end, _)) = quote {
                s_start = s_start.max(tokens.partition_point(|t| t.span.start() < q_start));
                s_end = s_end.min(tokens.partition_point(|t| t.span.start() < q_end));
            }
            let (s_start, s_end) = (s_start.min(first), s_end.max(after));
            let s = Sentence {
                text,
                tokens: &tokens,
                start: s_start,
                end: s_end,
                inner: &inner,
                first_word: next_word[s_start],
                index: None,
            };
            let index = indexes
                .entry((s_start, s_end))
                .or_insert_with(|| SentenceIndex::new(&s));
            let s = Sentence {
                index: Some(index),
                ..s
            };
            let speaker = match quote {
                Some((_, _, speaker)) => Some(speaker.as_deref()?),
                None => None,
            };
            qualified(&s, first, after, speaker)
        })
        .collect()
}

/// A figure's anchor and the parts its qualifier rules add (`clinton|in=indiana`); a
/// figure quoted from `speaker` has a `said=` part.
fn qualified(s: &Sentence, first: usize, after: usize, speaker: Option<&str>) -> Option<String> {
    let (word, rule) = ANCHOR_RULES
        .iter()
        .find_map(|&(name, _, rule)| rule(s, first, after).map(|w| (w, name)))?;
    let anchor_after = rule == "name_after";
    let mut key = normalise::last_word(s.word(word))?;
    if let Some(speaker) = speaker {
        key.push_str("|said=");
        key.push_str(speaker);
    }
    for (name, _, rule) in QUALIFIER_RULES {
        if let Some(found) = rule(s, first, after, anchor_after) {
            key.push('|');
            key.push_str(name);
            key.push('=');
            key.push_str(&found);
        }
    }
    Some(key)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn anchor_of(text: &str, figure: &str) -> Option<String> {
        let start = text.find(figure).unwrap();
        anchors(text, &[(start, start + figure.len())])
            .pop()
            .unwrap()
    }

    #[test]
    fn the_name_before_the_figure_is_its_anchor() {
        assert_eq!(
            anchor_of(
                "Clinton has won 15.6 million votes, a Clinton aide said.",
                "15.6 million"
            ),
            Some("clinton".into())
        );
        assert_eq!(
            anchor_of(
                "In a late count, Mrs. Clinton’s campaign won 15.6 million votes.",
                "15.6 million"
            ),
            Some("clinton".into())
        );
        assert_eq!(
            anchor_of("Jill Stein won 470,000 votes. Clinton won more.", "470,000"),
            Some("stein".into())
        );
    }

    #[test]
    fn a_capitalised_first_word_is_a_name_only_with_evidence() {
        for (text, figure) in [
            ("Clinton has won 15.6 million votes.", "15.6 million"),
            (
                "Asked if it was legal, 46 percent of voters said yes.",
                "46",
            ),
            ("Developers built 550 homes on the course.", "550"),
            ("Only 3 candidates won five Republican primaries.", "3"),
            (
                "Here are three reasons the Stop Trump movement failed.",
                "three",
            ),
        ] {
            assert_eq!(anchor_of(text, figure), None, "{text}");
        }
    }

    #[test]
    fn a_name_after_the_figure_is_read_when_none_comes_before() {
        assert_eq!(
            anchor_of(
                "About 15 million people live in Greater Lagos.",
                "15 million"
            ),
            Some("lagos".into())
        );
        assert_eq!(
            anchor_of(
                "Overall, 15 million people voted. Lagos is big.",
                "15 million"
            ),
            None
        );
    }

    #[test]
    fn function_words_and_months_are_not_names() {
        assert_eq!(
            anchor_of(
                "The agency said in March that 605,000 people left.",
                "605,000"
            ),
            None
        );
        assert_eq!(
            anchor_of("The US has 330 million people.", "330 million"),
            Some("us".into())
        );
        for rule in ANCHOR_RULES {
            assert!(!rule.0.is_empty() && !rule.1.is_empty());
        }
    }

    #[test]
    fn a_scope_name_in_the_figures_clause_qualifies_the_anchor() {
        assert_eq!(
            anchor_of("Now Smith leads by 15 points in Ohio, a poll found.", "15"),
            Some("smith|in=ohio".into())
        );
        assert_eq!(
            anchor_of("Now Smith leads by 12 points among young voters.", "12"),
            Some("smith".into())
        );
        assert_eq!(
            anchor_of(
                "Now Smith drew 4,000 people at the Riverside Arena.",
                "4,000"
            ),
            Some("smith|in=arena".into())
        );
        // Past a comma the name belongs to another clause.
        assert_eq!(
            anchor_of("Now Smith won 300 votes, more than in Ohio.", "300"),
            Some("smith".into())
        );
    }

    #[test]
    fn a_name_after_is_read_in_the_figures_clause_only() {
        assert_eq!(
            anchor_of(
                "After weeks of talk about the 900 seats needed for the Green Party majority, its staff met Mr. Jones.",
                "900"
            ),
            Some("party".into())
        );
        assert_eq!(
            anchor_of(
                "After weeks of talk about 900 seats, its staff met with Jones.",
                "900"
            ),
            None
        );
    }

    #[test]
    fn a_relation_word_or_a_whole_qualifies_the_anchor() {
        assert_eq!(
            anchor_of("Now Smith is 120 votes short of a majority.", "120"),
            Some("smith|rel=short".into())
        );
        assert_eq!(
            anchor_of("Now Smith won 40 of the 52 seats on offer.", "52"),
            Some("smith|whole=of".into())
        );
        assert_eq!(
            anchor_of("Now Smith won 40 of the 52 seats on offer.", "40"),
            Some("smith".into())
        );
    }

    #[test]
    fn a_days_name_is_not_an_anchor() {
        assert_eq!(
            anchor_of("After Super Tuesday, 12 states held primaries.", "12"),
            None
        );
        assert_eq!(
            anchor_of("On Tuesday, Smith won 12 states.", "12"),
            Some("smith".into())
        );
        // A name before a bare weekday stays a name (wire style: "Smith Tuesday won …").
        assert_eq!(
            anchor_of("As expected, Smith Tuesday won 12 states.", "12"),
            Some("smith".into())
        );
    }

    #[test]
    fn a_quoted_figure_is_read_in_the_quotation_and_keyed_by_its_speaker() {
        let text = "\u{201c}We have 20 people working on Ohio,\u{201d} Smith said.";
        assert_eq!(anchor_of(text, "20"), Some("ohio|said=smith".into()));
        let text = "\u{201c}I have 14 million followers,\u{201d} Smith said.";
        assert_eq!(anchor_of(text, "14 million"), None);
        // A partial quotation is part of the reporter's sentence, named speaker or not.
        let text = "Smith said the firm would hire \u{201c}40 more people\u{201d} in Ohio.";
        assert_eq!(
            anchor_of(text, "40"),
            anchor_of(&text.replace(['\u{201c}', '\u{201d}'], ""), "40")
        );
        assert!(anchor_of(text, "40").is_some());
        let text = "The firm would hire \u{201c}40 more people in Ohio\u{201d}, a filing said.";
        assert!(anchor_of(text, "40").is_some());
        for rule in QUALIFIER_RULES {
            assert!(!rule.0.is_empty() && !rule.1.is_empty());
        }
    }

    #[test]
    fn a_month_or_day_in_the_figures_clause_qualifies_the_anchor() {
        assert_eq!(
            anchor_of("Now Acme added 146,000 jobs in January.", "146,000"),
            Some("acme|when=m1".into())
        );
        // Before the figure, a time dates the reporting as often as the figure.
        assert_eq!(
            anchor_of("In October Acme added 337,000 jobs.", "337,000"),
            Some("acme".into())
        );
        assert_eq!(
            anchor_of("On Tuesday, Acme added 40 jobs.", "40"),
            Some("acme".into())
        );
        assert_eq!(
            anchor_of("Now Acme added 40 jobs on Tuesday.", "40"),
            Some("acme|when=tuesday".into())
        );
        // A month that only ends the period is not the figure's month.
        assert_eq!(
            anchor_of("Now Acme added 40 jobs in the year to September.", "40"),
            Some("acme".into())
        );
        // A surname that is a month is a name.
        assert_eq!(
            anchor_of("Now Acme hired 40 staff for Theresa May.", "40"),
            Some("acme".into())
        );
    }

    #[test]
    fn another_clause_is_not_the_figures() {
        assert_eq!(
            anchor_of(
                "Now Okafor has made four changes to the crew that beat Norway in Oslo.",
                "four"
            ),
            Some("okafor".into())
        );
        assert_eq!(
            anchor_of(
                "Now Okafor has made four changes to the crew that beat Norway on Sunday.",
                "four"
            ),
            Some("okafor".into())
        );
    }
}
