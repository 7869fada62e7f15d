"""Where a claim's workers are, learnt: each place the article names (and the rules' choice, and none) is a
candidate, described by where its mentions stand from the amount, how often and how the article names it, whether
it is a country, the article's main place or the rules' choice, the two words before its nearest mention
("originaire de", "siège à"), which place it is counting back from the amount (765 articles, 5-fold: 0.626 without
it, 0.631 with it), whether the claim's currency is in use there (shillings are paid in Kenya, not
in the Paris the article also names; dev, 733 articles, 5-fold by article: place 0.599 without it, 0.617 with it),
and how it stands to the rules' place, the country of its city or a city of its country, beside the claim's kind
(829 articles, 5-fold: 0.636 without it, 0.646 with it), and whether a locative names it right after the amount
("250 euros au Maroc").
A conditional logit scores the candidates together (softmax over the claim's candidates); the best one is the
place. Fitted so, rather than as a logistic regression over each candidate alone, it learns which candidate of a
claim is right rather than which claims have a right one (dev, 5-fold by article on its own rows: 0.662 to 0.669).
It also reads whether the amount's paragraph, or the one before it, names a candidate (the setting of that part of
the story), and gives "none" the words of the amount's sentence (a median is often of no place): on its rows 0.669
to 0.688; cross-fitted, all matched dev claims, 0.714 to 0.726.

The rules (`linking._place`) take the nearest place that is no origin nor a company's seat, else the article's
main place; the golden labels take the city or its country, the nearest mention or the one that places the
workers, in ways no short rule separates. Trained on the development split of the golden set by
`scripts/train_models.py`; weights in `data/place_model.json`. It does not revisit a place a rule of the guide
decided (`linking.RULED_PLACES`). Place accuracy on matched claims, rules alone and with the model: dev, 5-fold by
article, 0.613 and 0.645; test split, which it never saw, 0.597 and 0.631."""
from __future__ import annotations

import bisect
import math
import re
from collections import Counter
from dataclasses import dataclass
from functools import cache
from typing import Protocol

from . import context_words, places
from .learnt import LogisticModel, NamedMentions, best_of, name_of, none_words, paragraph_at, read_shipped
from .records import Mention, Span

# Right before a place: a preposition that says where ("à Lyon", "en Grèce", "dans le Nord").
LOCATIVE = re.compile(r"(?:(?<!\w)(?:à|en|au|aux|dans|de|du|des))[ \u00a0]+(?:l['’]|la[ \u00a0]|le[ \u00a0]|les[ \u00a0])?$",
                      re.IGNORECASE)
MAX_SENTENCES_BACK = 10  # a farther mention counts as this far


class PlacedArticle(Protocol):
    """What the place model reads of an article (`linking.Article` has it)."""
    text: str
    sentences: list[Span]
    paragraph_of: list[int]  # by sentence; empty: the text is one paragraph
    places: list[Mention]

    @property
    def worker_places(self) -> list[Mention]: ...

    @property
    def main_place(self) -> Mention | None: ...

    def sentence_index(self, offset: int) -> int: ...


WINDOW = MAX_SENTENCES_BACK  # candidates: places named from this many sentences before the amount's to the next
LEAD_NAMES = 5  # and the first places the article names (its dateline, its lead), whatever the distance


@dataclass(frozen=True)
class PlaceIndex:
    """The article's places, read once: their mentions by name, the features that do not depend on a claim, the
    country of each name (of its first mention) and the paragraphs that name it."""
    named: NamedMentions
    static: dict[str, dict[str, float]]
    country: dict[str, str | None]
    paragraphs: dict[str, frozenset[int]]


def index(article: PlacedArticle) -> PlaceIndex:
    """What the place model reads of the article's places whatever the claim."""
    named = NamedMentions.of(article.places, LEAD_NAMES)
    ordered = named.ordered
    main = article.main_place
    main_country = places.mention_country(main) if main is not None else None
    workers = {id(m) for m in article.worker_places}
    by_country = Counter(places.mention_country(m) for m in ordered)
    with_cities = {places.mention_country(m) for m in ordered if not places.is_country(m)}
    static: dict[str, dict[str, float]] = {}
    country_of: dict[str, str | None] = {}
    for name, found in named.mentions.items():
        first = found[0]
        country = country_of[name] = places.mention_country(first)
        is_country = places.is_country(first)
        static[name] = {"count": math.log1p(len(found)), "is-main": float(main is not None and name == name_of(main)),
                        "is-country": float(is_country), "spans-countries": float(places.spans_countries(first)),
                        "same-country-as-main": float(country is not None and country == main_country),
                        "is-first": float(first is ordered[0]),
                        "in-worker-places": float(any(id(m) in workers for m in found))}
        if country is not None:
            static[name]["country-mentions"] = math.log1p(by_country[country])
            if is_country:
                static[name]["country-with-cities"] = float(country in with_cities)
    paragraphs = {name: frozenset(paragraph_at(article, m.start) for m in found)
                  for name, found in named.mentions.items()}
    return PlaceIndex(named, static, country_of, paragraphs)


def options(article: PlacedArticle, places_of: PlaceIndex, amount: Span, rule: str | None) -> list[str | None]:
    """A claim's candidate places: those named near its amount (`WINDOW`), the article's first ones, its main
    place, the rules' choice, and none."""
    named = places_of.named.near(article.sentences, article.sentence_index(amount.start), WINDOW, len(article.text))
    if article.main_place is not None:
        named[name_of(article.main_place)] = None
    if rule is not None:
        named[rule] = None
    return [*named, None]


@cache
def currencies_of(country: str) -> frozenset[str]:
    """The currencies in use in a country (ISO 3166 code; CLDR, via babel)."""
    from babel.numbers import get_territory_currencies

    return frozenset(get_territory_currencies(country, tender=True, non_tender=False))


# Currencies paid in many countries: that a place uses one says less than that it uses the lari or the kwacha.
WIDE_CURRENCIES = frozenset({"USD", "EUR"})


def features(article: PlacedArticle, places_of: PlaceIndex, amount: Span, kind: str, place_how: str,
             rule: str | None, name: str | None, currency: str | None = None) -> dict[str, float]:
    """The features of one candidate (`name`, None for no place) for the claim whose amount is `amount`, paid in
    `currency` (ISO 4217)."""
    found: dict[str, float] = {f"kind={kind}": 1.0, f"rule-how={place_how}": 1.0}
    if name is None:
        found["none"] = 1.0
        found["none&rule-none"] = float(rule is None)
        found.update(none_words(article, amount.start))  # a median ("salaire médian") often places no workers
        return found
    is_rule = float(name == rule)
    found["is-rule"] = is_rule
    found[f"is-rule&{place_how}"] = is_rule
    main = article.main_place
    found.update(places_of.static.get(name) or {"count": 0.0, "is-main": float(main is not None
                                                                               and name == name_of(main))})
    mentions = places_of.named.mentions.get(name)
    if not mentions:
        return found
    # The paragraph of the amount, or the one before it, names it: the setting of that part of the story.
    paragraph, named_in = paragraph_at(article, amount.start), places_of.paragraphs[name]
    found["in-paragraph"] = float(paragraph in named_in)
    found["in-paragraph-before"] = float(paragraph - 1 in named_in)
    country = places_of.country[name]
    found.update(_levels(places_of, name, country, rule, kind))
    if currency is not None and country is not None:
        # "12 000 shillings" are paid in Kenya or Uganda, not in the Paris the article also names.
        uses = float(currency in currencies_of(country))
        found["uses-currency"] = uses
        found["uses-currency&" + ("wide" if currency in WIDE_CURRENCIES else "local")] = uses
    starts = places_of.named.starts[name]
    here = article.sentence_index(amount.start)
    k = bisect.bisect_left(starts, amount.start)
    if k:
        nearest = mentions[k - 1]
        found["distance-before"] = math.log1p(amount.start - nearest.end)
        found["sentences-back"] = min(here - article.sentence_index(nearest.start), MAX_SENTENCES_BACK)
        found["same-sentence-before"] = float(article.sentence_index(nearest.start) == here)
        found["locative-before"] = float(LOCATIVE.search(article.text, max(0, nearest.start - 12), nearest.start)
                                         is not None)
        found[f"source={nearest.source.partition(':')[0]}"] = 1.0
        # 0: the place named last before the amount, 1: the one before it...
        found[f"place-rank={places_of.named.others_between(name, nearest.start, amount.start, 2)}"] = 1.0
        for word in context_words.words_before(article.text, nearest.start, 2):
            found[f"word-before:{word}"] = 1.0
    else:
        found["none-before"] = 1.0
    k = bisect.bisect_left(starts, amount.end)
    if k < len(mentions):
        found["distance-after"] = math.log1p(mentions[k].start - amount.end)
        found["same-sentence-after"] = float(article.sentence_index(mentions[k].start) == here)
        found["locative-right-after"] = float(_placed_by_locative(article.text, amount.end, mentions[k].start))
    return found


# Between an amount and a place it is paid in: a few words that no punctuation cuts ("250 euros au Maroc", "3 dollars
# de l'heure en Inde").
RIGHT_AFTER = 30  # characters


def _placed_by_locative(text: str, end: int, place: int) -> bool:
    """Whether the place mentioned at `place` follows the amount ending at `end` closely, after a locative and no
    punctuation: "1 550 euros au Portugal, 1 300 euros en Grèce" places each amount where it is paid."""
    gap = text[end:place]
    return len(gap) <= RIGHT_AFTER and not any(mark in gap for mark in ",;:.()!?") \
        and LOCATIVE.search(gap) is not None


def _levels(places_of: PlaceIndex, name: str, country: str | None, rule: str | None,
            kind: str) -> dict[str, float]:
    """How a candidate (`name`, in `country`) stands to the rules' place: the country of the city the rules took
    ("Kenya" for "Nairobi"), or a city in the country they took. The labels name a city or its country by how the
    story places its workers, which the model learns beside the claim's kind (a benchmark is more often national).
    Whether a place is a country, and its country, are read from the article's index (`PlaceIndex`)."""
    is_country = places_of.static[name]["is-country"]
    found: dict[str, float] = {f"is-country&kind={kind}": is_country}
    if country is None or rule is None or rule == name or places_of.country.get(rule) != country:
        return found
    rule_is_country = places_of.static[rule]["is-country"]
    if is_country and not rule_is_country:
        found["country-of-rule"] = 1.0
        found[f"country-of-rule&kind={kind}"] = 1.0
    elif rule_is_country and not is_country:
        found["inside-rule"] = 1.0
        found[f"inside-rule&kind={kind}"] = 1.0
    else:
        found["same-country-as-rule"] = 1.0
    return found


@dataclass(frozen=True)
class PlaceModel(LogisticModel):
    """A conditional logit over a claim's candidate places: a weight per feature, the best-scored candidate is the
    claim's place, and its probability is its softmax share among the candidates (`learnt.best_of`). The bias is
    the same for every candidate: it changes no choice."""
    trained_on: str = ""

    def choose(self, article: PlacedArticle, places_of: PlaceIndex, amount: Span, kind: str, place_how: str,
               rule: str | None, currency: str | None = None) -> tuple[str | None, float]:
        """The best of the claim's candidates (`options`; None: no place), and its probability among them."""
        names = options(article, places_of, amount, rule)
        best, probability = best_of([self.logit(features(article, places_of, amount, kind, place_how, rule, name,
                                                         currency)) for name in names])
        return names[best], probability


@cache
def default_model() -> PlaceModel:
    """The model shipped with frclaims (`data/place_model.json`), read once."""
    return PlaceModel.from_dict(read_shipped("place_model.json"))
