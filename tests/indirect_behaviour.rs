//! Reported speech without quotation marks (`indirect` rows): one test per pattern of the
//! indirect rules (`src/quotes/indirect/`), each on invented text, stating the content,
//! the speaker mention, the cue and the cue kind it must give.

use presswork::{analyze, CueKind, QuoteType};

#[path = "common/shapes.rs"]
mod shapes;
use shapes::flattened;

/// One indirect row: (content, mention, cue, cue kind).
type Row = (String, Option<String>, Option<String>, Option<CueKind>);

fn indirect(text: &str) -> Vec<Row> {
    analyze(text)
        .quotes
        .iter()
        .filter(|q| q.kind == QuoteType::Indirect)
        .map(|q| {
            (
                q.span.text(text).to_string(),
                q.speaker_mention.map(|m| m.text(text).to_string()),
                q.cue.map(|c| c.text(text).to_string()),
                q.cue_kind,
            )
        })
        .collect()
}

fn row(content: &str, mention: &str, cue: &str, kind: CueKind) -> Row {
    (
        content.to_string(),
        Some(mention.to_string()),
        Some(cue.to_string()),
        Some(kind),
    )
}

#[test]
fn said_that_gives_the_complement() {
    let r = indirect("Mayor Ann Vale said on Monday that the bridge would reopen in May.");
    assert_eq!(
        r,
        vec![row(
            "the bridge would reopen in May",
            "Ann Vale",
            "said",
            CueKind::Speech
        )]
    );
}

#[test]
fn said_without_that_gives_the_complement() {
    let r = indirect("The ministry said the new rules were not yet in force.");
    assert_eq!(
        r,
        vec![row(
            "the new rules were not yet in force",
            "The ministry",
            "said",
            CueKind::Speech
        )]
    );
}

#[test]
fn told_skips_the_hearer() {
    let r = indirect("Vale told reporters the budget had been cut twice.");
    assert_eq!(
        r,
        vec![row(
            "the budget had been cut twice",
            "Vale",
            "told",
            CueKind::Speech
        )]
    );
}

#[test]
fn a_lower_case_subject_opens_a_bare_clause() {
    let r = indirect("Mr. Orrin, then 41, said investors were nervous about the merger.");
    assert_eq!(r.len(), 1, "{r:?}");
    assert_eq!(r[0].0, "investors were nervous about the merger");
    assert_eq!(r[0].1.as_deref(), Some("Orrin"));
}

#[test]
fn warned_and_insisted_report_speech() {
    let r = indirect(
        "The union warned that strikes could spread. The board insisted it had no money left.",
    );
    assert_eq!(
        r,
        vec![
            row(
                "strikes could spread",
                "The union",
                "warned",
                CueKind::Speech
            ),
            row(
                "it had no money left",
                "The board",
                "insisted",
                CueKind::Speech
            ),
        ]
    );
}

#[test]
fn denied_takes_an_ing_object() {
    let r = indirect("The senator denied receiving any payment from the firm.");
    assert_eq!(
        r,
        vec![row(
            "receiving any payment from the firm",
            "The senator",
            "denied",
            CueKind::Speech
        )]
    );
}

#[test]
fn trailing_attribution_gives_the_clause_before_it() {
    let r = indirect("The agency is overwhelmed by new claims, officials said.");
    assert_eq!(
        r,
        vec![row(
            "The agency is overwhelmed by new claims",
            "officials",
            "said",
            CueKind::Speech
        )]
    );
}

#[test]
fn inverted_trailing_attribution_names_the_speaker_after_the_verb() {
    let r = indirect("Turnout fell in every district, said Ann Vale, a county clerk.");
    assert_eq!(r.len(), 1, "{r:?}");
    assert_eq!(r[0].0, "Turnout fell in every district");
    assert_eq!(r[0].1.as_deref(), Some("Ann Vale"));
}

#[test]
fn interrupting_attribution_keeps_both_halves() {
    let r = indirect("The plan, she added, will cost far more than promised.");
    assert_eq!(r.len(), 1, "{r:?}");
    assert_eq!(
        r[0].0,
        "The plan, she added, will cost far more than promised"
    );
    assert_eq!(r[0].2.as_deref(), Some("added"));
}

#[test]
fn according_to_first_gives_the_rest_of_the_sentence() {
    let r = indirect("According to the census office, 65,000 people moved away last year.");
    assert_eq!(
        r,
        vec![row(
            "65,000 people moved away last year",
            "the census office",
            "According to",
            CueKind::Speech
        )]
    );
}

#[test]
fn according_to_last_gives_the_clause_before_it() {
    let r = indirect("Wages rose by 3 percent, according to a new report.");
    assert_eq!(
        r,
        vec![row(
            "Wages rose by 3 percent",
            "a new report",
            "according to",
            CueKind::Document
        )]
    );
}

#[test]
fn possessed_claim_that_gives_the_clause() {
    let r = indirect("There is no evidence for her claim that the vote was rigged.");
    assert_eq!(
        r,
        vec![row("the vote was rigged", "her", "claim", CueKind::Speech)]
    );
}

#[test]
fn urged_someone_to_gives_the_infinitive() {
    let r = indirect("The governor urged lawmakers to pass the budget before June.");
    assert_eq!(
        r,
        vec![row(
            "to pass the budget before June",
            "The governor",
            "urged",
            CueKind::Speech
        )]
    );
}

#[test]
fn called_for_gives_the_demand() {
    let r = indirect("Opposition leaders called for an independent inquiry into the contract.");
    assert_eq!(
        r,
        vec![row(
            "an independent inquiry into the contract",
            "Opposition leaders",
            "called for",
            CueKind::Speech
        )]
    );
}

#[test]
fn vowed_to_gives_the_infinitive() {
    let r = indirect("She vowed to fight the ruling in a higher court.");
    assert_eq!(
        r,
        vec![row(
            "to fight the ruling in a higher court",
            "She",
            "vowed",
            CueKind::Speech
        )]
    );
}

#[test]
fn talked_about_gives_the_object() {
    let r = indirect("The candidate talked about rising rents at every stop.");
    assert_eq!(
        r,
        vec![row(
            "rising rents at every stop",
            "The candidate",
            "talked about",
            CueKind::Speech
        )]
    );
}

#[test]
fn beliefs_are_typed_thought() {
    let r = indirect("Most farmers believe the drought will last another year.");
    assert_eq!(
        r,
        vec![row(
            "the drought will last another year",
            "Most farmers",
            "believe",
            CueKind::Thought
        )]
    );
}

#[test]
fn a_document_source_is_typed_document() {
    let r = indirect("The survey found that most renters pay over a third of their income.");
    assert_eq!(r.len(), 1, "{r:?}");
    assert_eq!(r[0].3, Some(CueKind::Document));
}

#[test]
fn a_clause_holding_a_partial_quote_is_one_row_and_the_partial_its_own() {
    let text = "Ann Vale has told the radio station that she believes there is a “serious risk” of flooding in the valley.";
    let doc = analyze(text);
    let rows: Vec<(&str, QuoteType)> = doc
        .quotes
        .iter()
        .map(|q| (q.span.text(text), q.kind))
        .collect();
    assert!(
        rows.contains(&(
            "she believes there is a “serious risk” of flooding in the valley",
            QuoteType::Indirect
        )),
        "{rows:?}"
    );
    assert!(
        rows.contains(&("serious risk", QuoteType::Partial)),
        "{rows:?}"
    );
    assert_eq!(
        rows.iter().filter(|r| r.1 == QuoteType::Indirect).count(),
        1,
        "{rows:?}"
    );
}

#[test]
fn a_direct_quotation_gives_no_indirect_row() {
    let r = indirect("She said: “We will not give up on this town.”");
    assert_eq!(r, vec![]);
    let r = indirect("“We will not give up on this town,” she said.");
    assert_eq!(r, vec![]);
}

#[test]
fn relative_clause_reporting_is_not_a_row() {
    let r = indirect("What the agency says is that the money has run out.");
    assert_eq!(r, vec![]);
}

#[test]
fn quote_rows_get_a_cue_kind_too() {
    let text = "“The water is rising,” the mayor said.";
    let doc = analyze(text);
    let q = doc
        .quotes
        .iter()
        .find(|q| q.kind != QuoteType::Indirect)
        .expect("a quote row");
    assert_eq!(q.cue_kind, Some(CueKind::Speech));
}

#[test]
fn the_same_rows_in_every_text_shape() {
    let flat = "Floods hit the valley on Monday. The agency is overwhelmed by new claims, officials said. Vale said the bridge would reopen in May.";
    let wrapped = "Floods hit the valley on Monday. The agency is overwhelmed by new\nclaims, officials said. Vale said the\nbridge would reopen in May.";
    let crlf = wrapped.replace('\n', "\r\n");
    let norm = |rows: Vec<Row>| -> Vec<Row> {
        rows.into_iter()
            .map(|mut r| {
                r.0 = r.0.split_whitespace().collect::<Vec<_>>().join(" ");
                r
            })
            .collect()
    };
    let expected = norm(indirect(flat));
    assert_eq!(expected.len(), 2, "{expected:?}");
    assert_eq!(norm(indirect(wrapped)), expected);
    assert_eq!(norm(indirect(&crlf)), expected);
}

#[test]
fn seed_article_petro_clause_is_one_row_with_the_partial_inside() {
    let text = std::fs::read_to_string(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/tests/data/seeds/000_4bf89a5d724fffdb.txt"
    ))
    .expect("seed text");
    let doc = analyze(&text);
    let holding: Vec<&str> = doc
        .quotes
        .iter()
        .filter(|q| q.kind == QuoteType::Indirect && q.span.text(&text).contains("he believes"))
        .map(|q| q.span.text(&text))
        .collect();
    assert_eq!(holding.len(), 1, "{holding:?}");
    assert!(
        holding[0].starts_with("he believes there is a “real threat” of US military intervention"),
        "{holding:?}"
    );
    assert!(doc
        .quotes
        .iter()
        .any(|q| q.kind == QuoteType::Partial && q.span.text(&text) == "real threat"));
}

#[test]
fn empty_and_mark_only_texts_give_no_rows() {
    assert_eq!(indirect(""), vec![]);
    assert_eq!(indirect("“”"), vec![]);
    assert_eq!(indirect("said that"), vec![]);
}

#[test]
fn a_reporting_noun_with_its_preposition_gives_the_object() {
    let r = indirect("Her criticism of the housing plan was sharp.");
    assert_eq!(
        r,
        vec![row(
            "the housing plan",
            "Her",
            "criticism of",
            CueKind::Speech
        )]
    );
}

#[test]
fn a_coordinated_cue_reports_for_the_sentence_subject() {
    let r = indirect("The mayor toured the site and said the repairs would take a year.");
    assert_eq!(
        r,
        vec![row(
            "the repairs would take a year",
            "The mayor",
            "said",
            CueKind::Speech
        )]
    );
}

#[test]
fn a_subject_pronoun_opens_a_bare_clause() {
    let r = indirect("Later, Vale said he’d build a new school and hire more teachers.");
    assert_eq!(r.len(), 1, "{r:?}");
    assert_eq!(r[0].0, "he’d build a new school and hire more teachers");
}

#[test]
fn a_participle_after_its_subject_reports_for_it() {
    let r = indirect("Callers saying the river had burst its banks flooded the hotline.");
    assert_eq!(r.len(), 1, "{r:?}");
    assert_eq!(r[0].1.as_deref(), Some("Callers"));
    assert!(r[0].0.starts_with("the river had burst its banks"), "{r:?}");
}

#[test]
fn a_stray_mark_is_not_part_of_the_reported_words() {
    let r = indirect("‘The dam is a real threat, the engineer said.");
    assert_eq!(r.len(), 1, "{r:?}");
    assert_eq!(r[0].0, "The dam is a real threat");
}

#[test]
fn a_participle_after_an_attribution_shares_its_speaker() {
    let text = "“Prices are too high,” Vale said, citing rents that doubled in five years.";
    let r = indirect(text);
    assert_eq!(r.len(), 1, "{r:?}");
    assert_eq!(r[0].1.as_deref(), Some("Vale"));
    assert_eq!(r[0].2.as_deref(), Some("citing"));
    assert!(r[0].0.starts_with("rents that doubled"), "{r:?}");
}

/// An indirect row with no source: (content, None, cue, kind).
fn unsourced(content: &str, cue: &str, kind: CueKind) -> Row {
    (content.to_string(), None, Some(cue.to_string()), Some(kind))
}

#[test]
fn seems_gives_the_subject_and_its_complement_as_a_thought() {
    let r = indirect("The new ferry seems to please most commuters.");
    assert_eq!(
        r,
        vec![unsourced(
            "The new ferry seems to please most commuters",
            "seems",
            CueKind::Thought
        )]
    );
    let r = indirect("It appears that the old pier will stay closed.");
    assert_eq!(
        r,
        vec![unsourced(
            "the old pier will stay closed",
            "appears",
            CueKind::Thought
        )]
    );
}

#[test]
fn appeared_with_a_place_is_no_impression() {
    assert_eq!(
        indirect("The mayor appeared on local radio on Sunday."),
        vec![]
    );
}

#[test]
fn a_passive_cue_gives_the_subject_and_the_by_phrase_as_source() {
    let r = indirect("The harbour plan was criticized by fishermen for its cost.");
    assert_eq!(
        r,
        vec![row(
            "The harbour plan was criticized by fishermen for its cost",
            "fishermen",
            "criticized",
            CueKind::Speech
        )]
    );
}

#[test]
fn a_passive_cue_before_a_clause_gives_the_clause() {
    let r = indirect("The minister was asked whether the tunnel would open in spring.");
    assert_eq!(
        r,
        vec![unsourced(
            "whether the tunnel would open in spring",
            "asked",
            CueKind::Speech
        )]
    );
}

#[test]
fn a_headline_name_and_colon_report_the_words_after_it() {
    let r = indirect("Vale: Harbour Bridge Will Reopen in May\n\nThe works began in March.");
    assert_eq!(
        r,
        vec![row(
            "Harbour Bridge Will Reopen in May",
            "Vale",
            ":",
            CueKind::Speech
        )]
    );
}

#[test]
fn a_fronted_poll_reports_the_clause_after_it() {
    let r = indirect("In a new poll, Vale holds a wide lead over Marsh.");
    assert_eq!(
        r,
        vec![row(
            "Vale holds a wide lead over Marsh",
            "a new poll",
            "In",
            CueKind::Document
        )]
    );
    // A poll that only locates a standing reports nothing.
    assert_eq!(indirect("Vale leads Marsh in the polls."), vec![]);
}

#[test]
fn a_clause_inside_a_quotation_ends_at_its_closing_mark() {
    let r = indirect("“I think the ferry will run again,” Ann Vale said on Monday.");
    assert!(
        r.iter().all(|row| !row.0.contains("Vale")),
        "a row runs past the closing mark: {r:?}"
    );
}

#[test]
fn an_irregular_past_shows_a_bare_clause() {
    let r = indirect("She said the storm made the coast road unsafe.");
    assert_eq!(
        r,
        vec![row(
            "the storm made the coast road unsafe",
            "She",
            "said",
            CueKind::Speech
        )]
    );
}

#[test]
fn a_possessive_is_no_finite_verb() {
    // "told Radio Ten's morning show": a hearer, not a reported clause.
    assert_eq!(
        indirect("Ann Vale told Radio Ten's morning show on Monday."),
        vec![]
    );
}

#[test]
fn a_cue_word_after_a_preposition_is_a_noun() {
    assert_eq!(
        indirect("The former secretary of state Ann Vale is not one of the critics."),
        vec![]
    );
    assert_eq!(
        indirect("Vale campaigned in Maine and Vermont, states that vote in March."),
        vec![]
    );
}

#[test]
fn called_on_someone_to_gives_the_infinitive() {
    let r = indirect("The union called on the council to reopen the library.");
    assert_eq!(
        r,
        vec![row(
            "to reopen the library",
            "The union",
            "called on",
            CueKind::Speech
        )]
    );
}

#[test]
fn a_stance_adjective_after_be_reports_for_its_subject() {
    let r = indirect("The harbour master is convinced that the storm wall will hold.");
    assert_eq!(
        r,
        vec![row(
            "the storm wall will hold",
            "The harbour master",
            "convinced",
            CueKind::Thought
        )]
    );
    let r = indirect("Local farmers were sharply critical of the new water rules.");
    assert_eq!(
        r,
        vec![row(
            "the new water rules",
            "Local farmers",
            "critical of",
            CueKind::Speech
        )]
    );
}

#[test]
fn a_short_phrase_may_stand_between_the_cue_and_a_bare_clause() {
    let r = indirect("Ann Vale said on Friday she met the harbour board.");
    assert_eq!(
        r,
        vec![row(
            "she met the harbour board",
            "Ann Vale",
            "said",
            CueKind::Speech
        )]
    );
}

#[test]
fn a_contracted_auxiliary_shows_a_bare_clause() {
    let r = indirect("He said he’d rebuild the pier within a year.");
    assert_eq!(
        r,
        vec![row(
            "he’d rebuild the pier within a year",
            "He",
            "said",
            CueKind::Speech
        )]
    );
}

#[test]
fn a_share_of_a_group_after_a_fronted_phrase_is_a_source() {
    let r = indirect("In Maine, half of the fishermen said they were worried.");
    assert_eq!(r.len(), 1, "{r:?}");
    assert_eq!(r[0].0, "they were worried");
    assert!(
        r[0].1.as_deref().is_some_and(|m| m.contains("half")),
        "{r:?}"
    );
}

#[test]
fn a_quantity_run_opening_the_sentence_is_the_source() {
    // The chunker's phrase before the verb is only "10" (source step `joined_quantity`; the
    // row had no source before it).
    let r = indirect("More than six in 10 said they were not looking forward to winter.");
    assert_eq!(r.len(), 1, "{r:?}");
    assert_eq!(r[0].0, "they were not looking forward to winter");
    assert_eq!(r[0].1.as_deref(), Some("More than six in 10"), "{r:?}");
}

#[test]
fn a_quantity_run_after_a_joiner_is_the_source() {
    let r = indirect("Most members backed the plan, but six in 10 said the harbour was unsafe.");
    let said = r
        .iter()
        .find(|row| row.2.as_deref() == Some("said"))
        .expect("a said row");
    assert_eq!(said.1.as_deref(), Some("six in 10"), "{r:?}");
}

#[test]
fn told_with_only_a_hearer_reports_nothing() {
    assert_eq!(
        indirect("Ann Vale told harbour workers in Portland."),
        vec![]
    );
    assert_eq!(indirect("She told the Courier in May."), vec![]);
    // "warned the ferry would …": the phrase is the clause's subject, not a hearer.
    let r = indirect("She warned the ferry would stop running in winter.");
    assert_eq!(
        r,
        vec![row(
            "the ferry would stop running in winter",
            "She",
            "warned",
            CueKind::Speech
        )]
    );
}

#[test]
fn a_quoted_or_run_on_headline_after_a_colon_is_no_indirect_row() {
    let text = "Ann Cole: ‘I Am Tired Of Waiting’  Union leader Ann Cole said on Monday that talks had failed.";
    let r = indirect(text);
    assert!(r.iter().all(|row| row.2.as_deref() != Some(":")), "{r:?}");
}

#[test]
fn a_plural_noun_in_a_trailing_subject_is_no_verb() {
    let r = indirect("The reservoir will be full by June, water board officials say.");
    assert_eq!(
        r,
        vec![row(
            "The reservoir will be full by June",
            "water board officials",
            "say",
            CueKind::Speech
        )]
    );
}

#[test]
fn reporting_noun_object_of_a_verb_takes_its_subject() {
    let r = indirect("The governor made no mention of the new tax plan.");
    assert_eq!(
        r,
        vec![row(
            "the new tax plan",
            "The governor",
            "mention of",
            CueKind::Speech
        )]
    );
    let r = indirect("The council will focus on the budget gap this year.");
    assert_eq!(r[0].1.as_deref(), Some("The council"));
    assert_eq!(r[0].2.as_deref(), Some("focus on"));
}

#[test]
fn reporting_noun_after_a_preposition_is_held_by_the_verb_subject() {
    // "in support of": the subject of the verb the phrase follows holds it (PolNeAR's reading
    // too; guard `preposition_holder`, before it no source was guessed).
    let r = indirect("The union raised money in support of the striking nurses.");
    assert_eq!(r.len(), 1, "{r:?}");
    assert_eq!(r[0].1.as_deref(), Some("The union"));
    assert_eq!(r[0].2.as_deref(), Some("support of"));
}

#[test]
fn subordinator_is_no_source() {
    let r = indirect("When asked whether the talks would resume, the mayor gave no answer.");
    assert_eq!(r.len(), 1, "{r:?}");
    assert_eq!(r[0].1, None);
    assert_eq!(r[0].2.as_deref(), Some("asked"));
}

#[test]
fn opening_conjunction_is_not_part_of_the_source() {
    let r = indirect("But one union says the plant will close in March.");
    assert_eq!(
        r,
        vec![row(
            "the plant will close in March",
            "one union",
            "says",
            CueKind::Speech
        )]
    );
}

#[test]
fn but_said_takes_the_subject_of_the_first_verb() {
    let r = indirect(
        "The mayor admitted that the budget was late, but said the audit had found no fraud.",
    );
    assert_eq!(r.len(), 2, "{r:?}");
    assert_eq!(
        r[1],
        row(
            "the audit had found no fraud",
            "The mayor",
            "said",
            CueKind::Speech
        )
    );
}

#[test]
fn proportion_or_quantifier_is_a_source() {
    let r = indirect("Two in three said they would vote again.");
    assert_eq!(
        r,
        vec![row(
            "they would vote again",
            "Two in three",
            "said",
            CueKind::Speech
        )]
    );
    let r = indirect("Some said the queue was too long.");
    assert_eq!(r[0].1.as_deref(), Some("Some"));
    // Up to 14 tokens: "About 60 percent of the voters in the small rural county".
    let r =
        indirect("About 60 percent of the voters in the small rural county said the tax was high.");
    assert_eq!(
        r[0].1.as_deref(),
        Some("About 60 percent of the voters in the small rural county")
    );
}

#[test]
fn trailing_attribution_wins_over_a_verb_inside_its_clause() {
    let r = indirect("The county board passed the new ferry levy last spring, Okafor said.");
    assert_eq!(
        r,
        vec![row(
            "The county board passed the new ferry levy last spring",
            "Okafor",
            "said",
            CueKind::Speech
        )]
    );
}

#[test]
fn negated_auxiliary_shows_the_clause() {
    for (text, content) in [
        (
            "Vale says the city can’t pay for it.",
            "the city can’t pay for it",
        ),
        (
            "Vale says the city won't pay for it.",
            "the city won't pay for it",
        ),
        (
            "Vale says the city cannot pay for it.",
            "the city cannot pay for it",
        ),
    ] {
        assert_eq!(
            indirect(text),
            vec![row(content, "Vale", "says", CueKind::Speech)],
            "{text}"
        );
    }
}

#[test]
fn found_takes_an_object() {
    let r = indirect("A recent survey found broad support for the new park.");
    assert_eq!(
        r,
        vec![row(
            "broad support for the new park",
            "A recent survey",
            "found",
            CueKind::Document
        )]
    );
}

#[test]
fn fronted_clause_cue_reports_up_to_its_comma() {
    let r = indirect("When asked about the strike, the mayor said talks would resume.");
    assert_eq!(r.len(), 2, "{r:?}");
    assert_eq!(r[0].0, "the strike");
    assert_eq!(r[0].1, None);
    assert_eq!(
        r[1],
        row("talks would resume", "the mayor", "said", CueKind::Speech)
    );
}

#[test]
fn passive_asked_which_gives_the_question() {
    let r = indirect("Voters were asked which candidate they would back.");
    assert_eq!(r.len(), 1, "{r:?}");
    assert_eq!(r[0].0, "which candidate they would back");
    assert_eq!(r[0].1, None);
}

#[test]
fn fronted_participle_takes_the_main_clause_subject() {
    let r = indirect("Having announced that the plant would close, the company moved away.");
    assert_eq!(r.len(), 1, "{r:?}");
    assert_eq!(
        r[0],
        row(
            "the plant would close",
            "the company",
            "announced",
            CueKind::Speech
        )
    );
}

/// Rule `cue_main_verb`: the main clause after a fronted participle or before a trailing one
/// may itself be a report ("the company said"); its subject is the participle's too.
#[test]
fn a_participle_beside_a_reporting_main_clause_takes_its_subject() {
    let r = indirect("Having announced that the plant would close, the company said it was sorry.");
    assert_eq!(
        r,
        vec![
            row(
                "the plant would close",
                "the company",
                "announced",
                CueKind::Speech
            ),
            row("it was sorry", "the company", "said", CueKind::Speech),
        ]
    );
    let r = indirect(
        "On Monday, the harbour board said the ferry would stop, warning that fares would rise.",
    );
    assert!(
        r.contains(&row(
            "fares would rise",
            "the harbour board",
            "warning",
            CueKind::Speech
        )),
        "{r:?}"
    );
    // A bare cue form inside the subject is no verb: "state" in "a former state official".
    let r = indirect(
        "Ann Vale, a former state party official, joined the board and said she would stay.",
    );
    assert!(
        r.iter()
            .any(|x| x.0 == "she would stay" && x.1.as_deref() == Some("Ann Vale")),
        "{r:?}"
    );
}

/// Source guard `single_word_object`: a pronoun alone between a causative and "to" is the
/// object and the source, resolved like any pronoun ("her" here is no possessive).
#[test]
fn a_pronoun_object_of_a_causative_is_the_resolved_source() {
    let text =
        "Ann Cole won the harbour vote, a win that led her to declare that the race was over.";
    let a = analyze(text);
    let q = a
        .quotes
        .iter()
        .find(|q| q.kind == QuoteType::Indirect && q.span.text(text) == "the race was over")
        .expect("a row for the declared clause");
    assert_eq!(q.speaker_mention.map(|m| m.text(text)), Some("her"));
    assert_eq!(q.speaker.as_deref(), Some("Ann Cole"));
}

/// Rule `agent_modifier`: a degree word before a proportion, "both" before an article, or a
/// hyphenated -ing adjective opens a passive cue's "by" agent, which is still the source.
#[test]
fn a_modified_passive_agent_is_the_source() {
    for (text, agent) in [
        (
            "The harbour plan was backed by nearly 6 in 10 of the voters who live nearby.",
            "6 in 10 of the voters",
        ),
        (
            "The harbour plan was endorsed by both the unions and the farm bureau.",
            "the unions",
        ),
        (
            "The harbour plan was criticized by left-leaning economists.",
            "left-leaning economists",
        ),
    ] {
        let r = indirect(text);
        assert_eq!(r.len(), 1, "{text}: {r:?}");
        assert_eq!(r[0].1.as_deref(), Some(agent), "{text}: {r:?}");
    }
    // A gerund after "by" is no agent.
    let r = indirect("The harbour plan was criticized by attacking its cost.");
    assert!(r.iter().all(|x| x.1.is_none()), "{r:?}");
}

#[test]
fn clause_after_comma_but_has_its_own_subject() {
    let r = indirect("Both sides say the talks went well, but few believe the deal will last.");
    assert_eq!(r.len(), 2, "{r:?}");
    assert_eq!(
        r[1],
        row("the deal will last", "few", "believe", CueKind::Thought)
    );
    let r = indirect("Few on either side of the debate think the tax will ever go into effect.");
    assert_eq!(r[0].1.as_deref(), Some("Few on either side of the debate"));
}

#[test]
fn a_statement_issued_by_the_subject_is_the_subjects() {
    // Source step `object_holder`: the -ing cue after a verb's object takes the verb's subject.
    let r = indirect("Senator Cole issued a statement saying the vote was rigged.");
    assert_eq!(
        r,
        vec![row(
            "the vote was rigged",
            "Cole",
            "saying",
            CueKind::Speech
        )]
    );
}

#[test]
fn a_fronted_adverb_is_no_source() {
    // Source step `fronted_phrase`: the subject after the comma reports, not "Ultimately".
    let r = indirect("Ultimately, Mr. Vale ignored the advice and refused to sign the deal.");
    assert_eq!(
        r,
        vec![row("to sign the deal", "Vale", "refused", CueKind::Speech)]
    );
    // A connective (`indirect_words.txt`) is no source either.
    let r = indirect("Rather, two aides say she backs the plan.");
    assert_eq!(
        r,
        vec![row(
            "she backs the plan",
            "two aides",
            "say",
            CueKind::Speech
        )]
    );
}

#[test]
fn one_or_all_opens_the_subject() {
    // Source step `quantifier_subject`.
    let r = indirect("One official even suggested that the mayor resign.");
    assert_eq!(
        r,
        vec![row(
            "the mayor resign",
            "One official",
            "suggested",
            CueKind::Speech
        )]
    );
    let r = indirect("All delegates agreed that the vote was fair.");
    assert_eq!(r[0].1.as_deref(), Some("All delegates"), "{r:?}");
}

#[test]
fn a_time_phrase_between_subject_and_verb_is_stepped_over() {
    // Source step `time_phrase`.
    let r = indirect("Vale last month joked that he was tired.");
    assert_eq!(
        r,
        vec![row("he was tired", "Vale", "joked", CueKind::Speech)]
    );
    let r = indirect("Cole has long maintained that the harbour is safe.");
    assert_eq!(
        r,
        vec![row(
            "the harbour is safe",
            "Cole",
            "maintained",
            CueKind::Speech
        )]
    );
    let r = indirect("Ann Vale on Thursday evening said the party was united.");
    assert_eq!(
        r,
        vec![row(
            "the party was united",
            "Ann Vale",
            "said",
            CueKind::Speech
        )]
    );
}

#[test]
fn a_passive_agent_may_stand_after_the_complement() {
    let r = indirect("The plan was considered unwise by most economists.");
    assert_eq!(r.len(), 1, "{r:?}");
    assert_eq!(r[0].1.as_deref(), Some("most economists"));
    assert_eq!(r[0].2.as_deref(), Some("considered"));
}

#[test]
fn an_opening_asked_gives_the_question_without_source() {
    let text = "Asked whether he would fire the aide, Vale said he would wait for the report.";
    assert_eq!(
        indirect(text),
        vec![
            unsourced("whether he would fire the aide", "Asked", CueKind::Speech),
            row(
                "he would wait for the report",
                "Vale",
                "said",
                CueKind::Speech
            ),
        ]
    );
    // The same in a flattened CRLF text after another sentence.
    let text = "The vote is near.\r\nAsked about the vote, Cole said she was tired.";
    assert_eq!(
        indirect(text),
        vec![
            unsourced("the vote", "Asked about", CueKind::Speech),
            row("she was tired", "Cole", "said", CueKind::Speech),
        ]
    );
}

#[test]
fn seeming_to_report_names_the_subject() {
    // "seem" with a reporting infinitive: the subject is the source; a plain impression has none.
    let r = indirect("Cole seemed to urge the council to wait.");
    assert_eq!(r[0].1.as_deref(), Some("Cole"), "{r:?}");
    assert_eq!(r[0].2.as_deref(), Some("seemed"));
    let r = indirect("The harbour plan seems to be failing.");
    assert_eq!(
        r,
        vec![unsourced(
            "The harbour plan seems to be failing",
            "seems",
            CueKind::Thought
        )]
    );
}

#[test]
fn a_report_in_a_relative_clause_ends_where_the_main_clause_resumes() {
    let r = indirect("Vale, who said he was friendly with the owners, will attend the dinner.");
    assert_eq!(
        r,
        vec![row(
            "he was friendly with the owners",
            "who",
            "said",
            CueKind::Speech
        )]
    );
    let r = indirect("Vale, who endorsed Cole in May, will attend the dinner.");
    assert_eq!(r[0].0, "Cole in May", "{r:?}");
}

#[test]
fn a_reporting_verb_ends_a_reporting_nouns_object() {
    // "supporters of reform" is the subject of "said", not a row that swallows it.
    let r = indirect("Several supporters of reform said the old system should go.");
    assert_eq!(r.len(), 1, "{r:?}");
    assert_eq!(r[0].0, "the old system should go");
    assert_eq!(r[0].2.as_deref(), Some("said"));
}

#[test]
fn say_takes_an_object() {
    let r = indirect("Most voters say the opposite about Cole.");
    assert_eq!(
        r,
        vec![row(
            "the opposite about Cole",
            "Most voters",
            "say",
            CueKind::Speech
        )]
    );
}

#[test]
fn a_trailing_thought_verb_attributes_the_clause_before() {
    // "believe" is in the indirect lexicon only (not a quotation cue).
    let r = indirect("The plan will fail, many economists believe.");
    assert_eq!(
        r,
        vec![row(
            "The plan will fail",
            "many economists",
            "believe",
            CueKind::Thought
        )]
    );
}

#[test]
fn a_plural_after_a_figure_is_no_verb() {
    // "points" after "20" is a noun: the trailing "the poll found" is the row.
    let r = indirect("Cole leads by 20 points, the poll found.");
    assert_eq!(
        r,
        vec![row(
            "Cole leads by 20 points",
            "the poll",
            "found",
            CueKind::Document
        )]
    );
    // After a label's number the -s word is the verb: "Section 12 says …".
    let r = indirect("Section 12 says tenants may not be evicted in winter.");
    assert_eq!(r.len(), 1, "{r:?}");
    assert_eq!(r[0].1.as_deref(), Some("Section 12"));
    assert_eq!(r[0].2.as_deref(), Some("says"));
}

#[test]
fn a_short_answer_to_an_opening_asked_is_no_trailing_attribution() {
    let text = "Asked whether the ferry would run, Vale said no.";
    // The answer "no" is the content of "said" (rule `proform_object`), not the question.
    assert_eq!(
        indirect(text),
        vec![
            unsourced("whether the ferry would run", "Asked", CueKind::Speech),
            row("no", "Vale", "said", CueKind::Speech)
        ]
    );
}

#[test]
fn a_heading_label_before_a_colon_is_no_speaker() {
    // Class heading_label: "Background:", "Analysis:" open a heading; a name still speaks.
    assert!(indirect("Background: Harbour Tariffs Against Norland").is_empty());
    assert!(indirect("Analysis: The Long Road To A Harbour Deal").is_empty());
    let r = indirect("Ann Vale: Harbour Bridge Will Reopen in Spring");
    assert_eq!(
        r,
        vec![row(
            "Harbour Bridge Will Reopen in Spring",
            "Ann Vale",
            ":",
            CueKind::Speech
        )]
    );
}

#[test]
fn a_reporting_noun_before_a_verb_speaks_for_its_possessor() {
    // Class noun_owner: "X's (adjectives) remarks suggest …" is X's report, the -s word a noun.
    let r = indirect("Vale's recent remarks suggest the harbour deal is dead.");
    assert_eq!(
        r,
        vec![row(
            "the harbour deal is dead",
            "Vale",
            "suggest",
            CueKind::Speech
        )]
    );
    let r = indirect("Their public statements suggest the talks have stalled.");
    assert_eq!(r.len(), 1);
    assert_eq!(r[0].1.as_deref(), Some("Their"));
    assert_eq!(r[0].0, "the talks have stalled");
}

#[test]
fn reporting_nouns_before_a_participle_are_no_speaker() {
    // "statements emphasizing …": the statements are the report, never its speaker.
    let r =
        indirect("The ruling drew protests and public statements emphasizing the county's rights.");
    assert_eq!(r.len(), 1);
    assert_eq!(r[0].0, "the county's rights");
    assert_eq!(r[0].1, None);
    // A person before the participle still speaks.
    let r = indirect("The ruling drew protests, Vale emphasizing the county's rights.");
    assert_eq!(
        r,
        vec![row(
            "the county's rights",
            "Vale",
            "emphasizing",
            CueKind::Speech
        )]
    );
}

#[test]
fn an_abstract_subject_that_shows_is_no_speaker() {
    // Classes abstract_noun + evidence_verb: "the situation highlights …" reports nothing.
    assert!(indirect("The situation highlights the deep strain in the harbour talks.").is_empty());
    assert!(indirect("The move underscored the county's growing debt.").is_empty());
    // A person who highlights something does report it.
    let r = indirect("Vale highlighted the deep strain in the harbour talks.");
    assert_eq!(r.len(), 1);
    assert_eq!(r[0].1.as_deref(), Some("Vale"));
}

#[test]
fn a_past_that_may_be_a_noun_is_a_verb_after_its_subject() {
    // Class ambiguous_past: "rose", "fell" after a subject word, before a figure, an adverb, a
    // preposition or the clause end, make the clause before a trailing attribution.
    let r = indirect("Prices rose 5% in March, officials said.");
    assert_eq!(
        r,
        vec![row(
            "Prices rose 5% in March",
            "officials",
            "said",
            CueKind::Speech
        )]
    );
    let r = indirect("Harbour fees fell sharply, county officials said.");
    assert_eq!(r.len(), 1);
    assert_eq!(r[0].0, "Harbour fees fell sharply");
    let r = indirect("Ann Vale said costs rose in March.");
    assert_eq!(r.len(), 1);
    assert_eq!(r[0].0, "costs rose in March");
}

#[test]
fn a_report_in_a_who_clause_ends_where_the_main_report_resumes() {
    // `relative_end`: the inner report stops at the comma or dash before the main cue, whose
    // source is the phrase before "who".
    let r = indirect("Ann Vale, who said she backs Cole, said the harbour was safe.");
    assert_eq!(
        r,
        vec![
            row("she backs Cole", "who", "said", CueKind::Speech),
            row("the harbour was safe", "Ann Vale", "said", CueKind::Speech),
        ]
    );
    let r = indirect("Tom Berg - who once said he would never run - said he would run.");
    assert_eq!(r.len(), 2, "{r:?}");
    assert_eq!(r[0].0, "he would never run");
    assert_eq!(r[1].0, "he would run");
    assert_eq!(r[1].1.as_deref(), Some("Tom Berg"));
}

#[test]
fn a_subject_with_a_who_clause_reports_the_main_verb() {
    // Source step `relative_antecedent`: not the object inside the relative clause.
    let r = indirect("Farmers in Kent who watched the debate said they were unmoved.");
    assert_eq!(
        r,
        vec![row(
            "they were unmoved",
            "Farmers in Kent",
            "said",
            CueKind::Speech
        )]
    );
}

#[test]
fn a_proportion_after_a_fronted_phrase_is_the_subject() {
    // Source step `fronted_quantity`.
    let r = indirect("Among those polled, nine in 10 said the harbour was safe.");
    assert_eq!(r.len(), 1, "{r:?}");
    assert_eq!(r[0].1.as_deref(), Some("nine in 10"));
    let r = indirect("Of the 40 delegates, all but two said the party should act.");
    assert_eq!(r.len(), 1, "{r:?}");
    assert_eq!(r[0].1.as_deref(), Some("all but two"));
}

#[test]
fn a_who_clause_with_an_adverb_keeps_its_relative_source() {
    // Source step `relative_antecedent` does not read an adverb as the clause's own verb.
    let r = indirect("He is a fierce critic who has repeatedly pledged to close the harbour.");
    assert_eq!(
        r,
        vec![row(
            "to close the harbour",
            "who",
            "pledged",
            CueKind::Speech
        )]
    );
}

/// The (mention, cue) pairs of the rows of `text`.
fn sources(text: &str) -> Vec<(Option<String>, Option<String>)> {
    indirect(text).into_iter().map(|r| (r.1, r.2)).collect()
}

fn pair(mention: &str, cue: &str) -> (Option<String>, Option<String>) {
    (Some(mention.to_string()), Some(cue.to_string()))
}

#[test]
fn a_who_clause_whose_verb_has_its_own_subject_gives_that_subject() {
    // Source step `relative_antecedent` gives up when a subject follows "who".
    let r = sources("The man who police say fired the shots was arrested on Friday.");
    assert!(r.contains(&pair("police", "say")), "{r:?}");
    assert!(
        !r.iter().any(|p| p.0.as_deref() == Some("The man")),
        "{r:?}"
    );
    let r = sources(
        "A teenager who prosecutors say planned the attack told the court he was innocent.",
    );
    assert!(r.contains(&pair("prosecutors", "say")), "{r:?}");
    let r = sources(
        "The clerk who the auditors believe hid the ledger told the board he was innocent.",
    );
    assert!(r.contains(&pair("the auditors", "believe")), "{r:?}");
    let r = sources("A gardener who they say poisoned the roses told the court he was innocent.");
    assert!(r.contains(&pair("they", "say")), "{r:?}");
    assert!(
        !r.iter().any(|p| p.0.as_deref() == Some("A gardener")),
        "{r:?}"
    );
}

#[test]
fn a_pronoun_that_is_the_subject_of_the_clause_verb_keeps_the_antecedent() {
    // Source step `relative_antecedent` counts a pronoun as the cue's subject only when no
    // more than adverbs lie between them ("who we interviewed said" is the antecedent's).
    let r = sources("Teachers who we interviewed said pay was low.");
    assert_eq!(r, vec![pair("Teachers", "said")]);
    let r = sources("Experts who he consulted say the bridge is safe.");
    assert_eq!(r, vec![pair("Experts", "say")]);
    let r = sources("Nurses who she trained say the ward is understaffed.");
    assert_eq!(r, vec![pair("Nurses", "say")]);
    let r = sources("Officials who briefed him said the bridge was safe.");
    assert_eq!(r, vec![pair("Officials", "said")]);
    let r =
        sources("Parents who were paying for games they did not know they had bought complained.");
    assert_eq!(r, vec![pair("they", "know")]);
}

#[test]
fn a_who_antecedent_without_s_is_still_a_source() {
    // `bare_singular` keeps the plurals of class `irregular_plural`; a dropped antecedent
    // leaves the verb to the later steps.
    let r = sources("But people who lost their jobs say the program failed.");
    assert_eq!(r, vec![pair("people", "say")]);
    let r = sources("Still, staff who worked at the harbour say the cranes were unsafe.");
    assert_eq!(r, vec![pair("staff", "say")]);
    let r = sources("Police who arrived at the harbour said the crane was unsafe.");
    assert_eq!(r, vec![pair("Police", "said")]);
}

#[test]
fn an_interrogative_who_gives_no_antecedent() {
    // Source step `relative_antecedent` stops at a coordinator and needs a noun before "who".
    let r = sources("It is unclear who will win but analysts say Smith is the favourite.");
    assert_eq!(r, vec![pair("analysts", "say")]);
    let r = sources("Voters remain unsure who will win and experts say the race is close.");
    assert_eq!(r, vec![pair("experts", "say")]);
    let r = sources("Nobody is sure who will chair the board and aides say talks continue.");
    assert!(r.contains(&pair("aides", "say")), "{r:?}");
}

#[test]
fn a_fronted_quantity_leaves_out_adverbs_and_pronouns() {
    // Source step `fronted_quantity` trims -ly words and gives up on a pronoun.
    let r = sources("Even so, many backers privately say their confidence in Rubio is shaken.");
    assert_eq!(r, vec![pair("many backers", "say")]);
    let r = sources("In private, some farmers reluctantly admit the harvest failed.");
    assert_eq!(r, vec![pair("some farmers", "admit")]);
    let r = sources("Unlike last year, this time he spoke briefly of his friendship with Trump.");
    assert_eq!(r.len(), 1, "{r:?}");
    assert_eq!(r[0].0.as_deref(), Some("he"));
    let r = sources("As expected, many of the people we spoke to said they were angry.");
    assert_eq!(r.len(), 1, "{r:?}");
    assert!(
        !r.iter()
            .any(|p| p.0.as_deref() == Some("many of the people we")),
        "{r:?}"
    );
}

#[test]
fn an_appositive_between_commas_is_no_fronted_quantity() {
    // Source step `fronted_quantity` needs a comma that closes a fronted phrase and refuses a
    // cue form right after a noun ("member states").
    let text = "The draft law suffered setbacks when Poland, one of the largest EU member \
                states, rejected its adoption twice in two months.";
    let r = sources(text);
    assert!(!r.iter().any(|p| p.1.as_deref() == Some("states")), "{r:?}");
    assert!(r.contains(&pair("Poland", "rejected")), "{r:?}");
}

#[test]
fn a_quantity_phrase_before_a_singular_cue_is_whole() {
    // `noun_compound_cue` needs a bare noun or a name before the noun it joins the cue to,
    // so a quantity's "of the public says" and "in five says" stay verbs.
    let r = sources("In the latest poll, 40 percent of the public says taxes are too high.");
    assert_eq!(r, vec![pair("40 percent of the public", "says")]);
    let r = sources("In the poll, one voter in five says the mayor should resign.");
    assert_eq!(r, vec![pair("one voter in five", "says")]);
}

#[test]
fn a_partitive_before_a_who_clause_heads_the_source() {
    // Source step `relative_antecedent` keeps the quantity of "Most of the … who".
    let r = sources("Most of the farmers who were asked said the harvest failed.");
    assert!(r.contains(&pair("Most of the farmers", "said")), "{r:?}");
    let r = sources("Some of the growers in Kent who watched the debate said the senator won.");
    assert!(
        r.contains(&pair("Some of the growers in Kent", "said")),
        "{r:?}"
    );
}

#[test]
fn a_reduced_passive_inside_a_who_report_does_not_end_it() {
    // `relative_end`: ", said to be worth …," is an aside of the reported clause.
    let text = "Vale, who argued that the deal, said to be worth $5 billion, was too costly, \
                resigned last week.";
    let r = indirect(text);
    assert_eq!(
        r[0].0, "the deal, said to be worth $5 billion, was too costly",
        "{r:?}"
    );
    let text = "Cole, who claimed the payments, reported to total $2 million, were legal, was \
                indicted.";
    let r = indirect(text);
    assert_eq!(
        r[0].0, "the payments, reported to total $2 million, were legal",
        "{r:?}"
    );
    // A verb before "to" that the main clause resumes with still ends the report.
    let r = indirect("Vale, who said the firm was sound, declined to comment on the sale.");
    assert_eq!(r[0].0, "the firm was sound", "{r:?}");
}

#[test]
fn an_inner_cue_before_that_leaves_the_outer_report_whole() {
    // `nested_cue` (clause_start): the "that" belongs to the inner "told", so the outer
    // "said" reports the whole clause holding it.
    let r = indirect("Officials said the minister told them that bread prices would rise.");
    assert_eq!(
        r,
        vec![row(
            "the minister told them that bread prices would rise",
            "Officials",
            "said",
            CueKind::Speech
        )]
    );
    let r = indirect("Aides said the governor warned that the budget would fail.");
    assert_eq!(
        r[0].0, "the governor warned that the budget would fail",
        "{r:?}"
    );
    // A time word before "that" is no cue: the clause after "that" as before.
    let r = indirect("Officials said Tuesday that bread prices would rise.");
    assert_eq!(r[0].0, "bread prices would rise", "{r:?}");
    // A cue word right after the cue or after a possessive is a noun: "that" stays the
    // outer cue's.
    let r = indirect("Vale denied reports that she had resigned.");
    assert_eq!(r[0].0, "she had resigned", "{r:?}");
    let r = indirect("The firm reiterated its claims that the deal was legal.");
    assert_eq!(r[0].0, "the deal was legal", "{r:?}");
}

#[test]
fn a_subject_pronoun_and_a_plain_verb_open_the_reported_clause() {
    // `pronoun_verb`: "they want", "we need" carry no ending that marks a finite verb.
    let r = indirect("Organizers say they want to avoid any violence.");
    assert_eq!(
        r,
        vec![row(
            "they want to avoid any violence",
            "Organizers",
            "say",
            CueKind::Speech
        )]
    );
    // "it" and "you" are objects too: "find it easy" opens no clause.
    assert_eq!(indirect("I found it easy to relax by running."), vec![]);
    assert_eq!(indirect("They will figure it out soon."), vec![]);
    let r = indirect("Farmers said we need more rain before June.");
    assert_eq!(
        r,
        vec![row(
            "we need more rain before June",
            "Farmers",
            "said",
            CueKind::Speech
        )]
    );
}

#[test]
fn the_object_of_a_causative_verb_reports_the_infinitive() {
    // Source step `infinitive_object`: "led voters to say" → voters; a purpose
    // infinitive ("went to Ohio to say") keeps the subject.
    let r = indirect("The long delay led many voters to say that the count was rigged.");
    assert_eq!(
        r,
        vec![row(
            "the count was rigged",
            "many voters",
            "say",
            CueKind::Speech
        )]
    );
    let r = indirect("Vale went to Ohio to say that the plant would stay open.");
    assert_eq!(r[0].1.as_deref(), Some("Vale"), "{r:?}");
}

#[test]
fn a_possessive_subject_opens_a_coordinated_report() {
    // `participle_subject`: a phrase with a possessor is determined like one with an
    // article, so the second verb of "… looked … and found …" has its subject.
    let r = indirect("Vale's auditors read the ledgers and found that two payments were missing.");
    assert_eq!(
        r,
        vec![row(
            "two payments were missing",
            "Vale's auditors",
            "found",
            CueKind::Document
        )]
    );
}

#[test]
fn a_relative_clause_verb_after_who_is_not_the_source() {
    // The -s verb right after "who" with its complement is the relative clause, not a subject.
    let r = indirect("A woman who lives nearby said the fire started at noon.");
    assert_eq!(
        r,
        vec![row(
            "the fire started at noon",
            "A woman",
            "said",
            CueKind::Speech
        )]
    );
    let r = indirect("A farmer who grows wheat told reporters the rain came too late.");
    assert_eq!(r.len(), 1);
    assert_eq!(r[0].1.as_deref(), Some("A farmer"));
    // A subject inside the relative clause stays the cue's own.
    let r = indirect("He is the man who officials say started the fire.");
    assert!(r.iter().all(|x| x.1.as_deref() != Some("He")), "{r:?}");
}

#[test]
fn that_after_a_preposition_is_its_object_not_a_clause() {
    let r = indirect("Brown, the governor, hinted at that in a news conference on Monday.");
    assert!(r.iter().all(|x| !x.0.contains("news conference")), "{r:?}");
    // "that" after a noun phrase still opens the clause.
    let r = indirect("Brown said at a news conference that the plan would pass.");
    assert_eq!(r[0].0, "the plan would pass");
}

#[test]
fn a_fronted_preposition_opens_no_source() {
    let r = indirect("Across the bloc, the member states agreed that the rules should change.");
    assert_eq!(r.len(), 1, "{r:?}");
    assert_eq!(r[0].0, "the rules should change");
    assert!(
        r[0].1.as_deref().is_some_and(|m| m.contains("member")),
        "{r:?}"
    );
    let r = indirect("Despite the vote, most delegates said the plan was dead.");
    assert_eq!(r[0].1.as_deref(), Some("most delegates"));
}

#[test]
fn a_lone_name_is_the_object_of_an_object_cue() {
    let r = indirect("The senator endorsed Reyes.");
    assert_eq!(
        r,
        vec![row("Reyes", "The senator", "endorsed", CueKind::Speech)]
    );
    // A lone lower-case word is still too short to be a report.
    let r = indirect("The senator endorsed it.");
    assert!(r.is_empty(), "{r:?}");
}

#[test]
fn a_progressive_object_cue_keeps_a_far_subject() {
    let r = indirect("Tom Keel, 53, a security guard, is backing Reyes for mayor.");
    assert_eq!(r.len(), 1, "{r:?}");
    assert_eq!(r[0].0, "Reyes for mayor");
    assert_eq!(r[0].1.as_deref(), Some("Tom Keel"));
    assert_eq!(r[0].2.as_deref(), Some("backing"));
}

#[test]
fn a_lone_weekday_or_a_naming_verb_gives_no_name_object() {
    // "said Friday" is a time phrase; "an app called Pictogram" names, it reports nothing.
    let r = indirect("Vale said Friday.");
    assert!(r.is_empty(), "{r:?}");
    let r = indirect("The firm built an app called Pictogram.");
    assert!(r.is_empty(), "{r:?}");
    let r = indirect("They met the French Open champion Gaudio.");
    assert!(r.is_empty(), "{r:?}");
}

#[test]
fn a_reporting_noun_is_no_inner_cue() {
    // `nested_cue`: a cue word after a preposition, after a bare modifier right after the
    // cue, or inside a relative clause is a noun or another clause's verb; the "that" stays
    // the outer cue's.
    let r = indirect("She pointed to reports that the mayor had resigned.");
    assert_eq!(r[0].0, "the mayor had resigned", "{r:?}");
    let r = indirect("The council asked for an inquiry into claims that its clerk was paid.");
    assert_eq!(r[0].0, "its clerk was paid", "{r:?}");
    let r = indirect("The ministry denied media reports that the deal had collapsed.");
    assert_eq!(r[0].0, "the deal had collapsed", "{r:?}");
    let r = indirect("He responded to critics who said that the plan was illegal.");
    assert_eq!(r[0].0, "the plan was illegal", "{r:?}");
    // A cue word after a preposition that is no reporting noun leaves the "that" alone.
    let r = indirect("The firm was hoping to win seats in states that award them in blocks.");
    assert!(r.iter().all(|r| r.0 != "award them in blocks"), "{r:?}");
    // A finite inner cue with a subject of its own still takes the "that".
    let r = indirect("Aides said the governor warned that the budget would fail.");
    assert_eq!(
        r[0].0, "the governor warned that the budget would fail",
        "{r:?}"
    );
}

#[test]
fn a_cue_coordinated_with_the_outer_cue_reports_its_own_clause() {
    // `coordinated_cue` (clause_start, clause_end): "said X but added that Y" is two reports.
    let r = indirect("The firm said profits fell but added that sales would recover.");
    assert_eq!(
        r,
        vec![
            row("profits fell", "The firm", "said", CueKind::Speech),
            row("sales would recover", "The firm", "added", CueKind::Speech),
        ]
    );
    let r = indirect("Analysts said the figures were weak but argued that demand was rising.");
    assert_eq!(r.len(), 2, "{r:?}");
    assert_eq!(r[0].0, "the figures were weak", "{r:?}");
    assert_eq!(r[1].0, "demand was rising", "{r:?}");
    // A hearer cue coordinated inside the reported clause stays in it.
    let r =
        indirect("Officials said the minister met the unions and told them that cuts were due.");
    assert_eq!(
        r[0].0, "the minister met the unions and told them that cuts were due",
        "{r:?}"
    );
}

#[test]
fn a_causative_reports_only_a_speech_infinitive() {
    // `infinitive_object`: an infinitive that reports no clause makes no row.
    assert_eq!(
        indirect("The reform allows parents to write off the costs of care."),
        vec![]
    );
    assert_eq!(
        indirect("The profits allowed the bank to write off bad loans."),
        vec![]
    );
    assert_eq!(
        indirect("The talks led the owners to consider selling the club."),
        vec![]
    );
    // The causative verb is the one before the object, not a word inside it.
    let r = indirect("The scandal prompted the armed forces chief to say he would resign.");
    assert_eq!(
        r,
        vec![row(
            "he would resign",
            "the armed forces chief",
            "say",
            CueKind::Speech
        )]
    );
    let r = indirect("The vote led the lead negotiator to say the deal was dead.");
    assert_eq!(r[0].1.as_deref(), Some("the lead negotiator"), "{r:?}");
    let r = indirect("The slump led analysts to warn that a recession was near.");
    assert_eq!(r[0].1.as_deref(), Some("analysts"), "{r:?}");
}

#[test]
fn a_possessive_opening_is_no_subject_past_its_verb() {
    // `participle_subject`: the possessive phrase must end before its clause's verb and be
    // the subject of the clause the participle hangs on.
    assert_eq!(
        indirect("Mayor Vale’s defiant stance marks a major shift, highlighting the rift."),
        vec![]
    );
    assert_eq!(
        indirect("Vale's plan came as a report was published, suggesting that pay had fallen."),
        vec![]
    );
    // The possessive subject of the clause still reports.
    let r = indirect("Vale's auditors read the books and found that two sums were missing.");
    assert_eq!(r[0].1.as_deref(), Some("Vale's auditors"), "{r:?}");
}

#[test]
fn a_title_case_or_all_caps_headline_reads_its_cue_case_free() {
    let body = "\n\nThe bridge has been shut since March.";
    let sentence = indirect(&format!("Mayor Vale says bridge will reopen in May{body}"));
    assert_eq!(
        sentence,
        vec![row(
            "bridge will reopen in May",
            "Vale",
            "says",
            CueKind::Speech
        )]
    );
    let title = indirect(&format!("Mayor Vale Says Bridge Will Reopen In May{body}"));
    assert_eq!(
        title,
        vec![row(
            "Bridge Will Reopen In May",
            "Vale",
            "Says",
            CueKind::Speech
        )]
    );
    let caps = indirect(&format!("MAYOR VALE SAYS BRIDGE WILL REOPEN IN MAY{body}"));
    assert_eq!(caps.len(), 1);
    assert_eq!(caps[0].0, "BRIDGE WILL REOPEN IN MAY");
    assert_eq!(caps[0].2.as_deref(), Some("SAYS"));
    let endorses = indirect("Council Leader Ann Vale Endorses Tom Reed\n\nThe vote is next week.");
    assert_eq!(
        endorses,
        vec![row("Tom Reed", "Ann Vale", "Endorses", CueKind::Speech)]
    );
}

#[test]
fn a_capitalised_cue_word_outside_a_headline_is_no_cue() {
    // Only a title-case line reads capitalised words as cues: in a sentence "Backs" is a name.
    assert_eq!(
        indirect("Reed Backs, the mayor, opened the new bridge on Monday."),
        vec![]
    );
    assert_eq!(
        indirect("The Says Family opened a new bakery downtown on Monday."),
        vec![]
    );
}

#[test]
fn one_adverb_may_stand_between_a_pronoun_and_its_verb() {
    assert_eq!(
        indirect("Voters say they only buy American."),
        vec![row(
            "they only buy American",
            "Voters",
            "say",
            CueKind::Speech
        )]
    );
    // The word after the adverb must still be a verb: a preposition opens no clause.
    assert_eq!(indirect("Voters say they only after the vote."), vec![]);
}

/// Every headline line below is followed by a body line.
fn headline_rows(headline: &str) -> Vec<Row> {
    indirect(&format!(
        "{headline}\n\nThe figures were published on Monday by the council.\n"
    ))
}

#[test]
fn a_capitalised_noun_in_a_headline_is_no_cue() {
    // Rule `headline_case` guard: a noun-shaped cue needs a clause opener after it, and a
    // subject that is not a possessive or a determiner and one word.
    for line in [
        "Major Firms Pull Support For The Party Conference",
        "Delegates Walk Out After Rules Report Is Presented",
        "Cole's Attacks On The Budget Could Backfire",
        "A Curious Plan to Reopen The Old Theatre",
        "Match Notes From The Weekend Fixtures",
        "WASHINGTON REPORT SENATE VOTES ON BUDGET",
    ] {
        assert_eq!(headline_rows(line), vec![], "{line}");
    }
    // A verb cue with a subject and a clause after it still reports.
    let r = headline_rows("Ann Cole Says She Never Pledged To Cut Taxes");
    assert_eq!(r.len(), 1, "{r:?}");
    assert_eq!(r[0].1.as_deref(), Some("Ann Cole"));
    assert_eq!(r[0].2.as_deref(), Some("Says"));
}

#[test]
fn a_headline_cue_needs_a_clause_after_it() {
    // Rule `headline_case` guard: no row for a relative clause or a dash-and-date list line.
    for line in [
        "Ten Things Ann Cole Said In 2025 That Got Us Thinking",
        "Ann Cole (Leeds) \u{2014} Announced May 3, 2025",
    ] {
        assert_eq!(headline_rows(line), vec![], "{line}");
    }
}

#[test]
fn a_relative_clause_whose_cue_reports_a_clause_keeps_its_subject() {
    // `relative_report`: the cue after "which"/"that"/"what" and a subject reports a clause
    // (a subject and verb, or a verb whose subject is the relative's gap).
    assert_eq!(
        indirect("The plan includes a new wall, which he said the city should pay for."),
        vec![row(
            "the city should pay for",
            "he",
            "said",
            CueKind::Speech
        )]
    );
    assert_eq!(
        indirect("It was a deadline that several aides said stalled the vote."),
        vec![row(
            "stalled the vote",
            "several aides",
            "said",
            CueKind::Speech
        )]
    );
    assert_eq!(
        indirect("The fund raised about double what Vale said she expected."),
        vec![row("she expected", "Vale", "said", CueKind::Speech)]
    );
    // A cue whose object is the relative word reports that word (rule `object_relative`),
    // not the main clause after it.
    assert_eq!(
        indirect("The tax, which the mayor endorsed in May, passed."),
        vec![row("which", "the mayor", "endorsed", CueKind::Speech)]
    );
}

#[test]
fn a_relative_cue_needs_its_own_subject_before_it() {
    // `relative_subject_fits`: a noun read as the cue after a number, a quantifier or a
    // determiner, a participle read as the clause's verb, or a bare cue that does not agree
    // with its subject gives no row.
    for text in [
        "It came a day after news that 5,000m hope Ann Cole had failed a test.",
        "The survey, which left little doubt that prices were rising, was published.",
        "The board's advice that the union endorse Bob Dunn should end the dispute.",
    ] {
        assert_eq!(indirect(text), vec![], "{text}");
    }
    // A plural cue noun before a past verb: "reports" is no cue here.
    let text = "Traders were sure that the early reports signalled a deal.";
    assert!(
        indirect(text)
            .iter()
            .all(|r| r.2.as_deref() != Some("reports")),
        "{text}"
    );
    let text = "He cited the blog's claim that a member of the mayor's security detail appeared to be armed.";
    assert!(
        indirect(text)
            .iter()
            .all(|r| r.2.as_deref() != Some("detail")),
        "{text}"
    );
    // The participle closing a relative clause is not the main cue's subject.
    let text = "Most of the mayors that the paper polled predicted Dunn will win easily.";
    assert!(
        indirect(text)
            .iter()
            .all(|r| r.1.as_deref() != Some("the paper polled")),
        "{text}"
    );
    // A plural or a pronoun with a bare cue, and a past cue before a gap verb, still report.
    assert_eq!(
        indirect("The plan includes a new wall, which the growers say the city should pay for."),
        vec![row(
            "the city should pay for",
            "the growers",
            "say",
            CueKind::Speech
        )]
    );
}

#[test]
fn a_perception_verb_with_a_phrase_and_a_verb_is_a_scene() {
    // Rule `perception_scene` (frame `perception` of `see`): "saw X do" is a scene; "saw that
    // …" and "saw X as …" are thoughts.
    for text in [
        "A win in Rome last year saw Leeds end their run without a victory.",
        "The firm's string of finds last year saw it promoted to the main index.",
    ] {
        assert_eq!(indirect(text), vec![], "{text}");
    }
    assert_eq!(
        indirect("Ann Cole saw the plan as a mistake."),
        vec![row(
            "the plan as a mistake",
            "Ann Cole",
            "saw",
            CueKind::Thought
        )]
    );
    assert_eq!(
        indirect("Ann Cole saw that the plan would fail."),
        vec![row(
            "the plan would fail",
            "Ann Cole",
            "saw",
            CueKind::Thought
        )]
    );
}

/// The speaker mention of the row whose cue is `cue` (`None` when the row has no source).
fn mention_of(text: &str, cue: &str) -> Option<String> {
    let rows = indirect(text);
    let r = rows
        .iter()
        .find(|r| r.2.as_deref() == Some(cue))
        .unwrap_or_else(|| panic!("no row with cue {cue:?} in {rows:?}"));
    r.1.clone()
}

#[test]
fn a_reporting_noun_after_a_preposition_is_held_by_the_verb_subject() {
    // `preposition_holder`: past the preposition and the verb's object to the verb.
    assert_eq!(
        mention_of(
            "Ann Vale raised $5 million in support of the harbour plan.",
            "support of"
        )
        .as_deref(),
        Some("Ann Vale")
    );
    assert_eq!(
        mention_of(
            "Senator Cole released a statement in opposition to the new tax.",
            "opposition to"
        )
        .as_deref(),
        Some("Cole")
    );
    // After a form of "be" the phrase holds nothing ("The move is in opposition to"; "in
    // response to" gives no row at all, rule `in_response`).
    assert_eq!(
        mention_of(
            "The move is in opposition to the new harbour tax.",
            "opposition to"
        ),
        None
    );
    assert_eq!(
        indirect("The move is in response to the new harbour tax."),
        vec![]
    );
    // A clause word between the verb and the phrase: the noun has no holder.
    assert_eq!(
        mention_of(
            "Ann Vale left because funds in support of the harbour plan ran out.",
            "support of"
        ),
        None
    );
}

#[test]
fn an_inanimate_subject_holds_no_reporting_noun_after_a_preposition() {
    // `preposition_holder`: a subject headed by an abstract noun or opened by a possessive
    // pronoun holds no view; a person before the same phrase does.
    assert_eq!(
        mention_of(
            "Pressure grew on Ann Vale after criticism of the harbour plan.",
            "criticism of"
        ),
        None
    );
    assert_eq!(
        mention_of(
            "The krona hit its lowest against the euro on concerns about the harbour plan.",
            "concerns about"
        ),
        None
    );
    assert_eq!(
        mention_of(
            "His chief aide doubled down on attacks on the harbour plan.",
            "attacks on"
        )
        .as_deref(),
        Some("His chief aide")
    );
    assert_eq!(
        mention_of(
            "Ann Vale raised money on concerns about the harbour plan.",
            "concerns about"
        )
        .as_deref(),
        Some("Ann Vale")
    );
}

#[test]
fn a_reporting_noun_in_an_appositive_is_held_by_the_name_before_it() {
    // `appositive_holder`: "Name, a … critic of".
    assert_eq!(
        mention_of(
            "The award went to Ann Vale, a fierce critic of the harbour plan.",
            "critic of"
        )
        .as_deref(),
        Some("Ann Vale")
    );
    // A fronted place phrase before the comma is no holder.
    assert_eq!(
        mention_of(
            "In Texas, a fierce critic of the harbour plan won the seat.",
            "critic of"
        ),
        None
    );
}

#[test]
fn a_coordinated_verb_after_a_fronted_phrase_has_the_main_subject() {
    // `fronted_opening`: no phrase opens the sentence; the subject follows its comma.
    assert_eq!(
        mention_of(
            "In April, the harbour board resigned and said the port was unsafe.",
            "said"
        )
        .as_deref(),
        Some("the harbour board")
    );
    assert_eq!(
        mention_of(
            "Speaking on local radio, Ann Vale thanked the crew and said the port would reopen.",
            "said"
        )
        .as_deref(),
        Some("Ann Vale")
    );
}

#[test]
fn a_time_or_place_phrase_after_a_cue_is_no_object() {
    // `adjunct_object`: the words after "said" set when or where; no clause is reported.
    for text in [
        "Ann Vale said during the harbour board meeting.",
        "The harbour board chairman said Thursday night.",
        "Ann Vale said earlier this week at the port.",
    ] {
        assert_eq!(indirect(text), vec![], "{text}");
    }
    // A time word that opens a real object phrase still gives the object.
    let r = indirect("Ann Vale criticized Monday's vote on the harbour plan.");
    assert_eq!(r.len(), 1);
    assert_eq!(r[0].0, "Monday's vote on the harbour plan");
    let r = indirect("Ann Vale criticized long-standing fees at the harbour.");
    assert_eq!(r.len(), 1);
    assert_eq!(r[0].0, "long-standing fees at the harbour");
    // And a clause after the time phrase is the complement.
    let r = indirect("Ann Vale said Thursday night that the port would reopen.");
    assert_eq!(r.len(), 1);
    assert_eq!(r[0].0, "the port would reopen");
}

#[test]
fn a_time_phrase_may_stand_between_a_verb_and_its_preposition() {
    // `time_between`: "called Friday for …" is the preposition frame past the weekday.
    let r = indirect("Ann Vale called Friday for an inquiry into the harbour fees.");
    assert_eq!(r.len(), 1);
    assert_eq!(r[0].0, "an inquiry into the harbour fees");
    assert_eq!(r[0].2.as_deref(), Some("called Friday for"));
}

#[test]
fn a_noun_first_cue_word_is_a_verb_only_before_that() {
    // `noun_first`: "states" here is the plural noun, its clause no report.
    for text in [
        "All five states included large shares of harbour workers.",
        "Most state parties release their delegates in June.",
    ] {
        assert_eq!(indirect(text), vec![], "{text}");
    }
    let r = indirect("The harbour charter states that every ship pays a fee.");
    assert_eq!(r.len(), 1);
    assert_eq!(r[0].0, "every ship pays a fee");
}

#[test]
fn states_before_a_relative_that_or_closing_a_sentence_is_the_noun() {
    // `noun_first`, step `relative_that`: "that" before an auxiliary or a past form opens a
    // relative clause of the noun; at a sentence's end the word is the noun too.
    for text in [
        "Coastal states that have lost ferry routes face higher harbour costs.",
        "The ten states that held votes in May have small harbours.",
        "Since the spring, the harbour levy has spread to larger, more diverse states.",
    ] {
        assert_eq!(indirect(text), vec![], "{text}");
    }
    // The nearest negative: a clause with its own subject after "that" is reported.
    let r = indirect("The ferry charter states that harbour fees were frozen in May.");
    assert_eq!(
        r,
        vec![row(
            "harbour fees were frozen in May",
            "The ferry charter",
            "states",
            CueKind::Speech
        )]
    );
}

#[test]
fn ruled_that_reports_its_clause() {
    // `rule` (frame `clause`) is a `noun_first` word: a verb before "that" only.
    let r = indirect("The judge ruled that the harbour search was unlawful.");
    assert_eq!(
        r,
        vec![row(
            "the harbour search was unlawful",
            "The judge",
            "ruled",
            CueKind::Speech
        )]
    );
    // Frame `marked`: a modal before the base form, a comma before the -ing form.
    let r = indirect("The board could rule that the ferry levy stands.");
    assert_eq!(
        r,
        vec![row(
            "the ferry levy stands",
            "The board",
            "rule",
            CueKind::Speech
        )]
    );
    let r =
        indirect("The tribunal sided with the pier owners, ruling that the ferry fee was legal.");
    assert!(
        r.contains(&row(
            "the ferry fee was legal",
            "The tribunal",
            "ruling",
            CueKind::Speech
        )),
        "{r:?}"
    );
}

#[test]
fn rule_as_a_noun_or_ruled_out_reports_nothing() {
    // `noun_first` (and the passive's guard): "ruled out" is another sense; frame `marked`,
    // step `marked_verb`: "rule" and "ruling" are nouns before "that" with no modal,
    // auxiliary, "to" or comma before them.
    let given: Vec<_> = [
        "The judge ruled out a new harbour trial.",
        "The striker was ruled out of the cup final.",
        "A new harbour rule that lifts the ferry fee takes effect in May.",
        "A court ruling that the levy stood angered the pier owners.",
    ]
    .into_iter()
    .map(indirect)
    .filter(|r| !r.is_empty())
    .collect();
    assert!(given.is_empty(), "{given:?}");
}

#[test]
fn state_before_a_noun_modifies_the_source() {
    // Chunker rule `cue_modifier` (`quote_words.txt`): "state" before a word of the phrase is
    // no verb, so the phrase is the source, opening a sentence or not.
    for (text, source) in [
        (
            "State media said the ferry had sunk off the cape.",
            "State media",
        ),
        (
            "Iran's state news agency said the ferry had sunk.",
            "Iran's state news agency",
        ),
        (
            "Chinese state media said the ferry had sunk.",
            "Chinese state media",
        ),
        (
            "The ferry had sunk, state television reported.",
            "state television",
        ),
    ] {
        let r = indirect(text);
        assert_eq!(r.len(), 1, "{text}: {r:?}");
        assert_eq!(r[0].1.as_deref(), Some(source), "{text}");
    }
    // The nearest negative: opening a sentence before a verb, "State" (the department) is no
    // modifier and gives no source.
    let r = indirect("State has told lawmakers that the ferry had sunk.");
    assert_eq!(r.len(), 1, "{r:?}");
    assert_eq!(r[0].1, None);
}

#[test]
fn a_quotation_s_own_attribution_reports_no_tail() {
    // `quote_tail`: the words after "said" tell where it was said; the quotation is the report.
    for text in [
        "“We will reopen the bridge,” Ann Vale said Sunday on harbour radio.",
        "“We will reopen the bridge,” Ann Vale said when the crowd cheered.",
    ] {
        assert_eq!(indirect(text), vec![], "{text}");
    }
    // A subject and its verb after the attribution are a reported clause.
    let r = indirect("“We won,” Ann Vale said the harbour fees would fall.");
    assert_eq!(r.len(), 1);
    assert_eq!(r[0].0, "the harbour fees would fall");
    let r = indirect("“We won,” Ann Vale said Reading Council had no comment.");
    assert_eq!(r.len(), 1);
    assert_eq!(r[0].0, "Reading Council had no comment");
    // A cue whose subject stands elsewhere still reports its clause.
    let r = indirect("“We won,” Ann Vale said. Her deputy said the bridge would reopen in May.");
    assert_eq!(r.len(), 1);
    assert_eq!(r[0].0, "the bridge would reopen in May");
}

#[test]
fn a_quotation_s_attribution_then_a_time_or_manner_adjunct_reports_nothing() {
    // `adjunct_tail`: time words or -ly adverbs, then a preposition, say when, where or how the
    // quotation was said, even with a verb later in the tail.
    for text in [
        "“We will reopen the bridge,” Ann Vale said Thursday at a news conference in Dunmore.",
        "“We will reopen the bridge,” Ann Vale said Sunday in Dunmore as the crowd roared.",
        "“We will reopen the bridge,” Ann Vale said cheerfully on harbour radio as boats passed.",
        "“We will reopen the bridge,” Ann Vale said Friday night.",
    ] {
        assert_eq!(indirect(text), vec![], "{text}");
    }
    // A time word before a subject and its verb still opens a reported clause.
    let r = indirect("“We won,” Ann Vale said Thursday the harbour fees would fall.");
    assert_eq!(r.len(), 1);
    assert!(r[0].0.ends_with("the harbour fees would fall"), "{r:?}");
}

#[test]
fn a_naming_participle_after_an_indefinite_noun_reports_nothing() {
    // `naming_participle`: "called" gives the noun its name.
    for text in [
        "The port hired a firm called Harbour Works.",
        "The port hired a newly formed firm called the Harbour Works Group.",
        "One fund called Save the Harbour paid for the study.",
        "A new fund called Save the Harbour paid for the study.",
    ] {
        assert_eq!(indirect(text), vec![], "{text}");
    }
    // The active verb: a definite subject, or an object that is no name.
    let r = indirect("The senator called Vale a liar.");
    assert_eq!(r.len(), 1);
    assert_eq!(r[0].0, "Vale a liar");
    let r = indirect("A senator called the plan a disgrace.");
    assert_eq!(r.len(), 1);
    assert_eq!(r[0].0, "the plan a disgrace");
}

#[test]
fn in_response_to_and_to_find_report_nothing() {
    // `in_response`: what an act answers is nobody's words; a possessed response keeps its row.
    for text in [
        "The county acted in response to the harbour ruling.",
        "In response to the harbour ruling, the county raised its fees.",
    ] {
        assert_eq!(indirect(text), vec![], "{text}");
    }
    let r = indirect("Vale's response to the harbour ruling was swift.");
    assert_eq!(r.len(), 1);
    assert_eq!(r[0].0, "the harbour ruling");
    // `infinitive_find`: finding a thing, unless "that" opens a clause.
    assert_eq!(
        indirect("The county is trying to find a new harbour master."),
        vec![]
    );
    let r = indirect("The auditors were able to find that the fees had risen.");
    assert_eq!(r.len(), 1);
    assert_eq!(r[0].0, "the fees had risen");
}

#[test]
fn a_quotation_closing_the_sentence_before_is_no_attribution() {
    // `quote_tail` reads marks in the cue's own sentence only.
    let r = indirect("Ann Vale spoke. “We won.” The board criticized the harbour fees on Monday.");
    assert_eq!(r.len(), 1);
    assert_eq!(r[0].0, "the harbour fees on Monday");
}

#[test]
fn a_quoted_title_after_a_fronted_phrase_is_no_attribution() {
    // `quote_tail` needs the quotation to open the sentence.
    let r =
        indirect("In a talk about her film, “Harbour Lights,” Ann Vale criticized the port fees.");
    assert_eq!(r.len(), 1);
    assert_eq!(r[0].0, "the port fees");
}

#[test]
fn a_trailing_subject_run_on_after_its_head_is_the_source() {
    // Rule `trailing_postmodified`: the head phrase after the comma is the source.
    let r = indirect("The ferry will stop running in March, a source close to him said.");
    assert_eq!(
        r,
        vec![row(
            "The ferry will stop running in March",
            "a source",
            "said",
            CueKind::Speech
        )]
    );
    let r = indirect("Most of the wells had run dry, a survey by the water board found.");
    assert_eq!(
        r,
        vec![row(
            "Most of the wells had run dry",
            "a survey",
            "found",
            CueKind::Document
        )]
    );
}

#[test]
fn a_cue_word_ending_a_phrase_after_a_comma_is_no_trailing_attribution() {
    // A noun at the sentence end after a determiner, a figure, or a lower-case noun.
    for text in [
        "The mill closed in 1990, leaving empty lots in both states.",
        "The firm grew fast, with new offices in 10 states.",
        "The loss, coupled with a draw, cuts the club's lead to four points.",
        "The town banned the fair, a move opposed by civil rights advocates.",
        "The singer kept touring, stayed cheerful in his comments.",
    ] {
        let last = text.trim_end_matches('.').rsplit(' ').next();
        let r = indirect(text);
        assert!(
            r.iter().all(|row| row.2.as_deref() != last),
            "{text:?}: {r:?}"
        );
    }
}

#[test]
fn according_to_words_the_chunker_does_not_read_are_the_source() {
    // Step `according_words` of rule `according_to`.
    let r = indirect("The mill closed in 1990, according to early county records.");
    assert_eq!(
        r,
        vec![row(
            "The mill closed in 1990",
            "early county records",
            "according to",
            CueKind::Document
        )]
    );
    let r = indirect("According to the most recent count, the mayor won by 40 votes.");
    assert_eq!(
        r,
        vec![row(
            "the mayor won by 40 votes",
            "the most recent count",
            "According to",
            CueKind::Speech
        )]
    );
}

#[test]
fn according_ending_a_sentence_takes_no_source_from_the_next() {
    // Rule `according_to` reads "to" and its source inside the cue's sentence only: a row
    // and its cue never run across a sentence end (review rev16).
    let text = "The vote was close, according\n\nto early returns.";
    let doc = analyze(text);
    assert_eq!(doc.sentences.len(), 2);
    let first_end = doc.sentences[0].span.end();
    for q in &doc.quotes {
        let cue_end = q.cue.map_or(q.span.end(), |c| c.end());
        assert!(
            q.span.end() <= first_end && cue_end <= first_end || q.span.start() >= first_end,
            "{:?} crosses the sentence end",
            q.span.text(text)
        );
    }
    // The same words in one sentence still give the row.
    assert_eq!(
        indirect("The vote was close, according to early returns."),
        vec![row(
            "The vote was close",
            "early returns",
            "according to",
            CueKind::Speech
        )]
    );
}

#[test]
fn a_particle_before_the_preposition_keeps_the_verb_a_cue() {
    // Step `particle_preposition` of rule `verb_preposition` (`indirect_cues.txt` field 6).
    let r = indirect("The mayor lashed out at the harbour board on Monday.");
    assert_eq!(
        r,
        vec![row(
            "the harbour board on Monday",
            "The mayor",
            "lashed out at",
            CueKind::Speech
        )]
    );
    let r = indirect("Cole spoke out against the new parking fees.");
    assert_eq!(
        r,
        vec![row(
            "the new parking fees",
            "Cole",
            "spoke out against",
            CueKind::Speech
        )]
    );
    let r = indirect("The council weighed in on the harbour plan.");
    assert_eq!(r.len(), 1, "{r:?}");
    assert_eq!(r[0].2.as_deref(), Some("weighed in on"));
    // Frame `particle`: without its particle the verb reports nothing, nor in the passive.
    assert_eq!(
        indirect("The long strike weighed on the harbour's profits."),
        vec![]
    );
    assert_eq!(
        indirect("The ferry firm was weighed down by old debts."),
        vec![]
    );
}

#[test]
fn a_particle_of_another_sense_after_an_object_verb_reports_nothing() {
    // Rule `phrasal_particle` of `verb_object` (`indirect_phrasal_verbs.txt`).
    for text in [
        "Hundreds of ferry riders showed up at the harbour on Monday.",
        "The harbour board called off the ferry strike talks.",
        "The minister would have to sign off on the ferry budget.",
        "Staff backed up the ferry timetables every night.",
        "The mayor was showing off the new ferry to visitors.",
        "Rovers saw off the visitors in the second half.",
    ] {
        assert_eq!(indirect(text), vec![], "{text}");
    }
    // The same verbs with an object, or with a particle not listed, still report.
    let r = indirect("The council backed the harbour plan.");
    assert_eq!(
        r,
        vec![row(
            "the harbour plan",
            "The council",
            "backed",
            CueKind::Speech
        )]
    );
    let r = indirect("Vale called out the harbour board for the delays.");
    assert_eq!(r.len(), 1, "{r:?}");
    assert_eq!(r[0].1.as_deref(), Some("Vale"));
    let r = indirect("A new survey shows the ferry is too slow.");
    assert_eq!(r.len(), 1, "{r:?}");
}

#[test]
fn an_object_phrase_ends_where_a_clause_with_its_own_cue_opens() {
    // Rule `object_clause_end` (`verb_object`, `verb_preposition`): a subordinate clause or a
    // ", who" clause with a verb cue and its own subject is a report of its own.
    let r = indirect("Ann Vale is backing Reyes because she worries that the ferry is too slow.");
    assert_eq!(
        r,
        vec![
            row("Reyes", "Ann Vale", "backing", CueKind::Speech),
            row("the ferry is too slow", "she", "worries", CueKind::Thought),
        ]
    );
    let r = indirect("The council praised the harbour plan after Vale said it would create jobs.");
    assert_eq!(
        r,
        vec![
            row(
                "the harbour plan",
                "The council",
                "praised",
                CueKind::Speech
            ),
            row("it would create jobs", "Vale", "said", CueKind::Speech),
        ]
    );
    let r = indirect("Cole lashed out at the harbour board, who voted against the ferry plan.");
    assert_eq!(
        r,
        vec![
            row(
                "the harbour board",
                "Cole",
                "lashed out at",
                CueKind::Speech
            ),
            row("the ferry plan", "who", "voted against", CueKind::Speech),
        ]
    );
    // An adverb before the subordinator stays out of the object.
    let r = indirect("Cole backed the plan even though aides warned it would fail.");
    assert_eq!(
        r,
        vec![
            row("the plan", "Cole", "backed", CueKind::Speech),
            row("it would fail", "aides", "warned", CueKind::Speech),
        ]
    );
    // A noun after a determiner before an -s form is a subject ("the mayor says").
    let r = indirect("Cole criticized the toll, which the mayor says is unfair.");
    assert_eq!(r[0], row("the toll", "Cole", "criticized", CueKind::Speech));
}

#[test]
fn an_object_phrase_runs_on_over_as_phrases_and_passives() {
    // Rule `object_clause_end` needs an active cue right after a subject: not "as a label"
    // (a bare form after an article), "as people who refuse" (a relative inside a phrase),
    // "as saying" (an -ing word), "which was first reported" (a passive).
    for (text, content) in [
        (
            "Cole described the plan as a mistake.",
            "the plan as a mistake",
        ),
        (
            "Residents see the tolls as a burden and as fees that hurt families.",
            "the tolls as a burden and as fees that hurt families",
        ),
        (
            "The paper quoted a witness as saying he saw a truck.",
            "a witness as saying he saw a truck",
        ),
        (
            "Senators signed the letter, which was first reported by the Post.",
            "the letter, which was first reported by the Post",
        ),
    ] {
        let r = indirect(text);
        assert_eq!(r.len(), 1, "{text}: {r:?}");
        assert_eq!(r[0].0, content, "{text}");
    }
}

#[test]
fn a_relative_clause_whose_gap_is_the_reported_subject_reports_its_predicate() {
    // Rule `relative_gap` of `verb_clause`: "which he said would …" reports from the auxiliary.
    let r = indirect("They passed the tax, which he said would hurt families.");
    assert_eq!(
        r,
        vec![row("would hurt families", "he", "said", CueKind::Speech)]
    );
    // The clause ends where the main clause resumes.
    let r = indirect("The bill, which ministers claim will tackle crime, is expected to pass.");
    assert_eq!(
        r,
        vec![row(
            "will tackle crime",
            "ministers",
            "claim",
            CueKind::Speech
        )]
    );
    let r = indirect("The vote was what many analysts said was a sign of progress.");
    assert_eq!(
        r,
        vec![row(
            "was a sign of progress",
            "many analysts",
            "said",
            CueKind::Speech
        )]
    );
    // No relative word of class `relative_before` before the subject: no clause, no row
    // ("who police say was driving fled" would run into the main verb).
    assert_eq!(indirect("On Monday he said would be fine."), vec![]);
    assert_eq!(indirect("The man who police say was driving fled."), vec![]);
}

#[test]
fn a_fronted_subordinate_clause_reports_up_to_its_comma() {
    // Rule `fronted_subordinate` of `fronted_clause`: the subject and an adverb may stand
    // between the subordinator and the cue; the main clause is a report of its own.
    let r = indirect(
        "While Vale wrongly claimed that the bridge was safe, engineers warned that it was not.",
    );
    assert_eq!(
        r,
        vec![
            row("the bridge was safe", "Vale", "claimed", CueKind::Speech),
            row("it was not", "engineers", "warned", CueKind::Speech),
        ]
    );
    let r = indirect(
        "Although the mayor repeatedly said the ferry would run, the council cut its budget.",
    );
    assert_eq!(
        r,
        vec![row(
            "the ferry would run",
            "the mayor",
            "said",
            CueKind::Speech
        )]
    );
    // A content that starts after the comma is the main clause, left as found.
    let r = indirect("As the Herald reported, the mayor was refusing to resign.");
    assert_eq!(r.len(), 1, "{r:?}");
    assert_eq!(r[0].0, "the mayor was refusing to resign");
}

#[test]
fn a_relative_gap_reports_from_a_lexical_verb_and_without_a_relative_word() {
    // Step `lexical_gap` of rule `relative_gap`: an -s or -ed verb right after the cue is the
    // gap clause's verb ("which the campaign says includes …"), and the clause ends where the
    // main clause resumes.
    let r = indirect(
        "The donor list, which the campaign says includes two million people, is its asset.",
    );
    assert_eq!(
        r,
        vec![row(
            "includes two million people",
            "the campaign",
            "says",
            CueKind::Speech
        )]
    );
    let r = indirect("He read out a letter that Reyes says proves the deal was fair.");
    assert_eq!(
        r,
        vec![row(
            "proves the deal was fair",
            "Reyes",
            "says",
            CueKind::Speech
        )]
    );
    // An -s word before "to" is the cue's object: no gap ("asked workers to …" is the
    // infinitive's row).
    let r = indirect("The firm said the plan that Vale asked workers to sign was fair.");
    assert!(r.iter().all(|x| !x.0.starts_with("workers")), "{r:?}");
    // Step `zero_relative`: no relative word, the subject right after a noun phrase that a
    // determiner opens, after the sentence's finite verb.
    let r = indirect("It was a deal the agency said was final.");
    assert_eq!(
        r,
        vec![row("was final", "the agency", "said", CueKind::Speech)]
    );
    let r = indirect("It’s a trend Moreno said could help the party.");
    assert_eq!(
        r,
        vec![row(
            "could help the party",
            "Moreno",
            "said",
            CueKind::Speech
        )]
    );
    // A sentence that opens with the phrase has the gap as the cue's object and the verb
    // after it as its main verb; a phrase with no determiner is no such noun.
    assert_eq!(
        indirect("The second plan the firm announced is a warning system."),
        vec![]
    );
    let r = indirect("They criticised the move to accept extradition request was typical.");
    assert!(r.iter().all(|x| x.2.as_deref() != Some("request")), "{r:?}");
}

#[test]
fn a_trailing_attribution_may_hold_an_auxiliary_before_its_verb() {
    // Step `trailing_auxiliary` of `trailing_attribution`: "…, the council has said."
    for (text, content, mention, cue) in [
        (
            "The ferry will stop running in May, the council has said.",
            "The ferry will stop running in May",
            "the council",
            "said",
        ),
        (
            "Small farms face a hard winter, officials have warned.",
            "Small farms face a hard winter",
            "officials",
            "warned",
        ),
        (
            "The toll was a mistake, Vale has also argued.",
            "The toll was a mistake",
            "Vale",
            "argued",
        ),
        (
            "The toll was a mistake, he would later say.",
            "The toll was a mistake",
            "he",
            "say",
        ),
    ] {
        assert_eq!(
            indirect(text),
            vec![row(content, mention, cue, CueKind::Speech)],
            "{text}"
        );
    }
    // Not a passive, not a verb that runs on, not an -s word after "have" (a noun).
    for text in [
        "The toll was a mistake, it has been reported.",
        "Besides Ames, Vale and Reyes have claims in the area.",
        "The toll was a mistake, the mayor has not said.",
    ] {
        let r = indirect(text);
        assert!(
            r.iter()
                .all(|x| x.0 != "The toll was a mistake" && !x.0.starts_with("Besides")),
            "{text}: {r:?}"
        );
    }
}

#[test]
fn an_according_to_phrase_with_no_comma_closing_its_sentence_reports_the_clause() {
    // Step `according_unmarked` of `according_to`: a document source, the clause before it.
    let r = indirect("Reyes is now ahead 46 percent to 39 percent according to a new poll.");
    assert_eq!(
        r,
        vec![row(
            "Reyes is now ahead 46 percent to 39 percent",
            "a new poll",
            "according to",
            CueKind::Document
        )]
    );
    // A manner, not a source: no row.
    for text in [
        "The crews operate according to a strict code.",
        "The sales were carried out exactly according to the law.",
    ] {
        assert_eq!(indirect(text), vec![], "{text}");
    }
}

#[test]
fn a_relative_clause_on_the_subject_ends_before_the_main_verb() {
    // Rule `subject_relative`: the "who" clause's row stops at the main verb, and the main
    // verb's own row follows with the phrase before "who" as its source.
    let r = indirect("Farmers who back the harbour plan told reporters the port should reopen.");
    assert_eq!(
        r,
        vec![
            row("the harbour plan", "who", "back", CueKind::Speech),
            row("the port should reopen", "Farmers", "told", CueKind::Speech),
        ]
    );
    // After a plural, a bare cue verb is the main verb; its subject is the phrase before "who"
    // (source step `relative_antecedent`), not the relative's verb and object.
    let r = indirect("Economists who favor harbour taxes agree that the port needs money.");
    assert_eq!(
        r.last(),
        Some(&row(
            "the port needs money",
            "Economists",
            "agree",
            CueKind::Speech
        ))
    );
    // A participle with its agent is part of the object, not the main verb.
    let r =
        indirect("Farmers who backed the harbour plan delivered by the mayor said it was fair.");
    assert_eq!(r[0].0, "the harbour plan delivered by the mayor", "{r:?}");
}

#[test]
fn a_rebuke_reports_its_object_with_its_who_clause() {
    // `rebuke`, `reprimand`, `chastise`, `admonish`, `berate` take an object, as `criticize`:
    // the outer report over a "who" clause is the row, with the outer subject as source.
    let r = indirect("The mayor sharply rebuked critics who say he should resign.");
    assert_eq!(
        r,
        vec![row(
            "critics who say he should resign",
            "The mayor",
            "rebuked",
            CueKind::Speech
        )]
    );
}

#[test]
fn a_subject_focused_on_or_assured_of_holds_the_stance() {
    let r = indirect("The councillors are focused on the harbour budget.");
    assert_eq!(
        r,
        vec![row(
            "the harbour budget",
            "The councillors",
            "focused on",
            CueKind::Thought
        )]
    );
    let r = indirect("Vale is now assured of winning the ward.");
    assert_eq!(
        r,
        vec![row(
            "winning the ward",
            "Vale",
            "assured of",
            CueKind::Thought
        )]
    );
    // The verb keeps its own reading: the one assuring is the source.
    let r = indirect("Vale assured voters that the port would reopen.");
    assert_eq!(r[0].1.as_deref(), Some("Vale"));
    assert_eq!(r[0].2.as_deref(), Some("assured"));
}

#[test]
fn a_transcript_turn_is_its_labels() {
    let text = "The interview went on.\n\nHOST: Do you think the harbour will reopen?\n\nANN VALE: Well, I think the port needs work. I believe the council agrees.\n\nHOST: Thank you.";
    let r = indirect(text);
    assert_eq!(
        r,
        vec![
            row(
                "Do you think the harbour will reopen?",
                "HOST",
                ":",
                CueKind::Speech
            ),
            row(
                "Well, I think the port needs work. I believe the council agrees.",
                "ANN VALE",
                ":",
                CueKind::Speech
            ),
            row("Thank you.", "HOST", ":", CueKind::Speech),
        ]
    );
    // One labelled paragraph is no transcript: its reports keep their sources.
    let r = indirect("EXCLUSIVE: Vale said the port would close.");
    assert_eq!(r[0].1.as_deref(), Some("Vale"));
}

/// Rule `object_relative`: a cue whose object is the relative word before its subject
/// reports that word, with the subject as the source.
#[test]
fn an_object_relative_reports_the_relative_word() {
    let r =
        indirect("The council dropped the ferry deal, which the harbour board firmly rejected.");
    assert_eq!(
        r,
        vec![row(
            "which",
            "the harbour board",
            "rejected",
            CueKind::Speech
        )]
    );
}

/// Rule `object_relative`: "what" is its own antecedent; with a noun phrase after the cue the
/// content runs from "what" to its end (on through "of"), and with none it is "what" alone.
#[test]
fn a_free_relative_what_reports_what() {
    let r = indirect("Nobody could fix what the skipper saw if he checked the log.");
    assert_eq!(r, vec![row("what", "the skipper", "saw", CueKind::Thought)]);
    let r = indirect("That is what the voters rejected.");
    assert_eq!(
        r,
        vec![row("what", "the voters", "rejected", CueKind::Speech)]
    );
    let r = indirect("Reyes has long fought what she calls a waste of harbour money.");
    assert_eq!(
        r,
        vec![row(
            "what she calls a waste of harbour money",
            "she",
            "calls",
            CueKind::Speech
        )]
    );
}

/// Rule `object_relative` leaves a subject relative ("which reported a loss"), a "that"
/// after a lone adjective, a cue word after "is", an -s noun after an undetermined phrase,
/// and a wh-word after a cue ("asked which …") to the other rules.
#[test]
fn an_object_relative_needs_a_gap_and_an_antecedent() {
    let r = indirect("The agency, which reported a loss, kept its staff.");
    assert_eq!(r, vec![row("a loss", "which", "reported", CueKind::Speech)]);
    assert_eq!(
        indirect("It is strange that the governor would object."),
        vec![]
    );
    // "is back": a cue word after a form of "be"; "labels": a plural noun, not a verb.
    let r = indirect("The vote was a sign that the old guard is back in charge.");
    assert!(r.iter().all(|x| x.0 != "that"), "{r:?}");
    let r = indirect("The shop stocks no records which carry warning labels.");
    assert!(r.iter().all(|x| x.0 != "which"), "{r:?}");
    let r = indirect("Vale asked which candidates the voters supported.");
    assert_eq!(
        r,
        vec![row(
            "which candidates the voters supported",
            "Vale",
            "asked",
            CueKind::Speech
        )]
    );
}

/// Rule `proform_object`: a cue whose whole object is one pro-form reports that word.
#[test]
fn a_proform_object_is_the_content() {
    let r = indirect("Asked whether the bridge should be rebuilt, most of the anglers said yes.");
    assert!(
        r.contains(&row("yes", "most of the anglers", "said", CueKind::Speech)),
        "{r:?}"
    );
    let r = indirect("Senator Vale rejected that.");
    assert_eq!(r, vec![row("that", "Vale", "rejected", CueKind::Speech)]);
}

/// Rule `proform_object` reads a pro-form only where the clause ends after it: "said it was
/// …" reports the clause, and "found that, in 2015, …", "said that by refusing …" hold a
/// complementizer.
#[test]
fn a_proform_object_needs_the_clause_end() {
    let r = indirect("Vale said so many voters had left.");
    assert!(r.iter().all(|x| x.0 != "so"), "{r:?}");
    let r = indirect("The audit found that, in 2015, the budget fell.");
    assert!(r.iter().all(|x| x.0 != "that"), "{r:?}");
    let r = indirect("Vale said that by refusing to vote, the board had failed.");
    assert!(r.iter().all(|x| x.0 != "that"), "{r:?}");
}

/// Guard `possessive_object`: a verb before "on"/"upon" (and its particle) and a listed
/// irregular past ("made") give the possessive's place to their subject; an unlisted verb
/// ("relied upon") keeps the pronoun.
#[test]
fn a_possessive_after_a_phrasal_verb_or_irregular_past_gives_way_to_the_subject() {
    for (text, mention) in [
        (
            "The harbour chief is doubling down on her support for a toll on trucks.",
            "The harbour chief",
        ),
        (
            "At the hearing, Reyes expanded upon her calls for a harbour levy.",
            "Reyes",
        ),
        (
            "Reyes made her support for the harbour levy clear.",
            "Reyes",
        ),
        ("Vale relied upon her support for the harbour levy.", "her"),
        // "on" right after the verb: a claim pressed on is another's.
        (
            "The panel pressed on his claim that the fares would fall.",
            "his",
        ),
        ("Vale withdrew her support for the harbour levy.", "Vale"),
    ] {
        let r = indirect(text);
        assert_eq!(r.len(), 1, "{text}: {r:?}");
        assert_eq!(r[0].1.as_deref(), Some(mention), "{text}");
    }
}

/// Guard `quotation_after_cue`: a quotation opening a sentence right after the cue's comma is
/// what the cue introduces; the phrase before it is no reported clause.
#[test]
fn a_quotation_after_the_cue_is_no_interrupted_clause() {
    for text in [
        "Holding open a report, Ann Vale said, “I want you to read what the auditors found.”",
        "As the crowd booed, the mayor said, “Please let the council finish its work.”",
        "On the subject of the port, Vale added, 'Nobody will be laid off this year.'",
    ] {
        assert_eq!(indirect(text), Vec::<Row>::new(), "{text}");
    }
    // A quotation going on in lower case is the rest of the interrupted clause.
    let text = "The plan, the commission said, “would be helpful in avoiding delays.”";
    assert_eq!(
        indirect(text),
        vec![row(
            "The plan, the commission said, “would be helpful in avoiding delays.”",
            "the commission",
            "said",
            CueKind::Speech
        )]
    );
}

/// Step `quoted_trailing_content`: a trailing cue inside a quotation never takes words from
/// before its opening mark.
#[test]
fn a_trailing_cue_inside_a_quotation_stays_inside_it() {
    for text in [
        "The minister said: “Our offer stands on this, the auditors say.”",
        "The minister said: 'Our offer stands on this, the auditors say.'",
    ] {
        let rows = indirect(text);
        assert_eq!(rows, Vec::<Row>::new(), "{text}");
    }
    // Outside quotation marks the trailing attribution stands.
    assert_eq!(
        indirect("The port will reopen in May, engineers say."),
        vec![row(
            "The port will reopen in May",
            "engineers",
            "say",
            CueKind::Speech
        )]
    );
}

/// Comma joiners `whatever`, `whoever`, …: a free relative after the comma reports nothing
/// said before it.
#[test]
fn an_ever_word_after_the_comma_opens_no_trailing_subject() {
    assert_eq!(
        indirect("The council will press ahead with the plan, whatever critics say."),
        Vec::<Row>::new()
    );
    assert_eq!(
        indirect("The council will press ahead with the plan, critics say."),
        vec![row(
            "The council will press ahead with the plan",
            "critics",
            "say",
            CueKind::Speech
        )]
    );
}

#[test]
fn a_flattened_title_case_headline_keeps_its_row() {
    // Rule `flattened_headline_line`: without its line break the headline is the text's first
    // sentence, and reads its capitalised cue as it does on a line of its own.
    let original = "Harbour Board Chair Ann Vale Says Ferry Fares Will Double.\n\n\
                    The board met on Tuesday in Portvale.\n\nFares have not risen since 2019.";
    let expected = vec![row(
        "Ferry Fares Will Double",
        "Ann Vale",
        "Says",
        CueKind::Speech,
    )];
    assert_eq!(indirect(original), expected);
    assert_eq!(indirect(&flattened(original)), expected);
}

#[test]
fn a_title_case_sentence_after_the_first_is_no_flattened_headline() {
    // Only the first sentence stands for the lost headline line: a later title-case sentence
    // of a text without breaks keeps "Says" a name.
    let text = "The board met on Tuesday in Portvale. Harbour Board Chair Ann Vale Says \
                Ferry Fares Will Double. Fares have not risen since 2019.";
    assert_eq!(indirect(text), vec![]);
}

/// Rule `proform_object` needs a subject (not a sentence-opening auxiliary) and leaves an
/// answer a clause goes on after to the clause rules.
#[test]
fn a_proform_object_needs_a_subject_and_its_clause_end() {
    assert_eq!(indirect("Don't ask that."), Vec::<Row>::new());
    let r = indirect("The skipper said no, the ferry would not sail.");
    assert!(r.iter().all(|x| x.0 != "no"), "{r:?}");
    assert_eq!(
        indirect("The skipper said no."),
        vec![row("no", "The skipper", "said", CueKind::Speech)]
    );
}

/// Rule `possessor_noun`: "Vale's support fell" is a noun and its verb, not a cue and its
/// object; the possessor's participle ("Vale's backed") is still a verb.
#[test]
fn a_possessed_support_is_no_cue_but_a_participle_after_s_is() {
    assert_eq!(
        indirect("Vale's support fell by four points after the vote on the pier."),
        Vec::<Row>::new()
    );
    assert_eq!(
        indirect("Ann Cole, whose support slipped in March, said the ferry would run."),
        vec![row(
            "the ferry would run",
            "Ann Cole",
            "said",
            CueKind::Speech
        )]
    );
    assert_eq!(
        indirect("Vale's backed the plan for a new ferry."),
        vec![row(
            "the plan for a new ferry",
            "Vale",
            "backed",
            CueKind::Speech
        )]
    );
}

/// Rule `subject_verb_noun`: "calls" right after its subject is the verb and takes that
/// subject as the source; after a possessive or an adjective it stays the noun.
#[test]
fn calls_for_after_its_subject_is_the_verb() {
    assert_eq!(
        indirect("Harbour Master Ann Cole calls for a second ferry to the island."),
        vec![row(
            "a second ferry to the island",
            "Harbour Master Ann Cole",
            "calls for",
            CueKind::Speech
        )]
    );
    // An adjective before the noun is no subject's end: the possessive holds the noun.
    assert_eq!(
        indirect("His past calls for a second ferry went unheard."),
        vec![row("a second ferry", "His", "calls for", CueKind::Speech)]
    );
}

/// Step `possessed_hearer`: "told Radio Ferry's morning show" names the hearer; the quotation
/// before it is the words, and no row starts at the "'s".
#[test]
fn a_hearer_with_a_possessive_gives_no_row_from_its_s() {
    let text = "\"We will rebuild the pier,\" Vale told PORT NEWS's weekly video series.";
    assert_eq!(indirect(text), Vec::<Row>::new());
    assert_eq!(
        indirect("Vale told NBC’s “Morning Show” on Friday that the pier would be rebuilt."),
        vec![row(
            "the pier would be rebuilt",
            "Vale",
            "told",
            CueKind::Speech
        )]
    );
}

/// Rule `event_noun`: "the deadly attack on a nightclub" is an event, not words; "her attack
/// on the levy" is hers.
#[test]
fn an_unowned_attack_after_an_article_is_an_event() {
    assert_eq!(
        indirect("After the deadly attack on a nightclub in Portvale, the pier was closed."),
        Vec::<Row>::new()
    );
    assert_eq!(
        indirect("Ann Vale renewed her attack on the harbour levy."),
        vec![row(
            "the harbour levy",
            "Ann Vale",
            "attack on",
            CueKind::Speech
        )]
    );
}

/// Step `purpose_infinitive`: an infinitive cue after a verb's object ("used the meeting to
/// say") or after a preposition's object ("took to the radio on Monday to argue") reports
/// for the verb's subject; "continued to say" is still `infinitive_head`'s.
#[test]
fn a_purpose_infinitive_reports_for_the_main_subject() {
    assert_eq!(
        indirect("Vale used the meeting to say that the ferry would stay."),
        vec![row("the ferry would stay", "Vale", "say", CueKind::Speech)]
    );
    assert_eq!(
        indirect("Ann Cole took to the radio on Monday to argue that the pier was unsafe."),
        vec![row(
            "the pier was unsafe",
            "Ann Cole",
            "argue",
            CueKind::Speech
        )]
    );
    assert_eq!(
        indirect("The minister continued to say that the ferry would stay."),
        vec![row(
            "the ferry would stay",
            "The minister",
            "say",
            CueKind::Speech
        )]
    );
}

/// Step `purpose_infinitive`, nearest negatives: the object of a verb that has it act
/// (`indirect_control_verbs.txt`: "hired a consultant to argue"), an -ing word after a noun
/// ("a heckler trying to argue") and an empty "it" ("It fell to the board to admit") give the
/// main subject no row.
#[test]
fn an_acting_object_is_no_purpose_of_the_main_subject() {
    assert_eq!(
        indirect("Vale hired a consultant to argue that the pier was unsafe."),
        Vec::<Row>::new()
    );
    assert_eq!(
        indirect("Vale rebuffed a heckler trying to argue that the pier was unsafe."),
        vec![row(
            "the pier was unsafe",
            "a heckler",
            "argue",
            CueKind::Speech
        )]
    );
    assert_eq!(
        indirect("It fell to the board to admit that the pier was unsafe."),
        Vec::<Row>::new()
    );
}

/// Rule `result_object`: after a cue of frame `result` ("posted", "saw"), a phrase headed by a
/// noun of a measured change or business result is a figure, not a report.
#[test]
fn a_result_figure_after_posted_or_saw_is_no_report() {
    assert_eq!(
        indirect("Harbour Foods posted a 20% rise in annual profit."),
        Vec::<Row>::new()
    );
    assert_eq!(
        indirect("The harbour region saw the smallest increase of just 12%."),
        Vec::<Row>::new()
    );
}

/// Rule `result_object`, nearest negatives: a result phrase followed by "as" is still a view,
/// and a result word after a plural is the verb of a scene, left to the other rules.
#[test]
fn a_result_viewed_as_something_still_reports() {
    assert_eq!(
        indirect("Analysts see these gains as evidence of a recovery."),
        vec![row(
            "these gains as evidence of a recovery",
            "Analysts",
            "see",
            CueKind::Thought
        )]
    );
    assert_eq!(
        indirect("Most dockers would see their wages increase next year."),
        vec![row(
            "their wages increase next year",
            "Most dockers",
            "see",
            CueKind::Thought
        )]
    );
}

/// Rule `ing_modifier`: an -ing cue between a superlative after an article or possessive and a
/// bare noun is an adjective ("the best supporting actress award"): no row.
#[test]
fn an_ing_word_after_a_superlative_is_an_adjective() {
    assert_eq!(
        indirect("Ann Vale won the best supporting actress award for her role."),
        Vec::<Row>::new()
    );
    assert_eq!(
        indirect("Cole's second-best supporting role came in a harbour drama."),
        Vec::<Row>::new()
    );
}

/// Rule `ing_modifier`, nearest negative: with a noun right before the cue ("its strongest
/// statement condemning violence") the participle reports.
#[test]
fn an_ing_cue_after_a_noun_still_reports() {
    assert_eq!(
        indirect("The union issued its strongest statement condemning violence at the port."),
        vec![row(
            "violence at the port",
            "The union",
            "condemning",
            CueKind::Speech
        )]
    );
}

/// Review `rev22b`: the session's reported-speech rules on the sentences nearest to them that
/// they must leave alone.
#[test]
fn the_new_rules_leave_their_nearest_sentences_alone() {
    // `noun_first`: a past form after "that" with a verb of its own after it is an adjective.
    assert_eq!(
        indirect("The charter states that elected officials must resign."),
        vec![row(
            "elected officials must resign",
            "The charter",
            "states",
            CueKind::Speech
        )]
    );
    // `result_object`: "as" after a prepositional phrase still makes a view.
    assert_eq!(
        indirect("Critics see the increase in fees as a tax."),
        vec![row(
            "the increase in fees as a tax",
            "Critics",
            "see",
            CueKind::Thought
        )]
    );
    // `ing_modifier`: only listed superlatives; "protest" ends in -est too.
    assert_eq!(
        indirect("The protest condemning violence spread to three cities."),
        vec![row(
            "violence spread to three cities",
            "The protest",
            "condemning",
            CueKind::Speech
        )]
    );
    // `purpose_infinitive`: the object of "sent" acts, so the sender is no source.
    assert!(
        indirect("Cole sent an aide to tell reporters that the pier was safe.")
            .iter()
            .all(|r| r.1.as_deref() != Some("Cole")),
        "sent an aide to tell"
    );
    // `purpose_infinitive` at the text's first token asks nothing before it (debug builds
    // overflowed).
    assert_eq!(
        indirect("went on the radio to say the plan failed."),
        Vec::<Row>::new()
    );
}

#[test]
fn an_agentless_reporting_passive_reports_unsourced() {
    // `agentless_reporting`: "told", "said" in the passive before "that" or "to" and a verb.
    assert_eq!(
        indirect("He was told that the ferry would stop running."),
        vec![unsourced(
            "the ferry would stop running",
            "told",
            CueKind::Speech
        )]
    );
    assert_eq!(
        indirect("We are being told that the ferry will stop running."),
        vec![unsourced(
            "the ferry will stop running",
            "told",
            CueKind::Speech
        )]
    );
    assert_eq!(
        indirect("It was said that the ferry would stop running."),
        vec![unsourced(
            "the ferry would stop running",
            "said",
            CueKind::Speech
        )]
    );
    // Not before anything else: nothing is reported.
    assert_eq!(
        indirect("Enough has been said about the ferry."),
        Vec::<Row>::new()
    );
    assert_eq!(
        indirect("What was said to him was rude."),
        Vec::<Row>::new()
    );
}

#[test]
fn an_infinitive_content_ends_before_a_coordinated_past_verb() {
    // `infinitive_coordinate_end` and `infinitive_before_that`.
    let r = indirect(
        "He called on the council to tax the oil that feeds the mills and proposed a new park for the town.",
    );
    assert_eq!(r[0].0, "to tax the oil that feeds the mills");
    assert_eq!(r[0].2.as_deref(), Some("called on"));
    // A past form already in the content: "and paid" may be its own coordinate.
    let r =
        indirect("He urged the council to reject the levy that funded schools and paid for roads.");
    assert_eq!(
        r[0].0,
        "to reject the levy that funded schools and paid for roads"
    );
    // After "be" and a participle: coordinated participles of the infinitive.
    let r = indirect("He urged police to be quick and thorough.");
    assert_eq!(r[0].0, "to be quick and thorough");
    let r = indirect("She asked for the men to be arrested and charged with fraud.");
    assert!(r.iter().all(|x| x.0 != "to be arrested"), "{r:?}");
    let r = indirect("She urged the city to be cleaned and painted the same day.");
    assert_eq!(r[0].0, "to be cleaned and painted the same day");
    // After "be" and an adjective, "and called" is the main clause's verb.
    let r = indirect("She urged the court to be fair and called the ruling a disgrace.");
    assert_eq!(r[0].0, "to be fair");
    // "said to reporters that": a plural noun after "to" is no infinitive.
    let r = indirect("He said to reporters that the pier was safe.");
    assert_eq!(r[0].0, "the pier was safe");
}

#[test]
fn a_relative_aside_with_i_ends_the_outer_content() {
    // `relative_aside`: "which I said …" is its own row, as "which he said …" is.
    let r =
        indirect("I urged the judge to give me a short term, which I said was not a prison term.");
    assert_eq!(r[0].0, "to give me a short term");
    assert_eq!(r[1].0, "was not a prison term");
    assert_eq!(r[1].1.as_deref(), Some("I"));
}

#[test]
fn an_ing_cue_after_a_message_noun_has_the_noun_as_source() {
    // `message_participle`: no subject found, the message noun is the source.
    assert_eq!(
        indirect("There were emails showing that the mayor knew about the leak."),
        vec![row(
            "the mayor knew about the leak",
            "emails",
            "showing",
            CueKind::Document
        )]
    );
    // Not after a noun that reports nothing.
    assert_eq!(
        indirect("There were protests showing that the harbour was open."),
        Vec::<Row>::new()
    );
}

#[test]
fn a_reporting_passive_before_to_has_no_agent_after_it() {
    // `agentless_reporting`: "is said to be intrigued by Y": Y is no source.
    let r = indirect("The director is said to be intrigued by the ferry project.");
    assert_eq!(
        r,
        vec![unsourced(
            "The director is said to be intrigued by the ferry project",
            "said",
            CueKind::Speech
        )]
    );
    // An -ed participle keeps its agent after the infinitive, as before the rule.
    let r = indirect("He was asked to close the pier by the harbour board.");
    assert_eq!(r[0].1.as_deref(), Some("the harbour board"));
    // A hedge of the writer's reports nothing.
    assert_eq!(
        indirect("The ferry could be said to run on time."),
        Vec::<Row>::new()
    );
}

#[test]
fn a_bare_time_phrase_after_the_cue_is_no_part_of_the_clause() {
    // `time_before_clause`: wire style puts the day right after the verb, with no "on".
    for (text, content) in [
        (
            "The utility said Tuesday it would raise prices in March.",
            "it would raise prices in March",
        ),
        (
            "Officials said late Friday the coast road would reopen.",
            "the coast road would reopen",
        ),
        (
            "The charity said last week its shops would close.",
            "its shops would close",
        ),
        (
            "Vale told reporters yesterday she had not decided.",
            "she had not decided",
        ),
    ] {
        let r = indirect(text);
        assert_eq!(r.len(), 1, "{text}: {r:?}");
        assert_eq!(r[0].0, content, "{text}");
    }
    // Not a possessive time word (the subject's), nor a word that only may be one ("long").
    let r = indirect("Vale said Monday's vote was rigged.");
    assert_eq!(r[0].0, "Monday's vote was rigged");
    let r = indirect("The campaign says long queues kept voters away.");
    assert_eq!(r[0].0, "long queues kept voters away");
    let r = indirect("Vale said Long Island officials were wrong.");
    assert_eq!(r[0].0, "Long Island officials were wrong");
}

#[test]
fn a_figure_opens_a_reported_clause() {
    // `numeral_subject`: a figure after the cue is the clause's subject.
    assert_eq!(
        indirect("Officials said 40 homes were destroyed in the fire."),
        vec![row(
            "40 homes were destroyed in the fire",
            "Officials",
            "said",
            CueKind::Speech
        )]
    );
    let r = indirect("The survey found 60% of tenants say their rent is too high.");
    assert_eq!(r[0].0, "60% of tenants say their rent is too high");
    // A figure opening an object ("ordered 30 planes"): an -s word after it is a noun.
    assert_eq!(
        indirect("The airline ordered 30 planes for its new routes."),
        Vec::<Row>::new()
    );
}

#[test]
fn an_aside_with_a_cue_of_its_own_ends_before_the_main_cue() {
    // `aside_closed_by_cue`: "citing X" reports X; "said" reports the clause after it.
    assert_eq!(
        indirect("The agency, citing a police source, said three men had been arrested."),
        vec![
            row("a police source", "The agency", "citing", CueKind::Speech),
            row(
                "three men had been arrested",
                "The agency",
                "said",
                CueKind::Speech
            ),
        ]
    );
    // A clause of its own before the comma: the cue after it is that clause's verb.
    let r = indirect("Vale said the man, who later fled, claimed the boat was his.");
    assert_eq!(r[0].0, "the man, who later fled, claimed the boat was his");
    // No comma opens an aside before the words: "Cole, her deputy," is the clause's subject.
    let r = indirect("Vale denied Cole, her deputy, said the plan was dead.");
    assert_eq!(r[0].0, "Cole, her deputy, said the plan was dead");
    // "said to be …" is a participle with its own complement, not a cue.
    let r = indirect("Police said the painting, said to be worth millions, was stolen.");
    assert_eq!(
        r[0].0,
        "the painting, said to be worth millions, was stolen"
    );
}

#[test]
fn a_comma_before_the_main_clause_opens_no_aside() {
    // `aside_closed_by_cue` (rev34): the aside's opener is read back from the words only
    // up to a finite verb; a comma before "the minister said" is the main clause's.
    let r = indirect(
        "Speaking on Monday, the minister said the plan, a costly one, warned investors of risk.",
    );
    assert_eq!(r.len(), 1, "{r:?}");
    assert_eq!(r[0].0, "the plan, a costly one, warned investors of risk");
    let r = indirect("Police, citing witnesses, said the driver, a local man, told officers he had been drinking.");
    assert!(
        r.iter().any(|x| x
            == &row(
                "the driver, a local man, told officers he had been drinking",
                "Police",
                "said",
                CueKind::Speech
            )),
        "{r:?}"
    );
    // Still an aside: the relative pronoun before the aside's own cue opens it.
    let r = indirect(
        "Cole, who said the fund, once a success, had failed, told reporters she would resign.",
    );
    assert_eq!(r[0].0, "the fund, once a success");
    assert_eq!(r[1].0, "she would resign");
}

#[test]
fn a_subject_and_its_aside_before_a_cue_are_no_inverted_report() {
    // Guard `aside_not_inverted` (rev34): "The agency, citing X," is the subject of "said",
    // not words that "said the man" reports.
    assert_eq!(
        indirect("The agency, citing a police source, said the man fled."),
        vec![
            row("a police source", "The agency", "citing", CueKind::Speech),
            row("the man fled", "The agency", "said", CueKind::Speech),
        ]
    );
    let r = indirect("The museum, citing a police report, said the painting, said to be worth millions, was stolen.");
    assert_eq!(
        r.last(),
        Some(&row(
            "the painting, said to be worth millions, was stolen",
            "The museum",
            "said",
            CueKind::Speech
        )),
        "{r:?}"
    );
    // Negative: words with a verb of their own before an inverted cue are reported.
    let r = indirect("The plan, citing costs, would fail, said the man.");
    assert_eq!(r[0].0, "The plan, citing costs, would fail", "{r:?}");
}

#[test]
fn a_figure_before_a_relative_clause_or_another_subject_opens_no_clause() {
    // `numeral_subject` (rev34): the verb must be the figure's, not a relative clause's
    // nor another clause's.
    for text in [
        "He wrote 3 books that were banned in Texas.",
        "The council denied 3 requests that were filed by residents.",
        "He said 10 times he was innocent.",
    ] {
        assert!(
            indirect(text)
                .iter()
                .all(|r| !r.0.starts_with(|c: char| c.is_ascii_digit())),
            "{text}: {:?}",
            indirect(text)
        );
    }
    // Positives: an article of a measure ("a year") or a determiner after "of" goes on.
    let r = indirect("The review said 140,000 new homes a year were needed.");
    assert_eq!(r[0].0, "140,000 new homes a year were needed");
    let r = indirect("The report said 5 of the 12 men were armed.");
    assert_eq!(r[0].0, "5 of the 12 men were armed");
}

#[test]
fn a_weekday_before_a_capital_may_open_a_name() {
    // `time_before_clause` (rev34): "Friday Harbor" is a name; a given name after the
    // weekday opens the clause.
    let r = indirect("The mayor said Friday Harbor would get a new ferry.");
    assert_eq!(r[0].0, "Friday Harbor would get a new ferry");
    let r = indirect("The firm said Friday Ann Cole would step down.");
    assert_eq!(r[0].0, "Ann Cole would step down");
}

#[test]
fn a_hearer_after_to_keeps_the_cue_s_clause() {
    // `infinitive_before_that`: a plural noun, an indefinite person or a bare plural after
    // "to" is the hearer, not an infinitive; the "that" is the cue's.
    for text in [
        "He said to people that the plant would close.",
        "He said to staff that the plant would close.",
        "He said to police that the plant would close.",
        "He said to media that the plant would close.",
        "He said to everyone that the plant would close.",
        "He said to somebody that the plant would close.",
    ] {
        assert_eq!(
            indirect(text),
            vec![row("the plant would close", "He", "said", CueKind::Speech)],
            "{text}"
        );
    }
    for (text, cue) in [
        ("She promised to staff that no jobs would go.", "promised"),
        ("She pledged to staff that no jobs would go.", "pledged"),
    ] {
        let r = indirect(text);
        assert_eq!(r[0].0, "no jobs would go", "{text}");
        assert_eq!(r[0].2.as_deref(), Some(cue));
    }
    let r = indirect("He promised to police that he would cooperate.");
    assert_eq!(r[0].0, "he would cooperate");
    // The infinitive's own "that" stays the infinitive's.
    let r = indirect("He pledged to ensure that the road was safe.");
    assert_eq!(r[0].0, "to ensure that the road was safe");
    let r = indirect("He urged residents to remember that the road was closed.");
    assert_eq!(r[0].0, "to remember that the road was closed");
    let r = indirect("He said he wanted to ensure that the road was closed.");
    assert_eq!(r[0].0, "he wanted to ensure that the road was closed");
    let r = indirect("He vowed to go after any firm that buys the assets.");
    assert_eq!(r[0].0, "to go after any firm that buys the assets");
}

#[test]
fn an_object_pronoun_before_an_infinitive_is_the_hearer() {
    // `verb_infinitive`: "asked them to confirm that …" is the outer cue's, from "to".
    assert_eq!(
        indirect("He asked them to confirm that the road was closed."),
        vec![row(
            "to confirm that the road was closed",
            "He",
            "asked",
            CueKind::Speech
        )]
    );
    assert_eq!(
        indirect("They asked him to note that the road was closed."),
        vec![row(
            "to note that the road was closed",
            "They",
            "asked",
            CueKind::Speech
        )]
    );
    let r = indirect("He urged her to note that the road was closed.");
    assert_eq!(r[0].0, "to note that the road was closed");
    let r = indirect("He urged them to act.");
    assert_eq!(r, vec![row("to act", "He", "urged", CueKind::Speech)]);
    // "to the …" is a preposition's object: no infinitive.
    assert_eq!(
        indirect("Two rivals challenge them to the award."),
        Vec::<Row>::new()
    );
}

#[test]
fn agentless_reporting_needs_a_report_after_the_participle() {
    // `agentless_reporting`: no row for "that" before a time word, "when" after "said", "to"
    // of purpose after an amount, a plural noun or person after "to", or a writer's hedge.
    for text in [
        "Nothing was said that night about the plan.",
        "The words that were said that day still hurt.",
        "Little was said when the council met.",
        "Not much was said when the minister arrived.",
        "Little was said to reassure the workers.",
        "Enough was said to convince the jury.",
        "Little was told to parents about the outbreak.",
        "The story was told to children for centuries.",
        "The same was said to voters in 2019.",
        "It must be said that the mayor was right.",
        "It should be said that the team played well.",
        "It has to be said that the result was poor.",
        "It would be said that the plan worked.",
        "It cannot be said that the plan worked.",
        "It can safely be said that the plan worked.",
        "The ferry could not be said to run on time.",
        "The ferry could also be said to run on time.",
    ] {
        assert_eq!(indirect(text), Vec::<Row>::new(), "{text}");
    }
    let r = indirect("Much has been said to explain the delay.");
    assert!(r.iter().all(|x| x.2.as_deref() != Some("said")), "{r:?}");
    // Still reports: "that", "to be", a hearer's wh-word.
    let r = indirect("It was said that the bridge was safe.");
    assert_eq!(r[0].0, "the bridge was safe");
    let r = indirect("The house is said to be haunted.");
    assert_eq!(r[0].0, "The house is said to be haunted");
    let r = indirect("She was told where the money had gone.");
    assert_eq!(r[0].0, "where the money had gone");
    // Step `time_then_that`: the time phrase "that night" stands before the real "that".
    let r = indirect("He was told that night that he had lost.");
    assert_eq!(r[0].0, "he had lost");
}

#[test]
fn a_passive_in_a_relative_aside_ends_at_its_comma() {
    // Step `relative_comma_ends` of `passive`.
    for (text, content) in [
        (
            "The man, who is said to be 40, was arrested on Monday.",
            "who is said to be 40",
        ),
        (
            "The suspect, who was told to stay away, returned to the house.",
            "who was told to stay away",
        ),
        (
            "The house, which is said to be haunted, was sold on Friday.",
            "which is said to be haunted",
        ),
    ] {
        let r = indirect(text);
        assert_eq!(r.len(), 1, "{text}: {r:?}");
        assert_eq!(r[0].0, content, "{text}");
    }
    // A comma before a name is the aside's own.
    let r = indirect("The deal, which was agreed in a court in the capital, Madrid.");
    assert_eq!(r[0].0, "which was agreed in a court in the capital, Madrid");
}

#[test]
fn a_verb_closing_a_relative_is_no_message_noun_s_verb() {
    // `message_before_participle`: after "who lost" or "who was injured", the -s word is the
    // main clause's verb.
    for (text, source, cue, content) in [
        (
            "The man who was injured recalls saying that he felt nothing.",
            "The man",
            "recalls",
            "saying that he felt nothing",
        ),
        (
            "The candidate who lost admits saying that the vote was rigged.",
            "The candidate",
            "admits",
            "saying that the vote was rigged",
        ),
        (
            "A woman who was attacked denies saying that she knew the man.",
            "A woman",
            "denies",
            "saying that she knew the man",
        ),
    ] {
        let r = indirect(text);
        assert!(
            r.iter().any(|x| x.0 == content
                && x.1.as_deref() == Some(source)
                && x.2.as_deref() == Some(cue)),
            "{text}: {r:?}"
        );
    }
    // Still a message noun: "received calls saying …".
    let r = indirect("Police received calls saying that a man had a gun.");
    assert_eq!(r[0].1.as_deref(), Some("calls"));
}

#[test]
fn a_bare_form_in_ed_is_no_coordinated_past_verb() {
    // `infinitive_coordinate_end`: "feed", "heed", "proceed", "exceed", "found" are bare forms.
    for (text, content) in [
        (
            "He urged farmers to grow crops and feed their families.",
            "to grow crops and feed their families",
        ),
        (
            "The minister urged drivers to slow down and heed the warnings.",
            "to slow down and heed the warnings",
        ),
        (
            "He urged the team to regroup and proceed to the next round.",
            "to regroup and proceed to the next round",
        ),
        (
            "The minister urged firms to meet and exceed the targets.",
            "to meet and exceed the targets",
        ),
        (
            "She urged parents to raise money and found a new school.",
            "to raise money and found a new school",
        ),
    ] {
        let r = indirect(text);
        assert_eq!(r.len(), 1, "{text}: {r:?}");
        assert_eq!(r[0].0, content, "{text}");
    }
    // A past form still ends it.
    let r = indirect("The union urged members to vote and agreed a new deal.");
    assert_eq!(r[0].0, "to vote");
}

/// Probe35: `opine` and `aver` report speech before a clause, as South
/// Asian, African and court English write them; without a clause (`opined on`) no row.
#[test]
fn opined_and_averred_report_a_clause() {
    for (text, cue) in [
        (
            "The minister opined that the canal would be ready by June.",
            "opined",
        ),
        (
            "The petitioner averred that no notice had been served on him.",
            "averred",
        ),
    ] {
        let r = indirect(text);
        assert_eq!(r.len(), 1, "{text}: {r:?}");
        assert_eq!(r[0].2.as_deref(), Some(cue), "{text}: {r:?}");
    }
    assert_eq!(indirect("The judge opined on the canal at length."), vec![]);
}

#[test]
fn to_before_a_determiner_is_no_infinitive() {
    // `prepositional_to`: "to the …", "to his …" opens a phrase, not an infinitive.
    for text in [
        "She vowed to the crowd at the rally, and then left.",
        "He promised to his neighbours a quiet summer.",
    ] {
        let r = indirect(text);
        assert!(r.iter().all(|r| !r.0.starts_with("to ")), "{text}: {r:?}");
    }
    // Guard `to_not_preposition`: nor is the phrase after "to" the content of a cue with an
    // infinitive frame when a second object follows it.
    assert_eq!(
        indirect("He promised to his neighbours a quiet summer."),
        Vec::<Row>::new()
    );
    // Step `to_hearer`: "to the crowd" is a hearer before the infinitive said.
    assert_eq!(
        indirect("She vowed to the crowd to fight on."),
        vec![row("to fight on", "She", "vowed", CueKind::Speech)]
    );
    let r = indirect("The minister promised to the voters to cut taxes.");
    assert_eq!(r.len(), 1, "{r:?}");
    assert_eq!(r[0].0, "to cut taxes", "{r:?}");
    assert_eq!(r[0].2.as_deref(), Some("promised"), "{r:?}");
    // "said X to Y …": the clause keeps its subject before "to".
    assert_eq!(
        indirect("She said drilling to the north of the town had stopped.")[0].0,
        "drilling to the north of the town had stopped"
    );
    // A cue with the preposition "to" reads the phrase without "to".
    assert_eq!(
        indirect("The mayor referred to the harbour plan."),
        vec![row(
            "the harbour plan",
            "The mayor",
            "referred to",
            CueKind::Speech
        )]
    );
    // The infinitive is still one.
    assert_eq!(
        indirect("She vowed to rebuild the pier."),
        vec![row("to rebuild the pier", "She", "vowed", CueKind::Speech)]
    );
}

#[test]
fn asked_skips_its_hearer_before_a_wh_clause() {
    // `ask` takes a hearer (`indirect_cues.txt`): "asked reporters whether …" reports the
    // question, not the people asked.
    assert_eq!(
        indirect("She asked reporters whether the bridge would reopen."),
        vec![row(
            "whether the bridge would reopen",
            "She",
            "asked",
            CueKind::Speech
        )]
    );
    assert_eq!(
        indirect("The mayor asked the engineers why the pier was closed.")[0].0,
        "why the pier was closed"
    );
    // Step `hearer_optional` of `clause_start`: no hearer before a wh-word.
    assert_eq!(
        indirect("The group asked whether the mayor backed the plan.")[0].0,
        "whether the mayor backed the plan"
    );
    // No wh-word after the phrase: an infinitive or an object as before.
    assert_eq!(
        indirect("He asked the court to delay the case.")[0].0,
        "to delay the case"
    );
    assert_eq!(
        indirect("She asked questions about the budget.")[0].0,
        "questions about the budget"
    );
}

#[test]
fn an_object_pronoun_is_a_whole_hearer_before_the_clause() {
    // Step `pronoun_hearer` of `clause_start`: "told him …", "asked them whether …".
    assert_eq!(
        indirect("She told him the plan would fail."),
        vec![row("the plan would fail", "She", "told", CueKind::Speech)]
    );
    assert_eq!(
        indirect("They asked him if the tax would rise.")[0].0,
        "if the tax would rise"
    );
    // No clause after the pronoun: no row.
    assert_eq!(indirect("She told him a story."), Vec::<Row>::new());
}

#[test]
fn a_subject_with_an_apposition_before_said_is_no_inverted_report() {
    // Guard `apposition_not_inverted` (fix35a): "Ann Cole, a Republican," is the subject of
    // "said", which reports the clause after it.
    assert_eq!(
        indirect("Ann Cole, a Republican, said the committee won."),
        vec![row(
            "the committee won",
            "Ann Cole",
            "said",
            CueKind::Speech
        )]
    );
    let r = indirect(
        "Gov. Tom Hale of Ohio, a Republican who ran last year, said the family deserved better.",
    );
    assert_eq!(r.len(), 1, "{r:?}");
    assert_eq!(r[0].0, "the family deserved better", "{r:?}");
    // Negatives: a clause before the cue is an inversion, whatever follows the speaker.
    assert_eq!(
        indirect("The plan will fail, said the mayor, a Democrat."),
        vec![row(
            "The plan will fail",
            "the mayor",
            "said",
            CueKind::Speech
        )]
    );
    assert_eq!(
        indirect("Prices will rise, said Ann Cole, an economist at the bank."),
        vec![row("Prices will rise", "Ann Cole", "said", CueKind::Speech)]
    );
    let r = indirect("Lately, a single project can take up to a year, says Ann Cole.");
    assert_eq!(
        r[0].0, "Lately, a single project can take up to a year",
        "{r:?}"
    );
    let r = indirect("Inflation, the bank's main worry, eased, said Ann Cole.");
    assert_eq!(r[0].0, "Inflation, the bank's main worry, eased", "{r:?}");
}

#[test]
fn a_plural_noun_after_to_in_an_aside_is_no_verb() {
    // Step `aside_plural_noun` of `aside_closed_by_cue` (fix35a): "reporters" after "to" is a
    // noun, so the aside ends at ", said" and "said" reports its own clause.
    let r = indirect("Tom Hale, responding to reporters, said the plan would fail.");
    assert_eq!(r.len(), 2, "{r:?}");
    assert_eq!(r[0].0, "to reporters", "{r:?}");
    assert_eq!(
        r[1],
        row("the plan would fail", "Tom Hale", "said", CueKind::Speech)
    );
    // `speak` has no `to` frame: the aside gives no row of its own.
    assert_eq!(
        indirect("Tom Hale, speaking to reporters, said the plan would fail."),
        vec![row(
            "the plan would fail",
            "Tom Hale",
            "said",
            CueKind::Speech
        )]
    );
    // Negative: an -s verb of the words' own relative clause (after "who", not a
    // preposition) is still a verb, so the clause runs on through the comma.
    let r = indirect("Vale said the man, who sells to retailers, claimed the boat was his.");
    assert_eq!(
        r[0].0, "the man, who sells to retailers, claimed the boat was his",
        "{r:?}"
    );
}

#[test]
fn a_conjunction_and_participle_aside_leaves_the_subject_to_said() {
    // Step `conjunction_participle` of `interrupted_subject` (fix35a): "while addressing …",
    // "when asked …" set off by commas after the subject are an aside; "said" is the
    // subject's.
    assert_eq!(
        indirect("Tom Hale, while addressing a rally, said the plan would fail."),
        vec![row(
            "the plan would fail",
            "Tom Hale",
            "said",
            CueKind::Speech
        )]
    );
    assert_eq!(
        indirect("Tom Hale, when asked about the plan, said it would fail."),
        vec![row("it would fail", "Tom Hale", "said", CueKind::Speech)]
    );
    // Negative: the same aside inside inverted words leaves them one reported clause.
    assert_eq!(
        indirect("The plan, when finished, will cost millions, said Tom Hale."),
        vec![row(
            "The plan, when finished, will cost millions",
            "Tom Hale",
            "said",
            CueKind::Speech
        )]
    );
}

/// `speak` has no `to` frame: the people spoken to are hearers, not what was said; the
/// topic after `about`/`of` still is.
#[test]
fn the_people_spoken_to_are_no_report() {
    for text in [
        "The minister spoke to reporters outside parliament on Monday.",
        "Speaking to a rally in Lagos, the governor waved to the crowd.",
        "Ann Cole has spoken to the board twice this year.",
    ] {
        assert_eq!(indirect(text), Vec::<Row>::new(), "{text}");
    }
    let r = indirect("The minister spoke to reporters about the new harbour fees.");
    assert_eq!(r, Vec::<Row>::new());
    let r = indirect("The minister spoke about the new harbour fees on Monday.");
    assert_eq!(r.len(), 1, "{r:?}");
    assert_eq!(r[0].2.as_deref(), Some("spoke about"));
}

#[test]
fn a_subject_with_an_age_before_said_is_no_inverted_report() {
    // Step `age_apposition` of guard `apposition_not_inverted`: "Ann Cole, 45," is the
    // subject of "said", which reports the clause after it.
    assert_eq!(
        indirect("Ann Cole, 45, said the committee won."),
        vec![row(
            "the committee won",
            "Ann Cole",
            "said",
            CueKind::Speech
        )]
    );
    let r = indirect("The mayor, 61, said the council voted.");
    assert_eq!(r.len(), 1, "{r:?}");
    assert_eq!(r[0].0, "the council voted", "{r:?}");
    // Negative: a clause before the cue is a real inversion, an age after the speaker or not.
    let r = indirect("The plan will fail, said the mayor, 61.");
    assert_eq!(r.len(), 1, "{r:?}");
    assert_eq!(r[0].0, "The plan will fail", "{r:?}");
}

#[test]
fn a_determiner_adverb_after_to_keeps_the_infinitive() {
    // Step `adverb_after_to` of rule `prepositional_to`: "all but", "each year", "this year"
    // open an infinitive's adverb, not a phrase.
    for (text, content, cue) in [
        (
            "The union threatened to all but shut down the port.",
            "to all but shut down the port",
            "threatened",
        ),
        (
            "The council plans to each year review the budget.",
            "to each year review the budget",
            "plans",
        ),
        (
            "The board agreed to this year cut its fees.",
            "to this year cut its fees",
            "agreed",
        ),
    ] {
        let r = indirect(text);
        assert_eq!(r.len(), 1, "{text}: {r:?}");
        assert_eq!(r[0].0, content, "{text}: {r:?}");
        assert_eq!(r[0].2.as_deref(), Some(cue), "{text}: {r:?}");
    }
    // Negatives: "to the …", "to those …" are still no infinitive.
    for text in [
        "The mayor pointed to the harbour plan.",
        "The mayor referred to those islands as bases.",
    ] {
        let r = indirect(text);
        assert!(r.iter().all(|r| !r.0.starts_with("to ")), "{text}: {r:?}");
    }
    // Guard `to_not_preposition` leaves an infinitive after "not to" alone.
    assert_eq!(
        indirect("The senator decided not to enter the race.")[0].0,
        "enter the race"
    );
}

#[test]
fn a_relative_clause_of_the_hearer_is_no_question() {
    // Step `relative_after_hearer` of `clause_start`: "who had gone on strike" belongs to the
    // hearer; the infinitive or the later wh-clause is what was asked.
    for (text, content) in [
        (
            "He asked the workers who had gone on strike to return to work.",
            "to return to work",
        ),
        (
            "She asked the staff who had worked late to leave early.",
            "to leave early",
        ),
        (
            "They asked the board which met on Monday to delay the vote.",
            "to delay the vote",
        ),
        (
            "The lawyer asked the witnesses who saw the crash what they had heard.",
            "what they had heard",
        ),
    ] {
        let r = indirect(text);
        assert_eq!(r.len(), 1, "{text}: {r:?}");
        assert_eq!(r[0].0, content, "{text}: {r:?}");
        assert_eq!(r[0].2.as_deref(), Some("asked"), "{text}: {r:?}");
    }
    // Negative: with nothing after it, the wh-clause is the question.
    assert_eq!(
        indirect("The mayor asked the engineers who would pay for the repairs.")[0].0,
        "who would pay for the repairs"
    );
}

#[test]
fn ask_takes_no_bare_clause_after_a_phrase() {
    // Guard `ask_bare_clause`: the words after "the price" are its relative clause, not the
    // question.
    for text in [
        "They asked the price the buyers were willing to pay.",
        "He asked the price they wanted for the house.",
        "Frequently asked questions the ministry published show the rules have changed.",
    ] {
        let r = indirect(text);
        assert!(
            r.iter().all(|r| !r.0.starts_with("the buyers")
                && !r.0.starts_with("they wanted")
                && !r.0.starts_with("the ministry")),
            "{text}: {r:?}"
        );
    }
    // Negatives: a second object (no verb after its phrase), a wh-word, "that" after the
    // hearer, and a bare clause after "told" stay.
    assert_eq!(
        indirect("She asked him a list of questions about the budget.")[0].0,
        "a list of questions about the budget"
    );
    assert_eq!(
        indirect("The mayor asked the engineers why the pier was closed.")[0].0,
        "why the pier was closed"
    );
    assert_eq!(
        indirect("The board asked the court on Monday that the case be delayed.")[0].0,
        "the case be delayed"
    );
    assert_eq!(
        indirect("She told reporters the plan would fail.")[0].0,
        "the plan would fail"
    );
}

#[test]
fn a_time_between_the_hearer_and_a_wh_word_is_no_question() {
    // Step `time_after_hearer` of `clause_start`: "Friday", "on Monday" belong to the cue.
    assert_eq!(
        indirect("She asked Clinton Friday whether the bridge would reopen.")[0].0,
        "whether the bridge would reopen"
    );
    assert_eq!(
        indirect("The mayor asked the engineers on Monday whether the pier was safe.")[0].0,
        "whether the pier was safe"
    );
    // Negative: no wh-word after the time word: the clause as before.
    assert_eq!(
        indirect("She told reporters Friday the plan would fail.")[0].0,
        "the plan would fail"
    );
}

#[test]
fn all_after_a_pronoun_hearer_is_the_hearers() {
    // Step `pronoun_all` of `hearer_end`: "them all" is the hearer.
    assert_eq!(
        indirect("She told them all the plan would fail."),
        vec![row("the plan would fail", "She", "told", CueKind::Speech)]
    );
    // Negative: without "all" the clause is as before.
    assert_eq!(
        indirect("She told them the plan would fail.")[0].0,
        "the plan would fail"
    );
}

/// Rule `back_particle`: "back" right after a verb that takes it as a particle ("beat back",
/// "bought back", "took control back") is no cue; "will back", "voters back" keep the cue.
#[test]
fn back_after_a_particle_verb_is_no_cue() {
    for text in [
        "The Ohio governor beat back a challenge from his rival.",
        "The firm bought back most of its own shares.",
        "Labor took control back from the coalition.",
    ] {
        assert_eq!(indirect(text), vec![], "{text}");
    }
    assert_eq!(
        indirect("The union will back the plan."),
        vec![row("the plan", "The union", "back", CueKind::Speech)]
    );
}

/// Rule `back_particle`: the one word between a particle verb and "back" must be a content
/// word; "to" after "set", "going", "came" is none ("is set to back the bill" keeps its row),
/// while "won the seat back", "beat back a challenge" stay without the cue "back".
#[test]
fn back_after_to_following_a_particle_verb_keeps_its_row() {
    for (text, content, mention) in [
        (
            "The council is set to back the budget on Monday.",
            "the budget on Monday",
            "The council",
        ),
        (
            "Farmers are going to back the levy in March.",
            "the levy in March",
            "Farmers",
        ),
        (
            "Liberals are looking to back an outsider.",
            "an outsider",
            "Liberals",
        ),
        (
            "The guild came to back the walkout.",
            "the walkout",
            "The guild",
        ),
    ] {
        assert_eq!(
            indirect(text),
            vec![row(content, mention, "back", CueKind::Speech)],
            "{text}"
        );
    }
    for text in [
        "The mayor beat back a challenge from her deputy.",
        "Reyes won the seat back in the spring.",
        "The bank bought shares back from its clients.",
        "The delay set you back a whole season.",
        "The party won them back a year later.",
    ] {
        assert!(
            indirect(text)
                .iter()
                .all(|r| r.2.as_deref() != Some("back")),
            "{text}"
        );
    }
}

/// Step `that_relative` of `relative_antecedent`: a subject with a "that", "which" or "whose"
/// relative clause (a sure verb after "that"/"which") is the source, not the relative
/// clause's words; not when the cue is the relative clause's own verb or its small clause's.
#[test]
fn a_that_relative_in_the_subject_leaves_its_antecedent_the_source() {
    let mention = |text: &str| indirect(text).first().and_then(|r| r.1.clone());
    for (text, want) in [
        (
            "Firms that hired migrants said the rules were unfair.",
            "Firms",
        ),
        (
            "A study that appeared in a journal found that the drug failed.",
            "A study",
        ),
        (
            "Parents whose children attend the school said the fees were high.",
            "Parents",
        ),
        (
            "The five unions which met the minister want the rules withdrawn.",
            "The five unions",
        ),
    ] {
        assert_eq!(mention(text).as_deref(), Some(want), "{text}");
    }
    for text in [
        "They are nearing a deal that would see him endorse her.",
        "It is a phone that won't just see a change in habits.",
    ] {
        assert_eq!(indirect(text), vec![], "{text}");
    }
}

#[test]
fn a_qualified_figure_opens_the_clause_with_its_qualifier() {
    // `qualified_figure_subject` (probe36): disaster and crime copy qualifies the figure that
    // opens the reported clause; the qualifier is the clause's first word, not the cue's
    // prepositional adjunct ("at …", "about …").
    for (text, content) in [
        (
            "Officials said at least 14 people were killed when the dam burst.",
            "at least 14 people were killed when the dam burst",
        ),
        (
            "Police said about 30 cars were damaged overnight.",
            "about 30 cars were damaged overnight",
        ),
        (
            "The coastguard said as many as 200 boats had sunk.",
            "as many as 200 boats had sunk",
        ),
        (
            "Firefighters said at least a dozen homes had burned.",
            "at least a dozen homes had burned",
        ),
        (
            "The sheriff said at most two deputies were hurt.",
            "at most two deputies were hurt",
        ),
    ] {
        let r = indirect(text);
        assert_eq!(r.len(), 1, "{text}: {r:?}");
        assert_eq!(r[0].0, content, "{text}");
    }
    // A qualifier that is the preposition of a phrasal cue stays the cue's: the auxiliary
    // after the figure belongs to a relative clause, not to the figure's own clause.
    for (text, content, cue) in [
        (
            "He wrote about two farmers who were jailed.",
            "two farmers who were jailed",
            "wrote about",
        ),
        (
            "She talked about three nurses that had quit.",
            "three nurses that had quit",
            "talked about",
        ),
    ] {
        let r = indirect(text);
        assert_eq!(r.len(), 1, "{text}: {r:?}");
        assert_eq!(
            (r[0].0.as_str(), r[0].2.as_deref()),
            (content, Some(cue)),
            "{text}"
        );
    }
    // A qualifier before no figure, or a figure that opens no clause, gives no clause here.
    for text in [
        "The sheriff spoke at least 30 times.",
        "Vale said about the fire nothing at all.",
        "Flips were used to decide at least six counties in the caucuses.",
    ] {
        assert_eq!(indirect(text), Vec::<Row>::new(), "{text}");
    }
}

#[test]
fn page_furniture_and_match_report_labels_are_no_speakers() {
    // `heading_label` (probe36): a caption's, link's or line-up's label before a colon is
    // no speaker, one word or two.
    for text in [
        "Photo: Crews repair the harbour wall after the storm.",
        "Read more: Harbour wall to be rebuilt by the council",
        "Image caption: Crews repair the harbour wall",
        "Subs: Cole, Reyes, Dunn, Vale, Marsh",
        "Booked: Cole, Reyes, Dunn",
    ] {
        assert_eq!(indirect(text), Vec::<Row>::new(), "{text}");
    }
    // A name before the colon is still the speaker of a headline's words.
    assert_eq!(
        indirect("Vale: Harbour Wall Will Be Rebuilt by May")[0].1,
        Some("Vale".to_string())
    );
}

#[test]
fn an_organisation_named_with_and_is_the_whole_source() {
    // Rule `org_name_across_and` (probe36): not `Human Services` alone.
    assert_eq!(
        indirect("The Department of Health and Human Services said the rule would start in June."),
        vec![row(
            "the rule would start in June",
            "Department of Health and Human Services",
            "said",
            CueKind::Speech
        )]
    );
}

/// Step `split_infinitive` of rule `prepositional_to`: "one day" or a floating quantifier
/// before a bare verb splits the infinitive, which keeps its row (cue the verb, content from
/// "to"); "to both sides", "to both men", "to all of them" stay prepositional phrases.
#[test]
fn a_split_infinitive_after_to_keeps_its_row() {
    for (text, content, cue) in [
        (
            "The governor vowed to one day return the land.",
            "to one day return the land",
            "vowed",
        ),
        (
            "The unions pledged to both cut fees and hire teachers.",
            "to both cut fees and hire teachers",
            "pledged",
        ),
        (
            "The three firms agreed to each pay a share.",
            "to each pay a share",
            "agreed",
        ),
    ] {
        let r = indirect(text);
        assert_eq!(
            r.iter()
                .map(|r| (r.0.as_str(), r.2.as_deref()))
                .collect::<Vec<_>>(),
            vec![(content, Some(cue))],
            "{text}"
        );
    }
    // A noun after the quantifier takes a preposition: the cue keeps its "to" and the
    // phrase is its object ("agreed to each request from …").
    for (text, content, cue) in [
        (
            "The board agreed to each demand from the tenants.",
            "each demand from the tenants",
            "agreed to",
        ),
        (
            "The judge referred to all testimony in the record.",
            "all testimony in the record",
            "referred to",
        ),
    ] {
        let r = indirect(text);
        assert_eq!(
            r.iter()
                .map(|r| (r.0.as_str(), r.2.as_deref()))
                .collect::<Vec<_>>(),
            vec![(content, Some(cue))],
            "{text}"
        );
    }
    for text in [
        "The mayor pointed to both men and smiled.",
        "The mayor referred to all of them.",
    ] {
        assert!(
            indirect(text)
                .iter()
                .all(|r| !r.0.starts_with("to ") && r.2.as_deref() != Some("pointed")),
            "{text}"
        );
    }
}

/// Step `time_then_that` of rules `passive` and `agentless_reporting`: a time phrase between a
/// passive cue and its "that" ("was told on Sunday that …", "was told that night that …")
/// leaves the clause after "that" the content; "Nothing was said that night." stays no report.
#[test]
fn a_time_phrase_before_that_after_a_passive_cue_keeps_the_clause() {
    for (text, content) in [
        (
            "The farmer was told on Sunday that his barn had burned.",
            "his barn had burned",
        ),
        (
            "The farmer was told that night that his barn had burned.",
            "his barn had burned",
        ),
        (
            "The tenants were told last week that the rent would rise.",
            "the rent would rise",
        ),
    ] {
        let r = indirect(text);
        assert_eq!(
            r.iter()
                .map(|r| (r.0.as_str(), r.2.as_deref()))
                .collect::<Vec<_>>(),
            vec![(content, Some("told"))],
            "{text}"
        );
    }
    for text in [
        "Nothing was said that night.",
        "The farmer was told on the phone.",
    ] {
        assert_eq!(indirect(text), vec![], "{text}");
    }
}

/// Step `headless_subject` of the verb cue's source: "a"/"an" or a possessive, one modifier
/// and a bare cue make one phrase ("her once-formidable campaign against …", "an eloquent
/// advocate for …"), so the two words before the cue are no subject: the source is the
/// subject of the verb whose object the phrase is. "His family say …", "The co-founder says
/// …" keep their subject.
#[test]
fn a_modifier_and_a_bare_cue_make_a_phrase_held_by_the_verb_subject() {
    let mention = |text: &str| indirect(text).first().and_then(|r| r.1.clone());
    for (text, want) in [
        (
            "The mayor tried to revive her once-formidable campaign against the tax.",
            "The mayor",
        ),
        (
            "Ann Vale became an eloquent advocate for the tenants.",
            "Ann Vale",
        ),
    ] {
        assert_eq!(mention(text).as_deref(), Some(want), "{text}");
    }
    for (text, want) in [
        ("His family say the road was unsafe.", "His family"),
        ("The co-founder says the road was unsafe.", "The co-founder"),
    ] {
        assert_eq!(mention(text).as_deref(), Some(want), "{text}");
    }
}

/// Step `conjunction_phrase` of `interrupted_subject`: a conjunction of class
/// `participle_conjunction` and a preposition's phrase ("X, while in London, said …") is an
/// aside between the subject and its verb, like "while addressing …"; an aside with no cue
/// after it gives no row.
#[test]
fn a_conjunction_and_a_prepositional_phrase_are_an_aside_before_the_cue() {
    let mention = |text: &str| indirect(text).first().and_then(|r| r.1.clone());
    for text in [
        "The mayor, while in London, said the road would open.",
        "The mayor, while on leave, vowed to open the road.",
    ] {
        assert_eq!(mention(text).as_deref(), Some("The mayor"), "{text}");
    }
    assert_eq!(
        indirect("The mayor, while in London, met the minister."),
        Vec::<Row>::new()
    );
}

#[test]
fn a_noun_ending_a_fronted_phrase_is_no_cue() {
    // Rule `fronted_phrase_noun`: "post" heads "In a blog post", the verb is "wrote".
    for text in [
        "In a blog post, Lena Ortiz wrote that the levy had failed.",
        "In a short blog post on Friday, Lena Ortiz wrote that the levy had failed.",
    ] {
        assert_eq!(
            indirect(text),
            vec![row(
                "the levy had failed",
                "Lena Ortiz",
                "wrote",
                CueKind::Speech
            )],
            "{text}"
        );
    }
    // Rule `fronted_phrase_noun` (negative): a cue with its clause right after it keeps its
    // verb.
    let r = indirect("In the end staff say the levy had failed.");
    assert_eq!(
        r,
        vec![(
            "the levy had failed".to_string(),
            None,
            Some("say".to_string()),
            Some(CueKind::Speech)
        )]
    );
}

#[test]
fn a_participle_phrase_after_a_statement_is_skipped() {
    // Rule `noun_participle_phrase`: the "that" after "carried by …" is the verb's.
    let r = indirect(
        "The harbour board said in a statement carried by the regional news agency that the pier would reopen.",
    );
    assert_eq!(
        r,
        vec![row(
            "the pier would reopen",
            "The harbour board",
            "said",
            CueKind::Speech
        )]
    );
    // Step `according_participle`: the participle is no word of the source.
    let r = indirect("According to a statement released by the board, the pier would reopen.");
    assert_eq!(
        r,
        vec![row(
            "the pier would reopen",
            "a statement",
            "According to",
            CueKind::Speech
        )]
    );
    // Negative: a participle with no preposition after it stays in the source.
    let r = indirect("According to officials involved, the pier would reopen.");
    assert_eq!(r.len(), 1);
    assert_eq!(r[0].1.as_deref(), Some("officials involved"));
}

#[test]
fn a_plural_after_a_bullet_is_a_role() {
    use presswork::SpeakerType;
    // Rule `list_marker_opening`: the capital after a bullet is owed to its place.
    for text in [
        "• Engineers said the tunnel would close.",
        "* Engineers said the tunnel would close.",
        "- Engineers said the tunnel would close.",
    ] {
        let types: Vec<Option<SpeakerType>> = analyze(text)
            .quotes
            .iter()
            .filter(|q| q.kind == QuoteType::Indirect)
            .map(|q| q.speaker_type)
            .collect();
        assert_eq!(types, vec![Some(SpeakerType::Role)], "{text}");
    }
    // Negative: a name mid-sentence is still a name ("Engineers" as a firm's name).
    let text = "The firm Engineers said the tunnel would close.";
    let types: Vec<Option<SpeakerType>> = analyze(text)
        .quotes
        .iter()
        .filter(|q| q.kind == QuoteType::Indirect)
        .map(|q| q.speaker_type)
        .collect();
    assert_ne!(types, vec![Some(SpeakerType::Role)]);
}
