"""The lower-case words around an amount: what the learnt decisions (`paymodel.py`, `periodmodel.py`,
`kindmodel.py`) read beside the evidence the rules gathered."""
from __future__ import annotations

import re
from collections.abc import Iterable

from .records import Span

WORD = re.compile(r"[a-zàâäçéèêëîïôöùûüÿœæ]+(?:['’][a-zàâäçéèêëîïôöùûüÿœæ]+)?")
BEFORE_CHARS = 100  # where the words before an amount are read
AFTER_CHARS = 80    # and the words after it
# A longer word also counts by its first STEM_CHARS letters, what its forms share ("touchait", "touchent",
# "touché": "touch"; "rémunérés", "rémunération": "rémun"), so that a form the training articles never used still
# reads as its kin.
STEM_CHARS = 5


CLAUSE_END = re.compile(r"[,;:()]")  # what ends a clause inside a sentence


def part_around(text: str, span: Span, start: int, end: int, boundary: re.Pattern[str]) -> tuple[int, int]:
    """The offsets of the part of `span` (a sentence) around text[start:end] that no match of `boundary` cuts: the
    end of the last match before `start`, or the span's start, to the start of the first after `end`, or its end."""
    before = [m.end() for m in boundary.finditer(text, span.start, start)]
    after = boundary.search(text, end, span.end)
    return (before[-1] if before else span.start), (after.start() if after else span.end)


def same_clause(text: str, start: int, end: int) -> bool:
    """Whether no comma, semicolon, colon or bracket stands in `text[start:end]` (between a name and an amount of
    one sentence): "1 euro à Madagascar" after "12 euros de l'heure en France, contre"."""
    return CLAUSE_END.search(text, start, end) is None


def words_before(text: str, start: int, count: int) -> list[str]:
    """The last `count` words before `start`, lower-cased."""
    found = WORD.findall(text[max(0, start - BEFORE_CHARS):start].lower())
    return found[-count:] if count else []


def words_after(text: str, end: int, count: int) -> list[str]:
    """The first `count` words after `end`, lower-cased."""
    return WORD.findall(text[end:end + AFTER_CHARS].lower())[:count]


def words_in(text: str, start: int, end: int) -> set[str]:
    """The distinct lower-cased words of `text[start:end]` (a sentence)."""
    return set(WORD.findall(text[start:end].lower()))


def features(text: str, start: int, end: int, before: int, after: int,
             sentence: tuple[int, int] | None = None) -> dict[str, float]:
    """The words around the amount `text[start:end]` as features: "before:w" for the last `before` words before
    it, "after:w" for the first `after` words after it and, given its `sentence`, "sentence:w" for its words.
    The words that touch it also count in place, alone and in pairs ("prev:payé", "prev2:est_payé", "next:de",
    "next2:de_l'heure"): "facturé 38 000 rupiah au passager" and "qui lui rapportera 24 000 rupiah" share
    their words, not their order. The before, after and sentence words also count by their stems
    ("before~:touch", `STEM_CHARS`)."""
    near_before = words_before(text, start, max(before, 2))  # read once for the window and the touching words
    near_after = words_after(text, end, max(after, 2))
    found = tagged("before", near_before[-before:] if before else [])
    found.update(tagged("after", near_after[:after]))
    found.update(_adjacent(near_before[-2:], "prev", reverse=True))
    found.update(_adjacent(near_after[:2], "next", reverse=False))
    if sentence is not None:
        found.update(tagged("sentence", words_in(text, *sentence)))
    return found


def tagged(tag: str, words: Iterable[str]) -> dict[str, float]:
    """Each word as a feature "tag:w" and, when longer than `STEM_CHARS`, its stem as "tag~:stem"."""
    found: dict[str, float] = {}
    for word in words:
        found[f"{tag}:{word}"] = 1.0
        if len(word) > STEM_CHARS:
            found[f"{tag}~:{word[:STEM_CHARS]}"] = 1.0
    return found


def _adjacent(words: list[str], tag: str, reverse: bool) -> dict[str, float]:
    """The word nearest the amount ("tag:w") and the two nearest in text order ("tag2:w1_w2")."""
    if not words:
        return {}
    found = {f"{tag}:{words[-1] if reverse else words[0]}": 1.0}
    if len(words) > 1:
        found[f"{tag}2:{words[0]}_{words[1]}"] = 1.0
    return found
