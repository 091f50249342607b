//! HTML markup left in a text (`<p>…</p>`, `<a href="…">`, `<br/>`, `<!-- … -->`).
//!
//! Scraped news keeps page markup more often than a clean corpus suggests: a paragraph per
//! `<p>` element, an emphasised word, a link around a name. The sentence, quote and number
//! stages read such a text as the text the page shows ([`crate::quotes::escaped::Decoded`]
//! decodes it with the character references): an element that makes a block (a paragraph, a
//! heading, a list item, a table cell) stands for a paragraph break, a line break element for a
//! line break, a `<q>` element's tags for quotation marks (as a browser draws them), and every
//! other tag, a comment and the code of a `<script>` or `<style>` element for nothing at all
//! (or a space, between two words), so `“<em>Never</em>,” she said` is read as `“Never,” she said`.
//!
//! Only the elements of the HTML standard listed here are tags: `<Redacted>`, `a < b` and
//! `<3` are text. A tag ends at the first `>` within [`MAX_TAG`] bytes, with no `<` before it.
//! The published tokens are those of the text as given (a tag is read as the tokens its
//! characters make); every span of the later stages is mapped back to the text as given.

/// Elements whose tags stand for a paragraph break. (A fixed table of the HTML standard.)
const BLOCK: [&str; 38] = [
    "address",
    "article",
    "aside",
    "blockquote",
    "body",
    "caption",
    "dd",
    "div",
    "dl",
    "dt",
    "figcaption",
    "figure",
    "footer",
    "form",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "head",
    "header",
    "hr",
    "html",
    "li",
    "main",
    "nav",
    "ol",
    "p",
    "pre",
    "section",
    "table",
    "td",
    "th",
    "title",
    "tr",
    "ul",
    "center",
];

/// Elements whose tags stand for nothing (text-level elements and embedded content). (A fixed
/// table of the HTML standard.)
const INLINE: [&str; 40] = [
    "a", "abbr", "audio", "b", "bdi", "bdo", "big", "cite", "code", "data", "del", "dfn", "em",
    "embed", "font", "i", "iframe", "img", "ins", "kbd", "mark", "noscript", "object", "param",
    "picture", "s", "samp", "small", "source", "span", "strike", "strong", "sub", "sup", "tbody",
    "thead", "time", "tt", "u", "video",
];

/// Elements whose content is code, read as nothing up to the element's end tag.
const CODE: [&str; 2] = ["script", "style"];

/// The longest tag read (a link's tag holds its address).
pub const MAX_TAG: usize = 2048;

/// What a tag stands for in the text as read.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Reading {
    /// A paragraph break (`<p>`, `</div>`, `<li>`).
    Paragraph,
    /// A line break (`<br>`, `<br/>`).
    Line,
    /// Nothing (`<em>`, `</a>`, a comment).
    Nothing,
    /// Nothing, and the element's content is code: the reading goes on after its end tag.
    Code,
    /// A quotation mark: the `<q>` element's tags, which a browser draws as marks (`true`:
    /// the opening one).
    Mark(bool),
}

/// Reads the tags of one text left to right. It remembers which searches for a closing
/// (`-->`, `</script>`, `</style>`) found none, so each is run to the text's end at most once
/// and a text of many unclosed comments stays linear.
#[derive(Default)]
pub struct Tags {
    comment_unclosed: bool,
    code_unclosed: [bool; CODE.len()],
}

impl Tags {
    /// The tag at byte `k` of `text` (where a `<` is): its length in bytes and reading; for a
    /// code element, the length runs through its end tag.
    pub fn at(&mut self, text: &str, k: usize) -> Option<(usize, Reading)> {
        let rest = &text[k..];
        if rest.as_bytes().starts_with(b"<!--") {
            if self.comment_unclosed {
                return None;
            }
            let end = memchr::memmem::find(&rest.as_bytes()[4..], b"-->");
            self.comment_unclosed = end.is_none();
            return Some((4 + end? + 3, Reading::Nothing));
        }
        let (len, reading) = tag(rest)?;
        let Reading::Code = reading else {
            return Some((len, reading));
        };
        let which = CODE.iter().position(|c| {
            rest.as_bytes()[1..]
                .get(..c.len())
                .is_some_and(|n| n.eq_ignore_ascii_case(c.as_bytes()))
        })?;
        if self.code_unclosed[which] {
            return Some((len, Reading::Nothing));
        }
        let end = code_end(CODE[which], &rest[len..]);
        self.code_unclosed[which] = end.is_none();
        Some((len + end.unwrap_or(0), Reading::Nothing))
    }
}

/// A tag (no comment) at the start of `rest`, which starts with `<`: its length in bytes and
/// reading.
pub fn tag(rest: &str) -> Option<(usize, Reading)> {
    let b = rest.as_bytes();
    let closing = b.get(1) == Some(&b'/');
    let name_at = 1 + usize::from(closing);
    let name_len = b
        .get(name_at..)?
        .iter()
        .take(11)
        .take_while(|c| c.is_ascii_alphanumeric())
        .count();
    if name_len == 0 || name_len > 10 || !b[name_at].is_ascii_alphabetic() {
        return None;
    }
    let after = *b.get(name_at + name_len)?;
    if !(after == b'>' || after == b'/' || after.is_ascii_whitespace()) {
        return None;
    }
    let name = rest[name_at..name_at + name_len].to_ascii_lowercase();
    let reading = if name == "br" {
        Reading::Line
    } else if name == "q" {
        Reading::Mark(!closing)
    } else if BLOCK.contains(&name.as_str()) {
        Reading::Paragraph
    } else if INLINE.contains(&name.as_str()) {
        Reading::Nothing
    } else if CODE.contains(&name.as_str()) && !closing {
        Reading::Code
    } else if CODE.contains(&name.as_str()) {
        Reading::Nothing
    } else {
        return None;
    };
    let reach = &b[..b.len().min(MAX_TAG)];
    let end = reach[1..].iter().position(|&c| c == b'>' || c == b'<')? + 1;
    (b[end] == b'>').then_some((end + 1, reading))
}

/// Where the end tag of the code element `name` (`script`, `style`) ends in `rest` (the text
/// after its opening tag), if it has one.
fn code_end(name: &str, rest: &str) -> Option<usize> {
    memchr::memmem::find_iter(rest.as_bytes(), b"</").find_map(|k| {
        let after = &rest.as_bytes()[k + 2..];
        let fits =
            after.len() > name.len() && after[..name.len()].eq_ignore_ascii_case(name.as_bytes());
        if !fits {
            return None;
        }
        let close = after[name.len()..]
            .iter()
            .take(MAX_TAG)
            .position(|&c| c == b'>')?;
        Some(k + 2 + name.len() + close + 1)
    })
}

/// The text with every tag's bytes (and every reference to a space) blanked, or `None` when it
/// has none: a paragraph's tag
/// becomes two line breaks and spaces, a line break element one line break and spaces, every
/// other tag (and a code element's content) spaces. The length and every byte outside the tags
/// stay, so the tokenizer reads the blanked text and its spans are spans of the text as given:
/// a tag makes no token, and a sentence's span is the span of its tokens.
pub fn blanked(text: &str) -> Option<String> {
    let mut tags = Tags::default();
    let mut out: Option<Vec<u8>> = None;
    let mut next = 0;
    for k in memchr::memchr2_iter(b'<', b'&', text.as_bytes()) {
        if k < next {
            continue;
        }
        // A reference to a space (`&nbsp;`, `&#8239;`) is a space too, not three tokens.
        let read = match text.as_bytes()[k] {
            b'&' => crate::quotes::escaped::thousands_space_reference(&text[k + 1..])
                .map(|len| (1 + len, Reading::Nothing)),
            _ => tags.at(text, k),
        };
        let Some((len, reading)) = read else {
            continue;
        };
        let bytes = out.get_or_insert_with(|| text.as_bytes().to_vec());
        let breaks = match reading {
            Reading::Paragraph => 2,
            Reading::Line => 1,
            Reading::Nothing | Reading::Code | Reading::Mark(_) => 0,
        };
        for (j, b) in bytes[k..k + len].iter_mut().enumerate() {
            *b = if j < breaks { b'\n' } else { b' ' };
        }
        next = k + len;
    }
    markdown_links_blanked(text, &mut out);
    // Whole chars were replaced by ASCII (a tag starts at `<` and ends at `>`, a Markdown
    // link's syntax is ASCII).
    out.map(|b| String::from_utf8(b).expect("tags hold whole chars"))
}

/// Most bytes of a Markdown link's text and of its address (rule `markdown_link_text`).
const MAX_LINK_TEXT: usize = 120;
const MAX_LINK_ADDRESS: usize = 500;

/// Rule `markdown_link_text`: a Markdown link (`[Ann Cole](https://example.org) said`) is
/// read as its text (`Ann Cole said`), as an HTML link's tags are: the `[` and the `](…)` are
/// blanked. Only the whole shape: a non-empty text with no bracket and at most one line break
/// (a hard-wrapped line), `](` right after it, an address with no space closed by `)`;
/// `[sic]`, `[the minister]` and a bracket with no address stay text.
fn markdown_links_blanked(text: &str, out: &mut Option<Vec<u8>>) {
    for link in markdown_links(text) {
        let bytes = out.get_or_insert_with(|| text.as_bytes().to_vec());
        bytes[link.open] = b' ';
        bytes[link.close_text..link.end].fill(b' ');
    }
}

/// A Markdown link's syntax (rule `markdown_link_text`): its `[` at `open`, and the `](…)`
/// from `close_text` to `end` (exclusive). The text between is the link's text.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct MarkdownLink {
    pub open: usize,
    pub close_text: usize,
    pub end: usize,
}

/// Every Markdown link of `text`, in order (rule `markdown_link_text`); one `memmem` scan for
/// `](` when there is none.
pub(crate) fn markdown_links(text: &str) -> impl Iterator<Item = MarkdownLink> + '_ {
    let b = text.as_bytes();
    memchr::memmem::find_iter(b, b"](").filter_map(move |k| {
        let low = k.saturating_sub(MAX_LINK_TEXT);
        let open = b[low..k]
            .iter()
            .rposition(|&c| matches!(c, b'[' | b']'))
            .map(|p| low + p)
            .filter(|&p| {
                b[p] == b'[' && p + 1 < k && memchr::memchr_iter(b'\n', &b[p..k]).count() < 2
            })?;
        let rest = &b[k + 2..b.len().min(k + 2 + MAX_LINK_ADDRESS)];
        let close = rest
            .iter()
            .position(|&c| c == b')' || c.is_ascii_whitespace() || c == b'(')
            .filter(|&p| p > 0 && rest[p] == b')')?;
        Some(MarkdownLink {
            open,
            close_text: k,
            end: k + 2 + close + 1,
        })
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn listed_elements_are_tags_with_their_reading() {
        assert_eq!(tag("<p>x"), Some((3, Reading::Paragraph)));
        assert_eq!(tag("</P>x"), Some((4, Reading::Paragraph)));
        assert_eq!(tag("<br/>x"), Some((5, Reading::Line)));
        assert_eq!(tag("<br />x"), Some((6, Reading::Line)));
        assert_eq!(tag("<em>x"), Some((4, Reading::Nothing)));
        assert_eq!(tag("<q cite=\"x\">"), Some((12, Reading::Mark(true))));
        assert_eq!(tag("</q>"), Some((4, Reading::Mark(false))));
        assert_eq!(
            tag("<a href=\"https://x.example/a?b=1\">Ann</a>"),
            Some((34, Reading::Nothing))
        );
        assert_eq!(
            tag("<script type=\"x\">f()</script>"),
            Some((17, Reading::Code))
        );
        assert_eq!(tag("</script>"), Some((9, Reading::Nothing)));
        let mut tags = Tags::default();
        assert_eq!(tags.at("x<!-- ad -->x", 1), Some((11, Reading::Nothing)));
    }

    #[test]
    fn text_in_angle_brackets_is_no_tag() {
        for text in [
            "<Redacted>",
            "< p>",
            "<3 you",
            "a <b c",
            "<p the rest < of it>",
            "<abbreviation>",
            "<",
            "</",
            "<p",
        ] {
            assert_eq!(tag(text), None, "{text}");
        }
        let long = format!("<a href=\"{}\">", "x".repeat(MAX_TAG));
        assert_eq!(tag(&long), None);
    }

    #[test]
    fn a_code_element_is_read_through_its_end_tag() {
        let text = "<script>var a = '<b>'; </SCRIPT> Text";
        let (len, reading) = Tags::default().at(text, 0).unwrap();
        assert_eq!((&text[len..], reading), (" Text", Reading::Nothing));
        // No end tag: the opening tag alone, and the search is not run again.
        let text = "<style>p { color: red } <style>";
        let mut tags = Tags::default();
        assert_eq!(tags.at(text, 0), Some((7, Reading::Nothing)));
        assert!(tags.code_unclosed[1]);
        assert_eq!(tags.at(text, 24), Some((7, Reading::Nothing)));
    }

    #[test]
    fn blanking_keeps_every_byte_outside_the_tags() {
        let text = "<p>“<em>Nö</em>,” <br>she said.</p><!-- x -->";
        let b = blanked(text).unwrap();
        assert_eq!(b.len(), text.len());
        let want = format!("\n\n “    Nö     ,” \n   she said.\n\n{}", " ".repeat(12));
        assert_eq!(b, want);
        assert_eq!(blanked("a < b and <Name> &amp; AT&T"), None);
        assert_eq!(
            blanked("10&nbsp;000 &#8239;x").unwrap(),
            "10      000        x"
        );
    }

    #[test]
    fn an_unclosed_comment_is_text_and_searched_once() {
        let text = "a <!-- b <!-- c";
        let mut tags = Tags::default();
        assert_eq!(tags.at(text, 2), None);
        assert!(tags.comment_unclosed);
        assert_eq!(tags.at(text, 9), None);
    }
}
