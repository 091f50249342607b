//! No function over ~80 lines without a reason written next to it (issue 13, item 2).
//!
//! Reads every `.rs` file under `src/` (formatted by rustfmt), measures each `fn` from its
//! signature to its closing brace, and fails on a function longer than [`MAX_LINES`] unless
//! a comment `// long-function: <reason>` stands in the lines just above its signature, or
//! `tests/data/long_functions.txt` lists it (`path name reason`: the functions not yet split,
//! each with why). A listed function that is no longer long fails too, so the list only shrinks.

mod source_scan;

use std::collections::BTreeMap;

use source_scan::string_end;
use std::path::{Path, PathBuf};

const MAX_LINES: usize = 80;
const MARKER: &str = "// long-function:";

/// A function found in a file: its name, first line (1-based), length in lines, and whether
/// a reason is written above it.
#[derive(Debug)]
struct Function {
    name: String,
    line: usize,
    lines: usize,
    reason_above: bool,
}

/// The source with comments, string and character literals blanked to spaces (newlines kept),
/// so that braces are counted only where they are code.
fn code_only(src: &str) -> String {
    let b = src.as_bytes();
    let mut out = Vec::with_capacity(b.len());
    let mut i = 0;
    let blank = |out: &mut Vec<u8>, s: &[u8]| {
        out.extend(s.iter().map(|&c| if c == b'\n' { b'\n' } else { b' ' }));
    };
    while i < b.len() {
        let rest = &b[i..];
        let end = if rest.starts_with(b"//") {
            i + rest.iter().position(|&c| c == b'\n').unwrap_or(rest.len())
        } else if rest.starts_with(b"/*") {
            block_comment_end(b, i)
        } else if rest.starts_with(b"r\"") || rest.starts_with(b"r#") || rest.starts_with(b"br\"") {
            raw_string_end(b, i).unwrap_or(i + 1)
        } else if rest[0] == b'"' {
            string_end(b, i)
        } else if rest[0] == b'\'' {
            char_end(b, i).unwrap_or(i + 1)
        } else {
            i + 1
        };
        if end == i + 1 && !matches!(rest[0], b'"' | b'\'') {
            out.push(rest[0]);
        } else {
            blank(&mut out, &b[i..end]);
        }
        i = end;
    }
    String::from_utf8_lossy(&out).into_owned()
}

fn block_comment_end(b: &[u8], start: usize) -> usize {
    let (mut depth, mut i) = (0, start);
    while i < b.len() {
        if b[i..].starts_with(b"/*") {
            depth += 1;
            i += 2;
        } else if b[i..].starts_with(b"*/") {
            depth -= 1;
            i += 2;
            if depth == 0 {
                return i;
            }
        } else {
            i += 1;
        }
    }
    b.len()
}

fn raw_string_end(b: &[u8], start: usize) -> Option<usize> {
    // An identifier ending in r (`for"`) is not a raw string.
    if start > 0 && (b[start - 1].is_ascii_alphanumeric() || b[start - 1] == b'_') {
        return None;
    }
    let mut i = start + if b[start] == b'b' { 2 } else { 1 };
    let hashes = b[i..].iter().take_while(|&&c| c == b'#').count();
    i += hashes;
    if b.get(i) != Some(&b'"') {
        return None;
    }
    let close: Vec<u8> = std::iter::once(b'"')
        .chain(std::iter::repeat_n(b'#', hashes))
        .collect();
    let body = i + 1;
    let at = b[body..].windows(close.len()).position(|w| w == close)?;
    Some(body + at + close.len())
}

/// The end of a character literal at `start` (`'{'`, `'\''`, `'\u{2019}'`); `None` for a
/// lifetime (`'a`).
fn char_end(b: &[u8], start: usize) -> Option<usize> {
    let rest = &b[start + 1..];
    if rest.first() == Some(&b'\\') {
        let close = rest[2..].iter().position(|&c| c == b'\'')?;
        return Some(start + 1 + 2 + close + 1);
    }
    let ch = std::str::from_utf8(&rest[..rest.len().min(4)])
        .ok()
        .or_else(|| {
            (1..4)
                .rev()
                .find_map(|n| std::str::from_utf8(&rest[..n]).ok())
        })?
        .chars()
        .next()?;
    let len = ch.len_utf8();
    (rest.get(len) == Some(&b'\'')).then_some(start + 1 + len + 1)
}

/// The name of the function whose signature starts on `line`, if one does.
fn fn_name(line: &str) -> Option<String> {
    let mut words = line.split_whitespace().peekable();
    while let Some(w) = words.next() {
        if w == "fn" {
            let name = words.next()?;
            let end = name
                .find(|c: char| !(c.is_alphanumeric() || c == '_'))
                .unwrap_or(name.len());
            return (end > 0).then(|| name[..end].to_string());
        }
        let modifier = matches!(w, "pub" | "const" | "unsafe" | "async" | "extern")
            || w.starts_with("pub(")
            || w.starts_with('"');
        if !modifier {
            return None;
        }
    }
    None
}

fn functions(src: &str) -> Vec<Function> {
    let code = code_only(src);
    let lines: Vec<&str> = code.lines().collect();
    let raw: Vec<&str> = src.lines().collect();
    let mut out = Vec::new();
    for (k, line) in lines.iter().enumerate() {
        let Some(name) = fn_name(line) else { continue };
        let mut depth = 0usize;
        let mut opened = false;
        let mut end = None;
        'scan: for (j, l) in lines.iter().enumerate().skip(k) {
            for c in l.chars() {
                match c {
                    '{' => {
                        depth += 1;
                        opened = true;
                    }
                    '}' => {
                        depth = depth.saturating_sub(1);
                        if opened && depth == 0 {
                            end = Some(j);
                            break 'scan;
                        }
                    }
                    ';' if !opened => break 'scan,
                    _ => {}
                }
            }
        }
        let Some(end) = end else { continue };
        let above = raw[k.saturating_sub(4)..k].iter();
        out.push(Function {
            name,
            line: k + 1,
            lines: end - k + 1,
            reason_above: above.clone().any(|l| reason_in(l).is_some()),
        });
    }
    out
}

/// The reason written in a `// long-function:` comment, if the line is one with a reason.
fn reason_in(line: &str) -> Option<&str> {
    let at = line.find(MARKER)?;
    Some(line[at + MARKER.len()..].trim()).filter(|r| !r.is_empty())
}

fn rust_files(dir: &Path, out: &mut Vec<PathBuf>) {
    for entry in std::fs::read_dir(dir).expect("readable src/") {
        let path = entry.expect("readable entry").path();
        if path.is_dir() {
            rust_files(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
}

/// `tests/data/long_functions.txt`: (path, name) → reason.
fn listed() -> BTreeMap<(String, String), String> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let text = std::fs::read_to_string(root.join("tests/data/long_functions.txt"))
        .expect("tests/data/long_functions.txt");
    let mut out = BTreeMap::new();
    for line in text.lines().map(str::trim) {
        if line.is_empty() || line.starts_with('#') {
            continue;
        }
        let mut parts = line.splitn(3, char::is_whitespace);
        let (path, name, reason) = (parts.next(), parts.next(), parts.next());
        let (Some(path), Some(name), Some(reason)) = (path, name, reason.map(str::trim)) else {
            panic!("long_functions.txt: `path name reason` expected, got {line:?}");
        };
        assert!(
            !reason.is_empty(),
            "long_functions.txt: no reason for {path} {name}"
        );
        let old = out.insert((path.to_string(), name.to_string()), reason.to_string());
        assert!(
            old.is_none(),
            "long_functions.txt lists {path} {name} twice"
        );
    }
    out
}

#[test]
fn no_long_function_without_a_reason() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut files = Vec::new();
    rust_files(&root.join("src"), &mut files);
    files.sort();
    let listed = listed();
    let mut unexplained = Vec::new();
    let mut long_listed = Vec::new();
    let mut seen = 0;
    for path in &files {
        let rel = path
            .strip_prefix(root)
            .expect("under the root")
            .to_string_lossy()
            .replace('\\', "/");
        let src = std::fs::read_to_string(path).expect("readable source");
        for f in functions(&src) {
            seen += 1;
            if f.lines <= MAX_LINES || f.reason_above {
                continue;
            }
            let key = (rel.clone(), f.name.clone());
            if listed.contains_key(&key) {
                long_listed.push(key);
            } else {
                unexplained.push(format!(
                    "{rel}:{} fn {} ({} lines)",
                    f.line, f.name, f.lines
                ));
            }
        }
    }
    assert!(
        seen > 1000,
        "only {seen} functions found under src/: is the scan broken?"
    );
    assert!(
        unexplained.is_empty(),
        "functions over {MAX_LINES} lines with no `{MARKER} <reason>` above them and not in \
         tests/data/long_functions.txt: split them, or write why they are long:\n{}",
        unexplained.join("\n")
    );
    let stale: Vec<_> = listed
        .keys()
        .filter(|k| !long_listed.contains(k))
        .map(|(p, n)| format!("{p} {n}"))
        .collect();
    assert!(
        stale.is_empty(),
        "listed in tests/data/long_functions.txt but no longer over {MAX_LINES} lines (remove \
         the line):\n{}",
        stale.join("\n")
    );
}

#[test]
fn the_scan_measures_functions_and_skips_literals() {
    let src = "fn short() {\n    let s = \"}{\";\n    let c = '}';\n}\n\
               // long-function: a table of cases\n\
               pub(crate) fn long<'a>(x: &'a str) -> &'a str {\n    /* { */\n    x\n}\n\
               fn decl();\n";
    let fs = functions(src);
    let names: Vec<(&str, usize, bool)> = fs
        .iter()
        .map(|f| (f.name.as_str(), f.lines, f.reason_above))
        .collect();
    assert_eq!(names, [("short", 4, false), ("long", 4, true)]);
    assert_eq!(reason_in("    // long-function:   "), None);
    assert_eq!(
        reason_in("// long-function: one match arm per case"),
        Some("one match arm per case")
    );
    let raw = "fn r() {\n    let s = r#\"}\"#;\n}\n";
    assert_eq!(functions(raw)[0].lines, 3);
}
