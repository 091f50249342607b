"""The foundation: Document model, offsets, DataFrames, bad input, pickling, threads."""

import pickle

import numpy as np
import pandas as pd
import presswork as pw
import pytest


def test_every_token_and_sentence_offset_round_trips_on_the_seeds(seed_texts):
    for name, text in seed_texts.items():
        doc = pw.analyze(text)
        assert doc.text == text
        assert len(doc.tokens) > 500, name
        for tok in doc.tokens:
            assert text[tok.start : tok.end] == tok.text, (name, tok)
        for sent in doc.sentences:
            assert text[sent.start : sent.end] == sent.text, (name, sent)
        # tokens are ordered, disjoint, and each lies in the sentence it names
        for a, b in zip(doc.tokens, doc.tokens[1:]):
            assert a.end <= b.start
        for tok in doc.tokens:
            s = doc.sentences[tok.sentence]
            assert s.start <= tok.start and tok.end <= s.end


def test_offsets_are_code_points_not_bytes():
    text = "Nicolás said “ok” 👍🏽 — £3.9bn to Petro’s team."
    doc = pw.analyze(text)
    for tok in doc.tokens:
        assert text[tok.start : tok.end] == tok.text
    by_text = {t.text: t for t in doc.tokens}
    assert by_text["Petro"].start == text.index("Petro")
    assert by_text["’s"].norm == "'s"
    assert by_text["£"].kind == "currency"


def test_seed_tokens_cover_the_hard_cases(seed_texts):
    doc = pw.analyze(seed_texts["001_ed13a5765eb58403.txt"])
    toks = [(t.text, t.kind) for t in doc.tokens]
    # straight single quotes as marks next to apostrophes
    i = toks.index(("watch", "word"))
    assert toks[i - 1] == ("'", "quote")
    assert toks[i + 3] == ("'", "quote")  # 'watch his ass' — "ass'" is not a possessive
    assert ("'s", "word") in toks  # Colombia's
    assert ("37-year-old", "word") in toks
    assert ("180-degree", "word") in toks


def test_sentences_on_news(seed_texts):
    doc = pw.analyze(seed_texts["001_ed13a5765eb58403.txt"])
    texts = [s.text for s in doc.sentences]
    # closing mark after the period stays with its sentence
    assert (
        "Petro said that the US risks transforming from 'dominating the world' to becoming 'isolated from the world.'"
        in texts
    )
    doc = pw.analyze(seed_texts["000_4bf89a5d724fffdb.txt"])
    texts = [s.text for s in doc.sentences]
    # headings and bullet items are sentences of their own
    assert "Background: US Threats Against Colombia" in texts
    assert "- ICE has deported 605,000 people between January and December 2025." in texts
    assert texts[-1] == "Leave a Reply"
    doc = pw.analyze(seed_texts["002_4658e44287b6c532.txt"])
    texts = [s.text for s in doc.sentences]
    assert "Warnings Against U.S. Intervention" in texts
    assert (
        "He issued a forceful warning about the potential consequences of any U.S. military action." in texts
    )


def test_tokens_frame_columns_and_labels():
    s = pd.Series(["The U.S. said so.", None, float("nan"), "Petro’s “x”."], index=["a", "b", "c", "d"])
    df = pw.tokens(s)
    assert list(df.columns) == ["doc", "start", "end", "text", "kind", "norm", "sentence"]
    assert set(df["doc"]) == {"a", "d"}  # None and NaN rows give no rows
    assert df["start"].dtype == np.int32 and df["end"].dtype == np.int32  # int32: half the memory of int64
    assert isinstance(df["kind"].dtype, pd.CategoricalDtype)
    for row in df.itertuples():
        assert s[row.doc][row.start : row.end] == row.text
    assert df.loc[df["text"] == "’s", "norm"].item() == "'s"
    assert df.loc[df["text"] == "U.S.", "kind"].item() == "word"


def test_list_and_str_inputs_use_positions():
    df = pw.sentences(["One. Two.", "Three."])
    assert df["doc"].tolist() == [0, 0, 1]
    assert df["text"].tolist() == ["One.", "Two.", "Three."]
    assert pw.sentences("Just one.")["doc"].tolist() == [0]
    assert pw.sentences(iter(["A b.", "C d."]))["doc"].tolist() == [0, 1]


def test_empty_inputs_give_empty_frames_with_columns():
    for texts in ([], [""], [None], pd.Series([], dtype=object)):
        df = pw.tokens(texts)
        assert len(df) == 0
        assert list(df.columns) == ["doc", "start", "end", "text", "kind", "norm", "sentence"]
    assert pw.analyze("").tokens == ()


def test_non_str_rows_raise_type_error_naming_the_row():
    with pytest.raises(TypeError, match=r"document 'y' \(row 1\).*int"):
        pw.tokens(pd.Series(["ok", 3], index=["x", "y"]))
    with pytest.raises(TypeError, match=r"row 0.*bytes"):
        pw.sentences([b"bytes are not text"])
    with pytest.raises(TypeError):
        pw.tokens(b"raw bytes")
    with pytest.raises(TypeError):
        pw.analyze(None)  # type: ignore[arg-type]
    with pytest.raises(TypeError):
        pw.tokens(42)  # type: ignore[arg-type]


def test_row_errors_carry_the_row_as_data():
    # The core hands the row over as attributes, not in text to parse; the labelled error
    # keeps them.
    with pytest.raises(TypeError) as raw:
        pw._native.batch(["ok", "fine", 3.5j], ["tokens"])
    assert (raw.value.row, raw.value.reason) == (
        2,
        "expected str or a missing value (None, NaN, pd.NA), got complex",
    )
    assert str(raw.value) == f"row 2: {raw.value.reason}"
    with pytest.raises(ValueError) as labelled:
        pw.numbers(pd.Series(["ok", "Revenue \ud800 rose"], index=["first", "second"], dtype=object))
    assert labelled.value.row == 1
    assert "surrogate" in labelled.value.reason
    assert str(labelled.value).startswith("document 'second' (row 1): text contains lone surrogates")
    with pytest.raises(ValueError, match='unknown table "entities"') as unknown:
        pw._native.batch(["ok"], ["tokens", "entities"])
    assert not hasattr(unknown.value, "row")


def test_lone_surrogates_raise_or_are_replaced_without_shifting_offsets():
    bad = "Petro said \ud800 'no' today."
    with pytest.raises(ValueError, match="surrogate"):
        pw.analyze(bad)
    with pytest.raises(ValueError, match=r"document 'k' \(row 0\).*surrogate"):
        pw.tokens(pd.Series([bad], index=["k"], dtype=object))
    doc = pw.analyze(bad, errors="replace")
    assert [t.text for t in doc.tokens][:2] == ["Petro", "said"]
    today = next(t for t in doc.tokens if t.text == "today")
    assert bad[today.start : today.end] == "today"
    df = pw.tokens([bad], errors="replace")
    assert (df["text"] == "today").sum() == 1
    with pytest.raises(ValueError, match="errors"):
        pw.analyze("x", errors="ignore")


def test_classes_are_frozen_comparable_and_pickle():
    doc = pw.analyze("Mr. Brown said: “It’s 5 p.m.”")
    for obj in [
        doc,
        doc.tokens[0],
        doc.sentences[0],
        pw.Quote("a", 0, 1, "quote", speaker="X"),
        pw.Number("5", 0, 1, 5.0, "cardinal"),
    ]:
        assert type(obj).__module__ == "presswork"
        clone = pickle.loads(pickle.dumps(obj))
        assert clone == obj
        assert repr(clone) == repr(obj)
        with pytest.raises(AttributeError):
            obj.text = "changed"  # type: ignore[misc]
    assert doc.tokens[0] != doc.tokens[1]
    assert repr(doc.tokens[0]) == "Token(text='Mr.', start=0, end=3, kind='word', norm='Mr.', sentence=0)"
    assert hash(doc.tokens[0]) == hash(pickle.loads(pickle.dumps(doc.tokens[0])))


def test_threads_give_identical_results(seed_texts):
    texts = list(seed_texts.values()) * 4
    one = pw.tokens(texts, threads=1)
    many = pw.tokens(texts, threads=2)
    pd.testing.assert_frame_equal(one, many)
    before = pw.get_threads()
    try:
        pw.set_threads(1)
        assert pw.get_threads() == 1
        pw.set_threads(0)
        assert pw.get_threads() >= 1
    finally:
        pw.set_threads(0 if before >= 1 else before)


def test_tables_runs_once_for_several_tables(seed_texts):
    s = pd.Series(seed_texts)
    out = pw.tables(s, include=("tokens", "sentences"))
    assert set(out) == {"tokens", "sentences"}
    pd.testing.assert_frame_equal(out["sentences"], pw.sentences(s))
    with pytest.raises(ValueError, match="unknown table"):
        pw.tables(s, include=("paragraphs",))


def test_document_matches_frames(seed_texts):
    text = seed_texts["002_4658e44287b6c532.txt"]
    doc = pw.analyze(text)
    df = pw.tokens(text)
    assert df["text"].tolist() == [t.text for t in doc.tokens]
    assert df["sentence"].tolist() == [t.sentence for t in doc.tokens]
    assert df["start"].tolist() == [t.start for t in doc.tokens]
    assert df["end"].tolist() == [t.end for t in doc.tokens]
    assert df["norm"].tolist() == [t.norm for t in doc.tokens]


def test_norm_column_when_only_later_documents_have_norms():
    # The table shares the text column as `norm` until a token's norm differs; the rows
    # before that one must keep norm == text, and the later ones their own norm.
    texts = ["Plain text here.", "He said “yes” — it’s ﬁne.", "More plain."]
    for threads in (1, 2):
        df = pw.tokens(texts, threads=threads)
        differs = df[df["norm"] != df["text"]]
        assert list(differs["text"]) == ["“", "”", "—", "’s", "ﬁne"]
        assert list(differs["norm"]) == ['"', '"', "-", "'s", "fine"]
        assert (df.loc[df["doc"] != 1, "norm"] == df.loc[df["doc"] != 1, "text"]).all()
    plain = pw.tokens(["No marks at all.", "None here either."])
    assert (plain["norm"] == plain["text"]).all()
