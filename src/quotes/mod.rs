//! Stage 3: tokens + sentences → quotations with their speakers.
//!
//! Quote attribution is a chain of small, local decisions, each in its own module:
//!
//! 1. `marks` pairs quotation marks into spans (straight, curly, single beside apostrophes,
//!    guillemets, `„“`; nested; cut at a paragraph end when a close is missing; linked across
//!    paragraphs when a quotation is re-opened).
//! 2. `syntax` is a shallow chunker: noun phrases, subjects of verbs, asides set off by
//!    commas, looked up within bounded windows.
//! 3. `attribution` finds the cue and the speaker mention for each outermost quotation,
//!    trying the shapes news uses (`“…,” he said`, `X said: “…”`, `according to X`, a colon
//!    sentence, a continued paragraph). The order they are tried in is the named rule lists
//!    of `rules` (`SOURCE_RULES` per quotation, then `SHARE_RULES` over the document, then
//!    `TYPE_RULES`), so [`extract`] reads as cue → content → source → resolve.
//! 4. `resolve` maps the mention to the fullest name in the document (surnames, honorifics,
//!    descriptions, pronouns), from an index of name mentions built in one pass.
//! 5. `classify` types the span (quote, partial, term, title), and `indirect` adds
//!    reported speech without marks.
//!
//! Three decisions that shape the output, and why:
//!
//! * Where no cue verb is found, a quotation inside a sentence is given that sentence's
//!   subject as its speaker (news rarely quotes anyone but the subject), with no cue; one- and
//!   two-word spans attributed only this way are typed `term`, since scare quotes look the
//!   same.
//! * Quotations in a short opening headline (a first paragraph of at most 16 words followed
//!   by the article) are typed `title` with no speaker: the body quotes the same words with
//!   their attribution, and counting both would count one quotation twice.
//! * `indirect` rows come last; one may hold a quotation worked into its clause (which is also
//!   its own `partial` row), never one that is most of it. Consumers scoring against
//!   quotation-marked gold (PolNeAR) filter them out with `term` and `title`.
//!
//! All of it is linear in the document: every look-up is bounded by a window, a sentence or a
//! fixed number of sentences, the per-token lexicon facts are cached, paragraph starts are
//! indexed once, and the mention index is searched by binary search.

mod attribution;
mod classify;
pub(crate) mod escaped;
mod indirect;
pub(crate) mod lexicons;
mod marks;
pub(crate) mod markup;
mod nested;
mod phrasal;
mod resolve;
mod rules;
mod syntax;
#[cfg(test)]
mod tests;
mod word_table;
mod wrapped;

use std::cell::OnceCell;

use serde::Serialize;

use crate::facts::TokenFacts;
use crate::sentences::Sentence;
use crate::span::Span;
use crate::tokenize::Token;

use attribution::Attributor;
use marks::starts_paragraph;
use resolve::Entities;
use rules::{Doc, RuleSwitch};
use syntax::Ctx;

/// What a quoted span is, following the gold guidelines.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum QuoteType {
    /// A complete utterance or finite clause in quotation marks.
    Quote,
    /// A fragment in quotation marks worked into the reporter's sentence.
    Partial,
    /// Scare quotes, a name or a label: nobody's words are reported.
    Term,
    /// The title of a work or a headline.
    Title,
    /// Reported speech without quotation marks ("X said that …").
    Indirect,
}

impl QuoteType {
    pub const ALL: [QuoteType; 5] = [
        QuoteType::Quote,
        QuoteType::Partial,
        QuoteType::Term,
        QuoteType::Title,
        QuoteType::Indirect,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            QuoteType::Quote => "quote",
            QuoteType::Partial => "partial",
            QuoteType::Term => "term",
            QuoteType::Title => "title",
            QuoteType::Indirect => "indirect",
        }
    }
}

/// What kind of speaker a quotation is attributed to, for grouping.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum SpeakerType {
    /// A named person, or a pronoun or description resolved to one.
    Person,
    /// A named organisation (a firm, a paper, a party), or a description resolved to one.
    Organisation,
    /// A description never tied to a name: "a spokesman", "analysts", "the report".
    Role,
    /// A pronoun with no antecedent in the text.
    Unresolved,
}

impl SpeakerType {
    pub fn as_str(self) -> &'static str {
        match self {
            SpeakerType::Person => "person",
            SpeakerType::Organisation => "organisation",
            SpeakerType::Role => "role",
            SpeakerType::Unresolved => "unresolved",
        }
    }
}

/// One quotation: the content span (marks excluded), its type, and who said it.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Quote {
    pub span: Span,
    pub kind: QuoteType,
    /// The canonical name of the speaker, resolved within the document.
    pub speaker: Option<String>,
    /// The mention the attribution hangs on ("he", "Petro", "A Colombian official").
    pub speaker_mention: Option<Span>,
    /// The cue verb or phrase ("said", "according to").
    pub cue: Option<Span>,
    /// What the cue reports: speech, a thought or belief, or a document (None without a cue).
    pub cue_kind: Option<CueKind>,
    /// What kind of speaker `speaker_mention` is; `None` when there is no mention.
    pub speaker_type: Option<SpeakerType>,
}

/// What kind of act a cue reports, so that a user can keep or drop beliefs and thoughts.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum CueKind {
    /// Something said or written by a person or body: "said", "told", "warned".
    Speech,
    /// A belief, thought or feeling: "believes", "thinks", "fears".
    Thought,
    /// A document, study or record: "according to the report", "the data show".
    Document,
}

impl CueKind {
    pub const ALL: [CueKind; 3] = [CueKind::Speech, CueKind::Thought, CueKind::Document];

    pub fn as_str(self) -> &'static str {
        match self {
            CueKind::Speech => "speech",
            CueKind::Thought => "thought",
            CueKind::Document => "document",
        }
    }
}

/// The names and one-line docs of the quote cascade's rules, list by list (`source`,
/// `share`, `type`), in the order they run.
pub fn rule_names() -> Vec<(&'static str, &'static str, &'static str)> {
    rules::rule_names()
}

/// Finds the quotations in a tokenized, sentence-split text.
///
/// A text that writes its marks as HTML references (`&quot;`, `&#8220;`) is read with them
/// decoded, and a hard-wrapped text with its wrap breaks as spaces; the spans returned are
/// offsets into `text` as given.
pub fn extract(text: &str, tokens: &[Token], sentences: &[Sentence]) -> Vec<Quote> {
    extract_with(text, tokens, sentences, RuleSwitch::default())
}

/// [`extract`] reading the token facts the pipeline computed once for `tokens`.
pub fn extract_with_facts(
    text: &str,
    tokens: &[Token],
    sentences: &[Sentence],
    facts: &TokenFacts,
) -> Vec<Quote> {
    extract_switched(text, tokens, sentences, Some(facts), RuleSwitch::default())
}

/// [`extract`] without reported speech: the direct quotations only, for callers that read
/// nothing else (across articles, a figure's quotation) and need not pay for the cue search.
pub(crate) fn extract_direct(text: &str, tokens: &[Token], sentences: &[Sentence]) -> Vec<Quote> {
    extract_with(
        text,
        tokens,
        sentences,
        RuleSwitch {
            off: Some(INDIRECT_SPEECH),
        },
    )
}

/// The switch name of reported speech (statements without marks, `indirect.rs`).
const INDIRECT_SPEECH: &str = "indirect_speech";

/// [`extract`] with some rules switched off (to test what each rule does on its own).
pub(crate) fn extract_with(
    text: &str,
    tokens: &[Token],
    sentences: &[Sentence],
    switch: RuleSwitch,
) -> Vec<Quote> {
    extract_switched(text, tokens, sentences, None, switch)
}

/// [`extract_with`] over the given token facts of `tokens` (`None`: computed here).
fn extract_switched(
    text: &str,
    tokens: &[Token],
    sentences: &[Sentence],
    facts: Option<&TokenFacts>,
    switch: RuleSwitch,
) -> Vec<Quote> {
    let escaped = match facts {
        Some(f) => f.needs_decoding(text),
        None => escaped::needs_decoding(text),
    };
    let wrapped = wrapped::is_hard_wrapped(text);
    if !escaped && !wrapped {
        return match facts {
            Some(f) => extract_plain(text, tokens, sentences, f, switch),
            None => {
                let f = TokenFacts::new(text, tokens);
                extract_plain(text, tokens, sentences, &f, switch)
            }
        };
    }
    // Read as the plain text it stands for; the tokens and sentences given are of the text
    // as given, so they are made again for the text as read.
    let mut decoded = escaped::Decoded::new(text);
    if wrapped {
        decoded.text = wrapped::unwrap_lines(&decoded.text);
    }
    let mut dtokens = crate::tokenize::tokenize_read(&decoded.text);
    let given = crate::sentences::Given {
        text,
        decoded: &decoded,
    };
    let dsentences = crate::sentences::split_read(&decoded.text, &mut dtokens, None, given);
    let dfacts = TokenFacts::new(&decoded.text, &dtokens);
    let mut quotes = extract_plain(&decoded.text, &dtokens, &dsentences, &dfacts, switch);
    for q in &mut quotes {
        q.span = decoded.original(q.span);
        q.speaker_mention = q.speaker_mention.map(|m| decoded.original(m));
        q.cue = q.cue.map(|c| decoded.original(c));
    }
    quotes
}

fn extract_plain(
    text: &str,
    tokens: &[Token],
    sentences: &[Sentence],
    facts: &TokenFacts,
    switch: RuleSwitch,
) -> Vec<Quote> {
    if tokens.is_empty() {
        return Vec::new();
    }
    let ctx = Ctx::with_facts(text, tokens, facts);
    // Content: the marks paired into quotations; the outermost ones are attributed.
    let marks = marks::pair(text, tokens);
    let outer: Vec<&marks::Marked> = marks.iter().filter(|m| m.depth() == 0).collect();
    let quoted: Vec<(usize, usize)> = outer.iter().map(|m| (m.open(), m.after())).collect();
    let mut outer_index = vec![usize::MAX; marks.len()];
    for (n, (k, _)) in marks
        .iter()
        .enumerate()
        .filter(|(_, m)| m.depth() == 0)
        .enumerate()
    {
        outer_index[k] = n;
    }
    let entities = Entities::build(&ctx, &quoted);
    let doc = Doc {
        ctx: &ctx,
        sentences,
        att: Attributor::new(&ctx, sentences, &quoted),
        outer: &outer,
        outer_index: &outer_index,
        headline_end: headline_end(&ctx),
        deck_end: OnceCell::new(),
        mark_styles: OnceCell::new(),
        first_sentence_words: OnceCell::new(),
    };
    // Source: the cue and speaker mention of each quotation, by the listed rules.
    let found = doc.sources(switch);
    // Resolve: the type of each span, and its mention as the fullest name in the document.
    let mut out = Vec::with_capacity(outer.len());
    let mut kinds = Vec::with_capacity(outer.len());
    for (n, m) in outer.iter().enumerate() {
        let kind = doc.kind(n, found[n].as_ref(), &kinds, switch);
        kinds.push(kind);
        let f = match kind {
            QuoteType::Term | QuoteType::Title => None,
            _ => found[n],
        };
        let speaker = f.and_then(|f| entities.canonical(&ctx, &f.np));
        out.push(Quote {
            span: m.span(),
            kind,
            speaker_type: f.map(|f| entities.speaker_type(&ctx, &f.np, speaker.as_deref())),
            speaker,
            speaker_mention: f.map(|f| resolve::mention_span(&ctx, &f.np)),
            cue: f.and_then(|f| f.cue).map(|(a, b)| ctx.span(a, b)),
            cue_kind: f
                .and_then(|f| f.cue)
                .map(|(a, _)| indirect::cue_kind_of(&ctx, a)),
        });
    }
    if switch.on(INDIRECT_SPEECH) {
        out.extend(indirect::extract(&ctx, sentences, &quoted, &entities));
        for rule in rules::SPEECH_RULES.iter().filter(|r| switch.on(r.name)) {
            (rule.apply)(&doc, &found, &mut out, outer.len());
        }
    }
    out.sort_by_key(|q| q.span.start());
    // Rule `they_described_group`: reads every row, so it runs once they are all found.
    resolve::they_described_group(&ctx, &mut out);
    out
}

/// Most words a first paragraph may have to be read as the article's headline.
pub(crate) const HEADLINE_WORDS: usize = 16;

/// The end of the article's own headline: a short first paragraph followed by more text
/// ("Flynn says Trump 'absolutely right' in saying generals reduced to rubble."). Quotation
/// marks in a headline flag words the body quotes with their attribution, so headline
/// quotations are typed `title` and get no speaker; counting them would count the quote twice.
/// 0 when the text does not open with such a line.
fn headline_end(ctx: &Ctx) -> usize {
    let mut words = 0;
    let mut k = 0;
    while k < ctx.len() && ctx.paragraph_of(k) == 0 {
        words += usize::from(ctx.is_word(k));
        if words > HEADLINE_WORDS {
            return long_title_case_headline_end(ctx)
                .unwrap_or_else(|| flattened_headline_end(ctx));
        }
        k += 1;
    }
    // More than one paragraph must follow: a short text is not an article with a headline.
    let more = k < ctx.len() && ctx.paragraph_of(ctx.len() - 1) >= 2;
    if more {
        k
    } else {
        flattened_headline_end(ctx)
    }
}

/// Most short paragraphs a headline's deck holds (`Suspected terror on harbour day.` then
/// `'Carnage on the quay' in the old town.`).
const MAX_DECK_PARAGRAPHS: usize = 2;

/// Rule `headline_deck`: where the deck under the headline that ends at `headline_end`
/// ends: one or two short paragraphs (at most [`HEADLINE_WORDS`] words each) right after it,
/// followed by a longer paragraph where the body starts. Returns the body's first token, or
/// `headline_end` when there is no deck (no headline, a run of more short paragraphs: a list
/// or a dialogue, not a deck; or no long paragraph after them). Reads at most three
/// paragraphs after the headline, stopping once one is long; computed once a document.
pub(crate) fn headline_deck_end(ctx: &Ctx, headline_end: usize) -> usize {
    if headline_end == 0 || headline_end >= ctx.len() {
        return headline_end;
    }
    let first = ctx.paragraph_of(headline_end);
    let mut k = headline_end;
    let (mut p, mut p_start) = (first, headline_end);
    let mut words = 0;
    while k < ctx.len() {
        if ctx.paragraph_of(k) != p {
            // Paragraph `p` was short: the next one may be the body or more deck.
            (p, p_start) = (ctx.paragraph_of(k), k);
            words = 0;
            if p > first + MAX_DECK_PARAGRAPHS {
                return headline_end;
            }
        }
        words += usize::from(ctx.is_word(k));
        if words > HEADLINE_WORDS {
            // The body starts at paragraph `p`; the deck is what lies before it.
            return p_start;
        }
        k += 1;
    }
    headline_end
}

/// Rule `long_title_case_headline`: a first paragraph longer than [`HEADLINE_WORDS`] words is
/// still the headline when it is one title-case line (`Ctx::headline_line`: every word
/// capitalised or a headline small word, within 40 tokens: "Mayor Cole Tells Harbour Board to
/// ‘Turn Away’ From ‘Speculators’ and ‘Dreamers’ Like Dunn") and more than one paragraph
/// follows: body text is never in title case.
fn long_title_case_headline_end(ctx: &Ctx) -> Option<usize> {
    let end = ctx.headline_line(0)?;
    (end < ctx.len() && ctx.paragraph_of(end) == 1 && ctx.paragraph_of(ctx.len() - 1) >= 2)
        .then_some(end)
}

/// Rule `flattened_headline`: in text whose line breaks were lost, the headline runs into the
/// body; a title-case opening run of at least five words ("Cole Says ‘We Will Win’ In Vote
/// The mayor of …") is read as the headline, up to the first lower-case word or the end of
/// the first sentence, whichever comes first ("Cole Wins Harbour Vote. The Mayor Said …"
/// ends at "Vote.").
fn flattened_headline_end(ctx: &Ctx) -> usize {
    if ctx.paragraph_of(ctx.len() - 1) != 0 {
        return 0;
    }
    let first_sentence = ctx.tokens[0].sentence;
    let mut words = 0;
    let mut k = 0;
    while k < ctx.len() && k < HEADLINE_WORDS * 3 && ctx.tokens[k].sentence == first_sentence {
        if ctx.is_word(k) {
            if !(ctx.is_cap(k) || ctx.headline_small_word(k)) {
                break;
            }
            words += 1;
        }
        k += 1;
    }
    if words >= 5 && k < ctx.len() {
        k
    } else {
        0
    }
}

/// Rule `dateline_is_no_speaker`: a paragraph that opens with a place in capitals set off by a
/// comma, bracket or dash (`SPRINGFIELD, Ill. —`, `WASHINGTON (AP) —`) opens with a dateline,
/// not with the subject of its sentence.
fn is_dateline(ctx: &Ctx, np: &syntax::Np) -> bool {
    let all_caps = |k: usize| {
        let t = ctx.tok(k);
        t.chars().filter(|c| c.is_alphabetic()).count() >= 2 && !t.chars().any(char::is_lowercase)
    };
    starts_paragraph(ctx.text, ctx.tokens, np.start)
        && (np.start..np.end).all(|k| !ctx.is_word(k) || all_caps(k))
        && matches!(ctx.tok(np.end), "," | "(" | "—" | "–" | "-")
}

/// Rule `unattributed_title_case`: a closed quotation nobody is found to have said, whose
/// words are all capitalised ("Orange Is the New Black", "MAKE AMERICA GREAT AGAIN"), is the
/// title of a work, a slogan or a headline, not a quotation.
fn is_title_case(ctx: &Ctx, m: &marks::Marked) -> bool {
    if m.close().is_none() {
        return false;
    }
    let mut words = 0;
    for k in m.first()..m.end() {
        if ctx.is_word(k) {
            if !(ctx.is_cap(k) || (words > 0 && ctx.headline_small_word(k))) {
                return false;
            }
            words += 1;
        }
    }
    words >= 2
}

/// Is the line holding token `i` a title-case headline ("Hillary Clinton Speaks ‘Directly To
/// White People’ After Latest Police Shooting")? Looks at most 40 tokens either way.
fn in_headline(ctx: &Ctx, i: usize) -> bool {
    let mut start = i;
    while start > 0 && i - start < 40 && !ctx.line_before(start) {
        start -= 1;
    }
    let mut end = i + 1;
    while end < ctx.len() && end - start < 60 && !ctx.line_before(end) {
        end += 1;
    }
    let mut words = 0;
    for k in start..end {
        if ctx.is_word(k) {
            words += 1;
            if !(ctx.is_cap(k) || ctx.headline_small_word(k)) {
                return false;
            }
        }
    }
    words >= 3
}

/// Is token `i` at the end of its paragraph (only closing punctuation before the break)?
pub(crate) fn ends_paragraph(ctx: &Ctx, i: usize) -> bool {
    let mut k = i;
    while k < ctx.len() && k < i + 3 {
        if ctx.starts_paragraph(k) {
            return true;
        }
        if ctx.kind(k) != Some(crate::tokenize::TokenKind::Punct) {
            return false;
        }
        k += 1;
    }
    k >= ctx.len()
}

/// Does a new sentence start at token `i` (only closing punctuation before it)?
fn ends_sentence(ctx: &Ctx, i: usize) -> bool {
    let here = ctx.tokens.get(i.saturating_sub(1)).map(|t| t.sentence);
    let mut k = i;
    while k < ctx.len() && k < i + 3 {
        if Some(ctx.tokens[k].sentence) != here {
            return true;
        }
        if ctx.kind(k) != Some(crate::tokenize::TokenKind::Punct) {
            return false;
        }
        k += 1;
    }
    k >= ctx.len()
}

/// Paragraph breaks in `[from, to]`.
fn paragraphs_between(ctx: &Ctx, from: usize, to: usize) -> usize {
    ctx.paragraph_of(to).saturating_sub(ctx.paragraph_of(from))
}
