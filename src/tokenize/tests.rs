use super::*;

fn toks(text: &str) -> Vec<(&str, &'static str)> {
    tokenize(text)
        .into_iter()
        .map(|t| (t.span.text(text), t.kind.as_str()))
        .collect()
}

fn texts(text: &str) -> Vec<&str> {
    tokenize(text)
        .into_iter()
        .map(|t| t.span.text(text))
        .collect()
}

#[test]
fn abbreviations_and_initials_keep_their_period() {
    assert_eq!(
        texts("The U.S. and Dr. Brown met in Jan. with Gen. Lee."),
        vec!["The", "U.S.", "and", "Dr.", "Brown", "met", "in", "Jan.", "with", "Gen.", "Lee", "."]
    );
    assert_eq!(
        texts("J.R.R. Tolkien and J. Smith"),
        vec!["J.R.R.", "Tolkien", "and", "J.", "Smith"]
    );
    assert_eq!(
        texts("at 3 a.m. or e.g. later"),
        vec!["at", "3", "a.m.", "or", "e.g.", "later"]
    );
}

#[test]
fn sentence_final_period_is_punct() {
    assert_eq!(texts("He left."), vec!["He", "left", "."]);
    assert_eq!(texts("entered the US."), vec!["entered", "the", "US", "."]);
}

#[test]
fn glued_sentences_split_but_domains_do_not() {
    assert_eq!(
        texts("the end.The next"),
        vec!["the", "end", ".", "The", "next"]
    );
    assert_eq!(
        toks("Visit Amazon.com now"),
        vec![("Visit", "word"), ("Amazon.com", "url"), ("now", "word")]
    );
    assert_eq!(
        toks("bbc.co.uk."),
        vec![("bbc.co.uk", "url"), (".", "punct")]
    );
}

#[test]
fn numbers_with_separators_decimals_and_signs() {
    assert_eq!(
        toks("605,000 people"),
        vec![("605,000", "number"), ("people", "word")]
    );
    assert_eq!(
        toks("1.9 and 57.85"),
        vec![("1.9", "number"), ("and", "word"), ("57.85", "number")]
    );
    assert_eq!(
        toks("fell to -3 today"),
        vec![
            ("fell", "word"),
            ("to", "word"),
            ("-3", "number"),
            ("today", "word")
        ]
    );
    assert_eq!(texts("1,2345"), vec!["1", ",", "2345"]);
    assert_eq!(texts("in 2005, 12 of"), vec!["in", "2005", ",", "12", "of"]);
}

#[test]
fn indian_grouping_is_one_number() {
    assert_eq!(texts("Rs 1,00,000 each"), vec!["Rs", "1,00,000", "each"]);
    assert_eq!(texts("12,34,567.89 rupees"), vec!["12,34,567.89", "rupees"]);
    assert_eq!(texts("₹-1,20,00,000"), vec!["₹", "-1,20,00,000"]);
    assert_eq!(
        texts("2 lakh or 2,00,000"),
        vec!["2", "lakh", "or", "2,00,000"]
    );
    // no closing group of three, three leading digits, or a further comma group: apart
    assert_eq!(texts("12,34"), vec!["12", ",", "34"]);
    assert_eq!(texts("123,45,678"), vec!["123", ",", "45,678"]);
    assert_eq!(texts("1,23,456,78"), vec!["1", ",", "23,456", ",", "78"]);
}

/// Without a word of Indian money or counting near it, or after a leading "0", a figure of
/// two-digit groups is a comma list, apart as before ("Sections 12,13,145").
#[test]
fn comma_lists_are_not_indian_grouping() {
    assert_eq!(
        texts("Sections 12,13,145 apply"),
        vec!["Sections", "12", ",", "13,145", "apply"]
    );
    assert_eq!(texts("pages 10,11,100"), vec!["pages", "10", ",", "11,100"]);
    assert_eq!(texts("Rs 0,10,100"), vec!["Rs", "0", ",", "10,100"]);
    assert_eq!(texts("Rs 10,11,100"), vec!["Rs", "10,11,100"]);
}

#[test]
fn currency_and_percent_are_separate_tokens() {
    assert_eq!(
        toks("$14 billion"),
        vec![("$", "currency"), ("14", "number"), ("billion", "word")]
    );
    assert_eq!(
        toks("£3.9bn"),
        vec![("£", "currency"), ("3.9", "number"), ("bn", "word")]
    );
    assert_eq!(toks("67.7%"), vec![("67.7", "number"), ("%", "symbol")]);
    assert_eq!(toks("US$5"), vec![("US$", "currency"), ("5", "number")]);
    assert_eq!(
        toks("Â£3.9bn"),
        vec![("Â£", "currency"), ("3.9", "number"), ("bn", "word")]
    );
}

#[test]
fn hyphenated_words_and_ranges() {
    assert_eq!(
        toks("a 37-year-old man"),
        vec![("a", "word"), ("37-year-old", "word"), ("man", "word")]
    );
    assert_eq!(
        toks("in 2004-05"),
        vec![("in", "word"), ("2004-05", "number")]
    );
    assert_eq!(toks("won 2-1"), vec![("won", "word"), ("2-1", "number")]);
    assert_eq!(
        texts("F-16 jets, Covid-19 and G7"),
        vec!["F-16", "jets", ",", "Covid-19", "and", "G7"]
    );
    assert_eq!(
        texts("a well-known 3D film"),
        vec!["a", "well-known", "3D", "film"]
    );
}

#[test]
fn scale_and_unit_suffixes_split_from_digits() {
    assert_eq!(
        texts("5k 2.4m 10km 3pm 21st 1990s"),
        vec!["5", "k", "2.4", "m", "10", "km", "3", "pm", "21st", "1990s"]
    );
}

#[test]
fn contractions_and_possessives() {
    assert_eq!(texts("don't"), vec!["do", "n't"]);
    assert_eq!(texts("Petro's plan"), vec!["Petro", "'s", "plan"]);
    assert_eq!(texts("Petro’s plan"), vec!["Petro", "’s", "plan"]);
    assert_eq!(
        texts("the United States' closest"),
        vec!["the", "United", "States", "'", "closest"]
    );
    assert_eq!(
        texts("O'Brien and we'll"),
        vec!["O'Brien", "and", "we", "'ll"]
    );
    assert_eq!(toks("States'")[1], ("'", "word"));
}

#[test]
fn single_quotes_as_marks_beside_apostrophes() {
    let text = "told Petro to 'watch his ass', and 'He's not going'.";
    assert_eq!(
        toks(text),
        vec![
            ("told", "word"),
            ("Petro", "word"),
            ("to", "word"),
            ("'", "quote"),
            ("watch", "word"),
            ("his", "word"),
            ("ass", "word"),
            ("'", "quote"),
            (",", "punct"),
            ("and", "word"),
            ("'", "quote"),
            ("He", "word"),
            ("'s", "word"),
            ("not", "word"),
            ("going", "word"),
            ("'", "quote"),
            (".", "punct")
        ]
    );
}

#[test]
fn curly_and_straight_double_quotes() {
    assert_eq!(
        toks("“Yes,” he said. \"No.\""),
        vec![
            ("“", "quote"),
            ("Yes", "word"),
            (",", "punct"),
            ("”", "quote"),
            ("he", "word"),
            ("said", "word"),
            (".", "punct"),
            ("\"", "quote"),
            ("No", "word"),
            (".", "punct"),
            ("\"", "quote")
        ]
    );
    assert_eq!(
        toks("«Oui» ‘x’"),
        vec![
            ("«", "quote"),
            ("Oui", "word"),
            ("»", "quote"),
            ("‘", "quote"),
            ("x", "word"),
            ("’", "quote")
        ]
    );
}

#[test]
fn elisions_are_words() {
    assert_eq!(
        toks("rock 'em in the '90s"),
        vec![
            ("rock", "word"),
            ("'em", "word"),
            ("in", "word"),
            ("the", "word"),
            ("'90s", "number")
        ]
    );
}

#[test]
fn dashes_and_ellipses() {
    assert_eq!(
        toks("wait — now – then… and... so -- yes"),
        vec![
            ("wait", "word"),
            ("—", "punct"),
            ("now", "word"),
            ("–", "punct"),
            ("then", "word"),
            ("…", "punct"),
            ("and", "word"),
            ("...", "punct"),
            ("so", "word"),
            ("--", "punct"),
            ("yes", "word")
        ]
    );
}

#[test]
fn urls_emails_handles_hashtags() {
    assert_eq!(
        toks("See https://bbc.co.uk/news/x_1?a=b. Mail a.b@ex.com, @BBCNews #Vote2024!"),
        vec![
            ("See", "word"),
            ("https://bbc.co.uk/news/x_1?a=b", "url"),
            (".", "punct"),
            ("Mail", "word"),
            ("a.b@ex.com", "email"),
            (",", "punct"),
            ("@BBCNews", "mention"),
            ("#Vote2024", "hashtag"),
            ("!", "punct")
        ]
    );
    assert_eq!(
        toks("(www.example.org)"),
        vec![("(", "punct"), ("www.example.org", "url"), (")", "punct")]
    );
    assert_eq!(
        toks("(https://en.wikipedia.org/wiki/A_(b))."),
        vec![
            ("(", "punct"),
            ("https://en.wikipedia.org/wiki/A_(b)", "url"),
            (")", "punct"),
            (".", "punct")
        ]
    );
}

#[test]
fn emoji_with_modifiers_and_joiners() {
    let text = "nice 👍🏽 family 👨‍👩‍👧 flag 🇬🇧 ok ❤️";
    assert_eq!(
        toks(text),
        vec![
            ("nice", "word"),
            ("👍🏽", "emoji"),
            ("family", "word"),
            ("👨‍👩‍👧", "emoji"),
            ("flag", "word"),
            ("🇬🇧", "emoji"),
            ("ok", "word"),
            ("❤️", "emoji")
        ]
    );
}

#[test]
fn bullets_at_line_start_only() {
    let text = "Key points:\n• First item\n- Second item\nA - B";
    let t = toks(text);
    assert!(t.contains(&("•", "bullet")));
    assert!(t.contains(&("-", "bullet")));
    assert_eq!(t.iter().filter(|x| x.1 == "bullet").count(), 2);
}

#[test]
fn whitespace_before_records_lines_and_paragraphs() {
    let text = "One.\nTwo.\r\n\r\nThree four";
    let ws: Vec<Whitespace> = tokenize(text).iter().map(|t| t.ws_before).collect();
    assert_eq!(
        ws,
        vec![
            Whitespace::None,
            Whitespace::None,
            Whitespace::Line,
            Whitespace::None,
            Whitespace::Paragraph,
            Whitespace::Space
        ]
    );
}

#[test]
fn norm_folds_quotes_dashes_and_compatibility_forms() {
    let text = "Petro’s “x” — ﬁne";
    let tokens = tokenize(text);
    let norms: Vec<&str> = tokens.iter().map(|t| t.norm(text)).collect();
    assert_eq!(norms, vec!["Petro", "'s", "\"", "x", "\"", "-", "fine"]);
    assert!(
        tokens[0].norm_if_differs().is_none(),
        "ASCII tokens carry no copy"
    );
}

#[test]
fn other_scripts_and_marks() {
    assert_eq!(texts("Привет, мир"), vec!["Привет", ",", "мир"]);
    assert_eq!(texts("東京に"), vec!["東", "京", "に"]);
    assert_eq!(texts("cafe\u{301} ok"), vec!["cafe\u{301}", "ok"]);
    assert_eq!(texts("a\u{0}b\u{7}c"), vec!["a", "b", "c"]);
}

#[test]
fn spans_are_ordered_disjoint_and_on_char_boundaries() {
    let text =
        "“It’s 5‰ — ’Tis 👍🏽 U.S.-led talks…” said Ms. O’Neil, 37, at 3:30pm (approx.)\n\n• Done.";
    let tokens = tokenize(text);
    let mut last = 0;
    for t in &tokens {
        assert!(t.span.start() >= last && t.span.start() < t.span.end());
        assert!(text.is_char_boundary(t.span.start()) && text.is_char_boundary(t.span.end()));
        assert!(!t.span.text(text).chars().any(char::is_whitespace));
        last = t.span.end();
    }
}

#[test]
fn empty_and_whitespace_only() {
    assert!(tokenize("").is_empty());
    assert!(tokenize(" \n\t \u{200B}").is_empty());
}

#[test]
fn clitics_after_abbreviations_and_compounds_after_initialisms() {
    assert_eq!(
        toks("the U.S.’s role"),
        vec![
            ("the", "word"),
            ("U.S.", "word"),
            ("’s", "word"),
            ("role", "word")
        ]
    );
    assert_eq!(texts("Jr.'s car"), vec!["Jr.", "'s", "car"]);
    assert_eq!(
        texts("U.S.-Colombia ties and Colombia-U.S. ties"),
        vec!["U.S.-Colombia", "ties", "and", "Colombia-U.S.", "ties"]
    );
}

#[test]
fn numero_sign() {
    assert_eq!(
        texts("at N°. 1026 and Nº 5"),
        vec!["at", "N°.", "1026", "and", "Nº", "5"]
    );
}

#[test]
fn prefix_abbreviation_before_a_number_across_one_line_break() {
    // A hard wrap between `No.` and its number is a space; a blank line is not.
    for text in ["the No.\n4 bus", "the No.\r\n4 bus", "the No. \n 4 bus"] {
        assert_eq!(texts(text), vec!["the", "No.", "4", "bus"], "{text:?}");
    }
    assert_eq!(
        texts("said No.\n\n4 buses"),
        vec!["said", "No", ".", "4", "buses"]
    );
    assert_eq!(texts("said No.\nFour"), vec!["said", "No", ".", "Four"]);
}

#[test]
fn kind_list_is_in_declaration_order() {
    for (i, k) in TokenKind::ALL.iter().enumerate() {
        assert_eq!(*k as usize, i, "{k:?}");
    }
}

#[test]
fn versions_and_more_scale_suffixes() {
    assert_eq!(
        texts("v2.0 and Python3.11"),
        vec!["v2.0", "and", "Python3.11"]
    );
    assert_eq!(
        texts("€10M $2.174T 8pc"),
        vec!["€", "10", "M", "$", "2.174", "T", "8", "pc"]
    );
}

#[test]
fn doubled_single_quotes_and_party_state_tags() {
    assert_eq!(
        toks("''Yes,'' he said"),
        vec![
            ("''", "quote"),
            ("Yes", "word"),
            (",", "punct"),
            ("''", "quote"),
            ("he", "word"),
            ("said", "word")
        ]
    );
    assert_eq!(
        texts("Rep. Gwen Moore (D-Wis.) said"),
        vec!["Rep.", "Gwen", "Moore", "(", "D-Wis.", ")", "said"]
    );
    assert_eq!(
        texts("McConnell, R-Ky., said"),
        vec!["McConnell", ",", "R-Ky.", ",", "said"]
    );
    assert_eq!(
        texts("a well-known end."),
        vec!["a", "well-known", "end", "."]
    );
}

/// The letters-only fast path must hand every chunk that another rule could read to the
/// general scan: these chunks all start with ASCII letters.
#[test]
fn letter_chunks_that_other_rules_claim() {
    assert_eq!(
        toks("see https://bbc.co.uk/news"),
        vec![("see", "word"), ("https://bbc.co.uk/news", "url")]
    );
    assert_eq!(
        toks("mail jo@bbc.co.uk"),
        vec![("mail", "word"), ("jo@bbc.co.uk", "email")]
    );
    assert_eq!(
        texts("Petro's don't States' e-mail AT&T G7 US$5 No."),
        vec![
            "Petro", "'s", "do", "n't", "States", "'", "e-mail", "AT&T", "G7", "US$", "5", "No",
            "."
        ]
    );
    assert_eq!(
        toks("Smith, yes; (no) why? wow!\"ok\""),
        vec![
            ("Smith", "word"),
            (",", "punct"),
            ("yes", "word"),
            (";", "punct"),
            ("(", "punct"),
            ("no", "word"),
            (")", "punct"),
            ("why", "word"),
            ("?", "punct"),
            ("wow", "word"),
            ("!", "punct"),
            ("\"", "quote"),
            ("ok", "word"),
            ("\"", "quote"),
        ]
    );
}

#[test]
fn separator_lines_are_one_token() {
    assert_eq!(
        texts("Notice\n*****\nfoo ===== bar ___ end"),
        vec!["Notice", "*****", "foo", "=====", "bar", "___", "end"]
    );
    // Other punctuation is still one mark per token.
    assert_eq!(texts("Why?!"), vec!["Why", "?", "!"]);
    // "circa" keeps its period before a year.
    assert_eq!(texts("(c. 1230 BC)"), vec!["(", "c.", "1230", "BC", ")"]);
}

/// Invented text of `n` characters drawn by a fixed-seed generator from an alphabet mixing
/// ASCII, the common curly marks and dashes, other non-ASCII letters and marks, and spaces.
fn random_text(seed: u64, n: usize) -> String {
    const ALPHABET: &[char] = &[
        'a', 'B', '7', '.', ',', '-', '\'', '"', ' ', ' ', '\n', '“', '”', '‘', '’', '–', '—', 'é',
        '″', '‑', '\u{A0}', '€', 'ﬁ', '…', 'z', 'Q', ' ', 'é', '«',
    ];
    crate::test_text::draw(seed, n, ALPHABET).collect()
}

#[test]
fn first_non_ascii_agrees_with_a_byte_by_byte_search() {
    let naive = |b: &[u8], from: usize| {
        b[from..]
            .iter()
            .position(|&x| x >= 0x80)
            .map_or(usize::MAX, |j| from + j)
    };
    let mut texts = vec![
        String::new(),
        "plain ascii only, long enough to fill several words".to_string(),
        "twelve bytes“then more ascii".to_string(),
        "é".to_string(),
    ];
    texts.extend((0..40).map(|s| random_text(s, 3 + s as usize * 7)));
    for t in &texts {
        let b = t.as_bytes();
        for from in 0..=b.len() {
            assert_eq!(
                first_non_ascii(b, from),
                naive(b, from),
                "{t:?} from {from}"
            );
        }
    }
}

#[test]
fn common_folds_equal_the_general_normal_form() {
    for s in ["“", "”", "‘", "’", "–", "—"] {
        let span = Span::new(0, s.len());
        let mut general = Token::new(span, TokenKind::Punct, Whitespace::None);
        general.set_norm(normalize(s));
        let mut fast = Token::new(span, TokenKind::Punct, Whitespace::None);
        assert!(fast.set_common_fold(s), "{s}");
        assert_eq!(fast, general, "{s}");
        assert!(fast.norm_if_differs().is_some(), "{s}");
    }
    let mut t = Token::new(Span::new(0, 2), TokenKind::Word, Whitespace::None);
    for s in ["″", "é", "'", "-", "’s", "——", "‑"] {
        assert!(!t.set_common_fold(s), "{s}");
    }
    assert_eq!(t.norm_if_differs(), None);
}

/// [`common_marks_folded`] (the fast path of `normalize`) against the normalizer, on words
/// built from ASCII, the common marks, and characters NFKC changes or composes (a
/// combining accent after a letter, a ligature, a full-width letter, a prime).
#[test]
fn common_marks_fold_as_the_normalizer() {
    let pieces = [
        "a", "Z", "s", "'", "\"", "-", ".", "`", "’", "‘", "“", "”", "–", "—", "\u{301}", "ﬁ",
        "Ａ", "″", "é", "―", "−",
    ];
    let mut folded = 0;
    for n in 1..=4u32 {
        for k in 0..pieces.len().pow(n) {
            let word: String = (0..n)
                .map(|d| pieces[k / pieces.len().pow(d) % pieces.len()])
                .collect();
            if word.is_ascii() {
                continue;
            }
            if let Some(fast) = common_marks_folded(&word) {
                folded += 1;
                assert_eq!(Some(fast), normalize_general(&word), "{word:?}");
            }
            assert_eq!(normalize(&word), normalize_general(&word), "{word:?}");
        }
    }
    assert!(folded > 1000, "{folded}");
}

#[test]
fn token_norms_equal_each_tokens_own_normal_form() {
    // The fast paths of `tokenize` (non-ASCII bytes jumped to, common folds) against the
    // general path run on every token.
    let mut texts: Vec<String> = (0..60).map(|s| random_text(100 + s, 400)).collect();
    texts.push("“Yes,” she said — twice – and ‘no’ ﬁnally; 5″ tall, caf\u{e9}\u{301}.".into());
    // Non-ASCII whitespace between tokens (jumped over), at the start and end; ASCII alone.
    texts.push("\u{a0}\u{2003}é a\u{a0}b\u{2003}“c”\u{a0}d\u{3000}\u{a0}".into());
    texts.push("plain ASCII, no normal form to set.".into());
    for text in &texts {
        for t in tokenize(text) {
            let mut oracle = Token::new(t.span, t.kind, t.ws_before);
            oracle.set_norm(normalize(t.span.text(text)));
            assert_eq!(
                t.norm_if_differs(),
                oracle.norm_if_differs(),
                "{:?} in {text:?}",
                t.span.text(text)
            );
        }
    }
}

/// The scanner's tokens (before normal forms), with the ASCII fast paths or without them.
fn scanned(text: &str, general_only: bool) -> Vec<Token> {
    let mut scanner = Scanner::new(text);
    scanner.general_only = general_only;
    scanner.run();
    scanner.tokens
}

/// The pieces [`random_pieces`] draws from.
const PIECES: &[&str] = &[
    "a",
    "h",
    "w",
    "W",
    "Z",
    "7",
    "0",
    " ",
    " ",
    " ",
    "\n",
    "\r\n",
    ".",
    ",",
    ";",
    ":",
    "!",
    "?",
    "(",
    ")",
    "[",
    "]",
    "{",
    "}",
    "/",
    "\\",
    "\"",
    "'",
    "`",
    "@",
    "#",
    "$",
    "%",
    "&",
    "*",
    "+",
    "-",
    "=",
    "_",
    "~",
    "<",
    ">",
    "^",
    "|",
    "\u{301}",
    "\u{FE0F}",
    "\u{20E3}",
    "é",
    "“",
    "”",
    "‘",
    "’",
    "–",
    "—",
    "‑",
    "•",
    "€",
    "£",
    "Â",
    "â‚¬",
    "😀",
    "\u{200D}",
    "漢",
    "ß",
    "http://x.org/a(b)",
    "www.",
    "https://",
    "a@b.com",
    "@user",
    "#tag",
    "'s",
    "n't",
    "'90s",
    "'em",
    "U.S.",
    "Dr.",
    "No.",
    "e.g.",
    "v2.0",
    "1,000",
    "3.5",
    "--",
    "...",
    "AT&T",
    "O'Brien",
    "States'",
    "US$",
    "N°",
    "Petro",
    "said",
    "example.com",
];

/// Invented text of `n` pieces drawn by a fixed-seed generator: single characters (ASCII
/// marks, letters, digits, curly marks, combining marks, emoji, CJK) and fragments that reach
/// the scanner's rules (URLs, addresses, handles, clitics, elisions, abbreviations, numbers).
fn random_pieces(seed: u64, n: usize) -> String {
    crate::test_text::draw(seed, n, PIECES).collect()
}

#[test]
fn ascii_fast_paths_agree_with_the_general_scanner() {
    let mut texts: Vec<String> = vec![
        "“Yes,” she said (twice) — at 3:30 p.m.; see http://example.com/a_(b). #news @ap".into(),
        "He's 5'10\" tall, don't ask; the U.S.'s e-mail: a.b@c.org! 50% & 100°, x=y+z ~ok".into(),
        "a\u{301}, b\u{FE0F}; (é) [漢字] {ß} 1/2 \\ | ^ < > 'em '90s ''Yes,'' ``no''".into(),
        "* item\n- item\n+ item\n• item\nwww.example.org, hello_world __init__ AT&T N°5".into(),
        ". a. b.\u{301} c.5 .5 d... e.. (f.) g.” h.\" i.' j.- k.a L.A. No. 4 said.\n.\n- . x."
            .into(),
    ];
    texts.extend((0..200).map(|s| random_pieces(s, 10 + s as usize)));
    texts.extend((0..60).map(|s| random_text(300 + s, 300)));
    for text in &texts {
        assert_eq!(scanned(text, false), scanned(text, true), "{text:?}");
    }
}

#[test]
fn ascii_class_table_agrees_with_the_char_tests() {
    for b in 0x21u8..0x7F {
        let c = b as char;
        let class = ASCII_CLASS[b as usize];
        let expected = if c.is_ascii_alphabetic() {
            AsciiClass::Letter
        } else if c.is_ascii_digit() {
            AsciiClass::Digit
        } else if c == '"' {
            AsciiClass::Quote
        } else if c == '.' {
            AsciiClass::Period
        } else if is_apostrophe(c)
            || is_quote_mark(c)
            || is_currency_sign(c)
            || chars::is_bullet(c)
            || chars::is_emoji(c)
            || "@#-+.`*=_~".contains(c)
        {
            AsciiClass::General
        } else if chars::is_punctuation(c) {
            AsciiClass::Punct
        } else {
            AsciiClass::Symbol
        };
        assert_eq!(class, expected, "{c:?}");
        assert_eq!(is_ascii_word_byte(b), is_word_char(c), "{c:?}");
    }
    for b in (0..=0x20u8).chain(0x7F..=0xFF) {
        assert_eq!(ASCII_CLASS[b as usize], AsciiClass::General, "{b}");
    }
}

#[test]
fn letters_read_eight_bytes_at_a_time_agree_with_the_byte_loop() {
    // Every byte value in every lane: the word test on eight bytes against `is_ascii_alphabetic`.
    for b in 0..=255u8 {
        for lane in 0..8 {
            let mut w = *b"abcdefgh";
            w[lane] = b;
            let bits = ascii_letter_bits(u64::from_le_bytes(w));
            for (k, &c) in w.iter().enumerate() {
                assert_eq!(
                    bits >> (8 * k + 7) & 1 == 1,
                    c.is_ascii_alphabetic(),
                    "{w:?} {k}"
                );
            }
        }
    }
    // Every offset of invented and random text (ASCII and not, words longer than eight).
    let general = |b: &[u8]| {
        b.iter()
            .position(|c| !c.is_ascii_alphabetic())
            .unwrap_or(b.len())
    };
    let mut texts =
        vec!["Counterintelligence officials said, “Zoë’s” ZZZZZZZZZ@[`{ end".to_string()];
    let alphabet = [
        'a', 'Z', 'q', '@', '[', '`', '{', ' ', '.', 'é', '\u{7F}', '\u{80}', 'Ā', 'z',
    ];
    for seed in 0..100 {
        texts.push(crate::test_text::draw(seed, 120, &alphabet).collect());
    }
    for text in &texts {
        let b = text.as_bytes();
        for i in 0..=b.len() {
            assert_eq!(ascii_letters(&b[i..]), general(&b[i..]), "{text:?} at {i}");
        }
    }
}

/// The tokenizer's class reads (`chars::is_alphabetic`, `is_alphanumeric`, `is_numeric`,
/// `is_uppercase`, which answer the General Punctuation block without a table search) answer as `std`'s
/// for every character.
#[test]
fn the_class_reads_answer_as_std() {
    for c in (0..=u32::from(char::MAX)).filter_map(char::from_u32) {
        assert_eq!(chars::is_alphabetic(c), c.is_alphabetic(), "{c:?}");
        assert_eq!(chars::is_alphanumeric(c), c.is_alphanumeric(), "{c:?}");
        assert_eq!(chars::is_numeric(c), c.is_numeric(), "{c:?}");
        assert_eq!(chars::is_uppercase(c), c.is_uppercase(), "{c:?}");
    }
}
