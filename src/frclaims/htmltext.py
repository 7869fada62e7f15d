"""HTML input reduced to text: block elements become line breaks, the cells of a table row are read on one line,
scripts, styles, navigation, headers of the site, footers, forms and asides are dropped, and so are the blocks a
page marks as comments, teasers, sharing buttons, ads or hidden; character references are decoded. The offsets of
a result then refer to this text (`Result.text`), not to the HTML."""
from __future__ import annotations

import re
from html.parser import HTMLParser

SKIP = {"script", "style", "noscript", "nav", "footer", "aside", "form", "button", "svg", "iframe", "template",
        "select", "figcaption"}
BLOCK = {"p", "div", "br", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "table", "caption",
         "article", "section", "header", "blockquote", "pre", "hr", "dd", "dt", "main", "figure", "time"}
CELLS = {"td", "th"}
# A line break in the page's source is a space (HTML collapses white space): only elements make lines.
SOURCE_LINE_BREAK = re.compile(r"\r?\n")
CELL_JOINER = " : "  # "Annotateur junior : 250 000 ariary", as a page written in text lists a pay scale
# Elements whose class or id names one of these words hold no article text: reader comments ("comments",
# "commentaires", "reactions"), teasers of other articles ("related", "teaser", "outbrain"), sharing buttons, ads,
# newsletter and cookie prompts. Not "paywall": the rest of an article sits in it.
NOT_ARTICLE_WORDS = {"comment", "comments", "commentaire", "commentaires", "reactions", "réactions", "related",
                     "teaser", "teasers", "outbrain", "taboola", "share", "sharing", "partage", "social", "newsletter",
                     "advert", "advertisement", "ads", "sponsored", "sponsorise", "promo", "cookie", "cookies",
                     "sidebar"}
FIRST_WORD = re.compile(r"[^\W_]+")
NEVER_DROPPED = {"html", "body", "main", "article"}  # a page's frame, whatever its classes say ("has-sidebar")
HIDDEN_STYLE = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", re.IGNORECASE)
# Tags of the usual block and inline elements, opening or closing, or a doctype.
LOOKS_LIKE_HTML = re.compile(r"<\s*/?\s*(?:html|head|body|title|p|div|article|section|br|span|h[1-6]|li|ul|table)"
                             r"\b[^>]*>|<!doctype\s+html", re.IGNORECASE)


def looks_like_html(text: str) -> bool:
    """True when the text carries HTML markup: at least two tags of the usual elements ("<p>...</p>" is a
    fragment of a page), or a doctype."""
    return len(LOOKS_LIKE_HTML.findall(text[:200_000])) >= 2


def _not_article(attrs: list[tuple[str, str | None]]) -> bool:
    """Whether an element's attributes mark it as no part of the article: a class or an id whose first word is
    one of `NOT_ARTICLE_WORDS` ("comments", "comment-list", "related-articles", "share_buttons"; not
    "has-sidebar"), the `hidden` attribute, or a style that hides it."""
    found = dict(attrs)
    if "hidden" in found or HIDDEN_STYLE.search(found.get("style") or ""):
        return True
    names = [name for key in ("class", "id") for name in (found.get(key) or "").split()]
    return any((first := FIRST_WORD.match(name)) and first.group(0).lower() in NOT_ARTICLE_WORDS for name in names)


class _Reducer(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.skipping = 0
        self.dropped: tuple[str, int] | None = None  # the element marked as no article (tag, nesting) being read
        self.cells = 0  # cells read in the current table row

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if self.dropped is not None:
            if tag == self.dropped[0]:
                self.dropped = (tag, self.dropped[1] + 1)
            return
        if tag not in SKIP and tag not in NEVER_DROPPED and tag not in ("br", "hr") and _not_article(attrs):
            self.dropped = (tag, 1)
        elif tag in SKIP:
            self.skipping += 1
        elif tag in CELLS:
            self.parts.append(CELL_JOINER if self.cells else "\n")
            self.cells += 1
        elif tag in BLOCK:
            self.parts.append("\n")
            if tag == "tr":
                self.cells = 0

    def handle_endtag(self, tag: str) -> None:
        if self.dropped is not None:
            if tag == self.dropped[0]:
                depth = self.dropped[1] - 1
                self.dropped = (tag, depth) if depth else None
            return
        if tag in SKIP:
            self.skipping = max(0, self.skipping - 1)
        elif tag in BLOCK:
            self.parts.append("\n")

    def handle_data(self, data: str) -> None:
        if not self.skipping and self.dropped is None:
            self.parts.append(SOURCE_LINE_BREAK.sub(" ", data))  # "1 350\neuros" in a <p> reads "1 350 euros"


def html_to_text(html: str) -> str:
    """The readable text of an HTML page, one block per line."""
    reducer = _Reducer()
    reducer.feed(html)
    reducer.close()
    text = "".join(reducer.parts)
    text = re.sub(r"[ \t\r\f\v]+", " ", text)
    text = re.sub(r" *\n *", "\n", text)
    return re.sub(r"\n{3,}", "\n\n", text).strip()
