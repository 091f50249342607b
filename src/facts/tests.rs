use super::*;
use crate::sentences;
use crate::tokenize::tokenize;

fn facts(text: &str) -> (Vec<Token>, TokenFacts) {
    let mut tokens = tokenize(text);
    let sents = sentences::split(text, &mut tokens);
    let f = TokenFacts::with_sentences(text, &tokens, &sents);
    (tokens, f)
}

fn index(text: &str, tokens: &[Token], word: &str) -> usize {
    tokens
        .iter()
        .position(|t| t.span.text(text) == word)
        .unwrap_or_else(|| panic!("no token {word:?}"))
}

#[test]
fn lowercase_forms_and_capitals() {
    let text = "Mayor ÉLODIE Brant met the BOARD.";
    let (tokens, f) = facts(text);
    let mayor = index(text, &tokens, "Mayor");
    let elodie = index(text, &tokens, "ÉLODIE");
    let met = index(text, &tokens, "met");
    assert_eq!(f.lower(mayor, "Mayor"), "mayor");
    assert_eq!(f.lower(elodie, "ÉLODIE"), "élodie");
    assert_eq!(f.lower_if_differs(met), None);
    assert!(f.capitalized(mayor) && f.capitalized(elodie) && !f.capitalized(met));
    assert!(f.has_upper(index(text, &tokens, "BOARD")) && !f.has_upper(met));
    assert!(!f.case_lost());
    let (_, lost) = facts("the council met on tuesday.");
    assert!(lost.case_lost());
}

#[test]
fn one_definition_of_paragraph() {
    // A blank line and a line that ends a sentence start paragraphs; a hard wrap mid-sentence
    // (the next line starting lower-case) does not.
    let text = "First line ends here.\nSecond starts and runs\non to a wrap.\n\nThird.";
    let (tokens, f) = facts(text);
    let second = index(text, &tokens, "Second");
    let on = index(text, &tokens, "on");
    let third = index(text, &tokens, "Third");
    assert!(f.starts_paragraph(0) && f.starts_paragraph(second) && f.starts_paragraph(third));
    assert!(!f.starts_paragraph(on));
    assert_eq!(f.paragraph_of(on), 1);
    assert_eq!(f.paragraph_start(on), second);
    assert_eq!(f.paragraph_of(third), 2);
    for i in 0..tokens.len() {
        assert_eq!(
            f.starts_paragraph(i),
            starts_paragraph(text, &tokens, i),
            "token {i}"
        );
    }
}

#[test]
fn abbreviations_and_sentences() {
    let text = "Dr. Vance joined Kestrel Inc. in May. She left.";
    let (tokens, f) = facts(text);
    assert_eq!(f.abbreviation(0), Some(AbbrevClass::Title));
    assert_eq!(f.abbreviation(index(text, &tokens, "Vance")), None);
    let she = index(text, &tokens, "She");
    assert_eq!(f.sentence(0), Some(0));
    assert_eq!(f.sentence(she), Some(1));
    assert_eq!(f.sentence_range(1), Some((she, tokens.len())));
}

#[test]
fn number_shapes_with_their_parts() {
    let cases: &[(&str, NumberShape)] = &[
        ("605,000", NumberShape::Plain),
        ("1990s", NumberShape::Decade(Some(1990))),
        ("'80s", NumberShape::Decade(Some(1980))),
        ("'20s", NumberShape::Decade(Some(2020))),
        ("21st", NumberShape::Ordinal(Some(21.0))),
        ("3:30", NumberShape::Colon(Some((3, 30, true)))),
        ("2:1", NumberShape::Colon(Some((2, 1, false)))),
        ("3/4", NumberShape::Fraction(0.75)),
        ("2011/12", NumberShape::YearSpan(2011, 2012)),
        ("1998-2001", NumberShape::YearSpan(1998, 2001)),
        ("5-10", NumberShape::Pair { at: 1 }),
        ("12/345", NumberShape::Other),
        (
            "25/12/2024",
            NumberShape::Date {
                year: 2024,
                month_day: Some((12, 25)),
            },
        ),
        (
            "05/06/2024",
            NumberShape::Date {
                year: 2024,
                month_day: None,
            },
        ),
    ];
    for (form, shape) in cases {
        let text = format!("It was {form} then.");
        let (tokens, f) = facts(&text);
        let i = index(&text, &tokens, form);
        assert_eq!(f.number_shape(i), Some(shape), "{form}");
    }
    let text = "The 5-10 range.";
    let (tokens, f) = facts(text);
    let i = index(text, &tokens, "5-10");
    let sides = f.number_shape(i).and_then(|s| s.pair_sides("5-10"));
    assert_eq!(sides, Some(("5", "10")));
    assert_eq!(f.number_shape(index(text, &tokens, "range")), None);
}

#[test]
fn one_ordinal_suffix_list() {
    assert_eq!(strip_ordinal_suffix("42nd"), Some("42"));
    assert_eq!(strip_ordinal_suffix("3rd"), Some("3"));
    assert_eq!(strip_ordinal_suffix("first"), Some("fir"));
    assert_eq!(strip_ordinal_suffix("40"), None);
}

#[test]
fn past_the_end_answers_nothing() {
    let (_, f) = facts("Short.");
    assert_eq!(f.lower(9, ""), "");
    assert!(!f.capitalized(9) && !f.starts_paragraph(9));
    assert_eq!(f.abbreviation(9), None);
    assert_eq!(f.number_shape(9), None);
    assert_eq!(f.sentence(9), None);
    let (_, empty) = facts("");
    assert!(empty.is_empty() && empty.case_lost());
    assert_eq!(empty.paragraph_of(0), 0);
}

#[test]
fn sentences_read_the_abbreviation_classes_from_the_facts() {
    // The sentence stage reads each word's abbreviation class from the facts built right after
    // tokenizing; it splits exactly as when it looks the classes up itself.
    let text =
        "Gov. Reyes met Albert I. Tamm and Dr. Ola Finch of Brix Corp. in the U.S. on Friday. \
                She said it was Plan B. Mr. Tamm agreed. Prices rose 5 p.c. Then J. R. Hale left.";
    let mut looked_up = tokenize(text);
    let by_lookup = sentences::split(text, &mut looked_up);
    let mut tokens = tokenize(text);
    let mut f = TokenFacts::new(text, &tokens);
    let by_facts = sentences::split_with_facts(text, &mut tokens, &f);
    f.set_sentences(&tokens, &by_facts);
    assert_eq!(by_facts, by_lookup);
    assert!(by_facts.len() >= 4, "{by_facts:?}");
    let gov = index(text, &tokens, "Gov.");
    assert_eq!(f.abbreviation(gov), Some(AbbrevClass::Title));
    assert_eq!(f.sentence(index(text, &tokens, "She")), Some(1));
    let sents = sentences::split(text, &mut looked_up);
    assert_eq!(
        TokenFacts::with_sentences(text, &looked_up, &sents).sentence(gov),
        Some(0)
    );
}

#[test]
fn ascii_capitals_in_one_pass_agree_with_caps_of() {
    for w in [
        "Cole", "NASA", "iPhone", "said", "x1", "U.S.", "", "McDONALD",
    ] {
        assert_eq!(ascii_caps(w), Some(caps_of(w)), "{w:?}");
    }
    assert_eq!(ascii_caps("Ångström"), None);
    assert_eq!(ascii_caps("café"), None);
    // The one-pass path and the general one give the same lowercase forms.
    let (tokens, f) = facts("Ann COLE met Zoë Ångström in Oslo.");
    let lows: Vec<&str> = (0..tokens.len()).map(|i| f.lower(i, "")).collect();
    assert_eq!(lows[..6], ["ann", "cole", "", "zoë", "ångström", ""]);
    assert_eq!(f.lower(6, "Oslo"), "oslo");
}

#[test]
fn capitals_read_as_one_word_agree_with_the_byte_loop() {
    // Tokens of 1 to 8 bytes are read as one word when 8 bytes of text follow their start;
    // the rest (at the end of the text, longer, non-ASCII) take the byte loop.
    let text = "a Z @ [ ` { Cole NASA iPhone said x1 U.S. McDONALD AbcdefgH abcdefgh Ångström end";
    let tokens = crate::tokenize::tokenize(text);
    assert!(tokens.len() > 15);
    for t in &tokens {
        let raw = t.span.text(text);
        assert_eq!(ascii_caps_at(text, t), ascii_caps(raw), "{raw:?}");
    }
    assert_eq!(
        ascii_caps_word(u64::from_le_bytes(*b"AbcdefgH")),
        Some(CAP_FIRST | ANY_UPPER)
    );
    assert_eq!(
        ascii_caps_word(u64::from_le_bytes(*b"abcdefgZ")),
        Some(ANY_UPPER)
    );
    assert_eq!(ascii_caps_word(u64::from_le_bytes(*b"@[`{abcd")), Some(0));
}

#[test]
fn an_ing_modifier_before_a_plural_is_read_past_to_the_head() {
    let text = "They own 90 public housing flats and 20 rooms during talks.";
    let (tokens, f) = facts(text);
    let c = f.chunks(text, &tokens);
    let public = index(text, &tokens, "public");
    let housing = index(text, &tokens, "housing");
    assert_eq!(c.counted_noun(public), Some(index(text, &tokens, "flats")));
    assert!(c.gerund_modifier(housing));
    // Not an "-ing" preposition, and not the first word of the phrase's unit.
    assert!(!c.gerund_modifier(index(text, &tokens, "during")));
    assert_eq!(
        c.counted_noun(index(text, &tokens, "rooms")),
        Some(index(text, &tokens, "rooms"))
    );
}

type GeneralFacts = (
    Option<String>,
    u8,
    bool,
    Option<AbbrevClass>,
    Option<NumberShape>,
);

/// The facts of one token read alone, by the general definitions [`TokenFacts::new`] stands
/// for: the lowercase of the normalized form (kept only when it has a capital), the capitals of the
/// raw text, [`starts_paragraph`], [`abbreviation_class`] and [`NumberShape::of`].
fn general_facts(text: &str, tokens: &[Token], i: usize) -> GeneralFacts {
    let t = &tokens[i];
    let norm = t.norm(text);
    // Stored when the normalized form has an upper-case letter.
    let low = norm
        .chars()
        .any(char::is_uppercase)
        .then(|| norm.to_lowercase());
    let shape = (t.kind == TokenKind::Number)
        .then(|| NumberShape::of(norm, low.as_deref().unwrap_or(norm)));
    let abbrev = (t.kind == TokenKind::Word)
        .then(|| abbreviation_class(t.span.text(text)))
        .flatten();
    (
        low,
        caps_of(t.span.text(text)),
        starts_paragraph(text, tokens, i),
        abbrev,
        shape,
    )
}

#[test]
fn facts_in_one_collect_agree_with_each_token_read_alone() {
    let pieces = [
        "Mayor",
        "said",
        "NASA",
        "U.S.",
        "Dr.",
        "J.",
        "e.g.",
        "3.5",
        "1,200",
        "12th",
        "£4m",
        "“",
        "”",
        "—",
        "ÉLODIE",
        "Zoë",
        "ẞ",
        "İstanbul",
        "ﬁne",
        "Ⅻ",
        "²",
        "e\u{301}",
        "x1",
        "$",
        ".",
        "?",
        "...",
        "'s",
        "well-known",
        "Mid-March",
        "2024-25",
        "iPhone",
        "McDONALD",
    ];
    let gaps = [" ", " ", " ", " ", "\n", "\n\n", "", " \r\n"];
    for seed in 0..60 {
        let words: Vec<&str> = crate::test_text::draw(seed, 200, &pieces).collect();
        let spaces: Vec<&str> = crate::test_text::draw(seed + 500, 200, &gaps).collect();
        let text: String = words
            .iter()
            .zip(&spaces)
            .flat_map(|(w, g)| [*w, *g])
            .collect();
        let tokens = tokenize(&text);
        let f = TokenFacts::new(&text, &tokens);
        assert_eq!(f.len(), tokens.len());
        for i in 0..tokens.len() {
            let (low, caps, para, abbrev, shape) = general_facts(&text, &tokens, i);
            let at = format!("seed {seed} token {i} {:?}", tokens[i].span.text(&text));
            assert_eq!(f.lower_if_differs(i).map(str::to_string), low, "{at}");
            assert_eq!(f.capitalized(i), caps & CAP_FIRST != 0, "{at}");
            assert_eq!(f.has_upper(i), caps & ANY_UPPER != 0, "{at}");
            assert_eq!(f.starts_paragraph(i), para, "{at}");
            assert_eq!(f.abbreviation(i), abbrev, "{at}");
            assert_eq!(
                f.number_shape(i).map(|s| format!("{s:?}")),
                shape.map(|s| format!("{s:?}")),
                "{at}"
            );
        }
    }
}

/// `Chunks::is_verb` (the verb pre-test, then the tag) answers `tag(i) == Chunk::Verb` for
/// every token: invented sentences and 200 random ones of verb-group words, modals, adverbs,
/// function words, names and punctuation, each asked on fresh facts (no sentence tagged yet)
/// and after the tags exist.
#[test]
fn is_verb_agrees_with_the_tag_on_every_token() {
    let mut texts: Vec<String> = [
        "The mayor will rebuild the city, he said. She has also repeatedly told them that.",
        "Quickly, the report that was deported should not go; \"We do,\" Ann's aide said.",
        "In Ames, Iowa, on Sunday, Clinton told voters he would quickly act.",
    ]
    .map(String::from)
    .to_vec();
    let pieces = [
        "will",
        "can",
        "has",
        "also",
        "repeatedly",
        "quickly",
        "said",
        "told",
        "the",
        "a",
        "his",
        "that",
        "which",
        "report",
        "rebuild",
        "deported",
        "Smith",
        "He",
        "he",
        "them",
        "of",
        "and",
        ",",
        ".",
        "'s",
        "\"",
        ";",
        "runs",
        "city",
        "10",
        "$5",
        "not",
        "do",
        "should",
        "Said",
        "Will",
        "were",
        "only",
        "very",
        "Only",
        "warning",
        "is",
        "to",
        "may",
    ];
    for seed in 0..200 {
        let words: Vec<&str> = crate::test_text::draw(seed, 40, &pieces).collect();
        texts.push(words.join(" "));
    }
    let mut verbs = 0;
    for text in &texts {
        let (tokens, fresh) = facts(text);
        let (_, tagged) = facts(text);
        let (a, b) = (fresh.chunks(text, &tokens), tagged.chunks(text, &tokens));
        for i in 0..=tokens.len() {
            let want = b.tag(i) == Chunk::Verb;
            assert_eq!(a.is_verb(i), want, "{text:?} token {i}");
            assert_eq!(b.is_verb(i), want, "{text:?} token {i}");
            verbs += usize::from(want);
        }
    }
    assert!(verbs > 500, "{verbs}");
}
