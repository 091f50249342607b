//! Stage 4: tokens + sentences → numeric expressions.
//!
//! (Implementation lands with the number-extraction issue; this module fixes the data model.)

use serde::Serialize;

use crate::sentences::Sentence;
use crate::span::Span;
use crate::tokenize::Token;

/// What a number expresses.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum NumberKind {
    Cardinal,
    Money,
    Percent,
    /// Percentage points, kept apart from percent.
    Points,
    Quantity,
    Age,
    Ordinal,
    Year,
    Date,
    Duration,
    Fraction,
    Range,
    Time,
    Score,
    Rate,
}

impl NumberKind {
    pub const ALL: [NumberKind; 15] = [
        NumberKind::Cardinal,
        NumberKind::Money,
        NumberKind::Percent,
        NumberKind::Points,
        NumberKind::Quantity,
        NumberKind::Age,
        NumberKind::Ordinal,
        NumberKind::Year,
        NumberKind::Date,
        NumberKind::Duration,
        NumberKind::Fraction,
        NumberKind::Range,
        NumberKind::Time,
        NumberKind::Score,
        NumberKind::Rate,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            NumberKind::Cardinal => "cardinal",
            NumberKind::Money => "money",
            NumberKind::Percent => "percent",
            NumberKind::Points => "points",
            NumberKind::Quantity => "quantity",
            NumberKind::Age => "age",
            NumberKind::Ordinal => "ordinal",
            NumberKind::Year => "year",
            NumberKind::Date => "date",
            NumberKind::Duration => "duration",
            NumberKind::Fraction => "fraction",
            NumberKind::Range => "range",
            NumberKind::Time => "time",
            NumberKind::Score => "score",
            NumberKind::Rate => "rate",
        }
    }
}

/// One numeric expression.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Number {
    /// The expression as written, with currency, scale word and unit; without the qualifier.
    pub span: Span,
    /// The normalized value; `None` only where no value exists.
    pub value: Option<f64>,
    pub kind: NumberKind,
    /// ISO 4217 code for money, "%" for percent, a singular unit lemma, or `None`.
    pub unit: Option<String>,
    /// Head noun of what is counted or measured.
    pub noun: Option<Span>,
    /// The verb the expression is an argument of.
    pub verb: Option<Span>,
    /// True when the qualifier approximates ("about", "more than").
    pub approx: bool,
    /// The qualifier as written just before the expression.
    pub qualifier: Option<Span>,
    /// Bounds of a range.
    pub low: Option<f64>,
    pub high: Option<f64>,
}

/// Finds the numeric expressions in a tokenized, sentence-split text.
pub fn extract(_text: &str, _tokens: &[Token], _sentences: &[Sentence]) -> Vec<Number> {
    Vec::new()
}
