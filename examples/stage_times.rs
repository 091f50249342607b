//! Times each stage of the pipeline on a corpus, single thread, to see where time goes.
//!
//!     cargo run --release --example stage_times -- FILE.txt [REPEAT]
//!
//! The file is split into documents at blank lines. Each line gives MB/s of wall time and of
//! this thread's CPU time (the steadier figure on a shared machine).

// The allocator the Python extension ships with (jemalloc), as a user of the package runs.
#[path = "common/shipped_alloc.rs"]
mod shipped_alloc;
use std::time::Instant;

fn main() {
    let args: Vec<String> = std::env::args().collect();
    let path = args.get(1).expect("usage: stage_times FILE [REPEAT]");
    let repeat: usize = args.get(2).and_then(|r| r.parse().ok()).unwrap_or(1);
    let raw = std::fs::read_to_string(path).expect("readable UTF-8 file");
    let docs: Vec<&str> = raw.split("\n\n").filter(|d| !d.trim().is_empty()).collect();
    let mb = raw.len() as f64 * repeat as f64 / 1e6;
    let time = |name: &str, f: &dyn Fn() -> usize| {
        let t = Instant::now();
        let cpu = cpu_time::ThreadTime::now();
        let mut n = 0;
        for _ in 0..repeat {
            n += f();
        }
        let s = t.elapsed().as_secs_f64();
        let c = cpu.elapsed().as_secs_f64();
        println!(
            "{name:<22} {:>8.1} MB/s  {:>8.1} MB/CPU-s  ({n} items)",
            mb / s,
            mb / c
        );
    };
    time("offsets", &|| {
        docs.iter()
            .map(|d| presswork::offsets::CharOffsets::new(d).char_offset(d.len()))
            .sum()
    });
    time("tokenize", &|| {
        docs.iter()
            .map(|d| presswork::tokenize::tokenize(d).len())
            .sum()
    });
    time("tokenize+sentences", &|| {
        docs.iter()
            .map(|d| {
                let mut t = presswork::tokenize::tokenize(d);
                presswork::sentences::split(d, &mut t).len()
            })
            .sum()
    });
    time("analyze (all stages)", &|| {
        docs.iter()
            .map(|d| presswork::analyze(d).tokens.len())
            .sum()
    });
}
