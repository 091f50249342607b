from pathlib import Path

import pytest

DATA = Path(__file__).parent / "data"
SEEDS = sorted((DATA / "seeds").glob("*.txt"))


@pytest.fixture(scope="session")
def seed_texts() -> dict[str, str]:
    """The five seed articles, by file name (read exactly as the gold offsets expect)."""
    return {p.name: p.read_text(encoding="utf-8") for p in SEEDS}

ROOT = Path(__file__).resolve().parents[1]
SHARED = Path(__import__("os").environ.get("PRESSWORK_SHARED", ROOT.parent / "shared"))


@pytest.fixture(scope="session")
def bbc_texts():
    """The BBC validation articles (334) from ../shared, as a pandas Series."""
    import pandas as pd

    path = SHARED / "corpus" / "bbc" / "val.csv"
    if not path.exists():
        pytest.skip(f"BBC corpus not found at {path} (set PRESSWORK_SHARED)")
    return pd.read_csv(path)["text"]
