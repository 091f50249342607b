//! Source: who reports. The same chunker and subject search as quotation attribution
//! ([`Ctx::subject_before`], [`Ctx::np_starting_at`]); resolution to a name is shared too
//! (`resolve::Entities`, applied by the caller).

use super::super::lexicons::FunctionClass;
use super::super::syntax::{Ctx, Np, NpKind};
use super::words;
use crate::lexicon::registry::IndirectWordClass as Class;
use crate::tokenize::TokenKind;

/// The subject of the cue verb at `v` in a sentence starting at `floor`; for a participle
/// ("…, claiming the shooting was reckless") the sentence subject. `None` where the verb has
/// no subject of its own or sits in a relative clause ("what the agency says is …").
pub(crate) fn subject(ctx: &Ctx, v: usize, floor: usize, ing: bool) -> Option<Np> {
    // "…, saying …", "celebrated and said …", "…, but has since said …": the subject of the
    // sentence's first verb.
    let g = verb_group_start(ctx, v, floor);
    let coordinated = g > floor
        && (matches!(ctx.tok(g - 1), "," | "and" | "but" | "—" | "–" | "--")
            || ing && words::is(ctx, g - 1, Class::ParticipleConjunction));
    let np = if coordinated && (ing || matches!(ctx.tok(g - 1), "and" | "but")) {
        participle_subject(ctx, g, floor)
    } else if let Some(np) = before_clitic(ctx, v, floor) {
        Some(np)
    } else if ing {
        // "officials are saying", "voters supporting Cruz": the phrase right before; "X issued
        // a statement saying": the subject of the verb whose object that phrase is.
        ctx.subject_before(v, floor)
            .map(|np| object_holder(ctx, np, floor).unwrap_or(np))
    } else if v >= floor + 2 && ctx.is_any(v - 1, &["to"]) && ctx.is_word(v - 2) {
        // "continues to insist", "refused to say": the subject of the verb before "to".
        ctx.subject_before(v - 2, floor)
            .or_else(|| sentence_opening(ctx, v - 2, floor))
    } else {
        before_time_phrase(ctx, v, floor)
            .or_else(|| ctx.subject_before(v, floor))
            .or_else(|| sentence_opening(ctx, v, floor))
    }?;
    let np = with_quantifier(ctx, np, floor);
    if np.start > floor && words::is(ctx, np.start - 1, Class::RelativeBefore) {
        return None;
    }
    // A bare singular lower-case word is rarely a source ("the plan" yes, "plan says" no).
    // "half of the voters" is one ("half" heads an of-phrase).
    if np.kind == NpKind::Common
        && np.end - np.start == 1
        && ctx.function_class(np.start).is_none()
        && !ctx.norm(np.start).ends_with('s')
        && !ctx.is_any(np.end, &["of"])
    {
        return None;
    }
    Some(np)
}

/// Most words of a time phrase between a subject and its verb ("late last week").
const TIME_PHRASE: usize = 4;

/// Source step `time_phrase`: the subject before a time phrase that stands before the verb at `v`
/// ("Vale last month said", "Cole on Thursday evening said", "Reyes has long argued";
/// `indirect_words.txt` class `time_word`).
fn before_time_phrase(ctx: &Ctx, v: usize, floor: usize) -> Option<Np> {
    let mut j = v;
    while j > floor + 1 && v - j < TIME_PHRASE && words::is(ctx, j - 1, Class::TimeWord) {
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
pub(crate) fn opens_subject(ctx: &Ctx, np: Np) -> bool {
    let first = np.mention_start;
    let function = matches!(
        ctx.function_class(first),
        Some(FunctionClass::Other | FunctionClass::Adverb)
    ) && !words::is(ctx, first, Class::SubjectOpener)
        || ctx.is_cap(first) && words::is(ctx, first, Class::Connective);
    // "Speaking on radio", "criticizing him": a participle with its own complement.
    let participle = np.kind == NpKind::Common
        && ctx.function_class(first).is_none()
        && ctx.with_lower(first, |w| w.ends_with("ing"))
        && first + 1 < np.end
        && ctx.function_class(first + 1) == Some(FunctionClass::Other);
    !(function || participle || ctx.fronted_participle(first) || ctx.is_any(first, &["let"]))
}

/// The subject of the main clause after a fronted participle clause's comma ("Having
/// announced that …, Judge Berman proceeded"): a name, pronoun or determined phrase with a
/// finite verb right after it.
pub(crate) fn main_clause_subject(ctx: &Ctx, comma: usize, end: usize) -> Option<Np> {
    let mut np = ctx.np_starting_at(comma + 1, end)?;
    let subject_like = np.kind != NpKind::Common
        || ctx.function_class(np.start) == Some(FunctionClass::Determiner);
    // The chunker may run on into a lower-case verb ("the company moved"): the phrase ends there.
    let verb = (np.start + 1..=np.end.min(end.saturating_sub(1)))
        .find(|&j| super::content::finite_at(ctx, j, true))?;
    np.end = verb;
    subject_like.then_some(np)
}

/// The source named after an inverted cue ("…, said Ann Vale, a spokeswoman."): the noun
/// phrase right after the verb.
pub(crate) fn after_verb(ctx: &Ctx, v: usize, limit: usize) -> Option<Np> {
    ctx.np_starting_at(v + 1, limit)
        .filter(|np| np.kind != NpKind::Common || ctx.function_class(np.start).is_some())
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
pub(crate) fn noun_holder(ctx: &Ctx, k: usize, floor: usize) -> Option<Np> {
    let mut j = k;
    while j > floor && k - j < NOUN_VERB_GAP {
        j -= 1;
        if super::content::finite_at(ctx, j, true) {
            if ctx.norm(j) == "'s" {
                return None;
            }
            return subject(ctx, j, floor, false).filter(|np| opens_subject(ctx, *np));
        }
        let modifier = ctx.is_word(j)
            && !ctx.is_cap(j)
            && !ctx.is_preposition(j)
            && matches!(
                ctx.function_class(j),
                None | Some(FunctionClass::Determiner | FunctionClass::Adverb)
            )
            && !ctx.norm(j).ends_with("ing");
        if !modifier && !ctx.is_any(j, &["no"]) {
            return None;
        }
    }
    None
}

/// Source step `object_holder`: who reports through a document named as a verb's object ("X issued
/// a statement saying …", "Y released a report detailing …"): that verb's subject.
fn object_holder(ctx: &Ctx, np: Np, floor: usize) -> Option<Np> {
    let head = np.end - 1;
    let reporting =
        super::cue::noun_at(ctx, head).is_some() || super::cue::document_noun_at(ctx, head);
    if np.kind != NpKind::Common || !reporting {
        return None;
    }
    noun_holder(ctx, np.end - 1, floor)
}

/// Longest run of plain words read as a subject when the chunker finds no phrase.
const SHORT_RUN: usize = 6;

/// Longest stretch from the sentence start to the verb read as one subject.
const LONG_SUBJECT: usize = 40;

/// Where the subject search finds nothing ("Mr. Sperling, then 38, said", "half of the
/// voters said"), the phrase opening the sentence, when nothing between it and the verb
/// reads as a relative or a second clause.
fn sentence_opening(ctx: &Ctx, v: usize, floor: usize) -> Option<Np> {
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
    if let Some(np) = quantity_subject(ctx, v, after_comma.unwrap_or(floor)) {
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
        .filter(|np| np.kind != NpKind::Pronoun || np.end == v);
    let mut first = None;
    for np in phrases.map(|np| trim_opening(ctx, np)) {
        if let Some(main) = after_fronted(ctx, np, v) {
            return Some(main);
        }
        if opens_subject(ctx, np) {
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
    let run = words.then(|| trim_opening(ctx, run));
    run.filter(|&np| opens_subject(ctx, np)).or(first).or(run)
}

/// A run read as a subject without its opening conjunction or adverb ("But one company
/// says", "So the new report shows").
fn trim_opening(ctx: &Ctx, mut np: Np) -> Np {
    while np.mention_start + 1 < np.end
        && (matches!(
            ctx.function_class(np.mention_start),
            Some(FunctionClass::Other | FunctionClass::Adverb)
        ) && !words::is(ctx, np.mention_start, Class::SubjectOpener)
            || ctx.is_cap(np.mention_start) && words::is(ctx, np.mention_start, Class::Connective))
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
/// has since said" starts at "has"); `v` itself for a bare verb.
fn verb_group_start(ctx: &Ctx, v: usize, floor: usize) -> usize {
    let mut g = v;
    while g > floor
        && v - g < VERB_GROUP
        && matches!(
            ctx.function_class(g - 1),
            Some(FunctionClass::Auxiliary | FunctionClass::Adverb)
        )
        && !ctx.is_any(g - 1, &["not", "n't"])
    {
        g -= 1;
    }
    g
}

/// Longest run from a clause start read as a quantity subject ("More than six in 10 said",
/// "78 percent of voters in a recent poll said").
const QUANTITY_RUN: usize = 14;

/// A run of words and numbers from the clause start (or the comma after a fronted phrase) to
/// the verb that holds a proportion ("Two in three said", "85% of Democrats said") or is a
/// lone quantifier opening the clause ("Some said", "Many said").
pub(crate) fn quantity_subject(ctx: &Ctx, v: usize, s: usize) -> Option<Np> {
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
        .then(|| trim_opening(ctx, np))
        .filter(|&np| opens_subject(ctx, np))
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
fn participle_subject(ctx: &Ctx, v: usize, floor: usize) -> Option<Np> {
    let before = v
        .checked_sub(2)
        .filter(|&c| c > floor && ctx.cue(c).is_some());
    if let Some(c) = before {
        if let Some(np) = ctx.subject_before(c, floor) {
            return Some(np);
        }
    }
    let np = ctx.np_starting_at(floor, v)?;
    if let Some(main) = after_fronted(ctx, np, v) {
        return Some(main);
    }
    Some(np).filter(|np| {
        np.kind != NpKind::Common || ctx.function_class(np.start) == Some(FunctionClass::Determiner)
    })
}

/// Source step `fronted_phrase`: a phrase opening the sentence and closed by a comma ("Ultimately,
/// Vale refused …", "Instead, people near the mayor say …") is no subject when a subject
/// with its verb follows the comma; that one is.
fn after_fronted(ctx: &Ctx, opening: Np, v: usize) -> Option<Np> {
    if !ctx.is_punct(opening.end, ",") || opening.end + 1 >= v {
        return None;
    }
    main_clause_subject(ctx, opening.end, v + 1).filter(|np| np.end <= v)
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
