//! Character classes the tokenizer needs and `std` does not give.
//!
//! These are deliberately small tables over code-point ranges: news text needs to know
//! quote marks, dashes, currency signs, emoji and the scripts written without spaces, and a
//! range check is cheaper than a general-category lookup on the hot path.

/// The General Punctuation block (U+2000–U+206F: curly quotes, dashes, the ellipsis,
/// typographic spaces), where most non-ASCII characters of news text fall. It holds no
/// letter and no digit (`the_class_reads_answer_as_std`), so the three reads below answer
/// it without `std`'s Unicode table search.
#[inline]
fn is_general_punctuation(c: char) -> bool {
    ('\u{2000}'..='\u{206F}').contains(&c)
}

/// [`char::is_alphabetic`], with no table search in the General Punctuation block.
#[inline]
pub fn is_alphabetic(c: char) -> bool {
    !is_general_punctuation(c) && c.is_alphabetic()
}

/// [`char::is_alphanumeric`], with no table search in the General Punctuation block.
#[inline]
pub fn is_alphanumeric(c: char) -> bool {
    !is_general_punctuation(c) && c.is_alphanumeric()
}

/// [`char::is_numeric`], with no table search in the General Punctuation block.
#[inline]
pub fn is_numeric(c: char) -> bool {
    !is_general_punctuation(c) && c.is_numeric()
}

/// [`char::is_uppercase`], with no table search in the General Punctuation block: the token
/// facts ask the case of every non-ASCII token, most of them a curly quote or a dash.
#[inline]
pub fn is_uppercase(c: char) -> bool {
    !is_general_punctuation(c) && c.is_uppercase()
}

/// Double and single quotation marks, in every style news text uses. The straight
/// apostrophe `'` and the right single quote `’` are here too: whether they are a mark or an
/// apostrophe is decided by context in the scanner.
pub fn is_quote_mark(c: char) -> bool {
    matches!(
        c,
        '"' | '\''
            | '“'
            | '”'
            | '„'
            | '‟'
            | '‘'
            | '’'
            | '‚'
            | '‛'
            | '«'
            | '»'
            | '‹'
            | '›'
            | '「'
            | '」'
            | '『'
            | '』'
    )
}

/// Characters that are an apostrophe when written inside a word (`don't`, `Petro’s`).
pub fn is_apostrophe(c: char) -> bool {
    matches!(c, '\'' | '’' | 'ʼ')
}

/// Dashes that stand between words or clauses.
pub fn is_dash(c: char) -> bool {
    matches!(c, '–' | '—' | '―' | '‒' | '⸺' | '⸻')
}

/// Hyphens that may join the parts of a compound (`37-year-old`, `F‑16`).
pub fn is_joining_hyphen(c: char) -> bool {
    matches!(c, '-' | '‐' | '‑')
}

/// Currency signs (Unicode's Sc category, the ones that occur in English news).
pub fn is_currency_sign(c: char) -> bool {
    matches!(
        c,
        '$' | '£'
            | '€'
            | '¥'
            | '¢'
            | '₹'
            | '₽'
            | '₩'
            | '₪'
            | '₺'
            | '₴'
            | '₦'
            | '₱'
            | '฿'
            | '₫'
            | '₡'
            | '₲'
            | '₵'
            | '₸'
            | '₼'
            | '₾'
            | '₿'
            | '﹩'
            | '＄'
            | '￡'
            | '￥'
    ) || ('\u{20A0}'..='\u{20C0}').contains(&c)
}

/// Emoji and pictographs, including flags (regional indicators) and keycap bases are left to
/// the caller. Ranges follow Unicode's Extended_Pictographic blocks.
pub fn is_emoji(c: char) -> bool {
    let u = c as u32;
    matches!(u,
        0x1F000..=0x1FAFF   // mahjong … symbols and pictographs extended-A
        | 0x2600..=0x27BF   // misc symbols, dingbats
        | 0x2B00..=0x2BFF   // arrows, stars (⭐)
        | 0x2300..=0x23FF   // technical (⌚ ⏰)
        | 0x1FC00..=0x1FFFD
    ) || matches!(
        c,
        '©' | '®' | '‼' | '⁉' | '™' | 'ℹ' | '〰' | '〽' | '㊗' | '㊙'
    )
}

/// Characters that continue an emoji sequence: ZWJ, variation selectors, skin-tone modifiers,
/// tag characters and the combining keycap.
pub fn is_emoji_continuation(c: char) -> bool {
    let u = c as u32;
    matches!(u, 0x200D | 0xFE0E | 0xFE0F | 0x1F3FB..=0x1F3FF | 0xE0020..=0xE007F | 0x20E3)
}

/// Scripts written without spaces between words: each ideograph or kana is its own token.
pub fn is_unspaced_script(c: char) -> bool {
    let u = c as u32;
    matches!(u,
        0x3040..=0x30FF     // hiragana, katakana
        | 0x3400..=0x4DBF   // CJK extension A
        | 0x4E00..=0x9FFF   // CJK unified ideographs
        | 0xF900..=0xFAFF   // CJK compatibility ideographs
        | 0x20000..=0x2FA1F // CJK extensions B–F, compatibility supplement
        | 0x0E00..=0x0E7F   // Thai
    )
}

/// Bullet characters that open a list item at the start of a line.
pub fn is_bullet(c: char) -> bool {
    matches!(
        c,
        '•' | '◦'
            | '▪'
            | '▫'
            | '‣'
            | '⁃'
            | '●'
            | '○'
            | '■'
            | '□'
            | '►'
            | '▶'
            | '➢'
            | '✓'
            | '✔'
            | '·'
    )
}

/// Whitespace, plus the invisible format characters that scraped text carries between words
/// (zero-width space, BOM, soft hyphen) and control characters, none of which is a token.
pub fn is_space_like(c: char) -> bool {
    c.is_whitespace()
        || matches!(c, '\u{200B}' | '\u{2060}' | '\u{FEFF}' | '\u{00AD}')
        || (c.is_control() && c != '\u{200D}')
}

/// Line-breaking characters: counted to tell a line break from a paragraph break.
pub fn is_line_break(c: char) -> bool {
    matches!(
        c,
        '\n' | '\r' | '\u{0B}' | '\u{0C}' | '\u{85}' | '\u{2028}' | '\u{2029}'
    )
}

/// Punctuation as opposed to other symbols, for the `punct` / `symbol` kinds.
pub fn is_punctuation(c: char) -> bool {
    if c.is_ascii() {
        return matches!(
            c,
            '.' | ','
                | ';'
                | ':'
                | '!'
                | '?'
                | '('
                | ')'
                | '['
                | ']'
                | '{'
                | '}'
                | '-'
                | '/'
                | '\\'
                | '_'
        );
    }
    let u = c as u32;
    matches!(u, 0x2010..=0x2027 | 0x2030..=0x205E | 0x3000..=0x303F | 0xFF01..=0xFF0F | 0xFF1A..=0xFF1F)
        || matches!(c, '¡' | '¿' | '§' | '¶' | '·' | '⁄')
        || is_dash(c)
}
