"""Where a claim's workers are, learnt: each place the article names (and the rules' choice, and none) is a
candidate, described by where its mentions stand from the amount, how often and how the article names it, whether
it is a country, the article's main place or the rules' choice, and the two words before its nearest mention
("originaire de", "siège à"). A logistic regression scores each candidate; the best one is the place.

The rules (`linking._place`) take the nearest place that is no origin nor a company's seat, else the article's
main place; the golden labels take the city or its country, the nearest mention or the one that places the
workers, in ways no short rule separates. Trained on the development split of the golden set by
`scripts/train_models.py`; weights in `data/place_model.json`. It does not revisit a place a rule of the guide
decided (`linking.RULED_PLACES`). Place accuracy on matched claims, rules alone and with the model: dev, 5-fold by
article, 0.613 and 0.645; test split, which it never saw, 0.597 and 0.631."""
from __future__ import annotations

import json
import math
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from functools import cache
from importlib import resources
from pathlib import Path
from typing import Protocol

from . import context_words, places
from .records import Mention, Span

# Right before a place: a preposition that says where ("à Lyon", "en Grèce", "dans le Nord").
LOCATIVE = re.compile(r"(?:(?<!\w)(?:à|en|au|aux|dans|de|du|des))[ \u00a0]+(?:l['’]|la[ \u00a0]|le[ \u00a0]|les[ \u00a0])?$",
                      re.IGNORECASE)
MAX_SENTENCES_BACK = 10  # a farther mention counts as this far


class PlacedArticle(Protocol):
    """What the place model reads of an article (`linking.Article` has it)."""
    text: str
    places: list[Mention]

    @property
    def worker_places(self) -> list[Mention]: ...

    @property
    def main_place(self) -> Mention | None: ...

    def sentence_index(self, offset: int) -> int: ...


def name_of(mention: Mention) -> str:
    """The name a place mention stands for ("kényans": "Kenya")."""
    return mention.value or mention.text


def candidates(article: PlacedArticle) -> dict[str, list[Mention]]:
    """The places the article names, each with its mentions in text order."""
    found: dict[str, list[Mention]] = {}
    for mention in sorted(article.places, key=lambda m: m.start):
        found.setdefault(name_of(mention), []).append(mention)
    return found


def features(article: PlacedArticle, amount: Span, kind: str, place_how: str, rule: str | None,
             name: str | None, mentions: Sequence[Mention]) -> dict[str, float]:
    """The features of one candidate (`name`, None for no place) for the claim whose amount is `amount`."""
    found: dict[str, float] = {f"kind={kind}": 1.0, f"rule-how={place_how}": 1.0}
    if name is None:
        found["none"] = 1.0
        found["none&rule-none"] = float(rule is None)
        return found
    is_rule = float(name == rule)
    found["is-rule"] = is_rule
    found[f"is-rule&{place_how}"] = is_rule
    found["count"] = math.log1p(len(mentions))
    main = article.main_place
    found["is-main"] = float(main is not None and name == name_of(main))
    if not mentions:
        return found
    first = mentions[0]
    country = places.mention_country(first)
    is_country = places.is_country(first)
    found["is-country"] = float(is_country)
    found["spans-countries"] = float(places.spans_countries(first))
    found["same-country-as-main"] = float(main is not None and country is not None
                                          and country == places.mention_country(main))
    found["is-first"] = float(first.start == min(m.start for m in article.places))
    found["in-worker-places"] = float(any(m in article.worker_places for m in mentions))
    if country is not None:
        found["country-mentions"] = math.log1p(sum(places.mention_country(m) == country for m in article.places))
        if is_country:
            found["country-with-cities"] = float(any(not places.is_country(m) and places.mention_country(m) == country
                                                     for m in article.places))
    here = article.sentence_index(amount.start)
    before = [m for m in mentions if m.start < amount.start]
    after = [m for m in mentions if m.start >= amount.end]
    if before:
        nearest = before[-1]
        found["distance-before"] = math.log1p(amount.start - nearest.end)
        found["sentences-back"] = min(here - article.sentence_index(nearest.start), MAX_SENTENCES_BACK)
        found["same-sentence-before"] = float(article.sentence_index(nearest.start) == here)
        found["locative-before"] = float(LOCATIVE.search(article.text, max(0, nearest.start - 12), nearest.start)
                                         is not None)
        found[f"source={nearest.source.partition(':')[0]}"] = 1.0
        for word in context_words.words_before(article.text, nearest.start, 2):
            found[f"word-before:{word}"] = 1.0
    else:
        found["none-before"] = 1.0
    if after:
        found["distance-after"] = math.log1p(after[0].start - amount.end)
        found["same-sentence-after"] = float(article.sentence_index(after[0].start) == here)
    return found


@dataclass(frozen=True)
class PlaceModel:
    """A logistic regression that scores one candidate place; the best candidate is the claim's place."""
    weights: Mapping[str, float]
    bias: float
    trained_on: str = ""

    def score(self, found: Mapping[str, float]) -> float:
        z = self.bias + sum(self.weights.get(name, 0.0) * value for name, value in found.items())
        return 1.0 / (1.0 + math.exp(-max(-60.0, min(60.0, z))))

    def choose(self, article: PlacedArticle, options: Mapping[str, Sequence[Mention]], amount: Span, kind: str,
               place_how: str, rule: str | None) -> tuple[str | None, float]:
        """The best candidate among `options` (`candidates`), the rules' choice and none (None), and its score."""
        named: dict[str | None, Sequence[Mention]] = dict(options)
        if rule is not None:
            named.setdefault(rule, [])
        named[None] = []
        scored = [(self.score(features(article, amount, kind, place_how, rule, name, mentions)), name)
                  for name, mentions in named.items()]
        best_score, best = max(scored, key=lambda pair: pair[0])
        return best, best_score

    def to_dict(self) -> dict[str, object]:
        return {"bias": self.bias, "trained_on": self.trained_on, "weights": dict(sorted(self.weights.items()))}

    def save(self, path: str | Path) -> None:
        Path(path).write_text(json.dumps(self.to_dict(), ensure_ascii=False, indent=0) + "\n", encoding="utf-8")

    @classmethod
    def from_dict(cls, data: Mapping[str, object]) -> PlaceModel:
        weights = data.get("weights")
        if not isinstance(weights, dict):
            raise ValueError("a place model needs a 'weights' object of feature -> weight")
        return cls({str(k): float(v) for k, v in weights.items()}, float(data["bias"]),  # type: ignore[arg-type]
                   str(data.get("trained_on", "")))

    @classmethod
    def load(cls, path: str | Path) -> PlaceModel:
        return cls.from_dict(json.loads(Path(path).read_text(encoding="utf-8")))


@cache
def default_model() -> PlaceModel:
    """The model shipped with frclaims (`data/place_model.json`), read once."""
    return PlaceModel.from_dict(json.loads(resources.files("frclaims.data").joinpath("place_model.json")
                                           .read_text(encoding="utf-8")))
