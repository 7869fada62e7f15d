"""Text wrapped at a fixed width (copied from a PDF, an e-mail newsletter, a press database export) read as the
prose it is: a line break the wrapping made becomes a space, so that "1 350\\neuros" is an amount and a sentence
is not cut in pieces that each look like a paragraph. A break after a line of prose filled up to the text's width
is the wrapping's; so is one after a shorter line that ends no sentence when the next line starts in lower case or
with a figure. A break before an item of a list, after a shorter line before a capital (a heading, a headline,
the end of a paragraph), or after a row of a table ("... échelon AS1 : 1 766 euros brut" / "Agent qualifié ...")
stays.

Every break is replaced by as many spaces as it has characters ("\\n", or "\\r\\n"), so the text keeps its
length and every offset of a result is an offset into the text that was passed in. A page whose paragraphs are
lines (a web page as text, the corpus) is left as it is: the text must look wrapped before any break is joined
(most breaks between two lines of text come after a line filled up to one width, most of those inside a sentence,
and that width is one people wrap at). In any text, though, a break right after a figure and before a word in lower
case is inside an amount ("2 500" / "roupies népalaises par jour", "entre 900" / "et 1 100 dinars"): no paragraph
ends on a bare figure that the next one goes on from.
"""
from __future__ import annotations

import re

LINE_BREAK = re.compile(r"\r?\n")
# The end of a sentence or of a line that introduces what follows ("Salaires :"), closing quotes or brackets after.
SENTENCE_END = re.compile(r"[.!?…:;][»\"”’)\]]*$")
# A line that opens an item of a list ("- junior : 250 000 ariary", "• Nairobi", "1) ...") stays on its own line.
LIST_ITEM = re.compile(r"[-–—•*·▪►]\s|\d{1,2}[.)]\s")
# A line that starts inside a sentence: in lower case or with a figure ("euros par mois, ...").
GOES_ON = re.compile(r"[a-zà-ÿ0-9«(]")
# A row of a table or a list of figures: a tab, columns of spaces, or a label and a figure after a colon. A capital
# after such a line opens the next row ("... échelon AS1 : 1 766 euros brut" / "Agent de service qualifié ...").
TABLE_ROW = re.compile(r"\t| {3,}|:\s*\S*\d")
# A line that ends on a figure standing alone (not "livreur69", a user name) and a line that goes on in lower case.
FIGURE_END = re.compile(r"(?:^|[\s(])\d(?:[\d.,\u00a0\u202f ]*\d)?$")
LOWER_START = re.compile(r"[a-zà-ÿ]")
MIN_WRAPPED_BREAKS = 2  # a text of two lines says nothing of a width
WRAPPED_SHARE = 0.5
WIDTH_SLACK = 20  # characters: a line this close to the text's width was cut by the wrapping, not by its author
MAX_WRAP_WIDTH = 160  # characters: longer lines are paragraphs, not a width anyone wraps at
# characters: a text with a line this long was not wrapped, whatever width its other lines share (a web page whose
# body paragraph is one line, with a teaser line and comments under it that reach the width of its short lines)
PARAGRAPH_LINE = 2 * MAX_WRAP_WIDTH


def unwrap(text: str) -> tuple[str, int]:
    """The text with the line breaks the wrapping made read as spaces, and how many were joined. In a text that
    does not look wrapped, only the breaks inside an amount are joined (`_inside_amount`)."""
    lines = _lines(text)
    breaks = [(end, line.rstrip(), following.lstrip()) for (end, line), (_, following) in zip(lines, lines[1:])
              if line.strip() and following.strip()]
    width = _width([line.rstrip() for _, line in lines if line.strip()]) if breaks else 0
    if _wrapped(breaks, width):
        joined = [end for end, line, following in breaks if _goes_on(line, following, width)]
    else:
        joined = [end for end, line, following in breaks if _inside_amount(line, following)]
    if not joined:
        return text, 0
    chars = list(text)
    for end in joined:
        length = 2 if text.startswith("\r\n", end) else 1
        chars[end:end + length] = " " * length
    return "".join(chars), len(joined)


def _wrapped(breaks: list[tuple[int, str, str]], width: int) -> bool:
    """Whether a text whose breaks between lines of text are `breaks` (offset, line, next line) was wrapped at
    `width`: enough of its lines are filled up to it, most of those end inside a sentence, and none is a paragraph
    as long as `PARAGRAPH_LINE`."""
    if len(breaks) < MIN_WRAPPED_BREAKS or any(len(line) >= PARAGRAPH_LINE for _, line, _ in breaks):
        return False
    filled = [line for _, line, _ in breaks if len(line) >= width - WIDTH_SLACK]
    inside = [line for line in filled if not SENTENCE_END.search(line)]
    return not (width > MAX_WRAP_WIDTH or len(filled) < MIN_WRAPPED_BREAKS or len(filled) < WRAPPED_SHARE * len(breaks)
                or len(inside) < WRAPPED_SHARE * len(filled))


def _inside_amount(line: str, following: str) -> bool:
    """Whether a break falls inside an amount: `line` ends on a figure and `following` goes on in lower case
    ("2 500" / "euros par mois")."""
    return FIGURE_END.search(line) is not None and LOWER_START.match(following) is not None


def _goes_on(line: str, following: str, width: int) -> bool:
    """Whether the paragraph of `line` goes on into `following`: no item of a list follows, and `line` is prose
    filled up to the width (a capital then starts a name, "... les modérateurs de" / "Sama ...", or the next
    sentence), or a shorter line that ends no sentence before a line that starts in lower case or with a figure."""
    if LIST_ITEM.match(following):
        return False
    if len(line) >= width - WIDTH_SLACK and not TABLE_ROW.search(line):
        return True
    return not SENTENCE_END.search(line) and GOES_ON.match(following) is not None


def _lines(text: str) -> list[tuple[int, str]]:
    """(offset of the line's break, line) for every line; the last line's break offset is the text's length."""
    lines, start = [], 0
    for m in LINE_BREAK.finditer(text):
        lines.append((m.start(), text[start:m.start()]))
        start = m.end()
    lines.append((len(text), text[start:]))
    return lines


def _width(lines: list[str]) -> int:
    """The width the text was wrapped at: the length its long lines reach (the 90th percentile of the lengths of
    its lines of text)."""
    lengths = sorted(len(line) for line in lines)
    return lengths[int(0.9 * (len(lengths) - 1))]
