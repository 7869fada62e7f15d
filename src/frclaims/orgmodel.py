"""Which organisations pay a claim's workers, learnt: each organisation the article names is a candidate, kept
when a logistic regression scores it at or above a threshold. It reads whether the rules chose it, whether it
may pay at all (`linking.Article.payers`), how often and how near the amount the article names it, what
it is (platform, subcontractor...), the two words before its nearest and first mentions ("client", "chez",
"sous-traitant"), whether that nearest mention is in the amount's paragraph, which payer it is counting back
from the amount, whether it is the article's only payer, and whether its sentences name workers ("des matelots
recrutés par l'agence Mahé Crew Services"). These last four took exact sets on the dev claims it decides, 5-fold
by article, from 0.663 to 0.670 (701 articles). It also reads whether the article names it at least as often
as any other payer, and the words of the amount's sentence, the same for every candidate: they say when a claim
has a payer of its own or none ("À titre de comparaison, un agent de piste débute à 1 900 euros à Roissy" in an
article about another employer). With these and a threshold of 0.5 rather than 0.4: 0.634 to 0.658 (765 articles).

It also reads what ties a candidate to the payers the rules chose, where one sentence names both: the words
between them ("Marufuku Foods, un sous-traitant qui prépare des bentos pour la chaîne Hinode Mart"). A client or
a subcontractor named sentences away from the amount is then added to the payer named beside it (dev, 829
articles, 5-fold, exact sets on the 3,156 claims it decided before it was given the named payers: 0.666 to
0.672).

The rules (`linking._organisations`) take the payers of the amount's sentence or of the two before, else the
article's main payers, with the partner of a working relation; where they reach far or fall back on the main
payers, one candidate at a time is read better than one set. Trained on the development split of the golden set
by `scripts/train_models.py`; weights in `data/org_model.json`. It does not revisit what a rule of the guide
decided (`linking.RULED_ORGANISATIONS`): none for a legal minimum. The payers the amount's sentence or the one
before names, and those in a working relation the text states (`linking.NAMED_PAYERS`; "named-payer"), it may add
to, and drops one only below `min_to_keep`. On all 5,460 matched dev claims but the legal minimums, exact sets,
5-fold by article: rules alone 0.599, the model 0.640 (0.647 with no floor for named payers, which then drops
"Scale" from "Chez Scale, [...] ils paient 17 $ de l'heure"). On the test split, which it never saw,
organisations on all matched claims went from 0.611 to 0.632.

A name the rules hold may not pay carries why (`linking._not_payer_because`: its type, its name, an acronym nothing
vouches for, the words before it): "À l'EPFL, un doctorant perçoit" names its employer by an acronym. On dev,
cross-fitted, organisations 0.650 to 0.651: kept as a reading the model may learn more from, not for its gain.

What a candidate is also counts beside how the rules chose (`CROSSED`, and how many sentences back it is): being
the article's main payer says more when the rules fell back on the main payers than when the amount's sentence
names one. Dev, 5-fold by article, exact sets: 0.655 to 0.662; cross-fitted, all matched claims: 0.650 to 0.659.
A gradient-boosted model over the same features reached 0.668 (5-fold) and was left out: it would have needed
trees in the library for a gain of the size of the crossed features'.

Workers named by a possessive in the amount's sentence ("Teleperformance [...]. Ses employés de Bogota [...]"),
crossed with how far back a candidate is and which payer it is counting back, point to the company the sentences
before named; names listed together ("les chauffeurs de Bolt et d'Uber") count as one when ranking payers. Dev,
cross-fitted, organisations 0.6718 to 0.6737.

A candidate named only after the amount, in its sentence ("Les modérateurs touchent 25 000 shillings par mois chez
Majorel"), is told from one the article names only later ("none-before", which the model weighs -1.6): the payer
the rules found there was dropped. The same for a name in the next sentence (a quote, then "Maricel travaille
pour Accenture") cost organisations 0.001 on dev, cross-fitted, and was left out.

Where a sentence compares employers, each tied to its amount ("12,45 euros chez Sécuris Ouest contre 11,98 euros
chez Vigilor": `linking.Article.payers_by_amount`), a candidate tied to the claim's amount ("own-amount") or only
to another amount of the sentence ("other-amount") says so. Dev holds few such sentences: the model weighs both
little (0.09 and 0.02), and the rules' choice does the work.

Scored one at a time, each candidate is weighed against all the candidates of all claims, so the regression learns
as much which claims have a payer as which name pays. A second set of weights (`OrgModel.choice`) is fitted over
each claim's candidates together and "none" (`none_row`: what all its candidates share, its kind and its sentence's
words among them), as the place model is: when none is the best of them, no name pays but those the text names as
paying by the amount ("named-payer", which the text vouches for). Dev, 5-fold by article on the model's own rows,
exact sets 0.663 to 0.666 (0.669 when none drops those too, which left "12,45 euros chez Sécuris Ouest contre 11,98
euros chez Vigilor" with no payer; keeping also the best of the logit's names beside the regression's gained
nothing and added payers the rules had refused: "La CAF verse aux livreurs une prime")."""

from __future__ import annotations

import bisect
import math
import re
from collections.abc import Collection, Mapping
from dataclasses import dataclass, field, replace
from functools import cache
from typing import Any, Protocol

from . import context_words
from .learnt import LogisticModel, NamedMentions, best_of, name_of, read_shipped
from .organisations import org_type
from .records import Mention, Span

MAX_SENTENCES_BACK = 10  # a farther mention counts as this far


class OrganisedArticle(Protocol):
    """What the organisation model reads of an article (`linking.Article` has it)."""
    text: str
    sentences: list[Span]
    paragraph_of: list[int]
    organisations: list[Mention]
    roles: list[Mention]

    def sentence_index(self, offset: int) -> int: ...


WINDOW = MAX_SENTENCES_BACK  # candidates: organisations named from this many sentences before the amount's
LEAD_NAMES = 5  # to the next one, and the first ones the article names, whatever the distance
LEAD_SENTENCES = 3  # an organisation first named in these (the title, the lead) is what the article is about
MAIN_CANDIDATES = 5  # main payers that are candidates of every claim: an article has a few; a long text, hundreds
RELATION_RULE = 4  # relations are read to the rules' payers when they are this few (more: the article's at large)


@dataclass(frozen=True)
class OrgIndex:
    """The article's organisations, read once: their mentions by name, the features that do not depend on a
    claim, the names that may pay and the article's main payers."""
    named: NamedMentions
    static: dict[str, dict[str, float]]
    payers: frozenset[str]
    main: frozenset[str]
    main_candidates: tuple[str, ...]  # the `MAIN_CANDIDATES` main payers named most: candidates of every claim
    with_workers: frozenset[int]  # the sentences that name workers (a ROLE mention)
    sentence_words: dict[int, tuple[str, ...]] = field(default_factory=dict)  # by sentence, read once (`_words_of`)
    # name -> the first `RELATION_SENTENCES` sentences that name it -> its first mention there
    sentences_of: dict[str, dict[int, Mention]] = field(default_factory=dict)
    relations: dict[tuple[str, str], tuple[str, ...]] = field(default_factory=dict)  # read once (`_relation`)
    possessed: frozenset[int] = frozenset()  # the sentences that name workers by a possessive ("ses livreurs")
    # amount's start -> the payers of its own part of a sentence that compares employers, and the other amounts'
    by_amount: Mapping[int, tuple[frozenset[str], frozenset[str]]] = field(default_factory=dict)


def index(article: OrganisedArticle, payers: Collection[str], main: Collection[str],
          not_payers: Mapping[str, str] | None = None,
          by_amount: Mapping[int, tuple[frozenset[str], frozenset[str]]] | None = None) -> OrgIndex:
    """What the organisation model reads of the article's organisations whatever the claim; `payers` are the
    names that may pay, `main` the article's main payers, `not_payers` why the others may not (an acronym nothing
    vouches for may still be the employer: "À l'EPFL, un doctorant perçoit"), `by_amount` the payers of each
    amount's own part where a sentence compares employers (`OrgIndex.by_amount`)."""
    named = NamedMentions.of(article.organisations, LEAD_NAMES)
    with_workers = frozenset(article.sentence_index(r.start) for r in article.roles)
    possessed = frozenset(article.sentence_index(r.start) for r in article.roles
                          if POSSESSIVE.search(article.text, max(0, r.start - 8), r.start))
    payer_counts = {name: len(found) for name, found in named.mentions.items() if name in payers}
    only_payer = len(payer_counts) == 1
    most, total = max(payer_counts.values(), default=0), max(1, sum(payer_counts.values()))
    static: dict[str, dict[str, float]] = {}
    for name, found in named.mentions.items():
        static[name] = {"may-pay": float(name in payers), "is-main": float(name in main),
                        "count": math.log1p(len(found)), "only-payer": float(only_payer and name in payers),
                        "most-named-payer": float(name in payer_counts and payer_counts[name] == most),
                        "payer-share": payer_counts.get(name, 0) / total,
                        "in-lead": float(article.sentence_index(found[0].start) < LEAD_SENTENCES),
                        "ever-with-workers": float(any(article.sentence_index(m.start) in with_workers
                                                       for m in found))}
        if not_payers and name in not_payers:
            static[name][f"not-payer:{not_payers[name]}"] = 1.0
        for word in context_words.words_before(article.text, found[0].start, 2):
            static[name][f"word-before-first:{word}"] = 1.0
        kind_of_org = org_type(name_of(found[0]))
        if kind_of_org:
            static[name][f"type={kind_of_org}"] = 1.0
    sentences_of: dict[str, dict[int, Mention]] = {}
    for name, found in named.mentions.items():
        first = sentences_of.setdefault(name, {})
        for mention in found:
            if len(first) == RELATION_SENTENCES:
                break
            first.setdefault(article.sentence_index(mention.start), mention)
    most_named = tuple(sorted(sorted(main), key=lambda n: -len(named.mentions.get(n, ())))[:MAIN_CANDIDATES])
    return OrgIndex(named, static, frozenset(payers), frozenset(main), most_named, with_workers,
                    sentences_of=sentences_of, possessed=possessed, by_amount=by_amount or {})


POSSESSIVE = re.compile(r"(?<![\w-])(?:ses|leurs|son|sa)[ \u00a0]+$", re.IGNORECASE)
RELATION_CHARS = 200  # words between two names of one sentence are read when they are this close
# What ties two organisations is read in the first sentences that name each: where the text introduces them. This
# also bounds the work per pair in a long text that names both in thousands of sentences.
RELATION_SENTENCES = 20


def _relation(article: OrganisedArticle, orgs: OrgIndex, name: str, other: str) -> tuple[str, ...]:
    """What ties `name` to `other` where one sentence names both (the first such sentence): "co-named" and the
    words between them ("between:pour", "between:compte"), read once per pair."""
    key = (name, other)
    found = orgs.relations.get(key)
    if found is None:
        mine, theirs = orgs.sentences_of.get(name, {}), orgs.sentences_of.get(other, {})
        shared = sorted(mine.keys() & theirs.keys())
        found = ()
        if shared:
            a, b = sorted((mine[shared[0]], theirs[shared[0]]), key=lambda m: m.start)
            close = b.start - a.end <= RELATION_CHARS
            words = context_words.words_in(article.text, a.end, b.start) if close else set()
            found = ("co-named", *(f"between:{word}" for word in sorted(words)))
        orgs.relations[key] = found
    return found


def options(article: OrganisedArticle, orgs: OrgIndex, amount_start: int, rule: Collection[str]) -> list[str]:
    """A claim's candidate organisations: those named near its amount (`WINDOW`), the article's first ones, its
    main payers (the `MAIN_CANDIDATES` most named) and the rules' choice."""
    named = orgs.named.near(article.sentences, article.sentence_index(amount_start), WINDOW, len(article.text))
    named.update(dict.fromkeys(orgs.main_candidates))
    named.update(dict.fromkeys(sorted(rule)))
    return list(named)


def features(article: OrganisedArticle, orgs: OrgIndex, amount_start: int, kind: str, how: str,
             rule: Collection[str], name: str, keep: Collection[str] = ()) -> dict[str, float]:
    """The features of one candidate organisation (`name`) for the claim whose amount starts at `amount_start`;
    `rule` holds the names the rules chose, `how` says how, `keep` those the text names as paying by the amount
    (`OrgModel.choose`)."""
    chosen = float(name in rule)
    found: dict[str, float] = {f"kind={kind}": 1.0, how: 1.0, "in-rule": chosen, f"in-rule&{how}": chosen,
                               "rule-empty": float(not rule), "named-payer": float(name in keep)}
    if amount_start in orgs.by_amount:  # "12,45 euros chez Sécuris Ouest contre 11,98 euros chez Vigilor"
        own, others = orgs.by_amount[amount_start]
        found["own-amount"] = float(name in own)
        found["other-amount"] = float(name in others)
    found.update(orgs.static.get(name) or {"may-pay": float(name in orgs.payers), "is-main": float(name in orgs.main),
                                           "count": 0.0})
    if len(rule) <= RELATION_RULE:
        for other in rule:
            if other != name:
                found.update(dict.fromkeys(_relation(article, orgs, name, other), 1.0))
    here = article.sentence_index(amount_start)
    if article.sentences:  # "À titre de comparaison, un agent de piste débute à 1 900 euros à Roissy"
        found.update(dict.fromkeys(_words_of(article, orgs, here), 1.0))
        if here in orgs.possessed:
            found["possessive-workers"] = 1.0
    mentions = orgs.named.mentions.get(name)
    if not mentions:
        found["none-before"] = 1.0
        return _crossed_with(found, how)
    starts = orgs.named.starts[name]
    k = bisect.bisect_left(starts, amount_start)
    if k:
        nearest = mentions[k - 1]
        there = article.sentence_index(nearest.start)
        back = here - there
        found["sentences-back"] = min(back, MAX_SENTENCES_BACK)
        found["with-workers"] = float(there in orgs.with_workers)  # "des matelots recrutés par Mahé Crew"
        found["same-paragraph"] = float(not article.paragraph_of
                                        or article.paragraph_of[there] == article.paragraph_of[here])
        if name in orgs.payers:  # 0: the payer named last before the amount, 1: the one before it...
            low = _list_end(article.text, orgs.named, nearest, amount_start)  # "de Bolt et d'Uber": both last
            rank = orgs.named.others_between(name, low, amount_start, 2, orgs.payers)
            found[f"payer-rank={rank}"] = 1.0
        found["same-sentence"] = float(back == 0)
        if back == 0:  # "Chez Carrefour, les caissiers gagnent 1 500 euros" or "ceux de Lidl perçoivent 1 600 euros"
            found["clause-before"] = float(context_words.same_clause(article.text, nearest.end, amount_start))
        found["one-back"] = float(back == 1)
        found["two-back"] = float(back == 2)
        where, _, label = nearest.source.partition(":")
        found[f"source={where}:{label.rpartition(':')[2]}"] = 1.0
        for word in context_words.words_before(article.text, nearest.start, 2):
            found[f"word-before:{word}"] = 1.0
    elif article.sentence_index(mentions[0].start) == here:  # "Ils touchent 25 000 shillings chez Majorel"
        found["after-in-sentence"] = 1.0
    else:
        found["none-before"] = 1.0
    k = bisect.bisect_right(starts, amount_start)
    if k < len(mentions):
        found["same-sentence-after"] = float(article.sentence_index(mentions[k].start) == here)
    return _crossed_with(found, how)


# Between two names of one list, a comma, "et" or "ou", and the preposition or article each name repeats ("de Bolt
# et d'Uber"); `linking.LIST_JOINER`, which groups the runs of payers a client phrase opens, does not read these.
LIST_JOIN = re.compile(r"[ \u00a0]*(?:,|et|ou)[ \u00a0]*(?:(?:de|du|des|la|le|les)[ \u00a0]+|d['’]|l['’])?")


def _list_end(text: str, named: NamedMentions, mention: Mention, before: int) -> int:
    """Where the list of names that `mention` opens or continues ends, before offset `before`: names joined by a
    comma, "et" or "ou" are named together ("les chauffeurs de Bolt et d'Uber")."""
    end = mention.end
    k = bisect.bisect_right(named.ordered_starts, mention.start)
    while k < len(named.ordered) and named.ordered[k].start < before:
        nxt = named.ordered[k]
        if not LIST_JOIN.fullmatch(text, end, nxt.start):
            break
        end = nxt.end
        k += 1
    return end


# What a candidate is, read again beside how the rules chose (`how`): being the article's main payer counts for
# more when the rules fell back on the main payers than when they found a payer by the amount.
CROSSED = ("may-pay", "is-main", "only-payer", "most-named-payer", "in-lead", "ever-with-workers", "with-workers",
           "same-paragraph", "named-payer")
NEAR = 3  # sentences back counted one by one in the crossed features; farther is "far"


def _crossed_with(found: dict[str, float], how: str) -> dict[str, float]:
    """`found` with its features of `CROSSED` that are on, and how far back the candidate is, each crossed with
    `how` ("is-main&organisations:article-main", "back=2&organisations:sentence-2")."""
    for name in CROSSED:
        if found.get(name):
            found[f"{name}&{how}"] = 1.0
    back = found.get("sentences-back")
    where = "after" if found.get("after-in-sentence") else "none" if back is None \
        else str(int(back)) if back <= NEAR else "far"
    found[f"back={where}&{how}"] = 1.0
    if found.get("possessive-workers"):  # "Teleperformance [...]. Ses employés de Bogota [...] 10 dollars"
        found[f"possessive&back={where}"] = 1.0
        for rank in ("payer-rank=0", "payer-rank=1"):
            if found.get(rank):
                found[f"possessive&{rank}"] = 1.0
    return found


def _words_of(article: OrganisedArticle, orgs: OrgIndex, here: int) -> tuple[str, ...]:
    """The features of the words of sentence `here`, read once for all the candidates of its claims."""
    found = orgs.sentence_words.get(here)
    if found is None:
        sentence = article.sentences[here]
        found = tuple(f"sentence:{word}" for word in sorted(context_words.words_in(article.text, sentence.start,
                                                                                   sentence.end)))
        orgs.sentence_words[here] = found
    return found


def none_row(candidates: list[dict[str, float]]) -> dict[str, float]:
    """The features of "no organisation pays", a candidate of its own beside a claim's names (`OrgModel.choice`):
    what every candidate of the claim shares (its kind, how the rules chose, the words of its sentence), each
    marked "none&"."""
    shared = set(candidates[0].items()) if candidates else set()
    for found in candidates[1:]:
        shared &= found.items()
    return {"none": 1.0, **{f"none&{name}": value for name, value in sorted(shared)}}


@dataclass(frozen=True)
class OrgModel(LogisticModel):
    """A logistic regression that scores one candidate organisation; those at or above `floor` are kept. With
    `choice`, a conditional logit over the candidates and none (`none_row`) says whether any pays: when none is its
    best, only the payers the text names by the amount or in a working relation (`keep` in `choose`) are kept."""
    threshold: float = 0.5
    trained_on: str = ""
    # A payer the text names by the amount or in a working relation (`keep` in `choose`) is dropped only when it
    # scores below this: the text says it pays, so the model must be sure it does not ("Chez Scale, [...] ils
    # paient").
    min_to_keep: float = 0.2
    choice: Mapping[str, float] = field(default_factory=dict)  # the conditional logit's weights; empty: not used

    def choose(self, article: OrganisedArticle, orgs: OrgIndex, amount_start: int, kind: str, how: str,
               rule: Collection[str], keep: Collection[str] = ()) -> list[tuple[str, float]]:
        """The names kept among the claim's candidates (`options`), with their scores: those at or above
        `floor`, unless `choice` finds that none pays (`kept`)."""
        names = options(article, orgs, amount_start, rule)
        found = [features(article, orgs, amount_start, kind, how, rule, name, keep) for name in names]
        return [(names[i], score) for i, score in self.kept(found)]

    def kept(self, found: list[dict[str, float]]) -> list[tuple[int, float]]:
        """Which of a claim's candidates, given their features, are kept (in order), with their scores."""
        kept = [(i, score) for i, row in enumerate(found) if (score := self.score(row)) >= self.floor(row)]
        if self.choice and kept:
            chooser = LogisticModel(self.choice, 0.0)
            best, _ = best_of([chooser.logit(row) for row in (*found, none_row(found))])
            if best == len(found):  # no name pays, but one the text names as paying ("named-payer")
                kept = [(i, score) for i, score in kept if found[i].get("named-payer")]
        return kept

    def to_dict(self) -> dict[str, Any]:
        data = super().to_dict()
        if self.choice:
            data["choice"] = dict(sorted(self.choice.items()))
        return data

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> OrgModel:
        model = super().from_dict(data)
        choice = data.get("choice") or {}
        if not isinstance(choice, dict):
            raise ValueError("OrgModel: 'choice' must be an object of feature -> weight")
        return replace(model, choice={str(k): float(v) for k, v in choice.items()})

    def floor(self, found: Mapping[str, float]) -> float:
        """The score a candidate with these features needs to be kept: `min_to_keep` for a payer the text names
        by the amount (feature "named-payer", from `keep` in `choose`), `threshold` for any other."""
        return self.min_to_keep if found.get("named-payer") else self.threshold


@cache
def default_model() -> OrgModel:
    """The model shipped with frclaims (`data/org_model.json`), read once."""
    return OrgModel.from_dict(read_shipped("org_model.json"))
