"""Which of the companies a list names a description refers back to. French press names rival companies together,
then one of them by its rank in that list or by its nationality: "Glovo et Uber Eats se disputent les coursiers de
Madrid. Le premier rémunère la livraison 2,80 euros, le second n'en verse que 2,40" (Glovo, then Uber Eats);
"Securitas et le français Seris [...]. Le suédois verse à ses agents 11,90 euros" (Securitas). Without this, the
amount goes to every company of the list.

A description counts only as the subject of a verb of paying, offering or employing, or of "ses" and workers ("Le
premier verse", "l'allemand [...] ses coursiers"), or after "chez" or "sur", or right before the amount of a
member whose verb is left out after a description that had one ("Le premier paie 3 euros, le second, 2,40"): "le
premier" is a rank among people, accords and bonuses as often as among companies. It resolves only to a name of a
list of two or more ("X et Y", "X, Y et Z"), the last one named before it, with no document named since ("un
accord", "une grille": the rank may be theirs) and no list of people ("Ahmed et Karim"): a rank to the name at
that rank; a nationality, always in lower case ("l'allemand"; "l'Allemand" is a person), to the one name of the
list the text gives that origin ("l'allemand Delivery Hero", "Deliveroo, la plateforme britannique"), else our
table does (organisations.tsv, columns country and seat), or to the one whose seat is the city it names ("Amazon et
Microsoft [...]. Le géant de Redmond paie"). The description leaves out the other names of the list, its
rivals, and keeps the names outside it, clients as a rule ("Majorel et Teleperformance modèrent les contenus de
TikTok. Chez le second": TikTok and Teleperformance). The words: data/word_lists.tsv, lists first_ordinals,
second_ordinals, last_ordinals, subject_company_nouns, payer_subject_verbs, paying_verbs, employer_verbs,
offering_verbs, verb_fillers, company_staff_nouns and document_nouns, and the job nouns of roles.tsv."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import cache

from . import resources
from .records import Mention
from .resources import word_alternation as _words

RANKS = {"first_ordinals": 1, "second_ordinals": 2, "last_ordinals": -1}  # position in the list; -1 the last
# Before a name, a preposition that makes it a complement ("pour le compte de Google, Appen et Toloka"): a comma
# after it does not go on with its list.
COMPLEMENT_BEFORE = re.compile(r"(?<![\w-])(?:de|du|des|d['’]|pour|chez|via|par|à|au|aux)[ \u00a0]*"
                               r"(?:(?:le|la|les)[ \u00a0]+|l['’])?$", re.IGNORECASE)
# Two first names joined by "et", or an age: people ("Ahmed et Karim", "Pedro Silva, 41 ans"), whom a rank after
# them may count.
PEOPLE = re.compile(r"(?<![\w-])(?:[A-ZÀ-Ý][a-zà-ÿ]+[ \u00a0]+et[ \u00a0]+[A-ZÀ-Ý][a-zà-ÿ]+|\d{1,3}[ \u00a0]+ans)"
                    r"(?![\w-])")
DOCUMENT_CHARS = 80  # how far before a list a document it ranks may be named ("deux accords avec Lidl et Aldi")
APPOSED_CHARS = 60  # "Deliveroo, la plateforme britannique": how far after a name its apposition may reach
CHEZ = re.compile(r"(?:chez|sur)[ \u00a0]*$", re.IGNORECASE)  # "Chez le premier, un ouvrier", "Sur le premier, un"
BEFORE_AMOUNT = re.compile(r"[ \u00a0]*,?[ \u00a0]*")  # "le second, 2,40": the description, then the amount
COMMA_AND = re.compile(r",[ \u00a0]+(?:et|ou)[ \u00a0]")  # ", et": a list goes on after a complement's name


@dataclass(frozen=True)
class Description:
    """A company named by its rank in a list (`rank`: 1, 2 or -1 for the last) or by its origin (`origin`: a
    country's ISO code or, for a city's demonym or the city of its seat, the city), at [start, end) of the text;
    its subject runs to `subject_end`, past an incise ("Le premier, qui travaille pour Anthropic, propose")."""
    start: int
    end: int
    subject_end: int
    rank: int = 0
    origin: str = ""


@cache
def _demonym_origins() -> dict[str, str]:
    """Lower-cased demonym -> a country's code ("allemand": DE), or for a city's or a region's, the place
    ("lyonnaise": Lyon). The two never share a value: codes are two capitals, places are names."""
    return resources.place_demonyms() | resources.demonyms()


@cache
def _demonym() -> str:
    """The alternation of every demonym of `_demonym_origins`, built once for the patterns that read one."""
    return resources.alternation(_demonym_origins())


@cache
def _list_joiner() -> re.Pattern[str]:
    """Between two names of one list: a comma, "et" or "ou", perhaps with the article and a demonym that give the
    next name its origin ("Deliveroo et l'américain DoorDash", "Securitas et le groupe français Seris"); not a noun
    of its relation to the first ("OpenAI et le sous-traitant Sama" is no list of rivals)."""
    demonym = _demonym()
    return re.compile(rf"(?:,[ \u00a0]+(?:(?:et|ou)[ \u00a0]+)?|[ \u00a0]+(?:et|ou)[ \u00a0]+)"
                      rf"(?:(?:le|la|l['’])[ \u00a0]*(?:[a-zà-ÿ-]+[ \u00a0]+)?(?-i:{demonym})[ \u00a0]+)?",
                      re.IGNORECASE)


@cache
def _description() -> re.Pattern[str]:
    """A rank ("le premier", "la dernière"), or a determiner, perhaps a company noun, and a lower-case demonym
    ("l'allemand", "le géant américain", "la plateforme britannique", "le groupe berlinois"), or a company noun and
    the city of its seat ("le géant de Redmond", "la firme de Mountain View"), that opens a clause; not one a name
    follows ("l'allemand Delivery Hero" names it)."""
    ranks = (f"(?P<first_ordinals>{_words('first_ordinals')})|(?P<second_ordinals>{_words('second_ordinals')})"
             f"|(?P<last_ordinals>{_words('last_ordinals')})")
    demonym = _demonym()
    nouns = _words("subject_company_nouns")
    city = r"(?-i:[A-ZÀ-Ý][\w'’-]*(?:[ \u00a0-][A-Z][\w'’-]*)?)"  # "Redmond", "Mountain View"
    origin = (rf"(?:le|la|l['’])[ \u00a0]*(?:(?:(?:{nouns})[ \u00a0]+)?(?P<origin>(?-i:{demonym}))"
              rf"|(?:{_words('seat_nouns')})[ \u00a0]+(?:de[ \u00a0]+|d['’])(?P<seat>{city}))")
    opening = (r"(?P<open>(?<=[,;:«(—–])|(?<![\w-])(?:mais|et|quand|alors[ \u00a0]+que|tandis[ \u00a0]+que"
               r"|chez|sur))?")
    return re.compile(rf"{opening}[ \u00a0]*(?<![\w'’-])(?P<said>{ranks}|{origin})(?![\w-])"
                      rf"(?![ \u00a0]+(?-i:[A-Z0-9]))", re.IGNORECASE)


@cache
def _verb_after() -> re.Pattern[str]:
    """After a description, what makes it the payer: a verb of paying, offering or employing, or "ses" and a noun
    of workers ("L'allemand rémunère", "Le premier [...] ses coursiers"), after clitics, auxiliaries and adverbs
    only (list verb_fillers: "le second n'en verse que 2,40"), not after a noun ("le premier employeur du pays
    paie"); perhaps after an incise ("Le premier, qui travaille pour Anthropic, propose"), not one that compares
    ("Le premier, comme le second, paie")."""
    verbs = "|".join((_words("payer_subject_verbs"), _words("paying_verbs"), _words("employer_verbs"),
                      _words("offering_verbs")))
    workers = resources.alternation([*resources.roles(), *resources.word_list("company_staff_nouns")])
    incise = (r"(?P<incise>[ \u00a0]*,(?![ \u00a0]*(?:comme|tout[ \u00a0]+comme|ainsi[ \u00a0]+que|à[ \u00a0]+"
              r"l['’]instar)(?![\w-]))[^,.;:!?]{1,80},)")
    return re.compile(rf"{incise}?(?:[ \u00a0]+(?:{_words('verb_fillers')})){{0,3}}[ \u00a0]+(?:n['’])?"
                      rf"(?:{verbs}|ses[ \u00a0]+(?:{workers}))(?![\w-])", re.IGNORECASE)


def description_before(text: str, start: int, amount: int) -> Description | None:
    """The last description in text[start:amount] (a sentence up to an amount) that names the payer of the amount:
    the subject of a verb of paying ("Le premier rémunère"), after "chez" ("Chez le second, un livreur touche"), or
    right before the amount after a description that had such a verb ("Le premier paie 3 euros, le second,
    2,40")."""
    found: Description | None = None
    for m in _description().finditer(text, start, amount):
        if m.group("open") is None and text[start:m.start("said")].strip(" \u00a0\n«\"“") != "":
            continue  # neither the sentence's start nor a clause's
        end = m.end("said")
        verb = _verb_after().match(text, end, amount)
        if verb is None and not CHEZ.search(text, max(start, m.start("said") - 8), m.start("said")) \
                and not (found is not None and BEFORE_AMOUNT.fullmatch(text, end, amount)):
            continue
        rank = next((value for name, value in RANKS.items() if m.group(name)), 0)
        origin = _demonym_origins().get(m.group("origin").lower(), "") if m.group("origin") else m.group("seat") or ""
        subject_end = verb.end("incise") if verb is not None and verb.group("incise") else end
        found = Description(m.start("said"), end, subject_end, rank, origin)
    return found


def payers(text: str, said: Description, named: Sequence[Mention], earlier: Sequence[Mention],
           name: Callable[[Mention], str]) -> list[Mention] | None:
    """The payers `said` leaves among `named` (mentions of the sentences before the description, by offset): the
    company it refers to, without the other names of its list (rivals) but with the names outside it ("Majorel et
    Teleperformance modèrent les contenus de TikTok. Chez le second": TikTok and Teleperformance). None when it
    refers to no name of a list, or to not exactly one (`earlier`: all the mentions before it, where the text may
    have given a name its origin)."""
    lists = [run for run in _runs(text, named) if len({name(m) for m in run}) == len(run) > 1]
    if not lists:
        return None
    listed = lists[-1]
    between = text[listed[-1].end:said.start]
    if PEOPLE.search(between) or _document().search(text, max(0, listed[0].start - DOCUMENT_CHARS),
                                                              said.start):
        return None  # "Ahmed et Karim [...]. Le premier", "deux accords avec Lidl et Aldi. Le premier garantit"
    found = _by_rank(said, listed) if said.rank else _by_origin(text, said, listed, earlier, name)
    if found is None:
        return None
    rivals = {name(m) for m in listed} - {name(found)}
    return [m for m in named if m is found or name(m) not in rivals and m not in listed]


def _by_rank(said: Description, listed: Sequence[Mention]) -> Mention | None:
    """The name at the description's rank in the list ("le second": its second)."""
    if said.rank > len(listed):
        return None
    return listed[said.rank - 1 if said.rank > 0 else -1]


def _by_origin(text: str, said: Description, listed: Sequence[Mention], earlier: Sequence[Mention],
               name: Callable[[Mention], str]) -> Mention | None:
    """The one name of the list whose origin is the description's: the origin the text gives it where it names it
    before ("l'allemand Delivery Hero"), else our table's (its country and the city of its seat: "le géant de
    Redmond" is Microsoft). None where no name has it: the other name of two, which has none we know, is as often
    a third company the text has not named."""
    near = {name(m): m for m in listed}
    stated: dict[str, set[str]] = {}
    for m in earlier:
        if name(m) in near:
            stated.setdefault(name(m), set()).update(_stated_origins(text, m))
    known = resources.organisation_origins()
    origins = {n: stated.get(n) or known.get(n, frozenset()) for n in near}
    fitting = [n for n in near if said.origin in origins[n]]
    return near[fitting[0]] if len(fitting) == 1 else None


def _runs(text: str, named: Sequence[Mention]) -> list[list[Mention]]:
    """Mentions (by offset) in runs of names joined by a comma, "et" or "ou" (`_list_joiner`; a name alone is a
    run of one); a comma after a complement ("pour le compte de Google, Appen") goes on with no list."""
    runs: list[list[Mention]] = []
    for m in named:
        joined = runs and _list_joiner().fullmatch(text, runs[-1][-1].end, m.start)
        if joined and len(runs[-1]) == 1 and COMPLEMENT_BEFORE.search(text, max(0, runs[-1][0].start - 20),
                                                                      runs[-1][0].start) \
                and text.startswith(",", runs[-1][-1].end) and not COMMA_AND.match(text, runs[-1][-1].end, m.start):
            joined = False
        if joined:
            runs[-1].append(m)
        else:
            runs.append([m])
    return runs


@cache
def _document() -> re.Pattern[str]:
    """A document or a sum a rank may count: "un accord", "deux primes" (data/word_lists.tsv, list
    document_nouns)."""
    return re.compile(rf"(?<![\w-])(?:{_words('document_nouns')})(?![\w-])", re.IGNORECASE)


@cache
def _origin_before() -> re.Pattern[str]:
    """Right before a name, the origin the text gives it: "l'allemand Delivery Hero", "le géant américain Amazon"."""
    return re.compile(rf"(?<![\w-])(?:le|la|l['’])[ \u00a0]*(?:[\w-]+[ \u00a0]+)?"
                      rf"(?P<origin>{_demonym()})[ \u00a0]+$", re.IGNORECASE)


@cache
def _origin_after() -> re.Pattern[str]:
    """Right after a name, an apposition that gives its origin: "Deliveroo, la plateforme britannique"."""
    return re.compile(rf"[ \u00a0]*,[ \u00a0]*(?:un|une|le|la|l['’])[ \u00a0]*(?:[\w-]+[ \u00a0]+){{0,2}}?"
                      rf"(?P<origin>{_demonym()})(?![\w-])", re.IGNORECASE)


def _stated_origins(text: str, mention: Mention) -> set[str]:
    """The origin the text gives a company where it names it: "l'allemand Delivery Hero", "Deliveroo, la plateforme
    britannique"."""
    found = set()
    before = _origin_before().search(text, max(0, mention.start - 40), mention.start)
    after = _origin_after().match(text, mention.end, mention.end + APPOSED_CHARS)
    for m in (before, after):
        if m is not None:
            found.add(_demonym_origins()[m.group("origin").lower()])
    return found
