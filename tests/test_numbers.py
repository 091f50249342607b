"""The number stage through the Python API: the issue's examples, the seed gold targets, and
the DataFrame columns."""

from __future__ import annotations

import json
import math
from pathlib import Path

import presswork as pw
import pytest

DATA = Path(__file__).parent / "data"


def figure(text: str, span: str) -> pw.Number:
    for n in pw.analyze(text).numbers:
        if n.text == span:
            return n
    raise AssertionError(f"no figure {span!r} in {text!r}: {[n.text for n in pw.analyze(text).numbers]}")


@pytest.mark.parametrize(
    ("text", "span", "value", "kind", "unit"),
    [
        ("ICE has deported 605,000 people.", "605,000", 605000, "cardinal", None),
        ("It cost approximately $14 billion.", "$14 billion", 14e9, "money", "USD"),
        ("Police seized 14 tonnes of cocaine.", "14 tonnes", 14, "quantity", "tonne"),
        ("A 37-year-old US citizen was shot.", "37-year-old", 37, "age", "year"),
        (
            "It was 5.65bn euros ($7.4bn; £3.9bn).",
            "5.65bn euros",
            5.65e9,
            "money",
            "EUR",
        ),
        ("It was 5.65bn euros ($7.4bn; £3.9bn).", "£3.9bn", 3.9e9, "money", "GBP"),
        (
            "Shares rose 1% to 57.85 Swiss francs.",
            "57.85 Swiss francs",
            57.85,
            "money",
            "CHF",
        ),
        ("Profit hit Â£3.9bn.", "Â£3.9bn", 3.9e9, "money", "GBP"),
        (
            "Turnout fell 3 percentage points.",
            "3 percentage points",
            3,
            "points",
            "percentage point",
        ),
        (
            "It pumps 2.5 million barrels a day.",
            "2.5 million barrels a day",
            2.5e6,
            "rate",
            "barrel per day",
        ),
    ],
)
def test_issue_examples(text: str, span: str, value: float, kind: str, unit: str | None) -> None:
    n = figure(text, span)
    assert n.value == value
    assert n.kind == kind
    assert n.unit == unit
    assert text[n.start : n.end] == n.text


def test_dates_have_an_iso_date_and_no_value() -> None:
    n = figure("They met on 4 January 2005 and again on 9 November.", "4 January 2005")
    assert (n.kind, n.value, n.date) == ("date", None, "2005-01-04")
    m = figure("They met on 4 January 2005 and again on 9 November.", "9 November")
    assert (m.value, m.date) == (None, "--11-09")
    df = pw.numbers(["It opened in March 2024."])
    assert list(df["date"]) == ["2024-03"]


def test_a_bounding_qualifier_sets_one_bound() -> None:
    n = figure("More than 30 people came.", "30")
    assert (n.value, n.low, n.high) == (30, 30, None)


def test_noun_verb_and_qualifier() -> None:
    text = "ICE has deported more than 605,000 people."
    n = figure(text, "605,000")
    assert (n.noun, n.verb, n.qualifier, n.approx) == (
        "people",
        "deported",
        "more than",
        True,
    )


def test_traps_are_not_figures() -> None:
    text = "The M-19, Covid-19, the G7, an F-16 on Air Force One, Windows 95 and one of the critics."
    assert pw.analyze(text).numbers == ()


def test_range_bounds() -> None:
    n = figure("Tickets cost between £20 and £30m.", "£20 and £30m")
    assert (n.kind, n.low, n.high, n.unit) == ("range", 2e7, 3e7, "GBP")


def test_offsets_are_code_points() -> None:
    text = "Bogotá got €5bn and “about 3 million” doses."
    numbers = pw.analyze(text).numbers
    assert [n.value for n in numbers] == [5e9, 3e6]  # both figures found, after non-ASCII text
    for n in numbers:
        assert text[n.start : n.end] == n.text


def test_seed_gold_targets() -> None:
    gold = [
        json.loads(line)
        for line in (DATA / "numbers.jsonl").read_text(encoding="utf-8").splitlines()
        if line.strip()
    ]
    tp = fp = fn = kind = 0
    for path in sorted((DATA / "seeds").glob("*.txt")):
        text = path.read_text(encoding="utf-8")
        preds = pw.analyze(text).numbers
        used = [False] * len(preds)
        for g in (r for r in gold if r["doc"] == path.name):
            hit = next(
                (
                    k
                    for k, p in enumerate(preds)
                    if not used[k] and p.start < g["end"] and g["start"] < p.end and p.value == g["value"]
                ),
                None,
            )
            if hit is None:
                fn += 1
                continue
            used[hit] = True
            tp += 1
            kind += preds[hit].kind == g["kind"]
        fp += used.count(False)
    precision, recall = tp / max(tp + fp, 1), tp / max(tp + fn, 1)
    f1 = 2 * precision * recall / (precision + recall)
    # exact: every gold figure and nothing else, each with its kind (one regressed row fails)
    assert (tp, fp, fn) == (30, 0, 0), f1
    assert kind == tp


def test_numbers_frame_columns() -> None:
    df = pw.numbers(["It cost £3m.", "two dozen eggs", ""])
    for column in (
        "doc",
        "start",
        "end",
        "text",
        "value",
        "kind",
        "unit",
        "noun",
        "verb",
        "approx",
        "qualifier",
        "low",
        "high",
        "date",
    ):
        assert column in df.columns
    assert list(df["text"]) == ["£3m", "two dozen"]
    assert list(df["value"]) == [3e6, 24]
    assert all(math.isfinite(v) for v in df["value"])
