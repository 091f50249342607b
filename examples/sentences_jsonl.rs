//! Sentence spans (and optionally tokens) for texts given as JSON lines, through the pure-Rust
//! core. The benchmark harness uses it to score presswork's splitter before or without the
//! Python bindings (`bench/tools.py` falls back to it when `import presswork` fails).
//!
//! ```text
//! cargo run --release --example sentences_jsonl [-- --tokens] < texts.jsonl
//! ```
//!
//! Input: one JSON string per line (the text). Output: one JSON object per input line,
//! `{"sentences": [[start, end], ...]}` (and `"tokens": [[start, end, kind], ...]` with
//! `--tokens`), offsets in code points like Python `str` indexing. With the environment
//! variable `PRESSWORK_RULE_OFF=<rule>` the named sentence rule is switched off (ablation).

use std::io::{BufRead, Write};

use presswork::offsets::CharOffsets;

fn main() {
    let with_tokens = std::env::args().any(|a| a == "--tokens");
    // PRESSWORK_RULE_OFF=<rule name>: split with that sentence rule switched off.
    let rule_off: Option<&'static str> = std::env::var("PRESSWORK_RULE_OFF")
        .ok()
        .map(|s| &*Box::leak(s.into_boxed_str()));
    let stdin = std::io::stdin();
    let stdout = std::io::stdout();
    let mut out = std::io::BufWriter::new(stdout.lock());
    for line in stdin.lock().lines() {
        let line = line.expect("read stdin");
        if line.trim().is_empty() {
            continue;
        }
        let text: String = serde_json::from_str(&line).expect("each line must be a JSON string");
        let mut doc = presswork::analyze(&text);
        if let Some(off) = &rule_off {
            // Rule ablation for the bench: the same split with one named rule switched off.
            let switch = presswork::sentences::rules::RuleSwitch { off: Some(off) };
            doc.tokens = presswork::tokenize::tokenize(&text);
            doc.sentences = presswork::sentences::split_with(&text, &mut doc.tokens, switch);
            if presswork::tokenize::split_compounds(&text, &mut doc.tokens) {
                presswork::sentences::reindex(&mut doc.sentences, &doc.tokens);
            }
        }
        let co = CharOffsets::new(&text);
        let sents: Vec<[usize; 2]> = doc
            .sentences
            .iter()
            .map(|s| [co.char_offset(s.span.start()), co.char_offset(s.span.end())])
            .collect();
        let mut obj = serde_json::json!({ "sentences": sents });
        if with_tokens {
            let toks: Vec<serde_json::Value> = doc
                .tokens
                .iter()
                .map(|t| {
                    serde_json::json!([
                        co.char_offset(t.span.start()),
                        co.char_offset(t.span.end()),
                        t.kind.as_str()
                    ])
                })
                .collect();
            obj["tokens"] = toks.into();
        }
        writeln!(out, "{obj}").expect("write stdout");
    }
}
