"""Which organisations pay a claim's workers, learnt: each organisation the article names is a candidate, kept
when a logistic regression scores it at or above a threshold. It reads whether the rules chose it, whether it
may pay at all (`linking._is_payer_candidate`), how often and how near the amount the article names it, what
it is (platform, subcontractor...) and the two words before its nearest and first mentions ("client", "chez",
"sous-traitant").

The rules (`linking._organisations`) take the payers of the amount's sentence or of the two before, else the
article's main payers, with the partner of a working relation; where they reach far or fall back on the main
payers, one candidate at a time is read better than one set. Trained on the
development split of the golden set by `scripts/train_models.py`; weights in `data/org_model.json`. It does not
revisit what a rule of the guide decided (`linking.RULED_ORGANISATIONS`): none for a legal minimum, the payers of
the amount's sentence or the one before, payers in a working relation the text states. Organisations right (exact
set) on matched claims, rules alone and with the model: on the dev claims it decides, 5-fold by article, 0.656 and
0.671; on the whole test split, which it never saw, 0.535 and 0.558."""
from __future__ import annotations

import json
import math
from collections.abc import Collection, Mapping, Sequence
from dataclasses import dataclass
from functools import cache
from importlib import resources
from pathlib import Path
from typing import Protocol

from . import context_words
from .organisations import org_type
from .records import Mention

MAX_SENTENCES_BACK = 10  # a farther mention counts as this far


class OrganisedArticle(Protocol):
    """What the organisation model reads of an article (`linking.Article` has it)."""
    text: str
    organisations: list[Mention]

    def sentence_index(self, offset: int) -> int: ...


def name_of(mention: Mention) -> str:
    """The organisation a mention stands for ("Veridia" found again stands for "Veridia Services")."""
    return mention.value or mention.text


def candidates(article: OrganisedArticle) -> dict[str, list[Mention]]:
    """The organisations the article names, each with its mentions in text order."""
    found: dict[str, list[Mention]] = {}
    for mention in sorted(article.organisations, key=lambda m: m.start):
        found.setdefault(name_of(mention), []).append(mention)
    return found


def features(article: OrganisedArticle, amount_start: int, kind: str, how: str, rule: Collection[str], name: str,
             mentions: Sequence[Mention], payers: Collection[str], main: Collection[str]) -> dict[str, float]:
    """The features of one candidate organisation (`name`, its `mentions`) for the claim whose amount starts at
    `amount_start`; `rule` holds the names the rules chose (`how` says how), `payers` the names that may pay,
    `main` the article's main payers."""
    chosen = float(name in rule)
    found: dict[str, float] = {f"kind={kind}": 1.0, how: 1.0, "in-rule": chosen, f"in-rule&{how}": chosen,
                               "rule-empty": float(not rule), "may-pay": float(name in payers),
                               "is-main": float(name in main), "count": math.log1p(len(mentions))}
    here = article.sentence_index(amount_start)
    before = [m for m in mentions if m.start < amount_start]
    after = [m for m in mentions if m.start > amount_start]
    if before:
        nearest = before[-1]
        back = here - article.sentence_index(nearest.start)
        found["sentences-back"] = min(back, MAX_SENTENCES_BACK)
        found["same-sentence"] = float(back == 0)
        found["one-back"] = float(back == 1)
        found["two-back"] = float(back == 2)
        where, _, label = nearest.source.partition(":")
        found[f"source={where}:{label.rpartition(':')[2]}"] = 1.0
        for word in context_words.words_before(article.text, nearest.start, 2):
            found[f"word-before:{word}"] = 1.0
    else:
        found["none-before"] = 1.0
    if after:
        found["same-sentence-after"] = float(article.sentence_index(after[0].start) == here)
    if mentions:
        for word in context_words.words_before(article.text, mentions[0].start, 2):
            found[f"word-before-first:{word}"] = 1.0
        kind_of_org = org_type(name_of(mentions[0]))
        if kind_of_org:
            found[f"type={kind_of_org}"] = 1.0
    return found


@dataclass(frozen=True)
class OrgModel:
    """A logistic regression that scores one candidate organisation; those at or above `threshold` are kept."""
    weights: Mapping[str, float]
    bias: float
    threshold: float = 0.4
    trained_on: str = ""

    def score(self, found: Mapping[str, float]) -> float:
        z = self.bias + sum(self.weights.get(name, 0.0) * value for name, value in found.items())
        return 1.0 / (1.0 + math.exp(-max(-60.0, min(60.0, z))))

    def choose(self, article: OrganisedArticle, options: Mapping[str, Sequence[Mention]], amount_start: int,
               kind: str, how: str, rule: Collection[str], payers: Collection[str], main: Collection[str]
               ) -> list[tuple[str, float]]:
        """The names kept among `options` (`candidates`) and the rules' choice, with their scores."""
        named: dict[str, Sequence[Mention]] = dict(options)
        for name in rule:
            named.setdefault(name, [])
        scored = [(name, self.score(features(article, amount_start, kind, how, rule, name, mentions, payers,
                                             main)))
                  for name, mentions in named.items()]
        return [(name, score) for name, score in scored if score >= self.threshold]

    def to_dict(self) -> dict[str, object]:
        return {"bias": self.bias, "threshold": self.threshold, "trained_on": self.trained_on,
                "weights": dict(sorted(self.weights.items()))}

    def save(self, path: str | Path) -> None:
        Path(path).write_text(json.dumps(self.to_dict(), ensure_ascii=False, indent=0) + "\n", encoding="utf-8")

    @classmethod
    def from_dict(cls, data: Mapping[str, object]) -> OrgModel:
        weights = data.get("weights")
        if not isinstance(weights, dict):
            raise ValueError("an organisation model needs a 'weights' object of feature -> weight")
        return cls({str(k): float(v) for k, v in weights.items()}, float(data["bias"]),  # type: ignore[arg-type]
                   float(data.get("threshold", 0.4)), str(data.get("trained_on", "")))  # type: ignore[arg-type]

    @classmethod
    def load(cls, path: str | Path) -> OrgModel:
        return cls.from_dict(json.loads(Path(path).read_text(encoding="utf-8")))


@cache
def default_model() -> OrgModel:
    """The model shipped with frclaims (`data/org_model.json`), read once."""
    return OrgModel.from_dict(json.loads(resources.files("frclaims.data").joinpath("org_model.json")
                                         .read_text(encoding="utf-8")))
