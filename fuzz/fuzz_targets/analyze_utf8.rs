//! The whole pipeline on arbitrary valid UTF-8 (libFuzzer's mutations of it; invalid inputs
//! are skipped so that the fuzzer spends its time on text).
#![no_main]

use libfuzzer_sys::fuzz_target;

#[path = "../../tests/common/mod.rs"]
mod common;

fuzz_target!(|data: &[u8]| {
    if let Ok(text) = std::str::from_utf8(data) {
        common::analyze_and_check(text);
    }
});
