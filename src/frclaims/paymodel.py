"""The pay decision: whether an amount is a wage claim, from the evidence linking gathered for it (its cues, its
unit, workers named in its clause, the hand-set score they add up to) and the words around it.

The hand-set weights of `data/cues.tsv` say which words matter; how much each counts against the others is
learnt. A logistic regression over these features, trained on the development split of the golden set by
`scripts/train_models.py`, decides; its weights are data (`data/pay_model.json`). Words near the amount let
it learn what no cue list holds. Claim F1 with the score threshold alone (score >= 1) and with the model, when it
came (493 dev, 393 test articles): on the dev split, each fold of articles decided by a model trained on the
others, 0.881 and 0.887; on the test split, which it never saw, 0.825 and 0.831. An amount with no evidence of pay at all never reaches the model
(`linking._claim`)."""
from __future__ import annotations

import json
import math
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from functools import cache
from importlib import resources
from pathlib import Path

from . import context_words

# What linking has found when it decides (the provenance it wrote so far): the amount's shape, its cues, its
# unit, workers in its clause and the adjustments of `linking._claim`. What it finds after (kind, payers, place)
# is no evidence of pay.
EVIDENCE = ("money:", "cue:", "sentence-cue:", "period:", "role:", "large-amount", "hypothetical",
            "to-organisation", "customer-pays", "price-per-worker")


def features(text: str, start: int, end: int, score: float, period: str | None, value: float,
             provenance: Iterable[str], words_before: int, words_after: int) -> dict[str, float]:
    """The features of one amount (`text[start:end]`): its hand-set score, each evidence mark of its provenance
    (and, for cues, their category), its period, the order of magnitude of its value, and the lower-case words
    just before and after it."""
    # The score's old thresholds: 1 made a claim, 0 a claim beside another.
    found: dict[str, float] = {"score": score, "score>=1": float(score >= 1), "score>=0": float(score >= 0),
                               f"period={period}": 1.0, "log10": math.log10(max(value, 1e-3))}
    for mark in provenance:
        if not mark.startswith(EVIDENCE):
            continue
        found[mark] = 1.0
        where, _, rest = mark.partition(":")
        if where in ("cue", "sentence-cue"):
            family = f"{where}:{rest.partition(':')[0]}"
            found[family] = found.get(family, 0.0) + 1.0
    for word in context_words.words_before(text, start, words_before):
        found[f"before:{word}"] = 1.0
    for word in context_words.words_after(text, end, words_after):
        found[f"after:{word}"] = 1.0
    return found


@dataclass(frozen=True)
class PayModel:
    """A logistic regression over `features`: an amount is a claim when its probability reaches `threshold`."""
    weights: Mapping[str, float]
    bias: float
    threshold: float = 0.5
    words_before: int = 6
    words_after: int = 4
    trained_on: str = ""

    def is_pay(self, text: str, start: int, end: int, value: float, score: float, period: str | None,
               provenance: Iterable[str]) -> tuple[bool, float]:
        """Whether the amount `text[start:end]` is pay, and the probability that says so."""
        probability = self.probability(features(text, start, end, score, period, value, provenance,
                                                self.words_before, self.words_after))
        return probability >= self.threshold, probability

    def probability(self, found: Mapping[str, float]) -> float:
        z = self.bias + sum(self.weights.get(name, 0.0) * value for name, value in found.items())
        return 1.0 / (1.0 + math.exp(-max(-60.0, min(60.0, z))))

    def to_dict(self) -> dict[str, object]:
        return {"bias": self.bias, "threshold": self.threshold, "words_before": self.words_before,
                "words_after": self.words_after, "trained_on": self.trained_on,
                "weights": dict(sorted(self.weights.items()))}

    def save(self, path: str | Path) -> None:
        Path(path).write_text(json.dumps(self.to_dict(), ensure_ascii=False, indent=0) + "\n", encoding="utf-8")

    @classmethod
    def from_dict(cls, data: Mapping[str, object]) -> PayModel:
        weights = data.get("weights")
        if not isinstance(weights, dict):
            raise ValueError("a pay model needs a 'weights' object of feature -> weight")
        return cls({str(k): float(v) for k, v in weights.items()}, float(data["bias"]),  # type: ignore[arg-type]
                   float(data.get("threshold", 0.5)), int(data.get("words_before", 6)),  # type: ignore[arg-type]
                   int(data.get("words_after", 4)), str(data.get("trained_on", "")))  # type: ignore[arg-type]

    @classmethod
    def load(cls, path: str | Path) -> PayModel:
        return cls.from_dict(json.loads(Path(path).read_text(encoding="utf-8")))


@cache
def default_model() -> PayModel:
    """The model shipped with frclaims (`data/pay_model.json`), read once."""
    return PayModel.from_dict(json.loads(resources.files("frclaims.data").joinpath("pay_model.json")
                                         .read_text(encoding="utf-8")))
