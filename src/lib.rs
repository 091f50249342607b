//! # presswork
//!
//! presswork turns English news text into data: the tokens and sentences of an article, the
//! quotations in it with the person or body who said them, and the figures it reports.
//!
//! ## The pipeline
//!
//! One text flows through four stages, each in its own module, each reading what the
//! earlier ones produced and never re-scanning more than it must:
//!
//! 1. [`tokenize`] splits the text into [`Token`]s in one left-to-right pass. Every token is
//!    a byte range into the original text plus a [`TokenKind`] and a normalized form; nothing
//!    is copied unless normalization changes it.
//! 2. [`sentences`] groups tokens into [`Sentence`]s, using the token kinds (abbreviations,
//!    quote marks, numbers) and the whitespace between tokens (line and paragraph breaks).
//!    Then [`facts`] computes once per document what the later stages ask about a token
//!    (lowercase form, capitals, paragraph, abbreviation class, a number's shape and parts,
//!    sentence); both read it.
//! 3. [`quotes`] pairs quotation marks into quoted spans, finds the cue verb and the speaker
//!    mention that each hangs on, and resolves that mention to a name.
//! 4. [`numbers`] finds numeric expressions and normalizes their value, kind and unit, with the
//!    noun they count and the verb that governs them.
//!
//! Last, [`tokenize::split_compounds`] splits the compounds of letters the stages read whole
//! (`well-known` → `well` `-` `known`, as the UD treebanks tokenize) in the tokens handed out;
//! the stages' outputs are byte spans and do not move.
//!
//! [`Document`] holds the text and the output of every stage; everything in it is a view with
//! byte offsets into the one text, like spaCy's `Doc`. [`analyze`] runs the whole pipeline.
//!
//! ## Offsets
//!
//! Rust works in byte offsets (always on `char` boundaries). [`offsets::CharOffsets`] converts
//! them to code-point offsets, which is what Python's `str` indexing uses; the bindings convert
//! at the boundary so that `text[start:end]` is exact in Python.
//!
//! ## Lexicons
//!
//! Word lists (abbreviations, cue verbs, names, units, currencies) are plain-text files under
//! `data/lexicons/`, embedded at compile time and parsed once on first use ([`lexicon`]).
//!
//! ## Tables
//!
//! [`tables`] declares the output tables once (names, types, nullability) and, with the
//! `arrow` cargo feature, builds them as Arrow record batches from analysed documents.
//!
//! The Python bindings live in `src/python/` behind the `python` cargo feature and only
//! convert; the core has no Python in it and is tested with `cargo test`.

pub mod across;
pub mod arrow_strings;
pub mod document;
pub mod facts;
mod growth;
pub mod lexicon;
pub mod numbers;
pub mod offsets;
pub mod pool;
pub mod quotes;
pub mod sentences;
pub mod span;
pub mod tables;
#[cfg(test)]
mod test_text;
pub mod tokenize;

#[cfg(feature = "python")]
mod python;

pub use document::{analyze, analyze_with, Document, Stages};
pub use numbers::{Number, NumberKind};
pub use quotes::{CueKind, Quote, QuoteType, SpeakerType};
pub use sentences::Sentence;
pub use span::Span;
pub use tokenize::{Token, TokenKind, Whitespace};
