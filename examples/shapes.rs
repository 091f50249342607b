//! Do the same articles get the same answers in every text shape? Rewrites each document of a
//! corpus into the shapes real corpora come in, analyses every shape, maps each output span back
//! to the original text and compares it with the original's output, stage by stage.
//!
//! ```text
//! python bench/dump_corpus.py /tmp/corpus.jsonl       # seeds, PolNeAR, BBC (from ../shared)
//! cargo run --release --example shapes -- /tmp/corpus.jsonl [--limit N] [--show SHAPE:STAGE]
//! ```
//!
//! Shapes: `flattened` (each run of line breaks one space, as CSV dumps lose paragraphs),
//! `crlf`, `wrapped72` (lines hard-wrapped at 72 columns with single newlines), `straight`
//! (curly quotes and apostrophes folded to ASCII), `latex` (double quotes as ``...''),
//! `html` (quote marks and apostrophes HTML-escaped). A row counts as the same when its mapped
//! span and its key fields are equal (sentences: span; quotes: span, type, speaker; numbers:
//! span, value). Agreement is 2·same / (rows in the original + rows in the shape).

use std::collections::HashMap;
use std::io::BufRead;

/// A shaped text and, for every byte offset of it (and its end), the original byte offset.
struct Shaped {
    text: String,
    to_original: Vec<u32>,
}

impl Shaped {
    fn build(original: &str, mut piece: impl FnMut(&str, usize, char) -> (String, usize)) -> Self {
        let mut text = String::with_capacity(original.len() + original.len() / 8);
        let mut to_original = Vec::with_capacity(original.len() + 1);
        let mut i = 0;
        while i < original.len() {
            let c = original[i..].chars().next().expect("in bounds");
            // `piece` gives the replacement and how many original bytes it stands for.
            let (out, consumed) = piece(original, i, c);
            for _ in 0..out.len() {
                to_original.push(i as u32);
            }
            text.push_str(&out);
            i += consumed.max(c.len_utf8());
        }
        to_original.push(original.len() as u32);
        Shaped { text, to_original }
    }

    fn span(&self, s: presswork::Span) -> (u32, u32) {
        (self.to_original[s.start()], self.to_original[s.end()])
    }
}

fn flattened(t: &str) -> Shaped {
    Shaped::build(t, |t, i, c| {
        if c == '\n' || c == '\r' {
            let run = t[i..]
                .bytes()
                .take_while(|b| matches!(b, b'\n' | b'\r'))
                .count();
            (" ".to_string(), run)
        } else {
            (c.to_string(), c.len_utf8())
        }
    })
}

fn crlf(t: &str) -> Shaped {
    Shaped::build(t, |_, _, c| {
        if c == '\n' {
            ("\r\n".to_string(), 1)
        } else {
            (c.to_string(), c.len_utf8())
        }
    })
}

fn wrapped(t: &str, width: usize) -> Shaped {
    // Break at the last space before the width, as a wire service's fixed-width copy does.
    let mut breaks = vec![false; t.len()];
    let mut line_start = 0;
    let mut last_space: Option<usize> = None;
    let mut column = 0;
    for (i, c) in t.char_indices() {
        if c == '\n' {
            line_start = i + 1;
            last_space = None;
            column = 0;
            continue;
        }
        if c == ' ' {
            last_space = Some(i);
        }
        column += 1;
        if column > width {
            if let Some(s) = last_space.filter(|&s| s > line_start) {
                breaks[s] = true;
                line_start = s + 1;
                column = t[line_start..i + c.len_utf8()].chars().count();
                last_space = None;
            }
        }
    }
    Shaped::build(t, |_, i, c| {
        if breaks[i] {
            ("\n".to_string(), 1)
        } else {
            (c.to_string(), c.len_utf8())
        }
    })
}

fn straight(t: &str) -> Shaped {
    Shaped::build(t, |_, _, c| {
        let out = match c {
            '“' | '”' | '„' => '"',
            '‘' | '’' | '‚' => '\'',
            _ => c,
        };
        (out.to_string(), c.len_utf8())
    })
}

fn latex(t: &str) -> Shaped {
    let mut open = true;
    Shaped::build(t, move |_, _, c| {
        let out = match c {
            '“' => "``".to_string(),
            '”' => "''".to_string(),
            '"' => {
                open = !open;
                if open { "''" } else { "``" }.to_string()
            }
            _ => c.to_string(),
        };
        (out, c.len_utf8())
    })
}

fn html(t: &str) -> Shaped {
    Shaped::build(t, |_, _, c| {
        let out = match c {
            '"' => "&quot;".to_string(),
            '\'' => "&#39;".to_string(),
            '“' => "&ldquo;".to_string(),
            '”' => "&rdquo;".to_string(),
            '‘' => "&lsquo;".to_string(),
            '’' => "&rsquo;".to_string(),
            _ => c.to_string(),
        };
        (out, c.len_utf8())
    })
}

type Shape = (&'static str, fn(&str) -> Shaped);

const SHAPES: &[Shape] = &[
    ("flattened", flattened),
    ("crlf", crlf),
    ("wrapped72", |t| wrapped(t, 72)),
    ("straight", straight),
    ("latex", latex),
    ("html", html),
];
const STAGES: [&str; 3] = ["sentences", "quotes", "numbers"];

/// The rows of each stage as comparable keys, spans in original byte offsets.
fn rows(
    doc: &presswork::Document,
    map: &dyn Fn(presswork::Span) -> (u32, u32),
) -> [Vec<String>; 3] {
    let sentences = doc
        .sentences
        .iter()
        .map(|s| format!("{:?}", map(s.span)))
        .collect();
    let quotes = doc
        .quotes
        .iter()
        .map(|q| format!("{:?} {:?} {:?}", map(q.span), q.kind, q.speaker))
        .collect();
    let numbers = doc
        .numbers
        .iter()
        .map(|n| format!("{:?} {:?}", map(n.span), n.value))
        .collect();
    [sentences, quotes, numbers]
}

/// How many rows two lists share (as multisets).
fn shared(a: &[String], b: &[String]) -> usize {
    let mut count: HashMap<&str, isize> = HashMap::new();
    for x in a {
        *count.entry(x).or_default() += 1;
    }
    let mut same = 0;
    for y in b {
        if let Some(n) = count.get_mut(y.as_str()).filter(|n| **n > 0) {
            *n -= 1;
            same += 1;
        }
    }
    same
}

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let path = args
        .first()
        .expect("usage: shapes CORPUS.jsonl [--limit N] [--show SHAPE:STAGE]");
    let limit = args
        .iter()
        .position(|a| a == "--limit")
        .and_then(|i| args.get(i + 1))
        .map_or(usize::MAX, |n| n.parse().expect("--limit N"));
    let show = args
        .iter()
        .position(|a| a == "--show")
        .and_then(|i| args.get(i + 1))
        .cloned();
    let file = std::fs::File::open(path).expect("cannot open the corpus");
    let texts: Vec<String> = std::io::BufReader::new(file)
        .lines()
        .take(limit)
        .map(|l| serde_json::from_str(&l.expect("readable")).expect("a JSON string per line"))
        .collect();
    // [shape][stage] = (rows in original, rows in shape, shared, documents identical)
    let mut totals = vec![[(0usize, 0usize, 0usize, 0usize); 3]; SHAPES.len()];
    let mut shown = 0;
    for text in &texts {
        let original = presswork::analyze(text);
        let base = rows(&original, &|s| (s.start() as u32, s.end() as u32));
        for (k, (name, make)) in SHAPES.iter().enumerate() {
            let shaped = make(text);
            let doc = presswork::analyze(&shaped.text);
            let got = rows(&doc, &|s| shaped.span(s));
            for stage in 0..3 {
                let same = shared(&base[stage], &got[stage]);
                let t = &mut totals[k][stage];
                t.0 += base[stage].len();
                t.1 += got[stage].len();
                t.2 += same;
                let identical = same == base[stage].len() && same == got[stage].len();
                t.3 += usize::from(identical);
                if !identical
                    && shown < 5
                    && show.as_deref() == Some(&format!("{name}:{}", STAGES[stage]))
                {
                    shown += 1;
                    let only = |a: &[String], b: &[String]| -> Vec<String> {
                        a.iter()
                            .filter(|x| !b.contains(x))
                            .take(4)
                            .cloned()
                            .collect()
                    };
                    println!(
                        "-- {name}:{} only in original: {:?}",
                        STAGES[stage],
                        only(&base[stage], &got[stage])
                    );
                    println!("   only in shape: {:?}", only(&got[stage], &base[stage]));
                }
            }
        }
    }
    println!(
        "{} documents; agreement with the original (documents identical)",
        texts.len()
    );
    print!("{:<10}", "shape");
    for stage in STAGES {
        print!(" {stage:>22}");
    }
    println!();
    for (k, (name, _)) in SHAPES.iter().enumerate() {
        print!("{name:<10}");
        for t in &totals[k] {
            let agreement = 2.0 * t.2 as f64 / (t.0 + t.1).max(1) as f64;
            let docs = 100.0 * t.3 as f64 / texts.len().max(1) as f64;
            print!(" {:>12.4} ({:>5.1}%)", agreement, docs);
        }
        println!();
    }
}
