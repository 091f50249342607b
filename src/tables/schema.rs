//! The batch tables' schema, declared once.
//!
//! Every table built by the builders (`arrow.rs`, feature `arrow`) is checked against this
//! declaration, and Python reads it (`_native.schema()`) to fix the pandas dtypes, write the
//! functions' docstrings and generate the column reference of the documentation. A column
//! added or changed here is therefore changed everywhere, and a builder that disagrees with it
//! is an error, not a silently different table.

#[cfg(feature = "arrow")]
use std::sync::Arc;

#[cfg(feature = "arrow")]
use arrow_schema::{DataType, Field, Schema};

#[cfg(feature = "arrow")]
use super::Table;

/// The storage of a column, as Arrow carries it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Dtype {
    /// `int64`: the `doc` column (input positions; the Python layer puts labels there).
    Doc,
    /// `int32`: offsets, positions and sentence numbers.
    Int32,
    /// `float64`: values.
    Float64,
    /// `bool`.
    Bool,
    /// `large_string`.
    Str,
    /// `dictionary<uint8, string>`: a closed set of kinds (a pandas categorical).
    Category,
}

impl Dtype {
    /// The Arrow type the column is built with.
    #[cfg(feature = "arrow")]
    pub fn arrow(self) -> DataType {
        match self {
            Dtype::Doc => DataType::Int64,
            Dtype::Int32 => DataType::Int32,
            Dtype::Float64 => DataType::Float64,
            Dtype::Bool => DataType::Boolean,
            Dtype::Str => DataType::LargeUtf8,
            Dtype::Category => {
                DataType::Dictionary(Box::new(DataType::UInt8), Box::new(DataType::Utf8))
            }
        }
    }

    /// The name Python reads (`_native.schema()`).
    pub fn name(self) -> &'static str {
        match self {
            Dtype::Doc => "doc",
            Dtype::Int32 => "int32",
            Dtype::Float64 => "float64",
            Dtype::Bool => "bool",
            Dtype::Str => "str",
            Dtype::Category => "category",
        }
    }
}

/// One column: its name, storage, whether it can be missing, what it means, an example.
pub struct Column {
    pub name: &'static str,
    pub dtype: Dtype,
    /// Missing values possible (null in Arrow, `<NA>`/NaN in pandas).
    pub nullable: bool,
    pub about: &'static str,
    pub example: &'static str,
}

const fn col(
    name: &'static str,
    dtype: Dtype,
    nullable: bool,
    about: &'static str,
    example: &'static str,
) -> Column {
    Column {
        name,
        dtype,
        nullable,
        about,
        example,
    }
}

const DOC: Column = col(
    "doc",
    Dtype::Doc,
    false,
    "The document the row comes from: the input Series' index label (with the index's dtype), \
     or the input position (int64) for any other input.",
    "`'000_4bf8.txt'`, `17`",
);
const START: Column = col(
    "start",
    Dtype::Int32,
    false,
    "Start of the span in the document, a Python `str` index: `text[start:end] == row.text`.",
    "`173`",
);
const END: Column = col(
    "end",
    Dtype::Int32,
    false,
    "End of the span (exclusive), a Python `str` index.",
    "`181`",
);

/// `(table, columns)` for every batch table, in the order of [`Table::ALL`](super::Table::ALL),
/// columns in order.
pub static TABLES: [(&str, &[Column]); 4] = [
    (
        "tokens",
        &[
            DOC,
            START,
            END,
            col(
                "text",
                Dtype::Str,
                false,
                "The token as written.",
                "`'605,000'`",
            ),
            col(
                "kind",
                Dtype::Category,
                false,
                "What the token is: one of `presswork.TOKEN_KINDS` (word, number, punct, \
                 quote, currency, symbol, url, email, mention, hashtag, emoji, bullet).",
                "`'number'`",
            ),
            col(
                "norm",
                Dtype::Str,
                false,
                "NFKC form with curly quotes and apostrophes folded to `'`/`\"` and dashes to \
                 `-`; equal to `text` for most tokens.",
                "`\"'s\"` for `’s`",
            ),
            col(
                "sentence",
                Dtype::Int32,
                false,
                "Number of the token's sentence in its document, from 0 (the row of the \
                 sentence table of that document, in order).",
                "`3`",
            ),
        ],
    ),
    (
        "sentences",
        &[
            DOC,
            START,
            END,
            col(
                "text",
                Dtype::Str,
                false,
                "The sentence as written, line breaks included.",
                "`'ICE has deported 605,000 people.'`",
            ),
        ],
    ),
    (
        "quotes",
        &[
            DOC,
            START,
            END,
            col(
                "text",
                Dtype::Str,
                false,
                "What is quoted, without the quotation marks.",
                "`'a real threat'`",
            ),
            col(
                "type",
                Dtype::Category,
                false,
                "`quote` (a full utterance in quotation marks), `partial` (a fragment worked \
                 into the reporter's sentence), `term` (scare quotes or a name: nobody \
                 speaks), `title` (a work or a headline), `indirect` (reported speech \
                 without marks).",
                "`'partial'`",
            ),
            col(
                "speaker",
                Dtype::Str,
                true,
                "Who said it, resolved within the document to the fullest name it gives \
                 (\"he\" and \"Petro\" become \"Gustavo Petro\"). Missing when no speaker is \
                 found, and for `term` and `title`.",
                "`'Gustavo Petro'`",
            ),
            col(
                "speaker_type",
                Dtype::Str,
                true,
                "What the speaker is: `person`, `organisation`, `role` (a description never \
                 resolved to a name: a spokesman, analysts) or `unresolved` (a pronoun with no \
                 antecedent). Missing when there is no speaker mention.",
                "`'person'`",
            ),
            col(
                "speaker_mention",
                Dtype::Str,
                true,
                "The words the attribution hangs on, as written near the quote (a pronoun, \
                 a surname, a description). Missing when `speaker` is.",
                "`'he'`",
            ),
            col(
                "speaker_start",
                Dtype::Int32,
                true,
                "Start of `speaker_mention` in the document. Missing when it is.",
                "`212`",
            ),
            col(
                "speaker_end",
                Dtype::Int32,
                true,
                "End of `speaker_mention` (exclusive). Missing when it is.",
                "`214`",
            ),
            col(
                "cue",
                Dtype::Str,
                true,
                "The verb or phrase that attributes the quote. Missing when none is found.",
                "`'said'`, `'according to'`",
            ),
            col(
                "cue_start",
                Dtype::Int32,
                true,
                "Start of `cue` in the document. Missing when it is.",
                "`215`",
            ),
            col(
                "cue_end",
                Dtype::Int32,
                true,
                "End of `cue` (exclusive). Missing when it is.",
                "`219`",
            ),
            col(
                "cue_kind",
                Dtype::Str,
                true,
                "What the cue reports: `speech` (said, told), `thought` (believes, fears) or \
                 `document` (the report shows). Missing when there is no cue.",
                "`'speech'`",
            ),
        ],
    ),
    (
        "numbers",
        &[
            DOC,
            START,
            END,
            col(
                "text",
                Dtype::Str,
                false,
                "The figure as written, with its currency sign, scale word and unit; \
                 without the qualifier.",
                "`'$14 billion'`",
            ),
            col(
                "value",
                Dtype::Float64,
                true,
                "The normalized value: money in the currency's main unit, percents as \
                 written (5% → 5.0), a range's midpoint, a year's number, a clock time's hour \
                 (3:30pm → 15.5). Missing for a date (see `date`) and for a figure that has \
                 none (a score).",
                "`1.4e10`",
            ),
            col(
                "kind",
                Dtype::Category,
                false,
                "What the figure expresses: one of `presswork.NUMBER_KINDS`.",
                "`'money'`",
            ),
            col(
                "unit",
                Dtype::Str,
                true,
                "ISO 4217 code for money, `%` for percent, `percentage point` for points, a singular unit lemma, \
                 a rate's unit with its denominator. Missing for plain counts.",
                "`'USD'`, `'tonne'`, `'barrel per day'`",
            ),
            col(
                "noun",
                Dtype::Str,
                true,
                "The singular lemma of the head noun of what is counted or measured (22 \
                 goals → goal), so rows group by it. Missing when none is found.",
                "`'people'`, `'goal'`",
            ),
            col(
                "verb",
                Dtype::Str,
                true,
                "The verb the figure is an argument of. Missing when none is found.",
                "`'deported'`",
            ),
            col(
                "approx",
                Dtype::Bool,
                false,
                "True when the qualifier approximates (about, more than, nearly).",
                "`True`",
            ),
            col(
                "qualifier",
                Dtype::Str,
                true,
                "The qualifier as written just before the figure. Missing when none.",
                "`'approximately'`",
            ),
            col(
                "low",
                Dtype::Float64,
                true,
                "Lower bound: of a range, or set by a qualifier (more than 30 → 30). \
                 Missing otherwise.",
                "`40.0`",
            ),
            col(
                "high",
                Dtype::Float64,
                true,
                "Upper bound: of a range, or set by a qualifier (up to 30 → 30). \
                 Missing otherwise.",
                "`55.0`",
            ),
            col(
                "date",
                Dtype::Str,
                true,
                "A date or year as ISO 8601, partial where the text is: `2025`, \
                 `2025-11`, `--11-09` (no year), `2024-12-25`. Missing for other figures.",
                "`'2025-11-09'`",
            ),
        ],
    ),
];

/// The columns the across-articles functions add or return (`pw.match_quotes`,
/// `pw.quote_clusters`, `pw.match_speakers`, `pw.match_numbers`): `match_*` tables list the
/// columns added to the caller's rows, `quote_clusters` is a table of its own.
pub static ACROSS: [(&str, &[Column]); 4] = [
    (
        "match_quotes",
        &[
            col(
                "quote_id",
                Dtype::Str,
                true,
                "The quotation's cluster across documents: rows that report the same words \
                 (whatever the marks, case, apostrophes, accents and British or American \
                 spelling), or a contiguous cut of at least 4 of the words of the cluster's \
                 canonical quotation, share it. The same in any row order and under \
                 `presswork.dask`. Missing for a quotation of fewer than 2 words.",
                "`'q3b2c0e9f1a4d5c67'`",
            ),
            col(
                "cut_start",
                Dtype::Int32,
                true,
                "For a row that quotes a shorter cut of its cluster's canonical text \
                 (`quote_clusters`' `text`): where the shared words start in that text, a \
                 `str` index. Missing for a row that quotes it in full.",
                "`87`",
            ),
            col(
                "cut_end",
                Dtype::Int32,
                true,
                "End of the shared words in the canonical text (exclusive). Missing when \
                 `cut_start` is.",
                "`110`",
            ),
        ],
    ),
    (
        "quote_clusters",
        &[
            col(
                "quote_id",
                Dtype::Str,
                false,
                "The cluster, as in `match_quotes`.",
                "`'q3b2c0e9f1a4d5c67'`",
            ),
            col(
                "text",
                Dtype::Str,
                false,
                "The canonical text: the longest quotation of the cluster, as one of its rows \
                 writes it (the smallest such text, so the choice does not depend on row \
                 order).",
                "`'Instead of a United States dominating the world…'`",
            ),
            col(
                "speaker",
                Dtype::Str,
                true,
                "The speaker its rows name most often (ties: the smallest name). Missing when \
                 no row names one.",
                "`'Gustavo Petro'`",
            ),
            col(
                "n_docs",
                Dtype::Int32,
                false,
                "Documents that carry the quotation.",
                "`2`",
            ),
            col("n_rows", Dtype::Int32, false, "Rows in the cluster.", "`3`"),
            col(
                "first_doc",
                Dtype::Doc,
                false,
                "The smallest `doc` label among its rows (the earliest, when labels are dates \
                 or sort by date).",
                "`'000_4bf8.txt'`",
            ),
            col(
                "last_doc",
                Dtype::Doc,
                false,
                "The largest `doc` label among its rows.",
                "`'001_ed13.txt'`",
            ),
        ],
    ),
    (
        "match_speakers",
        &[
            col(
                "speaker_id",
                Dtype::Str,
                true,
                "One person or organisation across documents: a surname or title form \
                 (\"Petro\", \"President Petro\") joins the full name when the corpus makes it \
                 clear; two full names with one surname stay apart. Missing for roles, \
                 unresolved mentions and rows without a speaker.",
                "`'s5e0c2d1b7a9f3e41'`",
            ),
            col(
                "speaker_name",
                Dtype::Str,
                true,
                "The speaker's canonical name: the full form written most often. Missing when \
                 `speaker_id` is.",
                "`'Gustavo Petro'`",
            ),
        ],
    ),
    (
        "match_numbers",
        &[
            col(
                "fact_id",
                Dtype::Str,
                true,
                "Figures that report the same fact: same kind, unit or currency, counted \
                 noun, governing verb (and date window, when dates are given). Missing for a \
                 figure without a value, a noun or a verb, and for dates, years, times, \
                 ordinals and scores.",
                "`'f1d0a6b2c3e4f5a69'`",
            ),
            col(
                "disagrees",
                Dtype::Bool,
                false,
                "True when the value differs from the fact's median value beyond \
                 rounding (605,000 and about 600,000 agree; 605,000 and 350,000 do not; the \
                 rule is in docs/across.md). False without a fact.",
                "`True`",
            ),
        ],
    ),
];

/// The Arrow schema `table` is built with (the `doc` column holds positions).
#[cfg(feature = "arrow")]
pub fn arrow_schema(table: Table) -> Arc<Schema> {
    let fields: Vec<Field> = table
        .columns()
        .iter()
        .map(|c| Field::new(c.name, c.dtype.arrow(), c.nullable))
        .collect();
    Arc::new(Schema::new(fields))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_table_opens_with_doc_start_end_text() {
        for (table, columns) in &TABLES {
            let names: Vec<_> = columns.iter().take(4).map(|c| c.name).collect();
            assert_eq!(names, ["doc", "start", "end", "text"], "{table}");
        }
    }
}
