//! The whole pipeline on arbitrary bytes, decoded the way a scraper would (lossily).
#![no_main]

use libfuzzer_sys::fuzz_target;

#[path = "../../tests/common/mod.rs"]
mod common;

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    common::analyze_and_check(&text);
});
