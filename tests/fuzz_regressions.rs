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
    let entries = std::fs::read_dir(&path).unwrap_or_else(|e| {
        panic!(
            "{}: {e} (a renamed folder must not skip the replay)",
            path.display()
        )
    });
    let mut files: Vec<_> = entries
        .map(|e| e.unwrap().path())
        .filter(|p| p.is_file() && p.file_name().is_some_and(|n| n != "README.md"))
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

/// The target's corpus and the crash inputs (none so far; they decode the same way), so that
/// this test cannot pass on nothing when `crashes/` is empty.
#[test]
fn corpus_analyze_bytes_and_crashes() {
    let lossy = |d: &[u8]| Some(String::from_utf8_lossy(d).into_owned());
    let n = replay("analyze_bytes", lossy) + replay("crashes", lossy);
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
