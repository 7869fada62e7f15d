"""ORG recogniser: a gazetteer of the field's organisations, and names introduced by an organisation noun
("le sous-traitant Sama", "l'agence d'intérim Invisible Technologies"). The backend's NER adds the rest."""
from __future__ import annotations

import re
from functools import cache

from . import places, resources
from .records import Mention

# A capitalised name: words that start with a capital or a digit, joined by short connectors; the first may start
# with one lower-case letter before a capital ("iFood", "eBay", "xAI").
NAME = (r"(?:(?:[A-ZÀ-Ý0-9]|[a-z](?=[A-ZÀ-Ý]))(?:[\w&’'-]|\.(?=\w))*)"  # a dot only inside a word: "Toloka.ai"
        r"(?:[ \u00a0](?:(?:on|of|de|du|des|and|&|for|del|della|di|da|do|dos|das|van|von|der|den|y)[ \u00a0])?"
        r"[A-ZÀ-Ý0-9](?:[\w&’'-]|\.(?=\w))*){0,3}")  # connectors of French, English, Spanish, Portuguese...


@cache
def _org_nouns() -> re.Pattern[str]:
    """A name introduced by an organisation noun: "le sous-traitant Sama". The nouns: data/word_lists.tsv, list
    org_nouns (case-sensitive)."""
    nouns = resources.word_alternation("org_nouns")
    acronyms = resources.word_alternation("common_acronyms")
    return re.compile(
        rf"""
        (?<![\w-])
        (?:(?:{nouns}
            |sous-traitant[ ]\w+)            # after the nouns: "sous-traitant" and any word
           (?:[ ](?:[a-zà-ÿ'’-]+)){{0,3}}?    # up to three lower-case words: "de livraison", "américaine"
         |(?:{nouns})s                       # a plural and at most one adjective: "les marques américaines"
           (?:[ ](?:[a-zà-ÿ'’-]+))?
           (?:,?[ ](?:comme|telles[ ]que|tels[ ]que|notamment|dont))?)  # examples: "des plateformes comme X"
        [ ](?:d['’](?=[A-Z0-9]{{2,}}(?![\w-]))     # "un entrepôt d'ASOS": the owner (OF_PLACE), a name in
           (?!(?:{acronyms})[ ]))?                # capitals; not "la société d'IA Aleph AI"
        (?P<name>{NAME})
        """,
        re.VERBOSE,
    )


@cache
def _noun_right_before() -> re.Pattern[str]:
    """An organisation noun (not one that belongs to the name: `_noun_in_name`) right before where a name starts:
    "l'usine ", "les entrepôts "."""
    nouns = [n for n in resources.word_list("org_nouns") if n not in resources.word_set("nouns_in_names")]
    return re.compile(rf"(?<![\w-])(?:{resources.alternation(nouns)})s?[ \u00a0]+$")


# A name's last words that may be its town: "de", "du" or "d'" and capitalised words.
TOWN_AT_END = re.compile(r"[ \u00a0]+(?:de|du|d['’])[ \u00a0]*"
                         r"(?P<town>[A-ZÀ-Ý][\w'’-]*(?:[ \u00a0-][A-ZÀ-Ý][\w'’-]*)*)$")


def town_ending(text: str, start: int, name: str) -> re.Match[str] | None:
    """The town an organisation's name at `start` ends with ("de" and the town: group "town"), where an
    organisation noun introduces the name: "l'usine Sorelec de Vierzon", "les supermarchés FreshMart de Miami" name
    Sorelec and FreshMart, at Vierzon and Miami (the golden labels mostly take the town for a place of its own).
    Not a name its noun belongs to ("l'université de Kassel", `_institution_of_place`), one no noun introduces
    ("Olympique de Marseille"), one a country ends ("la société Électricité de France") nor one that opens with a
    word of names that hold their town ("la société Aéroports de Paris", "le club Stade de Reims": data/
    word_lists.tsv, list town_name_heads). A town our tables do not know, of one word, only after a name our table
    does: "l'usine Renault de Flins"."""
    town = TOWN_AT_END.search(name)
    if town is None or town.start() == 0 or name.split()[0] in resources.word_set("town_name_heads") \
            or not _noun_right_before().search(text, max(0, start - 40), start):
        return None
    known = places.found_place_country(town.group("town")) is not None \
        or name[:town.start()] in _gazetteer()[1] and " " not in town.group("town")
    if not known or places.names_a_country(town.group("town")):
        return None
    return town


@cache
def _noun_in_name() -> re.Pattern[str]:
    """An organisation noun that belongs to the name after it (data/word_lists.tsv, list nouns_in_names)."""
    return re.compile(rf"(?:{resources.word_alternation('nouns_in_names')})(?![\w-])")


@cache
def _public_body() -> re.Pattern[str]:
    """A ministry, named by its noun and its portfolios: "ministère du Travail", "ministère de l'Éducation
    nationale", "ministère de la Santé, du Travail et des Affaires sociales", "ministère fédéral du Travail". The
    nouns and the adjectives a portfolio may take: data/word_lists.tsv, lists public_body_nouns and
    portfolio_adjectives."""
    nouns = resources.word_alternation("public_body_nouns")
    adjectives = resources.word_alternation("portfolio_adjectives")
    portfolio = rf"(?:de[ ]la|de[ ]l['’]|du|des|de|d['’])[ ]?[A-ZÀ-Ý][\w'’-]+(?:[ ](?:{adjectives})(?![\w-]))?"
    return re.compile(
        rf"(?<![\w-])(?P<name>(?:{nouns})(?:[ ][a-zà-ÿ]+)?[ ]{portfolio}(?:(?:,[ ]|[ ]et[ ]){portfolio})*)",
    )


# An institution named with its town ("l'université de Kassel"): before an amount, "à"/"au" and such a name says
# where workers earn it ("touche au centre hospitalier de Cornouaille 2 040 euros"), not who is paid.
INSTITUTION_SOURCE = "context:institution"
WORKER_OF_SOURCE = "context:worker-of"  # a name after workers and "de": "les salariés de Veilia"
EMPLOYED_BY_SOURCE = "context:employed-by"  # a name after a participle of employing: "employé par YPF"
CONTRACTOR_SOURCE = "context:contractor"  # a name work is handed to: "a confié le nettoyage à Onet"
TOLD_AFTER = re.compile(r"[ \u00a0]*,?[ \u00a0]*qu(?:e|['’])", re.IGNORECASE)  # "a confié à Marie qu'elle": told
EMPLOYER_TYPES = frozenset({"company", "platform", "subcontractor"})  # the types of our table that employ


@cache
def _institution_of_place() -> re.Pattern[str]:
    """An institution named by its noun and its town, after a definite article: "l'université de Kassel", "le
    tribunal correctionnel de Lorient", "au centre hospitalier de Cornouaille", "l'université d'État de l'Oregon".
    The nouns and the adjectives: data/word_lists.tsv, lists institutions_of_places and institution_adjectives."""
    nouns = resources.word_alternation("institutions_of_places")
    adjectives = resources.word_alternation("institution_adjectives")
    return re.compile(
        rf"""(?<![\w-])(?:[Ll]['’][ \u00a0]?|[Ll][ea][ \u00a0]+|[Aa]u[ \u00a0]+|[Dd]u[ \u00a0]+)
        (?P<name>(?i:{nouns})(?:[ \u00a0]+(?i:{adjectives}))*?
        (?:[ \u00a0]+(?:de[ \u00a0]+la[ \u00a0]+|de[ \u00a0]+l['’][ \u00a0]?|du[ \u00a0]+|des[ \u00a0]+|de[ \u00a0]+|d['’][ \u00a0]?)
           [A-ZÀ-Ý][\w'’-]*(?:[ \u00a0][A-ZÀ-Ý][\w'’-]*)*)+)  # "d'État de l'Oregon", "du Val de Glane"
        """,
        re.VERBOSE,
    )


@cache
def _apposition() -> re.Pattern[str]:
    """A name followed by an apposition that says what it is: "Wasla, une application algéroise", "Farha
    Delivery, leader local du secteur", "Mufindi Highland Estates (MHE), une société tanzanienne". The nouns:
    data/word_lists.tsv, list apposition_nouns. A sentence's first word is no name ("En 2019, l'agence X",
    "Mercredi, la plateforme": list sentence_first_words)."""
    nouns = resources.word_alternation("apposition_nouns")
    function_words = resources.word_alternation("sentence_first_words")
    return re.compile(
        rf"""(?<![\w-])(?!(?-i:{function_words})(?![\w-]))(?P<name>{NAME})
        (?:[ \u00a0]\([A-Z][\w&.-]{{1,9}}\))?                            # its acronym: "(MHE)"
        ,[ \u00a0]+(?:(?:l['’]une?|une?)[ \u00a0]+des[ \u00a0]+(?:[a-zà-ÿ-]+[ ])?(?:{nouns})s   # "l'un des leaders"
                     |(?:(?:une|la|le|l['’]|cette|ce)[ \u00a0]*)?(?!(?:qui|que|dont)[ ])(?:[a-zà-ÿ-]+[ ])?(?:{nouns}))
                                                              # "la principale application"; not "qui enseigne"
        (?![\w-])
        (?![ \u00a0]+[A-ZÀ-Ý])                                    # "Hay Riad, le groupe Atlascall": the noun has its own name
        """,
        re.VERBOSE,
    )


@cache
def _apposition_before() -> re.Pattern[str]:
    """An organisation noun with its adjectives or its place, then its name in apposition: "une agence d'intérim
    sénégalaise, Sunu Intérim, qui emploie", "un sous-traitant de Madurai, Vaigai Infotech, qui rémunère". The
    name closes the apposition: a comma, a bracket, a full stop, "qui" or "dont" follows it. The nouns:
    data/word_lists.tsv, list apposition_nouns. A phrase that opens its sentence with a preposition is where the
    subject after it stands ("Dans une usine de Gazipur, Rahima, qui coud..."): the caller leaves it
    (`SENTENCE_OPENER`)."""
    nouns = resources.word_alternation("apposition_nouns")
    return re.compile(
        rf"""(?<![\w-])(?:[Uu]n|[Uu]ne)[ \u00a0]+(?:{nouns})(?![\w-])
        (?:[ \u00a0]+(?:[a-zà-ÿ'’-]+|(?:de|du|d['’])[ \u00a0]*[A-ZÀ-Ý][\w-]+)){{0,4}}?   # "sénégalaise", "de Madurai"
        ,[ \u00a0]+(?P<name>{NAME})
        (?=[ \u00a0]*(?:[,;:.)(]|qui[ \u00a0]|dont[ \u00a0]))""",
        re.VERBOSE,
    )


# A preposition that opens a sentence, then the phrase a name in apposition would follow: the name is the
# sentence's subject, often a person ("Dans une usine de Gazipur, Rahima, qui coud des polos").
SENTENCE_OPENER = re.compile(r"(?:^|[.!?»:\n][ \u00a0]*)(?:Dans|À|Au|Aux|Sur|Chez|Depuis|Devant|En|Pour|Avec"
                             r"|Près de|Auprès d['’])[ \u00a0]+$")
# After a name, a person's age: "Sunday Okafor, 41 ans", "Sunday Okafor, agent de sécurité de 41 ans".
AGE_AFTER = re.compile(r",[ \u00a0]*(?:[^,.;:!?]{0,40}?[ \u00a0]de[ \u00a0]+)?\d{1,3}[ \u00a0]+ans(?![\w-])")
# A word of a person's name: a capital, then lower-case letters ("Rosa", "Akter", "N'Diaye", "Jean-Marc").
NAME_WORD = re.compile(r"[A-ZÀ-Ý][a-zà-ÿ'’]+(?:-[A-ZÀ-Ý][a-zà-ÿ'’]+)?")
# A name of one to three name-like words right before an age: "Batbayar, 22 ans", "Sunday Okafor, agent de sécurité
# de 41 ans".
NAME_BEFORE_AGE = re.compile(rf"(?<![\w-])(?P<name>{NAME_WORD.pattern}(?:[ \u00a0]{NAME_WORD.pattern}){{0,2}})"
                             rf"(?={AGE_AFTER.pattern})")


@cache
def _employer_pattern() -> re.Pattern[str]:
    """A worker noun or a work verb, then "pour" or "chez" and a name: "livreur pour Wasla", "modératrice chez
    Majorel", "il travaille pour Clickora". The verbs: data/word_lists.tsv, list work_for_verbs."""
    workers = resources.alternation(resources.worker_heads())
    verbs = resources.word_alternation("work_for_verbs")
    return re.compile(rf"(?<![\w-])(?i:{workers}|{verbs})(?:[ \u00a0][a-zà-ÿ'’-]+){{0,3}}?[ \u00a0]+(?:pour|chez)"
                      rf"[ \u00a0]+(?P<name>{NAME})")


@cache
def employed_by() -> str:
    """A participle of employing, "par" and the article of the name after it: "un ouvrier employé par YPF", "les
    agents recrutés par la RATP" (data/word_lists.tsv, list employed_participles)."""
    participles = resources.word_alternation("employed_participles")
    return rf"(?<![\w-])(?i:{participles})[ \u00a0]+par[ \u00a0]+(?:(?i:la|le|les)[ \u00a0]+|[lL]['’])?"


@cache
def _employed_by_pattern() -> re.Pattern[str]:
    """A name a participle of employing and "par" introduce (`employed_by`)."""
    return re.compile(rf"{employed_by()}(?P<name>{NAME})")


@cache
def _suffixed_name() -> re.Pattern[str]:
    """A name of two to four capitalised words whose last word is a corporate word: "Baltrans Logistics",
    "Sawit Jaya Plantations". The words: data/word_lists.tsv, list corporate_suffixes; a sentence's first word
    ("Le Groupe", list sentence_first_words) and a common noun's acronym ("une société d'IA Aleph AI", list
    common_acronyms) are no part of a name."""
    suffixes = resources.word_alternation("corporate_suffixes")
    # Capitalised words that start sentences, not names (and any elided "L'..."): list sentence_first_words.
    function_words = resources.alternation(resources.word_list("sentence_first_words")
                                           + resources.word_list("common_acronyms")) + r"|L['’]\w+"
    word = r"[A-ZÀ-Ý0-9][\w&’'-]*"
    return re.compile(
        rf"""(?<![\w-])(?P<name>(?!(?-i:{function_words})[ \u00a0]){word}
            (?:[ \u00a0](?:(?:of|de|du|des|and|&)[ \u00a0])?{word}){{0,2}}
            [ \u00a0](?-i:{suffixes}))(?![\w-])""",
        re.VERBOSE,
    )


@cache
def _contractor_pattern() -> re.Pattern[str]:
    """A verb of handing work over, its object, then "à" and a name: "a confié le transport scolaire à Transdev", "Le
    ramassage des ordures est délégué à Derichebourg" (data/word_lists.tsv, list contracting_verb_stems). The
    name is a contractor; a place there is taken out by the caller ("sous-traité à Tunis"), and so is one told
    something ("a confié à Libération qu'il")."""
    stems = resources.word_alternation("contracting_verb_stems")
    return re.compile(rf"(?<![\w-])(?i:{stems})(?:e|é|ée|és|ées|ait|aient|ent|er)?(?![\w-])"
                      rf"(?:[ \u00a0][\w'’-]+){{0,6}}?"
                      rf"[ \u00a0]+à[ \u00a0]+(?P<name>{NAME})")


# What the workers do, in one lower-case word, between their noun and their employer: "les techniciens de
# maintenance de Telvia", "les agents d'entretien d'Onet". Not a quantity nor a time, after which a name is as often
# a place ("les salariés de plus de cinquante ans", "les travailleurs de nuit de Rungis").
WORK_COMPLEMENT = (r"(?:(?:de[ \u00a0]+|d['’])(?!(?:plus|moins|nuit|jour|soir|week-end)[ \u00a0])"
                   r"[a-zà-ÿ][a-zà-ÿ-]*[ \u00a0]+)?")


@cache
def _worker_of_pattern() -> re.Pattern[str]:
    """A worker noun (and what they do, `WORK_COMPLEMENT`), then "de" or "d'" and a name: "le directeur général de
    Norvane", "les salariés d'Atlascall". Places are taken out by the caller; "du" is left alone: it introduces
    regions far more often ("les chauffeurs du Gauteng")."""
    workers = resources.alternation(resources.worker_heads())
    return re.compile(rf"(?<![\w-])(?i:{workers})[ \u00a0]+{WORK_COMPLEMENT}(?:de[ \u00a0]+|d['’])(?:l['’])?"
                      rf"(?P<name>{NAME})")


@cache
def pays_them() -> str:
    """After a subject, a pronoun of the workers and a verb of paying: " me verse", " nous payait", " ne les paie"
    (data/word_lists.tsv, list payer_subject_verbs). The subject pays: a name here, a role in `rolemodel`."""
    verbs = resources.word_alternation("payer_subject_verbs")
    return (rf"[ \u00a0]+(?:ne[ \u00a0]+)?(?:me|m['’]|nous|leur|lui|les|vous|te|t['’])[ \u00a0]*"
            rf"(?:{verbs})(?![\w-])")


@cache
def _payer_subject() -> re.Pattern[str]:
    """A name, then a pronoun of the workers and a verb of paying (`pays_them`): "Mamaclic me verse quatorze euros",
    "Rankwise nous payait un euro". Not the words of data/word_lists.tsv, lists not_name_subjects ("On nous paie")
    and sentence_first_words."""
    not_names = resources.alternation(resources.word_list("not_name_subjects")
                                      + resources.word_list("sentence_first_words"))
    return re.compile(rf"(?<![\w-])(?!(?-i:{not_names})(?![\w-]))(?P<name>{NAME}){pays_them()}")


def _after_a_title(text: str, start: int) -> bool:
    """Whether a title of courtesy or a pronoun stands right before `start` ("Madame Rosa", "M. Diallo")."""
    before = re.search(r"(\S+)[ \u00a0]+$", text[max(0, start - 12):start])
    return before is not None and before.group(1) in resources.word_set("not_name_subjects")


# A capitalised preposition that starts a sentence is not part of the name after it.
LEADING_WORD = re.compile(r"(?:Chez|Selon|Pour|Avec|Dans|Par|Sur|Contre|Comme|À|Au|Aux)[ \u00a0]+(?=\w)")
# A locative that opens a sentence right before a name: the name is a place ("À Verbier, le groupe..."). Not one
# inside a sentence: "verse 0,35 dollar à Sada Labs, une société..." names the payee.
LOCATIVE_BEFORE = re.compile(r"(?:^|[.!?»\n][ \u00a0]*)(?:À|Au|Aux|Dans)[ \u00a0]+$")
# "de" right before a name an organisation noun introduces: the noun's place or its owner, not its name. Such a
# name (source OF_SOURCE) is an organisation unless the article also writes it as a place (pipeline._recognise).
OF_PLACE = re.compile(r"(?<![\w-])(?:de|d['’]|du|des)[ \u00a0]*$")
OF_SOURCE = "context:org-noun-of"
LOCATIVE_END = re.compile(r"(?<![\w-])(?:à|au|aux|en|dans|vers)[ \u00a0]+$")  # right before a name: a place
AT_PLACE_AFTER = re.compile(r"[ \u00a0]+(?:à|au|aux|en)[ \u00a0]+[A-ZÀ-Ý]")  # "l'entrepôt de Logivia à Nienburg"
# "Chez" and a name is where someone works: "Chez Veltria, le PDG a émargé à...". People are taken out by the
# caller (the NER's PER).
CHEZ = re.compile(rf"(?<![\w-])[Cc]hez[ \u00a0]+(?P<name>{NAME})")


@cache
def _gazetteer() -> tuple[re.Pattern[str], dict[str, tuple[str, str]]]:
    forms: dict[str, tuple[str, str]] = {}
    for entry in resources.organisations():
        for form in entry.forms:
            forms[form] = (entry.name, entry.type)
    ordered = sorted(forms, key=len, reverse=True)
    pattern = re.compile(r"(?<![\w-])(?:" + resources.literals(ordered) + r")(?![\w-])")
    return pattern, forms


def sentence_first_words() -> frozenset[str]:
    """Capitalised words that open sentences (data/word_lists.tsv, list sentence_first_words): alone, no name ("Via
    sa filiale Amazon Flex")."""
    return resources.word_set("sentence_first_words")


def org_type(name: str) -> str | None:
    """The type a known organisation has in our table ("media", "platform"...), else None. A name of hyphenated
    parts one of which is a union of the table is a union: "Snes-FSU", "CGT-Cheminots", "FO-Santé"."""
    table = _gazetteer()[1]
    found = table.get(name, (name, None))[1]
    if found is None and "-" in name and any(table.get(part, (part, None))[1] == "union" for part in name.split("-")):
        return "union"
    return found


SENTENCE_START = re.compile(r"(?:^|[.!?…»:]\s+|\n\s*)$")


JOINER = re.compile(r"(?:de|du|des|d['’]|of|for|on|and|&)[ \u00a0]*(?=\w)")


def _without_sentence_word(text: str, name: str, start: int) -> tuple[str, int]:
    """A name that opens a sentence may hold its first word, capitalised as any first word is ("Prenons
    Corvane Systems, un éditeur de logiciels"): when the first word of the rest stands elsewhere in the text
    without the sentence's first word ("Corvane"), the rest is the name."""
    first, _, rest = name.partition(" ")
    if not rest or not SENTENCE_START.search(text, max(0, start - 3), start):
        return name, start
    joiner = JOINER.match(rest)
    if joiner and first.lower() in resources.roles():  # "Salarié de Tatra Shuttle, une petite société"
        return rest[joiner.end():], start + len(first) + 1 + joiner.end()
    rest_start = start + len(first) + 1
    head = rest.split()[0]
    elsewhere = (m.start() for m in re.finditer(rf"(?<![\w-]){re.escape(head)}(?![\w-])", text))
    if any(at != rest_start and not text[max(0, at - len(first) - 1):at].startswith(first) for at in elsewhere):
        return rest, rest_start
    return name, start


# The source of a mention of a shorter form of a name the article gives in full ("FWC", "Brandt"): such a mention
# is named by its value, the full name (see pipeline._name_short_forms and linking.display_name).
ALIAS_SOURCE = "alias:short-form"
# An acronym in brackets after the name it abbreviates: "la Fair Work Commission (FWC)", "(AP-HP)".
ACRONYM_IN_BRACKETS = re.compile(r"[ \u00a0]\((?P<acronym>[A-Z](?:-?[A-Za-z&]){1,8})\)")
NAME_WORDS = re.compile(r"[\w][\w’'.&-]*")
ELIDED = re.compile(r"^(?:[dlDL]|qu)['’]")
ELIDED_WORD = re.compile(r"(?:[dlDLjJ]|[qQ]u)['’][a-zà-ÿ]")  # an elided article and a common word: "D'ordinaire"
MAX_NAME_WORDS = 10


def _initials(word: str) -> tuple[str, ...]:
    """The letters a word may give an acronym, without accents: its first, or the first of each part of a
    hyphenated word ("Fensch-Moselle" gives "f" or "fm", "publique-Hôpitaux" "p" or "ph")."""
    bare = resources.without_accents(ELIDED.sub("", word)).casefold()
    parts = [part[:1] for part in bare.split("-") if part]
    return (bare[:1], "".join(parts)) if len(parts) > 1 else (bare[:1],)


def _spells(options: list[tuple[str, ...]], letters: str) -> bool:
    """Whether the words' initials, one choice per word and in order, spell the acronym's letters."""
    if not options:
        return not letters
    return any(letters.startswith(choice) and _spells(options[1:], letters[len(choice):]) for choice in options[0])


def spells_acronym(name: str, acronym: str) -> bool:
    """Whether the words of `name` give the letters of `acronym` in order, as `acronym_definitions` reads them
    ("Compagnie des phosphates de Gafsa" gives "CPG"): the acronym of a name the article writes out in full once and
    shortens later without brackets."""
    skipped = resources.folded_word_set("acronym_function_words")
    words = [w.group(0) for w in NAME_WORDS.finditer(name)]
    options = [("",) + _initials(w) if w.casefold() in skipped else _initials(w) for w in words]
    return len(words) > 1 and _spells(options, acronym.replace("-", "").casefold())


def acronym_definitions(text: str) -> list[tuple[Mention, Mention]]:
    """Names defined with their acronym, as (name, acronym) mention pairs: "Women's Super League (WSL)",
    "Organisation internationale du travail (OIT)", "Groupe hospitalier Fensch-Moselle (GHFM)". The name is the
    shortest run of words before the brackets whose words give the acronym's letters in order (`_initials`; the
    function words an acronym may skip give theirs or none). It starts with a capital, or with an institution
    noun and a capital after it ("ministère de l'Éducation nationale (MEN)", not "une société coopérative
    d'intérêt collectif (Scic)"). A pay level, an index or a law is no organisation ("Salaire minimum
    interprofessionnel garanti (SMIG)"). Both mentions take the name as their value."""
    skipped = resources.folded_word_set("acronym_function_words")
    not_heads = resources.folded_word_set("not_organisation_heads")
    institutions = resources.folded_word_set("institution_heads")
    out = []
    for m in ACRONYM_IN_BRACKETS.finditer(text):
        letters = m.group("acronym").replace("-", "").casefold()
        words = list(NAME_WORDS.finditer(text, max(0, m.start() - 150), m.start()))[-MAX_NAME_WORDS:]
        options: list[tuple[str, ...]] = []
        for first in range(len(words) - 1, -1, -1):
            run = words[first:]
            gaps = [text[a.end():b.start()] for a, b in zip(run, run[1:])] + [text[run[-1].end():m.start()]]
            if any(g.strip(" \u00a0") for g in gaps):
                break  # a comma or a bracket between words: no longer one name
            word = run[0].group(0)
            function_word = word.casefold() in skipped
            # a function word may give its letter or not: "Association pour l'emploi des cadres (Apec)"
            options.insert(0, ("",) + _initials(word) if function_word else _initials(word))
            if not function_word and _spells(options, letters):  # no name opens with "de"
                name_start = run[0].start()
                head = ELIDED.sub("", run[0].group(0))
                named = head[:1].isupper() or (head.casefold() in institutions and any(
                    w.group(0)[:1].isupper() or ELIDED.sub("", w.group(0))[:1].isupper() for w in run[1:]))
                if named and head.casefold() not in not_heads:
                    if head != run[0].group(0):
                        name_start += len(run[0].group(0)) - len(head)
                    name = text[name_start:run[-1].end()]
                    out.append((Mention("ORG", name_start, run[-1].end(), name, name, "context:acronym"),
                                Mention("ORG", m.start("acronym"), m.end("acronym"), m.group("acronym"), name,
                                        "context:acronym")))
                break
            if sum(1 for choices in options if "" not in choices) > len(letters):
                break
    return out


COORDINATED = re.compile(rf"(?:,[ \u00a0]+|[ \u00a0]+(?:et|ou)[ \u00a0]+)(?P<name>{NAME})")


def _coordinated(text: str, end: int, source: str) -> list[Mention]:
    """The names listed after a name an organisation noun introduced: "Hanesbrands et Gap", "A, B ou C". A list
    ends with "et" or "ou": names after commas alone are appositions ("un armateur de Dalian, Cheikh Ould Mohamed,
    27 ans"), not more organisations."""
    out = []
    m = COORDINATED.match(text, end)
    while m:
        name = m.group("name").rstrip(".")
        out.append(Mention("ORG", m.start("name"), m.start("name") + len(name), name, name, source))
        if text[m.start():m.start("name")].strip() in {"et", "ou"}:
            return out
        m = COORDINATED.match(text, m.start("name") + len(name))
    return []


LOWER_CASE_NAME_SOURCES = ("context:org-noun", "context:chez")  # "l'application iFácil", "chez eBay"; not "de l'iPhone"


def find_organisations(text: str) -> list[Mention]:
    """Known organisations and names introduced by an organisation noun. `value` is the canonical name."""
    pattern, forms = _gazetteer()
    out = []
    for m in pattern.finditer(text):
        name, _kind = forms[m.group(0)]
        out.append(Mention("ORG", m.start(), m.end(), m.group(0), name, "gazetteer:org"))
    for m in _public_body().finditer(text):
        out.append(Mention("ORG", m.start("name"), m.end("name"), m.group("name"), m.group("name"),
                           "context:public-body"))
    for m in _institution_of_place().finditer(text):
        out.append(Mention("ORG", m.start("name"), m.end("name"), m.group("name"), m.group("name"),
                           INSTITUTION_SOURCE))
    for source, finder in (("context:org-noun", _org_nouns()), ("context:apposition", _apposition()),
                           ("context:apposition-before", _apposition_before()),
                           ("context:suffix", _suffixed_name()),
                           ("context:employer", _employer_pattern()), (EMPLOYED_BY_SOURCE, _employed_by_pattern()),
                           (WORKER_OF_SOURCE, _worker_of_pattern()),
                           (CONTRACTOR_SOURCE, _contractor_pattern()),
                           ("context:chez", CHEZ), ("context:payer-subject", _payer_subject())):
        for m in finder.finditer(text):
            name = m.group("name").rstrip(".")
            start = m.start("name")
            lead = LEADING_WORD.match(name)  # "Chez CamLine, un prestataire"
            if lead:
                name, start = name[lead.end():], start + lead.end()
            if source == "context:payer-subject" and _after_a_title(text, start):
                continue  # "Madame Rosa me verse": a person
            if source == "context:org-noun" and LOCATIVE_END.search(text, max(0, start - 8), start):
                continue  # "un entrepôt à Brétigny": where it is
            if source == CONTRACTOR_SOURCE and (name in resources.places()
                                                or places.found_place_country(name, towns=False)
                                                or TOLD_AFTER.match(text, start + len(name))):
                continue  # "le tri est sous-traité à Tanger": a place; "a confié à Marie Dupont qu'il": told
            if source == "context:apposition" and LOCATIVE_BEFORE.search(text, max(0, start - 8), start):
                continue  # "À Verbier, le groupe hôtelier Alpinea": the place where the group is
            if source == "context:apposition-before" and (
                    SENTENCE_OPENER.search(text, max(0, m.start() - 12), m.start())
                    or AGE_AFTER.match(text, start + len(name))):
                continue
            camel = name[:1].islower() and name[1:2].isupper()  # "iFood": only where a noun or "chez" says a name
            if not (name[:1].isupper() or camel and source in LOWER_CASE_NAME_SOURCES) \
                    or not any(char.isalpha() for char in name) or len(name) < 3 or ELIDED_WORD.match(name):
                continue  # "lancée en 2021"; "entraîneurs d'IA"; "D'ordinaire, la chaîne"
            name, start = _without_sentence_word(text, name, start)
            noun = _noun_in_name().match(text, m.start()) if source == "context:org-noun" else None
            if noun and re.fullmatch(r"[ \u00a0]+", text[noun.end():start]):
                name, start = text[m.start():start + len(name)], m.start()  # "l'université Harwell"
            elif source == "context:org-noun" and OF_PLACE.search(text, max(0, start - 4), start):
                # "l'usine de Sinovolt" names the owner, "l'hôtel de Saint-Gilles" the place: see OF_SOURCE. A
                # name our tables do not know as a place, with a place of its own right after ("l'entrepôt de
                # Logivia à Nienburg"), is the owner wherever else the NER reads it.
                owner = AT_PLACE_AFTER.match(text, start + len(name)) and places.found_place_country(name) is None
                out.append(Mention("ORG", start, start + len(name), name, name,
                                   "context:org-noun" if owner else OF_SOURCE))
                continue
            out.append(Mention("ORG", start, start + len(name), name, name, source))
            if source == "context:org-noun":  # "les marques américaines Hanesbrands et Gap"
                out += _coordinated(text, start + len(name), source)
    return out
