"""Shared fixtures: the loaded pipeline once per test session."""
from __future__ import annotations

import json
import os
import shutil
from pathlib import Path
from typing import Callable

import pytest

if int(os.environ.get("PYTEST_XDIST_WORKER_COUNT", "1")) > 1:
    # One test process per core (pyproject's addopts): torch's thread pool (stanza) in each process would spin
    # on the cores the other process needs; measured, it made the stanza tests six times slower.
    os.environ.setdefault("OMP_NUM_THREADS", "1")
    os.environ.setdefault("MKL_NUM_THREADS", "1")

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


@pytest.fixture(scope="session")
def spacy_test_report():  # type: ignore[no-untyped-def]
    """`frclaims evaluate golden --split test` with the default backend, computed once: the regression floors and
    the stanza comparison read it."""
    from frclaims.evaluation import evaluate

    return evaluate(ROOT / "golden", split="test")


@pytest.fixture
def small_dev_golden(tmp_path: Path) -> Callable[[int], Path]:
    """A golden folder under `tmp_path` with the first `n` dev records that have claims, and their articles
    beside it in `corpus/`, as the training scripts read it."""
    def make(n: int) -> Path:
        lines = (ROOT / "golden" / "dev.jsonl").read_text(encoding="utf-8").splitlines()
        records = [r for r in map(json.loads, lines) if r["claims"]][:n]
        (tmp_path / "golden").mkdir()
        (tmp_path / "golden" / "dev.jsonl").write_text("".join(json.dumps(r) + "\n" for r in records),
                                                       encoding="utf-8")
        (tmp_path / "corpus").mkdir()
        for r in records:
            shutil.copy(ROOT / r["path"], tmp_path / r["path"])
        return tmp_path / "golden"
    return make
