//! Finding the cue and the speaker mention a quotation hangs on.
//!
//! News attributes a quotation in a handful of shapes, and each is looked for in a window
//! that is bounded and local to the quote (a sentence, a paragraph, a few dozen tokens), so
//! the total work is linear:
//!
//! * a transcript line names its speaker in capitals before a colon: `“WALLACE: Q”`.
//! * right after the closing mark, `“Q,” according to X` / `“Q,” as a memo put it` wins over
//!   any cue earlier in the sentence.
//! * after the closing mark: `“Q,” X said` / `“Q,” said X` / `“Q.” X said.` /
//!   `“Q,” Scott Pruitt, the attorney general of Oklahoma, said` / `“Q” ― Name` /
//!   `“Q” …, she said, …` / `“Q,” Marcia “Cia” Price said` (a nickname does not cut the
//!   window).
//! * before the opening mark, from the start of the sentence (or the end of the previous
//!   quotation in it): `X said: “Q”`, `X told the BBC that “Q”`, `X described it as 'Q'`,
//!   `according to X, “Q”`, `X, who …, said “Q”`, `X, speaking on Monday, said “Q”`,
//!   `As X, a lawyer, put it, … “Q”`, `X's claim that “Q”` / `his warning: “Q”` (a possessed
//!   speech noun), `… including Ann Vale -- “Q” --`, `I laughed and said, “Q”`. A cue right
//!   before the quotation with its own subject wins (`…, the mother of three replied, “Q”`);
//!   otherwise the *leftmost* cue with an explicit subject, which makes the outermost source
//!   the speaker where attributions nest ("Lynch said she recalled thinking '…'" → Lynch); a
//!   cue in a free relative takes the subject of the clause around it ("It is denouncing what
//!   it calls “Q”" → It). Cues inside an adverbial clause ("When Clinton noted …, Trump
//!   boasted") only count when nothing else does, and after a quotation the sentence already
//!   attributed they give way to its source ("Flynn said Trump was “right” when he said …
//!   “Q”" → Flynn, decided in `quotes::extract`). A participle cue with no subject of its own
//!   ("…, adding: 'Q'") takes the subject of its sentence.
//! * a quote opening a sentence after a sentence that ends with a colon takes that sentence's
//!   attribution; a quotation sentence right after an attributed sentence takes its
//!   attribution.
//! * pieces of one multi-paragraph quotation, and a bare quotation paragraph right after an
//!   attributed one, continue the earlier speaker (decided in `quotes::extract`).
//!
//! Words used as cues are checked for being verbs: not negated ("did not say"), not nouns
//! after a determiner, preposition or participle ("the warning", "secretary of state"), and in
//! agreement with their subject ("initial reports" is a noun phrase).

use super::lexicons::QuoteWordClass;
use super::lexicons::{
    CueForm, FunctionClass, FIRST_NAMES, GROUP_SUBJECTS, LABEL_WORDS, NAMING_PARTICIPLES,
    OPENING_CONNECTIVES, OUTLET_NOUNS,
};
use super::marks::{starts_paragraph, Marked};
use super::syntax::{Ctx, Np, NpKind};
use crate::lexicon::FastSet;
use crate::sentences::Sentence;
use std::cell::OnceCell;

/// A name set off by commas after `a` (`the coach of the team, Ann Cole, said`): rule
/// `name_after_role`'s subject.
fn set_off_name(ctx: &Ctx, np: Np, a: usize) -> bool {
    np.kind == NpKind::Name
        && np.start > a
        && ctx.is_punct(np.start - 1, ",")
        && ctx.is_punct(np.end, ",")
}

/// Does the quotation's content end with a comma (`“Q,” said X`)?
fn content_ends_comma(ctx: &Ctx, m: &Marked) -> bool {
    m.end() > m.first() && ctx.is_punct(m.end() - 1, ",")
}

/// Does the quotation's content end with `!` or `?` (after which a capitalised speaker and
/// cue still attribute it: `“Why now?” Cole asked`)?
fn exclaimed(ctx: &Ctx, m: &Marked) -> bool {
    m.end() > m.first() && matches!(ctx.tok(m.end() - 1), "!" | "?")
}

/// Most tokens read back from a participle cue for the subordinator of `clause_participle`.
const CLAUSE_PARTICIPLE_WINDOW: usize = 24;

/// How an attribution was found; later steps trust some shapes more than others.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum How {
    After,
    Before,
    According,
    Colon,
    Inherited,
    Continuation,
    /// No cue: the subject of the quotation's sentence.
    Fallback,
}

/// The speaker mention and cue of one quotation.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct Found {
    pub np: Np,
    /// Cue tokens `[start, end)`.
    pub cue: Option<(usize, usize)>,
    pub how: How,
}

/// Tokens after a closing mark that may still hold its attribution.
const AFTER_WINDOW: usize = 14;
/// Most words between a quoting passive's participle and `by` or `as` (`quoted on Monday by
/// Reuters`, `quoted in an interview as saying`): rules `quoted_as_saying`, `quoted_by_agent`.
const MAX_PASSIVE_GAP: usize = 8;
/// Tokens from the source to "put it" in `as X, …, put it`.
const AS_PUT_IT_WINDOW: usize = 30;
/// Tokens between an outer subject and "what" in `X denounced what Y called …`.
const FREE_RELATIVE_WINDOW: usize = 12;
/// Tokens back from a quotation to a possessed speech noun ("Trump's claim that …").
const POSSESSED_NOUN_WINDOW: usize = 12;
/// Most modifiers between a possessor and its speech noun (`modified_possessed_cue_noun`).
/// Tokens back from a coordinated cue to the subordinator of its clause
/// (`coordinated_in_subordinate`).
const MAX_SUBORDINATE_REACH: usize = 30;
/// Rule `catenative_cue`: at most this many words between the governing verb and `to`/`by`
/// (`went so far as`).
const MAX_CATENATIVE_CHAIN: usize = 5;
const MAX_NOUN_MODIFIERS: usize = 2;
/// Opening marks and dashes stepped over before a sentence subject (`“‘—Petro said …`).
const MAX_LEADING_MARKS: usize = 4;
/// Words in a fronted time phrase before its comma ("A few weeks later,").
const MAX_TIME_PHRASE: usize = 4;
/// Tokens at most in a quantity subject a cue verb before a quotation takes ("About four in 10").
const MAX_QUANTITY_SUBJECT: usize = 6;
/// Tokens of a lead-in before a quotation that still counts as opening its sentence.
const MAX_LEAD_IN: usize = 9;
/// Tokens from a cue to the "according to" that names its outer source.
const OUTER_ACCORDING_WINDOW: usize = 14;
/// Tokens from a cue to the quotation it introduces directly (`said, “`, `said that “`).
const MAX_INTRODUCING_GAP: usize = 3;
/// How far after the closing mark `long_subject_then_cue` looks for the cue.
const MAX_LONG_ATTRIBUTION: usize = 24;
/// Tokens back from an opening mark that `trailing_adverbial_cue` reads for the cue of the
/// adverbial clause holding the quotation.
const TRAILING_ADVERBIAL_REACH: usize = 24;

/// The window after a closing mark that the after-quote shapes read.
struct AfterWindow<'m> {
    m: &'m Marked,
    /// The first token after the closing mark and the commas, dashes and ellipses after it.
    a: usize,
    /// Where the window ends: [`AFTER_WINDOW`] tokens on, or the next quotation.
    ceil: usize,
    /// Where the next quotation opens.
    next_open: usize,
    /// The quotation's content ends with `.`, `!` or `?`.
    content_ends_sentence: bool,
}

/// A named attribution shape after the closing mark: `Some(decision)` ends the search (a
/// source, or none at all), `None` passes to the next shape.
#[derive(Clone, Copy)]
struct AfterRule {
    /// Read by the tests, which switch each shape off in turn.
    #[cfg_attr(not(test), allow(dead_code))]
    name: &'static str,
    #[cfg_attr(not(test), allow(dead_code))]
    doc: &'static str,
    apply: fn(&Attributor, &AfterWindow) -> Option<Option<Found>>,
}

/// The window before an opening mark that the before-quote shapes read, and what the
/// leftmost-cue scan noted in it for the shapes after it.
struct BeforeWindow {
    /// How far back the attribution may reach.
    floor: usize,
    /// The opening mark, or the first stray mark right before it.
    open: usize,
    /// The first cue verb met with no subject of its own (`…, adding:`).
    subjectless: Option<usize>,
    /// The first cue whose subject is in an adverbial clause (`When Clinton noted …`).
    adverbial: Option<Found>,
}

/// A named attribution shape before the opening mark: returns a source, or passes.
#[derive(Clone, Copy)]
struct BeforeRule {
    /// Read by the tests, which switch each shape off in turn.
    #[cfg_attr(not(test), allow(dead_code))]
    name: &'static str,
    #[cfg_attr(not(test), allow(dead_code))]
    doc: &'static str,
    apply: fn(&Attributor, &mut BeforeWindow) -> Option<Found>,
}

/// The before-quote shapes, in the order [`Attributor::before`] tries them.
const BEFORE_RULES: &[BeforeRule] = &[
    BeforeRule {
        name: "fronted_as_put_it",
        doc: "`As Ms. Doe put it in a statement, the network is “Q”`: a fronted `as X put it`",
        apply: |at, w| {
            let found = at
                .ctx
                .is_any(w.floor, &["as"])
                .then(|| at.as_put_it(w.floor, w.open));
            found.flatten()
        },
    },
    BeforeRule {
        name: "as_put_it_before",
        doc: "`as X put it` later in the window before the quotation",
        apply: |at, w| at.as_put_it_before(w.floor, w.open),
    },
    BeforeRule {
        name: "cue_right_before",
        doc: "`…, the mother of three replied, “Q”`: the cue right before, with its own subject",
        apply: |at, w| at.cue_right_before(w.floor, w.open),
    },
    BeforeRule {
        name: "phrasal_cue_before",
        doc: "`Cole fired back: “Q”`: a two-word speech verb (`cue_phrases.txt`) right before",
        apply: |at, w| at.phrasal_cue_before(w.floor, w.open),
    },
    BeforeRule {
        name: "dashed_name_label",
        doc: "`Polls did predict the race - Ann Cole: “Q”`: a name after a dash labelling the \
              quotation wins over the cues of the text before the dash",
        apply: |at, w| {
            at.name_label_colon(w.floor, w.open).filter(|f| {
                f.np.start > w.floor && matches!(at.ctx.tok(f.np.start - 1), "-" | "—" | "–" | "―")
            })
        },
    },
    BeforeRule {
        name: "dashed_after_name",
        doc: "`including Ann Vale -- “Q” --`: a quotation set off by dashes after a full name",
        apply: |at, w| at.dashed_after_name(w.floor, w.open),
    },
    BeforeRule {
        name: "possessed_cue_noun",
        doc: "`Trump's claim that “Q”`, `his warning: “Q”`: a possessed speech noun",
        apply: |at, w| at.possessed_cue_noun(w.floor, w.open),
    },
    BeforeRule {
        name: "named_participle",
        doc: "`footage of Ann Cole asking, “Q”`: a participle cue after a name",
        apply: |at, w| at.named_participle(w.floor, w.open),
    },
    BeforeRule {
        name: "modified_possessed_cue_noun",
        doc: "`her March comment that “Q”`: a possessed speech noun after one or two modifiers",
        apply: |at, w| at.modified_possessed_cue_noun(w.floor, w.open),
    },
    BeforeRule {
        name: "leftmost_cue",
        doc: "`according to X, “Q”` / `X said “Q”`: the leftmost cue with a subject of its own",
        apply: |at, w| at.leftmost_cue(w),
    },
    BeforeRule {
        name: "catenative_cue",
        doc: "`Cole was prompted to say, “Q”`, `she began by saying, “Q”`: a speech verb after `to`/`by` is the governing verb's subject's",
        apply: |at, w| at.catenative_cue(w.floor, w.open),
    },
    BeforeRule {
        name: "with_participle_subject",
        doc: "`…, with Ann Cole reportedly shouting: “Q”`: a participle cue after `with` and a noun phrase is that phrase's",
        apply: |at, w| at.with_participle_subject(w),
    },
    BeforeRule {
        name: "clause_participle",
        doc: "`Cole spoke near the hotel, where protesters had gathered, chanting “Q”`: a participle right after a clause that opens with its own subject is that subject's",
        apply: |at, w| at.clause_participle(w),
    },
    BeforeRule {
        name: "inherited_subject",
        doc: "`…, adding: “Q”`: a cue with no subject takes its sentence's subject",
        apply: |at, w| at.inherited_subject(w),
    },
    BeforeRule {
        name: "adverbial_cue",
        doc: "`When Clinton noted …, “Q”`: a cue in an adverbial clause, when nothing else serves",
        apply: |_, w| w.adverbial,
    },
    BeforeRule {
        name: "name_label_colon",
        doc: "`More from Ann Cole: “Q”`, `- Ann Cole and Bob Dunn: “Q”`: a name labelling the quotation",
        apply: |at, w| at.name_label_colon(w.floor, w.open),
    },
    BeforeRule {
        name: "colon_subject",
        doc: "`The mayor had a warning: “Q”`: the subject of the clause before a colon",
        apply: |at, w| at.colon_subject(w.floor, w.open),
    },
    BeforeRule {
        name: "relative_that_cue",
        doc: "`bottles that said, “Q”`: a cue right before, after a relative `that` and its noun",
        apply: |at, w| at.relative_that_cue(w.floor, w.open),
    },
];

/// The after-quote shapes, in the order [`Attributor::after`] tries them.
const AFTER_RULES: &[AfterRule] = &[
    AfterRule {
        name: "inverted_after",
        doc: "`“Q,” said X.`: the cue right after the mark, then the speaker",
        apply: |at, w| at.inverted_after(w).map(Some),
    },
    AfterRule {
        name: "one_said",
        doc: "`“Q,” one said` / `“Q,” said another`: a group word is the speaker",
        apply: |at, w| at.one_said(w.a).or_else(|| at.said_another(w.a)).map(Some),
    },
    AfterRule {
        name: "the_count_said",
        doc: "`“Q,” the two write` / `“Q,” all three said`: a determiner and a counting word are the speakers",
        apply: |at, w| at.the_count_said(w.a).map(Some),
    },
    AfterRule {
        name: "quoted_as_saying",
        doc: "`“Q,” Ann Cole was quoted as saying`: the subject of a passive with `as` and a speech -ing form",
        apply: |at, w| at.quoted_as_saying(w).map(Some),
    },
    AfterRule {
        name: "quoted_object_as_saying",
        doc: "`“Q,” the Daily Mail quoted Ann Cole as saying`: the subject of a verb that \
              quotes an object `as` a speech -ing form is the source (nested attribution takes \
              the outer source)",
        apply: |at, w| at.quoted_object_as_saying(w).map(Some),
    },
    AfterRule {
        name: "subject_then_cue",
        doc: "`“Q,” X said` / `“Q,” X, the mayor, said`: a subject right after the mark, then its cue",
        apply: |at, w| at.subject_then_cue(w),
    },
    AfterRule {
        name: "appositive_then_cue",
        doc: "`“Q,” Scott Pruitt, the attorney general, said`: a name, an appositive, then the cue",
        apply: |at, w| at.appositive_then_cue(w).map(Some),
    },
    AfterRule {
        name: "long_subject_then_cue",
        doc: "`“Q,” Ann Cole of the Institute for Farm Policy Studies wrote`: a long subject, then the cue",
        apply: |at, w| at.long_subject_then_cue(w).map(Some),
    },
    AfterRule {
        name: "subject_then_phrasal_cue",
        doc: "`“Q,” Cole shot back`: a subject right after the mark, then a two-word speech verb",
        apply: |at, w| at.subject_then_phrasal_cue(w.a, w.ceil).map(Some),
    },
    AfterRule {
        name: "dash_signature",
        doc: "`“Q” ― Ann Cole`: a name after a dash closing the paragraph",
        apply: |at, w| at.dash_signature(w).map(Some),
    },
];

pub(crate) struct Attributor<'c, 'a> {
    pub ctx: &'c Ctx<'a>,
    pub sentences: &'c [Sentence],
    /// Outermost quotations as `(opening mark, token after)`, sorted: windows step over
    /// them, since words inside a quotation are not the reporter's attribution.
    pub quoted: &'c [(usize, usize)],
    /// Words written right after a listed first name anywhere in the document (`Cole` of
    /// `Ann Cole`), read by rule `emphasised_one_word_label`: built on its first ask, once a
    /// document, so many labels cost one pass.
    surnames: OnceCell<FastSet<&'a str>>,
}

impl<'c, 'a> Attributor<'c, 'a> {
    pub fn new(ctx: &'c Ctx<'a>, sentences: &'c [Sentence], quoted: &'c [(usize, usize)]) -> Self {
        Attributor {
            ctx,
            sentences,
            quoted,
            surnames: OnceCell::new(),
        }
    }
}

impl Attributor<'_, '_> {
    fn sentence_start(&self, i: usize) -> usize {
        let s = self.ctx.tokens.get(i).map_or(0, |t| t.sentence as usize);
        self.sentences.get(s).map_or(0, |s| s.token_start)
    }

    /// The first token of the paragraph holding token `i`, but no more than `limit` tokens
    /// back.
    fn paragraph_start(&self, i: usize, limit: usize) -> usize {
        self.ctx.paragraph_start(i).max(i.saturating_sub(limit))
    }

    /// `“Q,” X said` / `“Q,” said X` / `“Q.” X said.`: steps past closing debris and
    /// punctuation, then tries [`AFTER_RULES`] in order; the first decision stands.
    pub fn after(&self, m: &Marked, next_open: usize) -> Option<Found> {
        self.after_with(m, next_open, AFTER_RULES)
    }

    /// [`Attributor::after`] with the shapes in `rules` (all but one, in the tests).
    fn after_with(&self, m: &Marked, next_open: usize, rules: &[AfterRule]) -> Option<Found> {
        let ctx = self.ctx;
        m.close()?;
        let mut a = self.past_glued_closers(m.after());
        if a >= ctx.len() {
            return None;
        }
        if starts_paragraph(ctx.text, ctx.tokens, a) {
            return self.signature_paragraph(m, a);
        }
        let content_ends_sentence =
            m.end() > m.first() && matches!(ctx.tok(m.end() - 1), "." | "!" | "?");
        while a < ctx.len()
            && (ctx.is_punct(a, ",")
                || ctx.is_punct(a, "―")
                || ctx.is_punct(a, "—")
                || ctx.is_punct(a, "–")
                || ctx.is_punct(a, "-")
                || ctx.is_punct(a, "...")
                || ctx.is_punct(a, "…")
                || ctx.is_emphasis(a))
        {
            a += 1;
        }
        let w = AfterWindow {
            m,
            a,
            ceil: (a + AFTER_WINDOW).min(next_open).min(ctx.len()),
            next_open,
            content_ends_sentence,
        };
        rules
            .iter()
            .find_map(|rule| (rule.apply)(self, &w))
            .flatten()
    }

    /// Rule `inverted_after`: `“Q,” said X.` — a cue right after the mark, then the speaker
    /// phrase closing the clause (or any phrase, set off by a comma after a past-tense cue).
    fn inverted_after(&self, w: &AfterWindow) -> Option<Found> {
        let (ctx, m, a, ceil) = (self.ctx, w.m, w.a, w.ceil);
        let form = ctx.cue(a)?;
        // Rule `object_cue_not_inverted`: a naming verb's phrase (`cue_verbs.txt` tag
        // `object`) is its object (`“Q,” described the ordeal as “grim”`), never an inverted
        // speaker.
        if form.ing || form.addressee || form.needs_object {
            return None;
        }
        let name_at = a + 1 + usize::from(ctx.is_emphasis(a + 1) || self.is_stray_mark(a + 1));
        let np = ctx.speaker_np_starting_at(name_at, ceil)?;
        let np = self.coordinated_names(np, ceil);
        // Rule `name_after_role`: `“Q,” said the coach, Ann Cole.`
        let np = ctx.name_after_role_forward(np, ceil);
        // The phrase must close the clause: "said Smith." / "said Smith, who …",
        // not "remarks Petro strongly condemned".
        let closes = np.end >= ctx.len()
            || matches!(
                ctx.tok(np.end),
                "." | "," | ";" | ":" | "!" | "?" | "(" | "—" | "–"
            )
            || ctx.is_written(np.end, QuoteWordClass::NpCloser)
            || ctx.is_quote_mark(np.end)
            || ctx.is_emphasis(np.end)
            || ctx.line_before(np.end)
            || self.postmodifier_at(np.end)
            // Rule `participle_after_head`: `“Q!” wrote a man calling himself Tom Tom.`
            || np.kind == NpKind::Common && ctx.participle_after_head(np.end);
        // Set off by a comma after the quotation (`“Q,” said a longtime adviser to
        // both Clintons`), a past-tense cue can only be inverted speech.
        let inverted =
            (ctx.is_punct(a - 1, ",") || content_ends_comma(ctx, m)) && !form.base && !form.third;
        ((closes || inverted)
            && (np.kind != NpKind::Pronoun
                || ctx.is_class(np.start, QuoteWordClass::InvertedPronoun)))
        .then_some(Found {
            np,
            cue: Some((a, a + 1)),
            how: How::After,
        })
    }

    /// Rule `coordinated_inverted_names`: `“Q,” said Ann Cole and Bob Dunn.` — a name, `and`
    /// and a second name that ends the clause (a sentence end or a comma after it) are one
    /// speaker mention, as `Ann Cole and Bob Dunn said` is before the cue.
    fn coordinated_names(&self, np: Np, ceil: usize) -> Np {
        let ctx = self.ctx;
        if np.kind != NpKind::Name || !ctx.is_any(np.end, &["and"]) {
            return np;
        }
        let second = ctx
            .np_starting_at(np.end + 1, ceil)
            .filter(|s| s.kind == NpKind::Name && s.start == np.end + 1)
            .filter(|s| {
                s.end >= ctx.len() || matches!(ctx.tok(s.end), "." | "," | ";" | "!" | "?")
            });
        match second {
            Some(s) => Np { end: s.end, ..np },
            None => np,
        }
    }

    /// Rule `subject_then_cue`: `“Q,” X said`, `“Q,” X, the mayor, said`, `“Q,” White House
    /// press secretary Josh Earnest said` — the first cue in the window with a subject that
    /// starts right after the mark. `Some(None)`: after a full stop, a cue in a sentence that
    /// says more than the attribution attributes nothing, and the search ends.
    /// Rule `quoted_as_saying`: `“Q,” Ann Cole is quoted as saying.` — a subject right after
    /// the mark, a form of "be", a participle (`quoted`, `reported`), `as` and a cue's -ing
    /// form: the subject is the speaker the passive reports.
    fn quoted_as_saying(&self, w: &AfterWindow) -> Option<Found> {
        let ctx = self.ctx;
        // Cheap test first: no `as` in the window, no such shape.
        if !(w.a..w.ceil).any(|k| ctx.norm(k) == "as") {
            return None;
        }
        let np = ctx.np_starting_at(w.a, w.ceil)?;
        let (be, v) = (np.end, np.end + 1);
        let passive = v + 2 < w.ceil
            && ctx.is_class(be, QuoteWordClass::Be)
            && ctx.is_word(v)
            && ctx.lower(v).ends_with("ed");
        if !passive {
            return None;
        }
        // Rule `quoted_by_agent`: `“Q,” Cole was quoted by the Daily Mail as saying`.
        if let Some(agent) = self.quoting_agent(v, w.ceil) {
            return Some(Found {
                np: agent,
                cue: Some((v, v + 1)),
                how: How::After,
            });
        }
        // No agent: `as` right after the participle, or after a phrase that is none
        // (`quoted in an interview as saying`): the subject keeps the quotation.
        let as_at = (v + 1..w.ceil.min(v + 1 + MAX_PASSIVE_GAP))
            .take_while(|&k| ctx.is_word(k))
            .find(|&k| ctx.lower(k) == "as")?;
        let plain = as_at == v + 1 || ctx.is_any(v + 1, &["in", "on"]);
        (plain && ctx.cue(as_at + 1).is_some_and(|f| f.ing)).then_some(Found {
            np,
            cue: Some((v, v + 1)),
            how: How::After,
        })
    }

    /// Rule `quoted_by_agent`: after the participle `v` of a quoting passive, `by X as saying`
    /// / `in X as saying` (`Cole was quoted by the Daily Mail as saying`, `quoted in a French
    /// newspaper as saying`): X reports the words, the outer source, as PolNeAR credits it.
    /// `X` is a noun phrase of words before `as` and a speech -ing form; a time phrase may
    /// stand before `by` (`quoted on Monday by Reuters`) or after X (`by the Daily Mail on
    /// Monday`), and an apposition set off by commas after X (`by Reuters, the news agency,
    /// as saying`). After `in`, X is a name or heads on an outlet noun
    /// (`quote_outlet_nouns.txt`): `quoted in an interview` names no agent.
    pub fn quoting_agent(&self, v: usize, ceil: usize) -> Option<Np> {
        let ctx = self.ctx;
        let by = if ctx.is_any(v + 1, &["by", "in"]) {
            v + 1
        } else {
            let by = (v + 2..ceil.min(v + 1 + MAX_PASSIVE_GAP))
                .take_while(|&k| ctx.is_word(k))
                .find(|&k| ctx.is_any(k, &["by"]))?;
            (ctx.time_phrase_ending_at(by - 1, v) == Some(v + 1)).then_some(by)?
        };
        let as_at = (by + 1..ceil)
            .take_while(|&k| ctx.is_word(k) || ctx.is_punct(k, ","))
            .find(|&k| ctx.lower(k) == "as")?;
        if !ctx.cue(as_at + 1).is_some_and(|f| f.ing) {
            return None;
        }
        let np = ctx
            .np_starting_at(by + 1, as_at)
            .filter(|np| np.start == by + 1 && np.end <= as_at)?;
        let tail_fits = np.end == as_at
            || ctx.time_phrase_ending_at(as_at - 1, np.end - 1) == Some(np.end)
            || as_at > np.end + 2
                && ctx.is_punct(np.end, ",")
                && ctx.is_punct(as_at - 1, ",")
                && (np.end + 1..as_at - 1).all(|k| ctx.is_word(k));
        let outlet =
            np.kind == NpKind::Name || OUTLET_NOUNS.contains(ctx.lower(np.end - 1).as_ref());
        (tail_fits && (ctx.lower(by) == "by" || outlet)).then_some(np)
    }

    /// Rule `quoted_object_as_saying`: `“Q,” the Daily Mail quoted Ann Cole as saying`,
    /// `“Q,” the paper had quoted her as saying` — a subject right after the mark, a past
    /// verb (after an optional auxiliary, `had`), its object (words, and commas around an
    /// appositive) and `as` with a speech -ing form: the
    /// subject reports the object's words and is the source (issue 14: nested attribution
    /// takes the outer source). The cue is the quoting verb.
    fn quoted_object_as_saying(&self, w: &AfterWindow) -> Option<Found> {
        let ctx = self.ctx;
        let as_at = (w.a..w.ceil).find(|&k| ctx.norm(k) == "as")?;
        if !ctx.cue(as_at + 1).is_some_and(|f| f.ing) || as_at + 1 >= w.ceil {
            return None;
        }
        let np = ctx.np_starting_at(w.a, as_at)?;
        // `had quoted her`, not `was quoted by …`: a be-form makes a passive, whose subject
        // is the person quoted (rule `quoted_as_saying`).
        let v = np.end
            + usize::from(
                ctx.function_class(np.end) == Some(FunctionClass::Auxiliary)
                    && !ctx.is_class(np.end, QuoteWordClass::Be),
            );
        let shaped = np.start == w.a
            && v + 1 < as_at
            && ctx.is_word(v)
            && ctx.lower(v).ends_with("ed")
            && !ctx.is_class(v, QuoteWordClass::Be)
            && (v + 1..as_at).all(|k| ctx.is_word(k) || ctx.is_punct(k, ","));
        shaped.then_some(Found {
            np,
            cue: Some((v, v + 1)),
            how: How::After,
        })
    }

    fn subject_then_cue(&self, w: &AfterWindow) -> Option<Option<Found>> {
        let (ctx, m, a) = (self.ctx, w.m, w.a);
        let mut parens = 0usize;
        for v in a + 1..w.ceil {
            match ctx.tok(v) {
                "(" => parens += 1,
                ")" => parens = parens.saturating_sub(1),
                "." | "!" | "?" | ";" if parens == 0 && !ctx.is_abbreviation_period(v) => break,
                _ if ctx.is_quote_mark(v) && self.is_nickname_mark(v) => continue,
                _ if self.is_stray_mark(v) => continue,
                _ if ctx.is_quote_mark(v) => break,
                _ => {}
            }
            let Some(form) = ctx.cue(v) else { continue };
            if self.is_noun_use(v) {
                continue;
            }
            if form.ing {
                continue;
            }
            // `Trump "said.`: the subject ends before the stray mark glued to the cue.
            let at = if v > a + 1 && self.is_stray_mark(v - 1) {
                v - 1
            } else {
                v
            };
            let Some(mut np) = ctx
                .subject_before(at, a)
                .or_else(|| self.subject_run(a, at))
            else {
                continue;
            };
            if np.start != a && !self.is_noun_phrase_run(a, np.start) {
                continue;
            }
            // Rule `participle_after_head`: `“Q,” a voter wearing a cap says` — the phrase
            // right after the mark, before the participle, is the subject; the participle's
            // object is not.
            if let Some(head) = ctx
                .speaker_np_starting_at(a, v)
                .filter(|h| h.end < np.start && ctx.participle_after_head(h.end))
            {
                np = head;
            }
            // "Mr. Morgan of the Sierra Club said": the speaker is the head before "of".
            // Rule `person_after_role_in_subject` keeps a name after a role word instead
            // (`“Q,” director of mill operations Tom Reyes said`).
            // Not a name set off by commas after the role (`“Q,” the coach of the team, Ann
            // Cole, said`: rule `name_after_role`).
            if !set_off_name(ctx, np, a)
                && (a..np.start).any(|k| ctx.is_written(k, QuoteWordClass::HeadPreposition))
            {
                if let Some(head) = ctx.np_starting_at(a, np.start) {
                    if head.kind != NpKind::Common || !self.named_after_role(np) {
                        np = head;
                    }
                }
            }
            // Rule `question_then_long_attribution`: after a `?` or `!` the subject and its
            // cue right after the mark attribute the quote whatever follows (`“Why now?” Cole
            // asked the governor on Monday`); after a full stop only a short sentence does.
            let exclaimed = exclaimed(ctx, m);
            // The subject right after the mark, its cue next or after an appositive set off by
            // commas (`“Q?” Miller, a retired worker, said pleasantly into the phone`).
            let adjacent = np.start == a
                && (v == np.end || (ctx.is_punct(np.end, ",") && ctx.is_punct(v - 1, ",")));
            if w.content_ends_sentence
                && !(exclaimed && adjacent)
                && !self.short_attribution_sentence(v)
            {
                return Some(None);
            }
            return Some(Some(Found {
                np,
                cue: Some((v, v + 1)),
                how: How::After,
            }));
        }
        None
    }

    /// Rule `appositive_then_cue`: `“Q,” Scott Pruitt, the attorney general of Oklahoma, one
    /// of the states suing, said` — a name, its appositive set off by commas or brackets, then
    /// the cue.
    fn appositive_then_cue(&self, w: &AfterWindow) -> Option<Found> {
        let (ctx, m) = (self.ctx, w.m);
        let np = ctx
            .np_starting_at(w.a, w.ceil)
            .filter(|np| np.kind != NpKind::Pronoun)?;
        if !(ctx.is_punct(np.end, ",") || ctx.is_punct(np.end, "(")) {
            return None;
        }
        let mut parens = 0usize;
        let limit = (np.end + 30).min(w.next_open).min(ctx.len());
        for v in np.end..limit {
            match ctx.tok(v) {
                "(" => parens += 1,
                ")" => parens = parens.saturating_sub(1),
                "." | "!" | "?" | ";" if parens == 0 && !ctx.is_abbreviation_period(v) => break,
                // A nickname inside the speaker's name: Marcia “Cia” Price.
                _ if ctx.is_quote_mark(v) && self.is_nickname_mark(v) => {}
                _ if self.is_stray_mark(v) && !ctx.line_before(v) => continue,
                _ if ctx.is_quote_mark(v) || ctx.line_before(v) => break,
                _ => {}
            }
            let before_v = v - usize::from(v > np.end + 1 && self.is_stray_mark(v - 1));
            if parens == 0
                && before_v > 0
                && matches!(ctx.tok(before_v - 1), "," | ")")
                && ctx.cue(v).is_some_and(|f| !f.ing)
            {
                // `“Q!” Murphy, the head of X, tweeted on Friday with …`
                if w.content_ends_sentence
                    && !exclaimed(ctx, m)
                    && !self.short_attribution_sentence(v)
                {
                    break;
                }
                // Rule `name_after_role` (`Ctx`): `“Q,” the prime minister, Keir Starmer,
                // told MPs`, `“Q,” the mayor, Ann Cole, 52, said` — the name in the aside,
                // not the role before it.
                let np = Some(ctx.name_after_role_forward(np, v))
                    .filter(|n| n.end < v)
                    .unwrap_or(np);
                return Some(Found {
                    np,
                    cue: Some((v, v + 1)),
                    how: How::After,
                });
            }
        }
        None
    }

    /// Rule `long_subject_then_cue`: `“Q,” Ann Cole of the Springfield Institute for Farm
    /// Policy Studies wrote`, `“Q,” Ann Cole, who chairs the union said`, `“Q,” KTV This
    /// Morning co-anchor Ann Cole said` — a quotation that opens its sentence and ends with a
    /// comma leaves the rest of the sentence to attribute it, however long its subject: the
    /// first cue verb of that sentence, and the noun phrase right after the mark.
    fn long_subject_then_cue(&self, w: &AfterWindow) -> Option<Found> {
        let (ctx, m, a) = (self.ctx, w.m, w.a);
        let comma = content_ends_comma(ctx, m) || ctx.is_punct(a - 1, ",");
        if w.content_ends_sentence || !comma || self.sentence_start(m.open()) != m.open() {
            return None;
        }
        let ceil = (a + MAX_LONG_ATTRIBUTION).min(w.next_open).min(ctx.len());
        let np = ctx.np_starting_at(a, ceil)?;
        for v in np.end..ceil {
            if matches!(ctx.tok(v), "." | "!" | "?" | ";" | ":") && !ctx.is_abbreviation_period(v)
                || ctx.is_quote_mark(v)
                || ctx.line_before(v)
            {
                return None;
            }
            if ctx.cue(v).is_some_and(|f| !f.ing)
                && !self.is_noun_use(v)
                && !self.cue_in_relative_clause(v, np.end)
            {
                // `“Q,” the dawn of a movement, Ann Cole says`: a phrase set off by commas
                // describes the quotation; the name after the last comma is the subject.
                let named = ctx.subject_before(v, np.end).filter(|s| {
                    s.kind == NpKind::Name && s.start > np.end && ctx.is_punct(s.start - 1, ",")
                });
                // Rule `name_after_role`: `“Q,” the coach of the team, Ann Cole, said`.
                let role_named = Some(ctx.name_after_role_forward(np, v))
                    .filter(|n| n.start != np.start && n.end < v);
                let np = named
                    .or(role_named)
                    .or_else(|| self.person_after_role(np, v))
                    .or_else(|| self.coordinated_modifiers(np, v))
                    .unwrap_or(np);
                return Some(Found {
                    np,
                    cue: Some((v, v + 1)),
                    how: How::After,
                });
            }
        }
        None
    }

    /// Rule `cue_in_relative_clause`: `“Q,” the musical that critics said would fail,
    /// opened`, `the voters in the district where the senator announced his bid replied` — a
    /// cue whose own subject comes right after a relative word (`quote_words.txt`,
    /// `relative_opener`) speaks inside that clause, not for the sentence; `Ann Cole, who
    /// chairs the union, said` has no subject after "who" and keeps its cue, and so does
    /// `the woman whose son died said`, whose clause a verb closed before the cue.
    fn cue_in_relative_clause(&self, v: usize, floor: usize) -> bool {
        let ctx = self.ctx;
        let Some(s) = ctx.subject_before(v, floor) else {
            return false;
        };
        let relative = |k: usize| {
            k >= floor
                && ctx.is_class(k, QuoteWordClass::RelativeOpener)
                && ctx.tok(k).starts_with(char::is_lowercase)
        };
        // `that critics said`: "that" may be read as the phrase's determiner.
        // `that protesting farmers say`: a participle before the subject's noun.
        let participle = s.start > 1
            && ctx.is_word(s.start - 1)
            && ctx.function_class(s.start - 1).is_none()
            && ctx.tok(s.start - 1).starts_with(char::is_lowercase)
            && ctx.tok(s.start - 1).ends_with("ing");
        let opens = s.start > 0 && relative(s.start - 1)
            || participle && relative(s.start - 2)
            || s.mention_start > s.start && relative(s.start);
        // `the woman whose son died said`: a verb after the clause's subject's first word
        // (the chunker may take `son died` as one phrase) closed the clause.
        // `the play that critics who saw it said`: the subject is a nested relative clause's
        // object, and the outer clause is still open.
        let nested = (floor..s.start).any(|r| {
            relative(r)
                && r > floor
                && ctx.np_ending_at(r - 1, floor).is_some_and(|t| {
                    t.end == r
                        && (t.start > floor && relative(t.start - 1)
                            || t.mention_start > t.start && relative(t.start))
                })
        });
        // A verb closes the clause only after a noun of its subject: not a participle before
        // its noun (`that protesting farmers say`).
        let chunks = ctx.chunks();
        let verb = |k: usize| {
            (chunks.verb_form(k) || ctx.cue(k).is_some())
                && !chunks.verb_modifier(k)
                && ctx.function_class(k - 1) != Some(FunctionClass::Determiner)
                && k + 1 >= s.end
        };
        nested || opens && !(s.start + 1..v).any(verb)
    }

    /// Rule `person_after_role_in_subject`: `“Q,” Valley Savings chief executive Tom Reyes
    /// said`, `“Q,” director of mill operations Tom Reyes said` — when the first chunk of a
    /// long subject is no person's name, a name right after a role word (a title, or a
    /// lower-case noun just before it) and right before the cue is the speaker.
    fn person_after_role(&self, np: Np, v: usize) -> Option<Np> {
        let ctx = self.ctx;
        if np.kind == NpKind::Name && ctx.starts_person_name(np.mention_start) {
            return None;
        }
        ctx.subject_before(v, np.end)
            .filter(|s| s.start > np.end && self.named_after_role(*s))
    }

    /// A person's name after its role: a title inside the run (`Anchor Eve Marsh`), or a
    /// given name or a short name with no organisation word (`org_suffixes.txt`) right after
    /// a lower-case noun (`chief executive Tom Reyes`, `organizing director Delmar Quist`).
    fn named_after_role(&self, np: Np) -> bool {
        let ctx = self.ctx;
        if np.kind != NpKind::Name || np.start == 0 {
            return false;
        }
        let k = np.start - 1;
        let lower_word = ctx.is_word(k)
            && ctx.function_class(k).is_none()
            && ctx.tok(k).chars().next().is_some_and(char::is_lowercase);
        let titled = (np.start..np.mention_start).any(|k| ctx.title(k).is_some());
        if titled {
            return true;
        }
        if !lower_word {
            return false;
        }
        // `the president of the country Emmanuel Macron`: a given name wins over a category
        // noun of an organisation or a place (`name_category`), never over a person's role
        // (`a lawyer for the defendant Ann Cole`: Ann Cole is the defendant).
        if self.category_after_of(k) {
            return ctx.is_class(k, QuoteWordClass::NameCategory)
                && ctx.starts_person_name(np.mention_start);
        }
        // `organizing director Delmar Quist`: a role word, then a two- or three-word name
        // no firm's; after any other noun (`the band Pink Floyd`) only a given name.
        let short_name = (2..=3).contains(&(np.end - np.mention_start))
            && !(np.mention_start..np.end)
                .any(|k| super::lexicons::ORG_SUFFIXES.contains(ctx.tok(k)));
        ctx.starts_person_name(np.mention_start) || short_name && self.lower_role_word(k)
    }

    /// Rule `role_word_before_name`: the lower-case words just before a name hold a role
    /// when one of them, capitalised, is a title of `titles.txt` (`chief executive`,
    /// `co-anchor`, `minister for civil aviation`); the look stops at a determiner, a mark
    /// or a capitalised word.
    fn lower_role_word(&self, k: usize) -> bool {
        let ctx = self.ctx;
        let role = |j: usize| {
            let w = ctx.tok(j);
            let w = w.rsplit('-').next().unwrap_or(w);
            let mut chars = w.chars();
            let Some(first) = chars.next() else {
                return false;
            };
            let capitalised: String = first.to_uppercase().chain(chars).collect();
            super::lexicons::TITLES_PACKED.get(&capitalised).is_some()
        };
        (k.saturating_sub(4)..=k)
            .rev()
            .take_while(|&j| {
                ctx.is_word(j)
                    && ctx.tok(j).starts_with(char::is_lowercase)
                    && ctx.function_class(j) != Some(FunctionClass::Determiner)
            })
            .any(role)
    }

    /// Rule `category_after_of`: `the leader of the militant group Boko Haram`, `a spokesman
    /// for the watchdog group Open Ledger` — a noun after an attaching preposition ("of",
    /// "for") and a determiner names the category of a name after it that opens with no
    /// given name, never a person's role.
    fn category_after_of(&self, k: usize) -> bool {
        let ctx = self.ctx;
        let lower = |j: usize| ctx.is_word(j) && ctx.tok(j).starts_with(char::is_lowercase);
        let mut j = k;
        while j > 0 && lower(j - 1) && ctx.function_class(j - 1).is_none() && j + 4 > k {
            j -= 1;
        }
        j >= 2
            && lower(j - 1)
            && ctx.function_class(j - 1) == Some(FunctionClass::Determiner)
            && ctx.is_written(j - 2, QuoteWordClass::AttachingPreposition)
    }

    /// Rule `coordinated_subject_modifiers`: `“Q,” the world 100m and 200m champion said`,
    /// `“Q,” the bearded, 64-year-old senator said` — a common phrase cut at "and" or a comma
    /// and taken up by a lower-case phrase without a determiner that runs to the cue is one
    /// subject; its first words are modifiers, never the speaker.
    fn coordinated_modifiers(&self, np: Np, v: usize) -> Option<Np> {
        let ctx = self.ctx;
        let joined = ctx.is_punct(np.end, ",") || ctx.is_class(np.end, QuoteWordClass::Coordinator);
        if np.kind != NpKind::Common || !joined {
            return None;
        }
        // Only bare modifiers (no determiner, no function word) lead up to the phrase's head.
        let bare = |k: usize| {
            ctx.is_word(k) && ctx.function_class(k).is_none()
                || ctx.kind(k) == Some(crate::tokenize::TokenKind::Number)
        };
        let subj = ctx.subject_before(v, np.end + 1).filter(|s| {
            s.kind == NpKind::Common && s.start > np.end && (np.end + 1..=s.start).all(bare)
        })?;
        Some(Np {
            start: np.start,
            end: subj.end,
            mention_start: np.mention_start,
            kind: NpKind::Common,
        })
    }

    /// Rule `dash_signature`: `“Q” ― Name` — a byline-style attribution closing the
    /// paragraph.
    fn dash_signature(&self, w: &AfterWindow) -> Option<Found> {
        let (ctx, a) = (self.ctx, w.a);
        if !(matches!(ctx.tok(a.saturating_sub(1)), "―" | "—" | "–" | "-") && a > w.m.after())
        {
            return None;
        }
        let np = ctx.np_starting_at(a, w.ceil)?;
        let ends = |i: usize| i >= ctx.len() || starts_paragraph(ctx.text, ctx.tokens, i);
        // In flattened text the next paragraph's opening mark ends the line.
        let ends = |i: usize| ends(i) || ctx.is_quote_mark(i);
        // Rule `tweet_signature`: `“Q” — Ann Cole (@AnnCole) May 3, 2016`.
        let handle = ctx.is_punct(np.end, "(")
            && ctx.kind(np.end + 1) == Some(crate::tokenize::TokenKind::Mention)
            && ctx.is_punct(np.end + 2, ")");
        (np.kind == NpKind::Name
            && (ends(np.end)
                || handle
                || ctx.is_punct(np.end, ",")
                || (ctx.is_punct(np.end, ".") && ends(np.end + 1))))
        .then_some(Found {
            np,
            cue: None,
            how: How::After,
        })
    }

    /// Rule `inverted_postmodified`: a lower-case word that is no cue and no function word,
    /// then a preposition, after an inverted subject modifies it (`“Q,” says a source
    /// involved in the talks`, `said an aide close to the mayor`), so the phrase closes there.
    fn postmodifier_at(&self, i: usize) -> bool {
        let ctx = self.ctx;
        i + 1 < ctx.len()
            && ctx.is_word(i)
            && !ctx.is_cap(i)
            && ctx.function_class(i).is_none()
            && ctx.cue(i).is_none()
            && ctx.is_preposition(i + 1)
    }

    /// Rule `signature_paragraph`: a quotation that is its whole paragraph, then a paragraph
    /// that is only a dash and a name (`“Q.”` / `- Ann Cole.` or `—Ann Cole, Springfield.`),
    /// is that name's.
    fn signature_paragraph(&self, m: &Marked, a: usize) -> Option<Found> {
        let ctx = self.ctx;
        let dash = |i: usize| matches!(ctx.tok(i), "-" | "—" | "–" | "―");
        if !dash(a) || !starts_paragraph(ctx.text, ctx.tokens, m.open()) {
            return None;
        }
        let ceil = (a + AFTER_WINDOW).min(ctx.len());
        let np = ctx
            .np_starting_at(a + 1, ceil)
            .filter(|np| np.kind == NpKind::Name)?;
        let ends = |i: usize| i >= ctx.len() || starts_paragraph(ctx.text, ctx.tokens, i);
        let closes = ends(np.end)
            || ctx.is_punct(np.end, ",")
            || (ctx.is_punct(np.end, ".") && ends(np.end + 1));
        closes.then_some(Found {
            np,
            cue: None,
            how: How::After,
        })
    }

    /// Rule `glued_closing_marks`: the first token at or after `a` that is not a stray mark
    /// glued to the closing mark before it. A nested quotation closing with its outer one
    /// (`''… 'real,''' Mr. English said`) can leave its own closer unpaired right after the
    /// outer closer; the attribution follows it.
    fn past_glued_closers(&self, mut a: usize) -> usize {
        let ctx = self.ctx;
        while a < ctx.len()
            && ctx.is_quote_mark(a)
            && ctx.tokens[a].ws_before == crate::tokenize::Whitespace::None
            && self.quoted.binary_search_by_key(&a, |&(o, _)| o).is_err()
        {
            a += 1;
        }
        a
    }

    /// Is the quotation mark at `v` one of a nickname's inside a name (Marcia “Cia” Price):
    /// at most three tokens quoted, capitalised words on both sides?
    pub fn is_nickname_mark(&self, v: usize) -> bool {
        let ctx = self.ctx;
        let k = self.quoted.partition_point(|&(o, _)| o <= v);
        let Some(&(o, a)) = k.checked_sub(1).and_then(|k| self.quoted.get(k)) else {
            return false;
        };
        (v == o || v + 1 == a)
            && a >= o + 3
            && a - o <= 5
            && o > 0
            && ctx.is_cap(o - 1)
            && ctx.is_cap(o + 1)
            && a < ctx.len()
            && ctx.is_cap(a)
    }

    /// `“WALLACE: …”`, `“MR. SMITH: …”`: a transcript line names its speaker in capitals
    /// before a colon at the start of the quotation (at most four tokens are read).
    pub fn transcript_speaker(&self, m: &Marked) -> Option<Found> {
        let k = self.ctx.transcript_label(m.first(), m.end())?;
        Some(Found {
            np: Np {
                start: m.first(),
                end: k,
                mention_start: m.first(),
                kind: NpKind::Name,
            },
            cue: None,
            how: How::After,
        })
    }

    /// `“Q,” according to X` / `“Q,” as X put it`: an attribution that directly follows the
    /// closing mark names the source even when the sentence before the quote has a cue of its
    /// own ("Members echo her concerns … a “Q,” as a memo put it").
    pub fn trailing_source(&self, m: &Marked) -> Option<Found> {
        let ctx = self.ctx;
        m.close()?;
        // "…radio.” According to analysts, …" opens the next sentence.
        if m.end() > m.first() && matches!(ctx.tok(m.end() - 1), "." | "!" | "?") {
            return None;
        }
        let mut a = self.past_glued_closers(m.after());
        if a < ctx.len() && ctx.is_punct(a, ",") {
            a += 1;
        }
        if a >= ctx.len() || starts_paragraph(ctx.text, ctx.tokens, a) {
            return None;
        }
        let ceil = (a + AFTER_WINDOW).min(ctx.len());
        if let Some(n) = ctx.source_marker(a) {
            let np = ctx.np_starting_at(a + n, ceil)?;
            let np = ctx.name_after_role_forward(np, ceil);
            return Some(Found {
                np,
                cue: Some((a, a + n)),
                how: How::According,
            });
        }
        if ctx.is_any(a, &["as"]) {
            // `as X said` only set off by a comma: `“Q” as he promised …` is a time clause.
            let comma =
                ctx.is_punct(a - 1, ",") || m.end() > m.first() && ctx.is_punct(m.end() - 1, ",");
            return self
                .as_put_it(a, ceil)
                .or_else(|| comma.then(|| self.as_x_said(a, ceil)).flatten());
        }
        None
    }

    /// Rule `as_x_said`: `“Q,” as Cole said on Monday`: after a comma, `as`, a noun phrase
    /// and a cue verb in a finite form right after it (auxiliaries and adverbs between: `as Cole has often
    /// said`) name the quotation's source as `as X put it` does.
    fn as_x_said(&self, as_at: usize, ceil: usize) -> Option<Found> {
        let ctx = self.ctx;
        let np = ctx.np_starting_at(as_at + 1, ceil)?;
        let mut v = np.end;
        while v < ceil
            && matches!(
                ctx.function_class(v),
                Some(FunctionClass::Auxiliary | FunctionClass::Adverb)
            )
        {
            v += 1;
        }
        let form = ctx
            .cue(v)
            .filter(|f| !f.ing && !f.base && !f.needs_object)?;
        (v < ceil && !form.after_only && !self.is_noun_use(v)).then_some(Found {
            np,
            cue: Some((v, v + 1)),
            how: How::According,
        })
    }

    /// `As X put it`, `as X, a lawyer, recently put it` starting at token `as_at`, with "put
    /// it" before `limit` (at most `AS_PUT_IT_WINDOW` tokens on) and no sentence end or
    /// quotation mark between.
    fn as_put_it(&self, as_at: usize, limit: usize) -> Option<Found> {
        let ctx = self.ctx;
        let np = ctx.np_starting_at(as_at + 1, limit)?;
        let limit = limit.min(np.end + AS_PUT_IT_WINDOW);
        // The chunker may take "put" into the phrase ("a memo put it"): look from its second word.
        let mut k = np.start;
        while k + 1 < limit {
            k += 1;
            // A title quoted in the source's description (`As Ann Vale, author of “Roads,”
            // put it`) is stepped over.
            if let Some(after) = self.quoted_from(k) {
                k = after - 1;
                continue;
            }
            if matches!(ctx.tok(k), "." | "!" | "?" | ";") && !ctx.is_abbreviation_period(k)
                || ctx.is_quote_mark(k)
            {
                return None;
            }
            if ctx.is_class(k, QuoteWordClass::Put) && ctx.is_any(k + 1, &["it"]) {
                let np = if k < np.end {
                    ctx.np_starting_at(as_at + 1, k)?
                } else {
                    np
                };
                return Some(Found {
                    np,
                    cue: Some((k, k + 2)),
                    how: How::According,
                });
            }
        }
        None
    }

    /// Rule `no_subject_inside_a_quotation`: is token `i` inside an outermost quotation
    /// (`“It is hard,” said the senator, “because …”`: "It" is no subject of "said")?
    fn inside_quotation(&self, i: usize) -> bool {
        let q = self.quoted.partition_point(|&(o, _)| o < i);
        q > 0 && self.quoted[q - 1].1 > i
    }

    /// Rule `stray_mark_in_attribution`: a quotation mark that opens and closes no kept
    /// quotation (markup debris, a typo: `“Q,” Trump "said.`, `said "Murphy, who …`) hides
    /// nothing; the attribution windows read past it rather than stop there.
    pub fn is_stray_mark(&self, v: usize) -> bool {
        self.ctx.is_quote_mark(v) && !self.inside_quotation(v) && self.quoted_from(v).is_none()
    }

    /// `X said: "“Q`: the first of the stray marks right before the opening mark at `open`
    /// (at most `MAX_LEADING_MARKS`, none before `floor`), where the window before ends.
    fn before_stray_marks(&self, floor: usize, open: usize) -> usize {
        let mut o = open;
        while o > floor && o + MAX_LEADING_MARKS > open && self.is_stray_mark(o - 1) {
            o -= 1;
        }
        o
    }

    /// The token after the outermost quotation opening at `k`, if one opens there.
    fn quoted_from(&self, k: usize) -> Option<usize> {
        self.quoted
            .binary_search_by_key(&k, |&(o, _)| o)
            .ok()
            .map(|q| self.quoted[q].1.max(k + 1))
    }

    /// Rule `as_put_it_before`: `But at the time, as X put it, “Q”` / `Or, as X, a lawyer,
    /// put it: “Q”`: "put it" right before the quotation, its "as" anywhere in the sentence
    /// part before (at most `AS_PUT_IT_WINDOW` tokens back). Rule `as_put_it_past_title`:
    /// the window before a quotation ends at the previous one, so when the source's
    /// description quotes a title (`As Ann Vale, author of “Roads,” put it, “Q”`) the "as"
    /// is looked for back to the sentence start (still at most `AS_PUT_IT_WINDOW` tokens),
    /// outside any quotation; [`Attributor::as_put_it`] steps over the title.
    fn as_put_it_before(&self, floor: usize, open: usize) -> Option<Found> {
        let ctx = self.ctx;
        let mut p = open.checked_sub(1)?;
        if matches!(ctx.tok(p), "," | ":") {
            p = p.checked_sub(1)?;
        }
        if p < floor + 1 || !ctx.is_any(p, &["it"]) || !ctx.is_class(p - 1, QuoteWordClass::Put) {
            return None;
        }
        let reach = p.saturating_sub(AS_PUT_IT_WINDOW);
        let low = floor.max(reach);
        if p >= floor + 3 {
            if let Some(as_at) = (low..p - 1).rev().find(|&k| ctx.is_any(k, &["as"])) {
                return self.as_put_it(as_at, p + 1);
            }
        }
        let low = self.sentence_start(p).max(reach);
        let as_at = (low..floor.min(p - 1))
            .rev()
            .find(|&k| ctx.is_any(k, &["as"]) && !self.inside_quotation(k))?;
        self.as_put_it(as_at, p + 1)
    }

    /// "a narrator in the Clinton ad asks": when everything from `a` to the verb at `v`
    /// (auxiliaries and adverbs aside) is one noun phrase, its head phrase is the subject.
    fn subject_run(&self, a: usize, v: usize) -> Option<Np> {
        let ctx = self.ctx;
        let mut j = v;
        while j > a
            && matches!(
                ctx.function_class(j - 1),
                Some(FunctionClass::Auxiliary | FunctionClass::Adverb)
            )
        {
            j -= 1;
        }
        if !self.is_noun_phrase_run(a, j) {
            return None;
        }
        ctx.np_starting_at(a, j)
    }

    /// Tokens `[from, to)` that can only be the front of a noun phrase: capitalised words,
    /// lower-case nouns and adjectives, possessives ("Tulsa police Chief", "White House press
    /// secretary").
    fn is_noun_phrase_run(&self, from: usize, to: usize) -> bool {
        let ctx = self.ctx;
        to > from
            && to - from <= 8
            && (from..to).all(|k| {
                ctx.is_word(k)
                    && (ctx.function_class(k).is_none()
                        || (k == from && ctx.function_class(k) == Some(FunctionClass::Determiner))
                        || (k > from
                            && ctx.is_written(k, QuoteWordClass::NameRunLink)))
                    // Rule `capitalised_cue_in_name`: `State spokesman Mark Toner said`.
                    && (ctx.cue(k).is_none()
                        || self.is_noun_use(k)
                        || (k == from && k + 1 < to && ctx.is_cap(k)))
                    || ctx.norm(k) == "'s"
                    || (k > from && ctx.is_quote_mark(k) && self.is_nickname_mark(k))
            })
    }

    /// `“Q” to drive up the price, she said, …`: an attribution set off by commas later in
    /// the sentence that holds the closing mark.
    pub fn parenthetical(&self, m: &Marked, next_open: usize) -> Option<Found> {
        let ctx = self.ctx;
        m.close()?;
        let from = m.after();
        if starts_paragraph(ctx.text, ctx.tokens, from) {
            return None;
        }
        let ceil = (from + 30).min(next_open).min(ctx.len());
        let mut k = from;
        while k < ceil {
            if matches!(ctx.tok(k), "." | "!" | "?" | ";")
                || ctx.is_quote_mark(k)
                || (k > from && starts_paragraph(ctx.text, ctx.tokens, k))
            {
                return None;
            }
            // "…,” according to the organiser." / "…,” as a memo put it."
            if let Some(n) = ctx.source_marker(k) {
                if let Some(np) = ctx.np_starting_at(k + n, ceil + 8) {
                    let np = ctx.name_after_role_forward(np, ceil + 8);
                    return Some(Found {
                        np,
                        cue: Some((k, k + n)),
                        how: How::According,
                    });
                }
            }
            if ctx.is_any(k, &["as"]) {
                if let Some(np) = ctx.np_starting_at(k + 1, ceil) {
                    if ctx.is_class(np.end, QuoteWordClass::Put) && ctx.is_any(np.end + 1, &["it"])
                    {
                        return Some(Found {
                            np,
                            cue: Some((np.end, np.end + 2)),
                            how: How::After,
                        });
                    }
                }
            }
            if ctx.is_punct(k, ",") {
                if let Some(found) = self.trailing_inverted(k + 1, ceil) {
                    return Some(found);
                }
                if let Some(np) = ctx.np_starting_at(k + 1, ceil) {
                    let v = np.end;
                    let closes = |i: usize| {
                        i >= ctx.len()
                            || matches!(ctx.tok(i), "," | "." | ";")
                            || ctx.is_quote_mark(i)
                            || ctx.is_preposition(i)
                    };
                    let past = ctx.cue(v).is_some_and(|f| !f.ing && !f.base && !f.third);
                    if (np.kind != NpKind::Common || past)
                        && ctx.cue(v).is_some_and(|f| !f.ing)
                        && closes(v + 1)
                    {
                        return Some(Found {
                            np,
                            cue: Some((v, v + 1)),
                            how: How::After,
                        });
                    }
                }
            }
            k += 1;
        }
        None
    }

    /// The attribution of a quotation that does not open its sentence, looked for before it
    /// first; rule `comma_quote_then_cue` prefers the one right after it (the outer source:
    /// `Cole said that “Q,” the Times reported`) unless the cue before sits in an adverbial
    /// clause (`When Cole said he would “Q,” the crowd cheered`; not past a colon or a comma
    /// closing that clause, `colon_closes_adverbial`) or the one after is a pronoun
    /// restating the speaker the cue right before named (`Cole said, “Q,” she said`).
    ///
    /// `before` is [`Attributor::before`] over `[floor, m.open)` and `after` gives
    /// [`Attributor::after`] of `m`, both as the caller computed them (once per quotation).
    pub fn before_or_adjacent_after(
        &self,
        m: &Marked,
        floor: usize,
        before: Option<Found>,
        after: impl FnOnce() -> Option<Found>,
    ) -> Option<Found> {
        let before = before.filter(|f| f.how != How::Colon);
        let Some((c, _)) = before.and_then(|b| b.cue) else {
            return before.or_else(|| self.adjacent_after(m, after));
        };
        if self.in_adverbial_clause(c, floor) && !self.colon_closes_adverbial(m, c) {
            return before;
        }
        match self.adjacent_after(m, after) {
            // `Cole said, “Q,” she said`: the pronoun restates the speaker just named.
            Some(a) if a.np.kind == NpKind::Pronoun && c + MAX_INTRODUCING_GAP >= m.open() => {
                before
            }
            Some(a) => Some(a),
            None => before,
        }
    }

    /// Rule `colon_closes_adverbial`: a colon right before the quotation closes the clauses
    /// before it (`Cole drew ire after he told the paper that it would fail: “Q,” Cole
    /// predicted.`), and so does a comma that ends an adverbial clause going on past its cue
    /// (`When Cole offered towns money for schools, “Q,” Dunn said.`): the cue `c` in an
    /// adverbial clause there does not hold the quotation, and the attribution right after it
    /// may still be taken. A comma right after the cue (`When Cole said, “Q,” …`) introduces
    /// the quotation. Tested first: one token.
    fn colon_closes_adverbial(&self, m: &Marked, c: usize) -> bool {
        let ctx = self.ctx;
        m.open().checked_sub(1).is_some_and(|k| {
            ctx.is_punct(k, ":") || (ctx.is_punct(k, ",") && c + MAX_INTRODUCING_GAP < k)
        })
    }

    /// `X declared …: “Q,” she said`: a quotation that ends with a comma and is followed at
    /// once by its speaker and cue (`she said`, `said Cole`) is attributed there.
    /// `after` gives [`Attributor::after`] of `m`.
    ///
    /// Rule `question_then_adjacent_cue`: a quotation ending in `?` or `!` is attributed there
    /// too when the cue comes first (`…, but Moscow denies — “why not?” asked Dunn, …`) or
    /// the subject and its cue close a short sentence (`“why not?” Dunn asked.`); a cue that
    /// goes on into a clause of its own (`“why not?” Dunn said the board …`) may open the next
    /// paragraph of flattened text and is left alone.
    fn adjacent_after(&self, m: &Marked, after: impl FnOnce() -> Option<Found>) -> Option<Found> {
        let question = exclaimed(self.ctx, m);
        if !content_ends_comma(self.ctx, m) && !question {
            return None;
        }
        let a = self.past_glued_closers(m.after());
        let f = after()?;
        let (v, _) = f.cue?;
        let subject_first = f.np.start == a && v == f.np.end;
        let inverted = v == a && f.np.start == a + 1;
        let adjacent = if question {
            inverted || (subject_first && self.short_attribution_sentence(v))
        } else {
            subject_first || inverted
        };
        (adjacent && !self.leads_into_quote(v)).then_some(f)
    }

    /// Rule `one_said`: `“Q,” one said` / `“Q,” another added` / `“Q,” others wrote` — a
    /// quantifier standing for one of a group named before is the subject of the cue after it.
    fn one_said(&self, a: usize) -> Option<Found> {
        let ctx = self.ctx;
        let quantifier = a < ctx.len() && ctx.with_lower(a, |w| GROUP_SUBJECTS.contains(w));
        ctx.cue(a + 1).filter(|f| !f.ing && !f.base)?;
        quantifier.then_some(Found {
            np: Np {
                start: a,
                end: a + 1,
                mention_start: a,
                kind: NpKind::Common,
            },
            cue: Some((a + 1, a + 2)),
            how: How::After,
        })
    }

    /// Rule `the_count_said`: `“Q,” the two write`, `“Q,” all three said` — `the` or `all`
    /// and a counting word (`quote_words.txt` class `partitive`) with no noun after it stand
    /// for a group named before and are the subject of the cue after them; the present tense
    /// is the plain form here (`write`), which `one_said` does not take.
    fn the_count_said(&self, a: usize) -> Option<Found> {
        let ctx = self.ctx;
        if a + 2 >= ctx.len()
            || !ctx.is_any(a, &["the", "all"])
            || !ctx.is_class(a + 1, QuoteWordClass::Partitive)
        {
            return None;
        }
        ctx.cue(a + 2).filter(|f| !f.ing)?;
        Some(Found {
            np: Np {
                start: a,
                end: a + 2,
                mention_start: a,
                kind: NpKind::Common,
            },
            cue: Some((a + 2, a + 3)),
            how: How::After,
        })
    }

    /// Rule `group_subject`, inverted: `“Q,” tweeted another.` / `said one, …`.
    fn said_another(&self, a: usize) -> Option<Found> {
        let ctx = self.ctx;
        // `“Q,” read one`: a lemma that is its own past tense is finite here.
        ctx.cue(a)
            .filter(|f| !f.ing && (!f.base || f.also_past) && !f.addressee)?;
        let g = a + 1;
        let closes = g + 1 >= ctx.len() || matches!(ctx.tok(g + 1), "." | "," | ";");
        (g < ctx.len() && closes && ctx.with_lower(g, |w| GROUP_SUBJECTS.contains(w))).then_some(
            Found {
                np: Np {
                    start: g,
                    end: g + 1,
                    mention_start: g,
                    kind: NpKind::Common,
                },
                cue: Some((a, a + 1)),
                how: How::After,
            },
        )
    }

    /// Rule `group_subject`: `Another advised, “Q”`, `Yet another said, “Q”`: a group word
    /// opening its clause (after the sentence start, a comma or an opening connective) right
    /// before the cue at `v` is its subject.
    fn group_subject_before(&self, v: usize, floor: usize) -> Option<Np> {
        let ctx = self.ctx;
        let g = v.checked_sub(1).filter(|&g| g >= floor)?;
        if !ctx.with_lower(g, |w| GROUP_SUBJECTS.contains(w)) {
            return None;
        }
        let opens = g == floor
            || g == self.sentence_start(g)
            || ctx.is_punct(g - 1, ",")
            || ctx.with_lower(g - 1, |w| OPENING_CONNECTIVES.contains(w));
        opens.then_some(Np {
            start: g,
            end: g + 1,
            mention_start: g,
            kind: NpKind::Common,
        })
    }

    /// Rule `outer_according_to`: `“Q,” Hewitt said, according to a transcript` — a source
    /// reported by another takes the outer one, named by "according to" after the cue in the
    /// same sentence (`said of the victims, according to a pool report`, `said during the
    /// closed session, according to audio`), before any other quotation.
    pub fn outer_according_to(&self, found: &Found) -> Option<Found> {
        let ctx = self.ctx;
        let (_, cue_end) = found.cue?;
        let start = cue_end.max(found.np.end);
        let stop = |k: usize| {
            ctx.is_quote_mark(k)
                || ctx.line_before(k)
                || (matches!(ctx.tok(k), "." | "!" | "?" | ";") && !ctx.is_abbreviation_period(k))
        };
        let (k, n) = (start..(start + OUTER_ACCORDING_WINDOW).min(ctx.len()))
            .take_while(|&k| !stop(k))
            .find_map(|k| ctx.source_marker(k).map(|n| (k, n)))?;
        let np = ctx.np_starting_at(k + n, k + n + AFTER_WINDOW)?;
        Some(Found {
            np,
            cue: Some((k, k + n)),
            how: How::According,
        })
    }

    /// Rule `trailing_inverted_said`: `“Q” about the decision, said Ann Cole, a …` — a
    /// past-tense cue right after a comma later in the quotation's sentence, then the speaker.
    /// Rule `trailing_inverted_says`: a present-tense cue there (`“Q,” in contrast to …, says
    /// Ann Cole, a …`) only before a name that closes the clause.
    fn trailing_inverted(&self, v: usize, ceil: usize) -> Option<Found> {
        let ctx = self.ctx;
        let form = ctx.cue(v)?;
        if form.ing || form.base || form.addressee {
            return None;
        }
        let np = ctx
            .np_starting_at(v + 1, ceil + 8)
            .filter(|np| np.kind != NpKind::Pronoun)?;
        let closes = np.end >= ctx.len() || matches!(ctx.tok(np.end), "," | "." | ";");
        if form.third && !(np.kind == NpKind::Name && closes) {
            return None;
        }
        Some(Found {
            np,
            cue: Some((v, v + 1)),
            how: How::After,
        })
    }

    /// After a quotation that ended its own sentence, "He said." only attributes it when the
    /// attribution is all that the next sentence holds (or leads into another quote).
    fn short_attribution_sentence(&self, v: usize) -> bool {
        let ctx = self.ctx;
        let limit = (v + 5).min(ctx.len());
        for k in v + 1..limit {
            match ctx.tok(k) {
                "." | "!" | "?" | "," | ":" => return true,
                _ if ctx.is_quote_mark(k) => return k == v + 1,
                // "said Monday", "told reporters", "said in a statement"
                // "shouted to the crowd": "the" after a preposition is no clause of its own.
                _ if ctx.is_any(k, &["the"]) && ctx.is_preposition(k - 1) => {}
                _ if ctx.is_word(k)
                    && !ctx.is_class(k, QuoteWordClass::ClauseOpener)
                    && ctx.cue(k).is_none() => {}
                _ => return false,
            }
        }
        limit >= ctx.len()
    }

    /// `X said: “Q”`, `according to X, “Q”`, and the rest of the before-the-quote shapes, in
    /// the window `[floor, m.open)`: [`BEFORE_RULES`] in order; the first source found stands.
    pub fn before(&self, floor: usize, open: usize) -> Option<Found> {
        self.before_with(floor, open, BEFORE_RULES)
    }

    /// [`Attributor::before`] with the shapes in `rules` (all but one, in the tests).
    fn before_with(&self, floor: usize, open: usize, rules: &[BeforeRule]) -> Option<Found> {
        let mut w = BeforeWindow {
            floor,
            open: self.before_stray_marks(floor, open),
            subjectless: None,
            adverbial: None,
        };
        rules.iter().find_map(|rule| (rule.apply)(self, &mut w))
    }

    /// Rule `cue_right_before`: "…, the 34-year-old mother of three replied, “…”": the verb
    /// right before the quotation, with a subject of its own, introduces it.
    fn cue_right_before(&self, floor: usize, open: usize) -> Option<Found> {
        let ctx = self.ctx;
        if open < floor + 2 {
            return None;
        }
        let v = if matches!(ctx.tok(open - 1), "," | ":") {
            open - 2
        } else {
            open - 1
        };
        if v < floor
            || !ctx.cue(v).is_some_and(|f| !f.ing && !f.after_only)
            || ctx.negated(v)
            || ctx.passive(v)
            || self.bare_naming_participle(v, open)
        {
            return None;
        }
        let subject = ctx
            .subject_before(v, floor)
            .or_else(|| self.phrase_before(v, floor))
            .or_else(|| self.group_subject_before(v, floor));
        let np = subject.filter(|np| !self.in_adverbial_clause(np.start, floor))?;
        let np = self.outer_of_free_relative(np, floor);
        Some(Found {
            np,
            cue: Some((v, v + 1)),
            how: How::Before,
        })
    }

    /// Rule `bare_naming_participle`: a naming verb's participle (`labeled`, `deemed`,
    /// `called`: `quote_naming_participles.txt`) with the quotation right after it has no object, so
    /// it is a participle (`files labeled “top secret”`, `messages later deemed “secret”`):
    /// the words are a label on the noun before it, which is not their speaker. The active
    /// verb has its object between (`deemed him “well qualified”`, `labeled it “a sham”`) or
    /// fronted in a relative clause (`what Cole called “a disgrace”`, `a plan that the mayor
    /// labeled “a sham”`, `who he called “bullies”`): a relative word (`quote_words.txt`
    /// class `relative_opener`, or the free relative `what`) up to sixteen tokens before the
    /// verb, in its clause and with no other verb between (an apposition may stand between:
    /// `a port that the county's former harbour master, Ann Cole, called “…”`; but `news that
    /// the server had handled messages later deemed “…”` is still a participle), keeps the
    /// verb active.
    fn bare_naming_participle(&self, v: usize, open: usize) -> bool {
        let ctx = self.ctx;
        v + 1 == open
            && NAMING_PARTICIPLES.contains(ctx.lower(v).as_ref())
            && !(v.saturating_sub(16)..v)
                .rev()
                .take_while(|&k| {
                    !ctx.is_quote_mark(k)
                        && !matches!(ctx.tok(k), ";" | ":" | "." | "?" | "!")
                        && !ctx.chunks().is_verb(k)
                })
                .any(|k| ctx.is_class(k, QuoteWordClass::RelativeOpener) || ctx.lower(k) == "what")
    }

    /// Rule `relative_that_cue`: the cue right before the quotation (a comma or colon
    /// between) follows a relative `that` after a noun phrase (`T-shirts that said “Q”`): the
    /// relative is the mention, as `who`/`which` are in [`Ctx::subject_before`]. Last of the
    /// before shapes, so a report around the clause (`Cole said the world lost a voice that
    /// said “Q”`) keeps its own source.
    fn relative_that_cue(&self, floor: usize, open: usize) -> Option<Found> {
        let ctx = self.ctx;
        let v =
            open.checked_sub(1 + usize::from(matches!(ctx.tok(open.checked_sub(1)?), "," | ":")))?;
        if v < floor + 2 || ctx.cue(v).is_none_or(|f| f.ing) || ctx.negated(v) {
            return None;
        }
        let np = ctx.relative_that_subject(v - 1, floor)?;
        Some(Found {
            np,
            cue: Some((v, v + 1)),
            how: How::Before,
        })
    }

    /// Rule `leftmost_cue`: the leftmost "according to X" or cue verb with a subject of its
    /// own in the window, stepping over quotations. Cues in an adverbial clause and cues
    /// without a subject are noted in `w` for the later shapes.
    fn leftmost_cue(&self, w: &mut BeforeWindow) -> Option<Found> {
        let ctx = self.ctx;
        let (floor, open) = (w.floor, w.open);
        let mut v = floor;
        while v < open {
            if ctx.is_quote_mark(v) {
                if let Ok(q) = self.quoted.binary_search_by_key(&v, |&(o, _)| o) {
                    v = self.quoted[q].1.max(v + 1);
                    continue;
                }
            }
            if ctx.is_word(v) {
                if let Some(n) = ctx.source_marker(v) {
                    if let Some(np) = ctx.np_starting_at(v + n, open) {
                        let np = ctx.name_after_role_forward(np, open);
                        return Some(Found {
                            np,
                            cue: Some((v, v + n)),
                            how: How::According,
                        });
                    }
                }
                if let Some(form) = ctx.cue(v).filter(|f| {
                    !f.after_only
                        && !ctx.negated(v)
                        && !self.is_noun_use(v)
                        && !ctx.passive(v)
                        && !self.bare_naming_participle(v, open)
                }) {
                    if let Some(found) = self.cue_in_window(v, form, w) {
                        let main = self
                            .later_main_clause_cue(found, w)
                            .or_else(|| self.relative_closed_before_quote(found, w))
                            .unwrap_or(found);
                        return Some(
                            self.trailing_adverbial_cue(main, w)
                                .or_else(|| self.object_relative_cue(main, w))
                                .unwrap_or(main),
                        );
                    }
                }
            }
            v += 1;
        }
        None
    }

    /// Rule `later_main_clause_cue`: after the leftmost cue, a later cue before the quotation
    /// heads the clause that introduces it when its subject opens a coordinated clause
    /// (`Cole denied it, but he called the plan “Q”`) or a relative clause (`said Cole, who
    /// added that “Q”`) or, the leftmost cue being in a relative clause, its subject is that
    /// clause's antecedent (`Cole, who says …, wrote that “Q”`).
    fn later_main_clause_cue(&self, first: Found, w: &BeforeWindow) -> Option<Found> {
        let ctx = self.ctx;
        let (v0, _) = first.cue?;
        let relative = first.np.end == first.np.start + 1
            && ctx.function_class(first.np.start) == Some(FunctionClass::Relative);
        let mut k = v0 + 1;
        while k < w.open {
            if ctx.is_quote_mark(k) {
                if let Ok(q) = self.quoted.binary_search_by_key(&k, |&(o, _)| o) {
                    k = self.quoted[q].1.max(k + 1);
                    continue;
                }
            }
            let main = ctx.cue(k).is_some_and(|f| {
                !f.ing
                    && !f.after_only
                    && !ctx.negated(k)
                    && !self.is_noun_use(k)
                    && !ctx.passive(k)
            });
            let np = main
                .then(|| ctx.subject_before(k, w.floor))
                .flatten()
                .filter(|np| !self.in_adverbial_clause(np.start, w.floor));
            if let Some(np) = np {
                let coordinated = np.start >= v0 + 3
                    && ctx.is_class(np.start - 1, QuoteWordClass::Coordinator)
                    && ctx.is_punct(np.start - 2, ",");
                // `said Ann Cole, who added that “Q”`: the relative clause introduces it.
                let later_relative = np.end == np.start + 1
                    && np.start > v0
                    && ctx.is_punct(np.start - 1, ",")
                    && ctx.function_class(np.start) == Some(FunctionClass::Relative);
                if coordinated || later_relative || (relative && np.end <= first.np.start) {
                    return Some(Found {
                        np,
                        cue: Some((k, k + 1)),
                        how: How::Before,
                    });
                }
            }
            k += 1;
        }
        None
    }

    /// Rule `trailing_adverbial_cue`: the quotation sits inside an adverbial clause that
    /// follows the main clause's cue, after that clause's own cue and subject (`Some voters
    /// said they feared a repeat of 1992, when Mr. Dole, who had lost, called for a “cultural
    /// war”`, `Cruz said as the heckler yelled: “Q”`): the words are the adverbial clause's
    /// subject's, not the main clause's. Read back from the mark over at most
    /// [`TRAILING_ADVERBIAL_REACH`] tokens to the nearest cue verb, with no comma, semicolon,
    /// colon, dash, bracket, coordinator or quotation between (a colon right before the mark only
    /// when the cue is at most three tokens before it, a comma only right after the cue) and at most one verb group (a reported clause)
    /// between the cue and the mark: its subject must open the clause right after a subordinator (`when`, `as`,
    /// `after`, `because`; not the conditional `if`, `unless`, `whether`: words not said).
    /// A cue of a fronted adverbial clause (`When Cole noted …, Trump boasted, “Q”`) is
    /// before the main cue and is not read here.
    fn trailing_adverbial_cue(&self, main: Found, w: &BeforeWindow) -> Option<Found> {
        let ctx = self.ctx;
        let (v0, _) = main.cue?;
        if main.how != How::Before {
            return None;
        }
        let lo = (v0 + 1).max(w.open.saturating_sub(TRAILING_ADVERBIAL_REACH));
        let mut k = w.open;
        // `yelled: “Q”`, `said, “Q”`: a comma or colon right before the quotation, after
        // its cue (`when Cole railed against it, “Q”` closes the clause before the mark).
        let mut introducing = None;
        if k > lo && matches!(ctx.tok(k - 1), "," | ":") {
            k -= 1;
            introducing = Some(k);
        }
        while k > lo {
            k -= 1;
            if matches!(
                ctx.tok(k),
                "," | ";" | ":" | "—" | "–" | "―" | "-" | "(" | ")"
            ) || ctx.is_quote_mark(k)
                // `when he announced it to the committee and how people chose to read it
                // was a “Q”`: a coordinator opens another clause.
                || ctx.is_class(k, QuoteWordClass::Coordinator)
                // A colon may follow the cue's object (`yelled at them: “Q”`); a comma only
                // the cue itself (`asked about it, “Q”` closes the clause before the mark).
                || introducing.is_some_and(|c| {
                    c - k > if ctx.tok(c) == "," { 1 } else { MAX_INTRODUCING_GAP }
                })
            {
                return None;
            }
            let Some(form) = ctx.cue(k) else {
                continue;
            };
            if self.cannot_introduce(k, form) {
                continue;
            }
            let np = ctx.subject_before(k, w.floor)?;
            let opener = np.start.checked_sub(1)?;
            // `when he claimed Obama was “Q”`: one reported clause may stand between; a
            // second verb group is the main clause going on (`said that when Mr Johnson
            // had announced Mr Smith was going he got the “Q”`).
            let chunks = ctx.chunks();
            let verb_groups = (k + 1..w.open)
                .filter(|&j| chunks.is_verb(j) && !chunks.is_verb(j - 1))
                .count();
            let opens_clause = np.start > v0
                && verb_groups <= 1
                && ctx.is_class(opener, QuoteWordClass::Subordinator)
                && !ctx.is_class(opener, QuoteWordClass::ConditionalSubordinator);
            return opens_clause.then_some(Found {
                np,
                cue: Some((k, k + 1)),
                how: How::Before,
            });
        }
        None
    }

    /// Rule `object_relative_cue`: the quotation closes an object relative clause after the
    /// main clause's cue, with a subject of its own between the relative word and its cue
    /// (`Cole denounced the levy, which the auditor said was “a tax”`, `praised the firemen,
    /// whom the chief described as “heroes”`): the words are that subject's, not the main
    /// clause's.
    /// The cue stands at most [`MAX_INTRODUCING_GAP`] words before the mark (`called`,
    /// `described as`, `said was`), with no punctuation or quotation between, and the
    /// relative word (`quote_words.txt` class `relative_opener`; not `that`, also a
    /// complementiser: `said that Dunn called it “Q”` stays the report's; not the free
    /// relative `what`, rule `outer_of_free_relative`'s) right before its
    /// subject, both after the main cue. A subject relative (`Dunn, who called it “Q”`) is
    /// the rule `later_main_clause_cue`'s; a pronoun subject (`Cole denounced the levy,
    /// which she said was “Q”`, `praised Lee, who he said was “Q”`) most often retells the main
    /// subject's words, and the nearest name is then the wrong one (`negotiated by Obama,
    /// who he noted was “Q”`), so it keeps the main clause's cue (as the rule
    /// `inner_cue_yields_to_outer_report` does for a naming verb).
    fn object_relative_cue(&self, main: Found, w: &BeforeWindow) -> Option<Found> {
        let ctx = self.ctx;
        let (v0, _) = main.cue?;
        if main.how != How::Before {
            return None;
        }
        let lo = (v0 + 3).max(w.open.saturating_sub(MAX_INTRODUCING_GAP + 1));
        let mut k = w.open;
        while k > lo {
            k -= 1;
            if !ctx.is_word(k) || ctx.is_quote_mark(k) {
                return None;
            }
            let Some(form) = ctx.cue(k) else {
                continue;
            };
            if self.cannot_introduce(k, form) {
                return None;
            }
            let np = ctx.subject_before(k, w.floor)?;
            let rel = np.start.checked_sub(1)?;
            // Words between the cue and the mark other than `as` (`said was “Q”`): the cue
            // must take a clause, and the relative be set off by a comma or dash; a
            // restrictive one (`said the tweet which Trump posted was “Q”`) ends at its cue,
            // and the quotation is the main clause's.
            let only_as = k + 2 == w.open && ctx.is_any(k + 1, &["as"]);
            let set_off = rel > 0 && matches!(ctx.tok(rel - 1), "," | "—" | "–");
            if k + 1 < w.open && !only_as && !(form.indirect && set_off) {
                return None;
            }
            let opens = rel > v0
                && ctx.is_word(np.start)
                && ctx.function_class(np.start) != Some(FunctionClass::Relative)
                && !(np.end == np.start + 1 && ctx.is_pronoun(np.start))
                && !ctx.is_any(rel, &["that"])
                && ctx.is_class(rel, QuoteWordClass::RelativeOpener);
            return opens.then_some(Found {
                np,
                cue: Some((k, k + 1)),
                how: How::Before,
            });
        }
        None
    }

    /// Rule `relative_closed_before_quote`: the leftmost cue is in a relative clause set off
    /// by a comma after its antecedent (`Cole, who has called the plan “a farce,” clearly
    /// wants voters to “think twice”`, `Cole, who said last week that …, issued a statement
    /// saying, “Q”`), and that clause closes (a comma or dash, also the last token inside a
    /// quotation) before the quotation, with a verb right after whose subject is the
    /// antecedent: the quotation is in the main clause, so the antecedent is the speaker,
    /// with the first cue of the main clause before the quotation (any form), else its verb.
    /// A relative clause still open at the quotation keeps its own cue (`Cole, who called
    /// it “a farce,”`), and so does a relative with no antecedent before a comma, and a
    /// quotation outside the relative's sentence.
    fn relative_closed_before_quote(&self, first: Found, w: &BeforeWindow) -> Option<Found> {
        let ctx = self.ctx;
        let (v0, _) = first.cue?;
        let r = first.np.start;
        let relative = first.np.end == r + 1
            && ctx.function_class(r) == Some(FunctionClass::Relative)
            && !ctx.is_any(r, &["that"])
            && r > w.floor
            && ctx.is_punct(r - 1, ",");
        // Only in the quotation's own sentence: a quotation paragraph after it
        // (`main_clause_report`) needs a speech verb in the main clause.
        let same_sentence = self.sentence_start(w.open) == self.sentence_start(r);
        if !relative || !same_sentence {
            return None;
        }
        let closes = |k: usize| matches!(ctx.tok(k), "," | "—" | "–");
        let mut k = v0 + 1;
        let mut closed = false;
        while k < w.open {
            if ctx.is_quote_mark(k) {
                if let Ok(q) = self.quoted.binary_search_by_key(&k, |&(o, _)| o) {
                    let after = self.quoted[q].1.max(k + 1);
                    // `“… or worst,” clearly intended`: a comma ending the quotation.
                    closed = after >= 2 && closes(after - 2);
                    k = after;
                    continue;
                }
            }
            if closed && ctx.is_word(k) {
                // `, clearly intended`: up to two adverbs before the main verb.
                let adverb = |a: usize| {
                    ctx.function_class(a) == Some(FunctionClass::Adverb)
                        || (ctx.lower(a).ends_with("ly") && !ctx.is_cap(a))
                };
                let v = (k..w.open.min(k + 3)).find(|&a| !adverb(a)).unwrap_or(k);
                // After an adverb a plain lower-case word is the verb (`clearly wants`),
                // whatever the chunker made of it.
                let after_adverb = v > k
                    && ctx.is_word(v)
                    && ctx.tok(v).starts_with(char::is_lowercase)
                    && ctx.function_class(v).is_none();
                if !(ctx.chunks().is_verb(v) || after_adverb) {
                    return None;
                }
                let k = v;
                // The verb's subject, past the relative clause; an adverb the subject search
                // does not list (`clearly`) leaves the antecedent itself.
                let np = ctx
                    .subject_before(k, w.floor)
                    .filter(|np| np.end < r)
                    .or_else(|| {
                        // The antecedent ends before the comma (none when the comma opens
                        // the text).
                        r.checked_sub(2)
                            .and_then(|end| ctx.np_ending_at(end, w.floor))
                    })
                    .filter(|np| np.end < r && !self.in_adverbial_clause(np.start, w.floor))?;
                let cue = (k..w.open)
                    .find(|&c| {
                        ctx.is_word(c)
                            && ctx.cue(c).is_some()
                            && !ctx.negated(c)
                            && !self.is_noun_use(c)
                    })
                    .unwrap_or(k);
                return Some(Found {
                    np,
                    cue: Some((cue, cue + 1)),
                    how: How::Before,
                });
            }
            closed = closes(k);
            k += 1;
        }
        None
    }

    /// [`Attributor::relative_closed_before_quote`] for a quotation opening at `open` whose
    /// source `first` was inherited from an earlier quotation in its sentence (`Cole, who
    /// called it “a farce,” clearly wants voters to “think twice”`).
    pub(crate) fn inherited_past_relative(
        &self,
        first: Found,
        floor: usize,
        open: usize,
    ) -> Option<Found> {
        // The window may start after the earlier quotation; the antecedent is before it.
        let w = BeforeWindow {
            floor: floor.min(self.sentence_start(first.np.start)),
            open,
            subjectless: None,
            adverbial: None,
        };
        self.relative_closed_before_quote(first, &w)
    }

    /// The cue verb at `v` met by [`Attributor::leftmost_cue`]: its own subject attributes the
    /// quotation, unless that subject is in an adverbial clause (noted in `w.adverbial`).
    fn cue_in_window(&self, v: usize, form: CueForm, w: &mut BeforeWindow) -> Option<Found> {
        let ctx = self.ctx;
        let floor = w.floor;
        // "claims the Colombian president strongly denied:" — a verb with an
        // inverted or embedded subject is handled by taking the leftmost cue
        // that has a subject of its own.
        let subject = if form.ing && !self.progressive(v) {
            None
        } else {
            ctx.subject_before(v, floor)
                .filter(|np| !self.inside_quotation(np.start))
        };
        match subject {
            // "When Clinton noted that …, Trump boasted, “…”": a cue inside an adverbial
            // clause is not the attribution of the main clause.
            Some(np) if self.in_adverbial_clause(np.start, floor) => {
                w.adverbial.get_or_insert(Found {
                    np,
                    cue: Some((v, v + 1)),
                    how: How::Before,
                });
                None
            }
            Some(np) => {
                let np = self.outer_of_free_relative(np, floor);
                let np = self.relative_clause_object(floor, np, v).unwrap_or(np);
                Some(Found {
                    np,
                    cue: Some((v, v + 1)),
                    how: How::Before,
                })
            }
            None => self
                .quantity_cue_subject(v, form, floor)
                .or_else(|| self.subjectless_cue(v, form, w)),
        }
    }

    /// Rule `quantity_cue_subject`: a cue verb whose subject is a quantity opening its clause
    /// (`About six in 10 said they were “tired”`, `Several said …`, `Most say …`), read by
    /// reported speech's `quantity_subject` from the sentence start or the last comma.
    fn quantity_cue_subject(&self, v: usize, form: CueForm, floor: usize) -> Option<Found> {
        if form.ing || v <= floor {
            return None;
        }
        let ctx = self.ctx;
        let s = (floor..v)
            .rev()
            .find(|&k| ctx.is_punct(k, ","))
            .map_or(floor, |k| k + 1);
        let np = super::indirect::quantity_subject(ctx, v, s)?;
        // A short phrase, not an article's noun phrase or a clause ("The files held 44
        // emails", "That is a far cry"), before a cue that is a verb.
        let short = np.end == v && np.end - np.start <= MAX_QUANTITY_SUBJECT;
        let clause = (np.start..np.end).any(|k| {
            ctx.is_class(k, QuoteWordClass::Be)
                || ctx.is_class(k, QuoteWordClass::Definite)
                || ctx.is_class(k, QuoteWordClass::SingularArticle)
                || ctx.is_class(k, QuoteWordClass::Possessive)
                || ctx.is_class(k, QuoteWordClass::Coordinator)
                || ctx.is_pronoun(k)
        });
        if !short || clause || ctx.is_cap(v) || self.is_noun_use(v) {
            return None;
        }
        Some(Found {
            np,
            cue: Some((v, v + 1)),
            how: How::Before,
        })
    }

    /// A cue verb at `v` with no subject of its own: a coordinated verb's subject, an inverted
    /// subject after it, or else it is noted in `w.subjectless` for `inherited_subject`.
    fn subjectless_cue(&self, v: usize, form: CueForm, w: &mut BeforeWindow) -> Option<Found> {
        let ctx = self.ctx;
        let (floor, open) = (w.floor, w.open);
        // "I laughed and said, “…”": a verb coordinated with one right before
        // it shares that verb's subject.
        if !form.ing
            && v >= floor + 3
            && ctx.is_any(v - 1, &["and"])
            && ctx.is_word(v - 2)
            && ctx.function_class(v - 2).is_none()
            && !ctx.is_cap(v - 2)
            // Rule `coordinated_after_verb`: the word before `and` is a verb (`I laughed and
            // said`), not an object's noun (`adopted a fake Texan accent and joked`).
            && ctx.chunks().is_verb(v - 2)
        {
            if let Some(np) = ctx.np_ending_at(v - 3, floor).filter(|np| {
                np.kind != NpKind::Common && !self.in_adverbial_clause(np.start, floor)
            }) {
                return Some(Found {
                    np,
                    cue: Some((v, v + 1)),
                    how: How::Before,
                });
            }
        }
        // "Said Ellis: “…”", "says Smith, “…”": an inverted subject;
        // never after "told" (`Cole told WEEI: “…”`: the one spoken to).
        if !form.ing && !form.addressee && w.adverbial.is_none() {
            if let Some(np) = ctx
                .np_starting_at(v + 1, open)
                .filter(|np| np.kind == NpKind::Name && matches!(ctx.tok(np.end), ":" | ","))
            {
                return Some(Found {
                    np,
                    cue: Some((v, v + 1)),
                    how: How::Before,
                });
            }
        }
        // A verb in -s needs a subject of its own: without one,
        // "Democratic claims" is a noun.
        let finite_s = !form.ing
            && ctx.lower(v).ends_with('s')
            && !matches!(ctx.lower(v.saturating_sub(1)).as_ref(), "and" | "but" | ",");
        if w.subjectless.is_none() && !self.is_noun_use(v) && !finite_s {
            w.subjectless = Some(v);
        }
        None
    }

    /// Rule `clause_participle`: a subjectless participle cue (noted by `leftmost_cue`) right
    /// after the comma that closes a clause opened, after the sentence's own subject, by a
    /// subordinator (`when`, `though`, `after`: `quote_words.txt` class `subordinator`), by
    /// `where`, or by a preposition and `which`/`whom` (`in which`), attaches to that clause:
    /// `Trump tweaked his promise when he announced his running mate, calling Pence “Q”` → he.
    /// The clause's subject is the subject of its first verb group; none without one, nor when
    /// the clause opens the sentence (`When Cole spoke, saying` is read as before).
    fn clause_participle(&self, w: &BeforeWindow) -> Option<Found> {
        let ctx = self.ctx;
        let v = w.subjectless?;
        if !ctx.cue(v).is_some_and(|f| f.ing) || v < w.floor + 4 || !ctx.is_punct(v - 1, ",") {
            return None;
        }
        let s = self.sentence_start(v).max(w.floor);
        let opener = (s + 1..v - 1)
            .rev()
            .take(CLAUSE_PARTICIPLE_WINDOW)
            .take_while(|&k| {
                ctx.is_word(k)
                    || !matches!(ctx.tok(k), "," | ";" | ":" | "." | "—" | "–" | "(" | ")")
            })
            .take_while(|&k| !ctx.is_quote_mark(k))
            .find(|&k| self.opens_subordinate_clause(k))?;
        let first_verb = (opener + 1..v - 1).find(|&k| ctx.chunks().is_verb(k))?;
        let mut main = first_verb;
        while main + 1 < v - 1 && ctx.chunks().is_verb(main + 1) {
            main += 1;
        }
        // `where about 50 protesters had gathered`: a quantity opening the clause.
        let np = ctx
            .subject_before(main, opener + 1)
            .or_else(|| super::indirect::quantity_subject(ctx, first_verb, opener + 1))
            .filter(|np| np.start > opener)?;
        Some(Found {
            np,
            cue: Some((v, v + 1)),
            how: How::Before,
        })
    }

    /// Rule `catenative_cue`: the cue right before the quotation (a comma or colon between)
    /// is an infinitive after `to` (`Cole was prompted to say, “Q”`, `Cole went so far as to
    /// say: “Q”`) or an -ing form after `by` (`he began by saying, “Q”`): it has no subject of
    /// its own, and the verb that governs it lends it its subject. From `to`/`by` back, over
    /// at most [`MAX_CATENATIVE_CHAIN`] verb-group words (verbs, auxiliaries, adverbs) and
    /// `catenative_link` words (`quote_words.txt`: `so far as`, `went on to`, `quick to`), to
    /// the leftmost verb of that chain; its subject speaks. Any other word stops the chain
    /// (`urged voters to say`: the object would speak, so no source here), and a subject
    /// right after a subordinator is an adverbial clause's (`When Cole was asked to say`).
    fn catenative_cue(&self, floor: usize, open: usize) -> Option<Found> {
        let ctx = self.ctx;
        if open < floor + 4 {
            return None;
        }
        let v = if matches!(ctx.tok(open - 1), "," | ":") {
            open - 2
        } else {
            open - 1
        };
        let form = ctx.cue(v).filter(|f| !f.after_only)?;
        let governed = if form.ing { "by" } else { "to" };
        if v < floor + 3 || !ctx.is_any(v - 1, &[governed]) || ctx.negated(v) || ctx.passive(v) {
            return None;
        }
        let chunks = ctx.chunks();
        let mut head = None;
        let mut k = v - 1;
        while k > floor && v - 1 - k < MAX_CATENATIVE_CHAIN {
            k -= 1;
            if !ctx.is_word(k) || ctx.is_cap(k) {
                break;
            }
            if chunks.is_verb(k) {
                head = Some(k);
            } else if !(chunks.verb_modifier(k) || ctx.is_class(k, QuoteWordClass::CatenativeLink))
            {
                break;
            }
        }
        let head = head?;
        // `It is too early to say, “Q”`: an expletive "it" holds a clause's place and
        // speaks nothing (rule `expletive_it`).
        let np = ctx
            .subject_before(head, floor)
            .filter(|np| !self.inside_quotation(np.start) && !self.expletive_it(*np))?;
        if np.start > floor && ctx.is_class(np.start - 1, QuoteWordClass::Subordinator) {
            return None;
        }
        Some(Found {
            np,
            cue: Some((v, v + 1)),
            how: How::Before,
        })
    }

    /// Rule `with_participle_subject`: a subjectless participle cue (noted by `leftmost_cue`)
    /// right after a noun phrase that `with` opens (one -ly adverb may stand between) is
    /// spoken by that phrase, not by the sentence's subject: in the absolute construction
    /// `Fans cheered, with the mayor reportedly shouting, “Q”` the mayor shouts.
    fn with_participle_subject(&self, w: &BeforeWindow) -> Option<Found> {
        let ctx = self.ctx;
        let v = w.subjectless?;
        // A verb, not a speech noun (`with a stern warning: “Q”`, `quote_cue_nouns.txt`) nor a
        // modifier of the plain noun after it (`with the right calling card`).
        let plain_next = ctx.is_word(v + 1)
            && ctx.tok(v + 1).starts_with(char::is_lowercase)
            && ctx.function_class(v + 1).is_none()
            && !ctx.is_pronoun(v + 1);
        if !ctx.cue(v).is_some_and(|f| f.ing) || v < w.floor + 2 || plain_next || ctx.is_cue_noun(v)
        {
            return None;
        }
        let adverb = v >= w.floor + 3
            && ctx.is_word(v - 1)
            && !ctx.is_cap(v - 1)
            && ctx.lower(v - 1).ends_with("ly");
        let end = if adverb { v - 2 } else { v - 1 };
        let mut np = ctx
            .np_ending_at(end, w.floor)
            .filter(|np| np.end == end + 1 && np.start > w.floor)?;
        // `with marchers and spectators chanting`, `with one of her ads asking`: one
        // coordinated phrase or one partitive head (`quote_words.txt` class `partitive`) before
        // the phrase read.
        if np.start > w.floor + 2 && ctx.is_any(np.start - 1, &["and"]) {
            let first = ctx
                .np_ending_at(np.start - 2, w.floor)
                .filter(|f| f.end + 1 == np.start && f.start > w.floor)?;
            np.start = first.start;
            np.mention_start = first.mention_start;
        } else if np.start > w.floor + 2
            && ctx.is_any(np.start - 1, &["of"])
            && ctx.is_class(np.start - 2, QuoteWordClass::Partitive)
        {
            np.start -= 2;
            np.mention_start = np.start;
        }
        // A bare common noun (`with slogans condemning`, `with softer language calling for`)
        // names words or things, not a speaker: a common phrase opens with a determiner, a
        // quantifier, a possessive or a name.
        let bare = np.kind == NpKind::Common
            && !ctx.is_cap(np.start)
            && ctx.function_class(np.start) != Some(FunctionClass::Determiner)
            && !ctx.is_class(np.start, QuoteWordClass::Quantifier)
            && !ctx.is_class(np.start, QuoteWordClass::Possessive);
        (!bare && ctx.is_any(np.start - 1, &["with"])).then_some(Found {
            np,
            cue: Some((v, v + 1)),
            how: How::Before,
        })
    }

    /// Does the word at `k` open a subordinate clause (see [`Attributor::clause_participle`])?
    fn opens_subordinate_clause(&self, k: usize) -> bool {
        let ctx = self.ctx;
        (ctx.is_class(k, QuoteWordClass::Subordinator)
            && !ctx.is_class(k, QuoteWordClass::ClausePreposition))
            || ctx.is_any(k, &["where"])
            || (ctx.is_any(k, &["which"]) && k > 0 && ctx.is_preposition(k - 1))
    }

    /// Rule `inherited_subject`: a participle or coordinated verb ("…, adding:", "and warned
    /// that") noted by `leftmost_cue` shares the subject of its sentence.
    fn inherited_subject(&self, w: &BeforeWindow) -> Option<Found> {
        let v = w.subjectless?;
        let floor = w.floor;
        let s = self
            .sentence_start(v)
            .max(floor.min(self.sentence_start(v)));
        let np = (w.adverbial.is_none())
            .then(|| self.subordinate_clause_subject(v, s))
            .flatten()
            .or_else(|| {
                self.sentence_subject(s, v)
                    .filter(|np| w.adverbial.is_none() || np.kind != NpKind::Common)
            })?;
        Some(Found {
            np,
            cue: Some((v, v + 1)),
            how: How::Inherited,
        })
    }

    /// Rule `coordinated_in_subordinate`: a subjectless cue right after `and` inside a
    /// subordinate clause (`… grew when Ann Cole decried the state of the port and criticized
    /// the “old rules”`) shares that clause's subject, not the sentence's: a name or pronoun
    /// right after the subordinator and before a verb, with no comma, semicolon, colon, dash
    /// or bracket between the subordinator and the cue (`X (which is not known as Y)
    /// examined … and rated`). Only when no cue of that clause was noted (`adverbial_cue`
    /// reads `When Cole referred to … and said`).
    fn subordinate_clause_subject(&self, v: usize, s: usize) -> Option<Np> {
        let ctx = self.ctx;
        if v < s + 3 || !ctx.is_any(v - 1, &["and"]) {
            return None;
        }
        let mut k = v - 1;
        while k > s && v - k < MAX_SUBORDINATE_REACH {
            k -= 1;
            if matches!(ctx.tok(k), "," | ";" | ":" | "—" | "–" | "(" | ")")
                || ctx.line_before(k + 1)
            {
                return None;
            }
            if ctx.is_class(k, QuoteWordClass::Subordinator)
                && !ctx.is_class(k, QuoteWordClass::ClausePreposition)
            {
                let np = ctx
                    .np_starting_at(k + 1, v - 1)
                    .filter(|np| matches!(np.kind, NpKind::Name | NpKind::Pronoun))?;
                let chunks = ctx.chunks();
                return (np.end..v - 1).any(|j| chunks.is_verb(j)).then_some(np);
            }
        }
        None
    }

    /// Rule `colon_subject`: `X …: “Q”` with no cue verb: the clause before the colon is about
    /// the speaker (a name, or any subject when a speech noun stands in the clause).
    fn colon_subject(&self, floor: usize, open: usize) -> Option<Found> {
        let ctx = self.ctx;
        if !(open > floor + 1 && ctx.is_punct(open - 1, ":")) {
            return None;
        }
        let cue = (floor..open)
            .rev()
            .find(|&k| ctx.is_word(k) && ctx.is_cue_noun(k))
            .map(|k| (k, k + 1));
        let np = self
            .sentence_subject(floor, open - 1)
            .filter(|np| !(self.page_label(*np) && ctx.is_punct(np.end, ":")))?;
        (np.kind != NpKind::Common || cue.is_some()).then_some(Found {
            np,
            cue,
            how: How::Colon,
        })
    }

    /// Rule `page_label_no_speaker`: a one-word phrase listed in `quote_label_words.txt`
    /// (`Update`, `Photo`, `Note`) labels the text after its colon and names nobody.
    fn page_label(&self, np: Np) -> bool {
        np.end == np.start + 1 && LABEL_WORDS.contains(self.ctx.lower(np.start).as_ref())
    }

    /// Rule `name_label_colon`: a name (or two joined by `and`) right before the colon that
    /// introduces the quotation labels it: after a dash (`Polls missed the surge - Ann Cole:
    /// “Q”`), after `from` (`More from Bob Dunn: “Q”`) or opening its line or sentence (not
    /// in a headline: `Former governor Ann Cole: “Q”`). After the cue shapes: a cue before
    /// wins.
    fn name_label_colon(&self, floor: usize, open: usize) -> Option<Found> {
        let ctx = self.ctx;
        // Rule `emphasised_label`: Markdown emphasis around the label (`**Ann Cole:** “Q”`,
        // `*Cole*: “Q”`, `__Cole:__ “Q”`) does not hide it.
        let past_emphasis = |mut k: usize| {
            while k > floor && ctx.is_emphasis(k - 1) {
                k -= 1;
            }
            k
        };
        let colon_end = past_emphasis(open);
        if colon_end < floor + 2 || !ctx.is_punct(colon_end - 1, ":") {
            return None;
        }
        let name_end = past_emphasis(colon_end - 1);
        if name_end <= floor {
            return None;
        }
        let name = |end: usize| {
            ctx.np_ending_at(end, floor)
                .filter(|np| np.kind == NpKind::Name && np.end == end + 1)
        };
        let mut np = name(name_end - 1)?;
        if np.start >= floor + 2 && ctx.is_any(np.start - 1, &["and"]) {
            if let Some(first) = name(np.start - 2) {
                np.start = first.start;
                np.mention_start = first.mention_start;
            }
        }
        let dash = np.start > floor && matches!(ctx.tok(np.start - 1), "-" | "—" | "–" | "―");
        // Rule `emphasised_one_word_label`: `**Breaking:** “Q”`, `**Analysis:**` — a one-word
        // emphasised label is an editorial label unless it is a person's name.
        let emphasised = colon_end < open || name_end + 1 < colon_end;
        if emphasised && np.end == np.start + 1 && !self.person_word(np.start) {
            return None;
        }
        // Rule `page_label_no_speaker`: `Update: “Q”`, `**Photo:** “Q”` label the text,
        // they name nobody (`quote_label_words.txt`).
        if self.page_label(np) {
            return None;
        }
        let lead = past_emphasis(np.start);
        let opens = lead == floor
            || ctx.line_before(lead)
            || lead == np.start && ctx.is_any(np.start - 1, &["from"]);
        (dash || opens && !super::in_headline(ctx, np.start)).then_some(Found {
            np,
            cue: None,
            how: How::Colon,
        })
    }

    /// Is the one word at `k` a person's name: a listed first name, or the surname of a name
    /// the article gives after a listed first name (`Ann Cole` … `**Cole:**`)? Asked only of
    /// emphasised one-word labels, which are rare, so the scan stays cheap.
    fn person_word(&self, k: usize) -> bool {
        let ctx = self.ctx;
        let word = ctx.tok(k);
        FIRST_NAMES.get(word).is_some()
            || self
                .surnames
                .get_or_init(|| {
                    (1..ctx.len())
                        .filter(|&j| FIRST_NAMES.get(ctx.tok(j - 1)).is_some())
                        .map(|j| ctx.tok(j))
                        .collect()
                })
                .contains(word)
    }

    /// "the 34-year-old mother of three replied": a subject phrase the chunker cannot end on
    /// its last word (a numeral, "of"), read left from the verb up to a clause boundary.
    fn phrase_before(&self, v: usize, floor: usize) -> Option<Np> {
        let ctx = self.ctx;
        let mut k = v;
        while k > floor && v - k < 8 {
            let p = k - 1;
            let np_word = ctx.is_word(p)
                && (ctx
                    .function_class(p)
                    .is_none_or(|c| c == FunctionClass::Determiner)
                    || ctx.tok(p) == "of")
                && ctx.cue(p).is_none()
                || ctx.kind(p) == Some(crate::tokenize::TokenKind::Number);
            if !np_word {
                break;
            }
            k = p;
        }
        if k == v {
            return None;
        }
        let boundary =
            k == floor || matches!(ctx.tok(k - 1), "," | ";" | "and" | "but") || ctx.line_before(k);
        let np = ctx.np_starting_at(k, v)?;
        (boundary && ctx.function_class(k) == Some(FunctionClass::Determiner)).then_some(np)
    }

    /// The last speech noun in `[floor, open)` (at most `POSSESSED_NOUN_WINDOW` tokens back, no
    /// cue verb, quotation mark or sentence end after it) when a possessive owns it and the
    /// quotation is its content: "Donald Trump's claim that …", "his warning: “…”". The mention
    /// is the possessor.
    fn possessed_cue_noun(&self, floor: usize, open: usize) -> Option<Found> {
        let ctx = self.ctx;
        let mut k = open;
        while k > floor + 1 && open - k < POSSESSED_NOUN_WINDOW {
            k -= 1;
            if ctx.is_quote_mark(k) || matches!(ctx.tok(k), "." | ";" | "!" | "?") {
                return None;
            }
            let noun = ctx.is_word(k) && (ctx.is_cue_noun(k) || self.phrase_noun_content(k, open));
            if !noun {
                if ctx.cue(k).is_some() {
                    return None;
                }
                continue;
            }
            // The quotation must be the noun's content: "claim that …", "warning: “…”",
            // "slogan is “…”".
            let content = k + 1 == open
                || (k + 2 == open && matches!(ctx.tok(k + 1), ":" | ","))
                || ctx.is_any(k + 1, &["that"])
                || self.copula_content(k, open);
            if !content {
                return None;
            }
            let p = k - 1;
            if self.cue_verb_before_possessor(p, floor) {
                return None;
            }
            if ctx.is_class(p, QuoteWordClass::Possessive) {
                let np = Np {
                    start: p,
                    end: p + 1,
                    mention_start: p,
                    kind: NpKind::Pronoun,
                };
                return Some(Found {
                    np,
                    cue: Some((k, k + 1)),
                    how: How::Before,
                });
            }
            if ctx.norm(p) == "'s" && p > floor {
                let np = ctx
                    .np_ending_at(p - 1, floor)
                    .filter(|np| np.kind == NpKind::Name)?;
                return Some(Found {
                    np,
                    cue: Some((k, k + 1)),
                    how: How::Before,
                });
            }
            return None;
        }
        None
    }

    /// "It is condemning what it calls “…”", "Leaders denounced what Turnbull called …": a cue
    /// in a free relative ("what X calls") nests in the clause around it, so the source is
    /// the outermost one, that clause's subject (when one opens the sentence part before
    /// "what" and a speech verb follows it); otherwise `np` itself.
    fn outer_of_free_relative(&self, np: Np, floor: usize) -> Np {
        let ctx = self.ctx;
        let Some(w) = np
            .start
            .checked_sub(1)
            .filter(|&w| w > floor && ctx.is_any(w, &["what"]))
        else {
            return np;
        };
        // The outer clause must itself report speech ("denounce what", "said … what"): "The
        // genre is in what Millan calls its “infant stage”" stays Millan's.
        self.sentence_subject(floor, w)
            .filter(|outer| {
                outer.end < w
                    && w - outer.end <= FREE_RELATIVE_WINDOW
                    && (outer.end..w).any(|k| {
                        ctx.cue(k).is_some()
                            && ctx.function_class(k - 1) != Some(FunctionClass::Determiner)
                    })
            })
            .unwrap_or(np)
    }

    /// `Name -- “Q” --`: the quotation between dashes, right after a name of two words or more.
    fn dashed_after_name(&self, floor: usize, open: usize) -> Option<Found> {
        let ctx = self.ctx;
        let dash = |i: usize| matches!(ctx.tok(i), "--" | "—" | "–");
        if open < floor + 2 || !dash(open - 1) {
            return None;
        }
        let close = self
            .quoted
            .binary_search_by_key(&open, |&(o, _)| o)
            .ok()
            .map(|q| self.quoted[q].1)?;
        if close >= ctx.len() || !dash(close) {
            return None;
        }
        let np = ctx
            .np_ending_at(open - 2, floor)
            .filter(|np| np.kind == NpKind::Name && np.end - np.mention_start >= 2)?;
        Some(Found {
            np,
            cue: None,
            how: How::Before,
        })
    }

    /// The last cue in `[floor, open)`, if it is an -ing form right after a name.
    fn named_participle(&self, floor: usize, open: usize) -> Option<Found> {
        let ctx = self.ctx;
        let mut v = open;
        while v > floor && open - v < 10 {
            v -= 1;
            if ctx.is_quote_mark(v) || matches!(ctx.tok(v), "." | ";") {
                return None;
            }
            if let Some(form) = ctx.cue(v) {
                if !form.ing || v == 0 {
                    return None;
                }
                let np = ctx.np_ending_at(v - 1, floor)?;
                return (np.kind == NpKind::Name && !self.in_adverbial_clause(np.start, floor))
                    .then_some(Found {
                        np,
                        cue: Some((v, v + 1)),
                        how: How::Before,
                    });
            }
        }
        None
    }

    /// Rule `copula_content`: the speech noun at `k` is linked to the quotation by `is` or
    /// `was` alone, and the quotation is words said: a colon after the verb (`his reply was:
    /// “Q”`) or a capital opening the quotation (`Ann Cole's campaign slogan is “Built to
    /// last.”`). Then it is the noun's content, as after `that`; a lower-case quotation
    /// right after the verb is a verdict on the words (`Cole's statement was “true.”`).
    fn copula_content(&self, k: usize, open: usize) -> bool {
        let ctx = self.ctx;
        ctx.is_any(k + 1, &["is", "was"])
            && ((k + 3 == open && ctx.tok(k + 2) == ":")
                || (k + 2 == open && ctx.is_word(open + 1) && ctx.is_cap(open + 1)))
    }

    /// Rule `phrase_noun_content`: a noun naming a set phrase (`quote_words.txt` class
    /// `phrase_noun`: `slogan`, `motto`) is a speech noun only by [`Self::copula_content`]
    /// (`Ann Cole's campaign slogan is “Q”`); a slogan set after a comma is one printed or
    /// shown (`a cap printed with Cole's slogan, “Q”`), which names no speaker.
    fn phrase_noun_content(&self, k: usize, open: usize) -> bool {
        self.ctx.is_class(k, QuoteWordClass::PhraseNoun) && self.copula_content(k, open)
    }

    /// Rule `cue_verb_before_possessor`: a cue verb earlier in the possessor's clause (up to 8
    /// tokens back, no punctuation between; not a noun a preposition or determiner stands
    /// before, `in answer to`, `a convoluted answer to`)
    /// heads the attribution (`said in his formal statement: “Q”`, `issued a statement saying
    /// his comment “Q”`), so the possessed speech noun does not.
    fn cue_verb_before_possessor(&self, p: usize, floor: usize) -> bool {
        let ctx = self.ctx;
        (floor..p)
            .rev()
            .take(8)
            .take_while(|&m| ctx.is_word(m))
            .any(|m| {
                let nominal = |d: usize| {
                    ctx.is_class(d, QuoteWordClass::Preposition)
                        || ctx.function_class(d) == Some(FunctionClass::Determiner)
                };
                let Some(form) = ctx.cue(m).filter(|f| !f.after_only) else {
                    return false;
                };
                // `a convoluted answer to`: a determiner or preposition two back makes a
                // noun of a plain form, not of a participle (`a statement saying`).
                let noun = m.checked_sub(1).is_some_and(nominal)
                    || !form.ing && m.checked_sub(2).is_some_and(nominal);
                !noun && !self.is_noun_use(m)
            })
    }

    /// Rule `modified_possessed_cue_noun`: [`Attributor::possessed_cue_noun`] with one or two
    /// modifiers between the possessor and the speech noun (`her March comment that, “Q”`,
    /// `Ann Cole's blunt warning: “Q”`): the possessor is the mention.
    fn modified_possessed_cue_noun(&self, floor: usize, open: usize) -> Option<Found> {
        let ctx = self.ctx;
        let content = |k: usize| {
            k + 1 == open
                || (k + 2 == open && matches!(ctx.tok(k + 1), ":" | ","))
                || ctx.is_any(k + 1, &["that"]) && (k + 2 == open || k + 3 == open)
                || self.copula_content(k, open)
        };
        let k = (floor..open)
            .rev()
            .take(4)
            .find(|&k| ctx.is_word(k) && (ctx.is_cue_noun(k) || self.phrase_noun_content(k, open)))
            .filter(|&k| content(k))?;
        // A month or weekday (`her March comment`) is a modifier too.
        let modifier = |m: usize| {
            ctx.is_word(m)
                && ctx
                    .function_class(m)
                    .is_none_or(|c| c == FunctionClass::Other && ctx.is_cap(m))
                && ctx.cue(m).is_none()
                && !ctx.is_class(m, QuoteWordClass::Possessive)
                && ctx.norm(m) != "'s"
        };
        let p = (floor..k)
            .rev()
            .take(MAX_NOUN_MODIFIERS + 1)
            .find(|&m| !modifier(m))
            .filter(|&p| p + 1 < k)?;
        if self.cue_verb_before_possessor(p, floor) {
            return None;
        }
        let np = if ctx.is_class(p, QuoteWordClass::Possessive) {
            Np {
                start: p,
                end: p + 1,
                mention_start: p,
                kind: NpKind::Pronoun,
            }
        } else if ctx.norm(p) == "'s" && p > floor {
            ctx.np_ending_at(p - 1, floor)
                .filter(|np| np.kind == NpKind::Name)?
        } else {
            return None;
        };
        Some(Found {
            np,
            cue: Some((k, k + 1)),
            how: How::Before,
        })
    }

    /// Does the clause holding token `i` open with a subordinating word ("when", "as", "if")?
    pub fn in_adverbial_clause(&self, i: usize, floor: usize) -> bool {
        let ctx = self.ctx;
        let mut k = i;
        while k > floor && i - k < 12 {
            k -= 1;
            if matches!(ctx.tok(k), "," | ";" | ":" | "—" | "–") {
                return false;
            }
            if ctx.is_class(k, QuoteWordClass::Subordinator) {
                return true;
            }
        }
        false
    }

    /// Does the cue at `v` lead into another quotation ("She adds, “…”")?
    pub fn leads_into_quote(&self, v: usize) -> bool {
        let ctx = self.ctx;
        (v + 1..(v + 3).min(ctx.len())).any(|k| ctx.is_quote_mark(k) && !ctx.line_before(k))
            && matches!(ctx.tok(v + 1), "," | ":")
    }

    /// "is saying", "was warning": an -ing cue with its own subject.
    fn progressive(&self, v: usize) -> bool {
        let ctx = self.ctx;
        (1..=2)
            .filter_map(|k| v.checked_sub(k))
            .any(|p| ctx.is_class(p, QuoteWordClass::ProgressiveBe))
    }

    /// Can the cue form at `k` not introduce a quotation before it here: an -ing form, a
    /// verb used only after a quotation, negated, a noun's use, or passive?
    fn cannot_introduce(&self, k: usize, form: super::lexicons::CueForm) -> bool {
        form.ing
            || form.after_only
            || self.ctx.negated(k)
            || self.is_noun_use(k)
            || self.ctx.passive(k)
    }

    /// "the warning", "a statement": a cue word used as a noun (after a determiner) is not a
    /// verb.
    fn is_noun_use(&self, v: usize) -> bool {
        let ctx = self.ctx;
        let Some(p) = v.checked_sub(1) else {
            return false;
        };
        let form = ctx.cue(v);
        // Rule `quantifier_subject_verb`: "Several said", "Most added": a past form after a
        // quantifier that is the whole subject is a verb.
        let past = form.is_some_and(|f| !(f.base || f.third || f.ing));
        // Not before a plain lower-case word: "Some reported incidents" is a participle and
        // its noun.
        let plain_next = ctx.is_word(v + 1)
            && ctx.tok(v + 1).starts_with(char::is_lowercase)
            && ctx.function_class(v + 1).is_none()
            && !ctx.is_pronoun(v + 1)
            && !ctx.is_any(v + 1, &["that"]);
        let quantifier_verb = past && ctx.is_class(p, QuoteWordClass::Quantifier) && !plain_next;
        // "secretary of state", "taking calls", "his statement": after a determiner, a
        // preposition or a participle, a base or -s form is a noun.
        (ctx.function_class(p) == Some(FunctionClass::Determiner) && !quantifier_verb)
            || self.modified_speech_noun(v)
            || self.compound_head_lemma(v)
            || self.counted_plural_noun(v)
            || self.name_category_lemma(v)
            || (form.is_some_and(|f| f.base || f.third)
                && (ctx.is_preposition(p)
                    || (ctx.norm(p).ends_with("ing")
                        && ctx.cue(p).is_none()
                        && ctx.tok(p).chars().next().is_some_and(char::is_lowercase))))
    }

    /// Rule `name_category_lemma`: a cue's bare lemma that `quote_words.txt` also lists as a
    /// noun naming a body or place (class `name_category`: `state`) is that noun unless `that`
    /// or a colon follows (`the rules state that …`, `Officials state: “…”`) or a subject a
    /// bare verb agrees with comes right before (a pronoun, `They state their aim …`, or a
    /// plural, `the Saudis state in …`; not an initialism, `US state Texas`): `the "gloomy"
    /// state of the port`, `backing nine state council candidates “…”` cue nothing.
    fn name_category_lemma(&self, v: usize) -> bool {
        let ctx = self.ctx;
        if !(ctx.cue(v).is_some_and(|f| f.base) && ctx.is_class(v, QuoteWordClass::NameCategory))
            || ctx.is_any(v + 1, &["that"])
            || ctx.tok(v + 1) == ":"
        {
            return false;
        }
        let Some(p) = v.checked_sub(1) else {
            return false;
        };
        let before = ctx.tok(p);
        let plural = ctx.is_word(p)
            && before.ends_with('s')
            && !before.ends_with("ss")
            && before.chars().any(char::is_lowercase);
        !(ctx.is_pronoun(p) || plural)
    }

    /// Rule `counted_plural_noun`: a cue's -s form right after a figure is a plural noun
    /// (`leads by 21 points among`, `in 30 states`): a bare figure is never the subject of
    /// a third-person verb, so it cues no quotation. Not after a capitalised word, where the
    /// figure ends a name (`Article 33 affirms: “…”`).
    fn counted_plural_noun(&self, v: usize) -> bool {
        let ctx = self.ctx;
        v > 0
            && ctx.kind(v - 1) == Some(crate::tokenize::TokenKind::Number)
            && ctx.cue(v).is_some_and(|f| f.third && !f.ing)
            && !(v > 1 && ctx.is_word(v - 2) && ctx.is_cap(v - 2))
    }

    /// Rule `modified_speech_noun`: a speech noun (`quote_cue_nouns.txt`) after one or two
    /// modifiers that follow a determiner or possessor (`his recent remarks about`, `Cole's
    /// illicit, insecure email server`) is a noun, not a cue verb; not before `that`, a colon
    /// or a mark, where the noun introduces words (`possessed_cue_noun` reads those).
    fn modified_speech_noun(&self, v: usize) -> bool {
        let ctx = self.ctx;
        // Most cues follow a name, a pronoun or punctuation: test that first.
        if v == 0
            || !self.noun_modifier(v - 1)
            || ctx.is_any(v + 1, &["that"])
            || ctx.tok(v + 1) == ":"
            || ctx.is_quote_mark(v + 1)
            || !ctx.is_cue_noun(v)
        {
            return false;
        }
        self.modifier_run_after_possessor(v)
    }

    /// A lower-case content word that may modify a noun (no function word, cue or
    /// possessive).
    fn noun_modifier(&self, m: usize) -> bool {
        let ctx = self.ctx;
        ctx.is_word(m)
            && ctx.tok(m).starts_with(char::is_lowercase)
            && ctx.function_class(m).is_none()
            && ctx.cue(m).is_none()
            && !ctx.is_class(m, QuoteWordClass::Possessive)
            && ctx.norm(m) != "'s"
    }

    /// Do one or two noun modifiers right before `v` follow a determiner or a possessor
    /// (`his recent`, `Cole's illicit, insecure`)? Rule `negative_determiner`: `no` opens the
    /// phrase as a determiner does (`no telephone call or meeting`); `quote_function_words.txt`
    /// lists it as `other`, since `no` alone is also an answer (`said no`).
    fn modifier_run_after_possessor(&self, v: usize) -> bool {
        let ctx = self.ctx;
        let modifier = |m: usize| self.noun_modifier(m);
        let mut k = v;
        let mut modifiers = 0;
        while modifiers < MAX_NOUN_MODIFIERS && k > 0 && modifier(k - 1) {
            k -= 1;
            modifiers += 1;
            // `illicit, insecure email`: a comma between two modifiers.
            if k > 1 && ctx.tok(k - 1) == "," && modifier(k - 2) {
                k -= 1;
            }
        }
        modifiers > 0
            && k > 0
            && (ctx.function_class(k - 1) == Some(FunctionClass::Determiner)
                || ctx.is_class(k - 1, QuoteWordClass::Possessive)
                || ctx.norm(k - 1) == "'s"
                || ctx.is_any(k - 1, &["no"]))
    }

    /// Rule `compound_head_lemma`: a cue's bare lemma (not a listed speech noun) after one or
    /// two modifiers that follow a determiner or possessor, with no object after it, heads a
    /// noun phrase (`a press call Friday`, `no telephone call or meeting`, `Murphy's
    /// conference call ended`, `her adopted home state and`, `his first term,`): a verb's
    /// bare form after such a phrase would need a plural subject, so the word right before
    /// must not read as a plural (`the aides call`, `the firms' owners say,`), and the word
    /// after must close the phrase (punctuation other than a colon or mark, `and`, `or`, a
    /// time noun (`Friday`) or a lower-case past `-ed` verb).
    fn compound_head_lemma(&self, v: usize) -> bool {
        let ctx = self.ctx;
        if v < 2 || !ctx.cue(v).is_some_and(|f| f.base && !f.also_past) {
            return false;
        }
        let before = ctx.lower(v - 1);
        let plural = before.ends_with('s') && !before.ends_with("ss");
        if plural || !self.modifier_run_after_possessor(v) {
            return false;
        }
        let next = ctx.tok(v + 1);
        matches!(next, "," | "." | ";" | ")" | "—" | "–")
            || ctx.is_any(v + 1, &["and", "or"])
            || ctx.is_class(v + 1, QuoteWordClass::TimeNoun)
            || (ctx.is_word(v + 1)
                && next.starts_with(char::is_lowercase)
                && next.ends_with("ed")
                && ctx.cue(v + 1).is_none()
                && ctx.function_class(v + 1).is_none())
    }

    /// The subject of the sentence part `[s, limit)`: the first name or pronoun phrase, or a
    /// common phrase that opens it.
    pub fn sentence_subject(&self, s: usize, limit: usize) -> Option<Np> {
        let ctx = self.ctx;
        // A stray opening mark or a dash may lead the sentence (a few at most: this runs once
        // per quotation, and a sentence made only of marks must not be walked each time).
        let first = s;
        let mut s = s;
        while s < limit
            && s < first + MAX_LEADING_MARKS
            && (ctx.is_quote_mark(s) || matches!(ctx.tok(s), "—" | "–" | "-" | "("))
        {
            s += 1;
        }
        let s = self.past_opening_connectives(s, limit);
        let mut i = s;
        // Step over a fronted adverbial ("On Thursday, …", "Speaking aboard Air Force One, …").
        let fronted = self.opens_with_adverbial(s, limit);
        let mut k = s;
        while fronted && k < limit && k < s + 40 {
            if ctx.is_punct(k, ",") {
                i = k + 1;
                // The subject follows the comma that ends the adverbial: a determiner, a
                // pronoun or a name, not the next part of a list.
                let good = ctx.function_class(i) == Some(FunctionClass::Determiner)
                    || ctx.is_pronoun(i)
                    || ctx.is_cap(i);
                if good
                    && ctx.function_class(i) != Some(FunctionClass::Other)
                    && !self.adverbial_goes_on(k, limit)
                {
                    break;
                }
                if let Some(np) = self.fronted_quantity_subject(i, limit) {
                    return (!self.inside_quotation(np.start)).then_some(np);
                }
            }
            if ctx.is_quote_mark(k) && !self.is_stray_mark(k) {
                break;
            }
            k += 1;
        }
        let np = ctx.np_starting_at(i, limit)?;
        ((np.kind != NpKind::Common
            || ctx.function_class(np.start) == Some(FunctionClass::Determiner)
            || ctx.is_cap(np.start))
            && !self.inside_quotation(np.start)
            && !self.expletive_it(np)
            // Rule `page_label_no_speaker`: `Update: …` opens with a label, not a subject.
            && !(self.page_label(np) && ctx.is_punct(np.end, ":")))
        .then_some(np)
    }

    /// Rule `fronted_quantity_subject`: after a fronted adverbial's comma, a quantity right
    /// before its verb is the subject (`Outside the hall, about 50 farmers gathered, …`), though
    /// it opens with neither a determiner nor a name.
    fn fronted_quantity_subject(&self, i: usize, limit: usize) -> Option<Np> {
        let ctx = self.ctx;
        let v = (i + 1..limit.min(i + MAX_QUANTITY_SUBJECT + 1))
            .take_while(|&j| {
                ctx.is_word(j) || ctx.kind(j) == Some(crate::tokenize::TokenKind::Number)
            })
            .find(|&j| ctx.chunks().is_verb(j))?;
        super::indirect::quantity_subject(ctx, v, i)
    }

    /// Rule `expletive_it`: is `np` an "it" before a form of "be" or a raising verb (`It was
    /// a speech, as Cole said, that …`, `It seems odd to ask them: “Q”`)? Such an "it"
    /// holds the place of a clause and never speaks, so it is no sentence subject to give a
    /// quotation to (`“Q,” it said` after an organisation is read by other rules; `It is
    /// saying` keeps its subject).
    fn expletive_it(&self, np: Np) -> bool {
        let ctx = self.ctx;
        np.end == np.start + 1
            && ctx.is_any(np.start, &["it"])
            && ctx.is_class(np.end, QuoteWordClass::ExpletiveVerb)
            // `It is condemning what it calls “Q”`: a progressive verb has a real subject.
            && !ctx.lower(np.end + 1).ends_with("ing")
    }

    /// Rule `opening_connective`: the first token at or after `s` past at most two
    /// connectives that open the sentence with no comma after them (`And then Trump went …`,
    /// `But Cole …`) when a name or a pronoun follows them (`Later that day, …` keeps its
    /// fronted phrase); `s` itself otherwise.
    fn past_opening_connectives(&self, s: usize, limit: usize) -> usize {
        let ctx = self.ctx;
        let mut k = s;
        while k < limit
            && k < s + 2
            && ctx.is_word(k)
            && ctx.with_lower(k, |w| OPENING_CONNECTIVES.contains(w))
            && k + 1 < limit
            && ctx.is_word(k + 1)
        {
            k += 1;
        }
        let named = k > s
            && ctx
                .np_starting_at(k, limit)
                .is_some_and(|np| matches!(np.kind, NpKind::Name | NpKind::Pronoun));
        if named {
            k
        } else {
            s
        }
    }

    /// Rule `lead_in_then_quote`: does the quotation opening at `open` open its sentence
    /// (which starts at `s`), or follow only a short lead-in with no cue of its own
    /// (`Instead, “Q.”`, `Then, “Q”`, `For farmers, on the other hand, “Q”`)? Such a
    /// quotation continues the attribution before it like one that opens its sentence.
    pub fn opens_after_lead_in(&self, s: usize, open: usize) -> bool {
        let ctx = self.ctx;
        // `stated. "“If …`: a stray mark before the opening one hides no lead-in.
        let mut s = s;
        while s < open && s < open.min(s + MAX_LEADING_MARKS) && self.is_stray_mark(s) {
            s += 1;
        }
        if s == open {
            return true;
        }
        open > s + 1
            && open <= s + MAX_LEAD_IN
            && ctx.is_punct(open - 1, ",")
            && self.opens_with_adverbial(s, open)
            && (s..open)
                .all(|k| ctx.cue(k).is_none() && !ctx.is_quote_mark(k) && !ctx.is_pronoun(k))
    }

    /// Does the sentence part from `s` open with a fronted adverbial before its subject: a
    /// preposition or conjunction ("On Thursday, …"), a participle ("Speaking aboard …, …"),
    /// an adverb ("Back in 1999, …", "Instead, …"), or a short time phrase whose comma
    /// follows an adverb ("Hours later, …", "A month later, …", "Two years ago, …")?
    fn opens_with_adverbial(&self, s: usize, limit: usize) -> bool {
        let ctx = self.ctx;
        let class = ctx.function_class(s);
        if matches!(class, Some(FunctionClass::Other | FunctionClass::Adverb))
            || self.fronted_opener(s)
            || ctx.norm(s).ends_with("ing")
            || ctx.norm(s).ends_with("ed")
            || (ctx.norm(s).ends_with("ly") && ctx.is_punct(s + 1, ","))
            || self.ly_adverb_opening(s)
        {
            return true;
        }
        // Rule `fronted_time_phrase`.
        (s + 1..limit.min(s + MAX_TIME_PHRASE + 1))
            .find(|&k| !ctx.is_word(k))
            .is_some_and(|k| {
                ctx.is_punct(k, ",") && ctx.function_class(k - 1) == Some(FunctionClass::Adverb)
            })
            || self.opening_phrase_then_clause(s, limit)
    }

    /// Rule `opening_phrase_then_clause`: a short opening phrase with no verb, ended by a
    /// comma, then a subject and its verb, is a fronted adverbial, whatever its words
    /// (`Earlier this week, Cole shared …`, `Likewise, a report by the board had …`); a name
    /// before an apposition (`Ann Cole, the mayor, said`) is followed by no verb.
    fn opening_phrase_then_clause(&self, s: usize, limit: usize) -> bool {
        let ctx = self.ctx;
        let chunks = ctx.chunks();
        let Some(k) = (s + 1..limit.min(s + MAX_TIME_PHRASE + 1)).find(|&k| !ctx.is_word(k)) else {
            return false;
        };
        if !ctx.is_punct(k, ",") || (s..k).any(|j| chunks.is_verb(j)) {
            return false;
        }
        let subject = k + 1;
        let opens = ctx.function_class(subject) == Some(FunctionClass::Determiner)
            || ctx.is_pronoun(subject)
            || ctx.is_cap(subject);
        let Some(np) = ctx.np_starting_at(subject, limit).filter(|_| opens) else {
            return false;
        };
        // The subject's verb, past a short modifier of it (`a report from the board had`),
        // not past a comma or a relative clause (`Ann Cole, the mayor who said`).
        (np.end..limit.min(np.end + MAX_TIME_PHRASE + 2))
            .take_while(|&j| {
                ctx.is_word(j) && ctx.function_class(j) != Some(FunctionClass::Relative)
            })
            .any(|j| chunks.is_verb(j))
    }

    /// Rule `fronted_opener`: a capitalised word of the `quote_words.txt` class
    /// `fronted_opener` opening the sentence (`Outside the arena, about 200 protesters …`,
    /// `Ever since she won, Ms. Cole …`) opens a fronted adverbial; it is no name to give a
    /// quotation to. Only here, at the sentence's start: inside a phrase the same words
    /// modify a noun (`outside experts`, `an inside source`).
    fn fronted_opener(&self, s: usize) -> bool {
        let ctx = self.ctx;
        ctx.is_cap(s) && ctx.is_class(s, QuoteWordClass::FrontedOpener)
    }

    /// Rule `ly_adverb_opening`: an -ly word opening the sentence before a lower-case
    /// preposition or -ing word is an adverb, not a name (`Shortly after the vote, Cole …`,
    /// `Immediately after the blast, …`; `Kelly said` keeps its name).
    fn ly_adverb_opening(&self, s: usize) -> bool {
        let ctx = self.ctx;
        let next = s + 1;
        ctx.norm(s).ends_with("ly")
            && ctx.is_word(next)
            && ctx.tok(next).starts_with(|c: char| c.is_lowercase())
            && (ctx.is_preposition(next) || ctx.norm(next).ends_with("ing"))
    }

    /// Rule `place_in_adverbial`: after the comma at `k` inside a fronted adverbial, is the
    /// next phrase still part of it? A place name's second part (`At an event in Ames, Iowa,
    /// on Sunday, Clinton …`, `In Salem, New Hampshire, Trump …`) is followed by a comma and
    /// then another preposition or the subject's capitalised name, not by the verb.
    fn adverbial_goes_on(&self, k: usize, limit: usize) -> bool {
        let ctx = self.ctx;
        let Some(np) = ctx.np_starting_at(k + 1, limit) else {
            return false;
        };
        if np.kind != NpKind::Name || !ctx.is_punct(np.end, ",") || !ctx.is_cap(k - 1) {
            return false;
        }
        let n = np.end + 1;
        ctx.is_preposition(n)
            || (ctx.is_cap(n)
                && ctx.function_class(n).is_none()
                && ctx.np_starting_at(n, limit).is_some_and(|p| {
                    p.kind == NpKind::Name && !ctx.is_punct(p.end, ",") && ctx.is_word(p.end)
                }))
    }

    /// A quotation opening its sentence right after a sentence that ends in a colon takes
    /// that sentence's attribution.
    pub fn colon_before(&self, open: usize) -> Option<Found> {
        let ctx = self.ctx;
        let p = self.before_stray_marks(0, open).checked_sub(1)?;
        if !ctx.is_punct(p, ":") {
            return None;
        }
        let s = self.sentence_start(p).max(self.paragraph_start(p, 200));
        self.before(s, p + 1)
    }

    /// A quotation that is a sentence of its own, right after a sentence in the same
    /// paragraph that attributes speech ("…, Schiff said. “…”", "X called him a master. “…”").
    pub fn previous_sentence(&self, open: usize) -> Option<Found> {
        let open = self.sentence_start(open).min(open);
        let p = open.checked_sub(1)?;
        if starts_paragraph(self.ctx.text, self.ctx.tokens, open) {
            return None;
        }
        let s = self.sentence_start(p).max(self.paragraph_start(p, 200));
        self.before(s, p + 1).filter(|f| f.how != How::Colon)
    }

    /// Rule `previous_paragraph_speech`: a quotation that is its whole paragraph, after a
    /// paragraph whose last sentence reports speech with no quotation of its own (`Cole
    /// praised the plan.` / `“We need it now.”`), is that sentence's speaker's; a sentence
    /// that holds a quotation is left to `bare_follow_on`.
    pub fn previous_paragraph_speech(&self, m: &Marked) -> Option<Found> {
        let (s, p) = self.bare_paragraph_after(m)?;
        self.before(s, p + 1)
            .filter(|f| f.how != How::Colon && f.how != How::According)
            .filter(|f| {
                f.cue
                    .is_some_and(|(v, _)| self.main_clause_report(s, f.np, v))
            })
    }

    /// A quotation that is its whole paragraph (closed, nothing but `.`/`,`/`;` after it),
    /// after a sentence with no quotation mark: that sentence's `[start, last token]`, the
    /// last token right before the quotation. `None` otherwise.
    fn bare_paragraph_after(&self, m: &Marked) -> Option<(usize, usize)> {
        let ctx = self.ctx;
        let open = m.open();
        if m.continues().is_some() || !starts_paragraph(ctx.text, ctx.tokens, open) {
            return None;
        }
        let mut a = m.after();
        m.close()?;
        while a < ctx.len() && matches!(ctx.tok(a), "." | "," | ";") {
            a += 1;
        }
        if a < ctx.len() && !starts_paragraph(ctx.text, ctx.tokens, a) {
            return None;
        }
        let p = open.checked_sub(1)?;
        let s = self.sentence_start(p).max(self.paragraph_start(p, 200));
        if (s..open).any(|k| ctx.is_quote_mark(k)) {
            return None;
        }
        Some((s, p))
    }

    /// Rule `previous_paragraph_speech_noun`: a quotation that is its whole paragraph, after
    /// a paragraph whose last sentence introduces a piece of speech by a speech noun
    /// (`quote_cue_nouns.txt`) rather than a speech verb, is that sentence's subject's: the
    /// noun new (`a`/`an`, at most two modifiers) as the object of the main verb (`Cole
    /// released a statement on Monday.` / `“…”`), or opening the sentence in `In a …,`
    /// before the subject (`In a video posted online, Cole thanks voters.`). The verb must
    /// not be negated, and the subject not stand in a relative or adverbial clause; `the
    /// statement` (no new speech) does not introduce.
    pub fn previous_paragraph_speech_noun(&self, m: &Marked) -> Option<Found> {
        let ctx = self.ctx;
        let (s, p) = self.bare_paragraph_after(m)?;
        let end = p + 1;
        let chunks = ctx.chunks();
        // The noun after `a`/`an` and at most two modifiers: the token of the determiner.
        let new_noun_det = |k: usize| -> Option<usize> {
            if !(ctx.is_word(k) && ctx.tok(k).starts_with(char::is_lowercase) && ctx.is_cue_noun(k))
            {
                return None;
            }
            let mut d = k.checked_sub(1)?;
            let mut modifiers = 0;
            while d > s && modifiers < MAX_NOUN_MODIFIERS && self.noun_modifier(d) {
                d -= 1;
                modifiers += 1;
            }
            ctx.is_any(d, &["a", "an"]).then_some(d)
        };
        // `In a video posted online, Cole thanks voters.`
        if ctx.is_any(s, &["in"]) {
            if let Some(k) = (s + 2..end.min(s + 5)).find(|&k| new_noun_det(k) == Some(s + 1)) {
                let comma = (k + 1..end).find(|&j| ctx.tok(j) == ",")?;
                let np = ctx.np_starting_at(comma + 1, end)?;
                let v = np.end;
                // `Cole addresses voters`: after a name, a lower-case `-s` word is its verb.
                let s_verb = np.kind == NpKind::Name
                    && ctx.is_word(v)
                    && ctx.tok(v).starts_with(char::is_lowercase)
                    && ctx.tok(v).ends_with('s')
                    && ctx.function_class(v).is_none();
                let verb = v < end && (chunks.verb_form(v) || s_verb) && !ctx.negated(v);
                let own = ctx
                    .subject_before(v, comma + 1)
                    .is_some_and(|o| o.start == np.start);
                return (verb && own && self.main_clause_report(comma + 1, np, v)).then_some(
                    Found {
                        np,
                        cue: Some((s, k + 1)),
                        how: How::Before,
                    },
                );
            }
        }
        // `Cole released a statement on Monday.`
        let (d, k) = (s + 2..end).find_map(|k| new_noun_det(k).map(|d| (d, k)))?;
        let v = d - 1;
        if !chunks.verb_form(v) || ctx.cue(v).is_some() || ctx.negated(v) || v <= s {
            return None;
        }
        let np = ctx.subject_before(v, s)?;
        if self.in_adverbial_clause(np.start, s) || !self.main_clause_report(s, np, v) {
            return None;
        }
        Some(Found {
            np,
            cue: Some((v, k + 1)),
            how: How::Before,
        })
    }

    /// Rule `relative_clause_object`: `One official who relayed the exchange said …` — a
    /// subject after a lower-case relative word with a verb between them (and no comma) is
    /// that clause's object; the cue is the antecedent's, the phrase right before the relative
    /// word. `None` when no such clause.
    fn relative_clause_object(&self, s: usize, np: Np, v: usize) -> Option<Np> {
        let ctx = self.ctx;
        let chunks = ctx.chunks();
        let r = (s + 1..np.start).rev().find(|&k| {
            ctx.is_class(k, QuoteWordClass::RelativeOpener)
                && ctx.tok(k).starts_with(char::is_lowercase)
        })?;
        let verb = |k: usize| chunks.verb_form(k) || ctx.cue(k).is_some();
        // `In Iowa, where he campaigned, Cole said`: a mark (a comma, a dash, a colon) closed
        // the clause, or ended the sentence, before the subject.
        let closed = (r + 1..np.start)
            .any(|k| !ctx.is_word(k) && ctx.kind(k) != Some(crate::tokenize::TokenKind::Number));
        if closed || !(r + 1..np.start).any(verb) || (r + 1..v).any(|k| ctx.is_quote_mark(k)) {
            return None;
        }
        let head = ctx.subject_before(r, s)?;
        (head.end == r && !verb(r - 1)).then_some(head)
    }

    /// Rule `main_clause_report`: the previous paragraph's speaker is the subject of its
    /// main clause, whose verb is the cue (`Cole praised the plan.`): not a subject inside
    /// a relative clause (`The bill, which the mayor announced, passed.`, `Smith, who told
    /// reporters …, ran again.`), nor a source credited after a clause of its own (`Smith
    /// won the race, the network reported.`).
    fn main_clause_report(&self, s: usize, np: Np, v: usize) -> bool {
        let ctx = self.ctx;
        let relative = |k: usize| {
            ctx.is_class(k, QuoteWordClass::RelativeOpener)
                && ctx.tok(k).starts_with(char::is_lowercase)
        };
        // `Smith, who told reporters …`: the cue sits between a relative word and the comma
        // closing its clause; `Cole, who leads the union, said` has closed it.
        let after_comma = (np.start..v)
            .rev()
            .find(|&j| ctx.is_punct(j, ","))
            .map_or(np.start, |j| j + 1);
        // `One official who relayed the exchange said`: the cue is the antecedent's.
        let antecedent = ctx
            .subject_before(v, s)
            .and_then(|own| self.relative_clause_object(s, own, v))
            .is_some();
        let cue_inside = !antecedent && (after_comma..v).any(relative);
        if self.cue_in_relative_clause(v, s) || cue_inside {
            return false;
        }
        !self.credited_after_clause(s, np, v)
    }

    /// `Smith won the race, the network reported on Tuesday.`: by clause shape — no clause
    /// follows the cue (only adverbials, time words or an -ing phrase up to the sentence's
    /// end), and the words before the subject's comma are a main clause with a subject of
    /// their own (not `After the vote, Cole said …`, nor `As the results came in, Cole
    /// conceded.`, which opens with a subordinator).
    fn credited_after_clause(&self, s: usize, np: Np, v: usize) -> bool {
        let ctx = self.ctx;
        let chunks = ctx.chunks();
        let end = (v + 1..ctx.len())
            .find(|&k| {
                matches!(ctx.tok(k), "." | "!" | "?") && !ctx.is_abbreviation_period(k)
                    || ctx.is_quote_mark(k)
                    || ctx.line_before(k)
            })
            .unwrap_or(ctx.len());
        let finite = |k: usize| {
            (chunks.verb_form(k) || ctx.cue(k).is_some_and(|f| !f.ing))
                && !ctx.tok(k).ends_with("ing")
        };
        let no_clause_after = !(v + 1..end).any(finite);
        no_clause_after
            && np.start > s + 1
            && !ctx.is_class(s, QuoteWordClass::Subordinator)
            && ctx.is_punct(np.start - 1, ",")
            && (s + 1..np.start - 1).any(|k| {
                (chunks.verb_form(k) || ctx.cue(k).is_some())
                    && ctx.subject_before(k, s).is_some_and(|sub| sub.end <= k)
            })
    }

    /// `[floor, open)` for the before-the-quote window: the sentence start, or the end of an
    /// earlier quotation in the same sentence.
    pub fn before_floor(&self, open: usize, prev_after: Option<usize>) -> usize {
        let s = self.sentence_start(open);
        let p = self.paragraph_start(open, 400);
        let mut floor = s.max(p);
        if let Some(a) = prev_after {
            if a <= open {
                floor = floor.max(a);
            }
        }
        floor
    }
}

#[cfg(test)]
#[path = "attribution_tests.rs"]
pub(crate) mod tests;
