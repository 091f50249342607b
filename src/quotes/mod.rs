//! Stage 3: tokens + sentences → quotations with their speakers.
//!
//! (Implementation lands with the quote-attribution issue; this module fixes the data model.)

use serde::Serialize;

use crate::sentences::Sentence;
use crate::span::Span;
use crate::tokenize::Token;

/// What a quoted span is, following the gold guidelines.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum QuoteType {
    /// A complete utterance or finite clause in quotation marks.
    Quote,
    /// A fragment in quotation marks worked into the reporter's sentence.
    Partial,
    /// Scare quotes, a name or a label: nobody's words are reported.
    Term,
    /// The title of a work or a headline.
    Title,
    /// Reported speech without quotation marks ("X said that …").
    Indirect,
}

impl QuoteType {
    pub const ALL: [QuoteType; 5] = [QuoteType::Quote, QuoteType::Partial, QuoteType::Term, QuoteType::Title, QuoteType::Indirect];

    pub fn as_str(self) -> &'static str {
        match self {
            QuoteType::Quote => "quote",
            QuoteType::Partial => "partial",
            QuoteType::Term => "term",
            QuoteType::Title => "title",
            QuoteType::Indirect => "indirect",
        }
    }
}

/// One quotation: the content span (marks excluded), its type, and who said it.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Quote {
    pub span: Span,
    pub kind: QuoteType,
    /// The canonical name of the speaker, resolved within the document.
    pub speaker: Option<String>,
    /// The mention the attribution hangs on ("he", "Petro", "A Colombian official").
    pub speaker_mention: Option<Span>,
    /// The cue verb or phrase ("said", "according to").
    pub cue: Option<Span>,
}

/// Finds the quotations in a tokenized, sentence-split text.
pub fn extract(_text: &str, _tokens: &[Token], _sentences: &[Sentence]) -> Vec<Quote> {
    Vec::new()
}
