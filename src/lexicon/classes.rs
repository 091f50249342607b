//! [`Classes`]: the loader of "word, class" lexicons whose classes are a
//! [`LexiconClass`] enum, shared by every stage.

use super::registry::LexiconClass;
use super::FastMap;

/// Word → classes, for the lists that are plain "word, class" pairs. Classes are bits, so
/// asking "is this word a stop word?" is one hash lookup and a mask; the class is an enum
/// declared with the file's spec in the lexicon registry, so a misspelt one does not compile.
/// Two 2 KB filters turn most words away before any hashing: per first byte, the classes of
/// the keys that start with it, and the lengths they have (63 and up share a bit).
pub struct Classes<C> {
    words: FastMap<String, u64>,
    /// `words` as a [`super::PackedMap`], for [`Classes::is`] (asked at many tokens).
    packed: super::PackedMap<u64>,
    first: Box<[u64; 256]>,
    lengths: Box<[u64; 256]>,
    class: std::marker::PhantomData<C>,
}

impl<C: LexiconClass> Classes<C> {
    /// Reads a "word, class" list and rejects what the loader would otherwise take silently:
    /// a class not in `C`, a line with no class, the same pair twice, and a key that
    /// starts with `#` (read as a comment: write it `\#`).
    pub fn parse(source: &str) -> Result<Self, String> {
        for (n, line) in source.lines().enumerate() {
            if line.starts_with("#\t") || line.starts_with("# \t") {
                return Err(format!(
                    "line {}: {line:?} is read as a comment; write a '#' key as \\#",
                    n + 1
                ));
            }
        }
        let mut c = Classes {
            words: FastMap::default(),
            packed: super::PackedMap::default(),
            first: Box::new([0; 256]),
            lengths: Box::new([0; 256]),
            class: std::marker::PhantomData,
        };
        for f in super::entries(source) {
            let Some(class) = f.get(1) else {
                return Err(format!("{:?} has no class", f[0]));
            };
            let class: C = class
                .parse()
                .map_err(|e| format!("{:?} has the {e}", f[0]))?;
            let bit = 1u64 << class.index();
            let key = f[0].replace("\\#", "#").to_lowercase();
            let Some(&first) = key.as_bytes().first() else {
                return Err(format!("{:?} is an empty key", f[0]));
            };
            c.first[first as usize] |= bit;
            c.lengths[first as usize] |= 1 << key.len().min(63);
            let mask = c.words.entry(key).or_default();
            if *mask & bit != 0 {
                return Err(format!("{:?} is listed twice as {:?}", f[0], class.name()));
            }
            *mask |= bit;
        }
        c.packed = super::PackedMap::new(c.words.iter().map(|(w, m)| (w.as_str(), *m)));
        Ok(c)
    }

    /// Every word listed with `class` (for building sets at load time).
    pub fn words_in(&self, class: C) -> impl Iterator<Item = &str> + '_ {
        let bit = 1u64 << class.index();
        self.words
            .iter()
            .filter(move |(_, m)| **m & bit != 0)
            .map(|(w, _)| w.as_str())
    }

    /// True when `word` (already lowercase) is listed with `class`.
    #[inline]
    pub fn is(&self, word: &str, class: C) -> bool {
        let bit = 1u64 << class.index();
        let Some(&b) = word.as_bytes().first() else {
            return false;
        };
        if self.first[b as usize] & bit == 0
            || self.lengths[b as usize] & (1 << word.len().min(63)) == 0
        {
            return false;
        }
        self.packed.get(word).is_some_and(|mask| mask & bit != 0)
    }

    /// Every class `word` (already lowercase) is listed with, as the bits [`Classes::is`]
    /// tests (0: none): one probe answers every class, for a caller that keeps the answer.
    #[inline]
    pub fn mask(&self, word: &str) -> u64 {
        let Some(&b) = word.as_bytes().first() else {
            return 0;
        };
        if self.lengths[b as usize] & (1 << word.len().min(63)) == 0 {
            return 0;
        }
        self.packed.get(word).unwrap_or(0)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lexicon::registry::{ContextClass, LexiconClass};

    type Context = Classes<ContextClass>;

    #[test]
    fn a_hash_key_is_escaped_not_read_as_a_comment() {
        let c = Context::parse("# header\n\\#\tordinal_no\nno\tordinal_no\n").unwrap();
        assert!(c.is("#", ContextClass::OrdinalNo));
        assert!(c.is("no", ContextClass::OrdinalNo));
        let err = Context::parse("#\tordinal_no\n").err().unwrap();
        assert!(err.contains("comment"), "{err}");
    }

    #[test]
    fn the_filters_turn_away_only_words_not_in_the_class() {
        let c = Context::parse("no\tstop\nnumber\tordinal_no\nnos.\tordinal_no\n").unwrap();
        assert!(c.is("no", ContextClass::Stop) && c.is("nos.", ContextClass::OrdinalNo));
        assert!(c.is("number", ContextClass::OrdinalNo));
        // Same first byte, other length; listed word, other class; nothing listed; empty.
        assert!(!c.is("nos", ContextClass::OrdinalNo));
        assert!(!c.is("number", ContextClass::Stop));
        assert!(!c.is("the", ContextClass::Stop));
        assert!(!c.is("", ContextClass::Stop));
    }

    /// The one-probe mask answers as [`Classes::is`] for every class: on every key of a
    /// list, on words sharing a first byte or a length with a key, on empty and long words.
    #[test]
    fn the_mask_holds_exactly_the_classes_is_answers() {
        let c =
            Context::parse("no\tstop\nno\tordinal_no\nnumber\tordinal_no\nnos.\tstop\n").unwrap();
        let words = [
            "no",
            "nos.",
            "number",
            "nos",
            "numbers",
            "n",
            "o",
            "",
            "the",
            "x",
            "ñandú",
            "an-extraordinarily-long-word",
        ];
        for w in words {
            let mask = c.mask(w);
            for &class in ContextClass::ALL {
                assert_eq!(
                    mask & (1 << class.index()) != 0,
                    c.is(w, class),
                    "{w} {class:?}"
                );
            }
        }
        assert_eq!(c.mask("the"), 0);
        assert_ne!(c.mask("no"), 0);
    }

    #[test]
    fn mistakes_in_a_class_list_are_rejected() {
        assert!(Context::parse("the\tstpo\n")
            .err()
            .unwrap()
            .contains("unknown class \"stpo\""));
        assert!(Context::parse("the\n").err().unwrap().contains("no class"));
        assert!(Context::parse("the\tstop\nThe\tstop\n")
            .err()
            .unwrap()
            .contains("twice"));
        // One word in two classes is allowed.
        assert!(Context::parse("no\tstop\nno\tordinal_no\n").is_ok());
    }
}
