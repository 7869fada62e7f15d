"""Train frclaims' learnt decisions on the development split of the golden set: the pay model
(`src/frclaims/data/pay_model.json`), the kind model (`kind_model.json`), the place model (`place_model.json`), the
organisation model (`org_model.json`) and the role model (`role_model.json`).

    python scripts/train_models.py                  # cross-validate each model, then write the shipped models
    python scripts/train_models.py --out-dir /tmp/models --folds 0
    python scripts/train_models.py --cross-fit 5    # and score the whole pipeline on dev, cross-fitted

1. Pay. Every amount of every dev article goes through the pipeline as usual. Where linking decides whether an
   amount is pay, its features (`frclaims.paymodel.features`) are recorded and the amount is let through. An
   amount is pay when the hand labels of its article have a claim of that value (max within 0.5 %, SPEC
   section 4). A logistic regression (scikit-learn, L2) is fitted on these.
2. Kind. With that pay model, the pipeline runs again; each claim it finds that matches a hand-labelled claim
   (SPEC section 4) gives the features the kind model reads (`frclaims.kindmodel.features`) and the kind the hand
   labels give it. A multinomial logistic regression is fitted on these.
3. Place. With both, the pipeline runs again; for each matched claim, every candidate place
   (`frclaims.placemodel.features`) is labelled by whether its name is the hand-labelled place's (names compared
   as the scorer does). A conditional logit is fitted on each claim's candidates together (`_fit_choice`);
   the best-scored one is the place.
4. Organisations. With the three, the pipeline runs again; for each matched claim, every organisation of the
   article (`frclaims.orgmodel.features`) is labelled by whether the hand labels list it. A logistic regression
   is fitted on the candidates; those scored at or above ORG_THRESHOLD are kept, and a payer the text names by
   the amount or in a working relation down to ORG_MIN_TO_KEEP. A conditional logit is fitted on each claim's
   candidates and "none" together, as for places: when none is its best, only the payers named by the amount stay.
5. Role. With the four, the pipeline runs again; for each matched claim, every candidate role mention
   (`frclaims.rolemodel.features`) is labelled by whether its span overlaps the hand-labelled role's (none: by
   whether the hand labels give none). Fitted like the place model.

The articles' entities are not the shipped NER's, which has seen every dev article: they are those of a NER that
never saw the article (`models/ner_dev_crossfit.jsonl`, written by scripts/train_ner.py, which must run first
after a change to the dev split), so that the decisions learn to trust names as much as on new articles.

Each model's features depend on the decisions of the models before it, so they are trained in that order, one
pass over the articles each. With --folds K, each model is first cross-validated over K groups of articles and
printed beside the rules alone. With --cross-fit K, the dev figures of the whole pipeline are measured honestly:
each group of articles is extracted by six models trained on the other groups (the shipped models have seen
every dev article, so `frclaims evaluate --split dev` with them is no measure). The test split is never read.
Needs the `train` extra: pip install -e ".[train]".
"""
from __future__ import annotations

import os

# One BLAS thread: the fits then give the same weights on any machine and under any load (with several threads, a
# few rare words of the kind model moved by 0.003 between runs, which tests/test_models.py reads as a stale model).
for _variable in ("OPENBLAS_NUM_THREADS", "OMP_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ.setdefault(_variable, "1")

import argparse  # noqa: E402
import json
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

from frclaims import kindmodel, orgmodel, paymodel, periodmodel, placemodel, rolemodel  # noqa: E402
from frclaims.evaluation import GoldArticle, amounts_match, load_golden, match_claims, normalised_name  # noqa: E402
from frclaims.kindmodel import KindModel  # noqa: E402
from frclaims.learnt import best_of  # noqa: E402
from frclaims.linking import Models  # noqa: E402
from frclaims.orgmodel import OrgModel  # noqa: E402
from frclaims.paymodel import PayModel  # noqa: E402
from frclaims.periodmodel import PeriodModel  # noqa: E402
from frclaims.placemodel import PlaceModel  # noqa: E402
from frclaims.rolemodel import RoleModel  # noqa: E402
from frclaims.pipeline import Pipeline  # noqa: E402
from frclaims.backends import Annotation, Backend, get_backend  # noqa: E402
from frclaims.backends.spacy_backend import DEFAULT_MODEL, NOT_NEEDED, SpacyBackend  # noqa: E402

sys.path.insert(0, str(ROOT / "scripts"))
from train_ner import article_digest, paragraph_key  # noqa: E402

CROSSFIT = ROOT / "models" / "ner_dev_crossfit.jsonl"  # written by scripts/train_ner.py

TOLERANCE = 0.005  # SPEC section 4
C = 0.3  # inverse L2 strength of both regressions (dev, 5-fold: 0.3 and 1 tie for pay; 0.3 best for kind)
PAY_THRESHOLD = 0.6  # dev, each fold decided by a model trained on the others: claim F1 0.885 / 0.887 / 0.885
#                      at 0.5 / 0.6 / 0.7
# The place and role models choose one of a claim's candidates, and learn so (`_fit_choice`). Dev, 5-fold by
# article, accuracy on the models' own rows (a copy of them read once): place 0.662 (a logistic regression per
# candidate, C 0.3) against 0.669 / 0.668 / 0.670 / 0.662 (C 0.2 / 0.3 / 0.5 / 1); role 0.824 against 0.826 / 0.828 /
# 0.828 (C 0.3 / 0.5 / 1). At 0.5 this script prints place 0.669, role 0.828. The organisation model's logit over
# its candidates and none is fitted with the same C.
CHOICE_C = 0.5
ORG_C = 0.1  # the organisation model's (dev, 765 articles, 5-fold, exact sets: C 0.05 / 0.1 / 0.3 at a threshold
ORG_THRESHOLD = 0.5  # of 0.45 gave 0.654 / 0.655 / 0.645; with C 0.1, thresholds 0.4 / 0.5 / 0.6 gave 0.647 / 0.658 / 0.650)
ORG_MIN_TO_KEEP = 0.2  # a payer named by the amount or in a working relation is dropped below this (dev, 829
# articles, 5-fold, exact sets on the 2,294 claims with one: rules 0.568; dropped below 0.1 / 0.2 / 0.3 / 0.5:
# 0.590 / 0.602 / 0.610 / 0.619. Above 0.2 the model drops the payer of "Chez Scale, [...] ils paient 17 $", seed 001)
PAY_WORDS = (6, 4)    # words before and after an amount the pay model reads (it also reads the words of the sentence)
KIND_WORDS = (10, 6)  # and the kind model (it also reads the words of the sentence)
PERIOD_WORDS = (6, 6)  # and the period model (it also reads the words of the sentence; without: 0.961 against
#                        0.964 on dev, 5-fold)
PERIOD_MIN_TO_ADD = 0.5  # a period the rules did not find is given from this probability (see PeriodModel)
# Weights of the kind and period models kept from this size (largest of their classes): on dev, 5-fold, accuracy
# is the same as with all of them (kind 0.861, period 0.962) for 13 % and 24 % fewer features.
MULTINOMIAL_CUT = 3e-3

Rows = list[dict[str, float]]


@dataclass(frozen=True)
class _PayRecorder(PayModel):
    """A pay model that keeps every amount and records what it was asked about."""
    seen: list[tuple[float, dict[str, float]]] = field(default_factory=list)

    def is_pay(self, text: str, start: int, end: int, sentence: tuple[int, int], value: float, score: float,
               period: str | None, provenance: Any) -> tuple[bool, float]:
        self.seen.append((value, paymodel.features(text, start, end, sentence, score, period, value,
                                                   list(provenance), self.words_before, self.words_after)))
        return True, 1.0


@dataclass(frozen=True)
class _KindRecorder(KindModel):
    """A kind model that keeps the rules' kind and records what it was asked about, by amount offset."""
    seen: dict[int, dict[str, float]] = field(default_factory=dict)

    def kind_of(self, text: str, start: int, end: int, sentence: tuple[int, int], kind: str,
                provenance: Any) -> tuple[str, float]:
        self.seen[start] = kindmodel.features(text, start, end, sentence, kind, list(provenance),
                                              self.words_before, self.words_after)
        return kind, 1.0


@dataclass(frozen=True)
class _PeriodRecorder(PeriodModel):
    """A period model that keeps the rules' period and records what it was asked about, by amount offset."""
    seen: dict[int, dict[str, float]] = field(default_factory=dict)

    def period_of(self, text: str, start: int, end: int, sentence: tuple[int, int], period: str | None,
                  currency: str, low: Any, high: Any, provenance: Any,
                  context: Any = None) -> tuple[str | None, float]:
        self.seen[start] = periodmodel.features(text, start, end, sentence, period, currency, low, high,
                                                list(provenance), self.words_before, self.words_after, context)
        return period, 1.0


@dataclass(frozen=True)
class _PlaceRecorder(PlaceModel):
    """A place model that keeps the rules' place and records its candidates, by amount offset."""
    seen: dict[int, list[tuple[str | None, dict[str, float]]]] = field(default_factory=dict)

    def choose(self, article: Any, places_of: Any, amount: Any, kind: str, place_how: str, rule: str | None,
               currency: str | None = None) -> tuple[str | None, float]:
        self.seen[amount.start] = [(name, placemodel.features(article, places_of, amount, kind, place_how, rule, name,
                                                              currency))
                                   for name in placemodel.options(article, places_of, amount, rule)]
        return rule, 1.0


@dataclass(frozen=True)
class _OrgRecorder(OrgModel):
    """An organisation model that keeps the rules' organisations and records the candidates, by amount offset."""
    seen: dict[int, list[tuple[str, dict[str, float]]]] = field(default_factory=dict)

    def choose(self, article: Any, orgs: Any, amount_start: int, kind: str, how: str, rule: Any, keep: Any = ()
               ) -> list[tuple[str, float]]:
        self.seen[amount_start] = [(name, orgmodel.features(article, orgs, amount_start, kind, how, rule, name, keep))
                                   for name in orgmodel.options(article, orgs, amount_start, rule)]
        return [(name, 1.0) for name in rule]


@dataclass(frozen=True)
class _RoleRecorder(RoleModel):
    """A role model that keeps the rules' role and records its candidates, by amount offset."""
    seen: dict[int, list[tuple[Any, dict[str, float]]]] = field(default_factory=dict)

    def choose(self, article: Any, roles_of: Any, amount: Any, kind: str, role_how: str, rule: Any
               ) -> tuple[Any, float]:
        self.seen[amount.start] = [(role, rolemodel.features(article, roles_of, amount, kind, role_how, rule, role))
                                   for role in rolemodel.options(article, roles_of, amount, rule)]
        at = {(m.start, m.end): m for m, _ in self.seen[amount.start] if m is not None}
        return (at.get((rule.start, rule.end)) if rule is not None else None), 1.0


class CrossFitNER:
    """The spaCy backend's sentences, with the entities that a NER which never saw the article finds
    (scripts/train_ner.py writes them): the learnt decisions are fitted on entities as good as on new articles."""
    name = "spacy"

    def __init__(self, path: Path, articles: list[GoldArticle]) -> None:
        rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()[1:] if line.strip()]
        known = {row["id"]: row["digest"] for row in rows}
        stale = [a.id for a in articles if known.get(a.id) != article_digest(a)]
        if stale:
            raise SystemExit(f"{path} does not hold the entities of {len(stale)} of these articles as they are "
                             f"labelled now ({', '.join(stale[:3])}...): run `python scripts/train_ner.py` first")
        self.entities = {p["key"]: [tuple(e) for e in p["entities"]] for row in rows for p in row["paragraphs"]}
        # The backend's tokenizer and sentencizer without its NER: the entities are read, not found again.
        import spacy

        sentences_only = spacy.load(DEFAULT_MODEL, exclude=[*NOT_NEEDED, "ner"])
        sentences_only.add_pipe("sentencizer")
        self.sentences = SpacyBackend(nlp=sentences_only)

    def annotate(self, texts: Any, batch_size: int = 64) -> Any:
        texts = list(texts)
        for text, annotation in zip(texts, self.sentences.annotate(texts, batch_size)):
            found = self.entities.get(paragraph_key(text))
            if found is None:  # not a dev paragraph: the shipped NER's entities
                found = next(get_backend("spacy").annotate([text])).entities
            yield Annotation(annotation.sentences, found)


BACKEND: Backend | str = "spacy"  # main() puts a CrossFitNER here


def _pipeline(pay: PayModel, period: PeriodModel | None = None, kind: KindModel | None = None,
              place: PlaceModel | None = None, org: OrgModel | None = None, role: RoleModel | None = None
              ) -> Pipeline:
    """A pipeline with these models; where one is not given, the rules decide (a recorder that keeps them)."""
    return Pipeline(BACKEND, pay_model=pay, period_model=period or _rules_period(),
                    kind_model=kind or _rules_kind(), place_model=place or _PlaceRecorder({}, 0.0),
                    org_model=org or _OrgRecorder({}, 0.0), role_model=role or _RoleRecorder({}, 0.0))


def _rules_period() -> _PeriodRecorder:
    """A period model that keeps the rules' period."""
    return _PeriodRecorder(periodmodel.PERIODS, {}, (0.0,) * len(periodmodel.PERIODS), *PERIOD_WORDS)


def _rules_kind() -> _KindRecorder:
    """A kind model that keeps the rules' kind."""
    return _KindRecorder(kindmodel.KINDS, {}, (0.0,) * len(kindmodel.KINDS), *KIND_WORDS)


def _is_claimed(value: float, claims: list[dict[str, Any]]) -> bool:
    return any(abs(value - float(c["amount"]["max"])) <= TOLERANCE * max(abs(float(c["amount"]["max"])), 1e-9)
               for c in claims)


def pay_rows(articles: list[GoldArticle]) -> tuple[Rows, list[bool], list[str]]:
    """Features, labels and article ids of every amount linking decides on."""
    rows: Rows = []
    labels: list[bool] = []
    groups: list[str] = []
    for article in articles:
        recorder = _PayRecorder({}, 0.0, words_before=PAY_WORDS[0], words_after=PAY_WORDS[1])
        _pipeline(recorder)(article.text)
        for value, found in recorder.seen:
            rows.append(found)
            labels.append(_is_claimed(value, article.claims))
            groups.append(article.id)
    return rows, labels, groups


def _same_level(pred: dict[str, Any], gold: dict[str, Any]) -> bool:
    """Same currency, min and max within the tolerance of SPEC section 4, whatever the period."""
    return amounts_match(pred, {**gold, "period": pred.get("period")})


def period_rows(articles: list[GoldArticle], pay: PayModel) -> tuple[Rows, list[str], list[str]]:
    """Features, hand-labelled period ("none" for none) and article ids of every claim found whose level a
    labelled claim states, whatever its period (each labelled claim pairs once, a same period first)."""
    rows: Rows = []
    labels: list[str] = []
    groups: list[str] = []
    for article in articles:
        recorder = _rules_period()
        found = _pipeline(pay, recorder)(article.text).to_dict()["claims"]
        free = list(range(len(article.claims)))
        for claim in found:
            levels = [g for g in free if _same_level(claim, article.claims[g])]
            if not levels or claim["amount"]["start"] not in recorder.seen:
                continue  # no labelled claim of that level, or pay per several units of time (no period)
            g = next((g for g in levels if article.claims[g]["period"] == claim["period"]), levels[0])
            free.remove(g)
            rows.append(recorder.seen[claim["amount"]["start"]])
            labels.append(article.claims[g]["period"] or "none")
            groups.append(article.id)
    return rows, labels, groups


def kind_rows(articles: list[GoldArticle], pay: PayModel, period: PeriodModel) -> tuple[Rows, list[str], list[str]]:
    """Features, hand-labelled kind and article ids of every claim found that matches a labelled one."""
    rows: Rows = []
    labels: list[str] = []
    groups: list[str] = []
    for article in articles:
        recorder = _rules_kind()
        found = _pipeline(pay, period, recorder)(article.text).to_dict()["claims"]
        for p, g in match_claims(found, article.claims):
            rows.append(recorder.seen[found[p]["amount"]["start"]])
            labels.append(article.claims[g]["kind"])
            groups.append(article.id)
    return rows, labels, groups


def place_rows(articles: list[GoldArticle], pay: PayModel, period: PeriodModel, kind: KindModel
               ) -> tuple[list[Rows], list[list[bool]], list[str]]:
    """For every claim found that matches a labelled one: its candidates' features, whether each is the
    hand-labelled place, and the article id."""
    groups: list[Rows] = []
    labels: list[list[bool]] = []
    ids: list[str] = []
    for article in articles:
        recorder = _PlaceRecorder({}, 0.0)
        found = _pipeline(pay, period, kind, recorder)(article.text).to_dict()["claims"]
        for p, g in match_claims(found, article.claims):
            if found[p]["amount"]["start"] not in recorder.seen:
                continue  # a place the rules decide (linking.RULED_PLACES)
            gold = article.claims[g].get("place")
            wanted = normalised_name(gold["name"]) if gold else None
            candidates = recorder.seen[found[p]["amount"]["start"]]
            groups.append([f for _, f in candidates])
            labels.append([(normalised_name(n) if n is not None else None) == wanted for n, _ in candidates])
            ids.append(article.id)
    return groups, labels, ids


def org_rows(articles: list[GoldArticle], pay: PayModel, period: PeriodModel, kind: KindModel, place: PlaceModel
             ) -> tuple[list[Rows], list[list[bool]], list[str]]:
    """For every claim found that matches a labelled one (but those whose payers a rule decides): its candidate
    organisations' features, whether the hand labels list each, and the article id."""
    groups: list[Rows] = []
    labels: list[list[bool]] = []
    ids: list[str] = []
    for article in articles:
        recorder = _OrgRecorder({}, 0.0)
        found = _pipeline(pay, period, kind, place, recorder)(article.text).to_dict()["claims"]
        for p, g in match_claims(found, article.claims):
            if found[p]["amount"]["start"] not in recorder.seen:
                continue  # organisations the rules decide (linking.RULED_ORGANISATIONS)
            wanted = {normalised_name(o["name"]) for o in article.claims[g].get("organisations") or []}
            candidates = recorder.seen[found[p]["amount"]["start"]]
            groups.append([f for _, f in candidates])
            labels.append([normalised_name(n) in wanted for n, _ in candidates])
            ids.append(article.id)
    return groups, labels, ids


def role_rows(articles: list[GoldArticle], pay: PayModel, period: PeriodModel, kind: KindModel, place: PlaceModel,
              org: OrgModel) -> tuple[list[Rows], list[list[bool]], list[str]]:
    """For every claim found that matches a labelled one: its candidate roles' features, whether each overlaps
    the hand-labelled role (none: whether the hand labels give none), and the article id."""
    groups: list[Rows] = []
    labels: list[list[bool]] = []
    ids: list[str] = []
    for article in articles:
        recorder = _RoleRecorder({}, 0.0)
        found = _pipeline(pay, period, kind, place, org, recorder)(article.text).to_dict()["claims"]
        for p, g in match_claims(found, article.claims):
            gold = article.claims[g].get("role")
            candidates = recorder.seen[found[p]["amount"]["start"]]
            groups.append([f for _, f in candidates])
            labels.append([(m is None and gold is None) or (m is not None and gold is not None and
                                                            m.start < gold["end"] and gold["start"] < m.end)
                           for m, _ in candidates])
            ids.append(article.id)
    return groups, labels, ids


def _fit(rows: Rows, labels: list[Any], c: float = C) -> tuple[list[str], list[list[float]], list[float], list[Any]]:
    from sklearn.feature_extraction import DictVectorizer
    from sklearn.linear_model import LogisticRegression

    vectorizer = DictVectorizer()
    # Solved to a tight tolerance, so that the weights do not depend on the order of the rows (candidates are
    # gathered in sets, whose order changes from one process to the next): sklearn's default (1e-4) let a clean
    # clone's retraining move the organisation model's bias by 0.002.
    regression = LogisticRegression(C=c, max_iter=20000, tol=1e-7).fit(vectorizer.fit_transform(rows), labels)
    return (list(vectorizer.get_feature_names_out()), regression.coef_.tolist(), regression.intercept_.tolist(),
            regression.classes_.tolist())


def train_pay(rows: Rows, labels: list[bool], trained_on: str = "") -> PayModel:
    names, coef, intercept, _ = _fit(rows, labels)
    weights = {n: round(w, 5) for n, w in zip(names, coef[0]) if abs(w) >= 1e-5}
    return PayModel(weights, round(intercept[0], 5), PAY_THRESHOLD, *PAY_WORDS, trained_on)


def train_period(rows: Rows, labels: list[str], trained_on: str = "") -> PeriodModel:
    names, coef, intercept, classes = _fit(rows, labels)
    weights = {n: tuple(round(row[j], 4) for row in coef) for j, n in enumerate(names)
               if max(abs(row[j]) for row in coef) >= MULTINOMIAL_CUT}
    return PeriodModel(tuple(classes), weights, tuple(round(b, 4) for b in intercept), *PERIOD_WORDS,
                       PERIOD_MIN_TO_ADD, trained_on=trained_on)


def train_kind(rows: Rows, labels: list[str], trained_on: str = "") -> KindModel:
    names, coef, intercept, classes = _fit(rows, labels)
    weights = {n: tuple(round(row[j], 4) for row in coef) for j, n in enumerate(names)
               if max(abs(row[j]) for row in coef) >= MULTINOMIAL_CUT}
    return KindModel(tuple(classes), weights, tuple(round(b, 4) for b in intercept), *KIND_WORDS, trained_on)


def _fit_choice(groups: list[Rows], labels: list[list[bool]], c: float = CHOICE_C) -> dict[str, float]:
    """A conditional logit: the weights that make each claim's right candidate likely among its own candidates
    (softmax over the group; several right ones share the probability), with an L2 penalty of 1 / (2c). Claims
    with no right candidate teach no choice and are left out; a feature every candidate of a claim shares
    cancels out, so there is no bias."""
    import numpy as np
    from scipy.optimize import minimize
    from sklearn.feature_extraction import DictVectorizer

    kept = [i for i, ys in enumerate(labels) if any(ys)]
    vectorizer = DictVectorizer()
    x = vectorizer.fit_transform([f for i in kept for f in groups[i]]).tocsr()
    right = np.array([float(y) for i in kept for y in labels[i]])
    sizes = np.array([len(groups[i]) for i in kept])
    starts = np.concatenate(([0], np.cumsum(sizes)[:-1]))
    group_of = np.repeat(np.arange(len(kept)), sizes)

    def loss(w: Any) -> tuple[float, Any]:
        z = x @ w
        e = np.exp(z - np.maximum.reduceat(z, starts)[group_of])
        total, wanted = np.add.reduceat(e, starts), np.add.reduceat(e * right, starts)
        gradient = x.T @ (e / total[group_of] - right * e / wanted[group_of]) + w / c
        return float(np.sum(np.log(total) - np.log(wanted)) + w @ w / (2 * c)), gradient

    # A tight tolerance, as in `_fit`: the weights then do not depend on the order of the rows.
    fitted = minimize(loss, np.zeros(x.shape[1]), jac=True, method="L-BFGS-B",
                      options={"maxiter": 20000, "gtol": 1e-8, "ftol": 1e-12})
    return {n: round(float(w), 5) for n, w in zip(vectorizer.get_feature_names_out(), fitted.x) if abs(w) >= 1e-5}


def train_place(groups: list[Rows], labels: list[list[bool]], trained_on: str = "") -> PlaceModel:
    return PlaceModel(_fit_choice(groups, labels), 0.0, trained_on)


def train_org(groups: list[Rows], labels: list[list[bool]], trained_on: str = "") -> OrgModel:
    names, coef, intercept, _ = _fit([f for g in groups for f in g], [y for ys in labels for y in ys], ORG_C)
    weights = {n: round(w, 5) for n, w in zip(names, coef[0]) if abs(w) >= 1e-5}
    choice = _fit_choice([[*g, orgmodel.none_row(g)] for g in groups], [[*ys, not any(ys)] for ys in labels])
    return OrgModel(weights, round(intercept[0], 5), threshold=ORG_THRESHOLD, min_to_keep=ORG_MIN_TO_KEEP,
                    trained_on=trained_on, choice=choice)


def train_role(groups: list[Rows], labels: list[list[bool]], trained_on: str = "") -> RoleModel:
    return RoleModel(_fit_choice(groups, labels), 0.0, trained_on)


def _best(model: PlaceModel | RoleModel, candidates: Rows) -> int:
    return best_of([model.logit(row) for row in candidates])[0]


def _folds(groups: list[str], folds: int) -> list[tuple[list[int], list[int]]]:
    from sklearn.model_selection import GroupKFold

    indices = list(range(len(groups)))
    return [(list(a), list(b)) for a, b in GroupKFold(folds).split(indices, indices, groups)]


def _prf(kept: list[bool], labels: list[bool]) -> str:
    tp = sum(k and y for k, y in zip(kept, labels))
    fp = sum(k and not y for k, y in zip(kept, labels))
    fn = sum(y and not k for k, y in zip(kept, labels))
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    return f"P {p:.3f}  R {r:.3f}  F1 {2 * p * r / (p + r) if p + r else 0.0:.3f}"


def _pipeline_of(models: Models) -> Pipeline:
    return Pipeline(BACKEND, pay_model=models.pay, period_model=models.period, kind_model=models.kind,
                    place_model=models.place, org_model=models.org, role_model=models.role)


def train_all(articles: list[GoldArticle], source: str, folds: int = 0) -> Models:
    """The six models trained on `articles` in pipeline order; with `folds`, each is first cross-validated by
    article and its figures printed beside the rules alone."""
    say = print if folds else (lambda *_: None)
    rows, labels, groups = pay_rows(articles)
    say(f"pay: {len(rows)} amounts in {len(articles)} articles, {sum(labels)} of them claimed")
    if folds:
        kept = [False] * len(rows)
        for train, held in _folds(groups, folds):
            model = train_pay([rows[i] for i in train], [labels[i] for i in train])
            for i in held:
                kept[i] = model.score(rows[i]) >= model.threshold
        say(f"  score >= 1 alone            {_prf([r['score>=1'] == 1.0 for r in rows], labels)}")
        say(f"  model, {folds}-fold by article     {_prf(kept, labels)}")
    pay = train_pay(rows, labels, f"{source}, {len(rows)} amounts")

    rows, periods, groups = period_rows(articles, pay)
    say(f"period: {len(rows)} claims found whose level a labelled claim states")
    if folds:
        say(f"  rules alone                 accuracy {_accuracy(rows, periods, None, folds, groups):.3f}")
        say(f"  model, {folds}-fold by article     accuracy "
            f"{_accuracy(rows, periods, train_period, folds, groups):.3f}")
    period = train_period(rows, periods, f"{source}, {len(rows)} claims")

    rows, kinds, groups = kind_rows(articles, pay, period)
    say(f"kind: {len(rows)} matched claims")
    if folds:
        say(f"  rules alone                 accuracy {_accuracy(rows, kinds, None, folds, groups):.3f}")
        say(f"  model, {folds}-fold by article     accuracy {_accuracy(rows, kinds, train_kind, folds, groups):.3f}")
    kind = train_kind(rows, kinds, f"{source}, {len(rows)} claims")

    groups_of, places, ids = place_rows(articles, pay, period, kind)
    say(f"place: {len(groups_of)} matched claims")
    if folds:
        _cross_validate_choice(groups_of, places, ids, folds, train_place, say)
    place = train_place(groups_of, places, f"{source}, {len(groups_of)} claims")

    groups_of, listed, ids = org_rows(articles, pay, period, kind, place)
    say(f"organisations: {len(groups_of)} matched claims")
    if folds:
        right = 0
        for train, held in _folds(ids, folds):
            model = train_org([groups_of[i] for i in train], [listed[i] for i in train])
            right += sum([k for k, _ in model.kept(groups_of[i])] == [k for k, y in enumerate(listed[i]) if y]
                         for i in held)
        rule = sum(all((f["in-rule"] == 1.0) == y for f, y in zip(groups_of[i], listed[i]))
                   for i in range(len(groups_of)))
        say(f"  rules alone                 exact sets {rule / len(groups_of):.3f}")
        say(f"  model, {folds}-fold by article     exact sets {right / len(groups_of):.3f}")
    org = train_org(groups_of, listed, f"{source}, {len(groups_of)} claims")

    groups_of, roles, ids = role_rows(articles, pay, period, kind, place, org)
    say(f"role: {len(groups_of)} matched claims")
    if folds:
        _cross_validate_choice(groups_of, roles, ids, folds, train_role, say)
    role = train_role(groups_of, roles, f"{source}, {len(groups_of)} claims")
    return Models(pay, period, kind, place, org, role)


def _accuracy(rows: Rows, labels: list[str], train: Any, folds: int, groups: list[str]) -> float:
    """Accuracy of a one-class-per-row model (period, kind) over `folds` groups of articles, each decided by the
    model trained on the others; with no `train`, of the rules (the row's "rule=" feature)."""
    if train is None:
        return sum(rows[i].get(f"rule={labels[i]}", 0.0) == 1.0 for i in range(len(rows))) / len(rows)
    right = 0
    for trained, held in _folds(groups, folds):
        model = train([rows[i] for i in trained], [labels[i] for i in trained])
        right += sum(model.decide(rows[i])[0] == labels[i] for i in held)
    return right / len(rows)


def _cross_validate_choice(groups_of: list[Rows], labels: list[list[bool]], ids: list[str], folds: int,
                           train: Any, say: Any) -> None:
    """Accuracy of a one-of-the-candidates model (place, role), rules alone and cross-validated."""
    right = 0
    for trained, held in _folds(ids, folds):
        model = train([groups_of[i] for i in trained], [labels[i] for i in trained])
        right += sum(labels[i][_best(model, groups_of[i])] for i in held)
    rule = sum(any(y and f.get("is-rule") == 1.0 for f, y in zip(groups_of[i], labels[i])) or (
        labels[i][-1] and groups_of[i][-1].get("none&rule-none") == 1.0) for i in range(len(groups_of)))
    say(f"  rules alone                 accuracy {rule / len(groups_of):.3f}")
    say(f"  model, {folds}-fold by article     accuracy {right / len(groups_of):.3f}")


def cross_fitted(articles: list[GoldArticle], folds: int) -> dict[str, Any]:
    """The whole pipeline's scores on `articles`, each group of articles extracted with the six models trained
    on the other groups: the honest figure of the split the models are trained on."""
    from frclaims.evaluation import score

    ids = [a.id for a in articles]
    predictions: dict[str, dict[str, Any]] = {}
    for k, (trained, held) in enumerate(_folds(ids, folds)):
        models = train_all([articles[i] for i in trained], f"fold {k}")
        pipeline = _pipeline_of(models)
        for i in held:
            predictions[ids[i]] = pipeline(articles[i].text).to_dict()
        print(f"  fold {k + 1}/{folds}: {len(held)} articles extracted", flush=True)
    scores: dict[str, Any] = score(articles, [predictions[i] for i in ids]).scores
    return scores


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--golden", type=Path, default=ROOT / "golden")
    parser.add_argument("--split", default="dev")
    parser.add_argument("--out-dir", type=Path, default=ROOT / "src" / "frclaims" / "data")
    parser.add_argument("--folds", type=int, default=5, help="cross-validate each model first (0: do not)")
    parser.add_argument("--ner-crossfit", type=Path, default=CROSSFIT,
                        help="the dev articles' cross-fitted entities (scripts/train_ner.py); "
                             "'none': the shipped NER's")
    parser.add_argument("--cross-fit", type=int, default=0, metavar="K",
                        help="also score the whole pipeline on the split, each of K groups of articles extracted "
                             "with models trained on the others (about 3 minutes per group on dev)")
    args = parser.parse_args(argv)
    if args.split == "test":
        parser.error("the test split is for reporting only: train on dev")
    articles = load_golden(args.golden, split=args.split)
    global BACKEND
    BACKEND = "spacy" if str(args.ner_crossfit) == "none" else CrossFitNER(args.ner_crossfit, articles)
    source = f"golden {args.split}: {len(articles)} articles"
    models = train_all(articles, source, args.folds)
    args.out_dir.mkdir(parents=True, exist_ok=True)
    for name in ("pay", "period", "kind", "place", "org", "role"):
        model = getattr(models, name)
        model.save(args.out_dir / f"{name}_model.json")
        print(f"{name}: {len(model.weights)} features written to {args.out_dir / f'{name}_model.json'}")
    if args.cross_fit:
        print(f"whole pipeline on {args.split}, {args.cross_fit} groups of articles, each with models trained on "
              "the others:")
        s = cross_fitted(articles, args.cross_fit)
        print(f"  claims P {s['claims_p']:.3f}  R {s['claims_r']:.3f}  F1 {s['claims_f']:.3f}; "
              + "  ".join(f"{slot} {s[f'slot_{slot}']:.3f}" for slot in ("organisations", "place", "role", "kind",
                                                                          "qualifier")))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
