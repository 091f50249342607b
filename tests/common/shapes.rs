//! Text shapes real corpora come in, for the behaviour tests that compare a shape's answers
//! with the original's.

/// Each run of line breaks one space, as a CSV dump loses paragraphs.
pub fn flattened(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut in_break = false;
    for c in text.chars() {
        if c == '\n' {
            if !in_break {
                out.push(' ');
            }
            in_break = true;
        } else {
            out.push(c);
            in_break = false;
        }
    }
    out
}
