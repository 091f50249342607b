//! Error classes of issue 15 (numbers on news presswork has never seen), on invented text.
//! The rules themselves are unit-tested in `src/numbers/rules.rs`; these check how they sit
//! with the rest of the stage.

use presswork::{analyze, NumberKind};

fn find(text: &str, surface: &str) -> presswork::Number {
    let doc = analyze(text);
    let found: Vec<_> = doc.numbers.iter().map(|n| n.span.text(text)).collect();
    doc.numbers
        .iter()
        .find(|n| n.span.text(text) == surface)
        .cloned()
        .unwrap_or_else(|| panic!("no figure {surface:?} in {text:?}; found {found:?}"))
}

#[test]
fn a_hash_rank_is_an_ordinal_like_no_1() {
    let t = "The club is ranked # 1 in the league and No. 1 in Europe.";
    assert_eq!(find(t, "# 1").kind, NumberKind::Ordinal);
    assert_eq!(find(t, "No. 1").kind, NumberKind::Ordinal);
}

#[test]
fn a_bare_first_figure_after_by_shares_the_unit() {
    let t = "Sea temperatures fell by 2 to 2.5 degrees Celsius last winter.";
    let r = find(t, "2 to 2.5 degrees Celsius");
    assert_eq!(
        (r.kind, r.low, r.high),
        (NumberKind::Range, Some(2.0), Some(2.5))
    );
    // A change and a level each with its own currency stay two figures.
    let t = "The deficit widened by $3.1 billion to $88.4 billion.";
    assert_eq!(find(t, "$3.1 billion").value, Some(3.1e9));
    assert_eq!(find(t, "$88.4 billion").value, Some(88.4e9));
}

#[test]
fn a_rate_written_once_covers_both_ends_of_a_range() {
    let t = "The shares were priced between $14 and $16 per share on Friday.";
    let r = find(t, "$14 and $16 per share");
    assert_eq!((r.low, r.high), (Some(14.0), Some(16.0)));
    assert_eq!(r.unit.as_deref(), Some("USD per share"));
}

#[test]
fn a_unit_of_measure_after_per_is_a_rate() {
    let t = "Saffron sold at $9 per gram and offices at $40 per square foot.";
    assert_eq!(find(t, "$9 per gram").unit.as_deref(), Some("USD per gram"));
    assert_eq!(
        find(t, "$40 per square foot").unit.as_deref(),
        Some("USD per square foot")
    );
}

#[test]
fn engine_figures_carry_their_units() {
    let t = "The coupe makes 410 PS and 520 Nm (384 lb-ft) at 6500 rpm from a 2.9 litre V6.";
    assert_eq!(find(t, "410 PS").unit.as_deref(), Some("horsepower"));
    assert_eq!(find(t, "520 Nm").unit.as_deref(), Some("newton metre"));
    assert_eq!(
        find(t, "384 lb-ft").unit.as_deref(),
        Some("foot pound-force")
    );
    assert_eq!(
        find(t, "6500 rpm").unit.as_deref(),
        Some("revolutions per minute")
    );
}

#[test]
fn a_powered_unit_may_be_spaced() {
    let t = "The flat has 48 m² of floor.";
    assert_eq!(find(t, "48 m²").unit.as_deref(), Some("square metre"));
}

#[test]
fn time_idioms_are_not_durations_in_any_text_shape() {
    for t in [
        "Sales were weaker a year ago.",
        "Sales were weaker\r\na year ago.",
        "Sales were weaker a\nyear ago.",
    ] {
        let n = analyze(t).numbers;
        assert!(n.is_empty(), "{t:?}: {n:?}");
    }
}

#[test]
fn a_bounding_qualifier_gives_one_bound() {
    let t = "More than 30 people came and paid up to $5 for about 40 seats.";
    let more = find(t, "30");
    assert_eq!(
        (more.value, more.low, more.high),
        (Some(30.0), Some(30.0), None)
    );
    let up_to = find(t, "$5");
    assert_eq!((up_to.low, up_to.high), (None, Some(5.0)));
    let about = find(t, "40");
    assert_eq!((about.low, about.high, about.approx), (None, None, true));
}

#[test]
fn a_sign_word_negates_a_spelled_number() {
    let t = "The index closed at minus three hundred points.";
    assert_eq!(find(t, "minus three hundred").value, Some(-300.0));
}

#[test]
fn numeric_dates_and_day_spans_have_iso_dates() {
    let t = "Filed on 25/12/2024, heard 10-12 June 2005 and again on 2023-04-01.";
    assert_eq!(find(t, "25/12/2024").date.as_deref(), Some("2024-12-25"));
    let span = find(t, "10-12 June 2005");
    assert_eq!(
        (span.value, span.date.as_deref()),
        (None, Some("2005-06-10/2005-06-12"))
    );
    let ambiguous = analyze("Filed on 05/06/2024.").numbers;
    assert_eq!(ambiguous[0].date.as_deref(), Some("2024"));
}

#[test]
fn the_counted_noun_has_a_singular_lemma() {
    let t = "He scored 22 goals, two mosques burned, 5 MPs and 3 people left, and a third of \
             the town's shops shut.";
    let lemma = |s: &str| find(t, s).noun_lemma;
    assert_eq!(lemma("22").as_deref(), Some("goal"));
    assert_eq!(lemma("two").as_deref(), Some("mosque"));
    assert_eq!(lemma("5").as_deref(), Some("MP"));
    assert_eq!(lemma("3").as_deref(), Some("people"));
    assert_eq!(lemma("a third").as_deref(), Some("shop"));
}

#[test]
fn plurals_in_es_give_their_singular_lemma() {
    let t = "Players faced four bosses, three viruses and two losses.";
    assert_eq!(find(t, "four").noun_lemma.as_deref(), Some("boss"));
    assert_eq!(find(t, "three").noun_lemma.as_deref(), Some("virus"));
    assert_eq!(find(t, "two").noun_lemma.as_deref(), Some("loss"));
    // "-ches", "-ies" and plain "-s" are unchanged.
    let t = "They ran five marches past six cities and seven houses.";
    assert_eq!(find(t, "five").noun_lemma.as_deref(), Some("march"));
    assert_eq!(find(t, "six").noun_lemma.as_deref(), Some("city"));
    assert_eq!(find(t, "seven").noun_lemma.as_deref(), Some("house"));
}

#[test]
fn a_preposition_is_never_the_counted_noun() {
    let t = "She won a $50,000 grant toward her study of reefs.";
    assert_eq!(find(t, "$50,000").noun_lemma.as_deref(), Some("grant"));
}

#[test]
fn pounds_after_a_word_of_weight_are_weight() {
    let t = "The dog weighs nearly 80 pounds and lost 6 pounds this year.";
    let w = find(t, "80 pounds");
    assert_eq!(
        (w.kind, w.unit.as_deref()),
        (NumberKind::Quantity, Some("pound"))
    );
    assert_eq!(find(t, "6 pounds").unit.as_deref(), Some("pound"));
    // Without one they are sterling, and "of" makes them weight.
    let t = "Tickets cost 40 pounds and she bought 3 pounds of apples.";
    assert_eq!(find(t, "40 pounds").unit.as_deref(), Some("GBP"));
    assert_eq!(find(t, "3 pounds").unit.as_deref(), Some("pound"));
}

#[test]
fn a_spaced_m_without_a_currency_is_metres() {
    let t = "The wall is 12 m high and cost £3m to build.";
    let h = find(t, "12 m");
    assert_eq!(
        (h.kind, h.unit.as_deref()),
        (NumberKind::Quantity, Some("metre"))
    );
    assert_eq!(find(t, "£3m").value, Some(3e6));
}

#[test]
fn a_hyphened_currency_word_is_money() {
    let t = "It paid a 12-cent dividend, made a one-yen bid and left a five-dollar tip.";
    let c = find(t, "12-cent");
    assert_eq!(
        (c.kind, c.value, c.unit.as_deref()),
        (NumberKind::Money, Some(0.12), Some("USD"))
    );
    assert_eq!(find(t, "one-yen").unit.as_deref(), Some("JPY"));
    let d = find(t, "five-dollar");
    assert_eq!((d.value, d.noun_lemma.as_deref()), (Some(5.0), Some("tip")));
}

#[test]
fn more_currency_signs_and_codes_are_read() {
    let t = "Fees were 100 ₡ in San José, 40₾ in Tbilisi and 6.25 BTC online.";
    assert_eq!(find(t, "100 ₡").unit.as_deref(), Some("CRC"));
    assert_eq!(find(t, "40₾").unit.as_deref(), Some("GEL"));
    assert_eq!(find(t, "6.25 BTC").unit.as_deref(), Some("BTC"));
    let t = "A bowl of noodles costs 25,000 ₭ in Vientiane.";
    assert_eq!(find(t, "25,000 ₭").unit.as_deref(), Some("LAK"));
}

#[test]
fn units_of_science_and_computing_news() {
    let t = "150 micrograms of lead, 120 μg of zinc and a 2 dm pipe.";
    assert_eq!(find(t, "150 micrograms").unit.as_deref(), Some("microgram"));
    assert_eq!(find(t, "120 μg").unit.as_deref(), Some("microgram"));
    assert_eq!(find(t, "2 dm").unit.as_deref(), Some("decimetre"));
}

#[test]
fn a_trailing_or_more_is_a_bound() {
    let t = "Households of five or more people, and 20 or fewer seats.";
    let a = find(t, "five or more");
    assert_eq!((a.low, a.high, a.approx), (Some(5.0), None, true));
    assert_eq!(a.noun_lemma.as_deref(), Some("people"));
    assert_eq!(find(t, "20 or fewer").high, Some(20.0));
}

#[test]
fn a_glued_f_before_a_noun_is_a_form_not_fahrenheit() {
    let t = "The fund's 13F filing listed 40 stocks as the city baked at 95F.";
    let found: Vec<_> = analyze(t)
        .numbers
        .iter()
        .map(|n| n.span.text(t).to_string())
        .collect();
    assert!(!found.contains(&"13F".to_string()), "{found:?}");
    assert_eq!(find(t, "95F").unit.as_deref(), Some("degree fahrenheit"));
}

#[test]
fn an_index_name_that_lost_its_ampersand_is_a_name() {
    let t = "The Sp 500 fell 2% and the SP 500 rose 1%.";
    let found: Vec<_> = analyze(t)
        .numbers
        .iter()
        .map(|n| n.span.text(t).to_string())
        .collect();
    assert_eq!(found, ["2%", "1%"]);
}

#[test]
fn figures_that_start_with_an_article_survive_the_prefilter() {
    let t = "It took an hour, cost a million dollars, a third of voters agreed, \
             a half-million people came and a dollar bought a 10% stake.";
    for (surface, value) in [
        ("an hour", 1.0),
        ("a million dollars", 1e6),
        ("a third", 1.0 / 3.0),
        ("a half-million", 5e5),
        ("10%", 10.0),
    ] {
        assert_eq!(find(t, surface).value, Some(value), "{surface}");
    }
}

#[test]
fn comparative_qualifiers_state_one_bound() {
    let t = "Bids must be less than or equal to 30 and greater than or equal to 12; costs exceeding $86m.";
    assert_eq!((find(t, "30").low, find(t, "30").high), (None, Some(30.0)));
    assert_eq!(find(t, "12").low, Some(12.0));
    assert_eq!(find(t, "$86m").low, Some(86e6));
}

#[test]
fn a_listed_index_name_counts_in_text_that_lost_its_case() {
    let t = "the ftse 100 rose 1% while the sp 500 fell 2% on the day.";
    let found: Vec<_> = analyze(t)
        .numbers
        .iter()
        .map(|n| n.span.text(t).to_string())
        .collect();
    assert_eq!(found, ["1%", "2%"]);
    // A prefix that is an English word is not a name there: "the top 10" stays a figure.
    let t = "the top 10 firms and the top 500 supercomputers grew.";
    assert_eq!(analyze(t).numbers.len(), 2);
    // In cased text a lower-case prefix word is not a name: "route 66" stays a figure there.
    let t = "Drivers took the old route 66 times last year, Reuters said.";
    assert!(analyze(t).numbers.iter().any(|n| n.value == Some(66.0)));
}

#[test]
fn dates_and_zones_hold_in_a_text_lower_cased_whole() {
    let t = "france play ireland in dublin on saturday 12 march at 1400 gmt, and in may 2005.";
    let span = "the festival runs 10-12 june.";
    assert_eq!(analyze(span).numbers[0].kind, NumberKind::Date);
    let n = analyze(t).numbers;
    let date = n
        .iter()
        .find(|x| x.span.text(t) == "12 march")
        .expect("12 march");
    assert_eq!(
        (date.kind, date.value, date.date.as_deref()),
        (NumberKind::Date, None, Some("--03-12"))
    );
    assert_eq!(find(t, "1400 gmt").kind, NumberKind::Time);
    assert_eq!(find(t, "may 2005").date.as_deref(), Some("2005-05"));
    // The same text cased gives the same figures.
    let cased = "France play Ireland in Dublin on Saturday 12 March at 1400 GMT, and in May 2005.";
    let kinds = |t: &str| {
        analyze(t)
            .numbers
            .iter()
            .map(|x| (x.kind, x.value))
            .collect::<Vec<_>>()
    };
    assert_eq!(kinds(t), kinds(cased));
    // In cased text "may" stays a verb.
    assert!(analyze("Prices may 10 times rise, Reuters said.")
        .numbers
        .iter()
        .all(|x| x.kind != NumberKind::Date));
}

#[test]
fn a_cent_sign_after_the_amount_is_a_minor_unit() {
    let t = "Coffee rose to 99¢, and stamps to 68 ¢.";
    let c = find(t, "99¢");
    assert_eq!((c.value, c.unit.as_deref()), (Some(0.99), Some("USD")));
    let s = find(t, "68 ¢");
    assert_eq!(
        (s.kind, s.value, s.unit.as_deref()),
        (NumberKind::Money, Some(0.68), Some("USD"))
    );
}

#[test]
fn indian_plural_scales_scale_the_digits() {
    let t = "The flat sold for Rs 12 lakhs and the project cost 5 crores; he scored 3 hundreds.";
    assert_eq!(find(t, "Rs 12 lakhs").value, Some(1.2e6));
    assert_eq!(find(t, "5 crores").value, Some(5e7));
    // Other plural scales do not: "3 hundreds" are centuries in cricket.
    assert_eq!(find(t, "3").value, Some(3.0));
}

#[test]
fn and_a_quarter_or_a_third_adds_to_the_whole() {
    let t = "The road ran five and a quarter miles and cost two and a third million pounds.";
    let m = find(t, "five and a quarter miles");
    assert_eq!((m.value, m.unit.as_deref()), (Some(5.25), Some("mile")));
    let c = find(t, "two and a third million pounds");
    assert!((c.value.unwrap() - 2_333_333.33).abs() < 1.0);
}

#[test]
fn a_rupee_abbreviation_with_a_period_keeps_its_figure_and_sentence() {
    let t = "The ticket costs Rs. 20 at the gate. Most fans paid it.";
    let n = find(t, "Rs. 20");
    assert_eq!((n.value, n.unit.as_deref()), (Some(20.0), Some("INR")));
    assert_eq!(analyze(t).sentences.len(), 2);
}

#[test]
fn a_change_written_from_x_to_y_gives_both_levels_the_unit() {
    let t = "Inflation fell from 7.9 to 6.4 per cent, and debt rose from 2 to 3 trillion euros.";
    let first = find(t, "7.9");
    assert_eq!(
        (first.kind, first.unit.as_deref()),
        (NumberKind::Percent, Some("%"))
    );
    let first = find(t, "2");
    assert_eq!(
        (first.value, first.unit.as_deref()),
        (Some(2e12), Some("EUR"))
    );
    // the level with its own unit is unchanged
    assert_eq!(find(t, "3 trillion euros").value, Some(3e12));
    // the same article in another shape gives the same answer
    let flat = "INFLATION fell from 7.9 to 6.4 per cent.";
    assert_eq!(find(flat, "7.9").kind, NumberKind::Percent);
}

#[test]
fn a_rate_after_an_of_phrase_is_one_figure() {
    let t = "The refinery processes 250,000 barrels of crude oil a day.";
    let doc = analyze(t);
    assert_eq!(doc.numbers.len(), 1, "no stray 'a day'");
    let n = find(t, "250,000 barrels of crude oil a day");
    assert_eq!(
        (n.kind, n.unit.as_deref(), n.noun_lemma.as_deref()),
        (NumberKind::Rate, Some("barrel per day"), Some("oil"))
    );
}

#[test]
fn hours_a_week_is_a_rate_not_a_duration_and_a_week() {
    let t = "Junior doctors often work 80 hours a week.";
    assert_eq!(analyze(t).numbers.len(), 1);
    let n = find(t, "80 hours a week");
    assert_eq!(
        (n.kind, n.unit.as_deref()),
        (NumberKind::Rate, Some("hour per week"))
    );
}

#[test]
fn a_spaced_scale_after_the_degree_sign_is_a_temperature() {
    let t = "It reached 41° C in Seville and 105° Fahrenheit in Phoenix.";
    assert_eq!(find(t, "41° C").unit.as_deref(), Some("degree celsius"));
    assert_eq!(
        find(t, "105° Fahrenheit").unit.as_deref(),
        Some("degree fahrenheit")
    );
}

#[test]
fn a_scale_hyphened_to_a_word_still_scales() {
    let t = "A 1.5 million-strong army faced a 40,000-strong militia.";
    let n = find(t, "1.5 million-strong");
    assert_eq!(
        (n.value, n.noun_lemma.as_deref()),
        (Some(1.5e6), Some("army"))
    );
    // a unit after the hyphen is read as a measure, not as a scale's word
    let t = "The probe made a billion-mile trip.";
    assert_eq!(find(t, "billion-mile").unit.as_deref(), Some("mile"));
}

#[test]
fn the_counted_noun_is_never_a_verb_adverb_or_predicate_adjective() {
    let t = "A magnitude 6.8 quake struck at dawn.";
    assert_eq!(find(t, "6.8").noun_lemma.as_deref(), Some("quake"));
    let t = "The shot was 91% effective and the film took $2.1bn worldwide.";
    assert_eq!(find(t, "91%").noun, None);
    assert_eq!(find(t, "$2.1bn").noun, None);
    // before a noun the same words are modifiers, skipped on the way to the head
    let t = "Turnout was 64% of the overall electorate.";
    assert_eq!(find(t, "64%").noun_lemma.as_deref(), Some("electorate"));
}

#[test]
fn a_listed_ing_form_before_a_plural_is_a_modifier_of_the_counted_noun() {
    let t = "The city has 400 charging stations, the two leading candidates met, and 100 \
             spending commitments were made.";
    assert_eq!(find(t, "400").noun_lemma.as_deref(), Some("station"));
    assert_eq!(find(t, "two").noun_lemma.as_deref(), Some("candidate"));
    assert_eq!(find(t, "100").noun_lemma.as_deref(), Some("commitment"));
    // Not before a comma, and not without a plural after it.
    let t = "The firm paid 20, charging fees later, and 3 were rising.";
    assert_eq!(find(t, "20").noun, None);
    assert_eq!(find(t, "3").noun, None);
}

#[test]
fn a_scale_after_a_currency_code_scales_the_amount() {
    let t = "The unit lost 62 USD million and 40 EUR billion in 2023.";
    assert_eq!(find(t, "62 USD million").value, Some(62e6));
    assert_eq!(find(t, "40 EUR billion").value, Some(40e9));
}

#[test]
fn a_scale_spaced_after_a_glued_currency_scales_the_amount() {
    let t = "Debt reached $US113 trillion ($161 trillion), the RM3.5 million deal was signed and \
             EUR50 billion was pledged, while USD2,400 stayed as it was.";
    assert_eq!(find(t, "$US113 trillion").value, Some(113e12));
    assert_eq!(find(t, "RM3.5 million").value, Some(3.5e6));
    assert_eq!(find(t, "EUR50 billion").value, Some(50e9));
    assert_eq!(find(t, "USD2,400").value, Some(2400.0));
    // The scale is not a counted noun left over.
    let doc = analyze(t);
    assert!(doc
        .numbers
        .iter()
        .all(|n| n.noun.map(|s| s.text(t)) != Some("trillion")));
    // A denominator after a glued code makes a rate, as after a sign.
    let t = "Fibre costs RM79 a month here and $79 a month there.";
    let rm = find(t, "RM79 a month");
    assert_eq!(
        (rm.kind, rm.unit.as_deref()),
        (NumberKind::Rate, Some("MYR per month"))
    );
    assert_eq!(analyze(t).numbers.len(), 2);
}

#[test]
fn finance_shorthand_for_millions_and_billions_is_read() {
    let t = "The fund raised US$ 1MM, sold 2mil SEK of bonds and booked 1.2b in sales, \
             while a 5MM bolt, Proposition 1b and 802.11b wifi stayed as they were.";
    let us = find(t, "US$ 1MM");
    assert_eq!((us.value, us.unit.as_deref()), (Some(1e6), Some("USD")));
    let sek = find(t, "2mil SEK");
    assert_eq!((sek.value, sek.unit.as_deref()), (Some(2e6), Some("SEK")));
    assert_eq!(find(t, "1.2b").value, Some(1.2e9));
    let bolt = find(t, "5MM");
    assert_eq!(
        (bolt.value, bolt.unit.as_deref()),
        (Some(5.0), Some("millimetre"))
    );
    let doc = analyze(t);
    let read = |s: &str| doc.numbers.iter().any(|n| n.span.text(t).contains(s));
    assert!(!read("1b") && !read("802"), "{:?}", doc.numbers);
}

#[test]
fn a_code_number_is_a_label() {
    let t = "Homes in ZIP code 10027 and area code 718 were counted.";
    let doc = analyze(t);
    assert!(doc.numbers.is_empty(), "{:?}", doc.numbers);
}

#[test]
fn the_new_rules_give_the_same_figures_in_every_text_shape() {
    let flat = "Jobs report\n\nThe statistics office said on Tuesday that unemployment fell from 5.2 to 4.8 percent over the year, while the refinery near the port processes 250,000 barrels of crude oil a day and its staff work 60 hours a week, as they have done for three consecutive years, a spokesman said.\n";
    let wrapped = "Jobs report\n\nThe statistics office said on Tuesday that unemployment fell from 5.2 to\n4.8 percent over the year, while the refinery near the port processes\n250,000 barrels of crude oil a day and its staff work 60 hours a week,\nas they have done for three consecutive years, a spokesman said.\n";
    let crlf = wrapped.replace('\n', "\r\n");
    let read = |t: &str| -> Vec<(Option<f64>, NumberKind, Option<String>)> {
        analyze(t)
            .numbers
            .iter()
            .map(|n| (n.value, n.kind, n.unit.clone()))
            .collect()
    };
    let want = read(flat);
    assert_eq!(want.len(), 5, "{want:?}");
    assert_eq!(want[0], (Some(5.2), NumberKind::Percent, Some("%".into())));
    assert_eq!(read(wrapped), want);
    assert_eq!(read(&crlf), want);
}

#[test]
fn paise_are_hundredths_of_a_rupee_and_year_on_year_is_not_a_noun() {
    let t = "The rupee slipped 9 paise, and sales rose 14 per cent year-on-year.";
    let p = find(t, "9 paise");
    assert_eq!((p.value, p.unit.as_deref()), (Some(0.09), Some("INR")));
    assert_eq!(find(t, "14 per cent").noun, None);
}

#[test]
fn a_noun_in_us_keeps_its_s_unless_it_is_a_listed_plural() {
    let t = "Police sealed a 3-mile radius, paid a $900 bonus and printed 40 menus.";
    assert_eq!(find(t, "3-mile").noun_lemma.as_deref(), Some("radius"));
    assert_eq!(find(t, "$900").noun_lemma.as_deref(), Some("bonus"));
    assert_eq!(find(t, "40").noun_lemma.as_deref(), Some("menu"));
}

#[test]
fn an_adjective_in_ous_is_never_the_counted_noun() {
    let t = "The keeper made four tremendous saves in 31 continuous years.";
    assert_eq!(find(t, "four").noun_lemma.as_deref(), Some("save"));
    let d = find(t, "31 continuous years");
    assert_eq!(
        (d.kind, d.unit.as_deref()),
        (NumberKind::Duration, Some("year"))
    );
}

#[test]
fn the_verb_after_a_figure_is_found_past_a_modifier() {
    let t = "In the poll, 41 percent overall approved of the plan.";
    let doc = analyze(t);
    let n = doc
        .numbers
        .iter()
        .find(|n| n.span.text(t) == "41 percent")
        .unwrap();
    assert_eq!(n.noun, None);
    assert_eq!(n.verb.map(|s| s.text(t)), Some("approved"));
}

#[test]
fn a_larger_scale_word_stacks_on_the_first() {
    let t = "The budget sets aside Rs 1.5 lakh crore for roads, and the old plan cost £3 thousand million.";
    assert_eq!(find(t, "Rs 1.5 lakh crore").value, Some(1.5e12));
    assert_eq!(find(t, "£3 thousand million").value, Some(3e9));
    // a smaller scale after a larger one does not stack; "3 hundred thousand" still reads whole
    let t = "The firm paid 3 hundred thousand dollars in fines.";
    assert_eq!(find(t, "3 hundred thousand dollars").value, Some(3e5));
    // an abbreviation after a scale word is not a second scale
    let t = "They ran 2 thousand m on the track.";
    let doc = analyze(t);
    assert!(
        doc.numbers.iter().all(|n| n.value == Some(2000.0)),
        "{:?}",
        doc.numbers
    );
}

#[test]
fn through_joins_two_figures_as_to_does() {
    let t = "Pupils in grades three through eight sat the test, priced at $5 thru $8 each.";
    let r = find(t, "three through eight");
    assert_eq!(
        (r.kind, r.low, r.high),
        (NumberKind::Range, Some(3.0), Some(8.0))
    );
    let r = find(t, "$5 thru $8");
    assert_eq!((r.low, r.high), (Some(5.0), Some(8.0)));
    // a change written with "through" stays a change and a level, as with "to"
    let t = "Inflation rose 2 through 3 percent.";
    let doc = analyze(t);
    assert!(
        doc.numbers.iter().all(|n| n.kind != NumberKind::Range),
        "{:?}",
        doc.numbers
    );
}

#[test]
fn an_or_more_bound_survives_an_approximating_qualifier() {
    let t = "Some 500 or more people marched, about 40 or fewer stayed, and over 20 or more left.";
    let r = find(t, "500 or more");
    assert_eq!((r.low, r.high, r.approx), (Some(500.0), None, true));
    let r = find(t, "40 or fewer");
    assert_eq!((r.low, r.high), (None, Some(40.0)));
    // a qualifier that states a bound keeps it
    let r = find(t, "20 or more");
    assert_eq!((r.low, r.high), (Some(20.0), None));
}

#[test]
fn after_one_thing_an_s_word_is_its_verb_not_the_counted_noun() {
    let t = "One lawmaker wants Congress to act, and one report urges caution.";
    let noun = |s: &str| find(t, s).noun.map(|n| n.text(t).to_string());
    assert_eq!(noun("One").as_deref(), Some("lawmaker"));
    assert_eq!(noun("one").as_deref(), Some("report"));
    // More than one thing: the plural after a modifier is still the head.
    let t = "Two primary reasons Israel gave were security and cost.";
    let n = find(t, "Two").noun.map(|n| n.text(t).to_string());
    assert_eq!(n.as_deref(), Some("reasons"));
}

#[test]
fn a_capitalised_modifier_before_a_plural_noun_is_no_model_name() {
    let t = "The raid killed 12 Syrian soldiers, and he scored 22 Premier League goals.";
    let n = find(t, "12");
    assert_eq!(n.value, Some(12.0));
    assert_eq!(n.noun.map(|s| s.text(t)), Some("soldiers"));
    assert_eq!(find(t, "22").noun.map(|s| s.text(t)), Some("goals"));
    // A model name stays a name, also before the plural it names, after a determiner.
    let t = "The 737 Max flew again and the 787 Dreamliner jets were grounded.";
    let found: Vec<_> = analyze(t)
        .numbers
        .iter()
        .map(|n| n.span.text(t).to_string())
        .collect();
    assert!(found.is_empty(), "{found:?}");
}

fn noun_of(t: &str, surface: &str) -> Option<String> {
    find(t, surface).noun.map(|n| n.text(t).to_string())
}

#[test]
fn an_adverb_before_a_modifier_does_not_end_the_noun_search() {
    let t = "The plant hired 140 highly skilled welders and 2 badly injured miners were rescued.";
    assert_eq!(noun_of(t, "140").as_deref(), Some("welders"));
    assert_eq!(noun_of(t, "2").as_deref(), Some("miners"));
    // An adverb after the figure with no noun after it is still no noun.
    let t = "The visitors won 3 easily and went home.";
    assert_eq!(noun_of(t, "3"), None);
}

#[test]
fn more_and_further_before_a_noun_are_modifiers() {
    let t = "Rescuers found 6 more survivors and 4 further bodies on Sunday.";
    assert_eq!(noun_of(t, "6").as_deref(), Some("survivors"));
    assert_eq!(noun_of(t, "4").as_deref(), Some("bodies"));
}

#[test]
fn the_of_phrase_head_is_found_past_a_figure_in_it() {
    let t = "The club lost 7 of its last 9 fixtures and 2 of the 11 largest lenders failed.";
    assert_eq!(noun_of(t, "7").as_deref(), Some("fixtures"));
    assert_eq!(noun_of(t, "2").as_deref(), Some("lenders"));
    let t = "She won three of the past five races.";
    assert_eq!(noun_of(t, "three").as_deref(), Some("races"));
    // Past the figure's scale or glued unit, never to a verb or past a decade.
    let t = "About 53% of over 65s own one, and 97% of the $1.3bn spent went on fees.";
    assert_eq!(noun_of(t, "53%"), None);
    assert_eq!(noun_of(t, "97%"), None);
    let t = "Nearly half of the 40 million subscribers renewed in spring.";
    assert_eq!(noun_of(t, "half").as_deref(), Some("subscribers"));
    // A preposition after the noun ends it.
    let t = "We have one more trip around Ohio.";
    assert_eq!(noun_of(t, "one").as_deref(), Some("trip"));
}

#[test]
fn a_comparison_sign_is_a_bound() {
    let t = "Patients with a BMI >30 or aged ≥ 65 qualify; doses <= 100 mg are safe.";
    let n = find(t, "30");
    assert_eq!((n.value, n.low, n.high), (Some(30.0), Some(30.0), None));
    assert_eq!(n.qualifier.map(|q| q.text(t)), Some(">"));
    let n = find(t, "65");
    assert_eq!((n.low, n.high), (Some(65.0), None));
    let n = find(t, "100 mg");
    assert_eq!((n.low, n.high), (None, Some(100.0)));
    // HTML-escaped, the same bound.
    let t = "Patients with a BMI &gt;30 qualify.";
    assert_eq!(find(t, "30").low, Some(30.0));
    // Other marks are no sign.
    let t = "He said: 30 people came (40 stayed) and 50% left.";
    let numbers = analyze(t).numbers;
    assert_eq!(numbers.len(), 3, "{numbers:?}");
    assert!(numbers.iter().all(|n| n.qualifier.is_none()));
    // A quoted e-mail line and a comparison of two figures set no bound.
    let t = "She wrote back:\n> 30 people came to the hall.";
    assert_eq!(find(t, "30").low, None);
    let t = "The rule is that 3 < 5 and 7 > 2 always.";
    assert_eq!((find(t, "5").high, find(t, "2").low), (None, None));
}

#[test]
fn a_spoken_decimal_is_one_figure() {
    let t = "Growth slowed to two point five percent, and three point five million people voted.";
    assert_eq!(find(t, "two point five percent").value, Some(2.5));
    assert_eq!(find(t, "three point five million").value, Some(3.5e6));
    // "point" as a noun stays a word.
    let t = "At one point two men ran off.";
    let n = find(t, "two");
    assert_eq!(n.value, Some(2.0));
    // A score or the idiom after "by"/"at" + "one": the digits after "point" are no decimal,
    // unless a unit other than time follows them.
    let t = "The visitors were down by one point three minutes from the end.";
    assert_eq!(find(t, "three minutes").value, Some(3.0));
    let t = "Inflation now stands at one point five percent.";
    assert_eq!(find(t, "one point five percent").value, Some(1.5));
}

#[test]
fn a_plural_indian_scale_multiplies_a_spelled_number() {
    let t = "The trust paid seven lakhs rupees and the dock cost two hundred crores.";
    let r = find(t, "seven lakhs rupees");
    assert_eq!((r.value, r.unit.as_deref()), (Some(7e5), Some("INR")));
    assert_eq!(find(t, "two hundred crores").value, Some(2e9));
    // A vague plural scale is still no figure of its own.
    let t = "Thousands of hundreds of forms were lost.";
    let numbers = analyze(t).numbers;
    assert!(!numbers.is_empty());
    assert!(numbers.iter().all(|n| n.value != Some(1e5)), "{numbers:?}");
}

#[test]
fn currencies_of_countries_in_the_news_are_named() {
    let t = "Tehran fined the firm 90 million Iranian rials, about 600 Iraqi dinars, \
             and a Mongolian herder sold a horse for 900,000 tugriks.";
    let units: Vec<_> = [
        "90 million Iranian rials",
        "600 Iraqi dinars",
        "900,000 tugriks",
    ]
    .iter()
    .map(|s| (find(t, s).kind, find(t, s).unit))
    .collect();
    assert_eq!(
        units,
        [
            (NumberKind::Money, Some("IRR".to_string())),
            (NumberKind::Money, Some("IQD".to_string())),
            (NumberKind::Money, Some("MNT".to_string())),
        ]
    );
    let t = "Bread rose to 12,000 dong in Hanoi and to 40 Jordanian dinars in Amman.";
    assert_eq!(find(t, "40 Jordanian dinars").unit.as_deref(), Some("JOD"));
    assert_eq!(find(t, "12,000 dong").unit.as_deref(), Some("VND"));
    // A bare name shared by many countries gets no code: a counted noun.
    let t = "Gas rose to 200 dinars a canister.";
    assert_eq!(find(t, "200").noun_lemma.as_deref(), Some("dinar"));
}

#[test]
fn a_figure_restated_in_brackets_is_one_figure() {
    let t = "The tenant has thirty (30) days to pay $1,200 (twelve hundred dollars), \
             and three (3) people signed.";
    let doc = analyze(t);
    assert_eq!(doc.numbers.len(), 3, "{:?}", doc.numbers);
    let r = find(t, "thirty (30) days");
    assert_eq!(
        (r.kind, r.value, r.unit.as_deref()),
        (NumberKind::Duration, Some(30.0), Some("day"))
    );
    assert_eq!(
        find(t, "$1,200 (twelve hundred dollars)").value,
        Some(1200.0)
    );
    assert_eq!(find(t, "three (3)").noun_lemma.as_deref(), Some("people"));
    // A different figure in brackets stays a figure of its own.
    let t = "The board voted 7 (4 abstaining) to adopt it.";
    assert_eq!(find(t, "7").value, Some(7.0));
    assert_eq!(find(t, "4").value, Some(4.0));
}

#[test]
fn cents_after_another_currency_are_its_hundredths() {
    let t = "A ticket cost C$3 and 50 cents, a coffee 4 euros 20 cents.";
    let r = find(t, "C$3 and 50 cents");
    assert_eq!((r.value, r.unit.as_deref()), (Some(3.5), Some("CAD")));
    let r = find(t, "4 euros 20 cents");
    assert_eq!((r.value, r.unit.as_deref()), (Some(4.2), Some("EUR")));
    // A currency without cents keeps its amount; the cents are another figure.
    let t = "The fare was 100 yen and 50 cents more abroad.";
    assert_eq!(find(t, "100 yen").value, Some(100.0));
}

#[test]
fn a_bare_figure_after_a_counted_one_counts_the_same_noun() {
    let t = "The bill passed by 218 votes to 210, and cases fell from 90 new patients to 40.";
    let n = find(t, "210");
    assert_eq!(n.noun_lemma.as_deref(), Some("vote"));
    // the noun before the figure is not its verb
    assert!(n.verb.is_none(), "verb {:?}", n.verb.map(|s| s.text(t)));
    assert_eq!(find(t, "40").noun_lemma.as_deref(), Some("patient"));
    // a figure with a noun of its own keeps it; one after a bare figure gets none
    let t = "Police held 12 boys and 3 girls; the court split 5 to 4.";
    assert_eq!(find(t, "3").noun_lemma.as_deref(), Some("girl"));
    assert_eq!(find(t, "4").noun_lemma, None);
    // "a thing or two": the figure counts the thing
    let t = "The club may sign another striker or two before the window shuts.";
    assert_eq!(find(t, "two").noun_lemma.as_deref(), Some("striker"));
}

#[test]
fn a_price_per_unit_of_measure_after_an_article_is_a_rate() {
    let t = "Gold fell $12 to $1,780 an ounce and farmland sold at $9,000 an acre.";
    assert_eq!(
        find(t, "$1,780 an ounce").unit.as_deref(),
        Some("USD per ounce")
    );
    assert_eq!(
        find(t, "$9,000 an acre").unit.as_deref(),
        Some("USD per acre")
    );
    // natural gas is priced per million British thermal units
    let t = "Gas futures rose 4 cents to $2.41 per mmBTU.";
    assert_eq!(
        find(t, "$2.41 per mmBTU").unit.as_deref(),
        Some("USD per million british thermal unit")
    );
}

#[test]
fn a_time_unit_after_a_plural_measure_is_a_denominator() {
    let t = "The fee amounts to pennies a day, and staff put in long hours a week.";
    let doc = analyze(t);
    let spans: Vec<_> = doc.numbers.iter().map(|n| n.span.text(t)).collect();
    assert!(!spans.contains(&"a day"), "{spans:?}");
    assert!(!spans.contains(&"a week"), "{spans:?}");
    // "a day" on its own is still a figure of time
    assert_eq!(find("The strike lasted a day.", "a day").value, Some(1.0));
}

#[test]
fn and_over_after_a_figure_is_an_open_bound() {
    let t = "Adults aged 65 and over, children 12 and under and firms of 500 and more were asked.";
    let n = find(t, "65 and over");
    assert_eq!((n.low, n.high), (Some(65.0), None));
    let n = find(t, "12 and under");
    assert_eq!((n.low, n.high), (None, Some(12.0)));
    assert_eq!(find(t, "500 and more").low, Some(500.0));
    // "over"/"higher" that go on as a preposition or adjective leave the figure alone
    let t = "Sales rose 5% and over the year costs fell; profit grew 3% and higher prices hurt.";
    assert_eq!(find(t, "5%").low, None);
    assert_eq!(find(t, "3%").low, None);
}

#[test]
fn two_bare_years_joined_by_to_or_and_are_a_span_of_years() {
    // As "1997-98": the first year is the value, the span is low..high, no counted noun.
    let t = "The reservoir was drained from 1987 to 1994, and between 2011 and 2016, \
             output doubled. The mill ran 1921 to 1958 without a strike.";
    for (surface, first, last) in [
        ("1987 to 1994", 1987.0, 1994.0),
        ("2011 and 2016", 2011.0, 2016.0),
        ("1921 to 1958", 1921.0, 1958.0),
    ] {
        let n = find(t, surface);
        assert_eq!(n.kind, NumberKind::Range, "{surface}");
        assert_eq!(
            (n.value, n.low, n.high),
            (Some(first), Some(first), Some(last))
        );
        assert_eq!(n.noun, None, "{surface}");
    }
    let t = "Repairs ran through the 1987-94 period.";
    assert_eq!(find(t, "1987-94").value, Some(1987.0));
}

#[test]
fn a_count_range_of_four_digit_figures_stays_a_range() {
    // A counted noun or a unit after the second figure: a count, valued at its midpoint.
    let t = "From 1200 to 1800 pilgrims arrived, and between 1500 and 2000 of them stayed; \
             the track climbs from 1100 to 1900 metres.";
    let n = find(t, "1200 to 1800");
    assert_eq!(
        (n.value, n.noun_lemma.as_deref()),
        (Some(1500.0), Some("pilgrim"))
    );
    assert_eq!(find(t, "1500 and 2000").value, Some(1750.0));
    assert_eq!(find(t, "1100 to 1900 metres").value, Some(1500.0));
    // A figure with a comma is no year: "between 1,990 and 2,010" counts.
    let t = "Crowds numbered between 1,990 and 2,010 each night.";
    assert_eq!(find(t, "1,990 and 2,010").value, Some(2000.0));
}

#[test]
fn a_dimension_word_before_a_noun_modifies_it() {
    let t = "Two high school students and three long distance runners won; the wall is \
             10 metres high and 40 tall pines stood by it.";
    assert_eq!(find(t, "Two").noun_lemma.as_deref(), Some("student"));
    assert_eq!(find(t, "three").noun_lemma.as_deref(), Some("runner"));
    assert_eq!(find(t, "40").noun_lemma.as_deref(), Some("pine"));
    // "10 metres high and": the dimension ends the phrase, no noun.
    assert_eq!(find(t, "10 metres").noun, None);
}

#[test]
fn a_figure_after_the_top_or_the_bottom_is_a_rank() {
    // Like an ordinal: "finished in the top five" is a place, not five things.
    let t = "The single entered the top 10 and the club sat in the bottom three all winter.";
    assert_eq!(find(t, "10").kind, NumberKind::Ordinal);
    assert_eq!(find(t, "three").kind, NumberKind::Ordinal);
    // With a counted noun it counts: "the top five scorers".
    let t = "The top five scorers and the bottom two clubs met.";
    let n = find(t, "five");
    assert_eq!(
        (n.kind, n.noun_lemma.as_deref()),
        (NumberKind::Cardinal, Some("scorer"))
    );
    assert_eq!(find(t, "two").kind, NumberKind::Cardinal);
}

#[test]
fn over_or_under_before_a_noun_or_figure_is_no_bound() {
    // "and under"/"and over" goes on as a preposition before a noun-like word or a figure.
    let t = "Rents were held at 3% and under review for months.";
    let r = find(t, "3%");
    assert_eq!((r.low, r.high, r.noun_lemma), (None, None, None));
    let t = "The build ran 15% and over schedule.";
    let r = find(t, "15%");
    assert_eq!((r.low, r.high, r.noun_lemma), (None, None, None));
    let t = "Marks climbed 14 and over time slipped.";
    assert_eq!(find(t, "14").low, None);
    let t = "The club signed 11 and over two seasons lost them all.";
    assert_eq!(find(t, "11").low, None);
    // Before a verb, an auxiliary, a relative word or punctuation it is a bound, with no noun.
    let t = "Riders 16 and under ride free; guests 70 and over who book early pay half.";
    let r = find(t, "16 and under");
    assert_eq!((r.high, r.noun_lemma), (Some(16.0), None));
    assert_eq!(find(t, "70 and over").low, Some(70.0));
    // After a participle that qualifies a noun, before a verb the chunker does not know.
    let t = "Adults aged 65 and over face higher risks.";
    assert_eq!(find(t, "65 and over").low, Some(65.0));
    let t = "People aged 65 and over account for most cases.";
    assert_eq!(find(t, "65 and over").low, Some(65.0));
    let t = "Those aged 18 and under need consent.";
    assert_eq!(find(t, "18 and under").high, Some(18.0));
    let t = "Households earning $50,000 and under qualify.";
    assert_eq!(find(t, "$50,000 and under").high, Some(50000.0));
    let t = "Members aged 60 and older are exempt, and those 18 and over, too.";
    assert_eq!(find(t, "60 and older").low, Some(60.0));
    assert_eq!(find(t, "18 and over").low, Some(18.0));
}

#[test]
fn a_rank_word_before_a_scaled_figure_is_a_count() {
    let t = "The top 20 took more than the bottom 30 million combined.";
    let r = find(t, "30 million");
    assert_eq!((r.kind, r.value), (NumberKind::Cardinal, Some(3e7)));
    assert_eq!(find(t, "20").kind, NumberKind::Ordinal);
}

#[test]
fn a_dimension_word_before_a_word_of_place_has_no_noun() {
    let t = "Supporters queued four deep outside the arena.";
    assert_eq!(find(t, "four").noun_lemma, None);
    let t = "Bales were piled six high inside the shed.";
    assert_eq!(find(t, "six").noun_lemma, None);
    let t = "Three tall oak trees fell.";
    assert_eq!(find(t, "Three").noun_lemma.as_deref(), Some("tree"));
}

#[test]
fn a_span_is_years_only_when_it_could_be_years() {
    // Past 2100, or after a counting verb: a count's range, valued at its middle.
    let t = "The mill employs between 1200 and 1800.";
    assert_eq!(find(t, "1200 and 1800").value, Some(1500.0));
    let t = "The tally stood between 1950 and 2150 for decades.";
    assert_eq!(find(t, "1950 and 2150").value, Some(2050.0));
    let t = "The plant employs between 1500 and 2000.";
    assert_eq!(find(t, "1500 and 2000").value, Some(1750.0));
    // Early years and spans wider than a century are still years.
    let t = "He served from 1776 to 1783, in a house built between 1750 and 1800.";
    assert_eq!(find(t, "1776 to 1783").value, Some(1776.0));
    assert_eq!(find(t, "1750 and 1800").value, Some(1750.0));
    let t = "The family farmed the land from 1880 to 2020.";
    assert_eq!(find(t, "1880 to 2020").value, Some(1880.0));
    // A counting verb in the passive has no headcount object.
    let t = "He was employed from 1990 to 2010 at the bank.";
    assert_eq!(find(t, "1990 to 2010").value, Some(1990.0));
    // After a counting verb: a headcount.
    let t = "The fair drew from 1950 to 2000, organisers said.";
    assert_eq!(find(t, "1950 to 2000").value, Some(1975.0));
    // A span of years keeps its first year.
    let t = "He coached the side from 1988 to 1996 before retiring.";
    assert_eq!(find(t, "1988 to 1996").value, Some(1988.0));
}

#[test]
fn an_idiom_of_time_after_money_is_no_figure_of_its_own() {
    let t = "Savers lost billions of dollars a year ago.";
    let n = analyze(t).numbers;
    assert_eq!(n.len(), 1, "{n:?}");
    assert_eq!(find(t, "billions of dollars").unit.as_deref(), Some("USD"));
}

#[test]
fn thousands_separated_by_a_thin_or_narrow_space_are_one_figure() {
    // SI and French typesetting separate thousands with U+202F or U+2009; the last group may
    // carry decimals. Every separator gives the same figure as a plain space.
    for sep in [" ", "\u{A0}", "\u{2009}", "\u{202F}"] {
        let t = format!("The plant built 40{sep}000 cars and booked 1{sep}234{sep}567.89 euros.");
        assert_eq!(find(&t, &format!("40{sep}000")).value, Some(40_000.0));
        let money = find(&t, &format!("1{sep}234{sep}567.89 euros"));
        assert_eq!(
            (money.value, money.unit.as_deref()),
            (Some(1_234_567.89), Some("EUR"))
        );
    }
    // Two spaces, or a group of other than three digits, are not a separator.
    let t = "Scores were 40  000 and 12 3456 on the day.";
    let doc = analyze(t);
    assert!(doc.numbers.iter().all(|n| n.value != Some(40_000.0)));
    assert!(doc.numbers.iter().all(|n| n.value != Some(123_456.0)));
}

#[test]
fn indian_digit_grouping_is_one_figure() {
    let t = "The scheme pays Rs 1,00,000 to each family, and the fund holds Rs 12,34,567.89; \
             the state spent 1,20,00,000 rupees.";
    let n = find(t, "Rs 1,00,000");
    assert_eq!((n.value, n.unit.as_deref()), (Some(100_000.0), Some("INR")));
    assert_eq!(find(t, "Rs 12,34,567.89").value, Some(1_234_567.89));
    assert_eq!(find(t, "1,20,00,000 rupees").value, Some(12_000_000.0));
    // Two-digit groups that do not end in a group of three stay apart.
    let t = "The codes 12,34 and 5,67,89 were read out.";
    let doc = analyze(t);
    assert!(doc.numbers.iter().all(|n| n.value.unwrap_or(0.0) < 1000.0));
}

#[test]
fn a_scale_ordinal_multiplies_the_count_before_it() {
    let t = "The town marked its two hundredth anniversary and its three thousandth wedding.";
    let n = find(t, "two hundredth");
    assert_eq!((n.kind, n.value), (NumberKind::Ordinal, Some(200.0)));
    assert_eq!(find(t, "three thousandth").value, Some(3000.0));
    // "one hundredth" is still a fraction.
    assert_eq!(
        find("It took one hundredth of a second.", "one hundredth").value,
        Some(0.01)
    );
}

/// A comma-less count reads as the comma shape does: "between 1500 and 2000" after a
/// counting or estimating verb, a headcount noun, or an -ing form of a counting verb (the
/// progressive has an object; only a past participle is passive) is a count valued at its middle; real year spans stay spans.
#[test]
fn a_comma_less_count_reads_as_the_comma_shape() {
    for (t, s, c) in [
        (
            "The plant is hiring between 1500 and 2000 this year.",
            "1500 and 2000",
            "1,500 and 2,000",
        ),
        (
            "The plant was hiring between 1900 and 2000 last spring.",
            "1900 and 2000",
            "1,900 and 2,000",
        ),
        (
            "The fair is attracting from 1950 to 2000 each week.",
            "1950 to 2000",
            "1,950 to 2,000",
        ),
        (
            "Police estimated the crowd at between 1500 and 2000.",
            "1500 and 2000",
            "1,500 and 2,000",
        ),
        (
            "Police estimated the crowd at between 1900 and 1950.",
            "1900 and 1950",
            "1,900 and 1,950",
        ),
        (
            "Organisers expected between 1900 and 2000 on Saturday.",
            "1900 and 2000",
            "1,900 and 2,000",
        ),
        (
            "The hall can hold between 1200 and 1600.",
            "1200 and 1600",
            "1,200 and 1,600",
        ),
    ] {
        let plain = find(t, s);
        let comma = find(&t.replace(s, c), c);
        assert_eq!(plain.value, comma.value, "{t}");
        assert_eq!(plain.kind, comma.kind, "{t}");
        assert_eq!((plain.low, plain.high), (comma.low, comma.high), "{t}");
    }
    // Real spans of years stay spans valued at their first year.
    for (t, s, y) in [
        ("The talks ran from 1993 to 2001.", "1993 to 2001", 1993.0),
        (
            "The house was built between 1850 and 1900.",
            "1850 and 1900",
            1850.0,
        ),
        (
            "The fort was built between 1450 and 1520.",
            "1450 and 1520",
            1450.0,
        ),
        ("He was employed from 1990 to 2010.", "1990 to 2010", 1990.0),
        (
            "She was expected from 1990 to 1995 to lead it.",
            "1990 to 1995",
            1990.0,
        ),
    ] {
        assert_eq!(find(t, s).value, Some(y), "{t}");
    }
}

/// "adults aged 65 and over" gives the same bound in every case; after a participle the bound
/// closes before the noun's verb, never before the word a comparative modifies.
#[test]
fn an_and_bound_after_a_participle_is_case_free_and_stops_before_a_modified_word() {
    for t in [
        "Adults aged 65 and over face the highest risk.",
        "ADULTS AGED 65 AND OVER FACE THE HIGHEST RISK.",
        "Adults Aged 65 And Over Face Highest Risk",
    ] {
        let doc = analyze(t);
        let n = doc.numbers.iter().find(|n| n.value == Some(65.0)).unwrap();
        assert_eq!(n.span.text(t).to_lowercase(), "65 and over", "{t}");
        assert_eq!(n.low, Some(65.0), "{t}");
    }
    let t = "HOUSEHOLDS EARNING $50,000 AND UNDER QUALIFY.";
    assert_eq!(find(t, "$50,000 AND UNDER").high, Some(50000.0));
    let t = "Tickets costing $20 and more expensive seats sold out.";
    let n = find(t, "$20");
    assert_eq!((n.low, n.high), (None, None));
    let t = "The firm was making 300 and more orders came in daily.";
    assert_eq!(find(t, "300").low, None);
    // A comparative bound before a verb still closes.
    let t = "Tickets costing $20 and more sold out.";
    assert_eq!(find(t, "$20 and more").low, Some(20.0));
}

/// "from 1130 to 1215 GMT": both ends are clock times, as "1130 GMT" alone is.
#[test]
fn a_four_digit_figure_before_a_zoned_clock_time_is_a_clock_time() {
    for (t, s) in [
        ("Trading halted from 1130 to 1215 GMT.", "1130"),
        (
            "The strike ran between 1130 and 1215 BST on Monday.",
            "1130",
        ),
        ("Trading resumed at 1130 GMT.", "1130 GMT"),
    ] {
        let n = find(t, s);
        assert_eq!(n.kind, NumberKind::Time, "{t}");
        assert_eq!(n.value, Some(11.5), "{t}");
    }
    // A year before a year is no clock time.
    let t = "The mill ran from 1930 to 1945.";
    assert_eq!(find(t, "1930 to 1945").value, Some(1930.0));
    // Without a zoned clock time after it, a four-digit figure is no clock time.
    for t in [
        "The index fell from 1130 to 1115.",
        "The index fell from 1130 to 1115 points.",
    ] {
        let doc = analyze(t);
        assert!(
            doc.numbers.iter().all(|n| n.kind != NumberKind::Time),
            "{t}"
        );
    }
}

#[test]
fn an_ing_noun_modifier_does_not_end_the_counted_phrase() {
    let t = "The trust owns 2,300 social housing flats and runs 80 evening cooking classes.";
    assert_eq!(find(t, "2,300").noun_lemma.as_deref(), Some("flat"));
    assert_eq!(find(t, "80").noun_lemma.as_deref(), Some("class"));
    let t = "The region lost 45,000 Ohio mining jobs in a decade.";
    assert_eq!(find(t, "45,000").noun_lemma.as_deref(), Some("job"));
    // "-ing" prepositions still end the phrase.
    let t = "They booked 20 hotel rooms during talks.";
    assert_eq!(find(t, "20").noun_lemma.as_deref(), Some("room"));
}

#[test]
fn a_bare_figure_after_a_comparison_counts_the_noun_before() {
    let t = "The port handled 4.1 million containers, up from 3.6 million a year earlier.";
    assert_eq!(
        find(t, "3.6 million").noun_lemma.as_deref(),
        Some("container")
    );
    let t = "The clinic saw 812 patients compared with 640 last spring.";
    assert_eq!(find(t, "640").noun_lemma.as_deref(), Some("patient"));
    // A noun of its own wins, and a rate's denominator is not what the figures count.
    let t = "The yard built 90 ferries, down from 120 tugs.";
    assert_eq!(find(t, "120").noun_lemma.as_deref(), Some("tug"));
    let t = "There are 9.1 beds per 1,000 residents, compared to 7.4 in Wales.";
    assert_eq!(find(t, "7.4").noun_lemma, None);
}

#[test]
fn a_whole_number_closing_who_is_is_an_age() {
    let t = "The driver, who is 47, said the road was clear.";
    let a = find(t, "47");
    assert_eq!((a.kind, a.unit.as_deref()), (NumberKind::Age, Some("year")));
    let t = "Her son, who was 9 at the time, was unhurt.";
    assert_eq!(find(t, "9").kind, NumberKind::Age);
    let t = "Her grandmother who was 91 when she died.";
    assert_eq!(find(t, "91").kind, NumberKind::Age);
    // A counted noun, a unit or a score after it keeps the figure.
    let t = "The side, who were 12 points clear, and the keeper, who is 6ft 4in, lost.";
    assert_eq!(find(t, "12").kind, NumberKind::Cardinal);
    assert_eq!(find(t, "6ft 4in").kind, NumberKind::Quantity);
}

/// A counting word used as a noun ("held the seat", "the party's seats") and a headcount noun
/// as the subject of a verb ("attendance fell") leave a span of years a span; a headcount noun
/// as the object right before the figures still makes a count.
#[test]
fn noun_senses_and_headcount_subjects_leave_year_spans() {
    for (t, s, y) in [
        (
            "Labour held the seat from 1945 to 1951.",
            "1945 to 1951",
            1945.0,
        ),
        (
            "The MP, who held the seat from 1997 to 2010, died.",
            "1997 to 2010",
            1997.0,
        ),
        (
            "The party's seats between 1997 and 2010 were safe.",
            "1997 and 2010",
            1997.0,
        ),
        (
            "Attendance fell between 2010 and 2019.",
            "2010 and 2019",
            2010.0,
        ),
        (
            "The workforce shrank from 2008 to 2012.",
            "2008 to 2012",
            2008.0,
        ),
        (
            "Audience figures from 2010 to 2015 rose.",
            "2010 to 2015",
            2010.0,
        ),
    ] {
        let n = find(t, s);
        assert_eq!(
            (n.value, n.low, n.high.is_some()),
            (Some(y), Some(y), true),
            "{t}"
        );
    }
    for (t, s, v) in [
        (
            "The hall seats between 1200 and 1600.",
            "1200 and 1600",
            1400.0,
        ),
        (
            "They put the turnout at between 1500 and 1900.",
            "1500 and 1900",
            1700.0,
        ),
        (
            "A crowd of between 1800 and 2000 came.",
            "1800 and 2000",
            1900.0,
        ),
    ] {
        assert_eq!(find(t, s).value, Some(v), "{t}");
    }
}

/// A span of two plausible years with no count evidence is a span of years however wide
/// ("from 1368 to 1644"); a counting verb still makes it a count.
#[test]
fn wide_history_spans_are_year_spans() {
    for (t, s, y) in [
        (
            "Britain ruled the island from 1700 to 1900.",
            "1700 to 1900",
            1700.0,
        ),
        (
            "The dynasty ruled from 1368 to 1644.",
            "1368 to 1644",
            1368.0,
        ),
        (
            "Between 1500 and 1800, the town grew.",
            "1500 and 1800",
            1500.0,
        ),
    ] {
        assert_eq!(find(t, s).value, Some(y), "{t}");
    }
    let t = "The shipyard employed between 1500 and 1800 men.";
    assert_eq!(find(t, "1500 and 1800").value, Some(1650.0));
}

/// A four-digit 24-hour figure linked to a zoned clock time is a clock time in every text
/// shape (flattened or wrapped) and over the whole day, leading zeros and hyphens included.
#[test]
fn twenty_four_hour_spans_before_a_zone_are_clock_times() {
    for t in [
        "Flights were halted from 1130 to 1215 GMT.",
        "Flights were halted from 1130 to\n1215 GMT.",
        "Flights were halted from 1130\nto 1215 GMT.",
        "Flights were halted from 1130 to\r\n1215 GMT.",
    ] {
        let n = find(t, "1130");
        assert_eq!((n.kind, n.value), (NumberKind::Time, Some(11.5)), "{t:?}");
    }
    let t = "The curfew runs from 2300 to 0500 GMT.";
    assert_eq!(find(t, "2300").value, Some(23.0));
    assert_eq!(find(t, "2300").kind, NumberKind::Time);
    assert_eq!(find(t, "0500 GMT").value, Some(5.0));
    let t = "Polls open from 0700 to 2200 GMT.";
    assert_eq!(find(t, "0700").kind, NumberKind::Time);
    let t = "Flights were halted 1130-1215 GMT.";
    let n = find(t, "1130-1215 GMT");
    assert_eq!(
        (n.kind, n.low, n.high),
        (NumberKind::Time, Some(11.5), Some(12.25))
    );
    assert_eq!(n.noun, None);
    // A leading zero without a zone is still a code, not a figure.
    assert!(analyze("The code is 0700 here.").numbers.is_empty());
}

/// "one thousandth of a second" and "a fifth of voters" are fractions, as "one hundredth" and
/// "a third of voters" are; before a noun after an article ("a fifth term", "the one
/// thousandth visitor") they are ordinals.
#[test]
fn scale_ordinals_and_fifths_read_as_fractions_before_of() {
    for (t, s, v) in [
        (
            "He won by one thousandth of a second.",
            "one thousandth",
            0.001,
        ),
        ("It moved one millionth of a metre.", "one millionth", 1e-6),
        ("He won by a hundredth of a second.", "a hundredth", 0.01),
        ("A fifth of voters backed the plan.", "A fifth", 0.2),
        ("About a tenth of staff left.", "a tenth", 0.1),
    ] {
        let n = find(t, s);
        assert_eq!((n.kind, n.value), (NumberKind::Fraction, Some(v)), "{t}");
    }
    for (t, s, v) in [
        ("He won a fifth term.", "fifth", 5.0),
        (
            "We met the one thousandth visitor.",
            "one thousandth",
            1000.0,
        ),
    ] {
        let n = find(t, s);
        assert_eq!((n.kind, n.value), (NumberKind::Ordinal, Some(v)), "{t}");
    }
    assert!(analyze("Are You Smarter Than a Fifth Grader?")
        .numbers
        .is_empty());
}

/// An HTML-escaped no-break or thin space between thousands is one figure, as the character
/// itself is, with offsets into the text as given.
#[test]
fn escaped_no_break_spaces_separate_thousands() {
    for t in [
        "The budget is 10\u{a0}000 euros.",
        "The budget is 10&nbsp;000 euros.",
        "The budget is 10&#160;000 euros.",
        "The budget is 10&#xA0;000 euros.",
    ] {
        let doc = analyze(t);
        let n = &doc.numbers[0];
        assert_eq!((n.kind, n.value), (NumberKind::Money, Some(10000.0)), "{t}");
        assert_eq!(n.span.text(t), &t[14..t.len() - 1], "{t}");
    }
    let t = "It costs 1&nbsp;234&nbsp;567 euros.";
    assert_eq!(
        find(t, "1&nbsp;234&nbsp;567 euros").value,
        Some(1_234_567.0)
    );
    // Another reference between figures joins nothing.
    let t = "Scores were 10&amp;000 here.";
    assert!(analyze(t).numbers.iter().all(|n| n.value != Some(10000.0)));
}

/// An ordinal-looking fraction word after "a"/"an" ranks the noun after it, even when that
/// noun is also a verb or a name modifies it; before "of", a verb in another form than the
/// base, punctuation, or after a qualifier of amount, it is a fraction.
#[test]
fn a_fifth_before_a_noun_verb_or_a_name_is_an_ordinal() {
    for (t, s, v) in [
        ("She cast a fifth vote for the bill.", "fifth", 5.0),
        ("It became an eighth Paris firm to close.", "eighth", 8.0),
        ("He sought a third term.", "third", 3.0),
    ] {
        let n = find(t, s);
        assert_eq!((n.kind, n.value), (NumberKind::Ordinal, Some(v)), "{t}");
    }
    for (t, s, v) in [
        ("A fifth of the votes went to him.", "A fifth", 0.2),
        ("Two said yes and a third said no.", "a third", 1.0 / 3.0),
        ("Nearly a third vote by post.", "a third", 1.0 / 3.0),
        ("Sales fell by a fifth.", "a fifth", 0.2),
        ("Output fell by a tenth last year.", "a tenth", 0.1),
    ] {
        let n = find(t, s);
        assert_eq!((n.kind, n.value), (NumberKind::Fraction, Some(v)), "{t}");
    }
}

/// Quotation marks and apostrophes written as HTML references give the same figures as the
/// marks themselves (`&#39;90s` a decade, `&ldquo;Five years` a duration at a quote's start,
/// `o&rsquo;clock` a clock time), with offsets into the text as given.
#[test]
fn escaped_marks_give_the_same_figures_as_the_marks() {
    let plain =
        "\u{201c}Five years ago, in the \u{2019}90s, we met at three o\u{2019}clock,\u{201d} \
                 she said of HB 1523's text and the class of '83.";
    let escaped = plain
        .replace('\u{201c}', "&ldquo;")
        .replace('\u{201d}', "&rdquo;")
        .replace('\u{2019}', "&rsquo;")
        .replace('\'', "&#39;");
    let rows = |t: &str| -> Vec<(String, Option<f64>, NumberKind, Option<String>)> {
        analyze(t)
            .numbers
            .iter()
            .map(|n| {
                let text = n.span.text(t).replace("&rsquo;", "\u{2019}");
                (text.replace("&#39;", "'"), n.value, n.kind, n.unit.clone())
            })
            .collect()
    };
    let want = rows(plain);
    assert!(want.len() >= 3, "{want:?}");
    assert_eq!(rows(&escaped), want);
    let got = analyze(&escaped);
    let decade = got
        .numbers
        .iter()
        .find(|n| n.value == Some(1990.0))
        .unwrap();
    assert_eq!(decade.span.text(&escaped), "&rsquo;90s");
}

/// Spaces and currency signs written as HTML references (`5&nbsp;p.m.`, `&pound;5`,
/// `&#8364;3`, `3&nbsp;per cent`) give the same figures as the characters themselves, with
/// offsets into the text as given, with or without an escaped quotation mark in the text.
#[test]
fn escaped_spaces_and_currency_signs_give_the_same_figures_as_the_characters() {
    let written = [
        "The ferry leaves at 7\u{a0}p.m. on Monday.",
        "Rents rose 4\u{a0}% and 6\u{a0}per cent in two years.",
        "A ticket cost \u{a3}8 and a meal \u{20ac}12 there.",
        "The bowl sold for \u{a5}900 and the cup for 40\u{a2}.",
        "Fares rose 2\u{202f}% and the levy was \u{a3}3.",
    ];
    let rows = |t: &str| -> Vec<(Option<f64>, NumberKind, Option<String>)> {
        analyze(t)
            .numbers
            .iter()
            .map(|n| (n.value, n.kind, n.unit.clone()))
            .collect()
    };
    let escapes: [(&str, &[&str]); 6] = [
        ("\u{a0}", &["&nbsp;", "&#160;", "&#xA0;"]),
        ("\u{a3}", &["&pound;", "&#163;"]),
        ("\u{20ac}", &["&euro;", "&#8364;"]),
        ("\u{a5}", &["&yen;", "&#165;"]),
        ("\u{a2}", &["&cent;", "&#162;"]),
        ("\u{202f}", &["&#8239;"]),
    ];
    for plain in written {
        let want = rows(plain);
        assert!(!want.is_empty(), "{plain}");
        assert!(
            want.iter().all(|r| r.1 != NumberKind::Cardinal),
            "{plain}: {want:?}"
        );
        for pick in 0..3 {
            let mut t = plain.to_string();
            for (c, refs) in escapes {
                t = t.replace(c, refs[pick.min(refs.len() - 1)]);
            }
            for shape in [t.clone(), format!("&ldquo;{t}&rdquo; she said.")] {
                assert_eq!(rows(&shape)[..want.len()], want[..], "{shape}");
                for n in &analyze(&shape).numbers {
                    let s = n.span.text(&shape);
                    assert!(!s.starts_with(';') && !s.ends_with('&'), "{shape}: {s}");
                }
            }
        }
    }
    let t = "It cost &pound;5 in all.";
    assert_eq!(find(t, "&pound;5").unit.as_deref(), Some("GBP"));
    // A reference to another character is left as given.
    assert!(analyze("Scores were 10&copy;000 here.")
        .numbers
        .iter()
        .all(|n| n.value != Some(10000.0)));
}

/// After "a"/"an", a fraction word before a base-form verb that opens an object or clause (a
/// pronoun, determiner, "that", a lower-case noun) is a fraction of a plural group, as
/// is any such word after a qualifier of amount; before a clause end, a preposition or a
/// capitalised word the same verb-noun is the ranked noun ("to" opens nothing: "a fifth vote to pass it").
#[test]
fn a_fraction_before_a_verb_with_an_object_is_a_fraction() {
    for (t, s, v) in [
        ("A fifth want tax cuts.", "A fifth", 0.2),
        ("A third support it.", "A third", 1.0 / 3.0),
        (
            "In the poll a quarter expect that prices will rise.",
            "a quarter",
            0.25,
        ),
        ("A tenth oppose the whole idea.", "A tenth", 0.1),
        (
            "Less than a third agreed with the mayor.",
            "a third",
            1.0 / 3.0,
        ),
        ("Almost a fifth backed the plan.", "a fifth", 0.2),
    ] {
        let n = find(t, s);
        assert_eq!((n.kind, n.value), (NumberKind::Fraction, Some(v)), "{t}");
    }
    for (t, s, v) in [
        ("The club chased a third win.", "third", 3.0),
        ("She needed a fifth vote for the bill.", "fifth", 5.0),
        ("They sought a third win in a row.", "third", 3.0),
        (
            "The court needed a fifth vote to strike it down.",
            "fifth",
            5.0,
        ),
        ("He earned a fourth cap Sunday.", "fourth", 4.0),
    ] {
        let n = find(t, s);
        assert_eq!((n.kind, n.value), (NumberKind::Ordinal, Some(v)), "{t}");
    }
}

/// Rule `count_subject_verb` (`facts::counted_noun`): after a count other than one, a cue
/// verb's base form that ends the phrase is the count's verb, not its noun; before a noun it
/// modifies, after "a" or joined to a sign it stays the noun; the quote stage reads the same
/// verb and gives the count as the source.
#[test]
fn a_cue_verb_after_a_count_is_no_counted_noun() {
    for (t, figure) in [
        ("\"The plan is dead,\" the two write.", "two"),
        ("The two admit that the divide is deep.", "two"),
        (
            "Both say the plan failed, and the two argue it will return.",
            "two",
        ),
    ] {
        assert_eq!(find(t, figure).noun_lemma, None, "{t}");
    }
    let t = "Staff handed out 10 report cards, two claim forms and took a 911 call.";
    assert_eq!(find(t, "10").noun_lemma.as_deref(), Some("card"));
    assert_eq!(find(t, "two").noun_lemma.as_deref(), Some("form"));
    assert_eq!(find(t, "911").noun_lemma.as_deref(), Some("call"));
    let doc = analyze("The two admit that the divide is deep.");
    let mention = doc.quotes.iter().find_map(|q| q.speaker_mention);
    assert_eq!(
        mention.map(|m| m.text("The two admit that the divide is deep.")),
        Some("The two")
    );
}

/// Rule `year_modifier`: after a determiner and a year the word is a noun, not the year's
/// verb ("its 2014 estimate said"); without the determiner the verb stays ("in 2014 rose").
#[test]
fn a_word_after_a_determiner_and_a_year_is_no_verb() {
    let t = "Its 2014 estimate said costs would rise.";
    assert_eq!(find(t, "2014").verb, None);
    let t = "The 2013 report said the party was weak.";
    let doc = analyze(t);
    let q = &doc.quotes[0];
    assert_eq!(q.cue.map(|c| c.text(t)), Some("said"));
    assert_eq!(
        q.speaker_mention.map(|m| m.text(t)),
        Some("The 2013 report")
    );
}

#[test]
fn figures_in_page_markup_keep_their_offsets_into_the_text_as_given() {
    let text = "<p>The bridge will cost <b>$3.5 million</b>, the council said.</p><p>About 605,000 people <a href=\"/x\">were deported</a>.</p>";
    let n = find(text, "$3.5 million");
    assert_eq!(n.span.text(text), "$3.5 million");
    assert_eq!(n.value, Some(3_500_000.0));
    assert_eq!(find(text, "605,000").span.text(text), "605,000");
}
