//! Linear-time and memory check for the whole pipeline.
//!
//! For each input shape (real news from the BBC corpus, and the adversarial shapes of the
//! hardening issue) the input doubles from 1 MB to 64 MB; each step runs `presswork::analyze`
//! (all stages) plus the byte→code-point conversion of every span that the Python bindings
//! do, and prints the time (CPU time of the thread: the machine is shared), the ratio to the
//! previous step (linear: 2.0; the limit is 2.3) and the peak heap the run allocated beyond
//! the input (a counting global allocator).
//!
//! Memory comes from the allocator the Python extension ships with (jemalloc, configured as in
//! `src/python/memory.rs`), so a repeated run reuses freed memory as a long batch job does.
//! Each size runs at least three times, and more when the runs are short (until they fill
//! half a second): the ratio is taken on the best run, and the first ("cold") run is printed
//! beside it with its system time, which is the kernel faulting fresh pages in.
//!
//! ```text
//! cargo run --release --example linearity                 # all shapes, 1 → 64 MB
//! cargo run --release --example linearity -- --max-mb 8 news quotes_curly
//! cargo run --release --example linearity -- --list
//! cargo run --release --example linearity -- --core-only quotes_guillemet   # analyze only, no offsets
//! ```
//!
//! The BBC corpus is read from `../shared/corpus/bbc/*.csv` (relative to the repository root;
//! `PRESSWORK_BBC` overrides). A step that takes longer than `--step-limit` seconds (default
//! 30) stops its shape: it is reported super-linear without running the larger sizes.
//! Each shape runs in a process of its own (this program again, with `--child`), so that the
//! memory one shape leaves with the allocator does not shape the next one's; `--in-process`
//! runs them all in this one. A step over 2.3 is measured again (both its sizes back to back,
//! up to twice) and keeps its lowest ratio, marked `*`: on a shared host a slow stretch can
//! spoil every run of one size, while a super-linear step stays over the limit in every pair.
//! Exit status 1 if any shape's ratio still exceeds 2.3.

#[cfg(not(all(target_os = "linux", not(target_env = "musl"))))]
use std::alloc::System;
use std::alloc::{GlobalAlloc, Layout};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::Instant;

use presswork::offsets::CharOffsets;

#[cfg_attr(feature = "python", allow(dead_code))]
struct Counting;

/// The allocator under the count: the extension's jemalloc on Linux, the system's elsewhere.
#[cfg(all(target_os = "linux", not(target_env = "musl")))]
#[cfg_attr(feature = "python", allow(dead_code))]
static INNER: tikv_jemallocator::Jemalloc = tikv_jemallocator::Jemalloc;
#[cfg(not(all(target_os = "linux", not(target_env = "musl"))))]
static INNER: System = System;

/// The extension's jemalloc settings while calls run (see `src/python/memory.rs`): decay off.
/// The extension turns it on only after its calls have stopped for `set_release_after`
/// seconds (10 by default); the runs here follow each other with no such pause.
#[cfg(all(target_os = "linux", not(target_env = "musl")))]
#[export_name = "_rjem_malloc_conf"]
static MALLOC_CONF: ConfString =
    ConfString(c"oversize_threshold:0,background_thread:true,dirty_decay_ms:-1".as_ptr());
#[cfg(all(target_os = "linux", not(target_env = "musl")))]
#[allow(dead_code)] // read by jemalloc, not by Rust
struct ConfString(*const std::ffi::c_char);
// SAFETY: it points to an immutable static string.
#[cfg(all(target_os = "linux", not(target_env = "musl")))]
unsafe impl Sync for ConfString {}

/// As the extension does at import: arena 0 predates the configuration.
fn tune_allocator() {
    #[cfg(all(target_os = "linux", not(target_env = "musl")))]
    {
        let mut threshold: usize = usize::MAX;
        // SAFETY: a NUL-terminated name and a `size_t` new value with its size.
        unsafe {
            tikv_jemalloc_sys::mallctl(
                c"arena.0.oversize_threshold".as_ptr(),
                std::ptr::null_mut(),
                std::ptr::null_mut(),
                (&raw mut threshold).cast(),
                std::mem::size_of::<usize>(),
            );
        }
    }
}

static CURRENT: AtomicUsize = AtomicUsize::new(0);
static PEAK: AtomicUsize = AtomicUsize::new(0);

unsafe impl GlobalAlloc for Counting {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        let p = unsafe { INNER.alloc(layout) };
        if !p.is_null() {
            let now = CURRENT.fetch_add(layout.size(), Ordering::Relaxed) + layout.size();
            PEAK.fetch_max(now, Ordering::Relaxed);
        }
        p
    }
    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        unsafe { INNER.dealloc(ptr, layout) };
        CURRENT.fetch_sub(layout.size(), Ordering::Relaxed);
    }
    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        let p = unsafe { INNER.realloc(ptr, layout, new_size) };
        if !p.is_null() {
            if new_size >= layout.size() {
                let now = CURRENT.fetch_add(new_size - layout.size(), Ordering::Relaxed) + new_size
                    - layout.size();
                // a moving realloc holds both blocks for a moment
                PEAK.fetch_max(now + layout.size().min(new_size), Ordering::Relaxed);
            } else {
                CURRENT.fetch_sub(layout.size() - new_size, Ordering::Relaxed);
            }
        }
        p
    }
}

// With the `python` feature the library installs jemalloc as the global allocator itself (the
// extension's), so this counting wrapper can only be installed without it; peak-heap columns then
// read 0 and `main` says so.
#[cfg(not(feature = "python"))]
#[global_allocator]
static ALLOC: Counting = Counting;

const MB: usize = 1 << 20;

/// The most a doubling of the input may multiply the time by.
const LIMIT: f64 = 2.3;
/// How often a step over [`LIMIT`] is measured again before it counts.
const RECHECKS: usize = 2;

/// Runs per size: at least [`MIN_RUNS`], and more, up to [`MAX_RUNS`], until they add up to
/// [`MIN_SPENT`] seconds of CPU time.
const MIN_RUNS: usize = 3;
const MAX_RUNS: usize = 50;
const MIN_SPENT: f64 = 0.5;

/// CPU seconds of this thread: the machine is shared, and wall time would measure the
/// neighbours.
fn thread_cpu() -> f64 {
    cpu_time::ThreadTime::now().as_duration().as_secs_f64()
}

/// System (kernel) CPU seconds of this thread, mostly page faults on fresh memory, and its
/// minor page faults (fresh pages the kernel mapped in), so far.
#[cfg(target_os = "linux")]
fn thread_kernel() -> (f64, i64) {
    // SAFETY: getrusage fills the struct it is given.
    unsafe {
        let mut usage: libc::rusage = std::mem::zeroed();
        libc::getrusage(libc::RUSAGE_THREAD, &mut usage);
        (
            usage.ru_stime.tv_sec as f64 + usage.ru_stime.tv_usec as f64 / 1e6,
            usage.ru_minflt as i64,
        )
    }
}
#[cfg(not(target_os = "linux"))]
fn thread_kernel() -> (f64, i64) {
    (0.0, 0)
}

/// Minimal CSV reader for the corpus: returns the first column (`text`) of every row.
fn csv_texts(src: &str) -> Vec<String> {
    let mut rows = Vec::new();
    let mut field = String::new();
    let mut col = 0;
    let mut in_quotes = false;
    let mut chars = src.chars().peekable();
    let mut header = true;
    while let Some(c) = chars.next() {
        match c {
            '"' if in_quotes && chars.peek() == Some(&'"') => {
                chars.next();
                field.push('"');
            }
            '"' => in_quotes = !in_quotes,
            ',' if !in_quotes => {
                if col == 0 && !header {
                    rows.push(std::mem::take(&mut field));
                }
                field.clear();
                col += 1;
            }
            '\n' if !in_quotes => {
                field.clear();
                col = 0;
                header = false;
            }
            _ => field.push(c),
        }
    }
    rows
}

fn bbc_news() -> String {
    let dir = std::env::var("PRESSWORK_BBC").unwrap_or_else(|_| {
        concat!(env!("CARGO_MANIFEST_DIR"), "/../shared/corpus/bbc").to_string()
    });
    let mut texts = Vec::new();
    if let Ok(entries) = std::fs::read_dir(&dir) {
        let mut paths: Vec<_> = entries
            .filter_map(|e| e.ok().map(|e| e.path()))
            .filter(|p| p.extension().is_some_and(|x| x == "csv"))
            .collect();
        paths.sort();
        for p in paths {
            texts.extend(csv_texts(
                &std::fs::read_to_string(&p).expect("read corpus"),
            ));
        }
    }
    if texts.is_empty() {
        eprintln!("warning: no BBC corpus at {dir}; using the seed articles");
        let seeds = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/data/seeds");
        let mut paths: Vec<_> = std::fs::read_dir(seeds)
            .unwrap()
            .map(|e| e.unwrap().path())
            .collect();
        paths.sort();
        texts = paths
            .iter()
            .map(|p| std::fs::read_to_string(p).unwrap())
            .collect();
    }
    // The corpus is grouped by category; a fixed pseudo-shuffle makes every prefix (the 1 and
    // 2 MB steps) a sample of the whole rather than of one section.
    let mut order: Vec<usize> = (0..texts.len()).collect();
    order.sort_by_key(|&i| (i as u64).wrapping_mul(2_654_435_761) % (1 << 32));
    order
        .iter()
        .map(|&i| texts[i].as_str())
        .collect::<Vec<_>>()
        .join("\n\n")
}

/// `unit` repeated to `n` bytes, cut back to a char boundary.
fn repeat_to(unit: &str, n: usize) -> String {
    let mut s = unit.repeat(n / unit.len() + 1);
    let mut cut = n.min(s.len());
    while !s.is_char_boundary(cut) {
        cut -= 1;
    }
    s.truncate(cut);
    s
}

fn nested(n: usize) -> String {
    // “‘“‘ … x … ’”’” : as deep as the size allows
    let depth = n / 14;
    let mut s = String::with_capacity(n + 16);
    for _ in 0..depth {
        s.push_str("“‘");
    }
    s.push('x');
    for _ in 0..depth {
        s.push_str("’”");
    }
    s
}

/// “ for the first half, ’ for the second: closers that match no open mark, under a deep
/// stack of another style.
fn stray_closers(n: usize) -> String {
    let half = n / 6; // both marks are three bytes
    "“".repeat(half) + &"’".repeat(half)
}

/// Pieces drawn at random (a fixed seed) to `n` bytes: catches work that grows with an
/// arrangement no repeated unit shows.
fn soup(pieces: &'static [&'static str], n: usize) -> String {
    let mut s = String::with_capacity(n + 64);
    let mut x: u64 = 0x9E37_79B9_7F4A_7C15;
    while s.len() < n {
        // xorshift64
        x ^= x << 13;
        x ^= x >> 7;
        x ^= x << 17;
        s.push_str(pieces[(x % pieces.len() as u64) as usize]);
    }
    s
}

const QUOTE_PIECES: &[&str] = &[
    "“",
    "”",
    "‘",
    "’",
    "\"",
    "'",
    "«",
    "»",
    "„",
    "‹",
    "›",
    " ",
    " ",
    " ",
    "\n",
    "\n\n",
    ".",
    ",",
    ":",
    " said ",
    " he ",
    " she ",
    " told ",
    "Mr ",
    "Smith",
    " the ",
    " It ",
    " according to ",
    "(",
    ")",
    " — ",
    "s' ",
    " don't ",
    "’s ",
    "?",
    "!",
];
const NUMBER_PIECES: &[&str] = &[
    "1",
    "23",
    "605,000",
    "3.5",
    "$",
    "£",
    "€",
    "%",
    " ",
    " ",
    " ",
    "-",
    "–",
    " to ",
    " million",
    " bn",
    "m",
    "km",
    " per cent",
    " about ",
    " nearly ",
    " people",
    " between ",
    " and ",
    ".",
    ",",
    "/",
    ":",
    "1990s",
    "x",
    "+",
    "½",
    "\n",
];

struct Shape {
    name: &'static str,
    what: &'static str,
    make: Box<dyn Fn(usize) -> String>,
    /// First size in bytes when not `--min-mb` (the known super-linear shapes start small so
    /// that their growth shows before the step limit).
    start: Option<usize>,
}

fn shapes(news: &'static str) -> Vec<Shape> {
    let rep = |name: &'static str, what: &'static str, unit: &'static str| Shape {
        name,
        what,
        make: Box::new(move |n| repeat_to(unit, n)),
        start: None,
    };
    let from_news = |name: &'static str, what: &'static str, f: fn(&str) -> String| {
        let base: &'static str = Box::leak(f(news).into_boxed_str());
        Shape {
            name,
            what,
            make: Box::new(move |n| repeat_to(base, n)),
            start: None,
        }
    };
    vec![
        from_news("news", "BBC corpus, repeated", |s| format!("{s}\n\n")),
        from_news("one_line", "BBC corpus as one line (no line breaks)", |s| {
            s.replace(['\n', '\r'], " ") + " "
        }),
        from_news("all_caps", "BBC corpus upper-cased", |s| {
            s.to_uppercase() + "\n\n"
        }),
        from_news("crlf", "BBC corpus with CRLF line ends", |s| {
            s.replace('\n', "\r\n") + "\r\n"
        }),
        from_news("lone_cr", "BBC corpus with lone CR line ends", |s| {
            s.replace('\n', "\r") + "\r"
        }),
        rep("quotes_straight", "only \"", "\""),
        rep("quotes_single", "only '", "'"),
        rep("quotes_curly_open", "only “", "“"),
        rep("quotes_curly_close", "only ”", "”"),
        rep("quotes_curly_single", "only ’", "’"),
        rep("quotes_guillemet", "only «", "«"),
        rep("quotes_backtick", "only `", "`"),
        rep("quotes_mixed", "all marks in turn", "\"'“”‘’„‚«»‹›「」"),
        rep("digits", "only 7", "7"),
        rep("periods", "only .", "."),
        rep("spaced_periods", "\". \" repeated", ". "),
        rep(
            "unbalanced_open",
            "“ opening a sentence, never closed",
            "“It is a real threat, he said. ",
        ),
        Shape {
            name: "nested",
            what: "“‘ nested as deep as the size allows",
            make: Box::new(nested),
            start: None,
        },
        Shape {
            name: "stray_closers",
            what: "“ for half the text, then ’ that closes nothing",
            make: Box::new(stray_closers),
            start: None,
        },
        Shape {
            name: "quote_soup",
            what: "quote marks, words, cues and breaks at random",
            make: Box::new(|n| soup(QUOTE_PIECES, n)),
            start: None,
        },
        Shape {
            name: "number_soup",
            what: "digits, currencies, units and ranges at random",
            make: Box::new(|n| soup(NUMBER_PIECES, n)),
            start: None,
        },
        rep(
            "descriptions",
            "a name never speaking, then a description in every sentence",
            "Prices in London rose. The official said rents will rise. ",
        ),
        rep(
            "according_unmarked",
            "one sentence of \"according to\" with no comma",
            "rents rose according to the law and ",
        ),
        rep(
            "transcript_turns",
            "labelled turns of a transcript, two speakers (rule transcript_turn)",
            "HOST: Is it over?\n\nVALE: I think the port will reopen, she said.\n\n",
        ),
        rep(
            "plural_openers",
            "a sentence-opening plural as speaker, then `they` (speaker_type, they_plural_name)",
            "Analysts said rates would rise. They said the staff agreed. ",
        ),
        rep(
            "markup_attributes",
            "an unclosed attribute value on every line (rule markup_attribute_value)",
            "Set the flag x=\"1 in the file, Vale wrote.\n\"We won,\" Cole said.\n",
        ),
        rep(
            "cyrillic",
            "Russian news sentence",
            "Президент Густаво Петро заявил: «Это реальная угроза». В 2025 году 605 000 человек. ",
        ),
        rep(
            "cjk",
            "Chinese and Japanese",
            "佩特罗总统说：“这是真正的威胁。”美国驱逐了605,000人。東京都は「はい」と言った。",
        ),
        rep(
            "arabic",
            "Arabic news sentence",
            "قال الرئيس غوستافو بيترو: «هذا تهديد حقيقي». تم ترحيل ٦٠٥٠٠٠ شخص. ",
        ),
        rep(
            "mixed_scripts",
            "Latin, Cyrillic, CJK, Arabic in one text",
            "Petro said “no” Путин сказал «да» 北京说“是” قال «لا» 5%. ",
        ),
        rep(
            "emoji_zwj",
            "emoji, ZWJ families, flags, skin tones",
            "👨\u{200D}👩\u{200D}👧\u{200D}👦 🇺🇸👍🏽🏳️\u{200D}🌈 1️⃣ ",
        ),
        rep(
            "combining",
            "letters with stacked combining marks",
            "e\u{301}\u{302}\u{303} nai\u{308}ve ",
        ),
        rep(
            "control",
            "NUL and control characters between words",
            "word\u{0}\u{1}\u{7}\u{1B}\u{7F}\u{85}",
        ),
        rep(
            "they_described_group",
            "plural speakers continued by `they` (rule they_described_group)",
            "Critics say the plan fails. They say it costs too much. ",
        ),
        rep(
            "capitals_labels",
            "transcript labels in capitals (rule capitals_label_name)",
            "Gov. Mike Pence spoke.\n\nPENCE: We will win.\n\nWALLACE: Why?\n\n",
        ),
        rep(
            "no_space_words",
            "a 64 MB chunk: words glued by hyphens",
            "ab-",
        ),
        Shape {
            start: Some(32 << 10),
            ..rep(
                "email_scan",
                "'1+1+…' (email_end rescans the chunk), from 32 KB",
                "1+",
            )
        },
        Shape {
            start: Some(32 << 10),
            ..rep(
                "domain_scan",
                "'News.News.…' (domain_end rescans the chunk), from 32 KB",
                "News.",
            )
        },
    ]
}

static CORE_ONLY: std::sync::atomic::AtomicBool = std::sync::atomic::AtomicBool::new(false);

fn run(text: &str) -> usize {
    let doc = presswork::analyze(text);
    if CORE_ONLY.load(Ordering::Relaxed) {
        return std::hint::black_box(doc.tokens.len());
    }
    // What the bindings add: byte → code-point offsets for every span. Tokens the way the
    // token table does it (a running count over the gaps and the tokens); the other spans
    // through the table of multi-byte chars.
    let bytes = text.as_bytes();
    let count = |b: &[u8]| b.iter().filter(|&&x| (x as i8) >= -0x40).count();
    let (mut byte_at, mut char_at, mut sum) = (0usize, 0usize, 0usize);
    for t in &doc.tokens {
        let c0 = char_at + count(&bytes[byte_at..t.span.start()]);
        let c1 = c0 + count(&bytes[t.span.start()..t.span.end()]);
        (byte_at, char_at) = (t.span.end(), c1);
        sum = sum.wrapping_add(c0 ^ c1);
    }
    let offsets = CharOffsets::new(text);
    for s in &doc.sentences {
        sum = sum
            .wrapping_add(offsets.char_offset(s.span.start()) ^ offsets.char_offset(s.span.end()));
    }
    for q in &doc.quotes {
        sum = sum
            .wrapping_add(offsets.char_offset(q.span.start()) ^ offsets.char_offset(q.span.end()));
    }
    for n in &doc.numbers {
        sum = sum
            .wrapping_add(offsets.char_offset(n.span.start()) ^ offsets.char_offset(n.span.end()));
    }
    std::hint::black_box(sum) ^ doc.tokens.len()
}

/// Marks the line on which a child process reports its shape's result.
const RESULT: &str = "RESULT";

/// Measures a shape in a fresh process running this program with `--child`, forwarding its
/// rows; a child that fails counts as a failed shape.
fn measure_in_child(name: &str, args: &[&String]) -> (f64, f64) {
    use std::io::{BufRead, BufReader};
    let exe = std::env::current_exe().expect("path of this program");
    let mut child = std::process::Command::new(exe)
        .arg("--child")
        .args(args)
        .arg(name)
        .stdout(std::process::Stdio::piped())
        .spawn()
        .expect("start a child process");
    let mut result = (f64::INFINITY, 0.0);
    for line in BufReader::new(child.stdout.take().expect("piped stdout")).lines() {
        let line = line.expect("child output");
        match line.strip_prefix(RESULT) {
            Some(rest) => {
                let mut values = rest
                    .split_whitespace()
                    .map(|v| v.parse::<f64>().unwrap_or(f64::INFINITY));
                result = (
                    values.next().unwrap_or(f64::INFINITY),
                    values.next().unwrap_or(0.0),
                );
            }
            None => println!("{line}"),
        }
    }
    if !child.wait().is_ok_and(|status| status.success()) {
        println!("{name:20} the child process failed");
        return (f64::INFINITY, 0.0);
    }
    result
}

/// What every shape is measured with.
struct Options {
    min_mb: usize,
    max_mb: usize,
    step_limit: f64,
}

/// Measures one shape at every size, printing a row per size; returns its largest CPU-time
/// ratio per doubling (infinite if a step passed the limit) and its largest user-time ratio.
fn measure(shape: &Shape, opts: &Options) -> (f64, f64) {
    let mut sizes = Vec::new();
    let mut n = shape.start.unwrap_or(opts.min_mb * MB);
    while n <= opts.max_mb * MB {
        sizes.push(n);
        n *= 2;
    }
    let mut stats: Vec<SizeStats> = Vec::new();
    let mut stopped = false;
    for &n in &sizes {
        let st = runs(&(shape.make)(n), opts.step_limit);
        stopped = st.best > opts.step_limit;
        stats.push(st);
        if stopped {
            break;
        }
    }
    // A step over the limit is measured again, both its sizes back to back, before it counts,
    // and keeps the lower of its ratios: the host of this VM is shared, and a stretch in which
    // it runs the VM slower can spoil every run of one size but not of the other. A
    // super-linear step stays over the limit in every pair.
    let mut step: Vec<f64> = (0..stats.len())
        .map(|i| {
            if i == 0 {
                0.0
            } else {
                stats[i].best / stats[i - 1].best
            }
        })
        .collect();
    let mut again = vec![false; stats.len()];
    for _ in 0..RECHECKS {
        let over: Vec<usize> = (1..stats.len()).filter(|&i| step[i] > LIMIT).collect();
        if over.is_empty() || stopped {
            break;
        }
        for i in over {
            let smaller = runs(&(shape.make)(sizes[i - 1]), opts.step_limit);
            let larger = runs(&(shape.make)(sizes[i]), opts.step_limit);
            let pair = larger.best / smaller.best;
            println!(
                "{:20} measured again: {} → {} MB, ratio {:.2}, now {pair:.2}",
                shape.name,
                size_label(sizes[i - 1]),
                size_label(sizes[i]),
                step[i]
            );
            step[i] = step[i].min(pair);
            again[i] = true;
            stats[i - 1].merge(&smaller);
            stats[i].merge(&larger);
        }
    }
    let mut max_ratio = 0.0f64;
    let mut max_user_ratio = 0.0f64;
    let mut prev: Option<&SizeStats> = None;
    for (i, (&n, st)) in sizes.iter().zip(&stats).enumerate() {
        let ratio = prev.map(|_| step[i]);
        let cold_ratio = prev.map(|p| st.cold / p.cold);
        // User time comes from getrusage, which splits CPU time by scheduler ticks (4 ms
        // here): no ratio below 100 ms.
        let user_ratio = prev
            .filter(|p| p.best_user >= 0.1)
            .map(|p| st.best_user / p.best_user);
        max_ratio = max_ratio.max(ratio.unwrap_or(0.0));
        max_user_ratio = max_user_ratio.max(user_ratio.unwrap_or(0.0));
        println!(
            "{:20} {:>6} {:>9.3} {:>7} {:>9.1} {:>8.3} {:>10.1} {:>8.1} {:>8.3} {:>7} {:>8.3} {:>8.3} {:>7} {:>8}",
            shape.name,
            size_label(n),
            st.best,
            ratio.map_or("-".to_string(), |r| format!("{r:.2}{}", if again[i] { "*" } else { "" })),
            n as f64 / MB as f64 / st.best,
            st.wall,
            st.peak_extra as f64 / MB as f64,
            st.peak_extra as f64 / n as f64,
            st.cold,
            cold_ratio.map_or("-".to_string(), |r| format!("{r:.2}")),
            st.cold_sys,
            st.best_user,
            user_ratio.map_or("-".to_string(), |r| format!("{r:.2}")),
            st.best_faults
        );
        prev = Some(st);
    }
    if stopped {
        let (n, st) = (sizes[stats.len() - 1], &stats[stats.len() - 1]);
        println!(
            "{:20} stopped: {:.1} s at {} MB exceeds the {} s step limit (super-linear)",
            shape.name,
            st.best,
            size_label(n),
            opts.step_limit
        );
    }
    (
        if stopped { f64::INFINITY } else { max_ratio },
        max_user_ratio,
    )
}

fn size_label(n: usize) -> String {
    if n >= MB {
        format!("{}", n / MB)
    } else {
        format!("{:.3}", n as f64 / MB as f64)
    }
}

/// Runs the pipeline on `text` at least [`MIN_RUNS`] times, and more while the runs are short
/// (until they fill [`MIN_SPENT`] seconds, up to [`MAX_RUNS`]): a best of three 10 ms runs
/// still carries a scheduler tick's worth of noise. Past `step_limit`, one warm run still
/// follows the cold one (unless that took twice the limit): faulting fresh memory in is not
/// the analysis.
fn runs(text: &str, step_limit: f64) -> SizeStats {
    let mut st = SizeStats::default();
    let mut spent = 0.0;
    for rep in 0.. {
        if rep > 1 && st.best > step_limit
            || rep == 1 && st.best > 2.0 * step_limit
            || rep >= MIN_RUNS && (spent >= MIN_SPENT || rep >= MAX_RUNS)
        {
            break;
        }
        let base = CURRENT.load(Ordering::Relaxed);
        PEAK.store(base, Ordering::Relaxed);
        let t0 = Instant::now();
        let ((s0, f0), c0) = (thread_kernel(), thread_cpu());
        run(text);
        let cpu = thread_cpu() - c0;
        let (s1, f1) = thread_kernel();
        let (sys, faults) = (s1 - s0, f1 - f0);
        spent += cpu;
        if rep == 0 {
            (st.cold, st.cold_sys) = (cpu, sys);
        }
        st.best_user = st.best_user.min(cpu - sys);
        if cpu < st.best {
            (st.best, st.best_faults) = (cpu, faults);
        }
        st.wall = st.wall.min(t0.elapsed().as_secs_f64());
        st.peak_extra = st
            .peak_extra
            .max(PEAK.load(Ordering::Relaxed).saturating_sub(base));
    }
    st
}

/// What the runs of one size gave.
struct SizeStats {
    /// Best CPU time, its page faults, best user time and best wall time.
    best: f64,
    best_faults: i64,
    best_user: f64,
    wall: f64,
    /// The first run, on fresh memory, and its system time.
    cold: f64,
    cold_sys: f64,
    /// The most any run held beyond what was allocated before it.
    peak_extra: usize,
}

impl Default for SizeStats {
    fn default() -> Self {
        SizeStats {
            best: f64::INFINITY,
            best_faults: 0,
            best_user: f64::INFINITY,
            wall: f64::INFINITY,
            cold: 0.0,
            cold_sys: 0.0,
            peak_extra: 0,
        }
    }
}

impl SizeStats {
    /// Adds the runs of a second measurement; the first run stays the cold one.
    fn merge(&mut self, other: &SizeStats) {
        if other.best < self.best {
            (self.best, self.best_faults) = (other.best, other.best_faults);
        }
        self.best_user = self.best_user.min(other.best_user);
        self.wall = self.wall.min(other.wall);
        self.peak_extra = self.peak_extra.max(other.peak_extra);
    }
}

fn main() {
    tune_allocator();
    if cfg!(feature = "python") {
        eprintln!(
            "note: built with the `python` feature, so peak heap is not counted (run without it)"
        );
    }
    let args: Vec<String> = std::env::args().skip(1).collect();
    let mut min_mb = 1usize;
    let mut max_mb = 64usize;
    let mut step_limit = 30.0f64;
    let mut only = Vec::new();
    let mut list = false;
    let mut child = false;
    let mut in_process = false;
    let mut it = args.iter();
    while let Some(a) = it.next() {
        match a.as_str() {
            "--child" => child = true,
            "--in-process" => in_process = true,
            "--min-mb" => min_mb = it.next().and_then(|v| v.parse().ok()).expect("--min-mb N"),
            "--max-mb" => max_mb = it.next().and_then(|v| v.parse().ok()).expect("--max-mb N"),
            "--step-limit" => {
                step_limit = it
                    .next()
                    .and_then(|v| v.parse().ok())
                    .expect("--step-limit SECONDS")
            }
            "--list" => list = true,
            "--core-only" => CORE_ONLY.store(true, Ordering::Relaxed),
            s => only.push(s.to_string()),
        }
    }
    let news: &'static str = Box::leak(bbc_news().into_boxed_str());
    let all = shapes(news);
    if list {
        for s in &all {
            println!("{:20} {}", s.name, s.what);
        }
        return;
    }
    let opts = Options {
        min_mb,
        max_mb,
        step_limit,
    };
    if child {
        // One shape, measured for a parent: rows, then its result on a line of its own.
        let shape = all
            .iter()
            .find(|s| only.first() == Some(&s.name.to_string()))
            .expect("--child SHAPE");
        let (max_ratio, max_user) = measure(shape, &opts);
        println!("{RESULT} {max_ratio} {max_user}");
        return;
    }
    // Each shape in a process of its own, unless asked otherwise: what one shape leaves in the
    // allocator (gigabytes of freed blocks in its sizes) must not tax the next.
    let isolate = !in_process;
    let what = if CORE_ONLY.load(Ordering::Relaxed) {
        "analyze (all stages) only"
    } else {
        "analyze (all stages) + offset conversion"
    };
    println!("presswork linearity: {what}, release build, one thread");
    println!(
        "BBC corpus: {:.1} MB of text, repeated; sizes {} → {} MB\n",
        news.len() as f64 / MB as f64,
        min_mb,
        max_mb
    );
    println!("time: CPU seconds of the analysing thread, best of {MIN_RUNS} runs or of as many as fill {MIN_SPENT} s (up to {MAX_RUNS}); wall: best wall-clock seconds;");
    println!("cold: the first run (fresh memory), its ratio to the previous size's first run, and its system time;");
    println!("user: the best run's user time (CPU time less the kernel's page faults) and its ratio (none below 100 ms: getrusage splits by ticks);");
    println!("faults: the best run's minor page faults (fresh pages mapped in); each shape runs in a process of its own unless --in-process");
    println!(
        "{:20} {:>6} {:>9} {:>7} {:>9} {:>8} {:>10} {:>8} {:>8} {:>7} {:>8} {:>8} {:>7} {:>8}",
        "shape",
        "MB",
        "cpu s",
        "ratio",
        "MB/s",
        "wall s",
        "peak MB",
        "peak/in",
        "cold s",
        "ratio",
        "sys s",
        "user s",
        "ratio",
        "faults"
    );
    let mut worst: Vec<(String, f64, f64)> = Vec::new();
    // Everything but the shape names, for the children.
    let passed: Vec<&String> = args
        .iter()
        .filter(|a| !all.iter().any(|s| s.name == a.as_str()))
        .collect();
    for shape in all
        .iter()
        .filter(|s| only.is_empty() || only.iter().any(|o| o == s.name))
    {
        let (max_ratio, max_user) = if isolate {
            measure_in_child(shape.name, &passed)
        } else {
            measure(shape, &opts)
        };
        worst.push((shape.name.to_string(), max_ratio, max_user));
        println!();
    }
    println!("max ratio per doubling (limit {LIMIT}), CPU time and (beside it) user time:");
    for (name, r, user) in &worst {
        let verdict = if *r > LIMIT { "FAIL" } else { "ok" };
        if r.is_finite() {
            println!(
                "  {name:20} {r:5.2}  {verdict:4}  user {}",
                if *user > 0.0 {
                    format!("{user:5.2}")
                } else {
                    "    -".into()
                }
            );
        } else {
            println!("  {name:20}   inf  FAIL (stopped at the step limit)  user {user:5.2}");
        }
    }
    if worst.iter().any(|(_, r, _)| *r > LIMIT) {
        std::process::exit(1);
    }
}
