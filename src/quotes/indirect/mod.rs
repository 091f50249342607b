//! Reported speech without quotation marks: "X said (that) …", "…, officials said",
//! "according to X, …", "X's claim that …", "X urged Y to …".
//!
//! Read as cue → content → source, one module each: [`cue`] knows which words report and
//! what they take, [`content`] finds where the reported clause starts and ends, [`source`]
//! finds who reports with the quote stage's own subject search. The rules below are tried in
//! order at every token of a sentence; the first that matches gives one row, and the scan
//! resumes after its content, so every token is read a bounded number of times.
//!
//! A quotation inside a reported clause stays in it (and is its own `partial` row); a clause
//! that is mostly one quotation is a direct quote, and gives no indirect row.

use std::cell::{Cell, OnceCell};
use std::sync::LazyLock;

mod content;
pub(super) mod cue;
mod source;
/// Shared with the quote stage (rule `quantity_cue_subject` in `attribution.rs`).
pub(crate) use source::quantity_subject;
/// Read by the quote stage's word table (`word_table.rs`).
pub(super) mod words;

pub(crate) use cue::cue_kind_of;
pub(crate) use cue::document_noun_at;

use super::lexicons::{FunctionClass, QuoteWordClass, FIRST_NAMES};
use super::resolve::Entities;
use super::syntax::{Ctx, MarkedLabel, Np, NpKind};
use super::{CueKind, Quote, QuoteType};
use crate::lexicon::registry::IndirectWordClass as Class;
use crate::lexicon::{self, FastMap, FastSet};
use crate::sentences::Sentence;

/// One reported clause found by a rule: token ranges.
#[derive(Clone, Copy, Debug, PartialEq)]
struct Reported {
    cue: (usize, usize),
    source: Option<Np>,
    content: (usize, usize),
    kind: CueKind,
}

/// A verb cue with its source.
type VerbAndSource = (cue::IndirectCue, Np);

/// What a rule sees: the text, its quoted spans (token ranges, marks included), the
/// sentence being scanned and the rules in force.
struct Scan<'c, 'a> {
    ctx: &'c Ctx<'a>,
    rules: &'c Split<'c>,
    /// The source steps in force (`source::SOURCE_RULES`; the tests switch one off).
    sources: source::Sources<'c>,
    quoted: &'c [(usize, usize)],
    start: usize,
    end: usize,
    /// The last verb looked up with its source: the verb rules share one subject search.
    verb: Cell<Option<(usize, Option<VerbAndSource>)>>,
    /// The subject right before the last verb asked about: the rules at a cue and its subject
    /// search share one look.
    near: source::Near,
    /// The lexicon facts of the token the rules are tried at (looked up once for all rules).
    here: Cell<(usize, cue::Here)>,
    /// The sentence's first comma after its first token (`None`: none), found once.
    first_comma: OnceCell<Option<usize>>,
    /// The sentence's first finite verb read from its start (`end`: none), found once: the
    /// trailing rules ask whether the words before a comma hold one, at every trailing cue, and
    /// a scan from the sentence start each time would grow with the square of a long sentence.
    first_finite: OnceCell<usize>,
    /// The facts of the sentence the `Shape` needs read ([`Scan::sentence_facts`]), found once.
    sentence_facts: OnceCell<u32>,
    /// The last verb asked about by [`Scan::passive_at`], with the answer: rule `passive`
    /// and the subject search of the verb rules after it ask about the same verb.
    passive: Cell<(usize, bool)>,
    /// The document is a transcript ([`transcript_document`]): rule `transcript_turn` reads
    /// its labelled turns.
    transcript: bool,
}

impl<'c, 'a> Scan<'c, 'a> {
    /// A scan of sentence `s` with nothing looked up yet (the driver and the tests build it so).
    fn new(
        ctx: &'c Ctx<'a>,
        rules: &'c Split<'c>,
        sources: source::Sources<'c>,
        quoted: &'c [(usize, usize)],
        s: &Sentence,
    ) -> Self {
        Scan {
            ctx,
            rules,
            sources,
            quoted,
            start: s.token_start,
            end: s.token_end.min(ctx.len()),
            verb: Cell::new(None),
            near: source::Near::default(),
            here: Cell::new((usize::MAX, cue::Here::default())),
            first_comma: OnceCell::new(),
            first_finite: OnceCell::new(),
            sentence_facts: OnceCell::new(),
            passive: Cell::new((usize::MAX, false)),
            transcript: false,
        }
    }
}

impl Scan<'_, '_> {
    /// The lexicon facts of token `k` (from the driver's lookup when the rules run there).
    fn facts(&self, k: usize) -> cue::Here {
        match self.here.get() {
            (at, here) if at == k => here,
            _ => cue::candidate(self.ctx, k).unwrap_or_default(),
        }
    }

    /// Guard `verb_reading`: the word at `v` may be a verb with a subject, not the sentence's
    /// first word nor a noun after "the", "a", "his". Implied by every row of `verb_clause`
    /// (its subject search and `unsourced_clause_cue` both need it), so that rule checks it
    /// before its costly complement search.
    fn verb_reading(&self, v: usize) -> bool {
        v > self.start && !noun_marked(self.ctx, v) && !fronted_phrase_noun(self.ctx, self.start, v)
    }

    /// The subject right before the verb at `v` ([`source::Near::get`]) when a comma stands
    /// before `v` after the sentence's first token (guard `comma_before`): a trailing
    /// attribution's subject follows such a comma, and the subject ends at or before `v`.
    fn subject_after_comma(&self, v: usize) -> Option<Np> {
        if !self.comma_before(v) {
            return None;
        }
        self.near.get(self.ctx, v, self.start)
    }

    /// The facts of token `k`'s place in the sentence, as bits of [`Needs`]
    /// ([`Needs::CommaBefore`]).
    #[inline]
    fn place(&self, k: usize) -> u32 {
        if self.comma_before(k) {
            Needs::CommaBefore as u32
        } else {
            0
        }
    }

    /// Guard `shape_needs`: the facts of row `r`'s cue, source and sentence that the `Shape`
    /// rules need, as bits of [`Needs`] (`EvidenceCue` … `OpensQuoted`). Read once per row,
    /// before the shapes: no shape changes a row's cue, and `row_of` reads the source's fact
    /// again ([`Scan::source_facts`]) after a shape that changes the source.
    fn shape_facts(&self, r: &Reported) -> u32 {
        let ctx = self.ctx;
        let (v, one) = (r.cue.0, r.cue.1 == r.cue.0 + 1);
        let bit = |on: bool, need: Needs| if on { need as u32 } else { 0 };
        let w = ctx.norm(v);
        let before = if v > 0 {
            ctx.with_lower(v - 1, |b| match b {
                "to" => Needs::ToBefore as u32,
                "in" => Needs::InBefore as u32,
                _ => 0,
            })
        } else {
            0
        };
        // The fronted shapes' facts hold of the sentence start; the cue must stand near it.
        let mut sentence = self.sentence_facts();
        if v <= self.start || v > self.start + FRONTED_NONFINITE_CUE {
            sentence &= !(Needs::FrontedNonfinite as u32);
        }
        if v <= self.start || v > self.start + FRONTED_REACH {
            sentence &= !(Needs::FrontedOpener as u32);
        }
        before
            | sentence
            | bit(
                one && words::is(ctx, v, Class::EvidenceVerb),
                Needs::EvidenceCue,
            )
            | bit(
                one && !ctx.is_cap(v) && w.ends_with("ed"),
                Needs::Participle,
            )
            | bit(w.ends_with("ing"), Needs::IngCue)
            | self.source_facts(r)
    }

    /// The facts of the sentence that the `Shape` needs read ([`Needs::OpensQuoted`], and
    /// the openers of [`Needs::FrontedNonfinite`] and [`Needs::FrontedOpener`] before the
    /// cue's place is checked), found once per sentence.
    fn sentence_facts(&self) -> u32 {
        *self.sentence_facts.get_or_init(|| {
            let (ctx, s) = (self.ctx, self.start);
            let bit = |on: bool, need: Needs| if on { need as u32 } else { 0 };
            // The outer quotations are in order and none holds another: the first closing
            // after the sentence's first token is the only one that may open before it.
            let q = self.quoted.partition_point(|&(_, after)| after <= s);
            let opens_quoted = self.quoted.get(q).is_some_and(|&(open, _)| open <= s);
            let cap = ctx.is_cap(s);
            // `fronted_clause`'s openers (its own and `fronted_subordinate`'s).
            let opener = cap
                && (ctx.function_class(s) == Some(FunctionClass::Other)
                    || ctx.fronted_participle(s)
                    || source::subordinator(ctx, s)
                    || ctx.is_any(s, &["because", "when"]));
            bit(opens_quoted, Needs::OpensQuoted)
                | bit(cap, Needs::FrontedNonfinite)
                | bit(opener, Needs::FrontedOpener)
        })
    }

    /// The facts of row `r`'s source that the `Shape` rules need ([`Needs::WhoSource`]).
    #[inline]
    fn source_facts(&self, r: &Reported) -> u32 {
        let who = r
            .source
            .is_some_and(|np| np.end == np.start + 1 && self.ctx.tok(np.start) == "who");
        if who {
            Needs::WhoSource as u32
        } else {
            0
        }
    }

    /// [`content::passive_at`] of the verb at `v` with the sentence start as floor, read once
    /// per verb.
    fn passive_at(&self, v: usize) -> bool {
        match self.passive.get() {
            (at, passive) if at == v => passive,
            _ => {
                let passive = content::passive_at(self.ctx, v, self.start);
                self.passive.set((v, passive));
                passive
            }
        }
    }

    /// Guard `comma_before`: a comma stands between the sentence's first token and `at`
    /// (exclusive), read from the sentence's first comma, found once.
    fn comma_before(&self, at: usize) -> bool {
        let first = self
            .first_comma
            .get_or_init(|| (self.start + 1..self.end).find(|&j| self.ctx.is_punct(j, ",")));
        first.is_some_and(|c| c < at)
    }

    /// Guard `quoted_content`: a verb rule's content starting at `start` starts inside a
    /// quotation, so [`content::clause_end`] ends it at the closing mark and every row made of
    /// it is quoted throughout; `row_of` rejects it (`mostly_quoted`, or too short when empty)
    /// since a `Shape` rule only narrows the content. Read before the subject search, which
    /// such a cue (one inside a quotation: "“I said the plan would fail,” Vale said") mostly
    /// does for nothing.
    fn quoted_content(&self, start: usize) -> bool {
        pretests() && content::starts_in_quotation(self.quoted, start)
    }

    /// [`content::has_finite_verb`] of `[start, end)`, the sentence's words up to `end`: read
    /// from the sentence's first finite verb, found once (`end` past the sentence reads
    /// directly).
    fn finite_verb_before(&self, end: usize) -> bool {
        if end > self.end {
            return content::has_finite_verb(self.ctx, self.start, end);
        }
        let first = *self.first_finite.get_or_init(|| {
            content::first_finite_verb(self.ctx, self.start, self.end).unwrap_or(self.end)
        });
        first < end
    }
}

#[cfg(test)]
thread_local! {
    /// Off in the oracle tests of the verb rules' pre-tests, which compare the rows without.
    static PRETESTS: Cell<bool> = const { Cell::new(true) };
}

/// Are the verb rules' pre-tests (guard `quoted_content`) in force? Always
/// outside the tests, which switch them off to check them against the rules without.
#[inline(always)]
fn pretests() -> bool {
    #[cfg(test)]
    return PRETESTS.with(Cell::get);
    #[cfg(not(test))]
    true
}

/// A named rule of the scan.
#[derive(Clone, Copy)]
struct Rule {
    // Name and doc are for readers and the rule tests; the scan needs `step` and `needs`.
    #[cfg_attr(not(test), allow(dead_code))]
    name: &'static str,
    #[cfg_attr(not(test), allow(dead_code))]
    doc: &'static str,
    step: Step,
    /// What a `Find` rule needs of the token's lexicon facts or place, or a `Shape` rule of
    /// the row's cue and sentence ([`Needs::Any`]: tried always; `Replace` rules).
    needs: Needs,
}

/// Guard `rule_needs`: the lexicon fact of the token ([`cue::Here`]) that a `Find` rule reads
/// first and returns nothing without ("according_to" needs "according", `verb_clause` a verb
/// cue taking a clause, `seem` a verb of frame `seem`), or the place of the token in its
/// sentence (`trailing_attribution` a comma before it, [`Needs::CommaBefore`]); the scan tries
/// a rule only at a token that has it. The facts are read once per token as bits
/// ([`Needs::of`], [`Scan::place`]), so a rule that cannot match costs one bit test, not a
/// call.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
#[repr(u32)]
enum Needs {
    /// Tried at every candidate token.
    Any = 0,
    Noun = 1,
    Adjective = 1 << 1,
    According = 1 << 2,
    Within = 1 << 3,
    Colon = 1 << 4,
    Opening = 1 << 5,
    /// A verb cue of frame `seem` (rule `seem`).
    SeemVerb = 1 << 6,
    /// A verb cue not of frame `seem` (rule `passive`).
    OtherVerb = 1 << 7,
    /// A verb cue taking a clause (`IndirectCue::clause`).
    ClauseVerb = 1 << 8,
    /// A verb cue taking an infinitive, with or without a hearer (`to`, `object_to`).
    InfinitiveVerb = 1 << 9,
    /// A verb cue taking a preposition's object (`prepositions`).
    PrepositionVerb = 1 << 10,
    /// A verb cue taking an object phrase (`object`).
    ObjectVerb = 1 << 11,
    /// Guard `trailing_comma`: a comma stands after the sentence's first token and before
    /// this one ([`Scan::comma_before`]); a trailing attribution's subject or inverted verb
    /// follows such a comma (", officials said", ", said Vale").
    CommaBefore = 1 << 12,
    /// A stance noun a subject receives (`cue::Here::received`; rule `received_stance`, which
    /// reads nothing at any other token).
    Received = 1 << 13,
    // The `Shape` needs (guard `shape_needs`, [`Scan::shape_facts`]): a fact of the row's cue
    // or sentence that the shape reads first and leaves the row unchanged without.
    /// The cue is one word of class `evidence_verb` (rule `abstract_subject`).
    EvidenceCue = 1 << 16,
    /// "to" in any case right before the cue (`extraposed_it`: "it is hard to know";
    /// `infinitive_find`).
    ToBefore = 1 << 17,
    /// "in" in any case right before the cue (`in_response`).
    InBefore = 1 << 18,
    /// The cue is one lower-case word ending in "-ed" (`modifier_participle`;
    /// `naming_participle`, whose listed participles all end so).
    Participle = 1 << 19,
    /// The cue's form ends in "-ing" (`utterance_source`).
    IngCue = 1 << 20,
    /// The source is the one word "who" (`subject_relative`): a fact of the source, read
    /// again when a shape changes it.
    WhoSource = 1 << 21,
    /// The cue stands within [`FRONTED_NONFINITE_CUE`] tokens after a capitalised sentence
    /// start (`fronted_nonfinite`).
    FrontedNonfinite = 1 << 22,
    /// A quotation opening at or before the sentence's first token closes inside the
    /// sentence (`quote_tail`).
    OpensQuoted = 1 << 23,
    /// The cue stands within [`FRONTED_REACH`] tokens after a capitalised sentence start that
    /// is a word of function class `Other`, a fronted participle, a subordinator, "because"
    /// or "when" (`fronted_clause`, with its step `fronted_subordinate`).
    FrontedOpener = 1 << 24,
}

/// The farthest `fronted_clause`'s cue stands from its sentence's first token
/// ([`Needs::FrontedOpener`]): the larger of its own reach and `fronted_subordinate`'s.
const FRONTED_REACH: usize = if FRONTED_CUE > FRONTED_SUBJECT {
    FRONTED_CUE
} else {
    FRONTED_SUBJECT
};

impl Needs {
    /// The facts `here` has, as bits of [`Needs`].
    #[inline]
    fn of(here: &cue::Here) -> u32 {
        let bit = |on: bool, need: Needs| if on { need as u32 } else { 0 };
        let verb = |f: fn(&cue::IndirectCue) -> bool| here.verb.as_ref().is_some_and(f);
        bit(here.noun.is_some(), Needs::Noun)
            | bit(here.adjective.is_some(), Needs::Adjective)
            | bit(here.according, Needs::According)
            | bit(here.within, Needs::Within)
            | bit(here.colon, Needs::Colon)
            | bit(here.opening, Needs::Opening)
            | bit(verb(|c| c.seem), Needs::SeemVerb)
            // A verb of frame `particle` reports only with its particle (`verb_preposition`).
            | bit(verb(|c| !c.seem && !c.particle_only), Needs::OtherVerb)
            | bit(verb(|c| c.clause), Needs::ClauseVerb)
            | bit(verb(|c| c.to || c.object_to), Needs::InfinitiveVerb)
            | bit(verb(|c| c.prepositions != 0), Needs::PrepositionVerb)
            | bit(verb(|c| c.object), Needs::ObjectVerb)
            | bit(here.received, Needs::Received)
    }

    /// Does a token (a row, for a `Shape` need) with the fact bits `have` meet this need?
    /// (The scan reads the answer for all `Find` rules at once from [`Split::rules_for`]; this
    /// is its oracle in the tests.)
    #[cfg_attr(not(test), allow(dead_code))]
    fn met_by(self, have: u32) -> bool {
        self == Needs::Any || have & self as u32 != 0
    }
}

/// What a rule does, and when.
#[derive(Clone, Copy)]
enum Step {
    /// Tried at token `k`: the row whose cue starts there (the first that matches wins).
    Find(fn(&Scan, usize) -> Option<Reported>),
    /// Applied to every row as it is made, before its checks: a cut content and a source, or
    /// no row (`None`). A shape only narrows the content, never widens it (guard
    /// `quoted_content`, [`Scan::quoted_content`], rejects a row before it is made on that).
    Shape(fn(&Scan, Reported) -> Option<Reported>),
    /// Applied to a row once found: another row standing for it, if any.
    Replace(fn(&Scan, Reported) -> Option<Reported>),
}

/// A rule list split by step (the list holds its `Find` rules first, then `Shape`, then
/// `Replace`), so that each loop reads only its own rules.
#[derive(Clone, Copy)]
struct Split<'r> {
    finds: &'r [Rule],
    shapes: &'r [Rule],
    replaces: &'r [Rule],
    /// The `Find` rules of need [`Needs::Any`], as bits by their place in `finds`.
    any: u64,
    /// Per bit of [`Needs`], the `Find` rules that need it, as bits by their place in `finds`:
    /// the rules to try at a token are read from its fact bits ([`Split::rules_for`]), not by
    /// testing every rule's need.
    by_need: [u64; 32],
    /// The `Shape` rules of need [`Needs::Any`], and per bit of [`Needs`] those that need it,
    /// as bits by their place in `shapes` ([`Split::shapes_for`]).
    shape_any: u64,
    shape_by_need: [u64; 32],
}

/// The rules of `rules` of need [`Needs::Any`], and per bit of [`Needs`] those that need it,
/// as bits by their place in `rules`.
fn bits_by_need(rules: &[Rule]) -> (u64, [u64; 32]) {
    assert!(rules.len() <= 64, "at most 64 rules of a step (a bit each)");
    let mut any = 0;
    let mut by_need = [0u64; 32];
    for (i, rule) in rules.iter().enumerate() {
        match rule.needs as u32 {
            0 => any |= 1 << i,
            need => by_need[need.trailing_zeros() as usize] |= 1 << i,
        }
    }
    (any, by_need)
}

impl<'r> Split<'r> {
    fn new(rules: &'r [Rule]) -> Self {
        let first = |f: fn(&Step) -> bool| rules.iter().position(|r| f(&r.step));
        let shape = first(|s| !matches!(s, Step::Find(_))).unwrap_or(rules.len());
        let replace = first(|s| matches!(s, Step::Replace(_))).unwrap_or(rules.len());
        let finds = &rules[..shape];
        let shapes = &rules[shape..replace.max(shape)];
        let (any, by_need) = bits_by_need(finds);
        let (shape_any, shape_by_need) = bits_by_need(shapes);
        Split {
            finds,
            shapes,
            replaces: &rules[replace.max(shape)..],
            any,
            by_need,
            shape_any,
            shape_by_need,
        }
    }

    /// The row of the first `Find` rule, in list order, whose need the fact bits `have` of
    /// token `k` meet and that matches there.
    #[inline]
    fn first_row(&self, scan: &Scan, k: usize, have: u32) -> Option<Reported> {
        let mut to_try = self.rules_for(have);
        while to_try != 0 {
            let rule = &self.finds[to_try.trailing_zeros() as usize];
            to_try &= to_try - 1;
            if let Step::Find(find) = rule.step {
                let found = find(scan, k);
                if found.is_some() {
                    return found;
                }
            }
        }
        None
    }

    /// The `Find` rules whose need a token with the fact bits `have` meets
    /// ([`Needs::met_by`]), as bits by their place in `finds`.
    #[inline]
    fn rules_for(&self, have: u32) -> u64 {
        rules_meeting(self.any, &self.by_need, have)
    }

    /// The `Shape` rules whose need a row with the fact bits `have` meets
    /// ([`Needs::met_by`]), as bits by their place in `shapes`.
    #[inline]
    fn shapes_for(&self, have: u32) -> u64 {
        rules_meeting(self.shape_any, &self.shape_by_need, have)
    }
}

/// The rules of need `any` and those of `by_need` at the bits of `have`.
#[inline]
fn rules_meeting(any: u64, by_need: &[u64; 32], have: u32) -> u64 {
    let mut rules = any;
    let mut bits = have;
    while bits != 0 {
        rules |= by_need[bits.trailing_zeros() as usize];
        bits &= bits - 1;
    }
    rules
}

/// The rules: the `Find` rules in the order they are tried at each token, then the rules
/// applied to the rows they give.
const RULES: &[Rule] = &[
    Rule {
        name: "according_to",
        doc: "\"according to X, …\" and \"…, according to X\": the rest of the sentence.",
        step: Step::Find(according_to),
        needs: Needs::According,
    },
    Rule {
        name: "in_document",
        doc: "\"In a new poll, X leads …\": the clause after the comma.",
        step: Step::Find(in_document),
        needs: Needs::Within,
    },
    Rule {
        name: "transcript_turn",
        doc: "\"TAPPER: And I think …\" in a transcript: the turn's paragraph is its label's.",
        step: Step::Find(transcript_turn),
        needs: Needs::Colon,
    },
    Rule {
        name: "headline_colon",
        doc: "\"Vale: Bridge Will Reopen in May\": a name opening a sentence, a colon, its words.",
        step: Step::Find(headline_colon),
        needs: Needs::Colon,
    },
    Rule {
        name: "asked_opening",
        doc: "\"Asked whether …, Vale said …\": the question up to the comma, with no source.",
        step: Step::Find(asked_opening),
        needs: Needs::Opening,
    },
    Rule {
        name: "trailing_attribution",
        doc: "\"…, officials said.\" / \"…, said Ann Vale.\": the clause before the comma.",
        step: Step::Find(trailing_attribution),
        needs: Needs::CommaBefore,
    },
    Rule {
        name: "trailing_postmodified",
        doc: "\"…, a source close to him said.\" / \"…, a study by the council found.\": a trailing subject run on after its head.",
        step: Step::Find(trailing_postmodified),
        needs: Needs::CommaBefore,
    },
    Rule {
        name: "trailing_appositive",
        doc: "\"…, Ann Vale, the city engineer, wrote.\": a trailing subject and its appositive set off by commas.",
        step: Step::Find(trailing_appositive),
        needs: Needs::CommaBefore,
    },
    Rule {
        name: "received_stance",
        doc: "\"X has the support of Y\", \"X drew criticism from Y\": a stance received; X is the content, Y the source.",
        step: Step::Find(received_stance),
        needs: Needs::Received,
    },
    Rule {
        name: "infinitive_verb",
        doc: "\"prompted the mayor to focus on …\", \"continued to call for …\": a bare cue form after \"to\" is the infinitive verb, not the noun, where the verb reading gives a row.",
        step: Step::Find(infinitive_verb),
        needs: Needs::PrepositionVerb,
    },
    Rule {
        name: "subject_verb_noun",
        doc: "\"Cole calls for a new ferry\": an -s cue word that is a reporting noun too, right after its subject, is the verb, where the verb reading gives a row with that subject.",
        step: Step::Find(subject_verb_noun),
        needs: Needs::PrepositionVerb,
    },
    Rule {
        name: "possessed_noun",
        doc: "\"X's claim that …\", \"his warning that …\": the clause after \"that\".",
        step: Step::Find(possessed_noun),
        needs: Needs::Noun,
    },
    Rule {
        name: "noun_preposition",
        doc: "\"X's criticism of …\", \"support for …\": the preposition's object phrase.",
        step: Step::Find(noun_preposition),
        needs: Needs::Noun,
    },
    Rule {
        name: "seem",
        doc: "\"X seems to …\", \"voters appeared unmoved\": the subject and its complement.",
        step: Step::Find(seem),
        needs: Needs::SeemVerb,
    },
    Rule {
        name: "adjective",
        doc: "\"X is convinced that …\", \"X was critical of …\": the clause or object after it.",
        step: Step::Find(adjective),
        needs: Needs::Adjective,
    },
    Rule {
        name: "linking_adjective",
        doc: "\"they remain hopeful that …\", \"we're confident that …\": a stance adjective after a linking verb.",
        step: Step::Find(linking_adjective),
        needs: Needs::Adjective,
    },
    Rule {
        name: "passive",
        doc: "\"X was criticized (by Y) for …\", \"X is seen as …\": the subject and the rest.",
        step: Step::Find(passive),
        needs: Needs::OtherVerb,
    },
    Rule {
        name: "verb_clause",
        doc: "\"X said (that) …\", \"told Y (that) …\", \"asked whether …\": the complement.",
        step: Step::Find(verb_clause),
        needs: Needs::ClauseVerb,
    },
    Rule {
        name: "verb_infinitive",
        doc: "\"X vowed to …\", \"X urged Y to …\", \"called for …\": the infinitive on.",
        step: Step::Find(verb_infinitive),
        needs: Needs::InfinitiveVerb,
    },
    Rule {
        name: "verb_preposition",
        doc: "\"X talked about …\", \"voted for …\": the preposition's object on.",
        step: Step::Find(verb_preposition),
        needs: Needs::PrepositionVerb,
    },
    Rule {
        name: "verb_object",
        doc: "\"X criticized the plan\", \"denied having …\": the object phrase on.",
        step: Step::Find(verb_object),
        needs: Needs::ObjectVerb,
    },
    Rule {
        name: "object_relative",
        doc: "\"the ferry deal, which the harbour board firmly rejected\", \"a baker whom most villagers back\": a cue whose object is the relative word before its subject reports that word.",
        step: Step::Find(object_relative),
        needs: Needs::ObjectVerb,
    },
    Rule {
        name: "proform_object",
        doc: "\"after a third of the anglers said so\", \"most members said yes\", \"Reyes rejected that\": a cue whose whole object is a pro-form reports that word.",
        step: Step::Find(proform_object),
        needs: Needs::OtherVerb,
    },
    Rule {
        name: "abstract_subject",
        doc: "\"The situation highlights …\": an abstract subject of a verb that shows reports nothing.",
        step: Step::Shape(abstract_subject),
        needs: Needs::EvidenceCue,
    },
    Rule {
        name: "extraposed_it",
        doc: "\"It's hard to know where …\": an \"it\" before \"is\", an extraposing adjective and \"to\" is no source.",
        step: Step::Shape(extraposed_it),
        needs: Needs::ToBefore,
    },
    Rule {
        name: "modifier_participle",
        doc: "\"60 pledged delegates\", \"the party's pledged delegates\": an -ed cue between a figure or possessor and a plural noun modifies the noun: no row.",
        step: Step::Shape(modifier_participle),
        needs: Needs::Participle,
    },
    Rule {
        name: "naming_participle",
        doc: "\"a group called Black Votes Matter\": a naming participle after an indefinite noun, before a name: no row.",
        step: Step::Shape(naming_participle),
        needs: Needs::Participle,
    },
    Rule {
        name: "in_response",
        doc: "\"acted in response to the ruling\": what an act answers is nobody's words: no row.",
        step: Step::Shape(in_response),
        needs: Needs::InBefore,
    },
    Rule {
        name: "infinitive_find",
        doc: "\"trying to find a balance\": \"find\" after \"to\" with no \"that\" clause finds a thing: no row.",
        step: Step::Shape(infinitive_find),
        needs: Needs::ToBefore,
    },
    Rule {
        name: "utterance_source",
        doc: "\"statements emphasizing …\": a word for what was said is no speaker of the participle after it.",
        step: Step::Shape(utterance_source),
        needs: Needs::IngCue,
    },
    Rule {
        name: "subject_relative",
        doc: "\"Voters who backed the mayor said …\": a cue in a \"who\" clause of the sentence's subject reports up to the main verb, whose row the scan then finds.",
        step: Step::Shape(subject_relative),
        needs: Needs::WhoSource,
    },
    Rule {
        name: "fronted_nonfinite",
        doc: "\"To address costs, Vale proposed …\", \"Besides attacking Reyes, Vale …\": a cue in a fronted clause with no subject of its own reports up to a comma and is the main clause subject's.",
        step: Step::Shape(fronted_nonfinite),
        needs: Needs::FrontedNonfinite,
    },
    Rule {
        name: "fronted_clause",
        doc: "\"When asked whom she backed, she laughed.\": a cue in a fronted clause reports up to its comma.",
        step: Step::Shape(fronted_clause),
        needs: Needs::FrontedOpener,
    },
    Rule {
        name: "quote_tail",
        doc: "\"“We won,” Vale said Sunday on radio\": a quotation's own attribution reports no clause after it.",
        step: Step::Shape(quote_tail),
        needs: Needs::OpensQuoted,
    },
    Rule {
        name: "outer_attribution",
        doc: "\"The court approved the law, Vale said.\": the trailing attribution's row stands for the inner one.",
        step: Step::Replace(outer_attribution),
        needs: Needs::Any,
    },
    Rule {
        name: "relative_aside",
        doc: "\"Vale praised Cole, who said the port would close.\": a relative that reports ends the content and keeps its own row.",
        step: Step::Replace(relative_aside),
        needs: Needs::Any,
    },
];

pub(crate) fn extract(
    ctx: &Ctx,
    sentences: &[Sentence],
    quoted: &[(usize, usize)],
    entities: &Entities,
) -> Vec<Quote> {
    let sources = source::Sources::new(source::SOURCE_RULES);
    extract_with(ctx, sentences, quoted, entities, RULES, sources)
}

/// [`extract`] with the rules and source steps given (the rule tests switch one off).
fn extract_with(
    ctx: &Ctx,
    sentences: &[Sentence],
    quoted: &[(usize, usize)],
    entities: &Entities,
    rules: &[Rule],
    sources: source::Sources,
) -> Vec<Quote> {
    let mut out = Vec::new();
    let rules = Split::new(rules);
    let transcript = transcript_document(ctx, sentences);
    // The end of the last row whose content ran past its sentence (a transcript turn): the
    // sentences inside it are its words, not scanned again.
    let mut covered = 0;
    for s in sentences {
        if s.token_end <= covered {
            continue;
        }
        let mut scan = Scan::new(ctx, &rules, sources, quoted, s);
        scan.transcript = transcript;
        let mut k = scan.start;
        // `headline_case`: a title-case line reads its capitalised words as lower-case cues.
        let headline = ctx.headline_line(scan.start).is_some();
        while k < scan.end {
            let mut capital = false;
            let here = if k == scan.start {
                cue::opening(ctx, k).or_else(|| cue::candidate(ctx, k))
            } else if headline {
                cue::candidate(ctx, k).or_else(|| {
                    capital = true;
                    cue::headline_candidate(ctx, k)
                })
            } else {
                cue::candidate(ctx, k)
            };
            let Some(here) = here else {
                k += 1;
                continue;
            };
            scan.here.set((k, here));
            let found = rules.first_row(&scan, k, Needs::of(&here) | scan.place(k));
            let Some(mut r) =
                found.filter(|r| !capital || cue::headline_row_fits(ctx, scan.start, r.cue))
            else {
                k += 1;
                continue;
            };
            for rule in rules.replaces {
                if let Step::Replace(replace) = rule.step {
                    r = replace(&scan, r).unwrap_or(r);
                }
            }
            out.push(quote_row(ctx, entities, r));
            if r.content.1 > scan.end {
                covered = covered.max(r.content.1);
            }
            // Resume after a forward clause: a cue inside it is part of the reported words.
            k = if r.content.0 > k {
                r.content.1
            } else {
                r.cue.1
            }
            .max(k + 1);
        }
    }
    out
}

/// The output row of a reported clause, its source resolved.
fn quote_row(ctx: &Ctx, entities: &Entities, r: Reported) -> Quote {
    let speaker = r.source.and_then(|np| entities.canonical(ctx, &np));
    Quote {
        span: ctx.span(r.content.0, r.content.1),
        kind: QuoteType::Indirect,
        speaker_type: r
            .source
            .map(|np| entities.speaker_type(ctx, &np, speaker.as_deref())),
        speaker,
        speaker_mention: r.source.map(|np| super::resolve::mention_span(ctx, &np)),
        cue: Some(ctx.span(r.cue.0, r.cue.1)),
        cue_kind: Some(r.kind),
    }
}

/// Most tokens from a trailing attribution's cue to the end of the clause it closes.
const OUTER_REACH: usize = 32;

/// "The court approved the law, Vale said.": a clause found from a verb inside it that ends in
/// a trailing attribution is that attribution's content; the outer report is the row.
fn outer_attribution(scan: &Scan, r: Reported) -> Option<Reported> {
    let ctx = scan.ctx;
    if r.content.0 <= r.cue.0 {
        return None;
    }
    // The attribution closes the clause: its cue stands among the clause's last tokens.
    let end = r.content.1.min(scan.end);
    let from = (r.content.0 + 2).max(end.saturating_sub(OUTER_REACH));
    // Cheap test first: the attribution follows a comma.
    let comma = (from..end).find(|&j| ctx.is_punct(j, ","))?;
    (comma + 1..end)
        .filter(|&j| ctx.tok(j).starts_with(char::is_lowercase) && ctx.cue(j).is_some())
        .find_map(|j| trailing_attribution(scan, j))
        .filter(|t| t.content.0 <= r.cue.0)
}

/// Most words between a relative "who" or "which" and its clause-taking cue ("who has long
/// argued").
const RELATIVE_CUE_REACH: usize = 3;

/// Most tokens a relative's own row may stop short of the outer content's end.
const RELATIVE_TAIL: usize = 4;

/// "Vale praised Cole, who said the port would close.": a forward content holding a comma,
/// then "who" or "which" and (within `RELATIVE_CUE_REACH` words, not passive) a cue taking a
/// clause, ends at that comma: the relative is its antecedent's own report, read as the next
/// row (the scan resumes at the content's end), not part of the outer one.
fn relative_aside(scan: &Scan, r: Reported) -> Option<Reported> {
    let ctx = scan.ctx;
    if r.content.0 <= r.cue.0 {
        return None;
    }
    let end = r.content.1.min(scan.end);
    let comma = (r.content.0 + 2..end.saturating_sub(3)).find(|&j| {
        ctx.is_punct(j, ",")
            && ctx.is_any(j + 1, &["who", "which"])
            && content::quoted_tokens(scan.quoted, j, j + 1) == 0
    })?;
    let cue = (comma + 2..end.min(comma + 3 + RELATIVE_CUE_REACH))
        .take_while(|&j| {
            ctx.is_word(j) && (ctx.tok(j).starts_with(char::is_lowercase) || ctx.tok(j) == "I")
        })
        .find(|&j| cue::verb_at(ctx, j).is_some())?;
    let c = cue::verb_at(ctx, cue)?;
    // "who is said to …", "which was reported": a passive relative is no report of its own.
    let be = (comma + 2..cue).any(|j| words::is(ctx, j, Class::Be));
    if !c.clause || c.seem || be || scan.passive_at(cue) {
        return None;
    }
    // A relative embedded in the reported clause, which goes on after it ("the plan, which
    // some have argued was costly, was dropped", "… poster, which claimed …, be removed"),
    // leaves the outer row whole.
    let resumed = (cue + 1..end).any(|j| {
        ctx.is_punct(j, ",")
            && (words::is(ctx, j + 1, Class::Be)
                || ctx.function_class(j + 1) == Some(FunctionClass::Auxiliary))
    });
    if resumed {
        return None;
    }
    // A pronoun right before the cue is the relative's own speaker ("which he said …", "who
    // they say …"). Otherwise the relative must give its own row, reaching the outer content's
    // end (less a few closing words): one giving no row ("who told him: “…”") leaves the outer
    // row whole.
    // "which I said …": "I" is a subject pronoun with no function class of its own.
    let speaker = cue == comma + 3
        && (ctx.function_class(comma + 2) == Some(FunctionClass::Pronoun)
            || words::is(ctx, comma + 2, Class::SubjectPronoun));
    if !speaker {
        let here = cue::candidate(ctx, cue)?;
        scan.here.set((cue, here));
        let inner = scan
            .rules
            .first_row(scan, cue, Needs::of(&here) | scan.place(cue))?;
        if inner.content.0 <= cue || inner.content.1 + RELATIVE_TAIL < end {
            return None;
        }
    }
    Some(Reported {
        content: (r.content.0, comma),
        ..r
    })
}

/// A row unless the content is empty, too short, or a direct quotation.
fn row(
    scan: &Scan,
    cue: (usize, usize),
    source: Option<Np>,
    content: (usize, usize),
    kind: CueKind,
) -> Option<Reported> {
    row_of(scan, cue, source, content, kind, 2)
}

/// [`row`] with the fewest content tokens given.
fn row_of(
    scan: &Scan,
    cue: (usize, usize),
    source: Option<Np>,
    content: (usize, usize),
    kind: CueKind,
    fewest: usize,
) -> Option<Reported> {
    let mut r = Reported {
        cue,
        source: source.filter(|&np| source::opens_subject(scan.ctx, scan.sources, np)),
        content,
        kind,
    };
    // Guard `shape_needs`: only the shapes whose need the row's facts meet, in list order.
    let mut have = scan.shape_facts(&r);
    let mut to_try = scan.rules.shapes_for(have);
    while to_try != 0 {
        let i = to_try.trailing_zeros();
        to_try &= to_try - 1;
        if let Step::Shape(shape) = scan.rules.shapes[i as usize].step {
            let shaped = shape(scan, r)?;
            if shaped.source != r.source {
                // The shapes after this one, by the new source's facts.
                have = have & !(Needs::WhoSource as u32) | scan.source_facts(&shaped);
                to_try = scan.rules.shapes_for(have) & u64::MAX.checked_shl(i + 1).unwrap_or(0);
            }
            r = shaped;
        }
    }
    let (a, b) = content::trim_lone_marks(scan.ctx, scan.quoted, r.content.0, r.content.1);
    r.content = (a, b);
    if b < a + fewest || content::mostly_quoted(scan.quoted, a, b) {
        return None;
    }
    Some(r)
}

/// "The situation highlights the tension", "the move underscored …": a verb that shows, whose
/// subject is an abstract noun (a word class), reports nothing: no row.
fn abstract_subject(scan: &Scan, r: Reported) -> Option<Reported> {
    let ctx = scan.ctx;
    let shows = r.cue.1 == r.cue.0 + 1 && words::is(ctx, r.cue.0, Class::EvidenceVerb);
    match r.source {
        Some(np) if shows && words::is(ctx, np.end - 1, Class::AbstractNoun) => None,
        _ => Some(r),
    }
}

/// Rule `modifier_participle`: "where 475 pledged delegates are at stake", "the
/// convention's pledged delegates", "more pledged delegates": a lower-case -ed cue right after
/// a figure (not a year: "in 2008 pledged billions"), a possessive "'s" or "more"/"most", with
/// its content opening on a plain lower-case plural, is an adjective of that noun: no row
/// (a reporting noun keeps it: "Trump's repeated accusations").
fn modifier_participle(scan: &Scan, r: Reported) -> Option<Reported> {
    let ctx = scan.ctx;
    let (v, next) = (r.cue.0, r.cue.0 + 1);
    if r.cue.1 != next || r.content.0 != next || v <= scan.start || next >= ctx.len() {
        return Some(r);
    }
    let participle = !ctx.is_cap(v) && ctx.norm(v).ends_with("ed");
    // Cheap test first: most rows' cues are no lower-case -ed form.
    if !participle {
        return Some(r);
    }
    let year = |k: usize| {
        let w = ctx.tok(k);
        w.len() == 4 && (w.starts_with("19") || w.starts_with("20"))
    };
    let before = v - 1;
    let quantity = ctx.kind(before) == Some(crate::tokenize::TokenKind::Number) && !year(before)
        || ctx.norm(before) == "'s"
        || ctx.is_any(before, &["more", "most"]);
    let w = ctx.norm(next);
    let plural = ctx.is_word(next)
        && !ctx.is_cap(next)
        && ctx.function_class(next).is_none()
        && w.ends_with('s')
        && !w.ends_with("ss")
        && !w.ends_with("ly");
    // "Trump's repeated accusations": a reporting noun still reports; the row stays (looked
    // up only when the rest holds).
    (!(quantity && plural) || cue::noun_at(ctx, next).is_some()).then_some(r)
}

/// Most words between an indefinite article and a naming participle ("a newly formed super PAC
/// called").
const NAMED_NOUN_REACH: usize = 6;

/// Rule `naming_participle`: "a group called Black Votes Matter", "a firm called Cambridge
/// Analytica", "one PAC called Stop Hillary": a naming participle (`called`, `dubbed`:
/// `quote_naming_participles.txt`) after a noun phrase opened by "a", "an" or "one"
/// (`indirect_indefinites.txt`; only words and determiners between), before a name, gives the
/// noun its name; it reports
/// nothing: no row. A subject with the active verb is definite or a name ("The senator called
/// Vale a liar", "Vale called Cole").
fn naming_participle(scan: &Scan, r: Reported) -> Option<Reported> {
    let ctx = scan.ctx;
    let (v, n) = (r.cue.0, r.cue.0 + 1);
    if r.cue.1 != n || v <= scan.start || n >= scan.end || ctx.is_cap(v) {
        return Some(r);
    }
    if !naming_participle_word(ctx, v) {
        return Some(r);
    }
    let named = ctx.is_cap(n) || ctx.norm(n) == "the" && n + 1 < scan.end && ctx.is_cap(n + 1);
    let noun_before = ctx.is_word(v - 1) && ctx.function_class(v - 1).is_none();
    let indefinite = (v.saturating_sub(NAMED_NOUN_REACH).max(scan.start)..v)
        .rev()
        .take_while(|&k| {
            ctx.is_word(k)
                && ctx
                    .function_class(k)
                    .is_none_or(|f| f == FunctionClass::Determiner)
        })
        .any(|k| super::lexicons::INDEFINITES.contains(ctx.lower(k).as_ref()));
    (!(named && noun_before && indefinite)).then_some(r)
}

/// The first letters of `quote_naming_participles.txt` ([`words::Initials`]): rule
/// `naming_participle` reads the cue of every row.
static NAMING_INITIALS: LazyLock<words::Initials> = LazyLock::new(|| {
    words::Initials::of(
        super::lexicons::NAMING_PARTICIPLES
            .iter()
            .map(String::as_str),
    )
});

/// For rule `naming_participle`: is token `v`, as written, a naming participle ("called",
/// "named")? The first-letter filter, then the lookup.
fn naming_participle_word(ctx: &Ctx, v: usize) -> bool {
    NAMING_INITIALS.may_hold(ctx.norm(v)) && naming_participle_word_naive(ctx, v)
}

/// [`naming_participle_word`] without its filter (its oracle in the tests).
fn naming_participle_word_naive(ctx: &Ctx, v: usize) -> bool {
    super::lexicons::NAMING_PARTICIPLES.contains(ctx.norm(v))
}

/// Rule `in_response`: "The party acted in response to the ruling", "said in response to a
/// question": "in response to" tells what an act answers; its object is nobody's words (no
/// row). "Vale's response to the ruling" keeps its row.
fn in_response(scan: &Scan, r: Reported) -> Option<Reported> {
    let ctx = scan.ctx;
    let v = r.cue.0;
    let adverbial = v > scan.start && ctx.norm(v) == "response" && ctx.lower(v - 1) == "in";
    (!adverbial).then_some(r)
}

/// Rule `infinitive_find`: "trying to find a balance", "likely to find plenty of music": "find"
/// after "to" is finding a thing, not a finding reported, unless "that" opens its clause
/// ("expected to find that prices rose"): no row.
fn infinitive_find(scan: &Scan, r: Reported) -> Option<Reported> {
    let ctx = scan.ctx;
    let v = r.cue.0;
    let infinitive = v > scan.start
        && r.cue.1 == v + 1
        && ctx.norm(v) == "find"
        && ctx.norm(v - 1) == "to"
        && !(r.content.0 > v && ctx.is_any(r.content.0 - 1, &["that"]));
    (!infinitive).then_some(r)
}

/// "public statements emphasizing …", "issued a statement saying …": the statement is the
/// report, not its speaker; the row stays, with no source named.
fn utterance_source(scan: &Scan, r: Reported) -> Option<Reported> {
    let ctx = scan.ctx;
    let noun_before =
        |np: Np| np.end == r.cue.0 && words::is(ctx, np.end - 1, Class::UtteranceNoun);
    match r.source {
        Some(np) if ctx.norm(r.cue.0).ends_with("ing") && noun_before(np) => {
            Some(Reported { source: None, ..r })
        }
        _ => Some(r),
    }
}

/// Rule `subject_relative`: "Voters who backed the mayor said the bridge should reopen",
/// "Others who want to ban the tax argued …", "Vale, who once praised the plan, now opposes
/// it": a cue whose source is the "who" of a relative clause on the sentence's subject (no
/// verb in the sentence before the phrase's head) and whose content is a phrase, not a clause
/// of its own, reports up to the comma or the main clause's verb that ends the relative (see
/// [`relative_clause_end`]); the scan resumes there and finds the main verb's row, with the
/// phrase before "who" as its source (source step `relative_antecedent`). A clause content
/// ("who say the plan failed …") has verbs of its own that cannot be told from the main one.
fn subject_relative(scan: &Scan, r: Reported) -> Option<Reported> {
    let ctx = scan.ctx;
    let Some(np) = r.source else {
        return Some(r);
    };
    let w = np.start;
    if np.end != w + 1 || ctx.tok(w) != "who" || w <= scan.start || w >= r.cue.0 {
        return Some(r);
    }
    // The phrase before "who" is the subject: it ends on a noun (or the comma after one) and
    // no verb stands before its head ("Hawkins and others who", not "battled the voters who").
    let before = if ctx.is_punct(w - 1, ",") { w - 1 } else { w };
    if before <= scan.start
        || !ctx.is_word(before - 1)
        || ctx.function_class(before - 1).is_some()
        || content::has_finite_verb(ctx, scan.start, before - 1)
    {
        return Some(r);
    }
    let clause =
        scan.facts(r.cue.0).verb.is_some_and(|c| c.clause) && !ctx.is_any(r.content.0, &["to"]);
    if clause {
        return Some(r);
    }
    let Some(m) = relative_clause_end(ctx, scan.quoted, r.content) else {
        return Some(r);
    };
    let mut end = m;
    while end > r.content.0
        && (ctx.is_punct(end - 1, ",")
            || ctx.function_class(end - 1) == Some(FunctionClass::Adverb))
    {
        end -= 1;
    }
    // A one-word object ("who backs Randolph, …") would fall under the rows' fewest tokens
    // and lose the row: it keeps its content as found.
    if end < r.content.0 + 2 {
        return Some(r);
    }
    Some(Reported {
        content: (r.content.0, end),
        ..r
    })
}

/// For rule `subject_relative`: where a subject's relative clause ends inside the phrase
/// content `(a, b)` of its cue: at the first comma outside a quotation ("who backed Cruz, is
/// launching …", "who supports Trump, Golvach lost …"), or before the main clause's verb
/// ("who want to ban abortion said", "partisans who prefer other candidates still want"): a
/// lower-case auxiliary, -ed word (not before "by": "the speech delivered by"), listed
/// irregular past or a quote cue's past form ("said", "told"), or a bare listed cue verb after a plural and before a word, after a word
/// that may end a noun phrase (adverbs between), with no subordinator or clause word before it in the content
/// ("shortly after the winner was declared").
fn relative_clause_end(
    ctx: &Ctx,
    quoted: &[(usize, usize)],
    (a, b): (usize, usize),
) -> Option<usize> {
    for m in a + 1..b {
        if ctx.is_punct(m, ",") && content::quoted_tokens(quoted, m, m + 1) == 0 {
            return Some(m);
        }
        if source::subordinator(ctx, m) || words::is(ctx, m, Class::ClauseWord) {
            return None;
        }
        if main_verb_at(ctx, a, m) {
            return Some(m);
        }
    }
    None
}

/// For [`relative_clause_end`]: is token `m` a main clause's verb after a subject phrase?
fn main_verb_at(ctx: &Ctx, a: usize, m: usize) -> bool {
    if ctx.is_cap(m) || !ctx.is_word(m) {
        return false;
    }
    let w = ctx.norm(m);
    let plain = ctx.function_class(m).is_none();
    // A quote cue's past form ("said", "told", "wrote") is finite too.
    let past_cue = ctx.cue(m).is_some_and(|f| !f.base && !f.third && !f.ing);
    let sure = (content::finite_at(ctx, m, true) || past_cue)
        && !(w.ends_with('s') && plain)
        && !ctx.is_any(m + 1, &["by"]);
    let mut p = m - 1;
    while p > a
        && (ctx.function_class(p) == Some(FunctionClass::Adverb) || ctx.norm(p).ends_with("ly"))
    {
        p -= 1;
    }
    // A bare cue verb is a noun as often ("the harbour plan"): only after a plural noun and
    // before a word ("consumption taxes agree that").
    let plural = |k: usize| {
        let n = ctx.norm(k);
        n.ends_with('s') && !n.ends_with("ss") && !ctx.is_cap(k)
    };
    let cue_verb = plain
        && !w.ends_with('s')
        && plural(p)
        && ctx.is_word(m + 1)
        && cue::verb_at(ctx, m).is_some_and(|c| !c.ing);
    if !sure && !cue_verb {
        return false;
    }
    ctx.is_word(p)
        && ctx.function_class(p).is_none()
        && !ctx.is_preposition(p)
        && !ctx.is_pronoun(p)
}

/// "“We won,” Vale said Sunday on radio", "“…,” Vale said when the crowd cheered": a cue right
/// after a quotation that opens its sentence, or whose subject is, attributes that quotation;
/// the words after it are no reported clause (no row) unless "that" or a subject and its verb
/// open them ("“…,” Mr Fogg said consumers had to be careful").
fn quote_tail(scan: &Scan, r: Reported) -> Option<Reported> {
    let (ctx, v, c) = (scan.ctx, r.cue.0, r.content.0);
    if c <= v || ctx.is_any(c - 1, &["that"]) {
        return Some(r);
    }
    // Cheap test first: the quotation opens the sentence and closes in it, not one closing the
    // sentence before, nor a quoted title after a fronted phrase ("In a talk about “Dummies,”
    // the actor said").
    let closes_at = |j: usize| {
        j > scan.start && {
            let q = scan.quoted.partition_point(|&(_, after)| after < j);
            scan.quoted
                .get(q)
                .is_some_and(|&(open, after)| after == j && open <= scan.start)
        }
    };
    let subject_first = r
        .source
        .is_some_and(|np| np.end == v && closes_at(np.start));
    if !(subject_first || closes_at(v)) {
        return Some(r);
    }
    let opens_clause = !words::is(ctx, c, Class::ClauseOpener)
        && !ctx.is_preposition(c)
        && !adjunct_tail(ctx, c, r.content.1)
        && (!ctx.norm(c).ends_with("ing") || ctx.is_cap(c))
        && content::has_finite_verb(ctx, c, r.content.1);
    opens_clause.then_some(r)
}

/// Step `adjunct_tail` of [`quote_tail`]: "“…,” Vale said Sunday in Modesto as the crowd
/// roared", "said happily on radio": time words and -ly adverbs, then a preposition (or
/// nothing), tell when, where or how the quotation was said; a verb later in the tail ("roared",
/// "news" read as a verb) belongs to an adjunct clause, so the tail opens no reported clause.
fn adjunct_tail(ctx: &Ctx, c: usize, end: usize) -> bool {
    let adverb = |j: usize| {
        ctx.is_word(j)
            && !ctx.is_cap(j)
            && ctx.function_class(j).is_none()
            && ctx.norm(j).ends_with("ly")
    };
    let lead = (c..end)
        .find(|&j| ctx.is_preposition(j) || !(words::is(ctx, j, Class::TimeWord) || adverb(j)))
        .unwrap_or(end);
    lead > c && (lead == end || ctx.is_preposition(lead))
}

/// Most tokens between a sentence's opening conjunction and a cue in its clause.
const FRONTED_CUE: usize = 2;

/// "When asked whom she backed, she laughed.": a cue in a clause opened by a conjunction or
/// preposition at the sentence start reports up to that clause's comma, not the main clause
/// (`None` when its content would start past that comma). A participle opening the sentence
/// ("Having announced that …, Judge Berman …") has the main clause's subject as its own.
fn fronted_clause(scan: &Scan, r: Reported) -> Option<Reported> {
    let ctx = scan.ctx;
    let (cue, content) = (r.cue, r.content);
    let fronted = cue.0 > scan.start
        && cue.0 <= scan.start + FRONTED_CUE
        && content.0 > cue.0
        && ctx.is_cap(scan.start)
        && (ctx.function_class(scan.start) == Some(FunctionClass::Other)
            || ctx.fronted_participle(scan.start));
    if !fronted {
        return fronted_subordinate(scan, r);
    }
    let comma = (cue.1..scan.end).find(|&j| ctx.is_punct(j, ","));
    if comma.is_some_and(|c| c < content.0) {
        return None;
    }
    let participle = ctx.fronted_participle(scan.start);
    let main = comma
        .filter(|_| participle)
        .and_then(|c| source::main_clause_subject(ctx, c, scan.end));
    let end = comma.map_or(content.1, |c| c.min(content.1));
    Some(Reported {
        content: (content.0, end),
        source: r.source.or(main),
        ..r
    })
}

/// Most tokens from the sentence's first token to a fronted non-finite cue ("When asked to
/// confirm").
const FRONTED_NONFINITE_CUE: usize = 3;

/// Most tokens from a fronted non-finite cue to the comma that closes its clause.
const FRONTED_NONFINITE_REACH: usize = 40;

/// Most commas tried after a fronted non-finite cue ("Rattling off promises to cut taxes,
/// build roads and fund schools, Vale …": the list's commas are not the clause's).
const FRONTED_NONFINITE_COMMAS: usize = 3;

/// Rule `fronted_nonfinite`: "To address the cost of housing, Vale proposed …", "Besides
/// attacking the mayor, Vale praised …", "When asked to confirm the meeting, a spokesman
/// declined": a cue opening the sentence's clause with no subject of its own (an infinitive
/// after a capitalised "To" or after "asked to" right after a conjunction, or an -ing form after
/// a capitalised preposition or conjunction) reports up to the comma that closes that clause,
/// and the subject of the main clause after that comma is its source. The comma is the first of
/// at most [`FRONTED_NONFINITE_COMMAS`] after the cue with a main clause's subject and verb
/// after it; a row with a source keeps it.
fn fronted_nonfinite(scan: &Scan, r: Reported) -> Option<Reported> {
    let ctx = scan.ctx;
    let (s, c) = (scan.start, r.cue.0);
    if r.source.is_some()
        || c == s
        || c > s + FRONTED_NONFINITE_CUE
        || r.content.0 <= c
        || !ctx.is_cap(s)
    {
        return Some(r);
    }
    let ing = r.cue.1 == c + 1 && ctx.with_lower(c, |w| w.ends_with("ing"));
    let opener = |k: usize| {
        ctx.is_preposition(k)
            || words::is(ctx, k, Class::ParticipleConjunction)
            || words::is(ctx, k, Class::FrontedPreposition)
            || words::is(ctx, k, Class::Connective)
    };
    let shape = match c - s {
        // "To address …"
        1 if !ing => ctx.is_any(s, &["to"]),
        // "Besides attacking …", "After meeting …"
        1 => opener(s),
        // "Asked to confirm …"
        2 => !ing && ctx.is_any(s, &["asked"]) && ctx.is_any(s + 1, &["to"]),
        // "When asked to confirm …"
        _ => {
            !ing && words::is(ctx, s, Class::ParticipleConjunction)
                && ctx.is_any(s + 1, &["asked"])
                && ctx.is_any(s + 2, &["to"])
        }
    };
    if !shape {
        return Some(r);
    }
    let high = scan.end.min(r.cue.1 + FRONTED_NONFINITE_REACH);
    let found = (r.cue.1..high)
        .filter(|&j| ctx.is_punct(j, ","))
        .take(FRONTED_NONFINITE_COMMAS)
        .find_map(|comma| {
            source::main_clause_subject(ctx, comma, scan.end)
                .filter(|np| source::opens_subject(ctx, scan.sources, *np))
                .map(|np| (comma, np))
        });
    let Some((comma, np)) = found else {
        return Some(r);
    };
    if comma <= r.content.0 {
        return None;
    }
    Some(Reported {
        content: (r.content.0, r.content.1.min(comma)),
        source: Some(np),
        kind: kind_for(scan, r.kind, Some(np)),
        ..r
    })
}

/// Most tokens between a sentence's opening subordinator and a cue in its clause: its subject
/// and adverbs, and a first verb and its object before a coordinated cue ("While he is in good
/// health and has shown stamina …, aides acknowledge": at 6 the cue's content ran on over the
/// main clause, whose own report was then never read).
const FRONTED_SUBJECT: usize = 16;

/// Rule `fronted_subordinate` (of `fronted_clause`): "While Clinton wrongly claimed that the
/// videos exist, experts affirm …": a cue further into a clause opened by a subordinator
/// (`indirect_subordinators.txt`, "because", "when") at the sentence start, with no mark
/// before it, reports up to the clause's comma when its content starts before that comma; the
/// main clause after it is not its report ("As Breitbart reported, the White House …" is left
/// as found).
fn fronted_subordinate(scan: &Scan, r: Reported) -> Option<Reported> {
    let ctx = scan.ctx;
    let (cue, content) = (r.cue, r.content);
    let opens = cue.0 > scan.start + FRONTED_CUE
        && cue.0 <= scan.start + FRONTED_SUBJECT
        && content.0 > cue.0
        && ctx.is_cap(scan.start)
        && (source::subordinator(ctx, scan.start) || ctx.is_any(scan.start, &["because", "when"]))
        && (scan.start + 1..cue.0).all(|k| ctx.is_word(k));
    if !opens {
        return Some(r);
    }
    match (content.0..content.1).find(|&j| ctx.is_punct(j, ",")) {
        Some(c) if c > content.0 + 1 => Some(Reported {
            content: (content.0, c),
            ..r
        }),
        _ => Some(r),
    }
}

/// The kind of a verb cue given its source: "the poll found" reports a document.
fn kind_for(scan: &Scan, kind: CueKind, source: Option<Np>) -> CueKind {
    match source {
        Some(np) if cue::source_is_document(scan.ctx, np.start, np.end) => CueKind::Document,
        _ => kind,
    }
}

fn according_to(scan: &Scan, k: usize) -> Option<Reported> {
    let ctx = scan.ctx;
    // "to" and its source in the same sentence: "according" may end one ("…, according\n\nto
    // early returns" is two).
    if !scan.facts(k).according || k + 2 >= scan.end || !ctx.is_any(k + 1, &["to"]) {
        return None;
    }
    let mut np = ctx
        .np_starting_at(k + 2, scan.end)
        .or_else(|| according_words(scan, k + 2))?;
    // The chunker stops at a word that may be a verb ("a new report"): a lower-case word
    // before the comma or the sentence end is still the source's head.
    // Step `according_participle`: a past participle before a preposition ends the head.
    while np.end < scan.end
        && np.end < k + 12
        && ctx.is_word(np.end)
        && ctx.function_class(np.end).is_none()
        && !ctx.is_preposition(np.end)
        && ctx.tok(np.end).starts_with(char::is_lowercase)
        && !participle_phrase_at(ctx, np.end)
    {
        np.end += 1;
    }
    // The aside's comma is sought as far as before the step (the participle read as a word).
    let reach = np.end + 12 + usize::from(participle_phrase_at(ctx, np.end));
    let kind = cue_kind_of(ctx, k);
    let cue = (k, k + 2);
    // Skip an "of"-phrase or apposition after the source: "according to a report by X,".
    let comma = (np.end..scan.end.min(reach)).find(|&j| ctx.is_punct(j, ","));
    let fronted = k == scan.start || (k == scan.start + 1 && ctx.is_word(scan.start));
    if fronted {
        let c = comma?;
        let end = content::clause_end(ctx, scan.quoted, c + 1, scan.end);
        return row(scan, cue, Some(np), (c + 1, end), kind);
    }
    if !(k > scan.start && matches!(ctx.tok(k - 1), "," | "—" | "(")) {
        return according_unmarked(scan, k, np, comma);
    }
    // "X, according to Y, is Z": the clause runs on after the aside.
    let end = match comma {
        Some(c) if c + 1 < scan.end && !content::ends_clause(ctx, c + 1) => {
            content::clause_end(ctx, scan.quoted, c + 1, scan.end)
        }
        _ => k - 1,
    };
    row(scan, cue, Some(np), (scan.start, end), kind)
}

/// Step `according_participle` of `according_to`: a lower-case past participle in -ed before
/// a preposition at `k` ("a statement carried by the agency", "figures released on Monday")
/// opens a phrase after the source's head, no word of its name.
fn participle_phrase_at(ctx: &Ctx, k: usize) -> bool {
    ctx.norm(k).ends_with("ed")
        && ctx.tok(k).starts_with(char::is_lowercase)
        && ctx.is_preposition(k + 1)
}

/// Most words of a source phrase after "according to" that the chunker does not read.
const ACCORDING_WORDS: usize = 10;

/// Most tokens from the end of an unmarked "according to" phrase's source to its sentence end
/// or comma ("released Monday").
const UNMARKED_TAIL: usize = 3;

/// Step `according_unmarked` of `according_to`: "Reyes leads Ames by 271 delegates according
/// to a count by the AP.": no comma before "according" at `k`, the source phrase `np` closes
/// the sentence (or a comma follows within [`UNMARKED_TAIL`] tokens, at `comma`), and the
/// words before it are a clause of their own after a word that is no function word ("is
/// according to", "exactly according to the law" are no attribution), and the source holds a
/// document noun (a poll, data, figures, a count); the clause before is the content.
fn according_unmarked(scan: &Scan, k: usize, np: Np, comma: Option<usize>) -> Option<Reported> {
    let ctx = scan.ctx;
    if k < scan.start + 3 {
        return None;
    }
    let before = k - 1;
    let plain_word = ctx.is_word(before) && ctx.function_class(before).is_none();
    // A document informs ("according to a CBS poll", "official data"); "operate according to
    // a strict code", "put in categories according to voting intention" name a manner.
    let document = || (np.start..np.end).any(|j| cue::document_noun_at(ctx, j));
    if !plain_word || !document() {
        return None;
    }
    // The sentence end is looked for only as far as it may be: past the tail the step
    // rejects whatever comes (so one long sentence is not re-read at each "according to").
    let reach = scan.end.min(np.end + UNMARKED_TAIL + 1);
    let sentence_end = (np.end..reach).find(|&j| content::ends_clause(ctx, j));
    let close = match (comma, sentence_end) {
        (Some(c), Some(e)) => c.min(e),
        (c, e) => c.or(e).unwrap_or(scan.end),
    };
    if close > np.end + UNMARKED_TAIL || !scan.finite_verb_before(before) {
        return None;
    }
    let kind = cue_kind_of(ctx, k);
    row(scan, (k, k + 2), Some(np), (scan.start, k), kind)
}

/// Step `according_words` of rule `according_to`: "according to early returns", "according to
/// state corporate records", "according to the most recent count": where the chunker reads no
/// phrase after "according to" (it stops at "early", "state", "most"), the words up to the
/// comma or the sentence end, none a verb, are the source.
fn according_words(scan: &Scan, start: usize) -> Option<Np> {
    let ctx = scan.ctx;
    let limit = scan.end.min(start + ACCORDING_WORDS + 1);
    let end = (start..limit).find(|&j| !ctx.is_word(j)).unwrap_or(limit);
    let closed = end >= scan.end || ctx.is_punct(end, ",") || content::ends_clause(ctx, end);
    // A sure verb only: "records", "returns" are plural nouns here.
    if end <= start || !closed || content::has_verb_sure(ctx, start, end) {
        return None;
    }
    Some(Np {
        start,
        end,
        mention_start: start,
        kind: NpKind::Common,
    })
}

/// Longest document phrase after "in", in tokens ("a CBS News poll last month").
const DOCUMENT_PHRASE: usize = 8;

fn in_document(scan: &Scan, k: usize) -> Option<Reported> {
    let ctx = scan.ctx;
    // Cheap tests first: "in" opens the sentence (after at most one word).
    let fronted = k == scan.start || (k == scan.start + 1 && ctx.is_word(scan.start));
    if !fronted || !scan.facts(k).within {
        return None;
    }
    let np = ctx.np_starting_at(k + 1, scan.end)?;
    // The phrase's head is a poll or survey, at its end or before a time word ("last month").
    let head = (np.start..np.end.min(np.start + DOCUMENT_PHRASE))
        .find(|&j| cue::document_noun_at(ctx, j))?;
    let cue = (k, k + 1);
    let after = (head + 1..scan.end.min(head + 4))
        .find(|&j| !ctx.is_word(j))
        .unwrap_or(scan.end);
    if !ctx.is_punct(after, ",") {
        return None;
    }
    let end = content::clause_end(ctx, scan.quoted, after + 1, scan.end);
    // "In its report, the agency found that …": the verb is the cue, not the phrase. ("… leads
    // in the polls" is not read: there the poll locates a standing more often than reports it.)
    let verb_cue = (after + 1..end).any(|j| cue::verb_at(ctx, j).is_some_and(|c| c.clause));
    if verb_cue || !content::has_finite_verb(ctx, after + 1, end) {
        return None;
    }
    row(scan, cue, Some(np), (after + 1, end), CueKind::Document)
}

/// Whether the document is a transcript: speaker labels ([`Ctx::transcript_label`]) open
/// paragraphs, two different ones at least, and one label's last word opens two or more
/// (`TAPPER:` … `FALLIN:` … `TAPPER:`). A heading's label (`UPDATE:`, `EXCLUSIVE:`, a class
/// of `indirect_words.txt`) counts for nothing, and one label repeated alone (`BREAKING:` …
/// `BREAKING:`, a dateline `WASHINGTON:` on every story of a digest) is no conversation
/// (rev19). Read once per document, at the sentences that open a paragraph.
fn transcript_document(ctx: &Ctx, sentences: &[Sentence]) -> bool {
    let mut labels: FastSet<&str> = FastSet::default();
    let mut repeated = false;
    for s in sentences {
        let first = s.token_start;
        let limit = s.token_end.min(ctx.len());
        let last_word = if let Some(l) = ctx.emphasised_transcript_label(first, limit) {
            // A one-letter label (`**Q:**`) counts, as a named one does; `**Photo:**` not.
            if !(l.end == l.start + 1 && ctx.tok(l.start).len() == 1 || named_label(ctx, &l)) {
                continue;
            }
            l.end - 1
        } else {
            if !ctx.starts_paragraph(first) {
                continue;
            }
            let Some(colon) = ctx.transcript_label(first, limit) else {
                continue;
            };
            if heading_label(ctx, first, colon) {
                continue;
            }
            colon - 1
        };
        repeated |= !labels.insert(ctx.tok(last_word));
        if repeated && labels.len() >= 2 {
            return true;
        }
    }
    false
}

/// Most words of a heading's label (`Read more:`, `Image caption:`).
const HEADING_LABEL_WORDS: usize = 2;

/// Is `start..colon` a heading's label before its colon, never a speaker: one or two words of
/// class `heading_label` (`Background:`, `UPDATE:`, and page furniture: `Photo:`, `Read
/// more:`, `Image caption:`, a match report's `Subs:`, `Booked:`)?
fn heading_label(ctx: &Ctx, start: usize, colon: usize) -> bool {
    colon > start
        && colon <= start + HEADING_LABEL_WORDS
        && (start..colon).all(|j| words::is(ctx, j, Class::HeadingLabel))
}

/// Rule `transcript_turn`: in a transcript ([`transcript_document`]), a paragraph opening with
/// a speaker label (`FALLIN: Well, I think …`, `JAKE TAPPER: Take a listen.`) is that
/// speaker's turn: one row, its content the paragraph after the colon, its source the label
/// (as rule `transcript` reads a quotation opening with one). The reports inside the turn
/// are its words.
fn transcript_turn(scan: &Scan, k: usize) -> Option<Reported> {
    let ctx = scan.ctx;
    if !scan.transcript {
        return None;
    }
    if let Some(l) = ctx
        .emphasised_transcript_label(scan.start, k + 1)
        .filter(|l| l.colon == k)
    {
        return emphasised_turn(scan, &l);
    }
    if !ctx.starts_paragraph(scan.start) {
        return None;
    }
    ctx.transcript_label(scan.start, k + 1)
        .filter(|&c| c == k)?;
    // "UPDATE: …" is a heading's label, not a speaker.
    if heading_label(ctx, scan.start, k) {
        return None;
    }
    let para = ctx.paragraph_of(k);
    let end = (k + 1..ctx.len())
        .find(|&j| ctx.paragraph_of(j) != para)
        .unwrap_or(ctx.len());
    let label = Np {
        start: scan.start,
        end: k,
        mention_start: scan.start,
        kind: NpKind::Name,
    };
    row(scan, (k, k + 1), Some(label), (k + 1, end), CueKind::Speech)
}

/// Rule `emphasised_transcript_turn`: in a transcript, a line opening with a Markdown label
/// that names a person ([`named_label`]: `**Ann Cole:** Because …`) is that person's turn,
/// its content the text after the closing mark up to the paragraph's end or the next line
/// that opens with emphasis (a Markdown transcript may break its turns at single line
/// breaks; a hard-wrapped turn goes on over its line breaks). A one-letter label (`**Q:**`, `**A:**`) names nobody: no row, as a
/// plain `Q:` gives none.
fn emphasised_turn(scan: &Scan, l: &MarkedLabel) -> Option<Reported> {
    let ctx = scan.ctx;
    if !named_label(ctx, l) || l.after >= ctx.len() || ctx.line_before(l.after) {
        return None;
    }
    let para = ctx.paragraph_of(l.after);
    let end = (l.after + 1..ctx.len())
        .find(|&j| ctx.paragraph_of(j) != para || ctx.line_before(j) && ctx.is_emphasis(j))
        .unwrap_or(ctx.len());
    let label = Np {
        start: l.start,
        end: l.end,
        mention_start: l.start,
        kind: NpKind::Name,
    };
    row(
        scan,
        (l.colon, l.colon + 1),
        Some(label),
        (l.after, end),
        CueKind::Speech,
    )
}

/// An emphasised label that names a person: two words or more (`Ann Cole`, `Mr. Cole`), or
/// one listed first name (`**Ann:**`); one other word (`**Photo:**`, `**Update:**`) labels
/// the page (rule `emphasised_one_word_label` reads quotations so), and so does a label of
/// heading words only ([`heading_label`]: `**Read More:**`, `**Key Points:**`).
fn named_label(ctx: &Ctx, l: &MarkedLabel) -> bool {
    if heading_label(ctx, l.start, l.end) {
        return false;
    }
    if l.end > l.start + 1 {
        return true;
    }
    FIRST_NAMES.get(ctx.tok(l.start)).is_some()
}

/// Adjectives whose "to" infinitive an "it" stands for (`indirect_extraposing_adjectives.txt`).
static EXTRAPOSING_ADJECTIVES: LazyLock<FastSet<String>> = LazyLock::new(|| {
    lexicon::lowercase_set(include_str!(
        "../../../data/lexicons/indirect_extraposing_adjectives.txt"
    ))
});

/// Most words between an expletive "it" and the "to" of its infinitive: "is", "not", an
/// adverb and the adjective ("It is entirely possible to", "it's hard not to").
const EXPLETIVE_REACH: usize = 5;

/// Rule `extraposed_it` (a `Shape`): "It's hard to know where …", "it is important to note that …",
/// "it's easy to see why …": an "it" followed by a form of "be", an extraposing adjective
/// (`indirect_extraposing_adjectives.txt`), an optional "not" and "to" right before the cue verb stands for the
/// infinitive itself, not for anyone: the row keeps its content with no source (PolNeAR gives
/// none; the subject search took the "it"). A referring "it" ("it pledged to help", "it is
/// ready to sue") keeps its place: the adjective is listed.
fn extraposed_it(scan: &Scan, r: Reported) -> Option<Reported> {
    let ctx = scan.ctx;
    let v = r.cue.0;
    let Some(np) = r.source else {
        return Some(r);
    };
    let it = np.mention_start;
    if np.end > it + 2 || !ctx.is_any(it, &["it"]) || v < it + 4 || v - it > EXPLETIVE_REACH + 1 {
        return Some(r);
    }
    let be = it + 1;
    let be_form = words::is(ctx, be, Class::Be) || ctx.is_any(be, &["'s", "’s"]);
    let to = v - 1;
    let mut a = to;
    if ctx.is_any(a - 1, &["not"]) {
        a -= 1;
    }
    let adjective = a - 1 > be && ctx.with_lower(a - 1, |w| EXTRAPOSING_ADJECTIVES.contains(w));
    // Only adverbs between "be" and the adjective ("entirely possible"): lower-case -ly words.
    let adverbs =
        (be + 1..a - 1).all(|j| ctx.is_word(j) && !ctx.is_cap(j) && ctx.norm(j).ends_with("ly"));
    let expletive = be_form && ctx.is_any(to, &["to"]) && adjective && adverbs;
    Some(if expletive {
        Reported { source: None, ..r }
    } else {
        r
    })
}

/// Longest name before a headline's colon, in tokens ("McCain Challenger Kelli Ward").
const HEADLINE_NAME: usize = 5;

fn headline_colon(scan: &Scan, k: usize) -> Option<Reported> {
    let ctx = scan.ctx;
    if !scan.facts(k).colon || k == scan.start || k > scan.start + HEADLINE_NAME {
        return None;
    }
    // "Background: US Threats …": a heading's label, not a speaker.
    if heading_label(ctx, scan.start, k) {
        return None;
    }
    // Every word of the name is capitalised.
    let name =
        (scan.start..k).all(|j| ctx.is_word(j) && ctx.is_cap(j) && ctx.function_class(j).is_none());
    // "Vale: ‘…’" is a quoted headline (a quote row), not reported words.
    if !name || ctx.is_quote_mark(k + 1) {
        return None;
    }
    let np = ctx.np_starting_at(scan.start, k).filter(|np| np.end == k)?;
    let end = content::clause_end(ctx, scan.quoted, k + 1, scan.end);
    // A flattened headline runs into the story: a reporting verb there is the story's cue.
    let runs_on = (k + 1..end).any(|j| cue::verb_at(ctx, j).is_some_and(|c| c.clause));
    if end < k + 4 || runs_on {
        return None;
    }
    row(scan, (k, k + 1), Some(np), (k + 1, end), CueKind::Speech)
}

/// Longest question after an opening "Asked", in tokens.
const OPENING_QUESTION: usize = 40;

fn asked_opening(scan: &Scan, k: usize) -> Option<Reported> {
    if k != scan.start || !scan.facts(k).opening {
        return None;
    }
    let ctx = scan.ctx;
    let c = ctx.with_lower(k, cue::verb_named)?;
    // "Asked whether …" keeps its wh-word; "Asked about …" starts after the preposition.
    let (cue_end, start) = if c.clause && words::is(ctx, k + 1, Class::ClauseOpener) {
        (k + 1, k + 1)
    } else if ctx.with_lower(k + 1, |w| c.takes_preposition(w)) {
        (k + 2, k + 2)
    } else {
        return None;
    };
    let limit = scan.end.min(start + OPENING_QUESTION);
    let comma = (start..limit).find(|&j| ctx.is_punct(j, ","))?;
    row(scan, (k, cue_end), None, (start, comma), c.kind)
}

/// Whether the sentence opens with a question `asked_opening` reads ("Asked whether …,").
fn opens_with_asked(scan: &Scan) -> bool {
    let Some(here) = cue::opening(scan.ctx, scan.start).filter(|h| h.opening) else {
        return false;
    };
    let current = scan.here.replace((scan.start, here));
    let found = asked_opening(scan, scan.start).is_some();
    scan.here.set(current);
    found
}

/// Tokens an attribution may have after its verb before the sentence ends ("on Monday").
const TAIL: usize = 5;

/// Words a trailing attribution's subject phrase may have before the chunker's phrase.
const SUBJECT_REACH: usize = 6;

/// The form of a trailing attribution's verb at `v`: (-ing, bare, reports a clause). The quote
/// stage's cue form; a verb only the indirect lexicon lists ("…, many economists believe.") is
/// read from its word (bare unless it ends in -s or is a past) when it closes its clause.
fn trailing_form(scan: &Scan, v: usize) -> Option<(bool, bool, bool)> {
    let ctx = scan.ctx;
    match ctx.cue(v) {
        Some(form) => Some((
            form.ing,
            form.base,
            form.indirect || scan.facts(v).verb.is_some_and(|c| c.clause),
        )),
        None => {
            // Such a verb closes its clause right there ("…, many economists believe.").
            let closes =
                v + 1 >= scan.end || ctx.is_punct(v + 1, ",") || content::ends_clause(ctx, v + 1);
            let c = scan.facts(v).verb.filter(|c| c.clause && closes)?;
            let w = ctx.norm(v);
            let past = w.ends_with("ed") || cue::irregular_past_at(ctx, v);
            Some((c.ing, !w.ends_with('s') && !past, true))
        }
    }
}

/// Does the sentence (or an aside) end within a few tokens after cue `v`, as it does after a
/// trailing attribution?
fn ends_near(scan: &Scan, v: usize) -> bool {
    let ctx = scan.ctx;
    (v + 1..scan.end.min(v + 2 + 2 * TAIL))
        .any(|j| !content::plain(ctx, j) && (content::ends_clause(ctx, j) || ctx.is_punct(j, ",")))
        || v + 1 >= scan.end
}

fn trailing_attribution(scan: &Scan, v: usize) -> Option<Reported> {
    let ctx = scan.ctx;
    if v < scan.start + 3 || noun_marked(ctx, v) || noun_first(ctx, v) {
        return None;
    }
    let (ing, bare, is_speech) = trailing_form(scan, v)?;
    // A bare form at the end of a sentence is a noun ("his home state") unless a plural or a
    // pronoun says it ("officials say", "they argue"); checked below with the subject.
    if ing || !is_speech || v < scan.start + 3 || !ctx.tok(v).starts_with(char::is_lowercase) {
        return None;
    }
    // Cheap test first. "Asked whether it rained, Vale said no.": the opening question is its
    // own row (`asked_opening`), and the answer is no trailing attribution of it.
    if !ends_near(scan, v) || opens_with_asked(scan) {
        return None;
    }
    // ", said Ann Vale" or ", officials said".
    let (comma, np, after) = if ctx.is_punct(v - 1, ",") {
        // ", states that vote in March": a noun with its relative clause, not ", said Vale".
        if ctx.function_class(v + 1) == Some(FunctionClass::Relative)
            || ctx.is_any(v + 1, &["that"])
        {
            return None;
        }
        let np = source::after_verb(ctx, v, scan.end)?;
        (v - 1, np, np.end)
    } else {
        trailing_subject(scan, v, bare)?
    };
    // What follows is the sentence end, or an aside ("…, said Vale, a spokeswoman."), or the
    // rest of an interrupted clause ("The plan, he said, will fail.").
    let tail_end = (after..scan.end)
        .find(|&j| content::ends_clause(ctx, j) || ctx.is_punct(j, ","))
        .unwrap_or(scan.end);
    let ends = tail_end >= scan.end || content::ends_clause(ctx, tail_end);
    if tail_end - after > TAIL && !ends {
        return None;
    }
    // ", said Ann Vale" ends there or runs on in a phrase (", said a spokesman for the
    // ministry,"); ", said Vale was right" and ", officials said it would" have a clause.
    // Step `tail_plural_noun`: a short tail that opens with a preposition and ends the
    // sentence is an adjunct ("…, Vale said in interviews."); its -s words may be nouns. An -s
    // verb ("…, filing false reports with regulators") keeps the plain test.
    let adjunct = ends
        && tail_end - after <= TAIL
        && ctx.is_preposition(after)
        && (ctx.is_punct(v - 1, ",") || !ctx.norm(v).ends_with('s'));
    let tail_verb = if adjunct {
        adjunct_has_verb(ctx, after, tail_end)
    } else {
        content::has_finite_verb(ctx, after, tail_end)
    };
    if tail_verb || ctx.is_any(after, &["that"]) {
        return None;
    }
    if quotation_after_cue(scan, v, tail_end) {
        return None;
    }
    let interrupted = ctx.is_punct(tail_end, ",") && !ctx.is_punct(v - 1, ",");
    let end = if interrupted && tail_end - after <= TAIL {
        content::clause_end(ctx, scan.quoted, tail_end + 1, scan.end)
    } else {
        comma
    };
    // The words before the comma are a clause of their own, not a subject phrase (an
    // inverted ", said Vale" is clear enough without).
    let inverted = comma + 1 == v;
    if !inverted && !scan.finite_verb_before(end) {
        return None;
    }
    let start = quoted_trailing_start(scan, v, end)?;
    if inverted
        && (aside_before_inverted(scan, start, end) || apposition_before_inverted(scan, start, end))
    {
        return None;
    }
    let kind = kind_for(scan, cue::cue_kind_of(ctx, v), Some(np));
    row(scan, (v, v + 1), Some(np), (start, end), kind)
}

/// Guard `aside_not_inverted` of `trailing_attribution` (with rule `aside_closed_by_cue`):
/// "Police, citing witnesses, said the driver, a local man, told …", "The agency, citing a
/// police source, said the man fled.": words `[start, end)` before an inverted cue that hold
/// no sure verb ([`content::has_verb_sure`]: "witnesses" is a noun) and a comma before an
/// -ing cue are a subject and its aside, not reported words; the cue after them is the
/// subject's and reports what follows it.
fn aside_before_inverted(scan: &Scan, start: usize, end: usize) -> bool {
    let ctx = scan.ctx;
    !content::has_verb_sure(ctx, start, end)
        && (start..end)
            .any(|j| ctx.is_punct(j, ",") && cue::verb_at(ctx, j + 1).is_some_and(|c| c.ing))
}

/// Longest apposition [`apposition_before_inverted`] reads ("a Republican who ran last year").
const APPOSITION: usize = 16;

/// Guard `apposition_not_inverted` of `trailing_attribution`: "Ann Cole, a Republican, said
/// the committee won.", "Gov. Tom Hale of Ohio, a Republican who ran last year, said …":
/// words `[start, end)` before an inverted cue that are a phrase with no finite verb, a comma
/// and an apposition opened by an article or determiner (or an age alone: "Ann Cole, 45,")
/// running to the cue's comma are the
/// cue's subject, in the ordinary order: the cue reports what follows it (a verb of the
/// apposition only in its relative clause). Real inversions keep a clause before the cue:
/// "The plan will fail, said the mayor, a Democrat."; "Currently, an entire project can take
/// months, says Dean."; "Inflation, the bank's worry, eased, said Cole" (the verb after the
/// apposition's comma).
fn apposition_before_inverted(scan: &Scan, start: usize, end: usize) -> bool {
    let ctx = scan.ctx;
    let Some(c) = (start..end).find(|&j| ctx.is_punct(j, ",")) else {
        return false;
    };
    // An age alone is an apposition too ("Ann Cole, 45, said …").
    let opens_phrase = |j: usize| {
        words::is(ctx, j, Class::NounMarker)
            || ctx.function_class(j) == Some(FunctionClass::Determiner)
            || (j + 1 == end && is_age(ctx.tok(j)))
    };
    // A verb of the apposition stands in its relative clause ("a Republican who ran").
    let relative = (c + 1..end)
        .find(|&j| ctx.function_class(j) == Some(FunctionClass::Relative))
        .unwrap_or(end);
    c > start
        && end - c <= APPOSITION
        && opens_phrase(c + 1)
        && !content::has_finite_verb(ctx, start, c)
        && !content::has_finite_verb(ctx, c + 1, relative)
        && !(c + 1..end).any(|j| ctx.is_punct(j, ",") || ctx.is_quote_mark(j))
        && content::quoted_tokens(scan.quoted, start, end) == 0
}

/// Step `age_apposition` of [`apposition_before_inverted`]: a number of one to three
/// digits ("Ann Cole, 45,", "The mayor, 61,") is a person's age.
fn is_age(tok: &str) -> bool {
    (1..=3).contains(&tok.len()) && tok.bytes().all(|b| b.is_ascii_digit())
}

/// Guard `quotation_after_cue` of `trailing_attribution`: "Holding a book, Vale said, “I want
/// …”": a quotation that opens a sentence right after the cue's comma (at `tail_end`) is what
/// the cue introduces (a quote row), so the words before are no reported clause; one going on
/// in lower case ("The plan, Vale said, “will fail”") is the rest of the interrupted clause.
fn quotation_after_cue(scan: &Scan, v: usize, tail_end: usize) -> bool {
    let ctx = scan.ctx;
    tail_end == v + 1
        && ctx.is_punct(tail_end, ",")
        && content::opens_quotation(scan.quoted, tail_end + 1)
        && !ctx.tok(tail_end + 2).starts_with(char::is_lowercase)
}

/// Step `quoted_trailing_content` of `trailing_attribution`: where the content before the cue
/// at `v` starts (`None`: fewer than two words before `end`). "“Prices will rise, experts
/// say,” Vale added": a cue inside a quotation reports words inside it, never words before
/// its opening mark.
fn quoted_trailing_start(scan: &Scan, v: usize, end: usize) -> Option<usize> {
    let start = content::quotation_around(scan.quoted, v)
        .map_or(scan.start, |(open, _)| scan.start.max(open + 1));
    (end >= start + 2).then_some(start)
}

/// Step `tail_plural_noun` of `trailing_attribution`: does an adjunct tail `[after, end)` (a
/// preposition's phrase after the verb) hold a finite verb ([`content::finite_at`])? An -s
/// word right after a preposition, an article or possessive, a determiner or a figure is a
/// plural noun ("…, Vale said in interviews", "…, said a panel of experts"), not a verb.
fn adjunct_has_verb(ctx: &Ctx, after: usize, end: usize) -> bool {
    (after..end).any(|k| {
        let noun_after = |p: usize| {
            ctx.is_preposition(p)
                || words::is(ctx, p, Class::NounMarker)
                || ctx.function_class(p) == Some(FunctionClass::Determiner)
                || ctx.kind(p) == Some(crate::tokenize::TokenKind::Number)
        };
        content::finite_at(ctx, k, k > after)
            && !(k > after
                && ctx.norm(k).ends_with('s')
                && ctx.function_class(k).is_none()
                && noun_after(k - 1))
    })
}

/// For `trailing_attribution`: ", officials said" — the subject right before the verb at `v`
/// and the comma before it; (comma, subject, first token after the verb). `bare`: the verb
/// is a bare form, which needs a plural or pronoun subject or an auxiliary.
fn trailing_subject(scan: &Scan, v: usize, bare: bool) -> Option<(usize, Np, usize)> {
    let ctx = scan.ctx;
    // Guard `comma_before`: the comma found below precedes the subject.
    let np = scan.subject_after_comma(v)?;
    // The comma right before the subject, or before a few words that lead into it
    // ("…, Algerian ministry spokesman Ben Ali said", "…, a source close to him said").
    let reach = np.start.saturating_sub(SUBJECT_REACH).max(scan.start);
    let comma = (reach..np.start).rev().find(|&j| !ctx.is_word(j))?;
    // Step `trailing_auxiliary`: "…, the government has said.", "…, officials have warned.":
    // the subject's verb group may hold auxiliaries and adverbs before the verb.
    let group = trailing_group(scan, np, v);
    if !ctx.is_punct(comma, ",")
        || comma <= scan.start
        || words::is(ctx, comma + 1, Class::CommaJoiner)
        || content::has_verb_sure(ctx, comma + 1, group)
    {
        return None;
    }
    let plural = np.kind == NpKind::Pronoun || ctx.norm(np.end - 1).ends_with('s');
    // A bare form after an auxiliary is the verb ("…, he would later say.").
    if bare && !plural && group == v {
        return None;
    }
    Some((comma, np, v + 1))
}

/// Most words of a trailing attribution's verb group before its verb ("has also said").
const TRAILING_GROUP: usize = 3;

/// For step `trailing_auxiliary` of `trailing_attribution`: where the verb group of the verb at
/// `v` starts after its subject `np` — the first of at most [`TRAILING_GROUP`] lower-case
/// auxiliaries and adverbs (not a negation) between them, one an auxiliary ("has said", "have
/// also argued", "would later say") — else `v` (what stands between is then read as before: a time phrase,
/// or words that hold a verb). The verb must end its sentence and be no -s word; a form of
/// "be" is no such auxiliary (", it has been reported" is passive, no attribution).
fn trailing_group(scan: &Scan, np: Np, v: usize) -> usize {
    let ctx = scan.ctx;
    // The verb ends its sentence, and is no -s word ("…, Brunei and Taiwan have claims in the
    // area", "…, the firms have advised, in no particular order, …" are no attributions).
    let closes = v + 1 >= scan.end || content::ends_clause(ctx, v + 1);
    if np.end >= v || v - np.end > TRAILING_GROUP || !closes || ctx.norm(v).ends_with('s') {
        return v;
    }
    let auxiliary = |k: usize| ctx.function_class(k) == Some(FunctionClass::Auxiliary);
    let modifier = |k: usize| {
        !ctx.is_cap(k)
            && !words::is(ctx, k, Class::Be)
            && !ctx.is_any(k, &["not", "n't"])
            && (auxiliary(k) || ctx.function_class(k) == Some(FunctionClass::Adverb))
    };
    let auxiliary = (np.end..v).any(auxiliary);
    if auxiliary && (np.end..v).all(modifier) {
        np.end
    } else {
        v
    }
}

/// Most tokens from a trailing attribution's comma to its verb when the subject phrase runs on
/// after its head ("a source close to the senator", "records compiled by the county").
const POSTMODIFIED_REACH: usize = 10;

/// Stance nouns a subject receives from a source (`indirect_received_nouns.txt`).
static RECEIVED_NOUNS: LazyLock<FastSet<String>> = LazyLock::new(|| {
    lexicon::lowercase_set(include_str!(
        "../../../data/lexicons/indirect_received_nouns.txt"
    ))
});

/// Verb forms that receive such a noun, with the particle a form needs, if any
/// (`indirect_receiving_verbs.txt`).
static RECEIVING_VERBS: LazyLock<FastMap<String, Option<String>>> = LazyLock::new(|| {
    lexicon::entries(include_str!(
        "../../../data/lexicons/indirect_receiving_verbs.txt"
    ))
    .map(|f| (f[0].to_lowercase(), f.get(1).map(|p| p.to_lowercase())))
    .collect()
});

/// Prepositions opening the source phrase after a received stance noun
/// (`indirect_received_prepositions.txt`).
static RECEIVED_PREPOSITIONS: LazyLock<FastSet<String>> = LazyLock::new(|| {
    lexicon::lowercase_set(include_str!(
        "../../../data/lexicons/indirect_received_prepositions.txt"
    ))
});

/// Function words between a receiving verb and its noun
/// (`indirect_received_modifiers.txt`).
static RECEIVED_MODIFIERS: LazyLock<FastSet<String>> = LazyLock::new(|| {
    lexicon::lowercase_set(include_str!(
        "../../../data/lexicons/indirect_received_modifiers.txt"
    ))
});

/// The first letters of [`RECEIVED_NOUNS`] and [`RECEIVED_PREPOSITIONS`]
/// ([`words::Initials`]): rule `received_stance` is tried at every candidate token.
static RECEIVED_INITIALS: LazyLock<(words::Initials, words::Initials)> = LazyLock::new(|| {
    (
        words::Initials::of(RECEIVED_NOUNS.iter().map(String::as_str)),
        words::Initials::of(RECEIVED_PREPOSITIONS.iter().map(String::as_str)),
    )
});

/// For rule `received_stance`: is token `k` a listed stance noun (any case) with a listed
/// source preposition after it? The first-letter filters, then the lookups.
fn received_noun_before_preposition(ctx: &Ctx, k: usize) -> bool {
    let (nouns, prepositions) = &*RECEIVED_INITIALS;
    nouns.may_hold(ctx.norm(k))
        && prepositions.may_hold(ctx.norm(k + 1))
        && received_noun_before_preposition_naive(ctx, k)
}

/// [`received_noun_before_preposition`] without its filters (their oracle in the tests).
fn received_noun_before_preposition_naive(ctx: &Ctx, k: usize) -> bool {
    ctx.with_lower(k + 1, |w| RECEIVED_PREPOSITIONS.contains(w))
        && ctx.with_lower(k, |w| RECEIVED_NOUNS.contains(w))
}

/// Most modifier tokens between a receiving verb and its stance noun ("has the full and
/// unwavering support of").
const RECEIVED_REACH: usize = 4;

/// Rule `received_stance`: "Vale has the support of the union", "the plan drew sharp
/// criticism from farmers", "Reyes picked up the endorsement of the mayor", "the plan came
/// under fire from farmers": a stance noun of `indirect_received_nouns.txt` after a receiving
/// verb (`indirect_receiving_verbs.txt`; "picked up", "came under"), with at most a few articles, modifiers and figures between, and "from",
/// "of" or "among" after it. The phrase after the preposition holds the stance (the source);
/// the verb's subject is what it backs or criticises (the content). PolNeAR annotates these as
/// attributions whose content comes first. No row without such a source phrase (whose stance
/// it is is then not in the sentence), after a possessor ("his support of Cruz" is his own
/// stance, rule `noun_preposition`), or with an -ing verb, which has no subject of its own.
fn received_stance(scan: &Scan, k: usize) -> Option<Reported> {
    let ctx = scan.ctx;
    // Cheap tests first: a listed lower-case noun and a source preposition after it.
    if !ctx.tok(k).starts_with(char::is_lowercase) || !received_noun_before_preposition(ctx, k) {
        return None;
    }
    let floor = scan.start;
    let mut v = k;
    let mut steps = 0;
    let particle: Option<String>;
    loop {
        if v == floor || steps > RECEIVED_REACH {
            return None;
        }
        v -= 1;
        if ctx.tok(v).starts_with(char::is_lowercase) {
            if let Some(p) = ctx.with_lower(v, |w| RECEIVING_VERBS.get(w).cloned()) {
                particle = p;
                break;
            }
        }
        // Between verb and noun: a word of `indirect_received_modifiers.txt` (an article, a
        // particle), an adverb, a figure ("48% support"), a lower-case modifier with no
        // function class ("sharp", "overwhelming").
        let number = ctx.kind(v) == Some(crate::tokenize::TokenKind::Number);
        let modifier = ctx.is_word(v)
            && ctx.tok(v).starts_with(char::is_lowercase)
            && (ctx.with_lower(v, |w| RECEIVED_MODIFIERS.contains(w))
                || ctx
                    .function_class(v)
                    .is_none_or(|f| f == FunctionClass::Adverb));
        if !(number || modifier || ctx.tok(v) == "%") {
            return None;
        }
        steps += 1;
    }
    // A form with a particle ("picked up", "came under") counts only with it right after
    // the verb; no other listed particle stands between verb and noun ("has up the …").
    let is_particle =
        |j: usize| ctx.with_lower(j, |w| RECEIVING_VERBS.values().flatten().any(|p| p == w));
    let stray = (v + 1..k)
        .filter(|&j| is_particle(j))
        .any(|j| particle.is_none() || j != v + 1);
    let needed = particle
        .as_deref()
        .is_none_or(|p| ctx.with_lower(v + 1, |w| w == p));
    if stray || !needed {
        return None;
    }
    let subject = scan.near.get(ctx, v, floor)?;
    let source = agent_phrase(ctx, k + 2, scan.end)?;
    let kind = scan
        .facts(k)
        .noun
        .map_or(CueKind::Thought, |(kind, _)| kind);
    row_of(
        scan,
        (v, k + 2),
        Some(source),
        (subject.start, subject.end),
        kind,
        1,
    )
}

/// Rule `trailing_postmodified`: "…, a source close to him said.", "…, records compiled by the
/// county show.", "…, a study by the council found.": a trailing attribution whose subject
/// phrase runs on after its head in a preposition's phrase (or a participle and "by"), where
/// the chunker's subject search stops (`trailing_attribution` finds no subject). The verb ends
/// its sentence; the source is the head phrase right after the comma.
fn trailing_postmodified(scan: &Scan, v: usize) -> Option<Reported> {
    let ctx = scan.ctx;
    // Cheap tests first: a lower-case verb that ends its sentence, no comma right before it.
    let closes = v + 1 >= scan.end || content::ends_clause(ctx, v + 1);
    if !closes
        || v < scan.start + 4
        || ctx.is_punct(v - 1, ",")
        || !ctx.tok(v).starts_with(char::is_lowercase)
        || noun_first(ctx, v)
    {
        return None;
    }
    if !ends_noun_phrase(ctx, v - 1, v) {
        return None;
    }
    let (ing, bare, is_speech) = trailing_form(scan, v)?;
    if ing || !is_speech {
        return None;
    }
    let reach = v.saturating_sub(POSTMODIFIED_REACH).max(scan.start);
    let comma = (reach..v).rev().find(|&j| !ctx.is_word(j))?;
    if !ctx.is_punct(comma, ",")
        || comma <= scan.start
        || words::is(ctx, comma + 1, Class::CommaJoiner)
    {
        return None;
    }
    let (np, after) = postmodified_subject(ctx, comma, v)?;
    let relative = (after..v).any(|j| ctx.function_class(j) == Some(FunctionClass::Relative));
    if after >= v || relative || content::has_verb_sure(ctx, after, v) {
        return None;
    }
    // "…, people close to Vale say.": a bare verb needs a plural head.
    if bare && !ctx.norm(np.end - 1).ends_with('s') {
        return None;
    }
    if !scan.finite_verb_before(comma) {
        return None;
    }
    let kind = kind_for(scan, cue::cue_kind_of(ctx, v), Some(np));
    row(scan, (v, v + 1), Some(np), (scan.start, comma), kind)
}

/// Most tokens of a trailing attribution's appositive ("the undersecretary for management").
const APPOSITIVE_REACH: usize = 12;

/// Most tokens of the subject phrase before a trailing attribution's appositive.
const APPOSITIVE_HEAD: usize = 8;

/// Rule `trailing_appositive`: "…, Ann Vale, the city engineer, wrote.", "…, a spokeswoman,
/// Ann Vale, said on Monday.": a trailing attribution whose subject is a phrase and its
/// appositive, each set off by a comma, right before the verb (`trailing_attribution` reads
/// the comma before the verb as an inverted ", said Vale" and finds no subject after it). One
/// of the two is a name, which is the source; neither holds a verb; the verb ends its sentence
/// or a short tail opened by a preposition does (step `tail_plural_noun`).
fn trailing_appositive(scan: &Scan, v: usize) -> Option<Reported> {
    let ctx = scan.ctx;
    // Cheap tests first: a lower-case verb right after a comma, well into its sentence.
    if v < scan.start + 6
        || !ctx.is_punct(v - 1, ",")
        || !ctx.tok(v).starts_with(char::is_lowercase)
    {
        return None;
    }
    // The tail is looked at up to `TAIL` tokens and one more: the sentence ends there or the
    // rule fails.
    let after = v + 1;
    let reach = scan.end.min(after + TAIL + 1);
    let tail_end = (after..reach)
        .find(|&j| content::ends_clause(ctx, j) || ctx.is_punct(j, ","))
        .unwrap_or(reach);
    let ends = tail_end >= scan.end || content::ends_clause(ctx, tail_end);
    let adjunct = tail_end - after <= TAIL
        && ctx.is_preposition(after)
        && !adjunct_has_verb(ctx, after, tail_end);
    if !ends || !(tail_end == after || adjunct) {
        return None;
    }
    let (ing, bare, is_speech) = trailing_form(scan, v)?;
    if ing || bare || !is_speech {
        return None;
    }
    // The appositive's comma, then the comma before the subject phrase.
    let comma_before = |end: usize, reach: usize| {
        let low = end.saturating_sub(reach).max(scan.start + 1);
        (low..end)
            .rev()
            .find(|&j| !ctx.is_word(j) && !ctx.is_abbreviation_period(j))
    };
    let c1 = comma_before(v - 1, APPOSITIVE_REACH)?;
    let c0 = comma_before(c1, APPOSITIVE_HEAD)?;
    if !ctx.is_punct(c1, ",")
        || !ctx.is_punct(c0, ",")
        || c1 < c0 + 2
        || v - 1 < c1 + 2
        || words::is(ctx, c0 + 1, Class::CommaJoiner)
        || words::is(ctx, c1 + 1, Class::CommaJoiner)
    {
        return None;
    }
    let head = ctx.np_starting_at(c0 + 1, c1).filter(|np| np.end == c1)?;
    let appositive = ctx.np_starting_at(c1 + 1, v - 1)?;
    let relative = (c1 + 1..v - 1).any(|j| ctx.function_class(j) == Some(FunctionClass::Relative));
    if head.kind == NpKind::Pronoun
        || appositive.kind == NpKind::Pronoun
        || relative
        || content::has_verb_sure(ctx, c0 + 1, c1)
        || content::has_verb_sure(ctx, c1 + 1, v - 1)
    {
        return None;
    }
    let np = if head.kind == NpKind::Name {
        head
    } else if appositive.kind == NpKind::Name {
        appositive
    } else {
        return None;
    };
    if !scan.finite_verb_before(c0) {
        return None;
    }
    let kind = kind_for(scan, cue::cue_kind_of(ctx, v), Some(np));
    row(scan, (v, v + 1), Some(np), (scan.start, c0), kind)
}

/// Guard of `trailing_postmodified`: the word at `before` (right before the verb at `v`) ends
/// a noun phrase (an object pronoun may: "close to him"): not a determiner, auxiliary or
/// adverb, nor a figure ("in both states", "to 10 points"), nor a lower-case word before an -s
/// word the quote stage does not read as a verb ("civil rights advocates").
fn ends_noun_phrase(ctx: &Ctx, before: usize, v: usize) -> bool {
    let noun_pair = ctx.cue(v).is_none()
        && ctx.norm(v).ends_with('s')
        && ctx.tok(before).starts_with(char::is_lowercase);
    let function = matches!(
        ctx.function_class(before),
        Some(
            FunctionClass::Determiner
                | FunctionClass::Auxiliary
                | FunctionClass::Relative
                | FunctionClass::Adverb
        )
    );
    ctx.is_word(before) && !function && !noun_pair
}

/// The subject of `trailing_postmodified` after the comma at `comma`: its head phrase, and
/// where the head's modifier's words start (before the verb at `v`).
fn postmodified_subject(ctx: &Ctx, comma: usize, v: usize) -> Option<(Np, usize)> {
    let mut np = ctx.np_starting_at(comma + 1, v)?;
    // The chunker reads "a source close" as one phrase: "close to" is the modifier.
    if np.end > np.start + 1 && ctx.is_any(np.end - 1, &["close"]) && ctx.is_any(np.end, &["to"]) {
        np.end -= 1;
    }
    // The phrase reads as a subject: a name, a determiner's phrase or a plural ("records"),
    // not a verb and its object ("…, reduces the club's lead to four points").
    let first = ctx.norm(np.start);
    let subject_like = np.kind == NpKind::Name
        || ctx.function_class(np.start) == Some(FunctionClass::Determiner)
        || ctx.norm(np.end - 1).ends_with('s');
    let verb_first = first.ends_with("ing")
        || (content::finite_at(ctx, np.start, false) && !first.ends_with('s'));
    if np.kind == NpKind::Pronoun || np.end + 1 >= v || verb_first || !subject_like {
        return None;
    }
    // The head's modifier: a preposition's phrase ("close to" too), or an -ed participle
    // with "by" ("compiled by"); no verb of its own and no relative clause after it.
    let after = if ctx.is_preposition(np.end) {
        np.end + 1
    } else if ctx.is_any(np.end, &["close"]) && ctx.is_any(np.end + 1, &["to"])
        || ctx.norm(np.end).ends_with("ed") && ctx.is_any(np.end + 1, &["by"])
    {
        np.end + 2
    } else {
        return None;
    };
    Some((np, after))
}

/// Most tokens of a causative's object before "to" (rule `infinitive_verb`: "led the
/// party's own voters to").
const CAUSATIVE_OBJECT: usize = 4;

/// Rule `infinitive_verb`: a cue word that is a reporting noun too ("focus", "call"), in its
/// bare form right after "to", is the infinitive verb: `verb_preposition` reads it with its
/// subject ("prompted the mayor to focus on …" → the mayor, by `infinitive_object`;
/// "continued to call for …" → the subject of "continued"), before `noun_preposition` reads
/// the noun with no holder. Where the verb reading gives no row the noun's stays.
fn infinitive_verb(scan: &Scan, k: usize) -> Option<Reported> {
    let ctx = scan.ctx;
    let after_to = k > scan.start + 1 && ctx.is_any(k - 1, &["to"]);
    let c = scan.facts(k).verb.filter(|_| after_to)?;
    // The bare form: no -ing, -ed or -s form of a listed verb ("responded to calls for …").
    let w = ctx.norm(k);
    let third = w.len() > 1 && w.ends_with('s') && cue::verb_named(&w[..w.len() - 1]).is_some();
    if c.ing || w.ends_with("ed") || third || scan.facts(k).noun.is_none() {
        return None;
    }
    // "to" is an infinitive's after a verb ("were moving to", "is expected to") or after the
    // object of a causative ("prompting them to", "allow Vale to"); after a noun it may be
    // a purpose clause whose subject is further back ("used his speech to call for").
    let j = k - 2;
    let verb_before = content::finite_at(ctx, j, true) && !ctx.norm(j).ends_with('s')
        || ctx.is_word(j) && !ctx.is_cap(j) && ctx.norm(j).ends_with("ing");
    let low = j.saturating_sub(CAUSATIVE_OBJECT).max(scan.start);
    let causative = (low..j)
        .rev()
        .find(|&b| !ctx.is_word(b) || words::is(ctx, b, Class::Causative))
        .is_some_and(|b| ctx.is_word(b) && !ctx.is_cap(b));
    if !(verb_before || causative) {
        return None;
    }
    verb_preposition(scan, k)
}

/// Rule `subject_verb_noun`: a cue word that is a reporting noun too ("calls", "pushes"), in
/// an -s form right after a word that is no possessive nor noun marker, is the verb when
/// `verb_infinitive` ("calls on the board to act" → "to act") or else `verb_preposition`
/// reads it with a subject ending right before it: "Cole calls for a new
/// ferry", "The mayor calls for …" → the subject, before `noun_preposition` reads the noun
/// with no holder. "the calls for …", "these calls for …", "Vale's calls for …", "prompted
/// calls for …", "growing calls for …" (a function word, possessive or verb form before the
/// word) keep the noun; a form in -us ("focus") is no -s form.
fn subject_verb_noun(scan: &Scan, k: usize) -> Option<Reported> {
    let ctx = scan.ctx;
    if k == scan.start || scan.facts(k).noun.is_none() {
        return None;
    }
    let c = scan.facts(k).verb?;
    let w = ctx.norm(k);
    let third = w.ends_with('s') && !w.ends_with("ss") && !w.ends_with("us");
    // The word before ends a subject: no function word ("these calls"), possessive
    // ("opponents' calls") or verb form ("prompted calls for …").
    let before = k - 1;
    let subject_end = ctx.is_word(before)
        && ctx.function_class(before).is_none()
        && !ctx.is_any(before, &["'s", "’s"])
        && !ctx.tok(before).ends_with(['\'', '’'])
        && !content::finite_at(ctx, before, true)
        && !ctx.norm(before).ends_with("ing");
    if c.ing || !third || !subject_end {
        return None;
    }
    let r = verb_infinitive(scan, k).or_else(|| verb_preposition(scan, k))?;
    let np = r.source?;
    // The subject opens its clause ("his past calls for", "raised new calls for" do not) …
    let b = np.start.checked_sub(1).filter(|_| np.start > scan.start);
    let opens = b.is_none_or(|b| {
        !ctx.is_word(b)
            || words::is(ctx, b, Class::ClauseJoiner)
            || words::is(ctx, b, Class::ClauseOpener)
            || source::subordinator(ctx, b)
    });
    // … it is a name or a determiner and capitalised words before its last word ("Cole",
    // "the harbour master" is not read: "his past calls", "raised new calls" have an
    // adjective there), with no possessive …
    let named = (np.start..k - 1).all(|j| {
        !words::is(ctx, j, Class::Possessive)
            && (ctx.is_cap(j) || j == np.start && words::is(ctx, j, Class::NounMarker))
    }) && !words::is(ctx, k - 1, Class::Possessive);
    // … and the content holds no reporting verb: a flattened headline ("Vale calls for pier
    // cash Mayor Ann Vale has said …") runs into the story, whose cue that verb is.
    let runs_on =
        (r.content.0..r.content.1).any(|j| cue::verb_at(ctx, j).is_some_and(|c| c.clause));
    (np.end == k && opens && named && !runs_on).then_some(r)
}

fn possessed_noun(scan: &Scan, k: usize) -> Option<Reported> {
    let ctx = scan.ctx;
    if ctx.tok(k + 1) != "that" {
        return None;
    }
    let kind = scan.facts(k).noun?.0;
    let np = source::possessor(ctx, k, scan.start)?;
    let np = source::possessive_object(ctx, scan.sources, np, scan.start).unwrap_or(np);
    let start = k + 2;
    let end = content::clause_end(ctx, scan.quoted, start, scan.end);
    if !content::has_finite_verb(ctx, start, end) {
        return None;
    }
    row(scan, (k, k + 1), Some(np), (start, end), kind)
}

/// Longest object phrase of a reporting noun, in tokens.
const NOUN_OBJECT: usize = 16;

fn noun_preposition(scan: &Scan, k: usize) -> Option<Reported> {
    let ctx = scan.ctx;
    // Cheap tests first: a noun cue here (read once for all rules), a listed preposition after.
    let (kind, bits) = scan.facts(k).noun?;
    let prep = ctx.tok(k + 1);
    if !cue::PREPOSITIONS.contains(&prep) || !ctx.tok(k).starts_with(char::is_lowercase) {
        return None;
    }
    if !cue::has_preposition(bits, prep) {
        return None;
    }
    let start = k + 2;
    // The object phrase: up to the next punctuation, finite verb or clause word.
    let limit = scan.end.min(start + NOUN_OBJECT);
    let end = (start..limit)
        .find(|&j| {
            !ctx.is_word(j) && ctx.kind(j) != Some(crate::tokenize::TokenKind::Number)
                || j > start && content::has_finite_verb(ctx, j - 1, j + 1)
                || j > start && cue::verb_at(ctx, j).is_some_and(|c| c.clause && !c.ing)
                || words::is(ctx, j, Class::ObjectEnd)
        })
        .unwrap_or(limit);
    let source = source::noun_possessor(ctx, scan.sources, k, scan.start)
        .or_else(|| source::noun_holder(ctx, scan.sources, k, scan.start));
    if source.is_none() && event_noun(ctx, k, scan.start) {
        return None;
    }
    row(scan, (k, k + 2), source, (start, end), kind)
}

/// Object pronouns before "to" that are a cue's hearer (`indirect_hearer_pronouns.txt`):
/// "asked them to confirm …".
static HEARER_PRONOUNS: LazyLock<FastSet<String>> = LazyLock::new(|| {
    lexicon::lowercase_set(include_str!(
        "../../../data/lexicons/indirect_hearer_pronouns.txt"
    ))
});

/// Is the word at `k` an object pronoun that may be a cue's hearer ([`HEARER_PRONOUNS`])?
pub(super) fn hearer_pronoun(ctx: &Ctx, k: usize) -> bool {
    ctx.is_word(k) && HEARER_PRONOUNS.contains(ctx.low(k))
}

/// Superlatives (`indirect_superlatives.txt`): "protest", "request" end in -est too.
static SUPERLATIVES: LazyLock<FastSet<String>> = LazyLock::new(|| {
    lexicon::lowercase_set(include_str!(
        "../../../data/lexicons/indirect_superlatives.txt"
    ))
});

/// Nouns that name a physical event as well as words (`indirect_event_nouns.txt`).
static EVENT_NOUNS: LazyLock<FastSet<String>> = LazyLock::new(|| {
    lexicon::lowercase_set(include_str!(
        "../../../data/lexicons/indirect_event_nouns.txt"
    ))
});

/// Most modifiers between an article and an event noun ("the fatal 2012 terrorist attack").
const EVENT_MODIFIERS: usize = 3;

/// Rule `event_noun` (read by `noun_preposition` when no holder is found): "the attack on the
/// embassy", "a deadly attack on a nightclub", "the 2012 attacks on Benghazi": a noun of
/// `indirect_event_nouns.txt` after an article, with at most [`EVENT_MODIFIERS`] words
/// between and none of them a possessive, names the event: no row. A bare plural ("attacks
/// on the plan") or a possessed one ("his attacks on") keeps its row.
fn event_noun(ctx: &Ctx, k: usize, floor: usize) -> bool {
    if !ctx.with_lower(k, |w| EVENT_NOUNS.contains(w)) {
        return false;
    }
    let low = k.saturating_sub(EVENT_MODIFIERS + 1).max(floor);
    (low..k)
        .rev()
        .find(|&j| {
            let modifier =
                ctx.is_word(j) || ctx.kind(j) == Some(crate::tokenize::TokenKind::Number);
            !modifier || ctx.function_class(j).is_some()
        })
        .is_some_and(|j| {
            ctx.function_class(j) == Some(FunctionClass::Determiner)
                && words::is(ctx, j, Class::NounMarker)
                && !words::is(ctx, j, Class::Possessive)
        })
}

/// The verb cue at `v` with its source, when it is active and has one.
fn verb_with_source(scan: &Scan, v: usize) -> Option<VerbAndSource> {
    if let Some((k, found)) = scan.verb.get() {
        if k == v {
            return found;
        }
    }
    let found = find_verb_with_source(scan, v);
    scan.verb.set(Some((v, found)));
    found
}

fn find_verb_with_source(scan: &Scan, v: usize) -> Option<VerbAndSource> {
    let ctx = scan.ctx;
    // After "the", "a", "his" the word is a noun ("the report", "his call"); "Both think",
    // "This suggests" are subjects and verbs.
    if v == scan.start || noun_marked(ctx, v) {
        return None;
    }
    let c = scan.facts(v).verb?;
    if noun_first(ctx, v) {
        return None;
    }
    // After a preposition other than "to" a bare or past form is a noun ("secretary of
    // state"); a participle is not ("by saying").
    if !c.ing && ctx.is_preposition(v - 1) && !ctx.is_any(v - 1, &["to"]) {
        return None;
    }
    // "by 20 points", "in 12 states": a plural after a figure is a noun; not after a label's
    // number ("Section 230 says", "Article 5 states that"), the subject of the verb.
    let labelled = v >= 2 && ctx.is_word(v - 2) && ctx.is_cap(v - 2);
    if ctx.kind(v - 1) == Some(crate::tokenize::TokenKind::Number)
        && !c.ing
        && ctx.norm(v).ends_with('s')
        && !labelled
    {
        return None;
    }
    // "…, states that vote in March": a plural noun after a comma, with its relative clause.
    if ctx.is_punct(v - 1, ",")
        && !c.ing
        && ctx.norm(v).ends_with('s')
        && ctx.is_any(v + 1, &["that"])
    {
        return None;
    }
    // "Petro's remarks suggest …": an -s word right before a verb is its plural subject ("he
    // says asked" is a pronoun's verb).
    let plural = ctx.norm(v).ends_with('s') && !ctx.norm(v).ends_with("ss");
    if !c.ing
        && plural
        && !words::is(ctx, v - 1, Class::SubjectPronoun)
        && content::verb_follows(ctx, v)
    {
        return None;
    }
    if ctx.passive(v) || scan.passive_at(v) {
        return None;
    }
    let np = source::subject(ctx, scan.sources, v, scan.start, c.ing, &scan.near)?;
    // "Petro's subsequent remarks suggest …": the remarks speak for their possessor.
    let np = if c.ing {
        np
    } else if headless_subject(ctx, np, v) {
        source::noun_holder(ctx, scan.sources, v, scan.start).unwrap_or(np)
    } else {
        source::noun_owner(ctx, np, v, scan.start).unwrap_or(np)
    };
    Some((c, np))
}

/// The word at `v > 0` is a noun by what stands before it: an article or possessive ("the
/// report", "his call"), or a year after one (rule `year_modifier`: "the 2013 report said",
/// "its 2014 estimate").
fn noun_marked(ctx: &Ctx, v: usize) -> bool {
    words::is(ctx, v - 1, Class::NounMarker) || ctx.after_year_modifier(v)
}

/// Step `headless_subject` of `find_verb_with_source`: "revived her once-formidable campaign
/// against …", "held an impromptu press briefing": an article or a possessive, one lower-case
/// modifier and the bare form of a cue make one phrase whose noun is the cue, when no verb can
/// agree with the two words before it: after "a"/"an" (no bare verb follows "a X") or a
/// hyphenated modifier. The chunker's two words are then no subject; the one who holds the
/// phrase is the subject of the verb whose object it is ([`source::noun_holder`]). "His
/// family say …", "The co-founder says …", "Its co-founders vote …" keep their subject (no
/// article "a", an -s form, a plural before the cue). `np`: the subject found.
fn headless_subject(ctx: &Ctx, np: Np, v: usize) -> bool {
    let (Some(m), Some(d)) = (v.checked_sub(1), v.checked_sub(2)) else {
        return false;
    };
    if np.start != d || np.end != v {
        return false;
    }
    let cue = ctx.norm(v);
    let bare = cue::verb_at(ctx, v).is_some_and(|c| !c.ing)
        && (!cue.ends_with('s') || cue.ends_with("ss"))
        && !cue.ends_with("ed")
        && !cue.ends_with("en")
        && !cue.ends_with("wn")
        && !cue::irregular_past_at(ctx, v);
    let w = ctx.norm(m);
    let modifier = ctx.is_word(m)
        && !ctx.is_cap(m)
        && ctx.function_class(m).is_none()
        && !ctx.is_preposition(m)
        && ctx.cue(m).is_none()
        && !w.ends_with('s');
    bare && modifier
        && words::is(ctx, d, Class::NounMarker)
        && (ctx.is_any(d, &["a", "an"]) || w.contains('-'))
}

/// Longest fronted phrase rule `fronted_phrase_noun` reads: a preposition, an article and up
/// to three words before the cue ("In a short blog post").
const FRONTED_PHRASE_REACH: usize = 5;

/// Rule `fronted_phrase_noun` (guard `verb_reading`): "In a blog post, Cole wrote …", "In
/// his opening remarks on Monday, …": a base or -s cue form that ends a phrase opening the
/// sentence with a preposition and an article or possessive, its other words plain words,
/// and that a comma or a preposition follows, is the phrase's head noun, not a verb. A
/// preposition that also opens clauses ("After the judge rules, …") does not count, nor does
/// a past or -ing form, nor a cue with an object or clause after it ("In the end officials
/// say the plan …").
fn fronted_phrase_noun(ctx: &Ctx, start: usize, v: usize) -> bool {
    if v < start + 2 || v > start + FRONTED_PHRASE_REACH {
        return false;
    }
    let w = ctx.norm(v);
    if w.ends_with("ed") || w.ends_with("ing") || cue::irregular_past_at(ctx, v) {
        return false;
    }
    let opens = ctx.is_preposition(start)
        && !ctx.is_class(start, QuoteWordClass::ClausePreposition)
        && words::is(ctx, start + 1, Class::NounMarker);
    let plain =
        |k: usize| ctx.is_word(k) && ctx.function_class(k).is_none() && !ctx.is_preposition(k);
    let ends = v + 1 >= ctx.len() || ctx.is_punct(v + 1, ",") || ctx.is_preposition(v + 1);
    opens && ends && (start + 2..v).all(plain)
}

/// Rule `ing_modifier` (read by `verb_object` and `verb_clause`; the -ing side of
/// `modifier_participle`): "the best supporting actress": an -ing cue between an adjective that
/// follows an article, another determiner or a possessive, and a bare lower-case noun is an
/// adjective itself, so no report. The adjective is told by its form, a superlative in -est
/// ("the best", "Owen's second-best", "the biggest guessing game"); "its strongest statement
/// condemning violence", "Vale's op-ed supporting biofuels" (a noun before the cue) keep their
/// rows, and so does a noun before "that" (a clause follows it).
fn ing_modifier(ctx: &Ctx, v: usize) -> bool {
    let n = v + 1;
    if v < 2 || n >= ctx.len() || !ctx.norm(v).ends_with("ing") {
        return false;
    }
    let m = ctx.norm(v - 1);
    // "second-best": the superlative is the hyphenated word's last part.
    let last = m.rsplit('-').next().unwrap_or(m);
    let adjective = ctx.is_word(v - 1)
        && !ctx.is_cap(v - 1)
        && ctx.function_class(v - 1).is_none()
        && SUPERLATIVES.contains(last);
    let determined = ctx.function_class(v - 2) == Some(FunctionClass::Determiner)
        || words::is(ctx, v - 2, Class::NounMarker)
        || ctx.is_any(v - 2, &["'s", "’s"]);
    let noun = ctx.is_word(n)
        && !ctx.is_cap(n)
        && ctx.function_class(n).is_none()
        && !ctx.is_preposition(n)
        && !ctx.norm(n).ends_with("ing")
        && !ctx.norm(n).ends_with("ed")
        && !ctx.is_any(n + 1, &["that"]);
    adjective && determined && noun
}

/// Rule `possessor_noun` (read by `verb_object`): "Vale's support fell", "whose support
/// cratered": after "whose", or after an "'s" that could only be "is" or "has" before a
/// verb, a word that is no participle (no -ing, -ed, -en or -wn ending, no listed irregular
/// past) is a noun, so the phrase after it is no object: "is"/"has" take no bare or -s form.
/// "Vale's backed the plan", "he's saying", "she's told" keep their verb; "let's support" is
/// an imperative and keeps it too. (An infinitive after such a noun, "Vale's plan to …",
/// is still read by `verb_infinitive`: the plan's content is its holder's.)
fn possessor_noun(ctx: &Ctx, v: usize) -> bool {
    let Some(before) = v.checked_sub(1) else {
        return false;
    };
    let clitic =
        ctx.is_any(before, &["'s", "’s"]) && before > 0 && !ctx.is_any(before - 1, &["let"]);
    if !clitic && !ctx.is_any(before, &["whose"]) {
        return false;
    }
    let w = ctx.norm(v);
    let participle =
        w.ends_with("ing") || w.ends_with("ed") || w.ends_with("en") || w.ends_with("wn");
    !participle && !cue::irregular_past_at(ctx, v)
}

/// Rule `noun_first`: "battleground states where …", "most state parties release …": a cue
/// word of class `noun_first` is a noun unless "that" follows ("the charter states that …");
/// a "that" right before an auxiliary or a past form opens a relative clause of the noun
/// (step `relative_that`, session 22: "Rust Belt states that have suffered", "the dozen
/// states that held primaries").
fn noun_first(ctx: &Ctx, v: usize) -> bool {
    if !words::is(ctx, v, Class::NounFirst) {
        return false;
    }
    if unmarked_verb(ctx, v) {
        return true;
    }
    if !ctx.is_any(v + 1, &["that"]) {
        return true;
    }
    let n = v + 2;
    // A past form then a phrase with an auxiliary of its own is an adjective in a clause
    // ("the charter states that elected officials must resign"), no relative.
    let clause_after = || {
        (n + 1..ctx.len().min(n + 1 + RELATIVE_PAST_REACH))
            .take_while(|&k| ctx.is_word(k))
            .any(|k| !ctx.is_cap(k) && ctx.function_class(k) == Some(FunctionClass::Auxiliary))
    };
    n < ctx.len()
        && !ctx.is_cap(n)
        && (ctx.function_class(n) == Some(FunctionClass::Auxiliary)
            || ctx.is_word(n)
                && ctx.function_class(n).is_none()
                && (ctx.norm(n).ends_with("ed") || cue::irregular_past_at(ctx, n))
                && !clause_after())
}

/// Step `marked_verb` of rule `noun_first`: a cue form of frame `marked` ("rule", "rules",
/// "ruling") is a noun even before "that" ("a new federal rule that lifts …", "a court ruling
/// that …") unless its verb reading is marked: a modal, an auxiliary or "to" before a base or
/// -s form ("the court could rule that …"), a comma before the -ing form ("…, ruling that …").
fn unmarked_verb(ctx: &Ctx, v: usize) -> bool {
    let Some(c) = cue::verb_at(ctx, v).filter(|c| c.marked) else {
        return false;
    };
    let Some(before) = v.checked_sub(1) else {
        return true;
    };
    if c.ing {
        !ctx.is_punct(before, ",")
    } else {
        ctx.function_class(before) != Some(FunctionClass::Auxiliary) && !ctx.is_any(before, &["to"])
    }
}

/// Words after "that" and a past form read for an auxiliary of their own (`noun_first`).
const RELATIVE_PAST_REACH: usize = 3;

/// "X seems to …", "it appears that …", "voters seemed unmoved": an impression with no
/// source; the content is the subject with the complement ("that …" alone after "it").
fn seem(scan: &Scan, v: usize) -> Option<Reported> {
    let c = scan.facts(v).verb?;
    let ctx = scan.ctx;
    if !c.seem || c.ing || v == scan.start || noun_marked(ctx, v) {
        return None;
    }
    let next = v + 1;
    let complement = ctx.is_any(next, &["to"]) && ctx.is_word(next + 1) && !ctx.is_cap(next + 1)
        || ctx.is_any(next, &["that"])
        || ctx.is_word(next)
            && !ctx.is_cap(next)
            && !ctx.is_preposition(next)
            && ctx
                .function_class(next)
                .is_none_or(|f| f == FunctionClass::Adverb);
    if !complement {
        return None;
    }
    let end = content::clause_end(ctx, scan.quoted, next, scan.end);
    let subject = if ctx.is_any(next, &["that"]) {
        None
    } else {
        Some(scan.near.get(ctx, v, scan.start)?)
    };
    let start = subject.map_or(next + 1, |np| np.start);
    // "Cole seemed to urge …": the infinitive reports, and the subject of "seem" is its source.
    let reports = ctx.is_any(next, &["to"]) && cue::verb_at(ctx, next + 1).is_some();
    let source = subject.filter(|_| reports);
    row(scan, (v, v + 1), source, (start, end), CueKind::Thought)
}

/// "X was criticized (by Y) for …", "X is widely seen as …", "Y was asked whether …": a cue
/// in the passive. The content is the subject with the rest of the clause, or the clause after
/// "that" or a wh-word; the source is the "by" phrase, if any.
fn passive(scan: &Scan, v: usize) -> Option<Reported> {
    let c = scan.facts(v).verb?;
    let ctx = scan.ctx;
    // "was ruled out": a `noun_first` word is a verb before "that" only.
    if c.seem || !scan.passive_at(v) || noun_first(ctx, v) {
        return None;
    }
    // "X is said to be intrigued by Y": a "by" after "said to" is the infinitive's; the agent
    // of the report would stand before "to". A cue with a hearer ("was told to … by Y") and
    // an -ed participle ("was asked to preserve them by the committee", read so before rule
    // `agentless_reporting`) keep it.
    let infinitive = !c.hearer
        && !ctx.norm(v).ends_with("ed")
        && ctx.is_any(v + 1, &["to"])
        && content::reporting_participle(ctx, v);
    let by = passive_agent(ctx, v, scan.end).filter(|_| !infinitive);
    let opener = content::time_then_that(ctx, v + 1);
    let clause = c.clause && words::is(ctx, opener, Class::ClauseOpener);
    let start = if clause {
        opener + usize::from(ctx.is_any(opener, &["that"]))
    } else {
        source::before_be(ctx, v, scan.start)?.start
    };
    let mut end = content::clause_end(ctx, scan.quoted, v + 1, scan.end);
    // Step `relative_comma_ends`: a relative aside's passive ("The man, who is said to be 40,
    // was arrested …") ends at the aside's closing comma; the main clause goes on after it.
    // A comma before a name in apposition or an example ("in the capital, Madrid.", ", such
    // as …") is the aside's own, and the content keeps its end; one before a name and a
    // lower-case word (", Marvel said") closes the aside.
    let aside = !clause
        && start.checked_sub(1).is_some_and(|p| ctx.is_punct(p, ","))
        && ctx.function_class(start) == Some(FunctionClass::Relative);
    if aside {
        let comma = (v + 1..end).find(|&j| ctx.is_punct(j, ","));
        let own = |j: usize| {
            let name = ctx.is_cap(j + 1)
                && (j + 1..end)
                    .take_while(|&k| ctx.is_word(k))
                    .all(|k| ctx.is_cap(k));
            name || ctx.is_any(j + 1, &["such", "including"])
        };
        if let Some(comma) = comma.filter(|&j| !own(j)) {
            end = comma;
        }
    }
    // Step `agent_comma_ends`: an agent followed by a comma ends the content; what follows is
    // about the agent ("X was criticised by Y, who said …", "… by Y, the mayor, …"), while
    // "by Y for …" or "by Y whether …" goes on with the content, and so does a clause resumed
    // by a preposition after a short insertion ("by Y, who worked for Z, of grabbing …").
    if let Some(a) = by
        .as_ref()
        .filter(|a| a.end < end && ctx.is_punct(a.end, ","))
    {
        let resumes = (a.end + 1..end.min(a.end + 1 + AGENT_INSERTION))
            .find(|&j| ctx.is_punct(j, ","))
            .is_some_and(|j| ctx.is_preposition(j + 1));
        if !resumes {
            end = a.end;
        }
    }
    let kind = kind_for(scan, c.kind, by);
    row(scan, (v, v + 1), by, (start, end.max(v + 1)), kind)
}

/// Most tokens of an insertion after a passive's agent before the clause resumes (step
/// `agent_comma_ends`).
const AGENT_INSERTION: usize = 12;

/// Most tokens from a passive cue to its "by" phrase ("was declared the winner in three
/// counties by …").
const AGENT_REACH: usize = 10;

/// The agent of the passive cue at `v`: the phrase after the first "by" of its clause, before
/// any punctuation ("was criticized by Y", "was considered unwise by Y"; not "by saying").
fn passive_agent(ctx: &Ctx, v: usize, end: usize) -> Option<Np> {
    let by = (v + 1..end.min(v + 1 + AGENT_REACH))
        .take_while(|&j| ctx.is_word(j) || ctx.kind(j) == Some(crate::tokenize::TokenKind::Number))
        .find(|&j| ctx.is_any(j, &["by"]))?;
    let first = by + 1;
    let w = ctx.norm(first);
    // "by saying": a gerund, no agent; "by left-leaning economists": a hyphenated -ing word
    // is an adjective.
    if w.ends_with("ing") && !w.contains('-') {
        return None;
    }
    agent_phrase(ctx, first, end)
}

/// The agent or holder phrase opening at `first` (after "by", or after the "from" or "of" of
/// rule `received_stance`), no further right than `end`: a noun phrase, with a degree word
/// before a figure or "both" before an article stepped over and a proportion run to its noun.
fn agent_phrase(ctx: &Ctx, first: usize, end: usize) -> Option<Np> {
    let w = ctx.norm(first);
    // Rule `agent_modifier`: a degree word before a figure ("by nearly 6 in 10 voters") or
    // "both"/"either" before an article ("by both the unions and …") opens the agent; the
    // mention is the phrase after it.
    let degree = (ctx.function_class(first) == Some(FunctionClass::Adverb) || w.ends_with("ly"))
        && ctx.kind(first + 1) == Some(crate::tokenize::TokenKind::Number);
    let pair = ctx.is_any(first, &["both", "either"])
        && ctx.function_class(first + 1) == Some(FunctionClass::Determiner);
    let mut np = ctx.np_starting_at(first + usize::from(degree || pair), end)?;
    // A figure before "in" or "of" heads a proportion: "6 in 10 of the voters" runs to its
    // noun, before any punctuation or relative word ("by 40,000 per year" stays a figure).
    if np.end == np.start + 1
        && ctx.kind(np.start) == Some(crate::tokenize::TokenKind::Number)
        && ctx.is_any(np.end, &["in", "of"])
    {
        let high = end.min(np.start + AGENT_REACH);
        let last_noun = (np.start + 1..high)
            .take_while(|&j| {
                (ctx.is_word(j) || ctx.kind(j) == Some(crate::tokenize::TokenKind::Number))
                    && !words::is(ctx, j, Class::ClauseOpener)
                    && ctx.function_class(j) != Some(FunctionClass::Relative)
            })
            .filter(|&j| ctx.is_word(j) && ctx.function_class(j).is_none())
            .last();
        if let Some(j) = last_noun {
            np.end = j + 1;
        }
    }
    Some(np)
}

/// "X is convinced that …", "X was sharply critical of …", "X is eager to …": a stance
/// adjective after "be"; its subject is the source.
fn adjective(scan: &Scan, k: usize) -> Option<Reported> {
    stance_adjective(scan, k, source::before_be)
}

/// Rule `linking_adjective`: "they remain hopeful that …", "we're confident that …", "she is
/// so proud of …": a stance adjective after a linking verb, a contraction or a degree word
/// ([`source::before_link`]); its subject is the source.
fn linking_adjective(scan: &Scan, k: usize) -> Option<Reported> {
    stance_adjective(scan, k, source::before_link)
}

/// A stance adjective's row, its subject found by `subject`.
fn stance_adjective(
    scan: &Scan,
    k: usize,
    subject: fn(&Ctx, usize, usize) -> Option<Np>,
) -> Option<Reported> {
    let a = scan.facts(k).adjective?;
    let ctx = scan.ctx;
    let next = ctx.tok(k + 1);
    let (cue_end, start) = if a.clause && next == "that" {
        (k + 1, k + 2)
    } else if a.to && next == "to" && ctx.is_word(k + 2) && !ctx.is_cap(k + 2) {
        (k + 1, k + 1)
    } else if a.takes_preposition(next) {
        (k + 2, k + 2)
    } else {
        return None;
    };
    let np = subject(ctx, k, scan.start)?;
    let end = content::clause_end(ctx, scan.quoted, start, scan.end);
    if a.clause && next == "that" && !content::has_finite_verb(ctx, start, end) {
        return None;
    }
    row(scan, (k, cue_end), Some(np), (start, end), a.kind)
}

fn verb_clause(scan: &Scan, v: usize) -> Option<Reported> {
    // The right-hand side first: the subject search is the costly part.
    let c = scan.facts(v).verb?;
    let ctx = scan.ctx;
    if !c.clause || !scan.verb_reading(v) {
        return None;
    }
    if perception_scene(scan, v)
        || result_object(scan, v)
        || phrasal_particle(ctx, c, v + 1)
        || ing_modifier(ctx, v)
        || message_before_participle(ctx, v)
    {
        return None;
    }
    let hearer = c.hearer && !ctx.is_any(v + 1, &["that"]);
    // "warned the economy would slow": no hearer after all, when a verb follows the phrase
    // ("told union workers in Ohio" has none).
    let no_hearer = || {
        ctx.np_starting_at(v + 1, scan.end)
            .is_some_and(|np| content::finite_at(ctx, np.end, true))
    };
    let start = content::clause_start(ctx, v, scan.end, hearer).or_else(|| {
        (hearer && no_hearer())
            .then(|| content::clause_start(ctx, v, scan.end, false))
            .flatten()
    });
    let start = start.filter(|&k| !ask_bare_clause(ctx, c, v, k));
    let gap = start.is_none() && relative_gap_verb(scan, c, v);
    let start = if gap { v + 1 } else { start? };
    if scan.quoted_content(start) {
        return None;
    }
    let np = match verb_with_source(scan, v) {
        Some((_, np)) => Some(np),
        None if !gap && unsourced_clause_cue(scan, v, c) => None,
        None if !gap && c.ing => Some(message_source(scan, v)?),
        None => return None,
    };
    if gap && !np.is_some_and(|np| gap_subject(scan, np, v)) {
        return None;
    }
    let end = content::clause_end(ctx, scan.quoted, start, scan.end);
    let end = np.map_or(end, |np| relative_end(ctx, np, start, end));
    let end = np.map_or(end, |np| gap_clause_end(scan, np, v, gap, (start, end)));
    let that = start > v + 1 && ctx.is_any(start - 1, &["that"]);
    // A gap clause opens with its verb (read above), which the test below skips as a first word.
    // Step `relative_after_hearer` of `clause_start` may open the content at an infinitive.
    if !that
        && !gap
        && !ctx.is_any(start, &["to"])
        && !content::has_finite_verb(ctx, start, end)
        && !content::pronoun_verb(ctx, start)
    {
        return None;
    }
    row(
        scan,
        (v, v + 1),
        np,
        (start, end),
        kind_for(scan, c.kind, np),
    )
}

/// Rule `relative_gap` (of `verb_clause`, where no clause start is found): "the tax, which he
/// said would hurt families": in a relative clause whose relative word (class
/// `relative_before`, or none: [`zero_relative`]) is the reported clause's subject, the words
/// from the auxiliary or verb after the cue at `v` are the clause. Is the word after the cue
/// such a verb?
fn relative_gap_verb(scan: &Scan, c: cue::IndirectCue, v: usize) -> bool {
    let ctx = scan.ctx;
    v + 2 < scan.end
        && (ctx.function_class(v + 1) == Some(FunctionClass::Auxiliary)
            || words::is(ctx, v + 1, Class::Be)
            || lexical_gap_verb(ctx, v + 1) && !plural_object(ctx, c, v + 1))
        && !ctx.is_any(v + 1, &["to"])
        && !words::is(ctx, v - 1, Class::Be)
}

/// For rule `relative_gap`: the cue's subject `np` ends at the cue at `v` and a relative word
/// (or [`zero_relative`]'s noun) stands right before it.
fn gap_subject(scan: &Scan, np: Np, v: usize) -> bool {
    let ctx = scan.ctx;
    np.start > scan.start
        && (words::is(ctx, np.start - 1, Class::RelativeBefore)
            || zero_relative(scan, np.start - 1))
        && np.end == v
}

/// For rule `relative_gap`: "…, which ministers claim will cut crime, is opposed": the gap
/// clause `(start, end)` ends where the main clause resumes, as a report inside a relative
/// clause does; the same when the clause after the cue at `v` opens with its verb for another
/// reason ("which the campaign says includes …, is …").
fn gap_clause_end(scan: &Scan, np: Np, v: usize, gap: bool, (start, end): (usize, usize)) -> usize {
    let ctx = scan.ctx;
    let relative_subject = start == v + 1
        && np.start > scan.start
        && words::is(ctx, np.start - 1, Class::RelativeBefore);
    if !gap && !relative_subject {
        return end;
    }
    let relative = Np {
        start: np.start - 1,
        ..np
    };
    relative_end(ctx, relative, start, end)
}

/// Step `lexical_gap` of rule `relative_gap`: a lower-case finite verb with no function class
/// right after the cue — an -s or -ed word or a listed irregular past ("which the campaign
/// says includes …", "an event that Lee says changed his life") — is the gap clause's verb,
/// as an auxiliary is ("which he said would …"); the subject test of `relative_gap` still
/// asks for a relative word (or [`zero_relative`]) right before the cue's subject.
pub(super) fn lexical_gap_verb(ctx: &Ctx, k: usize) -> bool {
    k < ctx.len()
        && ctx.is_word(k)
        && !ctx.is_cap(k)
        && ctx.function_class(k).is_none()
        && content::finite_at(ctx, k, true)
}

/// For step `lexical_gap`: an -s word after the cue at `k` is more likely the cue's hearer or
/// object than a gap verb when the cue takes a hearer or "to" follows it ("asked workers to
/// sign up"); an -ed word or irregular past is not.
fn plural_object(ctx: &Ctx, c: cue::IndirectCue, k: usize) -> bool {
    let w = ctx.norm(k);
    let s_word = w.ends_with('s') && !w.ends_with("ss");
    s_word && (c.hearer || ctx.is_any(k + 1, &["to"]))
}

/// Step `zero_relative` of rule `relative_gap`: "It's a trend Moreno said could help", "a
/// tactic Democrats hope will dampen …": a relative clause with no relative word, its subject
/// right after the noun it describes. The word at `k` before the cue's subject ends such a
/// noun phrase: a lower-case word with no function class and no verb form (-ed, -ing, -ly or
/// a finite form), in a phrase a determiner opens ("a probe", not "to accept extradition"),
/// after a finite verb of the sentence — the phrase is an object or complement; a sentence
/// that opens with it ("The second plan BT announced is …") has the gap as the cue's object
/// and the verb after it as the main verb. Not "On Monday he said would …", "but critics
/// said was …".
fn zero_relative(scan: &Scan, k: usize) -> bool {
    let ctx = scan.ctx;
    let w = ctx.norm(k);
    let noun = ctx.is_word(k)
        && !ctx.is_cap(k)
        && ctx.function_class(k).is_none()
        && !ctx.is_preposition(k)
        && ctx.cue(k).is_none()
        && !w.ends_with("ed")
        && !w.ends_with("ing")
        && !w.ends_with("ly")
        && !content::finite_at(ctx, k, true);
    if !noun {
        return false;
    }
    let Some(head) = ctx.np_ending_at(k, scan.start) else {
        return false;
    };
    // "the same drive, discipline and unbending resolve she argues is needed": the last of
    // coordinated nouns.
    let opened = ctx.function_class(head.start) == Some(FunctionClass::Determiner)
        || head.start > scan.start
            && (ctx.is_punct(head.start - 1, ",") || ctx.is_any(head.start - 1, &["and", "or"]));
    head.end == k + 1
        && opened
        && (scan.finite_verb_before(head.start) || clitic_be_before(scan, head.start))
}

/// For `zero_relative`: a contracted "is" after a pronoun before `end` ("It's a trend …",
/// "That's a risk …"), which the finite-verb test leaves out after a capital.
fn clitic_be_before(scan: &Scan, end: usize) -> bool {
    let ctx = scan.ctx;
    (scan.start + 1..end).any(|j| ctx.norm(j) == "'s" && ctx.function_class(j - 1).is_some())
}

/// "Vale, who said he knew the owners, will attend", "Vale - who said … - said …": a report in
/// a relative clause ends at the comma or dash where the main clause's verb (or cue) resumes.
fn relative_end(ctx: &Ctx, np: Np, start: usize, end: usize) -> usize {
    let mark = ctx.tok(np.start.wrapping_sub(1));
    let relative = np.start > 0
        && matches!(mark, "," | "—" | "–" | "--" | "-")
        && ctx.function_class(np.start) == Some(FunctionClass::Relative);
    if !relative {
        return end;
    }
    let cue_verb = |j: usize| ctx.cue(j).is_some() && ctx.tok(j).starts_with(char::is_lowercase);
    let resumes = |c: usize| {
        ctx.function_class(c + 1) == Some(FunctionClass::Auxiliary)
            || content::finite_at(ctx, c + 1, true)
            || cue_verb(c + 1)
    };
    // ", said to be worth $5 billion, was too costly": a verb before "to" whose aside closes
    // with the same mark before another verb is a reduced passive in the reported clause,
    // and neither of its marks is a resume point.
    let mut skip_to = start;
    (start + 1..end)
        .find(|&c| {
            if c <= skip_to || ctx.tok(c) != mark || !resumes(c) {
                return false;
            }
            let close = (c + 2..end).find(|&k| ctx.tok(k) == mark);
            let aside = ctx.is_any(c + 2, &["to"])
                && ctx.function_class(c + 1) != Some(FunctionClass::Auxiliary)
                && close.is_some_and(&resumes);
            if let (true, Some(k)) = (aside, close) {
                skip_to = k;
            }
            !aside
        })
        .unwrap_or(end)
}

/// Rule `message_participle` (of `verb_clause`, where the subject search finds nothing):
/// "There were emails showing that …", "a letter warning that …": an -ing cue right after a
/// reporting or document noun (or the plural of one) reports what that message says, and the
/// noun's phrase is the source.
fn message_source(scan: &Scan, v: usize) -> Option<Np> {
    let ctx = scan.ctx;
    let k = v.checked_sub(1).filter(|&k| k > scan.start)?;
    let w = ctx.norm(k);
    let noun = cue::noun_at(ctx, k).is_some()
        || w.len() > 3 && w.ends_with('s') && ctx.is_word(k) && cue::noun_named(&w[..w.len() - 1]);
    if !noun || ctx.is_cap(k) {
        return None;
    }
    // "emails" is a cue verb's -s form too, which the chunker may not read as a noun: then the
    // noun with its article.
    let chunked = ctx.np_ending_at(k, scan.start).filter(|np| np.end == v);
    Some(chunked.unwrap_or_else(|| {
        let start = if ctx.function_class(k - 1) == Some(FunctionClass::Determiner) {
            k - 1
        } else {
            k
        };
        Np {
            start,
            end: v,
            mention_start: start,
            kind: NpKind::Common,
        }
    }))
}

/// Rule `message_before_participle` (of `verb_clause` and `verb_object`): "Police received calls saying …",
/// "There were reports suggesting …": an -s cue word right after a form of "be" or a past
/// form, before an -ing cue that takes a clause, is a plural noun (the object or subject of
/// that verb), and the participle is its cue (rule `message_participle`); "she recalls
/// saying …", "Cole denies saying …" have a subject before the -s verb. A verb that closes
/// a relative clause ("The man who was injured recalls saying …", "The candidate who lost
/// admits saying …": a relative word right before it, or before its "be") leaves the -s word
/// the main clause's verb.
fn message_before_participle(ctx: &Ctx, v: usize) -> bool {
    let Some(before) = v.checked_sub(1) else {
        return false;
    };
    let w = ctx.norm(before);
    let verb_before = words::is(ctx, before, Class::Be)
        || ctx.is_word(before)
            && !ctx.is_cap(before)
            && ctx.function_class(before).is_none()
            && (w.ends_with("ed") || cue::irregular_past_at(ctx, before));
    let relative = |k: Option<usize>| {
        k.is_some_and(|k| ctx.function_class(k) == Some(FunctionClass::Relative))
    };
    let be_before = before
        .checked_sub(1)
        .filter(|&b| words::is(ctx, b, Class::Be));
    let closes_relative =
        relative(before.checked_sub(1)) || relative(be_before.and_then(|b| b.checked_sub(1)));
    verb_before
        && !closes_relative
        && ctx.norm(v).ends_with('s')
        && cue::verb_at(ctx, v + 1).is_some_and(|c| c.ing && c.clause)
}

/// A finite cue whose subject the search cannot find ("More than six in 10 said …", "…
/// rushed everyone inside and said …"): still a report, with no source named. Not a bare or
/// -ing form, not passive, and not a noun after an article or a preposition.
fn unsourced_clause_cue(scan: &Scan, v: usize, c: cue::IndirectCue) -> bool {
    let ctx = scan.ctx;
    let Some(form) = ctx.cue(v) else {
        return false;
    };
    v > scan.start
        && !c.ing
        && !form.base
        && !form.third
        && (ctx.is_word(v - 1) || ctx.kind(v - 1) == Some(crate::tokenize::TokenKind::Number))
        && !noun_marked(ctx, v)
        && !ctx.is_preposition(v - 1)
        && !ctx.passive(v)
        && !scan.passive_at(v)
}

fn verb_infinitive(scan: &Scan, v: usize) -> Option<Reported> {
    let ctx = scan.ctx;
    let c = scan.facts(v).verb?;
    if !(c.to || c.object_to) {
        return None;
    }
    let mut start = v + 1;
    let mut cue_end = v + 1;
    // "called on Congress to act" ("called for an inquiry" is the preposition rule's).
    if c.on_to && ctx.is_any(start, &["on", "upon"]) {
        start += 1;
        cue_end = start;
    }
    if !ctx.is_any(start, &["to"]) {
        if !c.object_to {
            return None;
        }
        // "asked them to confirm …", "urged her to note …": an object pronoun is the hearer
        // ("her" before "to" is no possessive); not before "to the …" ("challenge them to
        // the award": a preposition's object).
        start = if ctx.is_word(start)
            && HEARER_PRONOUNS.contains(ctx.low(start))
            && ctx.is_any(start + 1, &["to"])
            && !matches!(
                ctx.function_class(start + 2),
                Some(FunctionClass::Determiner | FunctionClass::Pronoun)
            ) {
            start + 1
        } else {
            ctx.np_starting_at(start, scan.end)?.end
        };
    } else if !c.to {
        return None;
    } else if let Some(to) = hearer_before_infinitive(scan, start) {
        start = to;
    }
    if !ctx.is_any(start, &["to"])
        || !ctx.is_word(start + 1)
        || ctx.is_cap(start + 1)
        || prepositional_to(ctx, start)
    {
        return None;
    }
    if scan.quoted_content(start) {
        return None;
    }
    let (_, np) = verb_with_source(scan, v)?;
    let end = content::clause_end(ctx, scan.quoted, start, scan.end);
    let end = relative_end(ctx, np, start, end);
    let end = content::infinitive_coordinate_end(ctx, start, end);
    row(
        scan,
        (v, cue_end),
        Some(np),
        (start, end),
        kind_for(scan, c.kind, Some(np)),
    )
}

/// Rule `prepositional_to` (of `verb_infinitive`): "vowed to the crowd to fight on", "pointed
/// to their record", "said drilling to the north had stopped": "to" before an article or a
/// possessive (`noun_marker`) opens a phrase, not an infinitive (no verb follows "to the"), so
/// the cue gives no infinitive row there; a cue with the preposition "to" ("referred to the
/// plan") is read by `verb_preposition`, and a clause cue keeps the words before "to" ("said
/// drilling …"), and so does another determiner ("referring to other comments", "responded
/// to that tweet"). Step `adverb_after_to`: a determiner before a time word or "but" opens an
/// adverb of the infinitive ("plans to each year review …", "agreed to this year cut …",
/// "threatened to all but shut …"). Step `split_infinitive`: "one day" or a floating
/// quantifier before a bare verb splits the infinitive ("vowed to one day return …",
/// "pledged to both cut taxes and …").
fn prepositional_to(ctx: &Ctx, to: usize) -> bool {
    let det = ctx.function_class(to + 1) == Some(FunctionClass::Determiner);
    words::is(ctx, to + 1, Class::NounMarker)
        || det
            && !(words::is(ctx, to + 2, Class::TimeWord)
                || ctx.is_any(to + 2, &["but"])
                || split_infinitive(ctx, to))
}

/// Step `split_infinitive` of rule `prepositional_to`: "to one day return the land", "to both
/// cut taxes and hire …", "to each pay …": "one day" or a floating quantifier
/// (`indirect_floating_quantifiers.txt`) and then a lower-case word that reads as a bare verb
/// (no function word, no preposition, no -s form or irregular plural, not "both X and Y", and
/// no preposition after it: a noun takes one, "to each request from the union", "to all
/// evidence in the file"), so "to both sides", "to both men", "to all of them", "to both
/// local and national …" stay phrases.
fn split_infinitive(ctx: &Ctx, to: usize) -> bool {
    let one_day = ctx.is_any(to + 1, &["one"]) && ctx.is_any(to + 2, &["day"]);
    let verb = if one_day { to + 3 } else { to + 2 };
    if !(one_day || source::floating_quantifier_word(ctx, to + 1)) {
        return false;
    }
    let w = ctx.norm(verb);
    ctx.is_word(verb)
        && !ctx.is_cap(verb)
        && ctx.function_class(verb).is_none()
        && !ctx.is_preposition(verb)
        && !w.ends_with('s')
        && !words::is(ctx, verb, Class::IrregularPlural)
        && ctx.is_word(verb + 1)
        && !ctx.is_any(verb + 1, &["and", "or"])
        && !ctx.is_preposition(verb + 1)
}

/// Guard `ask_bare_clause` of `verb_clause`: a hearer cue that also takes a plain object
/// (`ask`) takes no bare clause (a subject and its finite verb) after a phrase: only a
/// wh-word, "if"/"whether" or "that" opens its question ("asked the engineers why …");
/// "asked the price the buyers were willing to pay", "Frequently asked questions the
/// ministry published show …" hold an object and its relative clause. A second object
/// stays ("asking him a series of questions", "asked voters their views on …"). `k`: where
/// the clause would start.
fn ask_bare_clause(ctx: &Ctx, c: cue::IndirectCue, v: usize, k: usize) -> bool {
    let subject_end = || {
        if words::is(ctx, k, Class::SubjectPronoun) {
            Some(k + 1)
        } else {
            ctx.np_starting_at(k, ctx.len()).map(|np| np.end)
        }
    };
    c.hearer
        && c.object
        && k > v + 1
        && !words::is(ctx, k, Class::ClauseOpener)
        && !ctx.is_any(k - 1, &["that"])
        && !ctx.is_any(k, &["to"])
        && !ctx.is_punct(k - 1, ",")
        && subject_end().is_some_and(|e| content::finite_at(ctx, e, true))
}

/// Step `to_hearer` of `verb_infinitive` (with rule `prepositional_to`): "vowed to the crowd to
/// fight on", "promised to the voters to cut taxes": "to", a phrase opened by an article or a
/// possessive and an infinitive after it name a hearer, and the infinitive is what was said;
/// the second "to" (`None`: no such hearer at `to`).
fn hearer_before_infinitive(scan: &Scan, to: usize) -> Option<usize> {
    let ctx = scan.ctx;
    if !ctx.is_any(to, &["to"]) || !prepositional_to(ctx, to) {
        return None;
    }
    let e = ctx.np_starting_at(to + 1, scan.end)?.end;
    (ctx.is_any(e, &["to"])
        && ctx.is_word(e + 1)
        && !ctx.is_cap(e + 1)
        && !prepositional_to(ctx, e))
    .then_some(e)
}

/// Guard `to_not_preposition` of `verb_preposition`: a cue with an infinitive frame reads "to"
/// and a phrase as a hearer, not as its content, when an infinitive follows ("vowed to the
/// crowd to fight on": `verb_infinitive` reports it) or a second object does ("promised to his
/// neighbours a quiet summer"); "agreed to the plan", "referred to the plan" keep their row.
fn to_hearer_not_content(scan: &Scan, c: cue::IndirectCue, p: usize) -> bool {
    let ctx = scan.ctx;
    if !c.to || !ctx.is_any(p, &["to"]) {
        return false;
    }
    hearer_before_infinitive(scan, p).is_some()
        || words::is(ctx, p + 1, Class::NounMarker)
            && ctx
                .np_starting_at(p + 1, scan.end)
                .is_some_and(|np| words::is(ctx, np.end, Class::NounMarker))
}

fn verb_preposition(scan: &Scan, v: usize) -> Option<Reported> {
    let ctx = scan.ctx;
    let c = scan.facts(v).verb?;
    if c.prepositions == 0 {
        return None;
    }
    // Step `particle_preposition`: the verb's particle may stand before the preposition
    // ("spoke out against", "lashed out at"); a verb of frame `particle` takes its
    // preposition only so (`indirect_cues.txt`).
    let after_particle = c.particle != 0
        && ctx.with_lower(v + 1, |w| c.has_particle(w))
        && ctx.with_lower(v + 2, |w| c.takes_preposition(w));
    // One adverb may come between: "spoke openly about".
    let p = if after_particle {
        v + 2
    } else if c.particle_only {
        return None;
    } else if ctx.function_class(v + 1) == Some(FunctionClass::Adverb)
        || ctx.norm(v + 1).ends_with("ly")
    {
        v + 2
    } else {
        time_between(ctx, v + 1)
    };
    if !ctx.with_lower(p, |w| c.takes_preposition(w))
        || scan.quoted_content(p + 1)
        || to_hearer_not_content(scan, c, p)
    {
        return None;
    }
    let (_, np) = verb_with_source(scan, v)?;
    let start = p + 1;
    let end = content::clause_end(ctx, scan.quoted, start, scan.end);
    let end = relative_end(ctx, np, start, end);
    let cut = object_clause_end(ctx, start, end);
    // A name alone is a whole object before the clause ("lashed out at Khan after he …").
    let fewest = if cut < end { 1 } else { 2 };
    row_of(
        scan,
        (v, p + 1),
        Some(np),
        (start, cut),
        kind_for(scan, c.kind, Some(np)),
        fewest,
    )
}

/// Rule `time_between`: "called Friday for …", "spoke last week about …": a time phrase (no
/// preposition) may stand between a verb and its preposition; the token after it.
fn time_between(ctx: &Ctx, k: usize) -> usize {
    let mut j = k;
    while j < k + 3 && words::is(ctx, j, Class::TimeWord) && !ctx.is_preposition(j) {
        j += 1;
    }
    if j > k && ctx.is_preposition(j) {
        j
    } else {
        k
    }
}

fn verb_object(scan: &Scan, v: usize) -> Option<Reported> {
    let ctx = scan.ctx;
    let c = scan.facts(v).verb?;
    if !c.object {
        return None;
    }
    let start = v + 1;
    let opens = ctx.function_class(start) == Some(FunctionClass::Determiner)
        || ctx.is_cap(start)
        || ctx.norm(start).ends_with("ing")
        || (ctx.is_word(start)
            && ctx.function_class(start).is_none()
            && !ctx.is_preposition(start));
    if !opens || ctx.is_any(start, &["that", "to"]) || scan.quoted_content(start) {
        return None;
    }
    if phrasal_particle(ctx, c, start)
        || possessor_noun(ctx, v)
        || ing_modifier(ctx, v)
        || back_particle(ctx, v)
    {
        return None;
    }
    if message_before_participle(ctx, v) {
        return None;
    }
    if perception_scene(scan, v) || result_object(scan, v) {
        return None;
    }
    let (_, np) = verb_with_source(scan, v)?;
    // A participle object belongs to a subject right before it ("voters backing Cruz").
    // ("X issued a statement saying …" has its phrase right before too, a document of X's.)
    let far = np.end + 1 < v
        && !scan
            .near
            .get(ctx, v, scan.start)
            .is_some_and(|near| near.end + 1 >= v && np.end <= near.start);
    // "Teske, a guard, is backing Cruz": after a form of "be" it is a progressive (rule
    // `progressive_object`), the verb of the subject however far.
    let progressive = words::is(ctx, v - 1, Class::Be);
    // "X issued statements condemning …": the subject of the verb that made the object
    // (step `making_object`), however the chunker joined the phrases.
    let made = c.ing && source::making_verb(ctx, v, scan.start).is_some();
    if c.ing && far && !progressive && !made && !matches!(ctx.tok(v - 1), "," | "and" | "—" | "–")
    {
        return None;
    }
    let end = content::clause_end(ctx, scan.quoted, start, scan.end);
    let end = relative_end(ctx, np, start, end);
    let end = object_clause_end(ctx, start, end);
    if adjunct_object(ctx, start, end) {
        return None;
    }
    let fewest = if name_object(ctx, v, start, end) {
        1
    } else {
        2
    };
    row_of(
        scan,
        (v, v + 1),
        Some(np),
        (start, end),
        kind_for(scan, c.kind, Some(np)),
        fewest,
    )
}

/// Relative words that stand for a cue's object when its subject follows them
/// (`indirect_object_relatives.txt`).
static OBJECT_RELATIVES: LazyLock<FastSet<String>> = LazyLock::new(|| {
    lexicon::lowercase_set(include_str!(
        "../../../data/lexicons/indirect_object_relatives.txt"
    ))
});

/// Most tokens from a relative word to the cue of its clause (the subject with its
/// auxiliaries and adverbs between): guard `relative_near` of rule `object_relative`.
const RELATIVE_SUBJECT_REACH: usize = 12;

/// [`RELATIVE_SUBJECT_REACH`] for a free relative "what" with an object after its cue, whose
/// subject is short ("what he calls", "what former employees have called").
const FREE_SUBJECT_REACH: usize = 6;

/// Rule `object_relative`: "the ferry deal, which the harbour board firmly rejected", "a
/// baker whom most of the villagers back", "a route that the council had proposed":
/// a cue of frame `object` with no object after it (the clause end, a punctuation mark, a
/// preposition or "and"/"or" follows), whose subject opens right after a relative word
/// (`indirect_object_relatives.txt`) that itself follows a noun or a comma ("that" a phrase a
/// determiner opens), reports that relative word: it stands for the object. The subject is
/// the source. "what" is its own antecedent (after any word but a cue: "That's what the
/// mayor promised"; a verb or "to" after its cue leaves it alone: "what we have read has
/// …"); with a complement after the cue ("what she calls a waste of harbour money") the
/// content runs from "what" to the end of the noun phrase after the cue (past "as", on
/// through "of"); where no noun phrase is read there ("what she saw if …"), "what" alone.
/// Not a participle, a passive, a cue after an article or a form of "be" ("is back in
/// order"), an -s cue after an undetermined common phrase ("which carry parental advisory
/// labels": a plural noun), nor a relative at the sentence start.
fn object_relative(scan: &Scan, v: usize) -> Option<Reported> {
    let ctx = scan.ctx;
    let c = scan.facts(v).verb?;
    if !c.object || c.ing || v == scan.start || noun_marked(ctx, v) {
        return None;
    }
    let n = v + 1;
    let gap = n >= scan.end
        || !ctx.is_word(n)
            && ctx.kind(n) != Some(crate::tokenize::TokenKind::Number)
            && !ctx.is_quote_mark(n)
        || ctx.is_preposition(n) && !ctx.is_any(n, &["to"])
        || ctx.is_any(n, &["and", "or"]);
    // Guard `relative_near`, before the subject search.
    if !relative_near(scan, v, gap) {
        return None;
    }
    // "the universe is back in order": a cue word after a form of "be" is no active verb.
    if ctx.passive(v) || scan.passive_at(v) || words::is(ctx, v - 1, Class::Be) {
        return None;
    }
    let np = scan.near.get(ctx, v, scan.start)?;
    let rel = np.start.checked_sub(1).filter(|&r| r > scan.start)?;
    // "CDs which carry parental advisory labels": an -s cue after a phrase that is no name,
    // pronoun or determined phrase is a plural noun, not a verb.
    let plural_noun = ctx.norm(v).ends_with('s')
        && !ctx.norm(v).ends_with("ss")
        && np.kind == NpKind::Common
        && ctx.function_class(np.start) != Some(FunctionClass::Determiner);
    if plural_noun {
        return None;
    }
    if !ctx.with_lower(rel, |w| OBJECT_RELATIVES.contains(w)) {
        return None;
    }
    let free = ctx.is_any(rel, &["what"]);
    // "what we have read has shown …", "what she wanted to write": a verb or "to" right
    // after the cue belongs to the main clause or an infinitive, so the object is "what" alone.
    let verb_after = n < scan.end
        && (ctx.is_any(n, &["to"])
            || words::is(ctx, n, Class::Be)
            || ctx.function_class(n) == Some(FunctionClass::Auxiliary)
            || lexical_gap_verb(ctx, n));
    let gap = gap || free && verb_after;
    if !gap && !free {
        return None;
    }
    // "the agency, which reported …": the relative word is the subject, no gap; "who died of a
    // heart attack": a phrase opened by a verb is no subject (the cue is a noun).
    let verb_opened = !ctx.is_cap(np.start)
        && (ctx.norm(np.start).ends_with("ing") || content::finite_at(ctx, np.start, true));
    if ctx.with_lower(np.start, |w| OBJECT_RELATIVES.contains(w))
        || verb_opened
        || !source::opens_subject(ctx, scan.sources, np)
    {
        return None;
    }
    if !object_relative_antecedent(scan, rel, free) {
        return None;
    }
    let end = if gap {
        rel + 1
    } else {
        free_relative_end(scan, rel, n)
    };
    row_of(
        scan,
        (v, v + 1),
        Some(np),
        (rel, end),
        kind_for(scan, c.kind, Some(np)),
        1,
    )
}

/// Guard `relative_near` of rule `object_relative`, read before its subject search: a
/// relative word (class `clause_opener`) within [`RELATIVE_SUBJECT_REACH`] tokens before the
/// cue at `v`; where an object follows the cue (no `gap`), "what" within
/// [`FREE_SUBJECT_REACH`].
fn relative_near(scan: &Scan, v: usize, gap: bool) -> bool {
    let ctx = scan.ctx;
    if gap {
        let low = v.saturating_sub(RELATIVE_SUBJECT_REACH).max(scan.start + 1);
        (low..v).any(|j| words::is(ctx, j, Class::ClauseOpener))
    } else {
        let low = v.saturating_sub(FREE_SUBJECT_REACH).max(scan.start + 1);
        (low..v).any(|j| ctx.norm(j).eq_ignore_ascii_case("what"))
    }
}

/// For rule `object_relative`: does the word before the relative word at `rel` fit it? A
/// comma or a noun ends right before "which"/"who" ("the pact, which", "a candidate who");
/// "that" follows a phrase a determiner opens ("a clip that", not "It is strange that");
/// "what" is its own antecedent after any word but a cue ("That's what", not "asked what").
fn object_relative_antecedent(scan: &Scan, rel: usize, free: bool) -> bool {
    let ctx = scan.ctx;
    let a = rel - 1;
    let noun = ctx.is_word(a)
        && ctx.function_class(a).is_none()
        && ctx.cue(a).is_none()
        && !ctx.is_preposition(a)
        && !content::finite_at(ctx, a, true);
    // "a clip that …", "the potential that …": "that" after a phrase a determiner opens, not
    // after a lone word ("It is strange that …").
    let determined = || {
        ctx.np_ending_at(a, scan.start).is_some_and(|h| {
            h.end == a + 1 && ctx.function_class(h.start) == Some(FunctionClass::Determiner)
        })
    };
    if free {
        ctx.cue(a).is_none()
    } else if ctx.is_any(rel, &["that"]) {
        noun && determined()
    } else {
        ctx.is_punct(a, ",") || noun
    }
}

/// For rule `object_relative`: the end of a free relative's content when a complement
/// follows its cue at `n` ("what she calls a waste of harbour money a main theme"): the noun
/// phrase after the cue (past "as"), on through "of", within the clause; where no noun phrase
/// is read there ("what she saw if …"), "what" alone.
fn free_relative_end(scan: &Scan, rel: usize, n: usize) -> usize {
    let ctx = scan.ctx;
    let clause = content::clause_end(ctx, scan.quoted, n, scan.end);
    let from = n + usize::from(ctx.is_any(n, &["as"]));
    let mut end = ctx
        .np_starting_at(from, clause)
        .map_or(rel + 1, |np| np.end);
    // "a lack of transparency": the noun phrase goes on through "of".
    while end + 1 < clause && ctx.is_any(end, &["of"]) {
        match ctx.np_starting_at(end + 1, clause) {
            Some(np) => end = np.end,
            None => break,
        }
    }
    end
}

/// Words that stand for a whole reported clause or object (`indirect_proform_objects.txt`).
static PROFORM_OBJECTS: LazyLock<FastSet<String>> = LazyLock::new(|| {
    lexicon::lowercase_set(include_str!(
        "../../../data/lexicons/indirect_proform_objects.txt"
    ))
});

/// The first letters of [`PROFORM_OBJECTS`] by length ([`words::Initials`]).
static PROFORM_INITIALS: LazyLock<words::Initials> =
    LazyLock::new(|| words::Initials::of(PROFORM_OBJECTS.iter().map(String::as_str)));

/// Rule `proform_object`: "after a third of the anglers said so", "most of the members said
/// yes", "Reyes rejected that", "she still believes so": a cue verb (frame `object` or `clause`) whose
/// whole object is one pro-form (`indirect_proform_objects.txt`), followed by the clause
/// end, a punctuation mark other than a quotation mark, a preposition or "and"/"or",
/// reports that word, with the verb's subject as the source ("that" only before the end of
/// the sentence or a ";": before a comma, colon or preposition it is a complementizer, "found
/// that, in 2015, …", "said that by refusing …"). A verb with no subject found gives no
/// row.
fn proform_object(scan: &Scan, v: usize) -> Option<Reported> {
    let ctx = scan.ctx;
    let (n, after) = (v + 1, v + 2);
    // The first-letter filter before the lookup (the rule is tried at most cue verbs).
    if n >= scan.end
        || !PROFORM_INITIALS.may_hold(ctx.norm(n))
        || !ctx.with_lower(n, |w| PROFORM_OBJECTS.contains(w))
    {
        return None;
    }
    let c = scan.facts(v).verb?;
    if !(c.object || c.clause) || c.seem {
        return None;
    }
    let ends = after >= scan.end
        || !ctx.is_word(after)
            && ctx.kind(after) != Some(crate::tokenize::TokenKind::Number)
            && !ctx.is_quote_mark(after)
        || ctx.is_preposition(after) && !ctx.is_any(after, &["to"])
        || ctx.is_any(after, &["and", "or"]);
    // "found that, in 2015, …", "said that by refusing …", "argued that: …": "that" is a
    // pro-form only where the sentence or clause ends after it, else a complementizer.
    let complementizer = ctx.is_any(n, &["that"])
        && after < scan.end
        && !matches!(ctx.tok(after), "." | "?" | "!" | ";" | ")");
    // "said no, the plan would fail": an answer a clause goes on after is read with it by
    // the clause rules, not alone.
    let answer_goes_on = ctx.is_any(n, &["yes", "no"])
        && ctx.is_punct(after, ",")
        && (ctx.is_pronoun(after + 1)
            || ctx.function_class(after + 1) == Some(FunctionClass::Determiner))
        && content::has_finite_verb(ctx, after + 2, (after + 7).min(scan.end));
    if !ends || complementizer || answer_goes_on || !scan.verb_reading(v) || scan.quoted_content(n)
    {
        return None;
    }
    let (_, np) = verb_with_source(scan, v)?;
    // "Don't ask that.": an auxiliary opening the sentence is no subject.
    if ctx.function_class(np.start) == Some(FunctionClass::Auxiliary)
        || !source::opens_subject(ctx, scan.sources, np)
    {
        return None;
    }
    row_of(
        scan,
        (v, v + 1),
        Some(np),
        (n, n + 1),
        kind_for(scan, c.kind, Some(np)),
        1,
    )
}

/// Rule `phrasal_particle`: "showed up at the polls", "called off the talks", "saw off the
/// visitors": a particle right after a verb of frame `object` that makes a phrasal verb of
/// another sense (`indirect_phrasal_verbs.txt`); what follows is no reported object, nor a
/// reported clause ("showed off the ferry to visitors").
fn phrasal_particle(ctx: &Ctx, c: cue::IndirectCue, start: usize) -> bool {
    c.other_senses != 0 && ctx.with_lower(start, |w| c.other_sense(w))
}

/// Verbs whose forms take "back" as a particle (`indirect_back_particle_verbs.txt`).
static BACK_PARTICLE_VERBS: LazyLock<FastSet<String>> = LazyLock::new(|| {
    lexicon::lowercase_set(include_str!(
        "../../../data/lexicons/indirect_back_particle_verbs.txt"
    ))
});

/// Rule `back_particle`: "beat back a challenge", "won back the seat", "bought back their
/// stock", "took control back": the bare word "back" right after a verb of
/// `indirect_back_particle_verbs.txt`, or after one with one object word between (a
/// lower-case content word: no function class, no preposition; or an object pronoun: "set
/// you back", "won them back"), is that verb's particle, not the cue "back" (support); what
/// follows reports nothing. "will back the bill", "voters back Cruz", "to back Trump", "is
/// set to back the bill", "came to back the strike" keep their row ("to" is no object word).
fn back_particle(ctx: &Ctx, v: usize) -> bool {
    let verb = |k: usize| ctx.is_word(k) && BACK_PARTICLE_VERBS.contains(ctx.low(k));
    let object = |k: usize| {
        let content = ctx.is_word(k)
            && !ctx.is_cap(k)
            && ctx.function_class(k).is_none()
            && !ctx.is_preposition(k)
            && !ctx.is_any(k, &["to", "not"]);
        content || hearer_pronoun(ctx, k) || words::is(ctx, k, Class::ObjectPronoun)
    };
    ctx.is_any(v, &["back"])
        && v.checked_sub(1)
            .is_some_and(|b| verb(b) || object(b) && b.checked_sub(1).is_some_and(verb))
}

/// Most tokens from a subordinator or relative to the cue of its own clause (its subject
/// between).
const INNER_CUE_REACH: usize = 4;

/// Rule `object_clause_end`: "is backing Cruz because he worries that …", "has long admired
/// Pope Francis, who preaches …", "lashed out at Khan after he criticized …": the object
/// phrase of a verb or its preposition ends where a subordinate clause or a ", who/which"
/// clause opens on an active verb cue with its own subject, with no finite verb or clause word
/// in the phrase before it. That clause is a report of its own: the scan resumes at its
/// opening and finds its row, with its own subject.
fn object_clause_end(ctx: &Ctx, start: usize, end: usize) -> usize {
    let Some(j) = (start + 1..end).find(|&j| opens_inner_report(ctx, j, end)) else {
        return end;
    };
    if content::has_finite_verb(ctx, start, j)
        || (start..j).any(|k| !ctx.is_cap(k) && words::is(ctx, k, Class::ClauseWord))
    {
        return end;
    }
    // The comma before ", who" and an adverb before the subordinator ("even though", "just
    // as") are no part of the phrase.
    let mut cut = j;
    while cut > start + 1
        && (ctx.is_punct(cut - 1, ",")
            || ctx.function_class(cut - 1) == Some(FunctionClass::Adverb)
            || ctx.is_any(cut - 1, &["even", "just"]))
    {
        cut -= 1;
    }
    cut
}

/// For rule `object_clause_end`: does token `j` open a clause with a verb cue of its own: a
/// lower-case subordinator (`indirect_subordinators.txt`, "because", "when") and a subject
/// (not an -ing word) before the cue, or "who"/"which" after a comma and the cue?
fn opens_inner_report(ctx: &Ctx, j: usize, end: usize) -> bool {
    INNER_OPENERS.may_hold(ctx.norm(j)) && opens_inner_report_general(ctx, j, end)
}

/// The first letters of the words that may open an inner report for [`opens_inner_report`]
/// ([`words::Initials`]): the subordinators of `indirect_subordinators.txt`,
/// [`SUBORDINATE_OPENERS`] and [`RELATIVE_OPENERS`]. `object_clause_end` asks at every token of an object phrase; a
/// token the filter rules out is none of them, and [`opens_inner_report_general`] answers
/// `false` there without it.
static INNER_OPENERS: LazyLock<words::Initials> = LazyLock::new(|| {
    let listed = source::subordinator_words().iter().map(String::as_str);
    let named = SUBORDINATE_OPENERS.iter().chain(&RELATIVE_OPENERS).copied();
    words::Initials::of(listed.chain(named))
});

/// The subordinators besides `indirect_subordinators.txt`'s that open an inner report.
const SUBORDINATE_OPENERS: [&str; 2] = ["because", "when"];

/// The relatives that open an inner report after a comma.
const RELATIVE_OPENERS: [&str; 2] = ["who", "which"];

/// [`opens_inner_report`] without its first-letter filter (its oracle in the tests).
fn opens_inner_report_general(ctx: &Ctx, j: usize, end: usize) -> bool {
    if ctx.is_cap(j) {
        return false;
    }
    let relative = ctx.is_punct(j - 1, ",") && ctx.is_any(j, &RELATIVE_OPENERS);
    let subordinate =
        !relative && (source::subordinator(ctx, j) || ctx.is_any(j, &SUBORDINATE_OPENERS));
    if !relative && !subordinate {
        return false;
    }
    if subordinate && (ctx.norm(j + 1).ends_with("ing") || ctx.is_preposition(j + 1)) {
        return false;
    }
    let first = if relative { j + 1 } else { j + 2 };
    (j + 1..(j + 1 + INNER_CUE_REACH).min(end))
        .take_while(|&x| ctx.is_word(x))
        .any(|x| x >= first && active_cue_after_subject(ctx, x, relative))
}

/// For rule `object_clause_end`: is `x` an active verb cue (not -ing, not after "be") right
/// after its subject's head or an auxiliary after it: a pronoun, the relative that opens the
/// clause (`relative`), a capitalised word, a plural noun, a noun after an article or
/// possessive (class `noun_marker`) before an -s or past form ("the mayor says"), or before a
/// past form any lower-case noun ("a survey suggested")? Not "as a label", "secretary of
/// state", "cheap telephone calls".
fn active_cue_after_subject(ctx: &Ctx, x: usize, relative: bool) -> bool {
    if ctx.norm(x).ends_with("ing") || cue::candidate(ctx, x).is_none_or(|h| h.verb.is_none()) {
        return false;
    }
    // Back over auxiliaries and adverbs ("who has repeatedly pledged", "which already
    // relies"); a form of "be" among them is a passive ("which was first reported").
    let mut h = x - 1;
    let mut auxiliary = false;
    while h + 3 > x && h > 0 {
        if words::is(ctx, h, Class::Be) {
            return false;
        }
        let aux = ctx.function_class(h) == Some(FunctionClass::Auxiliary);
        if !aux
            && ctx.function_class(h) != Some(FunctionClass::Adverb)
            && !ctx.norm(h).ends_with("ly")
        {
            break;
        }
        auxiliary |= aux;
        h -= 1;
    }
    let past = ctx.norm(x).ends_with("ed")
        || cue::irregular_past_at(ctx, x)
        || ctx.cue(x).is_some_and(|f| !f.base && !f.third && !f.ing);
    match ctx.function_class(h) {
        Some(FunctionClass::Pronoun) => true,
        // "as people who refuse …" is a phrase, no clause.
        Some(FunctionClass::Relative) => relative,
        Some(_) => false,
        None if ctx.is_cap(h) => true,
        None => {
            // "the mayor says", not "three straight-forward points were".
            let determined = words::is(ctx, h - 1, Class::NounMarker);
            let third = ctx.norm(x).ends_with('s');
            ctx.is_word(h)
                && !ctx.is_preposition(h)
                && (past || auxiliary || ctx.norm(h).ends_with('s') || determined && third)
        }
    }
}

/// Rule `perception_scene`: "saw Leeds end their run", "saw it promoted": after a perception
/// cue (frame `perception`), a phrase followed by a verb (a lower-case content word, not
/// `-ing`) is a scene watched, not a report ("saw the plan as a mistake", "sees the economy
/// is slowing" are reports).
fn perception_scene(scan: &Scan, v: usize) -> bool {
    let ctx = scan.ctx;
    scan.facts(v).verb.is_some_and(|c| c.perception)
        && ctx.np_starting_at(v + 1, scan.end).is_some_and(|o| {
            let k = o.end;
            k < scan.end
                && ctx.is_word(k)
                && !ctx.is_cap(k)
                && !ctx.tok(k).starts_with(['\'', '’'])
                && ctx.function_class(k).is_none()
                && !ctx.is_preposition(k)
                && !ctx.norm(k).ends_with("ing")
                && !ctx.norm(k).ends_with("ly")
        })
}

/// Nouns of a measured change or business result (`indirect_result_nouns.txt`).
static RESULT_NOUNS: LazyLock<FastSet<String>> = LazyLock::new(|| {
    lexicon::lowercase_set(include_str!(
        "../../../data/lexicons/indirect_result_nouns.txt"
    ))
});

/// Most tokens of the phrase after a cue that rule `result_object` reads ("its ninth
/// consecutive drop").
const RESULT_PHRASE: usize = 6;

/// Rule `result_object`: "Vale Foods posted a 20% rise in profit", "the region saw the
/// smallest increase": after a cue of frame `result`, a phrase (an article or possessive, then
/// words, figures and signs up to a preposition, a function word or a mark) whose last word is
/// a noun of `indirect_result_nouns.txt` is a figure the subject had, not a report; one
/// followed by "as" is still viewed ("sees these gains as evidence …").
fn result_object(scan: &Scan, v: usize) -> bool {
    let ctx = scan.ctx;
    if !scan.facts(v).verb.is_some_and(|c| c.result) {
        return false;
    }
    let mut k = v + 1;
    if k < scan.end
        && (ctx.function_class(k) == Some(FunctionClass::Determiner)
            || words::is(ctx, k, Class::NounMarker))
    {
        k += 1;
    }
    let low = k;
    while k < scan.end.min(low + RESULT_PHRASE) {
        let word = ctx.is_word(k) && ctx.function_class(k).is_none() && !ctx.is_preposition(k);
        let figure = ctx.kind(k) == Some(crate::tokenize::TokenKind::Number) || ctx.tok(k) == "%";
        if !word && !figure {
            break;
        }
        k += 1;
    }
    // "saw their incomes increase", "saw orders rise": a bare result word after a plural is
    // the verb of a scene, left to the other rules.
    let scene = k > low + 1
        && !ctx.norm(k - 1).ends_with('s')
        && ctx.norm(k - 2).ends_with('s')
        && !ctx.norm(k - 2).ends_with("ss");
    // "see the increase in fees as a tax": an "as" before the clause's next mark makes the
    // figure a thing seen as something, a view reported.
    let seen_as = (k..scan.end.min(k + RESULT_PHRASE + 4))
        .take_while(|&j| ctx.is_word(j) || ctx.kind(j) == Some(crate::tokenize::TokenKind::Number))
        .any(|j| ctx.is_any(j, &["as"]));
    k > low && RESULT_NOUNS.contains(ctx.norm(k - 1)) && !seen_as && !scene
}

/// Rule `adjunct_object`: "said during the interview", "said Thursday night.", "said earlier
/// this week at …": a preposition (even one in -ing) or a time phrase ending at a mark or a
/// preposition, with no finite verb after it in the clause, is no object ("criticized long
/// delays", "backed Monday's vote" are objects; "said during his years in office he had
/// seen …" goes on).
fn adjunct_object(ctx: &Ctx, start: usize, end: usize) -> bool {
    adjunct_opening(ctx, start) && !content::has_finite_verb(ctx, start, end)
}

/// A preposition or a time phrase ending at a mark or a preposition opens the words at `start`.
fn adjunct_opening(ctx: &Ctx, start: usize) -> bool {
    if ctx.is_preposition(start) {
        return true;
    }
    let time = |k: usize| words::is(ctx, k, Class::TimeWord);
    let mut k = start;
    while k < start + 4
        && (time(k) || ctx.function_class(k) == Some(FunctionClass::Determiner))
        && !ctx.norm(k).ends_with("'s")
    {
        k += 1;
    }
    // Not "long-standing deals": a hyphen or a word goes on with the phrase.
    let ends =
        ctx.is_preposition(k) || matches!(ctx.tok(k), "" | "," | "." | ";" | ":" | "?" | "!");
    let possessive = ctx.tok(k).starts_with(['\'', '’']) || ctx.norm(k).ends_with("'s");
    (start..k).any(time) && ends && !possessive
}

/// Rule `name_object`: "endorsed Reyes.", "is backing Cruz": a lone capitalised name is a
/// whole object; not a weekday ("said Friday"), nor after a naming verb ("an app called
/// Pictochat"), nor after a bare or -s form that follows a capital ("Open champion Gaudio").
fn name_object(ctx: &Ctx, v: usize, start: usize, end: usize) -> bool {
    let naming = ctx.cue(v).is_some_and(|f| f.needs_object);
    let past = ctx.norm(v).ends_with("ed") || cue::irregular_past_at(ctx, v);
    let noun_reading = !past && !ctx.norm(v).ends_with("ing") && ctx.is_cap(v - 1);
    end == start + 1
        && ctx.is_cap(start)
        && !ctx.is_cap(v)
        && !words::is(ctx, start, Class::TimeWord)
        && !naming
        && !noun_reading
}

#[cfg(test)]
mod tests;
