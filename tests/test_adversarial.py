"""Adversarial and malformed input: every case gets a defined result and none crashes.

Each test states what presswork returns for the input: a clear exception, or best-effort
output whose invariants hold (see ``_invariants.py``). Big inputs go through ``pw.tables``
(the whole pipeline runs, but only the small tables become Python objects) and a slice of
each goes through ``pw.analyze`` with the full invariant check. A watchdog
(``faulthandler``) kills the run with a traceback if any test hangs, so a super-linear
regression fails CI instead of stalling it.

Known bugs are ``xfail(strict=True)`` with the reason; when the fix lands they XPASS, which
fails the run until the mark is removed. The tests named after bugs below (quadratic scans,
pd.NA and float32 NaN rows, Document list access, quote edges) were such reproducers; main
fixed them and they stay as regression tests.
"""

from __future__ import annotations

import faulthandler
import math
import time
from pathlib import Path

import numpy as np
import pandas as pd
import presswork as pw
import pytest
from _invariants import check_document, check_frames, quote_edge_ok

MB = 1 << 20
SEEDS = sorted((Path(__file__).parent / "data" / "seeds").glob("*.txt"))
NEWS = "\n\n".join(p.read_text(encoding="utf-8") for p in SEEDS)
PIPELINE = ("sentences", "quotes", "numbers")  # tokens run too, but are not materialized


@pytest.fixture(autouse=True)
def watchdog():
    """Abort the whole run with tracebacks if one test takes over 120 s (a hang)."""
    faulthandler.dump_traceback_later(120, exit=True)
    yield
    faulthandler.cancel_dump_traceback_later()


def repeat_to(unit: str, n_bytes: int) -> str:
    """``unit`` repeated to about ``n_bytes`` of UTF-8."""
    return unit * max(1, n_bytes // len(unit.encode("utf-8")))


def run_pipeline(text: str, include=PIPELINE, budget_s: float = 20.0) -> dict[str, pd.DataFrame]:
    """All stages on one big text, within a generous time budget; frames checked."""
    t0 = time.process_time()  # CPU time: other load on the machine does not count
    frames = pw.tables([text], include=include, threads=1)
    elapsed = time.process_time() - t0
    assert elapsed < budget_s, f"{len(text)} chars took {elapsed:.1f}s"
    check_frames([text], frames)
    return frames


def check_slice(text: str, n_chars: int = 20_000) -> pw.Document:
    piece = text[:n_chars]
    doc = pw.analyze(piece)
    check_document(piece, doc)
    return doc


# --- size --------------------------------------------------------------------------------


def test_ten_megabytes_of_one_line():
    line = NEWS.replace("\r", " ").replace("\n", " ")
    text = repeat_to(line + " ", 10 * MB)
    assert "\n" not in text
    frames = run_pipeline(text, include=("tokens", "sentences", "quotes", "numbers"), budget_s=40)
    tok, sen = frames["tokens"], frames["sentences"]
    assert len(tok) > 1_500_000
    # sentences partition the tokens even without a single line break
    assert tok["sentence"].is_monotonic_increasing
    assert tok["sentence"].max() == len(sen) - 1
    assert (tok["start"].to_numpy()[1:] >= tok["end"].to_numpy()[:-1]).all()
    check_slice(text)


def test_ten_megabytes_of_one_word():
    text = "a" * (10 * MB)
    frames = run_pipeline(text, include=("tokens", "sentences"))
    assert frames["tokens"][["start", "end", "kind"]].values.tolist() == [[0, len(text), "word"]]


# --- one character, a megabyte of it ----------------------------------------------------

QUOTE_STYLES = [
    '"',
    "'",
    "“",
    "”",
    "‘",
    "’",
    "„",
    "‟",
    "‚",
    "‛",
    "«",
    "»",
    "‹",
    "›",
    "「",
    "」",
    "『",
    "』",
    "`",
]


@pytest.mark.parametrize("mark", QUOTE_STYLES, ids=[f"U+{ord(m):04X}" for m in QUOTE_STYLES])
def test_a_megabyte_of_one_quote_mark(mark):
    text = repeat_to(mark, MB)
    frames = run_pipeline(text)
    # marks with nothing between them quote nothing; one sentence, no numbers
    assert len(frames["sentences"]) == 1
    assert frames["numbers"].empty
    doc = check_slice(text, 5_000)
    assert all(t.kind == "quote" for t in doc.tokens)


def test_a_megabyte_of_digits():
    text = "7" * MB
    frames = run_pipeline(text, include=("tokens", "sentences", "quotes", "numbers"))
    assert frames["tokens"][["start", "end", "kind"]].values.tolist() == [[0, MB, "number"]]
    # a numeral too long for a float has no finite value: value is missing (NaN), never inf
    assert not np.isinf(frames["numbers"]["value"].to_numpy()).any()


def test_a_megabyte_of_periods():
    text = "." * MB
    frames = run_pipeline(text, include=("tokens", "sentences", "quotes", "numbers"))
    assert frames["tokens"]["kind"].tolist() == ["punct"]
    assert len(frames["sentences"]) == 1


def test_a_megabyte_of_spaced_periods_and_marks():
    for unit in (". ", "? ", "! ", "… ", '" ', "“ ", "” ", "' ", "’ "):
        run_pipeline(repeat_to(unit, MB // 4))
        check_slice(repeat_to(unit, 4_000))


def test_a_megabyte_of_whitespace_and_invisible_characters():
    for unit in (" ", "\n", "\r\n", "\t", "\u00a0", "\u200b", "\ufeff", "\u00ad", "\u2028", "\x00"):
        frames = run_pipeline(repeat_to(unit, MB // 4), include=("tokens", "sentences", "quotes", "numbers"))
        assert all(df.empty for df in frames.values()), repr(unit)


# --- quotation structure ------------------------------------------------------------------


@pytest.mark.parametrize("opening", ["“", '"', "‘", "'", "«", "„"])
def test_a_hundred_thousand_unbalanced_opening_quotes(opening):
    text = "".join(f"{opening}It is a real threat, he said. " for _ in range(100_000))
    frames = run_pipeline(text)
    assert len(frames["sentences"]) >= 100_000  # the open marks do not swallow the sentences
    check_slice(text)


def test_unbalanced_closing_and_mixed_marks():
    text = "”It is.” ”No’ said ‘he“ « so » » «" * 20_000
    run_pipeline(text)
    check_slice(text)


@pytest.mark.parametrize("depth", [10, 1_000, 50_000])
def test_deeply_nested_quotes(depth):
    text = "He said " + "“she said ‘" * depth + "no" + "’”" * depth + ". Then he left."
    run_pipeline(text)
    check_slice(text)


def test_quotes_spanning_paragraphs_and_never_closed():
    text = ("“This quotation opens and runs on.\n\nAnd on, into a new paragraph.\n\n" * 5_000) + "End."
    run_pipeline(text)
    check_slice(text)


# --- case and scripts ---------------------------------------------------------------------


def test_all_caps_news():
    text = NEWS.upper()
    frames = run_pipeline(text, include=("tokens", "sentences", "quotes", "numbers"))
    lower = pw.tables([NEWS], include=("tokens",))["tokens"]
    assert len(frames["tokens"]) == pytest.approx(len(lower), rel=0.05)
    check_document(text, pw.analyze(text))


SCRIPTS = {
    "cyrillic": "Президент Густаво Петро заявил: «Это реальная угроза». В 2025 году депортировано 605 000 человек.",
    "cjk": "佩特罗总统说：“这是真正的威胁。”美国驱逐了605,000人。東京都は「はい」と言った。",
    "arabic": "قال الرئيس غوستافو بيترو: «هذا تهديد حقيقي». تم ترحيل ٦٠٥٠٠٠ شخص في عام ٢٠٢٥.",
    "hebrew": 'הנשיא אמר: "זה איום אמיתי". 605,000 אנשים גורשו.',
    "thai": "ประธานาธิบดีกล่าวว่า “นี่คือภัยคุกคามที่แท้จริง” ในปี 2025",
    "devanagari": "राष्ट्रपति ने कहा, “यह एक वास्तविक खतरा है।” २०२५ में ६०५००० लोग।",
    "korean": '대통령은 "이것은 실질적인 위협"이라고 말했다. 605,000명이 추방되었다.',
}


@pytest.mark.parametrize("script", sorted(SCRIPTS))
def test_other_scripts(script):
    text = SCRIPTS[script]
    doc = pw.analyze(text)
    check_document(text, doc)
    assert doc.tokens and doc.sentences
    run_pipeline(repeat_to(text + " ", MB // 4))


def test_mixed_scripts_in_one_text_and_in_one_word():
    text = " ".join(SCRIPTS.values()) + " Petro说Путин قال 東京Tokyo مرحباhello 123четыре"
    doc = pw.analyze(text)
    check_document(text, doc)
    cjk = [t for t in doc.tokens if t.text in ("佩", "特", "罗")]
    assert len(cjk) == 3  # ideographs are one token each


# --- emoji, combining marks, invisible and control characters -----------------------------


def test_emoji_and_zwj_sequences_are_single_tokens():
    family = "👨\u200d👩\u200d👧\u200d👦"
    cases = [family, "👍🏽", "🏳️\u200d🌈", "🇺🇸", "🇨🇴", "1️⃣", "❤️", "🧑🏾\u200d💻"]
    text = "Petro posted " + " ".join(cases) + " today."
    doc = pw.analyze(text)
    check_document(text, doc)
    texts = [t.text for t in doc.tokens]
    for e in (family, "👍🏽", "🇺🇸", "🧑🏾\u200d💻"):
        assert e in texts, (e, texts)
    # a run of a megabyte of emoji, of joiners, of flags, of skin-tone modifiers
    for unit in (family, "😀", "\u200d", "🇺", "🏽", "\ufe0f", "👍🏽\u200d"):
        run_pipeline(repeat_to(unit, MB // 4))
        check_slice(repeat_to(unit, 4_000))


def test_combining_marks():
    text = "Cafe\u0301 nai\u0308ve \u0301leading Z" + "\u0336" * 50 + "algo e" + "\u0301" * 10_000 + " end."
    doc = pw.analyze(text)
    check_document(text, doc)
    assert "Cafe\u0301" in [t.text for t in doc.tokens]
    assert next(t for t in doc.tokens if t.text.startswith("Cafe")).norm == "Café"
    run_pipeline(repeat_to("\u0301", MB // 2))  # only marks, no base character
    run_pipeline(repeat_to("a\u0301\u0302\u0303 ", MB // 2))


def test_nul_and_control_characters_separate_tokens():
    text = "Petro\x00said\x07it\x1bwas\x7fa\x85real\x0cthreat."
    doc = pw.analyze(text)
    check_document(text, doc)
    assert [t.text for t in doc.tokens] == ["Petro", "said", "it", "was", "a", "real", "threat", "."]
    every_control = "".join(chr(c) for c in list(range(0x20)) + list(range(0x7F, 0xA0)))
    text = ("word" + every_control) * 2_000
    doc = pw.analyze(text)
    check_document(text, doc)
    assert {t.text for t in doc.tokens} == {"word"}


def test_noncharacters_private_use_and_replacement_characters():
    text = "a\ufffd b\uffff c\U0010ffff d\ue000 e\ufdd0 “\ufffd” 5\ufffd%"
    check_document(text, pw.analyze(text))
    run_pipeline(repeat_to("\ufffd", MB // 4))


# --- line ends ------------------------------------------------------------------------------


def _shape(doc):
    return [t.text for t in doc.tokens], [
        [t.text for t in doc.tokens if t.sentence == k] for k in range(len(doc.sentences))
    ]


@pytest.mark.parametrize("eol", ["\r\n", "\r"])
def test_crlf_and_lone_cr_behave_like_lf(eol):
    text = "Headline Without A Period\nPetro said it was real.\nhard-wrapped line\ncontinues here.\n\nNew paragraph\n- bullet one\n- bullet two"
    other = text.replace("\n", eol)
    lf, crlf = pw.analyze(text), pw.analyze(other)
    check_document(other, crlf)
    assert _shape(crlf) == _shape(lf)


def test_mixed_and_repeated_line_ends():
    text = "One.\r\r\nTwo.\n\r\nThree\r\rFour\u2028Five\u2029Six" * 1_000
    check_document(text, pw.analyze(text))


# --- surrogates and bytes -------------------------------------------------------------------


@pytest.mark.parametrize("bad", ["\ud800", "\udfff", "\ud83d\ude00", "x\udc80y"])  # noqa: PT014 (ruff reads lone surrogates as one character)
def test_lone_surrogates_strict_raise_value_error_naming_the_row(bad):
    text = f"Petro said {bad} “no” to 5%."
    with pytest.raises(ValueError, match="surrogate"):
        pw.analyze(text)
    with pytest.raises(ValueError, match=r"document 'b' \(row 1\).*surrogate"):
        # object dtype: pandas' Arrow-backed str dtype cannot hold a lone surrogate at all
        pw.tables(pd.Series(["fine", text], index=["a", "b"], dtype=object))


@pytest.mark.parametrize("where", ["start", "middle", "end", "only", "many"])
def test_lone_surrogates_replaced_keep_offsets(where):
    s = "\ud83d"
    text = {
        "start": s + "Petro said “no”.",
        "middle": "Petro said " + s + "\udc00 “no” to 5%.",
        "end": "Petro said “no”." + s,
        "only": s * 10,
        "many": ("“A" + s + "b” " + s + "5%. ") * 5_000,
    }[where]
    replaced = "".join("\ufffd" if 0xD800 <= ord(c) <= 0xDFFF else c for c in text)
    doc = pw.analyze(text, errors="replace")
    check_document(replaced, doc, source=text)
    frames = pw.tables([text], errors="replace")
    check_frames([replaced], frames)
    for t in doc.tokens:
        if "\ufffd" not in t.text:
            assert text[t.start : t.end] == t.text


def test_bytes_are_rejected_with_a_clear_type_error():
    invalid_utf8 = b"Petro \xff\xfe said \xed\xa0\x80 no"
    with pytest.raises(TypeError, match="decode"):
        pw.tokens(invalid_utf8)
    with pytest.raises(TypeError, match="str"):
        pw.analyze(invalid_utf8)  # type: ignore[arg-type]
    # decoded the usual ways, the text is accepted
    for text in (invalid_utf8.decode("utf-8", "replace"), invalid_utf8.decode("latin-1")):
        check_document(text, pw.analyze(text))
    surrogateescaped = invalid_utf8.decode("utf-8", "surrogateescape")
    with pytest.raises(ValueError, match="surrogate"):
        pw.analyze(surrogateescaped)
    check_document(
        "".join("\ufffd" if 0xD800 <= ord(c) <= 0xDFFF else c for c in surrogateescaped),
        pw.analyze(surrogateescaped, errors="replace"),
        source=surrogateescaped,
    )


# --- odd values in a Series -----------------------------------------------------------------


def test_none_and_nan_rows_give_no_rows():
    s = pd.Series(
        ["Petro said “no”.", None, float("nan"), np.nan, np.float64("nan"), "", "  \n "],
        index=list("abcdefg"),
    )
    frames = pw.tables(s)
    assert set(frames["tokens"]["doc"]) == {"a"}
    assert set(frames["sentences"]["doc"]) == {"a"}


@pytest.mark.parametrize(
    "value, type_name",
    [
        (3, "int"),
        (2.5, "float"),
        (float("inf"), "float"),
        (True, "bool"),
        (b"bytes", "bytes"),
        (bytearray(b"x"), "bytearray"),
        (["a"], "list"),
        ({"a": 1}, "dict"),
        (pd.Timestamp(0), "Timestamp"),
        (np.int64(3), "int64"),
    ],
)
def test_other_values_in_a_series_raise_type_error_naming_the_row(value, type_name):
    s = pd.Series(["fine", value], index=["first", "second"], dtype=object)
    with pytest.raises(TypeError, match=rf"document 'second' \(row 1\).*{type_name}"):
        pw.tables(s)
    with pytest.raises(TypeError, match=r"row 1"):
        pw.tokens(["fine", value])


def test_missing_values_in_arrow_backed_series_give_no_rows():
    pytest.importorskip("pyarrow")
    for dtype in (pd.StringDtype("pyarrow"), "str"):
        s = pd.Series(["Petro said no.", None], index=["a", "b"], dtype=dtype)
        frames = pw.tables(s)
        assert set(frames["tokens"]["doc"]) == {"a"}


def test_pd_na_in_a_string_series_gives_no_rows():
    s = pd.Series(["Petro said no.", None], index=["a", "b"], dtype=pd.StringDtype("python"))
    assert s.tolist()[1] is pd.NA
    frames = pw.tables(s)
    assert set(frames["tokens"]["doc"]) == {"a"}


def test_numpy_float32_nan_gives_no_rows():
    frames = pw.tables(pd.Series(["Petro said no.", np.float32("nan")], dtype=object))
    assert set(frames["tokens"]["doc"]) == {0}


def test_series_with_unusual_indexes():
    texts = ["Petro said “no”.", "ICE deported 605,000 people."]
    for index in (
        pd.MultiIndex.from_tuples([(1, "a"), (2, "b")]),
        pd.Index(["d", "d"]),
        pd.DatetimeIndex(["2025-01-01", "2025-01-02"]),
        pd.Index([10, 3]),
    ):
        s = pd.Series(texts, index=index)
        df = pw.sentences(s)
        assert len(df) == 2
        assert list(df["doc"]) == list(index)
        check_frames(texts, {"sentences": df.assign(doc=[0, 1])})


def test_a_hundred_thousand_tiny_documents():
    texts = ["", "a", "“", ".", "5%", None, "\ud800"] * 15_000
    frames = pw.tables(texts, errors="replace")
    assert frames["tokens"]["doc"].is_monotonic_increasing
    assert frames["tokens"]["doc"].nunique() == 15_000 * 4 + 15_000  # the surrogate row gives U+FFFD


def test_non_str_text_argument_types():
    for bad in (None, 3, 3.5, b"x", ["x"]):
        with pytest.raises(TypeError):
            pw.analyze(bad)  # type: ignore[arg-type]
    for bad in (None, 3, b"x", pd.DataFrame({"t": ["x"]})):
        with pytest.raises(TypeError):
            pw.tokens(bad)  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="errors"):
        pw.tables(["x"], errors="ignore")


class StrSubclass(str):
    pass


def test_str_subclasses_and_numpy_strings_are_text():
    for value in (StrSubclass("Petro said no."), np.str_("Petro said no.")):
        doc = pw.analyze(value)
        check_document(str(value), doc)
        assert len(pw.tokens(pd.Series([value], dtype=object))) == 4


# --- super-linear shapes (bugs) ------------------------------------------------------------


def _min_time(text: str, repeat: int = 3, include=("sentences",)) -> float:
    best = math.inf
    for _ in range(repeat):
        # CPU time of the process (the one worker thread and the caller): a complexity check
        # that other load on a shared machine cannot fail, unlike wall time.
        t0 = time.process_time()
        pw.tables([text], include=include, threads=1)
        best = min(best, time.process_time() - t0)
    return best


def assert_linear(unit: str, small: int = 16_000, make=None, include=("sentences",)) -> None:
    """Quadrupling the input must not take more than ~8× longer (quadratic work takes 16×).

    Anything under 50 ms at the larger size is fast enough whatever the ratio (timer noise).
    """
    make = make or repeat_to
    t_small = _min_time(make(unit, small), include=include)
    t_big = _min_time(make(unit, 4 * small), repeat=1, include=include)
    assert t_big < 0.05 or t_big / max(t_small, 1e-4) < 8, (
        f"{unit!r}: {small}B {t_small:.3f}s -> {4 * small}B {t_big:.3f}s"
    )


@pytest.mark.parametrize(
    "unit",
    ["The U.S. said 605,000 people. ", "“It’s real,” he said. ", "7", '"', "“", ".", "a", "😀", "\u0301"],
)
def test_linear_shapes(unit):
    assert_linear(unit)


@pytest.mark.parametrize("unit", ["1+", "ab--"])
def test_quadratic_email_scan(unit):
    assert_linear(unit)


@pytest.mark.parametrize("unit", ["News."])
def test_quadratic_domain_scan(unit):
    assert_linear(unit)


def _half_and_half(marks: str, n: int) -> str:
    return marks[0] * (n // 2) + marks[1] * (n // 2)


@pytest.mark.parametrize("marks", ["“’", "‘”", "«›"])
def test_quadratic_stray_closers_under_another_style(marks):
    # Each closer looked for an opener of its style through the whole stack of the other.
    assert_linear(marks, small=40_000, make=_half_and_half, include=("quotes",))
    # The closers pair with nothing: at most the never-closed opener's span, cut at the end.
    text = _half_and_half(marks, 2_000)
    quotes = pw.tables([text], include=("quotes",))["quotes"]
    assert len(quotes) <= 1 and (quotes["end"] == len(text)).all()
    check_slice(text)


# --- the Document's lists (performance bug) ------------------------------------------------


def test_document_attribute_access_is_cheap():
    # Built once on first access, then the same tuple every time (it was rebuilt per access).
    doc = pw.analyze("The U.S. said 605,000 people. " * 10_000)  # 60,000 tokens
    assert doc.tokens is doc.tokens and doc.sentences is doc.sentences
    assert len(doc.tokens) == 60_000


# --- quote content edges (bug) --------------------------------------------------------------


@pytest.mark.parametrize("text", ["\"'", "„‘", "““J.", "“Its oui»\n"])
def test_quote_content_has_no_mark_at_its_edge(text):
    doc = pw.analyze(text)
    for q in doc.quotes:
        assert quote_edge_ok(q.text), q
