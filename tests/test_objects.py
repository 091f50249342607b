"""The classes as a user meets them: reprs that round-trip, to_dict(), the notebook view."""

import math

import presswork as pw

TEXT = (
    "Minister warns of 'hard winter' ahead\n\n"
    "Colombian President Gustavo Petro said on Monday: “We will not accept these terms.” "
    "Petro called the plan “a real step forward”. Prices rose about 5% to $3bn between "
    "March 4, 2021 and May 3; 40 to 55 people <b>came</b> & left."
)
NAMESPACE = {cls.__name__: cls for cls in (pw.Token, pw.Sentence, pw.Quote, pw.Number, pw.Document)}


def test_reprs_round_trip_for_every_class():
    doc = pw.analyze(TEXT)
    items = [*doc.tokens, *doc.sentences, *doc.quotes, *doc.numbers]
    assert {type(x) for x in items} == {pw.Token, pw.Sentence, pw.Quote, pw.Number}
    for item in items:
        assert eval(repr(item), NAMESPACE) == item, repr(item)
    assert eval(repr(doc), NAMESPACE) == doc
    quote = next(q for q in doc.quotes if q.speaker_start is not None)
    assert f"speaker_start={quote.speaker_start}" in repr(quote) and "cue_end=" in repr(quote)
    number = next(n for n in doc.numbers if n.kind == "range")
    assert f"low={number.low!r}" in repr(number) and "approx=" in repr(number)


def test_number_repr_reads_back_special_values():
    weird = pw.Number("x", 0, 1, math.inf, "cardinal", low=-math.inf)
    back = eval(repr(weird), NAMESPACE)
    assert back.value == math.inf and back.low == -math.inf


def test_to_dict_on_every_class_rebuilds_the_object():
    doc = pw.analyze(TEXT)
    for item in [*doc.tokens[:5], *doc.sentences, *doc.quotes, *doc.numbers]:
        fields = item.to_dict()
        assert type(item)(**fields) == item
        assert fields["text"] == TEXT[fields["start"] : fields["end"]]
    as_dict = doc.to_dict()
    assert as_dict["text"] == TEXT and len(as_dict["quotes"]) == len(doc.quotes) > 0
    rebuilt = pw.Document(
        as_dict["text"],
        [pw.Token(**t) for t in as_dict["tokens"]],
        [pw.Sentence(**s) for s in as_dict["sentences"]],
        [pw.Quote(**q) for q in as_dict["quotes"]],
        [pw.Number(**n) for n in as_dict["numbers"]],
    )
    assert rebuilt == doc


def test_document_html_marks_quotes_and_figures_and_escapes_the_text():
    doc = pw.analyze(TEXT)
    page = doc._repr_html_()
    assert page.count("<mark") >= len(doc.quotes) + len(doc.numbers)
    assert "Gustavo Petro" in page and "quote · Gustavo Petro" in page
    assert "money 3,000,000,000 USD" in page
    assert "&lt;b&gt;came&lt;/b&gt; &amp; left" in page and "<b>came</b>" not in page
    assert pw.analyze("")._repr_html_().count("<mark") == 0
