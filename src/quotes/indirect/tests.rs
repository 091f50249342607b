//! The reported-speech rules one at a time: each invented case gives its rows with every rule
//! on, and comes out differently with its own rule switched off, so no rule is dead.

use super::*;
use crate::quotes::marks;

/// One row as (content, speaker mention, cue).
type Row = (String, Option<String>, String);

/// The indirect rows of `text` with `rules` in force.
fn rows_with(text: &str, rules: &[Rule]) -> Vec<Row> {
    rows_with_sources(text, rules, source::SOURCE_RULES)
}

/// The outermost quotations of `text` as (opening mark, token after the closing one), as the
/// quote stage hands them to reported speech.
fn outer_quotations(text: &str, tokens: &[crate::tokenize::Token]) -> Vec<(usize, usize)> {
    marks::pair(text, tokens)
        .iter()
        .filter(|m| m.depth() == 0)
        .map(|m| (m.open(), m.after()))
        .collect()
}

/// The indirect rows of `text` with `rules` and the source steps `sources` in force.
fn rows_with_sources(text: &str, rules: &[Rule], sources: &[source::SourceRule]) -> Vec<Row> {
    let mut tokens = crate::tokenize::tokenize(text);
    let sentences = crate::sentences::split(text, &mut tokens);
    let ctx = Ctx::new(text, &tokens);
    let quoted = outer_quotations(text, &tokens);
    let entities = Entities::build(&ctx, &quoted);
    extract_with(
        &ctx,
        &sentences,
        &quoted,
        &entities,
        rules,
        source::Sources::new(sources),
    )
    .into_iter()
    .map(|q| {
        (
            q.span.text(text).to_string(),
            q.speaker_mention.map(|m| m.text(text).to_string()),
            q.cue.map_or(String::new(), |c| c.text(text).to_string()),
        )
    })
    .collect()
}

fn row(content: &str, mention: Option<&str>, cue: &str) -> Row {
    (
        content.to_string(),
        mention.map(str::to_string),
        cue.to_string(),
    )
}

/// (rule, text, rows with every rule on).
// long-function: a table of invented cases, a few lines per rule, read in one place.
fn cases() -> Vec<(&'static str, &'static str, Vec<Row>)> {
    vec![
        (
            "according_to",
            "According to the county report, the bridge will close in May.",
            vec![row(
                "the bridge will close in May",
                Some("the county report"),
                "According to",
            )],
        ),
        (
            "in_document",
            "In a new county poll, most voters favor the harbour plan.",
            vec![row(
                "most voters favor the harbour plan",
                Some("a new county poll"),
                "In",
            )],
        ),
        (
            "extraposed_it",
            "It's hard to know whether the harbour will reopen.",
            vec![row("whether the harbour will reopen", None, "know")],
        ),
        (
            "extraposed_it",
            "The council said it is ready to sue the port.",
            vec![row(
                "it is ready to sue the port",
                Some("The council"),
                "said",
            )],
        ),
        (
            "transcript_turn",
            "HOST: Do you think the harbour will reopen?\n\nANN VALE: Well, I think the port \
             needs work. I believe the mayor agrees.\n\nHOST: Thank you.",
            vec![
                row("Do you think the harbour will reopen?", Some("HOST"), ":"),
                row(
                    "Well, I think the port needs work. I believe the mayor agrees.",
                    Some("ANN VALE"),
                    ":",
                ),
                row("Thank you.", Some("HOST"), ":"),
            ],
        ),
        (
            "headline_colon",
            "Ann Vale: Harbour Bridge Will Reopen in Spring",
            vec![row(
                "Harbour Bridge Will Reopen in Spring",
                Some("Ann Vale"),
                ":",
            )],
        ),
        (
            "asked_opening",
            "Asked whether he would fire the aide, Vale said he would wait for the report.",
            vec![
                row("whether he would fire the aide", None, "Asked"),
                row("he would wait for the report", Some("Vale"), "said"),
            ],
        ),
        (
            "asked_opening",
            "Asked about the vote, Cole said she was tired.",
            vec![
                row("the vote", None, "Asked about"),
                row("she was tired", Some("Cole"), "said"),
            ],
        ),
        (
            "trailing_attribution",
            "The bridge will reopen in May, officials said.",
            vec![row(
                "The bridge will reopen in May",
                Some("officials"),
                "said",
            )],
        ),
        (
            "trailing_postmodified",
            "The bridge will reopen in May, a source close to the mayor said.",
            vec![row(
                "The bridge will reopen in May",
                Some("a source"),
                "said",
            )],
        ),
        (
            "trailing_postmodified",
            "Rents rose in May, records compiled by the county show.",
            vec![row("Rents rose in May", Some("records"), "show")],
        ),
        (
            "trailing_appositive",
            "The ferry will run in May, Ann Vale, the harbour engineer, wrote on Monday.",
            vec![row("The ferry will run in May", Some("Ann Vale"), "wrote")],
        ),
        (
            "trailing_appositive",
            "The ferry will run in May, a spokeswoman, Ann Vale, said.",
            vec![row("The ferry will run in May", Some("Ann Vale"), "said")],
        ),
        (
            "received_stance",
            "The bridge plan has the full support of the county council.",
            vec![row(
                "The bridge plan",
                Some("the county council"),
                "has the full support of",
            )],
        ),
        (
            "received_stance",
            "Reyes drew sharp criticism from local farmers on Monday.",
            vec![row(
                "Reyes",
                Some("local farmers"),
                "drew sharp criticism from",
            )],
        ),
        (
            "received_stance",
            "The Ohio senator came under heavy criticism from rivals.",
            vec![row(
                "The Ohio senator",
                Some("rivals"),
                "came under heavy criticism from",
            )],
        ),
        (
            "possessed_noun",
            "Vale's claim that the bridge was safe drew scorn.",
            vec![row("the bridge was safe drew scorn", Some("Vale"), "claim")],
        ),
        (
            "possessed_noun",
            "Her claim that the bridge was safe drew scorn.",
            vec![row("the bridge was safe drew scorn", Some("Her"), "claim")],
        ),
        (
            "infinitive_verb",
            "The long delay prompted the mayor to focus on the harbour budget.",
            vec![row("the harbour budget", Some("the mayor"), "focus on")],
        ),
        (
            "subject_verb_noun",
            "Cole calls for a second ferry to the island.",
            vec![row(
                "a second ferry to the island",
                Some("Cole"),
                "calls for",
            )],
        ),
        (
            "subject_verb_noun",
            "These calls for a second ferry grew louder.",
            vec![row("a second ferry", None, "calls for")],
        ),
        (
            "noun_preposition",
            "Vale's criticism of the harbour plan grew louder.",
            vec![row("the harbour plan", Some("Vale"), "criticism of")],
        ),
        (
            "seem",
            "The harbour plan seems to be failing.",
            vec![row("The harbour plan seems to be failing", None, "seems")],
        ),
        (
            "seem",
            "Cole seemed to urge the council to wait.",
            vec![
                row(
                    "Cole seemed to urge the council to wait",
                    Some("Cole"),
                    "seemed",
                ),
                row("to wait", Some("Cole"), "urge"),
            ],
        ),
        (
            "adjective",
            "Vale is convinced that the bridge will hold.",
            vec![row("the bridge will hold", Some("Vale"), "convinced")],
        ),
        (
            "linking_adjective",
            "The farmers remain hopeful that the harbour will reopen.",
            vec![row(
                "the harbour will reopen",
                Some("The farmers"),
                "hopeful",
            )],
        ),
        (
            "linking_adjective",
            "We're confident that the harbour will reopen.",
            vec![row("the harbour will reopen", Some("We"), "confident")],
        ),
        (
            "linking_adjective",
            "Vale has become more vocal about the harbour budget.",
            vec![row("the harbour budget", Some("Vale"), "vocal about")],
        ),
        (
            "linking_adjective",
            "The farmers were so proud of the harbour.",
            vec![row("the harbour", Some("The farmers"), "proud of")],
        ),
        (
            "adjective",
            "I am fully aware that the harbour is closed.",
            vec![row("the harbour is closed", Some("I"), "aware")],
        ),
        (
            "passive",
            "The plan was criticized by local farmers for its cost.",
            vec![row(
                "The plan was criticized by local farmers for its cost",
                Some("local farmers"),
                "criticized",
            )],
        ),
        (
            "relative_aside",
            "Vale praised the harbour board, which she said had saved the port.",
            vec![
                row("the harbour board", Some("Vale"), "praised"),
                row("had saved the port", Some("she"), "said"),
            ],
        ),
        (
            "relative_aside",
            "Vale praised the dock unions, who argued that the port would close.",
            vec![
                row("the dock unions", Some("Vale"), "praised"),
                row("the port would close", Some("who"), "argued"),
            ],
        ),
        (
            "verb_clause",
            "Vale said the bridge would reopen.",
            vec![row("the bridge would reopen", Some("Vale"), "said")],
        ),
        (
            "verb_clause",
            "Vale said that the bridge would reopen.",
            vec![row("the bridge would reopen", Some("Vale"), "said")],
        ),
        (
            "verb_infinitive",
            "Vale vowed to rebuild the harbour.",
            vec![row("to rebuild the harbour", Some("Vale"), "vowed")],
        ),
        (
            "verb_preposition",
            "Vale talked about the harbour budget.",
            vec![row("the harbour budget", Some("Vale"), "talked about")],
        ),
        (
            "verb_object",
            "Vale criticized the harbour plan.",
            vec![row("the harbour plan", Some("Vale"), "criticized")],
        ),
        (
            "object_relative",
            "The board dropped the toll, which the harbour council opposed.",
            vec![row("which", Some("the harbour council"), "opposed")],
        ),
        (
            "proform_object",
            "Most harbour pilots said so in May.",
            vec![row("so", Some("Most harbour pilots"), "said")],
        ),
        (
            "naming_participle",
            "The port hired a firm called Harbour Works.",
            vec![],
        ),
        (
            "in_response",
            "The county acted in response to the harbour ruling.",
            vec![],
        ),
        (
            "infinitive_find",
            "The county is trying to find a new harbour master.",
            vec![],
        ),
        (
            "abstract_subject",
            "The harbour decision highlights the strain on the county budget.",
            vec![],
        ),
        (
            "modifier_participle",
            "In Ohio, 60 pledged delegates were at stake on Tuesday.",
            vec![],
        ),
        (
            "utterance_source",
            "The ruling drew public statements emphasizing the county's rights.",
            vec![row("the county's rights", None, "emphasizing")],
        ),
        (
            "subject_relative",
            "Farmers who backed the harbour plan said the port should reopen.",
            vec![
                row("the harbour plan", Some("who"), "backed"),
                row("the port should reopen", Some("Farmers"), "said"),
            ],
        ),
        (
            "subject_relative",
            "Ann Vale, who once praised the harbour plan, now wants to close the port.",
            vec![
                row("the harbour plan", Some("who"), "praised"),
                row("to close the port", Some("Ann Vale"), "wants"),
            ],
        ),
        (
            "fronted_nonfinite",
            "To address the rising cost of housing, Vale proposed a tax on empty homes.",
            vec![
                row("the rising cost of housing", Some("Vale"), "address"),
                row("a tax on empty homes", Some("Vale"), "proposed"),
            ],
        ),
        (
            "fronted_nonfinite",
            "Besides attacking the mayor, Vale praised the council for its budget.",
            vec![
                row("the mayor", Some("Vale"), "attacking"),
                row("the council for its budget", Some("Vale"), "praised"),
            ],
        ),
        (
            "fronted_clause",
            "When asked whom she backed, Vale laughed.",
            vec![row("whom she backed", None, "asked")],
        ),
        (
            "fronted_clause",
            "While the mayor is in good health and has praised the new harbour plan, \
             aides admit that a second term seems unlikely.",
            vec![
                row("the new harbour plan", Some("the mayor"), "praised"),
                row("a second term seems unlikely", Some("aides"), "admit"),
            ],
        ),
        (
            "quote_tail",
            "“We will reopen,” Ann Vale said when the crowd cheered.",
            vec![],
        ),
        (
            "outer_attribution",
            "The court approved the harbour law, Vale said.",
            vec![row(
                "The court approved the harbour law",
                Some("Vale"),
                "said",
            )],
        ),
    ]
}

#[test]
fn rules_are_listed_find_then_shape_then_replace() {
    let split = Split::new(RULES);
    assert_eq!(
        split.finds.len() + split.shapes.len() + split.replaces.len(),
        RULES.len()
    );
    assert!(split.finds.iter().all(|r| matches!(r.step, Step::Find(_))));
    assert!(split
        .shapes
        .iter()
        .all(|r| matches!(r.step, Step::Shape(_))));
    assert!(split
        .replaces
        .iter()
        .all(|r| matches!(r.step, Step::Replace(_))));
    assert!(!split.shapes.is_empty() && !split.replaces.is_empty());
}

#[test]
fn rules_have_unique_names_and_a_doc() {
    let mut names: Vec<&str> = RULES.iter().map(|r| r.name).collect();
    assert!(RULES.iter().all(|r| !r.doc.is_empty()));
    names.sort_unstable();
    names.dedup();
    assert_eq!(names.len(), RULES.len());
}

#[test]
fn every_rule_decides_its_cases_and_matters() {
    let cases = cases();
    for rule in RULES {
        let own: Vec<_> = cases.iter().filter(|c| c.0 == rule.name).collect();
        assert!(!own.is_empty(), "rule {} has no case", rule.name);
        let without: Vec<Rule> = RULES
            .iter()
            .filter(|r| r.name != rule.name)
            .copied()
            .collect();
        for (name, text, expected) in &own {
            assert_eq!(&rows_with(text, RULES), expected, "{name}: {text:?}");
        }
        assert!(
            own.iter()
                .any(|(_, text, expected)| &rows_with(text, &without) != expected),
            "{} switched off changes none of its cases",
            rule.name
        );
    }
    for c in &cases {
        assert!(
            RULES.iter().any(|r| r.name == c.0),
            "case names an unknown rule {}",
            c.0
        );
    }
}

/// The source mention the subject search gives the cue word `cue` of `text` (its first
/// occurrence) with the source steps `sources` in force.
fn source_with(text: &str, cue: &str, sources: &[source::SourceRule]) -> Option<String> {
    let mut tokens = crate::tokenize::tokenize(text);
    let sentences = crate::sentences::split(text, &mut tokens);
    let ctx = Ctx::new(text, &tokens);
    // A noun cue ("support of") is held by its possessor or its noun's holder; a verb cue has
    // a subject.
    let (word, noun) = cue.split_once(' ').map_or((cue, false), |(w, _)| (w, true));
    let v = (0..ctx.len()).find(|&k| ctx.tok(k) == word)?;
    let floor = sentences
        .iter()
        .find(|s| s.token_start <= v && v < s.token_end)?
        .token_start;
    let src = source::Sources::new(sources);
    let near = source::Near::default();
    let np = if noun {
        // As rule `noun_preposition` reads it: the possessor, else the holder.
        source::noun_possessor(&ctx, src, v, floor)
            .or_else(|| source::noun_holder(&ctx, src, v, floor))?
    } else {
        source::subject(&ctx, src, v, floor, cue.ends_with("ing"), &near)?
    };
    Some(ctx.span(np.mention_start, np.end).text(text).to_string())
}

/// (source step, text, cue word, source mention with every step on).
// long-function: a table of invented cases, one line per source step, read in one place.
fn source_cases() -> Vec<(
    &'static str,
    &'static str,
    &'static str,
    Option<&'static str>,
)> {
    vec![
        (
            "coordinated_verb",
            "Vale left the meeting early, saying the vote was rigged.",
            "saying",
            Some("Vale"),
        ),
        (
            "clitic",
            "She'd said the harbour was safe.",
            "said",
            Some("She"),
        ),
        (
            "object_holder",
            "Senator Cole gave a statement saying the vote was rigged.",
            "saying",
            Some("Cole"),
        ),
        (
            "participle",
            "Critics last week saying the harbour was unsafe were ignored.",
            "saying",
            None,
        ),
        (
            "infinitive_object",
            "The long delay led voters to say the count was rigged.",
            "say",
            Some("voters"),
        ),
        (
            "purpose_infinitive",
            "Vale used the meeting to say that the ferry would stay.",
            "say",
            Some("Vale"),
        ),
        (
            "infinitive_head",
            "Most of them continue to insist that the harbour is safe.",
            "insist",
            Some("Most of them"),
        ),
        (
            "relative_antecedent",
            "Democrats in Iowa who watched the debate said they were unfazed.",
            "said",
            Some("Democrats in Iowa"),
        ),
        (
            "relative_antecedent",
            "Economists who favor harbour taxes agree that the port needs money.",
            "agree",
            Some("Economists"),
        ),
        (
            "interrupted_subject",
            "Sen. Ann Vale, facing a tough challenge in Ohio, a swing state, said she would welcome the plan.",
            "said",
            Some("Ann Vale"),
        ),
        (
            "interrupted_subject",
            "Reyes, who will retire soon after also serving in Peru, Chile and Spain, praised the plan.",
            "praised",
            Some("Reyes"),
        ),
        (
            "time_phrase",
            "Vale has long joked that he was tired.",
            "joked",
            Some("Vale"),
        ),
        (
            "fronted_quantity",
            "Among those polled, nine in 10 said the harbour was safe.",
            "said",
            Some("nine in 10"),
        ),
        (
            "coordinated_subject",
            "Some in the hall booed, and when Reyes thanked the harbour board and said the port was safe, a man shouted.",
            "said",
            Some("Reyes"),
        ),
        (
            "coordinated_subject",
            "A few minutes later they reversed themselves, rushed everyone inside the hall and said they would vote.",
            "said",
            Some("they"),
        ),
        (
            "joined_quantity",
            "Most members backed the plan, but six in 10 said the harbour was unsafe.",
            "said",
            Some("six in 10"),
        ),
        (
            "joined_quantity",
            "Voters are tired. More than six in 10 said they were not looking forward to it.",
            "said",
            Some("More than six in 10"),
        ),
        (
            "joined_quantity",
            "He polled the board; one suggested the port should close.",
            "suggested",
            Some("one"),
        ),
        (
            "nearest_phrase",
            "After the storm the mayor said the harbour was safe.",
            "said",
            Some("the mayor"),
        ),
        (
            "sentence_opening",
            "Mr. Sperling, then 38, said the deal was dead.",
            "said",
            Some("Sperling"),
        ),
        (
            "quantifier_subject",
            "After the vote one official said the count was rigged.",
            "said",
            Some("one official"),
        ),
        (
            "relative_clause",
            "The law, which the mayor backed in May, passed.",
            "backed",
            None,
        ),
        (
            "relative_report",
            "The law, which the mayor says is unfair, passed.",
            "says",
            Some("the mayor"),
        ),
        (
            "bare_singular",
            "In short, policy says the harbour must stay open.",
            "says",
            None,
        ),
        (
            "fronted_phrase",
            "Ultimately, Mr. Vale ignored the advice and refused to sign the deal.",
            "refused",
            Some("Vale"),
        ),
        (
            "connective",
            "Likewise most of them say the harbour is safe.",
            "say",
            Some("most of them"),
        ),
        (
            "preposition_holder",
            "Mayor Vale raised $5 million in support of the new harbour.",
            "support of",
            Some("Vale"),
        ),
        (
            "appositive_holder",
            "The deal was praised by Ann Vale, a fierce critic of the old harbour plan.",
            "critic of",
            Some("Ann Vale"),
        ),
        (
            "fronted_opening",
            "In April, the harbour board resigned, saying the port was unsafe.",
            "saying",
            Some("the harbour board"),
        ),
        (
            "modified_possessor",
            "Critics mocked Vale's costly proposal to close the harbour.",
            "proposal to",
            Some("Vale"),
        ),
        (
            "possessive_object",
            "Mayor Vale reiterated his support for a harbour tax.",
            "support for",
            Some("Vale"),
        ),
        (
            "possessive_object",
            "The dock unions have stepped up their attacks on the harbour board.",
            "attacks on",
            Some("The dock unions"),
        ),
        (
            "verb_opened_phrase",
            "But he spent more time mocking the harbour board.",
            "mocking",
            Some("he"),
        ),
        (
            "verb_opened_phrase",
            "The senator has not stepped forward publicly to defend the mayor.",
            "defend",
            Some("The senator"),
        ),
        (
            "single_word_object",
            "The long delay led many to say the count was rigged.",
            "say",
            Some("many"),
        ),
        (
            "preposition_object",
            "The long delay prompted the mayor to focus on the harbour.",
            "focus",
            Some("the mayor"),
        ),
        (
            "participle_modifier",
            "Mayor Vale made an unprompted call for a harbour tax.",
            "call for",
            Some("Vale"),
        ),
        (
            "nonfinite_holder",
            "Mayor Vale is also making an argument about the harbour tax.",
            "argument about",
            Some("Vale"),
        ),
        (
            "nonfinite_holder",
            "The senator failed to make a formal endorsement of the mayor.",
            "endorsement of",
            Some("The senator"),
        ),
        (
            "negated_group",
            "The harbour board criticized the plan but did not recommend that it be dropped.",
            "recommend",
            Some("The harbour board"),
        ),
        (
            "opening_verb",
            "Cole met Vale, but did not say whether she will run.",
            "say",
            Some("Cole"),
        ),
        (
            "opening_verb",
            "The mayor set out the plan, but did not say how it would be paid for.",
            "say",
            Some("The mayor"),
        ),
        (
            "participle_modifier",
            "Mayor Vale unleashed withering attacks against the harbour board.",
            "attacks against",
            Some("Vale"),
        ),
        (
            "adjunct_opening",
            "Shortly after the court ruled last July, Sen. Tom Reyes, now a candidate, proposed that the law be changed.",
            "proposed",
            Some("Tom Reyes"),
        ),
        (
            "adjunct_opening",
            "Ever since she joined the race this month, Vale has been a loud critic, attacking the plan at every stop.",
            "attacking",
            Some("Vale"),
        ),
        (
            "time_phrase",
            "Ann Vale, the party chairman, this past week announced that the vote would be delayed.",
            "announced",
            Some("Ann Vale"),
        ),
        (
            "adjunct_opening",
            "Throughout the spring, the harbour board resigned and said the port was unsafe.",
            "said",
            Some("the harbour board"),
        ),
        (
            "adjunct_opening",
            "Inside the hall, Vale on Tuesday dismissed the mayor, arguing that the count was wrong.",
            "arguing",
            Some("Vale"),
        ),
        (
            "adjunct_opening",
            "Shortly after the vote, the owners had mobilized, warning that the deal would fail.",
            "warning",
            Some("the owners"),
        ),
        (
            "adjunct_opening",
            "More recently, Vale has shifted, offering warnings about the harbour.",
            "offering",
            Some("Vale"),
        ),
        (
            "making_object",
            "Attorney General Ann Vale filed a $12 million lawsuit in 2019 alleging that the port lied.",
            "alleging",
            Some("Ann Vale"),
        ),
        (
            "making_object",
            "The harbour union started a petition this week calling on the board to resign.",
            "calling",
            Some("The harbour union"),
        ),
        (
            "making_object",
            "Mayor Vale wrote an open letter to Governor Reyes urging a harbour tax.",
            "urging",
            Some("Vale"),
        ),
        (
            "making_object",
            "The dockers ran ads with two papers reminding voters that the port failed.",
            "reminding",
            Some("The dockers"),
        ),
        (
            "let_object",
            "Let me just say that the harbour is safe.",
            "say",
            Some("me"),
        ),
        (
            "let_object",
            "The board let them argue that the port was unsafe.",
            "argue",
            Some("them"),
        ),
        (
            "floating_quantifier",
            "Vale and Reyes both said the harbour was safe.",
            "said",
            Some("Vale and Reyes"),
        ),
        (
            "floating_quantifier",
            "The two senators have all argued that the port is safe.",
            "argued",
            Some("The two senators"),
        ),
    ]
}

/// Where no listed verb made the object before the -ing cue, step `making_object` decides
/// nothing and the phrase before the cue stays the source: a noun after an article or "no",
/// an -s noun, an object given to an agent ("to a group"), a gerund after a preposition, a
/// passive, an empty object.
#[test]
fn making_object_leaves_nouns_recipients_and_gerunds_to_the_other_steps() {
    let none = [
        (
            "Vale wrote a check to a harbour group supporting the tax.",
            "supporting",
        ),
        ("Vale showed no sign of backing the tax.", "backing"),
        (
            "Dockers put out all the big releases early hoping to win.",
            "hoping",
        ),
        (
            "Vale issued threats against him for defending the tax.",
            "defending",
        ),
        (
            "Vale issued threats against him for publicly defending the tax.",
            "defending",
        ),
        (
            "The plan sent shudders through those supporting the tax.",
            "supporting",
        ),
        (
            "The letter was sent by Vale urging a harbour tax.",
            "urging",
        ),
        ("Vale discussed the key issues facing the port.", "facing"),
        ("A letter written by Vale urging a tax arrived.", "urging"),
    ];
    for (text, cue) in none {
        let mut tokens = crate::tokenize::tokenize(text);
        let sentences = crate::sentences::split(text, &mut tokens);
        let ctx = Ctx::new(text, &tokens);
        let v = (0..ctx.len()).find(|&k| ctx.tok(k) == cue).unwrap();
        let floor = sentences[0].token_start;
        assert_eq!(source::making_verb(&ctx, v, floor), None, "{text:?}");
    }
    // The same shapes with a listed verb, an -s form after a name, a bare form after "to".
    let made = [
        (
            "Vale issues a warning today urging calm.",
            "urging",
            "issues",
        ),
        (
            "Dockers are to stage a rally calling for a tax.",
            "calling",
            "stage",
        ),
        (
            "Vale sent a letter on Monday to Reyes asking for a tax.",
            "asking",
            "sent",
        ),
    ];
    for (text, cue, verb) in made {
        let mut tokens = crate::tokenize::tokenize(text);
        let sentences = crate::sentences::split(text, &mut tokens);
        let ctx = Ctx::new(text, &tokens);
        let v = (0..ctx.len()).find(|&k| ctx.tok(k) == cue).unwrap();
        let floor = sentences[0].token_start;
        let j = source::making_verb(&ctx, v, floor);
        assert_eq!(j.map(|j| ctx.tok(j)), Some(verb), "{text:?}");
    }
}

#[test]
fn nonfinite_holder_and_negated_group_keep_their_limits() {
    for (text, cue) in [
        // A verb with no determiner after it may have the noun for its own ("rally support").
        (
            "Officials hoped to rally support for the harbour tax.",
            "support for",
        ),
        // An -ing word after an adjective or a noun is a noun or the noun's modifier, no verb
        // whose subject holds the phrase (and "Police arrested protesters" holds a verb).
        (
            "After a long meeting an argument about the harbour tax broke out.",
            "argument about",
        ),
        (
            "Police arrested protesters making a call for a harbour strike.",
            "call for",
        ),
        // The subject of a receiving or relaying verb is the target or the messenger, not the
        // holder.
        (
            "The mayor is facing the criticism of her rival.",
            "criticism of",
        ),
        (
            "The court is reviewing the criticism of the harbour ruling.",
            "criticism of",
        ),
        (
            "The minister tried to deflect the criticism of her budget.",
            "criticism of",
        ),
        (
            "Senator Cole is ignoring the criticism of her vote.",
            "criticism of",
        ),
        // A "by" phrase names the noun's own agent.
        (
            "The paper is running an attack on the mayor by her rival.",
            "attack on",
        ),
        // An infinitive after a noun is no verb's complement.
        (
            "The mayor's refusal to disavow the endorsement of the union hurt her.",
            "endorsement of",
        ),
    ] {
        assert_eq!(
            source_with(text, cue, source::SOURCE_RULES),
            None,
            "{text:?}"
        );
    }
    // The holder of an -ing verb after a comma or dash is the sentence's subject, with the
    // verb the chunker read into it cut off.
    let text = "The mayor met the governor, making an argument about the harbour tax.";
    assert_eq!(
        source_with(text, "argument about", source::SOURCE_RULES).as_deref(),
        Some("The mayor")
    );
    // A "not" after no auxiliary is no word of the verb's group: the cue keeps its own subject.
    let text = "The board met on Monday, and not one member said the plan was fair.";
    assert_eq!(
        source_with(text, "said", source::SOURCE_RULES).as_deref(),
        Some("one member")
    );
    // Nor is a negated auxiliary with no coordination before it: the quantity run from the
    // sentence's start does not reach over "would not" to the cue.
    let text = "Up to 60% of the harbour files held data most firms would not want exposed.";
    assert_eq!(
        source_with(text, "want", source::SOURCE_RULES).as_deref(),
        Some("most firms")
    );
    // Nor one inside a relative clause: the sentence's opening is not the cue's subject.
    let text = "It was awful, said a witness who left early but did not want to be named.";
    assert_ne!(
        source_with(text, "want", source::SOURCE_RULES).as_deref(),
        Some("It"),
    );
}

#[test]
fn opening_verb_cuts_past_forms_only() {
    // An -ed word right after the determiner modifies the head; a past form before a name or
    // after a determined head is the verb.
    for (text, cue, holder) in [
        (
            "The embattled mayor visited the port and said it was safe.",
            "said",
            "The embattled mayor",
        ),
        (
            "Cole beat Vale, but did not say whether she will run.",
            "say",
            "Cole",
        ),
        (
            "The mayor met the governor, and has not said whether she will run.",
            "said",
            "The mayor",
        ),
    ] {
        assert_eq!(
            source_with(text, cue, source::SOURCE_RULES).as_deref(),
            Some(holder),
            "{text:?}"
        );
    }
}

#[test]
fn source_steps_have_unique_names_and_a_doc() {
    let mut names: Vec<&str> = source::SOURCE_RULES.iter().map(|r| r.name).collect();
    assert!(source::SOURCE_RULES.iter().all(|r| !r.doc.is_empty()));
    names.sort_unstable();
    names.dedup();
    assert_eq!(names.len(), source::SOURCE_RULES.len());
}

#[test]
fn every_source_step_decides_its_case_and_matters() {
    let cases = source_cases();
    for rule in source::SOURCE_RULES {
        let own: Vec<_> = cases.iter().filter(|c| c.0 == rule.name).collect();
        assert!(!own.is_empty(), "source step {} has no case", rule.name);
        let without: Vec<source::SourceRule> = source::SOURCE_RULES
            .iter()
            .filter(|r| r.name != rule.name)
            .copied()
            .collect();
        for (name, text, cue, expected) in &own {
            let all = source_with(text, cue, source::SOURCE_RULES);
            assert_eq!(all.as_deref(), *expected, "{name}: {text:?}");
            let off = source_with(text, cue, &without);
            assert_ne!(off.as_deref(), *expected, "{name} switched off: {text:?}");
        }
    }
    for c in &cases {
        assert!(
            source::SOURCE_RULES.iter().any(|r| r.name == c.0),
            "case names an unknown source step {}",
            c.0
        );
    }
}

#[test]
fn the_shared_subject_look_answers_as_the_chunker_for_any_verb_and_floor() {
    let text =
        "Officials in Ohio said the plan failed, and the mayor told reporters it would pass.";
    let tokens = crate::tokenize::tokenize(text);
    let ctx = Ctx::new(text, &tokens);
    let near = source::Near::default();
    let said = (0..ctx.len())
        .find(|&k| ctx.tok(k) == "said")
        .expect("said");
    let told = (0..ctx.len())
        .find(|&k| ctx.tok(k) == "told")
        .expect("told");
    let mention = |np: Option<Np>| np.map(|np| ctx.span(np.start, np.end).text(text).to_string());
    // Asked in turn about two verbs, two floors and back: each answer is the chunker's own.
    for (v, floor) in [
        (said, 0),
        (said, 0),
        (told, 0),
        (told, 9),
        (said, 0),
        (told, 0),
    ] {
        assert_eq!(
            mention(near.get(&ctx, v, floor)),
            mention(ctx.subject_before(v, floor)),
            "{v} {floor}"
        );
    }
    assert_eq!(
        mention(near.get(&ctx, said, 0)).as_deref(),
        Some("Officials")
    );
    assert_eq!(
        mention(near.get(&ctx, told, 0)).as_deref(),
        Some("the mayor")
    );
}

/// The tokens of `text` and the index of the first token `word`.
fn token_of(text: &str, word: &str) -> (Vec<crate::tokenize::Token>, usize) {
    let tokens = crate::tokenize::tokenize(text);
    let ctx = Ctx::new(text, &tokens);
    let k = (0..ctx.len()).find(|&k| ctx.tok(k) == word).unwrap();
    (tokens, k)
}

#[test]
fn that_in_window_guard_keeps_both_clause_starts() {
    // A "that" within the window: the clause starts after it.
    let text = "Vale said on Monday that the bridge will reopen.";
    let (tokens, v) = token_of(text, "said");
    let ctx = Ctx::new(text, &tokens);
    let start = content::clause_start(&ctx, v, ctx.len(), false).unwrap();
    assert_eq!(ctx.tok(start), "the");
    assert_eq!(ctx.tok(start - 1), "that");
    // None in the window: the clause starts right after the verb.
    let text = "Vale said the bridge will reopen in May.";
    let (tokens, v) = token_of(text, "said");
    let ctx = Ctx::new(text, &tokens);
    assert_eq!(
        content::clause_start(&ctx, v, ctx.len(), false),
        Some(v + 1)
    );
}

#[test]
fn verb_reading_guard_reads_nouns_after_markers() {
    let text = "Reports said the claim was false.";
    let mut tokens = crate::tokenize::tokenize(text);
    let sentences = crate::sentences::split(text, &mut tokens);
    let ctx = Ctx::new(text, &tokens);
    let split = Split::new(RULES);
    let scan = Scan::new(
        &ctx,
        &split,
        source::Sources::new(source::SOURCE_RULES),
        &[],
        &sentences[0],
    );
    let at = |w: &str| (0..ctx.len()).find(|&k| ctx.tok(k) == w).unwrap();
    assert!(!scan.verb_reading(at("Reports")));
    assert!(scan.verb_reading(at("said")));
    assert!(!scan.verb_reading(at("claim")));
}

#[test]
fn comma_before_guard_reads_the_sentence_first_comma() {
    let text = "Prices rose. The plan, officials said, will fail. Vale said so.";
    let mut tokens = crate::tokenize::tokenize(text);
    let sentences = crate::sentences::split(text, &mut tokens);
    let ctx = Ctx::new(text, &tokens);
    let split = Split::new(RULES);
    let scan_of = |s: &crate::sentences::Sentence| {
        Scan::new(
            &ctx,
            &split,
            source::Sources::new(source::SOURCE_RULES),
            &[],
            s,
        )
    };
    let at = |w: &str| (0..ctx.len()).find(|&k| ctx.tok(k) == w).unwrap();
    let second = scan_of(&sentences[1]);
    let comma = at(",");
    assert!(!second.comma_before(comma));
    assert!(second.comma_before(comma + 1));
    assert!(second.comma_before(at("said")));
    // The oracle: a comma after the first token and before `at`, read token by token.
    for s in &sentences {
        let scan = scan_of(s);
        for v in s.token_start..=s.token_end {
            let naive = (s.token_start + 1..v).any(|j| ctx.is_punct(j, ","));
            assert_eq!(scan.comma_before(v), naive, "{v}");
        }
    }
    assert!(!scan_of(&sentences[2]).comma_before(at("so")));
}

/// `Scan::finite_verb_before` (the sentence's first finite verb, found once) answers as
/// `content::has_finite_verb` from the sentence start, asked in any order, at every end, on the
/// rule-needs texts (invented sentences and word soup of cues, auxiliaries and -ed/-s words).
#[test]
fn finite_verb_before_answers_as_the_scan_from_the_sentence_start() {
    let mut texts = rule_needs_texts();
    texts.push("Rents rose, officials said, and the plan, a source close to him said.".into());
    texts.push(
        "the ann vale and x, a source close to him said; the ann vale and x, he said.".into(),
    );
    let (mut trues, mut falses) = (0, 0);
    for text in &texts {
        let mut tokens = crate::tokenize::tokenize(text);
        let sentences = crate::sentences::split(text, &mut tokens);
        let ctx = Ctx::new(text, &tokens);
        let split = Split::new(RULES);
        for s in &sentences {
            let scan = Scan::new(
                &ctx,
                &split,
                source::Sources::new(source::SOURCE_RULES),
                &[],
                s,
            );
            let ends: Vec<usize> = (s.token_start..=s.token_end + 1).rev().collect();
            for &end in ends.iter().chain(ends.iter().rev()) {
                let naive = content::has_finite_verb(&ctx, s.token_start, end.min(ctx.len()));
                assert_eq!(
                    scan.finite_verb_before(end.min(ctx.len())),
                    naive,
                    "{text:?} {end}"
                );
                if naive {
                    trues += 1;
                } else {
                    falses += 1;
                }
            }
        }
    }
    assert!(trues > 100 && falses > 100, "{trues} / {falses}");
}

/// Runs `each` on the scan of every sentence of every text, with the shipped rules (the
/// guards' oracle tests).
fn for_each_scan(texts: &[String], mut each: impl FnMut(&str, &Ctx, &Scan)) {
    for text in texts {
        let mut tokens = crate::tokenize::tokenize(text);
        let sentences = crate::sentences::split(text, &mut tokens);
        let ctx = Ctx::new(text, &tokens);
        let quoted = outer_quotations(text, &tokens);
        let split = Split::new(RULES);
        for s in &sentences {
            let sources = source::Sources::new(source::SOURCE_RULES);
            let scan = Scan::new(&ctx, &split, sources, &quoted, s);
            each(text, &ctx, &scan);
        }
    }
}

/// The texts of the `rule_needs` oracle: the rule cases, invented sentences and pseudo-random
/// word soup of cues, nouns, adjectives, "according to", "in" and colons.
fn rule_needs_texts() -> Vec<String> {
    let pieces: Vec<&str> =
        "Vale officials the report claim said says told urged to that according According \
         in In a new poll : , . is was convinced critical of seems criticized by for \
         Asked whether her aides believe warned talked about denied plan he it would rise \
         rents his support \u{201c} \u{201d} Harbour Bridge Says He"
            .split_whitespace()
            .collect();
    let mut texts: Vec<String> = cases().iter().map(|c| c.1.to_string()).collect();
    texts.extend(
        [
            "According to a new report, rents will rise, officials said. In a poll, most favor it.",
            "Ann Vale: Bridge Will Reopen\nAsked whether it would, Vale said no. Her claim that \
             rents rose was criticized by aides, who seem convinced that he urged them to act.",
        ]
        .map(str::to_string),
    );
    for seed in 0..600 {
        let gaps = crate::test_text::draw(seed + 3000, 28, &[" ", " ", " ", "\n"]);
        let words = crate::test_text::draw(seed, 28, &pieces);
        texts.push(words.zip(gaps).flat_map(|(w, g)| [w, g]).collect());
    }
    texts
}

/// Guard `rule_needs` against the general scan, every `Find` rule tried at every candidate
/// token (each need set to `Any`): the same rows on the rule cases, invented sentences and
/// pseudo-random word soup of cues, nouns, adjectives, "according to", "in" and colons.
#[test]
fn rule_needs_guard_gives_the_rows_of_the_general_scan() {
    let general: Vec<Rule> = RULES
        .iter()
        .map(|r| Rule {
            needs: Needs::Any,
            ..*r
        })
        .collect();
    assert!(RULES.iter().any(|r| r.needs != Needs::Any));
    let texts = rule_needs_texts();
    let mut rows = 0;
    for text in &texts {
        let fast = rows_with(text, RULES);
        assert_eq!(fast, rows_with(text, &general), "{text:?}");
        rows += fast.len();
    }
    assert!(rows > 250, "{rows} rows");
}

/// Guard `trailing_comma` ([`Needs::CommaBefore`]) against the rule it skips: at every token of
/// the rule cases, invented sentences and 600 word soups (with the quotations paired), where
/// the scan would not try `trailing_attribution` (no comma after the sentence's first token
/// and before it), the rule itself finds nothing; and the guard does skip tokens where the
/// rule is tried and finds rows elsewhere. Also `Scan::passive_at` against the function it
/// keeps.
#[test]
fn trailing_comma_guard_skips_only_tokens_the_rule_rejects() {
    let mut texts = rule_needs_texts();
    texts.extend(
        [
            "Rents will rise next year, officials said on Monday.",
            "The plan will fail, said Ann Vale, a spokeswoman.",
            "Rents rose sharply officials said. Prices, he said, will fall.",
            "\u{201c}We won,\u{201d} Vale said, smiling. Few believe it, many economists believe.",
            "The bridge will reopen in May, the agency said. Taxes will rise, aides say.",
            "The court approved the law, a spokesman for the ministry said on Friday.",
        ]
        .map(str::to_string),
    );
    let (mut skipped, mut found) = (0, 0);
    for_each_scan(&texts, |text, ctx, scan| {
        for k in scan.start..scan.end {
            // The kept passive answer is the function's, whatever was asked before.
            for v in [k, k.saturating_sub(1), k] {
                let passive = content::passive_at(ctx, v, scan.start);
                assert_eq!(scan.passive_at(v), passive, "{text:?} at {v}");
            }
            let tried = Needs::CommaBefore.met_by(scan.place(k));
            let row = trailing_attribution(scan, k);
            assert!(tried || row.is_none(), "{text:?} at {}", ctx.tok(k));
            skipped += usize::from(!tried && cue::candidate(ctx, k).is_some());
            found += usize::from(row.is_some());
        }
    });
    assert!(
        skipped > 1000 && found > 8,
        "{skipped} skipped, {found} rows"
    );
}

/// The rules the scan tries at a token ([`Split::rules_for`], read from the token's fact bits)
/// are those whose need the bits meet ([`Needs::met_by`]), for every combination of fact
/// bits, with the shipped rules and with every need set to `Any`.
#[test]
fn rules_to_try_are_those_whose_need_is_met() {
    let general: Vec<Rule> = RULES
        .iter()
        .map(|r| Rule {
            needs: Needs::Any,
            ..*r
        })
        .collect();
    for list in [RULES, &general[..]] {
        let split = Split::new(list);
        assert!(split.finds.len() > 10);
        for have in 0..=u32::from(u16::MAX >> 2) {
            for (i, rule) in split.finds.iter().enumerate() {
                let tried = split.rules_for(have) & (1 << i) != 0;
                assert_eq!(tried, rule.needs.met_by(have), "{} at {have:#b}", rule.name);
            }
        }
    }
}

#[test]
fn joined_quantity_takes_no_run_that_is_no_quantity_phrase() {
    // Each run reaches the clause start but is no one quantity phrase (a clause word, a
    // finite verb, a headline line, a relative clause's name, no figure near its start): the
    // subject search goes on as before.
    for (text, cue, expected) in [
        (
            "She quit the board on March 14 after the harbour union raised questions.",
            "raised",
            Some("the harbour union"),
        ),
        (
            "Three years after Republicans vowed to reform the port, nothing changed.",
            "vowed",
            Some("Republicans"),
        ),
        (
            "Pupils in the schools taking part will say what they think.",
            "say",
            Some("Pupils"),
        ),
        (
            "One of the jobs Reyes talks about most is the port.",
            "talks",
            Some("Reyes"),
        ),
        (
            "Port crime booms in 2004 The last 12 months have seen a rise in thefts.",
            "seen",
            Some("12 months"),
        ),
    ] {
        assert_eq!(
            source_with(text, cue, source::SOURCE_RULES).as_deref(),
            expected,
            "{text:?}"
        );
    }
}

#[test]
fn coordinated_subject_reads_a_cue_as_its_clauses_first_verb() {
    // The first verb of the clause is the cue "said" (no `finite_at` word), not the content's
    // "was": the second "said" does not take "Harry" as its subject.
    let rows = rows_with(
        "But Lib Dem leader Ann Vale said Harry was in a privileged position and said he should apologise.",
        RULES,
    );
    assert_eq!(rows.len(), 2, "{rows:?}");
    assert_eq!(rows[0].1.as_deref(), Some("Ann Vale"));
    assert_ne!(rows[1].1.as_deref(), Some("Harry"));
}

#[test]
fn coordinated_subject_stops_at_a_clause_word() {
    // "as" opens the clause the coordinated cue belongs to: its subject is "she", not the
    // subject of the sentence's first verb ("booed").
    let text = "Some in the hall booed as she blasted the board and said the port was unsafe.";
    assert_eq!(
        source_with(text, "said", source::SOURCE_RULES).as_deref(),
        Some("she")
    );
}

/// Invented sentences with cues inside quotations and verbs that may take a hearer and an
/// infinitive, then 400 word soups of them with paired and stray marks.
fn pretest_texts() -> Vec<String> {
    let pieces: Vec<&str> = "Vale officials he they said told urged asked warned called on \
         talked about denied criticized backed to that the plan rents would rise him them \
         voters , . \u{201c} \u{201d} \u{201c} \u{201d} \" Ann Cole which who because \
         when will is tax has long"
        .split_whitespace()
        .collect();
    let mut texts = rule_needs_texts();
    texts.extend(
        [
            "\u{201c}I said the plan would fail, and I told them to wait,\u{201d} Vale said.",
            "\u{201c}They urged voters to back the plan,\u{201d} he said. She denied it.",
            "Vale said \u{201c}rents will rise\u{201d} and urged the council to act.",
            "\u{201c}We talked about the port and criticized the board,\u{201d} Cole told them.",
            "He told reporters the plan would fail. He asked them about it.",
            "Officials told the board, \u{201c}We asked voters to wait.\u{201d}",
            // rules `relative_gap` and `object_clause_end` inside and outside quotations
            "The tax, which he said would hurt voters, passed. \u{201c}The tax, which they \
             said will rise, is unfair,\u{201d} Vale said.",
            "Vale has long backed Cole because he said she would win. \u{201c}They backed \
             Cole when she said rents would rise,\u{201d} he said.",
        ]
        .map(str::to_string),
    );
    for seed in 0..400 {
        let words = crate::test_text::draw(seed + 7000, 30, &pieces);
        texts.push(words.collect::<Vec<_>>().join(" "));
    }
    texts
}

/// Guard `quoted_content` against the rules without it: with the pre-tests off, each verb
/// rule gives the same answer at every token of invented text and word soup, and the scan
/// the same rows; and the guard does hold at many cues.
#[test]
fn verb_rule_pretests_give_the_rows_of_the_rules_without() {
    let guarded = [
        "verb_clause",
        "verb_infinitive",
        "verb_preposition",
        "verb_object",
    ];
    let rules: Vec<_> = RULES
        .iter()
        .filter_map(|r| match r.step {
            Step::Find(find) if guarded.contains(&r.name) => Some((r.name, find)),
            _ => None,
        })
        .collect();
    assert_eq!(rules.len(), guarded.len());
    let set = |on: bool| PRETESTS.with(|p| p.set(on));
    let (mut quoted_cues, mut rows) = (0, 0);
    for text in &pretest_texts() {
        let mut tokens = crate::tokenize::tokenize(text);
        let sentences = crate::sentences::split(text, &mut tokens);
        let ctx = Ctx::new(text, &tokens);
        let quoted = outer_quotations(text, &tokens);
        let split = Split::new(RULES);
        let sources = source::Sources::new(source::SOURCE_RULES);
        for s in &sentences {
            let (on, off) = (
                Scan::new(&ctx, &split, sources, &quoted, s),
                Scan::new(&ctx, &split, sources, &quoted, s),
            );
            for k in on.start..on.end {
                for &(name, rule) in &rules {
                    set(true);
                    let fast = format!("{:?}", rule(&on, k));
                    set(false);
                    let general = format!("{:?}", rule(&off, k));
                    assert_eq!(fast, general, "{name} at {k} in {text:?}");
                    rows += usize::from(fast != "None");
                }
                set(true);
                let verb = on.facts(k).verb;
                quoted_cues += usize::from(verb.is_some() && on.quoted_content(k + 1));
            }
        }
        set(false);
        let general = rows_with(text, RULES);
        set(true);
        assert_eq!(rows_with(text, RULES), general, "{text:?}");
    }
    assert!(
        quoted_cues > 100 && rows > 300,
        "{quoted_cues} quoted cues, {rows} rows"
    );
}

/// Step `floating_quantifier` reads only a quantifier that floats off a subject: not a
/// passive's ("are both expected to"), not one after a preposition or conjunction, not one
/// opening the sentence.
#[test]
fn floating_quantifier_leaves_passives_and_other_quantifiers() {
    let on = source::SOURCE_RULES;
    let off: Vec<_> = on
        .iter()
        .filter(|r| r.name != "floating_quantifier")
        .copied()
        .collect();
    for (text, cue) in [
        ("The two plans are both expected to pass.", "expected"),
        ("After all said and done, the port stayed shut.", "said"),
        ("Both said the harbour was safe.", "said"),
        (
            "The dockers, and all argued that the port was safe.",
            "argued",
        ),
    ] {
        assert_eq!(
            source_with(text, cue, on),
            source_with(text, cue, &off),
            "{text}"
        );
    }
    assert_eq!(
        source_with("The two plans are both expected to pass.", "expected", on),
        None
    );
}

/// A capitalised -ing word alone before a cue's past is a name (rule `ing_surname` of the
/// chunker, `source::ing_name`); a participle or "Having" with its own complement, or one
/// before an -s form that may be a plural noun, is not.
#[test]
fn an_ing_surname_before_a_past_cue_is_the_source() {
    let on = RULES;
    let rows = rows_with("Boreing said the members will still meet.", on);
    assert_eq!(
        rows,
        vec![row("the members will still meet", Some("Boreing"), "said")]
    );
    for text in [
        "Following claims that the port was unsafe, the board met.",
        "Having announced that he would resign, Judge Vale left the hall.",
        "Speaking Monday, Vale said the members will still meet.",
        "Nothing indicated that the port was unsafe.",
        "Something told me that the plan would fail.",
    ] {
        let rows = rows_with(text, on);
        assert!(
            rows.iter().all(|r| !matches!(
                r.1.as_deref(),
                Some("Following" | "Having" | "Speaking" | "Nothing" | "Something")
            )),
            "{text}: {rows:?}"
        );
    }
}

/// Rule `fronted_nonfinite` needs a subjectless opening and a main clause after the comma: an
/// imperative main clause ("To confirm the date, call the office.") or a finite opening
/// ("When Vale confirmed the date, …") gives it nothing to do.
#[test]
fn fronted_nonfinite_needs_a_subjectless_opening_and_a_main_clause() {
    let off: Vec<Rule> = RULES
        .iter()
        .filter(|r| r.name != "fronted_nonfinite")
        .copied()
        .collect();
    for text in [
        "To confirm the meeting, call the office.",
        "When Vale confirmed the meeting, the board left.",
    ] {
        assert_eq!(rows_with(text, RULES), rows_with(text, &off), "{text}");
    }
}

/// Guard `possessive_object` keeps the possessive after a preposition, after a bare verb with
/// no finite verb before "to", where the pronoun does not agree with the subject, and where no
/// verb comes before it (the text's first tokens: no look-back past the start).
#[test]
fn possessive_object_keeps_the_pronoun_it_cannot_tie_to_a_subject() {
    for (text, cue, expected) in [
        (
            "Others were unapologetic in their criticism of the plan.",
            "criticism of",
            "their",
        ),
        (
            "Washington is using the attacks to renew its calls for a ban.",
            "calls for",
            "its",
        ),
        (
            "He attacked her criticism of the plan.",
            "criticism of",
            "her",
        ),
        (
            "The unions attacked his support for the plan.",
            "support for",
            "his",
        ),
        ("His support for the plan grew.", "support for", "His"),
        ("Reiterated his support for the plan.", "support for", "his"),
        (
            "Mayor Vale reiterated his support for the plan.",
            "support for",
            "Vale",
        ),
    ] {
        let got = source_with(text, cue, source::SOURCE_RULES);
        assert_eq!(got.as_deref(), Some(expected), "{text}");
    }
}

/// Guard `possessive_object` reads only verbs whose subject holds the stance
/// (`indirect_possessive_verbs.txt`): a verb acting on another's claim leaves the pronoun
/// (review rev20).
#[test]
fn possessive_object_needs_a_verb_of_holding_the_view() {
    for (text, expected) in [
        (
            "The judge upheld his contention that the search was illegal.",
            "his",
        ),
        (
            "On Monday, Investigators examined her allegation that she was hurt at work.",
            "her",
        ),
        (
            "Police investigated their allegation that the vote was rigged.",
            "their",
        ),
        (
            "Mayor Vale restated his claim that the vote was rigged.",
            "Vale",
        ),
    ] {
        let doc = crate::analyze(text);
        let row = doc
            .quotes
            .iter()
            .find(|q| q.kind == crate::QuoteType::Indirect)
            .unwrap_or_else(|| panic!("no row: {text}"));
        assert_eq!(
            row.speaker_mention.map(|m| m.text(text)),
            Some(expected),
            "{text}"
        );
    }
}

/// Shape `verb_opened_phrase` leaves a phrase opened by a plural that is no verb ("allowing
/// users", ", executives are", "which voters view"), by a question's subject after its
/// auxiliary ("Does anyone else think"), and a phrase at the text's first token (no look-back
/// past the start).
#[test]
fn verb_opened_phrase_keeps_plurals_and_questions() {
    for (text, cue, expected) in [
        (
            "Facebook activates a tool allowing users to tell readers that they are safe.",
            "tell",
            "users",
        ),
        (
            "At the shows, which began on Monday, executives are expected to unveil new series.",
            "unveil",
            "executives",
        ),
        (
            "The lens through which voters view the candidates is divided.",
            "view",
            "voters",
        ),
        (
            "Does anyone else think that the plan is ironic?",
            "think",
            "anyone else",
        ),
        // At the text's first token nothing comes before the verb: the phrase stays.
        (
            "spent more time mocking the board than anyone.",
            "mocking",
            "spent more time",
        ),
    ] {
        let got = source_with(text, cue, source::SOURCE_RULES);
        assert_eq!(got.as_deref(), Some(expected), "{text}");
    }
}

/// Guard `modified_possessor` reads no possessor across a verb or an -ing form, and none for a
/// noun that names its own holder (`indirect_agent_nouns.txt`).
#[test]
fn modified_possessor_skips_verbs_and_holder_nouns() {
    let src = source::Sources::new(source::SOURCE_RULES);
    for (text, noun) in [
        (
            "Whether it's raising questions about the port, he wins.",
            "questions",
        ),
        ("The mayor's new critics of the plan met.", "critics"),
        (
            "The mayor's aides said support for the plan was weak.",
            "support",
        ),
    ] {
        let tokens = crate::tokenize::tokenize(text);
        let ctx = Ctx::new(text, &tokens);
        let k = (0..ctx.len()).find(|&k| ctx.tok(k) == noun).unwrap();
        assert!(source::noun_possessor(&ctx, src, k, 0).is_none(), "{text}");
    }
}

/// Rule `count_head` (with `count_subject_verb` and the plural count in the chunker's
/// agreement test): a count other than one after a determiner is the subject of the cue verb
/// after it, in every form ("admit", "argue", "wrote"); before a noun the cue word modifies,
/// no row.
#[test]
fn a_count_is_the_subject_of_the_cue_after_it() {
    let cases: [(&str, &[Row]); 5] = [
        (
            "The two admit that the divide is deep.",
            &[row("the divide is deep", Some("The two"), "admit")],
        ),
        (
            "The two wrote that the bridge was unsafe.",
            &[row("the bridge was unsafe", Some("The two"), "wrote")],
        ),
        (
            "Both say the plan failed, and the two argue it will return.",
            &[
                row("the plan failed", Some("Both"), "say"),
                row("it will return", Some("the two"), "argue"),
            ],
        ),
        (
            "Those over 60 say that they are tired.",
            &[row("they are tired", Some("Those over 60"), "say")],
        ),
        ("Staff filled in two claim forms that day.", &[]),
    ];
    for (text, want) in cases {
        assert_eq!(rows_with(text, RULES), want.to_vec(), "{text}");
    }
}

/// Rule `year_modifier`: a year after a determiner or possessive modifies the cue word after
/// it, a noun; the verb after the phrase reports, with the whole phrase as its source.
#[test]
fn a_year_after_a_determiner_makes_the_cue_word_a_noun() {
    let cases: [(&str, &[Row]); 2] = [
        (
            "The 2013 report said the party was weak.",
            &[row("the party was weak", Some("The 2013 report"), "said")],
        ),
        (
            "Its 2014 estimate said costs would rise.",
            &[row("costs would rise", Some("Its 2014 estimate"), "said")],
        ),
    ];
    for (text, want) in cases {
        assert_eq!(rows_with(text, RULES), want.to_vec(), "{text}");
    }
    // Not after a determiner: "in 2013 reported" keeps the verb as the cue.
    let rows = rows_with("The agency in 2013 reported that costs rose.", RULES);
    assert_eq!(rows.len(), 1);
    assert_eq!(
        (rows[0].0.as_str(), rows[0].2.as_str()),
        ("costs rose", "reported")
    );
}

/// Rule `possessor_noun`: after "whose" or a possessor's "'s", a cue word with no participle
/// ending is a noun, so `verb_object` reads no object after it; a participle after "'s"
/// ("Vale's backed", "has backed") and "let's" keep the verb.
#[test]
fn a_cue_word_after_a_possessor_is_a_noun() {
    let cases: [(&str, &[Row]); 4] = [
        (
            "Polls show that Vale's support fell by four points.",
            &[row(
                "Vale's support fell by four points",
                Some("Polls"),
                "show",
            )],
        ),
        (
            "Cole, whose support slipped last month, said he would stay.",
            &[row("he would stay", Some("Cole"), "said")],
        ),
        (
            "Vale's backed the plan for a new ferry.",
            &[row("the plan for a new ferry", Some("Vale"), "backed")],
        ),
        (
            "Let's support the ferry plan.",
            &[row("the ferry plan", None, "support")],
        ),
    ];
    for (text, want) in cases {
        assert_eq!(rows_with(text, RULES), want.to_vec(), "{text}");
    }
}

/// Step `possessed_hearer` of `content::clause_start`: a hearer with a possessive ("the
/// BBC's programme", "NBC's “Morning Show”") is read to the noun it owns; the clause opens
/// after it (or after a "that" a few words on), never at the "'s".
#[test]
fn a_possessed_hearer_is_read_to_its_noun() {
    let cases: [(&str, &[Row]); 3] = [
        (
            "\"We will rebuild the pier,\" Vale told PORT NEWS's weekly video series.",
            &[],
        ),
        (
            "Vale told NBC’s “Morning Show” on Friday that the pier would close.",
            &[row("the pier would close", Some("Vale"), "told")],
        ),
        ("Vale told the BBC's evening programme.", &[]),
    ];
    for (text, want) in cases {
        assert_eq!(rows_with(text, RULES), want.to_vec(), "{text}");
    }
}

/// Rule `event_noun`: an article before "attack(s) on" with no holder names the event; a
/// possessor or a bare plural keeps the reporting noun's row.
#[test]
fn an_attack_after_an_article_with_no_holder_is_an_event() {
    let cases: [(&str, &[Row]); 3] = [
        (
            "The 2012 attacks on the harbour office drew an inquiry.",
            &[],
        ),
        (
            "Vale stepped up his attacks on the levy.",
            &[row("the levy", Some("Vale"), "attacks on")],
        ),
        (
            "The council faced attacks on its record.",
            &[row("its record", Some("The council"), "attacks on")],
        ),
    ];
    for (text, want) in cases {
        assert_eq!(rows_with(text, RULES), want.to_vec(), "{text}");
    }
}

/// Rule `received_stance` is tried only at cue words of the scan: every word of
/// `indirect_received_nouns.txt` must be one, or the rule never sees it.
#[test]
fn received_stance_nouns_are_scan_candidates() {
    for w in RECEIVED_NOUNS.iter() {
        let text = format!("Vale has the {w} of the council.");
        let (tokens, k) = token_of(&text, w);
        let ctx = Ctx::new(&text, &tokens);
        let here = cue::candidate(&ctx, k);
        assert!(here.is_some(), "{w} is no cue word");
        // The rule's need ([`Needs::Received`]) is met there.
        assert!(
            here.is_some_and(|h| Needs::Received.met_by(Needs::of(&h))),
            "{w}"
        );
    }
}

/// Guard `received_noun` ([`Needs::Received`]) against the rule it skips: at every candidate
/// token of the rule cases, the received-stance sentences below and the drawn texts of the
/// need tests, where the token has no `received` fact, `received_stance` itself finds nothing;
/// the guard skips most candidates and the rule still finds its rows.
#[test]
fn received_guard_skips_only_tokens_the_rule_rejects() {
    let mut texts = rule_needs_texts();
    for w in RECEIVED_NOUNS.iter() {
        texts.push(format!(
            "Vale has the {w} of the union. The plan drew sharp {w} from farmers, and {w} of it \
             came among voters. Reyes picked up the {w} of 40% of members. {w} rose."
        ));
    }
    let (mut skipped, mut found) = (0, 0);
    for_each_scan(&texts, |text, ctx, scan| {
        for k in scan.start..scan.end {
            let Some(here) = cue::candidate(ctx, k) else {
                continue;
            };
            let tried = Needs::Received.met_by(Needs::of(&here));
            let row = received_stance(scan, k);
            assert!(tried || row.is_none(), "{text:?} at {}", ctx.tok(k));
            skipped += usize::from(!tried);
            found += usize::from(row.is_some());
        }
    });
    assert!(
        skipped > 1000 && found > 10,
        "{skipped} skipped, {found} rows"
    );
}

/// Rule `received_stance` gives no row where the noun is the subject's own stance or no
/// source phrase follows, and reads its source phrase after a degree word.
#[test]
fn received_stance_needs_a_receiving_verb_and_a_source() {
    let own = rows_with("His support of the plan was clear.", RULES);
    assert!(own.iter().all(|r| r.2 != "has the support of"), "{own:?}");
    assert_eq!(
        rows_with("Vale picked the support of the union.", RULES)
            .iter()
            .filter(|r| r.0 == "Vale")
            .count(),
        0
    );
    assert!(rows_with("The plan has drawn harsh criticism.", RULES)
        .iter()
        .all(|r| r.0 != "The plan"));
    assert_eq!(
        rows_with("Reyes won the backing of roughly 6 in 10 voters.", RULES),
        vec![row("Reyes", Some("6 in 10 voters"), "won the backing of")]
    );
}

/// Step `tail_plural_noun` of `trailing_attribution`: a short tail opened by a preposition may
/// hold plural nouns ("in interviews", "with analysts"); a tail that is a clause, a long
/// object or an -s verb's phrase still stops the rule.
#[test]
fn trailing_tail_reads_plurals_after_a_preposition_as_nouns() {
    assert_eq!(
        rows_with("The ferry will run in May, Vale said in interviews.", RULES),
        vec![row("The ferry will run in May", Some("Vale"), "said")]
    );
    assert_eq!(
        rows_with(
            "Fares must rise, as Cole suggested at the meeting with analysts.",
            RULES
        ),
        vec![row("Fares must rise", Some("Cole"), "suggested")]
    );
    // Opening the text: nothing before the cue to report, and no look-back before it.
    assert_eq!(rows_with("Vale said in interviews.", RULES), vec![]);
    // A clause after the cue is its content, not a tail.
    assert_eq!(
        rows_with("The ferry is late, officials said the plan works.", RULES),
        vec![row("the plan works", Some("officials"), "said")]
    );
    // An -s word as the verb keeps the plain test ("reports" is a noun here).
    assert!(rows_with(
        "The firm sold the plant in May, filing false reports with regulators.",
        RULES
    )
    .iter()
    .all(|r| r.2 != "reports"));
    // A long tail is an object, not an adjunct.
    assert!(rows_with(
        "Vale won in May, angry members this week warned the leaders about the dangers of a split.",
        RULES
    )
    .iter()
    .all(|r| r.0 != "Vale won in May"));
}

/// Rule `trailing_appositive` needs a name in the subject or its appositive, no verb in
/// either, and the verb at its sentence's end; its look-backs stop at the sentence start.
#[test]
fn trailing_appositive_needs_a_name_and_a_closing_verb() {
    let cue_said = |text: &str| {
        rows_with(text, RULES)
            .into_iter()
            .filter(|r| r.2 == "said")
            .collect::<Vec<_>>()
    };
    // No name: a list of places is no subject.
    assert!(cue_said("The crew toured the port, the old town, the fish market, said.").is_empty());
    // A verb in the appositive: a clause, not an appositive.
    assert!(cue_said("The ferry will run, Ann Vale, who runs the port, said.").is_empty());
    // The verb does not end the sentence: an object follows.
    assert!(
        cue_said("The ferry will run, Ann Vale, the engineer, said the ferry was late.")
            .iter()
            .all(|r| r.0 != "The ferry will run")
    );
    // The shape opening the text: nothing before its commas to report.
    assert!(cue_said("Ann Vale, the engineer, said.").is_empty());
    assert!(cue_said(", Ann Vale, the engineer, said.").is_empty());
}

#[test]
fn transcript_turn_needs_a_transcript_and_a_speaker_label() {
    // A lone label is no transcript: the reports inside keep their own rows.
    let lone = rows_with("EXCLUSIVE: Vale said the port would close.", RULES);
    assert_eq!(
        lone,
        vec![row("the port would close", Some("Vale"), "said")]
    );
    // One label repeated alone, or heading labels, make no transcript (rev19).
    let text =
        "BREAKING: Vale said the port would close.\n\nBREAKING: Cole said the dock would reopen.";
    let rows = rows_with(text, RULES);
    assert!(rows.contains(&row("the port would close", Some("Vale"), "said")));
    assert!(rows.contains(&row("the dock would reopen", Some("Cole"), "said")));
    let text = "UPDATE: Vale said the port would close.\n\nUPDATE: It did.\n\nEXCLUSIVE: Ray said the dock would reopen.";
    let rows = rows_with(text, RULES);
    assert!(rows.contains(&row("the dock would reopen", Some("Ray"), "said")));
    // A heading label inside a transcript is no speaker's turn.
    let text = "HOST: Is it over?\n\nVALE: No.\n\nUPDATE: Vale said the port would close.\n\nHOST: Thanks.";
    let rows = rows_with(text, RULES);
    assert!(rows.contains(&row("the port would close", Some("Vale"), "said")));
    assert!(!rows.iter().any(|r| r.1.as_deref() == Some("UPDATE")));
    // A label whose last word opens two turns makes a transcript however the first is named.
    let text = "ANN VALE: We will rebuild.\n\nHOST: When?\n\nVALE: I think next spring.";
    let rows = rows_with(text, RULES);
    assert_eq!(rows[0], row("We will rebuild.", Some("ANN VALE"), ":"));
    assert_eq!(rows[2], row("I think next spring.", Some("VALE"), ":"));
    // A turn continued in the next paragraph: that paragraph is scanned as before.
    let text = "HOST: Is it over?\n\nVALE: No.\n\nWe think the port will reopen.\n\nHOST: Thanks.";
    let rows = rows_with(text, RULES);
    assert!(rows.contains(&row("the port will reopen", Some("We"), "think")));
}

/// Every listed word of the filtered lists in three cases, their near misses, non-ASCII forms
/// (one that lower-cases to ASCII: the Kelvin sign) and other words, as drawn text.
fn initials_texts() -> Vec<String> {
    let mut pieces: Vec<String> = [
        "the",
        "of",
        "from",
        "among",
        "Of",
        "FROM",
        "offer",
        "amongst",
        "fro",
        "because",
        "when",
        "who",
        "which",
        "he",
        "officials",
        "warned",
        "criticized",
        "supports",
        "praised",
        "Ünter",
        "naïve",
        "\u{212A}ept",
        "İt",
        "called",
        "Called",
        "named",
        "dubbed",
        "whilst",
        "as",
        "As",
        "AS",
        "'s",
        "3rd",
        "42",
        ",",
        ".",
        "—",
        "“",
        "”",
        "Vale",
        "said",
    ]
    .iter()
    .map(|w| w.to_string())
    .collect();
    let lists = [
        source::subordinator_words(),
        &*RECEIVED_NOUNS,
        &*RECEIVED_PREPOSITIONS,
    ];
    let naming = super::super::lexicons::NAMING_PARTICIPLES.iter().cloned();
    for w in lists.iter().flat_map(|l| l.iter().cloned()).chain(naming) {
        let mut cap = w.clone();
        cap[..1].make_ascii_uppercase();
        pieces.extend([w.to_ascii_uppercase(), cap, w]);
    }
    let pieces: Vec<&str> = pieces.iter().map(String::as_str).collect();
    let mut texts: Vec<String> = vec![
        pieces.join(" "),
        "Vale is backing Cruz because he worries that rents will rise. Vale has long admired \
         Pope Francis, who preaches mercy. Reyes lashed out at Khan after he criticized the \
         plan. Vale criticized the plan when officials said it failed, which Reyes denied."
            .to_string(),
    ];
    for seed in 0..300 {
        let words = crate::test_text::draw(seed, 30, &pieces);
        let gaps = crate::test_text::draw(seed + 5000, 30, &[" ", " ", "\n", ""]);
        texts.push(words.zip(gaps).map(|(w, g)| format!("{w}{g}")).collect());
    }
    texts
}

/// The first-letter filters ([`words::Initials`]) before the lookups of `subordinator`,
/// `received_stance` and `naming_participle`, and before `object_clause_end`'s per-token test
/// ([`opens_inner_report`], [`INNER_OPENERS`]), give the answers without them at every token
/// of drawn and invented text, and do rule tokens out.
#[test]
fn initials_filters_answer_as_the_lookups_alone() {
    let (mut listed, mut ruled_out, mut inner) = (0, 0, 0);
    for text in initials_texts() {
        let tokens = crate::tokenize::tokenize(&text);
        let ctx = Ctx::new(&text, &tokens);
        for k in 0..ctx.len() + 1 {
            let pairs = [
                (
                    source::subordinator(&ctx, k),
                    source::subordinator_naive(&ctx, k),
                ),
                (
                    received_noun_before_preposition(&ctx, k),
                    received_noun_before_preposition_naive(&ctx, k),
                ),
                (
                    naming_participle_word(&ctx, k),
                    naming_participle_word_naive(&ctx, k),
                ),
            ];
            for (fast, naive) in pairs {
                assert_eq!(fast, naive, "{text:?} at {k} ({:?})", ctx.tok(k));
                listed += usize::from(naive);
            }
            // Rule `object_clause_end`'s per-token test, with its filter and without.
            for end in [k + 2, k + 6, ctx.len()] {
                if k > 0 && k < ctx.len() {
                    let fast = opens_inner_report(&ctx, k, end);
                    assert_eq!(
                        fast,
                        opens_inner_report_general(&ctx, k, end),
                        "{text:?} at {k}"
                    );
                    inner += usize::from(fast);
                }
            }
            let sub = source::subordinator_words();
            ruled_out += usize::from(
                !words::Initials::of(sub.iter().map(String::as_str)).may_hold(ctx.norm(k)),
            );
        }
    }
    // The texts hold listed words and the filters do rule words out (no pass-through).
    assert!(
        listed > 500 && inner > 20,
        "{listed} listed, {inner} inner reports"
    );
    assert!(ruled_out > 1000, "{ruled_out}");
}

/// The filter on its own: every listed word, in three cases, may be held; a form with a
/// non-ASCII byte always may; a word over the table's reach makes every form possible.
#[test]
fn initials_never_rule_out_a_listed_word() {
    let table = words::Initials::of(["when", "as", "although"]);
    for w in ["when", "When", "WHEN", "as", "AS", "although", "Although"] {
        assert!(table.may_hold(w), "{w}");
    }
    for w in ["", "so", "wet", "a", "'s", "3rd", "asks"] {
        assert!(!table.may_hold(w), "{w}");
    }
    assert!(table.may_hold("\u{212A}ept"));
    assert!(words::Initials::of(["notwithstanding-that"]).may_hold("x"));
    assert!(words::Initials::of(["'tis"]).may_hold("so"));
}

/// Guard `shape_needs` ([`Scan::shape_facts`]) against the `Shape` rules it skips: at every
/// token of the rule cases, invented sentences and drawn word soups (with the quotations
/// paired), rows with that token as a one- or two-token cue, no source or a phrase before it,
/// and a content after or before it: every shape whose need the row's facts do not meet
/// returns the row unchanged. The guard skips most tries and each shape still changes rows
/// where its need is met (so the texts reach every rule).
#[test]
fn shape_needs_skip_only_rows_the_shape_leaves_unchanged() {
    let split = Split::new(RULES);
    assert!(split.shapes.iter().all(|r| r.needs != Needs::Any));
    let (mut skipped, mut tried) = (0usize, 0usize);
    let mut changed = vec![0usize; split.shapes.len()];
    for text in &shape_needs_texts() {
        let mut tokens = crate::tokenize::tokenize(text);
        let sentences = crate::sentences::split(text, &mut tokens);
        let ctx = Ctx::new(text, &tokens);
        let quoted = outer_quotations(text, &tokens);
        for s in &sentences {
            let scan = Scan::new(
                &ctx,
                &split,
                source::Sources::new(source::SOURCE_RULES),
                &quoted,
                s,
            );
            for r in shape_test_rows(&scan) {
                let have = scan.shape_facts(&r);
                for (i, rule) in split.shapes.iter().enumerate() {
                    let Step::Shape(shape) = rule.step else {
                        unreachable!("{} is no shape", rule.name);
                    };
                    let out = shape(&scan, r);
                    let same = out == Some(r);
                    if rule.needs.met_by(have) {
                        tried += 1;
                        changed[i] += usize::from(!same);
                    } else {
                        skipped += 1;
                        assert!(
                            same,
                            "{} skipped but changes {r:?} in {text:?}: {out:?}",
                            rule.name
                        );
                    }
                }
            }
        }
    }
    for (rule, n) in split.shapes.iter().zip(&changed) {
        assert!(*n > 0, "{} changes no row of the texts", rule.name);
    }
    assert!(skipped > 10 * tried, "{skipped} skipped, {tried} tried");
}

/// The texts of the `shape_needs` oracle: the rule cases, 300 word soups of
/// [`rule_needs_texts`] and a sentence in each shape's case.
fn shape_needs_texts() -> Vec<String> {
    let mut texts: Vec<String> = rule_needs_texts().into_iter().take(300).collect();
    texts.extend(
        [
            "The situation highlights the tension. It's hard to know where the plan went.",
            "It is entirely possible to argue that rents rose. Where 475 pledged delegates are \
             at stake, more pledged delegates came.",
            "A group called Black Votes Matter met. The party acted in response to the ruling.",
            "Aides are trying to find a balance. Vale issued a statement saying rents rose.",
            "Voters who backed the mayor said the bridge should reopen, and aides agreed.",
            "To address the cost of housing, Vale proposed a tax. When asked whom she backed, \
             she laughed.",
            "\u{201c}We won,\u{201d} Vale said Sunday on radio. \u{201c}It failed,\u{201d} aides \
             said when the crowd cheered.",
            "Because the mayor said the bridge was safe, voters stayed calm, aides noted.",
            "While the harbour union's new chairman says the port needs work, its members \
             disagree. Since Vale argued that fares should rise, riders have left.",
        ]
        .map(str::to_string),
    );
    texts
}

/// The rows the `shape_needs` oracle tries in `scan`'s sentence: at every token, a one- or
/// two-token cue; no source, or a phrase starting at the sentence's first two tokens or up
/// to seven before the cue (one word, two, or up to the cue); a content after the cue (to the
/// sentence end, two tokens, from the second token after it) or before it.
fn shape_test_rows(scan: &Scan) -> Vec<Reported> {
    let (start, end) = (scan.start, scan.end);
    let mut rows = Vec::new();
    for v in start..end {
        let mut sources = vec![None];
        for j in (start..v).filter(|&j| j + 7 >= v || j <= start + 1) {
            for e in [j + 1, j + 2, v] {
                if e > j && e <= v {
                    sources.push(Some(Np {
                        start: j,
                        end: e,
                        mention_start: j,
                        kind: NpKind::Common,
                    }));
                }
            }
        }
        for cue in [(v, v + 1), (v, v + 2)] {
            let contents = [
                (v + 1, end),
                (v + 1, (v + 3).min(end)),
                (v + 2, end),
                (start, v),
            ];
            for &content in contents.iter().filter(|c| c.0 <= c.1) {
                for &source in &sources {
                    rows.push(Reported {
                        cue,
                        source,
                        content,
                        kind: CueKind::Speech,
                    });
                }
            }
        }
    }
    rows
}

/// For guard `shape_needs`: rule `naming_participle` is skipped unless the cue is a
/// lower-case "-ed" word ([`Needs::Participle`]), which holds only while every listed naming
/// participle is one.
#[test]
fn naming_participles_are_lower_case_ed_words() {
    for w in crate::quotes::lexicons::NAMING_PARTICIPLES.iter() {
        assert!(
            w.ends_with("ed") && !w.chars().any(char::is_uppercase),
            "{w:?} in quote_naming_participles.txt"
        );
    }
}

/// Step `agent_comma_ends` of rule `passive`: an agent followed by a comma ends the passive
/// row's content, so an appositive or a relative report of the agent ("…, who said …") is no
/// content of it and keeps its own row; an agent followed by the rest of the clause ("by Y for
/// …") keeps the content running; the shape opening the text.
#[test]
fn passive_content_stops_at_an_agent_with_a_comma() {
    let rows = rows_with(
        "The plan was criticised by Ann Vale, who said the harbour would close.",
        RULES,
    );
    assert_eq!(
        rows,
        vec![
            row(
                "The plan was criticised by Ann Vale",
                Some("Ann Vale"),
                "criticised"
            ),
            row("the harbour would close", Some("who"), "said"),
        ]
    );
    let rows = rows_with(
        "The levy was echoed by Ann Vale, the port engineer, who wrote that the harbour would close.",
        RULES,
    );
    assert_eq!(rows[0].0, "The levy was echoed by Ann Vale");
    assert_eq!(
        rows[1],
        row("the harbour would close", Some("who"), "wrote")
    );
    let rows = rows_with(
        "The plan was criticised by local farmers for its cost, and the board left.",
        RULES,
    );
    assert_eq!(
        rows[0].0,
        "The plan was criticised by local farmers for its cost"
    );
    // A short insertion after the agent, then the clause resumes with a preposition.
    let rows = rows_with(
        "He was accused by a port worker, who knew the mayor, of hiding the harbour report.",
        RULES,
    );
    assert_eq!(
        rows[0].0,
        "He was accused by a port worker, who knew the mayor, of hiding the harbour report"
    );
    // No agent: the content keeps the clause.
    let rows = rows_with(
        "The plan was criticised for its cost, and the board left.",
        RULES,
    );
    assert_eq!(rows[0].0, "The plan was criticised for its cost");
}

/// Rule `relative_aside` leaves the outer row whole where the relative is embedded in the
/// reported clause, is passive, gives no row of its own, or is no report; the shape opening
/// the text reads no token before it.
#[test]
fn relative_aside_keeps_embedded_and_silent_relatives() {
    for (text, content) in [
        (
            "Vale said the plan, which some have argued was costly, was dropped.",
            "the plan, which some have argued was costly, was dropped",
        ),
        (
            "Vale praised the harbour board, which was said to be costly.",
            "the harbour board, which was said to be costly",
        ),
        (
            "Vale praised the harbour board, which runs the port well.",
            "the harbour board, which runs the port well",
        ),
        (
            "Vale praised the dock unions, who told her: \"We are closing the port.\"",
            "the dock unions, who told her: \"We are closing the port.\"",
        ),
    ] {
        let rows = rows_with(text, RULES);
        assert_eq!(rows[0].0, content, "{text}");
    }
    let rows = rows_with(
        "Praised the board, which she said had saved the port.",
        RULES,
    );
    assert!(rows.iter().any(|r| r.0 == "had saved the port"), "{rows:?}");
}
