//! Normalise: the words of a quotation, compared whatever the marks, case, apostrophes,
//! accents, HTML escapes and British or American spelling.
//!
//! A word is a run of letters and digits. An apostrophe between two letters (straight, curly,
//! backtick, or an HTML escape of one) joins them and is dropped (`don’t`, `don't` and
//! `don&#8217;t` are all `dont`); every other mark, dash, hyphen or space separates words, so
//! `well-known` and `well known` are the same two words. Letters are lowercased and stripped
//! of accents, then spelling is folded ([`super::spelling`]). Each word keeps its byte span in
//! the text it came from, for the shared span of a cut.

use unicode_normalization::char::{decompose_canonical, is_combining_mark};

use super::{sign, spelling};

/// One word: the hash of its folded form and its byte span in the text.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Word {
    pub hash: u64,
    pub start: u32,
    pub end: u32,
}

/// The longest HTML escape read (`&#x2019;`, `&rsquo;`).
const MAX_ENTITY: usize = 10;

/// Named escapes that stand for an apostrophe (numeric ones are decoded: `&#8217;`, `&#x27;`).
const APOSTROPHE_ENTITIES: &[&str] = &["&apos;", "&rsquo;", "&lsquo;"];

fn is_apostrophe(c: char) -> bool {
    matches!(c, '\'' | '’' | '‘' | 'ʼ' | '`' | '´' | '′')
}

/// What an HTML escape at the start of `rest` stands for.
enum Escape {
    Apostrophe,
    /// A letter or digit written as a numeric escape (`&#233;`).
    Letter(char),
    Separator,
}

/// The length of an HTML escape at the start of `rest`, and what it stands for.
fn entity(rest: &str) -> Option<(usize, Escape)> {
    let end = rest.bytes().take(MAX_ENTITY).position(|b| b == b';')?;
    let body = &rest[1..end];
    if body.is_empty() || !body.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'#') {
        return None;
    }
    let numeric = body
        .strip_prefix('#')
        .and_then(|n| match n.strip_prefix(['x', 'X']) {
            Some(hex) => u32::from_str_radix(hex, 16).ok(),
            None => n.parse().ok(),
        });
    let escape = match numeric.map(char::from_u32) {
        Some(Some(c)) if is_apostrophe(c) => Escape::Apostrophe,
        Some(Some(c)) if c.is_alphanumeric() => Escape::Letter(c),
        Some(_) => Escape::Separator,
        None if APOSTROPHE_ENTITIES
            .iter()
            .any(|e| e.eq_ignore_ascii_case(&rest[..=end])) =>
        {
            Escape::Apostrophe
        }
        None => Escape::Separator,
    };
    Some((end + 1, escape))
}

/// Appends `c` lowercased and without accents.
pub(crate) fn push_folded(c: char, buf: &mut String) {
    if c.is_ascii() {
        buf.push(c.to_ascii_lowercase());
        return;
    }
    let mut base = String::new();
    decompose_canonical(c, |d| {
        if !is_combining_mark(d) {
            base.push(d);
        }
    });
    buf.extend(base.chars().flat_map(char::to_lowercase));
}

/// Collects words, one character at a time.
struct Words<'o> {
    out: &'o mut Vec<Word>,
    buf: String,
    start: usize,
    end: usize,
    /// An apostrophe was seen after the current word: it joins only if a letter follows.
    pending_join: bool,
}

impl Words<'_> {
    fn letter(&mut self, at: usize, c: char) {
        self.letter_spanning(at, c, c.len_utf8());
    }

    /// A letter written in `len` bytes of the text (itself, or an HTML escape of it).
    fn letter_spanning(&mut self, at: usize, c: char, len: usize) {
        if self.buf.is_empty() {
            self.start = at;
        }
        self.pending_join = false;
        push_folded(c, &mut self.buf);
        self.end = at + len;
    }

    fn apostrophe(&mut self) {
        if self.buf.is_empty() {
            return;
        }
        if self.pending_join {
            self.finish();
        } else {
            self.pending_join = true;
        }
    }

    fn finish(&mut self) {
        self.pending_join = false;
        if self.buf.is_empty() {
            return;
        }
        let folded = spelling::fold(&self.buf);
        self.out.push(Word {
            hash: sign::bytes(folded.as_bytes()),
            start: self.start as u32,
            end: self.end as u32,
        });
        self.buf.clear();
    }
}

/// Appends the words of `text` to `out`.
pub fn words(text: &str, out: &mut Vec<Word>) {
    let mut words = Words {
        out,
        buf: String::new(),
        start: 0,
        end: 0,
        pending_join: false,
    };
    let mut chars = text.char_indices();
    while let Some((at, c)) = chars.next() {
        if c.is_alphanumeric() || (is_combining_mark(c) && !words.buf.is_empty()) {
            words.letter(at, c);
        } else if is_apostrophe(c) {
            words.apostrophe();
        } else if c == '&' {
            match entity(&text[at..]) {
                Some((len, escape)) => {
                    match escape {
                        Escape::Apostrophe => words.apostrophe(),
                        // The letter's span is the whole escape.
                        Escape::Letter(c) => words.letter_spanning(at, c, len),
                        Escape::Separator => words.finish(),
                    }
                    // Skip the rest of the escape (all ASCII).
                    for _ in 1..len {
                        chars.next();
                    }
                }
                None => words.finish(),
            }
        } else {
            words.finish();
        }
    }
    words.finish();
}

/// A speaker as a short quotation's key takes it: the hash of the last word of the name
/// (lowercased, without accents), so "Donald Trump", "Trump" and "President Trump" agree;
/// `None` for a name without a word.
pub fn speaker_word(speaker: &str) -> Option<u64> {
    let folded = last_word(speaker)?;
    Some(sign::extend(sign::bytes(b"speaker\x1f"), folded.as_bytes()))
}

/// The last word of a name, lowercased and without accents ("Mrs. Clinton" → `clinton`);
/// `None` for a name without a word.
pub fn last_word(name: &str) -> Option<String> {
    let mut words = Vec::new();
    self::words(name, &mut words);
    let last = words.last()?;
    let mut buf = String::new();
    for c in name[last.start as usize..last.end as usize].chars() {
        push_folded(c, &mut buf);
    }
    Some(buf)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn hashes(text: &str) -> Vec<u64> {
        let mut out = Vec::new();
        words(text, &mut out);
        out.iter().map(|w| w.hash).collect()
    }

    #[test]
    fn marks_case_and_apostrophes_do_not_matter() {
        let a = hashes("“We don’t want war,” — it’s over.");
        assert_eq!(a, hashes("'we DON'T want war' - it's over"));
        assert_eq!(
            a,
            hashes("&quot;We don&#8217;t want war,&quot; it&rsquo;s over")
        );
        assert_eq!(a.len(), 6);
    }

    #[test]
    fn a_letter_written_as_an_escape_is_the_letter() {
        assert_eq!(hashes("Nicol&#225;s Maduro"), hashes("Nicolás Maduro"));
        assert_eq!(hashes("caf&#xE9; &amp; bar"), hashes("café bar"));
    }

    #[test]
    fn accents_and_spelling_fold() {
        assert_eq!(hashes("Nicolás Maduro"), hashes("Nicolas Maduro"));
        assert_eq!(hashes("a Great Honour"), hashes("a great honor"));
        assert_ne!(hashes("a great honour"), hashes("a great hour"));
    }

    #[test]
    fn hyphens_and_numbers_split() {
        assert_eq!(hashes("well-known 605,000"), hashes("well known 605 000"));
    }

    #[test]
    fn spans_point_into_the_text() {
        let text = "‘Isolated from the world.’";
        let mut out = Vec::new();
        words(text, &mut out);
        let spans: Vec<_> = out
            .iter()
            .map(|w| &text[w.start as usize..w.end as usize])
            .collect();
        assert_eq!(spans, ["Isolated", "from", "the", "world"]);
    }

    #[test]
    fn a_speaker_is_keyed_by_the_last_word_of_the_name() {
        assert_eq!(
            speaker_word("Donald Trump"),
            speaker_word("President TRUMP")
        );
        assert_ne!(speaker_word("Donald Trump"), speaker_word("Gustavo Petro"));
        assert_eq!(speaker_word("—"), None);
    }

    #[test]
    fn a_trailing_apostrophe_does_not_join() {
        assert_eq!(hashes("the voters' choice"), hashes("the voters choice"));
        assert_eq!(hashes("'twas"), hashes("twas"));
    }
}
