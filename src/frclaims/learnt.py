"""What the learnt decisions share: a logistic regression over named features, kept as data (one JSON file in
`data/` per model, written by `scripts/train_models.py`); the evidence marks of a claim's provenance they read;
the index of named mentions the place and organisation models take their candidates from; and the paragraph of an
offset and the words of its sentence, which the place and role models read. The features and what is decided from
the score are each model's own (`paymodel.py`, `placemodel.py`, `orgmodel.py`, `rolemodel.py`; `kindmodel.py` and
`periodmodel.py` have one weight per class)."""
from __future__ import annotations

import bisect
import json
import math
import re
from collections import Counter
from collections.abc import Collection, Iterable, Mapping, Sequence
from dataclasses import MISSING, dataclass, fields
from importlib import resources
from pathlib import Path
from typing import Any, Protocol, TypeVar

from . import context_words
from .records import Mention, Span

Model = TypeVar("Model", bound="LogisticModel")
Multi = TypeVar("Multi", bound="MultinomialModel")


MODEL_MARK = re.compile(r"^(\w+:model):[\d.]+$")  # "pay:model:0.93": a learnt decision and its probability


def evidence(provenance: Iterable[str], prefixes: tuple[str, ...]) -> tuple[list[str], Counter[str]]:
    """The marks of a provenance that start with one of `prefixes`, and how many cues of each family it holds
    ("cue:pay:touch*" is of family "cue:pay"). A learnt decision's mark is read without its probability
    ("period:model:0.89" as "period:model"): a probability rounded to two decimals flips with the last bits of a
    retraining, and a later model must not learn from that."""
    marks = [MODEL_MARK.sub(r"\1", mark) for mark in provenance if mark.startswith(prefixes)]
    families: Counter[str] = Counter()
    for mark in marks:
        where, _, rest = mark.partition(":")
        if where in ("cue", "sentence-cue"):
            families[f"{where}:{rest.partition(':')[0]}"] += 1
    return marks, families


def name_of(mention: Mention) -> str:
    """The name a mention stands for: "kényans" stands for "Kenya", "Veridia" found again for "Veridia Services"."""
    return mention.value or mention.text


def sentence_window(sentences: Sequence[Span], here: int, window: int, text_length: int) -> tuple[int, int]:
    """The offsets from the start of the sentence `window` sentences before sentence `here` to the end of the
    next one: where the place, organisation and role models look for a claim's candidates."""
    if not sentences:
        return 0, text_length
    return sentences[max(0, here - window)].start, sentences[min(len(sentences) - 1, here + 1)].end


class Paragraphed(Protocol):
    """An article whose sentences are grouped in paragraphs (`linking.Article` is one)."""
    text: str
    sentences: list[Span]
    paragraph_of: list[int]  # the paragraph of each sentence; empty: the text is one paragraph

    def sentence_index(self, offset: int) -> int: ...


def paragraph_at(article: Paragraphed, offset: int) -> int:
    """The index of the paragraph that holds `offset` (0 in a text of no paragraphs)."""
    return article.paragraph_of[article.sentence_index(offset)] if article.paragraph_of else 0


def none_words(article: Paragraphed, offset: int) -> dict[str, float]:
    """The words of the sentence that holds `offset`, as features of a claim's "none" candidate
    ("none&sentence:médian"): what says that a claim has no place or no role of its own."""
    if not article.sentences:
        return {}
    sentence = article.sentences[article.sentence_index(offset)]
    return {f"none&sentence:{word}": 1.0 for word in context_words.words_in(article.text, sentence.start,
                                                                             sentence.end)}


@dataclass(frozen=True)
class NamedMentions:
    """Mentions grouped by the name they stand for, each group in text order, and all of them indexed by offset:
    where the place and organisation models look a claim's candidates up, so that a long text stays linear."""
    mentions: dict[str, list[Mention]]
    starts: dict[str, list[int]]
    ordered: list[Mention]
    ordered_starts: list[int]
    lead: list[str]  # the first names the text gives (its dateline, its lead)

    @classmethod
    def of(cls, found: Iterable[Mention], lead: int) -> NamedMentions:
        ordered = sorted(found, key=lambda m: m.start)
        mentions: dict[str, list[Mention]] = {}
        for mention in ordered:
            mentions.setdefault(name_of(mention), []).append(mention)
        return cls(mentions, {n: [m.start for m in group] for n, group in mentions.items()}, ordered,
                   [m.start for m in ordered], list(mentions)[:lead])

    def near(self, sentences: Sequence[Span], here: int, window: int, text_length: int) -> dict[str, None]:
        """The names mentioned from `window` sentences before sentence `here` to the end of the next one, in text
        order, then the lead names."""
        low, high = sentence_window(sentences, here, window, text_length)
        named = {name_of(m): None for m in self.ordered[bisect.bisect_left(self.ordered_starts, low):
                                                        bisect.bisect_left(self.ordered_starts, high)]}
        named.update(dict.fromkeys(self.lead))
        return named

    def others_between(self, name: str, low: int, high: int, cap: int,
                       counted: Collection[str] | None = None) -> int:
        """How many names other than `name` (and in `counted`, when given) are mentioned after offset `low` and
        before `high`, counted up to `cap`: 0 for the name mentioned last before an amount, 1 for the one before
        it... The mentions between are read in text order, at most `SCAN_LIMIT` of them (past that, the name is
        far back: `cap`), so that a long text stays linear."""
        seen: set[str] = set()
        i, stop = bisect.bisect_right(self.ordered_starts, low), bisect.bisect_left(self.ordered_starts, high)
        if stop - i > SCAN_LIMIT:
            return cap
        while i < stop and len(seen) < cap:
            other = name_of(self.ordered[i])
            if other != name and (counted is None or other in counted):
                seen.add(other)
            i += 1
        return len(seen)


SCAN_LIMIT = 64  # mentions `NamedMentions.others_between` reads at most

LEARNT = ("classes", "weights", "bias")  # what a model learns; its other fields are settings


def _settings(model: Any) -> dict[str, Any]:
    """A model's settings (a threshold, how many words it reads, what it was trained on), to save with it."""
    return {f.name: getattr(model, f.name) for f in fields(model) if f.name not in LEARNT}


def _read_settings(cls: type, data: Mapping[str, Any], learnt: Mapping[str, Any]) -> dict[str, Any]:
    """The settings a saved model gives, each of its field's type; a missing one keeps its default."""
    return {f.name: type(f.default)(data[f.name]) for f in fields(cls)
            if f.name in data and f.name not in learnt and f.default is not MISSING}


def sigmoid(z: float) -> float:
    return 1.0 / (1.0 + math.exp(-max(-60.0, min(60.0, z))))


def best_of(logits: Sequence[float]) -> tuple[int, float]:
    """The index of the highest of a claim's candidates' logits (the first on a tie) and its probability among
    them (softmax): what a model that chooses one candidate (`placemodel`, `rolemodel`) learns and reports."""
    best = max(range(len(logits)), key=lambda i: (logits[i], -i))
    top = logits[best]
    return best, 1.0 / math.fsum(math.exp(max(-60.0, z - top)) for z in logits)


def read_shipped(name: str) -> dict[str, Any]:
    """A model file shipped in `frclaims/data/`."""
    data: dict[str, Any] = json.loads(resources.files("frclaims.data").joinpath(name).read_text(encoding="utf-8"))
    return data


def write_json(data: Mapping[str, Any], path: str | Path, compact: bool = False) -> None:
    """A model file: one weight per line, or all on one line (`compact`, for a weight per class)."""
    text = json.dumps(data, ensure_ascii=False, separators=(",", ":")) if compact else \
        json.dumps(data, ensure_ascii=False, indent=0)
    Path(path).write_text(text + "\n", encoding="utf-8")


@dataclass(frozen=True)
class LogisticModel:
    """Weights of named features and a bias; `score` is the probability of the positive class. Subclasses add
    their settings as fields with defaults (a threshold, how many words to read), saved beside the weights."""
    weights: Mapping[str, float]
    bias: float

    def score(self, found: Mapping[str, float]) -> float:
        """The probability of the positive class."""
        return sigmoid(self.logit(found))

    def logit(self, found: Mapping[str, float]) -> float:
        """The weighted sum of the features and the bias. The terms are summed exactly (`math.fsum`): features often
        come from a set, whose order follows Python's hash seed, and a rounded sum in that order could put a score
        at the threshold on either side of it from one process to the next."""
        return math.fsum((self.bias, *(self.weights.get(name, 0.0) * value for name, value in found.items())))

    def to_dict(self) -> dict[str, Any]:
        return {"bias": self.bias, **_settings(self), "weights": dict(sorted(self.weights.items()))}

    def save(self, path: str | Path) -> None:
        write_json(self.to_dict(), path)

    @classmethod
    def from_dict(cls: type[Model], data: Mapping[str, Any]) -> Model:
        weights = data.get("weights")
        if not isinstance(weights, dict) or "bias" not in data:
            raise ValueError(f"{cls.__name__}: a model needs 'bias' and 'weights' (an object of feature -> weight)")
        values: dict[str, Any] = {"weights": {str(k): float(v) for k, v in weights.items()},
                                  "bias": float(data["bias"])}
        return cls(**values, **_read_settings(cls, data, values))

    @classmethod
    def load(cls: type[Model], path: str | Path) -> Model:
        return cls.from_dict(json.loads(Path(path).read_text(encoding="utf-8")))


@dataclass(frozen=True)
class MultinomialModel:
    """A multinomial logistic regression over named features: one weight per class for each feature, one bias per
    class. Subclasses add their settings as fields with defaults, saved beside the weights."""
    classes: Sequence[str]
    weights: Mapping[str, Sequence[float]]
    bias: Sequence[float]

    def probabilities(self, found: Mapping[str, float]) -> list[float]:
        """Each class's probability; each class's terms are summed exactly, in any order (see
        `LogisticModel.score`)."""
        terms: list[list[float]] = [[b] for b in self.bias]
        for name, value in found.items():
            for k, weight in enumerate(self.weights.get(name, ())):
                terms[k].append(weight * value)
        scores = [math.fsum(t) for t in terms]
        top = max(scores)
        exps = [math.exp(s - top) for s in scores]
        return [e / sum(exps) for e in exps]

    def best(self, found: Mapping[str, float]) -> tuple[str, float]:
        """The most probable class, and its probability."""
        probabilities = self.probabilities(found)
        k = max(range(len(self.classes)), key=probabilities.__getitem__)
        return self.classes[k], probabilities[k]

    def decide(self, found: Mapping[str, float]) -> tuple[str, float]:
        """The class decided, and its probability: the most probable one unless a subclass says otherwise."""
        return self.best(found)

    def to_dict(self) -> dict[str, Any]:
        return {"classes": list(self.classes), "bias": list(self.bias), **_settings(self),
                "weights": {k: list(v) for k, v in sorted(self.weights.items())}}

    def save(self, path: str | Path) -> None:
        write_json(self.to_dict(), path, compact=True)

    @classmethod
    def from_dict(cls: type[Multi], data: Mapping[str, Any]) -> Multi:
        classes, weights, bias = data.get("classes"), data.get("weights"), data.get("bias")
        if not isinstance(classes, list) or not isinstance(weights, dict) or not isinstance(bias, list) \
                or len(bias) != len(classes) or any(len(w) != len(classes) for w in weights.values()):
            raise ValueError(f"{cls.__name__}: a model needs 'classes', 'bias' (one per class) and 'weights' "
                             "(feature -> one weight per class)")
        values: dict[str, Any] = {"classes": tuple(str(c) for c in classes),
                                  "weights": {str(k): tuple(float(x) for x in v) for k, v in weights.items()},
                                  "bias": tuple(float(b) for b in bias)}
        return cls(**values, **_read_settings(cls, data, values))

    @classmethod
    def load(cls: type[Multi], path: str | Path) -> Multi:
        return cls.from_dict(json.loads(Path(path).read_text(encoding="utf-8")))
