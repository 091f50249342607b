//! [`Classes`]: the loader of "word, class" lexicons whose classes are a
//! [`LexiconClass`] enum, shared by every stage.

use super::registry::LexiconClass;
use super::FastMap;

/// Word → classes, for the lists that are plain "word, class" pairs. Classes are bits, so
/// asking "is this word a stop word?" is one hash lookup and a mask; the class is an enum
/// declared with the file's spec in the lexicon registry, so a misspelt one does not compile.
pub struct Classes<C> {
    words: FastMap<String, u64>,
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
            let mask = c.words.entry(key).or_default();
            if *mask & bit != 0 {
                return Err(format!("{:?} is listed twice as {:?}", f[0], class.name()));
            }
            *mask |= bit;
        }
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
    pub fn is(&self, word: &str, class: C) -> bool {
        self.words
            .get(word)
            .is_some_and(|mask| mask & (1u64 << class.index()) != 0)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lexicon::registry::ContextClass;

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
