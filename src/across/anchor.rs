//! Anchors: who or what a figure is about, read from its document's text, so that
//! "Clinton has won 15.6 million votes" and "Stein won 470,000 votes" are two facts.
//!
//! A figure's anchor is a name in its own sentence, found by the first of [`ANCHOR_RULES`]
//! that gives one, reduced to its last word lowercased and without accents or marks
//! ([`normalise::speaker_word`]'s form): "Clinton", "Hillary Clinton" and "Mrs. Clinton" are
//! all `clinton`. A name word is a capitalised word that is not a function word, a sentence
//! starter or a month (`quote_function_words.txt`, `sentence_starters.txt`, `months.txt`);
//! the first word of a sentence is one only when the document also capitalises it inside a
//! sentence, or a name word follows it ("Asked if …", "Developers were …" are not names).
//! Each document is tokenized and split into sentences once, so the work is linear.

use std::sync::LazyLock;

use super::normalise;
use crate::lexicon::{self, FastSet};
use crate::sentences;
use crate::tokenize::{self, Token, TokenKind};

/// Lower-case function words: capitalised, not names, unless written in capitals ("US").
static FUNCTION_WORDS: LazyLock<FastSet<String>> = LazyLock::new(|| {
    lexicon::lowercase_set(include_str!("../../data/lexicons/quote_function_words.txt"))
});

/// Function words of class `other` (prepositions, conjunctions: "of", "in"), which can
/// introduce the name a figure is about after it; determiners ("the Stop Trump movement")
/// and pronouns cannot.
static LINKS: LazyLock<FastSet<String>> = LazyLock::new(|| {
    lexicon::entries(include_str!("../../data/lexicons/quote_function_words.txt"))
        .filter(|f| f.get(1) == Some(&"other"))
        .map(|f| f[0].to_lowercase())
        .collect()
});

/// Sentence starters and months: never names, in any case.
static NEVER_NAMES: LazyLock<FastSet<String>> = LazyLock::new(|| {
    let mut set: FastSet<String> =
        lexicon::lowercase_set(include_str!("../../data/lexicons/sentence_starters.txt"));
    set.extend(lexicon::lowercase_set::<Vec<String>>(include_str!(
        "../../data/lexicons/months.txt"
    )));
    set
});

/// One anchor rule: its name, what it reads, and the token index of the name word it finds.
pub type AnchorRule = (
    &'static str,
    &'static str,
    fn(&Sentence, usize, usize) -> Option<usize>,
);

/// The rules, in order: the first that finds a name word gives the anchor.
pub const ANCHOR_RULES: &[AnchorRule] = &[
    (
        "name_before",
        "the nearest name word before the figure in its sentence (the subject: 'Clinton has won')",
        name_before,
    ),
    (
        "name_after",
        "else the last word of the first name run after the figure that a preposition introduces ('15 million live in Greater Lagos')",
        name_after,
    ),
];

/// One document's tokens and one sentence's token range.
pub struct Sentence<'a> {
    text: &'a str,
    tokens: &'a [Token],
    start: usize,
    end: usize,
    /// Capitalised words the document writes inside a sentence, not only at its start.
    inner: &'a FastSet<&'a str>,
    /// The first word at or after `start` (it may lie past `end`).
    first_word: usize,
    /// What the rules read of the sentence, once `SentenceIndex::new` has run.
    index: Option<&'a SentenceIndex>,
}

impl Sentence<'_> {
    fn word(&self, i: usize) -> &str {
        self.tokens[i].span.text(self.text)
    }

    /// Is token `i` the first word of its sentence?
    fn opens(&self, i: usize) -> bool {
        // No word in `[start, i)`.
        self.first_word >= i
    }

    /// Is token `i` a word that names someone or something? A sentence's first word is one
    /// only when the document also writes it capitalised inside a sentence, when a name
    /// word follows it ("Jill Stein won") or when it is in capitals: "Asked if …",
    /// "Developers were …" are not names.
    fn is_name(&self, i: usize) -> bool {
        let t = &self.tokens[i];
        let word = self.word(i);
        if t.kind != TokenKind::Word || !word.chars().next().is_some_and(char::is_uppercase) {
            return false;
        }
        let lower = word.to_lowercase();
        let bare = lower.trim_end_matches('.');
        let capitals = word.chars().filter(|c| c.is_alphabetic()).count() >= 2
            && !word.chars().any(char::is_lowercase);
        if NEVER_NAMES.contains(bare) || (!capitals && FUNCTION_WORDS.contains(bare)) {
            return false;
        }
        !self.opens(i)
            || capitals
            || self.inner.contains(word)
            || (i + 1 < self.end && !self.opens(i + 1) && self.is_name(i + 1))
    }

    /// Is token `i` a lower-case linking word ("of", "in": [`LINKS`])?
    fn is_link(&self, i: usize) -> bool {
        let word = self.word(i);
        self.tokens[i].kind == TokenKind::Word
            && !word.chars().any(char::is_uppercase)
            && LINKS.contains(word)
    }
}

/// Capitalised words written after the first word of their sentence.
fn inner_capitals<'a>(text: &'a str, tokens: &[Token]) -> FastSet<&'a str> {
    let mut inner = FastSet::default();
    let mut sentence_of_last_word = None;
    for t in tokens.iter().filter(|t| t.kind == TokenKind::Word) {
        let word = t.span.text(text);
        if sentence_of_last_word == Some(t.sentence)
            && word.chars().next().is_some_and(char::is_uppercase)
        {
            inner.insert(word);
        }
        sentence_of_last_word = Some(t.sentence);
    }
    inner
}

/// The nearest name word before token `figure`.
fn name_before(s: &Sentence, figure: usize, _end: usize) -> Option<usize> {
    // `(s.start..figure).rev().find(|&i| s.is_name(i))`, read from the sentence's index.
    let index = s.index?;
    figure
        .checked_sub(1)
        .filter(|&i| i >= s.start)
        .and_then(|i| index.last_name.get(i - s.start).copied().flatten())
}

/// The last word of the first name run after token `end` that a linking word introduces
/// ("of Lagos", "in Greater Lagos"; not "five Republican primaries", "the Stop Trump
/// movement").
fn name_after(s: &Sentence, _figure: usize, end: usize) -> Option<usize> {
    // `(end + 1..s.end).find(|&i| s.is_name(i) && s.is_link(i - 1))`, then the run of names
    // from there, read from the sentence's index.
    let index = s.index?;
    let from = end + 1;
    if from >= s.end {
        return None;
    }
    let first = index.next_linked.get(from - s.start).copied().flatten()?;
    index.run_end.get(first - s.start).copied()
}

/// What the anchor rules read of one sentence, computed once for all its figures (each
/// figure's own scan of its sentence would be quadratic in a long sentence with many
/// figures). Positions are token indices; the vectors run over `[start, end)`.
pub struct SentenceIndex {
    /// The last name at or before each token.
    last_name: Vec<Option<usize>>,
    /// The first name after a link word at or after each token.
    next_linked: Vec<Option<usize>>,
    /// The last name of the run of names starting at each token.
    run_end: Vec<usize>,
}

impl SentenceIndex {
    fn new(s: &Sentence) -> Self {
        let n = s.end - s.start;
        let name: Vec<bool> = (s.start..s.end).map(|i| s.is_name(i)).collect();
        let mut last_name = Vec::with_capacity(n);
        let mut last = None;
        for (j, &is) in name.iter().enumerate() {
            if is {
                last = Some(s.start + j);
            }
            last_name.push(last);
        }
        let mut next_linked = vec![None; n];
        let mut run_end = vec![0; n];
        let mut next = None;
        let mut run = 0;
        for j in (0..n).rev() {
            let i = s.start + j;
            if name[j] && i > 0 && s.is_link(i - 1) {
                next = Some(i);
            }
            next_linked[j] = next;
            if !name[j] || j + 1 == n || !name[j + 1] {
                run = i;
            }
            run_end[j] = run;
        }
        SentenceIndex {
            last_name,
            next_linked,
            run_end,
        }
    }
}

/// The anchor of each figure of one text, given as byte spans.
pub fn anchors(text: &str, figures: &[(usize, usize)]) -> Vec<Option<String>> {
    let mut tokens = tokenize::tokenize(text);
    let split = sentences::split(text, &mut tokens);
    let inner = inner_capitals(text, &tokens);
    // The first word at or after each token, and each sentence's index, built once: a figure
    // reads its sentence from them in constant time.
    let mut next_word = vec![tokens.len(); tokens.len() + 1];
    for k in (0..tokens.len()).rev() {
        next_word[k] = if tokens[k].kind == TokenKind::Word {
            k
        } else {
            next_word[k + 1]
        };
    }
    let mut indexes: std::collections::HashMap<(usize, usize), SentenceIndex> =
        std::collections::HashMap::new();
    figures
        .iter()
        .map(|&(start, end)| {
            let first = tokens.partition_point(|t| t.span.start() < start);
            let after = tokens.partition_point(|t| t.span.start() < end);
            let at = first.min(tokens.len().checked_sub(1)?);
            let sentence = split.get(tokens[at].sentence as usize)?;
            let (s_start, s_end) = (
                sentence.token_start.min(first),
                sentence.token_end.max(after),
            );
            let s = Sentence {
                text,
                tokens: &tokens,
                start: s_start,
                end: s_end,
                inner: &inner,
                first_word: next_word[s_start],
                index: None,
            };
            let index = indexes
                .entry((s_start, s_end))
                .or_insert_with(|| SentenceIndex::new(&s));
            let s = Sentence {
                index: Some(index),
                ..s
            };
            let word = ANCHOR_RULES
                .iter()
                .find_map(|(_, _, rule)| rule(&s, first, after))?;
            normalise::last_word(tokens[word].span.text(text))
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn anchor_of(text: &str, figure: &str) -> Option<String> {
        let start = text.find(figure).unwrap();
        anchors(text, &[(start, start + figure.len())])
            .pop()
            .unwrap()
    }

    #[test]
    fn the_name_before_the_figure_is_its_anchor() {
        assert_eq!(
            anchor_of(
                "Clinton has won 15.6 million votes, a Clinton aide said.",
                "15.6 million"
            ),
            Some("clinton".into())
        );
        assert_eq!(
            anchor_of(
                "In a late count, Mrs. Clinton’s campaign won 15.6 million votes.",
                "15.6 million"
            ),
            Some("clinton".into())
        );
        assert_eq!(
            anchor_of("Jill Stein won 470,000 votes. Clinton won more.", "470,000"),
            Some("stein".into())
        );
    }

    #[test]
    fn a_capitalised_first_word_is_a_name_only_with_evidence() {
        for (text, figure) in [
            ("Clinton has won 15.6 million votes.", "15.6 million"),
            (
                "Asked if it was legal, 46 percent of voters said yes.",
                "46",
            ),
            ("Developers built 550 homes on the course.", "550"),
            ("Only 3 candidates won five Republican primaries.", "3"),
            (
                "Here are three reasons the Stop Trump movement failed.",
                "three",
            ),
        ] {
            assert_eq!(anchor_of(text, figure), None, "{text}");
        }
    }

    #[test]
    fn a_name_after_the_figure_is_read_when_none_comes_before() {
        assert_eq!(
            anchor_of(
                "About 15 million people live in Greater Lagos.",
                "15 million"
            ),
            Some("lagos".into())
        );
        assert_eq!(
            anchor_of(
                "Overall, 15 million people voted. Lagos is big.",
                "15 million"
            ),
            None
        );
    }

    #[test]
    fn function_words_and_months_are_not_names() {
        assert_eq!(
            anchor_of(
                "The agency said in March that 605,000 people left.",
                "605,000"
            ),
            None
        );
        assert_eq!(
            anchor_of("The US has 330 million people.", "330 million"),
            Some("us".into())
        );
        for rule in ANCHOR_RULES {
            assert!(!rule.0.is_empty() && !rule.1.is_empty());
        }
    }
}
