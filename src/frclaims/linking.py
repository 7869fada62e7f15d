"""Linking: from the mentions of an article to its wage claims.

For every money amount in the body it decides whether it is pay (a transparent score over context cues from
data/cues.tsv: pay words and periods add, prices, company finances, fines, costs and increments subtract),
then fills period, kind, qualifier, organisations, place and role from the amount's clause, its sentence and
the sentences before it, and counts claims as SPEC section 2 says (one per amount, currency and period;
a restatement in another currency is a conversion). Every decision is written into the claim's provenance.
"""
from __future__ import annotations

import bisect
import re
from collections import Counter
from dataclasses import dataclass, field, replace
from decimal import Decimal
from functools import cache, cached_property

from . import company_reference, places, resources
from .context_words import part_around, same_clause
from .money import HEDGED_END, SENTENCE_END, MoneyMention
from .kindmodel import KindModel
from .kindmodel import default_model as default_kind_model
from .learnt import name_of as org_name
from .organisations import (AGE_AFTER, ALIAS_SOURCE, EMPLOYER_TYPES, INSTITUTION_SOURCE, NAME_BEFORE_AGE,
                            employed_by, org_type)
from .orgmodel import OrgModel
from .orgmodel import default_model as default_org_model
from .orgmodel import index as org_index
from .paymodel import PayModel
from .paymodel import default_model as default_pay_model
from .periods import (TIME_PERIODS, earning_frame, instalments_after, per_person_after, period_after, period_before,
                      period_in_sentence, period_of_question, qualifier_of, rate_before, rate_end, several_units_after,
                      several_units_before, target_period, unit_before, unit_opening, unit_subject,
                      working_time_after, working_time_before)
from .periodmodel import PeriodModel
from .periodmodel import default_model as default_period_model
from .placemodel import PlaceModel, currencies_of
from .placemodel import default_model as default_place_model
from .placemodel import index as place_index
from .rolemodel import RoleModel
from .rolemodel import default_model as default_role_model
from .rolemodel import index as role_index
from .places import mention_country
from .records import Amount, Claim, Mention, NamedRef, PlaceRef, RoleRef, Span
from .resources import word_alternation as _words

PERIOD_WEIGHT = 2.0       # a pay unit next to the amount is strong evidence of pay
ROLE_WEIGHT = 1.0         # workers named in the amount's clause
SENTENCE_FACTOR = 0.5     # pay cues elsewhere in the sentence count half
LOOKBACK_SENTENCES = 2    # how far back organisations are looked for (on 301 dev articles 1-4 give .586 .591 .586 .576)
ANAPHORA_SENTENCES = 8    # and, when the amount's sentence names a company by a noun ("l'entreprise"), this far
ROLE_LOOKBACK = 2         # how many sentences back roles are looked for
PLACE_LOOKBACK = 10       # and places, within the paragraph (on dev, 3, 5 or 20 back: place 0.633; 2 back: 0.630)
SEAT_REACH = 80           # characters from an organisation's name's start to the place of its seat ("X, basée à")
MAIN_ORG_MENTIONS = 3     # an organisation named this often is the article's payer when no sentence names one
# An organisation in apposition with the employer of the article's workers or speaker: "Net&Clair, mon employeur",
# "Leur employeur, Siam Cargo Link, travaille pour Kartly", "Notre employeur, le Département, nous paie".
EMPLOYER = r"(?:mon|ma|notre|nos|leur|leurs|son|sa|ses)[ \u00a0]+employeu(?:r|se|rs)"
EMPLOYER_AFTER = re.compile(rf"[ \u00a0]*,[ \u00a0]*{EMPLOYER}(?![\w])", re.IGNORECASE)
EMPLOYER_BEFORE = re.compile(rf"(?<![\w]){EMPLOYER}[ \u00a0]*[,:][ \u00a0]*(?:(?:le|la|les)[ \u00a0]+|l['’])?$",
                             re.IGNORECASE)
BEFORE_CHARS = 90         # the local window before an amount
AFTER_CHARS = 60          # and after it (cut at the next comma)
LARGE = {"EUR": Decimal(1_000_000), "USD": Decimal(1_000_000), "GBP": Decimal(1_000_000),
         "CHF": Decimal(1_000_000), "CAD": Decimal(1_000_000)}
LARGE_OTHER = Decimal(1_000_000_000)
HYPOTHETICAL_WEIGHT = -6.0  # "s'il gagnait 100 euros": a sum imagined, not paid
TO_ORGANISATION_WEIGHT = -6.0  # "verse 0,35 dollar à Sada Labs": a payment between companies, or a fee
TO_WORKERS_WEIGHT = 2.0   # "en reverse 6 $ au sous-titreur": a sum that goes to workers
CUSTOMER_WEIGHT = -6.0    # a price, whatever pay words the sentence has: "la famille paie 32 euros de l'heure",
                          # "9 dollars de l'heure par modérateur" (billed per worker)
LARGE_WEIGHT = -3.0       # a million euros is rarely a wage unless a pay word says so
EXECUTIVE_SCALE = 10      # an executive's pay with no unit is pay for a year from a tenth of LARGE (100 000 euros)
STRONG_PAY_CUE = 2        # a pay word that weighs this much says so ("rémunération"); "revenus" may be a company's

# NOTE: keep in sync with data/cues.tsv
BONUS_CUES = {"prime*", "bonus", "gratification*", "prime de partage de la valeur", "intéressement"}
ONE_OFF = "pay:one-off"  # the mark of a claim a cue of `_one_off_cues` made
# Pay words whose subject earns the amount ("Messi gagne 50 millions de dollars par an à l'Inter Miami"): "à" and an
# organisation after it say where it is earned, not to whom it goes. NOTE: keep in sync with data/cues.tsv.
EARNER_CUES = {"gagn*", "touch*", "perçoi*", "perçu*", "percev*", "empoch*", "émarg*"}
# Their stems, which the cues of other families that begin with them share: "touchera" and "gagnera" are cues of
# offered pay (data/cues.tsv), whose subject earns the amount too.
EARNER_STEMS = tuple(cue.rstrip("*") for cue in EARNER_CUES)
# The cues of starting pay (data/cues.tsv: "débute à", "démarrent à", "débutait à"...). Right before the amount, with
# workers before it in the clause, their subject earns it too: "une infirmière débute à 6 400 francs aux Hôpitaux
# universitaires de Genève" earns it there. Not "La mission débute à la mi-mars et le groupe verse 3 000 euros au
# cabinet" (another verb pays the amount), nor "Les chambres débutent à 95 euros à l'hôtel" (a price: no workers).
STARTING_STEMS = ("début", "démarr")
EARNED_OR_PROMISED = EARNER_CUES | {"promis*"}  # cues of an amount that a cost completing another one leaves alone
LIST_WORD = re.compile(r"(?<![\w-])(?:et|ou)(?![\w-])", re.IGNORECASE)  # "X de chiffre d'affaires et perçu Y"
# A bonus word, up to three words, then "comprise" or "incluse": the bonus is part of the amount.
INCLUDED = re.compile(r"\w+(?:[ \u00a0]+[\w'’-]+){0,3}?[ \u00a0]+(?:non[ \u00a0]+)?"
                      r"(?:compris|comprise|comprises|inclus|incluse|incluses)(?![\w])", re.IGNORECASE)
SEVERAL_UNITS = "period:several-units"  # pay for several units of time, or a share per person, keeps no period
NOT_PAY_FAMILIES = {"finance", "price", "cost"}  # cue families of money that is not pay
STRONG_NOT_PAY_CUE = -4  # in a sentence with a cue this strong against pay, workers named do not make pay
NOT_PAY_SENTENCE = {"finance", "price", "fine", "contract"}  # "L'amende atteint 4 000 euros par salarié, et 8 000"
STRONG_PRICE_CUE = -3    # a price word this strong makes its sentence one about a price ("client" alone does not)
PRICE_FAMILIES = {"finance", "price"}  # what customers pay and company finances, not costs borne by workers
COST_FAMILIES = {"cost", "price"}  # what is taken off before "il me reste": costs and prices paid by the worker
KIND_OF = {"reference": "reference", "statutory": "reference", "offered": "offered"}
PAY_CONTEXT = 2           # sentences before an amount read for pay in its currency (`_pay_context`)
PAY_CONTEXT_RATIO = Decimal(30)  # an amount this many times larger or smaller than that pay is no level of it
PAY_CATEGORIES = ("pay", "statutory", "reference", "offered")  # cue families that speak of pay
STRONG_KIND_CUE = 2       # a kind cue elsewhere in the sentence overrides a pay word in the clause from this weight

def _hedge() -> str:
    """The hedges a restatement in another currency may carry, one or two ("à peine plus de 70 euros"), each with
    its space or its elided "de" ("un peu plus d'un euro"): data/word_lists.tsv, list conversion_hedges."""
    elided = [w[:-1] for w in resources.word_list("conversion_hedges") if w.endswith(" de")]
    return rf"(?:(?:(?:{_words('conversion_hedges')})[ \u00a0]+|(?:{resources.alternation(elided)})['’]){{1,2}})"


# After an amount, what makes it a difference, not a restatement: "ça fait 4 euros de moins que le SMIC".
A_DIFFERENCE = re.compile(r"[ \u00a0]+de[ \u00a0]+(?:plus|moins)(?![\w])", re.IGNORECASE)
# A comma alone before a restatement that is itself approximate: "8000 forints par vacation, une vingtaine d'euros".
APPOSED = re.compile(r"[ \u00a0]*,[ \u00a0]*")
APPOSED_END = re.compile(r"[ \u00a0]*(?:[,.;!?)»”]|$)")  # an apposition ends: nothing of its own follows the amount


@cache
def _next_restatement() -> re.Pattern[str]:
    """Between two restatements of one amount, in a third currency: "ou" ("soit environ 3 000 cedis ou 270
    dollars", "l'équivalent de 300 000 ariary ou de 66 dollars"), or inside the bracket that opened the first, a
    comma or "et" ("2 dollars (1,80 euro, ou 68 bolivars)", "(1,80 euro et 260 shillings)")."""
    hedge = _hedge()
    return re.compile(rf"""[ \u00a0]*,?[ \u00a0]*ou[ \u00a0]+(?:de[ \u00a0]+|d['’])?{hedge}?
                           |(?P<bracketed>[ \u00a0]*(?:,[ \u00a0]*(?:(?:ou|et)[ \u00a0]+)?|et[ \u00a0]+){hedge}?)""",
                      re.VERBOSE | re.IGNORECASE)


@cache
def _conversion_gap() -> re.Pattern[str]:
    """What stands between an amount and its restatement in another currency. The hedges a restatement may
    carry ("environ", "quelque", "un peu plus de") and the verbs that restate ("ce qui équivalait à", "l'équivalent
    de"): data/word_lists.tsv, lists conversion_hedges and conversion_verbs."""
    hedge = _hedge()
    verbs = _words("conversion_verbs")
    return re.compile(
        rf"""^[ \u00a0\u202f]*(?:de[ ](?:plus|moins)[ ]*|supplémentaires?[ ]*)?   # "4 dollars de plus, soit 13 centimes"
            (?:
              (?:[\w'’]+[ ]){{0,3}}                                 # "par mois cette année (environ 230 euros)"
              [(\[][ \u00a0]*(?:soit[ \u00a0]+|l['’]équivalent[ ]de[ \u00a0]+|~[ \u00a0]*|≈[ \u00a0]*)?{hedge}?
                                          # "(6,9 euros)", "(soit 60 euros)", "(quelque 1 080 euros)", "[90 euros]"
            | ,[ \u00a0]*ou[ \u00a0]+{hedge}                  # "1,46 dollar de l'heure, ou environ 1,30 euro"
            | ,?[ \u00a0]*(?:(?:soit|c['’]est-à-dire|ou[ ]encore)[ \u00a0]+
                           |(?:(?:ce|cela)[ ]+(?:qui[ ]+)?)?(?:y[ ]+)?(?:{verbs})[ \u00a0]+  # "ce qui équivalait à"
                           |l['’]équivalent[ ]d['’])         # "l'équivalent d'1,60 dollar"
              {hedge}?
                                                                  # "soit moins de 4 euros"
            | (?:[ \u00a0]+(?:en|depuis|dès)[ \u00a0]+(?:19|20)\d\d      # "par mois en 2025, environ 400 euros"
                 |(?:[ \u00a0]+[\w'’-]+){{1,3}})?                   # "par minute d'audio validée, environ 23 centimes"
              (?:,|[ \u00a0]*[–—])[ \u00a0]*{hedge}                # "par mois, environ 675 dollars", "– quelque 12 €"
            )$""",
        re.VERBOSE | re.IGNORECASE,
    )


@cache
def _conversion_opener() -> re.Pattern[str]:
    """Right before an amount, the words that open a restatement in another currency: "soit à peine", "(environ",
    "l'équivalent de". The hedges: data/word_lists.tsv, list conversion_hedges."""
    hedge = _hedge()
    return re.compile(rf"(?:\([ \u00a0]*(?:soit[ \u00a0]+)?|(?<![\w-])(?:soit|c['’]est-à-dire|l['’]équivalent[ ]de)"
                      rf"[ \u00a0]+){hedge}?(?:de[ \u00a0]+)?$", re.IGNORECASE)


# After an amount, the rate it was converted at: "3,60 dollars au taux officiel", "280 euros au cours actuel".
EXCHANGE_RATE = re.compile(r"[ \u00a0]*(?:au|selon[ ]le|d['’]après[ ]le)[ \u00a0]+(?:taux|cours)(?![\w])", re.IGNORECASE)


# Between an amount and one unit of another currency: the amount is an exchange rate ("la livre est tombée à 49
# livres pour un dollar", "16 000 dongs pour 1 euro"), not pay.
PER_UNIT_OF_CURRENCY = re.compile(r"[ \u00a0]*(?:pour|contre|=)[ \u00a0]*", re.IGNORECASE)


def _exchange_rate(article: Article, i: int) -> bool:
    """Whether amount `i` is the price of one unit of another currency, or that unit: "49 livres pour un
    dollar"."""
    return any(0 <= k and k + 1 < len(article.money) and _per_unit(article, article.money[k], article.money[k + 1])
               for k in (i, i - 1))


def _per_unit(article: Article, money: MoneyMention, after: MoneyMention) -> bool:
    return (PER_UNIT_OF_CURRENCY.fullmatch(article.text, money.end, after.start) is not None
            and after.min == after.max == 1 and after.currency != money.currency)


@cache
def _media_context() -> re.Pattern[str]:
    """An organisation named as the source of a figure (a media outlet, a study's author) is not its payer.
    The words: data/word_lists.tsv, lists media_context, media_source_nouns, media_source_participles and
    source_body_nouns."""
    return re.compile(
        rf"""(?:{_words('media_context')}                                  # "selon", "le quotidien"
              |(?:{_words('media_source_nouns')})(?:[ ][a-zà-ÿ-]+){{0,2}}[ ](?:de|du|des|d['’])
                                                                   # "une étude de", "l'enquête annuelle de"
              |(?:{_words('media_source_participles')})(?:[ ][\w'’-]+){{0,3}}?[ ]par
                 (?:[ ](?:le|la|les|l['’])[ ]?(?:{_words('source_body_nouns')}))?)
                                                  # "publiée par", "publiée en février par le cabinet"
            [ \u00a0]*(?:\w+[ \u00a0]+)?(?:l['’])?$""",
        re.IGNORECASE | re.VERBOSE,
    )


ACRONYM = re.compile(r"[A-Z]{2,5}")
# "Pour" opening a sentence, then a name and a comma: whose view follows ("Pour Amnesty International, le salaire
# réel tournait autour de 750 riyals"), unless our table knows an employer there ("Pour Uber, les chauffeurs
# gagnent": where they work as much as whose view).
FRONTED_FOR = re.compile(r"(?:^|[.!?»:\n][ \u00a0]*)Pour[ \u00a0]+(?:l['’]|la[ \u00a0]+|le[ \u00a0]+|les[ \u00a0]+)?$")


@cache
def _not_payer_name() -> re.Pattern[str]:
    """A name that says it is a council, a fund, a ministry, a union or an association does not pay the workers
    ("Conseil des EPF", "Kenya Online Drivers Union"). The words: data/word_lists.tsv, list not_payer_names
    (case-sensitive), anywhere in the name."""
    return re.compile(rf"(?<![\w-])(?:{_words('not_payer_names')})(?![\w-])")


# Right before a name, the start of its clause: the name is the clause's subject ("Nasima devait toucher"), not a
# complement of it ("les employés de l'agence Tempora touchent"). Not after "et" (list clause_openers has it): "Baemin
# et Coupang Eats sont payés" lists the names of a complement.
CLAUSE_OPENS = re.compile(r"(?:^|[.!?;:,«»\"“”(—–][ \u00a0]*|(?<![\w-])(?:mais|or|puis)[ \u00a0]+)$")


@cache
def _earner_after() -> re.Pattern[str]:
    """Right after a name, a verb of earning and a figure: the name earns it ("Nasima devait toucher 1 500 riyals",
    "Squeezie toucherait entre 100 000 et 150 000 euros"); not a verb a payer's pay starts at ("Carrefour démarre
    à 1 900 euros"). The words: data/word_lists.tsv, lists earner_auxiliaries and earner_verbs."""
    auxiliaries = _words("earner_auxiliaries")
    return re.compile(rf"[ \u00a0]+(?:(?:ne[ \u00a0]+|n['’])?(?:{auxiliaries})[ \u00a0]+(?:pas[ \u00a0]+)?)?"
                      rf"(?:{_words('earner_verbs')})(?![\w'’-])(?=[^.;:!?]{{0,60}}\d)", re.IGNORECASE)


@cache
def _client_before() -> re.Pattern[str]:
    """An organisation named as the client, the subcontractor or the owner in a working relation: "son principal
    client est", "sous-traitant de", "elle passe par", "le site appartient à", "le nettoyage est confié à", and
    what it is between them ("de la start-up américaine Helixa", "à une entreprise de services, Netia Serveis").
    The words: data/word_lists.tsv, lists client_before, client_of, partner_before, client_apposed and
    company_nouns."""
    return re.compile(
        rf"""(?:{_words('client_before')}|(?:{_words('client_of')})[ ](?:de|d['’])|{_words('partner_before')}
               |(?:{_words('client_apposed')}),)                    # "son principal client, Lumora AI"
            (?:[ ](?:est|sont|reste|demeure))?[ :]*
            (?:(?:l['’]|le[ ]|la[ ]|les[ ]|une?[ ]|des[ ])?       # what it is: "une entreprise de services,"
               (?:{_words('company_nouns')})s?(?:[ ][a-zà-ÿ'’-]+){{0,2}},?[ ])?
            (?:l['’]|le[ ]|la[ ]|les[ ])?
            (?:[a-zà-ÿ-]+[ ])?$                                   # an adjective: "les marques américaines"
            """,
        re.IGNORECASE | re.VERBOSE,
    )


LIST_JOINER = re.compile(r",[ \u00a0]+|[ \u00a0]+(?:et|ou)[ \u00a0]+|,[ \u00a0]+(?:et|ou)[ \u00a0]+")


@cache
def _partner_opening() -> re.Pattern[str]:
    """What opens a sentence that names a partner of the company before: "Son sous-traitant, " (data/word_lists.tsv,
    list partner_openings), after quotes or a dash."""
    return re.compile(rf"[\s«“\"—–-]*(?:{_words('partner_openings')}),[ \u00a0]+"
                      rf"(?:l['’]|(?:le|la|les)[ \u00a0]+)?", re.IGNORECASE)


@cache
def _client_after() -> re.Pattern[str]:
    """A client named before what it does not do itself: "Klipsy ne les emploie pas directement". The words:
    data/word_lists.tsv, list client_after."""
    return re.compile(rf"[ ]+(?:{_words('client_after')})(?![\w])", re.IGNORECASE)


# Types of data/organisations.tsv that never pay the workers of a claim.
NOT_PAYERS = {"media", "product", "union", "public", "ngo"}
# Sources of mentions that a claim names by their value (the full name), not by their text: see `display_name`.
FULL_NAME_SOURCES = {"propagated:org", "context:acronym", ALIAS_SOURCE}


@cache
def _affiliation() -> re.Pattern[str]:
    """An organisation named as where someone studied, or as the affiliation of a person quoted, is not the
    workers' payer: "diplômée de philologie de l'université d'État de Tbilissi", "Kristina Hofer, sociologue à
    l'université de Vienne", "une étude menée par des chercheurs de l'université d'État de l'Oregon". A title
    counts after a comma (an apposition to a name) or as the authors of a study, not alone: "un maître de
    conférences à l'université de Lille gagne" names the payer. Group "title": a title in apposition, which names
    the employer when the name earns the figure after it (`_not_payer_because`). The words: data/word_lists.tsv,
    lists education_words and affiliation_titles."""
    return re.compile(
        rf"""(?:(?<![\w-])(?:{_words('education_words')})
              |,[ \u00a0]*(?P<title>{_words('affiliation_titles')})
              |(?<![\w-])(?:par|selon|d['’]après)[ \u00a0]+(?:des|les|deux|trois|une[ \u00a0]+équipe[ \u00a0]+de)
               [ \u00a0]+(?:{_words('affiliation_titles')})s?)
            (?:[ \u00a0][\w'’-]+){{0,5}}?[ \u00a0]+(?:à|au|de|du|d['’])[ \u00a0]*(?:la[ \u00a0]+|le[ \u00a0]+|l['’])?$""",
        re.IGNORECASE | re.VERBOSE,
    )


@cache
def _not_payer_context() -> re.Pattern[str]:
    """The same, said by the noun that introduces a name the table does not know: "le syndicat SEIU".
    The words: data/word_lists.tsv, list not_payer_context."""
    return re.compile(
        rf"""(?:{_words('not_payer_context')})s?                      # "le syndicat", "les syndicats"
            (?:[ \u00a0][\w'’-]+){{0,3}}?[ \u00a0]*\(?$""",
        re.IGNORECASE | re.VERBOSE,
    )


@cache
def _carried_by() -> re.Pattern[str]:
    """Right before a name, what makes it carry pay to the workers rather than pay it: "via", "sur", "par" (or "par
    l'intermédiaire de"), a determiner, a noun of data/word_lists.tsv list payment_carrier_nouns (group "noun"), and
    another name listed before it ("versés sur le portefeuille électronique Zelvo", "sur leur compte Airtm", "via
    Payoneer ou Airtm"). With no noun, only a payment service of our table is carried so (`_not_payer_because`):
    "payés par Remotasks" names the payer."""
    return re.compile(rf"""(?<![\w-])(?:via|sur|par|vers|par[ \u00a0]l['’]intermédiaire[ \u00a0]d(?:e[ \u00a0]|['’]))
                           [ \u00a0]*(?:(?:le|la|les|l['’]|un|une|des|son|sa|ses|leur|leurs)[ \u00a0]*)?
                           (?P<noun>(?:{_words('payment_carrier_nouns')})[ \u00a0]+)?
                           (?-i:[A-ZÀ-Ý][\w-]*(?:[ \u00a0][A-ZÀ-Ý][\w-]*)?[ \u00a0]*(?:,|ou|et)[ \u00a0]+)?$""",
                      re.IGNORECASE | re.VERBOSE)


@cache
def _not_payer_apposed() -> re.Pattern[str]:
    """Right after a name (and the acronym in brackets after it), a comma and a noun in apposition that says it
    inspects, regulates, judges, studies or speaks for workers: ", l'inspection du travail italienne".
    The words: data/word_lists.tsv, list not_payer_appositions."""
    return re.compile(rf"(?:[ \u00a0]*\([^()]{{1,20}}\))?[ \u00a0]*,[ \u00a0]*"
                      rf"(?:l['’][ \u00a0]*|(?:le|la|les|un|une)[ \u00a0]+)?"
                      rf"(?:{_words('not_payer_appositions')})(?![\w-])", re.IGNORECASE)


@cache
def origin_before() -> re.Pattern[str]:
    """The words right before a place a worker comes from ("arrivé de Katmandou", "originaires du Népal", "venus
    pour l'essentiel d'Inde"), not where the worker is. The words: data/word_lists.tsv, lists origin_phrases and
    origin_hedges."""
    return re.compile(rf"(?<![\w-])(?:{_words('origin_phrases')})[ \u00a0]+(?:(?:{_words('origin_hedges')})[ \u00a0]*)?"
                      rf"(?:de[ \u00a0]+|du[ \u00a0]+|des[ \u00a0]+|d['’]|à[ \u00a0]+)(?:la[ \u00a0]+|l['’])?$",
                      re.IGNORECASE)


# Between two places of one list of origins: "venus d'Inde, du Pakistan et du Népal".
NEXT_ORIGIN = re.compile(r"[ \u00a0]*(?:,[ \u00a0]*|[ \u00a0]+)(?:(?:et|ou)[ \u00a0]+)?"
                         r"(?:de[ \u00a0]+|du[ \u00a0]+|des[ \u00a0]+|d['’])(?:la[ \u00a0]+|l['’])?", re.IGNORECASE)


# A ship's flag names a registry, not where its crew is nor what it is paid in: "battant pavillon libérien".
FLAG_BEFORE = re.compile(r"(?<![\w-])pavillons?[ \u00a0]+(?:de[ \u00a0]+|du[ \u00a0]+|des[ \u00a0]+|d['’])?$",
                         re.IGNORECASE)


@cache
def _fronted_seat() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """Before and after a place that a participle opening the sentence makes a company's seat, the company named
    after the comma: "Basée à Montréal, l'entreprise Annotix paie ses étiqueteurs de Bangalore", "Installée à
    Paris, la start-up Isahit". The words: data/word_lists.tsv, lists located_participles and company_nouns."""
    before = re.compile(rf"(?:^|[.!?«»\n])[ \u00a0]*(?:{_words('located_participles')})e?s?[ \u00a0]+"
                        rf"(?:à|en|au|aux|dans[ \u00a0]l[ae])[ \u00a0]*$", re.IGNORECASE)
    after = re.compile(rf"[^,.;:!?]{{0,40}},[ \u00a0]*(?:{DETERMINER}[ \u00a0]*)?(?:[\w-]+[ \u00a0]+)?"
                       rf"(?:{_words('company_nouns')})s?(?![\w])", re.IGNORECASE)
    return before, after


def company_seats(text: str, places_named: list[Mention]) -> set[int]:
    """The places (by `id`) that a participle opening their sentence makes a company's seat (`_fronted_seat`), when
    the sentence names another place after them, where the workers are ("Basée à Montréal, l'entreprise Annotix
    paie ses étiqueteurs de Bangalore"); alone, the seat is the story's only place ("Installée à Montréal, la
    start-up paie ses annotateurs 20 dollars de l'heure" are Canadian dollars). `places_named` is in text order."""
    before, after = _fronted_seat()
    seats = set()
    for k, place in enumerate(places_named):
        if before.search(text, max(0, place.start - 40), place.start) and after.match(text, place.end) \
                and any(not SENTENCE_END.search(text, place.end, other.start)
                        for other in places_named[k + 1:k + 4]):
            seats.add(id(place))
    return seats


def not_origins(text: str, mentions: list[Mention]) -> list[Mention]:
    """The places of `mentions` (in order) that name no place workers come from: not "venus de Lviv", nor each
    place of a list of origins ("venus d'Éthiopie, d'Ouganda ou de Somalie"), nor a ship's flag (`FLAG_BEFORE`)."""
    found, origin_end = [], -1
    for p in mentions:
        if FLAG_BEFORE.search(text, max(0, p.start - 20), p.start):
            continue
        if origin_before().search(text[max(0, p.start - 40):p.start]) or (
                origin_end >= 0 and NEXT_ORIGIN.fullmatch(text, origin_end, p.start)):
            origin_end = p.end
        else:
            found.append(p)
    return found


NET_OF_REACH = 120  # characters from "après" to the comma that closes the costs


@cache
def _net_of() -> re.Pattern[str]:
    """"Une fois" and what is taken off the worker's pay: "une fois l'essence retranchée", "une fois la commission
    de la plateforme déduite" (the participles: data/word_lists.tsv, list net_of_participles); or the costs a
    sentence opens with, up to the last comma before the amount: "Après la location, l'essence et la commission de
    17 % prélevée par la plateforme, il affirme gagner 150 000 FCFA"."""
    return re.compile(rf"(?<![\w-])une[ \u00a0]+fois[ \u00a0]+[^.;:!?]{{0,60}}?(?<![\w-])"
                      rf"(?:{_words('net_of_participles')})(?![\w-])"
                      rf"|(?<![\w-])(?:après|déduction[ \u00a0]+faite[ \u00a0]+d(?:e|u|es|['’]))[ \u00a0]*"
                      rf"[^.;:!?]{{0,{NET_OF_REACH}}},", re.IGNORECASE)


WORKER_VERB = resources.Cue("verbe-du-travailleur", "pay", 2.0, "before")  # `_worker_verb`
# Between a worker and their verb: a few words, commas, "en" ("le livreur en conserve 1 000 francs"), an adverb
# ("un traducteur technique facturait couramment"), an apposition ("les formateurs, souvent indépendants,
# facturent"); no determiner, pronoun or name, which would bring another subject ("les livreurs, la plateforme
# facture", "les inspecteurs du travail, Lusocarne facturait").
SUBJECT_GAP = re.compile(r"(?:[ \u00a0]*,?[ \u00a0]*(?!(?:le|la|les|l|un|une|des|du|il|ils|elle|elles|on|nous|vous"
                         r"|qui|que|qu|dont|et|ou|mais|sa|son|ses|leur|leurs)(?![\w-]))[a-zà-ÿœæ][\w'’-]*){0,3}"
                         r"[ \u00a0]*,?[ \u00a0]*")
FIRST_PERSON = re.compile(r"(?<![\w-])(?:je[ \u00a0]+|j['’])(?:[\w'’-]+[ \u00a0]+){0,2}$", re.IGNORECASE)
# A person the sentence introduces by an age, right before the verb: "Rahima, 24 ans, encaisse 9 000 takas".
AGED_PERSON = re.compile(rf"{NAME_BEFORE_AGE.pattern}{AGE_AFTER.pattern}[ \u00a0]*,?[ \u00a0]*$")


@cache
def _worker_verbs() -> re.Pattern[str]:
    """The verbs that speak of pay when a worker is their subject (data/word_lists.tsv, list worker_subject_verbs);
    not the noun after "de" ("les médecins de garde")."""
    return re.compile(rf"(?<![\w-])(?<!de )(?:{_words('worker_subject_verbs')})(?![\w-])", re.IGNORECASE)


def _worker_verb(article: Article, local: list[tuple[resources.Cue, int]], start: int, end: int
                 ) -> list[tuple[resources.Cue, int]]:
    """`local`, the cues of an amount's clause, with the last verb of `worker_subject_verbs` before the amount
    (`start` to `end`) read as pay when a worker is its subject: a worker named just before it ("un traducteur
    technique facturait couramment 0,12 euro le mot", "le conducteur garde 510 francs") or the speaker ("je
    facturais 4.000 euros") or a person introduced by an age ("Rahima, 24 ans, encaisse"). What the verb's own cue
    said (a price: "Transligne facture 0,16 euro le mot à ses clients") is then dropped. A verb with another
    subject is left as the cues read it."""
    verbs = list(_worker_verbs().finditer(article.text, start, end))
    if not verbs:
        return local
    verb = verbs[-1]
    at = verb.start()
    roles = starting_in(article.sorted_roles, start, at)
    by_worker = bool(roles) and roles[-1].end <= at and SUBJECT_GAP.fullmatch(article.text, roles[-1].end, at)
    if not (by_worker or FIRST_PERSON.search(article.text, start, at)
            or AGED_PERSON.search(article.text, start, at)):
        return local
    return [(cue, offset) for cue, offset in local if not at <= offset < verb.end()] + [(WORKER_VERB, at)]


@cache
def _national_scope() -> re.Pattern[str]:
    """Words that say a figure holds for a whole country ("l'Union nationale des livreurs", "dans tout le pays").
    The words: data/word_lists.tsv, list national_scope."""
    return re.compile(rf"(?<![\w-])(?:{_words('national_scope')})(?![\w-])", re.IGNORECASE)


def _national(article: Article, sentence: Span, country: str | None) -> bool:
    """Whether a claim's sentence says its figure holds for the whole of `country`: a national-scope word, or the
    country's own adjective outside an amount ("le salaire minimum portugais", but not "45 000 shillings kényans",
    where the adjective names the currency)."""
    if country is None:
        return False
    if _national_scope().search(article.text, sentence.start, sentence.end):
        return True
    return any(code == country and not any(m.start <= offset <= m.end + 1 for m in article.money)
               for offset, code in places.demonyms_in(article.text, sentence.start, sentence.end))


def _minimum_of(article: Article, sentence: Span, money: MoneyMention) -> Mention | None:
    """The demonym that says whose legal minimum an amount is, nearest to it in its sentence: "le salaire minimum
    neuchâtelois atteint 21,31 francs" is Neuchâtel's, "le salaire minimum lituanien, relevé à 1 038 euros"
    Lithuania's, whatever place the article is about. On dev, the labels place 61 of the 61 minimums so named
    at the demonym."""
    named = places.minimum_demonyms(article.text, sentence.start, sentence.end)
    return min(named, key=lambda a: abs(a.start - money.start), default=None)


@cache
def _company_place() -> re.Pattern[str]:
    """A place that qualifies a company ("une entreprise de la Silicon Valley", "une plateforme de micro-tâches
    installée à San Francisco", "basée à Austin, au Texas") is not where the workers are. The words:
    data/word_lists.tsv, lists company_nouns and located_participles."""
    return re.compile(
        rf"""(?:{_words('company_nouns')})s?
            (?:[ \u00a0][\w'’-]+){{0,3}}?[ \u00a0]
            (?:de[ \u00a0]la|du|des|de|d['’]
              |(?:{_words('located_participles')})e?s?[ \u00a0](?:à|en|au|aux|dans[ \u00a0]la|dans[ \u00a0]le))
            [ \u00a0]*
            (?:[A-ZÀ-Ý][\w-]*(?:[ \u00a0-][A-ZÀ-Ý][\w-]*)*,[ \u00a0](?:au|en|aux|dans[ \u00a0]l[ae])[ \u00a0]*)?$""",
        re.IGNORECASE | re.VERBOSE,
    )


@cache
def _seat_after_name() -> re.Pattern[str]:
    """Between an organisation's name and a place: an apposition or a relative clause that gives the place of its
    seat or its offices ("Polyglot Labs, basée à New York", "Solmar, dont les bureaux sont à Madrid", "Amazon
    France Logistique, qui a son siège à Clichy"). The participles: data/word_lists.tsv, list seat_participles."""
    space = r"[ \u00a0]"
    located = rf"(?:qui{space}+est{space}+)?(?:{_words('seat_participles')})e?s?"
    qualified = rf"(?:{space}+[a-zà-ÿ-]+)?"  # "son siège social", "ses bureaux européens"
    seat = (rf"(?:dont{space}+(?:le{space}+siège|les{space}+bureaux){qualified}{space}+"
            rf"(?:est|sont|se{space}+trouve(?:nt)?|est{space}+situé|sont{space}+situés)"
            rf"|qui{space}+a{space}+son{space}+siège{qualified})")
    return re.compile(rf"{space}*,{space}*(?:{located}|{seat}){space}+(?:à|en|au|aux){space}*", re.IGNORECASE)


# A determiner is a whole word: "le" is not the start of "leurs", nor "ce" of "ces".
DETERMINER = r"(?:(?:une?|la|le|les|ses|son|sa|leur|leurs|des|cette|ces)(?!\w)|l['’])"
# The preposition before whoever an amount is paid to, organisation or workers.
TO = r"(?:à|au|aux)[ \u00a0]+"
# "à", "au" or "aux" and what introduces an organisation as the one paid: "à une agence de recrutement", "aux
# associations", "au propriétaire". The nouns: data/word_lists.tsv, list payee_org_nouns.
TO_WHOM = rf"{TO}(?:{DETERMINER}[ \u00a0]*)?"
TO_WHOM_RE = re.compile(TO_WHOM, re.IGNORECASE)


@cache
def _level_verb() -> re.Pattern[str]:
    """A verb that gives an amount as a level (data/word_lists.tsv, list level_verbs): "gagne", "débute à"."""
    return re.compile(rf"(?<![\w])(?:{_words('level_verbs')})(?![\w])", re.IGNORECASE)


@cache
def _paying_verb_before() -> re.Pattern[str]:
    """A verb of paying right before "à", "au" or "aux": a participle ("versée", "payé") or a verb the payer
    conjugates ("que le chauffeur reverse à la plateforme", "que les mineurs versent au groupe armé"):
    data/word_lists.tsv, lists paid_participles and payee_verbs."""
    return re.compile(rf"(?<![\w])(?:{_words('paid_participles')}|{_words('payee_verbs')})[ \u00a0]*$", re.IGNORECASE)


@cache
def _to_org_noun() -> re.Pattern[str]:
    return re.compile(rf"{TO_WHOM}(?:{_words('payee_org_nouns')})(?![\w])", re.IGNORECASE)


UNIT_COMPLEMENT = re.compile(r"(?:de[ \u00a0]+[\w'’-]+[ \u00a0]*)?")  # "par heure de modération"
AFTER_AMOUNT = re.compile(r"[ \u00a0]*\)?[ \u00a0]*(?:\([^()]{0,40}\)[ \u00a0]*)?")  # a restatement's end, an aside


# The pronoun "en" before a pay verb refers to a unit named just before: "27 euros par heure, quand le
# modérateur en perçoit 6".
EN_PAY_VERB = re.compile(r"(?<![\w])en[ \u00a0]+(?:perç\w*|perçoi\w*|touch\w*|reç\w*|reçoi\w*|gagn\w*|retir\w*)"
                         r"[^,;:.]{0,25}$", re.IGNORECASE)


def _period_of_en(article: Article, i: int, money: MoneyMention, start: int) -> tuple[str, int, int] | None:
    """The period of the amount before this one in its sentence, when "en" and a pay verb refer to it."""
    if i == 0 or not EN_PAY_VERB.search(article.text, start, money.start):
        return None
    previous = article.money[i - 1]
    if article.sentence_index(previous.start) != article.sentence_index(money.start):
        return None
    return period_after(article.text, max(previous.end, previous.chain_end))


def _past_amount(text: str, money: MoneyMention, conversions: list[MoneyMention]) -> int:
    """Where the words after an amount start: past its restatement, its unit and the unit's complement ("27 euros
    par heure de modération à son prestataire")."""
    after, unit = _end_and_unit(text, money, conversions)
    if unit is not None:
        after = unit[2]
    gap = AFTER_AMOUNT.match(text, after)
    pos = gap.end() if gap else after
    if unit is not None:
        pos = UNIT_COMPLEMENT.match(text, pos).end()
    return pos


def _same_phrase(between: str) -> bool:
    """Whether at most two words, none opening another clause, stand between a payee and the amount after it:
    "au propriétaire et gagnent 4 000 francs" pays the owner nothing."""
    words = re.findall(r"\w+", between.lower())
    return len(between.split()) <= 2 and not resources.word_set("clause_openers").intersection(words)


def _paid_to_organisation(article: Article, money: MoneyMention, conversions: list[MoneyMention],
                          start: int, sentence_end: int, earned: bool = False) -> bool:
    """Whether the sentence says the amount goes to an organisation, not to workers: right after the amount
    (and its restatement) "à Sada Labs" or "à une agence", or right before it, in its clause (from `start`),
    "verse aux associations" / "verse à Lusocall". A worker's pay goes to people ("à ses salariés", "à chaque
    livreur"). Any organisation counts, not only one that may pay workers: a union or a brand is paid too. When the
    clause's verb says its subject `earned` the amount (`EARNER_CUES`, or workers and `STARTING_STEMS`), "à" and a name
    after it or before the amount name where: "il gagne 6 millions d'euros par an au Real Madrid", "Le joueur
    percevra au PSG 450 000 euros par mois".
    """
    text = article.text
    pos = _past_amount(text, money, conversions)
    if pos < sentence_end and not earned:
        if _to_org_noun().match(text, pos):
            return True
        to = TO_WHOM_RE.match(text, pos)
        if to and any(o.start == to.end()
                      for o in starting_in(article.sorted_organisations, to.end(), to.end() + 1)):
            return True
    window_start = max(start, money.start - 60)
    before = text[window_start:money.start]
    for m in TO_WHOM_RE.finditer(before):
        at = window_start + m.end()
        rest = text[at:money.start]
        if re.search(r"[,;:]", rest):
            continue
        named = [o for o in starting_in(article.sorted_organisations, at, at + 1)
                 if o.start == at and o.source != INSTITUTION_SOURCE]  # "touche au centre hospitalier de X 2 040"
        if named and not earned and _same_phrase(text[named[0].end:money.start]) \
                and not _claimed_of().search(text, max(0, window_start + m.start() - 30), window_start + m.start()):
            return True
        noun = _to_org_noun().match(text, window_start + m.start())
        # A verb of pay between them puts the noun in its subject ("un joueur formé au club gagne 2 000 euros"),
        # unless the noun is what the subject is paid to ("La commission versée à l'agence atteint 300 euros").
        if noun and _same_phrase(text[noun.end():money.start]) and not (
                _level_verb().search(text, noun.end(), money.start)
                and not _paying_verb_before().search(text, max(0, window_start + m.start() - 30),
                                                     window_start + m.start())):
            return True
    # "Meridia paie Cobalto entre 11 et 14 dollars de l'heure": the organisation is the one paid.
    for org in starting_in(article.payers, window_start, money.start):
        if _pays_before().search(text, max(0, org.start - 30), org.start) \
                and len(text[org.end:money.start].split()) <= 2:
            return True
    return False


# "à" or "au"/"aux" and a determiner before the workers an amount goes to: "en reverse 6 $ au sous-titreur".
TO_WORKERS = re.compile(rf"{TO}(?:(?:{DETERMINER}|(?:chaque|ce)(?!\w))[ \u00a0]*)?", re.IGNORECASE)


def _paid_to_workers(article: Article, money: MoneyMention, conversions: list[MoneyMention],
                     sentence_end: int) -> bool:
    """Whether the amount (and its restatement, its unit) is followed by the workers it goes to: "en reverse 6 $ au
    sous-titreur", "verse une prime de 500 euros à chaque livreur". The mirror of `_paid_to_organisation`: a sum
    paid to workers is their pay, whatever the sentence says of prices or costs around it."""
    text = article.text
    pos = _past_amount(text, money, conversions)
    to = TO_WORKERS.match(text, pos) if pos < sentence_end else None
    return to is not None and any(r.start == to.end()
                                  for r in starting_in(article.sorted_roles, to.end(), to.end() + 1))


# Right before a verb of paying, no pronoun of a person paid: "lui paient", "la paient" name a person paid.
NO_PERSON_PAID = (r"(?<!\blui[ ])(?<!\bleur[ ])(?<!\bme[ ])(?<!\bm['’])(?<!\bnous[ ])(?<!\bvous[ ])(?<!\bte[ ])"
               r"(?<!\bla[ ])(?<!\ble[ ])(?<!\bles[ ])(?<!\bl['’])")


@cache
def _customer_paying() -> re.Pattern[str]:
    """A customer, then a verb of paying: "la famille paie", "Les familles françaises, elles, paient", "les
    voyageurs qui paient". The words: data/word_lists.tsv, lists customer_nouns and customer_paying_verbs."""
    return re.compile(rf"(?<![\w-])(?:{_words('customer_nouns')})(?![\w-])[^.;:!?«»\d]{{0,40}}?"
                      rf"{_paying_verb().pattern}", re.IGNORECASE)


@cache
def _paying_verb() -> re.Pattern[str]:
    """A verb of paying (list customer_paying_verbs of data/word_lists.tsv) whose object is no person."""
    return re.compile(rf"(?<![\w-]){NO_PERSON_PAID}(?:{_words('customer_paying_verbs')})(?![\w-])", re.IGNORECASE)


# Between workers and the verb of paying that follows them, what makes them its object or another's payee: "les
# livreurs que Deliveroo paie", "les saisonniers à qui l'hôtel paie".
PAYEE_BETWEEN = re.compile(r"(?<![\w-])(?:que|qu['’]|dont|qui[ \u00a0]+les|à[ \u00a0]+qui|auxquel(?:le)?s)(?![\w-])",
                           re.IGNORECASE)


def _customer_pays(article: Article, start: int, money_start: int) -> bool:
    """Whether a customer pays the amount, in its clause: what a family, a client or a passenger pays is a price.
    Not when workers are named between the verb and the amount ("les familles paient leur aide à domicile 12 euros
    de l'heure"), nor when a pronoun says the customer pays a person ("des parents lui paient 2 500 dinars"):
    those are wages."""
    for m in _customer_paying().finditer(article.text, start, money_start):
        between = article.text[m.end():money_start]
        if len(between) <= 40 and not re.search(r"[.;!?\d]", between) \
                and not starting_in(article.sorted_roles, m.end(), money_start):
            return True
    return False


PAYEE_REACH = 40  # characters after an amount where "à" and workers say who is paid
PAID_TO = re.compile(r"(?<![\w-])(?:à|aux)(?![\w-])", re.IGNORECASE)
# What stands before workers who open their clause as its subject: a determiner, or nothing.
SUBJECT_DETERMINER = re.compile(r"(?:(?:les|des|ces|leurs|nos|vos|ses|la|le|l['’]|un|une|certains|certaines"
                                r"|beaucoup[ \u00a0]+de|nombre[ \u00a0]+de|de[ \u00a0]+nombreux|de[ \u00a0]+nombreuses"
                                r"|la[ \u00a0]+plupart[ \u00a0]+des)[ \u00a0]*)?", re.IGNORECASE)
CLAUSE_BOUNDARY = re.compile(r"[,;:«»()—–]")
REFLEXIVE = re.compile(r"(?<![\w-])se[ \u00a0]+$", re.IGNORECASE)  # "l'heure se paie 15 dirhams"
# A verb that a coordination joins to the one before, with no subject of its own: ", mais paient", "et doivent".
SECOND_VERB = re.compile(r"(?:,[ \u00a0]*|[ \u00a0]+)(?:mais|et)[ \u00a0]+"
                         r"(?:(?:doivent|doit)[ \u00a0]+(?:\w+[ \u00a0]+)?)?$", re.IGNORECASE)


def _workers_pay(article: Article, start: int, money_start: int) -> bool:
    """Whether the workers pay the amount, in its clause: the subject of a verb of paying whose object it is, it is
    a cost to them ("Les saisonniers doivent souvent payer 500 euros par mois pour une chambre", "Les cueilleurs
    reçoivent 15,75 $ l'heure, mais paient 30 $ par semaine pour leur logement"). Not "les livreurs que Deliveroo
    paie 3 euros", "Les éleveurs paient 600 euros par mois à leurs bergers", "L'heure se paie 15 dirhams"."""
    text = article.text
    sentence = article.sentence(article.sentence_index(money_start))
    after = starting_in(article.sorted_roles, money_start, money_start + PAYEE_REACH)
    if after and PAID_TO.search(text, money_start, after[0].start):
        return False  # "600 euros par mois à leurs bergers": workers are paid
    for m in _paying_verb().finditer(text, max(start, sentence.start), money_start):
        between = text[m.end():money_start]
        if len(between) > 40 or re.search(r"[,.;!?\d]|(?<![\w-])à(?![\w-])", between) \
                or starting_in(article.sorted_roles, m.end(), money_start) \
                or REFLEXIVE.search(text, max(0, m.start() - 4), m.start()):
            continue  # "paient à la journée, autour de 250 $", "l'heure se paie 15 dirhams": pay
        if _workers_subject_of(article, sentence, m.start()):
            return True
    return False


def _workers_subject_of(article: Article, sentence: Span, verb: int) -> bool:
    """Whether workers named before the verb at `verb` are its subject: the last role before it opens its clause
    with no more than a determiner ("Les apprentis paient"), and nothing between makes it an object or names
    another payer ("les livreurs que Deliveroo paie", "embauchent des extras et paient"); a clause boundary may
    stand between only when a coordination joins the verb to the workers' first one (", mais paient")."""
    text = article.text
    workers = starting_in(article.sorted_roles, sentence.start, verb)
    if not workers:
        return False
    role = workers[-1]
    opened = max([sentence.start] + [b.end() for b in CLAUSE_BOUNDARY.finditer(text, sentence.start, role.start)])
    if not SUBJECT_DETERMINER.fullmatch(text[opened:role.start].strip()):
        return False  # "les entreprises qui embauchent des ingénieures", "embauchent des extras"
    gap = text[role.end:verb]
    coordinated = SECOND_VERB.search(text, max(role.end, verb - 20), verb) is not None
    return (coordinated or not re.search(r"[.;:!?«»\d]", gap)) and not PAYEE_BETWEEN.search(gap) \
        and not starting_in(article.sorted_organisations, role.end, verb) and not _employer_noun().search(gap)


@cache
def _employer_noun() -> re.Pattern[str]:
    """A company noun (data/word_lists.tsv, lists company_anaphora_nouns and unnamed_employer_nouns): before workers
    in their clause, it says who pays them ("les entreprises qui embauchent des ingénieures paient 3 000 bolivianos")."""
    nouns = _words("company_anaphora_nouns") + "|" + _words("unnamed_employer_nouns")
    return re.compile(rf"(?<![\w-])(?:{nouns})(?:s|x)?(?![\w-])", re.IGNORECASE)


# After an amount and its unit of time, "par" and a worker: what a client is billed per worker ("9 dollars de l'heure
# par modérateur"), not what the worker is paid. Without a unit of time, "500 euros par salarié" is a bonus each
# worker gets.
PER_WORKER = re.compile(r"[ \u00a0]*par[ \u00a0]+(?:(?:un|une)[ \u00a0]+)?(?P<head>[\w'’-]+)", re.IGNORECASE)


def _per_worker(article: Article, money: MoneyMention, conversions: list[MoneyMention], end: int) -> bool:
    """Whether the amount is billed per worker: right after it, its unit of time, then "par" and a role noun."""
    text = article.text
    after, unit = _end_and_unit(text, money, conversions)
    if unit is None or unit[0] == "task":
        return False
    m = PER_WORKER.match(text, unit[2])
    return bool(m and m.end() <= max(end, after + 40)
                and resources.roles().get(m.group("head").lower(), "people") != "people")


def _end_and_unit(text: str, money: MoneyMention, conversions: list[MoneyMention]
                  ) -> tuple[int, tuple[str, int, int] | None]:
    """Where an amount ends, past its list and its restatements, and the unit right after that, if any."""
    after = max(money.end, money.chain_end, *(c.end for c in conversions))
    return after, period_after(text, after)


@cache
def _pays_before() -> re.Pattern[str]:
    """A verb of paying right before a name, which makes the name the one paid: "paie Cobalto", "rémunère le
    sous-traitant Verbatim". The verbs: data/word_lists.tsv, list paying_verbs."""
    return re.compile(rf"(?<![\w-])(?:{_words('paying_verbs')})[ \u00a0]+"
                      rf"(?:(?:la|le|l['’]|son|sa|leur)[ \u00a0]*(?:[a-zà-ÿ-]+[ \u00a0]+)?)?$", re.IGNORECASE)


# "s'il gagnait", "si je gagnais", "si on touchait": the imperfect after "si" imagines the sum (not "même si", nor
# "si bien que").
IF = r"(?<!\w)(?<!même[ ])(?:s['’]il|s['’]ils|si[ ](?!bien[ ])\w+)[^.;]{0,40}"
HYPOTHETICAL = re.compile(IF + r"(?:(?:gagn|touch)(?:ais|ait|ions|iez|aient)|perce(?:vais|vait|vions|viez|vaient)"
                               r"|(?:étais|était|étions|étiez|étaient)[ ]payée?s?)(?!\w)", re.IGNORECASE)
# A payer's imperfect after "si" imagines the sum when the sentence goes on in the conditional ("Si on me payait 15
# euros de l'heure, je resterais"); else it may set the past against the present ("Si Deliveroo payait 5 euros la
# course en 2016, le tarif est tombé à 3 euros").
IF_PAID = re.compile(IF + r"(?:pay|vers|rémunér)(?:ais|ait|ions|iez|aient)(?!\w)", re.IGNORECASE)
CONDITIONAL = re.compile(r"(?<![\w-])(?!(?:por|re|at|ex|abs|dis|sous)?trait(?!\w))\w+(?:rais|rait|rions|riez|raient)"
                         r"(?![\w-])", re.IGNORECASE)


@dataclass(frozen=True)
class Models:
    """The learnt decisions linking asks: whether an amount is pay, then a claim's period, kind, place,
    organisations and role. None: the model frclaims ships (each module's `default_model()`)."""
    pay: PayModel | None = None
    period: PeriodModel | None = None
    kind: KindModel | None = None
    place: PlaceModel | None = None
    org: OrgModel | None = None
    role: RoleModel | None = None


# A paragraph that is an item of a list: it opens with a bullet ("- Pologne : 4 666 zlotys ;", "• Uber : 1,20 €/km")
# or a number ("1. Luxembourg", "2) Pays-Bas"). Not a dash of dialogue ("— Combien gagnez-vous ?").
LIST_ITEM = re.compile(r"(?:[-•*·▪►◦‣]|\d{1,2}[.)])[ \u00a0]+(?=\S)")
MAX_LIST_ITEMS = 30  # items read back to the sentence that introduces a list
LAST_OF_LIST = re.compile(r"(?<![\w-])(?:et|ou)(?![\w-])")  # what joins the last name of a list of names


@dataclass
class Article:
    """Everything the linker needs to know about one article: the text, its body sentences (in order, with
    the paragraph each belongs to) and its mentions, all with offsets into `text`."""

    text: str
    sentences: list[Span]
    paragraph_of: list[int]
    money: list[MoneyMention]
    organisations: list[Mention]
    places: list[Mention]
    roles: list[Mention]
    models: Models = field(default_factory=Models)  # the learnt decisions linking asks

    # Indexes built once per article, so that linking stays linear in the number of amounts of a long text.
    @cached_property
    def _sentence_starts(self) -> list[int]:
        return [s.start for s in self.sentences]

    @cached_property
    def payers(self) -> list[Mention]:
        """Organisations that may pay the workers of a claim (none `_refused`), by offset."""
        return [m for m in self.sorted_organisations if id(m) not in self._refused]

    @cached_property
    def _refused(self) -> dict[int, str]:
        """Why each mention that may not pay may not (by `id`): `_not_payer_because`, or "list" in a list of
        unions."""
        # A list that a union noun opens is a list of unions: "les syndicats Filt-CGIL, Fit-CISL et Uiltrasporti".
        # A list ends with "et" or "ou": "Selon le syndicat Unia, Nestlé verse" names a source, then the payer.
        unions = {id(m) for run in _runs(self.text, self.sorted_organisations) if len(run) > 1
                  and LAST_OF_LIST.search(self.text, run[-2].end, run[-1].start)
                  and _not_payer_context().search(self.text[max(0, run[0].start - 40):run[0].start]) for m in run}
        found = {}
        for m in self.organisations:
            why = _not_payer_because(self, m) or ("list" if id(m) in unions else None)
            if why:
                found[id(m)] = why
        return found

    @cached_property
    def not_payers(self) -> dict[str, str]:
        """The names no mention of which may pay, with why the first could not (`_refused`)."""
        payers = {org_name(m) for m in self.payers}
        found: dict[str, str] = {}
        for m in self.sorted_organisations:
            name = org_name(m)
            if name not in payers and name not in found:
                found[name] = self._refused[id(m)]
        return found

    @cached_property
    def vouched_names(self) -> frozenset[str]:
        """Names our table or a context ("la société ABC") found, not only the NER or its repetition."""
        return frozenset(m.text for m in self.organisations if not m.source.startswith(("ner:", "propagated:")))

    @cached_property
    def after_chez(self) -> frozenset[int]:
        """The mentions (by `id`) that "chez" names as where workers work, alone or in a list, with no determiner:
        "Chez Capgemini ou CGI, un développeur junior démarre" (`BARE_CHEZ`)."""
        return frozenset(id(m) for run in _runs(self.text, self.sorted_organisations)
                         if BARE_CHEZ.search(self.text, max(0, run[0].start - 12), run[0].start) for m in run)

    @cached_property
    def clients(self) -> list[Mention]:
        """Payers the article names in a working relation with another ("son principal client est Lumora AI",
        "sous-traitant de Klipsy", "Klipsy ne les emploie pas directement", "elle passe par Sada Labs", "le
        site appartient à Kaufwelt", "Son sous-traitant, Teleperformance, y paie"), by offset. `partners` pairs
        each with the other payer nearest to it."""
        found: list[Mention] = []
        for run in self._lists:  # "OpenAI, Google DeepMind ou Meta figurent parmi les clients"
            if _client_before().search(self.text, max(0, run[0].start - 60), run[0].start) \
                    or _client_after().match(self.text, run[-1].end) or self._opens_as_partner(run[0]):
                found += run
        return found

    def _opens_as_partner(self, name: Mention) -> bool:
        """Whether the name's sentence opens with a partner noun, a comma and the name: "Son sous-traitant,
        Teleperformance, y paie" (data/word_lists.tsv, list partner_openings)."""
        if not self.sentences:
            return False
        start = self.sentences[self.sentence_index(name.start)].start
        opening = _partner_opening().match(self.text, start)
        return opening is not None and opening.end() == name.start

    @cached_property
    def _lists(self) -> list[list[Mention]]:
        """The payers in runs of names joined by a comma, "et" or "ou" (a single name is a run of one)."""
        return _runs(self.text, self.payers)

    @cached_property
    def partners(self) -> dict[str, set[str]]:
        """Name -> names it works with as client and subcontractor: each client (`clients`) and the payer
        nearest to it (`_subcontractor_of`): "Baltrans Logistics, un transporteur qui livre pour le compte de
        Hollandia Foods"; "Son principal client est Lumora AI" after "La plateforme appartient à Tana
        Workforce"."""
        pairs: dict[str, set[str]] = {}
        for client in self.clients:
            partner = self._subcontractor_of(client)
            if partner is not None:
                pairs.setdefault(org_name(client), set()).add(org_name(partner))
                pairs.setdefault(org_name(partner), set()).add(org_name(client))
        return pairs

    def _subcontractor_of(self, client: Mention) -> Mention | None:
        """The payer nearest to a client, out of the client's own list: the last before it in its sentence, else
        the last of the sentence before, else the first after it in its sentence, else the first of the next
        sentence ("Klipsy ne les emploie pas directement. [...] a confié ce travail à Veridia Services"), else the
        article's main payer ("OpenAI ou Meta figurent parmi les clients de la plateforme")."""
        if not self.sentences:
            return None
        index = self.sentence_index(client.start)
        fellows = {org_name(m) for run in self._lists if client in run for m in run}  # its own list of clients

        def others(start: int, end: int) -> list[Mention]:
            return [m for m in starting_in(self.payers, start, end) if org_name(m) not in fellows]

        sentence = self.sentences[index]
        previous = self.sentences[index - 1] if index > 0 else None
        following = self.sentences[index + 1] if index + 1 < len(self.sentences) else None
        for found, last in ((others(sentence.start, client.start), True),
                            (others(previous.start, previous.end) if previous else [], True),
                            (others(client.end, sentence.end), False),
                            (others(following.start, following.end) if following else [], False)):
            if found:
                return found[-1] if last else found[0]
        main = [m for m in self.main_payers if org_name(m) not in fellows]
        return main[0] if main else None

    @cached_property
    def main_payers(self) -> list[Mention]:
        """The first mention of each organisation the article names MAIN_ORG_MENTIONS times or more, or names as
        the workers' employer in apposition ("Net&Clair, mon employeur"; "Leur employeur, Siam Cargo Link"), by
        offset."""
        counts = Counter(org_name(m) for m in self.payers)
        employers = {org_name(m) for m in self.payers if EMPLOYER_AFTER.match(self.text, m.end)
                     or EMPLOYER_BEFORE.search(self.text, max(0, m.start - 30), m.start)}
        return [m for name, m in self.first_payer_named.items()
                if counts[name] >= MAIN_ORG_MENTIONS or name in employers]

    @cached_property
    def first_payer_named(self) -> dict[str, Mention]:
        """The first payer mention of each name (`org_name`), by offset: what a claim cites for an organisation."""
        first: dict[str, Mention] = {}
        for m in self.payers:
            first.setdefault(org_name(m), m)
        return first

    @cached_property
    def worker_places(self) -> list[Mention]:
        """Places that may say where workers are: not those that qualify a company, nor where migrants come from
        ("venus de Lviv", "originaire de Vinnytsia", "venus d'Inde, du Pakistan et du Népal"), by offset."""
        ordered = sorted(self.places, key=_start)
        seats = company_seats(self.text, ordered)
        found = [p for p in not_origins(self.text, ordered)
                 if not _company_place().search(self.text[max(0, p.start - 90):p.start]) and id(p) not in seats]
        return [p for p in found if not self._named_seat(p, found)]

    def _named_seat(self, place: Mention, worker_places: list[Mention]) -> bool:
        """Whether a place is the seat of the organisation named right before it (`_seat_after_name`: "Polyglot
        Labs, basée à New York") while its sentence names another place of workers ("Depuis sa maison de la
        Creuse, Julien relit [...] pour Polyglot Labs, basée à New York"); alone, the seat is where its workers are
        ("Le club Racing Armor, basé à Saint-Brieuc, verse à ses joueurs")."""
        if not any(_seat_after_name().fullmatch(self.text, m.end, place.start)
                   for m in starting_in(self.sorted_organisations, max(0, place.start - SEAT_REACH), place.start)):
            return False
        sentence = self.sentence(self.sentence_index(place.start))
        name = place.value or place.text
        return any((p.value or p.text) != name for p in starting_in(worker_places, sentence.start, sentence.end))

    @cached_property
    def country_places(self) -> list[Mention]:
        """`worker_places` within one country: no region over several ("Europe", "Maghreb")."""
        return [p for p in self.worker_places if not places.spans_countries(p)]

    @cached_property
    def main_place(self) -> Mention | None:
        """The place an article is about when nothing nearer says where its workers are: the first it names
        (its dateline or its lead), or, when that is a country, the first city of that country it names ("Sri
        Lanka : les couturières de Katunayake..."): the most precise place the story gives. A city or a region
        named once gives way to one the article names again ("le port de Venlo", then "à Venlo"), the setting of
        the story rather than a passing mention. Measured on the development split, this beats the most named
        place, the nearest place and the first place alone (the repeated place: place accuracy 0.624 to 0.630)."""
        # A dateline says where the reporter files from (often the capital), not where the workers are. A region
        # over several countries is where a comparison is drawn.
        candidates = ([p for p in self.country_places if p.source != places.DATELINE_SOURCE]
                      or self.country_places or self.worker_places)
        if not candidates:
            return None
        first = candidates[0]
        country = mention_country(first)
        if country is not None and places.is_country(first):
            first = next((p for p in candidates
                          if not places.is_country(p) and mention_country(p) == country), first)
        if places.is_country(first):
            return first
        # One our tables can place when the first is: a region they cannot would lose the country that a national
        # figure is lifted to.
        placed = (mention_country(first) or country) is not None
        local = [p for p in candidates if not places.is_country(p) and (not placed or mention_country(p) is not None)]
        counts = Counter(org_name(p) for p in local)
        if counts[org_name(first)] >= 2:
            return first
        repeated = max(local, key=lambda p: (counts[org_name(p)], -p.start))
        return repeated if counts[org_name(repeated)] >= 2 else first

    @cached_property
    def sorted_places(self) -> list[Mention]:
        return sorted(self.places, key=_start)

    @cached_property
    def sorted_roles(self) -> list[Mention]:
        return sorted(self.roles, key=_start)

    @cached_property
    def sorted_organisations(self) -> list[Mention]:
        return sorted(self.organisations, key=_start)

    def cues_in(self, sentence: Span) -> list[tuple[resources.Cue, int]]:
        """The cues of a sentence (those that may stand before an amount), found once per sentence."""
        if sentence not in self._sentence_cues:
            self._sentence_cues[sentence] = [(cue, at) for cue, at in find_cues(self.text, sentence.start,
                                                                                sentence.end, "before")
                                             if not self.in_name(at) and cue.position != RIGHT_BEFORE]
        return self._sentence_cues[sentence]

    @cached_property
    def _sentence_cues(self) -> dict[Span, list[tuple[resources.Cue, int]]]:
        return {}

    @cached_property
    def money_at(self) -> dict[int, MoneyMention]:
        """The amounts by where they start: a claim's own amount is `money_at[claim.amount.start]`."""
        return {m.start: m for m in self.money}

    @cached_property
    def money_by_sentence(self) -> dict[int, list[MoneyMention]]:
        """The amounts of each sentence, by sentence index."""
        found: dict[int, list[MoneyMention]] = {}
        for money in self.money:
            found.setdefault(self.sentence_index(money.start), []).append(money)
        return found

    @cached_property
    def conversions(self) -> dict[int, list[MoneyMention]]:
        """Index of a money mention -> the mentions that restate it in another currency (`_conversions`)."""
        return _conversions(self)

    @cached_property
    def payers_by_amount(self) -> dict[int, tuple[frozenset[str], frozenset[str]]]:
        """Where a sentence compares employers, each tied to its amount ("12,45 euros chez Sécuris Ouest contre 11,98
        euros chez Vigilor", "Velocia 4,50 euros, Coursio 3,90 euros"): amount's start -> the payers of the
        sentence it may have (its own and those tied to no amount) and those tied to its other amounts only
        (`_respective_payers`, `_payers_of_amounts`). An amount tied to no name loses only those that "chez" ties
        to an amount in a later part of the sentence (`_contrast_part`: "22 euros de l'heure, contre 15 chez Uber";
        "1 650 euros ; chez Carrefour, [...] 1 780 euros"); not those of its own part ("passé de 5,30 à 4,85 euros
        chez Deliverix", "1 850 euros brut et 1 450 euros net chez Stockr"), nor a "Chez X" that opens the sentence
        ("Chez Kapstone, la famille paie 32 euros ; l'étudiant, lui, touche 15,20 euros"), nor in a sentence that
        sets times against each other (`TIME_CONTRAST`). A sentence with one name is read only where "chez"
        stands before it."""
        converted = {id(m) for found in self.conversions.values() for m in found}
        out: dict[int, tuple[frozenset[str], frozenset[str]]] = {}
        for index, money in self.money_by_sentence.items():
            amounts = [m for m in money if id(m) not in converted]
            sentence = self.sentence(index)
            payers = starting_in(self.payers, sentence.start, sentence.end)
            names = {org_name(m) for m in payers}
            if len(amounts) < 2 or not names or len(names) == 1 and not any(
                    CHEZ_BEFORE.search(self.text, max(0, m.start - 12), m.start) for m in payers):
                continue  # one name pays all the sentence's amounts, unless a part "chez" it sets apart
            own = _respective_payers(self.text, amounts, payers) \
                or _payers_of_amounts(self, index, amounts, payers)
            tied = {name for found in own.values() for name in found}
            untied = names - tied
            for m in amounts:
                mine = own.get(m.start, frozenset())
                others = tied - mine
                if mine and others:
                    out[m.start] = (mine | untied, frozenset(others))
                elif others and not TIME_CONTRAST.search(self.text, sentence.start, sentence.end):
                    # "22 euros de l'heure, contre 15 chez Uber": Uber is the 15's only; not "4,50 euros en 2020,
                    # contre 3,10 euros aujourd'hui chez Velocia", one employer's pay then and now
                    _, high = _contrast_part(self, index, m.start, m.end)
                    away = {org_name(p) for p in payers if p.start >= high and org_name(p) in others
                            and CHEZ_BEFORE.search(self.text, max(0, p.start - 12), p.start)}
                    if away:
                        out[m.start] = (frozenset(names - away), frozenset(away))
        return out

    def in_name(self, offset: int) -> bool:
        """Whether an offset falls inside an organisation's or a place's name ("Fonds national suisse", "au
        centre de Paris" is no bet)."""
        before = (starting_in(self.sorted_organisations, max(0, offset - 80), offset + 1)
                  + starting_in(self.sorted_places, max(0, offset - 80), offset + 1))
        return any(m.start <= offset < m.end for m in before)

    def is_name(self, start: int, end: int) -> bool:
        """Whether text[start:end] is a whole organisation's name: a cue that is the name says what it names ("le
        gagnant de l'EuroMillions")."""
        return any(m.start == start and m.end == end for m in starting_in(self.sorted_organisations, start, start + 1))

    def sentence_index(self, offset: int) -> int:
        return max(0, bisect.bisect_right(self._sentence_starts, offset) - 1)

    def sentence(self, index: int) -> Span:
        """Sentence `index`, or the whole text where the backend gave no sentences."""
        return self.sentences[index] if self.sentences else Span(0, len(self.text))

    @cached_property
    def _owners_by_sentence(self) -> dict[int, set[str]]:
        return {}  # filled by `owners_in`

    def owners_in(self, index: int) -> set[str]:
        """The payers sentence `index` names only as the owner of another (`_owners`), read once per sentence."""
        if index not in self._owners_by_sentence:
            sentence = self.sentence(index)
            self._owners_by_sentence[index] = _owners(self, starting_in(self.payers, sentence.start, sentence.end))
        return self._owners_by_sentence[index]

    def same_paragraph(self, here: int, there: int) -> bool:
        """Whether sentences `here` and `there` (indexes) are in one paragraph (a text of no paragraphs is one)."""
        return not self.paragraph_of or self.paragraph_of[here] == self.paragraph_of[there]

    @cached_property
    def paragraph_starts(self) -> dict[int, int]:
        """The index of the first sentence of each paragraph, by paragraph."""
        starts: dict[int, int] = {}
        for index, paragraph in enumerate(self.paragraph_of):
            starts.setdefault(paragraph, index)
        return starts

    def list_lead(self, s_index: int) -> Span | None:
        """The sentence that introduces the list whose item sentence `s_index` is in, if it is in one: the last
        sentence of the paragraph right before the list's first item ("Les montants ci-dessous sont des salaires
        minimaux mensuels bruts : / - Pologne : 4 666 zlotys ; / - Bulgarie : 1 077 leva"). An item is a
        paragraph that opens with a bullet (`LIST_ITEM`); a list of more than MAX_LIST_ITEMS has none."""
        if not self.paragraph_of:
            return None
        here = self.paragraph_starts[self.paragraph_of[s_index]]
        for _ in range(MAX_LIST_ITEMS):
            if here == 0 or not LIST_ITEM.match(self.text, self.sentences[here].start):
                return None
            lead = here - 1  # the last sentence of the paragraph before
            here = self.paragraph_starts[self.paragraph_of[lead]]
            if not LIST_ITEM.match(self.text, self.sentences[here].start):
                return self.sentences[lead]
        return None


def _runs(text: str, mentions: list[Mention]) -> list[list[Mention]]:
    """Mentions (by offset) in runs of names joined by a comma, "et" or "ou" (a single name is a run of one)."""
    runs: list[list[Mention]] = []
    for m in mentions:
        if runs and LIST_JOINER.fullmatch(text, runs[-1][-1].end, m.start):
            runs[-1].append(m)
        else:
            runs.append([m])
    return runs


def _start(mention: Mention) -> int:
    return mention.start


def starting_in(mentions: list[Mention], start: int, end: int) -> list[Mention]:
    """The mentions (sorted by start) that start in [start, end)."""
    low = bisect.bisect_left(mentions, start, key=_start)
    high = bisect.bisect_left(mentions, end, key=_start)
    return mentions[low:high]


RIGHT_BEFORE = "right_before"  # a cue's position when it speaks only of the amount right after it (data/cues.tsv)


def _right_before(text: str, cue: resources.Cue, at: int, amount_start: int) -> bool:
    """Whether the cue found at `at` stands right before the amount at `amount_start`, nothing but spaces between."""
    return not text[at + len(cue.pattern):amount_start].strip()


@cache
def _cue_pattern(side: str) -> tuple[re.Pattern[str], list[resources.Cue]]:
    """One regex for the cues that may stand on `side` of an amount, longest first, a named group per cue."""
    cues = sorted((c for c in resources.cues()
                   if c.position in {"any", side} or (side == "before" and c.position == RIGHT_BEFORE)),
                  key=lambda c: -len(c.pattern.rstrip("*")))
    alternatives = resources.trie((c.pattern, f"c{i}") for i, c in enumerate(cues))
    # A cue ends a word, or with an elided article ("hausse d'environ 85 euros").
    return re.compile(r"(?<![\w])(?:" + alternatives + r")(?:(?<=['’])|(?![\w]))", re.IGNORECASE), cues


def find_cues(text: str, start: int, end: int, side: str) -> list[tuple[resources.Cue, int]]:
    """Cues found in text[start:end] that may stand on `side` ("before"/"after") of an amount, with offsets.
    Where two overlap, the longest wins ("salaire minimum" over "salaire*")."""
    pattern, cues = _cue_pattern(side)
    found = []
    m = pattern.search(text, start, end)
    while m:  # every start position, not only where the previous match ended: overlaps are settled below
        found.append((cues[int(m.lastgroup[1:])], m.start()))  # type: ignore[index]
        m = pattern.search(text, m.start() + 1, end)
    found.sort(key=lambda item: (-len(item[0].pattern.rstrip("*")), item[1]))
    taken: list[tuple[int, int]] = []
    kept = []
    for cue, offset in found:
        length = len(cue.pattern.rstrip("*"))
        if any(s < offset + length and offset < e for s, e in taken):
            continue
        taken.append((offset, offset + length))
        kept.append((cue, offset))
    return kept


def _conversions(article: Article) -> dict[int, list[MoneyMention]]:
    """Index of a money mention -> the mentions that restate it in another currency: right after it
    ("300 000 ariary, soit 60 euros", "250 000 ariary par mois, soit environ 51 euros"), or later in its
    sentence when the restatement names its exchange rate ("ne vaut plus que 3,60 dollars au taux officiel")."""
    out: dict[int, list[MoneyMention]] = {}
    money = article.money
    text = article.text
    taken: set[int] = set()
    for i, first in enumerate(money):
        j = i + 1
        while j < len(money):
            second = money[j]
            gap_start = first.end if j == i + 1 else money[j - 1].end
            unit = period_after(text, gap_start) if j == i + 1 else None
            if unit is not None and unit[2] <= second.start:
                gap_start = unit[2]  # "par mois, soit": the unit belongs to the first amount
            gap = text[gap_start:second.start]
            # ", une vingtaine d'euros"; or set apart by commas with nothing after it: "Je repars avec 200 pesos par
            # jour, 3,50 dollars, moins que le salaire minimum"
            approximate = APPOSED.fullmatch(gap) and (second.qualifier == "about" or (
                j == i + 1 and APPOSED_END.match(text, max(second.end, second.chain_end))
                and not (j + 1 < len(money) and APPOSED.fullmatch(text, second.end, money[j + 1].start))
                and not (i > 0 and APPOSED.fullmatch(text, money[i - 1].end, first.start))
                and _same_worth(first, second)))  # not a list: "1 200 euros, 900 dollars, 1 500 francs suisses"
            if j > i + 1 and second.currency not in {m.currency for m in money[i:j]}:
                listed = _next_restatement().fullmatch(gap)  # a third currency: "(1,80 euro, ou 68 bolivars)"
                opened = text[first.end:money[i + 1].start]
                if listed and (not listed.group("bracketed") or ("(" in opened and ")" not in opened)):
                    out[i].append(second)
                    taken.add(j)
                    j += 1
                    continue
            if second.currency == first.currency or not (_conversion_gap().match(gap) or approximate) \
                    or second.start == first.start or _restated_per_other_unit(text, first, second) \
                    or A_DIFFERENCE.match(text, second.end):
                break
            out.setdefault(i, []).append(second)
            taken.add(j)
            j += 1
    for j, second in enumerate(money):
        # Later in the sentence, a restatement names its exchange rate ("ne vaut plus que 3,60 dollars au taux
        # officiel") or opens as one ("36 619 pesos par mois depuis janvier, soit à peine 580 euros").
        if j in taken or not (EXCHANGE_RATE.match(text, second.end)
                              or _conversion_opener().search(text, max(0, second.start - 60), second.start)):
            continue
        sentence = article.sentence_index(second.start)
        # Not across a semicolon, nor a contrast that names another pay before it: "; il touche aujourd'hui
        # l'équivalent de", "5 000 euros net par mois, tandis qu'un matelot philippin est payé selon la grille ITF,
        # soit 1 900 dollars" (not "300 000 ariary par mois, mais seulement en fin de mois, soit 60 euros").
        earlier = [i for i in range(j) if money[i].currency != second.currency and i not in taken
                   and article.sentence_index(money[i].start) == sentence
                   and ";" not in text[money[i].end:second.start]
                   and not _other_pay_after_contrast(article, money[i].end, second.start)]
        if earlier and (_other_units(text, money[earlier[-1]], second)
                        or _restated_per_other_unit(text, money[earlier[-1]], second)):
            continue  # "15 000 shillings par jour, quand les contremaîtres perçoivent l'équivalent de 900 dollars
            #           par mois": other workers' pay, not a restatement
        if earlier:
            out.setdefault(earlier[-1], []).append(second)
            taken.add(j)
    return out


SAME_WORTH_RATIO = Decimal(3)  # two amounts within this ratio once put in euros may restate each other


def _in_euros(currency: str, value: Decimal | None) -> Decimal | None:
    """An amount's rough size in euros (`data/euro_rates.tsv`), or None where its currency or value is unknown."""
    rate = resources.euro_rates().get(currency)
    return None if rate is None or value is None else value / Decimal(str(rate))


# Before an amount, a place that opens the next member of a list: ", en Roumanie à 3 700 lei", "et au Portugal,
# 820 euros" (the locative before the place, then what may stand between the place and the amount).
LISTED_LOCATIVE = re.compile(r"(?:,|;|(?<![\w-])et)[ \u00a0]+(?:en|au|aux|à|dans)[ \u00a0]+"
                             r"(?:l['’]|la[ \u00a0]|le[ \u00a0])?$", re.IGNORECASE)
LISTED_PLACE_GAP = re.compile(r"[ \u00a0]*(?:,[ \u00a0]*)?(?:(?:à|de)[ \u00a0]+)?$", re.IGNORECASE)


def _listed_by_place(article: Article, money: MoneyMention) -> bool:
    """Whether the amount follows a place that opens a member of a list, right before it: "..., en Roumanie à 3 700
    lei" (`LISTED_LOCATIVE`, `LISTED_PLACE_GAP`)."""
    text = article.text
    before = starting_in(article.sorted_places, max(0, money.start - 40), money.start)
    return any(LISTED_PLACE_GAP.fullmatch(text, place.end, money.start)
               and LISTED_LOCATIVE.search(text, max(0, place.start - 12), place.start) for place in before[-1:])


def _same_worth(first: MoneyMention, second: MoneyMention) -> bool:
    """Whether two amounts in known currencies are worth about the same once put in euros: "200 pesos par jour, 3,50
    dollars," restates; "8 000 takas par mois, 500 dollars, c'est ce que gagne leur contremaître" does not."""
    one, two = _in_euros(first.currency, first.max), _in_euros(second.currency, second.max)
    return one is not None and two is not None and _within(one, two, SAME_WORTH_RATIO)


def _other_pay_after_contrast(article: Article, start: int, end: int) -> bool:
    """Whether text[start:end] sets against the amount before it, after a contrast (`CONTRAST`), the pay of other
    workers: workers named after the contrast ("tandis qu'un matelot philippin est payé selon la grille ITF, soit"),
    or a pay word other than a participle ("mais leurs collègues gagnent le minimum, soit"; not "mais payés en
    espèces, soit")."""
    text = article.text
    contrast = CONTRAST.search(text, start, end)
    if contrast is None:
        return False
    participles = resources.word_set("paid_participles")
    return bool(starting_in(article.sorted_roles, contrast.end(), end)) or any(
        c.category in PAY_CATEGORIES and c.weight > 0 and c.pattern not in participles
        for c, _ in find_cues(text, contrast.end(), end, "before"))


def _restated_per_other_unit(text: str, first: MoneyMention, second: MoneyMention) -> bool:
    """Whether a figure after "soit" states pay per another unit than the amount before it, named before that
    amount: "un salaire mensuel de 60 000 shillings (environ 465 dollars), soit à peu près 2,20 dollars de
    l'heure" is a second claim, by the hour, not a restatement."""
    two = period_after(text, second.end)
    if two is None or "," in text[second.end:two[1]] or several_units_after(text, second.end):
        return False  # "3'420 francs par mois, soit environ 3550 euros, pour une semaine de 50 heures"
    one = period_after(text, max(first.end, first.chain_end)) or period_before(text, first.start,
                                                                              max(0, first.start - 60))
    return one is not None and one[0] != two[0]


def _other_units(text: str, first: MoneyMention, second: MoneyMention) -> bool:
    """Whether two amounts each state a unit of pay, and not the same one: the second restates no other."""
    one = _end_and_unit(text, first, [])[1]
    two = _end_and_unit(text, second, [])[1]
    return one is not None and two is not None and one[0] != two[0]


def link(article: Article) -> list[Claim]:
    """The wage claims of an article, one per distinct (amount, currency, period), in text order."""
    conversions = article.conversions
    converted = {id(m) for ms in conversions.values() for m in ms}
    found: dict[int, Claim] = {}
    for i, money in enumerate(article.money):
        if id(money) not in converted:
            claim = _claim(article, i, money, conversions.get(i, []))
            if claim is not None:
                found[i] = claim
    # An amount with no cue of its own, in the sentence of a claim in the same currency and of its size (within
    # SIBLING_RATIO), is listed beside it: "un doctorant débute à 4'424 francs par mois et atteint 4'700 francs en
    # fin de thèse"; not "la mairie consacre 560 millions d'euros à la propreté" beside a bonus of 60 euros.
    paid: dict[tuple[int, str], list[Amount]] = {}
    for c in found.values():
        paid.setdefault((article.sentence_index(c.amount.start), c.amount.currency), []).append(c.amount)
    # The levels of one change are one statement: "ramené de 780 à 720 dollars lors du rachat du navire".
    changes = {(article.money[i].chain_end, article.money[i].currency) for i in found
               if article.money[i].shape == "change"}
    kept = [i for i, m in enumerate(article.money) if id(m) not in converted]
    previous = dict(zip(kept[1:], kept))  # each amount (no restatement) -> the one before it
    for i, money in enumerate(article.money):
        if i in found or id(money) in converted:
            continue
        change_level = money.shape == "change" and (money.chain_end, money.currency) in changes
        levels = paid.get((article.sentence_index(money.start), money.currency), [])
        # One figure of a list by country, in its own currency, right after a claim of its sentence worth about as
        # much: "En Pologne, il s'établit à 4 242 zlotys, en Roumanie à 3 700 lei et en Hongrie à 266 800 forints"
        # (not "le client paie en Suisse 40 francs, au Royaume-Uni 22 livres" after the drivers' pay).
        j = previous.get(i)
        abroad = not levels and j in found and _listed_by_place(article, money) \
            and article.sentence_index(article.money[j].start) == article.sentence_index(money.start) \
            and _same_worth(article.money[j], money)
        if change_level or abroad or any(_within(money.max, level.max, SIBLING_RATIO) for level in levels):
            # in its clause: "a atteint 36,5 millions d'euros, quand le groupe a reçu 20 millions" is the group's
            large_beside = any(level.max >= _large(money) and same_clause(article.text, min(level.end, money.end),
                                                                         max(level.start, money.start))
                               for level in levels)
            claim = _claim(article, i, money, conversions.get(i, []), sibling=True, change_level=change_level,
                           large_beside=large_beside)
            if claim is not None:
                found[i] = claim
    # An earlier or a later level told right after a claim, with no pay word of its own, is a claim too: "Mon
    # salaire de base est de 85 000 roupies par mois. À mon embauche, c'était 62 000 roupies."; "Il passera à
    # 13,90 euros en 2026, puis à 14,60 euros en 2027."
    for i, money in enumerate(article.money):
        before = max(0, money.start - 60)
        if i in found or id(money) in converted or not (
                EARLIER_LEVEL.search(article.text, before, money.start)
                or (money.shape in CARRIED_SHAPES and TODAY_LEVEL.search(article.text, before, money.start))
                or _level_of_anaphor().search(article.text, before, money.start)):
            continue
        s_index = article.sentence_index(money.start)
        if any(c.amount.currency == money.currency
               and s_index - EARLIER_LEVEL_REACH <= article.sentence_index(c.amount.start) < s_index
               and _within(money.max, c.amount.max, EARLIER_LEVEL_RATIO) for c in found.values()):
            claim = _claim(article, i, money, conversions.get(i, []), sibling=True)
            if claim is not None:
                found[i] = claim
    candidates = _carry_context(article, _members_of_pay(article, found, converted))
    claims, repeats = _count(_period_learnt(article, _salary_by_the_month(article, _period_by_magnitude(candidates))))
    claims = _organisations_learnt(article, _place_learnt(article, _kind_learnt(article, claims)))
    return _payers_of_repeats(article, _role_learnt(article, claims), repeats)


BARE_MEMBERS = ("elliptic", "elliptic-range")  # money.py's shapes of a bare number that lists a further level


def _members_of_pay(article: Article, found: dict[int, Claim], converted: set[int]) -> list[Claim]:
    """The claims of `found` (by index into `article.money`) in text order, but a bare number that lists a further
    level of the amount before it (`BARE_MEMBERS`: "9 à Lyon" after "12 euros à Paris") when that amount is no
    claim and neither a pay word of its own window, a unit of pay right after it (`OWN_UNIT`) nor workers as its
    subject (`_workers_between`) say it is pay: the member leaves out the verb of the one it continues, so it is
    money of the same sort ("La plateforme prélève 3 euros de frais par commande à Paris, 2,50 en province" lists
    fees; "un studio se loue 900 euros ; un livreur, lui, 1 400" does not). Members of a list are read in turn:
    "2 600" after "2 140" after "2 050 euros"."""
    own_pay = tuple(f"cue:{category}:" for category in PAY_CATEGORIES)
    kept: dict[int, Claim] = {}
    for i in sorted(found):
        if article.money[i].shape in BARE_MEMBERS and not any(p.startswith(own_pay) for p in found[i].provenance) \
                and OWN_UNIT not in found[i].provenance:
            head = _continued(article, i, converted)
            if head is not None and head not in kept and not _workers_between(article, article.money[head],
                                                                              article.money[i]):
                continue
        kept[i] = found[i]
    return list(kept.values())


OWN_UNIT = "period:after"  # the unit of pay right after an amount: "11,65 de l'heure" is pay, whatever came before
# Before a role, what makes it the beneficiary of a price, not the subject of pay: "2,50 pour un coursier".
BENEFICIARY_BEFORE = re.compile(r"(?<![\w-])(?:pour|à|au|aux)[ \u00a0]+(?:(?:un|une|les|le|la)[ \u00a0]+|l['’])?$",
                                re.IGNORECASE)


def _workers_between(article: Article, head: MoneyMention, member: MoneyMention) -> bool:
    """Whether workers are the subject of a member whose verb is left out, named between the amount it continues
    and its figure: "un studio se loue 900 euros par mois ; un livreur, lui, 1 400" (not "2,50 pour un coursier")."""
    return any(not BENEFICIARY_BEFORE.search(article.text, max(0, r.start - 20), r.start)
               for r in starting_in(article.sorted_roles, max(head.end, head.chain_end), member.start))


def _continued(article: Article, i: int, converted: set[int]) -> int | None:
    """The index of the amount a bare number (`article.money[i]`) continues: the nearest before it in its sentence
    and its currency, not a restatement ("900 takas (7 euros) ; un aide, 600" continues the takas), as money.py
    reads it (`_elliptic_levels`); None if there is none."""
    money = article.money[i]
    sentence = article.sentence_index(money.start)
    for j in range(i - 1, -1, -1):
        other = article.money[j]
        if article.sentence_index(other.start) != sentence:
            return None
        if other.currency == money.currency and id(other) not in converted:
            return j
    return None


# Organisations the rules decide, that the organisation model does not revisit: none for a legal minimum (the
# guide), unless the kind model reads it as pay workers receive or are offered; none for an employer the amount's
# sentence names by a noun only ("D'autres titres lui ont proposé 40 euros", `_other_employer`); the one company of
# several that a description names again ("Le premier rémunère", `_referred`).
RULED_ORGANISATIONS = ("organisations:statutory", "organisations:other-employer", "organisations:referred")
# Payers the amount's sentence or the one before names (SPEC section 5: "OpenAI, via le sous-traitant Sama" a
# sentence before the pay), the payer a noun names again as the amount's subject ("Leur employeur leur verse",
# `_company_subject`) or the next sentence names as the employer ("Son employeur, Teleperformance"), and payers in a
# working relation the text states, a client and its subcontractor ("+partner", `Article.clients`): the model may
# add to them, and drops one only when it is sure the text does not mean it (`OrgModel.min_to_keep`).
NAMED_PAYERS = ("organisations:sentence-0", "organisations:sentence-1", "organisations:quote",
                "organisations:anaphora", "organisations:next-employer")


def _organisations_learnt(article: Article, claims: list[Claim]) -> list[Claim]:
    """Each claim's organisations as the organisation model reads them among the article's names (`orgmodel.py`),
    unless a rule decided them (`RULED_ORGANISATIONS`); the payers the text names by the amount or in a working
    relation (`NAMED_PAYERS`) it keeps unless it is sure. Each is cited by its first mention as a payer (else its
    first mention)."""
    model = article.models.org or default_org_model()
    orgs = org_index(article, {org_name(m) for m in article.payers}, {org_name(m) for m in article.main_payers},
                     article.not_payers, article.payers_by_amount)
    at = {(m.start, m.end): m for m in article.organisations}
    related = {org_name(m) for m in article.clients} | set(article.partners)  # in a working relation the text states
    out = []
    for claim in claims:
        how = next((mark for mark in claim.provenance if mark.startswith("organisations:")), "organisations:none")
        if how.startswith(RULED_ORGANISATIONS):
            if how != "organisations:statutory" or claim.kind == "reference" or (
                    claim.kind == "offered" and "nearest-cue:statutory" in claim.provenance):
                out.append(claim)
                continue
            # The kind model read pay the workers receive beside the legal minimum ("Ils sont payés au Smic, soit
            # 12,21 euros"), or offered by what is nearer than the minimum ("embauche au Smic et leur promet une
            # prime de 100 euros"; not "propose de porter le salaire minimum à 15 euros"): their employer pays it,
            # and the rules' payers are read as for any pay.
            money = article.money_at[claim.amount.start]
            found, how = _organisations(article, article.sentence_index(money.start), money)
            how = f"organisations:{how}"
            claim = replace(claim, organisations=found, provenance=claim.provenance + (how,))
        rule = {org_name(at[(o.start, o.end)]) if (o.start, o.end) in at else o.name for o in claim.organisations}
        named = how.startswith(NAMED_PAYERS) or how.endswith("+partner") or bool(rule & related)
        kept = model.choose(article, orgs, claim.amount.start, claim.kind, how, rule, keep=rule if named else ())
        if article.sentences:  # the owner of a payer of the sentence does not pay ("Glovo, filiale de [...]")
            owners = article.owners_in(article.sentence_index(claim.amount.start))
            kept = [(name, score) for name, score in kept if name not in owners]
        if {name for name, _ in kept} != rule:
            cited = sorted((article.first_payer_named.get(name) or orgs.named.mentions[name][0] for name, _ in kept
                            if name in article.first_payer_named or orgs.named.mentions.get(name)), key=_start)
            claim = replace(claim, organisations=_unique(cited),
                            provenance=claim.provenance + ("organisations:model",))
        out.append(claim)
    return out


# Places the rules decide from what the guide states, that the place model does not revisit: a place in the
# amount's own clause ("1 300 euros en Grèce"), a demonym in its role (or where workers named by their origin
# work, `_place`: "not-origin"), a legal minimum, benchmark or national
# figure lifted to its country; and no place where the article names none of its workers' (dev, 5-fold by
# article: place 0.649 with the model everywhere, 0.645 with these left to the rules). Unless that place does not
# use the claim's currency (`_paid_elsewhere`). A place lifted to its country for the rules' kind (a legal minimum,
# a benchmark, not for a national cue) is the model's to revisit when the kind model reads pay workers receive
# ("payés au Smic" in Villeurbanne): on dev, cross-fitted, 89 lifts of claims read as paid were wrong and 49 right.
RULED_PLACES = ("clause", "role-demonym", "not-origin", "+national", "+country", "minimum-of")


def _place_learnt(article: Article, claims: list[Claim]) -> list[Claim]:
    """Each claim's place as the place model reads it among the article's places, the rules' choice and none
    (`placemodel.py`), unless a rule that states the guide decided it (`RULED_PLACES`). A place named several times
    is cited by its mention nearest before the amount."""
    model = article.models.place or default_place_model()
    places_of = place_index(article)
    out = []
    for claim in claims:
        how = next((mark for mark in claim.provenance if mark.startswith("place:")), "place:none")
        ruled = any(mark in how for mark in RULED_PLACES if not (mark == "+country" and claim.kind == "paid"))
        # A benchmark whose clause names its country holds there, in whatever currency: "Le salaire minimum atteint
        # 477 euros en Bulgarie, 606 euros en Roumanie" (a comparison in euros); and so does any amount the place
        # follows right after a locative: "5 euros par course à Paris, contre 3 euros à Nairobi" (dev, cross-fitted:
        # 79 of the 80 matched claims so placed were labelled there; the model moved the 80th).
        stated = how == "place:clause" and (claim.kind == "reference" or _place_follows_amount(article, claim))
        if how == "place:none" or (ruled and (stated or not _paid_elsewhere(claim))):
            out.append(claim)
            continue
        rule = claim.place.name if claim.place else None
        name, score = model.choose(article, places_of, Span(claim.amount.start, claim.amount.end), claim.kind, how,
                                   rule, claim.amount.currency)
        if name != rule:
            mentions = places_of.named.mentions.get(name, []) if name is not None else []
            before = (bisect.bisect_left(places_of.named.starts.get(name, []), claim.amount.start)
                      if name is not None else 0)
            place = _place_ref(mentions[before - 1] if before else mentions[0]) if mentions else None
            claim = replace(claim, place=place, provenance=claim.provenance + (f"place:model:{score:.2f}",))
        out.append(claim)
    return out


def _place_follows_amount(article: Article, claim: Claim) -> bool:
    """Whether the claim's place is the one named right after its amount (`_placed_right_after`)."""
    if claim.place is None:
        return False
    after = _placed_right_after(article.text, article.country_places, article.money_at[claim.amount.start],
                                claim.sentence.end)
    return after is not None and after.start == claim.place.start


def _paid_elsewhere(claim: Claim) -> bool:
    """Whether the claim's place does not use the claim's currency: "les manœuvres ukrainiens touchent 120
    couronnes de l'heure" in a story from Malmö are paid in Sweden, not in Ukraine; "les médecins roumains y
    trouvent des postes à 3.500 euros" in France. The demonym or the place a rule took is then where the workers
    come from, and the place model chooses. Not for dollars, in which pay is quoted in many countries ("Les
    Kényanes [...] 150 dollars mensuels" in Beirut). Euros too are quoted outside the euro area ("1 250 euros en
    Pologne" in a comparison), but on dev, letting the model revisit those places made 18 claims right and 2
    wrong (test: 9 and 2)."""
    if claim.place is None or claim.place.country is None or claim.amount.currency == "USD":
        return False
    return claim.amount.currency not in currencies_of(claim.place.country)


def _period_learnt(article: Article, claims: list[Claim]) -> list[Claim]:
    """Each claim's period as the period model reads it from what the rules found (`periodmodel.py`) and what the
    article's other claims say (`_periods_around`), but pay stated per several units of time, which keeps none
    (SPEC section 2), and pay given once with no unit stated ("un 13e mois de 1 500 euros": `ONE_OFF`)."""
    model = article.models.period or default_period_model()
    out = []
    for claim, around in zip(claims, _periods_around(article, claims)):
        if SEVERAL_UNITS not in claim.provenance and not (ONE_OFF in claim.provenance and claim.period is None):
            period, probability = model.period_of(article.text, claim.amount.start, claim.amount.end,
                                                  (claim.sentence.start, claim.sentence.end), claim.period,
                                                  claim.amount.currency, claim.amount.min, claim.amount.max,
                                                  claim.provenance, around)
            if period != claim.period:
                claim = replace(claim, period=period,
                                provenance=claim.provenance + (f"period:model:{probability:.2f}",))
        out.append(claim)
    return out


def _periods_around(article: Article, claims: list[Claim]) -> list[dict[str, float]]:
    """What the article's other claims with a period (bonuses aside) say of each claim's (`claims` in text order):
    the share of those of its currency and size (within MAGNITUDE) that have each period ("vote:month"), and the
    period of the nearest one before it in its paragraph and its currency, with whether it is of its size
    ("before:month", "before:month&same-size"). Sizes are looked up in sorted lists, so that a long text with
    thousands of claims stays near linear."""
    stated = {id(c) for c in claims if c.period is not None and not _is_bonus(c)}
    sizes: dict[str, dict[str, list[Decimal]]] = {}  # currency -> period -> the stated claims' maxima, sorted
    for c in claims:
        if id(c) in stated:
            sizes.setdefault(c.amount.currency, {}).setdefault(c.period or "", []).append(c.amount.max)
    for by_period in sizes.values():
        for maxima in by_period.values():
            maxima.sort()
    out = []
    last: dict[str, Claim] = {}  # the last stated claim of each currency before the amount
    at: dict[str, Claim] = {}  # the same at the amount: the claims of one list ("2, 4 ou 6 centimes") share it
    for index, claim in enumerate(claims):
        if index and claims[index - 1].amount.start != claim.amount.start:
            last.update(at)
            at.clear()
        found: dict[str, float] = {}
        high, currency = claim.amount.max, claim.amount.currency
        if high > 0:
            counts = {}
            for period, maxima in sizes.get(currency, {}).items():
                count = bisect.bisect_right(maxima, high * MAGNITUDE) - bisect.bisect_left(maxima, high / MAGNITUDE)
                count -= id(claim) in stated and period == claim.period  # not itself
                if count:
                    counts[period] = count
            total = sum(counts.values())
            for period, count in counts.items():
                found[f"vote:{period}"] = count / total
        previous = last.get(currency)
        if previous is not None and article.same_paragraph(article.sentence_index(previous.amount.start),
                                                           article.sentence_index(claim.amount.start)):
            found[f"before:{previous.period}"] = 1.0
            if _same_size(previous.amount.max, high):
                found[f"before:{previous.period}&same-size"] = 1.0
        if id(claim) in stated:
            at[currency] = claim
        out.append(found)
    return out


def _role_learnt(article: Article, claims: list[Claim]) -> list[Claim]:
    """Each claim's role as the role model reads it among the roles near its amount, the rules' choice and none
    (`rolemodel.py`)."""
    model = article.models.role or default_role_model()
    roles_of = role_index(article, sorted(m.start for m in article.money), resources.word_set("status_role_heads"))
    out = []
    for claim in claims:
        how = next((mark for mark in claim.provenance if mark.startswith("role:")), "role:none")
        rule = Span(claim.role.start, claim.role.end) if claim.role else None
        role, score = model.choose(article, roles_of, Span(claim.amount.start, claim.amount.end), claim.kind, how,
                                   rule)
        chosen = Span(role.start, role.end) if role is not None else None
        if chosen != rule:
            claim = replace(claim, role=RoleRef(role.text, role.start, role.end) if role else None,
                            provenance=claim.provenance + (f"role:model:{score:.2f}",))
        out.append(claim)
    return out


def _kind_learnt(article: Article, claims: list[Claim]) -> list[Claim]:
    """Each claim's kind as the kind model reads it from what the rules found (`kindmodel.py`). Payers and place
    stay as the rules' kind decided them."""
    model = article.models.kind or default_kind_model()
    out = []
    for claim in claims:
        kind, probability = model.kind_of(article.text, claim.amount.start, claim.amount.end,
                                          (claim.sentence.start, claim.sentence.end), claim.kind, claim.provenance)
        if kind != claim.kind:
            claim = replace(claim, kind=kind, provenance=claim.provenance + (f"kind:model:{probability:.2f}",))
        out.append(claim)
    return out


# Cues that name a salary, whose level French press gives by the month when it states no unit.
SALARY_CUE = re.compile(r"cue:(?:pay|statutory|reference):(?:salaire|smic|smig)")
MONTHLY_FLOOR = Decimal(50)  # below 50 units of any currency, an amount is no month's salary ("trois centimes")
# From about this many euros, a salary is given by the year ("un salaire de 42 000 euros"), not by the month; read
# only where the currency word names one currency (not "pesos" nor "dollars" that no place resolves).
MONTHLY_CEILING_EUROS = 10_000


def _yearly_size(money: MoneyMention) -> bool:
    """Whether an amount is of a year's salary rather than a month's (MONTHLY_CEILING_EUROS in euros or more),
    where its currency word names one currency."""
    rate = resources.euro_rates().get(money.currency) if money.group == money.currency else None
    return rate is not None and float(money.max) / rate >= MONTHLY_CEILING_EUROS


def _salary_by_the_month(article: Article, claims: list[Claim]) -> list[Claim]:
    """A salary its clause names, with no unit, nothing in context and no neighbour of its size to lend one, is a
    monthly salary: "le salaire moyen d'un téléconseiller avoisine 4 500 dirhams", "un salaire de base de 1 650 000
    pesos". Not a bonus, nor pay for several units of time, nor an amount no month's salary is made of (below
    MONTHLY_FLOOR units, from MONTHLY_CEILING_EUROS in euros, or of an executive's size). On dev, 10 such claims had
    a month in the gold and none had no period; none was of 10 000 euros or more."""
    out = []
    for claim in claims:
        amount = claim.amount.max
        money = article.money_at.get(claim.amount.start)
        if claim.period is None and SEVERAL_UNITS not in claim.provenance and not _is_bonus(claim) \
                and any(SALARY_CUE.match(p) for p in claim.provenance) and MONTHLY_FLOOR <= amount \
                and amount < LARGE.get(claim.amount.currency, LARGE_OTHER) / EXECUTIVE_SCALE \
                and not (money is not None and _yearly_size(money)):
            claim = replace(claim, period="month", provenance=claim.provenance + ("period:salary",))
        out.append(claim)
    return out


# Right before an amount, a past state of a level: "c'était 180.000 francs", "le tarif était de 10 cents".
EARLIER_LEVEL = re.compile(r"(?<![\w-])(?:c['’]étai(?:t|ent)|étai(?:t|ent)[ \u00a0]+(?:de|à))[ \u00a0]+"
                           r"(?:(?:seulement|à[ \u00a0]peine|environ|près[ \u00a0]de|plus[ \u00a0]de|moins[ \u00a0]de)"
                           r"[ \u00a0]+)?$", re.IGNORECASE)

# Right before a bare figure that carries the currency of the pay told before it, the present level: "on me donnait
# 400 takas la journée. Aujourd'hui, c'est 650" (not "Le loyer ? Aujourd'hui, c'est 900 euros").
TODAY_LEVEL = re.compile(r"(?<![\w-])(?:aujourd['’]hui|maintenant|désormais)[ \u00a0]*,?[ \u00a0]*c['’]est[ \u00a0]+$",
                         re.IGNORECASE)
CARRIED_SHAPES = ("carried", "carried-range")  # money.py's shapes of a bare figure carried from a sentence before


@cache
def _level_of_anaphor() -> re.Pattern[str]:
    """Right before an amount, a pronoun that stands for the level named before and its new value: "Il passera à",
    "Ce plancher sera porté à", "puis à" in a series of steps. The pronouns: list anaphoric_subjects."""
    return re.compile(rf"(?:(?<![\w-])(?:{_words('anaphoric_subjects')})[ \u00a0]+(?:[\w'’-]+[ \u00a0]+){{1,3}}?(?:à|de)"
                      rf"|,[ \u00a0]*puis[ \u00a0]+à)[ \u00a0]+$", re.IGNORECASE)


SIBLING_RATIO = Decimal(10)  # an amount listed beside a claim is within this factor of it
EARLIER_LEVEL_REACH = 2   # sentences back to the claim whose earlier (or next) level it is
EARLIER_LEVEL_RATIO = Decimal(3)  # such a level is within this factor of the claim's


# Between an increment cue and its amount: "une hausse de seulement 40 pesos", "augmenté de près de 2 euros".
HEDGE = (r"(?:(?:seulement|près[ ]de|environ|à[ ]peine|plus[ ]de|moins[ ]de|quelque|jusqu['’]à|en[ ]moyenne)"
         r"[ \u00a0\u202f]*)?")
ATTACHED_CUE = re.compile(r"[ \u00a0\u202f]*(?:(?:de|du|des)[ \u00a0\u202f]+|d['’])")  # "8 milliards d'euros de chiffre"


@cache
def _increment_gap() -> re.Pattern[str]:
    """What may stand between an increment cue and its amount: a hedge ("une hausse de seulement 40 pesos"), "est
    de" ("l'écart reste de 700 000 dongs"), a modal and a verb of level with an adverb ("l'écart peut dépasser",
    "une hausse qui atteint désormais": data/word_lists.tsv, lists bound_verb_stems and bound_adverbs), or a rise
    in percent restated in money ("a augmenté de 2 %, soit 35 euros par mois")."""
    space = r"[ \u00a0\u202f]"
    stems = resources.alternation([*resources.word_list("bound_verb_stems"), "attei"])
    adverbs = resources.word_alternation("bound_adverbs")
    return re.compile(
        rf"{space}*(?:qui{space}+)?(?:(?:peut|pourrait|devrait|va){space}+)?"
        rf"(?:(?:reste|est|était|sera|atteint|s['’]élève){space}+(?:de|à){space}*"
        rf"|(?:{stems})\w*{space}+(?:(?:{adverbs}){space}+)?)?"
        + HEDGE + rf"(?:\d+(?:[,.]\d+)?{space}*(?:%|pour[ ]?cent),?{space}*soit{space}*" + HEDGE + ")?",
        re.IGNORECASE)


# After it, close enough to qualify it ("dix euros brut au-dessus du Smic"), not in a clause that goes on ("une
# prime de 1 500 euros si l'équipe termine la saison au-dessus de la zone rouge").
INCREMENT_AFTER_CHARS = 25
INCREMENT_FRAME_WEIGHT = -8.0  # as the increment cues of data/cues.tsv
# What joins the amounts of one list, range or change: "10, 20 et 30 euros", "de 20 à 22 euros".
JOINED = re.compile(r"[ \u00a0\u202f]*(?:,|et|ou|à|au)?[ \u00a0\u202f]*")


def _large(money: MoneyMention) -> Decimal:
    """From this amount up, money is rarely a wage unless a pay word or an executive says so."""
    return LARGE.get(money.currency, LARGE_OTHER)


@cache
def _increment_frame() -> re.Pattern[str]:
    """A verb of change and its object, or a noun of change and one word, or a verb of change with no object and
    perhaps adverbs, then "de" right before an amount (or a percent it restates), or a plus sign: "a relevé les
    salaires de 60 centimes", "une augmentation générale de 150 euros", "progressera donc de 72 euros", "+50 euros"
    (data/word_lists.tsv, lists increment_verbs, increment_nouns, object_determiners, change_verb_stems and
    bound_adverbs). The amount is by how much pay changed."""
    word = r"[\w'’-]+"
    space = r"[ \u00a0\u202f]"
    return re.compile(
        rf"(?<![\w-])(?:(?:{_words('increment_verbs')})[ \u00a0]+(?:{_words('object_determiners')})"
        rf"(?:[ \u00a0]*{word}){{0,3}}?"  # "a augmenté tout le monde de 150 euros": no word after
        rf"|(?:{_words('increment_nouns')})[ \u00a0]+{word}"
        rf"|«[ \u00a0]*(?:{_words('increment_nouns')})[ \u00a0]*»"
        # "progressera donc de 72 euros", "ne progressera que de 1,13 %, soit 20 euros"
        rf"|(?:{_words('change_verb_stems')})(?:{VERB_ENDINGS})"
        rf"(?:[ \u00a0]+(?:{_words('bound_adverbs')}|que|en[ ]moyenne))*)"
        rf"[ \u00a0]+de[ \u00a0\u202f]*{HEDGE}"
        rf"(?:\d+(?:[,.]\d+)?{space}*(?:%|pour[ ]?cent),?{space}*soit{space}*{HEDGE})?$"
        # "la hausse atteint 50 euros par mois", "la revalorisation mensuelle s'élève à 30 euros": the noun of change,
        # with its determiner, is the subject of a verb of level (not "le salaire après revalorisation atteint")
        rf"|(?<![\w-])(?:la|les|une|cette|ces|leur|leurs|sa|ses|l['’])[ \u00a0]*(?:{_words('increment_nouns')})"
        rf"(?:[ \u00a0]+{word})?[ \u00a0]+(?:{_words('increment_levels')})[ \u00a0\u202f]*{HEDGE}$"
        # a sign on the figure: "ont obtenu +1,20 €/h", "1 500 euros (+50 euros)"; not "1 500 € + 200 € de primes",
        # a sum of parts, nor "+ de 2 000 euros", which is "plus de"
        rf"|(?<![\w+])\+$", re.IGNORECASE)


# An amount right after ", contre" (`_compared_with_increment`), and one a noun follows ("2 500 euros de salaire").
RIGHT_AFTER_CONTRE = re.compile(r",[ \u00a0]*contre[ \u00a0]+$", re.IGNORECASE)
NOUN_AFTER = re.compile(r"[ \u00a0]+(?:de|d['’])(?![\w'’])", re.IGNORECASE)


def _compared_with_increment(article: Article, i: int, sentence: Span) -> bool:
    """Whether amount `i` comes right after ", contre" and the amount before it in its sentence is an increment
    (`_increment_frame`): "le salaire médian des femmes a progressé de 180 euros nets par mois, contre 140 euros pour
    les hommes" compares two rises. Not a level named so ("a augmenté de 40 euros, contre 2 500 euros de salaire
    pour les directeurs", "contre un salaire de 1 800 euros")."""
    if not i:
        return False
    money, previous = article.money[i], article.money[i - 1]
    return (previous.start >= sentence.start
            and RIGHT_AFTER_CONTRE.search(article.text, max(previous.end, previous.chain_end), money.start) is not None
            and NOUN_AFTER.match(article.text, max(money.end, money.chain_end)) is None
            and _increment_frame().search(article.text, sentence.start, previous.start) is not None)


# The endings of a verb after its stem (data/word_lists.tsv, list change_verb_stems): "progresse", "progressera",
# "a bondi"; not "plongeurs", "progressif".
VERB_ENDINGS = r"e|es|ent|é|ée|és|ées|er|ait|aient|era|eront|erait|eraient|i|it|ira|iront|issent|issait|issaient"
INCREMENT_FRAME = resources.Cue("increment-frame", "increment", INCREMENT_FRAME_WEIGHT, "before")


def _left_cues() -> frozenset[str]:
    """Pay cues that say what is left to the worker after costs (data/word_lists.tsv, list left_cues, written as
    data/cues.tsv writes them)."""
    return resources.word_set("left_cues")


def _one_off_cues() -> frozenset[str]:
    """Pay cues of pay given once, which keeps no unit it does not state, as a bonus (SPEC: "one-off bonuses [...]
    period null unless stated"), when they come before its amount: "une indemnité de départ de 1,2 million
    d'euros", "30 000 actions gratuites, valorisées 1,4 million d'euros"; not "un fixe de 1,2 million d'euros et
    des actions de performance" (data/word_lists.tsv, list one_off_pay_cues, written as data/cues.tsv writes
    them)."""
    return resources.word_set("one_off_pay_cues")


@cache
def _one_off_words() -> re.Pattern[str]:
    """Words that name a sum given once, which keeps no unit it does not state, whatever else says it is pay: "un
    montant forfaitaire de 1500 $ à la signature" beside an hourly rate (data/word_lists.tsv, list
    one_off_pay_words)."""
    return re.compile(rf"(?<![\w-])(?:{_words('one_off_pay_words')})(?![\w-])", re.IGNORECASE)


@cache
def _one_off_sums() -> re.Pattern[str]:
    """A noun of a sum given once, then at most three words (no punctuation) up to the end of the search: the
    amount right after it is that sum ("une prime exceptionnelle de 300 euros", "un paiement rétroactif moyen de
    25 000 $"; data/word_lists.tsv, list one_off_sum_nouns)."""
    word = r"(?:(?:[ \u00a0]+|(?<=['’]))(?:[^\W\d]+['’]?|\([^\W\d]+\)))"  # "de", "d'", "environ", "(PPV)"
    return re.compile(rf"(?<![\w-])(?:{_words('one_off_sum_nouns')}){word}{{0,3}}[ \u00a0]*$", re.IGNORECASE)


def _one_off_before(text: str, start: int, end: int) -> bool:
    """Whether the amount at `end` is a sum given once: a one-off word stands before it in its clause (from
    `start`: `_one_off_words`), or a noun of such a sum right before it (`_one_off_sums`)."""
    return any(pattern.search(text, start, end) is not None for pattern in (_one_off_words(), _one_off_sums()))


@cache
def _executive() -> re.Pattern[str]:
    """A chief executive's title (data/word_lists.tsv, list executive_titles): a sentence that names one and a pay
    word speaks of pay in millions, and tells it by the year ("le PDG a touché 9,4 millions d'euros pour 2024")."""
    return re.compile(rf"(?<![\w-])(?:ex-)?(?:{_words('executive_titles')})(?![\w-])", re.IGNORECASE)  # "l'ex-PDG"


@cache
def _company_anaphora() -> re.Pattern[str]:
    """A company named again by a noun or a possessive: "du groupe", "la plateforme", "ses salariés". The words:
    data/word_lists.tsv, lists company_anaphora_nouns and company_staff_nouns."""
    return re.compile(rf"(?<![\w-])(?:(?:le|la|les|l['’]|du|des|au|cette|ce)[ \u00a0]*(?:{_words('company_anaphora_nouns')})"
                      rf"|{_own_staff()})(?![\w-])", re.IGNORECASE)


@cache
def _own_staff() -> str:
    """A company's staff by a possessive: "ses salariés", "leurs employés" (list company_staff_nouns)."""
    return rf"(?:ses|leurs)[ \u00a0]+(?:{_words('company_staff_nouns')})"


@cache
def _company_own() -> re.Pattern[str]:
    """A company's own staff: by a possessive (`_own_staff`: "ses salariés"), or by the company's noun
    as the complement that ends the subject ("des employés du distributeur s'établissait", list
    company_anaphora_nouns); not a noun with its own complement or adjective ("la société française", "la chaîne
    de distribution")."""
    verbs = r"(?:se|est|était|atteint|atteignait|a|avait|plafonne|tourne)(?![\w-])"
    ends = rf"(?=[ \u00a0]*[,;:)]|[ \u00a0]+(?:s['’]|{verbs}))"
    of_the = r"(?:du|de[ \u00a0]+la|de[ \u00a0]+l['’])[ \u00a0]*"
    return re.compile(rf"(?<![\w-])(?:{_own_staff()}(?![\w-])|{of_the}(?:{_words('company_anaphora_nouns')}){ends})",
                      re.IGNORECASE)


def _clause_bounds(article: Article, i: int, money: MoneyMention, sentence: Span) -> tuple[int, int]:
    """The local window of an amount: back to the amount before its list or change, or 90 characters before
    that list, forward to the next amount, the next comma or semicolon, or 60 characters; never outside its
    sentence."""
    text = article.text
    first = money  # the first amount of the list or change this one ends: "passera de 20 à 22 euros"
    for other in reversed(article.money[:i]):
        if other.end <= first.start and (JOINED.fullmatch(text, other.end, first.start) or (
                first.shape in ("change", "range") and HEDGED_END.fullmatch(text, other.end, first.start))):
            first = other  # hedged: "Le loyer est passé de 450 à près de 600 euros" is one change, of rent
        elif other.start != first.start:
            break
    start = max(sentence.start, first.start - BEFORE_CHARS)
    for other in reversed(article.money[:i]):  # amounts are in text order: only the last ones can reach
        if other.end <= first.start and other.start != first.start and other.end > start:
            start = other.end
        if other.start < first.start - BEFORE_CHARS:
            break
    semicolon = text.rfind(";", start, money.start)
    if semicolon >= 0:
        start = semicolon + 1
    end_limit = min(sentence.end, money.end + AFTER_CHARS)
    for other in article.money[i + 1:]:
        if other.start >= money.end and other.start != money.start:
            end_limit = min(end_limit, other.start)
            break
    chain_end = max(money.end, money.chain_end)
    cut = re.search(r"[,;:]", text[chain_end:end_limit])
    end = chain_end + cut.start() if cut else end_limit
    presented = _presented_after(text, money, end_limit)
    if presented is not None:
        # An amount set first is what the words after the colon say: "1 250 euros : voilà ce que gagne un agent",
        # "Douze euros de l'heure, voilà ce qu'on m'a proposé chez Adecco".
        further = re.search(r"[,;]", text[presented:end_limit])
        end = presented + further.start() if further else end_limit
    return start, max(end, money.end)


def _presented_after(text: str, money: MoneyMention, end: int) -> int | None:
    """Where the words that present an amount set first start, after its colon or comma (`PRESENTED`), within its
    clause (up to `end`): their verb stands before its object as it would before the amount."""
    chain_end = max(money.end, money.chain_end)
    cut = re.search(r"[,;:]", text[chain_end:end])
    at = chain_end + cut.end() if cut is not None and cut.group() != ";" else None
    return at if at is not None and PRESENTED.match(text, at) else None


# After an amount and a colon, words that present it: "1 250 euros : voilà ce que gagne", ": c'est le cachet de".
PRESENTED = re.compile(r"[ \u00a0]*(?:voilà|voici|c['’]est|ce sont|tel est|telle est)(?![\w-])", re.IGNORECASE)


# A negation right before "un euro", "un centime", with at most "même" or a past participle between: "Pas un
# centime", "ils n'ont pas touché un euro", "sans même un centime": no pay at all, not a level of one euro (not
# "sans compter un euro de prime", which adds one).
NOT_ONE = re.compile(r"(?<![\w-])(?:pas|sans|ni|jamais)(?:[ \u00a0]+(?:même|[\w-]+(?:é|ée|és|ées|u|ue|us|ues|is|it)))?"
                     r"[ \u00a0]+$", re.IGNORECASE)
ONE = re.compile(r"(?:un|une)(?:[ \u00a0]+seule?)?[ \u00a0]", re.IGNORECASE)


def _not_one(text: str, money: MoneyMention) -> bool:
    """Whether the amount is one unit or one subunit of a currency ("un euro", "un centime", not "un million
    d'euros") under a negation (`NOT_ONE`): no claim."""
    return (money.max <= 1 and ONE.match(text, money.start) is not None
            and NOT_ONE.search(text, max(0, money.start - 30), money.start) is not None)


HOLDER = re.compile(rf"[ \u00a0]*{DETERMINER}?[ \u00a0]*")  # "contrat de [l']ailier", "de [ses] joueurs"


def _holder_after(article: Article, at: int) -> bool:
    """Whether workers (a role) are named right after `at`, a determiner apart: whose contract it is."""
    holder = HOLDER.match(article.text, at)
    return any(r.start == holder.end() for r in starting_in(article.sorted_roles, holder.end(), holder.end() + 1))


EARNING = ("pay", "offered")  # the cues of pay received or to be received ("touche", "touchera")
# One person named by a singular determiner: "le joueur", "l'acteur principal", "au pilote", "son entraîneur".
ONE_PERSON = re.compile(r"(?<![\w-])(?:le|la|l['’]|au|un|une|son|sa|ce|cet|cette)[ \u00a0]*$", re.IGNORECASE)


def _one_earner(text: str, role: Mention | None, local: list[tuple[resources.Cue, int]], period: str | None) -> bool:
    """Whether the amount's clause pays one person by a unit of time or work ("Le joueur touchera 2 millions d'euros
    par an", "Ferrari verse au pilote 3 millions de dollars par an", "propose 20 millions d'euros par an à
    l'attaquant"): a player's or a star's pay, where millions are no company's money. Not a group ("les éleveurs
    recevront 2 millions d'euros" is a total), nor a sum paid once ("L'éleveur recevra 2 millions d'euros de l'État
    pour reconstruire sa ferme")."""
    return (period is not None and role is not None
            and ONE_PERSON.search(text, max(0, role.start - 8), role.start) is not None
            and any(c.category in EARNING for c, _ in local))


def _nearest_cue(local: list[tuple[resources.Cue, int]], money: MoneyMention) -> list[str]:
    """Marks of the cue of the clause nearest the amount, which mostly is the word that governs it: "loués 200
    euros par mois", "la location de la moto, 250 takas par jour", beside "touche" further away. Its family, its
    side and whether it counts for pay or against (dev, pay 5-fold by article: F1 0.950 to 0.952)."""
    if not local:
        return []
    cue, at = min(local, key=lambda found: money.start - found[1] if found[1] < money.start else found[1] - money.end)
    side = "before" if at < money.start else "after"
    return [f"nearest-cue:{cue.category}", f"nearest-cue:{cue.category}:{side}",
            f"nearest-cue:{'against' if cue.weight < 0 else 'for'}"]


def _claim(article: Article, i: int, money: MoneyMention, conversions: list[MoneyMention],
           sibling: bool = False, change_level: bool = False, large_beside: bool = False) -> Claim | None:
    """The claim of one amount, or None when its score says it is not pay. A `sibling` (an amount beside a
    claim of its sentence) needs only a score of zero and no cue against pay in its clause; a `change_level` (the
    other level of a change whose one level is a claim) needs nothing more. Beside a claim as large as it
    (`large_beside`), a large amount is no company's money: "Son salaire est passé de 17 millions d'euros en 2018
    à 72 millions d'euros en 2023"."""
    if _exchange_rate(article, i) or _not_one(article.text, money):
        return None
    text = article.text
    s_index = article.sentence_index(money.start)
    sentence = article.sentence(s_index)
    start, end = _clause_bounds(article, i, money, sentence)
    provenance = [f"money:{money.shape}"]
    local = find_cues(text, start, money.start, "before") + find_cues(text, money.end, end, "after")
    presented = _presented_after(text, money, end)
    if presented is not None:  # "1 500 euros, voilà ce que réclament les syndicats": the words after say it
        local += [(cue, at) for cue, at in find_cues(text, presented, end, "before")
                  if (cue, at) not in local]
    # A cue of the amount right after it ("une course de 25 $") says nothing of another one further on.
    local = [(cue, at) for cue, at in local
             if cue.position != RIGHT_BEFORE or _right_before(text, cue, at, money.start)]
    after_amount = any(other.end == start for other in article.money[:i])  # its clause opens where one ends
    if after_amount:
        # The clause starts where another amount ends: a cue that completes that amount, in a clause a comma closes
        # before this one, is its own ("Teleperformance, qui a réalisé 8,3 milliards d'euros de chiffre d'affaires,
        # paie ses modérateurs 1,1 million de pesos"; not in a list: "60.000 francs de loyer et 1.000 francs de bus").
        local = [(cue, at) for cue, at in local if not (at < money.start and ATTACHED_CUE.fullmatch(text, start, at)
                                                        and "," in text[at:money.start])]
    # A cost or a price that completes an amount before this one is that amount's, when a word of earning this one
    # or of promising it comes after it ("plus de 1 200 dollars de frais de recrutement pour un emploi promis à 120
    # dinars"); not in a list, "60.000 francs de loyer à Kigali et 1.000 francs de bus", "280 000 euros de chiffre
    # d'affaires et perçu 38 000 euros d'aides", nor after a verb of paying or of offering: "500 euros de loyer et
    # paie encore 120 euros à la crèche", "1 000 euros de frais d'agence pour un appartement proposé à 850 euros".
    local = [(cue, at) for cue, at in local if not (
        cue.weight < 0 and at < money.start and not LIST_WORD.search(text, at, money.start)
        and any(other.pattern in EARNED_OR_PROMISED and at < where < money.start for other, where in local)
        and any(ATTACHED_CUE.fullmatch(text, max(other.end, other.chain_end), at) for other in article.money[:i]))]
    # An increment says so right before its amount ("une hausse de 40 pesos"), not in "relevés de paiement [...]";
    # and no cue counts inside an organisation's name ("le Fonds national suisse" is no investment fund), unless it is
    # the whole name ("l'EuroMillions").
    local = [(cue, at) for cue, at in local
             if (not article.in_name(at) or article.is_name(at, at + len(cue.pattern))) and (
                 cue.category != "increment"
                 or (at > money.start and at - max(money.end, money.chain_end) <= INCREMENT_AFTER_CHARS)
                 or _increment_gap().fullmatch(text, at + len(cue.pattern.rstrip("*")), money.start))]
    if money.shape not in ("change", "range") and not any(cue.category == "increment" for cue, _ in local):
        frame = _increment_frame().search(text, start, money.start)
        if frame:
            local.append((INCREMENT_FRAME, frame.start()))
        elif _compared_with_increment(article, i, sentence):  # "a progressé de 180 euros, contre 140 euros pour
            local.append((INCREMENT_FRAME, money.start))       # les hommes": by how much too
    # "une fois l'essence payée"; from the sentence start: "Après la location, l'essence [...], il affirme gagner"
    net_of = [m.span() for m in _net_of().finditer(text, sentence.start, money.start)]
    local = [(cue, at) for cue, at in local if not (cue.weight < 0 and any(a <= at < b for a, b in net_of))]
    # What a unit of work counts is the worker's task, even when it is sold: "25 yens par gobelet vendu", "500
    # francs par abonnement vendu" are a commission, not a price.
    unit_after = period_after(text, max(money.end, money.chain_end))  # also the period, when nothing else says one
    if unit_after is not None and unit_after[0] == "task":
        unit_end = rate_end(text, unit_after[1], unit_after[2])
        local = [(cue, at) for cue, at in local if not (cue.category == "price" and unit_after[1] <= at < unit_end)]
    # Pay that includes its bonuses is no bonus: "1 780 euros net par mois, prime de feu comprise".
    local = [(cue, at) for cue, at in local if not (cue.pattern in BONUS_CUES and INCLUDED.match(text, at))]
    # A worker's contract is no contract between companies: "Le contrat de l'ailier prévoit 500 000 euros par an",
    # "L'ingénieur a signé un contrat de 60 000 euros par an avec Renault" (one person signs it, for a unit of time).
    signed = unit_after is not None and unit_after[0] in TIME_PERIODS and any(
        ONE_PERSON.search(text, max(0, r.start - 8), r.start) for r in starting_in(article.sorted_roles, start,
                                                                                    money.start))
    local = [(cue, at) for cue, at in local if not (cue.category == "contract" and (
        _holder_after(article, at + len(cue.pattern)) or (signed and at < money.start)))]
    one_off = any(cue.pattern in _one_off_cues() and at < money.start for cue, at in local) \
        or _one_off_before(text, start, money.start)
    bonus = one_off or any(cue.pattern in BONUS_CUES for cue, _ in local)
    if one_off:
        provenance.append(ONE_OFF)
    local = _worker_verb(article, local, start, money.start)
    # "J'enlève la location, l'essence, et il me reste 10 000 kwanzas": what is left after the costs is pay.
    left = [at for cue, at in local if cue.pattern in _left_cues() and at < money.start]
    if left:
        local = [(cue, at) for cue, at in local if not (cue.weight < 0 and cue.category in COST_FAMILIES
                                                          and at < left[-1])]
    score = sum(cue.weight for cue, _ in local)
    provenance += [f"cue:{cue.category}:{cue.pattern}" for cue, _ in local]
    provenance += _nearest_cue(local, money)
    in_sentence = article.cues_in(sentence)
    # An item of a list is read with the sentence that introduces the list: "Les montants ci-dessous sont des
    # salaires minimaux mensuels bruts. / - Pologne : 4 666 zlotys ;".
    lead = article.list_lead(s_index)
    if lead is not None:
        in_sentence = in_sentence + article.cues_in(lead)
        provenance.append("list-item")
    # A sentence that also speaks of money that is not pay ("L'action a gagné 1,20 euro, à 48,70 euros") lends
    # its pay words only to the amounts that have their own.
    mixed = any(c.weight < 0 and c.category in NOT_PAY_FAMILIES for c, _ in in_sentence)
    if not any(cue.weight < 0 for cue, _ in local) and not (mixed and score <= 0):
        elsewhere = [c for c in in_sentence if c[0].weight > 0 and not start <= c[1] < end]
        score += SENTENCE_FACTOR * sum(cue.weight for cue, _ in elsewhere)
        provenance += [f"sentence-cue:{cue.category}:{cue.pattern}" for cue, _ in elsewhere]

    question = _pay_question(article, s_index)
    # Period: right after the amount (past its list and conversions), else a period word before it.
    # "300 000 ariary par mois, soit 60 euros" or "7,30 dollars (6,9 euros) l'heure".
    several = several_units_after(text, max(money.end, money.chain_end))
    working_time = working_time_after(text, max(money.end, money.chain_end)) if several else None
    if working_time and period_before(text, money.start, max(start, sentence.start)):
        working_time = None  # "le salaire minimum hebdomadaire atteint 915,90 dollars pour 38 heures": a week
        several = None
    if working_time or (several and money.shape == "change" and text[several[0]:several[0] + 3].lower() == "en "):
        several = None  # "2 310 euros pour 176 heures": a month; "passé de 18 500 à 22 000 pesos en deux ans"
    several = several or per_person_after(text, max(money.end, money.chain_end))  # "300 dollars par marin"
    if not several and unit_after is None and not working_time:  # "Pour trois jours de travail, elle a touché 285 €"
        several = several_units_before(text, money.start, sentence.start)
    # "1 800 euros sur 13 mois": a month's salary paid 13 times; "30 000 euros sur 12 mois": a year's pay
    instalments = instalments_after(text, max(money.end, money.chain_end))
    schedule = ("year" if _yearly_size(money) else "month", *instalments) if instalments else None
    if schedule:
        several = None
    period_found = None if several else (working_time or schedule or unit_after)
    if several:
        provenance.append(SEVERAL_UNITS)  # "150 euros pour dix jours": no period after it, none carried to it
    elif period_found is None and conversions:
        period_found = period_after(text, conversions[-1].end)
    if period_found is None and not several:  # "je fais 60 heures par semaine pour 1 100 euros": a month
        period_found = working_time = working_time_before(text, money.start, max(start, sentence.start))
    if period_found is None:  # "le salaire journalier à 46,72 euros pour six heures et demie de travail": day
        clause_start = max(start, sentence.start)
        own = period_after(text, start) if after_amount else None
        if own is not None and own[2] <= money.start:  # the unit of the amount before is its own: "1 950 euros
            clause_start = own[2]  # brut mensuels, auxquels s'ajoute une prime de 1 500 euros à la signature"
        period_found = (period_before(text, money.start, clause_start) or unit_before(text, money.start, clause_start)
                        or unit_subject(text, money.start, clause_start) or rate_before(text, money.start, clause_start)
                        or unit_opening(text, money.start, sentence.start)
                        or _period_of_en(article, i, money, clause_start))
        if period_found:
            provenance.append("period:before")
        elif not bonus:  # a bonus keeps no unit it does not state
            roles = starting_in(article.sorted_roles, sentence.start, money.start)
            period_found = period_in_sentence(text, money.start, sentence.start, [(r.start, r.end) for r in roles])
            if period_found is None and lead is not None:
                period_found = period_in_sentence(text, lead.end, lead.start)
            if period_found:
                provenance.append("period:sentence")
            elif question is not None and _answers_with_no_time(article, s_index, money, question, local) \
                    and not several:
                # the first figure of the answer: "Combien gagniez-vous par mois ? — Au début, 40 000 shillings."
                period_found = period_of_question(text, question.start, question.end)
                if period_found:
                    provenance.append("period:question")
        else:  # unless its target is counted over one: "600 commandes dans le mois"
            period_found = target_period(text, money.end, sentence.end)
            if period_found:
                provenance.append("period:target")
    elif not several:
        provenance.append("period:working-time" if period_found is working_time
                          else "period:instalments" if period_found is schedule else OWN_UNIT)
    if period_found is None and not several and any(_earns(cue) for cue, _ in local) \
            and not bonus:
        period_found = earning_frame(text, sentence.start, sentence.end)  # "sur le seul mois de janvier": month
        if period_found:
            provenance.append("period:frame")
    executive = _executive().search(text, sentence.start, sentence.end) is not None
    if (period_found is None and not several and executive and money.max >= _large(money) / EXECUTIVE_SCALE
            and not bonus):
        period_found = ("year", money.start, money.end)  # an executive's pay is told by the year
        provenance.append("period:executive")
    period = period_found[0] if period_found else None
    others = [m for m in article.money_by_sentence.get(s_index, ()) if m is not money]
    if period and (any(c.weight <= STRONG_PRICE_CUE and c.category in PRICE_FAMILIES
                       and not any(m.start <= at < m.end for m in others) for c, at in in_sentence)
                   or any(c.weight < 0 and c.category in PRICE_FAMILIES for c, _ in local)) \
            and not any(c.weight > 0 for c, _ in local):
        # "L'abonnement professionnel, destiné aux artisans, passe de 40 à 45 € par mois": in a sentence about a
        # price, a unit alone does not make pay (dev: precision 0.866 to 0.872, recall 0.876 to 0.872). A price
        # word in the clause says so, or a strong one in the sentence: "quand le client est pressé" does not; nor
        # does the scale of another amount ("réclament 1,6 milliard de dollars de dommages et intérêts").
        provenance.append("period:in-price-sentence")
    elif period:
        score += PERIOD_WEIGHT
    role = _nearest(text, article.sorted_roles, money, start, end)
    if role is not None:
        provenance.append("role:in-clause")
        if not (score <= 0 and any(c.weight <= STRONG_NOT_PAY_CUE and c.category in NOT_PAY_SENTENCE
                                   for c, _ in in_sentence)):
            score += ROLE_WEIGHT
    if money.max >= _large(money) and not large_beside and not any(
            c.category == "pay" and c.weight >= STRONG_PAY_CUE for c, _ in local) and not (
            executive and any(c.category in EARNING for c, _ in local)) and not _one_earner(text, role, local, period):
        score += LARGE_WEIGHT
        provenance.append("large-amount")
    if HYPOTHETICAL.search(text[sentence.start:money.start]) or (
            IF_PAID.search(text[sentence.start:money.start]) and CONDITIONAL.search(text, money.end, sentence.end)):
        score += HYPOTHETICAL_WEIGHT
        provenance.append("hypothetical")
    starts_at = next((at for cue, at in local if cue.pattern.startswith(STARTING_STEMS) and at < money.start
                      and _right_before(text, cue, at, money.start)), None)
    earned = any(cue.pattern.rstrip("*").startswith(EARNER_STEMS) and at < money.start for cue, at in local) or (
        starts_at is not None and bool(starting_in(article.sorted_roles, start, starts_at)))
    if _paid_to_organisation(article, money, conversions, start, sentence.end, earned):
        score += TO_ORGANISATION_WEIGHT
        provenance.append("to-organisation")
    elif _paid_to_workers(article, money, conversions, sentence.end):
        score += TO_WORKERS_WEIGHT
        provenance.append("to-workers")
    if _customer_pays(article, start, money.start):
        score += CUSTOMER_WEIGHT
        provenance.append("customer-pays")
    elif _workers_pay(article, start, money.start):
        score += CUSTOMER_WEIGHT
        provenance.append("workers-pay")
    if _per_worker(article, money, conversions, end):
        score += CUSTOMER_WEIGHT
        provenance.append("price-per-worker")
    continues = _continues_pay(article, s_index, money)
    if continues:
        provenance.append("anaphora:pay")  # "Il atteindra 1.705 euros" after a sentence about a salary
    context = _pay_context(article, s_index, money)
    if question is not None:
        context.append("context:asked-pay")
    provenance += context
    if change_level:
        provenance.append("pay:sibling")  # "ramené de 780 à 720 dollars lors du rachat": one change, both levels
    elif sibling and score >= 0 and not any(cue.weight < 0 for cue, _ in local):
        provenance.append("pay:sibling")
    elif period is None and role is None and not any(c.weight > 0 for c, _ in local + in_sentence) \
            and not continues and not context:
        # Nothing says pay (no pay word, no unit, no workers, no pay in its currency around it): the words around
        # it cannot either.
        return None
    else:  # the pay model weighs the evidence (`paymodel.py`)
        model = article.models.pay or default_pay_model()
        pay, probability = model.is_pay(text, money.start, money.end, (sentence.start, sentence.end),
                                        float(money.max or 0), score, period, provenance)
        if not pay:
            return None
        provenance.append(f"pay:model:{probability:.2f}")

    # A kind word of the sentence counts where it may stand: "qui a demandé que son nom ne soit pas publié", after
    # the amount, demands nothing of it.
    placed = [(c, at) for c, at in in_sentence if c.position != "before" or at < money.start]
    kind, cued = _kind(local, placed)
    old_level = money.shape == "change" and money.chain_end > money.end  # "passera de 658 [à 745] dollars"
    if kind == "offered" and old_level:
        # The level a change starts from is what workers had: "le salaire passera de 658 à 745 dollars", "ils
        # réclament qu'il passe de 10 à 15 euros" (the golden guide: the old level is paid).
        kind = "paid"
        provenance.append("kind:old-level")
    elif kind == "paid" and not old_level and ANNOUNCED_LEVEL.search(text, max(0, money.start - 60), money.start):
        # A level a verb announces for later is offered pay (the guide: "announced pay"): "la paie passera à 2 150
        # euros", the new level of "passera de 1 720 à 1 790 euros". A legal minimum stays a benchmark.
        kind = "offered"
        provenance.append("kind:announced")
    elif kind == "offered" and CURRENT_LEVEL.search(text, max(0, money.start - 30), money.start) \
            and NOW_AFTER.match(text, max(money.end, money.chain_end)):
        # The level a demand or an offer is compared with, as it is now: "réclame 1 250 euros, contre 940 euros
        # aujourd'hui", "contre 300 à 450 nairas versés actuellement".
        kind = "paid"
        provenance.append("kind:current-level")
    provenance.append(f"kind:{kind}")
    if cued:
        provenance.append("kind:cued")
    qualifier = money.qualifier
    found_qualifier = qualifier_of(text, money.start, money.end)
    if found_qualifier:
        qualifier = found_qualifier[0]
        provenance.append(f"qualifier:{found_qualifier[1]}")
    statutory = kind == "reference" and any(c.category == "statutory" for c, _ in local)
    # The demand must be in the amount's clause: "Paketçim, qui revendique 38.000 coursiers, a ramené de 110 à 95
    # livres la somme versée" is the company's own rate.
    demanded = kind == "offered" and any(c.category == "offered" and c.pattern in resources.word_set("claim_cues")
                                          for c, _ in local)
    if statutory:
        organisations, how = (), "statutory"  # a legal minimum wage has no payer
    elif kind == "reference" and _company_own().search(text, sentence.start, money.start):
        # A company's own median or average ("le salaire moyen des employés de magasin du distributeur
        # s'établissait à") is the pay of the employer named before.
        organisations, how = _organisations(article, s_index, money)
    elif kind == "reference" or demanded:
        # A benchmark (a median, another group's pay) and a level demanded for a whole trade name no payer of
        # these workers: on dev, 119 of 136 benchmarks and most demands have none in gold.
        organisations, how = (), "benchmark" if kind == "reference" else "demand"
    else:
        organisations, how = _organisations(article, s_index, money)
        if not how.startswith("sentence-0") and any(
                c.category == "reference" and c.pattern != "en moyenne" for c, _ in local + in_sentence
                ) and not _company_anaphora().search(text, sentence.start, sentence.end):
            # A median or an average with no organisation in its sentence, nor "le groupe" or "ses salariés", is a
            # statistic of the trade, not the pay of the employer named before ("le revenu médian des livreurs
            # argentins").
            organisations, how = (), "benchmark"
    org_how = how
    place, how = _place(article, s_index, money, start, end, role)
    minimum_or_benchmark = statutory or kind == "reference"
    minimum_of = _minimum_of(article, sentence, money) if minimum_or_benchmark else None
    if minimum_of is not None:
        place, how = _place_ref(minimum_of), "minimum-of"
    elif place is not None and how != "clause" and _national(article, sentence, place.country):
        # A figure its sentence says is national holds for the country. Measured on dev, the national cue alone
        # took place accuracy from 0.625 to 0.648.
        place, how = _country_of(article, place, how, "+national")
    elif place is not None and how != "clause" and minimum_or_benchmark \
            and place.name not in resources.word_set("own_minimum_places"):
        # So does a legal minimum or a benchmark, unless a province or a state sets its own; in a story that never
        # names that country ("le Smic" in a story from Toulouse), no mention places it: none (`_unnamed_country`).
        place, how = (None, how + UNNAMED_COUNTRY) if _unnamed_country(article, place) else \
            _country_of(article, place, how, "+country")
    if org_how == "article-main" and place is not None and not how.startswith("article-main") \
            and _elsewhere(article, place):
        organisations, org_how = (), "article-main:elsewhere"
    provenance.append(f"organisations:{org_how}")
    provenance.append(f"place:{how}")
    if role is None and not statutory:  # nor workers of its own, unless its clause names them
        role = _role_back(article, s_index, money)
        provenance.append("role:back" if role is not None else "role:none")
    elif role is None:
        provenance.append("role:none")
    amount = Amount(money.min, money.max, money.currency, money.text, money.start, money.end)
    return Claim(
        amount=amount,
        period=period,
        kind=kind,
        qualifier=qualifier,
        organisations=organisations,
        place=place,
        role=RoleRef(role.text, role.start, role.end) if role else None,
        sentence=sentence,
        converted=tuple(Amount(c.min, c.max, c.currency, c.text, c.start, c.end) for c in conversions),
        score=score,
        provenance=tuple(provenance),
    )


def _elsewhere(article: Article, place: PlaceRef) -> bool:
    """Whether a claim is placed, by a place near it, somewhere other than the article's main place: "À Paris, un
    développeur de même niveau gagne 60 k€" in a story about Lagos. The main payers employ the workers of the
    story's setting, not those of a place the text names for a comparison (on dev, organisations 0.585 to 0.593)."""
    return article.main_place is not None and place.name != org_name(article.main_place)


# A verb of change in the future, then the level it reaches: "passera à", "sera porté de 1 720 à", "atteindra".
ANNOUNCED_LEVEL = re.compile(r"(?<![\w-])(?:passera|passeront|sera[ \u00a0]+portée?s?|seront[ \u00a0]+portée?s?|"
                             r"sera[ \u00a0]+relevée?s?|seront[ \u00a0]+relevée?s?|atteindra|atteindront)(?![\w-])"
                             r"(?:[^.;:!?]{0,40}?(?<![\w-])(?:à|de))?[ \u00a0]+$", re.IGNORECASE)
# A level compared with "contre", then said to be the present one.
CURRENT_LEVEL = re.compile(r"(?<![\w-])contre[ \u00a0]+(?:[\w'’-]+[ \u00a0]+){0,2}$", re.IGNORECASE)
NOW_AFTER = re.compile(r"[ \u00a0]*(?:[\w'’-]+[ \u00a0]+){0,3}?(?:actuellement|aujourd['’]hui|jusqu['’]ici|"
                       r"jusqu['’]à[ \u00a0]+présent|à[ \u00a0]+l['’]heure[ \u00a0]+actuelle)(?![\w-])", re.IGNORECASE)


def _kind(local: list[tuple[resources.Cue, int]], in_sentence: list[tuple[resources.Cue, int]]) -> tuple[str, bool]:
    """reference, offered or paid, from the cues of the amount's clause, else of its sentence; the flag says
    whether a cue decided it (a claim paid by default may take the kind of the figures before it: see
    `_carry_context`).

    The strongest family wins: statutory (a legal minimum: reference), offered (set, proposed, demanded: a
    demand outweighs the minimum wage it asks for) and reference (median, average). Beside a pay word, a median
    or an average is what these workers earn ("ils gagnent en moyenne 17 francs"): paid, as the golden guide
    decides. A pay word alone in the clause decides paid ("payé 15 dollars, un peu plus que le salaire
    minimum"), unless the sentence says plainly that the amount is offered ("un salaire de 1 500 euros est
    proposé")."""
    paid = any(_earns(cue) for cue, _ in local)
    for cues in (local, in_sentence):
        weights: Counter[str] = Counter()
        for cue, _ in cues:
            if cue.category in KIND_OF and not (paid and cues is not local
                                                and (cue.category != "offered" or cue.weight < STRONG_KIND_CUE)):
                weights[cue.category] += cue.weight
        if paid or any(_earns(cue) for cue, _ in cues):
            weights.pop("reference", None)
        if weights:
            return KIND_OF[weights.most_common(1)[0][0]], True
    return "paid", paid


def _earns(cue: resources.Cue) -> bool:
    """A pay word that says workers earn the amount: "brut" and "net" (cues that follow the amount) qualify an
    amount of pay but say nothing of who earns it ("le salaire moyen est de 4 100 euros brut")."""
    return cue.category == "pay" and cue.position != "after"


AFFILIATION_CHARS = 70  # how far before a name `_affiliation` reads


# "Le chinois CMOC", "l'américain Appen", "le géant indien TCS": French press names a company by its nationality.
NATIONALITY_BEFORE = re.compile(r"(?<![\w-])(?:le|l['’])[ \u00a0]*(?:[a-zà-ÿ-]+[ \u00a0]+)?([a-zà-ÿ-]+)[ \u00a0]+$",
                                re.IGNORECASE)


PAID_TO_REACH = 60  # characters from a verb of paying to the "à ses" of the workers it pays, in one clause
COMPLEMENT_BEFORE = re.compile(r"(?<![\w-])(?:de|du|des|d['’])[ \u00a0]*(?:la[ \u00a0]+|l['’][ \u00a0]*)?$",
                               re.IGNORECASE)  # "les cliniques de la FHP"


@cache
def _pays_its_workers() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """Right after a name, a verb of paying and its own workers or workers ("paie ses arbitres", "verse à ses
    pigistes", "La SNCB paie les conducteurs"; a role must follow; not "La CAF verse aux livreurs une prime"), a
    relative clause that pays ("Deliveroo, qui paie 5 euros la course"), or a verb of paying and, later in its
    clause with no comma between, its own workers ("le CHU verse déjà 95 euros par mois à ses brancardiers"): the
    name pays (data/word_lists.tsv, list payer_subject_verbs)."""
    verbs = _words("payer_subject_verbs")
    verb = rf"[ \u00a0]+(?:ne[ \u00a0]+)?(?:{verbs})[ \u00a0]+"
    own = re.compile(rf"{verb}(?:(?:à[ \u00a0]+)?(?:ses|leurs|son|sa)|les)[ \u00a0]+", re.IGNORECASE)
    relative = re.compile(rf"[ \u00a0]*,[ \u00a0]*qui[ \u00a0]+(?:(?:leur|lui|me|nous|les)[ \u00a0]+)?"
                          rf"(?:{verbs})(?![\w-])", re.IGNORECASE)
    later = re.compile(rf"{verb}[^.;:!?«»,\n]{{1,{PAID_TO_REACH}}}?(?<![\w-])à[ \u00a0]+(?:ses|leurs|son|sa)[ \u00a0]+",
                       re.IGNORECASE)
    return own, relative, later


# After a name and a comma, its own workers: "Selon Foodora, ses coursiers torontois gagnent 17,50 $" (a role
# must follow).
ITS_WORKERS_AFTER = re.compile(r"[ \u00a0]*,[ \u00a0]*(?:ses|leurs)[ \u00a0]+", re.IGNORECASE)


def _pays_its_workers_after(article: Article, mention: Mention) -> bool:
    """Whether the words after a name say it pays its workers (`_pays_its_workers`); with the amount between the
    verb and the workers, only a name that is the verb's subject, not its complement ("les cliniques de la FHP
    paient 1 750 euros à leurs aides-soignantes")."""
    own, relative, later = _pays_its_workers()
    if relative.match(article.text, mention.end):
        return True
    m = own.match(article.text, mention.end) or ITS_WORKERS_AFTER.match(article.text, mention.end) or (
        None if COMPLEMENT_BEFORE.search(article.text, max(0, mention.start - 12), mention.start)
        else later.match(article.text, mention.end))
    return m is not None and any(r.start == m.end() for r in starting_in(article.sorted_roles, m.end(), m.end() + 1))


# Between workers and the name that employs them: "de", an article and at most one lower-case noun ("les salariés
# de l'association Solidel").
WORKERS_OF_BETWEEN = re.compile(r"[ \u00a0]+(?:de|du|des|d['’])[ \u00a0]*"
                                r"(?:l['’][ \u00a0]*|la[ \u00a0]+|le[ \u00a0]+)?(?:[a-zà-ÿ'’-]+[ \u00a0]+)?")
EMPLOYS_REACH = 30  # characters from a verb of employing to the workers it employs ("emploie 400 salariés")
# Workers in the plural: "les salariés de l'association", not "la secrétaire de la CFDT" (an official of a union).
PLURAL_DETERMINER_BEFORE = re.compile(r"(?<![\w-])(?:les|des|ces)[ \u00a0]+$", re.IGNORECASE)


@cache
def _employs() -> re.Pattern[str]:
    """Right after a name, a verb of employing (data/word_lists.tsv, list employer_verbs): "La CFDT emploie 400
    salariés"."""
    return re.compile(rf"[ \u00a0]+(?:{_words('employer_verbs')})(?![\w-])", re.IGNORECASE)


def _employs_its_workers(article: Article, mention: Mention) -> bool:
    """Whether the text says a name employs staff (list company_staff_nouns): its staff and "de" right before it
    ("les salariés de l'association Solidel"), a participle of employing and "par" ("les médecins employés par
    MSF"), workers and a participle of paying and "par" ("un instituteur payé par la Fédération
    Wallonie-Bruxelles"), or a verb of employing and its staff right after it ("La CFDT emploie 400 salariés").
    Such a name employs them, whatever else it is (a union, an association, a public body); not one whose members
    or researchers the text names ("les militants de la CFDT", "les chercheurs de Fairwork")."""
    text = article.text
    if _employed_by().search(text, max(0, mention.start - 40), mention.start):
        return True
    paid = _paid_by().search(text, max(0, mention.start - 40), mention.start)
    if paid and any(WORKERS_BEFORE_PAID.fullmatch(text, r.end, paid.start())  # not "L'enquête, payée par Le Monde"
                    for r in starting_in(article.sorted_roles, max(0, paid.start() - 60), paid.start())):
        return True
    if any(WORKERS_OF_BETWEEN.fullmatch(text, r.end, mention.start)
           and PLURAL_DETERMINER_BEFORE.search(text, max(0, r.start - 8), r.start)
           for r in _staff_in(article, max(0, mention.start - 60), mention.start)):
        return True
    verb = _employs().match(text, mention.end)
    return verb is not None and any(not re.search(r"[.;:!?,«»]", text[verb.end():r.start])
                                    for r in _staff_in(article, verb.end(), verb.end() + EMPLOYS_REACH))


def _staff_in(article: Article, start: int, end: int) -> list[Mention]:
    """The roles starting in text[start:end] that name a company's staff (data/word_lists.tsv, list
    company_staff_nouns: "salariés", "employés"...)."""
    staff = resources.word_set("company_staff_nouns")
    return [r for r in starting_in(article.sorted_roles, start, end) if r.text.split()[0].lower() in staff]


@cache
def _employed_by() -> re.Pattern[str]:
    """Right before a name, a participle of employing and "par": "employés par MSF" (`organisations.employed_by`)."""
    return re.compile(rf"{employed_by()}$")


@cache
def _paid_by() -> re.Pattern[str]:
    """Right before a name, a participle of paying and "par" (data/word_lists.tsv, list paid_participles): "un
    instituteur payé par la Fédération Wallonie-Bruxelles"."""
    return re.compile(rf"(?<![\w-])(?:{_words('paid_participles')})[ \u00a0]+par[ \u00a0]+"
                      r"(?:(?:la|le|les)[ \u00a0]+|l['’])?$", re.IGNORECASE)


# Between workers and the participle that says who pays them: a word ("un instituteur primaire payé"), a comma.
WORKERS_BEFORE_PAID = re.compile(r"(?:[ \u00a0]+[a-zà-ÿœ-]+)?[ \u00a0]*,?[ \u00a0]*")


def _nationality_before(text: str, start: int) -> bool:
    """Whether a name at `start` follows "le" and a nationality (demonyms.tsv), which vouches for a company."""
    found = NATIONALITY_BEFORE.search(text, max(0, start - 40), start)
    return found is not None and found.group(1).lower() in resources.demonyms()


def _not_payer_because(article: Article, mention: Mention) -> str | None:
    """Why a mention cannot be a payer, or None when it may be. Organisations that report, regulate or speak for
    workers (media, public bodies, unions, NGOs) and products are never the payer: what it is ("type", a union or
    a ministry by our table), its name ("name"), an acronym nothing vouches for ("acronym"; "chez" does: "Chez
    Capgemini ou CGI"), the words before it
    ("context": "le syndicat", a media), what carries the pay to the workers ("carrier": "versés via M-Pesa"),
    where someone studied or works as a source ("affiliation"), or a verb of earning and a figure after it
    ("earner": "Nasima devait toucher 1 500 riyals"). A name that pays or employs its workers in so many words pays
    them, whatever it is: "La NBA paie ses arbitres", "Le Parisien paie ses pigistes", "Contrairement à Deliveroo,
    qui paie 5 euros la course", "les salariés de l'association Solidel"."""
    if _pays_its_workers_after(article, mention) or _employs_its_workers(article, mention):
        return None
    kind_of_org = org_type(mention.value or mention.text)
    if kind_of_org in NOT_PAYERS:
        return "type"
    carried = _carried_by().search(article.text, max(0, mention.start - 60), mention.start)
    if carried and (carried.group("noun") or kind_of_org == "payment"):
        return "carrier"  # "versés via M-Pesa", "sur le portefeuille électronique Zelvo"; not "PayPal emploie"
    if _not_payer_name().search(mention.text) or _not_payer_name().search(mention.value or ""):
        return "name"
    if ACRONYM.fullmatch(mention.text) and mention.text not in article.vouched_names \
            and not _nationality_before(article.text, mention.start) and id(mention) not in article.after_chez:
        return "acronym"  # "SMAG", "CNSS", "VTC": laws, funds, agencies, unions far more often than employers
    before = article.text[max(0, mention.start - 40):mention.start]
    if _media_context().search(before) or _not_payer_context().search(before) or (
            FRONTED_FOR.search(before) and article.text.startswith(",", mention.end)
            and org_type(mention.value or mention.text) not in EMPLOYER_TYPES):
        return "context"
    if _not_payer_apposed().match(article.text, mention.end):
        return "apposition"  # "l'Ispettorato nazionale del lavoro (INL), l'inspection du travail italienne"
    affiliation = _affiliation().search(article.text, max(0, mention.start - AFFILIATION_CHARS), mention.start)
    if affiliation and not (affiliation.group("title") and article.text.startswith(",", mention.end)
                            and _earner_after().match(article.text, mention.end + 1)):
        return "affiliation"  # not "Marc Dubois, chercheur à l'Inserm, touche 2 800 euros": his employer
    if _earner_after().match(article.text, mention.end) and CLAUSE_OPENS.search(before):
        return "earner"  # "Nasima devait toucher 1 500 riyals", not "les salariés de Veilia touchent 1 850 euros"
    if before.rstrip().endswith("("):  # an acronym shares the context of the name it abbreviates
        named = [m for m in starting_in(article.sorted_organisations, max(0, mention.start - 200), mention.start)
                 if m.end < mention.start and article.text[m.end:mention.start].strip() == "("]
        if named:
            return _not_payer_because(article, named[-1])
    return None


def _organisations(article: Article, s_index: int, money: MoneyMention) -> tuple[tuple[NamedRef, ...], str]:
    """Organisations of the claim's sentence; else of the nearest sentence before it (up to two back, across
    paragraphs: a feature names the employer in one paragraph and quotes the pay in the next) that names one;
    else the employer the next sentence opens with ("Son employeur, Teleperformance"); else the company a noun
    names again as the amount's subject, up to ANAPHORA_SENTENCES back ("Leur employeur leur verse"); else those
    the article names MAIN_ORG_MENTIONS times or more. Where the amount's payer is a description of one of the
    companies named before ("Le premier rémunère", "l'allemand verse"), only that one (`_referred`)."""
    referred = _referred(article, s_index, money)
    if referred:
        return referred, "referred"
    for back in range(0, LOOKBACK_SENTENCES + 1):
        index = s_index - back
        if index < 0:
            break
        sentence = article.sentence(index)
        found = starting_in(article.payers, sentence.start, sentence.end)
        how = f"sentence-{back}"
        if back == 0 and money.start in article.payers_by_amount:
            # Employers compared, each tied to its amount: "1 830 euros chez Hyper Cazal, 1 790 euros chez Marché
            # Vallon", "Velocia 4,50 euros, Coursio 3,90 euros"
            own = article.payers_by_amount[money.start][0]
            found = [m for m in found if org_name(m) in own]
        elif back == 0 and len({org_name(m) for m in found}) > 1:
            # Or each in its part of the sentence: "Chez Lidl, un caissier débute à 1 900 euros, quand Aldi en
            # propose 1 850"; "[...] 1 900 euros ; chez son voisin Kiabi, c'est 1 750"
            low, high = _contrast_part(article, index, money.start, money.end)
            own_part = starting_in(article.payers, low, high)
            if own_part and len(own_part) < len(found) and any(not low <= m.start < high
                                                              for m in article.money_by_sentence.get(index, [])):
                found = own_part
        owners = _owners(article, found)
        found = [m for m in found if org_name(m) not in owners]
        if found and back == 0 and _counterpart_part(article, index, money):
            return (), "other-employer"  # "[...] 3 000 euros, quand son homologue suisse touche 6 500 francs"
        if not found and back == 0:
            if _opens_a_clause(_other_employer(), article.text, sentence.start, money.start):
                return (), "other-employer"  # "D'autres titres lui ont proposé 40 euros le feuillet"
            found, how = _quote_attribution(article, money), "quote"
        if found:
            partners = [] if _direct_staff(article, money) else _partners_of(article, found)
            if back == 0:  # "Chez Orange, [...] 2 400 euros ; chez son sous-traitant X, [...] 1 100 dinars"
                partners = [m for m in partners if not _named_in_other_part(article, index, money, org_name(m))]
            return _unique(sorted(found + partners, key=_start)), how + ("+partner" if partners else "")
    named_next = _employer_named_next(article, s_index)
    if named_next:  # "« Je suis payée 1 650 euros », explique Sabrina. Son employeur, Teleperformance, [...]"
        return _unique(sorted(named_next + _partners_of(article, named_next), key=_start)), "next-employer"
    sentence = article.sentence(s_index)
    if _opens_a_clause(_company_subject(), article.text, sentence.start, money.start):
        # "L'agence leur verse 1 100 euros": the payer named last, further back
        first = article.sentences[max(0, s_index - ANAPHORA_SENTENCES)].start if article.sentences else 0
        found = starting_in(article.payers, first, sentence.start)
        if found:
            back = s_index - article.sentence_index(found[-1].start)
            last = [m for m in found if article.sentence_index(m.start) == s_index - back]
            partners = [] if _direct_staff(article, money) else _partners_of(article, last)
            return _unique(sorted(last + partners, key=_start)), f"anaphora-{back}"
    if article.main_payers:  # on dev, with their partners: organisations 0.588 to 0.592
        return _unique(sorted(article.main_payers + _partners_of(article, article.main_payers), key=_start)), \
            "article-main"
    return (), "none"


def _referred(article: Article, s_index: int, money: MoneyMention) -> tuple[NamedRef, ...]:
    """The company a description names as the amount's payer (`company_reference`: "Glovo et Uber Eats [...]. Le
    premier rémunère la livraison 2,80 euros"), among those of its sentence and the LOOKBACK_SENTENCES before,
    with the names outside its list (`company_reference.payers`), those its subject holds ("Le premier, qui
    travaille pour Anthropic, propose") and its partners; none where no description names the payer, it fits not
    exactly one company of a list, or a payer is named between its subject and the amount."""
    sentence = article.sentence(s_index)
    said = company_reference.description_before(article.text, sentence.start, money.start)
    if said is None or starting_in(article.payers, said.subject_end, money.start):
        return ()  # none, or a payer of its own between: "Le premier verse 3,20 zlotys ; chez Bolt, c'est 2,90"
    first = article.sentences[max(0, s_index - LOOKBACK_SENTENCES)].start
    found = company_reference.payers(article.text, said, starting_in(article.payers, first, said.start),
                                     starting_in(article.payers, 0, said.start), org_name)
    if found is None:
        return ()
    named = [*found, *starting_in(article.payers, said.end, said.subject_end)]
    return _unique(sorted(named + _partners_of(article, named), key=_start))


@cache
def _counterpart() -> re.Pattern[str]:
    """Workers of another employer or place doing the same job, after a possessive: "son homologue", "leurs
    homologues" (data/word_lists.tsv, list counterpart_nouns)."""
    return re.compile(rf"(?<![\w-])(?:son|sa|ses|leur|leurs)[ \u00a0]+(?:{_words('counterpart_nouns')})(?![\w-])",
                      re.IGNORECASE)


def _counterpart_part(article: Article, index: int, money: MoneyMention) -> bool:
    """Whether the amount's part of its sentence (`_contrast_part`), not the first, names counterparts before it and
    no payer: "Un moniteur de l'ESF gagne 3 000 euros, quand son homologue suisse touche 6 500 francs" (the ESF does
    not pay the 6 500 francs); not "leurs homologues de Teleperformance touchent 1 200 euros", nor in a sentence
    that opens with "Chez X," (`CHEZ_OPENING`), whose counterparts are the same employer's."""
    sentence = article.sentence(index)
    if CHEZ_OPENING.match(article.text, sentence.start):  # the same employer's counterpart: "Chez McDonald's, un
        return False  # équipier gagne 11,65 euros en France, quand son homologue danois touche 22 dollars"
    low, high = _contrast_part(article, index, money.start, money.end)
    return low > sentence.start and _counterpart().search(article.text, low, money.start) is not None \
        and not starting_in(article.payers, low, high)


# What sets two parts of a sentence against each other, after a comma: ", quand", ", tandis que", ", alors que",
# ", pendant que" (or "qu'" before a vowel), ", contre", ", mais", ", là où", ", ceux de" ("Les salariés de la SNCF
# ont reçu 400 euros, ceux de Keolis 250 euros"); and "; ". Not ", lorsque", which mostly says when.
_QUE = r"qu(?:e|(?=['’]))"  # "que", or "qu'" before a vowel
CONTRAST = re.compile(rf"[ \u00a0]*;|,[ \u00a0]*(?:quand|tandis[ \u00a0]+{_QUE}|alors[ \u00a0]+{_QUE}|contre|mais"
                      rf"|là[ \u00a0]+où|pendant[ \u00a0]+{_QUE}|(?:ceux|celles|celui|celle)[ \u00a0]+(?:de|du|des))"
                      r"(?![\w-])|,[ \u00a0]*(?:ceux|celles|celui|celle)[ \u00a0]+d['’]", re.IGNORECASE)
# A sentence that opens with a clause set against the rest ("Alors que", "Tandis que", "Là où", "Pendant que", "Si",
# "Quand", "Lorsque"): "Alors qu'un développeur de Google gagne 250 000 francs par an, les annotateurs [...]", "Si
# les livreurs de Stuart touchent 5 euros, ceux d'Uber Eats [...]". The clause ends at the first comma after its
# amount, where no comma comes before that amount (`_contrast_part`): not "Si tout se passe bien, un annotateur gagne
# 3 dollars de l'heure, et Remotasks lui verse un bonus de 50 dollars".
CONTRAST_OPENING = re.compile(rf"[\s«“\"—–-]*(?:alors[ \u00a0]+{_QUE}|tandis[ \u00a0]+{_QUE}|là[ \u00a0]+où"
                              rf"|pendant[ \u00a0]+{_QUE}|si|quand|lorsqu(?:e|(?=['’])))(?![\w-])", re.IGNORECASE)


def _contrast_part(article: Article, index: int, start: int, end: int) -> tuple[int, int]:
    """The offsets of the part of sentence `index` around text[start:end] that a contrast sets apart from the rest:
    `CONTRAST` ("[...] 1 900 euros, quand Aldi en propose 1 850"), and the clause a sentence opens with
    (`CONTRAST_OPENING`) that holds the sentence's first amount, up to the first comma after it. The whole sentence
    where the later side names no payer the earlier, which names two or more, does not: a chain of client and
    subcontractor, not employers set against each other ("OpenAI versait 12,50 dollars à Sama, alors que les
    annotateurs de Sama ne touchaient que 1,50 dollar"); not "Uber paie 1 euro, tandis que Bolt, qui débauche les
    chauffeurs d'Uber, en verse 1,10"."""
    sentence = article.sentence(index)
    low, high = part_around(article.text, sentence, start, end, CONTRAST)
    amounts = article.money_by_sentence.get(index)
    opening = CONTRAST_OPENING.match(article.text, sentence.start) if amounts else None
    if amounts and opening and "," not in article.text[opening.end():amounts[0].start]:
        comma = article.text.find(",", amounts[0].end, sentence.end)
        if comma >= 0 and start > comma:
            low = max(low, comma + 1)
        elif comma >= 0 and end <= comma:
            high = min(high, comma)
    if (low, high) != (sentence.start, sentence.end):
        payers = starting_in(article.payers, sentence.start, sentence.end)
        cut = low if low > sentence.start else high
        earlier = {org_name(m) for m in payers if m.start < cut}
        later = {org_name(m) for m in payers if m.start >= cut}
        if len(earlier) > 1 and later and later <= earlier:
            return sentence.start, sentence.end
    return low, high


# Workers a company employs itself, not through a subcontractor or an agency: "à ses propres manutentionnaires".
OWN_STAFF = re.compile(r"(?<![\w-])(?:ses|leurs|son|sa)[ \u00a0]+propres?[ \u00a0]+", re.IGNORECASE)


def _direct_staff(article: Article, money: MoneyMention) -> bool:
    """Whether the amount's part of its sentence names workers the payer employs itself (`OWN_STAFF` and a role:
    not "sur leurs propres ordinateurs"): then the payer's clients and subcontractors (`_partners_of`) do not pay
    them ("Le donneur d'ordre, lui, verse 13,50 euros de l'heure à ses propres manutentionnaires")."""
    low, high = _contrast_part(article, article.sentence_index(money.start), money.start, money.end)
    return any(starting_in(article.sorted_roles, m.end(), m.end() + 1)
               for m in OWN_STAFF.finditer(article.text, low, high))


@cache
def _owner_apposed() -> re.Pattern[str]:
    """From the end of a name to the next name: an apposition that says the next owns the first ("Glovo, filiale
    du groupe Delivery Hero", "Careem, la concurrente détenue en partie par Uber"): a comma, perhaps an article and
    one word that is no possessive nor preposition (not "sa filiale", "via sa filiale", "sous-traitant de la
    filiale"), a noun of data/word_lists.tsv list subsidiary_nouns and "de", or a participle of list
    owned_participles and "par", with up to two words between, then the article and up to two lower-case words
    ("groupe", "géant allemand")."""
    space = r"[ \u00a0]"
    not_first = r"(?:sa|son|ses|leur|leurs|via|à|par|qui|de|du|des|d['’][\w-]*)(?![\w'’-])"
    word = r"[a-zà-ÿœ'’-]+"
    nouns = rf"(?i:{_words('subsidiary_nouns')})(?:{space}+{word}){{0,2}}?{space}+(?:de|du|des|d['’])"
    participles = rf"(?i:{_words('owned_participles')})(?:{space}+[\w'’%-]+){{0,2}}?{space}+par"
    return re.compile(rf"{space}*,{space}+(?:(?:la|une|l['’]){space}*)?(?:(?!{not_first}){word}{space}+)?"
                      rf"(?:{nouns}|{participles})(?:{space}+(?:la|le|les)(?![\w'’-])|{space}*l['’])?"
                      rf"(?:{space}*{word}){{0,2}}?{space}*")


# After a name: a relative clause that says it employs or pays the workers ("la filiale du groupe Midimedia qui les
# emploie"): that owner pays.
OWNER_EMPLOYS = re.compile(r"[ \u00a0]*,?[ \u00a0]*qui[ \u00a0]+(?:les|l['’]|la|le|m['’]|nous|vous)[ \u00a0]*"
                           r"(?:emploie|paie|rémunère|salarie)(?![\w-])", re.IGNORECASE)


def _owners(article: Article, payers: list[Mention]) -> set[str]:
    """The names among one sentence's payers (in text order) named only as the owner of the payer before them in an
    apposition (`_owner_apposed`): "Chez Glovo, filiale du groupe Delivery Hero, le tarif de base d'une livraison
    est passé de 2,90 à 2,40 euros" gives the pay of Glovo's riders, not of the group's. Not the owner of a
    workplace ("la mine Golden Ridge, détenue par Kestrel Mining"), one said to employ them ("qui les emploie"), nor
    one the sentence names again ("[...], contre 13 euros chez Hanse Logistik")."""
    text = article.text
    apposed = [b for a, b in zip(payers, payers[1:])
               if org_name(a) != org_name(b) and _owner_apposed().fullmatch(text, a.end, b.start)
               and not _workplace_before().search(text, max(0, a.start - 40), a.start)
               and not OWNER_EMPLOYS.match(text, b.end)]
    return {org_name(b) for b in apposed} - {org_name(m) for m in payers if m not in apposed}


@cache
def _workplace_before() -> re.Pattern[str]:
    """A workplace noun right before a name ("la mine Golden Ridge"): data/word_lists.tsv, list workplace_nouns."""
    return re.compile(rf"(?<![\w-])(?:{_words('workplace_nouns')})[ \u00a0]+(?:d['’]|de[ \u00a0]+)?$", re.IGNORECASE)


# Between an amount and the name of its own employer right after it: "12,45 euros chez Sécuris Ouest", "24,50 francs
# de l'heure chez Burgerlac", "0,90 dollar pour la même tâche chez Tagwise", "payés 11 euros par Proman", "12,60 euros
# (Nettobat)". Not "pour" (a client, a purpose: "2 euros de l'heure pour TikTok") nor "à" ("paie 25 euros par chambre
# à Propreté Sud" pays the company); no comma.
EMPLOYER_AFTER_AMOUNT = re.compile(r"(?:[ \u00a0]+[\w'’-]+){0,5}?[ \u00a0]+(?:chez|par|auprès[ \u00a0]+de)"
                                   r"[ \u00a0]+(?:l['’]|(?:le|la|les)[ \u00a0]+)?|[ \u00a0]*\([ \u00a0]*",
                                   re.IGNORECASE)
# A sentence that sets times against each other: "en 2020 [...], contre 3,10 euros aujourd'hui chez Velocia".
TIME_CONTRAST = re.compile(r"(?<![\w-])(?:aujourd['’]hui|désormais|maintenant|actuellement|dorénavant"
                           r"|à[ \u00a0]+présent|(?:19|20)\d\d)(?![\w-])", re.IGNORECASE)
# Right before a name: "chez", the employer of a part of a sentence ("; chez Carrefour, la direction avance").
CHEZ_BEFORE = re.compile(r"(?<![\w-])chez[ \u00a0]+(?:l['’]|(?:le|la|les)[ \u00a0]+)?$", re.IGNORECASE)
# "chez" right before a name, with no determiner: a company ("chez CGI"), not a public body ("chez la MSA").
BARE_CHEZ = re.compile(r"(?<![\w-])chez[ \u00a0]+$", re.IGNORECASE)
CHEZ_OPENING = re.compile(r"[\s«“\"]*chez[ \u00a0]", re.IGNORECASE)  # a sentence that opens with "Chez X,"
# Between a name and its own amount right after it: "Velocia 4,50 euros", "Nettobat (12,60 euros)", "Annotix : 13,20".
EMPLOYER_BEFORE_AMOUNT = re.compile(r"[ \u00a0]*[(:]?[ \u00a0]*")


def _payers_of_amounts(article: Article, index: int, amounts: list[MoneyMention], payers: list[Mention]
                       ) -> dict[int, frozenset[str]]:
    """Amount's start -> the payers of one sentence tied to it: a name right after an amount by "chez", "par" or in
    brackets (`EMPLOYER_AFTER_AMOUNT`: "1 830 euros chez Hyper Cazal, 1 790 euros chez Marché Vallon"), right
    before it (`EMPLOYER_BEFORE_AMOUNT`: "Velocia 4,50 euros, Coursio 3,90 euros"), or alone with it in a part of
    the sentence a contrast sets apart (`_contrast_part`: "Datalane verse 1,80 dollar [...], contre 0,90 dollar [...]
    chez Tagwise"). Other names are tied to no amount: a client or a rival the sentence names in passing."""
    text = article.text
    starts = [m.start for m in amounts]
    own: dict[int, set[str]] = {}
    for payer in payers:
        k = bisect.bisect_left(starts, payer.start)
        before = amounts[k - 1] if k else None
        after = amounts[k] if k < len(amounts) else None
        if before is not None and EMPLOYER_AFTER_AMOUNT.fullmatch(text, before.end, payer.start):
            mine: MoneyMention | None = before
        elif after is not None and EMPLOYER_BEFORE_AMOUNT.fullmatch(text, payer.end, after.start):
            mine = after
        else:
            low, high = _contrast_part(article, index, payer.start, payer.end)
            in_part = [m for m in amounts if low <= m.start < high]
            mine = in_part[0] if len(in_part) == 1 and len(in_part) < len(amounts) else None
        if mine is not None:
            own.setdefault(mine.start, set()).add(org_name(payer))
    for start, names in _gapped_members(amounts, payers, own).items():
        own[start] = names
    return {start: frozenset(names) for start, names in own.items()}


def _gapped_members(amounts: list[MoneyMention], payers: list[Mention], own: dict[int, set[str]]
                    ) -> dict[int, set[str]]:
    """Amount's start -> payers, for the amounts `own` ties to no name: those named between the amount before and
    it, where the first payer after it is tied to a later amount, and so opens a member whose verb is left out ("Un
    conducteur de la SNCF touche 2 100 euros, et la RATP 2 600 euros": the SNCF's are the 2 100 euros; "Un
    livreur Deliveroo touche 3 euros, un livreur Uber Eats 2,80"). `amounts` and `payers` are in text order."""
    tied: dict[str, list[int]] = {}
    for start, names in own.items():
        for name in names:
            tied.setdefault(name, []).append(start)
    found: dict[int, set[str]] = {}
    for k, money in enumerate(amounts):
        if money.start in own:
            continue
        low = amounts[k - 1].end if k else 0
        named = {org_name(p) for p in payers if low <= p.start < money.start and org_name(p) not in tied}
        after = next((p for p in payers if p.start >= money.end), None)
        if named and after is not None and any(start > money.start for start in tied.get(org_name(after), ())):
            found[money.start] = named
    return found


RESPECTIVELY = re.compile(r"(?<![\w-])respectivement(?![\w-])", re.IGNORECASE)
# Between a list of names and "respectivement": its verb, a few words, no comma ("paient", "versent en moyenne").
BEFORE_RESPECTIVELY = re.compile(r"[ \u00a0]+(?:[\w'’-]+[ \u00a0]+){0,3}")


def _respective_payers(text: str, amounts: list[MoneyMention], payers: list[Mention]) -> dict[int, frozenset[str]]:
    """Amount's start -> its payer where "respectivement" pairs a list of names right before it with the amounts
    after it, in order: "Lactalpe, Fromvert et Bergeval paient respectivement 12,10, 12,40 et 13 euros"; not a
    list of workers between ("Chez Lactalpe et Fromvert, les affineurs et les fromagers gagnent respectivement")."""
    said = RESPECTIVELY.search(text, payers[0].start, amounts[-1].start)
    if said is None:
        return {}
    runs = [run for run in _runs(text, [m for m in payers if m.end <= said.start()]) if len(run) > 1]
    if not runs or not BEFORE_RESPECTIVELY.fullmatch(text, runs[-1][-1].end, said.start()):
        return {}
    names = list(dict.fromkeys(org_name(m) for m in runs[-1]))
    after = [m for m in amounts if m.start >= said.end()]
    if len(names) < 2 or len(after) < len(names):
        return {}
    return {m.start: frozenset({name}) for m, name in zip(after, names)}


# A sentence that opens by naming someone's employer in apposition: "Son employeur, Teleperformance, traite les
# appels d'EDF".
EMPLOYER_APPOSED = re.compile(r"[\s«“\"]*(?:son|sa|leur)[ \u00a0]+(?:employeur|patron|entreprise|société)"
                              r"[ \u00a0]*,[ \u00a0]*", re.IGNORECASE)


def _employer_named_next(article: Article, s_index: int) -> list[Mention]:
    """The payer the sentence after the amount's opens with, named in apposition as someone's employer
    (`EMPLOYER_APPOSED`): a witness quoted first, then presented."""
    if not article.sentences or s_index + 1 >= len(article.sentences):
        return []
    following = article.sentences[s_index + 1]
    opening = EMPLOYER_APPOSED.match(article.text, following.start, following.end)
    if opening is None:
        return []
    return starting_in(article.payers, opening.end(), opening.end() + 1)


@cache
def _other_employer() -> re.Pattern[str]:
    """An employer the text does not name: "d'autres titres", "une autre usine", "certaines familles" (lists
    other_employer_determiners, company_anaphora_nouns and unnamed_employer_nouns of data/word_lists.tsv); not one
    of the same company ("un autre studio du groupe")."""
    return re.compile(rf"(?<![\w-])(?:{_words('other_employer_determiners')})[ \u00a0]+{_employer_noun().pattern}"
                      rf"(?![ \u00a0]+(?:du|de[ \u00a0]+la|de[ \u00a0]+l['’]|de[ \u00a0]+ce|de[ \u00a0]+cette)[ \u00a0]*"
                      rf"(?:{_words('company_anaphora_nouns')}|même))", re.IGNORECASE)


@cache
def _company_subject() -> re.Pattern[str]:
    """A company named again by a definite or a possessive noun (data/word_lists.tsv, list subject_company_nouns):
    "L'agence", "la plateforme", "cette entreprise", "Leur employeur"; not one a complement names ("la direction de
    l'usine de Shirin")."""
    nouns = _words("subject_company_nouns")
    return re.compile(rf"(?<![\w-])(?:l['’]|la|le|cette|ce|cet|leur|son|sa)[ \u00a0]*(?:{nouns})(?![\w-])"
                      rf"(?![ \u00a0]+(?:de|du|des|d['’]))", re.IGNORECASE)


def _opens_a_clause(pattern: re.Pattern[str], text: str, start: int, end: int) -> bool:
    """Whether `pattern` matches in text[start:end] (a sentence up to an amount) as the subject of a clause: at the
    start, or after a comma, a colon, "mais" or "et" (`CLAUSE_SUBJECT_BEFORE`). An unnamed employer (`_other_employer`:
    "D'autres titres, raconte-t-elle, lui ont proposé 40 euros", not "selon plusieurs journaux"), a company named
    again by its noun (`_company_subject`: "L'agence leur verse 1 100 euros", not "selon l'agence", "depuis la
    maison")."""
    return any(m.start() == start or CLAUSE_SUBJECT_BEFORE.search(text, max(start, m.start() - 8), m.start())
               for m in pattern.finditer(text, start, end))


# What may open a clause before its subject: the sentence's start, a comma or a colon, "mais", "et".
CLAUSE_SUBJECT_BEFORE = re.compile(r"(?:[,;:«»(—–][ \u00a0]*|(?<![\w-])(?:mais|et)[ \u00a0]+)$", re.IGNORECASE)


QUOTE_REACH = 500  # characters from an amount in a quote to either end of the quote
RELATIVE = re.compile(r"(?<![\w-])(?:qui|dont|où|lequel|laquelle)(?![\w-])", re.IGNORECASE)


@cache
def _attributed() -> re.Pattern[str]:
    """The end of a quote and the verb of saying that attributes it: "», répond sèchement Sandrine" (lists
    speaker_cues and saying_verbs of data/word_lists.tsv)."""
    verbs = [w for w in resources.word_list("speaker_cues") if w not in {"selon", "d'après"}]
    verbs += resources.word_list("saying_verbs")
    return re.compile(rf"»[ \u00a0]*,[ \u00a0]*(?:{resources.alternation(verbs)})(?![\w])", re.IGNORECASE)


def _quote_attribution(article: Article, money: MoneyMention) -> list[Mention]:
    """The payers the attribution of a quote names, when the amount is in that quote and the quote goes on past
    the amount's sentence: "« Mon salaire ? Le smic. 1 398 euros net. Point », répond Sandrine, caissière chez
    Carrefour" (the sentence that closes a quote and names the speaker's employer is read as the amount's own)."""
    text = article.text
    reach = max(0, money.start - QUOTE_REACH)
    opened, closed = text.rfind("«", reach, money.start), text.rfind("»", reach, money.start)
    close = text.find("»", money.end, money.end + QUOTE_REACH)
    if opened < 0 or closed > opened or close < 0 or "\n" in text[opened:close]:
        return []
    said = _attributed().match(text, close)
    if said is None or article.sentence_index(close) == article.sentence_index(money.start):
        return []
    sentence = article.sentences[article.sentence_index(close)]
    # The speaker and their apposition, up to a relative clause that tells more of them ("qui a fait dix ans chez
    # Renault": a former employer).
    relative = RELATIVE.search(text, said.end(), sentence.end)
    return starting_in(article.payers, said.end(), relative.start() if relative else sentence.end)


def _partners_of(article: Article, found: list[Mention]) -> list[Mention]:
    """The first mention of each partner of the payers found (`Article.partners`): a client and its subcontractor
    both pay for the work, so one named brings the other."""
    names = {org_name(m) for m in found}
    wanted = {p for n in names for p in article.partners.get(n, ())} - names
    return sorted((article.first_payer_named[n] for n in wanted if n in article.first_payer_named), key=_start)


def display_name(mention: Mention) -> str:
    """How a claim names an organisation: as the text writes it, but a short form found again by propagation
    ("Veridia") and an acronym the article defines ("FWC") by the full name they stand for."""
    if mention.source in FULL_NAME_SOURCES:
        return mention.value or mention.text
    return mention.text


def _unique(mentions: list[Mention]) -> tuple[NamedRef, ...]:
    """One reference per organisation (by canonical name), named as the text first writes it (a short form
    found again by propagation, "Veridia", is named by the full name it stands for, "Veridia Services")."""
    seen: dict[str, NamedRef] = {}
    for m in mentions:
        seen.setdefault(m.value or m.text, NamedRef(display_name(m), m.start, m.end))
    return tuple(seen.values())


# After an amount, "pour les ...", "aux ...", "chez ..." says for whom it is: "17 $ de l'heure pour les
# résidents de Catalogne et 25 $ de l'heure pour les candidats aux États-Unis".
BENEFICIARY = re.compile(r"[^,;:.]{0,30}?(?<![\w])(?:pour|aux|chez)(?![\w])", re.IGNORECASE)


@cache
def _anaphoric_level() -> re.Pattern[str]:
    """From a sentence's start to an amount: perhaps a fronted phrase and its comma ("En 2023, après une campagne
    syndicale, ils ont obtenu 14,50 dollars"), a subject that takes up the sentence before (list anaphoric_subjects),
    perhaps an auxiliary, a verb of change (change_verbs.tsv) or of level (list reach_verbs), and no clause break.
    `_level_of_anaphor` reads "Il passera à" after a claim; this reads what has no "à" nor "de" ("Il atteint
    désormais") and needs only pay in the sentence before."""
    subjects = _words("anaphoric_subjects")
    verbs = resources.alternation([*resources.word_list("reach_verbs"),
                                   *(p for _, (p,) in resources.read_rows("change_verbs.tsv", 1))])
    return re.compile(rf"[\W\d]*(?:[^.;:!?,]{{1,60}},\s*){{0,2}}(?:{subjects})\s+"
                      rf"(?:(?:est|sera|a|ont|avait|était|va|vient\s+d['’]être)\s+)?"
                      rf"(?:{verbs})(?![\w])[^.;:!?]{{0,60}}$", re.IGNORECASE)


def _continues_pay(article: Article, s_index: int, money: MoneyMention) -> bool:
    """Whether the amount's sentence opens with a subject that takes up the sentence before and a verb of level
    ("Il atteindra 1.705 euros en janvier 2028", "Elle est passée de 40.000 à 20.000 francs CFA"), and that
    sentence speaks of pay: the amount is a new level of that pay."""
    if s_index == 0 or not article.sentences:
        return False
    sentence = article.sentences[s_index]
    if not _anaphoric_level().match(article.text, sentence.start, money.start):
        return False
    return _speaks_of_pay(article, article.sentences[s_index - 1])


# A word of time in an answer: it says itself what span its figure is for ("sur l'année, à peine 14 000 euros",
# "L'année dernière, 28 000 euros en tout", "Pour trois mois de travail").
TIME_WORD = re.compile(r"(?<![\w-])(?:ans?|années?|annuels?|annuelles?|mois|mensuels?|mensuelles?|semaines?|jours?|"
                       r"journées?|soirs?|soirées?|nuits?|heures?|trimestres?|saisons?)(?![\w-])", re.IGNORECASE)


def _answers_with_no_time(article: Article, s_index: int, money: MoneyMention, question: Span,
                          local: list[tuple[resources.Cue, int]]) -> bool:
    """Whether the amount is the first figure of the sentence right after the question, which names no span of
    time (`TIME_WORD`), with no cue against pay nor of a legal minimum in its clause: the figure the question asks
    for ("Combien gagniez-vous par mois ? — Au début, 40 000 shillings.")."""
    sentence = article.sentences[s_index]
    return (s_index > 0 and question == article.sentences[s_index - 1]
            and article.money_by_sentence[s_index][0] is money
            and not TIME_WORD.search(article.text, sentence.start, sentence.end)
            and not any(c.weight < 0 or c.category == "statutory" for c, _ in local))


def _speaks_of_pay(article: Article, sentence: Span) -> bool:
    """Whether a sentence has a pay word (a cue of a `PAY_CATEGORIES` family that counts for pay)."""
    return any(c.weight > 0 and c.category in PAY_CATEGORIES for c, _ in article.cues_in(sentence))


ASKED_BACK = 2  # sentences of the amount's paragraph read back for a question it answers
# The dash and the quote that open the answer may end the question's sentence: "« Combien ? » — « Au début..."
QUESTION_END = re.compile(r"\?[\s«»“”\"—–-]*$")


def _pay_question(article: Article, s_index: int) -> Span | None:
    """The question about pay that the amount's sentence answers, as an interview asks it ("Combien gagnez-vous, au
    final ?"), or None: the nearest of the `ASKED_BACK` sentences before it in its paragraph ("— Combien gagnez-vous
    ? — Les bons mois, 1 800 euros. Les mauvais, à peine 900."), else the question that ends the paragraph before
    ("Les bons mois, 2.800 euros brut.")."""
    if not article.paragraph_of:
        return None
    first = article.paragraph_starts[article.paragraph_of[s_index]]
    before = range(max(first, s_index - ASKED_BACK), s_index)
    for index in [*reversed(before), *([first - 1] if first else [])]:
        question = article.sentences[index]
        if QUESTION_END.search(article.text, question.start, question.end) and _speaks_of_pay(article, question):
            return question
    return None


def _pay_context(article: Article, s_index: int, money: MoneyMention) -> list[str]:
    """What the sentences around an amount say of pay: one that speaks of pay (a pay word) and gives an amount in
    the same currency and of a size near it (within PAY_CONTEXT_RATIO: "120 shillings" after a day paid 18 000 is
    a price), up to PAY_CONTEXT sentences before or the one after, in the same paragraph, and whether an amount
    there is of the same size (within EARLIER_LEVEL_RATIO) or none is. A feature tells pay in a run of
    sentences ("Les bons mois, je facturais 4.000 euros. Les mauvais, à peine 1.500."); these marks let the pay
    model weigh that (`paymodel.EVIDENCE`)."""
    marks = set()
    paragraph = article.paragraph_of[s_index] if article.paragraph_of else 0
    for index in (*range(s_index - PAY_CONTEXT, s_index), s_index + 1):
        if not 0 <= index < len(article.sentences) or (
                article.paragraph_of and article.paragraph_of[index] != paragraph):
            continue
        same = [m for m in article.money_by_sentence.get(index, ())
                if m.currency == money.currency and _within(money.max, m.max, PAY_CONTEXT_RATIO)]
        if same and _speaks_of_pay(article, article.sentences[index]):
            marks.add("context:pay-before" if index < s_index else "context:pay-after")
            size = any(_within(money.max, m.max, EARLIER_LEVEL_RATIO) for m in same)
            marks.add("context:same-size" if size else "context:other-size")
    if "context:same-size" in marks:
        marks.discard("context:other-size")
    return sorted(marks)


def _nearest(text: str, mentions: list[Mention], money: MoneyMention, start: int, end: int) -> Mention | None:
    """The mention (of `mentions`, sorted by start) nearest to an amount within [start, end), reading first
    the phrase after the amount that says for whom it is."""
    inside = [m for m in starting_in(mentions, start, end) if m.end <= end]
    if not inside:
        return None
    for_whom = BENEFICIARY.match(text, max(money.end, money.chain_end))
    if for_whom:
        after = [m for m in inside if m.start >= for_whom.end()]
        if after:
            return after[0]
    return min(inside, key=lambda m: min(abs(m.start - money.end), abs(money.start - m.end)))


def _place(article: Article, s_index: int, money: MoneyMention, start: int, end: int,
           role: Mention | None) -> tuple[PlaceRef | None, str]:
    """Where the workers are: a demonym in the role, a place in the clause, in the sentence, or in the sentences
    before it within the same paragraph; else the article's main place (`Article.main_place`)."""
    if role is not None:
        inside = [p for p in starting_in(article.sorted_places, role.start, role.end) if p.end <= role.end]
        if inside:
            # Workers named by their origin where the clause names where they work, in another country: "les
            # employées de maison kényanes à Riyad touchent 1.200 riyals" are in Riyad.
            here = _place_near(article, article.country_places, s_index, money, start, end)
            if here is not None and here[1] == "clause" and here[0].country and mention_country(inside[0]) \
                    and here[0].country != mention_country(inside[0]):
                return here[0], "clause:not-origin"
            # Or where the sentence says where it is before them: "Au Liban, les travailleuses domestiques
            # éthiopiennes gagnent entre 150 et 250 dollars" are in Lebanon (the guide), "Dans les abattoirs de
            # Rheda-Wiedenbrück, en Rhénanie-du-Nord-Westphalie, les ouvriers bulgares" in Germany.
            opening = _opening_place(article, s_index) or _placed_before(article, s_index, role.start)
            if opening is not None and opening.start < role.start and mention_country(inside[0]) \
                    and mention_country(opening) not in (None, mention_country(inside[0])):
                return _place_ref(opening), "opening:not-origin"
            return _place_ref(inside[0]), "role-demonym"
    # A region over several countries ("le plus élevé d'Europe") is taken only when nothing nearer names a country
    # or a city.
    found = _place_near(article, article.country_places, s_index, money, start, end)
    if found is not None:
        return found
    if article.main_place is not None:
        return _place_ref(article.main_place), "article-main"
    return _place_near(article, article.worker_places, s_index, money, start, end) or (None, "none")


# The words that say where: "aux" is tried before "au", each must end a word ("dans l'" ends with its apostrophe).
LOCATIVE_WORDS = r"(?:(?:aux|au|à|en|dans[ \u00a0]+(?:les|le|la))(?![\w])|dans[ \u00a0]+l['’])"

# A sentence that opens with where it is: "Au Liban, ...", "À Riyad, ...", "En Arabie saoudite, ..." (and "A Riyad",
# the capital written without its accent).
OPENING_LOCATIVE = re.compile(r"[\s«“\"]*(?:a(?![\w])|" + LOCATIVE_WORDS + r")[ \u00a0]*",
                              re.IGNORECASE)


def _opening_place(article: Article, s_index: int) -> Mention | None:
    """The place a sentence opens with, after a locative and before a comma ("Au Liban, les travailleuses
    [...]"), if any."""
    if not article.sentences:
        return None
    sentence = article.sentences[s_index]
    at = OPENING_LOCATIVE.match(article.text, sentence.start, sentence.end)
    if at is None:
        return None
    first = starting_in(article.country_places, at.end(), at.end() + 1)
    if not first or not article.text.startswith(",", first[0].end):
        return None
    return first[0]


@cache
def _placing_before() -> re.Pattern[str]:
    """What introduces where workers are, right before a place: a locative ("en Rhénanie", "à Riyad") or a
    workplace and "de" ("les abattoirs de Rheda-Wiedenbrück"; data/word_lists.tsv, list workplace_nouns)."""
    return re.compile(rf"(?:{LOCATIVE_WORDS}|(?:{_words('workplace_nouns')})[ \u00a0]+(?:de|d['’]|du))[ \u00a0]*$",
                      re.IGNORECASE)


def _placed_before(article: Article, s_index: int, before: int) -> Mention | None:
    """The last place of a known country that the amount's sentence introduces as where someone is, in the part of
    the sentence (`_contrast_part`) before `before` ("Dans les abattoirs de Rheda-Wiedenbrück, en Rhénanie-du-Nord-
    Westphalie, les ouvriers bulgares"), if any; not where a company is ("GulfPlay, basé à Dubaï, emploie des
    illustrateurs libanais": `_seat_participle`), nor where the clause of another amount is ("Alors qu'un ouvrier
    gagne 2 000 euros en Allemagne, les ouvriers bulgares")."""
    if not article.sentences:
        return None
    text = article.text
    low, _ = _contrast_part(article, s_index, before, before)
    amounts = [m for m in article.money_by_sentence.get(s_index, []) if low <= m.start < before]
    placed = [p for p in starting_in(article.country_places, low, before) if p.end <= before and mention_country(p)
              and _placing_before().search(text, max(low, p.start - 30), p.start)
              and not _seat_participle().search(text, max(low, p.start - 30), p.start)
              and not any(m.end <= p.start and same_clause(text, m.end, p.start) for m in amounts)]
    return placed[-1] if placed else None


@cache
def _seat_participle() -> re.Pattern[str]:
    """A participle that says where a company is, then a locative, right before a place: "basé à Dubaï", "installée
    en Estonie" (data/word_lists.tsv, list located_participles)."""
    return re.compile(rf"(?<![\w-])(?:{_words('located_participles')})e?s?[ \u00a0]+{LOCATIVE_WORDS}[ \u00a0]*$",
                      re.IGNORECASE)


# Right after an amount (and its unit), a locative that places it: "1 300 euros en Grèce", "14 dirhams à Tanger".
LOCATIVE_AFTER = re.compile(r"(?:[ \u00a0]+(?:bruts?|nets?))?[ \u00a0]+" + LOCATIVE_WORDS + r"[ \u00a0]*")


def _placed_right_after(text: str, candidates: list[Mention], money: MoneyMention, end: int) -> Mention | None:
    """The place of `candidates` right after the amount (and its unit) and a locative, before `end`: "1 300 euros
    en Grèce", "contre 3 euros à Nairobi"."""
    tail = max(money.end, money.chain_end)
    unit = period_after(text, tail)
    at = LOCATIVE_AFTER.match(text, unit[2] if unit else tail)
    if at is None:
        return None
    return next((p for p in starting_in(candidates, at.end(), at.end() + 1) if p.end <= end), None)


def _place_near(article: Article, candidates: list[Mention], s_index: int, money: MoneyMention, start: int,
                end: int) -> tuple[PlaceRef, str] | None:
    """The place of `candidates` in the amount's clause (one right after it first: "1 550 euros au Portugal, 1 300
    euros en Grèce"), else the nearest in its sentence, else in the nearest sentence before it within its
    paragraph."""
    text = article.text
    right_after = _placed_right_after(text, candidates, money, end)
    if right_after is not None:
        return _place_ref(right_after), "clause"
    nearest = _nearest(text, candidates, money, start, end)
    if nearest is not None:
        return _place_ref(nearest), "clause"
    paragraph = article.paragraph_of[s_index] if article.paragraph_of else 0
    for back in range(0, min(s_index, PLACE_LOOKBACK) + 1):
        index = s_index - back
        if article.paragraph_of and article.paragraph_of[index] != paragraph:
            break
        sentence = article.sentence(index)
        found = starting_in(candidates, sentence.start, sentence.end)
        if back == 0:
            found = [p for p in found if not _in_other_compared_part(article, index, money, p.start)]
        if found:
            best = min(found, key=lambda p: abs(p.start - money.start))
            return _place_ref(best), f"sentence-{back}"
    return None


def _named_in_other_part(article: Article, index: int, money: MoneyMention, name: str) -> bool:
    """Whether the amount's sentence names the organisation `name` in another part, with that part's own amount
    (`_in_other_compared_part`): a partner named there pays that part's workers, not the amount's."""
    sentence = article.sentence(index)
    return any(org_name(m) == name and _in_other_compared_part(article, index, money, m.start)
               for m in starting_in(article.payers, sentence.start, sentence.end))


def _in_other_compared_part(article: Article, index: int, money: MoneyMention, at: int) -> bool:
    """Whether offset `at` lies in a part of the amount's sentence (`_contrast_part`) after the amount's, in the clause
    of that part's own amount: "15 dollars de l'heure, quand les mêmes tâches rapportent 40 dollars aux annotateurs
    basés aux États-Unis" does not place the 15 dollars in the United States; "contre 26 900 livres aujourd'hui, a
    annoncé l'opérateur, qui emploie 85 000 facteurs au Royaume-Uni" places both."""
    text = article.text
    _, high = _contrast_part(article, index, money.start, money.end)
    if at < high:  # a place before the amount's part is the scene of both ("au Liban [...] 200 dollars, contre 300")
        return False
    low, high = _contrast_part(article, index, at, at)
    return any(low <= m.start < high and (at < m.start or same_clause(text, m.end, at))
               for m in article.money_by_sentence.get(index, []))


# A legal minimum or a benchmark of a country the article never names has no place. The guide takes the nearest
# mention that places the workers: on dev, cross-fitted, 33 such figures lifted to their country were labelled
# with none, 5 with the country, 9 with the city.
UNNAMED_COUNTRY = "+country:unnamed"


def _unnamed_country(article: Article, place: PlaceRef) -> bool:
    """Whether `place` is a city or a region of a country that the article names nowhere, by name or demonym."""
    return _liftable(article, place) and _naming_country(article.places, place.country) is None


def _country_of(article: Article, place: PlaceRef, how: str, mark: str) -> tuple[PlaceRef, str]:
    """The country a place is in, as the article names it (or as our tables name it, at the place's offsets), and
    `how` with `mark` (why it was lifted)."""
    if not _liftable(article, place):
        return place, how
    named = _naming_country(article.worker_places, place.country)
    if named is not None:
        return _place_ref(named), how + mark
    name = resources.country_names().get(place.country, place.country)
    return PlaceRef(name, place.start, place.end, place.country), how + mark


def _liftable(article: Article, place: PlaceRef) -> bool:
    """Whether a place is a mention of the article below its country (a city, a region) whose country is known."""
    mention = next((p for p in article.places if p.start == place.start and p.end == place.end), None)
    return mention is not None and not places.is_country(mention) and place.country is not None


def _naming_country(mentions: list[Mention], country: str | None) -> Mention | None:
    """The first of `mentions` that names `country` itself, by its name or its demonym."""
    return next((p for p in mentions if places.is_country(p) and mention_country(p) == country), None)


def _place_ref(mention: Mention) -> PlaceRef:
    return PlaceRef(org_name(mention), mention.start, mention.end, mention_country(mention))


def _role_back(article: Article, s_index: int, money: MoneyMention) -> Mention | None:
    """The role nearest the amount in its sentence, else the nearest before it in the two sentences before, else
    the last the article names before it (a feature names its workers once, then quotes their pay paragraphs
    later: the golden guide takes the nearest role mention). On dev, the nearest in the sentence on either side
    took role accuracy from 0.692 to 0.701."""
    low = article.sentences[max(0, s_index - ROLE_LOOKBACK)].start if article.sentences else 0
    sentence_end = article.sentences[s_index].end if article.sentences else len(article.text)
    before = starting_in(article.sorted_roles, low, money.start)
    after = starting_in(article.sorted_roles, money.end, sentence_end)
    if before and after:  # the nearer of the two, and its own sentence's before the sentences before it
        sentence_start = article.sentences[s_index].start if article.sentences else 0
        back, on = _by_job(before[::-1]), _by_job(after)
        return on if back.start < sentence_start or money.start - back.end > on.start - money.end else back
    if before:
        return _by_job(before[::-1])
    if after:
        return _by_job(after)
    earlier = starting_in(article.sorted_roles, 0, money.start)
    return _by_job(earlier[::-1]) if earlier else None


def _by_job(roles: list[Mention]) -> Mention:
    """The first of `roles` (nearest first) that names a job, else the first: "chauffeur" says who is paid
    better than "indépendants" or "salariés" does (data/word_lists.tsv, list status_role_heads)."""
    return next((r for r in roles if (r.value or "") not in resources.word_set("status_role_heads")), roles[0])


def _carry_context(article: Article, claims: list[Claim]) -> list[Claim]:
    """What a passage states once holds for the next figures of the same paragraph, at most two sentences on:
    a claim with no period takes the period of the previous claim in the same currency ("les 2 dollars qu'ils
    ont reçus" after "12,50 dollars de l'heure"; bonuses keep none, but the new level of a bonus's change) and so
    does one whose period came only from a unit noun earlier in its sentence when the previous figure of that
    sentence stated its own; a claim whose kind no cue decided takes the kind of the previous claim when it is
    offered or reference (the figures of one job offer; "Il est fixé à 8,98 euros" after the minimum wage)."""
    out: list[Claim] = []
    last_in: dict[str, Claim] = {}  # the last claim of `out` in each currency
    for claim in claims:
        if _continues_a_minimum(article, claim):
            # "Il est fixé à 8,98 euros de l'heure" after the minimum wage: the same legal minimum.
            claim = replace(claim, kind="reference", organisations=(),
                            provenance=claim.provenance + ("kind:carried-statutory",))
        if out and claim.kind == "paid" and out[-1].kind != "paid" and "kind:cued" not in claim.provenance:
            here = article.sentence_index(claim.amount.start)
            there = article.sentence_index(out[-1].amount.start)
            if here - there <= 2 and article.same_paragraph(here, there):
                claim = replace(claim, kind=out[-1].kind, provenance=claim.provenance + ("kind:carried",))
        if out and "period:sentence" in claim.provenance and out[-1].period \
                and "period:sentence" not in out[-1].provenance \
                and out[-1].amount.currency == claim.amount.currency \
                and article.sentence_index(out[-1].amount.start) == article.sentence_index(claim.amount.start):
            # "fiche de paie : 11,92 euros de l'heure, [...] le SMIC, fixé à 11,65 euros": hour, not month.
            claim = replace(claim, period=out[-1].period, provenance=claim.provenance + ("period:carried",))
        # The last claim in the same currency, not a conversion's currency in between: "(580 euros) ... 20 000 pesos".
        previous = last_in.get(claim.amount.currency)
        if claim.period is None and previous is not None and SEVERAL_UNITS not in claim.provenance \
                and (not _is_bonus(claim) or _one_change(article, previous, claim)):
            here = article.sentence_index(claim.amount.start)
            there = article.sentence_index(previous.amount.start)
            if previous.period and here - there <= 2 and article.same_paragraph(here, there) \
                    and _near_size(previous, claim):
                claim = replace(claim, period=previous.period, provenance=claim.provenance + ("period:carried",))
        compared = None
        if claim.period is None and out and out[-1].period and SEVERAL_UNITS not in claim.provenance \
                and not _is_bonus(claim) and not _is_bonus(out[-1]):
            compared = _compared_to(article, out[-1], claim)
        if compared:
            # "1,5 dollar de l'heure à Nairobi, contre 500 roupies à Bangalore", "14 livres de l'heure, un chauffeur
            # Bolt à Varsovie 35 zlotys": the same unit, in whatever currency.
            claim = replace(claim, period=out[-1].period, provenance=claim.provenance + (compared,))
        out.append(claim)
        last_in[claim.amount.currency] = claim
    return out


COMPARED = "period:compared"  # carried from the figure a comparison sets this one against (`_compared_to`)
GAPPED = "period:gapped"  # carried to the member of a comparison whose verb is left out (`_gapped_member`)
# Between two amounts of a sentence: "contre" sets the second against the first ("[...] de l'heure à Nairobi, contre
# 500 roupies"), and "et" goes on with a list so set ("contre 500 roupies à Bangalore et 15 euros à Lyon").
COMPARED_WITH = re.compile(r",[ \u00a0]*contre(?:[ \u00a0]+[^\W\d]+){0,3}[ \u00a0]+$", re.IGNORECASE)
LIST_GOES_ON = re.compile(r"[ \u00a0]+et(?:[ \u00a0]+[^\W\d]+){0,2}[ \u00a0]+$", re.IGNORECASE)


def _compared_to(article: Article, previous: Claim, claim: Claim) -> str | None:
    """How `claim`, in another currency than the claim before it in the same sentence, is set against it, when it
    is within CARRY_RATIO of it once both are put in euros (`data/euro_rates.tsv`): it then holds per the same unit.
    COMPARED: by "contre" (`COMPARED_WITH`: "1,5 dollar de l'heure à Nairobi, contre 500 roupies à Bangalore"; not
    "contre 60 000 shillings pour un instituteur", a month's pay), or going on with "et" from a figure so set;
    GAPPED: as the next member of a comparison whose verb is left out (`_gapped_member`: "Un chauffeur Uber à
    Londres gagne 14 livres de l'heure, un chauffeur Bolt à Varsovie 35 zlotys"). None when it is not. The claim
    before must be the amount right before, or its restatement in another currency (not a price between them).
    In one currency the period carries anyway when the figures are of one size (`_carry_context`)."""
    if previous.amount.currency == claim.amount.currency or previous.sentence != claim.sentence:
        return None
    amounts = article.money_by_sentence.get(article.sentence_index(claim.amount.start), [])
    before = [m for m in amounts if m.end <= claim.amount.start]
    restated = {c.start for c in previous.converted}  # "14 livres (16 euros) de l'heure, [...]"
    if not before or before[-1].start not in restated | {previous.amount.start}:
        return None
    first_euros = _in_euros(previous.amount.currency, previous.amount.max)
    then_euros = _in_euros(claim.amount.currency, claim.amount.max)
    if first_euros is None or then_euros is None:
        return None
    if not _within(first_euros, then_euros, CARRY_RATIO):
        return None
    text = article.text
    gap_start = max(previous.amount.end, before[-1].chain_end)
    if COMPARED_WITH.search(text, gap_start, claim.amount.start) is not None:
        return COMPARED
    if {COMPARED, GAPPED} & set(previous.provenance) \
            and LIST_GOES_ON.search(text, gap_start, claim.amount.start) is not None:
        return COMPARED
    if then_euros > GAPPED_LARGER * first_euros:
        return None  # "25 dollars de l'heure, son homologue kényan 60 000 shillings": a month's pay, not an hour's
    first = article.money_at[previous.amount.start]
    past_first = _past_amount(text, first, [m for m in before if m.start in restated])
    return GAPPED if _gapped_member(article, past_first, claim.amount.start) else None


# Between the first member of a comparison, past its unit, and the figure of a member whose verb is left out: a
# comma, a semicolon, ", et" or "et" ("14 livres de l'heure, un chauffeur Bolt à Varsovie 35 zlotys", "400 000 francs
# CFA par an ; au Ghana, 6 000 cedis").
MEMBER_SEPARATOR = re.compile(r"[ \u00a0]*[,;][ \u00a0]*(?:et[ \u00a0]+)?|[ \u00a0]*(?<![\w-])et[ \u00a0]+",
                              re.IGNORECASE)
# Words and spaces, no figure nor sign: "un chauffeur Bolt à Varsovie", "son homologue d'Abidjan".
MEMBER_WORDS = re.compile(r"[ \u00a0]*(?:[^\W\d_][\w'’-]*(?:[ \u00a0]+[^\W\d_][\w'’-]*)*)?[ \u00a0]*")
MEMBER_END = re.compile(r"[ \u00a0]*,?[ \u00a0]*$")  # "au Ghana, 6 000 cedis"
WORD = re.compile(r"[^\W\d_]+")
GAPPED_CHARS = 80  # a member whose verb is left out is short: "son homologue de Lagos"
GAPPED_WORDS = 8


@cache
def _hedge_at_end() -> re.Pattern[str]:
    """The hedges right before a figure ("au Ghana, environ 6 000 cedis"): `_hedge`."""
    return re.compile(rf"{_hedge()}$", re.IGNORECASE)


def _gapped_member(article: Article, start: int, end: int) -> bool:
    """Whether `text[start:end]`, between the first member of a comparison (past its unit) and the next figure,
    opens a member whose verb is left out: a separator (`MEMBER_SEPARATOR`), then a short noun phrase or a
    locative with no verb of its own ("un chauffeur Bolt à Varsovie", "son homologue de Lagos", "au Ghana,"). To
    be sure that no word of it is a verb, every word must be a grammar word (data/word_lists.tsv, list
    gapped_member_words: no pronoun that opens a clause), a name (a capital), a noun of peers (list peer_nouns) or
    part of the article's mention of a role, a place or an organisation: not "[...], à Varsovie un chauffeur Bolt
    touche 35 zlotys", "[...], et il envoie 200 dollars", "[...], un repas coûte 5 livres". So must the words of
    the first member after its unit, if any ("de l'heure à Londres, [...]")."""
    text = article.text
    if end - start > GAPPED_CHARS:
        return False
    hedge = _hedge_at_end().search(text, start, end)
    end = hedge.start() if hedge else end
    separator = MEMBER_SEPARATOR.search(text, start, end)
    if separator is None:
        return False
    member_end = MEMBER_END.search(text, separator.end(), end).start()
    if not MEMBER_WORDS.fullmatch(text, start, separator.start()) or separator.end() == member_end \
            or not MEMBER_WORDS.fullmatch(text, separator.end(), member_end):
        return False
    words = [w for w in WORD.finditer(text, start, member_end)
             if not separator.start() <= w.start() < separator.end()]  # not the separator's "et"
    named = (article.sorted_roles, article.sorted_places, article.sorted_organisations)
    mentions = [(m.start, m.end) for mentions_of in named for m in starting_in(mentions_of, start, member_end)]
    known = resources.word_set("gapped_member_words") | resources.word_set("peer_nouns")
    return 0 < len(words) <= GAPPED_WORDS and all(w.group()[0].isupper() or w.group().lower() in known
                                                  or any(a <= w.start() < b for a, b in mentions) for w in words)


def _one_change(article: Article, first: Claim, then: Claim) -> bool:
    """Whether two claims are the levels of one change ("la prime par commande de 12 à 15 couronnes"): a bonus's
    new level has the unit of its old one."""
    a, b = article.money_at[first.amount.start], article.money_at[then.amount.start]
    return a.shape == b.shape == "change" and a.chain_end == b.chain_end


@cache
def _anaphoric_subject() -> re.Pattern[str]:
    """A pronoun that stands for a level named before: "Il est fixé à", "Celui-ci est passé de", "Ce plancher
    atteint". The words: data/word_lists.tsv, list anaphoric_subjects."""
    return re.compile(rf"(?<![\w-])(?:{_words('anaphoric_subjects')})(?![\w-])", re.IGNORECASE)


def _continues_a_minimum(article: Article, claim: Claim) -> bool:
    """Whether a claim restates a legal minimum named just before: its sentence speaks of it with a pronoun
    before the amount ("Il est fixé à 8,98 euros"), its sentence or the one before names a legal minimum (a
    statutory cue), no pay verb says someone earns it and no demand cue says it is asked for."""
    if "organisations:statutory" in claim.provenance or claim.kind == "reference":
        return False
    if any(p.startswith("cue:pay:") and p[len("cue:pay:"):] in _earning_patterns() for p in claim.provenance):
        return False
    if any(p.startswith(("cue:offered:", "sentence-cue:offered:"))
           and p.split(":", 2)[2] in resources.word_set("demand_cues")
           for p in claim.provenance):
        return False
    here = article.sentence_index(claim.amount.start)
    sentence = article.sentence(here)
    if _anaphoric_subject().search(article.text, sentence.start, claim.amount.start) is None:
        return False
    same_paragraph = here > 0 and article.same_paragraph(here - 1, here)
    start = article.sentences[here - 1].start if same_paragraph else sentence.start
    return any(cue.category == "statutory" for cue, _ in find_cues(article.text, start, claim.amount.start, "before"))


@cache
def _claimed_of() -> re.Pattern[str]:
    """A verb of demand right before "à" and a name: "Ils demandent à Flink 13 euros de l'heure" asks the payer for
    pay, it pays the organisation nothing (data/word_lists.tsv, list claim_cues)."""
    stems = resources.alternation(c.rstrip("*") for c in resources.word_set("claim_cues"))
    return re.compile(rf"(?<![\w-])(?:{stems})\w*[ \u00a0]+$", re.IGNORECASE)


@cache
def _earning_patterns() -> frozenset[str]:
    """Pay cues that say someone earns the amount (not "brut" or "net" after it)."""
    return frozenset(c.pattern for c in resources.cues() if _earns(c))


# How far apart two amounts of one period may be (600 and 1 130 soles a month are): below the ratio between
# neighbouring units of time (4.3 weeks a month, 5 to 7 days a week, 8 hours a day), so that sizes tell units apart.
MAGNITUDE = Decimal(3)
# A period carries only to a figure of the same order (see _near_size). On dev, ratios of 5, 10, 20 and 50 gave
# claim F1 0.874, 0.876, 0.877 and 0.878: 20 keeps a day's pay apart from a month's (20 to 30 times more).
CARRY_RATIO = Decimal(20)
# A member whose verb is left out is at most this many times the first in euros for the period to carry to it: pay
# in a poorer country is smaller for the same unit, and a larger figure there is pay for a longer one.
GAPPED_LARGER = Decimal(5)


def _period_by_magnitude(claims: list[Claim]) -> list[Claim]:
    """A claim with no period takes the period that most of the article's claims of the same currency and of the
    same size (within a factor MAGNITUDE) have, when more than half of them agree: "elle gagnait 600 soles" in an
    article of monthly pay in soles ("le salaire minimum de 1 130 soles par mois"). Bonuses keep none, and give
    none: they come by their own units. A strict majority rather than all: on dev, 0.859 -> 0.869 claim F1."""
    stated = [c for c in claims if c.period is not None and not _is_bonus(c)]
    out = []
    for claim in claims:
        if claim.period is None and not _is_bonus(claim) and claim.amount.max > 0 \
                and SEVERAL_UNITS not in claim.provenance:
            votes = Counter(c.period for c in stated if c.amount.currency == claim.amount.currency
                            and _same_size(c.amount.max, claim.amount.max))
            top = votes.most_common(1)
            if top and 2 * top[0][1] > sum(votes.values()):
                claim = replace(claim, period=top[0][0], provenance=claim.provenance + ("period:magnitude",))
        out.append(claim)
    return out


def _is_bonus(claim: Claim) -> bool:
    """Whether a bonus cue made the claim: a bonus comes by its own units and says nothing of its neighbours'."""
    return ONE_OFF in claim.provenance or any(f"cue:pay:{b}" in claim.provenance for b in BONUS_CUES)


def _near_size(previous: Claim, claim: Claim) -> bool:
    """Whether a period may carry from one figure to the next: within CARRY_RATIO of each other. A rate per task
    and a month's pay, an hourly rate and a monthly wage (150 times more) do not share a unit."""
    return _within(previous.amount.max, claim.amount.max, CARRY_RATIO)


def _same_size(a: Decimal, b: Decimal) -> bool:
    return _within(a, b, MAGNITUDE)


def _within(a: Decimal, b: Decimal, ratio: Decimal) -> bool:
    return a > 0 and b > 0 and max(a, b) / min(a, b) <= ratio


def _count(claims: list[Claim]) -> tuple[list[Claim], dict[tuple, list[Claim]]]:
    """One claim per (amount, currency, period): the first occurrence, with empty slots filled from repeats; and
    the repeats of each (by `Claim.key`). A repeat that states no unit is the figure stated before with one, when
    there is exactly one such figure."""
    kept: dict[tuple, Claim] = {}
    repeats: dict[tuple, list[Claim]] = {}
    for claim in claims:
        if claim.period is None and SEVERAL_UNITS not in claim.provenance:
            # "Et ces 208 dollars, une ouvrière ne les touche pas toujours": the figure stated before, with its unit.
            earlier = [k for k in kept if k[:-1] == claim.key[:-1] and k[-1] is not None]
            if len(earlier) == 1:
                claim = replace(claim, period=earlier[0][-1])
        previous = kept.get(claim.key)
        if previous is None:
            kept[claim.key] = claim
            continue
        repeats.setdefault(claim.key, []).append(claim)
        kept[claim.key] = replace(
            previous,
            organisations=previous.organisations or claim.organisations,
            qualifier=previous.qualifier or claim.qualifier,  # a title's "60 000 roupies", the body's "autour de"
            place=previous.place or claim.place,
            role=previous.role or claim.role,
            converted=previous.converted or claim.converted,
            provenance=previous.provenance + ("repeated",),
        )
    return list(kept.values()), repeats


def _payers_of_repeats(article: Article, claims: list[Claim], repeats: dict[tuple, list[Claim]]) -> list[Claim]:
    """A figure with no payer where it is first given takes the payers the organisation model reads at a repeat of
    it: "36,5 millions d'euros pour Carlos Tavares" in a headline, then "Le directeur général de Stellantis a perçu
    36,5 millions d'euros" (the golden guide: fill the slots from the sentence that says most about it)."""
    unpaid = [repeat for claim in claims if not claim.organisations for repeat in repeats.get(claim.key, ())]
    payers: dict[tuple, tuple[NamedRef, ...]] = {}
    for repeat in _organisations_learnt(article, _kind_learnt(article, unpaid)) if unpaid else ():
        if repeat.organisations:
            payers.setdefault(repeat.key, repeat.organisations)  # the first repeat that names some
    return [replace(claim, organisations=payers[claim.key], provenance=claim.provenance + ("organisations:repeat",))
            if not claim.organisations and claim.key in payers else claim for claim in claims]


__all__ = ["Article", "Models", "link", "find_cues", "company_seats", "mention_country"]
