//! One test per bullet of the number-extraction issue ("What it must handle"), traps
//! included. Each test runs the whole pipeline on a sentence and checks the figures found.

use presswork::{analyze, Number, NumberKind};

/// The figures of `text` as (text, value, kind, unit).
fn figures(text: &str) -> Vec<(String, Option<f64>, NumberKind, Option<String>)> {
    analyze(text)
        .numbers
        .into_iter()
        .map(|n| (n.span.text(text).to_string(), n.value, n.kind, n.unit))
        .collect()
}

/// The one figure whose text is exactly `span`; fails if there is none.
fn figure(text: &str, span: &str) -> Number {
    let doc = analyze(text);
    let found = doc
        .numbers
        .iter()
        .find(|n| n.span.text(text) == span)
        .cloned();
    match found {
        Some(n) => n,
        None => panic!("no figure {span:?} in {text:?}; found {:?}", figures(text)),
    }
}

fn check(text: &str, span: &str, value: f64, kind: NumberKind, unit: Option<&str>) -> Number {
    let n = figure(text, span);
    assert_eq!(n.value, Some(value), "value of {span:?}");
    assert_eq!(n.kind, kind, "kind of {span:?}");
    assert_eq!(n.unit.as_deref(), unit, "unit of {span:?}");
    n
}

/// True when no figure overlaps the first occurrence of `part` in `text`.
fn no_figure_in(text: &str, part: &str) -> bool {
    let start = text.find(part).expect("part in text");
    let end = start + part.len();
    analyze(text)
        .numbers
        .iter()
        .all(|n| n.span.end() <= start || n.span.start() >= end)
}

fn word<'t>(
    text: &'t str,
    n: &Number,
    which: fn(&Number) -> Option<presswork::Span>,
) -> Option<&'t str> {
    which(n).map(|s| s.text(text))
}

#[test]
fn digits_separators_decimals_negatives_and_scales() {
    let t = "It has 605,000 staff, 57.85 points, a low of -3, 1.9 million fans, profit of £3.9bn, \
             a $200m loan, 5k runners and debts of 1.2tn yen.";
    check(t, "605,000", 605000.0, NumberKind::Cardinal, None);
    check(t, "57.85", 57.85, NumberKind::Cardinal, None);
    check(t, "-3", -3.0, NumberKind::Cardinal, None);
    check(t, "1.9 million", 1_900_000.0, NumberKind::Cardinal, None);
    check(t, "£3.9bn", 3.9e9, NumberKind::Money, Some("GBP"));
    check(t, "$200m", 2e8, NumberKind::Money, Some("USD"));
    check(t, "5k", 5000.0, NumberKind::Cardinal, None);
    check(t, "1.2tn yen", 1.2e12, NumberKind::Money, Some("JPY"));
}

#[test]
fn written_hyphenated_and_mixed_numbers() {
    let t =
        "Fourteen died, two hundred and five voted, a dozen fled, three-quarters of voters and \
             half of them agreed, a third of staff left, twenty-one guns fired, 2.5 million people \
             and 4 billion dollars.";
    check(t, "Fourteen", 14.0, NumberKind::Cardinal, None);
    check(t, "two hundred and five", 205.0, NumberKind::Cardinal, None);
    check(t, "a dozen", 12.0, NumberKind::Cardinal, None);
    check(t, "three-quarters", 0.75, NumberKind::Fraction, None);
    check(t, "half", 0.5, NumberKind::Fraction, None);
    check(t, "a third", 1.0 / 3.0, NumberKind::Fraction, None);
    check(t, "twenty-one", 21.0, NumberKind::Cardinal, None);
    check(t, "2.5 million", 2_500_000.0, NumberKind::Cardinal, None);
    check(t, "4 billion dollars", 4e9, NumberKind::Money, Some("USD"));
}

#[test]
fn ordinals() {
    let t = "She was the first woman to finish 21st, and the song is No 1 again.";
    check(t, "first", 1.0, NumberKind::Ordinal, None);
    check(t, "21st", 21.0, NumberKind::Ordinal, None);
    check(t, "No 1", 1.0, NumberKind::Ordinal, None);
    assert_eq!(word(t, &figure(t, "first"), |n| n.noun), Some("woman"));
}

#[test]
fn fractions_percent_and_percentage_points_kept_apart() {
    let t = "Turnout was 67.7%, prices rose 8 per cent and support fell 3 percentage points.";
    check(t, "67.7%", 67.7, NumberKind::Percent, Some("%"));
    check(t, "8 per cent", 8.0, NumberKind::Percent, Some("%"));
    check(
        t,
        "3 percentage points",
        3.0,
        NumberKind::Points,
        Some("percentage point"),
    );
    check("Only 1/4 of them", "1/4", 0.25, NumberKind::Fraction, None);
}

#[test]
fn money_in_symbols_codes_words_and_mojibake() {
    let t =
        "Bids of $5, US$6, £7, €8, ¥9, USD 10, 11 euros, 12 Swiss francs, 50 pence and Â£3.9bn.";
    check(t, "$5", 5.0, NumberKind::Money, Some("USD"));
    check(t, "US$6", 6.0, NumberKind::Money, Some("USD"));
    check(t, "£7", 7.0, NumberKind::Money, Some("GBP"));
    check(t, "€8", 8.0, NumberKind::Money, Some("EUR"));
    check(t, "¥9", 9.0, NumberKind::Money, Some("JPY"));
    check(t, "USD 10", 10.0, NumberKind::Money, Some("USD"));
    check(t, "11 euros", 11.0, NumberKind::Money, Some("EUR"));
    check(t, "12 Swiss francs", 12.0, NumberKind::Money, Some("CHF"));
    check(t, "50 pence", 0.5, NumberKind::Money, Some("GBP"));
    check(t, "Â£3.9bn", 3.9e9, NumberKind::Money, Some("GBP"));
}

#[test]
fn units_of_measure_with_singular_lemmas() {
    let t =
        "They moved 14 tonnes over 20 km across 300 sq km, filled 5 litres, drove at 70 mph in \
             minus 40 degrees Celsius and used 500 kWh.";
    check(t, "14 tonnes", 14.0, NumberKind::Quantity, Some("tonne"));
    check(t, "20 km", 20.0, NumberKind::Quantity, Some("kilometre"));
    check(
        t,
        "300 sq km",
        300.0,
        NumberKind::Quantity,
        Some("square kilometre"),
    );
    check(t, "5 litres", 5.0, NumberKind::Quantity, Some("litre"));
    check(t, "70 mph", 70.0, NumberKind::Rate, Some("mile per hour"));
    check(
        t,
        "minus 40 degrees Celsius",
        -40.0,
        NumberKind::Quantity,
        Some("degree celsius"),
    );
    check(
        t,
        "500 kWh",
        500.0,
        NumberKind::Quantity,
        Some("kilowatt hour"),
    );
}

#[test]
fn ages() {
    let t = "A 37-year-old man, aged 37, met a woman who is 40 years old.";
    check(t, "37-year-old", 37.0, NumberKind::Age, Some("year"));
    check(t, "37", 37.0, NumberKind::Age, Some("year"));
    check(t, "40 years old", 40.0, NumberKind::Age, Some("year"));
}

#[test]
fn years_decades_and_dates() {
    let t = "Born in 1937, he rose in the 1990s, met her on January 4 and on 4 January 2005, and \
             left in November 2025.";
    check(t, "1937", 1937.0, NumberKind::Year, None);
    check(t, "1990s", 1990.0, NumberKind::Year, Some("decade"));
    // Dates have no value (never the day of the month) and an ISO date (issue 15).
    for (span, iso) in [
        ("January 4", "--01-04"),
        ("4 January 2005", "2005-01-04"),
        ("November 2025", "2025-11"),
    ] {
        let d = figure(t, span);
        assert_eq!((d.kind, d.value), (NumberKind::Date, None), "{span}");
        assert_eq!(d.date.as_deref(), Some(iso), "{span}");
    }
    assert_eq!(figure(t, "1937").date.as_deref(), Some("1937"));
    // A year inside a date has no row of its own.
    assert_eq!(figures(t).len(), 5);
}

#[test]
fn durations_times_and_scores() {
    let t = "After 20 years and two decades of talks, the match began at 3pm, lasted an hour and \
             Arsenal won 2-1.";
    check(t, "20 years", 20.0, NumberKind::Duration, Some("year"));
    check(t, "two decades", 2.0, NumberKind::Duration, Some("decade"));
    check(t, "3pm", 15.0, NumberKind::Time, None);
    check(t, "an hour", 1.0, NumberKind::Duration, Some("hour"));
    let score = figure(t, "2-1");
    assert_eq!(score.kind, NumberKind::Score);
}

#[test]
fn ranges_and_approximate_qualifiers() {
    let t = "Between 10 and 20 people came; 5-10% left; approximately $14 billion was sent to \
             more than 110 people, just under an hour later.";
    let r = figure(t, "10 and 20");
    assert_eq!(
        (r.kind, r.low, r.high, r.value),
        (NumberKind::Range, Some(10.0), Some(20.0), Some(15.0))
    );
    let p = figure(t, "5-10%");
    assert_eq!(
        (p.kind, p.low, p.high, p.unit.as_deref()),
        (NumberKind::Range, Some(5.0), Some(10.0), Some("%"))
    );
    let m = figure(t, "$14 billion");
    assert!(m.approx);
    assert_eq!(word(t, &m, |n| n.qualifier), Some("approximately"));
    assert_eq!(
        word(t, &figure(t, "110"), |n| n.qualifier),
        Some("more than")
    );
    assert_eq!(
        word(t, &figure(t, "an hour"), |n| n.qualifier),
        Some("just under")
    );
}

#[test]
fn trap_names_and_codes_are_not_figures() {
    let t = "The M-19 group, Covid-19, the G7, an F-16 on Air Force One, Windows 95 and A4 paper.";
    assert!(figures(t).is_empty(), "{:?}", figures(t));
}

#[test]
fn trap_phone_numbers() {
    let t = "Call 020 7946 0018, +44 20 7946 0018 or 555-1234 today.";
    assert!(figures(t).is_empty(), "{:?}", figures(t));
}

#[test]
fn trap_versions() {
    let t = "Install version 2.0, iOS 8 or release 1.2.3 now.";
    assert!(figures(t).is_empty(), "{:?}", figures(t));
}

#[test]
fn trap_one_as_pronoun() {
    let t = "He emerged as one of the most vocal critics, and wants a political rather than a military one.";
    assert!(figures(t).is_empty(), "{:?}", figures(t));
    check("She has one child.", "one", 1.0, NumberKind::Cardinal, None);
}

#[test]
fn trap_a_that_is_not_one() {
    let t = "A man said a deal was near.";
    assert!(figures(t).is_empty(), "{:?}", figures(t));
    check(
        "It came just a day earlier.",
        "a day",
        1.0,
        NumberKind::Duration,
        Some("day"),
    );
    // "twice a day" is a frequency: "a day" is not a one-day duration there.
    assert!(
        figures("He eats twice a day.").is_empty(),
        "{:?}",
        figures("He eats twice a day.")
    );
}

#[test]
fn scale_carried_across_a_range() {
    let t = "Tickets cost between £20 and £30m, and three to four thousand people came.";
    let m = figure(t, "£20 and £30m");
    assert_eq!(
        (m.kind, m.low, m.high, m.unit.as_deref()),
        (NumberKind::Range, Some(2e7), Some(3e7), Some("GBP"))
    );
    let c = figure(t, "three to four thousand");
    assert_eq!((c.low, c.high), (Some(3000.0), Some(4000.0)));
}

#[test]
fn changes_written_as_ranges_stay_two_figures() {
    let t = "Profits rose from 40 to 55.";
    check(t, "40", 40.0, NumberKind::Cardinal, None);
    check(t, "55", 55.0, NumberKind::Cardinal, None);
    assert_eq!(word(t, &figure(t, "55"), |n| n.verb), Some("rose"));
}

#[test]
fn abbreviated_scales_on_non_money_nouns() {
    let t = "The app has 2.4m users who mined 3bn tonnes, while she won the 100m final.";
    check(t, "2.4m", 2_400_000.0, NumberKind::Cardinal, None);
    check(t, "3bn tonnes", 3e9, NumberKind::Quantity, Some("tonne"));
    check(t, "100m", 100.0, NumberKind::Quantity, Some("metre"));
}

#[test]
fn rates() {
    let t = "It pumps 2.5 million barrels a day, GDP is $40,000 per capita, he scored 20 points per game at 70mph.";
    check(
        t,
        "2.5 million barrels a day",
        2_500_000.0,
        NumberKind::Rate,
        Some("barrel per day"),
    );
    check(
        t,
        "$40,000 per capita",
        40000.0,
        NumberKind::Rate,
        Some("USD per capita"),
    );
    check(
        t,
        "20 points per game",
        20.0,
        NumberKind::Rate,
        Some("point per game"),
    );
    check(t, "70mph", 70.0, NumberKind::Rate, Some("mile per hour"));
}

#[test]
fn signed_and_prefixed_values() {
    let t = "It fell to minus 40 degrees, and sub-£100 phones sold.";
    check(
        t,
        "minus 40 degrees",
        -40.0,
        NumberKind::Quantity,
        Some("degree"),
    );
    let n = check(t, "£100", 100.0, NumberKind::Money, Some("GBP"));
    assert_eq!(word(t, &n, |n| n.qualifier), Some("sub-"));
    assert!(n.approx);
}

#[test]
fn identifiers_that_look_like_counts() {
    let t = "A Boeing 747 flew over Route 66 as the FTSE 100 and the Stoxx 600 fell, near 10 Downing Street, \
             post to NY 10001.";
    assert!(figures(t).is_empty(), "{:?}", figures(t));
}

#[test]
fn unicode_fractions_and_the_fraction_slash() {
    let t = "Add 3½ cups, then ¾ of the rest and 1⁄2 a spoon.";
    check(t, "3½ cups", 3.5, NumberKind::Quantity, Some("cup"));
    check(t, "¾", 0.75, NumberKind::Fraction, None);
    check(t, "1⁄2", 0.5, NumberKind::Fraction, None);
}

#[test]
fn ages_in_apposition() {
    let t = "John Smith, 65, said he was fine, and Burger, 21, agreed.";
    check(t, "65", 65.0, NumberKind::Age, Some("year"));
    check(t, "21", 21.0, NumberKind::Age, Some("year"));
}

#[test]
fn counted_noun_and_governing_verb_from_tokens() {
    let t = "ICE has deported 605,000 people, and officers seized 14 tonnes of cocaine.";
    let a = figure(t, "605,000");
    assert_eq!(
        (word(t, &a, |n| n.noun), word(t, &a, |n| n.verb)),
        (Some("people"), Some("deported"))
    );
    let b = figure(t, "14 tonnes");
    assert_eq!(
        (word(t, &b, |n| n.noun), word(t, &b, |n| n.verb)),
        (Some("cocaine"), Some("seized"))
    );
    let c = figure("More than 110 people were killed.", "110");
    assert_eq!(
        c.verb.map(|s| s.text("More than 110 people were killed.")),
        Some("killed")
    );
}

#[test]
fn no_panics_and_finite_values_on_odd_input() {
    let inputs = [
        "",
        "1",
        "$",
        "£.",
        "Â£",
        "-",
        "1e999",
        "99999999999999999999999999 people",
        "½½½",
        "one-",
        "-one",
        "a an the",
        "twenty-",
        "1,2,3,4",
        "12:99",
        "1/0",
        "0/0 people",
        "€ 5 -",
        "No",
        "No.",
        "minus",
        "between and",
        "sub-",
        "2004-",
        "99999999999999999999-1",
        "first-",
        "3:",
        "'",
        "'9",
        "9'",
        "résumé 5 € é",
        "日本 5 円",
        "🙂 3 🙂",
        "1.2.3.4.5",
        "٣ ٤",
        "5\u{301}",
        "Jan 32 2005",
        "31 Feb",
    ];
    for t in inputs {
        for n in analyze(t).numbers {
            assert!(n.value.is_none_or(f64::is_finite), "{t:?}");
            assert!(
                t.is_char_boundary(n.span.start())
                    && t.is_char_boundary(n.span.end())
                    && n.span.start() < n.span.end(),
                "{t:?}"
            );
        }
    }
    assert!(no_figure_in("Air Force One landed.", "One"));
}

#[test]
fn bare_four_digit_figures_years_or_counts() {
    let t = "Troops killed 2000 people in 2004, below 2005 levels, as the original 1977 scripts showed.";
    check(t, "2000", 2000.0, NumberKind::Cardinal, None);
    check(t, "2004", 2004.0, NumberKind::Year, None);
    check(t, "2005", 2005.0, NumberKind::Year, None);
    check(t, "1977", 1977.0, NumberKind::Year, None);
}
