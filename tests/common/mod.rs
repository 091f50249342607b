//! Invariants every `presswork::analyze` result must satisfy, whatever the input.
//!
//! Shared by the property tests (`tests/props_*.rs`), the adversarial tests
//! (`tests/adversarial.rs`), the fuzz-regression replay (`tests/fuzz_regressions.rs`) and the
//! cargo-fuzz targets (`fuzz/fuzz_targets/*.rs`, through `#[path]`). It reads only the public
//! data model, so it covers the quotes and numbers stages as soon as they produce output.
#![allow(dead_code)]

use presswork::{Document, Span};

/// Is `c` one of the quotation marks the tokenizer knows (`presswork::tokenize::is_quote_mark`),
/// or a backtick / prime used as one?
#[allow(dead_code)]
fn is_mark(c: char) -> bool {
    presswork::tokenize::is_quote_mark(c) || matches!(c, '`' | '′' | '″' | 'ʼ' | '‹' | '›')
}

fn check_span(text: &str, what: &str, span: Span, allow_empty: bool) -> Result<(), String> {
    if span.start() > span.end() || span.end() > text.len() {
        return Err(format!(
            "{what} {span:?} is out of bounds (text has {} bytes)",
            text.len()
        ));
    }
    if !allow_empty && span.start() == span.end() {
        return Err(format!("{what} {span:?} is empty"));
    }
    if !text.is_char_boundary(span.start()) || !text.is_char_boundary(span.end()) {
        return Err(format!("{what} {span:?} does not lie on char boundaries"));
    }
    Ok(())
}

fn check_opt(text: &str, what: &str, span: Option<Span>) -> Result<(), String> {
    match span {
        Some(s) => check_span(text, what, s, false),
        None => Ok(()),
    }
}

fn check_finite(what: &str, v: Option<f64>) -> Result<(), String> {
    match v {
        Some(x) if !x.is_finite() => Err(format!("{what} is not finite: {x}")),
        _ => Ok(()),
    }
}

/// Whether to check that no quote's content starts or ends with a quotation mark. It was
/// bug 7 in `TESTING.md` (fixed); `PRESSWORK_STRICT_QUOTES=0` turns the check off for
/// triage only.
pub fn strict_quote_edges() -> bool {
    std::env::var("PRESSWORK_STRICT_QUOTES").map_or(true, |v| v != "0")
}

/// Checks every invariant; the error names the first one broken.
pub fn check(text: &str, doc: &Document<'_>) -> Result<(), String> {
    check_with(text, doc, strict_quote_edges())
}

/// [`check`], with the quote-edge invariant on or off.
pub fn check_with(text: &str, doc: &Document<'_>, quote_edges: bool) -> Result<(), String> {
    if doc.text != text {
        return Err("doc.text is not the input text".into());
    }
    // Tokens: inside the text, on char boundaries, non-empty, ordered, disjoint.
    let mut prev_end = 0usize;
    for (i, t) in doc.tokens.iter().enumerate() {
        check_span(text, &format!("token {i}"), t.span, false)?;
        if t.span.start() < prev_end {
            return Err(format!(
                "token {i} {:?} starts before the previous token ends ({prev_end})",
                t.span
            ));
        }
        prev_end = t.span.end();
    }
    // Sentences: ordered, disjoint, partition the token sequence, span their tokens.
    if doc.tokens.is_empty() && !doc.sentences.is_empty() {
        return Err("sentences without tokens".into());
    }
    let mut next_token = 0usize;
    let mut prev_end = 0usize;
    for (k, s) in doc.sentences.iter().enumerate() {
        check_span(text, &format!("sentence {k}"), s.span, false)?;
        if s.span.start() < prev_end {
            return Err(format!(
                "sentence {k} {:?} overlaps the previous one",
                s.span
            ));
        }
        prev_end = s.span.end();
        if s.token_start != next_token
            || s.token_end <= s.token_start
            || s.token_end > doc.tokens.len()
        {
            return Err(format!(
                "sentence {k} holds tokens {}..{} but the next uncovered token is {next_token} (of {})",
                s.token_start,
                s.token_end,
                doc.tokens.len()
            ));
        }
        let first = doc.tokens[s.token_start].span;
        let last = doc.tokens[s.token_end - 1].span;
        if s.span != Span::new(first.start(), last.end()) {
            return Err(format!(
                "sentence {k} {:?} is not the span of its tokens {}..{}",
                s.span,
                first.start(),
                last.end()
            ));
        }
        for (i, t) in doc.tokens[s.token_start..s.token_end].iter().enumerate() {
            if t.sentence as usize != k {
                return Err(format!(
                    "token {} says sentence {} but lies in sentence {k}",
                    s.token_start + i,
                    t.sentence
                ));
            }
        }
        next_token = s.token_end;
    }
    if next_token != doc.tokens.len() {
        return Err(format!("tokens {next_token}.. are in no sentence"));
    }
    // Quotes: content, speaker mention and cue inside the text; no own mark at an edge.
    for (i, q) in doc.quotes.iter().enumerate() {
        check_span(text, &format!("quote {i}"), q.span, true)?;
        check_opt(
            text,
            &format!("quote {i} speaker mention"),
            q.speaker_mention,
        )?;
        check_opt(text, &format!("quote {i} cue"), q.cue)?;
        let content = q.span.text(text);
        // The quote-mark tokens inside the content. A mark token at an edge of the content is
        // allowed only when the content holds its partner (a nested quotation at the edge:
        // “‘No,’ he said”); a lone one is the pair's own mark or a stray. Apostrophes inside
        // word tokens ('em, States') are not marks.
        let inside: Vec<&presswork::Token> = doc
            .tokens
            .iter()
            .filter(|t| t.span.start() >= q.span.start() && t.span.end() <= q.span.end())
            .collect();
        let marks = inside
            .iter()
            .filter(|t| t.kind == presswork::TokenKind::Quote)
            .count();
        let edge_mark = inside.first().is_some_and(|t| {
            t.kind == presswork::TokenKind::Quote && t.span.start() == q.span.start()
        }) || inside
            .last()
            .is_some_and(|t| t.kind == presswork::TokenKind::Quote && t.span.end() == q.span.end());
        if quote_edges && marks < 2 && edge_mark {
            return Err(format!(
                "quote {i} {:?} = {content:?} has a quotation mark at its edge",
                q.span
            ));
        }
        if q.speaker.as_deref() == Some("") {
            return Err(format!("quote {i} has an empty speaker name"));
        }
    }
    // Numbers: spans inside the text, values finite.
    for (i, n) in doc.numbers.iter().enumerate() {
        check_span(text, &format!("number {i}"), n.span, false)?;
        check_opt(text, &format!("number {i} noun"), n.noun)?;
        check_opt(text, &format!("number {i} verb"), n.verb)?;
        check_opt(text, &format!("number {i} qualifier"), n.qualifier)?;
        check_finite(&format!("number {i} value"), n.value)?;
        check_finite(&format!("number {i} low"), n.low)?;
        check_finite(&format!("number {i} high"), n.high)?;
    }
    Ok(())
}

/// Runs the whole pipeline on `text` and panics with a readable message on any broken
/// invariant.
pub fn analyze_and_check(text: &str) {
    let doc = presswork::analyze(text);
    if let Err(e) = check(text, &doc) {
        panic!(
            "invariant broken: {e}\ninput ({} bytes): {:?}",
            text.len(),
            preview(text)
        );
    }
}

/// The input, shortened for messages.
pub fn preview(text: &str) -> String {
    if text.len() <= 300 {
        return text.to_string();
    }
    let mut cut = 300;
    while !text.is_char_boundary(cut) {
        cut -= 1;
    }
    format!("{}… ({} bytes in all)", &text[..cut], text.len())
}
