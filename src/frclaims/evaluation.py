"""Score frclaims (or the baseline) against the hand-labelled golden set (SPEC section 4).

The scorer works on plain dicts in the shape of ``Result.to_dict()`` so that any system, and hand-built test
cases, can be scored the same way. Nothing is loaded at import time: ``frclaims.extract_many`` and the spaCy
baseline are imported inside :func:`evaluate` only.

Scores follow spaCy's conventions (``spacy/scorer.py``): a PRF accumulator over sets of tuples, flat
``<what>_p/_r/_f`` keys and a per-type dict. Entity mentions are scored strict (exact span and label) and partial
(MUC / SemEval-2013: an overlapping span of the same label counts half). Errors are kept as a list of dicts,
as presidio-evaluator does, so that misses and false positives can be read with their sentence.
"""
from __future__ import annotations

import json
import unicodedata
from dataclasses import asdict, dataclass, field
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import Any, Iterable, Iterator, Mapping, Sequence

from .errors import Errors

__all__ = [
    "ENTITY_LABELS",
    "SLOTS",
    "EvaluationReport",
    "GoldArticle",
    "PRF",
    "amounts_match",
    "evaluate",
    "load_golden",
    "load_predictions",
    "match_claims",
    "score",
    "score_predictions",
    "sentence_around",
]

ENTITY_LABELS: tuple[str, ...] = ("ORG", "LOC", "MONEY", "RATE", "ROLE", "DATE")
SLOTS: tuple[str, ...] = (
    "organisations",
    "organisations_overlap",
    "place",
    "place_country",
    "role",
    "kind",
    "qualifier",
)
# Slots scored leniently beside a strict one; their misses are the strict slot's errors, not errors of their own.
LENIENT_SLOTS: tuple[str, ...] = ("organisations_overlap", "place_country")
SPLITS: tuple[str, ...] = ("dev", "test")
SYSTEMS: tuple[str, ...] = ("frclaims", "baseline")
# NOTE: keep in sync with SPEC.md section 4 ("min and max are each within 0.5 %").
TOLERANCE = Decimal("0.005")


# --------------------------------------------------------------------------------------------------------------
# Golden set
# --------------------------------------------------------------------------------------------------------------


@dataclass
class GoldArticle:
    """One hand-labelled article with its text, so that offsets can be turned back into words."""

    id: str
    text: str
    claims: list[dict[str, Any]] = field(default_factory=list)
    entities: list[dict[str, Any]] = field(default_factory=list)
    split: str | None = None
    path: str | None = None


def load_golden(path: str | Path, split: str | None = None) -> list[GoldArticle]:
    """Read golden records and their article texts, failing loudly on a bad record.

    ``path`` is a golden folder (``dev.jsonl`` and ``test.jsonl`` are read) or one JSONL file. Each record's
    ``path`` is resolved against the folder's parent, the repository root (``golden/../corpus/...``), or the
    first folder above it that holds the text. With ``split`` only the records of that split are kept.
    """
    if split is not None and split not in SPLITS:
        raise ValueError(f"unknown split {split!r}: expected one of {SPLITS} or None")
    path = Path(path)
    if path.is_dir():
        files = [path / f"{name}.jsonl" for name in SPLITS if (path / f"{name}.jsonl").exists()]
        if not files:
            raise FileNotFoundError(Errors.E007.format(path=path, reason="no dev.jsonl or test.jsonl in this folder"))
        root = path.parent
    elif path.is_file():
        files = [path]
        root = path.parent.parent
    else:
        raise FileNotFoundError(Errors.E007.format(path=path, reason="no such file or folder"))
    articles: list[GoldArticle] = []
    for file in files:
        for lineno, record in _jsonl_records(file):
            problem = _record_problem(record)
            if problem:
                raise _bad(file, lineno, problem)
            if split is not None and record["split"] != split:
                continue
            text_path = _text_path(root, record["path"])
            if not text_path.is_file():
                raise _bad(file, lineno, f"article text not found: {text_path}")
            articles.append(
                GoldArticle(
                    id=record["id"],
                    text=text_path.read_text(encoding="utf-8"),
                    claims=record["claims"],
                    entities=record["entities"],
                    split=record["split"],
                    path=record["path"],
                )
            )
    return articles


def _jsonl_records(file: Path) -> Iterator[tuple[int, Any]]:
    """(line number, parsed JSON) for each non-blank line of a JSONL file; a line that is not JSON is an error
    that names the file and the line."""
    for lineno, line in enumerate(file.read_text(encoding="utf-8").splitlines(), start=1):
        if not line.strip():
            continue
        try:
            yield lineno, json.loads(line)
        except json.JSONDecodeError as error:
            raise _bad(file, lineno, f"not valid JSON ({error.msg} at column {error.colno})") from error


def _text_path(root: Path, relative: str) -> Path:
    """Where a record's article text is: under `root`, else under the first folder above it that holds it (a
    file of records kept deeper, as golden/agreement/, still names its texts from the repository root)."""
    for base in (root, *root.parents):
        if (base / relative).is_file():
            return base / relative
    return root / relative


def _bad(file: Path, line: int, problem: str) -> ValueError:
    return ValueError(Errors.E006.format(path=file, line=line, problem=problem))


def _record_problem(record: Any) -> str:
    """What is wrong with a record for the scorer, or "" (``tests/test_golden.py`` checks the full schema)."""
    if not isinstance(record, dict):
        return f"a record must be a JSON object, got {type(record).__name__}"
    for key, kind in (("id", str), ("path", str), ("split", str), ("claims", list), ("entities", list)):
        if not isinstance(record.get(key), kind):
            return f"record needs {key!r} of type {kind.__name__}"
    if record["split"] not in SPLITS:
        return f"split {record['split']!r} is not one of {SPLITS}"
    for i, entity in enumerate(record["entities"]):
        if not (
            isinstance(entity, dict)
            and entity.get("label") in ENTITY_LABELS
            and isinstance(entity.get("start"), int)
            and isinstance(entity.get("end"), int)
        ):
            return f"entity {i} needs a label in {ENTITY_LABELS} and integer start/end: {entity}"
    for i, claim in enumerate(record["claims"]):
        amount = claim.get("amount") if isinstance(claim, dict) else None
        if not (
            isinstance(amount, dict)
            and isinstance(amount.get("min"), (int, float))
            and isinstance(amount.get("max"), (int, float))
            and isinstance(amount.get("currency"), str)
            and isinstance(amount.get("start"), int)
            and isinstance(amount.get("end"), int)
        ):
            return f"claim {i} needs amount.min/max (numbers), currency, start and end"
        missing = [key for key in ("period", "kind", "qualifier", "organisations", "place", "role") if key not in claim]
        if missing:
            return f"claim {i} lacks {', '.join(missing)}"
    return ""


# --------------------------------------------------------------------------------------------------------------
# Accumulators
# --------------------------------------------------------------------------------------------------------------


@dataclass
class PRF:
    """Precision/recall/F1 accumulator, as ``spacy.scorer.PRFScore``: counts add up across articles."""

    tp: float = 0
    fp: float = 0
    fn: float = 0

    def score_set(self, cand: set[Any], gold: set[Any]) -> None:
        """Add the counts of one document's predicted and gold tuples."""
        self.tp += len(cand & gold)
        self.fp += len(cand - gold)
        self.fn += len(gold - cand)

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0

    @property
    def fscore(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def to_dict(self) -> dict[str, float]:
        return {"p": self.precision, "r": self.recall, "f": self.fscore}


@dataclass
class SpanCounts:
    """MUC / SemEval-2013 counts for one entity label; strict and partial PRF derive from them.

    ``partial`` holds pairs that overlap with the same label but differ in boundaries: strict scoring counts
    them as one false positive and one miss, partial scoring as half a hit (nervaluate's "partial" formula
    ``(correct + 0.5 * partial) / actual``).
    """

    correct: int = 0
    partial: int = 0
    missed: int = 0
    spurious: int = 0

    def add(self, other: SpanCounts) -> None:
        self.correct += other.correct
        self.partial += other.partial
        self.missed += other.missed
        self.spurious += other.spurious

    @property
    def n_gold(self) -> int:
        return self.correct + self.partial + self.missed

    @property
    def n_pred(self) -> int:
        return self.correct + self.partial + self.spurious

    def strict(self) -> PRF:
        return PRF(tp=self.correct, fp=self.n_pred - self.correct, fn=self.n_gold - self.correct)

    def lenient(self) -> PRF:
        half = 0.5 * self.partial
        return PRF(tp=self.correct + half, fp=self.spurious + half, fn=self.missed + half)

    def to_dict(self) -> dict[str, Any]:
        return {
            "correct": self.correct,
            "partial": self.partial,
            "missed": self.missed,
            "spurious": self.spurious,
            "strict": self.strict().to_dict(),
            "partial_match": self.lenient().to_dict(),
        }


# --------------------------------------------------------------------------------------------------------------
# Claim matching
# --------------------------------------------------------------------------------------------------------------


def _decimal(value: Any) -> Decimal:
    """Exact decimal of a JSON number, so that the 0.5 % bound is not blurred by float rounding."""
    try:
        return value if isinstance(value, Decimal) else Decimal(str(value))
    except (InvalidOperation, ValueError) as error:
        raise ValueError(f"amount is not a number: {value!r}") from error


def _within(pred: Any, gold: Any) -> bool:
    p, g = _decimal(pred), _decimal(gold)
    if g == 0:
        return p == 0
    return abs(p - g) <= TOLERANCE * abs(g)


def _relative_gap(pred: Any, gold: Any) -> float:
    p, g = _decimal(pred), _decimal(gold)
    if g == 0:
        return 0.0 if p == 0 else float("inf")
    return float(abs(p - g) / abs(g))


def amounts_match(pred: dict[str, Any], gold: dict[str, Any]) -> bool:
    """Whether two claims state the same pay level (SPEC section 4): same currency and period, min and max within 0.5 %.

    The tolerance is relative to the gold value; a gold zero must be predicted exactly.

    >>> gold = {"amount": {"min": 100, "max": 100, "currency": "EUR"}, "period": "hour"}
    >>> amounts_match({"amount": {"min": 100.5, "max": 100.5, "currency": "EUR"}, "period": "hour"}, gold)
    True
    >>> amounts_match({"amount": {"min": 100.6, "max": 100.6, "currency": "EUR"}, "period": "hour"}, gold)
    False
    >>> amounts_match({"amount": {"min": 100, "max": 100, "currency": "EUR"}, "period": None}, gold)
    False
    """
    pa, ga = pred["amount"], gold["amount"]
    return (
        pa["currency"] == ga["currency"]
        and pred.get("period") == gold.get("period")
        and _within(pa["min"], ga["min"])
        and _within(pa["max"], ga["max"])
    )


def _closeness(pred: dict[str, Any], gold: dict[str, Any]) -> float:
    pa, ga = pred["amount"], gold["amount"]
    return max(_relative_gap(pa["min"], ga["min"]), _relative_gap(pa["max"], ga["max"]))


def match_claims(preds: Sequence[dict[str, Any]], golds: Sequence[dict[str, Any]]) -> list[tuple[int, int]]:
    """Pair predicted and gold claims of one article one to one; returns ``(pred_index, gold_index)`` pairs.

    Pairs are first taken greedily by closeness (then in list order), and augmenting paths then make the
    matching maximum, so that a duplicate prediction can never take a gold claim that another one needed.
    """
    edges: dict[int, list[int]] = {g: [] for g in range(len(golds))}
    candidates: list[tuple[float, int, int]] = []
    for g, gold in enumerate(golds):
        for p, pred in enumerate(preds):
            if amounts_match(pred, gold):
                candidates.append((_closeness(pred, gold), g, p))
    candidates.sort()
    for _, g, p in candidates:
        edges[g].append(p)
    gold_of: dict[int, int] = {}
    pred_of: dict[int, int] = {}
    for _, g, p in candidates:
        if g not in pred_of and p not in gold_of:
            pred_of[g], gold_of[p] = p, g

    def augment(g: int, seen: set[int]) -> bool:
        for p in edges[g]:
            if p in seen:
                continue
            seen.add(p)
            if p not in gold_of or augment(gold_of[p], seen):
                pred_of[g], gold_of[p] = p, g
                return True
        return False

    for g in range(len(golds)):
        if g not in pred_of and edges[g]:
            augment(g, set())
    return sorted((p, g) for g, p in pred_of.items())


# --------------------------------------------------------------------------------------------------------------
# Slots
# --------------------------------------------------------------------------------------------------------------


APOSTROPHES = str.maketrans({"’": "'", "ʼ": "'", "`": "'", "´": "'"})


def normalised_name(name: str) -> str:
    """A name as the scorer compares it: case-folded, without accents, one apostrophe, spaces collapsed. "Bogota"
    and "Bogotá", "Côte d’Ivoire" and "Côte d'Ivoire" are one name: a label keeps the text's spelling, frclaims
    writes a place as its tables spell it, and a reader takes them for the same place."""
    decomposed = unicodedata.normalize("NFKD", name.translate(APOSTROPHES))
    bare = "".join(char for char in decomposed if not unicodedata.combining(char))
    return " ".join(unicodedata.normalize("NFC", bare).casefold().split())


_norm = normalised_name


def _org_names(claim: dict[str, Any]) -> set[str]:
    return {_norm(org["name"]) for org in claim.get("organisations") or [] if org.get("name")}


def _place_name(claim: dict[str, Any]) -> str | None:
    place = claim.get("place")
    return _norm(place["name"]) if place else None


def _place_country(claim: dict[str, Any]) -> str | None:
    """The country of a claim's place: the one the claim gives (`country`, as frclaims writes it), else the one
    our place tables know for its name, else its normalised name (a place no table knows is only itself)."""
    place = claim.get("place")
    if not place:
        return None
    from .places import found_place_country

    return place.get("country") or found_place_country(place["name"]) or _norm(place["name"])


def _spans_overlap(a: dict[str, Any], b: dict[str, Any]) -> bool:
    return a["start"] < b["end"] and b["start"] < a["end"]


def _slot_correct(slot: str, pred: dict[str, Any], gold: dict[str, Any]) -> bool:
    """Whether one slot of a matched pair is right: names compare normalised, roles by overlapping spans or by
    the same words (a story that names its "coursiers" ten times may be labelled at one mention and read at
    another)."""
    if slot == "organisations":
        return _org_names(pred) == _org_names(gold)
    if slot == "organisations_overlap":
        p, g = _org_names(pred), _org_names(gold)
        return bool(p & g) or (not p and not g)
    if slot == "place":
        return _place_name(pred) == _place_name(gold)
    if slot == "place_country":  # lenient: the city for its country, or the reverse, is right
        return _place_country(pred) == _place_country(gold)
    if slot == "role":
        p, g = pred.get("role"), gold.get("role")
        if p is None or g is None:
            return p is None and g is None
        return _spans_overlap(p, g) or bool(p.get("text")) and _norm(p.get("text", "")) == _norm(g.get("text", ""))
    return pred.get(slot) == gold.get(slot)


def _slot_value(slot: str, claim: dict[str, Any]) -> Any:
    """The readable value of a slot for the error list."""
    if slot in ("organisations", "organisations_overlap"):
        return [org["name"] for org in claim.get("organisations") or []]
    if slot in ("place", "place_country"):
        return claim["place"]["name"] if claim.get("place") else None
    if slot == "role":
        return claim["role"]["text"] if claim.get("role") else None
    return claim.get(slot)


# --------------------------------------------------------------------------------------------------------------
# Entities
# --------------------------------------------------------------------------------------------------------------


def _score_entities(pred: Iterable[dict[str, Any]], gold: Iterable[dict[str, Any]]) -> dict[str, SpanCounts]:
    """Count exact and overlapping mentions per label for one article.

    Exact matches are taken first, then the remaining mentions are paired one to one by largest overlap, so
    that a nested or split prediction never hides an exact one (nervaluate pairs in list order instead).
    """
    pred, gold = list(pred), list(gold)
    counts: dict[str, SpanCounts] = {}
    for label in ENTITY_LABELS:
        g_spans = {(e["start"], e["end"]) for e in gold if e["label"] == label}
        p_spans = {(e["start"], e["end"]) for e in pred if e["label"] == label}
        exact = g_spans & p_spans
        g_left, p_left = sorted(g_spans - exact), sorted(p_spans - exact)
        overlaps = sorted(
            (-(min(pe, ge) - max(ps, gs)), gi, pi)
            for gi, (gs, ge) in enumerate(g_left)
            for pi, (ps, pe) in enumerate(p_left)
            if ps < ge and gs < pe
        )
        used_g: set[int] = set()
        used_p: set[int] = set()
        for _, gi, pi in overlaps:
            if gi not in used_g and pi not in used_p:
                used_g.add(gi)
                used_p.add(pi)
        counts[label] = SpanCounts(
            correct=len(exact),
            partial=len(used_g),
            missed=len(g_left) - len(used_g),
            spurious=len(p_left) - len(used_p),
        )
    return counts


# --------------------------------------------------------------------------------------------------------------
# Errors
# --------------------------------------------------------------------------------------------------------------


def sentence_around(text: str, start: int, end: int) -> tuple[int, int]:
    """Offsets of the sentence holding ``text[start:end]``: from the previous ". " or newline to the next.

    Gold claims carry no sentence offsets; this rough cut is enough to read an error.

    >>> text = "Premier point. Ils gagnent 2 euros de l'heure. Fin"
    >>> s, e = sentence_around(text, 27, 34)
    >>> text[s:e]
    "Ils gagnent 2 euros de l'heure."
    """
    start = max(0, min(start, len(text)))
    end = max(start, min(end, len(text)))
    full_stop = text.rfind(". ", 0, start)
    left = max(full_stop + 2 if full_stop >= 0 else 0, text.rfind("\n", 0, start) + 1)
    stops = [i for i in (text.find(". ", end), text.find("\n", end)) if i >= 0]
    right = min(stops) if stops else len(text)
    if right < len(text) and text[right] == ".":
        right += 1
    return left, right


def _amount_text(claim: dict[str, Any], text: str) -> str:
    amount = claim["amount"]
    return amount.get("text") or text[amount["start"]:amount["end"]]


def _claim_key(claim: dict[str, Any]) -> dict[str, Any]:
    amount = claim["amount"]
    return {"min": float(amount["min"]), "max": float(amount["max"]), "currency": amount["currency"],
            "period": claim.get("period")}


def _pred_sentence(claim: dict[str, Any], text: str) -> str:
    sentence = claim.get("sentence")
    if sentence:
        return text[sentence["start"]:sentence["end"]].strip()
    s, e = sentence_around(text, claim["amount"]["start"], claim["amount"]["end"])
    return text[s:e].strip()


def _gold_sentence(claim: dict[str, Any], text: str) -> str:
    s, e = sentence_around(text, claim["amount"]["start"], claim["amount"]["end"])
    return text[s:e].strip()


def _near_miss(claim: dict[str, Any], others: Iterable[dict[str, Any]]) -> str:
    """Say when an unmatched claim has a counterpart with the same amount but another currency or period."""
    for other in others:
        a, b = claim["amount"], other["amount"]
        if _within(b["min"], a["min"]) and _within(b["max"], a["max"]):
            diffs = [
                f"{key}: {other_value!r} on the other side"
                for key, other_value, value in (
                    ("currency", b["currency"], a["currency"]),
                    ("period", other.get("period"), claim.get("period")),
                )
                if other_value != value
            ]
            if diffs:
                return "same amount, " + ", ".join(diffs)
    return ""


# --------------------------------------------------------------------------------------------------------------
# Report
# --------------------------------------------------------------------------------------------------------------


@dataclass
class EvaluationReport:
    """Scores, per-label entity scores and the error list of one system on one set of articles."""

    scores: dict[str, float | int] = field(default_factory=dict)
    errors: list[dict[str, Any]] = field(default_factory=list)
    ents_per_type: dict[str, dict[str, Any]] = field(default_factory=dict)
    system: str = "frclaims"
    split: str | None = None

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready copy, for ``frclaims evaluate --json``."""
        return asdict(self)

    def format_table(self, baseline: EvaluationReport | None = None) -> str:
        """A plain-text results table; with ``baseline`` a second column compares against it."""
        reports = [self] if baseline is None else [self, baseline]
        width = max(16, *(len(r.system) + 2 for r in reports))

        def head(label: str) -> str:
            return f"{label:<30}" + "".join(f"{r.system:>{width}}" for r in reports)

        def row(label: str, key: str, digits: int = 3) -> str:
            cells = []
            for r in reports:
                value = r.scores.get(key)
                cells.append(f"{'-':>{width}}" if value is None else
                             f"{value:>{width}.{digits}f}" if isinstance(value, float) else f"{value:>{width}}")
            return f"  {label:<28}" + "".join(cells)

        def ent_row(label: str, prefix: str) -> str:
            cells = []
            for r in reports:
                s, p = r.scores.get(f"{prefix}_strict_f"), r.scores.get(f"{prefix}_partial_f")
                cell = "-" if s is None or p is None else f"{s:.3f} / {p:.3f}"
                cells.append(f"{cell:>{width}}")
            return f"  {label:<28}" + "".join(cells)

        split = f"split {self.split}" if self.split else "all splits"
        lines = [
            f"frclaims evaluation on the golden set: {split}, {self.scores.get('n_articles', 0)} articles",
            "",
            head("Claims"),
            row("gold", "n_gold"),
            row("predicted", "n_pred"),
            row("matched", "n_matched"),
            row("precision", "claims_p"),
            row("recall", "claims_r"),
            row("F1", "claims_f"),
            "",
            head("Slots (on matched pairs)"),
            row("organisations (exact set)", "slot_organisations"),
            row("organisations (overlap)", "slot_organisations_overlap"),
            row("place", "slot_place"),
            row("place (its country)", "slot_place_country"),
            row("role", "slot_role"),
            row("kind", "slot_kind"),
            row("qualifier", "slot_qualifier"),
            "",
            head("Entities F1 (strict/partial)"),
            *(ent_row(label, f"ents_{label}") for label in ENTITY_LABELS),
            ent_row("all labels (micro)", "ents"),
        ]
        if baseline is not None:
            lines += ["", "Slot accuracies are over each system's own matched pairs."]
        return "\n".join(lines)


def score(articles: Sequence[GoldArticle], predictions: Sequence[dict[str, Any]], system: str = "frclaims",
          split: str | None = None) -> EvaluationReport:
    """Score predictions (dicts shaped like ``Result.to_dict()``, one per article, same order) against gold.

    Kept apart from :func:`evaluate` so that any system's output, or a hand-built case, is scored the same way.
    """
    if len(articles) != len(predictions):
        raise ValueError(f"{len(predictions)} predictions for {len(articles)} gold articles")
    claims = PRF()
    slot_hits = {slot: 0 for slot in SLOTS}
    n_matched = 0
    entity_counts = {label: SpanCounts() for label in ENTITY_LABELS}
    errors: list[dict[str, Any]] = []
    for article, prediction in zip(articles, predictions):
        text = article.text
        golds = list(article.claims)
        preds = list(prediction.get("claims") or [])
        pairs = match_claims(preds, golds)
        matched_p = {p for p, _ in pairs}
        matched_g = {g for _, g in pairs}
        claims.tp += len(pairs)
        claims.fp += len(preds) - len(pairs)
        claims.fn += len(golds) - len(pairs)
        n_matched += len(pairs)
        article_errors: list[tuple[int, dict[str, Any]]] = []
        for p, g in pairs:
            pred, gold = preds[p], golds[g]
            for slot in SLOTS:
                if _slot_correct(slot, pred, gold):
                    slot_hits[slot] += 1
                elif slot not in LENIENT_SLOTS:
                    article_errors.append((gold["amount"]["start"], {
                        "article": article.id, "error": "wrong_slot", "field": slot,
                        "amount": _amount_text(gold, text), "gold": _slot_value(slot, gold),
                        "pred": _slot_value(slot, pred), "sentence": _gold_sentence(gold, text),
                        "pred_sentence": _pred_sentence(pred, text), "provenance": list(pred.get("provenance") or []),
                        "note": "",
                    }))
        unmatched_preds = [preds[p] for p in range(len(preds)) if p not in matched_p]
        unmatched_golds = [golds[g] for g in range(len(golds)) if g not in matched_g]
        for gold in unmatched_golds:
            article_errors.append((gold["amount"]["start"], {
                "article": article.id, "error": "missed", "field": "claim", "amount": _amount_text(gold, text),
                "gold": _claim_key(gold), "pred": None, "sentence": _gold_sentence(gold, text),
                "pred_sentence": None, "provenance": [], "note": _near_miss(gold, unmatched_preds),
            }))
        for pred in unmatched_preds:
            article_errors.append((pred["amount"]["start"], {
                "article": article.id, "error": "spurious", "field": "claim", "amount": _amount_text(pred, text),
                "gold": None, "pred": _claim_key(pred), "sentence": _pred_sentence(pred, text),
                "pred_sentence": None, "provenance": list(pred.get("provenance") or []),
                "note": _near_miss(pred, unmatched_golds),
            }))
        errors.extend(error for _, error in sorted(article_errors, key=lambda item: item[0]))
        for label, counts in _score_entities(prediction.get("entities") or [], article.entities).items():
            entity_counts[label].add(counts)

    scores: dict[str, float | int] = {
        "n_articles": len(articles),
        "n_gold": int(claims.tp + claims.fn),
        "n_pred": int(claims.tp + claims.fp),
        "n_matched": n_matched,
        "claims_p": claims.precision,
        "claims_r": claims.recall,
        "claims_f": claims.fscore,
    }
    for slot in SLOTS:
        scores[f"slot_{slot}"] = slot_hits[slot] / n_matched if n_matched else 0.0
    total = SpanCounts()
    for label in ENTITY_LABELS:
        counts = entity_counts[label]
        total.add(counts)
        for mode, prf in (("strict", counts.strict()), ("partial", counts.lenient())):
            for key, value in prf.to_dict().items():
                scores[f"ents_{label}_{mode}_{key}"] = value
    for mode, prf in (("strict", total.strict()), ("partial", total.lenient())):
        for key, value in prf.to_dict().items():
            scores[f"ents_{mode}_{key}"] = value
    ents_per_type = {label: entity_counts[label].to_dict() for label in ENTITY_LABELS}
    return EvaluationReport(scores=scores, errors=errors, ents_per_type=ents_per_type, system=system, split=split)


def load_predictions(path: str | Path) -> dict[str, dict[str, Any]]:
    """Records read from a JSONL file, by id: one per article, with its ``"id"`` (the golden record's) and its
    ``"claims"`` (and ``"entities"`` to score them), shaped like golden records or ``Result.to_dict()``."""
    path = Path(path)
    if not path.is_file():
        raise FileNotFoundError(Errors.E007.format(path=path, reason="no such file"))
    found: dict[str, dict[str, Any]] = {}
    for lineno, record in _jsonl_records(path):
        if not isinstance(record, dict) or not isinstance(record.get("id"), str):
            raise _bad(path, lineno, 'a record needs an "id" (the golden record\'s)')
        if not isinstance(record.get("claims"), list):
            raise _bad(path, lineno, 'a record needs a "claims" list')
        if record["id"] in found:
            raise _bad(path, lineno, f"id {record['id']!r} given twice")
        found[record["id"]] = record
    return found


def score_predictions(golden: str | Path | list[GoldArticle],
                      predictions: str | Path | Mapping[str, dict[str, Any]], split: str | None = None,
                      system: str | None = None) -> EvaluationReport:
    """Score records read from a JSONL file (`load_predictions`, or its result) against the golden articles of
    the same ids: another system's output, or a second annotator's labels of some articles (how far two
    annotators agree is the ceiling of what any system can be measured to reach). Golden articles without a
    record are left out; a record whose id the golden set lacks is an error. ``system`` names the column (by
    default the file's name)."""
    articles = load_golden(golden, split=split) if isinstance(golden, (str, Path)) else \
        [a for a in golden if split is None or a.split == split]
    source = "the records" if isinstance(predictions, Mapping) else str(predictions)
    records = predictions if isinstance(predictions, Mapping) else load_predictions(predictions)
    unknown = sorted(records.keys() - {a.id for a in articles})
    if unknown:
        raise ValueError(f"{len(unknown)} records of {source} have no golden article (split={split!r}): "
                         f"{', '.join(unknown[:5])}")
    scored = [a for a in articles if a.id in records]
    if not scored:
        raise ValueError(f"no golden articles to evaluate in {source} (split={split!r})")
    name = system or ("predictions" if isinstance(predictions, Mapping) else Path(predictions).stem)
    return score(scored, [records[a.id] for a in scored], system=name, split=split)


def _predict(texts: list[str], system: str, backend: str) -> list[dict[str, Any]]:
    """Run a system on the texts; imports happen here so that the scorer loads without spaCy or the core."""
    if system == "frclaims":
        from frclaims import extract_many

        options: dict[str, Any] = {} if backend == "spacy" else {"backend": backend}
        return [result.to_dict() for result in extract_many(texts, **options)]
    if system == "baseline":
        from frclaims.baseline import extract_baseline

        return list(extract_baseline(texts))
    raise ValueError(f"unknown system {system!r}: expected one of {SYSTEMS}")


def evaluate(golden: str | Path | list[GoldArticle], split: str | None = None, system: str = "frclaims",
             backend: str = "spacy") -> EvaluationReport:
    """Run ``system`` ("frclaims" or "baseline") on the golden articles and score it (SPEC section 4).

    ``golden`` is a golden folder, one JSONL file, or articles already loaded with :func:`load_golden` (load
    once when scoring several systems). ``backend`` is passed to ``frclaims.extract_many`` when not "spacy".
    """
    if system not in SYSTEMS:
        raise ValueError(f"unknown system {system!r}: expected one of {SYSTEMS}")
    if isinstance(golden, (str, Path)):
        articles = load_golden(golden, split=split)
    else:
        articles = [a for a in golden if split is None or a.split == split]
    if not articles:
        raise ValueError(f"no golden articles to evaluate (split={split!r})")
    predictions = _predict([a.text for a in articles], system, backend)
    return score(articles, predictions, system=system, split=split)
