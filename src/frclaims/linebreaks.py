"""Text wrapped at a fixed width (copied from a PDF, an e-mail newsletter, a press database export) read as the
prose it is: a line break the wrapping made becomes a space, so that "1 350\\neuros" is an amount and a sentence
is not cut in pieces that each look like a paragraph. A break after a line filled up to the text's width is the
wrapping's; so is one after a shorter line that ends inside a sentence when the next line starts in lower case or
with a figure. A break after any other line ends a paragraph, a heading or an item of a list, and stays.

Every break is replaced by as many spaces as it has characters ("\\n", or "\\r\\n"), so the text keeps its
length and every offset of a result is an offset into the text that was passed in. A page whose paragraphs are
lines (a web page as text, the corpus) is left as it is: the text must look wrapped before any break is joined
(most breaks between two lines of text come after a filled line, and most of those inside a sentence).
"""
from __future__ import annotations

import re

LINE_BREAK = re.compile(r"\r?\n")
# The end of a sentence or of a line that introduces what follows ("Salaires :"), closing quotes or brackets after.
SENTENCE_END = re.compile(r"[.!?…:;][»\"”’)\]]*$")
# A line that opens an item of a list ("- junior : 250 000 ariary", "• Nairobi", "1) ...") stays on its own line.
LIST_ITEM = re.compile(r"[-–—•*·▪►]\s|\d{1,2}[.)]\s")
GOES_ON = re.compile(r"[a-zà-ÿ0-9]")  # a line that starts inside a sentence
# A wrapped text has most of its lines filled up to one width, and most of these end inside a sentence.
MIN_WRAPPED_BREAKS = 2
WRAPPED_SHARE = 0.5
WIDTH_SLACK = 20  # characters: a line this close to the text's width was cut by the wrapping, not by its author
MAX_WRAP_WIDTH = 160  # characters: longer lines are paragraphs, not a width anyone wraps at


def unwrap(text: str) -> tuple[str, int]:
    """The text with the line breaks the wrapping made read as spaces, and how many were joined. A text that does
    not look wrapped comes back unchanged (0 joined)."""
    lines = _lines(text)
    filled = [line for _, line in lines if line.strip()]
    if len(filled) <= MIN_WRAPPED_BREAKS:
        return text, 0
    width = _width(filled)
    breaks = [(end, line, following) for (end, line), (_, following) in zip(lines, lines[1:])
              if line.strip() and following.strip()]
    breaks = [(end, line.rstrip(), following.lstrip()) for end, line, following in breaks
              if not LIST_ITEM.match(following.lstrip())]  # an item of a list stays on its own line
    # A break the wrapping made: after a line filled up to the width.
    cut = [(end, line) for end, line, _ in breaks if len(line) >= width - WIDTH_SLACK]
    inside = [line for _, line in cut if not SENTENCE_END.search(line)]
    if (width > MAX_WRAP_WIDTH or len(cut) < MIN_WRAPPED_BREAKS or len(cut) < WRAPPED_SHARE * len(breaks)
            or len(inside) < WRAPPED_SHARE * len(cut)):
        return text, 0
    # In a wrapped text, a shorter line that ends inside a sentence goes on in the next line when that one starts
    # in lower case or with a figure ("... en moyenne 1 350" / "euros par mois").
    cut += [(end, line) for end, line, following in breaks if len(line) < width - WIDTH_SLACK
            and not SENTENCE_END.search(line) and GOES_ON.match(following)]
    chars = list(text)
    for end, _ in cut:
        chars[end:end + _break_length(text, end)] = " " * _break_length(text, end)
    return "".join(chars), len(cut)


def _lines(text: str) -> list[tuple[int, str]]:
    """(offset of the line's break, line) for every line; the last line's break offset is the text's length."""
    lines, start = [], 0
    for m in LINE_BREAK.finditer(text):
        lines.append((m.start(), text[start:m.start()]))
        start = m.end()
    lines.append((len(text), text[start:]))
    return lines


def _break_length(text: str, at: int) -> int:
    return 2 if text.startswith("\r\n", at) else 1


def _width(lines: list[str]) -> int:
    """The width the text was wrapped at: the length its long lines reach (the 90th percentile of the lengths of
    its lines of text)."""
    lengths = sorted(len(line.rstrip()) for line in lines)
    return lengths[int(0.9 * (len(lengths) - 1))]
