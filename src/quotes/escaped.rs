//! HTML-escaped quotation marks (`&quot;`, `&#8220;`, `&ldquo;`, `&#39;`, `&rsquo;`, …).
//!
//! Scraped news often keeps its marks as character references. The sentence, quote and number
//! stages read them as the characters they stand for, with one table: the text is decoded
//! (references to quotation marks and apostrophes, and to the spaces, currency signs and
//! ampersand of [`NAMED_OTHER`]; everything else is left as given), the stage runs on the
//! decoded text, and every span is mapped back to byte offsets in the text as given. A text
//! without such a reference costs one `memchr` scan for `&`.

use crate::span::Span;

/// Named references to quotation marks and apostrophes, with the character they stand for.
/// (A fixed table of the HTML standard, not an English word list.)
const NAMED: [(&str, char); 12] = [
    ("quot", '"'),
    ("apos", '\''),
    ("ldquo", '“'),
    ("rdquo", '”'),
    ("bdquo", '„'),
    ("lsquo", '‘'),
    ("rsquo", '’'),
    ("sbquo", '‚'),
    ("laquo", '«'),
    ("raquo", '»'),
    ("lsaquo", '‹'),
    ("rsaquo", '›'),
];

/// Named references read besides the marks: spaces that may sit inside or after a figure or
/// between words, currency signs, and the ampersand. (A fixed table of the HTML standard.)
const NAMED_OTHER: [(&str, char); 7] = [
    ("nbsp", '\u{A0}'),
    ("thinsp", '\u{2009}'),
    ("pound", '£'),
    ("euro", '€'),
    ("yen", '¥'),
    ("cent", '¢'),
    ("amp", '&'),
];

/// The longest reference read: `&#x0201C;` / `&rsaquo;`.
const MAX_REFERENCE: usize = 10;

/// Is `c` a character a reference may be decoded to here?
fn is_mark(c: char) -> bool {
    NAMED.iter().any(|&(_, m)| m == c) || matches!(c, '‛' | '‟' | '`')
}

/// Is `c` a character decoded besides the marks? (`&#8239;` is the narrow no-break space,
/// which has no name.)
fn is_other_character(c: char) -> bool {
    NAMED_OTHER.iter().any(|&(_, m)| m == c) || c == '\u{202F}'
}

/// The character a reference at the start of `rest` (just after `&`) stands for, and the
/// reference's length in bytes after the `&`.
fn reference(rest: &str) -> Option<(char, usize)> {
    let semi = semicolon(rest)?;
    let name = &rest[..semi];
    let c = if let Some(num) = name.strip_prefix('#') {
        numeric(num).filter(|&c| is_mark(c) || is_other_character(c))?
    } else {
        let named = NAMED.iter().find(|&&(n, _)| n == name);
        named
            .or_else(|| NAMED_OTHER.iter().find(|&&(n, _)| n == name))?
            .1
    };
    Some((c, semi + 1))
}

/// Where the `;` that ends a reference at the start of `rest` is, if within reach.
fn semicolon(rest: &str) -> Option<usize> {
    rest.as_bytes()
        .iter()
        .take(MAX_REFERENCE)
        .position(|&b| b == b';')
}

/// The character a numeric reference names (`num`: after `&#`, before `;`).
fn numeric(num: &str) -> Option<char> {
    let code = match num.strip_prefix(['x', 'X']) {
        Some(hex) => u32::from_str_radix(hex, 16).ok()?,
        None => num.parse().ok()?,
    };
    char::from_u32(code)
}

/// A reference to a space that may separate thousands at the start of `rest` (just after
/// `&`): `&nbsp;`, `&thinsp;`, `&#160;`, `&#xA0;`, `&#8201;`, `&#8239;` (no-break, thin and
/// narrow no-break space); its length in bytes after the `&`. The number stage reads
/// "10&nbsp;000" as "10\u{A0}000", with offsets into the text as given.
pub(crate) fn thousands_space_reference(rest: &str) -> Option<usize> {
    let semi = semicolon(rest)?;
    let c = match &rest[..semi] {
        "nbsp" => '\u{A0}',
        "thinsp" => '\u{2009}',
        name => numeric(name.strip_prefix('#')?)?,
    };
    matches!(c, '\u{A0}' | '\u{2009}' | '\u{202F}').then_some(semi + 1)
}

/// Does the text hold a reference this module decodes?
pub(crate) fn has_references(text: &str) -> bool {
    memchr::memchr_iter(b'&', text.as_bytes()).any(|k| reference(&text[k + 1..]).is_some())
}

/// The text with its references decoded, and for each byte offset of the decoded text
/// (and one past its end) the byte offset in `text` it came from.
pub(crate) struct Decoded {
    pub text: String,
    origin: Vec<u32>,
}

impl Decoded {
    /// The text with its references decoded.
    pub fn new(text: &str) -> Self {
        let mut out = String::with_capacity(text.len());
        let mut origin = Vec::with_capacity(text.len() + 1);
        let mut copied = 0;
        for k in memchr::memchr_iter(b'&', text.as_bytes()) {
            if k < copied {
                continue;
            }
            let Some((c, len)) = reference(&text[k + 1..]) else {
                continue;
            };
            out.push_str(&text[copied..k]);
            origin.extend(copied as u32..k as u32);
            out.push(c);
            origin.extend(std::iter::repeat_n(k as u32, c.len_utf8()));
            copied = k + 1 + len;
        }
        out.push_str(&text[copied..]);
        origin.extend(copied as u32..=text.len() as u32);
        Decoded { text: out, origin }
    }

    /// The span of the given text that a span of the decoded text came from.
    pub fn original(&self, span: Span) -> Span {
        Span::new(
            self.origin[span.start()] as usize,
            self.origin[span.end()] as usize,
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn named_and_numeric_references_decode_to_their_characters() {
        let d = Decoded::new("a &quot;b&#8221; &amp; &ldquo;c&#39;s&rdquo;");
        assert_eq!(d.text, "a \"b” & “c's”");
        let b = d.text.find('b').unwrap();
        assert_eq!(d.original(Span::new(b, b + 1)), Span::new(8, 9));
        let end = d.text.len();
        assert_eq!(d.original(Span::new(end - "”".len(), end)).end(), 44);
    }

    #[test]
    fn thousands_space_references_are_the_spaces_only() {
        assert_eq!(thousands_space_reference("nbsp;000"), Some(5));
        assert_eq!(thousands_space_reference("#160;234"), Some(5));
        assert_eq!(thousands_space_reference("#xA0;234"), Some(5));
        assert_eq!(thousands_space_reference("#8239;5"), Some(6));
        assert_eq!(thousands_space_reference("amp;000"), None);
        assert_eq!(thousands_space_reference("#32;000"), None);
        assert_eq!(thousands_space_reference("nbsp 000"), None);
    }

    #[test]
    fn spaces_currency_and_ampersands_decode_too() {
        let t = "5&nbsp;p.m. &pound;5 &#8364;3 &yen;9 &#8239;x &amp; &ldquo;a&rdquo; &copy;";
        let d = Decoded::new(t);
        assert_eq!(d.text, "5\u{a0}p.m. £5 €3 ¥9 \u{202f}x & “a” &copy;");
        let five = d.text.find("£5").unwrap();
        let span = d.original(Span::new(five, five + "£5".len()));
        assert_eq!(&t[span.start()..span.end()], "&pound;5");
    }

    #[test]
    fn only_table_references_count() {
        assert!(has_references("x &#x201C;y"));
        assert!(has_references("&#163;5"));
        assert!(has_references("a&nbsp;b"));
        assert!(!has_references("AT&T &copy; &#169; &quo"));
    }
}
