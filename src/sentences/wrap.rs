//! Hard-wrapped text: wire copy and e-mail broken into lines of a fixed width (typically
//! 60-80 columns) with single newlines inside paragraphs. Such a line break is a space, not a
//! boundary, so the same sentences come out as from the unwrapped text.

/// Lines longer than this are paragraphs written on one line, not wrapped lines.
const MAX_WRAP_COLUMNS: usize = 120;
/// How far back (bytes) a line start is looked for: a line of more bytes than this is counted
/// by its bytes in [`columns`], which makes it longer than any wrapping width.
pub(super) const LINE_LOOKBACK: usize = 4 * MAX_WRAP_COLUMNS + 1;
/// Fewer wrapped lines than this do not show a wrapping width.
const MIN_WRAPPED_LINES: usize = 2;

/// The wrapping width of `text` when its lines are hard-wrapped, else `None`: most lines that
/// end at a single newline are long and none much longer than the rest (a line of one word,
/// which no wrapper could break, and lines under half the width aside). One pass over the
/// line breaks (none in most news text).
pub(super) fn wrap_width(text: &str) -> Option<usize> {
    // No line break: not hard-wrapped.
    memchr::memchr(b'\n', text.as_bytes())?;
    // No more lines than pieces between line breaks: once more than a twentieth of that many
    // are too long, the `long * 20 <= lines` test below must fail, and the rest is not read
    // (news text with a paragraph per line stops after its first long lines).
    let most_lines = memchr::memchr_iter(b'\n', text.as_bytes()).count() + 1;
    // Lengths of the lines that end at a single newline (inside a paragraph), and how many
    // lines of any kind are too long to be wrapped.
    let mut inner = Vec::new();
    let (mut long, mut lines) = (0, 0);
    let mut pending: Option<Option<usize>> = None; // the last non-blank line, until we see what follows
    for line in lines_of(text) {
        // The indent counts, as for a wrapper.
        let line = line.trim_end();
        if line.trim_start().is_empty() {
            pending = None;
            continue;
        }
        let n = columns(line, 0, line.len());
        lines += 1;
        long += usize::from(n > MAX_WRAP_COLUMNS);
        if long * 20 > most_lines {
            return None;
        }
        // A line of one word (a long address) could not be broken: it tells no width.
        let one_word = memchr::memchr2(b' ', b'\t', line.trim_start().as_bytes()).is_none();
        if let Some(Some(p)) = pending.replace((!one_word).then_some(n)) {
            inner.push(p);
        }
    }
    let width = inner
        .iter()
        .copied()
        .filter(|&n| n <= MAX_WRAP_COLUMNS)
        .max()?;
    let full = inner.iter().filter(|&&n| is_full(n, width)).count();
    // Lines under half the width (code, list items, headings between wrapped paragraphs) say
    // little about wrapping: at least half the lines must reach half the width, and two
    // thirds of those be full.
    let half = inner.iter().filter(|&&n| n * 2 >= width).count();
    let wrapped = inner.len() >= MIN_WRAPPED_LINES
        && long * 20 <= lines
        && half * 2 >= inner.len()
        && full * 3 >= half * 2
        && width >= 40;
    wrapped.then_some(width)
}

/// The pieces of `text` between its `\n` bytes, as `text.split('\n')` gives them (the last
/// one after the last `\n`, empty or not), found by the `memchr` crate's vector search: the
/// standard library's split searches for a `char` from each line start again.
fn lines_of(text: &str) -> impl Iterator<Item = &str> {
    let ends = memchr::memchr_iter(b'\n', text.as_bytes()).chain(std::iter::once(text.len()));
    let mut start = 0;
    ends.map(move |end| {
        let line = &text[start..end];
        start = end + 1;
        line
    })
}

/// Is a line of `n` columns a full line at this wrapping width (it ended because the next word
/// did not fit)?
pub(super) fn is_full(n: usize, width: usize) -> bool {
    n * 4 >= width * 3 && n <= width
}

/// Is the line `text[start..end]` wrapped at this width: no longer than the width, and the word
/// that opens the next line (at `next`) would not have fitted after it? A shorter line ended
/// on purpose (a headline, an item, the end of a paragraph), however long it is.
pub(super) fn wraps_before(
    text: &str,
    start: usize,
    end: usize,
    next: usize,
    width: usize,
) -> bool {
    let n = columns(text, start, end);
    n <= width && n + 1 + word_columns(text, next, width + 1 - n.min(width)) > width
}

/// Columns of the word at byte `start` (up to the next space, tab or line break; a no-break
/// space joins), counting at most `cap`.
fn word_columns(text: &str, start: usize, cap: usize) -> usize {
    text[start..]
        .chars()
        .take(cap)
        .take_while(|c| !c.is_ascii_whitespace())
        .count()
}

/// Columns (code points) of `text[start..end]`; a line of more bytes than four times the
/// widest wrapped line is counted by its bytes (it is too long either way).
pub(super) fn columns(text: &str, start: usize, end: usize) -> usize {
    if end - start > 4 * MAX_WRAP_COLUMNS {
        return end - start;
    }
    text[start..end].chars().count()
}

#[cfg(test)]
mod tests {
    use super::*;

    /// [`wrap_width`] as it was written before [`lines_of`]: `split('\n')` and a `char`
    /// search for the space in a line.
    fn wrap_width_by_split(text: &str) -> Option<usize> {
        if !text.contains('\n') {
            return None;
        }
        let mut inner = Vec::new();
        let (mut long, mut lines) = (0, 0);
        let mut pending: Option<Option<usize>> = None;
        for line in text.split('\n') {
            let line = line.trim_end();
            if line.trim_start().is_empty() {
                pending = None;
                continue;
            }
            let n = columns(line, 0, line.len());
            lines += 1;
            long += usize::from(n > MAX_WRAP_COLUMNS);
            let one_word = !line.trim_start().contains([' ', '\t']);
            if let Some(Some(p)) = pending.replace((!one_word).then_some(n)) {
                inner.push(p);
            }
        }
        let width = inner
            .iter()
            .copied()
            .filter(|&n| n <= MAX_WRAP_COLUMNS)
            .max()?;
        let full = inner.iter().filter(|&&n| is_full(n, width)).count();
        let half = inner.iter().filter(|&&n| n * 2 >= width).count();
        let wrapped = inner.len() >= MIN_WRAPPED_LINES
            && long * 20 <= lines
            && half * 2 >= inner.len()
            && full * 3 >= half * 2
            && width >= 40;
        wrapped.then_some(width)
    }

    /// Wrapped lines with a few one-line paragraphs too long to be wrapped, around the
    /// one-in-twenty share of long lines that still allows a width, and blank lines.
    fn texts_with_long_lines() -> Vec<String> {
        let mut texts = Vec::new();
        let long_line = "word ".repeat(30);
        for seed in 0..160u64 {
            let kinds = ["wrapped", "wrapped", "wrapped", "blank", "long"];
            let mut text = String::new();
            let n = 10 + (seed as usize % 50);
            for (k, kind) in crate::test_text::draw(seed + 900, n, &kinds).enumerate() {
                match kind {
                    "blank" => text.push('\n'),
                    "long" if k % 7 == (seed as usize) % 7 => text.push_str(&long_line),
                    _ => text.push_str(&"abc ".repeat(15 + k % 3)),
                }
                text.push('\n');
            }
            texts.push(text);
        }
        texts
    }

    #[test]
    fn lines_and_wrap_width_agree_with_the_split_version() {
        let mut texts: Vec<String> = vec![
            String::new(),
            "\n".to_string(),
            "no break at all".to_string(),
            "a\n\nb\n".to_string(),
            " \t\n\u{a0}x\r\n\u{2028}y\n".to_string(),
        ];
        // Hard-wrapped prose at several widths, with indents, tabs, one-word lines and CRLF.
        let words = [
            "the",
            "harbour",
            "board",
            "said",
            "on",
            "Monday",
            "that",
            "ferries",
            "would",
            "run",
            "again",
            "—",
            "café",
            "http://example.org/a/very/long/address/indeed",
        ];
        for seed in 0..120u64 {
            let width = 40 + (seed as usize % 5) * 10;
            let mut text = String::new();
            let mut col = 0;
            for (k, w) in crate::test_text::draw(seed, 200, &words).enumerate() {
                if col + w.len() > width {
                    text.push_str(match (seed + k as u64) % 9 {
                        0 => "\n\n",
                        1 => "\r\n",
                        2 => "\n  ",
                        3 => " \n\t",
                        _ => "\n",
                    });
                    col = 0;
                } else if col > 0 {
                    text.push(' ');
                    col += 1;
                }
                text.push_str(w);
                col += w.chars().count();
            }
            texts.push(text);
        }
        let pieces = [
            "a", "b c", " ", "\t", "\n", "\n", "\r", "é", "\u{a0}", "xyz ",
        ];
        for seed in 0..200u64 {
            texts.push(crate::test_text::draw(seed + 77, 60, &pieces).collect());
        }
        texts.extend(texts_with_long_lines());
        let mut wrapped = 0;
        for text in &texts {
            let split: Vec<&str> = text.split('\n').collect();
            assert_eq!(lines_of(text).collect::<Vec<_>>(), split, "{text:?}");
            let width = wrap_width(text);
            assert_eq!(width, wrap_width_by_split(text), "{text:?}");
            wrapped += usize::from(width.is_some());
        }
        assert!(wrapped > 50, "{wrapped}");
        // The long lines reach the early exit on some texts and leave a width on others.
        let long = texts_with_long_lines();
        let with_width = long.iter().filter(|t| wrap_width(t).is_some()).count();
        assert!(with_width > 0 && with_width < long.len(), "{with_width}");
    }
}
