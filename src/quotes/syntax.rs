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
use std::sync::LazyLock;

use super::lexicons::{
    FunctionClass, QuoteWordClass, Title, TokenMemo, WordInfo, CUE_NOUNS, QUOTE_WORDS,
    SOURCE_MARKERS, TITLES_PACKED,
};
use super::word_table;
use crate::facts::{Chunks, NpReader, TokenFacts};
pub(crate) use crate::facts::{Np, NpKind};
use crate::lexicon::registry::LexiconClass;
use crate::span::Span;
use crate::tokenize::{Token, TokenKind};

/// A Markdown transcript label ([`Ctx::emphasised_transcript_label`]): the label's words
/// `start..end`, its colon, and the first token after the closing emphasis.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct MarkedLabel {
    pub start: usize,
    pub end: usize,
    pub colon: usize,
    pub after: usize,
}

/// The text with its tokens, and the word-class lookups the quote stage shares: a reader of
/// the document's [`TokenFacts`] (lowercase forms, capitals, paragraphs).
pub(crate) struct Ctx<'a> {
    pub text: &'a str,
    pub tokens: &'a [Token],
    /// The document's token facts, computed once by the pipeline (or, in tests, by `Ctx::new`).
    facts: &'a TokenFacts,
    /// Lexicon facts per token ([`WordInfo::pack`]; 0: not looked up yet), looked up on first
    /// use: the rules ask about the same tokens many times, and a hash lookup per ask would
    /// dominate the stage.
    info: Vec<Cell<u16>>,
    /// Other per-token lexicon answers, made once ([`TokenMemo`]).
    pub memo: TokenMemo,
    /// Per token, its `quote_words.txt` classes as [`crate::lexicon::Classes::mask`] bits with
    /// [`CLASSES_KNOWN`] set (0: not looked up yet): one probe answers every later
    /// [`Ctx::is_class`] at the token, whichever class it asks.
    quote_classes: Vec<Cell<u64>>,
    /// Per token, its title as written ([`NpReader::title`]; outer `None`: not looked up
    /// yet): name runs ask it of the same tokens again and again.
    titles: Vec<Cell<Option<Option<Title>>>>,
    /// Per token, its normalized form ([`Token::norm`]), read in one pass when the context is
    /// made: the rules ask it of the same tokens many times, and each general read matches
    /// the token's stored form and slices the text again (with its UTF-8 boundary tests).
    norms: Vec<&'a str>,
    /// Per token, its lowercase form as the facts give it, read from the kept normalized
    /// forms in one pass ([`TokenFacts::lower_forms_of`]), for the same reason: every
    /// [`Ctx::low`] is one slice read. Checked against the general reads by
    /// `the_kept_forms_answer_as_the_general_reads`.
    lowers: Vec<&'a str>,
}

/// Set in a [`Ctx`]'s per-token class mask once it is known (above every class bit: the
/// registry allows at most 61 classes in a list read this way, checked by a test).
const CLASSES_KNOWN: u64 = 1 << 63;

/// Set in the same per-token mask once [`Ctx::is_cue_noun`] is known, with [`CUE_NOUN`]
/// its answer: the speech-noun rules ask it of every token of their windows, and the same
/// tokens again from rule to rule and quotation to quotation.
const CUE_NOUN_KNOWN: u64 = 1 << 62;
const CUE_NOUN: u64 = 1 << 61;

impl<'a> Ctx<'a> {
    /// A context that computes its own token facts (tests only: the facts are leaked, so
    /// that the context borrows its lowercase forms from them as it does from the
    /// pipeline's).
    #[cfg(test)]
    pub fn new(text: &'a str, tokens: &'a [Token]) -> Self {
        let facts = Box::leak(Box::new(TokenFacts::new(text, tokens)));
        Self::with_facts(text, tokens, facts)
    }

    /// A context over the token facts the pipeline computed once for the document.
    pub fn with_facts(text: &'a str, tokens: &'a [Token], facts: &'a TokenFacts) -> Self {
        let norms: Vec<&str> = tokens.iter().map(|t| t.norm(text)).collect();
        Ctx {
            text,
            tokens,
            facts,
            info: vec![Cell::new(0); tokens.len()],
            memo: TokenMemo::new(tokens.len()),
            quote_classes: vec![Cell::new(0); tokens.len()],
            titles: vec![Cell::new(None); tokens.len()],
            lowers: facts.lower_forms_of(&norms),
            norms,
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
        WordInfo::unpack(self.info_bits(i))
    }

    /// The [`WordInfo::pack`] bits of token `i` ([`WordInfo::NONE`] past the end), looked up
    /// on the first ask and kept.
    #[inline]
    fn info_bits(&self, i: usize) -> u16 {
        let Some(cell) = self.info.get(i) else {
            return WordInfo::NONE;
        };
        match cell.get() {
            0 => {
                let (bits, classes, _) = self.lookup(i);
                cell.set(bits);
                self.memo.offer(i, TokenMemo::INDIRECT_KNOWN, classes);
                bits
            }
            bits => bits,
        }
    }

    /// The reported-speech classes of token `i` (`indirect_words.txt`, as bits indexed by the
    /// class; 0: none, or no word), looked up once per token with its [`WordInfo`].
    #[inline]
    pub fn indirect_classes(&self, i: usize) -> u32 {
        self.memo.get(i, TokenMemo::INDIRECT_KNOWN, || {
            let (bits, classes, _) = self.lookup(i);
            if let Some(cell) = self.info.get(i).filter(|c| c.get() == 0) {
                cell.set(bits);
            }
            classes
        }) & ((1 << TokenMemo::CLASS_BITS) - 1)
    }

    /// The [`WordInfo::pack`] bits (never 0), the reported-speech classes and the speech-noun
    /// answer of token `i`: one probe of the stage's word table ([`word_table::look_up`]) for
    /// all three. The speech-noun answer is only that of a word token (false otherwise).
    fn lookup(&self, i: usize) -> (u16, u32, bool) {
        let Some(token) = self.tokens.get(i).filter(|t| t.kind == TokenKind::Word) else {
            return (WordInfo::NONE, 0, false);
        };
        let norm = self.norm(i);
        word_table::look_up(|| token.span.text(self.text), norm, self.low(i))
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
        self.norms.get(i).copied().unwrap_or("")
    }

    /// Lower-cased normalized form ([`Ctx::low`], the kept form).
    #[inline]
    pub fn lower(&self, i: usize) -> Cow<'a, str> {
        Cow::Borrowed(self.low(i))
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
            // No marker can start here unless its first word has this word's first byte
            // and length (most words are turned away by one bit test).
            if !self.with_lower(i, may_start_marker) {
                return 0;
            }
            let n = SOURCE_MARKERS
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
        self.quote_classes(i) & (1 << class.index()) != 0
    }

    /// The `quote_words.txt` classes of token `i` lower-cased (bits by class index, with
    /// [`CLASSES_KNOWN`]; 0 past the end), probed on the first ask and kept.
    #[inline]
    fn quote_classes(&self, i: usize) -> u64 {
        let Some(cell) = self.quote_classes.get(i) else {
            return 0;
        };
        let bits = cell.get();
        if bits & CLASSES_KNOWN != 0 {
            return bits;
        }
        // (The cue-noun bits, if known, are kept.)
        let mask = bits | CLASSES_KNOWN | self.with_lower(i, |w| QUOTE_WORDS.mask(w));
        cell.set(mask);
        mask
    }

    /// Is token `i`, lower-cased, a speech noun (`quote_cue_nouns.txt`, [`CUE_NOUNS`]:
    /// `claim`, `statement`, `warning`)? The answer of `CUE_NOUNS.contains(ctx.lower(i))`,
    /// found on the first ask and kept in the token's class mask; past the end, `false`.
    /// For a word token the first ask is the word table's one probe, which also keeps the
    /// token's [`WordInfo`] and reported-speech classes if not known yet: the speech-noun
    /// rules ask `cue` of the same token next (most window words are not speech nouns), and
    /// most words are turned away by the table's filter before any hash.
    #[inline]
    pub fn is_cue_noun(&self, i: usize) -> bool {
        let Some(cell) = self.quote_classes.get(i) else {
            return CUE_NOUNS.contains(self.lower(i).as_ref());
        };
        let bits = cell.get();
        if bits & CUE_NOUN_KNOWN != 0 {
            return bits & CUE_NOUN != 0;
        }
        let noun = if self.is_word(i) {
            let (info, classes, noun) = self.lookup(i);
            if let Some(c) = self.info.get(i).filter(|c| c.get() == 0) {
                c.set(info);
            }
            self.memo.offer(i, TokenMemo::INDIRECT_KNOWN, classes);
            noun
        } else {
            CUE_NOUNS.contains(self.lower(i).as_ref())
        };
        cell.set(bits | CUE_NOUN_KNOWN | if noun { CUE_NOUN } else { 0 });
        noun
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
        f(self.low(i))
    }

    /// The lowercase form of token `i` as the facts give it, kept ([`Ctx::lowers`]; ""
    /// past the end).
    #[inline]
    pub(crate) fn low(&self, i: usize) -> &'a str {
        self.lowers.get(i).copied().unwrap_or("")
    }

    pub fn is_pronoun(&self, i: usize) -> bool {
        self.function_class(i) == Some(FunctionClass::Pronoun)
    }

    /// Is the word a lower-case word that a title-case headline may leave uncapitalised
    /// ("of", "the", "and")? Any other lower-case word means the line is a sentence.
    pub fn headline_small_word(&self, i: usize) -> bool {
        self.is_written(i, QuoteWordClass::HeadlineSmall)
    }

    /// The colon closing a transcript speaker label that opens at token `first` (`WALLACE:`,
    /// `MR. SMITH:`, `JAKE TAPPER:`): up to [`TRANSCRIPT_LABEL`] tokens before `limit`, each a
    /// word in capitals of two letters or more, or a full stop after one. The one test of a
    /// label: a quotation's (`“WALLACE: …”`, rule `transcript`) and a turn's
    /// (`TAPPER: And I think …`, reported-speech rule `transcript_turn`).
    pub fn transcript_label(&self, first: usize, limit: usize) -> Option<usize> {
        // Cheap test first: most words have a lower-case letter, found in their first two.
        let caps = |k: usize| {
            let t = self.tok(k);
            self.is_word(k)
                && t.chars().all(|c| !c.is_lowercase())
                && t.chars().filter(|c| c.is_alphabetic()).count() >= 2
        };
        let end = (first + TRANSCRIPT_LABEL).min(limit);
        let mut k = first;
        let mut named = false;
        while k < end && (caps(k) || (named && self.is_punct(k, "."))) {
            named |= caps(k);
            k += 1;
        }
        (named && k < limit && self.is_punct(k, ":")).then_some(k)
    }

    /// Rule `emphasised_transcript_label`: a Markdown transcript label opening a line
    /// (`**Ann Cole:** Because …`, `**Q:** Why now?`, `*Ann Cole*: …`): the emphasis, up to
    /// [`TRANSCRIPT_LABEL`] capitalised words (or a full stop after one: `Mr. Cole`), the
    /// colon inside or right after the closing mark, the same mark as the opening one. The
    /// emphasis marks a label not written in capitals; only at a line's start (a bold phrase
    /// inside a flattened paragraph names nobody). A word of more than one letter may not be
    /// a function word (`**The Road Ahead:**`); a one-letter label (`Q`, `A`) is kept for the
    /// caller to judge. `limit` bounds the colon.
    pub fn emphasised_transcript_label(&self, first: usize, limit: usize) -> Option<MarkedLabel> {
        if !(self.is_emphasis(first) && (first == 0 || self.line_before(first))) {
            return None;
        }
        let mark = self.tok(first);
        let start = first + 1;
        let label_word = |k: usize| {
            let t = self.tok(k);
            self.is_word(k)
                && t.chars().next().is_some_and(char::is_uppercase)
                && (t.chars().count() == 1 || self.function_class(k).is_none())
        };
        let end_max = (start + TRANSCRIPT_LABEL).min(limit);
        let mut k = start;
        while k < end_max && (label_word(k) || (k > start && self.is_punct(k, "."))) {
            k += 1;
        }
        if k == start || k >= limit {
            return None;
        }
        let closes = |j: usize| j < self.len() && self.is_emphasis(j) && self.tok(j) == mark;
        let (colon, after) = if self.is_punct(k, ":") && closes(k + 1) {
            (k, k + 2)
        } else if closes(k) && k + 1 < limit && self.is_punct(k + 1, ":") {
            (k + 1, k + 2)
        } else {
            return None;
        };
        Some(MarkedLabel {
            start,
            end: k,
            colon,
            after,
        })
    }

    /// The end of the title-case line token `i` opens ("Gold Star Mom Corners Obama On His
    /// Refusal"): four words or more, each capitalised or a headline small word. `None` when
    /// `i` opens no line or the line is a sentence. The one test of a headline line.
    ///
    /// Rule `flattened_headline_line`: a text without paragraph breaks (a CSV dump lost them)
    /// opens with its headline glued to the body; there the line token 0 opens ends where its
    /// first sentence ends ("Cole Says Harbour Will Win. The mayor …" → "Cole Says Harbour
    /// Will Win."), as it would at the line break the original had.
    pub fn headline_line(&self, i: usize) -> Option<usize> {
        if i > 0 && !self.line_before(i) {
            return None;
        }
        let flat = i == 0 && self.len() > 0 && self.paragraph_of(self.len() - 1) == 0;
        let sentence = self.tokens.get(i).map_or(0, |t| t.sentence);
        let first_sentence_ends = |k: usize| flat && self.tokens[k].sentence != sentence;
        let mut end = i;
        let mut words = 0;
        while end < self.len()
            && (end == i || !self.line_before(end))
            && !first_sentence_ends(end)
            && end - i < 40
        {
            if self.is_word(end) {
                words += 1;
                if !self.is_cap(end) && !self.headline_small_word(end) {
                    // One lower-case word that is not a small word: a sentence, not a headline.
                    return None;
                }
            }
            end += 1;
        }
        (words >= 4 && (end >= self.len() || self.line_before(end) || first_sentence_ends(end)))
            .then_some(end)
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

    /// A cue verb form, if token `i` is one ([`NpReader::cue`]).
    #[inline]
    pub fn cue(&self, i: usize) -> Option<super::lexicons::CueForm> {
        // Cheap first: most tokens have no cue form, one bit of their kept facts (the
        // trait's first test, without unpacking the facts or the call).
        if self.info_bits(i) & WordInfo::CUE != 0 {
            NpReader::cue(self, i)
        } else {
            None
        }
    }

    /// Rule `year_modifier` ([`NpReader::after_year_modifier`]): the word at `i` follows a year
    /// after a determiner or possessive ("the 2013 report"), so it is a noun.
    pub fn after_year_modifier(&self, i: usize) -> bool {
        NpReader::after_year_modifier(self, i)
    }

    /// Rule `participle_after_head` ([`NpReader::participle_after_head`]): the word at `i`
    /// is an `-ing` participle opening a reduced relative after a noun (`a man calling
    /// himself …`).
    pub fn participle_after_head(&self, i: usize) -> bool {
        NpReader::participle_after_head(self, i, self.len())
    }

    /// The noun phrase at `i` ([`Ctx::np_starting_at`]) cut before a participle clause
    /// ([`NpReader::before_participle`]): a speaker phrase next to a cue.
    pub fn speaker_np_starting_at(&self, i: usize, ceil: usize) -> Option<Np> {
        if let Some(np) = self.ing_modifier_np(i, ceil) {
            return Some(np);
        }
        self.np_starting_at(i, ceil)
            .map(|np| NpReader::before_participle(self, np))
    }

    /// Rule `ing_modifier_after_determiner`: `“Q,” said a beaming Ann Cole`, `said the
    /// smiling coach` — a lower-case `-ing` form of a cue verb right after a determiner (the
    /// mood and sound verbs of `cue_verbs.txt`: `beam`, `smile`, `grin`) is an adjective
    /// before the phrase it modifies, which the speaker phrase takes whole (the chunker stops
    /// at a cue form). Not after a line break, and only before a phrase that starts right
    /// after it and is no pronoun (`said the smiling.` has none).
    fn ing_modifier_np(&self, i: usize, ceil: usize) -> Option<Np> {
        let m = i + 1;
        if m + 1 >= ceil.min(self.len())
            || self.function_class(i) != Some(FunctionClass::Determiner)
            || self.is_cap(m)
            || self.line_before(m)
            || self.line_before(m + 1)
            || !self.cue(m)?.ing
        {
            return None;
        }
        let np = self
            .np_starting_at(m + 1, ceil)
            .filter(|np| np.start == m + 1 && np.kind != NpKind::Pronoun)?;
        let np = NpReader::before_participle(self, np);
        Some(Np {
            start: i,
            mention_start: if np.kind == NpKind::Common {
                i
            } else {
                np.mention_start
            },
            ..np
        })
    }

    /// A title word as written ([`NpReader::title`]).
    pub fn title(&self, i: usize) -> Option<super::lexicons::Title> {
        NpReader::title(self, i)
    }

    /// A capitalised -ing word or cue verb opening a sentence ([`NpReader::fronted_participle`]).
    pub fn fronted_participle(&self, i: usize) -> bool {
        NpReader::fronted_participle(self, i)
    }

    /// A capitalised run starting with a given name or an honorific
    /// ([`NpReader::starts_person_name`]).
    pub fn starts_person_name(&self, i: usize) -> bool {
        NpReader::starts_person_name(self, i)
    }

    /// Where the name proper starts in a capitalised run ([`NpReader::name_start`]).
    pub fn name_start(&self, start: usize, end: usize) -> Option<usize> {
        NpReader::name_start(self, start, end)
    }

    /// The noun phrase ending at token `j`, no further left than `floor`: the document's
    /// noun-phrase chunker ([`NpReader::np_ending_at`], `src/facts/noun_phrase.rs`).
    pub fn np_ending_at(&self, j: usize, floor: usize) -> Option<Np> {
        NpReader::np_ending_at(self, j, floor)
    }

    /// The noun phrase starting at token `i`, no further right than `ceil` (exclusive)
    /// ([`NpReader::np_starting_at`]).
    pub fn np_starting_at(&self, i: usize, ceil: usize) -> Option<Np> {
        NpReader::np_starting_at(self, i, ceil)
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
        // Not before a participle: `Critics last week saying … were ignored` has no subject.
        let j = if self.norm(v).ends_with("ing") {
            j
        } else {
            self.before_time_phrase(j, floor)
        };
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
        if let Some(r) = self.relative_before_time_gap(v, floor) {
            return Some(Np {
                start: r,
                end: r + 1,
                mention_start: r,
                kind: NpKind::Pronoun,
            });
        }
        let np = self.np_ending_at(j, floor)?;
        if self.function_class(np.start) == Some(FunctionClass::Relative) {
            return None;
        }
        let np = self.org_name_across_and(np, floor);
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
        if self.disagrees_with_cue(v, np, skipped) || self.stacked_subject_misplaced(np, floor) {
            return None;
        }
        Some(np)
    }

    /// `water bottles that said`, `a message that read`: a `that` at `j` right after a noun
    /// phrase is a relative pronoun, the local mention of the verb's subject (resolution takes
    /// it to its antecedent); not a `That said,` opening a sentence, nor a `that` after a verb
    /// (`argued that`). Read by the quote rule `relative_that_cue` only.
    pub fn relative_that_subject(&self, j: usize, floor: usize) -> Option<Np> {
        if j <= floor || !self.is_any(j, &["that"]) || self.cue(j - 1).is_some() {
            return None;
        }
        let noun = self.np_ending_at(j - 1, floor)?;
        (noun.end == j && noun.kind != NpKind::Pronoun).then_some(Np {
            start: j,
            end: j + 1,
            mention_start: j,
            kind: NpKind::Pronoun,
        })
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

    /// Rule `relative_time_gap`: `Cole, who has in the past described …`, `the firm, which had
    /// in recent years called …` — a time phrase (a preposition, at most one word, and a time
    /// word, `quote_words.txt` classes `time_noun`/`time_modifier`/`time_alone`) between an
    /// auxiliary and the verb at `v`, after a relative `who`/`which` that follows its
    /// antecedent: the relative is the subject (the mention; resolution takes it to its
    /// antecedent), not the antecedent nor a word of the phrase.
    fn relative_before_time_gap(&self, v: usize, floor: usize) -> Option<usize> {
        use QuoteWordClass as C;
        let t = v.checked_sub(1)?;
        if let Some(rel) = self.relative_before_adverb_gap(v, floor) {
            return Some(rel);
        }
        if !(self.is_class(t, C::TimeNoun)
            || self.is_class(t, C::TimeModifier)
            || self.is_class(t, C::TimeAlone))
        {
            return None;
        }
        let p = (t.saturating_sub(2)..t)
            .rev()
            .find(|&k| self.is_preposition(k))?;
        let words = (p + 1..v).all(|k| self.is_word(k));
        let (aux, rel) = (p.checked_sub(1)?, p.checked_sub(2)?);
        (words
            && rel > floor
            && self.function_class(aux) == Some(FunctionClass::Auxiliary)
            && self.function_class(rel) == Some(FunctionClass::Relative)
            && matches!(self.lower(rel).as_ref(), "who" | "which"))
        .then_some(rel)
    }

    /// Rule `relative_adverb_gap`: `Cole, who has long described …` — one lower-case word the
    /// chunker did not take into the verb group (no function word but an adverb, no `-ing`,
    /// `-ed` or `-s` form) between the auxiliary and the verb at `v` (not an `-ing` form), after
    /// a `, who`/`, which`: the relative is the subject (was the word itself: speaker `long`).
    fn relative_before_adverb_gap(&self, v: usize, floor: usize) -> Option<usize> {
        let w = v.checked_sub(1)?;
        let (aux, rel) = (v.checked_sub(2)?, v.checked_sub(3)?);
        let word = self.lower(w);
        let plain = self.is_word(w)
            && !self.is_cap(w)
            && matches!(self.function_class(w), None | Some(FunctionClass::Adverb))
            && !(word.ends_with("ing") || word.ends_with("ed") || word.ends_with('s'));
        // `which would require disclosing`: the word is a verb and the `-ing` form its object.
        (plain
            && !self.norm(v).ends_with("ing")
            && rel > floor
            && self.is_punct(rel - 1, ",")
            && self.function_class(aux) == Some(FunctionClass::Auxiliary)
            && self.function_class(rel) == Some(FunctionClass::Relative)
            && matches!(self.lower(rel).as_ref(), "who" | "which"))
        .then_some(rel)
    }

    /// A phrase `np` after a preposition is no subject, unless it completes a larger phrase:
    /// "A document on the campaign's website states", "the head of the agency said" → the
    /// head before the preposition.
    fn head_before_preposition(&self, np: Np, floor: usize) -> Option<Np> {
        let p = np.start - 1;
        if let Some(whole) = self.partitive_ending_at(np, floor) {
            return Some(whole);
        }
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
            && !self.norm(np.end - 1).ends_with('s')
            // "the two admit": a count other than one is plural (rule `count_head`).
            && !self.is_count(np.end - 1);
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

    /// Rule `org_name_across_and`: `The Department of Health and Human Services said`, `a
    /// Department for Work and Pensions spokeswoman said`: an organisation's name whose head
    /// (a word of `org_suffixes.txt`: Department, Institute, Center) takes an `of` / `for`
    /// phrase of one to three capitalised words joined by `and` to more capitals is one name,
    /// not two coordinated speakers; the mention `np` read after the `and` (`Human Services`)
    /// starts at the head's phrase. Not a person's name or title after the `and` (`Senator
    /// Cole of Ohio and Ann Reyes`, `… of Chicago and Professor Reyes`).
    fn org_name_across_and(&self, np: Np, floor: usize) -> Np {
        if np.start < floor + 4
            || !self.is_any(np.start - 1, &["and"])
            || !self.is_cap(np.start)
            || self.starts_person_name(np.start)
            || self.title(np.start).is_some()
            || self.another_name_after_and(np)
        {
            return np;
        }
        // The capitalised words between `of` / `for` and the `and`.
        let mut k = np.start - 2;
        let mut words = 0;
        while k > floor && words < 3 && self.is_word(k) && self.is_cap(k) {
            k -= 1;
            words += 1;
        }
        if words == 0
            || k <= floor
            || !self.is_any(k, &["of", "for"])
            || !super::lexicons::ORG_SUFFIXES.contains(self.tok(k - 1))
        {
            return np;
        }
        // The head phrase is the name's own capitalised words (not `Thomas Covert of the
        // University`), and no preposition's object (`conducted by the Center for …`: read
        // as before).
        match self.np_ending_at(k - 1, floor) {
            Some(head)
                if head.end == k
                    && head.kind != NpKind::Pronoun
                    && (head.mention_start..k).all(|j| self.is_word(j) && self.is_cap(j))
                    && (head.start == floor || !self.is_preposition(head.start - 1)) =>
            {
                Np {
                    start: head.start,
                    mention_start: head.mention_start,
                    ..np
                }
            }
            _ => np,
        }
    }

    /// Step `another_name_after_and` of rule `org_name_across_and` (review `rev36`): the words
    /// after the `and` are a second speaker, not the end of one name, when they hold an
    /// acronym (`Department of Justice and FBI`), a word with a capital inside it (`… and
    /// ProPublica`), their own `of` / `for` (`… and Bank of England`), a title (`… and Commerce
    /// Secretary Bob Reyes`) or a plural common noun (`… and Pentagon officials`).
    fn another_name_after_and(&self, np: Np) -> bool {
        (np.start..np.end.min(self.len())).any(|j| {
            let t = self.tok(j);
            let inner_capital = t.chars().skip(1).any(char::is_uppercase);
            let plural_common = !self.is_cap(j) && self.is_word(j) && t.ends_with('s');
            inner_capital
                || plural_common
                || self.is_any(j, &["of", "for"])
                || (self.is_cap(j) && self.title(j).is_some())
        })
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
        let mut place = None;
        while k > floor && j - k < 24 {
            k -= 1;
            if place.is_none() && self.place_pair(k, j) {
                place = Some(k);
                continue;
            }
            if self.is_punct(k, self.tok(j)) {
                let opener = k + 1;
                let aside_ok = self.function_class(opener) == Some(FunctionClass::Relative)
                    || self.function_class(opener) == Some(FunctionClass::Determiner)
                    || self.is_cap(opener)
                    || self.tok(opener).ends_with("-")
                    // "Obama, dedicating the museum on Saturday, said", "Lee, asked about it, said"
                    || (self.is_word(opener) && !self.is_cap(opener) && (self.norm(opener).ends_with("ing") || self.norm(opener).ends_with("ed")) && self.function_class(opener).is_none())
                    || self.one_word_aside(opener, j);
                if let Some(rel) = self.relative_before_aside(k, opener, floor) {
                    return Some(rel);
                }
                if let Some(name) = self.role_before_aged_name(k, opener, j, floor) {
                    return Some(name);
                }
                if !aside_ok || k == 0 {
                    return None;
                }
                let named = place.filter(|&p| self.name_with_place(opener, p));
                if let Some(np) = named.and_then(|p| self.subject_with_place(p, floor)) {
                    return Some(np);
                }
                // "Ann Cole and Bob Dunn, both Republicans, said": coordinated names too.
                let np = self.coordinated_names(self.np_ending_at(k - 1, floor)?, floor);
                if let Some(name) = self.name_after_adverbial(np, opener, j, floor) {
                    return Some(name);
                }
                if let Some(name) = self.name_after_role(np, opener, j, floor) {
                    return Some(name);
                }
                if np.kind != NpKind::Common || np.end - np.start <= 4 {
                    return Some(np);
                }
                // Rule `name_in_aside`: `the party's previous nominee, Ann Cole, called`:
                // after a long description, a name that is the whole aside is the subject;
                // not when the description is itself an aside after a name (`Ann Cole, the
                // editor of the city's paper, The Harbour Post, said`).
                let mut b = np.start;
                while b > floor
                    && np.start - b < NAME_IN_ASIDE_REACH
                    && !self.is_quote_mark(b - 1)
                    && !matches!(self.tok(b - 1), "," | ";" | ":" | "." | "(" | ")")
                    // `Russia, a country that the previous nominee, Ann Cole, called`: a
                    // relative clause's own subject.
                    && !self.is_class(b - 1, QuoteWordClass::RelativeOpener)
                {
                    b -= 1;
                }
                let description_of_name = b >= floor + 2
                    && self.is_punct(b - 1, ",")
                    && self
                        .np_ending_at(b - 2, floor)
                        .is_some_and(|before| before.kind == NpKind::Name);
                return self
                    .np_starting_at(opener, j)
                    .filter(|name| name.kind == NpKind::Name && name.end == j)
                    .filter(|_| !description_of_name);
            }
            if self.is_quote_mark(k) || matches!(self.tok(k), "." | ";" | ":") {
                break;
            }
        }
        place.and_then(|p| self.subject_with_place(p, floor))
    }

    /// Rule `relative_aside_gap`: `the council, who, on a call Friday, criticized` — a
    /// prepositional aside opening at `opener` after the comma at `k`, set off by commas
    /// between a relative `who`/`which` and its verb: the relative is the subject (the
    /// mention; resolution takes it to its antecedent), not the sentence's subject before it.
    fn relative_before_aside(&self, k: usize, opener: usize, floor: usize) -> Option<Np> {
        let rel = k.checked_sub(1)?;
        (rel > floor
            && self.is_preposition(opener)
            && self.function_class(rel) == Some(FunctionClass::Relative)
            && matches!(self.lower(rel).as_ref(), "who" | "which"))
        .then_some(Np {
            start: rel,
            end: rel + 1,
            mention_start: rel,
            kind: NpKind::Pronoun,
        })
    }

    /// Rule `name_after_adverbial`: `After winning the county in the primary, Gov. Ann Cole
    /// (D-DE), said` — the clause opens with a preposition or a participle (`After`,
    /// `Speaking in Dover`, also a time word then a preposition: `Tuesday at the hall`) and runs to the comma at `opener - 1` with no other comma: that is
    /// a fronted adverbial (commas of a city and its state aside, rule `place_in_aside`), and
    /// the phrase `before` the comma is inside it, no subject. The
    /// comma-closed phrase after it, a person's name (with an optional bracketed label,
    /// `(D-DE)`), is the subject, not an aside. `The mayor of Dover, Ann Cole, said` and
    /// `In a statement, the mayor, Ann Cole, said` keep the phrase before the name.
    fn name_after_adverbial(
        &self,
        before: Np,
        opener: usize,
        j: usize,
        floor: usize,
    ) -> Option<Np> {
        let clause_start = floor == 0 || !self.is_word(floor - 1) || self.line_before(floor);
        // `in Berea, Ohio, after winning …`: a city's and its state's commas stay inside.
        let inner_comma = |c: usize| {
            self.is_punct(c, ",")
                && !self.place_pair(c, c + 2)
                && !(c >= 2 && self.place_pair(c - 2, c))
        };
        // `Tuesday at the university in Berea, …`: a time word before the preposition.
        let dated =
            self.is_class(floor, QuoteWordClass::TimeNoun) && self.is_preposition(floor + 1);
        let adverbial = clause_start
            && (self.is_preposition(floor) || self.fronted_participle(floor) || dated)
            && before.start > floor
            && !(floor..opener - 1).any(inner_comma);
        if !adverbial || !self.starts_person_name(opener) {
            return None;
        }
        let name = self.np_starting_at(opener, j)?;
        let bracketed = self.is_punct(name.end, "(")
            && self.is_punct(j - 1, ")")
            && j - name.end <= MAX_NAME_LABEL
            && (name.end + 1..j - 1).all(|c| !matches!(self.tok(c), "(" | ")" | ","));
        (name.kind == NpKind::Name && (name.end == j || bracketed)).then_some(name)
    }

    /// Rule `name_after_role` past an age: `The mayor, Ann Cole, 52, said` — the aside at
    /// `opener` is one number closed by the comma at `j`; the name before its comma at `k`
    /// follows a role set off by a comma.
    fn role_before_aged_name(&self, k: usize, opener: usize, j: usize, floor: usize) -> Option<Np> {
        if j != opener + 1 || self.kind(opener) != Some(TokenKind::Number) || k <= floor {
            return None;
        }
        let n = self
            .np_ending_at(k - 1, floor)
            .filter(|n| n.start > floor + 1 && self.is_punct(n.start - 1, ","))?;
        let role = self.np_ending_at(n.start - 2, floor)?;
        self.name_after_role(role, n.start, n.end, floor)
    }

    /// Rule `name_after_role`: `The mayor, Ann Cole, said`, `Her lawyer, Dana Whitfield,
    /// said`, `The head of the union, Ann Cole, told` — a short description (`before`, or
    /// the head whose `of`/`for` phrase `before` is) opening the clause, then an aside that
    /// is wholly a name ([`Ctx::names_someone`]) up to the comma at `j`: the name is the
    /// subject, the description only says who the person is. Not after a name (`Cole,
    /// Reyes, …`), a time word (`Last week, Ann Cole, …`) or where the description is the
    /// object of a verb (`thanked her lawyer, Dana Whitfield, …`).
    pub(crate) fn name_after_role(
        &self,
        before: Np,
        opener: usize,
        j: usize,
        floor: usize,
    ) -> Option<Np> {
        if !self.is_cap(opener) {
            return None;
        }
        // `The mayor of Dover`, `A spokeswoman for the company`: the head before the phrase.
        let outer = before
            .start
            .checked_sub(1)
            .filter(|&p| p > floor && self.is_any(p, &["of", "for"]))
            .filter(|_| self.names_no_person(&before))
            .and_then(|p| self.np_ending_at(p - 1, floor))
            .filter(|np| self.is_role_description(np));
        // `A spokesman for the company, Acme Holdings,`: after an organisation noun the
        // aside may name the organisation; only a person's name is the speaker then.
        let person_only = outer.is_some() && self.names_an_organisation_noun(&before);
        let description = outer.unwrap_or(before);
        if !self.is_role_description(&description)
            || !self.clause_can_open(description.start, floor)
        {
            return None;
        }
        self.np_starting_at(opener, j).filter(|name| {
            name.end == j
                && self.names_someone(name)
                && (!person_only || self.starts_person_name(name.start))
        })
    }

    /// A common noun phrase whose head is an organisation or place noun (`the company`,
    /// `the union`): a name set beside it may be that organisation's own.
    fn names_an_organisation_noun(&self, np: &Np) -> bool {
        np.kind == NpKind::Common && self.is_class(np.end - 1, QuoteWordClass::NameCategory)
    }

    /// Rule `name_after_role`, read forwards from a speaker phrase after its cue or `according
    /// to`: `said the coach, Ann Cole.`, `according to the mayor of Dover, Ann Cole, …`,
    /// `said one resident, Tom Baker, 71.` — the name set off by a comma after a description
    /// (and its `of`/`for` phrase), when the name ends the clause; else `role` itself.
    pub(crate) fn name_after_role_forward(&self, role: Np, ceil: usize) -> Np {
        if !self.is_role_description(&role) {
            return role;
        }
        let mut c = role.end;
        let mut person_only = false;
        if self.is_any(c, &["of", "for"]) {
            match self.np_starting_at(c + 1, ceil) {
                Some(pp) if pp.start == c + 1 && self.names_no_person(&pp) => {
                    person_only = self.names_an_organisation_noun(&pp);
                    c = pp.end;
                }
                _ => return role,
            }
        }
        if !self.is_punct(c, ",") || !self.is_cap(c + 1) {
            return role;
        }
        let name = self.np_starting_at(c + 1, ceil).filter(|name| {
            name.start == c + 1
                && self.names_someone(name)
                && (!person_only || self.starts_person_name(name.start))
        });
        match name {
            Some(name)
                if name.end >= self.len()
                    || matches!(self.tok(name.end), "." | "," | ";" | "!" | "?")
                    || self.is_quote_mark(name.end)
                    || self.line_before(name.end) =>
            {
                name
            }
            _ => role,
        }
    }

    /// A description that can stand before a name in apposition: a common noun phrase whose
    /// head is a lower-case word and no time word (`the mayor`, `Her lawyer`, `one resident`;
    /// not `Last week`).
    fn is_role_description(&self, np: &Np) -> bool {
        let h = np.end - 1;
        np.kind == NpKind::Common
            && self.is_word(h)
            && !self.is_cap(h)
            && !self.is_class(h, QuoteWordClass::TimeNoun)
    }

    /// The object of `of`/`for` in `name_after_role`'s description names no single person a
    /// name after it could be (rule `named_after_role`: `a lawyer for the defendant, Ann
    /// Cole,` leaves Ann Cole the defendant): a name (`of Dover`), a plural (`for the
    /// victims`) or an organisation or place noun (`quote_words.txt` `name_category`: `of
    /// the union`, `for the company`).
    fn names_no_person(&self, np: &Np) -> bool {
        let h = np.end - 1;
        np.kind == NpKind::Name
            || self.is_class(h, QuoteWordClass::NameCategory)
            || self.with_lower(h, |w| {
                w.len() > 3 && w.ends_with('s') && !w.ends_with("ss") && !w.ends_with("us")
            })
    }

    /// A name in apposition to a description: a listed given name or an honorific first
    /// (`Ann Cole`, `Dr. Park`, `Tom`), or two or three capitalised words with no title first
    /// (`Dana Whitfield`, `Acme Corp`); not one unlisted capitalised word (`Monday`, `Dover`).
    fn names_someone(&self, name: &Np) -> bool {
        name.kind == NpKind::Name
            && (self.starts_person_name(name.start)
                || ((2..=3).contains(&(name.end - name.start))
                    && self.title(name.start).is_none()
                    && (name.start..name.end).all(|k| self.is_word(k) && self.is_cap(k))))
    }

    /// Rule `place_in_aside`: `Springfield, Illinois,` — a comma at `k` between two
    /// capitalised words, the second closed by the comma at `j`, joins a city and its state
    /// or country; it opens no aside.
    #[inline]
    fn place_pair(&self, k: usize, j: usize) -> bool {
        let pair = j == k + 2
            && self.is_punct(j, ",")
            && self.is_punct(k, ",")
            && k > 1
            && self.is_cap(k - 1)
            && self.is_cap(k + 1)
            && self.function_class(k + 1).is_none();
        // The city follows a preposition (`in Columbus`, `from New York`), one or two
        // capitalised words after it.
        pair && (2..=3).any(|d| {
            k > d
                && self.is_written(k - d, QuoteWordClass::Preposition)
                && (k - d + 1..k).all(|c| self.is_cap(c))
        })
    }

    /// Rule `name_with_place`: `Another delegate, Ann Cole of Columbus, Ohio, said` — an
    /// aside opening at `opener` with a person's name and its place (`of`/`from` and the city before
    /// the place comma at `p`) names the speaker itself; the subject is read at the place.
    fn name_with_place(&self, opener: usize, p: usize) -> bool {
        self.starts_person_name(opener)
            && (2..=3).any(|d| {
                p > opener + d
                    && self.is_written(p - d, QuoteWordClass::Preposition)
                    && (opener..p - d).all(|c| self.is_cap(c) && self.function_class(c).is_none())
            })
    }

    /// `The mayor of Springfield, Illinois, said`: the phrase ending before the place
    /// comma at `p`, or the head before its preposition.
    fn subject_with_place(&self, p: usize, floor: usize) -> Option<Np> {
        let np = self.np_ending_at(p - 1, floor)?;
        if np.start > floor && self.is_preposition(np.start - 1) {
            return self.head_before_preposition(np, floor);
        }
        Some(np)
    }
}

impl Ctx<'_> {
    /// Rule `partitive`, read backwards: `One of the witnesses said` — the phrase after `of`
    /// and the counting word or quantifier before it are the subject, only where a clause
    /// can open (not `was one of`, `has filed many of`) and not after a comma.
    fn partitive_ending_at(&self, np: Np, floor: usize) -> Option<Np> {
        let of = np.start.checked_sub(1)?;
        if !self.norm(of).eq_ignore_ascii_case("of") {
            return None;
        }
        let q = of.checked_sub(1).filter(|&q| q >= floor)?;
        // Not an apposition (`Poland, one of the largest EU member states, rejected`).
        let free = self.clause_can_open(q, floor) && !(q > floor && self.is_punct(q - 1, ","));
        (free && self.is_class(q, QuoteWordClass::Partitive) && !self.line_before(of)).then_some(
            Np {
                start: q,
                end: np.end,
                mention_start: q,
                kind: NpKind::Common,
            },
        )
    }

    /// Rule `clause_position`: a subject phrase starting at `i` opens a clause: at `floor`
    /// or a line start, after punctuation or a quotation mark, or after a word that opens a
    /// clause (`and`, `but`, `that`, `while`, `as`, `who`), past an adverb (`nearly`, `even`);
    /// not after a verb or a form of `be`.
    fn clause_can_open(&self, i: usize, floor: usize) -> bool {
        let mut i = i;
        // `Even the most …`, `nearly eight of …`: an adverb before the phrase is stepped over.
        while i > floor && !self.line_before(i) && self.is_modifying_adverb(i - 1) {
            i -= 1;
        }
        if i <= floor || self.line_before(i) || !self.is_word(i - 1) {
            return true;
        }
        let p = i - 1;
        [
            QuoteWordClass::Coordinator,
            QuoteWordClass::ClauseOpener,
            QuoteWordClass::RelativeOpener,
            QuoteWordClass::TemporalSubordinator,
            QuoteWordClass::Subordinator,
        ]
        .into_iter()
        .any(|c| self.is_class(p, c))
    }

    /// An adverb (listed, or an `-ly` word) that can modify a quantifier; capitalised only
    /// at a sentence start (`Nearly all of …`, not the name `Kelly`).
    fn is_modifying_adverb(&self, i: usize) -> bool {
        let opens = i == 0 || !self.is_word(i - 1);
        self.is_word(i)
            && (!self.is_cap(i) || opens)
            && (self.function_class(i) == Some(FunctionClass::Adverb)
                || (self.function_class(i).is_none() && self.norm(i).ends_with("ly")))
    }

    /// Rule `stacked_subject`: a phrase opening with two determiners (`the two long internal`)
    /// is a subject only where a clause can open (not `called the two long internal reports`).
    fn stacked_subject_misplaced(&self, np: Np, floor: usize) -> bool {
        np.kind == NpKind::Common
            && np.end > np.start + 1
            && self.function_class(np.start) == Some(FunctionClass::Determiner)
            && self.function_class(np.start + 1) == Some(FunctionClass::Determiner)
            && !self.clause_can_open(np.start, floor)
            && !(np.start > floor && self.is_punct(np.start - 1, ","))
    }

    /// Rule `time_phrase_before_cue`: `Cole last week said`, `The agency less than two weeks
    /// ago said`, `Cole on Friday called`, `Cole yesterday said`: a time phrase ending at `j`
    /// between a subject and its verb is stepped over; the word before it, else `j`.
    fn before_time_phrase(&self, j: usize, floor: usize) -> usize {
        // One look-up turns away every word that cannot end a time phrase.
        let may_end = self.is_word(j)
            && j > floor
            && self.with_lower(j, |w| {
                w == "ago"
                    || QUOTE_WORDS.is(w, QuoteWordClass::TimeNoun)
                    || QUOTE_WORDS.is(w, QuoteWordClass::TimeAlone)
            });
        if !may_end {
            return j;
        }
        let Some(s) = self.time_phrase_ending_at(j, floor).filter(|&s| s > floor) else {
            return j;
        };
        let b = self.before_time_phrase_auxiliaries(s - 1, floor);
        if !self.ends_subject(b) {
            return j;
        }
        // `Fans who watched Porto on Sunday said`: the head before the relative.
        match self.relative_verb_object(b, floor) {
            None => b,
            Some(r) if r > floor && self.ends_subject(r - 1) => r - 1,
            Some(_) => j,
        }
    }

    /// Rule `time_phrase_after_auxiliary`: `Cole had last week told`, `He had earlier said`,
    /// `Cole has this week said` — the auxiliaries (at most two) right before a time phrase
    /// ending at `b + 1` are stepped over too, so the subject is the word before them (the
    /// chunker's verb group stops at the time phrase, and the subject search took `week` or
    /// `earlier` as the speaker). `b` when no auxiliary stands there.
    fn before_time_phrase_auxiliaries(&self, b: usize, floor: usize) -> usize {
        let mut k = b;
        while k > floor && b - k < 2 && self.function_class(k) == Some(FunctionClass::Auxiliary) {
            k -= 1;
        }
        if k != b && self.function_class(k) != Some(FunctionClass::Auxiliary) {
            return k;
        }
        // Rule `time_phrase_after_parenthesis`: `Feinstein (D-Calif.) last week said` — a
        // short parenthesis (at most six tokens) between a name and the time phrase.
        if self.tok(b) == ")" {
            if let Some(open) = (b.saturating_sub(7).max(floor)..b)
                .rev()
                .find(|&o| self.tok(o) == "(")
            {
                if open > floor && self.is_cap(open - 1) {
                    return open - 1;
                }
            }
        }
        b
    }

    /// A word that can stand before a time phrase between a subject and its verb: a noun, a
    /// name, a pronoun or relative, an adverb (`just this month`), a coordinator (`and last
    /// week picked`); not a determiner (`The last year has seen`), a preposition (`poll out
    /// this week`), or a lower-case `-ed` form (`a report issued this year`).
    fn ends_subject(&self, b: usize) -> bool {
        let function_ok = matches!(
            self.function_class(b),
            None | Some(FunctionClass::Pronoun | FunctionClass::Relative | FunctionClass::Adverb)
        ) || self.is_class(b, QuoteWordClass::Coordinator);
        let participle = !self.is_cap(b) && self.norm(b).ends_with("ed");
        // `the campaign's earlier claim`: a possessive before `earlier` makes it an adjective.
        let possessive = matches!(self.tok(b), "'s" | "’s" | "'" | "’");
        self.is_word(b) && function_ok && !participle && !possessive
    }

    /// Token `b` ends the object of a relative clause's verb (`Fans who watched Brazil`, `The
    /// agency that fined Google`, `Voters who have backed Cole`): before its name (or one
    /// determiner and word) stands a lower-case word of no function class (after `that`, a verb
    /// by the chunker or the verb list), and a relative
    /// (`who`, `which`, `that`) at most one auxiliary or adverb before that; the relative's
    /// index. The head before the relative is the subject, not the object.
    fn relative_verb_object(&self, b: usize, floor: usize) -> Option<usize> {
        let mut p = b;
        while p > floor + 2 && self.is_cap(p - 1) {
            p -= 1;
        }
        if !self.is_cap(b)
            && p > floor + 2
            && self.function_class(p - 1) == Some(FunctionClass::Determiner)
        {
            p -= 1;
        }
        if p <= floor + 1 {
            return None;
        }
        let verb = p - 1;
        let verb_like = self.is_word(verb)
            && !self.is_cap(verb)
            && self.function_class(verb).is_none()
            && !self.is_class(verb, QuoteWordClass::Coordinator);
        // After `that` (also a determiner: `the fact that neither contest`) the word must be
        // a verb by the chunker or the verb list; after `who`/`which` any such word is one.
        let tagged = || self.chunks().is_verb(verb) || self.chunks().verb_form(verb);
        let relative = |k: usize| {
            self.function_class(k) == Some(FunctionClass::Relative)
                || (self.is_any(k, &["that"]) && tagged())
        };
        let helper = |k: usize| {
            matches!(
                self.function_class(k),
                Some(FunctionClass::Auxiliary | FunctionClass::Adverb)
            )
        };
        if !verb_like {
            return None;
        }
        if relative(verb - 1) {
            Some(verb - 1)
        } else {
            (verb >= floor + 2 && helper(verb - 1) && relative(verb - 2)).then_some(verb - 2)
        }
    }

    /// The first token of a time phrase ending at `j` (`quote_words.txt` classes `time_*`):
    /// a word that is one alone, `[less than] N <noun> ago`, `[on] [Friday] <noun>` after
    /// up to two modifiers (`late last week`), or `on <Weekday>`.
    #[inline(never)]
    pub(crate) fn time_phrase_ending_at(&self, j: usize, floor: usize) -> Option<usize> {
        use QuoteWordClass as C;
        if !self.is_word(j) || j <= floor {
            return None;
        }
        if self.is_class(j, C::TimeAlone) {
            return Some(j);
        }
        // `ago` may have been stepped over as an adverb before the verb.
        let ago = self.is_any(j, &["ago"]);
        if ago || self.is_any(j + 1, &["ago"]) {
            let n = if ago { j - 1 } else { j };
            if n <= floor || !self.is_class(n, C::TimeNoun) {
                return None;
            }
            let mut c = n - 1;
            if self.kind(c) != Some(TokenKind::Number) && !self.is_class(c, C::TimeCount) {
                return None;
            }
            // `a few days ago`
            if c > floor && self.is_class(c - 1, C::TimeCount) {
                c -= 1;
            }
            if c >= floor + 2
                && self.is_any(c - 1, &["than"])
                && self.is_class(c - 2, C::TimeComparative)
            {
                c -= 2;
            }
            return Some(c);
        }
        if !self.is_class(j, C::TimeNoun) {
            return None;
        }
        let mut s = j;
        // `Friday evening`
        if s > floor && self.is_cap(s - 1) && self.is_class(s - 1, C::TimeNoun) {
            s -= 1;
        }
        let before = s;
        while s > floor && before - s < 2 && self.is_class(s - 1, C::TimeModifier) {
            s -= 1;
        }
        if s == before
            && s > floor
            && self.is_written(s - 1, C::Preposition)
            && self.is_any(s - 1, &["on"])
            && self.is_cap(s)
        {
            s -= 1;
            // `late on Friday`
            if s > floor && self.is_class(s - 1, C::TimeModifier) {
                s -= 1;
            }
        }
        (s < before).then_some(s)
    }

    /// Rule `one_word_aside`: a single lower-case connective set off by commas between a
    /// subject and its verb (`The three farmers, however, said`) is stepped over.
    fn one_word_aside(&self, opener: usize, close: usize) -> bool {
        close == opener + 1
            && !self.is_cap(opener)
            && matches!(
                self.function_class(opener),
                Some(FunctionClass::Adverb | FunctionClass::Other)
            )
    }
}

/// Per first byte, the lengths (63 and up share a bit) of the first words of
/// [`SOURCE_MARKERS`]: a word that matches none starts no source marker.
/// Most tokens `name_in_aside` walks back from a description to the comma that may make it
/// an aside of an earlier name (`Ann Cole, the editor in chief of the city's paper, …`).
const NAME_IN_ASIDE_REACH: usize = 12;
/// Rule `name_after_adverbial`: most tokens of a bracketed label after a name, brackets
/// included (`(R-Ohio)`, `( D - DE )`).
const MAX_NAME_LABEL: usize = 7;
/// Tokens a transcript speaker label (`MR. SMITH:`) may have ([`Ctx::transcript_label`]).
const TRANSCRIPT_LABEL: usize = 4;

static MARKER_STARTS: LazyLock<Box<[u64; 256]>> = LazyLock::new(|| {
    let mut starts = Box::new([0u64; 256]);
    for first in SOURCE_MARKERS.iter().filter_map(|words| words.first()) {
        if let Some(&b) = first.as_bytes().first() {
            starts[b as usize] |= 1 << first.len().min(63);
        }
    }
    starts
});

/// Can a source marker start with the lower-cased word `w`? False only when no marker's first
/// word has its first byte and length (a necessary condition for [`Ctx::source_marker`]).
#[inline]
fn may_start_marker(w: &str) -> bool {
    match w.as_bytes().first() {
        Some(&b) => MARKER_STARTS[b as usize] & (1 << w.len().min(63)) != 0,
        // An empty first word could only be matched by an empty token: keep the full test.
        None => true,
    }
}

/// The noun-phrase chunker of `src/facts/noun_phrase.rs` reads the quote stage's cached word
/// facts ([`Ctx::info`]).
impl NpReader for Ctx<'_> {
    fn text(&self) -> &str {
        self.text
    }

    fn tokens(&self) -> &[Token] {
        self.tokens
    }

    fn facts(&self) -> &TokenFacts {
        self.facts
    }

    #[inline]
    fn info(&self, i: usize) -> WordInfo {
        Ctx::info(self, i)
    }

    /// The kept form ([`Ctx::norm`]): the same answer as the trait's read.
    #[inline]
    fn norm(&self, i: usize) -> &str {
        Ctx::norm(self, i)
    }

    /// The kept form ([`Ctx::low`]): the same answer as the trait's read.
    #[inline]
    fn low(&self, i: usize) -> &str {
        Ctx::low(self, i)
    }

    /// The cached title ([`Ctx::titles`]): the trait's probe, made once per token.
    #[inline]
    fn title(&self, i: usize) -> Option<Title> {
        let cell = self.titles.get(i)?;
        match cell.get() {
            Some(known) => known,
            None => {
                let title = self
                    .is_word(i)
                    .then(|| TITLES_PACKED.get(self.norm(i)))
                    .flatten();
                cell.set(Some(title));
                title
            }
        }
    }

    /// The cached class mask ([`Ctx::is_class`]): the same answer as the trait's probe.
    #[inline]
    fn is_class(&self, i: usize, class: QuoteWordClass) -> bool {
        Ctx::is_class(self, i, class)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::tokenize::tokenize;

    /// The kept forms ([`Ctx::norms`], [`Ctx::lowers`]) against the general reads at each
    /// token and past the end, on fixed-seed random text with capitals, NFKC and non-ASCII
    /// forms, curly quotes and glued tokens (`src/test_text.rs`), for a context over the
    /// pipeline's facts and one that computed its own.
    #[test]
    fn the_kept_forms_answer_as_the_general_reads() {
        let vocabulary = [
            "ÉTAT",
            "said",
            "“",
            "Five",
            "”",
            "ＵＳ$３",
            ",",
            "½",
            "CO2",
            "U.S.",
            "—",
            "ﬁne",
            "café",
            "MPs",
            "The",
            "the",
            "İstanbul",
            "'s",
            "’",
            "ǅ",
            "AbCdEfG",
            "ẞ",
            "\u{301}",
        ];
        let gaps = crate::test_text::draw(8, 2000, &["", " ", " ", "\n", "-"]);
        let text: String = crate::test_text::draw(7, 2000, &vocabulary)
            .zip(gaps)
            .flat_map(|(w, g)| [w, g])
            .collect();
        let tokens = tokenize(&text);
        let facts = TokenFacts::new(&text, &tokens);
        let piped = Ctx::with_facts(&text, &tokens, &facts);
        let own = Ctx::new(&text, &tokens);
        assert_eq!(piped.lowers.len(), tokens.len());
        let mut differ = 0;
        for i in (0..tokens.len() + 3).chain((0..tokens.len() + 3).rev()) {
            let norm = tokens.get(i).map_or("", |t| t.norm(&text));
            let low = facts.lower_if_differs(i).unwrap_or(norm);
            differ += usize::from(low != norm);
            // The general lowercase read: the normalized form lowered when it has a capital.
            let lowered = if norm.chars().any(char::is_uppercase) {
                norm.to_lowercase()
            } else {
                norm.to_string()
            };
            assert_eq!(low, lowered, "token {i}");
            for ctx in [&piped, &own] {
                assert_eq!(ctx.norm(i), norm, "token {i}");
                assert_eq!(NpReader::norm(ctx, i), norm, "token {i}");
                assert_eq!(ctx.low(i), low, "token {i}");
                assert_eq!(NpReader::low(ctx, i), low, "token {i}");
                assert_eq!(ctx.with_lower(i, str::to_string), low, "token {i}");
                assert_eq!(ctx.lower(i), low, "token {i}");
            }
        }
        assert!(differ > 200, "{differ} lowercase forms differ");
        // Facts of fewer tokens than given (none in the pipeline): the rest read as normalized.
        let fewer = TokenFacts::new(&text, &tokens[..10]);
        let norms: Vec<&str> = tokens.iter().map(|t| t.norm(&text)).collect();
        assert_eq!(
            fewer.lower_forms_of(&norms),
            fewer.lower_forms(&text, &tokens)
        );
    }

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

    /// `Ctx::cue`'s cue-bit test turns away no cue: its answer is the trait's
    /// (`NpReader::cue`, read on a context of its own) at every token and past the end, first
    /// ask and cached, on invented text with cue verbs in every case and place (headline
    /// `Says`, a name's `Post`, `of` before a capital).
    #[test]
    fn cue_bit_test_matches_its_oracle() {
        let texts = [
            "Ann Cole said the plan, which critics called a sham, would fail, adding: “No.”",
            "Cole Says Plan Will Fail\nThe Washington Post reported that Vale told reporters.",
            "Secretary of State Ann Cole warned, insisting he says so; they SAID it. US officials \
             claim, argued, stated, writes and tweeted that the Bank of Post Says: “Yes.”",
            "according to a statement, she asked whether he had denied saying anything at all",
        ];
        let mut cues = 0;
        for text in texts {
            let tokens = tokenize(text);
            let fast = Ctx::new(text, &tokens);
            let oracle = Ctx::new(text, &tokens);
            for pass in 0..2 {
                for i in 0..=tokens.len() + 1 {
                    let want = NpReader::cue(&oracle, i);
                    cues += usize::from(pass == 0 && want.is_some());
                    assert_eq!(fast.cue(i), want, "token {i} of {text:?}, pass {pass}");
                }
            }
        }
        assert!(cues >= 12, "only {cues} cue forms read");
    }

    /// Every answer of the per-token caches (`quote_words.txt` classes, titles) and of the
    /// source-marker guard against the direct probe it replaces, at every token and past the
    /// end, asked twice (the second answer comes from the cache).
    fn check_cached_answers(text: &str) -> (usize, usize, usize) {
        assert!(
            QuoteWordClass::ALL.len() < 61,
            "CLASSES_KNOWN and the cue-noun bits are above every class bit"
        );
        let tokens = tokenize(text);
        let ctx = Ctx::new(text, &tokens);
        let facts = crate::facts::TokenFacts::new(text, &tokens);
        let (mut classes, mut titles, mut markers) = (0, 0, 0);
        for i in 0..tokens.len() + 2 {
            let t = tokens.get(i);
            let low = t.map_or("", |t| facts.lower(i, t.norm(text)));
            for _ in 0..2 {
                for &class in QuoteWordClass::ALL {
                    let direct = t.is_some() && QUOTE_WORDS.is(low, class);
                    assert_eq!(ctx.is_class(i, class), direct, "{i} {low:?} {class:?}");
                    classes += usize::from(direct);
                }
                let title = t
                    .filter(|t| t.kind == TokenKind::Word)
                    .and_then(|t| TITLES_PACKED.get(t.norm(text)));
                assert_eq!(ctx.title(i), title, "{i} {low:?}");
                titles += usize::from(title.is_some());
                let naive = SOURCE_MARKERS
                    .iter()
                    .find(|words| {
                        words
                            .iter()
                            .enumerate()
                            .all(|(k, w)| ctx.is_word(i + k) && ctx.lower(i + k) == w.as_str())
                    })
                    .map(Vec::len)
                    .filter(|&n| n > 0 && ctx.is_word(i));
                assert_eq!(ctx.source_marker(i), naive, "{i} {low:?}");
                markers += usize::from(naive.is_some());
            }
        }
        (classes, titles, markers)
    }

    #[test]
    fn cached_word_answers_are_the_direct_probes_on_invented_text() {
        let text = "According to Sen. Ann Cole, the Deputy Minister of Trade was not in the \
                    U.S. on Tuesday. “It is over,” said Mr Brandt, according to a spokesman; \
                    ACCORDING TO President Vance, who had been told… Accordingly, \
                    accord to the Minister of State: ’s and — of Of OF according";
        let (classes, titles, markers) = check_cached_answers(text);
        assert!(classes > 20, "{classes} class answers");
        assert!(titles >= 8, "{titles} titles");
        assert_eq!(markers, 6, "three markers, each asked twice");
    }

    #[test]
    fn cached_word_answers_are_the_direct_probes_on_random_text() {
        let vocabulary = [
            "according",
            "to",
            "Sen.",
            "president",
            "the",
            "of",
            "said",
            "was",
            "Mr",
            "Dr.",
            "“",
            "”",
            "\"",
            ",",
            ".",
            "—",
            "’s",
            "Accordance",
            "tO",
            "ACCORDING",
            "is",
            "been",
            "not",
            "naïve",
            "Émile",
            "who",
            "which",
            "and",
            "after",
            "\n",
        ];
        let gaps = crate::test_text::draw(2, 4000, &["\n", " ", " ", " "]);
        let text: String = crate::test_text::draw(1, 4000, &vocabulary)
            .zip(gaps)
            .flat_map(|(w, g)| [w, g])
            .collect();
        let (classes, titles, markers) = check_cached_answers(&text);
        assert!(
            classes > 1000 && titles > 100 && markers > 4,
            "{classes} {titles} {markers}"
        );
    }

    /// [`Ctx::is_cue_noun`] against the probe it replaces, `CUE_NOUNS.contains(ctx.lower(i))`,
    /// at every token and past the end, with the classes of `quote_words.txt` that share its
    /// per-token mask asked before it, after it or not at all (the bits must not clobber
    /// each other), each answer asked twice; in a context with its own facts and in one over
    /// the pipeline's. The word table's one probe that answers it also keeps the token's
    /// [`WordInfo`] and reported-speech classes: asked before it (every fifth token) or after
    /// it, they must be those of a fresh context that never asked it. Returns how many tokens
    /// are speech nouns.
    fn check_cue_nouns(text: &str) -> usize {
        let tokens = tokenize(text);
        let facts = crate::facts::TokenFacts::new(text, &tokens);
        let fresh = Ctx::new(text, &tokens);
        let mut nouns = 0;
        for (order, ctx) in [
            Ctx::new(text, &tokens),
            Ctx::with_facts(text, &tokens, &facts),
        ]
        .iter()
        .enumerate()
        {
            for i in 0..tokens.len() + 2 {
                let direct = CUE_NOUNS.contains(ctx.lower(i).as_ref());
                let classes = |ctx: &Ctx| {
                    for &class in QuoteWordClass::ALL {
                        let want =
                            i < tokens.len() && ctx.with_lower(i, |w| QUOTE_WORDS.is(w, class));
                        assert_eq!(ctx.is_class(i, class), want, "{i} {class:?}");
                    }
                };
                // Classes first at odd tokens of the first context, after at even ones; the
                // second context asks them only at every third token.
                let before = if order == 0 { i % 2 == 1 } else { i % 3 == 0 };
                if before {
                    classes(ctx);
                }
                let word_answers = |ctx: &Ctx| (ctx.info(i), ctx.indirect_classes(i));
                if i % 5 == 2 {
                    assert_eq!(word_answers(ctx), word_answers(&fresh), "{i} before");
                }
                for _ in 0..2 {
                    assert_eq!(ctx.is_cue_noun(i), direct, "{i} {:?}", ctx.lower(i));
                }
                if (i + order) % 2 == 0 {
                    assert_eq!(word_answers(ctx), word_answers(&fresh), "{i} after");
                }
                if !before && (order == 0 || i % 3 == 1) {
                    classes(ctx);
                    assert_eq!(ctx.is_cue_noun(i), direct, "{i} after the classes");
                }
                nouns += usize::from(direct);
            }
        }
        nouns
    }

    #[test]
    fn cue_noun_answers_are_the_direct_probe_on_invented_text() {
        let text = "Her claim that “it is over” drew a Statement: “No.” His WARNING, in remarks \
                    to the press, said the CLAIMS were old; the Warning's claimant, Ann Cole, \
                    and “statement” — of Of claim";
        let nouns = check_cue_nouns(text);
        assert!(nouns >= 8, "{nouns} speech nouns");
    }

    #[test]
    fn cue_noun_answers_are_the_direct_probe_on_random_text() {
        let vocabulary = [
            "claim",
            "Claim",
            "CLAIM",
            "statement",
            "warning",
            "remarks",
            "Remarks",
            "said",
            "the",
            "of",
            "his",
            "Ann",
            "Cole's",
            "’s",
            "'s",
            "“",
            "”",
            "\"",
            ",",
            ".",
            ":",
            "—",
            "that",
            "claimed",
            "naïve",
            "Émile",
            "\n",
            "2019",
            "@cole",
            "according",
        ];
        let gaps = crate::test_text::draw(4, 3000, &["\n", " ", " ", " "]);
        let text: String = crate::test_text::draw(3, 3000, &vocabulary)
            .zip(gaps)
            .flat_map(|(w, g)| [w, g])
            .collect();
        let nouns = check_cue_nouns(&text);
        assert!(nouns > 400, "{nouns} speech nouns");
    }

    #[test]
    fn a_name_in_apposition_after_a_role_is_the_subject() {
        // Rule `name_after_role`.
        for (text, want) in [
            ("The mayor, Ann Cole, said", "Ann Cole"),
            ("Her lawyer, Dana Whitfield, said", "Dana Whitfield"),
            ("A spokeswoman for the firm, Lucy Brand, said", "Lucy Brand"),
            ("The mayor of Dover, Ann Cole, said", "Ann Cole"),
            ("In a statement, the mayor, Ann Cole, said", "Ann Cole"),
            ("The mayor, Ann Cole, 52, said", "Ann Cole"),
        ] {
            assert_eq!(subject(text, "said").as_deref(), Some(want), "{text}");
        }
        // Not after a name, a time word, or a description that is a verb's object.
        for (text, not) in [
            ("Last week, Ann Cole, said", "Last week"),
            (
                "Cole thanked her lawyer, Dana Whitfield, said",
                "Dana Whitfield",
            ),
            ("The mayor, Monday, said", "Monday"),
        ] {
            assert_ne!(subject(text, "said").as_deref(), Some(not), "{text}");
        }
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
    fn the_quote_stage_and_the_pass_give_the_same_phrases() {
        let text = "Harbour Minister Ada Vance (D-Ore.) said the town's ferry was late. \
                    “It held,” said Will Brandt of Tarn Bank. The Lorland Post said she \
                    told council spokesman Tom Ferris and the Deputy Governor.";
        let tokens = tokenize(text);
        let ctx = Ctx::new(text, &tokens);
        let facts = crate::facts::TokenFacts::new(text, &tokens);
        let chunks = facts.chunks(text, &tokens);
        let n = tokens.len();
        let mut found = 0;
        for i in 0..n + 1 {
            for bound in [0, i.saturating_sub(3)] {
                let ending = ctx.np_ending_at(i, bound);
                assert_eq!(
                    ending,
                    chunks.noun_phrase_ending_at(i, bound),
                    "ending at {i}"
                );
                found += usize::from(ending.is_some());
            }
            for bound in [n, i + 3] {
                let starting = ctx.np_starting_at(i, bound);
                assert_eq!(
                    starting,
                    chunks.noun_phrase_starting_at(i, bound),
                    "from {i}"
                );
                found += usize::from(starting.is_some());
            }
        }
        assert!(found > 20, "only {found} phrases found");
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
