//! The form rules one at a time: each invented case is typed as written with every rule on,
//! and comes out differently with its own rule switched off, so no rule is dead.

use super::*;
use crate::quotes::attribution::tests::with_first_quote;
use crate::quotes::syntax::NpKind;

/// The type of the first outermost quotation of `text` under `rules`, with its attribution
/// read after the quotation, else before it.
fn first_kind(text: &str, rules: &[FormRule]) -> QuoteType {
    with_first_quote(text, |att, m, next_open| {
        let floor = att.before_floor(m.open(), None);
        let found = att
            .after(m, next_open)
            .or_else(|| att.before(floor, m.open()));
        let sentence = att.ctx.tokens[m.open()].sentence as usize;
        let sentence_start = att.sentences[sentence].token_start;
        // With no cue, the sentence's subject (share rule `sentence_subject`).
        let found = found.or_else(|| {
            att.sentence_subject(sentence_start, m.open())
                .filter(|np| np.kind != NpKind::Common && np.end <= m.open())
                .map(|np| Found {
                    np,
                    cue: None,
                    how: How::Fallback,
                })
        });
        classify_with(att.ctx, m, found.as_ref(), sentence_start, rules)
    })
}

/// One invented case per form rule: the rule, the text, the type of its first quotation.
const FORM_CASES: &[(&str, &str, QuoteType)] = &[
    (
        "title_marker",
        "She read the book \"Harbour Lights\" twice.",
        QuoteType::Title,
    ),
    (
        "stage_direction",
        "The hearing went on.\n\n\"(Laughter and applause from the gallery.)\"",
        QuoteType::Term,
    ),
    (
        "nickname",
        "Ann \"Big Annie\" Cole said the harbour was lost.",
        QuoteType::Term,
    ),
    (
        "title_after_preposition",
        "Ann Cole told \"Morning Harbour\" on Monday that she would run.",
        QuoteType::Title,
    ),
    (
        "title_after_determiner",
        "The \"War On Drugs\" failed, the report found.",
        QuoteType::Title,
    ),
    (
        "title_after_work_role",
        "Ann Cole, the author of \"Harbour Lights,\" said the port would recover.",
        QuoteType::Title,
    ),
    (
        "title_after_dash",
        "The party called a referendum — \"No to Free Harbours\" — for June.",
        QuoteType::Title,
    ),
    (
        "crosshead",
        "The harbour closed.\n\n\"All Bets Are Off.\"\n\nThe mayor spoke.",
        QuoteType::Title,
    ),
    (
        "attributed_label",
        "The mayor claimed the ferry was known as the \"harbour bus\" in town.",
        QuoteType::Partial,
    ),
    (
        "so_called",
        "The so-called \"tax on every harbour boat\" was dropped.",
        QuoteType::Term,
    ),
    (
        "modifies_own_speaker",
        "The \"tax the boats\" campaign said on Monday that it would sue.",
        QuoteType::Term,
    ),
    (
        "modifies_noun",
        "Ann Cole backed a \"tax the boats\" approach on Monday.",
        QuoteType::Term,
    ),
    (
        "label_opens_sentence",
        "\"Orange is the New Harbour\" star Ann Cole opened up about her year.",
        QuoteType::Term,
    ),
    (
        "mentioning_verb_object",
        "Ann Cole cited her \"harbour debt\" on Monday.",
        QuoteType::Partial,
    ),
    (
        "characterised_by_subject",
        "Ann Cole banks on presenting herself as a \"reformer\" this year.",
        QuoteType::Partial,
    ),
    (
        "weak_fragment",
        "They opened a \"philanthropub\" on the harbour.",
        QuoteType::Term,
    ),
];

#[test]
fn every_form_rule_decides_its_case() {
    use QuoteType::{Partial, Quote};
    let cases = FORM_CASES;
    for rule in FORM_RULES {
        assert!(!rule.doc.is_empty(), "rule {} has no doc", rule.name);
        let own: Vec<_> = cases.iter().filter(|c| c.0 == rule.name).collect();
        assert!(!own.is_empty(), "rule {} has no case", rule.name);
        let without: Vec<FormRule> = FORM_RULES
            .iter()
            .filter(|r| r.name != rule.name)
            .copied()
            .collect();
        for (name, text, expected) in own {
            assert_eq!(first_kind(text, FORM_RULES), *expected, "{name}: {text:?}");
            assert_ne!(
                first_kind(text, &without),
                *expected,
                "{name} switched off changes nothing: {text:?}"
            );
        }
    }
    for c in cases {
        assert!(
            FORM_RULES.iter().any(|r| r.name == c.0),
            "unknown rule {}",
            c.0
        );
    }
    // No rule decides: a clause is a quote, a fragment in the reporter's sentence a partial.
    let clause = "Ann Cole said, \"We will rebuild the harbour.\"";
    assert_eq!(first_kind(clause, FORM_RULES), Quote);
    let fragment = "Ann Cole called the plan \"a waste of money and of time\" on Monday.";
    assert_eq!(first_kind(fragment, FORM_RULES), Partial);
}

/// `title_after_dash` needs a noun before the dash, not a cue, and a title-case name.
#[test]
fn title_after_dash_needs_a_noun_and_a_name() {
    let title = "The party called a referendum — \"No to Free Harbours\" — for June.";
    assert_eq!(first_kind(title, FORM_RULES), QuoteType::Title);
    let cue = "Ann Cole replied — \"Not This Time\" — and left the quay.";
    assert_ne!(first_kind(cue, FORM_RULES), QuoteType::Title);
    let words = "The party called a referendum — \"no to free harbours\" — for June.";
    assert_ne!(first_kind(words, FORM_RULES), QuoteType::Title);
}

/// `label_opens_sentence` reads no utterance closed by its own punctuation, nor a quotation
/// set in the sentence after its opening, as a label.
#[test]
fn label_opens_sentence_leaves_utterances() {
    let label = "\"Orange is the New Harbour\" star Ann Cole opened up about her year.";
    assert_eq!(first_kind(label, FORM_RULES), QuoteType::Term);
    let utterance = "\"We will rebuild Cork Harbour!\" chants rang out on the quay.";
    assert_ne!(first_kind(utterance, FORM_RULES), QuoteType::Term);
    let lower_end = "\"I am committed to bringing back the harbour\" sounds great in Cork.";
    assert_ne!(first_kind(lower_end, FORM_RULES), QuoteType::Term);
}

/// `modifies_own_speaker` reads no utterance closed by its comma as a label, though the word
/// after it opens the mention its cue found (`“Q,” came shouts from the crowd`).
#[test]
fn modifies_own_speaker_leaves_a_closed_utterance() {
    let label = "The \"tax the boats\" campaign said on Monday that it would sue.";
    assert_eq!(first_kind(label, FORM_RULES), QuoteType::Term);
    let utterance = "The mayor spoke.\n\n\"Close the port,\" came shouts from the quay.";
    assert_ne!(first_kind(utterance, FORM_RULES), QuoteType::Term);
}
