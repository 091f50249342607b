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
use super::lexicons::{FunctionClass, TERM_MARKERS, TITLE_MARKERS};
use super::marks::{starts_paragraph, Marked};
use super::syntax::Ctx;
use super::{ends_paragraph, QuoteType};
use crate::tokenize::TokenKind;

pub(crate) fn classify(
    ctx: &Ctx,
    m: &Marked,
    found: Option<&Found>,
    sentence_start: usize,
) -> QuoteType {
    let words = (m.first()..m.end())
        .filter(|&i| matches!(ctx.kind(i), Some(TokenKind::Word | TokenKind::Number)))
        .count();
    let before = |back: usize| m.open().checked_sub(back).filter(|&i| i >= sentence_start);
    let prev = before(1);
    let marker = |set: &super::lexicons::FastSet| {
        (1..=3)
            .filter_map(before)
            .any(|i| set.contains(ctx.lower(i).as_ref()))
    };

    let cue_attributed = found.is_some_and(|f| f.how != How::Fallback);
    if marker(&TITLE_MARKERS) && (!cue_attributed || title_case(ctx, m)) {
        return QuoteType::Title;
    }
    // "(CROSSTALK.)", "(Applause)": a stage direction in a transcript, nobody's words.
    let last_word = (m.end() - m.first() <= 12)
        .then(|| {
            (m.first()..m.end())
                .rev()
                .find(|&i| !matches!(ctx.tok(i), "." | "," | "!" | "?"))
        })
        .flatten();
    if ctx.is_punct(m.first(), "(")
        && last_word.is_some_and(|l| {
            l > m.first()
                && ctx.is_punct(l, ")")
                && !(m.first() + 1..l).any(|i| ctx.is_punct(i, ")"))
        })
    {
        return QuoteType::Term;
    }
    // A nickname inside a name: Marcia "Cia" Price, Robert C. "Bobby" Scott.
    let inside_name = words <= 2
        && ctx.is_cap(m.first())
        && prev.is_some_and(|p| ctx.is_cap(p))
        && m.close().is_some()
        && ctx.is_cap(m.after());
    if inside_name {
        return QuoteType::Term;
    }
    // A title-case name after a preposition or "told": a show, a book, a slogan
    // ("told “Morning Joe”", "said on “Fox News Sunday,”").
    let after_preposition = prev.is_some_and(|p| {
        matches!(
            ctx.lower(p).as_ref(),
            "on" | "in"
                | "to"
                | "at"
                | "told"
                | "tells"
                | "titled"
                | "entitled"
                | "headlined"
                | "'s"
        )
    });
    if after_preposition && words <= 7 && title_case(ctx, m) {
        return QuoteType::Title;
    }
    // A title-case name after a determiner, perhaps past one modifier: "the “War On Drugs”",
    // "a bipartisan ''Grand Bargain''", "his 1994 “Contract with America”" — a name, a
    // programme, an event; nobody's words unless a cue verb stands right before it ("called it
    // a “Grand Bargain”") or "as" makes it a characterisation.
    // "described it as a 'Great Honour'" is somebody's characterisation, not a name.
    let after_determiner = (1..=2)
        .filter_map(before)
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
    let cue_just_before = (1..=3).filter_map(before).any(|i| ctx.cue(i).is_some());
    if after_determiner
        && (2..=8).contains(&words)
        && title_case(ctx, m)
        && !cue_just_before
        && !inner_sentence_end(ctx, m)
    {
        return QuoteType::Title;
    }
    // A title-case paragraph of its own is a crosshead: 'All Bets Are Off.'
    if starts_paragraph(ctx.text, ctx.tokens, m.open())
        && words <= 8
        && title_case(ctx, m)
        && ends_paragraph(ctx, m.after())
    {
        return QuoteType::Title;
    }
    // "so-called", "dubbed", "known as" always name a term; "the word", "the slogan" only
    // when nobody is said to have used it.
    let strong = |w: &str| matches!(w, "so-called" | "dubbed" | "nicknamed" | "known");
    let so_called = prev.is_some_and(|p| {
        let w = ctx.lower(p);
        TERM_MARKERS.contains(w.as_ref()) && (strong(&w) || !found.is_some_and(|f| f.how != How::Fallback))
    }) || before(2).is_some_and(|p| strong(&ctx.lower(p)) && ctx.lower(p + 1) == "as")
        // "dubbed the “…”", "known as the “…”": a determiner between the marker and the term.
        || prev.is_some_and(|p| ctx.function_class(p) == Some(FunctionClass::Determiner))
            && (before(2).is_some_and(|p| strong(&ctx.lower(p)) && ctx.lower(p) != "known") || before(3).is_some_and(|p| ctx.lower(p) == "known" && ctx.lower(p + 1) == "as"));
    if so_called && words <= 6 {
        return QuoteType::Term;
    }
    // "a 'total peace' strategy", "a “use it or lose it” approach": a short quotation
    // modifying the noun after it is a label, unless a cue verb attributes it.
    let modifies_noun = m.close().is_some() && {
        let a = m.after();
        ctx.is_word(a)
            && !ctx.line_before(a)
            && ctx.tok(a).chars().next().is_some_and(char::is_lowercase)
            && ctx.function_class(a).is_none()
            && ctx.cue(a).is_none()
            && !ctx.norm(a).ends_with("ed")
    };
    if modifies_noun && words <= 4 && !cue_attributed {
        return QuoteType::Term;
    }
    let last = m.end().checked_sub(1).filter(|&l| l >= m.first());
    let terminal = last.is_some_and(|l| matches!(ctx.tok(l), "." | "!" | "?" | "…"));
    let starts_clause = match prev {
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
    let subject_pronoun = matches!(
        ctx.lower(m.first()).as_ref(),
        "i" | "we"
            | "you"
            | "he"
            | "she"
            | "they"
            | "it"
            | "there"
            | "this"
            | "these"
            | "those"
            | "that"
    ) || ctx.norm(m.first()).contains('\'')
        && ctx.function_class(m.first()) == Some(FunctionClass::Pronoun);
    // A speaker guessed from the sentence subject, with no cue, does not make one or two
    // words somebody's words: "a “philanthropub”", "Tea Party “super PACs”".
    let weakly_attributed = found.is_none() || (!cue_attributed && words < 3);
    if weakly_attributed
        && words <= 4
        && !(terminal && first_upper)
        && !(starts_clause && first_upper && words >= 2)
    {
        return QuoteType::Term;
    }
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
fn title_case(ctx: &Ctx, m: &Marked) -> bool {
    let mut words = 0;
    for i in m.first()..m.end() {
        match ctx.kind(i) {
            Some(TokenKind::Word) => {
                words += 1;
                // Clitics split off a capitalised word count with it: "Isn't", "Obama's".
                let clitic =
                    i > m.first() && (ctx.norm(i).starts_with('\'') || ctx.norm(i) == "n't");
                if !clitic
                    && !ctx.is_cap(i)
                    && !matches!(
                        ctx.tok(i),
                        "of" | "the"
                            | "and"
                            | "a"
                            | "an"
                            | "in"
                            | "on"
                            | "for"
                            | "to"
                            | "with"
                            | "at"
                            | "&"
                    )
                {
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
