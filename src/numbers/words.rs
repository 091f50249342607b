//! Spelled-out numbers: "fourteen", "two hundred and five", "twenty-one", "a dozen",
//! "three-quarters", "two and a half million", "twenty-first".
//!
//! English number words form a small grammar: units and teens add to the tens before them,
//! "hundred" multiplies what came before, and each larger scale ("thousand", "million")
//! closes a group that is added to the total. The parser walks that grammar over the word
//! tokens (and the parts of hyphenated tokens) and stops at the first word that does not fit,
//! so "one two" is read as "one" and the caller sees "two" separately. Vague plurals
//! ("thousands of", "dozens") are not numbers and are refused here.

use super::lexicons::{context_is, ContextClass, WordClass, NUMBER_WORDS, SCALES};
use super::view::View;

/// What a spelled-out number expresses.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SpelledKind {
    Cardinal,
    Ordinal,
    Fraction,
}

/// A spelled-out number found at some token.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Spelled {
    /// One past the last token used.
    pub end: usize,
    pub value: f64,
    pub kind: SpelledKind,
    /// The largest scale word used ("million" → 6), if any.
    pub scale: Option<i32>,
    /// True when the number started with "a"/"an" ("a dozen").
    pub article: bool,
}

/// One word of a spelled number: a token or one part of a hyphenated token.
#[derive(Clone, Copy)]
struct Atom<'v> {
    token: usize,
    /// True for the last part of its token.
    token_end: bool,
    word: &'v str,
}

/// Splits tokens from `i` into number-word atoms while they look like number words; a
/// hyphenated token is taken only when every part is a number word.
fn atoms<'v>(v: &'v View, i: usize) -> Vec<Atom<'v>> {
    let mut out = Vec::new();
    let mut k = i;
    while k < v.len() && k < i + 12 && v.is_word(k) {
        if k > i && !v.same_sentence(i, k) {
            break;
        }
        let low = v.low(k);
        // Split twice rather than collect the parts: no allocation per word.
        if !low.split('-').all(|p| is_number_atom(p) || p == "point") {
            break;
        }
        let n = low.bytes().filter(|&b| b == b'-').count() + 1;
        for (idx, p) in low.split('-').enumerate() {
            out.push(Atom {
                token: k,
                token_end: idx + 1 == n,
                word: p,
            });
        }
        k += 1;
    }
    out
}

pub fn is_number_atom(w: &str) -> bool {
    let words = &*NUMBER_WORDS;
    context_is(w, ContextClass::NumberJoiner)
        || words.cardinal.contains_key(w)
        || words.ordinal.contains_key(w)
        || words.fraction.contains_key(w)
        || SCALES.0.contains_key(w)
}

/// The value of a singular fraction word after "and a": "half" 0.5, "quarter" 0.25.
fn one_part(word: &str) -> Option<f64> {
    let d = NUMBER_WORDS
        .fraction
        .get(word)
        .filter(|_| !word.ends_with('s'))?;
    Some(1.0 / *d as f64)
}

/// The kind of the last word the parser took (what the next word may follow).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Last {
    /// Nothing taken yet.
    Nothing,
    /// The article "a" ("a dozen", "and a half").
    A,
    /// The article "an".
    An,
    /// "and" ("two hundred and five", "two and a half").
    And,
    /// "point" after a whole ("two point five").
    Point,
    /// A digit word after "point".
    Decimal,
    /// The part after "and a" ("half", "quarter").
    Half,
    /// "one" … "nine".
    Unit,
    /// "ten" … "nineteen".
    Teen,
    /// "twenty" … "ninety".
    Tens,
    /// "dozen".
    Dozen,
    /// "hundred".
    Hundred,
    /// A larger scale word ("thousand", "million").
    Scale,
}

/// What a word rule decided.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Step {
    /// The word was taken; go on with the next one.
    Next,
    /// The number ends here (the word may have been taken as its last).
    Stop,
}

/// The parser's state over the atoms from one token.
struct Parse<'a> {
    atoms: &'a [Atom<'a>],
    /// Closed groups ("two million"), the open group ("three hundred"), and "and a half".
    groups: f64,
    current: u64,
    half: f64,
    /// The place of the next decimal digit after "point".
    place: f64,
    /// The atom of a "point" read as a decimal point, if one was.
    point_atom: Option<usize>,
    last: Last,
    article: bool,
    largest_scale: Option<i32>,
    last_scale: i32,
    end_atom: Option<usize>,
    kind: SpelledKind,
    value: f64,
}

impl Parse<'_> {
    fn word_at(&self, k: usize) -> Option<&str> {
        self.atoms.get(k).map(|x| x.word)
    }
}

/// One rule of the number-word grammar: the atom at `a` is taken (`Some(Next)`), ends the
/// number (`Some(Stop)`), or is not this rule's (`None`: the next rule is asked).
struct WordRule {
    name: &'static str,
    doc: &'static str,
    apply: fn(&mut Parse, usize) -> Option<Step>,
}

/// The number-word rules, asked in this order at each atom; an atom no rule takes ends the
/// number.
const WORD_RULES: &[WordRule] = &[
    WordRule {
        name: "article",
        doc: "\"a\"/\"an\" opens a number before a scale or \"dozen\"/\"half\" (\"a million\"), or follows \"and\" before a part (\"and a half\").",
        apply: article,
    },
    WordRule {
        name: "and",
        doc: "\"and\" goes on after \"hundred\" or a scale before a small number, or before \"a half\".",
        apply: and_word,
    },
    WordRule {
        name: "and_a_part",
        doc: "The part after \"and a\" (\"half\", \"quarter\") adds to the whole.",
        apply: and_a_part,
    },
    WordRule {
        name: "point",
        doc: "\"point\" after a whole, before digit words, writes a decimal (\"two point five\" = 2.5).",
        apply: point,
    },
    WordRule {
        name: "cardinal",
        doc: "Units and teens add to the tens before them; \"dozen\" multiplies by 12.",
        apply: cardinal,
    },
    WordRule {
        name: "scale",
        doc: "\"hundred\" multiplies the open group; a larger scale closes it (\"thousands\": vague, not a number).",
        apply: scale,
    },
    WordRule {
        name: "fraction",
        doc: "A fraction after its numerator (\"two thirds\", \"a third\"), or \"half\" alone or before \"a million\"/\"a dozen\".",
        apply: fraction,
    },
    WordRule {
        name: "ordinal",
        doc: "An ordinal ends the number (\"first\", \"twenty-first\", \"hundredth\").",
        apply: ordinal,
    },
];

/// The names and one-line docs of the number-word rules, in the order they are asked.
pub(super) fn word_rule_names() -> Vec<(&'static str, &'static str)> {
    WORD_RULES.iter().map(|r| (r.name, r.doc)).collect()
}

/// Parses the spelled-out number that starts at token `i`, if one does: each atom is handed
/// to [`WORD_RULES`] in order.
pub fn parse(v: &View, i: usize) -> Option<Spelled> {
    let atoms = atoms(v, i);
    let mut st = Parse {
        atoms: &atoms,
        groups: 0.0,
        current: 0,
        half: 0.0,
        place: 0.1,
        point_atom: None,
        last: Last::Nothing,
        article: false,
        largest_scale: None,
        last_scale: i32::MAX,
        end_atom: None,
        kind: SpelledKind::Cardinal,
        value: 0.0,
    };
    let mut a = 0;
    while a < atoms.len() {
        let step = WORD_RULES
            .iter()
            .find_map(|r| (r.apply)(&mut st, a))
            .unwrap_or(Step::Stop);
        if step == Step::Stop {
            break;
        }
        a += 1;
    }
    if st.point_atom.is_some() && st.last == Last::Decimal && point_idiom(v, i, &atoms, &st) {
        // "at one point two men ran", "by one point three minutes from the end": the idiom or
        // a score, so the number is the whole alone.
        st.end_atom = st.point_atom.map(|p| p - 1);
        st.value = st.groups + st.current as f64;
    }
    let end_atom = st.end_atom?;
    // The number must end on a token boundary.
    let last_atom = atoms[end_atom];
    if !last_atom.token_end || !st.value.is_finite() {
        return None;
    }
    Some(Spelled {
        end: last_atom.token + 1,
        value: st.value,
        kind: st.kind,
        scale: st.largest_scale,
        article: st.article,
    })
}

/// The [`WORD_RULES`] rule `article`.
fn article(st: &mut Parse, a: usize) -> Option<Step> {
    let w = st.atoms[a].word;
    if !matches!(w, "a" | "an") {
        return None;
    }
    let next = st.word_at(a + 1);
    let counts = next.is_some_and(|n| {
        SCALES.0.contains_key(n) && !n.ends_with('s') || context_is(n, ContextClass::ArticleCount)
    });
    if a == 0 && counts {
        st.article = true;
    } else if !(st.last == Last::And && next.and_then(one_part).is_some()) {
        return Some(Step::Stop);
    }
    st.last = if w == "a" { Last::A } else { Last::An };
    Some(Step::Next)
}

/// The [`WORD_RULES`] rule `and`.
fn and_word(st: &mut Parse, a: usize) -> Option<Step> {
    if st.atoms[a].word != "and" {
        return None;
    }
    let words = &*NUMBER_WORDS;
    let next = st.word_at(a + 1);
    let after_scale = matches!(st.last, Last::Hundred | Last::Scale);
    let small_follows = next.is_some_and(|n| {
        words
            .cardinal
            .get(n)
            .is_some_and(|c| c.1 != WordClass::Dozen)
            || words.ordinal.contains_key(n)
    });
    // "two and a half", "five and a quarter"
    let half_follows =
        next == Some("a") && st.word_at(a + 2).and_then(one_part).is_some() && st.current > 0;
    if st.end_atom.is_none() || !(after_scale && small_follows || half_follows) {
        return Some(Step::Stop);
    }
    st.last = Last::And;
    Some(Step::Next)
}

/// The [`WORD_RULES`] rule `and_a_part`.
fn and_a_part(st: &mut Parse, a: usize) -> Option<Step> {
    if st.last != Last::A || a < 2 {
        return None;
    }
    let part = one_part(st.atoms[a].word)?;
    st.half = part;
    st.last = Last::Half;
    st.end_atom = Some(a);
    st.value = st.groups + st.current as f64 + st.half;
    Some(Step::Next)
}

/// The [`WORD_RULES`] rule `cardinal`.
fn cardinal(st: &mut Parse, a: usize) -> Option<Step> {
    let w = st.atoms[a].word;
    let &(val, class) = NUMBER_WORDS.cardinal.get(w)?;
    let (current, last) = (st.current, st.last);
    let ok = st.half == 0.0
        && match class {
            WordClass::Unit => {
                current % 10 == 0 && !matches!(last, Last::Unit | Last::Teen | Last::Dozen)
            }
            WordClass::Teen | WordClass::Tens => {
                current % 100 == 0
                    && !matches!(last, Last::Unit | Last::Teen | Last::Tens | Last::Dozen)
            }
            WordClass::Dozen => {
                !w.ends_with('s')
                    && (st.article || (current > 0 && current < 100))
                    && last != Last::Dozen
            }
        };
    if !ok {
        return Some(Step::Stop);
    }
    if class == WordClass::Dozen {
        st.current = current.max(1) * 12;
        st.last = Last::Dozen;
    } else {
        st.current += val;
        st.last = match class {
            WordClass::Unit => Last::Unit,
            WordClass::Teen => Last::Teen,
            _ => Last::Tens,
        };
    }
    st.kind = SpelledKind::Cardinal;
    st.end_atom = Some(a);
    st.value = st.groups + st.current as f64;
    Some(Step::Next)
}

/// The [`WORD_RULES`] rule `scale`.
fn scale(st: &mut Parse, a: usize) -> Option<Step> {
    let w = st.atoms[a].word;
    let scale = SCALES.0.get(w)?;
    if w.ends_with('s') && !scale.plural {
        return Some(Step::Stop); // "thousands of": vague; "five lakhs" scales (`plural_word`)
    }
    if scale.power == 2 {
        let ok = (st.current > 0 && st.current < 100 || st.article && st.current == 0)
            && st.last != Last::Hundred
            && st.half == 0.0;
        if !ok {
            return Some(Step::Stop);
        }
        st.current = st.current.max(1) * 100;
        st.last = Last::Hundred;
    } else {
        let group = st.current as f64 + st.half;
        let group = if group == 0.0 && st.article && st.end_atom.is_none() {
            1.0
        } else {
            group
        };
        if group == 0.0 || scale.power >= st.last_scale {
            return Some(Step::Stop);
        }
        st.groups += group * 10f64.powi(scale.power);
        st.current = 0;
        st.half = 0.0;
        st.last_scale = scale.power;
        st.last = Last::Scale;
    }
    st.largest_scale = Some(
        st.largest_scale
            .map_or(scale.power, |p: i32| p.max(scale.power)),
    );
    st.kind = SpelledKind::Cardinal;
    st.end_atom = Some(a);
    st.value = st.groups + st.current as f64;
    Some(Step::Next)
}

/// Whether a spoken decimal after "one" is the idiom or a score instead: the whole is "one"
/// after a `point_idiom` word ("at", "by", "within") and no unit other than time follows the
/// decimal digits ("at one point five percent" stays 1.5%).
fn point_idiom(v: &View, i: usize, atoms: &[Atom], st: &Parse) -> bool {
    let after = st.end_atom.map_or(v.len(), |e| atoms[e].token + 1);
    i > 0
        && v.low(i) == "one"
        && context_is(v.low(i - 1), ContextClass::PointIdiom)
        && !super::units::unit_after(v, after)
            .is_some_and(|(u, _)| u.class != super::lexicons::UnitClass::Time)
}

/// The [`WORD_RULES`] rule `point`: a spoken decimal, "two point five", "nine point zero
/// four" (broadcast transcripts): each digit word after "point" is the next decimal place,
/// kept in `half` so that a scale after it multiplies the whole ("three point five million").
fn point(st: &mut Parse, a: usize) -> Option<Step> {
    let atom = st.atoms[a];
    let digit = |k: usize| {
        let atom = st.atoms.get(k)?;
        let &(val, class) = NUMBER_WORDS.cardinal.get(atom.word)?;
        (class == WordClass::Unit && atom.token_end).then_some(val)
    };
    if atom.word == "point" {
        let whole = st.end_atom == Some(a.wrapping_sub(1))
            && st.kind == SpelledKind::Cardinal
            && st.half == 0.0
            && !matches!(st.last, Last::Scale | Last::Dozen | Last::Nothing)
            && st.atoms[a - 1].token_end
            && atom.token_end;
        if !whole || digit(a + 1).is_none() {
            return Some(Step::Stop);
        }
        st.last = Last::Point;
        st.point_atom = Some(a);
        st.place = 0.1;
        return Some(Step::Next);
    }
    if !matches!(st.last, Last::Point | Last::Decimal) {
        return None;
    }
    // Not a digit: a scale may follow ("three point five million"); the next rules decide.
    let d = digit(a)?;
    st.half += d as f64 * st.place;
    st.place /= 10.0;
    st.last = Last::Decimal;
    st.end_atom = Some(a);
    st.value = st.groups + st.current as f64 + st.half;
    Some(Step::Next)
}

/// The [`WORD_RULES`] rule `fraction`: "two thirds", "one half", "a third", "three-quarters".
/// A fraction word that fits neither shape is left to the next rule.
fn fraction(st: &mut Parse, a: usize) -> Option<Step> {
    let w = st.atoms[a].word;
    let &den = NUMBER_WORDS.fraction.get(w)?;
    let numerator = if st.article && st.current == 0 && st.groups == 0.0 {
        Some(1)
    } else if st.groups == 0.0
        && st.current > 0
        && st.current < 100
        && matches!(st.last, Last::Unit | Last::Teen | Last::Tens)
    {
        Some(st.current)
    } else {
        None
    };
    let number_agrees = match numerator {
        Some(1) => !w.ends_with('s'),
        Some(_) => w.ends_with('s'),
        None => false,
    };
    if let (Some(n), true) = (numerator, number_agrees) {
        st.value = n as f64 / den as f64;
        st.kind = SpelledKind::Fraction;
        st.end_atom = Some(a);
        return Some(Step::Stop);
    }
    if a == 0 && w == "half" {
        half_first(st);
        return Some(Step::Stop);
    }
    None
}

/// "half" as the first word: 0.5, or "half a million", "half a dozen".
fn half_first(st: &mut Parse) {
    st.value = 0.5;
    st.kind = SpelledKind::Fraction;
    st.end_atom = Some(0);
    if st.word_at(1) != Some("a") {
        return;
    }
    let Some(n) = st.word_at(2) else { return };
    if let Some(s) = SCALES.0.get(n).filter(|_| !n.ends_with('s')) {
        st.value = 0.5 * 10f64.powi(s.power);
        st.kind = SpelledKind::Cardinal;
        st.largest_scale = Some(s.power);
        st.end_atom = Some(2);
    } else if n == "dozen" {
        st.value = 6.0;
        st.kind = SpelledKind::Cardinal;
        st.end_atom = Some(2);
    }
}

/// The [`WORD_RULES`] rule `ordinal`: taken when it fits, and the number ends either way.
/// A scale ordinal (`hundredth`, `thousandth`) multiplies the open group before it ("two
/// hundredth" = 200th, "one hundred thousandth" = 100,000th).
fn ordinal(st: &mut Parse, a: usize) -> Option<Step> {
    let &ord = NUMBER_WORDS.ordinal.get(st.atoms[a].word)?;
    let current = st.current;
    let fits = !st.article
        && st.half == 0.0
        && (if ord >= 100 {
            current < ord
        } else if ord < 10 {
            current % 10 == 0
        } else {
            current % 100 == 0
        });
    if fits && (a == 0 || current > 0 || st.groups > 0.0) {
        st.value = if ord >= 100 {
            st.groups + current.max(1) as f64 * ord as f64
        } else {
            st.groups + current as f64 + ord as f64
        };
        st.kind = SpelledKind::Ordinal;
        st.end_atom = Some(a);
    }
    Some(Step::Stop)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::sentences;
    use crate::tokenize::tokenize;

    fn p(text: &str) -> Option<(f64, SpelledKind, usize)> {
        let mut toks = tokenize(text);
        let sents = sentences::split(text, &mut toks);
        let v = View::new(text, &toks, &sents);
        parse(&v, 0).map(|s| (s.value, s.kind, s.end))
    }

    #[test]
    fn cardinals() {
        assert_eq!(p("fourteen people"), Some((14.0, SpelledKind::Cardinal, 1)));
        assert_eq!(
            p("two hundred and five"),
            Some((205.0, SpelledKind::Cardinal, 4))
        );
        assert_eq!(p("twenty-one"), Some((21.0, SpelledKind::Cardinal, 1)));
        assert_eq!(p("twenty one"), Some((21.0, SpelledKind::Cardinal, 2)));
        assert_eq!(p("a dozen eggs"), Some((12.0, SpelledKind::Cardinal, 2)));
        assert_eq!(p("two dozen"), Some((24.0, SpelledKind::Cardinal, 2)));
        assert_eq!(p("three million"), Some((3e6, SpelledKind::Cardinal, 2)));
        assert_eq!(p("a million"), Some((1e6, SpelledKind::Cardinal, 2)));
        assert_eq!(
            p("one hundred thousand"),
            Some((1e5, SpelledKind::Cardinal, 3))
        );
        assert_eq!(
            p("two million three hundred thousand"),
            Some((2.3e6, SpelledKind::Cardinal, 5))
        );
        assert_eq!(p("two and a half"), Some((2.5, SpelledKind::Cardinal, 4)));
        assert_eq!(
            p("five and a quarter"),
            Some((5.25, SpelledKind::Cardinal, 4))
        );
        assert_eq!(
            p("two and a quarter million"),
            Some((2.25e6, SpelledKind::Cardinal, 5))
        );
        assert_eq!(
            p("two and a half million"),
            Some((2.5e6, SpelledKind::Cardinal, 5))
        );
        assert_eq!(p("half a million"), Some((5e5, SpelledKind::Cardinal, 3)));
        assert_eq!(p("one two"), Some((1.0, SpelledKind::Cardinal, 1)));
    }

    #[test]
    fn fractions_and_ordinals() {
        assert_eq!(p("three-quarters"), Some((0.75, SpelledKind::Fraction, 1)));
        assert_eq!(p("two thirds"), Some((2.0 / 3.0, SpelledKind::Fraction, 2)));
        assert_eq!(p("a third"), Some((1.0 / 3.0, SpelledKind::Fraction, 2)));
        assert_eq!(p("half"), Some((0.5, SpelledKind::Fraction, 1)));
        assert_eq!(p("first"), Some((1.0, SpelledKind::Ordinal, 1)));
        assert_eq!(p("twenty-first"), Some((21.0, SpelledKind::Ordinal, 1)));
        assert_eq!(p("two hundredth"), Some((200.0, SpelledKind::Ordinal, 2)));
        assert_eq!(
            p("three thousandth"),
            Some((3000.0, SpelledKind::Ordinal, 2))
        );
        assert_eq!(
            p("one hundred thousandth"),
            Some((1e5, SpelledKind::Ordinal, 3))
        );
        assert_eq!(p("one hundredth"), Some((0.01, SpelledKind::Fraction, 2)));
    }

    #[test]
    fn vague_words_are_not_numbers() {
        assert_eq!(p("thousands of"), None);
        assert_eq!(p("million"), None);
        assert_eq!(p("dozens"), None);
        assert_eq!(p("a day"), None);
        assert_eq!(p("and"), None);
    }

    #[test]
    fn the_word_rules_are_a_named_list() {
        let names: Vec<&str> = word_rule_names().iter().map(|r| r.0).collect();
        assert_eq!(
            names,
            [
                "article",
                "and",
                "and_a_part",
                "point",
                "cardinal",
                "scale",
                "fraction",
                "ordinal"
            ]
        );
        assert!(word_rule_names().iter().all(|r| !r.1.is_empty()));
    }

    #[test]
    fn each_word_rule_on_its_own_shape() {
        // article: "a" counts only before a scale or "dozen"; "an" too.
        assert_eq!(p("a thousand"), Some((1e3, SpelledKind::Cardinal, 2)));
        assert_eq!(p("a quarter"), Some((0.25, SpelledKind::Fraction, 2)));
        assert_eq!(p("an eighth"), Some((0.125, SpelledKind::Fraction, 2)));
        assert_eq!(p("an"), None);
        // and: only after "hundred" or a scale, before a small number or "a half".
        assert_eq!(p("nine and ten"), Some((9.0, SpelledKind::Cardinal, 1)));
        assert_eq!(
            p("one thousand and six"),
            Some((1006.0, SpelledKind::Cardinal, 4))
        );
        // and_a_part: "and a third" adds to the whole.
        assert_eq!(
            p("seven and a third"),
            Some((7.0 + 1.0 / 3.0, SpelledKind::Cardinal, 4))
        );
        // cardinal: a unit follows tens, not a unit or a teen.
        assert_eq!(p("forty six"), Some((46.0, SpelledKind::Cardinal, 2)));
        assert_eq!(p("six forty"), Some((6.0, SpelledKind::Cardinal, 1)));
        assert_eq!(p("thirteen four"), Some((13.0, SpelledKind::Cardinal, 1)));
        // scale: "hundred" once per group; a scale not after a larger one.
        assert_eq!(
            p("five hundred hundred"),
            Some((500.0, SpelledKind::Cardinal, 2))
        );
        assert_eq!(
            p("six thousand million"),
            Some((6e3, SpelledKind::Cardinal, 2))
        );
        // A vague plural ends the number; a `plural_word` scale ("lakhs") multiplies it.
        assert_eq!(p("two thousands"), Some((2.0, SpelledKind::Cardinal, 1)));
        assert_eq!(p("two lakhs"), Some((2e5, SpelledKind::Cardinal, 2)));
        // point: digit words after a whole are decimal places; nothing after "point" ends it.
        assert_eq!(p("two point five"), Some((2.5, SpelledKind::Cardinal, 3)));
        let (v, _, n) = p("two hundred point zero three").unwrap();
        assert!((v - 200.03).abs() < 1e-9 && n == 5);
        assert_eq!(p("one point of"), Some((1.0, SpelledKind::Cardinal, 1)));
        assert_eq!(p("a point five"), None);
        // fraction and ordinal: they end the number.
        assert_eq!(p("half a dozen"), Some((6.0, SpelledKind::Cardinal, 3)));
        assert_eq!(p("three fifths"), Some((0.6, SpelledKind::Fraction, 2)));
        assert_eq!(p("sixty-fourth"), Some((64.0, SpelledKind::Ordinal, 1)));
        assert_eq!(p("a first"), None);
    }
}
