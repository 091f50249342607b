//! Scores `indirect` rows (reported speech without quotation marks) against PolNeAR's indirect
//! attributions, with a breakdown of misses and false positives by error class.
//!
//! ```text
//! cargo run --release --example score_indirect -- train [--verbose [CLASS]]   # polnear_train.jsonl
//! cargo run --release --example score_indirect -- dev   [--verbose [CLASS]]   # polnear_dev.jsonl
//! cargo run --release --example score_indirect -- train --raw                 # gold as the file types it
//! cargo run --release --example score_indirect -- probe "TEXT" ...           # the rows of a text
//! cargo run --release --example score_indirect -- train --verbose CLASS --ctx  # misses in context
//! cargo run --release --example score_indirect -- train --norow [SHAPE]       # gold with no row
//! cargo run --release --example score_indirect -- train --srcerr [CLASS]      # source errors by class
//! cargo run --release --example score_indirect -- train --cues                # rows by cue word
//! cargo run --release --example score_indirect -- train --wrong [CUE]         # rows with no gold overlap
//! cargo run --release --example score_indirect -- train --hits CUE            # content hits of a cue (or `all`), source ok or not
//! cargo run --release --example score_indirect -- shapes [train|dev]          # one row per text shape
//! ```
//!
//! * A predicted row matches a gold indirect attribution when their overlap is at least half of
//!   the shorter (gold content may be several pieces; lengths and overlap are summed over them),
//!   one to one, best overlap first.
//! * **content+source**: the matched row's speaker mention must also overlap a gold source span
//!   (a gold attribution with no source needs a row with no speaker mention).
//! * Rows matching no indirect attribution but a `mixed` one (reported speech holding a
//!   quotation, which presswork also gives as `indirect` plus a `partial` row) are set aside:
//!   neither hits nor false positives. They are counted on their own line.
//! * `cue_kind` splits are printed so that speech-only figures can be read too.
//! * 113 train articles (NYT) write quotation marks as `''`; the conversion typed their quoted
//!   attributions `indirect`. The main line reads an indirect attribution of such an article
//!   whose content carries `''` as `mixed` (POLNEAR.md); `--raw` takes the file as it is.

use std::collections::BTreeMap;

use presswork::offsets::CharOffsets;
use presswork::{analyze_with, QuoteType, Stages};
use serde_json::Value;

#[path = "common/norow.rs"]
mod norow;
#[path = "common/polnear.rs"]
mod polnear;
#[path = "common/text_shapes.rs"]
mod text_shapes;

type Spans = Vec<(usize, usize)>;

struct GoldAttr {
    kind: String,
    content: Spans,
    source: Spans,
    cue: Spans,
}

struct Pred {
    span: (usize, usize),
    mention: Option<(usize, usize)>,
    cue: Option<(usize, usize)>,
    cue_kind: &'static str,
    speaker: Option<String>,
}

fn spans(v: &Value) -> Spans {
    v.as_array()
        .map(|a| {
            a.iter()
                .filter_map(|p| Some((p[0].as_u64()? as usize, p[1].as_u64()? as usize)))
                .collect()
        })
        .unwrap_or_default()
}

fn overlap(a: (usize, usize), b: &[(usize, usize)]) -> usize {
    b.iter()
        .map(|&(s, e)| e.min(a.1).saturating_sub(s.max(a.0)))
        .sum()
}

fn len(b: &[(usize, usize)]) -> usize {
    b.iter().map(|&(s, e)| e.saturating_sub(s)).sum()
}

/// Overlap at least half of the shorter of the two.
fn matches(p: (usize, usize), g: &[(usize, usize)]) -> Option<usize> {
    let ov = overlap(p, g);
    let shorter = (p.1 - p.0).min(len(g));
    (ov > 0 && ov * 2 >= shorter).then_some(ov)
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
    let c = |s: presswork::Span| (co.char_offset(s.start()), co.char_offset(s.end()));
    doc.quotes
        .iter()
        .filter(|q| q.kind == QuoteType::Indirect)
        .map(|q| Pred {
            span: c(q.span),
            mention: q.speaker_mention.map(c),
            cue: q.cue.map(c),
            cue_kind: q.cue_kind.map_or("-", |k| k.as_str()),
            speaker: q.speaker.clone(),
        })
        .collect()
}

fn chars(text: &[char], (s, e): (usize, usize)) -> String {
    text[s.min(text.len())..e.min(text.len())]
        .iter()
        .collect::<String>()
        .replace('\n', " ")
}

fn short(s: &str) -> String {
    let c: Vec<char> = s.chars().collect();
    if c.len() > 110 {
        format!(
            "{}…{}",
            c[..70].iter().collect::<String>(),
            c[c.len() - 35..].iter().collect::<String>()
        )
    } else {
        s.to_string()
    }
}

/// Thought and belief verbs, for the miss classes only (what the stage types is in the lexicon).
const THOUGHT: &[&str] = &[
    "believ",
    "think",
    "thought",
    "fear",
    "feel",
    "felt",
    "hope",
    "expect",
    "know",
    "knew",
    "worr",
    "doubt",
    "view",
    "consider",
    "suspect",
    "assum",
    "want",
    "wish",
    "see",
    "saw",
    "understand",
    "understood",
    "recogni",
    "realiz",
    "sens",
    "agree",
];
const NOUNS: &[&str] = &[
    "claim",
    "statement",
    "report",
    "warning",
    "assertion",
    "argument",
    "view",
    "belief",
    "announcement",
    "letter",
    "poll",
    "survey",
    "study",
    "data",
    "analysis",
    "record",
    "document",
];

/// The error class of a gold attribution, from its cue and the order of its parts.
fn gold_class(text: &[char], g: &GoldAttr) -> &'static str {
    let cue = g.cue.first().map(|&c| chars(text, c).to_lowercase());
    let Some(cue) = cue else {
        return "no-cue";
    };
    let content_start = g.content.first().map_or(0, |c| c.0);
    let cue_start = g.cue[0].0;
    if cue.contains("according") {
        return "according-to";
    }
    let last = cue.split_whitespace().last().unwrap_or("");
    let first = cue.split_whitespace().next().unwrap_or("");
    if THOUGHT
        .iter()
        .any(|t| first.starts_with(t) || last.starts_with(t))
    {
        return "thought";
    }
    if NOUNS.iter().any(|t| last.starts_with(t)) {
        return "noun-cue";
    }
    if content_start < cue_start {
        return "trailing (content first)";
    }
    if cue.split_whitespace().count() > 2 {
        return "multiword cue";
    }
    "content after cue"
}

#[derive(Default)]
struct Tally {
    tp: usize,
    tp_source: usize,
    pred: usize,
    gold: usize,
    set_aside: usize,
}

impl Tally {
    fn line(&self, label: &str) {
        let p = |tp: usize| tp as f64 / self.pred.max(1) as f64;
        let r = |tp: usize| tp as f64 / self.gold.max(1) as f64;
        let f = |tp: usize| {
            let (p, r) = (p(tp), r(tp));
            if p + r == 0.0 {
                0.0
            } else {
                2.0 * p * r / (p + r)
            }
        };
        println!(
            "{label}: content P={:.3} R={:.3} F1={:.3} | content+source P={:.3} R={:.3} F1={:.3}  (rows={} gold={} tp={} tp+src={} set aside as mixed={})",
            p(self.tp),
            r(self.tp),
            f(self.tp),
            p(self.tp_source),
            r(self.tp_source),
            f(self.tp_source),
            self.pred,
            self.gold,
            self.tp,
            self.tp_source,
            self.set_aside
        );
    }
}

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let split = args.first().map_or("train", String::as_str);
    if split == "probe" {
        probe(&args[1..]);
        return;
    }
    if split == "shapes" {
        let only = args.get(1).map(String::as_str);
        for split in ["train", "dev"]
            .into_iter()
            .filter(|s| only.is_none_or(|o| o == *s))
        {
            shapes(split);
        }
        return;
    }
    let verbose = args.iter().position(|a| a == "--verbose" || a == "-v");
    let mut report = Report {
        only: verbose.and_then(|i| args.get(i + 1)).cloned(),
        raw: args.iter().any(|a| a == "--raw"),
        ctx: args.iter().any(|a| a == "--ctx"),
        norow: args.iter().position(|a| a == "--norow").map(|i| {
            args.get(i + 1)
                .filter(|a| !a.starts_with("--"))
                .cloned()
                .unwrap_or_default()
        }),
        srcerr: args.iter().position(|a| a == "--srcerr").map(|i| {
            args.get(i + 1)
                .filter(|a| !a.starts_with("--"))
                .cloned()
                .unwrap_or_default()
        }),
        cues: args.iter().any(|a| a == "--cues").then(BTreeMap::new),
        wrong: args.iter().position(|a| a == "--wrong").map(|i| {
            args.get(i + 1)
                .filter(|a| !a.starts_with("--"))
                .cloned()
                .unwrap_or_default()
        }),
        hits: args
            .iter()
            .position(|a| a == "--hits")
            .and_then(|i| args.get(i + 1))
            .cloned(),
        lexicon: norow::Lexicon::load(),
        ..Report::default()
    };
    for d in polnear::articles(split) {
        report.article(&d);
    }
    report.print(split);
}

/// `shapes`: every article of the split rewritten into each of issue 14's text shapes (the
/// quote scorer's `shapes`), its gold offsets carried over, scored as the main line is; one
/// row per shape with its change from the original. The gold is read (its `mixed` typing
/// included) on the original text, so a shape cannot change what counts as gold.
fn shapes(split: &str) {
    let docs = polnear::articles(split);
    println!(
        "== PolNeAR {split}: reported speech by text shape ({} articles) ==",
        docs.len()
    );
    let f1 = |tp: usize, t: &Tally| 2.0 * tp as f64 / (t.pred + t.gold).max(1) as f64;
    let mut base = None;
    for shape in text_shapes::SHAPES {
        let mut seed = 14u64;
        let mut report = Report::default();
        for d in &docs {
            let text = d["text"].as_str().unwrap_or("");
            let tchars: Vec<char> = text.chars().collect();
            let shaped = text_shapes::reshape(shape, text, &mut seed);
            let m = &shaped.map;
            let carry = |v: &Spans| v.iter().map(|&(s, e)| (m[s], m[e])).collect();
            let gold: Vec<GoldAttr> = gold_of(d, &tchars, false)
                .into_iter()
                .map(|g| GoldAttr {
                    kind: g.kind,
                    content: carry(&g.content),
                    source: carry(&g.source),
                    cue: carry(&g.cue),
                })
                .collect();
            report.scored(&shaped.text, &gold);
        }
        let t = &report.all;
        let (content, source) = (f1(t.tp, t), f1(t.tp_source, t));
        let (c0, s0) = *base.get_or_insert((content, source));
        t.line(&format!(
            "{split} {shape:<13} ({:+.1} / {:+.1} pts)",
            (content - c0) * 100.0,
            (source - s0) * 100.0
        ));
    }
}

/// `probe TEXT…`: the indirect rows of each text given (content | mention | cue | kind).
fn probe(texts: &[String]) {
    for text in texts {
        let tchars: Vec<char> = text.chars().collect();
        println!("{text}");
        for p in predict(text) {
            println!(
                "  [{}] mention={:?} cue={:?} kind={}",
                chars(&tchars, p.span),
                p.mention.map(|m| chars(&tchars, m)),
                p.cue.map(|c| chars(&tchars, c)),
                p.cue_kind
            );
        }
    }
}

/// The text from the first to the last of the gold source, gold cue, predicted mention and
/// predicted cue (the start of the content when they all precede it), for reading a source error.
fn source_context(tchars: &[char], g: &GoldAttr, p: &Pred) -> String {
    let mut points: Vec<(usize, usize)> = g.source.iter().chain(&g.cue).copied().collect();
    points.extend(p.mention.iter().chain(p.cue.iter()).copied());
    points.push((p.span.0, (p.span.0 + 30).min(p.span.1)));
    let s = points.iter().map(|x| x.0).min().unwrap_or(p.span.0);
    let e = points.iter().map(|x| x.1).max().unwrap_or(p.span.1);
    let e = if e - s > 400 { s + 400 } else { e };
    format!(
        "[{}] cue={:?}",
        chars(tchars, (s, e)).replace('\n', " "),
        p.cue.map(|c| chars(tchars, c))
    )
}

/// Personal and relative pronouns a source mention may be.
const PRONOUNS: &[&str] = &[
    "he", "she", "they", "it", "i", "we", "you", "who", "which", "that", "him", "her", "them",
];

fn is_pronoun(s: &str) -> bool {
    PRONOUNS.contains(&s.trim().to_lowercase().as_str())
}

/// Capitalised words of a mention or name, for "the same entity" by its name.
fn name_words(s: &str) -> Vec<String> {
    s.split(|c: char| !c.is_alphanumeric() && c != '\'')
        .map(|w| w.trim_end_matches("'s").to_string())
        .filter(|w| w.len() > 1 && w.chars().next().is_some_and(char::is_uppercase))
        .filter(|w| !is_pronoun(w) && !matches!(w.as_str(), "The" | "A" | "An" | "But" | "And"))
        .collect()
}

/// The class of a content hit whose speaker misses the gold source: no speaker / gold has
/// none / the same entity by another mention (pronoun against name, either way, or a name word
/// shared with the resolved speaker) / another entity, with the gold cue (same cue) or another
/// cue (nested report, another clause).
fn source_class(tchars: &[char], g: &GoldAttr, p: &Pred) -> &'static str {
    let Some(m) = p.mention else {
        return "no speaker given";
    };
    if g.source.is_empty() {
        return "gold has no source";
    }
    let got = chars(tchars, m);
    let want: Vec<String> = g.source.iter().map(|&s| chars(tchars, s)).collect();
    let want = want.join(" ");
    let same_cue = match p.cue {
        Some(c) => overlap(c, &g.cue) > 0,
        None => false,
    };
    let ours: Vec<String> = name_words(&got)
        .into_iter()
        .chain(p.speaker.as_deref().map(name_words).unwrap_or_default())
        .collect();
    let theirs = name_words(&want);
    let shared = ours.iter().any(|w| theirs.contains(w));
    match (same_cue, is_pronoun(&got), is_pronoun(&want), shared) {
        (_, _, _, true) => "same entity: a name word shared",
        (true, true, false, _) => "same cue: we give a pronoun, gold a phrase",
        (true, false, true, _) => "same cue: gold a pronoun, we a phrase",
        (true, _, _, _) => "same cue: another phrase",
        (false, true, _, _) => "another cue: we give a pronoun",
        (false, _, true, _) => "another cue: gold a pronoun",
        _ => "another cue: another phrase",
    }
}

/// The tallies of a run and the error classes, article by article.
#[derive(Default)]
struct Report {
    /// Print the cases of this class (or MISS, FP, source).
    only: Option<String>,
    raw: bool,
    /// `--ctx`: with `--verbose`, print each miss's text from its first part (80 characters
    /// before) to its last, and (after `⟧`) the 60 characters that follow.
    ctx: bool,
    /// `--norow [SHAPE]`: count (and print the rows of SHAPE) gold with no overlapping row.
    norow: Option<String>,
    lexicon: norow::Lexicon,
    norow_counts: BTreeMap<String, usize>,
    /// `--hits CUE`: print every content hit whose cue text is CUE (every hit with `all`), with its
    /// source right or not.
    hits: Option<String>,
    /// `--srcerr [CLASS]`: count (and print the rows of CLASS) content hits with a wrong source.
    srcerr: Option<String>,
    srcerr_counts: BTreeMap<&'static str, usize>,
    /// `--wrong [CUE]`: rows overlapping no gold attribution at all, by shape and cue word
    /// (with CUE, or `all`, the rows with their context).
    wrong: Option<String>,
    wrong_counts: BTreeMap<String, usize>,
    /// `--cues`: rows by cue word (matched, all), for the precision of one cue.
    cues: Option<BTreeMap<String, (usize, usize)>>,
    all: Tally,
    by_kind: BTreeMap<&'static str, (usize, usize)>,
    misses: BTreeMap<&'static str, (usize, usize)>,
    fps: BTreeMap<String, usize>,
}

/// The gold attributions of an article; in an article that writes quotation marks as `''` and
/// lists no quotes, an `indirect` one whose content carries `''` is read as `mixed` (unless raw).
fn gold_of(d: &Value, tchars: &[char], raw: bool) -> Vec<GoldAttr> {
    let mut gold: Vec<GoldAttr> = d["attributions"]
        .as_array()
        .map(|a| {
            a.iter()
                .map(|g| GoldAttr {
                    kind: g["type"].as_str().unwrap_or("").to_string(),
                    content: spans(&g["content"]),
                    source: spans(&g["source"]),
                    cue: spans(&g["cue"]),
                })
                .collect()
        })
        .unwrap_or_default();
    let no_quotes = d["quotes"].as_array().is_none_or(|q| q.is_empty());
    let text = d["text"].as_str().unwrap_or("");
    if !raw && no_quotes && text.contains("''") {
        for g in gold.iter_mut().filter(|g| g.kind == "indirect") {
            let marked = g.content.iter().any(|&(s, e)| {
                let (s, e) = (s.saturating_sub(2), (e + 2).min(tchars.len()));
                tchars[s..e].windows(2).any(|w| w == ['\'', '\''])
            });
            if marked {
                g.kind = "mixed".to_string();
            }
        }
    }
    gold
}

/// One-to-one matches, best overlap first: for each gold its prediction, and which
/// predictions are taken.
fn pair(indirect: &[&GoldAttr], preds: &[Pred]) -> (Vec<Option<usize>>, Vec<bool>) {
    let mut pairs: Vec<(usize, usize, usize)> = Vec::new();
    for (gi, g) in indirect.iter().enumerate() {
        for (pi, p) in preds.iter().enumerate() {
            if let Some(ov) = matches(p.span, &g.content) {
                pairs.push((ov, gi, pi));
            }
        }
    }
    pairs.sort_by_key(|p| std::cmp::Reverse(p.0));
    let mut gold_hit = vec![None; indirect.len()];
    let mut pred_hit = vec![false; preds.len()];
    for (_, gi, pi) in pairs {
        if gold_hit[gi].is_none() && !pred_hit[pi] {
            gold_hit[gi] = Some(pi);
            pred_hit[pi] = true;
        }
    }
    (gold_hit, pred_hit)
}

impl Report {
    fn shows(&self, class: &str, group: &str) -> bool {
        self.only
            .as_deref()
            .is_some_and(|o| class.contains(o) || o == group)
    }

    fn article(&mut self, d: &Value) {
        let text = d["text"].as_str().unwrap_or("");
        let tchars: Vec<char> = text.chars().collect();
        let gold = gold_of(d, &tchars, self.raw);
        self.scored(text, &gold);
    }

    /// Scores one text against its gold attributions (offsets in the text's chars).
    fn scored(&mut self, text: &str, gold: &[GoldAttr]) {
        let tchars: Vec<char> = text.chars().collect();
        let preds = predict(text);
        let indirect: Vec<&GoldAttr> = gold.iter().filter(|g| g.kind == "indirect").collect();
        self.all.gold += indirect.len();
        let (gold_hit, pred_hit) = pair(&indirect, &preds);
        for (pi, p) in preds.iter().enumerate() {
            self.prediction(&tchars, p, pred_hit[pi], gold, &indirect);
        }
        for (gi, g) in indirect.iter().enumerate() {
            self.gold_row(&tchars, g, gold_hit[gi].map(|pi| &preds[pi]), &preds);
        }
    }

    /// Counts one prediction: a hit, set aside (matches a mixed attribution) or a false
    /// positive by class.
    fn prediction(
        &mut self,
        tchars: &[char],
        p: &Pred,
        hit: bool,
        gold: &[GoldAttr],
        indirect: &[&GoldAttr],
    ) {
        if let Some(cues) = self.cues.as_mut() {
            let cue = p
                .cue
                .map_or(String::from("-"), |c| chars(tchars, c).to_lowercase());
            let e = cues.entry(cue).or_default();
            e.0 += usize::from(hit);
            e.1 += 1;
        }
        let kind = self.by_kind.entry(p.cue_kind).or_default();
        kind.1 += 1;
        if hit {
            kind.0 += 1;
            self.all.pred += 1;
            return;
        }
        let mixed = gold
            .iter()
            .any(|g| g.kind != "indirect" && matches(p.span, &g.content).is_some());
        if mixed {
            self.all.set_aside += 1;
            return;
        }
        self.all.pred += 1;
        let near = indirect.iter().any(|g| overlap(p.span, &g.content) > 0);
        let cue = p
            .cue
            .map_or(String::from("-"), |c| chars(tchars, c).to_lowercase());
        if !near && self.wrong.is_some() && !gold.iter().any(|g| overlap(p.span, &g.content) > 0) {
            self.wrong_row(tchars, p, &cue);
        }
        let class = if near {
            "FP boundary (overlaps gold, < half)".to_string()
        } else {
            format!("FP no gold [{}]", p.cue_kind)
        };
        *self.fps.entry(class.clone()).or_default() += 1;
        *self.fps.entry(format!("  FP cue {cue}")).or_default() += 1;
        if self.shows(&class, "FP") {
            println!("{class} cue={cue} | {}", short(&chars(tchars, p.span)));
        }
    }

    /// Counts (and prints, for the chosen cue) one row that overlaps no gold attribution, by
    /// its shape (content after the cue, before it, or no cue) and its cue word.
    fn wrong_row(&mut self, tchars: &[char], p: &Pred, cue: &str) {
        let shape = match p.cue {
            Some(c) if c.0 >= p.span.1 => "content before the cue",
            Some(c) if c.1 <= p.span.0 => "content after the cue",
            Some(_) => "cue inside the content",
            None => "no cue",
        };
        *self
            .wrong_counts
            .entry(format!("shape {shape}"))
            .or_default() += 1;
        *self.wrong_counts.entry(format!("  cue {cue}")).or_default() += 1;
        let only = self.wrong.as_deref().unwrap_or("");
        if only == "all" || (!only.is_empty() && cue == only) {
            let s = p.span.0.min(p.cue.map_or(p.span.0, |c| c.0));
            let s = p.mention.map_or(s, |m| s.min(m.0));
            let e = p.span.1.max(p.cue.map_or(0, |c| c.1));
            println!(
                "WRONG {shape} cue={cue} mention={:?} | …{}⟦{}⟧ [{}]",
                p.mention.map(|m| chars(tchars, m)),
                chars(tchars, (s.saturating_sub(60), s)),
                short(&chars(tchars, (s, e))),
                short(&chars(tchars, p.span))
            );
        }
    }

    /// Counts one gold attribution: found (with or without its source) or missed, by class.
    fn gold_row(&mut self, tchars: &[char], g: &GoldAttr, hit: Option<&Pred>, preds: &[Pred]) {
        let class = gold_class(tchars, g);
        let m = self.misses.entry(class).or_default();
        m.1 += 1;
        let Some(p) = hit else {
            m.0 += 1;
            if self.norow.is_some() && !preds.iter().any(|p| overlap(p.span, &g.content) > 0) {
                self.no_row(tchars, g);
            }
            if self.shows(class, "MISS") {
                let partial = preds.iter().any(|p| overlap(p.span, &g.content) > 0);
                let content: Vec<String> = g.content.iter().map(|&c| chars(tchars, c)).collect();
                println!(
                    "MISS {class}{} cue={:?} src={:?} | {}",
                    if partial { " (boundary)" } else { "" },
                    g.cue.first().map(|&c| chars(tchars, c)),
                    g.source.first().map(|&s| chars(tchars, s)),
                    short(&content.join(" … "))
                );
                if self.ctx {
                    let e = g
                        .content
                        .iter()
                        .chain(&g.cue)
                        .map(|c| c.1)
                        .max()
                        .unwrap_or(0);
                    let after = chars(tchars, (e, (e + 60).min(tchars.len())));
                    let ctx = norow::context(tchars, &g.content, &g.cue);
                    println!("    ctx: {ctx} ⟧{after}");
                }
            }
            return;
        };
        self.all.tp += 1;
        let source_ok = match p.mention {
            Some(mspan) => overlap(mspan, &g.source) > 0,
            None => g.source.is_empty(),
        };
        self.all.tp_source += usize::from(source_ok);
        if let (Some(cue), Some(c)) = (&self.hits, p.cue) {
            if cue == "all" || chars(tchars, c).eq_ignore_ascii_case(cue) {
                let first = g.source.iter().chain(p.mention.iter()).map(|x| x.0);
                let s = first.chain([p.span.0]).min().unwrap_or(0);
                println!(
                    "HIT {} got {:?} want {:?} | …{} {}",
                    if source_ok { "ok" } else { "WRONG" },
                    p.mention.map(|m| chars(tchars, m)),
                    g.source.first().map(|&s| chars(tchars, s)),
                    chars(tchars, (s.saturating_sub(60), s)).replace('\n', " "),
                    source_context(tchars, g, p)
                );
            }
        }
        if !source_ok && self.srcerr.is_some() {
            self.source_error(tchars, g, p);
        }
        if !source_ok && self.only.as_deref() == Some("source") {
            println!(
                "SOURCE got {:?} want {:?} | {}",
                p.mention.map(|m| chars(tchars, m)),
                g.source.first().map(|&s| chars(tchars, s)),
                short(&chars(tchars, p.span))
            );
            println!(
                "    context: {} gold_cue={:?}",
                source_context(tchars, g, p),
                g.cue.first().map(|&c| chars(tchars, c))
            );
        }
    }

    /// Counts (and prints, for the chosen shape) one gold attribution with no overlapping row.
    fn no_row(&mut self, tchars: &[char], g: &GoldAttr) {
        let (shape, cue, lemma, listed) =
            norow::describe(tchars, &g.content, &g.cue, &self.lexicon);
        *self
            .norow_counts
            .entry(format!("shape {shape}"))
            .or_default() += 1;
        *self
            .norow_counts
            .entry(format!("  lemma {lemma} [{listed}]"))
            .or_default() += 1;
        let only = self.norow.as_deref().unwrap_or("");
        if !only.is_empty() && (shape.contains(only) || lemma == only) {
            let ctx = norow::context(tchars, &g.content, &g.cue);
            println!(
                "NOROW {shape} cue={cue:?} lemma={lemma} [{listed}] src={:?} | {}",
                g.source.first().map(|&s| chars(tchars, s)),
                short(&ctx)
            );
        }
    }

    /// Counts (and prints, for the chosen class) one content hit whose speaker misses the gold
    /// source, by `source_class`.
    fn source_error(&mut self, tchars: &[char], g: &GoldAttr, p: &Pred) {
        let class = source_class(tchars, g, p);
        *self.srcerr_counts.entry(class).or_default() += 1;
        let only = self.srcerr.as_deref().unwrap_or("");
        if !only.is_empty() && class.contains(only) {
            let first = g.source.iter().chain(p.mention.iter()).map(|x| x.0);
            let s = first.chain([p.span.0]).min().unwrap_or(0);
            println!(
                "SRCERR {class} got {:?} ({:?}) want {:?} | …{} {}",
                p.mention.map(|m| chars(tchars, m)),
                p.speaker,
                g.source.first().map(|&s| chars(tchars, s)),
                chars(tchars, (s.saturating_sub(40), s)),
                source_context(tchars, g, p)
            );
        }
    }

    fn print(&self, split: &str) {
        if let Some(cues) = &self.cues {
            println!("rows by cue (matched/all, cues with 10 rows or more):");
            for (k, (tp, n)) in cues.iter().filter(|e| e.1 .1 >= 10) {
                println!("  {k:<24} {tp:>5}/{n:<5}");
            }
        }
        if self.wrong.is_some() {
            println!("rows overlapping no gold attribution, by shape and by cue word:");
            print_by_shape(&self.wrong_counts, 8);
        }
        if self.srcerr.is_some() {
            let mut n: Vec<_> = self.srcerr_counts.iter().collect();
            n.sort_by_key(|e| (e.0.split(':').next(), std::cmp::Reverse(*e.1)));
            println!("content hits with a wrong source, by class:");
            for (k, v) in n {
                println!("  {k:<60} {v:>6}");
            }
        }
        if self.norow.is_some() {
            println!("gold with no overlapping row, by shape and by cue lemma [lexicon]:");
            print_by_shape(&self.norow_counts, 12);
        }
        let mode = if self.raw {
            "raw file"
        } else {
            "'' articles' quoted rows as mixed"
        };
        self.all.line(&format!("PolNeAR {split} indirect ({mode})"));
        println!("rows by cue_kind (matched/all):");
        for (k, (tp, n)) in &self.by_kind {
            println!("  {k:<10} {tp:>6}/{n:<6}");
        }
        println!("misses by class (missed/gold):");
        let mut m: Vec<_> = self.misses.iter().collect();
        m.sort_by_key(|e| std::cmp::Reverse(e.1 .0));
        for (k, (miss, n)) in m {
            println!("  {k:<28} {miss:>6}/{n:<6}");
        }
        println!("false positives by class:");
        let mut f: Vec<_> = self
            .fps
            .iter()
            .filter(|(k, n)| !k.starts_with("  ") || **n >= 15)
            .collect();
        f.sort_by_key(|e| std::cmp::Reverse(*e.1));
        for (k, n) in f.iter().take(40) {
            println!("  {k:<40} {n:>6}");
        }
    }
}

/// A listing's counts: every "shape" key, then the other keys with at least `min` rows, most first.
fn print_by_shape(counts: &BTreeMap<String, usize>, min: usize) {
    let mut n: Vec<_> = counts
        .iter()
        .filter(|(k, n)| k.starts_with("shape") || **n >= min)
        .collect();
    n.sort_by_key(|e| (!e.0.starts_with("shape"), std::cmp::Reverse(*e.1)));
    for (k, v) in n {
        println!("  {k:<48} {v:>6}");
    }
}
