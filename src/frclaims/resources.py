"""Loading of the language data files in `frclaims/data/` (documented in `data/README.md`).

Each loader reads its file once per process (functools.cache) and returns plain, immutable structures.
"""
from __future__ import annotations

import gettext
import gzip
import re
import unicodedata
from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import Iterable, Iterator

from .errors import Errors

APOSTROPHES = "'’ʼ"


def data_text(name: str) -> str:
    """The text of a data file; one whose name ends in ".gz" is read through gzip (the tables
    `scripts/build_gazetteer.py` derives)."""
    file = resources.files("frclaims.data").joinpath(name)
    return gzip.decompress(file.read_bytes()).decode("utf-8") if name.endswith(".gz") else file.read_text("utf-8")


def read_rows(name: str, columns: int) -> Iterator[tuple[int, list[str]]]:
    """Yield (line number, fields) of a TSV data file (`data_text`), skipping comments and blank lines.

    Missing trailing fields are returned as empty strings; a row with too many fields is an error.
    """
    text = data_text(name)
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip() or line.startswith("#"):
            continue
        fields = line.split("\t")
        if len(fields) > columns:
            raise ValueError(Errors.E005.format(path=name, line=number, problem=f"{len(fields)} fields"))
        yield number, fields + [""] * (columns - len(fields))


WORD_ENDING = r"\w*"  # what a trailing * in a data-file phrase stands for


def _phrase_parts(phrase: str) -> list[str]:
    """The regex of a data-file phrase, one part per character: flexible whitespace, every apostrophe, and a
    trailing * as a last part that matches any word ending."""
    phrase = unicodedata.normalize("NFC", phrase.strip())
    star = phrase.endswith("*")
    if star:
        phrase = phrase[:-1]
    parts = []
    for char in phrase:
        if char in APOSTROPHES:
            parts.append(f"[{APOSTROPHES}]")
        elif char == " ":
            parts.append(r"[\s\u00a0\u202f]+")
        else:
            parts.append(re.escape(char))
    return parts + ([WORD_ENDING] if star else [])


def phrase_pattern(phrase: str) -> str:
    """A regex for a data-file phrase: flexible whitespace, every apostrophe, a trailing * as any word ending."""
    return "".join(_phrase_parts(phrase))


def alternation(phrases: Iterable[str]) -> str:
    """Alternation of phrase patterns, longest first so that the longest phrase wins (a prefix tree, see `trie`)."""
    return trie([(p, None) for p in sorted(set(phrases), key=len, reverse=True)])


def trie(items: Iterable[tuple[str, str | None]]) -> str:
    """An alternation of phrases, tried in the order given, written as a prefix tree, with a named group around
    each phrase whose name is not None.

    Why: Python's re tries the branches of an alternation one by one at every position, so a flat list of 300 cue
    phrases costs 300 tries per character. Branches that share a first character are merged under it. The order
    in which branches are tried is kept wherever two of them could match at one position (an upper- and a
    lower-case first letter, a phrase that ends where others go on), so the pattern matches exactly what the
    flat alternation matched, with or without re.IGNORECASE."""
    return _trie([(_phrase_parts(phrase), name) for phrase, name in items])


def literals(strings: Iterable[str]) -> str:
    """An alternation of exact strings, tried in the order given, as a prefix tree (see `trie`)."""
    return _trie([([re.escape(char) for char in string], None) for string in strings])


def _trie(entries: list[tuple[list[str], str | None]]) -> str:
    groups: list[tuple[str | None, list[tuple[list[str], str | None]]]] = []
    open_groups: dict[str, int] = {}  # a first character (folded) -> the group later branches may still join
    for parts, name in entries:
        head = parts[0] if parts and parts[0] != WORD_ENDING else None
        if head is None:  # the phrase ends here: it may match where any later branch does
            groups.append((None, [(parts, name)]))
            open_groups.clear()
            continue
        folded = head.lower()
        index = open_groups.get(folded)
        if index is not None and groups[index][0] == head:
            groups[index][1].append((parts, name))
        else:  # a new first character, or the other case of an open one: a new group, later ones join it
            open_groups[folded] = len(groups)
            groups.append((head, [(parts, name)]))
    branches = []
    for head, members in groups:
        if head is None or len(members) == 1:
            branches += [_named("".join(parts), name) for parts, name in members]
        else:
            branches.append(head + "(?:" + _trie([(parts[1:], name) for parts, name in members]) + ")")
    return "|".join(branches)


def _named(pattern: str, name: str | None) -> str:
    return f"(?P<{name}>{pattern})" if name else pattern


@cache
def _word_lists() -> dict[str, tuple[str, ...]]:
    table: dict[str, list[str]] = {}
    for _, (name, phrase) in read_rows("word_lists.tsv", 2):
        table.setdefault(name, []).append(phrase)
    return {name: tuple(phrases) for name, phrases in table.items()}


def word_list(name: str) -> tuple[str, ...]:
    """The phrases of one list of word_lists.tsv, in file order (the file's header says what each list is for)."""
    try:
        return _word_lists()[name]
    except KeyError:
        raise KeyError(Errors.E010.format(name=name, path="word_lists.tsv")) from None


@cache
def word_alternation(name: str) -> str:
    """The phrases of list `name` of word_lists.tsv as one regex alternation (`alternation`), built once: what the
    patterns of linking and company_reference read a list as."""
    return alternation(word_list(name))


@cache
def word_set(name: str) -> frozenset[str]:
    """The phrases of one list of word_lists.tsv as a set, built once: for membership tests."""
    return frozenset(word_list(name))


@cache
def folded_word_set(name: str) -> frozenset[str]:
    """The phrases of one list of word_lists.tsv case-folded, as a set built once: for case-blind membership
    tests of lists that spell their words with capitals ("Fédération")."""
    return frozenset(phrase.casefold() for phrase in word_list(name))


@dataclass(frozen=True)
class Currencies:
    forms: dict[str, str]          # lower-cased surface form -> ISO code or ambiguous group
    case_sensitive: frozenset[str]  # forms that only count with their exact case (codes, "Ar", "DA")
    subunits: dict[str, tuple[str, str]]  # form -> (code or group, factor)
    ambiguous: dict[str, dict[str, str]]  # group -> {country or "*": code}
    after_only: frozenset[str] = frozenset()  # ISO codes only read after a number ("1 650 XPF", not "AMD 7")


@cache
def currencies() -> Currencies:
    """Currency words: our data file plus the French CLDR names and the codes of every current ISO 4217 currency
    (babel, pycountry), and the CLDR names of the retired currencies the press still quotes (`retired_currencies`)."""
    import pycountry
    from babel import Locale
    from babel.numbers import get_currency_name

    forms: dict[str, str] = {}
    locale = Locale("fr")
    current = {c.alpha_3 for c in pycountry.currencies}
    retired = set(word_list("retired_currencies"))  # "marks allemands", "pesetas" of stories before the euro
    heads: dict[str, set[str]] = {}
    retired_heads: dict[str, set[str]] = {}
    for code, name in locale.currencies.items():
        if code not in current | retired or "(" in name:
            continue  # other withdrawn currencies: "peseta andorrane", "afghani (1927–2002)"
        for count in (1, 2):
            full = get_currency_name(code, count=count, locale="fr").lower()
            if " " in full:
                forms[full] = code
            (heads if code in current else retired_heads).setdefault(full.split(" ")[0], set()).add(code)
    # The head word alone ("riels", "birr", "zlotys") where it names one currency only; heads shared by several
    # ("dollar", "franc", "peso", "livre") are ambiguous groups decided by our data file, with context. A retired
    # currency's head counts only where no current currency has it ("drachmes", not "escudos" of Cape Verde).
    # Head words that are ordinary French words after a number are not currencies: data/word_lists.tsv.
    not_heads = {phrase.lower() for phrase in word_list("not_currency_heads")}
    for head, codes in (*heads.items(), *((h, c) for h, c in retired_heads.items() if h not in heads)):
        if len(codes) == 1 and head not in not_heads:
            forms.setdefault(head, next(iter(codes)))
    # The press often drops CLDR's accents: "guaranis" for "guaranís", "dongs" for "dôngs". Apostrophes are
    # looked up as ' (CLDR writes "pa’anga").
    for form, code in list(forms.items()):
        forms.setdefault(without_accents(form), code)
    forms = {form.replace("’", "'"): code for form, code in forms.items()}
    # Every current ISO 4217 code, written in capitals next to a number ("1 650 XPF", "3 000 PEN"); the data file
    # below may give a code another reading.
    codes = {code for code in current if not code.startswith("X") or code in {"XOF", "XAF", "XPF", "XCD"}}
    codes -= set(word_list("not_currency_codes"))  # X..: metals, funds, tests; the list: codes that are words
    case_sensitive = set(codes)
    forms.update({code: code for code in codes})
    listed = set()
    for _, (form, code, _note) in read_rows("currencies.tsv", 3):
        listed.add(form)
        if form[:1].isupper():  # codes and symbols: "CFA", "Ar", "Rs", "Rp", "Ksh"
            case_sensitive.add(form)
        forms[form if form in case_sensitive else form.lower()] = code
    subunits = {form.lower(): (code, factor) for _, (form, code, factor) in read_rows("subunits.tsv", 3)}
    ambiguous: dict[str, dict[str, str]] = {}
    for _, (group, country, code) in read_rows("ambiguous_currencies.tsv", 3):
        ambiguous.setdefault(group, {})[country] = code
    return Currencies(forms, frozenset(case_sensitive), subunits, ambiguous, frozenset(codes - listed))


def without_accents(text: str) -> str:
    """The text without its diacritics: "Éducation" -> "Education"."""
    return "".join(c for c in unicodedata.normalize("NFD", text) if not unicodedata.combining(c))


@cache
def group_heads(subunits: bool = False) -> dict[str, frozenset[str]]:
    """Ambiguous group -> the bare words that name it in currencies.tsv ("RUPEE": {"roupie", "roupies"}), and
    with `subunits` in subunits.tsv too ("CENTIME": {"centime", "centimes"})."""
    heads: dict[str, set[str]] = {}
    rows = [(form, code) for _, (form, code, _note) in read_rows("currencies.tsv", 3)]
    if subunits:
        rows += [(form, code) for _, (form, code, _factor) in read_rows("subunits.tsv", 3)
                 if code in currencies().ambiguous]
    for form, code in rows:
        if form.isalpha() and form.islower():
            heads.setdefault(code, set()).add(form)
    return {group: frozenset(words) for group, words in heads.items()}


@cache
def territory_currency(group: str, country: str) -> str | None:
    """The currency of `country` (CLDR, via babel) that an ambiguous word of `group` names: "roupies" in
    Indonesia is IDR, "livres" in Turkey TRY. None when the country's currency has another name."""
    from babel.numbers import get_currency_name, get_territory_currencies

    words = group_heads().get(group, frozenset())
    for code in get_territory_currencies(country, tender=True, non_tender=False):
        for count in (1, 2):
            if get_currency_name(code, count=count, locale="fr").lower().split(" ")[0] in words:
                return code
    return None


@cache
def euro_rates() -> dict[str, float]:
    """ISO code -> roughly how many units make one euro (euro_rates.tsv): the size of an amount across currencies."""
    return {code: float(rate) for _, (code, rate) in read_rows("euro_rates.tsv", 2)}


@cache
def verb_endings() -> list[tuple[str, str]]:
    """(ending, tense) rows of verb_endings.tsv, longest ending first."""
    return sorted(((ending, tense) for _, (ending, tense) in read_rows("verb_endings.tsv", 2)),
                  key=lambda row: -len(row[0]))


@cache
def periods() -> list[tuple[str, str, str]]:
    """(phrase, period, position) rows of periods.tsv."""
    return [tuple(f) for _, f in read_rows("periods.tsv", 3)]  # type: ignore[misc]


@cache
def qualifiers() -> list[tuple[str, str, str]]:
    """(phrase, qualifier, position) rows of qualifiers.tsv."""
    return [tuple(f) for _, f in read_rows("qualifiers.tsv", 3)]  # type: ignore[misc]


@dataclass(frozen=True)
class Cue:
    pattern: str
    category: str
    weight: float
    position: str


@cache
def cues() -> list[Cue]:
    """Context cues of cues.tsv."""
    return [Cue(p, c, float(w), pos or "any") for _, (p, c, w, pos) in read_rows("cues.tsv", 4)]


@dataclass(frozen=True)
class OrgEntry:
    name: str
    type: str
    forms: tuple[str, ...]
    country: str = ""  # ISO 3166-1 alpha-2 code of the country the press gives it ("le géant américain"), or ""
    seat: str = ""  # the city of its seat, where the press names it so ("le géant de Seattle"), or ""


@cache
def organisations() -> list[OrgEntry]:
    """Organisations of organisations.tsv with all their surface forms."""
    out = []
    for _, (name, kind, aliases, country, seat) in read_rows("organisations.tsv", 5):
        forms = (name,) + tuple(a for a in aliases.split("|") if a)
        out.append(OrgEntry(name, kind, forms, country, seat))
    return out


@cache
def organisation_origins() -> dict[str, frozenset[str]]:
    """Each surface form of an organisation of organisations.tsv -> where the press says it is from: its country's
    code and the city of its seat, where given ("Amazon": US and Seattle)."""
    return {form: frozenset(filter(None, (entry.country, entry.seat))) for entry in organisations()
            if entry.country or entry.seat for form in entry.forms}


@cache
def places() -> dict[str, tuple[str, str]]:
    """Surface form -> (normalised place name, ISO country or "-"): pycountry's French country names plus places.tsv."""
    import pycountry

    table: dict[str, tuple[str, str]] = {}
    try:
        french = gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=["fr"])
        translate = french.gettext
    except OSError:  # pragma: no cover - pycountry always ships its locales
        translate = str
    for country in pycountry.countries:
        name = translate(country.name).split(",")[0].strip()
        if len(name) > 2:
            table[name] = (name, country.alpha_2)
    for _, (name, country, spellings) in read_rows("places.tsv", 3):
        table[name] = (name, country)
        for spelling in filter(None, spellings.split("|")):
            table[spelling] = (name, country)
    return table


@cache
def departements() -> dict[str, tuple[str, str]]:
    """A French département's number as the press writes it ("93", "2A", "974") -> (its name as our place tables
    spell it, ISO country): data/departements.tsv."""
    return {number: (name, country) for _, (number, name, country) in read_rows("departements.tsv", 3)}


@cache
def country_names() -> dict[str, str]:
    """ISO alpha-2 -> French country name (for demonyms and currency context)."""
    import pycountry

    try:
        translate = gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=["fr"]).gettext
    except OSError:  # pragma: no cover
        translate = str
    names = {c.alpha_2: translate(c.name).split(",")[0].strip() for c in pycountry.countries}
    for _, (name, country, _aliases) in read_rows("places.tsv", 3):
        if len(country) == 2 and name not in {"Québec", "Silicon Valley", "Catalogne", "Île-de-France"}:
            names.setdefault(country, name)
    overrides = {"US": "États-Unis", "VE": "Venezuela", "SY": "Syrie", "VN": "Vietnam", "MM": "Birmanie",
                 "KR": "Corée du Sud", "RU": "Russie", "IR": "Iran", "TZ": "Tanzanie", "BO": "Bolivie",
                 "CG": "Congo", "LA": "Laos", "MD": "Moldavie", "TW": "Taïwan", "RE": "La Réunion"}
    names.update(overrides)
    return names


@cache
def demonyms() -> dict[str, str]:
    """Lower-cased demonym form -> ISO alpha-2."""
    return {form.lower(): country for _, (forms, country, _) in read_rows("demonyms.tsv", 3)
            for form in forms.split("|")}


@cache
def demonym_places() -> dict[str, str]:
    """Lower-cased demonym form -> the nation or province of its country it names ("québécois": Québec), for the
    demonyms that name one."""
    return {form.lower(): place for _, (forms, _, place) in read_rows("demonyms.tsv", 3) if place
            for form in forms.split("|")}


@cache
def place_demonyms() -> dict[str, str]:
    """Lower-cased adjective of a continent, region or city -> the place ("lyonnaise": Lyon, "européens": Europe)."""
    return {form.lower(): place for _, (forms, place) in read_rows("place_demonyms.tsv", 2)
            for form in forms.split("|")}


@cache
def roles() -> dict[str, str]:
    """Lower-cased role head form -> kind ("people" heads only carry demonyms)."""
    table = {}
    for _, (forms, kind) in read_rows("roles.tsv", 2):
        for form in forms.split("|"):
            table[form.lower()] = kind
    return table


@cache
def worker_heads() -> list[str]:
    """The role heads that name workers (every kind but "people"), longest first, so that an alternation of them
    takes "ouvrier agricole" before "ouvrier"."""
    return sorted((h for h, kind in roles().items() if kind != "people"), key=len, reverse=True)


@cache
def role_modifiers() -> list[str]:
    return [m for _, (m,) in read_rows("role_modifiers.tsv", 1)]


@cache
def boilerplate() -> list[tuple[str, re.Pattern[str]]]:
    """(action, compiled pattern) rows of boilerplate.tsv."""
    return [(action, re.compile(pattern, re.IGNORECASE)) for _, (action, pattern) in read_rows("boilerplate.tsv", 2)]
