"""Shared fixtures. Every test reads data in the repository or text written here: a fresh
clone passes with nothing beside it (evaluations on the larger corpora live in bench/)."""

import random
from pathlib import Path

import pytest

DATA = Path(__file__).parent / "data"
SEEDS = sorted((DATA / "seeds").glob("*.txt"))

# Invented news, to build a corpus of many articles of varied shapes: quotes with and
# without speakers, figures of every common kind, curly and straight marks, wrapped lines.
_PEOPLE = [
    "Maria Lopez",
    "James Okafor",
    "Chen Wei",
    "Anna Petrov",
    "David Mensah",
    "Sofia Rossi",
    "Tom Baker",
    "Leila Haddad",
]
_ROLES = [
    "the finance minister",
    "a spokeswoman for the ministry",
    "the union leader",
    "the mayor",
    "a senior analyst",
]
_CUES = ["said", "told reporters", "added", "warned", "insisted"]
_SENTENCES = [
    "“We will not accept these terms,” {person} {cue}.",
    "{person}, {role}, {cue} the plan was “a real step forward”.",
    '"The numbers speak for themselves," {cue} {person}.',
    "According to {person}, the talks would resume on {month} {day}.",
    "Prices rose {pct}% in {month}, the fastest rise since {year}.",
    "The council spent about ${money} million on roads, up from ${money2} million in {year}.",
    "Around {count:,} people attended the rally, police said.",
    "Unemployment fell by {pts} percentage points to {pct}%.",
    "The company employs between {low} and {high} workers at the plant.",
    "Some called the deal a 'lifeline'; others were less sure.",
    "The report, titled “Counting the Cost”, runs to {count2} pages.",
    "Shares closed at £{price} on {month} {day}, {year}.",
]
_MONTHS = ["January", "March", "May", "July", "September", "November"]


def invented_article(rng: random.Random, sentences: int = 12) -> str:
    """One invented news article: a headline and paragraphs of templated sentences."""
    person = rng.choice(_PEOPLE)
    lines = [f"{person.split()[-1]} under pressure as talks stall", ""]
    for i in range(sentences):
        template = rng.choice(_SENTENCES)
        lines.append(
            template.format(
                person=rng.choice(_PEOPLE) if i % 3 else person,
                role=rng.choice(_ROLES),
                cue=rng.choice(_CUES),
                month=rng.choice(_MONTHS),
                day=rng.randint(1, 28),
                year=rng.randint(1990, 2025),
                pct=round(rng.uniform(0.5, 12), 1),
                pts=round(rng.uniform(0.1, 2), 1),
                money=rng.randint(2, 900),
                money2=rng.randint(2, 900),
                count=rng.randint(1000, 90000),
                count2=rng.randint(20, 400),
                low=rng.randint(100, 400),
                high=rng.randint(500, 900),
                price=round(rng.uniform(1, 40), 2),
            )
        )
        if rng.random() < 0.4:
            lines.append("")
    text = "\n".join(lines)
    return text.replace("\n", "\r\n") if rng.random() < 0.2 else text


@pytest.fixture(scope="session")
def seed_texts() -> dict[str, str]:
    """The five seed articles, by file name (read exactly as the gold offsets expect)."""
    return {p.name: p.read_text(encoding="utf-8") for p in SEEDS}


@pytest.fixture(scope="session")
def news_texts(seed_texts):
    """300 articles as a pandas Series: the five seed articles and invented ones."""
    import pandas as pd

    rng = random.Random(17)
    texts = list(seed_texts.values()) + [invented_article(rng, rng.randint(3, 30)) for _ in range(295)]
    return pd.Series(texts, name="text")
