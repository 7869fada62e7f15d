"""ROLE recogniser: noun phrases that name workers by their job or status ("modérateurs de contenu",
"travailleurs kényans", "chauffeurs VTC"): a head noun from data/roles.tsv and the modifiers that follow it."""
from __future__ import annotations

import re
from functools import cache

from . import resources
from .records import Mention


@cache
def inclusive_endings() -> str:
    """The feminine and plural endings inclusive writing adds to a masculine noun or adjective, after a middle dot,
    a dot, a hyphen or in brackets: "livreur·ses", "salarié·es", "annotateur.ice.s", "contractuel-les",
    "salarié(e)s", "employé(e)(s)". The endings: data/word_lists.tsv, list inclusive_endings."""
    endings = resources.word_alternation("inclusive_endings")
    # After a full stop, only in lower case: "livreurs.Les syndicats" is a sentence that lost its space.
    return (rf"(?:(?:[·•‧⋅∙](?:{endings})|\.(?-i:{endings})){{1,2}}|-(?:{endings})"
            rf"|\((?:{endings})\)(?:\((?:{endings})\)|s)?)")


@cache
def _inclusive_ending() -> re.Pattern[str]:
    return re.compile(rf"{inclusive_endings()}(?![\w-])", re.IGNORECASE)


def inclusive_end(text: str, end: int) -> int:
    """Where a word that ends at `end` ends past an inclusive ending written after it ("livreur" of "livreur·ses"),
    or `end`."""
    found = _inclusive_ending().match(text, end)
    return found.end() if found else end


@cache
def _patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    # "aide-" before a head names the worker's assistant, a worker too: "aide-pêcheur", "aides-foreurs".
    heads = resources.alternation(resources.worker_heads())
    inclusive = inclusive_endings()
    # Not inside an address: "contact@livreurs.se", "https://annotateurs.ne/offres".
    head = re.compile(rf"(?<![\w@/-])(?:(?P<head>{heads})|aides?-(?P<assisted>{heads})){inclusive}?(?![\w-])",
                      re.IGNORECASE)
    demonyms = sorted(resources.demonyms()) + sorted(resources.place_demonyms())
    # A demonym joined to the one before it belongs to the role too, in lower case as adjectives are: "ouvriers
    # roumains et bulgares" (on dev, the labels take it in 20 times and stop before it once).
    modifier = re.compile(r"[ \u00a0]+(?:" + resources.alternation(resources.role_modifiers() + demonyms)
                          + r"|(?-i:(?:et|ou)[ \u00a0]+(?:" + resources.alternation(demonyms) + r")))"
                          + rf"{inclusive}?(?![\w-])", re.IGNORECASE)
    return head, modifier


# A capitalised word right before: a capitalised head after it is part of a name ("Siam Rider Hub").
NAME_BEFORE = re.compile(r"(?<![.!?:»\n][ \u00a0])(?<![.!?:»\n])[A-ZÀ-Ý][\w'’-]*[ \u00a0]+$")


@cache
def _after_words(*names: str) -> re.Pattern[str]:
    """A word of the lists `names` of data/word_lists.tsv ending right before a head (searched up to the head): a
    noun the head qualifies (qualified_nouns), an auxiliary (participle_auxiliaries), a determiner
    (role_determiners), an adjective that belongs to the role ("les jeunes chercheurs": former) or one that says
    what the person was, outside it ("un ancien modérateur": past_status)."""
    words = [word for name in names for word in resources.word_list(name)]
    return re.compile(r"(?<![\w-])(?:" + resources.alternation(words) + r")[ \u00a0]*$", re.IGNORECASE)


@cache
def _complement() -> re.Pattern[str]:
    """"de" or "d'" and a bare lower-case word that completes a role ("conducteur d'engins", "agents de piste"), not
    a determiner that opens a noun phrase of its own ("d'un hôtel"): data/word_lists.tsv, list not_role_complements.
    On dev, where it lengthens a role that a golden span starts at, the golden span ends with the complement 276
    times, before it 21 times, further on 81 times. After an article ("de la", "du", "des") or before a capital,
    the golden spans stop as often as not: those are left out. An ordinal takes its noun ("médecin de première
    année", "comédiens de second plan": list ordinal_words), a grade its mark ("agent de catégorie C", "ouvrier
    de niveau II": list grade_nouns)."""
    stop = resources.word_alternation("not_role_complements")
    ordinal = resources.word_alternation("ordinal_words")
    grade = resources.word_alternation("grade_nouns")
    lower = "a-zàâäçéèêëîïôöùûüÿœæ"
    return re.compile(r"[ \u00a0]+(?:de[ \u00a0]+|d['’])(?!(?:" + stop + r")(?![\w'’-]))"
                      rf"(?:(?:{grade})[ \u00a0]+(?:[A-E]|[IVX]{{1,4}}|\d{{1,3}})(?![\w'’-])"
                      rf"|(?:(?:{ordinal})[ \u00a0]+(?!(?:et|ou)(?![\w'’-])))?[{lower}][{lower}-]*(?![\w'’-]))")


def _head_words(name: str) -> frozenset[str]:
    """Role heads of a list of data/word_lists.tsv that are also other words: past participles (participle_heads),
    companies (company_homograph_heads), products (product_homograph_heads), verbs or adjectives
    (determined_heads); and the nouns that end like a job but name none (not_worker_subjects)."""
    return resources.word_set(name)


# "par" right after a participle: its agent follows ("employé par le ministère").
AGENT_AFTER = re.compile(r"[ \u00a0]+par(?![\w'’-])", re.IGNORECASE)

# "l'" right before a word: the definite article of a singular noun.
ELIDED_ARTICLE = re.compile(r"(?<![\w])[lL]['’]$")


@cache
def _before_words(name: str) -> re.Pattern[str]:
    """A word of the list `name` of data/word_lists.tsv right after a head (matched at its end): what follows it when
    it names a company ("télécoms", "de téléphonie": company_complements) or a product ("vocal",
    "conversationnel": product_complements)."""
    return re.compile(r"[ \u00a0]+(?:" + resources.alternation(resources.word_list(name)) + r")(?![\w-])",
                      re.IGNORECASE)


def _modified(text: str, end: int, modifier: re.Pattern[str]) -> int:
    """Where a role ends past at most three modifiers that follow `end`."""
    for _ in range(3):
        more = modifier.match(text, end)
        if not more:
            break
        end = more.end()
    return end


def _complemented(text: str, end: int, modifier: re.Pattern[str]) -> int:
    """Where a role that ends at `end` ends past its complement and that complement's modifiers, if it has one
    ("conducteur d'engins lourds")."""
    complement = _complement().match(text, end)
    return _modified(text, complement.end(), modifier) if complement else end


def find_roles(text: str) -> list[Mention]:
    """Every role noun phrase; `value` is the lower-cased head noun."""
    head, modifier = _patterns()
    out: list[Mention] = []
    for m in head.finditer(text):
        before = max(0, m.start() - 30)
        word = " ".join((m["head"] or m["assisted"]).lower().replace("’", "'").split())  # as roles.tsv writes it
        if _after_words("qualified_nouns").search(text, before, m.start()):
            continue  # an adjective: "le salaire minimum journalier", "le transport routier"
        # A participle, not workers: of the role right before it ("les modérateurs employés par Majorel"), after
        # an auxiliary ("ils sont employés par Majorel") or before its agent with no determiner ("un infirmier
        # débutant, employé par le ministère, perçoit"); not a noun with its complement ("un apprenti employé de
        # commerce").
        if word in _head_words("participle_heads") and not _complement().match(text, m.end()) and (
                (out and not text[out[-1].end:m.start()].strip())
                or _after_words("participle_auxiliaries").search(text, before, m.start())
                or (AGENT_AFTER.match(text, m.end()) and not _after_words("role_determiners").search(
                    text, before, m.start()))):
            continue
        if word in _head_words("company_homograph_heads") and (
                ELIDED_ARTICLE.search(text, before, m.start())
                or _before_words("company_complements").match(text, m.end())):
            continue  # a company: "l'opérateur a fermé son dernier centre", "un opérateur télécoms"
        if word in _head_words("product_homograph_heads") and _before_words("product_complements").match(text, m.end()):
            continue  # a product: "un assistant vocal", "les agents conversationnels"
        if word in _head_words("determined_heads") and not (
                _after_words("role_determiners", "former", "past_status").search(text, before, m.start())
                or text[before:m.start()].rstrip().endswith(",")):
            continue  # a verb or an adjective: "que la direction juge insuffisant", "solidairement responsable"
        if m.group(0)[0].isupper() and not m.group(0).isupper() and NAME_BEFORE.search(text, max(0, m.start() - 40),
                                                                                         m.start()):
            continue  # inside a name: "Siam Rider Hub", "Uber Driver"
        end = _complemented(text, _modified(text, m.end(), modifier), modifier)
        former = _after_words("former").search(text, max(0, m.start() - 12), m.start())  # "jeunes chercheurs"
        start = former.start() if former else m.start()
        out.append(Mention("ROLE", start, end, text[start:end], word, "gazetteer:role"))
    return out


LOWER = "a-zàâäçéèêëîïôöùûüÿœæ"
SUBJECT_DETERMINERS = (r"(?:(?:un|une|les|des|le|la|ces|ce|cette|chaque|leurs?|ses|nos|son|sa)[ \u00a0]+"
                       r"|l['’][ \u00a0]*)")
# After a determiner, at most two lower-case words after the noun ("un perchiste débutant"), an apposed pronoun
# ("Les administrateurs, eux,"), a negation or "en" before the verb, and a figure within 30 characters after it.
PAY_SUBJECT_GAP = (rf"(?P<more>(?:[ \u00a0]+[{LOWER}][{LOWER}-]+){{0,2}}?)"
                   r"(?:[ \u00a0]*,[ \u00a0]*(?:eux|elles|lui|elle)[ \u00a0]*,)?"
                   r"[ \u00a0]+(?:ne[ \u00a0]+|n['’])?(?:en[ \u00a0]+)?")


@cache
def _pay_subject() -> re.Pattern[str]:
    endings = resources.word_alternation("worker_noun_endings")
    verbs = resources.word_alternation("pay_subject_verbs")
    return re.compile(rf"(?<![\w'’]){SUBJECT_DETERMINERS}(?P<noun>[{LOWER}][{LOWER}-]{{2,}}(?:{endings})s?)"
                      rf"{PAY_SUBJECT_GAP}(?:{verbs})(?![\w])(?=[^.;:\d]{{0,30}}\d)", re.IGNORECASE)


def find_pay_subjects(text: str, known: list[Mention]) -> list[Mention]:
    """Workers our roles.tsv does not know, named as the subject of a pay verb before a figure: "un perchiste débutant
    touche autour de 22 francs", "les intervallistes touchent entre 350 et 400 yens" (data/word_lists.tsv, lists
    worker_noun_endings, pay_subject_verbs, not_worker_subjects). A job is an agent noun; a figure earned says a
    worker is its subject. `known` are the roles already found: a noun inside one is not read again."""
    not_workers = _head_words("not_worker_subjects")
    _, modifier = _patterns()
    out: list[Mention] = []
    for m in _pay_subject().finditer(text):
        start, end = m.span("noun")
        word = m["noun"].lower()
        if word in not_workers or word.removesuffix("s") in not_workers \
                or any((r.start < end and start < r.end) or m.start() - 2 <= r.end <= m.start() for r in known):
            continue  # known, or the complement of a known role: "les pêcheurs indonésiens des chalutiers de Busan"
        # "les étudiants infirmiers perçoivent": the words before the verb belong to the role
        end = _complemented(text, max(_modified(text, end, modifier), m.end("more")), modifier)
        out.append(Mention("ROLE", start, end, text[start:end], word, "pay-subject:role"))
    return out
