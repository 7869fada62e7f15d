"""Train frclaims' pay model (`src/frclaims/data/pay_model.json`) on the development split of the golden set.

    python scripts/train_pay_model.py                       # cross-validate, then write the shipped model
    python scripts/train_pay_model.py --out /tmp/model.json --folds 0

Every amount of every dev article goes through the pipeline as usual. Where linking decides whether an amount is
pay, its features (`frclaims.paymodel.features`) are recorded and the amount is let through. An amount is pay
when the hand labels of its article have a claim of that value (max within 0.5 %, SPEC section 4). A
logistic regression (scikit-learn, L2) is fitted on these. With --folds K, it first prints precision, recall
and F1 of the amounts kept, cross-validated over K groups of articles, beside the hand-set score alone (score
>= 1, the rule before the model). The test split is never read.

Needs the `train` extra: pip install -e ".[train]".
"""
from __future__ import annotations

import argparse
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

from frclaims.evaluation import load_golden  # noqa: E402
from frclaims.paymodel import PayModel, features  # noqa: E402
from frclaims.pipeline import Pipeline  # noqa: E402

TOLERANCE = 0.005  # SPEC section 4


@dataclass(frozen=True)
class _Recorder(PayModel):
    """A pay model that keeps every amount and records what it was asked about."""
    seen: list[tuple[int, float, dict[str, float]]] = field(default_factory=list)

    def is_pay(self, text: str, start: int, end: int, value: float, score: float, period: str | None,
               provenance: Any) -> tuple[bool, float]:
        found = features(text, start, end, score, period, value, list(provenance), self.words_before,
                         self.words_after)
        self.seen.append((start, value, found))
        return True, 1.0


def _is_claimed(value: float, claims: list[dict[str, Any]]) -> bool:
    return any(abs(value - float(c["amount"]["max"])) <= TOLERANCE * max(abs(float(c["amount"]["max"])), 1e-9)
               for c in claims)


def collect(golden: Path, split: str, words_before: int, words_after: int, backend: str = "spacy"
            ) -> tuple[list[dict[str, float]], list[bool], list[str]]:
    """Features, labels and article ids of every amount linking decides on, over one split."""
    rows: list[dict[str, float]] = []
    labels: list[bool] = []
    groups: list[str] = []
    for article in load_golden(golden, split=split):
        recorder = _Recorder({}, 0.0, words_before=words_before, words_after=words_after)
        Pipeline(backend, pay_model=recorder)(article.text)
        for _, value, found in recorder.seen:
            rows.append(found)
            labels.append(_is_claimed(value, article.claims))
            groups.append(article.id)
    return rows, labels, groups


def _prf(kept: list[bool], labels: list[bool]) -> str:
    tp = sum(k and y for k, y in zip(kept, labels))
    fp = sum(k and not y for k, y in zip(kept, labels))
    fn = sum(y and not k for k, y in zip(kept, labels))
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return f"P {p:.3f}  R {r:.3f}  F1 {f:.3f}"


def train(rows: list[dict[str, float]], labels: list[bool], c: float, threshold: float, trained_on: str,
          words_before: int, words_after: int) -> PayModel:
    from sklearn.feature_extraction import DictVectorizer
    from sklearn.linear_model import LogisticRegression

    vectorizer = DictVectorizer()
    matrix = vectorizer.fit_transform(rows)
    regression = LogisticRegression(C=c, max_iter=5000).fit(matrix, labels)
    weights = {name: round(float(w), 5) for name, w in zip(vectorizer.get_feature_names_out(), regression.coef_[0])
               if abs(w) >= 1e-5}
    return PayModel(weights, round(float(regression.intercept_[0]), 5), threshold, words_before, words_after,
                    trained_on)


def cross_validate(rows: list[dict[str, float]], labels: list[bool], groups: list[str], folds: int, c: float,
                   threshold: float, words_before: int, words_after: int) -> list[bool]:
    from sklearn.model_selection import GroupKFold

    kept = [False] * len(rows)
    for train_index, test_index in GroupKFold(folds).split(rows, labels, groups):
        model = train([rows[i] for i in train_index], [labels[i] for i in train_index], c, threshold, "",
                      words_before, words_after)
        for i in test_index:
            kept[i] = model.probability(rows[i]) >= model.threshold
    return kept


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--golden", type=Path, default=ROOT / "golden")
    parser.add_argument("--split", default="dev")
    parser.add_argument("--out", type=Path, default=ROOT / "src" / "frclaims" / "data" / "pay_model.json")
    parser.add_argument("--c", type=float, default=0.3, help="inverse L2 strength (dev CV: 0.3 and 1 tie)")
    parser.add_argument("--threshold", type=float, default=0.6, help="probability from which an amount is pay")
    parser.add_argument("--folds", type=int, default=5, help="cross-validate first (0: do not)")
    parser.add_argument("--words-before", type=int, default=6)
    parser.add_argument("--words-after", type=int, default=4)
    args = parser.parse_args(argv)
    if args.split == "test":
        parser.error("the test split is for reporting only: train on dev")
    rows, labels, groups = collect(args.golden, args.split, args.words_before, args.words_after)
    articles = len(set(groups))
    print(f"{len(rows)} amounts in {articles} {args.split} articles, {sum(labels)} of them claimed")
    if args.folds:
        print(f"score >= 1 alone         {_prf([r['score>=1'] == 1.0 for r in rows], labels)}")
        kept = cross_validate(rows, labels, groups, args.folds, args.c, args.threshold, args.words_before,
                              args.words_after)
        print(f"model, {args.folds}-fold by article  {_prf(kept, labels)}")
    model = train(rows, labels, args.c, args.threshold,
                  f"golden {args.split}: {articles} articles, {len(rows)} amounts", args.words_before, args.words_after)
    model.save(args.out)
    print(f"{len(model.weights)} weights written to {args.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
