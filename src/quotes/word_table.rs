//! The quote stage's one word table: for each lower-cased word, every class the stage asks
//! of a word token, in one value, so that a token costs one probe whichever answer is asked
//! first. It joins the two per-token look-ups the stage made apart: [`WordInfo`] (function
//! class and cue form, `quote_function_words.txt` and the cue verbs) and the reported-speech
//! classes of `indirect_words.txt`, and whether the word is a speech noun
//! (`quote_cue_nouns.txt`, [`lexicons::CUE_NOUNS`]). The answers are those of the tables it is
//! built from (it is an index over them, not another list); [`Ctx`](super::syntax::Ctx) keeps
//! them per token on first ask.

use std::sync::LazyLock;

use super::indirect::words as indirect_words;
use super::lexicons::{self, WordInfo};
use crate::lexicon::{FastMap, PackedMap};

/// The table and its filter, built together behind one lazy cell (one initialisation check
/// per probe, not one per static).
struct Table {
    /// Word → [`WordInfo::pack`] bits in the low 16 bits ([`WordInfo::NONE`] when the word is
    /// not in [`lexicons::WORDS`]), its reported-speech classes above them (0: none), and
    /// [`CUE_NOUN_BIT`] for a speech noun.
    words: PackedMap<u64>,
    /// A 16,384-bit filter over (length, first byte, last byte) of every key of `words`, read
    /// on the lower-cased form as it is (no case folding): most tokens, names and nouns, are
    /// ruled out by one bit test before the probe. No false negatives.
    filter: Box<[u64; 256]>,
}

static TABLE: LazyLock<Table> = LazyLock::new(|| {
    let mut all: FastMap<&'static str, u64> = FastMap::default();
    for (w, info) in lexicons::WORDS.iter() {
        all.insert(w.as_str(), u64::from(info.pack()));
    }
    for (w, classes) in indirect_words::entries() {
        *all.entry(w).or_insert(u64::from(WordInfo::NONE)) |= u64::from(classes) << 16;
    }
    for w in lexicons::CUE_NOUNS.iter() {
        *all.entry(w.as_str()).or_insert(u64::from(WordInfo::NONE)) |= CUE_NOUN_BIT;
    }
    let mut filter = Box::new([0u64; 256]);
    for w in all.keys() {
        let h = slot(w.as_bytes());
        filter[h >> 6] |= 1 << (h & 63);
    }
    Table {
        words: PackedMap::new(all),
        filter,
    }
});

/// Set in a word's value when it is a speech noun (above the reported-speech classes, which
/// take the 32 bits from 16).
const CUE_NOUN_BIT: u64 = 1 << 63;

#[inline(always)]
fn slot(lower: &[u8]) -> usize {
    let first = lower.first().copied().unwrap_or(0) as usize;
    let last = lower.last().copied().unwrap_or(0) as usize;
    (lower.len().wrapping_mul(0x9E37) ^ first.wrapping_mul(0x45D9) ^ last.wrapping_mul(0x1F3B))
        & 16383
}

/// The [`WordInfo::pack`] bits (never 0), the reported-speech class bits and the speech-noun
/// answer of a word token as written `written()` (read only for a word with `WordInfo`),
/// normalized `norm` and lower-cased `lower`, from one probe: each equal to what its own
/// table answered for the same token (the acronym and length gate of
/// [`lexicons::listed_word_gate`]; the reported-speech classes only for a token whose
/// normalized form passes their filter, [`indirect_words::may_be_listed`]; the speech noun
/// `CUE_NOUNS.contains(lower)`, ungated).
#[inline]
pub(crate) fn look_up<'s>(
    written: impl FnOnce() -> &'s str,
    norm: &str,
    lower: &str,
) -> (u16, u32, bool) {
    let table = &*TABLE;
    let h = slot(lower.as_bytes());
    if table.filter[h >> 6] & (1 << (h & 63)) == 0 {
        return (WordInfo::NONE, 0, false);
    }
    let Some(value) = table.words.get_inlined(lower) else {
        return (WordInfo::NONE, 0, false);
    };
    let mut info = value as u16;
    if info != WordInfo::NONE {
        info = lexicons::listed_word_gate(written(), info);
    }
    let mut classes = (value >> 16) as u32;
    if classes != 0 && !indirect_words::may_be_listed(norm) {
        classes = 0;
    }
    (info, classes, value & CUE_NOUN_BIT != 0)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::quotes::syntax::Ctx;

    /// Every key of both tables it is built from gets the same answers from the one table.
    #[test]
    fn the_table_answers_as_both_of_its_tables() {
        let probe = |w: &'static str| (w, w, w);
        for w in lexicons::WORDS.keys() {
            let (info, _, noun) = {
                let (a, b, c) = probe(w.as_str());
                look_up(|| a, b, c)
            };
            assert_eq!(info, lexicons::listed_word_bits(w, w), "{w}");
            assert_eq!(noun, lexicons::CUE_NOUNS.contains(w.as_str()), "{w}");
        }
        let mut nouns = 0;
        for w in lexicons::CUE_NOUNS.iter() {
            let (info, _, noun) = look_up(|| w, w, w);
            assert!(noun, "{w} is a speech noun");
            assert_eq!(info, lexicons::listed_word_bits(w, w), "{w}");
            nouns += 1;
        }
        assert!(nouns > 20, "{nouns} speech nouns");
        let mut seen = 0;
        for (w, classes) in indirect_words::entries() {
            assert_eq!(
                {
                    let (a, b, c) = probe(w);
                    look_up(|| a, b, c)
                }
                .1,
                classes,
                "{w}"
            );
            seen += 1;
        }
        assert!(seen > 100, "{seen} indirect words");
        assert_eq!(
            look_up(|| "zzyzx", "zzyzx", "zzyzx"),
            (WordInfo::NONE, 0, false)
        );
    }

    /// The two answers of a token are the same whichever is asked first; an acronym spelling
    /// a listed word ("US") has no `WordInfo` but keeps its reported-speech classes.
    #[test]
    fn either_answer_asked_first_gives_the_same_two() {
        let text = "US officials said that he and the Reuters team left.";
        let tokens = crate::tokenize::tokenize(text);
        let first_info = Ctx::new(text, &tokens);
        let first_classes = Ctx::new(text, &tokens);
        for k in 0..tokens.len() {
            let a = (first_info.info(k), first_info.indirect_classes(k));
            let b = (first_classes.indirect_classes(k), first_classes.info(k));
            assert_eq!(a, (b.1, b.0), "token {k}");
        }
        assert_eq!(first_info.info(0), WordInfo::default(), "US is an acronym");
        assert_ne!(first_info.indirect_classes(0), 0, "us is a listed word");
        assert!(first_info.info(4).function.is_some(), "he");
        assert_ne!(first_info.indirect_classes(4), 0, "he");
        assert_eq!(first_info.indirect_classes(1), 0, "officials");
    }
}
