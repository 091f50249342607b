//! Scores the number stage and prints what it finds.
//!
//! ```text
//! cargo run --release --example score_numbers                 # seed gold: F1, kind/unit/noun accuracy
//! cargo run --release --example score_numbers -- gold -v      # … and list every miss
//! cargo run --release --example score_numbers -- bbc 20 0     # print figures for 20 BBC articles from #0
//! cargo run --release --example score_numbers -- bench        # MB/s of the number stage on the BBC corpus
//! cargo run --release --example score_numbers -- text "ICE deported 605,000 people"
//! cargo run --release --example score_numbers -- file article.txt
//! cargo run --release --example score_numbers -- jsonl cases.jsonl  # one JSON line of figures per case
//! ```
//!
//! A prediction matches a gold row when the spans overlap and the values are equal (both
//! absent counts as equal). Gold offsets are code points; predictions are converted.

// The allocator the Python extension ships with (jemalloc), as a user of the package runs.
#[path = "common/shipped_alloc.rs"]
mod shipped_alloc;
use std::collections::HashMap;
use std::time::Instant;

use presswork::offsets::CharOffsets;
use presswork::{analyze, numbers, sentences, tokenize, Number};
use serde_json::Value;

const SEEDS: &str = "tests/data/seeds";
const GOLD: &str = "tests/data/numbers.jsonl";
const BBC: [&str; 2] = [
    "/work/shared/corpus/bbc/train.csv",
    "/work/shared/corpus/bbc/val.csv",
];

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    match args.first().map(String::as_str) {
        None | Some("gold") => gold(args.iter().any(|a| a == "-v")),
        Some("bbc") => {
            let n = args.get(1).and_then(|s| s.parse().ok()).unwrap_or(20);
            let from = args.get(2).and_then(|s| s.parse().ok()).unwrap_or(0);
            for (k, text) in bbc_texts().iter().enumerate().skip(from).take(n) {
                println!("=== article {k}");
                show(text);
            }
        }
        Some("bench") => bench(),
        Some("text") => show(args.get(1).map_or("", String::as_str)),
        Some("file") => show(
            &std::fs::read_to_string(args.get(1).map_or("", String::as_str)).unwrap_or_default(),
        ),
        Some("tokens") => {
            let text = args.get(1).map_or("", String::as_str);
            for t in tokenize::tokenize(text) {
                print!("[{}|{:?}] ", t.span.text(text), t.kind);
            }
            println!();
        }
        Some("jsonl") => jsonl(args.get(1).map_or("", String::as_str)),
        Some(other) => eprintln!("unknown mode {other}"),
    }
}

fn describe(text: &str, n: &Number) -> String {
    let q = n
        .qualifier
        .map(|s| format!(" q={:?}", s.text(text)))
        .unwrap_or_default();
    let noun = n
        .noun
        .map(|s| format!(" noun={}", s.text(text)))
        .unwrap_or_default();
    let verb = n
        .verb
        .map(|s| format!(" verb={}", s.text(text)))
        .unwrap_or_default();
    let unit = n
        .unit
        .as_ref()
        .map(|u| format!(" unit={u}"))
        .unwrap_or_default();
    let range = match (n.low, n.high) {
        (Some(l), Some(h)) => format!(" [{l}..{h}]"),
        _ => String::new(),
    };
    format!(
        "{:?} = {:?} {}{unit}{range}{noun}{verb}{q}",
        n.span.text(text),
        n.value,
        n.kind.as_str()
    )
}

fn show(text: &str) {
    let doc = analyze(text);
    for n in &doc.numbers {
        let s = n.span.start().saturating_sub(30);
        let e = (n.span.end() + 30).min(text.len());
        let (s, e) = (floor(text, s), ceil(text, e));
        println!(
            "  {}    | {}",
            describe(text, n),
            text[s..e].replace('\n', " ")
        );
    }
}

/// For bench/score_number_suites.py: reads JSONL cases (a `text` field each) and prints, per
/// case, a JSON list of the figures found, with offsets in code points.
fn jsonl(path: &str) {
    let data = std::fs::read_to_string(path).expect("a JSONL file of cases");
    for line in data.lines().filter(|l| !l.trim().is_empty()) {
        let case: Value = serde_json::from_str(line).expect("json case");
        let text = case["text"].as_str().unwrap_or_default();
        let chars = CharOffsets::new(text);
        let span = |s: presswork::Span| {
            serde_json::json!({"start": chars.char_offset(s.start()), "end": chars.char_offset(s.end()),
                               "text": s.text(text)})
        };
        let out: Vec<Value> = analyze(text)
            .numbers
            .iter()
            .map(|n| {
                let s = span(n.span);
                serde_json::json!({
                    "start": s["start"], "end": s["end"], "text": s["text"],
                    "value": n.value, "kind": n.kind.as_str(), "unit": n.unit,
                    "low": n.low, "high": n.high, "approx": n.approx, "date": n.date,
                    "noun": n.noun_lemma,
                })
            })
            .collect();
        println!("{}", Value::Array(out));
    }
}

fn floor(t: &str, mut i: usize) -> usize {
    while !t.is_char_boundary(i) {
        i -= 1;
    }
    i
}

fn ceil(t: &str, mut i: usize) -> usize {
    while !t.is_char_boundary(i) {
        i += 1;
    }
    i
}

struct Row {
    doc: String,
    start: usize,
    end: usize,
    text: String,
    value: Option<f64>,
    kind: String,
    unit: Option<String>,
    noun: Option<String>,
    approx: bool,
    qualifier: Option<String>,
}

fn gold(verbose: bool) {
    let rows: Vec<Row> = std::fs::read_to_string(GOLD)
        .expect("gold file")
        .lines()
        .filter(|l| !l.trim().is_empty())
        .map(|l| {
            let j: Value = serde_json::from_str(l).expect("json row");
            let s = |k: &str| j[k].as_str().map(str::to_string);
            Row {
                doc: s("doc").unwrap_or_default(),
                start: j["start"].as_u64().unwrap_or(0) as usize,
                end: j["end"].as_u64().unwrap_or(0) as usize,
                text: s("text").unwrap_or_default(),
                value: j["value"].as_f64(),
                kind: s("kind").unwrap_or_default(),
                unit: s("unit"),
                noun: s("noun"),
                approx: j["approx"].as_bool().unwrap_or(false),
                qualifier: s("qualifier"),
            }
        })
        .collect();
    let mut by_doc: HashMap<String, Vec<&Row>> = HashMap::new();
    for r in &rows {
        by_doc.entry(r.doc.clone()).or_default().push(r);
    }
    let mut docs: Vec<String> = std::fs::read_dir(SEEDS)
        .expect("seeds")
        .filter_map(|e| Some(e.ok()?.file_name().to_string_lossy().into_owned()))
        .collect();
    docs.sort();
    let (mut tp, mut fp, mut fn_) = (0usize, 0usize, 0usize);
    let (mut kind_ok, mut unit_ok, mut noun_ok, mut qual_ok, mut span_ok) = (0, 0, 0, 0, 0);
    for doc in &docs {
        let text = std::fs::read_to_string(format!("{SEEDS}/{doc}")).expect("seed text");
        let offs = CharOffsets::new(&text);
        let d = analyze(&text);
        let preds: Vec<(usize, usize, &Number)> = d
            .numbers
            .iter()
            .map(|n| {
                (
                    offs.char_offset(n.span.start()),
                    offs.char_offset(n.span.end()),
                    n,
                )
            })
            .collect();
        let gold = by_doc.get(doc).cloned().unwrap_or_default();
        let mut used = vec![false; preds.len()];
        for g in &gold {
            let hit = preds.iter().enumerate().find(|(k, (s, e, n))| {
                !used[*k] && *s < g.end && g.start < *e && n.value == g.value
            });
            match hit {
                Some((k, (s, e, n))) => {
                    used[k] = true;
                    tp += 1;
                    let noun = n.noun_lemma.clone();
                    let q = n.qualifier.map(|x| x.text(&text).to_string());
                    let checks = [
                        (
                            n.kind.as_str() == g.kind,
                            &mut kind_ok,
                            "kind",
                            format!("{} vs {}", n.kind.as_str(), g.kind),
                        ),
                        (
                            n.unit == g.unit,
                            &mut unit_ok,
                            "unit",
                            format!("{:?} vs {:?}", n.unit, g.unit),
                        ),
                        (
                            noun == g.noun,
                            &mut noun_ok,
                            "noun",
                            format!("{:?} vs {:?}", noun, g.noun),
                        ),
                        (
                            q == g.qualifier && n.approx == g.approx,
                            &mut qual_ok,
                            "qualifier",
                            format!("{:?}/{} vs {:?}/{}", q, n.approx, g.qualifier, g.approx),
                        ),
                        (
                            (*s, *e) == (g.start, g.end),
                            &mut span_ok,
                            "span",
                            format!("{:?} vs {:?}", n.span.text(&text), g.text),
                        ),
                    ];
                    for (ok, counter, what, detail) in checks {
                        if ok {
                            *counter += 1;
                        } else if verbose {
                            println!("  {doc} {:?}: {what} {detail}", g.text);
                        }
                    }
                }
                None => {
                    fn_ += 1;
                    if verbose {
                        println!("  MISS {doc} {:?} = {:?} {}", g.text, g.value, g.kind);
                    }
                }
            }
        }
        for (k, (_, _, n)) in preds.iter().enumerate() {
            if !used[k] {
                fp += 1;
                if verbose {
                    println!("  EXTRA {doc} {}", describe(&text, n));
                }
            }
        }
    }
    let p = tp as f64 / (tp + fp).max(1) as f64;
    let r = tp as f64 / (tp + fn_).max(1) as f64;
    let f1 = if p + r > 0.0 {
        2.0 * p * r / (p + r)
    } else {
        0.0
    };
    let acc = |x: usize| x as f64 / tp.max(1) as f64;
    println!(
        "gold rows {}  predicted {}  matched {tp}",
        rows.len(),
        tp + fp
    );
    println!("value P {p:.3}  R {r:.3}  F1 {f1:.3}");
    println!(
        "on matched rows: kind {:.3}  unit {:.3}  noun {:.3}  qualifier {:.3}  exact span {:.3}",
        acc(kind_ok),
        acc(unit_ok),
        acc(noun_ok),
        acc(qual_ok),
        acc(span_ok)
    );
}

/// The text column of the BBC CSV files (RFC 4180 quoting).
fn bbc_texts() -> Vec<String> {
    let mut out = Vec::new();
    for path in BBC {
        let Ok(data) = std::fs::read_to_string(path) else {
            continue;
        };
        let mut fields: Vec<String> = Vec::new();
        let mut field = String::new();
        let mut quoted = false;
        let mut chars = data.chars().peekable();
        let mut header = true;
        while let Some(c) = chars.next() {
            match (quoted, c) {
                (true, '"') if chars.peek() == Some(&'"') => {
                    chars.next();
                    field.push('"');
                }
                (true, '"') => quoted = false,
                (true, c) => field.push(c),
                (false, '"') => quoted = true,
                (false, ',') => fields.push(std::mem::take(&mut field)),
                (false, '\n') => {
                    fields.push(std::mem::take(&mut field));
                    if !header && !fields[0].is_empty() {
                        out.push(fields[0].clone());
                    }
                    header = false;
                    fields.clear();
                }
                (false, '\r') => {}
                (false, c) => field.push(c),
            }
        }
    }
    out
}

/// CPU time of this thread in seconds (Linux: /proc/self/schedstat), if available.
fn cpu_seconds() -> Option<f64> {
    let s = std::fs::read_to_string("/proc/thread-self/schedstat").ok()?;
    let ns: f64 = s.split_whitespace().next()?.parse().ok()?;
    Some(ns / 1e9)
}

fn bench() {
    let texts = bbc_texts();
    let bytes: usize = texts.iter().map(String::len).sum();
    let prepared: Vec<_> = texts
        .iter()
        .map(|t| {
            let mut toks = tokenize::tokenize(t);
            let sents = sentences::split(t, &mut toks);
            (t.as_str(), toks, sents)
        })
        .collect();
    let rounds = 5;
    let mut count = 0;
    let cpu0 = cpu_seconds();
    let t0 = Instant::now();
    for _ in 0..rounds {
        for (t, toks, sents) in &prepared {
            count += numbers::extract(t, toks, sents).len();
        }
    }
    let secs = t0.elapsed().as_secs_f64();
    let cpu = cpu_seconds().zip(cpu0).map(|(b, a)| b - a);
    let mb = (bytes * rounds) as f64 / 1e6;
    println!(
        "{} articles, {:.2} MB, {} figures per pass",
        texts.len(),
        bytes as f64 / 1e6,
        count / rounds
    );
    println!(
        "number stage alone: {:.1} MB/s wall ({:.3} s for {rounds} passes)",
        mb / secs,
        secs
    );
    if let Some(cpu) = cpu.filter(|c| *c > 0.0) {
        println!(
            "number stage alone: {:.1} MB/s of CPU time (unaffected by other load on the machine)",
            mb / cpu
        );
    }
    let t0 = Instant::now();
    let mut total = 0;
    for t in &texts {
        total += analyze(t).numbers.len();
    }
    let secs = t0.elapsed().as_secs_f64();
    println!(
        "whole pipeline (tokens, sentences, quotes, numbers): {:.1} MB/s, {total} figures",
        bytes as f64 / 1e6 / secs
    );
}
