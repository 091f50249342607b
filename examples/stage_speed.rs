//! CPU seconds of each stage on a corpus, one thread, for comparing two builds
//! (`bench/stage_speed.py` builds a base revision and this tree and runs both in turn).
//!
//! ```text
//! cargo run --release --example stage_speed -- CORPUS.jsonl [REPEAT]
//! ```
//!
//! `CORPUS.jsonl` holds one JSON string (a document's text) per line (`bench/dump_corpus.py`
//! writes one). Prints one JSON object per stage: `{"stage", "cpu_s", "mb", "items"}`, where
//! `cpu_s` is the thread's CPU time for `REPEAT` passes over the corpus. The stages use only
//! the public API, so the same file builds against older revisions:
//!
//! * `tokens`: `tokenize::tokenize`;
//! * `sentences`: tokenize, then `sentences::split`;
//! * `quotes`: `analyze_with` with the quote stage only (tokens and sentences included);
//! * `numbers`: `analyze_with` with the number stage only (tokens and sentences included);
//! * `end_to_end`: `analyze` (every stage).

use std::io::BufRead;

use cpu_time::ThreadTime;
use presswork::{analyze, analyze_with, Stages};

fn main() {
    let args: Vec<String> = std::env::args().collect();
    let path = args
        .get(1)
        .expect("usage: stage_speed CORPUS.jsonl [REPEAT]");
    let repeat: usize = args.get(2).and_then(|r| r.parse().ok()).unwrap_or(1);
    let file = std::fs::File::open(path).expect("cannot open the corpus");
    let docs: Vec<String> = std::io::BufReader::new(file)
        .lines()
        .map(|line| serde_json::from_str(&line.expect("readable corpus")).expect("JSON string"))
        .collect();
    let mb = docs.iter().map(String::len).sum::<usize>() as f64 * repeat as f64 / 1e6;
    let only = |quotes, numbers| Stages { quotes, numbers };
    type Stage<'a> = (&'a str, Box<dyn Fn(&str) -> usize + 'a>);
    let stages: Vec<Stage> = vec![
        (
            "tokens",
            Box::new(|d| presswork::tokenize::tokenize(d).len()),
        ),
        (
            "sentences",
            Box::new(|d| {
                let mut tokens = presswork::tokenize::tokenize(d);
                presswork::sentences::split(d, &mut tokens).len()
            }),
        ),
        (
            "quotes",
            Box::new(move |d| analyze_with(d, only(true, false)).quotes.len()),
        ),
        (
            "numbers",
            Box::new(move |d| analyze_with(d, only(false, true)).numbers.len()),
        ),
        ("end_to_end", Box::new(|d| analyze(d).tokens.len())),
    ];
    for (name, run) in &stages {
        // One untimed pass: lexicons load on first use.
        let warm: usize = docs.iter().map(|d| run(d)).sum();
        let started = ThreadTime::now();
        let mut items = 0;
        for _ in 0..repeat {
            items += docs.iter().map(|d| run(d)).sum::<usize>();
        }
        let cpu_s = started.elapsed().as_secs_f64();
        assert_eq!(items, warm * repeat, "{name}: the same output every pass");
        println!(
            "{{\"stage\": \"{name}\", \"cpu_s\": {cpu_s:.6}, \"mb\": {mb:.3}, \"items\": {items}}}"
        );
    }
}
