"""HTML input reduced to text: block elements become line breaks, scripts, styles, navigation, headers of the
site, footers, forms and asides are dropped, character references are decoded. The offsets of a result then
refer to this text (`Result.text`), not to the HTML."""
from __future__ import annotations

import re
from html.parser import HTMLParser

SKIP = {"script", "style", "noscript", "nav", "footer", "aside", "form", "button", "svg", "iframe", "template",
        "select", "figcaption"}
BLOCK = {"p", "div", "br", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "td", "th", "table",
         "article", "section", "header", "blockquote", "pre", "hr", "dd", "dt", "main", "figure", "time"}
LOOKS_LIKE_HTML = re.compile(r"<\s*(?:html|body|p|div|article|br|span|h[1-6])\b[^>]*>", re.IGNORECASE)


def looks_like_html(text: str) -> bool:
    """True when the text carries HTML markup (at least two tags of the usual block or inline elements)."""
    return len(LOOKS_LIKE_HTML.findall(text[:200_000])) >= 2


class _Reducer(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.skipping = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in SKIP:
            self.skipping += 1
        elif tag in BLOCK:
            self.parts.append("\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in SKIP:
            self.skipping = max(0, self.skipping - 1)
        elif tag in BLOCK:
            self.parts.append("\n")

    def handle_data(self, data: str) -> None:
        if not self.skipping:
            self.parts.append(data)


def html_to_text(html: str) -> str:
    """The readable text of an HTML page, one block per line."""
    reducer = _Reducer()
    reducer.feed(html)
    reducer.close()
    text = "".join(reducer.parts)
    text = re.sub(r"[ \t\r\f\v]+", " ", text)
    text = re.sub(r" *\n *", "\n", text)
    return re.sub(r"\n{3,}", "\n\n", text).strip()
