//! Shallow syntax, computed once per document: noun-phrase and verb-group chunks and clause
//! breaks.
//!
//! Quotes need the noun phrase before a speech verb and where a clause begins; numbers need
//! the verb a figure is an argument of. [`Chunks`] reads both off the token stream in one
//! left-to-right pass over the document's [`TokenFacts`], with word classes from lexicons
//! (`quote_function_words.txt`, `cue_verbs.txt`, `number_verbs.txt`, `syntax_words.txt`) and
//! capitalisation: no parser, and no word list in this file. Each token gets a [`Chunk`] tag
//! and a clause index; the accessors ([`Chunks::np_ending_at`], [`Chunks::np_starting_at`],
//! [`Chunks::verb_group_at`], [`Chunks::clause_start`], [`Chunks::clause_end`]) answer in
//! the length of the chunk asked about, so the stages stay linear in the document.
//!
//! The noun phrases the stages read come from the noun-phrase module: the speaker's phrase of
//! `noun_phrase.rs` ([`Chunks::noun_phrase_ending_at`], [`Chunks::noun_phrase_starting_at`]:
//! the quote stage's former chunker, with titles, name connectors and a floor or ceiling the
//! caller chooses) and the counted-noun phrase of `counted_noun.rs` ([`Chunks::counted_noun`],
//! the number stage's).
//!
//! Why the per-token `NpBegin`/`NpInside` tags remain a second, coarse definition: no stage
//! reads them. The stages read [`Chunks::word_info`], [`Chunks::verb_modifier`],
//! [`Chunks::verb_form`] and the module's phrases, none of which tags a sentence; the tags and
//! clauses are computed on the first ask of [`Chunks::tag`], `np_ending_at`, `np_starting_at`,
//! [`Chunks::verb_group_at`], [`Chunks::clause_start`] or [`Chunks::clause_end`]. Besides
//! `tests/chunks.rs`, one stage rule asks [`Chunks::tag`]: the quote rule
//! `opening_phrase_then_clause` (`src/quotes/attribution.rs`) reads the `Verb` tags of a short
//! opening phrase and of the words after its subject, so `analyze` tags those sentences (a
//! sentence opening with a few words and a comma), and only for that verb test; the
//! word-level `verb_form` there would change answers (a participle after a possessive,
//! "fired campaign manager", and "State" read as verbs). Inside the pass, the tag rules
//! read the NP tags back (`continues_np`: a verb form after a phrase's `'s` is a noun, rule
//! `verb_form_after_determiner`; rules `possessive` and `noun_phrase_word`). What differs from
//! the module's speaker phrase, on the 2,820 texts of the dump corpus: of 480,512 tag runs,
//! the phrase starting at the run's first token (ceiling: its clause end) ends where the run
//! ends for 88.2% and is absent for 6.2%; 96.0% of the 901,041 tagged tokens lie inside a
//! module phrase. The tags open a phrase at a lone determiner, possessive or quantifier ("the",
//! "his", "many", "those") and at a currency figure, run through a name into a lower-case noun
//! ("Wall Street banks", "10 Republican voters": the counted-noun shape, where the speaker
//! phrase stops at the name) and past a possessive ("CNN's"), and stop at a name connector
//! ("Hall of Famer Dick Butkus"). Deriving the tags from the module would change the
//! verb-group tags the rules derive from them and every case of `tests/data/chunks.jsonl`,
//! for no stage's benefit; `np_ending_at` and `np_starting_at` read the tags back as runs.
//!
//! Both rule lists are named and ordered: [`CLAUSE_RULES`] (a clause break before a token)
//! and [`TAG_RULES`] (the first rule that answers tags the token). The invented cases in
//! `tests/data/chunks.jsonl` show what each produces.

use std::sync::atomic::{AtomicU32, Ordering::Relaxed};
use std::sync::{LazyLock, OnceLock};

use super::counted_noun::CountedNp;
use super::noun_phrase::{Np, NpReader};
use super::TokenFacts;
use crate::lexicon::registry::SyntaxWordClass;
use crate::lexicon::{self, FastMap};
use crate::numbers::lexicons::{context_is, ContextClass};
use crate::quotes::lexicons::{listed_word_bits, may_be_listed, FunctionClass as F, WordInfo};
use crate::tokenize::{Token, TokenKind, Whitespace};

/// The chunk a token belongs to.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Chunk {
    /// Punctuation, prepositions, conjunctions, clause words: outside any chunk.
    #[default]
    Other,
    /// The first token of a noun phrase ("**the** city's mayor", "**he**").
    NpBegin,
    /// A later token of a noun phrase ("the **city's mayor**").
    NpInside,
    /// A token of a verb group: auxiliaries, adverbs between them and the verb ("has also
    /// repeatedly told").
    Verb,
}

/// Word facts per token, as bits (only word tokens have any).
const DET: u16 = 1;
const PRON: u16 = 1 << 1;
const AUX: u16 = 1 << 2;
const ADV: u16 = 1 << 3;
/// Any function class of `quote_function_words.txt` (also relatives and `other`).
const FUNCTION: u16 = 1 << 4;
/// A cue verb form of `cue_verbs.txt` ("said", "tells", "warning").
const CUE: u16 = 1 << 5;
/// A verb form of `number_verbs.txt`, or a regular past ("deported").
const VERB: u16 = 1 << 6;
/// A lower-case word of more than four letters in "-ly" ("repeatedly").
const LY: u16 = 1 << 7;
/// A subordinator or relative word of `syntax_words.txt`.
const CLAUSE: u16 = 1 << 8;
/// Starts with a capital letter as written.
const CAP: u16 = 1 << 9;
/// A modal or "do" of `syntax_words.txt`.
const MODAL: u16 = 1 << 10;
/// An object pronoun of `syntax_words.txt`.
const OBJ: u16 = 1 << 11;

/// The longest key of [`SYNTAX_WORDS`]: a longer token is not looked up.
static SYNTAX_WORD_LEN: LazyLock<usize> =
    LazyLock::new(|| SYNTAX_WORDS.keys().map(String::len).max().unwrap_or(0));

/// The word classes of `syntax_words.txt`, as bits.
static SYNTAX_WORDS: LazyLock<FastMap<String, u16>> = LazyLock::new(|| {
    lexicon::entries(include_str!("../../data/lexicons/syntax_words.txt"))
        .map(|f| {
            let class = f.get(1).and_then(|c| c.parse::<SyntaxWordClass>().ok());
            let bit = match class {
                Some(SyntaxWordClass::Sub | SyntaxWordClass::Rel) => CLAUSE,
                Some(SyntaxWordClass::Modal) => MODAL,
                Some(SyntaxWordClass::Obj) => OBJ,
                None => 0,
            };
            (f[0].to_lowercase(), bit)
        })
        .fold(FastMap::default(), |mut words, (w, bit)| {
            // A word in two classes keeps both bits.
            *words.entry(w).or_default() |= bit;
            words
        })
});

/// The chunks of one document, sentence by sentence: each sentence's part is computed the
/// first time a stage asks about one of its tokens, then kept (a stage that asks about a few
/// sentences pays for those only). Read through [`Chunks`].
#[derive(Debug, Default)]
pub struct ChunkCache {
    /// A part per sentence, allocated on the first ask for a tag.
    parts: OnceLock<Vec<OnceLock<Part>>>,
    /// Each token's word facts, looked up on first ask (see [`KNOWN`]).
    words: Vec<AtomicU32>,
}

impl Clone for ChunkCache {
    /// A copy starts empty: the parts are computed again on demand.
    fn clone(&self) -> Self {
        ChunkCache {
            parts: OnceLock::new(),
            words: (0..self.words.len()).map(|_| AtomicU32::new(0)).collect(),
        }
    }
}

/// The chunks of one sentence: tokens `[start, start + tags.len())`.
#[derive(Debug, Default)]
struct Part {
    start: usize,
    tags: Vec<Chunk>,
    /// For each token, its clause's first token and its end (exclusive).
    clause: Vec<(u32, u32)>,
}

impl ChunkCache {
    /// Room for the words of `tokens`.
    pub(super) fn new(tokens: &[Token]) -> Self {
        ChunkCache {
            parts: OnceLock::new(),
            words: (0..tokens.len()).map(|_| AtomicU32::new(0)).collect(),
        }
    }
}

/// The document's shallow syntax (see the module doc): a reader over its [`ChunkCache`],
/// from [`TokenFacts::chunks`].
#[derive(Clone, Copy)]
pub struct Chunks<'a> {
    pub(super) cache: &'a ChunkCache,
    pub(super) text: &'a str,
    pub(super) tokens: &'a [Token],
    pub(super) facts: &'a TokenFacts,
}

/// What the rules read while one sentence is tagged: the tokens, their word bits, the tags
/// so far (indices are the document's; `base` is the sentence's first token).
pub(crate) struct Scan<'a> {
    text: &'a str,
    tokens: &'a [Token],
    facts: &'a TokenFacts,
    base: usize,
    bits: &'a [u16],
    tags: &'a [Chunk],
    /// A clause break falls right before the token being tagged.
    broke: bool,
}

/// A named rule: is there a clause break right before token `i`?
pub(crate) type ClauseRule = (&'static str, &'static str, fn(&Scan, usize) -> bool);

/// The clause-break rules; any one that answers yes breaks.
pub(crate) const CLAUSE_RULES: &[ClauseRule] = &[
    ("sentence_start", "a sentence opens a clause", |s, i| {
        i == 0 || s.tokens[i].sentence != s.tokens[i - 1].sentence
    }),
    ("paragraph_start", "a paragraph opens a clause", |s, i| {
        s.facts.starts_paragraph(i)
    }),
    (
        "after_semicolon_or_colon",
        "the token after `;` or `:` opens a clause",
        |s, i| i > 0 && matches!(s.punct(i - 1), Some(";" | ":")),
    ),
    (
        "quotation_mark",
        "a quotation mark is a clause of its own: breaks before and after it",
        |s, i| s.is(i, TokenKind::Quote) || i > 0 && s.is(i - 1, TokenKind::Quote),
    ),
    (
        "clause_word",
        "a lower-case subordinator or relative word opens a clause (`syntax_words.txt`)",
        |s, i| s.bit(i) & CLAUSE != 0 && s.bit(i) & CAP == 0,
    ),
];

/// A named rule: the tag of token `i`, or `None` to leave it to the next rule.
pub(crate) type TagRule = (
    &'static str,
    &'static str,
    fn(&Scan, usize) -> Option<Chunk>,
);

/// The tagging rules, in order; a token no rule tags is [`Chunk::Other`].
pub(crate) const TAG_RULES: &[TagRule] = &[
    (
        "clause_word_alone",
        "a clause word that opens its clause is outside any chunk (\"that\" is no determiner)",
        |s, i| (s.broke && s.bit(i) & CLAUSE != 0).then_some(Chunk::Other),
    ),
    (
        "pronoun",
        "a personal or object pronoun is a noun phrase of its own",
        |s, i| (s.bit(i) & (PRON | OBJ) != 0).then_some(Chunk::NpBegin),
    ),
    ("determiner", "a determiner opens a noun phrase", |s, i| {
        (s.bit(i) & DET != 0).then_some(Chunk::NpBegin)
    }),
    (
        "verb_form_after_determiner",
        "a verb form right after a determiner or possessive is a noun (\"the report\")",
        |s, i| {
            let after_det = i > 0 && !s.broke && s.bit(i - 1) & DET != 0
                || s.continues_np(i) && s.norm(i - 1) == "'s";
            (s.lower_word(i) && s.bit(i) & (VERB | CUE) != 0 && after_det)
                .then_some(Chunk::NpInside)
        },
    ),
    (
        "verb_word",
        "a lower-case auxiliary, cue verb or verb form is a verb group word",
        |s, i| (s.lower_word(i) && s.bit(i) & (AUX | VERB | CUE) != 0).then_some(Chunk::Verb),
    ),
    (
        "base_after_modal",
        "a lower-case content word after a modal (past adverbs) is a verb (\"will rebuild\")",
        |s, i| {
            let content = s.lower_word(i) && s.bit(i) & (FUNCTION | LY) == 0;
            (content && s.after_modal(i)).then_some(Chunk::Verb)
        },
    ),
    (
        "adverb_in_verb_group",
        "an adverb after a verb group word, or before one, joins the group",
        |s, i| {
            let adverb = s.lower_word(i) && s.bit(i) & (ADV | LY) != 0;
            let after = i > 0 && !s.broke && s.tag(i - 1) == Chunk::Verb;
            (adverb && (after || s.verb_follows(i))).then_some(Chunk::Verb)
        },
    ),
    (
        "possessive",
        "`'s` after a noun phrase continues it",
        |s, i| (s.continues_np(i) && s.norm(i) == "'s").then_some(Chunk::NpInside),
    ),
    (
        "noun_phrase_word",
        "a figure, a capitalised or a lower-case content word is part of a noun phrase",
        |s, i| {
            let b = s.bit(i);
            let content = s.is(i, TokenKind::Word) && b & (FUNCTION | LY) == 0;
            let figure = s.is(i, TokenKind::Number) || s.is(i, TokenKind::Currency);
            (content || figure).then_some(if s.continues_np(i) {
                Chunk::NpInside
            } else {
                Chunk::NpBegin
            })
        },
    ),
];

impl Scan<'_> {
    /// The word bits of token `i` (0 outside the sentence).
    fn bit(&self, i: usize) -> u16 {
        self.bits
            .get(i.wrapping_sub(self.base))
            .copied()
            .unwrap_or(0)
    }

    /// The tag given to token `i` ([`Chunk::Other`] outside the sentence or not yet tagged).
    fn tag(&self, i: usize) -> Chunk {
        self.tags
            .get(i.wrapping_sub(self.base))
            .copied()
            .unwrap_or_default()
    }

    fn is(&self, i: usize, kind: TokenKind) -> bool {
        self.tokens.get(i).is_some_and(|t| t.kind == kind)
    }

    fn norm(&self, i: usize) -> &str {
        self.tokens.get(i).map_or("", |t| t.norm(self.text))
    }

    fn punct(&self, i: usize) -> Option<&str> {
        self.is(i, TokenKind::Punct).then(|| self.norm(i))
    }

    /// A word that does not start with a capital.
    fn lower_word(&self, i: usize) -> bool {
        self.is(i, TokenKind::Word) && self.bit(i) & CAP == 0
    }

    /// Token `i` continues the noun phrase of token `i - 1` (not a pronoun; no clause or
    /// line break between).
    fn continues_np(&self, i: usize) -> bool {
        i > 0
            && !self.broke
            && self.tokens[i].ws_before < Whitespace::Line
            && matches!(self.tag(i - 1), Chunk::NpBegin | Chunk::NpInside)
            && self.bit(i - 1) & (PRON | OBJ) == 0
    }

    /// Token `i` comes right after a modal of its verb group, past adverbs of the group.
    fn after_modal(&self, i: usize) -> bool {
        let mut k = i;
        while k > self.base && !self.broke && self.tag(k - 1) == Chunk::Verb {
            k -= 1;
            if self.bit(k) & MODAL != 0 {
                return true;
            }
            if self.bit(k) & (ADV | LY) == 0 {
                return false;
            }
        }
        false
    }

    /// A verb group word follows token `i` past at most two more adverbs.
    fn verb_follows(&self, i: usize) -> bool {
        (i + 1..(self.base + self.bits.len()).min(i + 4))
            .find(|&k| !(self.lower_word(k) && self.bit(k) & (ADV | LY) != 0))
            .is_some_and(|k| self.lower_word(k) && self.bit(k) & (AUX | VERB | CUE) != 0)
    }
}

/// A token's cached word facts ([`ChunkCache::words`]): the lexicon facts of
/// `quote_function_words.txt`/`cue_verbs.txt` ([`WordInfo::pack`], the low 16 bits) and
/// three flags.
const KNOWN: u32 = 1 << 31;
/// The number stage's verb test has been made ([`VERB_YES`] holds its answer).
const VERB_KNOWN: u32 = 1 << 30;
const VERB_YES: u32 = 1 << 29;

/// The lexicon facts of token `i` (see [`KNOWN`]); the slow path of [`Chunks::word`].
#[inline(never)]
fn word_facts(text: &str, t: &Token, facts: &TokenFacts, i: usize) -> u32 {
    if t.kind != TokenKind::Word {
        return KNOWN;
    }
    let norm = t.norm(text);
    if !may_be_listed(norm) {
        return KNOWN;
    }
    KNOWN | u32::from(listed_word_bits(t.span.text(text), facts.lower(i, norm)))
}

/// A lower-case word of more than four letters in "-ly" ("repeatedly"). Rule
/// `ly_noun_not_adverb`: not a noun in "-ly" (`number_context.txt` class `noun_ly`), which
/// heads a subject rather than modifying its verb (`The family said`, `the assembly voted`).
fn ly_adverb(text: &str, t: &Token) -> bool {
    let norm = t.norm(text);
    t.kind == TokenKind::Word
        && norm.ends_with("ly")
        && norm.len() > 4
        && t.span
            .text(text)
            .chars()
            .next()
            .is_some_and(char::is_lowercase)
        && !context_is(norm, ContextClass::NounLy)
}

/// The syntax bits the rules read about token `i`.
fn syntax_bits(c: &Chunks, i: usize) -> u16 {
    let t = &c.tokens[i];
    if t.kind != TokenKind::Word {
        return 0;
    }
    let info = c.word_info(i);
    let mut b = match info.function {
        None => 0,
        Some(F::Determiner) => DET | FUNCTION,
        Some(F::Pronoun) => PRON | FUNCTION,
        Some(F::Auxiliary) => AUX | FUNCTION,
        Some(F::Adverb) => ADV | FUNCTION,
        Some(F::Relative | F::Other) => FUNCTION,
    };
    let lower = c.facts.lower(i, t.norm(c.text));
    if lower.len() <= *SYNTAX_WORD_LEN {
        b |= SYNTAX_WORDS.get(lower).copied().unwrap_or(0);
    }
    let flags = [
        (info.cue.is_some(), CUE),
        (c.verb_form(i), VERB),
        (ly_adverb(c.text, t), LY),
        (c.facts.capitalized(i), CAP),
    ];
    flags
        .into_iter()
        .fold(b, |b, (on, bit)| if on { b | bit } else { b })
}

/// A necessary condition for a [`Chunk::Verb`] tag, from the rules that give it
/// (`verb_word`, `base_after_modal`, `adverb_in_verb_group`): each needs a lower-case word
/// ([`Scan::lower_word`]) that is an auxiliary, cue verb or verb form, an adverb, or a
/// content word ([`VERB_NEEDS`]). A rule that tags `Verb` elsewhere must widen this test
/// (the test `is_verb_agrees_with_the_tag_on_every_token` fails otherwise).
fn may_be_verb_word(c: &Chunks, i: usize) -> bool {
    let Some(t) = c.tokens.get(i) else {
        return false;
    };
    if t.kind != TokenKind::Word || c.facts.capitalized(i) {
        return false;
    }
    let b = syntax_bits(c, i);
    b & VERB_NEEDS != 0 || b & FUNCTION == 0
}

/// The word bits of which a lower-case function word needs one to be tagged
/// [`Chunk::Verb`] (a lower-case word with no function class may be tagged by
/// `base_after_modal`).
const VERB_NEEDS: u16 = AUX | VERB | CUE | ADV | LY;

/// Tags the sentence of tokens `[start, end)`.
fn tag_part(c: &Chunks, start: usize, end: usize) -> Part {
    let (text, tokens, facts) = (c.text, c.tokens, c.facts);
    let bits: Vec<u16> = (start..end).map(|i| syntax_bits(c, i)).collect();
    let mut tags = Vec::with_capacity(end - start);
    let mut breaks = Vec::new();
    for i in start..end {
        let mut scan = Scan {
            text,
            tokens,
            facts,
            base: start,
            bits: &bits,
            tags: &tags,
            broke: false,
        };
        scan.broke = i == start || CLAUSE_RULES.iter().any(|(_, _, rule)| rule(&scan, i));
        let tag = (TAG_RULES.iter())
            .find_map(|(_, _, rule)| rule(&scan, i))
            .unwrap_or_default();
        if std::mem::take(&mut scan.broke) {
            breaks.push(i as u32);
        }
        tags.push(tag);
    }
    breaks.push(end as u32);
    let clause = breaks
        .windows(2)
        .flat_map(|w| (w[0]..w[1]).map(move |_| (w[0], w[1])))
        .collect();
    Part {
        start,
        tags,
        clause,
    }
}

impl<'a> Chunks<'a> {
    /// The names of the rules, clause rules first then tag rules, in order (for tests that
    /// check every rule has a case).
    pub fn rule_names() -> Vec<&'static str> {
        let clause = CLAUSE_RULES.iter().map(|r| r.0);
        clause.chain(TAG_RULES.iter().map(|r| r.0)).collect()
    }

    /// The tagged sentence holding token `i` (`None` past the end), computed on first ask.
    fn part(&self, i: usize) -> Option<&'a Part> {
        let s = self.tokens.get(i)?.sentence;
        // The sentence is the run of tokens with its index around `i`.
        let run = || {
            let mut start = i;
            while start > 0 && self.tokens[start - 1].sentence == s {
                start -= 1;
            }
            let mut end = i + 1;
            while end < self.tokens.len() && self.tokens[end].sentence == s {
                end += 1;
            }
            tag_part(self, start, end)
        };
        let parts = self.cache.parts.get_or_init(|| {
            let n = self.tokens.last().map_or(0, |t| t.sentence as usize + 1);
            (0..n).map(|_| OnceLock::new()).collect()
        });
        let part = parts.get(s as usize)?.get_or_init(run);
        (part.start <= i && i < part.start + part.tags.len()).then_some(part)
    }

    /// The chunk tag of token `i` ([`Chunk::Other`] past the end).
    #[inline]
    pub fn tag(&self, i: usize) -> Chunk {
        self.part(i).map_or(Chunk::Other, |p| p.tags[i - p.start])
    }

    /// Is token `i` tagged [`Chunk::Verb`]? The same answer as `tag(i) == Chunk::Verb`, but
    /// the sentence is tagged only when token `i` may be a verb-group word by the tag rules'
    /// declared needs ([`may_be_verb_word`]): every stage ask is this question, and most
    /// asked tokens (capitalised words, punctuation, lower-case function words) cannot be.
    #[inline]
    pub fn is_verb(&self, i: usize) -> bool {
        may_be_verb_word(self, i) && self.tag(i) == Chunk::Verb
    }

    /// The cached word facts of token `i` (see [`KNOWN`]; 0 past the end), looked up on
    /// first ask: a stage asks about few of a document's tokens, and about those many times.
    #[inline]
    fn word(&self, i: usize) -> u32 {
        let Some(cell) = self.cache.words.get(i) else {
            return 0;
        };
        match cell.load(Relaxed) {
            w if w & KNOWN != 0 => w,
            _ => {
                let w = word_facts(self.text, &self.tokens[i], self.facts, i);
                cell.fetch_or(w, Relaxed) | w
            }
        }
    }

    /// What the lexicons say about token `i` (nothing for non-words and acronyms): the quote
    /// stage's `Ctx::info`.
    #[inline]
    pub(crate) fn word_info(&self, i: usize) -> WordInfo {
        match self.word(i) as u16 {
            0 => WordInfo::default(),
            bits => WordInfo::unpack(bits),
        }
    }

    fn in_np(&self, i: usize) -> bool {
        matches!(self.tag(i), Chunk::NpBegin | Chunk::NpInside)
    }

    /// The run of noun-phrase tags `[start, end)` whose last token is `i`, if `i` ends one
    /// (the coarse tags; stages read [`Chunks::noun_phrase_ending_at`]).
    pub fn np_ending_at(&self, i: usize) -> Option<(usize, usize)> {
        if !self.in_np(i) || self.tag(i + 1) == Chunk::NpInside {
            return None;
        }
        let mut s = i;
        while self.tag(s) == Chunk::NpInside && s > 0 {
            s -= 1;
        }
        Some((s, i + 1))
    }

    /// The run of noun-phrase tags `[i, end)` that token `i` opens, if it opens one (the
    /// coarse tags; stages read [`Chunks::noun_phrase_starting_at`]).
    pub fn np_starting_at(&self, i: usize) -> Option<(usize, usize)> {
        if self.tag(i) != Chunk::NpBegin {
            return None;
        }
        let mut e = i + 1;
        while self.tag(e) == Chunk::NpInside {
            e += 1;
        }
        Some((i, e))
    }

    /// The verb group `[start, end)` holding token `i`, if it is in one (a group never runs
    /// across a clause break).
    pub fn verb_group_at(&self, i: usize) -> Option<(usize, usize)> {
        if self.tag(i) != Chunk::Verb {
            return None;
        }
        let mut s = i;
        while s > 0 && self.tag(s - 1) == Chunk::Verb && self.clause_start(s) != s {
            s -= 1;
        }
        let mut e = i + 1;
        while self.tag(e) == Chunk::Verb && self.clause_start(e) != e {
            e += 1;
        }
        Some((s, e))
    }

    /// The first token of the clause holding token `i` (`i` itself past the end).
    #[inline]
    pub fn clause_start(&self, i: usize) -> usize {
        self.part(i).map_or(i, |p| p.clause[i - p.start].0 as usize)
    }

    /// The end (exclusive) of the clause holding token `i`: where the next one starts, or
    /// the sentence ends (`i` itself past the end).
    #[inline]
    pub fn clause_end(&self, i: usize) -> usize {
        self.part(i).map_or(i, |p| p.clause[i - p.start].1 as usize)
    }

    /// A word that may stand between a subject and its verb: an auxiliary or adverb of
    /// `quote_function_words.txt`, or a lower-case adverb in "-ly" ("has also repeatedly").
    #[inline]
    pub fn verb_modifier(&self, i: usize) -> bool {
        let aux_or_adverb = matches!(self.word_info(i).function, Some(F::Auxiliary | F::Adverb));
        aux_or_adverb || self.tokens.get(i).is_some_and(|t| ly_adverb(self.text, t))
    }

    /// A verb form by the number stage's test (`number_verbs.txt` or a regular past), in
    /// any case.
    #[inline]
    pub fn verb_form(&self, i: usize) -> bool {
        let Some(cell) = self.cache.words.get(i) else {
            return false;
        };
        let w = cell.load(Relaxed);
        if w & VERB_KNOWN != 0 {
            return w & VERB_YES != 0;
        }
        let t = &self.tokens[i];
        let yes = t.kind == TokenKind::Word
            && crate::numbers::context::is_verb(self.facts.lower(i, t.norm(self.text)));
        cell.fetch_or(VERB_KNOWN | if yes { VERB_YES } else { 0 }, Relaxed);
        yes
    }

    /// The noun phrase ending at token `i`, looking left no further than `floor`: the
    /// document's noun-phrase chunker (`src/facts/noun_phrase.rs`), the one the quote stage
    /// reads for speakers. `None` when `i` ends no phrase.
    pub fn noun_phrase_ending_at(&self, i: usize, floor: usize) -> Option<Np> {
        NpReader::np_ending_at(self, i, floor)
    }

    /// The noun phrase starting at token `i`, looking right no further than `ceil`
    /// (exclusive), by the same chunker.
    pub fn noun_phrase_starting_at(&self, i: usize, ceil: usize) -> Option<Np> {
        NpReader::np_starting_at(self, i, ceil)
    }

    /// The noun a figure ending before token `k` counts: the head of the counted-noun phrase
    /// starting at `k` ("24 European **gigs**"; see `facts::counted_noun`).
    pub fn counted_noun(&self, k: usize) -> Option<usize> {
        CountedNp::head_noun(self, k)
    }
}

/// The noun-phrase chunker reads the pass's cached word facts ([`Chunks::word_info`]).
impl NpReader for Chunks<'_> {
    fn text(&self) -> &str {
        self.text
    }

    fn tokens(&self) -> &[Token] {
        self.tokens
    }

    fn facts(&self) -> &TokenFacts {
        self.facts
    }

    fn info(&self, i: usize) -> WordInfo {
        self.word_info(i)
    }
}
