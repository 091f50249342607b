//! Adversarial input on the Rust core: every shape gets a result that satisfies the
//! invariants of `tests/common`, without panicking. Sizes are modest because `cargo test`
//! builds in debug; the Python suite (`tests/test_adversarial.py`, release build) and
//! `examples/linearity.rs` run the megabyte-scale versions.
//!
//! The `#[ignore = "bug: …"]` tests are reproducers of known bugs: run them with
//! `cargo test --release --test adversarial -- --ignored`; un-ignore each once fixed. The
//! `bug_*` tests without the mark were reproducers whose bug main has fixed; they stay as
//! regression tests.

mod common;

use common::analyze_and_check;
use presswork::TokenKind;

const KB: usize = 1 << 10;

fn repeat_to(unit: &str, n: usize) -> String {
    unit.repeat((n / unit.len()).max(1))
}

const NEWS: &str = "Colombia's President Gustavo Petro said the U.S. had made a \"real threat\". \
“It’s not acceptable,” he told reporters on Jan. 5, adding: ‘We will respond.’\n\
ICE has deported 605,000 people — 67.7% more than in 2004-05 — at a cost of $3.9bn (£2.9bn).\n\n\
- Dr. J. Smith, 37, said: «Non».\r\nHEADLINE IN CAPS\r";

#[test]
fn news_in_every_line_ending() {
    for text in [
        NEWS.to_string(),
        NEWS.replace("\r\n", "\n"),
        NEWS.replace('\n', "\r\n"),
        NEWS.replace('\n', "\r"),
        NEWS.replace('\n', " "),
    ] {
        analyze_and_check(&text);
        analyze_and_check(&text.to_uppercase());
        analyze_and_check(&text.to_lowercase());
    }
}

#[test]
fn crlf_and_lone_cr_split_like_lf() {
    let lf = "Headline Without A Period\nPetro said it was real.\nhard-wrapped line\ncontinues here.\n\nNew paragraph\n- bullet one\n- bullet two";
    let shape = |t: &str| {
        let d = presswork::analyze(t);
        d.sentences
            .iter()
            .map(|s| {
                d.tokens[s.token_start..s.token_end]
                    .iter()
                    .map(|x| x.span.text(t).to_string())
                    .collect::<Vec<_>>()
            })
            .collect::<Vec<_>>()
    };
    let expected = shape(lf);
    assert!(expected.len() >= 5);
    assert_eq!(shape(&lf.replace('\n', "\r\n")), expected);
    assert_eq!(shape(&lf.replace('\n', "\r")), expected);
}

#[test]
fn one_long_line() {
    analyze_and_check(&repeat_to(&NEWS.replace(['\n', '\r'], " "), 512 * KB));
}

#[test]
fn one_character_repeated() {
    for unit in [
        "\"", "'", "“", "”", "‘", "’", "„", "‚", "«", "»", "‹", "›", "「", "」", "`", "7", ".",
        "-", "—", "…", "?", "!", "$", "%", "@", "#", "&", "*", "•", "(", ")", "a", "A", "中", "😀",
        "\u{301}", "\u{200D}", "\u{FE0F}", "\u{FFFD}", "\u{0}", "\u{85}", "\u{2028}", "\u{FEFF}",
        " ", "\n", "\r", "\r\n",
    ] {
        analyze_and_check(&repeat_to(unit, 64 * KB));
        let spaced = format!("{unit} ");
        analyze_and_check(&repeat_to(&spaced, 64 * KB));
    }
}

#[test]
fn only_quote_marks_are_quote_tokens() {
    for mark in ["\"", "“", "”", "«", "»", "„"] {
        let text = repeat_to(mark, 16 * KB);
        let doc = presswork::analyze(&text);
        assert!(
            doc.tokens.iter().all(|t| t.kind == TokenKind::Quote),
            "{mark}"
        );
        assert_eq!(doc.sentences.len(), 1);
    }
}

#[test]
fn only_digits_is_one_number_token() {
    let text = "7".repeat(256 * KB);
    let doc = presswork::analyze(&text);
    assert_eq!(doc.tokens.len(), 1);
    assert_eq!(doc.tokens[0].kind, TokenKind::Number);
    common::check(&text, &doc).unwrap();
}

#[test]
fn unbalanced_opening_quotes() {
    for open in ["“", "\"", "‘", "'", "«", "„"] {
        let text = format!("{open}It is a real threat, he said. ").repeat(10_000);
        let doc = presswork::analyze(&text);
        common::check(&text, &doc).unwrap();
        assert!(
            doc.sentences.len() >= 10_000,
            "{open}: {} sentences",
            doc.sentences.len()
        );
    }
}

#[test]
fn deeply_nested_quotes() {
    for depth in [1, 10, 1_000, 20_000] {
        let text = format!(
            "He said {}no{}. Then he left.",
            "“she said ‘".repeat(depth),
            "’”".repeat(depth)
        );
        analyze_and_check(&text);
        let text = format!("{}x{}", "“‘".repeat(depth), "’”".repeat(depth));
        analyze_and_check(&text);
    }
}

#[test]
fn other_scripts_and_mixed() {
    for text in [
        "Президент Густаво Петро заявил: «Это реальная угроза». В 2025 году депортировано 605 000 человек.",
        "佩特罗总统说：“这是真正的威胁。”美国驱逐了605,000人。東京都は「はい」と言った。",
        "قال الرئيس غوستافو بيترو: «هذا تهديد حقيقي». تم ترحيل ٦٠٥٠٠٠ شخص في عام ٢٠٢٥.",
        "राष्ट्रपति ने कहा, “यह एक वास्तविक खतरा है।” २०२५ में ६०५००० लोग।",
        "ประธานาธิบดีกล่าวว่า “นี่คือภัยคุกคามที่แท้จริง” ในปี 2025",
        "Petro说Путин قال 東京Tokyo مرحباhello 123четыре “混合” «смесь»",
    ] {
        analyze_and_check(text);
        analyze_and_check(&repeat_to(&format!("{text} "), 64 * KB));
    }
}

#[test]
fn emoji_zwj_and_combining_marks() {
    let family = "👨\u{200D}👩\u{200D}👧\u{200D}👦";
    let text = format!("Petro posted {family} 👍🏽 🏳️\u{200D}🌈 🇺🇸🇨🇴 1️⃣ 🧑🏾\u{200D}💻 today.");
    let doc = presswork::analyze(&text);
    common::check(&text, &doc).unwrap();
    assert!(doc
        .tokens
        .iter()
        .any(|t| t.span.text(&text) == family && t.kind == TokenKind::Emoji));
    for unit in [
        family,
        "\u{200D}👩",
        "🇺",
        "🏽",
        "a\u{301}\u{302}\u{303}",
        "\u{301}",
        "Z\u{336}\u{336}\u{336}",
    ] {
        analyze_and_check(&repeat_to(unit, 32 * KB));
    }
    analyze_and_check(&format!("e{}", "\u{301}".repeat(50_000)));
}

#[test]
fn nul_and_control_characters() {
    let text = "Petro\u{0}said\u{7}it\u{1B}was\u{7F}a\u{85}real\u{C}threat.";
    let doc = presswork::analyze(text);
    common::check(text, &doc).unwrap();
    let words: Vec<&str> = doc.tokens.iter().map(|t| t.span.text(text)).collect();
    assert_eq!(
        words,
        ["Petro", "said", "it", "was", "a", "real", "threat", "."]
    );
    let controls: String = (0u32..0x20)
        .chain(0x7F..0xA0)
        .filter_map(char::from_u32)
        .collect();
    analyze_and_check(&format!("word{controls}").repeat(2_000));
}

#[test]
fn lossy_decoded_invalid_utf8() {
    let bytes: Vec<u8> = (0u8..=255)
        .chain(
            b"Petro \xff\xfe said \xed\xa0\x80 \xf0\x9f\x98 no \xc3"
                .iter()
                .copied(),
        )
        .collect();
    analyze_and_check(&String::from_utf8_lossy(&bytes));
    analyze_and_check(&String::from_utf8_lossy(&bytes.repeat(200)));
}

// ---- known bugs: reproducers -------------------------------------------------------------

/// CPU seconds of this thread: the machine is shared, and wall time would measure the
/// neighbours.
fn thread_cpu() -> f64 {
    cpu_time::ThreadTime::now().as_duration().as_secs_f64()
}

/// CPU seconds to analyse `unit` repeated to `n` bytes (best of three).
fn secs(unit: &str, n: usize) -> f64 {
    secs_on(&repeat_to(unit, n))
}

fn secs_on(text: &str) -> f64 {
    (0..3)
        .map(|_| {
            let t = thread_cpu();
            std::hint::black_box(presswork::analyze(text));
            thread_cpu() - t
        })
        .fold(f64::INFINITY, f64::min)
}

/// Quadrupling the input must cost at most ~8× (quadratic work costs 16×), unless the larger
/// run is fast anyway.
fn assert_linear(unit: &str) {
    let (small, big) = (secs(unit, 16 * KB), secs(unit, 64 * KB));
    assert!(
        big < 0.1 || big / small.max(1e-3) < 8.0,
        "{unit:?}: 16 KB {small:.3}s → 64 KB {big:.3}s"
    );
}

#[test]
fn linear_on_ordinary_shapes() {
    for unit in [
        "The U.S. said 605,000 people. ",
        "“It’s real,” he said. ",
        "7",
        "\"",
        "“",
        ".",
        "a",
        "ab-",
        "😀",
    ] {
        assert_linear(unit);
    }
}

#[test]
// Was a bug (fixed in main 114a9dc): Scanner::email_end rescanned the chunk at every token.
fn bug_email_end_is_quadratic() {
    assert_linear("1+");
    assert_linear("ab--");
}

#[test]
// Was a bug (fixed in main): Scanner::domain_end walked every following label to the chunk end.
fn bug_domain_end_is_quadratic() {
    assert_linear("News.");
}

#[test]
// Was a bug (fixed in 437f40e): every quotation walked back over all the quote marks that
// lead its sentence to find the subject, so a sentence made only of marks of every style was
// quadratic in the quote stage (128 s at 4 MB).
fn bug_sentence_subject_walks_a_sentence_of_marks() {
    assert_linear("\"'“”‘’„‚«»‹›「」");
}

#[test]
// Was a bug (fixed in session 4): a closing mark looked for an opener of its style through the
// whole stack of open marks, so closers under a deep stack of another style were quadratic
// (“ × 80,000 then ’ × 80,000: 2.7 s).
fn bug_stray_closers_scan_the_open_stack() {
    for (open, close) in [("“", "’"), ("‘", "”"), ("«", "›")] {
        let text = |n: usize| open.repeat(n) + &close.repeat(n);
        let (small, big) = (secs_on(&text(20_000)), secs_on(&text(80_000)));
        assert!(
            big < 0.1 || big / small.max(1e-3) < 8.0,
            "{open}{close}: 20,000 {small:.3}s → 80,000 {big:.3}s"
        );
    }
}

#[test]
// Was a bug (fixed in session 22 before it shipped): `dash_after_end` read back to its
// sentence's start for an opening mark at every `." -` of a sentence of stray closers (1 MB:
// 7 s in release).
fn bug_dash_attribution_reads_back_a_sentence_of_stray_closers() {
    assert_linear("no.\" - the crowd ");
    assert_linear("no.\" - exchange ");
}

/// `n` people who share a surname, each quoted by surname alone/// `n` people who share a surname, each quoted by surname alone: "Jab Smith met them. “Yes,”
/// Smith said." Every full name is a new entity under "Smith".
fn namesakes(n: usize) -> String {
    let first = |mut i: usize| {
        let mut name = String::from("J");
        for _ in 0..4 {
            name.push((b'a' + (i % 26) as u8) as char);
            i /= 26;
        }
        name
    };
    // A first line of its own: the opening line of a document may be its title.
    let units = (0..n).map(|i| format!("{} Smith met them. “Yes,” Smith said.\n\n", first(i)));
    std::iter::once("Talks went on.\n\n".to_string())
        .chain(units)
        .collect()
}

#[test]
// Was a bug (session 5): resolving a surname to the person mentioned last checked each recent
// mention against the list of every entity with that surname, which grows with the document.
fn bug_surname_resolution_scans_every_namesake() {
    let text = namesakes(3);
    let doc = presswork::analyze(&text);
    assert_eq!(
        doc.quotes
            .iter()
            .filter_map(|q| q.speaker.as_deref())
            .collect::<Vec<_>>(),
        ["Jaaaa Smith", "Jbaaa Smith", "Jcaaa Smith"]
    );
    let (small, big) = (secs_on(&namesakes(20_000)), secs_on(&namesakes(80_000)));
    assert!(
        big < 0.1 || big / small.max(1e-3) < 8.0,
        "20,000 namesakes {small:.3}s → 80,000 {big:.3}s"
    );
}

#[test]
// Was a bug (fixed in main c9e894b): quote content kept a stray mark at its edge.
fn bug_quote_content_keeps_a_mark_at_its_edge() {
    for text in ["\"'", "„‘", "““J.", "“Its oui»\n"] {
        let doc = presswork::analyze(text);
        if let Err(e) = common::check_with(text, &doc, true) {
            panic!("{text:?}: {e}");
        }
    }
}

#[test]
// Was a bug: an indirect clause ran on through a stray ' mark ("he belmpire'").
fn quote_content_ends_before_a_stray_single_mark() {
    let path = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/tests/data/fuzz_regressions/analyze_utf8/d0967a155c72cc6ff27b762311694037805281ce"
    );
    let text = std::fs::read_to_string(path).unwrap();
    let doc = presswork::analyze(&text);
    common::check_with(&text, &doc, true).unwrap();
}

/// News text from the repository: the five seed articles, repeated to at least `bytes`.
fn seed_news(bytes: usize) -> String {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data/seeds");
    let mut paths: Vec<_> = std::fs::read_dir(dir)
        .expect("tests/data/seeds")
        .map(|e| e.expect("readable entry").path())
        .collect();
    paths.sort();
    let articles: Vec<String> = paths
        .iter()
        .map(|p| std::fs::read_to_string(p).expect("a seed article"))
        .collect();
    assert!(!articles.is_empty());
    let mut out = String::new();
    while out.len() < bytes {
        for a in &articles {
            out.push_str(a);
            out.push_str("\n\n");
        }
    }
    out
}

#[test]
// Was a bug (fixed in main c9e894b): the quote stage was super-linear on all-caps news.
// CPU-time based, so not in the default run.
#[ignore = "timing regression check for a fixed bug; run with --release -- --ignored"]
fn bug_quote_stage_superlinear_on_all_caps_news() {
    let caps = seed_news(4 << 20).to_uppercase();
    let cut = |n: usize| {
        let mut n = n.min(caps.len());
        while !caps.is_char_boundary(n) {
            n -= 1;
        }
        &caps[..n]
    };
    let time = |t: &str| {
        let c = thread_cpu();
        std::hint::black_box(presswork::analyze(t));
        thread_cpu() - c
    };
    let (small, big) = (time(cut(1 << 20)), time(cut(4 << 20)));
    eprintln!("ratio {:.2}", big / small);
    assert!(
        big / small < 4.8,
        "all-caps news: 1 MB {small:.3}s → 4 MB {big:.3}s ({:.1}×)",
        big / small
    );
}
