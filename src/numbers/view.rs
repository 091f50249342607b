//! A read-only view of the tokens with the per-token facts every rule asks for.
//!
//! The rules look at the same few properties of each token many times (its lowercase form,
//! whether it is glued to the one before, whether it is capitalized, its sentence, a number's
//! shape), so the view reads them from the document's [`TokenFacts`], computed once by the
//! pipeline, and answers the rest from the token. Out-of-range indices answer "nothing there"
//! instead of panicking, which keeps the rules free of bounds checks.

use std::borrow::Cow;
use std::cell::Cell;

use crate::facts::{Chunks, NumberShape, TokenFacts};
use crate::span::Span;
use crate::tokenize::{Token, TokenKind, Whitespace};

pub struct View<'a> {
    pub text: &'a str,
    pub tokens: &'a [Token],
    /// The document's token facts (lowercase forms, capitals, sentences, number shapes).
    facts: &'a TokenFacts,
    /// Each token's lowercase normalized form, read from the facts on the first ask and kept
    /// (`None`: not asked yet). Filled on demand, not for the whole document: the per-token
    /// prefilter (`numbers::plain_word_cannot_start`) turns most words away on their bytes as
    /// written, so only the tokens a rule reads, near the few that may start a figure, are
    /// ever looked up.
    lows: Vec<Cell<Option<&'a str>>>,
    /// The last head-noun question and its answer (`usize::MAX`: none asked yet): the scanner,
    /// the extensions and the context ask it of the same token for one figure.
    head_asked: Cell<(usize, Option<usize>)>,
    /// The last qualifier question (`context::qualifier_before`) and its answer
    /// (`usize::MAX`: none asked yet).
    qualifier_asked: Cell<(usize, Option<Qualifier>)>,
}

/// A qualifier before a figure: its token range and whether it approximates.
type Qualifier = (usize, usize, bool);

impl<'a> View<'a> {
    /// A view that computes its own facts (tests only: the facts are leaked, so that the view
    /// can borrow its lowercase forms from them as it does from the pipeline's).
    #[cfg(test)]
    pub fn new(
        text: &'a str,
        tokens: &'a [Token],
        sentences: &[crate::sentences::Sentence],
    ) -> Self {
        let facts = Box::leak(Box::new(TokenFacts::with_sentences(
            text, tokens, sentences,
        )));
        Self::with_facts(text, tokens, facts)
    }

    /// A view over the facts the pipeline computed once for the document.
    pub fn with_facts(text: &'a str, tokens: &'a [Token], facts: &'a TokenFacts) -> Self {
        View {
            text,
            tokens,
            facts,
            lows: std::iter::repeat_with(|| Cell::new(None))
                .take(tokens.len())
                .collect(),
            head_asked: Cell::new((usize::MAX, None)),
            qualifier_asked: Cell::new((usize::MAX, None)),
        }
    }

    /// The head noun of the counted-noun phrase starting at token `k`
    /// (`facts::counted_noun`), remembered for the last `k` asked.
    pub fn head_noun_at(&self, k: usize) -> Option<usize> {
        let (asked, answer) = self.head_asked.get();
        if asked == k {
            return answer;
        }
        let answer = <Self as crate::facts::CountedNp>::head_noun(self, k);
        self.head_asked.set((k, answer));
        answer
    }

    /// The answer of `read` for the figure starting at token `start`, remembered for the last
    /// `start` asked (`read` must depend on the view and `start` only).
    pub fn remembered_qualifier(
        &self,
        start: usize,
        read: impl FnOnce() -> Option<Qualifier>,
    ) -> Option<Qualifier> {
        let (asked, answer) = self.qualifier_asked.get();
        if asked == start {
            return answer;
        }
        let answer = read();
        self.qualifier_asked.set((start, answer));
        answer
    }

    /// The shape of number token `i` with its parsed parts (`None`: not a number token).
    #[inline]
    pub fn number_shape(&self, i: usize) -> Option<&NumberShape> {
        self.facts.number_shape(i)
    }

    #[inline]
    pub fn len(&self) -> usize {
        self.tokens.len()
    }

    /// The token's text as written ("" past the end).
    #[inline]
    pub fn raw(&self, i: usize) -> &'a str {
        self.tokens.get(i).map_or("", |t| t.span.text(self.text))
    }

    /// The document's shallow-syntax pass (computed once, shared with the quote stage).
    #[inline]
    pub fn chunks(&self) -> Chunks<'_> {
        self.facts.chunks(self.text, self.tokens)
    }

    /// The normalized form (NFKC, dashes and quotes folded).
    #[inline]
    pub fn norm(&self, i: usize) -> &str {
        self.tokens.get(i).map_or("", |t| t.norm(self.text))
    }

    /// The lowercase normalized form ("" past the end).
    #[inline]
    pub fn low(&self, i: usize) -> &'a str {
        match self.lows.get(i) {
            Some(kept) => kept.get().unwrap_or_else(|| self.read_low(i, kept)),
            None => "",
        }
    }

    /// [`Self::low`]'s first ask of token `i` (in range): the facts' lowercase form, else the
    /// token's normalized form, kept in `kept`.
    #[inline(never)]
    fn read_low(&self, i: usize, kept: &Cell<Option<&'a str>>) -> &'a str {
        let facts: &'a TokenFacts = self.facts;
        let form = facts.lower(i, self.tokens[i].norm(self.text));
        kept.set(Some(form));
        form
    }

    #[inline]
    pub fn kind(&self, i: usize) -> Option<TokenKind> {
        self.tokens.get(i).map(|t| t.kind)
    }

    #[inline]
    pub fn is(&self, i: usize, kind: TokenKind) -> bool {
        self.kind(i) == Some(kind)
    }

    #[inline]
    pub fn is_word(&self, i: usize) -> bool {
        self.is(i, TokenKind::Word)
    }

    /// True when token `i` follows token `i - 1` with no whitespace between.
    pub fn glued(&self, i: usize) -> bool {
        self.tokens
            .get(i)
            .is_some_and(|t| t.ws_before == Whitespace::None)
            && i > 0
    }

    /// True when token `i` opens a line (the first token, or one after a line break).
    pub fn opens_line(&self, i: usize) -> bool {
        i == 0
            || self
                .tokens
                .get(i)
                .is_some_and(|t| matches!(t.ws_before, Whitespace::Line | Whitespace::Paragraph))
    }

    /// True when the two tokens exist and are in the same sentence.
    pub fn same_sentence(&self, i: usize, j: usize) -> bool {
        match (self.tokens.get(i), self.tokens.get(j)) {
            (Some(a), Some(b)) => a.sentence == b.sentence,
            _ => false,
        }
    }

    /// The token range `[start, end)` of the sentence holding token `i`.
    pub fn sentence_of(&self, i: usize) -> (usize, usize) {
        self.tokens
            .get(i)
            .and_then(|t| self.facts.sentence_range(t.sentence))
            .filter(|&(s, e)| s <= i && i < e)
            .unwrap_or((0, self.tokens.len()))
    }

    /// True when the text has no capital letter at all: lower-cased whole ("the ftse 100
    /// fell"), where names cannot be told by their case.
    pub fn case_lost(&self) -> bool {
        self.facts.case_lost()
    }

    /// True when token `i` opens its sentence (ignoring opening quotes and brackets).
    pub fn sentence_initial(&self, i: usize) -> bool {
        let (s, _) = self.sentence_of(i);
        (s..i).all(|j| {
            matches!(
                self.kind(j),
                Some(TokenKind::Quote | TokenKind::Punct | TokenKind::Bullet)
            )
        })
    }

    /// True when the token starts with an upper-case letter.
    #[inline]
    pub fn capitalized(&self, i: usize) -> bool {
        self.facts.capitalized(i)
    }

    /// True when every letter in the token is lower-case (and it has one).
    #[inline]
    pub fn lowercase_word(&self, i: usize) -> bool {
        self.is_word(i) && !self.facts.has_upper(i)
    }

    #[inline]
    pub fn span(&self, i: usize) -> Span {
        self.tokens.get(i).map_or(Span::default(), |t| t.span)
    }

    /// The byte span from the start of token `i` to the end of token `j - 1`.
    pub fn span_of(&self, i: usize, j: usize) -> Span {
        Span::new(
            self.span(i).start(),
            self.span(j.saturating_sub(1).max(i)).end(),
        )
    }

    /// Lowercase forms of tokens `[i, j)` joined as written: a space where the text has
    /// whitespace, nothing where the tokens are glued ("per cent", "km/h"). One token is
    /// borrowed, not copied (the unit and qualifier look-ups ask mostly for one).
    pub fn joined_lower(&self, i: usize, j: usize) -> Cow<'_, str> {
        if j == i + 1 {
            return Cow::Borrowed(self.low(i));
        }
        let mut s = String::with_capacity(self.joined_capacity(i, j));
        for k in i..j.min(self.len()) {
            if k > i && !self.glued(k) {
                s.push(' ');
            }
            s.push_str(self.low(k));
        }
        Cow::Owned(s)
    }

    /// Room for tokens `[i, j)` joined: their bytes as written plus a little for forms that
    /// lower-case or normalize longer, so that the join allocates once.
    fn joined_capacity(&self, i: usize, j: usize) -> usize {
        self.span_of(i, j).len() + 8
    }

    /// Like [`Self::joined_lower`] but with the normalized case kept.
    pub fn joined_norm(&self, i: usize, j: usize) -> Cow<'_, str> {
        if j == i + 1 {
            return Cow::Borrowed(self.norm(i));
        }
        let mut s = String::with_capacity(self.joined_capacity(i, j));
        for k in i..j.min(self.len()) {
            if k > i && !self.glued(k) {
                s.push(' ');
            }
            s.push_str(self.norm(k));
        }
        Cow::Owned(s)
    }
}

/// Every prefix (at a character boundary) of the keys of a lexicon of multi-token surfaces,
/// for turning away a window before its tokens are joined: a surface that starts at token
/// `j` starts with `j`'s form, so a form that is no key's prefix opens no surface.
pub struct KeyPrefixes(super::lexicons::HashSet<String>);

impl KeyPrefixes {
    pub fn of<'k>(keys: impl Iterator<Item = &'k str>) -> Self {
        let mut set = super::lexicons::HashSet::default();
        for key in keys {
            for (k, _) in key.char_indices().skip(1) {
                set.insert(key[..k].to_string());
            }
            set.insert(key.to_string());
        }
        KeyPrefixes(set)
    }

    /// True when some key starts with `form` (never for the empty form).
    #[inline]
    pub fn opens(&self, form: &str) -> bool {
        !form.is_empty() && self.0.contains(form)
    }
}

/// The view is a noun-phrase reader of the facts layer: the number stage reads the
/// counted-noun phrase (`facts::counted_noun`) through it.
impl crate::facts::NpReader for View<'_> {
    fn text(&self) -> &str {
        self.text
    }

    fn tokens(&self) -> &[Token] {
        self.tokens
    }

    fn facts(&self) -> &TokenFacts {
        self.facts
    }

    fn info(&self, i: usize) -> crate::quotes::lexicons::WordInfo {
        self.chunks().word_info(i)
    }
}

#[cfg(test)]
mod tests {
    use super::KeyPrefixes;

    #[test]
    fn the_remembered_head_noun_is_the_one_read_afresh() {
        use crate::facts::CountedNp;
        let text =
            "Police seized 14 tonnes of cocaine and 605,000 new homes a year, 3 big red cars.";
        let mut tokens = crate::tokenize::tokenize(text);
        let sentences = crate::sentences::split(text, &mut tokens);
        let v = super::View::new(text, &tokens, &sentences);
        let fresh: Vec<_> = (0..v.len() + 1)
            .map(|k| CountedNp::head_noun(&v, k))
            .collect();
        assert!(fresh.iter().any(Option::is_some));
        // Asked again, alternately and out of order.
        for k in (0..v.len() + 1)
            .chain((0..v.len() + 1).rev())
            .chain([3, 3, 8, 3])
        {
            assert_eq!(v.head_noun_at(k), fresh[k], "token {k}");
        }
    }

    #[test]
    fn the_kept_lowercase_forms_are_the_ones_read_from_the_facts() {
        let text = "ÉTAT said “Five” ＵＳ$３ billion, ½ of CO2 in the U.S. — ﬁne x² café MPs.";
        let mut tokens = crate::tokenize::tokenize(text);
        let facts = crate::facts::TokenFacts::new(text, &tokens);
        let sentences = crate::sentences::split_with_facts(text, &mut tokens, &facts);
        let facts = crate::facts::TokenFacts::with_sentences(text, &tokens, &sentences);
        let v = super::View::with_facts(text, &tokens, &facts);
        // The general read: the facts' lowercase form, else the token's normalized form.
        let read = |i: usize| {
            facts
                .lower_if_differs(i)
                .unwrap_or_else(|| tokens.get(i).map_or("", |t| t.norm(text)))
        };
        assert!((0..v.len()).any(|i| facts.lower_if_differs(i).is_some()));
        // Read on the first ask and kept: asked backwards, then again forwards.
        for i in (0..v.len() + 3).rev().chain(0..v.len() + 3) {
            assert_eq!(v.low(i), read(i), "token {i}");
        }
        assert_eq!(v.low(v.len()), "");
    }

    /// [`TokenFacts::lower_forms`] (one pass, the stored forms read in order) against the
    /// general read at each token on fixed-seed random text with capitals, NFKC and
    /// non-ASCII forms, curly quotes and glued tokens (`src/test_text.rs`).
    #[test]
    fn the_lowercase_forms_in_one_pass_are_the_general_read_on_random_text() {
        let vocabulary = [
            "ÉTAT",
            "said",
            "“",
            "Five",
            "”",
            "ＵＳ$３",
            "billion",
            ",",
            "½",
            "CO2",
            "U.S.",
            "—",
            "ﬁne",
            "x²",
            "café",
            "MPs",
            "The",
            "the",
            "İstanbul",
            "Mr",
            "'s",
            "’",
            "ǅ",
            "AbCdEfGhIjK",
            "lowercase",
            "é",
            "ẞ",
            "\u{301}",
        ];
        let gaps = crate::test_text::draw(6, 3000, &["", " ", " ", "\n", "-"]);
        let text: String = crate::test_text::draw(5, 3000, &vocabulary)
            .zip(gaps)
            .flat_map(|(w, g)| [w, g])
            .collect();
        let tokens = crate::tokenize::tokenize(&text);
        let facts = crate::facts::TokenFacts::new(&text, &tokens);
        let forms = facts.lower_forms(&text, &tokens);
        assert_eq!(forms.len(), tokens.len());
        let mut stored = 0;
        for (i, t) in tokens.iter().enumerate() {
            let read = facts.lower_if_differs(i).unwrap_or_else(|| t.norm(&text));
            assert_eq!(forms[i], read, "token {i}");
            stored += usize::from(facts.lower_if_differs(i).is_some());
        }
        assert!(stored > 500, "{stored} stored forms");
        // Tokens past the facts' end (none in the pipeline) read their normalized form.
        let fewer = crate::facts::TokenFacts::new(&text, &tokens[..10]);
        let forms = fewer.lower_forms(&text, &tokens);
        for (i, t) in tokens.iter().enumerate() {
            let read = fewer.lower_if_differs(i).unwrap_or_else(|| t.norm(&text));
            assert_eq!(forms[i], read, "token {i}");
        }
    }

    #[test]
    fn key_prefixes_open_only_what_a_key_starts_with() {
        let p = KeyPrefixes::of(["per cent", "km/h", "°c"].into_iter());
        for form in ["per", "per cent", "km", "km/", "°", "°c"] {
            assert!(p.opens(form), "{form}");
        }
        for form in ["", "cent", "kmh", "percent", "c"] {
            assert!(!p.opens(form), "{form}");
        }
    }
}
