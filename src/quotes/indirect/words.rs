//! The closed word classes the reported-speech rules read (`indirect_words.txt`), as a table
//! of word → classes: one lookup answers whether a token is in a class ([`is`]).

use std::sync::LazyLock;

use super::super::lexicons::TokenMemo;
use super::super::syntax::Ctx;
use crate::lexicon::registry::{IndirectWordClass, LexiconClass};
use crate::lexicon::{self, FastMap};

/// Longest word of any class, in bytes, plus one.
const MAX_LEN: usize = 16;

/// The first letters of the listed words, by length: a bit per letter `a`…`z`. Most tokens
/// are ruled out by one test before any hashing.
static FIRST: LazyLock<[u32; MAX_LEN]> = LazyLock::new(|| {
    let mut first = [0u32; MAX_LEN];
    for w in WORDS.keys() {
        let b = w.as_bytes();
        first[b.len()] |= 1 << (b[0] - b'a');
    }
    first
});

/// Each word with its classes, as bits indexed by [`LexiconClass::index`].
static WORDS: LazyLock<FastMap<&'static str, u32>> = LazyLock::new(|| {
    let mut classes: FastMap<&'static str, u32> = FastMap::default();
    for fields in lexicon::entries(include_str!("../../../data/lexicons/indirect_words.txt")) {
        // The registry's spec checks that every word is lowercase with a known class.
        let plain = fields[0].len() < MAX_LEN && fields[0].bytes().all(|b| b.is_ascii_lowercase());
        assert!(
            plain,
            "indirect_words.txt: {:?} is not a short a-z word",
            fields[0]
        );
        if let Some(Ok(class)) = fields.get(1).map(|c| c.parse::<IndirectWordClass>()) {
            // The classes share a token's memo word with its flags.
            assert!(class.index() < TokenMemo::CLASS_BITS as usize);
            *classes.entry(fields[0]).or_default() |= 1 << class.index();
        }
    }
    classes
});

/// Every listed word with its classes (the quote stage's word table is built from these).
pub(crate) fn entries() -> impl Iterator<Item = (&'static str, u32)> {
    WORDS.iter().map(|(w, c)| (*w, *c))
}

/// May the normalized form `norm` (any case) be a listed word? One test of its length and
/// first letter; no false negatives.
#[inline]
pub(crate) fn may_be_listed(norm: &str) -> bool {
    let w = norm.as_bytes();
    let Some(&b) = w.first() else {
        return false;
    };
    let letter = (b | 0x20).wrapping_sub(b'a');
    w.len() < MAX_LEN && letter < 26 && FIRST[w.len()] & (1 << letter) != 0
}

/// The first letters of one class's words: by length (`by_len[len]`) and at any length
/// (`any`, the union of `by_len`), a bit per letter `a`…`z` (the per-class [`FIRST`]).
#[derive(Clone, Copy, Default)]
pub(crate) struct ClassFirst {
    any: u32,
    by_len: [u32; MAX_LEN],
}

/// [`ClassFirst`] per class, indexed by [`LexiconClass::index`].
static CLASS_FIRST: LazyLock<Vec<ClassFirst>> = LazyLock::new(|| {
    let mut first = vec![ClassFirst::default(); IndirectWordClass::ALL.len()];
    for (w, classes) in WORDS.iter() {
        let b = w.as_bytes();
        for (i, row) in first.iter_mut().enumerate() {
            if classes & (1 << i) != 0 {
                row.by_len[b.len()] |= 1 << (b[0] - b'a');
                row.any |= 1 << (b[0] - b'a');
            }
        }
    }
    first
});

/// The first-letter table of `class`, for a caller that tests many tokens against one class
/// ([`may_be_in`]; `content::clause_end` reads it once per clause, not once per token).
pub(crate) fn first_letters(class: IndirectWordClass) -> &'static ClassFirst {
    &CLASS_FIRST[class.index()]
}

/// May token `k` be a word of `class`? Its length and first letter against the class's words,
/// with no look-up; never `false` where [`is`] holds (the word table gives classes only to a
/// form whose first byte is a letter, [`may_be_listed`]; a form with a non-ASCII byte may
/// change length when lower-cased, so only its first letter is read).
#[inline]
pub(crate) fn may_be(ctx: &Ctx, k: usize, class: IndirectWordClass) -> bool {
    may_be_in(first_letters(class), ctx.norm(k))
}

/// [`may_be`] of the normalized form `norm` with the class's table `row` in hand.
#[inline(always)]
pub(crate) fn may_be_in(row: &ClassFirst, norm: &str) -> bool {
    let w = norm.as_bytes();
    let Some(&b) = w.first() else {
        return false;
    };
    let letter = (b | 0x20).wrapping_sub(b'a');
    if letter >= 26 {
        return false;
    }
    // The first letter alone rules out most tokens ("but", "and", "while": three letters of
    // 26), before the length and the ASCII scan are read.
    if row.any & (1 << letter) == 0 {
        return false;
    }
    if w.is_ascii() {
        w.len() < MAX_LEN && row.by_len[w.len()] & (1 << letter) != 0
    } else {
        true
    }
}

/// The first letters of a word list's words by length, a bit per letter `a`…`z` (the per-list
/// [`FIRST`]): [`Initials::may_hold`] rules out most tokens with one test before a list's hash
/// lookup, which the rules tried at every candidate or every clause token would pay for each.
pub(crate) struct Initials {
    by_len: [u32; MAX_LEN],
    /// A listed word this table cannot describe (empty, over [`MAX_LEN`] bytes, or not opening
    /// on an ASCII letter): every form may then be listed.
    any: bool,
}

impl Initials {
    /// The table of `words` (as listed, lower-cased or not).
    pub(crate) fn of<'w>(words: impl IntoIterator<Item = &'w str>) -> Self {
        let mut table = Initials {
            by_len: [0; MAX_LEN],
            any: false,
        };
        for w in words {
            let b = w.as_bytes();
            let letter = b.first().map_or(26, |&c| (c | 0x20).wrapping_sub(b'a'));
            if letter >= 26 || b.len() >= MAX_LEN || !b.is_ascii() {
                table.any = true;
            } else {
                table.by_len[b.len()] |= 1 << letter;
            }
        }
        table
    }

    /// May the normalized form `norm`, in any case, be a listed word (lower-cased, or as
    /// written)? Never `false` where it is: an ASCII form keeps its length and first letter
    /// when lower-cased; any other form may change both, and is let through.
    #[inline]
    pub(crate) fn may_hold(&self, norm: &str) -> bool {
        let w = norm.as_bytes();
        if self.any || !w.is_ascii() {
            return true;
        }
        let Some(&b) = w.first() else {
            return false;
        };
        let letter = (b | 0x20).wrapping_sub(b'a');
        letter < 26 && w.len() < MAX_LEN && self.by_len[w.len()] & (1 << letter) != 0
    }
}

/// Is token `k` a word of `class`, in any case? One lookup per token and document, whatever
/// the class (the token's classes are kept in the context's [`TokenMemo`], filled from the
/// quote stage's one word table by [`Ctx::indirect_classes`]).
#[inline]
pub(crate) fn is(ctx: &Ctx, k: usize, class: IndirectWordClass) -> bool {
    ctx.indirect_classes(k) & (1 << class.index()) != 0
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_class_has_words() {
        for &class in IndirectWordClass::ALL {
            let bit = 1 << class.index();
            assert!(
                WORDS.values().any(|bits| bits & bit != 0),
                "{} is empty",
                class.name()
            );
        }
        assert_eq!(
            WORDS.get("the"),
            Some(&(1 << IndirectWordClass::NounMarker.index()))
        );
    }

    /// The class filter against the look-up it stands before: every listed word, as written
    /// in three cases and with odd neighbours, is let through for each of its classes.
    #[test]
    fn the_class_filter_never_rules_out_a_class_word() {
        let mut text = String::from("Ärger naïve K\u{212A} İt BUT And WhiLe x123 3rd & -- ");
        for w in WORDS.keys() {
            let mut cap = w.to_string();
            cap[..1].make_ascii_uppercase();
            text.push_str(&format!("{w} {cap} {} ", w.to_ascii_uppercase()));
        }
        let tokens = crate::tokenize::tokenize(&text);
        let ctx = Ctx::new(&text, &tokens);
        let mut ruled_out = 0;
        for k in 0..ctx.len() + 1 {
            for &class in IndirectWordClass::ALL {
                let (may, listed) = (may_be(&ctx, k, class), is(&ctx, k, class));
                assert!(may || !listed, "{} {}", ctx.tok(k), class.name());
                ruled_out += usize::from(!may_be(&ctx, k, class));
            }
        }
        // The filter does rule tokens out (it is no pass-through).
        assert!(ruled_out > ctx.len());
    }

    #[test]
    fn a_lookup_finds_a_word_in_its_class_only() {
        let text = "Moreover, Vale on Thursday said it.";
        let tokens = crate::tokenize::tokenize(text);
        let ctx = Ctx::new(text, &tokens);
        assert!(is(&ctx, 0, IndirectWordClass::Connective));
        assert!(!is(&ctx, 0, IndirectWordClass::TimeWord));
        assert!(is(&ctx, 3, IndirectWordClass::TimeWord));
        assert!(is(&ctx, 4, IndirectWordClass::TimeWord));
        assert!(!is(&ctx, 2, IndirectWordClass::TimeWord));
    }
}
