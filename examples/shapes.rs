//! Do the same articles get the same answers in every text shape? Rewrites each document of a
//! corpus into the shapes real corpora come in, analyses every shape, maps each output span back
//! to the original text and compares it with the original's output, stage by stage.
//!
//! ```text
//! python bench/dump_corpus.py /tmp/corpus.jsonl       # seeds, PolNeAR, BBC (from ../shared)
//! cargo run --release --example shapes -- /tmp/corpus.jsonl [--limit N] [--show SHAPE:STAGE]
//!     [--groups seeds:5,polnear_train:840,...] [--diff SHAPE]
//! ```
//!
//! `--groups` names consecutive runs of documents (`bench/dump_corpus.py` prints the string for
//! its file) and adds, per group and shape, how many documents get identical sentences.
//! `--diff SHAPE` prints every sentence that differs in that shape, as text (for `flattened`,
//! after headings are admitted, see below).
//!
//! `flattened*` is the flattened shape with headings admitted: flattening erases the line breaks
//! around a heading, so the boundaries `common/headings.rs` names are not compared (after a
//! sentence without final punctuation, or a list number alone, before a line break; at either
//! edge of a short line of capitalised words, `Bush: Survive to S.C.`, `TWITTER.`). Every
//! other boundary must be the same.
//!
//! Shapes: `flattened` (each run of line breaks one space, as CSV dumps lose paragraphs),
//! `crlf`, `wrapped72` (lines hard-wrapped at 72 columns with single newlines), `straight`
//! (curly quotes and apostrophes folded to ASCII), `latex` (double quotes as ``...''),
//! `html` (quote marks, apostrophes, `£`, `€` and U+00A0 HTML-escaped), `markup` (each line a
//! `<p>` element, each capitalised word a link). A row counts as the same when its mapped
//! span and its key fields are equal (sentences: span; quotes: span, type, speaker; numbers:
//! span, value). Agreement is 2·same / (rows in the original + rows in the shape).

use std::collections::HashMap;
use std::io::BufRead;

#[path = "common/headings.rs"]
mod headings;

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
            '£' => "&pound;".to_string(),
            '€' => "&#8364;".to_string(),
            '\u{a0}' => "&nbsp;".to_string(),
            _ => c.to_string(),
        };
        (out, c.len_utf8())
    })
}

/// Page markup left in the text: each line a `<p>` element, each capitalised word a link. A
/// link's end tag is written as part of the next char, so a span ending at a linked word's last
/// letter maps to the end of that letter.
fn markup(t: &str) -> Shaped {
    let mut in_link = false;
    let mut prev: Option<char> = None;
    let mut shaped = Shaped::build(t, |_, _, c| {
        let mut out = String::new();
        if in_link && !c.is_alphanumeric() {
            out.push_str("</a>");
            in_link = false;
        }
        if prev.is_none_or(|p| p == '\n') {
            out.push_str("<p>");
        }
        if c == '\n' {
            out.push_str("</p>");
        } else if c.is_uppercase() && !prev.is_some_and(char::is_alphanumeric) {
            out.push_str("<a href=\"https://example.org/a?id=1\">");
            in_link = true;
        }
        out.push(c);
        prev = Some(c);
        (out, c.len_utf8())
    });
    let tail = if in_link { "</a></p>" } else { "</p>" };
    shaped.text.push_str(tail);
    let end = shaped.to_original.pop().expect("the end offset");
    shaped
        .to_original
        .extend(std::iter::repeat_n(end, tail.len() + 1));
    shaped
}

/// Sentence spans (original offsets) joined where "the same except at headings" admits a
/// difference (`common/headings.rs`).
fn admit_headings(original: &str, spans: &[(u32, u32)]) -> Vec<(u32, u32)> {
    let spans: Vec<(usize, usize)> = spans
        .iter()
        .map(|&(a, b)| (a as usize, b as usize))
        .collect();
    headings::admit_headings(original, &spans)
        .into_iter()
        .map(|(a, b)| (a as u32, b as u32))
        .collect()
}

type Shape = (&'static str, fn(&str) -> Shaped);

const SHAPES: &[Shape] = &[
    ("flattened", flattened),
    ("crlf", crlf),
    ("wrapped72", |t| wrapped(t, 72)),
    ("straight", straight),
    ("latex", latex),
    ("html", html),
    ("markup", markup),
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

/// The sentences of each span list that the other lacks, as text of the original.
fn sentence_diff(original: &str, base: &[(u32, u32)], got: &[(u32, u32)]) -> Vec<String> {
    let text = |&(a, b): &(u32, u32)| original[a as usize..b as usize].replace('\n', "⏎");
    let mut out: Vec<String> = base
        .iter()
        .filter(|x| !got.contains(x))
        .map(|x| format!("   - {}", text(x)))
        .collect();
    out.extend(
        got.iter()
            .filter(|x| !base.contains(x))
            .map(|x| format!("   + {}", text(x))),
    );
    out
}

/// `name:count,...` as (name, first document, one past the last).
fn groups(arg: Option<&String>) -> Vec<(String, usize, usize)> {
    let mut at = 0;
    arg.map_or_else(Vec::new, |g| {
        g.split(',')
            .map(|part| {
                let (name, n) = part.split_once(':').expect("--groups name:count,...");
                let n: usize = n.parse().expect("a count");
                at += n;
                (name.to_string(), at - n, at)
            })
            .collect()
    })
}

fn arg_after(args: &[String], flag: &str) -> Option<String> {
    args.iter()
        .position(|a| a == flag)
        .and_then(|i| args.get(i + 1))
        .cloned()
}

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let path = args.first().expect(
        "usage: shapes CORPUS.jsonl [--limit N] [--show SHAPE:STAGE [--show-max N]] [--groups G] [--diff SHAPE]",
    );
    let limit = arg_after(&args, "--limit").map_or(usize::MAX, |n| n.parse().expect("--limit N"));
    let show = arg_after(&args, "--show");
    let show_max = arg_after(&args, "--show-max").map_or(5, |n| n.parse().expect("--show-max N"));
    let diff = arg_after(&args, "--diff");
    let groups = groups(arg_after(&args, "--groups").as_ref());
    let file = std::fs::File::open(path).expect("cannot open the corpus");
    let texts: Vec<String> = std::io::BufReader::new(file)
        .lines()
        .take(limit)
        .map(|l| serde_json::from_str(&l.expect("readable")).expect("a JSON string per line"))
        .collect();
    // [shape][stage] = (rows in original, rows in shape, shared, documents identical)
    let mut totals = vec![[(0usize, 0usize, 0usize, 0usize); 3]; SHAPES.len()];
    // Flattened with headings admitted: (rows in original, rows in shape, shared, identical).
    let mut admitted = (0usize, 0usize, 0usize, 0usize);
    // Per document and shape (the last one: flattened*), are the sentences identical?
    let mut same_doc = vec![vec![false; SHAPES.len() + 1]; texts.len()];
    let mut shown = 0;
    for (d, text) in texts.iter().enumerate() {
        let original = presswork::analyze(text);
        let base = rows(&original, &|s| (s.start() as u32, s.end() as u32));
        let base_spans: Vec<(u32, u32)> = original
            .sentences
            .iter()
            .map(|s| (s.span.start() as u32, s.span.end() as u32))
            .collect();
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
                if stage == 0 {
                    same_doc[d][k] = identical;
                }
                if !identical
                    && shown < show_max
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
                        "-- doc {d} {name}:{} only in original: {:?}",
                        STAGES[stage],
                        only(&base[stage], &got[stage])
                    );
                    println!("   only in shape: {:?}", only(&got[stage], &base[stage]));
                }
            }
            let spans: Vec<(u32, u32)> =
                doc.sentences.iter().map(|s| shaped.span(s.span)).collect();
            let (b, g) = if *name == "flattened" {
                let (b, g) = (
                    admit_headings(text, &base_spans),
                    admit_headings(text, &spans),
                );
                let same = b.iter().filter(|x| g.contains(x)).count();
                admitted.0 += b.len();
                admitted.1 += g.len();
                admitted.2 += same;
                same_doc[d][SHAPES.len()] = b == g;
                admitted.3 += usize::from(b == g);
                (b, g)
            } else {
                (base_spans.clone(), spans)
            };
            if diff.as_deref() == Some(name) && b != g {
                println!("-- document {d}");
                sentence_diff(text, &b, &g)
                    .iter()
                    .for_each(|l| println!("{l}"));
            }
        }
    }
    report(texts.len(), &totals, admitted, &same_doc, &groups);
}

type Tally = (usize, usize, usize, usize);

/// Prints agreement per shape and stage (and flattened with headings admitted), then, per
/// group of documents, how many get identical sentences in each shape.
fn report(
    n: usize,
    totals: &[[Tally; 3]],
    admitted: Tally,
    same_doc: &[Vec<bool>],
    groups: &[(String, usize, usize)],
) {
    println!(
        "{} documents; agreement with the original (documents identical)",
        n
    );
    print!("{:<10}", "shape");
    for stage in STAGES {
        print!(" {stage:>22}");
    }
    println!();
    let line = |name: &str, t: &(usize, usize, usize, usize)| {
        let agreement = 2.0 * t.2 as f64 / (t.0 + t.1).max(1) as f64;
        let docs = 100.0 * t.3 as f64 / n.max(1) as f64;
        format!("{name:<10} {:>12.4} ({:>5.1}%)", agreement, docs)
    };
    for (k, (name, _)) in SHAPES.iter().enumerate() {
        print!("{}", line(name, &totals[k][0]));
        for t in &totals[k][1..] {
            let agreement = 2.0 * t.2 as f64 / (t.0 + t.1).max(1) as f64;
            let docs = 100.0 * t.3 as f64 / n.max(1) as f64;
            print!(" {:>12.4} ({:>5.1}%)", agreement, docs);
        }
        println!();
    }
    println!("{}  (headings admitted)", line("flattened*", &admitted));
    if groups.is_empty() {
        return;
    }
    println!("\nsentences: documents identical to the original, per group");
    print!("{:<14}", "group");
    SHAPES.iter().for_each(|(name, _)| print!(" {name:>10}"));
    println!(" {:>10}", "flattened*");
    for (name, a, b) in groups {
        let (a, b) = (*a, *b);
        let (a, b) = (a.min(n), b.min(n));
        print!("{name:<14}");
        for k in 0..=SHAPES.len() {
            let n = same_doc[a..b].iter().filter(|s| s[k]).count();
            print!(" {:>10}", format!("{n}/{}", b - a));
        }
        println!();
    }
}
