"""Quote extraction and attribution from Python: offsets, types, speakers, the DataFrame, and
the seed-gold thresholds of issue 3."""

from __future__ import annotations

import json
from pathlib import Path

import pandas as pd
import presswork as pw
import pytest

DATA = Path(__file__).parent / "data"
QUOTE_COLUMNS = [
    "doc",
    "start",
    "end",
    "text",
    "type",
    "speaker",
    "speaker_type",
    "speaker_mention",
    "speaker_start",
    "speaker_end",
    "cue",
    "cue_start",
    "cue_end",
    "cue_kind",
]


def test_offsets_are_python_str_offsets():
    text = "Él llegó. “Café con leche,” dijo Ana López, who said: “¡Olé — ya!”"
    quotes = pw.analyze(text).quotes
    assert len(quotes) == 2  # both quotations, after non-ASCII text
    assert any(q.cue_start is not None for q in quotes)  # the cue offsets below are checked
    for q in quotes:
        assert text[q.start : q.end] == q.text
        if q.speaker_start is not None:
            assert text[q.speaker_start : q.speaker_end] == q.speaker_mention
        if q.cue_start is not None:
            assert text[q.cue_start : q.cue_end] == q.cue


def test_split_quote_and_pronoun_resolution():
    text = "Gordon Brown spoke in Leeds. “Growth is back,” he said, “and jobs will follow.”"
    quotes = pw.analyze(text).quotes
    assert [q.text for q in quotes] == ["Growth is back,", "and jobs will follow."]
    assert {q.speaker for q in quotes} == {"Gordon Brown"}
    assert {q.speaker_mention for q in quotes} == {"he"}
    assert {q.cue for q in quotes} == {"said"}


def test_apostrophes_are_not_quote_marks():
    text = "Colombia's leader said the plan 'sounds good' and the States' reply 'He's wrong.'"
    texts = [q.text for q in pw.analyze(text).quotes if q.type != "indirect"]
    assert texts == ["sounds good", "He's wrong."]


def test_unbalanced_mark_is_cut_at_paragraph_end():
    text = "Smith said: “This never closes.\n\nThe rest is reporter text, with no marks at all."
    quotes = [q for q in pw.analyze(text).quotes if q.type != "indirect"]
    assert [q.text for q in quotes] == ["This never closes."]


def test_terms_and_titles_have_no_speaker():
    text = "Petro has pursued a 'total peace' strategy. Sanders told MSNBC's “Morning Joe” he was tired."
    types = {q.text: (q.type, q.speaker) for q in pw.analyze(text).quotes}
    assert types["total peace"] == ("term", None)
    assert types["Morning Joe"] == ("title", None)


def test_indirect_speech_rows():
    text = "Officials warned that the storm would reach the coast by Friday."
    rows = [q for q in pw.analyze(text).quotes if q.type == "indirect"]
    assert [(q.text, q.speaker, q.cue) for q in rows] == [
        ("the storm would reach the coast by Friday", "Officials", "warned")
    ]


def test_quotes_frame_columns_and_doc_index():
    texts = pd.Series({"a": "“Yes,” she said.", "b": "No quotes here."})
    frame = pw.quotes(texts)
    assert list(frame.columns) == QUOTE_COLUMNS
    assert frame["doc"].tolist() == ["a"]
    assert frame.iloc[0]["text"] == "Yes,"


@pytest.mark.parametrize("text", ["“", "'", '"""', "“a ‘b “c", "’’’ ‘‘ «", "„x", "", "\n\n“\n\n”"])
def test_hostile_marks_never_fail(text):
    for q in pw.analyze(text).quotes:
        assert 0 <= q.start <= q.end <= len(text)


def test_seed_gold_thresholds(seed_texts):
    gold = [json.loads(line) for line in (DATA / "quotes.jsonl").read_text(encoding="utf-8").splitlines()]
    gold = [g for g in gold if g["type"] in ("quote", "partial")]
    frame = pw.quotes(pd.Series(seed_texts))
    frame = frame[frame["type"].isin(["quote", "partial"])]
    tp = speaker_ok = 0
    for g in gold:
        rows = frame[(frame["doc"] == g["doc"]) & (frame["start"] == g["start"]) & (frame["end"] == g["end"])]
        if len(rows):
            tp += 1
            speaker = rows.iloc[0]["speaker"]
            speaker_ok += (None if pd.isna(speaker) else speaker) == g["speaker"]
    precision, recall = tp / len(frame), tp / len(gold)
    f1 = 2 * precision * recall / (precision + recall)
    # exact: every gold row and nothing else (F1 is 1.000), and no speaker lost (61 of 62 today)
    assert (tp, len(frame), len(gold)) == (62, 62, 62), f1
    assert speaker_ok >= 61
