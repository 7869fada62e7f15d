"""The period of a claim (hour, day, week, month, year, task or none), learnt: the period the rules found and how
(a unit after or before the amount, carried from the figure before, lent by figures of the same size, a salary
read by the month), the cues of the amount, its size in its currency, and the words around it and in its sentence.

The rules read a unit written next to the amount well; where none is written, the period is told by the rest of
the sentence ("la course", "chaque mois", "un salaire") or by the size of the figure (2 000 euros is no hourly
rate), and the rules' carrying and majority votes weigh that badly. A multinomial logistic regression, trained on
the development split of the golden set by `scripts/train_models.py`, decides the period of each claim before
claims are counted (SPEC section 2: one claim per amount, currency and period); its weights are data
(`data/period_model.json`). Pay stated per several units of time keeps no period, as the guide says.

It also reads what the article's other claims say (`linking._periods_around`, passed as `context`): the share of
those of the claim's currency and size with each period, and the period of the claim before it in its paragraph.
The rules' carrying and majority vote give a period or none; these give the model the evidence itself ("un
tourneur à 2 140" among monthly pay, one hourly rate among monthly figures). Dev, 5-fold by article: period 0.963
to 0.965; cross-fitted, claim F1 0.9157 to 0.9169 (period pair errors 216 to 208), and 0.9174 once the span a
bonus's target is counted over counts as written (`WRITTEN`)."""
from __future__ import annotations

import math
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from decimal import Decimal
from functools import cache

from . import context_words, resources
from .learnt import MultinomialModel, evidence, read_shipped

PERIODS = ("day", "hour", "month", "none", "task", "week", "year")  # "none": no period (null in the output)
WRITTEN = ("period:after", "period:before", "period:target")  # the rules' marks of a unit written in the sentence
# What the rules wrote on a claim that says something of its period.
EVIDENCE = ("period:", "cue:", "sentence-cue:", "money:", "kind:", "pay:")


def features(text: str, start: int, end: int, sentence: tuple[int, int], period: str | None, currency: str,
             low: Decimal, high: Decimal, provenance: Iterable[str], words_before: int, words_after: int,
             context: Mapping[str, float] | None = None) -> dict[str, float]:
    """The features of the claim whose amount is `text[start:end]`, from `low` to `high` in `currency`: the rules'
    period, their evidence marks, the amount's size (by half powers of ten, alone, with its currency and in
    euros), the words just before and after the amount and the words of its sentence."""
    found: dict[str, float] = {f"rule={period or 'none'}": 1.0}
    marks, families = evidence(provenance, EVIDENCE)
    found.update(dict.fromkeys([*marks, *families], 1.0))
    if high > 0:
        size = _half_decades(float(high))
        found[f"size={size}"] = 1.0
        found[f"size={size}&{currency}"] = 1.0
        found[f"rule={period or 'none'}&size={size}"] = 1.0
        rate = resources.euro_rates().get(currency)
        if rate:  # the size in euros, which every currency shares: 6 000 dirhams and 550 euros are a month's pay
            in_euros = _half_decades(float(high) / rate)
            found[f"euro-size={in_euros}"] = 1.0
            found[f"rule={period or 'none'}&euro-size={in_euros}"] = 1.0
    found["range"] = float(low != high)
    found.update(context_words.features(text, start, end, words_before, words_after, sentence))
    if context:
        found.update(context)
    return found


def _half_decades(value: float) -> float:
    """The size of a positive value by half powers of ten: 550 is 2.5, 6 000 is 3.5."""
    return math.floor(2 * math.log10(value)) / 2


@dataclass(frozen=True)
class PeriodModel(MultinomialModel):
    """A multinomial logistic regression over `features`: one weight per period (and "none") for each feature."""
    words_before: int = 6
    words_after: int = 6
    # A period the rules did not find is given only when it is more likely than not: SPEC section 2 wants none
    # where nothing states one. On dev (5-fold by article), period accuracy 0.964 with no such floor, 0.962 with it.
    min_to_add: float = 0.5
    # And a period written beside the amount ("une prime annuelle de 450 euros", "12 euros de l'heure"), or as the
    # span a bonus's target is counted over ("600 commandes dans le mois"), is taken away only when the model is
    # this sure: bonuses mostly have none, so it learns to drop the period of a
    # "prime hebdomadaire" too. Dev, period 5-fold by article, 6,465 claims: 0.9613 with no such floor, 0.9623 at
    # 0.6, 0.9626 at 0.7, 0.9623 at 0.8 and 0.9, 0.9621 with the written period always kept.
    min_to_remove: float = 0.7
    trained_on: str = ""

    def period_of(self, text: str, start: int, end: int, sentence: tuple[int, int], period: str | None,
                  currency: str, low: Decimal, high: Decimal, provenance: Iterable[str],
                  context: Mapping[str, float] | None = None) -> tuple[str | None, float]:
        """The period of the claim whose amount is `text[start:end]` (None: no period), and its probability."""
        best, probability = self.decide(features(text, start, end, sentence, period, currency, low, high,
                                                 provenance, self.words_before, self.words_after, context))
        return (None if best == "none" else best), probability

    @classmethod
    def keeping_rules(cls) -> PeriodModel:
        """A model that keeps the period the rules found: to see or test what they read alone."""
        return cls(PERIODS, {f"rule={p}": tuple(20.0 if q == p else 0.0 for q in PERIODS) for p in PERIODS},
                   (0.0,) * len(PERIODS))

    def decide(self, found: Mapping[str, float]) -> tuple[str, float]:
        """The most probable period ("none" included), unless the rules found none and it is below `min_to_add`,
        or it is none where the rules read a period written beside the amount and it is below `min_to_remove`."""
        best, probability = self.best(found)
        if best != "none" and found.get("rule=none") == 1.0 and probability < self.min_to_add:
            return "none", probability
        if best == "none" and probability < self.min_to_remove and any(found.get(mark) for mark in WRITTEN):
            rule = next((p for p in PERIODS if found.get(f"rule={p}") == 1.0), "none")
            return rule, probability
        return best, probability


@cache
def default_model() -> PeriodModel:
    """The model shipped with frclaims (`data/period_model.json`), read once."""
    return PeriodModel.from_dict(read_shipped("period_model.json"))
