//! Regression test against the hand-annotated seed gold (`tests/data/quotes.jsonl`, five
//! articles in `tests/data/seeds/`). Gated exactly: every quote and partial row
//! found with its exact span and nothing else, and at least the 61 of 62 speakers right today.

use std::collections::HashMap;

use presswork::offsets::CharOffsets;
use presswork::{analyze, QuoteType};
use serde_json::Value;

#[test]
fn seed_gold_meets_the_thresholds() {
    let gold_text = std::fs::read_to_string(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/tests/data/quotes.jsonl"
    ))
    .expect("gold file");
    let mut by_doc: HashMap<String, Vec<Value>> = HashMap::new();
    for line in gold_text.lines() {
        let v: Value = serde_json::from_str(line).expect("json line");
        by_doc
            .entry(v["doc"].as_str().expect("doc").to_string())
            .or_default()
            .push(v);
    }
    assert_eq!(by_doc.len(), 5);
    let (mut tp, mut npred, mut ngold, mut speaker_ok) = (0usize, 0usize, 0usize, 0usize);
    for (doc, gold) in &by_doc {
        let path = format!("{}/tests/data/seeds/{doc}", env!("CARGO_MANIFEST_DIR"));
        let text = std::fs::read_to_string(path).expect("seed text");
        let offsets = CharOffsets::new(&text);
        let analyzed = analyze(&text);
        let preds: Vec<_> = analyzed
            .quotes
            .iter()
            .filter(|q| matches!(q.kind, QuoteType::Quote | QuoteType::Partial))
            .collect();
        let gold: Vec<&Value> = gold
            .iter()
            .filter(|g| matches!(g["type"].as_str(), Some("quote" | "partial")))
            .collect();
        npred += preds.len();
        ngold += gold.len();
        for g in gold {
            let (gs, ge) = (
                g["start"].as_u64().unwrap() as usize,
                g["end"].as_u64().unwrap() as usize,
            );
            if let Some(p) = preds.iter().find(|p| {
                offsets.char_offset(p.span.start()) == gs && offsets.char_offset(p.span.end()) == ge
            }) {
                tp += 1;
                if p.speaker.as_deref() == g["speaker"].as_str() {
                    speaker_ok += 1;
                }
            }
        }
    }
    let precision = tp as f64 / npred as f64;
    let recall = tp as f64 / ngold as f64;
    let f1 = 2.0 * precision * recall / (precision + recall);
    let speaker_accuracy = speaker_ok as f64 / tp as f64;
    eprintln!("seed span F1 {f1:.3} (P {precision:.3} R {recall:.3}), speaker accuracy {speaker_accuracy:.3}");
    // Exact gates: every gold row is found and nothing else, so one row that regresses fails
    // here (a threshold under today's 1.000 would let it pass). The one speaker still wrong
    // may become right; none may become wrong.
    assert_eq!(ngold, 62);
    assert_eq!(
        (tp, npred),
        (ngold, ngold),
        "span F1 {f1:.3}: tp {tp}, predicted {npred}"
    );
    assert!(
        speaker_ok >= 61,
        "speakers right on {speaker_ok} of {tp} matched rows (was 61)"
    );
}
