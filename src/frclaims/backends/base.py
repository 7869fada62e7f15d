"""The backend interface: text in, sentences and named entities out, as character offsets into that text."""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Iterable, Iterator, Protocol


@dataclass(frozen=True)
class Annotation:
    """What a backend gives for one text. Offsets are half-open and relative to that text.

    `entities` labels are the backend's own (spaCy and stanza French models both use PER, LOC, ORG, MISC)."""

    sentences: list[tuple[int, int]] = field(default_factory=list)
    entities: list[tuple[str, int, int]] = field(default_factory=list)


class Backend(Protocol):
    """A loaded NLP pipeline. `annotate` streams: it yields one Annotation per input text, in order."""

    name: str

    def annotate(self, texts: Iterable[str], batch_size: int = 64) -> Iterator[Annotation]:
        ...
