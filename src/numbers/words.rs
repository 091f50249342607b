//! Spelled-out numbers: "fourteen", "two hundred and five", "twenty-one", "a dozen",
//! "three-quarters", "two and a half million", "twenty-first".
//!
//! English number words form a small grammar: units and teens add to the tens before them,
//! "hundred" multiplies what came before, and each larger scale ("thousand", "million")
//! closes a group that is added to the total. The parser walks that grammar over the word
//! tokens (and the parts of hyphenated tokens) and stops at the first word that does not fit,
//! so "one two" is read as "one" and the caller sees "two" separately. Vague plurals
//! ("thousands of", "dozens") are not numbers and are refused here.

use super::lexicons::{WordClass, NUMBER_WORDS, SCALES};
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
        let parts: Vec<&str> = low.split('-').collect();
        if !parts.iter().all(|p| is_number_atom(p)) {
            break;
        }
        let n = parts.len();
        for (idx, p) in parts.into_iter().enumerate() {
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
    matches!(w, "a" | "an" | "and")
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

/// Parses the spelled-out number that starts at token `i`, if one does.
pub fn parse(v: &View, i: usize) -> Option<Spelled> {
    let atoms = atoms(v, i);
    let words = &*NUMBER_WORDS;
    let scales = &SCALES.0;
    // Closed groups ("two million"), the open group ("three hundred"), and "and a half".
    let mut groups = 0.0f64;
    let mut current: u64 = 0;
    let mut half = 0.0f64;
    let mut last = "";
    let mut article = false;
    let mut largest_scale: Option<i32> = None;
    let mut last_scale = i32::MAX;
    let mut end_atom: Option<usize> = None;
    let mut kind = SpelledKind::Cardinal;
    let mut value = 0.0f64;
    let word_at = |k: usize| atoms.get(k).map(|x| x.word);
    let mut a = 0;
    while a < atoms.len() {
        let w = atoms[a].word;
        let next = word_at(a + 1);
        match w {
            "a" | "an" => {
                let counts = next.is_some_and(|n| {
                    scales.contains_key(n) && !n.ends_with('s')
                        || matches!(n, "dozen" | "half" | "third" | "quarter")
                });
                if a == 0 && counts {
                    article = true;
                } else if !(last == "and" && next.and_then(one_part).is_some()) {
                    break;
                }
                last = w;
                a += 1;
                continue;
            }
            "and" => {
                let after_scale = matches!(last, "hundred" | "scale");
                let small_follows = next.is_some_and(|n| {
                    words
                        .cardinal
                        .get(n)
                        .is_some_and(|c| c.1 != WordClass::Dozen)
                        || words.ordinal.contains_key(n)
                });
                // "two and a half", "five and a quarter"
                let half_follows =
                    next == Some("a") && word_at(a + 2).and_then(one_part).is_some() && current > 0;
                if end_atom.is_none() || !(after_scale && small_follows || half_follows) {
                    break;
                }
                last = w;
                a += 1;
                continue;
            }
            part if last == "a" && a >= 2 && one_part(part).is_some() => {
                half = one_part(part).unwrap_or(0.0);
                last = "half";
                end_atom = Some(a);
                value = groups + current as f64 + half;
                a += 1;
                continue;
            }
            _ => {}
        }
        if let Some(&(val, class)) = words.cardinal.get(w) {
            let ok = half == 0.0
                && match class {
                    WordClass::Unit => {
                        current % 10 == 0 && !matches!(last, "unit" | "teen" | "dozen")
                    }
                    WordClass::Teen | WordClass::Tens => {
                        current % 100 == 0 && !matches!(last, "unit" | "teen" | "tens" | "dozen")
                    }
                    WordClass::Dozen => {
                        !w.ends_with('s')
                            && (article || (current > 0 && current < 100))
                            && last != "dozen"
                    }
                };
            if !ok {
                break;
            }
            if class == WordClass::Dozen {
                current = current.max(1) * 12;
                last = "dozen";
            } else {
                current += val;
                last = match class {
                    WordClass::Unit => "unit",
                    WordClass::Teen => "teen",
                    _ => "tens",
                };
            }
            kind = SpelledKind::Cardinal;
            end_atom = Some(a);
            value = groups + current as f64;
            a += 1;
            continue;
        }
        if let Some(scale) = scales.get(w) {
            if w.ends_with('s') {
                break; // "thousands of": vague
            }
            if scale.power == 2 {
                let ok = (current > 0 && current < 100 || article && current == 0)
                    && last != "hundred"
                    && half == 0.0;
                if !ok {
                    break;
                }
                current = current.max(1) * 100;
                last = "hundred";
            } else {
                let group = current as f64 + half;
                let group = if group == 0.0 && article && end_atom.is_none() {
                    1.0
                } else {
                    group
                };
                if group == 0.0 || scale.power >= last_scale {
                    break;
                }
                groups += group * 10f64.powi(scale.power);
                current = 0;
                half = 0.0;
                last_scale = scale.power;
                last = "scale";
            }
            largest_scale = Some(largest_scale.map_or(scale.power, |p: i32| p.max(scale.power)));
            kind = SpelledKind::Cardinal;
            end_atom = Some(a);
            value = groups + current as f64;
            a += 1;
            continue;
        }
        // A fraction after its numerator: "two thirds", "one half", "a third", "three-quarters".
        if let Some(&den) = words.fraction.get(w) {
            let numerator = if article && current == 0 && groups == 0.0 {
                Some(1)
            } else if groups == 0.0
                && current > 0
                && current < 100
                && matches!(last, "unit" | "teen" | "tens")
            {
                Some(current)
            } else {
                None
            };
            let number_agrees = match numerator {
                Some(1) => !w.ends_with('s'),
                Some(_) => w.ends_with('s'),
                None => false,
            };
            if let (Some(n), true) = (numerator, number_agrees) {
                value = n as f64 / den as f64;
                kind = SpelledKind::Fraction;
                end_atom = Some(a);
                break;
            }
            if a == 0 && w == "half" {
                value = 0.5;
                kind = SpelledKind::Fraction;
                end_atom = Some(0);
                // "half a million", "half a dozen"
                if word_at(1) == Some("a") {
                    if let Some(n) = word_at(2) {
                        if let Some(s) = scales.get(n).filter(|_| !n.ends_with('s')) {
                            value = 0.5 * 10f64.powi(s.power);
                            kind = SpelledKind::Cardinal;
                            largest_scale = Some(s.power);
                            end_atom = Some(2);
                        } else if n == "dozen" {
                            value = 6.0;
                            kind = SpelledKind::Cardinal;
                            end_atom = Some(2);
                        }
                    }
                }
                break;
            }
        }
        // An ordinal ends the number: "first", "twenty-first", "hundredth".
        if let Some(&ord) = words.ordinal.get(w) {
            let fits = !article
                && half == 0.0
                && (if ord < 10 {
                    current % 10 == 0
                } else {
                    current % 100 == 0
                });
            if fits && (a == 0 || current > 0 || groups > 0.0) {
                value = if ord >= 100 {
                    (groups + current.max(1) as f64) * ord as f64
                } else {
                    groups + current as f64 + ord as f64
                };
                kind = SpelledKind::Ordinal;
                end_atom = Some(a);
            }
        }
        break;
    }
    let end_atom = end_atom?;
    // The number must end on a token boundary.
    let last_atom = atoms[end_atom];
    if !last_atom.token_end || !value.is_finite() {
        return None;
    }
    Some(Spelled {
        end: last_atom.token + 1,
        value,
        kind,
        scale: largest_scale,
        article,
    })
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
    }

    #[test]
    fn vague_words_are_not_numbers() {
        assert_eq!(p("thousands of"), None);
        assert_eq!(p("million"), None);
        assert_eq!(p("dozens"), None);
        assert_eq!(p("a day"), None);
        assert_eq!(p("and"), None);
    }
}
