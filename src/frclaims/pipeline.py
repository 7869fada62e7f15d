"""The extraction pipeline: page text in, `Result` out.

    text --(HTML? reduce)--(odd characters? normalise)--(wrapped? unwrap)--> segment (body paragraphs, title)
         --backend--> sentences + NER per paragraph
         --recognisers--> MONEY, ORG, LOC, ROLE, DATE, RATE mentions --linking--> claims
         --(normalised or unwrapped? offsets and mentions back into the text given)--> Result

The backend (spaCy or stanza) runs only on body paragraphs, never on comments or teasers, and without the
parser and tagger it does not need. `Pipeline.pipe` streams: it holds one batch of articles at a time.
"""
from __future__ import annotations

import bisect
import itertools
import re
from dataclasses import dataclass, replace
from functools import cache, lru_cache
from itertools import islice
from typing import Any, Iterable, Iterator

from . import context_words, dates, money, organisations, places, resources, roles
from .backends import Annotation, Backend, get_backend
from .errors import Errors
from .htmltext import html_to_text, looks_like_html
from .linebreaks import unwrap
from .textnorm import OffsetMap, normalise
from .linking import Article, Models, company_seats, link, not_origins, origin_before
from .kindmodel import KindModel
from .orgmodel import OrgModel
from .paymodel import PayModel
from .periodmodel import PeriodModel
from .placemodel import PlaceModel
from .rolemodel import RoleModel
from .periods import named_units, period_after, period_before, rate_end
from .records import Mention, Result, Span
from .segment import Segmentation, segment, split_sentences

VERSION = "0.1.0"  # NOTE: keep in sync with pyproject.toml; stored with every batch result


@dataclass
class _Prepared:
    text: str  # as the pipeline reads it
    segmentation: Segmentation
    meta: dict[str, Any]
    given: str = ""  # the text the offsets of the result refer to (`text` before `normalise` and `unwrap`)
    offsets: OffsetMap | None = None  # from `text` back to `given`, when `normalise` changed it
    changed: bool = False  # whether `normalise` or `unwrap` changed the text


class Pipeline:
    """A loaded extraction pipeline over one backend. Call it on a text, or `pipe` an iterable of texts."""

    def __init__(self, backend: str | Backend = "spacy", pay_model: PayModel | None = None,
                 kind_model: KindModel | None = None, place_model: PlaceModel | None = None,
                 org_model: OrgModel | None = None, role_model: RoleModel | None = None,
                 period_model: PeriodModel | None = None) -> None:
        self.backend: Backend = get_backend(backend) if isinstance(backend, str) else backend
        # What decides that an amount is pay, the period, kind, place, organisations and role of a claim;
        # None: the models frclaims ships.
        self.models = Models(pay_model, period_model, kind_model, place_model, org_model, role_model)

    def __call__(self, text: str) -> Result:
        return next(self.pipe([text]))

    def pipe(self, texts: Iterable[str], batch_size: int = 32) -> Iterator[Result]:
        """Results in input order, processing `batch_size` articles at a time through the backend."""
        iterator = iter(texts)
        while True:
            batch = [_prepare(t) for t in islice(iterator, batch_size)]
            if not batch:
                return
            pieces = [(i, span) for i, p in enumerate(batch) for span in p.segmentation.paragraphs]
            annotations: list[list[tuple[Span, Annotation]]] = [[] for _ in batch]
            paragraph_texts = (batch[i].text[s.start:s.end] for i, s in pieces)
            for (i, span), annotation in zip(pieces, self.backend.annotate(paragraph_texts)):
                annotations[i].append((span, annotation))
            for prepared, annotated in zip(batch, annotations):
                result = analyse(prepared.text, prepared.segmentation, annotated, prepared.meta, self.models)
                yield _as_given(result, prepared) if prepared.changed else result


def _prepare(text: str) -> _Prepared:
    if not isinstance(text, str):
        raise TypeError(Errors.E001.format(type=type(text).__name__))
    meta: dict[str, Any] = {"version": VERSION}
    if looks_like_html(text):
        text = html_to_text(text)
        meta["input"] = "html"
    given = text
    text, offsets = normalise(text)
    text, joined = unwrap(text)  # same length: the offsets stay
    if offsets:
        meta["normalised"] = True
    if joined:
        meta["line_breaks_joined"] = joined
    segmentation = segment(text) if text.strip() else Segmentation()
    return _Prepared(text, segmentation, meta, given, offsets, changed=bool(offsets or joined))


def _as_given(result: Result, prepared: _Prepared) -> Result:
    """The result of a text `normalise` or `unwrap` changed, with its offsets, mentions, text and dropped spans
    as in the text given."""
    offsets = prepared.offsets or OffsetMap(len(prepared.given))  # `unwrap` alone keeps every offset
    dropped = [[*offsets.span(start, end), why] for start, end, why in result.meta.get("dropped", [])]
    meta = result.meta | {"dropped": dropped}
    return replace(offsets.restore(result, prepared.given), text=prepared.given, meta=meta)


def analyse(text: str, segmentation: Segmentation, annotated: list[tuple[Span, Annotation]],
            meta: dict[str, Any] | None = None, models: Models | None = None) -> Result:
    """The result of one article from its segmentation and the backend's annotation of each body paragraph.

    This is the part shared by every entry point (extract, pipe, the spaCy component, both backends)."""
    meta = dict(meta or {})
    sentences: list[Span] = []
    paragraph_of: list[int] = []
    ner: list[list[Mention]] = []  # per body paragraph
    for index, (span, annotation) in enumerate(annotated):
        ner.append([])
        found = [Span(span.start + s, span.start + e) for s, e in annotation.sentences]
        found = [_trim(text, s) for s in found if text[span.start + (s.start - span.start):s.end].strip()]
        for sentence in found or split_sentences(text, span):
            sentences.append(sentence)
            paragraph_of.append(index)
        for label, start, end in annotation.entities:
            start += _elision(text[span.start + start:span.start + end])
            end = start + _name_length(text[span.start + start:span.start + end])
            mention = Mention(label, span.start + start, span.start + end, text[span.start + start:span.start + end],
                              None, f"ner:{label}")
            ner[-1] += _place_apart(text, mention) if label == "ORG" else [mention]
    body = [span for span, _ in annotated]
    people = _person_names([m for found in ner for m in found]) | _introduced_people(text, body)
    # Paragraph by paragraph: no mention crosses one, and the work stays linear in the length of a long text.
    written_as_places = _written_as_places(text, body, ner)
    paragraphs = [_recognise(text, span, found, people, written_as_places) for span, found in zip(body, ner)]
    # A name the NER reads as a place in one paragraph and that is an organisation in another is the
    # organisation ("Kaufwelt" the retailer, "verse 0,35 dollar à Sada Labs"); so is a GeoNames town that is the
    # first word of an organisation's name (`_first_words`: "Meridian" after "Meridian Fulfilment").
    first_words = _first_words(text, paragraphs)
    org_names = {m.text for found in paragraphs for m in found["ORG"]} | set(first_words)
    for found in paragraphs:
        # nor is a street named after a place ("la rue de Lyon" in Paris, "la place de la République")
        found["LOC"] = [m for m in found["LOC"] if not _organisation_not_place(m, org_names, first_words)
                        and not _street_before().search(text, max(0, m.start - 30), m.start)]
    # An organisation found once (by its context, our table or the NER) is that organisation wherever the
    # article names it again: "sur Klipsy, l'application..." then "Klipsy ne les emploie pas directement".
    _propagate_organisations(text, body, paragraphs, first_words)
    _split_sites(paragraphs)
    _name_short_forms(text, paragraphs)
    locs = [found["LOC"] for found in paragraphs]
    voters = _not_seats(text, sorted((m for found in locs for m in found), key=_order))
    for found, resolved in zip(paragraphs, places.resolve_homonyms(locs, voters)):
        found["LOC"] = resolved  # "Saint-Louis" in a story about Senegal
    mentions = {label: [m for found in paragraphs for m in found[label]] for label in ("LOC", "ROLE", "DATE")}
    mentions["LOC"] = _short_places(mentions["LOC"])
    # A country the article names in passing does not decide its currency: "dollars" in a story about Pakistani
    # freelancers are American, whatever client in Sydney it names once.
    countries = places.countries_in(text, _not_seats(text, mentions["LOC"]), least_share=MAIN_COUNTRY_SHARE)
    # Dollars stay American with no place that names another country; dinars and francs follow the country an
    # organisation's name holds ("Teleperformance Tunisie"), else that of a company's seat when the story names no
    # other place ("Chez PixelMill, plateforme basée à Tunis, chaque image est payée 0,12 dinar").
    regional = countries or _countries_in_names(text, paragraphs) \
        or places.countries_in(text, not_origins(text, mentions["LOC"]), least_share=MAIN_COUNTRY_SHARE)
    if not regional:  # no name of a place or of a company says a country: the title's and the lead's adjectives do
        countries = regional = _adjective_countries(text, sentences[:LEAD_SENTENCES], mentions["ROLE"])
    amounts: list[money.MoneyMention] = []
    mentions["ORG"] = []
    for span, found in zip(body, paragraphs):
        # The places of the paragraph come first: an article may cover Dakar and Douala, Alger and Tunis.
        seats_left_out = _not_seats(text, found["LOC"])
        # A dateline says where the reporter files from: "NAIROBI (AFP) - Sama a ouvert un centre en Ouganda. Les
        # modérateurs y gagnent 500 000 shillings" are Ugandan shillings. The country whose legal minimum the
        # paragraph names counts as a place of it ("il gagne 25 $ de l'heure. Le salaire minimum québécois...").
        not_datelines = [p for p in seats_left_out if p.source != places.DATELINE_SOURCE] or seats_left_out
        local = places.countries_in(text, not_datelines + places.minimum_demonyms(text, span.start, span.end))
        here = _money_in(text, span, _nearest_first([local, regional], international=False),
                         _nearest_first([local, countries], international=True))
        here = _in_sentence_country(text, here, sentences, seats_left_out, local, regional)
        # A currency is no organisation ("francs CFA" read as ORG CFA by the NER).
        mentions["ORG"] += [m for m in found["ORG"] if not _overlaps(m, here)]
        amounts += here
    # A place the NER reads in an amount is none ("R$1.412,00"; not "dollars de Hong Kong").
    mentions["LOC"] = [m for m in mentions["LOC"] if not (_overlaps(m, amounts) and any(c.isdigit() for c in m.text))]
    amounts = money.as_cfa_francs(text, money.as_named(amounts))
    amounts = money.without_homonyms(text, money.named_in_sentence(text, amounts))
    sentences, paragraph_of = _not_splitting(text, sentences, paragraph_of, amounts)
    article = Article(text, sentences, paragraph_of, amounts, mentions["ORG"], mentions["LOC"], mentions["ROLE"],
                      models or Models())
    claims = link(article)
    entities = _entities(text, mentions, amounts, claims, body)
    title = segmentation.title
    return Result(
        text=text,
        claims=claims,
        entities=entities,
        title=text[title.start:title.end] if title else None,
        date=_publication_date(text, mentions["DATE"], body),
        body=body,
        meta=meta | {"dropped": [[s.start, s.end, why] for s, why in segmentation.dropped]},
    )


ELISION = re.compile(r"(?:[lLdD]|qu|Qu)['’](?=\w)|" + organisations.LEADING_WORD.pattern)


def _elision(name: str) -> int:
    """How many characters of an elided article or a capitalised preposition start an entity ("l'Oise",
    "d'Uber", "Chez CamLine"): names are labelled without it."""
    found = ELISION.match(name)
    return found.end() if found and found.end() < len(name) else 0


def _name_length(name: str) -> int:
    """How much of an entity the NER found is the name: it ends before a bullet or a bar that separates fields
    ("Doctolib • Salaire de départ"), before a word whose bracket it does not close, at an acronym's full stop, and
    before the function words that end it."""
    separator = SEPARATOR.search(name)
    if separator and separator.start() > 0:
        name = name[:separator.start()]
    name = name[:_open_bracket_cut(name)]
    name = name[:_acronym_dot_cut(name)]
    return _dangling_cut(name)


SEPARATOR = re.compile(r"[ \u00a0]+[•·|][ \u00a0]+")  # between fields of a line: "Doctolib • Salaire : 48 k€"


def _open_bracket_cut(name: str) -> int:
    """Where an entity ends that the NER ran into a word with a bracket it does not close: the words before that
    one ("recrute à Clichy un(e) chef de projet": "Clichy un(e" is "Clichy"); the whole name otherwise."""
    bracket = name.find("(")
    if bracket < 0 or ")" in name[bracket:]:
        return len(name)
    return len(name[:name.rfind(" ", 0, bracket) + 1].rstrip()) or len(name)


# An acronym or a name with "&" that a sentence's full stop ends: "pour H&M. Elles gagnent", "chez AT&T." The dots of
# a legal form stay ("S.A.", "e.V.").
ACRONYM_DOT = re.compile(r"(?:^|(?<=[ \u00a0]))[A-Z0-9&]{2,}(?=\.(?:[ \u00a0]|$))")


def _acronym_dot_cut(name: str) -> int:
    """Where an entity ends that the NER ran past the full stop after an acronym ("H&M." is "H&M", "C&A. Elles" is
    "C&A"); the whole name otherwise."""
    found = ACRONYM_DOT.search(name)
    return found.end() if found else len(name)


# Words no name or role ends with: the NER stopped a mention before the name it introduces ("les ouvriers de
# TSMC" read as "ouvriers de").
DANGLING = re.compile(r"(?:[ \u00a0]+(?:de|du|des|d['’]|à|au|aux|en|et|ou|pour|chez|par|sur|la|le|les|l['’]))+$",
                      re.IGNORECASE)


# "à", "au", "aux" or "en" and a place at the end of an organisation's name: where it is, not its name ("recrutée
# par Synergie à Lille", "employés par Telus International au Maroc").
AT_PLACE = re.compile(r"[ \u00a0]+(?:à|au|aux|en)[ \u00a0]+(?P<place>[A-ZÀ-Ý][\w'’ \u00a0-]*)$")
PLACE_OF_ORGANISATION = "context:place-of-organisation"  # the place an organisation's name ends with


def _place_apart(text: str, mention: Mention) -> list[Mention]:
    """An organisation's mention without the place its name ends with, and that place as a mention of its own:
    "à" (or "au", "aux", "en") and a place our tables know after a name of capitalised words ("recrutée par
    Synergie à Lille", "employés par Telus International au Maroc"; not a name that common words join,
    "Groupement des armateurs et industriels de la pêche au Sénégal"), or "de" and a town where an organisation
    noun introduces the name (`organisations.town_ending`: "l'usine Sorelec de Vierzon")."""
    name = mention.text
    seat = AT_PLACE.search(name)
    if seat and seat.start() > 0 and places.found_place_country(seat.group("place"), towns=False) \
            and all(word[:1].isupper() or not word[:1].isalpha() for word in name[:seat.start()].split()):
        cut, at = seat.start(), seat.start("place")
    elif (town := organisations.town_ending(text, mention.start, name)) is not None:
        cut, at = town.start(), town.start("town")
    else:
        return [mention]
    value = None if mention.value is None else name[:cut]
    return [replace(mention, end=mention.start + cut, text=name[:cut], value=value),
            Mention("LOC", mention.start + at, mention.end, name[at:], None, PLACE_OF_ORGANISATION)]


# Words that place a name, which no name contains: "chez Cdiscount près de Bordeaux" names Cdiscount.
NEAR_PLACE = re.compile(r"[ \u00a0]+(?:près|non[ \u00a0]+loin|aux[ \u00a0]+environs|à[ \u00a0]+côté)[ \u00a0]+(?:de|d['’])",
                        re.IGNORECASE)


def _dangling_cut(name: str) -> int:
    """Where an entity ends without the function words that end it ("ouvriers de" is "ouvriers"), and before
    words that place it ("Cdiscount près de Bordeaux" is "Cdiscount")."""
    near = NEAR_PLACE.search(name)
    name = name[:near.start()] if near and near.start() > 0 else name
    found = DANGLING.search(name)
    return found.start() if found and found.start() > 0 else len(name)


def _trim(text: str, span: Span) -> Span:
    start, end = span.start, span.end
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return Span(start, end)


@cache
def _legal_forms() -> str:
    """The alternation of companies' abbreviated legal forms ("Inc", "Ltd", "Pvt"; data/word_lists.tsv, list
    abbreviated_legal_forms), each followed by a dot where `_legal_form_end` and `_no_sentence_start` read it."""
    return resources.word_alternation("abbreviated_legal_forms")


@cache
def _legal_form_end() -> re.Pattern[str]:
    """The end of a sentence at a company's abbreviated legal form ("Inc.", "Ltd.", "Pvt."), perhaps with a comma
    after its dot."""
    return re.compile(rf"(?<![\w.])(?:{_legal_forms()})\.[,;:]?[ \u00a0]*$")


@cache
def _no_sentence_start() -> re.Pattern[str]:
    """What no sentence starts with, after a legal form's dot: a lower-case letter or a comma ("Chez Acme Services
    Inc., les agents"), or another legal form ("Sigma Annotation Pvt. Ltd. à Bangalore")."""
    return re.compile(rf"[ \u00a0]*(?:[a-zàâäçéèêëîïôöùûüÿœæ,;:)]|(?:{_legal_forms()})\.)")


def _not_splitting(text: str, sentences: list[Span], paragraph_of: list[int], amounts: list[money.MoneyMention]
                   ) -> tuple[list[Span], list[int]]:
    """Sentences joined where a boundary falls inside an amount (the sentencizer ends a sentence at the dot of
    "21 fr. 15", which is one amount of 21,15 francs), after a legal form's dot (`_legal_form_end`) that no
    sentence start follows (`_no_sentence_start`): "Chez Acme Services Inc., les agents gagnent 19 dollars", or
    after an amount standing alone that the next sentence tells (`TELLS_WHAT`): "2,90 euros. C'est ce que touche un
    livreur pour une course"."""
    spans = sorted((m.start, m.end) for m in amounts)
    starts = [start for start, _ in spans]
    out: list[Span] = []
    of: list[int] = []
    for sentence, paragraph in zip(sentences, paragraph_of):
        before = bisect.bisect_left(starts, sentence.start) - 1  # the last amount that starts before the sentence
        if out and of[-1] == paragraph and (before >= 0 and spans[before][1] > sentence.start or (
                _legal_form_end().search(text, out[-1].start, sentence.start)
                and _no_sentence_start().match(text, sentence.start)) or (
                _amount_alone(text, out[-1], spans, starts) and TELLS_WHAT.match(text, sentence.start))):
            out[-1] = Span(out[-1].start, sentence.end)
            continue
        out.append(sentence)
        of.append(paragraph)
    return out, of


# The opening of a sentence that says what the amount standing alone before it is: "58 000 euros. C'est le salaire
# médian d'un développeur à Paris", "48 000 euros. Le même profil à Lyon".
TELLS_WHAT = re.compile(r"[ \u00a0]*(?:c['’]est|ce que|ce sont|c['’]était|ce sera|voilà|tel est|telle est|le même"
                        r"|la même)(?![\w])", re.IGNORECASE)
AMOUNT_ALONE_RIM = re.compile(r"[\s«»“”\"'’.!:;,—–-]*")  # what may stand around an amount alone in its sentence


def _amount_alone(text: str, sentence: Span, spans: list[tuple[int, int]], starts: list[int]) -> bool:
    """Whether a sentence holds one amount and nothing else but punctuation: "58 000 euros."."""
    at = bisect.bisect_left(starts, sentence.start)
    if at >= len(spans) or spans[at][1] > sentence.end:
        return False
    start, end = spans[at]
    return AMOUNT_ALONE_RIM.fullmatch(text, sentence.start, start) is not None \
        and AMOUNT_ALONE_RIM.fullmatch(text, end, sentence.end) is not None


@cache
def _located_before() -> re.Pattern[str]:
    """Right before a place, a company noun then a participle that makes the place its seat ("du négociant suisse
    Hallerhof, établi à Genève", "un groupe chinois coté à Hong Kong"), not where workers are ("graphistes installés
    aux États-Unis"): data/word_lists.tsv, lists company_nouns and located_participles."""
    nouns = resources.word_alternation("company_nouns")
    words = resources.word_alternation("located_participles")
    return re.compile(rf"(?<![\w-])(?:{nouns})s?(?:[ \u00a0]+[\w'’&-]+){{0,4}},?[ \u00a0]+(?:{words})e?s?[ \u00a0]+"
                      rf"(?:à|en|au|aux)[ \u00a0]*$", re.IGNORECASE)


@cache
def _street_before() -> re.Pattern[str]:
    """Right before a place, a street noun that makes it a street's name: "le McDonald's du boulevard de Portland"
    is in Sherbrooke, "la rue de Lyon" in Paris, "la place de la République" (data/word_lists.tsv, list
    street_nouns). Such a place is neither where workers are nor a country for a currency."""
    nouns = resources.word_alternation("street_nouns")
    return re.compile(rf"(?<![\w-])(?:{nouns})[ \u00a0]+(?:de[ \u00a0]+la[ \u00a0]+|de[ \u00a0]+|du[ \u00a0]+|des[ \u00a0]+"
                      rf"|d['’])$", re.IGNORECASE)


def _not_seats(text: str, locs: list[Mention]) -> list[Mention]:
    """The places that may give a currency its country: not a company's seat, nor where workers come from ("des
    expatriés venus d'Ouganda touchaient une prime de 10 000 shillings" in Kenya). (A street named after a place
    is no place at all: `analyse` drops it.)"""
    seats = company_seats(text, locs)
    return [p for p in not_origins(text, locs) if not _located_before().search(text, max(0, p.start - 90), p.start)
            and id(p) not in seats]


def _nearest_first(levels: list[list[str]], international: bool) -> list[str]:
    """The countries that resolve an ambiguous currency, each once, from the nearest level of the text to the
    widest (sentence, paragraph, article). A currency of international pay (`money.is_international`) takes only
    the country each nearer level names most: a client in Sydney named beside Kenyan workers does not make their
    dollars Australian."""
    out: list[str] = []
    for level in levels[:-1]:
        out += [c for c in (level[:1] if international else level) if c not in out]
    return out + [c for c in levels[-1] if c not in out]


def _countries_in_names(text: str, paragraphs: list[dict[str, list[Mention]]]) -> list[str]:
    """The countries of the places inside the article's organisation names ("Teleperformance Tunisie", "Orange
    Cameroun", "les Charbonnages de France"): what resolves its regional currencies when none of its places names a
    country ("1 200 dinars" are Tunisian, "120 000 FCFA" Central African)."""
    inside = [p for found in paragraphs for m in found["ORG"] for p in places.find_places(m.text)]
    return places.countries_in(text, inside) if inside else []


MAIN_COUNTRY_SHARE = 1 / 3  # of the most named country's mentions, for a country to resolve the article's currencies
LEAD_SENTENCES = 3  # the title and the lead, whose country adjectives say what a story is about


# A year before the euro (2002): only then are bare "francs" in France, Belgium or Luxembourg their own francs, and
# bare "lires" and "escudos" those of Italy and Portugal.
PRE_EURO_YEAR = re.compile(r"(?<![\d.,])(?:1[89]\d\d|200[01])(?![\d.,]\d|\d)")  # not an amount's own digits
SWISS_GROUPING = re.compile(r"\d['’]\d")  # "3'900 francs": thousands set apart as Swiss press writes them
YEAR_IN_DATE = re.compile(r"(?:19|20)\d\d")
DATE_ALONE_BEFORE = re.compile(r"(?:^|[.!?\n])[ \u00a0]*$")  # a date that stands alone as a sentence: "Mai 1968."
DATE_ALONE_AFTER = re.compile(r"[ \u00a0]*[.:]")
IMPERFECT = re.compile(r"(?<![\w-])\w{2,}(?:ait|aient)(?![\w-])")  # "gagnait", "touchaient"; not_imperfect_words
EURO_YEAR = 2002  # France's, Belgium's, Luxembourg's, Italy's and Portugal's own currencies ended then
STORY_DATE_REACH = 2000  # characters back from an amount to the date of its story
FRENCH_PRESS_COUNTRY = "FR"  # whose francs a year before the euro names where the article names no country
DEMONYM_SOURCES = ("demonym:", "place-demonym")  # the sources of the LOC mentions a demonym gives (places.py)


def _before_the_euro(text: str, sentence: Span, amounts: list[money.MoneyMention]) -> bool:
    """Whether `sentence` names a year before the euro (PRE_EURO_YEAR) outside its `amounts` ("en 1998, ... 350
    francs la journée"; not "1850 francs"). A year of an earlier sentence does not date the amount: "Fondée en 1987,
    la coopérative emploie 40 personnes. Chaque employé touche 4 800 francs par mois" is today's pay."""
    return any(not any(a.start <= year.start() < a.end for a in amounts)
               for year in PRE_EURO_YEAR.finditer(text, sentence.start, sentence.end))


def _current_named(group: str, levels: list[list[str]]) -> bool:
    """Whether the text names a country whose currency of `group` is still in use."""
    known, retired = resources.currencies().ambiguous.get(group, {}), _euro_countries(group)
    return any(c in known and c not in retired for level in levels for c in level)


def _story_before_the_euro(text: str, amount: money.MoneyMention, sentence: Span) -> bool:
    """Whether the text dates the story of an amount before the euro: the last date before it that names a year
    (`dates.find_dates`, a founding year or a "depuis" left aside) is before 2002, and its sentence does not say
    now ("aujourd'hui", "désormais"). Where the text names no country whose francs, lires or escudos are still in
    use, bare ones of an undated sentence are then read as those of a dated one are: France's, Italy's or
    Portugal's ("Mai 1968. [...] le SMIG passe de 2,22 francs à 3 francs de l'heure"; "En 1952, il gagnait 28 000
    francs par mois. Les bons mois, [...] 35 000 francs"), not in "Fondée en 1931, la Coop [...] Elles gagnent
    4 100 francs par mois". Never an amount written the Swiss way ("3'900 francs"). The words: data/word_lists.tsv,
    lists founding_words and now_words."""
    if SWISS_GROUPING.search(amount.text) or _listed_words("now_words").search(text, sentence.start, sentence.end):
        return False
    start = max(0, amount.start - STORY_DATE_REACH)
    for date in reversed(dates.find_dates(text[start:amount.start])):
        year = YEAR_IN_DATE.search(date.text)
        if year is None or _founding_before().search(text, max(0, start + date.start - 25), start + date.start):
            continue
        # A date of an earlier sentence dates a sentence told in the past ("Les bons mois, sa paie pouvait grimper
        # jusqu'à 35 000 francs") or that a date standing alone opens ("Mai 1968. Rue de Grenelle, le gouvernement
        # accepte de porter le SMIG [...]"), not one in the present: "En 1995, Sophie a quitté la France. Elle est
        # infirmière à Delémont et gagne 6 500 francs par mois."
        at, end = start + date.start, start + date.end
        return int(year.group(0)) < EURO_YEAR and (
            at >= sentence.start or _told_in_the_past(text, sentence)
            or bool(DATE_ALONE_BEFORE.search(text, max(0, at - 3), at) and DATE_ALONE_AFTER.match(text, end)))
    return False


def _told_in_the_past(text: str, sentence: Span) -> bool:
    """Whether a sentence is told in the past: a verb in the imperfect, or a word of then ("alors", "à l'époque";
    data/word_lists.tsv, lists then_words and not_imperfect_words)."""
    if _listed_words("then_words").search(text, sentence.start, sentence.end):
        return True
    not_verbs = resources.word_set("not_imperfect_words")
    return any(m.group(0).lower() not in not_verbs for m in IMPERFECT.finditer(text, sentence.start, sentence.end))


@cache
def _listed_words(name: str) -> re.Pattern[str]:
    """The phrases of one list of data/word_lists.tsv, as whole words in any case."""
    return re.compile(rf"(?<![\w-])(?:{resources.word_alternation(name)})(?![\w-])", re.IGNORECASE)


@cache
def _founding_before() -> re.Pattern[str]:
    """A founding word earlier in the sentence (`_listed_words`, list founding_words): "Fondée en 1931"."""
    return re.compile(_listed_words("founding_words").pattern + r"[^.!?]*$", re.IGNORECASE)


@cache
def _euro_countries(group: str) -> frozenset[str]:
    """The countries whose currency of an ambiguous `group` the euro replaced (data/word_lists.tsv, list
    retired_currencies): France's, Belgium's and Luxembourg's francs, Italy's lires, Portugal's escudos."""
    retired = resources.word_set("retired_currencies")
    return frozenset(c for c, code in resources.currencies().ambiguous.get(group, {}).items() if code in retired)


def _in_sentence_country(text: str, amounts: list[money.MoneyMention], sentences: list[Span],
                          locs: list[Mention], local: list[str], countries: list[str]) -> list[money.MoneyMention]:
    """An ambiguous currency word follows the countries of its own sentence (the places of its clause, the
    country whose legal minimum it names, the nearest place before it, the sentence's places, then its country
    adjectives) before those of its paragraph
    (`local`), then the article's: "Dans ses usines du Québec, un assembleur gagne 38,40 $" is CAD in a paragraph
    that goes on about Kansas (order: `_nearest_first`)."""
    out = []
    for m in amounts:
        if m.group in resources.currencies().ambiguous:
            index = bisect.bisect_right(sentences, m.start, key=lambda s: s.start) - 1
            if index >= 0 and sentences[index].end > m.start:
                sentence = sentences[index]
                in_sentence = [p for p in locs if sentence.start <= p.start < sentence.end]  # `locs` are in order
                here = places.countries_in(text, in_sentence)
                # Then the country adjectives of the sentence ("les traitements des universitaires algériens"), but
                # not a currency's own ("2 millions de dollars américains").
                own = [o for o in amounts if sentence.start <= o.start < sentence.end]
                adjectives = [a for a in not_origins(text, places.demonym_adjectives(text, sentence.start,
                                                                                        sentence.end))
                              if not any(o.start <= a.start < o.end for o in own)]
                # A company's, a client's or a subcontractor's adjective comes last of all, only where nothing else
                # resolved the amount: "Le prestataire irlandais les rémunère 16,10 $" in Montréal is CAD, "Les
                # chauffeurs de l'entreprise canadienne gagnent 20 dollars" alone CAD too.
                parties = [a for a in adjectives if _party_before().search(text, max(0, a.start - 40), a.start)]
                here += [c for c in places.countries_in(text, [a for a in adjectives if a not in parties])
                         if c not in here]
                if not here and _place_anaphora().search(text, sentence.start, m.start):
                    here = _country_referred_to(text, sentences, locs, sentence)
                # With no country in the sentence, the paragraph's and the article's, as `_money_in` read them,
                # but for bare francs, lires and escudos out of their era (`_before_the_euro`).
                euro_countries = _euro_countries(m.group)
                if here or euro_countries:
                    # First the places of the amount's own clause, then the nearest before it: "150 000 francs CFA
                    # au Gabon, contre 75 000 francs CFA en Côte d'Ivoire" compares two currencies, and so does "en
                    # Ouganda, 15 000 shillings par jour, tandis qu'en Tanzanie, le minimum atteint 275 060 shillings".
                    # A demonym there names where workers come from more often than where they are paid ("les
                    # ouvriers syriens employés au noir" in Turkey): only place names count at these two levels.
                    named = [p for p in in_sentence if not p.source.startswith(DEMONYM_SOURCES)]
                    low, high = context_words.part_around(text, sentence, m.start, m.end, context_words.CLAUSE_END)
                    clause = places.countries_in(text, [p for p in named if low <= p.start < high])
                    nearest = next((c for c in (places.countries_in(text, [p]) for p in reversed(named)
                                                if p.start < m.start) if c), [])
                    # After the clause, the country whose legal minimum the sentence names: "Le salaire minimum
                    # chilien, l'un des plus élevés avec ceux de l'Uruguay [...] : il s'élevait à 500.000 pesos".
                    minimum = places.countries_in(text, places.minimum_demonyms(text, sentence.start, sentence.end))
                    levels = [clause, minimum, nearest, here, local, countries]
                    if money.is_international(m.group):
                        # A currency of international pay follows the sentence's own country, or none: "À
                        # Beyrouth, elles sont payées 150 dollars" are American dollars after a paragraph on Hong
                        # Kong ("dollars" are USD unless the text names another dollar for them).
                        levels = [clause, minimum, nearest, here]
                    dated = bool(euro_countries) and (_before_the_euro(text, sentence, own) or (
                        not _current_named(m.group, levels) and _story_before_the_euro(text, m, sentence)))
                    if euro_countries and not dated:
                        levels = [[c for c in level if c not in euro_countries] for level in levels]
                    elif m.group == "FRANC":  # before the euro, where no country says whose: France's, in French
                        levels.append([FRENCH_PRESS_COUNTRY])  # press ("En 1985, un mineur gagnait 6 000 francs")
                    m = money.resolved(m, _nearest_first(levels, international=money.is_international(m.group)))
                elif parties and m.by_default:
                    m = money.resolved(m, places.countries_in(text, parties))
        out.append(m)
    return out


def _country_referred_to(text: str, sentences: list[Span], locs: list[Mention], sentence: Span) -> list[str]:
    """The country a sentence names by a phrase that refers back ("Dans ce pays", "sur place": `_place_anaphora`):
    that of the place named last before it among `locs` (the places of its paragraph, in order), where the
    sentence that names it names no other country: "En 2023, l'entreprise a ouvert un centre en Ouganda. Dans ce
    pays, ses annotateurs gagnent 500 000 shillings" are Ugandan shillings; after "Le Sénégal et le Cameroun
    recrutent" or "La Tunisie attire plus de centres d'appels que l'Algérie" the phrase says nothing clear."""
    before = [p for p in locs if p.start < sentence.start]
    last = next((p for p in reversed(before) if places.countries_in(text, [p])), None)
    if last is None:
        return []
    index = bisect.bisect_right(sentences, last.start, key=lambda s: s.start) - 1
    there = sentences[index] if index >= 0 else Span(0, sentence.start)
    named = places.countries_in(text, [p for p in before if there.start <= p.start < there.end])
    return named if len(set(named)) == 1 else []


@cache
def _place_anaphora() -> re.Pattern[str]:
    """A phrase that names a place by referring back to the one named before: "dans ce pays", "sur place", "là-bas"
    (data/word_lists.tsv, list place_anaphora)."""
    return re.compile(rf"(?<![\w-])(?:{resources.word_alternation('place_anaphora')})(?![\w-])",
                      re.IGNORECASE)


@cache
def _party_before() -> re.Pattern[str]:
    """A company, a client or a subcontractor right before a demonym adjective, which then says where that party is,
    not the workers: "Le prestataire irlandais les rémunère 16,10 $" in Montréal, "pour des clients australiens"
    (data/word_lists.tsv, lists company_nouns, client_of and client_before)."""
    nouns = resources.word_list("company_nouns") + resources.word_list("client_of") + resources.word_list(
        "client_before")
    return re.compile(rf"(?<![\w-])(?:{resources.alternation(nouns)})s?[ \u00a0]+$", re.IGNORECASE)


def _adjective_countries(text: str, lead: list[Span], roles: list[Mention]) -> list[str]:
    """The countries of the demonym adjectives of an article's `lead` (its title and first sentences: what the story
    is about) before its first amount ("Élections québécoises : [...] payé 19,45 $ l'heure"), not those of people
    ("des infirmières philippines": a worker of `roles` right before it, or "d'origine sénégalaise":
    `_origin_noun_before`), nor a ship's flag ("battant pavillon libérien": `linking.not_origins`), nor a party's ("le
    prestataire irlandais": `_party_before`). What comes after the first amount is as often a comparison ("Le
    régulateur australien, lui, envisage") or a client ("pour des start-up américaines et canadiennes")."""
    if not lead:
        return []
    first_amount = next((m.start for m in money.find_amounts(text[:lead[-1].end])), lead[-1].end)
    adjectives = [a for span in lead
                  for a in not_origins(text, places.demonym_adjectives(text, span.start, min(span.end, first_amount)))
                  if not _party_before().search(text, max(0, a.start - 40), a.start)
                  and not _origin_noun_before().search(text, max(0, a.start - 30), a.start)
                  and not any(r.start <= a.start <= r.end + 1 for r in roles)]
    return places.countries_in(text, adjectives, least_share=MAIN_COUNTRY_SHARE) if adjectives else []


@cache
def _origin_noun_before() -> re.Pattern[str]:
    """A noun of where people come from right before a country adjective: "d'origine", "de familles"
    (data/word_lists.tsv, list origin_nouns)."""
    return re.compile(rf"(?<![\w-])(?:{resources.word_alternation('origin_nouns')})[ \u00a0]+$", re.IGNORECASE)


def _money_in(text: str, span: Span, countries: list[str], main_countries: list[str]) -> list[money.MoneyMention]:
    found = money.resolved_amounts(text[span.start:span.end], countries, main_countries)
    shift = span.start
    return [replace(m, start=m.start + shift, end=m.end + shift,
                    value_start=m.value_start + shift if m.value_start >= 0 else -1,
                    chain_end=m.chain_end + shift if m.chain_end >= 0 else -1) for m in found]


def _shifted(found: list[Mention], shift: int) -> list[Mention]:
    return [Mention(m.label, m.start + shift, m.end + shift, m.text, m.value, m.source) for m in found]


@cache
def _corporate_suffix() -> re.Pattern[str]:
    """The corporate word after a name that the article may drop the second time: "Veridia Services" then
    "Veridia". The words: data/word_lists.tsv, list corporate_suffixes (case-sensitive)."""
    return re.compile(r"[ \u00a0](?:" + resources.word_alternation("corporate_suffixes") + r")$")


def _first_words(text: str, paragraphs: list[dict[str, list[Mention]]]) -> dict[str, str]:
    """The first word of a longer organisation name that the article may use alone ("Kyaka Data Services", then
    "Kyaka l'a abaissé"), mapped to that name: a capitalised word of four letters or more that starts no other
    name, is no organisation noun, known organisation or place of the article (`_place_here`), and that the text
    never writes in lower case (a common word: "Golden", "Groupe")."""
    nouns = resources.folded_word_set("org_nouns") | resources.folded_word_set("institution_heads")
    starts: dict[str, set[str]] = {}
    for found in paragraphs:
        for m in found["ORG"]:
            words = m.text.split()
            if len(words) > 1:
                starts.setdefault(words[0], set()).add(m.value or m.text)
    every = _words_of(text) if starts else frozenset()
    return {word: next(iter(names)) for word, names in starts.items()
            if len(names) == 1 and len(word) >= 4 and word[:1].isupper() and word.isalpha()
            and word.casefold() not in nouns and word.lower() not in every
            and organisations.org_type(word) is None and not _place_here(word, paragraphs)}


def _organisation_not_place(mention: Mention, org_names: set[str], first_words: dict[str, str]) -> bool:
    """Whether a LOC mention is an organisation's name: the NER's place that the article names as an organisation
    elsewhere, or a GeoNames town that is the first word of an organisation's name (`_first_words`)."""
    if mention.source.startswith("ner:"):
        return mention.text in org_names
    return mention.source.startswith("geonames:") and mention.text in first_words


def _place_here(word: str, paragraphs: list[dict[str, list[Mention]]]) -> bool:
    """Whether `word` names a place of the article: a place of a country its other places name. A town abroad
    that shares the first word of a company ("Meridian", Idaho, beside "Meridian Fulfilment" in a Belgian story)
    is the company."""
    country = places.place_country(word)
    return country is not None and any(m.text != word and places.mention_country(m) == country
                                       for found in paragraphs for m in found["LOC"])


def _propagate_organisations(text: str, body: list[Span], paragraphs: list[dict[str, list[Mention]]],
                             first_words: dict[str, str] | None = None) -> None:
    """Add, in place, an ORG mention for every other occurrence of a name already found as ORG (and of its
    short form without a corporate suffix, and of its first word alone: `_first_words`) where no mention
    stands."""
    names: dict[str, str] = dict(first_words or {})
    for found in paragraphs:
        for m in found["ORG"]:
            names.setdefault(m.text, m.value or m.text)
            short = _corporate_suffix().sub("", m.text)
            if short != m.text and len(short) >= 4:
                names.setdefault(short, m.text)
    if not names:
        return
    pattern = re.compile(r"(?<![\w-])(?:" + "|".join(re.escape(n) for n in sorted(names, key=len, reverse=True))
                         + r")(?![\w-])")
    for span, found in zip(body, paragraphs):
        taken = [m for label in ("ORG", "LOC", "ROLE", "DATE") for m in found[label]]
        for m in pattern.finditer(text, span.start, span.end):
            mention = Mention("ORG", m.start(), m.end(), m.group(0), names[m.group(0)], "propagated:org")
            if not _overlaps(mention, taken):
                found["ORG"].append(mention)
                taken.append(mention)
        found["ORG"].sort(key=_order)


def _name_short_forms(text: str, paragraphs: list[dict[str, list[Mention]]]) -> None:
    """Give, in place, every mention of a short form of a longer name the article uses the longer name as its
    value, so that both are one organisation, named in full: an acronym the article defines ("la Fair Work
    Commission (FWC)", then "la FWC") or that spells the words of one of its longer names ("la Compagnie des
    phosphates de Gafsa", then "la CPG"), or any name in brackets right after it whose letters it holds in order
    (`_bracketed_short_form`: "Coopérative minière Kasulo-Kanina (Comikka)"), and the first or last words of a
    longer name ("Spargelhof Brandt", then "chez Brandt"; "Golden Loom Garment", then "Golden Loom"), past an
    institution's noun ("Banque Boréale du Canada", then "la Boréale"). A short form that our table knows as an
    organisation of its own ("Amazon" beside "Amazon Mechanical Turk"), a corporate word ("Services") or a form
    two longer names share is left as it is."""
    orgs = [m for found in paragraphs for m in found["ORG"]]
    names = {m.text: m.value for m in orgs if m.source == "context:acronym" and m.value and m.value != m.text}
    for m, short in zip(orgs, orgs[1:]):
        if _bracketed_short_form(text, m, short):
            names.setdefault(short.text, m.value or m.text)
    # An acronym no bracket defines that spells the words of one longer name of the article: "la Compagnie des
    # phosphates de Gafsa", then "la CPG".
    longer_names = {m.value or m.text for m in orgs if len(m.text.split()) > 1}
    for m in orgs:
        if ACRONYM_NAME.fullmatch(m.text) and m.text not in names and organisations.org_type(m.text) is None:
            spelt = [name for name in longer_names if organisations.spells_acronym(name, m.text)]
            if len(spelt) == 1:
                names[m.text] = spelt[0]
    shared: dict[str, set[str]] = {}
    for m in orgs:
        words = m.text.split()
        for k in range(1, len(words)):
            for short in (" ".join(words[:k]), " ".join(words[k:])):
                shared.setdefault(short, set()).add(m.value or m.text)
        # Past an institution's noun and the lower-case words after it, the name's own first words: "la Boréale"
        # for "Banque Boréale du Canada".
        if words and words[0] in resources.word_set("institution_heads"):
            own = next((k for k in range(1, len(words)) if words[k][:1].isupper()), len(words))
            for k in range(own + 1, len(words)):
                shared.setdefault(" ".join(words[own:k]), set()).add(m.value or m.text)
    suffixes = set(resources.word_list("corporate_suffixes"))
    # A subsidiary's name that opens with a name the article gave before it is another organisation: "le groupe
    # Orbicom [...] sa filiale Orbicom Services Maroc" (not "sa filiale Golden Loom Garment", then "Golden Loom").
    first_at: dict[str, int] = {}
    for m in orgs:
        first_at.setdefault(m.text, m.start)
    subsidiaries = {m.value or m.text: m.start for m in orgs
                    if _subsidiary_before().search(text, max(0, m.start - 40), m.start)}
    for short, longer in shared.items():
        if len(longer) == 1 and len(short) >= 3 and short[:1].isupper() and short not in suffixes \
                and organisations.org_type(short) is None \
                and not first_at.get(short, len(text)) < subsidiaries.get(next(iter(longer)), -1):
            names.setdefault(short, next(iter(longer)))
    if not names:
        return
    for found in paragraphs:
        found["ORG"] = [Mention("ORG", m.start, m.end, m.text, names[m.text], organisations.ALIAS_SOURCE)
                        if m.text in names and (m.value or m.text) != names[m.text] else m for m in found["ORG"]]


@cache
def _subsidiary_before() -> re.Pattern[str]:
    """A subsidiary's noun and up to two adjectives right before a name: "sa filiale marocaine " (data/
    word_lists.tsv, list subsidiary_nouns)."""
    nouns = resources.word_alternation("subsidiary_nouns")
    adjective = r"(?!(?:de|du|des|d['’]|groupe)(?![\w'’-]))[a-zà-ÿ'’-]+"  # not "filiale du groupe Vireo Holding"
    return re.compile(rf"(?<![\w-])(?:{nouns})(?:[ \u00a0]+{adjective}){{0,2}}[ \u00a0]+$", re.IGNORECASE)


BRACKET_OPEN = re.compile(r"[ \u00a0]*\(")


def _bracketed_short_form(text: str, name: Mention, short: Mention) -> bool:
    """Whether `short` stands in brackets right after `name` and spells letters of it in order, from its first:
    an acronym of syllables ("Coopérative minière Kasulo-Kanina (Comikka)") that the initials do not spell."""
    gap = BRACKET_OPEN.fullmatch(text, name.end, short.start)
    if gap is None or not text.startswith(")", short.end) or len(short.text) >= len(name.text):
        return False
    full, wanted = (re.sub(r"[^a-z]", "", resources.without_accents(m.text).casefold()) for m in (name, short))
    letters = iter(full)
    return wanted[:1] == full[:1] and all(c in letters for c in wanted)


def _person_names(ner: list[Mention]) -> frozenset[str]:
    """The given names of the people the NER finds anywhere in the article: a feature introduces "Rosa Quispe"
    once and then writes "Rosa" ("Chez Rosa, les choses ont bougé"), who is no employer. Only full names made
    of name-like words count, and only the first word is kept: the NER reads some company names as people
    ("Ravina Data"), and a company is named by its first word far less often than a person."""
    names = set()
    for m in ner:
        words = m.text.split()
        if m.label == "PER" and len(words) > 1 and len(words[0]) > 2 \
                and all(organisations.NAME_WORD.fullmatch(w) for w in words):
            names.add(words[0])
    return frozenset(names)


def _introduced_people(text: str, body: list[Span]) -> frozenset[str]:
    """The names the article introduces as people, by an age right after one of their mentions, with their given
    names: the NER may read "Batbayar" as an organisation in another sentence, and that organisation would be
    found again wherever the article names him (`_propagate_organisations`). A capitalised word may open the
    sentence before the name ("Selon Raghav Iyer, 52 ans"): each run of its last words counts."""
    names = set()
    for span in body:
        for m in organisations.NAME_BEFORE_AGE.finditer(text, span.start, span.end):
            words = m.group("name").split()
            if len(words) == 1:
                names.add(words[0])
            for i in range(len(words) - 1):  # "Selon Raghav Iyer": "Raghav Iyer", "Raghav" (and "Selon")
                names.update((" ".join(words[i:]), words[i]))
    return frozenset(name for name in names if len(name) > 2)


# A name after "à" is a place far more often than an organisation ("basée à Dacca", "rencontré à Sitakunda").
AT_NAME = re.compile(r"(?<![\w-])[àÀ][ \u00a0]+(?P<name>[A-ZÀ-Ý][\w’'-]+(?:[ \u00a0][A-ZÀ-Ý][\w’'-]+)*)")


def _written_as_places(text: str, body: list[Span], ner: list[list[Mention]]) -> dict[str, frozenset[str]]:
    """The names the article writes as places, by the weak context that may have made them organisations
    (`_recognise` drops those organisations). After an organisation noun and "de" ("l'hôtel de Saint-Gilles"):
    a name the NER reads as a place anywhere, or that stands right after "à" somewhere. After a worker noun and
    "de" ("les ouvriers de Sitakunda"): only one that stands after "à", as the NER reads many company names
    after "de" as places ("le directeur général de Norvane")."""
    at = {m.group("name") for span in body for m in AT_NAME.finditer(text, span.start, span.end)}
    # Not a name in capitals our tables do not know as a place: an acronym ("un entrepôt d'ASOS").
    read = {m.text for found in ner for m in found if m.label == "LOC"
            and not (m.text.isupper() and len(m.text) > 1 and not _known_place(m.text))}
    return {organisations.OF_SOURCE: frozenset(at | read), organisations.WORKER_OF_SOURCE: frozenset(at)}


def _recognise(text: str, span: Span, ner: list[Mention], people: frozenset[str] = frozenset(),
               written_as_places: dict[str, frozenset[str]] | None = None) -> dict[str, list[Mention]]:
    """ORG, LOC, ROLE and DATE mentions of one body paragraph: our recognisers first, the backend's NER (its
    mentions in that paragraph) where they are silent, overlaps resolved in that order of trust. `people` are
    the article's given names (`_person_names`): a name found as an organisation or a place that is one of
    them, and that our table does not know, is the person."""
    piece = text[span.start:span.end]
    known_roles = roles.find_roles(piece)
    defined = [m for pair in organisations.acronym_definitions(piece) for m in pair
               if places.place_country(pair[0].text) is None]
    named = [m for found in _shifted(organisations.find_organisations(piece) + defined, span.start)
             for m in _place_apart(text, found)]  # "l'usine Sorelec de Vierzon": Sorelec and Vierzon
    own = {
        "ORG": [m for m in named if m.label == "ORG"],
        "LOC": _shifted(places.find_places(piece) + places.find_demonyms(piece)
                        + places.find_named_by_place_noun(piece) + places.find_datelines(piece)
                        + places.find_mainland(piece) + places.find_departments(piece), span.start)
        + [m for m in named if m.label == "LOC"],
        "ROLE": _shifted(known_roles + roles.find_pay_subjects(piece, known_roles), span.start),
        "DATE": _shifted(dates.find_dates(piece), span.start),
    }
    # A pay level or a trade is no organisation, however it was found: "payés au Smic" after "le domaine".
    own["ORG"] = [_without_leading_trade(text, m) for m in own["ORG"]
                  if m.text.strip() not in resources.word_set("not_org_names")]
    # A place after a locative that the org-noun context or the NER took for a name is the place: "une agence
    # d'intérim de Wrocław", "Dans le Finistère, la coopérative".
    cities = [m for m in own["ORG"] + ner if m.label == "ORG" and _place_after_locative(text, m)]
    own["LOC"] += [Mention("LOC", m.start, m.end, m.text, m.text, "geonames:city") for m in cities
                   if not _overlaps(m, own["LOC"])]
    # "chez Moussa Diallo": a full name the NER reads as a person is no employer (a single word it calls a
    # person is as often a company: "Chez Veltria, le PDG..."). Nor is a word inside a role ("chauffeurs de VTC").
    full_names = [m for m in ner if m.label == "PER" and len(m.text.split()) > 1]
    own["ORG"] = [m for m in own["ORG"] if not (m.source in PERSON_PRONE and _overlaps(m, full_names + own["ROLE"]))
                  and not _is_person(m, people) and m.text not in (written_as_places or {}).get(m.source, ())]
    products = [m for m in own["ORG"] if organisations.org_type(m.value or m.text) == "product"]
    # A name found by context ("une entreprise de la Silicon Valley") that is a known place is a place; one
    # that holds a place and more is a name ("CF Montréal", "Université de Lausanne").
    orgs = _resolve([m for m in own["ORG"] if m not in products
                     and not (m.source.startswith("context") and _overlaps(m, _not_inside(own["LOC"], m)))])
    blocked = products + own["DATE"]
    # A name the NER reads as a place that an institution noun opens is an organisation: "la Cour suprême".
    ner = [Mention("ORG", m.start, m.end, m.text, m.value, "ner:LOC-institution")
           if m.label == "LOC" and len(m.text.split()) > 1
           and m.text.split()[0] in resources.word_set("institution_heads") else m
           for m in ner]
    # And one that a company noun restates, set apart by a comma: "pour le compte de Karya, une organisation à but
    # non lucratif", "chez Nordhaven, une start-up"; not a place our tables know, nor one after a preposition of
    # place, where the company noun opens the sentence's subject ("À Kibera, une ONG locale forme des jeunes").
    ner = [Mention("ORG", m.start, m.end, m.text, m.value, "ner:LOC-apposed")
           if m.label == "LOC" and _org_apposed().match(text, m.end) and not _known_place(m.text)
           and not AT_PLACE_BEFORE.search(text, max(0, m.start - 12), m.start) else m
           for m in ner]
    role_at = {r.start: r for r in own["ROLE"]}  # the roles by where they start (`_role_apposed`)
    for mention in ner:
        if mention.label != "ORG" or not _plausible_org(mention) or _is_person(mention, people) \
                or _introduced_as_person(text, mention) or _role_apposed(text, mention, role_at) \
                or _origin_of_place(text, mention, own["LOC"]) \
                or _overlaps(mention, blocked) \
                or _overlaps(mention, _not_inside(own["ROLE"], mention)) \
                or _overlaps(mention, _not_inside(own["LOC"], mention)):
            continue
        mention = _without_leading_trade(text, _without_trailing_word(_possessive(text, mention)))
        mention, *seat = _place_apart(text, mention)  # "Chirp en Afrique de l'Est": Chirp, and where
        own["LOC"] += seat
        inside = [o for o in orgs if _overlaps(mention, [o])]
        sites = [site for o in inside if (site := _site_after(text, o, mention, people)) is not None]
        if sites:  # "un Lidl lyonnais", "l'usine Renault de Flins": the known name, at that place
            own["LOC"] += sites
            continue
        # The NER's longer name wins over a shorter known name it starts with or that a capitalised word of it
        # follows: "Amazon France Logistique", "Pennine Valley NHS Trust".
        if inside and not all(_opens_longer_name(text, o, mention) for o in inside):
            continue
        orgs = [o for o in orgs if o not in inside]
        orgs.append(Mention("ORG", mention.start, mention.end, mention.text, mention.text, mention.source))
    orgs = _joined(text, sorted(orgs, key=_order))
    locs = _resolve([m for m in own["LOC"] if not any(_inside(m, o) for o in orgs)])
    for mention in ner:
        if mention.label != "LOC" or not (LOCATIVE.search(text, max(0, mention.start - 12), mention.start)
                                          or _known_place(mention.text)):
            continue
        mention = _place_part(text, mention)
        if (mention is not None and not _is_person(mention, people)
                and not _overlaps(mention, orgs + products + locs + own["ROLE"])):
            locs.append(mention)
    # A role inside an organisation's name names no workers: "le Syndicat des marins et pêcheurs des Seychelles";
    # nor does a worker noun written with a capital as the name of a platform: "les micro-travailleurs de
    # Clickworker".
    roles_found = _learnt_roles(text, [m for m in ner if m.label == "ROLE"], own["ROLE"])
    workers = [r for r in roles_found if not any(_inside(r, o) or _same_name(r, o) for o in orgs)]
    # A city after workers is where they are, not a name their noun introduces ("ses ouvriers de Zhengzhou").
    worker_of = organisations.WORKER_OF_SOURCE
    cities = _cities_of_workers(text, workers, [o for o in orgs if o.source != worker_of] + locs + products)
    orgs = [o for o in orgs if not (o.source == worker_of and _overlaps(o, cities))]
    locs += cities
    locs = [places.as_government(text, m) for m in locs]  # "Nairobi a relevé le salaire minimum": Kenya
    return {"ORG": sorted(orgs, key=_order), "LOC": sorted(locs, key=_order),
            "ROLE": sorted(_resolve(workers), key=_order), "DATE": sorted(_resolve(own["DATE"]), key=_order)}


# Right after workers, "de" and a capitalised name: where they work ("ses étiqueteurs de Bangalore").
CITY_AFTER_WORKERS = re.compile(r"[ \u00a0]+(?:de|d['’])[ \u00a0]*"
                                r"(?P<name>[A-ZÀ-Ý][\w-]+(?:[ \u00a0][A-ZÀ-Ý][\w-]+)?)(?![\w-])")


def _cities_of_workers(text: str, workers: list[Mention], taken: list[Mention]) -> list[Mention]:
    """The GeoNames cities named right after workers and "de" (`CITY_AFTER_WORKERS`: "Foxconn paie ses ouvriers de
    Zhengzhou"), that no other mention holds and no organisation of our table bears ("les salariés d'Orange")."""
    found = []
    for role in workers:
        m = CITY_AFTER_WORKERS.match(text, role.end)
        if m is None or places.city_country(m.group("name")) is None \
                or organisations.org_type(m.group("name")) is not None:
            continue
        city = Mention("LOC", m.start("name"), m.end("name"), m.group("name"), m.group("name"), "geonames:city")
        if not _overlaps(city, taken + found):
            found.append(city)
    return found


def _learnt_roles(text: str, learnt: list[Mention], ruled: list[Mention]) -> list[Mention]:
    """The roles of a paragraph: those the backend's NER found (`scripts/train_ner.py` teaches it the golden ROLE
    spans), each with the head noun of a role our word lists find inside it (else its first word), and ours
    where the NER found none. A role the NER opens with a noun of people not paid for work (data/word_lists.tsv,
    list not_worker_nouns: "primo-demandeurs") is none. A backend with no ROLE (stanza) leaves ours as they are.
    Dev, cross-fitted: role 0.811 to 0.821, ROLE strict F1 0.834 to 0.870 (0.866 without ours beside the NER's).
    A role the NER cuts at an inclusive ending ("livreur" of "livreur·ses indépendant·es") ends where ours ends."""
    learnt = [m for m in learnt if m.text.split()[0].lower() not in resources.word_set("not_worker_nouns")]
    if not learnt:
        return ruled
    found = []
    for mention in learnt:
        end = roles.inclusive_end(text, mention.end)
        if end > mention.end:
            end = max([end] + [r.end for r in ruled if r.start < mention.end < r.end])
        inside = [r for r in ruled if mention.start <= r.start and r.end <= end]
        head = inside[0].value if inside else mention.text.split()[0].lower()
        found.append(Mention("ROLE", mention.start, end, text[mention.start:end], head, mention.source))
    return found + [r for r in ruled if not _overlaps(r, found)]


def _known_place(name: str) -> bool:
    """Whether our tables or GeoNames know a name as a place: a place the NER finds counts where it stands after a
    word that introduces places, or anywhere when it is known. The NER also reads a person's first name after a
    comma as a place ("à Poznań, Oksana, arrivée de Lviv")."""
    return places.place_country(name) is not None or places.city_country(name) is not None


# A word that introduces places ("à Lyon", "au Kenya", "en Ouganda", "dans les Cyclades"; a lower-case "les" only:
# a sentence that opens with "Les Bleus" names a team).
LOCATIVE = re.compile(r"(?<![\w])(?:à|au|aux|en|de|du|des|d['’]|dans|vers|depuis|par|sur|près de|la|le|l['’]|(?-i:les))"
                      r"\s*$", re.IGNORECASE)


# Contexts that introduce people as often as organisations.
PERSON_PRONE = {"context:chez", organisations.WORKER_OF_SOURCE, "context:employer", "context:payer-subject",
                organisations.CONTRACTOR_SOURCE, organisations.EMPLOYED_BY_SOURCE}


ACRONYM_NAME = re.compile(r"[A-Z]{2,5}(?:[ \u00a0]\d+)?")
# In a place the NER spans with its noun ("district de Rangpur"), the name starts after the last "de".
PLACE_NOUN_HEAD = re.compile(r".*(?<![\w-])(?:de|du|des|d['’])[ \u00a0]*(?=[A-ZÀ-Ý])", re.DOTALL)


def _place_part(text: str, mention: Mention) -> Mention | None:
    """The place in a LOC mention of the NER, named as a reader looks it up ("au Caire": Le Caire), or None when
    it names none: a lower-case noun alone ("le microtravail", "l'autoroute A2") or an institution ("l'État
    libanais", "le Trésor")."""
    start = mention.start
    if not mention.text[:1].isupper():
        head = PLACE_NOUN_HEAD.match(mention.text)
        if head is None:
            return None
        start += head.end()
    name = text[start:mention.end]
    if name.split()[0] in resources.word_set("not_place_names"):
        return None
    if ACRONYM_NAME.fullmatch(name) and places.place_country(name) is None:
        return None  # "le CAC 40", "la CSN": an index, a union, a law, not a place
    return Mention("LOC", start, mention.end, name, places.full_name(text, start, name), mention.source)


def _short_places(locs: list[Mention]) -> list[Mention]:
    """A place named in full once and then by its first words ("Rio de Janeiro", then "Rio"; "Montoir-de-Bretagne",
    then "Montoir") keeps the full name: the name a reader looks up. Not the first part of a hyphenated name that
    is a place of its own ("Montréal-Nord", then "Montréal"; "Andorre-la-Vieille", then "Andorre")."""
    out: list[Mention] = []
    full_of: dict[str, str] = {}  # the first words of a name met earlier -> the first such name
    for m in sorted(locs, key=_order):
        name = m.value or m.text
        full = full_of.get(name)
        if full is not None:
            m = Mention(m.label, m.start, m.end, m.text, full, m.source)
        out.append(m)
        for i, char in enumerate(name):
            if char == " " or (char == "-" and places.place_country(name[:i]) is None):
                full_of.setdefault(name[:i], name)
    return out


def _is_person(mention: Mention, people: frozenset[str]) -> bool:
    return mention.text in people and organisations.org_type(mention.text) is None


@cache
def _title_before() -> re.Pattern[str]:
    """A person's title and a comma right before a name: "son directeur des opérations, Femi Balogun". The titles:
    data/word_lists.tsv, list person_titles."""
    titles = resources.word_alternation("person_titles")
    return re.compile(rf"(?<![\w-])(?:{titles})(?![\w-])[^,.;:!?«»]{{0,40}},[ \u00a0]*$", re.IGNORECASE)


@cache
def _person_after() -> re.Pattern[str]:
    """A comma and a word only a person is, right after a name: "Nino, diplômée de philologie". The words:
    data/word_lists.tsv, list person_appositions."""
    words = resources.word_alternation("person_appositions")
    return re.compile(rf",[ \u00a0]*(?:{words})(?![\w-])", re.IGNORECASE)


def _introduced_as_person(text: str, mention: Mention) -> bool:
    """Whether the text says a name is a person's: an age or a word only a person is after it, or a title before
    it. The NER reads many names of people from other languages as organisations ("Sunday Okafor, agent de
    sécurité de 41 ans", "Nino, diplômée de philologie")."""
    return bool(organisations.AGE_AFTER.match(text, mention.end) or _person_after().match(text, mention.end)
                or _title_before().search(text, max(0, mention.start - 60), mention.start))


APPOSED_COMMA = re.compile(r",[ \u00a0]*")


def _role_apposed(text: str, mention: Mention, role_at: dict[int, Mention]) -> bool:
    """Whether a worker's job follows a name and a comma with no determiner: "Tariq, chauffeur VTC, alterne entre
    Uber et Bolt", "affirme Yaseen, chauffeur à Birmingham" name people, whom the NER may read as organisations. The
    job is a head noun of data/roles.tsv that names workers and no company's trade (data/word_lists.tsv, list
    firm_trades: "Ubisoft, développeur de jeux vidéo"; "Ravina Data, sous-traitant de Meta" names no worker)."""
    comma = APPOSED_COMMA.match(text, mention.end)
    role = role_at.get(comma.end()) if comma else None
    if role is None:
        return False
    head = role.text.split()[0].lower()
    return resources.roles().get(head, "people") != "people" and head not in resources.word_set("firm_trades")


def _origin_of_place(text: str, mention: Mention, locs: list[Mention]) -> bool:
    """Whether a name the NER reads as an organisation is the words that say where workers come from and a place:
    "Venus du Kenya, d'Ouganda ou du Népal, ils touchent..." names the place, not a company."""
    return any(mention.start < loc.start and loc.end <= mention.end
               and origin_before().search(text, mention.start, loc.start) for loc in locs)


# An organisation's name, "de" and a place: "Colivia de Saint-Priest".
NAME_OF_PLACE = re.compile(r"(?P<name>.+?)[ \u00a0]+(?:de|du|d['’])[ \u00a0]*(?P<place>[A-ZÀ-Ý][^ \u00a0].*)")
# A compound town name, its words joined by hyphens ("Petite-Forêt", "Saint-Jean-de-Maurienne"): a place the
# tables may not know (GeoNames holds towns of 15,000 people and more).
COMPOUND_PLACE = re.compile(r"[A-ZÀ-Ý][a-zà-ÿ]+(?:-(?:[a-zà-ÿ]+-)?[A-ZÀ-Ý][a-zà-ÿ]+)+")


# A brand: capitalised words (or figures) only, at least two ("Taco Rancho", "Balkan Policy Lab").
BRAND = re.compile(r"[A-ZÀ-Ý][\w&'’.-]*(?:[ \u00a0][A-ZÀ-Ý0-9][\w&'’.-]*)+")


def _brand_at_site(name: str, place: str) -> bool:
    """Whether "name de place" is a brand and the city of one of its sites ("Taco Rancho de Glendale", "Hyper
    Escaut de Valenciennes", or an employer of our table: "l'usine Stellantis de Sochaux", "le Carrefour
    d'Abidjan"), though the article never names the brand alone. The place must be a city (a country
    names a national body: "Médecins Remplaçants de France") and no word of the name an institution's noun ("Haute
    Cour de Lahore"). On dev, of the ORG mentions that end in "de" and a known place, the labels end 8 before the
    place, all brands named this way; 179 take the place in, after a head noun or a lower-case word that belongs to
    the name ("université de Lagos", "Compagnie des phosphates de Gafsa")."""
    return (BRAND.fullmatch(name) is not None or organisations.org_type(name) in organisations.EMPLOYER_TYPES) \
        and places.city_country(place) is not None \
        and not resources.word_set("institution_heads").intersection(name.split())


def _split_sites(paragraphs: list[dict[str, list[Mention]]]) -> None:
    """Split, in place, an organisation named with its site ("l'entrepôt Colivia de Saint-Priest") into the
    organisation and the place, when the article also names the organisation alone: the name is what it says of
    the site. A name our table knows, an acronym ("CHU de La Réunion") or a name that opens with an institution's
    noun ("Banque de France", "État de Genève", "Ville de Sherbrooke") is one name. The place is one our tables
    know, or a compound town name when the organisation is named alone ("Hyper Escaut de Petite-Forêt", then
    "Hyper Escaut"). A brand named with the city of its site is split even when named once (`_brand_at_site`)."""
    alone = {m.text for found in paragraphs for m in found["ORG"]}
    for found in paragraphs:
        orgs, sites = [], []
        for m in found["ORG"]:
            cut = NAME_OF_PLACE.fullmatch(m.text)
            name = cut.group("name") if cut else ""
            if cut is None or (name not in alone and not _brand_at_site(name, cut.group("place"))) \
                    or len(name) < 3 or ACRONYM_NAME.fullmatch(name) \
                    or name.split()[0] in resources.word_set("not_place_names") \
                    or organisations.org_type(m.text) is not None \
                    or not (_known_place(cut.group("place"))
                            or (name in alone and COMPOUND_PLACE.fullmatch(cut.group("place")))):
                orgs.append(m)
                continue
            at = m.start + cut.start("place")
            orgs.append(Mention("ORG", m.start, m.start + len(name), name, name, m.source))
            sites.append(Mention("LOC", at, m.end, cut.group("place"), cut.group("place"), "context:site"))
        found["ORG"] = orgs
        found["LOC"] = sorted(found["LOC"] + [s for s in sites if not _overlaps(s, found["LOC"])], key=_order)


# Right before a name, a preposition that says where ("à Porrentruy", "en Ajoie", "dans le Cher"): not "de".
AT_PLACE_BEFORE = re.compile(r"(?<![\w])(?:à|au|aux|en|dans|dans l['’]|dans la|dans le|dans les)\s*$", re.IGNORECASE)


@cache
def _org_apposed() -> re.Pattern[str]:
    """Right after a name, a comma and a company noun that restates it (data/word_lists.tsv, lists company_nouns
    and apposed_org_nouns): "Karya, une organisation à but non lucratif", "Sorelec, la filiale"; not one that
    introduces another name ("sur le site de Kamilombe, la société Dilala Cobalt Mining")."""
    nouns = "|".join((resources.word_alternation("company_nouns"), resources.word_alternation("apposed_org_nouns")))
    return re.compile(rf"[ \u00a0]*,[ \u00a0]+(?:une?|la|le|l['’])[ \u00a0]*(?:[\w-]+[ \u00a0]+)?(?:{nouns})(?![\w-])"
                      rf"(?![ \u00a0]+(?:(?!(?:à|de|du|des|en|au|aux)[ \u00a0])[\w-]+[ \u00a0]+)?(?-i:[A-ZÀ-ÖØ-Þ]))",
                      re.IGNORECASE)


def _place_after_locative(text: str, mention: Mention) -> bool:
    """Whether a name is a place our tables or GeoNames know (a city, a region, a country: `_known_place`), right
    after "de", "à", "dans le"..., or a town they know right after "à", "en" or "dans"; and no organisation we
    know."""
    if organisations.org_type(mention.text) is not None or ACRONYM_NAME.fullmatch(mention.text):
        return False
    if AT_PLACE_BEFORE.search(text, max(0, mention.start - 12), mention.start):
        return places.found_place_country(mention.text) is not None
    return LOCATIVE.search(text, max(0, mention.start - 12), mention.start) is not None and _known_place(mention.text)


def _possessive(text: str, mention: Mention) -> Mention:
    """A name the NER cut before its final "s" ("McDonald'" of "McDonald's") gets it back."""
    if mention.text[-1:] in {"'", "’"} and text[mention.end:mention.end + 1] == "s" \
            and not text[mention.end + 1:mention.end + 2].isalnum():
        return Mention(mention.label, mention.start, mention.end + 1, text[mention.start:mention.end + 1],
                       mention.value, mention.source)
    return mention


TRAILING_WORD = re.compile(r"(?:[ \u00a0]+(?:de|du|des|et|la|le|les|en|à|au|aux)|[ \u00a0]+d['’]|[ \u00a0]*[,;:])+$")


def _without_trailing_word(mention: Mention) -> Mention:
    """An NER name cut before its last word ends with a function word: "la Banque centrale du [Venezuela]" is
    named "Banque centrale"."""
    cut = TRAILING_WORD.search(mention.text)
    if not cut:
        return mention
    name = mention.text[:cut.start()]
    return Mention(mention.label, mention.start, mention.start + len(name), name, name, mention.source)


TRADE_BEFORE_NAME = re.compile(r"(?P<word>[\w-]+)[ \u00a0]+(?=[A-ZÀ-Ý])")
OF_BEFORE = re.compile(r"(?<![\w-])(?:de|d['’])[ \u00a0]*$")


def _without_leading_trade(text: str, mention: Mention) -> Mention:
    """A name that opens with the trade or the sector of the company it names, after "de" ("l'application de VTC
    Zuma Rides", "l'entreprise de BTP Al Bawadi"; data/word_lists.tsv, list trades_before_names), is the name after
    it; not a place ("les contrôleurs de TER Hauts-de-France")."""
    lead = TRADE_BEFORE_NAME.match(mention.text)
    if not lead or lead.group("word") not in resources.word_set("trades_before_names") \
            or not OF_BEFORE.search(text, max(0, mention.start - 4), mention.start):
        return mention
    name = mention.text[lead.end():]
    if _known_place(name):
        return mention
    return Mention(mention.label, mention.start + lead.end(), mention.end, name, name, mention.source)


def _plausible_org(mention: Mention) -> bool:
    """NER organisations that are not acronyms of two letters ("IA"), lower-case words, breadcrumbs ("Économie ›
    Numérique"), names of pay levels or trades ("SMIG", "VTC": data/word_lists.tsv, list not_org_names), nor a
    sentence's first word alone ("Via sa filiale")."""
    text = mention.text.strip()
    return (len(text) > 2 and text[0].isupper() and not any(c in text for c in "\n›»|/>")
            and text not in resources.word_set("not_org_names") and text not in organisations.sentence_first_words())


WORD = re.compile(r"(?:(?:[dlDLjJnNsScCmMtT]|[qQ]u)['’](?=\w))?(?P<word>\w[\w&’'.-]*)")  # "l'OCST": OCST


@lru_cache(maxsize=4)
def _words_of(text: str) -> frozenset[str]:
    """The words of a text, read once per text: a long text has many names to check."""
    return frozenset(m.group("word").rstrip(".’'") for m in WORD.finditer(text))


def _joined(text: str, orgs: list[Mention]) -> list[Mention]:
    """Names side by side with one space between are one name the NER cut ("Amazon" + "France Logistique")."""
    out: list[Mention] = []
    for m in orgs:
        if out and text[out[-1].end:m.start] == " " and m.source.startswith("ner:"):
            last = out.pop()
            name = text[last.start:m.end]
            m = Mention("ORG", last.start, m.end, name, name, m.source)
        out.append(m)
    return out


def _opens_longer_name(text: str, known: Mention, longer: Mention) -> bool:
    """Whether a name lies in a longer one and is not all of it, with the longer name's start or a capitalised
    word right after it: "Amazon" in "Amazon France Logistique", "NHS" in "Pennine Valley NHS Trust", not "FTQ"
    in "Fonds de solidarité FTQ", nor "McDonald's" in "McDonald's." nor "AFP" in "AFP)" (a longer name that adds no
    word: a sentence's full stop, the closing bracket stanza's NER takes with an acronym)."""
    return _inside(known, longer) and (
        known.start == longer.start and bool(re.match(r"[ \u00a0]*[\w&]", text[known.end:longer.end]))
        or bool(re.match(r"[ \u00a0]+[A-ZÀ-Ý]", text[known.end:longer.end])))


# After a known organisation's name, inside a longer name the NER read: a city's or a region's adjective ("un Lidl
# lyonnais"), or "de" and capitalised words ("l'usine Renault de Flins", "l'entrepôt Amazon de Lauwin-Planque").
SITE_AFTER_NAME = re.compile(r"[ \u00a0]+(?:(?P<adjective>[a-zà-ÿ-]+)|(?:de|du|des)[ \u00a0]+(?P<town>{name})"
                             r"|d['’](?P<elided>{name}))(?![\w-])".format(name=places.PLACE_NAME))


def _site_after(text: str, known: Mention, longer: Mention, people: frozenset[str]) -> Mention | None:
    """The place of a site that a longer NER name adds to a known organisation's name it opens, as a place mention
    (`SITE_AFTER_NAME`): "Lidl lyonnais" is Lidl in Lyon, "Renault de Flins" Renault at Flins. Only after a name of
    our table (source "gazetteer:org"), which holds no "Olympique", "Crédit" nor "Banque": "Olympique de Marseille",
    "Crédit lyonnais" and "Banque de France" are names of their own. A town our tables do not know is one word,
    and no given name of the article's people (`people`): not "Amazon de Jeff Bezos"."""
    if known.source != "gazetteer:org" or known.start != longer.start:
        return None
    found = SITE_AFTER_NAME.match(text, known.end, longer.end)
    if found is None or found.end() != longer.end:
        return None
    if found.group("adjective"):
        place = places.demonym_place(found.group("adjective"))
        return None if place is None else Mention("LOC", found.start("adjective"), found.end("adjective"),
                                                   found.group("adjective"), place, PLACE_OF_ORGANISATION)
    group = "town" if found.group("town") else "elided"
    town = found.group(group)
    if places.found_place_country(town) is None and (" " in town or town in people):
        return None
    return Mention("LOC", found.start(group), found.end(group), town, None, PLACE_OF_ORGANISATION)


def _inside(mention: Mention, other: Mention) -> bool:
    """Whether `mention` lies within `other` and is shorter."""
    return other.start <= mention.start and mention.end <= other.end and mention.end - mention.start < other.end - other.start


def _same_name(role: Mention, organisation: Mention) -> bool:
    """Whether a role mention is an organisation's name: the same span, written with a capital."""
    return (role.start, role.end) == (organisation.start, organisation.end) and role.text[:1].isupper()


def _not_inside(mentions: list[Mention], other: Mention) -> list[Mention]:
    return [m for m in mentions if not _inside(m, other)]


class _Covered:
    """Spans, asked in logarithmic time whether one overlaps a given span: the entities of a long text are many."""

    def __init__(self, spans: list[tuple[int, int]]) -> None:
        spans = sorted(spans)
        self._starts = [start for start, _ in spans]
        self._reach = list(itertools.accumulate((end for _, end in spans), max))  # furthest end so far

    def overlaps(self, start: int, end: int) -> bool:
        last = bisect.bisect_left(self._starts, end) - 1  # the last span that starts before `end`
        return last >= 0 and self._reach[last] > start


def _overlaps(mention: Mention, others: list[Mention]) -> bool:
    return any(o.start < mention.end and mention.start < o.end for o in others)


def _order(m: Mention) -> tuple[int, int]:
    return (m.start, -m.end)


def _resolve(mentions: list[Mention]) -> list[Mention]:
    """Overlapping mentions of one label: the longest wins, then the first."""
    kept: list[Mention] = []
    for m in sorted(mentions, key=lambda m: (-(m.end - m.start), m.start)):
        if not _overlaps(m, kept):
            kept.append(m)
    return kept


def _entities(text: str, mentions: dict[str, list[Mention]], amounts: list[money.MoneyMention],
              claims: list, body: list[Span]) -> list[Mention]:
    """Every entity mention of the body, sorted: ORG, LOC, ROLE, DATE, MONEY and the RATE of each amount. Beside
    the places the linker uses, every demonym adjective of the body is a LOC ("le salaire minimum portugais")."""
    out = [m for label in ("ORG", "LOC", "ROLE", "DATE") for m in mentions[label]]
    taken = _Covered([(m.start, m.end) for m in out if m.label in ("ORG", "LOC")] + [(a.start, a.end) for a in amounts])
    out += [m for span in body for m in places.demonym_adjectives(text, span.start, span.end)
            if not taken.overlaps(m.start, m.end)]
    seen: set[tuple[int, int]] = set()
    paid = {(c.amount.start, c.amount.end) for c in claims} | {(a.start, a.end) for c in claims for a in c.converted}
    for amount in amounts:
        if (amount.start, amount.end) in seen:
            continue
        seen.add((amount.start, amount.end))
        out.append(Mention("MONEY", amount.start, amount.end, amount.text, amount.currency, f"money:{amount.shape}"))
        found = period_after(text, max(amount.end, amount.chain_end))
        if found and (amount.start, amount.end) in paid:
            out.append(_rate(text, found, "period:after"))
    rates = {(m.start, m.end) for m in out if m.label == "RATE"}
    for claim in claims:
        found = period_before(text, claim.amount.start, claim.sentence.start)
        if found and "period:before" in claim.provenance:
            rate = _rate(text, found, "period:before")
            if (rate.start, rate.end) not in rates:
                rates.add((rate.start, rate.end))
                out.append(rate)
    # A pay word gives the unit of its pay away from any amount too: "payés à la tâche", "le taux horaire".
    rated = _Covered([(m.start, m.end) for m in out if m.label in ("RATE", "MONEY")])
    named = [_rate(text, found, "period:named") for span in body for found in named_units(text, span.start, span.end)]
    out += [rate for rate in named if not rated.overlaps(rate.start, rate.end)]
    # A ROLE may contain a LOC (a demonym); no other nesting across labels is kept.
    return sorted(out, key=lambda m: (m.start, -m.end, m.label))


def _rate(text: str, found: tuple[str, int, int], source: str) -> Mention:
    """The RATE mention of a unit phrase found as (period, start, end): its unit noun takes its complement
    (`periods.rate_end`: "par jour travaillé")."""
    period, start, end = found
    end = rate_end(text, start, end)
    return Mention("RATE", start, end, text[start:end], period, source)


# Before a date, words that make it the date of an event the text reports, not the page's: "à compter du 1er
# février 2024", "depuis le 1er janvier 2024", "au 1er mai".
EVENT_DATE_BEFORE = re.compile(r"(?<![\w-])(?:(?:à[ \u00a0]+)?compter[ \u00a0]+du|(?:à[ \u00a0]+)?partir[ \u00a0]+du"
                               r"|depuis[ \u00a0]+le|dès[ \u00a0]+le|jusqu['’]au|avant[ \u00a0]+le|après[ \u00a0]+le"
                               r"|d['’]ici[ \u00a0]+le|(?<!jour[ \u00a0])au)[ \u00a0]*$", re.IGNORECASE)


def _publication_date(text: str, found: list[Mention], body: list[Span]) -> str | None:
    """The first full date in the first lines of the page that no event words introduce (`EVENT_DATE_BEFORE`):
    that is where pages print their date."""
    head_end = body[min(len(body), 8) - 1].end if body else 0
    for mention in found:
        if mention.start > head_end:
            break
        if EVENT_DATE_BEFORE.search(text, max(0, mention.start - 20), mention.start):
            continue
        parsed = dates.parse_date(mention.text)
        if parsed:
            return parsed
    return None
