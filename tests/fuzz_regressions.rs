//! Replays the fuzz corpus kept in the repository: every input under
//! `tests/data/fuzz_regressions/<target>/` is turned into text the way its cargo-fuzz target
//! does (`fuzz/fuzz_targets/*.rs`) and must pass the invariants of `tests/common`.
//!
//! * `analyze_bytes/`, `crashes/`: bytes decoded lossily;
//! * `analyze_utf8/`: valid UTF-8 (others skipped, as the target does);
//! * `analyze_pieces/`: each byte picks a piece of `fuzz/pieces.rs`.
//!
//! When the fuzzer finds a crash (`fuzz/artifacts/<target>/crash-*`), copy the file into
//! `crashes/` (or the target's folder) so that `cargo test` keeps replaying it.

mod common;

#[path = "../fuzz/pieces.rs"]
mod pieces;

use std::path::Path;

fn replay(dir: &str, to_text: impl Fn(&[u8]) -> Option<String>) -> usize {
    let path = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/data/fuzz_regressions")
        .join(dir);
    let Ok(entries) = std::fs::read_dir(&path) else {
        return 0;
    };
    let mut files: Vec<_> = entries
        .map(|e| e.unwrap().path())
        .filter(|p| p.is_file())
        .collect();
    files.sort();
    let mut n = 0;
    for file in files {
        let data = std::fs::read(&file).unwrap();
        if let Some(text) = to_text(&data) {
            let doc = presswork::analyze(&text);
            if let Err(e) = common::check(&text, &doc) {
                panic!(
                    "{}: {e}\ninput: {:?}",
                    file.display(),
                    common::preview(&text)
                );
            }
            n += 1;
        }
    }
    n
}

#[test]
fn corpus_analyze_bytes() {
    let n = replay("analyze_bytes", |d| {
        Some(String::from_utf8_lossy(d).into_owned())
    });
    assert!(n > 0, "no corpus found");
}

#[test]
fn corpus_analyze_utf8() {
    let n = replay("analyze_utf8", |d| {
        std::str::from_utf8(d).ok().map(str::to_owned)
    });
    assert!(n > 0, "no corpus found");
}

#[test]
fn corpus_analyze_pieces() {
    let n = replay("analyze_pieces", |d| Some(pieces::text_of(d)));
    assert!(n > 0, "no corpus found");
}

#[test]
fn crashes_found_by_the_fuzzer() {
    replay("crashes", |d| Some(String::from_utf8_lossy(d).into_owned()));
}
