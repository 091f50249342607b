//! Content: where the reported clause starts and ends.
//!
//! A reported clause runs to the end of its sentence, through any quotation inside it (the
//! quotation is also its own row; the reported clause is never cut at a mark), and stops
//! before a trailing clause that is the reporter's or a separate act (", though …",
//! ", urging …", "; …").

use super::super::lexicons::FunctionClass;
use super::super::syntax::Ctx;
use super::cue;
use super::words;
use crate::lexicon::registry::IndirectWordClass as Class;
use crate::lexicon::{self, FastSet};
use crate::numbers::lexicons::{NUMBER_WORDS, QUALIFIERS, SCALES};
use std::sync::LazyLock;

/// A lower-cased word list of `data/lexicons/` (each file's header says which rule reads it).
macro_rules! word_list {
    ($name:ident, $file:literal) => {
        static $name: LazyLock<FastSet<String>> = LazyLock::new(|| {
            lexicon::lowercase_set(include_str!(concat!("../../../data/lexicons/", $file)))
        });
    };
}

word_list!(HEDGE_MODALS, "indirect_hedge_modals.txt");
word_list!(AMOUNT_SUBJECTS, "indirect_amount_subjects.txt");
word_list!(INDEFINITE_PERSONS, "indirect_indefinite_persons.txt");
word_list!(PERFECT_AUXILIARIES, "indirect_perfect_auxiliaries.txt");
word_list!(BARE_ED_FORMS, "indirect_bare_ed_forms.txt");
word_list!(EED_PASTS, "indirect_eed_pasts.txt");
word_list!(RATE_DETERMINERS, "indirect_rate_determiners.txt");

/// Is token `k` a word of `list` (lower-cased)?
fn in_list(ctx: &Ctx, k: usize, list: &FastSet<String>) -> bool {
    ctx.is_word(k) && list.contains(ctx.low(k))
}

/// Longest reported clause scanned, in tokens: bounds the work of a rule that fails late.
pub(crate) const MAX_CLAUSE: usize = 160;

/// How far into a clause without "that" its verb may stand.
const OPENING_WINDOW: usize = 12;

/// How far past the verb "that" may stand ("said on Monday that").
const THAT_WINDOW: usize = 8;

/// How far past the verb at `v` [`clause_start`] reads for "that" ([`THAT_WINDOW`], grown by
/// rule `noun_participle_phrase`), and whether a "that" stands within that reach.
fn that_window(ctx: &Ctx, v: usize, limit: usize) -> (usize, bool) {
    let that = |window: usize| (v + 1..window).any(|j| ctx.tok(j) == "that");
    let window = limit.min(v + THAT_WINDOW + 1);
    if that(window) {
        return (THAT_WINDOW, true);
    }
    if !participle_after_noun(ctx, v + 2, window) {
        return (THAT_WINDOW, false);
    }
    let reach = THAT_WINDOW + PARTICIPLE_PHRASE;
    (reach, that(limit.min(v + reach + 1)))
}

/// Rule `noun_participle_phrase` (part of `clause_start`): the longest participle phrase
/// after a reporting noun that the "that" window grows by ("in a statement carried by the
/// state news agency that …").
const PARTICIPLE_PHRASE: usize = 8;

/// Rule `noun_participle_phrase`: "said in a statement carried by the state news agency that
/// …", "said in a report released on Monday that …": a past participle (in -ed) right after a
/// reporting noun and before a preposition opens a phrase that modifies the noun; the "that"
/// after it is still the verb's, so the window for it grows by [`PARTICIPLE_PHRASE`]. Reads
/// `[from, to)` only.
fn participle_after_noun(ctx: &Ctx, from: usize, to: usize) -> bool {
    (from..to).any(|j| {
        ctx.norm(j).ends_with("ed")
            && ctx.tok(j).starts_with(|c: char| c.is_ascii_lowercase())
            && cue::noun_at(ctx, j - 1).is_some()
            && ctx.is_preposition(j + 1)
    })
}

/// Sentence punctuation that ends a reported clause.
pub(crate) fn ends_clause(ctx: &Ctx, k: usize) -> bool {
    matches!(ctx.tok(k), "." | "!" | "?" | ";") && !ctx.is_abbreviation_period(k)
}

/// A comma or dash at `k` that opens a trailing clause not part of the reported words.
fn opens_trailing_clause(ctx: &Ctx, k: usize) -> bool {
    if !matches!(ctx.tok(k), "," | "—" | "–" | "--") {
        return false;
    }
    // The words listed are lower-case after a comma; no lookup for a name or a number.
    let next = ctx.tok(k + 1);
    let lower = next.starts_with(|c: char| c.is_ascii_lowercase());
    lower && words::is(ctx, k + 1, Class::TrailingOpener)
        || next.ends_with("ing")
            && (lower && words::is(ctx, k + 1, Class::TrailingParticiple)
                || cue::verb_at(ctx, k + 1).is_some_and(|c| c.ing))
}

/// Rule `aside_closed_by_cue`: "The agency, citing a police source, said …", "The officials,
/// quoting a memo, told …": a comma and a finite past cue of the sentence's subject close
/// the reported words of an aside (an -ing word a few tokens before `start`, or a comma
/// before it, opens it: "Police, citing witnesses, …", "a pastor supporting Y, …"; or a
/// relative pronoun: "X, who said …, told …"; the search back stops at a finite verb that
/// only a relative pronoun may open, so a comma before the main clause's own subject and
/// cue opens nothing: not "Speaking on Monday, the minister said the plan, a costly one,
/// warned …", "Police, citing witnesses, said the driver, a local man, told …"; not "denied
/// Mr Yeo, his spokesman, said …"; words `[start, k)` with no finite verb, past cue or
/// subject pronoun of their own: a phrase, not a clause whose verb that cue could be, as in
/// "said the man, who later left, claimed …", "and he, once again, pledged …"); the main
/// cue reports what follows it. Not "…, said to be …" nor "…, told by …" (a participle
/// with its own complement). Read only at a comma.
fn aside_closed_by_cue(ctx: &Ctx, k: usize, start: usize) -> bool {
    if !ctx.is_punct(k, ",") || !ctx.tok(k + 1).starts_with(|c: char| c.is_ascii_lowercase()) {
        return false;
    }
    let past = ctx
        .cue(k + 1)
        .is_some_and(|f| !f.base && !f.ing && !f.third);
    past && aside_opened(ctx, start)
        && !ctx.is_preposition(k + 2)
        && !ctx.is_any(k + 2, &["to", "as"])
        && cue::verb_at(ctx, k + 1).is_some_and(|c| c.clause && !c.ing)
        && !aside_has_verb(ctx, start, k)
        && !(start..k).any(|j| {
            words::is(ctx, j, Class::SubjectPronoun)
                || ctx.cue(j).is_some_and(|f| !f.base && !f.ing && !f.third)
        })
}

/// Step `aside_plural_noun` of rule `aside_closed_by_cue`: does `[start, end)` hold a finite
/// verb ([`finite_at`])? An -s word right after a preposition, "to", an article or
/// possessive, a determiner or a figure is a plural noun ("X, speaking to reporters, said …",
/// "X, citing the minutes of meetings, said …"), not a verb.
fn aside_has_verb(ctx: &Ctx, start: usize, end: usize) -> bool {
    (start..end).any(|k| {
        let noun_after = |p: usize| {
            ctx.is_preposition(p)
                || ctx.is_any(p, &["to"])
                || words::is(ctx, p, Class::NounMarker)
                || ctx.function_class(p) == Some(FunctionClass::Determiner)
                || ctx.kind(p) == Some(crate::tokenize::TokenKind::Number)
        };
        finite_at(ctx, k, k > start)
            && !(k > start
                && ctx.norm(k).ends_with('s')
                && ctx.function_class(k).is_none()
                && noun_after(k - 1))
    })
}

/// Part of rule `aside_closed_by_cue`: is the clause at `start` the reported words of an
/// aside? Reading back from `start` within [`ASIDE_OPENING`] tokens and its sentence, up to
/// a comma: a relative pronoun opens one ("X, who said …"); so does the comma, or an -ing
/// word within three tokens, when no finite verb stands between it and `start` (a comma
/// before "the minister said" or "X, who spoke on Monday, said" is the main clause's).
fn aside_opened(ctx: &Ctx, start: usize) -> bool {
    let mut finite = false;
    for j in (start.saturating_sub(ASIDE_OPENING)..start).rev() {
        if ends_clause(ctx, j) {
            return false;
        }
        if ctx.function_class(j) == Some(FunctionClass::Relative) {
            return true;
        }
        if ctx.is_punct(j, ",") {
            return !finite;
        }
        if !finite && j + 3 >= start && ctx.norm(j).ends_with("ing") {
            return true;
        }
        finite = finite
            || finite_at(ctx, j, j > 0)
            || ctx.cue(j).is_some_and(|f| !f.base && !f.ing && !f.third);
    }
    false
}

/// The end (exclusive) of a reported clause starting at `start`, within `[start, limit)`,
/// stepping over quoted spans (`quoted` is sorted, disjoint; token ranges, marks included).
pub(crate) fn clause_end(
    ctx: &Ctx,
    quoted: &[(usize, usize)],
    start: usize,
    limit: usize,
) -> usize {
    let mut limit = limit.min(start + MAX_CLAUSE);
    let mut end = start;
    let mut k = start;
    let mut q = quoted.partition_point(|&(_, after)| after <= start);
    let joiners = words::first_letters(Class::ClauseJoiner);
    // A clause inside a quotation ends at its closing mark ("… I think she will,” X said).
    if let Some(&(open, after)) = quoted.get(q) {
        if open < start {
            limit = limit.min(after - 1);
            q += 1;
        }
    }
    while k < limit {
        if let Some(&(open, after)) = quoted.get(q) {
            if open <= k {
                // A quotation is part of the clause, whatever punctuation it holds.
                end = after.min(limit).max(end);
                k = after.max(k + 1);
                q += 1;
                continue;
            }
        }
        if stops_clause_in(ctx, joiners, k, start) {
            break;
        }
        end = k + 1;
        k += 1;
    }
    // Never end on a comma or dash.
    while end > start && matches!(ctx.tok(end - 1), "," | "—" | "–" | ":" | "--") {
        end -= 1;
    }
    end
}

/// Does token `k`, outside any quotation, end a reported clause starting at `start`: sentence
/// punctuation, a trailing clause or a coordinated cue after its first token, or a mark that
/// paired with nothing (it is no part of the words)? [`stops_clause_naive`] with a fast path:
/// a token opening with an ASCII letter or digit is none of the punctuation those tests read.
#[cfg_attr(not(test), allow(dead_code))]
fn stops_clause(ctx: &Ctx, k: usize, start: usize) -> bool {
    stops_clause_in(ctx, words::first_letters(Class::ClauseJoiner), k, start)
}

/// [`stops_clause`] with the joiners' first-letter table in hand (`clause_end` reads it once
/// per clause, not once per token) and the token read once for its first byte, its form
/// (the joiner's first letter, [`coordinated_cue`]'s first test) and its kind (a quotation
/// mark).
#[inline(always)]
fn stops_clause_in(ctx: &Ctx, joiners: &words::ClassFirst, k: usize, start: usize) -> bool {
    if let Some(t) = ctx.tokens.get(k) {
        if ctx
            .text
            .as_bytes()
            .get(t.span.start())
            .is_some_and(u8::is_ascii_alphanumeric)
        {
            return k > start && words::may_be_in(joiners, t.norm(ctx.text)) && joined_cue(ctx, k)
                || t.kind == crate::tokenize::TokenKind::Quote;
        }
    }
    stops_clause_naive(ctx, k, start)
}

/// Does token `k` open with an ASCII letter or digit? Then it is no punctuation mark, no
/// dash and no quotation mark (one byte read, no string compared).
#[inline]
pub(crate) fn plain(ctx: &Ctx, k: usize) -> bool {
    ctx.tokens
        .get(k)
        .and_then(|t| ctx.text.as_bytes().get(t.span.start()))
        .is_some_and(u8::is_ascii_alphanumeric)
}

/// [`stops_clause`] read test by test (its oracle in the tests).
fn stops_clause_naive(ctx: &Ctx, k: usize, start: usize) -> bool {
    ends_clause(ctx, k)
        || (k > start
            && (opens_trailing_clause(ctx, k)
                || coordinated_cue(ctx, k)
                || aside_closed_by_cue(ctx, k, start)))
        || ctx.is_quote_mark(k)
}

/// Does `[start, end)` hold a finite verb: an auxiliary, or an -ed / -s word or a listed
/// irregular past form after its first word?
pub(crate) fn has_finite_verb(ctx: &Ctx, start: usize, end: usize) -> bool {
    first_finite_verb(ctx, start, end).is_some()
}

/// The first token of `[start, end)` that [`has_finite_verb`] reads as a finite verb: a test
/// of `[start, e)` for any `e` is then `first < e`, one look however often it is asked.
pub(crate) fn first_finite_verb(ctx: &Ctx, start: usize, end: usize) -> Option<usize> {
    (start..end).find(|&k| finite_at(ctx, k, k > start))
}

/// Does `[start, end)` hold a verb by a surer sign than [`has_finite_verb`]: an auxiliary, an
/// -ed word or a listed irregular past, but not an -s word (in a subject phrase such as "law
/// enforcement officials" or "foreign affairs spokesman" those are plural nouns).
pub(crate) fn has_verb_sure(ctx: &Ctx, start: usize, end: usize) -> bool {
    (start..end).any(|k| {
        let w = ctx.norm(k);
        finite_at(ctx, k, k > start) && !(w.ends_with('s') && ctx.function_class(k).is_none())
    })
}

/// Does `w` end with the two bytes `suffix` (`str::ends_with` of a two-letter ending, compiled
/// in place whatever the build inlines: these tests run at every token of a clause)?
#[inline(always)]
fn ends2(w: &str, suffix: &[u8; 2]) -> bool {
    let b = w.as_bytes();
    b.len() >= 2 && b[b.len() - 2] == suffix[0] && b[b.len() - 1] == suffix[1]
}

/// Is token `k` a finite verb (see [`has_finite_verb`]); `inside` when it is not the first
/// word of the stretch looked at.
pub(crate) fn finite_at(ctx: &Ctx, k: usize, inside: bool) -> bool {
    let w = ctx.norm(k);
    if w == "'s" {
        // After a lower-case function word ("he's", "there's") a verb; "CNN's", "Tuesday's"
        // are possessives.
        return inside && ctx.function_class(k - 1).is_some() && !ctx.is_cap(k - 1);
    }
    // "he'd", "they're", "we've": a contracted auxiliary.
    if matches!(w, "'d" | "'ll" | "'re" | "'ve" | "'m") {
        return true;
    }
    // "can't", "won't" split as "ca" / "wo" + "n't", and "cannot": a negated auxiliary (the
    // length test first: this runs for every token of a clause).
    if w.len() == 2 && k + 1 < ctx.len() && ctx.norm(k + 1) == "n't" || w == "cannot" {
        return true;
    }
    // A capitalised "May" inside a clause is the month.
    if ctx.function_class(k) == Some(FunctionClass::Auxiliary) {
        return !(inside && ctx.is_cap(k));
    }
    ctx.is_word(k)
        && inside
        && ctx.function_class(k).is_none()
        && !ctx.is_cap(k)
        && (ends2(w, b"ed")
            || w.ends_with('s') && !ends2(w, b"ss")
            || cue::irregular_past_at(ctx, k)
            || ambiguous_past_at(ctx, k))
}

/// Does a finite verb stand right after `k` ("remarks suggest", "statements were"): a listed
/// cue verb in lower case or an auxiliary.
pub(crate) fn verb_follows(ctx: &Ctx, k: usize) -> bool {
    let n = k + 1;
    n < ctx.len()
        && !ctx.is_cap(n)
        && (ctx.function_class(n) == Some(FunctionClass::Auxiliary)
            || cue::verb_at(ctx, n).is_some_and(|c| !c.ing && !ctx.norm(n).ends_with('s'))
                // "says praise from", "sees hope on": the noun of a phrase, not a verb.
                && !ctx.is_preposition(n + 1))
}

/// "prices rose 5%", "sales fell,": a past form that may also be a noun ("the rose garden",
/// "a tax cut was") is a verb between a subject word and a figure, an adverb, a preposition,
/// an article or the end of the clause.
fn ambiguous_past_at(ctx: &Ctx, k: usize) -> bool {
    if k == 0 || !words::is(ctx, k, Class::AmbiguousPast) {
        return false;
    }
    let p = k - 1;
    let after_subject = ctx.is_word(p)
        && !words::is(ctx, p, Class::NounMarker)
        && !ctx.is_preposition(p)
        && (ctx.function_class(p).is_none() || words::is(ctx, p, Class::SubjectPronoun));
    let n = k + 1;
    let before_complement = n >= ctx.len()
        || !ctx.is_word(n)
        || ctx.norm(n).ends_with("ly")
        || ctx.is_preposition(n)
        || ctx.function_class(n) == Some(FunctionClass::Determiner);
    after_subject && before_complement
}

/// Tokens of `[start, end)` inside quoted spans.
pub(crate) fn quoted_tokens(quoted: &[(usize, usize)], start: usize, end: usize) -> usize {
    let mut q = quoted.partition_point(|&(_, after)| after <= start);
    let mut n = 0;
    while let Some(&(open, after)) = quoted.get(q) {
        if open >= end {
            break;
        }
        n += after.min(end).saturating_sub(open.max(start));
        q += 1;
    }
    n
}

/// Does a clause starting at `start` start inside a quotation, after its opening mark? Then
/// [`clause_end`] ends it at the closing mark (the same test there), so the whole clause is
/// quoted: guard `quoted_content` of the verb rules reads this before their subject search.
#[inline]
pub(crate) fn starts_in_quotation(quoted: &[(usize, usize)], start: usize) -> bool {
    let q = quoted.partition_point(|&(_, after)| after <= start);
    quoted.get(q).is_some_and(|&(open, _)| open < start)
}

/// Does a quotation open at token `k` (its opening mark)?
pub(crate) fn opens_quotation(quoted: &[(usize, usize)], k: usize) -> bool {
    quoted.binary_search_by_key(&k, |&(open, _)| open).is_ok()
}

/// The quotation (its marks' token range) holding token `k` inside its marks, if any.
pub(crate) fn quotation_around(quoted: &[(usize, usize)], k: usize) -> Option<(usize, usize)> {
    let q = quoted.partition_point(|&(_, after)| after <= k);
    quoted
        .get(q)
        .copied()
        .filter(|&(open, after)| open < k && k + 1 < after)
}

/// Is `[start, end)` a direct quotation rather than reported speech: most of it in marks?
/// Such a span is a quote row; the indirect row is for the reporter's own words.
pub(crate) fn mostly_quoted(quoted: &[(usize, usize)], start: usize, end: usize) -> bool {
    end > start && quoted_tokens(quoted, start, end) * 10 >= (end - start) * 7
}

/// Where the clause governed by the verb at `v` starts: after "that" within a few tokens
/// ("said on Monday that …"), at a wh-word ("asked whether …"), or right after the verb (and
/// the hearer of "told X …") when the next words open a clause. `None` when nothing there
/// reads as a clause.
pub(crate) fn clause_start(ctx: &Ctx, v: usize, limit: usize, hearer: bool) -> Option<usize> {
    let mut k = v + 1;
    // Guard `that_in_window`: the loop below returns only at a "that"; with none in its
    // window it reads nothing the code after it needs, so it is skipped.
    let (reach, found) = that_window(ctx, v, limit);
    if !found {
        k = limit.min(v + reach + 1);
    }
    while k < limit && k <= v + reach {
        // "hinted at that in …": a "that" right after a preposition is its object, no clause.
        if ctx.tok(k) == "that"
            && ctx.function_class(k + 1) != Some(FunctionClass::Auxiliary)
            && !ctx.is_preposition(k - 1)
        {
            // An inner cue before it takes the "that" (read only once a "that" is found).
            if (v + 2..k).any(|j| nested_cue(ctx, v, j)) || infinitive_before_that(ctx, v, k) {
                break;
            }
            return (k + 1 < limit).then_some(k + 1);
        }
        // Another cue ("said, citing rents that …") governs what follows it; so does a cue
        // coordinated with this one ("said … but added that …").
        if matches!(ctx.tok(k), "." | ";" | ":" | "?" | "!")
            || coordinated_cue(ctx, k)
            || ctx.is_quote_mark(k)
            || ctx.tok(k).ends_with("ing") && cue::verb_at(ctx, k).is_some()
        {
            break;
        }
        k += 1;
    }
    let mut start = v + 1;
    if ctx.is_punct(start, ",") {
        // "…,” Vale said, citing …": a participle after the comma is a cue of its own.
        if ctx.tok(start + 1).ends_with("ing") {
            return None;
        }
        start += 1;
    }
    // Step `hearer_optional`: a cue that may take a hearer ("asked voters whether …") takes
    // a wh-word right after it as the clause ("asked whether …").
    let opener = !ctx.is_any(start, &["that"]) && words::is(ctx, start, Class::ClauseOpener);
    if hearer && !opener {
        start = hearer_end(ctx, start, limit)?;
        if ctx.is_any(start, &["'s", "’s"]) {
            match possessed_hearer(ctx, start, limit)? {
                Hearer::Clause(at) => return (at < limit).then_some(at),
                Hearer::Ends(at) => start = at,
            }
        }
        let past = relative_after_hearer(ctx, start, limit).or_else(|| wh_after_time(ctx, start));
        if let Some(at) = past {
            return (at + 1 < limit).then_some(at);
        }
    }
    // A wh-word opens the clause itself ("asked whether …"); "that" is read in the window above.
    if !ctx.is_any(start, &["that"]) && words::is(ctx, start, Class::ClauseOpener) {
        return (start + 1 < limit).then_some(start);
    }
    if let Some(after) = time_before_clause(ctx, start, limit) {
        return Some(after);
    }
    if opens_clause_or_qualified(ctx, v, start, limit) {
        return Some(start);
    }
    // "said on Friday he met …", "said in an interview the plan …": a short phrase first.
    if ctx.is_preposition(start) && !ctx.is_any(start, &["to"]) {
        // A day or month is no noun phrase to the chunker: then the one word.
        let phrase_end = ctx
            .np_starting_at(start + 1, limit)
            .map_or(start + 2, |np| np.end);
        let after = phrase_end + usize::from(ctx.is_punct(phrase_end, ","));
        let opener = words::is(ctx, after, Class::SubjectPronoun)
            || ctx.function_class(after) == Some(FunctionClass::Determiner);
        if phrase_end <= start + PHRASE_BEFORE_CLAUSE && opener && ctx.is_word(start + 1) {
            return opens_clause(ctx, after, limit).then_some(after);
        }
    }
    None
}

/// Step `relative_after_hearer` of `clause_start`: "asked the workers who had gone on strike to
/// return", "asked the witnesses who saw the crash what they had heard": a relative word
/// right after the hearer with a verb of its own ([`verb_after_relative`]), and an infinitive or another
/// wh-word later in the sentence, is a relative clause of the hearer, not the question: the
/// later "to" or wh-word opens what was asked. `None`: no such relative ("asked the
/// engineers who would pay" is the question).
fn relative_after_hearer(ctx: &Ctx, start: usize, limit: usize) -> Option<usize> {
    if ctx.function_class(start) != Some(FunctionClass::Relative)
        || ctx.is_any(start, &["that"])
        || !verb_after_relative(ctx, start + 1)
    {
        return None;
    }
    (start + 2..limit)
        .take_while(|&j| !ends_clause(ctx, j) && !ctx.is_quote_mark(j))
        .find(|&j| {
            (!ctx.is_any(j, &["that"]) && words::is(ctx, j, Class::ClauseOpener))
                || (ctx.is_any(j, &["to"])
                    && ctx.is_word(j + 1)
                    && !ctx.is_cap(j + 1)
                    && !words::is(ctx, j + 1, Class::NounMarker))
        })
}

/// Step `time_after_hearer` of `clause_start`: "asked Clinton Friday whether …", "asked the
/// engineers on Monday whether …": time words between the hearer (ending at `start`) and a
/// wh-word are the cue's adjunct; the wh-word.
fn wh_after_time(ctx: &Ctx, start: usize) -> Option<usize> {
    let after = (start..ctx.len().min(start + 3))
        .find(|&j| !words::is(ctx, j, Class::TimeWord))
        .unwrap_or(start);
    (after > start && !ctx.is_any(after, &["that"]) && words::is(ctx, after, Class::ClauseOpener))
        .then_some(after)
}

/// Does the relative word before `k` take a verb at `k` ("who had gone", "who saw", "which
/// met"): an auxiliary, or a lower-case word of no function class (a subject relative; "which
/// the board …" opens with its subject)?
pub(crate) fn verb_after_relative(ctx: &Ctx, k: usize) -> bool {
    ctx.is_word(k)
        && !ctx.is_cap(k)
        && matches!(ctx.function_class(k), None | Some(FunctionClass::Auxiliary))
}

/// Where the hearer opening at `start` ends: its noun phrase, or step `pronoun_hearer`: an
/// object pronoun is a whole hearer, where the chunker reads no phrase ("told him the plan
/// …", "asked them whether …").
fn hearer_end(ctx: &Ctx, start: usize, limit: usize) -> Option<usize> {
    ctx.np_starting_at(start, limit)
        .map(|np| np.end)
        .or_else(|| {
            // Step `pronoun_all`: "told them all the plan …": "all" after the pronoun is its own.
            let all = ctx.is_any(start + 1, &["all"]) && start + 2 < limit;
            super::hearer_pronoun(ctx, start).then_some(start + 1 + usize::from(all))
        })
}

/// Does a clause open at `start`, right after the cue at `v` or after a comma: by its first
/// word ([`opens_clause`]) or, right after the cue, a qualified figure ([`qualified_figure`])?
fn opens_clause_or_qualified(ctx: &Ctx, v: usize, start: usize, limit: usize) -> bool {
    opens_clause(ctx, start, limit)
        || start == v + 1 && qualified_figure(ctx, start, limit).is_some()
}

/// Rule `qualified_figure_subject`: "said at least 12 people were killed", "said as many as
/// 300 homes were damaged", "said about a dozen boats had sunk" (disaster and crime copy): a
/// figure's qualifier (`qualifiers.txt`, the number stage's list: "at least", "about", "as
/// many as", "up to") before a figure that opens a clause belongs to that clause's subject;
/// the clause starts at the qualifier, not at the preposition read as the cue's adjunct
/// ("said at a briefing …"). The figure is digits, a cardinal or fraction word ("one",
/// "half"), or "a" / "an" before one or before a scale word ("a dozen", "a million"), and
/// opens a clause ([`opens_clause`]); right after the cue only (not "those primaries
/// concluded, as many as 40 percent …": the comma ends the cue's clause). Returns the
/// figure's token.
fn qualified_figure(ctx: &Ctx, start: usize, limit: usize) -> Option<usize> {
    let (qualifiers, longest) = &*QUALIFIERS;
    let mut phrase = String::new();
    let mut figure = None;
    for k in start..limit.min(start + longest) {
        if !ctx.is_word(k) {
            break;
        }
        if k > start {
            phrase.push(' ');
        }
        phrase.push_str(ctx.low(k));
        if qualifiers.contains_key(phrase.as_str()) {
            figure = Some(k + 1);
        }
    }
    let figure = figure.filter(|&f| f < limit)?;
    let counts = |k: usize| {
        let w = ctx.low(k);
        NUMBER_WORDS.cardinal.contains_key(w) || NUMBER_WORDS.fraction.contains_key(w)
    };
    let article = ctx.is_any(figure, &["a", "an"])
        && figure + 1 < limit
        && (counts(figure + 1) || SCALES.0.contains_key(ctx.low(figure + 1)));
    if ctx.kind(figure) == Some(crate::tokenize::TokenKind::Number) {
        // Digits: rule `numeral_subject` reads the clause.
        return opens_clause(ctx, figure, limit).then_some(figure);
    }
    // A spelled-out figure opens a clause only before an auxiliary or a form of "be" in the
    // window (`a dozen homes had burned`; not `decide six counties in the caucuses`, where
    // an -s noun could pass for the verb), and before any relative word: the verb must be the
    // figure's own ("wrote about two families who were evicted" keeps the cue "wrote about").
    let window = limit.min(figure + OPENING_WINDOW);
    let auxiliary = (figure + 1..window)
        .take_while(|&k| {
            !matches!(ctx.tok(k), "," | ";" | ":" | "." | "—")
                && ctx.function_class(k) != Some(FunctionClass::Relative)
                && !ctx.is_any(k, &["that"])
        })
        .any(|k| {
            ctx.function_class(k) == Some(FunctionClass::Auxiliary) || words::is(ctx, k, Class::Be)
        });
    ((ctx.is_word(figure) && counts(figure) || article)
        && auxiliary
        && opens_clause(ctx, figure, limit))
    .then_some(figure)
}

/// Rule `time_before_clause`: "said Tuesday it would …", "said late Friday the ban …",
/// "said last week the plant …", "said yesterday he had …" (wire style): a bare time phrase
/// (no preposition; `time_word` words, "this" before one) between the cue and a clause is
/// the cue's adjunct, not the clause's first words. The run must be a whole time phrase
/// ([`Ctx::time_phrase_ending_at`]: not "says long lines …", "wrote last October after …"),
/// and the clause after it must open with a subject pronoun, a determiner, a capital or a
/// figure (not "confirmed earlier reports of …"), nor be a possessive ("said Monday's vote");
/// after a capitalised time word a capital must open a person's name, a given name or an
/// honorific (not "said Friday Harbor would …": the name may go on).
fn time_before_clause(ctx: &Ctx, start: usize, limit: usize) -> Option<usize> {
    let time = |k: usize| {
        !ctx.is_preposition(k)
            && (words::is(ctx, k, Class::TimeWord)
                || ctx.is_any(k, &["this"]) && words::is(ctx, k + 1, Class::TimeWord))
    };
    let mut k = start;
    while k < limit && k < start + TIME_BEFORE_CLAUSE && time(k) {
        k += 1;
    }
    // A lone weekday ("said Tuesday") is a whole phrase too (not "said Long Island …").
    let weekday = k == start + 1 && ctx.is_cap(start) && ctx.norm(start).ends_with("day");
    let whole = weekday
        || k > start && ctx.time_phrase_ending_at(k - 1, start.saturating_sub(1)) == Some(start);
    if !whole {
        return None;
    }
    let possessive = ctx.tok(k).starts_with(['\'', '’']) || ctx.norm(k).ends_with("'s");
    // After a capitalised time word ("Friday"), a capital that opens no person's name may
    // go on the same name ("said Friday Harbor would …", "Saturday Night Live"): only a
    // given name or an honorific opens the clause there ("said Friday Ann Cole would …").
    let pronoun = words::is(ctx, k, Class::SubjectPronoun);
    let name_goes_on = ctx.is_cap(k - 1) && ctx.is_cap(k) && !ctx.starts_person_name(k);
    let opener = pronoun
        || ctx.function_class(k) == Some(FunctionClass::Determiner)
        || ctx.is_cap(k) && !name_goes_on
        || ctx.kind(k) == Some(crate::tokenize::TokenKind::Number);
    (opener && !possessive && opens_clause(ctx, k, limit)).then_some(k)
}

/// Longest bare time phrase before a clause, in tokens ("late Friday night").
const TIME_BEFORE_CLAUSE: usize = 3;

/// Where [`possessed_hearer`] leaves the clause search.
enum Hearer {
    /// A "that" a few words on: the clause starts at this token.
    Clause(usize),
    /// The hearer ends at this token; the clause search goes on from there.
    Ends(usize),
}

/// Step `possessed_hearer` of [`clause_start`]: "told USA TODAY's video series", "told
/// NBC's “Today” on Friday that …": at the "'s" at `s`, a possessive goes on to the noun it
/// owns (a quoted title too), still the hearer, not a clause; a "that" a few words on opens
/// the clause. `None` when nothing owned follows.
fn possessed_hearer(ctx: &Ctx, s: usize, limit: usize) -> Option<Hearer> {
    let owned = s + 1;
    let end = if ctx.is_quote_mark(owned) {
        (owned + 1..limit).find(|&j| ctx.is_quote_mark(j))? + 1
    } else {
        ctx.np_starting_at(owned, limit)?.end
    };
    let window = limit.min(end + THAT_WINDOW);
    let stop = |j: usize| matches!(ctx.tok(j), "." | ";" | ":" | "?" | "!");
    Some(
        match (end..window)
            .take_while(|&j| !stop(j))
            .find(|&j| ctx.tok(j) == "that")
        {
            Some(that) => Hearer::Clause(that + 1),
            None => Hearer::Ends(end),
        },
    )
}

/// "said the minister told them that …": a finite verb cue of its own between a cue and
/// "that" takes the "that" clause; the outer cue reports the clause holding it. The inner
/// cue needs a subject of its own: not right after the cue ("denied reports that", "the
/// report suggests that": the first word is the noun), nor after an article, possessive,
/// determiner, or preposition when it is a reporting noun ("its claims that", "pointed to
/// reports that"), nor after a bare modifier right after the cue ("denied media reports
/// that"), nor inside a relative clause ("responded to critics who said that").
fn nested_cue(ctx: &Ctx, v: usize, k: usize) -> bool {
    // Cheap tests first.
    if k < v + 2
        || !ctx.tok(k).starts_with(|c: char| c.is_ascii_lowercase())
        || !cue::may_be_listed(ctx.norm(k))
        || words::is(ctx, k - 1, Class::NounMarker)
        || ctx.norm(k - 1) == "'s"
        || ctx.function_class(k - 1) == Some(FunctionClass::Determiner)
        || ctx.is_preposition(k - 1) && cue::noun_at(ctx, k).is_some()
    {
        return false;
    }
    // "denied media reports that": a lower-case word right after the cue modifies the noun.
    let modifier = k == v + 2 && !ctx.is_cap(v + 1) && ctx.function_class(v + 1).is_none();
    let relative = (v + 1..k).any(|j| ctx.function_class(j) == Some(FunctionClass::Relative));
    if modifier || relative {
        return false;
    }
    let past = || ctx.cue(k).is_some_and(|f| !f.base && !f.ing && !f.third);
    cue::verb_at(ctx, k).is_some_and(|c| c.clause && !c.ing) && (finite_at(ctx, k, true) || past())
}

/// "said profits fell but added that …": a joining conjunction and a clause cue of the same subject
/// (a finite form, then "that" or a subject pronoun or determiner opening its clause). The
/// outer report ends before it; the coordinated cue reports what follows it.
///
/// Its first test, [`words::may_be`] (a joiner's first letter and length), is compiled into
/// the callers (`clause_end` asks at every token of a clause); the rest is [`joined_cue`].
#[inline(always)]
fn coordinated_cue(ctx: &Ctx, k: usize) -> bool {
    words::may_be(ctx, k, Class::ClauseJoiner) && joined_cue(ctx, k)
}

/// [`coordinated_cue`] past its first-letter test.
#[inline(never)]
fn joined_cue(ctx: &Ctx, k: usize) -> bool {
    if !ctx.is_word(k) || !words::is(ctx, k, Class::ClauseJoiner) {
        return false;
    }
    let c = k + 1;
    let finite = ctx.cue(c).is_some_and(|f| !f.base && !f.ing);
    let opens = ctx.is_any(c + 1, &["that"])
        || words::is(ctx, c + 1, Class::SubjectPronoun)
        || ctx.function_class(c + 1) == Some(FunctionClass::Determiner);
    finite && opens && cue::verb_at(ctx, c).is_some_and(|v| v.clause && !v.ing && !v.hearer)
}

/// Most tokens between an aside's opening and its reported words (", who spoke on the …").
const ASIDE_OPENING: usize = 6;

/// Longest phrase between a cue and a clause without "that", in tokens ("on Friday").
const PHRASE_BEFORE_CLAUSE: usize = 5;

/// Is the cue at `v` a participle in the passive ("was criticized", "is widely seen")? A form
/// of "be" stands within three tokens before it, with only adverbs between.
pub(crate) fn passive_at(ctx: &Ctx, v: usize, floor: usize) -> bool {
    let w = ctx.norm(v);
    let participle = ends2(w, b"ed")
        || ends2(w, b"en")
        || ends2(w, b"wn")
        || cue::irregular_past_at(ctx, v)
        || reporting_participle(ctx, v);
    if !participle {
        return false;
    }
    let mut k = v;
    while k > floor && v - k < 3 {
        k -= 1;
        if words::is(ctx, k, Class::Be) {
            return true;
        }
        if ctx.function_class(k) != Some(FunctionClass::Adverb) && !ctx.norm(k).ends_with("ly") {
            return false;
        }
    }
    false
}

/// Rule `agentless_reporting`: "he was told that …", "we are being told that …", "it was said
/// that …", "she is said to …": the past form of a quote-lexicon cue that the irregular-past
/// list leaves out (it reads "…, officials said" as no clause) is a passive participle too,
/// so rule `passive` gives the row, unsourced, when what follows is a report's: "that" (not
/// before a time word: "was said that night"), "whether" or "if"; any wh-word after a cue
/// with a hearer ("was told where …"; not "was said when the council met"); or "to" and a
/// plain lower-case word, no plural noun or indefinite person ("was said to voters", "was
/// told to children"). Never after a hedge of
/// the writer's ("could be",
/// "must not be", "can safely be", "has to be": a modal or "to", adverbs and "not" between),
/// nor with an amount for subject ("little was said to reassure …", "nothing was said that
/// night", "the same was said to voters"): no report. Not before anything else ("what was
/// said.", "enough has been said about …").
pub(crate) fn reporting_participle(ctx: &Ctx, v: usize) -> bool {
    let past = ctx.cue(v).is_some_and(|f| !f.ing && !f.base && !f.third);
    if !past {
        return false;
    }
    let next = time_then_that(ctx, v + 1);
    let hearer = cue::verb_at(ctx, v).is_some_and(|c| c.hearer || c.object_to);
    let follows = if ctx.is_any(next, &["that"]) {
        !words::is(ctx, next + 1, Class::TimeWord) && !ctx.is_any(next + 1, &["day", "time"])
    } else if words::is(ctx, next, Class::ClauseOpener) {
        hearer || ctx.is_any(next, &["whether", "if"])
    } else {
        let w = ctx.norm(next + 1);
        ctx.is_any(next, &["to"])
            && ctx.is_word(next + 1)
            && !ctx.is_cap(next + 1)
            && !ctx.is_preposition(next + 1)
            && (!w.ends_with('s') || ends2(w, b"ss"))
            && !words::is(ctx, next + 1, Class::IrregularPlural)
            && !INDEFINITE_PERSONS.contains(w)
            && !matches!(
                ctx.function_class(next + 1),
                Some(FunctionClass::Determiner | FunctionClass::Pronoun)
            )
    };
    follows && !hedged_or_amount(ctx, v)
}

/// Step `time_then_that` of rules `passive` and `agentless_reporting`: "was told on Sunday that …", "were told last week
/// that …", "was told that night that …": a time phrase (up to three `time_word`s, the first
/// maybe after "that"/"this") may stand between a passive cue and the "that" of its clause;
/// the token of that "that" (`k`: no such phrase, or no "that" after it).
pub(crate) fn time_then_that(ctx: &Ctx, k: usize) -> usize {
    let first =
        k + usize::from(ctx.is_any(k, &["that", "this"]) && words::is(ctx, k + 1, Class::TimeWord));
    let mut j = first;
    while j < first + 3 && words::is(ctx, j, Class::TimeWord) && !ctx.is_any(j, &["that"]) {
        j += 1;
    }
    if j > first && ctx.is_any(j, &["that"]) {
        j
    } else {
        k
    }
}

/// Most tokens of a passive's auxiliaries and adverbs before its participle ("has not always
/// been", "can safely be").
const PASSIVE_AUXILIARIES: usize = 4;

/// Before the participle at `v`: a hedge ("could be", "must not be", "can safely be", "has to
/// be": a modal or "to" before the "be", with adverbs or "not" between), or an amount for the
/// subject ("little was said", "nothing has been said", "the same was said")?
fn hedged_or_amount(ctx: &Ctx, v: usize) -> bool {
    let mut k = v;
    let mut be = false;
    while k > 0 && v - k < PASSIVE_AUXILIARIES + 1 {
        k -= 1;
        let aux = words::is(ctx, k, Class::Be)
            || in_list(ctx, k, &PERFECT_AUXILIARIES)
            // ("not", "n't" are adverbs too.)
            || ctx.function_class(k) == Some(FunctionClass::Adverb)
            || (ctx.is_word(k) && ctx.norm(k).ends_with("ly"));
        if ctx.is_any(k, &["be"]) {
            be = true;
            continue;
        }
        if aux {
            continue;
        }
        let modal = in_list(ctx, k, &HEDGE_MODALS);
        let amount = in_list(ctx, k, &AMOUNT_SUBJECTS);
        return (be && modal) || amount;
    }
    false
}

/// Rule `infinitive_before_that`: "urged the court to reject the tax that funds …", "called
/// on X to attack the oil that …", "pledged to ensure that …": a "that" after the cue's
/// infinitive belongs to the infinitive's clause (a relative or its verb's own complement),
/// not to the cue. Is there, between the cue at `v` and the "that" at `that`, a "to" before
/// a plain lower-case word that is no hearer: no function word, no plural noun ("said to
/// reporters that", "promised to staff that", `irregular_plural`), no indefinite person
/// ("said to everyone that"); and does the cue take an infinitive?
fn infinitive_before_that(ctx: &Ctx, v: usize, that: usize) -> bool {
    let verb = |j: usize| {
        let w = ctx.norm(j);
        ctx.is_word(j)
            && !ctx.is_cap(j)
            && ctx.function_class(j).is_none()
            && !ctx.is_preposition(j)
            && (!w.ends_with('s') || ends2(w, b"ss"))
            && !words::is(ctx, j, Class::IrregularPlural)
            && !INDEFINITE_PERSONS.contains(w)
    };
    (v + 1..that.saturating_sub(1)).any(|j| ctx.tok(j) == "to" && verb(j + 1))
        && cue::verb_at(ctx, v).is_some_and(|c| c.to || c.object_to)
}

/// Rule `infinitive_coordinate_end`: "called on X to attack the oil and proposed a safe
/// zone", "urged Y to act and took the plan to …": in an infinitive content `(start, end)`
/// (from its "to"), "and" before a past form (an -ed word or a listed irregular past) that
/// takes an object or clause (a determiner, pronoun, "that" or "to" after it) coordinates the
/// main clause's verb, not the infinitive's, and ends the content. An -ed word is a past form
/// unless a bare form ends so (`indirect_bare_ed_forms.txt`: "to grow crops and feed their families", "to
/// regroup and proceed to …", "to raise money and found a new school"). Not after a form of
/// "have" ("to have met and talked …") or a "be" before a participle ("to be arrested and
/// charged …"; "to be fair and called the ruling …" is cut), nor when a past form already
/// stands in the content ("to reject the tax that funded schools and paid …").
pub(crate) fn infinitive_coordinate_end(ctx: &Ctx, start: usize, end: usize) -> usize {
    let past = |j: usize| {
        let w = ctx.norm(j);
        ctx.is_word(j)
            && !ctx.is_cap(j)
            && ctx.function_class(j).is_none()
            && !BARE_ED_FORMS.contains(w)
            && (ends2(w, b"ed") && (!w.ends_with("eed") || EED_PASTS.contains(w))
                || cue::irregular_past_at(ctx, j)
                || ctx.cue(j).is_some_and(|f| !f.ing && !f.base && !f.third))
    };
    for j in start + 1..end.saturating_sub(2) {
        // "to be arrested and charged": a participle after "be" (adverbs between) may have
        // its own coordinate; "to be fair and called …" has none.
        let be_participle = words::is(ctx, j, Class::Be)
            && (j + 1..end.min(j + 3))
                .find(|&k| {
                    ctx.function_class(k) != Some(FunctionClass::Adverb)
                        && !ctx.norm(k).ends_with("ly")
                })
                .is_some_and(|k| {
                    let w = ctx.norm(k);
                    ends2(w, b"ed")
                        || ends2(w, b"en")
                        || ends2(w, b"wn")
                        || cue::irregular_past_at(ctx, k)
                });
        if be_participle || in_list(ctx, j, &PERFECT_AUXILIARIES) {
            return end;
        }
        if j == start + 1 {
            continue;
        }
        if ctx.tok(j) != "and" {
            if past(j) {
                return end;
            }
            continue;
        }
        let takes = ctx.function_class(j + 2) == Some(FunctionClass::Determiner)
            || ctx.function_class(j + 2) == Some(FunctionClass::Pronoun)
            || words::is(ctx, j + 2, Class::ClauseOpener)
            || ctx.is_any(j + 2, &["to"]);
        if past(j + 1) && takes {
            return j;
        }
    }
    end
}

/// "say they want …", "said we need …": a subject pronoun and a plain lower-case word after
/// it, that word its verb (a present plural form has no ending that says so); one listed
/// adverb may come between (`pronoun_adverb`: "say they only buy …").
pub(crate) fn pronoun_verb(ctx: &Ctx, start: usize) -> bool {
    let adverb = ctx.function_class(start + 1) == Some(FunctionClass::Adverb);
    let v = start + 1 + usize::from(adverb);
    // "find it easy", "know you better": a pronoun that is an object too opens no clause.
    words::is(ctx, start, Class::SubjectPronoun)
        && !words::is(ctx, start, Class::ObjectPronoun)
        && v < ctx.len()
        && ctx.is_word(v)
        && !ctx.is_cap(v)
        && ctx.function_class(v).is_none()
        && !ctx.is_preposition(v)
        && !ctx.norm(v).ends_with("ing")
}

/// Do the words at `start` open a clause without "that": a determiner, pronoun or name, or a
/// lower-case noun ("officials were …"), and a finite verb soon after?
fn opens_clause(ctx: &Ctx, start: usize, limit: usize) -> bool {
    // Rule `numeral_subject`: "said 40 homes were destroyed", "say 2 million people have
    // fled": a figure opens a subject as a word does, when a surer verb follows: not an -s
    // word (after a figure, its plural noun: "ordered 30 planes for …"), nor an -ed word
    // before a preposition (a participle: "told 200 people gathered at …"); or a cue verb
    // that is no -s form ("found 60% of voters say …"). Not "told BBC News 24 she …" (a
    // pronoun or article next: the figure ends a name). The verb stands before any relative
    // word (its clause's verb: "wrote 3 books that were banned …"; not "none of whom") and
    // any subject of another clause, a subject pronoun or a definite determiner not after a
    // preposition ("said 10 times he was …", "… the plan was"; not "5 of the 12 men were
    // …", "40 homes a year were …").
    if ctx.kind(start) == Some(crate::tokenize::TokenKind::Number) {
        let window = limit.min(start + OPENING_WINDOW);
        let window = (start..window)
            .find(|&k| {
                !plain(ctx, k) && matches!(ctx.tok(k), "," | ";" | ":" | "." | "—")
                    || k > start + 1 && numeral_subject_ends(ctx, k)
            })
            .unwrap_or(window);
        let verb = |k: usize| {
            let w = ctx.norm(k);
            let cue_verb = !w.ends_with('s') && !ctx.is_cap(k) && cue::verb_at(ctx, k).is_some();
            let sure = finite_at(ctx, k, true)
                && !(w.ends_with('s') && ctx.function_class(k).is_none())
                && !(ends2(w, b"ed") && ctx.is_preposition(k + 1));
            cue_verb || sure
        };
        let next_opens = words::is(ctx, start + 1, Class::SubjectPronoun)
            || ctx.function_class(start + 1) == Some(FunctionClass::Determiner);
        return !next_opens
            && (start + 1..window).any(verb)
            && !ctx
                .np_starting_at(start, limit)
                .is_some_and(|np| ctx.is_any(np.end, &["to"]));
    }
    if start >= limit || !ctx.is_word(start) || ctx.is_preposition(start) {
        return false;
    }
    // A subject pronoun opens a clause whatever follows: "said he’d build", "said it was".
    if words::is(ctx, start, Class::SubjectPronoun) && !ctx.is_any(start + 1, &["to"]) {
        return true;
    }
    let opener = ctx.function_class(start) == Some(FunctionClass::Determiner)
        || ctx.is_pronoun(start)
        || ctx.is_any(start, &["there"])
        || ctx.is_cap(start)
        || (ctx.function_class(start).is_none() && !ctx.norm(start).ends_with("ly"));
    if !opener {
        return false;
    }
    // The subject's verb comes within a few words, before any comma: "the agency is …",
    // "Colombia prefers …", "the gathering in September in New York would …".
    let window = (start..(start + OPENING_WINDOW).min(limit))
        .find(|&k| !plain(ctx, k) && matches!(ctx.tok(k), "," | ";" | ":" | "." | "—"))
        .unwrap_or((start + OPENING_WINDOW).min(limit));
    // "urged lawmakers to act" is a hearer and an infinitive, not a clause, and so is "urged
    // her to note …" (a one-word phrase before "to"). (The tests run cheapest first; each
    // answer alone decides.)
    !ctx.is_any(start + 1, &["to"])
        && has_finite_verb(ctx, start, window)
        && !ctx
            .np_starting_at(start, limit)
            .is_some_and(|np| ctx.is_any(np.end, &["to"]))
}

/// Part of rule `numeral_subject`: does token `k` (inside the window, after the figure and
/// its next word) open a relative clause or another clause's subject, so that a verb from
/// there on is not the figure's?
fn numeral_subject_ends(ctx: &Ctx, k: usize) -> bool {
    let relative =
        ctx.function_class(k) == Some(FunctionClass::Relative) || ctx.is_any(k, &["that"]);
    let determiner = ctx.function_class(k) == Some(FunctionClass::Determiner)
        && !in_list(ctx, k, &RATE_DETERMINERS);
    words::is(ctx, k, Class::SubjectPronoun)
        || (relative || determiner) && !ctx.is_preposition(k - 1)
}

/// `[start, end)` without a quotation mark at either edge whose partner is not inside it (a
/// stray mark, or the pair of a quotation outside the clause): the reported words never
/// begin or end on a mark of their own.
pub(crate) fn trim_lone_marks(
    ctx: &Ctx,
    quoted: &[(usize, usize)],
    mut start: usize,
    mut end: usize,
) -> (usize, usize) {
    let pair_at = |k: usize| {
        let q = quoted.partition_point(|&(_, after)| after <= k);
        quoted.get(q).copied().filter(|&(open, _)| open <= k)
    };
    while start < end && ctx.is_quote_mark(start) {
        match pair_at(start) {
            Some((open, after)) if open == start && after <= end => break,
            _ => start += 1,
        }
    }
    while end > start && ctx.is_quote_mark(end - 1) {
        match pair_at(end - 1) {
            Some((open, after)) if after == end && open >= start => break,
            _ => end -= 1,
        }
    }
    (start, end)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Invented text and pseudo-random token soup: the fast [`stops_clause`] answers as its
    /// test-by-test oracle at every token, from every start.
    #[test]
    fn stops_clause_fast_path_matches_the_naive_tests() {
        let pieces = [
            "said", "but", "and", "while", "added", "that", "he", "the", ",", ".", ";", "?", "!",
            "—", "–", "--", "\"", "“", "”", "'", "citing", "though", "Mr.", "5", "3.5", "(", ")",
            ":", "Vale", "BUT", "And", "whilst", "naïve", "Ärger", "&quot;", "-3",
        ];
        let mut texts = vec![
            "Vale said prices rose, but added that rents fell. He left; she stayed.".to_string(),
            "The plan, citing costs, failed — though “it may return” and others said he would!"
                .to_string(),
        ];
        for seed in 0..200 {
            let gaps = crate::test_text::draw(seed + 1000, 24, &[" ", "\n"]);
            let words = crate::test_text::draw(seed, 24, &pieces);
            texts.push(words.zip(gaps).flat_map(|(w, g)| [w, g]).collect());
        }
        for text in &texts {
            let tokens = crate::tokenize::tokenize(text);
            let ctx = Ctx::new(text, &tokens);
            for start in 0..ctx.len() {
                for k in start..(start + 12).min(ctx.len() + 1) {
                    assert_eq!(
                        stops_clause(&ctx, k, start),
                        stops_clause_naive(&ctx, k, start),
                        "{text:?} at {k} from {start}"
                    );
                }
            }
        }
    }

    /// `ends2` is `str::ends_with` for every two-byte ASCII ending, on words of every length
    /// (empty, one byte, non-ASCII).
    #[test]
    fn ends2_answers_as_ends_with() {
        let words = [
            "", "e", "d", "ed", "red", "seen", "shown", "glass", "é", "caféed", "ss",
        ];
        for w in words {
            for suffix in [b"ed", b"en", b"wn", b"ss"] {
                let s = std::str::from_utf8(suffix).unwrap();
                assert_eq!(ends2(w, suffix), w.ends_with(s), "{w:?} {s}");
            }
        }
    }

    #[test]
    fn clause_end_stops_at_a_coordinated_cue_and_punctuation() {
        let text = "Vale said prices rose sharply but added that rents fell.";
        let tokens = crate::tokenize::tokenize(text);
        let ctx = Ctx::new(text, &tokens);
        let at = |w: &str| (0..ctx.len()).find(|&k| ctx.tok(k) == w).unwrap();
        assert_eq!(clause_end(&ctx, &[], at("prices"), ctx.len()), at("but"));
        assert_eq!(clause_end(&ctx, &[], at("rents"), ctx.len()), at("."));
    }
}
