"""The learnt decisions (pay, period, kind, place, organisations, role): their features, their file format, the pipeline's use of them, and the script
that trains them."""
from __future__ import annotations

import importlib.util
import math
import subprocess
import sys
from dataclasses import replace
from decimal import Decimal
from pathlib import Path

import pytest

from frclaims import kindmodel
from frclaims.kindmodel import KindModel
from frclaims.paymodel import PayModel, default_model, features
from frclaims import context_words, orgmodel, periodmodel, placemodel, rolemodel
from frclaims.learnt import LogisticModel, best_of, evidence
from frclaims.orgmodel import OrgModel
from frclaims.periodmodel import PeriodModel
from frclaims.placemodel import PlaceModel
from frclaims.rolemodel import RoleModel
from frclaims.records import Mention, Span
from frclaims.pipeline import Pipeline

ROOT = Path(__file__).resolve().parent.parent


def test_features_keep_the_evidence_linking_decides_on_and_the_words_near_the_amount() -> None:
    text = "Grève. Depuis mars, les livreurs de la plateforme touchent 4,50 euros par course livrée à Lyon."
    start = text.index("4,50")
    end = start + len("4,50 euros")
    found = features(text, start, end, (text.index("Depuis"), len(text)), 5.0, "task", 4.5,
                     ["money:single", "cue:pay:touch*", "sentence-cue:pay:paie", "period:after", "kind:paid",
                      "organisations:none", "place:clause"], words_before=3, words_after=2)
    assert found["score"] == 5.0 and found["score>=1"] == 1.0 and found["period=task"] == 1.0
    assert found["cue:pay:touch*"] == 1.0 and found["cue:pay"] == 1.0 and found["sentence-cue:pay"] == 1.0
    assert "kind:paid" not in found and "organisations:none" not in found  # decided after pay, no evidence of it
    assert {k for k in found if k.startswith(("before:", "after:"))} == {
        "before:la", "before:plateforme", "before:touchent", "after:par", "after:course"}
    assert "sentence:depuis" in found and "sentence:lyon" in found and "sentence:grève" not in found
    # The words touching the amount also count in place, alone and in pairs.
    assert {k for k in found if k.startswith(("prev", "next"))} == {
        "prev:touchent", "prev2:plateforme_touchent", "next:par", "next2:par_course"}


def test_a_pay_model_reads_back_what_it_saved(tmp_path: Path) -> None:
    model = PayModel({"before:touchent": 2.5, "score": 0.4}, -1.0, 0.6, 5, 3, "a test")
    model.save(tmp_path / "model.json")
    assert PayModel.load(tmp_path / "model.json") == model
    with pytest.raises(ValueError, match="weights"):
        PayModel.from_dict({"bias": 0.0})


def test_a_score_does_not_depend_on_the_order_of_the_features() -> None:
    # Features often come from a set, whose order follows the hash seed: a sum rounded in that order could put a
    # claim at a threshold on either side of it from one process to the next.
    weights = {"a": 1e16, "b": 1.0, "c": -1e16}
    one, other = {"a": 1.0, "b": 1.0, "c": 1.0}, {"a": 1.0, "c": 1.0, "b": 1.0}
    model = LogisticModel(weights, -1.0)
    assert model.score(one) == model.score(other) == 0.5
    kinds = KindModel(("paid", "offered"), {k: (w, 0.0) for k, w in weights.items()}, (-1.0, 0.0))
    assert kinds.probabilities(one) == kinds.probabilities(other) == [0.5, 0.5]


def test_a_pay_model_weighs_its_features() -> None:
    model = PayModel({"before:touchent": 3.0, "before:coûte": -3.0}, 0.0, 0.5, 2, 0)
    pay = "Ils touchent 9 euros."
    price = "Le plat coûte 9 euros."
    assert model.is_pay(pay, pay.index("9"), pay.index("9") + 7, (0, len(pay)), 9.0, 0.0, None, [])[0]
    assert not model.is_pay(price, price.index("9"), price.index("9") + 7, (0, len(price)), 9.0, 0.0, None, [])[0]


def test_a_pay_model_reads_the_words_of_the_sentence_beyond_its_window() -> None:
    model = PayModel({"sentence:abonnement": -3.0}, 1.0, 0.5, 2, 0)
    text = "Depuis la hausse décidée en janvier par la direction, un abonnement mensuel coûte désormais 9 euros."
    start = text.index("9")
    assert model.is_pay(text, start, start + 7, (start, start + 8), 9.0, 0.0, None, [])[0]
    assert not model.is_pay(text, start, start + 7, (0, len(text)), 9.0, 0.0, None, [])[0]


def test_words_count_by_their_stems_so_an_unseen_form_reads_as_its_kin() -> None:
    model = PayModel({"before~:touch": 3.0, "sentence~:abonn": -4.0}, -1.0, 0.5, 3, 0)
    for pay in ("Ils touchaient 9 euros.", "Elles touchèrent 9 euros.", "Il touchera 9 euros."):
        start = pay.index("9")
        assert model.is_pay(pay, start, start + 7, (0, len(pay)), 9.0, 0.0, None, [])[0], pay
    price = "Ils touchaient 9 euros de moins que leur abonnement."
    start = price.index("9")
    assert not model.is_pay(price, start, start + 7, (0, len(price)), 9.0, 0.0, None, [])[0]
    # A short word has no stem of its own: "payé" is read as itself only.
    found = features("Il est payé 9 euros.", 12, 19, (0, 20), 0.0, None, 9.0, [], words_before=2, words_after=0)
    assert "before:payé" in found and not any(k.startswith("before~:") for k in found)


def test_the_words_before_an_amount_near_the_start_of_a_text_are_all_read() -> None:
    """Fewer words before the amount than the window holds: each is read, and the two touching it in place."""
    text = "Les livreurs sont payés 9 euros."
    start = text.index("9")
    assert context_words.words_before(text, start, 6) == ["les", "livreurs", "sont", "payés"]
    found = features(text, start, start + 7, (0, len(text)), 0.0, None, 9.0, [], words_before=6, words_after=1)
    assert {"before:les", "before:livreurs", "prev:payés", "prev2:sont_payés"} <= set(found)


def test_the_shipped_model_is_trained_on_the_development_split_only() -> None:
    model = default_model()
    assert model.trained_on.startswith("golden dev:")
    assert 0 < model.threshold < 1 and len(model.weights) > 100


def test_the_pipeline_asks_the_pay_model_it_is_given() -> None:
    """Its model decides: one that refuses everything leaves no claim; one that accepts everything makes a claim
    of a price with a unit. An amount with no evidence of pay at all is never asked about."""
    text = "Le loyer de la chambre atteint 450 euros par mois. Il a acheté 3 kilos de riz pour 12 euros."
    refuse = Pipeline(pay_model=PayModel({}, -30.0))
    accept = Pipeline(pay_model=PayModel({}, 30.0))
    assert refuse(text).claims == []
    assert [c.amount.text for c in accept(text).claims] == ["450 euros"]
    assert [c.amount.text for c in Pipeline()(text).claims] == []


def _script(name: str):  # type: ignore[no-untyped-def]
    spec = importlib.util.spec_from_file_location(name, ROOT / "scripts" / "train_models.py")
    script = importlib.util.module_from_spec(spec)
    assert spec.loader is not None
    sys.modules[spec.name] = script  # its dataclasses look their module up
    spec.loader.exec_module(script)
    return script


def test_the_training_script_learns_both_models_from_golden_records(  # type: ignore[no-untyped-def]
        tmp_path: Path, small_dev_golden) -> None:
    """Trained on 12 dev articles, the models it writes load, tell pay from a price and name a kind."""
    script = _script("train_models")
    assert script.main(["--golden", str(small_dev_golden(12)), "--out-dir", str(tmp_path), "--folds", "3"]) == 0
    pay, kind = PayModel.load(tmp_path / "pay_model.json"), KindModel.load(tmp_path / "kind_model.json")
    place = PlaceModel.load(tmp_path / "place_model.json")
    assert pay.trained_on.startswith("golden dev: 12 articles, ") and kind.trained_on.startswith("golden dev: 12 ")
    assert place.trained_on.startswith("golden dev: 12 articles, ") and "is-rule" in place.weights
    org = OrgModel.load(tmp_path / "org_model.json")
    assert org.trained_on.startswith("golden dev: 12 articles, ") and "in-rule" in org.weights
    role = RoleModel.load(tmp_path / "role_model.json")
    assert role.trained_on.startswith("golden dev: 12 articles, ") and "is-rule" in role.weights
    period = PeriodModel.load(tmp_path / "period_model.json")
    assert period.trained_on.startswith("golden dev: 12 articles, ") and "rule=month" in period.weights
    pipeline = Pipeline(pay_model=pay, kind_model=kind, place_model=place, org_model=org, role_model=role,
                        period_model=period)
    claims = pipeline("Les livreurs touchent 4,50 euros par course.").claims
    assert [c.amount.text for c in claims] == ["4,50 euros"] and claims[0].kind in kindmodel.KINDS
    assert pipeline("Le client paie 12 euros de frais de livraison par commande.").claims == []
    with pytest.raises(SystemExit):
        script.main(["--split", "test", "--out-dir", str(tmp_path)])


@pytest.mark.slow
def test_the_shipped_models_are_what_the_script_trains_from_the_code_and_the_dev_split(tmp_path: Path) -> None:
    """Their features come from linking's cues and rules: after a change to them, retrain them
    (`python scripts/train_models.py`), or this fails. The script runs in a process of its own, as a user runs it:
    in the test process, what other tests left in the library's caches could reach the training."""
    subprocess.run([sys.executable, str(ROOT / "scripts" / "train_models.py"), "--out-dir", str(tmp_path),
                    "--folds", "0"], check=True, capture_output=True)
    _assert_same_weights(PayModel.load(tmp_path / "pay_model.json"), default_model())
    for name, multinomial, shipped_multinomial in (("kind", KindModel, kindmodel.default_model()),
                                                   ("period", PeriodModel, periodmodel.default_model())):
        fresh_multinomial = multinomial.load(tmp_path / f"{name}_model.json")
        assert fresh_multinomial.trained_on == shipped_multinomial.trained_on
        assert fresh_multinomial.classes == shipped_multinomial.classes
        assert list(fresh_multinomial.bias) == pytest.approx(list(shipped_multinomial.bias), abs=1e-3)
        zero = (0.0,) * len(shipped_multinomial.classes)
        names = set(fresh_multinomial.weights) | set(shipped_multinomial.weights)
        assert all(list(fresh_multinomial.weights.get(k, zero)) == pytest.approx(
            list(shipped_multinomial.weights.get(k, zero)), abs=1e-3) for k in names)
    for name, model_class, shipped_model in (("org", OrgModel, orgmodel.default_model()),
                                               ("place", PlaceModel, placemodel.default_model()),
                                               ("role", RoleModel, rolemodel.default_model())):
        _assert_same_weights(model_class.load(tmp_path / f"{name}_model.json"), shipped_model)


def _assert_same_weights(fresh: LogisticModel, shipped: LogisticModel) -> None:
    assert fresh.to_dict().keys() == shipped.to_dict().keys()
    assert {k: v for k, v in fresh.to_dict().items() if k not in ("weights", "bias")} == \
        {k: v for k, v in shipped.to_dict().items() if k not in ("weights", "bias")}
    assert fresh.bias == pytest.approx(shipped.bias, abs=1e-3)
    names = set(fresh.weights) | set(shipped.weights)
    assert all(fresh.weights.get(k, 0.0) == pytest.approx(shipped.weights.get(k, 0.0), abs=1e-3) for k in names)


def test_kind_features_read_the_rules_kind_its_evidence_and_the_words_of_the_sentence() -> None:
    text = "Ouverture du recrutement. La plateforme propose 12 euros de l'heure aux nouveaux livreurs. Fin."
    start = text.index("12 euros")
    sentence = (text.index("La plateforme"), text.index(" Fin."))
    found = kindmodel.features(text, start, start + 8, sentence, "offered",
                               ["money:single", "cue:offered:propos*", "period:after", "organisations:none",
                                "place:none", "score:3"], words_before=2, words_after=1)
    assert found["rule=offered"] == 1.0 and found["cue:offered"] == 1.0 and found["organisations:none"] == 1.0
    assert "place:none" not in found and "money:single" not in found
    assert {k for k in found if k.startswith(("before:", "after:"))} == {"before:plateforme", "before:propose",
                                                                        "after:de"}
    assert "sentence:livreurs" in found and "sentence:recrutement" not in found


@pytest.mark.parametrize(
    "word,tense",
    [("versera", "future"), ("toucheront", "future"), ("pourra", "future"), ("toucherait", "conditional"),
     ("devraient", "conditional"), ("payait", "imperfect"), ("touchaient", "imperfect"), ("touche", None),
     ("patrons", None), ("est", None)],
)
def test_kind_features_read_the_tense_of_a_verb_from_its_ending(word: str, tense: str | None) -> None:
    assert kindmodel.tense_of(word) == tense


def test_kind_features_say_the_tense_of_the_verbs_around_the_amount() -> None:
    text = "La plateforme versera 12 euros de l'heure, comme elle payait les anciens."
    start = text.index("12 euros")
    found = kindmodel.features(text, start, start + 8, (0, len(text)), "paid", [], words_before=2, words_after=1)
    assert found["tense-before:future"] == 1.0 and found["tense-after:imperfect"] == 1.0
    assert "tense-before:imperfect" not in found


def test_a_kind_model_reads_back_what_it_saved_and_refuses_a_malformed_one(tmp_path: Path) -> None:
    model = KindModel(("offered", "paid", "reference"), {"rule=paid": (-1.0, 2.0, -1.0)}, (0.1, 0.2, 0.3), 4, 2,
                      "a test")
    model.save(tmp_path / "kind.json")
    assert KindModel.load(tmp_path / "kind.json") == model
    with pytest.raises(ValueError, match="one weight per class"):
        KindModel.from_dict({"classes": ["paid", "offered"], "bias": [0.0, 0.0], "weights": {"x": [1.0]}})


def test_the_pipeline_asks_the_kind_model_it_is_given() -> None:
    """A model that reads every claim as a reference makes it one; the rules' kind is kept in provenance."""
    text = "Les livreurs touchent 4,50 euros par course."
    always = KindModel(("offered", "paid", "reference"), {}, (0.0, 0.0, 9.0))
    claim = Pipeline(kind_model=always)(text).claims[0]
    assert claim.kind == "reference" and "kind:paid" in claim.provenance
    assert any(mark.startswith("kind:model:") for mark in claim.provenance)
    assert Pipeline()(text).claims[0].kind == "paid"


def test_the_shipped_kind_model_is_trained_on_the_development_split_only() -> None:
    model = kindmodel.default_model()
    assert model.trained_on.startswith("golden dev:") and set(model.classes) == set(kindmodel.KINDS)


class _Placed:
    """An article as the place model reads it: two sentences, each a paragraph, three place mentions."""
    text = "Originaire de Dakar, Awa vit à Thiès. Au Sénégal, elle gagne 60 000 francs CFA par mois."

    def __init__(self) -> None:
        t = self.text
        self.sentences = [Span(0, t.index(" Au Sénégal")), Span(t.index("Au Sénégal"), len(t))]
        self.paragraph_of = [0, 1]
        self.places = [Mention("LOC", t.index("Dakar"), t.index("Dakar") + 5, "Dakar", None, "ner:LOC"),
                       Mention("LOC", t.index("Thiès"), t.index("Thiès") + 5, "Thiès", None, "ner:LOC"),
                       Mention("LOC", t.index("Sénégal"), t.index("Sénégal") + 7, "Sénégal", None, "ner:LOC")]
        self.worker_places = self.places[1:]
        self.main_place = self.places[1]

    def sentence_index(self, offset: int) -> int:
        return int(offset > self.text.index("Au Sénégal"))


def test_the_best_of_a_claim_s_candidates_is_the_first_highest_with_its_share_of_the_softmax() -> None:
    total = 1 + 2 * math.exp(2) + math.exp(-1)
    assert best_of([0.0, 2.0, 2.0, -1.0]) == (1, pytest.approx(math.exp(2) / total))
    assert best_of([5.0]) == (0, 1.0)
    assert best_of([-800.0, 0.0])[1] == 1.0  # no overflow far from the best


def test_a_choice_model_learns_which_candidate_of_each_claim_is_right_not_which_claims_have_one() -> None:
    """The place and role models are fitted over each claim's candidates at once (a conditional logit): a feature
    all the candidates of a claim share says nothing of which is right, and a claim whose right place is not
    among its candidates teaches nothing."""
    script = _script("train_models")
    groups = [[{"near": 1.0, "kind=paid": 1.0}, {"far": 1.0, "kind=paid": 1.0}],
              [{"far": 1.0, "kind=offered": 1.0}, {"near": 1.0, "kind=offered": 1.0},
               {"none": 1.0, "kind=offered": 1.0}],
              [{"near": 1.0}, {"far": 1.0}, {"none": 1.0}]] * 5
    labels = [[True, False], [False, True, False], [True, False, False]] * 5
    weights = script._fit_choice(groups, labels)
    assert weights["near"] > weights["far"] + 1.0
    assert abs(weights.get("kind=paid", 0.0)) < 1e-3 and abs(weights.get("kind=offered", 0.0)) < 1e-3
    unreachable = script._fit_choice(groups + [[{"near": 1.0}, {"far": 1.0}]] * 50,
                                     labels + [[False, False]] * 50)
    assert unreachable == pytest.approx(weights, abs=1e-4)
    model = script.train_place(groups, labels, "a test")
    assert model.bias == 0.0 and model.trained_on == "a test"


def test_place_features_say_where_each_candidate_stands_from_the_amount() -> None:
    article = _Placed()
    amount = Span(article.text.index("60 000"), article.text.index(" par mois"))
    places_of = placemodel.index(article)
    assert placemodel.options(article, places_of, amount, "Sénégal") == ["Dakar", "Thiès", "Sénégal", None]
    dakar = placemodel.features(article, places_of, amount, "paid", "place:sentence-0", "Sénégal", "Dakar")
    senegal = placemodel.features(article, places_of, amount, "paid", "place:sentence-0", "Sénégal", "Sénégal")
    none = placemodel.features(article, places_of, amount, "paid", "place:sentence-0", "Sénégal", None)
    assert dakar["is-rule"] == 0.0 and dakar["sentences-back"] == 1 and dakar["word-before:originaire"] == 1.0
    assert dakar["in-worker-places"] == 0.0 and dakar["is-first"] == 1.0
    assert senegal["is-rule"] == 1.0 and senegal["same-sentence-before"] == 1.0 and senegal["locative-before"] == 1.0
    assert senegal["is-country"] == 1.0 and senegal["country-with-cities"] == 1.0
    # Sénégal is the place named last before the amount; Thiès and Sénégal come between Dakar and it.
    assert senegal["place-rank=0"] == 1.0 and dakar["place-rank=2"] == 1.0
    # none reads the words of the amount's sentence (a median often places no workers)
    assert {k: v for k, v in none.items() if not k.startswith("none&sentence:")} == {
        "kind=paid": 1.0, "rule-how=place:sentence-0": 1.0, "none": 1.0, "none&rule-none": 0.0}
    assert none["none&sentence:gagne"] == 1.0 and "none&sentence:thiès" not in none
    assert not any(k.startswith("none&") for k in senegal)


def test_place_features_say_whether_the_amounts_paragraph_or_the_one_before_names_a_candidate() -> None:
    article = _Placed()
    amount = Span(article.text.index("60 000"), article.text.index(" par mois"))
    places_of = placemodel.index(article)
    senegal = placemodel.features(article, places_of, amount, "paid", "place:sentence-0", "Sénégal", "Sénégal")
    thies = placemodel.features(article, places_of, amount, "paid", "place:sentence-0", "Sénégal", "Thiès")
    assert senegal["in-paragraph"] == 1.0 and senegal["in-paragraph-before"] == 0.0
    assert thies["in-paragraph"] == 0.0 and thies["in-paragraph-before"] == 1.0
    article.paragraph_of = []  # a text of no paragraphs is one
    places_of = placemodel.index(article)
    thies = placemodel.features(article, places_of, amount, "paid", "place:sentence-0", "Sénégal", "Thiès")
    assert thies["in-paragraph"] == 1.0 and thies["in-paragraph-before"] == 0.0


def test_place_features_say_how_a_candidate_stands_to_the_rules_place() -> None:
    """The country of the rules' city, a city of the rules' country, another city of that country: the labels
    take a city or its country by how the story places its workers, which the model weighs by the claim's kind."""
    article = _Placed()
    amount = Span(article.text.index("60 000"), article.text.index(" par mois"))
    places_of = placemodel.index(article)
    senegal = placemodel.features(article, places_of, amount, "reference", "place:sentence-0", "Thiès", "Sénégal")
    assert senegal["country-of-rule"] == 1.0 and senegal["country-of-rule&kind=reference"] == 1.0
    assert senegal["is-country&kind=reference"] == 1.0 and "inside-rule" not in senegal
    thies = placemodel.features(article, places_of, amount, "paid", "place:sentence-0", "Sénégal", "Thiès")
    assert thies["inside-rule"] == 1.0 and thies["inside-rule&kind=paid"] == 1.0
    assert thies["is-country&kind=paid"] == 0.0 and "country-of-rule" not in thies
    dakar = placemodel.features(article, places_of, amount, "paid", "place:sentence-0", "Thiès", "Dakar")
    assert dakar["same-country-as-rule"] == 1.0 and "inside-rule" not in dakar
    # the rules' own choice is not related to itself
    own = placemodel.features(article, places_of, amount, "paid", "place:sentence-0", "Thiès", "Thiès")
    assert not {"country-of-rule", "inside-rule", "same-country-as-rule"} & set(own)


def test_place_features_say_whether_the_claims_currency_is_in_use_there() -> None:
    article = _Placed()
    amount = Span(article.text.index("60 000"), article.text.index(" par mois"))
    places_of = placemodel.index(article)
    in_cfa = placemodel.features(article, places_of, amount, "paid", "place:none", None, "Thiès", "XOF")
    in_euros = placemodel.features(article, places_of, amount, "paid", "place:none", None, "Thiès", "EUR")
    assert in_cfa["uses-currency"] == 1.0 and in_cfa["uses-currency&local"] == 1.0
    assert in_euros["uses-currency"] == 0.0 and in_euros["uses-currency&wide"] == 0.0
    assert "uses-currency" not in placemodel.features(article, places_of, amount, "paid", "place:none", None, "Thiès")


class _Compared(_Placed):
    """Two amounts of one sentence, each with the place a locative gives right after it."""
    text = "Les ouvrières touchent 300 euros en Tunisie, 250 euros au Maroc."

    def __init__(self) -> None:
        t = self.text
        self.sentences = [Span(0, len(t))]
        self.paragraph_of = [0]
        self.places = [Mention("LOC", t.index(n), t.index(n) + len(n), n, None, "ner:LOC")
                       for n in ("Tunisie", "Maroc")]
        self.worker_places = self.places
        self.main_place = self.places[0]

    def sentence_index(self, offset: int) -> int:
        return 0


def test_place_features_say_whether_a_locative_names_the_candidate_right_after_the_amount() -> None:
    article = _Compared()
    amount = Span(article.text.index("250"), article.text.index(" au Maroc"))
    places_of = placemodel.index(article)
    maroc = placemodel.features(article, places_of, amount, "paid", "place:clause", "Maroc", "Maroc", "EUR")
    tunisie = placemodel.features(article, places_of, amount, "paid", "place:clause", "Maroc", "Tunisie", "EUR")
    assert maroc["locative-right-after"] == 1.0 and "locative-right-after" not in tunisie
    first = Span(article.text.index("300"), article.text.index(" en Tunisie"))
    # the place after the next amount is past a comma: not this amount's
    assert placemodel.features(article, places_of, first, "paid", "place:clause", "Tunisie", "Maroc",
                               "EUR")["locative-right-after"] == 0.0


def test_a_place_model_chooses_its_best_candidate_and_reads_back_what_it_saved(tmp_path: Path) -> None:
    article = _Placed()
    amount = Span(article.text.index("60 000"), article.text.index(" par mois"))
    places_of = placemodel.index(article)
    nearest = PlaceModel({"same-sentence-before": 3.0}, -1.0, "a test")
    assert nearest.choose(article, places_of, amount, "paid", "place:none", None)[0] == "Sénégal"
    nowhere = PlaceModel({"none": 5.0}, -1.0)
    assert nowhere.choose(article, places_of, amount, "paid", "place:sentence-0", "Sénégal")[0] is None
    nearest.save(tmp_path / "place.json")
    assert PlaceModel.load(tmp_path / "place.json") == nearest
    with pytest.raises(ValueError, match="weights"):
        PlaceModel.from_dict({"bias": 0.0})


def test_the_pipeline_asks_the_place_model_it_is_given_unless_a_rule_of_the_guide_decides() -> None:
    text = "À Lyon, la grève dure depuis mardi. Les livreurs touchent 4 euros par course."
    assert Pipeline()(text).claims[0].place.name == "Lyon"
    claim = Pipeline(place_model=PlaceModel({"none": 9.0}, -3.0))(text).claims[0]
    assert claim.place is None and any(mark.startswith("place:model:") for mark in claim.provenance)
    # A place in the amount's own clause is the rules' to decide.
    ruled = Pipeline(place_model=PlaceModel({"none": 9.0}, -3.0))("À Lyon, les livreurs touchent 4 euros par course.")
    assert ruled.claims[0].place.name == "Lyon"
    assert placemodel.default_model().trained_on.startswith("golden dev:")


class _TwoSentences:
    """An article as the organisation model reads it: two sentences of one paragraph, the second opening with
    `second`; the subclass names its organisations and roles."""
    text = ""
    second = ""

    def __init__(self, organisations: list[Mention], roles: list[Mention]) -> None:
        start = self.text.index(self.second)
        self.sentences = [Span(0, start - 1), Span(start, len(self.text))]
        self.paragraph_of = [0, 0]
        self.organisations, self.roles = organisations, roles

    def sentence_index(self, offset: int) -> int:
        return int(offset > self.sentences[1].start)


class _Organised(_TwoSentences):
    """A client and its subcontractor, then their workers."""
    text = "Le client Lumora confie ses données au sous-traitant Veridia. Les annotateurs y touchent 2 dollars."
    second = "Les annotateurs"

    def __init__(self) -> None:
        t = self.text
        super().__init__(
            [Mention("ORG", t.index(n), t.index(n) + len(n), n, n, "context:org-noun") for n in ("Lumora", "Veridia")],
            [Mention("ROLE", t.index("annotateurs"), t.index("annotateurs") + 11, "annotateurs", "annotateurs",
                     "table:role")])


def test_organisation_features_say_where_and_how_each_candidate_is_named() -> None:
    article = _Organised()
    amount = article.text.index("2 dollars")
    orgs = orgmodel.index(article, {"Lumora", "Veridia"}, set())
    assert orgmodel.options(article, orgs, amount, {"Veridia"}) == ["Lumora", "Veridia"]
    lumora = orgmodel.features(article, orgs, amount, "paid", "organisations:sentence-1", {"Veridia"}, "Lumora")
    veridia = orgmodel.features(article, orgs, amount, "paid", "organisations:sentence-1", {"Veridia"}, "Veridia")
    assert lumora["in-rule"] == 0.0 and veridia["in-rule"] == 1.0 and veridia["in-rule&organisations:sentence-1"]
    assert lumora["one-back"] == 1.0 and lumora["word-before:client"] == 1.0 and lumora["may-pay"] == 1.0
    # What ties a candidate to the rules' payers where one sentence names both: the words between them.
    assert lumora["co-named"] == 1.0 and lumora["between:traitant"] == 1.0 and lumora["between:confie"] == 1.0
    assert "co-named" not in veridia and not any(key.startswith("between:") for key in veridia)
    # Which candidates the text names as paying by the amount (`keep`): the payer of the sentence before.
    kept = orgmodel.features(article, orgs, amount, "paid", "organisations:sentence-1", {"Veridia"}, "Veridia",
                             keep={"Veridia"})
    assert kept["named-payer"] == 1.0 and veridia["named-payer"] == 0.0 and lumora["named-payer"] == 0.0
    assert veridia["word-before:traitant"] == 1.0 and veridia["source=context:org-noun"] == 1.0
    # Veridia is the payer named last before the amount, Lumora the one before; neither sentence names workers.
    assert veridia["payer-rank=0"] == 1.0 and lumora["payer-rank=1"] == 1.0 and "payer-rank=0" not in lumora
    assert lumora["with-workers"] == 0.0 and lumora["same-paragraph"] == 1.0 and lumora["only-payer"] == 0.0
    # Each is named once, first in the lead; the words of the amount's sentence count for every candidate.
    assert lumora["most-named-payer"] == veridia["most-named-payer"] == 1.0 and lumora["payer-share"] == 0.5
    assert lumora["in-lead"] == 1.0 and lumora["sentence:touchent"] == veridia["sentence:touchent"] == 1.0
    alone = orgmodel.index(article, {"Veridia"}, set())
    assert orgmodel.features(article, alone, amount, "paid", "organisations:none", set(), "Veridia")["only-payer"] == 1.0


class _Listed(_TwoSentences):
    """Two payers named together, then their workers named by a possessive in the amount's sentence."""
    text = "Les chauffeurs de Bolt et d'Uber font grève. Leurs chauffeurs touchent 8 000 nairas par jour."
    second = "Leurs"

    def __init__(self) -> None:
        t = self.text
        super().__init__([Mention("ORG", t.index(n), t.index(n) + len(n), n, n, "ner:ORG") for n in ("Bolt", "Uber")],
                         [Mention("ROLE", at, at + 10, "chauffeurs", "chauffeurs", "table:role")
                          for at in (t.index("chauffeurs"), t.rindex("chauffeurs"))])


class _ComparedEmployers(_TwoSentences):
    """Three employers' workers compared in one sentence, each group with its amount."""
    text = ("Les livreurs font grève. Chez Carrefour, les caissiers gagnent 1 500 euros, contre 1 700 euros chez "
            "Auchan, et ceux de Lidl perçoivent 1 600 euros.")
    second = "Chez"

    def __init__(self) -> None:
        t = self.text
        super().__init__([Mention("ORG", t.index(n), t.index(n) + len(n), n, n, "ner:ORG")
                          for n in ("Carrefour", "Auchan", "Lidl")], [])


def test_organisation_features_see_whether_a_name_shares_the_amount_s_clause() -> None:
    article = _ComparedEmployers()
    orgs = orgmodel.index(article, {"Carrefour", "Auchan", "Lidl"}, set())

    def feature(amount: str, name: str) -> dict[str, float]:
        return orgmodel.features(article, orgs, article.text.index(amount), "paid", "organisations:sentence-0",
                                 {"Carrefour"}, name)

    # "Chez Carrefour, les caissiers gagnent 1 500 euros": a comma between them
    assert feature("1 500", "Carrefour")["clause-before"] == 0.0
    # "ceux de Lidl perçoivent 1 600 euros": in the amount's clause
    assert feature("1 600", "Lidl")["clause-before"] == 1.0
    # a name after the amount, or in another sentence, is in no clause before it
    assert "clause-before" not in feature("1 500", "Auchan")


def test_organisation_features_rank_names_listed_together_alike_and_see_workers_named_by_a_possessive() -> None:
    article = _Listed()
    amount = article.text.index("8 000")
    orgs = orgmodel.index(article, {"Bolt", "Uber"}, set())
    bolt, uber = (orgmodel.features(article, orgs, amount, "paid", "organisations:sentence-1", {"Bolt", "Uber"}, n)
                  for n in ("Bolt", "Uber"))
    assert bolt["payer-rank=0"] == uber["payer-rank=0"] == 1.0  # "de Bolt et d'Uber": both named last
    assert bolt["possessive-workers"] == 1.0 and bolt["possessive&payer-rank=0"] == 1.0
    assert "possessive-workers" not in orgmodel.features(_Organised(), orgmodel.index(_Organised(), {"Veridia"}, set()),
                                                        _Organised.text.index("2 dollars"), "paid",
                                                        "organisations:sentence-1", {"Veridia"}, "Veridia")


def test_an_organisation_model_keeps_the_candidates_it_scores_high_and_reads_back_what_it_saved(
        tmp_path: Path) -> None:
    article = _Organised()
    amount = article.text.index("2 dollars")
    orgs = orgmodel.index(article, {"Lumora", "Veridia"}, set())
    chain = OrgModel({"one-back": 4.0}, -2.0, 0.4, "a test")
    assert [n for n, _ in chain.choose(article, orgs, amount, "paid", "organisations:sentence-1", {"Veridia"})] \
        == ["Lumora", "Veridia"]
    rules = OrgModel({"in-rule": 4.0}, -2.0)
    assert [n for n, _ in rules.choose(article, orgs, amount, "paid", "organisations:sentence-1", {"Veridia"})] \
        == ["Veridia"]
    chain.save(tmp_path / "org.json")
    assert OrgModel.load(tmp_path / "org.json") == chain
    # A payer the text names by the amount is kept down to `min_to_keep`; any other needs `threshold`.
    unsure = OrgModel({"in-rule": 1.0}, -2.0, min_to_keep=0.2)  # a rule name scores 0.27, any other 0.12
    assert [n for n, _ in unsure.choose(article, orgs, amount, "paid", "organisations:sentence-1", {"Veridia"})] \
        == []
    assert [n for n, _ in unsure.choose(article, orgs, amount, "paid", "organisations:sentence-1", {"Veridia"},
                                        keep={"Veridia"})] == ["Veridia"]
    assert [n for n, _ in OrgModel({"in-rule": 1.0}, -2.0, min_to_keep=0.3).choose(
        article, orgs, amount, "paid", "organisations:sentence-1", {"Veridia"}, keep={"Veridia"})] == []
    with pytest.raises(ValueError, match="weights"):
        OrgModel.from_dict({"bias": 0.0})


def test_no_payer_is_a_candidate_that_reads_what_all_the_names_of_a_claim_share() -> None:
    row = orgmodel.none_row([{"kind=paid": 1.0, "in-rule": 1.0, "count": 0.7}, {"kind=paid": 1.0, "count": 1.1}])
    assert row == {"none": 1.0, "none&kind=paid": 1.0}
    assert orgmodel.none_row([]) == {"none": 1.0}


def test_an_organisation_model_s_choice_says_whether_any_name_pays(
        tmp_path: Path) -> None:
    """With its conditional logit (`choice`), none empties the set the regression keeps but for the payers the
    text names by the amount; a name the logit prefers is not added to the set."""
    article = _Organised()
    amount = article.text.index("2 dollars")
    orgs = orgmodel.index(article, {"Lumora", "Veridia"}, set())

    def chosen(model: OrgModel) -> list[str]:
        return [n for n, _ in model.choose(article, orgs, amount, "paid", "organisations:sentence-1", {"Veridia"})]

    rules = OrgModel({"in-rule": 4.0}, -2.0)
    assert chosen(rules) == ["Veridia"]
    assert chosen(replace(rules, choice={"none": 3.0})) == []
    assert chosen(replace(rules, choice={"in-rule": 1.0, "none": 0.5})) == ["Veridia"]
    assert chosen(replace(rules, choice={"in-rule": -1.0, "none": -1.0})) == ["Veridia"]
    named = [n for n, _ in replace(rules, choice={"none": 3.0}).choose(
        article, orgs, amount, "paid", "organisations:sentence-1", {"Veridia"}, keep={"Veridia"})]
    assert named == ["Veridia"]
    both = replace(rules, choice={"in-rule": -1.0, "none&kind=paid": 0.5})
    both.save(tmp_path / "org.json")
    assert OrgModel.load(tmp_path / "org.json") == both
    with pytest.raises(ValueError, match="choice"):
        OrgModel.from_dict({"bias": 0.0, "weights": {}, "choice": [1.0]})


def test_the_pipeline_asks_the_organisation_model_it_is_given_but_not_for_a_legal_minimum() -> None:
    text = ("La société Norvane emploie 300 livreurs. Norvane recrute, et Norvane grandit. La ville est calme. Le "
            "quartier aussi. Les livreurs touchent 4 euros par course. Le SMIC horaire est de 11,65 euros.")
    assert [o.name for o in Pipeline()(text).claims[0].organisations] == ["Norvane"]
    nobody = Pipeline(org_model=OrgModel({}, -9.0))(text).claims
    assert nobody[0].organisations == () and "organisations:model" in nobody[0].provenance
    everyone = Pipeline(org_model=OrgModel({}, 9.0))(text).claims
    assert [o.name for o in everyone[0].organisations] == ["Norvane"] and everyone[1].organisations == ()
    assert orgmodel.default_model().trained_on.startswith("golden dev:")


class _Roled:
    """An article as the role model reads it: a union official speaks, the workers are paid (two sentences, each a
    paragraph)."""
    text = ("Les livreurs de Norvane sont en grève. La déléguée syndicale le dit : les livreurs touchent 4 euros "
            "par course.")

    def __init__(self) -> None:
        t = self.text
        first, second = t.index("livreurs"), t.index("livreurs", t.index("livreurs") + 1)
        delegate = t.index("déléguée syndicale")
        self.sentences = [Span(0, t.index(" La déléguée")), Span(t.index("La déléguée"), len(t))]
        self.paragraph_of = [0, 1]
        self.sorted_roles = [Mention("ROLE", first, first + 8, "livreurs", "livreurs", "gazetteer:role"),
                             Mention("ROLE", delegate, delegate + 18, "déléguée syndicale", "déléguée",
                                     "gazetteer:role"),
                             Mention("ROLE", second, second + 8, "livreurs", "livreurs", "gazetteer:role")]

    def sentence_index(self, offset: int) -> int:
        return int(offset > self.text.index("La déléguée"))


def test_role_features_say_where_each_candidate_stands_and_what_it_names() -> None:
    article = _Roled()
    amount = Span(article.text.index("4 euros"), article.text.index("4 euros") + 7)
    roles_of = rolemodel.index(article, [amount.start], ["salariés"])
    first, delegate, second = article.sorted_roles
    rule = Span(second.start, second.end)
    assert rolemodel.options(article, roles_of, amount, rule) == [first, delegate, second, None]
    near = rolemodel.features(article, roles_of, amount, "paid", "role:in-clause", rule, second)
    far = rolemodel.features(article, roles_of, amount, "paid", "role:in-clause", rule, first)
    speaker = rolemodel.features(article, roles_of, amount, "paid", "role:in-clause", rule, delegate)
    assert near["is-rule"] == 1.0 and near["nearest-before"] == 1.0 and near["same-sentence-before"] == 1.0
    assert far["is-rule"] == 0.0 and far["sentences-before"] == 1.0 and far["roles-between-before"] > 0
    assert near["head-count"] == far["head-count"] > speaker["head-count"] and speaker["head=déléguée"] == 1.0
    assert near["word-before:les"] == 1.0 and near["word-after:touchent"] == 1.0 and near["job"] == 1.0
    assert near["group=delivery"] == 1.0 and speaker["group=professional"] == 1.0  # families of data/roles.tsv
    assert near["same-paragraph"] == 1.0 and near["paragraph-before"] == 0.0
    assert far["same-paragraph"] == 0.0 and far["paragraph-before"] == 1.0
    none = rolemodel.features(article, roles_of, amount, "paid", "role:in-clause", rule, None)
    assert {k: v for k, v in none.items() if not k.startswith("none&sentence:")} == {
        "kind=paid": 1.0, "rule-how=role:in-clause": 1.0, "none": 1.0, "none&rule-none": 0.0, "none&kind=paid": 1.0}
    # the words of the amount's sentence, not of the one before
    assert none["none&sentence:touchent"] == 1.0 and "none&sentence:grève" not in none


class _Payers(_Roled):
    """Workers and the people who pay them, named as roles."""
    text = ("« Ma patronne me paie 5 200 dollars par mois », dit une employée de maison. Les cueilleuses font des "
            "journées payées 70 dirhams par les contremaîtres.")

    def __init__(self) -> None:
        t = self.text
        self.sentences = [Span(0, t.index(" Les cueilleuses")), Span(t.index("Les cueilleuses"), len(t))]
        self.paragraph_of = []
        self.sorted_roles = [Mention("ROLE", t.index(w), t.index(w) + len(w), w, w, "gazetteer:role")
                             for w in ("patronne", "employée de maison", "cueilleuses", "contremaîtres")]

    def sentence_index(self, offset: int) -> int:
        return int(offset > self.text.index("Les cueilleuses"))


def test_role_features_say_whether_a_candidate_pays_the_workers() -> None:
    article = _Payers()
    boss, maid, pickers, foremen = article.sorted_roles
    roles_of = rolemodel.index(article, [], [])
    first = Span(article.text.index("5 200"), article.text.index(" par mois"))
    second = Span(article.text.index("70 dirhams"), article.text.index(" par les"))
    read = {role.text: rolemodel.features(article, roles_of, amount, "paid", "role:in-clause", None, role)
            for role, amount in ((boss, first), (maid, first), (pickers, second), (foremen, second))}
    assert read["patronne"]["pays-them"] == 1.0 and read["employée de maison"]["pays-them"] == 0.0
    assert read["contremaîtres"]["paid-by"] == 1.0 and read["cueilleuses"]["paid-by"] == 0.0
    # "par" with no determiner is a share per worker, who is paid: "une prime versée de 50 euros par salarié"
    assert rolemodel.PAID_BY.search("une prime versée de 50 euros par ") is None


def test_a_role_model_chooses_its_best_candidate_and_reads_back_what_it_saved(tmp_path: Path) -> None:
    article = _Roled()
    amount = Span(article.text.index("4 euros"), article.text.index("4 euros") + 7)
    roles_of = rolemodel.index(article, [amount.start], [])
    first, delegate, second = article.sorted_roles
    nearest = RoleModel({"nearest-before": 2.0, "same-sentence-before": 1.0}, -2.0)
    assert nearest.choose(article, roles_of, amount, "paid", "role:none", None)[0] == second
    speaker = RoleModel({"head=déléguée": 5.0}, -2.0)
    assert speaker.choose(article, roles_of, amount, "paid", "role:in-clause", Span(second.start, second.end)
                          )[0] == delegate
    nobody = RoleModel({"none": 9.0}, -3.0)
    assert nobody.choose(article, roles_of, amount, "paid", "role:in-clause", Span(second.start, second.end)
                         )[0] is None
    nearest.save(tmp_path / "role.json")
    assert RoleModel.load(tmp_path / "role.json") == nearest


def test_the_pipeline_asks_the_role_model_it_is_given() -> None:
    text = "Les livreurs de Norvane sont en grève. Selon leur syndicat, ils touchent 4 euros par course."
    assert Pipeline()(text).claims[0].role.text == "livreurs"
    claim = Pipeline(role_model=RoleModel({"none": 9.0}, -3.0))(text).claims[0]
    assert claim.role is None and any(mark.startswith("role:model:") for mark in claim.provenance)
    assert "role:back" in Pipeline()(text).claims[0].provenance
    assert rolemodel.default_model().trained_on.startswith("golden dev:")


def test_period_features_read_the_rules_period_the_size_of_the_amount_and_the_words_around_it() -> None:
    text = "Les coursiers touchent 4,50 euros la course, et la plateforme verse une prime."
    start = text.index("4,50")
    found = periodmodel.features(text, start, start + 10, (0, len(text)), "task", "EUR", Decimal("4.5"),
                                 Decimal("4.5"), ["period:after", "cue:pay:touch*", "place:none"], 2, 2)
    assert found["rule=task"] == 1.0 and found["period:after"] == 1.0 and found["cue:pay"] == 1.0
    assert "place:none" not in found and found["size=0.5"] == 1.0 and found["size=0.5&EUR"] == 1.0
    assert found["before:coursiers"] == 1.0 and found["after:la"] == 1.0 and found["after:course"] == 1.0
    assert found["sentence:prime"] == 1.0 and found["range"] == 0.0
    large = periodmodel.features(text, start, start + 10, (0, len(text)), None, "EUR", Decimal(1500),
                                 Decimal(2000), [], 0, 0)
    assert large["rule=none"] == 1.0 and large["size=3.0"] == 1.0 and large["range"] == 1.0


def test_a_period_model_reads_back_what_it_saved_and_says_none_for_no_period(tmp_path: Path) -> None:
    monthly = PeriodModel(periodmodel.PERIODS, {"size=3.0": (0, 0, 5.0, 0, 0, 0, 0)}, (0.0,) * 7, words_before=3,
                          words_after=3, trained_on="a test")
    monthly.save(tmp_path / "period.json")
    assert PeriodModel.load(tmp_path / "period.json") == monthly
    text = "Elle gagne 1 200 euros."
    assert monthly.period_of(text, 11, 22, (0, len(text)), None, "EUR", Decimal(1200), Decimal(1200), [])[0] == \
        "month"
    none = PeriodModel(periodmodel.PERIODS, {}, (0, 0, 0, 9.0, 0, 0, 0))
    assert none.period_of(text, 11, 22, (0, len(text)), "hour", "EUR", Decimal(1200), Decimal(1200), [])[0] is None
    # a period the rules did not find is given only when more likely than not (SPEC: none where nothing says one)
    unsure = PeriodModel(periodmodel.PERIODS, {"size=3.0": (0, 0, 1.0, 0, 0, 0, 0)}, (0.0,) * 7)
    assert unsure.period_of(text, 11, 22, (0, len(text)), None, "EUR", Decimal(1200), Decimal(1200), [])[0] is None
    assert unsure.period_of(text, 11, 22, (0, len(text)), "day", "EUR", Decimal(1200), Decimal(1200), [])[0] == \
        "month"
    kept = PeriodModel.keeping_rules()
    assert kept.period_of(text, 11, 22, (0, len(text)), "week", "EUR", Decimal(1200), Decimal(1200), [])[0] == "week"
    # a period written beside the amount is taken away only when the model is sure (`min_to_remove`)
    leaning = PeriodModel(periodmodel.PERIODS, {}, (0, 0, 0, 1.5, 0, 0, 0))
    written = ["money:single", "period:before"]
    assert leaning.period_of(text, 11, 22, (0, len(text)), "year", "EUR", Decimal(1200), Decimal(1200), written
                             )[0] == "year"
    assert leaning.period_of(text, 11, 22, (0, len(text)), "year", "EUR", Decimal(1200), Decimal(1200), []
                             )[0] is None
    assert none.period_of(text, 11, 22, (0, len(text)), "year", "EUR", Decimal(1200), Decimal(1200), written
                          )[0] is None
    with pytest.raises(ValueError, match="one weight per class"):
        PeriodModel.from_dict({"classes": ["hour", "day"], "bias": [0.0, 0.0], "weights": {"x": [1.0]}})


def test_the_pipeline_asks_the_period_model_it_is_given_but_pay_per_several_units_keeps_none() -> None:
    text = "Les livreurs touchent 4,50 euros par course."
    daily = PeriodModel(periodmodel.PERIODS, {}, (9.0, 0, 0, 0, 0, 0, 0))
    claim = Pipeline(period_model=daily)(text).claims[0]
    assert claim.period == "day" and any(mark.startswith("period:model:") for mark in claim.provenance)
    assert Pipeline()(text).claims[0].period == "task"
    several = Pipeline(period_model=daily)("Les veilleurs touchent un euro toutes les trois heures.").claims
    assert [c.period for c in several] == [None]
    assert periodmodel.default_model().trained_on.startswith("golden dev:")


def test_named_mentions_count_the_other_names_between_and_give_up_far_back() -> None:
    """0 for the name mentioned last before an amount, 1 for the one before; past `SCAN_LIMIT` mentions between, the
    name is far back (`cap`), so that a long text stays linear."""
    from frclaims.learnt import SCAN_LIMIT, NamedMentions

    def named(names: list[str]) -> NamedMentions:
        return NamedMentions.of([Mention("ORG", 10 * i, 10 * i + 3, n, n, "test") for i, n in enumerate(names)], 5)

    near = named(["Alpha", "Beta", "Gamma"])
    assert near.others_between("Gamma", 20, 35, 2) == 0 and near.others_between("Beta", 10, 35, 2) == 1
    assert near.others_between("Alpha", 0, 35, 2, counted={"Gamma"}) == 1
    far = named(["Alpha", *["Beta"] * (SCAN_LIMIT + 1)])
    assert far.others_between("Alpha", 0, 10 * (SCAN_LIMIT + 2), 2) == 2  # one other name, but far back



def test_evidence_reads_a_learnt_decision_without_its_probability() -> None:
    """A rounded probability ("0.89" or "0.88") flips with the last bits of a retraining: a later model reads only
    that the decision was learnt."""
    marks, families = evidence(["money:single", "cue:pay:touch*", "pay:model:0.93", "period:model:0.89",
                                "kind:paid"], ("cue:", "pay:", "period:"))
    assert marks == ["cue:pay:touch*", "pay:model", "period:model"] and families == {"cue:pay": 1}


def test_the_period_model_reads_the_periods_of_the_article_s_other_claims() -> None:
    """A figure with no unit of its own among monthly figures of its size ("un tourneur à 2 140" after "1 980 euros
    brut par mois"): the share of the article's same-size claims of each period ("vote:month") and the period of
    the claim before it in its paragraph ("before:month", "&same-size" when of its size) reach the period model."""
    text = ("Un émailleur confirmé touche 2 050 euros brut par mois. Un tourneur est à 2 140 euros. "
            "Les heures de nuit sont payées 14 euros de l'heure.")
    seen: dict[int, dict[str, float]] = {}

    class Recorder(PeriodModel):
        def period_of(self, text, start, end, sentence, period, currency, low, high,  # type: ignore[no-untyped-def]
                      provenance, context=None):
            seen[start] = dict(context or {})
            return period, 1.0

    Pipeline(period_model=Recorder((), {}, ()))(text)
    context = seen[text.index("2 140")]
    assert context["vote:month"] == 1.0 and context["before:month&same-size"] == 1.0
    assert "vote:hour" not in context  # 14 euros is not of its size
    assert seen[text.index("14 euros")] == {"before:month": 1.0}
    # and the model weighs them: one that trusts the claim before alone reads the hourly rate as monthly
    trusting = PeriodModel(periodmodel.PERIODS, {"before:month": (0, 0, 9.0, 0, 0, 0, 0)}, (0.0,) * 7)
    claims = Pipeline(period_model=trusting)(text).claims
    assert [c.period for c in claims if c.amount.text.startswith("14")] == ["month"]


@pytest.mark.parametrize(
    ("before", "speaker"),
    [("Il faudrait leur verser 1 500 euros, estime l'", True),
     ("Ils touchent 2 dollars de l'heure, a reconnu le ", True),
     ("Selon leur ", True),
     ("« Je gagne 400 euros », explique-t-elle, ", False),
     ("Les livreurs et les ", False)],
)
def test_role_model_tells_a_speaker_from_the_workers(before: str, speaker: bool) -> None:
    """A role right after a verb of saying in an incise, or "selon", speaks: the role model reads it as a
    feature ("speaker")."""
    from frclaims.rolemodel import _speaker_before

    assert (_speaker_before().search(before) is not None) == speaker


@pytest.mark.parametrize(
    ("before", "agent"),
    [("Les marins recrutés par des ", True), ("des journées payées 70 dirhams par les ", True),
     ("Les marins recrutés à Bangkok travaillent pour des ", False)],
)
def test_role_model_reads_who_hires_the_workers_as_no_role_of_theirs(before: str, agent: bool) -> None:
    from frclaims.rolemodel import PAID_BY

    assert (PAID_BY.search(before) is not None) == agent
