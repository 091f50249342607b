//! The word lists the quote stage reads, parsed once on first use.
//!
//! Every list is a plain-text file under `data/lexicons/` so that a reviewer can extend the
//! cue verbs or the titles without reading Rust. Lookups take the lower-cased form of a token
//! (or the form as written, for case-sensitive lists such as titles and given names).

use std::cell::Cell;
use std::sync::LazyLock;

use crate::lexicon;
pub(crate) use crate::lexicon::registry::QuoteWordClass;
use crate::lexicon::registry::{CueVerbTag, FunctionWordClass, TitleClass, UnknownClass};

/// Lexicon tables keyed by lower-case words (see [`crate::lexicon::FastMap`]).
pub(crate) type FastMap<V> = lexicon::FastMap<String, V>;
pub(crate) type FastSet = lexicon::FastSet<String>;

/// What a cue-verb form tells the attribution rules.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct CueForm {
    /// `-ing` form: "adding", "saying" — usually a participle clause without its own subject.
    pub ing: bool,
    /// The verb attributes words only through an object or "as" ("described it as 'X'").
    pub needs_object: bool,
    /// Only attributes a quotation it follows ("…,” the letter reads): as a verb before a
    /// quotation it means something else.
    pub after_only: bool,
    /// Reports speech without quotation marks: "X said (that) …".
    pub indirect: bool,
    /// The phrase right after it is the one spoken to, never an inverted speaker ("told
    /// the BBC").
    pub addressee: bool,
    /// The bare lemma ("comment", "say"), which is also the noun form of many cues.
    pub base: bool,
    /// The third-person -s form ("says"), which is also a plural noun for many cues.
    pub third: bool,
    /// A bare lemma that is also its own past tense (`read`, `forecast`: the second field of
    /// `cue_verbs.txt` equals the lemma), so `“…,” read one` is a finite verb after all.
    pub also_past: bool,
}

/// The comma-separated tags of a `cue_verbs.txt` entry; an unknown tag is an error.
fn cue_tags(field: &str) -> Result<Vec<CueVerbTag>, UnknownClass> {
    field
        .split(',')
        .map(str::trim)
        .filter(|t| !t.is_empty())
        .map(str::parse)
        .collect()
}

/// Every inflected form of every cue verb, lower-cased.
pub(crate) static CUE_FORMS: LazyLock<FastMap<CueForm>> = LazyLock::new(|| {
    let mut forms = FastMap::default();
    for fields in lexicon::entries(include_str!("../../data/lexicons/cue_verbs.txt")) {
        let lemma = fields[0].to_lowercase();
        let tags = cue_tags(fields.get(3).copied().unwrap_or(""))
            .unwrap_or_else(|e| panic!("data/lexicons/cue_verbs.txt: {lemma}: {e}"));
        let needs_object = tags.contains(&CueVerbTag::Object);
        let after_only = tags.contains(&CueVerbTag::After);
        let indirect = tags.contains(&CueVerbTag::Indirect);
        let addressee = tags.contains(&CueVerbTag::Addressee);
        let plain = CueForm {
            ing: false,
            needs_object,
            after_only,
            indirect,
            addressee,
            base: false,
            third: false,
            also_past: false,
        };
        let irregular = |i: usize| {
            fields
                .get(i)
                .filter(|f| **f != "-")
                .map(|f| f.to_lowercase())
        };
        let also_past = irregular(1).is_some_and(|p| p == lemma);
        forms.entry(lemma.clone()).or_insert(CueForm {
            base: true,
            also_past,
            ..plain
        });
        forms.entry(third_person(&lemma)).or_insert(CueForm {
            third: true,
            ..plain
        });
        let mut add = |form: String, ing: bool| {
            forms.entry(form).or_insert(CueForm { ing, ..plain });
        };
        for f in ing_forms(&lemma) {
            add(f, true);
        }
        match (irregular(1), irregular(2)) {
            (None, None) => {
                for f in past_forms(&lemma) {
                    add(f, false);
                }
            }
            (past, participle) => {
                for f in past.into_iter().chain(participle) {
                    add(f, false);
                }
            }
        }
    }
    forms
});

fn ends_consonant_y(w: &str) -> bool {
    let b = w.as_bytes();
    b.len() >= 2 && b[b.len() - 1] == b'y' && !is_vowel(b[b.len() - 2])
}

fn is_vowel(b: u8) -> bool {
    matches!(b, b'a' | b'e' | b'i' | b'o' | b'u')
}

/// Ends consonant–vowel–consonant ("snap", "admit"), where English may double the final
/// consonant. Both spellings are generated, since stress decides and a spare form costs
/// nothing.
fn ends_cvc(w: &str) -> bool {
    // Lexicon lemmas are ASCII; anything else is left uninflected rather than sliced.
    if !w.is_ascii() {
        return false;
    }
    let b = w.as_bytes();
    let n = b.len();
    // "quip": the u of "qu" is a consonant here.
    let consonant_before =
        |k: usize| !is_vowel(b[k]) || (b[k] == b'u' && k > 0 && b[k - 1] == b'q');
    n >= 3
        && !is_vowel(b[n - 1])
        && !matches!(b[n - 1], b'w' | b'x' | b'y')
        && is_vowel(b[n - 2])
        && consonant_before(n - 3)
}

pub(crate) fn third_person(w: &str) -> String {
    if ends_consonant_y(w) {
        format!("{}ies", &w[..w.len() - 1])
    } else if w.ends_with(['s', 'x', 'z']) || w.ends_with("ch") || w.ends_with("sh") {
        format!("{w}es")
    } else {
        format!("{w}s")
    }
}

pub(crate) fn past_forms(w: &str) -> Vec<String> {
    if w.ends_with('e') {
        vec![format!("{w}d")]
    } else if ends_consonant_y(w) {
        vec![format!("{}ied", &w[..w.len() - 1])]
    } else if ends_cvc(w) {
        let last = &w[w.len() - 1..];
        vec![format!("{w}ed"), format!("{w}{last}ed")]
    } else {
        vec![format!("{w}ed")]
    }
}

pub(crate) fn ing_forms(w: &str) -> Vec<String> {
    if let Some(stem) = w.strip_suffix("ie") {
        vec![format!("{stem}ying")]
    } else if w.ends_with('e') && !w.ends_with("ee") {
        vec![format!("{}ing", &w[..w.len() - 1])]
    } else if ends_cvc(w) {
        let last = &w[w.len() - 1..];
        vec![format!("{w}ing"), format!("{w}{last}ing")]
    } else {
        vec![format!("{w}ing")]
    }
}

/// A word list read into a lower-case set (every word checked as it loads).
fn word_set(text: &str) -> FastSet {
    lexicon::lowercase_set::<Vec<String>>(text)
        .into_iter()
        .collect()
}

/// Nouns that carry an attribution like a verb: "in a statement: '…'", "with a warning: '…'".
pub(crate) static CUE_NOUNS: LazyLock<FastSet> =
    LazyLock::new(|| word_set(include_str!("../../data/lexicons/quote_cue_nouns.txt")));

/// Page and caption labels before a colon that name no speaker (`Update: …`, `Photo: …`):
/// rule `name_label_colon`.
pub(crate) static LABEL_WORDS: LazyLock<FastSet> =
    LazyLock::new(|| word_set(include_str!("../../data/lexicons/quote_label_words.txt")));

/// Nouns that head a publication after `quoted in` (`quoted in a French newspaper as
/// saying`): rule `quoted_by_agent`.
pub(crate) static OUTLET_NOUNS: LazyLock<FastSet> =
    LazyLock::new(|| word_set(include_str!("../../data/lexicons/quote_outlet_nouns.txt")));

/// The grammatical class of a function word.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum FunctionClass {
    Determiner,
    Pronoun,
    Relative,
    Auxiliary,
    Adverb,
    Other,
}

pub(crate) static FUNCTION_WORDS: LazyLock<FastMap<FunctionClass>> = LazyLock::new(|| {
    lexicon::entries(include_str!("../../data/lexicons/quote_function_words.txt"))
        .map(|f| {
            let class = match f.get(1).map(|c| c.parse::<FunctionWordClass>()) {
                Some(Ok(FunctionWordClass::Det)) => FunctionClass::Determiner,
                Some(Ok(FunctionWordClass::Pron)) => FunctionClass::Pronoun,
                Some(Ok(FunctionWordClass::Rel)) => FunctionClass::Relative,
                Some(Ok(FunctionWordClass::Aux)) => FunctionClass::Auxiliary,
                Some(Ok(FunctionWordClass::Adv)) => FunctionClass::Adverb,
                _ => FunctionClass::Other,
            };
            (f[0].to_lowercase(), class)
        })
        .collect()
});

/// The class of a lower-cased word in `quote_function_words.txt`, if it is listed (the one
/// reading of that file: the quote stage and `across::anchor` both ask here).
pub(crate) fn function_class(lower: &str) -> Option<FunctionClass> {
    FUNCTION_WORDS.get(lower).copied()
}

/// What the lexicons say about one lower-cased word: its function class and its cue form.
/// One table answers both, so each token costs one lookup.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub(crate) struct WordInfo {
    pub function: Option<FunctionClass>,
    pub cue: Option<CueForm>,
}

impl WordInfo {
    const CLASSES: [FunctionClass; 6] = [
        FunctionClass::Determiner,
        FunctionClass::Pronoun,
        FunctionClass::Relative,
        FunctionClass::Auxiliary,
        FunctionClass::Adverb,
        FunctionClass::Other,
    ];

    /// The bits of nothing known ([`Self::pack`] of the default).
    pub const NONE: u16 = 1 << 15;
    /// The bit of [`Self::pack`] set when the word has a cue form.
    pub const CUE: u16 = 1 << 3;

    /// The facts in twelve bits, never 0 (bit 15 is set), so that a per-token cache can use 0
    /// for "not looked up yet" in two bytes rather than seven.
    pub fn pack(self) -> u16 {
        let mut bits = Self::NONE;
        if let Some(f) = self.function {
            bits |= 1 + Self::CLASSES.iter().position(|c| *c == f).unwrap_or(5) as u16;
        }
        if let Some(c) = self.cue {
            let flags = [
                c.ing,
                c.needs_object,
                c.after_only,
                c.indirect,
                c.base,
                c.third,
                c.addressee,
                c.also_past,
            ];
            bits |= Self::CUE;
            for (k, on) in flags.into_iter().enumerate() {
                bits |= u16::from(on) << (4 + k);
            }
        }
        bits
    }

    /// The facts [`Self::pack`] stored.
    #[inline]
    pub fn unpack(bits: u16) -> Self {
        let function = match bits & 7 {
            0 => None,
            k => Some(Self::CLASSES[(k as usize - 1).min(5)]),
        };
        let flag = |k: u16| bits & (1 << (4 + k)) != 0;
        let cue = (bits & Self::CUE != 0).then(|| CueForm {
            ing: flag(0),
            needs_object: flag(1),
            after_only: flag(2),
            indirect: flag(3),
            base: flag(4),
            third: flag(5),
            addressee: flag(6),
            also_past: flag(7),
        });
        WordInfo { function, cue }
    }
}

pub(crate) static WORDS: LazyLock<FastMap<WordInfo>> = LazyLock::new(|| {
    let mut words: FastMap<WordInfo> = FastMap::default();
    for (w, c) in FUNCTION_WORDS.iter() {
        words.entry(w.clone()).or_default().function = Some(*c);
    }
    for (w, f) in CUE_FORMS.iter() {
        words.entry(w.clone()).or_default().cue = Some(*f);
    }
    words
});

/// What the lexicons say about a word token as written `tok` and lower-cased `lower`, whose
/// normalized form passed [`may_be_listed`] (callers test that filter first, before reading
/// the lowercase form: most words, names and nouns, fail it), as [`WordInfo::pack`] bits
/// (never 0): nothing for an acronym (a name even when it spells a function word: "US",
/// "IT") or an over-long token. The lookup of the shallow-syntax pass (`facts/chunks.rs`),
/// which keeps the bits per token; the quote stage's `Ctx` gets the same bits from its one
/// word table (`word_table.rs`).
#[inline]
pub(crate) fn listed_word_bits(tok: &str, lower: &str) -> u16 {
    listed_word_gate(tok, WORDS_PACKED.get(lower).unwrap_or(WordInfo::NONE))
}

/// The [`listed_word_bits`] of a token as written `tok` whose lower-cased form the table
/// answers `bits` for: nothing for an acronym or an over-long token.
#[inline]
pub(crate) fn listed_word_gate(tok: &str, bits: u16) -> u16 {
    if tok.len() >= 2 && tok.bytes().all(|b| b.is_ascii_uppercase() || b == b'.') {
        return WordInfo::NONE;
    }
    if tok.len() > 24 {
        return WordInfo::NONE;
    }
    bits
}

/// [`WORDS`] as a [`lexicon::PackedMap`] of [`WordInfo::pack`] bits: the one look-up per
/// word token of the quote stage, its answer stored as found.
pub(crate) static WORDS_PACKED: LazyLock<lexicon::PackedMap<u16>> =
    LazyLock::new(|| lexicon::PackedMap::new(WORDS.iter().map(|(w, i)| (w.as_str(), i.pack()))));

/// A 16,384-bit filter over (length, first byte, last byte) of every key in [`WORDS`]:
/// most tokens (names, nouns) are ruled out by one bit test before any hashing.
pub(crate) static WORD_FILTER: LazyLock<Box<[u64; 256]>> = LazyLock::new(|| {
    let mut bits = Box::new([0u64; 256]);
    for w in WORDS.keys() {
        let h = filter_slot(w.as_bytes());
        bits[h >> 6] |= 1 << (h & 63);
    }
    bits
});

#[inline(always)]
fn filter_slot(lower: &[u8]) -> usize {
    let first = lower.first().copied().unwrap_or(0).to_ascii_lowercase() as usize;
    let last = lower.last().copied().unwrap_or(0).to_ascii_lowercase() as usize;
    (lower.len().wrapping_mul(0x9E37)
        ^ first.wrapping_mul(0x45D9)
        ^ last.wrapping_mul(0x1F3B)
        ^ (first << 7))
        & 16383
}

/// May `word` (any case) be a key of [`WORDS`]? False positives are fine; no false
/// negatives for ASCII words (non-ASCII words always pass).
#[inline(always)]
pub(crate) fn may_be_listed(word: &str) -> bool {
    if !word.is_ascii() {
        return true;
    }
    let h = filter_slot(word.as_bytes());
    WORD_FILTER[h >> 6] & (1 << (h & 63)) != 0
}

/// Grammatical gender, where a word tells it: the classes of `first_names.txt` and `titles.txt`.
pub(crate) use crate::lexicon::registry::Gender;

fn gender_field(f: Option<&&str>) -> Gender {
    f.and_then(|c| c.parse().ok()).unwrap_or(Gender::Unknown)
}

/// A title word before a name.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct Title {
    pub honorific: bool,
    pub gender: Gender,
}

pub(crate) static TITLES: LazyLock<FastMap<Title>> = LazyLock::new(|| {
    lexicon::entries(include_str!("../../data/lexicons/titles.txt"))
        .map(|f| {
            (
                f[0].to_string(),
                Title {
                    honorific: f.get(1).map(|c| c.parse()) == Some(Ok(TitleClass::Honorific)),
                    gender: gender_field(f.get(2)),
                },
            )
        })
        .collect()
});

/// [`TITLES`] as a [`lexicon::PackedMap`], for the per-token title test.
pub(crate) static TITLES_PACKED: LazyLock<lexicon::PackedMap<Title>> =
    LazyLock::new(|| lexicon::PackedMap::new(TITLES.iter().map(|(w, t)| (w.as_str(), *t))));

/// Given names with their gender, as written ("Ann"): asked about the first word of every
/// name run, so a [`lexicon::PackedMap`].
pub(crate) static FIRST_NAMES: LazyLock<lexicon::PackedMap<Gender>> = LazyLock::new(|| {
    let names: Vec<(String, Gender)> =
        lexicon::entries(include_str!("../../data/lexicons/first_names.txt"))
            .map(|f| (f[0].to_string(), gender_field(f.get(1))))
            .collect();
    lexicon::PackedMap::new(names.iter().map(|(w, g)| (w.as_str(), *g)))
});

/// Words that end an organisation's name, as written ("Inc", "Party"): asked about the last
/// word of every name run, so a [`lexicon::PackedMap`] set.
pub(crate) static ORG_SUFFIXES: LazyLock<lexicon::PackedMap<()>> = LazyLock::new(|| {
    let words =
        lexicon::word_set::<Vec<String>>(include_str!("../../data/lexicons/org_suffixes.txt"));
    lexicon::PackedMap::set(words.iter().map(String::as_str))
});

/// Quantifiers that can be a cue's subject after a quotation ("…,” one said").
pub(crate) static GROUP_SUBJECTS: LazyLock<FastSet> =
    LazyLock::new(|| word_set(include_str!("../../data/lexicons/quote_group_subjects.txt")));

/// Conjunctions and sentence adverbs that may open a sentence before its subject with no
/// comma ("And then Trump went …, saying").
pub(crate) static OPENING_CONNECTIVES: LazyLock<FastSet> = LazyLock::new(|| {
    word_set(include_str!(
        "../../data/lexicons/quote_opening_connectives.txt"
    ))
});

/// Phrases naming a quotation's source right after them ("according to"), as word lists.
pub(crate) static SOURCE_MARKERS: LazyLock<Vec<Vec<String>>> = LazyLock::new(|| {
    lexicon::lowercase_set::<Vec<String>>(include_str!(
        "../../data/lexicons/quote_source_markers.txt"
    ))
    .into_iter()
    .map(|phrase| phrase.split(' ').map(str::to_string).collect::<Vec<_>>())
    // A marker's length is kept in three bits of a token's memo.
    .inspect(|words| assert!(words.len() < 8, "source marker too long: {words:?}"))
    .collect()
});

/// Two-word speech verbs (`cue_phrases.txt`): each -s and past form of the verb →
/// its particle ("shot" → "back"). The verb is no cue alone (not in [`CUE_FORMS`]).
pub(crate) static CUE_PHRASES: LazyLock<FastMap<String>> = LazyLock::new(|| {
    let mut forms = FastMap::default();
    for fields in lexicon::entries(include_str!("../../data/lexicons/cue_phrases.txt")) {
        let phrase = fields[0].to_lowercase();
        let Some((verb, particle)) = phrase.split_once(' ') else {
            panic!("data/lexicons/cue_phrases.txt: {phrase}: a verb and a particle");
        };
        let irregular: Vec<String> = fields[1..]
            .iter()
            .filter(|f| **f != "-")
            .map(|f| f.to_lowercase())
            .collect();
        let past = if irregular.is_empty() {
            past_forms(verb)
        } else {
            irregular
        };
        // The base form is left out: `a cut in taxes`, `will fire back at` are no report.
        // `go` → `goes` (the cue verbs' -s rule has no -o case: no cue verb ends in one).
        let third = if verb.ends_with('o') {
            format!("{verb}es")
        } else {
            third_person(verb)
        };
        for form in std::iter::once(third).chain(past) {
            forms.insert(form, particle.to_string());
        }
    }
    forms
});

/// The particles of [`CUE_PHRASES`] ("back", "in", "on"), each once.
pub(crate) static CUE_PARTICLES: LazyLock<Vec<String>> = LazyLock::new(|| {
    let mut particles: Vec<String> = CUE_PHRASES.values().cloned().collect();
    particles.sort();
    particles.dedup();
    particles
});

/// Alias → full proper name ("US" → "United States").
pub(crate) static ALIASES: LazyLock<FastMap<String>> = LazyLock::new(|| {
    lexicon::entries(include_str!("../../data/lexicons/quote_aliases.txt"))
        .filter(|f| f.len() >= 2)
        .map(|f| (f[0].to_string(), f[1].to_string()))
        .collect()
});

/// The keys of [`ALIASES`] as a [`lexicon::PackedMap`] set, for the test made at every name run.
pub(crate) static ALIAS_KEYS: LazyLock<lexicon::PackedMap<()>> =
    LazyLock::new(|| lexicon::PackedMap::set(ALIASES.keys().map(String::as_str)));

/// Verbs that characterise something `as` a quoted word (rule `characterised_as`).
pub(crate) static CHARACTERISING_VERBS: LazyLock<FastSet> = LazyLock::new(|| {
    word_set(include_str!(
        "../../data/lexicons/quote_characterising_verbs.txt"
    ))
});

/// Verbs whose object is words their subject puts forward (rule `mentioning_verb_object`).
pub(crate) static MENTIONING_VERBS: LazyLock<FastSet> = LazyLock::new(|| {
    word_set(include_str!(
        "../../data/lexicons/quote_mentioning_verbs.txt"
    ))
});

/// Nouns of words uttered aloud, whose object after `of` is an utterance (rule
/// `chanted_words`: `chants of “Four more years”`).
pub(crate) static CHANT_NOUNS: LazyLock<FastSet> =
    LazyLock::new(|| word_set(include_str!("../../data/lexicons/quote_chant_nouns.txt")));

/// Particles a mentioning verb may take before its object (rule `mentioning_verb_object`).
pub(crate) static VERB_PARTICLES: LazyLock<FastSet> =
    LazyLock::new(|| word_set(include_str!("../../data/lexicons/quote_verb_particles.txt")));

/// Participles of naming verbs that label the noun before them (rule
/// `bare_naming_participle`).
pub(crate) static NAMING_PARTICIPLES: LazyLock<FastSet> = LazyLock::new(|| {
    word_set(include_str!(
        "../../data/lexicons/quote_naming_participles.txt"
    ))
});

/// Words opening an indefinite noun phrase (rule `naming_participle` of reported speech).
pub(crate) static INDEFINITES: LazyLock<FastSet> =
    LazyLock::new(|| word_set(include_str!("../../data/lexicons/indirect_indefinites.txt")));

/// A person's role in a work, before `of` and a title (rule `title_after_work_role`).
pub(crate) static WORK_ROLES: LazyLock<FastSet> =
    LazyLock::new(|| word_set(include_str!("../../data/lexicons/quote_work_roles.txt")));

/// Nouns naming a person by nationality (`the Spaniard`): a description, never an
/// organisation (rule `demonym_description`).
pub(crate) static DEMONYMS: LazyLock<FastSet> =
    LazyLock::new(|| word_set(include_str!("../../data/lexicons/quote_demonyms.txt")));

/// Words before a quotation that mark it as a name or label, not somebody's words.
pub(crate) static TERM_MARKERS: LazyLock<FastSet> =
    LazyLock::new(|| word_set(include_str!("../../data/lexicons/quote_term_markers.txt")));

/// The small closed word classes the rules read (`quote_words.txt`): "is a form of be", "is a
/// preposition", "is a name connector".
pub(crate) static QUOTE_WORDS: LazyLock<lexicon::Classes<QuoteWordClass>> = LazyLock::new(|| {
    lexicon::Classes::parse(include_str!("../../data/lexicons/quote_words.txt"))
        .unwrap_or_else(|e| panic!("data/lexicons/quote_words.txt: {e}"))
});

/// Words before a quotation that mark it as the title of a work.
pub(crate) static TITLE_MARKERS: LazyLock<FastSet> =
    LazyLock::new(|| word_set(include_str!("../../data/lexicons/quote_title_markers.txt")));

/// Per token, the answers of the lexicon look-ups the rules repeat at the same token (the
/// reported-speech word classes of `indirect_words.txt`, the length of a source marker such
/// as "according to" starting there), each made once per document: a `u32` per token whose high bits say which answers are known.
pub(crate) struct TokenMemo {
    cells: Vec<Cell<u32>>,
}

impl TokenMemo {
    /// The classes of `indirect_words.txt` are known (the low bits hold them).
    pub const INDIRECT_KNOWN: u32 = 1 << 31;
    /// The length in tokens of the source marker starting at the token is known (0: none),
    /// in the three bits from [`Self::MARKER_SHIFT`].
    pub const MARKER_KNOWN: u32 = 1 << 30;
    pub const MARKER_SHIFT: u32 = 27;
    /// The bits below the flags, free for the indirect word classes.
    pub const CLASS_BITS: u32 = 27;

    /// A memo for `n` tokens, nothing known yet.
    pub fn new(n: usize) -> Self {
        TokenMemo {
            cells: vec![Cell::new(0); n],
        }
    }

    /// The bits of token `i`, with the answer flagged `known` computed by `compute` on the
    /// first ask (out of range: computed every time, nothing stored).
    #[inline]
    pub fn get(&self, i: usize, known: u32, compute: impl FnOnce() -> u32) -> u32 {
        let Some(cell) = self.cells.get(i) else {
            return compute();
        };
        let bits = cell.get();
        if bits & known != 0 {
            return bits;
        }
        let bits = bits | known | compute();
        cell.set(bits);
        bits
    }

    /// Store `value` as token `i`'s answer flagged `known` unless it is known already (an
    /// answer found while looking up another: the word table gives two at once).
    #[inline]
    pub fn offer(&self, i: usize, known: u32, value: u32) {
        if let Some(cell) = self.cells.get(i) {
            let bits = cell.get();
            if bits & known == 0 {
                cell.set(bits | known | value);
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn quote_word_classes_load_with_a_word_in_several_classes() {
        assert!(QUOTE_WORDS.is("of", QuoteWordClass::Preposition));
        assert!(QUOTE_WORDS.is("of", QuoteWordClass::NameConnector));
        assert!(!QUOTE_WORDS.is("since", QuoteWordClass::AttachingPreposition));
        assert!(QUOTE_WORDS.is("’s", QuoteWordClass::HeadlineSmall));
        // Keys are lower-case: a capitalised token as written is not in a class.
        assert!(!QUOTE_WORDS.is("Of", QuoteWordClass::NameConnector));
    }

    #[test]
    fn cue_phrases_map_verb_forms_to_particles_and_stay_out_of_the_cue_verbs() {
        assert_eq!(CUE_PHRASES.get("shot").map(String::as_str), Some("back"));
        assert_eq!(CUE_PHRASES.get("fired").map(String::as_str), Some("back"));
        assert_eq!(CUE_PHRASES.get("goes").map(String::as_str), Some("on"));
        assert!(!CUE_PHRASES.contains_key("cut") || CUE_PHRASES["cut"] == "in");
        assert!(!CUE_PHRASES.contains_key("fire"), "no base form");
        for form in CUE_PHRASES.keys() {
            assert!(
                !CUE_FORMS.contains_key(form),
                "{form} is a cue verb on its own"
            );
        }
    }

    #[test]
    fn cue_verb_tags_are_read_as_enums_and_unknown_ones_rejected() {
        assert_eq!(
            cue_tags("indirect, addressee"),
            Ok(vec![CueVerbTag::Indirect, CueVerbTag::Addressee])
        );
        assert_eq!(cue_tags("addresee").unwrap_err().class, "addresee");
        assert!(CUE_FORMS["told"].addressee && CUE_FORMS["says"].indirect);
    }

    /// cue_verbs.txt's inclusion criterion: a verb is a cue only when its usual news sense is
    /// speech; emotion and thought verbs credit only a quotation they follow.
    #[test]
    fn cue_verbs_are_verbs_whose_news_sense_is_speech() {
        for form in [
            "sputtered",
            "stuttered",
            "spluttered",
            "restated",
            "raved",
            "begs",
        ] {
            assert!(!CUE_FORMS.contains_key(form), "{form}");
        }
        for form in [
            "fretted",
            "seethed",
            "pondered",
            "exulted",
            "theorized",
            "teased",
        ] {
            assert!(CUE_FORMS[form].after_only, "{form}");
        }
        for form in ["mumbled", "groused", "implied", "stammered", "bellowed"] {
            assert!(!CUE_FORMS[form].after_only, "{form}");
        }
    }

    #[test]
    fn every_word_fact_survives_packing() {
        assert_eq!(
            WordInfo::unpack(WordInfo::default().pack()),
            WordInfo::default()
        );
        assert_ne!(
            WordInfo::default().pack(),
            0,
            "0 is the cache's 'not looked up'"
        );
        let mut seen = std::collections::HashSet::new();
        for info in WORDS.values() {
            assert_eq!(WordInfo::unpack(info.pack()), *info);
            seen.insert(info.pack());
        }
        assert!(seen.len() > 10, "the lexicon exercises many combinations");
        for flags in 0..256u16 {
            let bit = |k: u16| flags & (1 << k) != 0;
            let cue = CueForm {
                ing: bit(0),
                needs_object: bit(1),
                after_only: bit(2),
                indirect: bit(3),
                base: bit(4),
                third: bit(5),
                addressee: bit(6),
                also_past: bit(7),
            };
            for function in std::iter::once(None).chain(WordInfo::CLASSES.map(Some)) {
                let info = WordInfo {
                    function,
                    cue: Some(cue),
                };
                assert_eq!(WordInfo::unpack(info.pack()), info);
            }
        }
    }

    #[test]
    fn inflects_regular_and_irregular_cues() {
        for form in [
            "say", "says", "said", "saying", "tells", "told", "adding", "added", "denied",
            "denies", "quipped", "snapped", "noted", "noting", "tweeted", "wrote", "written",
        ] {
            assert!(CUE_FORMS.contains_key(form), "{form}");
        }
        assert!(CUE_FORMS["adding"].ing);
        assert!(!CUE_FORMS["added"].ing);
        assert!(CUE_FORMS["described"].needs_object);
        assert!(!CUE_FORMS.contains_key("sayed"));
        assert!(CUE_FORMS["warned"].indirect && CUE_FORMS["told"].indirect);
        assert!(!CUE_FORMS["described"].indirect);
        assert!(CUE_FORMS["told"].addressee && CUE_FORMS["tells"].addressee);
        assert!(!CUE_FORMS["said"].addressee);
    }

    #[test]
    fn a_token_memo_computes_each_answer_once_per_token() {
        let memo = TokenMemo::new(2);
        let calls = Cell::new(0);
        let count = |bits: u32| {
            calls.set(calls.get() + 1);
            bits
        };
        let known = TokenMemo::INDIRECT_KNOWN;
        assert_eq!(memo.get(0, known, || count(5)) & !known, 5);
        assert_eq!(memo.get(0, known, || count(9)) & !known, 5);
        assert_eq!(calls.get(), 1);
        // Another answer of the same token is its own: computed once, the first kept.
        let marker = TokenMemo::MARKER_KNOWN;
        let bits = memo.get(0, marker, || count(2 << TokenMemo::MARKER_SHIFT));
        assert_eq!((bits >> TokenMemo::MARKER_SHIFT) & 7, 2);
        assert_eq!(bits & 5, 5);
        assert_eq!(calls.get(), 2);
        // Past the last token nothing is stored: computed at every ask.
        assert_eq!(memo.get(7, known, || count(3)) & !known, 3);
        assert_eq!(memo.get(7, known, || count(4)) & !known, 4);
        assert_eq!(calls.get(), 4);
    }

    #[test]
    fn an_offered_answer_is_kept_only_when_not_known() {
        let memo = TokenMemo::new(1);
        let known = TokenMemo::INDIRECT_KNOWN;
        memo.offer(0, known, 6);
        assert_eq!(memo.get(0, known, || 1) & !known, 6);
        memo.offer(0, known, 9);
        assert_eq!(memo.get(0, known, || 1) & !known, 6);
        // Past the last token nothing is stored.
        memo.offer(3, known, 6);
        assert_eq!(memo.get(3, known, || 1) & !known, 1);
    }
}
