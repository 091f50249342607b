//! Scores the quote stage against the gold sets and measures its throughput.
//!
//! ```text
//! cargo run --release --example score_quotes -- seeds   [--verbose]   # tests/data seed gold
//! cargo run --release --example score_quotes -- polnear [ID] [--verbose] [--train|--dev] [--spans]
//!                                   # ../shared/gold/polnear_{train,dev}.jsonl, both unless one is named;
//!                                   # --spans counts the span errors (kept articles) by sub-class,
//!                                   # and with --verbose lists each with the nearest other span
//! cargo run --release --example score_quotes -- polnear --train --errors
//!                                   # one tab-separated row per wrong speaker: class, id, quote,
//!                                   # predicted mention and cue, gold speaker and cue (char offsets)
//! cargo run --release --example score_quotes -- shapes  [--train|--dev] [--shape S] [--diff]
//!                                   # PolNeAR rewritten into text shapes; --diff prints, for each
//!                                   # article that scores lower in a shape, the rows that differ
//! cargo run --release --example score_quotes -- bbcstats        # BBC corpus: run-away rows, re-opened marks, speakers;
//!                                   # exits 1 when the seed-14 sample's speaker_type counts or all rows' (per 200) leave their bounds
//! cargo run --release --example score_quotes -- bench   [MB] [--quotes-only]  # BBC corpus, quote stage MB/s
//! cargo run --release --example score_quotes -- show FILE             # print the quotes of a text file
//! cargo run --release --example score_quotes -- bbc N [SKIP]          # print quotes of N BBC articles
//! ```
//!
//! Gold offsets are Python `str` (code point) offsets; predictions are converted with
//! [`presswork::offsets::CharOffsets`].

// The allocator the Python extension ships with (jemalloc), as a user of the package runs.
#[path = "common/shipped_alloc.rs"]
mod shipped_alloc;
use std::collections::HashMap;
use std::time::Instant;

use presswork::offsets::CharOffsets;
use presswork::{analyze_with, quotes, sentences, tokenize, QuoteType, Stages};
use serde_json::Value;

#[path = "common/polnear.rs"]
mod polnear;
use polnear::SHARED;
#[path = "common/text_shapes.rs"]
mod text_shapes;
use text_shapes::{reshape, Shaped, SHAPES};

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let verbose = args.iter().any(|a| a == "--verbose" || a == "-v");
    LIST_ERRORS.with(|l| l.set(args.iter().any(|a| a == "--errors")));
    match args.first().map(String::as_str) {
        Some("seeds") => seeds(verbose),
        Some("polnear") => {
            let only = args
                .get(1)
                .filter(|a| !a.starts_with('-'))
                .map(String::as_str);
            let train_only = args.iter().any(|a| a == "--train");
            let dev_only = args.iter().any(|a| a == "--dev");
            for split in ["train", "dev"] {
                if (split == "train" && dev_only) || (split == "dev" && train_only) {
                    continue;
                }
                let spans = args.iter().any(|a| a == "--spans");
                polnear(split, verbose, only, spans);
            }
        }
        Some("shapes") => {
            for split in ["train", "dev"] {
                if args
                    .iter()
                    .any(|a| a == &format!("--{}", other_split(split)))
                {
                    continue;
                }
                let only = args
                    .iter()
                    .position(|a| a == "--shape")
                    .and_then(|k| args.get(k + 1))
                    .map(String::as_str);
                shapes(split, only, verbose, args.iter().any(|a| a == "--diff"));
            }
        }
        Some("bbcstats") => bbc_stats(verbose),
        Some("bench") => bench(
            args.get(1).and_then(|a| a.parse().ok()).unwrap_or(100.0),
            args.iter().any(|a| a == "--quotes-only"),
        ),
        Some("show") => show(&std::fs::read_to_string(&args[1]).expect("read file")),
        Some("bbc") => {
            let n = args.get(1).and_then(|a| a.parse().ok()).unwrap_or(5);
            let skip = args.get(2).and_then(|a| a.parse().ok()).unwrap_or(0);
            for text in bbc_texts().into_iter().skip(skip).take(n) {
                println!("==================================================");
                show(&text);
            }
        }
        _ => {
            eprintln!("usage: score_quotes seeds|polnear|bench|show FILE|bbc N [SKIP] [--verbose]")
        }
    }
}

/// A prediction in code-point offsets.
struct Pred {
    start: usize,
    end: usize,
    kind: QuoteType,
    speaker: Option<String>,
    mention: Option<(usize, usize)>,
    mention_text: String,
    cue_text: String,
    cue: Option<(usize, usize)>,
}

fn predict(text: &str) -> Vec<Pred> {
    let doc = analyze_with(
        text,
        Stages {
            quotes: true,
            numbers: false,
        },
    );
    let co = CharOffsets::new(text);
    doc.quotes
        .iter()
        .map(|q| Pred {
            start: co.char_offset(q.span.start()),
            end: co.char_offset(q.span.end()),
            kind: q.kind,
            speaker: q.speaker.clone(),
            mention: q
                .speaker_mention
                .map(|m| (co.char_offset(m.start()), co.char_offset(m.end()))),
            mention_text: q
                .speaker_mention
                .map_or(String::new(), |m| m.text(text).to_string()),
            cue_text: q.cue.map_or(String::new(), |c| c.text(text).to_string()),
            cue: q
                .cue
                .map(|c| (co.char_offset(c.start()), co.char_offset(c.end()))),
        })
        .collect()
}

fn chars(text: &str, s: usize, e: usize) -> String {
    text.chars().skip(s).take(e.saturating_sub(s)).collect()
}

fn short(s: &str) -> String {
    let c: Vec<char> = s.chars().collect();
    if c.len() > 70 {
        format!(
            "{}…{}",
            c[..40].iter().collect::<String>(),
            c[c.len() - 25..].iter().collect::<String>()
        )
    } else {
        s.to_string()
    }
}

fn seeds(verbose: bool) {
    let gold_path = "tests/data/quotes.jsonl";
    let mut by_doc: HashMap<String, Vec<Value>> = HashMap::new();
    for line in std::fs::read_to_string(gold_path).expect("gold").lines() {
        let v: Value = serde_json::from_str(line).expect("json");
        by_doc
            .entry(v["doc"].as_str().unwrap().to_string())
            .or_default()
            .push(v);
    }
    let mut docs: Vec<_> = by_doc.keys().cloned().collect();
    docs.sort();
    let (mut tp, mut npred, mut ngold, mut sp_ok, mut sp_n) = (0, 0, 0, 0, 0);
    let (mut itp, mut ipred, mut igold) = (0, 0, 0);
    let mut type_ok = 0;
    for doc in docs {
        let text = std::fs::read_to_string(format!("tests/data/seeds/{doc}")).expect("seed text");
        let preds = predict(&text);
        let gold: Vec<&Value> = by_doc[&doc]
            .iter()
            .filter(|g| matches!(g["type"].as_str(), Some("quote" | "partial")))
            .collect();
        let pq: Vec<&Pred> = preds
            .iter()
            .filter(|p| matches!(p.kind, QuoteType::Quote | QuoteType::Partial))
            .collect();
        npred += pq.len();
        ngold += gold.len();
        for g in &gold {
            let (gs, ge) = (
                g["start"].as_u64().unwrap() as usize,
                g["end"].as_u64().unwrap() as usize,
            );
            match pq.iter().find(|p| p.start == gs && p.end == ge) {
                Some(p) => {
                    tp += 1;
                    sp_n += 1;
                    if g["type"].as_str() == Some(p.kind.as_str()) {
                        type_ok += 1;
                    } else if verbose {
                        println!(
                            "{doc} TYPE {} want {} | {}",
                            p.kind.as_str(),
                            g["type"],
                            short(g["text"].as_str().unwrap())
                        );
                    }
                    let gsp = g["speaker"].as_str();
                    if p.speaker.as_deref() == gsp {
                        sp_ok += 1;
                    } else if verbose {
                        println!(
                            "{doc} SPEAKER {:?} want {:?} (mention {:?}/{:?}) | {}",
                            p.speaker,
                            gsp,
                            p.mention_text,
                            g["speaker_mention"],
                            short(g["text"].as_str().unwrap())
                        );
                    }
                }
                None if verbose => println!(
                    "{doc} MISS [{}] {}",
                    g["type"],
                    short(g["text"].as_str().unwrap())
                ),
                None => {}
            }
        }
        if verbose {
            for p in &pq {
                if !gold.iter().any(|g| {
                    g["start"].as_u64() == Some(p.start as u64)
                        && g["end"].as_u64() == Some(p.end as u64)
                }) {
                    println!(
                        "{doc} EXTRA [{}] {}",
                        p.kind.as_str(),
                        short(&chars(&text, p.start, p.end))
                    );
                }
            }
        }
        // Indirect rows: overlap matching, reported for information.
        let gi: Vec<&Value> = by_doc[&doc]
            .iter()
            .filter(|g| g["type"] == "indirect")
            .collect();
        let pi: Vec<&Pred> = preds
            .iter()
            .filter(|p| p.kind == QuoteType::Indirect)
            .collect();
        ipred += pi.len();
        igold += gi.len();
        itp += gi
            .iter()
            .filter(|g| {
                let (gs, ge) = (
                    g["start"].as_u64().unwrap() as usize,
                    g["end"].as_u64().unwrap() as usize,
                );
                pi.iter().any(|p| p.start < ge && gs < p.end)
            })
            .count();
    }
    let p = tp as f64 / npred.max(1) as f64;
    let r = tp as f64 / ngold.max(1) as f64;
    println!("seed quote+partial spans (exact): P={p:.3} R={r:.3} F1={:.3}  (tp={tp} pred={npred} gold={ngold})", f1(p, r));
    println!(
        "seed speaker accuracy on matched: {:.3} ({sp_ok}/{sp_n})",
        sp_ok as f64 / sp_n.max(1) as f64
    );
    println!(
        "seed quote/partial type agreement on matched: {:.3} ({type_ok}/{sp_n})",
        type_ok as f64 / sp_n.max(1) as f64
    );
    let ip = itp as f64 / ipred.max(1) as f64;
    let ir = itp as f64 / igold.max(1) as f64;
    println!(
        "seed indirect (overlap, informational): P={ip:.3} R={ir:.3} F1={:.3}",
        f1(ip, ir)
    );
}

fn f1(p: f64, r: f64) -> f64 {
    if p + r == 0.0 {
        0.0
    } else {
        2.0 * p * r / (p + r)
    }
}

fn overlaps(a: (usize, usize), b: (usize, usize)) -> bool {
    a.0 < b.1 && b.0 < a.1
}

/// A gold quote in code-point offsets.
struct Gold {
    start: usize,
    end: usize,
    speaker: Option<(usize, usize)>,
    text: String,
    speaker_text: Option<String>,
    cue_text: Option<String>,
    cue: Option<(usize, usize)>,
}

fn gold_from_file(d: &Value) -> Vec<Gold> {
    d["quotes"]
        .as_array()
        .unwrap()
        .iter()
        .map(|g| Gold {
            start: g["start"].as_u64().unwrap() as usize,
            end: g["end"].as_u64().unwrap() as usize,
            speaker: g["speaker_start"]
                .as_u64()
                .map(|s| (s as usize, g["speaker_end"].as_u64().unwrap() as usize)),
            text: g["text"].as_str().unwrap_or("").to_string(),
            speaker_text: g["speaker"].as_str().map(str::to_string),
            cue_text: g["cue"].as_str().map(str::to_string),
            cue: g["cue_start"]
                .as_u64()
                .map(|s| (s as usize, g["cue_end"].as_u64().unwrap() as usize)),
        })
        .collect()
}

/// An article the gold conversion could not read: no gold quotes, but the text writes quotation
/// marks as two straight single quotes (`''`, an NYT style) and it has annotated attributions.
fn needs_completion(d: &Value) -> bool {
    let text = d["text"].as_str().unwrap_or("");
    d["quotes"].as_array().is_some_and(|q| q.is_empty())
        && text.contains("''")
        && d["attributions"].as_array().is_some_and(|a| !a.is_empty())
}

/// Quoted spans (marks excluded), paragraph by paragraph (a paragraph is a line). With `toggle`
/// every mark alternately opens and closes; otherwise `“` only opens and `”` only closes (a
/// straight `"` does either). An opening mark with no close in its paragraph quotes to the end
/// of the paragraph (a quote running on over several paragraphs gives one quote per paragraph).
fn quoted_spans(chars: &[char], double_single: bool, toggle: bool) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let mut open: Option<usize> = None;
    let mut i = 0;
    while i <= chars.len() {
        let c = chars.get(i).copied().unwrap_or('\n');
        if c == '\n' {
            if let Some(o) = open.take() {
                if o < i {
                    out.push((o, i));
                }
            }
            i += 1;
            continue;
        }
        // (mark length, kind: Some(true) opens, Some(false) closes, None either)
        let mark = if double_single {
            (c == '\'' && chars.get(i + 1) == Some(&'\'')).then_some((2, None))
        } else {
            match c {
                '“' => Some((1, if toggle { None } else { Some(true) })),
                '”' => Some((1, if toggle { None } else { Some(false) })),
                '"' => Some((1, None)),
                _ => None,
            }
        };
        let Some((len, kind)) = mark else {
            i += 1;
            continue;
        };
        match (open, kind) {
            (None, Some(false)) => {}
            (None, _) => open = Some(i + len),
            (Some(_), Some(true)) => open = Some(i + len),
            (Some(o), _) => {
                if o < i {
                    out.push((o, i));
                }
                open = None;
            }
        }
        i += len;
    }
    out
}

/// "Attribution-completed" gold for an article whose quotes the conversion could not read,
/// derived from its `attributions` as POLNEAR.md defines quotes: each quoted span (text between
/// the marks, marks excluded; split at interruptions; one per paragraph) at least half inside the
/// content of an attribution whose content carries quotation marks (the conversion typed such
/// attributions direct or mixed), the one it overlaps most; speaker = that attribution's first
/// source span without trailing spaces and punctuation (`None` without a source); cue = its
/// first cue span. `double_single` reads `''` as the mark, otherwise `“”"`.
fn derive_gold(d: &Value, double_single: bool, toggle: bool) -> Vec<Gold> {
    let text = d["text"].as_str().unwrap();
    let chars: Vec<char> = text.chars().collect();
    let spans = |v: &Value| -> Vec<(usize, usize)> {
        v.as_array()
            .map(|a| {
                a.iter()
                    .map(|p| {
                        (
                            p[0].as_u64().unwrap() as usize,
                            p[1].as_u64().unwrap() as usize,
                        )
                    })
                    .collect()
            })
            .unwrap_or_default()
    };
    type Spans = Vec<(usize, usize)>;
    let attrs: Vec<(Spans, Spans, Spans)> = d["attributions"]
        .as_array()
        .unwrap()
        .iter()
        .map(|a| (spans(&a["content"]), spans(&a["source"]), spans(&a["cue"])))
        .filter(|(content, _, _)| {
            content.iter().any(|&(s, e)| {
                let (s, e) = (s.saturating_sub(2), (e + 2).min(chars.len()));
                let seg = &chars[s..e];
                if double_single {
                    seg.windows(2).any(|w| w == ['\'', '\''])
                } else {
                    seg.iter().any(|c| matches!(c, '“' | '”' | '"'))
                }
            })
        })
        .collect();
    let text_of = |(s, e): (usize, usize)| chars[s..e].iter().collect::<String>();
    let mut out = Vec::new();
    for (qs, qe) in quoted_spans(&chars, double_single, toggle) {
        let best = attrs
            .iter()
            .map(|a| {
                (
                    a.0.iter()
                        .map(|&(s, e)| e.min(qe).saturating_sub(s.max(qs)))
                        .sum::<usize>(),
                    a,
                )
            })
            .filter(|(ov, _)| *ov > 0)
            .max_by_key(|(ov, _)| *ov);
        let Some((ov, (_, source, cue))) = best else {
            continue;
        };
        if ov * 2 < qe - qs {
            continue;
        }
        let speaker = source.first().map(|&(s, mut e)| {
            while e > s && matches!(chars[e - 1], ' ' | ',' | ';' | ':') {
                e -= 1;
            }
            (s, e)
        });
        out.push(Gold {
            start: qs,
            end: qe,
            speaker,
            text: text_of((qs, qe)),
            speaker_text: speaker.map(text_of),
            cue_text: cue.first().map(|&c| text_of(c)),
            cue: cue.first().copied(),
        });
    }
    out
}

thread_local! {
    /// Speaker errors on matched quotes by class, for the breakdown `polnear` prints.
    static SPEAKER_ERRORS: std::cell::RefCell<std::collections::BTreeMap<&'static str, usize>> =
        Default::default();
    /// `--errors`: list each wrong speaker as a tab-separated row (see the module doc).
    static LIST_ERRORS: std::cell::Cell<bool> = const { std::cell::Cell::new(false) };
}

/// Classes of a wrong speaker on a matched quote: no speaker found, the gold has no source,
/// the same cue with another mention, no cue (the sentence-subject fallback), another cue.
fn count_speaker_error(id: &str, p: &Pred, g: &Gold) {
    let first_word = |s: &str| s.split_whitespace().next().unwrap_or("").to_lowercase();
    let class = if g.speaker.is_none() {
        "gold has no source"
    } else if p.mention.is_none() {
        "no speaker found"
    } else if p.cue_text.is_empty() {
        "no cue (subject fallback), wrong mention"
    } else if g
        .cue_text
        .as_deref()
        .is_some_and(|c| c.to_lowercase().contains(&first_word(&p.cue_text)))
    {
        "same cue, another mention"
    } else {
        "another cue"
    };
    SPEAKER_ERRORS.with(|m| *m.borrow_mut().entry(class).or_default() += 1);
    if LIST_ERRORS.with(|l| l.get()) {
        let span =
            |s: Option<(usize, usize)>| s.map_or("-".to_string(), |(a, b)| format!("{a}:{b}"));
        println!(
            "ERR\t{class}\t{id}\t{}:{}\t{}\t{}\t{}\t{}",
            p.start,
            p.end,
            span(p.mention),
            span(p.cue),
            span(g.speaker),
            span(g.cue)
        );
    }
}

/// One article's end-to-end score: (tp, span tp). Prints its failures when `verbose`.
fn score_doc(id: &str, text: &str, preds: &[Pred], gold: &[Gold], verbose: bool) -> (usize, usize) {
    let mut used = vec![false; gold.len()];
    let (mut dtp, mut dspan) = (0, 0);
    for p in preds {
        // The unmatched gold quote with the largest overlap.
        let best = gold
            .iter()
            .enumerate()
            .filter(|(k, g)| !used[*k] && overlaps((p.start, p.end), (g.start, g.end)))
            .max_by_key(|(_, g)| p.end.min(g.end) - p.start.max(g.start));
        match best {
            Some((k, g)) => {
                used[k] = true;
                dspan += 1;
                let ok = match (p.mention, g.speaker) {
                    (Some(a), Some(b)) => overlaps(a, b),
                    (None, None) => true,
                    _ => false,
                };
                if ok {
                    dtp += 1;
                } else {
                    count_speaker_error(id, p, g);
                }
                if !ok && verbose {
                    println!(
                        "{id} SPEAKER got {:?} cue {:?} want {:?} cue {:?} | {}",
                        p.mention_text,
                        p.cue_text,
                        g.speaker_text,
                        g.cue_text,
                        short(&g.text)
                    );
                }
            }
            None if verbose => println!(
                "{id} EXTRA [{}] {:?} ({:?}) | {}",
                p.kind.as_str(),
                p.mention_text,
                p.cue_text,
                short(&chars(text, p.start, p.end))
            ),
            None => {}
        }
    }
    if verbose {
        for (k, g) in gold.iter().enumerate() {
            if !used[k] {
                println!(
                    "{id} MISS want {:?} cue {:?} | {}",
                    g.speaker_text,
                    g.cue_text,
                    short(&g.text)
                );
            }
        }
    }
    (dtp, dspan)
}

/// The span errors of one article by sub-class: every predicted quote or partial that matches
/// no gold quote, every gold quote no prediction matches (the one-to-one matching of
/// [`score_doc`]). `others` are the term, title and indirect rows, which the score leaves out.
/// With `listing`, prints each error with the nearest span of the other side and its kind.
fn span_error_classes(
    preds: &[Pred],
    others: &[Pred],
    gold: &[Gold],
    listing: Option<(&str, &str)>,
) -> Vec<&'static str> {
    let mut used = vec![false; gold.len()];
    let mut matched = vec![false; preds.len()];
    for (i, p) in preds.iter().enumerate() {
        let best = gold
            .iter()
            .enumerate()
            .filter(|(k, g)| !used[*k] && overlaps((p.start, p.end), (g.start, g.end)))
            .max_by_key(|(_, g)| p.end.min(g.end) - p.start.max(g.start));
        if let Some((k, _)) = best {
            used[k] = true;
            matched[i] = true;
        }
    }
    let dist = |a: (usize, usize), b: (usize, usize)| {
        if overlaps(a, b) {
            0
        } else {
            a.0.saturating_sub(b.1).max(b.0.saturating_sub(a.1))
        }
    };
    let mut out = Vec::new();
    for (_, p) in preds.iter().enumerate().filter(|(i, _)| !matched[*i]) {
        let span = (p.start, p.end);
        let class = match (
            p.kind,
            gold.iter().any(|g| overlaps(span, (g.start, g.end))),
        ) {
            (_, true) => "extra: overlaps a gold quote another prediction took (split)",
            (QuoteType::Partial, false) => "extra: partial, no gold quote",
            _ => "extra: quote, no gold quote",
        };
        out.push(class);
        if let Some((id, text)) = listing {
            let near = gold.iter().min_by_key(|g| dist(span, (g.start, g.end)));
            println!(
                "{id} {class} [{}] {:?} | …{}«{}» || nearest gold: {}",
                p.kind.as_str(),
                p.mention_text,
                chars(text, p.start.saturating_sub(40), p.start).replace('\n', " "),
                short(&chars(text, p.start, p.end)),
                near.map_or(String::new(), |g| short(&g.text))
            );
        }
    }
    for (_, g) in gold.iter().enumerate().filter(|(k, _)| !used[*k]) {
        let span = (g.start, g.end);
        let over_pred = preds.iter().any(|p| overlaps(span, (p.start, p.end)));
        let over_other = others
            .iter()
            .filter(|p| overlaps(span, (p.start, p.end)))
            .min_by_key(|p| p.kind == QuoteType::Indirect);
        let class = match (over_pred, over_other.map(|p| p.kind)) {
            (true, _) => "miss: inside a prediction matched to another gold quote (joined)",
            (false, Some(QuoteType::Term)) => "miss: predicted as term",
            (false, Some(QuoteType::Title)) => "miss: predicted as title",
            (false, Some(_)) => "miss: predicted as indirect",
            (false, None) => "miss: no prediction",
        };
        out.push(class);
        if let Some((id, text)) = listing {
            let near = preds
                .iter()
                .chain(others)
                .min_by_key(|p| dist(span, (p.start, p.end)));
            println!(
                "{id} {class} want {:?} cue {:?} | …{}«{}» || nearest: {}",
                g.speaker_text,
                g.cue_text,
                chars(text, g.start.saturating_sub(40), g.start).replace('\n', " "),
                short(&g.text),
                near.map_or(String::new(), |p| format!(
                    "[{}] {}",
                    p.kind.as_str(),
                    short(&chars(text, p.start, p.end))
                ))
            );
        }
    }
    out
}

/// Running totals: tp, span tp, predictions, gold, articles.
#[derive(Default, Clone, Copy)]
struct Tally(usize, usize, usize, usize, usize);

impl Tally {
    fn add(&mut self, tp: usize, span: usize, pred: usize, gold: usize) {
        *self = Tally(
            self.0 + tp,
            self.1 + span,
            self.2 + pred,
            self.3 + gold,
            self.4 + 1,
        );
    }
    fn line(&self, label: &str) {
        let p = self.0 as f64 / self.2.max(1) as f64;
        let r = self.0 as f64 / self.3.max(1) as f64;
        let sp = self.1 as f64 / self.2.max(1) as f64;
        let sr = self.1 as f64 / self.3.max(1) as f64;
        println!(
            "{label:<34} P={p:.3} R={r:.3} F1={:.3}  (tp={} pred={} gold={}, {} articles; span only F1={:.3})",
            f1(p, r),
            self.0,
            self.2,
            self.3,
            self.4,
            f1(sp, sr)
        );
    }
}

/// PolNeAR end-to-end: a prediction (quote or partial; terms, titles and indirect rows are
/// not attributed quotations there) counts when it overlaps a gold quote, one-to-one, and its
/// speaker mention overlaps the gold speaker span (or both have none).
///
/// Three figures, side by side:
///
/// * **raw file**: the gold exactly as `polnear_dev.jsonl` lists it;
/// * **completed gold**: the same, except for articles whose gold lists no quotes although the
///   text writes quotation marks as `''` (an NYT style the conversion, which recognised only
///   double-quote characters, could not read) and has annotated attributions. For those the gold
///   quotes are derived from the `attributions` by [`derive_gold`], mirroring the conversion.
///   The derivation, applied with `“”"` marks to the articles that do have gold quotes,
///   reproduces their gold closely (printed as "derivation check": 793 of 807 gold quotes
///   matched, 1 extra, every matched speaker span identical);
/// * **kept articles**: only the articles whose quotes the conversion kept.
///
/// `--verbose` prints failures against the completed gold.
fn polnear(split: &str, verbose: bool, only: Option<&str>, spans: bool) {
    println!("== PolNeAR {split} ==");
    let mut span_errors = std::collections::BTreeMap::<&'static str, usize>::new();
    SPEAKER_ERRORS.with(|m| m.borrow_mut().clear());
    let (mut raw, mut completed, mut kept) = (Tally::default(), Tally::default(), Tally::default());
    let mut check = (0usize, 0usize, 0usize, 0usize); // matched, derived, gold, same speaker
    let mut failing_docs = 0;
    let mut per_doc = Vec::new();
    for d in polnear::articles(split) {
        let id = d["id"].as_str().unwrap_or("");
        if only.is_some_and(|o| !id.contains(o)) {
            continue;
        }
        let text = d["text"].as_str().unwrap();
        let (preds, others): (Vec<Pred>, Vec<Pred>) = predict(text)
            .into_iter()
            .partition(|p| matches!(p.kind, QuoteType::Quote | QuoteType::Partial));
        let gold = gold_from_file(&d);
        let complete = needs_completion(&d);
        if spans && !complete {
            let listing = (verbose && split == "train").then_some((id, text));
            for class in span_error_classes(&preds, &others, &gold, listing) {
                *span_errors.entry(class).or_default() += 1;
            }
        }
        let (rtp, rspan) = score_doc(id, text, &preds, &gold, verbose && !complete);
        raw.add(rtp, rspan, preds.len(), gold.len());
        let (ctp, cgold) = if complete {
            let derived = derive_gold(&d, true, true);
            let (ctp, cspan) = score_doc(id, text, &preds, &derived, verbose);
            completed.add(ctp, cspan, preds.len(), derived.len());
            (ctp, derived.len())
        } else {
            completed.add(rtp, rspan, preds.len(), gold.len());
            kept.add(rtp, rspan, preds.len(), gold.len());
            // Derivation check: derive this article's gold from its attributions and compare.
            let derived = derive_gold(&d, false, false);
            let mut used = vec![false; gold.len()];
            for q in &derived {
                if let Some(k) = (0..gold.len())
                    .find(|&k| !used[k] && overlaps((q.start, q.end), (gold[k].start, gold[k].end)))
                {
                    used[k] = true;
                    check.0 += 1;
                    check.3 += usize::from(q.speaker == gold[k].speaker);
                }
            }
            check.1 += derived.len();
            check.2 += gold.len();
            (rtp, gold.len())
        };
        let fails = (preds.len() - ctp) + (cgold - ctp);
        if fails > 0 {
            failing_docs += 1;
        }
        per_doc.push((id.to_string(), ctp, preds.len(), cgold, fails));
    }
    if verbose {
        println!("per-article (completed gold): id tp pred gold failures");
        for (id, t, p, g, f) in &per_doc {
            if *f > 0 {
                println!("  {id} {t} {p} {g} {f}");
            }
        }
    }
    raw.line(&format!("polnear {split} end-to-end, raw file:"));
    completed.line(&format!("polnear {split} end-to-end, completed gold:"));
    kept.line(&format!("polnear {split} end-to-end, kept articles:"));
    println!(
        "  speaker accuracy on matched quotes (kept articles): {:.3} ({}/{})",
        kept.0 as f64 / kept.1.max(1) as f64,
        kept.0,
        kept.1
    );
    println!(
        "  (completed gold: {} articles use '' marks and list no gold quotes; their quotes derived from the annotated attributions)",
        raw.4 - kept.4
    );
    println!(
        "  derivation check on the kept articles: {} of {} gold quotes reproduced ({} derived, {} extra), {} of the matched with the same speaker span",
        check.0,
        check.2,
        check.1,
        check.1 - check.0,
        check.3
    );
    println!(
        "polnear {split} articles with any failure (completed gold): {failing_docs}/{}",
        per_doc.len()
    );
    if spans {
        println!("  span errors by sub-class (kept articles):");
        for (class, n) in &span_errors {
            println!("    {n:>5}  {class}");
        }
    }
    // Each article is scored once with matches: the kept ones on the raw file, the others on
    // their derived gold; so these are the completed-gold errors.
    println!("  speaker errors on matched quotes by class (completed gold):");
    SPEAKER_ERRORS.with(|m| {
        let mut by_count: Vec<(&str, usize)> = m.borrow().iter().map(|(k, v)| (*k, *v)).collect();
        by_count.sort_by_key(|(_, n)| std::cmp::Reverse(*n));
        for (class, n) in by_count {
            println!("    {n:>5}  {class}");
        }
        m.borrow_mut().clear();
    });
}

/// Parses the BBC CSV (`text,category`, fields quoted with doubled `""`).
fn bbc_texts() -> Vec<String> {
    let mut out = Vec::new();
    for file in ["train.csv", "val.csv"] {
        let Ok(raw) = std::fs::read_to_string(format!("{SHARED}/corpus/bbc/{file}")) else {
            continue;
        };
        let mut fields = Vec::new();
        let mut field = String::new();
        let mut in_quotes = false;
        let mut chars = raw.chars().peekable();
        while let Some(c) = chars.next() {
            match c {
                '"' if in_quotes && chars.peek() == Some(&'"') => {
                    field.push('"');
                    chars.next();
                }
                '"' => in_quotes = !in_quotes,
                ',' if !in_quotes => fields.push(std::mem::take(&mut field)),
                '\n' if !in_quotes => {
                    fields.push(std::mem::take(&mut field));
                    if let Some(t) = fields.first() {
                        out.push(t.clone());
                    }
                    fields.clear();
                }
                _ => field.push(c),
            }
        }
    }
    out.into_iter()
        .skip(1)
        .filter(|t| !t.is_empty() && t != "text")
        .collect()
}

fn bench(megabytes: f64, quotes_only: bool) {
    let texts = bbc_texts();
    let prepared: Vec<(String, Vec<presswork::Token>, Vec<presswork::Sentence>)> = texts
        .into_iter()
        .map(|t| {
            let mut tokens = tokenize::tokenize(&t);
            let s = sentences::split(&t, &mut tokens);
            (t, tokens, s)
        })
        .collect();
    let corpus_bytes: usize = prepared.iter().map(|p| p.0.len()).sum();
    let rounds = ((megabytes * 1e6) / corpus_bytes as f64).ceil().max(1.0) as usize;
    let mut count = 0usize;
    let t0 = Instant::now();
    let cpu0 = thread_cpu_seconds();
    for _ in 0..rounds {
        for (text, tokens, sents) in &prepared {
            count += quotes::extract(text, tokens, sents).len();
        }
    }
    let secs = t0.elapsed().as_secs_f64();
    let cpu = thread_cpu_seconds().zip(cpu0).map(|(b, a)| b - a);
    let mb = (corpus_bytes * rounds) as f64 / 1e6;
    println!("quote stage: {mb:.1} MB in {secs:.3}s wall = {:.1} MB/s per core ({count} quotes, {} articles x {rounds})", mb / secs, prepared.len());
    if let Some(cpu) = cpu.filter(|c| *c > 0.0) {
        println!("quote stage: {:.1} MB/s per core of CPU time ({cpu:.2}s on this thread; wall time counts waits for a busy machine)", mb / cpu);
    }
    quote_stage_over_facts(&prepared, rounds);
    if quotes_only {
        return;
    }
    let t0 = Instant::now();
    let mut n = 0;
    for _ in 0..rounds.min(20) {
        for (text, _, _) in &prepared {
            n += presswork::analyze(text).quotes.len();
        }
    }
    let secs = t0.elapsed().as_secs_f64();
    let mb = (corpus_bytes * rounds.min(20)) as f64 / 1e6;
    println!("whole pipeline (tokens, sentences, quotes, numbers): {mb:.1} MB in {secs:.3}s wall = {:.1} MB/s per core ({n} quotes)", mb / secs);
    let t0 = Instant::now();
    let cpu0 = thread_cpu_seconds();
    for _ in 0..rounds.min(20) {
        for (text, _, _) in &prepared {
            n += analyze_with(
                text,
                Stages {
                    quotes: true,
                    numbers: false,
                },
            )
            .quotes
            .len();
        }
    }
    let secs = t0.elapsed().as_secs_f64();
    let cpu = thread_cpu_seconds()
        .zip(cpu0)
        .map(|(b, a)| b - a)
        .unwrap_or(secs);
    println!("tokens + sentences + quotes: {:.1} MB/s per core wall, {:.1} MB/s of CPU time ({n} quotes in both runs)", mb / secs, mb / cpu);
}

/// The quote stage as `analyze` runs it: over the token facts built once with the tokens (and
/// shared with the sentence and number stages), so their cost is not counted here as it is in
/// `quotes::extract`'s line above.
fn quote_stage_over_facts(
    prepared: &[(String, Vec<presswork::Token>, Vec<presswork::Sentence>)],
    rounds: usize,
) {
    let facts: Vec<presswork::facts::TokenFacts> = prepared
        .iter()
        .map(|(t, tokens, s)| presswork::facts::TokenFacts::with_sentences(t, tokens, s))
        .collect();
    let cpu0 = thread_cpu_seconds();
    let mut count = 0usize;
    for _ in 0..rounds {
        for ((text, tokens, sents), f) in prepared.iter().zip(&facts) {
            count += quotes::extract_with_facts(text, tokens, sents, f).len();
        }
    }
    let cpu = thread_cpu_seconds().zip(cpu0).map(|(b, a)| b - a);
    let mb = prepared.iter().map(|p| p.0.len()).sum::<usize>() as f64 * rounds as f64 / 1e6;
    if let Some(cpu) = cpu.filter(|c| *c > 0.0) {
        println!("quote stage over the pipeline's token facts: {:.1} MB/s per core of CPU time ({count} quotes)", mb / cpu);
    }
}

/// CPU time of the calling thread (Linux `/proc/thread-self/stat`, in clock ticks of 1/100 s).
fn thread_cpu_seconds() -> Option<f64> {
    let stat = std::fs::read_to_string("/proc/thread-self/stat").ok()?;
    let after_name = &stat[stat.rfind(')')? + 2..];
    let fields: Vec<&str> = after_name.split_whitespace().collect();
    let utime: f64 = fields.get(11)?.parse().ok()?;
    let stime: f64 = fields.get(12)?.parse().ok()?;
    Some((utime + stime) / 100.0)
}

fn show(text: &str) {
    for q in analyze_with(
        text,
        Stages {
            quotes: true,
            numbers: false,
        },
    )
    .quotes
    {
        println!(
            "[{}] {:?}  <- {:?} ({:?}) cue {:?}",
            q.kind.as_str(),
            short(q.span.text(text)),
            q.speaker,
            q.speaker_mention.map(|m| m.text(text)),
            q.cue.map(|c| c.text(text))
        );
    }
}

fn other_split(split: &str) -> &'static str {
    if split == "train" {
        "dev"
    } else {
        "train"
    }
}

/// Issue 14, item 2: each PolNeAR article with gold quotes rewritten into each shape, every
/// gold offset carried over, scored end to end. One row per shape.
fn shapes(split: &str, only: Option<&str>, verbose: bool, diff: bool) {
    let docs: Vec<Value> = polnear::articles(split)
        .into_iter()
        .filter(|d| d["quotes"].as_array().is_some_and(|q| !q.is_empty()))
        .collect();
    println!(
        "== PolNeAR {split}: {} articles with gold quotes, by text shape ==",
        docs.len()
    );
    let mut base = None;
    for shape in SHAPES {
        if only.is_some_and(|o| o != shape && shape != "original") {
            continue;
        }
        let mut seed = 14u64;
        let mut tally = Tally::default();
        for d in &docs {
            let text = d["text"].as_str().unwrap();
            let shaped = reshape(shape, text, &mut seed);
            let m = &shaped.map;
            let gold: Vec<Gold> = gold_from_file(d)
                .into_iter()
                .map(|g| Gold {
                    start: m[g.start],
                    end: m[g.end],
                    speaker: g.speaker.map(|(s, e)| (m[s], m[e])),
                    cue: g.cue.map(|(s, e)| (m[s], m[e])),
                    ..g
                })
                .collect();
            let preds: Vec<Pred> = predict(&shaped.text)
                .into_iter()
                .filter(|p| matches!(p.kind, QuoteType::Quote | QuoteType::Partial))
                .collect();
            let id = d["id"].as_str().unwrap_or("");
            let (tp, span) = score_doc(id, &shaped.text, &preds, &gold, verbose);
            if diff && shape != "original" {
                print_shape_diff(id, text, &shaped, &gold, tp);
            }
            tally.add(tp, span, preds.len(), gold.len());
        }
        let p = tally.0 as f64 / tally.2.max(1) as f64;
        let r = tally.0 as f64 / tally.3.max(1) as f64;
        let f = f1(p, r);
        let base_f = *base.get_or_insert(f);
        tally.line(&format!(
            "{split} {shape:<13} ({:+.1} pts)",
            (f - base_f) * 100.0
        ));
    }
}

/// For an article scoring `tp` in a shape and more in the original: the rows (quote and
/// partial) that differ between the two, original offsets carried into the shape.
fn print_shape_diff(id: &str, text: &str, shaped: &Shaped, gold: &[Gold], tp: usize) {
    let keep = |p: &Pred| matches!(p.kind, QuoteType::Quote | QuoteType::Partial);
    let m = &shaped.map;
    let orig: Vec<Pred> = predict(text).into_iter().filter(keep).collect();
    let mut orig_gold_tp = 0;
    let row = |p: &Pred, t: &str| {
        format!(
            "[{}] {:?} ({:?}) | {}",
            p.kind.as_str(),
            p.mention_text,
            p.cue_text,
            short(&chars(t, p.start, p.end))
        )
    };
    let moved: Vec<String> = orig
        .iter()
        .map(|p| {
            let q = Pred {
                start: m[p.start],
                end: m[p.end],
                kind: p.kind,
                speaker: p.speaker.clone(),
                mention: p.mention.map(|(a, b)| (m[a], m[b])),
                mention_text: p.mention_text.clone(),
                cue_text: p.cue_text.clone(),
                cue: p.cue.map(|(a, b)| (m[a], m[b])),
            };
            if gold.iter().any(|g| {
                overlaps((q.start, q.end), (g.start, g.end))
                    && match (q.mention, g.speaker) {
                        (Some(a), Some(b)) => overlaps(a, b),
                        (None, None) => true,
                        _ => false,
                    }
            }) {
                orig_gold_tp += 1;
            }
            row(&q, &shaped.text)
        })
        .collect();
    if orig_gold_tp <= tp {
        return;
    }
    let now: Vec<String> = predict(&shaped.text)
        .into_iter()
        .filter(keep)
        .map(|p| row(&p, &shaped.text))
        .collect();
    println!("{id}: about {orig_gold_tp} right in the original, {tp} in this shape");
    for r in moved.iter().filter(|r| !now.contains(r)) {
        println!("  - {r}");
    }
    for r in now.iter().filter(|r| !moved.contains(r)) {
        println!("  + {r}");
    }
}

/// Does the speaker name repeat a run of words ("Tory MP Tory MP", "Blair Blair")?
fn repeats_a_word_run(name: &str) -> bool {
    let w: Vec<&str> = name.split_whitespace().collect();
    (1..=w.len() / 2).any(|n| (0..=w.len() - 2 * n).any(|k| w[k..k + n] == w[k + n..k + 2 * n]))
}

/// Issue 14 checks on the BBC corpus (no gold): quotation rows over 500 characters and their
/// share of quoted text, rows holding a re-opened mark of their own style after
/// sentence-final punctuation, speakers repeating a word run, and the speaker types of 200
/// rows sampled with a fixed seed (printed) and of all rows (checked against bounds per 200).
fn bbc_stats(verbose: bool) {
    let texts = bbc_texts();
    let (mut rows, mut long, mut chars_all, mut chars_long, mut reopened, mut repeats) =
        (0usize, 0usize, 0usize, 0usize, 0usize, 0usize);
    let mut typed: Vec<Option<presswork::SpeakerType>> = Vec::new();
    for text in &texts {
        for q in analyze_with(
            text,
            Stages {
                quotes: true,
                numbers: false,
            },
        )
        .quotes
        {
            if q.kind == QuoteType::Indirect {
                continue;
            }
            let body = q.span.text(text);
            let n = body.chars().count();
            rows += 1;
            chars_all += n;
            if n > 500 {
                long += 1;
                chars_long += n;
                if verbose {
                    println!("long ({n} chars): {}", short(body));
                }
            }
            let opener = text[..q.span.start()].chars().next_back();
            if let Some(mark @ ('"' | '“' | '\'' | '‘')) = opener {
                let reopen = [". ", "! ", "? "].iter().any(|p| {
                    body.match_indices(p).any(|(k, _)| {
                        let rest = &body[k + 2..];
                        rest.starts_with(mark)
                            && rest[mark.len_utf8()..].starts_with(char::is_alphanumeric)
                    })
                });
                reopened += usize::from(reopen);
                if reopen && verbose {
                    let from = q.span.start().saturating_sub(120);
                    let from = (0..=from)
                        .rev()
                        .find(|&k| text.is_char_boundary(k))
                        .unwrap_or(0);
                    let to = (q.span.end() + 120).min(text.len());
                    let to = (to..=text.len())
                        .find(|&k| text.is_char_boundary(k))
                        .unwrap_or(text.len());
                    println!("reopened: {body}\n   in: {}", &text[from..to]);
                }
            }
            if q.speaker.as_deref().is_some_and(repeats_a_word_run) {
                repeats += 1;
                println!("repeat: {:?}", q.speaker);
            }
            if matches!(q.kind, QuoteType::Quote | QuoteType::Partial) {
                typed.push(q.speaker_type);
            }
        }
    }
    println!("BBC: {} articles, {rows} quotation rows; {long} rows over 500 chars holding {:.1}% of quoted text", texts.len(), 100.0 * chars_long as f64 / chars_all.max(1) as f64);
    println!("BBC: {reopened} rows holding a re-opened mark of their own style after . ! ?; {repeats} speakers repeating a word run");
    let mut seed = 14u64;
    let mut counts = [0usize; 5];
    for _ in 0..200.min(typed.len()) {
        seed = seed
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407);
        let t = typed[(seed >> 33) as usize % typed.len()];
        counts[t.map_or(4, |t| t as usize)] += 1;
    }
    println!(
        "BBC speaker_type of 200 quote/partial rows (seed 14): person {} organisation {} role {} unresolved {} none {}",
        counts[0], counts[1], counts[2], counts[3], counts[4]
    );
    // Issue 14 item 4's check: every kind a user groups by is present, and rows a user cannot
    // group (unresolved pronouns, no speaker) stay rare. Bounds, not today's counts, checked on
    // the issue's fixed-seed sample and on every row scaled to 200: the sample's `none` bound
    // is 8, not 4, because a draw moves with any rule that adds a row (session 20: three added
    // BBC rows moved every draw and the sample's `none` went from 3 to 6 while the whole set's
    // share stayed at 1.5%, 2.9 rows in 200; the whole set holds the tighter 4).
    let mut all = [0usize; 5];
    for t in &typed {
        all[t.map_or(4, |t| t as usize)] += 1;
    }
    let per200 = |n: usize| n as f64 * 200.0 / typed.len().max(1) as f64;
    println!(
        "BBC speaker_type of all {} quote/partial rows, per 200: person {:.1} organisation {:.1} role {:.1} unresolved {:.1} none {:.1}",
        typed.len(),
        per200(all[0]),
        per200(all[1]),
        per200(all[2]),
        per200(all[3]),
        per200(all[4])
    );
    let bounds = |[person, organisation, role, unresolved, none]: [f64; 5], none_max: f64| {
        [
            (person >= 100.0, "person >= 100"),
            (
                (10.0..=50.0).contains(&organisation),
                "10 <= organisation <= 50",
            ),
            (role >= 10.0, "role >= 10"),
            (unresolved <= 12.0, "unresolved <= 12"),
            (none <= none_max, "none <= bound"),
        ]
        .into_iter()
        .filter(|(ok, _)| !ok)
        .map(|(_, bound)| bound)
        .collect::<Vec<&str>>()
    };
    let sample_failed = bounds(counts.map(|n| n as f64), 8.0);
    let all_failed = bounds(all.map(per200), 4.0);
    if typed.len() < 200 || !sample_failed.is_empty() || !all_failed.is_empty() {
        eprintln!(
            "BBC speaker_type: FAILED sample {sample_failed:?}, all rows per 200 {all_failed:?} ({} rows)",
            typed.len()
        );
        std::process::exit(1);
    }
    println!("BBC speaker_type: within bounds, the seed-14 sample and all rows per 200 (person >= 100, 10 <= organisation <= 50, role >= 10, unresolved <= 12, none <= 8 in the sample and <= 4 per 200 of all rows)");
}
