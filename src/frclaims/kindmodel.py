"""The kind of a claim (paid, offered or reference), learnt: what the rules read for it (the kind its cues gave,
the cues themselves, whether the kind was carried from the figure before, where its period, payers and place
came from) and the words around the amount and in its sentence.

The cues of `data/cues.tsv` name kinds ("salaire minimum", "propose", "médian"), but whether a median is the
story's workers' pay or another group's, or whether a level is offered or already paid, is told by the rest of
the sentence. A multinomial logistic regression, trained on the development split of the golden set by
`scripts/train_models.py`, decides the kind of each claim once linking is done; its weights are data
(`data/kind_model.json`). Payers and place are not read again: they were decided with the rules' kind. Kind
accuracy on matched claims, rules alone and with the model: dev, 5-fold by article, 0.807 and 0.862; test split,
which it never saw, 0.773 and 0.829. The tense that the endings of the verbs around the amount tell (`tense_of`:
"versera" is announced pay, "payait" pay received) reads verbs the development split never shows: dev, 5-fold by
article (829 articles), 0.873 to 0.875."""
from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache

from . import context_words, resources
from .learnt import MultinomialModel, evidence, read_shipped

KINDS = ("offered", "paid", "reference")
# What the rules wrote on a finished claim that says something of its kind.
EVIDENCE = ("cue:", "sentence-cue:", "kind:", "organisations:", "period:", "qualifier:")
TENSE_WORDS = (8, 5)  # the words before and after an amount whose tense the model reads (`tense_of`)


def features(text: str, start: int, end: int, sentence: tuple[int, int], kind: str, provenance: Iterable[str],
             words_before: int, words_after: int) -> dict[str, float]:
    """The features of the claim whose amount is `text[start:end]`: the rules' kind, its evidence marks (and,
    for cues, their category), the words just before and after the amount and the words of its sentence, and the
    tenses of the verbs around it (`tense_of`)."""
    found: dict[str, float] = {f"rule={kind}": 1.0}
    marks, families = evidence(provenance, EVIDENCE)
    found.update(dict.fromkeys([*marks, *families], 1.0))  # a cue family counts once, however many cues
    found.update(context_words.features(text, start, end, words_before, words_after, sentence))
    for where, words in (("before", context_words.words_before(text, start, TENSE_WORDS[0])),
                         ("after", context_words.words_after(text, end, TENSE_WORDS[1]))):
        for word in words:
            tense = tense_of(word)
            if tense:
                found[f"tense-{where}:{tense}"] = 1.0
    return found


def tense_of(word: str) -> str | None:
    """The tense a lower-case word's ending tells (data/verb_endings.tsv: "versera" future, "toucherait"
    conditional, "payait" imperfect), or None. A verb the development split never shows still tells its tense."""
    if len(word) < 4:
        return None
    return next((tense for ending, tense in resources.verb_endings() if word.endswith(ending)), None)


@dataclass(frozen=True)
class KindModel(MultinomialModel):
    """A multinomial logistic regression over `features`: one weight per class for each feature."""
    words_before: int = 10
    words_after: int = 6
    trained_on: str = ""

    def kind_of(self, text: str, start: int, end: int, sentence: tuple[int, int], kind: str,
                provenance: Iterable[str]) -> tuple[str, float]:
        """The kind of the claim whose amount is `text[start:end]`, and its probability."""
        return self.decide(features(text, start, end, sentence, kind, provenance, self.words_before,
                                    self.words_after))


@cache
def default_model() -> KindModel:
    """The model shipped with frclaims (`data/kind_model.json`), read once."""
    return KindModel.from_dict(read_shipped("kind_model.json"))
