"""``to_dict()`` for every class and ``Document._repr_html_``: presentation, kept in Python.

The HTML view marks the document's quotations (with their type and speaker) and figures
(with their kind and value) in the text, as displaCy marks entities, so a notebook shows
what was found where.
"""

from __future__ import annotations

import html
from itertools import pairwise
from typing import Any

from ._native import Document, Number, Quote, Sentence, Token

#: The constructor's arguments of each class, in order: what ``to_dict`` returns.
FIELDS: dict[type, tuple[str, ...]] = {
    Token: ("text", "start", "end", "kind", "norm", "sentence"),
    Sentence: ("text", "start", "end"),
    Quote: (
        "text",
        "start",
        "end",
        "type",
        "speaker",
        "speaker_mention",
        "speaker_start",
        "speaker_end",
        "cue",
        "cue_start",
        "cue_end",
        "speaker_type",
        "cue_kind",
    ),
    Number: (
        "text",
        "start",
        "end",
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
    ),
}

QUOTE_COLOURS = {
    "quote": "#fde68a",
    "partial": "#fef3c7",
    "indirect": "#e0e7ff",
    "term": "#e5e7eb",
    "title": "#fbcfe8",
}
NUMBER_COLOUR = "#bbf7d0"


def _to_dict(self: Any) -> dict[str, Any]:
    """The fields as a dict: ``type(x)(**x.to_dict()) == x``."""
    return {name: getattr(self, name) for name in FIELDS[type(self)]}


def _document_to_dict(self: Document) -> dict[str, Any]:
    """The text and every item as dicts: ``Document(text, [Token(**t) ...], ...)`` rebuilds it."""
    return {
        "text": self.text,
        "tokens": [t.to_dict() for t in self.tokens],
        "sentences": [s.to_dict() for s in self.sentences],
        "quotes": [q.to_dict() for q in self.quotes],
        "numbers": [n.to_dict() for n in self.numbers],
    }


def _label(text: str, colour: str) -> str:
    return f'<span style="font-size:0.7em;font-weight:bold;background:{colour};padding:0 0.3em;margin-left:0.2em;border-radius:0.3em">{html.escape(text)}</span>'


def _quote_label(q: Quote) -> str:
    return f"{q.type} · {q.speaker}" if q.speaker else q.type


def _number_label(n: Number) -> str:
    value = "" if n.value is None else f" {n.value:,.15g}"
    unit = f" {n.unit}" if n.unit else ""
    return f"{n.kind}{value}{unit}"


def _document_repr_html(self: Document) -> str:
    """The text with quotations and figures marked, each labelled (type and speaker; kind
    and value). Quotations do not overlap one another, nor figures; a figure inside a
    quotation is marked inside it."""
    text = self.text
    spans: list[tuple[int, int, str, Any]] = [(q.start, q.end, "q", q) for q in self.quotes]
    spans += [(n.start, n.end, "n", n) for n in self.numbers]
    cuts = sorted({0, len(text), *(s for s, _, _, _ in spans), *(e for _, e, _, _ in spans)})
    out = []
    for a, b in pairwise(cuts):
        piece = html.escape(text[a:b])
        for start, end, what, item in spans:
            if start <= a and b <= end and start < end:
                colour = NUMBER_COLOUR if what == "n" else QUOTE_COLOURS.get(item.type, "#fde68a")
                piece = (
                    f'<mark style="background:{colour};padding:0.1em 0;border-radius:0.2em">{piece}</mark>'
                )
                if b == end:
                    piece += _label(_number_label(item) if what == "n" else _quote_label(item), colour)
        out.append(piece)
    head = f"<div style='font-size:0.8em;color:#555'>Document: {len(self.sentences)} sentences, {len(self.quotes)} quotations, {len(self.numbers)} figures</div>"
    return (
        f'{head}<div style="white-space:pre-wrap;line-height:2.2;font-family:sans-serif">{"".join(out)}</div>'
    )


def install() -> None:
    """Attaches the methods to the extension's classes."""
    for cls in FIELDS:
        cls.to_dict = _to_dict  # type: ignore[attr-defined,method-assign,unused-ignore]
    Document.to_dict = _document_to_dict  # type: ignore[attr-defined,method-assign,unused-ignore]
    Document._repr_html_ = _document_repr_html  # type: ignore[attr-defined,method-assign,unused-ignore]
