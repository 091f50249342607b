//! The shallow-syntax pass (`src/facts/chunks.rs`) on the invented sentences of
//! `tests/data/chunks.jsonl`: each case is a text and its chunks written out, `[NP …]` for a
//! noun phrase, `[VG …]` for a verb group, `|` before a token that opens a clause (after the
//! first), tokens joined by single spaces; `rule` names the rule the case is there for.

use presswork::facts::{Chunk, Chunks, TokenFacts};
use presswork::sentences;
use presswork::tokenize::tokenize;

/// The chunks of `text` written out as in `chunks.jsonl`, with the accessors cross-checked.
fn written(text: &str) -> String {
    let mut tokens = tokenize(text);
    sentences::split(text, &mut tokens);
    let facts = TokenFacts::new(text, &tokens);
    let chunks = facts.chunks(text, &tokens);
    let tok = |k: usize| tokens[k].span.text(text);
    let mut out: Vec<String> = Vec::new();
    let mut i = 0;
    while i < tokens.len() {
        if i > 0 && chunks.clause_start(i) == i {
            out.push("|".into());
        }
        let words = |(s, e): (usize, usize)| (s..e).map(tok).collect::<Vec<_>>().join(" ");
        if let Some((s, e)) = chunks.np_starting_at(i) {
            assert_eq!(chunks.np_ending_at(e - 1), Some((s, e)), "{text}");
            assert!((s..e).all(|k| chunks.clause_start(k) == chunks.clause_start(s)));
            out.push(format!("[NP {}]", words((s, e))));
            i = e;
        } else if let Some((s, e)) = chunks.verb_group_at(i) {
            assert_eq!(s, i, "{text}: a verb group is read from its start");
            out.push(format!("[VG {}]", words((s, e))));
            i = e;
        } else {
            assert_eq!(chunks.tag(i), Chunk::Other, "{text}");
            assert!(chunks.clause_end(i) > i && chunks.clause_start(i) <= i);
            out.push(tok(i).to_string());
            i += 1;
        }
    }
    out.join(" ")
}

fn cases() -> Vec<serde_json::Value> {
    include_str!("data/chunks.jsonl")
        .lines()
        .filter(|l| !l.trim().is_empty())
        .map(|l| serde_json::from_str(l).unwrap_or_else(|e| panic!("{l}: {e}")))
        .collect()
}

#[test]
fn invented_sentences_chunk_as_written() {
    let cases = cases();
    assert!(cases.len() >= 12, "the case file was not read");
    let mut wrong = Vec::new();
    for case in &cases {
        let text = case["text"].as_str().unwrap();
        let expected = case["chunks"].as_str().unwrap();
        let got = written(text);
        if got != expected {
            wrong.push(format!("{text}\n  expected {expected}\n  got      {got}"));
        }
    }
    assert!(wrong.is_empty(), "{}", wrong.join("\n"));
}

#[test]
fn every_rule_has_a_case() {
    let cases = cases();
    for rule in Chunks::rule_names() {
        assert!(
            cases.iter().any(|c| c["rule"] == rule),
            "no case in tests/data/chunks.jsonl for rule {rule}"
        );
    }
}

#[test]
fn the_same_in_every_text_shape() {
    // Curly or straight marks, CRLF or a hard wrap: the same chunks.
    let curly = written("The mayor said “we will rebuild the bridge” on Monday.");
    let straight = written("The mayor said \"we will rebuild the bridge\" on Monday.");
    assert_eq!(curly.replace(['“', '”'], "\""), straight);
    let crlf = written("The new council met.\r\nIts members voted.");
    let lf = written("The new council met.\nIts members voted.");
    assert_eq!(crlf, lf);
}

#[test]
fn out_of_range_and_empty_input_answer_nothing() {
    let facts = TokenFacts::new("", &[]);
    let chunks = facts.chunks("", &[]);
    assert_eq!(chunks.tag(5), Chunk::Other);
    assert_eq!(chunks.np_ending_at(0), None);
    assert_eq!(chunks.np_starting_at(0), None);
    assert_eq!(chunks.verb_group_at(0), None);
    assert_eq!(chunks.clause_start(3), 3);
    assert_eq!(chunks.clause_end(3), 3);
}
