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
def rules_period_pipeline():  # type: ignore[no-untyped-def]
    """A pipeline whose periods are the rules' alone (the period model keeps them): the tests of what the rules
    read of units; what the model makes of them is measured on the golden set."""
    from frclaims.periodmodel import PeriodModel
    from frclaims.pipeline import Pipeline

    return Pipeline(period_model=PeriodModel.keeping_rules())


@pytest.fixture(scope="session")
def corpus_texts() -> dict[str, str]:
    return {p.stem: p.read_text(encoding="utf-8") for p in sorted(CORPUS.glob("*.txt"))}
