"""Tokenizer behaviour through the Python API, on the cases news text needs."""

import presswork as pw
import pytest


def toks(text):
    return [(t.text, t.kind) for t in pw.analyze(text).tokens]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("U.S. Dr. Jan. Gen. J.R.R.", ["U.S.", "Dr.", "Jan.", "Gen.", "J.R.R."]),
        ("605,000 1.9 57.85 -3", ["605,000", "1.9", "57.85", "-3"]),
        ("$14 £3.9bn 67.7%", ["$", "14", "£", "3.9", "bn", "67.7", "%"]),
        ("37-year-old 2004-05", ["37-year-old", "2004-05"]),
        ("a well-known non-profit", ["a", "well", "-", "known", "non-profit"]),
        ("pre- and post-war", ["pre-", "and", "post-war"]),
        ("don't Petro's States' leaders", ["do", "n't", "Petro", "'s", "States", "'", "leaders"]),
        ("wait – now — then … so...", ["wait", "–", "now", "—", "then", "…", "so", "..."]),
    ],
)
def test_token_texts(text, expected):
    assert [t for t, _ in toks(text)] == expected


def test_kinds_of_web_tokens():
    got = toks("Read https://www.bbc.co.uk/news. Email a@b.com, follow @BBCNews #GE2024 🎉")
    kinds = dict(got)
    assert kinds["https://www.bbc.co.uk/news"] == "url"
    assert kinds["a@b.com"] == "email"
    assert kinds["@BBCNews"] == "mention"
    assert kinds["#GE2024"] == "hashtag"
    assert kinds["🎉"] == "emoji"


def test_quote_marks_and_apostrophes():
    got = toks("He said 'He's not going' and “yes”.")
    assert got[2:7] == [("'", "quote"), ("He", "word"), ("'s", "word"), ("not", "word"), ("going", "word")]
    assert got[7] == ("'", "quote")
    assert ("“", "quote") in got and ("”", "quote") in got


def test_bullets_at_line_start():
    got = toks("Highlights:\n• One\n- Two")
    assert got.count(("•", "bullet")) == 1 and got.count(("-", "bullet")) == 1


def test_norm_folds_curly_quotes_and_dashes():
    doc = pw.analyze("Petro’s — “x”")
    assert [t.norm for t in doc.tokens] == ["Petro", "'s", "-", '"', "x", '"']


def test_kind_list_is_documented():
    assert set(pw.TOKEN_KINDS) >= {
        "word",
        "number",
        "punct",
        "quote",
        "symbol",
        "url",
        "email",
        "mention",
        "hashtag",
        "emoji",
        "bullet",
        "currency",
    }


def test_compounds_split_in_tokens_but_not_in_numbers_or_sentences():
    doc = pw.analyze("A twenty-two-year-old well-known rider won. Smith-Jones said so.")
    assert [t.text for t in doc.tokens][1:6] == ["twenty", "-", "two", "-", "year"]
    assert [n.text for n in doc.numbers] == ["twenty-two-year-old"]
    assert [s.text for s in doc.sentences] == [
        "A twenty-two-year-old well-known rider won.",
        "Smith-Jones said so.",
    ]
    for i, s in enumerate(doc.sentences):
        assert {t.sentence for t in doc.tokens if s.start <= t.start < s.end} == {i}
