"""Metrics shared by the accuracy evaluations (sentences now; quotes and numbers later).

Spans are ``(start, end)`` code-point offsets into one text. Every metric first trims
whitespace off both ends of each span, so tools that keep or drop the trailing space of a
sentence score the same.
"""

from __future__ import annotations

from dataclasses import dataclass


def trim(text: str, span) -> tuple[int, int]:
    a, b = span
    while a < b and text[a].isspace():
        a += 1
    while b > a and text[b - 1].isspace():
        b -= 1
    return a, b


def trimmed(text: str, spans) -> list[tuple[int, int]]:
    return [s for s in (trim(text, sp) for sp in spans) if s[0] < s[1]]


@dataclass
class PRF:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    def add(self, gold: set, pred: set) -> None:
        self.tp += len(gold & pred)
        self.fp += len(pred - gold)
        self.fn += len(gold - pred)

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def as_dict(self) -> dict:
        return {
            "tp": self.tp,
            "fp": self.fp,
            "fn": self.fn,
            "precision": self.precision,
            "recall": self.recall,
            "f1": self.f1,
        }


def boundaries(text: str, spans) -> set[int]:
    """Sentence boundaries: the start offset of every sentence but the text's first."""
    starts = {a for a, _ in trimmed(text, spans)}
    first = len(text) - len(text.lstrip())
    starts.discard(first)
    return starts


def exact_spans(text: str, spans) -> set[tuple[int, int]]:
    """Whole sentences, for an exact-match P/R/F1 (both ends must agree)."""
    return set(trimmed(text, spans))


def sentences_equal(predicted: list[str], expected: list[str]) -> bool:
    """Golden Rules criterion: the same list of sentences after stripping whitespace
    (empty predictions dropped)."""
    return [s.strip() for s in predicted if s.strip()] == [s.strip() for s in expected]


def collapse_ws(s: str) -> str:
    return " ".join(s.split())


def sentences_equal_ws(predicted: list[str], expected: list[str]) -> bool:
    """Looser criterion used for the newline rules (40-42): internal whitespace runs compared
    as one space, since a span-preserving splitter cannot join 'cold \\nnight'."""
    return [collapse_ws(s) for s in predicted if s.strip()] == [collapse_ws(s) for s in expected]


def overlap_prf(gold, pred, min_overlap: float = 0.5) -> PRF:
    """P/R/F1 where a predicted span matches a gold span when they overlap by at least
    ``min_overlap`` of the longer one (one-to-one, greedy) — for quote or number spans whose
    edges legitimately differ by a mark or a unit."""
    out = PRF()
    used: set[int] = set()
    for g in gold:
        for j, p in enumerate(pred):
            if j in used:
                continue
            inter = min(g[1], p[1]) - max(g[0], p[0])
            if inter > 0 and inter >= min_overlap * max(g[1] - g[0], p[1] - p[0]):
                used.add(j)
                out.tp += 1
                break
        else:
            out.fn += 1
    out.fp += len(pred) - len(used)
    return out
