//! Two-word speech verbs (`cue_phrases.txt`: `shot back`, `fired back`, `went on`, `cut
//! in`): the verb alone reports nothing, so the one-word cue shapes never see it; two shapes
//! read the pair next to a quotation.
//!
//! * after: `“Q,” Cole shot back.` / `“Q,” she went on, …` — a subject right after the
//!   closing mark, then the pair;
//! * before: `Cole fired back: “Q”` / `Cole shot back sharply, “Q”` / `the email went on to
//!   say, “Q”` — the pair (perhaps an -ly adverb or `to` and a cue verb after it) right
//!   before the opening mark, with a subject of its own.

use super::attribution::{Attributor, Found, How};
use super::lexicons::{CUE_PARTICLES, CUE_PHRASES};

/// Tokens a subject may span between the closing mark and a two-word cue.
const MAX_PHRASAL_SUBJECT: usize = 6;

impl Attributor<'_, '_> {
    /// Is token `v` a listed verb form followed by its particle (`shot back`)?
    fn phrasal_cue_at(&self, v: usize) -> bool {
        let ctx = self.ctx;
        ctx.is_word(v)
            && ctx.tok(v).starts_with(char::is_lowercase)
            && ctx.is_word(v + 1)
            && CUE_PHRASES
                .get(ctx.lower(v).as_ref())
                .is_some_and(|p| *p == ctx.lower(v + 1))
    }

    /// Does the particle's sense end at token `p` (just after it): a quotation mark, a comma
    /// or colon, an -ly adverb, a preposition (`shot back with a laugh`), `to` and a cue
    /// verb, or the sentence end — not a noun (`cut in line`, `went on holiday`)?
    fn particle_ends_cue(&self, p: usize) -> bool {
        let ctx = self.ctx;
        if p >= ctx.len()
            || ctx.is_quote_mark(p)
            || matches!(ctx.tok(p), "," | ":" | "." | "!" | "?")
        {
            return true;
        }
        (ctx.is_word(p) && ctx.lower(p).ends_with("ly"))
            || ctx.is_preposition(p)
            || (ctx.is_any(p, &["to"]) && ctx.cue(p + 1).is_some_and(|f| f.base))
    }

    /// Rule `subject_then_phrasal_cue`: `“Q,” Cole shot back`: the phrase starting right
    /// after the closing mark, then a two-word speech verb.
    pub(crate) fn subject_then_phrasal_cue(&self, a: usize, ceil: usize) -> Option<Found> {
        // Most quotations have no listed particle after them: look for one before reading
        // the subject phrase.
        let ctx = self.ctx;
        let limit = ceil.min(a + MAX_PHRASAL_SUBJECT + 1);
        let particles = &*CUE_PARTICLES;
        (a + 2..limit + 1).find(|&k| {
            let w = ctx.norm(k);
            particles.iter().any(|p| p == w)
        })?;
        let np = ctx.np_starting_at(a, ceil)?;
        let v = np.end;
        (v + 1 < ceil && self.phrasal_cue_at(v) && self.particle_ends_cue(v + 2)).then_some(Found {
            np,
            cue: Some((v, v + 2)),
            how: How::After,
        })
    }

    /// Rule `phrasal_cue_before`: `Cole fired back: “Q”`: a two-word speech verb right before
    /// the opening mark (past a comma or colon, one -ly adverb, or `to` and a cue verb), with
    /// a subject of its own outside an adverbial clause.
    pub(crate) fn phrasal_cue_before(&self, floor: usize, open: usize) -> Option<Found> {
        let ctx = self.ctx;
        let mut e = open;
        // `went on, “without a break,” until`: after a comma or colon the quotation must
        // open with a capital, not run on as a partial of the sentence.
        if e > floor && matches!(ctx.tok(e - 1), "," | ":") {
            if ctx.tok(open + 1).starts_with(char::is_lowercase) {
                return None;
            }
            e -= 1;
        }
        if e > floor + 1 && ctx.is_any(e - 2, &["to"]) && ctx.cue(e - 1).is_some_and(|f| f.base) {
            e -= 2;
        } else if e > floor && ctx.is_word(e - 1) && ctx.lower(e - 1).ends_with("ly") {
            e -= 1;
        }
        let v = e.checked_sub(2).filter(|&v| v >= floor)?;
        if !self.phrasal_cue_at(v) {
            return None;
        }
        let np = ctx
            .subject_before(v, floor)
            .filter(|np| !self.in_adverbial_clause(np.start, floor))?;
        Some(Found {
            np,
            cue: Some((v, v + 2)),
            how: How::Before,
        })
    }
}
