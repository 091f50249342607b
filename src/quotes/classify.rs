//! Typing a quotation: a full quote, a partial worked into the sentence, a term, a title.
//!
//! The guidelines decide by grammar: a *quote* is a complete utterance or a finite clause
//! with its own subject; a *partial* is a fragment inside the reporter's sentence; a *term* is
//! a scare quote, name or label that reports nobody's words; a *title* names a work. Without
//! a parser the rules read the edges of the span: what stands before the opening mark (a
//! sentence start, a colon, "that", a cue verb — or an article, a verb, "so-called"), how the
//! content begins (a capital, a subject pronoun) and ends (terminal punctuation), how long it
//! is, and whether an attribution was found at all. A title-case name after a determiner ("the
//! “War On Drugs”") is a title unless a cue or "as" stands before it; a parenthesised stage
//! direction ("(CROSSTALK.)") is a term.

use super::attribution::{Found, How};
use super::lexicons::{
    FunctionClass, QuoteWordClass, CHARACTERISING_VERBS, MENTIONING_VERBS, QUOTE_WORDS,
    TERM_MARKERS, TITLE_MARKERS, VERB_PARTICLES, WORK_ROLES,
};
use super::marks::{starts_paragraph, Marked};
use super::syntax::Ctx;
use super::{ends_paragraph, QuoteType};
use crate::tokenize::{TokenKind, Whitespace};

/// One quotation as the type rules read it: its edges and what attributed it.
struct Quoted<'q, 'a> {
    ctx: &'q Ctx<'a>,
    m: &'q Marked,
    found: Option<&'q Found>,
    sentence_start: usize,
    /// Words and numbers inside the span.
    words: usize,
    /// The token right before the opening mark, in the same sentence.
    prev: Option<usize>,
    /// An attribution with a cue (not a guessed sentence subject) was found.
    cue_attributed: bool,
    /// [`read_edges`] of the quotation, read on the first ask: several rules read them.
    edges: std::cell::OnceCell<Edges>,
}

impl Quoted<'_, '_> {
    /// The token `back` tokens before the opening mark, if it is in the same sentence.
    fn before(&self, back: usize) -> Option<usize> {
        self.m
            .open()
            .checked_sub(back)
            .filter(|&i| i >= self.sentence_start)
    }

    /// One of the three tokens before the opening mark is in `set`.
    fn marker(&self, set: &super::lexicons::FastSet) -> bool {
        (1..=3)
            .filter_map(|b| self.before(b))
            .any(|i| set.contains(self.ctx.lower(i).as_ref()))
    }
}

/// A named rule on a quotation's form: `Some(kind)` decides, `None` passes.
#[derive(Clone, Copy)]
struct FormRule {
    /// Read by the tests, which switch each rule off in turn, and by [`weak_term`].
    name: &'static str,
    #[cfg_attr(not(test), allow(dead_code))]
    doc: &'static str,
    decide: fn(&Quoted) -> Option<QuoteType>,
}

/// The form rules, in the order [`classify`] tries them; when none decides, a clause is a
/// quote and anything else a partial ([`clause_or_partial`]).
const FORM_RULES: &[FormRule] = &[
    FormRule {
        name: "title_marker",
        doc: "a title marker (`the book`, `the film`) before it: a title, unless cue-attributed",
        decide: |q| title_marker(q).then_some(QuoteType::Title),
    },
    FormRule {
        name: "stage_direction",
        doc: "`(CROSSTALK.)`, `(Applause)`: a stage direction in a transcript is a term",
        decide: |q| stage_direction(q).then_some(QuoteType::Term),
    },
    FormRule {
        name: "nickname",
        doc: "`Marcia “Cia” Price`: a nickname inside a name is a term",
        decide: |q| nickname(q).then_some(QuoteType::Term),
    },
    FormRule {
        name: "title_after_preposition",
        doc: "`told “Morning Joe”`, `on “Fox News Sunday”`: a title-case name after a preposition",
        decide: |q| title_after_preposition(q).then_some(QuoteType::Title),
    },
    FormRule {
        name: "title_after_determiner",
        doc: "`the “War On Drugs”`: a title-case name after a determiner, no cue or `as` before",
        decide: |q| title_after_determiner(q).then_some(QuoteType::Title),
    },
    FormRule {
        name: "title_after_work_role",
        doc: "`the author of “Hacked World Order”`, `host of “The Nightly Show”`: a title",
        decide: |q| title_after_work_role(q).then_some(QuoteType::Title),
    },
    FormRule {
        name: "title_after_dash",
        doc: "`a referendum — “No to Free Harbours” —`: a title-case name set off by a dash after \
              the noun it names is a title",
        decide: |q| title_after_dash(q).then_some(QuoteType::Title),
    },
    FormRule {
        name: "crosshead",
        doc: "`'All Bets Are Off.'`: a title-case paragraph of its own is a crosshead",
        decide: |q| crosshead(q).then_some(QuoteType::Title),
    },
    FormRule {
        name: "attributed_label",
        doc: "`who the mayor dubbed “the harbour queen”`: a label `so_called` would make a term \
              (not `so-called`), attributed by a cue before it in its clause, is that speaker's \
              partial",
        decide: |q| attributed_label(q).then_some(QuoteType::Partial),
    },
    FormRule {
        name: "so_called",
        doc: "`so-called “…”`, `dubbed the “…”`, `known as “…”`: a term",
        decide: |q| so_called(q).then_some(QuoteType::Term),
    },
    FormRule {
        name: "modifies_own_speaker",
        doc: "`the “tax the boats” campaign said`: a short quotation before the noun its cue's \
              speaker mention opens labels that speaker, a term",
        decide: |q| modifies_own_speaker(q).then_some(QuoteType::Term),
    },
    FormRule {
        name: "modifies_noun",
        doc: "`a “use it or lose it” approach`: a short quotation before a noun is a label",
        decide: |q| modifies_noun(q).then_some(QuoteType::Term),
    },
    FormRule {
        name: "label_opens_sentence",
        doc: "`“Orange Is the New Harbour” star Ann Cole spoke`: a quotation of at most \
              twelve words opening its sentence right before a noun labels that noun, a term",
        decide: |q| label_opens_sentence(q).then_some(QuoteType::Term),
    },
    FormRule {
        name: "mentioning_verb_object",
        doc: "`Cole cited “security”`: a fragment `weak_fragment` would make a term, right after \
              a mentioning verb of the sentence's subject, is that subject's partial",
        decide: |q| (weak_fragment(q) && mentioning_verb_object(q)).then_some(QuoteType::Partial),
    },
    FormRule {
        name: "characterised_by_subject",
        doc: "`Cole, casting the plan as a “giveaway”`: a fragment `weak_fragment` would make a \
              term, after `as` and a characterising verb with no other subject, is the sentence \
              subject's partial",
        decide: |q| (weak_fragment(q) && characterised_by_subject(q)).then_some(QuoteType::Partial),
    },
    FormRule {
        name: "weak_fragment",
        doc: "a fragment of at most four words with no cue attributing it is a term",
        decide: |q| weak_fragment(q).then_some(QuoteType::Term),
    },
];

pub(crate) fn classify(
    ctx: &Ctx,
    m: &Marked,
    found: Option<&Found>,
    sentence_start: usize,
) -> QuoteType {
    classify_with(ctx, m, found, sentence_start, FORM_RULES)
}

/// Whether [`classify`] types the quotation `term` by the `weak_fragment` rule: a short
/// fragment nobody was found to say, not a term by its form (so-called, a nickname, a label
/// before a noun, a stage direction).
pub(crate) fn weak_term(
    ctx: &Ctx,
    m: &Marked,
    found: Option<&Found>,
    sentence_start: usize,
) -> bool {
    let q = quoted(ctx, m, found, sentence_start);
    FORM_RULES
        .iter()
        .find(|r| (r.decide)(&q).is_some())
        .is_some_and(|r| r.name == "weak_fragment")
}

/// The type of a quotation known to be somebody's words (rule `chanted_words`): a `quote`
/// when it reads as a clause, else a `partial` ([`clause_or_partial`]), whatever its form.
pub(crate) fn utterance(
    ctx: &Ctx,
    m: &Marked,
    found: Option<&Found>,
    sentence_start: usize,
) -> QuoteType {
    clause_or_partial(&quoted(ctx, m, found, sentence_start))
}

/// [`classify`] with the rules in `rules` (all but one, in the tests).
fn classify_with(
    ctx: &Ctx,
    m: &Marked,
    found: Option<&Found>,
    sentence_start: usize,
    rules: &[FormRule],
) -> QuoteType {
    let q = quoted(ctx, m, found, sentence_start);
    rules
        .iter()
        .find_map(|r| (r.decide)(&q))
        .unwrap_or_else(|| clause_or_partial(&q))
}

/// What the form rules read about one quotation.
fn quoted<'q, 'a>(
    ctx: &'q Ctx<'a>,
    m: &'q Marked,
    found: Option<&'q Found>,
    sentence_start: usize,
) -> Quoted<'q, 'a> {
    let words = (m.first()..m.end())
        .filter(|&i| matches!(ctx.kind(i), Some(TokenKind::Word | TokenKind::Number)))
        .count();
    // Markdown emphasis before the mark (`**Cole:** “Q”`) is no word of the sentence: the
    // token before it is the one the rules read.
    let mut open = m.open();
    while open > sentence_start && ctx.is_emphasis(open - 1) {
        open -= 1;
    }
    let prev = open.checked_sub(1).filter(|&i| i >= sentence_start);
    Quoted {
        ctx,
        m,
        found,
        sentence_start,
        words,
        prev,
        cue_attributed: found.is_some_and(|f| f.how != How::Fallback),
        edges: std::cell::OnceCell::new(),
    }
}

/// Rule `title_marker`.
fn title_marker(q: &Quoted) -> bool {
    q.marker(&TITLE_MARKERS) && (!q.cue_attributed || title_case(q.ctx, q.m))
}

/// Rule `stage_direction`: "(CROSSTALK.)", "(Applause)": a stage direction in a transcript,
/// nobody's words.
fn stage_direction(q: &Quoted) -> bool {
    let (ctx, m) = (q.ctx, q.m);
    let last_word = (m.end() - m.first() <= 12)
        .then(|| {
            (m.first()..m.end())
                .rev()
                .find(|&i| !matches!(ctx.tok(i), "." | "," | "!" | "?"))
        })
        .flatten();
    ctx.is_punct(m.first(), "(")
        && last_word.is_some_and(|l| {
            l > m.first()
                && ctx.is_punct(l, ")")
                && !(m.first() + 1..l).any(|i| ctx.is_punct(i, ")"))
        })
}

/// Rule `nickname`: a nickname inside a name: Marcia "Cia" Price, Robert C. "Bobby" Scott.
fn nickname(q: &Quoted) -> bool {
    let (ctx, m) = (q.ctx, q.m);
    q.words <= 2
        && ctx.is_cap(m.first())
        && q.prev.is_some_and(|p| ctx.is_cap(p))
        && m.close().is_some()
        && ctx.is_cap(m.after())
}

/// Rule `title_after_preposition`: a title-case name after a preposition or "told": a show,
/// a book, a slogan ("told “Morning Joe”", "said on “Fox News Sunday,”"). With its guard
/// `interview_with`: `with` after `interview(s)` (`in an interview with “Harbour Today,”`)
/// names the programme or paper too (`with` alone does not: `with “Real Change”`).
fn title_after_preposition(q: &Quoted) -> bool {
    let ctx = q.ctx;
    let interview_with = q.prev.is_some_and(|p| ctx.lower(p) == "with")
        && q.before(2)
            .is_some_and(|i| matches!(ctx.lower(i).as_ref(), "interview" | "interviews"));
    let after_preposition = interview_with
        || q.prev
            .is_some_and(|p| ctx.is_class(p, QuoteWordClass::TitlePreposition));
    after_preposition && q.words <= 7 && title_case(ctx, q.m)
}

/// Rule `title_after_determiner`: a title-case name after a determiner, perhaps past one
/// modifier: "the “War On Drugs”", "a bipartisan ''Grand Bargain''", "his 1994 “Contract with
/// America”" — a name, a programme, an event; nobody's words unless a cue verb stands right
/// before it ("called it a “Grand Bargain”") or "as" makes it a characterisation.
fn title_after_determiner(q: &Quoted) -> bool {
    let (ctx, m) = (q.ctx, q.m);
    // "described it as a 'Great Honour'" is somebody's characterisation, not a name.
    let after_determiner = (1..=2)
        .filter_map(|b| q.before(b))
        .find(|&i| ctx.function_class(i) == Some(FunctionClass::Determiner))
        .is_some_and(|d| {
            let characterised = d
                .checked_sub(1)
                .is_some_and(|p| ctx.lower(p) == "as" || ctx.cue(p).is_some());
            !characterised
                && (d + 1 == m.open()
                    || (ctx.is_word(d + 1) && !ctx.is_cap(d + 1) && ctx.cue(d + 1).is_none())
                    || ctx.kind(d + 1) == Some(TokenKind::Number))
        });
    let cue_just_before = (1..=3)
        .filter_map(|b| q.before(b))
        .any(|i| ctx.cue(i).is_some());
    after_determiner
        && (2..=8).contains(&q.words)
        && title_case(ctx, m)
        && !cue_just_before
        && !inner_sentence_end(ctx, m)
}

/// Rule `title_after_work_role`: a title-case quotation right after `of` and a person's
/// role in a work (`quote_work_roles.txt`: `the author of “Destiny and Power,”`, `to the
/// tune of “Silent Night”`) names that work, whoever is quoted in the sentence.
fn title_after_work_role(q: &Quoted) -> bool {
    let ctx = q.ctx;
    let of = q.before(1).is_some_and(|p| ctx.lower(p) == "of");
    of && q
        .before(2)
        .is_some_and(|r| WORK_ROLES.contains(ctx.lower(r).as_ref()))
        && q.words <= 12
        && title_case(ctx, q.m)
}

/// Rule `title_after_dash`: "the party called a referendum — “No to Free Harbours” — for
/// June", "a shirt with the campaign's logo — “Keep Cork Great.”": a title-case quotation of
/// two to eight words right after a dash that follows a lower-case noun (no function word,
/// no cue) names that noun, a slogan or a title, not an utterance.
fn title_after_dash(q: &Quoted) -> bool {
    let ctx = q.ctx;
    let dash = q.prev.is_some_and(|p| matches!(ctx.tok(p), "—" | "–"));
    dash && (2..=8).contains(&q.words)
        && q.before(2).is_some_and(|n| {
            ctx.is_word(n)
                && ctx.tok(n).chars().next().is_some_and(char::is_lowercase)
                && ctx.function_class(n).is_none()
                && ctx.cue(n).is_none()
        })
        && title_case(ctx, q.m)
        && !inner_sentence_end(ctx, q.m)
}

/// Rule `crosshead`: a title-case paragraph of its own is a crosshead: 'All Bets Are Off.'
fn crosshead(q: &Quoted) -> bool {
    let (ctx, m) = (q.ctx, q.m);
    starts_paragraph(ctx.text, ctx.tokens, m.open())
        && q.words <= 8
        && title_case(ctx, m)
        && ends_paragraph(ctx, m.after())
}

/// Rule `so_called`: "so-called", "dubbed", "known as" always name a term; "the word", "the
/// slogan" only when nobody is said to have used it.
fn so_called(q: &Quoted) -> bool {
    let (ctx, found, prev) = (q.ctx, q.found, q.prev);
    let before = |b: usize| q.before(b);
    let strong = |w: &str| QUOTE_WORDS.is(w, QuoteWordClass::StrongTermMarker);
    let so_called = prev.is_some_and(|p| {
        let w = ctx.lower(p);
        TERM_MARKERS.contains(w.as_ref()) && (strong(&w) || !found.is_some_and(|f| f.how != How::Fallback))
    }) || before(2).is_some_and(|p| strong(&ctx.lower(p)) && ctx.lower(p + 1) == "as")
        // "dubbed the “…”", "known as the “…”": a determiner between the marker and the term.
        || prev.is_some_and(|p| ctx.function_class(p) == Some(FunctionClass::Determiner))
            && (before(2).is_some_and(|p| strong(&ctx.lower(p)) && ctx.lower(p) != "known") || before(3).is_some_and(|p| ctx.lower(p) == "known" && ctx.lower(p + 1) == "as"));
    so_called && q.words <= 6
}

/// Rule `attributed_label`: a label `so_called` would make a term (`dubbed`, `known as`) that
/// a cue before it in the same clause attributes (`How::Before`, no dash, `;`, colon or
/// bracket between the cue and the opening mark; the marker not set off by a comma, no `by`
/// after the label): `Ann Cole, who the mayor dubbed “the harbour queen,”`, `Cole claimed the ferry was known as the “harbour bus”`. The marker says
/// the words are a label, the cue says whose: that speaker's `partial`. An aside set off by
/// a dash (`Cole claims the ferry could confuse riders – known as “passing off”`) is the
/// reporter's gloss, and `so-called` the reporter's own distance (`Cole said the so-called
/// “harbour tax” would go`): both stay terms.
fn attributed_label(q: &Quoted) -> bool {
    let ctx = q.ctx;
    // A spaced hyphen sets off an aside as a dash does (`riders - known as`); `so-called`
    // split at its hyphen does not.
    let aside = |k: usize| {
        matches!(ctx.tok(k), "—" | "–" | ";" | "(" | ":")
            || ctx.tok(k) == "-" && ctx.tokens[k].ws_before != Whitespace::None
    };
    // `so-called` is the reporter's own distance from the words, whoever is reported.
    let so_called_marker = (1..=3).filter_map(|b| q.before(b)).any(|k| {
        ctx.lower(k) == "so-called"
            || ctx.lower(k) == "called"
                && k >= 2
                && ctx.tok(k - 1) == "-"
                && ctx.lower(k - 2) == "so"
    });
    // `the law, dubbed the “…” by critics,`: a marker set off by a comma is the reporter's
    // gloss on a noun, and a `by` after the label names who gave it (review rev20).
    let strong = |k: usize| QUOTE_WORDS.is(&ctx.lower(k), QuoteWordClass::StrongTermMarker);
    let gloss = (1..=3)
        .filter_map(|b| q.before(b))
        .any(|k| strong(k) && k >= 1 && ctx.tok(k - 1) == ",");
    let labelled_by = q.m.after() < ctx.len() && ctx.lower(q.m.after()) == "by";
    !so_called_marker
        && !gloss
        && !labelled_by
        && q.found.is_some_and(|f| {
            f.how == How::Before
                && f.cue.is_some_and(|(_, end)| {
                    end + ATTRIBUTED_LABEL_REACH >= q.m.open() && !(end..q.m.open()).any(aside)
                })
        })
        && so_called(q)
}

/// Most tokens between the cue's end and the opening mark that `attributed_label` reads (the
/// cue of a `How::Before` source stands in the quotation's clause, a few words back).
const ATTRIBUTED_LABEL_REACH: usize = 40;

/// Rule `modifies_noun`: "a 'total peace' strategy", "a “use it or lose it” approach": a
/// short quotation modifying the noun after it is a label, unless a cue verb attributes it.
fn modifies_noun(q: &Quoted) -> bool {
    before_noun(q) && q.words <= 4 && !q.cue_attributed
}

/// Rule `modifies_own_speaker`: "the “Never Again” movement says", "the “tax the boats”
/// campaign said": the cue found attributes the mention that opens right after the closing
/// mark, the very noun the short quotation modifies, so the cue is that speaker's and the
/// quotation only its label (the exception to `modifies_noun`'s cue guard). Not when the
/// content ends in punctuation: `“Call the roll,” came shouts` closes an utterance.
fn modifies_own_speaker(q: &Quoted) -> bool {
    let ends_in_punctuation = edges(q)
        .last
        .is_some_and(|l| q.ctx.kind(l) == Some(TokenKind::Punct));
    q.cue_attributed
        && q.found.is_some_and(|f| f.np.start == q.m.after())
        && !ends_in_punctuation
        && before_noun(q)
        && q.words <= 4
}

/// Most words of a quotation that `label_opens_sentence` reads as a label.
const OPENING_LABEL_WORDS: usize = 12;

/// Rule `label_opens_sentence`: "“Orange Is the New Harbour” star Ann Cole opened up": a
/// quotation opening its sentence right before a noun (`before_noun`) is part of the
/// sentence's subject, a show or a slogan naming the noun, not an utterance (an utterance
/// opening a sentence is followed by its comma, a cue or a name, not a lower-case noun).
/// `modifies_noun` takes such labels of up to four words anywhere in a sentence; at the
/// sentence's start a longer one is a label too. The content's first and last tokens are
/// capitalised words: not `“We won Cork!” chants rang out` (punctuation closes an
/// utterance), not `“I am committed to jobs” sounds great` (the quotation is the subject
/// of a verb). Not when a cue attributes it.
fn label_opens_sentence(q: &Quoted) -> bool {
    let (ctx, m) = (q.ctx, q.m);
    if q.cue_attributed || q.words > OPENING_LABEL_WORDS || !before_noun(q) {
        return false;
    }
    let opens_sentence = q.prev.is_none() || starts_paragraph(ctx.text, ctx.tokens, m.open());
    // A title or a slogan has a capital at both ends; an utterance rarely ends on one.
    let last = edges(q).last;
    let capitalised_edges =
        ctx.is_cap(m.first()) && last.is_some_and(|l| ctx.is_word(l) && ctx.is_cap(l));
    opens_sentence && capitalised_edges
}

/// The closed quotation stands right before a lower-case word on its line that is no
/// function word, cue or `-ed` form: the noun it modifies (`modifies_noun`,
/// `modifies_own_speaker`).
fn before_noun(q: &Quoted) -> bool {
    let (ctx, m) = (q.ctx, q.m);
    m.close().is_some() && {
        let a = m.after();
        ctx.is_word(a)
            && !ctx.line_before(a)
            && ctx.tok(a).chars().next().is_some_and(char::is_lowercase)
            && ctx.function_class(a).is_none()
            && ctx.cue(a).is_none()
            && !ctx.norm(a).ends_with("ed")
    }
}

/// How the span's content begins and ends, read by the last rules.
#[derive(Clone, Copy)]
struct Edges {
    /// The last token of the content, if there is content.
    last: Option<usize>,
    /// The content ends with `.`, `!`, `?` or `…`.
    terminal: bool,
    /// A clause can start where the quotation opens (a sentence start, a colon, "that", a cue).
    starts_clause: bool,
    /// The content starts with a capital or a number.
    first_upper: bool,
}

/// The quotation's [`Edges`], read once per quotation ([`read_edges`]).
fn edges(q: &Quoted) -> Edges {
    *q.edges.get_or_init(|| read_edges(q))
}

fn read_edges(q: &Quoted) -> Edges {
    let (ctx, m) = (q.ctx, q.m);
    let last = m.end().checked_sub(1).filter(|&l| l >= m.first());
    let terminal = last.is_some_and(|l| matches!(ctx.tok(l), "." | "!" | "?" | "…"));
    let starts_clause = match q.prev {
        None => true,
        Some(p) => {
            matches!(ctx.tok(p), ":" | "," | "—" | "–" | ";" | "(")
                || ctx.lower(p) == "that"
                || ctx.cue(p).is_some()
                || ctx.is_quote_mark(p)
                || starts_paragraph(ctx.text, ctx.tokens, m.open())
        }
    };
    let first_upper = ctx.is_cap(m.first()) || ctx.kind(m.first()) == Some(TokenKind::Number);
    Edges {
        last,
        terminal,
        starts_clause,
        first_upper,
    }
}

/// Rule `weak_fragment`: a speaker guessed from the sentence subject, with no cue, does not
/// make one or two words somebody's words: "a “philanthropub”", "Tea Party “super PACs”".
fn weak_fragment(q: &Quoted) -> bool {
    let e = edges(q);
    let weakly_attributed = q.found.is_none() || (!q.cue_attributed && q.words < 3);
    weakly_attributed
        && q.words <= 4
        && !(e.terminal && e.first_upper)
        && !(e.starts_clause && e.first_upper && q.words >= 2)
}

/// Most determiners and particles between a mentioning verb and the opening mark (rule
/// `mentioning_verb_object`: `touted her “plan”`, `talked up the “deal”`).
const MENTIONING_GAP: usize = 2;

/// Rule `mentioning_verb_object`: the quotation's only source is its sentence's subject (no
/// cue found), and a verb of `quote_mentioning_verbs.txt` after that subject stands right
/// before the opening mark, past at most [`MENTIONING_GAP`] determiners (`his`, `a`) or
/// particles (`up`, `in`), and the verb has no other subject (`Ctx::subject_before`: not
/// `Harbour` read out of `Harbour officials cited`; a participle or an infinitive has none,
/// `Cole endorsed her, citing her “record”`): `Cole cited “security”`, `Cole talked up her
/// “50-state plan”`.
/// The object of such a verb is words the subject puts forward, not the reporter's scare
/// quote, so the fragment is the subject's `partial` (issue 14: a short partial with a
/// source is `partial`).
fn mentioning_verb_object(q: &Quoted) -> bool {
    let Some(f) = q.found.filter(|f| f.how == How::Fallback) else {
        return false;
    };
    let ctx = q.ctx;
    (1..=MENTIONING_GAP + 1)
        .map_while(|b| q.before(b))
        .take_while(|&k| k >= f.np.end)
        .find(|&k| {
            !(ctx.function_class(k) == Some(FunctionClass::Determiner)
                || VERB_PARTICLES.contains(ctx.lower(k).as_ref()))
        })
        .is_some_and(|k| {
            MENTIONING_VERBS.contains(ctx.lower(k).as_ref())
                && ctx
                    .subject_before(k, q.sentence_start)
                    .is_none_or(|s| s.end == f.np.end)
        })
}

/// Most tokens between a characterising verb and `as` (rule `characterised_by_subject`).
const CHARACTERISED_GAP: usize = 6;

/// Rule `characterised_by_subject`: the quotation's only source is its sentence's subject (no
/// cue found), `as` stands right before the opening mark (past at most two determiners; not
/// `such as`), and a characterising verb (`quote_characterising_verbs.txt`) at most
/// [`CHARACTERISED_GAP`] tokens before `as`, with no punctuation between, has no subject of
/// its own or that one (`Ctx::subject_before`): `She banks on presenting herself as
/// “anti-system”`, `Cole summed up the budget as “terrible”`. The source rule
/// `characterised_as` finds the verb's subject where it can; this takes the sentence subject
/// where it cannot (a participle far from its subject).
fn characterised_by_subject(q: &Quoted) -> bool {
    let Some(f) = q.found.filter(|f| f.how == How::Fallback) else {
        return false;
    };
    let ctx = q.ctx;
    let Some(a) = (1..=3)
        .map_while(|b| q.before(b))
        .find(|&k| ctx.function_class(k) != Some(FunctionClass::Determiner))
    else {
        return false;
    };
    if ctx.lower(a) != "as" || a == 0 || ctx.is_class(a - 1, QuoteWordClass::ComparisonLead) {
        return false;
    }
    (a.saturating_sub(CHARACTERISED_GAP).max(f.np.end)..a)
        .rev()
        .take_while(|&k| ctx.is_word(k))
        .find(|&k| CHARACTERISING_VERBS.contains(ctx.lower(k).as_ref()))
        .is_some_and(|k| {
            ctx.subject_before(k, q.sentence_start)
                .is_none_or(|s| s.end == f.np.end)
        })
}

/// When no rule decides: a quote when the span reads as a clause (its own utterance, a
/// clause opening where a clause can start, or a subject pronoun and four words), else a
/// partial.
fn clause_or_partial(q: &Quoted) -> QuoteType {
    let (ctx, m, found, prev, words) = (q.ctx, q.m, q.found, q.prev, q.words);
    let Edges {
        last,
        terminal,
        starts_clause,
        first_upper,
    } = edges(q);
    let subject_pronoun = ctx.is_class(m.first(), QuoteWordClass::SubjectPronoun)
        || ctx.norm(m.first()).contains('\'')
            && ctx.function_class(m.first()) == Some(FunctionClass::Pronoun);
    // “Yes,” he said: a quotation standing as its own sentence before its attribution is a
    // whole utterance, however short.
    let sentence_start_quote = prev.is_none() || starts_paragraph(ctx.text, ctx.tokens, m.open());
    let own_utterance = sentence_start_quote
        && found.is_some_and(|f| f.how == How::After)
        && (terminal || last.is_some_and(|l| ctx.tok(l) == ","));
    let clause = own_utterance
        || (starts_clause
            && (first_upper
                || prev.is_some_and(|p| ctx.lower(p) == "that" || ctx.cue(p).is_some()))
            && (words >= 4 || terminal))
        || (subject_pronoun
            && words >= 4
            && prev.is_some_and(|p| {
                ctx.function_class(p) != Some(FunctionClass::Determiner)
                    && ctx.cue(p).is_none_or(|_| true)
            }));
    if clause {
        QuoteType::Quote
    } else {
        QuoteType::Partial
    }
}

/// Every content word capitalised, small words aside: "Fox News Sunday", "Face the Nation".
pub(crate) fn title_case(ctx: &Ctx, m: &Marked) -> bool {
    let mut words = 0;
    for i in m.first()..m.end() {
        match ctx.kind(i) {
            Some(TokenKind::Word) => {
                words += 1;
                // Clitics split off a capitalised word count with it: "Isn't", "Obama's".
                let clitic =
                    i > m.first() && (ctx.norm(i).starts_with('\'') || ctx.norm(i) == "n't");
                if !clitic && !ctx.is_cap(i) && !ctx.is_written(i, QuoteWordClass::TitleSmall) {
                    return false;
                }
            }
            Some(TokenKind::Punct) if matches!(ctx.tok(i), "," | "." | ":" | "-" | "!" | "?") => {}
            Some(TokenKind::Number) => {}
            _ => return false,
        }
    }
    words > 0 && ctx.is_cap(m.first())
}

/// A sentence end inside the span, before its last token ("Yes. We Can").
fn inner_sentence_end(ctx: &Ctx, m: &Marked) -> bool {
    (m.first()..m.end().saturating_sub(1)).any(|i| matches!(ctx.tok(i), "." | "!" | "?"))
}

#[cfg(test)]
#[path = "classify_tests.rs"]
mod tests;
