//! Reading the PolNeAR gold (`../shared/gold/polnear_{split}.jsonl`), shared by the quote and
//! reported-speech scorers (`examples/score_quotes.rs`, `examples/score_indirect.rs`) as a
//! `#[path]` module. Scorers read `../shared`; nothing from it enters the repository.

use serde_json::Value;

/// The shared data folder, beside the repository.
pub const SHARED: &str = "/work/shared";

/// The articles of one split (`train`, `dev`), one JSON object each (`id`, `text`, `quotes`,
/// `attributions`), in file order.
pub fn articles(split: &str) -> Vec<Value> {
    let path = format!("{SHARED}/gold/polnear_{split}.jsonl");
    let file = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("read {path}: {e}"));
    file.lines()
        .map(|line| serde_json::from_str(line).expect("one JSON object per line"))
        .collect()
}
