from pathlib import Path

import pytest

DATA = Path(__file__).parent / "data"
SEEDS = sorted((DATA / "seeds").glob("*.txt"))


@pytest.fixture(scope="session")
def seed_texts() -> dict[str, str]:
    """The five seed articles, by file name (read exactly as the gold offsets expect)."""
    return {p.name: p.read_text(encoding="utf-8") for p in SEEDS}
