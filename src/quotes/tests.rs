//! The quote cascade's rules, one at a time: every case in `tests/data/quote_rules.jsonl`
//! holds with all rules on, and switching a rule off changes at least one of its own cases.

use super::rules::{rule_names, RuleSwitch};
use super::{extract_with, QuoteType};

/// One invented case: the rule it shows, a text, and its quotation rows (type, content,
/// speaker) without the reported-speech (`indirect`) rows.
struct RuleCase {
    rule: String,
    text: String,
    expected: Vec<Row>,
}

type Row = (String, String, Option<String>);

fn rule_cases() -> Vec<RuleCase> {
    include_str!("../../tests/data/quote_rules.jsonl")
        .lines()
        .filter(|l| !l.trim().is_empty())
        .map(|l| {
            let v: serde_json::Value = serde_json::from_str(l).expect("a JSON object per line");
            let row = |r: &serde_json::Value| -> Row {
                let field = |i: usize| r[i].as_str().map(str::to_string);
                (
                    field(0).expect("a type"),
                    field(1).expect("a content"),
                    field(2),
                )
            };
            RuleCase {
                rule: v["rule"].as_str().expect("rule").to_string(),
                text: v["text"].as_str().expect("text").to_string(),
                expected: v["expected"]
                    .as_array()
                    .expect("expected")
                    .iter()
                    .map(row)
                    .collect(),
            }
        })
        .collect()
}

fn rows_with(text: &str, switch: RuleSwitch) -> Vec<Row> {
    let mut tokens = crate::tokenize::tokenize(text);
    let sentences = crate::sentences::split(text, &mut tokens);
    extract_with(text, &tokens, &sentences, switch)
        .into_iter()
        .filter(|q| q.kind != QuoteType::Indirect)
        .map(|q| {
            (
                q.kind.as_str().to_string(),
                q.span.text(text).to_string(),
                q.speaker,
            )
        })
        .collect()
}

#[test]
fn every_quote_rule_case_holds() {
    let cases = rule_cases();
    assert!(
        cases.len() >= 20,
        "the rule table is missing: {}",
        cases.len()
    );
    for c in &cases {
        assert_eq!(
            rows_with(&c.text, RuleSwitch::default()),
            c.expected,
            "rule {}: {:?}",
            c.rule,
            c.text
        );
    }
}

#[test]
fn every_quote_rule_has_cases_and_each_rule_matters() {
    let cases = rule_cases();
    let names = rule_names();
    assert!(names.len() >= 20, "rule lists: {}", names.len());
    let mut seen = std::collections::HashSet::new();
    for (list, name, doc) in &names {
        assert!(seen.insert(*name), "{list} rule {name} is listed twice");
        assert!(!doc.is_empty(), "{list} rule {name} has no doc");
        let own: Vec<&RuleCase> = cases.iter().filter(|c| c.rule == *name).collect();
        assert!(!own.is_empty(), "{list} rule {name} has no case");
        // Switched off, the rule's cases must come out differently: it is not dead.
        let switch = RuleSwitch { off: Some(name) };
        assert!(
            own.iter().any(|c| rows_with(&c.text, switch) != c.expected),
            "{list} rule {name}: its cases pass without it"
        );
    }
    for c in &cases {
        assert!(
            names.iter().any(|(_, n, _)| *n == c.rule),
            "case names an unknown rule {}",
            c.rule
        );
    }
}

/// The direct-only call gives the same quotation rows as the whole stage, and no reported
/// speech.
#[test]
fn direct_quotes_without_reported_speech() {
    let text = "Smith said the plan would fail. \u{201c}It will not work,\u{201d} she added.";
    let mut tokens = crate::tokenize::tokenize(text);
    let split = crate::sentences::split(text, &mut tokens);
    let all = super::extract(text, &tokens, &split);
    let direct = super::extract_direct(text, &tokens, &split);
    assert!(all.iter().any(|q| q.kind == QuoteType::Indirect));
    assert!(direct.iter().all(|q| q.kind != QuoteType::Indirect));
    let marked: Vec<_> = all
        .iter()
        .filter(|q| q.kind != QuoteType::Indirect)
        .map(|q| (q.span, q.kind, q.speaker.clone()))
        .collect();
    let direct: Vec<_> = direct
        .iter()
        .map(|q| (q.span, q.kind, q.speaker.clone()))
        .collect();
    assert_eq!(marked, direct);
    assert_eq!(direct.len(), 1);
}
