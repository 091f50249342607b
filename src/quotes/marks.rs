//! Pairing quotation marks into quoted spans.
//!
//! The tokenizer has already decided which straight and curly single quotes are apostrophes
//! (`Colombia's`, `States'`) and which are marks, so this pass only sees `Quote` tokens. What
//! remains is direction and pairing:
//!
//! * Curly marks say their direction (`“` opens, `”` closes), except when a writer or a
//!   converter got them backwards; straight marks say nothing. Both are read by *flanking*:
//!   a mark with space before and a word glued after opens, one glued to the word before and
//!   followed by space or punctuation closes. Where flanking is silent, a straight mark closes
//!   the innermost open span of its style, or opens one.
//! * A stack of open marks gives nesting: a closer pairs with the nearest open mark of its
//!   style, and openers left inside it are dropped as unbalanced.
//! * Nothing stays open across a paragraph. A quotation left open at the end of a paragraph
//!   is cut there, so a missing close mark costs one paragraph, never the rest of the article;
//!   and when the next paragraph re-opens with the same style, the two pieces are linked as one
//!   multi-paragraph quotation (the newspaper convention of re-opening each paragraph).
//! * Text without paragraph breaks (flattened) gets the same bounds from named rules: a mark
//!   re-opened after a sentence end cuts the open quotation (`reopen_after_sentence_end`) and
//!   drops a stray of another style (`stray_ends_at_reopen`); of two straight openers the one
//!   standing where quotations do not start is the stray (`stray_opener_gives_way`,
//!   `straight_opener_inside_open_quote`), and of two glued openers (`""I`, `"“If`) the
//!   straight first one (`doubled_opener`); a closer of the wrong style after a sentence end
//!   closes the open quotation (`mismatched_closer_closes`); and a quotation's depth counts
//!   only the quotations kept around it (`depth_counts_kept_quotations`), so an opener dropped
//!   unclosed never hides the quotations after it. An ellipsis typed as periods or an
//!   abbreviation that may end a sentence counts as a sentence end
//!   (`ellipsis_or_abbreviation_ends_sentence`), and a straight mark set apart after a closing
//!   mark that ends no sentence opens nothing (`straight_after_closer_gives_way`).
//! * The `"` around a markup attribute's value (`<tweet author="@ann">`) are no marks
//!   (`markup_attribute_value`).
//!
//! The pass is one walk over the tokens with a stack whose depth is bounded by nesting, so it is
//! linear in the document.

use crate::span::Span;
use crate::tokenize::{abbreviation_class, AbbrevClass, Token, TokenKind, Whitespace};

/// The family a mark belongs to: a closer only pairs with an opener of the same style.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Style {
    Double,
    Single,
    Angle,
    AngleSingle,
}

/// What a mark's shape and surroundings say about its direction.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Direction {
    Open,
    Close,
    Either,
}

pub(crate) use record::Marked;

/// "No index": token and stack indices fit in `u32` (a text is under 4 GiB), so this is never
/// one. The records below hold indices as `u32` with this for `None`.
const NO_INDEX: u32 = u32::MAX;

fn opt(i: u32) -> Option<usize> {
    (i != NO_INDEX).then_some(i as usize)
}

fn from_opt(i: Option<usize>) -> u32 {
    i.map_or(NO_INDEX, |i| i as u32)
}

mod record {
    use super::{from_opt, opt, Style};
    use crate::span::Span;

    /// One quoted span. Token indices are held as `u32` (36 bytes a record rather than 80):
    /// a text of nested marks makes one record per two marks.
    #[derive(Clone, Debug, PartialEq, Eq)]
    pub(crate) struct Marked {
        open: u32,
        close: u32,
        first: u32,
        end: u32,
        span: Span,
        depth: u32,
        continues: u32,
        style: Style,
    }

    impl Marked {
        /// `[first, end)` are the content tokens and `span` their text; `close` is `None` for
        /// a span cut at a paragraph end, `continues` the index of the previous piece of a
        /// multi-paragraph quotation.
        #[allow(clippy::too_many_arguments)]
        pub fn new(
            open: usize,
            close: Option<usize>,
            first: usize,
            end: usize,
            span: Span,
            style: Style,
            depth: usize,
            continues: Option<usize>,
        ) -> Self {
            Marked {
                open: open as u32,
                close: from_opt(close),
                first: first as u32,
                end: end as u32,
                span,
                depth: depth as u32,
                continues: from_opt(continues),
                style,
            }
        }

        /// Token index of the opening mark.
        pub fn open(&self) -> usize {
            self.open as usize
        }

        /// Token index of the closing mark; `None` when the span was cut at a paragraph end.
        pub fn close(&self) -> Option<usize> {
            opt(self.close)
        }

        /// First content token.
        pub fn first(&self) -> usize {
            self.first as usize
        }

        /// One past the last content token.
        pub fn end(&self) -> usize {
            self.end as usize
        }

        /// Content, marks excluded.
        pub fn span(&self) -> Span {
            self.span
        }

        pub fn style(&self) -> Style {
            self.style
        }

        /// 0 for an outermost span.
        pub fn depth(&self) -> usize {
            self.depth as usize
        }

        pub fn set_depth(&mut self, depth: usize) {
            self.depth = depth as u32;
        }

        /// For the second and later paragraphs of a multi-paragraph quotation: the index (in
        /// the returned list) of the previous piece.
        pub fn continues(&self) -> Option<usize> {
            opt(self.continues)
        }

        pub fn set_continues(&mut self, continues: Option<usize>) {
            self.continues = from_opt(continues);
        }

        /// The token just after the span: its closing mark, or the first token after the cut.
        pub fn after(&self) -> usize {
            self.close().map_or(self.end(), |c| c + 1)
        }
    }

    #[cfg(target_pointer_width = "64")]
    const _: () = assert!(std::mem::size_of::<Marked>() == 36);
}

pub(crate) use crate::facts::starts_paragraph;

fn style_and_shape(mark: &str) -> Option<(Style, Direction)> {
    Some(match mark {
        "\"" | "``" | "''" => (Style::Double, Direction::Either),
        "“" | "„" | "‟" => (Style::Double, Direction::Open),
        "”" | "″" => (Style::Double, Direction::Close),
        "'" | "`" => (Style::Single, Direction::Either),
        "‘" | "‚" | "‛" => (Style::Single, Direction::Open),
        "’" | "ʼ" => (Style::Single, Direction::Close),
        "«" => (Style::Angle, Direction::Open),
        "»" => (Style::Angle, Direction::Close),
        "‹" => (Style::AngleSingle, Direction::Open),
        "›" => (Style::AngleSingle, Direction::Close),
        _ => return None,
    })
}

/// Is the token something a mark may stand after and still open (a bracket, a dash, another
/// opening mark)?
fn opens_context(text: &str, t: &Token) -> bool {
    match t.kind {
        TokenKind::Punct => matches!(
            t.span.text(text),
            "(" | "[" | "{" | "—" | "–" | "-" | "/" | ":"
        ),
        TokenKind::Quote => matches!(t.span.text(text), "“" | "‘" | "«" | "„"),
        TokenKind::Bullet => true,
        _ => false,
    }
}

/// Is the token something a mark may stand before and still close?
fn closes_context(text: &str, t: &Token) -> bool {
    match t.kind {
        TokenKind::Punct => !matches!(t.span.text(text), "(" | "[" | "{"),
        TokenKind::Quote => true,
        _ => false,
    }
}

fn direction(text: &str, tokens: &[Token], i: usize, shape: Direction) -> Direction {
    let t = &tokens[i];
    let spaced_before =
        i == 0 || t.ws_before != Whitespace::None || opens_context(text, &tokens[i - 1]);
    let spaced_after = match tokens.get(i + 1) {
        None => true,
        Some(n) => n.ws_before != Whitespace::None || closes_context(text, n),
    };
    let left_flanking = spaced_before && !spaced_after;
    let right_flanking = !spaced_before && spaced_after;
    // Nothing can close at the start of a paragraph: `” … what I learned` opens.
    if starts_paragraph(text, tokens, i) {
        return Direction::Open;
    }
    match shape {
        Direction::Either if left_flanking => Direction::Open,
        Direction::Either if right_flanking => Direction::Close,
        // A curly mark pointing the wrong way, as converters produce: trust the flanking.
        Direction::Close if left_flanking => Direction::Open,
        Direction::Open if right_flanking => Direction::Close,
        other => other,
    }
}

/// An opening mark waiting for its closer, with `u32` indices: a text of opening marks keeps
/// one per mark on the stack.
struct OpenMark {
    token: u32,
    /// Stack index of the next open mark of the same style below this one.
    below_same_style: u32,
    /// Set when this opener re-opens a quotation left open at the end of the last paragraph.
    continues: u32,
    style: Style,
    /// `„` is closed by `“` as well as `”`.
    low: bool,
}

impl OpenMark {
    fn new(token: usize, style: Style, continues: Option<usize>, low: bool) -> Self {
        OpenMark {
            token: token as u32,
            below_same_style: NO_INDEX,
            continues: from_opt(continues),
            style,
            low,
        }
    }

    fn token(&self) -> usize {
        self.token as usize
    }

    fn continues(&self) -> Option<usize> {
        opt(self.continues)
    }
}

/// The marks open so far, innermost last, with the topmost mark of each style at hand: a
/// closer looks for the nearest opener of its own style, and scanning the stack for it would
/// be quadratic when one style piles up and another never matches (`““““…’’’’`).
struct OpenStack {
    marks: Vec<OpenMark>,
    top_of_style: [u32; 4],
}

impl Default for OpenStack {
    fn default() -> Self {
        OpenStack {
            marks: Vec::new(),
            top_of_style: [NO_INDEX; 4],
        }
    }
}

impl OpenStack {
    fn push(&mut self, mut mark: OpenMark) {
        let slot = &mut self.top_of_style[mark.style as usize];
        mark.below_same_style = *slot;
        *slot = self.marks.len() as u32;
        self.marks.push(mark);
    }

    /// Stack index of the innermost open mark of `style`.
    fn innermost(&self, style: Style) -> Option<usize> {
        opt(self.top_of_style[style as usize])
    }

    /// Drops the marks at `pos` and above.
    fn truncate(&mut self, pos: usize) {
        while self.marks.len() > pos {
            let Some(m) = self.marks.pop() else { break };
            self.top_of_style[m.style as usize] = m.below_same_style;
        }
    }

    fn clear(&mut self) {
        self.marks.clear();
        self.top_of_style = [NO_INDEX; 4];
    }
}

/// The quotation-mark tokens the pairing walk has passed, in order: the marks between two
/// tokens it has passed are counted by two binary searches, so no count is stored per token.
struct MarkCount {
    at: Vec<u32>,
}

impl MarkCount {
    /// The number of marks among tokens `[a, b)`.
    fn between(&self, a: usize, b: usize) -> usize {
        let before = |k: usize| self.at.partition_point(|&m| (m as usize) < k);
        before(b) - before(a)
    }
}

/// The content tokens `[first, end)` without an unpaired quotation mark at either edge (an
/// opener that never closed, a stray closer of another style), or `None` if nothing but
/// marks is left. Marks are counted with [`MarkCount`], so a mark at the
/// edge with a partner inside (`“He said ‘no’”`) stays.
fn trim_stray_marks(
    tokens: &[Token],
    marks_before: &MarkCount,
    mut first: usize,
    mut end: usize,
) -> Option<(usize, usize)> {
    let inside = |a: usize, b: usize| marks_before.between(a, b);
    while first < end && tokens[first].kind == TokenKind::Quote && inside(first, end) % 2 == 1 {
        first += 1;
    }
    while first < end && tokens[end - 1].kind == TokenKind::Quote && inside(first, end) % 2 == 1 {
        end -= 1;
    }
    (first < end).then_some((first, end))
}

/// Rule `unclosed_opener_kept`: an opening mark never closed in its paragraph still starts a
/// quotation when it is curly (curly marks are rarely debris) or stands where quotations
/// start (the paragraph's or a sentence's start, after `:` or `,`, after an opening mark); a
/// straight one after a word or a closing mark mid-sentence is taken for a stray and quotes
/// nothing.
fn opens_a_quotation(text: &str, tokens: &[Token], open: usize) -> bool {
    open == 0
        || !matches!(tokens[open].span.text(text), "\"" | "'")
        || starts_paragraph(text, tokens, open)
        || matches!(
            tokens[open - 1].span.text(text),
            "." | "!" | "?" | "…" | ":" | "," | ";" | "(" | "—" | "–" | "-"
        )
        || (tokens[open - 1].kind == TokenKind::Quote && opens_context(text, &tokens[open - 1]))
}

/// Rule `apostrophe_after_digit`: a single mark glued between a numeral and `s` (`2005's`,
/// `1990's`) or glued before a two-digit decade (`'90s`) is an apostrophe, not a mark.
fn is_apostrophe_after_digit(text: &str, tokens: &[Token], i: usize) -> bool {
    if !matches!(tokens[i].span.text(text), "'" | "’" | "‘") {
        return false;
    }
    let glued_after = tokens
        .get(i + 1)
        .filter(|n| n.ws_before == Whitespace::None);
    let digit_before = i > 0
        && tokens[i].ws_before == Whitespace::None
        && tokens[i - 1]
            .span
            .text(text)
            .ends_with(|c: char| c.is_ascii_digit());
    let s_after = glued_after.is_some_and(|n| matches!(n.span.text(text), "s" | "S"));
    let decade_after = glued_after.is_some_and(|n| {
        let t = n.span.text(text).as_bytes();
        t.len() == 3 && t[0].is_ascii_digit() && t[1].is_ascii_digit() && t[2] == b's'
    });
    (digit_before && (s_after || glued_after.is_none())) || decade_after
}

/// Rule `markup_attribute_value`: a straight `"` glued after `=` that is glued to a word
/// opens the value of a markup attribute (`<tweet author="@ann" date="May 2, 2016 ">`), and
/// the next straight `"` before a blank line closes it: neither is a quotation mark, whatever
/// its flanking (a value ending in a space would otherwise open a quotation running into
/// the tweet). Prose never glues a mark after `=`.
/// Part of rule `markup_attribute_value`: is an attribute value still open at the line
/// starting at token `i` closed ahead, by a straight `"` glued before `>` (`2016">`), before
/// a blank line and within [`ATTRIBUTE_REACH`] tokens? A value broken over lines by markup
/// debris runs on to it; an unclosed `x="` in prose ends with its own line. Bounded, and
/// read once per line break inside a value.
fn attribute_closes_ahead(text: &str, tokens: &[Token], i: usize) -> bool {
    let end = tokens.len().min(i + ATTRIBUTE_REACH);
    (i..end)
        .take_while(|&k| k == i || tokens[k].ws_before != Whitespace::Paragraph)
        .any(|k| {
            tokens[k].span.text(text) == "\""
                && tokens.get(k + 1).is_some_and(|n| {
                    n.ws_before == Whitespace::None && n.span.text(text).starts_with('>')
                })
        })
}

/// How many tokens ahead [`attribute_closes_ahead`] reads.
const ATTRIBUTE_REACH: usize = 200;

fn opens_markup_attribute(text: &str, tokens: &[Token], i: usize) -> bool {
    i >= 2
        && tokens[i].ws_before == Whitespace::None
        && tokens[i - 1].span.text(text) == "="
        && tokens[i - 1].ws_before == Whitespace::None
        && tokens[i - 2].kind == TokenKind::Word
}

/// Is token `i` right after sentence-final punctuation (`…no chance. "We`)? Rule
/// `ellipsis_or_abbreviation_ends_sentence`: an ellipsis typed as periods (`needs... "The`)
/// and an abbreviation or initial that may end a sentence (`the U.S. "We`, `Mr P. "Never`)
/// count too; a title (`Rep.`), a prefix (`No.`) or a month never ends one before a mark.
fn after_sentence_end(text: &str, tokens: &[Token], i: usize) -> bool {
    let Some(prev) = i.checked_sub(1).map(|p| tokens[p].span.text(text)) else {
        return false;
    };
    matches!(prev, "." | "!" | "?" | "…" | "...")
        || (prev.len() > 1
            && matches!(
                abbreviation_class(prev),
                Some(AbbrevClass::General | AbbrevClass::Initial)
            ))
}

/// What an opening mark of a style already open does instead of nesting inside it. Double
/// marks do not nest inside double marks in edited text (nor singles in singles): one of the
/// two is a stray or lost its closer.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum SameStyleOpener {
    /// Rule `reopen_after_sentence_end`: after sentence-final punctuation it re-opens the
    /// quotation (the convention of re-opening each paragraph, with or without the line break:
    /// `"A. "B."` is two quotations); the open one is cut there.
    Reopens,
    /// Rule `stray_opener_gives_way`: the open mark is a straight one standing after a word
    /// mid-sentence (where quotations do not start) and the new one is curly or stands where
    /// quotations start (`, "` `: "`): the open one is the stray; it is dropped and the new one
    /// opens. A curly one wins so even after a sentence end (`Trump "said. “In …`), and a
    /// paragraph end drops such a straight mark rather than let a curly mark re-open it.
    DropOpen,
    /// Rule `straight_opener_inside_open_quote`: a straight mark clearly opening inside an open
    /// quotation of its style mid-sentence is a stray (markup debris, a typo): it is skipped,
    /// and the quotation closes at its own closer.
    Stray,
}

/// Rule `straight_after_closer_gives_way`: a straight mark set apart after a closing mark
/// that ends no sentence (`“…,” "Cole added.`) starts no quotation of its own: the
/// attribution comes there. (After `.”` a new quotation may open: a paragraph break lost.)
/// When a mark of its style opens later, it is dropped (not cut as a quotation of the
/// attribution it stands in), as a paragraph end drops it.
fn straight_after_closer(text: &str, tokens: &[Token], open: usize) -> bool {
    open > 0
        && is_straight(text, tokens, open)
        && tokens[open].ws_before != Whitespace::None
        && tokens[open - 1].kind == TokenKind::Quote
        && tokens[open - 1].ws_before == Whitespace::None
        && !opens_context(text, &tokens[open - 1])
        && !after_sentence_end(text, tokens, open - 1)
}

/// Is the mark at `i` straight (`"` `'`), as a stray or a typed quotation mark is?
fn is_straight(text: &str, tokens: &[Token], i: usize) -> bool {
    matches!(tokens[i].span.text(text), "\"" | "'")
}

fn same_style_opener(
    text: &str,
    tokens: &[Token],
    i: usize,
    open_token: usize,
    dir: Direction,
) -> Option<SameStyleOpener> {
    if dir != Direction::Open || open_token >= i {
        return None;
    }
    let glued_after = tokens
        .get(i + 1)
        .is_some_and(|n| n.ws_before == Whitespace::None);
    if open_token + 1 == i {
        // Rule `doubled_opener`: the first of two glued openers is debris.
        return (tokens[i].ws_before == Whitespace::None
            && glued_after
            && is_straight(text, tokens, open_token))
        .then_some(SameStyleOpener::DropOpen);
    }
    let clearly_opens = tokens[i].ws_before != Whitespace::None && glued_after;
    // A straight mark mid-sentence, then a curly one: the straight one is the stray even
    // after a sentence end (`Trump "said. “In sports …`).
    let straight_stray = is_straight(text, tokens, open_token)
        && !opens_a_quotation(text, tokens, open_token)
        && (!is_straight(text, tokens, i) || opens_a_quotation(text, tokens, i));
    if !clearly_opens {
        None
    } else if straight_after_closer(text, tokens, open_token)
        || (straight_stray && !is_straight(text, tokens, i))
    {
        Some(SameStyleOpener::DropOpen)
    } else if after_sentence_end(text, tokens, i) {
        Some(SameStyleOpener::Reopens)
    } else if straight_stray {
        Some(SameStyleOpener::DropOpen)
    } else if is_straight(text, tokens, i) {
        Some(SameStyleOpener::Stray)
    } else {
        None
    }
}

/// Rule `mismatched_closer_closes`: a closing mark of a style nobody opened, right after
/// sentence-final punctuation and before a space (`“Let’s go.’ Schumer was …`), closes the
/// innermost open quotation: the writer typed the wrong closer. Not when the open quotation
/// already holds a mark of the closer's style (`“He goes, ‘Hi.’ I said, Bye.' …”`): there the
/// stray belongs to an inner quotation. `last_of_style` is the last mark of the closer's style
/// before it. Returns the stack position of the quotation it closes.
fn mismatched_closer(
    text: &str,
    tokens: &[Token],
    stack: &OpenStack,
    i: usize,
    dir: Direction,
    last_of_style: Option<usize>,
) -> Option<usize> {
    let spaced_after = tokens
        .get(i + 1)
        .is_none_or(|n| n.ws_before != Whitespace::None);
    let top = stack.marks.len().checked_sub(1)?;
    let inner_style_used = last_of_style.is_some_and(|k| k > stack.marks[top].token());
    (dir == Direction::Close
        && spaced_after
        && !inner_style_used
        && after_sentence_end(text, tokens, i))
    .then_some(top)
}

/// Rule `stray_ends_at_reopen`: an opening mark right after sentence-final punctuation ends
/// what a paragraph end would end. When the outermost open mark is of another style and a
/// paragraph end would drop it (a single mark, or a straight one after a word mid-sentence:
/// `in 't Veld`), every open mark is dropped here, so in flattened text a stray costs its own
/// run of sentences up to the next re-opened mark.
fn stray_ends_at_reopen(
    text: &str,
    tokens: &[Token],
    stack: &OpenStack,
    i: usize,
    style: Style,
    dir: Direction,
) -> bool {
    let Some(bottom) = stack.marks.first() else {
        return false;
    };
    dir != Direction::Close
        && stack.innermost(style).is_none()
        && bottom.style != style
        && bottom.continues().is_none()
        && (bottom.style == Style::Single || !opens_a_quotation(text, tokens, bottom.token()))
        && after_sentence_end(text, tokens, i)
        && tokens
            .get(i + 1)
            .is_some_and(|n| n.ws_before == Whitespace::None)
}

/// Rule `doubled_opener`: a mark glued between a straight opening mark of its style and a
/// word (`""I stay`, `"“If you`) opens; the straight one before it is debris and gives way
/// (`same_style_opener`), rather than the two closing an empty quotation.
fn doubled_opener(text: &str, tokens: &[Token], stack: &OpenStack, i: usize, style: Style) -> bool {
    i > 0
        && stack
            .innermost(style)
            .is_some_and(|pos| stack.marks[pos].token() + 1 == i)
        && is_straight(text, tokens, i - 1)
        && tokens[i].ws_before == Whitespace::None
        && tokens
            .get(i + 1)
            .is_some_and(|n| n.ws_before == Whitespace::None && n.kind != TokenKind::Quote)
}

/// An opening mark at token `i`: its style, and whether it is a low `„`.
#[derive(Clone, Copy)]
struct Opened {
    i: usize,
    style: Style,
    low: bool,
}

/// Opens a quotation at `o.i`, after what an open mark of its style makes of it
/// (`same_style`); `continues_from` is the piece a re-opened paragraph continues, taken when
/// nothing else is open.
fn open_at(
    tokens: &[Token],
    marks_before: &MarkCount,
    stack: &mut OpenStack,
    out: &mut Vec<Marked>,
    o: Opened,
    same_style: Option<(usize, SameStyleOpener)>,
    continues_from: Option<usize>,
) {
    match same_style {
        Some((_, SameStyleOpener::Stray)) => return,
        Some((pos, SameStyleOpener::DropOpen)) => stack.truncate(pos),
        Some((pos, SameStyleOpener::Reopens)) => {
            // Cut the quotation still open here: it costs its own run of sentences, never the
            // quotations after it.
            let cut = cut_open(tokens, marks_before, &stack.marks[pos], pos, o.i, out);
            stack.truncate(pos);
            crate::growth::reserve_for_rest(&mut stack.marks, o.i, tokens.len());
            stack.push(OpenMark::new(o.i, o.style, cut, o.low));
            return;
        }
        None => {}
    }
    let continues = continues_from.filter(|_| stack.marks.is_empty());
    crate::growth::reserve_for_rest(&mut stack.marks, o.i, tokens.len());
    stack.push(OpenMark::new(o.i, o.style, continues, o.low));
}

/// Closes the open mark at stack position `pos` with the closing mark at token `i`: records
/// the quotation (if anything but marks is inside) and drops the marks opened inside it.
fn close_at(
    tokens: &[Token],
    marks_before: &MarkCount,
    stack: &mut OpenStack,
    pos: usize,
    i: usize,
    out: &mut Vec<Marked>,
) {
    let opener = &stack.marks[pos];
    crate::growth::reserve_for_rest(out, i, tokens.len());
    if let Some((first, end)) = trim_stray_marks(tokens, marks_before, opener.token() + 1, i) {
        let span = Span::new(tokens[first].span.start(), tokens[end - 1].span.end());
        out.push(Marked::new(
            opener.token(),
            Some(i),
            first,
            end,
            span,
            opener.style,
            pos,
            opener.continues(),
        ));
    }
    stack.truncate(pos);
}

/// Ends the open mark at stack position `pos` before token `end` as a cut quotation (no
/// closing mark) and returns its index in `out`, if anything but marks was inside.
fn cut_open(
    tokens: &[Token],
    marks_before: &MarkCount,
    opener: &OpenMark,
    pos: usize,
    end: usize,
    out: &mut Vec<Marked>,
) -> Option<usize> {
    let (first, content_end) = trim_stray_marks(tokens, marks_before, opener.token() + 1, end)?;
    let span = Span::new(
        tokens[first].span.start(),
        tokens[content_end - 1].span.end(),
    );
    out.push(Marked::new(
        opener.token(),
        None,
        first,
        content_end,
        span,
        opener.style,
        pos,
        opener.continues(),
    ));
    Some(out.len() - 1)
}

/// Pairs the quotation marks of the whole text. The result is sorted by position; nested
/// spans have `depth > 0`. (About 100 lines: the one walk over the tokens keeps its state —
/// the stack, the piece left open by the last paragraph, the last mark of each style — in
/// view; each decision in it is a named rule or helper below.)
pub(crate) fn pair(text: &str, tokens: &[Token]) -> Vec<Marked> {
    // Every mark before the token the walk is at: the counts asked for end there or before.
    let mut marks = MarkCount {
        at: Vec::with_capacity(32),
    };
    let mut out: Vec<Marked> = Vec::new();
    let mut stack = OpenStack::default();
    // A quotation cut at the end of the previous paragraph: (its style, its index in `out`).
    let mut left_open: Option<(Style, usize)> = None;
    let mut para_first = 0usize;
    // The last mark of each style seen so far (`NO_INDEX` for none).
    let mut last_mark = [NO_INDEX; 4];
    // Inside a markup attribute's value (`author="…"`): its closing `"` is skipped too.
    let mut in_attribute = false;

    // Only a mark, or a token after a line break (where a paragraph may start), can change
    // the walk's state: the other tokens are stepped over.
    for (i, t) in tokens.iter().enumerate() {
        if !walk_reads(t) {
            continue;
        }
        let marks_before = &marks;
        if i > 0 && starts_paragraph(text, tokens, i) {
            left_open = close_paragraph(text, tokens, marks_before, &mut stack, &mut out, i);
            para_first = i;
        }
        // A value may run over a line break (`date="May 2, 2016⏎">`) when it is closed
        // ahead (`">`), not over a blank line: an unclosed `x="` costs its own line only
        // (rev19).
        if in_attribute
            && (t.ws_before == Whitespace::Paragraph
                || t.ws_before == Whitespace::Line && !attribute_closes_ahead(text, tokens, i))
        {
            in_attribute = false;
        }
        if t.kind != TokenKind::Quote {
            continue;
        }
        marks.at.push(i as u32);
        let marks_before = &marks;
        let mark = t.span.text(text);
        let Some((style, shape)) = style_and_shape(mark) else {
            continue;
        };
        if is_apostrophe_after_digit(text, tokens, i) {
            continue;
        }
        if mark == "\"" && (in_attribute || opens_markup_attribute(text, tokens, i)) {
            in_attribute = !in_attribute;
            continue;
        }
        let mut dir = direction(text, tokens, i, shape);
        // After a low opening mark („), a “ closes unless it clearly opens (glued to the word
        // after it).
        if mark == "“"
            && stack.marks.last().is_some_and(|o| o.low)
            && (dir != Direction::Open
                || tokens
                    .get(i + 1)
                    .is_none_or(|n| n.ws_before != Whitespace::None))
        {
            dir = Direction::Close;
        }
        if dir == Direction::Either && doubled_opener(text, tokens, &stack, i, style) {
            dir = Direction::Open;
        }
        if stray_ends_at_reopen(text, tokens, &stack, i, style, dir) {
            stack.clear();
        }
        let open_pos = stack.innermost(style);
        let closes = match dir {
            Direction::Close => true,
            Direction::Open => false,
            Direction::Either => open_pos.is_some(),
        };
        if closes {
            let last_of_style = opt(last_mark[style as usize]);
            last_mark[style as usize] = i as u32;
            let Some(pos) =
                open_pos.or_else(|| mismatched_closer(text, tokens, &stack, i, dir, last_of_style))
            else {
                continue; // a stray closer: ignore it
            };
            close_at(tokens, marks_before, &mut stack, pos, i, &mut out);
        } else {
            last_mark[style as usize] = i as u32;
            let same_style = open_pos.and_then(|pos| {
                same_style_opener(text, tokens, i, stack.marks[pos].token(), dir).map(|r| (pos, r))
            });
            // A paragraph re-opening a quotation cut at the end of the last one continues it.
            let continues_from = left_open
                .filter(|&(s, _)| s == style && i == para_first)
                .map(|(_, idx)| idx);
            let low = mark == "„";
            let opened = Opened { i, style, low };
            open_at(
                tokens,
                marks_before,
                &mut stack,
                &mut out,
                opened,
                same_style,
                continues_from,
            );
        }
    }
    close_paragraph(text, tokens, &marks, &mut stack, &mut out, tokens.len());
    recount_depths(&mut out);
    out.sort_by_key(|m| (m.span().start(), m.depth()));
    let mut out = promote_inside_strays(text, tokens, out);
    // `continues` holds indices into the unsorted list; re-map them.
    remap_continuations(&mut out);
    out
}

/// Rule `depth_counts_kept_quotations`: a quotation's depth is the number of kept quotations
/// around it, not the number of marks open when it closed. An opener dropped unclosed (a
/// stray `'t`, a `‘` typed for an apostrophe in `Trump‘s`) leaves the quotations after it
/// outermost, so it costs nothing beyond itself. A quotation overlapping an earlier one
/// counts as inside it, so outermost quotations never overlap. Linear: one sort and one
/// stack sweep over the content spans.
fn recount_depths(out: &mut [Marked]) {
    let mut order: Vec<u32> = (0..out.len() as u32).collect();
    order.sort_unstable_by_key(|&k| {
        let m = &out[k as usize];
        let span = m.span();
        (span.start(), std::cmp::Reverse(span.end()), m.depth())
    });
    let mut around: Vec<usize> = Vec::new();
    for k in order {
        let m = &mut out[k as usize];
        while around.last().is_some_and(|&end| end <= m.span().start()) {
            around.pop();
        }
        m.set_depth(around.len());
        around.push(m.span().end());
    }
}

/// A paragraph that opens with a mark never closed, yet holds complete quotations of the same
/// style (`"Trump walked on, chanting “U-S-A!”` — a block excerpt whose writer opened every
/// paragraph with `"`): the stray opener is dropped and the inner quotations become
/// outermost. A real quotation would nest the other style inside.
fn promote_inside_strays(text: &str, tokens: &[Token], out: Vec<Marked>) -> Vec<Marked> {
    let mut keep = vec![true; out.len()];
    let mut depth_shift = vec![0usize; out.len()];
    // Is the last outermost piece a real quotation cut at its paragraph's end?
    let mut chain_real = false;
    let mut k = 0;
    while k < out.len() {
        let m = &out[k];
        // After a colon the opener introduces a real quotation ("Caddell continued:").
        let introduced = m.open() > 0 && tokens[m.open() - 1].span.text(text) == ":";
        // Rule `introduced_block_continues`: a paragraph re-opening a quotation that a colon
        // introduced (`Cole stated:` / `"…` / `"… “Bathroom Bill” …` / `"…"`) goes on with it,
        // whatever quotations it holds.
        let continues_real = m.depth() == 0 && chain_real && m.continues().is_some();
        if m.depth() == 0 {
            chain_real = m.close().is_none() && (introduced || continues_real);
        }
        if m.depth() == 0 && m.close().is_none() && !introduced && !continues_real {
            let inside = |j: usize| {
                j < out.len() && out[j].span().start() < m.span().end() && out[j].depth() > 0
            };
            let mut j = k + 1;
            let mut same_style_closed = false;
            while inside(j) {
                same_style_closed |=
                    out[j].style() == m.style() && out[j].close().is_some() && out[j].depth() == 1;
                j += 1;
            }
            if same_style_closed {
                keep[k] = false;
                for shift in depth_shift.iter_mut().take(j).skip(k + 1) {
                    *shift = 1;
                }
            }
            k = j;
            continue;
        }
        k += 1;
    }
    out.into_iter()
        .zip(keep.into_iter().zip(depth_shift))
        .filter(|(_, (keep, _))| *keep)
        .map(|(mut m, (_, shift))| {
            m.set_depth(m.depth() - shift.min(m.depth()));
            if shift > 0 && m.depth() == 0 {
                m.set_continues(None);
            }
            m
        })
        .collect()
}

/// Is token `t` one the pairing walk reads: a mark, or a token after a line break?
#[inline]
fn walk_reads(t: &Token) -> bool {
    t.kind == TokenKind::Quote || matches!(t.ws_before, Whitespace::Line | Whitespace::Paragraph)
}

/// Ends a paragraph at token `end`: an outermost quotation still open is cut at the paragraph
/// end and kept (a double mark rarely opens by accident, and a re-opened next paragraph shows a
/// multi-paragraph quote); anything else left open is dropped. Returns the cut quotation, if
/// the next paragraph may continue it.
fn close_paragraph(
    text: &str,
    tokens: &[Token],
    marks_before: &MarkCount,
    stack: &mut OpenStack,
    out: &mut Vec<Marked>,
    end: usize,
) -> Option<(Style, usize)> {
    let mut result = None;
    if let Some(bottom) = stack.marks.first() {
        // A straight mark left open mid-sentence is no paragraph a curly mark re-opens
        // (`the crowd "yelled.` / `“The ones …`): rule `stray_opener_gives_way`.
        let straight_stray = is_straight(text, tokens, bottom.token())
            && !opens_a_quotation(text, tokens, bottom.token());
        let next_reopens = tokens.get(end).is_some_and(|n| {
            n.kind == TokenKind::Quote
                && style_and_shape(n.span.text(text))
                    .is_some_and(|(s, d)| s == bottom.style && d != Direction::Close)
                && (!straight_stray || is_straight(text, tokens, end))
        });
        let keep = !straight_after_closer(text, tokens, bottom.token())
            && (next_reopens
                || bottom.continues().is_some()
                || (bottom.style != Style::Single
                    && opens_a_quotation(text, tokens, bottom.token())));
        let content = if keep {
            trim_stray_marks(tokens, marks_before, bottom.token() + 1, end)
        } else {
            None
        };
        if let Some((first, content_end)) = content {
            let span = Span::new(
                tokens[first].span.start(),
                tokens[content_end - 1].span.end(),
            );
            out.push(Marked::new(
                bottom.token(),
                None,
                first,
                content_end,
                span,
                bottom.style,
                0,
                bottom.continues(),
            ));
            result = Some((bottom.style, out.len() - 1));
        }
    }
    stack.clear();
    result
}

fn remap_continuations(out: &mut [Marked]) {
    // Each piece was pushed with the push-order index of its predecessor. Rebuild by position:
    // the predecessor is the closest earlier outermost piece cut at a paragraph end.
    let mut last_cut: Option<usize> = None;
    for (k, piece) in out.iter_mut().enumerate() {
        if piece.depth() != 0 {
            continue;
        }
        if piece.continues().is_some() {
            piece.set_continues(last_cut);
        }
        last_cut = piece.close().is_none().then_some(k);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::tokenize::tokenize;

    fn spans(text: &str) -> Vec<(String, usize, bool, Option<usize>)> {
        let tokens = tokenize(text);
        pair(text, &tokens)
            .into_iter()
            .map(|m| {
                (
                    m.span().text(text).to_string(),
                    m.depth(),
                    m.close().is_some(),
                    m.continues(),
                )
            })
            .collect()
    }

    #[test]
    fn mark_count_counts_the_marks_between_two_tokens() {
        let marks = MarkCount { at: vec![2, 5, 9] };
        assert_eq!(marks.between(0, 2), 0);
        assert_eq!(marks.between(0, 3), 1);
        assert_eq!(marks.between(3, 10), 2);
        assert_eq!(marks.between(6, 9), 0);
    }

    #[test]
    fn an_edge_mark_with_its_partner_inside_stays_after_a_line_break() {
        // The walk steps over plain words; the marks inside are counted from those it passed.
        let got = spans("She said\n“‘no’ to the\nplan” today.");
        assert_eq!(got[0], ("‘no’ to the\nplan".into(), 0, true, None));
        assert_eq!(got[1], ("no".into(), 1, true, None));
        assert_eq!(got.len(), 2);
    }

    #[test]
    fn curly_and_straight_double() {
        let got = spans("“Yes,” he said. \"No,\" she said.");
        assert_eq!(
            got,
            vec![
                ("Yes,".into(), 0, true, None),
                ("No,".into(), 0, true, None)
            ]
        );
    }

    #[test]
    fn single_marks_beside_apostrophes() {
        let got = spans("Colombia's leader said 'He's not going to do it' and 'sounds good'.");
        assert_eq!(got[0].0, "He's not going to do it");
        assert_eq!(got[1].0, "sounds good");
        assert_eq!(got.len(), 2);
    }

    #[test]
    fn nested_single_inside_double() {
        let got = spans("“He called it ‘a disgrace’ today,” she said.");
        assert_eq!(
            got[0],
            ("He called it ‘a disgrace’ today,".into(), 0, true, None)
        );
        assert_eq!(got[1], ("a disgrace".into(), 1, true, None));
    }

    #[test]
    fn unbalanced_open_stops_at_paragraph_end() {
        let text =
            "He said “this never closes.\n\nThe next paragraph is reporter text. “Fine,” she said.";
        let got = spans(text);
        assert_eq!(got[0], ("this never closes.".into(), 0, false, None));
        assert_eq!(got[1].0, "Fine,");
    }

    #[test]
    fn multi_paragraph_quote_links_pieces() {
        let text = "He said: “First part.\n\n“Second part.”\n\nOther text.";
        let got = spans(text);
        assert_eq!(got[0], ("First part.".into(), 0, false, None));
        assert_eq!(got[1], ("Second part.".into(), 0, true, Some(0)));
    }

    #[test]
    fn low_german_opening_and_guillemets() {
        assert_eq!(spans("Er sagte „Ja“ dazu.")[0].0, "Ja");
        assert_eq!(spans("Il a dit «non» hier.")[0].0, "non");
    }

    #[test]
    fn closing_mark_after_or_before_period() {
        let got = spans("It was 'isolated from the world.' Then 'empire'. End");
        assert_eq!(got[0].0, "isolated from the world.");
        assert_eq!(got[1].0, "empire");
    }

    #[test]
    fn stray_paragraph_opener_gives_way_to_inner_quotes() {
        let got = spans("\"Trump walked on stage, chanting “U-S-A!” and “Here we go.”\n\nNext.");
        assert_eq!(
            got,
            vec![
                ("U-S-A!".into(), 0, true, None),
                ("Here we go.".into(), 0, true, None)
            ]
        );
    }

    /// Rule `introduced_block_continues`: a block a colon introduces keeps every re-opened
    /// paragraph, one holding a quotation of the same style too; a block no colon introduces
    /// is still the excerpt above.
    #[test]
    fn an_introduced_block_keeps_a_paragraph_holding_inner_quotes() {
        let text = "Cole stated:\n\n\"The tax is unfair.\n\n\"It “helps” nobody.\n\n\"Stop it.\"";
        let outer: Vec<String> = spans(text)
            .into_iter()
            .filter(|s| s.1 == 0)
            .map(|s| s.0)
            .collect();
        assert_eq!(
            outer,
            vec!["The tax is unfair.", "It “helps” nobody.", "Stop it."]
        );
        let text =
            "The rally went on.\n\n\"Trump waved.\n\n\"He went on, chanting “U-S-A!”\n\nNext.";
        let outer: Vec<String> = spans(text)
            .into_iter()
            .filter(|s| s.1 == 0)
            .map(|s| s.0)
            .collect();
        assert_eq!(outer, vec!["Trump waved.", "U-S-A!"]);
    }

    #[test]
    fn closing_an_outer_mark_drops_the_ones_opened_inside_it() {
        // ’ closes ‘ and drops the “ opened after it; ” then closes the first “.
        let got = spans("“one ‘two “three’ four” five");
        assert_eq!(
            got,
            vec![
                ("one ‘two “three’ four".into(), 0, true, None),
                ("two “three".into(), 1, true, None)
            ]
        );
    }

    #[test]
    fn closers_of_a_style_never_opened_pair_with_nothing() {
        let got = spans("“a “b “c ’ ’ ’ d” e” f”");
        assert_eq!(
            got,
            vec![
                ("a “b “c ’ ’ ’ d” e” f".into(), 0, true, None),
                ("b “c ’ ’ ’ d” e".into(), 1, true, None),
                ("c ’ ’ ’ d".into(), 2, true, None)
            ]
        );
    }

    #[test]
    fn ellipsis_or_abbreviation_ends_sentence() {
        let got = spans("He said: \"We could... \"They know. \"I met Mr P. \"Never.\" End");
        let got: Vec<&str> = got.iter().map(|g| g.0.as_str()).collect();
        assert_eq!(
            got,
            vec!["We could...", "They know.", "I met Mr P.", "Never."]
        );
    }

    #[test]
    fn straight_after_closer_gives_way() {
        let got = spans("“We win,” \"Ann Cole added. “Fine,” he said.");
        let got: Vec<&str> = got.iter().map(|g| g.0.as_str()).collect();
        assert_eq!(got, vec!["We win,", "Fine,"]);
    }

    #[test]
    fn markup_attribute_value() {
        // A value ending in a space would open a quotation running into the tweet's text.
        let text =
            "<tweet author=\"@ann\" date=\"May 2, 2016 \">We won the \"harbour\" vote</tweet>.";
        let got = spans(text);
        let got: Vec<&str> = got.iter().map(|g| g.0.as_str()).collect();
        assert_eq!(got, vec!["harbour"]);
        let text = "We met.\n<tweet date=\"May 2, 2016\n\">We won the vote</tweet>.";
        assert!(spans(text).is_empty());
        let got = spans("<a title=\"May 2,\n— lower taxes,\n— fewer rules.\">x</a> and \"y\"");
        let got: Vec<&str> = got.iter().map(|g| g.0.as_str()).collect();
        assert_eq!(got, vec!["y"]);
        // An unclosed value ends with its line: the next line's quotation is read (rev19).
        let text = "Set the flag x=\"1 in the file, Vale wrote.\n\"We won the vote,\" Cole said.\n\"It was close,\" she added.";
        let got = spans(text);
        let got: Vec<&str> = got.iter().map(|g| g.0.as_str()).collect();
        assert_eq!(got, vec!["We won the vote,", "It was close,"]);
        // Opening the text, and prose with `=` set apart, stay as they were.
        let got = spans("x=\"1\" and \"y\"");
        let got: Vec<&str> = got.iter().map(|g| g.0.as_str()).collect();
        assert_eq!(got, vec!["y"]);
        let got = spans("=\"b\" here");
        let got: Vec<&str> = got.iter().map(|g| g.0.as_str()).collect();
        assert_eq!(got, vec!["b"]);
        let got = spans("a = \"b\" here");
        let got: Vec<&str> = got.iter().map(|g| g.0.as_str()).collect();
        assert_eq!(got, vec!["b"]);
    }

    #[test]
    fn stray_closer_is_ignored() {
        let got = spans("the Jones’ house and “real words” here");
        assert_eq!(got, vec![("real words".into(), 0, true, None)]);
    }
}
