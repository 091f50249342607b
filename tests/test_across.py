"""Across articles: pw.match_quotes, pw.quote_clusters, pw.match_speakers, pw.match_numbers,
and their presswork.dask versions, on invented rows and on the bundled seed articles."""

import html
import random
import textwrap

import pandas as pd
import presswork as pw
import pytest
from presswork import _frames


def quotes_frame(rows):
    """A quotes-shaped table from (doc, text, speaker) triples."""
    return pd.DataFrame(
        {
            "doc": [r[0] for r in rows],
            "text": [r[1] for r in rows],
            "speaker": [r[2] for r in rows],
        }
    )


INVENTED = [
    ("a", "We will not bow to pressure from abroad, and we will defend our harbours.", "Ana Ruiz"),
    ("b", "we will not bow to pressure from abroad - and we will defend our harbors", "Ruiz"),
    ("c", "We will not bow to pressure", "Ana Ruiz"),
    ("d", "AND WE WILL DEFEND OUR HARBORS", None),
    ("e", "The centre of the city is closed", "Tom Hale"),
    ("f", "the center of the city is closed.", "Tom Hale"),
    ("g", "Nothing alike at all, he said", "Tom Hale"),
    ("h", "ok", "Tom Hale"),
    ("i", "a real threat", "Gustavo Petro"),
    ("j", "“A real threat”", "Petro"),
    ("k", "a real threat", "Donald Trump"),
    ("l", "a real threat", None),
]


def test_marks_case_spelling_and_cuts_join_one_cluster():
    out = pw.match_quotes(quotes_frame(INVENTED))
    ids = out["quote_id"].tolist()
    assert ids[0] == ids[1] == ids[2] == ids[3]
    assert ids[4] == ids[5] != ids[0]
    assert ids[6] not in (ids[0], ids[4])
    assert pd.isna(ids[7])  # one word: no cluster
    # A short quotation matches only with the same speaker, and needs one.
    assert ids[8] == ids[9] != ids[10]
    assert pd.isna(ids[11])
    clusters = pw.quote_clusters(out).set_index("quote_id")
    canonical = clusters.loc[ids[0], "text"]
    # The cuts say where their words lie in the canonical text.
    for row in (2, 3):
        start, end = out.loc[row, "cut_start"], out.loc[row, "cut_end"]
        assert canonical[start:end].lower().replace("harbours", "harbors") == INVENTED[row][1].lower()
    assert pd.isna(out.loc[0, "cut_start"]) and pd.isna(out.loc[1, "cut_start"])
    first = clusters.loc[ids[0]]
    assert (first["n_docs"], first["n_rows"], first["first_doc"], first["last_doc"]) == (4, 4, "a", "d")
    assert first["speaker"] == "Ana Ruiz"


def test_only_direct_quotations_and_named_speakers_are_matched():
    frame = pd.DataFrame(
        {
            "doc": ["a", "b", "c", "d", "e", "f"],
            "text": ["to comment"] * 2 + ["The Late Show With Stephen Colbert"] * 2 + ["no comment"] * 2,
            "type": ["indirect", "indirect", "title", "title", "quote", "quote"],
            "speaker": ["Jo Bell", "Jo Bell", None, None, "a spokesman", "a spokesman"],
            "speaker_type": ["person", "person", None, None, "role", "role"],
        }
    )
    # Reported speech and titles are nobody's words; "a spokesman" in two articles is not
    # one person, so a short quotation with only a role for a speaker is not matched.
    assert pw.match_quotes(frame)["quote_id"].isna().all()


def test_the_same_article_in_every_text_shape_gets_the_same_quote_ids():
    base = (
        "The minister spoke on Monday. “We will not bow to pressure from abroad, and we will defend our "
        "harbours,” Ana Ruiz said. Her rival was blunt. “This plan will cost every family a fortune and it "
        "won’t work,” Tom Hale told reporters."
    )
    straight = base.replace("“", '"').replace("”", '"').replace("’", "'")
    shapes = {
        "flat": base,
        "crlf": base.replace(". ", ".\r\n"),
        "straight": straight,
        "html": html.escape(straight, quote=True),
        "wrapped": textwrap.fill(base, width=60),
        "ticks": base.replace("“", "``").replace("”", "''"),
    }
    matched = pw.match_quotes(pw.quotes(pd.Series(shapes)))
    ids = matched.dropna(subset=["quote_id"]).groupby("doc")["quote_id"].agg(frozenset)
    assert len(ids) == len(shapes) and ids.nunique() == 1 and len(ids.iloc[0]) == 2


def test_a_cut_two_quotations_share_stays_apart():
    rows = [
        ("a", "the talks are over and we go home now", None),
        ("b", "they said the talks are over and we go to court", None),
        ("c", "the talks are over and we go", None),
    ]
    ids = pw.match_quotes(quotes_frame(rows))["quote_id"].tolist()
    assert len(set(ids)) == 3


def test_ids_do_not_depend_on_row_order_or_batch():
    frame = quotes_frame(INVENTED * 3)
    expected = pw.match_quotes(frame)
    shuffled = frame.sample(frac=1.0, random_state=3)
    again = pw.match_quotes(shuffled).loc[expected.index]
    pd.testing.assert_frame_equal(again, expected)
    # A batch with the rows once gives the same ids as a batch with each row three times.
    once = pw.match_quotes(quotes_frame(INVENTED))
    assert once["quote_id"].tolist() == expected["quote_id"].tolist()[: len(INVENTED)]


def test_one_schema_whatever_the_input():
    empty = quotes_frame([]).astype({"text": object, "speaker": object})
    for frame in (quotes_frame(INVENTED), empty, quotes_frame([("a", None, None)])):
        out = pw.match_quotes(frame)
        added = [c[0] for c in _frames.SCHEMA["match_quotes"]]
        assert list(out.columns) == list(frame.columns) + added
        dtypes = _frames.pandas_dtypes("match_quotes")
        assert all(out[c].dtype == dtypes[c] for c in added)
        clusters = pw.quote_clusters(out)
        assert list(clusters.columns) == [c[0] for c in _frames.SCHEMA["quote_clusters"]]
    with pytest.raises(ValueError, match="text"):
        pw.match_quotes(pd.DataFrame({"x": [1]}))
    with pytest.raises(TypeError):
        pw.match_quotes(["not", "a", "frame"])


def test_seeds_petro_and_great_honour_quotes_cluster_across_documents(seed_texts):
    texts = pd.Series(seed_texts)
    matched = pw.match_quotes(pw.quotes(texts))
    petro = matched[
        matched["text"].str.contains("United States dominating the world – an imperial", regex=False)
    ]
    assert petro["doc"].nunique() == 2 and petro["quote_id"].nunique() == 1
    honour = matched[matched["text"].str.fullmatch(r"Great Hono(u)?r")]
    assert honour["doc"].nunique() == 3 and honour["quote_id"].nunique() == 1
    clusters = pw.quote_clusters(matched).set_index("quote_id")
    assert clusters.loc[honour["quote_id"].iloc[0], "n_docs"] == 3
    assert clusters.loc[petro["quote_id"].iloc[0], "speaker"] == "Gustavo Petro"


def test_seeds_petros_mentions_are_one_speaker(seed_texts):
    matched = pw.match_speakers(pw.quotes(pd.Series(seed_texts)))
    petro = matched[
        (matched["speaker"].str.contains("Petro", na=False)) & (matched["speaker_type"] == "person")
    ]
    assert len(petro) > 20
    assert petro["speaker_id"].nunique() == 1
    assert set(petro["speaker_name"]) == {"Gustavo Petro"}


def test_speakers_surnames_titles_and_namesakes():
    frame = pd.DataFrame(
        {
            "speaker": [
                "Maria Lopez",
                "Lopez",
                "Senator Lopez",
                "Jon Reyes",
                "Ana Reyes",
                "Reyes",
                "a spokesman",
            ],
            "speaker_type": ["person"] * 6 + ["role"],
        }
    )
    out = pw.match_speakers(frame)
    ids = out["speaker_id"].tolist()
    assert ids[0] == ids[1] == ids[2]
    assert len({ids[3], ids[4], ids[5]}) == 3  # two Reyeses, and a bare Reyes that fits neither
    assert pd.isna(ids[6])
    assert out["speaker_name"].tolist()[:3] == ["Maria Lopez"] * 3
    assert list(out.columns) == ["speaker", "speaker_type", "speaker_id", "speaker_name"]


def test_numbers_agree_within_rounding_and_disagree_beyond():
    texts = pd.Series(
        {
            "a": "The agency has deported 605,000 people this year, officials said.",
            "b": "The agency has deported about 600,000 people this year.",
            "c": "The agency has deported 605,000 people so far.",
            "d": "The agency has deported 350,000 people, a rival count says.",
            "e": "The agency has hired 350,000 people.",
        }
    )
    numbers = pw.numbers(texts)
    out = pw.match_numbers(numbers)
    deported = out[out["verb"].str.contains("deport", na=False)]
    assert deported["fact_id"].nunique() == 1 and len(deported) == 4
    assert deported.set_index("doc")["disagrees"].to_dict() == {"a": False, "b": False, "c": False, "d": True}
    hired = out[out["doc"] == "e"]
    assert hired["fact_id"].iloc[0] != deported["fact_id"].iloc[0]
    assert not hired["disagrees"].iloc[0]
    added = [c[0] for c in _frames.SCHEMA["match_numbers"]]
    assert list(out.columns) == list(numbers.columns) + added


def test_numbers_date_windows_split_facts():
    frame = pd.DataFrame(
        {
            "doc": ["x", "y"],
            "kind": ["cardinal", "cardinal"],
            "value": [605000.0, 350000.0],
            "noun": ["people", "people"],
            "verb": ["deported", "deported"],
        }
    )
    same = pw.match_numbers(frame)
    # Two values: the lower median (the smaller) is the reference.
    assert same["fact_id"].nunique() == 1 and same["disagrees"].tolist() == [True, False]
    apart = pw.match_numbers(frame, dates={"x": "2025-01-05", "y": "2025-06-01"})
    assert apart["fact_id"].nunique() == 2 and not apart["disagrees"].any()


def _dask_quotes(seed_texts, npartitions):
    dd = pytest.importorskip("dask.dataframe")
    rng = random.Random(5)
    frame = pd.concat([pw.quotes(pd.Series(seed_texts)), quotes_frame(INVENTED)], ignore_index=True)
    frame = frame.iloc[rng.sample(range(len(frame)), len(frame))]
    return frame, dd.from_pandas(frame, npartitions=npartitions, sort=False)


def _same_values(got, expected, columns):
    got = got.loc[expected.index, columns]
    for column in columns:
        assert (
            got[column].astype(object).where(got[column].notna(), None).tolist()
            == expected[column].astype(object).where(expected[column].notna(), None).tolist()
        ), column


def test_dask_versions_give_the_ids_of_one_process(seed_texts):
    dask = pytest.importorskip("dask")
    import presswork.dask as pwd

    frame, lazy = _dask_quotes(seed_texts, 4)
    with dask.config.set(scheduler="sync"):
        matched = pwd.match_quotes(lazy)
        _same_values(matched.compute(), pw.match_quotes(frame), ["quote_id", "cut_start", "cut_end"])
        clusters = pwd.quote_clusters(matched).compute().sort_values("quote_id").reset_index(drop=True)
        expected = pw.quote_clusters(pw.match_quotes(frame)).sort_values("quote_id").reset_index(drop=True)
        pd.testing.assert_frame_equal(clusters, expected, check_dtype=False)
        speakers = pwd.match_speakers(lazy).compute()
        _same_values(speakers, pw.match_speakers(frame), ["speaker_id", "speaker_name"])
    with pytest.raises(TypeError, match="dask DataFrame"):
        pwd.match_quotes(frame)


def test_dask_numbers_give_the_facts_of_one_process(news_texts):
    dask = pytest.importorskip("dask")
    dd = pytest.importorskip("dask.dataframe")
    import presswork.dask as pwd

    numbers = pw.numbers(news_texts)
    lazy = dd.from_pandas(numbers, npartitions=5, sort=False)
    with dask.config.set(scheduler="sync"):
        got = pwd.match_numbers(lazy).compute()
    _same_values(got, pw.match_numbers(numbers), ["fact_id", "disagrees"])


def test_dask_on_a_local_cluster_gives_the_same_quote_and_speaker_ids(seed_texts):
    distributed = pytest.importorskip("distributed")
    import presswork.dask as pwd

    frame, lazy = _dask_quotes(seed_texts, 6)
    cluster = distributed.LocalCluster(
        n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None
    )
    with cluster, distributed.Client(cluster):
        got = pwd.match_quotes(lazy).compute()
        speakers = pwd.match_speakers(lazy).compute()
    _same_values(got, pw.match_quotes(frame), ["quote_id", "cut_start", "cut_end"])
    _same_values(speakers, pw.match_speakers(frame), ["speaker_id", "speaker_name"])


# Invented texts for figures with anchors: who or what each figure is about.
VOTES = {
    "v1": "Clinton has won 15.6 million votes so far, the Clinton campaign said.",
    "v2": "Jill Stein won 470,000 votes in the primaries.",
    "v3": "Hillary Clinton has won about 15.5 million votes.",
}


def test_with_texts_two_candidates_vote_counts_stay_apart():
    texts = pd.Series(VOTES)
    numbers = pw.numbers(texts)
    keyed = pw.match_numbers(numbers, texts=texts).set_index("doc")
    assert keyed.loc["v1", "fact_id"] == keyed.loc["v3", "fact_id"]
    assert keyed.loc["v2", "fact_id"] != keyed.loc["v1", "fact_id"]
    assert not keyed["disagrees"].any()
    # Without texts the key is noun and verb only: the two candidates are one fact.
    plain = pw.match_numbers(numbers).set_index("doc")
    assert plain["fact_id"].nunique() == 1 and plain["disagrees"].any()


def test_with_texts_one_fact_in_two_outlets_joins_and_agrees_within_rounding():
    texts = pd.Series(
        {
            "x": "Lagos has 15 million people, officials in Lagos say.",
            "y": "The population of Lagos has reached 15.2 million people, a census of Lagos found.",
            "z": "Kano has 4 million people, the governor of Kano says.",
        }
    )
    numbers = pw.numbers(texts)
    assert numbers.set_index("doc").loc[["x", "y"], "verb"].tolist() == ["has", "reached"]
    keyed = pw.match_numbers(numbers, texts=texts).set_index("doc")
    assert keyed.loc["x", "fact_id"] == keyed.loc["y", "fact_id"]
    assert pd.notna(keyed.loc["x", "fact_id"]) and keyed.loc["z", "fact_id"] != keyed.loc["x", "fact_id"]
    assert not keyed["disagrees"].any()


def test_with_texts_one_agency_figures_disagree_and_unanchored_figures_have_no_fact():
    texts = [
        "ICE deported 605,000 people last year.",
        "Last year, ICE deported about 600,000 people.",
        "ICE deported 605,000 people in the year to September.",
        "Immigration officers at ICE deported 350,000 people, a rival count says.",
        "the agency deported 350,000 people.",
    ]
    keyed = pw.match_numbers(pw.numbers(pd.Series(texts)), texts=texts).set_index("doc")
    assert keyed.loc[[0, 1, 2, 3], "fact_id"].nunique() == 1
    assert keyed["disagrees"].tolist() == [False, False, False, True, False]
    assert pd.isna(keyed.loc[4, "fact_id"])
    with pytest.raises(ValueError, match="start"):
        pw.match_numbers(keyed.reset_index()[["doc", "kind", "value"]], texts=texts)


def test_with_texts_every_text_shape_gives_the_same_facts():
    plain = (
        "After a long night of counting in several states, “Clinton” has won 15.6 million votes"
        " so far in the primaries. The Green Party candidate Jill Stein won 470,000 votes in the"
        " same contests, her campaign said on Tuesday."
    )
    shapes = {
        "plain": plain,
        "crlf": plain.replace(". ", ".\r\n"),
        "wrapped": textwrap.fill(plain, 40),
        "wrapped_crlf": textwrap.fill(plain, 40).replace("\n", "\r\n"),
        "straight": plain.replace("“", '"').replace("”", '"'),
        "escaped": plain.replace("“", "&#8220;").replace("”", "&#8221;"),
    }
    texts = pd.Series(shapes)
    keyed = pw.match_numbers(pw.numbers(texts), texts=texts)
    expected = keyed[keyed["doc"] == "plain"]["fact_id"].tolist()
    assert len(expected) == 2 and expected[0] != expected[1] and all(pd.notna(expected))
    for doc in shapes:
        assert keyed[keyed["doc"] == doc]["fact_id"].tolist() == expected, doc


def test_dask_numbers_with_texts_give_the_facts_of_one_process(news_texts):
    dask = pytest.importorskip("dask")
    dd = pytest.importorskip("dask.dataframe")
    import presswork.dask as pwd

    texts = pd.concat([pd.Series(news_texts), pd.Series(VOTES)])
    numbers = pw.numbers(texts)
    lazy = dd.from_pandas(numbers, npartitions=5, sort=False)
    with dask.config.set(scheduler="sync"):
        got = pwd.match_numbers(lazy, texts=texts).compute()
    expected = pw.match_numbers(numbers, texts=texts)
    assert list(got.columns) == list(expected.columns)
    assert expected["fact_id"].notna().any()
    _same_values(got, expected, ["fact_id", "disagrees"])


def _facts(texts, **kwargs):
    texts = pd.Series(texts)
    return pw.match_numbers(pw.numbers(texts), texts=texts, **kwargs).set_index("doc")


def test_with_texts_a_scope_in_the_figures_clause_is_part_of_the_fact():
    keyed = _facts(
        {
            "a": "In the new poll, Senator Moss leads by 15 points in Ohio.",
            "b": "Another survey found Senator Moss leads by 14 points in Ohio, as before.",
            "c": "In the new poll, Senator Moss leads by 21 points among rural voters.",
            "d": "In the new poll, Senator Moss leads by 9 points in Texas.",
        }
    )
    assert keyed.loc["a", "fact_id"] == keyed.loc["b", "fact_id"]
    assert keyed.loc["a", "fact_id"] != keyed.loc["c", "fact_id"]
    assert keyed.loc["a", "fact_id"] != keyed.loc["d", "fact_id"]
    assert keyed["fact_id"].notna().all()


def test_with_texts_a_difference_or_a_whole_is_not_a_level():
    keyed = _facts(
        {
            "a": "After the count, Mayor Lee has 300 votes.",
            "b": "After the count, Mayor Lee is 40 votes short of a majority.",
            "c": "After the count, Mayor Lee is 35 votes short of a majority.",
        }
    )
    assert keyed.loc["b", "fact_id"] == keyed.loc["c", "fact_id"]
    assert keyed.loc["a", "fact_id"] != keyed.loc["b", "fact_id"]
    whole = _facts(
        {
            "a": "On the night, Governor Diaz won 40 of the 52 seats.",
            "b": "On the night, Governor Diaz won 52 seats.",
        }
    ).query("text == '52'")
    assert whole["fact_id"].nunique() == 2


def test_with_texts_the_month_a_figure_is_of_is_part_of_the_fact():
    keyed = _facts(
        {
            "a": "Official figures show Acme added 146,000 jobs in January.",
            "b": "Official figures show Acme added 150,000 jobs in January, a record.",
            "c": "Official figures show Acme added 337,000 jobs in October.",
            "d": "Official figures show Acme added 146,000 jobs in the year to September.",
            "e": "Official figures show Acme added 150,000 jobs.",
        }
    )
    assert keyed.loc["a", "fact_id"] == keyed.loc["b", "fact_id"]
    assert not keyed.loc[["a", "b"], "disagrees"].any()
    assert keyed.loc["a", "fact_id"] != keyed.loc["c", "fact_id"]
    # A month that only ends the period does not date the figure.
    assert keyed.loc["d", "fact_id"] == keyed.loc["e", "fact_id"]
    # A day's name is a time, not who or what: "after Super Tuesday" has no anchor.
    assert _facts(["After Super Tuesday, 12 states held primaries."])["fact_id"].isna().all()


def test_with_texts_a_quoted_figure_is_read_in_the_quotation_and_keyed_by_its_speaker():
    keyed = _facts(
        {
            "a": "“Acme has 40 staff in Denver,” said Ana Ruiz, the firm's founder.",
            "b": "“Acme has 40 staff in Denver,” said Ana Ruiz on Monday evening.",
            "c": "“Acme has 40 staff in Denver,” said Tom Hale, a rival.",
            "d": "“I have 40 staff,” said Tom Hale, speaking about Acme.",
        }
    )
    assert keyed.loc["a", "fact_id"] == keyed.loc["b", "fact_id"]
    assert keyed.loc["a", "fact_id"] != keyed.loc["c", "fact_id"]
    # Inside the quotation nothing names who has the staff: no fact.
    assert pd.isna(keyed.loc["d", "fact_id"])


def test_with_texts_new_signals_are_the_same_in_every_text_shape():
    plain = (
        "“Acme has 40 staff in Denver,” said Ana Ruiz, the founder. Official figures show Acme"
        " added 146,000 jobs in January. In the new poll, Senator Moss leads by 15 points in Ohio."
        " After the count, Mayor Lee is 40 votes short of a majority."
    )
    # Wrapped at 72 columns, the project's wrapped shape (the quote stage reads a quotation
    # that opens a text wrapped at 45 columns or fewer as a title: BENCHMARKS.md).
    shapes = {
        "plain": plain,
        "crlf": plain.replace(". ", ".\r\n"),
        "wrapped": textwrap.fill(plain, 72),
        "wrapped_crlf": textwrap.fill(plain, 72).replace("\n", "\r\n"),
        "straight": plain.replace("“", '"').replace("”", '"'),
        "latex": plain.replace("“", "``").replace("”", "''"),
        "escaped": plain.replace("“", "&#8220;").replace("”", "&#8221;"),
    }
    keyed = _facts(shapes).reset_index()
    expected = keyed[keyed["doc"] == "plain"]["fact_id"].tolist()
    assert len(expected) == 4 and len(set(expected)) == 4 and all(pd.notna(expected))
    for doc in shapes:
        assert keyed[keyed["doc"] == doc]["fact_id"].tolist() == expected, doc


def test_dates_split_a_fact_where_reports_leave_a_gap_in_any_row_order():
    texts = {
        "d1": "Officials said Acme added 146,000 jobs.",
        "d2": "Officials said Acme added 146,000 jobs.",
        "d3": "Officials said Acme added 90,000 jobs.",
    }
    # d1 and d2 a day apart (one story republished); d3 three weeks on.
    dates = {"d1": "2025-03-31", "d2": "2025-04-01", "d3": "2025-04-22"}
    keyed = _facts(texts, dates=dates)
    assert keyed.loc["d1", "fact_id"] == keyed.loc["d2", "fact_id"] != keyed.loc["d3", "fact_id"]
    assert not keyed["disagrees"].any()
    # A wide window chains them: then 90,000 disagrees with the median.
    wide = _facts(texts, dates=dates, window_days=30)
    assert wide["fact_id"].nunique() == 1 and wide["disagrees"].tolist() == [False, False, True]
    # The same ids whatever the row order.
    series = pd.Series(texts)
    numbers = pw.numbers(series)
    shuffled = numbers.iloc[::-1]
    again = pw.match_numbers(shuffled, texts=series, dates=dates).set_index("doc")
    assert (
        again.loc[["d1", "d2", "d3"], "fact_id"].tolist() == keyed.loc[["d1", "d2", "d3"], "fact_id"].tolist()
    )
    with pytest.raises(ValueError, match="window_days"):
        _facts(texts, dates=dates, window_days=-1)


def test_dask_numbers_with_dates_give_the_facts_of_one_process(news_texts):
    dask = pytest.importorskip("dask")
    dd = pytest.importorskip("dask.dataframe")
    import presswork.dask as pwd

    texts = pd.concat([pd.Series(news_texts), pd.Series(VOTES)])
    dates = {label: f"2025-01-{1 + 3 * (i % 9):02d}" for i, label in enumerate(texts.index)}
    numbers = pw.numbers(texts)
    lazy = dd.from_pandas(numbers, npartitions=5, sort=False)
    with dask.config.set(scheduler="sync"):
        got = pwd.match_numbers(lazy, texts=texts, dates=dates, window_days=2).compute()
        plain = pwd.match_numbers(lazy, dates=dates, window_days=2).compute()
    expected = pw.match_numbers(numbers, texts=texts, dates=dates, window_days=2)
    assert expected["fact_id"].notna().any()
    _same_values(got, expected, ["fact_id", "disagrees"])
    _same_values(plain, pw.match_numbers(numbers, dates=dates, window_days=2), ["fact_id", "disagrees"])


def test_threads_give_the_same_quote_ids_and_anchors(seed_texts, news_texts):
    # More distinct quotations than one thread's share of the verify step (VERIFY_CHUNK).
    many = [
        (f"m{i}", f"Our harbours stay open, come what may, said the minister on day {i} {i % 7}", "Ana Ruiz")
        for i in range(3000)
    ]
    many += [(f"c{i}", "Our harbours stay open, come what may", "Ana Ruiz") for i in range(5)]
    frame = pd.concat(
        [pw.quotes(pd.Series(seed_texts)), quotes_frame(INVENTED), quotes_frame(many)], ignore_index=True
    )
    texts = pd.concat([pd.Series(news_texts), pd.Series(VOTES)])
    numbers = pw.numbers(texts)
    before = pw.get_threads()
    try:
        got = []
        for threads in (1, 2, 3):
            pw.set_threads(threads)
            got.append((pw.match_quotes(frame), pw.match_numbers(numbers, texts=texts)))
    finally:
        pw.set_threads(before)
    for quotes, facts in got[1:]:
        _same_values(quotes, got[0][0], ["quote_id", "cut_start", "cut_end"])
        _same_values(facts, got[0][1], ["fact_id", "disagrees"])
    assert got[0][0]["quote_id"].notna().any() and got[0][1]["fact_id"].notna().any()
