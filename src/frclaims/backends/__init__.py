"""NLP backends: what does tokenisation, sentences and named entities. The rest of frclaims (recognisers and
linking) sees only `Annotation`s, never a spaCy or stanza object, so both backends share every rule."""
from __future__ import annotations

from functools import cache

from ..errors import Errors
from .base import Annotation, Backend

BACKENDS = ("spacy", "stanza")


@cache
def get_backend(name: str = "spacy") -> Backend:
    """The backend called `name`, loaded once per process."""
    if name == "spacy":
        from .spacy_backend import SpacyBackend

        return SpacyBackend()
    if name == "stanza":
        from .stanza_backend import StanzaBackend

        return StanzaBackend()
    raise ValueError(Errors.E002.format(name=name, available=", ".join(BACKENDS)))


__all__ = ["Annotation", "Backend", "BACKENDS", "get_backend"]
