"""The stanza backend: stanza's French tokenizer (with multi-word tokens, "du" = "de le"), its sentences and its
NER, loaded the way stanza users load it: `stanza.Pipeline` over a resources folder, never downloading at run
time (`download_method=None`).

Which resources folder, first found wins:
  1. the `resources_dir` argument;
  2. $FRCLAIMS_STANZA_DIR;
  3. the project's own small model, `models/stanza/` (built by scripts/build_stanza_model.py; see docs/stanza.md);
  4. $STANZA_RESOURCES_DIR, else ~/stanza_resources (where `frclaims models stanza` puts stanza's published models).
An explicit folder (1 or 2) is used as given, so a wrong path fails instead of silently using another model.

stanza and torch are optional (`pip install 'frclaims[stanza]'`) and imported only when a backend is built.
"""
from __future__ import annotations

import json
import os
from itertools import islice
from pathlib import Path
from typing import Any, Iterable, Iterator

from ..errors import Errors
from .base import Annotation

LANG = "fr"
ENV_DIR = "FRCLAIMS_STANZA_DIR"
# NOTE: keep in sync with scripts/build_stanza_model.py (it writes models/stanza/resources.json + fr/...).
PROJECT_DIRS = (
    Path(__file__).resolve().parents[1] / "models" / "stanza",  # a copy shipped inside the package
    Path(__file__).resolve().parents[3] / "models" / "stanza",  # the repository (src layout, editable install)
)
# stanza's French NER (WikiNER) already says PER, LOC, ORG, MISC; other label sets are folded into those four.
LABELS = {
    "PER": "PER", "PERSON": "PER",
    "LOC": "LOC", "GPE": "LOC", "FAC": "LOC", "LOCATION": "LOC",
    "ORG": "ORG", "ORGANIZATION": "ORG", "ORGANISATION": "ORG",
}


def stanza_home() -> Path:
    """stanza's own default resources folder (what stanza.download uses), read without importing stanza."""
    return Path(os.environ.get("STANZA_RESOURCES_DIR") or Path.home() / "stanza_resources").expanduser()


def has_french_model(folder: Path) -> bool:
    """A resources.json that knows French and a fr/ folder beside it: what stanza.Pipeline needs offline."""
    try:
        resources = json.loads((folder / "resources.json").read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return False
    return isinstance(resources, dict) and LANG in resources and (folder / LANG).is_dir()


def find_resources_dir(resources_dir: str | os.PathLike[str] | None = None) -> Path:
    """The folder to load from (see the module docstring for the order). Raises E004 when it has no model."""
    explicit = resources_dir if resources_dir is not None else os.environ.get(ENV_DIR)
    if explicit:
        folder = Path(explicit).expanduser()
        if not has_french_model(folder):
            raise FileNotFoundError(Errors.E004.format(dir=folder))
        return folder
    for folder in (*PROJECT_DIRS, stanza_home()):
        if has_french_model(folder):
            return folder
    raise FileNotFoundError(Errors.E004.format(dir=stanza_home()))


def _import_stanza() -> Any:
    try:
        import stanza
    except ImportError as error:
        raise ImportError(Errors.E003) from error
    return stanza


class StanzaBackend:
    """A loaded stanza French pipeline (tokenize, mwt when the model has it, ner) on CPU."""

    name = "stanza"

    def __init__(self, resources_dir: str | os.PathLike[str] | None = None, nlp: Any = None) -> None:
        if nlp is None:
            stanza = _import_stanza()
            self.resources_dir = find_resources_dir(resources_dir)
            try:
                nlp = stanza.Pipeline(lang=LANG, dir=str(self.resources_dir), processors=self._processors(),
                                      download_method=None, use_gpu=False, logging_level="WARN")
            except FileNotFoundError as error:  # resources.json names a model file that is not there
                raise FileNotFoundError(Errors.E004.format(dir=self.resources_dir) + f" ({error})") from error
        self.nlp = nlp

    def _processors(self) -> str:
        """tokenize,mwt,ner when the French resources have an mwt model (stanza's published ones do)."""
        resources = json.loads((self.resources_dir / "resources.json").read_text(encoding="utf-8"))[LANG]
        return "tokenize,mwt,ner" if "mwt" in resources else "tokenize,ner"

    def annotate(self, texts: Iterable[str], batch_size: int = 64) -> Iterator[Annotation]:
        """One Annotation per text, in order; stanza runs on `batch_size` texts at a time (bulk_process)."""
        from stanza.models.common.doc import Document

        iterator = iter(texts)
        while True:
            batch = list(islice(iterator, batch_size))
            if not batch:
                return
            # stanza has nothing to say about blank texts (and its tokenizer dislikes empty documents).
            filled = [text for text in batch if text.strip()]
            docs = iter(self.nlp.bulk_process([Document([], text=text) for text in filled]) if filled else [])
            for text in batch:
                yield annotation_from_doc(next(docs), text) if text.strip() else Annotation()


def annotation_from_doc(doc: Any, text: str) -> Annotation:
    """Sentences and entities of a stanza Document, as offsets into `text` (the text it was made from)."""
    sentences = [(s.tokens[0].start_char, s.tokens[-1].end_char) for s in doc.sentences if s.tokens]
    entities = [(LABELS.get(e.type, "MISC"), e.start_char, e.end_char) for e in doc.ents
                if 0 <= e.start_char < e.end_char <= len(text)]
    return Annotation(sentences, entities)


def download_models(model_dir: str | os.PathLike[str] | None = None) -> Path:
    """Fetch stanza's published French tokenize, mwt and ner models (and what they need) into `model_dir`.

    Needs internet: the only place where frclaims lets stanza download. Returns the folder."""
    stanza = _import_stanza()
    folder = Path(model_dir).expanduser() if model_dir is not None else stanza_home()
    stanza.download(LANG, model_dir=str(folder), processors="tokenize,mwt,ner")
    return folder
