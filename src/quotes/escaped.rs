//! HTML-escaped quotation marks (`&quot;`, `&#8220;`, `&ldquo;`, `&#39;`, `&rsquo;`, …).
//!
//! Scraped news often keeps its marks as character references. The sentence, quote and number
//! stages read them as the characters they stand for, with one table: the text is decoded
//! (references to quotation marks and apostrophes, and to the spaces, currency signs and
//! ampersand of [`NAMED_OTHER`]; everything else is left as given), the stage runs on the
//! decoded text, and every span is mapped back to byte offsets in the text as given. The same
//! table reads HTML markup ([`crate::quotes::markup`]): a paragraph's tags as a paragraph
//! break, other tags as nothing; Markdown links' syntax (`[Ann Cole](https://…)`) as nothing
//! too; and Windows-1252 mojibake of marks and dashes (`â€œ`, [`MOJIBAKE`]) as the
//! characters. A text without any of these costs one `memchr3` scan for `&`, `<` and the
//! mojibake's lead byte, and one `memmem` scan for `](`.

use crate::quotes::markup::{markdown_links, Reading, Tags};
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

/// Windows-1252 mojibake of punctuation: the UTF-8 bytes of a curly mark, dash, ellipsis or
/// currency sign read as Windows-1252 and written out again as UTF-8 (`â€œ` for `“`), as
/// pages saved through a wrong encoding show them. `”` has two spellings: its last byte
/// (0x9D) has no Windows-1252 character and comes out as the control character U+009D or as
/// U+FFFD. (A fixed table of the two encodings, not English words.)
const MOJIBAKE: [(&str, char); 12] = [
    ("â€œ", '“'),
    ("â€\u{9d}", '”'),
    ("â€\u{fffd}", '”'),
    ("â€˜", '‘'),
    ("â€™", '’'),
    ("â€”", '—'),
    ("â€“", '–'),
    ("â€¦", '…'),
    ("â€¢", '•'),
    ("â‚¬", '€'),
    ("Â£", '£'),
    ("Â\u{a0}", '\u{a0}'),
];

/// The first bytes of every [`MOJIBAKE`] entry, a Windows-1252 `â` or `Â` in UTF-8 (0xC3
/// then 0xA2 or 0x82): the byte the decoders look for.
const MOJIBAKE_LEAD: u8 = 0xC3;

/// The mojibake at the start of `rest`: the character it stands for and its length in bytes.
/// `â€` before a space, a line break, punctuation or the end is a `”` whose last byte was
/// lost (dropped as undefined by the page's encoder).
fn mojibake(rest: &str) -> Option<(char, usize)> {
    if let Some(&(m, c)) = MOJIBAKE.iter().find(|(m, _)| rest.starts_with(m)) {
        return Some((c, m.len()));
    }
    let after = rest.strip_prefix("â€")?;
    after
        .chars()
        .next()
        .is_none_or(|c| c.is_whitespace() || c.is_ascii_punctuation())
        .then_some(('”', rest.len() - after.len()))
}

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

/// Does the text hold a reference, a tag, mojibake or a Markdown link this module decodes?
/// (The stages read such a text through [`Decoded`].)
pub(crate) fn needs_decoding(text: &str) -> bool {
    let mut tags = Tags::default();
    memchr::memchr3_iter(b'&', b'<', MOJIBAKE_LEAD, text.as_bytes()).any(|k| {
        match text.as_bytes()[k] {
            b'&' => reference(&text[k + 1..]).is_some(),
            b'<' => tags.at(text, k).is_some(),
            _ => mojibake(&text[k..]).is_some(),
        }
    }) || markdown_links(text).next().is_some()
}

/// Would dropping a tag join two words? `read` is the text read so far, `pending` the text
/// between the last reference or tag and this tag (not yet copied), `after` the rest.
fn joins_words(read: &str, pending: &str, after: &str) -> bool {
    let alnum = |c: Option<char>| c.is_some_and(char::is_alphanumeric);
    let before = pending
        .chars()
        .next_back()
        .or_else(|| read.chars().next_back());
    alnum(before) && alnum(after.chars().next())
}

/// The places [`Decoded`] reads, in order: each `&`, `<` and mojibake lead byte (with `None`),
/// and each Markdown link's `[` and `](…)` with its end (read as nothing, rule
/// `markdown_link_text`).
fn read_points(text: &str) -> impl Iterator<Item = (usize, Option<usize>)> + '_ {
    let mut marks = memchr::memchr3_iter(b'&', b'<', MOJIBAKE_LEAD, text.as_bytes()).peekable();
    let mut links = markdown_links(text)
        .flat_map(|l| [(l.open, l.open + 1), (l.close_text, l.end)])
        .peekable();
    std::iter::from_fn(move || {
        let link_first = match (marks.peek(), links.peek()) {
            (None, None) => return None,
            (Some(&m), Some(&(l, _))) => l < m,
            (m, _) => m.is_none(),
        };
        if link_first {
            links.next().map(|(l, end)| (l, Some(end)))
        } else {
            marks.next().map(|m| (m, None))
        }
    })
}

/// The text with its references decoded and its tags read, and for each byte offset of the
/// decoded text (and one past its end) the byte offset in `text` it came from.
pub(crate) struct Decoded {
    pub text: String,
    origin: Vec<u32>,
    /// The byte ranges of `text` read as nothing (tags), adjacent ones merged, in order: a
    /// span that ends where one begins ends there, not after it.
    dropped: Vec<(u32, u32)>,
}

impl Decoded {
    /// The text with its references decoded and its tags read.
    pub fn new(text: &str) -> Self {
        let mut out = String::with_capacity(text.len());
        let mut origin = Vec::with_capacity(text.len() + 1);
        let mut dropped: Vec<(u32, u32)> = Vec::new();
        let mut tags = Tags::default();
        let mut copied = 0;
        for (k, link_end) in read_points(text) {
            if k < copied {
                continue;
            }
            // What the link syntax, reference, mojibake or tag is read as, and its length in
            // bytes.
            let (read, len) = if let Some(end) = link_end {
                let len = end - k;
                if joins_words(&out, &text[copied..k], &text[end..]) {
                    (Some(" ".to_string()), len)
                } else {
                    (None, len)
                }
            } else if text.as_bytes()[k] == b'&' {
                match reference(&text[k + 1..]) {
                    Some((c, len)) => (Some(c.encode_utf8(&mut [0; 4]).to_string()), 1 + len),
                    None => continue,
                }
            } else if text.as_bytes()[k] == MOJIBAKE_LEAD {
                match mojibake(&text[k..]) {
                    Some((c, len)) => (Some(c.encode_utf8(&mut [0; 4]).to_string()), len),
                    None => continue,
                }
            } else {
                match tags.at(text, k) {
                    Some((len, Reading::Paragraph)) => (Some("\n\n".to_string()), len),
                    Some((len, Reading::Line)) => (Some("\n".to_string()), len),
                    Some((len, Reading::Mark(true))) => (Some("“".to_string()), len),
                    Some((len, Reading::Mark(false))) => (Some("”".to_string()), len),
                    // A tag between two letters or digits stands where a page dump lost a
                    // space (`said<em>U.S. troops`): read as one, as the tokens given read it.
                    Some((len, _)) if joins_words(&out, &text[copied..k], &text[k + len..]) => {
                        (Some(" ".to_string()), len)
                    }
                    Some((len, _)) => (None, len),
                    None => continue,
                }
            };
            out.push_str(&text[copied..k]);
            origin.extend(copied as u32..k as u32);
            match read {
                // Every byte read in its place comes from the reference's or tag's first byte.
                Some(read) => {
                    out.push_str(&read);
                    origin.extend(std::iter::repeat_n(k as u32, read.len()));
                }
                None => match dropped.last_mut() {
                    Some(last) if last.1 == k as u32 => last.1 = (k + len) as u32,
                    _ => dropped.push((k as u32, (k + len) as u32)),
                },
            }
            copied = k + len;
        }
        out.push_str(&text[copied..]);
        origin.extend(copied as u32..=text.len() as u32);
        Decoded {
            text: out,
            origin,
            dropped,
        }
    }

    /// The byte offset in the given text that byte `offset` of the decoded text came from.
    pub fn origin_of(&self, offset: usize) -> usize {
        self.origin[offset] as usize
    }

    /// The span of the given text that a span of the decoded text came from. An end right
    /// before a tag read as nothing maps to the tag's start (`<em>Never</em>,` gives `Never`).
    pub fn original(&self, span: Span) -> Span {
        let start = self.origin[span.start()];
        let mut end = self.origin[span.end()];
        if span.end() > span.start() {
            if let Ok(i) = self.dropped.binary_search_by_key(&end, |d| d.1) {
                end = self.dropped[i].0.max(start);
            }
        }
        Span::new(start as usize, end as usize)
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
        assert!(needs_decoding("x &#x201C;y"));
        assert!(needs_decoding("&#163;5"));
        assert!(needs_decoding("a&nbsp;b"));
        assert!(!needs_decoding("AT&T &copy; &#169; &quo"));
    }

    #[test]
    fn tags_read_as_breaks_or_nothing_with_offsets_into_the_text() {
        let t = "<p>&ldquo;<em>Never</em>,&rdquo; she said.</p>\n<p>Then<br>more.</p>";
        let d = Decoded::new(t);
        assert_eq!(d.text, "\n\n“Never,” she said.\n\n\n\n\nThen\nmore.\n\n");
        let never = d.text.find("Never").unwrap();
        let span = d.original(Span::new(never, never + 5));
        assert_eq!(&t[span.start()..span.end()], "Never");
        let open = d.text.find('“').unwrap();
        let close = d.text.find('”').unwrap() + '”'.len_utf8();
        let span = d.original(Span::new(open, close));
        assert_eq!(
            &t[span.start()..span.end()],
            "&ldquo;<em>Never</em>,&rdquo;"
        );
        let said = d.text.find("said.").unwrap();
        let span = d.original(Span::new(said, said + 5));
        assert_eq!(&t[span.start()..span.end()], "said.");
        let then = d.text.find("Then").unwrap();
        let span = d.original(Span::new(then, d.text.find("more.").unwrap() + 5));
        assert_eq!(&t[span.start()..span.end()], "Then<br>more.");
    }

    #[test]
    fn a_tag_between_two_words_is_read_as_a_space() {
        let t = "He said<em><b>U.S. troops</b></em> left, un<i>til</i>.";
        let d = Decoded::new(t);
        assert_eq!(d.text, "He said U.S. troops left, un til.");
        let us = d.text.find("U.S.").unwrap();
        let span = d.original(Span::new(3, us + 4));
        assert_eq!(&t[span.start()..span.end()], "said<em><b>U.S.");
        // A tag after a space joins nothing: no second space (`Gustavo</a> <a>Petro`).
        let spaced = Decoded::new("President <a>Gustavo</a> <a href=\"x\">Petro</a> said.");
        assert_eq!(spaced.text, "President Gustavo Petro said.");
    }

    #[test]
    fn windows_1252_mojibake_of_marks_reads_as_the_marks() {
        let t = "â€œWe wonâ€™t go,â€\u{9d} she said â€” or â€œstay.â€� â€˜Noâ€™ â€ Â£5 â‚¬3";
        assert!(needs_decoding(t));
        let d = Decoded::new(t);
        assert_eq!(d.text, "“We won’t go,” she said — or “stay.” ‘No’ ” £5 €3");
        let we = d.text.find("We").unwrap();
        let close = d.text.find(',').unwrap() + 1 + '”'.len_utf8();
        let span = d.original(Span::new(we, close));
        assert_eq!(&t[span.start()..span.end()], "We wonâ€™t go,â€\u{9d}");
        // Letters written as Windows-1252 (`Ã©`) and a lone `â` are text.
        assert!(!needs_decoding("cafÃ© â or Ã‰"));
        assert!(!needs_decoding("â€x"));
    }

    #[test]
    fn markdown_links_read_as_their_text() {
        // Rule `markdown_link_text`: the `[` and `](…)` are read as nothing, even with a
        // reference inside the address, and spans map back into the text as given.
        let t = "[Ann](https://example.org/a) [Cole](https://example.org/x?a=1&amp;b=2) said.";
        assert!(needs_decoding(t));
        let d = Decoded::new(t);
        assert_eq!(d.text, "Ann Cole said.");
        let span = d.original(Span::new(0, "Ann Cole".len()));
        assert_eq!(
            &t[span.start()..span.end()],
            "Ann](https://example.org/a) [Cole"
        );
        // A bracket with no address, or an address with a space, is text.
        assert!(!needs_decoding("the mayor [Ann Cole] said [sic](x y)"));
    }

    #[test]
    fn a_text_ending_in_dropped_tags_maps_its_last_word_tightly() {
        let t = "He <b>won</b></a>";
        let d = Decoded::new(t);
        assert_eq!(d.text, "He won");
        let span = d.original(Span::new(3, 6));
        assert_eq!(&t[span.start()..span.end()], "won");
        assert_eq!(d.original(Span::new(6, 6)), Span::new(17, 17));
    }
}
