//! Cue: which words report speech, a thought or a document without quotation marks, and
//! what content each takes (`data/lexicons/indirect_cues.txt`, `indirect_nouns.txt`, and the
//! verbs tagged `indirect` in `cue_verbs.txt`, which the quote rules read too).

use std::sync::LazyLock;

use super::super::lexicons::{ing_forms, past_forms, third_person, FastMap, CUE_FORMS, CUE_NOUNS};
use super::super::syntax::Ctx;
use super::super::CueKind;
use crate::lexicon;

/// What one inflected form of an indirect cue verb takes as its content.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct IndirectCue {
    pub kind: CueKind,
    /// A finite clause, with or without "that": "said (that) …".
    pub clause: bool,
    /// An infinitive of the subject's own act: "vowed to …".
    pub to: bool,
    /// A hearer and an infinitive: "urged lawmakers to …".
    pub object_to: bool,
    /// A noun phrase: "criticized the plan".
    pub object: bool,
    /// The -ing form: a participle reporting for the sentence subject ("…, saying …").
    pub ing: bool,
}

fn kind_named(name: &str) -> CueKind {
    match name {
        "thought" => CueKind::Thought,
        "document" => CueKind::Document,
        _ => CueKind::Speech,
    }
}

/// Every inflected form of every indirect cue verb, lower-cased.
static CUES: LazyLock<FastMap<IndirectCue>> = LazyLock::new(|| {
    let mut cues = FastMap::default();
    for (form, f) in CUE_FORMS.iter() {
        if f.indirect && !f.after_only {
            let cue = IndirectCue {
                kind: CueKind::Speech,
                clause: true,
                to: false,
                object_to: false,
                object: false,
                ing: f.ing,
            };
            cues.insert(form.clone(), cue);
        }
    }
    for fields in lexicon::entries(include_str!("../../../data/lexicons/indirect_cues.txt")) {
        let lemma = fields[0].to_lowercase();
        let irregular = |i: usize| {
            fields
                .get(i)
                .filter(|f| **f != "-")
                .map(|f| f.to_lowercase())
        };
        let frames = fields.get(4).copied().unwrap_or("");
        let has = |t: &str| frames.split(',').any(|f| f.trim() == t);
        let plain = IndirectCue {
            kind: kind_named(fields.get(3).copied().unwrap_or("speech")),
            clause: has("clause"),
            to: has("to"),
            object_to: has("object_to"),
            object: has("object"),
            ing: false,
        };
        let mut forms = vec![lemma.clone(), third_person(&lemma)];
        match (irregular(1), irregular(2)) {
            (None, None) => forms.extend(past_forms(&lemma)),
            (past, participle) => {
                forms.extend(past.or_else(|| past_forms(&lemma).into_iter().next()));
                forms.extend(participle.or_else(|| past_forms(&lemma).into_iter().next()));
            }
        }
        for f in forms {
            cues.insert(f, plain);
        }
        for f in ing_forms(&lemma) {
            cues.insert(f, IndirectCue { ing: true, ..plain });
        }
    }
    cues
});

/// Nouns that report, with their kind: "claim", "warning" (speech), "belief" (thought),
/// "poll", "report" (document).
static NOUNS: LazyLock<FastMap<CueKind>> = LazyLock::new(|| {
    let mut nouns: FastMap<CueKind> = CUE_NOUNS
        .iter()
        .map(|n| (n.clone(), CueKind::Speech))
        .collect();
    for fields in lexicon::entries(include_str!("../../../data/lexicons/indirect_nouns.txt")) {
        let kind = kind_named(fields.get(1).copied().unwrap_or("speech"));
        nouns.insert(fields[0].to_lowercase(), kind);
    }
    nouns
});

/// The indirect cue verb at token `k`: a lower-case word in the lexicon.
pub(crate) fn verb_at(ctx: &Ctx, k: usize) -> Option<IndirectCue> {
    let t = ctx.tokens.get(k)?;
    let first = *ctx.text.as_bytes().get(t.span.start())?;
    if !first.is_ascii_lowercase() {
        return None;
    }
    CUES.get(ctx.norm(k)).copied()
}

/// The kind of the reporting noun at token `k`, if it is one.
pub(crate) fn noun_at(ctx: &Ctx, k: usize) -> Option<CueKind> {
    if !ctx.is_word(k) {
        return None;
    }
    ctx.with_lower(k, |w| NOUNS.get(w).copied())
}

/// The kind of the phrase `[start, end)` as a source: a document ("the report", "a new
/// poll") or not. A document noun as the phrase's last word decides.
pub(crate) fn source_is_document(ctx: &Ctx, start: usize, end: usize) -> bool {
    end > start && noun_at(ctx, end - 1) == Some(CueKind::Document)
}

/// What the cue at token `k` reports, for any row with a cue: the lexicon's kind for a verb
/// or noun; "according to" a document is a document; anything else is speech.
pub(crate) fn cue_kind_of(ctx: &Ctx, k: usize) -> CueKind {
    if let Some(cue) = verb_at(ctx, k) {
        return cue.kind;
    }
    if ctx.is_any(k, &["according"]) {
        let np = ctx.np_starting_at(k + 2, (k + 12).min(ctx.len()));
        if np.is_some_and(|np| source_is_document(ctx, np.start, np.end)) {
            return CueKind::Document;
        }
        return CueKind::Speech;
    }
    noun_at(ctx, k).unwrap_or(CueKind::Speech)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn thought_verbs_are_typed_thought_in_every_form() {
        for form in [
            "believes",
            "believed",
            "believing",
            "thinks",
            "thought",
            "fears",
        ] {
            assert_eq!(
                CUES.get(form).map(|c| c.kind),
                Some(CueKind::Thought),
                "{form}"
            );
        }
    }

    #[test]
    fn speech_verbs_from_the_quote_lexicon_take_a_clause() {
        let said = CUES.get("said").copied().expect("said");
        assert_eq!(said.kind, CueKind::Speech);
        assert!(said.clause && said.object_to);
        assert!(CUES.get("insisting").is_some_and(|c| c.ing));
    }

    #[test]
    fn reporting_nouns_carry_their_kind() {
        assert_eq!(NOUNS.get("claim"), Some(&CueKind::Speech));
        assert_eq!(NOUNS.get("belief"), Some(&CueKind::Thought));
        assert_eq!(NOUNS.get("poll"), Some(&CueKind::Document));
    }
}
