//! Source: who reports. The same chunker and subject search as quotation attribution
//! ([`Ctx::subject_before`], [`Ctx::np_starting_at`]); resolution to a name is shared too
//! (`resolve::Entities`, applied by the caller).
//!
//! The subject of a cue verb is found by the named steps of [`SOURCE_RULES`], in order: the
//! `Find` steps are tried until one decides (a phrase or no source), the `Shape` steps then
//! adjust or drop the phrase, and the `Guard` steps are consulted by the others.

use std::cell::{Cell, OnceCell};
use std::sync::LazyLock;

use super::super::lexicons::FunctionClass;
use super::super::syntax::{Ctx, Np, NpKind};
use super::words;
use crate::lexicon::registry::IndirectWordClass as Class;
use crate::lexicon::registry::PossessiveHolder;
use crate::lexicon::{self, FastMap, FastSet};
use crate::tokenize::TokenKind;

/// A named step of the source search.
#[derive(Clone, Copy)]
pub(super) struct SourceRule {
    // Name and doc are for readers and the rule tests; the search needs only `step`.
    #[cfg_attr(not(test), allow(dead_code))]
    pub(super) name: &'static str,
    #[cfg_attr(not(test), allow(dead_code))]
    pub(super) doc: &'static str,
    pub(super) step: SourceStep,
}

/// What a source step does.
#[derive(Clone, Copy)]
pub(super) enum SourceStep {
    /// Tried in order: `None` when the step does not apply, else the subject it decides on
    /// (`Some(None)`: no source).
    Find(fn(&Search) -> Option<Option<Np>>),
    /// Applied in order to the subject found: the phrase adjusted, or no source.
    Shape(fn(&Search, Np) -> Option<Np>),
    /// A test the other steps consult; switched off, it never holds.
    Guard(Guard),
}

/// The tests other source steps consult.
#[derive(Clone, Copy, PartialEq, Eq)]
pub(super) enum Guard {
    FrontedPhrase = 1,
    Connective = 2,
    RelativeReport = 4,
    PrepositionHolder = 8,
    AppositiveHolder = 16,
    FrontedOpening = 32,
    AdjunctOpening = 64,
    ParticipleModifier = 128,
    ModifiedPossessor = 256,
    PrepositionObject = 512,
    SingleWordObject = 1024,
    PossessiveObject = 2048,
    NonfiniteHolder = 4096,
    NegatedGroup = 8192,
    OpeningVerb = 16384,
}

/// The source steps, in the order the search runs them.
pub(super) const SOURCE_RULES: &[SourceRule] = &[
    SourceRule {
        name: "coordinated_subject",
        doc: "\"when Reyes thanked the crowd and said\", \"they left, rushed inside and said\": where the sentence opening gives no subject, a cue after \"and\"/\"but\" shares the subject of its clause's first verb.",
        step: SourceStep::Find(coordinated_subject),
    },
    SourceRule {
        name: "coordinated_verb",
        doc: "\"Vale left, saying …\", \"celebrated and said …\": the subject the first verb has.",
        step: SourceStep::Find(coordinated_verb),
    },
    SourceRule {
        name: "clitic",
        doc: "\"He's saying\", \"they've said\": the phrase before the contracted auxiliary.",
        step: SourceStep::Find(clitic),
    },
    SourceRule {
        name: "let_object",
        doc: "\"Let me just say\", \"let us first express\": the object pronoun \"let\" gives the verb is who speaks.",
        step: SourceStep::Find(let_object),
    },
    SourceRule {
        name: "object_holder",
        doc: "\"X issued a statement saying …\": the subject of the verb whose object reports.",
        step: SourceStep::Find(object_holder_step),
    },
    SourceRule {
        name: "making_object",
        doc: "\"Vale filed a lawsuit alleging …\", \"started a petition this week calling on …\": the subject of the verb that made the object before an -ing cue.",
        step: SourceStep::Find(making_object),
    },
    SourceRule {
        name: "participle",
        doc: "\"officials are saying\", \"voters supporting Cruz\": the phrase right before an -ing cue.",
        step: SourceStep::Find(participle),
    },
    SourceRule {
        name: "infinitive_object",
        doc: "\"led voters to say\", \"allowing users to tell\": the object of a causative verb before \"to\".",
        step: SourceStep::Find(infinitive_object),
    },
    SourceRule {
        name: "purpose_infinitive",
        doc: "\"Vale used the meeting to say …\", \"took to the radio to argue …\": an infinitive after a verb's object (or its object after one preposition) is the purpose of the verb's own subject.",
        step: SourceStep::Find(purpose_infinitive),
    },
    SourceRule {
        name: "infinitive_head",
        doc: "\"continues to insist\", \"refused to say\": the subject of the verb before \"to\".",
        step: SourceStep::Find(infinitive_head),
    },
    SourceRule {
        name: "relative_antecedent",
        doc: "\"Democrats in Iowa who watched the debate said\": the phrase the relative clause follows.",
        step: SourceStep::Find(relative_antecedent),
    },
    SourceRule {
        name: "interrupted_subject",
        doc: "\"Vale, facing a challenge in Ohio, a swing state, said\", \"Reyes, who served in Peru, praised\": the phrase opening the sentence before a participle or relative aside.",
        step: SourceStep::Find(interrupted_subject),
    },
    SourceRule {
        name: "floating_quantifier",
        doc: "\"Vale and Reyes both said\", \"the senators have all argued\": the phrase before a quantifier between subject and verb.",
        step: SourceStep::Find(floating_quantifier),
    },
    SourceRule {
        name: "time_phrase",
        doc: "\"Vale last month said\", \"Reyes has long argued\": the subject before a time phrase.",
        step: SourceStep::Find(time_phrase),
    },
    SourceRule {
        name: "fronted_quantity",
        doc: "\"Among those polled, nine in 10 said\": a quantity subject after the last comma.",
        step: SourceStep::Find(fronted_quantity),
    },
    SourceRule {
        name: "joined_quantity",
        doc: "\"…, but six in 10 said\", \"…; one suggested\", \"More than six in 10 said\": a quantity run from its clause's start to the verb.",
        step: SourceStep::Find(joined_quantity),
    },
    SourceRule {
        name: "nearest_phrase",
        doc: "\"the mayor said\": the chunker's subject right before the verb.",
        step: SourceStep::Find(nearest_phrase),
    },
    SourceRule {
        name: "sentence_opening",
        doc: "\"Mr. Sperling, then 38, said\": the phrase opening the sentence.",
        step: SourceStep::Find(opening_step),
    },
    SourceRule {
        name: "quantifier_subject",
        doc: "\"One official said\", \"All delegates agreed\": the quantifier opens the subject.",
        step: SourceStep::Shape(quantifier_subject),
    },
    SourceRule {
        name: "relative_clause",
        doc: "\"what the agency says is …\": a verb in a relative clause has no source.",
        step: SourceStep::Shape(relative_clause),
    },
    SourceRule {
        name: "bare_singular",
        doc: "\"plan says\": a bare singular lower-case word is no source.",
        step: SourceStep::Shape(bare_singular),
    },
    SourceRule {
        name: "verb_opened_phrase",
        doc: "\"he spent more time mocking …\", \"the senator has not stepped forward to defend …\": a phrase the chunker opens with a finite verb is no subject; the subject of that verb is.",
        step: SourceStep::Shape(verb_opened_phrase),
    },
    SourceRule {
        name: "fronted_phrase",
        doc: "\"Ultimately, Vale refused …\": a comma-closed opening phrase yields to the subject after it.",
        step: SourceStep::Guard(Guard::FrontedPhrase),
    },
    SourceRule {
        name: "connective",
        doc: "\"Rather, aides say …\": a capitalised connective opens no subject.",
        step: SourceStep::Guard(Guard::Connective),
    },
    SourceRule {
        name: "relative_report",
        doc: "\"a wall, which he said the city should pay for\": a relative clause whose cue reports a clause keeps its subject.",
        step: SourceStep::Guard(Guard::RelativeReport),
    },
    SourceRule {
        name: "preposition_holder",
        doc: "\"Vale raised $5 million in support of Reyes\": a reporting noun after a preposition is held by the subject of the verb before its phrase.",
        step: SourceStep::Guard(Guard::PrepositionHolder),
    },
    SourceRule {
        name: "appositive_holder",
        doc: "\"Vale, a fierce critic of the plan\": a reporting noun in an appositive is held by the phrase before its comma.",
        step: SourceStep::Guard(Guard::AppositiveHolder),
    },
    SourceRule {
        name: "fronted_opening",
        doc: "\"In April, Vale resigned and said …\": a coordinated verb's subject follows a sentence's fronted phrase.",
        step: SourceStep::Guard(Guard::FrontedOpening),
    },
    SourceRule {
        name: "adjunct_opening",
        doc: "\"Throughout the spring, Vale resigned and said …\": a capitalised preposition, time word or adverb opening the sentence is no subject.",
        step: SourceStep::Guard(Guard::AdjunctOpening),
    },
    SourceRule {
        name: "modified_possessor",
        doc: "\"Vale's controversial proposal to …\", \"her nuanced views about …\": a possessor holds its reporting noun across lower-case modifiers.",
        step: SourceStep::Guard(Guard::ModifiedPossessor),
    },
    SourceRule {
        name: "participle_modifier",
        doc: "\"Vale made an unprompted call for …\", \"unleashed withering attacks on …\": a participle before a reporting noun modifies it.",
        step: SourceStep::Guard(Guard::ParticipleModifier),
    },
    SourceRule {
        name: "preposition_object",
        doc: "\"prompting them to focus on …\": a causative's object before an infinitive cue and one of its prepositions reports (read by `infinitive_object`).",
        step: SourceStep::Guard(Guard::PrepositionObject),
    },
    SourceRule {
        name: "possessive_object",
        doc: "\"Vale reiterated his support for …\", \"the leaders stepped up their attacks on …\": a possessive pronoun in the object of a finite verb whose subject it agrees with gives way to that subject.",
        step: SourceStep::Guard(Guard::PossessiveObject),
    },
    SourceRule {
        name: "nonfinite_holder",
        doc: "\"she is making an argument about …\", \"failed to make a formal endorsement of …\": a reporting noun whose phrase follows an -ing verb or a bare infinitive is held by that verb's subject (read by `noun_holder`).",
        step: SourceStep::Guard(Guard::NonfiniteHolder),
    },
    SourceRule {
        name: "negated_group",
        doc: "\"The board criticized the plan but did not recommend …\": a \"not\" after a lower-case auxiliary that \"and\", \"but\" or a comma opens belongs to the verb's group, with no relative before it in the clause (\"a witness who left but did not want …\"), so the cue is coordinated with the first verb and shares its subject.",
        step: SourceStep::Guard(Guard::NegatedGroup),
    },
    SourceRule {
        name: "opening_verb",
        doc: "\"Cole met Vale, but did not say …\", \"The mayor set out the plan and said …\": a past form the chunker read into the sentence's opening phrase ends it; a holder with such a verb inside is no holder.",
        step: SourceStep::Guard(Guard::OpeningVerb),
    },
    SourceRule {
        name: "single_word_object",
        doc: "\"led some to speculate that …\", \"prompting them to say …\": a lower-case word alone between a causative and \"to\" is its object (read by `infinitive_object`).",
        step: SourceStep::Guard(Guard::SingleWordObject),
    },
];

/// The source steps in force, with their guards as bits (looked up once per document).
#[derive(Clone, Copy)]
pub(crate) struct Sources<'r> {
    list: &'r [SourceRule],
    guards: u16,
}

impl<'r> Sources<'r> {
    pub(super) fn new(list: &'r [SourceRule]) -> Self {
        let guards = list.iter().fold(0, |bits, r| match r.step {
            SourceStep::Guard(g) => bits | g as u16,
            _ => bits,
        });
        Sources { list, guards }
    }

    fn on(self, g: Guard) -> bool {
        self.guards & g as u16 != 0
    }
}

/// The chunker's subject right before the last verb asked about ([`Ctx::subject_before`]),
/// kept for the next ask at the same verb and floor: the rules tried at one cue
/// (`trailing_attribution`, `verb_object`, `seem`) and its subject search share one look.
#[derive(Default)]
pub(super) struct Near(Cell<Option<(usize, usize, Option<Np>)>>);

impl Near {
    /// [`Ctx::subject_before`]`(v, floor)`, looked up once while `v` and `floor` stay the same.
    pub(super) fn get(&self, ctx: &Ctx, v: usize, floor: usize) -> Option<Np> {
        if let Some((at, from, found)) = self.0.get() {
            if (at, from) == (v, floor) {
                return found;
            }
        }
        let found = ctx.subject_before(v, floor);
        self.0.set(Some((v, floor, found)));
        found
    }
}

/// One subject search: the verb at `v`, the sentence floor, and the phrase right before the
/// verb looked up once for the steps that read it (and for the scan's rules at the verb).
pub(super) struct Search<'c, 'a> {
    ctx: &'c Ctx<'a>,
    src: Sources<'c>,
    v: usize,
    floor: usize,
    ing: bool,
    near: &'c Near,
    /// [`verb_group_start`] of `v`, worked out on the first step that asks (several do).
    group: OnceCell<usize>,
}

impl Search<'_, '_> {
    /// The chunker's subject right before the verb.
    fn near(&self) -> Option<Np> {
        self.near.get(self.ctx, self.v, self.floor)
    }

    /// The start of the verb's group ([`verb_group_start`]), found once per search.
    fn group(&self) -> usize {
        *self
            .group
            .get_or_init(|| verb_group_start(self.ctx, self.src, self.v, self.floor))
    }
}

/// The subject of the cue verb at `v` in a sentence starting at `floor`; for a participle
/// ("…, claiming the shooting was reckless") the sentence subject. `None` where the verb has
/// no subject of its own or sits in a relative clause ("what the agency says is …").
pub(crate) fn subject(
    ctx: &Ctx,
    src: Sources,
    v: usize,
    floor: usize,
    ing: bool,
    near: &Near,
) -> Option<Np> {
    let search = Search {
        ctx,
        src,
        v,
        floor,
        ing,
        near,
        group: OnceCell::new(),
    };
    let mut np = src.list.iter().find_map(|r| match r.step {
        SourceStep::Find(find) => find(&search),
        _ => None,
    })??;
    for r in src.list {
        if let SourceStep::Shape(shape) = r.step {
            np = shape(&search, np)?;
        }
    }
    Some(np)
}

/// Step `coordinated_verb`: "…, saying …", "celebrated and said …", "…, but has since said …":
/// the subject of the sentence's first verb.
fn coordinated_verb(s: &Search) -> Option<Option<Np>> {
    let (ctx, floor) = (s.ctx, s.floor);
    let g = s.group();
    let coordinated = g > floor
        && (matches!(ctx.tok(g - 1), "," | "and" | "but" | "—" | "–" | "--")
            || s.ing && words::is(ctx, g - 1, Class::ParticipleConjunction));
    (coordinated && (s.ing || matches!(ctx.tok(g - 1), "and" | "but")))
        .then(|| participle_subject(ctx, s.src, g, floor))
}

/// Most tokens from a coordinated cue's "and"/"but" back to its clause's first verb.
const COORDINATED_REACH: usize = 40;

/// Step `coordinated_subject`: "when Reyes thanked the crowd and said …", "In a statement,
/// Gov. Vale (R) blasted the board and said …", "A few minutes later they reversed themselves,
/// rushed everyone inside and said …": where `coordinated_verb` finds no subject at the
/// sentence opening ([`participle_subject`]), a finite cue right after "and"/"but" shares the
/// subject of the first verb of its clause. The clause opens after the last `;`, `:`,
/// lower-case clause word or relative before the "and" (or at the sentence start); commas and
/// dashes split it into pieces, and a piece that opens with its verb ("rushed everyone
/// inside") is one more verb of the piece before it.
fn coordinated_subject(s: &Search) -> Option<Option<Np>> {
    let (ctx, floor) = (s.ctx, s.floor);
    if s.ing {
        return None;
    }
    let g = s.group();
    if g < floor + 3 || !ctx.is_any(g - 1, &["and", "but"]) || ctx.is_cap(g - 1) {
        return None;
    }
    if participle_subject(ctx, s.src, g, floor).is_some() {
        return None;
    }
    let low = g.saturating_sub(COORDINATED_REACH).max(floor);
    let mut end = g - 1;
    let mut k = end;
    loop {
        // The piece's start: after a comma or dash, or a clause's start.
        let mut start = k;
        while start > low && !piece_bound(ctx, start - 1) && !clause_bound(ctx, start - 1) {
            start -= 1;
        }
        let hard = start == floor || start > low && clause_bound(ctx, start - 1);
        let verb = (start..end).find(|&j| first_verb(ctx, j, floor));
        match verb {
            // The piece has a subject before its verb: that verb's subject is the cue's.
            Some(j) if j > start => {
                let near = Near::default();
                return subject(ctx, s.src, j, start, false, &near)
                    .filter(|np| opens_subject(ctx, s.src, *np))
                    .map(Some);
            }
            // An empty piece (", and said") or one opening on its verb: the piece before it.
            _ if !hard && start > low && (verb == Some(start) || start == end) => {
                end = start - 1;
                k = end;
            }
            _ => return None,
        }
    }
}

/// For step `coordinated_subject`: a verb at `j` that can open a clause's coordination: a
/// finite verb or a cue word (not an -ing form) not after an article or possessive, and an -s
/// form only as a cue, after a name or pronoun, or before a name, pronoun or "that" ("The defender believes Vale is … and
/// says", "Beijing says … and wants"; not "some senators vented").
fn first_verb(ctx: &Ctx, j: usize, floor: usize) -> bool {
    let after_name = j > floor
        && (ctx.is_cap(j - 1) || words::is(ctx, j - 1, Class::SubjectPronoun))
        && ctx.norm(j).ends_with('s');
    let before_clause = ctx.is_cap(j + 1)
        || words::is(ctx, j + 1, Class::SubjectPronoun)
        || ctx.is_any(j + 1, &["that"]);
    // A cue word is a verb here unless it is an -ing form ("said" is no `finite_at` word).
    let cue = ctx.is_word(j) && !ctx.is_cap(j) && ctx.cue(j).is_some_and(|c| !c.ing);
    let verb = sure_verb(ctx, j)
        || cue
        || super::content::finite_at(ctx, j, true) && (after_name || before_clause);
    verb && !(j > floor && words::is(ctx, j - 1, Class::NounMarker))
}

/// For step `coordinated_subject`: a comma or dash between the pieces of one clause.
fn piece_bound(ctx: &Ctx, k: usize) -> bool {
    matches!(ctx.tok(k), "," | "—" | "–" | "--")
}

/// Subordinating words that open a clause of their own (`indirect_subordinators.txt`).
static SUBORDINATORS: LazyLock<FastSet<String>> = LazyLock::new(|| {
    lexicon::lowercase_set(include_str!(
        "../../../data/lexicons/indirect_subordinators.txt"
    ))
});

/// Quantifiers that float off a subject before its verb (`indirect_floating_quantifiers.txt`).
static FLOATING_QUANTIFIERS: LazyLock<FastSet<String>> = LazyLock::new(|| {
    lexicon::lowercase_set(include_str!(
        "../../../data/lexicons/indirect_floating_quantifiers.txt"
    ))
});

/// Is token `k` a lower-case floating quantifier (`indirect_floating_quantifiers.txt`)?
/// Also read by step `split_infinitive` ("to both cut …").
pub(super) fn floating_quantifier_word(ctx: &Ctx, k: usize) -> bool {
    ctx.is_word(k) && !ctx.is_cap(k) && FLOATING_QUANTIFIERS.contains(ctx.norm(k))
}

/// Particles between a phrasal verb and its object (`indirect_object_particles.txt`).
static OBJECT_PARTICLES: LazyLock<FastSet<String>> = LazyLock::new(|| {
    lexicon::lowercase_set(include_str!(
        "../../../data/lexicons/indirect_object_particles.txt"
    ))
});

/// Verbs whose subject holds the stance their possessed object names
/// (`indirect_possessive_verbs.txt`, base forms).
static POSSESSIVE_VERBS: LazyLock<FastSet<String>> = LazyLock::new(|| {
    lexicon::lowercase_set(include_str!(
        "../../../data/lexicons/indirect_possessive_verbs.txt"
    ))
});

/// Is `w` a form of a verb of [`POSSESSIVE_VERBS`] (the base, -s/-es, -ed/-d, -ing; a final
/// consonant doubled before -ed/-ing: "stepped", "dropping")?
fn possessive_verb_form(w: &str) -> bool {
    let listed = |stem: &str| POSSESSIVE_VERBS.contains(stem);
    let undoubled = |stem: &str| {
        let b = stem.as_bytes();
        b.len() >= 2 && b[b.len() - 1] == b[b.len() - 2] && listed(&stem[..stem.len() - 1])
    };
    listed(w)
        || ["s", "es", "d"]
            .iter()
            .any(|e| w.strip_suffix(e).is_some_and(listed))
        || ["ed", "ing"].iter().any(|e| {
            w.strip_suffix(e)
                .is_some_and(|stem| listed(stem) || undoubled(stem) || listed(&format!("{stem}e")))
        })
}

/// Each third-person possessive with its subject pronoun and the phrases it may point back
/// to (`indirect_possessive_holders.txt`).
static POSSESSIVE_HOLDERS: LazyLock<FastMap<String, (String, PossessiveHolder)>> =
    LazyLock::new(|| {
        lexicon::entries(include_str!(
            "../../../data/lexicons/indirect_possessive_holders.txt"
        ))
        .map(|e| {
            let holder = e[2]
                .parse()
                .expect("indirect_possessive_holders.txt: a holder");
            (e[0].to_lowercase(), (e[1].to_lowercase(), holder))
        })
        .collect()
    });

/// Reporting nouns that name a holder (`indirect_agent_nouns.txt`).
static AGENT_NOUNS: LazyLock<FastSet<String>> = LazyLock::new(|| {
    lexicon::lowercase_set(include_str!(
        "../../../data/lexicons/indirect_agent_nouns.txt"
    ))
});
/// The first letters of [`SUBORDINATORS`] ([`words::Initials`]).
static SUBORDINATOR_INITIALS: LazyLock<words::Initials> =
    LazyLock::new(|| words::Initials::of(SUBORDINATORS.iter().map(String::as_str)));

/// Is token `k` a subordinating word of `indirect_subordinators.txt`, in any case? (Asked at
/// every token of an object phrase by rule `object_clause_end`: the first-letter filter before
/// the lookup.)
pub(super) fn subordinator(ctx: &Ctx, k: usize) -> bool {
    SUBORDINATOR_INITIALS.may_hold(ctx.norm(k)) && ctx.with_lower(k, |w| SUBORDINATORS.contains(w))
}

/// The words of `indirect_subordinators.txt` (rule `object_clause_end`'s first-letter filter
/// is built from them; the filters' tests draw text from them).
pub(super) fn subordinator_words() -> &'static FastSet<String> {
    &SUBORDINATORS
}

/// [`subordinator`] without its filter (the oracle of the filter's tests).
#[cfg(test)]
pub(super) fn subordinator_naive(ctx: &Ctx, k: usize) -> bool {
    ctx.with_lower(k, |w| SUBORDINATORS.contains(w))
}

/// Words that break a quantity run (`indirect_run_breakers.txt`).
static RUN_BREAKERS: LazyLock<FastSet<String>> = LazyLock::new(|| {
    lexicon::lowercase_set(include_str!(
        "../../../data/lexicons/indirect_run_breakers.txt"
    ))
});

/// For step `coordinated_subject`: a token before which the cue's clause does not reach (`;`,
/// `:`, a lower-case clause word, subordinator or relative: "when Reyes thanked …", "as she
/// tries to …", "who answered …").
fn clause_bound(ctx: &Ctx, k: usize) -> bool {
    matches!(ctx.tok(k), ";" | ":")
        || !ctx.is_cap(k)
            && (words::is(ctx, k, Class::ClauseWord) || SUBORDINATORS.contains(ctx.norm(k)))
        || ctx.function_class(k) == Some(FunctionClass::Relative)
}

/// Step `clitic`: "He's talking", "they've been saying".
fn clitic(s: &Search) -> Option<Option<Np>> {
    before_clitic(s.ctx, s.v, s.floor).map(Some)
}

/// Step `object_holder`: for an -ing cue after a reporting or document noun, who holds it.
fn object_holder_step(s: &Search) -> Option<Option<Np>> {
    if !s.ing {
        return None;
    }
    s.near()
        .and_then(|np| object_holder(s.ctx, s.src, np, s.floor))
        .map(Some)
}

/// Verbs whose object is a thing made to speak through (`indirect_making_verbs.txt`).
static MAKING_VERBS: LazyLock<FastSet<String>> = LazyLock::new(|| {
    lexicon::lowercase_set(include_str!(
        "../../../data/lexicons/indirect_making_verbs.txt"
    ))
});

/// Most tokens of the made object between its verb and the -ing cue ("filed a $40 million
/// lawsuit in 2013 alleging", "has run ads with both outlets reminding").
const MADE_OBJECT: usize = 8;

/// Step `making_object`: "Vale filed a lawsuit alleging …", "started a petition this week
/// calling on …", "has run ads attacking …": an -ing cue right after the object of a verb that
/// makes or puts out a thing to speak through ([`making_verb`]) reports for that verb's
/// subject, not for the object (nor a time phrase after it).
fn making_object(s: &Search) -> Option<Option<Np>> {
    if !s.ing {
        return None;
    }
    let j = making_verb(s.ctx, s.v, s.floor)?;
    let near = Near::default();
    subject(s.ctx, s.src, j, s.floor, false, &near)
        .filter(|np| opens_subject(s.ctx, s.src, *np))
        .map(Some)
}

/// For step `making_object`: the verb of `indirect_making_verbs.txt` whose object ends right
/// before the -ing cue at `v`. It is the first listed lower-case word back from the cue that is
/// no noun or adjective after an article or possessive ("an open letter", "the file"), with
/// only object tokens between: no comma, clause word or "by" ("a letter written by Vale
/// urging" is left to the other steps), and no "to" before an article ("wrote a check to a
/// group supporting …": the group supports). An -s form needs a name or pronoun right before
/// it ("Vale issues a warning", not "all the big releases early hoping"), a bare form "to",
/// an auxiliary or a pronoun; an empty object ("key issues facing"), a passive ("was
/// released") or a cue after a preposition or function word gives none.
pub(crate) fn making_verb(ctx: &Ctx, v: usize, floor: usize) -> Option<usize> {
    if v < floor + 2 {
        return None;
    }
    let low = v.saturating_sub(MADE_OBJECT + 1).max(floor + 1);
    let mut j = v - 1;
    loop {
        let verb = ctx.is_word(j)
            && !ctx.is_cap(j)
            && MAKING_VERBS.contains(ctx.norm(j))
            && !words::is(ctx, j - 1, Class::NounMarker);
        if verb {
            break;
        }
        let recipient =
            ctx.is_any(j, &["to"]) && ctx.function_class(j + 1) == Some(FunctionClass::Determiner);
        if j <= low || !in_verb_object(ctx, j) || ctx.is_any(j, &["by"]) || recipient {
            return None;
        }
        j -= 1;
    }
    let w = ctx.norm(j);
    let s_form = w.ends_with('s') && !w.ends_with("ss");
    // A bare form is one whose -s form is listed too ("file", "run"; not "filed", "sent").
    let bare = !s_form && MAKING_VERBS.contains(&format!("{w}s"));
    let named_before = ctx.is_cap(j - 1) || words::is(ctx, j - 1, Class::SubjectPronoun);
    // A bare form is a verb after "to", an auxiliary or a pronoun ("are to stage a rally"),
    // else as likely a noun ("no sign of backing").
    let bare_verb = ctx.is_any(j - 1, &["to"])
        || ctx.function_class(j - 1) == Some(FunctionClass::Auxiliary)
        || words::is(ctx, j - 1, Class::SubjectPronoun);
    let form = if s_form {
        named_before
    } else {
        !bare || bare_verb
    };
    // The cue right after a preposition or function word is no participle of the clause
    // ("threats against him for defending …", "shudders through those supporting …").
    let gerund_after = |k: usize| {
        ctx.is_preposition(k)
            || matches!(
                ctx.function_class(k),
                Some(FunctionClass::Determiner | FunctionClass::Pronoun)
            )
    };
    // An -ly adverb between a preposition and the cue is passed over ("for publicly
    // defending"; "a rally calling" keeps its noun).
    let ly_after_preposition = v - 2 > j
        && ctx.norm(v - 1).ends_with("ly")
        && ctx.is_preposition(v - 2)
        && ctx.is_word(v - 1);
    let before_cue = gerund_after(v - 1) || ly_after_preposition;
    let ok = j + 1 < v && form && !before_cue && !words::is(ctx, j - 1, Class::Be);
    ok.then_some(j)
}

/// Step `participle`: "officials are saying", "voters supporting Cruz": the phrase right
/// before an -ing cue, or none.
fn participle(s: &Search) -> Option<Option<Np>> {
    s.ing.then(|| s.near())
}

/// Step `purpose_infinitive`: "Vale used the meeting to say …", "took to the radio to argue
/// …", "held a news conference on Monday to announce …": the phrase before "to" is the object
/// of a finite verb (or of one preposition after it, or after its object), and the infinitive
/// is that verb's purpose, so its subject reports. The object is a noun phrase: no finite
/// verb ends it ("after the board failed to respond"), an -ing word ends it only right after
/// a determiner ("the meeting", not "a heckler trying to ask"), and a name's "'s" inside it
/// owns the act ("claims the firm's refusal to say"); it opens on a determiner, a possessive
/// or a name. An empty "it" ("it takes this long to …", "it fell to the court to …") gives
/// way to the other steps. A verb whose object acts (a cue with a
/// hearer, "urged the board to say", "called on the board to say"; class `causative`;
/// `indirect_control_verbs.txt`, "expected the board to say"; after "for", "waiting for the
/// board to say"), a clause-taking cue ("claims the board's …"), a form of "be" or a clitic
/// ("it's safe to say") leaves the cue to the other steps, and so does a verb with no subject
/// found. "continued to say", "only to say" have no phrase before "to": `infinitive_head`'s.
fn purpose_infinitive(s: &Search) -> Option<Option<Np>> {
    let (ctx, v, floor) = (s.ctx, s.v, s.floor);
    if s.ing || v < floor + 4 || !ctx.is_any(v - 1, &["to"]) || !ctx.is_word(v - 2) {
        return None;
    }
    // Cheap first: the word before "to" ends a phrase (no verb, adverb or function word).
    let last = v - 2;
    if ctx.function_class(last).is_some()
        || ctx.is_preposition(last)
        || ctx.norm(last).ends_with("ed")
        || super::cue::irregular_past_at(ctx, last)
        || ctx.norm(last).ends_with("ing")
            && ctx.function_class(last - 1) != Some(FunctionClass::Determiner)
            && !words::is(ctx, last - 1, Class::NounMarker)
    {
        return None;
    }
    let object = ctx.np_ending_at(last, floor)?;
    // An object opens on an article, a possessive or another determiner, or a name.
    let opens = |st: usize| {
        ctx.function_class(st) == Some(FunctionClass::Determiner)
            || words::is(ctx, st, Class::NounMarker)
            || ctx.is_cap(st)
    };
    if object.end != v - 1
        || object.start <= floor + 1
        || !opens(object.start)
        || (object.start..last).any(|k| ctx.norm(k) == "'s")
    {
        return None;
    }
    // The verb: right before the object, or before one preposition (and maybe a phrase).
    let mut k = object.start - 1;
    if ctx.is_preposition(k) {
        if ctx.is_any(k, &["of", "for"]) {
            return None;
        }
        k -= 1;
        if !purpose_verb_at(ctx, k) && k > floor + 1 {
            let inner = ctx.np_ending_at(k, floor)?;
            if inner.end != k + 1 || inner.start <= floor + 1 {
                return None;
            }
            k = inner.start - 1;
        }
    }
    if k <= floor || !purpose_verb_at(ctx, k) {
        return None;
    }
    // "it takes this long to confirm …", "it has fallen to the court to decide …": an
    // empty "it" has the infinitive as its subject; the phrase before "to" acts.
    let subject = ctx.subject_before(k, floor)?;
    if subject.end == subject.start + 1 && ctx.is_any(subject.start, &["it"]) {
        return None;
    }
    Some(Some(subject))
}

/// Verbs whose object is the subject of the infinitive after it (`indirect_control_verbs.txt`).
static CONTROL_VERBS: LazyLock<FastSet<String>> = LazyLock::new(|| {
    lexicon::lowercase_set(include_str!(
        "../../../data/lexicons/indirect_control_verbs.txt"
    ))
});

/// For step `purpose_infinitive`: is token `k` a finite (or, after an auxiliary, bare)
/// lower-case verb whose object does not act: no form of "be", no clitic, no cue with a
/// hearer or a clause, no `causative` word or verb of `indirect_control_verbs.txt`.
fn purpose_verb_at(ctx: &Ctx, k: usize) -> bool {
    // The verb's own subject must stand before it.
    if k == 0
        || !ctx.is_word(k)
        || ctx.is_cap(k)
        || ctx.function_class(k).is_some()
        || ctx.is_preposition(k)
        || ctx.norm(k).starts_with('\'')
    {
        return false;
    }
    let finite = super::content::finite_at(ctx, k, true)
        || ctx.function_class(k - 1) == Some(FunctionClass::Auxiliary);
    let controls = words::is(ctx, k, Class::Be)
        || words::is(ctx, k, Class::Causative)
        || CONTROL_VERBS.contains(ctx.norm(k))
        || super::cue::verb_at(ctx, k)
            .is_some_and(|c| c.object_to || c.on_to || c.hearer || c.clause);
    finite && !controls && !words::is(ctx, k - 1, Class::NounMarker)
}

/// Step `infinitive_head`: "continues to insist", "refused to say": the subject of the verb
/// before "to".
fn infinitive_head(s: &Search) -> Option<Option<Np>> {
    let (ctx, v, floor) = (s.ctx, s.v, s.floor);
    let applies = !s.ing && v >= floor + 2 && ctx.is_any(v - 1, &["to"]) && ctx.is_word(v - 2);
    applies.then(|| {
        ctx.subject_before(v - 2, floor)
            .or_else(|| sentence_opening(ctx, s.src, v - 2, floor))
    })
}

/// Step `infinitive_object`: "The timing led Republicans to say …", "a tool allowing users to
/// tell …": the phrase before "to" is the object of a verb that makes or lets it act (class
/// `causative`), and the one who reports; the verb's own subject only made or let it. The
/// causative is the first such word before the object, not one inside it after an article
/// ("the lead negotiator", "the armed forces chief"). An infinitive that
/// reports no clause ("allowed the firm to write off …", "led it to consider selling")
/// makes no report at all; with guard `preposition_object`, a cue right before one of its own
/// prepositions reports too ("prompting them to focus on …", "allow Vale to call for …").
fn infinitive_object(s: &Search) -> Option<Option<Np>> {
    let (ctx, v, floor) = (s.ctx, s.v, s.floor);
    if s.ing || v < floor + 3 || !ctx.is_any(v - 1, &["to"]) || !ctx.is_word(v - 2) {
        return None;
    }
    // Rule `single_word_object`: a lower-case word alone between a causative and "to" is
    // its object though the chunker gives no phrase for it ("led some to speculate",
    // "prompting them to focus on").
    let single = (s.src.on(Guard::SingleWordObject)
        && v >= floor + 4
        && ctx.is_word(v - 2)
        && !ctx.is_cap(v - 2)
        && words::is(ctx, v - 3, Class::Causative)
        && !ctx.is_cap(v - 3))
    .then(|| {
        // "them", "him", "it", "her" are pronouns to resolve ("her" alone before "to" is the
        // object form, not the possessive); "some", "many" are no one to look up.
        let pronoun = ctx.is_pronoun(v - 2)
            || words::is(ctx, v - 2, Class::ObjectPronoun)
            || words::is(ctx, v - 2, Class::Possessive) && words::is(ctx, v - 2, Class::NounMarker)
            || words::is(ctx, v - 2, Class::SubjectOpener)
                && ctx.function_class(v - 2) == Some(FunctionClass::Other)
                && !ctx.is_preposition(v - 2);
        Np {
            start: v - 2,
            end: v - 1,
            mention_start: v - 2,
            kind: if pronoun {
                NpKind::Pronoun
            } else {
                NpKind::Common
            },
        }
    });
    let mut np = ctx.np_ending_at(v - 2, floor).or(single)?;
    // The chunker may run the phrase back over the verb ("The delay led voters").
    let low = np.start.saturating_sub(1).max(floor + 1);
    let b = (low..v - 2).find(|&b| {
        words::is(ctx, b, Class::Causative)
            && !ctx.is_cap(b)
            && !words::is(ctx, b - 1, Class::NounMarker)
    })?;
    if b >= np.start {
        np.start = b + 1;
        np.mention_start = np.mention_start.max(b + 1);
    }
    // A clause after "that" or a wh-word, or opening with a pronoun, article or name.
    let opens = |st: usize| {
        ctx.is_any(st - 1, &["that"])
            || words::is(ctx, st, Class::ClauseOpener)
            || words::is(ctx, st, Class::SubjectPronoun)
            || ctx.function_class(st) == Some(FunctionClass::Determiner)
            || ctx.is_cap(st)
    };
    let reports = super::cue::verb_at(ctx, v).is_some_and(|c| {
        let hearer = c.hearer && !ctx.is_any(v + 1, &["that"]);
        c.clause && super::content::clause_start(ctx, v, ctx.len(), hearer).is_some_and(opens)
            || s.src.on(Guard::PrepositionObject)
                && ctx.with_lower(v + 1, |w| c.takes_preposition(w))
    });
    Some(reports.then_some(np))
}

/// Most tokens from a subject's "who" to the verb after its relative clause.
const RELATIVE_REACH: usize = 12;

/// "who lives nearby said", "who grows wheat said": a phrase opening right after "who" whose
/// first word may be a finite verb (-s / -ed) with a word after it other than a preposition is
/// the relative clause's own verb and its complement, no subject of the cue ("who officials
/// say", "who lawmakers in Iowa say" keep theirs); so is a phrase opening on a bare cue verb
/// in lower case ("economists who favor consumption taxes agree").
fn relative_verb_phrase(ctx: &Ctx, w: usize, np: Np) -> bool {
    let first = w + 1;
    np.start == first
        && np.end > first + 1
        && (super::content::finite_at(ctx, first, true)
            || !ctx.is_cap(first) && super::cue::verb_at(ctx, first).is_some_and(|c| !c.ing))
        && !ctx.is_preposition(first + 1)
}

/// Step `relative_antecedent`: "Officials who spoke with the paper said …", "Democrats in Iowa
/// who watched the debate said …": a verb after a "who" clause (plain words back to the
/// "who", no coordinator or clause word between, with a verb of its own) has the phrase
/// before "who" as its subject; "officials who said" is left to the relative itself, and
/// "the man who police say fired" (the verb has its own subject) to the later steps.
fn relative_antecedent(s: &Search) -> Option<Option<Np>> {
    let (ctx, v, floor) = (s.ctx, s.v, s.floor);
    if s.ing {
        return None;
    }
    // Fast path: with no relative word in `relative_who`'s reach (the same range) there is
    // no relative, and the phrase near the verb, which it reads, is not looked for.
    let low = v.saturating_sub(RELATIVE_REACH).max(floor + 1);
    if !(low..v)
        .any(|k| ctx.function_class(k) == Some(FunctionClass::Relative) || ctx.tok(k) == "that")
    {
        return None;
    }
    let w = relative_who(ctx, v, floor, s.near().map(|np| np.start))?;
    // "who has repeatedly pledged": auxiliaries, adverbs and time words are the cue's own.
    let own_verb = (w + 1..v).any(|k| {
        !matches!(
            ctx.function_class(k),
            Some(FunctionClass::Auxiliary | FunctionClass::Adverb)
        ) && !words::is(ctx, k, Class::TimeWord)
            && !ctx.norm(k).ends_with("ly")
    });
    // "who police say", "who he said was": the cue has a subject inside the clause (the
    // phrase right before it opens the clause; "who this week said" is a time phrase).
    let own_subject = (w + 1..v).any(|k| pronoun_subject_of(ctx, k, w, v))
        || s.near().is_some_and(|np| {
            np.start <= w + 1
                && np.end == v
                && !words::is(ctx, v - 1, Class::TimeWord)
                && !relative_verb_phrase(ctx, w, np)
        });
    if !own_verb || own_subject || !w.checked_sub(1).is_some_and(|b| ends_noun(ctx, b)) {
        return None;
    }
    let mut np = ctx.np_ending_at(w - 1, floor)?;
    // "Democrats in Iowa who …": the phrase before the preposition heads it.
    if np.start > floor + 1 && ctx.is_preposition(np.start - 1) {
        if let Some(head) = ctx.np_ending_at(np.start - 2, floor) {
            np.start = head.start;
            np.mention_start = head.mention_start;
        }
    }
    // "Most of the voters who …", "Some of the Democrats in Iowa who …": the quantity heads it.
    let q = np.start.wrapping_sub(2);
    if np.start > floor + 1
        && ctx.is_any(np.start - 1, &["of"])
        && (ctx.function_class(q) == Some(FunctionClass::Determiner)
            || ctx.kind(q) == Some(TokenKind::Number))
    {
        np.start = q;
        np.mention_start = q;
    }
    // A phrase the shape steps would drop leaves the verb to the later steps.
    survives_shapes(s, np).then_some(Some(np))
}

/// Most tokens of an aside between a sentence's subject and its verb ("Vale, who …, said").
const ASIDE_REACH: usize = 30;

/// Step `interrupted_subject`: "Sen. Vale, facing a tough race in Ohio, a swing state, said
/// …", "Reyes, who served in Peru, Chile and Spain, praised …": a finite verb right after the
/// comma or dash that closes an aside opened by a participle or "who" after the sentence's
/// opening name or determined phrase has that phrase as its subject (the chunker's phrase
/// before the verb is the aside's last one: "Ohio, a swing state", "Spain").
fn interrupted_subject(s: &Search) -> Option<Option<Np>> {
    let (ctx, floor) = (s.ctx, s.floor);
    let g = s.group();
    let close = g.checked_sub(1).filter(|&c| c > floor)?;
    let mark = ctx.tok(close);
    if s.ing || !matches!(mark, "," | "—" | "–" | "--") || g - floor > ASIDE_REACH {
        return None;
    }
    let np = ctx.np_starting_at(floor, close)?;
    let open = np.end;
    let aside = open + 1;
    if open + 2 > close || ctx.tok(open) != mark {
        return None;
    }
    let subject_like = np.kind != NpKind::Common
        || ctx.function_class(np.start) == Some(FunctionClass::Determiner)
            && !words::is(ctx, np.start, Class::ClauseOpener);
    // The aside opens with a participle ("facing", "speaking") or "who"; step
    // `conjunction_participle`: or a participle after a conjunction of class
    // `participle_conjunction` ("X, while addressing a rally, said", "when asked …").
    let participle = |k: usize| {
        ctx.is_word(k)
            && !ctx.is_cap(k)
            && ctx.function_class(k).is_none()
            && (ctx.norm(k).ends_with("ing") || k > aside && ctx.norm(k).ends_with("ed"))
    };
    // Step `conjunction_phrase`: or a preposition's phrase after such a conjunction ("X, while
    // in London, said", "X, while on leave, said").
    let conjunction = !ctx.is_cap(aside)
        && words::is(ctx, aside, Class::ParticipleConjunction)
        && (participle(aside + 1)
            || ctx.is_preposition(aside + 1) && !ctx.is_any(aside + 1, &["to"]));
    let opener = participle(aside) && ctx.norm(aside).ends_with("ing")
        || conjunction
        || ctx.is_any(aside, &["who"]);
    // One sentence's aside: no clause break or quotation inside it.
    let plain = (aside..close).all(|k| !matches!(ctx.tok(k), ";" | ":") && !ctx.is_quote_mark(k));
    (subject_like && opener && plain && opens_subject(ctx, s.src, np)).then_some(Some(np))
}

/// Whether the pronoun at `k` is the subject of the cue at `v`: only auxiliaries and adverbs
/// between them ("who he said was", "content they did not know"), not a verb of its own ("who
/// we interviewed said"). Any pronoun counts right after the "who", elsewhere a subject form
/// ("who briefed him said" keeps the antecedent).
fn pronoun_subject_of(ctx: &Ctx, k: usize, w: usize, v: usize) -> bool {
    (k == w + 1 && ctx.is_pronoun(k) || words::is(ctx, k, Class::SubjectPronoun))
        && (k + 1..v).all(|j| {
            matches!(
                ctx.function_class(j),
                Some(FunctionClass::Auxiliary | FunctionClass::Adverb)
            ) || ctx.norm(j).ends_with("ly")
        })
}

/// The relative word of a relative clause before the verb at `v`: plain words back to it, not
/// across a clause word or a coordinator (class `clause_joiner`) that the verb's own subject
/// follows (`near`: "unsure who will win and experts say"; "who flooded his rallies and bought
/// hats would show" goes on). Step `that_relative`: "who", "whose", or "that" / "which"
/// before a word that may be the relative clause's verb ([`relative_opener`]).
fn relative_who(ctx: &Ctx, v: usize, floor: usize, near: Option<usize>) -> Option<usize> {
    let low = v.saturating_sub(RELATIVE_REACH).max(floor + 1);
    for k in (low..v).rev() {
        if relative_opener(ctx, k, v) {
            return Some(k);
        }
        let coordinator = words::is(ctx, k, Class::ClauseJoiner);
        let plain = (ctx.is_word(k) || ctx.kind(k) == Some(TokenKind::Number))
            && !(coordinator && near == Some(k + 1))
            && (coordinator || !words::is(ctx, k, Class::ClauseWord));
        if !plain {
            return None;
        }
    }
    None
}

/// Step `that_relative` of `relative_antecedent`: "Firms that hired migrants said …", "A study
/// that appeared in a journal found …", "Parents whose children attend the school said …":
/// "who" and "whose" always open a relative clause; "that" and "which" do before a sure verb
/// ([`sure_verb`]: an auxiliary, an -ed or irregular past; not an -s word, which may be a
/// plural subject: "the limit that economists consider", "the possibility that future
/// lawmakers could"; not an article, pronoun, figure or name: "said that the vote …"), when
/// no later finite verb of the main clause ("the mantra that worked in the 1990s is …") nor
/// an object pronoun's small clause ("an agreement that would see him endorse …") stands
/// before the cue at `v`, nor a subordinator ("… which are bound to create a buzz as Vale
/// unveils …"), nor "to" right before it ("policies that are put in place to defend …"), and
/// the cue is not the first word after the relative's own verb group.
fn relative_opener(ctx: &Ctx, k: usize, v: usize) -> bool {
    match ctx.tok(k) {
        "who" | "whose" => true,
        "that" | "which" => {
            let n = k + 1;
            let after_group = (n + 1..v).any(|j| {
                sure_verb(ctx, j)
                    && ctx.function_class(j - 1) != Some(FunctionClass::Auxiliary)
                    && !ctx.is_any(j - 1, &["n't"])
            });
            // The relative's own verb group (auxiliaries, adverbs, "n't"): the cue after it is
            // that verb's, not the main clause's ("a device that won't just see …").
            let group_end = (n..v)
                .find(|&j| {
                    ctx.function_class(j) != Some(FunctionClass::Auxiliary)
                        && ctx.function_class(j) != Some(FunctionClass::Adverb)
                        && !ctx.is_any(j, &["n't"])
                        && !ctx.is_any(j + 1, &["n't"])
                })
                .unwrap_or(v);
            let inner = (n..v).any(|j| subordinator(ctx, j))
                || super::hearer_pronoun(ctx, v - 1)
                || ctx.is_any(v - 1, &["to"])
                || ctx.is_any(v.saturating_sub(2), &["to"]);
            super::content::verb_after_relative(ctx, n)
                && sure_verb(ctx, n)
                && group_end < v
                && !after_group
                && !inner
        }
        _ => false,
    }
}

/// Whether the word at `k` can end a noun phrase ("officials", "Iowa"), not a function word
/// or an -ly word ("unclear who", "asked who").
fn ends_noun(ctx: &Ctx, k: usize) -> bool {
    ctx.is_word(k)
        && ctx.function_class(k).is_none()
        && !ctx.norm(k).ends_with("ly")
        && ctx.cue(k).is_none()
        && ctx.np_ending_at(k, 0).is_some_and(|np| np.end == k + 1)
}

/// Whether the shape steps keep the phrase.
fn survives_shapes(s: &Search, np: Np) -> bool {
    s.src
        .list
        .iter()
        .try_fold(np, |np, r| match r.step {
            SourceStep::Shape(shape) => shape(s, np),
            _ => Some(np),
        })
        .is_some()
}

/// Step `time_phrase`.
/// Step `let_object`: "Let me just say …", "let us first express our thanks": after "let", the
/// object pronoun (`me`, `us`, `him`, `them`: class `subject_opener`; one adverb may stand
/// before the verb) is the one who speaks; the sentence has no subject of its own.
fn let_object(s: &Search) -> Option<Option<Np>> {
    let (ctx, v, floor) = (s.ctx, s.v, s.floor);
    if s.ing || v < floor + 2 {
        return None;
    }
    let adverb = ctx.function_class(v - 1) == Some(FunctionClass::Adverb)
        || ctx.with_lower(v - 1, |w| w.ends_with("ly"));
    let p = if adverb && v >= floor + 3 {
        v - 2
    } else {
        v - 1
    };
    // An object pronoun: a `subject_opener` that is no adverb ("me", "us", "him", "them").
    let object = words::is(ctx, p, Class::SubjectOpener)
        && ctx.function_class(p) == Some(FunctionClass::Other)
        && !ctx.is_cap(p);
    (object && p > floor && ctx.is_any(p - 1, &["let"])).then_some(Some(Np {
        start: p,
        end: p + 1,
        mention_start: p,
        kind: NpKind::Pronoun,
    }))
}

/// Step `floating_quantifier`: "Vale and Reyes both said", "The senators have all argued",
/// "The two each said": a lower-case quantifier of `indirect_floating_quantifiers.txt` ("both",
/// "all", "each") right before the verb group
/// (auxiliaries before it belong to the group: "have both argued") floats off the subject, the
/// phrase before it. Not after a preposition or conjunction ("after all", "and all"), nor at
/// the sentence start ("Both said": step `quantifier_subject`).
fn floating_quantifier(s: &Search) -> Option<Option<Np>> {
    let (ctx, floor) = (s.ctx, s.floor);
    if s.ing {
        return None;
    }
    let g = s.group();
    if g < floor + 2 || ctx.is_cap(g - 1) || !FLOATING_QUANTIFIERS.contains(ctx.norm(g - 1)) {
        return None;
    }
    let q = g - 1;
    // "are both viewed", "are all expected to": a passive has no source here.
    if q > floor && words::is(ctx, q - 1, Class::Be) && ctx.with_lower(s.v, |w| w.ends_with("ed")) {
        return Some(None);
    }
    let before = verb_group_start(ctx, s.src, q, floor).checked_sub(1)?;
    let joined = ctx.is_preposition(before)
        || ctx.function_class(before) == Some(FunctionClass::Other)
        || ctx.function_class(before) == Some(FunctionClass::Determiner);
    if before < floor || joined || !(ctx.is_word(before) || ctx.is_punct(before, ")")) {
        return None;
    }
    ctx.subject_before(q, floor).map(Some)
}

fn time_phrase(s: &Search) -> Option<Option<Np>> {
    before_time_phrase(s.ctx, s.v, s.floor).map(Some)
}

/// Step `fronted_quantity`: "Among those polled, nine in 10 said", "Of the delegates, all but
/// two said": after a fronted phrase, a proportion or quantifier run from its comma to the verb
/// is the subject (the chunker's phrase right before the verb is only its last word).
fn fronted_quantity(s: &Search) -> Option<Option<Np>> {
    let (ctx, v) = (s.ctx, s.v);
    if s.ing || v < s.floor + 3 {
        return None;
    }
    let low = v.saturating_sub(QUANTITY_RUN + 1).max(s.floor + 1);
    let comma = (low..v).rev().find(|&k| ctx.is_punct(k, ","))?;
    // The verb group's auxiliaries, adverbs and time words are not the subject's ("56 percent
    // would vote", "many backers privately say", "half now say").
    let mut e = v;
    while e > comma + 2
        && (matches!(
            ctx.function_class(e - 1),
            Some(FunctionClass::Auxiliary | FunctionClass::Adverb)
        ) || ctx.norm(e - 1).ends_with("ly")
            || ctx.is_any(e - 1, &["now"])
            || words::is(ctx, e - 1, Class::TimeWord))
    {
        e -= 1;
    }
    // It opens with the quantity: a figure, a quantifier, an adverb or "N in M" ("85% of",
    // "all but two", "nearly 8 in 10", "nine in 10"), not an article or a verb ("the State
    // Department released a June 2011 email", "fell as much as 19% after it").
    let f = comma + 1;
    let opens = ctx.kind(f) == Some(TokenKind::Number)
        || ctx.function_class(f) == Some(FunctionClass::Determiner)
            && !words::is(ctx, f, Class::NounMarker)
        || ctx.function_class(f) == Some(FunctionClass::Adverb)
        || ctx.is_any(f + 1, &["in"]) && ctx.kind(f + 2) == Some(TokenKind::Number);
    // "this time he spoke", "the people we spoke": a pronoun before the verb is its subject
    // ("all the experts I interviewed said" keeps the run).
    let pronoun = words::is(ctx, e - 1, Class::SubjectPronoun);
    // Each test alone decides, so the cheap word tests run before the phrase look-ups of
    // `fronted_comma` (order `quantity_opening_first`; no answer changes).
    if !opens || pronoun || noun_compound_cue(ctx, v) || !fronted_comma(ctx, comma, s.floor) {
        return None;
    }
    // The run is one phrase: no relative, auxiliary or clause word of a clause of its own
    // ("compared with 23 percent who said", "most ovations when he mentions"); right after the
    // quantifier "but" means "except" ("all but two").
    let clause = (comma + 1..e).any(|k| {
        matches!(
            ctx.function_class(k),
            Some(FunctionClass::Auxiliary | FunctionClass::Relative)
        ) || words::is(ctx, k, Class::RelativeBefore)
            || k > comma + 2 && words::is(ctx, k, Class::ClauseWord)
    });
    if clause {
        return None;
    }
    quantity_subject_with(ctx, s.src, e, f).map(Some)
}

/// Step `joined_quantity`: "…, but six in 10 said", "…, and all but two said", "…; one
/// suggested", "… is that 78 percent of voters in a poll said", "More than six in 10 said": a
/// proportion or quantifier run ([`quantity_subject_with`]) from its clause's start to the verb
/// group is the subject (the chunker's phrase right before the verb is only its last word,
/// which `bare_singular` drops). The clause starts at the sentence start, after `;`, after a
/// lower-case "that", or after a joiner ("and", "but", "while") that follows a comma (so the
/// "but" of "all but two" is none).
fn joined_quantity(s: &Search) -> Option<Option<Np>> {
    let (ctx, v, floor) = (s.ctx, s.v, s.floor);
    if s.ing || v <= floor {
        return None;
    }
    let e = s.group();
    let low = e.saturating_sub(QUANTITY_RUN).max(floor);
    if !quantity_near(ctx, low, e) {
        return None;
    }
    joined_quantity_from(s, e, low)
}

/// A word, figure or symbol: a token a quantity run of `joined_quantity` may hold.
fn run_token(ctx: &Ctx, k: usize) -> bool {
    ctx.is_word(k) || matches!(ctx.kind(k), Some(TokenKind::Number | TokenKind::Symbol))
}

/// For step `joined_quantity`, its necessary condition read on token kinds before the clause
/// scan. The scan stops at the last token in `low..e` that is no [`run_token`] (a `;` there
/// opens the run after it), so the run's start `f` is at least `q`, the token after it (or
/// `low`); a joiner bound needs a comma right before it, so it stands at `q`; the other
/// bounds are a lower-case "that". The run opens with a figure among `f..=e` or with a
/// determiner that is no noun marker at `f < e`: so a figure in `q..=e`, or such a determiner
/// at `q`, at `q + 1` or after a "that", must be there. Most cues have none.
fn quantity_near(ctx: &Ctx, low: usize, e: usize) -> bool {
    let q = (low..e)
        .rev()
        .find(|&k| !run_token(ctx, k))
        .map_or(low, |p| p + 1);
    if (q..=e).any(|k| ctx.kind(k) == Some(TokenKind::Number)) {
        return true;
    }
    let quantifier = |f: usize| {
        f < e
            && ctx.function_class(f) == Some(FunctionClass::Determiner)
            && !words::is(ctx, f, Class::NounMarker)
    };
    // Any string whose lower case is "that" is four ASCII letters.
    quantifier(q)
        || quantifier(q + 1)
        || (q..e).any(|k| ctx.norm(k).len() == 4 && ctx.is_any(k, &["that"]) && quantifier(k + 1))
}

/// Step `joined_quantity` once its verb group start `e` and lowest run start `low` are known,
/// without the [`quantity_near`] pre-test (the test's oracle calls it alone).
fn joined_quantity_from(s: &Search, e: usize, low: usize) -> Option<Option<Np>> {
    let (ctx, v, floor) = (s.ctx, s.v, s.floor);
    let bound = |k: usize| {
        ctx.is_punct(k, ";")
            || !ctx.is_cap(k) && ctx.is_any(k, &["that"])
            || !ctx.is_cap(k)
                && words::is(ctx, k, Class::ClauseJoiner)
                && k > floor
                && ctx.is_punct(k - 1, ",")
    };
    let mut start = None;
    for k in (low..e).rev() {
        if bound(k) {
            start = Some(k + 1);
            break;
        }
        if !run_token(ctx, k) {
            return None;
        }
    }
    let f = start.or((low == floor).then_some(floor))?;
    // It opens with the quantity: a quantifier, or a figure or "in" before one among its first
    // words ("78 percent", "all but two", "More than six in 10", "Nearly eight in 10"); "Pupils
    // in the schools" and "She quit on March 14 after …" are no quantity.
    let head = (f..e.min(f + QUANTITY_HEAD)).any(|k| {
        ctx.kind(k) == Some(TokenKind::Number)
            || ctx.is_any(k, &["in"]) && ctx.kind(k + 1) == Some(TokenKind::Number)
    });
    let opens = head
        || ctx.function_class(f) == Some(FunctionClass::Determiner)
            && !words::is(ctx, f, Class::NounMarker);
    if !opens
        || f >= e
        || words::is(ctx, e - 1, Class::SubjectPronoun)
        || noun_compound_cue(ctx, v)
        || (f..e).any(|k| {
            matches!(
                ctx.function_class(k),
                Some(FunctionClass::Auxiliary | FunctionClass::Relative)
            ) || words::is(ctx, k, Class::RelativeBefore)
                || k > f + 1 && words::is(ctx, k, Class::ClauseWord)
        })
    {
        return None;
    }
    if (f..e).any(|k| run_breaks(ctx, k, f, e)) {
        return None;
    }
    quantity_subject_with(ctx, s.src, e, f).map(Some)
}

/// For step `joined_quantity`: the token at `k` shows the run `f..e` is no one phrase: a line
/// break or a capitalised determiner inside it (a headline before it, flattened: "Crime booms
/// in 2004 The last 12 months have"), a word that opens a clause or time phrase ("Three years after
/// Republicans", "as China and Russia", "One area where Mr Vale"), a finite verb not right
/// before a noun ("The company collapsed in 2002 and prosecutors", "It took over 10 hours
/// before"; "registered voters" is a modifier), or a name right after a lower-case noun at the
/// run's end ("One of the jobs Vale talks about": a relative clause's subject).
fn run_breaks(ctx: &Ctx, k: usize, f: usize, e: usize) -> bool {
    let modifier = k + 1 < e
        && ctx.is_word(k + 1)
        && !ctx.is_cap(k + 1)
        && ctx.function_class(k + 1).is_none();
    let name_after_noun = k + 1 == e
        && k > f
        && ctx.is_cap(k)
        && ctx.is_word(k - 1)
        && !ctx.is_cap(k - 1)
        && ctx.function_class(k - 1).is_none()
        && !ctx.is_preposition(k - 1);
    k > f && ctx.line_before(k)
        || k > f && ctx.is_cap(k) && ctx.function_class(k) == Some(FunctionClass::Determiner)
        || !ctx.is_cap(k) && RUN_BREAKERS.contains(ctx.norm(k))
        || k > f && !ctx.is_cap(k) && sure_verb(ctx, k) && !modifier
        || name_after_noun
}

/// Whether the comma at `comma` closes a phrase fronted at its clause's start ("Among those
/// polled, …", "Being that this is his backyard, …"), not a name that an appositive follows
/// ("when Poland, one of the largest …,", "Smith, one of the donors, …").
fn fronted_comma(ctx: &Ctx, comma: usize, floor: usize) -> bool {
    let start = (floor..comma)
        .rev()
        .find(|&k| ctx.is_punct(k, ","))
        .map_or(floor, |k| k + 1);
    let Some(np) = (comma > start)
        .then(|| ctx.np_ending_at(comma - 1, start))
        .flatten()
    else {
        return true;
    };
    let after_clause_word = np.start > start && words::is(ctx, np.start - 1, Class::ClauseWord);
    let whole_name = np.start == start && np.kind != NpKind::Common;
    !(after_clause_word || whole_name)
}

/// Whether the cue at `v` is an -s form right after a bare singular noun that itself follows a
/// bare noun or a name, so more likely a noun itself ("EU member states", "the aid plan
/// calls"), not a verb after a phrase's head ("40 percent of the public says").
fn noun_compound_cue(ctx: &Ctx, v: usize) -> bool {
    v > 1
        && ctx.is_word(v - 2)
        && ctx.function_class(v - 2).is_none()
        && ctx.kind(v - 2) != Some(TokenKind::Number)
        && ctx.norm(v).ends_with('s')
        && ctx.is_word(v - 1)
        && !ctx.is_cap(v - 1)
        && ctx.function_class(v - 1).is_none()
        && !ctx.norm(v - 1).ends_with('s')
        && !ctx.norm(v - 1).ends_with("ly")
        && !words::is(ctx, v - 1, Class::IrregularPlural)
}

/// Step `nearest_phrase`.
fn nearest_phrase(s: &Search) -> Option<Option<Np>> {
    s.near().map(Some)
}

/// Step `sentence_opening`: the last resort, which always decides.
fn opening_step(s: &Search) -> Option<Option<Np>> {
    Some(sentence_opening(s.ctx, s.src, s.v, s.floor))
}

/// Step `quantifier_subject`.
fn quantifier_subject(s: &Search, np: Np) -> Option<Np> {
    Some(with_quantifier(s.ctx, np, s.floor))
}

/// Step `relative_clause`: "what the agency says is …", "those who say …".
fn relative_clause(s: &Search, np: Np) -> Option<Np> {
    let relative = np.start > s.floor && words::is(s.ctx, np.start - 1, Class::RelativeBefore);
    (!relative || s.src.on(Guard::RelativeReport) && relative_report(s, np)).then_some(np)
}

/// Guard `relative_report`: the cue of a relative clause reports a clause of its own, so its
/// subject is the source: "that" after it, a verb whose subject is the gap ("which the mayor
/// says is unfair", "a deadline that aides said stalled", "which the campaign says includes"),
/// or a subject and its verb ("which
/// he said the city should pay for", "what she said they found").
/// A gap verb (`-ed`) right after the cue needs a past cue: in "the latest reports heralded a
/// deal" the cue is the subject's noun and the `-ed` word its verb.
fn relative_report(s: &Search, np: Np) -> bool {
    let (ctx, n) = (s.ctx, s.v + 1);
    let past = past_cue(ctx, s.v);
    // Step `lexical_gap`: an -s verb too ("which the campaign says includes …").
    let s_verb = super::lexical_gap_verb(ctx, n) && ctx.norm(n).ends_with('s');
    let gap = clause_verb_at(ctx, n) && (past || !ctx.norm(n).ends_with("ed")) || s_verb;
    n < ctx.len()
        && relative_subject_fits(ctx, np, s.v, past)
        && (ctx.is_any(n, &["that"])
            || gap
            || ctx
                .np_starting_at(n, ctx.len())
                .is_some_and(|np| clause_verb_at(ctx, np.end)))
}

/// For `relative_report`: the cue at `v` is a past form (`said`, `argued`).
fn past_cue(ctx: &Ctx, v: usize) -> bool {
    match ctx.cue(v) {
        Some(f) => !f.base && !f.third && !f.ing,
        None => ctx.norm(v).ends_with("ed") || super::cue::irregular_past_at(ctx, v),
    }
}

/// For `relative_report`: the phrase `np` is the cue's subject — it ends at the cue or
/// before adverbs and auxiliaries ("which he also said"), its last word is no lower-case
/// participle ("chairs that POLITICO interviewed predicted"), and a bare cue agrees with it
/// (a pronoun or a plural: not "that the federation endorse", "10,000m hope", "left little
/// doubt"). Rule `relative_subject_fits`.
fn relative_subject_fits(ctx: &Ctx, np: Np, v: usize, past: bool) -> bool {
    let adjacent = (np.end..v).all(|k| {
        !ctx.is_cap(k)
            && matches!(
                ctx.function_class(k),
                Some(FunctionClass::Adverb | FunctionClass::Auxiliary)
            )
    });
    let last = np.end - 1;
    let participle = !ctx.is_cap(last) && ctx.norm(last).ends_with("ed");
    let bare = !past && !ctx.norm(v).ends_with('s') && !ctx.norm(v).ends_with("ing");
    let plural = np.kind == NpKind::Pronoun
        || ctx.norm(last).ends_with('s')
        || words::is(ctx, last, Class::IrregularPlural);
    adjacent && !participle && (!bare || plural)
}

/// For `relative_report`: a subject pronoun, an auxiliary (not "to") or a lower-case -ed word
/// at `k`, the sign of a clause (or of its verb) after a cue.
fn clause_verb_at(ctx: &Ctx, k: usize) -> bool {
    k < ctx.len()
        && ctx.is_word(k)
        && !ctx.is_cap(k)
        && match ctx.function_class(k) {
            Some(FunctionClass::Auxiliary) => !ctx.is_any(k, &["to"]),
            None => ctx.norm(k).ends_with("ed"),
            _ => words::is(ctx, k, Class::SubjectPronoun),
        }
}

/// Step `verb_opened_phrase`: the chunker may take a verb and what follows it for the
/// subject of a later cue ("he [spent more time] mocking …", "The nominee has not [stepped
/// forward] publicly to defend …", "Vale wouldn't [discuss] …"): a phrase opened by a
/// lower-case finite verb, or by a bare verb after an auxiliary or "not", is no one. The
/// subject of that verb is the source, where it has one and it is not "there" or "here"
/// ("there [are] fears" keeps its phrase). It runs after `bare_singular`, so it moves a
/// mention and never makes a row a junk one-word subject had kept from being made.
fn verb_opened_phrase(s: &Search, np: Np) -> Option<Np> {
    let (ctx, k) = (s.ctx, np.start);
    if k <= s.floor || !ctx.is_word(k) || ctx.is_cap(k) {
        return Some(np);
    }
    let p = k - 1;
    // "would discuss", "didn't discuss": a bare verb after a lower-case auxiliary other than
    // "be" ("is part of", "be targets for" are nouns; "Does anyone" asks).
    let after_auxiliary = !ctx.is_cap(p)
        && !words::is(ctx, p, Class::Be)
        && (ctx.function_class(p) == Some(FunctionClass::Auxiliary)
            || ctx.is_any(p, &["n't", "not"]));
    // An -s word is as often a plural ("allowing users", ", executives are"): a verb only
    // after a subject pronoun or an adverb ("he owns", "it quickly brushes past").
    let plural_like = ctx.norm(k).ends_with('s') && ctx.function_class(k).is_none();
    let after_subject = words::is(ctx, p, Class::SubjectPronoun)
        || ctx.function_class(p) == Some(FunctionClass::Adverb)
        || ctx.is_word(p) && !ctx.is_cap(p) && ctx.norm(p).ends_with("ly");
    let finite = super::content::finite_at(ctx, k, true) && (!plural_like || after_subject);
    if !(finite || after_auxiliary && ctx.function_class(k).is_none()) {
        return Some(np);
    }
    let Some(subject) = ctx.subject_before(k, s.floor) else {
        return Some(np);
    };
    let expletive =
        subject.end == subject.start + 1 && ctx.is_any(subject.start, &["there", "here"]);
    let opened_by_verb = ctx.is_word(subject.start)
        && !ctx.is_cap(subject.start)
        && super::content::finite_at(ctx, subject.start, true);
    Some(if expletive || opened_by_verb || subject.end > k {
        np
    } else {
        subject
    })
}

/// Step `bare_singular`: a bare singular lower-case word is rarely a source ("the plan" yes,
/// "plan says" no); "half of the voters" is one ("half" heads an of-phrase), and so is a
/// plural without -s ("people say", "police said"; class `irregular_plural`).
fn bare_singular(s: &Search, np: Np) -> Option<Np> {
    let ctx = s.ctx;
    let bare = np.kind == NpKind::Common
        && np.end - np.start == 1
        && ctx.function_class(np.start).is_none()
        && !ctx.norm(np.start).ends_with('s')
        && !words::is(ctx, np.start, Class::IrregularPlural)
        && !ctx.is_any(np.end, &["of"]);
    (!bare).then_some(np)
}

/// Most words of a time phrase between a subject and its verb ("late last week").
const TIME_PHRASE: usize = 4;

/// Source step `time_phrase`: the subject before a time phrase that stands before the verb at `v`
/// ("Vale last month said", "Cole on Thursday evening said", "Reyes has long argued", "Vale,
/// the chairman, this past week announced";
/// `indirect_words.txt` class `time_word`).
fn before_time_phrase(ctx: &Ctx, v: usize, floor: usize) -> Option<Np> {
    let mut j = v;
    while j > floor + 1 && v - j < TIME_PHRASE && words::is(ctx, j - 1, Class::TimeWord) {
        j -= 1;
    }
    // "this past week", "that same night": the demonstrative opens the time phrase.
    // Only after an aside's comma ("Vale, the chairman, this past week announced"): elsewhere
    // the phrase may be a verb's object ("the scholars I interviewed this week thought").
    if j < v
        && j > floor + 2
        && ctx.is_any(j - 1, &["this", "that"])
        && !ctx.is_cap(j - 1)
        && ctx.is_punct(j - 2, ",")
    {
        j -= 1;
    }
    (j < v).then(|| ctx.subject_before(j, floor)).flatten()
}

/// Source step `quantifier_subject`: "One official said", "All delegates agreed": the determiner the
/// chunker leaves out of a phrase ("one", "all") belongs to a subject ("that" opens a clause).
fn with_quantifier(ctx: &Ctx, mut np: Np, floor: usize) -> Np {
    let d = np.start.wrapping_sub(1);
    if np.kind == NpKind::Common
        && np.start > floor
        && np.mention_start == np.start
        && ctx.function_class(d) == Some(FunctionClass::Determiner)
        && !words::is(ctx, d, Class::ClauseOpener)
    {
        np.start = d;
        np.mention_start = d;
    }
    np
}

/// A mention can be a subject only if it opens with a noun, a name, a pronoun or a determiner:
/// not a conjunction, preposition or adverb ("When asked …", "In a new ad …", "Let me say …")
/// nor a participle with its complement ("Speaking on radio …"), nor a connective ("Moreover,
/// …": `indirect_words.txt` class `connective`).
pub(crate) fn opens_subject(ctx: &Ctx, src: Sources, np: Np) -> bool {
    let first = np.mention_start;
    let function = matches!(
        ctx.function_class(first),
        Some(FunctionClass::Other | FunctionClass::Adverb)
    ) && !words::is(ctx, first, Class::SubjectOpener)
        || src.on(Guard::Connective)
            && ctx.is_cap(first)
            && words::is(ctx, first, Class::Connective);
    // "Speaking on radio", "criticizing him": a participle with its own complement.
    let participle = np.kind == NpKind::Common
        && ctx.function_class(first).is_none()
        && ctx.with_lower(first, |w| w.ends_with("ing"))
        && first + 1 < np.end
        && ctx.function_class(first + 1) == Some(FunctionClass::Other);
    !(function
        || participle
        || ctx.fronted_participle(first) && !ing_name(ctx, np)
        || ctx.is_any(first, &["let"]))
}

/// "Boreing said", "Manning told": a capitalised -ing word opening the sentence alone (no cue,
/// no function word: "Having announced …"), right before a cue verb's past, is a name, not a
/// fronted participle (a participle has its own complement or comma before the main verb:
/// "Speaking Monday, Vale said"); the chunker reads it as a name by its rule `ing_surname`.
fn ing_name(ctx: &Ctx, np: Np) -> bool {
    np.start == np.mention_start
        && np.end == np.start + 1
        && ctx.is_cap(np.start)
        && ctx.cue(np.start).is_none()
        && ctx.function_class(np.start).is_none()
        && ctx.with_lower(np.start, |w| w.ends_with("ing") && !w.ends_with("thing"))
        && ctx.is_word(np.end)
        && !ctx.with_lower(np.end, |w| w.ends_with("ing"))
        && ctx
            .cue(np.end)
            .is_some_and(|c| !c.ing && !c.base && !c.third)
}

/// The subject of the main clause after a fronted participle clause's comma ("Having
/// announced that …, Judge Berman proceeded"): a name, pronoun or determined phrase with a
/// finite verb right after it.
pub(crate) fn main_clause_subject(ctx: &Ctx, comma: usize, end: usize) -> Option<Np> {
    let mut np = ctx.np_starting_at(comma + 1, end)?;
    let subject_like = np.kind != NpKind::Common
        || ctx.function_class(np.start) == Some(FunctionClass::Determiner);
    // The chunker may run on into a lower-case verb ("the company moved"): the phrase ends there.
    // A word right after an article is its noun ("the owners had", "the lawyers looked").
    // Rule `cue_main_verb`: a cue verb's past form ("the senator said", "aides told") is the
    // main verb too, though `finite_at` leaves "said" out; not a bare form, as often a noun
    // ("a former state party chairman").
    let verb = (np.start + 1..=np.end.min(end.saturating_sub(1))).find(|&j| {
        let cue = ctx.is_word(j)
            && !ctx.is_cap(j)
            && ctx.cue(j).is_some_and(|c| !c.ing && !c.base && !c.third);
        (super::content::finite_at(ctx, j, true) || cue)
            && !words::is(ctx, j - 1, Class::NounMarker)
    })?;
    np.end = verb;
    subject_like.then_some(np)
}

/// The source named after an inverted cue ("…, said Ann Vale, a spokeswoman."): the noun
/// phrase right after the verb.
///
/// Rule `time_phrase_not_inverted`: a phrase of time words only (`quote_words.txt` classes
/// `time_modifier`, `time_noun`, `time_alone`) is no source: `…, a study concluded this year.`
/// gave the source `this year`.
pub(crate) fn after_verb(ctx: &Ctx, v: usize, limit: usize) -> Option<Np> {
    use super::super::lexicons::QuoteWordClass as C;
    let time_word = |k: usize| {
        ctx.is_class(k, C::TimeModifier)
            || ctx.is_class(k, C::TimeNoun)
            || ctx.is_class(k, C::TimeAlone)
    };
    ctx.np_starting_at(v + 1, limit)
        .filter(|np| np.kind != NpKind::Common || ctx.function_class(np.start).is_some())
        .filter(|np| !(np.start..np.end).all(time_word))
}

/// The pronoun or name owning the noun at `k` ("his claim", "Trump's warning").
pub(crate) fn possessor(ctx: &Ctx, k: usize, floor: usize) -> Option<Np> {
    let p = k.checked_sub(1).filter(|&p| p >= floor)?;
    if words::is(ctx, p, Class::Possessive) {
        return Some(Np {
            start: p,
            end: p + 1,
            mention_start: p,
            kind: NpKind::Pronoun,
        });
    }
    if ctx.norm(p) == "'s" && p > floor {
        return ctx.np_ending_at(p - 1, floor);
    }
    None
}

/// The possessor of the reporting noun at `k` ([`possessor`]); with guard `modified_possessor`,
/// also across at most [`OWNER_GAP`] lower-case modifiers ("Vale's controversial proposal to
/// …", "her nuanced views about …", "Reyes's continual attacks on …"): words with no function
/// class, no preposition, no cue verb (a verb between makes the possessed phrase its subject:
/// "his aides said"); an `'s` after a pronoun is a clitic ("it's raising questions about"). A noun of `indirect_agent_nouns.txt` names its own holder ("the mayor's
/// new critics of the plan"). A possessive pronoun in a verb's object gives way to the verb's
/// subject ([`possessive_object`]).
pub(crate) fn noun_possessor(ctx: &Ctx, src: Sources, k: usize, floor: usize) -> Option<Np> {
    let np = modified_possessor(ctx, src, k, floor)?;
    Some(possessive_object(ctx, src, np, floor).unwrap_or(np))
}

/// Guard `possessive_object`: the subject of the verb right before the possessive pronoun
/// `np` (past `upon`, or `on` after a particle, and one particle of
/// `indirect_object_particles.txt`), when the pronoun agrees with
/// it ("Vale reiterated his support for …" → "Vale", "the leaders stepped up their attacks on
/// …" → "the leaders"); the verb is finite, an infinitive after a finite verb ("continued to
/// affirm their support") or an -ing form after "be" ("was contrasting his position"). The
/// news names the one who holds the view as the verb's subject; the pronoun only points back
/// to it. Only after a verb of `indirect_possessive_verbs.txt`, whose subject holds the stance
/// (not "the judge upheld his contention", "police investigated their allegation"). Not after
/// a preposition ("persistent in her criticism of"), a form of "be" or a bare verb, and not
/// where the pronoun names another ("he denied her claims").
pub(crate) fn possessive_object(ctx: &Ctx, src: Sources, np: Np, floor: usize) -> Option<Np> {
    if !src.on(Guard::PossessiveObject) || np.kind != NpKind::Pronoun || np.end != np.start + 1 {
        return None;
    }
    let p = np.start;
    let mut v = p.checked_sub(1).filter(|&v| v > floor)?;
    // "expanded upon his …", "is doubling down on her …": the preposition of a phrasal verb;
    // "on" only after a particle ("pressed on his claim" presses another's).
    let particle_before =
        |k: usize| k > 0 && ctx.with_lower(k - 1, |w| OBJECT_PARTICLES.contains(w));
    if ctx.is_any(v, &["upon"]) || ctx.is_any(v, &["on"]) && particle_before(v) {
        v = v.checked_sub(1).filter(|&v| v > floor)?;
    }
    if ctx.with_lower(v, |w| OBJECT_PARTICLES.contains(w)) {
        v = v.checked_sub(1).filter(|&v| v > floor)?;
    }
    let head = v;
    let lower_word = ctx.is_word(v) && !ctx.is_cap(v) && ctx.function_class(v).is_none();
    let verb = if sure_verb(ctx, v) && !words::is(ctx, v, Class::Be) && ctx.norm(v) != "'s" {
        // "Vale reiterated his …"
        v
    } else if lower_word && v >= floor + 2 && ctx.is_any(v - 1, &["to"]) && sure_verb(ctx, v - 2) {
        // "Vale continued to affirm his …": the infinitive's subject is the verb's before "to".
        v
    } else if lower_word && ctx.norm(v).ends_with("ing") && words::is(ctx, v - 1, Class::Be) {
        // "Vale was contrasting his …": the subject of the form of "be".
        v - 1
    } else {
        return None;
    };
    // The verb before the pronoun (past its particle) must be one whose subject holds the
    // stance ("reiterated his support"), not one that acts on another's ("upheld his claim").
    if !ctx.with_lower(head, possessive_verb_form) {
        return None;
    }
    let near = Near::default();
    subject(ctx, src, verb, floor, false, &near)
        .filter(|s| opens_subject(ctx, src, *s))
        .filter(|s| possessive_agrees(ctx, p, *s))
}

/// Does the possessive pronoun at `p` point back to the subject phrase `s`? Its own subject
/// pronoun ("his" → "he"), and by its holder (`indirect_possessive_holders.txt`): a person's to
/// a name or a singular phrase, a thing's to a singular common phrase, a plural's to a plural
/// or a phrase joined by "and".
fn possessive_agrees(ctx: &Ctx, p: usize, s: Np) -> bool {
    let Some((pronoun, holder)) = ctx.with_lower(p, |w| POSSESSIVE_HOLDERS.get(w).cloned()) else {
        return false;
    };
    let last = s.end - 1;
    let plural = ctx.norm(last).ends_with('s') && !ctx.norm(last).ends_with("ss")
        || words::is(ctx, last, Class::IrregularPlural);
    let joined = (s.start..s.end).any(|j| ctx.is_any(j, &["and"]));
    match (s.kind, holder) {
        (NpKind::Pronoun, _) => s.end == s.start + 1 && ctx.with_lower(s.start, |w| w == pronoun),
        (NpKind::Name, PossessiveHolder::Person) => !joined,
        (NpKind::Name, PossessiveHolder::Thing) => false,
        (_, PossessiveHolder::Plural) => plural || joined,
        (NpKind::Common, _) => !plural && !joined,
    }
}

/// [`possessor`], or with guard `modified_possessor` the possessor across lower-case
/// modifiers ([`noun_possessor`]).
fn modified_possessor(ctx: &Ctx, src: Sources, k: usize, floor: usize) -> Option<Np> {
    if let Some(np) = possessor(ctx, k, floor) {
        return Some(np);
    }
    if !src.on(Guard::ModifiedPossessor) || ctx.with_lower(k, |w| AGENT_NOUNS.contains(w)) {
        return None;
    }
    let low = k.saturating_sub(OWNER_GAP).max(floor + 1);
    let mut j = k;
    while j > low {
        let m = j - 1;
        let modifier = ctx.is_word(m)
            && !ctx.is_cap(m)
            && ctx.function_class(m).is_none()
            && !ctx.is_preposition(m)
            && ctx.norm(m) != "'s"
            && ctx.cue(m).is_none();
        if !modifier {
            return None;
        }
        j = m;
        // "it's raising questions about": a clitic after a pronoun is no possessive.
        let clitic = ctx.norm(j - 1) == "'s" && j >= 2 && ctx.function_class(j - 2).is_some();
        if let Some(np) = possessor(ctx, j, floor).filter(|_| !clitic) {
            return Some(np);
        }
    }
    None
}

/// Most lower-case modifiers between a possessor and its reporting noun ("Petro's subsequent
/// public remarks").
const OWNER_GAP: usize = 3;

/// The possessor of the subject of the verb at `v` when a reporting noun heads it ("Petro's
/// subsequent remarks suggest …" → "Petro", "their statements show" → "their"): the source,
/// never the possessor with the modifiers.
pub(crate) fn noun_owner(ctx: &Ctx, np: Np, v: usize, floor: usize) -> Option<Np> {
    // The chunker may stop before the noun ("Petro's subsequent" | "remarks suggest").
    let between_words =
        (np.end..v).all(|j| ctx.is_word(j) && !ctx.is_cap(j) && !ctx.is_preposition(j));
    let head = if np.end < v && between_words && words::is(ctx, v - 1, Class::UtteranceNoun) {
        v - 1
    } else {
        np.end.checked_sub(1)?
    };
    if !words::is(ctx, head, Class::UtteranceNoun) {
        return None;
    }
    let low = head.saturating_sub(OWNER_GAP).max(floor);
    let mut j = head;
    while j > low && ctx.is_word(j - 1) && !ctx.is_cap(j - 1) && ctx.norm(j - 1) != "'s" {
        if possessor(ctx, j, floor).is_some() {
            break;
        }
        j -= 1;
    }
    possessor(ctx, j, floor)
}

/// Most words between a reporting noun and the verb that governs it ("made no mention of",
/// "unleashed withering attacks against").
const NOUN_VERB_GAP: usize = 4;

/// Who holds a reporting noun with no possessor: the subject of the verb whose object it is
/// ("Trump made no mention of …", "He avoided direct criticism of …", "X is a supporter of
/// …", "It will focus on …"). Only determiners and lower-case modifiers may come between.
pub(crate) fn noun_holder(ctx: &Ctx, src: Sources, k: usize, floor: usize) -> Option<Np> {
    let mut j = k;
    let mut reach = NOUN_VERB_GAP;
    while j > floor && k - j < reach {
        j -= 1;
        if src.on(Guard::ParticipleModifier) && participle_modifier(ctx, j, k, floor) {
            continue;
        }
        if reach > NOUN_VERB_GAP && !super::content::finite_at(ctx, j, true) {
            // Past the preposition: the verb's object ("raised about $58 million").
            if !in_verb_object(ctx, j) {
                return None;
            }
            continue;
        }
        if reach == NOUN_VERB_GAP && src.on(Guard::NonfiniteHolder) {
            if let Some(ing) = nonfinite_verb(ctx, j, floor) {
                if agent_after(ctx, k) {
                    return None;
                }
                let near = Near::default();
                return subject(ctx, src, j, floor, ing, &near)
                    .filter(|np| opens_subject(ctx, src, *np))
                    .filter(|np| !src.on(Guard::OpeningVerb) || verb_inside(ctx, *np).is_none());
            }
        }
        if super::content::finite_at(ctx, j, true) {
            // "The move is in response to …": a form of "be" holds no phrase after it.
            let be = reach > NOUN_VERB_GAP && words::is(ctx, j, Class::Be);
            if ctx.norm(j) == "'s" || be {
                return None;
            }
            let near = Near::default();
            let past_preposition = reach > NOUN_VERB_GAP;
            return subject(ctx, src, j, floor, false, &near)
                .filter(|np| opens_subject(ctx, src, *np))
                .filter(|np| !(past_preposition && inanimate_holder(ctx, *np)));
        }
        let modifier = ctx.is_word(j)
            && !ctx.is_cap(j)
            && !ctx.is_preposition(j)
            && matches!(
                ctx.function_class(j),
                None | Some(FunctionClass::Determiner | FunctionClass::Adverb)
            )
            && !ctx.norm(j).ends_with("ing");
        if src.on(Guard::AppositiveHolder)
            && ctx.is_punct(j, ",")
            && ctx.function_class(j + 1) == Some(FunctionClass::Determiner)
        {
            return appositive_head(ctx, j, floor);
        }
        if src.on(Guard::PrepositionHolder) && ctx.is_preposition(j) && !ctx.is_any(j, &["to"]) {
            reach = k - j + VERB_OBJECT;
            continue;
        }
        if !modifier && !ctx.is_any(j, &["no"]) {
            return None;
        }
    }
    None
}

/// Most tokens from a reporting noun to a "by" naming its agent ("the criticism of the mayor
/// by residents").
const AGENT_REACH: usize = 8;

/// For guard `nonfinite_holder`: a "by" among the words after the reporting noun at `k`, before
/// any punctuation or relative: the phrase names its own agent ("is airing the criticism of
/// the mayor by residents"), so the verb's subject does not hold it.
fn agent_after(ctx: &Ctx, k: usize) -> bool {
    let end = (k + AGENT_REACH).min(ctx.len());
    (k + 1..end)
        .take_while(|&j| ctx.is_word(j) && ctx.function_class(j) != Some(FunctionClass::Relative))
        .any(|j| ctx.is_any(j, &["by"]))
}

/// Guard `nonfinite_holder`: the lower-case word at `j`, before the object phrase of a
/// reporting noun, is a verb with no tense of its own: an -ing form with a determiner or
/// possessive right after it ("making an argument about", "raising their concerns about"),
/// after a verbal word (a comma or dash, an auxiliary, adverb, preposition or other function
/// word, a form of "be", a past form: "is making", "— including a call for", "kept raising";
/// not after a noun or adjective, a determiner or possessive: "protesters making a call" is a
/// noun's modifier, "a long meeting", "at the opening" are nouns), or a
/// bare form right after "to" with a determiner after it ("to make a formal endorsement of",
/// "to provide an opinion on"; not "to rally support for") that completes "not", an auxiliary
/// or a finite verb with no -s ("failed to make"; not a noun or time phrase, nor a finite -s
/// verb: "her refusal to disavow", "this week to press", "Vale wants to make"). Neither for a
/// receiving verb (`indirect_receiving_verbs.txt`) nor one that relays another's report
/// (`indirect_relaying_verbs.txt`: "is ignoring the criticism of", "to deflect the criticism
/// of"). `Some(true)` for the -ing form, `Some(false)` for the infinitive.
fn nonfinite_verb(ctx: &Ctx, j: usize, floor: usize) -> Option<bool> {
    if j <= floor || !ctx.is_word(j) || ctx.is_cap(j) || ctx.function_class(j).is_some() {
        return None;
    }
    // The verb's object opens right after it ("rally support for" stays unread: "support" may
    // be the verb's object or the verb's own noun).
    if ctx.function_class(j + 1) != Some(FunctionClass::Determiner) {
        return None;
    }
    let w = ctx.norm(j).to_lowercase();
    if verb_form(&w, |f| super::RECEIVING_VERBS.contains_key(f))
        || verb_form(&w, |f| RELAYING_VERBS.contains(f))
    {
        return None;
    }
    if w.len() > 4 && w.ends_with("ing") {
        let p = ctx.norm(j - 1);
        let verbal = piece_bound(ctx, j - 1)
            || matches!(
                ctx.function_class(j - 1),
                Some(FunctionClass::Auxiliary | FunctionClass::Adverb | FunctionClass::Other)
            )
            || ctx.is_preposition(j - 1)
            || words::is(ctx, j - 1, Class::Be)
            || ctx.is_word(j - 1)
                && !ctx.is_cap(j - 1)
                && (p.ends_with("ed") || super::cue::irregular_past_at(ctx, j - 1));
        return (verbal && !words::is(ctx, j - 1, Class::NounMarker)).then_some(true);
    }
    // The infinitive completes a verb ("failed to make", "had to withdraw", "not to make"),
    // not a noun or a time phrase ("her refusal to disavow", "this week to press").
    let completes_verb = j >= floor + 2 && {
        let h = j - 2;
        ctx.is_any(h, &["not"])
            || ctx.function_class(h) == Some(FunctionClass::Auxiliary)
            || super::content::finite_at(ctx, h, true) && !ctx.norm(h).ends_with('s')
    };
    let infinitive =
        ctx.is_any(j - 1, &["to"]) && completes_verb && !w.ends_with("ed") && !w.ends_with("ing");
    infinitive.then_some(false)
}

/// Verbs whose subject takes in or passes on another's report (`indirect_relaying_verbs.txt`,
/// base forms): "is reviewing the criticism of", "to deflect the criticism of".
static RELAYING_VERBS: LazyLock<FastSet<String>> = LazyLock::new(|| {
    lexicon::lowercase_set(include_str!(
        "../../../data/lexicons/indirect_relaying_verbs.txt"
    ))
});

/// For guard `nonfinite_holder`: `w` is a listed form or the -ing form of a listed verb
/// ("face", "facing", "winning", "reviewing"): its subject receives or relays the reporting
/// noun ("continue to face the criticism of"), and holds none.
fn verb_form(w: &str, listed: impl Fn(&str) -> bool) -> bool {
    if listed(w) {
        return true;
    }
    let Some(stem) = w.strip_suffix("ing") else {
        return false;
    };
    let undoubled = stem
        .char_indices()
        .last()
        .filter(|&(i, c)| i > 0 && stem[..i].ends_with(c))
        .map(|(i, _)| &stem[..i]);
    listed(stem) || listed(&format!("{stem}e")) || undoubled.is_some_and(listed)
}

/// Guard `participle_modifier`: the lower-case -ed or -ing word at `j`, right before the
/// reporting noun at `k` and after "a"/"an" or a verb, modifies the noun (not after "the" or a
/// possessive: "the continued questions", "their faith-based opposition") ("an unprompted
/// call for", "unleashed withering attacks against"); it is no verb whose subject holds it.
fn participle_modifier(ctx: &Ctx, j: usize, k: usize, floor: usize) -> bool {
    let w = ctx.norm(j);
    j + 1 == k
        && j > floor
        && ctx.is_word(j)
        && !ctx.is_cap(j)
        && (w.ends_with("ed") || w.ends_with("ing"))
        && (ctx.is_any(j - 1, &["a", "an"]) || sure_verb(ctx, j - 1))
}

/// A finite verb at `k` that is no -s word that may be a plural noun ("candidates dodging").
fn sure_verb(ctx: &Ctx, k: usize) -> bool {
    super::content::finite_at(ctx, k, true)
        && !(ctx.norm(k).ends_with('s') && ctx.function_class(k).is_none())
}

/// For guard `preposition_holder`: a subject that holds no view ("Pressure rises on Vale after
/// criticism of", "the yen touched its lowest on concerns about"): a phrase opened by the
/// inanimate possessive "its" or headed by an abstract noun ("His aide" still holds).
fn inanimate_holder(ctx: &Ctx, np: Np) -> bool {
    ctx.is_any(np.start, &["its"]) || words::is(ctx, np.end - 1, Class::AbstractNoun)
}

/// Most tokens of a bracketed aside between a name and its appositive ("Vale (D-NY), a …").
const BRACKET_ASIDE: usize = 6;

/// For guard `appositive_holder`: the name or determined phrase ending before the comma at
/// `comma` ("Ann Vale, a critic of", "Sen. Vale (D-NY), a supporter of", "the mayor, an
/// opponent of"), past a bracketed aside.
fn appositive_head(ctx: &Ctx, comma: usize, floor: usize) -> Option<Np> {
    let mut e = comma.checked_sub(1).filter(|&e| e > floor)?;
    if ctx.is_punct(e, ")") {
        let low = e.saturating_sub(BRACKET_ASIDE).max(floor + 1);
        e = (low..e)
            .rev()
            .find(|&b| ctx.is_punct(b, "("))?
            .checked_sub(1)?;
    }
    // "In Texas, a critic of …", "On the whole, an opponent of …": a fronted phrase, no head.
    let fronted = |np: &Np| np.start == floor + 1 && ctx.is_preposition(floor);
    ctx.np_ending_at(e, floor)
        .filter(|np| np.end == e + 1 && !fronted(np))
        .filter(|np| np.kind != NpKind::Common || ctx.function_class(np.start).is_some())
}

/// Most tokens of a verb's object between the verb and the preposition before a reporting
/// noun ("released a statement in opposition to", "raised about $58 million in support of").
const VERB_OBJECT: usize = 6;

/// For guard `preposition_holder`: a token that can stand in a verb's object (a word, a
/// figure, a currency sign or a symbol; no clause word, relative or coordinator that would open a clause of
/// its own).
fn in_verb_object(ctx: &Ctx, j: usize) -> bool {
    let plain = matches!(
        ctx.kind(j),
        Some(TokenKind::Number | TokenKind::Symbol | TokenKind::Currency)
    );
    (ctx.is_word(j) || plain)
        && !words::is(ctx, j, Class::ClauseWord)
        && !words::is(ctx, j, Class::ClauseJoiner)
        && ctx.function_class(j) != Some(FunctionClass::Relative)
}

/// Source step `object_holder`: who reports through a document named as a verb's object ("X issued
/// a statement saying …", "Y released a report detailing …"): that verb's subject.
fn object_holder(ctx: &Ctx, src: Sources, np: Np, floor: usize) -> Option<Np> {
    let head = np.end - 1;
    let reporting =
        super::cue::noun_at(ctx, head).is_some() || super::cue::document_noun_at(ctx, head);
    if np.kind != NpKind::Common || !reporting {
        return None;
    }
    noun_holder(ctx, src, np.end - 1, floor)
}

/// Longest run of plain words read as a subject when the chunker finds no phrase.
const SHORT_RUN: usize = 6;

/// Longest stretch from the sentence start to the verb read as one subject.
const LONG_SUBJECT: usize = 40;

/// Where the subject search finds nothing ("Mr. Sperling, then 38, said", "half of the
/// voters said"), the phrase opening the sentence, when nothing between it and the verb
/// reads as a relative or a second clause.
fn sentence_opening(ctx: &Ctx, src: Sources, v: usize, floor: usize) -> Option<Np> {
    if v <= floor || v - floor > LONG_SUBJECT {
        return None;
    }
    // "…, but few believe …": a clause joined by a comma and a conjunction opens after it.
    let joined = (floor + 1..v)
        .rev()
        .find(|&k| ctx.is_punct(k - 1, ",") && words::is(ctx, k, Class::ClauseJoiner));
    let floor = joined.map_or(floor, |k| k + 1);
    if v <= floor {
        return None;
    }
    let clause_word = (floor..v).any(|k| {
        matches!(ctx.tok(k), ";" | ":")
            || ctx.tok(k).starts_with(|c: char| c.is_ascii_lowercase())
                && words::is(ctx, k, Class::ClauseWord)
            || ctx.is_quote_mark(k)
    });
    if clause_word {
        return None;
    }
    // After a fronted phrase ("In Texas, half of the voters said"), the phrase after its comma.
    let after_comma = (floor..v)
        .rev()
        .find(|&k| ctx.is_punct(k, ","))
        .map(|k| k + 1);
    if let Some(np) = quantity_subject_with(ctx, src, v, after_comma.unwrap_or(floor)) {
        return Some(np);
    }
    if ctx.function_class(v - 1) == Some(FunctionClass::Determiner) {
        return None;
    }
    let starts = [Some(floor), after_comma];
    let phrases = starts
        .into_iter()
        .flatten()
        .filter_map(|s| ctx.np_starting_at(s, v))
        .filter(|np| np.kind != NpKind::Pronoun || np.end == v)
        // "Across the bloc, the member states agreed": a fronted preposition opens no subject.
        .filter(|np| !words::is(ctx, np.mention_start, Class::FrontedPreposition));
    let mut first = None;
    for np in phrases.map(|np| trim_opening(ctx, src, np)) {
        if let Some(main) = after_fronted(ctx, src, np, v) {
            return Some(main);
        }
        // "Shortly after the vote, Sen. Vale, now a candidate, proposed …": an adjunct
        // opening yields to the subject after its comma.
        if src.on(Guard::AdjunctOpening) && adjunct_opening(ctx, np, floor) {
            if let Some(main) =
                after_opening_phrase(ctx, v, floor).or_else(|| after_adjunct(ctx, v, floor))
            {
                return Some(main);
            }
        }
        if opens_subject(ctx, src, np) {
            return Some(np);
        }
        first = first.or(Some(np));
    }
    // "half of GOP primary voters", "most of them": a short run of words right before the verb.
    // (A phrase that cannot be a subject still shows the cue is a verb; the row drops it.)
    let s = after_comma.unwrap_or(floor);
    let words = v > s
        && v - s <= SHORT_RUN
        && (s..v).all(|k| ctx.is_word(k) || ctx.kind(k) == Some(TokenKind::Number));
    let run = Np {
        start: s,
        end: v,
        mention_start: s,
        kind: NpKind::Common,
    };
    let run = words.then(|| trim_opening(ctx, src, run));
    run.filter(|&np| opens_subject(ctx, src, np))
        .or(first)
        .or(run)
}

/// A run read as a subject without its opening conjunction or adverb ("But one company
/// says", "So the new report shows").
fn trim_opening(ctx: &Ctx, src: Sources, mut np: Np) -> Np {
    while np.mention_start + 1 < np.end
        && (matches!(
            ctx.function_class(np.mention_start),
            Some(FunctionClass::Other | FunctionClass::Adverb)
        ) && !words::is(ctx, np.mention_start, Class::SubjectOpener)
            || src.on(Guard::Connective)
                && ctx.is_cap(np.mention_start)
                && words::is(ctx, np.mention_start, Class::Connective))
        && !ctx.is_preposition(np.mention_start)
    {
        np.mention_start += 1;
        np.start = np.mention_start;
    }
    np
}

/// Most auxiliaries and adverbs of a verb group before its verb ("has since said").
const VERB_GROUP: usize = 3;

/// Where the verb group of the verb at `v` starts: before its auxiliaries and adverbs ("but
/// has since said" starts at "has"); `v` itself for a bare verb. A "not"/"n't" is a group word
/// only with guard `negated_group`, right after a lower-case auxiliary ("but did not
/// recommend" starts at "did"; "but not said" at "said").
fn verb_group_start(ctx: &Ctx, src: Sources, v: usize, floor: usize) -> usize {
    let mut g = v;
    while g > floor
        && v - g < VERB_GROUP
        && matches!(
            ctx.function_class(g - 1),
            Some(FunctionClass::Auxiliary | FunctionClass::Adverb)
        )
        && (!ctx.is_any(g - 1, &["not", "n't"])
            || src.on(Guard::NegatedGroup) && negated_auxiliary(ctx, g - 1, floor))
    {
        g -= 1;
    }
    g
}

/// Guard `negated_group`: the "not"/"n't" at `n` follows a lower-case auxiliary ("did not",
/// "has not", "does n't") that a coordination opens (", but did not", "and has not"), in a
/// clause with no relative before it ("witnesses who relayed the story but did not want …"
/// keep the relative's subject; "firms would not want" is no coordination).
fn negated_auxiliary(ctx: &Ctx, n: usize, floor: usize) -> bool {
    let Some(c) = n.checked_sub(2).filter(|&c| c > floor) else {
        return false;
    };
    ctx.function_class(n - 1) == Some(FunctionClass::Auxiliary)
        && !ctx.is_cap(n - 1)
        && matches!(ctx.tok(c), "and" | "but" | ",")
        && (c.saturating_sub(COORDINATED_REACH).max(floor)..c)
            .all(|k| ctx.function_class(k) != Some(FunctionClass::Relative))
}

/// For step `joined_quantity`: the first words of a run among which its figure stands ("More
/// than six in 10").
const QUANTITY_HEAD: usize = 4;

/// Longest run from a clause start read as a quantity subject ("More than six in 10 said",
/// "78 percent of voters in a recent poll said").
const QUANTITY_RUN: usize = 14;

/// A run of words and numbers from the clause start (or the comma after a fronted phrase) to
/// the verb that holds a proportion ("Two in three said", "85% of Democrats said") or is a
/// lone quantifier opening the clause ("Some said", "Many said").
pub(crate) fn quantity_subject(ctx: &Ctx, v: usize, s: usize) -> Option<Np> {
    quantity_subject_with(ctx, Sources::new(SOURCE_RULES), v, s)
}

/// [`quantity_subject`] with the source steps given.
fn quantity_subject_with(ctx: &Ctx, src: Sources, v: usize, s: usize) -> Option<Np> {
    if v <= s || v - s > QUANTITY_RUN {
        return None;
    }
    let plain = (s..v).all(|k| {
        ctx.is_word(k) || matches!(ctx.kind(k), Some(TokenKind::Number | TokenKind::Symbol))
    });
    let number = |k: usize| {
        ctx.kind(k) == Some(TokenKind::Number)
            || ctx.function_class(k) == Some(FunctionClass::Determiner)
    };
    let proportion = (s + 1..v.saturating_sub(1))
        .any(|k| ctx.is_any(k, &["in"]) && number(k + 1) && (number(k - 1) || ctx.is_word(k - 1)))
        || (s..v).any(|k| ctx.kind(k) == Some(TokenKind::Number));
    // "Some said", "Many say", "This suggests".
    // A quantifier with its phrase: "Few on either side of the debate think".
    let quantifier = ctx.function_class(s) == Some(FunctionClass::Determiner)
        && (v == s + 1 || !words::is(ctx, s, Class::NounMarker));
    let np = Np {
        start: s,
        end: v,
        mention_start: s,
        kind: NpKind::Common,
    };
    (plain && (proportion || quantifier))
        .then(|| trim_opening(ctx, src, np))
        .filter(|&np| opens_subject(ctx, src, np))
}

/// "He's talking", "they've been saying", "she'd said": the subject before a contracted
/// auxiliary (and any auxiliaries or adverbs after it).
fn before_clitic(ctx: &Ctx, v: usize, floor: usize) -> Option<Np> {
    let mut j = v.checked_sub(1)?;
    while j > floor && ctx.function_class(j) == Some(FunctionClass::Auxiliary) {
        j -= 1;
    }
    let clitic = matches!(ctx.norm(j), "'s" | "'re" | "'ve" | "'d" | "'m" | "'ll");
    if !clitic || j <= floor {
        return None;
    }
    ctx.np_ending_at(j - 1, floor)
}

/// The subject a participle or coordinated verb at `v` shares ("Vale left, saying …", "…,”
/// McCain said, citing …"): the attribution right before it, or the phrase opening the
/// sentence.
fn participle_subject(ctx: &Ctx, src: Sources, v: usize, floor: usize) -> Option<Np> {
    let before = v
        .checked_sub(2)
        .filter(|&c| c > floor && ctx.cue(c).is_some());
    if let Some(c) = before {
        if let Some(np) = ctx.subject_before(c, floor) {
            return Some(np);
        }
    }
    let Some(np) = ctx.np_starting_at(floor, v) else {
        return src
            .on(Guard::FrontedOpening)
            .then(|| after_opening_phrase(ctx, v, floor))
            .flatten();
    };
    let np = match verb_inside(ctx, np).filter(|_| src.on(Guard::OpeningVerb)) {
        Some(j) => ctx.np_starting_at(floor, j)?,
        None => np,
    };
    if let Some(main) = after_fronted(ctx, src, np, v) {
        return Some(main);
    }
    if src.on(Guard::AdjunctOpening) && adjunct_opening(ctx, np, floor) {
        return after_opening_phrase(ctx, v, floor).or_else(|| after_adjunct(ctx, v, floor));
    }
    // "Clinton's lawyers looked … and found …": a possessor determines the phrase too, when
    // the phrase ends right before its clause's one verb ("Petro's stance marks …, saying"
    // and "Labour's focus came as a report was published, suggesting" are not the subject).
    Some(np).filter(|np| {
        np.kind != NpKind::Common
            || ctx.function_class(np.start) == Some(FunctionClass::Determiner)
            || (np.start + 1..np.end).any(|j| ctx.norm(j) == "'s") && one_verb_after(ctx, *np, v)
    })
}

/// Guard `opening_verb`: the first lower-case word of `np` after its first word (past a
/// determiner) that is a past form: of `indirect_finite_verbs.txt` ("met", "led"), an
/// `ambiguous_past` word ("set", "beat") or an -ed form ("Police arrested protesters"; the
/// first word is a modifier: "the embattled mayor"). The chunker reads such a verb into a
/// phrase before a name or after a determined head ("Cole met Vale", "The mayor met").
fn verb_inside(ctx: &Ctx, np: Np) -> Option<usize> {
    let first =
        np.start + usize::from(ctx.function_class(np.start) == Some(FunctionClass::Determiner));
    (first + 1..np.end).find(|&j| {
        let w = ctx.norm(j);
        ctx.is_word(j)
            && !ctx.is_cap(j)
            && ctx.function_class(j).is_none()
            && (super::cue::irregular_past_at(ctx, j)
                || words::is(ctx, j, Class::AmbiguousPast)
                || w.len() > 4 && w.ends_with("ed"))
    })
}

/// Most tokens of a fronted phrase before its comma ("By the end of the day,").
const FRONTED_REACH: usize = 10;

/// For guard `fronted_opening`: where no phrase opens the sentence ("In April, …", "Speaking
/// on radio, …"), the subject with its verb after the first comma (and a closing mark after
/// it) within reach, before the verb at `v`.
fn after_opening_phrase(ctx: &Ctx, v: usize, floor: usize) -> Option<Np> {
    let low = (floor + 1).min(v);
    let high = (floor + FRONTED_REACH).min(v);
    let mut comma = (low..high).find(|&k| ctx.is_punct(k, ","))?;
    if ctx.is_quote_mark(comma + 1) {
        comma += 1;
    }
    main_clause_subject(ctx, comma, v + 1).filter(|np| np.end < v)
}

/// Guard `adjunct_opening`: the chunker's one-word phrase opening the sentence at `floor` is a
/// capitalised adverbial, not a subject ("Throughout the 1990s, …", "Inside the hall, …",
/// "Earlier this week, …", "Shortly after the vote, …", "More recently, …", "Moments later,
/// …"): a fronted preposition, connective or time word not followed by a plain lower-case word
/// ("Outside experts", "Earlier work" are subjects), or any word followed by an adverb that a
/// comma closes. (An -ly opening is not read as an adverb: "Schlafly then discussed …".)
fn adjunct_opening(ctx: &Ctx, np: Np, floor: usize) -> bool {
    let (f, next) = (np.mention_start, np.mention_start + 1);
    if f != floor || np.end != next || !ctx.is_cap(f) || next >= ctx.len() {
        return false;
    }
    let adverb = |k: usize| {
        ctx.is_word(k)
            && !ctx.is_cap(k)
            && (ctx.norm(k).ends_with("ly")
                || ctx.function_class(k) == Some(FunctionClass::Adverb)
                || words::is(ctx, k, Class::TimeWord))
    };
    let plain_next = ctx.is_word(next) && !ctx.is_cap(next) && ctx.function_class(next).is_none();
    let lead = words::is(ctx, f, Class::FrontedPreposition)
        || words::is(ctx, f, Class::Connective)
        || words::is(ctx, f, Class::TimeWord);
    let closed_adverb = adverb(next) && ctx.is_punct(next + 1, ",");
    // "Earlier this week", "Earlier Tuesday", "Throughout the 1990s"; not "Earlier work".
    let lead_phrase = words::is(ctx, next, Class::TimeWord) || !plain_next && !ctx.is_cap(next);
    lead && lead_phrase || closed_adverb
}

/// For guard `adjunct_opening`: the subject after the adjunct's comma (within reach) when
/// [`after_opening_phrase`] finds no verb right after it ("Inside the hall, Vale on Tuesday
/// dismissed …"): a name, pronoun or determined phrase that ends before `v`.
fn after_adjunct(ctx: &Ctx, v: usize, floor: usize) -> Option<Np> {
    let low = (floor + 1).min(v);
    let high = (floor + FRONTED_REACH).min(v);
    let comma = (low..high).find(|&k| ctx.is_punct(k, ","))?;
    ctx.np_starting_at(comma + 1, v).filter(|np| {
        np.end < v
            && (np.kind != NpKind::Common
                || ctx.function_class(np.start) == Some(FunctionClass::Determiner))
    })
}

/// Does a verb stand right after `np` (a lower-case word that is no article or preposition,
/// past any adverbs) and no second verb group between it and `v` ("came as a report was
/// published")? Then the possessive opening of [`participle_subject`] is its clause's subject.
fn one_verb_after(ctx: &Ctx, np: Np, v: usize) -> bool {
    // An -s word after the verb may be a plural noun ("read the ledgers").
    let sure = |k: usize| {
        super::content::finite_at(ctx, k, true)
            && !(ctx.norm(k).ends_with('s') && ctx.function_class(k).is_none())
    };
    // "Scott's relatives, including his wife, watched": past an aside between commas.
    let after = if ctx.is_punct(np.end, ",") {
        (np.end + 1..v)
            .find(|&k| ctx.is_punct(k, ","))
            .map_or(np.end, |c| c + 1)
    } else {
        np.end
    };
    // "Vale's lawyers quickly looked": adverbs first.
    let Some(verb) = (after..v).find(|&k| {
        ctx.function_class(k) != Some(FunctionClass::Adverb) && !ctx.norm(k).ends_with("ly")
    }) else {
        return false;
    };
    let plain = ctx.is_word(verb)
        && !ctx.is_cap(verb)
        && !ctx.is_preposition(verb)
        && matches!(
            ctx.function_class(verb),
            None | Some(FunctionClass::Auxiliary)
        );
    plain && !(verb + 1..v).any(|k| sure(k) && !sure(k - 1) && k - 1 != verb)
}

/// Source step `fronted_phrase`: a phrase opening the sentence and closed by a comma ("Ultimately,
/// Vale refused …", "Instead, people near the mayor say …") is no subject when a subject
/// with its verb follows the comma; that one is.
fn after_fronted(ctx: &Ctx, src: Sources, opening: Np, v: usize) -> Option<Np> {
    if !src.on(Guard::FrontedPhrase) || !ctx.is_punct(opening.end, ",") || opening.end + 1 >= v {
        return None;
    }
    main_clause_subject(ctx, opening.end, v + 1).filter(|np| np.end <= v)
}

/// Most tokens between a stance adjective and the linking verb or contraction before it ("’re
/// not yet so sure").
const LINK_GAP: usize = 4;

/// For rule `linking_adjective`: the subject of a stance adjective at `k` that [`before_be`] misses: a
/// linking verb (class `linking_verb`: "they remain hopeful", "she has become more vocal"), a
/// form of "be" with a degree word between ("is so proud", "was more eager"), or a contracted
/// "'re", "'m" ("we're confident", "I'm more vocal"; "'s" after "he" or "she") a few tokens
/// before, with only auxiliaries, adverbs and "so" or "more" between.
pub(crate) fn before_link(ctx: &Ctx, k: usize, floor: usize) -> Option<Np> {
    let low = k.saturating_sub(LINK_GAP).max(floor + 1);
    let mut j = k;
    // A plain "be" is `before_be`'s: here only with a degree word between ("is so proud").
    let mut degree = false;
    while j > low {
        j -= 1;
        let t = ctx.norm(j);
        let contracted =
            matches!(t, "'re" | "'m") || t == "'s" && ctx.is_any(j - 1, &["he", "she"]);
        if contracted {
            return ctx.np_ending_at(j - 1, floor).filter(|np| np.end == j);
        }
        if words::is(ctx, j, Class::LinkingVerb) || degree && words::is(ctx, j, Class::Be) {
            // "has become", "will remain", "he's become": past the verb's auxiliaries.
            let mut first = j;
            while first > floor
                && j - first < VERB_GROUP
                && matches!(
                    ctx.function_class(first - 1),
                    Some(FunctionClass::Auxiliary | FunctionClass::Adverb)
                )
            {
                first -= 1;
            }
            if first > floor + 1
                && matches!(
                    ctx.norm(first - 1),
                    "'s" | "'re" | "'ve" | "'d" | "'m" | "'ll"
                )
            {
                return ctx
                    .np_ending_at(first - 2, floor)
                    .filter(|np| np.end == first - 1);
            }
            return ctx
                .subject_before(first, floor)
                .filter(|np| np.end == first);
        }
        degree |= ctx.is_any(j, &["so", "more"]);
        let between = matches!(
            ctx.function_class(j),
            Some(FunctionClass::Adverb | FunctionClass::Auxiliary)
        ) || t.ends_with("ly")
            || ctx.is_any(j, &["so", "more"]);
        if !between || words::is(ctx, j, Class::Be) {
            return None;
        }
    }
    None
}

/// The subject of a form of "be" standing a few tokens before `k` with only auxiliaries and
/// adverbs between ("the plan was widely criticized", "she is not convinced"), when the
/// phrase ends right before them.
pub(crate) fn before_be(ctx: &Ctx, k: usize, floor: usize) -> Option<Np> {
    let be = (floor..k)
        .rev()
        .take(4)
        .find(|&j| words::is(ctx, j, Class::Be))?;
    let between_ok = (be + 1..k).all(|j| {
        matches!(
            ctx.function_class(j),
            Some(FunctionClass::Adverb | FunctionClass::Auxiliary)
        ) || ctx.norm(j).ends_with("ly")
    });
    if !between_ok {
        return None;
    }
    let first = (floor..=be)
        .rev()
        .take_while(|&j| {
            matches!(
                ctx.function_class(j),
                Some(FunctionClass::Auxiliary | FunctionClass::Adverb)
            )
        })
        .last()
        .unwrap_or(be);
    ctx.subject_before(first, floor)
        .filter(|np| np.end == first)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Invented sentences with quantity subjects, and word soup of figures, quantifiers,
    /// determiners, joiners, "that", clause words, marks and cues.
    fn quantity_texts() -> Vec<String> {
        let pieces: Vec<&str> = "six in 10 78 percent of voters all but two More than said \
             says told , , ; and but while that That THAT the a his some many most one who is \
             had Vale Ann The company collapsed in 2002 . after as when $40 million registered \
             : Most All \u{201c} \u{201d} -"
            .split_whitespace()
            .collect();
        let mut texts: Vec<String> = [
            "Turnout fell, but six in 10 said they would vote. All but two said no.",
            "The finding is that 78 percent of voters in a poll said yes; one suggested more.",
            "More than six in 10 said so, and most said it twice. Pupils in the schools said.",
            "She quit on March 14 after the vote and said nothing. The last 12 months have said.",
            "Turnout fell, and most voters said no; some said yes. The point is that all said it.",
        ]
        .map(str::to_string)
        .to_vec();
        for seed in 0..800 {
            let gaps = crate::test_text::draw(seed + 7000, 30, &[" ", " ", " ", "\n"]);
            let words = crate::test_text::draw(seed + 9000, 30, &pieces);
            texts.push(words.zip(gaps).flat_map(|(w, g)| [w, g]).collect());
        }
        texts
    }

    /// Guard `quantity_near` against the step it gates: at every token of every sentence of
    /// invented text and word soup, `joined_quantity` gives what its scan gives without the
    /// pre-test; and the pre-test does turn tokens away, and lets through tokens where the
    /// step finds a subject, by a figure and by a quantifier alone.
    #[test]
    fn quantity_near_gate_gives_the_subjects_of_the_ungated_step() {
        let (mut skipped, mut found, mut by_word) = (0, 0, 0);
        for text in quantity_texts() {
            let mut tokens = crate::tokenize::tokenize(&text);
            let sentences = crate::sentences::split(&text, &mut tokens);
            let ctx = Ctx::new(&text, &tokens);
            let src = Sources::new(SOURCE_RULES);
            for s in &sentences {
                let floor = s.token_start;
                for v in floor + 1..s.token_end.min(ctx.len()) {
                    let near = Near::default();
                    let search = Search {
                        ctx: &ctx,
                        src,
                        v,
                        floor,
                        ing: false,
                        near: &near,
                        group: OnceCell::new(),
                    };
                    let e = verb_group_start(&ctx, src, v, floor);
                    let low = e.saturating_sub(QUANTITY_RUN).max(floor);
                    let ungated = joined_quantity_from(&search, e, low);
                    assert_eq!(joined_quantity(&search), ungated, "{v} in {text:?}");
                    skipped += usize::from(!quantity_near(&ctx, low, e));
                    if let Some(Some(np)) = ungated {
                        found += 1;
                        let figure = (np.start..=e).any(|k| ctx.kind(k) == Some(TokenKind::Number));
                        by_word += usize::from(!figure);
                    }
                }
            }
        }
        assert!(skipped > 1000, "{skipped} skipped");
        assert!(
            found > 20 && by_word > 3,
            "{found} found, {by_word} by a quantifier"
        );
    }
}
