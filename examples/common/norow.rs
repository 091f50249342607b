//! The `--norow` listing of `score_indirect`: the shape of a gold attribution that no predicted
//! row overlaps, its cue lemma and whether the cue lexicons list it.

use std::collections::HashSet;

/// The lemmas and irregular forms of `indirect_cues.txt` and `cue_verbs.txt`.
#[derive(Default)]
pub struct Lexicon {
    indirect: HashSet<String>,
    quotes: HashSet<String>,
    forms: Vec<(String, String)>,
}

impl Lexicon {
    pub fn load() -> Lexicon {
        let mut lex = Lexicon::default();
        for (file, is_indirect) in [("indirect_cues.txt", true), ("cue_verbs.txt", false)] {
            let path = format!("{}/data/lexicons/{file}", env!("CARGO_MANIFEST_DIR"));
            let text = std::fs::read_to_string(path).unwrap_or_default();
            for line in text
                .lines()
                .filter(|l| !l.starts_with('#') && !l.is_empty())
            {
                let f: Vec<&str> = line.split('\t').collect();
                let lemma = f[0].to_string();
                for form in f.iter().skip(1).take(2).filter(|x| **x != "-") {
                    lex.forms.push((form.to_string(), lemma.clone()));
                }
                if is_indirect {
                    lex.indirect.insert(lemma);
                } else {
                    lex.quotes.insert(lemma);
                }
            }
        }
        lex
    }

    /// A lemma for a word: an irregular form's, else the first of the stripped forms listed.
    fn lemma(&self, w: &str) -> String {
        if let Some((_, l)) = self.forms.iter().find(|(f, _)| f == w) {
            return l.clone();
        }
        let mut cands = vec![w.to_string()];
        for suf in ["ing", "ed", "es", "s", "d"] {
            if let Some(stem) = w.strip_suffix(suf) {
                cands.push(stem.to_string());
                cands.push(format!("{stem}e"));
                let b = stem.as_bytes();
                if b.len() > 2 && b[b.len() - 1] == b[b.len() - 2] {
                    cands.push(stem[..stem.len() - 1].to_string());
                }
                if let Some(y) = stem.strip_suffix('i') {
                    cands.push(format!("{y}y"));
                }
            }
        }
        cands
            .iter()
            .find(|c| self.indirect.contains(*c) || self.quotes.contains(*c))
            .cloned()
            .unwrap_or_else(|| w.to_string())
    }

    fn listed(&self, lemma: &str) -> &'static str {
        match (self.indirect.contains(lemma), self.quotes.contains(lemma)) {
            (true, true) => "both",
            (true, false) => "indirect",
            (false, true) => "quotes",
            _ => "unlisted",
        }
    }
}

fn text(t: &[char], s: usize, e: usize) -> String {
    t[s.min(t.len())..e.min(t.len())].iter().collect()
}

const THOUGHT: &[&str] = &[
    "believe",
    "think",
    "fear",
    "feel",
    "hope",
    "expect",
    "know",
    "worry",
    "doubt",
    "suspect",
    "assume",
    "want",
    "wish",
    "see",
    "understand",
    "recognize",
    "realize",
    "sense",
    "agree",
    "consider",
    "view",
    "imagine",
    "suggest",
];

/// (shape, cue text, cue lemma, lexicon) of a gold attribution.
pub fn describe(
    t: &[char],
    content: &[(usize, usize)],
    cue: &[(usize, usize)],
    lex: &Lexicon,
) -> (&'static str, String, String, &'static str) {
    let Some(&(cs, ce)) = cue.first() else {
        return ("no cue", String::new(), "-".into(), "-");
    };
    let cue_text = text(t, cs, ce).to_lowercase();
    let words: Vec<&str> = cue_text.split_whitespace().collect();
    let head = words
        .iter()
        .find(|w| lex.lemma(w) != **w || lex.listed(w) != "unlisted")
        .or(words.last())
        .copied()
        .unwrap_or("");
    let lemma = lex.lemma(head.trim_matches(|c: char| !c.is_alphabetic()));
    let listed = lex.listed(&lemma);
    let before = text(t, cs.saturating_sub(60), cs).to_lowercase();
    let para = before.rsplit('\n').next().unwrap_or("");
    let prev: Vec<&str> = para.split_whitespace().rev().take(2).collect();
    let p1 = prev.first().copied().unwrap_or("");
    let after = text(t, ce, ce + 12).to_lowercase();
    let content_first = content.first().is_some_and(|c| c.0 < cs);
    let shape = if cue_text.contains("according") {
        "according to"
    } else if para.matches(['“', '"']).count() % 2 == 1 {
        "cue inside a quote"
    } else if ["was", "were", "is", "are", "been", "be"].contains(&p1) && !content_first {
        "passive (it was reported)"
    } else if p1.ends_with("'s")
        || p1.ends_with("’s")
        || ["the", "a", "an", "his", "her", "their", "its"].contains(&p1)
    {
        "noun cue (X's claim that)"
    } else if ["and", "but", "or"].contains(&p1) {
        "coordinated cue (and said)"
    } else if [" who ", " which ", " that "]
        .iter()
        .any(|r| para.contains(r))
        && !content_first
    {
        "cue in a relative clause?"
    } else if THOUGHT.contains(&lemma.as_str()) {
        "thought verb"
    } else if content_first {
        let len: usize = content.iter().map(|c| c.1 - c.0).sum();
        if len > 150 {
            "trailing, long clause"
        } else {
            "trailing, short clause"
        }
    } else if after.trim_start().starts_with("that") {
        "cue + that"
    } else if listed == "unlisted" {
        "unlisted cue, content after"
    } else {
        "cue + no that"
    };
    (shape, cue_text, lemma, listed)
}

/// The text around an attribution: from 80 characters before its first part to its last.
pub fn context(t: &[char], content: &[(usize, usize)], cue: &[(usize, usize)]) -> String {
    let s = content.iter().chain(cue).map(|c| c.0).min().unwrap_or(0);
    let e = content.iter().chain(cue).map(|c| c.1).max().unwrap_or(0);
    text(t, s.saturating_sub(80), e.min(s + 300)).replace('\n', " ")
}
