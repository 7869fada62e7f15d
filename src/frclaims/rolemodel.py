"""Who a claim's workers are, learnt: each role mention near the amount (and the rules' choice, and none) is a
candidate, described by where it stands from the amount (side, sentences, characters, how many roles and amounts
lie between), what it names (a job or a status, its family in data/roles.tsv, how often the article names that
head, its modifiers), the words around it, whether it pays the workers ("ma patronne me paie") and the claim's
kind. A conditional logit scores the candidates together, as the place model does; the best one is the role. The
family (dev, 5-fold by article: 0.795 to 0.797) speaks for heads the labels never saw. It also reads whether the
amount's paragraph, or the one before it, names a candidate, and gives "none" the words of the amount's sentence:
on its rows 0.828 to 0.839; cross-fitted, all matched dev claims, 0.828 to 0.836.

The rules (`linking._nearest`, `linking._role_back`) take the role in the amount's clause, else the nearest in its
sentence or the two before, else the last one named before it. The golden labels take the mention that says who
is paid, which is often not the nearest one: "les patrons" or "la déléguée syndicale" speak, "les serveurs" are
paid. Roles are scored on the span (SPEC section 4: a matched claim's role is right when its span overlaps the
hand-labelled one), so a candidate is a mention, not a name. Trained on the development split of the golden set
by `scripts/train_models.py`; weights in `data/role_model.json`."""
from __future__ import annotations

import bisect
import math
import re
from collections import Counter
from collections.abc import Collection
from dataclasses import dataclass
from functools import cache
from typing import Protocol

from . import context_words, organisations, resources
from .learnt import LogisticModel, best_of, none_words, paragraph_at, read_shipped, sentence_window
from .records import Mention, Span

MAX_SENTENCES_BACK = 10  # a farther mention counts as this far
WINDOW = 3  # candidates: roles named from this many sentences before the amount's to the end of the next one


class RoledArticle(Protocol):
    """What the role model reads of an article (`linking.Article` has it)."""
    text: str
    sentences: list[Span]
    paragraph_of: list[int]  # by sentence; empty: the text is one paragraph

    @property
    def sorted_roles(self) -> list[Mention]: ...

    def sentence_index(self, offset: int) -> int: ...


@dataclass(frozen=True)
class RoleIndex:
    """The article's roles, read once: in text order, their starts, how often each head and each text comes, the
    amounts' starts (to count those between a role and a claim) and the heads that name a status, not a job."""
    roles: list[Mention]
    starts: list[int]
    heads: Counter[str]
    texts: Counter[str]
    amounts: list[int]
    status_heads: frozenset[str]


def index(article: RoledArticle, amounts: list[int], status_heads: Collection[str]) -> RoleIndex:
    """What the role model reads of the article's roles whatever the claim; `amounts` are the starts of its money
    mentions, sorted."""
    roles = article.sorted_roles
    return RoleIndex(roles, [m.start for m in roles], Counter(m.value or m.text.lower() for m in roles),
                     Counter(m.text.lower() for m in roles), amounts, frozenset(status_heads))


def options(article: RoledArticle, roles_of: RoleIndex, amount: Span, rule: Span | None) -> list[Mention | None]:
    """A claim's candidate roles: those named from `WINDOW` sentences before its amount's to the end of the next
    sentence, the rules' choice, and none."""
    low, high = sentence_window(article.sentences, article.sentence_index(amount.start), WINDOW, len(article.text))
    found: list[Mention | None] = list(roles_of.roles[bisect.bisect_left(roles_of.starts, low):
                                                      bisect.bisect_left(roles_of.starts, high)])
    if rule is not None and not any(m is not None and (m.start, m.end) == (rule.start, rule.end) for m in found):
        at = bisect.bisect_left(roles_of.starts, rule.start)
        if at < len(roles_of.roles) and roles_of.roles[at].start == rule.start:
            found.append(roles_of.roles[at])
    return [*found, None]


def features(article: RoledArticle, roles_of: RoleIndex, amount: Span, kind: str, role_how: str,
             rule: Span | None, role: Mention | None) -> dict[str, float]:
    """The features of one candidate (`role`, None for no role) for the claim whose amount is `amount`."""
    found: dict[str, float] = {f"kind={kind}": 1.0, f"rule-how={role_how}": 1.0}
    if role is None:
        found["none"] = 1.0
        found["none&rule-none"] = float(rule is None)
        found[f"none&kind={kind}"] = 1.0
        found.update(none_words(article, amount.start))
        return found
    is_rule = float(rule is not None and (role.start, role.end) == (rule.start, rule.end))
    found["is-rule"] = is_rule
    found[f"is-rule&{role_how}"] = is_rule
    head = role.value or role.text.lower()
    found["status" if head in roles_of.status_heads else "job"] = 1.0
    found[f"head={head}"] = 1.0
    found[f"group={resources.roles().get(head, 'none')}"] = 1.0
    found["head-count"] = math.log1p(roles_of.heads[head])
    found["text-count"] = math.log1p(roles_of.texts[role.text.lower()])
    found["words"] = math.log1p(len(role.text.split()))
    here = article.sentence_index(amount.start)
    there = article.sentence_index(role.start)
    before = role.end <= amount.start
    low, high = (role.end, amount.start) if before else (amount.end, role.start)
    side = "before" if before else "after"
    found[side] = 1.0
    found[f"distance-{side}"] = math.log1p(max(0, high - low))
    found[f"sentences-{side}"] = float(min(abs(here - there), MAX_SENTENCES_BACK))
    found[f"same-sentence-{side}"] = float(here == there)
    # Named in the amount's paragraph, or in the one before: who that part of the story is about.
    paragraph, named_in = paragraph_at(article, amount.start), paragraph_at(article, role.start)
    found["same-paragraph"] = float(named_in == paragraph)
    found["paragraph-before"] = float(named_in == paragraph - 1)
    between = bisect.bisect_left(roles_of.starts, high) - bisect.bisect_right(roles_of.starts, low)
    found[f"roles-between-{side}"] = math.log1p(max(0, between))
    found[f"nearest-{side}"] = float(between <= 0)
    amounts_between = bisect.bisect_left(roles_of.amounts, high) - bisect.bisect_left(roles_of.amounts, low)
    found[f"amounts-between-{side}"] = math.log1p(max(0, amounts_between))
    for word in context_words.words_before(article.text, role.start, 2):
        found[f"word-before:{word}"] = 1.0
    for word in context_words.words_after(article.text, role.end, 2):
        found[f"word-after:{word}"] = 1.0
    # Who pays is no role of the paid: "Ma patronne me paie 5 200 dollars", "des journées payées 70 dirhams par les
    # contremaîtres".
    found["pays-them"] = float(_pays_them().match(article.text, role.end) is not None)
    found["paid-by"] = float(PAID_BY.search(article.text, max(0, role.start - PAID_BY_REACH), role.start) is not None)
    found["speaker"] = float(_speaker_before().search(article.text, max(0, role.start - SPEAKER_REACH),
                                                      role.start) is not None)
    found["top-head"] = float(roles_of.heads[head] == max(roles_of.heads.values()))
    found[f"{side}&{kind}"] = 1.0
    found[f"{side}&same-sentence&nearest"] = float(here == there and between <= 0)
    return found


@cache
def _pays_them() -> re.Pattern[str]:
    """Right after a role, a pronoun of the workers and a verb of paying (`organisations.pays_them`): "ma patronne
    me paie", "leur employeur les rémunère"."""
    return re.compile(organisations.pays_them(), re.IGNORECASE)


@cache
def _speaker_before() -> re.Pattern[str]:
    """Right before a role, a verb of saying in an incise or "selon", and a determiner: the role speaks ("estime
    l'économiste", "selon leur avocat"). The words: data/word_lists.tsv, lists speaker_cues and
    role_determiners."""
    cues = resources.word_alternation("speaker_cues")
    determiners = resources.word_alternation("role_determiners")
    return re.compile(rf"(?<![\w'’-])(?:{cues})(?:-t-(?:il|elle|on))?[ \u00a0]+"
                      rf"(?:(?:{determiners})[ \u00a0]+|l['’])?$", re.IGNORECASE)


SPEAKER_REACH = 40  # characters


# Right before a role, the agent of a verb of paying or hiring: "payées 70 dirhams par les contremaîtres", "les
# marins recrutés par des courtiers reçoivent 9 000 bahts". With its determiner: "payés 50 euros par salarié" is a
# share per worker.
PAID_BY = re.compile(r"(?<![\w-])(?:payée?s?|rémunérée?s?|versée?s?|réglée?s?|recrutée?s?|embauchée?s?"
                     r"|engagée?s?|placée?s?)(?![\w-])[^.;:!?]{0,50}?"
                     r"[ \u00a0]par[ \u00a0]+(?:(?:les|la|le|leurs?|ses|son|sa|des|un|une)[ \u00a0]+|l['’])$",
                     re.IGNORECASE)
PAID_BY_REACH = 80  # characters


@dataclass(frozen=True)
class RoleModel(LogisticModel):
    """A conditional logit over a claim's candidate roles, like `placemodel.PlaceModel`: the best-scored
    candidate is the claim's role."""
    trained_on: str = ""

    def choose(self, article: RoledArticle, roles_of: RoleIndex, amount: Span, kind: str, role_how: str,
               rule: Span | None) -> tuple[Mention | None, float]:
        """The best of the claim's candidates (`options`; None: no role), and its probability among them."""
        roles = options(article, roles_of, amount, rule)
        best, probability = best_of([self.logit(features(article, roles_of, amount, kind, role_how, rule, role))
                                     for role in roles])
        return roles[best], probability


@cache
def default_model() -> RoleModel:
    """The model shipped with frclaims (`data/role_model.json`), read once."""
    return RoleModel.from_dict(read_shipped("role_model.json"))
