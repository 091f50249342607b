//! Dumps every stage's output for a corpus, one JSON line per document, so that a refactor can
//! be checked to leave outputs byte-identical (`diff` two dumps).
//!
//! ```text
//! cargo run --release --example dump -- CORPUS.jsonl > out.jsonl
//! ```
//!
//! `CORPUS.jsonl` holds one JSON string (a document's text) per line; `bench/dump_corpus.py`
//! writes one from the seeds, PolNeAR and the BBC corpus.

use std::io::{BufRead, BufWriter, Write};

fn main() {
    let path = std::env::args().nth(1).expect("usage: dump CORPUS.jsonl");
    let file = std::fs::File::open(&path).expect("cannot open the corpus");
    let out = std::io::stdout();
    let mut out = BufWriter::new(out.lock());
    for line in std::io::BufReader::new(file).lines() {
        let line = line.expect("cannot read the corpus");
        let text: String = serde_json::from_str(&line).expect("each line must be a JSON string");
        let doc = presswork::analyze(&text);
        let tables = serde_json::json!({
            "tokens": doc.tokens,
            "sentences": doc.sentences,
            "quotes": doc.quotes,
            "numbers": doc.numbers,
        });
        writeln!(out, "{tables}").expect("cannot write");
    }
}
