//! Rust-only throughput of presswork's core: tokenize, tokenize + sentence split, and the full
//! `analyze`, single-threaded and over all cores (rayon over documents).
//!
//! ```text
//! cargo run --release --example bench_core -- CORPUS [--repeat N] [--threads N] [--json]
//! ```
//!
//! `CORPUS` is a UTF-8 file with one document per line (what `bench/run.py` writes to
//! `bench/out/corpus.txt`). MB/s are 10^6 bytes of UTF-8 input per second of wall time; with
//! `--repeat N` each figure is the best of N passes. MB/CPU-s divides by the CPU time (user +
//! system, all threads) of that pass: less sensitive than wall time to other load on the machine. `--json` prints one JSON object instead
//! of the table (read by `bench/run.py`).

// The allocator the Python extension ships with (jemalloc), as a user of the package runs.
#[path = "common/shipped_alloc.rs"]
mod shipped_alloc;
use std::time::Instant;

use rayon::prelude::*;

fn peak_rss_mib() -> f64 {
    // VmHWM: the resident-set high-water mark of this process.
    std::fs::read_to_string("/proc/self/status")
        .ok()
        .and_then(|s| {
            s.lines().find(|l| l.starts_with("VmHWM:")).and_then(|l| {
                l.split_whitespace()
                    .nth(1)
                    .and_then(|kb| kb.parse::<f64>().ok())
            })
        })
        .map(|kb| kb / 1024.0)
        .unwrap_or(f64::NAN)
}

/// CPU seconds (user + system) this process has used, all threads: /proc/self/stat fields 14
/// and 15, in USER_HZ (100 per second on Linux).
fn cpu_seconds() -> f64 {
    std::fs::read_to_string("/proc/self/stat")
        .ok()
        .and_then(|s| {
            let rest = &s[s.rfind(')')? + 2..];
            let f: Vec<&str> = rest.split_whitespace().collect();
            Some((f.get(11)?.parse::<f64>().ok()? + f.get(12)?.parse::<f64>().ok()?) / 100.0)
        })
        .unwrap_or(f64::NAN)
}

/// Best wall time of `repeat` passes, with the CPU time of that pass and the item count.
fn best_of<F: FnMut() -> usize>(repeat: usize, mut f: F) -> (f64, f64, usize) {
    let mut best = (f64::INFINITY, f64::NAN);
    let mut count = 0;
    for _ in 0..repeat.max(1) {
        let c = cpu_seconds();
        let t = Instant::now();
        count = std::hint::black_box(f());
        let wall = t.elapsed().as_secs_f64();
        if wall < best.0 {
            let cpu = cpu_seconds() - c;
            best = (wall, if cpu > 0.0 { cpu } else { f64::NAN });
        }
    }
    (best.0, best.1, count)
}

fn main() {
    let mut args = std::env::args().skip(1);
    let mut path = None;
    let mut repeat = 1usize;
    let mut threads = 0usize;
    let mut json = false;
    while let Some(a) = args.next() {
        match a.as_str() {
            "--repeat" => {
                repeat = args
                    .next()
                    .and_then(|v| v.parse().ok())
                    .expect("--repeat N")
            }
            "--threads" => {
                threads = args
                    .next()
                    .and_then(|v| v.parse().ok())
                    .expect("--threads N")
            }
            "--json" => json = true,
            "-h" | "--help" => {
                eprintln!("usage: bench_core CORPUS [--repeat N] [--threads N] [--json]");
                return;
            }
            _ => path = Some(a),
        }
    }
    let path = path.unwrap_or_else(|| {
        eprintln!("usage: bench_core CORPUS [--repeat N] [--threads N] [--json]");
        std::process::exit(2)
    });
    if threads > 0 {
        rayon::ThreadPoolBuilder::new()
            .num_threads(threads)
            .build_global()
            .expect("rayon pool");
    }
    let corpus = std::fs::read_to_string(&path).unwrap_or_else(|e| {
        eprintln!("cannot read {path}: {e}");
        std::process::exit(2)
    });
    let docs: Vec<&str> = corpus.lines().filter(|l| !l.is_empty()).collect();
    let bytes: usize = docs.iter().map(|d| d.len()).sum();
    let mb = bytes as f64 / 1e6;
    let nthreads = rayon::current_num_threads();

    // Warm-up: lexicons are parsed on first use.
    for d in docs.iter().take(200) {
        std::hint::black_box(presswork::analyze(d));
    }

    let tok_1 = best_of(repeat, || {
        docs.iter()
            .map(|d| presswork::tokenize::tokenize(d).len())
            .sum()
    });
    let tok_n = best_of(repeat, || {
        docs.par_iter()
            .map(|d| presswork::tokenize::tokenize(d).len())
            .sum()
    });
    let sent = |d: &&str| {
        let mut toks = presswork::tokenize::tokenize(d);
        presswork::sentences::split(d, &mut toks).len()
    };
    let sent_1 = best_of(repeat, || docs.iter().map(sent).sum());
    let sent_n = best_of(repeat, || docs.par_iter().map(sent).sum());
    // Split alone, on tokens made beforehand (not a user-facing path; shows the stage's cost).
    let mut pretok: Vec<Vec<presswork::Token>> = docs
        .iter()
        .map(|d| presswork::tokenize::tokenize(d))
        .collect();
    let split_1 = best_of(repeat, || {
        docs.iter()
            .zip(pretok.iter_mut())
            .map(|(d, t)| presswork::sentences::split(d, t).len())
            .sum()
    });
    drop(pretok);
    let ana_1 = best_of(repeat, || {
        docs.iter()
            .map(|d| presswork::analyze(d).tokens.len())
            .sum()
    });
    let ana_n = best_of(repeat, || {
        docs.par_iter()
            .map(|d| presswork::analyze(d).tokens.len())
            .sum()
    });
    let rss = peak_rss_mib();

    let rows = [
        ("tokenize", "1", tok_1),
        ("tokenize", "all", tok_n),
        ("tokenize+split", "1", sent_1),
        ("tokenize+split", "all", sent_n),
        ("split (pre-tokenized)", "1", split_1),
        ("analyze", "1", ana_1),
        ("analyze", "all", ana_n),
    ];
    if json {
        let mut out = serde_json::Map::new();
        out.insert("corpus".into(), path.clone().into());
        out.insert("docs".into(), docs.len().into());
        out.insert("bytes".into(), bytes.into());
        out.insert("threads".into(), nthreads.into());
        out.insert("repeat".into(), repeat.into());
        out.insert("peak_rss_mib".into(), serde_json::json!(rss));
        let mut res = Vec::new();
        for (task, th, (secs, cpu, count)) in rows {
            res.push(serde_json::json!({
                "task": task, "threads": if th == "1" { 1 } else { nthreads },
                "seconds": secs, "cpu_seconds": cpu, "mb_per_s": mb / secs, "mb_per_cpu_s": mb / cpu, "items": count,
            }));
        }
        out.insert("results".into(), res.into());
        println!("{}", serde_json::Value::Object(out));
    } else {
        println!("presswork core (Rust): {} docs, {:.1} MB, rayon threads = {nthreads}, best of {repeat}", docs.len(), mb);
        println!(
            "{:<24} {:>7} {:>10} {:>10} {:>10} {:>12}",
            "task", "threads", "seconds", "MB/s", "MB/CPU-s", "items"
        );
        for (task, th, (secs, cpu, count)) in rows {
            let th = if th == "1" {
                "1".to_string()
            } else {
                nthreads.to_string()
            };
            println!(
                "{task:<24} {th:>7} {secs:>10.3} {:>10.1} {:>10.1} {count:>12}",
                mb / secs,
                mb / cpu
            );
        }
        println!("peak RSS: {rss:.0} MiB (corpus held in memory: {mb:.0} MB)");
    }
}
