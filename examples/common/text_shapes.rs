//! Issue 14, item 2's text shapes, shared by the quote and reported-speech scorers
//! (`examples/score_quotes.rs`, `examples/score_indirect.rs`) as a `#[path]` module: a gold
//! article rewritten into the shapes real corpora come in, with a map that carries every gold
//! character offset into the rewritten text.

/// A text rewritten into another shape, with `map[k]` = the new char offset of old char
/// offset `k` (one entry past the end too), so every gold offset can be carried over.
pub struct Shaped {
    pub text: String,
    pub map: Vec<usize>,
}

impl Shaped {
    /// Rewrites `text` char by char: `f(chars, k)` gives the replacement of char `k`.
    fn by_char(text: &str, mut f: impl FnMut(&[char], usize) -> String) -> Shaped {
        Shaped::by_char_after(text, |c, k| (f(c, k), 0))
    }

    /// [`Shaped::by_char`] where a replacement may put markup before the char itself:
    /// `f(chars, k)` gives the replacement and how many of its chars come before char `k`'s
    /// own, and offset `k` is carried to the char itself (a gold span starting at a linked
    /// name starts at the name, not at its `<a href>`).
    fn by_char_after(text: &str, mut f: impl FnMut(&[char], usize) -> (String, usize)) -> Shaped {
        let chars: Vec<char> = text.chars().collect();
        let mut out = String::with_capacity(text.len() + text.len() / 8);
        let mut map = Vec::with_capacity(chars.len() + 1);
        let mut n = 0;
        for k in 0..chars.len() {
            let (r, lead) = f(&chars, k);
            map.push(n + lead);
            n += r.chars().count();
            out.push_str(&r);
        }
        map.push(n);
        Shaped { text: out, map }
    }
}

/// Is char `k` an opening double mark by its neighbours (start, space or bracket before)?
fn opens_here(chars: &[char], k: usize) -> bool {
    k == 0
        || matches!(
            chars[k - 1],
            ' ' | '\n' | '\t' | '(' | '[' | '—' | '–' | '-'
        )
}

/// The text shapes of issue 14, item 2, by name (then shapes of scraped and converted pages).
pub const SHAPES: [&str; 14] = [
    "original",
    "flattened",
    "crlf",
    "wrapped72",
    "straight",
    "backticks",
    "html_escaped",
    "stray_mark",
    "html_paragraphs",
    "html_links",
    "nbsp",
    "double_newline",
    "mojibake",
    "markdown_links",
];

pub fn reshape(shape: &str, text: &str, seed: &mut u64) -> Shaped {
    match shape {
        "flattened" => Shaped::by_char(text, |c, k| {
            if c[k] == '\n' {
                " ".into()
            } else {
                c[k].to_string()
            }
        }),
        "crlf" => Shaped::by_char(text, |c, k| {
            if c[k] == '\n' {
                "\r\n".into()
            } else {
                c[k].to_string()
            }
        }),
        "wrapped72" => {
            // Greedy wrap of each line at 72 columns: a space becomes a single newline.
            let chars: Vec<char> = text.chars().collect();
            let mut breaks = vec![false; chars.len()];
            let mut line_start = 0;
            let mut last_space = None;
            for (k, &c) in chars.iter().enumerate() {
                match c {
                    '\n' => {
                        line_start = k + 1;
                        last_space = None;
                    }
                    ' ' => last_space = Some(k),
                    _ => {}
                }
                if k - line_start >= 72 {
                    if let Some(sp) = last_space.take() {
                        breaks[sp] = true;
                        line_start = sp + 1;
                    }
                }
            }
            Shaped::by_char(text, |c, k| {
                if breaks[k] {
                    "\n".into()
                } else {
                    c[k].to_string()
                }
            })
        }
        "straight" => Shaped::by_char(text, |c, k| match c[k] {
            '“' | '”' => "\"".into(),
            '‘' | '’' => "'".into(),
            other => other.to_string(),
        }),
        "backticks" => Shaped::by_char(text, |c, k| match c[k] {
            '“' => "``".into(),
            '”' => "''".into(),
            '"' if opens_here(c, k) => "``".into(),
            '"' => "''".into(),
            other => other.to_string(),
        }),
        "html_escaped" => Shaped::by_char(text, |c, k| match c[k] {
            '"' => "&quot;".into(),
            '“' => "&#8220;".into(),
            '”' => "&#8221;".into(),
            '‘' => "&lsquo;".into(),
            '’' => "&rsquo;".into(),
            '\'' => "&#39;".into(),
            other => other.to_string(),
        }),
        "stray_mark" => {
            // One straight double mark glued to a word at a random space (fixed seed).
            let chars: Vec<char> = text.chars().collect();
            let spaces: Vec<usize> = (0..chars.len()).filter(|&k| chars[k] == ' ').collect();
            *seed = seed
                .wrapping_mul(6364136223846793005)
                .wrapping_add(1442695040888963407);
            let at = spaces
                .get((*seed >> 33) as usize % spaces.len().max(1))
                .copied();
            Shaped::by_char(text, |c, k| {
                if Some(k) == at {
                    " \"".into()
                } else {
                    c[k].to_string()
                }
            })
        }
        // Each line of the text wrapped in `<p>…</p>`, as a page's markup left in a dump.
        "html_paragraphs" => Shaped::by_char(text, |c, k| {
            let open = if k == 0 || c[k - 1] == '\n' {
                "<p>"
            } else {
                ""
            };
            match c[k] {
                '\n' => "</p>\n".into(),
                other if k + 1 == c.len() => format!("{open}{other}</p>"),
                other => format!("{open}{other}"),
            }
        }),
        // Every capitalised word a link (`<a href="…">Cole</a>`), as a page links its names.
        "html_links" => {
            capitalised_words_linked(text, "<a href=\"https://example.org/a?id=1\">", "</a>")
        }
        // Every space after a sentence's or clause's punctuation a no-break space (U+00A0),
        // as web pages write them.
        "nbsp" => Shaped::by_char(text, |c, k| {
            if c[k] == ' ' && k > 0 && matches!(c[k - 1], '.' | ',' | ':' | '?' | '!' | '”' | '"')
            {
                "\u{a0}".into()
            } else {
                c[k].to_string()
            }
        }),
        // Every line break doubled (paragraphs as blank-line separated blocks).
        "double_newline" => Shaped::by_char(text, |c, k| {
            if c[k] == '\n' {
                "\n\n".into()
            } else {
                c[k].to_string()
            }
        }),
        // Curly marks, dashes, the ellipsis and the pound sign as Windows-1252 mojibake
        // (`â€œ` for `“`), as a page saved through the wrong encoding shows them.
        "mojibake" => Shaped::by_char(text, |c, k| {
            match c[k] {
                '“' => "â€œ",
                '”' => "â€\u{9d}",
                '‘' => "â€˜",
                '’' => "â€™",
                '—' => "â€”",
                '–' => "â€“",
                '…' => "â€¦",
                '£' => "Â£",
                other => return other.to_string(),
            }
            .to_string()
        }),
        // Every capitalised word a Markdown link (`[Cole](https://example.org/a)`), as text
        // converted from a page to Markdown links its names.
        "markdown_links" => capitalised_words_linked(text, "[", "](https://example.org/a)"),
        _ => Shaped::by_char(text, |c, k| c[k].to_string()),
    }
}

/// Every capitalised word of `text` written between `open` and `close` (a link's syntax),
/// gold offsets carried to the word itself.
fn capitalised_words_linked(text: &str, open: &str, close: &str) -> Shaped {
    let mut in_link = false;
    Shaped::by_char_after(text, move |c, k| {
        let mut out = String::new();
        if !in_link && c[k].is_uppercase() && (k == 0 || !c[k - 1].is_alphanumeric()) {
            out.push_str(open);
            in_link = true;
        }
        let lead = out.chars().count();
        out.push(c[k]);
        if in_link && c.get(k + 1).is_none_or(|n| !n.is_alphanumeric()) {
            out.push_str(close);
            in_link = false;
        }
        (out, lead)
    })
}
