//! The word lists the number stage reads, parsed once from `data/lexicons/`.
//!
//! Everything that is a fact about English rather than a rule — which words are numbers, which
//! are units, currencies, qualifiers, identifier prefixes — lives in those files, so the lists
//! can grow with the news without touching the code here. Each table is built on first use.

use std::sync::LazyLock;

use crate::lexicon;
pub use crate::lexicon::registry::{ContextClass, TrapClass};
use crate::lexicon::registry::{CurrencyFileClass, NumberWordClass, ScaleClass, UnitFileClass};
pub use crate::lexicon::Classes;
pub use crate::lexicon::{FastMap as HashMap, FastSet as HashSet};

/// How a spelled-out number word combines with its neighbours.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum WordClass {
    /// 0–9.
    Unit,
    /// 10–19.
    Teen,
    /// 20, 30, … 90.
    Tens,
    /// "dozen".
    Dozen,
}

/// A spelled-out number word's value per class ("third" is both ordinal 3 and fraction 1/3).
pub struct NumberWords {
    pub cardinal: HashMap<String, (u64, WordClass)>,
    pub ordinal: HashMap<String, u64>,
    pub fraction: HashMap<String, u64>,
}

pub static NUMBER_WORDS: LazyLock<NumberWords> = LazyLock::new(|| {
    let mut words = NumberWords {
        cardinal: HashMap::default(),
        ordinal: HashMap::default(),
        fraction: HashMap::default(),
    };
    for f in lexicon::entries(include_str!("../../data/lexicons/number_words.txt")) {
        let (Some(value), Some(class)) = (f.get(1).and_then(|v| v.parse::<u64>().ok()), f.get(2))
        else {
            continue;
        };
        let key = f[0].to_lowercase();
        let Ok(class) = class.parse::<NumberWordClass>() else {
            continue;
        };
        match class {
            NumberWordClass::Unit => drop(words.cardinal.insert(key, (value, WordClass::Unit))),
            NumberWordClass::Teen => drop(words.cardinal.insert(key, (value, WordClass::Teen))),
            NumberWordClass::Tens => drop(words.cardinal.insert(key, (value, WordClass::Tens))),
            NumberWordClass::Dozen => drop(words.cardinal.insert(key, (value, WordClass::Dozen))),
            NumberWordClass::Ordinal => drop(words.ordinal.insert(key, value)),
            NumberWordClass::Fraction => drop(words.fraction.insert(key, value)),
        }
    }
    words
});

/// A scale word or abbreviation: its power of ten and whether it is spelled out.
#[derive(Clone, Copy, Debug)]
pub struct Scale {
    pub power: i32,
    /// A plural that still scales the digits before it ("12 lakhs"): `plural_word`.
    pub plural: bool,
}

/// Scale words keyed lowercase; abbreviations keyed as written (case matters: "m" vs "M").
pub static SCALES: LazyLock<(HashMap<String, Scale>, HashMap<String, Scale>)> =
    LazyLock::new(|| {
        let mut words = HashMap::default();
        let mut abbrevs = HashMap::default();
        for f in lexicon::entries(include_str!("../../data/lexicons/scales.txt")) {
            let Some(power) = f.get(1).and_then(|v| v.parse::<i32>().ok()) else {
                continue;
            };
            let class = f.get(2).map(|c| c.parse::<ScaleClass>());
            let plural = class == Some(Ok(ScaleClass::PluralWord));
            if class == Some(Ok(ScaleClass::Word)) || plural {
                words.insert(f[0].to_lowercase(), Scale { power, plural });
            } else {
                abbrevs.insert(f[0].to_string(), Scale { power, plural });
            }
        }
        (words, abbrevs)
    });

/// What a unit measures; decides the kind of the expression.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum UnitClass {
    Percent,
    Points,
    Time,
    Speed,
    /// Mass, length, area, volume, temperature, energy, power, data, angle.
    Measure,
}

#[derive(Clone, Debug)]
pub struct Unit {
    pub lemma: String,
    pub class: UnitClass,
}

/// Units keyed by their surface (tokens joined as written, lowercased unless case-sensitive).
pub struct Units {
    pub folded: HashMap<String, Unit>,
    pub exact: HashMap<String, Unit>,
    /// The most tokens any surface spans.
    pub max_tokens: usize,
}

pub static UNITS: LazyLock<Units> = LazyLock::new(|| {
    let mut units = Units {
        folded: HashMap::default(),
        exact: HashMap::default(),
        max_tokens: 1,
    };
    for f in lexicon::entries(include_str!("../../data/lexicons/units.txt")) {
        let (Some(lemma), Some(class)) = (f.get(1), f.get(2)) else {
            continue;
        };
        let class = match class.parse::<UnitFileClass>() {
            Ok(UnitFileClass::Percent) => UnitClass::Percent,
            Ok(UnitFileClass::Points) => UnitClass::Points,
            Ok(UnitFileClass::Time) => UnitClass::Time,
            Ok(UnitFileClass::Speed) => UnitClass::Speed,
            _ => UnitClass::Measure,
        };
        let unit = Unit {
            lemma: lemma.to_string(),
            class,
        };
        units.max_tokens = units.max_tokens.max(surface_tokens(f[0]));
        let previous = if f.get(3) == Some(&"cs") {
            units.exact.insert(f[0].to_string(), unit)
        } else {
            units.folded.insert(f[0].to_lowercase(), unit)
        };
        assert!(previous.is_none(), "units.txt: {:?} is listed twice", f[0]);
    }
    units
});

/// How many tokens a lexicon surface spans, counted by the tokenizer that will split the text.
fn surface_tokens(surface: &str) -> usize {
    crate::tokenize::tokenize(surface).len()
}

/// How a currency is written.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CurrencyClass {
    /// A sign before the amount: "$", "£", "US$".
    Sign,
    /// An ISO code or abbreviation, before or after the amount.
    Code,
    /// A name after the amount: "euros", "Swiss francs".
    Word,
    /// A hundredth of the code: "pence", "cents", glued "p".
    Minor,
}

pub struct Currencies {
    /// Signs and codes as written.
    pub exact: HashMap<String, (String, CurrencyClass)>,
    /// Names and minor units, lowercased.
    pub words: HashMap<String, (String, CurrencyClass)>,
    pub max_tokens: usize,
}

pub static CURRENCIES: LazyLock<Currencies> = LazyLock::new(|| {
    let mut c = Currencies {
        exact: HashMap::default(),
        words: HashMap::default(),
        max_tokens: 1,
    };
    for f in lexicon::entries(include_str!("../../data/lexicons/currencies.txt")) {
        let (Some(code), Some(class)) = (f.get(1), f.get(2)) else {
            continue;
        };
        let class = match class.parse::<CurrencyFileClass>() {
            Ok(CurrencyFileClass::Sign) => CurrencyClass::Sign,
            Ok(CurrencyFileClass::Code) => CurrencyClass::Code,
            Ok(CurrencyFileClass::Minor | CurrencyFileClass::Cent) => CurrencyClass::Minor,
            _ => CurrencyClass::Word,
        };
        let previous = match class {
            CurrencyClass::Sign | CurrencyClass::Code => {
                c.exact.insert(f[0].to_string(), (code.to_string(), class))
            }
            _ => {
                c.max_tokens = c.max_tokens.max(surface_tokens(f[0]));
                c.words
                    .insert(f[0].to_lowercase(), (code.to_string(), class))
            }
        };
        // A surface listed twice is a mistake, whatever the second line says.
        assert!(
            previous.is_none(),
            "currencies.txt: {:?} is listed twice",
            f[0]
        );
    }
    c
});

/// Qualifier phrase (lowercase, single-spaced) → approximates?
pub static QUALIFIERS: LazyLock<(HashMap<String, bool>, usize)> = LazyLock::new(|| {
    let mut map = HashMap::default();
    let mut longest = 1;
    for f in lexicon::entries(include_str!("../../data/lexicons/qualifiers.txt")) {
        longest = longest.max(f[0].split(' ').count());
        map.insert(f[0].to_lowercase(), f.get(1) != Some(&"no"));
    }
    (map, longest)
});

/// (larger unit, smaller unit) → how many of the smaller make one larger: `unit_chains.txt`.
pub static UNIT_CHAINS: LazyLock<HashMap<(String, String), f64>> = LazyLock::new(|| {
    lexicon::entries(include_str!("../../data/lexicons/unit_chains.txt"))
        .map(|f| {
            let factor = f.get(2).and_then(|x| x.parse::<f64>().ok());
            let factor = factor.unwrap_or_else(|| panic!("unit_chains.txt: {f:?} has no factor"));
            ((f[0].to_string(), f[1].to_string()), factor)
        })
        .collect()
});

/// Which bound a qualifier makes of its figure.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Bound {
    /// "more than 30", "at least 30": 30 is the least value.
    Lower,
    /// "up to 30", "under 30": 30 is the greatest value.
    Upper,
}

/// Qualifier phrase → the bound it states, from the third field of `qualifiers.txt`.
pub static BOUNDS: LazyLock<HashMap<String, Bound>> = LazyLock::new(|| {
    let mut map = HashMap::default();
    for f in lexicon::entries(include_str!("../../data/lexicons/qualifiers.txt")) {
        let bound = match f.get(2) {
            None => continue,
            Some(&"lower") => Bound::Lower,
            Some(&"upper") => Bound::Upper,
            Some(other) => panic!("qualifiers.txt: {:?} has the unknown bound {other:?}", f[0]),
        };
        map.insert(f[0].to_lowercase(), bound);
    }
    map
});

/// The last word of every qualifier phrase: a figure whose previous word is not one of these
/// has no qualifier, which is decided without building any phrase.
pub static QUALIFIER_ENDS: LazyLock<HashSet<String>> = LazyLock::new(|| {
    QUALIFIERS
        .0
        .keys()
        .filter_map(|k| k.rsplit(' ').next())
        .map(str::to_string)
        .collect()
});

/// Month name or abbreviation (lowercase) → month number.
pub static MONTHS: LazyLock<HashMap<String, u32>> = LazyLock::new(|| {
    lexicon::entries(include_str!("../../data/lexicons/months.txt"))
        .filter_map(|f| Some((f[0].to_lowercase(), f.get(1)?.parse().ok()?)))
        .collect()
});

/// A pre-test before a hash lookup, run at every token: the (first byte, length) and (last
/// byte, length) pairs a word list holds. A word with either pair absent is not in the list,
/// and most words of a text are turned away here without hashing (the last byte turns away
/// most of the words that share a listed word's first letter and length: "been", "says").
pub struct Shapes {
    first: [u64; 256],
    last: [u64; 256],
}

impl Shapes {
    pub fn of<'a>(words: impl IntoIterator<Item = &'a str>) -> Self {
        let mut first = [0u64; 256];
        let mut last = [0u64; 256];
        for w in words {
            let (Some(&a), Some(&z)) = (w.as_bytes().first(), w.as_bytes().last()) else {
                continue;
            };
            first[a as usize] |= 1 << w.len().min(63);
            last[z as usize] |= 1 << w.len().min(63);
        }
        Shapes { first, last }
    }

    /// False when `word` cannot be in the list.
    #[inline]
    pub fn may_hold(&self, word: &str) -> bool {
        let b = word.as_bytes();
        let (Some(&a), Some(&z)) = (b.first(), b.last()) else {
            return false;
        };
        let len = 1 << b.len().min(63);
        self.first[a as usize] & len != 0 && self.last[z as usize] & len != 0
    }
}

/// A bit set over words in any ASCII case: a word whose [`folded_key`]'s bit is clear is in
/// none of the lists it was made of, in any case. 16,384 bits (2 KB, a few hundred words
/// set), so about one word in fifty that is in no list passes; one multiply and one load
/// a word, no hashing of the string.
pub struct FoldedWords {
    bits: Vec<u64>,
}

/// Bits in a [`FoldedWords`], as a power of two.
const FOLDED_BITS_LOG: u32 = 14;

impl FoldedWords {
    pub fn of<'a>(words: impl IntoIterator<Item = &'a str>) -> Self {
        let mut set = FoldedWords {
            bits: vec![0; 1 << (FOLDED_BITS_LOG - 6)],
        };
        for w in words {
            let bit = Self::bit(folded_key(w.as_bytes()));
            set.bits[bit >> 6] |= 1 << (bit & 63);
        }
        set
    }

    #[inline]
    fn bit(key: u64) -> usize {
        (key.wrapping_mul(0x9E37_79B9_7F4A_7C15) >> (64 - FOLDED_BITS_LOG)) as usize
    }

    /// False when no word with this [`folded_key`] is in the lists.
    #[inline]
    pub fn may_hold(&self, key: u64) -> bool {
        let bit = Self::bit(key);
        self.bits
            .get(bit >> 6)
            .is_some_and(|b| b & (1 << (bit & 63)) != 0)
    }
}

/// The case bit of every byte: `b | 0x20` is the lower-case letter of an ASCII capital and
/// leaves a lower-case letter as it is.
const CASE_BITS: u64 = 0x2020_2020_2020_2020;

/// The key of a word's bytes with ASCII case folded (`b | 0x20` at each byte: "Five",
/// "FIVE" and "five" have one key; other bytes may share a key with another byte, which
/// makes only more words pass [`FoldedWords::may_hold`], never fewer).
pub fn folded_key(w: &[u8]) -> u64 {
    let n = w.len();
    if n <= 8 {
        let mut buf = [0u8; 8];
        buf[..n].copy_from_slice(w);
        return folded_key_short(u64::from_le_bytes(buf), n);
    }
    folded_key_long(w)
}

/// [`folded_key`] of a word of 1 to 8 bytes given little-endian in `x`, zero past its end.
#[inline]
pub fn folded_key_short(x: u64, n: usize) -> u64 {
    (x | CASE_BITS & short_mask(n)) ^ n as u64
}

/// [`folded_key`] of a word of more than 8 bytes: its first and last eight.
#[inline]
pub fn folded_key_long(w: &[u8]) -> u64 {
    let n = w.len();
    let head = crate::lexicon::packed::read_u64(&w[..8]) | CASE_BITS;
    let tail = crate::lexicon::packed::read_u64(&w[n - 8..]) | CASE_BITS;
    (head ^ tail.rotate_left(29)) ^ n as u64
}

/// The low `n` bytes (1 to 8; 0 reads as 1) of a `u64`.
#[inline]
pub fn short_mask(n: usize) -> u64 {
    u64::MAX >> (64 - 8 * n.clamp(1, 8))
}

/// Context words around figures: `number_context.txt`.
pub static CONTEXT: LazyLock<Classes<ContextClass>> = LazyLock::new(|| {
    Classes::parse(include_str!("../../data/lexicons/number_context.txt"))
        .unwrap_or_else(|e| panic!("data/lexicons/number_context.txt: {e}"))
});

/// Identifier prefixes, version and phone cues, street words: `number_traps.txt`.
pub static TRAPS: LazyLock<Classes<TrapClass>> = LazyLock::new(|| {
    Classes::parse(include_str!("../../data/lexicons/number_traps.txt"))
        .unwrap_or_else(|e| panic!("data/lexicons/number_traps.txt: {e}"))
});

/// Irregular and present verb forms: `number_verbs.txt`.
pub static VERBS: LazyLock<HashSet<String>> = LazyLock::new(|| {
    lexicon::entries(include_str!("../../data/lexicons/number_verbs.txt"))
        .map(|f| f[0].to_lowercase())
        .collect()
});

/// True when `word` is listed in `number_context.txt` with `class`.
pub fn context_is(word: &str, class: ContextClass) -> bool {
    CONTEXT.is(word, class)
}

/// True when `word` is listed in `number_traps.txt` with `class`.
pub fn trap_is(word: &str, class: TrapClass) -> bool {
    TRAPS.is(word, class)
}

/// The value of a Unicode vulgar fraction character.
pub fn vulgar_fraction(c: char) -> Option<f64> {
    Some(match c {
        '½' => 0.5,
        '⅓' => 1.0 / 3.0,
        '⅔' => 2.0 / 3.0,
        '¼' => 0.25,
        '¾' => 0.75,
        '⅕' => 0.2,
        '⅖' => 0.4,
        '⅗' => 0.6,
        '⅘' => 0.8,
        '⅙' => 1.0 / 6.0,
        '⅚' => 5.0 / 6.0,
        '⅐' => 1.0 / 7.0,
        '⅛' => 0.125,
        '⅜' => 0.375,
        '⅝' => 0.625,
        '⅞' => 0.875,
        '⅑' => 1.0 / 9.0,
        '⅒' => 0.1,
        _ => return None,
    })
}

#[cfg(test)]
mod tests {

    #[test]
    fn shapes_turn_away_words_not_in_the_list() {
        let s = Shapes::of(["dozens", "tens"]);
        assert!(s.may_hold("dozens") && s.may_hold("tens"));
        // Same first letter, another length; another first letter.
        assert!(!s.may_hold("dozen") && !s.may_hold("years") && !s.may_hold(""));
        // Same first letter and length, another last letter.
        assert!(!s.may_hold("dozing") && !s.may_hold("tent"));
    }

    /// The old one-table test (first byte, length): the oracle of the two-table one.
    fn first_byte_shape_may_hold(words: &[&str], word: &str) -> bool {
        let b = word.as_bytes();
        words
            .iter()
            .any(|w| !w.is_empty() && w.as_bytes().first() == b.first() && w.len() == b.len())
    }

    #[test]
    fn shapes_never_turn_away_a_listed_word_and_pass_only_what_the_first_byte_test_passes() {
        let starters: Vec<&str> = CONTEXT.words_in(ContextClass::Vague).collect();
        let s = Shapes::of(starters.iter().copied());
        for w in &starters {
            assert!(s.may_hold(w), "{w}");
        }
        let text = "dozens of scores, hundreds and thousands; tens, ones, a pair \
                    dozing tent é ∂ x millions billions lots heaps xs s ss";
        for w in text.split([' ', ',', ';']).filter(|w| !w.is_empty()) {
            if s.may_hold(w) {
                assert!(first_byte_shape_may_hold(&starters, w), "{w}");
            }
        }
        // Pseudo-random words: a word the two tables pass, the first-byte test passes too,
        // and every word of the list passes both.
        let mut x: u64 = 0x9E37_79B9_7F4A_7C15;
        for _ in 0..20_000 {
            x ^= x << 13;
            x ^= x >> 7;
            x ^= x << 17;
            let len = (x % 9) as usize;
            let w: String = (0..len)
                .map(|k| (b'a' + ((x >> (k * 5)) % 26) as u8) as char)
                .collect();
            if s.may_hold(&w) {
                assert!(first_byte_shape_may_hold(&starters, &w), "{w}");
            }
            if starters.contains(&w.as_str()) {
                assert!(s.may_hold(&w), "{w}");
            }
        }
    }

    use super::*;

    #[test]
    fn the_shipped_class_lists_load() {
        assert!(CONTEXT.is("#", ContextClass::OrdinalNo));
        assert!(TRAPS.is("category", TrapClass::Label));
    }
}
