"""The pay decision: whether an amount is a wage claim, from the evidence linking gathered for it (its cues, its
unit, workers named in its clause, the hand-set score they add up to) and the words around it.

The hand-set weights of `data/cues.tsv` say which words matter; how much each counts against the others is
learnt. A logistic regression over these features, trained on the development split of the golden set by
`scripts/train_models.py`, decides; its weights are data (`data/pay_model.json`). The words near the amount, and
those of its whole sentence, let it learn what no cue list holds ("l'abonnement mensuel des clients passe à 9
euros": the subscription is far from the amount). Claim F1 with the score threshold alone (score >= 1) and with
the model, when it came (493 dev, 393 test articles): on the dev split, each fold of articles decided by a model
trained on the others, 0.881 and 0.887; on the test split, which it never saw, 0.825 and 0.831. The sentence's
words (701 dev articles, 5-fold by article) took amount-level F1 from 0.938 to 0.943; the words touching the
amount read in place ("prev:payé", "next2:de_l'heure", `context_words.features`; 765 articles) from 0.945 to
0.947. The sentences around it (`linking._pay_context`: pay in the same currency up to two sentences before or the
one after, in the same paragraph, and whether an amount there is of its size) took claim F1 on the dev split,
cross-fitted (829 articles), from 0.889 to 0.894: a feature tells pay in a run of short sentences ("Les bons mois,
je facturais 4.000 euros. Les mauvais, à peine 1.500."). An amount with no evidence of pay at all (nor pay in its
currency in those sentences) never reaches the model (`linking._claim`); letting those of another size reach it
took claim F1 cross-fitted from 0.901 to 0.903 ("En janvier, c'est plutôt 600 euros" after 2 400 euros a month).
The words also counting by their stems ("touchaient" as "touch", `context_words.STEM_CHARS`), for this model and
the period and kind models: claim F1 cross-fitted 0.9107 to 0.9131, kind 0.873 to 0.880 (a Snowball stemmer gave
0.9136 and 0.876; the first letters need no library)."""
from __future__ import annotations

import math
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache

from . import context_words
from .learnt import LogisticModel, evidence, read_shipped

# What linking has found when it decides (the provenance it wrote so far): the amount's shape, its cues, its
# unit, workers in its clause and the adjustments of `linking._claim`. What it finds after (kind, payers, place)
# is no evidence of pay.
EVIDENCE = ("money:", "cue:", "sentence-cue:", "period:", "role:", "large-amount", "hypothetical",
            "to-organisation", "to-workers", "customer-pays", "price-per-worker", "anaphora:", "context:",
            "nearest-cue:")


def features(text: str, start: int, end: int, sentence: tuple[int, int], score: float, period: str | None,
             value: float, provenance: Iterable[str], words_before: int, words_after: int) -> dict[str, float]:
    """The features of one amount (`text[start:end]`): its hand-set score, each evidence mark of its provenance
    (and, for cues, their category), its period, the order of magnitude of its value, the lower-case words
    just before and after it, and those of its `sentence` (offsets)."""
    # The score's old thresholds: 1 made a claim, 0 a claim beside another.
    found: dict[str, float] = {"score": score, "score>=1": float(score >= 1), "score>=0": float(score >= 0),
                               f"period={period}": 1.0, "log10": math.log10(max(value, 1e-3))}
    marks, families = evidence(provenance, EVIDENCE)
    found.update(dict.fromkeys(marks, 1.0))
    found.update({family: float(count) for family, count in families.items()})
    found.update(context_words.features(text, start, end, words_before, words_after, sentence))
    return found


@dataclass(frozen=True)
class PayModel(LogisticModel):
    """A logistic regression over `features`: an amount is a claim when its probability reaches `threshold`."""
    threshold: float = 0.5
    words_before: int = 6
    words_after: int = 4
    trained_on: str = ""

    def is_pay(self, text: str, start: int, end: int, sentence: tuple[int, int], value: float, score: float,
               period: str | None, provenance: Iterable[str]) -> tuple[bool, float]:
        """Whether the amount `text[start:end]`, in `sentence`, is pay, and the probability that says so."""
        probability = self.score(features(text, start, end, sentence, score, period, value, provenance,
                                          self.words_before, self.words_after))
        return probability >= self.threshold, probability


@cache
def default_model() -> PayModel:
    """The model shipped with frclaims (`data/pay_model.json`), read once."""
    return PayModel.from_dict(read_shipped("pay_model.json"))
