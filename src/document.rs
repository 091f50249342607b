//! The document: one text and everything the pipeline found in it.

use serde::Serialize;

use crate::facts::TokenFacts;
use crate::numbers::{self, Number};
use crate::quotes::{self, Quote};
use crate::sentences::{self, Sentence};
use crate::span::MAX_TEXT_BYTES;
use crate::tokenize::{self, Token};

/// Which optional stages to run. Tokens and sentences are always produced: every later
/// stage reads them.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Stages {
    pub quotes: bool,
    pub numbers: bool,
}

impl Default for Stages {
    fn default() -> Self {
        Stages {
            quotes: true,
            numbers: true,
        }
    }
}

/// A text and the output of every stage, all as byte spans into `text`.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Document<'t> {
    pub text: &'t str,
    pub tokens: Vec<Token>,
    pub sentences: Vec<Sentence>,
    pub quotes: Vec<Quote>,
    pub numbers: Vec<Number>,
}

/// Runs the whole pipeline on `text`.
pub fn analyze(text: &str) -> Document<'_> {
    analyze_with(text, Stages::default())
}

/// Runs tokens and sentences, and the optional stages selected in `stages`.
///
/// # Panics
/// If `text` is longer than [`MAX_TEXT_BYTES`] (4 GiB): spans hold `u32` offsets. The
/// Python bindings check this first and raise `ValueError`.
pub fn analyze_with(text: &str, stages: Stages) -> Document<'_> {
    assert!(
        text.len() <= MAX_TEXT_BYTES,
        "presswork analyses texts of up to 4 GiB; this one has {} bytes",
        text.len()
    );
    let mut tokens = tokenize::tokenize(text);
    // Computed once, right after tokenizing; every later stage reads the same facts about
    // the same tokens (the sentence stage its abbreviation classes), and the sentence index
    // is added once the sentences exist.
    let mut facts = TokenFacts::new(text, &tokens);
    let mut sentences = sentences::split_with_facts(text, &mut tokens, &facts);
    facts.set_sentences(&tokens, &sentences);
    let quotes = if stages.quotes {
        quotes::extract_with_facts(text, &tokens, &sentences, &facts)
    } else {
        Vec::new()
    };
    let numbers = if stages.numbers {
        numbers::extract_with_facts(text, &tokens, &facts)
    } else {
        Vec::new()
    };
    // The stages read compounds whole; the published tokens split them (tokenize::compounds).
    // One pass over the tokens; the sentences' ranges move by the changes alone.
    if let Some(moves) = tokenize::split_compounds_moving(text, &mut tokens) {
        sentences::shift(&mut sentences, &moves);
    }
    Document {
        text,
        tokens,
        sentences,
        quotes,
        numbers,
    }
}
