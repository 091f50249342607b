//! Hard-wrapped text: paragraphs broken into lines of about the same width by single line
//! breaks (e-mail, plain-text wire copy, `fmt`). The quote stage reads a line break as a
//! paragraph break (one paragraph a line is common in scraped news), which in wrapped text
//! would cut every quotation at each line end. A text that looks wrapped is read with its
//! wrap breaks as spaces; the replacement keeps every byte offset.

/// A wrapped line is at least this long (characters); a shorter line ends its paragraph.
const MIN_WRAPPED_LINE: usize = 45;
/// No line of a wrapped text is longer than this.
const MAX_WRAPPED_LINE: usize = 110;
/// Single line breaks a text needs before it is read as wrapped.
const MIN_WRAPS: usize = 3;

/// Rule `hard_wrapped_text`: at least three single line breaks, no line longer than 110
/// characters, and most lines that run on to a next line at least 45 characters long.
pub(crate) fn is_hard_wrapped(text: &str) -> bool {
    // Most texts are settled without counting characters: too few line breaks, or a line
    // longer in bytes than any wrapped line could be.
    if memchr::memchr_iter(b'\n', text.as_bytes())
        .nth(MIN_WRAPS - 1)
        .is_none()
    {
        return false;
    }
    let mut run_on = 0usize;
    let mut full = 0usize;
    let mut lines = text.split('\n').peekable();
    while let Some(line) = lines.next() {
        let line = line.trim_end_matches('\r');
        if line.len() > MAX_WRAPPED_LINE * 4 {
            return false;
        }
        let len = if line.len() >= MIN_WRAPPED_LINE {
            line.chars().count()
        } else {
            line.len()
        };
        if len > MAX_WRAPPED_LINE {
            return false;
        }
        let next_nonblank = lines.peek().is_some_and(|n| !n.trim().is_empty());
        if len > 0 && next_nonblank {
            run_on += 1;
            full += usize::from(len >= MIN_WRAPPED_LINE);
        }
    }
    run_on >= MIN_WRAPS && full * 10 >= run_on * 7
}

/// Replaces each wrap break (a single line break after a full line, before a non-blank one)
/// with spaces of the same byte length (`\n` → ` `, `\r\n` → `  `).
pub(crate) fn unwrap_lines(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut lines = text.split('\n').peekable();
    while let Some(line) = lines.next() {
        out.push_str(line);
        let Some(next) = lines.peek() else { break };
        let content = line.trim_end_matches('\r');
        let wrap = content.chars().count() >= MIN_WRAPPED_LINE && !next.trim().is_empty();
        if wrap {
            out.truncate(out.len() - (line.len() - content.len()));
            out.push_str(&" ".repeat(line.len() - content.len() + 1));
        } else {
            out.push('\n');
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    const WRAPPED: &str = "The mayor spoke at length on Monday about the plans for the\n\
        city centre. \"We will rebuild the market and the bridge this\n\
        year,\" she said, adding that the council had set aside the money\n\
        needed for both projects.\n\nA new paragraph.";

    #[test]
    fn wrapped_text_is_recognised_and_unwrapped_offset_for_offset() {
        assert!(is_hard_wrapped(WRAPPED));
        let flat = unwrap_lines(WRAPPED);
        assert_eq!(flat.len(), WRAPPED.len());
        assert!(flat.contains("for the city centre"));
        assert!(flat.contains("projects.\n\nA new"));
    }

    #[test]
    fn one_paragraph_a_line_is_not_wrapped() {
        let text = "A first paragraph that runs on for well over a hundred and ten characters, as paragraphs in news usually do.\nShort one.\nAnother.\nAnd another.";
        assert!(!is_hard_wrapped(text));
    }

    #[test]
    fn crlf_wraps_keep_their_length() {
        let text = WRAPPED.replace('\n', "\r\n");
        assert!(is_hard_wrapped(&text));
        let flat = unwrap_lines(&text);
        assert_eq!(flat.len(), text.len());
        assert!(flat.contains("for the  city centre"));
    }
}
