//! Cue: which words report speech, a thought or a document without quotation marks, and
//! what content each takes (`data/lexicons/indirect_cues.txt`, `indirect_nouns.txt`, and the
//! verbs tagged `indirect` in `cue_verbs.txt`, which the quote rules read too).

use std::sync::LazyLock;

use super::super::lexicons::{
    ing_forms, past_forms, third_person, FastMap, FunctionClass, CUE_FORMS, CUE_NOUNS,
};
use super::super::syntax::Ctx;
use super::super::CueKind;
use crate::lexicon;
use crate::lexicon::registry::{IndirectParticle, LexiconClass};

/// What one inflected form of an indirect cue verb takes as its content.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct IndirectCue {
    pub kind: CueKind,
    /// A finite clause, with or without "that": "said (that) …".
    pub clause: bool,
    /// A perception verb (frame `perception`): a phrase and a verb after it is the scene
    /// seen ("saw prices fall", "saw it promoted"), not a report.
    pub perception: bool,
    /// Frame `result`: an object headed by a noun of a measured change or business result
    /// ("saw a 5% rise", "posted record profits") is a figure, not a report.
    pub result: bool,
    /// An infinitive of the subject's own act: "vowed to …".
    pub to: bool,
    /// A hearer and an infinitive: "urged lawmakers to …".
    pub object_to: bool,
    /// A noun phrase: "criticized the plan".
    pub object: bool,
    /// The subject and its complement are the content, with no source: "X seems to …".
    pub seem: bool,
    /// A hearer before the clause: "told reporters (that) …".
    pub hearer: bool,
    /// "on" or "upon", a hearer and an infinitive: "called on Congress to act".
    pub on_to: bool,
    /// The prepositions whose object is the content ("talked about …"), as bits of
    /// [`PREPOSITIONS`].
    pub prepositions: u16,
    /// The particle that may stand before the preposition ("spoke out against"): its
    /// [`IndirectParticle`] index plus one, 0 for none.
    pub particle: u8,
    /// Frame `particle`: the prepositions hold only after the particle ("lashed out at …").
    pub particle_only: bool,
    /// The particles that right after the verb make a phrasal verb of another sense ("showed
    /// up", "called off": `indirect_phrasal_verbs.txt`), a bit per [`IndirectParticle`] index.
    pub other_senses: u8,
    /// The -ing form: a participle reporting for the sentence subject ("…, saying …").
    pub ing: bool,
    /// Frame `marked`, on the base, -s and -ing forms: a word news uses as a noun even before
    /// "that" ("a new rule that lifts …", "a court ruling that …") is a verb only where its
    /// verb reading is marked (rule `noun_first`, step `marked_verb`).
    pub marked: bool,
}

/// The prepositional frames of `indirect_cues.txt`, in bit order.
pub(crate) const PREPOSITIONS: [&str; 10] = [
    "about", "of", "for", "on", "against", "at", "to", "with", "in", "over",
];

/// The bits of [`PREPOSITIONS`] named in a comma-separated frames field.
fn preposition_bits(frames: &str) -> u16 {
    PREPOSITIONS
        .iter()
        .enumerate()
        .filter(|(_, p)| frames.split(',').any(|f| f.trim() == **p))
        .fold(0, |bits, (i, _)| bits | 1 << i)
}

/// Does the bit set `bits` hold the preposition `word`?
pub(crate) fn has_preposition(bits: u16, word: &str) -> bool {
    PREPOSITIONS
        .iter()
        .position(|p| *p == word)
        .is_some_and(|i| bits & (1 << i) != 0)
}

impl IndirectCue {
    /// Does the cue take the preposition `word` before its content?
    pub fn takes_preposition(&self, word: &str) -> bool {
        has_preposition(self.prepositions, word)
    }
}

fn kind_named(name: &str) -> CueKind {
    match name {
        "thought" => CueKind::Thought,
        "document" => CueKind::Document,
        _ => CueKind::Speech,
    }
}

/// The particle field of an `indirect_cues.txt` line as [`IndirectCue::particle`] (the
/// registry checks the word when the file loads).
fn particle_field(field: Option<&str>) -> u8 {
    field
        .and_then(|w| w.parse::<IndirectParticle>().ok())
        .map_or(0, |p| p.index() as u8 + 1)
}

/// `indirect_phrasal_verbs.txt`: each lemma with its particles of another sense, as
/// [`IndirectCue::other_senses`] bits.
fn phrasal_verbs() -> FastMap<u8> {
    let mut verbs = FastMap::default();
    for fields in lexicon::entries(include_str!(
        "../../../data/lexicons/indirect_phrasal_verbs.txt"
    )) {
        let bits = fields
            .get(1)
            .into_iter()
            .flat_map(|f| f.split(','))
            .filter_map(|w| w.trim().parse::<IndirectParticle>().ok())
            .fold(0u8, |bits, p| bits | 1 << p.index());
        verbs.insert(fields[0].to_lowercase(), bits);
    }
    verbs
}

impl IndirectCue {
    /// Does the particle `w` right after this verb make a phrasal verb of another sense
    /// ([`IndirectCue::other_senses`])?
    pub fn other_sense(&self, w: &str) -> bool {
        self.other_senses != 0
            && w.parse::<IndirectParticle>()
                .is_ok_and(|p| self.other_senses & (1 << p.index()) != 0)
    }

    /// Is the word `w` this cue's particle ([`IndirectCue::particle`])?
    pub fn has_particle(&self, w: &str) -> bool {
        self.particle != 0
            && w.parse::<IndirectParticle>()
                .is_ok_and(|p| p.index() as u8 + 1 == self.particle)
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
                perception: false,
                result: false,
                to: false,
                object_to: false,
                object: false,
                seem: false,
                hearer: false,
                on_to: false,
                prepositions: 0,
                particle: 0,
                particle_only: false,
                other_senses: 0,
                ing: f.ing,
                marked: false,
            };
            cues.insert(form.clone(), cue);
        }
    }
    let phrasal = phrasal_verbs();
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
            perception: has("perception"),
            result: has("result"),
            to: has("to"),
            object_to: has("object_to"),
            object: has("object"),
            seem: has("seem"),
            hearer: has("hearer"),
            on_to: has("on_to"),
            prepositions: preposition_bits(frames),
            particle: particle_field(fields.get(5).copied()),
            particle_only: has("particle"),
            other_senses: phrasal.get(lemma.as_str()).copied().unwrap_or(0),
            ing: false,
            marked: has("marked"),
        };
        let mut forms = Vec::new();
        match (irregular(1), irregular(2)) {
            (None, None) => forms.extend(past_forms(&lemma)),
            (past, participle) => {
                forms.extend(past.or_else(|| past_forms(&lemma).into_iter().next()));
                forms.extend(participle.or_else(|| past_forms(&lemma).into_iter().next()));
            }
        }
        // The past forms are no nouns: frame `marked` holds for the others only.
        for f in forms {
            cues.insert(
                f,
                IndirectCue {
                    marked: false,
                    ..plain
                },
            );
        }
        for f in [lemma.clone(), third_person(&lemma)] {
            cues.insert(f, plain);
        }
        for f in ing_forms(&lemma) {
            cues.insert(f, IndirectCue { ing: true, ..plain });
        }
    }
    cues
});

/// Adjectives that report their subject's stance after "be" ("convinced that …", "critical
/// of …"), with the content frames of `indirect_adjectives.txt`.
static ADJECTIVES: LazyLock<FastMap<IndirectCue>> = LazyLock::new(|| {
    let mut adjectives = FastMap::default();
    for fields in lexicon::entries(include_str!(
        "../../../data/lexicons/indirect_adjectives.txt"
    )) {
        let frames = fields.get(2).copied().unwrap_or("");
        let has = |t: &str| frames.split(',').any(|f| f.trim() == t);
        let cue = IndirectCue {
            kind: kind_named(fields.get(1).copied().unwrap_or("thought")),
            clause: has("clause"),
            perception: false,
            result: false,
            to: has("to"),
            object_to: false,
            object: false,
            seem: false,
            hearer: false,
            on_to: false,
            prepositions: preposition_bits(frames),
            particle: 0,
            particle_only: false,
            other_senses: 0,
            ing: false,
            marked: false,
        };
        adjectives.insert(fields[0].to_lowercase(), cue);
    }
    adjectives
});

/// Nouns that report, with their kind: "claim", "warning" (speech), "belief" (thought),
/// "poll", "report" (document).
/// With each, the prepositions whose object is its content (bits of [`PREPOSITIONS`]).
static NOUNS: LazyLock<FastMap<(CueKind, u16)>> = LazyLock::new(|| {
    let mut nouns: FastMap<(CueKind, u16)> = CUE_NOUNS
        .iter()
        .map(|n| (n.clone(), (CueKind::Speech, 0)))
        .collect();
    for fields in lexicon::entries(include_str!("../../../data/lexicons/indirect_nouns.txt")) {
        let kind = kind_named(fields.get(1).copied().unwrap_or("speech"));
        let bits = preposition_bits(fields.get(2).copied().unwrap_or(""));
        nouns.insert(fields[0].to_lowercase(), (kind, bits));
    }
    nouns
});

/// Irregular past forms that show a finite clause (`indirect_finite_verbs.txt`).
static FINITE: LazyLock<lexicon::PackedMap<()>> = LazyLock::new(|| {
    let words = lexicon::lowercase_set::<Vec<String>>(include_str!(
        "../../../data/lexicons/indirect_finite_verbs.txt"
    ));
    lexicon::PackedMap::set(words.iter().map(String::as_str))
});

/// Is the lower-case word at `k` a listed irregular past form ("made", "chose")?
pub(crate) fn irregular_past_at(ctx: &Ctx, k: usize) -> bool {
    FINITE.contains(ctx.norm(k))
}

/// The indirect cue verb at token `k`: a lower-case word in the lexicon.
pub(crate) fn verb_at(ctx: &Ctx, k: usize) -> Option<IndirectCue> {
    let t = ctx.tokens.get(k)?;
    let first = *ctx.text.as_bytes().get(t.span.start())?;
    if !first.is_ascii_lowercase() {
        return None;
    }
    CUES.get(ctx.norm(k)).copied()
}

/// Bits in [`FILTER`].
const FILTER_BITS: usize = 1 << 16;

/// A word's slot in [`FILTER`], from its length and its first two and last two bytes.
#[inline]
fn slot(w: &[u8]) -> usize {
    let n = w.len();
    let at = |i: usize| w.get(i).copied().unwrap_or(0) as usize;
    let h = n.wrapping_mul(0x9E37_79B9)
        ^ at(0).wrapping_mul(0x85EB_CA6B)
        ^ at(1).wrapping_mul(0xC2B2_AE35)
        ^ at(n.wrapping_sub(2)).wrapping_mul(0x27D4_EB2F)
        ^ at(n.wrapping_sub(1)).wrapping_mul(0x1656_67B1);
    (h ^ (h >> 16)) & (FILTER_BITS - 1)
}

/// Every listed word with what the lexicons say of it: one lookup per candidate token.
static LISTED: LazyLock<FastMap<Here>> = LazyLock::new(|| {
    let mut listed: FastMap<Here> = FastMap::default();
    for (w, cue) in CUES.iter() {
        listed.entry(w.clone()).or_default().verb = Some(*cue);
    }
    for (w, noun) in NOUNS.iter() {
        listed.entry(w.clone()).or_default().noun = Some(*noun);
    }
    for (w, adjective) in ADJECTIVES.iter() {
        listed.entry(w.clone()).or_default().adjective = Some(*adjective);
    }
    // Only words listed already: the rule is tried at candidate tokens, and this fact adds
    // none (`received_stance_nouns_are_scan_candidates` checks every noun is one).
    for w in super::RECEIVED_NOUNS.iter() {
        if let Some(here) = listed.get_mut(w) {
            here.received = true;
        }
    }
    listed
});

/// [`LISTED`] as a [`lexicon::PackedMap`], for the per-token look-up of [`candidate`].
static LISTED_PACKED: LazyLock<lexicon::PackedMap<Here>> =
    LazyLock::new(|| lexicon::PackedMap::new(LISTED.iter().map(|(w, h)| (w.as_str(), *h))));

/// A filter over every indirect verb form and reporting noun: most tokens are ruled out by
/// one bit test before any hashing.
static FILTER: LazyLock<Box<[u64]>> = LazyLock::new(|| {
    let mut bits = vec![0u64; FILTER_BITS / 64].into_boxed_slice();
    for w in LISTED.keys() {
        let h = slot(w.as_bytes());
        bits[h >> 6] |= 1 << (h & 63);
    }
    bits
});

/// May the lower-case word `w` be an indirect verb form or a reporting noun?
#[inline]
pub(crate) fn may_be_listed(w: &str) -> bool {
    let h = slot(w.as_bytes());
    FILTER[h >> 6] & (1 << (h & 63)) != 0
}

/// What the lexicons say about the token a rule starts at: its verb cue, its noun frames, and
/// whether it is "according".
#[derive(Clone, Copy, Debug, Default)]
pub(crate) struct Here {
    pub verb: Option<IndirectCue>,
    pub noun: Option<(CueKind, u16)>,
    pub adjective: Option<IndirectCue>,
    pub according: bool,
    /// The word is "in" ("in a new poll, …").
    pub within: bool,
    /// The token is a colon ("Vale: Bridge will reopen").
    pub colon: bool,
    /// A capitalised past form opening a sentence ("Asked whether …, Vale said").
    pub opening: bool,
    /// A stance noun a subject receives (`indirect_received_nouns.txt`: "support",
    /// "criticism"), the need of rule `received_stance` ([`super::Needs::Received`]).
    pub received: bool,
}

/// The lexicon facts of token `k` when any rule can start there (an indirect cue verb, a
/// reporting noun or "according"); `None` otherwise. The first byte and the length, then the
/// filter, rule out most tokens here, inlined into the scan; the rest is [`listed`] (a
/// lower-case word the filter let through, read once) or [`candidate_listed`] ("according",
/// "in", a colon).
///
/// Guard `candidate_shape`: [`candidate_listed`] answers only for "according" (nine bytes),
/// "in" (two), a colon (one) and a lower-case word of three bytes or more that the filter lets
/// through, so every other token ("a", "an", "as", "is", "it", "and", "Iran", "At") is turned
/// away before the out-of-line call (`candidate_naive` in the tests is the oracle).
#[inline(always)]
pub(crate) fn candidate(ctx: &Ctx, k: usize) -> Option<Here> {
    let t = ctx.tokens.get(k)?;
    let b = *ctx.text.as_bytes().get(t.span.start())?;
    let n = t.span.len();
    let may = if b.is_ascii_lowercase() {
        if n >= 3 {
            // "according" in any case after its first letter skips the filter (which reads
            // the word as written).
            if b == b'a' && n == 9 {
                true
            } else {
                // Any other lower-case word: the filter, then the table (what
                // `candidate_listed` does for it, without reading the word again).
                let w = ctx.norm(k);
                return if may_be_listed(w) { listed(w) } else { None };
            }
        } else {
            b == b'i' && n == 2
        }
    } else {
        match b {
            b'A' => n == 9,
            b'I' => n == 2,
            b':' => n == 1,
            _ => false,
        }
    };
    if !may {
        return None;
    }
    candidate_listed(ctx, k)
}

/// The lexicon facts of the lower-case word `w` that the filter let through.
#[inline(never)]
fn listed(w: &str) -> Option<Here> {
    LISTED_PACKED.get(w)
}

/// [`candidate`] past its first tests: "according", a colon, "in", or a word the filter lets
/// through, looked up.
#[inline(never)]
fn candidate_listed(ctx: &Ctx, k: usize) -> Option<Here> {
    let t = ctx.tokens.get(k)?;
    match ctx.text.as_bytes().get(t.span.start()) {
        Some(b'a' | b'A') if ctx.tok(k).eq_ignore_ascii_case("according") => Some(Here {
            according: true,
            ..Here::default()
        }),
        Some(b':') if t.span.len() == 1 => Some(Here {
            colon: true,
            ..Here::default()
        }),
        // "In a new poll, …": only an "in" that opens a sentence or follows a mark counts.
        Some(b'i' | b'I')
            if ctx.tok(k).eq_ignore_ascii_case("in") && (k == 0 || !ctx.is_word(k - 1)) =>
        {
            Some(Here {
                within: true,
                ..Here::default()
            })
        }
        // Every listed word has three letters or more ("say", "see").
        Some(b) if b.is_ascii_lowercase() && t.span.len() >= 3 => {
            let w = ctx.norm(k);
            if !may_be_listed(w) {
                return None;
            }
            LISTED_PACKED.get(w)
        }
        _ => None,
    }
}

/// Does token `k` open with an ASCII capital (the cue lexicons hold a-z words only)?
fn starts_upper(ctx: &Ctx, k: usize) -> bool {
    ctx.tokens
        .get(k)
        .and_then(|t| ctx.text.as_bytes().get(t.span.start()))
        .is_some_and(u8::is_ascii_uppercase)
}

/// In a title-case line ([`Ctx::headline_line`]), besides [`candidate`]: a capitalised word
/// read lower-cased ("Trump Says He Never Pledged …" as "says"), the same lexicon facts.
pub(crate) fn headline_candidate(ctx: &Ctx, k: usize) -> Option<Here> {
    let t = ctx.tokens.get(k)?;
    if !starts_upper(ctx, k) || t.span.len() < 3 {
        return None;
    }
    ctx.with_lower(k, |w| {
        if may_be_listed(w) {
            LISTED_PACKED.get(w)
        } else {
            None
        }
    })
}

/// Rule `headline_case` guard: a capitalised cue `cue` (token range) of a title-case line
/// opened at `start` reports only after a real subject phrase (a word right before it, not a
/// possessive, not a determiner and one word: "Clinton's Attacks", "A Curious Plan") and
/// before a clause ("Says He …"), not a preposition, auxiliary or line end ("Said In 2025",
/// "Report Is Presented"). A cue shaped like a noun ("Support", "Plans") needs a pronoun,
/// determiner or "that" after it, or (a third-person form) a name ("Praises Marco Rubio").
pub(crate) fn headline_row_fits(ctx: &Ctx, start: usize, cue: (usize, usize)) -> bool {
    let (k, n) = cue;
    if k <= start || !ctx.is_word(k - 1) {
        return false;
    }
    let before = ctx.tok(k - 1);
    let possessive = ["'s", "\u{2019}s", "'", "\u{2019}"]
        .iter()
        .any(|p| before.ends_with(p));
    let inflected = ctx.with_lower(k, |w| w.ends_with('s') || w.ends_with("ed"));
    let det_adj = k >= start + 2
        && ctx.function_class(k - 2) == Some(FunctionClass::Determiner)
        && (k - start == 2 || !inflected);
    if possessive || det_adj || n >= ctx.len() || !ctx.is_word(n) || ctx.line_before(n) {
        return false;
    }
    let class = ctx.function_class(n);
    if ctx.is_preposition(n) || class == Some(FunctionClass::Auxiliary) {
        return false;
    }
    let plural_noun = ctx.with_lower(k, |w| {
        w.len() > 3 && w.strip_suffix('s').is_some_and(|s| NOUNS.contains_key(s))
    });
    if noun_at(ctx, k).is_some() || plural_noun {
        // "Praises Marco Rubio", "Calls On Obama": a third-person form before a name; not
        // before another cue ("Media Reports Reveal": the cue is "Reveal").
        let name_object = plural_noun
            && class.is_none()
            && ctx.is_cap(n)
            && candidate(ctx, n)
                .or_else(|| headline_candidate(ctx, n))
                .is_none();
        return name_object
            || matches!(
                class,
                Some(FunctionClass::Pronoun | FunctionClass::Determiner | FunctionClass::Relative)
            );
    }
    true
}

/// At a sentence's first token, besides [`candidate`]: a capitalised past form of a verb cue
/// ("Asked whether …, Vale said"), read lower-cased.
pub(crate) fn opening(ctx: &Ctx, k: usize) -> Option<Here> {
    let t = ctx.tokens.get(k)?;
    if !starts_upper(ctx, k) || t.span.len() < 5 || !ctx.tok(k).ends_with("ed") {
        return None;
    }
    ctx.with_lower(k, |w| CUES.contains_key(w)).then_some(Here {
        opening: true,
        ..Here::default()
    })
}

/// The verb cue `w` (lower-case) is, if any.
pub(crate) fn verb_named(w: &str) -> Option<IndirectCue> {
    CUES.get(w).copied()
}

/// The kind of the reporting noun at token `k`, if it is one.
pub(crate) fn noun_at(ctx: &Ctx, k: usize) -> Option<CueKind> {
    if !ctx.is_word(k) {
        return None;
    }
    noun_frames_at(ctx, k).map(|(kind, _)| kind)
}

/// The kind of the reporting noun at token `k` and the prepositions it takes.
pub(crate) fn noun_frames_at(ctx: &Ctx, k: usize) -> Option<(CueKind, u16)> {
    if !ctx.is_word(k) {
        return None;
    }
    ctx.with_lower(k, |w| NOUNS.get(w).copied())
}

/// Is the lower-case word `w` a reporting noun ("letter", "email")?
pub(crate) fn noun_named(w: &str) -> bool {
    NOUNS.contains_key(w)
}

/// Is the word at `k` a document noun, or the plural of one ("polls", "surveys")?
pub(crate) fn document_noun_at(ctx: &Ctx, k: usize) -> bool {
    if noun_at(ctx, k) == Some(CueKind::Document) {
        return true;
    }
    let w = ctx.norm(k);
    ctx.is_word(k)
        && w.len() > 3
        && w.ends_with('s')
        && NOUNS
            .get(&w[..w.len() - 1])
            .is_some_and(|n| n.0 == CueKind::Document)
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
        // The source's head: the last word before a comma, a preposition or the sentence end.
        let head = (k + 2..(k + 12).min(ctx.len()))
            .take_while(|&j| ctx.is_word(j) && !ctx.is_preposition(j))
            .last();
        if head.is_some_and(|h| noun_at(ctx, h) == Some(CueKind::Document)) {
            return CueKind::Document;
        }
        return CueKind::Speech;
    }
    noun_at(ctx, k).unwrap_or(CueKind::Speech)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// `indirect_cues.txt`: an entry with frame `particle` names its particle in the sixth
    /// field (without one the verb would never report), and a sixth field is a known particle.
    #[test]
    fn particle_frames_name_a_known_particle() {
        let mut particle_entries = 0;
        for fields in lexicon::entries(include_str!("../../../data/lexicons/indirect_cues.txt")) {
            let frames = fields.get(4).copied().unwrap_or("");
            let framed = frames.split(',').any(|f| f.trim() == "particle");
            if framed {
                particle_entries += 1;
                assert!(
                    fields.get(5).is_some(),
                    "{}: frame particle, no particle",
                    fields[0]
                );
            }
            if let Some(p) = fields.get(5) {
                assert_ne!(
                    particle_field(Some(p)),
                    0,
                    "{}: unknown particle {p}",
                    fields[0]
                );
            }
        }
        assert!(particle_entries >= 2, "{particle_entries}");
    }

    /// `indirect_phrasal_verbs.txt`: each lemma is an `indirect_cues.txt` verb of frame
    /// `object` with at least one particle, and its forms carry the particles (rule
    /// `phrasal_particle`).
    #[test]
    fn phrasal_verbs_are_object_cues_with_known_particles() {
        let phrasal = phrasal_verbs();
        assert!(phrasal.len() >= 4, "{}", phrasal.len());
        for (lemma, &bits) in phrasal.iter() {
            assert_ne!(bits, 0, "{lemma}: no known particle");
            let c = CUES.get(lemma.as_str()).expect("an indirect_cues.txt verb");
            assert!(c.object, "{lemma}: no frame object");
            assert_eq!(c.other_senses, bits, "{lemma}");
        }
        assert!(CUES["showed"].other_sense("up"));
        assert!(CUES["calling"].other_sense("off"));
        assert!(!CUES["called"].other_sense("out"));
        assert!(!CUES["said"].other_sense("up"));
    }

    /// [`candidate`] before guard `candidate_shape`: the oracle of the fast path.
    fn candidate_naive(ctx: &Ctx, k: usize) -> Option<Here> {
        let t = ctx.tokens.get(k)?;
        let b = *ctx.text.as_bytes().get(t.span.start())?;
        let lower_word = b.is_ascii_lowercase() && t.span.len() >= 3;
        if !(lower_word || matches!(b, b'a' | b'A' | b'i' | b'I' | b':')) {
            return None;
        }
        if lower_word && b != b'a' && b != b'i' && !may_be_listed(ctx.norm(k)) {
            return None;
        }
        candidate_listed(ctx, k)
    }

    /// The two answers compared field by field (`Here` has no `PartialEq`).
    fn same(a: Option<Here>, b: Option<Here>) -> bool {
        match (a, b) {
            (None, None) => true,
            (Some(a), Some(b)) => {
                a.verb == b.verb
                    && a.noun == b.noun
                    && a.adjective == b.adjective
                    && (a.according, a.within, a.colon, a.opening)
                        == (b.according, b.within, b.colon, b.opening)
            }
            _ => false,
        }
    }

    /// Guard `candidate_shape` on invented text and on pseudo-random word soup (cues, nouns,
    /// "according" and "in" in odd cases, short a- and i-words, colons, non-ASCII words, forms
    /// whose normalized form differs from the text):
    /// the fast [`candidate`] answers as [`candidate_naive`] at every token, and finds cues.
    #[test]
    fn candidate_shape_answers_as_the_naive_candidate() {
        let pieces = [
            "said",
            "says",
            "claim",
            "claims",
            "according",
            "According",
            "ACCORDING",
            "aCCORDING",
            "accordion",
            "announced",
            "in",
            "In",
            "IN",
            "iN",
            "is",
            "it",
            "a",
            "an",
            "as",
            "at",
            "A",
            "I",
            "An",
            "At",
            "Iran",
            "into",
            "its",
            "and",
            "also",
            "argued",
            "insisted",
            ":",
            "::",
            ",",
            ".",
            "poll",
            "Poll",
            "believes",
            "convinced",
            "urged",
            "the",
            "Vale",
            "ärger",
            "über",
            "inçi",
            "5",
            "\u{201c}",
            "\u{201d}",
            "asked",
            "Asked",
            "warned",
            "claim\u{2019}s",
            "it\u{2019}s",
            "\u{fb01}led",
            "said\u{2014}",
        ];
        let mut texts = vec![
            "According to the poll, Vale said in March: prices rose. In a new poll, a claim \
             that it is convinced; an aide argued, as officials insisted."
                .to_string(),
        ];
        for seed in 0..400 {
            let gaps = crate::test_text::draw(seed + 7000, 30, &[" ", "\n", ""]);
            let words = crate::test_text::draw(seed, 30, &pieces);
            texts.push(words.zip(gaps).flat_map(|(w, g)| [w, g]).collect());
        }
        let mut found = 0;
        for text in &texts {
            let tokens = crate::tokenize::tokenize(text);
            let ctx = Ctx::new(text, &tokens);
            for k in 0..=ctx.len() {
                let fast = candidate(&ctx, k);
                assert!(same(fast, candidate_naive(&ctx, k)), "{text:?} at {k}");
                found += usize::from(fast.is_some());
            }
        }
        assert!(found > 1000, "{found} candidates");
    }

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
        assert_eq!(NOUNS.get("claim").map(|n| n.0), Some(CueKind::Speech));
        assert_eq!(NOUNS.get("belief").map(|n| n.0), Some(CueKind::Thought));
        assert_eq!(NOUNS.get("poll").map(|n| n.0), Some(CueKind::Document));
        let criticism = NOUNS.get("criticism").expect("criticism").1;
        assert!(has_preposition(criticism, "of") && !has_preposition(criticism, "for"));
    }
}
