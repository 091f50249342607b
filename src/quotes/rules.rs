//! The direct-quote cascade as named, ordered rule lists (citron / pySBD style).
//!
//! `quotes::extract` reads as cue → content → source → resolve: the marks are paired into
//! quotations (`marks`), then four lists run in order:
//!
//! * [`SOURCE_RULES`], once per outermost quotation, left to right: each `Find` rule is tried
//!   while no earlier rule has found a source (speaker mention, cue, how); each `Revise` rule
//!   is tried once one has, and may replace it with a better one.
//! * [`SHARE_RULES`], once per document after every quotation has been tried: quotations
//!   still without a source take one from the quotations around them (continued paragraphs,
//!   bare follow-on quotations) or, last, from their sentence's subject.
//! * [`TYPE_RULES`], once per quotation: the first rule with an opinion types the span
//!   (title, or what `classify` reads from its form).
//! * [`SPEECH_RULES`], once per document after reported speech is found: a short fragment
//!   typed `term`, or a `partial` or `quote` with no source, takes the source of the
//!   reported speech it sits in.
//!
//! The source found is then resolved to the fullest name in the document (`resolve`).
//! Every rule has invented cases in `tests/data/quote_rules.jsonl`, and a test switches each
//! rule off to show that its cases then come out differently.

use std::cell::OnceCell;

use super::attribution::{Attributor, Found, How};
use super::lexicons::{
    FunctionClass, QuoteWordClass, CHANT_NOUNS, CHARACTERISING_VERBS, OPENING_CONNECTIVES,
};
use super::marks::{starts_paragraph, Marked, Style};
use super::syntax::{Ctx, Np, NpKind};
use super::{classify, CueKind, Quote, QuoteType};
use crate::sentences::Sentence;
use crate::tokenize::TokenKind;
use crate::tokenize::Whitespace;

/// The most name tokens a signature after a quotation holds (`― Julie A. Diaz Martinez`).
const MAX_SIGNATURE: usize = 6;
/// How far after `by` the agent of an `according to` source may run (`rule
/// according_to_agent`).
const AGENT_WINDOW: usize = 12;

/// Which rules run: all of them, or all but one (to test what each rule does on its own).
#[derive(Clone, Copy, Debug, Default)]
pub(crate) struct RuleSwitch {
    pub off: Option<&'static str>,
}

impl RuleSwitch {
    pub(crate) fn on(&self, name: &str) -> bool {
        self.off.is_none_or(|o| o != name)
    }
}

/// One document's outermost quotations and what the rules read about them.
pub(crate) struct Doc<'c, 'a> {
    pub ctx: &'c Ctx<'a>,
    pub sentences: &'c [Sentence],
    pub att: Attributor<'c, 'a>,
    /// The outermost quotations, in text order.
    pub outer: &'c [&'c Marked],
    /// The index in `outer` of each paired quotation, by its index in the paired marks
    /// (`usize::MAX` for nested ones): how a continued paragraph finds the one it continues.
    pub outer_index: &'c [usize],
    /// The end of the article's headline (0 when it has none), see `super::headline_end`.
    pub headline_end: usize,
    /// The end of the deck under the headline (`super::headline_deck_end`), on first use.
    pub deck_end: OnceCell<usize>,
    /// How many outermost quotations take double marks and single marks, on first use (rule
    /// `single_mark_crosshead`).
    pub mark_styles: OnceCell<(usize, usize)>,
    /// The number of words in the text's first sentence, counted up to one past
    /// [`super::HEADLINE_WORDS`] on the first ask (rule `flattened_single_mark_headline`): one
    /// walk per document, not one per quotation.
    pub first_sentence_words: OnceCell<usize>,
}

impl Doc<'_, '_> {
    fn sentence_of(&self, i: usize) -> u32 {
        self.ctx.tokens.get(i).map_or(0, |t| t.sentence)
    }

    /// The first token of the sentence holding token `i`.
    fn sentence_start(&self, i: usize) -> usize {
        self.sentences
            .get(self.sentence_of(i) as usize)
            .map_or(0, |s| s.token_start)
    }

    /// Whether token `i` opens its sentence, after at most a short lead-in (`Instead, “Q”`).
    fn starts_sentence(&self, i: usize) -> bool {
        self.sentences
            .get(self.sentence_of(i) as usize)
            .is_some_and(|s| self.att.opens_after_lead_in(s.token_start, i))
    }

    fn starts_paragraph(&self, i: usize) -> bool {
        starts_paragraph(self.ctx.text, self.ctx.tokens, i)
    }

    /// The name `[start, end)` signing quotation `n` (`“…” ― Ann Cole`): a dash right after
    /// its closing mark, then capitalised words up to the end of the text or paragraph, a
    /// quotation mark or a period. `None` when there is no such signature.
    fn signature_after(&self, n: usize) -> Option<(usize, usize)> {
        let ctx = self.ctx;
        let m = self.outer.get(n)?;
        m.close()?;
        let dash = m.after();
        if !matches!(ctx.tok(dash), "―" | "—" | "–" | "-" | "--") {
            return None;
        }
        let start = dash + 1;
        let end = (start..(start + MAX_SIGNATURE + 1).min(ctx.len()))
            .find(|&k| !ctx.is_cap(k))
            .unwrap_or(ctx.len());
        let ends = end >= ctx.len()
            || self.starts_paragraph(end)
            || ctx.is_quote_mark(end)
            || ctx.is_punct(end, ".");
        (end > start && end - start <= MAX_SIGNATURE && ends).then_some((start, end))
    }

    /// Rule `signature_ends_sentence`: quotation `n` opens right after the previous one's
    /// signature (`“…” ― Ann Cole “…”`), which ends that quotation's line even when the line
    /// break was lost: it opens a sentence, and nothing before it is its source.
    fn follows_signature(&self, n: usize) -> bool {
        let open = self.outer[n].open();
        n.checked_sub(1)
            .and_then(|p| self.signature_after(p))
            .is_some_and(|(_, e)| e == open || (e + 1 == open && self.ctx.is_punct(e, ".")))
    }

    /// The first token of the sentence holding quotation `n`'s opening mark, or the mark
    /// itself when it follows a signature (`follows_signature`).
    fn quote_sentence_start(&self, n: usize) -> usize {
        let open = self.outer[n].open();
        if self.follows_signature(n) {
            open
        } else {
            self.sentence_start(open)
        }
    }

    /// Runs the source rules on every quotation in order, then the share rules.
    pub fn sources(&self, switch: RuleSwitch) -> Vec<Option<Found>> {
        let mut found: Vec<Option<Found>> = Vec::with_capacity(self.outer.len());
        // The previous quotation's after-window read, if its rules made it.
        let mut kept_after = None;
        for n in 0..self.outer.len() {
            let piece = Piece::new(self, n, &found, kept_after);
            let mut f = None;
            for rule in SOURCE_RULES.iter().filter(|r| switch.on(r.name)) {
                match (rule.apply, f) {
                    (Apply::Find(find), None) => f = find(&piece),
                    (Apply::Revise(revise), Some(cur)) => f = revise(&piece, cur).or(f),
                    _ => {}
                }
            }
            kept_after = piece.kept_after();
            found.push(f);
        }
        for rule in SHARE_RULES.iter().filter(|r| switch.on(r.name)) {
            (rule.apply)(self, &mut found);
        }
        found
    }

    /// Runs the type rules on quotation `n`; the first opinion decides. `earlier` holds the
    /// types of the quotations before it.
    pub fn kind(
        &self,
        n: usize,
        found: Option<&Found>,
        earlier: &[QuoteType],
        switch: RuleSwitch,
    ) -> QuoteType {
        TYPE_RULES
            .iter()
            .filter(|r| switch.on(r.name))
            .find_map(|r| (r.decide)(self, n, found, earlier))
            .unwrap_or(QuoteType::Quote)
    }
}

/// One outermost quotation as the source rules see it.
pub(crate) struct Piece<'p, 'c, 'a> {
    pub doc: &'p Doc<'c, 'a>,
    /// Its index in `doc.outer`.
    pub n: usize,
    pub m: &'c Marked,
    /// Where the next quotation opens (the attribution window after this one ends there).
    pub next_open: usize,
    /// The quotation before it, and that one again when it ends in this one's sentence and
    /// paragraph.
    pub prev: Option<&'c Marked>,
    pub prev_same_sentence: Option<&'c Marked>,
    /// How far back an attribution before it may reach.
    pub floor: usize,
    /// It opens its sentence or its paragraph.
    pub opens_sentence: bool,
    /// What the rules found for the quotations before it.
    pub earlier: &'p [Option<Found>],
    /// [`Attributor::before`] over `[floor, open)` and [`Attributor::after`] up to
    /// `next_open`, each computed on first use: several rules read the same window.
    before: OnceCell<Option<Found>>,
    after: OnceCell<Option<Found>>,
    /// [`Attributor::after`] of the quotation before it up to this one's opening mark, when
    /// the rules of that quotation read it (its `after` with the same window).
    prev_after: Option<Option<Found>>,
}

impl<'p, 'c, 'a> Piece<'p, 'c, 'a> {
    /// `kept_after` is the previous piece's [`Piece::kept_after`].
    fn new(
        doc: &'p Doc<'c, 'a>,
        n: usize,
        earlier: &'p [Option<Found>],
        kept_after: Option<(usize, Option<Found>)>,
    ) -> Self {
        let m = doc.outer[n];
        let att = &doc.att;
        let end = doc.ctx.len();
        // A nickname inside the name that follows (“…,” Marcia “Cia” Price said) does not end
        // the window for this quotation's attribution.
        let next_open = match doc.outer.get(n + 1) {
            Some(o) if att.is_nickname_mark(o.open()) => {
                doc.outer.get(n + 2).map_or(end, |o| o.open())
            }
            Some(o) => o.open(),
            None => end,
        };
        let prev = n.checked_sub(1).map(|p| doc.outer[p]);
        // Read once here (it reads the previous quotation's signature), not once per field.
        let follows_signature = doc.follows_signature(n);
        let prev_same_sentence = prev.filter(|p| {
            doc.sentence_of(p.after().saturating_sub(1)) == doc.sentence_of(m.open())
                && !doc.starts_paragraph(m.open())
                && !follows_signature
        });
        Piece {
            doc,
            n,
            m,
            next_open,
            prev,
            prev_same_sentence,
            floor: if follows_signature {
                m.open()
            } else {
                att.before_floor(m.open(), prev.map(|p| p.after()))
            },
            opens_sentence: doc.starts_sentence(m.open())
                || doc.starts_paragraph(m.open())
                || follows_signature,
            earlier,
            before: OnceCell::new(),
            after: OnceCell::new(),
            prev_after: kept_after
                .filter(|&(ceil, _)| ceil == m.open())
                .map(|(_, a)| a),
        }
    }

    /// Its after-window read with the window's end (`next_open`), if a rule made it.
    fn kept_after(&self) -> Option<(usize, Option<Found>)> {
        self.after.get().map(|&a| (self.next_open, a))
    }

    /// The attribution before the quotation, in `[floor, open)` ([`Attributor::before`]);
    /// computed once per quotation for the rules `before_in_sentence`, `before` and
    /// `lead_in_yields`.
    fn before(&self) -> Option<Found> {
        *self
            .before
            .get_or_init(|| self.att().before(self.floor, self.m.open()))
    }

    /// The attribution after the quotation, up to `next_open` ([`Attributor::after`]);
    /// computed once per quotation for the rules `before_in_sentence` and `after`.
    fn after(&self) -> Option<Found> {
        *self
            .after
            .get_or_init(|| self.att().after(self.m, self.next_open))
    }

    fn att(&self) -> &Attributor<'c, 'a> {
        &self.doc.att
    }

    /// What the rules found for the quotation just before this one.
    fn previous_found(&self) -> Option<Found> {
        self.n.checked_sub(1).and_then(|p| self.earlier[p])
    }
}

/// How a source rule takes part in the cascade.
#[derive(Clone, Copy)]
pub(crate) enum Apply {
    /// Tried while no rule has found a source: returns one, or passes.
    Find(fn(&Piece) -> Option<Found>),
    /// Tried once a source is found: returns a better one, or keeps the one found.
    Revise(fn(&Piece, Found) -> Option<Found>),
}

/// A named attribution pattern, tried on one quotation.
pub(crate) struct SourceRule {
    pub name: &'static str,
    pub doc: &'static str,
    pub apply: Apply,
}

/// A named pass over the whole document's sources.
pub(crate) struct ShareRule {
    pub name: &'static str,
    pub doc: &'static str,
    pub apply: fn(&Doc, &mut [Option<Found>]),
}

/// A named rule on a quotation's type: `Some(kind)` decides, `None` passes.
pub(crate) struct TypeRule {
    pub name: &'static str,
    pub doc: &'static str,
    pub decide: fn(&Doc, usize, Option<&Found>, &[QuoteType]) -> Option<QuoteType>,
}

/// The attribution patterns, in the order they are tried on each quotation.
pub(crate) const SOURCE_RULES: &[SourceRule] = &[
    SourceRule {
        name: "transcript",
        doc: "a transcript turn `COLE: “…”` / `Q: …` is its label's",
        apply: Apply::Find(|p| p.att().transcript_speaker(p.m)),
    },
    SourceRule {
        name: "trailing_according_to",
        doc: "`“…,” according to X` (and `as X puts it`, `, as X said`) right after the quotation",
        apply: Apply::Find(|p| p.att().trailing_source(p.m)),
    },
    SourceRule {
        name: "before_in_sentence",
        doc: "a quotation inside a sentence takes the cue before it in that sentence first \
              (`Japan branded it an “outlaw nation.” Russia insisted …`), not a colon",
        apply: Apply::Find(before_in_sentence),
    },
    SourceRule {
        name: "after",
        doc: "`“…,” X said` / `“…,” said X` / `“….” X said.` after the closing mark, unless \
              the cue opens a label (`“….” Editor’s note: …`)",
        apply: Apply::Find(|p| p.after().filter(|f| !cue_opens_a_label(p, f))),
    },
    SourceRule {
        name: "signature",
        doc: "`“…” ― Ann Cole` signs the quotation, also when a period and more text follow \
              the name on the run-together line (flattened text)",
        apply: Apply::Find(|p| {
            let (start, end) = p.doc.signature_after(p.n)?;
            let np = p.doc.ctx.np_starting_at(start, end)?;
            (np.kind == NpKind::Name && np.end == end).then_some(Found {
                np,
                cue: None,
                how: How::After,
            })
        }),
    },
    SourceRule {
        name: "signature_line_before_closer",
        doc: "a quotation opening its paragraph and cut at the line end, then a line that is \
              only a name (and a comma and an affiliation) closed by a period and the \
              quotation's closing mark (`\"Q.` / `Ann Cole, Farm Bureau.\"`), is that name's",
        apply: Apply::Find(signature_line_before_closer),
    },
    SourceRule {
        name: "after_past_stray_mark",
        doc: "`“…,” \"Cole added.`: a stray straight mark set before the attribution, opening \
              no quotation, hides nothing; the attribution is read past it",
        apply: Apply::Find(after_past_stray_mark),
    },
    SourceRule {
        name: "lead_in_yields",
        doc: "an attribution that introduces the next quotation (`“….” She adds, “…”`) serves \
              this one only when nothing before it does",
        apply: Apply::Revise(lead_in_yields),
    },
    SourceRule {
        name: "next_sentence_yields_to_run",
        doc: "a quotation that continues an attributed one and ends its sentence keeps that \
              source over a cue in the next sentence, unless that sentence is only `X said.`",
        apply: Apply::Revise(next_sentence_yields_to_run),
    },
    SourceRule {
        name: "before",
        doc: "`X said, “…”` / `according to X, “…”` / `X said that “…”` before the quotation",
        apply: Apply::Find(|p| p.before()),
    },
    SourceRule {
        name: "quoted_by_agent_before",
        doc: "`Cole was quoted by the Daily Mail as saying “…”`: the agent of a quoting \
              passive reports the words and is the source, not the subject quoted",
        apply: Apply::Revise(quoted_by_agent_before),
    },
    SourceRule {
        name: "characterised_as",
        doc: "`Cole portrayed the plan as a “giveaway”`: a quotation after `as` that a \
              characterising verb's subject applies is that subject's",
        apply: Apply::Find(characterised_as),
    },
    SourceRule {
        name: "characterised_by_agent",
        doc: "`The inquiry, often labeled as a “witch hunt” by critics, …`: a characterising \
              participle opening an aside has no subject of its own; its `by` agent after the \
              quotation is the source, not the noun the aside follows",
        apply: Apply::Revise(characterised_by_agent),
    },
    SourceRule {
        name: "colon_before",
        doc: "a sentence ending in a colon with a subject (`The mayor had a warning: “…”`)",
        apply: Apply::Find(|p| p.att().colon_before(p.m.open())),
    },
    SourceRule {
        name: "parenthetical",
        doc: "an attribution set in the quotation's sentence after it (`“…” — X — …`, \
              `“…” one said`); not after a quotation that ends its sentence with a period",
        apply: Apply::Find(|p| {
            let ctx = p.doc.ctx;
            let m = p.m;
            let full_stop = m.end() > m.first() && ctx.is_punct(m.end() - 1, ".");
            (!full_stop)
                .then(|| p.att().parenthetical(m, p.next_open))
                .flatten()
        }),
    },
    SourceRule {
        name: "later_fragment_cue",
        doc: "a quotation opening its sentence that a few words join to a second quotation \
              attributed right after it (`“Slow” but “worth it,” she said.`) shares that \
              attribution",
        apply: Apply::Find(later_fragment_cue),
    },
    SourceRule {
        name: "continues_previous",
        doc: "a quotation sentence right after an attributed quotation in the same paragraph \
              continues it (`“…,” said Cole. “…”`)",
        apply: Apply::Find(continues_previous),
    },
    SourceRule {
        name: "previous_sentence",
        doc: "a quotation opening its sentence after a sentence naming the speaker with a cue \
              (`Cole spoke next. “…”`)",
        apply: Apply::Find(|p| {
            (p.opens_sentence && !p.doc.follows_signature(p.n))
                .then(|| p.att().previous_sentence(p.m.open()))
                .flatten()
        }),
    },
    SourceRule {
        name: "previous_paragraph_speech",
        doc: "a quotation that is its whole paragraph, after a paragraph ending in reported \
              speech with no quotation (`Cole praised the plan.` / `“…”`), is its speaker's",
        apply: Apply::Find(|p| p.att().previous_paragraph_speech(p.m)),
    },
    SourceRule {
        name: "previous_paragraph_speech_noun",
        doc: "a quotation that is its whole paragraph, after a paragraph whose last sentence \
              introduces speech by a new speech noun (`Cole released a statement.` / `In a \
              video posted online, Cole thanks voters.` then `“…”`), is that subject's",
        apply: Apply::Find(|p| p.att().previous_paragraph_speech_noun(p.m)),
    },
    SourceRule {
        name: "inherited_in_sentence",
        doc: "a second quotation in the same sentence shares the first one's source \
              (`Cole called it “slow” and “unfair.”`)",
        apply: Apply::Find(|p| {
            p.prev_same_sentence?;
            let f = p.previous_found()?;
            // `relative_closed_before_quote`: the first one's relative clause closed before
            // this one, which is the main clause's.
            let f = p
                .att()
                .inherited_past_relative(f, p.floor, p.m.open())
                .unwrap_or(f);
            Some(Found {
                how: How::Inherited,
                ..f
            })
        }),
    },
    SourceRule {
        name: "inner_cue_yields_to_outer_report",
        doc: "a possessed speech noun the quotation speaks about (`Ryan said Cole's remarks \
              “…”`) or a naming verb in a relative clause (`whom he called “…”`) inside \
              another speaker's report in the sentence: that outer speaker's",
        apply: Apply::Revise(inner_cue_yields_to_outer_report),
    },
    SourceRule {
        name: "sentence_final_report",
        doc: "a report closing the quotation's sentence after it (`Cole called it “slow,” the \
              paper reported.`, `…, according to a source.`) wins over a cue before it",
        apply: Apply::Revise(sentence_final_report),
    },
    SourceRule {
        name: "nested_in_temporal_clause",
        doc: "a cue in a `when`/`after`/`before` clause after a quotation the sentence already \
              attributed reports nested speech: the outer source keeps it",
        apply: Apply::Revise(nested_in_temporal_clause),
    },
    SourceRule {
        name: "poll_reports_its_respondents",
        doc: "a share of respondents saying the quotation in a sentence that opens with the \
              poll (`In a poll released Monday, 31% of voters said they were “Q”`) is the poll's",
        apply: Apply::Revise(poll_reports_its_respondents),
    },
    SourceRule {
        name: "outer_according_to",
        doc: "nested attribution (`according to X, Y said “…”`) takes the outermost source",
        apply: Apply::Revise(|p, f| p.att().outer_according_to(&f)),
    },
    SourceRule {
        name: "according_to_agent",
        doc: "an `according to` source that a `by` phrase completes (`according to a court \
              filing by Ann Cole`, `according to audio provided by the station`) is the whole \
              phrase, its agent included",
        apply: Apply::Revise(according_to_agent),
    },
];

/// Most words between a quoting passive's participle and `as` (`quoted by the Australian
/// newspaper as saying`): rule `quoted_by_agent_before`.
const MAX_QUOTING_AGENT: usize = 12;

/// Rule `quoted_by_agent_before`: a speech -ing cue after `as` (`… as saying “…”`) whose
/// `as` closes `be` + a past participle + `by`/`in` + a noun phrase (`Cole was quoted by the
/// Daily Mail as saying`): the agent is the source (issue 14: nested attribution takes the
/// outer source; PolNeAR credits the outlet).
fn quoted_by_agent_before(p: &Piece, f: Found) -> Option<Found> {
    let ctx = p.doc.ctx;
    let agent = f.cue.and_then(|(c, _)| {
        let as_at = c.checked_sub(1).filter(|&a| ctx.is_any(a, &["as"]))?;
        ctx.cue(c).filter(|form| form.ing)?;
        (as_at.saturating_sub(MAX_QUOTING_AGENT)..as_at)
            .rev()
            .take_while(|&k| ctx.is_word(k) || ctx.is_punct(k, ","))
            .filter(|&k| {
                k > 0 && ctx.is_class(k - 1, QuoteWordClass::Be) && ctx.lower(k).ends_with("ed")
            })
            .find_map(|v| p.att().quoting_agent(v, c + 1).map(|np| (np, v)))
    });
    Some(match agent {
        Some((np, v)) => Found {
            np,
            cue: Some((v, v + 1)),
            how: f.how,
        },
        None => f,
    })
}

/// After a quotation that ends its sentence, a cue right before a colon that no quotation
/// follows (`“….” Editor’s note: Trump …`) labels the text after it; in flattened text it
/// would otherwise be read as the attribution of the quotation before it.
fn cue_opens_a_label(p: &Piece, f: &Found) -> bool {
    let ctx = p.doc.ctx;
    let Some((_, end)) = f.cue else {
        return false;
    };
    let m = p.m;
    let ends_sentence = m.end() > m.first() && matches!(ctx.tok(m.end() - 1), "." | "!" | "?");
    ends_sentence
        && end > f.np.end
        && ctx.is_punct(end, ":")
        && !(end + 1..(end + 3).min(ctx.len())).any(|k| ctx.is_quote_mark(k))
}

/// Rule `after_past_stray_mark`: the token right after the closing mark is a quotation
/// mark set apart before a word that opens no kept quotation (markup debris, a typo); the
/// `after` pattern is tried as if the quotation closed there.
fn after_past_stray_mark(p: &Piece) -> Option<Found> {
    let ctx = p.doc.ctx;
    let m = p.m;
    let stray = m.close()? + 1;
    let is_stray = stray + 1 < ctx.len()
        && ctx.is_quote_mark(stray)
        && ctx.tokens[stray].ws_before != Whitespace::None
        && ctx.tokens[stray + 1].ws_before == Whitespace::None
        && !ctx.is_quote_mark(stray + 1)
        && p.att()
            .quoted
            .binary_search_by_key(&stray, |&(o, _)| o)
            .is_err();
    if !is_stray {
        return None;
    }
    let past = Marked::new(
        m.open(),
        Some(stray),
        m.first(),
        m.end(),
        m.span(),
        m.style(),
        m.depth(),
        m.continues(),
    );
    p.att()
        .after(&past, p.next_open)
        .filter(|f| !cue_opens_a_label(p, f))
}

/// Rule `inner_cue_yields_to_outer_report` (see `super::nested`). A second quotation in
/// the sentence, whose window starts after the first, takes the first one's source when
/// that was found before it (`Cole said it was “slow” and, what he called, “unfair.”`).
fn inner_cue_yields_to_outer_report(p: &Piece, f: Found) -> Option<Found> {
    let att = p.att();
    let nest = att.nest_start(&f, p.m.open())?;
    if let Some(outer) = att.outer_report(nest, p.floor) {
        return Some(outer);
    }
    let prev = p.prev_same_sentence?;
    let first = p.previous_found()?;
    let (v, _) = first.cue?;
    (first.how == How::Before && v < prev.open()).then_some(Found {
        how: How::Inherited,
        ..first
    })
}

/// Rule `sentence_final_report` (see `super::nested`): only over a source found before the
/// quotation (or taken from around it); a cue after it is already the nearest one.
fn sentence_final_report(p: &Piece, f: Found) -> Option<Found> {
    let open = p.m.open();
    let before = f.cue.is_none_or(|(v, _)| v < open) && f.how != How::After;
    if !before {
        return None;
    }
    p.att().sentence_final_report(p.m.after(), p.next_open)
}

/// Rule `poll_reports_its_respondents`: `In a national poll released Monday, 31% of
/// Republicans said they were “extremely enthusiastic”`. The cue found before the quotation
/// has a share for its subject (a figure or `percent` between the opening phrase's comma and
/// the cue), and the sentence opens with `In` and a phrase headed by a document noun
/// (`indirect_nouns.txt`: poll, survey, study) set off by a comma: the respondents' words
/// are the poll's finding, and the poll is the source.
fn poll_reports_its_respondents(p: &Piece, f: Found) -> Option<Found> {
    let ctx = p.doc.ctx;
    let (v, _) = f.cue?;
    let s = p.doc.sentence_start(p.m.open());
    // Cheap first: the sentence opens with `In`.
    if f.how != How::Before || v <= s || !ctx.is_any(s, &["in"]) {
        return None;
    }
    let comma = (s + 1..f.np.start.min(v)).find(|&k| ctx.is_punct(k, ","))?;
    let share = (comma + 1..v).any(|k| {
        ctx.tok(k).starts_with(|c: char| c.is_ascii_digit()) || ctx.is_any(k, &["percent", "%"])
    });
    if !share {
        return None;
    }
    let noun = (s + 1..comma).find(|&k| super::indirect::document_noun_at(ctx, k))?;
    // The chunker may stop inside a long poll name (`CNN/ORC poll`, `Post-ABC News poll`):
    // then the whole phrase up to the comma.
    let poll = ctx
        .np_starting_at(s + 1, comma)
        .filter(|np| np.end > noun)
        .unwrap_or(Np {
            start: s + 1,
            end: comma,
            mention_start: s + 1,
            kind: NpKind::Common,
        });
    Some(Found {
        np: poll,
        cue: Some((s, s + 1)),
        how: How::According,
    })
}

/// Rule `before_in_sentence`.
fn before_in_sentence(p: &Piece) -> Option<Found> {
    if p.opens_sentence {
        return None;
    }
    p.att()
        .before_or_adjacent_after(p.m, p.floor, p.before(), || p.after())
}

/// Rule `characterised_as`: `Cole portrayed the plan as a “giveaway”`, `heralded the deal
/// as a “breakthrough”`, `sought to portray it as a “workplace” issue`: a quotation right
/// after `as` (and a determiner or `mere`) whose clause holds, a few words before, a
/// characterising verb (`quote_characterising_verbs.txt`, or an `object` cue verb: describe,
/// label, refer) is the word of that verb's subject, or in the passive of its `by` agent
/// after the quotation (`labeled as a “witch hunt” by Democrats`); a passive with no agent
/// names nobody. `known as`, `dubbed` stay terms (`so_called`).
fn characterised_as(p: &Piece) -> Option<Found> {
    let ctx = p.doc.ctx;
    let v = characterising_verb(p)?;
    if ctx.negated(v) {
        return None;
    }
    let np = if be_before(ctx, v) {
        by_agent_after(p)?
    } else if v > p.floor + 1 && ctx.lower(v - 1) == "to" {
        // `for news accounts to portray`, `officials started to portray`.
        let control = v - 2;
        let controls = ctx.chunks().is_verb(control) && !ctx.is_class(control, QuoteWordClass::Be);
        ctx.np_ending_at(control, p.floor)
            .filter(|np| np.start > p.floor && ctx.lower(np.start - 1) == "for")
            .or_else(|| {
                controls
                    .then(|| ctx.subject_before(control, p.floor))
                    .flatten()
            })?
    } else {
        ctx.subject_before(v, p.floor)?
    };
    Some(Found {
        np,
        cue: Some((v, v + 1)),
        how: How::Before,
    })
}

/// Rule `characterised_by_agent`: the cue found is the characterising verb of
/// [`characterised_as`], a lower-case `-ed` participle right after a comma or dash (past
/// adverbs: `, often labeled as`), and a `by` agent follows the closing mark: the participle
/// is a reduced passive whose agent applied the words; the noun before the aside is what
/// they were applied to.
fn characterised_by_agent(p: &Piece, f: Found) -> Option<Found> {
    let (c, _) = f.cue?;
    let ctx = p.doc.ctx;
    if !ctx.lower(c).ends_with("ed") || characterising_verb(p)? != c {
        return None;
    }
    let opener = (p.floor..c)
        .rev()
        .find(|&k| ctx.function_class(k) != Some(FunctionClass::Adverb))?;
    if !matches!(ctx.tok(opener), "," | "—" | "–") {
        return None;
    }
    Some(Found {
        np: by_agent_after(p)?,
        cue: Some((c, c + 1)),
        how: How::Before,
    })
}

/// The characterising verb of [`characterised_as`]: `as` (past a determiner or `mere`)
/// right before the opening mark (not `such as`, `just as`: `comparison_lead`), no finite
/// verb after the closing mark, and the nearest listed verb at most eight tokens before it,
/// with no quotation mark, `;`, `:`, dash or comma between.
fn characterising_verb(p: &Piece) -> Option<usize> {
    let ctx = p.doc.ctx;
    let mut a = p.m.open().checked_sub(1)?;
    for _ in 0..2 {
        let lead =
            ctx.function_class(a) == Some(FunctionClass::Determiner) || ctx.lower(a) == "mere";
        if lead && a > p.floor {
            a -= 1;
        }
    }
    // `such as`, `just as`, `as well as`: an example or a comparison; a finite verb after the
    // closing mark makes `as` temporal (`described the mood as “Hail to the Chief” played`).
    if a <= p.floor
        || ctx.lower(a) != "as"
        || ctx.is_class(a - 1, QuoteWordClass::ComparisonLead)
        || verb_after_close(p)
    {
        return None;
    }
    // A comma between the verb and `as` closes the verb's object (`identified programs, such
    // as`, `described the plan, as “…” played`).
    (a.saturating_sub(8).max(p.floor)..a)
        .rev()
        .take_while(|&k| !ctx.is_quote_mark(k) && !matches!(ctx.tok(k), ";" | ":" | "—" | ","))
        .find(|&k| {
            CHARACTERISING_VERBS.contains(ctx.lower(k).as_ref())
                || ctx.cue(k).is_some_and(|c| c.needs_object)
        })
}

/// A lower-case finite verb right after the quotation's closing mark, in its sentence
/// (`as “Hail to the Chief” played`): the quotation is that verb's subject.
fn verb_after_close(p: &Piece) -> bool {
    let ctx = p.doc.ctx;
    if p.m.close().is_none() {
        return false;
    }
    let a = p.m.after();
    a < ctx.len()
        && p.doc.sentence_of(a) == p.doc.sentence_of(p.m.open())
        && (ctx.chunks().is_verb(a) || ctx.chunks().verb_form(a))
        && !ctx.is_cap(a)
}

/// A form of `be` before verb `v`, past at most two adverbs: `was portrayed`, `is often
/// labeled`.
fn be_before(ctx: &Ctx, v: usize) -> bool {
    (v.saturating_sub(3)..v)
        .rev()
        .take_while(|&k| {
            ctx.is_class(k, QuoteWordClass::Be)
                || ctx.function_class(k) == Some(FunctionClass::Adverb)
        })
        .any(|k| ctx.is_class(k, QuoteWordClass::Be))
}

/// `“…” by Democrats`: the agent right after the closing mark, in the same sentence.
fn by_agent_after(p: &Piece) -> Option<Np> {
    let ctx = p.doc.ctx;
    p.m.close()?;
    let a = p.m.after();
    if a >= ctx.len()
        || ctx.lower(a) != "by"
        || p.doc.sentence_of(a) != p.doc.sentence_of(p.m.open())
    {
        return None;
    }
    ctx.np_starting_at(a + 1, (a + 9).min(ctx.len()))
}

/// Rule `lead_in_yields`.
fn lead_in_yields(p: &Piece, f: Found) -> Option<Found> {
    let (v, _) = f.cue?;
    if !p.att().leads_into_quote(v) {
        return None;
    }
    p.before()
}

/// Rule `next_sentence_yields_to_run`: `“…,” Cole said. “….” He added, “…”`. The
/// quotation continues Cole's run (the same or the next sentence, not a new paragraph) and
/// ends its sentence; the cue in the sentence after it then most often opens the next
/// paragraph's own attribution, which flattened text runs on into this one. A next sentence
/// that is only the attribution (`“Are you sure?” Dunn asked.`) still counts.
fn next_sentence_yields_to_run(p: &Piece, f: Found) -> Option<Found> {
    let ctx = p.doc.ctx;
    let m = p.m;
    let (_, cue_end) = f.cue?;
    let close = m.close()?;
    let ends_sentence = m.end() > m.first() && matches!(ctx.tok(m.end() - 1), "." | "!" | "?");
    let last = f.np.end.max(cue_end);
    let only_attribution = ctx.is_punct(last, ".")
        && (last + 1 >= ctx.len() || p.doc.sentence_of(last + 1) != p.doc.sentence_of(last));
    if f.how != How::After
        || !ends_sentence
        || p.doc.sentence_of(last.saturating_sub(1)) == p.doc.sentence_of(close)
        || only_attribution
        || question_attribution_stands(p, &f)
    {
        return None;
    }
    continues_previous(p).or_else(|| {
        p.prev_same_sentence?;
        p.previous_found().map(|f| Found {
            how: How::Inherited,
            ..f
        })
    })
}

/// Rule `question_attribution_stands`: `“…,” Cole said. “Why now?” Dunn asked the mayor.`
/// A quotation ending in `?` or `!` with its speaker and cue right after the closing mark
/// (subject then cue, or cue then speaker) is that speaker's even though the attribution runs
/// on past the words `X asked`: the question mark does not end the attribution's sentence.
/// Not when the cue leads into another quotation (`“Why?” Dunn asked, “…”`), which is the
/// next piece's own attribution, nor when it is passive (`“Why?” The club has been
/// criticised`) or reports speech of its own with `that` (`“Why?” Dunn replied that …`): in
/// flattened text those open the next paragraph. A cue going on into a clause without `that`
/// (`“Why not?” Dunn said the board would decide`) keeps the quotation, unlike the
/// mid-sentence `question_then_adjacent_cue`.
fn question_attribution_stands(p: &Piece, f: &Found) -> bool {
    let ctx = p.doc.ctx;
    let m = p.m;
    let Some((cue, _)) = f.cue else {
        return false;
    };
    let a = m.after();
    m.end() > m.first()
        && matches!(ctx.tok(m.end() - 1), "!" | "?")
        && (f.np.start == a || cue == a)
        && !p.att().leads_into_quote(cue)
        && !ctx.passive(cue)
        && !ctx.is_any(cue + 1, &["that"])
}

/// Most words joining two quotation fragments of one sentence in [`later_fragment_cue`]
/// (`are`, `but necessary`).
const MAX_FRAGMENT_JOIN: usize = 4;

/// Rule `later_fragment_cue`: `“They are painful” but necessary “for the long term,” she
/// said.` The quotation opens its sentence without ending it, and at most
/// [`MAX_FRAGMENT_JOIN`] plain words (no cue, no punctuation) join it to the next quotation,
/// whose own attribution follows its closing mark at once (after at most a comma): both
/// fragments are that speaker's, not the previous sentence's.
fn later_fragment_cue(p: &Piece) -> Option<Found> {
    let doc = p.doc;
    let ctx = doc.ctx;
    let m = p.m;
    let next = doc.outer.get(p.n + 1)?;
    let a = m.after();
    let join = next.open().checked_sub(a)?;
    // Cheap first: a short join of plain words straight after this quotation.
    if !p.opens_sentence || m.close().is_none() || join == 0 || join > MAX_FRAGMENT_JOIN {
        return None;
    }
    let ends_sentence = m.end() > m.first() && matches!(ctx.tok(m.end() - 1), "." | "!" | "?");
    if ends_sentence
        || doc.sentence_of(next.open()) != doc.sentence_of(m.open())
        || doc.starts_paragraph(next.open())
        || (a..next.open()).any(|k| !ctx.is_word(k) || ctx.cue(k).is_some())
    {
        return None;
    }
    let next_close = next.close()?;
    let following = doc.outer.get(p.n + 2).map_or(ctx.len(), |o| o.open());
    let f = p.att().after(next, following)?;
    let (v, _) = f.cue?;
    let b = next.after() + usize::from(ctx.is_punct(next.after(), ","));
    let adjacent =
        f.np.start.min(v) == b && doc.sentence_of(f.np.end.max(v)) == doc.sentence_of(next_close);
    (f.how == How::After && adjacent).then_some(f)
}

/// The most tokens of the affiliation after a signature line's name and comma
/// (`Josh Bivens, Economic Policy Institute."`).
const MAX_SIGNATURE_AFFILIATION: usize = 8;

/// Rule `signature_line_before_closer`: a block quotation whose closing mark stands after the
/// signature line below it (`"Q.` / `Ann Cole, Farm Bureau."`). The pairing cuts the
/// quotation at its line end (a quotation never runs across a paragraph), so the mark left
/// after the signature's period is the only trace that the name line belongs to it. The
/// line must hold nothing but a noun phrase that is no pronoun, optionally a comma and a
/// short affiliation, a period and that glued mark, and end its paragraph.
fn signature_line_before_closer(p: &Piece) -> Option<Found> {
    let doc = p.doc;
    let ctx = doc.ctx;
    let m = p.m;
    // Cheap first: an unclosed quotation, followed by a capitalised word on a new line.
    let a = m.end();
    if m.close().is_some() || a >= ctx.len() || !ctx.is_cap(a) || !ctx.line_before(a) {
        return None;
    }
    if !doc.starts_paragraph(m.open()) {
        return None;
    }
    let ceil = (a + MAX_SIGNATURE + 1).min(ctx.len());
    let np = ctx
        .np_starting_at(a, ceil)
        .filter(|np| np.start == a && np.kind != NpKind::Pronoun)?;
    let mut period = np.end;
    if ctx.is_punct(period, ",") {
        period = (period + 1..(period + 2 + MAX_SIGNATURE_AFFILIATION).min(ctx.len()))
            .take_while(|&k| !ctx.is_quote_mark(k) && !ctx.line_before(k))
            .find(|&k| ctx.is_punct(k, "."))?;
    }
    let closer = period + 1;
    let closes = ctx.is_punct(period, ".")
        && ctx.is_quote_mark(closer)
        && ctx.tokens[closer].ws_before == Whitespace::None
        && !ctx.line_before(period)
        && (closer + 1 >= ctx.len() || doc.starts_paragraph(closer + 1));
    closes.then_some(Found {
        np,
        cue: None,
        how: How::After,
    })
}

/// Rule `according_to_agent`: a document or recording named by `according to` is often
/// only the vehicle of the source that a `by` phrase names after it (`according to a
/// court document filed by the state attorney`, `according to calculations by Ann Cole`):
/// the mention runs through that agent, one lower-case participle (`filed`, `provided`) at
/// most between the noun and `by`.
fn according_to_agent(p: &Piece, f: Found) -> Option<Found> {
    let ctx = p.doc.ctx;
    let (cue, _) = f.cue?;
    if f.how != How::According || ctx.source_marker(cue).is_none() || f.np.start < cue {
        return None;
    }
    let mut by = f.np.end;
    let participle = |k: usize| {
        ctx.is_word(k)
            && !ctx.is_cap(k)
            && ctx.function_class(k).is_none()
            && ctx.with_lower(k, |w| w.ends_with("ed") || w.ends_with("en"))
    };
    if participle(by) {
        by += 1;
    }
    if !ctx.is_any(by, &["by"]) || ctx.line_before(by + 1) {
        return None;
    }
    // The agent must close its clause (or go on with `of`, which the mention leaves out:
    // `calculations by Ann Cole of the Institute`); a phrase the chunker stopped inside a
    // longer one (`by economists Ann Cole and Bob Dunn`, `by UK-based research firm X`) is
    // not taken, so the speaker never ends on half a name.
    let agent = ctx
        .np_starting_at(by + 1, (by + 1 + AGENT_WINDOW).min(ctx.len()))
        .filter(|a| a.start == by + 1 && a.kind != NpKind::Pronoun)
        .filter(|a| {
            a.end >= ctx.len()
                || ctx.line_before(a.end)
                || matches!(ctx.tok(a.end), "." | "," | ";" | "of")
        })?;
    Some(Found {
        np: Np {
            end: agent.end,
            ..f.np
        },
        ..f
    })
}

/// Rule `continues_previous`.
fn continues_previous(p: &Piece) -> Option<Found> {
    let doc = p.doc;
    let open = p.m.open();
    // A signature (`“…” ― Ann Cole “…”`) closes the run: the next quotation is someone else's.
    if !p.opens_sentence || doc.starts_paragraph(open) || doc.follows_signature(p.n) {
        return None;
    }
    let prev = p.prev.filter(|q| {
        doc.sentence_of(open)
            .saturating_sub(doc.sentence_of(q.after().saturating_sub(1)))
            <= 1
    })?;
    // The attribution right after the previous piece ("…,” she said. “…”) is the one this
    // piece continues, even when the previous piece had an earlier one.
    let adjacent = p
        .prev_after
        .unwrap_or_else(|| p.att().after(prev, open))
        .filter(|f| f.how == How::After);
    adjacent.or(p.previous_found()).map(|f| Found {
        how: How::Continuation,
        ..f
    })
}

/// Rule `nested_in_temporal_clause` ("Flynn said Trump was “right” when he said …, “…”").
fn nested_in_temporal_clause(p: &Piece, b: Found) -> Option<Found> {
    p.prev_same_sentence?;
    let outer = p.previous_found()?;
    let floor = p.floor;
    let attributed_before = matches!(outer.how, How::Before | How::According | How::Inherited)
        && outer.cue.is_some_and(|(c, _)| c < floor);
    // Only a temporal clause nests ("when he said"); "while the Tories say" contrasts.
    let temporal = b.np.start > floor
        && p.doc
            .ctx
            .is_class(b.np.start - 1, QuoteWordClass::TemporalSubordinator);
    (attributed_before
        && b.how == How::Before
        && b.np.start >= floor
        && b.np.end <= p.m.open()
        && temporal)
        .then_some(Found {
            how: How::Inherited,
            ..outer
        })
}

/// The passes over the whole document, in order, after every quotation has been tried.
pub(crate) const SHARE_RULES: &[ShareRule] = &[
    ShareRule {
        name: "continued_paragraph_forward",
        doc: "a quotation re-opened in the next paragraph shares the source of the one it \
              continues",
        apply: continued_paragraph_forward,
    },
    ShareRule {
        name: "continued_paragraph_backward",
        doc: "a multi-paragraph quotation attributed only in a later paragraph gives that \
              source to its earlier paragraphs",
        apply: continued_paragraph_backward,
    },
    ShareRule {
        name: "bare_follow_on",
        doc: "a bare quotation (a whole sentence or paragraph) right after an attributed one \
              continues its speaker",
        apply: bare_follow_on,
    },
    ShareRule {
        name: "later_quote_attribution",
        doc: "a quotation with no source takes the after-quote attribution of a later \
              quotation in the same sentence (`The plan is “a waste” and “a disgrace,” Cole said`)",
        apply: later_quote_attribution,
    },
    ShareRule {
        name: "previous_sentence_speaker",
        doc: "a quotation in a sentence with no cue, right after a sentence in the same \
              paragraph whose quotation is attributed there (`“…,” Cole said. But “…”`, \
              `“…,” said Cole. Ryan “…”`), is the same speaker's",
        apply: previous_sentence_speaker,
    },
    ShareRule {
        name: "sentence_subject",
        doc: "with no cue, a quotation inside a sentence is its subject's (a name, not a \
              common noun, a headline or a dateline); inside a relative clause after it, the \
              relative's (`relative_clause_mention`)",
        apply: sentence_subject,
    },
    ShareRule {
        name: "fronted_clause_subject",
        doc: "a quotation in a fronted clause (`After saying “…,” she was …`) is the main \
              clause's subject's",
        apply: fronted_clause_subject,
    },
    ShareRule {
        name: "source_noun_subject",
        doc: "with no cue, a quotation inside a sentence whose subject is a body or a text \
              (`The ad targets a “Q”`: a `source_noun` heads it) is that subject's",
        apply: source_noun_subject,
    },
];

/// The index in `outer` of the quotation `n` continues, when it is earlier.
fn continued(doc: &Doc, n: usize) -> Option<usize> {
    let k = doc.outer[n].continues()?;
    let p = doc.outer_index.get(k).copied().unwrap_or(usize::MAX);
    (p < n).then_some(p)
}

/// A copy of `f` marked as a continuation.
fn continuation(f: Option<Found>) -> Option<Found> {
    f.map(|f| Found {
        how: How::Continuation,
        ..f
    })
}

/// Rule `continued_paragraph_forward`.
fn continued_paragraph_forward(doc: &Doc, found: &mut [Option<Found>]) {
    for n in 0..found.len() {
        if let Some(p) = continued(doc, n) {
            if found[n].is_none() {
                found[n] = continuation(found[p]);
            }
        }
    }
}

/// Rule `continued_paragraph_backward`.
fn continued_paragraph_backward(doc: &Doc, found: &mut [Option<Found>]) {
    for n in (0..found.len()).rev() {
        if let Some(p) = continued(doc, n) {
            if found[p].is_none() {
                found[p] = continuation(found[n]);
            }
        }
    }
}

/// Rule `bare_follow_on`.
fn bare_follow_on(doc: &Doc, found: &mut [Option<Found>]) {
    let ctx = doc.ctx;
    for n in 1..found.len() {
        if found[n].is_some() {
            continue;
        }
        let m = doc.outer[n];
        let whole = super::ends_paragraph(ctx, m.after()) || super::ends_sentence(ctx, m.after());
        if !doc.starts_sentence(m.open()) || !whole {
            continue;
        }
        let prev = doc.outer[n - 1];
        if found[n - 1].is_some() && super::paragraphs_between(ctx, prev.after(), m.open()) <= 1 {
            found[n] = continuation(found[n - 1]);
        }
    }
}

/// Rule `later_quote_attribution`: an attribution after a sentence's last quotation (`“…,”
/// Cole said`, `…, Cole, the mayor, proclaimed`) credits the sentence's earlier quotations
/// too (`Guns are “Q1” and “Q2,” Cole proclaimed`): the after-window of the first stops
/// at the second. Read right to left, so a chain of quotations shares one attribution; a
/// quotation takes it only when the cue is in its sentence.
fn later_quote_attribution(doc: &Doc, found: &mut [Option<Found>]) {
    for n in (0..found.len().saturating_sub(1)).rev() {
        if found[n].is_some() {
            continue;
        }
        let (m, next) = (doc.outer[n], doc.outer[n + 1]);
        let sentence = doc.sentence_of(m.open());
        found[n] = found[n + 1].filter(|f| {
            f.how == How::After
                && m.close().is_some()
                && doc.sentence_of(next.open()) == sentence
                && f.cue
                    .is_some_and(|(c, _)| c >= next.after() && doc.sentence_of(c) == sentence)
        });
    }
}

/// Rule `previous_sentence_speaker`: a quotation no rule attributed, in a sentence with no
/// cue word before it, right after a sentence of the same paragraph that holds the previous
/// quotation and its cue (`“…,” Cole said. But “…”`, `“…,” said Cole, a lawyer. Ryan
/// “…”`): the speaker goes on; the sentence's own subject is most often whom the words are
/// about. Runs before `sentence_subject`.
fn previous_sentence_speaker(doc: &Doc, found: &mut [Option<Found>]) {
    let ctx = doc.ctx;
    for n in 1..found.len() {
        if found[n].is_some() {
            continue;
        }
        let m = doc.outer[n];
        let s = doc.quote_sentence_start(n);
        let here = doc.sentence_of(m.open());
        let Some(f) = found[n - 1] else { continue };
        let Some((c, _)) = f.cue else { continue };
        let prev = doc.outer[n - 1];
        // Rule `fronted_participle_continues`: `Cole stated that it “Q1.” Adding, “Q2”` — a
        // sentence that is only an `-ing` cue and a comma or colon before the quotation goes
        // on with the previous sentence's speaker; the participle is its cue.
        let participle = m.open() == s + 2
            && ctx.cue(s).is_some_and(|c| c.ing)
            && matches!(ctx.tok(s + 1), "," | ":");
        if f.how == How::Fallback
            || here == 0
            || doc.sentence_of(c) + 1 != here
            || doc.sentence_of(prev.open()) + 1 != here
            || doc.starts_paragraph(s)
            || super::paragraphs_between(ctx, c, m.open()) != 0
            || !participle
                && ((s..m.open()).any(|k| ctx.cue(k).is_some())
                    || !(doc.starts_sentence(m.open()) || predicate_quotation(doc, s, m)))
        {
            continue;
        }
        found[n] = Some(if participle {
            Found {
                cue: Some((s, s + 1)),
                how: How::Inherited,
                ..f
            }
        } else {
            Found {
                how: How::Continuation,
                ..f
            }
        });
    }
}

/// `Ryan “…”`: the quotation follows its sentence's subject with no verb between, so the
/// words stand for the predicate and the subject is whom they are about.
/// `But “…”`: only a connective (at most two, `OPENING_CONNECTIVES`) before it counts the same.
fn predicate_quotation(doc: &Doc, s: usize, m: &Marked) -> bool {
    let ctx = doc.ctx;
    let open = m.open();
    let connectives = open > s
        && open - s <= 2
        && (s..open)
            .all(|k| ctx.is_word(k) && ctx.with_lower(k, |w| OPENING_CONNECTIVES.contains(w)));
    connectives
        || doc
            .att
            .sentence_subject(s, open)
            .is_some_and(|np| np.kind != NpKind::Common && np.end == open)
}

/// Where the sentence-subject rules may look for quotation `m`: its sentence's first token,
/// when the quotation does not open the sentence and the sentence is no headline (headlines
/// drop the syntax the guess relies on).
fn subject_sentence(doc: &Doc, n: usize) -> Option<usize> {
    let m = doc.outer[n];
    let s = doc.quote_sentence_start(n);
    (s < m.open() && !super::in_headline(doc.ctx, s)).then_some(s)
}

/// Rule `sentence_subject`.
fn sentence_subject(doc: &Doc, found: &mut [Option<Found>]) {
    for (n, (f, m)) in found.iter_mut().zip(doc.outer).enumerate() {
        if f.is_some() {
            continue;
        }
        let Some(s) = subject_sentence(doc, n) else {
            continue;
        };
        let np = doc.att.sentence_subject(s, m.open()).filter(|np| {
            np.kind != NpKind::Common && np.end <= m.open() && !super::is_dateline(doc.ctx, np)
        });
        *f = np.map(|np| Found {
            np: relative_clause_mention(doc.ctx, np, m.open()).unwrap_or(np),
            cue: None,
            how: How::Fallback,
        });
    }
}

/// Tokens read back from an opening mark for the relative of `relative_clause_mention`.
const MAX_RELATIVE_REACH: usize = 16;

/// Rule `relative_clause_mention`: the quotation `sentence_subject` gives the subject sits
/// inside a relative clause opened after it (`Roffman, who estimates that his costs were
/// “Q,” described …`, `… contrasted that with Clinton who is looking to bring “Q”`): the
/// relative `who`/`which` is the local mention, as it is for a cue in such a clause, and
/// resolution takes it to its antecedent. The relative is the last one before the mark with
/// no comma, dash, colon or quotation between, at most [`MAX_RELATIVE_REACH`] tokens back;
/// it is the clause's subject (no pronoun or determiner after it: `which he calls …`), and
/// its antecedent is a name or a pronoun, as the subject must be: a common noun (`her anger
/// at the person who “Q”`, `games aimed at adults which include “Q”`) is what the subject
/// speaks about.
fn relative_clause_mention(ctx: &Ctx, np: Np, open: usize) -> Option<Np> {
    let lo = np.end.max(open.saturating_sub(MAX_RELATIVE_REACH));
    let r = (lo..open)
        .rev()
        .take_while(|&k| {
            !matches!(
                ctx.tok(k),
                "," | ";" | ":" | "(" | ")" | "." | "?" | "!" | "-" | "—" | "–" | "―"
            ) && !ctx.is_quote_mark(k)
        })
        .find(|&k| {
            ctx.function_class(k) == Some(FunctionClass::Relative)
                && matches!(ctx.lower(k).as_ref(), "who" | "which")
        })?;
    let own_subject = matches!(
        ctx.function_class(r + 1),
        Some(FunctionClass::Pronoun | FunctionClass::Determiner)
    ) || ctx.is_cap(r + 1);
    let before = r.checked_sub(1 + usize::from(r > 0 && ctx.is_punct(r - 1, ",")))?;
    let named = ctx
        .np_ending_at(before, np.start)
        .is_some_and(|a| a.end == before + 1 && a.kind != NpKind::Common);
    (!own_subject && named).then_some(Np {
        start: r,
        end: r + 1,
        mention_start: r,
        kind: NpKind::Pronoun,
    })
}

/// Rule `source_noun_subject`: `sentence_subject` leaves out common-noun subjects, most of
/// which do not speak ("Guns are “Q”"); a body or a text does carry words ("The agency
/// declined to detail the inquiry's “Q”", "A footnote in the report makes that clear: “Q”"),
/// so a subject headed by a `source_noun` (`quote_words.txt`) is the source of a quotation
/// no other rule attributed. Not when the noun is a possessor (`The department's budget …`)
/// or a form of "be" follows it (`The team was met with chants of “Q”`, `The complaint is
/// based on …`: the subject does not speak there), nor for a title-case quotation, a name
/// or a title whose type `unattributed_title_case` decides.
fn source_noun_subject(doc: &Doc, found: &mut [Option<Found>]) {
    let ctx = doc.ctx;
    for (n, (f, m)) in found.iter_mut().zip(doc.outer).enumerate() {
        if f.is_some() || super::is_title_case(ctx, m) {
            continue;
        }
        let Some(s) = subject_sentence(doc, n) else {
            continue;
        };
        let np = doc.att.sentence_subject(s, m.open()).filter(|np| {
            np.kind == NpKind::Common
                && np.end <= m.open()
                && ctx.is_class(np.end - 1, QuoteWordClass::SourceNoun)
                && ctx.norm(np.end) != "'s"
                && !ctx.is_class(np.end, QuoteWordClass::Be)
        });
        *f = np.map(|np| Found {
            np,
            cue: None,
            how: How::Fallback,
        });
    }
}

/// Rule `fronted_clause_subject`.
fn fronted_clause_subject(doc: &Doc, found: &mut [Option<Found>]) {
    let ctx = doc.ctx;
    // The first -ing cue of the current sentence, searched once per sentence: `(sentence
    // start, tokens searched up to, cue found)`. The quotations come in text order, so each
    // token is read at most once (searching from the sentence start for every quotation is
    // quadratic in a long sentence with many quotations).
    let mut ing: Option<(usize, usize, Option<usize>)> = None;
    for (n, (f, m)) in found.iter_mut().zip(doc.outer).enumerate() {
        if f.is_some() {
            continue;
        }
        let Some(s) = subject_sentence(doc, n) else {
            continue;
        };
        let Some(np) = main_subject_after_fronted_clause(ctx, s, m) else {
            continue;
        };
        let (mut upto, mut first) = match ing {
            Some((cs, upto, first)) if cs == s => (upto, first),
            _ => (s, None),
        };
        if first.is_none() && upto < m.open() {
            first = (upto..m.open()).find(|&k| ctx.cue(k).is_some_and(|f| f.ing));
            upto = m.open();
        }
        ing = Some((s, upto.max(s), first));
        let cue = first.filter(|&k| k < m.open()).map(|k| (k, k + 1));
        *f = Some(Found {
            np,
            cue,
            how: if cue.is_some() {
                How::Inherited
            } else {
                How::Fallback
            },
        });
    }
}

/// The subject of the main clause after a fronted clause that holds quotation `m` ("After
/// saying …“…,” she was …"): the name or pronoun right after the comma that follows the quote.
fn main_subject_after_fronted_clause(ctx: &Ctx, s: usize, m: &Marked) -> Option<Np> {
    let fronted = ctx.is_class(s, QuoteWordClass::FrontedClauseOpener)
        || (ctx.norm(s).ends_with("ing") && ctx.is_cap(s));
    if !fronted || m.close().is_none() {
        return None;
    }
    let a = m.after();
    // The comma may sit inside the closing mark ("…shoe on,” she was").
    let start = if m.end() > m.first() && ctx.is_punct(m.end() - 1, ",") {
        a
    } else {
        (a..(a + 3).min(ctx.len())).find(|&k| ctx.is_punct(k, ","))? + 1
    };
    let np = ctx.np_starting_at(start, (start + 8).min(ctx.len()))?;
    (np.kind != NpKind::Common).then_some(np)
}

/// The rules that type a quotation, in order; a quotation no rule decides is a `quote`.
pub(crate) const TYPE_RULES: &[TypeRule] = &[
    TypeRule {
        name: "headline_title",
        doc: "a closed quotation in the article's headline is a `title`: the body quotes the \
              same words with their attribution",
        decide: |doc, n, _, _| {
            let m = doc.outer[n];
            (m.open() < doc.headline_end && m.close().is_some()).then_some(QuoteType::Title)
        },
    },
    TypeRule {
        name: "flattened_single_mark_headline",
        doc: "in a text without paragraph breaks, a closed quotation in single marks in a \
              first sentence of at most sixteen words, where the text's double-marked \
              quotations outnumber its single-marked ones, is in the headline the lost line \
              break set off (`Cole calls levy ‘a disgrace’. The mayor …`): a `title`",
        decide: |doc, n, found, _| {
            flattened_single_mark_headline(doc, n, found).then_some(QuoteType::Title)
        },
    },
    TypeRule {
        name: "headline_deck",
        doc: "a closed quotation nobody was found to say in the one or two short paragraphs \
              between the headline and the body (`Port fire kills 8.` / `'Carnage on the \
              quay' in the old town.`) is a `title`, as in the headline; a term by its form \
              (a nickname, a scare quote) stays a `term`",
        decide: |doc, n, found, _| {
            let m = doc.outer[n];
            let deck_end = || {
                *doc.deck_end
                    .get_or_init(|| super::headline_deck_end(doc.ctx, doc.headline_end))
            };
            (found.is_none()
                && m.close().is_some()
                && m.open() >= doc.headline_end
                && m.open() < deck_end())
            .then(|| {
                let s = doc.quote_sentence_start(n);
                match classify::classify(doc.ctx, m, found, s) {
                    QuoteType::Term => QuoteType::Term,
                    _ => QuoteType::Title,
                }
            })
        },
    },
    TypeRule {
        name: "single_mark_crosshead",
        doc: "`'A fight to the finish.'`: a short paragraph that is only a quotation in single \
              marks, in a text whose quotations are mostly in double marks, is a crosshead, a \
              `title`",
        decide: |doc, n, _, _| single_mark_crosshead(doc, n).then_some(QuoteType::Title),
    },
    TypeRule {
        name: "coordinated_title",
        doc: "`starred in “Tall Trees” and “Winter of the Wolves”`: a title-case quotation \
              joined by `and`, `or` or a comma to a quotation typed `title` is a `title` too",
        decide: |doc, n, _, earlier| coordinated_title(doc, n, earlier).then_some(QuoteType::Title),
    },
    TypeRule {
        name: "bylined_headline",
        doc: "`“Port reopens,” by the Herald's Ann Cole:`: a closed quotation followed by a \
              byline (`by`, a possessive outlet, a name) is a story's headline, a `title`",
        decide: |doc, n, _, _| bylined_headline(doc.ctx, doc.outer[n]).then_some(QuoteType::Title),
    },
    TypeRule {
        name: "dated_slogan",
        doc: "`“Yes to the harbour” (2009)`: a closed quotation nobody was found to say, \
              followed by a year in brackets, is a dated slogan, poster or work, a `title`",
        decide: |doc, n, found, _| {
            (found.is_none_or(|f| f.how == How::Fallback) && dated(doc.ctx, doc.outer[n]))
                .then_some(QuoteType::Title)
        },
    },
    TypeRule {
        name: "chanted_words",
        doc: "`chants of “Four More Years”`, `calls of “Save the Quay” and “Not for Sale”`: a \
              quotation after `of` and a chant noun (or joined to one that is) is an utterance, \
              typed by its form as a clause or a `partial`, never a title or a term",
        decide: |doc, n, found, _| {
            chanted_words(doc, n).then(|| {
                let s = doc.quote_sentence_start(n);
                classify::utterance(doc.ctx, doc.outer[n], found, s)
            })
        },
    },
    TypeRule {
        name: "unattributed_title_case",
        doc: "a closed quotation nobody said whose words are all capitalised is a `title` \
              (a work, a slogan)",
        decide: |doc, n, found, _| {
            (found.is_none() && super::is_title_case(doc.ctx, doc.outer[n]))
                .then_some(QuoteType::Title)
        },
    },
    TypeRule {
        name: "interrupted_continuation",
        doc: "`“We will,” she said, “fight on to the end.”`: the piece after an attribution \
              that interrupts a `quote` is the rest of the same quotation, a `quote`, not a \
              fragment woven into the writer's sentence",
        decide: |doc, n, found, earlier| {
            interrupted_continuation(doc, n, found, earlier).then_some(QuoteType::Quote)
        },
    },
    TypeRule {
        name: "classify",
        doc: "otherwise the span's form and attribution type it (`classify.rs`: quote, \
              partial, term)",
        decide: |doc, n, found, _| {
            let s = doc.quote_sentence_start(n);
            Some(classify::classify(doc.ctx, doc.outer[n], found, s))
        },
    },
];

/// The first token after quotation `m`'s closing mark, past a comma outside it (`“…”,`);
/// `None` when it has no closing mark.
fn after_close_comma(ctx: &Ctx, m: &Marked) -> Option<usize> {
    m.close()?;
    let a = m.after();
    Some(if ctx.is_punct(a, ",") { a + 1 } else { a })
}

/// Most capitalised words an outlet's name holds in a byline (`by The Wall Street Journal's`).
const MAX_BYLINE_OUTLET: usize = 5;

/// Rule `bylined_headline`: after the closing mark (and a comma), `by`, an optional `the`,
/// one to [`MAX_BYLINE_OUTLET`] capitalised words the last of which is possessive (`Variety's`,
/// `the New York Post's`, `Times'`), then a capitalised word (the writer's name): the quotation is the
/// headline of a story a newsletter cites, not words anybody said.
fn bylined_headline(ctx: &Ctx, m: &Marked) -> bool {
    let Some(by) = after_close_comma(ctx, m) else {
        return false;
    };
    if ctx.lower(by) != "by" {
        return false;
    }
    let mut k = by + 1;
    if ctx.lower(k) == "the" {
        k += 1;
    }
    let start = k;
    while k < ctx.len() && k - start < MAX_BYLINE_OUTLET && ctx.is_cap(k) {
        let possessive = |i: usize| matches!(ctx.tok(i), "'s" | "’s");
        // `Times'`, `Reuters’`: a name ending in `s` takes a bare apostrophe, glued to it.
        let bare = |i: usize| {
            ctx.tok(i - 1).ends_with('s')
                && matches!(ctx.tok(i), "'" | "’")
                && ctx
                    .tokens
                    .get(i)
                    .is_some_and(|t| t.ws_before == Whitespace::None)
        };
        if possessive(k + 1)
            || bare(k + 1)
            || ctx.tok(k).ends_with("'s")
            || ctx.tok(k).ends_with("’s")
        {
            let name = if possessive(k + 1) || bare(k + 1) {
                k + 2
            } else {
                k + 1
            };
            return name < ctx.len() && ctx.is_cap(name) && !ctx.line_before(name);
        }
        k += 1;
    }
    false
}

/// Rule `flattened_single_mark_headline`: quotation `n` is closed, in single marks, in the
/// first sentence of a text without paragraph breaks; that sentence holds at most
/// [`super::HEADLINE_WORDS`] words; and the text's quotations in double marks outnumber its
/// quotations in single marks. US papers quote in double marks and headlines in single ones,
/// so such a sentence is the headline a CSV dump glued to the body, where `headline_title`
/// types its quotations `title` when the line break is kept. Not when its source's cue is in
/// the past: a headline's is in the present.
fn flattened_single_mark_headline(doc: &Doc, n: usize, found: Option<&Found>) -> bool {
    let (ctx, m) = (doc.ctx, doc.outer[n]);
    // A headline's cue is in the present (`calls`, `say`); a past one (`called the levy ‘a
    // disgrace’`) reports, in a body sentence.
    let past_cue = found
        .and_then(|f| f.cue)
        .and_then(|(c, _)| ctx.cue(c))
        .is_some_and(|form| !form.third && !form.base && !form.ing);
    if past_cue {
        return false;
    }
    let first_sentence = |k: usize| ctx.tokens[k].sentence == 0;
    let shape = m.style() == Style::Single
        && m.close().is_some()
        && first_sentence(m.open())
        && ctx.paragraph_of(ctx.len() - 1) == 0
        && *doc.first_sentence_words.get_or_init(|| {
            (0..ctx.len())
                .take_while(|&k| first_sentence(k))
                .filter(|&k| ctx.is_word(k))
                .take(super::HEADLINE_WORDS + 1)
                .count()
        }) <= super::HEADLINE_WORDS;
    shape && {
        let (double, single) = *doc.mark_styles.get_or_init(|| {
            let count = |style: Style| doc.outer.iter().filter(|o| o.style() == style).count();
            (count(Style::Double), count(Style::Single))
        });
        double > single
    }
}

/// Most words a crosshead in single marks holds (`'A change of course.'`).
const MAX_CROSSHEAD_WORDS: usize = 7;

/// Rule `single_mark_crosshead`: quotation `n` is closed, in single marks, opens its
/// paragraph (past a dash) and ends it (past a dash or a period), holds at most
/// [`MAX_CROSSHEAD_WORDS`] words, and the text's quotations in double marks outnumber its
/// other quotations in single marks: where quotations take double
/// marks, a short single-marked line of its own is a section heading quoting the section (US
/// papers' style), not a speaker's words. Text that quotes in single marks (British style)
/// keeps such a line a quotation.
fn single_mark_crosshead(doc: &Doc, n: usize) -> bool {
    let (ctx, m) = (doc.ctx, doc.outer[n]);
    // `– 'A fight to the finish' –.`: a dash may set the heading off.
    let dashed = |o: usize| {
        o > 0 && matches!(ctx.tok(o - 1), "–" | "—" | "-") && ctx.starts_paragraph(o - 1)
    };
    let shape = m.style() == Style::Single
        && m.close().is_some()
        && (ctx.starts_paragraph(m.open()) || dashed(m.open()))
        && super::ends_paragraph(ctx, m.after())
        && (m.first()..m.end()).filter(|&k| ctx.is_word(k)).count() <= MAX_CROSSHEAD_WORDS;
    shape && {
        let (double, single) = *doc.mark_styles.get_or_init(|| {
            let count = |style: Style| doc.outer.iter().filter(|o| o.style() == style).count();
            (count(Style::Double), count(Style::Single))
        });
        // `single` counts this quotation too.
        double >= single
    }
}

/// Rule `coordinated_title`: quotation `n` is closed and title-case (`classify::title_case`:
/// every word capitalised or small, numbers too: `“Apollo 13”`), and between the closing mark of the quotation before it, typed
/// `title`, and its opening mark stand only `and`, `or` or a comma (`“Tall Trees,” “Winter
/// of the Wolves”`, `“Tall Trees” or “Winter”`): a list of works or names, each a title.
fn coordinated_title(doc: &Doc, n: usize, earlier: &[QuoteType]) -> bool {
    let ctx = doc.ctx;
    if n == 0 || earlier.get(n - 1) != Some(&QuoteType::Title) {
        return false;
    }
    let (prev, m) = (doc.outer[n - 1], doc.outer[n]);
    if prev.close().is_none() || m.close().is_none() || !classify::title_case(ctx, m) {
        return false;
    }
    let between = prev.after()..m.open();
    between.len() <= 2
        && between
            .clone()
            .all(|k| ctx.is_punct(k, ",") || matches!(ctx.lower(k).as_ref(), "and" | "or"))
        && !between.clone().any(|k| ctx.line_before(k))
        && !ctx.line_before(m.open())
}

/// Most tokens of the attribution between the two pieces of an interrupted quotation
/// (`, Ann Cole, the mayor of Port Ellis, said,`): rule `interrupted_continuation`.
const MAX_INTERRUPTION: usize = 14;

/// Rule `interrupted_continuation`: quotation `n` follows quotation `n - 1`, typed `quote`,
/// whose content ends with a comma, on the same line with no sentence end between, and the
/// tokens between them are `n`'s own attribution (its cue stands there) closed by a comma:
/// `“We will,” she said, “fight on to the end.”` The second piece continues the utterance
/// the first one began, so it is a `quote` too (PolNeAR keeps the two pieces as two spans).
fn interrupted_continuation(
    doc: &Doc,
    n: usize,
    found: Option<&Found>,
    earlier: &[QuoteType],
) -> bool {
    let ctx = doc.ctx;
    let Some(prev_n) = n.checked_sub(1) else {
        return false;
    };
    if earlier.get(prev_n) != Some(&QuoteType::Quote) {
        return false;
    }
    let (prev, m) = (doc.outer[prev_n], doc.outer[n]);
    if prev.close().is_none() || prev.end() <= prev.first() || !ctx.is_punct(prev.end() - 1, ",") {
        return false;
    }
    let between = prev.after()..m.open();
    let Some((c, c_end)) = found
        .and_then(|f| f.cue)
        .filter(|(c, _)| between.contains(c))
    else {
        return false;
    };
    // The interruption is only the attribution: no second cue (`Cole told Fox, noting that
    // they “…”`) and no relative clause or `that` (`said Cole, who wore the slogan “…”`),
    // after which the second piece is worked into the writer's own clause.
    let only_attribution = between.clone().all(|k| {
        (c..c_end).contains(&k)
            || ctx.cue(k).is_none()
                && ctx.function_class(k) != Some(FunctionClass::Relative)
                && !ctx.is_any(k, &["that"])
    });
    only_attribution
        && ends_or_attributed(ctx, m)
        && between.len() <= MAX_INTERRUPTION
        && m.open() > 0
        && ctx.is_punct(m.open() - 1, ",")
        && !between
            .clone()
            .any(|k| ends_clause(ctx, k) || ctx.line_before(k))
        && !ctx.line_before(m.open())
}

/// Rule `interrupted_continuation`: the second piece is the rest of the utterance only when
/// it ends its sentence or clause (`.`, `!`, `?` or `,` before its closing mark, or a sentence end right
/// after it) or an attribution follows it (`…, “fight on,” she added`); `“a nightmare” that
/// lasted for years` is a fragment woven into the writer's clause. An unclosed piece runs on
/// to its paragraph's end and is never woven.
fn ends_or_attributed(ctx: &Ctx, m: &Marked) -> bool {
    let Some(close) = m.close() else {
        return true;
    };
    // A comma inside the mark closes a piece the writer's sentence goes on after
    // (`“… from her press secretary,” after …`), not a fragment.
    let inside = m.end() > m.first() && matches!(ctx.tok(m.end() - 1), "." | "!" | "?" | ",");
    let after = close + 1;
    inside
        || after >= ctx.len()
        || ctx.line_before(after)
        || ends_clause(ctx, after)
        || ctx.is_punct(after, ",")
            && (after + 1..ctx.len().min(after + 1 + MAX_INTERRUPTION))
                .take_while(|&k| !ends_clause(ctx, k))
                .any(|k| ctx.cue(k).is_some())
}

/// Token `k` ends a sentence or clause (`.` that is no abbreviation's, `!`, `?`, `;`).
fn ends_clause(ctx: &Ctx, k: usize) -> bool {
    matches!(ctx.tok(k), "!" | "?" | ";") || ctx.is_punct(k, ".") && !ctx.is_abbreviation_period(k)
}

/// Most quotations rule `chanted_words` walks back over a run joined by `and`, `or` or a
/// comma (`chants of “A,” “B” and “C”`) to find the chant noun.
const MAX_CHANTED_RUN: usize = 4;

/// Rule `chanted_words`: closed quotation `n` opens right after `of` and a noun of
/// `quote_chant_nouns.txt` (`chants of “Four More Years”`, `cries of “Shame”`), or is joined
/// by `and`, `or` or a comma, on one line, to a quotation that does, at most
/// [`MAX_CHANTED_RUN`] quotations back. What a crowd chants is words said aloud: a title-case
/// chant is no title (`unattributed_title_case`) and a short one no scare quote
/// (`weak_fragment`).
fn chanted_words(doc: &Doc, n: usize) -> bool {
    let ctx = doc.ctx;
    if doc.outer[n].close().is_none() {
        return false;
    }
    let mut k = n;
    for _ in 0..MAX_CHANTED_RUN {
        let open = doc.outer[k].open();
        let after_chant = open.checked_sub(2).is_some_and(|c| {
            ctx.lower(c + 1) == "of"
                && CHANT_NOUNS.contains(ctx.lower(c).as_ref())
                && !ctx.line_before(c + 1)
                && !ctx.line_before(open)
        });
        if after_chant {
            return true;
        }
        let Some(p) = k.checked_sub(1) else {
            return false;
        };
        let prev = doc.outer[p];
        if prev.close().is_none() || prev.after() > open {
            return false;
        }
        let between = prev.after()..open;
        let joined = between.len() <= 2
            && between
                .clone()
                .all(|i| ctx.is_punct(i, ",") || matches!(ctx.lower(i).as_ref(), "and" | "or"))
            && !between.clone().any(|i| ctx.line_before(i))
            && !ctx.line_before(open);
        if !joined {
            return false;
        }
        k = p;
    }
    false
}

/// Rule `dated_slogan`: right after the closing mark, a year between brackets (`(2009)`).
fn dated(ctx: &Ctx, m: &Marked) -> bool {
    m.close().is_some() && {
        let a = m.after();
        let year = ctx.tok(a + 1);
        ctx.is_punct(a, "(")
            && ctx.is_punct(a + 2, ")")
            && year.len() == 4
            && (year.starts_with("19") || year.starts_with("20"))
            && year.bytes().all(|b| b.is_ascii_digit())
    }
}

/// A named pass over a document's rows once its reported speech is found: `rows` holds the
/// quotation rows (one per outermost quotation, in order: the first `direct`) and then the
/// reported-speech rows.
pub(crate) struct SpeechRule {
    pub name: &'static str,
    pub doc: &'static str,
    pub apply: fn(&Doc, &[Option<Found>], &mut [Quote], usize),
}

/// The passes over the quotation rows that read the reported speech, in order.
pub(crate) const SPEECH_RULES: &[SpeechRule] = &[
    SpeechRule {
        name: "partial_in_reported_speech",
        doc: "a short fragment nobody was found to say, inside a reported-speech clause \
              (`Cole called the plan “reckless”`), is that source's `partial`",
        apply: partial_in_reported_speech,
    },
    SpeechRule {
        name: "unsourced_partial_in_reported_speech",
        doc: "a `partial` with no source inside a reported-speech clause with one (`Two \
              analysts found that the port is “the best in the region”`) takes that source",
        apply: unsourced_partial_in_reported_speech,
    },
    SpeechRule {
        name: "unsourced_quote_in_reported_speech",
        doc: "a `quote` with no source inside a reported-speech clause with one (`“We are \
              not going anywhere” until the vote, the mayor, Ann Cole, said on Monday`, `Cole \
              said she had one warning: “Q”`) takes that source and stays a `quote`",
        apply: unsourced_quote_in_reported_speech,
    },
    SpeechRule {
        name: "partial_shares_report_source",
        doc: "a `partial` inside a reported-speech row with the same cue, whose source phrase \
              holds the partial's (`Both Ann Cole and Bob Reyes said the plan “will fail”`), \
              takes the row's source: the row read the whole subject",
        apply: partial_shares_report_source,
    },
];

/// A quotation of one to three words opening with a capital other than `I` (`“Cobra”`,
/// `‘Anfield’`, `“New” Labour`, `“Sensible Solution”`, `“Mac mini”`): inside a report, a
/// nickname, title, label or product named, not words its source said, so
/// [`partial_in_reported_speech`] leaves it a `term`.
fn names_a_thing(ctx: &Ctx, m: &Marked) -> bool {
    let words: Vec<usize> = (m.first()..m.end())
        .filter(|&i| matches!(ctx.kind(i), Some(TokenKind::Word | TokenKind::Number)))
        .collect();
    (1..=3).contains(&words.len()) && ctx.is_cap(words[0]) && ctx.tok(words[0]) != "I"
}

/// Rule `partial_in_reported_speech`: a quotation typed `term` only because no source was
/// found for it (`weak_fragment`), lying inside the content of a reported-speech row with a
/// source, takes that row's source and cue and is a `partial`: a scare quote has no source,
/// a short quotation someone is reported to have said has one. One pass over the rows in
/// text order; the reported-speech row kept is the one reaching furthest of those begun.
fn partial_in_reported_speech(
    doc: &Doc,
    found: &[Option<Found>],
    rows: &mut [Quote],
    direct: usize,
) {
    // The sentence start (a signature look-up) is read only for a `term` (order
    // `term_before_start`; no answer changes).
    in_reported_speech(rows, direct, any_report, |n, q| {
        q.kind == QuoteType::Term
            && classify::weak_term(
                doc.ctx,
                doc.outer[n],
                found[n].as_ref(),
                doc.quote_sentence_start(n),
            )
            && !names_a_thing(doc.ctx, doc.outer[n])
    });
}

/// Rule `unsourced_partial_in_reported_speech`: a quotation typed `partial` (a fragment of a
/// sentence) for which no rule found a source, lying inside the content of a reported-speech
/// row with a source, takes that row's source and cue: the words are part of what the
/// source is reported to have said (`Two analysts found in 2014 that the port is “the best
/// in the region”`, `Cole responded that the mayor “is right about the problems”`).
fn unsourced_partial_in_reported_speech(
    _doc: &Doc,
    _found: &[Option<Found>],
    rows: &mut [Quote],
    direct: usize,
) {
    in_reported_speech(rows, direct, any_report, |_, q| {
        q.kind == QuoteType::Partial && q.speaker_mention.is_none()
    });
}

/// Rule `unsourced_quote_in_reported_speech`: a quotation typed `quote` for which no rule
/// found a source (the attribution after it past the reach of the after-quote window, `“Q”
/// of public money and time, the mayor, Ann Cole, said`; a colon after a reported clause,
/// `Another said he hoped …: “Q”`), lying inside the content of a reported-speech row with
/// a source, takes that row's source and cue: the reported clause holds the words, so its
/// source said them. Its type stays `quote` (the type rules decided it).
fn unsourced_quote_in_reported_speech(
    _doc: &Doc,
    _found: &[Option<Found>],
    rows: &mut [Quote],
    direct: usize,
) {
    // Guard `quote_needs_words_reported`: a thought (`It is thought that “Q”`, `Cole fears
    // “Q”`) reports no words, so its source says none of the quotation.
    let words_reported = |r: &Quote| r.cue_kind != Some(CueKind::Thought);
    in_reported_speech(rows, direct, words_reported, |_, q| {
        q.kind == QuoteType::Quote && q.speaker_mention.is_none()
    });
}

/// Rule `partial_shares_report_source`: a `partial` whose cue is also the cue of a
/// reported-speech row holding it, the row's source mention a coordination that the
/// partial's opens or ends (`Both Ann Cole and Bob Reyes said the plan “will fail”`: the direct search took
/// the last name before `said`, the reported-speech source the coordinated subject), takes
/// the row's source, so that the words and the clause holding them have one speaker. The rows are
/// matched by their cue (one map of the reported-speech rows' cues, made only when a
/// partial has a cue).
fn partial_shares_report_source(
    doc: &Doc,
    _found: &[Option<Found>],
    rows: &mut [Quote],
    direct: usize,
) {
    let (quotes, speech) = rows.split_at_mut(direct);
    let mut by_cue: Option<crate::lexicon::FastMap<crate::span::Span, usize>> = None;
    for q in quotes.iter_mut() {
        let (Some(cue), Some(m)) = (q.cue, q.speaker_mention) else {
            continue;
        };
        if q.kind != QuoteType::Partial {
            continue;
        }
        let map = by_cue.get_or_insert_with(|| {
            speech
                .iter()
                .enumerate()
                .filter_map(|(k, r)| Some((r.cue?, k)))
                .collect()
        });
        let Some(r) = map.get(&cue).map(|&k| &speech[k]) else {
            continue;
        };
        let holds = |outer: crate::span::Span, inner: crate::span::Span| {
            outer.start() <= inner.start() && inner.end() <= outer.end()
        };
        // Only a coordination the partial's mention opens or ends: a longer phrase of
        // another shape (`a study released`, `Clinton delivered`) is the reported-speech
        // source search's own misreading more often than not.
        let coordinated = |rm: crate::span::Span| {
            let text = doc.ctx.text;
            rm != m
                && holds(rm, m)
                && rm.text(text).contains(" and ")
                && (rm.end() == m.end()
                    || rm.start() == m.start() && text[m.end()..].starts_with(" and "))
        };
        if r.speaker_mention.is_some_and(coordinated) && holds(r.span, q.span) {
            q.speaker.clone_from(&r.speaker);
            q.speaker_mention = r.speaker_mention;
            q.speaker_type = r.speaker_type;
        }
    }
}

/// Any sourced reported-speech row covers a quotation (for [`in_reported_speech`]).
fn any_report(_: &Quote) -> bool {
    true
}

/// Gives each quotation row `n` that `takes(n, row)` accepts, lying inside the content of
/// a reported-speech row with a source, that row's source and cue, and types it `partial`
/// (a `quote` stays a `quote`).
/// One pass over the rows in text order; the reported-speech row kept is the one reaching
/// furthest of those begun, and it gives its source when `covers` accepts it.
///
/// Guard `reported_order_lazy`: the sourced reported-speech rows are listed and sorted only
/// at the first quotation `takes` accepts (most documents have none, and both rules using this
/// run on every document); `in_reported_speech_eager` in the tests is the oracle.
fn in_reported_speech(
    rows: &mut [Quote],
    direct: usize,
    covers: impl Fn(&Quote) -> bool,
    takes: impl Fn(usize, &Quote) -> bool,
) {
    let (quotes, speech) = rows.split_at_mut(direct);
    let mut sorted: Option<Vec<usize>> = None;
    let (mut next, mut cover) = (0, None::<usize>);
    for (n, q) in quotes.iter_mut().enumerate() {
        if !takes(n, q) {
            continue;
        }
        let order = sorted.get_or_insert_with(|| sourced_by_start(speech));
        while let Some(&k) = order
            .get(next)
            .filter(|&&k| speech[k].span.start() <= q.span.start())
        {
            if cover.is_none_or(|c| speech[c].span.end() < speech[k].span.end()) {
                cover = Some(k);
            }
            next += 1;
        }
        let Some(r) = cover
            .map(|c| &speech[c])
            .filter(|r| r.span.end() >= q.span.end() && covers(r))
        else {
            continue;
        };
        if q.kind != QuoteType::Quote {
            q.kind = QuoteType::Partial;
        }
        q.speaker.clone_from(&r.speaker);
        q.speaker_mention = r.speaker_mention;
        q.speaker_type = r.speaker_type;
        q.cue = r.cue;
        q.cue_kind = r.cue_kind;
    }
}

/// The indices of the reported-speech rows with a source, by start (for [`in_reported_speech`]).
fn sourced_by_start(speech: &[Quote]) -> Vec<usize> {
    let mut order: Vec<usize> = (0..speech.len())
        .filter(|&k| speech[k].speaker_mention.is_some())
        .collect();
    order.sort_by_key(|&k| speech[k].span.start());
    order
}

/// The names and one-line docs of every rule, list by list, in the order they run.
pub(crate) fn rule_names() -> Vec<(&'static str, &'static str, &'static str)> {
    let source = SOURCE_RULES.iter().map(|r| ("source", r.name, r.doc));
    let share = SHARE_RULES.iter().map(|r| ("share", r.name, r.doc));
    let kind = TYPE_RULES.iter().map(|r| ("type", r.name, r.doc));
    let speech = SPEECH_RULES.iter().map(|r| ("speech", r.name, r.doc));
    source.chain(share).chain(kind).chain(speech).collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::quotes::marks;
    use crate::quotes::{CueKind, SpeakerType};
    use crate::span::Span;

    /// Every quotation of `text` as its `Piece`, handed to `f` with the document.
    fn each_piece(text: &str, mut f: impl FnMut(&Piece)) {
        let mut tokens = crate::tokenize::tokenize(text);
        let sentences = crate::sentences::split(text, &mut tokens);
        let ctx = Ctx::new(text, &tokens);
        let marks = marks::pair(text, &tokens);
        let outer: Vec<&Marked> = marks.iter().filter(|m| m.depth() == 0).collect();
        let quoted: Vec<(usize, usize)> = outer.iter().map(|m| (m.open(), m.after())).collect();
        let outer_index: Vec<usize> = (0..marks.len()).collect();
        let doc = Doc {
            ctx: &ctx,
            sentences: &sentences,
            att: Attributor::new(&ctx, &sentences, &quoted),
            outer: &outer,
            outer_index: &outer_index,
            headline_end: crate::quotes::headline_end(&ctx),
            deck_end: OnceCell::new(),
            mark_styles: OnceCell::new(),
            first_sentence_words: OnceCell::new(),
        };
        let mut kept_after = None;
        for n in 0..outer.len() {
            let piece = Piece::new(&doc, n, &[], kept_after);
            f(&piece);
            kept_after = piece.kept_after();
        }
    }

    /// The windows a piece keeps (`Piece::before`, `Piece::after`, and the previous piece's
    /// after-window, `prev_after`) are the attributor's own answers, asked again each time
    /// (the oracle), on every quotation of invented texts; `before_in_sentence` decides as
    /// with both asked afresh.
    #[test]
    fn kept_windows_match_fresh_reads() {
        let texts = [
            "Ann Cole said on Monday that the plan was \"slow,\" she said. \"We will see.\" \
             Later, the mayor told reporters, \u{201c}It is over,\u{201d} and left.",
            "\"It works,\" said Bob Dunn, a farmer. The agency called it \"unfair\" and \
             \"late,\" according to a report. Dunn added: \"No more.\"",
            "When Cole noted that \"taxes rise,\" Reyes replied, \"They fall,\" the paper said.",
            "\u{201c}Why now?\u{201d} Cole asked the governor. Her warning that \u{201c}time is \
             short\u{201d} was ignored.",
        ];
        let (mut befores, mut afters, mut kept_prev) = (0, 0, 0);
        for text in texts {
            each_piece(text, |p| {
                let att = p.att();
                let before = att.before(p.floor, p.m.open());
                let after = att.after(p.m, p.next_open);
                assert_eq!(p.before(), before, "{text}");
                assert_eq!(p.after(), after, "{text}");
                assert_eq!(p.before(), before, "{text}");
                assert_eq!(p.after(), after, "{text}");
                let fresh = (!p.opens_sentence)
                    .then(|| att.before_or_adjacent_after(p.m, p.floor, before, || after))
                    .flatten();
                assert_eq!(before_in_sentence(p), fresh, "{text}");
                if let Some(kept) = p.prev_after {
                    let prev = p.prev.expect("a quotation before");
                    assert_eq!(kept, att.after(prev, p.m.open()), "{text}");
                    kept_prev += 1;
                }
                befores += usize::from(before.is_some());
                afters += usize::from(after.is_some());
            });
        }
        // The cases hold attributions both before and after their quotations.
        assert!(
            befores >= 3 && afters >= 3 && kept_prev >= 3,
            "{befores} {afters} {kept_prev}"
        );
    }

    /// [`in_reported_speech`] before guard `reported_order_lazy`: the sourced reported-speech
    /// rows sorted up front, whether or not any quotation is taken (the oracle).
    fn in_reported_speech_eager(
        rows: &mut [Quote],
        direct: usize,
        covers: impl Fn(&Quote) -> bool,
        takes: impl Fn(usize, &Quote) -> bool,
    ) {
        let (quotes, speech) = rows.split_at_mut(direct);
        let mut order: Vec<usize> = (0..speech.len())
            .filter(|&k| speech[k].speaker_mention.is_some())
            .collect();
        order.sort_by_key(|&k| speech[k].span.start());
        let (mut next, mut cover) = (0, None::<usize>);
        for (n, q) in quotes.iter_mut().enumerate() {
            if !takes(n, q) {
                continue;
            }
            while let Some(&k) = order
                .get(next)
                .filter(|&&k| speech[k].span.start() <= q.span.start())
            {
                if cover.is_none_or(|c| speech[c].span.end() < speech[k].span.end()) {
                    cover = Some(k);
                }
                next += 1;
            }
            let Some(r) = cover
                .map(|c| &speech[c])
                .filter(|r| r.span.end() >= q.span.end() && covers(r))
            else {
                continue;
            };
            if q.kind != QuoteType::Quote {
                q.kind = QuoteType::Partial;
            }
            q.speaker.clone_from(&r.speaker);
            q.speaker_mention = r.speaker_mention;
            q.speaker_type = r.speaker_type;
            q.cue = r.cue;
            q.cue_kind = r.cue_kind;
        }
    }

    /// A row spanning `[start, end)` of type `kind`, with a mention (and a named speaker) when
    /// `sourced`.
    fn row(start: usize, end: usize, kind: QuoteType, sourced: bool) -> Quote {
        Quote {
            span: Span::new(start, end),
            kind,
            speaker: sourced.then(|| format!("S{start}")),
            speaker_mention: sourced.then(|| Span::new(start, start + 1)),
            cue: sourced.then(|| Span::new(start + 1, start + 2)),
            cue_kind: sourced.then_some(CueKind::Speech),
            speaker_type: sourced.then_some(SpeakerType::Person),
        }
    }

    /// Guard `reported_order_lazy`: [`in_reported_speech`] gives the rows the eager oracle
    /// gives, for the three rules' tests, on an invented document (a partial inside a sourced
    /// report takes its source; one outside keeps none) and on random rows (quotations first,
    /// then reported speech in no order, some without a source, some overlapping).
    #[test]
    fn lazy_reported_order_answers_as_the_eager_one() {
        let unsourced =
            |_: usize, q: &Quote| q.kind == QuoteType::Partial && q.speaker_mention.is_none();
        let term = |_: usize, q: &Quote| q.kind == QuoteType::Term;
        // `unsourced_quote_in_reported_speech`'s shape, with a `covers` that refuses some rows.
        let quote = |_: usize, q: &Quote| q.kind == QuoteType::Quote && q.speaker_mention.is_none();
        let even_start = |r: &Quote| r.span.start() % 2 == 0;
        // "Cole said that the plan is “a disgrace” … and later “nothing new”": two quotations,
        // the first inside the report (bytes 10..60), the second after it.
        let invented = vec![
            row(30, 40, QuoteType::Partial, false),
            row(70, 80, QuoteType::Partial, false),
            row(10, 60, QuoteType::Indirect, true),
        ];
        let mut lazy = invented.clone();
        in_reported_speech(&mut lazy, 2, any_report, unsourced);
        assert_eq!(lazy[0].speaker.as_deref(), Some("S10"));
        assert_eq!(lazy[1].speaker, None);
        let mut eager = invented;
        in_reported_speech_eager(&mut eager, 2, any_report, unsourced);
        assert_eq!(lazy, eager);
        let kinds = [QuoteType::Quote, QuoteType::Partial, QuoteType::Term];
        let mut changed = 0;
        for seed in 0..500u64 {
            let nq = (seed % 7) as usize;
            let ns = (seed / 7 % 6) as usize;
            let starts: Vec<usize> =
                crate::test_text::draw(seed, nq + ns, &[0usize, 5, 12, 20, 33, 41, 58, 70])
                    .collect();
            let lens: Vec<usize> =
                crate::test_text::draw(seed + 9000, nq + ns, &[2usize, 4, 9, 25, 60]).collect();
            let picks: Vec<usize> =
                crate::test_text::draw(seed + 19000, nq + ns, &[0usize, 1, 2, 3]).collect();
            let mut quotes: Vec<Quote> = (0..nq)
                .map(|i| {
                    row(
                        starts[i],
                        starts[i] + lens[i],
                        kinds[picks[i] % 3],
                        picks[i] == 3,
                    )
                })
                .collect();
            quotes.sort_by_key(|q| q.span.start());
            let speech = (nq..nq + ns).map(|i| {
                row(
                    starts[i],
                    starts[i] + lens[i],
                    QuoteType::Indirect,
                    picks[i] != 0,
                )
            });
            let rows: Vec<Quote> = quotes.into_iter().chain(speech).collect();
            for pass in 0..3 {
                let (mut lazy, mut eager) = (rows.clone(), rows.clone());
                if pass == 0 {
                    in_reported_speech(&mut lazy, nq, any_report, unsourced);
                    in_reported_speech_eager(&mut eager, nq, any_report, unsourced);
                } else if pass == 1 {
                    in_reported_speech(&mut lazy, nq, any_report, term);
                    in_reported_speech_eager(&mut eager, nq, any_report, term);
                } else {
                    in_reported_speech(&mut lazy, nq, even_start, quote);
                    in_reported_speech_eager(&mut eager, nq, even_start, quote);
                }
                assert_eq!(lazy, eager, "seed {seed} pass {pass}");
                changed += usize::from(lazy != rows);
            }
        }
        assert!(changed > 50, "{changed} row sets changed");
    }

    /// Invented text and word soup with quotation marks and signatures (for
    /// `term_before_start_answers_as_start_first`).
    fn quote_soup() -> Vec<String> {
        let pieces = [
            "Cole",
            "said",
            "the",
            "plan",
            "is",
            "\u{201c}",
            "\u{201d}",
            "\"",
            "slow",
            ",",
            ".",
            "\u{2014}",
            "Ann",
            "Dunn",
            "a",
            "\u{201c}Cobra\u{201d}",
            "New",
            "and",
            "—",
            "\n",
        ];
        let mut texts = vec![
            "Cole said the plan was \"slow\" and \"a bit late,\" and called it \"Cobra\". \
             \u{201c}We will see.\u{201d} \u{2014}Ann Dunn \u{201c}It is over.\u{201d}"
                .to_string(),
        ];
        for seed in 0..150u64 {
            let gaps = crate::test_text::draw(seed + 5000, 40, &[" ", "", " "]);
            let words = crate::test_text::draw(seed, 40, &pieces);
            texts.push(words.zip(gaps).flat_map(|(w, g)| [w, g]).collect());
        }
        texts
    }

    /// Order `term_before_start`: [`partial_in_reported_speech`] gives the rows the eager
    /// oracle gives with the sentence start read first for every quotation (the rule before
    /// the order), on invented texts and word soup with quotation marks and signatures, each
    /// quotation a `term` or a `partial` inside one sourced report spanning the text.
    #[test]
    fn term_before_start_answers_as_start_first() {
        let texts = quote_soup();
        let mut changed = 0;
        for text in &texts {
            let mut tokens = crate::tokenize::tokenize(text);
            let sentences = crate::sentences::split(text, &mut tokens);
            let ctx = Ctx::new(text, &tokens);
            let marks = marks::pair(text, &tokens);
            let outer: Vec<&Marked> = marks.iter().filter(|m| m.depth() == 0).collect();
            let quoted: Vec<(usize, usize)> = outer.iter().map(|m| (m.open(), m.after())).collect();
            let outer_index: Vec<usize> = (0..marks.len()).collect();
            let doc = Doc {
                ctx: &ctx,
                sentences: &sentences,
                att: Attributor::new(&ctx, &sentences, &quoted),
                outer: &outer,
                outer_index: &outer_index,
                headline_end: crate::quotes::headline_end(&ctx),
                deck_end: OnceCell::new(),
                mark_styles: OnceCell::new(),
                first_sentence_words: OnceCell::new(),
            };
            let found: Vec<Option<Found>> = vec![None; outer.len()];
            let mut rows: Vec<Quote> = outer
                .iter()
                .enumerate()
                .map(|(n, m)| {
                    let kind = if n % 3 == 2 {
                        QuoteType::Partial
                    } else {
                        QuoteType::Term
                    };
                    row(m.span().start(), m.span().end(), kind, false)
                })
                .collect();
            rows.push(row(0, text.len(), QuoteType::Indirect, true));
            let direct = outer.len();
            let mut eager = rows.clone();
            in_reported_speech_eager(&mut eager, direct, any_report, |n, q| {
                let start = doc.quote_sentence_start(n);
                q.kind == QuoteType::Term
                    && classify::weak_term(&ctx, outer[n], found[n].as_ref(), start)
                    && !names_a_thing(&ctx, outer[n])
            });
            let mut lazy = rows.clone();
            partial_in_reported_speech(&doc, &found, &mut lazy, direct);
            assert_eq!(lazy, eager, "{text:?}");
            changed += usize::from(lazy != rows);
        }
        assert!(changed > 10, "{changed} texts changed");
    }
}
