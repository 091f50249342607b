//! Property tests: the invariants of `tests/common` hold for `presswork::analyze` on arbitrary
//! strings and on generated news-like text full of the things that break tokenizers and
//! quote pairing (marks of every style, apostrophes, digits, periods, line ends, emoji, ZWJ
//! sequences, combining marks, other scripts, control characters).
//!
//! `PROPTEST_CASES=5000 cargo test --release --test props_pipeline` runs longer.

mod common;

use proptest::prelude::*;

/// Pieces news text (and scraped junk) is made of.
const PIECES: &[&str] = &[
    // words, names, abbreviations, initials, clitics, possessives
    "Petro",
    "said",
    "the",
    "U.S.",
    "Dr.",
    "Mr.",
    "Jan.",
    "No.",
    "J.R.R.",
    "Inc.",
    "etc.",
    "e.g.",
    "don't",
    "Petro's",
    "States'",
    "O'Brien",
    "'em",
    "'90s",
    "rock'n'roll",
    "37-year-old",
    "F-16",
    "Covid-19",
    "THE",
    "SAID",
    "i",
    "A",
    "according",
    "to",
    "told",
    "reporters",
    "he",
    "she",
    "They",
    "added",
    // numbers, currency, units, ranges, times
    "605,000",
    "1.9",
    "57.85",
    "-3",
    "+4",
    "2004-05",
    "3:30",
    "21st",
    "1990s",
    "3.9bn",
    "5m",
    "3pm",
    "3p.m.",
    "1/2",
    "½",
    "$",
    "£",
    "€",
    "US$",
    "Â£",
    "â‚¬",
    "%",
    "14",
    "0",
    "1e309",
    "99999999999999999999999999",
    "1,2",
    ".5",
    "1.",
    "one",
    "two",
    "million",
    "billion",
    "per",
    "cent",
    "percent",
    "about",
    "more",
    "than",
    // punctuation
    ".",
    ",",
    ";",
    ":",
    "!",
    "?",
    "?!",
    "…",
    "...",
    "..",
    "—",
    "–",
    "-",
    "--",
    "(",
    ")",
    "[",
    "]",
    "{",
    "}",
    "/",
    "&",
    "*",
    "•",
    "·",
    "@",
    "#",
    // quote marks and apostrophes of every style
    "\"",
    "'",
    "“",
    "”",
    "‘",
    "’",
    "„",
    "‟",
    "‚",
    "‛",
    "«",
    "»",
    "‹",
    "›",
    "「",
    "」",
    "『",
    "』",
    "`",
    "``",
    "''",
    "ʼ",
    "′",
    "″",
    // web things
    "http://x.com/a(b)",
    "www.bbc.co.uk.",
    "a@b.com",
    "@BBCNews",
    "#Vote2024",
    "Amazon.com",
    // other scripts, emoji, combining marks, invisible and control characters
    "Москва",
    "北京",
    "東京です",
    "مرحبا",
    "שלום",
    "ไทย",
    "한국어",
    "😀",
    "👍🏽",
    "👨‍👩‍👧",
    "🇺🇸",
    "🏳️‍🌈",
    "1️⃣",
    "e\u{301}",
    "\u{301}",
    "\u{20DD}",
    "a\u{308}\u{308}\u{308}",
    "\u{200D}",
    "\u{200C}",
    "\u{200B}",
    "\u{FEFF}",
    "\u{00AD}",
    "\u{2060}",
    "\u{0}",
    "\u{1}",
    "\u{7}",
    "\u{1B}",
    "\u{7F}",
    "\u{85}",
    "\u{2028}",
    "\u{2029}",
    "\u{FFFD}",
    "\u{FE0F}",
    "\u{E0001}",
    "\u{10FFFF}",
    "ﬁ",
    "Ⅻ",
    "²",
    "٣",
    "१२",
];

/// Whitespace and line ends between pieces (empty: glued).
const SEPARATORS: &[&str] = &[
    "", " ", " ", " ", "  ", "\t", "\n", "\n\n", "\r\n", "\r", "\r\r", "\u{A0}", "\u{3000}",
    "\u{B}", "\u{C}",
];

fn news_like() -> impl Strategy<Value = String> {
    prop::collection::vec(
        (
            prop::sample::select(PIECES),
            prop::sample::select(SEPARATORS),
        ),
        0..80,
    )
    .prop_map(|parts| {
        let mut s = String::new();
        for (piece, sep) in parts {
            s.push_str(piece);
            s.push_str(sep);
        }
        s
    })
}

/// Quotation-heavy text: sentences with marks opened and closed (or not) around them.
fn quoted() -> impl Strategy<Value = String> {
    let mark = prop::sample::select(
        &[
            "\"", "'", "“", "”", "‘", "’", "«", "»", "„", "‚", "``", "''",
        ][..],
    );
    let body = prop::collection::vec(
        prop::sample::select(
            &[
                "It", "is", "a", "real", "threat", "No", "way", ",", ".", "?", "!", "…",
            ][..],
        ),
        0..8,
    );
    let tail = prop::sample::select(
        &[
            "",
            " he said.",
            " said Petro.",
            ", said Dr. Smith,",
            " according to officials.",
            "\n",
            " ",
        ][..],
    );
    prop::collection::vec((mark.clone(), body, mark, tail), 0..12).prop_map(|qs| {
        let mut s = String::new();
        for (open, words, close, tail) in qs {
            s.push_str(open);
            s.push_str(&words.join(" "));
            s.push_str(close);
            s.push_str(tail);
        }
        s
    })
}

/// Page markup debris: tags of listed elements, broken tags, comments, code, space references
/// and marks glued to words in any order (the markup reading of `quotes/markup.rs`). A mark
/// written as a reference (`&quot;`) is three tokens, so a quotation made of marks alone keeps
/// one at its edge: that older case is left out here.
fn markup_debris() -> impl Strategy<Value = String> {
    let piece = prop::sample::select(
        &[
            "<p>",
            "</p>",
            "<a href=\"x\"",
            "<a href=\"/y\">",
            "</a>",
            "<b>",
            "</b>",
            "<br>",
            "<em>",
            "<!--",
            "-->",
            "<script>",
            "</script>",
            "<",
            ">",
            "\u{201c}",
            "\u{201d}",
            "\"",
            "'",
            "&amp;quot;",
            "&nbsp;",
            "U.S.",
            " ",
            "\n",
            "said",
            "Ann Cole",
            ".",
            ",",
            "5%",
            "$3 million",
            "We will win",
            "é",
        ][..],
    );
    prop::collection::vec(piece, 0..40).prop_map(|p| p.concat())
}

/// 512 cases by default (a second or two in a debug build); `PROPTEST_CASES` overrides.
fn cases() -> u32 {
    std::env::var("PROPTEST_CASES")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(512)
}

proptest! {
    #![proptest_config(ProptestConfig { cases: cases(), max_shrink_iters: 2000, ..ProptestConfig::default() })]

    #[test]
    fn arbitrary_strings(text in any::<String>()) {
        let doc = presswork::analyze(&text);
        prop_assert!(common::check(&text, &doc).is_ok(), "{}", common::check(&text, &doc).unwrap_err());
    }

    #[test]
    fn arbitrary_ascii(text in "[ -~\t\n\r]{0,200}") {
        let doc = presswork::analyze(&text);
        prop_assert!(common::check(&text, &doc).is_ok(), "{}", common::check(&text, &doc).unwrap_err());
    }

    #[test]
    fn news_like_text(text in news_like()) {
        let doc = presswork::analyze(&text);
        prop_assert!(common::check(&text, &doc).is_ok(), "{}", common::check(&text, &doc).unwrap_err());
    }

    #[test]
    fn markup_debris_text(text in markup_debris()) {
        let doc = presswork::analyze(&text);
        prop_assert!(common::check(&text, &doc).is_ok(), "{}", common::check(&text, &doc).unwrap_err());
    }

    #[test]
    fn quotation_heavy_text(text in quoted()) {
        let doc = presswork::analyze(&text);
        prop_assert!(common::check(&text, &doc).is_ok(), "{}", common::check(&text, &doc).unwrap_err());
    }

    /// Analysing a text is a pure function of the text, and a prefix/suffix of padding
    /// (whitespace) only shifts the spans.
    #[test]
    fn deterministic_and_shift_invariant(text in news_like()) {
        let a = presswork::analyze(&text);
        let b = presswork::analyze(&text);
        prop_assert_eq!(&a, &b);
        let padded = format!("\n\n{text}");
        let p = presswork::analyze(&padded);
        prop_assert!(common::check(&padded, &p).is_ok(), "{}", common::check(&padded, &p).unwrap_err());
        let texts = |d: &presswork::Document<'_>, src: &str| d.tokens.iter().map(|t| t.span.text(src).to_string()).collect::<Vec<_>>();
        prop_assert_eq!(texts(&a, &text), texts(&p, &padded));
    }
}
