"""frclaims: wage claims (who is paid, how much, per what unit, by whom, where) from French press articles.

    >>> import frclaims
    >>> result = frclaims.extract("Les modérateurs kényans de Sama étaient payés 2 dollars de l'heure.")
    >>> [(c.amount.text, c.amount.currency, c.period) for c in result.claims]
    [('2 dollars', 'USD', 'hour')]
"""
from __future__ import annotations

from functools import cache
from typing import TYPE_CHECKING, Any, Iterable, Iterator

from .records import Amount, Claim, Mention, NamedRef, Result, RoleRef, Span

if TYPE_CHECKING:
    from .evaluation import EvaluationReport
    from .pipeline import Pipeline

__version__ = "0.1.0"


@cache
def load(backend: str = "spacy") -> "Pipeline":
    """The extraction pipeline over `backend` ("spacy" or "stanza"), loaded once per process."""
    from .pipeline import Pipeline

    return Pipeline(backend)


def extract(text: str, backend: str = "spacy") -> Result:
    """Wage claims and entity mentions of one article. Offsets refer to `text` (to `Result.text` for HTML)."""
    return load(backend)(text)


def extract_many(texts: Iterable[str], batch_size: int = 32, backend: str = "spacy") -> Iterator[Result]:
    """Results of many articles, in order, streamed through the backend in batches of `batch_size`."""
    return load(backend).pipe(texts, batch_size=batch_size)


def evaluate(golden: Any, split: str | None = None, system: str = "frclaims", backend: str = "spacy") -> "EvaluationReport":
    """Precision, recall and F1 of claims and entities against a golden set (see `frclaims.evaluation`)."""
    from .evaluation import evaluate as _evaluate

    return _evaluate(golden, split=split, system=system, backend=backend)


__all__ = ["extract", "extract_many", "evaluate", "load", "Result", "Claim", "Amount", "Mention", "NamedRef",
           "RoleRef", "Span", "__version__"]
