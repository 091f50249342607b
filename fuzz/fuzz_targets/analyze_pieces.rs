//! The whole pipeline on news-like text: each input byte picks a piece (a word, a number, a
//! quotation mark, punctuation, an emoji, a line end…) so that the fuzzer explores the
//! combinations that quote pairing, sentence splitting and number parsing see, rather than
//! random characters.
#![no_main]

use libfuzzer_sys::fuzz_target;

#[path = "../../tests/common/mod.rs"]
mod common;

#[path = "../pieces.rs"]
mod pieces;

fuzz_target!(|data: &[u8]| {
    common::analyze_and_check(&pieces::text_of(data));
});
