"""Characters that change nothing of what a text says but that the rules and the NER do not expect, read as the
usual ones: decomposed accents (NFD, as PDFs and macOS write them) composed again, invisible characters (soft
hyphens, zero-width spaces, word joiners) and footnote calls glued to a word ("dinars¹") dropped, a run of spaces
inside a number ("150  000") made one, and odd apostrophes, hyphens and minus signs made the usual ones.

The pipeline reads the normalised text and `OffsetMap.restore` moves every offset of the result back to the text
that was passed in, and takes every mention's text from it: `text[start:end]` is the mention, as SPEC section 3
says. (Names and the title stay as read: "Québec", composed.) A text that needs none of this (almost every one) is
read as it is, with no map.
"""
from __future__ import annotations

import re
import unicodedata
from array import array
from dataclasses import dataclass, fields, is_dataclass, replace
from typing import Any

from .money import SPACE

# Invisible characters that may sit inside a word or a number ("1\u00ad750", "4\u200b500", "eu\u00adros").
DROPPED = frozenset("\u00ad\u200b\u200c\u200d\u2060\ufeff")
# One for one: the apostrophes, hyphens and minus signs a text may use for the usual ones ("3ʼ200 francs",
# "l´heure", "sous‑traitant", "10−14 dollars").
REPLACED = {"\u02bc": "’", "\u00b4": "’", "\u2010": "-", "\u2011": "-", "\u2212": "-"}
# Two spaces between two groups of digits of one number, a typing slip: "150  000 FCFA". (More are the columns of a
# table: "Apprentie          25           850 takas".)
SPACES_IN_NUMBER = re.compile(rf"(?<=\d)(?<!{SPACE}{SPACE}){SPACE}({SPACE})(?=\d{{3}}(?!\d))")
# A footnote call glued to a word, dropped: "800 dinars¹ par mois" (not a unit's power: "m²", "km²").
FOOTNOTE_CALL = re.compile(r"(?<=[^\W\d_]{3})([¹²³⁰⁴⁵⁶⁷⁸⁹]+)(?![^\W\d_])")
UNUSUAL = re.compile("[" + "".join(DROPPED) + "".join(REPLACED) + "]|" + SPACES_IN_NUMBER.pattern + "|"
                     + FOOTNOTE_CALL.pattern)


@dataclass(frozen=True)
class OffsetMap:
    """Where each character of a normalised text came from in the original: the original start and end of the
    character at each index (None: the same index, for a text of the same length)."""

    length: int  # of the original text
    starts: array | None = None
    ends: array | None = None

    def start(self, offset: int) -> int:
        if self.starts is None:
            return offset
        return self.starts[offset] if offset < len(self.starts) else self.length

    def end(self, offset: int) -> int:
        if self.ends is None:
            return offset
        return self.ends[offset - 1] if offset > 0 else (self.starts[0] if self.starts else 0)

    def restore(self, value: Any, original: str) -> Any:
        """`value` (a claim, a mention, a list of them...) with every span in it (a record with `start` and `end`)
        moved back into `original`, and the `text` of each span taken from `original`."""
        if isinstance(value, (list, tuple)):
            return type(value)(self.restore(v, original) for v in value)
        if not is_dataclass(value) or isinstance(value, type):
            return value
        names = {f.name for f in fields(value)}
        spans = {"start", "end"} <= names
        changes = {name: self.restore(getattr(value, name), original) for name in names
                   if not (spans and name in {"start", "end", "text"})}
        if spans:
            start, end = self.span(value.start, value.end)
            changes.update(start=start, end=end)
            if "text" in names:
                changes["text"] = original[start:end]
        return replace(value, **changes)

    def span(self, start: int, end: int) -> tuple[int, int]:
        """The original offsets of the span [start, end) of the normalised text."""
        start = self.start(start)
        return start, max(start, self.end(end))


def normalise(text: str) -> tuple[str, OffsetMap | None]:
    """The text as the pipeline reads it, and the map back to `text`; None when the text needs no change."""
    if unicodedata.is_normalized("NFC", text) and not UNUSUAL.search(text):
        return text, None
    dropped = {i for pattern in (SPACES_IN_NUMBER, FOOTNOTE_CALL) for m in pattern.finditer(text)
               for i in range(m.start(1), m.end(1))}
    out: list[str] = []
    starts, ends = array("q"), array("q")
    i = 0
    while i < len(text):
        j = i + 1
        while j < len(text) and unicodedata.combining(text[j]):
            j += 1  # a character and the accents written after it
        if i in dropped or text[i] in DROPPED:
            i += 1
            continue
        piece = "".join(REPLACED.get(c, c) for c in unicodedata.normalize("NFC", text[i:j]))
        out.append(piece)
        starts.extend([i] * len(piece))
        ends.extend([j] * len(piece))
        i = j
    return "".join(out), OffsetMap(len(text), starts, ends)
