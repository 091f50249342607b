//! British and American spelling, folded to one form so that "Great Honour" and "Great Honor"
//! are the same words.
//!
//! A word is first looked up in `data/lexicons/spelling_variants.txt` (a replacement, or `=`
//! for a word the rules must leave alone); otherwise the first rule of [`RULES`] whose ending
//! matches rewrites it. Both sides of a comparison are folded the same way, so a rule that
//! also rewrites an American word ("Louise" → "Louize") does no harm; the exceptions only keep
//! two different words from meeting.

use std::borrow::Cow;
use std::sync::LazyLock;

use crate::lexicon::{self, FastMap};

/// `word → replacement`, or `word → None` for a word kept as it is.
static VARIANTS: LazyLock<FastMap<String, Option<String>>> = LazyLock::new(|| {
    lexicon::entries(include_str!("../../data/lexicons/spelling_variants.txt"))
        .map(|fields| {
            let replacement = (fields[1] != "=").then(|| fields[1].to_lowercase());
            (fields[0].to_lowercase(), replacement)
        })
        .collect()
});

/// One ending rule: `stem + ending + suffix` becomes `stem + replacement + suffix`.
pub struct SpellingRule {
    pub name: &'static str,
    pub doc: &'static str,
    pub ending: &'static str,
    pub replacement: &'static str,
    /// The inflections the rule also reads after the ending.
    pub suffixes: &'static [&'static str],
    /// The shortest stem the rule rewrites ("hour", "rise", "ogre" have shorter ones).
    pub min_stem: usize,
}

/// The ending rules, tried in order; the first that matches decides.
pub const RULES: &[SpellingRule] = &[
    SpellingRule {
        name: "our_or",
        doc: "honour, colourful, favourite, behaviours → honor, colorful, favorite, behaviors",
        ending: "our",
        replacement: "or",
        suffixes: &[
            "", "s", "ed", "ing", "able", "ably", "ite", "ites", "ful", "less", "er", "ers",
        ],
        min_stem: 3,
    },
    SpellingRule {
        name: "ise_ize",
        doc: "organise, realised, criticising, organisation → organize, realized, …",
        ending: "is",
        replacement: "iz",
        suffixes: &["e", "es", "ed", "ing", "ation", "ations", "er", "ers"],
        min_stem: 3,
    },
    SpellingRule {
        name: "yse_yze",
        doc: "analyse, paralysed → analyze, paralyzed",
        ending: "ys",
        replacement: "yz",
        suffixes: &["e", "es", "ed", "ing"],
        min_stem: 2,
    },
    SpellingRule {
        name: "tre_ter",
        doc: "centre, theatres, centred → center, theaters, centered",
        ending: "tre",
        replacement: "ter",
        suffixes: &["", "s", "d"],
        min_stem: 2,
    },
    SpellingRule {
        name: "bre_ber",
        doc: "fibre, sombre, calibre → fiber, somber, caliber",
        ending: "bre",
        replacement: "ber",
        suffixes: &["", "s"],
        min_stem: 2,
    },
    SpellingRule {
        name: "ogue_og",
        doc: "dialogue, catalogues → dialog, catalogs",
        ending: "ogue",
        replacement: "og",
        suffixes: &["", "s"],
        min_stem: 3,
    },
];

impl SpellingRule {
    /// The rewritten word, when `word` has this rule's ending on a long enough stem that is
    /// not listed as an exception.
    fn apply(&self, word: &str) -> Option<String> {
        self.suffixes.iter().find_map(|suffix| {
            let stem = word.strip_suffix(suffix)?.strip_suffix(self.ending)?;
            if stem.chars().count() < self.min_stem {
                return None;
            }
            // An exception is listed in its base form ("promise" keeps "promised").
            let base = format!("{stem}{}{}", self.ending, self.suffixes[0]);
            if matches!(VARIANTS.get(&base), Some(None)) {
                return None;
            }
            Some(format!("{stem}{}{suffix}", self.replacement))
        })
    }
}

/// `word` (lowercase) in the form it is compared under.
pub fn fold(word: &str) -> Cow<'_, str> {
    if let Some(listed) = VARIANTS.get(word) {
        return match listed {
            Some(replacement) => Cow::Owned(replacement.clone()),
            None => Cow::Borrowed(word),
        };
    }
    RULES
        .iter()
        .find_map(|rule| rule.apply(word))
        .map_or(Cow::Borrowed(word), Cow::Owned)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn our_or() {
        assert_eq!(fold("honour"), "honor");
        assert_eq!(fold("colourful"), "colorful");
        assert_eq!(fold("favourite"), "favorite");
        assert_eq!(fold("hour"), "hour");
        assert_eq!(fold("detour"), "detour");
        assert_eq!(fold("honor"), "honor");
    }

    #[test]
    fn ise_ize() {
        assert_eq!(fold("criticised"), "criticized");
        assert_eq!(fold("organisation"), "organization");
        assert_eq!(fold("promised"), "promised");
        assert_eq!(fold("rise"), "rise");
        assert_eq!(fold("advertising"), "advertizing"); // both sides fold alike
    }

    #[test]
    fn yse_yze() {
        assert_eq!(fold("analysed"), "analyzed");
    }

    #[test]
    fn tre_ter() {
        assert_eq!(fold("centre"), "center");
        assert_eq!(fold("theatres"), "theaters");
        assert_eq!(fold("mitre"), "mitre");
    }

    #[test]
    fn bre_ber() {
        assert_eq!(fold("fibre"), "fiber");
    }

    #[test]
    fn ogue_og() {
        assert_eq!(fold("dialogue"), "dialog");
        assert_eq!(fold("rogue"), "rogue");
    }

    #[test]
    fn listed_variants() {
        assert_eq!(fold("defence"), "defense");
        assert_eq!(fold("programme"), "program");
        assert_eq!(fold("grey"), "gray");
    }

    #[test]
    fn every_rule_is_named_and_documented() {
        for rule in RULES {
            assert!(!rule.name.is_empty() && !rule.doc.is_empty());
        }
    }
}
