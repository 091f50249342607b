//! List markers: bullets and enumerators (`1.`, `2)`, `a.`, `3.)`) that open list items.

use crate::tokenize::{is_bullet_char, Token, TokenKind, Whitespace};

use super::starts_like_sentence;

/// The shape of a list marker: a bullet character, or an enumerator (`1.`, `2)`, `a.`, `3.)`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum ListOpener<'t> {
    Bullet(&'t str),
    Enumerator { letters: bool, closer: &'t str },
}

impl ListOpener<'_> {
    /// Does a marker of this shape start at token `i`, followed by what starts a sentence?
    pub(super) fn repeats_at(&self, text: &str, tokens: &[Token], i: usize) -> bool {
        if tokens[i].ws_before == Whitespace::None {
            return false;
        }
        match *self {
            // A dash inside a line is a dash (`- Gant, Heat: Film - The Aviator`), and a closing
            // dash before the item's own period (`– A heading –.`) opens nothing.
            ListOpener::Bullet(b) => {
                let dash = matches!(b, "-" | "–" | "—");
                tokens[i].span.text(text) == b
                    && (!dash || tokens[i].kind == TokenKind::Bullet)
                    && tokens.get(i + 1).is_some_and(|t| {
                        !(t.kind == TokenKind::Punct
                            && matches!(t.span.text(text), "." | "?" | "!" | "," | ";" | ":"))
                    })
            }
            ListOpener::Enumerator { .. } => {
                enumerator(text, tokens, i).is_some_and(|(shape, len)| {
                    shape == *self
                        && tokens
                            .get(i + len)
                            .is_some_and(|t| starts_like_sentence(text, t))
                })
            }
        }
    }
}

/// An enumerator starting at token `i`: its shape and its length in tokens.
pub(super) fn enumerator<'t>(
    text: &'t str,
    tokens: &[Token],
    i: usize,
) -> Option<(ListOpener<'t>, usize)> {
    let t = tokens.get(i)?;
    let s = t.span.text(text);
    let letters = match t.kind {
        TokenKind::Number if s.len() <= 3 && s.bytes().all(|b| b.is_ascii_digit()) => false,
        TokenKind::Word if s.len() == 1 && s.bytes().all(|b| b.is_ascii_lowercase()) => true,
        _ => return None,
    };
    let glued = |j: usize, p: &str| {
        tokens.get(j).is_some_and(|t| {
            t.ws_before == Whitespace::None && t.kind == TokenKind::Punct && t.span.text(text) == p
        })
    };
    let (closer_start, len) = if glued(i + 1, ".") && glued(i + 2, ")") {
        (i + 1, 3)
    } else if glued(i + 1, ".") || glued(i + 1, ")") {
        (i + 1, 2)
    } else {
        return None;
    };
    let closer = &text[tokens[closer_start].span.start()..tokens[i + len - 1].span.end()];
    Some((ListOpener::Enumerator { letters, closer }, len))
}

/// The list marker that opens a sentence starting at `start`: a bullet, else an enumerator
/// followed by a capitalised word.
pub(super) fn list_opener<'t>(
    text: &'t str,
    tokens: &[Token],
    start: usize,
) -> Option<ListOpener<'t>> {
    let first = tokens.get(start)?;
    if is_bullet(text, first) {
        return Some(ListOpener::Bullet(first.span.text(text)));
    }
    let (shape, len) = enumerator(text, tokens, start)?;
    tokens
        .get(start + len)
        .filter(|t| starts_like_sentence(text, t))
        .map(|_| shape)
}

/// A bullet: at the start of a line (kind `bullet`), or a bullet character inside a line
/// ("• 9. The first item • 10. The second item").
pub(super) fn is_bullet(text: &str, t: &Token) -> bool {
    t.kind == TokenKind::Bullet
        || (t.kind == TokenKind::Punct && t.span.text(text).chars().all(is_bullet_char))
}
