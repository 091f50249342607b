//! The attribution shapes one at a time: each invented case is decided as written with every
//! shape on, and comes out differently with its own shape switched off, so no shape is dead.

use super::*;
use crate::quotes::marks;

/// Builds the attributor for `text` and hands it the first outermost quotation and where the
/// next one opens (also the setup of the quote-type rule tests).
pub(crate) fn with_first_quote<R>(
    text: &str,
    f: impl FnOnce(&Attributor, &Marked, usize) -> R,
) -> R {
    let mut tokens = crate::tokenize::tokenize(text);
    let sentences = crate::sentences::split(text, &mut tokens);
    let ctx = Ctx::new(text, &tokens);
    let marks = marks::pair(text, &tokens);
    let outer: Vec<&Marked> = marks.iter().filter(|m| m.depth() == 0).collect();
    let quoted: Vec<(usize, usize)> = outer.iter().map(|m| (m.open(), m.after())).collect();
    let att = Attributor::new(&ctx, &sentences, &quoted);
    let m = outer.first().expect("a quotation in the case");
    let next_open = outer.get(1).map_or(ctx.len(), |o| o.open());
    f(&att, m, next_open)
}

/// The speaker phrase of a found attribution, as text.
fn speaker(att: &Attributor, found: Option<Found>) -> Option<String> {
    found.map(|f| {
        let ctx = att.ctx;
        ctx.span(f.np.start, f.np.end).text(ctx.text).to_string()
    })
}

/// Every shape of `rules` has a case; each case gives `speaker` with all shapes on and a
/// different attribution with its shape off.
fn check_shapes<R: Copy>(
    rules: &[R],
    name: impl Fn(&R) -> &'static str,
    cases: &[(&str, &str, &str)],
    run: impl Fn(&str, &[R]) -> (Option<String>, Option<Found>),
) {
    for rule in rules {
        let own: Vec<_> = cases.iter().filter(|c| c.0 == name(rule)).collect();
        assert!(!own.is_empty(), "shape {} has no case", name(rule));
        let without: Vec<R> = rules
            .iter()
            .filter(|r| name(r) != name(rule))
            .copied()
            .collect();
        for (shape, text, expected) in own {
            let (got, found) = run(text, rules);
            assert_eq!(got.as_deref(), Some(*expected), "{shape}: {text:?}");
            let (_, off) = run(text, &without);
            assert_ne!(off, found, "{shape} switched off changes nothing: {text:?}");
        }
    }
    for c in cases {
        assert!(
            rules.iter().any(|r| name(r) == c.0),
            "case names an unknown shape {}",
            c.0
        );
    }
}

#[test]
fn every_after_shape_decides_its_case() {
    let cases = [
        (
            "inverted_after",
            "\"We will rebuild the harbour,\" said Ann Cole.",
            "Ann Cole",
        ),
        (
            "the_count_said",
            "\"We will rebuild the harbour,\" the two write.",
            "the two",
        ),
        (
            "one_said",
            "The neighbours were worried. \"We will rebuild the harbour,\" one said.",
            "one",
        ),
        (
            "one_said",
            "The neighbours were worried. \"We will rebuild the harbour,\" said another.",
            "another",
        ),
        (
            "quoted_as_saying",
            "\"We will rebuild the harbour,\" Ann Cole was quoted as saying.",
            "Ann Cole",
        ),
        (
            "quoted_object_as_saying",
            "\"We will rebuild the harbour,\" Reuters quoted Ann Cole as saying.",
            "Reuters",
        ),
        (
            "subject_then_cue",
            "\"We will rebuild the harbour.\" Ann Cole said.",
            "Ann Cole",
        ),
        (
            "appositive_then_cue",
            "\"We will appeal!\" Ann Cole, the attorney general of Utah, one of the states \
             suing, said.",
            "Ann Cole",
        ),
        (
            "long_subject_then_cue",
            "\"We will rebuild the harbour,\" Ann Cole of the Springfield Institute for Coastal \
             Policy Studies wrote.",
            "Ann Cole",
        ),
        (
            "subject_then_phrasal_cue",
            "\"We will rebuild the harbour,\" Ann Cole shot back.",
            "Ann Cole",
        ),
        (
            "dash_signature",
            "The mayor wrote back.\n\n\"We will rebuild the harbour.\" — Ann Cole\n\nThe end.",
            "Ann Cole",
        ),
    ];
    check_shapes(
        AFTER_RULES,
        |r| r.name,
        &cases,
        |text, rules| {
            with_first_quote(text, |att, m, next_open| {
                let found = att.after_with(m, next_open, rules);
                (speaker(att, found), found)
            })
        },
    );
    assert!(AFTER_RULES.iter().all(|r| !r.doc.is_empty()));
}

/// One invented case per shape of `BEFORE_RULES`: (shape, text, speaker).
const BEFORE_CASES: &[(&str, &str, &str)] = &[
    (
        "fronted_as_put_it",
        "As Ann Cole put it in a statement, the plan is \"a disaster for the harbour.\"",
        "Ann Cole",
    ),
    (
        "as_put_it_before",
        "But at the time, as Ann Cole, a lawyer, put it: \"The harbour is lost.\"",
        "Ann Cole",
    ),
    (
        "cue_right_before",
        "Ann Cole said that the mayor replied, \"We will rebuild the harbour.\"",
        "the mayor",
    ),
    (
        "phrasal_cue_before",
        "When the mayor blamed the council, Ann Cole fired back: \"We will rebuild the harbour.\"",
        "Ann Cole",
    ),
    (
        "dashed_after_name",
        "The panel included the former candidate Ann Vale -- \"we lost the harbour\" -- and \
         the auditor.",
        "Ann Vale",
    ),
    (
        "possessed_cue_noun",
        "Ann Cole's claim that the harbour was \"beyond repair\" surprised nobody.",
        "Ann Cole",
    ),
    (
        "modified_possessed_cue_noun",
        "The town recalled Ann Cole's blunt warning: \"Nobody reads the report.\"",
        "Ann Cole",
    ),
    (
        "named_participle",
        "The footage shows Ann Cole asking, \"Where is the money?\"",
        "Ann Cole",
    ),
    (
        "leftmost_cue",
        "According to Ann Cole, \"the harbour is beyond repair.\"",
        "Ann Cole",
    ),
    (
        "leftmost_cue",
        "Ann Cole said she recalled thinking \"the harbour is lost.\"",
        "Ann Cole",
    ),
    (
        "inherited_subject",
        "Ann Cole left the meeting early, adding: \"The harbour is lost.\"",
        "Ann Cole",
    ),
    (
        "catenative_cue",
        "The meeting was so dull that Ann Cole was prompted to say, \"Nobody reads the report.\"",
        "Ann Cole",
    ),
    (
        "catenative_cue",
        "The critics piled on. The harbour columnist Bob Dunn went so far as to say: \"The port is finished.\"",
        "Bob Dunn",
    ),
    (
        "catenative_cue",
        "When the mayor returned she began by saying, \"I see no reason for a fine.\"",
        "she",
    ),
    (
        "with_participle_subject",
        "The crowd cheered the verdict, with the mayor reportedly shouting: \"The harbour is ours.\"",
        "the mayor",
    ),
    (
        "with_participle_subject",
        "Dock workers blocked the road, with their union leader asking, \"Who pays for this?\"",
        "their union leader",
    ),
    (
        "with_participle_subject",
        "The rally filled the square, with many nurses and teachers chanting \"Fund the clinic.\"",
        "many nurses and teachers",
    ),
    (
        "with_participle_subject",
        "The campaign spent heavily, with one of its posters asking, \"Who built the harbour?\"",
        "one of its posters",
    ),
    (
        "clause_participle",
        "Ann Cole spoke near the hotel, where the strikers had gathered at dawn, chanting \"Pay us now.\"",
        "the strikers",
    ),
    (
        "adverbial_cue",
        "When Ann Cole noted the cost, the room went quiet: \"The harbour is lost.\"",
        "Ann Cole",
    ),
    (
        "dashed_name_label",
        "Polls did predict the surge - Ann Cole: \"The harbour is lost.\"",
        "Ann Cole",
    ),
    (
        "name_label_colon",
        "The harbour was lost. More from Ann Cole: \"We learned that from the council.\"",
        "Ann Cole",
    ),
    (
        "colon_subject",
        "The mayor had a warning: \"The harbour is lost.\"",
        "The mayor",
    ),
    (
        "relative_that_cue",
        "They handed out caps that said, \"Save the harbour.\"",
        "that",
    ),
];

/// `with_participle_subject` reads a participle, not a speech noun or a noun's modifier
/// after `with`: those keep the sentence's subject.
#[test]
fn with_participle_subject_needs_a_verb() {
    for text in [
        "Ann Cole closed the meeting with a stern warning: \"The harbour is lost.\"",
        "Ann Cole arrived with the right calling card: \"The harbour is lost.\"",
        "Ann Cole led a march with banners demanding \"a harbour for all.\"",
    ] {
        let got = with_first_quote(text, |att, m, _| {
            let floor = att.before_floor(m.open(), None);
            speaker(att, att.before_with(floor, m.open(), BEFORE_RULES))
        });
        assert_eq!(got.as_deref(), Some("Ann Cole"), "{text:?}");
    }
}

/// `catenative_cue` steps back only over verb-group and `catenative_link` words: an object
/// between the verb and `to` (`urged the voters to say`) would be the speaker, so it gives
/// nothing; nor does a chain whose subject follows a subordinator or is an expletive "it".
#[test]
fn catenative_cue_stops_at_an_object() {
    for text in [
        "Ann Cole urged the voters to say, \"The harbour is ours.\"",
        "The port closed when Ann Cole was asked to say, \"The harbour is ours.\"",
        // An expletive "it" speaks nothing (rule `expletive_it`).
        "It is too early to say, \"The harbour is ours.\"",
    ] {
        let got = with_first_quote(text, |att, m, _| {
            let floor = att.before_floor(m.open(), None);
            speaker(att, att.catenative_cue(floor, m.open()))
        });
        assert_eq!(got, None, "{text:?}");
    }
}

#[test]
fn every_before_shape_decides_its_case() {
    check_shapes(
        BEFORE_RULES,
        |r| r.name,
        BEFORE_CASES,
        |text, rules| {
            with_first_quote(text, |att, m, _| {
                let floor = att.before_floor(m.open(), None);
                let found = att.before_with(floor, m.open(), rules);
                (speaker(att, found), found)
            })
        },
    );
    assert!(BEFORE_RULES.iter().all(|r| !r.doc.is_empty()));
}
