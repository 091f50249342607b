//! What a lexicon file may contain, and the check that enforces it.
//!
//! Every file under `data/lexicons/` has a [`Spec`] in [`super::registry`]: whether its keys
//! are compared case-sensitively, whether a key may appear on several lines (a word with
//! several classes), and what each field after the key may hold. [`check`] reports every line
//! that breaks its spec, so a misspelt class, a conflicting duplicate or an entry that the
//! reader would take for a comment fails `cargo test` instead of passing unnoticed.

use std::collections::HashMap;
use std::fmt;

use super::numbered_entries;

/// How keys are compared when looking for duplicates: as the stage that loads the file
/// compares them.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Case {
    /// Keys match as written (`Sr.` and `sr.` are two keys).
    Sensitive,
    /// Keys are folded to lowercase when loaded (`Plc` and `plc` are one key).
    Folded,
}

/// Whether a key may stand on more than one line.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Keys {
    /// One line per key: a second line for the same key is a conflict or a repeat.
    Unique,
    /// A key may repeat with different fields (a word in several classes: `third` is an
    /// ordinal and a fraction); the same fields twice is still a repeat.
    Repeatable,
}

/// What one field after the key may hold.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Field {
    /// One of these class names.
    OneOf(&'static [&'static str]),
    /// A comma-separated list of these tags.
    TagsOf(&'static [&'static str]),
    /// A whole number in this inclusive range.
    Int(i64, i64),
    /// Free text (a canonical form, a lemma, a code).
    Text,
}

/// The shape of one lexicon file.
#[derive(Clone, Copy, Debug)]
pub struct Spec {
    /// The file name under `data/lexicons/`.
    pub name: &'static str,
    /// The file's text (embedded with `include_str!`).
    pub source: &'static str,
    pub case: Case,
    pub keys: Keys,
    /// The fields after the key, in order.
    pub fields: &'static [Field],
    /// How many of `fields` every entry must have; the rest are optional.
    pub required: usize,
}

/// One line that breaks its file's spec.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct LexiconError {
    pub file: &'static str,
    pub line: usize,
    pub message: String,
}

impl fmt::Display for LexiconError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "data/lexicons/{}:{}: {}",
            self.file, self.line, self.message
        )
    }
}

/// Checks a file against its spec and returns every error found (empty when it is clean).
pub fn check(spec: &Spec) -> Vec<LexiconError> {
    let mut errors = Vec::new();
    let mut error = |line: usize, message: String| {
        errors.push(LexiconError {
            file: spec.name,
            line,
            message,
        })
    };
    for (i, raw) in spec.source.lines().enumerate() {
        if let Some(rest) = raw.strip_prefix('#') {
            if rest.starts_with('\t') && !rest.trim().is_empty() {
                error(
                    i + 1,
                    "a line starting with '#' is a comment, but this one has fields: \
                     write the key `#` as `\\#`"
                        .to_string(),
                );
            }
        }
    }
    // Key (as compared) -> (line, fields) of its first occurrences.
    let mut seen: HashMap<String, Vec<(usize, Vec<&str>)>> = HashMap::new();
    for (line, fields) in numbered_entries(spec.source) {
        let extra = &fields[1..];
        if extra.len() < spec.required {
            error(
                line,
                format!(
                    "{} field(s) after the key, {} required",
                    extra.len(),
                    spec.required
                ),
            );
        }
        if extra.len() > spec.fields.len() {
            error(
                line,
                format!(
                    "{} field(s) after the key, at most {}",
                    extra.len(),
                    spec.fields.len()
                ),
            );
        }
        for (value, field) in extra.iter().zip(spec.fields) {
            if let Some(problem) = field_problem(value, field) {
                error(line, problem);
            }
        }
        let key = match spec.case {
            Case::Sensitive => fields[0].to_string(),
            Case::Folded => fields[0].to_lowercase(),
        };
        let earlier = seen.entry(key).or_default();
        for (first, first_fields) in earlier.iter() {
            let same = first_fields[1..] == fields[1..];
            if same {
                error(line, format!("repeats line {first}"));
            } else if spec.keys == Keys::Unique {
                error(
                    line,
                    format!(
                        "key `{}` conflicts with line {first} ({:?} vs {:?})",
                        fields[0],
                        &first_fields[1..],
                        extra
                    ),
                );
            }
        }
        earlier.push((line, fields));
    }
    errors
}

fn field_problem(value: &str, field: &Field) -> Option<String> {
    match field {
        Field::OneOf(names) => {
            (!names.contains(&value)).then(|| format!("unknown class `{value}` (known: {names:?})"))
        }
        Field::TagsOf(names) => value
            .split(',')
            .map(str::trim)
            .find(|tag| !names.contains(tag))
            .map(|tag| format!("unknown tag `{tag}` (known: {names:?})")),
        Field::Int(low, high) => match value.parse::<i64>() {
            Ok(n) if (*low..=*high).contains(&n) => None,
            _ => Some(format!(
                "`{value}` is not a whole number from {low} to {high}"
            )),
        },
        Field::Text => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn spec(source: &'static str, keys: Keys, case: Case) -> Spec {
        Spec {
            name: "test.txt",
            source,
            case,
            keys,
            fields: &[Field::OneOf(&["a", "b"]), Field::Int(1, 12)],
            required: 1,
        }
    }

    fn messages(s: &Spec) -> Vec<String> {
        check(s)
            .into_iter()
            .map(|e| format!("{}: {}", e.line, e.message))
            .collect()
    }

    #[test]
    fn a_clean_file_has_no_errors() {
        let s = spec(
            "# header\nx\ta\ny\tb\t3\n\\#\ta\n",
            Keys::Unique,
            Case::Sensitive,
        );
        assert_eq!(messages(&s), Vec::<String>::new());
    }

    #[test]
    fn rejects_an_entry_read_as_a_comment() {
        let s = spec("#\ta\n", Keys::Unique, Case::Sensitive);
        assert_eq!(messages(&s).len(), 1);
        assert!(messages(&s)[0].starts_with("1: a line starting with '#'"));
    }

    #[test]
    fn rejects_unknown_classes_bad_numbers_and_field_counts() {
        let s = spec(
            "x\tc\ny\ta\t13\nz\nw\ta\t1\textra\n",
            Keys::Unique,
            Case::Sensitive,
        );
        let m = messages(&s);
        assert!(m[0].starts_with("1: unknown class `c`"), "{m:?}");
        assert!(m[1].starts_with("2: `13` is not a whole number"), "{m:?}");
        assert!(
            m[2].starts_with("3: 0 field(s) after the key, 1 required"),
            "{m:?}"
        );
        assert!(
            m[3].starts_with("4: 3 field(s) after the key, at most 2"),
            "{m:?}"
        );
        assert_eq!(m.len(), 4);
    }

    #[test]
    fn duplicates_follow_the_case_and_key_rules() {
        let src = "Sr.\ta\nsr.\tb\nSr.\tb\nSr.\ta\n";
        let sensitive = messages(&spec(src, Keys::Unique, Case::Sensitive));
        assert_eq!(sensitive.len(), 3, "{sensitive:?}"); // line 3 conflicts; line 4 conflicts and repeats
        assert!(sensitive[0].starts_with("3: key `Sr.` conflicts with line 1"));
        let folded = messages(&spec(src, Keys::Repeatable, Case::Folded));
        assert_eq!(folded, vec!["3: repeats line 2", "4: repeats line 1"]);
    }

    #[test]
    fn tags_are_checked_one_by_one() {
        let s = Spec {
            fields: &[Field::TagsOf(&["object", "after"])],
            ..spec(
                "x\tobject,after\ny\tobject, aftr\n",
                Keys::Unique,
                Case::Folded,
            )
        };
        let m = messages(&s);
        assert_eq!(m.len(), 1);
        assert!(m[0].starts_with("2: unknown tag `aftr`"));
    }
}
