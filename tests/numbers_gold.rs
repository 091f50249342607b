//! The seed gold set as a regression test: value-matched F1 and kind accuracy must stay at
//! or above the targets of the number-extraction issue.
//!
//! A prediction matches a gold row when the spans overlap and the values are equal. Gold
//! offsets are code points (Python `str` indices); predictions are converted.

use presswork::analyze;
use presswork::offsets::CharOffsets;
use serde_json::Value;

const F1_TARGET: f64 = 0.95;
const KIND_TARGET: f64 = 0.90;

struct Scores {
    f1: f64,
    kind: f64,
    unit: f64,
    noun: f64,
}

fn score() -> Scores {
    let gold: Vec<Value> = std::fs::read_to_string("tests/data/numbers.jsonl")
        .expect("tests/data/numbers.jsonl")
        .lines()
        .filter(|l| !l.trim().is_empty())
        .map(|l| serde_json::from_str(l).expect("gold row"))
        .collect();
    let mut docs: Vec<String> = gold.iter().filter_map(|r| r["doc"].as_str().map(str::to_string)).collect();
    docs.sort();
    docs.dedup();
    let (mut tp, mut fp, mut fn_) = (0usize, 0usize, 0usize);
    let (mut kind, mut unit, mut noun) = (0usize, 0usize, 0usize);
    for doc in &docs {
        let text = std::fs::read_to_string(format!("tests/data/seeds/{doc}")).expect("seed article");
        let offsets = CharOffsets::new(&text);
        let numbers = analyze(&text).numbers;
        let mut used = vec![false; numbers.len()];
        for g in gold.iter().filter(|r| r["doc"].as_str() == Some(doc)) {
            let (gs, ge) = (g["start"].as_u64().unwrap_or(0) as usize, g["end"].as_u64().unwrap_or(0) as usize);
            let hit = numbers.iter().enumerate().position(|(k, n)| {
                let (s, e) = (offsets.char_offset(n.span.start), offsets.char_offset(n.span.end));
                !used[k] && s < ge && gs < e && n.value == g["value"].as_f64()
            });
            match hit {
                Some(k) => {
                    used[k] = true;
                    tp += 1;
                    let n = &numbers[k];
                    kind += usize::from(Some(n.kind.as_str()) == g["kind"].as_str());
                    unit += usize::from(n.unit.as_deref() == g["unit"].as_str());
                    noun += usize::from(n.noun.map(|s| s.text(&text)) == g["noun"].as_str());
                }
                None => fn_ += 1,
            }
        }
        fp += used.iter().filter(|u| !**u).count();
    }
    let p = tp as f64 / (tp + fp).max(1) as f64;
    let r = tp as f64 / (tp + fn_).max(1) as f64;
    let acc = |x: usize| x as f64 / tp.max(1) as f64;
    Scores { f1: if p + r > 0.0 { 2.0 * p * r / (p + r) } else { 0.0 }, kind: acc(kind), unit: acc(unit), noun: acc(noun) }
}

#[test]
fn seed_gold_meets_the_targets() {
    let s = score();
    eprintln!("seed gold: value F1 {:.3}, kind {:.3}, unit {:.3}, noun {:.3}", s.f1, s.kind, s.unit, s.noun);
    assert!(s.f1 >= F1_TARGET, "value F1 {:.3} < {F1_TARGET}", s.f1);
    assert!(s.kind >= KIND_TARGET, "kind accuracy {:.3} < {KIND_TARGET}", s.kind);
}
