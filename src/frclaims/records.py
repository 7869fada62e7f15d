"""Typed records of an extraction: mentions, amounts, claims and the result of one article.

Offsets everywhere are half-open character offsets into the exact string given to `extract` (for HTML input,
into `Result.text`, the text the HTML was reduced to): `text[start:end]` is the mention. Amounts are `Decimal`
in the currency's main unit (20 centimes is `Decimal("0.20")`); `to_dict` turns them into floats for JSON.
"""
from __future__ import annotations

import json
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

LABELS = ("ORG", "LOC", "MONEY", "RATE", "ROLE", "DATE")
PERIODS = ("hour", "day", "week", "month", "year", "task")
KINDS = ("paid", "offered", "reference")
QUALIFIERS = ("up_to", "at_least", "more_than", "less_than", "about", "only")


@dataclass(frozen=True)
class Span:
    """A half-open character range of the input text."""

    start: int
    end: int

    def to_dict(self) -> dict[str, int]:
        return {"start": self.start, "end": self.end}


@dataclass(frozen=True)
class Mention:
    """An entity mention: `label` is one of LABELS; `value` is its normalised form (a country for a demonym,
    a canonical organisation name, an ISO period); `source` names the recogniser that found it."""

    label: str
    start: int
    end: int
    text: str
    value: str | None = None
    source: str = ""

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {"label": self.label, "start": self.start, "end": self.end, "text": self.text}
        if self.value is not None and self.value != self.text:
            out["value"] = self.value
        if self.source:
            out["source"] = self.source
        return out


@dataclass(frozen=True)
class Amount:
    """A money amount: min and max in the currency's main unit, with the text it was read from."""

    min: Decimal
    max: Decimal
    currency: str
    text: str
    start: int
    end: int

    def to_dict(self) -> dict[str, Any]:
        return {"min": float(self.min), "max": float(self.max), "currency": self.currency,
                "text": self.text, "start": self.start, "end": self.end}


@dataclass(frozen=True)
class NamedRef:
    """A slot value that points into the text: `name` is normalised ("Kenya" for "kényans")."""

    name: str
    start: int
    end: int

    def to_dict(self) -> dict[str, Any]:
        return {"name": self.name, "start": self.start, "end": self.end}


@dataclass(frozen=True)
class PlaceRef(NamedRef):
    """Where the workers are, with the ISO 3166-1 alpha-2 code of its country when known ("Katunayake": LK), so
    that claims can be grouped by country whatever level of place the article names."""

    country: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return super().to_dict() | {"country": self.country}


@dataclass(frozen=True)
class RoleRef:
    """The workers a claim is about, as written."""

    text: str
    start: int
    end: int

    def to_dict(self) -> dict[str, Any]:
        return {"text": self.text, "start": self.start, "end": self.end}


@dataclass(frozen=True)
class Claim:
    """One wage claim (SPEC section 2). `provenance` lists the rules and features that produced each field,
    so an error on the golden set can be traced to the rule that made it."""

    amount: Amount
    period: str | None
    kind: str
    qualifier: str | None
    organisations: tuple[NamedRef, ...]
    place: PlaceRef | None
    role: RoleRef | None
    sentence: Span
    converted: tuple[Amount, ...] = ()
    score: float = 0.0
    provenance: tuple[str, ...] = ()

    @property
    def key(self) -> tuple[Decimal, Decimal, str, str | None]:
        """What makes a claim distinct in an article: SPEC section 2, counting."""
        return (self.amount.min, self.amount.max, self.amount.currency, self.period)

    def to_dict(self) -> dict[str, Any]:
        return {
            "amount": self.amount.to_dict(),
            "period": self.period,
            "kind": self.kind,
            "qualifier": self.qualifier,
            "organisations": [o.to_dict() for o in self.organisations],
            "place": self.place.to_dict() if self.place else None,
            "role": self.role.to_dict() if self.role else None,
            "sentence": self.sentence.to_dict(),
            "converted": [c.to_dict() for c in self.converted],
            "score": round(self.score, 3),
            "provenance": list(self.provenance),
        }


@dataclass
class Result:
    """What `extract` returns for one article."""

    text: str
    claims: list[Claim] = field(default_factory=list)
    entities: list[Mention] = field(default_factory=list)
    title: str | None = None
    date: str | None = None
    body: list[Span] = field(default_factory=list)
    meta: dict[str, Any] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready data in the shape of SPEC section 3 (and of `frclaims/data/result.schema.json`)."""
        return {
            "title": self.title,
            "date": self.date,
            "claims": [c.to_dict() for c in self.claims],
            "entities": [m.to_dict() for m in self.entities],
            "body": [s.to_dict() for s in self.body],
            "meta": dict(self.meta),
        }

    def to_json(self, **kwargs: Any) -> str:
        return json.dumps(self.to_dict(), ensure_ascii=False, **kwargs)
