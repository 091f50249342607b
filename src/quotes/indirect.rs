//! Reported speech without quotation marks: "X said (that) …".
//!
//! The guidelines keep this narrow: a speech verb from a short list (say, tell, warn,
//! insist, …; tagged `indirect` in `cue_verbs.txt`) with a subject and a clausal complement,
//! and no quotation mark inside the clause (a quote or partial row covers those). The span
//! starts after "that" (or after the verb and its object when there is no "that") and runs
//! to the end of the sentence, cut before a trailing clause that is the reporter's or a
//! separate act (", though …", ", urging …", "; …"). Relative-clause reporting ("what the
//! administration says is …") is left out.
//!
//! Each sentence is scanned once, left to right, and a sentence yields at most one row per
//! cue, so the pass is linear.

use super::lexicons::{may_be_cue, FunctionClass};
use super::resolve::Entities;
use super::syntax::{Ctx, NpKind};
use super::{Quote, QuoteType};
use crate::sentences::Sentence;

/// How far past the verb "that" may stand ("said on Monday that").
const THAT_WINDOW: usize = 8;

pub(crate) fn extract(
    ctx: &Ctx,
    sentences: &[Sentence],
    quoted: &[(usize, usize)],
    entities: &Entities,
) -> Vec<Quote> {
    let mut out = Vec::new();
    for s in sentences {
        let mut v = s.token_start;
        while v < s.token_end {
            if let Some((row, next, first)) = reported_clause(ctx, s, v, entities) {
                // A reported clause holding a quotation is covered by the quote row.
                let holds_quote = overlaps_quoted(quoted, first, next);
                if !holds_quote {
                    out.push(row);
                }
                v = next.max(v + 1);
                continue;
            }
            v += 1;
        }
    }
    out
}

/// Does `[start, end)` overlap any quoted range (`quoted` is sorted and disjoint)?
fn overlaps_quoted(quoted: &[(usize, usize)], start: usize, end: usize) -> bool {
    let k = quoted.partition_point(|&(_, after)| after <= start);
    quoted.get(k).is_some_and(|&(open, _)| open < end)
}

/// The indirect row governed by the cue at `v`, the token to resume scanning from, and the
/// first token of the clause.
fn reported_clause(
    ctx: &Ctx,
    s: &Sentence,
    v: usize,
    entities: &Entities,
) -> Option<(Quote, usize, usize)> {
    // Cue verbs here are lower-case words: one byte rules out everything else.
    let first = ctx
        .tokens
        .get(v)
        .and_then(|t| ctx.text.as_bytes().get(t.span.start()))?;
    if !first.is_ascii_lowercase() || !may_be_cue(ctx.norm(v)) {
        return None;
    }
    let form = ctx.cue(v).filter(|f| f.indirect && !f.after_only)?;
    if ctx.negated(v) || ctx.is_cap(v) && v == s.token_start {
        return None;
    }
    // A participle ("…, claiming the shooting was reckless") reports for the sentence subject.
    let np = if form.ing {
        let preceded = v > s.token_start && matches!(ctx.tok(v - 1), "," | "and");
        preceded
            .then(|| ctx.np_starting_at(s.token_start, v))
            .flatten()
            .filter(|np| {
                np.kind != NpKind::Common
                    || ctx.function_class(np.start) == Some(FunctionClass::Determiner)
            })
    } else {
        ctx.subject_before(v, s.token_start)
    }?;
    // "what the administration says is …", "vessels that the US says were …".
    if np.start > s.token_start
        && matches!(
            ctx.lower(np.start - 1).as_ref(),
            "what" | "that" | "which" | "who" | "whom"
        )
    {
        return None;
    }
    if np.kind == NpKind::Common
        && np.end - np.start == 1
        && ctx.function_class(np.start).is_none()
        && !ctx.norm(np.start).ends_with('s')
    {
        return None;
    }
    let end_limit = s.token_end;
    // The clause starts after "that", or right after the verb (and the hearer of "tell").
    let mut start = v + 1;
    let mut has_that = false;
    let mut k = v + 1;
    while k < end_limit && k <= v + THAT_WINDOW {
        if ctx.is_any(k, &["that"]) && ctx.function_class(k + 1) != Some(FunctionClass::Auxiliary) {
            has_that = true;
            start = k + 1;
            break;
        }
        if matches!(ctx.tok(k), "." | ";" | ":" | "?" | "!") || ctx.is_quote_mark(k) {
            break;
        }
        k += 1;
    }
    if !has_that {
        if matches!(ctx.lower(v).as_ref(), "told" | "tells" | "tell" | "telling") {
            let object = ctx.np_starting_at(start, end_limit)?;
            start = object.end;
        }
        // Without "that", the clause must open like one: a determiner, a pronoun, a name.
        let opens = ctx.function_class(start) == Some(FunctionClass::Determiner)
            || ctx.is_pronoun(start)
            || ctx.is_cap(start);
        if !opens || ctx.is_preposition(start) {
            return None;
        }
    }
    let mut end = start;
    let mut has_verb = has_that;
    let mut k = start;
    while k < end_limit {
        let t = ctx.tok(k);
        if matches!(t, "." | "!" | "?" | ";" | ":") && !ctx.is_abbreviation_period(k) {
            break;
        }
        // A quotation mark that paired with nothing still ends the reported clause: the
        // clause is the reporter's words, and a mark is never part of them.
        if ctx.is_quote_mark(k) {
            break;
        }
        if t == "," || t == "—" || t == "–" {
            let next = ctx.lower(k + 1);
            let trailing = matches!(
                next.as_ref(),
                "though" | "although" | "but" | "while" | "whereas" | "according" | "as" | "and"
            ) || ctx.cue(k + 1).is_some_and(|f| f.ing)
                || matches!(
                    next.as_ref(),
                    "urging"
                        | "describing"
                        | "calling"
                        | "prompting"
                        | "sparking"
                        | "signaling"
                        | "signalling"
                );
            if trailing {
                break;
            }
        }
        // A finite verb of some kind: an auxiliary, or an -ed or -s word after the subject.
        if ctx.function_class(k) == Some(FunctionClass::Auxiliary)
            || (ctx.is_word(k)
                && k > start
                && ctx.function_class(k).is_none()
                && !ctx.is_cap(k)
                && (ctx.norm(k).ends_with("ed") || ctx.norm(k).ends_with('s')))
        {
            has_verb = true;
        }
        end = k + 1;
        k += 1;
    }
    if !has_verb || end < start + 2 {
        return None;
    }
    let speaker = entities.canonical(ctx, &np);
    let quote = Quote {
        span: ctx.span(start, end),
        kind: QuoteType::Indirect,
        speaker_type: Some(entities.speaker_type(&np, speaker.as_deref())),
        speaker,
        speaker_mention: Some(ctx.span(np.mention_start, np.end)),
        cue: Some(ctx.span(v, v + 1)),
    };
    Some((quote, end, start))
}
