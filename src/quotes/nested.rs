//! Nested attribution before a quotation: a cue that sits inside the report of another
//! speaker in the same sentence gives the quotation to that outer speaker.
//!
//! Two nested shapes are read, each a cue the `before` shapes take because it stands nearest
//! the quotation:
//!
//! * a possessed speech noun that is the subject the quotation speaks about (`Ryan told
//!   reporters that Cole's comments “show bias.”`): the quotation is Ryan's words about the
//!   comments, not the comments;
//! * a naming verb (`call`, `describe`, tagged `object` in `cue_verbs.txt`) in a relative
//!   clause whose subject is a pronoun (`Cole said she backs Lee, whom he called “a fraud.”`,
//!   `… for what she calls “real change”`): the clause retells a name inside Cole's report.
//!
//! A report that closes the quotation's sentence after it (`Cole called it “slow,” the
//! paper reported.`, `…, according to a source.`) is likewise the outer one: the whole
//! sentence, the quotation and the cue before it, is what that source says.
//!
//! Read once per quotation from the cue already found, in a window bounded by the sentence.

use super::attribution::{Attributor, Found, How};
use super::lexicons::QuoteWordClass;
use super::syntax::{Np, NpKind};

/// Tokens from a closing mark to the end of its sentence read for a final report.
const FINAL_REPORT_WINDOW: usize = 40;
/// Words a final report may hold after its cue (`, the paper reported on Tuesday.`).
const FINAL_REPORT_TAIL: usize = 4;

impl Attributor<'_, '_> {
    /// Where the nested part holding the cue of `f` starts (the possessor, the relative
    /// word), when that cue is nested (see the module doc) and stands before `open`.
    pub(crate) fn nest_start(&self, f: &Found, open: usize) -> Option<usize> {
        let (v, _) = f.cue?;
        if f.how != How::Before || v >= open {
            return None;
        }
        self.possessed_noun_subject(f, v, open)
            .or_else(|| self.naming_relative(f, v))
            .or_else(|| self.reported_clause(f))
    }

    /// `Obama said he expected that voters will say “no”`, `Trump said he replied: “…”`: the
    /// subject of `f` opens a clause reported by an earlier verb (after `that`, or right
    /// after a cue verb): where that clause starts.
    fn reported_clause(&self, f: &Found) -> Option<usize> {
        let ctx = self.ctx;
        let s = f.np.start;
        let p = s.checked_sub(1)?;
        let after_that = ctx.is_any(p, &["that"]);
        // A past or -s form (`at which point the crowd chanted` is no report).
        let after_cue = ctx
            .cue(p)
            .is_some_and(|c| !c.ing && !c.needs_object && !c.base);
        // Right after a verb, a possessed speech noun is its object, and the quotation its
        // content (`He repeated his claim that “…”`, `recalled Cole's blunt warning: “…”`
        // stay the possessor's).
        let object = f.cue.is_some_and(|(v, _)| self.possessed_past_modifiers(v));
        (after_that || (after_cue && !object)).then_some(s)
    }

    /// Does a possessive own the word at `v` across at most two modifiers (`his claim`,
    /// `Cole's blunt warning`, `her March comment`)?
    fn possessed_past_modifiers(&self, v: usize) -> bool {
        (v.saturating_sub(2)..=v)
            .rev()
            .take_while(|&m| self.ctx.is_word(m))
            .any(|m| self.possessed(m))
    }

    /// Does a possessive (`his`, `Cole's`) own the word at `v`?
    fn possessed(&self, v: usize) -> bool {
        let ctx = self.ctx;
        v > 0 && (ctx.is_class(v - 1, QuoteWordClass::Possessive) || ctx.norm(v - 1) == "'s")
    }

    /// Rule `inner_cue_yields_to_outer_report`: the outer report around a nested cue that
    /// starts at `nest`, found by the `before` shapes in `[floor, nest)`; `None` unless a
    /// speech verb with a subject of its own reports it.
    pub(crate) fn outer_report(&self, nest: usize, floor: usize) -> Option<Found> {
        if nest <= floor {
            return None;
        }
        let outer = self.before(floor, nest)?;
        let (ov, _) = outer.cue?;
        // A past or -s form: a bare form this far from the quotation is as often a noun
        // (`at which point`, `Clinton email chains`).
        let speech = self.ctx.cue(ov).is_some_and(|c| !c.needs_object && !c.base);
        // A verb, not a possessed noun (`his remarks`).
        let possessed = ov > 0
            && (self.ctx.is_class(ov - 1, QuoteWordClass::Possessive)
                || self.ctx.norm(ov - 1) == "'s");
        (speech && !possessed && outer.np.end <= nest && outer.how == How::Before).then_some(outer)
    }

    /// `Cole's comments “show bias”`, `his remarks “were a disgrace”`: a speech noun owned by
    /// the mention of `f` with the quotation right after it: where the possessor starts.
    fn possessed_noun_subject(&self, f: &Found, v: usize, open: usize) -> Option<usize> {
        let ctx = self.ctx;
        let noun = ctx.is_word(v) && ctx.is_cue_noun(v);
        let owned = v > f.np.start && self.possessed(v);
        // The quotation must follow the noun as what is said about it, not as its content
        // (`his warning: “…”`, `Cole's claim that “…”` stay the possessor's).
        (noun && owned && v + 1 == open).then_some(f.np.start)
    }

    /// `whom he called “…”`, `what she calls “…”`: a naming verb right after a pronoun
    /// subject that follows a relative word: where the relative word stands.
    fn naming_relative(&self, f: &Found, v: usize) -> Option<usize> {
        let ctx = self.ctx;
        let naming = ctx.cue(v).is_some_and(|c| c.needs_object);
        let pronoun = f.np.end == f.np.start + 1 && ctx.is_pronoun(f.np.start) && f.np.end == v;
        let rel = f.np.start.checked_sub(1)?;
        let relative = (ctx.is_class(rel, QuoteWordClass::RelativeOpener)
            && !ctx.is_any(rel, &["that"]))
            || ctx.is_any(rel, &["what"]);
        (naming && pronoun && relative).then_some(rel)
    }

    /// Rule `sentence_final_report`: the report closing the sentence of a quotation that
    /// ends at `after` (the token after its closing mark): after the sentence's last comma,
    /// `according to X.`, `X reported.` / `X said on Tuesday.` or `said X.` / `said X, a …`,
    /// with no other quotation before the sentence ends.
    pub(crate) fn sentence_final_report(&self, after: usize, next_open: usize) -> Option<Found> {
        let ctx = self.ctx;
        let sentence = ctx.tokens.get(after)?.sentence;
        // The quotation must not end its sentence (`“….” Cole said.` is the next one's).
        let close = after.checked_sub(1)?;
        if ctx.tokens[close].sentence != sentence
            || close
                .checked_sub(1)
                .is_some_and(|e| matches!(ctx.tok(e), "." | "!" | "?"))
        {
            return None;
        }
        let limit = next_open.min(ctx.len()).min(after + FINAL_REPORT_WINDOW);
        let mut comma = None;
        let mut earlier_comma = None;
        let mut k = after;
        while k < limit && ctx.tokens[k].sentence == sentence {
            if ctx.is_punct(k, ",") {
                earlier_comma = comma;
                comma = Some(k);
            }
            k += 1;
        }
        let ended = k >= ctx.len() || ctx.tokens[k].sentence != sentence;
        let end = k.checked_sub(1)?;
        if !ended || !ctx.is_punct(end, ".") {
            return None;
        }
        let s = comma? + 1;
        if let Some(n) = ctx.source_marker(s) {
            let np = ctx.np_starting_at(s + n, end).filter(|np| np.end == end)?;
            return Some(Found {
                np,
                cue: Some((s, s + n)),
                how: How::According,
            });
        }
        let Some(v) = (s..end).find(|&v| ctx.cue(v).is_some()) else {
            return self.final_report_before_apposition(earlier_comma?, s - 1);
        };
        let form = ctx.cue(v)?;
        if form.ing || form.needs_object || ctx.negated(v) || ctx.passive(v) {
            return None;
        }
        let np = if v == s {
            self.final_inverted_speaker(v, end)?
        } else {
            let np = ctx.np_starting_at(s, v).filter(|np| np.end == v)?;
            (end - v <= FINAL_REPORT_TAIL).then_some(np)?
        };
        Some(Found {
            np,
            cue: Some((v, v + 1)),
            how: How::After,
        })
    }

    /// Rule `final_report_before_apposition`: `…, said Ann Cole, an expert at the port.` —
    /// the last comma of the sentence sets off an apposition with no cue; the report is
    /// then the inverted cue right after the comma before it (`earlier`), whose name runs up
    /// to the last comma (`last`).
    fn final_report_before_apposition(&self, earlier: usize, last: usize) -> Option<Found> {
        let ctx = self.ctx;
        let v = earlier + 1;
        let form = ctx.cue(v)?;
        if form.ing || form.needs_object || form.base || ctx.passive(v) {
            return None;
        }
        let np = self.final_inverted_speaker(v, last)?;
        (np.end == last).then_some(Found {
            np,
            cue: Some((v, v + 1)),
            how: How::After,
        })
    }

    /// `, said Ann Cole.` / `, said Ann Cole, a lawyer.`: the name after an inverted final cue.
    fn final_inverted_speaker(&self, v: usize, end: usize) -> Option<Np> {
        let ctx = self.ctx;
        ctx.np_starting_at(v + 1, end)
            .filter(|np| np.kind != NpKind::Pronoun && (np.end == end || ctx.is_punct(np.end, ",")))
    }
}
