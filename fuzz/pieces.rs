//! The piece table of the `analyze_pieces` fuzz target: each input byte picks one piece.
//! Shared with `tests/fuzz_regressions.rs` (through `#[path]`) so that the committed corpus of
//! that target replays to the same text. Append only: changing or reordering entries changes
//! what every corpus file means.

pub const PIECES: &[&str] = &[
    "Petro", "said", "the", "U.S.", "Dr.", "Mr.", "Jan.", "No.", "J.", "Inc.", "don't", "Petro's", "States'", "O'Brien",
    "'em", "'90s", "37-year-old", "THE", "SAID", "he", "told", "according to", "added", "asked", "warned",
    "605,000", "1.9", "-3", "2004-05", "3:30", "21st", "1990s", "3.9bn", "5m", "3pm", "1/2", "$", "£", "€", "US$", "%",
    "14", "0", "1e309", "99999999999999999999999", "one", "million", "billion", "per cent", "about", "more than",
    ".", ",", ";", ":", "!", "?", "…", "...", "—", "–", "-", "(", ")", "•",
    "\"", "'", "“", "”", "‘", "’", "„", "‚", "«", "»", "‹", "›", "「", "」", "`", "``", "''",
    "http://x.com/a", "a@b.com", "@BBC", "#tag", "Москва", "北京", "مرحبا", "😀", "👍🏽", "👨‍👩‍👧", "🇺🇸",
    "e\u{301}", "\u{301}", "\u{200D}", "\u{FEFF}", "\u{0}", "\u{1B}", "\u{FFFD}",
    " ", " ", " ", " ", " ", "", "\n", "\n\n", "\r\n", "\r", "\t",
];

/// The text an `analyze_pieces` input stands for.
pub fn text_of(data: &[u8]) -> String {
    let mut text = String::new();
    for &b in data {
        text.push_str(PIECES[b as usize % PIECES.len()]);
    }
    text
}
