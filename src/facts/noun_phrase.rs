//! Noun phrases, decided once for every stage: the chunker that finds the phrase ending at a
//! token (a speaker before "said") or starting at one ("said Sen. John Smith"), with the
//! mention a user sees (a name without its titles).
//!
//! The knowledge is the quote stage's former private chunker (`quotes/syntax.rs`), moved
//! here unchanged: titles (`titles.txt`), name connectors ("Bank of England"), given names
//! and organisation suffixes (a person before "of", not the firm), possessives ("the city's
//! mayor"), a cue verb after a determiner as a noun ("the report"), capitalised modals and
//! cue words inside names ("Will Doyle", "Washington Post"), a fronted participle that is no
//! name ("Following …"). It reads word classes from lexicons and capitalisation, looks a
//! bounded number of tokens (`MAX_NP`) left or right of its anchor, and never past `floor`
//! or `ceil`: O(window) per ask, so the stages stay linear in the document.
//!
//! [`NpReader`] is the reader it runs on: a stage supplies the tokens, the document's
//! [`TokenFacts`] and its cached lexicon facts per token ([`WordInfo`]); everything else is
//! the provided methods below. The quote stage's `Ctx` and the shallow-syntax pass
//! ([`Chunks`](super::Chunks), [`Chunks::noun_phrase_ending_at`](super::Chunks::noun_phrase_ending_at))
//! both implement it, so both give the same phrases.

use std::borrow::Cow;

use super::TokenFacts;
use crate::numbers::lexicons::{context_is, ContextClass, NUMBER_WORDS};
use crate::quotes::lexicons::{
    FunctionClass, QuoteWordClass, WordInfo, QUOTE_WORDS, TITLES_PACKED,
};
use crate::tokenize::{Token, TokenKind};

/// What kind of thing a noun phrase names.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum NpKind {
    /// he, she, they …
    Pronoun,
    /// A capitalised name ("Gustavo Petro", "The New York Times").
    Name,
    /// A common-noun phrase ("A Colombian official", "the city's mayor").
    Common,
}

/// A noun phrase found by the chunker: tokens `[start, end)`, and the part of it that is the
/// mention a user sees (a name without its titles: "Gustavo Petro" of "Colombian President
/// Gustavo Petro").
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Np {
    pub start: usize,
    pub end: usize,
    /// Mention tokens `[mention_start, end)`.
    pub mention_start: usize,
    pub kind: NpKind,
}

/// A four-digit year from 1900 to 2099 as written ("2013"): a date, not a count.
pub(crate) fn four_digit_year(w: &str) -> bool {
    w.len() == 4
        && (w.starts_with("19") || w.starts_with("20"))
        && w.bytes().all(|b| b.is_ascii_digit())
}

/// How far the chunker reaches from its anchor.
const MAX_NP: usize = 8;

/// What the noun-phrase chunker reads (see the module doc). A stage implements the four
/// required methods; the rest are the chunker.
pub(crate) trait NpReader {
    /// The document's text.
    fn text(&self) -> &str;
    /// The document's tokens.
    fn tokens(&self) -> &[Token];
    /// The document's token facts.
    fn facts(&self) -> &TokenFacts;
    /// The lexicon facts of token `i` (empty for non-words and acronyms), cached by the reader.
    fn info(&self, i: usize) -> WordInfo;

    fn len(&self) -> usize {
        self.tokens().len()
    }

    fn tok(&self, i: usize) -> &str {
        self.tokens()
            .get(i)
            .map_or("", |t| t.span.text(self.text()))
    }

    fn norm(&self, i: usize) -> &str {
        self.tokens().get(i).map_or("", |t| t.norm(self.text()))
    }

    /// The lower-cased normalized form.
    fn lower(&self, i: usize) -> Cow<'_, str> {
        Cow::Borrowed(self.low(i))
    }

    /// The lower-cased normalized form, borrowed ("" past the end).
    fn low(&self, i: usize) -> &str {
        self.facts()
            .lower_if_differs(i)
            .unwrap_or_else(|| self.norm(i))
    }

    /// True when the two tokens exist and are in the same sentence.
    fn same_sentence(&self, i: usize, j: usize) -> bool {
        match (self.tokens().get(i), self.tokens().get(j)) {
            (Some(a), Some(b)) => a.sentence == b.sentence,
            _ => false,
        }
    }

    /// A word with no upper-case letter ("" past the end is none).
    fn lowercase_word(&self, i: usize) -> bool {
        self.is_word(i) && !self.facts().has_upper(i)
    }

    /// A verb form by the shallow-syntax pass's verb test (cached per token).
    fn verb_form(&self, i: usize) -> bool {
        self.facts().chunks(self.text(), self.tokens()).verb_form(i)
    }

    fn kind(&self, i: usize) -> Option<TokenKind> {
        self.tokens().get(i).map(|t| t.kind)
    }

    fn is_word(&self, i: usize) -> bool {
        self.kind(i) == Some(TokenKind::Word)
    }

    fn is_punct(&self, i: usize, p: &str) -> bool {
        self.kind(i) == Some(TokenKind::Punct) && self.tok(i) == p
    }

    /// Token `i` starts a new line: names and phrases never run across one.
    fn line_before(&self, i: usize) -> bool {
        self.tokens()
            .get(i)
            .is_some_and(|t| t.ws_before >= crate::tokenize::Whitespace::Line)
    }

    fn is_quote_mark(&self, i: usize) -> bool {
        self.kind(i) == Some(TokenKind::Quote)
    }

    /// A word that starts with a capital letter.
    fn is_cap(&self, i: usize) -> bool {
        self.is_word(i) && self.facts().capitalized(i)
    }

    fn function_class(&self, i: usize) -> Option<FunctionClass> {
        self.info(i).function
    }

    /// Is token `i`, lower-cased, listed in `quote_words.txt` with `class`?
    fn is_class(&self, i: usize, class: QuoteWordClass) -> bool {
        i < self.len() && QUOTE_WORDS.is(&self.lower(i), class)
    }

    /// Is token `i`, as written, listed in `quote_words.txt` with `class`?
    fn is_written(&self, i: usize, class: QuoteWordClass) -> bool {
        QUOTE_WORDS.is(self.tok(i), class)
    }

    fn is_pronoun(&self, i: usize) -> bool {
        self.function_class(i) == Some(FunctionClass::Pronoun)
    }

    /// A cue verb form, if token `i` is one.
    ///
    /// A capitalised cue word right after a capitalised word, and not before another one, a
    /// quotation mark or a colon, is the end of a name ("Stevie Wonder, who …"), not a verb
    /// (a title-case headline, "Flynn Says Trump …", "Obama Says “…”", keeps its cue).
    fn cue(&self, i: usize) -> Option<crate::quotes::lexicons::CueForm> {
        let cue = self.info(i).cue?;
        if i > 0
            && self.is_cap(i)
            && self.is_word(i - 1)
            && self.is_cap(i - 1)
            && !self.line_before(i)
        {
            // Rule `capitalised_cue_in_a_name`: "Washington Post", "New York State Republican
            // Party" are names; only a headline's "Trump Says “…”" / "Cole Says: …" leads on.
            let n = i + 1;
            let leads_on = n < self.len() && (self.is_quote_mark(n) || self.is_punct(n, ":"));
            if !leads_on || self.determiner_before_cap_run(i) {
                return None;
            }
        }
        // "Secretary of State", "Bank of Post" : a capitalised cue after "of" in a name.
        if i > 1 && self.is_cap(i) && self.tok(i - 1) == "of" && self.is_cap(i - 2) {
            return None;
        }
        Some(cue)
    }

    /// Rule `determiner_before_name`: does a determiner open the run of capitalised words
    /// ending at `i` ("the United States “…”", "told the Washington Post: …")? Then the run
    /// is a name, not a headline's subject and verb.
    fn determiner_before_cap_run(&self, i: usize) -> bool {
        let mut k = i;
        while k > 0 && i - k < 6 && self.is_word(k - 1) && self.is_cap(k - 1) {
            k -= 1;
        }
        let det = |j: usize| self.function_class(j) == Some(FunctionClass::Determiner);
        k + 1 < i && det(k) || (k > 0 && k < i && det(k - 1))
    }

    /// A title word as written ("President", "Sen.", "Mr").
    fn title(&self, i: usize) -> Option<crate::quotes::lexicons::Title> {
        if !self.is_word(i) {
            return None;
        }
        TITLES_PACKED.get(self.norm(i))
    }

    /// A word that may be part of a capitalised name.
    fn is_name_word(&self, i: usize) -> bool {
        self.is_cap(i)
            && (self.function_class(i).is_none()
                || self.capitalised_modal_in_name(i)
                || self.function_word_surname(i))
            && (!self.fronted_participle(i) || self.ing_surname(i))
    }

    /// Rule `ing_surname`: a capitalised -ing word (no function word: "Having said …") opening
    /// a sentence right before a cue verb's past ("Boreing said", "Manning told") is a
    /// surname: a fronted participle has its own complement or comma before the main verb
    /// ("Speaking Monday, Cole said"). Not before an -s form, which may be a plural noun
    /// ("Following claims that …", "Addressing reports …"). Nor an indefinite pronoun in
    /// "-thing" ("Nothing suggested that …", "Something told me …": rev17).
    fn ing_surname(&self, i: usize) -> bool {
        self.cue(i).is_none()
            && self.function_class(i).is_none()
            && self.norm(i).ends_with("ing")
            && !self.norm(i).ends_with("thing")
            && self.is_cap(i)
            && i + 1 < self.len()
            && self
                .cue(i + 1)
                .is_some_and(|c| !c.ing && !c.base && !c.third)
    }

    /// Rule `function_word_surname`: a capitalised auxiliary or preposition (`quote_words.txt`
    /// class `preposition`) right after a closing quotation mark or a comma, followed by a
    /// cue verb in a finite form (not the bare lemma, not -ing), is a surname (`“…,” Will
    /// wrote`, `“…,” From said`, `…, Will described Trump as “…”`): an auxiliary or a
    /// preposition is never followed by a past or third-person verb, so the word can only
    /// be the verb's subject. Conjunctions and subordinators are not (`And continued:`,
    /// `When asked …`: a subjectless or passive verb follows them).
    fn function_word_surname(&self, i: usize) -> bool {
        i > 0
            && (self.function_class(i) == Some(FunctionClass::Auxiliary)
                || self.function_class(i) == Some(FunctionClass::Other)
                    && self.is_class(i, QuoteWordClass::Preposition))
            && (self.is_quote_mark(i - 1) || self.tok(i - 1) == ",")
            && !self.line_before(i)
            && self.cue(i + 1).is_some_and(|c| !c.base && !c.ing)
    }

    /// Rule `capitalised_modal_in_name`: a capitalised auxiliary inside a sentence next to
    /// another capitalised word is a name ("said Will Doyle", "George Will wrote").
    fn capitalised_modal_in_name(&self, i: usize) -> bool {
        let starts = i == 0
            || self.tokens().get(i - 1).map(|t| t.sentence)
                != self.tokens().get(i).map(|t| t.sentence)
            || self.is_quote_mark(i - 1)
            || self.line_before(i);
        let cap_word = |k: usize| {
            k < self.len() && self.is_word(k) && self.is_cap(k) && self.function_class(k).is_none()
        };
        !starts
            && self.function_class(i) == Some(FunctionClass::Auxiliary)
            && (cap_word(i + 1) || cap_word(i - 1))
    }

    /// A capitalised -ing word or cue verb opening a sentence ("Following …", "Said Ellis"):
    /// a verb, not a name.
    fn fronted_participle(&self, i: usize) -> bool {
        let starts = i == 0
            || self.tokens().get(i - 1).map(|t| t.sentence)
                != self.tokens().get(i).map(|t| t.sentence);
        starts
            && (self.norm(i).ends_with("ing") && self.norm(i).len() > 5 || self.cue(i).is_some())
            && !self.opening_cue_modifier(i)
    }

    /// Rule `cue_modifier` at a sentence's start: "State media said …" opens with the noun
    /// the word modifies (a lower-case content word), no fronted verb ("State that …" would
    /// be one; "State has told …", the department, is left as it was).
    fn opening_cue_modifier(&self, i: usize) -> bool {
        self.cue_modifier(i)
            && i + 1 < self.len()
            && !self.is_cap(i + 1)
            && self.is_content_word(i + 1)
    }

    /// Lower-case word that can sit inside a noun phrase (an adjective or noun): not a
    /// function word, not an adverb in -ly (a noun in -ly is one, rule `ly_noun_not_adverb`:
    /// `the family`), not a cue verb.
    fn is_content_word(&self, i: usize) -> bool {
        if !self.is_word(i) || self.function_class(i).is_some() {
            return false;
        }
        let s = self.norm(i);
        !(s.ends_with("ly") && s.len() > 4 && !context_is(s, ContextClass::NounLy))
            && (self.cue(i).is_none() || self.is_cue_noun(i))
            && s != "'s"
    }

    /// Rule `determined_modifier`: between a determiner that opens a phrase and a lower-case
    /// content word, an -ly word or a `quote_words.txt` class `determined_adjective` word is
    /// an adjective of the noun (`an elderly fisherman said`, `a lonely voter said`, `the
    /// only witness said`), not an adverb of the verb; without the determiner it stays one
    /// (`Cole quickly said`). Read only where a phrase is taken back from its head (a
    /// subject before its verb): after a verb the phrase read forward is left as it was
    /// (`told the largely female audience …`, `says the only way to …` are reported speech's
    /// frames to read). Not after a form of `be` (`quote_words.txt` classes `be`,
    /// `progressive_be`: `is`, `'s`): there the phrase is a complement (`it's the only way
    /// out, Cole said`, `he was the only member who voted`), never a subject.
    fn determined_modifier(&self, i: usize) -> bool {
        let Some(d) = i.checked_sub(1) else {
            return false;
        };
        let s = self.norm(i);
        let modifier = (s.ends_with("ly") && s.len() > 4)
            || self.is_class(i, QuoteWordClass::DeterminedAdjective);
        modifier
            && self.is_word(i)
            && !self.is_cap(i)
            && self.function_class(d) == Some(FunctionClass::Determiner)
            && !self.is_class(d, QuoteWordClass::DeterminerNoExtend)
            && !self.after_be(d)
            && !self.line_before(i)
            && i + 1 < self.len()
            && self.is_word(i + 1)
            && !self.is_cap(i + 1)
            && self.cue(i + 1).is_none()
            && self.function_class(i + 1).is_none()
            // Before a participle the word is the participle's adverb (`a highly respected
            // strategist`, `the newly released report`), and no phrase may end there.
            && !(self.norm(i + 1).ends_with("ed") || self.norm(i + 1).ends_with("ing"))
    }

    /// A form of `be` right before token `d` (rule `determined_modifier`).
    fn after_be(&self, d: usize) -> bool {
        d.checked_sub(1).is_some_and(|b| {
            self.is_class(b, QuoteWordClass::Be) || self.is_class(b, QuoteWordClass::ProgressiveBe)
        })
    }

    /// Rule `cue_word_as_noun`: a cue's base or -s form right after a determiner is a noun
    /// ("the report said", "a tweet", "the reports"), so it can head a noun phrase; not a bare
    /// form the count before it takes as its verb (rule `count_subject_verb`).
    fn is_cue_noun(&self, i: usize) -> bool {
        i > 0
            && (self.function_class(i - 1) == Some(FunctionClass::Determiner)
                || self.after_year_modifier(i))
            && self.cue(i).is_some_and(|f| (f.base || f.third) && !f.ing)
            // "the two admit that …": after a count the base form is its verb.
            && !super::CountedNp::count_subject_verb(self, i)
    }

    /// Rule `year_modifier`: a four-digit year (1900-2099) after a determiner or a possessive
    /// modifies the word after it ("the 2013 report said", "a 2009 study by", "its 2014
    /// estimate", "Vale's 2016 claim"): that word is a noun, as right after the determiner.
    fn after_year_modifier(&self, i: usize) -> bool {
        if i < 2 || self.kind(i - 1) != Some(TokenKind::Number) {
            return false;
        }
        four_digit_year(self.tok(i - 1))
            && (self.function_class(i - 2) == Some(FunctionClass::Determiner)
                || matches!(self.norm(i - 2), "'s" | "\u{2019}s"))
    }

    /// Does a capitalised run starting at `i` begin with a given name or an honorific, after
    /// any role titles ("Sen. John", "Grant")?
    fn starts_person_name(&self, i: usize) -> bool {
        let mut k = i;
        while k < self.len() && k < i + 4 && self.title(k).is_some() {
            if self.title(k).is_some_and(|t| t.honorific) {
                return true;
            }
            k += 1;
        }
        self.is_word(k)
            && crate::quotes::lexicons::FIRST_NAMES
                .get(self.tok(k))
                .is_some()
    }

    /// Is the capitalised run `[start, of)` before a connector a person ("Grant Wilson of
    /// Mellon Bank") rather than the head of an institution's name ("Bank of England",
    /// "Federal Bureau of Investigation")?
    fn person_before_connector(&self, start: usize, of: usize) -> bool {
        if self.starts_person_name(start) {
            return true;
        }
        let words = of.saturating_sub(start);
        words >= 2
            && !crate::quotes::lexicons::ORG_SUFFIXES.contains(self.tok(of - 1))
            && self.title(start).is_none()
    }

    /// Name connectors inside a capitalised run: "Bank of England", "Ruth Bader Ginsburg".
    fn is_name_connector(&self, i: usize) -> bool {
        self.is_written(i, QuoteWordClass::NameConnector)
    }

    /// The capitalised run ending at token `j` (inclusive), going left no further than
    /// `floor`: returns its first token.
    fn cap_run_start(&self, j: usize, floor: usize) -> usize {
        let mut s = j;
        while s > floor && !self.line_before(s) {
            let p = s - 1;
            if self.is_name_word(p) {
                s = p;
            } else if p > floor && self.is_name_connector(p) && self.is_name_word(p - 1) {
                s = p - 1;
            } else {
                break;
            }
            if j + 1 - s >= MAX_NP {
                break;
            }
        }
        s
    }

    /// Where the name proper starts in the capitalised run `[start, end)`: after the last
    /// title word ("Colombian President Gustavo Petro" → "Gustavo Petro"). `None` when the
    /// run is nothing but titles ("the President").
    fn name_start(&self, start: usize, end: usize) -> Option<usize> {
        let mut s = start;
        for i in start..end {
            if self.title(i).is_some() {
                s = i + 1;
            }
        }
        // "Deputy Minister Smith" vs "Minister Smith": both fine. A run that ends on a title
        // is a description, not a name.
        (s < end).then_some(s)
    }

    /// The noun phrase that ends at token `j`, looking left no further than `floor`: past a
    /// short parenthetical, a pronoun, a capitalised name run, or a lower-case common phrase.
    fn np_ending_at(&self, j: usize, floor: usize) -> Option<Np> {
        if j < floor || j >= self.len() {
            return None;
        }
        if self.is_punct(j, ")") {
            return self.np_before_parenthetical(j, floor);
        }
        if self.is_pronoun(j) {
            return Some(Np {
                start: j,
                end: j + 1,
                mention_start: j,
                kind: NpKind::Pronoun,
            });
        }
        if self.is_name_word(j) {
            return Some(self.name_np_ending_at(j, floor));
        }
        if self.is_content_word(j) && self.tok(j).chars().next().is_some_and(char::is_lowercase) {
            return Some(self.common_np_ending_at(j, floor));
        }
        self.count_np_ending_at(j, floor)
    }

    /// A count other than one: a figure ("60", "2,000"; not "1", a year such as "2013" or a
    /// decade such as "1960s")
    /// or a cardinal word ("two", "million"; not "one"). What it counts is plural.
    fn is_count(&self, j: usize) -> bool {
        let low = self.low(j);
        match self.kind(j) {
            // Digits and separators only: not a decade ("the 1960s"), nor "5bn", "3pm".
            Some(TokenKind::Number) => {
                low != "1"
                    && !four_digit_year(low)
                    && low
                        .bytes()
                        .all(|b| b.is_ascii_digit() || b == b',' || b == b'.')
            }
            Some(TokenKind::Word) => low != "one" && NUMBER_WORDS.cardinal.contains_key(low),
            _ => false,
        }
    }

    /// Rule `count_head`: a count other than one after a determiner heads the phrase ending
    /// at it ("the two", "his three", "all 12", "those over 60"): it names the people or
    /// things counted, the subject of a verb after it ("the two admit that …"; the number
    /// stage reads that verb as no counted noun, rule `count_subject_verb`). A year is no
    /// count ("the 2013 report").
    fn count_np_ending_at(&self, j: usize, floor: usize) -> Option<Np> {
        if j < floor + 1 {
            return None;
        }
        if !self.is_count(j) {
            return None;
        }
        let determiner = |k: usize| {
            self.function_class(k) == Some(FunctionClass::Determiner)
                && !NUMBER_WORDS.cardinal.contains_key(self.low(k))
        };
        let start = if determiner(j - 1) {
            j - 1
        } else if j >= floor + 2
            && matches!(self.low(j - 1), "over" | "under")
            && matches!(self.low(j - 2), "those" | "these")
        {
            j - 2
        } else {
            return None;
        };
        Some(Np {
            start,
            end: j + 1,
            mention_start: start,
            kind: NpKind::Common,
        })
    }

    /// "Rep. Gwen Moore (D-Wis.) said": the phrase before a short parenthetical closing at `j`.
    fn np_before_parenthetical(&self, j: usize, floor: usize) -> Option<Np> {
        let mut k = j;
        while k > floor && j - k < 10 {
            k -= 1;
            if self.is_punct(k, "(") {
                return if k > floor {
                    self.np_ending_at(k - 1, floor)
                } else {
                    None
                };
            }
        }
        None
    }

    /// The capitalised name run ending at the name word `j`, with its determiner.
    fn name_np_ending_at(&self, j: usize, floor: usize) -> Np {
        let s = self.cap_run_start(j, floor);
        // "Grant Wilson of Mellon Bank said": the person, not the firm.
        let mut j = j;
        if let Some(of) = (s + 1..j).find(|&k| self.is_name_connector(k)) {
            if self.person_before_connector(s, of) {
                j = of - 1;
            }
        }
        let (start, kind) = self.extend_determiner(s, floor);
        let mention_start = self.name_start(s, j + 1);
        match mention_start {
            Some(m) => Np {
                start,
                end: j + 1,
                mention_start: if kind == NpKind::Common { start } else { m },
                kind,
            },
            // The run is all titles: "the President", "the Colombian President".
            None => Np {
                start,
                end: j + 1,
                mention_start: start,
                kind: NpKind::Common,
            },
        }
    }

    /// The common phrase ending at the lower-case content word `j`: content words, names,
    /// numbers and possessives before it (at most `MAX_NP`), with its determiner.
    fn common_np_ending_at(&self, j: usize, floor: usize) -> Np {
        let mut s = j;
        while s > floor && j + 1 - s < MAX_NP && !self.line_before(s) {
            let p = s - 1;
            let lower_content = self.is_content_word(p)
                && self.tok(p).chars().next().is_some_and(char::is_lowercase)
                || self.determined_modifier(p);
            if lower_content
                || self.is_name_word(p)
                || self.kind(p) == Some(TokenKind::Number)
                || self.cue_modifier(p)
            {
                s = p;
            } else if self.norm(p) == "'s"
                && p > floor
                && (self.is_cap(p - 1) || self.is_content_word(p - 1))
            {
                s = p - 1;
            } else {
                break;
            }
        }
        let (start, _) = self.extend_determiner(s, floor);
        Np {
            start,
            end: j + 1,
            mention_start: start,
            kind: NpKind::Common,
        }
    }

    /// Rule `cue_modifier`: a cue word of class `cue_modifier` ("state") right before a word
    /// of a common phrase modifies it ("State media said", "Chinese state television
    /// reported"): no verb there ("we state that …" has no phrase after the word).
    fn cue_modifier(&self, p: usize) -> bool {
        self.is_class(p, QuoteWordClass::CueModifier)
    }

    /// Includes a determiner before `s` in the phrase ("the city's mayor", "The New York
    /// Times"). A common phrase with a determiner is `Common`; a capitalised run without one
    /// stays a name.
    fn extend_determiner(&self, s: usize, floor: usize) -> (usize, NpKind) {
        if s > floor
            && !self.line_before(s)
            && self.function_class(s - 1) == Some(FunctionClass::Determiner)
            && !self.is_class(s - 1, QuoteWordClass::DeterminerNoExtend)
        {
            let det = self.lower(s - 1);
            // "The New York Times" keeps the name reading; "the Colombian president" does not.
            let kind = if det == "the"
                && self.name_start(s, s + 1).is_some()
                && self.all_caps_to_head(s)
            {
                NpKind::Name
            } else {
                NpKind::Common
            };
            return (self.stacked_determiner(s - 1, floor), kind);
        }
        (s, NpKind::Name)
    }

    /// Rule `partitive`: a counting word or quantifier with `of` and a phrase after it is
    /// one phrase (`said one of the witnesses`, `said some of them`).
    fn partitive_starting_at(&self, i: usize, ceil: usize) -> Option<Np> {
        let of = i + 1;
        if of + 1 >= ceil
            || !self.norm(of).eq_ignore_ascii_case("of")
            || !self.is_class(i, QuoteWordClass::Partitive)
            || self.line_before(of)
        {
            return None;
        }
        let inner = self.np_starting_at(of + 1, ceil)?;
        Some(Np {
            start: i,
            end: inner.end,
            mention_start: i,
            kind: NpKind::Common,
        })
    }

    /// Rule `stacked_determiner`: a counting determiner after another one opens the phrase
    /// with it (`the two lawmakers`, `her three sons`): the phrase starts at the first.
    fn stacked_determiner(&self, d: usize, floor: usize) -> usize {
        let stacked = d > floor
            && !self.line_before(d)
            && self.function_class(d - 1) == Some(FunctionClass::Determiner)
            && !self.is_class(d - 1, QuoteWordClass::DeterminerNoExtend);
        if stacked {
            d - 1
        } else {
            d
        }
    }

    /// Rule `weekday_modifier`: a capitalised weekday (`quote_words.txt` class `time_noun`)
    /// right after the determiner that opens the phrase, before a lowercase word, modifies
    /// the head (`said a Wednesday editorial`, `the Sunday editorial in the Gazette`): no
    /// name, but not the phrase's end either.
    fn weekday_modifier(&self, i: usize, j: usize, ceil: usize, determined: bool) -> bool {
        determined
            && j == i + 1
            && j + 1 < ceil
            && self.is_cap(j)
            && self.is_class(j, QuoteWordClass::TimeNoun)
            && self.is_content_word(j + 1)
            && self
                .tok(j + 1)
                .chars()
                .next()
                .is_some_and(|c| c.is_lowercase())
    }

    /// Rule `participle_after_head`: a lowercase `-ing` word after a noun, before its object
    /// — a determiner, a pronoun or a reflexive (`quote_words.txt` class `reflexive`): `a man
    /// calling himself …`, `a voter wearing a red cap` — opens a reduced relative clause, so a
    /// speaker phrase next to a cue ends before it (the quote stage's inverted and after-mark
    /// subjects: [`NpReader::before_participle`]). Not in [`NpReader::np_starting_at`]
    /// itself: a gerund subject (`told reporters winning the seat was vital`) and a noun
    /// before a clause (`under the senator's grilling he admitted`) read the same and
    /// reported speech needs those phrases whole. Before a content word the `-ing` word is a
    /// modifier (`the governing party`); before a preposition it may be a noun (`a court
    /// hearing in May`).
    fn participle_after_head(&self, j: usize, ceil: usize) -> bool {
        j + 1 < ceil
            && self.is_word(j)
            && !self.is_cap(j)
            && self.function_class(j).is_none()
            && self.norm(j).ends_with("ing")
            && !self.norm(j).ends_with("thing")
            && !self.line_before(j + 1)
            && (matches!(
                self.function_class(j + 1),
                Some(FunctionClass::Determiner | FunctionClass::Pronoun)
            ) || self.is_class(j + 1, QuoteWordClass::Reflexive))
    }

    /// `np` cut before its first word that opens a participle clause (rule
    /// `participle_after_head`): `a voter wearing` → `a voter`. The word before it must be
    /// a content word, the head the clause modifies: after a bare determiner the `-ing` word is
    /// itself the head (`the king himself`, `a hearing this week`; rev19). Bounded by the
    /// phrase.
    fn before_participle(&self, np: Np) -> Np {
        let Some(k) = (np.start + 1..np.end).find(|&k| {
            self.is_word(k - 1)
                && self.function_class(k - 1).is_none()
                && self.participle_after_head(k, self.len())
        }) else {
            return np;
        };
        if k <= np.mention_start {
            Np {
                end: k,
                mention_start: np.start,
                kind: NpKind::Common,
                ..np
            }
        } else {
            Np { end: k, ..np }
        }
    }

    fn all_caps_to_head(&self, s: usize) -> bool {
        // Callers only ask when the run starting at `s` is capitalised.
        self.is_cap(s)
    }

    /// The noun phrase starting at token `i`, looking right no further than `ceil` (exclusive):
    /// "Clinton spokesman Brian Fallon", "the influential US daily", "he". Where the phrase ends
    /// in a capitalised name, the mention is that name without its titles.
    fn np_starting_at(&self, i: usize, ceil: usize) -> Option<Np> {
        let ceil = ceil.min(self.len());
        if i >= ceil {
            return None;
        }
        if self.is_pronoun(i) {
            return Some(Np {
                start: i,
                end: i + 1,
                mention_start: i,
                kind: NpKind::Pronoun,
            });
        }
        if let Some(np) = self.partitive_starting_at(i, ceil) {
            return Some(np);
        }
        let mut j = i;
        let determined = self.function_class(j) == Some(FunctionClass::Determiner);
        if determined {
            j += 1;
        }
        let mut end = None;
        let mut cap_start: Option<usize> = None;
        while j < ceil && j - i < MAX_NP + 2 && (j == i || !self.line_before(j)) {
            if self.is_name_word(j) {
                cap_start.get_or_insert(j);
                end = Some(j + 1);
            } else if cap_start.is_some_and(|c| !self.person_before_connector(c, j))
                && j + 1 < ceil
                && self.is_name_connector(j)
                && self.is_name_word(j + 1)
            {
                // "Bank of England" (but "Grant Wilson of Mellon Bank" is a person and a firm)
            } else if (self
                .tok(j)
                .chars()
                .next()
                .is_some_and(|c| !c.is_uppercase())
                && self.is_content_word(j)
                || self.kind(j) == Some(TokenKind::Number)
                || self.weekday_modifier(i, j, ceil, determined))
                && (cap_start.is_none() || determined || self.is_name_word(j + 1))
                && !(end.is_some() && self.norm(j).ends_with("ed"))
            {
                // Modifiers before the head; after a name only a role word that leads into
                // another name ("Clinton spokesman Brian Fallon"), never the verb that follows.
                cap_start = None;
                end = Some(j + 1);
            } else if self.norm(j) == "'s" && end.is_some() {
                cap_start = None;
            } else {
                break;
            }
            j += 1;
        }
        let end = end?;
        let kind_common = Np {
            start: i,
            end,
            mention_start: i,
            kind: NpKind::Common,
        };
        match cap_start.filter(|&c| c < end) {
            Some(c) => Some(match self.name_start(c, end) {
                Some(m) => Np {
                    start: i,
                    end,
                    mention_start: m,
                    kind: NpKind::Name,
                },
                None => kind_common,
            }),
            None => Some(kind_common),
        }
    }
}
