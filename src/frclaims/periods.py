"""RATE recogniser and qualifiers: the unit of a pay amount ("de l'heure", "par mois", "à la tâche") and the
words that bound or hedge it ("jusqu'à", "environ"), read from data/periods.tsv and data/qualifiers.tsv."""
from __future__ import annotations

import re
from functools import cache
from typing import Iterable

from text_to_num import text2num

from . import resources
from .dates import MONTHS

# What may stand between an amount and its period: "15 dollars brut de l'heure", "7,30 dollars (6,9 euros) l'heure".
GAP = re.compile(
    r"""(?:[ \u00a0\u202f,]+
         |(?:bruts?|brutes?|nets?|nettes?|environ|en[ ]moyenne|minimum|maximum|seulement|HT|TTC)(?![\w])
         |au[ ](?:moins|plus|maximum|minimum)(?![\w])  # "1 390 euros bruts au maximum par garde"
         |\([^()\n]{0,40}\)
         |\)                                  # the end of a conversion: "(6,9 euros) l'heure"
         |[»”"](?![\w])                       # the end of a quote: "« jusqu'à 2600 euros » mensuels"
         # "1 500 dirhams de bonus par mois", "20 dollars de gains hebdomadaires", "60 euros d'indemnité par jour"
         |de[ ](?:bonus|primes?|salaire|pourboires?|revenus?|gains|rémunération)(?![\w])
         |d['’](?:indemnités?|allocations?)(?![\w])
         # a figure presented by the pay it is: "1,90 euro : rémunération horaire médiane"
         |:[ \u00a0]*(?:(?:le|la|l['’])[ \u00a0]*)?
           (?:salaires?|rémunérations?|revenus?|paies?|primes?|indemnités?)(?![\w])
         # how often it is paid: "150 maloti versée chaque mois" (not "versés sur treize mois", a month's pay)
         |(?:(?:est|sont|sera|seront|était|étaient|soit|soient)[ ])?(?:versée?s?|payée?s?)(?=[ ](?:chaque|par|tous|toutes)[ ])
        )*""",
    re.VERBOSE | re.IGNORECASE,
)


@cache
def _after() -> tuple[re.Pattern[str], dict[str, str]]:
    rows = [(p, period) for p, period, pos in resources.periods() if pos in {"after", "any"}]
    table = {_key(p): period for p, period in rows}
    return re.compile(r"(?:" + resources.alternation([p for p, _ in rows]) + r")(?![\w])", re.IGNORECASE), table


@cache
def _before() -> tuple[re.Pattern[str], dict[str, str]]:
    rows = [(p, period) for p, period, pos in resources.periods() if pos in {"before", "any"}]
    table = {_key(p): period for p, period in rows}
    pattern = re.compile(r"(?<![\w])(?:" + resources.alternation([p for p, _ in rows]) + r")(?![\w])", re.IGNORECASE)
    return pattern, table


def _key(phrase: str) -> str:
    return re.sub(r"[\s\u00a0\u202f]+", " ", phrase.lower()).replace("’", "'")


@cache
def _per_period() -> str:
    """After units counted, a period they are counted in: a working time ("35 heures hebdomadaires", "six jours
    par semaine"), not the span a pay is for (data/word_lists.tsv, list working_time_periods)."""
    return rf"[ \u00a0]+(?:{resources.word_alternation('working_time_periods')})(?![\w])"


@cache
def _counts() -> list[str]:
    """The number words of data/number_words.tsv above one ("deux", "huit", "cent"; not "un", "une")."""
    return [w for _, (w, kind, value) in resources.read_rows("number_words.tsv", 3) if kind == "word" and value != "1"]


@cache
def _counted_units() -> str:
    """Several units of time, counted: "les trois semaines", "dix jours", "48 heures". The counts: `_counts` and
    list several_quantifiers; the units: list time_unit_plurals."""
    counts = _counts() + list(resources.word_list("several_quantifiers"))
    units = resources.word_alternation("time_unit_plurals")
    return (rf"(?:(?:les|ses|leurs|ces)[ \u00a0]+)?(?:\d+|{resources.alternation(counts)})[ \u00a0]+(?:{units})"
            rf"(?![\w])")


@cache
def _several_units() -> re.Pattern[str]:
    """Pay for a span of several units of time: "150 euros pour dix jours de travail", "1.600 leva pour les
    trois semaines de la saison", "un euro toutes les trois heures", "90 euros par tranche de douze heures", "300
    euros les trois jours" (not "1 390 euros les 24 heures de garde", a unit of work), "500 gourdes par quinzaine"
    (spans longer than a unit, "trimestre", "quinzaine": list time_spans)."""
    spans = resources.word_alternation("time_spans")
    return re.compile(
        rf"(?:pour|sur|en|toutes[ ]les|tous[ ]les|par[ ](?:tranche|période|bloc|plage)[ ]de)[ \u00a0]+"
        rf"{_counted_units()}"
        rf"|(?=les[ ]|ces[ ]){_counted_units()}(?![ \u00a0]+(?:de|d['’]))"  # not "les 24 heures de garde": a shift
        rf"|(?:par|chaque|le|la|toutes[ ]les|tous[ ]les|pour[ ](?:toute[ ]|l['’]ensemble[ ]de[ ])?la)[ \u00a0]+"
        rf"(?:{spans})(?![\w])",  # "par trimestre", "pour l'ensemble de la quinzaine"
        re.IGNORECASE,
    )


@cache
def _several_units_before() -> re.Pattern[str]:
    """The same span named with "pour" before an amount, in its sentence: "Pour trois jours de travail, Lucie a
    touché 285 euros". ("En trois ans" or "sur dix ans" before an amount says how long a change took; "pour 35
    heures hebdomadaires, soit 1 426 euros" a working time, `_per_period`.)"""
    return re.compile(rf"(?<![\w])pour[ \u00a0]+{_counted_units()}(?!{_per_period()})", re.IGNORECASE)


MAX_GAP = 48  # how far past an amount ("brut", "net", a conversion in brackets...) the phrase of its unit may start


def _after_gap(text: str, end: int) -> int | None:
    """Where the phrase that follows an amount ending at `end` starts (past GAP), or None when that is too far."""
    gap = GAP.match(text, end)
    pos = gap.end() if gap else end
    return pos if pos - end <= MAX_GAP else None


def _span_after(pattern: re.Pattern[str], text: str, end: int) -> tuple[int, int] | None:
    """The span of `pattern` right after an amount ending at `end` (see `_after_gap`), or None."""
    pos = _after_gap(text, end)
    m = pattern.match(text, pos) if pos is not None else None
    return (m.start(), m.end()) if m else None


def several_units_after(text: str, end: int) -> tuple[int, int] | None:
    """The span of a phrase right after an amount that states pay for several units of time (which SPEC keeps
    with no period), or None."""
    return _span_after(_several_units(), text, end)


def several_units_before(text: str, start: int, sentence_start: int) -> tuple[int, int] | None:
    """The span of a phrase before the amount starting at `start`, in its sentence, that states pay for several
    units of time ("Pour trois jours de travail, Lucie a touché 285 euros"), or None."""
    found = None
    for found in _several_units_before().finditer(text, sentence_start, start):
        pass
    return found.span() if found else None


# A year's pay schedule right after an amount: "1 800 euros nets sur 13 mois", "1 184 euros sur quatorze
# versements" (a month's salary paid that many times a year) or "30 000 euros sur 12 mois" (a year's pay spread over
# them); `linking` tells which by the amount's size.
INSTALMENTS = range(12, 17)
INSTALMENTS_AFTER = re.compile(r"sur[ \u00a0]+(?P<count>\d{2}|[a-zé-]+)[ \u00a0]+(?:mois|versements|mensualités)(?![\w])",
                               re.IGNORECASE)


def instalments_after(text: str, end: int) -> tuple[int, int] | None:
    """The span of a year's pay schedule right after the amount ending at `end` ("sur 13 mois", "sur quatorze
    versements"), or None."""
    pos = _after_gap(text, end)
    m = INSTALMENTS_AFTER.match(text, pos) if pos is not None else None
    if m is None:
        return None
    try:
        count = int(m["count"]) if m["count"].isdigit() else text2num(m["count"].lower(), "fr")
    except ValueError:
        return None
    return m.span() if count in INSTALMENTS else None


# The hours of a full-time working week (35 in France, 38 in Belgium, 40 in most countries) and of a working month
# (151.67 legal hours in France; 169, 176 or 191 elsewhere): an amount stated "pour" that many hours is a month's pay.
FULL_TIME_WEEK = range(35, 41)
WORKING_MONTH = range(120, 221)
HOURS_AFTER = re.compile(r"pour[ \u00a0]+(?:environ[ \u00a0]+|près[ \u00a0]+de[ \u00a0]+)?(?P<count>\d{2,3}|[a-zé-]+)"
                         r"[ \u00a0]+heures(?P<weekly>[ \u00a0]+(?:par[ \u00a0]+semaine|hebdomadaires))?(?![\w])",
                         re.IGNORECASE)


def working_time_after(text: str, end: int) -> tuple[str, int, int] | None:
    """("month", start, end) when the amount ending at `end` is said to pay the hours of a working week or month:
    "2 310 euros brut pour 176 heures", "2 150 euros brut, pour 35 heures", "1 900 euros, pour 55 heures par
    semaine". A French wage with no unit beside the hours it pays is a month's: the week's hours say full time,
    not a weekly wage. Other spans of hours are pay for several units ("100 dollars pour douze heures")."""
    pos = _after_gap(text, end)
    m = HOURS_AFTER.match(text, pos) if pos is not None else None
    return ("month", m.start(), m.end()) if m and _working_month(m) else None


# The same hours before the amount: "je fais 60 heures par semaine pour 1 100 euros", "35 heures pour un salaire de
# 1 800 euros" (a few words may stand between "pour" and the amount).
HOURS_BEFORE = re.compile(r"(?<![\w-])(?P<count>\d{2,3}|[a-zé-]+)[ \u00a0]+heures"
                          r"(?P<weekly>[ \u00a0]+(?:par[ \u00a0]+semaine|hebdomadaires))?,?[ \u00a0]+pour[ \u00a0]+"
                          r"(?:[\w'’-]+[ \u00a0]+){0,3}$", re.IGNORECASE)


def working_time_before(text: str, start: int, clause_start: int) -> tuple[str, int, int] | None:
    """("month", start, end) when the amount starting at `start` is said, before it in its clause, to pay the hours
    of a working week or month: "je fais 60 heures par semaine pour 1 100 euros" (`working_time_after`, mirrored)."""
    m = HOURS_BEFORE.search(text, clause_start, start)
    return ("month", m.start(), m.end()) if m and _working_month(m) else None


def _working_month(m: re.Match[str]) -> bool:
    """Whether the hours matched (groups "count" and "weekly") are those of a working week or month."""
    try:
        count = int(m["count"]) if m["count"].isdigit() else text2num(m["count"].lower(), "fr")
    except ValueError:
        return False
    return bool(m["weekly"]) or count in FULL_TIME_WEEK or count in WORKING_MONTH


@cache
def _people() -> str:
    """People after "par" or "chaque": the workers of data/roles.tsv and list people_after_par ("personne")."""
    return resources.alternation(list(resources.roles()) + list(resources.word_list("people_after_par")))


@cache
def _per_person() -> re.Pattern[str]:
    return re.compile(rf"par[ \u00a0]+(?:{_people()})(?![\w])(?![ \u00a0]+et[ \u00a0]+par)", re.IGNORECASE)


@cache
def _person_and() -> re.Pattern[str]:
    """ "par" a person "et" before the unit of an amount: "par musicien et par concert", "par ouvrier et par jour"."""
    return re.compile(rf"par[ \u00a0]+(?:{_people()})[ \u00a0]+et[ \u00a0]+(?=par[ \u00a0])", re.IGNORECASE)


def per_person_after(text: str, end: int) -> tuple[int, int] | None:
    """The span of "par" and a person right after an amount ("deux virements de 300 dollars par marin"): a
    share of each, which states no period and takes none from its neighbours; or None. Not when a unit follows
    ("16 500 colones par ouvrier et par jour")."""
    return _span_after(_per_person(), text, end)


def period_after(text: str, end: int) -> tuple[str, int, int] | None:
    """The period phrase right after an amount ending at `end`: (period, start, end) or None."""
    pos = _after_gap(text, end)
    if pos is None:
        return None
    person = _person_and().match(text, pos)  # "250 euros par musicien et par concert": per concert
    pos = person.end() if person else pos
    pattern, table = _after()
    each = EACH.match(text, pos)
    if each:  # "600 euros chacune par mois": the unit after "chacun" is the amount's
        past = _after_gap(text, each.end())
        if past is not None and pattern.match(text, past):
            pos = past
        elif _units_paid_before().search(text, max(0, end - EACH_REACH), end):
            return "task", each.start(), each.end()  # "les gardes, rémunérées 150 euros chacune": per shift
    m = pattern.match(text, pos)
    if m:
        if TIME_ADVERB.match(text, m.end()) and not (m.group(0).lower().startswith("par")
                                                      and SPENT.match(text, m.end())):
            return None  # "passé de 2,90 à 2,40 euros l'an dernier": when, not per what
        if OF_SENIORITY.match(text, m.end()):
            return None
        period = table[_key(m.group(0))]
        recorded = _of_recording().match(text, m.end()) if period == "hour" else None
        if recorded:
            return "task", m.start(), recorded.end()  # "180 roupies par heure d'audio traitée": per unit of output
        return period, m.start(), m.end()
    m = YEAR_OF.match(text, pos)
    if m:
        return "year", m.start(), m.end()
    if "," in text[end:pos]:
        return None  # "à 2 140, la chef d'atelier à 2 600": the next item of a list, not a unit
    m = _per_item().match(text, pos) or _for_each_unit().match(text, pos) or _per_unit_slash().match(text, pos)
    if m is None or TIME_ADVERB.match(text, m.end()):
        return None  # "contre 3'900 francs la saison passée": when, not per what
    return "task", m.start(), m.end()


@cache
def _of_recording() -> re.Pattern[str]:
    """Right after an hour, what it is an hour of when that is recorded material, not working time: "par heure
    d'audio", "l'heure d'enregistrement", "par heure de vidéo". Pay per hour of audio is per unit of output, as pay
    per minute of audio is (period task). The nouns: data/word_lists.tsv, list recording_nouns."""
    return re.compile(rf"[ \u00a0]+(?:de[ \u00a0]+|d['’][ \u00a0]*)(?:{resources.word_alternation('recording_nouns')})"
                      rf"(?![\w-])", re.IGNORECASE)


# A unit of work that lasts a span of time: "pour une vacation de huit heures" is pay for hours worked, not per
# unit of output.
SPAN_OF_HOURS = r"[ \u00a0]+de[ \u00a0]+[\w-]+[ \u00a0]+(?:heures|minutes|jours)(?![\w])"


@cache
def _for_each_unit() -> re.Pattern[str]:
    """ "pour chaque" (or "sur", "à") and a unit of work right after an amount: "une prime de 25 dollars pour
    chaque faille jugée critique", "une prime de 1 000 ouguiyas à chaque projet livré" is pay per task (the units
    and the nouns left out: `_each_unit_phrase`); so is "pour un" or "pour ce" and a unit of work of our table
    ("une douzaine d'euros pour un article", "1,50 livre pour ce questionnaire", "9 euros pour une seule
    livraison"), unless it lasts a span of time (`SPAN_OF_HOURS`)."""
    return re.compile(rf"(?:pour|sur|à)[ \u00a0]+{_each_unit_phrase()}|{_for_a_unit()}", re.IGNORECASE)


@cache
def _for_a_unit() -> str:
    """ "pour un" (une, ce, cet, cette; "seul") and a unit of work of our table that lasts no span of time ("pour
    un article", "pour ce questionnaire", not "pour une mission de trois heures"), after an amount or opening a
    sentence (`unit_opening`)."""
    units = resources.alternation(task_nouns())
    return (rf"pour[ \u00a0]+(?:un|une|ce|cet|cette)[ \u00a0]+(?:seule?[ \u00a0]+)?(?:{units})(?![\w])"
            rf"(?!{SPAN_OF_HOURS})")


@cache
def _per_unit_slash() -> re.Pattern[str]:
    """A slash and a unit of work of our table right after an amount: "4 €/livraison", "0,80 €/tâche" ("/h",
    "/km" are in the table itself)."""
    return re.compile(rf"/[ \u00a0]?(?:{resources.alternation(task_nouns())})(?![\w])", re.IGNORECASE)


@cache
def task_nouns() -> list[str]:
    """The units of work of data/periods.tsv: the noun of each "par" phrase of period task ("par commande",
    "par questionnaire"), for "pour une commande", "pour ce questionnaire"."""
    return sorted({p.split(maxsplit=1)[1] for p, period, _ in resources.periods()
                   if period == "task" and p.startswith("par ")})


# "chacun" after an amount shares it out over what its clause counts: units of work paid by it ("les gardes,
# rémunérées 150 euros chacune") make it pay per task; people ("les deux coursiers ont reçu une prime de 100 euros
# chacun") a share per person, with no period.
EACH = re.compile(r"chacun(?:e|s|es)?(?![\w])", re.IGNORECASE)
EACH_REACH = 120  # characters back from the amount's end to the units "chacun" counts


@cache
def _units_paid_before() -> re.Pattern[str]:
    """Units of work of our table (`task_nouns`) in the plural, with a complement of a few words ("des gardes de
    douze heures"), then a participle of paying (data/word_lists.tsv, list paid_participles) and the amount: the
    units are what the amount pays, one by one."""
    units = resources.alternation(task_nouns())
    paid = resources.word_alternation("paid_participles")
    complement = r"(?:[ \u00a0]+(?:de|du|des|d['’])[ \u00a0]*[\w'’-]+(?:[ \u00a0][\w'’-]+)?)?"  # "de douze heures"
    auxiliary = r"(?:(?:sont|étaient|seront|ont[ \u00a0]été|avaient[ \u00a0]été)[ \u00a0]+)?"
    return re.compile(rf"(?<![\w-])(?:{units})[sx]{complement}[ \u00a0]*,?[ \u00a0]+{auxiliary}"
                      rf"(?:{paid})[ \u00a0]+[^.;:!?]{{1,40}}$", re.IGNORECASE)


# After a unit of time, the words that make it a time ("l'an dernier", "la semaine prochaine"), not a rate.
TIME_ADVERB = re.compile(r"[ \u00a0]+(?:derni(?:er|ère)|prochaine?|passée?|précédente?)(?![\w])", re.IGNORECASE)
# A year (a month) of seniority counts what a severance or a bonus is multiplied by, not the span pay is earned
# over: "2 000 euros d'indemnité par année d'ancienneté" (not "par jour de service coupé", a working day).
OF_SENIORITY = re.compile(r"[ \u00a0]+d['’]ancienneté(?![\w])", re.IGNORECASE)
# After "par" and a unit, "passée" and a place is the time spent there: "3,50 euros par heure passée dans la nacelle"
# (not "l'an passé en France", a time).
SPENT = re.compile(r"[ \u00a0]+passée?[ \u00a0]+(?:dans|en|à|au|aux|sur|chez|derrière|devant|sous|hors)(?![\w])",
                   re.IGNORECASE)

# Pay "au titre de 2023" or "pour l'exercice 2024" is the pay of that year.
YEAR_OF = re.compile(r"(?:au[ ]titre[ ]de|pour)[ \u00a0]+(?:l['’](?:année|exercice)[ \u00a0]+)?(?:19|20)\d\d(?![\w])",
                     re.IGNORECASE)


# "par" and a noun our table does not know is a unit of work: "250 riels par manche", "50 $ par match". So is
# "le"/"la" and such a noun right after the amount: "1 500 roupies la séance", "28 ringgits la tonne". Not a
# determiner ("payés par la plateforme"), nor a person (`per_person_after`: a share, not a rate), nor the nouns of
# data/word_lists.tsv, list not_units_after_par ("par nuit", "par exemple"), nor after an article the words of list
# not_units_after_article ("3 euros la même année", "500 euros le premier mois").
ORDINAL = r"[a-zà-ÿ-]+ièmes?"  # "50'040 francs la troisième (année)"
DETERMINERS = r"le|la|les|l['’]|un|une|des|du|de|d['’]|ses|son|sa|leur|leurs|nos|notre|vos|votre|ce|cette|ces"


@cache
def _per_item() -> re.Pattern[str]:
    not_units = resources.word_alternation("not_units_after_par")
    not_after_article = resources.word_alternation("not_units_after_article")
    return re.compile(
        rf"""(?:par[ \u00a0]+
              (?!(?:{DETERMINERS}|{not_units}|{_people()})(?![\w]))  # not a determiner, a person nor a locution
             |(?:le|la)[ \u00a0]+(?!(?:{not_units}|{not_after_article}|{ORDINAL})(?![\w]))
             |l['’](?!(?:{not_units}|{not_after_article}|{ORDINAL})(?![\w]))
            )
            [a-zà-ÿ][a-zà-ÿ-]{{2,}}(?![\w'’])""",
        re.VERBOSE | re.IGNORECASE,
    )


@cache
def _each_unit_phrase() -> str:
    """ "chaque", maybe an adjective (list adjectives_after_chaque: "chaque nouvelle recrue"), and a noun that is
    neither a time unit (periods.tsv reads those), nor a person ("chaque livreur": `_people`), nor a word of list
    not_units_after_par."""
    not_units = resources.word_alternation("not_units_after_par")
    adjectives = resources.word_alternation("adjectives_after_chaque")
    return (rf"chaque[ \u00a0]+(?:(?:{adjectives})[ \u00a0]+)?"
            rf"(?!(?:{_people()}|{not_units})s?(?![\w]))[a-zà-ÿ][a-zà-ÿ-]{{2,}}(?![\w'’])")


@cache
def _each_unit() -> re.Pattern[str]:
    return re.compile(rf"(?<![\w]){_each_unit_phrase()}", re.IGNORECASE)


def unit_before(text: str, start: int, limit: int) -> tuple[str, int, int] | None:
    """ "chaque" and a unit of work before an amount, in its clause: "chaque phrase lue rapporte 12 roupies"
    is pay per task: ("task", start, end) or None."""
    found = None
    for m in _each_unit().finditer(text, limit, start):
        between = text[m.end():start]
        if not re.search(r"[.;!?()]|\d", between) and len(between) <= 80:  # "chaque kilo est payé : 15 centimes"
            # Past a comma, only "pour chaque" still counts what is paid ("Pour chaque colis livré, il touche 2
            # euros"), not "calculé selon le nombre de salariés de chaque préfecture, atteindra 1 121 yens".
            if "," in between and not FOR_EACH.search(text, max(limit, m.start() - 6), m.start()):
                continue
            found = ("task", m.start(), m.end())
    return found


FOR_EACH = re.compile(r"(?<![\w])(?:pour|sur)[ \u00a0]+$", re.IGNORECASE)


@cache
def _opening_unit() -> re.Pattern[str]:
    """A sentence that opens with "Pour un" (une, ce, cette) and a unit of work of our table, then its complement
    up to a comma: "Pour un roman de 300 pages, mon éditeur me paie 40 000 hryvnias"."""
    return re.compile(rf"[«“\"\s]*{_for_a_unit()}[^,.;:!?()]{{0,60}},", re.IGNORECASE)


def unit_opening(text: str, start: int, sentence_start: int) -> tuple[str, int, int] | None:
    """The unit of work a sentence opens with ("Pour un roman de 300 pages, ..."), for an amount at `start` in
    its first clause after that one, with no other figure between: ("task", start, end) or None."""
    m = _opening_unit().match(text, sentence_start, start)
    if m is None or re.search(r"[.;!?()]|\d", text[m.end():start]):
        return None
    return "task", m.start(), m.end()


@cache
def _unit_subject() -> tuple[re.Pattern[str], dict[str, str]]:
    """A unit phrase of periods.tsv that starts with an article or "chaque" ("le kilomètre", "la journée",
    "l'heure"), then at most three words (four in the passive: "la journée de travail des ouvrières est payée")
    and a verb of paying (data/word_lists.tsv, list unit_pay_verbs), right before the amount: "le kilomètre, payé
    150 francs CFA", "la journée est payée 40 euros"; "une commande courte me rapporte 70 pesos" is not one (an
    indefinite article counts nothing). Its plural counts too in the passive, where each unit is paid the amount
    ("les heures supplémentaires sont payées 17,50 euros"), not in the active, where the units together bring it
    ("les heures supplémentaires lui ont rapporté 300 euros")."""
    rows = [(p, period) for p, period, pos in resources.periods() if pos in {"after", "any"}
            and re.match(r"(?:le|la|l['’]|chaque)[ \u00a0]*\w", p)]
    table = {_key(p): period for p, period in rows}
    plurals = _plural_units(rows)
    table.update({_key(p): period for p, period in plurals})
    verbs = resources.word_list("unit_pay_verbs")
    participles = resources.alternation([v for v in verbs if v.endswith("s") and " " not in v])
    passives = resources.alternation([v for v in verbs if v.startswith(("payé", "rémunéré"))])
    being = r"(?:est|était|sera|serait|a[ \u00a0]+été|sont|étaient|seront|ont[ \u00a0]+été)[ \u00a0]+"
    pattern = re.compile(
        rf"""(?<![\w'’])(?:
              (?P<unit>{resources.alternation([p for p, _ in rows])})(?![\w])
              (?![ \u00a0]+(?:derni(?:er|ère)|prochaine?|passée?|précédente?)(?![\w]))   # "le mois dernier": when
              (?:(?:[ \u00a0]+[a-zà-ÿ'’-]+){{0,3}}?[ \u00a0,]*
                 (?:(?:me|m['’]|lui|leur|nous|vous|te|t['’])[ \u00a0]*)?
                 (?:{being})?
                 (?:{resources.alternation(verbs)})
               |(?:[ \u00a0]+[a-zà-ÿ'’-]+){{4}}[ \u00a0,]*{being}(?:{passives}))  # four words, in the passive only
             |(?P<units>{resources.alternation([p for p, _ in plurals])})(?![\w])
              (?:[ \u00a0]+[a-zà-ÿ'’-]+){{0,3}}?[ \u00a0,]*(?:y[ \u00a0]+)?
              (?:sont|étaient|seront|ont[ \u00a0]+été)[ \u00a0]+(?:{participles})
            )[ \u00a0]*(?:à[ \u00a0]+|:[ \u00a0]*)?$""",
        re.VERBOSE | re.IGNORECASE,
    )
    return pattern, table


def _plural_units(rows: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """The plural of each unit phrase of one noun after "le", "la" or "l'" ("l'heure": "les heures", "le
    kilomètre": "les kilomètres"), with its period."""
    found = []
    for phrase, period in rows:
        m = re.fullmatch(r"(?:le|la|l['’])[ \u00a0]*([a-zà-ÿ-]+)", phrase, re.IGNORECASE)
        if m:
            noun = m.group(1)
            found.append((f"les {noun if noun.endswith(('s', 'x', 'z')) else noun + 's'}", period))
    return found


def unit_subject(text: str, start: int, limit: int) -> tuple[str, int, int] | None:
    """The unit a phrase before an amount counts when it is what the amount pays for: "le kilomètre, payé 150
    francs CFA au conducteur" is pay per task, "la journée est payée 40 euros" per day: (period, start, end)."""
    pattern, table = _unit_subject()
    window_start = max(limit, start - 120)
    m = pattern.search(text[window_start:start])
    if not m or re.search(r"[.;!?()]|\d", m.group(0)):
        return None
    unit = "unit" if m.group("unit") else "units"
    return table[_key(m.group(unit))], window_start + m.start(), window_start + m.end(unit)


@cache
def _rate_of_unit() -> tuple[re.Pattern[str], dict[str, str]]:
    """A rate noun, then "de" or "par" and a unit noun of periods.tsv: "le tarif de l'image simple", "la
    rémunération de base par commande"; a bonus, then "par": "la prime par commande" (the nouns: data/word_lists.tsv,
    lists rate_nouns and bonus_rate_nouns)."""
    rows = [(re.sub(r"^(?:le|la|l['’]|chaque)[ \u00a0]*", "", p), period) for p, period, pos in resources.periods()
            if pos in {"after", "any"} and re.match(r"(?:le|la|l['’])[ \u00a0]*\w", p)]
    table = {_key(unit): period for unit, period in rows}
    rates = resources.word_alternation("rate_nouns")
    bonuses = resources.word_alternation("bonus_rate_nouns")
    units = resources.alternation([unit for unit, _ in rows])
    pattern = re.compile(
        rf"(?<![\w])(?:(?:{rates})(?:[ \u00a0]+(?:de[ \u00a0]+base|minimum|minimal|plancher))?[ \u00a0]+"
        rf"(?:de|du|d['’]|par)|(?:{bonuses})[ \u00a0]+par)"
        rf"[ \u00a0]*(?:(?:la|le|l['’]|une|un|chaque)[ \u00a0]*)?(?P<unit>{units})(?![\w])",
        re.IGNORECASE)
    return pattern, table


def rate_before(text: str, start: int, limit: int) -> tuple[str, int, int] | None:
    """A rate per unit named before an amount in its clause: "le tarif de l'image simple est passé de 150
    shillings": (period, start, end) or None."""
    pattern, table = _rate_of_unit()
    found = None
    for m in pattern.finditer(text, limit, start):
        between = text[m.end():start]
        if len(between) <= 60 and not re.search(r"[.;!?()]|\d", between):
            found = (table[_key(m.group("unit"))], m.start(), m.end())
    return found


# Right before a period word, the hours it counts: "35 heures hebdomadaires" is a working time, not the pay's unit.
WORKING_TIME_BEFORE = re.compile(r"(?<![\w-])heures[ \u00a0]+$", re.IGNORECASE)


@cache
def _introducing_colon() -> re.Pattern[str]:
    """A colon that introduces the amount, and the hedge or bound before it: "payés à la journée : 95 euros",
    "payées à la semaine : environ 420 euros" (qualifiers.tsv, position "before")."""
    hedges = resources.alternation([p for p, q, pos in resources.qualifiers() if pos == "before" and q != "none"])
    return re.compile(rf"[ \u00a0]*:[ \u00a0]*(?:(?:{hedges})[ \u00a0]*)?", re.IGNORECASE)


# Right before an amount in a list: the items before it, whose pay noun it shares ("un salaire mensuel de 1 200,
# 1 300 ou 1 500 euros").
LIST_BEFORE = re.compile(r"(?<![\d,.])(?:\d{1,3}(?:[ \u00a0\u202f.]\d{3})*(?:,\d+)?[ \u00a0\u202f]*(?:,|et|ou)"
                         r"[ \u00a0\u202f]+)+$")


@cache
def _as_noun() -> tuple[frozenset[str], re.Pattern[str]]:
    """Period adjectives that French also uses as nouns (data/word_lists.tsv, list period_adjectives_as_nouns:
    "un grand quotidien national", "le mensuel Capital", "l'horaire"), and the words before them that make them
    one (list words_before_a_noun, "presse" for "la presse quotidienne")."""
    before = resources.word_alternation("words_before_a_noun")
    return (resources.word_set("period_adjectives_as_nouns"),
            re.compile(rf"(?:(?<![\w])(?:{before})[ \u00a0]+|(?<![\w])l['’])$", re.IGNORECASE))


def period_before(text: str, start: int, limit: int) -> tuple[str, int, int] | None:
    """A period word that qualifies a pay noun before an amount ("un salaire horaire de 15 euros"), looking
    back to `limit` within the clause: (period, start, end) or None. Not a period adjective used as a noun ("Dans
    la presse quotidienne régionale, la médiane tombe à 42 euros")."""
    pattern, table = _before()
    nouns, noun_before = _as_noun()
    window = text[limit:start]
    best = None
    for m in pattern.finditer(window):
        if _key(m.group(0)) in nouns and noun_before.search(text, max(0, limit + m.start() - 20), limit + m.start()):
            continue
        if WORKING_TIME_BEFORE.search(text, max(0, limit + m.start() - 10), limit + m.start()):
            continue  # "35 heures hebdomadaires": the hours are counted per week, not the pay
        between = window[m.end():]
        earlier = LIST_BEFORE.search(between)  # "des primes hebdomadaires de 2 000, 3 500 et 5 000 shillings"
        if earlier:
            between = between[:earlier.start()]
        if (re.search(r"[.;:!?()]|\d", between) and not _introducing_colon().fullmatch(between)) or len(between) > 45:
            continue
        period = table[_key(m.group(0))]
        if period == "hour" and _of_recording().match(text, limit + m.end()):
            period = "task"  # "payés à l'heure d'audio corrigée, de 120 à 160 pesos"
        best = (period, limit + m.start(), limit + m.end())
    return best


@cache
def _units_at(*positions: str) -> tuple[re.Pattern[str], dict[str, str]]:
    """The pattern of the phrases of periods.tsv at these positions ("sentence", "target"), and their periods."""
    rows = [(p, period) for p, period, pos in resources.periods() if pos in positions]
    table = {_key(p): period for p, period in rows}
    pattern = re.compile(r"(?<![\w-])(?:" + resources.alternation([p for p, _ in rows]) + r")(?![\w-])", re.IGNORECASE)
    return pattern, table


@cache
def _trade_before() -> re.Pattern[str]:
    """Right before a unit of work, a noun that makes it a trade: "la société de livraison", "le marché des courses"
    (data/word_lists.tsv, list trade_nouns)."""
    nouns = resources.word_alternation("trade_nouns")
    return re.compile(rf"(?<![\w-])(?:{nouns})s?[ \u00a0]+(?:de[ \u00a0]+la[ \u00a0]+|de[ \u00a0]+l['’]|du[ \u00a0]+"
                      rf"|des[ \u00a0]+|de[ \u00a0]+|d['’])$", re.IGNORECASE)


# Between units counted (and the span they are counted in) and an amount, what makes the amount their price: "120
# colis par jour, payés 1,20 euro", "25 courses par semaine, à 3 euros", "4 missions, rémunérées à hauteur de 500
# euros", "chacun payé 1,20 euro"; or after the amount, "chacun" or "pièce" ("pour 1,10 euro chacun").
PRICED = re.compile(r"[ \u00a0]*,?[ \u00a0]*(?:(?:chacune?s?|tous|toutes)[ \u00a0]+)?"
                    r"(?:(?:payée?s?|rémunérée?s?|facturée?s?|réglée?s?)"
                    r"(?:[ \u00a0]+(?:en[ \u00a0]+moyenne|environ|chacune?"
                    r"|à[ \u00a0]+hauteur[ \u00a0]+de|au[ \u00a0]+tarif[ \u00a0]+de))?"
                    r"|à|pour)[ \u00a0]*", re.IGNORECASE)
EACH_AFTER = re.compile(r"[^,.;:!?()]{0,30}?(?<![\w-])(?:chacune?s?|pièce|l['’]unité)(?![\w-])", re.IGNORECASE)
TIME_PERIODS = frozenset({"hour", "day", "week", "month", "year"})  # the periods of SPEC that are units of time


@cache
def _counted() -> re.Pattern[str]:
    """A count right before a unit: digits or a number word above one (`_counts`: "180 colis", "huit courses"; "une
    course me rapporte 3 euros" is pay per course)."""
    return re.compile(rf"(?:\d|(?<![\w-])(?:{resources.alternation(_counts())}))[ \u00a0]+$", re.IGNORECASE)


def period_in_sentence(text: str, start: int, limit: int,
                       ignore: Iterable[tuple[int, int]] = ()) -> tuple[str, int, int] | None:
    """The unit of work or time that the sentence names before an amount at `start` (from `limit`), when it
    names one kind only ("les tâches étaient payées 10 centimes"): (period, start, end) or None. Units inside
    the `ignore` spans do not count: "commandes" in the role "préparateurs de commandes" is no unit of pay; nor
    does a company's trade ("un livreur de la société de livraison gagne 1 800 euros", `_trade_before`), nor a
    period adjective used as a noun ("Avec les horaires décalés, ça monte parfois à 1 700", `_as_noun`). Units
    counted are the work done (`_counted`): they give the span of time they are counted in ("En livrant 60 colis
    par jour, on arrive à 700 dirhams": a day), or nothing ("je fais huit courses et je rentre avec 35 euros"),
    unless the amount is their price (`PRICED`, `EACH_AFTER`: "Il livre 120 colis par jour, payés 1,20 euro")."""
    pattern, table = _units_at("sentence")
    nouns, noun_before = _as_noun()
    skip = list(ignore)
    found = []
    for m in pattern.finditer(text, limit, start):
        if any(s <= m.start() < e for s, e in skip) \
                or _trade_before().search(text, max(0, m.start() - 40), m.start()) \
                or (_key(m.group(0)) in nouns and noun_before.search(text, max(0, m.start() - 20), m.start())):
            continue
        if _counted().search(text, max(0, m.start() - 20), m.start()):
            span = period_after(text, m.end())
            span = span if span is not None and span[0] in TIME_PERIODS and span[2] <= start else None
            if not (PRICED.fullmatch(text, span[2] if span else m.end(), start) or EACH_AFTER.match(text, start)):
                if span is not None:
                    found.append(span)
                continue
        found.append((table[_key(m.group(0))], m.start(), m.end()))
    return _one_kind(found)


def _one_kind(found: list[tuple[str, int, int]]) -> tuple[str, int, int] | None:
    """The last of the units found, (period, start, end), when they are all of one period; else None."""
    if not found or len({period for period, _, _ in found}) > 1:
        return None
    return found[-1]


# A question that counts time worked: its units are those of the working time, not of pay.
TIME_ASKED = re.compile(r"(?<![\w-])combien[ \u00a0]+"
                        r"(?:d['’][ \u00a0]*heures|de[ \u00a0]+(?:jours|nuits|semaines|mois))(?![\w-])",
                        re.IGNORECASE)


@cache
def _question_units() -> tuple[re.Pattern[str], dict[str, str]]:
    """Every unit phrase of periods.tsv that may stand beside an amount or name it in its sentence ("par mois",
    "de l'heure", "mensuel", "la course"), with its period; a unit after units counted ("combien d'heures par
    semaine") is a working time, not the unit of pay."""
    pattern, table = _units_at("after", "before", "any", "sentence")
    return re.compile(r"(?<!heures[ ])(?<!heure[ ])(?<!jours[ ])(?<!nuits[ ])" + pattern.pattern, re.IGNORECASE), table


def period_of_question(text: str, start: int, end: int) -> tuple[str, int, int] | None:
    """The unit a question about pay asks for, when it names one kind only ("Combien gagniez-vous par mois ?",
    "Quel est votre salaire horaire ?"), for the figure of its answer that states none: (period, start, end) or
    None."""
    if TIME_ASKED.search(text, start, end):
        return None  # "Combien d'heures travaillez-vous chaque semaine, et pour quel salaire ?": a working time
    pattern, table = _question_units()
    return _one_kind([(table[_key(m.group(0))], m.start(), m.end()) for m in pattern.finditer(text, start, end)])


@cache
def _named_units() -> tuple[re.Pattern[str], dict[str, str]]:
    rows = {p: period for p, period, pos in resources.periods() if pos in {"after", "before", "any"}}
    bearers = resources.word_alternation("unit_bearers")
    # Beside the phrases of periods.tsv, "au" or "à la" and a unit of work ("payés au kilo", "rémunérés à la
    # vacation") or the month ("payés au mois", not "au mois de mai").
    items = resources.alternation(task_nouns())
    pattern = re.compile(
        rf"(?<![\w-])(?:{bearers})(?:[ \u00a0]+(?:minimum|minimal|moyen|moyenne|médian|médiane|de[ \u00a0]+base|brut|"
        rf"bruts|brute|net|nets|nette|légal|conventionnel|garanti|fixe|versée?s?))?[ \u00a0]+"
        rf"(?:(?P<unit>{resources.alternation(list(rows))})"
        rf"|(?P<item>(?:au|aux|à[ \u00a0]+la|à[ \u00a0]+l['’])[ \u00a0]*(?:{items}))"
        rf"|(?P<month>au[ \u00a0]+mois(?![ \u00a0]+d)))(?![\w-])", re.IGNORECASE)
    return pattern, {_key(p): period for p, period in rows.items()}


UNIT_OF_GROUP = {"item": "task", "month": "month"}  # the period of a unit `_named_units` reads outside periods.tsv


def named_units(text: str, start: int, end: int) -> list[tuple[str, int, int]]:
    """The unit a pay word gives its pay wherever it stands, next to an amount or not: "le taux horaire", "payés
    à la tâche", "payés au kilo", "payés au mois", "le salaire minimum journalier", "la rémunération par commande"
    (the words: data/word_lists.tsv, list unit_bearers): (period, start, end) of each unit phrase."""
    pattern, table = _named_units()
    found = []
    for m in pattern.finditer(text, start, end):
        group = m.lastgroup or "unit"  # which of "unit", "item" and "month" matched (typed str | None)
        period = table[_key(m[group])] if group == "unit" else UNIT_OF_GROUP[group]
        found.append((period, m.start(group), m.end(group)))
    return found


# A RATE that names a unit by a noun ("par jour", "la minute", "à la pièce", "de l'heure"), not by an adjective
# ("horaire", "mensuel": a participle after one is the sentence's verb, "un salaire mensuel fixé à").
UNIT_NOUN_RATE = re.compile(r"(?:par|la|le|l['’]|à[ \u00a0]+la|au|aux|chaque|de[ \u00a0]+l['’])[ \u00a0]*",
                            re.IGNORECASE)
# "l'heure" and "de l'heure" take no noun after them: the labels end "de l'heure de travail" at "heure".
HOUR_RATE = re.compile(r"(?:de[ \u00a0]+)?l['’]", re.IGNORECASE)


@cache
def _unit_complements() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """A participle or adjective right after a unit noun ("travaillé", "livrées", "parcouru", "supplémentaire"),
    and "de" with a noun, and a participle after it ("de mer", "d'audio", "de temps engagé"); not a
    determiner nor a number (data/word_lists.tsv, lists unit_participles and not_unit_complements)."""
    irregular = resources.word_alternation("unit_participles")
    participle = rf"(?:[a-zà-ÿ]{{2,}}(?:é|ée|és|ées)|{irregular})"
    stops = resources.word_alternation("not_unit_complements")
    after = re.compile(rf"[ \u00a0]+{participle}(?![\w'’-])")
    of_noun = re.compile(rf"[ \u00a0]+(?:de[ \u00a0]+|d['’][ \u00a0]*)"
                         rf"(?!(?:l['’]|la[ \u00a0]|le[ \u00a0]|les[ \u00a0]|\d|(?:{stops})(?![\w])))"
                         rf"[a-zà-ÿ][\w-]*(?:[ \u00a0]+{participle})?(?![\w'’-])")
    return after, of_noun


def rate_end(text: str, start: int, end: int) -> int:
    """Where the RATE mention `text[start:end]` ends once a unit noun takes its complement, as the golden spans
    do: "par jour travaillé", "par colis livré", "de l'heure connectée", "par minute d'audio", "par jour de mer"
    (cross-fitted dev, RATE mentions: 165 more match a labelled span exactly, 67 fewer)."""
    if not UNIT_NOUN_RATE.match(text, start):
        return end
    after, of_noun = _unit_complements()
    found = after.match(text, end) or (None if HOUR_RATE.match(text, start) else of_noun.match(text, end))
    return found.end() if found else end


# After a span of time, words that make it a particular one, not each: "le mois précédant la fête", "qui suit".
TARGET_SPAN_ENDS = re.compile(r"[ \u00a0]+(?:précédant|précédent|suivant|qui|de|du|des|d['’]|où)(?![\w-])",
                              re.IGNORECASE)


def target_period(text: str, end: int, limit: int) -> tuple[str, int, int] | None:
    """The span of time over which a bonus's target is counted, after the bonus (from `end` to `limit`): "une
    prime de 500 bahts pour ceux qui font plus de 600 commandes dans le mois" is paid by the month."""
    pattern, table = _units_at("target")
    for found in pattern.finditer(text, end, limit):
        if not TARGET_SPAN_ENDS.match(text, found.end()):  # "dans le mois précédant la fête" is no month's target
            return table[_key(found.group(0))], found.start(), found.end()
    return None


# A month named as the span of an earning: "sur le seul mois de janvier", "pour le mois de mars" (not "en
# décembre", which says when).
FRAME_MONTH = re.compile(rf"(?<![\w])(?:sur|pour)[ ]le[ ](?:seul[ ])?mois[ ]d['’e][ \u00a0]*(?:{MONTHS})(?![\w])",
                         re.IGNORECASE)


# A fiscal year an earning is counted over: "sa rémunération au titre de 2024", "pour l'exercice 2025" (not "pour
# 2025", which may say when a level applies).
FRAME_YEAR = re.compile(r"(?<![\w])(?:au[ ]titre[ ]de(?:[ ]l['’](?:année|exercice))?|pour[ ]l['’]exercice)"
                        r"[ \u00a0]+(?:19|20)\d\d(?![\w])", re.IGNORECASE)


# Before a span of time, words that make it say when: "jusqu'à la fin du mois", "d'ici la fin du mois", "payée à la
# fin du mois", "versés en fin de mois".
WHEN_BEFORE = re.compile(r"(?:jusqu['’]|d['’]ici[ \u00a0]+|(?<![\w])(?:payée?s?|versée?s?|virée?s?)[ \u00a0]+)$",
                         re.IGNORECASE)


@cache
def _change_before() -> re.Pattern[str]:
    """A word of a change shortly before a span of time: data/word_lists.tsv, list change_words."""
    words = resources.word_alternation("change_words")
    return re.compile(rf"(?:{words})[^.;:]{{0,30}}$", re.IGNORECASE)


def earning_frame(text: str, start: int, end: int) -> tuple[str, int, int] | None:
    """The span of time over which an amount was earned, named in text[start:end] (the amount's sentence):
    "sur l'année, ils perçoivent 21 400 euros" is pay for a year, "sur le seul mois de janvier, il a touché 560
    dollars" for a month, "sa rémunération au titre de 2024" for a year. Phrases: periods.tsv, position "frame",
    FRAME_MONTH and FRAME_YEAR. None when the sentence names none, or spans of two kinds."""
    pattern, table = _units_at("frame")
    found = [(table[_key(m.group(0))], m.start(), m.end()) for m in pattern.finditer(text, start, end)]
    found += [("month", m.start(), m.end()) for m in FRAME_MONTH.finditer(text, start, end)]
    found += [("year", m.start(), m.end()) for m in FRAME_YEAR.finditer(text, start, end)]
    # "en hausse de 10 % sur un an": the span of a change, not of an earning; "jusqu'à la fin du mois", "payée à la
    # fin du mois": when a contract ends or the pay comes in.
    found = [f for f in found if not _change_before().search(text, max(start, f[1] - 40), f[1])
             and not WHEN_BEFORE.search(text, max(start, f[1] - 20), f[1])]
    if not found or len({period for period, _, _ in found}) > 1:
        return None
    return min(found, key=lambda f: f[1])


@cache
def _qualifiers() -> tuple[re.Pattern[str], dict[str, str], re.Pattern[str], dict[str, str]]:
    before = [(p, q) for p, q, pos in resources.qualifiers() if pos == "before"]
    after = [(p, q) for p, q, pos in resources.qualifiers() if pos == "after"]
    before_re = re.compile(r"(?<![\w])(?P<phrase>" + resources.alternation([p for p, _ in before])
                           + r")[ \u00a0]*$", re.IGNORECASE)
    after_re = re.compile(r"[ \u00a0]*(?:" + resources.alternation([p for p, _ in after]) + r")(?![\w])",
                          re.IGNORECASE)
    return before_re, {_key(p): q for p, q in before}, after_re, {_key(p): q for p, q in after}


ONLY_AFTER_NEGATION = {"que", "qu'", "que de", "que d'"}  # "n'offre que 13,98 dollars", "n'est que de 300 euros"
NEGATION = re.compile(r"(?<![\w])(?:ne(?![\w])|n['’])[^.;:!?]{0,60}$", re.IGNORECASE)
# A negation a few words before a bound: "ne" and a second negative word ("n'a pas dépassé", "ne plus dépasser",
# "ne soit jamais payé moins de"), or a negative subject then "ne" ("qu'aucun marin ne gagne moins de", "personne
# ici ne gagne moins de", "aucun des livreurs rencontrés par le collectif ne touche plus de"), or "jamais" first
# ("Jamais les livreurs de Flink n'ont été payés moins de"). A "ne" alone is no negation: "avant que le salaire ne
# dépasse", "ils ne touchent que".
NEGATED_BOUND = re.compile(
    r"(?:(?<![\w])(?:ne[ \u00a0]+|n['’])(?:[\w'’-]+[ \u00a0]+){0,2}?(?:pas|plus|jamais|guère)[ \u00a0]+"
    r"(?:[\w'’-]+[ \u00a0]+){0,2}"
    r"|(?<![\w])(?:aucun|aucune|personne|nul|nulle|jamais)[ \u00a0]+(?:[\w'’-]+[ \u00a0]+){0,8}?"
    r"(?:ne[ \u00a0]+|n['’])(?:[\w'’-]+[ \u00a0]+){0,3}"
    # "ne" alone after a subject, with a modal: "ne peut être inférieur à", "ne saurait dépasser", "ne peut en
    # aucun cas excéder", "ne pourra être payé moins de"
    r"|(?<![\w])ne[ \u00a0]+(?:peut|peuvent|pourra|pourront|pourrait|pourraient|saurait|sauraient|doit|doivent)"
    r"(?:[ \u00a0]+en[ \u00a0]+aucun[ \u00a0]+cas)?[ \u00a0]+(?:être[ \u00a0]+(?:[\w'’-]+[ \u00a0]+)?)?)$",
    re.IGNORECASE)
# "rarement" a few words before a bound turns it round like a negation, whatever the bound: "dépassent rarement
# 1500 pesos", "débute rarement au-delà de 2 100 euros", "c'est rarement plus de 18 000 shillings" say at most.
RARELY = re.compile(r"(?<![\w])rarement[ \u00a0]+(?:[\w'’-]+[ \u00a0]+){0,2}$", re.IGNORECASE)
NEGATION_REACH = 100  # characters before a bound where its negation is looked for
FLIPPED = {"more_than": "less_than", "less_than": "at_least"}  # what a negated bound says


@cache
def _negatable_bounds() -> frozenset[str]:
    """The bounds a negation turns round (data/word_lists.tsv, list negatable_bounds): "dépasse 2 000 euros" is
    more_than, "n'a pas dépassé 900 euros" less_than; "moins de 500 euros" is less_than, "qu'aucun salarié ne gagne
    moins de 500 euros" at_least."""
    return frozenset(_key(w) for w in resources.word_list("negatable_bounds"))


@cache
def _verb_bound_adverb() -> re.Pattern[str]:
    """A verb that bounds an amount (a qualifier of qualifiers.tsv whose word starts with a stem of the list
    bound_verb_stems of data/word_lists.tsv), then an adverb of the list bound_adverbs that leaves the bound as it
    is, right before the amount: "dépasse pourtant 680 livres", "excèdent désormais les 2 000 euros", "avoisine
    aujourd'hui 4 000 francs". A negative adverb turns the bound round (`_negated_verb_bound`)."""
    _, before, _, _ = _qualifiers()
    stems = tuple(resources.word_list("bound_verb_stems"))
    verbs = [w for w in before if " " not in w and w.startswith(stems)]
    adverbs = resources.word_alternation("bound_adverbs")
    return re.compile(r"(?<![\w])(?P<phrase>" + resources.alternation(verbs) + r")[ \u00a0]+(?:" + adverbs
                      + r")(?:[ \u00a0]+les)?[ \u00a0]*$", re.IGNORECASE)


@cache
def _negated_verb_bound() -> re.Pattern[str]:
    """A verb of `_negatable_bounds` that bounds from below, then a negative adverb, right before an amount: "ne
    dépasse pas (les)", "n'excèdent guère", "dépassent rarement" say at most (less_than)."""
    _, before, _, _ = _qualifiers()
    verbs = [w for w in _negatable_bounds() if before.get(w) == "more_than"]
    adverbs = resources.word_alternation("bound_adverbs")
    return re.compile(r"(?<![\w])(?:ne[ \u00a0]+|n['’])?(?:" + resources.alternation(verbs) + r")[ \u00a0]+"
                      r"(?:(?:" + adverbs + r")[ \u00a0]+)?"  # "ne dépasse toujours pas"
                      r"(?:pas|plus|jamais|guère|rarement)(?:[ \u00a0]+les)?[ \u00a0]*$", re.IGNORECASE)


def qualifier_of(text: str, start: int, end: int) -> tuple[str, str] | None:
    """The qualifier of an amount at [start, end), before it or after it or its unit: (qualifier, phrase) or
    None. "que" counts only after a negation ("n'offre que 13,98 dollars"); a negation turns a bound of
    `_negatable_bounds` round, before it ("n'a pas dépassé") or right after its verb ("ne dépasse pas"). A phrase
    of qualifier "none" in qualifiers.tsv bounds nothing ("40 euros au plus tard")."""
    before_re, before, after_re, after = _qualifiers()
    window = text[max(0, start - 40):start]
    negated = _negated_verb_bound().search(window)
    if negated:
        return "less_than", _key(negated.group(0).strip())
    m = before_re.search(window) or _verb_bound_adverb().search(window)
    if m:
        phrase = _key(m.group("phrase").strip())
        qualifier = before.get(phrase)
        if qualifier and qualifier != "none" and not (
                phrase in ONLY_AFTER_NEGATION and not NEGATION.search(window[:m.start()])
                and "peu" not in window[:m.start()][-12:]):
            bound = start - len(window) + m.start()
            if qualifier in FLIPPED and (
                    (phrase.removesuffix(" les") in _negatable_bounds()
                     and NEGATED_BOUND.search(text, max(0, start - NEGATION_REACH), bound))
                    or RARELY.search(text, max(0, bound - NEGATION_REACH), bound)):
                return FLIPPED[qualifier], phrase  # "n'a pas dépassé 900 euros", "rarement plus de 500 euros"
            return qualifier, phrase
    m = after_re.match(text, end)
    if m is None and (unit := period_after(text, end)):
        m = after_re.match(text, unit[2])  # after the amount's unit: "40 euros par jour au plus"
    if m:
        phrase = _key(m.group(0).strip())
        return None if after[phrase] == "none" else (after[phrase], phrase)
    return None
