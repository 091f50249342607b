//! The noun-phrase chunker of the shallow-syntax pass (`src/facts/noun_phrase.rs`, read by
//! the quote stage for speakers) on the invented sentences of `tests/data/noun_phrases.jsonl`:
//! each case names an anchor word and a side, `before` (the phrase ending right before the
//! anchor, as a subject of "said") or `after` (the phrase starting right after it, as in
//! "said Sen. Tom Ferris"), and the phrase, its mention and its kind as the chunker gives them.
//! Cases with `"reading": "counted"` are the second reading (`src/facts/counted_noun.rs`,
//! read by the number stage): the noun that the figure `anchor` counts, or null.

use presswork::facts::{Chunks, Np, TokenFacts};
use presswork::sentences;
use presswork::tokenize::{tokenize, Token};

/// The phrase next to the first `anchor` of `text` on `side`, as (phrase, mention, kind).
fn phrase(text: &str, anchor: &str, side: &str) -> Option<(String, String, String)> {
    at_anchor(text, anchor, |chunks, tokens, a| {
        let np = find(chunks, tokens, a, side)?;
        let words = |s: usize, e: usize| {
            let (from, to) = (tokens[s].span.start(), tokens[e - 1].span.end());
            text[from..to].to_string()
        };
        Some((
            words(np.start, np.end),
            words(np.mention_start, np.end),
            format!("{:?}", np.kind),
        ))
    })
}

/// Runs `read` over the pass of `text` at the first token written `anchor`.
fn at_anchor<R>(text: &str, anchor: &str, read: impl FnOnce(&Chunks, &[Token], usize) -> R) -> R {
    let mut tokens = tokenize(text);
    sentences::split(text, &mut tokens);
    let facts = TokenFacts::new(text, &tokens);
    let chunks = facts.chunks(text, &tokens);
    // A typo in the anchor must fail, not read as "no noun".
    let a = tokens
        .iter()
        .position(|t| t.span.text(text) == anchor)
        .unwrap_or_else(|| panic!("anchor {anchor:?} is no token of {text:?}"));
    read(&chunks, &tokens, a)
}

fn find(chunks: &Chunks, tokens: &[Token], a: usize, side: &str) -> Option<Np> {
    match side {
        "before" => chunks.noun_phrase_ending_at(a.checked_sub(1)?, 0),
        _ => chunks.noun_phrase_starting_at(a + 1, tokens.len()),
    }
}

/// The cases of one reading: the speaker's phrase (no `reading` field) or `"counted"`.
fn cases(reading: Option<&str>) -> Vec<serde_json::Value> {
    include_str!("data/noun_phrases.jsonl")
        .lines()
        .filter(|l| !l.trim().is_empty())
        .map(|l| {
            serde_json::from_str::<serde_json::Value>(l).unwrap_or_else(|e| panic!("{l}: {e}"))
        })
        .filter(|c| c.get("reading").and_then(|r| r.as_str()) == reading)
        .collect()
}

/// The noun the figure written `anchor` counts in `text`, by the counted-noun reading.
fn counted(text: &str, anchor: &str) -> Option<String> {
    at_anchor(text, anchor, |chunks, tokens, a| {
        let n = chunks.counted_noun(a + 1)?;
        Some(tokens[n].span.text(text).to_string())
    })
}

#[test]
fn invented_sentences_give_their_phrases() {
    let cases = cases(None);
    assert!(cases.len() >= 12, "the case file was not read");
    let mut wrong = Vec::new();
    for case in &cases {
        let field = |k: &str| case[k].as_str().unwrap().to_string();
        let got = phrase(&field("text"), &field("anchor"), &field("side"));
        let expected = Some((field("phrase"), field("mention"), field("kind")));
        if got != expected {
            wrong.push(format!("{case}\n  got {got:?}"));
        }
    }
    assert!(wrong.is_empty(), "{}", wrong.join("\n"));
}

#[test]
fn the_same_in_every_text_shape() {
    let curly = phrase("“It held,” said Sen. Tom Ferris.", "said", "after");
    let straight = phrase("\"It held,\" said Sen. Tom Ferris.", "said", "after");
    assert_eq!(curly, straight);
    assert!(curly.is_some());
    let wrapped = phrase(
        "The dam held, Harbour Minister\nAda Vance said.",
        "said",
        "before",
    );
    let flat = phrase(
        "The dam held, Harbour Minister Ada Vance said.",
        "said",
        "before",
    );
    // A line break ends a name: the hard-wrapped text keeps the part after it.
    assert_eq!(flat.as_ref().map(|p| p.1.as_str()), Some("Ada Vance"));
    assert_eq!(wrapped.as_ref().map(|p| p.1.as_str()), Some("Ada Vance"));
}

#[test]
fn out_of_range_and_empty_input_answer_nothing() {
    let facts = TokenFacts::new("", &[]);
    let chunks = facts.chunks("", &[]);
    assert_eq!(chunks.noun_phrase_ending_at(0, 0), None);
    assert_eq!(chunks.noun_phrase_starting_at(0, 5), None);
    let text = "The dam held.";
    let tokens = tokenize(text);
    let facts = TokenFacts::new(text, &tokens);
    let chunks = facts.chunks(text, &tokens);
    assert_eq!(
        chunks.noun_phrase_ending_at(1, 2),
        None,
        "floor past the token"
    );
    assert_eq!(chunks.noun_phrase_ending_at(99, 0), None);
    assert_eq!(chunks.noun_phrase_starting_at(0, 0), None, "empty window");
}

#[test]
fn figures_count_the_head_of_their_phrase() {
    let cases = cases(Some("counted"));
    assert!(cases.len() >= 12, "the counted cases were not read");
    let mut wrong = Vec::new();
    for case in &cases {
        let field = |k: &str| case[k].as_str().unwrap().to_string();
        let got = counted(&field("text"), &field("anchor"));
        let expected = case["noun"].as_str().map(str::to_string);
        if got != expected {
            wrong.push(format!("{case}\n  got {got:?}"));
        }
    }
    assert!(wrong.is_empty(), "{}", wrong.join("\n"));
}

#[test]
fn counted_noun_in_every_text_shape_and_out_of_range() {
    let flat = counted("The quartet played 24 European gigs.", "24");
    let wrapped = counted("The quartet played 24 European\ngigs.", "24");
    let crlf = counted("The quartet played 24\r\nEuropean gigs.", "24");
    assert_eq!(flat.as_deref(), Some("gigs"));
    assert_eq!(wrapped, flat);
    assert_eq!(crlf, flat);
    let facts = TokenFacts::new("", &[]);
    assert_eq!(facts.chunks("", &[]).counted_noun(0), None);
    let text = "It rose 5";
    let tokens = tokenize(text);
    let facts = TokenFacts::new(text, &tokens);
    assert_eq!(
        facts.chunks(text, &tokens).counted_noun(3),
        None,
        "past the end"
    );
}
