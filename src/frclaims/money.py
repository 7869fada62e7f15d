"""The money grammar: find every amount of money in French text, with its value, currency and offsets.

It reads numbers in every form French press writes them (SPEC section 5): digits with any thousands separator
("1 500", "1\u00a0500", "1\u202f500", "1.500", "3'500"), decimal comma, multipliers ("1,9 million", "2,5 M$",
"36 k€"; French "billion" is 10^12), number words ("vingt-cinq euros", via text2num), approximate nouns ("une
vingtaine d'euros"), subunits ("20 centimes" is 0.20), currency before or after the number; then combines
neighbouring numbers into ranges ("entre 1,32 et 2 dollars", "de 1,32 à 2 dollars"), alternatives ("5,5 ou 6
euros": one amount from 5.5 to 6, like a range), lists ("10, 20 et 30 euros": three amounts) and changes
("passé de 5,30 à 4,85 euros": two amounts).

Ambiguous currency words ("dollars", "francs", "pesos") are resolved by `resolve_currency` from the countries
an article names; `find_money` does it from the text it is given.
"""
from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, replace
from decimal import Decimal, InvalidOperation
from functools import cache

from babel.numbers import get_currency_precision
from price_parser import Price
from text_to_num import text2num

from . import resources
from .periods import period_after, task_nouns
from .resources import alternation, read_rows, word_alternation, word_list, word_set

SPACE = r"[ \u00a0\u202f\u2009\u2007]"  # a space, no-break, narrow no-break, thin or figure space
SPACES = re.compile(rf"{SPACE}+")


@dataclass(frozen=True)
class MoneyMention:
    """An amount of money found in text. `group` is the raw currency (ISO code or ambiguous group);
    `currency` is the resolved ISO code. `shape` names the grammar rule, for provenance."""

    start: int
    end: int
    text: str
    min: Decimal
    max: Decimal
    currency: str
    group: str
    shape: str
    qualifier: str | None = None
    value_start: int = -1  # where this amount's own number starts (differs from start in lists/alternatives)
    chain_end: int = -1  # end of the last amount of its list, alternative or change: where a shared period follows
    by_default: bool = False  # an ambiguous word no country of the text decided: its group's default currency


@dataclass(frozen=True)
class _Number:
    start: int
    end: int
    value: Decimal
    scaled: bool  # a multiplier was read ("million", "k")
    approx: bool  # "une vingtaine"


@dataclass(frozen=True)
class _Atom:
    """A number with the currency attached to it, if any."""

    number: _Number
    start: int
    end: int
    group: str | None
    factor: Decimal


# --- numbers ---------------------------------------------------------------------------------------------------

DIGITS = re.compile(
    rf"""
    (?<![\w.,/])(?<!\d['’])                 # not the tail of another number or date ("d'1" is fine)
    (?P<int>
        \d{{1,3}}(?:{SPACE}\d{{3}})+(?!\d)  # 1 500 with any of the spaces of SPACE
      | \d{{1,3}}(?:\.\d{{3}})+(?!\d|\.\d)  # 1.500 (dots as thousands), also before a full stop
      | \d{{1,3}}(?:['’]\d{{3}})+(?!\d)     # 3'500 (Swiss)
      | \d{{1,3}}(?:,\d{{3}}){{2,}}(?!\d|,\d)  # 1,500,000 (English): a decimal comma comes once
      | \d{{1,2}}(?:,\d{{2}})+,\d{{3}}(?!\d|,\d)  # 1,50,000 (Indian: lakhs)
      | \d{{1,3}}(?:,\d{{3}})+(?=\.\d{{1,2}}(?![\d.,]))  # 1,500.50 (English, with its decimal point)
      | \d+
    )
    (?:
        ,(?P<dec>\d+)                       # decimal comma
      | \.(?P<decpoint>\d{{1,2}})(?![\d.])  # decimal point, English style: "7.30 dollars"
    )?
    (?![\d])
    """,
    re.VERBOSE,
)


@cache
def _number_words() -> tuple[re.Pattern[str], dict[str, Decimal], re.Pattern[str], dict[str, Decimal]]:
    words, approx, multipliers = [], {}, {}
    for _, (word, kind, value) in read_rows("number_words.tsv", 3):
        if kind == "word":
            words.append(word)
        elif kind == "approx":
            approx[word] = Decimal(value)
        else:
            multipliers[word] = Decimal(value)
    word = "|".join(sorted(words, key=len, reverse=True))
    # "et" joins only before un/une/onze ("vingt et un"); "entre deux et trois" is two numbers.
    joiner = rf"-et-|-|{SPACE}+et{SPACE}+(?=(?:un|une|onze)(?!\w))|{SPACE}+"
    sequence = re.compile(
        rf"""
        (?<![\w-])
        (?:{word})(?:{joiner})?                 # first word, then a joiner
        (?:(?:{word})(?:{joiner})?)*            # more words
        (?<![\s-])(?!\w)
        """,
        re.VERBOSE | re.IGNORECASE,
    )
    scale = "|".join(sorted(multipliers, key=len, reverse=True))
    multiplier = re.compile(rf"{SPACE}?(?P<mult>{scale})(?![\w])")
    return sequence, approx, multiplier, multipliers


APPROX = re.compile(
    r"(?<!\w)(?:une?[ \u00a0]+(?:petite[ \u00a0]+|bonne[ \u00a0]+)?)"
    r"(?P<noun>dizaine|douzaine|quinzaine|vingtaine|trentaine|quarantaine|cinquantaine|soixantaine|centaine|millier)"
    r"(?!\w)",
    re.IGNORECASE,
)


# The scale after an approximate noun: "une vingtaine de millions de francs CFA", "une dizaine de milliers d'euros".
APPROX_SCALE = re.compile(rf"{SPACE}+(?:de{SPACE}+|d['’]{SPACE}*)(?P<scale>milliers|millions|milliards)(?!\w)",
                          re.IGNORECASE)


def _digits_value(match: re.Match[str]) -> Decimal | None:
    integer = re.sub(r"[^\d]", "", match.group("int"))
    decimals = match.group("dec") or match.group("decpoint")
    # price-parser turns an already cut number into a Decimal; we give it one unambiguous form.
    price = Price.fromstring(f"{integer}.{decimals}" if decimals else integer, decimal_separator=".")
    return price.amount


# Between an abbreviated scale and its currency: "2,5 M$", "36 k€", "1,2 M de pesos", "3 Md d'euros".
ABBREVIATED_SCALE_GAP = re.compile(rf"{SPACE}?(?:(?:de{SPACE}+|d['’]){SPACE}*)?")


def _read_multiplier(text: str, end: int) -> tuple[Decimal, int]:
    """The multiplier right after a number ("million", "M", "k"), with the offset after it."""
    _, _, pattern, table = _number_words()
    m = pattern.match(text, end)
    if not m:
        return Decimal(1), end
    word = m.group("mult")
    if not (word.islower() and len(word) > 3):  # a word: "million", "milliards", "lakhs", "crore"
        # k, M, Md... count only when glued to a currency: "36 k€", "2,5 M$", "3 Md€", "5 M d'euros".
        after, _, _ = _currency_patterns()
        gap = ABBREVIATED_SCALE_GAP.match(text, m.end())
        currency = after.match(text, gap.end()) if gap else None
        if currency is None or currency.group("sub"):
            return Decimal(1), end
    return table[word], m.end()


# Half a unit more: "un euro et demi", "deux millions et demi de dollars" (demi agrees: "une livre et demie").
AND_A_HALF = re.compile(rf"{SPACE}+et{SPACE}+demie?(?!\w)", re.IGNORECASE)
HALF_SCALE = Decimal(10) ** 6  # "un million et demi"; French says "deux mille cinq cents", not "deux mille et demi"


def _scaled(text: str, value: Decimal, end: int) -> tuple[Decimal, int, bool]:
    """A number's value with the multiplier after it (`_read_multiplier`) and "et demi" after that, its end, and
    whether a multiplier was read: "deux millions et demi" is 2 500 000."""
    factor, end = _read_multiplier(text, end)
    half = AND_A_HALF.match(text, end) if factor >= HALF_SCALE and value == value.to_integral_value() else None
    if half:
        value, end = value + Decimal("0.5"), half.end()
    return value * factor, end, factor != 1


# Half a scale as one word: "un demi-million de pesos", "un demi-milliard".
HALF_A_SCALE = re.compile(rf"(?<!\w)(?:une?{SPACE}+)?demi-(?P<scale>million|milliard)(?!\w)", re.IGNORECASE)
# Half a unit as one word: "un demi-euro", "un demi-dollar" (a number of 0.5 that the currency follows).
HALF_A_UNIT = re.compile(rf"(?<!\w)une?{SPACE}+demi-(?=\w)", re.IGNORECASE)
# A run of number words French does not read, ending in "cent(s)": "cinquante cents" is fifty cents (a number
# multiplies "cents" only from two to nine: "trois cents").
CENTS_WORD_AFTER = re.compile(rf"(.+?)(?:{SPACE}+|-)cents?", re.IGNORECASE)


# No amount of pay, nor any sum an article gives, reaches this; a longer run of digits is no amount (and would
# overflow Decimal's 28 digits of precision when rounded).
TOO_LARGE = Decimal(10) ** 18


def find_numbers(text: str) -> list[_Number]:
    """Every number in the text: digits (with a multiplier) and runs of number words, not overlapping."""
    found: list[_Number] = []
    for m in DIGITS.finditer(text):
        value = _digits_value(m)
        if value is None:
            continue
        value, end, scaled = _scaled(text, value, m.end())
        if value < TOO_LARGE:
            found.append(_Number(m.start(), end, value, scaled, False))
    sequence, approx, _, multipliers = _number_words()
    taken = [(n.start, n.end) for n in found]
    for m in APPROX.finditer(text):
        if not _overlaps(taken, m.start(), m.end()):
            value, end = approx[m.group("noun").lower()], m.end()
            scale = APPROX_SCALE.match(text, end)
            if scale:  # a million is a multiplier, a thousand ("millier") an approximate noun itself
                word = scale.group("scale").lower()
                value, end = value * (multipliers.get(word) or approx[word.rstrip("s")]), scale.end()
            found.append(_Number(m.start(), end, value, scale is not None, True))
            taken.append((m.start(), end))
    for m in HALF_A_SCALE.finditer(text):  # "un demi-million de pesos"
        if not _overlaps(taken, m.start(), m.end()):
            found.append(_Number(m.start(), m.end(), multipliers[m.group("scale").lower()] / 2, True, False))
            taken.append((m.start(), m.end()))
    for m in HALF_A_UNIT.finditer(text):  # "un demi-euro par kilo"
        if not _overlaps(taken, m.start(), m.end()):
            found.append(_Number(m.start(), m.end(), Decimal("0.5"), False, False))
            taken.append((m.start(), m.end()))
    for m in sequence.finditer(text):
        span = m.group(0).strip()
        if _overlaps(taken, m.start(), m.end()):
            continue
        value = _words_value(span)
        if value is None and (unit := CENTS_WORD_AFTER.fullmatch(span)):
            span = unit.group(1)  # "cinquante cents": no number, so the cents are the currency's
            value = _words_value(span)
        if value is None:
            continue
        value, end, scaled = _scaled(text, value, m.start() + len(span))
        value, end = _words_below_scale(text, value, end, scaled)
        if value < TOO_LARGE:
            found.append(_Number(m.start(), end, value, scaled, False))
            taken.append((m.start(), end))
    return sorted(found, key=lambda n: n.start)


def _words_below_scale(text: str, value: Decimal, end: int, scaled: bool) -> tuple[Decimal, int]:
    """A scaled run of number words with the words that follow it and count less than its scale: "un million deux
    cent mille" is 1 200 000, "deux milliards trois cents millions" 2 300 000 000 (text2num reads a run, and
    "million" ends one here as a multiplier)."""
    gap = SPACES.match(text, end)
    if not scaled or value != value.to_integral_value() or gap is None:
        return value, end
    words = _number_words()[0].match(text, gap.end())
    rest = _words_value(words.group(0).strip()) if words else None
    if rest is None:
        return value, end
    rest, rest_end, _ = _scaled(text, rest, gap.end() + len(words.group(0).rstrip()))
    scale = Decimal(10) ** (len(str(int(value))) - len(str(int(value)).rstrip("0")))
    return (value + rest, rest_end) if 0 < rest < scale else (value, end)


def _overlaps(taken: list[tuple[int, int]], start: int, end: int) -> bool:
    """Whether [start, end) overlaps a span already read as a number."""
    return any(s < end and start < e for s, e in taken)


def _words_value(words: str) -> Decimal | None:
    """The value of a run of number words ("vingt-cinq", "mille cinq cents"), or None where text2num reads none."""
    try:
        return Decimal(text2num(words.lower(), "fr"))
    except (ValueError, InvalidOperation):
        return None


# --- currencies ------------------------------------------------------------------------------------------------

@cache
def _currency_patterns() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    table = resources.currencies()
    insensitive = [f for f in table.forms if f not in table.case_sensitive]
    sensitive = sorted(table.case_sensitive, key=len, reverse=True)

    def bounded(forms: list[str]) -> str:
        parts = []
        for form in sorted(forms, key=len, reverse=True):
            pattern = resources.phrase_pattern(form)
            parts.append(pattern + (r"(?!\w)" if form[-1].isalnum() else ""))
        return "|".join(parts)

    subunits = bounded(list(table.subunits))
    after = re.compile(
        rf"(?P<sub>{subunits})|(?-i:(?P<code>{bounded(sensitive)}))|(?P<cur>{bounded(insensitive)})",
        re.IGNORECASE,
    )
    # Signs, codes and abbreviations may stand before the number ("$15", "CHF 3'500", "Rp 5.396.761"); words not,
    # nor a single letter ("le modèle F 150"), nor the codes our data file does not list ("la puce AMD 7 nm").
    prefix_forms = [f for f in table.forms if f not in table.after_only
                    and ((f in table.case_sensitive and len(f) > 1) or not any(c.isalpha() for c in f))]
    before = re.compile(
        rf"(?<!\w)(?P<cur>{bounded(prefix_forms)}){SPACE}?(?=\d)"
    )
    return after, before, re.compile(subunits, re.IGNORECASE)


SUBUNIT_OF = re.compile(rf"{SPACE}+(?:de{SPACE}+|d['’]{SPACE}*)", re.IGNORECASE)  # "centimes de", "cents d'"


def _currency_after(text: str, number: _Number) -> tuple[int, str, Decimal] | None:
    """The currency right after a number: (end offset, code or group, factor)."""
    after, _, _ = _currency_patterns()
    table = resources.currencies()
    pos = _past_no_centimes_dash(text, number.end)
    gap = re.compile(rf"{SPACE}*(?:(?:de{SPACE}+|d['’]){SPACE}*)?" if (number.scaled or number.approx)
                     else rf"{SPACE}*")
    g = gap.match(text, pos)
    pos = g.end() if g else pos
    m = after.match(text, pos)
    if not m:
        # "1,5 million" then "de dollars": the optional "de" may belong to a multiplier only.
        return None
    if m.group("sub"):
        code, factor = table.subunits[_form(m.group("sub"))]
        end = m.end()
        of = SUBUNIT_OF.match(text, end)
        named = after.match(text, of.end()) if of else None
        if named and not named.group("sub"):  # "50 centimes de birr": the subunit of the currency it names
            code, end = table.forms[named.group("code") or _form(named.group("cur"))], named.end()
        return end, code, Decimal(factor)
    if m.group("code"):
        if re.fullmatch(r"[A-Z]{3}", m.group("code")) and not (text[number.start].isdigit() or number.scaled):
            return None  # "un CLP" (a correspondant local de presse): a code follows figures or "un million"
        if len(m.group("code")) == 1 and (not text[number.start].isdigit() or pos == number.end
                                          or text.startswith("-", m.end())):
            return None  # a letter alone ("10 000 F") follows figures and a space: not "un F-16", "le syndicat 3F"
        return m.end(), table.forms[m.group("code")], Decimal(1)
    return m.end(), table.forms[_form(m.group("cur"))], Decimal(1)


def _form(written: str) -> str:
    """A currency word as the table keys it: lower case, one space, "'" for "’"."""
    return re.sub(r"[\s\u00a0\u202f]+", " ", written.lower()).replace("’", "'")


def _currency_before(text: str, number: _Number) -> tuple[int, str] | None:
    """A currency sign or code right before a number ("$15", "CHF 3'500"): (start offset, code or group)."""
    _, before, _ = _currency_patterns()
    table = resources.currencies()
    for m in before.finditer(text, max(0, number.start - 6)):
        if m.start() >= number.start:
            break
        if m.end() == number.start:
            return m.start(), table.forms.get(m.group("cur"), table.forms.get(m.group("cur").lower(), ""))
    return None


# --- amounts ---------------------------------------------------------------------------------------------------

@cache
def _change_verbs() -> re.Pattern[str]:
    verbs = [p for _, (p,) in read_rows("change_verbs.tsv", 1)]
    # The verb at the start of a word ("rapporte de 2 500 à 3 500 roupies" is a range, not "porte ... de"), then at
    # most ten words without punctuation: "est passé le 1er mai de 15,75 $ à 16,10 $", "ont
    # relevé en 2024 le salaire minimum national de 12 500 à 17 500 roupies".
    # A closing quote may follow the verb: 'avoir "déjà relevé" la journée de ses figurants de 250 à 300 dirhams'.
    # An acronym in brackets is a word too: "porte le SMIG (Smig) de 75 000 à 90 000".
    word = rf"(?:[^\s.,;:!?()]+|\([A-Za-zÀ-ÿ]{{2,10}}\))"
    # A comma may close the verb's noun: "Le précédent relèvement, de 60 000 à 75 000 FCFA". After the verb's first
    # words, a place or a date set between commas may stand before "de": "portent le SMIG, en France, de 2,22 francs
    # à 3 francs", "a relevé le Smic, au 1er janvier, de 11,65 à 11,88 euros"; not "selon l'Urssaf" or "eux",
    # which set apart a verb of their own ("dont les revenus ont baissé, gagnent, selon l'Urssaf, de 1 200 à 1 500").
    incise = rf"(?:,{SPACE}+(?:en|au|aux|à|dès|depuis|le)(?:{SPACE}+{word}){{1,4}},)?"
    return re.compile(rf"(?<!\w)(?:{alternation(verbs)})[\"»”’]?(?:,?(?:{SPACE}+{word}){{0,10}}|(?:{SPACE}+{word}){{1,4}}"
                      rf"{incise}){SPACE}+$", re.IGNORECASE)


RANGE_OPENERS = {"entre": "et", "de": "à", "d'": "à", "d’": "à"}

# Between two changes of one verb: "et" and a noun phrase with no verb of its own ("et celle des étudiants de
# master"); a word with the ending of a conjugated verb ("et les livreurs gagnent") ends it.
SHARED_VERB = re.compile(r"[^.;:!?()0-9]{0,20}(?<!\w)et\s+(?:l['’]|(?:le|la|les|celui|celle|ceux|celles|son|sa|ses|"
                      r"leur|leurs|du|des)\s+)(?:(?![\w'’-]*(?:ent|ait|aient|ont|era|eront)\b|est\b|sont\b|va\b|vont\b)"
                      r"[\w'’-]+\s+){0,5}$", re.IGNORECASE)


def _continues_change(text: str, found: list[MoneyMention], opener: int) -> bool:
    """Whether "de X à Y" is a second change that shares the verb of the change before it: "a relevé le minimum
    mensuel de 12 500 à 17 500 roupies, et le minimum journalier de 500 à 700 roupies"."""
    last = found[-1] if found else None
    return (last is not None and last.shape == "change" and 0 <= opener - last.end <= 80
            and SHARED_VERB.match(text, last.end, opener) is not None)


# A whole amount written with a dash for no centimes, which belongs to the amount: the Swiss "Fr. 800.–" and "4150.-
# francs", or with a comma as in Belgium and Germany, "1.500,- €".
NO_CENTIMES_DASH = re.compile(r"[.,][-–](?![\w-])")


def _past_no_centimes_dash(text: str, end: int) -> int:
    """Where an amount in digits that ends at `end` ends past the dash for no centimes ("Fr. 800.–", "1.500,- €")."""
    whole = NO_CENTIMES_DASH.match(text, end) if text[end - 1:end].isdigit() else None
    return whole.end() if whole else end


# The Swiss way of writing francs and centimes: "21 fr. 15" is 21,15 francs.
SWISS_CENTIMES = re.compile(rf"(?<=fr\.){SPACE}(\d\d)(?![\d'’]|[.,]\d|{SPACE}\d)", re.IGNORECASE)
# The spoken way of writing euros (dollars, pounds, francs) and their cents: "12€50", "3 euros 50 par colis",
# "9 € 90 brut", "20 francs 60".
# Two digits that stand alone, then what may follow an amount (a unit, "brut", punctuation), not a noun they count
# ("12 euros 35 heures par semaine") nor an amount of their own ("8 € 50 %").
# In words too: "deux euros cinquante", "un dollar vingt".
# Glued to its currency ("13€50 quand ils ont changé"), the two digits are cents whatever follows, but a percentage.
CENTS_END = (rf"(?={SPACE}*(?:[.,;:!?)»”\"/]|$|de\b|d['’]|du\b|par\b|brut|net|"
             rf"HT\b|TTC\b|l[ea]\b|l['’]|les\b|pour\b|chaque\b|à\b|au\b|et\b|ou\b|contre\b|soit\b|"
             rf"quand\b|lorsque\b|depuis\b|en\b|sans\b|avant\b|après\b|chez\b|selon\b|puis\b|mais\b|dans\b))")
CENTS_AFTER = re.compile(rf"(?:{SPACE}?(\d\d)(?![\d'’]|[.,]\d){CENTS_END}|(\d\d)(?![\d'’]|[.,]\d|{SPACE}*%))",
                         re.IGNORECASE)
CENTS_AFTER_WORDS = re.compile(rf"{SPACE}+(?=\w)")
CENTS_WORDS_END = re.compile(CENTS_END, re.IGNORECASE)
CENTS_AFTER_FORMS = frozenset({"€", "euro", "euros", "$", "dollar", "dollars", "£", "franc", "francs"})


def _cents_after(text: str, end: int) -> tuple[int, Decimal] | None:
    """The cents written after an amount's currency ("12€50", "3 euros 50 par colis", "deux euros cinquante de
    l'heure"): the offset after them and their value in the main unit."""
    digits = CENTS_AFTER.match(text, end)
    if digits:
        return digits.end(), Decimal(digits.group(1) or digits.group(2)) / 100
    space = CENTS_AFTER_WORDS.match(text, end)
    words = _number_words()[0].match(text, space.end()) if space else None
    if words is None or not CENTS_WORDS_END.match(text, words.end()):
        return None
    value = _words_value(words.group(0).strip())
    return (words.end(), value / 100) if value is not None and 1 <= value <= 99 else None


# A sign or code before the number is the English order, and so is a comma before three digits then: "$1,500",
# "₦20,000" are thousands. Not for a currency counted in thousandths ("TND 528,320" is 528.32 dinars). So is an ISO
# code after it, as English job ads write it ("18,000 PHP per month"); not a sign or a word ("1,859 € le litre").
ENGLISH_THOUSANDS = re.compile(r"[1-9]\d{0,2},\d{3}")
ISO_CODE = re.compile(r"[A-Z]{3}")


def _in_thousands(text: str, number: _Number) -> _Number:
    """`number` read with its commas as thousands separators ("18,000": 18 000)."""
    return replace(number, value=Decimal(re.sub(r"\D", "", text[number.start:number.end])))


def _whole_or_cents(group: str) -> bool:
    """Whether every currency `group` may stand for has at most two decimals (CLDR, through babel)."""
    table = resources.currencies().ambiguous.get(group)
    codes = set(table.values()) if table else {group}
    return all(get_currency_precision(code) < 3 for code in codes)  # an unknown code counts as two


# The subunits of a currency written after it: "12 roubles 50 kopecks", "3 euros et 50 centimes", "onze euros et
# soixante-cinq centimes".
SUBUNITS_AFTER = re.compile(rf"{SPACE}+(?:et{SPACE}+)?(?:(\d{{1,3}}){SPACE}+)?")


def _whole(number: _Number) -> bool:
    return not number.scaled and not number.approx and number.value == number.value.to_integral_value()


def _subunits_after(text: str, end: int) -> tuple[int, Decimal] | None:
    """(end, value in the main unit) of a count of subunits right after an amount of whole units that ends at
    `end`, when there are fewer of them than make one unit: "12 roubles **50 kopecks**"; or of half a unit: "un
    euro **et demi**"."""
    half = AND_A_HALF.match(text, end)
    if half:
        return half.end(), Decimal("0.5")
    m = SUBUNITS_AFTER.match(text, end)
    if not m or m.end() == end:
        return None
    count, at = (Decimal(m.group(1)), m.end()) if m.group(1) else _words_before_space(text, m.end())
    if count is None:
        return None
    _, _, subunits = _currency_patterns()
    sub = subunits.match(text, at)
    if not sub or re.match(r"\w", text[sub.end():sub.end() + 1]):
        return None
    _, factor = resources.currencies().subunits[_form(sub.group(0))]
    value = count * Decimal(factor)
    return (sub.end(), value) if value < 1 else None


def _words_before_space(text: str, start: int) -> tuple[Decimal | None, int]:
    """The value of the number words at `start` and the offset after them and the space that follows."""
    words = _number_words()[0].match(text, start)
    space = SPACES.match(text, words.end()) if words else None
    if space is None:
        return None, start
    return _words_value(words.group(0).strip()), space.end()


def _atoms(text: str) -> list[_Atom]:
    atoms = []
    taken = 0  # the end of the last "fr. 15": its centimes are no number of their own
    for number in find_numbers(text):
        if number.start < taken:
            continue
        after = _currency_after(text, number)
        if after:
            end, group, factor = after
            if ENGLISH_THOUSANDS.fullmatch(text, number.start, number.end) and _whole_or_cents(group) \
                    and ISO_CODE.fullmatch(text[number.end:end].strip()):
                number = _in_thousands(text, number)
            compound = _subunits_after(text, end) if factor == 1 and _whole(number) else None
            if compound and RANGE_OPENER.search(text, max(0, number.start - 8), number.start) \
                    and text[end:compound[0]].lstrip(" \u00a0").startswith("et"):
                compound = None  # "entre un euro et cinquante centimes": a range, not one euro fifty
            if compound:  # "12 roubles 50 kopecks", "3 euros et 50 centimes", "un euro et demi"
                number = replace(number, value=number.value + compound[1])
                end = taken = compound[0]
                atoms.append(_Atom(number, number.start, end, group, factor))
                continue
            swiss = SWISS_CENTIMES.match(text, end)
            cents = (swiss.end(), Decimal(swiss.group(1)) / 100) if swiss else None
            if not cents and _form(text[number.end:end].strip()) in CENTS_AFTER_FORMS \
                    and number.value == number.value.to_integral_value():
                cents = _cents_after(text, end)
            if cents and not number.scaled and number.value < 1000:  # not "4150 fr. 20 personnes"
                number = replace(number, value=number.value + cents[1])
                end = taken = cents[0]
            atoms.append(_Atom(number, number.start, end, group, factor))
            taken = end  # "50 cents": the currency word is no number of its own ("cents" is also 100)
            continue
        before = _currency_before(text, number)
        if before and not (atoms and before[0] < atoms[-1].end):  # "1 500 € 13 mois": the € is the 1 500's
            if ENGLISH_THOUSANDS.fullmatch(text, number.start, number.end) and _whole_or_cents(before[1]):
                number = _in_thousands(text, number)
            atoms.append(_Atom(number, before[0], _past_no_centimes_dash(text, number.end), before[1], Decimal(1)))
            continue
        atoms.append(_Atom(number, number.start, number.end, None, Decimal(1)))
    return _english_range_starts(text, atoms)


ENGLISH_RANGE_GAP = re.compile(rf"{SPACE}*[-–—]{SPACE}*|{SPACE}+(?:à|et|to|and){SPACE}+")


def _english_range_starts(text: str, atoms: list[_Atom]) -> list[_Atom]:
    """The first number of a range is in thousands when the last one is read so: "18,000 - 22,000 PHP"."""
    out = list(atoms)
    for k in range(len(out) - 1):
        first, last = out[k], out[k + 1]
        if first.group is None and last.group is not None \
                and ENGLISH_THOUSANDS.fullmatch(text, first.number.start, first.number.end) \
                and ENGLISH_THOUSANDS.fullmatch(text, last.number.start, last.number.end) \
                and last.number.value >= 1000 and ENGLISH_RANGE_GAP.fullmatch(text, first.end, last.start):
            out[k] = replace(first, number=_in_thousands(text, first.number))
    return out


YEAR_BEFORE = re.compile(rf"(?<!\w)(?:en|depuis|dès|année|an|début|fin|courant|pour|jusqu['’]en|d['’]ici"
                         rf"|janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre)"
                         rf"{SPACE}+$",
                         re.IGNORECASE)


YEAR_DIGITS = re.compile(r"(?:19|20)\d\d")


def _year_digits(text: str, atom: _Atom) -> bool:
    """Whether an atom's number is written like a year ("2023"), whatever stands before it."""
    return YEAR_DIGITS.fullmatch(text, atom.number.start, atom.number.end) is not None


def _is_year(text: str, atom: _Atom) -> bool:
    """A bare year ("en 2023 à 41 875 francs"): never the first end of a range."""
    return (atom.group is None and _year_digits(text, atom)
            and YEAR_BEFORE.search(text[max(0, atom.start - 12):atom.start]) is not None)


# "à" and a hedge before the second number of a change or a range "de" opens: "passée de 1 100 à près de 2 000 euros"
# (not a count: "Ils sont 300 à moins de 1 200 euros par mois").
HEDGED_END = re.compile(rf"{SPACE}+à{SPACE}+(?:près{SPACE}+de|environ|presque|quelque|plus{SPACE}+de|moins{SPACE}+de)"
                        rf"{SPACE}+", re.IGNORECASE)
OPENED_BY_DE = re.compile(rf"(?<![\w-])(?:de{SPACE}+|d['’]{SPACE}*)(?:environ{SPACE}+)?$", re.IGNORECASE)
# "de", "du" or "des" and a capitalised word right before a number: the number ends a name ("un joueur de Top 14",
# "les patrons du CAC 40"), when it is far below the number after it. Not a place or a platform where the range is
# earned ("gagnent sur Upwork 5 à 150 dollars", "touchent à Paris 1 500 à 2 000 euros").
NAMED_NUMBER = re.compile(rf"(?<![\w-])(?:de|du|des|d['’]){SPACE}*[A-ZÀ-ÖØ-Þ][\w-]*{SPACE}+$")
NAMED_NUMBER_GAP = 20
# The same after "en", "au" or "à", before "et" only: "62 euros en Régional 1 et 120 euros en National 3" names a
# division (a range a place earns takes "à": "gagnent en Inde 5 à 150 dollars").
NAMED_NUMBER_LISTED = re.compile(rf"(?<![\w-])(?:en|au|à){SPACE}+[A-ZÀ-ÖØ-Þ][\w-]*{SPACE}+$")


def _ends_a_name(text: str, left: _Atom, right: _Atom, before: re.Pattern[str]) -> bool:
    """Whether a bare number ends the name `before` reads right before it ("Top 14", "Régional 1"), being far below
    the number after it (NAMED_NUMBER_GAP)."""
    return left.group is None and left.number.value * NAMED_NUMBER_GAP < right.number.value \
        and before.search(text, max(0, left.start - 40), left.start) is not None


def _joiner(text: str, left: _Atom, right: _Atom) -> str | None:
    """How two neighbouring numbers are joined: "range" (à, -, –, et after entre), "or" (ou, voire), "list", or
    None."""
    if _is_year(text, left):
        return None
    if left.group is None and _identifier_before().search(text, max(0, left.start - 30), left.start):
        return None  # "un cariste au niveau 4, 1.960 euros": the 4 names a level, it is no amount
    if _ends_a_name(text, left, right, NAMED_NUMBER):
        return None  # "celui d'un joueur de Top 14 à 3 400 euros": the 14 is part of a name
    gap = text[left.end:right.start]
    if re.fullmatch(rf"{SPACE}*(?:à|a|-|–|—|au){SPACE}*", gap) or (
            HEDGED_END.fullmatch(gap) and OPENED_BY_DE.search(text, max(0, left.start - 20), left.start)):
        return "range"
    if re.fullmatch(rf"{SPACE}+et{SPACE}+(?:de{SPACE}+|d['’]{SPACE}*)?", gap):  # "de 1 050 et de 1 610 dinars"
        return None if _ends_a_name(text, left, right, NAMED_NUMBER_LISTED) else "and"
    if re.fullmatch(rf"{SPACE}+ou{SPACE}+|{SPACE}*,?{SPACE}*voire{SPACE}+", gap):  # "5,5 ou 6", "2 000, voire 3 000"
        return "or"
    if re.fullmatch(rf"{SPACE}*,{SPACE}*|{SPACE}*,?{SPACE}*puis{SPACE}+", gap):  # "proposé 5,6, puis 5,8 millions"
        # not a count in words before a figure: "la chambre que je partage à trois, 60 dollars"
        return None if _is_word(text, left) and text[right.number.start].isdigit() else "list"
    return None


def _opener(text: str, start: int) -> tuple[str, int] | None:
    """The range opener right before a number ("entre", "de", "d'"), with its start offset."""
    window = text[max(0, start - 20):start]  # a hedge may follow it: "d'environ 45 à 30 dollars"
    m = re.search(rf"(?<!\w)(entre|de|d['’]){SPACE}*(?:environ{SPACE}+)?$", window, re.IGNORECASE)
    if not m:
        return None
    return m.group(1).lower(), start - (len(window) - m.start())


OWN_THOUSANDS = 1000  # a number this large has its own magnitude: a multiplier after another number is not its


def _scaled_alike(one: _Number, other: _Number) -> bool:
    """Whether two numbers may state levels of one pay by their size: both read with a multiplier or both
    without ("2,5 millions" and "3 millions"), or the one without it written in full ("Le chef électricien est à
    900 000" after "un forfait de 2,5 millions de nairas"); not "2,5 millions" then "3", a count."""
    if one.scaled == other.scaled:
        return True
    plain_one = one if other.scaled else other
    return plain_one.value >= OWN_THOUSANDS


def _amount(atom: _Atom, group: str, factor: Decimal, scale: Decimal) -> Decimal:
    value = atom.number.value
    if not atom.number.scaled and scale != 1 and value < OWN_THOUSANDS:
        # "entre 1,5 et 2 millions d'euros": the multiplier of the last number applies to all; not to a number
        # written out in thousands ("entre 900 000 et 1 million de pesos")
        value *= scale
    return plain(value * factor)


# The thousands of a range or alternative written once, on its last number: "entre 30 et 40 000 euros" is 30 000 to
# 40 000, "de 2 à 3.000 dollars" 2 000 to 3 000, "entre trente et quarante mille euros". The first is a whole number
# in digits or words, below the thousands of the last.
PLAIN_SMALL = re.compile(r"\d{1,3}|[^\d]+")
THOUSANDS_WRITTEN = re.compile(r"\d{1,3}\D?000|[^\d]*mille", re.IGNORECASE)


def _elided_thousands(text: str, first: _Atom, last: _Atom) -> bool:
    """Whether the first of two joined numbers takes the thousands of the last ("entre 30 et 40 000 euros")."""
    return (first.group is None and not first.number.scaled and not first.number.approx
            and PLAIN_SMALL.fullmatch(text, first.number.start, first.number.end) is not None
            and THOUSANDS_WRITTEN.fullmatch(text, last.number.start, last.number.end) is not None
            and first.number.value == first.number.value.to_integral_value()
            and first.number.value * 1000 < last.number.value)


def _end_amount(atom: _Atom, group: str, factor: Decimal, scale: Decimal) -> Decimal:
    """The value of one number of a range or change: in its own unit when it carries one ("de 25 centimes à 1
    euro", "de 800 euros à 1,2 million d'euros"), else in the unit and multiplier of the last ("entre 1,5 et 2
    millions d'euros")."""
    if atom.group is not None:
        return _amount(atom, atom.group, atom.factor, Decimal(1))
    return _amount(atom, group, factor, scale)


def _same_currency(left: _Atom, right: _Atom) -> bool:
    """Whether two amounts that each carry a currency can be in the same one: the same word, or a subunit and a
    unit that share a currency ("centimes" and "euro", "cents" and "dollars", "centimes" and "francs"), or bare
    centimes and any unit."""
    if left.group == right.group:
        return True
    if left.group is None or right.group is None or left.factor == right.factor:
        return False
    if left.group == BARE_CENTIMES and right.factor == 1:
        return True  # "entre 23 centimes et 1,15 dollar": centimes of the unit the range ends in
    ambiguous = resources.currencies().ambiguous

    def codes(group: str) -> set[str]:
        return set(ambiguous[group].values()) if group in ambiguous else {group}

    return bool(codes(left.group) & codes(right.group))


def plain(value: Decimal) -> Decimal:
    """A Decimal without exponent or trailing zeros: 1500, 0.2, 13.98."""
    value = value.normalize()
    return value.quantize(Decimal(1)) if value == value.to_integral_value() else value


def find_amounts(text: str) -> list[MoneyMention]:
    """Every amount in the text with its raw currency group (unresolved). See `find_money`."""
    atoms = _atoms(text)
    out: list[MoneyMention] = []
    i = 0
    while i < len(atoms):
        # Collect a chain of numbers joined by range/or/list words, ending at the first with a currency.
        chain = [atoms[i]]
        joins: list[str] = []
        j = i
        while chain[-1].group is None and j + 1 < len(atoms):
            join = _joiner(text, atoms[j], atoms[j + 1])
            if join is None:
                break
            chain.append(atoms[j + 1])
            joins.append(join)
            j += 1
        if len(chain) == 1 and chain[0].group and j + 1 < len(atoms) and _same_currency(chain[0], atoms[j + 1]):
            # "entre 25 $ et 45 $", "de 12 euros à 15 euros", "13,50 € à 15 €", "de 25 centimes à 1 euro": both
            # ends carry the currency.
            join = _joiner(text, atoms[j], atoms[j + 1])
            if join == "range" or (join == "and" and _opener(text, chain[0].start)):
                chain.append(atoms[j + 1])
                joins.append(join)
                j += 1
        last = chain[-1]
        if last.group is None:
            i += 1
            continue
        group, factor = last.group, last.factor
        scale = Decimal(1)
        if last.number.scaled and last.number.value:
            # the multiplier is the factor the last number was scaled by
            scale = _scale_of(text, last.number)
        elif len(chain) == 2 and _elided_thousands(text, chain[0], last):
            scale = Decimal(1000)  # "entre 30 et 40 000 euros": its thousands are written once, on the last
        first = chain[0]
        opener = _opener(text, first.start)
        if len(chain) == 2 and joins[0] == "or":
            # "5,5 ou 6 euros": an imprecise amount, read like a range (golden/README.md, hard cases).
            lo, hi = _amount(first, group, factor, scale), _amount(last, group, factor, scale)
            out.append(MoneyMention(first.start, last.end, text[first.start:last.end], min(lo, hi), max(lo, hi),
                                    group, group, "alternative", value_start=first.number.start, chain_end=last.end))
            i = j + 1
            continue
        if len(chain) == 2 and joins[0] in {"range", "and"}:
            is_change = opener is not None and opener[0] != "entre" and (
                _change_verbs().search(text[max(0, opener[1] - 80):opener[1]])
                or _continues_change(text, out, opener[1]))
            if joins[0] == "and" and not (opener and opener[0] == "entre"):
                is_change = True  # "12 et 15 euros" without "entre" reads as two amounts (a list)
            lo, hi = _end_amount(first, group, factor, scale), _amount(last, group, factor, scale)
            if (lo > hi or scale != 1) and first.group is None and _year_digits(text, first):
                i = j  # "au titre de 2024 à 6,2 millions d'euros": a year, then the amount alone
                continue
            if lo > hi and joins[0] == "range" and not (opener and opener[0] == "entre") \
                    and not _restated_before()[0].search(text, max(0, first.start - 30),
                                                         opener[1] if opener else first.start):
                # A range goes up: "passés d'environ 45 à 30 dollars" is a fall, two levels. Not a conversion: "(de
                # 800 à 685 euros environ)" restates a change in another currency, read as one (`linking`).
                is_change = True
            if not is_change:
                start = opener[1] if opener and (opener[0] == "entre" or joins[0] == "range") else first.start
                out.append(MoneyMention(start, last.end, text[start:last.end], min(lo, hi), max(lo, hi), group,
                                        group, "range", value_start=first.number.start, chain_end=last.end))
                i = j + 1
                continue
            shape = "change" if joins[0] == "range" else "list"
            for atom in chain:
                value, own = _end_amount(atom, group, factor, scale), atom.group or group
                out.append(MoneyMention(atom.start, atom.end, text[atom.start:atom.end], value, value, own,
                                        own, shape, value_start=atom.number.start, chain_end=last.end))
            i = j + 1
            continue
        shape = "single" if len(chain) == 1 else ("alternative" if "or" in joins else "list")
        for atom in chain:
            value = _amount(atom, group, factor, scale)
            span_start = first.start if shape == "alternative" else atom.start
            span_end = last.end if shape == "alternative" else (atom.end if atom.group else atom.number.end)
            out.append(MoneyMention(span_start, span_end, text[span_start:span_end], value, value, group, group,
                                    shape, "about" if atom.number.approx else None,
                                    value_start=atom.number.start, chain_end=last.end))
        i = j + 1
    # A compared level that opens a range is the range's: "contre 300 à 400 dollars avant".
    spans = sorted((o.start, o.end) for o in out)
    starts = [start for start, _ in spans]
    compared = [m for m in _compared_levels(text, atoms)
                if not (k := bisect.bisect_right(starts, m.start) - 1) >= 0 or not m.start < spans[k][1]]
    found = sorted(out + compared, key=lambda m: m.start)
    found = sorted(found + _changed_to_levels(text, atoms, found), key=lambda m: m.start)
    found = sorted(found + _carried_levels(text, atoms, found), key=lambda m: m.start)
    found = sorted(found + _gross_or_net_asides(text, atoms, found), key=lambda m: m.start)
    return _share_list_ends(text, sorted(found + _elliptic_levels(text, atoms, found), key=lambda m: m.start))


# Right after an amount (and "brut" or "net"), an aside that opens on a bare number and "brut" or "net": the same
# pay the other way ("1 450 euros net (1 860 brut)", "1 450 euros net – 1 860 brut –").
ASIDE_OPEN = re.compile(rf"(?:{SPACE}+(?:bruts?|brutes?|nets?|nettes?))?{SPACE}*(?:\(|[–—]){SPACE}*$",
                        re.IGNORECASE)
ASIDE_GROSS_OR_NET = re.compile(rf"{SPACE}+(?:bruts?|brutes?|nets?|nettes?)(?![\w-])", re.IGNORECASE)


def _gross_or_net_asides(text: str, atoms: list[_Atom], found: list[MoneyMention]) -> list[MoneyMention]:
    """The bare gross (or net) pay in an aside right after the net (or gross) amount, in its currency, within
    `ELLIPSIS_RATIO` of it and scaled alike."""
    out = []
    by_end = {m.end: m for m in found}
    starts = [m.start for m in found]
    own = {m.value_start: m for m in found}
    for k in range(1, len(atoms)):
        atom, previous = atoms[k], atoms[k - 1]
        before = by_end.get(previous.end) or _found_at(previous, found, starts, own)
        if atom.group is not None or before is None or previous.group is None \
                or _found_at(atom, found, starts, own) is not None or not _bare_level(text, atom) \
                or not ASIDE_OPEN.fullmatch(text, before.end, atom.start) \
                or not ASIDE_GROSS_OR_NET.match(text, atom.end) or not _scaled_alike(atom.number, previous.number):
            continue
        value = plain(atom.number.value * previous.factor)
        if before.max and 1 / ELLIPSIS_RATIO <= value / before.max <= ELLIPSIS_RATIO:
            out.append(MoneyMention(atom.start, atom.end, text[atom.start:atom.end], value, value, before.group,
                                    before.group, "elliptic", value_start=atom.number.start, chain_end=atom.end))
    return out


# "70 000 nairas par mois, contre 30 000 auparavant": a bare number after "contre" is an earlier or other
# level in the currency of the amount just before it, within the same sentence; past its conversion in brackets:
# "14,8 millions de dollars (13,6 millions d'euros), contre 3,1 millions" is in dollars.
# So is one after "au lieu de", "plutôt que" or "loin de" ("380 euros au lieu de 520", "9 000 roupies, loin des
# 26 000 réclamés"), and the level a sum has fallen to
# ("une course qui rapportait 4,50 euros n'en rapporte plus que 2,90").
COMPARED = re.compile(rf"(?<!\w)(?:contre|au{SPACE}+lieu{SPACE}+des?|plutôt{SPACE}+que|loin{SPACE}+(?:des?|du)|"
                      rf"(?:ne|n['’](?:en|y)){SPACE}+(?:[\w'’-]+{SPACE}+){{1,3}}plus{SPACE}+que)"
                      rf"{SPACE}+(?:(?:seulement|environ|à[ ]peine|(?:plus|moins|près){SPACE}+de){SPACE}+)?$",
                      re.IGNORECASE)


RESTATEMENT_GAP = 80  # characters between an amount and its restatement in another currency


def _restatement_gap(text: str, end: int, start: int) -> bool:
    """Whether the amount at `start` restates the one ending at `end` in another currency, past a unit and a few
    words: "1 150 dinars par mois, environ 340 euros", "..., soit 340 euros", "300 000 francs congolais par mois
    après la réforme, soit environ 110 dollars"."""
    opener, hedged = _restated_before()
    return start - end <= RESTATEMENT_GAP and not re.search(r"[.;:!?()]|\d", text[end:start]) and (
        opener.search(text, end, start) is not None or hedged.search(text, end, start) is not None)


def _is_word(text: str, atom: _Atom) -> bool:
    """Whether an atom is a number word with no currency: "un" of "un cuisinier" is no level to compare with."""
    return atom.group is None and not text[atom.number.start].isdigit()


def _level_before(text: str, atoms: list[_Atom], k: int, past_years: bool = False) -> int | None:
    """The index of the last atom before atom `k` that is not a bare number word (nor, `past_years`, a year), if
    any."""
    j = k - 1
    while j >= 0 and (_is_word(text, atoms[j]) or (past_years and _is_year(text, atoms[j]))):
        j -= 1
    return j if j >= 0 else None


@cache
def _counted() -> re.Pattern[str]:
    """Right after a number, a unit of work (data/periods.tsv) or workers (data/roles.tsv), which it counts."""
    nouns = sorted({*task_nouns(), *(n.lower() for n in resources.roles())}, key=len, reverse=True)
    return re.compile(rf"{SPACE}+(?:{alternation(nouns)})[sx]?(?![\w'’-])", re.IGNORECASE)


# Right after a number, a span of time or a count of times it counts: "au lieu de 3 mois", "contre 2 fois moins".
SPAN_COUNTED = re.compile(rf"{SPACE}+(?:mois|ans?|années?|jours?|semaines?|heures?|minutes?|fois)(?![\w'’-])",
                          re.IGNORECASE)


def _compared_levels(text: str, atoms: list[_Atom]) -> list[MoneyMention]:
    out = []
    for k in range(1, len(atoms)):
        atom = atoms[k]
        j = _level_before(text, atoms, k, past_years=True)  # "36,5 millions d'euros en 2023, contre 23,5 millions"
        if j is None or _year_digits(text, atom):
            continue
        previous, after = atoms[j], atoms[j].end
        close = text.find(")", previous.end, atom.start)
        outer = _level_before(text, atoms, j)
        if outer is not None and close >= 0 and "(" in text[atoms[outer].end:previous.start]:
            previous, after = atoms[outer], close + 1
        elif outer is not None and previous.group is not None and atoms[outer].group not in (None, previous.group) \
                and _restatement_gap(text, atoms[outer].end, previous.start):
            previous = atoms[outer]  # "1 150 dinars par mois, environ 340 euros, contre 950": dinars
        if atom.group is not None or previous.group is None or not _scaled_alike(atom.number, previous.number):
            continue
        if _is_word(text, atom) or _counted().match(text, atom.end) or SPAN_COUNTED.match(text, atom.end) \
                or PERCENT_AFTER.match(text, atom.end):
            continue  # "contre un salaire de", "contre deux ans plus tôt": an article, a count; "contre 90 courses",
            #           "contre 40 chauffeurs", "au lieu de 3 mois de salaire": a count; "loin des 10 % promis"
        between = text[after:atom.start]
        if len(between) > 80 or re.search(r"[.;!?]", between) or not COMPARED.search(between):
            continue
        value = plain(atom.number.value * previous.factor)
        # A range compared writes its currency once, before it: "entre 5 500 et 8 000 dirhams, contre 4 000 à
        # 5 500 en 2021".
        bounds = _bare_range(text, atoms, k) if _bare_level(text, atom) else None
        last = bounds[1] if bounds is not None else atom
        high = plain(last.number.value * previous.factor) if last is not atom else value
        if high < value:
            last, high = atom, value
        out.append(MoneyMention(atom.start, last.end, text[atom.start:last.end], value, high, previous.group,
                                previous.group, "compared", value_start=atom.number.start, chain_end=last.end))
    return out


# "Le salaire est passé de 14 000 hryvnias en 2021 à 21 500 aujourd'hui": the new level of a change whose old
# level alone carries the currency, with its date between them. Between the two: a few words, no other figure
# than a year, no end of clause.
CHANGED_TO_GAP = re.compile(rf"[^.;:!?()«»]{{0,40}}(?<!\w)à{SPACE}+$", re.IGNORECASE)


def _changed_to_levels(text: str, atoms: list[_Atom], found: list[MoneyMention]) -> list[MoneyMention]:
    out = []
    starts = [m.start for m in found]  # `found` is sorted by start
    for k, atom in enumerate(atoms):
        index = bisect.bisect_right(starts, atom.start) - 1
        if atom.group is not None or _is_year(text, atom) or (index >= 0 and atom.start < found[index].end):
            continue
        j = _level_before(text, atoms, k, past_years=True)
        if j is None or j == k - 1:
            continue  # no date between: "de X à Y euros" is read by `find_amounts`
        previous = atoms[j]
        opener = _opener(text, previous.start)
        if previous.group is None or previous.number.scaled != atom.number.scaled or opener is None \
                or opener[0] == "entre" or not CHANGED_TO_GAP.fullmatch(text, previous.end, atom.start) \
                or not _change_verbs().search(text[max(0, opener[1] - 80):opener[1]]):
            continue
        if _year_digits(text, atom):
            continue  # "de 900 euros en 2020 à 2023": from one year to another
        value = plain(atom.number.value * previous.factor)
        old = plain(previous.number.value * previous.factor)
        if not old / ELLIPSIS_RATIO <= value <= old * ELLIPSIS_RATIO:
            continue
        out.append(MoneyMention(atom.start, atom.end, text[atom.start:atom.end], value, value, previous.group,
                                previous.group, "change", value_start=atom.number.start, chain_end=atom.end))
    return out


# Between an amount and a bare number that lists another level in its currency: a list separator, then a few words
# and no other figure (but a year, or one in brackets: "un agent qualifié (coefficient 130) à 12,12") nor the end
# of a sentence ("2 050 euros, un tourneur à 2 140", "512 000 couronnes par mois, les Lituaniens 498 000"; items of
# a list may end with a semicolon: "1 790 euros ; au niveau III, les chefs de rang, 1 905"). After the number: what
# ends a list item or dates it ("15 000 après deux ans"), not a noun it counts ("2 140 salariés").
@cache
def _ellipsis_gap() -> re.Pattern[str]:
    """The gap before a bare level of a list (above), after a comma, a semicolon ("payés 0,30 dollar jusqu'en
    décembre ; elle ne l'est plus que 0,18") or "et". An identifier and its number may stand in it: "1.750 euros ;
    un magasinier au niveau 5, 1.880" (data/word_lists.tsv, list identifier_nouns)."""
    identifier = rf"(?<![\w-])(?:{word_alternation('identifier_nouns')}){SPACE}*\d+(?![\d,.]\d)"
    gap_char = rf"(?:[^\d.:!?()«»\n]|(?<!\d)(?:19|20)\d\d(?!\d)|\([^()\n]{{0,40}}\)|{identifier})"  # "en 2020, 1 550"
    return re.compile(rf"{gap_char}*(?:,|;|[ \u00a0]et)[ \u00a0]{gap_char}*$", re.IGNORECASE)


# A time when a level holds, after it: "parfois 200 les jours de pluie", "20,10 le dimanche", "150 l'hiver".
WHEN_IT_HOLDS = (rf"(?:les|le){SPACE}+(?:(?:bons|mauvais|grands|petits){SPACE}+)?"
                 rf"(?:jours|soirs|nuits|semaines|week-ends?"
                 rf"|lundis?|mardis?|mercredis?|jeudis?|vendredis?|samedis?|dimanches?"
                 rf"|mois{SPACE}+(?:creux|d['’]été|d['’]hiver))|l['’](?:hiver|été)")
WHEN_AFTER = re.compile(rf"{SPACE}*(?:{WHEN_IT_HOLDS})(?![\w'’-])", re.IGNORECASE)


def _counted_before_when(text: str, since: int, start: int, end: int) -> bool:
    """Whether a bare number at `start` that a time follows (`WHEN_AFTER` at `end`) goes on a count named since the
    amount before it (`since`), not its pay: "huit heures en semaine, parfois 10 les samedis", "en fait une
    vingtaine par jour, 30 les week-ends"."""
    if not WHEN_AFTER.match(text, end):
        return False
    words = (m.group(0).lower() for m in _number_words()[0].finditer(text, since, start))
    return any(char.isdigit() for char in text[since:start]) or APPROX.search(text, since, start) is not None \
        or any(word not in {"un", "une"} for word in words)


ELLIPSIS_END = re.compile(rf"{SPACE}*(?:[,.;:)!?»]|$|(?:et|pour|par|brut|bruts|net|nets|en|selon|dans|avec|contre|"
                          rf"chacun|chacune|seulement|environ|au|à|quand|lorsque|lorsqu|après|avant|dès|depuis|"
                          rf"au-delà|passé|l['’]an|l['’]année|cette|hier|aujourd['’]hui|désormais|ensuite|puis"
                          rf"|(?:le|la){SPACE}+(?:[a-zà-ÿ-]+ièmes?|second|seconde)"  # "3 100 la deuxième (année)"
                          rf"|{WHEN_IT_HOLDS})"
                          rf"(?![\w'’-]))", re.IGNORECASE)
# "chez" right after a bare level, and a few words after the level before it: one employer each ("2 300 euros brut
# chez Transalsace, 2 200 chez Heintz Frères"); not after a count ("une prime de 500 euros, soit 1 200 chez Renault").
AT_EMPLOYER = re.compile(rf"{SPACE}+chez(?![\w'’-])", re.IGNORECASE)
AT_EMPLOYER_AFTER = re.compile(rf"(?:{SPACE}+[\w'’-]+){{0,3}}?{SPACE}+chez(?![\w'’-])", re.IGNORECASE)
PERCENT = rf"%|pour{SPACE}*cent|pour{SPACE}*100"  # a percentage's sign after its number
PERCENT_AFTER = re.compile(rf"{SPACE}*(?:{PERCENT})", re.IGNORECASE)  # "loin des 10 %"
NOT_ELLIPSIS_END = re.compile(rf"{SPACE}*(?:{PERCENT}|(?:à|-|–){SPACE}*\d)", re.IGNORECASE)
ELLIPSIS_RATIO = 5  # a level of the same pay is within this factor of the amount named before it
# A level listed in the sentence of the amount before it, for other workers, is within this factor of it: "Les
# pilotes gagnent 20 000 euros par mois, les hôtesses 2 200" (no change on dev from 5, where lists vary less).
LIST_RATIO = 10
# and at most this many characters after it: the item of a list may describe its workers at length ("le groupe
# 3, celui de la plupart des éducateurs sportifs et des coachs de fitness titulaires d'un BPJEPS, à 1 905")
ELLIPSIS_CHARS = 120


@cache
def _restated_before() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """Right before an amount: what opens its conversion into another currency ("(7 euros)", "soit environ 7
    euros", "(environ 6 900 euros)", "[environ 90 euros]", with one or two hedges: "soit à peine plus de 70
    euros"), and a comma (perhaps and "ou") or a dash and a hedge, which open one only in another currency than the
    amount before ("9 000 ouguiyas par mois, environ 205 euros", "1,46 dollar, ou environ 1,30 euro", "– environ
    205 euros"); the hedges: data/word_lists.tsv, list conversion_hedges."""
    hedges = word_alternation("conversion_hedges")
    return (re.compile(rf"(?:[(\[]|(?<!\w)soit)(?:{SPACE}*(?:{hedges})){{0,2}}{SPACE}*$", re.IGNORECASE),
            re.compile(rf"(?:,(?:{SPACE}*ou)?|{SPACE}[–—])(?:{SPACE}*(?:{hedges})){{1,2}}{SPACE}*$", re.IGNORECASE))


@cache
def _identifier_before() -> re.Pattern[str]:
    """A noun that a number identifies, right before it: "échelon 1", "zone 3" (data/word_lists.tsv, list
    identifier_nouns)."""
    return re.compile(rf"(?<![\w-])(?:{word_alternation('identifier_nouns')}){SPACE}*$", re.IGNORECASE)


APPOSED_BEFORE = re.compile(rf",{SPACE}*$")  # an approximate amount in apposition: ", une vingtaine d'euros"


def _restated(text: str, amount: MoneyMention, before: MoneyMention) -> bool:
    """Whether `amount` restates `before`, the amount before it, in another currency ("(7 euros)", "soit environ 7
    euros", "9 000 ouguiyas par mois, environ 205 euros", "35 000 nairas, une vingtaine d'euros")."""
    opener, hedged = _restated_before()
    if opener.search(text, max(0, amount.start - 25), amount.start) is not None:
        return True
    return amount.group != before.group and (
        hedged.search(text, max(0, amount.start - 25), amount.start) is not None
        or (amount.qualifier == "about"
            and APPOSED_BEFORE.search(text, max(0, amount.start - 3), amount.start) is not None))


def _bare_level(text: str, atom: _Atom) -> bool:
    """A number with no currency that may state a pay level: written in digits, not a year."""
    return atom.group is None and text[atom.number.start].isdigit() and not _year_digits(text, atom)


def _found_at(atom: _Atom, found: list[MoneyMention], starts: list[int], own: dict[int, MoneyMention]
              ) -> MoneyMention | None:
    """The amount of `found` (sorted by start; `starts` their starts, `own` them by the start of their number)
    that `atom` is the number of or lies in, if any."""
    index = bisect.bisect_right(starts, atom.start) - 1
    return own.get(atom.number.start) or (found[index] if index >= 0 and atom.start < found[index].end else None)


def _elliptic_levels(text: str, atoms: list[_Atom], found: list[MoneyMention]) -> list[MoneyMention]:
    """Bare numbers that list further levels of the amount named before them in their sentence, whose currency
    they leave out: "un émailleur confirmé est à 2 050 euros, un tourneur à 2 140, la chef d'atelier à 2 600";
    "8,54 euros pour un sapeur, 9,16 pour un caporal"; a range or an alternative ("les cuisiniers à 28.000 ou
    30.000": `_bare_range`). Only digits; not a year, a percentage nor a count."""
    out: list[MoneyMention] = []
    last: tuple[MoneyMention, _Atom] | None = None
    since = 0  # where the text after the last amount starts (past a conversion of it: "(7 euros)")
    starts = [m.start for m in found]  # `found` is sorted by start
    own = {m.value_start: m for m in found}
    taken = -1  # the end of the last range read as a level: its second number is no level of its own
    for k, atom in enumerate(atoms):
        if atom.start < taken:
            continue
        here = _found_at(atom, found, starts, own)
        if here is not None:
            if atom.group is None and here.shape in {"carried", "compared"} and atom.number.value:
                # a level carried from the sentence before, or compared ("contre 46 000 à Lyon"), lists further
                # ones in its currency: "et 43 500 à Nantes"
                atom = replace(atom, group=here.group, factor=here.min / atom.number.value)
            if atom.group is None:
                continue
            # a conversion is no level of the list: "900 takas (7 euros) ; un aide, 600"
            if not (last is not None and _restated(text, here, last[0])):
                last = (here, atom)
            since = here.end + (1 if text.startswith(")", here.end) else 0)
            continue
        if not _bare_level(text, atom) or last is None:
            continue  # a level is written in digits ("on en fait soixante par mois" counts hours), not a year
        before, model = last
        bounds = _bare_range(text, atoms, k)  # "les cuisiniers à 28.000 ou 30.000"
        if bounds is None:
            continue
        start, end = bounds
        if start - since > ELLIPSIS_CHARS or not _ellipsis_gap().match(text, since, start) \
                or not (ELLIPSIS_END.match(text, end.end) or period_after(text, end.end)
                        or (AT_EMPLOYER.match(text, end.end) and AT_EMPLOYER_AFTER.match(text, before.end))) \
                or NOT_ELLIPSIS_END.match(text, end.end) \
                or not _scaled_alike(atom.number, model.number) \
                or _identifier_before().search(text, max(0, start - 30), start) \
                or _counted_before_when(text, max(since, before.end), start, end.end):
            continue  # a multiplier that one of the two has and the other lacks; "échelon 1"; a count
        low, high = (plain(a.number.value * model.factor) for a in (atom, end))
        if not before.max or low > high \
                or not all(1 / LIST_RATIO <= v / before.max <= LIST_RATIO for v in (low, high)):
            continue
        level = MoneyMention(start, end.end, text[start:end.end], low, high, before.group, before.group,
                             "elliptic" if end is atom else "elliptic-range", value_start=atom.number.start,
                             chain_end=end.end)
        out.append(level)
        last = (level, model)
        since = taken = level.end
    return out


# A bare number carries the currency of the pay named just before it across at most this many sentence ends and
# characters (its own paragraph: `find_money` reads one paragraph at a time).
CARRIED_SENTENCES = 2
CARRIED_CHARS = 200
SENTENCE_END = re.compile(r"[.!?](?:\s|$)")
# After a carried level: what ends a clause or a pay phrase, or a time that dates it ("ils sont à 1 750 cette
# saison", "elle est passée à 1 250 après quatre jours de grève", "650 000 en haute saison"), not a noun it counts
# nor a range ("plus de 1 500 à").
CARRIED_END = re.compile(rf"{SPACE}*(?:[,.;:)!?»]|$|(?:par|brut|bruts|net|nets|selon|contre|seulement|environ"
                         rf"|cette|cet|aujourd['’]hui|désormais|maintenant|depuis|dès|après|avant|en|au"
                         rf"|{WHEN_IT_HOLDS})(?![\w'’-]))", re.IGNORECASE)


@cache
def _level_cue() -> re.Pattern[str]:
    """Right before a bare number: a verb that states a level ("c'est plutôt", "proposait au départ", "est à"),
    then any hedges; or a hedge that opens its clause ("Les mauvais, à peine"). data/word_lists.tsv, lists
    level_verbs and level_hedges; a bare preposition, an article or "que" opens no clause. A short sentence whose
    last part, after a comma, is the number alone states a level too ("Chez Sanaga Port Services, 5 000.")."""
    verbs = word_alternation("level_verbs")
    hedges = word_list("level_hedges")
    openers = alternation([h for h in hedges if h not in {"à", "de", "les", "que"}])
    return re.compile(rf"(?:(?<![\w-])(?:{verbs})(?:{SPACE}+(?:{alternation(hedges)}))*"
                      rf"|(?:^|[,;:.!?«»]){SPACE}*(?:{openers})"
                      rf"|(?:^|[.!?]{SPACE}+)[^.!?\d\n]{{2,60}},){SPACE}*$", re.IGNORECASE)


def _carried_levels(text: str, atoms: list[_Atom], found: list[MoneyMention]) -> list[MoneyMention]:
    """Bare numbers that state another level of the pay named in the sentence or two before, whose currency they
    leave out: "je faisais 5 000 dirhams nets par mois. Aujourd'hui, c'est plutôt 3 800"; "il arrive à 340 000. Un
    foreur qualifié est à 395 000"; a range of two: "avec les primes, il atteint 2 000 à 2 200", "« Entre 30 000
    et 45 000 par jour »". A verb of level or a hedge introduces it (`_level_cue`; "entre" that opens its clause
    introduces a range), a clause or a pay phrase ends after it; like a level of a list, it is in digits, not a
    year, within `ELLIPSIS_RATIO` of the pay before it and scaled alike."""
    out: list[MoneyMention] = []
    last: tuple[MoneyMention, _Atom] | None = None
    starts = [m.start for m in found]
    own = {m.value_start: m for m in found}
    taken = -1  # the end of the last range read: its second number is no level of its own
    for k, atom in enumerate(atoms):
        here = _found_at(atom, found, starts, own)
        if here is not None:
            if atom.group is not None and not (last and _restated(text, here, last[0])):
                last = (here, atom)  # a conversion is no level of its own: "(environ 100 euros)"
            continue
        if atom.start < taken or not _bare_level(text, atom) or last is None:
            continue
        before, model = last
        between = text[before.end:atom.start]
        if len(between) > CARRIED_CHARS or len(SENTENCE_END.findall(between)) > CARRIED_SENTENCES \
                or not _scaled_alike(atom.number, model.number):
            continue
        bounds = _bare_range(text, atoms, k)
        if bounds is None:
            continue
        start, end = bounds
        values = [plain(a.number.value * model.factor) for a in ((atom,) if end is atom else (atom, end))]
        part = PART_OF.search(text, max(0, start - 30), start)
        cue = part or _level_cue().search(text, max(0, start - 60), start) or (
            len(values) == 2 and start < atom.start and CLAUSE_ENTRE.search(text, max(0, start - 3), start + 6))
        if not cue or not (CARRIED_END.match(text, end.end) or period_after(text, end.end)
                           or (part and PART_END.match(text, end.end))) \
                or NOT_ELLIPSIS_END.match(text, end.end) \
                or _identifier_before().search(text, max(0, start - 30), start) \
                or _counts_before(text, start) or _counted_before_when(text, before.end, start, end.end):
            continue
        low, high = (0, 1) if part else (1 / ELLIPSIS_RATIO, ELLIPSIS_RATIO)  # a part is at most the whole
        if not before.max or not all(low < v / before.max <= high for v in values) or values[0] > values[-1]:
            continue
        level = MoneyMention(start, end.end, text[start:end.end], values[0], values[-1], before.group,
                             before.group, "carried" if len(values) == 1 else "carried-range",
                             value_start=atom.number.start, chain_end=end.end)
        out.append(level)
        taken = end.end
        last = (level, model)
    return out


@cache
def _count_nouns() -> re.Pattern[str]:
    """A noun of what is counted (data/word_lists.tsv, list count_nouns): "Leur nombre tourne autour de 2 000", "Ils
    font 300 livraisons, parfois 400"."""
    return re.compile(rf"(?<![\w-])(?:{word_alternation('count_nouns')})(?![\w-])", re.IGNORECASE)


def _counts_before(text: str, start: int) -> bool:
    """Whether the sentence of a bare number, before it, names what is counted: the number counts it."""
    sentence_start = max((m.end() for m in SENTENCE_END.finditer(text, max(0, start - 200), start)),
                         default=max(0, start - 200))
    return _count_nouns().search(text, sentence_start, start) is not None


# "9,7 millions d'euros en 2024, dont 3,2 millions de salaire fixe": a part of the amount before it, in its
# currency, whatever its share; "de" and the noun of the part may follow it.
PART_OF = re.compile(rf"(?<![\w-])dont(?:{SPACE}+(?:environ|près{SPACE}+de|plus{SPACE}+de|moins{SPACE}+de))?{SPACE}*$",
                     re.IGNORECASE)
PART_END = re.compile(rf"{SPACE}+(?:de|d['’]){SPACE}*[a-zà-ÿ]", re.IGNORECASE)
# Two bare numbers of a range or of an alternative, and what may open it: "2 000 à 2 200", "entre 30 000 et
# 45 000", "de 900 à 1 200", "28.000 ou 30.000".
RANGE_GAP = re.compile(rf"{SPACE}*(?:à|-|–|et|ou){SPACE}*")
RANGE_OPENER = re.compile(rf"(?<![\w-])(entre|de){SPACE}+$", re.IGNORECASE)
CLAUSE_ENTRE = re.compile(rf"(?:^|[,;:.!?«»]){SPACE}*entre{SPACE}", re.IGNORECASE)


def _bare_range(text: str, atoms: list[_Atom], k: int) -> tuple[int, _Atom] | None:
    """The bare number `atoms[k]` with the next one when the two make a range or an alternative ("2 000 à 2 200",
    "entre 30 000 et 45 000", "28.000 ou 30.000"): where it starts (its opener included) and its last number;
    the number alone (its start, itself) when it makes none; None for "de 2 000 et 2 200", which is no range."""
    atom = atoms[k]
    nxt = atoms[k + 1] if k + 1 < len(atoms) else None
    if nxt is None or not _bare_level(text, nxt) or nxt.number.scaled != atom.number.scaled \
            or not RANGE_GAP.fullmatch(text, atom.end, nxt.start):
        return atom.start, atom
    opener = RANGE_OPENER.search(text, max(0, atom.start - 10), atom.start)
    if opener and opener.group(1).lower() == "de" and text[atom.end:nxt.start].strip() == "et":
        return None
    return (opener.start() if opener else atom.start), nxt


def _share_list_ends(text: str, found: list[MoneyMention]) -> list[MoneyMention]:
    """Amounts listed one after another ("10 centimes, 20 centimes, 1 euro par tâche") share what follows the
    last one: each gets the list's end as `chain_end`, where a period is looked for."""
    out = list(found)
    run_start = 0
    for k in range(1, len(out) + 1):
        joined = k < len(out) and re.fullmatch(rf"{SPACE}*(?:,|et|ou){SPACE}*", text[out[k - 1].end:out[k].start])
        if joined:
            continue
        if k - run_start > 1:
            end = max(m.chain_end for m in out[run_start:k])
            out[run_start:k] = [replace(m, chain_end=max(m.chain_end, end)) for m in out[run_start:k]]
        run_start = k
    return out


def _scale_of(text: str, number: _Number) -> Decimal:
    """The multiplier factor a scaled number was read with."""
    _, _, pattern, table = _number_words()
    for m in pattern.finditer(text, number.start, number.end):
        if m.end() == number.end:
            return table[m.group("mult")]
    return Decimal(1)


def resolve_currency(group: str, countries: list[str]) -> str:
    """The ISO code of an ambiguous currency group, from the countries an article names, in order."""
    return _resolved(group, countries)[0]


def _resolved(group: str, countries: list[str]) -> tuple[str, bool]:
    """(ISO code, whether it is the group's default because no country decided)."""
    table = resources.currencies().ambiguous.get(group)
    if table is None:
        return group, False
    for country in countries:
        code = table.get(country) or resources.territory_currency(group, country)
        if code:
            return code, False
    return table["*"], True


def resolved(mention: MoneyMention, countries: list[str]) -> MoneyMention:
    """The mention with its currency resolved from `countries` (see `resolve_currency`)."""
    code, by_default = _resolved(mention.group, countries)
    return replace(mention, currency=code, by_default=by_default)


def _words(amount: MoneyMention) -> frozenset[str]:
    """The lower-cased words an amount is written with ("dollars", "américains"): which currency word it uses."""
    return frozenset(re.findall(r"\w+", amount.text.lower()))


def as_named(amounts: list[MoneyMention]) -> list[MoneyMention]:
    """Bare currency words that no place of the article resolved (they got their group's default) take the
    currency the article names in full with the same word: "roupies" after "25.000 roupies indonésiennes" is
    IDR. Left as they are when the article names two ("roupies indiennes" and "roupies pakistanaises"), when
    its places decided ("$" in Québec stays CAD beside "dollars américains"), and for a currency of international
    pay (`is_international`): the SPEC's "dollars" are American unless the text names another dollar for them, and
    a story that names "28.590 dollars taïwanais" once pays its foreign crews "600 dollars" (on dev, 5 claims
    were lost to it and none won)."""
    heads = resources.group_heads()
    named: dict[str, set[str]] = {}
    for m in amounts:
        if m.group == m.currency:  # named in full or by its code
            words = _words(m)
            for group, forms in heads.items():
                if words & forms and not is_international(group):
                    named.setdefault(group, set()).add(m.currency)
    return [replace(m, currency=next(iter(named[m.group])), by_default=False)
            if len(named.get(m.group, ())) == 1 and m.by_default else m
            for m in amounts]


CENTIMES_WORD = re.compile(r"(?<![\w-])centimes?(?![\w-])", re.IGNORECASE)
LIST_JOIN = re.compile(rf"{SPACE}*(?:,|et|ou){SPACE}*")  # between the amounts of one list


def named_in_sentence(text: str, amounts: list[MoneyMention]) -> list[MoneyMention]:
    """A bare currency word takes the currency its sentence has just named in full with the same word, whatever
    the places say: in "un salaire de 450 dollars américains par mois et une prime de 80 dollars par tonne", the
    80 dollars are American dollars in a Kiribati story. The naming amount comes first, within
    `NAMED_IN_SENTENCE` characters and no sentence end between. Bare subunits too: "2 centimes de dollar, une
    minute d'audio 15 centimes" (across sentences, "centimes" is as often the euro's). Bare centimes that no place
    resolved are those of the amount just before them, with no name nor semicolon between (`CENTIMES_GAP_STOP`):
    "0,30 dollar en 2022, contre 10 centimes aujourd'hui"."""
    heads = resources.group_heads(subunits=True)
    out = []
    named: list[tuple[MoneyMention, frozenset[str]]] = []  # amounts named in full, with their words
    previous: MoneyMention | None = None
    for m in sorted(amounts, key=lambda a: a.start):
        if m.group == BARE_CENTIMES and m.by_default and previous is not None and previous.group != BARE_CENTIMES \
                and m.start - previous.end <= NAMED_IN_SENTENCE and not CENTIMES_GAP_STOP.search(text, previous.end,
                                                                                                m.start):
            # Bare centimes that no place resolved are those of the amount just before them in their sentence, with
            # no name (a place) nor a semicolon between: "payé 0,30 dollar en 2022, contre 10 centimes aujourd'hui"
            # (SPEC: EUR unless the context says), not "10 dollars aux États-Unis, mais à Lille 30 centimes".
            m = replace(m, currency=previous.currency, by_default=previous.by_default)
        previous = m
        if m.group == m.currency:
            named.append((m, _words(m)))
        elif m.group in heads:
            for n, words in reversed(named):  # the nearest first; none farther back than NAMED_IN_SENTENCE
                if m.start - n.end > NAMED_IN_SENTENCE:
                    break
                if words & heads[m.group] and n.end <= m.start \
                        and not SENTENCE_END.search(text, n.end, m.start):
                    if n.currency != m.currency:
                        m = replace(m, currency=n.currency, by_default=False)
                    break
        out.append(m)
    # Bare centimes listed before centimes named in full share their currency: "1 centime, 3 centimes ou 5
    # centimes de dollar".
    for k in range(len(out) - 2, -1, -1):
        m, after = out[k], out[k + 1]
        if m.group == BARE_CENTIMES and m.by_default and not after.by_default \
                and CENTIMES_WORD.search(after.text) and LIST_JOIN.fullmatch(text, m.end, after.start):
            out[k] = replace(m, currency=after.currency, by_default=False)
    return out



NAMED_IN_SENTENCE = 200
BARE_CENTIMES = "CENTIME"  # the group of "centimes" alone (data/ambiguous_currencies.tsv)
CENTIMES_GAP_STOP = re.compile(r"[.;!?]|(?<![\w-])[A-ZÀ-Ý]")  # a sentence end, a semicolon or a capitalised word


def find_money(text: str, countries: list[str] | None = None, main_countries: list[str] | None = None
               ) -> list[MoneyMention]:
    """Every amount of money in `text`, with ambiguous currencies resolved from `countries` (ISO alpha-2, in
    order of importance) or, when not given, from the places the text itself names. A currency of international
    pay (`is_international`) is resolved from `main_countries` when given: the countries the text is about, not
    every one it names."""
    if countries is None:
        from .places import countries_in

        countries = countries_in(text)
    return without_homonyms(text, resolved_amounts(text, countries, main_countries))


def resolved_amounts(text: str, countries: list[str], main_countries: list[str] | None = None
                     ) -> list[MoneyMention]:
    """`find_money` of one part of an article, whose currency words the whole article may still resolve: a
    homonym is left for the article to decide (`without_homonyms`)."""
    main = countries if main_countries is None else main_countries
    return as_named([_named_by_country(text, resolved(m, main if is_international(m.group) else countries))
                     for m in find_amounts(text)])


CFA_GROUP, FRANC_GROUP = "CFA", "FRANC"  # data/ambiguous_currencies.tsv
CFA_REACH = 600  # characters back from bare francs to the francs CFA they may follow (a sentence and the one before)


def as_cfa_francs(text: str, amounts: list[MoneyMention]) -> list[MoneyMention]:
    """Bare "francs" that no place of the article resolved (they got the Swiss default) are the CFA francs named
    before them in their sentence or the one before, where those are of one currency: "le magasinier perçoit 120 000
    francs CFA par mois, et les dockers 200 francs par sac" in a story whose town no table knows. Not francs named
    before any CFA francs ("Chez Migros, une caissière débute à 4 200 francs [...]. Dans la zone CFA, [...] 60 000
    francs CFA"), nor francs further on."""
    cfa = sorted((o for o in amounts if o.group == CFA_GROUP), key=lambda o: o.end)
    ends = [o.end for o in cfa]
    out = []
    for m in amounts:
        if m.group == FRANC_GROUP and m.by_default:
            before = set()
            for k in range(bisect.bisect_right(ends, m.start) - 1, -1, -1):  # the nearest first
                o = cfa[k]
                if m.start - o.end > CFA_REACH or len(SENTENCE_END.findall(text, o.end, m.start)) > 1:
                    break
                before.add(o.currency)
            if len(before) == 1:
                m = replace(m, currency=before.pop(), by_default=False)
        out.append(m)
    return out


def without_homonyms(text: str, amounts: list[MoneyMention]) -> list[MoneyMention]:
    """The amounts of `text` whose currency word names money here. A currency word that is also a unit of weight
    (data/word_lists.tsv, list weight_currency_words: "livres") is a weight where no place or full name of the
    text resolves it ("un sac de riz de 25 livres" in Haiti, "elle traite 220 livres de crevettes" in Ecuador),
    unless a unit of pay follows it ("dix livres de l'heure"), or another in its sentence, or it counts millions
    ("11,2 millions de livres"). A masculine "un livre" is a book (the pound is "une livre")."""
    weights = word_set("weight_currency_words")
    multipliers = {word.lower() for word in _number_words()[3]}  # data/number_words.tsv
    homonyms = {id(m) for m in amounts if m.by_default and _words(m) & weights and not _words(m) & multipliers}
    paid = sorted((m for m in amounts if id(m) in homonyms and period_after(text, m.end)), key=lambda m: m.start)
    starts, paid_ids = [m.start for m in paid], {id(m) for m in paid}
    return [m for m in amounts if not BOOK.match(m.text) and not (
            id(m) in homonyms and id(m) not in paid_ids and not _beside_paid(text, m, paid, starts))]


# The end of a sentence, or of a line (a headline, a paragraph).
SENTENCE_OR_LINE_END = re.compile(r"[.!?](?:\s|$)|\n")


def _beside_paid(text: str, amount: MoneyMention, paid: list[MoneyMention], starts: list[int]) -> bool:
    """Whether the amount's sentence reads its currency word as money elsewhere, by a unit of pay ("10 livres
    l'heure, et les apprentis 7,55 livres"): the nearest such amount before or after it, with no end of sentence or
    of line between them."""
    at = bisect.bisect_left(starts, amount.start)
    return any(SENTENCE_OR_LINE_END.search(text, min(amount.end, other.end), max(amount.start, other.start)) is None
               for other in paid[max(0, at - 1):at + 1])


BOOK = re.compile(rf"un{SPACE}+livre\b", re.IGNORECASE)


def is_international(group: str) -> bool:
    """Whether an ambiguous currency group defaults to the currency of international pay ("dollars": USD), so
    that only a country the text is about resolves it to another (word list international_currencies)."""
    return group in resources.word_set("international_currencies")




def _named_by_country(text: str, mention: MoneyMention) -> MoneyMention:
    """An ambiguous currency word that a country's adjective follows names that country's currency, whatever
    our tables spell: "1 000 riyals qatariens", "22 dollars namibiens" (data/demonyms.tsv; the currency by
    ambiguous_currencies.tsv or CLDR). The adjective joins the mention."""
    from .places import demonym_at

    table = resources.currencies().ambiguous.get(mention.group)
    gap = SPACES.match(text, mention.end) if table is not None else None
    after = demonym_at(text, gap.end()) if gap else None
    if after is None:
        return mention
    end, country = after
    code = table.get(country) or resources.territory_currency(mention.group, country)
    if not code:
        return mention
    return replace(mention, end=end, text=text[mention.start:end], currency=code, group=code,
                   by_default=False, chain_end=max(mention.chain_end, end))
