//! Reported speech without quotation marks: "X said (that) …".
//!
//! (Placeholder until the indirect rules land.)

use super::resolve::Entities;
use super::syntax::Ctx;
use super::Quote;
use crate::sentences::Sentence;

pub(crate) fn extract(_ctx: &Ctx, _sentences: &[Sentence], _quoted: &[(usize, usize)], _entities: &Entities) -> Vec<Quote> {
    Vec::new()
}
