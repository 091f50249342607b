//! A shallow syntax layer: just enough structure to find who is speaking.
//!
//! Quote attribution needs three things a full parser would give: the noun phrase that is
//! the subject of a speech verb, the noun phrase after an inverted verb ("said Smith") or
//! after "according to", and where a clause begins. A statistical parser is out of scope, so
//! this module reads them off the token stream with word classes from lexicons (determiners,
//! pronouns, auxiliaries, adverbs) and capitalisation, looking a bounded number of tokens
//! left or right of an anchor. Every function here is O(window), so attribution stays linear
//! in the document however many quotes it holds.

use std::borrow::Cow;
use std::cell::Cell;

use super::lexicons::{
    listed_word_info, may_be_listed, FunctionClass, QuoteWordClass, TokenMemo, WordInfo,
    QUOTE_WORDS, TITLES_PACKED,
};
use crate::facts::{Chunks, TokenFacts};
use crate::span::Span;
use crate::tokenize::{Token, TokenKind};

/// What kind of thing a noun phrase names.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum NpKind {
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
pub(crate) struct Np {
    pub start: usize,
    pub end: usize,
    /// Mention tokens `[mention_start, end)`.
    pub mention_start: usize,
    pub kind: NpKind,
}

/// The text with its tokens, and the word-class lookups the quote stage shares: a reader of
/// the document's [`TokenFacts`] (lowercase forms, capitals, paragraphs).
pub(crate) struct Ctx<'a> {
    pub text: &'a str,
    pub tokens: &'a [Token],
    /// The document's token facts, computed once by the pipeline (or by [`Ctx::new`]).
    facts: Cow<'a, TokenFacts>,
    /// Lexicon facts per token ([`WordInfo::pack`]; 0: not looked up yet), looked up on first
    /// use: the rules ask about the same tokens many times, and a hash lookup per ask would
    /// dominate the stage.
    info: Vec<Cell<u16>>,
    /// Other per-token lexicon answers, made once ([`TokenMemo`]).
    pub memo: TokenMemo,
}

/// How far the chunker reaches from its anchor.
const MAX_NP: usize = 8;

impl<'a> Ctx<'a> {
    /// A context that computes its own token facts (for tests and callers outside the pipeline).
    #[cfg_attr(not(test), allow(dead_code))]
    pub fn new(text: &'a str, tokens: &'a [Token]) -> Self {
        Ctx {
            text,
            tokens,
            facts: Cow::Owned(TokenFacts::new(text, tokens)),
            info: vec![Cell::new(0); tokens.len()],
            memo: TokenMemo::new(tokens.len()),
        }
    }

    /// A context over the token facts the pipeline computed once for the document.
    pub fn with_facts(text: &'a str, tokens: &'a [Token], facts: &'a TokenFacts) -> Self {
        Ctx {
            text,
            tokens,
            facts: Cow::Borrowed(facts),
            info: vec![Cell::new(0); tokens.len()],
            memo: TokenMemo::new(tokens.len()),
        }
    }

    /// The document's shallow-syntax pass ([`Chunks`]), computed once and shared with the
    /// number stage.
    #[inline]
    pub fn chunks(&self) -> Chunks<'_> {
        self.facts.chunks(self.text, self.tokens)
    }

    /// The first token of the paragraph holding token `i`.
    pub fn paragraph_start(&self, i: usize) -> usize {
        self.facts.paragraph_start(i)
    }

    /// True when token `i` starts a paragraph ([`crate::facts::starts_paragraph`]).
    pub fn starts_paragraph(&self, i: usize) -> bool {
        self.facts.starts_paragraph(i)
    }

    /// The paragraph number of token `i` (0-based).
    pub fn paragraph_of(&self, i: usize) -> usize {
        self.facts.paragraph_of(i)
    }

    /// The lexicon facts about token `i` (empty for non-words and acronyms).
    #[inline]
    pub fn info(&self, i: usize) -> WordInfo {
        let Some(cell) = self.info.get(i) else {
            return WordInfo::default();
        };
        match cell.get() {
            0 => {
                let info = self.lookup(i);
                cell.set(info.pack());
                info
            }
            bits => WordInfo::unpack(bits),
        }
    }

    fn lookup(&self, i: usize) -> WordInfo {
        let Some(token) = self.tokens.get(i).filter(|t| t.kind == TokenKind::Word) else {
            return WordInfo::default();
        };
        let norm = token.norm(self.text);
        if !may_be_listed(norm) {
            return WordInfo::default();
        }
        listed_word_info(token.span.text(self.text), self.facts.lower(i, norm))
    }

    #[inline]
    pub fn len(&self) -> usize {
        self.tokens.len()
    }

    #[inline]
    pub fn tok(&self, i: usize) -> &'a str {
        self.tokens.get(i).map_or("", |t| t.span.text(self.text))
    }

    /// The normalized form with curly apostrophes folded.
    #[inline]
    pub fn norm(&self, i: usize) -> &'a str {
        self.tokens.get(i).map_or("", |t| t.norm(self.text))
    }

    /// Lower-cased normalized form; borrows when already lower-case.
    #[inline]
    pub fn lower(&self, i: usize) -> Cow<'a, str> {
        if let Cow::Borrowed(facts) = self.facts {
            return Cow::Borrowed(facts.lower_if_differs(i).unwrap_or_else(|| self.norm(i)));
        }
        let s = self.norm(i);
        if s.bytes().any(|b| b.is_ascii_uppercase())
            || (!s.is_ascii() && s.chars().any(char::is_uppercase))
        {
            Cow::Owned(s.to_lowercase())
        } else {
            Cow::Borrowed(s)
        }
    }

    #[inline]
    pub fn kind(&self, i: usize) -> Option<TokenKind> {
        self.tokens.get(i).map(|t| t.kind)
    }

    #[inline]
    pub fn is_word(&self, i: usize) -> bool {
        self.kind(i) == Some(TokenKind::Word)
    }

    #[inline]
    pub fn is_punct(&self, i: usize, p: &str) -> bool {
        self.kind(i) == Some(TokenKind::Punct) && self.tok(i) == p
    }

    /// Token `i` starts a new line: names and phrases never run across one.
    pub fn line_before(&self, i: usize) -> bool {
        self.tokens
            .get(i)
            .is_some_and(|t| t.ws_before >= crate::tokenize::Whitespace::Line)
    }

    pub fn is_quote_mark(&self, i: usize) -> bool {
        self.kind(i) == Some(TokenKind::Quote)
    }

    /// The number of tokens of a source marker ("according to") starting at token `i`.
    pub fn source_marker(&self, i: usize) -> Option<usize> {
        if !self.is_word(i) {
            return None;
        }
        let bits = self.memo.get(i, TokenMemo::MARKER_KNOWN, || {
            let n = super::lexicons::SOURCE_MARKERS
                .iter()
                .find(|words| {
                    words
                        .iter()
                        .enumerate()
                        .all(|(k, w)| self.is_word(i + k) && self.lower(i + k) == w.as_str())
                })
                .map_or(0, Vec::len);
            (n as u32) << TokenMemo::MARKER_SHIFT
        });
        match (bits >> TokenMemo::MARKER_SHIFT) & 7 {
            0 => None,
            n => Some(n as usize),
        }
    }

    /// A word that starts with a capital letter.
    #[inline]
    pub fn is_cap(&self, i: usize) -> bool {
        let Some(t) = self.tokens.get(i) else {
            return false;
        };
        t.kind == TokenKind::Word && self.facts.capitalized(i)
    }

    #[inline]
    pub fn span(&self, start: usize, end: usize) -> Span {
        match (
            self.tokens.get(start),
            end.checked_sub(1).and_then(|e| self.tokens.get(e)),
        ) {
            (Some(a), Some(b)) if start < end => Span::new(a.span.start(), b.span.end()),
            _ => Span::default(),
        }
    }

    #[inline]
    pub fn function_class(&self, i: usize) -> Option<FunctionClass> {
        self.info(i).function
    }

    /// Is token `i`, lower-cased, one of `words`? (No allocation.)
    #[inline]
    pub fn is_any(&self, i: usize, words: &[&str]) -> bool {
        i < self.len() && self.with_lower(i, |w| words.contains(&w))
    }

    /// Is token `i`, lower-cased, listed in `quote_words.txt` with `class`?
    #[inline]
    pub fn is_class(&self, i: usize, class: QuoteWordClass) -> bool {
        i < self.len() && self.with_lower(i, |w| QUOTE_WORDS.is(w, class))
    }

    /// Is token `i`, as written (a capitalised "Of" is not "of"), listed in `quote_words.txt`
    /// with `class`?
    #[inline]
    pub fn is_written(&self, i: usize, class: QuoteWordClass) -> bool {
        QUOTE_WORDS.is(self.tok(i), class)
    }

    /// Calls `f` with the lower-cased normalized form of token `i`, without allocating for
    /// the short ASCII words that make up almost every lookup.
    #[inline]
    pub fn with_lower<R>(&self, i: usize, f: impl FnOnce(&str) -> R) -> R {
        f(self
            .facts
            .lower_if_differs(i)
            .unwrap_or_else(|| self.norm(i)))
    }

    pub fn is_pronoun(&self, i: usize) -> bool {
        self.function_class(i) == Some(FunctionClass::Pronoun)
    }

    /// A cue verb form, if token `i` is one.
    ///
    /// A capitalised cue word right after a capitalised word, and not before another one, a
    /// quotation mark or a colon, is the end of a name ("Stevie Wonder, who …"), not a verb
    /// (a title-case headline, "Flynn Says Trump …", "Obama Says “…”", keeps its cue).
    pub fn cue(&self, i: usize) -> Option<super::lexicons::CueForm> {
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

    /// Is the word a lower-case word that a title-case headline may leave uncapitalised
    /// ("of", "the", "and")? Any other lower-case word means the line is a sentence.
    pub fn headline_small_word(&self, i: usize) -> bool {
        self.is_written(i, QuoteWordClass::HeadlineSmall)
    }

    /// "was admitted", "has been called": a past participle after a form of "be" is passive,
    /// and its subject is not the one speaking.
    pub fn passive(&self, v: usize) -> bool {
        let Some(form) = self.cue(v) else {
            return false;
        };
        if form.ing || form.base || form.third {
            return false;
        }
        let mut k = v;
        while k > 0 && v - k < 3 {
            k -= 1;
            if self.is_class(k, QuoteWordClass::Be) {
                return true;
            }
            if self.function_class(k) != Some(FunctionClass::Adverb) {
                return false;
            }
        }
        false
    }

    /// "did not say", "never told": a negated cue reports no words.
    pub fn negated(&self, v: usize) -> bool {
        (1..=3)
            .filter_map(|k| v.checked_sub(k))
            .any(|p| self.is_class(p, QuoteWordClass::Negation))
    }

    /// A title word as written ("President", "Sen.", "Mr").
    pub fn title(&self, i: usize) -> Option<super::lexicons::Title> {
        if !self.is_word(i) {
            return None;
        }
        TITLES_PACKED.get(self.norm(i))
    }

    /// A word that may be part of a capitalised name.
    fn is_name_word(&self, i: usize) -> bool {
        self.is_cap(i)
            && (self.function_class(i).is_none() || self.capitalised_modal_in_name(i))
            && !self.fronted_participle(i)
    }

    /// Rule `capitalised_modal_in_name`: a capitalised auxiliary inside a sentence next to
    /// another capitalised word is a name ("said Will Doyle", "George Will wrote").
    fn capitalised_modal_in_name(&self, i: usize) -> bool {
        let starts = i == 0
            || self.tokens.get(i - 1).map(|t| t.sentence) != self.tokens.get(i).map(|t| t.sentence)
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
    pub fn fronted_participle(&self, i: usize) -> bool {
        let starts = i == 0
            || self.tokens.get(i - 1).map(|t| t.sentence) != self.tokens.get(i).map(|t| t.sentence);
        starts && (self.norm(i).ends_with("ing") && self.norm(i).len() > 5 || self.cue(i).is_some())
    }

    /// Lower-case word that can sit inside a noun phrase (an adjective or noun): not a
    /// function word, not an adverb in -ly, not a cue verb.
    fn is_content_word(&self, i: usize) -> bool {
        if !self.is_word(i) || self.function_class(i).is_some() {
            return false;
        }
        let s = self.norm(i);
        !(s.ends_with("ly") && s.len() > 4)
            && (self.cue(i).is_none() || self.is_cue_noun(i))
            && s != "'s"
    }

    /// Rule `cue_word_as_noun`: a cue's base or -s form right after a determiner is a noun
    /// ("the report said", "a tweet", "the reports"), so it can head a noun phrase.
    fn is_cue_noun(&self, i: usize) -> bool {
        i > 0
            && self.function_class(i - 1) == Some(FunctionClass::Determiner)
            && self.cue(i).is_some_and(|f| (f.base || f.third) && !f.ing)
    }

    pub fn is_preposition(&self, i: usize) -> bool {
        self.is_word(i) && self.is_class(i, QuoteWordClass::Preposition)
    }

    /// A period glued to a following comma or bracket ends an abbreviation ("R-Ky.,"), not
    /// a sentence.
    pub fn is_abbreviation_period(&self, i: usize) -> bool {
        self.is_punct(i, ".")
            && self.tokens.get(i + 1).is_some_and(|n| {
                n.ws_before == crate::tokenize::Whitespace::None
                    && matches!(n.span.text(self.text), "," | ")")
            })
    }

    /// Does a capitalised run starting at `i` begin with a given name or an honorific, after
    /// any role titles ("Sen. John", "Grant")?
    pub fn starts_person_name(&self, i: usize) -> bool {
        let mut k = i;
        while k < self.len() && k < i + 4 && self.title(k).is_some() {
            if self.title(k).is_some_and(|t| t.honorific) {
                return true;
            }
            k += 1;
        }
        self.is_word(k) && super::lexicons::FIRST_NAMES.contains_key(self.tok(k))
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
            && !super::lexicons::ORG_SUFFIXES.contains(self.tok(of - 1))
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
    pub fn name_start(&self, start: usize, end: usize) -> Option<usize> {
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
    pub fn np_ending_at(&self, j: usize, floor: usize) -> Option<Np> {
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
        None
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
                && self.tok(p).chars().next().is_some_and(char::is_lowercase);
            if lower_content || self.is_name_word(p) || self.kind(p) == Some(TokenKind::Number) {
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
            return (s - 1, kind);
        }
        (s, NpKind::Name)
    }

    fn all_caps_to_head(&self, s: usize) -> bool {
        // Callers only ask when the run starting at `s` is capitalised.
        self.is_cap(s)
    }

    /// The noun phrase starting at token `i`, looking right no further than `ceil` (exclusive):
    /// "Clinton spokesman Brian Fallon", "the influential US daily", "he". Where the phrase ends
    /// in a capitalised name, the mention is that name without its titles.
    pub fn np_starting_at(&self, i: usize, ceil: usize) -> Option<Np> {
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
                || self.kind(j) == Some(TokenKind::Number))
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

    /// The subject of the verb at token `v`: skips auxiliaries and adverbs ("has also
    /// repeatedly told"), an apposition or relative clause set off by commas ("Smith, who
    /// …, said"), then takes the noun phrase ending there.
    pub fn subject_before(&self, v: usize, floor: usize) -> Option<Np> {
        let (j, skipped) = self.past_auxiliaries(v, floor)?;
        let j = self.before_markup(j, floor);
        // `@AnnCole tweeted`: a handle is a name.
        if self.kind(j) == Some(TokenKind::Mention) {
            return Some(Np {
                start: j,
                end: j + 1,
                mention_start: j,
                kind: NpKind::Name,
            });
        }
        let mut j = j;
        // "who in 2010 said": step over a short dated phrase between subject and verb.
        if self.kind(j) == Some(TokenKind::Number) && j >= floor + 2 && self.is_preposition(j - 1) {
            j -= 2;
        }
        if self.is_punct(j, ",") || self.is_punct(j, "—") || self.is_punct(j, "–") {
            return self.subject_before_aside(j, floor);
        }
        // "the Chicago Police Department, which reported …": the relative pronoun is the
        // local mention; resolution takes it to its antecedent.
        if self.function_class(j) == Some(FunctionClass::Relative)
            && matches!(self.lower(j).as_ref(), "who" | "which")
            && j > floor
        {
            return Some(Np {
                start: j,
                end: j + 1,
                mention_start: j,
                kind: NpKind::Pronoun,
            });
        }
        let np = self.np_ending_at(j, floor)?;
        if self.function_class(np.start) == Some(FunctionClass::Relative) {
            return None;
        }
        let np = self.coordinated_names(np, floor);
        let np = self.person_before_affiliation(np, floor);
        // "of Republican claims", "in a box labeled", "through the streets chanted": a phrase
        // after a preposition is its object, not the subject of the verb.
        // ("after", "before", "since" also open clauses: "after Trump said …" keeps Trump.)
        if np.start > floor
            && self.is_preposition(np.start - 1)
            && !self.is_class(np.start - 1, QuoteWordClass::ClausePreposition)
        {
            return self.head_before_preposition(np, floor);
        }
        if self.disagrees_with_cue(v, np, skipped) {
            return None;
        }
        Some(np)
    }

    /// The last token before the verb at `v` that is not an auxiliary or adverb ("has also
    /// repeatedly told"; at most five stepped over), and how many were stepped over; `None`
    /// past `floor` or the start of the text.
    fn past_auxiliaries(&self, v: usize, floor: usize) -> Option<(usize, usize)> {
        let mut j = v.checked_sub(1)?;
        let mut skipped = 0;
        // The pass's verb-group words: auxiliaries, adverbs, lower-case "-ly" words.
        let chunks = self.chunks();
        while j >= floor && skipped < 5 {
            if !chunks.verb_modifier(j) {
                break;
            }
            if j == 0 {
                return None;
            }
            j -= 1;
            skipped += 1;
        }
        (j >= floor).then_some((j, skipped))
    }

    /// A phrase `np` after a preposition is no subject, unless it completes a larger phrase:
    /// "A document on the campaign's website states", "the head of the agency said" → the
    /// head before the preposition.
    fn head_before_preposition(&self, np: Np, floor: usize) -> Option<Np> {
        let p = np.start - 1;
        if p > floor && self.is_class(p, QuoteWordClass::AttachingPreposition) {
            if let Some(head) = self.np_ending_at(p - 1, floor) {
                let head_free = head.start == floor || !self.is_preposition(head.start - 1);
                if head_free && head.kind != NpKind::Pronoun {
                    return Some(head);
                }
            }
        }
        None
    }

    /// Agreement tells a verb from a noun: "initial reports", "the following comment" — the
    /// cue at `v` does not agree with `np` (`skipped` auxiliaries or adverbs between).
    fn disagrees_with_cue(&self, v: usize, np: Np, skipped: usize) -> bool {
        let Some(form) = self.cue(v) else {
            return false;
        };
        let bare_single = np.kind == NpKind::Common
            && np.end - np.start == 1
            && self
                .tok(np.start)
                .chars()
                .next()
                .is_some_and(char::is_lowercase);
        if form.third && bare_single && !self.norm(np.start).ends_with('s') {
            return true;
        }
        let singular_article = np.kind == NpKind::Common
            && self.is_class(np.start, QuoteWordClass::SingularArticle)
            && !self.norm(np.end - 1).ends_with('s');
        form.base && singular_article && skipped == 0
    }

    /// Rule `markup_around_name`: the last token of a name wrapped in Markdown emphasis or a
    /// link that ends at `j` (`**Ann Cole** said`, `[Ann Cole](http://…) said`), else `j`.
    fn before_markup(&self, j: usize, floor: usize) -> usize {
        if j > floor
            && self.is_emphasis(j)
            && self.tokens[j].ws_before == crate::tokenize::Whitespace::None
        {
            return j - 1;
        }
        let link = j >= floor + 4
            && self.tok(j) == ")"
            && self.kind(j - 1) == Some(TokenKind::Url)
            && self.tok(j - 2) == "("
            && self.tok(j - 3) == "]";
        if link {
            j - 4
        } else {
            j
        }
    }

    /// A Markdown emphasis mark (`*`, `**`, `_`, `__`).
    pub fn is_emphasis(&self, k: usize) -> bool {
        matches!(self.kind(k), Some(TokenKind::Punct | TokenKind::Symbol))
            && matches!(self.tok(k), "*" | "**" | "_" | "__")
    }

    /// Rule `coordinated_speakers`: `Cole and Reyes wrote`, `Ann Cole and Bob Reyes said`:
    /// two names joined by "and" that open their clause are one speaker mention.
    fn coordinated_names(&self, np: Np, floor: usize) -> Np {
        if np.kind != NpKind::Name || np.start < floor + 2 || !self.is_any(np.start - 1, &["and"]) {
            return np;
        }
        match self.np_ending_at(np.start - 2, floor) {
            Some(first)
                if first.kind == NpKind::Name
                    && (first.start == floor
                        || !self.is_word(first.start - 1)
                        || (self.function_class(first.start - 1)
                            == Some(FunctionClass::Other)
                            && !self.is_preposition(first.start - 1))) =>
            {
                Np {
                    start: first.start,
                    mention_start: first.mention_start,
                    ..np
                }
            }
            _ => np,
        }
    }

    /// Rule `person_comma_affiliation`: `Ann Cole, Farmers Union said` — an organisation's
    /// name (one with a word of `org_suffixes.txt`), set off by a comma after a person's name
    /// that opens the clause, is that person's affiliation; the person is the speaker.
    fn person_before_affiliation(&self, np: Np, floor: usize) -> Np {
        if np.kind != NpKind::Name
            || np.start < floor + 2
            || !self.is_punct(np.start - 1, ",")
            || !(np.start..np.end).any(|k| super::lexicons::ORG_SUFFIXES.contains(self.tok(k)))
        {
            return np;
        }
        match self.np_ending_at(np.start - 2, floor) {
            Some(person)
                if person.kind == NpKind::Name
                    && self.starts_person_name(person.start)
                    && (person.start == floor || !self.is_word(person.start - 1)) =>
            {
                person
            }
            _ => np,
        }
    }

    /// "Smith, a spokesman for X, said" / "Smith, who …, said": the phrase before the comma
    /// that opens the aside ending at comma `j`.
    fn subject_before_aside(&self, j: usize, floor: usize) -> Option<Np> {
        let mut k = j;
        while k > floor && j - k < 24 {
            k -= 1;
            if self.is_punct(k, self.tok(j)) {
                let opener = k + 1;
                let aside_ok = self.function_class(opener) == Some(FunctionClass::Relative)
                    || self.function_class(opener) == Some(FunctionClass::Determiner)
                    || self.is_cap(opener)
                    || self.tok(opener).ends_with("-")
                    // "Obama, dedicating the museum on Saturday, said", "Lee, asked about it, said"
                    || (self.is_word(opener) && !self.is_cap(opener) && (self.norm(opener).ends_with("ing") || self.norm(opener).ends_with("ed")) && self.function_class(opener).is_none());
                if !aside_ok || k == 0 {
                    return None;
                }
                // "Ann Cole and Bob Dunn, both Republicans, said": coordinated names too.
                let np = self.coordinated_names(self.np_ending_at(k - 1, floor)?, floor);
                return (np.kind != NpKind::Common || np.end - np.start <= 4).then_some(np);
            }
            if self.is_quote_mark(k) || matches!(self.tok(k), "." | ";" | ":") {
                return None;
            }
        }
        None
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::tokenize::tokenize;

    fn subject(text: &str, verb: &str) -> Option<String> {
        let tokens = tokenize(text);
        let ctx = Ctx::new(text, &tokens);
        let v = (0..tokens.len()).find(|&i| ctx.tok(i) == verb)?;
        let np = ctx.subject_before(v, 0)?;
        Some(ctx.span(np.mention_start, np.end).text(text).to_string())
    }

    #[test]
    fn word_classes_read_the_token_lower_cased_or_as_written() {
        let text = "Of course the Bank of England Said so.";
        let tokens = tokenize(text);
        let ctx = Ctx::new(text, &tokens);
        // "Of" (0) lower-cased is a preposition; as written it joins no name, "of" (4) does.
        assert!(ctx.is_class(0, QuoteWordClass::Preposition));
        assert!(!ctx.is_written(0, QuoteWordClass::NameConnector));
        assert!(ctx.is_written(4, QuoteWordClass::NameConnector));
        assert!(!ctx.is_class(3, QuoteWordClass::Preposition));
        assert!(!ctx.is_class(tokens.len(), QuoteWordClass::Preposition));
    }

    #[test]
    fn finds_subjects() {
        assert_eq!(
            subject("Colombian President Gustavo Petro has told the BBC", "told").as_deref(),
            Some("Gustavo Petro")
        );
        assert_eq!(
            subject("A Colombian official said at the time", "said").as_deref(),
            Some("A Colombian official")
        );
        assert_eq!(
            subject("but the city's mayor demanded agents leave", "demanded").as_deref(),
            Some("the city's mayor")
        );
        assert_eq!(
            subject("Trump has also repeatedly told Petro", "told").as_deref(),
            Some("Trump")
        );
        assert_eq!(
            subject("Smith, who runs the firm, said", "said").as_deref(),
            Some("Smith")
        );
        assert_eq!(
            subject("Rep. Gwen Moore (D-Wis.) said", "said").as_deref(),
            Some("Gwen Moore")
        );
        assert_eq!(subject("then he said", "said").as_deref(), Some("he"));
        assert_eq!(
            subject("These protesters chanted", "chanted").as_deref(),
            Some("These protesters")
        );
    }

    #[test]
    fn finds_inverted_subjects() {
        let text = "said Sen. John Smith, D-Mass.";
        let tokens = tokenize(text);
        let ctx = Ctx::new(text, &tokens);
        let np = ctx.np_starting_at(1, tokens.len()).unwrap();
        assert_eq!(ctx.span(np.mention_start, np.end).text(text), "John Smith");
    }
}
