"""The prefix-tree alternations of resources.py must match exactly what a flat alternation of the same phrases,
in the same order, matches: the tree is a speed-up, never a change of behaviour."""
from __future__ import annotations

import random
import re
from pathlib import Path

import pytest

from frclaims import linking
from frclaims import resources as data

CORPUS = Path(__file__).resolve().parents[1] / "corpus"


def flat(items: list[tuple[str, str | None]]) -> str:
    return "|".join(f"(?P<{name}>{data.phrase_pattern(p)})" if name else data.phrase_pattern(p) for p, name in items)


def matches(pattern: str, text: str, flags: int) -> list[tuple[int, int, str | None]]:
    compiled = re.compile(r"(?<!\w)(?:" + pattern + r")(?!\w)", flags)
    return [(m.start(), m.end(), m.lastgroup) for m in compiled.finditer(text)]


@pytest.mark.parametrize("flags", [0, re.IGNORECASE])
def test_trie_keeps_the_order_of_case_variants_and_of_phrases_that_end_early(flags: int) -> None:
    items = [("SMIC horaire", "a"), ("smic*", "b"), ("Smic", "c"), ("prime", "d"), ("prime de fin", "e"),
             ("primes", "f"), ("prime*", "g"), ("l'heure", "h")]
    text = "Le SMIC horaire, le smic, le Smic net, une prime de fin d’année, des primes, la prime, primeur, l’heure."
    assert matches(data.trie(items), text, flags) == matches(flat(items), text, flags)
    assert matches(data.trie(items), text, flags)  # the test text does contain matches


@pytest.mark.parametrize("seed", range(20))
@pytest.mark.parametrize("flags", [0, re.IGNORECASE])
def test_trie_matches_like_the_flat_alternation_on_random_phrases(seed: int, flags: int) -> None:
    rng = random.Random(seed)
    alphabet = "aAbB' é"

    def word(n: int) -> str:
        return "".join(rng.choice(alphabet) for _ in range(n)).strip()

    phrases = {word(rng.randint(1, 6)) for _ in range(25)}
    phrases = [p + ("*" if rng.random() < 0.3 else "") for p in phrases if p]
    rng.shuffle(phrases)
    items = [(p, f"g{i}") for i, p in enumerate(phrases)]
    text = " ".join(word(rng.randint(1, 8)) for _ in range(200))
    assert matches(data.trie(items), text, flags) == matches(flat(items), text, flags)
    plain = [p for p, _ in items]
    assert (matches(data.alternation(plain), text, flags)
            == matches("|".join(data.phrase_pattern(p) for p in sorted(set(plain), key=len, reverse=True)), text,
                       flags))


def test_literals_match_like_escaped_strings() -> None:
    strings = ["C++", "c.a", "Uber Eats", "uber", "U.S."]
    text = "C++ et c.a chez Uber Eats, uber, UBER et U.S. ou UxSx"
    escaped = "|".join(re.escape(s) for s in strings)
    for flags in (0, re.IGNORECASE):
        assert matches(data.literals(strings), text, flags) == matches(escaped, text, flags)


def test_cue_pattern_finds_what_the_flat_cue_alternation_found() -> None:
    """The cue regex of linking.py, on real article text, against the flat alternation it replaces."""
    for side in ("before", "after"):
        compiled, cues = linking._cue_pattern(side)
        reference = re.compile(r"(?<![\w])(?:" + "|".join(
            f"(?P<c{i}>{data.phrase_pattern(c.pattern)})" for i, c in enumerate(cues)) + r")(?![\w])", re.IGNORECASE)
        for path in sorted(CORPUS.glob("*.txt"))[:25]:
            text = path.read_text(encoding="utf-8")
            found = [(m.start(), m.end(), m.lastgroup) for m in compiled.finditer(text)]
            assert found == [(m.start(), m.end(), m.lastgroup) for m in reference.finditer(text)], path.name
