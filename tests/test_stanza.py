"""The stanza backend with the project's own French model (models/stanza/, built by
scripts/build_stanza_model.py), loaded through the real `stanza.Pipeline`: nothing is mocked.

Skipped only when stanza is not installed (`pip install 'frclaims[stanza]'`)."""
from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest

stanza = pytest.importorskip("stanza")

import frclaims  # noqa: E402
from frclaims.backends import Annotation, get_backend  # noqa: E402
from frclaims.backends.stanza_backend import ENV_DIR, StanzaBackend, find_resources_dir  # noqa: E402
from frclaims.segment import segment  # noqa: E402

pytestmark = pytest.mark.slow

ROOT = Path(__file__).resolve().parents[1]
PROJECT_MODEL = ROOT / "models" / "stanza"
NER_LABELS = {"PER", "LOC", "ORG", "MISC"}
# Articles where the claims are plain ("2 dollars de l'heure"): both backends must find the same amounts.
SIMPLE_ARTICLES = ["003_14881ce0bdde07dd", "106_deliveroo_bordeaux", "117_smic_revalorisation_novembre",
                   "119_salaire_minimum_geneve"]


@pytest.fixture(scope="session")
def stanza_backend() -> StanzaBackend:
    return StanzaBackend()


def _paragraphs(text: str) -> list[str]:
    return [text[s.start:s.end] for s in segment(text).paragraphs]


def _amounts(result: frclaims.Result) -> list[tuple[str, Decimal, Decimal, str, int, int]]:
    return sorted((c.amount.text, c.amount.min, c.amount.max, c.amount.currency, c.amount.start, c.amount.end)
                  for c in result.claims)


def test_stanza_backend_loads_the_project_model_by_default(stanza_backend: StanzaBackend) -> None:
    assert stanza_backend.resources_dir.resolve() == PROJECT_MODEL.resolve()
    assert isinstance(stanza_backend.nlp, stanza.Pipeline)
    assert {"tokenize", "mwt", "ner"} <= set(stanza_backend.nlp.processors)
    assert get_backend("stanza").name == "stanza"


@pytest.mark.parametrize(("text", "expected"), [
    ("Il a parlé du salaire des livreurs au Kenya.", "il a parlé de le salaire des livreurs à le kenya ."),
    ("Il pense aux livreurs.", "il pense à les livreurs ."),
])
def test_stanza_backend_expands_french_contractions(stanza_backend: StanzaBackend, text: str, expected: str) -> None:
    """du, au, aux are multi-word tokens (de le, à le, à les); "des" is left alone; tokens keep their offsets."""
    sentences = stanza_backend.nlp(text).sentences
    assert [w.text.lower() for s in sentences for w in s.words] == expected.split()
    tokens = [t for s in sentences for t in s.tokens]
    assert [text[t.start_char:t.end_char] for t in tokens] == [t.text for t in tokens]
    assert len(tokens) < len(expected.split())


def test_stanza_backend_annotations_have_valid_offsets(stanza_backend: StanzaBackend,
                                                       corpus_texts: dict[str, str]) -> None:
    """Every fourth corpus article, paragraph by paragraph (the whole corpus passes through stanza in
    the test-split tests below; this one checks the backend's own annotations)."""
    sample = list(corpus_texts.values())[::4]
    texts = [p for text in sample for p in _paragraphs(text)] + ["", "  \n "]
    annotations = list(stanza_backend.annotate(texts, batch_size=16))
    assert len(annotations) == len(texts)
    assert annotations[-2:] == [Annotation(), Annotation()]
    labels: set[str] = set()
    for text, annotation in zip(texts, annotations):
        if not text.strip():
            continue
        assert annotation.sentences, text
        previous_end = 0
        for start, end in annotation.sentences:
            assert previous_end <= start < end <= len(text)
            assert text[start:end] == text[start:end].strip()
            previous_end = end
        for label, start, end in annotation.entities:
            labels.add(label)
            assert 0 <= start < end <= len(text)
            assert text[start:end].strip() == text[start:end]
    assert labels <= NER_LABELS
    assert {"ORG", "LOC"} <= labels


def test_stanza_backend_entities_match_stanza_text(stanza_backend: StanzaBackend, corpus_texts: dict[str, str]) -> None:
    paragraph = _paragraphs(corpus_texts["003_14881ce0bdde07dd"])
    for text, doc in zip(paragraph, stanza_backend.nlp.bulk_process(paragraph)):
        for entity in doc.ents:
            assert text[entity.start_char:entity.end_char] == entity.text


@pytest.mark.parametrize("article", SIMPLE_ARTICLES)
def test_stanza_extract_finds_the_same_amounts_as_spacy(corpus_texts: dict[str, str], article: str) -> None:
    text = corpus_texts[article]
    with_stanza = frclaims.extract(text, backend="stanza")
    with_spacy = frclaims.extract(text, backend="spacy")
    assert with_stanza.claims
    assert _amounts(with_stanza) == _amounts(with_spacy)


@pytest.fixture(scope="module")
def stanza_on_test_split() -> tuple[list[Any], list[frclaims.Result]]:
    """The golden test articles and what `extract_many` with stanza makes of them: computed once, read by the
    offsets test and the evaluation test."""
    from frclaims.evaluation import load_golden

    articles = load_golden(ROOT / "golden", split="test")
    return articles, list(frclaims.extract_many([a.text for a in articles], backend="stanza"))


def test_stanza_extract_many_keeps_the_offsets_invariant(
        stanza_on_test_split: tuple[list[Any], list[frclaims.Result]]) -> None:
    articles, results = stanza_on_test_split
    assert len(results) == len(articles)
    assert sum(len(r.claims) for r in results) > len(articles) // 2
    for article, result in zip(articles, results):
        text = article.text
        assert result.text == text
        for mention in result.entities:
            assert text[mention.start:mention.end] == mention.text
        for claim in result.claims:
            assert text[claim.amount.start:claim.amount.end] == claim.amount.text
            for ref in (*claim.organisations, claim.place, claim.role):
                if ref is not None and hasattr(ref, "text"):
                    assert text[ref.start:ref.end] == ref.text


def test_stanza_evaluation_on_the_test_split_is_on_par_with_spacy(
        stanza_on_test_split: tuple[list[Any], list[frclaims.Result]], spacy_test_report: Any) -> None:
    """The test split (never seen by the model) scored as `frclaims evaluate --backend stanza` scores it: claims
    as good as with spaCy (the recognisers and linking are shared), and the backend's entities count."""
    from frclaims.evaluation import score

    articles, results = stanza_on_test_split
    with_stanza = score(articles, [r.to_dict() for r in results], split="test").scores
    assert with_stanza["n_articles"] == len(articles) and with_stanza["n_pred"] > 0
    assert abs(with_stanza["claims_f"] - spacy_test_report.scores["claims_f"]) <= 0.05
    assert with_stanza["ents_ORG_strict_f"] >= 0.5 and with_stanza["ents_LOC_strict_f"] >= 0.5


@pytest.mark.parametrize("how", ["argument", "environment"])
def test_stanza_missing_model_dir_gives_E004(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, how: str) -> None:
    missing = tmp_path / "no_model_here"
    if how == "environment":
        monkeypatch.setenv(ENV_DIR, str(missing))
    with pytest.raises(FileNotFoundError, match=r"\[E004\].*no_model_here.*frclaims models stanza"):
        StanzaBackend(missing if how == "argument" else None)


def test_stanza_missing_model_file_gives_E004(tmp_path: Path) -> None:
    """A resources.json whose model files are gone: stanza's own FileNotFoundError, reworded as E004."""
    (tmp_path / "fr").mkdir()
    (tmp_path / "resources.json").write_text((PROJECT_MODEL / "resources.json").read_text(encoding="utf-8"),
                                             encoding="utf-8")
    with pytest.raises(FileNotFoundError, match=r"\[E004\]"):
        StanzaBackend(tmp_path)


def _cli(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    """The `frclaims` command in a fresh process (the backend is cached per process)."""
    return subprocess.run([sys.executable, "-m", "frclaims.cli", *args], capture_output=True, text=True,
                          env=dict(os.environ, **(env or {})), timeout=600)


def test_stanza_cli_missing_model_names_the_command_to_run(tmp_path: Path) -> None:
    article = tmp_path / "article.txt"
    article.write_text("Les livreurs touchent 3,90 euros par course.", encoding="utf-8")
    done = _cli("extract", "--backend", "stanza", str(article), env={ENV_DIR: str(tmp_path / "empty")})
    assert done.returncode == 2
    assert "[E004]" in done.stderr and "frclaims models stanza --dir" in done.stderr
    assert str(tmp_path / "empty") in done.stderr


def test_stanza_cli_batch_stores_claims_made_with_stanza(tmp_path: Path, corpus_texts: dict[str, str]) -> None:
    folder = tmp_path / "articles"
    folder.mkdir()
    for name in SIMPLE_ARTICLES:
        (folder / f"{name}.txt").write_text(corpus_texts[name], encoding="utf-8")
    db = tmp_path / "store.sqlite"
    done = _cli("batch", "--backend", "stanza", str(folder), "--db", str(db), "--no-progress")
    assert done.returncode == 0, done.stderr[-3000:]
    connection = sqlite3.connect(db)
    try:
        articles = connection.execute("SELECT backend, status, n_claims FROM articles").fetchall()
        claims = connection.execute("SELECT COUNT(*) FROM claims").fetchone()[0]
    finally:
        connection.close()
    assert len(articles) == len(SIMPLE_ARTICLES)
    assert {(backend, status) for backend, status, _ in articles} == {("stanza", "ok")}
    assert all(n > 0 for _, _, n in articles) and claims == sum(n for _, _, n in articles)


def test_stanza_environment_variable_selects_the_folder(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(ENV_DIR, str(PROJECT_MODEL))
    assert find_resources_dir() == PROJECT_MODEL


def test_stanza_shipped_model_matches_its_build_info() -> None:
    """The shipped files are the ones the build script recorded, and small enough to commit."""
    import hashlib

    info = json.loads((PROJECT_MODEL / "build_info.json").read_text(encoding="utf-8"))
    assert info["trained_on"] == "golden dev split only"
    assert not any(name[0] in "2678" for name in info["train_articles"] + info["held_out_articles"])  # test ids
    total = 0
    for name, meta in info["files"].items():
        data = (PROJECT_MODEL / name).read_bytes()
        assert hashlib.sha256(data).hexdigest() == meta["sha256"], name
        total += len(data)
    assert total < 10_000_000  # 8.3 MB on 829 dev articles; the vectors and the NER's corrections to them are
    # capped at MAX_VECTOR_WORDS words, so the size no longer grows with the dev split


def _absolute_paths_in(folder: Path, *extra: str) -> list[tuple[str, str]]:
    """(file, path) for every absolute path of this machine found in the bytes of the files of `folder` (the
    .pt files are uncompressed zip archives of pickles, so the strings stanza stored in them are readable)."""
    needles = {str(ROOT), "/tmp/", "/home/", "/root/", "/work/", *extra}
    if len(str(Path.home())) > 1:
        needles.add(str(Path.home()))
    found = []
    for path in sorted(p for p in folder.rglob("*") if p.is_file()):
        data = path.read_bytes()
        found += [(str(path.relative_to(folder)), n) for n in needles if n.encode() in data]
    return found


def _stored_paths(folder: Path) -> dict[str, str]:
    """The file and folder arguments stanza stored in the config of each model."""
    import torch

    paths = {}
    for path in sorted(folder.glob("fr/*/*.pt")):
        config = torch.load(path, map_location="cpu", weights_only=True).get("config") or {}
        paths |= {f"{path.parent.name}:{k}": v for k, v in config.items()
                  if isinstance(v, str) and ("file" in k or "dir" in k or "/" in v) and v}
    return paths


def test_stanza_shipped_model_is_self_contained() -> None:
    """Nothing in models/stanza refers to the machine it was built on: it loads the same from any clone."""
    assert _absolute_paths_in(PROJECT_MODEL) == []
    stored = _stored_paths(PROJECT_MODEL)
    assert stored["ner:wordvec_pretrain_file"] == "fr/pretrain/frclaims.pt"
    assert not [v for v in stored.values() if os.path.isabs(v)]
    resources = json.loads((PROJECT_MODEL / "resources.json").read_text(encoding="utf-8"))
    assert set(resources) == {"fr"}
    assert not (PROJECT_MODEL / "_work").exists()


def _build(out: Path, steps: str = "30", articles: str = "60") -> None:
    """A short build: few steps, on the first `articles` dev articles (the whole split takes minutes to annotate)."""
    command = [sys.executable, str(ROOT / "scripts" / "build_stanza_model.py"), "--out", str(out),
               "--tokenizer-steps", steps, "--ner-steps", steps, "--articles", articles]
    done = subprocess.run(command, capture_output=True, text=True, env=dict(os.environ), timeout=900)
    assert done.returncode == 0, done.stderr[-3000:]


def test_stanza_build_script_is_deterministic_and_loadable(tmp_path: Path) -> None:
    """Two short runs of the real build (few steps, few articles) into two folders give the same bytes, refer to
    neither folder, and load through stanza.Pipeline like the shipped model."""
    first, second = tmp_path / "first", tmp_path / "second"
    _build(first)
    _build(second)
    info = json.loads((first / "build_info.json").read_text(encoding="utf-8"))
    assert sorted(info["files"]) == ["fr/mwt/frclaims.pt", "fr/ner/frclaims.pt", "fr/pretrain/frclaims.pt",
                                     "fr/tokenize/frclaims.pt"]
    for name in [*info["files"], "resources.json"]:
        assert (first / name).read_bytes() == (second / name).read_bytes(), name
    assert _absolute_paths_in(first, str(tmp_path)) == []
    assert not (first / "_work").exists()
    annotation = next(StanzaBackend(first).annotate(["Les livreurs de Deliveroo à Bordeaux touchent 3,90 euros."]))
    assert annotation.sentences and annotation.sentences[0][0] == 0 and annotation.sentences[-1][1] == 57
