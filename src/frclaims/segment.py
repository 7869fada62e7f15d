"""Segmentation of a page: body paragraphs apart from boilerplate (comments, subscription prompts, ads, photo
credits, "à lire aussi" lines, end-of-page teasers), the title, and sentences with offsets.

Boilerplate rules are line patterns in data/boilerplate.tsv: a "line" rule drops one line, a "tail" rule drops
everything from that line to the end of the page (comment sections and teaser blocks come last on a page), a
"paywall" rule the same unless the article goes on after it (`_goes_on`), and a "block" or "next" rule drops a
header line with the lines under it (`BLOCK_ACTIONS`). Before the body starts (a line of prose, PROSE_LINE), a
comment count or a sidebar's heading ends nothing: "12 commentaires" under a byline, "Les plus lus" above the
article. After it, a "teasers" heading and its headlines end the page unless the article goes on after them, as
after a subscription wall: "Les plus lus" between two paragraphs of the body.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from . import resources
from .records import Span

# A header line that opens a block ("À lire aussi", "Publicité") takes the lines right under it, up to a blank
# line: "block" and "teasers" the headlines of a teaser list (short lines with no final period), "next" the one
# line of an ad.
BLOCK_ACTIONS = {"block": 12, "teasers": 12, "next": 1}
BLOCK_LINE = 300  # characters: a teaser or an ad line is short; a longer line is body text
# An ad speaks to the reader, shouts or sells ("Devenez data analyst en 12 semaines !", "Votre abonnement à 1 €",
# "Mutuelle seniors : dès 29 €/mois", "Forfait cellulaire 60 Go à 35 $/mois — offre limitée"); a short body
# paragraph after a lone "Publicité" label does none of it and is kept.
AD_LINE = re.compile(r"!|(?<![\w])(?:vous|votre|vos)(?![\w])|(?<![\w])(?:dès|à partir de)\s+\d"
                     r"|[€$£]\s*/\s*(?:mois|an)\b"
                     r"|(?<![\w])(?:offre (?:spéciale|limitée|exclusive|de lancement)|promo|promotion|gratuit|gratuite"
                     r"|(?:livraison|frais de port|port|essai) offert(?:e|s|es)?"
                     r"|sans engagement|profitez)(?![\w])", re.IGNORECASE)
# The header of a reader's comment: a user's handle (a word with letters and a figure or "_", no dot) and when they
# wrote ("marco_lx, le 4 juin 2024 à 10h12", "jean-luc_44 · 05/02/2025", "velotaff33 · il y a 2 heures"); not a
# byline or a dateline ("AFP, le 4 juin 2024", "14 juin 2024", "franceinfo, le 4 juin", "20minutes.fr - 05/02/2025").
COMMENT_HEADER = re.compile(
    r"^(?=[^\s,·•—–|.]*[^\W\d_])(?=[^\s,·•—–|.]*[\d_])[^\s,·•—–|.]+(?:\s*[,·•—–|-]\s*|\s+)(?:le\s+)?"
    r"(?:\d{1,2}[/.]\d{1,2}[/.]\d{2,4}|\d{1,2}(?:er)?\s+\w{3,9}\.?\s+\d{4}|il y a \d+\s+\w+)")
PROSE_LINE = 200  # characters: a longer line is body text (the body starts with the first one)
SHORT_PROSE_LINE = 80  # characters: a line of prose this long that ends a sentence is body text too (two of them)
MAX_PARAGRAPH = 5000  # characters: longer paragraphs are cut at sentence ends so memory and NER time stay bounded


@dataclass
class Segmentation:
    """The parts of a page. `paragraphs` are body paragraphs (never boilerplate); `dropped` keeps what was
    left out with the rule that left it out, so a user can check that nothing was lost silently."""

    paragraphs: list[Span] = field(default_factory=list)
    title: Span | None = None
    dropped: list[tuple[Span, str]] = field(default_factory=list)


def _lines(text: str) -> list[Span]:
    spans, start = [], 0
    for m in re.finditer(r"\n", text):
        spans.append(Span(start, m.start()))
        start = m.end()
    spans.append(Span(start, len(text)))
    return spans


def _strip(text: str, span: Span) -> Span:
    segment = text[span.start:span.end]
    left = len(segment) - len(segment.lstrip())
    right = len(segment.rstrip())
    return Span(span.start + left, span.start + max(left, right))


def segment(text: str) -> Segmentation:
    """Split a page into body paragraphs and boilerplate, and find its title."""
    rules = resources.boilerplate()
    result = Segmentation()
    tail: str | None = None
    block: tuple[str, int] | None = None  # (why, how many lines more it may take) for "block" and "next" rules
    wall: str | None = None  # a subscription wall or teasers met, the page's next line not read yet (`_goes_on`)
    body_started = False
    sentences_seen = 0  # lines of prose that end a sentence
    lines = _lines(text)
    for k, raw in enumerate(lines):
        span = _strip(text, raw)
        if span.start == span.end:
            block = None  # a blank line ends the block a header opened
            continue
        line = text[span.start:span.end]
        # The first rule that knows the line (read once: the block below and the rules after it both ask).
        hit = next(((action, p.pattern[:40]) for action, p in rules if p.search(line)), None) if tail is None else None
        if block is not None and tail is None:
            why, left = block
            # A line a rule knows ends the block and is read by its rule: "Réagir (2)" under a teaser list opens
            # the comments. A rule that drops a line alone drops it and the block goes on: "IDE de nuit (H/F) –
            # Lyon – 2 400 €" in a list of job offers.
            if left > 0 and hit is not None and hit[0] == "line":
                result.dropped.append((span, f"line:{hit[1]}"))
                block = (why, left - 1)
                continue
            if left > 0 and len(line) <= BLOCK_LINE and hit is None and (
                    AD_LINE.search(line) if why.startswith("next") else not line.endswith(".")):
                result.dropped.append((span, why))
                block = (why, left - 1)
                continue
            block = None
        if hit is not None:
            action, shown = hit
            if action == "teasers" and body_started:  # its headlines, then the end of the page unless the
                wall = f"tail:{shown}"                   # article goes on: teasers in the middle of the body
            # A comment count opens the comments before the body has started too when a comment's header follows
            # it: a short news item of one paragraph.
            if action == "tail" or (action == "tail_if_after_body"
                                    and (body_started or _comment_header_after(text, lines, k))):
                tail = f"tail:{shown}"
            elif action == "paywall" and body_started:
                wall = f"paywall:{shown}"
                result.dropped.append((span, wall))
                line = ""
            elif action in ("tail_if_after_body", "paywall"):  # before the body: a menu's "S'abonner"
                result.dropped.append((span, f"line:{shown}"))
                line = ""
            elif action in BLOCK_ACTIONS:
                result.dropped.append((span, f"{action}:{shown}"))
                block = (f"{action}:{shown}", BLOCK_ACTIONS[action])
                line = ""
            elif action == "line":
                result.dropped.append((span, f"line:{shown}"))
                line = ""
        if wall is not None and line and tail is None:
            if not _goes_on(line):
                tail = wall
            wall = None
        if tail is not None:
            result.dropped.append((span, tail))
            continue
        if not line:
            continue
        # The body has started at a long line, or at the second line of prose that ends a sentence (a short news
        # item: its comments are no body either). One such line may be the lead under the headline.
        sentences_seen += bool(len(line) > SHORT_PROSE_LINE and SENTENCE_END.search(line[-3:]))
        body_started = body_started or len(line) > PROSE_LINE or sentences_seen >= 2
        result.paragraphs.extend(_cut_long(text, span))
    result.title = _title(text, result.paragraphs)
    return result


def _comment_header_after(text: str, lines: list[Span], k: int) -> bool:
    """Whether the first line of text after line `k` is the header of a reader's comment (`COMMENT_HEADER`)."""
    following = next((text[s.start:s.end].strip() for s in lines[k + 1:] if text[s.start:s.end].strip()), "")
    return COMMENT_HEADER.match(following) is not None


def _goes_on(line: str) -> bool:
    """Whether the first line after a subscription wall that no rule drops is the article going on: a paragraph
    of prose (longer than PROSE_LINE, ending a sentence), as when a page holds the whole text behind its wall.
    Anything else (headlines, a comment, an agenda) is the end of the page, as the wall says."""
    return len(line) > PROSE_LINE and line.rstrip("»\"”’) ").endswith((".", "!", "?", "…"))


def _cut_long(text: str, span: Span) -> list[Span]:
    """A paragraph longer than MAX_PARAGRAPH cut at sentence ends (or spaces): bounded pieces for NER."""
    pieces = []
    start = span.start
    while span.end - start > MAX_PARAGRAPH:
        window = text[start:start + MAX_PARAGRAPH]
        cut = max(window.rfind(". "), window.rfind("! "), window.rfind("? "))
        if cut < MAX_PARAGRAPH // 2:
            cut = window.rfind(" ")
        if cut <= 0:
            cut = MAX_PARAGRAPH - 1
        pieces.append(Span(start, start + cut + 1))
        start = start + cut + 1
        while start < span.end and text[start].isspace():
            start += 1
    if start < span.end:
        pieces.append(Span(start, span.end))
    return pieces


def _title(text: str, paragraphs: list[Span]) -> Span | None:
    """The first short line of the page that reads like a headline: 4 to 30 words, no final period. When a line
    after it is that headline without the site's name (a page's <title> "Les livreurs payés 3 euros - Le Journal",
    then its <h1>), the headline is that line."""
    first = paragraphs[:6]
    for index, span in enumerate(first):
        line = text[span.start:span.end]
        words = line.split()
        if 4 <= len(words) <= 30 and not line.rstrip().endswith((".", ":")) and not NOT_A_HEADLINE.search(line):
            return next((later for later in first[index + 1:] if _site_name_after(line, text[later.start:later.end])),
                        span)
    return None


SITE_NAME_SEPARATOR = re.compile(r"\s+[-–—|:]\s+\S")
# A line of the page's frame, not its headline: a breadcrumb or a menu ("Accueil > Économie > Social", "Menu
# Rechercher   S'abonner", "Recevez nos alertes | S'abonner"), a cookie banner, a byline or a date line ("Par Anne
# Martin, publié le 3 mars", "Publié le 18 mars 2026", "Le 3 mars 2026 à 10 h").
NOT_A_HEADLINE = re.compile(r"(?:\s[›>|·/]\s.*){2}|\S {3,}\S|^(?:accueil|menu|publié)\b|^le\s+\d|\bcookies?\b"
                            r"|\b(?:s['’]abonner|mon compte|se connecter|connexion|newsletters?|alertes)\b"
                            r"|^par\s.*(?:publié|mis à jour|\d{4})", re.IGNORECASE)


def _site_name_after(line: str, headline: str) -> bool:
    """Whether `line` is `headline` followed by a separator and a site's name ("... - Le Journal")."""
    headline = headline.strip()
    return bool(headline) and line.startswith(headline) and SITE_NAME_SEPARATOR.match(line, len(headline)) is not None


ABBREVIATIONS = re.compile(
    r"(?:\b(?:M|MM|Mme|Mmes|Mlle|Dr|Pr|St|Ste|av|env|etc|ex|cf|p|n°|vol|janv|févr|fév|avr|juil|sept|oct|nov|déc"
    r"|Inc|Corp|Ltd|Cie|Co|art|al|éd|min|max|hab|resp|vs)|\b[A-Z])\.$"
)
SENTENCE_END = re.compile(r"[.!?…]+[»\"”’)]*(?=\s+[«\"“(]?\s*[A-ZÀ-Ý0-9«])|[.!?…]+[»\"”’)]*$")


def split_sentences(text: str, span: Span) -> list[Span]:
    """Rule-based sentences of one paragraph: used where the backend gives none (and for the baseline)."""
    out = []
    start = span.start
    segment_text = text[span.start:span.end]
    for m in SENTENCE_END.finditer(segment_text):
        end = span.start + m.end()
        if ABBREVIATIONS.search(text[max(start, end - 8):end]):
            continue
        sentence = _strip(text, Span(start, end))
        if sentence.start < sentence.end:
            out.append(sentence)
        start = end
    last = _strip(text, Span(start, span.end))
    if last.start < last.end:
        out.append(last)
    return out
