"""Shared fixtures: the loaded pipeline once per test session."""
from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT / "corpus"


@pytest.fixture(scope="session")
def pipeline():  # type: ignore[no-untyped-def]
    import frclaims

    return frclaims.load("spacy")


@pytest.fixture(scope="session")
def corpus_texts() -> dict[str, str]:
    return {p.stem: p.read_text(encoding="utf-8") for p in sorted(CORPUS.glob("*.txt"))}
