//! Behaviour of the quote stage on the shapes the issue lists: marks, splits, paragraphs,
//! attribution patterns, speaker resolution and typing. Each test states the text and the
//! rows it must give.

use presswork::{analyze, QuoteType};

/// One quote row: (content, type, speaker, mention, cue).
type Row = (
    String,
    QuoteType,
    Option<String>,
    Option<String>,
    Option<String>,
);

/// Every row of a text.
fn rows(text: &str) -> Vec<Row> {
    analyze(text)
        .quotes
        .iter()
        .map(|q| {
            (
                q.span.text(text).to_string(),
                q.kind,
                q.speaker.clone(),
                q.speaker_mention.map(|m| m.text(text).to_string()),
                q.cue.map(|c| c.text(text).to_string()),
            )
        })
        .collect()
}

fn quoted(text: &str) -> Vec<Row> {
    rows(text)
        .into_iter()
        .filter(|r| r.1 != QuoteType::Indirect)
        .collect()
}

fn s(x: &str) -> Option<String> {
    Some(x.to_string())
}

#[test]
fn split_quote_gives_two_rows_with_one_speaker() {
    let text = "Mayor Jane Doe spoke on Monday. “We will rebuild,” she said, “and we will do it together.”";
    let r = quoted(text);
    assert_eq!(r.len(), 2);
    assert_eq!(r[0].0, "We will rebuild,");
    assert_eq!(r[1].0, "and we will do it together.");
    for row in &r {
        assert_eq!(row.2, s("Jane Doe"));
        assert_eq!(row.3, s("she"));
        assert_eq!(row.4, s("said"));
    }
}

#[test]
fn multi_paragraph_quote_rows_share_the_speaker() {
    let text = "Senator John Smith spoke at length.\n\n“The first thing is the budget,” Smith said. “It is broken.\n\n“The second thing is trust. We have lost it.”\n\nThe hearing ended.";
    let r = quoted(text);
    assert_eq!(r.len(), 3, "{r:?}");
    assert_eq!(r[1].0, "It is broken.");
    assert_eq!(r[2].0, "The second thing is trust. We have lost it.");
    for row in &r {
        assert_eq!(row.2, s("John Smith"), "{row:?}");
    }
}

#[test]
fn straight_single_marks_beside_apostrophes() {
    let text = "Colombia's President Gustavo Petro said Trump's plan 'sounds good' but added: 'He's not going to win.'";
    let r = quoted(text);
    assert_eq!(r.len(), 2, "{r:?}");
    assert_eq!(r[0].0, "sounds good");
    assert_eq!(r[0].1, QuoteType::Partial);
    assert_eq!(r[1].0, "He's not going to win.");
    assert_eq!(r[1].1, QuoteType::Quote);
    assert_eq!(r[1].2, s("Gustavo Petro"));
}

#[test]
fn curly_single_marks_beside_curly_apostrophes() {
    let text = "The minister’s aide said the deal was ‘a disaster’ for the country’s farmers.";
    let r = quoted(text);
    assert_eq!(r.len(), 1, "{r:?}");
    assert_eq!(r[0].0, "a disaster");
}

#[test]
fn unbalanced_open_mark_is_cut_at_the_paragraph_end() {
    let text = "Smith said: “This never closes.\n\nThe rest of the article is reporter text. It goes on.\n\nMore text here.";
    let r = quoted(text);
    assert_eq!(r.len(), 1);
    assert_eq!(r[0].0, "This never closes.");
    assert_eq!(r[0].2, s("Smith"));
}

#[test]
fn unbalanced_marks_never_panic_or_swallow() {
    for text in [
        "“",
        "”",
        "'",
        "\"\"\"",
        "“a ‘b “c",
        "He said ' and then “",
        "’’’ ‘‘",
        "« »",
        "„x",
    ] {
        let doc = analyze(text);
        for q in &doc.quotes {
            assert!(q.span.end() <= text.len());
        }
    }
}

#[test]
fn pattern_quote_comma_pronoun_said() {
    let r = quoted("Anna Lee runs the clinic. “It is full every day,” she said.");
    assert_eq!(
        (r[0].2.clone(), r[0].3.clone(), r[0].4.clone()),
        (s("Anna Lee"), s("she"), s("said"))
    );
}

#[test]
fn pattern_quote_comma_said_name() {
    let r = quoted("“It is full every day,” said Dr. Anna Lee, who runs the clinic.");
    assert_eq!(
        (r[0].2.clone(), r[0].3.clone(), r[0].4.clone()),
        (s("Anna Lee"), s("Anna Lee"), s("said"))
    );
}

#[test]
fn pattern_name_said_colon_quote() {
    let r = quoted("The union leader Mark Jones said: “We will strike on Monday.”");
    assert_eq!(r[0].3, s("Mark Jones"));
    assert_eq!(r[0].4, s("said"));
    assert_eq!(r[0].1, QuoteType::Quote);
}

#[test]
fn pattern_told_the_bbc_that() {
    let r = quoted("Prime Minister Sara Kim told the BBC that “the talks are over”.");
    assert_eq!((r[0].3.clone(), r[0].4.clone()), (s("Sara Kim"), s("told")));
}

#[test]
fn pattern_described_as() {
    let r = quoted("Trump described the call as a 'Great Honour'.");
    assert_eq!(
        (r[0].1, r[0].3.clone(), r[0].4.clone()),
        (QuoteType::Partial, s("Trump"), s("described"))
    );
}

#[test]
fn pattern_according_to() {
    let r = quoted("According to the health ministry, “the outbreak is under control”.");
    assert_eq!(r[0].3, s("the health ministry"));
    assert_eq!(r[0].4, s("According to"));
    assert_eq!(r[0].2, s("health ministry"));
}

#[test]
fn pattern_who_clause_before_cue() {
    let r = quoted("Maria Lopez, who has lived here for 40 years, said “nothing has changed”.");
    assert_eq!(
        (r[0].3.clone(), r[0].4.clone()),
        (s("Maria Lopez"), s("said"))
    );
}

#[test]
fn pattern_apposition_after_quote() {
    let r =
        quoted("“We are ready,” Scott Pruitt, the attorney general of Oklahoma, said on Friday.");
    assert_eq!(
        (r[0].3.clone(), r[0].4.clone()),
        (s("Scott Pruitt"), s("said"))
    );
}

#[test]
fn pattern_bare_continuation_paragraph() {
    let text = "“We need more staff,” the hospital's director, Paul Grant, said.\n\n“Without them we cannot open the new ward.”";
    let r = quoted(text);
    assert_eq!(r.len(), 2);
    assert_eq!(r[1].2, r[0].2);
    assert_eq!(r[1].3, r[0].3);
}

#[test]
fn pattern_colon_after_clause_about_the_speaker() {
    let text = "Trump has accused Petro of tolerating cocaine production, claims the Colombian president strongly denied:\n“For 20 years I have fought the cartels.”";
    let r = quoted(text);
    assert_eq!(r[0].3, s("the Colombian president"));
    assert_eq!(r[0].4, s("denied"));
}

#[test]
fn pattern_participle_takes_the_sentence_subject() {
    let r = quoted("Trump described Petro as a 'sick man,' adding: 'He's not going to be doing it for very long.'");
    assert_eq!(r[1].3, s("Trump"));
    assert_eq!(r[1].4, s("adding"));
}

#[test]
fn outermost_source_wins_when_attributions_nest() {
    let r = quoted("Lynch said she recalled thinking, 'This is the moment we have waited for.'");
    assert_eq!(r[0].3, s("Lynch"));
}

#[test]
fn pronoun_resolves_to_antecedent_of_matching_gender() {
    let text = "Hillary Clinton met Donald Trump in New York. “It went well,” he said.";
    assert_eq!(quoted(text)[0].2, s("Donald Trump"));
    let text = "Donald Trump met Hillary Clinton in New York. “It went well,” she said.";
    assert_eq!(quoted(text)[0].2, s("Hillary Clinton"));
}

#[test]
fn pronoun_resolves_to_an_unlisted_subject_before_a_listed_name() {
    // Rule pronoun_unlisted_subject: the first name of the sentence's subject is not listed;
    // the relative `who` shows a person, who beats the listed name after it.
    let text =
        "Kvitek, who beat Britain's Tim Henman in Rome, was pleased.\n\n“It went well,” he said.";
    assert_eq!(quoted(text)[0].2, s("Kvitek"));
    // An organisation subject does not take `he`.
    let text = "Acme Holdings said Tim Henman would leave.\n\n“It went well,” he said.";
    assert_eq!(quoted(text)[0].2, s("Tim Henman"));
}

#[test]
fn description_resolves_to_the_person_introduced_with_it() {
    let text = "Colombian President Gustavo Petro met US President Donald Trump.\n\nLater the Colombian president said: “We are sovereign.”";
    let r = quoted(text);
    assert_eq!(r[0].3, s("the Colombian president"));
    assert_eq!(r[0].2, s("Gustavo Petro"));
}

#[test]
fn surname_and_honorific_resolve_to_the_full_name() {
    let text = "Gordon Brown spoke in Leeds.\n\n“Growth is back,” Mr Brown said.\n\n“Jobs are back,” Brown added.";
    let r = quoted(text);
    assert_eq!(r[0].3, s("Brown"));
    assert_eq!(r[0].2, s("Gordon Brown"));
    assert_eq!(r[1].2, s("Gordon Brown"));
}

#[test]
fn alias_resolves_to_the_proper_name() {
    let r = quoted("The US has pledged to control sales 'indefinitely'.");
    assert_eq!(r[0].2, s("United States"));
}

#[test]
fn scare_quotes_and_titles_get_no_speaker() {
    let r = quoted("Petro has pursued a 'total peace' strategy since taking office.");
    assert_eq!(r[0].1, QuoteType::Term);
    assert_eq!(r[0].2, None);
    let r = quoted("The so-called “war on drugs” has failed.");
    assert_eq!(r[0].1, QuoteType::Term);
    let r = quoted("Sanders told MSNBC's “Morning Joe” that she would win.");
    assert_eq!(r[0].1, QuoteType::Title);
    assert_eq!(r[0].2, None);
    let r = quoted("She reviewed the book “The Long Walk” last year.");
    assert_eq!(r[0].1, QuoteType::Title);
}

#[test]
fn quote_versus_partial() {
    let r = quoted("Trump told Fox News that 'we are going to start now hitting land', adding that 'the cartels are running Mexico.'");
    assert_eq!(r[0].1, QuoteType::Quote);
    assert_eq!(r[1].1, QuoteType::Quote);
    let r = quoted("Petro indicated that ICE had 'reached the point where it kills citizens.'");
    assert_eq!(r[0].1, QuoteType::Partial);
}

#[test]
fn negated_cue_is_not_an_attribution() {
    let text = "“We had problems with Russia,” Obama said on Monday. He did not suggest retaliation. “Our goal is norms.”";
    let r = quoted(text);
    assert_eq!(r[1].2, s("Obama"));
}

#[test]
fn byline_dash_attribution() {
    let text = "“He represents our greatest shame.” ― Sonya Herridge\n“He is ignorant of our culture.” ― Pamela Padilla";
    let r = quoted(text);
    assert_eq!(r[0].3, s("Sonya Herridge"));
    assert_eq!(r[1].3, s("Pamela Padilla"));
}

#[test]
fn headline_quotes_are_titles_and_the_body_keeps_the_attribution() {
    let text = "Flynn says Trump 'absolutely right' on generals.\n\nRetired Lt. Gen. Michael Flynn said Donald Trump was “absolutely right” on Thursday.\n\nHe spoke on Fox.";
    let r = quoted(text);
    assert_eq!(r[0].0, "absolutely right");
    assert_eq!((r[0].1, r[0].2.clone()), (QuoteType::Title, None));
    assert_eq!(r[1].1, QuoteType::Partial);
    assert_eq!(r[1].2, s("Michael Flynn"));
}

/// Random mixtures of marks, apostrophes, names, cue verbs, punctuation and line breaks: no
/// panic, every span on char boundaries inside the text, no overlapping rows.
#[test]
fn random_mark_soup_never_panics() {
    let pieces = [
        "“",
        "”",
        "\"",
        "'",
        "‘",
        "’",
        "«",
        "»",
        "„",
        "‹",
        "›",
        " ",
        " ",
        " ",
        "\n",
        "\n\n",
        ",",
        ".",
        ":",
        "—",
        "(",
        ")",
        "he",
        "said",
        "Smith",
        "Mr",
        "Dr.",
        "told",
        "the",
        "according",
        "to",
        "who",
        "that",
        "Petro's",
        "States'",
        "don't",
        "é",
        "日本",
        "😀",
        "Ã©",
        "adding",
        "said:",
        "warned",
        "was",
        "a",
        "'90s",
    ];
    let mut state: u64 = 0x2545_F491_4F6C_DD1D;
    for _ in 0..3000 {
        let mut text = String::new();
        let len = (state % 40) as usize + 1;
        for _ in 0..len {
            state ^= state << 13;
            state ^= state >> 7;
            state ^= state << 17;
            text.push_str(pieces[(state % pieces.len() as u64) as usize]);
            if state % 3 == 0 {
                text.push(' ');
            }
        }
        let doc = analyze(&text);
        let mut last_end = 0;
        for q in doc.quotes.iter().filter(|q| q.kind != QuoteType::Indirect) {
            assert!(
                q.span.start() <= q.span.end() && q.span.end() <= text.len(),
                "{text:?}"
            );
            assert!(
                text.is_char_boundary(q.span.start()) && text.is_char_boundary(q.span.end()),
                "{text:?}"
            );
            assert!(q.span.start() >= last_end, "overlap in {text:?}");
            last_end = q.span.end();
            for s in [q.speaker_mention, q.cue].into_iter().flatten() {
                assert!(text.get(s.start()..s.end()).is_some(), "{text:?}");
            }
        }
    }
}

#[test]
fn person_of_organisation_keeps_the_person() {
    let r = quoted("“It is not going to take much,” said Grant Wilson of Mellon Bank.");
    assert_eq!(
        (r[0].2.clone(), r[0].3.clone()),
        (s("Grant Wilson"), s("Grant Wilson"))
    );
    let r = quoted("“Rates will rise,” the Bank of England said.");
    assert_eq!(r[0].3, s("Bank of England"));
}

#[test]
fn fronted_participle_clause_takes_the_main_subject() {
    let text = "Hillary Clinton wrote a book.\n\nAfter saying her right foot was “so swollen I could barely walk,” she was taken to hospital.";
    let r = quoted(text);
    assert_eq!((r[0].3.clone(), r[0].4.clone()), (s("she"), s("saying")));
    assert_eq!(r[0].2, s("Hillary Clinton"));
}

#[test]
fn passive_cue_does_not_make_its_subject_the_speaker() {
    let r = quoted("When PolitiFact examined the statement, it was labeled “Mostly True.”");
    assert_ne!(r[0].4, s("labeled"));
}

#[test]
fn relative_pronoun_with_a_dated_phrase() {
    let r = quoted("Obama met McConnell, now the Senate majority leader, who in 2010 said the goal was a \"one-term president.\"");
    assert_eq!((r[0].3.clone(), r[0].2.clone()), (s("who"), s("McConnell")));
}

/// Rule `relative_time_gap`: a time phrase between the relative's auxiliary and the cue
/// leaves the relative as the mention and its antecedent as the speaker (was the antecedent
/// as the mention, or no subject).
#[test]
fn relative_pronoun_with_a_time_phrase_after_its_auxiliary() {
    let r = rows("The vote was close.\n\nAnn Cole, who has in the past described the mayor as “a reckless showman,” left early.");
    let partial = r.iter().find(|r| r.1 == QuoteType::Partial).unwrap();
    assert_eq!(
        (partial.3.clone(), partial.2.clone(), partial.4.clone()),
        (s("who"), s("Ann Cole"), s("described"))
    );
    // Reported speech shares the subject search: `who`, not "who has in the past".
    let indirect = r.iter().find(|r| r.1 == QuoteType::Indirect).unwrap();
    assert_eq!(
        (indirect.3.clone(), indirect.2.clone()),
        (s("who"), s("Ann Cole"))
    );
    let r = quoted("The Farm Group, which had in recent years called the plan “a sham,” closed.");
    assert_eq!(
        (r[0].3.clone(), r[0].2.clone()),
        (s("which"), s("Farm Group"))
    );
    // No relative: the subject is the name, as before.
    let r = quoted("Ann Cole has in the past described the mayor as “a showman.”");
    assert_eq!(
        (r[0].3.clone(), r[0].2.clone()),
        (s("Ann Cole"), s("Ann Cole"))
    );
}

/// Rule `relative_adverb_gap`: one word the chunker left out of the verb group (`long`)
/// between the relative's auxiliary and the cue; the speaker was that word.
#[test]
fn relative_pronoun_with_an_adverb_after_its_auxiliary() {
    let r =
        quoted("Ann Cole, who has long described the mayor as “a reckless showman,” left early.");
    assert_eq!(
        (r[0].3.clone(), r[0].2.clone(), r[0].4.clone()),
        (s("who"), s("Ann Cole"), s("described"))
    );
    // `would require disclosing`: the word is a verb, its `-ing` object no cue of the relative.
    let r = rows("The firm backs Ukraine, which would require disclosing the “fees.”");
    assert!(r.iter().all(|r| r.3 != s("which")), "{r:?}");
}

/// Rules `time_phrase_after_auxiliary` and `time_phrase_after_parenthesis`, and `earlier` /
/// `later` as a whole time phrase: the subject before `had earlier told`, `has this week
/// told`, `(D-Ohio) last week said` was the time word itself (speaker `earlier`, `week`).
#[test]
fn time_phrase_after_an_auxiliary_or_a_parenthesis_is_no_speaker() {
    for (text, mention) in [
        (
            "Bob Reyes had earlier told the Gazette: “The plan works.”",
            "Bob Reyes",
        ),
        ("He had earlier said: “The plan works.”", "He"),
        (
            "Ann Cole has this week told the Gazette: “The plan works.”",
            "Ann Cole",
        ),
        (
            "Ann Cole had last week told the Gazette: “The plan works.”",
            "Ann Cole",
        ),
        (
            "Ann Cole earlier told the Gazette: “The plan works.”",
            "Ann Cole",
        ),
        (
            "Senator Ann Cole (D-Ohio) last week said the plan was not “top secret” at all.",
            "Ann Cole",
        ),
    ] {
        let r = quoted(text);
        assert_eq!(r.len(), 1, "{text}: {r:?}");
        assert_eq!(r[0].3, s(mention), "{text}: {r:?}");
    }
    // Reported speech shares the subject search.
    let r = rows("Bob Reyes had earlier told the Gazette that the plan was “a sham.”");
    let indirect = r.iter().find(|r| r.1 == QuoteType::Indirect).unwrap();
    assert_eq!(indirect.3, s("Bob Reyes"), "{r:?}");
    // A relative keeps its own rule: `which had earlier told` is `which`.
    let r = quoted("The club, which had earlier told fans “the plan works,” closed.");
    assert_eq!((r[0].3.clone(), r[0].2.clone()), (s("which"), s("club")));
    // `the campaign's earlier claim`: after a possessive `earlier` is an adjective, not a
    // time phrase; no speaker is taken from before the possessive.
    let r = quoted(
        "The move was reminiscent of the campaign's earlier claim that the plan was “a sham.”",
    );
    assert!(
        r.iter().all(|r| r.3 != s("move") && r.3 != s("The move")),
        "{r:?}"
    );
    // Rule `time_phrase_not_inverted` (reported speech): `…, concluded this year.` names no
    // inverted source (the row's source was `this year`).
    let r = rows("The vote was close.\n\nVoters now praise the mayor, a study by an economist, Ann Cole, concluded this year.");
    assert!(r.iter().all(|r| r.3 != s("this year")), "{r:?}");
}

#[test]
fn doubled_straight_singles_after_s_close_the_quote() {
    // `s''` is a word before a closing '' mark, not a plural possessive.
    let text = "The panel met on Friday.\n\n''I have respect for the mechanics'' of the plan, Mr. Lindqvist said. ''They are detailed.''";
    let r = quoted(text);
    assert_eq!(r.len(), 2, "{r:?}");
    assert_eq!(r[0].0, "I have respect for the mechanics");
    assert_eq!(r[0].3, s("Lindqvist"));
    assert_eq!(r[0].4, s("said"));
}

#[test]
fn title_case_name_after_a_determiner_is_a_title() {
    let text = "The council met on Monday.\n\nThe mayor backed the “Clean Streets Initiative” at the meeting, and the city council is weighing a bipartisan “Harbour Accord” to fund the port.\n\nShe described the vote as a “Great Success” for the city.";
    let r = quoted(text);
    assert_eq!(r.len(), 3, "{r:?}");
    assert_eq!((r[0].1, r[0].3.clone()), (QuoteType::Title, None), "{r:?}");
    assert_eq!((r[1].1, r[1].3.clone()), (QuoteType::Title, None), "{r:?}");
    // "as a “…”" is somebody's characterisation: still attributed.
    assert_eq!(r[2].3, s("She"), "{r:?}");
}

#[test]
fn transcript_lines_name_their_speaker() {
    let text = "The exchange went on.\n\n\"SMITH: And the schools? Will they open?\n\n\"JONES: We are ready. The buildings are safe.\n\n\"But the budget is another matter.\n\n\"(CROSSTALK.)\n\n\"MR. SMITH: Thank you.\"\n";
    let r = quoted(text);
    assert_eq!(r.len(), 5, "{r:?}");
    assert_eq!(r[0].3, s("SMITH"));
    assert_eq!(r[1].3, s("JONES"));
    // A paragraph continuing a transcript answer keeps its speaker.
    assert_eq!(r[2].3, s("JONES"));
    // A stage direction is nobody's words.
    assert_eq!((r[3].1, r[3].3.clone()), (QuoteType::Term, None));
    assert_eq!(r[4].3, s("MR. SMITH"));
}

#[test]
fn as_x_put_it_names_the_source_before_or_after_the_quote() {
    let text = "The fund was reviewed this week.\n\nSeveral members of the board share her doubts, since the main test for the scheme is a \"lawful source of income for all investors,\" as a Treasury memo put it.\n\nAs Ms. Arnott, a lawyer for the network, put it in a statement in July, the channel is \"giving a view you won't see anywhere else.\"";
    let r = quoted(text);
    assert_eq!(r.len(), 2, "{r:?}");
    assert_eq!(r[0].3, s("a Treasury memo"), "{r:?}");
    assert_eq!(r[0].4, s("put it"));
    assert_eq!(r[1].3, s("Arnott"), "{r:?}");
    assert_eq!(r[1].4, s("put it"));
}

#[test]
fn capitalised_cue_word_ending_a_name_is_not_a_cue() {
    let text = "The guests included the singers Ada Lane and Stevie Wonder, who joked of the hall, “I haven't been there yet, but I'm going to.”";
    let r = quoted(text);
    assert_eq!(r.len(), 1, "{r:?}");
    assert_eq!(r[0].2, s("Stevie Wonder"), "{r:?}");
    assert_eq!(r[0].4, s("joked"), "{r:?}");
}

#[test]
fn possessed_speech_noun_names_the_source_of_its_content() {
    let text = "The panel met on Friday.\n\nThe agency checked Mayor Ann Vale’s claim that there have been “thousands of complaints” in the city this year.\n\nHe repeated his claim that voters would “learn nothing” from the papers.\n\nThe mayor’s statement was “true,” the agency found.";
    let r = quoted(text);
    assert_eq!(r.len(), 3, "{r:?}");
    assert_eq!(r[0].3, s("Ann Vale"), "{r:?}");
    assert_eq!(r[0].4, s("claim"));
    // A cue verb before the possessor heads the clause (rule `cue_verb_before_possessor`):
    // "He repeated his claim that …" is He's through `repeated`, the same person.
    assert_eq!(r[1].3, s("He"), "{r:?}");
    assert_eq!(r[1].4, s("repeated"), "{r:?}");
    // The statement is the subject here, not the quotation's source.
    assert_ne!(r[2].4, s("statement"), "{r:?}");
}

#[test]
fn nested_attribution_in_an_adverbial_clause_keeps_the_outer_source() {
    let text = "The board met on Monday.\n\nPaulsen said the mayor was “absolutely right” when he said on Tuesday that under the old board, “the staff have been reduced to rubble.”";
    let r = quoted(text);
    assert_eq!(r.len(), 2, "{r:?}");
    assert_eq!(r[0].3, s("Paulsen"));
    assert_eq!(r[1].3, s("Paulsen"), "{r:?}");
}

#[test]
fn coordinated_cue_shares_the_subject_of_the_verb_before_it() {
    let text = "The trip was long.\n\nOnce in my early 20s, when my mother mentioned the weather to me, I laughed and said, “I don't believe in forecasts.”";
    let r = quoted(text);
    assert_eq!(r.len(), 1, "{r:?}");
    assert_eq!(r[0].3, s("I"), "{r:?}");
    assert_eq!(r[0].4, s("said"));
}

#[test]
fn cue_in_a_free_relative_takes_the_outer_subject() {
    let text = "The talks ended on Friday.\n\nOther leaders used blunt language to denounce what Prime Minister Ana Ruiz called the regime’s “reckless, provocative, dangerous” actions.\n\nThe campaign is defending the posts. It is denouncing what it calls “the biggest coordinated media attack in history.”";
    let r = quoted(text);
    assert_eq!(r.len(), 2, "{r:?}");
    assert_eq!(r[0].3, s("Other leaders"), "{r:?}");
    assert_eq!(r[0].4, s("called"));
    let it = text.find("It is").unwrap();
    let q = &analyze(text)
        .quotes
        .into_iter()
        .filter(|q| q.kind != QuoteType::Indirect)
        .collect::<Vec<_>>()[1];
    assert_eq!(q.speaker_mention.map(|m| m.start()), Some(it), "{r:?}");
}

#[test]
fn participle_aside_between_subject_and_cue_is_stepped_over() {
    let text = "The museum opened on Saturday.\n\nPresident Ann Vale, dedicating the new museum on Saturday, said it would tell a national story, one of “hardship and delight, of fear and of hope.”\n\nThe mayor, asked about the budget on Monday, said it would be “balanced by spring.”";
    let r = quoted(text);
    assert_eq!(r.len(), 2, "{r:?}");
    assert_eq!(r[0].3, s("Ann Vale"), "{r:?}");
    assert_eq!(r[0].4, s("said"));
    assert_eq!(r[1].3, s("The mayor"), "{r:?}");
}

#[test]
fn reference_and_specify_attribute_short_quotations() {
    let text = "The outlook darkened this week.\n\nThe agency cut its forecast, and it referenced “trade tensions” in its report.\n\nThe minister, who only specified “farmers,” did not name other groups.";
    let r = quoted(text);
    assert_eq!(r.len(), 2, "{r:?}");
    assert_eq!(
        (r[0].1, r[0].3.clone(), r[0].4.clone()),
        (QuoteType::Partial, s("it"), s("referenced")),
        "{r:?}"
    );
    assert_eq!(r[1].4, s("specified"), "{r:?}");
}

#[test]
fn known_as_the_term_and_title_case_crosshead_with_clitic() {
    let text = "The plan was unveiled on Monday.\n\nShe would set a minimum tax rate, a version of what has become known as the “Buffett rule” after the investor complained.\n\n‘Coal Isn't the Villain.’\n\nIt was raining when the miners rode the elevator down.";
    let r = quoted(text);
    assert_eq!(r.len(), 2, "{r:?}");
    assert_eq!((r[0].1, r[0].3.clone()), (QuoteType::Term, None), "{r:?}");
    assert_eq!((r[1].1, r[1].3.clone()), (QuoteType::Title, None), "{r:?}");
}

#[test]
fn quotation_between_dashes_after_a_full_name_is_that_persons() {
    let text = "The records stayed sealed.\n\nMany officials have said the same thing, including the former governor Ann Vale -- “It is disqualifying for a candidate to hide the records” -- and the state auditor.";
    let r = quoted(text);
    assert_eq!(r.len(), 1, "{r:?}");
    assert_eq!(r[0].3, s("Ann Vale"), "{r:?}");
}

#[test]
fn nickname_inside_the_speaker_name_does_not_cut_the_attribution() {
    let text = "The rally went on.\n\n“We have to show that we have his back,” Marcia “Cia” Price said.\n\n“We will win this!” Ann Vale shouted to the crowd.";
    let r = quoted(text);
    assert_eq!(r.len(), 3, "{r:?}");
    assert_eq!(r[0].3, s("Price"), "{r:?}");
    assert_eq!((r[1].1, r[1].3.clone()), (QuoteType::Term, None));
    assert_eq!(r[2].3, s("Ann Vale"), "{r:?}");
}

#[test]
fn outer_source_rules_stay_within_their_shapes() {
    // No speech verb around the free relative: the inner source stays.
    let text = "The scene grew fast.\n\nThe genre is in what Ann Vale calls its “infant stage”. But the sound is improving.\n\nThe Greens say a vote for them could “let the Reds in”, while the Reds say the Greens would mean “higher taxes and more red tape”.\n\n“It is a big change,” said Ann Vale, head of the firm, “with many people working from home.” According to analysts at Ovum, the shift will last.";
    let r = quoted(text);
    assert_eq!(r.len(), 5, "{r:?}");
    assert_eq!(r[0].3, s("Ann Vale"), "{r:?}");
    assert_eq!(r[1].3, s("Greens"), "{r:?}");
    // "while" contrasts two sources; it does not nest one in the other.
    assert_eq!(r[2].3, s("Reds"), "{r:?}");
    // "According to …" after a quotation that ended its sentence opens the next sentence.
    assert_eq!(r[4].3, s("Ann Vale"), "{r:?}");
}

/// Rule `ing_surname` of the chunker: a capitalised -ing word opening the sentence right before
/// a cue's past is a surname, so it speaks ("Boreing added: “…”"); a participle with its own
/// complement ("Speaking Monday, Reyes added") or "Having" is none.
#[test]
fn an_ing_surname_opening_its_sentence_speaks() {
    let text = "The club met on Friday.\n\nBoreing added: \"We will meet again next month.\"";
    let q = quoted(text);
    assert_eq!(q.len(), 1, "{q:?}");
    assert_eq!(q[0].3, s("Boreing"), "{q:?}");
    let text = "The club met on Friday.\n\nSpeaking Monday, Reyes added: \"We will meet again.\"";
    let q = quoted(text);
    assert_eq!(q.len(), 1, "{q:?}");
    assert_eq!(q[0].3, s("Reyes"), "{q:?}");
}

/// Rule `name_after_role`: a description set off before a name in apposition (`the mayor, Ann
/// Cole,`) only says who the speaker is; the name speaks, in every attribution shape, and a
/// listed role before the comma makes the name a person. Not a time word (`Last week, …`),
/// nor a description that is a verb's object.
#[test]
fn a_name_in_apposition_after_a_role_speaks() {
    for text in [
        "The budget passed.\n\nThe mayor, Ann Cole, said the budget was \"a disaster.\"",
        "The budget passed.\n\nThe head of the council, Ann Cole, said: \"It is a disaster.\"",
        "The budget passed.\n\n\"It is a disaster,\" the mayor, Ann Cole, said.",
        "The budget passed.\n\n\"It is a disaster,\" the head of the council, Ann Cole, said.",
        "The budget passed.\n\n\"It is a disaster,\" the mayor, Ann Cole, 52, said on Monday.",
        "The budget passed.\n\nThe mayor, Ann Cole, 52, said: \"It is a disaster.\"",
        "The budget passed.\n\n\"It is a disaster,\" said the mayor, Ann Cole.",
        "The budget passed.\n\n\"It is a disaster,\" according to the mayor, Ann Cole.",
    ] {
        let q = quoted(text);
        assert_eq!(q.len(), 1, "{text}: {q:?}");
        assert_eq!(q[0].2, s("Ann Cole"), "{text}: {q:?}");
    }
    let text = "The budget passed.\n\n\"It is a disaster,\" the spokeswoman, Dana Whitfield, said.";
    let speakers: Vec<_> = analyze(text)
        .quotes
        .iter()
        .map(|q| (q.speaker.clone(), q.speaker_type))
        .collect();
    assert_eq!(
        speakers,
        vec![(s("Dana Whitfield"), Some(presswork::SpeakerType::Person))]
    );
    // A time word before the name is no role; a description after a verb is its object.
    let text = "The budget passed.\n\nLast week, the mayor said: \"It is a disaster.\"";
    assert_eq!(quoted(text)[0].2, s("mayor"));
    let text = "The budget passed.\n\nAnn Cole thanked her deputy, Bob Dunn, and said: \"It is a disaster.\"";
    assert_eq!(quoted(text)[0].2, s("Ann Cole"));
}

/// Review rev23: after an organisation noun (`a spokesman for the company`) the aside may be
/// the organisation's own name; only a person's name there is the speaker.
#[test]
fn a_name_after_an_organisation_noun_speaks_only_if_a_person() {
    for text in [
        "The plant closed.\n\n\"We will appeal,\" a spokesman for the company, Acme Holdings, said.",
        "The plant closed.\n\n\"We will appeal,\" said a spokesman for the company, Acme Holdings.",
        "The plant closed.\n\nA lawyer for the firm, Baker Dunmore, said: \"We will appeal.\"",
    ] {
        let q = quoted(text);
        assert_eq!(q.len(), 1, "{text}: {q:?}");
        assert_ne!(q[0].2, s("Acme Holdings"), "{text}: {q:?}");
        assert_ne!(q[0].2, s("Baker Dunmore"), "{text}: {q:?}");
    }
    for text in [
        "The plant closed.\n\n\"We will appeal,\" a spokeswoman for the company, Ann Cole, said.",
        "The plant closed.\n\n\"We will appeal,\" said a spokeswoman for the company, Ann Cole.",
    ] {
        assert_eq!(quoted(text)[0].2, s("Ann Cole"), "{text}");
    }
}

/// Review rev23: a listed role before a comma makes the name after it a person only in an
/// apposition the comma closes; a clause after a fronted phrase keeps its organisation.
#[test]
fn a_role_in_a_fronted_phrase_makes_no_person() {
    let text = "The mine was sold.\n\nAfter talks with the minister, Sandvik Mining said: \"The mine will close.\"";
    let types: Vec<_> = analyze(text)
        .quotes
        .iter()
        .map(|q| q.speaker_type)
        .collect();
    assert_eq!(
        types,
        vec![Some(presswork::SpeakerType::Organisation)],
        "{text}"
    );
    let text = "The mine was sold.\n\n\"The mine will close,\" the minister, Dana Whitfield, said.";
    let types: Vec<_> = analyze(text)
        .quotes
        .iter()
        .map(|q| q.speaker_type)
        .collect();
    assert_eq!(types, vec![Some(presswork::SpeakerType::Person)], "{text}");
}

#[test]
fn local_and_service_title_abbreviations_stay_off_the_name() {
    // `abbreviations.txt` / `titles.txt`: "Coun.", "Ald.", "Const.", "Cst.", "Pte.",
    // "Supv.", "Msgr." keep their period and stand before a name; the sentence goes on.
    for title in ["Coun.", "Ald.", "Const.", "Cst.", "Pte.", "Supv.", "Msgr."] {
        let text = format!("\"It was a great night for the town,\" {title} Peter Marsh said.");
        let r = quoted(&text);
        assert_eq!(r.len(), 1, "{text}");
        assert_eq!(r[0].2, s("Peter Marsh"), "{text}");
        assert_eq!(r[0].3, s("Peter Marsh"), "{text}");
    }
    // A period after a word that is no listed title still ends the sentence.
    let text = "\"We will appeal,\" said Marsh. Const Ray Hill said nothing.";
    let r = quoted(text);
    assert_eq!(r.len(), 1, "{text}");
    assert_eq!(r[0].3, s("Marsh"), "{text}");
}

#[test]
fn state_media_is_the_whole_speaker_phrase() {
    // Chunker rule `cue_modifier`: "state" modifies "media", no verb before the subject.
    let r = quoted("\"The ferry sank,\" state media said.");
    assert_eq!(r.len(), 1, "{r:?}");
    assert_eq!(r[0].3, s("state media"));
}

/// Probe35, rule `ly_noun_not_adverb`: a noun in "-ly" (`family`, `assembly`) heads the
/// subject of a speech verb; it is no adverb of the verb group, which left the quotation
/// without a speaker. An "-ly" adverb there is still stepped over.
#[test]
fn a_noun_in_ly_heads_the_speaker() {
    for (text, mention) in [
        (
            "The search went on.\n\n\"We are heartbroken,\" the family said in a statement.",
            "the family",
        ),
        (
            "The search went on.\n\nThe family said: \"We are heartbroken.\"",
            "The family",
        ),
        (
            "The search went on.\n\n'Please help us,' pleaded the family.",
            "the family",
        ),
    ] {
        let q = quoted(text);
        assert_eq!(q.len(), 1, "{text}: {q:?}");
        assert_eq!(q[0].3, s(mention), "{text}: {q:?}");
    }
    let text = "The search went on.\n\nThe council swiftly said: \"We are heartbroken.\"";
    assert_eq!(quoted(text)[0].3, s("The council"), "{text}");
}

/// Rule `determined_modifier`: an -ly word or `only` between a determiner and a noun is the
/// noun's adjective, so the subject phrase before the cue is the speaker whole; with no
/// determiner, or before a participle, the word is still an adverb.
#[test]
fn an_ly_adjective_after_a_determiner_stays_in_the_speaker() {
    for (text, mention) in [
        (
            "The boats stayed in.\n\n\"The river is empty,\" an elderly fisherman said.",
            "an elderly fisherman",
        ),
        (
            "The boats stayed in.\n\nAn elderly fisherman said: \"The river is empty.\"",
            "An elderly fisherman",
        ),
        (
            "The road was closed.\n\n\"I saw it all,\" the only witness said.",
            "the only witness",
        ),
        (
            "The polls opened.\n\n\"Nobody listens,\" a lonely voter told us.",
            "a lonely voter",
        ),
    ] {
        let q = quoted(text);
        assert_eq!(q.len(), 1, "{text}: {q:?}");
        assert_eq!(q[0].3, s(mention), "{text}: {q:?}");
    }
    for (text, mention) in [
        (
            "The boats stayed in.\n\n\"It was fine,\" Cole quickly said.",
            "Cole",
        ),
        (
            "The boats stayed in.\n\n\"It was fine,\" Cole said early on.",
            "Cole",
        ),
        (
            "The boats stayed in.\n\nCole said only that \"the river is empty.\"",
            "Cole",
        ),
    ] {
        let q = quoted(text);
        assert_eq!(q.len(), 1, "{text}: {q:?}");
        assert_eq!(q[0].3, s(mention), "{text}: {q:?}");
    }
    // An adverb before a participle (`highly respected`) is not taken as an adjective of the
    // determiner: what matters is that the speaker is still the farmer, not which words of
    // the phrase the mention keeps.
    let text = "The boats stayed in.\n\n\"It was fine,\" a highly respected farmer said.";
    let q = analyze(text).quotes;
    assert_eq!(q.len(), 1, "{text}: {q:?}");
    assert_eq!(
        q[0].speaker_type,
        Some(presswork::SpeakerType::Role),
        "{text}: {q:?}"
    );
    assert!(
        q[0].speaker
            .as_deref()
            .is_some_and(|w| w.contains("farmer")),
        "{text}: {q:?}"
    );
}

/// Rule `determined_modifier` stops after a form of `be`: the phrase there is a complement
/// (`which is the only award … voted for by readers`), not a subject, and names no source;
/// a subject with `only` still does.
#[test]
fn a_modifier_after_be_opens_no_subject() {
    let mentions = |text: &str| -> Vec<String> {
        analyze(text)
            .quotes
            .iter()
            .filter(|q| q.kind == QuoteType::Indirect)
            .filter_map(|q| q.speaker_mention.map(|m| m.text(text).to_string()))
            .collect()
    };
    for text in [
        "The film won the critics' prize, which is the only award of the night voted for by readers.",
        "The film won the critics' prize. It's the only award of the night voted for by readers.",
    ] {
        let m = mentions(text);
        assert!(m.iter().all(|m| !m.contains("only")), "{text}: {m:?}");
    }
    let text = "The road was closed.\n\nThe only witness said the car was red.";
    assert_eq!(
        mentions(text),
        vec!["The only witness".to_string()],
        "{text}"
    );
}

/// Rule `ambiguous_description`: a description that fits two people of one sentence (two
/// of the same age) names neither; one person of that age is still named.
#[test]
fn a_description_two_people_fit_names_neither() {
    let text = "Tom Reyes, 40, and Bob Dunn, 40, were at the dock.\n\n\"It sank fast,\" the 40-year-old said.";
    let q = quoted(text);
    assert_eq!(q.len(), 1, "{q:?}");
    assert_eq!(q[0].2, s("40-year-old"), "{q:?}");
    assert_eq!(q[0].3, s("the 40-year-old"), "{q:?}");
    let text = "Tom Reyes, 40, and Bob Dunn, 52, were at the dock.\n\n\"It sank fast,\" the 40-year-old said.";
    let q = quoted(text);
    assert_eq!(q.len(), 1, "{q:?}");
    assert_eq!(q[0].2, s("Tom Reyes"), "{q:?}");
}

/// Rule `ambiguous_description` counts a second person only when coordinated with the first
/// under the same description (`X and Senator Y`, `X, 40, Y, 40, and Z, 40`): an object
/// (`after meeting Senator Y`, `praised former Senator Y`), a qualified role (`assistant
/// coach`), a relative clause's name, or a found person who spoke the quotation beside the
/// name leaves the description to the first person.
#[test]
fn a_description_names_its_person_unless_two_are_coordinated() {
    for (text, speaker) in [
        (
            "Senator Tom Reyes and Senator Bob Dunn met.\n\n\"We agreed,\" the senator said.",
            "senator",
        ),
        (
            "Tom Reyes, 40, Ann Cole, 40, and Bob Dunn, 40, were hurt.\n\n\"It hurts,\" the 40-year-old said.",
            "40-year-old",
        ),
        (
            "\"We agreed,\" Senator Tom Reyes said after meeting Senator Bob Dunn. \"It is done,\" the senator added.",
            "Tom Reyes",
        ),
        (
            "Coach Tom Reyes and assistant coach Bob Dunn watched the game.\n\n\"We played well,\" the coach said.",
            "Tom Reyes",
        ),
        (
            "Senator Tom Reyes praised former Senator Bob Dunn.\n\n\"We agreed,\" the senator said.",
            "Tom Reyes",
        ),
        (
            "Senator Tom Reyes, who beat Senator Bob Dunn, spoke.\n\n\"We agreed,\" the senator said.",
            "Tom Reyes",
        ),
        (
            "\"We won,\" said Senator Tom Reyes and Senator Bob Dunn. \"It is done,\" the senator added.",
            "Tom Reyes",
        ),
    ] {
        let q = quoted(text);
        assert_eq!(q.last().and_then(|r| r.2.clone()), s(speaker), "{text}: {q:?}");
    }
}

/// Probe35: honorifics and offices of South Asian, West African and Irish news
/// (`titles.txt`: `Shri`, `Alhaji`, `Taoiseach`) mark a person and are no part of the name;
/// given names of those countries (`first_names.txt`) make a bare name a person.
#[test]
fn honorifics_and_given_names_of_other_englishes_type_a_person() {
    for (text, speaker) in [
        (
            "The scheme was launched.\n\n\"It will help farmers,\" said Shri Ramnath Tiwari.",
            "Ramnath Tiwari",
        ),
        (
            "The scheme was launched.\n\n\"It will help farmers,\" said Alhaji Garba Lawal.",
            "Garba Lawal",
        ),
        (
            "The scheme was launched.\n\n'It will help farmers,' Taoiseach Brid Kearney said.",
            "Brid Kearney",
        ),
        (
            "The scheme was launched.\n\n\"It will help farmers,\" said Wanjiru Odhiambo.",
            "Wanjiru Odhiambo",
        ),
        (
            "The scheme was launched.\n\n\"It will help farmers,\" said Chinedu Okafor.",
            "Chinedu Okafor",
        ),
        // Dotted honorifics are abbreviations (`abbreviations.txt`): no sentence ends there.
        (
            "The scheme was launched.\n\n\"It will help farmers,\" said Smt. Kavita Rao.",
            "Kavita Rao",
        ),
        (
            "The scheme was launched.\n\n\"It will help farmers,\" Engr. Chukwuma Obi said.",
            "Chukwuma Obi",
        ),
    ] {
        let speakers: Vec<_> = analyze(text)
            .quotes
            .iter()
            .map(|q| (q.speaker.clone(), q.speaker_type))
            .collect();
        assert_eq!(
            speakers,
            vec![(s(speaker), Some(presswork::SpeakerType::Person))],
            "{text}"
        );
    }
    // `Sri` is not listed: it opens a country's name.
    let text = "The scheme was launched.\n\n\"It will help farmers,\" Sri Lanka said.";
    let speakers: Vec<_> = analyze(text)
        .quotes
        .iter()
        .map(|q| q.speaker.clone())
        .collect();
    assert_eq!(speakers, vec![s("Sri Lanka")], "{text}");
    // Nor undotted `Hon`: it opens a company's name (only `Hon.` is the honorific).
    let text = "Sales rose.\n\n\"Flights have resumed,\" Hon Hai Precision Industry said.";
    let speakers: Vec<_> = analyze(text)
        .quotes
        .iter()
        .map(|q| q.speaker.clone())
        .collect();
    assert_eq!(speakers, vec![s("Hon Hai Precision Industry")], "{text}");
    // A place named after a person is no person, title or not (`org_suffixes.txt`: Airport,
    // Hospital).
    for text in [
        "The runway was cleared.\n\n\"Flights have resumed,\" President Kennedy Airport said.",
        "The ward was closed.\n\n\"We are full,\" St Mary Hospital said.",
    ] {
        let types: Vec<_> = analyze(text)
            .quotes
            .iter()
            .map(|q| q.speaker_type)
            .collect();
        assert_eq!(
            types,
            vec![Some(presswork::SpeakerType::Organisation)],
            "{text}"
        );
    }
}

#[test]
fn windows_1252_mojibake_marks_read_as_the_marks() {
    // A page saved through the wrong encoding writes `“` as `â€œ`, `”` as `â€\u{9d}` or
    // `â€�`, `’` as `â€™`, `—` as `â€”`: the same rows as with the marks, spans in the text
    // as given.
    let clean = "“We won’t close the pier,” said Ann Cole, the harbour master. The council said the pier — built in 1902 — would stay open.";
    let mojibake = clean
        .replace('“', "â€œ")
        .replace('”', "â€\u{fffd}")
        .replace('’', "â€™")
        .replace('—', "â€”");
    let fixed = |rows: Vec<Row>| -> Vec<Row> {
        rows.into_iter()
            .map(|mut r| {
                r.0 =
                    r.0.replace("â€\u{fffd}", "”")
                        .replace("â€œ", "“")
                        .replace("â€™", "’")
                        .replace("â€”", "—");
                r
            })
            .collect()
    };
    let expected = rows(clean);
    assert_eq!(expected.len(), 2, "{expected:?}");
    assert_eq!(expected[0].2, s("Ann Cole"));
    assert_eq!(fixed(rows(&mojibake)), expected);
    // The marks' last byte lost (`â€` then a space) still closes the quotation.
    let lost = clean.replace('“', "â€œ").replace('”', "â€");
    assert_eq!(quoted(&lost)[0].0, "We won’t close the pier,");
    assert_eq!(quoted(&lost)[0].2, s("Ann Cole"));
}

/// Rule `emphasised_transcript_label` (reported speech's `emphasised_transcript_turn`): a
/// Markdown transcript's bold labels at line starts give each named speaker's turn a row;
/// one-letter labels (`**Q:**`) and page labels (`**Update:**`) name nobody, and a bold
/// label inside a flattened paragraph is no turn.
#[test]
fn markdown_transcript_labels_name_their_turns() {
    let turns = |text: &str| -> Vec<(String, Option<String>)> {
        analyze(text)
            .quotes
            .iter()
            .filter(|q| q.kind == QuoteType::Indirect)
            .map(|q| {
                (
                    q.span.text(text).to_string(),
                    q.speaker_mention.map(|m| m.text(text).to_string()),
                )
            })
            .collect()
    };
    let lines = [
        "**Q:** Why now?",
        "**Ann Cole:** Because the time is right.",
        "**Update:** The vote moved to Monday.",
        "**Q:** And then?",
        "**Ann Cole:** We wait.",
    ];
    for sep in ["\n", "\n\n", "\r\n\r\n"] {
        let text = lines.join(sep);
        assert_eq!(
            turns(&text),
            vec![
                (s("Because the time is right.").unwrap(), s("Ann Cole")),
                (s("We wait.").unwrap(), s("Ann Cole")),
            ],
            "{text:?}"
        );
    }
    let text = "**Q:** Why now?\n**Ann Cole:** Because the time is right and the\nboard agreed.\n**Q:** And then?\n**Ann Cole:** We wait.";
    assert_eq!(
        turns(text)[0],
        (
            s("Because the time is right and the\nboard agreed.").unwrap(),
            s("Ann Cole")
        )
    );
    for text in [
        lines.join(" "),
        "**Q:** Why now?\n**A:** Because.\n**Q:** And then?\n**A:** We wait.".to_string(),
        "**Photo:** A boat.\n**Update:** The port closed.\n**Photo:** A dock.\n**Update:** It opened."
            .to_string(),
        "The port closed.\n\n**Key points:** The vote moved.\n\n**The Road Ahead:** A long wait."
            .to_string(),
        "Budget day\n\n**Key Points:** Taxes rise.\n\n**Key Points:** Spending falls.\n\n**Bob Reyes:** It is a bad budget."
            .to_string(),
    ] {
        assert!(turns(&text).is_empty(), "{text:?}: {:?}", turns(&text));
    }
    // A label of heading words only (`**Read More:**`, `**Key Points:**`) names no speaker
    // inside a transcript either; a person's label there still does.
    let text = "**Q:** Why now?\n**Ann Cole:** Because the time is right.\n**Read More:** Council to vote on bridge\n**Key Points:** The bridge is old.\n**Q:** And then?\n**Ann Cole:** We wait.";
    assert_eq!(
        turns(text),
        vec![
            (s("Because the time is right.").unwrap(), s("Ann Cole")),
            (s("We wait.").unwrap(), s("Ann Cole")),
        ],
        "{text:?}"
    );
}

/// Rule `markdown_link_text`: a Markdown link is read as its text, so the name in it is the
/// speaker, and a link hard-wrapped inside its text reads as the wrapped name does; a
/// bracket with no address stays text.
#[test]
fn a_markdown_link_is_read_as_its_text() {
    for text in [
        "[Ann Cole](https://example.org): \"We will fight on.\"",
        "\"We will fight on,\" [Ann Cole](https://example.org) said.",
    ] {
        let q = quoted(text);
        assert_eq!(q.len(), 1, "{text}: {q:?}");
        assert_eq!(q[0].3, s("Ann Cole"), "{text}: {q:?}");
    }
    let wrapped = quoted("\"We will fight on,\" [Ann\nCole](https://example.org/a?b=1) said.");
    let plain = quoted("\"We will fight on,\" Ann\nCole said.");
    assert_eq!(wrapped[0].2, plain[0].2, "{wrapped:?} {plain:?}");
    for (text, mention) in [
        (
            "\"We will fight on,\" the mayor [Ann Cole] said.",
            "the mayor",
        ),
        (
            "\"It was wrong [sic],\" the mayor said (in a statement).",
            "the mayor",
        ),
    ] {
        let q = quoted(text);
        assert_eq!(q.len(), 1, "{text}: {q:?}");
        assert_eq!(q[0].3, s(mention), "{text}: {q:?}");
    }
}
