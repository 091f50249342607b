use super::*;
use crate::tokenize::tokenize;

fn sents(text: &str) -> Vec<&str> {
    let mut tokens = tokenize(text);
    split(text, &mut tokens)
        .into_iter()
        .map(|s| s.span.text(text))
        .collect()
}

#[test]
fn titles_and_initialisms_mid_sentence() {
    assert_eq!(
        sents("Mr. Smith met Dr. Jones in the U.S. on Monday. They talked."),
        vec![
            "Mr. Smith met Dr. Jones in the U.S. on Monday.",
            "They talked."
        ]
    );
    assert_eq!(
        sents("He met the U.S. President. It went well."),
        vec!["He met the U.S. President.", "It went well."]
    );
    assert_eq!(
        sents("He lives in the U.S. He is happy."),
        vec!["He lives in the U.S.", "He is happy."]
    );
    assert_eq!(
        sents("J. R. R. Tolkien wrote it."),
        vec!["J. R. R. Tolkien wrote it."]
    );
}

#[test]
fn decimals_and_ellipses() {
    assert_eq!(
        sents("Shares rose 1.9% to 57.85 francs. Good."),
        vec!["Shares rose 1.9% to 57.85 francs.", "Good."]
    );
    assert_eq!(
        sents("I wonder… maybe not. She left... Then he came."),
        vec!["I wonder… maybe not.", "She left...", "Then he came."]
    );
}

#[test]
fn question_and_exclamation_inside_quotes() {
    assert_eq!(
        sents("“Why?” he asked. “Stop!” She ran."),
        vec!["“Why?” he asked.", "“Stop!”", "She ran."]
    );
}

#[test]
fn closing_quote_after_period_stays_with_sentence() {
    assert_eq!(
        sents("He said: “Hello world.” Then he left."),
        vec!["He said: “Hello world.”", "Then he left."]
    );
    assert_eq!(
        sents("to becoming 'isolated from the world.' He also"),
        vec!["to becoming 'isolated from the world.'", "He also"]
    );
}

#[test]
fn headings_and_lists_on_their_own_lines() {
    let text = "Key Takeaways\nPetro spoke today.\n• Talks resumed\n• Markets rose\nThe end.";
    assert_eq!(
        sents(text),
        vec![
            "Key Takeaways",
            "Petro spoke today.",
            "• Talks resumed",
            "• Markets rose",
            "The end."
        ]
    );
}

#[test]
fn hard_wrapped_lines_are_joined() {
    assert_eq!(
        sents("This sentence was cut off\nin the middle by a wrap."),
        vec!["This sentence was cut off\nin the middle by a wrap."]
    );
}

#[test]
fn glued_sentences() {
    assert_eq!(
        sents("It ended.Then it began."),
        vec!["It ended.", "Then it began."]
    );
}

#[test]
fn months_and_numbers() {
    assert_eq!(
        sents("On Jan. 4 he spoke. No. 10 said so."),
        vec!["On Jan. 4 he spoke.", "No. 10 said so."]
    );
    assert_eq!(
        sents("1. The first item\n2. The second item"),
        vec!["1. The first item", "2. The second item"]
    );
}

#[test]
fn paragraphs_always_break() {
    assert_eq!(
        sents("a heading\n\nbody text here"),
        vec!["a heading", "body text here"]
    );
}

#[test]
fn token_sentence_indices_match_spans() {
    for text in [
        "One. Two three. “Four?” Five.",
        "One.&quot; Two&#8217;s three. &#8220;Four?&#8221; Five.&quot;",
        "&quot;&quot;. &amp;quot; &#x201C;&#x201D;",
    ] {
        let mut tokens = tokenize(text);
        let sentences = split(text, &mut tokens);
        let mut next = 0;
        for (si, s) in sentences.iter().enumerate() {
            assert_eq!(s.token_start, next, "{text}");
            assert!(s.token_end > s.token_start);
            next = s.token_end;
            for t in &tokens[s.token_start..s.token_end] {
                assert_eq!(t.sentence as usize, si);
                assert!(s.span.start() <= t.span.start() && t.span.end() <= s.span.end());
            }
        }
        assert_eq!(next, tokens.len(), "{text}");
    }
}

#[test]
fn list_items_on_one_line() {
    assert_eq!(
        sents("1.) The first item 2.) The second item"),
        vec!["1.) The first item", "2.) The second item"]
    );
    assert_eq!(
        sents("1) The first item 2) The second item"),
        vec!["1) The first item", "2) The second item"]
    );
    assert_eq!(
        sents("a. The first item b. The second item"),
        vec!["a. The first item", "b. The second item"]
    );
    assert_eq!(
        sents("• 9. The first item • 10. The second item"),
        vec!["• 9. The first item", "• 10. The second item"]
    );
    // Without a list opener, a number before a period is just the end of a sentence.
    assert_eq!(
        sents("He scored in minute 2. The crowd cheered."),
        vec!["He scored in minute 2.", "The crowd cheered."]
    );
}

#[test]
fn a_bullet_alone_on_its_line_joins_its_item() {
    assert_eq!(
        sents("Key Takeaways\n-\nTrump accused Petro.\n-\nPetro denied it."),
        vec![
            "Key Takeaways",
            "-\nTrump accused Petro.",
            "-\nPetro denied it."
        ]
    );
}

#[test]
fn short_lines_without_punctuation_are_items() {
    assert_eq!(
        sents("features\ncontact manager\nevents, activities"),
        vec!["features", "contact manager", "events, activities"]
    );
    assert_eq!(
        sents("This is a sentence\ncut off in the middle because pdf."),
        vec!["This is a sentence\ncut off in the middle because pdf."]
    );
}

#[test]
fn spaced_ellipses() {
    assert_eq!(
        sents("I wasn’t really . . . well, the thing is . . . I didn’t mean it."),
        vec!["I wasn’t really . . . well, the thing is . . . I didn’t mean it."]
    );
    assert_eq!(
        sents("into compounds. . . . The practice was not abandoned. . . ."),
        vec![
            "into compounds.",
            ". . . The practice was not abandoned. . . ."
        ]
    );
    assert_eq!(
        sents("“the laws will appear less complex. . . .”"),
        vec!["“the laws will appear less complex. . . .”"]
    );
    assert_eq!(
        sents("\"Bohr [...] used stairways [...]\" (Smith 55)."),
        vec!["\"Bohr [...] used stairways [...]\" (Smith 55)."]
    );
}

#[test]
fn initials_versus_the_pronoun_i() {
    assert_eq!(
        sents("We make a good team, you and I. Did you see Albert I. Jones yesterday?"),
        vec![
            "We make a good team, you and I.",
            "Did you see Albert I. Jones yesterday?"
        ]
    );
}

#[test]
fn leading_line_breaks() {
    assert_eq!(
        sents("\n\nTitle\nBody text here."),
        vec!["Title", "Body text here."]
    );
}

/// One invented case of `tests/data/sentence_rules.jsonl`: the rule it shows, a text and its
/// sentences.
struct RuleCase {
    rule: String,
    text: String,
    expected: Vec<String>,
}

fn rule_cases() -> Vec<RuleCase> {
    include_str!("../../tests/data/sentence_rules.jsonl")
        .lines()
        .filter(|l| !l.trim().is_empty())
        .map(|l| {
            let v: serde_json::Value = serde_json::from_str(l).expect("a JSON object per line");
            RuleCase {
                rule: v["rule"].as_str().expect("rule").to_string(),
                text: v["text"].as_str().expect("text").to_string(),
                expected: v["expected"]
                    .as_array()
                    .expect("expected")
                    .iter()
                    .map(|s| s.as_str().expect("a sentence").to_string())
                    .collect(),
            }
        })
        .collect()
}

fn sents_with(text: &str, switch: RuleSwitch) -> Vec<String> {
    let mut tokens = tokenize(text);
    split_with(text, &mut tokens, switch)
        .into_iter()
        .map(|s| s.span.text(text).to_string())
        .collect()
}

#[test]
fn every_rule_case_holds() {
    let cases = rule_cases();
    assert!(
        cases.len() >= 40,
        "the rule table is missing: {}",
        cases.len()
    );
    for c in &cases {
        assert_eq!(
            sents_with(&c.text, RuleSwitch::default()),
            c.expected,
            "rule {}: {:?}",
            c.rule,
            c.text
        );
    }
}

#[test]
fn every_rule_has_cases_and_each_rule_matters() {
    let cases = rule_cases();
    let names = rule_names();
    assert!(names.len() >= 25, "rule lists: {}", names.len());
    for (list, name, doc) in names {
        assert!(!doc.is_empty(), "{list} rule {name} has no doc");
        let own: Vec<&RuleCase> = cases.iter().filter(|c| c.rule == name).collect();
        assert!(!own.is_empty(), "{list} rule {name} has no case");
        // Switched off, the rule's cases must come out differently: it is not dead.
        let switch = RuleSwitch { off: Some(name) };
        assert!(
            own.iter()
                .any(|c| sents_with(&c.text, switch) != c.expected),
            "{list} rule {name}: its cases pass without it"
        );
    }
    for c in &cases {
        assert!(
            rule_names().iter().any(|(_, n, _)| *n == c.rule),
            "case names an unknown rule {}",
            c.rule
        );
    }
}

// ------------------------------------------------------------------------------ text shapes

/// Invented wire copy: a headline, a dateline, quotes, abbreviations, a byline, a photo credit.
const WIRE_STORY: &str = "HARBOUR TOWN VOTES TO KEEP ITS FERRY\n\nBy Ana Ruiz\n\nPORTO (AP) — \
The town council of Porto voted on Tuesday to keep the old ferry running until 2027, \
ending months of argument over its cost. Mr. Silva, who chairs the transport committee, \
said the vote was “a victory for common sense.” The ferry carries about 1,200 people a day.\n\n\
“We were told it would close in May,” said Rita Gomes, 54, who crosses twice a day. \
“Now we can plan again.” The U.S. consulate, which had raised safety concerns, \
declined to comment. Repairs will cost $3.5 million, or about 4.2 per cent of the budget.\n\n\
Dr. Paulo Neves of the University of Porto said the vote was not the end of it. \
“Who pays for the next repairs?” he asked. Nobody had an answer at 9 p.m. when the \
meeting closed.\n\nPhoto: Joana Lima/AP";

fn normalised(text: &str) -> Vec<String> {
    let mut tokens = tokenize(text);
    split(text, &mut tokens)
        .into_iter()
        .map(|s| {
            s.span
                .text(text)
                .split_whitespace()
                .collect::<Vec<_>>()
                .join(" ")
        })
        .collect()
}

/// Each line of `text` wrapped at `width` columns, the way wire copy and e-mail are.
fn hard_wrap(text: &str, width: usize) -> String {
    let mut out = String::new();
    for (n, line) in text.split('\n').enumerate() {
        if n > 0 {
            out.push('\n');
        }
        // The indent stays, and counts.
        let indent = line.len() - line.trim_start().len();
        out.push_str(&line[..indent]);
        let mut col = indent;
        for (k, word) in line.split_whitespace().enumerate() {
            let len = word.chars().count();
            if k > 0 && col + 1 + len > width {
                out.push('\n');
                col = 0;
            } else if k > 0 {
                out.push(' ');
                col += 1;
            }
            out.push_str(word);
            col += len;
        }
    }
    out
}

const SEEDS: [&str; 5] = [
    include_str!("../../tests/data/seeds/000_4bf89a5d724fffdb.txt"),
    include_str!("../../tests/data/seeds/001_ed13a5765eb58403.txt"),
    include_str!("../../tests/data/seeds/002_4658e44287b6c532.txt"),
    include_str!("../../tests/data/seeds/003_fe62e274a8b505a0.txt"),
    include_str!("../../tests/data/seeds/004_6cf1e82c77ad4915.txt"),
];

#[test]
fn wire_story_sentences() {
    let got = normalised(WIRE_STORY);
    assert_eq!(got[0], "HARBOUR TOWN VOTES TO KEEP ITS FERRY");
    assert_eq!(got[1], "By Ana Ruiz");
    assert_eq!(got[2], "PORTO (AP) —");
    assert!(got[3].starts_with("The town council of Porto voted"));
    assert_eq!(got.last().unwrap(), "Photo: Joana Lima/AP");
    assert_eq!(got.len(), 14, "{got:#?}");
}

#[test]
fn crlf_gives_the_same_sentences_as_lf() {
    for text in SEEDS.iter().chain([&WIRE_STORY]) {
        assert_eq!(normalised(&text.replace('\n', "\r\n")), normalised(text));
    }
}

#[test]
fn hard_wrapped_text_gives_the_same_sentences() {
    for width in [60, 72, 80] {
        let wrapped = hard_wrap(WIRE_STORY, width);
        assert_ne!(wrapped, WIRE_STORY);
        assert_eq!(
            normalised(&wrapped),
            normalised(WIRE_STORY),
            "width {width}"
        );
    }
    // In the seeds, one known ambiguity is left: a line ending in a colon before a quotation
    // ("declared:\n“I swore…”") is a boundary, but once wrapped the same colon can end a full
    // line inside a paragraph ("He said:\n\"Next time…", common in wire copy), which is not.
    // Sentences ending in a colon are joined to the next on both sides for the comparison.
    let join_colons = |sents: Vec<String>| {
        let mut out: Vec<String> = Vec::new();
        for s in sents {
            match out.last_mut() {
                Some(last) if last.ends_with(':') => {
                    last.push(' ');
                    last.push_str(&s);
                }
                _ => out.push(s),
            }
        }
        out
    };
    for text in SEEDS {
        let wrapped = hard_wrap(text, 72);
        assert_eq!(
            join_colons(normalised(&wrapped)),
            join_colons(normalised(text))
        );
    }
}

/// Invented copy for the wrapping tests: a headline on its own line, a spaced dash after a
/// period, a spaced-hyphen list after a colon, a web address longer than the room left on a line,
/// spaced ellipses, an indented item.
const WRAP_STORY: &str = "Council keeps the old ferry running\n\
The town council of Porto voted on Tuesday to keep the old ferry running until 2027, ending \
months of argument over its cost and its future. The vote was close. - Former mayor Rui Costa, \
who opposed the plan, said the council had ignored its own auditors. . . . The new timetable is \
at https://example.org/porto/ferry-timetable-2027.pdf for anyone who asks.\n\n\
The proposals include: - A fare freeze for pensioners until the end of the decade. - A night \
crossing on Fridays and Saturdays in the summer months. Both were agreed without a vote . . . \
and the ferry will carry about 1,200 people a day between the old town and the new\n\
port, which the council said was a fair price for a service the whole town depends on.\n\n\
  • Sanctions by the port authority on the operator could hurt the ferry, the town and the \
U.S. company that owns the port, the auditors warned in a report to the council.";

#[test]
fn wrapping_at_any_width_keeps_the_sentences() {
    let want = normalised(WRAP_STORY);
    assert_eq!(want[0], "Council keeps the old ferry running");
    let (mut dash_opens_a_line, mut short_line_before_address) = (false, false);
    for width in 55..=100 {
        let wrapped = hard_wrap(WRAP_STORY, width);
        dash_opens_a_line |= wrapped.contains("\n- ");
        // A line under three quarters of the width, wrapped because the address did not fit.
        let lines: Vec<&str> = wrapped.lines().collect();
        short_line_before_address |= lines
            .windows(2)
            .any(|w| w[1].starts_with("https://") && w[0].chars().count() * 4 < width * 3);
        assert_eq!(normalised(&wrapped), want, "width {width}:\n{wrapped}");
    }
    assert!(
        dash_opens_a_line,
        "no width moved a spaced dash to a line start"
    );
    assert!(
        short_line_before_address,
        "no width left a short line before the address"
    );
}

#[test]
fn a_short_wrapped_story_is_recognised() {
    // A headline and one paragraph that wraps onto three or four lines: two line breaks inside
    // the paragraph are enough to show the width, and the names at line starts go on.
    let story = "Council keeps the old ferry running.\n\nPORTO (AP) — Mayor Ana Ruiz of \
Porto told Council Member Rui Costa on Tuesday that the Harbour Authority would keep the Old \
Ferry running until 2027, ending months of argument with Lisbon over its cost to the Town.";
    let want = normalised(story);
    assert_eq!(want.len(), 3, "{want:?}");
    for width in 60..=80 {
        let wrapped = hard_wrap(story, width);
        // Fewer than four line breaks inside the paragraph.
        assert!(wrapped.lines().count() <= 6, "width {width}:\n{wrapped}");
        assert_eq!(normalised(&wrapped), want, "width {width}:\n{wrapped}");
    }
}

#[test]
fn a_wrapped_line_is_one_the_next_word_did_not_fit_on() {
    // Wrapped at 72: the headline (64 columns) had room for "The", so its break is a real one;
    // the short line before the long address had none, so its break is a space.
    let story = WRAP_STORY.replace(
        "Council keeps the old ferry running",
        "Harbour council keeps the old ferry running for three more years",
    );
    assert_eq!(normalised(&story)[0].len(), 64);
    let wrapped = hard_wrap(&story, 72);
    assert!(wrapped
        .starts_with("Harbour council keeps the old ferry running for three more years\nThe "));
    let got = normalised(&wrapped);
    assert_eq!(
        got[0],
        "Harbour council keeps the old ferry running for three more years"
    );
    assert!(got
        .iter()
        .any(|s| s.ends_with("The new timetable is at https://example.org/porto/ferry-timetable-2027.pdf for anyone who asks.")));
}

#[test]
fn flattened_text_gives_the_same_sentences_except_at_headings() {
    let flat = WIRE_STORY.split_whitespace().collect::<Vec<_>>().join(" ");
    let got = normalised(&flat);
    let want = normalised(WIRE_STORY);
    // The headline and the dateline stay apart from the first sentence; only the byline, a
    // heading without punctuation, runs into the dateline and the photo credit into the end.
    assert_eq!(got[0], "HARBOUR TOWN VOTES TO KEEP ITS FERRY");
    assert_eq!(got[1], "By Ana Ruiz PORTO (AP) —");
    assert_eq!(got[2..], want[3..]);
    assert_eq!(got.last().unwrap(), "Photo: Joana Lima/AP");
}

#[test]
fn postscript_and_circa_do_not_end_sentences() {
    assert_eq!(
        sents("Love, Ana\n\nP.S. I am moving in May."),
        vec!["Love, Ana", "P.S. I am moving in May."]
    );
    assert_eq!(
        sents("The ferry was lovely, Ana. PS. Love the new timetable!"),
        vec!["The ferry was lovely, Ana.", "PS. Love the new timetable!"]
    );
    assert_eq!(
        sents("The temple was built (c. 1230 BC) on the hill. It fell later."),
        vec![
            "The temple was built (c. 1230 BC) on the hill.",
            "It fell later."
        ]
    );
}

#[test]
fn a_non_ascii_word_before_a_period_and_lower_case() {
    // Found by the fuzz corpus: the abbreviation check must not slice inside a character.
    assert_eq!(
        sents("Nous étions à Évry. ensuite à Ørsted. fin"),
        vec!["Nous étions à Évry.", "ensuite à Ørsted.", "fin"]
    );
}

/// `text` with its quotation marks and apostrophes written as HTML references, the way scraped
/// pages keep them, and the reverse.
fn html_escape(text: &str) -> String {
    text.replace('"', "&quot;")
        .replace('“', "&#8220;")
        .replace('”', "&rdquo;")
        .replace('‘', "&lsquo;")
        .replace('’', "&#x2019;")
        .replace('\'', "&#39;")
}

fn html_unescape(text: &str) -> String {
    text.replace("&quot;", "\"")
        .replace("&#8220;", "“")
        .replace("&rdquo;", "”")
        .replace("&lsquo;", "‘")
        .replace("&#x2019;", "’")
        .replace("&#39;", "'")
}

#[test]
fn escaped_marks_end_sentences_like_the_marks() {
    assert_eq!(
        sents("He said &quot;We won.&quot; Then he left. &#8220;Why?&#8221; she asked."),
        vec![
            "He said &quot;We won.&quot;",
            "Then he left.",
            "&#8220;Why?&#8221; she asked."
        ]
    );
    // An escaped apostrophe is read as one: the clitic does not end anything.
    assert_eq!(
        sents("Trump&rsquo;s aide left. It&#39;s over."),
        vec!["Trump&rsquo;s aide left.", "It&#39;s over."]
    );
    // Other references are left as they are.
    assert_eq!(
        sents("AT&amp;T rose 2.5%. Shares &copy; fell."),
        vec!["AT&amp;T rose 2.5%.", "Shares &copy; fell."]
    );
}

#[test]
fn html_escaped_text_gives_the_same_sentences() {
    for text in SEEDS.iter().chain([&WIRE_STORY]) {
        let escaped = html_escape(text);
        assert_ne!(&escaped, text);
        let got: Vec<String> = normalised(&escaped)
            .iter()
            .map(|s| html_unescape(s))
            .collect();
        assert_eq!(got, normalised(text));
    }
}

/// `text` as a page's markup leaves it: each paragraph (blocks between blank lines) a `<p>`
/// element, each capitalised word a link; and the reverse (every tag dropped).
fn with_markup(text: &str) -> String {
    let linked = |p: &str| {
        let mut out = String::new();
        let mut prev: Option<char> = None;
        let mut in_link = false;
        for c in p.chars() {
            if in_link && !c.is_alphanumeric() {
                out.push_str("</a>");
                in_link = false;
            }
            if c.is_uppercase() && !prev.is_some_and(char::is_alphanumeric) {
                out.push_str("<a href=\"https://example.org/p?id=7\">");
                in_link = true;
            }
            out.push(c);
            prev = Some(c);
        }
        if in_link {
            out.push_str("</a>");
        }
        out
    };
    text.split("\n\n")
        .map(|p| format!("<p>{}</p>", linked(p)))
        .collect::<Vec<_>>()
        .join("\n")
}

fn without_tags(text: &str) -> String {
    let mut out = String::new();
    let mut in_tag = false;
    for c in text.chars() {
        match c {
            '<' => in_tag = true,
            '>' if in_tag => in_tag = false,
            _ if !in_tag => out.push(c),
            _ => {}
        }
    }
    out
}

#[test]
fn page_markup_gives_the_same_sentences() {
    let marked = with_markup(WIRE_STORY);
    assert!(marked.matches("<a href").count() > 20);
    let got: Vec<String> = normalised(&marked)
        .iter()
        .map(|s| without_tags(s))
        .collect();
    assert_eq!(got, normalised(WIRE_STORY));
    // Each sentence's span starts and ends at its own words, not at a tag around them.
    let mut tokens = tokenize(&marked);
    for s in split(&marked, &mut tokens) {
        let t = s.span.text(&marked);
        assert!(!t.starts_with("<p>") && !t.ends_with("</p>"), "{t:?}");
    }
}

#[test]
fn straight_and_latex_quotes_give_the_same_sentences() {
    let straight = |t: &str| t.replace(['“', '”'], "\"").replace(['‘', '’'], "'");
    let latex = |t: &str| t.replace('“', "``").replace('”', "''");
    let texts: Vec<&str> = SEEDS.iter().copied().chain([WIRE_STORY]).collect();
    assert!(texts.iter().filter(|t| straight(t) != **t).count() >= 3);
    for text in texts {
        let want: Vec<String> = normalised(text).iter().map(|s| straight(s)).collect();
        assert_eq!(normalised(&straight(text)), want);
        let want: Vec<String> = normalised(text).iter().map(|s| latex(s)).collect();
        assert_eq!(normalised(&latex(text)), want);
    }
}

#[test]
fn a_spaced_hyphen_after_a_sentence_is_a_dash_not_a_bullet() {
    assert_eq!(
        sents("The crowd chanted \"Build the wall!\" - \"And keep them out,\" he said."),
        vec!["The crowd chanted \"Build the wall!\" - \"And keep them out,\" he said."]
    );
}

/// Sentence spans of `text`.
fn spans(text: &str) -> Vec<(usize, usize)> {
    let mut tokens = tokenize(text);
    split(text, &mut tokens)
        .into_iter()
        .map(|s| (s.span.start(), s.span.end()))
        .collect()
}

/// "The same sentences except at headings", for flattened text: one definition with
/// `examples/shapes` (`flattened*`); its own tests run with these.
#[path = "../../examples/common/headings.rs"]
mod headings;

/// The sentences of `text` joined where the flattened shape may differ at a heading.
fn headings_joined(original: &str, spans: &[(usize, usize)]) -> Vec<(usize, usize)> {
    headings::admit_headings(original, spans)
}

/// `text` with each line break replaced by a space (offsets kept: one byte for one byte).
fn flatten_in_place(text: &str) -> String {
    text.replace(['\n', '\r'], " ")
}

#[test]
fn flattened_seeds_give_the_same_sentences_except_at_headings() {
    for text in SEEDS.iter().chain([&WIRE_STORY, &LIST_STORY]) {
        let flat = flatten_in_place(text);
        assert_eq!(
            headings_joined(text, &spans(&flat)),
            headings_joined(text, &spans(text)),
            "{text}"
        );
    }
}

/// Invented copy in the shapes news lists take: dash items after a colon, a quotation with a
/// dash attribution on its own line, a reporter's sign-off, a state after a place at a
/// paragraph end, a numbered list after a colon, a list number alone on its line, a heading
/// closed by a dash.
const LIST_STORY: &str = "Ferry vote: what changes\n\n\
The council listed the changes:\n\
- Fares stay frozen until 2027.\n\
- A night crossing runs on Fridays.\n\n\
\"We will keep the ferry running for as long as people need it.\"\n\
- Ana Ruiz.\n\n\
The vote was held in Lodi, N.J.\n\n\
Harmony Foods, which runs the port, did not comment.\n\n\
Your daily look at the week ahead:\n\n\
1. FERRY FARES STAY FROZEN.\n\n\
3.\n\nThe number of crossings a day.\n\n\
– A quiet harbour –.\n\n\
The harbour reopened on Monday.\n\n\
--additional reporting by Rui Costa.";

#[test]
fn list_story_sentences() {
    let got = normalised(LIST_STORY);
    for want in [
        "- Fares stay frozen until 2027.",
        "- Ana Ruiz.",
        "The vote was held in Lodi, N.J.",
        "– A quiet harbour –.",
        "--additional reporting by Rui Costa.",
    ] {
        assert!(got.iter().any(|s| s == want), "{want:?} in {got:#?}");
    }
}

#[test]
fn one_line_lists_give_the_same_sentences_wrapped() {
    // BBC copy runs its lists into one line with spaced hyphens; a hard wrap may move a hyphen
    // to a line start or leave it at a line end.
    let story = "The critics named their favourites. - Ana Ruiz, Harbour News: Film - The Long \
Crossing; director - Rui Costa; actor - Paulo Neves. - Rita Gomes, The Porto Times: Film - \
Night Ferry; director - Joana Lima; actor - Paulo Neves. The awards are on Sunday. - The \
ceremony will be shown live at 0130 GMT. - Tickets sold out in May.";
    let want = normalised(story);
    assert_eq!(want.len(), 6, "{want:#?}");
    for width in 55..=100 {
        let wrapped = hard_wrap(story, width);
        assert_eq!(normalised(&wrapped), want, "width {width}:\n{wrapped}");
    }
}

/// Invented copy whose paragraphs end in an abbreviation: flattened, each paragraph break
/// becomes a space before the next paragraph's first word, and the sentences stay the same only
/// where English decides from that word (a sentence starter, a courtesy title, a separator, a
/// dateline, a closing quotation mark before a capital).
const PARAGRAPH_END_STORY: &str = "The ferry line was founded by Carlos Mendes Jr.\n\n\
Mrs. Ortega, who runs it now, said the boats would stay.\n\n\
Asked about the new timetable, she said it was “O.K.”\n\n\
Marta Ruiz, who sells tickets at the pier, was less sure.\n\n\
The boats are built in the U.S.\n\n\
___\n\n\
The last crossing leaves at 9 p.m.\n\n\
By midnight the pier is closed.\n\n\
Fares will rise for the crossing to Lodi, N.J.\n\n\
Finally, the council will meet in S.C.\n\n\
CHARLESTON, S.C. - The council met on Monday.\n\n\
The owners listed the firm as Harbour Boats Inc.\n\n\
He said the firm had no debts in the U.S.\n\n\
Kevin Ortiz, who owns it, agreed.";

#[test]
fn paragraph_end_story_sentences() {
    let got = normalised(PARAGRAPH_END_STORY);
    assert_eq!(got.len(), 15, "{got:#?}");
    assert_eq!(got[0], "The ferry line was founded by Carlos Mendes Jr.");
    assert_eq!(got[10], "CHARLESTON, S.C. -");
    assert_eq!(got[14], "Kevin Ortiz, who owns it, agreed.");
}

/// Invented paragraphs whose end the flattened shape must find from the words alone: a letter
/// naming a plan (`Plan B.`), a war's numeral, an era after a decade, a state abbreviation that
/// is a word (`Mass.`), `the U.S.` before a state, a place before a dash, a closed quotation
/// before a spaced hyphen, a paragraph of `….`, style-sheet debris, and a dateline run into
/// the headline before it.
const WORD_DECIDED_STORY: &str =
    "Harbour Town Council Votes To Keep The Old Ferry Running Until Spring And Beyond\n\
LODI, N.J. -- The council met on Monday and voted to keep the night crossing, with no Plan B.\n\n\
Ortega said the ferry had run since World War I.\n\n\
Historians say a harbour stood there in the 400s B.C.\n\n\
Scholars still argue about the date, which was read out at a requiem Mass.\n\n\
Cardinal Ortega presided, and said fares were the lowest in the U.S.\n\n\
Florida, Ohio and Texas have higher fares, the council said.\n\n\
“We need more boats.”\n\n\
- remarks at a harbour meeting in May.\n\n\
….\n\n\
MORALES: Will the fares rise?\n\n\
Ana Ruiz reported from Lodi, N.J.\n\n\
— Sign up for our newsletter.\n\n\
.nav { color: red; }.\n\n\
}.";

#[test]
fn word_decided_story_sentences() {
    let got = normalised(WORD_DECIDED_STORY);
    assert_eq!(got.len(), 16, "{got:#?}");
    assert_eq!(got[1], "LODI, N.J. --");
    assert!(got[2].ends_with("with no Plan B."), "{got:#?}");
    assert_eq!(got[10], "….");
    assert_eq!(got[15], "}.");
    // Flattened, only the headline runs into the dateline (a heading without punctuation).
    let flat = WORD_DECIDED_STORY
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ");
    let flat_got = normalised(&flat);
    assert_eq!(
        flat_got[0],
        "Harbour Town Council Votes To Keep The Old Ferry Running Until Spring And Beyond LODI, N.J. --"
    );
    assert_eq!(flat_got[1..], got[2..]);
}

/// A headline repeated as the first sentence, its line as long as the wrapping width: the
/// repeated words, not the line's width, end it.
const REPEATED_HEADLINE_STORY: &str =
    "Ferry fares rise again as the harbour office counts its rising fuel bill;\n\
Ferry fares rise again as the harbour office counts its rising fuel bill, the operator said on \
Monday, adding that the night crossing would stay and that the timetable for the summer would \
be published in May after a meeting with the council.";

/// Invented lines whose break ends a unit although, hard-wrapped at 72 columns, each looks like
/// a full line the next word did not fit on: a Title Case headline, a bracketed credit after a
/// sentence's end, a quotation's signature.
const LINE_SHAPE_STORY: &str =
    "Harbour Town Council Votes To Keep The Old Ferry Running Until Spring\n\
Residents said on Tuesday that they were pleased with the vote, which came after months of \
argument over the cost of repairs to the hull and the engines of the old ferry that first \
sailed in June 1962. [Reuters]\n\
“We can plan our week again, now that the ferry stays.” ― Maria Lopez\n\
“The boats are safe,” said a captain who has sailed the route for years.";

/// Invented paragraphs that, wrapped at 72 columns, are cut once (no wrapping width to read),
/// after a preposition and after a first name.
const ONE_WRAP_STORIES: [&str; 2] = [
    "Ferry Vote Delayed\n\nThe council heard from a ferry captain whose parents were both born \
in Portugal, and who said the boat was safe.",
    "Ferry Vote Delayed\n\nSome of the riders said the vote would ultimately help the mayor \
Maria Lopez’s campaign for a second term.",
];

/// Invented stories whose paragraph, wrapped at 72 columns, breaks once, between a capitalised
/// subject begun after a sentence's end and the line with its verb: too few lines to show a
/// wrapping width, so the words at the break decide.
const SUBJECT_WRAP_STORIES: [&str; 2] = [
    "Ferry Vote Delayed\n\nFares rose 5% on the way to Porto. Porto Ferry Company Chief Executive \
Rui Costa said the boats would stay.",
    "Ferry Vote Delayed\n\nFares rose on Friday, the harbour office said. The Porto Ferry Committee \
Thursday voted to keep the night crossing.",
];

/// Invented copy in PolNeAR's shape, whose headings carry a period: a heading line after a
/// paragraph that ends in an abbreviation, a subhead ending in one, an embed's `X.`. Flattened,
/// each runs into its neighbours (the words cannot tell), which `headings_joined` admits at
/// either edge of such a line.
const PERIOD_HEADING_STORY: &str = "FERRY NOTES.\n\n\
The council voted to keep the night crossing, the first such vote in the U.S.\n\n\
Ferry Plans for S.C.\n\n\
Riders in Charleston will get a second boat in May.\n\n\
X.\n\n\
Fares stay frozen until 2027, the council said.";

#[test]
fn period_heading_story_sentences() {
    let got = normalised(PERIOD_HEADING_STORY);
    assert_eq!(got.len(), 6, "{got:#?}");
    // Flattened, the sentences differ (only) at the heading lines' edges.
    let flat = flatten_in_place(PERIOD_HEADING_STORY);
    assert_eq!(spans(&flat).len(), 3);
}

#[test]
fn line_shape_story_sentences() {
    let got = normalised(LINE_SHAPE_STORY);
    assert_eq!(got.len(), 5, "{got:#?}");
    assert_eq!(
        got[0],
        "Harbour Town Council Votes To Keep The Old Ferry Running Until Spring"
    );
    assert!(got[1].ends_with("1962."), "{got:#?}");
    assert_eq!(got[2], "[Reuters]");
    assert!(got[3].ends_with("― Maria Lopez"), "{got:#?}");
    for text in ONE_WRAP_STORIES {
        let wrapped = hard_wrap(text, 72);
        assert_eq!(wrapped.matches('\n').count(), 3, "{wrapped}");
        assert_eq!(normalised(&wrapped).len(), 2, "{wrapped}");
    }
    for text in SUBJECT_WRAP_STORIES {
        let wrapped = hard_wrap(text, 72);
        assert_eq!(wrapped.matches('\n').count(), 3, "{wrapped}");
        assert_eq!(normalised(&wrapped).len(), 3, "{wrapped}");
    }
}

/// Every shape of one text gives the original's sentences: CRLF, hard-wrapped at 72 columns,
/// quotation marks written as HTML references, and flattened (headings admitted, see
/// `headings_joined`). Texts: the invented stories of this file.
#[test]
fn invented_stories_give_the_same_sentences_in_every_shape() {
    let stories = [
        PARAGRAPH_END_STORY,
        WIRE_STORY,
        LIST_STORY,
        LINE_SHAPE_STORY,
        PERIOD_HEADING_STORY,
        WORD_DECIDED_STORY,
        REPEATED_HEADLINE_STORY,
    ];
    for text in stories
        .into_iter()
        .chain(ONE_WRAP_STORIES)
        .chain(SUBJECT_WRAP_STORIES)
    {
        let want = normalised(text);
        assert_eq!(
            normalised(&text.replace('\n', "\r\n")),
            want,
            "crlf: {text}"
        );
        let wrapped = hard_wrap(text, 72);
        assert_eq!(normalised(&wrapped), want, "wrapped72: {wrapped}");
        let escaped: Vec<String> = normalised(&html_escape(text))
            .iter()
            .map(|s| html_unescape(s))
            .collect();
        assert_eq!(escaped, want, "html: {text}");
        let flat = flatten_in_place(text);
        assert_eq!(
            headings_joined(text, &spans(&flat)),
            headings_joined(text, &spans(text)),
            "flattened: {text}"
        );
    }
}

#[test]
fn a_line_of_links_gives_the_same_sentences_wrapped() {
    let story = "The ferry company has posted the new timetable, the fares for next year and a \
map of the harbour on its website, and it asks riders to read them before the first crossing of \
the season. The documents are at https://example.org/porto/ferry/timetable-2027.pdf \
https://example.org/porto/ferry/fares-2027.pdf https://example.org/porto/ferry/harbour-map.pdf \
and the council will meet again in May to hear what riders made of the changes.";
    let want = normalised(story);
    assert_eq!(want.len(), 4, "{want:#?}");
    for width in [60, 72, 80] {
        let wrapped = hard_wrap(story, width);
        assert_eq!(normalised(&wrapped), want, "width {width}:\n{wrapped}");
    }
}

/// Invented texts that reach every break rule within a line: the rule cases, each flattened
/// onto one line, a few written here and random texts drawn from pieces the rules look at.
fn gate_texts() -> Vec<String> {
    let mut texts: Vec<String> = rule_cases().into_iter().map(|c| c.text).collect();
    let flat: Vec<String> = texts.iter().map(|t| t.replace(['\n', '\r'], " ")).collect();
    texts.extend(flat);
    texts.push("- Item one , - Item two • Item three, Regards, Ann".to_string());
    texts.push(
        "Kim Lee 04/26/2001 07:17 AM Hello there. See http://a.example/x http://b.example/y \
         Next, mail ann@example.org> Then :-) Good :P ok. Best regards, Ann"
            .to_string(),
    );
    let pieces = [
        "Ann",
        "the",
        "WORD",
        "HITS",
        "Figure",
        "3",
        "04/26/2001",
        "07:17",
        "AM",
        "pm",
        ",",
        ".",
        "-",
        "—",
        ">",
        ":-)",
        ":P",
        ";)",
        "•",
        "1.",
        "a)",
        "[",
        "]",
        "(AP)",
        "http://a.example/x",
        "ann@example.org",
        "Best",
        "regards",
        "/",
        "Mr.",
        "U.S.",
    ];
    for seed in 0..200u64 {
        let words: Vec<&str> = crate::test_text::draw(seed, 40, &pieces).collect();
        let gaps: Vec<&str> =
            crate::test_text::draw(seed + 500, 40, &[" ", " ", " ", "", "\n"]).collect();
        let mut text = String::new();
        for (w, g) in words.iter().zip(&gaps) {
            text.push_str(w);
            text.push_str(g);
        }
        texts.push(text);
    }
    texts
}

/// Calls `visit` with a break context for every token of the gate texts that does not open a
/// line, every sentence start up to 40 tokens before it and, when `both_lines`, both answers of
/// "the line before continues" (else only `false`).
fn for_each_within_line_context(both_lines: bool, mut visit: impl FnMut(&BreakCtx, &str, usize)) {
    for text in &gate_texts() {
        let tokens = tokenize(text);
        let doc = Doc {
            text,
            tokens: &tokens,
            wrap: wrap::wrap_width(text),
            facts: None,
            given: None,
        };
        for i in 1..tokens.len() {
            if tokens[i].ws_before >= Whitespace::Line {
                continue;
            }
            for start in i.saturating_sub(40)..i {
                for prev_line_continues in
                    [false, true].into_iter().take(1 + usize::from(both_lines))
                {
                    let cx = BreakCtx {
                        doc,
                        start,
                        i,
                        prev_line: (0, tokens[i - 1].span.end()),
                        prev_line_continues,
                        opener: list_opener(text, &tokens, start),
                    };
                    visit(&cx, text, i);
                }
            }
        }
    }
}

#[test]
fn break_rule_gates_pass_only_where_their_rule_has_no_opinion() {
    // `RuleSwitch::breaks` runs a rule on a token that does not open a line only where its
    // `gate` is open: run everywhere else anyway, every rule has no opinion, whatever the
    // sentence start, the line before and the list marker.
    assert!(
        rules::BREAK_RULES
            .iter()
            .filter(|r| r.gate == rules::Gate::LineStart)
            .count()
            >= 10
    );
    let mut shut = 0;
    for_each_within_line_context(true, |cx, text, i| {
        for r in rules::BREAK_RULES {
            if !r.gate.open(cx) {
                shut += 1;
                assert_eq!((r.decide)(cx), None, "{} at {i} in {text:?}", r.name);
            }
        }
    });
    assert!(shut > 100_000, "{shut}");
}

#[test]
fn every_break_rule_speaks_within_a_line_somewhere_its_gate_is_open() {
    // The gates are not all shut: each rule that is not for line starts decides some token
    // within a line of the texts above (so a gate that never opened would fail here).
    let mut spoke = std::collections::HashSet::new();
    for_each_within_line_context(false, |cx, _, _| {
        for r in rules::BREAK_RULES {
            if r.gate.open(cx) && (r.decide)(cx).is_some() {
                spoke.insert(r.name);
            }
        }
    });
    for r in rules::BREAK_RULES
        .iter()
        .filter(|r| r.gate != rules::Gate::LineStart)
    {
        assert!(spoke.contains(r.name), "{} never spoke", r.name);
    }
}

/// Words in capitals, short words, periods, list markers and addresses, for the plain-word test.
const PLAIN_PIECES: &[&str] = &[
    "STORM",
    "HITS",
    "COAST",
    "Residents",
    "were",
    "told",
    "to",
    "leave",
    "it",
    "UN",
    "BBC",
    "News",
    "ok.",
    "etc.",
    "Dr.",
    "the",
    "a",
    "AND",
    "x",
    "1.",
    "•",
    "said,",
    "WASHINGTON",
    "—",
    "(AP)",
    "http://a.example",
    "AM",
    "07:17",
    // Short words: a plain word may follow one unless it is glued, `am` or `pm`.
    "pm",
    "am",
    "Pm",
    "of",
    "in",
    "(in",
    "\"at",
    ">",
    "9pm",
];

#[test]
fn plain_words_are_passed_as_the_general_path_passes_them() {
    // `boundaries` with the plain-word pass against the general path, which visits every
    // token, on the rule cases, invented prose and headlines, and random texts of words in
    // capitals, short words, periods and line breaks; with and without the token facts.
    let mut texts = gate_texts();
    texts.push(
        "STORM HITS THE COAST AGAIN Residents were told to leave. The U.S. Army said it \
         would help. BBC NEWS Reporters saw it. ok. He left at 5 p.m. and came back."
            .to_string(),
    );
    for seed in 0..300u64 {
        let words: Vec<&str> = crate::test_text::draw(seed, 80, PLAIN_PIECES).collect();
        let gaps: Vec<&str> =
            crate::test_text::draw(seed + 900, 80, &[" ", " ", " ", " ", ". ", "\n", "\n\n"])
                .collect();
        let mut text = String::new();
        for (w, g) in words.iter().zip(&gaps) {
            text.push_str(w);
            text.push_str(g);
        }
        texts.push(text);
    }
    let mut passed = 0;
    for text in &texts {
        let tokens = tokenize(text);
        let facts = crate::facts::TokenFacts::new(text, &tokens);
        for f in [None, Some(&facts)] {
            let fast = boundaries_with(text, &tokens, RuleSwitch::default(), f, None, true);
            let general = boundaries_with(text, &tokens, RuleSwitch::default(), f, None, false);
            assert_eq!(fast, general, "{text:?}");
        }
        let doc = Doc {
            text,
            tokens: &tokens,
            wrap: wrap::wrap_width(text),
            facts: None,
            given: None,
        };
        passed += (1..tokens.len())
            .filter(|&i| plain_word(&doc, i - 1, i))
            .count();
    }
    assert!(passed > 2_000, "{passed}");
}

/// Invented copy written with HTML references and a link, as page dumps give it: a wrapper
/// broke the lines of the text as given, references and tags counted at their full width.
const ESCAPED_WRAP_STORY: &str = "&pound;2m fine for Harbour Radio Media group Harbour Radio \
has paid out $3.5m (&pound;1.8m) to end an inquiry into its phone-in shows. The regulator said \
the case was closed by its chair, <b>Maria Lopez</b>, on&nbsp;Monday after a review of the \
<em>Harbour Radio</em> tapes <b>Many</b> listeners had sent in.\n\n\
[<a href=\"https://example.org/harbour-radio-fine-2027\" target=\"_blank\">Harbour Radio fined \
over phone-in shows (with documents)</a>.]\n\n\
The group&rsquo;s chief executive, Ana Ruiz, said it would &ldquo;learn from this&rdquo; and \
that the &#163;1.8m would come from the profits of the &lt;Morning&gt; show, not its staff.";

#[test]
fn escaped_text_wrapped_at_any_width_keeps_the_sentences() {
    let want = normalised(ESCAPED_WRAP_STORY);
    assert_eq!(want.len(), 4, "{want:#?}");
    assert!(want[0].ends_with("phone-in shows."), "{want:#?}");
    for width in 40..=100 {
        let wrapped = hard_wrap(ESCAPED_WRAP_STORY, width);
        assert_eq!(normalised(&wrapped), want, "width {width}:\n{wrapped}");
    }
}
