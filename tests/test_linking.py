"""Linking, data-driven: a short text and the claims it states (min, max, currency, period, kind, qualifier).
Grouped by where the case came from: SPEC decisions, language phenomena, non-pay, regressions."""
from __future__ import annotations

import re
from decimal import Decimal

import pytest

from frclaims import places
from frclaims.linking import find_cues
from frclaims.periods import qualifier_of
from frclaims.records import Mention

Claim = tuple  # (min, max, currency, period, kind, qualifier)

SPEC_DECISIONS = [
    ("Le tarif des livreurs est passé de 5,30 à 4,85 euros par course.",
     [(5.3, 5.3, "EUR", "task", "paid", None), (4.85, 4.85, "EUR", "task", "paid", None)]),
    ("Les syndicats réclament un salaire minimum de 18 $ de l'heure.", [(18, 18, "USD", "hour", "offered", None)]),
    ("Ils réclament 200 euros de plus par mois.", []),
    ("La direction accorde une hausse de 76,28 euros.", []),
    ("Les préparateurs ont reçu une prime de 300 euros.", [(300, 300, "EUR", None, "paid", None)]),
    ("Le SMIC horaire brut s'élève à 11,65 euros.", [(11.65, 11.65, "EUR", "hour", "reference", None)]),
    ("Les chauffeurs touchent 1,20 euro par kilomètre.", [(1.2, 1.2, "EUR", "task", "paid", None)]),
    ("Il touche un euro toutes les trois heures.", [(1, 1, "EUR", None, "paid", None)]),
    ("Ils gagnent 7,30 dollars (6,9 euros) de l'heure.", [(7.3, 7.3, "USD", "hour", "paid", None)]),
    ("Les annotateurs touchent 300 000 ariary, soit 60 euros, par mois.", [(300000, 300000, "MGA", "month", "paid", None)]),
    # golden/README.md, "Medians and averages": the median pay of the workers an article is about is paid.
    ("Le salaire médian des chauffeurs atteint 1 400 euros par mois.", [(1400, 1400, "EUR", "month", "paid", None)]),
]
PHENOMENA = [
    ("Les doctorants dépendent d'un barème du Fonds national suisse, qui prévoit 47'040 francs par an la première "
     "année, puis 50'040 francs la troisième.", [(47040, 47040, "CHF", "year", "offered", None),
                                                   (50040, 50040, "CHF", "year", "offered", None)]),
    ("Les tâches étaient payées 10 centimes, 20 centimes, 1 euro.", [(Decimal("0.1"), Decimal("0.1"), "EUR", "task", "paid", None),
                                                                   (Decimal("0.2"), Decimal("0.2"), "EUR", "task", "paid", None),
                                                                   (1, 1, "EUR", "task", "paid", None)]),
    ("La loi porte le salaire minimum à 70 000 nairas par mois, contre 30 000 auparavant.",
     [(70000, 70000, "NGN", "month", "reference", None), (30000, 30000, "NGN", "month", "reference", None)]),
    ("Scale AI n'offre que 13,98 dollars de l'heure.", [(13.98, 13.98, "USD", "hour", "offered", "only")]),
    # (a modal "peuvent gagner jusqu'à" is an advertised rate as much as pay received: the kind model decides it
    # near 0.5, so the qualifier is tested on pay received)
    ("Les poètes touchent jusqu'à 50 dollars de l'heure.", [(50, 50, "USD", "hour", "paid", "up_to")]),
    ("Les modérateurs touchent au moins 500 euros par mois.", [(500, 500, "EUR", "month", "paid", "at_least")]),
    ("Les livreurs gagnent moins de 10 euros de l'heure.", [(10, 10, "EUR", "hour", "paid", "less_than")]),
    ("Leur salaire mensuel dépasse les 2 000 euros.", [(2000, 2000, "EUR", "month", "paid", "more_than")]),
    # an adverb between the verb and the amount leaves the bound as it is
    ("Leur salaire mensuel dépasse pourtant 2 000 euros.", [(2000, 2000, "EUR", "month", "paid", "more_than")]),
    # A negated "dépasser" bounds from above.
    ("Le salaire des livreurs n'a jamais dépassé 900 euros par mois.", [(900, 900, "EUR", "month", "paid", "less_than")]),
    # A "ne" alone is no negation: "avant que ... ne dépasse" still bounds from below.
    ("Les livreurs attendront avant que leur salaire mensuel ne dépasse 900 euros.",
     [(900, 900, "EUR", "month", "paid", "more_than")]),
    ("Les livreurs gagnent environ 12 euros de l'heure.", [(12, 12, "EUR", "hour", "paid", "about")]),
    # "au mieux" bounds from above (golden/README.md), "au bas mot" from below; "presque" hedges like "près de"
    ("Les livreurs gagnent au mieux 12 euros de l'heure.", [(12, 12, "EUR", "hour", "paid", "up_to")]),
    ("Les modérateurs touchent au bas mot 500 euros par mois.", [(500, 500, "EUR", "month", "paid", "at_least")]),
    ("Les ouvriers touchent dès 1 500 euros par mois.", [(1500, 1500, "EUR", "month", "paid", "at_least")]),
    ("Les livreurs gagnent presque 1 500 euros par mois.", [(1500, 1500, "EUR", "month", "paid", "about")]),
    # a bound may follow the amount; "même pas" bounds from above
    ("Les cueilleurs gagnent 40 euros par jour tout au plus.", [(40, 40, "EUR", "day", "paid", "up_to")]),
    ("Les cueilleurs gagnent 40 euros par jour au plus.", [(40, 40, "EUR", "day", "paid", "up_to")]),
    ("Les coursiers réclament 15 euros de l'heure au moins, et un contrat.",
     [(15, 15, "EUR", "hour", "offered", "at_least")]),
    # ... unless they open a phrase of their own
    ("Les saisonniers touchent 500 euros au moins deux fois par an.", [(500, 500, "EUR", None, "paid", None)]),
    # "au plus fort de la saison" says when, it bounds nothing
    ("Les cueilleuses gagnent 80 000 soums par jour au plus fort de la saison.",
     [(80000, 80000, "UZS", "day", "paid", None)]),
    ("Les pigistes touchent 60 euros seulement par feuillet.", [(60, 60, "EUR", "task", "paid", "only")]),
    ("Les livreurs ne gagnent même pas 900 euros par mois.", [(900, 900, "EUR", "month", "paid", "less_than")]),
    # "excéder" bounds like "dépasser", negated or not; "frôler" hedges like "avoisiner"
    ("Le salaire des livreurs n'excède pas 900 euros par mois.", [(900, 900, "EUR", "month", "paid", "less_than")]),
    ("Le salaire des livreurs excède 900 euros par mois.", [(900, 900, "EUR", "month", "paid", "more_than")]),
    # in any tense, with any negative adverb
    ("Le salaire des livreurs ne dépassera jamais les 900 euros par mois.",
     [(900, 900, "EUR", "month", "paid", "less_than")]),
    ("Le salaire des livreurs n’excédait guère 900 euros par mois.", [(900, 900, "EUR", "month", "paid", "less_than")]),
    ("Le salaire des livreurs frôle les 900 euros par mois.", [(900, 900, "EUR", "month", "paid", "about")]),
    ("Les livreurs sont payés au-dessous de 900 euros par mois.", [(900, 900, "EUR", "month", "paid", "less_than")]),
    # "rarement" bounds from above, before a bound or after its verb
    ("Un livreur gagne rarement plus de 900 euros par mois.", [(900, 900, "EUR", "month", "paid", "less_than")]),
    ("Le salaire d'un livreur dépasse rarement 900 euros par mois.",
     [(900, 900, "EUR", "month", "paid", "less_than")]),
    ("Les caristes gagnent plus ou moins 1 600 euros par mois.", [(1600, 1600, "EUR", "month", "paid", "about")]),
    ("Les cueilleuses touchent une vingtaine d'euros par jour.", [(20, 20, "EUR", "day", "paid", "about")]),
    ("Les cueilleuses touchent 5,5 ou 6 euros par jour.", [(5.5, 6, "EUR", "day", "paid", None)]),
    ("Les clickworkers touchent 10 centimes, 20 centimes, 1 euro par tâche.",
     [(0.1, 0.1, "EUR", "task", "paid", None), (0.2, 0.2, "EUR", "task", "paid", None),
      (1, 1, "EUR", "task", "paid", None)]),
    ("Un salaire mensuel de 1 500 euros est proposé aux candidats au poste de livreur.",
     [(1500, 1500, "EUR", "month", "offered", None)]),
    ("Au Québec, les chauffeurs d'Uber touchent 18 $ de l'heure.", [(18, 18, "CAD", "hour", "paid", None)]),
    ("Ils étaient payés 12,50 dollars de l'heure. Les 2 dollars qu'ils ont reçus ensuite ont surpris.",
     [(12.5, 12.5, "USD", "hour", "paid", None), (2, 2, "USD", "hour", "paid", None)]),
    ("En Colombie, les annotateurs touchent 1,2 million de pesos (254 dollars) par mois.",
     [(1200000, 1200000, "COP", "month", "paid", None)]),
    # a bound before "un" or a number, with "de" elided
    ("Le directeur général a touché plus d'un million d'euros par an.",
     [(1000000, 1000000, "EUR", "year", "paid", "more_than")]),
    ("Le directeur général touche près d'un million d'euros par an.",
     [(1000000, 1000000, "EUR", "year", "paid", "about")]),
    ("Les coursiers gagnent plus d'un euro par kilomètre.", [(1, 1, "EUR", "task", "paid", "more_than")]),
]
NOT_PAY = [
    ("La course coûte 12 euros au client.", []),
    ("Les revenus cumulés des clubs ont atteint 65 millions de livres lors de la saison.", []),
    ("L'action a gagné 1,20 euro, à 48,70 euros, à la Bourse de Francfort.", []),
    ("Le scooter électrique, loué 400 yuans par mois, est à sa charge.", []),
    ("Avec un gazole autour de 1,75 euro le litre, elle dépense beaucoup.", []),
    ("Mon équipe dispose d'une dotation de 1,5 million de yens par an.", []),
    ("La BDA estime que le relèvement de 1,78 euro en deux ans pèsera sur les entreprises.", []),
    ("L'abonnement coûte 20 euros par mois.", []),
    ("La start-up a levé 2,5 M$ auprès de fonds américains.", []),
    ("Uber a écopé d'une amende de 10 millions d'euros.", []),
    ("Le chiffre d'affaires atteint 1,1 milliard d'euros.", []),
    ("L'entreprise, valorisée 5 milliards de dollars, recrute.", []),
    ("Le contrat de 12 millions d'euros lie les deux sociétés.", []),
    ("Les livreurs paient 150 euros de location de vélo par mois.", []),
    ("Le seuil de pauvreté s'établit à 1 216 euros par mois.", []),
    ("Le revenu vital d'une famille de planteurs est estimé à 1,1 million de francs CFA par an.", []),
    ("Classée en GIR 3, elle perçoit 560 euros d'APA.", []),
    ("Le titre gagnait 3,4 % à 96,80 euros en clôture.", []),
    ("Avec huit élèves par groupe, une seule matinée de cours rapporte 720 euros à l'école.", []),
    ("« Le Clic et la Monnaie », de Claire Vasseur, éditions du Faubourg, 288 pages, 22 euros.", []),
    ("Michael Burry a parié 1,1 milliard de dollars contre Nvidia.", []),
    ("Le prud'hommes lui accorde 20 000 euros de dommages et intérêts.", []),
    ("Le procureur réclame 30 000 euros aux dirigeants de la société qui employait les saisonniers.", []),
    ("Uber a accepté de verser 150 millions de dollars pour clore le litige.", []),
    ("Le loyer d'un studio à Nairobi atteint 20 000 shillings par mois.", []),
    ("Les actionnaires recevront un dividende de 2 euros par action.", []),
    ("Le panier moyen s'élève à 25 euros par commande.", []),
    ("Elle dépense 150 euros par mois en électricité.", []),
    ("La plateforme prélève une commission de 3 euros par commande.", []),
    # a cut or a rise by an amount, whatever the verb and its form
    ("Les livreurs ont vu leur rémunération baisser de 2 euros par course.", []),
    ("Leur paie a été rabotée de 200 euros par mois.", []),
    ("Les indemnités des livreurs ont été amputées de 200 euros par mois.", []),
    ("Leur salaire a été réduit de 300 euros par mois.", []),
    ("Les livreurs veulent voir leur rémunération augmenter de 1 euro par course.", []),
    # a rise in percent restated in money
    ("Le Smic a augmenté de 2 %, soit 35 euros par mois.", []),
]
PAY_BESIDE_NON_PAY = [
    # golden/README.md, "Pay versus customer prices": only the 7 is a claim, per task (the unit is "la course").
    ("La course coûte 12 euros au client, et le chauffeur en touche 7 euros.", [(7, 7, "EUR", "task", "paid", None)]),
    ("Évaluée à 29 milliards de dollars, la société payait ses sous-traitants 2 dollars de l'heure.",
     [(2, 2, "USD", "hour", "paid", None)]),
    # the turnover's word completes the amount before it, in a clause that a comma closes
    ("Sama, qui a réalisé 20 millions de dollars de chiffre d'affaires, paie ses annotateurs 2 dollars de l'heure.",
     [(2, 2, "USD", "hour", "paid", None)]),
    ("Les saisonniers sont payés 11 euros de l'heure ; ce salaire est inférieur de 2 euros à celui de Genève.",
     [(11, 11, "EUR", "hour", "paid", None)]),
    # shares granted to an executive are pay, valued at grant, granted once (no unit unless the text states one); a
    # company's shares valued in the market are not
    ("Le PDG a reçu un fixe de 1,2 million d'euros et des actions de performance valorisées 4 millions d'euros.",
     [(1200000, 1200000, "EUR", "year", "paid", None), (4000000, 4000000, "EUR", None, "paid", None)]),
    ("Les actions du groupe ont été valorisées 3,2 milliards d'euros en Bourse.", []),
]


def _cases() -> list:
    groups = {"spec": SPEC_DECISIONS, "phenomena": PHENOMENA, "not_pay": NOT_PAY, "pay_beside": PAY_BESIDE_NON_PAY}
    return [pytest.param(*case.values, marks=case.marks, id=f"{g}-{i}") if hasattr(case, "marks")
            else pytest.param(*case, id=f"{g}-{i}") for g, cases in groups.items() for i, case in enumerate(cases)]


@pytest.mark.parametrize("text,expected", _cases())
def test_linking_states_the_claims_of_a_text(pipeline, text: str, expected: list[Claim]) -> None:
    found = [(float(c.amount.min), float(c.amount.max), c.amount.currency, c.period, c.kind, c.qualifier)
             for c in pipeline(text).claims]
    assert found == [(float(a), float(b), cur, p, k, q) for a, b, cur, p, k, q in expected]


@pytest.mark.parametrize(
    "text,organisations",
    [("Selon le magazine Time, OpenAI via le sous-traitant Sama a embauché des travailleurs kényans. "
      "Ils étaient payés 2 dollars de l'heure.", ["OpenAI", "Sama"]),
     ("Deliveroo a revu sa grille. Les livreurs touchent désormais 4,85 euros par course.", ["Deliveroo"]),
     # a consultancy is an employer, unless a source (`test_linking_takes_no_source_of_a_figure_for_its_payer`)
     ("Chez le cabinet Lexor Avocats, les collaborateurs débutent à 52 000 euros par an.", ["Lexor Avocats"]),
     ("Interrogé par Reuters, un livreur d'Uber Eats dit gagner 3 euros par commande.", ["Uber Eats"]),
     ("L'agence d'intérim Invisible Technologies propose 15 dollars de l'heure.", ["Invisible Technologies"]),
     ("Le directeur général de Norvane a perçu 5,6 millions d'euros en 2024.", ["Norvane"]),
     ("Chez CamLine, un prestataire, la paie de base est fixée à 90 000 francs CFA par mois.", ["CamLine"]),
     ("Les salariés d'Atlascall touchent 5.500 dirhams bruts par mois.", ["Atlascall"]),
     ("Amazon France Logistique paie ses salariés 11,92 euros de l'heure.", ["Amazon France Logistique"]),
     ("À l'Université de Lausanne, les assistants touchent 3'950 francs mensuels.", ["Université de Lausanne"]),
     ("Les ouvrières du studio d'animation Cèdre Motion touchent 700 dollars par mois.", ["Cèdre Motion"]),
     ("Leur employeur Siam Cargo Link leur verse 380 bahts par jour.", ["Siam Cargo Link"]),
     ("L'exportateur Ivoirex Trading paie les manœuvres 2.000 francs CFA la journée.", ["Ivoirex Trading"]),
     ("Sur des plateformes comme Lingomarket ou Freelancio, les traducteurs touchent 0,05 euro par mot.",
      ["Lingomarket", "Freelancio"]),
     ("L'agence Temporales del Sur paie ses vigiles 75 000 pesos par jour.", ["Temporales del Sur"]),
     # a name, a pronoun of the workers and a verb of paying; not a pronoun nor a person with a title
     ("« Mamaclic me verse quatorze euros de l’heure », calcule une auxiliaire de vie.", ["Mamaclic"]),
     ("« Au début, Rankwise nous payait un euro par vidéo vérifiée », raconte une évaluatrice.", ["Rankwise"]),
     ("« Madame Rosa me verse 10 euros de l'heure », raconte une femme de ménage.", []),
     ("« On nous paie 4 euros le colis », lâche un livreur.", []),
     # The apposition noun has its own name: "Maarif" is not "le groupe".
     ("Dans le quartier de Maarif, le groupe Telvox emploie 800 téléconseillers payés 5 000 dirhams par mois.",
      ["Telvox"]),
     # an acronym named by its nationality is a company, not an agency nobody vouches for
     ("Glencore a longtemps dominé le secteur. Le chinois CMOC, qui exploite la mine, paie ses ouvriers environ 200 "
      "dollars par mois.", ["CMOC"]),
     # a labour-hire agency places and pays the workers: "Labor" names no union
     ("La société Delta Labor, qui place des saisonniers dans les vergers, leur verse 15 dollars de l'heure.",
      ["Delta Labor"]),
     # a news agency that read the contracts is their source
     ("Selon des contrats consultés par l'agence Africa Wire, les modérateurs de Kivuli Data perçoivent 45 000 "
      "shillings par mois.", ["Kivuli Data"]),
     # workers named with what they do, then their employer
     ("Les techniciens de maintenance de Telvia, en Bretagne, sont payés 1 950 euros net par mois.", ["Telvia"]),
     # a name that opens with a lower-case letter before a capital
     ("Les livreurs de l'application iFácil gagnent environ 1 400 reais mensuels au Brésil.", ["iFácil"]),
     ("Chez eBay, les développeurs débutent à 90 000 dollars par an.", ["eBay"]),
     # a ministry's portfolio with its adjective, an army by its corps
     ("En Algérie, les imams rémunérés par le ministère des Affaires religieuses touchent en moyenne 45 000 dinars "
      "par mois.", ["ministère des Affaires religieuses"]),
     ("L'armée de l'Air et de l'Espace verse une prime de 25 000 euros aux mécaniciens qui rempilent.",
      ["armée de l'Air et de l'Espace"])],
)
def test_linking_finds_the_paying_organisations(pipeline, text: str, organisations: list[str]) -> None:
    claims = pipeline(text).claims
    assert [o.name for o in claims[0].organisations] == organisations


@pytest.mark.parametrize(
    ("text", "expected"),
    [("Sur sa fiche de paie : 12,00 €/h brut, plus un panier repas de 6,50 €/jour.", [12.0, 6.5]),
     # parts of pay added up, not a change
     ("Ils gagnent 1 500 € par mois + 200 € de primes.", [1500.0, 200.0])],
)
def test_linking_reads_a_meal_allowance_and_a_sum_of_parts_as_pay(pipeline, text: str, expected: list) -> None:
    """A meal allowance ("panier repas", "prime de panier") is pay, not the shopping basket of the cost of
    living; a sign with a space adds a part of pay, it is no change."""
    assert [float(c.amount.min) for c in pipeline(text).claims] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [("Le salaire des femmes atteint 1 800 euros par mois, contre 2 100 euros pour les hommes.", [1800.0, 2100.0]),
     ("Le salaire des caissières a augmenté de 40 euros, contre 2 500 euros de salaire pour les directeurs de "
      "magasin.", [2500.0])],
)
def test_linking_reads_a_level_set_against_a_level_or_a_rise_as_pay(pipeline, text: str, expected: list) -> None:
    """A level set against another by "contre" is pay like it, and so is a level named as one against a rise (a
    rise set against a rise is not: `test_linking_takes_no_claim_from_a_difference_a_loss_or_an_increment`)."""
    assert [float(c.amount.min) for c in pipeline(text).claims] == expected


@pytest.mark.parametrize(
    ("text", "organisations"),
    [("À Nairobi, CloudFactory verse à ses annotateurs un salaire mensuel d'environ 25 000 shillings via M-Pesa.",
      ["CloudFactory"]),
     ("Les annotateurs de la société LabelPinas sont payés 550 pesos par jour via GCash.", ["LabelPinas"]),
     ("Taskhive paie ses annotateurs 3 dollars de l'heure, versés sur le portefeuille électronique Zelvo.",
      ["Taskhive"]),
     # a payment service that pays its own staff pays them
     ("PayPal emploie 300 salariés à Dublin, payés 3 500 euros par mois.", ["PayPal"]),
     ("Les salariés de PayPal à Dublin touchent 3 500 euros par mois.", ["PayPal"])],
)
def test_linking_takes_no_payment_service_for_a_payer(pipeline, text: str, organisations: list[str]) -> None:
    """An e-wallet, a transfer service or mobile money carries pay to the workers; it does not pay them."""
    assert [o.name for o in pipeline(text).claims[0].organisations] == organisations


@pytest.mark.parametrize(
    "text",
    ["Un ingénieur débutant est embauché autour de 36 k€ par an, selon le cabinet de recrutement Talentis.",
     "D'après le cabinet Korvel, un chef de projet gagne 4 200 euros par mois.",
     # words between the participle and its agent
     "Selon une enquête publiée en février par le Centre Meridian, les ouvrières gagnent 7,4 millions de dongs par "
     "mois."],
)
def test_linking_takes_no_source_of_a_figure_for_its_payer(pipeline, text: str) -> None:
    """"Selon le cabinet X" names who counted, not who pays: the rules do not take X (the organisation model may
    still weigh it, so the rules' own choice is read in the provenance)."""
    claim = pipeline(text).claims[0]
    assert claim.organisations == () and "organisations:none" in claim.provenance


@pytest.mark.parametrize(
    "text,place,role",
    [("Les travailleurs kényans étaient payés 2 dollars de l'heure.", "Kenya", "travailleurs kényans"),
     ("Ils paient 17 $ de l'heure pour les résidents de Catalogne et 25 $ pour les candidats aux États-Unis.",
      "Catalogne", None),
     ("À Lyon, les livreurs touchent 4 euros par course.", "Lyon", "livreurs"),
     # a language is no place; the role is the head noun with its complement (golden/README.md, ROLE)
     ("Les écrivains en catalan touchent 17 $ de l'heure.", None, "écrivains en catalan"),
     # A demonym says where workers come from; the clause says where they work, in another country.
     ("Les employées de maison kényanes à Riyad touchent 1.200 riyals par mois.", "Riyad",
      "employées de maison kényanes"),
     ("Les travailleurs kényans de Sama à Nairobi touchent 2 dollars de l'heure.", "Kenya", "travailleurs kényans"),
     # or where the sentence opens by saying where it is (golden/README.md, migrant workers), in another country
     ("Au Liban, les travailleuses domestiques éthiopiennes gagnent 200 dollars par mois.", "Liban",
      "travailleuses domestiques éthiopiennes"),
     ("Au Kenya, les annotateurs kényans gagnent 2 dollars de l'heure.", "Kenya", "annotateurs kényans"),
     # inclusive writing: the feminine and plural endings belong to the role and its demonym
     ("Les livreur·ses indépendant·es de Deliveroo touchent 4,50 euros par course.", None,
      "livreur·ses indépendant·es"),
     ("Les ouvrier·es marocain·es touchent 80 euros par jour.", "Maroc", "ouvrier·es marocain·es"),
     ("Les annotateur.ice.s de Sama sont payé.e.s 2 dollars de l'heure.", None, "annotateur.ice.s"),
     ("Les enseignant-es contractuel-les touchent 1 700 euros par mois.", None, "enseignant-es contractuel-les"),
     ("Les modérateur·ices de contenu kényan·es de Sama gagnent 1,50 dollar de l'heure.", "Kenya",
      "modérateur·ices de contenu kényan·es"),
     # a sentence that lost its space after the full stop, an address: no ending
     ("Chez Glovo, on verse 3 euros par course à ses livreurs.Les syndicats protestent.", None, "livreurs"),
     ("Les livreurs peuvent écrire à contact@livreurs.se ; ils touchent 3 euros par course.", None, "livreurs")],
)
def test_linking_finds_place_and_role(pipeline, text: str, place: str | None, role: str | None) -> None:
    claim = pipeline(text).claims[0]
    assert (claim.place.name if claim.place else None) == place
    if role is not None:
        assert claim.role is not None and claim.role.text == role


@pytest.mark.parametrize(
    "text,currency,place",
    [("À Calgary, les livreurs touchent 18 dollars de l'heure.", "CAD", "Calgary"),
     ("À Korhogo, une couturière gagne 75 000 francs CFA par mois.", "XOF", "Korhogo"),
     ("À Garoua, une couturière gagne 75 000 francs CFA par mois.", "XAF", "Garoua"),
     # a company's seat gives dinars their country when the story names no other place; it places no workers
     ("Chez PixelMill, plateforme basée à Tunis, chaque image segmentée est payée 0,12 dinar.", "TND", None),
     ("Chez PixelMill, plateforme basée à Tunis, les annotateurs algériens sont payés 900 dinars par mois.", "DZD",
      "Algérie")],
)
def test_linking_resolves_a_currency_from_a_city_the_tables_do_not_know(pipeline, text: str, currency: str,
                                                                         place: str) -> None:
    claim = pipeline(text).claims[0]
    assert (claim.amount.currency, claim.place.name if claim.place else None) == (currency, place)


@pytest.mark.parametrize(
    "text,currency,country",
    [("En Saskatchewan, les livreurs touchent 18 dollars de l'heure.", "CAD", "CA"),
     ("Au Queensland, les cueilleurs touchent 30 dollars de l'heure.", "AUD", "AU"),
     ("Dans le Tamil Nadu, les tisserands gagnent 9 000 roupies par mois.", "INR", "IN"),
     # a subdivision's name that is a common word gives no country: "Sud" is also a department of Haiti
     ("Dans le Sud, les cueilleurs touchent 30 dollars de l'heure.", "USD", None)],
)
def test_linking_knows_the_country_of_a_region_the_tables_do_not_know(pipeline, text: str, currency: str,
                                                                       country: str | None) -> None:
    """A province, a state or a department (ISO 3166-2, pycountry) gives its country, and so its dollar."""
    claim = pipeline(text).claims[0]
    assert (claim.amount.currency, claim.place.country if claim.place else None) == (currency, country)


@pytest.mark.parametrize(
    "name,country",
    [("Alpes françaises", "FR"), ("Amazonie brésilienne", "BR"), ("Bretagne-Sud", "FR"),
     ("Europe de l'Est", None), ("Lac-Vassal", None), ("Metro Manila", None)],
)
def test_a_compound_place_name_has_the_country_of_its_table_place_or_of_its_demonym(name: str,
                                                                                  country: str | None) -> None:
    """ "Alpes françaises" is in France; a town GeoNames knows does not open a name ("Lac" is Laç, Albania;
    "Metro" a town of Indonesia), nor a region over several countries."""
    assert places.found_place_country(name) == country


@pytest.mark.parametrize(
    "text,place,country",
    [("À Loudéac, les abatteurs touchent 12 euros de l'heure.", "Loudéac", "FR"),
     ("À Patong, les masseuses gagnent 9 000 bahts par mois.", "Patong", "TH")],
)
def test_linking_knows_the_country_of_a_small_town_found_as_a_place(pipeline, text: str, place: str,
                                                                    country: str) -> None:
    """A town of fewer than 15,000 people the NER finds as a place has its country (GeoNames, 5,000 and more)."""
    claim = pipeline(text).claims[0]
    assert claim.place is not None and (claim.place.name, claim.place.country) == (place, country)


def test_a_small_town_does_not_choose_an_ambiguous_currency() -> None:
    """"Aziz" is a town of Algeria in GeoNames and a first name in the press: a NER that reads it as a place
    would make every "dinar" of a Tunisian story Algerian. A town places workers; only cities, regions, countries
    and demonyms choose a currency."""
    town = Mention("LOC", 0, 4, "Aziz", None, "ner:LOC")
    city = Mention("LOC", 10, 14, "Sfax", None, "ner:LOC")
    assert places.mention_country(town) == "DZ"
    assert places.countries_in("Aziz, de Sfax", [town]) == []
    assert places.countries_in("Aziz, de Sfax", [town, city]) == ["TN"]


@pytest.mark.parametrize(
    "text,place",
    [("Au Caire, les annotatrices gagnent 4 000 livres égyptiennes par mois.", "Le Caire"),
     ("Dans la région de Chtouka-Aït Baha, les ouvrières touchent 80 dirhams par jour.", "Chtouka-Aït Baha"),
     ("Selon l'État libanais, les enseignants touchent 18 millions de livres par mois.", None),
     ("RIO DE JANEIRO – Dans la zone sud de Rio, les livreurs touchent 7 réais par commande.", "Rio de Janeiro"),
     ("SYDNEY (AFP) - L'Australie a fixé mardi des normes minimales. Les livreurs toucheront au moins 31,30 "
      "dollars australiens de l'heure.", "Australie"),
     ("À Bogota, les modératrices touchent 2 millions de pesos par mois.", "Bogotá"),
     ("Les salariés de Iași touchent 4 050 lei par mois.", "Iași"),
     ("Les livreurs du microtravail gagnent 3 euros par course.", None),
     # demonyms of every country, not only the usual ones
     ("Les ouvrières équatoriennes touchent 460 dollars par mois.", "Équateur"),
     ("Les chauffeurs ouzbeks gagnent 4 500 złotys par mois.", "Ouzbékistan"),
     # a short form in capitals that is a city, not an airport's code
     ("À NYC, les livreurs touchent désormais au moins 19,56 dollars de l'heure.", "New York"),
     ("Au pays de Galles, les aides-soignantes gagnent 596 livres par semaine.", "Pays de Galles")],
)
def test_linking_names_a_place_as_a_reader_looks_it_up(pipeline, text: str, place: str | None) -> None:
    """The article "au" holds, the name without its place noun, a dateline in capitals or a short form named in
    full before, accents a page left out, and no place from an institution or a noun; a dateline is where the
    reporter files from, not where the workers of a national story are."""
    claim = pipeline(text).claims[0]
    assert (claim.place.name if claim.place else None) == place


@pytest.mark.parametrize(
    "lead,place",
    [("Dans la zone franche de Katunayake, les ouvrières assemblent des polos.", "Katunayake"),
     ("Les ouvrières assemblent des polos pour l'export.", "Sri Lanka"),
     ("À Londres, une enseigne achète ces polos.", "Sri Lanka")],
)
def test_linking_takes_the_first_city_of_the_country_an_article_is_about(pipeline, lead: str, place: str) -> None:
    """Far from any place, a claim is where the article is: the first place it names, or the first city of that
    country (not a city of another country)."""
    text = ("Sri Lanka : la colère des couturières\n\n" + lead + "\n\n"
            "Elles travaillent six jours sur sept. Les heures supplémentaires sont fréquentes. Le soir, elles "
            "rentrent épuisées.\n\nLeur salaire de base atteint 27 000 roupies par mois.")
    claim = pipeline(text).claims[0]
    assert claim.place is not None and claim.place.name == place


@pytest.mark.parametrize(
    "text",
    ["« Si je gagnais 100 dollars par jour, je serais rentré depuis longtemps », plaisante-t-il.",
     "S'ils touchaient 2 000 euros par mois, ils resteraient.",
     "Beaucoup de conducteurs reversent chaque semaine quelque 7 000 shillings au propriétaire du véhicule.",
     "Uber a abaissé sa course minimale à 30 livres égyptiennes.",
     "Entre ce qu'il demande et ce que propose la direction, l'écart reste de 700 000 dongs.",
     "Chauffeur VTC à Genève, j'ai gagné un contrat de travail et perdu 1'500 francs par mois",
     "On me répondra que nos salaires ont été augmentés de 50 centimes de l'heure en janvier.",
     "L'accord signé en 2024 leur a ajouté 200 euros par mois.",
     "Leur taux horaire n'est que de quarante centimes de mieux que le minimum légal.",
     "Le salaire d'embauche des caissières ne dépasse que de 20 euros le salaire minimum.",
     # the present and the future of a verb of increment
     "Le plancher des employées de maison progresse de 110 dollars hongkongais.",
     "Leur salaire augmentera de 45 euros au 1er janvier.",
     # a withdrawal threshold, a household's standard of living, back pay a court orders
     "Sur Ysense, il a fallu cinq semaines à Haruna, micro-travailleur à Kano, pour franchir le seuil de retrait de "
     "5 dollars.",
     "Le niveau de vie médian des Français a atteint 23 160 euros par an en 2021, d'après l'Insee.",
     "Après sa victoire aux prud'hommes, l'aide à domicile touchera un rappel de salaire de 6 200 euros.",
     # a sign on the figure is a change
     "Ses agents d'entretien viennent d'obtenir +1,20 €/h après trois semaines de grève.",
     # a rise set against another rise
     "En dix ans, le salaire médian des femmes a progressé de 180 euros nets par mois, contre 140 euros pour les "
     "hommes.",
     # an unemployment benefit per day it is paid for
     "Entre deux contrats, France Travail lui verse une allocation d'environ 62 euros par jour indemnisé."],
)
def test_linking_takes_no_claim_from_a_difference_a_loss_or_an_increment(pipeline, text: str) -> None:
    assert pipeline(text).claims == []


def test_linking_reads_a_restatement_after_a_year_as_a_conversion(pipeline) -> None:
    text = "Au Honduras, le salaire minimum est de 11 470 lempiras par mois en 2025, environ 400 euros."
    assert [(c.amount.currency, [m.currency for m in c.converted]) for c in pipeline(text).claims] == [
        ("HNL", ["EUR"])]


def test_linking_reads_a_new_level_of_the_pay_the_sentence_before_named(pipeline) -> None:
    """"Il atteint désormais 7.300 dirhams" takes up the salary of the sentence before: it is pay, though its own
    sentence has no pay word, unit nor workers. The same opening after a rent names no pay."""
    text = "Le salaire minimum des ouvriers du textile était de 7.000 dirhams. Il atteint désormais 7.300 dirhams."
    claims = pipeline(text).claims
    assert [c.amount.text for c in claims] == ["7.000 dirhams", "7.300 dirhams"]
    assert "anaphora:pay" in claims[1].provenance and "anaphora:pay" not in claims[0].provenance
    assert pipeline("Le loyer de la chambre est cher. Il atteint désormais 700 dirhams.").claims == []


@pytest.mark.parametrize(
    "text,expected",
    [("« J'enlève la location, l'essence, et il me reste 10 000 kwanzas par jour », détaille le chauffeur.",
      ["10 000 kwanzas"]),
     # what the worker keeps of the customer's price, and what the platform leaves them
     ("Sur un trajet facturé 40 euros au passager, le chauffeur ne récupère que 26 euros.", ["26 euros"]),
     ("L'application garde 30 %, ce qui laisse au coursier à peine 4 euros par livraison.", ["4 euros"]),
     ("Sur une mission vendue 600 euros, la plateforme ne leur laisse que 420 euros par jour.", ["420 euros"]),
     # a debt the worker owes, or a fee, is no pay
     ("Endettée de 2 500 dollars auprès d'un intermédiaire, Rina, couturière à Dacca, gagne 12 000 takas par mois.",
      ["12 000 takas"]),
     ("Les frais d'inscription réclamés aux livreurs par la société s'élèvent à 150 euros.", [])],
)
def test_linking_reads_what_is_left_after_the_costs_as_pay(pipeline, text: str, expected: list) -> None:
    assert [c.amount.text for c in pipeline(text).claims] == expected


@pytest.mark.parametrize(
    "text,expected",
    [  # a worker, or the speaker, who bills or keeps a sum earns it
     ("Une interprète de conférence facture d'ordinaire 700 euros la journée.", ["700 euros"]),
     ("Les monteurs, souvent indépendants, facturaient 300 euros par jour.", ["300 euros"]),
     ("« L'an passé, j'ai facturé 38 000 euros en tout.", ["38 000 euros"]),
     ("Sur chaque course, le chauffeur garde 1 800 francs CFA.", ["1 800 francs CFA"]),
     ("Sur chaque course, la conductrice encaisse 2 400 francs CFA.", ["2 400 francs CFA"]),
     ("Dans une usine de Dacca, Rahima, 24 ans, encaisse 9 000 takas par mois.", ["9 000 takas"]),
     ("Le soir, je rentre avec 3 000 roupies après dix heures de marché.", ["3 000 roupies"]),
     ("Au total, le chantier lui a rapporté 9 000 euros.", ["9 000 euros"]),
     # the fare of a ride is no pay; what it brings the driver is
     ("À Montréal, le chauffeur affirme qu'une course de 25 $ lui rapporte à peine 14 $.", ["14 $"]),
     ("Une course de dix minutes est payée 3,50 euros au livreur.", ["3,50 euros"]),
     # what a unit of work counts is the worker's task, even when it is sold
     ("Les vendeurs touchent 4 euros par abonnement vendu.", ["4 euros"]),
     ("Les primes sur objectifs sont hors d'atteinte : 500 francs par abonnement vendu.", ["500 francs"]),
     # a company that bills sets a price; a sum billed for a worker, or kept by a platform, is no pay
     ("L'agence Verbalis facture 0,18 euro le mot à ses clients.", []),
     ("Les graphistes, l'agence les facture 60 euros de l'heure.", []),
     ("Une heure de vigile est facturée 26 euros au client.", []),
     ("Le port a encaissé 2 milliards de francs CFA de redevances.", []),
     ("Sur chaque commande livrée, la plateforme conserve une commission de 150 francs.", []),
     # what the workers pay is a cost to them
     ("Les saisonniers doivent souvent payer 500 euros par mois pour une chambre partagée.", []),
     ("Les apprentis paient 150 euros par mois pour leur internat.", []),
     ("Les cueilleurs reçoivent 15,75 $ l'heure, mais paient 30 $ par semaine pour leur logement.", ["15,75 $"]),
     ("Les livreurs que Deliveroo paie 3 euros la course sont en grève.", ["3 euros"]),
     ("D'autres capitaines paient à la journée, autour de 250 $ par jour de mer.", ["250 $"]),
     ("Les entreprises qui embauchent des ingénieures paient 3.000 bolivianos.", ["3.000 bolivianos"]),
     ("L'heure des femmes de ménage se paie 15 dirhams à Rabat.", ["15 dirhams"]),
     # back pay claimed in court, a living minimum
     ("Il réclame 80 000 euros de rappels de salaire à Free Now.", []),
     ("Le minimum vital est de 1 200 francs par mois.", []),
     # a change told by its noun and a verb of level
     ("En Espagne, la hausse atteint 50 euros par mois pour les employés du secteur.", []),
     ("Après la hausse, le salaire atteint 1 500 euros par mois.", ["1 500 euros"]),
     # what is handed to workers, named before the amount, is pay; so is what is left to one
     ("YouTube reverse aux vidéastes 2 euros pour mille vues.", ["2 euros"]),
     ("Une fois déduits l'essence et l'assurance, il ne reste à Samir que 7 euros de l'heure.", ["7 euros"]),
     # a level for the times it holds; no restatement across a semicolon
     ("Les cueilleurs gagnent 300 shillings la journée, parfois 200 les jours de pluie.",
      ["300 shillings", "200"]),
     ("Un trieur payé 13,40 livres de l'heure en touche 20,10 le dimanche.", ["13,40 livres", "20,10"]),
     ("Un enseignant gagnait 2 millions de livres, soit 1 333 dollars ; il touche aujourd'hui l'équivalent de 150 "
      "dollars.", ["2 millions de livres", "150 dollars"])],
)
def test_linking_tells_what_a_worker_earns_from_what_is_billed_sold_or_kept(pipeline, text: str,
                                                                            expected: list) -> None:
    assert [c.amount.text for c in pipeline(text).claims] == expected


@pytest.mark.parametrize(
    "text,expected",
    [("Chez Kapstone, la famille paie 32 euros de l'heure ; l'étudiant, lui, touche 15,20 euros brut.",
      ["15,20 euros"]),
     # billed per worker and per hour: a price; per worker alone: a bonus each one gets
     ("Le superviseur nous a dit que le contrat était à 9 dollars de l'heure par modérateur.", []),
     ("Une prime de 500 euros par salarié a été versée en décembre.", ["500 euros"]),
     ("Les familles françaises, elles, paient 24 euros pour le même cours.", []),
     ("Mais les voyageurs qui paient leur carte 2,10 euros ne sont pas nos adversaires.", []),
     ("Depuis le 1er mars, alors que le client continue de payer 29,90 euros de l'heure, la rémunération des "
      "intervenantes est passée de 14,50 à 12,80 euros de l'heure.", ["14,50", "12,80 euros"]),
     # A customer who pays a person, or pays workers, pays a wage.
     ("Elle donne des cours que des parents d'élèves lui paient 2 500 dinars de l'heure.", ["2 500 dinars"]),
     ("Les familles paient leur aide à domicile 12 euros de l'heure.", ["12 euros"])],
)
def test_linking_what_a_customer_pays_is_a_price(pipeline, text: str, expected: list) -> None:
    assert [c.amount.text for c in pipeline(text).claims] == expected


@pytest.mark.parametrize(
    "text,expected",
    [# the workers a fine is counted by do not make its amounts pay
     ("L'amende administrative peut atteindre 4 000 euros par salarié détaché, et 8 000 euros en cas de récidive, "
      "dans la limite de 500 000 euros.", []),
     ("Les analystes rappellent qu'un baril durablement sous les 65 dollars pèserait sur les programmes.", []),
     # an increment with an elided "de"
     ("Elle se traduirait par une hausse d'environ 85 euros brut par mois pour une infirmière.", []),
     # a loss is told with "en moyenne" as well
     ("Selon l'inspection, chaque salarié aurait ainsi perdu en moyenne 9 000 couronnes sur sa mission.", []),
     ("Le litre d'huile dépasse 400 shillings, le kilo de sucre 200 shillings.", []),
     ("Le cours du cobalt, lui, est tombé autour de 24.000 dollars la tonne.", []),
     ("Les analystes ont abaissé leur objectif de cours de 29 à 26 euros.", []),
     ("La société a d'ores et déjà provisionné 600 millions de soms dans ses comptes.", []),
     ("Les électriciens sont payés 180 couronnes de l'heure.", ["180 couronnes"])],
)
def test_linking_reads_no_pay_in_fines_prices_and_losses(pipeline, text: str, expected: list) -> None:
    assert [c.amount.text for c in pipeline(text).claims] == expected


@pytest.mark.parametrize(
    "text,expected",
    [("Les livreurs sont payés 12 euros de l'heure. Les plus rapides touchent 15 euros.",
      [("12 euros", "hour"), ("15 euros", "hour")]),
     # A month's pay is not paid per order: a period carries only to a figure of the same order.
     ("Les livreurs sont payés 3 euros par commande. En mars, Amina a touché 1 400 euros.",
      [("3 euros", "task"), ("1 400 euros", None)]),
     # the two levels of one change are claims, whatever follows the second
     ("Son salaire de base, lui, avait été ramené de 780 à 720 dollars par mois lors du rachat du navire.",
      [("780", "month"), ("720 dollars", "month")]),
     # "en deux ans" after a change says how long it took, not that the pay is for two years
     ("Elle gagne 22 000 pesos par mois. Son salaire est passé de 18 500 à 22 000 pesos en deux ans.",
      [("22 000 pesos", "month"), ("18 500", "month")]),
     # "par musicien et par concert": per concert
     ("La fédération recommande un cachet de 250 euros brut par musicien et par concert.", [("250 euros", "task")]),
     # a share of each person states no period and takes none
     ("Les marins étaient payés 1 150 dollars par mois. Depuis, ils n'ont reçu que deux virements de 300 dollars "
      "par marin.", [("1 150 dollars", "month"), ("300 dollars", None)]),
     # pay that includes its bonuses is no bonus: the period carries to the next figure
     ("Une infirmière touche 2 040 euros nets par mois, primes comprises, et une aide-soignante environ 1 760 euros.",
      [("2 040 euros", "month"), ("1 760 euros", "month")]),
     ("Il débute à 1 780 euros net par mois, prime de feu comprise, et un caporal-chef peut prétendre à près de "
      "2 600 euros.", [("1 780 euros", "month"), ("2 600 euros", "month")])],
)
def test_linking_carries_a_period_to_the_next_figure_of_the_same_order(pipeline, text: str, expected: list) -> None:
    assert [(c.amount.text, c.period) for c in pipeline(text).claims] == expected


@pytest.mark.parametrize(
    "text,expected",
    [("En cause : la paie de son président et chef de la direction, qui a bondi à 11,8 M$ pour l'exercice 2025.",
      [("11,8 M$", "year")]),
     ("Le PDG du chimiste a touché 9,4 millions d'euros, selon le document de référence.",
      [("9,4 millions d'euros", "year")]),
     ("La directrice générale a perçu une rémunération de 4,1 millions de dollars, contre 3,2 millions en 2023.",
      [("4,1 millions de dollars", "year"), ("3,2 millions", "year")]),
     # A bonus keeps no unit it does not state; "président" alone is no company's chief.
     ("La directrice générale a reçu une prime exceptionnelle de 1,5 million d'euros.",
      [("1,5 million d'euros", None)]),
     # so does a payment on leaving, on taking up the post, or a grant of shares
     ("L'ex-PDG du groupe a obtenu une indemnité de départ de 2,3 millions d'euros.", [("2,3 millions d'euros", None)]),
     ("Le directeur général s'est vu attribuer un parachute doré de 800 000 euros.", [("800 000 euros", None)]),
     ("Le PDG a reçu 30 000 actions gratuites, valorisées 1,4 million d'euros.", [("1,4 million d'euros", None)]),
     ("Le président de la région a débloqué 2 millions d'euros pour payer les saisonniers.", []),
     ("Le directeur financier chiffre le coût de la mesure à 40 millions d'euros.", [])],
)
def test_linking_reads_executive_pay_in_millions_as_pay_for_a_year(pipeline, text: str, expected: list) -> None:
    """Annual reports tell a chief executive's pay by the year and in millions: a pay word in the amount's clause
    and an executive's title in its sentence outweigh the size of the amount."""
    assert [(c.amount.text, c.period) for c in pipeline(text).claims] == expected


@pytest.mark.parametrize(
    "text,period",
    [("Exprimé à l'heure, le minimum d'un salarié non qualifié s'établit désormais à 15,63 euros.", "hour"),
     ("Rapporté au temps passé, son salaire représente à peine 12,30 dollars.", "hour"),
     ("Pour chaque colis livré, il touche 2 euros.", "task"),
     ("Le salaire minimum moyen, calculé selon le nombre de salariés de chaque préfecture, atteindra 1 121 yens.",
      None),
     # a pay noun after "le" is no unit of work
     ("La Commission a fixé jeudi à 10 320 wons (6,45 euros) le plancher horaire légal.", None),
     # a unit of time that opens the sentence
     ("« Sur un mois, je gagne entre 600 000 et 900 000 roupies.", "month"),
     ("Certains mois, avec la prime, elle touche 1.650 euros.", "month"),
     # a rate of a unit named before the amount
     ("Chez Acholi Data Works, le tarif de l'image simple est passé de 150 shillings à 120 shillings.", "task")],
)
def test_linking_reads_a_rate_restated_per_unit_and_each_unit_before_a_comma(rules_period_pipeline, text: str,
                                                                           period: str | None) -> None:
    assert rules_period_pipeline(text).claims[-1].period == period


def test_linking_gives_every_item_of_a_list_the_pay_noun_before_it(rules_period_pipeline) -> None:
    """"des primes hebdomadaires de 2 000, 3 500 et 5 000 shillings": the period word before the list is each
    item's, not only the first's."""
    claims = rules_period_pipeline("Le loueur verse des primes hebdomadaires de 2 000, 3 500 et 5 000 shillings "
                                   "aux livreurs.").claims
    assert [(c.amount.min, c.period) for c in claims] == [(2000, "week"), (3500, "week"), (5000, "week")]


@pytest.mark.parametrize(
    "text,period",
    [("La plateforme a revu sa grille : le kilomètre, payé 150 francs CFA au conducteur, a baissé.", "task"),
     ("À Parakou, le kilomètre est payé 100 francs CFA au conducteur.", "task"),
     ("Sur le domaine, la journée de vendange est payée 95 euros.", "day"),
     ("L'heure de cours est rémunérée 42 euros brut.", "hour"),
     ("Le mois dernier, elle a été payée 1 200 euros.", None),  # when, not per what
     # A plural unit in the passive: each unit is paid the amount; in the active, the units together bring it.
     ("Au chantier, les heures en plus sont payées 17,50 euros.", "hour"),
     ("Les journées de récolte y sont rémunérées 40 euros.", "day"),
     ("Les heures supplémentaires ont rapporté 300 euros à chaque ouvrier.", None),
     ("Le kilomètre parcouru coûte au chauffeur 12 centimes d'essence ; le chauffeur est payé 2 euros.", None)],
)
def test_linking_reads_the_unit_a_pay_verb_has_as_subject(rules_period_pipeline, text: str,
                                                          period: str | None) -> None:
    """ "le kilomètre, payé 150 francs CFA": the unit phrase is what the amount pays for."""
    claim = rules_period_pipeline(text).claims[-1]
    assert claim.period == period


@pytest.mark.parametrize(
    "text,period",
    [("Sur l'application, chaque phrase lue et acceptée rapporte 12 roupies.", "task"),
     ("Les phrases longues sont payées 20 roupies pièce.", "task"),
     ("Ces séances sont rémunérées au forfait : 1 500 roupies la séance de quarante-cinq minutes.", "task"),
     ("Les coupeurs sont payés au rendement : 28 ringgits la tonne de régimes.", "task"),
     ("Chaque semaine, les cueilleuses touchent 9 000 shillings.", "week"),
     pytest.param("Chaque livreur touche 3 euros.", None, marks=pytest.mark.xfail(strict=True,
         reason="known miss: the rules give no period (a person is no unit of work), but the period model retrained "
                "in stop 43 adds task at 0.51, just over the 0.5 it needs")),
     ("Chaque livreur touche 300 euros.", None),
     ("Chaque nouvelle recrue reçoit une prime de bienvenue de 50.000 shillings.", None),
     ("Au-delà de 120 kilos, chaque kilo supplémentaire est payé selon le calibre : 15 centimes.", "task"),
     # an hour of recorded material is a unit of output, as a minute of it is
     ("Les transcripteurs y sont payés 180 roupies par heure d'audio traitée.", "task"),
     ("Les correcteurs sont payés à l'heure d'audio corrigée, de 120 à 160 pesos selon le son.", "task"),
     ("Les transcripteurs y sont payés 180 roupies par heure de travail.", "hour"),
     # a practitioner's act is a unit of work, after "pour un(e)" too
     ("Une sage-femme libérale touche 313 euros pour un accouchement à domicile.", "task"),
     ("Un psychiatre de l'hôpital touche 80 euros pour une séance de groupe.", "task"),
     # not a childcare allowance, nor a total of gardes
     ("La société Yoopies verse à ses baby-sitters une prime de garde d'enfants de 100 euros à la rentrée.", None),
     ("Pour Paul, interne à Rennes, les primes de garde représentent environ 600 euros supplémentaires, qui "
      "s'ajoutent à un salaire de 1 900 euros par mois.", "month"),
     # an hour spent somewhere is an hour; "passée" alone says when
     ("Les monteurs touchent une prime de hauteur de 3,50 euros par heure passée dans la nacelle.", "hour"),
     ("Il gagnait 3 000 euros la saison passée, à Lyon.", None),
     # "chacun" after units of work counts them; after people, it shares an amount out
     ("Elle perçoit 19 823 euros par an, auxquels s'ajoutent les gardes, rémunérées 150 euros chacune.", "task"),
     ("Les trois caissières ont touché une prime de 500 euros chacune.", None),
     ("Les deux gardes d'enfants qu'elle assure lui rapportent 600 euros chacune par mois.", "month"),
     # "son" is no recording; back pay before a level leaves the level alone
     ("Il est payé 11 euros brut par heure de son contrat.", "hour"),
     ("Depuis le rappel de salaire obtenu en justice, le vigile est payé 12 euros de l'heure.", "hour")],
)
def test_linking_reads_a_unit_of_work_after_an_article_or_after_chaque(pipeline, text: str, period: str | None
                                                                       ) -> None:
    """A unit of work after "le"/"la" or "chaque" is pay per task; a person is not one (nor an ordinal: "50'040
    francs la troisième", in the phenomena cases)."""
    claim = pipeline(text).claims[-1]
    assert claim.period == period


def test_linking_tells_the_drivers_share_from_the_fare(pipeline) -> None:
    claims = pipeline("Sur les 30 shillings le kilomètre que paie le passager, la plateforme prend 20 % et il ne me "
                      "reste que 24 shillings.").claims
    assert [(c.amount.text, c.kind, c.qualifier) for c in claims] == [("24 shillings", "paid", "only")]


@pytest.mark.parametrize(
    "text,claims",
    [  # costs borne by the worker: a sum kept back, deducted, spent, or lodging
     ("Le caporal retient 10 dirhams par jour sur chaque paie pour le transport.", []),
     ("Un colis déclaré perdu, c'est 30 euros déduits de la paie du livreur.", []),
     ("Le livreur débourse 950 euros par mois pour une chambre partagée.", []),
     ("Dans ses résidences, le tarif d'hébergement dépasse 3 400 euros par mois, à la charge des familles.", []),
     # but a net pay "une fois tout déduit" is pay
     ("La paie tombait à 9 ou 10 euros de l'heure une fois tout déduit.", [("9 ou 10 euros", "hour")]),
     # a price the buyer pays, damages, a public subsidy to companies
     ("L'exportateur achète la fraise autour de 1,10 euro le kilo, avant de la revendre 2,99 euros.", []),
     ("Les coursiers recevront entre 2 000 et 8 000 euros chacun au titre du préjudice moral.", []),
     ("L'État versera aux PME une subvention de 22.000 pesos par salarié payé au minimum.", []),
     # a hiring subsidy paid to employers, a loan; not the pay the subsidy helps with
     ("France Travail verse une aide à l'embauche de 4 000 euros aux PME qui recrutent.", []),
     ("Son employeur lui a accordé un prêt de 3 000 riyals pour payer la caution.", []),
     ("Grâce à l'aide à l'embauche, l'entreprise paie ses apprentis 800 euros par mois.", [("800 euros", "month")]),
     ("L'abonné paie 6,99 euros par mois, et le livreur touche 12,10 euros brut de l'heure.",
      [("12,10 euros", "hour")]),
     # what the customer pays, money a worker sends home, back pay claimed in court
     ("Pour une course jusqu'à l'aéroport, le client paie 70 dirhams sur l'application.", []),
     ("Les clients qui paient 240 euros la nuit ignorent ce que gagnent les femmes de chambre.", []),
     ("Chaque mois, il envoie 150 euros à sa femme restée au pays.", []),
     ("L'entreprise peut être tenue de régler les arriérés de salaire, chiffrés à 212.000 euros.", [])],
)
def test_linking_takes_no_pay_from_costs_prices_and_damages(pipeline, text: str, claims: list) -> None:
    assert [(c.amount.text, c.period) for c in pipeline(text).claims] == claims


@pytest.mark.parametrize(
    "text,period",
    [("Avec les heures sup', j'arrive à près de 2 100 euros net certains mois.", "month"),
     ("Chez TransDauphiné, les livreurs sont payés à la journée : 95 ou 100 euros selon la tournée.", "day"),
     ("L'annonce parlait de « jusqu'à 2600 euros » mensuels avec les primes.", "month"),
     ("La majoration, une cinquantaine d'euros par dimanche travaillé, ne compense rien.", "day"),
     # "pour chaque" and a day, an evening or a day of the week: a day, not a unit of work
     ("Ils touchent un supplément de vingt-cinq euros pour chaque dimanche travaillé.", "day"),
     ("Les conducteurs touchent une indemnité de 18,50 euros pour chaque journée de service fractionné.", "day"),
     ("Un serveur nous a dit toucher entre 20 et 40 euros par soir en juillet.", "day"),
     # pay for a span of several units of time keeps no period, and none is carried to it
     ("Ils touchent 12 euros de l'heure. Plusieurs n'ont touché que 150 euros pour dix jours de travail.", None),
     ("Le recruteur leur promettait 1.600 leva pour les trois semaines de la saison.", None),
     ("Il gagne un euro toutes les trois heures.", None),
     # a unit stated before the amount still holds
     ("La convention fixe le salaire journalier à 46,72 euros pour six heures et demie de travail.", "day"),
     # the hours of a working month, or of a full-time week, say a month's pay
     ("Son bulletin d'avril affiche 2 310 euros brut pour 176 heures.", "month"),
     ("Au total, le soudeur touche autour de 2 150 euros brut, pour 35 heures.", "month"),
     ("« À la fin, il me reste 1 900 euros, pour 55 heures par semaine », dit le chauffeur.", "month"),
     ("L'ouvrier gagne 1 381 euros pour quarante heures hebdomadaires.", "month"),
     # unless a unit before the amount says the span those hours make
     ("Le salaire minimum hebdomadaire atteint 915,90 dollars australiens pour 38 heures.", "week"),
     # the same hours before the amount, even when nothing else says pay
     ("« Je fais 60 heures par semaine pour 1 100 euros », explique le livreur.", "month"),
     ("Elle travaille 35 heures pour un salaire de 1 450 euros.", "month"),
     # other spans of hours are pay for several units
     ("Le fixeur touche 100 dollars pour douze heures de travail.", None),
     ("La vacataire attend 2 088 euros brut pour 48 heures de cours.", None)],
)
def test_linking_reads_the_period_around_quotes_colons_and_spans(pipeline, text: str, period: str | None) -> None:
    assert pipeline(text).claims[-1].period == period


@pytest.mark.parametrize(
    "text,period",
    [("Les ouvrières reçoivent une prime d'assiduité de 150 maloti versée chaque mois.", "month"),
     ("Une prime de 300 lei, environ 60 euros, est versée chaque semaine aux agents.", "week"),
     # paid over thirteen months is a month's pay, not pay for a span of thirteen months
     ("Un chef d'équipe perçoit 5'100 francs brut par mois, versés sur treize mois.", "month"),
     ("Une aide ménagère touche 300 euros toutes les semaines.", "week"),
     ("Le cueilleur gagne 25 euros tous les jours de la récolte.", "day"),
     ("Le club lui verse 40 000 euros tous les ans.", "year"),
     ("Les ouvriers sont payés 20 000 euros à l'année.", "year"),
     ("Les syndicats réclament qu'au moins 45 quetzales soient payés par tonne.", "task"),
     # a bound after the amount, as a qualifier before it: "au maximum", "au plus"
     ("La loi plafonne la paie des médecins intérimaires à 1 390 euros bruts au maximum par garde.", "task"),
     ("Un surveillant touche 14 euros au plus de l'heure.", "hour")],
)
def test_linking_reads_how_often_an_amount_is_paid(rules_period_pipeline, text: str, period: str) -> None:
    """"150 maloti versée chaque mois": the verb of paying may stand between an amount and its unit."""
    assert rules_period_pipeline(text).claims[0].period == period


@pytest.mark.parametrize(
    "text,claims",
    [("La start-up Sada Labs paie ses lecteurs 12 roupies la phrase. Son client verse de son côté 0,35 dollar à "
      "Sada Labs pour chaque enregistrement validé.", [("12 roupies", "task")]),
     ("Il a versé 350 000 roupies népalaises (environ 2 400 euros) à une agence de recrutement de Katmandou.", []),
     ("Le Département verse aux associations 24,10 euros par heure d'intervention.", []),
     # a fee to the owner of the vehicle the worker rents, "au" as well as "à"
     ("À Cotonou, les conducteurs ne possèdent pas leur moto : ils reversent chaque soir 3 000 francs CFA au "
      "propriétaire et gagnent entre 4 000 et 5 000 francs CFA par jour.", [("entre 4 000 et 5 000 francs CFA", "day")]),
     ("Vibely verse 27 euros par heure de modération à son prestataire, quand le modérateur en perçoit un peu "
      "plus de 6 euros brut.", [("6 euros", "hour")]),
     ("Uber verse 3 euros par course à ses chauffeurs.", [("3 euros", "task")]),
     ("La société Meridia paie la société Cobalto entre 11 et 14 dollars de l'heure par agent.", [])],
)
def test_linking_takes_no_pay_from_a_payment_to_an_organisation(pipeline, text: str,
                                                                 claims: list[tuple[str, str]]) -> None:
    """What goes to a company, an agency or an association is a price or a fee; "en perçoit" takes the unit of
    the amount it refers to."""
    assert [(c.amount.text, c.period) for c in pipeline(text).claims] == claims


@pytest.mark.parametrize(
    "text",
    ["Le footballeur gagne 50 millions de dollars par an à l'Inter Miami.",
     "L'attaquant touche 6 millions d'euros brut par mois au Real Madrid.",
     "Le doctorant perçoit 2 100 euros brut par mois à l'université de Lille."],
)
def test_linking_reads_a_workplace_after_what_a_worker_earns(pipeline, text: str) -> None:
    """"Gagne", "touche", "perçoit": the subject earns the amount, and "à" an organisation after it says where,
    not to whom the money goes (as after "verse")."""
    claims = pipeline(text).claims
    assert len(claims) == 1 and "to-organisation" not in claims[0].provenance


def test_linking_pairs_a_client_with_its_subcontractor_only(pipeline) -> None:
    """The client named in one sentence and the subcontractor in the next both pay the moderators; another
    platform of the article does not get the client."""
    claims = pipeline("Les modérateurs trient les vidéos de l'application Klipsy. Klipsy ne les emploie pas "
                      "directement. L'entreprise a confié ce travail à Veridia Services, un prestataire installé à "
                      "Accra. Les modérateurs y touchent 2 400 cedis par mois. Beaucoup complètent leurs revenus "
                      "sur TaskHarbor, une plateforme de micro-tâches, où une tâche rapporte 4 cents.").claims
    assert [[o.name for o in c.organisations] for c in claims] == [["Klipsy", "Veridia Services"], ["TaskHarbor"]]


@pytest.mark.parametrize(
    "text",
    ["La société Brightwave conçoit des modèles vocaux. Brightwave ne recrute pas elle-même ses locuteurs. Elle "
     "passe par Sada Labs, une start-up de Dubaï. Chaque phrase lue rapporte 12 roupies.",
     "Le site appartient à Brightwave, géant allemand de la vente en ligne. Mais ceux qui y travaillent ne sont pas "
     "salariés de Brightwave. Ils sont recrutés par Sada Labs, une agence d'intérim. Ils touchent 31 zlotys de "
     "l'heure.",
     "Brightwave possède l'hôtel depuis 2010. Depuis 2019, tout le nettoyage des étages est confié à une "
     "entreprise de services, Sada Labs. Le travail est dur. Les chambres sont grandes. Chez Sada Labs, les "
     "femmes de chambre touchent 2,10 euros par chambre.",
     "Sada Labs est un prestataire de la start-up américaine Brightwave. Le travail est dur. Les journées sont "
     "longues. Chez Sada Labs, les évaluateurs touchent 120 pesos de l'heure."],
)
def test_linking_pairs_the_partners_of_a_working_relation(pipeline, text: str) -> None:
    """A subcontractor the client "passes through" or trusts the work to, the owner of the site and the agency
    that hires: both pay."""
    assert {o.name for o in pipeline(text).claims[0].organisations} == {"Brightwave", "Sada Labs"}


@pytest.mark.parametrize(
    "text,organisations",
    [("Chaque soir, des milliers de personnes se connectent à Promptwise, une plateforme basée à Austin. La "
      "plateforme Promptwise recrute. Leur travail nourrit les modèles des grands laboratoires : OpenAI, Google "
      "DeepMind ou Meta figurent parmi les clients de Promptwise.\n\nSur les annonces, la promesse est alléchante. "
      "Les rédacteurs touchent 20 dollars de l'heure.", {"Promptwise", "OpenAI", "Google DeepMind", "Meta"}),
     ("Chez Caraïbe Textile SA, dont les ateliers cousent des t-shirts pour les marques américaines Hanesbrands et "
      "Gap, la nouvelle a été accueillie sans enthousiasme. Les ouvrières y gagnent 800 gourdes par jour.",
      {"Caraïbe Textile SA", "Hanesbrands", "Gap"})],
)
def test_linking_reads_lists_of_clients(pipeline, text: str, organisations: set[str]) -> None:
    """Every client of a list ("A, B ou C figurent parmi les clients", "les marques X et Y") goes with the
    platform or the factory they buy from."""
    assert {o.name for o in pipeline(text).claims[0].organisations} == organisations


@pytest.mark.parametrize(
    "text,organisations",
    [("Andriy conduit depuis trois ans pour Baltrans Logistics, un transporteur de Kaunas qui livre des palettes "
      "pour le compte de Hollandia Foods, un distributeur néerlandais. Il gagne 0,24 euro le kilomètre.",
      ["Baltrans Logistics", "Hollandia Foods"]),
     ("Le domaine appartient à Mufindi Highland Estates (MHE), une société tanzanienne. Les cueilleuses y "
      "touchent 150 shillings le kilo.", ["Mufindi Highland Estates"]),
     ("À Luxembourg-Ville, un studio se loue cher. Les caissières y gagnent 2 700 euros par mois.", []),
     # a job noun and "de" that open the sentence are no part of the name; nor is an elided common word
     ("Salarié de Tatra Shuttle, une petite société de transport de Košice, il est payé 0,14 euro du kilomètre.",
      ["Tatra Shuttle"]),
     # a name after the noun of its trade: "l'abattoir Kerval Viandes", "le transporteur Lanteigne"
     ("À l'abattoir Kerval Viandes, les ouvriers touchent 12,31 euros de l'heure.", ["Kerval Viandes"]),
     ("Le transporteur Lanteigne paie ses camionneurs 0,62 $ du kilomètre.", ["Lanteigne"]),
     ("Le piquet a tenu. D'ordinaire, la chaîne traite 9 000 porcs ; les ouvriers y gagnent 1 900 euros par mois.",
      []),
     # a name in apposition after its noun: "une plateforme américaine, Labelwise, qui..."
     ("Elle étiquette des images pour une plateforme américaine, Labelwise, qui lui verse 4 dollars de l'heure.",
      ["Labelwise"]),
     ("La saisie est confiée à un sous-traitant de Madurai, Vaigai Infotech, qui rémunère ses annotateurs 18 000 "
      "roupies par mois.", ["Vaigai Infotech"]),
     # but not the subject after a phrase that opens the sentence, nor a person with an age
     ("Dans une usine de Gazipur, Rahima, qui coud des polos, gagne 12 500 takas par mois.", []),
     ("Il a trouvé une entreprise de Tanger, Youssef, 31 ans, y gagne 3 000 dirhams par mois.", []),
     # the noun may open the sentence; a name may be "one of" the nouns of its trade
     ("Une coopérative du Brandebourg, Havelland Frisch, verse 300 euros à chaque saisonnier.", ["Havelland Frisch"]),
     ("Un document interne de Raterly, l'un des leaders du secteur, fixe le tarif à 4 dollars de l'heure.",
      ["Raterly"]),
     ("À Zermatt, l'exploitant Gornerlift promet une prime de fidélité de 500 francs.", ["Gornerlift"]),
     ("Une vendeuse à plein temps chez le discounter Prixbas touche 3'500 CHF brut par mois.", ["Prixbas"]),
     # a corporate word of the trade ends a name: "Carpat Handling", "Clairval Propreté"
     ("À Otopeni, Carpat Handling emploie des bagagistes payés 4 300 lei par mois.", ["Carpat Handling"])],
)
def test_linking_finds_names_by_their_corporate_word_or_their_apposition(pipeline, text: str,
                                                                         organisations: list[str]) -> None:
    assert [o.name for o in pipeline(text).claims[0].organisations] == organisations


@pytest.mark.parametrize(
    "text,organisations",
    [  # an acronym the article defines is the organisation it stands for, named in full
     ("Les cueilleuses de thé travaillent pour Kilima Tea Growers (KTG), qui exporte vers Mombasa. Chez KTG, "
      "une cueilleuse touche 150 shillings le kilo.", ["Kilima Tea Growers"]),
     # and one it does not define, that spells the words of a name it writes out once
     ("Ancien ouvrier de la Compagnie des phosphates de Gafsa, il témoigne. J'ai passé trente ans à la CPG. La CPG "
      "faisait travailler 15 000 personnes. Un ouvrier qui entre à la CPG débute autour de 900 dinars par mois.",
      ["Compagnie des phosphates de Gafsa"]),
     # so is a short form of syllables in brackets after its name
     ("Les membres de la Coopérative minière Kasulo-Kanina (Comikka) gagnent en moyenne 180 000 francs congolais "
      "par mois.", ["Coopérative minière Kasulo-Kanina"]),
     # the last or first words of a longer name are that organisation
     ("Ioana en est à sa neuvième saison au Spargelhof Brandt, une exploitation de 240 hectares. Chez Brandt, "
      "les cueilleurs gagnent 12,82 euros de l'heure.", ["Spargelhof Brandt"]),
     ("Les camions déposent les ouvrières devant Golden Loom Garment, une usine de 2 300 salariés. La direction "
      "de Golden Loom dit verser 255 dollars par mois.", ["Golden Loom Garment"]),
     # or its first words past an institution's noun
     ("La Banque Boréale du Canada a publié ses résultats. Une caissière de la Boréale à Trois-Rivières gagne "
      "21,40 $ l'heure.", ["Banque Boréale du Canada"]),
     # but not a name our table knows as an organisation of its own
     ("Amazon Mechanical Turk sert de modèle. Amazon paie ses préparateurs 14 euros de l'heure.", ["Amazon"])],
)
def test_linking_names_an_organisation_in_full(pipeline, text: str, organisations: list[str]) -> None:
    assert [o.name for o in pipeline(text).claims[-1].organisations] == organisations


@pytest.mark.parametrize(
    "text,organisations",
    [  # a name after a sentence-opening locative is the place where the group is
     ("À Verbier, le groupe hôtelier Alpinea a fixé le salaire d'un commis à 4'150 francs par mois.", ["Alpinea"]),
     # "l'hôtel de X" names a place when the article writes X as one elsewhere...
     ("Le Palmier est installé à Saint-Gilles-les-Bains. Les salariés de l'hôtel de Saint-Gilles-les-Bains "
      "touchent 1 823 euros par mois.", []),
     # ... and the owner otherwise
     ("Les ouvrières de l'abattoir de Kerval Viandes touchent 12,31 euros de l'heure.", ["Kerval Viandes"]),
     # a university, a hospital or a clinic is named with its noun
     ("La clinique Sainte-Aldegonde paie ses infirmières 2.300 euros par mois.", ["clinique Sainte-Aldegonde"]),
     ("L'université Harwell verse à ses doctorants 36 500 dollars par an.", ["université Harwell"])],
)
def test_linking_tells_a_place_from_an_organisation_named_by_its_context(pipeline, text: str,
                                                                        organisations: list[str]) -> None:
    assert [o.name for o in pipeline(text).claims[-1].organisations] == organisations


@pytest.mark.parametrize(
    "text",
    ["À Dublin, Deliveroo paie ses livreurs 4 euros par commande. Le syndicat réclame une rémunération minimale "
     "de 15 euros de l'heure pour tous les livreurs du pays.",
     "À Dublin, Deliveroo paie ses livreurs 4 euros par commande. En comparaison, la médiane nationale "
     "s'établit à 21 euros de l'heure."],
)
def test_linking_names_no_payer_for_a_demand_or_a_benchmark(pipeline, text: str) -> None:
    claims = pipeline(text).claims
    assert [o.name for o in claims[0].organisations] == ["Deliveroo"]
    assert claims[-1].organisations == ()


@pytest.mark.parametrize(
    "text",
    [  # a median of the trade, told by a survey, is no pay of the company named before it
     "Rapidito recrute des livreurs à Buenos Aires. Selon une enquête de l'université, le revenu médian des "
     "livreurs argentins atteint 520.000 pesos par mois.",
     # nor is the source of a figure named by its acronym
     "Le salaire médian des cadres s'est établi à 53 000 euros, selon l'enquête annuelle de l'Association pour "
     "l'emploi des cadres (Apec). Cela représente environ 4 420 euros brut par mois."],
)
def test_linking_names_no_payer_for_a_statistic_of_the_trade(pipeline, text: str) -> None:
    claims = pipeline(text).claims
    assert claims and all(c.organisations == () for c in claims)


def test_linking_keeps_the_payer_of_a_median_its_sentence_ties_to_the_company(pipeline) -> None:
    text = ("Textwerk publie son rapport annuel. Les contributeurs qui travaillent pour la plateforme ont touché une "
            "rémunération médiane de 19 800 euros sur l'année.")
    assert [[o.name for o in c.organisations] for c in pipeline(text).claims] == [["Textwerk"]]


@pytest.mark.parametrize(
    "text,names",
    [("la Fair Work Commission (FWC) a fixé", [("Fair Work Commission", "FWC")]),
     ("selon l'Organisation internationale du travail (OIT)", [("Organisation internationale du travail", "OIT")]),
     ("une joueuse de la Women's Super League (WSL) gagne", [("Women's Super League", "WSL")]),
     ("le Salaire minimum interprofessionnel garanti (SMIG) est", []),  # a pay level, not an organisation
     ("Il gagne 3 euros (EUR) de plus", []),
     ("à Nairobi (Kenya)", []),
     # accents, elided articles and hyphenated words give their initials
     ("les Académies régionales d'éducation et de formation (AREF) recrutent",
      [("Académies régionales d'éducation et de formation", "AREF")]),
     ("au Centre hospitalier Saint-Aurèle (CHSA), les infirmières", [("Centre hospitalier Saint-Aurèle", "CHSA")]),
     ("à l'Assistance publique-Hôpitaux de Paris (AP-HP), un interne",
      [("Assistance publique-Hôpitaux de Paris", "AP-HP")]),
     # an institution noun in lower case opens a name when a capital follows it
     ("recruté par le ministère de l'Économie et des Finances (MEF)",
      [("ministère de l'Économie et des Finances", "MEF")]),
     ("au centre hospitalier de Cornouaille (CHC), une infirmière", [("centre hospitalier de Cornouaille", "CHC")]),
     ("Kerlivr, une société coopérative d'intérêt collectif (Scic), verse", []),
     # a function word may give its letter to the acronym, or not
     ("selon l'Association pour l'emploi des cadres (Apec)", [("Association pour l'emploi des cadres", "Apec")]),
     ("a annoncé le Département de l'économie et de l'emploi (DEE)",
      [("Département de l'économie et de l'emploi", "DEE")])],
)
def test_acronym_definitions_pair_a_name_with_its_acronym(text: str, names: list[tuple[str, str]]) -> None:
    from frclaims.organisations import acronym_definitions
    found = acronym_definitions(text)
    assert [(name.text, acronym.text) for name, acronym in found] == names
    for name, acronym in found:
        assert text[name.start:name.end] == name.text and text[acronym.start:acronym.end] == acronym.text
        assert acronym.value == name.text


@pytest.mark.parametrize(
    "text,place",
    [("À Cagayan de Oro, les annotatrices travaillent la nuit. Beaucoup complètent leurs revenus sur TaskHarbor, "
      "une plateforme de micro-tâches installée à San Francisco, où une tâche rapporte 4 cents.", "Cagayan de Oro"),
     ("Des milliers de personnes écrivent pour Promptwise, une plateforme basée à Austin, au Texas. Elles y "
      "gagnent 20 dollars de l'heure.", None),
     # nor where a migrant comes from
     ("Dans l'entrepôt de Poznań, Oksana, arrivée de Lviv en 2022, gagne 28 zlotys de l'heure.", "Poznań"),
     # a benchmark holds for the country: "le salaire médian" of the article's country, not of its first city
     ("Au Nigeria, les chauffeurs de VTC de Lagos sont en grève. En comparaison, la médiane nationale s'établit à "
      "60 000 nairas par mois.", "Nigeria")],
)
def test_linking_takes_no_workers_place_from_a_company_seat(pipeline, text: str, place: str | None) -> None:
    claim = pipeline(text).claims[0]
    assert (claim.place.name if claim.place else None) == place


@pytest.mark.parametrize(
    "text",
    ["Les vigiles des tours de Doha se plaignent. Venus du Kenya, d'Ouganda ou du Népal, ils touchent 1 200 riyals "
     "par mois.",
     "Les vigiles des tours de Doha se plaignent. Originaires pour la plupart du Kenya, ils touchent 1 200 riyals "
     "par mois."],
)
def test_linking_takes_no_place_from_a_list_of_origins(pipeline, text: str) -> None:
    """Every place of a list after "venus de", and a place after "originaires pour la plupart de", is where the
    workers come from: the rules look for where they are in the sentence before (the place model may revisit that
    choice, so the rules' own is read in the provenance)."""
    claim = pipeline(text).claims[0]
    assert claim.place.name == "Doha" and "place:sentence-1" in claim.provenance


@pytest.mark.parametrize(
    "text,kinds",
    [("Le SMIC horaire brut atteint 11,88 euros. Il était fixé à 11,65 euros de l'heure auparavant.",
      ["reference", "reference"]),
     ("Le salaire minimum est de 12 euros de l'heure. Il réclame 15 euros de l'heure.", ["reference", "offered"]),
     pytest.param("Le salaire minimum est de 12 euros de l'heure. Il gagne 15 euros de l'heure.",
                  ["reference", "paid"],
                  marks=pytest.mark.xfail(strict=True, reason="known miss: the kind model overrules the rules' "
                                          "paid at probability 0.49 after a sentence about the legal minimum; it "
                                          "sits at the threshold and flips with a retraining"))],
)
def test_linking_reads_a_pronoun_after_a_legal_minimum_as_that_minimum(pipeline, text: str, kinds: list[str]
                                                                      ) -> None:
    assert [c.kind for c in pipeline(text).claims] == kinds


def test_linking_takes_the_role_an_article_named_paragraphs_before(pipeline) -> None:
    claim = pipeline("Les annotatrices de Cagayan travaillent de nuit.\n\nElles sont épuisées. Le travail est dur. "
                     "La connexion est lente.\n\nUn bon mois, on arrive à 250 dollars.").claims[0]
    assert claim.role is not None and claim.role.text == "annotatrices"


@pytest.mark.parametrize(
    "text",
    ["Au Luxembourg, le minimum d'un salarié non qualifié s'établit désormais à 15,63 euros de l'heure.",
     "Pour les jeunes salariés de 18 à 20 ans, leur plancher passe à dix livres de l'heure.",
     "Au Luxembourg, le salaire social minimum d'un salarié qualifié atteint 3 244,48 euros par mois.",
     # by the name its country gives it
     "Outre-Rhin, le Mindestlohn a été relevé à 12,82 euros brut de l'heure.",
     "À Lisbonne, le salário mínimo nacional est passé à 870 euros par mois.",
     "Au Maroc, le SMAG agricole atteint désormais 93 dirhams par jour."],
)
def test_linking_reads_a_legal_minimum_named_otherwise_as_a_reference(pipeline, text: str) -> None:
    assert [c.kind for c in pipeline(text).claims] == ["reference"]


@pytest.mark.parametrize(
    "text,kinds",
    [("Chez Lusocall, un modérateur débutant signe pour 1 050 euros bruts par mois, versés quatorze fois par an "
      "comme le prévoit la loi.", ["paid"]),
     ("« Le mois dernier, j'ai touché 7 800 yuans, dont une prime de 300 yuans pour n'avoir reçu aucune "
      "réclamation », raconte-t-elle.", ["paid", "paid"]),
     # before the amount, the same words still decide; a complaint is no demand
     ("Le syndicat réclame un salaire de 15 euros de l'heure.", ["offered"]),
     ("Après une réclamation auprès des prud'hommes, elle touche 1 400 euros par mois.", ["paid"]),
     # a promise or an offer told after the amount
     ("Un bonus hebdomadaire de 1.500 roupies est promis à ceux qui bouclent 120 commandes.", ["offered"])],
)
def test_linking_reads_a_kind_word_of_the_sentence_only_where_it_may_stand(pipeline, text: str,
                                                                         kinds: list[str]) -> None:
    assert [c.kind for c in pipeline(text).claims] == kinds


@pytest.mark.parametrize(
    "text,role",
    [("Inka Trek Andes paie ses porteurs 220 soles par trek de quatre jours.", "porteurs"),
     ("Les brancardiers, qui assurent aussi des gardes de nuit, touchent 1 350 000 francs guinéens.", "brancardiers"),
     ("Chez Recyclo, une trieuse gagne 85 000 nairas par mois.", "trieuse"),
     ("Chez bpost, un facteur en début de carrière touche 2 100 euros brut par mois.",
      "facteur en début de carrière"),
     ("Les échafaudeurs intérimaires du chantier sont payés 13,50 euros de l'heure.", "échafaudeurs intérimaires"),
     ("Un correspondant local reçoit 25 000 francs CFA par article publié.", "correspondant local"),
     ("À l'abattoir, les désosseuses touchent 13 euros de l'heure.", "désosseuses"),
     ("Les panélistes sont payés 1,50 franc par questionnaire rempli.", "panélistes"),
     ("Au port, un portiqueur débute à 2 400 euros brut par mois.", "portiqueur"),
     ("Dans cet institut de beauté, une esthéticienne gagne 1 850 euros par mois.", "esthéticienne")],
)
def test_linking_knows_the_job_nouns_of_the_press(pipeline, text: str, role: str) -> None:
    assert [c.role.text if c.role else None for c in pipeline(text).claims] == [role]


@pytest.mark.parametrize("apostrophe", ["'", "’"])
def test_organisations_read_a_worker_head_with_either_apostrophe(apostrophe: str) -> None:
    """"les agents d’accueil d’Orvalis": the worker noun before "de" and a name is read as roles read it."""
    from frclaims.organisations import find_organisations
    text = f"Les agents d{apostrophe}accueil d{apostrophe}Orvalis touchent 1 900 euros."
    assert [(m.text, m.source) for m in find_organisations(text)] == [("Orvalis", "context:worker-of")]


def test_roles_are_not_read_inside_a_name() -> None:
    from frclaims.roles import find_roles
    assert [m.text for m in find_roles("Elle passe par une flotte, Siam Rider Hub, qui lui loue sa moto.")] == []
    assert [m.text for m in find_roles("Le patron l'admet. Livreurs et chauffeurs touchent peu.")] == [
        "patron", "Livreurs", "chauffeurs"]


@pytest.mark.parametrize(
    "text,roles",
    [("Les modérateurs de contenu employés par Majorel touchent peu.", ["modérateurs de contenu"]),
     ("Un maçon employé par une PME gagne 1 150 euros.", ["maçon"]),
     # a noun with its complement, or after a comma: workers of their own
     ("Un apprenti employé de commerce gagne 1 050 francs.", ["apprenti", "employé de commerce"]),
     ("Ouvriers, employés et cadres défilent.", ["Ouvriers", "employés", "cadres"]),
     ("Les employés de Shein touchent peu.", ["employés"]),
     # a participle after an auxiliary or a negation; a noun with its complement still names workers
     ("Ces agents ne sont pas employés par l'aéroport.", ["agents"]),
     ("Ils sont employés par Gulf Green Services.", []),
     ("Ils sont employés de commerce.", ["employés de commerce"]),
     # a participle before its agent, in apposition; after a determiner it is a noun again
     ("Un infirmier, employé par le ministère de la Santé, perçoit 1.380 dinars.", ["infirmier"]),
     ("Employés par Majorel, les modérateurs touchent peu.", ["modérateurs"]),
     ("Il reste un employé par magasin.", ["employé"])],
)
def test_roles_a_participle_after_a_role_is_not_another_role(text: str, roles: list[str]) -> None:
    from frclaims.roles import find_roles
    assert [m.text for m in find_roles(text)] == roles


@pytest.mark.parametrize(
    "text,roles",
    [  # a head after a noun it qualifies is an adjective
     ("Le transport routier recrute des routiers.", ["routiers"]),
     ("Une indemnité journalière de 20 euros est versée aux journaliers.", ["journaliers"]),
     ("La loi rider protège les riders.", ["riders"]),
     # a head that is also a verb names workers after a determiner, an adjective before it ("ancien") or a comma
     ("Un montant que la direction juge insuffisant.", []),
     ("Le juge a condamné la société.", ["juge"]),
     ("Un ancien juge gagne 5 000 euros.", ["juge"]),
     ("Amina, 41 ans, juge au tribunal, gagne 3 000 euros.", ["juge"]),
     ("Il arbitre des matchs le week-end.", []),
     ("Le donneur d'ordre est solidairement responsable des salaires.", []),
     ("Paul, responsable de secteur, touche 2 500 euros.", ["responsable de secteur"]),
     # status nouns that are also adjectives or a gerund name workers after a determiner only
     ("Les internes touchent 1 900 euros, les extras 90 euros la soirée.", ["internes", "extras"]),
     ("Un débutant gagne moins que les permanents.", ["débutant", "permanents"]),
     ("Les enquêtes internes ont duré deux ans, en débutant par les comptes.", []),
     ("Le travail domestique des volontaires n'est pas payé.", ["volontaires"]),
     # "aide-" before a head names the worker's assistant; a head written with it keeps its own entry
     ("Un aide-pêcheur et deux aides-foreurs sénégalais gagnent 40 euros.",
      ["aide-pêcheur", "aides-foreurs sénégalais"]),
     ("Une aide-soignante gagne 1 800 euros.", ["aide-soignante"]),
     ("Le personnel navigant commercial et les docteurs en poste ont signé.",
      ["personnel navigant commercial", "docteurs"]),
     # "opérateur" names a company after "l'" or with a company's complement, a worker otherwise
     ("L'opérateur a fermé son dernier centre d'appels.", []),
     ("Il répond aux abonnés d'un opérateur télécoms.", []),
     ("Un opérateur de production débute à 1 830 euros.", ["opérateur de production"]),
     ("Le salaire des opérateurs est passé à 1 900 euros.", ["opérateurs"])],
)
def test_roles_adjectives_and_verbs_that_look_like_role_heads(text: str, roles: list[str]) -> None:
    from frclaims.roles import find_roles
    assert [m.text for m in find_roles(text)] == roles


@pytest.mark.parametrize(
    "text,roles",
    [("Les conducteurs d'engins et les agents de piste touchent peu.", ["conducteurs d'engins", "agents de piste"]),
     ("Les professeurs de mathématiques débutants gagnent 2 100 euros.", ["professeurs de mathématiques débutants"]),
     # a determiner, a name, a time adverb: a phrase of its own
     ("Les ouvrières d'une usine de confection.", ["ouvrières"]),
     ("Les livreurs de Deliveroo manifestent.", ["livreurs"]),
     ("Il faudra 5 000 soignants d'ici 2030.", ["soignants"]),
     # an ordinal takes its noun
     ("Un médecin de première année touche 7'950 francs.", ["médecin de première année"]),
     ("Les comédiens de second plan touchent peu.", ["comédiens de second plan"]),
     ("Les doctorants de première et de seconde année.", ["doctorants de première"])],
)
def test_roles_take_a_bare_complement_after_de(text: str, roles: list[str]) -> None:
    from frclaims.roles import find_roles
    assert [m.text for m in find_roles(text)] == roles


@pytest.mark.parametrize(
    "text,roles",
    [  # what the person was stays out of the role; an adjective of the job stays in
     ("Un ancien modérateur témoigne.", ["modérateur"]),
     ("Les anciens salariés et les jeunes chercheurs.", ["salariés", "jeunes chercheurs"]),
     # the speciality, the rank, the sector
     ("Les contrôleurs qualité et les salariés directs.", ["contrôleurs qualité", "salariés directs"]),
     ("Les médecins résidents et les instituteurs suppléants.", ["médecins résidents", "instituteurs suppléants"]),
     ("Les salariés de l'hôtellerie et les professeurs du secondaire.",
      ["salariés de l'hôtellerie", "professeurs du secondaire"]),
     ("Les employés de la banque.", ["employés"]),
     ("Un professeur en début de carrière et le président du directoire.",
      ["professeur en début de carrière", "président du directoire"]),
     # a grade takes its mark
     ("Les agents de catégorie C et un ouvrier de niveau II.", ["agents de catégorie C", "ouvrier de niveau II"]),
     ("Un manutentionnaire de niveau 2 touche 1 900 euros.", ["manutentionnaire de niveau 2"]),
     ("Un agent de catégorie Cadre.", ["agent de catégorie"]),
     # demonyms joined by "et" or "ou", in lower case
     ("Les ouvriers roumains et bulgares.", ["ouvriers roumains et bulgares"]),
     ("Des marins philippins ou indiens.", ["marins philippins ou indiens"]),
     ("Les livreurs et Bulgares.", ["livreurs"]),
     # either apostrophe in a head
     ("Les membres d’équipage et la cheffe d’équipe.", ["membres d’équipage", "cheffe d’équipe"]),
     ("Les hôtesses et stewards.", ["hôtesses et stewards"])],
)
def test_roles_span_the_noun_phrase_of_the_job(text: str, roles: list[str]) -> None:
    from frclaims.roles import find_roles
    assert [m.text for m in find_roles(text)] == roles


@pytest.mark.parametrize(
    "text,roles",
    [("Ils notent les réponses d'un assistant conversationnel.", []),
     ("Ces voix entraînent des assistants vocaux et des agents IA.", []),
     ("Les assistants virtuels gagnent 5 dollars de l'heure.", ["assistants virtuels"]),
     # a company or an expert, not workers; the plural names workers
     ("Zipto, spécialiste de la livraison de courses, lève 3 millions.", []),
     ("Elle recrute des spécialistes de la sécurité.", ["spécialistes de la sécurité"])],
)
def test_roles_software_and_companies_named_like_workers(text: str, roles: list[str]) -> None:
    from frclaims.roles import find_roles
    assert [m.text for m in find_roles(text)] == roles


@pytest.mark.parametrize(
    "text,roles",
    [("Les modérateurs russophones touchent moins.", ["modérateurs russophones"]),
     ("Un développeur confirmé gagne plus.", ["développeur confirmé"]),
     ("Les traducteurs confirmés et les livreurs locaux attendent.", ["traducteurs confirmés", "livreurs locaux"]),
     ("Les caissières en CDI ont signé.", ["caissières en CDI"]),
     # an adjective that says something else of them is not part of the role
     ("Les livreurs interrogés se plaignent.", ["livreurs"])],
)
def test_roles_take_an_adjective_of_status_seniority_or_language_after_the_head(text: str, roles: list[str]) -> None:
    from frclaims.roles import find_roles
    assert [m.text for m in find_roles(text)] == roles


@pytest.mark.parametrize(
    "opening",
    ["Net&Clair, mon employeur, a affiché de jolis bénéfices l'an dernier.",
     "Mon employeur, Net&Clair, a affiché de jolis bénéfices l'an dernier."],
)
def test_linking_the_employer_named_once_in_apposition_pays_the_article_s_workers(pipeline, opening: str) -> None:
    """"Net&Clair, mon employeur": named once, as the speaker's employer, it pays what the speaker tells three
    sentences later, as a name the article repeats would."""
    text = (f"Je suis aide-ménagère à Charleroi depuis onze ans. {opening} Les clients, eux, paient toujours "
            "autant. Le secteur vit des subventions régionales. Les trajets ne sont pas comptés. "
            "Aujourd'hui, je touche 14,20 euros brut de l'heure.")
    claim = pipeline(text).claims[-1]
    assert [o.name for o in claim.organisations] == ["Net&Clair"]
    assert "organisations:article-main" in claim.provenance  # the rules name it, not only the model


@pytest.mark.parametrize(
    "text,roles",
    [("Sur les remontées du Valais, un perchiste débutant touche autour de 22 francs de l'heure.",
      ["perchiste débutant"]),
     ("Les administrateurs, eux, touchent en moyenne 100 k€ par an.", ["administrateurs"]),
     ("Un robinetier débutant est payé 12,40 euros brut de l'heure.", ["robinetier débutant"]),
     ("Les intervallistes ne touchent que 350 pesos le plan.", ["intervallistes"]),
     # no figure after the verb: no pay said, no worker read
     ("Les intervallistes touchent à tout.", []),
     # a noun that ends like a job but is a thing, a rank or another party
     ("Le montant est payé 30 euros.", []),
     ("Le premier touche 500 euros.", []),
     ("Le sous-traitant perçoit 5 euros par colis.", []),
     ("L'employeur reçoit 4 000 euros d'aide.", []),
     # a noun that does not end like an agent noun
     ("La grille démarre à 1 858 euros.", []),
     ("Les heures supplémentaires sont payées 14 euros.", []),
     # the complement of a known role is not another one
     ("Les pêcheurs indonésiens des chalutiers de Busan touchaient 1,2 million de wons.",
      ["pêcheurs indonésiens"])],
)
def test_roles_a_job_our_table_does_not_know_is_read_as_the_subject_of_a_pay_verb(text: str,
                                                                                  roles: list[str]) -> None:
    """SPEC section 2, role: the press names trades no table lists ("perchiste", "intervalliste"); a figure earned
    says the subject of its verb is a worker, when that subject is an agent noun."""
    from frclaims.roles import find_pay_subjects, find_roles
    known = find_roles(text)
    assert sorted(m.text for m in known + find_pay_subjects(text, known)) == sorted(roles)


def test_linking_gives_a_claim_the_job_read_as_the_subject_of_its_pay_verb(pipeline) -> None:
    text = ("Les saisonniers des stations sont mieux payés cette année. Sur les remontées, un perchiste débutant "
            "touche autour de 22 francs de l'heure.")
    claim = pipeline(text).claims[-1]
    assert claim.role is not None and text[claim.role.start:claim.role.end] == "perchiste débutant"


def test_linking_takes_the_role_of_the_claims_own_sentence_before_one_of_the_sentence_before(pipeline) -> None:
    text = ("Les livreurs manifestaient aussi lundi. Selon le syndicat, 7 800 dirhams par mois, c'est ce que touchent "
            "les infirmiers débutants.")
    assert [c.role.text if c.role else None for c in pipeline(text).claims] == ["infirmiers débutants"]


def test_linking_takes_a_job_noun_around_a_claim_before_a_work_status(pipeline) -> None:
    text = ("Chinedu est chauffeur pour Uber à Lagos. Comme tous les indépendants de la plateforme, il paie sa "
            "voiture. « Il me reste à peine 20 000 nairas par semaine », dit-il.")
    assert [c.role.text if c.role else None for c in pipeline(text).claims] == ["chauffeur"]


@pytest.mark.parametrize(
    "text,periods",
    [("Le salaire minimum est fixé à 1 130 soles par mois. Quand elle est arrivée à Lima, elle gagnait 600 soles.",
      ["month", "month"]),
     ("Les livreurs touchent 4 euros par course.\n\nCertains soirs, ils gagnent 80 euros.", ["task", None]),
     ("Les livreurs touchent 4 euros par course.\n\nCertains soirs, ils gagnent 5 euros.", ["task", "task"]),
     ("Il touche 1 500 euros par mois et a reçu une prime de 1 000 euros.", ["month", None])],
)
def test_linking_gives_an_amount_the_period_of_its_peers_of_the_same_size(pipeline, text: str,
                                                                          periods: list) -> None:
    """Sizes tell units apart: a bare amount of the size of the article's monthly pay is monthly pay; one twenty
    times a rate per delivery is not per delivery; a bonus keeps no period."""
    assert [c.period for c in pipeline(text).claims] == periods


def test_linking_places_a_legal_minimum_in_its_country(pipeline) -> None:
    """Far from any place, a minimum wage is the country's, even in an article datelined in its capital."""
    claim = pipeline("TOKYO - Les livreurs de Tokyo protestent.\n\nIls sont épuisés. Ils rentrent tard. Ils dorment "
                     "peu.\n\nLe salaire minimum national atteindra 1 055 yens de l'heure.").claims[0]
    assert claim.place is not None and claim.place.name == "Japon"


@pytest.mark.parametrize(
    "sentence,place",
    [("La fédération des livreurs réclame 12 reais par course.", "Brésil"),
     ("Une infirmière d'un hôpital public brésilien touche 4 000 reais par mois.", "Brésil"),
     ("Le salaire de base des livreurs brésiliens atteint 2 000 reais par mois.", "Brésil"),
     ("Les livreurs réclament 12 reais par course.", "São Paulo"),
     ("Un livreur touche 2 000 reais brésiliens par mois.", "São Paulo")],
)
def test_linking_lifts_a_figure_its_sentence_says_is_national_to_the_country(pipeline, sentence: str,
                                                                             place: str) -> None:
    """A city named away from the claim gives way to its country when the claim's sentence says the figure holds
    for the nation (a national body, the country's adjective), but not for a demand alone nor for the adjective
    of a currency."""
    text = ("São Paulo : les livreurs à moto en colère\n\nÀ São Paulo, les motoboys bloquent les avenues. "
            "Ils sont épuisés. Les courses sont longues. Le soir, ils rentrent tard.\n\n" + sentence)
    claim = pipeline(text).claims[0]
    assert claim.place is not None and claim.place.name == place


@pytest.mark.parametrize(
    "text,place,country",
    [("À Poznań, les intérimaires touchent 31 zlotys de l'heure.", "Poznań", "PL"),
     ("Les travailleurs kényans étaient payés 2 dollars de l'heure.", "Kenya", "KE"),
     ("Au Caire, les annotatrices gagnent 4 000 livres égyptiennes par mois.", "Le Caire", "EG")],
)
def test_linking_gives_the_place_its_country_code(pipeline, text: str, place: str, country: str) -> None:
    result = pipeline(text)
    assert result.to_dict()["claims"][0]["place"]["name"] == place
    assert result.to_dict()["claims"][0]["place"]["country"] == country


def test_linking_reads_a_city_after_an_organisation_noun_as_a_place(pipeline) -> None:
    result = pipeline("Il a été recruté par une agence d'intérim de Wrocław qui le paie 25 zlotys de l'heure.")
    assert [(e.label, e.text) for e in result.entities if e.text == "Wrocław"] == [("LOC", "Wrocław")]
    assert result.claims[0].organisations == ()


@pytest.mark.parametrize(
    ("text", "place", "organisations"),
    [("Dans le Finistère, la coopérative légumière Terres de Léon embauche des saisonniers. Ils sont rémunérés "
      "11,88 euros brut de l'heure.", "Finistère", ["Terres de Léon"]),
     ("Après deux semaines de grève dans l'Ohio, les manutentionnaires de Cargona ont obtenu 19 dollars de "
      "l'heure.", "Ohio", ["Cargona"]),
     # a town GeoNames knows, after "à"
     ("Chez le fabricant Vaucher, à Porrentruy, un opérateur débute à 4'650 francs par mois.", "Porrentruy",
      ["Vaucher"]),
     ("Dans le Grand Est, la plateforme de fret Convoicar rémunère ses convoyeurs 0,32 euro du kilomètre.",
      "Grand Est", ["Convoicar"])],
)
def test_linking_reads_a_region_after_a_locative_as_a_place(pipeline, text: str, place: str,
                                                            organisations: list[str]) -> None:
    """A region, a state or a town that a recogniser took for an organisation, after "dans le" or "à", is where
    the workers are."""
    claim = pipeline(text).claims[0]
    assert claim.place is not None and claim.place.name == place
    assert [o.name for o in claim.organisations] == organisations


@pytest.mark.parametrize(
    ("text", "organisations"),
    [("Chauffeur pour l'application de VTC Zuma Rides depuis deux ans, Chinedu gagne 70 000 nairas par semaine.",
      ["Zuma Rides"]),
     ("Au Qatar, les ouvriers népalais de l'entreprise de BTP Al Bawadi Contracting sont payés 1 000 riyals par "
      "mois.", ["Al Bawadi Contracting"])],
)
def test_linking_names_an_organisation_without_the_trade_before_its_name(pipeline, text: str,
                                                                         organisations: list[str]) -> None:
    assert [o.name for o in pipeline(text).claims[0].organisations] == organisations


@pytest.mark.parametrize(
    ("text", "organisations", "place"),
    [# a trade word that names a place after it is the name
     ("Les contrôleurs de TER Hauts-de-France touchent 2 100 euros par mois.", ["TER Hauts-de-France"], None),
     # a town after the workers' workplace, or after a time they work at, is where they are
     ("Les ouvriers de l'usine de Flins touchent 1 800 euros par mois.", [], "Flins"),
     ("Les travailleurs de nuit de Rungis touchent 1 800 euros par mois.", [], "Rungis"),
     # a product that starts in lower case is no employer
     ("Les ouvriers de l'iPhone en Chine touchent 3 000 yuans par mois.", [], "Chine"),
     # a train is neither an employer nor, by an airport's code, a town of Bulgaria
     ("Les conducteurs de TGV dépassaient 4 300 euros brut par mois.", [], None)],
)
def test_linking_reads_no_employer_in_a_place_a_product_or_a_trade(pipeline, text: str, organisations: list[str],
                                                                   place: str | None) -> None:
    claim = pipeline(text).claims[0]
    assert [o.name for o in claim.organisations] == organisations
    assert (claim.place.name if claim.place else None) == place


@pytest.mark.parametrize(
    "text",
    ["Les chauffeurs de VTC touchent 8 euros de l'heure.",
     "Les ouvrières de Gazipur touchent 12 500 takas par mois.",
     "Il loge chez Moussa Diallo et gagne 50 000 francs CFA par mois.",
     # A person introduced by full name, then by the given name alone.
     "Fatou Ndiaye coud des chemises à Thiès. Chez Fatou, la paie tombe le 5 : elle gagne 60 000 francs CFA par mois.",
     # ("Les clients d'Aminata la paient 2 500 francs CFA la journée" is a price the customers pay: no claim.)
     "Aminata Traoré vit à Bamako. Les clients d'Aminata sont des familles ; elle gagne 2 500 francs CFA la journée.",
     # An acronym only the NER proposes (twice) is a minimum wage here, not an employer.
     "Les syndicats Filt-CGIL, Fit-CISL et Uiltrasporti appellent à la grève. Les préparateurs de commandes "
     "touchent 9,50 euros de l'heure.",
     "Selon la Kenya Online Drivers Union, les chauffeurs touchent 24 shillings par kilomètre.",
     "Selon le Nigeria Labour Congress, les chauffeurs touchent 70 000 nairas par mois.",
     "Selon China Labour Watch, les ouvriers touchent 2 500 yuans par mois.",
     # and in the language the name is left in
     "Le Sindicato de Repartidores de Madrid dénonce la baisse : les livreurs touchent 2,90 euros par course.",
     # nor does a stock exchange
     "Les livreurs, dont la plateforme a triplé de valeur à la Bourse de Bombay, touchent 95 roupies par commande.",
     "Le gouvernement a relevé le SMIG en janvier. Les syndicats jugent le SMIG trop bas. "
     "Sur le chantier, les manœuvres touchent 2 000 francs CFA par jour.",
     # People the NER may read as organisations, named with their age or their title.
     "Sunday Okafor, agent de sécurité de 41 ans, touche 85 000 nairas par mois.",
     "Son directeur des opérations, Femi Balogun, assure que les agents perçoivent 80 000 nairas.",
     # and the same people named again elsewhere, without their age
     "Batbayar, 22 ans, lutte depuis trois ans à Tokyo. Chez Batbayar, le salaire est de 100 000 yens par mois.",
     "Dans l'atelier, Tsetseg Oyun, couturière de 34 ans, coud sans relâche. Tsetseg Oyun paie ses apprentis "
     "300 000 tugriks par mois.",
     # A weekday or a date before an apposition is no name.
     "Mercredi, la plateforme a annoncé que les chauffeurs toucheront 1,35 dollar par kilomètre.",
     # nor a reporter's contact ("Interrogée, la société"), nor a person who "enseigne" (a shop sign is a noun)
     "Interrogée, la société assure que ses livreurs touchent 12 euros de l'heure.",
     "« Ils mélangent tout », estime Claire Vidal-Santoni, qui enseigne l'économie. Les livreurs touchent 3 euros "
     "par course."],
)
def test_linking_names_no_payer_from_a_role_a_city_or_a_person(pipeline, text: str) -> None:
    assert pipeline(text).claims[0].organisations == ()


def test_linking_counts_a_repeated_figure_once(pipeline) -> None:
    text = ("Il était payé 15 dollars de l'heure. Des travailleurs comme lui gagnaient aussi peu que 15 dollars "
            "de l'heure.")
    claims = pipeline(text).claims
    assert len(claims) == 1 and "repeated" in claims[0].provenance


@pytest.mark.parametrize(
    "text,converted",
    [("Ils gagnent 12.500 takas (104 euros) par mois.", (104.0, "EUR")),
     ("Le contremaître perçoit un salaire fixe d'environ 350 000 shillings par mois, quelque 125 euros.",
      (125.0, "EUR")),
     ("De quoi gagner environ 9 000 yuans par mois (quelque 1 080 euros).", (1080.0, "EUR")),
     ("Elle dit toucher 5 400 gourdes par semaine, un peu plus de 41 dollars.", (41.0, "USD")),
     ("Le salaire minimum reste fixé à 6000 shillings par mois, l'équivalent d'1,60 dollar.", (1.6, "USD")),
     ("En Roumanie, le salaire minimum est de 4050 lei brut par mois, à peu près 815 euros.", (815.0, "EUR")),
     # Further on in the sentence, a restatement that opens as one.
     ("Une infirmière touche 36 619 pesos par mois depuis la revalorisation de janvier, soit à peine 580 euros.",
      (580.0, "EUR")),
     ("Un mineur gagne entre 450 000 et 620 000 tenges par mois selon le puits, soit 800 à 1 100 euros environ.",
      (800.0, "EUR")),
     # an approximate amount after a comma restates the one before
     ("Les saisonniers étudiants y gagnent 8000 forints par vacation, une vingtaine d'euros.", (20.0, "EUR")),
     # past the words that complete the unit
     ("Elle touche 150 francs CFA par minute d'audio validée, environ 23 centimes d'euro.", (0.23, "EUR")),
     # a currency code in capitals, a unit, then the restatement
     ("Les mineurs sont payés 1 650 XPF de l'heure, soit 13,83 euros.", (13.83, "EUR")),
     # two hedges in a row, after "soit", in brackets or after a comma
     ("Les ouvriers touchent 350 000 ariary par mois, soit à peine plus de 70 euros.", (70.0, "EUR")),
     ("Les ouvriers touchent 350 000 ariary par mois (à peine plus de 70 euros).", (70.0, "EUR")),
     ("Les ouvriers touchent 350 000 ariary par mois, tout juste 70 euros.", (70.0, "EUR")),
     ("Les ouvriers touchent 350 000 ariary par mois, soit guère plus de 70 euros.", (70.0, "EUR")),
     # a dash where a comma would stand
     ("Les ouvriers touchent 350 000 ariary par mois – environ 70 euros – pour dix heures par jour.",
      (70.0, "EUR"))],
)
def test_linking_keeps_a_conversion_on_its_claim(pipeline, text: str, converted: tuple[float, str]) -> None:
    claims = pipeline(text).claims
    assert len(claims) == 1
    assert [(float(c.min), c.currency) for c in claims[0].converted] == [converted]


@pytest.mark.parametrize(
    "text,expected",
    [# pay of other workers, by its own unit, told in another currency: no restatement of the first
     ("Les ouvriers touchent 15 000 shillings ougandais par jour, quand les contremaîtres perçoivent l'équivalent "
      "de 900 dollars par mois.", [(15000, "UGX", "day"), (900, "USD", "month")]),
     # the same pay by another unit of time is its own claim (golden/README.md, "Conversions")
     ("Il perçoit 150 bolivianos pour une journée de huit heures, soit l'équivalent de trois dollars de l'heure.",
      [(150, "BOB", "day"), (3, "USD", "hour")])],
)
def test_linking_an_amount_by_another_unit_restates_no_other(pipeline, text: str, expected: list) -> None:
    assert [(float(c.amount.max), c.amount.currency, c.period) for c in pipeline(text).claims] == expected


@pytest.mark.parametrize(
    "text,expected",
    [("Les députés ont relevé en 2024 le salaire minimum national de 12 500 à 17 500 roupies par mois.",
      [("12 500", "month"), ("17 500 roupies", "month")]),
     ("Le décret porte le salaire minimum journalier dans la sous-traitance textile de 685 à 800 gourdes.",
      [("685", "day"), ("800 gourdes", "day")]),
     ("Son directeur général a perçu sur l'exercice une rémunération de 3,2 millions de livres sterling.",
      [("3,2 millions de livres sterling", "year")]),
     ("Elle sera payée 15 dinars pour la journée.", [("15 dinars", "day")])],
)
def test_linking_reads_far_change_verbs_and_periods_of_a_fiscal_year_or_a_day(pipeline, text: str,
                                                                              expected: list) -> None:
    assert [(c.amount.text, c.period) for c in pipeline(text).claims] == expected



@pytest.mark.parametrize(
    "second,expected",
    [("À mon embauche, en 2023, c'était 62 000 roupies.", [(85000, "month"), (62000, "month")]),
     ("« Quand je suis arrivée, c'était seulement 70 000 roupies », dit-elle.", [(85000, "month"), (70000, "month")]),
     # Not of the size of the claim, or a price: no earlier level.
     ("Le loyer de sa chambre, lui, c'était 9 000 roupies.", [(85000, "month")]),
     ("En 2023, c'était 850 roupies.", [(85000, "month")])],
)
def test_linking_reads_an_earlier_level_told_after_a_claim(pipeline, second: str, expected: list) -> None:
    """An earlier level right after a claim ("c'était", "était de") is a claim with the claim's unit, when it is
    of the same size and nothing says it is a price or a cost."""
    text = "Mon salaire de base est de 85 000 roupies par mois. " + second
    assert [(c.amount.min, c.period) for c in pipeline(text).claims] == expected


def test_linking_reads_a_rate_called_tarif_as_pay(pipeline) -> None:
    """"Le tarif" is as often the rate paid to workers as a price: it says nothing against pay by itself."""
    text = ("Pour attirer les chauffeurs, la plateforme leur garantissait à son lancement 4 dirhams le kilomètre ; "
            "le tarif est tombé à 3 dirhams en février.")
    assert [(c.amount.min, c.period) for c in pipeline(text).claims] == [(4, "task"), (3, "task")]
    assert pipeline("Le tarif de la course est de 12 euros pour le client.").claims == []


@pytest.mark.parametrize(
    "text,amounts",
    [("Une fois l'essence retranchée, il calcule avoir gagné 9,40 $ de l'heure.", [9.4]),
     ("Une fois la commission de la plateforme déduite, il touche 41,20 euros par jour.", [41.2]),
     ("La plateforme en garde 10 % : il reste 63 dirhams à Youssef pour la course.", [63]),
     # The cost itself is still no pay.
     ("L'essence lui coûte 12 euros par jour.", [])],
)
def test_linking_reads_what_is_left_to_the_worker_as_pay(pipeline, text: str, amounts: list) -> None:
    """Pay net of a cost ("une fois l'essence retranchée", "il reste ... à") is pay: the cost named on the way is
    no cue against it."""
    assert [float(c.amount.min) for c in pipeline(text).claims] == amounts


@pytest.mark.parametrize(
    "text,organisations",
    [("Employé par la société Ocean Fortune Fishery, filiale d'un armateur de Dalian, Cheikh Ould Mohamed, 27 ans, "
      "est payé 300 dollars par mois.", ["Ocean Fortune Fishery"]),
     ("En 2019, l'agence parisienne Verbalia me payait 0,08 euro le mot.", ["Verbalia"])],
)
def test_linking_takes_no_person_nor_date_for_an_organisation(pipeline, text: str, organisations: list) -> None:
    """Names after commas alone are appositions, not a list of organisations; a sentence's first words are no
    name."""
    assert [o.name for o in pipeline(text).claims[0].organisations] == organisations


def test_linking_gives_an_amount_the_period_most_of_its_peers_have(pipeline) -> None:
    """Most figures of its size give a bare amount its unit, even when one of them has another unit; a bonus
    counts for nothing."""
    text = ("Le salaire de base est de 1 000 euros par mois. Les chefs d'équipe touchent 1 400 euros par mois. "
            "Les cadres gagnent 1 800 euros par mois. Les intérimaires gagnent 700 euros par semaine. "
            "Une prime de 1 200 euros par an est versée à tous.\n\nÀ son arrivée, elle gagnait 1 100 euros.")
    claims = {float(c.amount.min): c.period for c in pipeline(text).claims}
    assert claims[1100] == "month"


@pytest.mark.parametrize(
    "text,amounts",
    [("La bourse de doctorat passera de 3 100 à 3 600 reais par mois.", [3100, 3600]),
     ("Introduite en Bourse en 2021, la plateforme vaut 3 600 millions de reais.", [])],
)
def test_linking_tells_a_doctoral_grant_from_the_stock_exchange(pipeline, text: str, amounts: list) -> None:
    """A doctoral grant is pay for researchers; the stock exchange is finance."""
    assert [float(c.amount.min) for c in pipeline(text).claims] == amounts


def test_linking_reads_the_next_levels_of_a_claim_told_with_a_pronoun(pipeline) -> None:
    """"Il passera à 13,90 euros, puis à 14,60 euros" after a minimum wage: its next levels, of its kind and unit."""
    text = ("Depuis le 1er janvier, le salaire minimum allemand est de 12,82 euros brut de l'heure. Il passera à "
            "13,90 euros en 2026, puis à 14,60 euros en 2027, a décidé la commission.")
    assert [(float(c.amount.min), c.kind, c.period) for c in pipeline(text).claims] == [
        (12.82, "reference", "hour"), (13.9, "reference", "hour"), (14.6, "reference", "hour")]


@pytest.mark.parametrize(
    "text,period",
    [("Son dernier relevé de paie affiche 712,40 $ bruts pour la semaine.", "week"),
     ("Fatou m'a montré ses relevés : 38 dollars pour le mois de février.", "month"),
     ("Les conducteurs déclarent entre 500 et 700 dollars de revenu net par mois.", "month"),
     ("À Leeds, sur un mois plein, il dit gagner environ 2.300 livres.", "month"),
     # Pay per shift is pay per unit of work (golden/README.md, hard cases); pay per night worked is per day.
     ("Le patronat propose 5 000 francs CFA par vacation aux dockers.", "task"),
     ("S'y ajoute une indemnité de 1 500 roupies par nuit travaillée.", "day"),
     # A unit of time that says when, not per what: the unit is the delivery.
     ("Le tarif de base d'une livraison, payé aux livreurs, est passé de 2,90 euros à 2,40 euros l'an dernier.",
      "task"),
     # nor does a unit of work that a time word follows: "la saison passée" is last season
     ("Le groupe a fixé le salaire d'un commis à 4'150 francs par mois pour cet hiver, contre 3'900 francs la saison "
      "passée.", "month")],
)
def test_linking_reads_units_of_time_said_otherwise(pipeline, text: str, period: str) -> None:
    assert pipeline(text).claims[-1].period == period


@pytest.mark.parametrize(
    "text,period",
    [# a freelance's daily rate (taux journalier moyen)
     ("Un développeur freelance affiche un TJM moyen de 550 euros.", "day"),
     ("Il touche 400 €/sem.", "week"),
     ("Il touche 90 €/j.", "day")],
)
def test_linking_reads_the_abbreviated_units_of_the_press(rules_period_pipeline, text: str, period: str) -> None:
    assert [c.period for c in rules_period_pipeline(text).claims] == [period]


@pytest.mark.parametrize(
    "text,place",
    [("Au Luxembourg, le salaire minimum d'un salarié non qualifié atteint 15,63 euros de l'heure, de loin le plus "
      "élevé d'Europe.", "Luxembourg"),
     ("Les ouvrières de Tanger touchent 3 000 dirhams par mois.\n\nDans tout le Maghreb, les salaires stagnent. "
      "Elles réclament 3 500 dirhams par mois.", "Tanger"),
     ("Dans tout le Maghreb, les salaires stagnent. Elles réclament 3 500 dirhams par mois.", "Maghreb")],
)
def test_linking_takes_a_region_of_several_countries_only_when_nothing_nearer_places_the_workers(
        pipeline, text: str, place: str) -> None:
    """"Europe" or "Maghreb" is where a comparison is drawn; a country or a city anywhere nearer wins."""
    claim = pipeline(text).claims[-1]
    assert claim.place is not None and claim.place.name == place


def test_linking_takes_no_institution_the_ner_reads_as_a_place(pipeline) -> None:
    text = ("Le Gouvernement jurassien a confirmé la hausse. La Confédération espagnole des organisations patronales "
            "a refusé. La Ferme Beaulieu paie ses cueilleurs 16 $ de l'heure. Pendant l'épidémie d'Ebola, les "
            "infirmiers touchaient une prime de 300 $. Un caporal de l'armée de Terre touche 1 750 euros par mois.")
    places = {e.text for e in pipeline(text).entities if e.label == "LOC"}
    assert not places & {"Gouvernement jurassien", "Confédération espagnole des organisations patronales",
                         "Ferme Beaulieu", "Ebola", "Terre"}


def test_linking_places_a_claim_far_from_any_place_where_the_story_returns(pipeline) -> None:
    """With no place near a claim, the city the article names again is its setting, not one named in passing."""
    text = ("Le convoi est passé par Anvers dans la nuit. Les routiers dorment sur le parking du port de Venlo.\n\n"
            "À Venlo, les camions partent à l'aube.\n\nIls sont épuisés. Ils rentrent tard. Ils parlent peu.\n\n"
            "Ils touchent 70 euros par jour.")
    claim = pipeline(text).claims[0]
    assert claim.place is not None and claim.place.name == "Venlo"


def test_linking_reads_allowances_a_day_as_pay(pipeline) -> None:
    text = ("Le convoi est passé par Anvers dans la nuit. Les routiers dorment sur le parking du port de Venlo.\n\n"
            "À Venlo, les camions partent à l'aube.\n\nIls sont épuisés. Ils rentrent tard. Ils parlent peu.\n\n"
            "Leurs indemnités atteignent 70 euros par jour.")
    assert [c.amount.text for c in pipeline(text).claims] == ["70 euros"]


def test_linking_looks_for_a_place_back_to_the_start_of_the_paragraph(pipeline) -> None:
    text = ("Les livreurs de Lyon sont en colère. Mais à Porto, la situation est pire. Les courses sont rares. Les "
            "attentes sont longues. Les livreurs y gagnent 3 euros par course.")
    claim = pipeline(text).claims[-1]
    assert claim.place is not None and claim.place.name == "Porto"


@pytest.mark.parametrize(
    "text,periods",
    [("Une prime de 500 bahts est versée à ceux qui font plus de 600 commandes dans le mois.", ["month"]),
     ("ZemGo promet un bonus de 10 000 francs CFA aux conducteurs qui bouclent 120 courses dans la semaine.",
      ["week"]),
     ("Il touche 1 500 euros par mois et a reçu une prime de 1 000 euros.", ["month", None]),
     ("Chaka versait une prime de 1 500 takas aux coursiers ayant réalisé plus de 400 livraisons dans le mois "
      "précédant la fête.", [None])],
)
def test_linking_gives_a_bonus_the_span_its_target_is_counted_over(pipeline, text: str, periods: list) -> None:
    assert [c.period for c in pipeline(text).claims] == periods


def test_linking_reads_the_level_a_scale_starts_at_as_pay(pipeline) -> None:
    claims = pipeline("Les validateurs, chargés de contrôler le travail des autres, démarrent à 21 000 birr.").claims
    assert [(c.amount.min, c.amount.currency) for c in claims] == [(21000, "ETB")]


def test_linking_gives_a_claim_far_from_any_name_the_article_payer_and_its_partner(pipeline) -> None:
    text = ("La plateforme Klipsy recrute des annotateurs à Nairobi. Klipsy ne les emploie pas directement : elle a confié ce "
            "travail à Veridia Services. Klipsy refuse de commenter.\n\nLes journées sont longues. Les écrans "
            "fatiguent. Les pauses sont rares. Les équipes tournent la nuit.\n\nUn annotateur touche 2 dollars de "
            "l'heure.")
    claim = pipeline(text).claims[-1]
    assert {o.name for o in claim.organisations} == {"Klipsy", "Veridia Services"}


@pytest.mark.parametrize(
    "text",
    ["Les ouvrières restent loin des 23 000 takas par mois réclamés par les syndicats.",
     "Les 15 euros de l'heure revendiqués par les livreurs restent un rêve."],
)
def test_linking_reads_a_level_demanded_after_the_amount_as_offered(pipeline, text: str) -> None:
    """SPEC section 2: a demanded pay level is a claim of kind offered, whether the demand comes first ("les
    syndicats réclament 18 $") or after it, in the passive ("les 23 000 takas réclamés par les syndicats")."""
    assert [c.kind for c in pipeline(text).claims] == ["offered"]


@pytest.mark.parametrize(
    "text,kind",
    [("« En 2019, on débutait à 5 000 quetzales.", "paid"),
     ("Sur ce plateau, les téléconseillers débutent à 5 000 quetzales par mois.", "offered")],
)
def test_linking_reads_where_pay_started_as_paid_and_where_a_scale_starts_as_offered(pipeline, text: str,
                                                                                     kind: str) -> None:
    assert [c.kind for c in pipeline(text).claims] == [kind]


@pytest.mark.parametrize(
    "text,name",
    [("Selon le ministère du Travail, la mesure concerne 3 millions de salariés.", "ministère du Travail"),
     ("La grille du ministère de l'Éducation nationale a été publiée.", "ministère de l'Éducation nationale"),
     ("Le ministère de la Santé, du Travail et des Affaires sociales a réagi.",
      "ministère de la Santé, du Travail et des Affaires sociales"),
     ("Le ministère fédéral du Travail a calculé l'effet de la hausse.", "ministère fédéral du Travail"),
     ("Le ministère des Enseignements secondaires recrute.", "ministère des Enseignements secondaires"),
     ("Le ministère de la Santé et du Bien-être familial a versé une prime.",
      "ministère de la Santé et du Bien-être familial")],
)
def test_linking_names_a_ministry_with_its_portfolios(pipeline, text: str, name: str) -> None:
    assert name in [e.text for e in pipeline(text).entities if e.label == "ORG"]


def test_linking_takes_a_ministry_that_pays_teachers_as_their_payer(pipeline) -> None:
    claim = pipeline("Le ministère de l'Éducation verse aux enseignants contractuels 300 dollars par mois.").claims[0]
    assert [o.name for o in claim.organisations] == ["ministère de l'Éducation"]


@pytest.mark.parametrize(
    "text,not_org",
    [("Au Maroc, le SMIG a été porté à 3 000 dirhams. Le SMIG reste bas.", "SMIG"),
     ("Selon la CNSS, le SMIG reste bas au Maroc.", "SMIG"),
     # found by the words before it ("le domaine"), not by the NER
     ("Les cueilleurs recrutés par le domaine sont payés au Smic, soit 11,88 euros brut de l'heure.", "Smic")],
)
def test_linking_reads_no_pay_level_as_an_organisation(pipeline, text: str, not_org: str) -> None:
    assert not_org not in [e.text for e in pipeline(text).entities if e.label == "ORG"]


def test_linking_reads_the_european_union_as_an_organisation_that_pays_no_one(pipeline) -> None:
    result = pipeline("L'Union européenne impose aux plateformes de payer leurs livreurs 12 euros de l'heure.")
    assert [e.label for e in result.entities if e.text == "Union européenne"] == ["ORG"]
    assert all(o.name != "Union européenne" for c in result.claims for o in c.organisations)


@pytest.mark.parametrize(
    "text,not_role",
    [("Le groupe confie la modération à des prestataires installés au Kenya.", "prestataires"),
     ("Amazon passe par des sous-traitants pour ses livraisons.", "sous-traitants"),
     ("Il a pris un taxi pour rentrer.", "taxi"),
     ("Les éditeurs paient les traducteurs au feuillet.", "éditeurs")],
)
def test_linking_reads_no_company_nor_vehicle_as_a_role(pipeline, text: str, not_role: str) -> None:
    assert not_role not in [e.text for e in pipeline(text).entities if e.label == "ROLE"]


def test_linking_lifts_a_national_figure_to_the_country_of_the_story(pipeline) -> None:
    """The main place of a story about a country is one of its places; a national figure is lifted to the
    country even when the story keeps naming a region our tables cannot place."""
    text = ("L'Inde revoit les taux de son programme d'emploi rural. Au Nagaland, les taux restent bas. À Delhi, le "
            "ministère temporise. Au Nagaland, la colère monte.\n\nLes ouvriers sont épuisés. Les chantiers sont "
            "loin. Les paiements tardent.\n\nUn comité avait recommandé un salaire minimum national de 375 roupies "
            "par jour.")
    claim = pipeline(text).claims[-1]
    assert claim.place is not None and claim.place.name == "Inde"


@pytest.mark.parametrize(
    "text,role",
    [("Les livreurs à moto de Lagos ont cessé le travail.", "livreurs à moto"),
     ("Un délégué syndical a dénoncé la mesure.", "délégué syndical"),
     ("Les jeunes chercheurs quittent le pays.", "jeunes chercheurs"),
     ("Les salariés du secteur privé gagnent davantage.", "salariés du secteur privé"),
     ("Une infirmière clinicienne débutante touche moins.", "infirmière clinicienne débutante")],
)
def test_linking_reads_a_role_with_its_modifiers(pipeline, text: str, role: str) -> None:
    assert role in [e.text for e in pipeline(text).entities if e.label == "ROLE"]


@pytest.mark.parametrize(
    "text,loc,value",
    [("Le salaire minimum portugais atteint 870 euros.", "portugais", "Portugal"),
     ("Lusocall, un centre d'appels portugais, recrute.", "portugais", "Portugal"),
     ("Les donneurs d'ordre européens doivent fixer un plancher.", "européens", "Europe"),
     ("Une start-up lyonnaise recrute des annotateurs.", "lyonnaise", "Lyon")],
)
def test_linking_reads_every_demonym_adjective_as_a_place_mention(pipeline, text: str, loc: str,
                                                                  value: str) -> None:
    found = [(e.text, e.value) for e in pipeline(text).entities if e.label == "LOC"]
    assert (loc, value) in found


@pytest.mark.parametrize(
    "text,place",
    [("Les modérateurs de contenu kényans gagnent 2 dollars de l'heure.", "Kenya"),
     ("Les travailleurs du clic malgaches empochent 150 000 ariary par mois.", "Madagascar"),
     ("La plateforme rémunère ses « raters » philippins 1,50 dollar de l'heure.", "Philippines"),
     ("Les ouvrières de la confection bangladaises touchent 12 500 takas par mois.", "Bangladesh"),
     # invariable demonyms agree with a plural noun too
     ("Les ouvriers du textile bangladais touchent 12 500 takas par mois.", "Bangladesh"),
     # a singular demonym after a complement is the complement's: the factory's, the agency's
     ("Les ouvriers de l'usine chinoise touchent 3 000 yuans par mois.", None),
     ("Un salarié de l'agence roumaine touche 900 euros par mois.", None),
     # after "de", a language
     ("Les professeurs de français touchent 1 800 euros par mois.", None)],
)
def test_linking_places_workers_by_a_demonym_after_the_complement_of_their_noun(pipeline, text: str,
                                                                                place: str | None) -> None:
    """"modérateurs de contenu kényans": the demonym agrees with the workers, not with "contenu"."""
    claim = pipeline(text).claims[0]
    assert (claim.place.name if claim.place else None) == place


@pytest.mark.parametrize(
    "text,place",
    [("Dans les grandes villes kényanes, les modérateurs touchent 2 dollars de l'heure.", "Kenya"),
     ("Dans une ville côtière malgache, les pêcheurs gagnent 5 000 ariary par jour.", "Madagascar"),
     ("Dans la banlieue parisienne, les livreurs gagnent 11 euros de l'heure.", "Paris")],
)
def test_linking_places_workers_by_a_demonym_after_a_place_noun(pipeline, text: str, place: str) -> None:
    """"les villes kényanes" says where, as "les travailleurs kényans" does (place nouns: data/word_lists.tsv)."""
    claim = pipeline(text).claims[0]
    assert claim.place is not None and claim.place.name == place


def test_linking_places_workers_by_the_adjective_of_their_region(pipeline) -> None:
    result = pipeline("Les doctorants vaudois touchent 4 400 francs par mois.")
    assert result.claims[0].place is not None and result.claims[0].place.name == "Vaud"
    assert "doctorants vaudois" in [e.text for e in result.entities if e.label == "ROLE"]


@pytest.mark.parametrize(
    "text,place,currency",
    [("Le revenu médian des serveurs québécois atteint 31 200 $ par an.", "Québec", "CAD"),
     ("Un milieu de terrain anglais de rang moyen gagne 80 000 livres par semaine.", "Angleterre", "GBP"),
     ("Glovo paie 11 euros de l'heure aux livreurs catalans.", "Catalogne", "EUR")],
)
def test_linking_places_workers_by_the_demonym_of_a_nation_or_a_province(pipeline, text: str, place: str,
                                                                         currency: str) -> None:
    """The demonym names the province, as the golden guide places workers; its country still gives the currency."""
    claim = pipeline(text).claims[0]
    assert claim.place is not None and claim.place.name == place
    assert claim.amount.currency == currency


def test_linking_lifts_no_city_to_its_country_for_the_adjective_of_its_province(pipeline) -> None:
    """A province's adjective does not say the figure holds for the whole country, as "portugais" does."""
    result = pipeline("Les coursiers de Montréal ont manifesté. Livro leur verse 18 $ de l'heure, un tarif québécois "
                      "dans la moyenne.")
    assert result.claims[0].place is not None and result.claims[0].place.name == "Montréal"


@pytest.mark.parametrize(
    "text,place",
    [("Outre-Rhin, les livreurs de Lieferando touchent 12 euros de l'heure.", "Allemagne"),
     ("Au Grand-Duché, les caristes touchent 2 900 euros par mois.", "Luxembourg"),
     ("Les modérateurs gagnent 15 dollars de l'heure outre-Atlantique.", "États-Unis"),
     ("Outre-Pyrénées, les livreurs gagnent 8 euros de l'heure.", "Espagne"),
     ("Outre-Alpes, les saisonniers gagnent 9 euros de l'heure.", "Italie"),
     ("Au pays du Soleil-Levant, les ouvriers gagnent 1 000 yens de l'heure.", "Japon"),
     ("Dans l'empire du Milieu, les ouvriers gagnent 3 000 yuans par mois.", "Chine"),
     ("Au pays du Matin calme, les livreurs gagnent 10 000 wons de l'heure.", "Corée du Sud")],
)
def test_linking_reads_a_country_named_by_a_periphrasis(pipeline, text: str, place: str) -> None:
    claim = pipeline(text).claims[0]
    assert claim.place is not None and claim.place.name == place


@pytest.mark.parametrize(
    "text,amount,place",
    [("Reportage à Vilnius. Le salaire minimum lituanien a été relevé à 1 038 euros bruts par mois.", "1 038 euros",
      "Lituanie"),
     ("À Lausanne, les danseurs gagnent peu. À titre de comparaison, le salaire minimum neuchâtelois atteint 21,31 "
      "francs de l'heure.", "21,31 francs", "Neuchâtel"),
     ("Les chauffeurs de Venlo touchent 1 050 euros, à peine plus que le salaire minimum lituanien, relevé à 1 038 "
      "euros.", "1 038 euros", "Lituanie"),
     ("Les chauffeurs de Venlo touchent 1 050 euros, à peine plus que le salaire minimum lituanien, relevé à 1 038 "
      "euros.", "1 050 euros", "Venlo")],
)
def test_linking_places_a_legal_minimum_where_its_demonym_says(pipeline, text: str, amount: str, place: str) -> None:
    """The demonym after a minimum's noun says whose minimum it is; the pay compared with it stays the workers'."""
    claim = next(c for c in pipeline(text).claims if c.amount.text == amount)
    assert claim.place is not None and claim.place.name == place


def test_linking_keeps_the_city_of_workers_paid_at_the_legal_minimum(pipeline) -> None:
    """Pay the workers receive at the legal minimum is theirs, where they are; the minimum itself is the
    country's."""
    claim = pipeline("Villeurbanne : les testeurs sortent de l'ombre. Les testeurs du studio Pixelune, payés au Smic "
                     "pour traquer les bugs, touchent 11,88 euros brut de l'heure.").claims[0]
    assert claim.kind == "paid"
    assert claim.place is not None and claim.place.name == "Villeurbanne"


@pytest.mark.parametrize(
    "text,place",
    [("Reportage à Cancún. Dans les Cyclades, les annonces proposent 1 300 euros net par mois à un serveur.",
      "Cyclades"),
     ("Les Bleus ont gagné à Lyon. Les joueurs touchent 10 000 euros par match.", "Lyon")],
)
def test_linking_reads_a_place_the_ner_finds_after_les(pipeline, text: str, place: str) -> None:
    """"dans les Cyclades" introduces a place the NER finds; a sentence that opens with "Les Bleus" names a
    team."""
    claim = pipeline(text).claims[0]
    assert claim.place is not None and claim.place.name == place


def test_linking_reads_a_demonym_used_as_a_noun_as_its_place(pipeline) -> None:
    result = pipeline("Devant son tableur, la Nantaise Claire Vasseur, pigiste, facture 60 euros le feuillet.")
    assert ("Nantaise", "Nantes") in [(e.text, e.value) for e in result.entities if e.label == "LOC"]
    assert result.claims[0].place is not None and result.claims[0].place.name == "Nantes"


def test_linking_reads_no_language_as_a_place_mention(pipeline) -> None:
    assert "japonais" not in [e.text for e in pipeline("Elle traduit en japonais pour une agence.").entities]


@pytest.mark.parametrize(
    "text,rates",
    [("À Nairobi, les entraîneurs de chatbots sont payés à la tâche.", ["à la tâche"]),
     ("Le taux horaire conventionnel d'un conducteur reste bas.", ["horaire"]),
     ("Les livreurs touchent 4 euros par course, et le client paie un abonnement à 9,99 euros par mois.",
      ["par course"]),
     # "au" or "à la" and a unit of work, or the month, after a pay word
     ("Les cueilleuses, payées au kilo, et les agents, rémunérés à la vacation, protestent.",
      ["au kilo", "à la vacation"]),
     ("Les livreurs salariés, payés au mois, sont rares.", ["au mois"]),
     ("Ils sont payés au mois de mai, et souvent payés au noir.", [])],
)
def test_linking_marks_the_units_of_pay_and_not_those_of_prices(pipeline, text: str, rates: list) -> None:
    assert [e.text for e in pipeline(text).entities if e.label == "RATE"] == rates


@pytest.mark.parametrize(
    "text,rates",
    [("Les livreurs touchent 4 euros par colis livré et 12 euros par jour travaillé.",
      ["par colis livré", "par jour travaillé"]),
     ("Elle est payée 0,80 dollar par minute d'audio transcrite.", ["par minute d'audio transcrite"]),
     ("Il gagne 15 dollars de l'heure connectée, 20 dollars de l'heure de travail.",
      ["de l'heure connectée", "de l'heure"]),
     # an adjective's participle is the verb; a number, or "d'ici", is no complement
     ("Le salaire mensuel fixé à 1 200 euros reste bas.", ["mensuel"]),
     ("Ils touchent 30 euros la séance de quarante-cinq minutes et 2 000 euros par mois d'ici 2027.",
      ["la séance", "par mois"])],
)
def test_linking_spans_a_unit_with_its_complement(pipeline, text: str, rates: list) -> None:
    """A unit noun takes its participle or its noun after "de", as the golden RATE spans do."""
    assert [e.text for e in pipeline(text).entities if e.label == "RATE"] == rates


@pytest.mark.parametrize(
    "text,currency",
    [("Au Rwanda, les journaliers des stations de lavage trient le café.\n\nChez Kivu Coffee, filiale du "
      "négociant Hallerhof, établi à Genève, la journée est payée 2 200 francs.", "RWF"),
     ("À Dakar, elle dessine des logos.\n\nLe tarif horaire moyen des graphistes installés aux États-Unis atteint "
      "45 dollars.", "USD")],
)
def test_linking_takes_no_currency_from_a_company_seat(pipeline, text: str, currency: str) -> None:
    """"établi à Genève" after a company names its seat, not where the pay is; workers "installés aux États-Unis"
    are there."""
    assert [c.amount.currency for c in pipeline(text).claims] == [currency]


def test_linking_reads_no_unit_in_the_next_item_of_a_list(pipeline) -> None:
    claims = pipeline("Un émailleur touche 2 050 euros par mois, un tourneur 2 140, la chef d'atelier 2 600.").claims
    assert [c.period for c in claims] == ["month", "month", "month"]


def test_linking_weighs_an_amount_after_pay_of_another_size(pipeline) -> None:
    """A sentence with no pay word after one that speaks of pay in the same currency reaches the pay model, even
    when the figures are far apart ("2 400 euros" in high season, "600 euros" in January)."""
    claims = pipeline("En haute saison, une serveuse gagne 2 400 euros par mois. En janvier, c'est plutôt 600 "
                      "euros.").claims
    assert [(c.amount.text, "context:other-size" in c.provenance) for c in claims] == [("2 400 euros", False),
                                                                                        ("600 euros", True)]


def test_linking_reads_no_pay_in_savings(pipeline) -> None:
    """"rentrer avec 6 000 euros d'économies": what a worker has saved, not what they are paid."""
    assert pipeline("Avec ses heures d’août et la prime, il espère rentrer avec près de 6 000 euros "
                    "d’économies.").claims == []


def test_linking_reads_no_pay_in_a_sentence_about_a_price_from_a_unit_alone(pipeline) -> None:
    text = ("L'abonnement au stationnement des habitants du centre-ville et des quartiers voisins de la gare, inchangé "
            "depuis 2020 malgré l'inflation, passe de 40 à 45 € par mois.")
    assert pipeline(text).claims == []


@pytest.mark.parametrize("span", ["par quinzaine", "par trimestre", "chaque semestre"])
def test_linking_keeps_no_period_for_pay_per_span_of_several_units(pipeline, span: str) -> None:
    """A fortnight, a quarter, a half-year are several units of time (SPEC: period null), not items of work."""
    claims = pipeline(f"Les ouvrières touchent une prime d'assiduité de 500 gourdes {span}.").claims
    assert [(c.amount.currency, c.period) for c in claims] == [("HTG", None)]


def test_linking_carries_no_period_to_pay_for_a_span_of_several_units_named_before_it(pipeline) -> None:
    """"Pour trois jours de travail, Lucie a touché 285 euros" is pay for several days (SPEC: null), not a day's
    pay carried from the rate of the sentence before."""
    text = "Le cachet d'un figurant est de 110 euros la journée. Pour quatre jours de tournage, Lucie a touché 440 euros."
    assert [(c.amount.text, c.period) for c in pipeline(text).claims] == [("110 euros", "day"), ("440 euros", None)]


def test_linking_reads_a_currency_from_a_country_adjective_of_its_sentence(pipeline) -> None:
    """"universitaires algériens" says the dinars are Algerian, though the paragraph names Tunisia more; the
    currency's own adjective ("dollars américains") says nothing of the others."""
    text = ("Le décret porte le salaire des universitaires algériens à 96.000 dinars. La Tunisie voisine regarde "
            "de près. En Tunisie, rien ne bouge à Tunis ni à Sfax.")
    assert [c.amount.currency for c in pipeline(text).claims] == ["DZD"]


def test_linking_gives_a_bare_currency_word_the_currency_its_sentence_named_in_full(pipeline) -> None:
    """"450 dollars américains par mois et une prime de 80 dollars": the 80 dollars are American too, though the
    place (Kiribati) has its own dollar; the next sentence is left to its places."""
    text = ("À Tarawa, le contrat prévoit un salaire de base de 450 dollars américains par mois et une prime de "
            "80 dollars par tonne de thon débarquée. À Tarawa, un docker gagne 300 dollars par mois.")
    assert [c.amount.currency for c in pipeline(text).claims] == ["USD", "USD", "AUD"]


@pytest.mark.parametrize(
    "text,currency",
    [("À Karachi, les freelances pakistanais vivent des plateformes. Le Pakistan forme des développeurs. Islamabad "
      "s'en félicite.\n\nSana travaille depuis Lahore pour un studio de Sydney. Elle est payée 30 dollars de "
      "l'heure.", "USD"),
     ("À Montréal, les livreurs québécois manifestent. Un client de Paris les soutient. Ils sont payés 18 dollars "
      "de l'heure.", "CAD"),
     # Not a currency of international pay: any country named may give "riyals" their country.
     ("Des milliers de Népalais partent chaque année. À Katmandou, on regarde le Golfe. Un maçon népalais au "
      "Qatar gagne 1 200 riyals par mois.", "QAR")],
)
def test_linking_gives_dollars_the_dollar_of_the_country_named_most(pipeline, text: str, currency: str) -> None:
    """A dollar country named in passing (a client in Sydney) does not make "dollars" its own in a paragraph about
    Pakistan: only the country a sentence, a paragraph or the article names most resolves them."""
    assert [c.amount.currency for c in pipeline(text).claims] == [currency]


def test_linking_takes_no_country_from_a_street_named_after_a_place(pipeline) -> None:
    """"la rue de Portland" is a street of Sherbrooke: it makes no dollar American."""
    text = ("À Sherbrooke, les camps de jour peinent à recruter. Le McDonald's de la rue de Portland affiche 17 $ de "
            "l'heure pour ses équipiers.")
    assert [c.amount.currency for c in pipeline(text).claims] == ["CAD"]


@pytest.mark.parametrize(
    "text,currencies",
    [("Un chauffeur touche 150 000 francs CFA au Gabon, contre 75 000 francs CFA en Côte d'Ivoire.", ["XAF", "XOF"]),
     ("Le salaire minimum est de 100 dinars au Koweït, et de 260 dinars en Jordanie.", ["KWD", "JOD"]),
     ("En Ouganda, un livreur gagne 15 000 shillings par jour, tandis qu'en Tanzanie, le salaire minimum atteint "
      "275 060 shillings mensuels.", ["UGX", "TZS"]),
     # a demonym says where workers come from, not where they are paid
     ("En Turquie, les ouvriers syriens employés au noir gagnent entre 12 000 et 16 000 livres par mois.", ["TRY"])],
)
def test_linking_resolves_a_currency_by_the_place_of_its_clause_first(pipeline, text: str, currencies: list) -> None:
    """A sentence that compares two countries gives each amount the currency of the place named in its own clause,
    or of the nearest place named before it."""
    assert [c.amount.currency for c in pipeline(text).claims] == currencies


def test_linking_keeps_the_default_currency_a_country_decided(pipeline) -> None:
    """"shillings" beside Nairobi are Kenyan even when the article also names "shillings ougandais": only a word
    that no country decided takes the currency the article names in full."""
    text = ("À Nairobi, un modérateur débutant touche 38.000 shillings par mois.\n\n"
            "À Kampala, ses collègues perçoivent 850 000 shillings ougandais par mois.")
    assert [c.amount.currency for c in pipeline(text).claims] == ["KES", "UGX"]


@pytest.mark.parametrize(
    "text,period",
    [("Sur le seul mois de janvier, il a touché 560 dollars.", "month"),
     ("Sur l'année, les salariés du privé perçoivent 21 400 euros en médiane.", "year"),
     ("En 2017, dans le même service, Mihaela gagnait 1 900 lei net.", None),  # when, not a span
     ("Elles gagnent 2 300 euros, en hausse de 10 % sur un an.", None),  # the span of a change
     ("Elle classe des photos pour la plateforme. En un mois, elle dit avoir gagné 87 euros.", "month"),
     ("« En une heure, je gagne à peine 1,50 dollar », raconte l'étudiante.", "hour")],
)
def test_linking_reads_the_span_an_amount_was_earned_over(rules_period_pipeline, text: str,
                                                          period: str | None) -> None:
    """A pay verb and a span of time its sentence names ("sur le seul mois de janvier") give the period; a date
    that says when, or the time a change took, give none (the rules' reading: the period model may still lend
    1 900 lei net a month, as the golden set's salaries of that size mostly are)."""
    assert [c.period for c in rules_period_pipeline(text).claims] == [period]


@pytest.mark.parametrize(
    "text,period",
    [("A cela s'ajoute une prime de 25 dollars pour chaque faille jugée critique.", "task"),
     ("La fraise se paie à la caisse : 22 pesos (un peu plus d'un euro) pour chaque caisse remplie.", "task"),
     ("Nous versons une prime de 1 000 ouguiyas à chaque projet livré sans retard.", "task")],
)
def test_linking_reads_pour_chaque_and_a_unit_of_work_after_an_amount(rules_period_pipeline, text: str,
                                                                      period: str) -> None:
    claims = rules_period_pipeline(text).claims
    assert [c.period for c in claims] == [period]  # "(un peu plus d'un euro)" is a restatement, not a claim


@pytest.mark.parametrize(
    "text,period",
    [("Une douzaine d'euros pour un article avec photo.", "task"),
     ("1,50 livre pour ce questionnaire, rempli en ligne.", "task"),
     ("4 000 francs CFA pour une livraison.", "task"),
     ("9 euros pour une seule livraison, un soir de pluie.", "task"),
     ("2 000 euros pour un roman de 300 pages.", "task"),
     # a unit of work that lasts hours is time worked, not a unit of output; a person is no unit
     ("4 000 francs CFA pour une vacation de huit heures.", None),
     ("4 000 francs CFA pour un docker.", None)],
)
def test_period_after_reads_pour_un_and_a_unit_of_work_of_the_table(text: str, period: str | None) -> None:
    from frclaims.money import find_amounts
    from frclaims.periods import period_after

    amount = find_amounts(text)[0]
    found = period_after(text, amount.end)
    assert (found[0] if found else None) == period


def test_linking_reads_a_buyer_company_called_client_as_no_price(pipeline) -> None:
    """In platform work the "client" is the company that buys the work: "quand le client est pressé" does not
    make the sentence one about a price."""
    text = "Là, c'est 6 dollars de l'heure, et jusqu'à 8 dollars quand le client est pressé."
    assert [(c.amount.text, c.period) for c in pipeline(text).claims][:1] == [("6 dollars", "hour")]


def test_linking_reads_a_short_form_of_a_corporate_name_as_the_organisation_paid(pipeline) -> None:
    """"Serendib Outsourcing" then "Serendib": what Vibly pays Serendib is a price between companies."""
    text = ("Serendib Outsourcing, une entreprise de Colombo, emploie 300 modérateurs. Selon le contrat, Vibly verse "
            "à Serendib l'équivalent de 8 dollars pour chaque heure de modération.")
    assert pipeline(text).claims == []


def test_linking_reads_a_dollar_sign_with_its_country_adjective_as_a_restatement(pipeline) -> None:
    text = ("Une plateforme basée en Californie paie en devise américaine : 0,75 $ US la minute, soit environ "
            "1,05 $ canadien au taux du jour.")
    claims = pipeline(text).claims
    assert [(c.amount.currency, [(x.text, x.currency) for x in c.converted]) for c in claims] == \
        [("USD", [("1,05 $ canadien", "CAD")])]


@pytest.mark.parametrize(
    "text,expected",
    [("Il était payé 3 dollars (2,70 euros, ou 110 bolivars) de l'heure.",
      [("3 dollars", ["2,70 euros", "110 bolivars"])]),
     ("Elle recevait 4 dollars (3,60 euros et 520 shillings) par jour.", [("4 dollars", ["3,60 euros", "520 shillings"])]),
     ("On lui verse 90 cedis par semaine, soit environ 6 dollars ou 5,40 euros.",
      [("90 cedis", ["6 dollars", "5,40 euros"])]),
     # a figure per another unit is another claim, not a restatement
     ("Elles gagnent un salaire mensuel de 45 000 roupies (environ 480 euros), soit à peine 2 euros de l'heure.",
      [("45 000 roupies", ["480 euros"]), ("2 euros", [])]),
     # outside a bracket, a comma and "et" list another claim
     ("Ils touchent 3 dollars de l'heure, soit 2,70 euros, et 40 dollars de prime par mois.",
      [("3 dollars", ["2,70 euros"]), ("40 dollars", [])])],
)
def test_linking_keeps_restatements_in_a_third_currency_on_their_claim(pipeline, text: str, expected: list) -> None:
    """SPEC section 2: the same amount given again in other currencies is not another claim."""
    assert [(c.amount.text, [x.text for x in c.converted]) for c in pipeline(text).claims] == expected


@pytest.mark.parametrize(
    "text,periods",
    [("Ses meilleurs mois, il gagne 2400 $ ; les pires, à peine 900 $.", ["month", "month"]),
     ("Les bons soirs, il gagne 9 000 francs CFA.", ["day"]),
     ("Le club lui a offert un salaire de 19 millions d'euros par saison.", ["year"]),
     ("Le document chiffre sa rémunération au titre de 2024 à 6,2 millions d'euros.", ["year"])],
)
def test_linking_reads_periods_a_story_gives_by_its_good_months_seasons_and_fiscal_years(
        pipeline, text: str, periods: list) -> None:
    assert [c.period for c in pipeline(text).claims] == periods


def test_linking_names_la_reunion_as_french_does(pipeline) -> None:
    """The territory's French name keeps its article, whether the text writes it or not."""
    text = ("À La Réunion, les femmes de chambre touchent 1 823 euros par mois. Sur l'île de la Réunion, les "
            "serveurs gagnent 1 790 euros par mois.")
    assert [c.place.name for c in pipeline(text).claims] == ["La Réunion", "La Réunion"]


@pytest.mark.parametrize(
    "text,kind",
    [("Dès janvier, les coursiers de moins de 18 ans toucheront 98 couronnes de l'heure.", "offered"),
     ("Les coursiers de moins de 18 ans touchent 98 couronnes de l'heure.", "paid"),
     # workers described as recruited are paid what they earn, not offered it
     ("Dans le même hôpital, les infirmières philippines, recrutées depuis plus longtemps, touchent de 6 000 à "
      "7 500 riyals par mois.", "paid"),
     # a worker telling the level they are at tells their pay
     ("Aujourd'hui, je suis à 31,10 $.", "paid")],
)
def test_linking_reads_the_kind_of_pay_told_in_the_future_or_by_a_worker(pipeline, text: str, kind: str) -> None:
    assert [c.kind for c in pipeline(text).claims] == [kind]


@pytest.mark.parametrize(
    "text,kind,payers",
    [("Chez Dockia, la grille salariale place un régleur à 2 240 euros brut par mois.", "offered", ["Dockia"]),
     pytest.param("Chez Veltra, le minimum garanti aux livreurs est de 12 euros de l'heure.", "offered", ["Veltra"],
                  marks=pytest.mark.xfail(strict=True, reason="known miss: the rules read the company's guaranteed "
                                          "minimum as offered; the kind model, which now reads every word of a "
                                          "sentence this short, takes 'minimum' for a benchmark (0.60)")),
     ("Le salaire plancher de la ligue est de 3 millions de roupies par saison pour les joueurs.", "offered", []),
     ("L'accord porte le minimum de branche à 1 850 euros brut par mois pour les employés.", "offered", []),
     # a minimum set by law stays a benchmark with no payer
     ("Chez Dockia, le salaire minimum légal est de 1 500 euros brut par mois.", "reference", []),
     # Madagascar's legal minimum is named "salaire minimum d'embauche"
     ("À Madagascar, le salaire minimum d'embauche passe à 262 680 ariary par mois, a annoncé le gouvernement.",
      "reference", []),
     # workers paid at the legal minimum: their pay, with its payer
     ("Chez Logivance, à Saran, les préparateurs sont en grève. Ils sont payés au Smic, soit 12,21 euros brut de "
      "l'heure.", "paid", ["Logivance"])],
)
def test_linking_reads_an_agreed_floor_as_offered_and_a_legal_minimum_as_reference(pipeline, text: str, kind: str,
                                                                                    payers: list[str]) -> None:
    """The guide's agreed floors: a rate an employer, a league or a branch sets is offered, with its payer."""
    claims = pipeline(text).claims
    assert [(c.kind, [o.name for o in c.organisations]) for c in claims] == [(kind, payers)]


@pytest.mark.parametrize(
    "text,marks",
    [# a level announced for later is offered; the level a change starts from is what workers had
     ("La paie des agents d'escale passera de 1 720 à 1 790 euros brut par mois en mars.",
      [["kind:paid"], ["kind:announced", "kind:offered"]]),
     ("Au 1er juin, la rémunération des guides passera à 2 150 euros brut par mois.", [["kind:announced", "kind:offered"]]),
     ("Les salaires des serveurs seront portés de 1 800 à 1 880 euros brut par mois.",
      [["kind:old-level", "kind:paid"], ["kind:offered"]]),
     # a legal minimum stays a benchmark on both levels
     ("Le salaire minimum passera de 11,65 à 11,88 euros de l'heure.", [["kind:reference"], ["kind:reference"]]),
     # the level a demand is compared with, as it is now, is paid
     ("Les couturières exigent 26 000 takas par mois, contre 12 800 takas actuellement.",
      [["kind:offered"], ["kind:current-level", "kind:paid"]])],
)
def test_linking_reads_announced_levels_as_offered(pipeline, text: str, marks: list[list[str]]) -> None:
    """The rules' kinds, which the kind model reads (`kindmodel.py`) and may overrule where the sentence says more:
    the guide's labels on dev take these as the rules do on most articles (test kind 0.864 to 0.865)."""
    claims = pipeline(text).claims
    assert [[m for m in c.provenance if m in ("kind:paid", "kind:offered", "kind:reference", "kind:announced",
                                                "kind:old-level", "kind:current-level")] for c in claims] == marks


@pytest.mark.parametrize(
    "text",
    ["À Rennes, les caissières en grève place de la République réclament 13 euros de l'heure.",
     "À Toulouse, les agents de nettoyage de la rue de Metz touchent 1 400 euros par mois.",
     "À Lyon, les vendeuses du magasin de la rue de Marseille touchent 1 500 euros par mois."],
)
def test_linking_places_workers_in_their_city_not_in_its_street(pipeline, text: str) -> None:
    assert [c.place.name for c in pipeline(text).claims] == [text.split(",")[0].split()[-1]]


def test_linking_places_workers_where_they_work_not_where_they_were_recruited(pipeline) -> None:
    text = ("Les marins ont été recrutés à Manille en 2023. Le navire est immobilisé à Fujairah depuis un an.\n\n"
            "Leur contrat prévoyait un salaire de 1 150 dollars par mois.")
    assert [c.place.name for c in pipeline(text).claims] == ["Fujairah"]


@pytest.mark.parametrize(
    "text,period",
    [("Le salaire moyen d'un téléconseiller débutant à Casablanca avoisine 4 500 dirhams.", "month"),
     ("La convention garantit à ses agents un salaire de base de 1 650 000 pesos.", "month"),
     # not an amount no month's salary is made of, nor a bonus
     ("Le salaire minimum n'augmentera que de trois centimes.", None),
     ("Les agents touchent une prime de 500 dirhams.", None)],
)
def test_linking_reads_a_salary_with_no_unit_as_monthly(pipeline, text: str, period: str | None) -> None:
    periods = [c.period for c in pipeline(text).claims]
    assert periods == [period] if period else "month" not in periods


@pytest.mark.parametrize(
    "text,role",
    [("Les aides-soignantes de l'établissement touchent 1 900 euros par mois.", "aides-soignantes"),
     ("Les bagagistes de l'aéroport sont payés 12 euros de l'heure.", "bagagistes"),
     ("Les intervenantes à domicile gagnent 11,90 euros de l'heure.", "intervenantes à domicile"),
     ("Les enseignants-chercheurs débutent à 2 300 euros par mois.", "enseignants-chercheurs")],
)
def test_linking_names_workers_by_their_trade(pipeline, text: str, role: str) -> None:
    assert [c.role.text for c in pipeline(text).claims] == [role]


def test_linking_places_each_item_of_a_list_where_it_says(pipeline) -> None:
    text = ("Le salaire moyen des infirmières tombe nettement : 2 350 euros par mois en Espagne, 1 550 euros au "
            "Portugal, 1 300 euros en Grèce.")
    assert [c.place.name for c in pipeline(text).claims] == ["Espagne", "Portugal", "Grèce"]


def test_linking_finds_an_organisation_again_by_the_first_word_of_its_name(pipeline) -> None:
    """"Kyaka Data Services", then "Kyaka l'a abaissé": the first word alone is that organisation."""
    text = ("Les annotateurs sont recrutés par Kyaka Data Services, un sous-traitant ougandais. Jusqu'en février, le "
            "tarif était de 12 000 shillings par heure ; Kyaka l'a abaissé à 10 000 shillings par heure au moment où "
            "Vantorix renégociait son contrat.")
    found = [e for e in pipeline(text).entities if e.label == "ORG" and e.text == "Kyaka"]
    assert [e.value for e in found] == ["Kyaka Data Services"]


@pytest.mark.xfail(strict=True, reason="known miss: the organisation model, which now reads the words of the "
                   "amount's sentence and how much of the article's payer mentions a name holds, gives the main payer "
                   "(named three times, in the lead) to the comparison placed in Madrid. Leaving such claims to the "
                   "rule (none) cost organisations on dev, cross-fitted, 0.641 -> 0.639")
def test_linking_gives_no_main_payer_to_pay_placed_elsewhere(pipeline) -> None:
    """The article's main payer employs the workers of its setting: a comparison placed in another city is not
    its pay, while a figure with no place of its own still is."""
    text = ("Lagos. La société Tekwerk emploie 300 développeurs au Nigeria. Tekwerk recrute encore, et Tekwerk veut "
            "doubler ses effectifs d'ici deux ans. Le marché est en plein essor.\n\nUn développeur confirmé y gagne "
            "900 000 nairas par mois. À Madrid, un développeur de même niveau gagne 60 000 euros par an.")
    claims = {c.amount.currency: c for c in pipeline(text).claims}
    assert [o.name for o in claims["NGN"].organisations] == ["Tekwerk"]
    assert claims["EUR"].place.name == "Madrid" and claims["EUR"].organisations == ()


def _two_sentences(first: str, second: str, paragraphs: tuple[int, int] = (0, 0)):
    """An article of two sentences, with its amounts and no other mention."""
    from frclaims.linking import Article
    from frclaims.money import find_money
    from frclaims.records import Span

    text = f"{first} {second}"
    return Article(text, [Span(0, len(first)), Span(len(first) + 1, len(text))], list(paragraphs),
                   find_money(text), [], [], [])


@pytest.mark.parametrize(
    "first,second,paragraphs,expected",
    [("Elle gagne 4.000 euros par mois.", "Les mauvais mois, à peine 1.500 euros.", (0, 0),
      ([], ["context:pay-before", "context:same-size"])),
     ("Les mauvais mois, à peine 1.500 euros.", "Elle gagne 4.000 euros par mois.", (0, 0),
      (["context:pay-after", "context:same-size"], [])),
     # an amount of another size, but not a hundred times smaller: beside pay, not a level of it
     ("Elle gagne 4.000 euros par mois.", "En janvier, c'est plutôt 600 euros.", (0, 0),
      ([], ["context:other-size", "context:pay-before"])),
     ("Elle gagne 4.000 euros par mois.", "Le repas lui coûte 15 euros.", (0, 0), ([], [])),
     # another paragraph, another currency, or no pay word: the sentence beside says nothing of the amount
     ("Elle gagne 4.000 euros par mois.", "Les mauvais mois, à peine 1.500 euros.", (0, 1), ([], [])),
     ("Elle gagne 4.000 dollars par mois.", "Les mauvais mois, à peine 1.500 euros.", (0, 0), ([], [])),
     ("Le loyer coûte 400 euros.", "Les charges, à peine 80 euros.", (0, 0), ([], []))],
)
def test_linking_reads_pay_in_the_sentences_around_an_amount(first: str, second: str, paragraphs: tuple[int, int],
                                                             expected: tuple[list[str], list[str]]) -> None:
    from frclaims.linking import _pay_context

    article = _two_sentences(first, second, paragraphs)
    assert (_pay_context(article, 0, article.money[0]), _pay_context(article, 1, article.money[1])) == expected


@pytest.mark.parametrize(
    "first,second,paragraphs,expected",
    [("Combien gagnez-vous, au final ?", "Les bons mois, 2.800 euros brut.", (0, 1), True),
     ("Que touchent-ils ?", "En moyenne 5,20 euros par course.", (0, 1), True),
     # or the next sentences of the question's paragraph, the dash of a dialogue after the question or not
     ("Combien gagnez-vous, au final ?", "Les bons mois, 2.800 euros brut.", (0, 0), True),
     ("— Combien gagnez-vous par mois ? —", "Les bons mois, 1 800 euros.", (0, 0), True),
     # a question about anything but pay asks nothing of it
     ("Combien coûte la grève ?", "Environ 3 millions d'euros par jour.", (0, 1), False),
     ("Vous gagnez combien.", "Les bons mois, 2.800 euros brut.", (0, 1), False)],
)
def test_linking_reads_an_answer_to_a_question_about_pay(first: str, second: str, paragraphs: tuple[int, int],
                                                         expected: bool) -> None:
    """An interview asks about pay in a paragraph of its own and answers with an amount in the next, often with no
    pay word ("Combien gagnez-vous ?" / "Les bons mois, 2.800 euros brut."): the pay model reads that."""
    from frclaims.linking import _pay_question

    assert (_pay_question(_two_sentences(first, second, paragraphs), 1) is not None) is expected


def test_linking_reads_a_question_of_the_paragraph_two_sentences_back_at_most() -> None:
    from frclaims.linking import Article, _pay_question
    from frclaims.money import find_money
    from frclaims.records import Span

    sentences = ["Combien gagnez-vous ?", "Je roule.", "Je roule encore.", "Puis 2.800 euros."]
    text = " ".join(sentences)
    starts = [text.index(s) for s in sentences]
    article = Article(text, [Span(a, a + len(s)) for a, s in zip(starts, sentences)], [0, 0, 0, 0],
                      find_money(text), [], [], [])
    assert [_pay_question(article, k) is not None for k in range(4)] == [False, True, True, False]


def test_linking_takes_the_answer_to_a_question_about_pay_as_pay(pipeline) -> None:
    text = ("Amina est livreuse pour Uber Eats à Lyon depuis deux ans.\n\nCombien gagnez-vous ?\n\n"
            "1 200 euros par mois, pas plus.")
    claims = pipeline(text).claims
    assert [(c.amount.min, c.period) for c in claims] == [(1200, "month")]
    assert "context:asked-pay" in claims[0].provenance


@pytest.mark.parametrize(
    "second,expected",
    [("Maintenant, c'est rarement plus de 12 000 shillings.", ["18 000 shillings", "12 000 shillings"]),
     # beside pay, but a hundred times smaller, or a price
     ("Maintenant, c'est rarement plus de 120 shillings.", ["18 000 shillings"]),
     ("Le litre d'essence coûte 200 shillings.", ["18 000 shillings"])],
)
def test_linking_reads_a_level_the_sentence_before_speaks_of_as_pay(pipeline, second: str, expected: list) -> None:
    """A sentence with no pay word, unit nor workers of its own, right after pay of the same size in the same
    currency, states a level of it (`linking._pay_context`)."""
    text = "Il est payé 18 000 shillings par jour. " + second
    assert [c.amount.text for c in pipeline(text).claims] == expected


@pytest.mark.parametrize(
    "text,marked",
    [("L'agence facture 40 euros de l'heure et verse 12 euros à la femme de chambre.", {"12 euros": True}),
     ("La coopérative versera une prime de 300 euros à chaque cueilleur qui reste jusqu'à la fin de la saison.",
      {"300 euros": True}),
     # a determiner is a whole word: "le" does not stop at the start of "leurs"
     ("La coopérative verse une prime de 300 euros à leurs cueilleurs.", {"300 euros": True}),
     ("La coopérative verse une prime de 300 euros à ces cueilleurs.", {"300 euros": True}),
     ("Les cueilleurs touchent 300 euros par semaine.", {"300 euros": False})],
)
def test_linking_marks_an_amount_that_goes_to_workers(pipeline, text: str, marked: dict) -> None:
    """"verse 12 euros à la femme de chambre": a sum paid to workers is their pay, whatever the sentence says of
    prices around it (mark "to-workers", read by the pay model)."""
    claims = {c.amount.text: "to-workers" in c.provenance for c in pipeline(text).claims}
    assert claims == marked


@pytest.mark.parametrize("agency", ["Belga", "Xinhua", "ANSA", "EFE", "Kyodo", "Anadolu", "Associated Press"])
def test_linking_a_news_agency_in_a_dateline_pays_no_one(pipeline, agency: str) -> None:
    """The agency that files a wire is its source (data/organisations.tsv, type media), never the payer."""
    text = (f"ANVERS, 12 juin ({agency}) – Les dockers du port ont signé un accord. Le salaire horaire de base "
            "d'un docker qualifié passera à 25,18 euros au 1er octobre.")
    claim = pipeline(text).claims[0]
    assert claim.organisations == ()


@pytest.mark.parametrize(
    "text,organisations",
    [  # an institution named with its town is one organisation, and may pay
     ("À l'université de Kassel, un doctorant en première année touche environ 3 050 euros brut par mois.",
      ["université de Kassel"]),
     # "touche au centre hospitalier de X" says where the pay is earned, not who is paid
     ("Une infirmière débutante touche au centre hospitalier de Cornouaille 2 040 euros nets par mois.",
      ["centre hospitalier de Cornouaille"]),
     # where someone studied, or the affiliation of a person quoted, pays no one
     ("Nino, diplômée de philologie française de l'université d'État de Tbilissi, gagne 1 600 lari par mois chez "
      "Kavkaz Contact.", ["Kavkaz Contact"]),
     ("Kristina Hofer, sociologue à l'université de Vienne, a épluché les annonces : une aidante slovaque touche "
      "80 euros par jour.", []),
     # a court, and a union or a college of nurses our table knows, pay no one
     ("Le tribunal correctionnel de Lorient a jugé l'armateur Breizh Marée. Ses matelots touchent 1 900 euros "
      "par mois chez Breizh Marée.", ["Breizh Marée"]),
     ("Le Royal College of Nursing rejette l'offre : une infirmière du NHS touche 29 970 livres par an.", ["NHS"])],
)
def test_linking_reads_institutions_named_with_their_town(pipeline, text: str, organisations: list[str]) -> None:
    assert [o.name for o in pipeline(text).claims[-1].organisations] == organisations


@pytest.mark.parametrize(
    "text",
    ["En Algérie, l'allocation chômage des primo-demandeurs sera portée à 18 000 dinars par mois.",
     "La pension moyenne des anciens mineurs plafonne à 1 240 euros brut par mois.",
     "Son père, ancien instituteur, vit avec sa retraite de 40 dollars par mois.",
     "La direction du studio affirme avoir déjà haussé de 1 $ l'heure le salaire des testeurs en janvier."],
)
def test_linking_takes_no_pay_from_a_social_benefit_or_an_increment(pipeline, text: str) -> None:
    assert pipeline(text).claims == []


@pytest.mark.parametrize(
    ("text", "amounts"),
    [("Avec la dévaluation, la livre est tombée à près de 49 livres pour un dollar.", []),
     ("Le dong s'échange à 27 000 dongs pour 1 euro ; un ouvrier gagne 6 millions de dongs par mois.",
      ["6 millions de dongs"]),
     # one unit of the same currency is no exchange rate
     ("Ils touchent 300 dirhams pour un travail de nuit.", ["300 dirhams"])],
)
def test_linking_takes_no_pay_from_an_exchange_rate(pipeline, text: str, amounts: list[str]) -> None:
    """The price of one unit of another currency ("49 livres pour un dollar") is an exchange rate."""
    assert [c.amount.text for c in pipeline(text).claims] == amounts


@pytest.mark.parametrize(
    ("text", "amount"),
    [  # a living wage is a benchmark pay level, unlike a household's living income
     ("Les syndicats réclament un salaire vital de 300 dollars par mois.", "300 dollars"),
     # pages named before a pay word are the work paid, not a book's reference
     ("Elle a traduit 300 pages, payées 2 000 euros.", "2 000 euros"),
     # what an organisation earns is no pay, what its workers earn is
     ("Chaque match rapporte 200 euros aux joueuses du club.", "200 euros")],
)
def test_linking_keeps_pay_beside_words_of_living_costs_and_books(pipeline, text: str, amount: str) -> None:
    assert [c.amount.text for c in pipeline(text).claims] == [amount]


@pytest.mark.parametrize(
    ("text", "claims"),
    [("Pour calmer la grève, la direction a relevé les salaires des caristes de 80 centimes de l'heure.", []),
     ("L'an dernier, le groupe a augmenté ses livreurs de 45 euros par mois.", []),
     ("Cette saison, l'équipe a augmenté tout le monde de 150 euros brut.", []),
     ("Le syndicat des aides-soignantes demande une revalorisation mensuelle de 120 euros.", []),
     ("Les caristes touchent 11,80 euros de l'heure. En mars, la direction a relevé leur taux horaire de 40 "
      "centimes.", [11.80]),
     # a change names two levels, each a claim
     ("La direction a relevé le salaire d'embauche de 1 800 à 1 900 euros par mois.", [1800, 1900])],
)
def test_linking_reads_a_change_by_an_amount_after_its_object_as_an_increment(pipeline, text: str,
                                                                               claims: list[float]) -> None:
    """A verb of change, its object, then "de" and an amount say by how much pay changed: no claim."""
    assert [float(c.amount.min) for c in pipeline(text).claims] == claims


@pytest.mark.parametrize(
    ("text", "claims"),
    [("La commune, qui consacre chaque année 480 millions d'euros à la voirie, a proposé aux cantonniers une prime "
      "de 70 euros par mois.", [70]),
     ("Un cariste débute à 1 850 euros brut par mois et atteint 2 100 euros après cinq ans.", [1850, 2100]),
     ("Les hôtesses touchent 45 euros par vol, et 60 euros sur les lignes longues.", [45, 60])],
)
def test_linking_lists_beside_a_claim_only_amounts_of_its_size(pipeline, text: str, claims: list[float]) -> None:
    """An amount with no cue of its own is listed beside a claim of its sentence when it is within ten times it
    (`SIBLING_RATIO`): a town's budget is no level of a bonus."""
    assert [float(c.amount.min) for c in pipeline(text).claims] == claims


@pytest.mark.parametrize(
    "text,period",
    [("Le poste est proposé à 1 800 euros nets sur 13 mois.", "month"),
     ("Le salaire minimum espagnol est de 1 184 euros sur quatorze versements.", "month"),
     ("Le poste est payé 30 000 euros brut sur 12 mois.", "year"),  # (without "brut", pay at 0.59: a threshold case)
     # a span of a few months is pay for several units of time, with no period
     ("Il a touché 3 000 euros sur 3 mois.", None)],
)
def test_linking_reads_a_year_s_pay_schedule_by_the_size_of_the_amount(rules_period_pipeline, text: str,
                                                                        period: str | None) -> None:
    assert [c.period for c in rules_period_pipeline(text).claims] == [period]


@pytest.mark.parametrize("text,by_the_month", [("Il touche un salaire de 1 900 euros.", True),
                                                 ("Il touche un salaire de 42 000 euros.", False),
                                                 ("Le salaire moyen avoisine 4 500 dirhams.", True)])
def test_linking_reads_a_salary_with_no_unit_by_the_month_below_a_yearly_size(pipeline, text: str,
                                                                             by_the_month: bool) -> None:
    claim = pipeline(text).claims[0]
    assert ("period:salary" in claim.provenance) is by_the_month and (claim.period == "month") is by_the_month


def test_linking_reads_pay_told_in_the_future_as_offered(pipeline) -> None:
    claim = pipeline("Pas de salaire, mais une indemnité : l'association lui versera 850 euros par mois.").claims[0]
    assert (claim.amount.min, claim.period, claim.kind) == (850, "month", "offered")



@pytest.mark.parametrize(
    "text,marks",
    [("Il touche 1 200 euros brut par mois.", ["nearest-cue:pay", "nearest-cue:pay:after", "nearest-cue:for"]),
     ("Il touche 1 200 euros par mois.", ["nearest-cue:pay", "nearest-cue:pay:before", "nearest-cue:for"])],
)
def test_linking_tells_the_pay_model_which_cue_is_nearest_the_amount(pipeline, text: str, marks: list) -> None:
    """The word nearest an amount mostly governs it ("loués 200 euros par mois" beside "touche" further away): the
    provenance names its family, its side and whether it counts for pay, which the pay model reads."""
    provenance = pipeline(text).claims[0].provenance
    assert [m for m in provenance if m.startswith("nearest-cue:")] == marks


@pytest.mark.parametrize(
    "text,period",
    [("Le salaire quotidien d'un journalier est de 42 euros.", "day"),
     ("Leur salaire mensuel atteint 1 800 euros.", "month"),
     # a period adjective used as a noun is a publication, not the unit of the pay after it
     ("Dans la presse quotidienne régionale, la médiane tombe à 42 euros.", None),
     ("Dans un grand quotidien national, la pige rapporte 240 euros.", None),
     ("Selon le mensuel Capital, un cadre touche 4 000 euros.", None)],
)
def test_period_before_reads_no_unit_in_a_publication(text: str, period: str | None) -> None:
    from frclaims.money import find_amounts
    from frclaims.periods import period_before

    amount = find_amounts(text)[0]
    found = period_before(text, amount.start, 0)
    assert (found[0] if found else None) == period


def test_linking_reads_the_items_of_a_list_with_the_sentence_that_introduces_it(rules_period_pipeline) -> None:
    """An explainer lists pay levels under a sentence that says what they are: each item has no pay word nor unit
    of its own."""
    text = ("Les montants ci-dessous, publiés par Eurostat, sont des salaires minimaux mensuels bruts.\n\n"
            "- Pologne : 4 666 zlotys ;\n- Bulgarie : 1 077 leva ;\n- Hongrie : 290 800 forints.\n\n"
            "La Commission publiera les prochains chiffres en juillet.")
    claims = rules_period_pipeline(text).claims
    assert [(c.amount.currency, c.period, c.place.name if c.place else None) for c in claims] == [
        ("PLN", "month", "Pologne"), ("BGN", "month", "Bulgarie"), ("HUF", "month", "Hongrie")]
    assert all("list-item" in c.provenance for c in claims)
    # the same lines under a sentence that says nothing of pay are no claims
    prices = text.replace("sont des salaires minimaux mensuels bruts", "sont les prix d'un panier de courses")
    assert rules_period_pipeline(prices).claims == []


@pytest.mark.parametrize(
    "text,claims",
    [# what is taken off the worker's pay is no pay; what the work brings is
     ("« Si je coupe moins de 60 régimes, on me retire 500 francs », explique cet ouvrier camerounais payé 2 500 "
      "francs CFA par jour.", [2500]),
     ("« Les bonnes semaines, j'en retire une vingtaine de dollars », dit Maricel, qui annote des images.", [20]),
     # adding an amount to a pay is an increment
     ("Ajouter 50 centimes par course, comme le proposent certaines plateformes, ne changera rien.", []),
     # a bonus added to a pay is pay
     ("Les vendeurs touchent 1 150 dinars par mois, auxquels s'ajoute une prime d'assiduité de 80 dinars.",
      [1150, 80]),
     ("Son salaire de base : 45 000 leks par mois, auxquels s'ajoutent 600 ou 700 leks par contrat signé.",
      [45000, 600])],
)
def test_linking_tells_what_is_taken_off_or_added_to_pay_from_a_pay_level(pipeline, text: str,
                                                                          claims: list) -> None:
    assert [float(c.amount.min) for c in pipeline(text).claims] == claims


@pytest.mark.parametrize(
    "text,kind",
    [("Un chef d'équipe expérimenté peut prétendre à 36 k€ annuels.", "offered"),
     # "prévoyait" is a form of "prévoir" the table's "prévoi*" does not match
     ("Le contrat de Rodel prévoyait un salaire mensuel de 1 150 dollars.", "offered"),
     ("En Pologne, les salaires minimaux atteignent 4 666 zlotys par mois.", "reference")],
)
def test_linking_reads_the_kind_that_every_form_of_a_cue_says(pipeline, text: str, kind: str) -> None:
    assert [c.kind for c in pipeline(text).claims] == [kind]


@pytest.mark.parametrize(
    "text,qualifier",
    [("Leur salaire n'est que de 300 euros par mois.", "only"),
     ("Leur salaire est de 300 euros par mois.", None),
     # a modal with "ne" alone negates, as "pas" does
     ("Le salaire ne peut pas être inférieur à 1 500 euros par mois.", "at_least"),
     ("Le salaire ne peut être inférieur à 1 500 euros par mois.", "at_least"),
     ("Le salaire ne peut excéder 2 000 euros par mois.", "less_than"),
     ("Le salaire ne saurait en aucun cas dépasser 2 000 euros par mois.", "less_than"),
     ("Le salaire est inférieur à 1 500 euros par mois.", "less_than"),
     # an adverb between a verb and the amount leaves the bound, or its negation, as it is
     ("Le revenu ne dépasse toujours pas 4 000 francs par mois.", "less_than"),
     ("Le salaire avoisine désormais 2 400 francs par mois.", "about"),
     ("Le salaire dépasse largement 2 400 francs par mois.", "more_than"),
     # a negative subject far from its "ne", or "jamais" first
     ("Aucun des livreurs rencontrés par le collectif CLAP ne touche plus de 300 euros par semaine.", "less_than"),
     ("Jamais les livreurs de Flink à Berlin n'ont été payés moins de 12 euros de l'heure.", "at_least"),
     ("Les livreurs touchent plus de 12 euros de l'heure, mais jamais ils ne le disent.", "more_than")],
)
def test_qualifier_reads_modal_negations_and_adverbs_after_a_verb(text: str, qualifier: str | None) -> None:
    amount = re.search(r"\d[\d ]*\d (?:euros|francs)", text)
    assert amount is not None
    found = qualifier_of(text, amount.start(), amount.end())
    assert (found[0] if found else None) == qualifier


def test_linking_fills_the_qualifier_of_a_figure_from_where_it_is_repeated(pipeline) -> None:
    """The guide fills a repeated figure's slots from the sentence that says most: a title gives the figure, the
    body says it is about that much."""
    text = ("Les modérateurs de Hyderabad payés 60 000 roupies par mois\n\n"
            "Selon nos informations, les modérateurs de contenu touchent autour de 60 000 roupies par mois.")
    claims = pipeline(text).claims
    assert [(c.amount.min, c.qualifier) for c in claims] == [(60000, "about")]


@pytest.mark.parametrize(
    "text",
    ["Pour un roman de 300 pages, mon éditeur de Kiev me paie 40 000 hryvnias.",
     "Pour cette illustration de couverture, l'illustratrice recevra 360 euros."],
)
def test_linking_reads_a_unit_of_work_a_sentence_opens_with(rules_period_pipeline, text: str) -> None:
    assert [c.period for c in rules_period_pipeline(text).claims] == ["task"]


@pytest.mark.parametrize("text,place", [(" aux Pays-Bas", "Pays-Bas"), (" bruts au Portugal", "Portugal"),
                                        (" dans l'Oise", "Oise"), (" en Grèce", "Grèce")])
def test_a_locative_after_an_amount_is_read_whole(text: str, place: str) -> None:
    """"aux" is tried before "au": the place after an amount starts where the locative ends."""
    from frclaims.linking import LOCATIVE_AFTER

    at = LOCATIVE_AFTER.match(text)
    assert at is not None and text[at.end():] == place


@pytest.mark.parametrize("text", ["Karya rémunère les villageoises 5 dollars de l'heure.",
                                  "Les plateformes les rémunèrent 5 dollars de l'heure."])
def test_linking_reads_the_present_of_remunerer_as_a_pay_word(pipeline, text: str) -> None:
    """"rémunère" changes the accent of the stem "rémunér-": both are pay words."""
    claim = pipeline(text).claims[0]
    assert "cue:pay:rémunèr*" in claim.provenance and claim.kind == "paid"


@pytest.mark.parametrize(
    "text,claims",
    [("Après la location, l'essence et la commission de 17 % prélevée par la plateforme, il affirme gagner en "
      "moyenne 150 000 FCFA par mois.", [150000]),
     # costs after the comma are still the amount's own
     ("Après trois ans, la location de sa moto lui coûte 40 000 FCFA par mois.", [])],
)
def test_linking_reads_pay_after_the_costs_a_sentence_opens_with_as_pay(pipeline, text: str, claims: list) -> None:
    assert [float(c.amount.min) for c in pipeline(text).claims] == claims


@pytest.mark.parametrize(
    "text,claims",
    [# what an employer keeps back for a bed or meals, and what a worker sends home, are no pay
     ("Employé par une exploitation d'asperges, il a touché 1 150 euros pour un mois de récolte, après "
      "déduction de 400 euros pour le logement en conteneur.", [1150]),
     # (an allowance for them is pay, and so is the pay a deduction is made on)
     ("Une déduction de 2 % est opérée sur les 2 000 euros de salaire mensuel des apprentis.", [2000]),
     ("Les stagiaires de l'ambassade reçoivent 300 euros pour le logement et 150 euros pour la nourriture chaque "
      "mois.", [300, 150]),
     ("Ils sont payés 15,75 $ l'heure. « Avec les heures supplémentaires, je peux envoyer 800 $ par mois à ma "
      "famille », dit Edgar.", [15.75]),
     # a doctoral stipend is pay; a share price is not
     ("Depuis avril, les bourses fédérales au doctorat ont été portées à 40 000 $ par an.", [40000]),
     ("La Bourse de Tunis a gagné 2 %, à 9 000 points, et le titre a clôturé à 25 dinars.", []),
     ("La négociation annuelle a clôturé mardi sur un salaire d'embauche de 1 900 euros.", [1900])],
)
def test_linking_tells_deductions_remittances_and_share_prices_from_pay(pipeline, text: str, claims: list) -> None:
    assert [float(c.amount.min) for c in pipeline(text).claims] == claims


def test_linking_reads_no_period_in_a_year_of_service(pipeline) -> None:
    """A severance counted per year of service is not pay per year."""
    claims = pipeline("La direction propose 2 000 euros d'indemnité par année d'ancienneté.").claims
    assert all(c.period != "year" for c in claims)


@pytest.mark.parametrize("text,period", [("Les cueilleuses touchent 30 euros journaliers.", "day"),
                                         ("Les cueilleuses touchent des primes quotidiennes de 5 euros.", "day"),
                                         ("Le directeur touche 300 000 euros annuellement.", "year"),
                                         ("L'annonce promet aux annotateurs $12.50/hr.", "hour"),
                                         ("« Salary: $60,000/yr », promet l'annonce aux annotateurs.", "year"),
                                         ("Les annotateurs gagnent $3,000 per month.", "month"),
                                         ("Le soigneur touche 60 euros d'indemnité par jour de course.", "day")])
def test_linking_reads_every_form_of_a_period_word(rules_period_pipeline, text: str, period: str) -> None:
    assert [c.period for c in rules_period_pipeline(text).claims] == [period]


@pytest.mark.parametrize(
    "text,currency",
    [# France's, Belgium's and Luxembourg's francs before the euro: in a sentence dated before 2002, or named.
     ("En 1985, un ouvrier de Renault à Boulogne-Billancourt gagnait 6 000 francs par mois.", "FRF"),
     ("Dans les années 1990 en Belgique, un mineur gagnait 60 000 francs par mois.", "BEF"),
     ("Un mineur gagnait alors 60 000 francs belges par mois.", "BEF"),
     # Today the franc of a worker in France is the Swiss one: the figure of a year is no date.
     ("Les frontaliers qui vivent en France touchent 6 000 francs par mois à Genève.", "CHF"),
     ("Un ouvrier de Renault en France gagnait 1850 francs par mois.", "CHF"),
     # Dated before the euro, bare francs where no country is named are France's; undated, still the Swiss ones.
     ("En 1985, un mineur gagnait 6 000 francs par mois.", "FRF"),
     ("Les ouvriers gagnent 3 000 francs par mois.", "CHF"),
     ("En Suisse, en 1995, un maçon touchait 4 500 francs par mois.", "CHF"),
     # The other currencies the euro replaced, in stories of pay before it; bare lires and escudos are current
     # elsewhere (Turkey, Cape Verde).
     ("En 1990, un ouvrier allemand gagnait 3 000 deutsche marks par mois.", "DEM"),
     ("En 1996, un serveur madrilène touchait 90 000 pesetas par mois.", "ESP"),
     ("En Grèce, un serveur gagnait 150 000 drachmes par mois en 1998.", "GRD"),
     ("À Milan, en 1999, un ouvrier de Fiat touchait 1,8 million de lires par mois.", "ITL"),
     ("À Istanbul, un ouvrier du textile gagne 17 000 lires par mois.", "TRY"),
     ("En 1997, les ouvrières de Porto gagnaient 60 000 escudos par mois.", "PTE"),
     ("À Praia, un docker gagne 30 000 escudos par mois.", "CVE"),
     # undated, Italy's and Portugal's are not read: Turkish lires, Cape Verde's escudos
     ("Un chauffeur turc installé en Italie depuis 2015 gagnait 30 000 lires par mois à Istanbul.", "TRY"),
     ("Au Portugal, de nombreux Cap-Verdiens travaillent dans le bâtiment. Dans leur pays, un maçon gagne 20 000 "
      "escudos par mois.", "CVE"),
     # bare francs no place resolves are the CFA francs the article names
     ("Au magasin de la coopérative Ecam-Duékoué, le magasinier perçoit un salaire de 120 000 francs CFA par mois, "
      "et les dockers qui chargent les camions 200 francs par sac.", "XOF"),
     ("À Dakar, un docker gagne 2 000 francs CFA par jour. À Genève, un maçon gagne 6 000 francs par mois.", "CHF"),
     # not francs named before the CFA francs
     ("Chez Migros, une caissière débute à 4 200 francs par mois, selon le syndicat Unia. À titre de comparaison, le "
      "salaire minimum en zone CFA tourne autour de 60 000 francs CFA.", "XOF"),
     ("Un frontalier installé à Annemasse gagne 7 000 francs par mois chez un horloger. Le franc CFA, lui, s'échange "
      "à 655,957 francs CFA pour un euro.", "CHF"),
     # a year of an earlier sentence does not date the amount
     ("Fondée en 1987, la coopérative emploie aujourd'hui 40 personnes. Chaque employé touche 4 800 francs par mois.",
      "CHF"),
     # unless the story is set where francs are no longer current, and no country whose francs are is named
     ("En 1952, un mineur de Liévin, dans le Pas-de-Calais, gagnait 28 000 francs par mois. Les bons mois, sa paie "
      "grimpait jusqu'à 35 000 francs.", "FRF"),
     ("Mai 1968. Rue de Grenelle, le gouvernement accepte de porter le salaire minimum français de 2,22 francs à 3 "
      "francs de l'heure.", "FRF"),
     ("En 1974, la sidérurgie tournait à plein au Luxembourg. Le salaire social minimum s'élevait à 11 000 "
      "francs par mois.", "LUF"),
     ("En 1995, l'usine de Morteau a fermé. Les frontaliers français travaillent désormais à Genève pour 6 000 "
      "francs par mois.", "CHF"),
     ("Depuis 1998, des frontaliers français font la route. Un décolleteur y gagne 4'800 francs par mois.", "CHF"),
     ("Fondée en 1931, la Coop emploie des milliers de vendeuses. Elles gagnent 4 100 francs par mois, bien plus "
      "qu'en France.", "CHF"),
     ("En 1995, Sophie a quitté la France. Elle est infirmière à Delémont et gagne 6 500 francs par mois.", "CHF"),
     # A paisa is a hundredth of the rupee of the country named.
     ("À Karachi, un livreur touche 50 paisas par kilomètre.", "PKR"),
     # Regions and islands by their French names, and a country the table spells otherwise than CLDR.
     ("À Bali, les serveurs touchent 3 millions de roupies par mois.", "IDR"),
     ("Au Sind, les livreurs touchent 800 roupies par jour.", "PKR"),
     ("En Guinée équatoriale, les ouvriers du pétrole gagnent 150 000 francs CFA par mois.", "XAF"),
     ("En Centrafrique, les enseignants gagnent 60 000 francs CFA par mois.", "XAF"),
     ("Les guides balinais perçoivent 150 000 roupies par excursion.", "IDR"),
     # Where workers come from names no currency of their pay.
     ("Au Kenya, Sama paie ses modérateurs 60 000 shillings kényans par mois. Les expatriés venus d'Éthiopie, "
      "d'Ouganda ou de Somalie touchaient en outre une prime de 10 000 shillings.", "KES")],
)
def test_linking_reads_old_francs_subunits_and_regions_for_the_currency(pipeline, text: str, currency: str) -> None:
    assert pipeline(text).claims[-1].amount.currency == currency


@pytest.mark.parametrize(
    "text,period",
    [# A company's trade is no unit of pay.
     ("Un livreur de la société de livraison gagne 1 800 euros.", None),
     ("Chez ce spécialiste de la livraison de repas, un coursier touche 1 500 euros.", None),
     ("Les livraisons sont payées 3 euros.", "task")],
)
def test_linking_reads_no_unit_of_pay_in_a_company_s_trade(rules_period_pipeline, text: str,
                                                          period: str | None) -> None:
    assert rules_period_pipeline(text).claims[0].period == period


@pytest.mark.parametrize(
    "text,kind",
    [("« Sur une soirée, je ramène 35 euros, quand ça marche bien », raconte Karim, livreur à Lyon.", "paid"),
     # the imperative of an advertisement promises a rate
     ("« Devenez livreur et gagnez jusqu'à 25 euros de l'heure ! », proclamaient les affiches de Flink.",
      "offered")],
)
def test_linking_reads_pay_brought_home_and_pay_promised_by_an_ad(pipeline, text: str, kind: str) -> None:
    assert [c.kind for c in pipeline(text).claims] == [kind]


def test_linking_takes_no_claim_from_a_general_raise_restated_in_euros(pipeline) -> None:
    text = "La direction propose une augmentation générale de 3 %, soit 50 euros bruts par mois."
    assert pipeline(text).claims == []


def test_qualifier_of_reads_en_plus_de_as_an_addition_not_a_bound() -> None:
    text = "Un livreur touche 50 paisas par kilomètre en plus de 80 roupies par course."
    start = text.index("80")
    assert qualifier_of(text, start, start + len("80 roupies")) is None


@pytest.mark.parametrize(
    "text,organisations,role",
    [# An adverb that opens a sentence is no organisation.
     ("Jusqu'ici, la plateforme les rémunérait 19 francs de l'heure.", [], None),
     # A public employer named by its acronym.
     ("Le CNRS paie ses chercheurs contractuels 2 300 euros bruts par mois.", ["CNRS"], "chercheurs contractuels"),
     ("Au CHUV, une infirmière diplômée débute à 6'300 francs par mois.", ["CHUV"], "infirmière diplômée"),
     # A club named by its acronym.
     ("Un milieu de terrain du PSG gagne 450 000 euros brut par mois.", ["PSG"], "milieu de terrain"),
     # "journalier" after a noun is an adjective, no day labourer.
     ("Pour chaque image détourée au-delà du quota journalier, Fanja reçoit 0,08 dollar de la société Vectis.",
      ["Vectis"], None)],
)
def test_linking_tells_names_and_roles_from_adverbs_and_adjectives(pipeline, text: str, organisations: list[str],
                                                                  role: str | None) -> None:
    claim = pipeline(text).claims[0]
    assert ([o.name for o in claim.organisations], claim.role.text if claim.role else None) == (organisations, role)


@pytest.mark.parametrize(
    ("text", "organisations"),
    [  # a job board publishes an offer, a media outlet reports it, a rubric heads the article: none pays
     ("L'annonce publiée sur LinkedIn promettait un package attractif ; en réalité, les moins anciens ne "
      "perçoivent que 45 000 shillings nets.", []),
     ("Ils gagnaient 2 dollars de l'heure, a rapporté Daily Nation.", []),
     ("Chronique. Quand j'ai commencé dans ce journal, un stagiaire touchait 1 800 euros par mois.", []),
     # the payer beside them stays, and a name after a word of these that is no source
     ("Les livreurs de Deliveroo touchent 12 euros de l'heure, selon une offre publiée sur Indeed.", ["Deliveroo"]),
     ("Les salariés embauchés au titre de Manpower touchent 11 euros de l'heure.", ["Manpower"]),
     ("Les élus déplorent que Lidl paie ses caissières 1 400 euros par mois.", ["Lidl"]),
     # employers named in lower case, or by their founder's full name
     ("À Bruxelles, les facteurs de bpost gagnent 15,20 euros de l'heure.", ["bpost"]),
     ("Chez Louis Vuitton, les maroquiniers démarrent à 1 900 euros brut mensuels.", ["Louis Vuitton"]),
     # a source a union noun introduces, then the payer after a comma: no list of unions
     ("Selon le syndicat Unia, Nestlé verse à ses employés de bureau 5'200 francs par mois.", ["Nestlé"]),
     # a rival, a company bought: set apart from the employer
     ("Contrairement à Uber Eats, son concurrent Stuart salarie ses coursiers et les paie 11,65 euros de l'heure.",
      ["Stuart"]),
     ("Getir, qui a racheté son concurrent Gorillas, paie ses livreurs 12 euros de l'heure.", ["Getir"]),
     # "au PSG" after a verb of earning says where, not to whom
     ("Le joueur percevra au PSG 450 000 euros par mois.", ["PSG"]),
     # a league, an NGO, a newspaper that pays its own workers in so many words is their payer
     ("La NBA paie ses arbitres 250 000 dollars par an.", ["NBA"]),
     ("Le Parisien paie ses pigistes 60 euros le feuillet.", ["Le Parisien"]),
     # the amount between the verb and its own workers, in one clause
     ("L'Institut polytechnique de Bretagne-Sud verse ainsi 2 450 euros brut par mois à ses doctorants.",
      ["Institut polytechnique de Bretagne-Sud"]),
     ("Le syndicat Solidaires verse 1 200 euros par mois à ses permanents.", ["Solidaires"]),
     # not the name the subject's complement names, nor a name before a relative clause about others
     ("Les maraîchers de la FNSEA paient 11,65 euros de l'heure à leurs saisonniers.", []),
     # a newspaper that reports a figure is still no payer
     ("Selon Le Monde, Uber paie ses chauffeurs 20 euros de l'heure.", ["Uber"]),
     # a name its workers or a verb of employing show to be an employer, whatever else it is
     ("Les salariés de l'association Solidel touchent 1 850 euros brut par mois.", ["Solidel"]),
     ("La CFDT emploie 400 salariés. Ils sont payés 1 950 euros par mois.", ["CFDT"]),
     # the owner of a workplace the NER reads as a place, an acronym after "d'"
     ("Dans l'entrepôt de Logivia à Nienburg, les préparateurs de commandes sont payés 13,50 euros de l'heure.",
      ["Logivia"]),
     ("Florent travaille dans un entrepôt d'ASOS. Il gagne 480 livres par semaine.", ["ASOS"]),
     ("Le groupe d'Ehpad Orpea paie ses aides-soignantes 1 800 euros par mois.", ["Orpea"]),
     ("Amazon a ouvert un entrepôt à Brétigny. Les préparateurs y gagnent 11 euros de l'heure.", ["Amazon"]),
     ("Les médecins employés par MSF au Yémen touchent 1 200 dollars par mois.", ["MSF"]),
     # a company named again by a possessive noun, further back than two sentences
     ("À Tanger, l'usine de câblage de Yazaki tourne en trois équipes. Le site fournit les constructeurs "
      "européens. Les ouvrières viennent des campagnes. La plupart sont en CDD. Leur employeur leur verse 3 200 "
      "dirhams par mois.", ["Yazaki"]),
     ("Un ouvrier employé par YPF peut gagner 3 millions de pesos par mois.", ["YPF"]),
     # an employer the next sentence names in apposition, after a quote
     ("« Je suis payée 1 650 euros brut par mois », explique Sabrina, téléconseillère. Son employeur, "
      "Teleperformance, traite les appels d'EDF.", ["Teleperformance"]),
     # an institution of a département
     ("Le conseil départemental du Calvados verse 1 700 euros par mois à ses assistants familiaux.",
      ["conseil départemental du Calvados"])],
)
def test_linking_tells_payers_from_sources_and_finds_them_by_staff_sites_and_nouns(
        pipeline, text: str, organisations: list[str]) -> None:
    assert [[o.name for o in c.organisations] for c in pipeline(text).claims] == [organisations]


@pytest.mark.parametrize(
    "text",
    ["Les modérateurs gagnent 21 000 shillings kényans par mois, ce qui équivalait à environ 170 dollars.",
     "Les modérateurs gagnent 21 000 shillings kényans par mois, ce qui représente 150 euros.",
     "Les modérateurs gagnent 21 000 shillings kényans par mois, l'équivalent de 150 euros."],
)
def test_linking_reads_a_verb_of_equivalence_as_a_conversion(pipeline, text: str) -> None:
    [claim] = pipeline(text).claims
    assert (claim.amount.currency, claim.amount.min) == ("KES", 21000)
    assert [(c.min, c.currency) for c in claim.converted] in ([(170, "USD")], [(150, "EUR")])


@pytest.mark.parametrize(
    ("text", "periods"),
    [  # a pay mode before a colon, with a hedge after it
     ("Les cueilleuses sont payées à la semaine : environ 420 euros.", ["week"]),
     # hours counted per week are a working time, not the pay's unit nor a span of several units
     ("Le smic mensuel brut atteindra 1 801,80 euros pour 35 heures hebdomadaires, soit 1 426,30 euros net.",
      ["month", "month"]),
     ("Pour trois jours de travail, elle a touché 285 euros.", [None])],
)
def test_linking_reads_a_pay_mode_before_a_colon_and_hours_counted_per_week(rules_period_pipeline, text: str,
                                                                           periods: list) -> None:
    assert [c.period for c in rules_period_pipeline(text).claims] == periods


@pytest.mark.parametrize(
    ("text", "qualifier"),
    [("À Genève, certains livreurs n'atteignent pas 20 francs de l'heure.", "less_than"),
     ("Un cueilleur lent n'arrive pas à 100 $ par jour dans les vergers du Québec.", "less_than"),
     # a verb of earning denied right before the amount
     ("À Cholet, les ouvrières de l'atelier couture ne touchent pas 1 000 euros net par mois.", "less_than"),
     ("Beaucoup de livreurs de Lyon ne gagnent pas 900 euros par mois.", "less_than")],
)
def test_linking_reads_a_level_not_reached_as_less_than(pipeline, text: str, qualifier: str) -> None:
    assert [c.qualifier for c in pipeline(text).claims] == [qualifier]


def test_linking_reads_a_change_in_the_past_historic_as_two_levels(pipeline) -> None:
    claims = pipeline("En 1968, après Grenelle, le SMIG passa de 2,22 à 3 francs de l'heure.").claims
    assert sorted((c.amount.min, c.amount.max) for c in claims) == [(Decimal("2.22"), Decimal("2.22")),
                                                                      (Decimal(3), Decimal(3))]


@pytest.mark.parametrize(
    "text",
    ["Les ouvriers népalais devaient percevoir 900 riyals qataris par mois, mais n'ont touché que 600 riyals.",
     "Selon son contrat, Nasima devait toucher 1 500 riyals par mois."],
)
def test_linking_reads_pay_a_worker_was_due_as_offered(pipeline, text: str) -> None:
    """The rules' cue; the kind model, which reads it, decides."""
    first = pipeline(text).claims[0]
    assert any(mark.startswith("cue:offered:dev") for mark in first.provenance)


@pytest.mark.parametrize(("name", "country"), [("Montérégie", "CA"), ("Estrie", "CA"), ("Laurentides", "CA")])
def test_places_know_the_regions_of_quebec(name: str, country: str | None) -> None:
    assert places.place_country(name) == country


def test_linking_reads_dollars_in_a_region_of_quebec_as_canadian(pipeline) -> None:
    text = "Dans les vergers de la Montérégie, les cueilleurs de pommes sont payés 0,95 $ par minot."
    [claim] = pipeline(text).claims
    assert (claim.amount.currency, claim.place.country if claim.place else None) == ("CAD", "CA")


@pytest.mark.parametrize(
    ("before", "refused"),
    [("La plateforme, soutenue par le fonds ", True), ("Deliveroo, dont l'actionnaire ", True),
     ("Les livreurs de ", False)],
)
def test_linking_refuses_an_investor_as_a_payer(before: str, refused: bool) -> None:
    """The rules' refusal ("context"); the organisation model weighs it beside the other candidates."""
    from frclaims.linking import _not_payer_context

    assert (_not_payer_context().search(before) is not None) == refused


def test_linking_keeps_the_employer_beside_its_investor(pipeline) -> None:
    text = ("Deliveroo, dont l'actionnaire Amazon détient 16 %, affirme que ses livreurs ont touché 12,50 euros de "
            "l'heure.")
    assert [[o.name for o in c.organisations] for c in pipeline(text).claims] == [["Deliveroo"]]


@pytest.mark.parametrize(
    ("text", "place"),
    [("Les chauffeurs lisboètes d'Uber gagnent 900 euros par mois.", "Lisbonne"),
     ("Un coursier barcelonais de Glovo touche 4 euros par commande.", "Barcelone"),
     ("Dans le Saguenay–Lac-Saint-Jean, les préposés aux bénéficiaires gagnent 24 $ l'heure.",
      "Saguenay-Lac-Saint-Jean")],
)
def test_linking_reads_city_demonyms_and_regions_of_quebec_as_places(pipeline, text: str, place: str) -> None:
    [claim] = pipeline(text).claims
    assert claim.place is not None and claim.place.name == place


@pytest.mark.parametrize(
    ("text", "organisations"),
    [  # the affiliation of the one who earns the figure is the employer; that of a source is not
     ("Marc Dubois, chercheur à l'Inserm, touche 2 800 euros net par mois.", ["Inserm"]),
     ("Selon Kristina Hofer, sociologue à l'université de Vienne, les livreurs gagnent 9 euros de l'heure.", []),
     # a payer whose pay starts at a level is no earner
     ("Depuis janvier, Carrefour démarre à 1 900 euros brut pour les hôtes de caisse.", ["Carrefour"])],
)
def test_linking_tells_the_affiliation_of_an_earner_from_that_of_a_source(pipeline, text: str,
                                                                          organisations: list[str]) -> None:
    assert [[o.name for o in c.organisations] for c in pipeline(text).claims] == [organisations]


@pytest.mark.parametrize(
    ("text", "name", "earner"),
    [("Nasima devait toucher 1 500 riyals par mois.", "Nasima", True),
     ("Pour une vidéo, Squeezie toucherait entre 100 000 et 150 000 euros.", "Squeezie", True),
     # a complement of the clause, not its subject; a payer's starting level; no figure after the verb
     ("Les employés de l'agence Tempora touchent 13,90 euros.", "Tempora", False),
     ("Carrefour démarre à 1 900 euros brut.", "Carrefour", False),
     ("Nasima gagne sa vie comme elle peut.", "Nasima", False)],
)
def test_linking_refuses_as_a_payer_a_name_that_earns_the_figure(text: str, name: str, earner: bool) -> None:
    """The rules' refusal ("earner"); the organisation model weighs it."""
    from frclaims.linking import CLAUSE_OPENS, _earner_after

    start = text.index(name)
    found = _earner_after().match(text, start + len(name)) is not None and CLAUSE_OPENS.search(text[:start])
    assert bool(found) == earner


@pytest.mark.parametrize(
    ("text", "currency"),
    [  # a language after "de l'" is no country; a company's or a client's nationality is not the workers'
     ("À Montréal, Geneviève sous-titre des documentaires. « On me payait 12 $ la minute pour une traduction de "
      "l'anglais », raconte-t-elle.", "CAD"),
     ("À Montréal, les testeurs de Keywords Studios vérifient des jeux vidéo. Le prestataire irlandais les rémunère "
      "16,10 $ l'heure.", "CAD"),
     ("Des graphistes travaillant depuis Karachi pour des clients australiens gagnent 10 dollars de l'heure.", "USD"),
     ("Les ouvriers australiens gagnent 25 dollars de l'heure.", "AUD"),
     # the country whose legal minimum the sentence names, over the countries it compares it with
     ("Le salaire minimum chilien, l'un des plus élevés avec ceux de l'Uruguay et du Costa Rica, a été relevé : il "
      "s'élève à 500.000 pesos par mois.", "CLP"),
     # a dateline says where the reporter files from, not where the workers are
     ("NAIROBI (AFP) - Sama a ouvert un centre en Ouganda. Les modérateurs y gagnent 500 000 shillings par mois.",
      "UGX"),
     ("DAKAR (AFP) - La société a ouvert un centre d'appels à Douala. Les téléconseillers y gagnent 120 000 francs "
      "CFA par mois.", "XAF"),
     ("NAIROBI (AFP) - Les modérateurs de Sama gagnent 25 000 shillings par mois.", "KES"),
     # a country someone comes back from is no place of the story
     ("NAIROBI (AFP) - Le président revient d'Ouganda. Les modérateurs de Sama gagnent 25 000 shillings par mois.",
      "KES"),
     # a company's nationality decides where nothing else does
     ("Les chauffeurs de l'entreprise canadienne gagnent 20 dollars de l'heure.", "CAD")],
)
def test_linking_resolves_a_currency_from_where_the_workers_are(pipeline, text: str, currency: str) -> None:
    assert [c.amount.currency for c in pipeline(text).claims] == [currency]


@pytest.mark.parametrize(
    ("text", "claimed"),
    [  # a difference, a budget, a cost: no pay level
     ("La différence atteint souvent 250 euros par mois.", []),
     ("Le gouvernement fédéral belge prévoit 1,2 milliard d'euros pour l'indexation des salaires de ses 65 000 "
      "fonctionnaires.", []),
     ("L'indexation des salaires des 65 000 fonctionnaires fédéraux coûtera 1,2 milliard d'euros.", []),
     # a negation before "un euro": no pay at all
     ("Pas un centime : c'est ce qu'ont touché les testeurs recrutés par Clickworker.", []),
     ("Les testeurs n'ont pas touché un euro pour ces heures.", []),
     ("Les testeurs touchent un euro par tâche.", ["un euro"]),
     ("Ils gagnent 12 euros de l'heure, sans compter un euro de prime par colis.", ["12 euros", "un euro"]),
     # a stipend is pay; the stock exchange is not
     ("À l'ULB, un doctorant reçoit une bourse nette de 2 450 euros mensuels, exonérée d'impôt.", ["2 450 euros"]),
     ("La Bourse de Casablanca a gagné 3 %, et l'action Maroc Telecom cote 120 dirhams.", []),
     # an amount set first, then what it is
     ("Entre 1 200 et 1 300 euros : voilà ce que gagne, chaque mois, un agent de sécurité sous-traitant du "
      "ministère des Armées à Toulon.", ["Entre 1 200 et 1 300 euros"]),
     ("1 800 euros : c'est le salaire d'un musicien dans la région lyonnaise.", ["1 800 euros"]),
     ("12 euros : c'est le prix d'un menu au restaurant.", []),
     # a player's millions, not a group's total
     ("Le joueur touchera 2 millions d'euros par an.", ["2 millions d'euros"]),
     ("Ferrari verse au pilote 3 millions de dollars par an.", ["3 millions de dollars"]),
     ("Le vendeur touchera 2 millions d'euros pour la cession de sa société.", []),
     ("L'éleveur recevra 2 millions d'euros de l'État pour reconstruire sa ferme.", []),
     ("Les éleveurs toucheront 2 millions d'euros d'aides.", []),
     ("Le club touchera 2 millions d'euros par an de droits télévisés.", []),
     # the pay of a trip, not its fare
     ("Deliveroo a abaissé la rémunération minimale d'une course à 2,80 euros.", ["2,80 euros"]),
     ("Le client paie une course à 12 euros.", [])],
)
def test_linking_tells_pay_from_differences_budgets_and_idioms(pipeline, text: str, claimed: list[str]) -> None:
    assert [c.amount.text for c in pipeline(text).claims] == claimed


@pytest.mark.parametrize(
    ("text", "cue"),
    [("Sur un mois, l'écart peut dépasser 300 euros.", "écart"),
     ("Une hausse qui atteint désormais 40 euros.", "hausse"),
     ("Le gouvernement débloque une enveloppe de 1,2 milliard d'euros.", "enveloppe de"),
     ("Il prévoit 1,2 milliard d'euros pour l'indexation des salaires.", "pour l'indexation")],
)
def test_linking_reads_a_difference_or_a_budget_around_an_amount(pipeline, text: str, cue: str) -> None:
    """The cue of a difference reaches its amount past a modal and a verb of level ("l'écart peut dépasser"); a
    budget's words stand right before or after it. (The pay model, which reads the words, also leaves these
    amounts out on their own: the rule is checked where it decides.)"""
    from frclaims.linking import _increment_gap, find_cues

    at = re.search(r"\d", text).start()
    if cue in ("écart", "hausse"):
        start = text.index(cue) + len(cue)
        assert _increment_gap().fullmatch(text, start, at)
    else:
        found = find_cues(text, 0, at, "before") + find_cues(text, at, len(text), "after")
        assert (cue, "finance") in [(c.pattern, c.category) for c, _ in found]
    assert pipeline(text).claims == []


@pytest.mark.parametrize(
    "text",
    ["Les agents toucheront un 13e salaire complet en décembre, soit en moyenne 7 500 francs suisses.",
     "Les agents touchent un 13e mois de 1 500 euros en décembre."],
)
def test_linking_gives_no_unit_to_a_thirteenth_month(pipeline, text: str) -> None:
    """A 13th month is paid once a year: no month (neither `period:salary` nor the period model)."""
    [claim] = pipeline(text).claims
    assert claim.period is None and "pay:one-off" in claim.provenance


@pytest.mark.parametrize(
    ("text", "place"),
    [("Les Franciliens qui travaillent comme aides à domicile gagnent en moyenne 1 400 euros par mois.",
      "Île-de-France"),
     ("Les Marseillais employés sur le port touchent 2 100 euros par mois.", "Marseille")],
)
def test_linking_reads_a_capitalised_place_demonym_as_people_of_that_place(pipeline, text: str, place: str) -> None:
    [claim] = pipeline(text).claims
    assert claim.place is not None and claim.place.name == place


def test_linking_takes_the_payer_of_a_repeated_figure_where_the_text_names_it(pipeline) -> None:
    """A figure a headline gives bare and the body with its payer is one claim, cited at the headline, with the
    payer the organisation model reads in the body."""
    text = ("Les patrons les mieux payés de France : 36,5 millions d'euros pour Carlos Tavares\n\n"
            "Le directeur général de Stellantis a perçu 36,5 millions d'euros au titre de 2023, selon le document "
            "publié mardi par le groupe automobile.")
    [claim] = pipeline(text).claims
    assert [o.name for o in claim.organisations] == ["Stellantis"]
    assert claim.amount.start == text.index("36,5") and "organisations:repeat" in claim.provenance


def test_linking_takes_no_sentence_word_nor_a_field_separator_into_a_name(pipeline) -> None:
    claims = pipeline("Via sa filiale Amazon Flex, Amazon rémunère ses livreurs 18 euros de l'heure.").claims
    assert "Via" not in [o.name for c in claims for o in c.organisations]
    [claim] = pipeline("Ingénieur logiciel chez Doctolib • Salaire de départ : 48 k€ par an").claims
    assert [o.name for o in claim.organisations] == ["Doctolib"]


@pytest.mark.parametrize(
    ("text", "place"),
    [("WASHINGTON (AFP) - Des ouvriers de l'usine berlinoise de Tesla gagnent 2 700 euros par mois.", "Berlin"),
     ("Dans les entrepôts lyonnais de Colivia, les préparateurs touchent 1 850 euros par mois.", "Lyon")],
)
def test_linking_reads_a_demonym_after_a_workplace_as_where_its_workers_are(pipeline, text: str, place: str) -> None:
    [claim] = pipeline(text).claims
    assert claim.place is not None and claim.place.name == place


@pytest.mark.parametrize(
    ("text", "currencies"),
    [("Un dessin de véhicule était payé 0,30 dollar aux annotateurs, contre 10 centimes aujourd'hui.",
      ["USD", "USD"]),
     ("Les annotateurs touchent 2 euros de l'heure, soit 10 centimes par image.", ["EUR", "EUR"]),
     # not across a place: "à Lille" names where the centimes are paid
     ("Ils gagnent 10 dollars de l'heure aux États-Unis, mais à Lille les modérateurs touchent 30 centimes par "
      "vidéo.", ["USD", "EUR"])],
)
def test_linking_reads_bare_centimes_in_the_currency_before_them(pipeline, text: str, currencies: list[str]) -> None:
    assert [c.amount.currency for c in pipeline(text).claims] == currencies


@pytest.mark.parametrize(
    ("text", "claimed"),
    [  # a demand addressed to the payer pays it nothing
     ("Ils demandent à Flink 13 euros de l'heure.", ["13 euros"]),
     ("Meridia verse à Cobalto 11 dollars de l'heure par agent.", []),
     # an artist's fee, an author's advance
     ("Pour jouer au festival, le groupe exige un cachet de 20 000 euros.", ["20 000 euros"]),
     ("Gallimard lui a versé un à-valoir de 3 000 euros pour son premier roman.", ["3 000 euros"]),
     # a worker's contract, not one between companies
     ("Le contrat de l'ailier prévoit 500 000 euros par an.", ["500 000 euros"]),
     ("Amazon a signé un contrat de 3 millions d'euros avec la société de transport.", [])],
)
def test_linking_reads_demands_fees_and_advances(pipeline, text: str, claimed: list[str]) -> None:
    assert [c.amount.text for c in pipeline(text).claims] == claimed


def test_linking_resolves_dollars_from_the_legal_minimum_their_paragraph_names(pipeline) -> None:
    """"le salaire minimum québécois" says where the paragraph is: its "$" are Canadian."""
    claims = pipeline("Les bons soirs, il gagne 25 $ de l'heure. Le salaire minimum québécois est de 15,25 $.").claims
    assert [c.amount.currency for c in claims] == ["CAD", "CAD"]


def test_linking_reads_the_good_days_after_an_amount_as_its_unit(pipeline) -> None:
    """"80 euros les bons jours" is pay per day, not the unit of the rate before it."""
    claims = pipeline("Stuart paie 4,45 euros la course. « 80 euros les bons jours », résume Karim.").claims
    assert [(c.amount.text, c.period) for c in claims] == [("4,45 euros", "task"), ("80 euros", "day")]


def test_linking_takes_a_union_s_compound_name_for_a_union(pipeline) -> None:
    """"Snes-FSU" is a union (a part of its name is one), which pays no one."""
    from frclaims.organisations import org_type

    assert org_type("Snes-FSU") == "union" and org_type("Air France-KLM") != "union"
    [claim] = pipeline("Un professeur certifié débutant gagne environ 1 800 euros nets par mois, calcule le "
                       "Snes-FSU.").claims
    assert not claim.organisations


def test_linking_takes_no_school_zone_for_a_place(pipeline) -> None:
    """"REP+" (a zone of priority education) is no place."""
    [claim] = pipeline("En REP+, l'indemnité annuelle des enseignants atteint 5 100 euros brut.").claims
    assert claim.place is None


def test_linking_gives_bare_centimes_the_currency_of_the_last_of_their_list(pipeline) -> None:
    claims = pipeline("Une tâche rapporte 1 centime, 3 centimes ou 5 centimes de dollar aux annotateurs.").claims
    assert [c.amount.currency for c in claims] == ["USD", "USD", "USD"]


@pytest.mark.parametrize(
    ("text", "country", "currency"),
    [  # a city that cities of other countries share is in the country the article's other places name
     ("Le Sénégal mise sur la pêche. À Saint-Louis, les piroguiers gagnent 2 000 francs CFA par sortie.",
      "SN", "XOF"),
     ("En République dominicaine, la grève s'étend. À Santiago, les ouvrières gagnent 14 000 pesos par mois.",
      "DO", "DOP"),
     # else where our tables put it
     ("À Santiago, les livreurs gagnent 500 000 pesos par mois.", "CL", "CLP")],
)
def test_linking_reads_a_shared_city_name_in_the_country_the_article_names(pipeline, text: str, country: str,
                                                                           currency: str) -> None:
    [claim] = pipeline(text).claims
    assert (claim.place.country, claim.amount.currency) == (country, currency)


@pytest.mark.parametrize(
    ("text", "place"),
    [  # a participle that opens the sentence makes the place a company's seat
     ("Installée à Paris, la société Isahit fait travailler des femmes à Antananarivo. Elles sont payées 2 euros "
      "de l'heure.", "Antananarivo"),
     # a city right after workers and "de" is where they work
     ("Foxconn paie ses ouvriers de Zhengzhou 4 000 yuans par mois.", "Zhengzhou"),
     # an employer of our tables named with the city of its site
     ("Le supermarché Carrefour d'Abidjan paie ses caissières 90 000 francs CFA par mois.", "Abidjan")],
)
def test_linking_tells_where_workers_are_from_a_seat_and_reads_the_city_of_a_site(pipeline, text: str,
                                                                                   place: str) -> None:
    [claim] = pipeline(text).claims
    assert claim.place is not None and claim.place.name == place


def test_linking_splits_an_employer_of_the_tables_from_the_city_of_its_site(pipeline) -> None:
    [claim] = pipeline("Le supermarché Carrefour d'Abidjan paie ses caissières 90 000 francs CFA par mois.").claims
    assert [o.name for o in claim.organisations] == ["Carrefour"]


@pytest.mark.parametrize(
    ("text", "period", "mark"),
    [  # the rules read the unit right after the amount (the period model guessed some of them before)
     ("Dans les hôpitaux, l'indemnité de garde des médecins a été ramenée à 7.500 francs CFA par nuit.", "day",
      "period:after"),
     ("À Bogota, María Elena, recycleuse, repart avec 52 000 pesos pour sa journée.", "day", "period:after"),
     ("Les livreurs de Colis Privé touchent 4 €/livraison.", "task", "period:after"),
     # a figure presented by the pay it is
     ("1,90 euro : rémunération horaire médiane des travailleurs d'Amazon Mechanical Turk.", "hour", "period:after"),
     # pay for several units of time keeps none
     ("Le gardien de nuit est payé 90 euros par tranche de douze heures.", None, "period:several-units"),
     ("L'extra touche 300 euros les trois jours.", None, "period:several-units")],
)
def test_linking_reads_nights_days_slashed_units_and_spans_of_hours(pipeline, text: str, period: str | None,
                                                                    mark: str) -> None:
    [claim] = pipeline(text).claims
    assert claim.period == period and mark in claim.provenance


@pytest.mark.parametrize(
    ("text", "claimed"),
    [  # a change by a verb and an adverb, or restated from a percent, is no level
     ("Le salaire moyen d'un opérateur, 2 400 euros brut par mois, progressera donc de 72 euros.", ["2 400 euros"]),
     ("Pas de coup de pouce : le smic ne progressera que de 1,13 %, soit 20 euros brut par mois.", []),
     ("Les salaires minimums progresseront en moyenne de 66 yens de l'heure à partir d'octobre.", []),
     ("À Akita, le minimum passera ainsi de 951 à 1 031 yens, soit un bond de 80 yens.", ["951", "1 031 yens"]),
     # what is handed back to the workers is their pay; to an owner, a cost
     ("Les loueurs de flotte comme Hiflow, qui leur reversent 800 euros par semaine, recrutent des chauffeurs.",
      ["800 euros"]),
     ("Le chauffeur reverse 800 euros par semaine au propriétaire de la voiture.", []),
     # a large level beside another of its size in a change
     ("Le salaire de l'attaquant est passé de 17 millions d'euros en 2018 à 72 millions d'euros en 2023.",
      ["17 millions d'euros", "72 millions d'euros"]),
     # an imagined sum; a customer-service job is no customer
     ("Si on me payait 15 euros de l'heure, je resterais chez Deliveroo.", []),
     ("« S'ils nous versaient 15 euros de l'heure, on resterait », dit un livreur de Glovo.", []),
     ("Teleperformance verse 1 850 euros par mois à ses conseillers clientèle, contre 1 600 euros en 2022.",
      ["1 850 euros", "1 600 euros"]),
     # a restatement after ", ou" and a hedge, or in square brackets, is no claim of its own
     ("Les annotateurs touchent 1,46 dollar de l'heure, ou environ 1,30 euro.", ["1,46 dollar"]),
     ("Les ouvriers touchent 8 000 roupies par mois [environ 90 euros].", ["8 000 roupies"]),
     # the place of a currency sign is no place
     ("Au Brésil, le salaire minimum est de R$1.412,00 par mois.", ["R$1.412,00"])],
)
def test_linking_tells_levels_from_changes_imagined_sums_and_restatements(pipeline, text: str,
                                                                           claimed: list[str]) -> None:
    claims = pipeline(text).claims
    assert [c.amount.text for c in claims] == claimed
    assert all(c.place is None or c.place.name != c.amount.text for c in claims)


def test_linking_reads_the_payer_a_quote_s_attribution_names(pipeline) -> None:
    """A quote that goes on past the amount's sentence is attributed after its end: the employer named there is
    read as the amount's sentence's (the organisation model then decides)."""
    [claim] = pipeline("« Mon salaire ? Le smic. 1 398 euros net. Point », répond sèchement Sandrine, caissière "
                       "chez Carrefour à Évry.").claims
    assert "organisations:quote" in claim.provenance


def test_linking_reads_the_words_after_an_amount_presented_after_a_comma(pipeline) -> None:
    [claim] = pipeline("« Douze euros cinquante de l'heure, voilà ce qu'on m'a proposé chez Adecco. »").claims
    assert any(mark.startswith("cue:offered:") for mark in claim.provenance)


def test_linking_reads_a_demand_named_by_its_noun_as_offered(pipeline) -> None:
    [claim] = pipeline("À Londres, les livreurs ont une revendication : un salaire horaire de 15 livres.").claims
    assert any(mark.startswith("cue:offered:") for mark in claim.provenance)
    # the aim of a sentence is no demand: what one must work to get is pay received
    [claim] = pipeline("Il faut travailler 60 heures par semaine pour obtenir 1 200 euros par mois.").claims
    assert not any(mark.startswith("cue:offered:") for mark in claim.provenance)


@pytest.mark.parametrize(
    ("text", "claimed"),
    [  # one person's contract for a unit of time is pay; a company's is not
     ("L'ingénieur a signé un contrat de 60 000 euros par an avec Renault.", ["60 000 euros"]),
     ("Le sous-traitant a signé un contrat de 2 millions d'euros par an avec Meta.", [])],
)
def test_linking_reads_a_contract_one_person_signs_for_a_unit_of_time_as_pay(pipeline, text: str,
                                                                             claimed: list[str]) -> None:
    assert [c.amount.text for c in pipeline(text).claims] == claimed


@pytest.mark.parametrize(
    "text",
    ["Le salaire moyen progressera donc de 72 euros.",
     "Le smic ne progressera que de 1,13 %, soit 20 euros brut par mois.",
     "Les salaires minimums progresseront en moyenne de 66 yens de l'heure.",
     "Le minimum passera ainsi de 951 à 1 031 yens, soit un bond de 80 yens."],
)
def test_linking_reads_by_how_much_pay_changes_without_an_object(text: str) -> None:
    """A verb of change with no object, adverbs, then "de" (or a percent restated after "soit"); "un bond de"."""
    from frclaims.linking import _increment_frame, find_cues

    at = list(re.finditer(r"\d+(?:,\d+)? (?:euros|yens)", text))[-1].start()
    frame = _increment_frame().search(text, 0, at)
    cues = [(c.pattern, c.category) for c, _ in find_cues(text, 0, at, "before")]
    assert frame is not None or ("bond de", "increment") in cues


def test_linking_reads_the_unit_of_a_bonus_per_unit_for_both_levels_of_its_change(pipeline) -> None:
    """"la prime par commande": per task; the new level of one change has the unit of the old one."""
    claims = pipeline("À Stockholm, Foodora a relevé la prime par commande de 12 à 15 couronnes.").claims
    assert [(c.amount.text, c.period) for c in claims] == [("12", "task"), ("15 couronnes", "task")]
    [night] = pipeline("La prime de nuit des infirmières est de 100 euros.").claims
    assert night.period is None  # "de nuit" says when it is earned, not per what


def test_linking_reads_no_period_in_a_period_word_used_as_a_noun(pipeline) -> None:
    """"les horaires décalés" are a schedule, not pay per hour."""
    claims = pipeline("Son salaire : 1 450 euros net. « Avec les horaires décalés, ça monte parfois à 1 700. »").claims
    assert [c.amount.text for c in claims] == ["1 450 euros", "1 700"]
    assert not any(p.startswith("period:sentence") for c in claims for p in c.provenance)


@pytest.mark.parametrize(
    ("text", "expected"),
    [  # a company's seat alone is the story's only place: it still gives the currency
     ("Installée à Montréal, la start-up paie ses annotateurs 20 dollars de l'heure.", [("20 dollars", "CAD")]),
     # "si" that sets the past against the present imagines nothing
     ("Si Deliveroo payait 5 euros la course en 2016, le tarif est tombé à 3 euros aujourd'hui.",
      [("5 euros", "EUR"), ("3 euros", "EUR")]),
     # a country named after the city, or as where workers come from, does not move a shared city name
     ("À Santiago, les livreurs de Rappi touchent 2 500 pesos par commande. Beaucoup sont des migrants venus de "
      "République dominicaine.", [("2 500 pesos", "CLP")]),
     ("À Hyderabad, les annotateurs gagnent 18 000 roupies par mois. L'entreprise a aussi des bureaux au Pakistan.",
      [("18 000 roupies", "INR")]),
     # what a bare number counts is no pay
     ("Les livreurs gagnent 1 500 euros par mois. Leur nombre tourne autour de 2 000.", [("1 500 euros", "EUR")]),
     ("Les livreurs gagnent 1 500 euros par mois. Ils font 300 livraisons, parfois 400.", [("1 500 euros", "EUR")]),
     # a range written in words; company money beside an executive's pay
     ("Chaque tâche est payée entre un euro et cinquante centimes.",
      [("entre un euro et cinquante centimes", "EUR")]),
     ("Le salaire de Tavares a atteint 36,5 millions d'euros, quand le groupe a reçu 20 millions d'euros d'aides "
      "publiques.", [("36,5 millions d'euros", "EUR")]),
     # "plongeurs" is no verb of change
     ("Le salaire des plongeurs de 1 500 euros par mois reste bas.", [("1 500 euros", "EUR")])],
)
def test_linking_keeps_what_the_new_rules_must_not_take(pipeline, text: str, expected: list) -> None:
    assert [(c.amount.text, c.amount.currency) for c in pipeline(text).claims] == expected


def test_linking_keeps_the_places_and_payers_the_new_rules_must_not_take(pipeline) -> None:
    [claim] = pipeline("Les livreurs de Foodpanda touchent 40 dollars de Hong Kong par course.").claims
    assert claim.place is not None and claim.place.name == "Hong Kong"
    # a public body that pays a benefit (itself a cue against pay, which the pay model weighs near its threshold)
    claims = pipeline("La CAF verse aux livreurs une prime d'activité de 200 euros par mois.").claims
    assert [o.name for c in claims for o in c.organisations] == []
    claims = pipeline("Amazon emploie 500 préparateurs à Brétigny. « On touche 1 600 euros par mois. Pas plus », "
                      "lance Karim, qui a fait dix ans chez Renault.").claims
    assert "Renault" not in [o.name for c in claims for o in c.organisations]  # a former employer
    [deliveroo, _] = pipeline("Contrairement à Deliveroo, qui paie 5 euros la course, Uber Eats ne verse que 3 "
                              "euros.").claims
    assert "Deliveroo" in [o.name for o in deliveroo.organisations]
    [claim] = pipeline("1 500 euros, voilà ce que réclament les syndicats.").claims
    assert claim.kind == "offered"


@pytest.mark.parametrize(
    ("text", "organisations"),
    [  # an employer the sentence names by a noun only is another than the payer named before
     ("Armor Matin me paie 48 euros le feuillet. D'autres titres, raconte-t-elle, lui ont proposé 40 ou 45 euros le "
      "feuillet.", [["Armor Matin"], []]),
     # employers set against each other, each in its part of the sentence
     ("Chez Lyreco, les préparateurs gagnent 1 900 euros brut par mois ; chez son voisin Kiabi, c'est 1 750 euros.",
      [["Lyreco"], ["Kiabi"]]),
     ("Chez Lidl, un caissier débute à 1 900 euros brut, quand Aldi en propose 1 850.", [["Lidl"], ["Aldi"]]),
     # a company named by a noun goes back further than two sentences for its name
     ("L'agence d'intérim Adecco recrute des préparateurs pour l'entrepôt. Le site tourne jour et nuit. Les cadences "
      "sont lourdes. Les pauses sont courtes. L'agence leur verse 1 100 euros net par mois.", [["Adecco"]]),
     # a name that work is handed to is an organisation, not a place
     ("Le ramassage des ordures à Marseille est délégué à Derichebourg. Un éboueur de l'entreprise touche 2 100 "
      "euros net par mois.", [["Derichebourg"]]),
     # a source's own workers are its workers
     ("Selon Foodora, ses coursiers torontois gagnent en moyenne 17,50 $ de l'heure.", [["Foodora"]]),
     # a payer the sentence names after "chez" (a known miss from stop 56 to 66: the organisation model scored Sama
     # 0.19, under the 0.2 a payer the sentence names needs)
     ("Les annotateurs interrogés par Rest of World gagnent 2 dollars de l'heure chez Sama.", [["Sama"]]),
     # a place after "à" ends an organisation's name
     ("Une aide-soignante recrutée par Synergie à Lille gagne 15 euros de l'heure.", [["Synergie"]]),
     # pay offered beside the legal minimum has the employer's name
     ("L'une d'elles, Colis Express 93, embauche ses chauffeurs-livreurs au Smic et leur promet une prime de 100 "
      "euros.", [["Colis Express 93"]]),
     # an acronym that pays workers in so many words pays them
     ("La SNCB paie les conducteurs 2 500 euros brut par mois.", [["SNCB"]]),
     # a name common words join keeps its place ("au Sénégal")
     ("Selon le Groupement des armateurs et industriels de la pêche au Sénégal (GAIPES), un matelot y gagne 200 000 "
      "francs CFA par mois.", [[]])],
)
def test_linking_reads_the_payer_of_each_part_of_a_sentence_and_of_a_company_named_by_a_noun(
        pipeline, text: str, organisations: list[list[str]]) -> None:
    assert [[o.name for o in c.organisations] for c in pipeline(text).claims] == organisations


@pytest.mark.parametrize(
    ("text", "currency"),
    [  # with no place that names a country, the countries in organisations' names
     ("Teleperformance Tunisie cherche 300 téléconseillers. Salaire de départ : 1 200 dinars par mois.", "TND"),
     ("En 1963, un mineur de fond des Charbonnages de France gagnait environ 900 francs par mois.", "FRF"),
     # abbreviations and redenominated currencies
     ("À Bujumbura, un enseignant gagne 200 000 FBu par mois.", "BIF"),
     ("À Nouakchott, un docker gagne 4 000 nouvelles ouguiyas par mois.", "MRU"),
     ("À Dakar, une vendeuse gagne 3 800 frs par mois.", "XOF")],
)
def test_linking_reads_currencies_from_names_and_abbreviations(pipeline, text: str, currency: str) -> None:
    [claim] = pipeline(text).claims
    assert claim.amount.currency == currency


@pytest.mark.parametrize(
    ("text", "places"),
    [  # a benchmark's country in its clause holds whatever its currency
     ("Le salaire minimum atteint 1 767 euros en France, 477 euros en Bulgarie, 606 euros en Roumanie.",
      ["France", "Bulgarie", "Roumanie"]),
     # the government that sets a legal minimum gives its country
     ("Le gouvernement ivoirien a annoncé que le Smig passera à 75 000 francs CFA par mois.", ["Côte d'Ivoire"]),
     # the short name of a country is its name
     ("Aux Émirats, les livreurs touchent 2 000 dirhams par mois.", ["Émirats arabes unis"]),
     ("Une aide-soignante recrutée par Synergie à Lille gagne 15 euros de l'heure.", ["Lille"])],
)
def test_linking_reads_the_place_of_benchmarks_and_governments(pipeline, text: str, places: list[str]) -> None:
    assert [c.place.name if c.place else None for c in pipeline(text).claims] == places


@pytest.mark.parametrize(
    ("text", "periods"),
    [  # a span of time that opens the sentence
     ("Pour une journée de tournage, les figurants ont reçu 110 euros brut.", ["day"]),
     ("Pour un mois de travail, la nounou a reçu 900 euros.", ["month"]),
     # a day of the week says when, not per what
     ("Un serveur gagne 80 euros par jour, 120 le samedi.", ["day", "day"])],
)
def test_linking_reads_spans_opening_a_sentence_and_days_of_the_week(pipeline, text: str,
                                                                      periods: list[str]) -> None:
    assert [c.period for c in pipeline(text).claims] == periods


def test_linking_keeps_a_confidence_and_a_benefit_out_of_the_payers(pipeline) -> None:
    [claim] = pipeline("Elle a confié à Marie Dupont que son patron la payait 5 euros de l'heure.").claims
    assert [o.name for o in claim.organisations] == []
    claims = pipeline("La CAF verse aux livreurs une prime d'activité de 200 euros par mois.").claims
    assert [o.name for c in claims for o in c.organisations] == []


def test_linking_reads_a_legal_minimum_with_its_unit_between_its_words(pipeline) -> None:
    claims = pipeline("Le salaire journalier minimum passera de 500 à 685 gourdes, a annoncé le Conseil.").claims
    assert [(c.kind, c.period) for c in claims] == [("reference", "day"), ("reference", "day")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [  # an unnamed employer that is no subject, or of the same company; a source's words
     ("OpenAI a fait appel à la société Sama au Kenya. Selon plusieurs journaux, les annotateurs gagnaient moins de "
      "2 dollars de l'heure.", [("2 dollars", ["OpenAI", "Sama"])]),
     ("Ubisoft emploie 300 testeurs à Montpellier. Dans un autre studio du groupe, ils gagnent 1 800 euros par mois.",
      [("1 800 euros", ["Ubisoft"])]),
     ("Deliveroo a quitté l'Espagne. Le pays a changé. Les livreurs sont partis. Selon l'Agence France-Presse, un "
      "manœuvre y gagne 1 300 euros par mois.", [("1 300 euros", [])]),
     # a person work is handed to; one who confides; a client beside its subcontractor in a contrast
     ("La direction a confié la gestion du dossier à Jean-Pierre Martin, le DRH du site. Les préparateurs touchent "
      "1 600 euros par mois.", [("1 600 euros", [])]),
     ("Sama emploie les annotateurs kényans, mais c'est pour OpenAI qu'ils étiquettent des textes à 2 dollars de "
      "l'heure.", [("2 dollars", ["Sama", "OpenAI"])]),
     # an agreement a company signs; a company of our table after "Pour"
     ("L'accord signé par Deliveroo et les syndicats prévoit un minimum de 11,75 euros de l'heure pour les livreurs.",
      [("11,75 euros", ["Deliveroo"])]),
     ("Pour Uber, les chauffeurs gagnent en moyenne 25 euros de l'heure.", [("25 euros", ["Uber"])]),
     # employers who pay workers; a minimum a government proposes
     ("Les éleveurs paient 600 euros par mois à leurs bergers.", [("600 euros", [])]),
     # the researchers or members of a body are none of its staff; a verb of employing employs its own staff
     ("Selon les économistes de l'Insee, les ouvriers gagnent en moyenne 1 900 euros par mois.",
      [("1 900 euros", [])]),
     ("La CGT embauche des juristes pour défendre les chauffeurs payés 900 euros par mois.", [("900 euros", [])]),
     # a society is no company
     ("Deliveroo emploie 10 000 livreurs. Ils sont payés à la course. Selon l'Insee, dans la société française, le "
      "salaire moyen est de 2 500 euros net par mois.", [("2 500 euros", [])]),
     # an official of a union is none of its workers; a noun its complement names does not reach back
     ("« On ne va pas loin avec ça », résume Ludovic, secrétaire de la CFDT de l'usine. Un fondeur confirmé "
      "est à 2 480 euros brut par mois.", [("2 480 euros", [])]),
     ("Primark achète au Bangladesh. À Konabari, la direction de l'usine de Shirin a promis une prime de 5 000 takas "
      "aux ouvrières.", [("5 000 takas", ["Shirin"])]),
     ("Lidl a ouvert 30 magasins en Allemagne. Le gouvernement propose de porter le salaire minimum à 15 euros de "
      "l'heure.", [("15 euros", [])]),
     # levels after a change; a count a time goes on
     ("Le salaire minimum après revalorisation atteint 1 398 euros net par mois.", [("1 398 euros", [])]),
     ("Payé 12 euros de l'heure, il travaille huit heures en semaine, parfois 10 les samedis.", [("12 euros", [])])],
)
def test_linking_keeps_what_the_payer_and_cost_rules_must_not_take(pipeline, text: str, expected: list) -> None:
    assert [(c.amount.text, [o.name for o in c.organisations]) for c in pipeline(text).claims] == expected


@pytest.mark.parametrize(
    ("text", "currency", "place"),
    [  # dollars stay American where only a source's name holds a place; a meeting abroad places no minimum
     ("Une étude de l'Université de Montréal révèle que des travailleurs du clic gagnent 2 dollars de l'heure sur "
      "Amazon Mechanical Turk.", "USD", None),
     ("Le président sénégalais a rencontré Emmanuel Macron à Paris, où le salaire minimum est de 1 398 euros net "
      "par mois.", "EUR", None)],
)
def test_linking_takes_no_currency_nor_place_from_a_source_or_a_visit(pipeline, text: str, currency: str,
                                                                      place: str | None) -> None:
    [claim] = pipeline(text).claims
    assert (claim.amount.currency, claim.place.name if claim.place else None) == (currency, place)


def test_linking_reads_a_name_after_pour_that_opens_a_sentence_as_whose_view_follows(pipeline) -> None:
    [claim] = pipeline("Mercury MENA employait les ouvriers du stade. Pour Amnesty International, le salaire réel "
                       "des ouvriers tournait autour de 750 riyals par mois.").claims
    assert "organisations:sentence-1" in claim.provenance  # the rules pass over Amnesty for Mercury MENA


@pytest.mark.parametrize(
    ("text", "organisations", "place"),
    [  # a town that ends the name an organisation noun introduces is a place of its own
     ("À l'usine Sorelec de Vierzon, les opérateurs gagnent 1 850 euros bruts par mois.", ["Sorelec"], "Vierzon"),
     ("Les caissières du supermarché Carrenor de Thiers touchent 1 450 euros net par mois.", ["Carrenor"], "Thiers"),
     # not a name its noun belongs to, nor one no noun introduces
     ("L'université de Kassel paie ses doctorants 2 100 euros par mois.", ["université de Kassel"], None),
     ("Les agents de la société Aéroports de Paris touchent 2 000 euros par mois.", ["Aéroports de Paris"], None),
     ("Les techniciens de la société Électricité de France touchent 2 500 euros par mois.",
      ["Électricité de France"], None),
     ("Les joueurs de l'Olympique de Marseille gagnent 150 000 euros par mois.", ["Olympique de Marseille"], None)],
)
def test_linking_splits_a_site_name_from_its_town(pipeline, text: str, organisations: list[str],
                                                 place: str | None) -> None:
    [claim] = pipeline(text).claims
    assert ([o.name for o in claim.organisations], claim.place.name if claim.place else None) == (organisations, place)


@pytest.mark.parametrize(
    ("text", "places"),
    [  # a dateline in capitals before a full stop, a town of GeoNames
     ("LOURDES. La saison a repris. À l'hôtel Sainte-Rose, un veilleur de nuit gagne 12,50 euros de l'heure.",
      ["Lourdes"]),
     ("VIERZON. Un opérateur de la Coutellerie Chambriard touche 2 300 euros par mois.", ["Vierzon"]),
     # not a section's title in capitals that a town's name spells without its accents
     ("GRÈVE. Les livreurs de Deliveroo touchent 4,50 euros par course.", [None]),
     # workers named by their origin where the sentence says before them where they work
     ("Dans les abattoirs de Rheda-Wiedenbrück, en Rhénanie-du-Nord-Westphalie, les ouvriers bulgares de Tönnies "
      "étaient payés 1 400 euros brut par mois.", ["Rheda-Wiedenbrück"]),
     ("Venus de Roumanie, les saisonniers roumains gagnent 40 euros par jour.", ["Roumanie"]),
     # a place in the other part of a comparison, with its own amount
     ("Installée à Nairobi, Faith annote des données. Elle est payée 15 dollars de l'heure, quand les mêmes "
      "tâches rapportent 40 dollars de l'heure aux annotateurs basés aux États-Unis.", ["Nairobi", "États-Unis"]),
     # not a place in another compared part, nor a company's seat; a place before both amounts is the scene of both
     ("Sur Codera, une plateforme de Londres, les développeurs basés au Pakistan affichent 20 dollars de l'heure, "
      "contre 60 dollars pour un développeur britannique.", ["Pakistan", "Royaume-Uni"]),
     ("La société Pixelia, installée à Paris, emploie des graphistes marocains à distance, payés 6 000 dirhams par "
      "mois.", ["Maroc"]),
     ("Les caissières au Portugal touchent 900 euros par mois, contre 800 euros il y a deux ans.",
      ["Portugal", "Portugal"]),
     ("Uber a son siège à San Francisco. À Nairobi, les chauffeurs gagnent 3 dollars par course ; les livreurs "
      "touchent 2 dollars par commande.", ["Nairobi", "Nairobi"]),
     ("Alors qu'un maçon gagne 2 500 euros par mois en France, les maçons roumains restés au pays touchent 3 000 "
      "lei.", ["France", "Roumanie"])],
)
def test_linking_places_workers_by_datelines_workplaces_and_compared_parts(pipeline, text: str,
                                                                           places: list[str]) -> None:
    assert [c.place.name if c.place else None for c in pipeline(text).claims] == places


@pytest.mark.parametrize(
    ("text", "currency"),
    [("À Moorea, les employés des pensions touchent 180 000 francs par mois.", "XPF"),
     ("À Papeete, un serveur gagne 185.000 Fcfp par mois.", "XPF")],
)
def test_linking_reads_the_cfp_franc(pipeline, text: str, currency: str) -> None:
    [claim] = pipeline(text).claims
    assert claim.amount.currency == currency


def test_linking_gives_a_company_s_own_average_its_employer(pipeline) -> None:
    [_, claim] = pipeline("Le directeur général de Carrenor a perçu 4,8 millions d'euros. Dans le même temps, le "
                          "salaire moyen des employés de magasin du distributeur s'établissait à 1 720 euros brut par "
                          "mois.").claims
    assert "organisations:benchmark" not in claim.provenance


@pytest.mark.parametrize(
    "text",
    ["Vendredi, les livreurs ont touché 3 euros par course.", "Pendant les vendanges, un vendangeur gagne 12 euros "
     "de l'heure.", "En Vendée, les maraîchers paient 11 euros."],
)
def test_a_day_and_the_grape_harvest_are_no_sale(text: str) -> None:
    assert "price" not in {cue.category for cue, _ in find_cues(text, 0, len(text), "before")}


def test_a_sale_is_still_a_price() -> None:
    text = "Il vend ses fruits 3 euros le kilo."
    assert "price" in {cue.category for cue, _ in find_cues(text, 0, len(text), "before")}


@pytest.mark.parametrize(
    ("text", "organisations"),
    [  # employers compared in one sentence, each with its own amount
     ("Le taux horaire d'un agent de sûreté à l'aéroport de Nantes varie selon le prestataire : 12,45 euros chez "
      "Sécuris Ouest contre 11,98 euros chez Vigilor.", [["Sécuris Ouest"], ["Vigilor"]]),
     ("Ce que gagnent les caissières, en brut mensuel pour un temps plein : 1 830 euros chez Hyper Cazal, 1 790 euros "
      "chez Marché Vallon, 1 760 euros chez Primeprix.", [["Hyper Cazal"], ["Marché Vallon"], ["Primeprix"]]),
     ("Le tarif par course à Paris, plateforme par plateforme : Velocia 4,50 euros, Coursio 3,90 euros, Dropr 3,60 "
      "euros.", [["Velocia"], ["Coursio"], ["Dropr"]]),
     ("Dans le Jura, les fromageries Lactalpe, Fromvert et Bergeval paient respectivement 12,10, 12,40 et 13 euros "
      "de l'heure à leurs affineurs.", [["Lactalpe"], ["Fromvert"], ["Bergeval"]]),
     # further levels of a list that leave out their currency, each at its employer
     ("En Alsace, le salaire mensuel d'embauche d'un conducteur poids lourd s'élève à 2 300 euros brut chez "
      "Transalsace, 2 200 chez Heintz Frères et 2 050 chez Rhin Fret, hors primes.",
      [["Transalsace"], ["Heintz Frères"], ["Rhin Fret"]]),
     # a group and its subsidiary whose name opens with the group's are two organisations
     ("Le groupe Orbicom emploie, via sa filiale Orbicom Services Maroc, 2 000 téléconseillers à Casablanca, payés "
      "3 500 dirhams par mois.", [["Orbicom", "Orbicom Services Maroc"]]),
     # an inspectorate named by its apposition, a study's author: not payers
     ("L'Ispettorato nazionale del lavoro (INL), l'inspection du travail italienne, et les carabiniers ont "
      "découvert dans les Pouilles une trentaine d'ouvriers agricoles payés 3 euros la caisse de tomates.", [[]]),
     ("D'après une étude publiée en mars par le cabinet Talentia, un développeur débutant gagne 38 000 euros par an "
      "à Lyon.", [[]]),
     # workers a company employs itself: not its subcontractor's
     ("Pour le tri de ses colis, le groupe Expressia fait appel à Tricolis. À Roissy, Expressia verse 13,50 euros de "
      "l'heure à ses propres manutentionnaires.", [["Expressia"]])],
)
def test_linking_gives_compared_employers_their_own_amounts_and_leaves_out_bodies_that_do_not_pay(
        pipeline, text: str, organisations: list[list[str]]) -> None:
    assert [[o.name for o in c.organisations] for c in pipeline(text).claims] == organisations


@pytest.mark.parametrize(
    ("text", "amounts"),
    [  # bare levels each at its employer, after a level at its own
     ("Le salaire d'embauche d'un conducteur s'élève à 2 300 euros brut chez Transalsace, 2 200 chez Heintz Frères et "
      "2 050 chez Rhin Fret.", [2300.0, 2200.0, 2050.0]),
     # counts at employers after a bonus are no levels
     ("Une prime de 500 euros a été versée aux salariés, soit 1 200 chez Renault et 800 chez Dacia.", [500.0])],
)
def test_linking_reads_bare_levels_at_employers_only_after_a_level_at_one(pipeline, text: str,
                                                                         amounts: list[float]) -> None:
    assert [c.amount.min for c in pipeline(text).claims] == amounts


def test_linking_places_workers_by_the_demonym_of_their_workplace(pipeline) -> None:
    [claim] = pipeline("Dans les cliniques lilloises du groupe Santéa, une aide-soignante débute à 1 750 euros net "
                       "par mois.").claims
    assert claim.place is not None and claim.place.name == "Lille"


def test_linking_keeps_a_subsidiary_short_form_named_after_it(pipeline) -> None:
    """Only a group named before its subsidiary is another organisation: "Golden Loom" after "sa filiale Golden Loom
    Garment" is the subsidiary again."""
    [claim] = pipeline("Le groupe Vireo emploie 4 000 ouvrières via sa filiale Golden Loom Garment. Chez Golden Loom, "
                       "les ouvrières touchent 8 000 takas par mois.").claims
    assert [o.name for o in claim.organisations] == ["Golden Loom Garment"]


@pytest.mark.parametrize(
    ("text", "organisations"),
    [  # the owner a subsidiary's apposition names does not pay the subsidiary's workers
     ("Chez Glovo, filiale du groupe Delivery Hero, le tarif de base d'une livraison est passé de 2,90 euros à 2,40 "
      "euros l'an dernier.", [["Glovo"], ["Glovo"]]),
     ("Chez Careem, la concurrente détenue en partie par Uber, le tarif reste fixé à 8 ou 9 dirhams la course.",
      [["Careem"]]),
     # the owner of a site employs its workers
     ("Les mineurs de la mine Golden Ridge, propriété du groupe Kestrel Mining, touchent 2 500 cedis par mois.",
      [["Golden Ridge", "Kestrel Mining"]]),
     # a group employing through its subsidiary is named with it
     ("Le groupe Orbicom emploie, via sa filiale Orbicom Services Maroc, 900 téléconseillers payés 4 500 dirhams "
      "par mois.", [["Orbicom", "Orbicom Services Maroc"]]),
     # an owner the sentence names again keeps its own amount
     ("Kwik, filiale de Logexa, paie ses livreurs 11 euros de l'heure, contre 13 euros chez Logexa.",
      [["Kwik"], ["Logexa"]])],
)
def test_linking_leaves_out_the_owner_named_in_a_subsidiary_apposition(pipeline, text: str,
                                                                       organisations: list[list[str]]) -> None:
    assert [[o.name for o in c.organisations] for c in pipeline(text).claims] == organisations


@pytest.mark.parametrize(
    ("text", "organisations"),
    [  # an amount with no name of its own takes none tied to another amount by "chez"
     ("L'Insee a calculé que les salariés du commerce touchent 1 650 euros nets par mois ; chez Carrefour, les "
      "caissiers débutent à 1 780 euros nets.", [[], ["Carrefour"]]),
     ("Chez Lidl, un caissier débute à 1 900 euros, quand Aldi en propose 1 850 et que les autres enseignes paient "
      "1 800 euros.", [["Lidl"], ["Aldi"], ["Aldi"]]),
     # one name and no "chez": it pays every amount of its sentence
     ("Uber verse 1 000 euros de prime ; ses chauffeurs gagnent 800 euros par semaine.", [["Uber"], ["Uber"]]),
     # one employer's pay then and now
     ("Les livreurs de Velocia manifestent. Ils touchaient 4,50 euros par course en 2020, contre 3,10 euros "
      "aujourd'hui chez Velocia.", [["Velocia"], ["Velocia"]]),
     # a "Chez X" that opens the sentence pays its later parts too
     ("Chez Kapstone Tutorat, la famille paie 32 euros de l'heure ; l'étudiant, lui, touche 15,20 euros brut.",
      [["Kapstone Tutorat"]])],
)
def test_linking_gives_an_amount_no_name_tied_to_another(pipeline, text: str, organisations: list[list[str]]) -> None:
    assert [[o.name for o in c.organisations] for c in pipeline(text).claims] == organisations


@pytest.mark.parametrize(
    ("text", "organisations"),
    [("En Belgique, un instituteur payé par la Fédération Wallonie-Bruxelles débute à 2 700 euros brut par mois.",
      ["Fédération Wallonie-Bruxelles"]),
     ("Les agents rémunérés par la Caisse nationale de sécurité sociale touchent 3 100 dirhams par mois.",
      ["Caisse nationale de sécurité sociale"]),
     # what is paid is no worker
     ("L'enquête, payée par la Fédération européenne des transports, montre que les livreurs touchent 3 euros "
      "par course.", [])],
)
def test_linking_takes_a_body_that_pays_workers_by_a_participle_as_the_payer(pipeline, text: str,
                                                                            organisations: list[str]) -> None:
    """A federation or a fund pays no one by its name, unless the text says it pays workers: "un instituteur payé
    par la Fédération"."""
    [claim] = pipeline(text).claims
    assert [o.name for o in claim.organisations] == organisations


@pytest.mark.parametrize(
    ("text", "place"),
    [  # a company's seat is not where its workers are, when the sentence names another place
     ("Depuis sa maison de la Creuse, Julien relit des traductions pour Polyglot Labs, basée à New York. Payé 22 "
      "dollars de l'heure, il gagne plus qu'en agence.", "Creuse"),
     ("Les préparateurs de Lens travaillent pour Stockia, qui a son siège à Clichy, et touchent 11,80 euros de "
      "l'heure.", "Lens"),
     # alone, the seat is the workplace
     ("Le club Racing Armor, basé à Saint-Brieuc, verse à ses joueurs un salaire de 18 000 euros brut par mois.",
      "Saint-Brieuc"),
     # a place workers come from is not where they are
     ("Kivuli Data, basée à Nairobi, emploie 800 annotateurs venus d'Ouganda, payés 2 dollars de l'heure.",
      "Nairobi")],
)
def test_linking_places_workers_apart_from_their_company_seat(pipeline, text: str, place: str) -> None:
    [claim] = pipeline(text).claims
    assert claim.place is not None and claim.place.name == place


@pytest.mark.parametrize(
    ("text", "places"),
    [  # a place right after an amount holds it, in whatever currency
     ("Un livreur gagne 5 euros par course à Paris, contre 3 euros à Nairobi.", ["Paris", "Nairobi"]),
     ("Un tuteur en ligne touche 14 euros de l'heure en France, contre 4 euros en Inde.", ["France", "Inde"]),
     # a place later in the clause, after other words, is the model's to weigh
     ("Un livreur gagne 5 euros par course à Paris, contre 3 euros en moyenne à Nairobi.", ["Paris", "Paris"])],
)
def test_linking_keeps_the_place_right_after_an_amount(pipeline, text: str, places: list[str]) -> None:
    assert [c.place.name if c.place else None for c in pipeline(text).claims] == places


@pytest.mark.parametrize(
    ("text", "place"),
    [("Tradlink, qui a son siège européen à Amsterdam, paie ses traducteurs lisboètes 14 euros de l'heure.",
      "Lisbonne"),
     ("Kivra Foods, dont le siège mondial se trouve à Stockholm, paie ses cueilleurs de Kiruna 150 couronnes de "
      "l'heure.", "Kiruna")],
)
def test_linking_reads_a_qualified_seat_as_no_workplace(pipeline, text: str, place: str) -> None:
    """"son siège européen", "le siège social": the seat, whatever word qualifies it."""
    [claim] = pipeline(text).claims
    assert claim.place is not None and claim.place.name == place


@pytest.mark.parametrize(
    ("text", "periods"),
    [  # "contre" sets a figure in another currency, of its size in euros, against one per hour: per hour too
     ("Un annotateur touche 1,5 dollar de l'heure à Nairobi, contre 500 roupies à Bangalore et 15 euros à Lyon.",
      ["hour", "hour", "hour"]),
     ("Un développeur gagne 2 500 dinars par mois à Tunis, contre 3 500 euros à Lyon.", ["month", "month"]),
     # no unit stated: none carried
     ("La prime s'élève à 300 dollars, contre 200 euros l'an dernier.", [None, None]),
     # a month's pay set against an hour's: no unit carried
     ("Un modérateur touche 1,5 dollar de l'heure à Nairobi, contre 60 000 shillings pour un instituteur.",
      ["hour", None])],
)
def test_linking_carries_the_unit_to_a_figure_compared_in_another_currency(pipeline, text: str,
                                                                           periods: list[str | None]) -> None:
    assert [c.period for c in pipeline(text).claims] == periods


LONDON = "Un chauffeur Uber à Londres gagne 14 livres de l'heure"


@pytest.mark.parametrize(
    ("text", "claims"),
    [  # a member of a comparison whose verb is left out holds per the unit of the member before, in its currency
     (f"{LONDON}, un chauffeur Bolt à Varsovie 35 zlotys.", [("GBP", "hour"), ("PLN", "hour")]),
     ("En Côte d'Ivoire, un planteur de cacao gagne environ 400 000 francs CFA par an ; au Ghana, 6 000 cedis.",
      [("XOF", "year"), ("GHS", "year")]),
     ("Un coursier de Nairobi touche 300 dollars par mois, son homologue de Lagos 250 000 nairas.",
      [("USD", "month"), ("NGN", "month")]),
     ("Les livreurs de Londres touchent 14 livres de l'heure, ceux de Varsovie 35 zlotys.",
      [("GBP", "hour"), ("PLN", "hour")]),
     ("Un chauffeur Uber gagne 14 livres de l'heure à Londres et un chauffeur Bolt à Varsovie 35 zlotys.",
      [("GBP", "hour"), ("PLN", "hour")]),
     (f"{LONDON} et un chauffeur Bolt à Varsovie 35 zlotys.", [("GBP", "hour"), ("PLN", "hour")]),
     # past the first member's restatement, which stays a conversion
     ("Un chauffeur Uber à Londres gagne 14 livres (16 euros) de l'heure, un chauffeur Bolt à Varsovie 35 zlotys.",
      [("GBP", "hour"), ("PLN", "hour")])],
)
def test_linking_carries_the_unit_to_a_member_whose_verb_is_left_out(pipeline, text: str,
                                                                      claims: list[tuple[str, str | None]]) -> None:
    assert [(c.amount.currency, c.period) for c in pipeline(text).claims] == claims


@pytest.mark.parametrize(
    ("text", "claims"),
    [  # a second member with a verb of its own: its own unit, or none carried
     (f"{LONDON}, à Varsovie un chauffeur Bolt touche 35 zlotys par jour.", [("GBP", "hour"), ("PLN", "day")]),
     (f"{LONDON}, à Varsovie un chauffeur Bolt reçoit 35 zlotys.", [("GBP", "hour"), ("PLN", None)]),
     (f"{LONDON}, un chauffeur qui travaille à Varsovie 35 zlotys.", [("GBP", "hour"), ("PLN", None)]),
     (f"{LONDON}, et il envoie 200 dollars à sa famille.", [("GBP", "hour")]),
     # a restatement stays one
     (f"{LONDON}, soit 16 euros.", [("GBP", "hour")]),
     # a figure of another size: a month's pay after an hourly rate
     (f"{LONDON}, un chauffeur Bolt à Varsovie 4 500 zlotys.", [("GBP", "hour"), ("PLN", None)]),
     ("Un développeur gagne 25 dollars de l'heure à Austin, son homologue kényan 60 000 shillings.",
      [("USD", "hour"), ("KES", None)]),
     # a price, a bonus, a unit of its own
     (f"{LONDON}, un repas coûte 5 livres.", [("GBP", "hour")]),
     (f"{LONDON}, une prime de 300 euros.", [("GBP", "hour"), ("EUR", None)]),
     (f"{LONDON}, un chauffeur Bolt à Varsovie 35 zlotys par mois.", [("GBP", "hour"), ("PLN", "month")])],
)
def test_linking_carries_no_unit_to_a_member_with_a_verb_a_size_or_a_unit_of_its_own(
        pipeline, text: str, claims: list[tuple[str, str | None]]) -> None:
    assert [(c.amount.currency, c.period) for c in pipeline(text).claims] == claims


@pytest.mark.parametrize(
    ("text", "amounts"),
    [  # a bare number that continues money that is not pay is no pay either
     ("La plateforme prélève 3 euros de frais par commande à Paris, 2,50 en province.", []),
     ("Un livreur touche 4 euros par commande, la plateforme prélève 3 euros de frais à Paris, 2,50 en province.",
      ["4 euros"]),
     ("Le menu coûte 12 euros à Paris, 9 à Lyon.", []),
     # one that continues pay is pay; so is one whose own clause says so
     ("Un émailleur touche 2 050 euros par mois, un tourneur 2 140, la chef d'atelier 2 600.",
      ["2 050 euros", "2 140", "2 600"]),
     ("Chaque ouvrier touche 900 takas (7 euros) par jour ; un aide, 600.", ["900 takas", "600"]),
     ("Le loyer coûte 500 euros à Paris, le salaire 1 200.", ["1 200"]),
     # after a price, workers as the subject of the member, or a unit of pay of its own
     ("À Paris, un studio se loue 900 euros par mois ; un livreur, lui, 1 400.", ["1 400"]),
     ("Un menu coûte 12 euros à Paris ; le serveur qui le sert, 11,65 de l'heure.", ["11,65"])],
)
def test_linking_takes_a_bare_member_as_pay_only_after_pay(pipeline, text: str, amounts: list[str]) -> None:
    assert [c.amount.text for c in pipeline(text).claims] == amounts


@pytest.mark.parametrize(
    ("text", "organisations"),
    [  # a sentence that opens with "Son sous-traitant, X": X works for the company the sentence before names
     ("TikTok a externalisé une partie de sa modération en Colombie. Son sous-traitant, Teleperformance, y paie ses "
      "modérateurs 1,2 million de pesos par mois.", {"TikTok", "Teleperformance"}),
     # a subcontractor named in another part of the sentence, with its own amount, pays that amount only
     ("Chez Bouygues Telecom, un conseiller gagne 2 300 euros brut par mois ; chez son sous-traitant Intelcia "
      "Maroc, un téléconseiller touche 5 000 dirhams.", {"Bouygues Telecom"}),
     # a worker's own provider is no partner of the employer
     ("Marc, chauffeur VTC chez Uber, gagne 1 400 euros par mois, mais loue sa voiture à son prestataire, Hiflow, "
      "pour 300 euros par semaine.", {"Uber"})],
)
def test_linking_takes_a_subcontractor_opening_a_sentence_as_the_partner_of_the_company_before(
        pipeline, text: str, organisations: set[str]) -> None:
    claim = pipeline(text).claims[0]
    assert {o.name for o in claim.organisations} == organisations


@pytest.mark.parametrize(
    ("text", "currency"),
    [("Sama a longtemps employé ses annotateurs au Kenya. En 2023, l'entreprise a ouvert un centre en Ouganda. Dans "
      "ce pays, ses annotateurs gagnent environ 500 000 shillings par mois.", "UGX"),
     # two countries before: the phrase says nothing clear, the paragraph's first country holds
     ("La Tunisie attire davantage de centres d'appels que l'Algérie. Sur place, un téléconseiller touche 1 200 "
      "dinars par mois.", "TND"),
     ("Deliveroo s'est implanté à Hong Kong en 2015. Sur place, un coursier touche 60 dollars de l'heure.", "HKD"),
     # no phrase that refers back: the paragraph's first country
     ("Le Kenya a longtemps attiré les sous-traitants de l'IA, mais Sama s'est recentrée sur l'Ouganda. Ses "
      "annotateurs gagnent environ 500 000 shillings par mois.", "KES")],
)
def test_money_reads_a_currency_in_the_country_a_phrase_refers_back_to(pipeline, text: str, currency: str) -> None:
    [claim] = pipeline(text).claims
    assert claim.amount.currency == currency


ANOTHER_MEMBERS_PAYER = (
    "known miss: the rules give each amount its own member's payer, and the organisation model adds the other "
    "member's, named in the sentence. Keeping it from adding a name tied to another amount only lost 5 dev claims "
    "(cross-fitted) whose labels list a client across a comparison of its subcontractor's staff and its own ('Un "
    "technicien de Brightwater y est payé 28 livres ; [...] employé directement par Caledon touchait 41 livres')")


@pytest.mark.parametrize(
    ("text", "organisations"),
    [  # a sentence that opens with a clause of contrast: that clause ends at the comma after its amount
     ("Alors qu'un développeur de Google à Zurich peut gagner 250 000 francs par an, les annotateurs que "
      "l'entreprise fait travailler via Appen en Inde reçoivent 4 dollars de l'heure.", [["Google"], ["Appen"]]),
     ("Si les livreurs de Stuart touchent 5 euros la course à Paris, ceux d'Uber Eats à Bruxelles n'en perçoivent "
      "que 3,20.", [["Stuart"], ["Uber Eats"]]),
     # ", ceux de X" opens the part of another employer's workers
     ("Les salariés de la SNCF ont reçu une prime de partage de la valeur de 400 euros, ceux de Keolis 250 euros.",
      [["SNCF"], ["Keolis"]]),
     ("Le barème de Deliveroo est de 2,60 euros par course à Toulouse, ceux d'Uber Eats et de Stuart de 2,90 euros.",
      [["Deliveroo"], ["Uber Eats", "Stuart"]]),
     pytest.param("Les correcteurs de Scale AI aux Philippines perçoivent 1,50 dollar de l'heure, alors qu'à Paris, "
                  "les annotateurs recrutés par la start-up Mistral AI sont payés 25 euros de l'heure.",
                  [["Scale AI"], ["Mistral AI"]], marks=pytest.mark.xfail(strict=True, reason=ANOTHER_MEMBERS_PAYER)),
     # "alors que", "tandis que" written out, not only before a vowel
     ("Chez Stuart, une course rapporte 4 euros au coursier, alors que chez Deliveroo elle lui rapporte 2,80 euros.",
      [["Stuart"], ["Deliveroo"]]),
     ("Les caissières de Lidl débutent à 1 900 euros brut, tandis que celles d'Aldi démarrent à 1 850 euros.",
      [["Lidl"], ["Aldi"]]),
     # a member whose verb is left out: its name ends the member before
     ("Un machiniste de Keolis gagne 2 100 euros brut par mois, et la RATP 2 600 euros.", [["Keolis"], ["RATP"]]),
     ("Un coursier Frichti gagne 11 euros de l'heure, un coursier Cajoo 10,50.", [["Frichti"], ["Cajoo"]]),
     pytest.param("Pour Appen, c'est 10 dollars de l'heure ; pour TELUS International, 12.",
                  [["Appen"], ["TELUS International"]],
                  marks=pytest.mark.xfail(strict=True, reason=ANOTHER_MEMBERS_PAYER)),
     # one employer over the whole sentence keeps all its amounts
     ("Chez Sama, les annotateurs kényans touchent 2 dollars de l'heure, les Ougandais 1,50.", [["Sama"], ["Sama"]]),
     # parts that name one payer each side are a chain of client and subcontractor, not two employers
     ("TikTok paie Majorel 20 euros de l'heure pour chaque modérateur, tandis que les modérateurs de Majorel en "
      "touchent 8.", [["TikTok", "Majorel"]]),
     # counterparts named in their own part, with no payer there, are another employer's workers; not where "Chez
     # X," opens the sentence: they are the same employer's
     ("Un moniteur de l'ESF gagne 3 000 euros par mois en haute saison dans les Alpes, quand son homologue suisse "
      "touche 6 500 francs.", [["ESF"], []]),
     ("Chez McDonald's, un équipier gagne 11,65 euros de l'heure en France, quand son homologue danois touche 22 "
      "dollars de l'heure.", [["McDonald's"], ["McDonald's"]]),
     # not an opening clause that holds no amount, nor one employer's pay then and now
     ("Si tout se passe bien, un annotateur gagne 3 dollars de l'heure, et Remotasks lui verse un bonus de 50 "
      "dollars.", [["Remotasks"], ["Remotasks"]]),
     ("Quand il a commencé chez Velocia en 2020, un coursier touchait 4,50 euros par course, contre 3,10 euros "
      "aujourd'hui.", [["Velocia"], ["Velocia"]])],
)
def test_linking_gives_each_part_of_a_comparison_its_own_payer(
        pipeline, text: str, organisations: list[list[str]]) -> None:
    assert [[o.name for o in c.organisations] for c in pipeline(text).claims] == organisations


@pytest.mark.parametrize(
    ("text", "place"),
    [("Dans la Ville rose, les livreurs de Cajoo touchent 4 euros par course.", "Toulouse"),
     ("Dans la Grande Île, les brodeuses gagnent 150 000 ariary par mois.", "Madagascar"),
     ("Dans la cité phocéenne, un docker gagne 3 200 euros par mois.", "Marseille"),
     ("Sur le Vieux Continent, les modérateurs gagnent en moyenne 1 900 euros par mois.", "Europe")],
)
def test_places_reads_a_place_named_by_its_nickname(pipeline, text: str, place: str) -> None:
    [claim] = pipeline(text).claims
    assert claim.place is not None and claim.place.name == place


@pytest.mark.parametrize(
    ("text", "places"),
    [  # a demonym after a noun of peers says where they are, as after a job
     ("Les routiers français gagnent environ 2 200 euros par mois. Leurs homologues roumains touchent 4 000 lei par "
      "mois.", ["France", "Roumanie"]),
     ("Chez nos voisins suisses, une caissière débute à 4 200 francs par mois.", ["Suisse"]),
     # demonyms of overseas France, of regions and of cities
     ("Les dockers réunionnais gagnent 2 400 euros par mois.", ["La Réunion"]),
     ("Les serveurs corses touchent 1 750 euros par mois en saison.", ["Corse"]),
     ("Les éboueurs grenoblois gagnent 1 800 euros par mois.", ["Grenoble"]),
     # "en métropole", "de métropole": mainland France; a city's "métropole" with its demonym is the city
     ("Un professeur gagne 2 600 euros par mois en Martinique, contre 2 200 euros pour son collègue de métropole.",
      ["Martinique", "France"]),
     ("Dans la métropole rouennaise, les agents d'entretien touchent 1 700 euros par mois.", ["Rouen"]),
     # not the other term of a comparison, but a clause of its own
     ("À Mayotte, un enseignant gagne 40 % de plus qu'en métropole, soit 3 000 euros par mois.", ["Mayotte"]),
     ("À Nouméa, un caissier touche 1 700 euros, alors qu'en métropole il en touche 1 400.", ["Nouméa", "France"]),
     # a site of a company our table knows: the company, at that place
     ("Les équipiers d'un Lidl lyonnais gagnent 1 700 euros par mois.", ["Lyon"]),
     ("À l'usine Renault de Flins, un opérateur gagne 1 950 euros brut par mois.", ["Flins"]),
     # a country's capital named as the government that sets its legal minimum; not where a preposition places it,
     # nor a city that is no country's capital
     ("Après des mois de grève, Dacca a fixé le salaire minimum du textile à 12 500 takas par mois.",
      ["Bangladesh"]),
     ("Ottawa a finalement porté le salaire minimum fédéral à 17,30 $ de l'heure.", ["Canada"]),
     ("À Nairobi, le gouvernement a relevé le salaire minimum des gardiens à 15 000 shillings par mois.",
      ["Nairobi"]),
     ("Genève a relevé son salaire minimum cantonal à 24,32 francs de l'heure.", ["Genève"]),
     # nor where the capital sets a minimum of its own
     ("Pékin a relevé le salaire minimum à 2 420 yuans par mois.", ["Pékin"]),
     ("Paris a relevé le salaire minimum de ses agents municipaux à 1 900 euros par mois.", ["Paris"])],
)
def test_places_reads_where_workers_named_by_a_demonym_or_by_metropole_are(
        pipeline, text: str, places: list[str]) -> None:
    assert [c.place.name if c.place else None for c in pipeline(text).claims] == places


@pytest.mark.parametrize(
    "text",
    ["La Métropole de Lyon a voté un budget de 2 millions d'euros pour ses agents, payés 1 900 euros par mois.",
     "Le cuisinier qui prépare la quiche lorraine de la brasserie gagne 1 800 euros par mois.",
     "Le conseil de métropole a fixé le salaire des animateurs périscolaires à 12 euros de l'heure.",
     "À Mayotte, les infirmiers venus de métropole touchent 3 100 euros par mois."],
)
def test_places_reads_no_place_from_metropole_or_demonym_words_that_name_none(pipeline, text: str) -> None:
    claims = pipeline(text).claims
    assert claims and all(c.place is None or c.place.name not in ("France", "Lorraine") for c in claims)


@pytest.mark.parametrize(
    ("text", "number", "place", "country"),
    [  # "dans le" or "du" and a département's number (data/departements.tsv), at the offsets of the number
     ("Dans le 93, les livreurs de Deliveroo touchent 3 euros par course.", "93", "Seine-Saint-Denis", "FR"),
     ("Les livreurs du 94 gagnent 4 euros par commande chez Uber Eats.", "94", "Val-de-Marne", "FR"),
     ("Dans le 2A, les saisonniers sont payés 12 euros de l'heure.", "2A", "Corse-du-Sud", "FR"),
     ("Dans le 974, les dockers gagnent 2 400 euros par mois.", "974", "La Réunion", "RE"),
     # a name our place tables alone would not put in France ("Var", "Cher"): the table gives its country
     ("Les saisonniers du 83 gagnent 11,65 euros de l'heure.", "83", "Var", "FR"),
     # a number that may be a day, after "du" and people or a school
     ("Un surveillant d'un collège du 13 est payé 1 400 euros par mois.", "13", "Bouches-du-Rhône", "FR"),
     ("Les livreurs du 93 ont manifesté le 14 juillet : ils touchent 2,50 euros par course.", "93",
      "Seine-Saint-Denis", "FR")],
)
def test_places_reads_a_departement_named_by_its_number(
        pipeline, text: str, number: str, place: str, country: str) -> None:
    [claim] = pipeline(text).claims
    assert claim.place is not None and (claim.place.name, claim.place.country) == (place, country)
    assert text[claim.place.start:claim.place.end] == number


@pytest.mark.parametrize(
    "text",
    [  # dates
     "Le 14 juillet, les livreurs ont touché 3 euros par course.",
     "Du 9 au 12 mars, les livreurs ont touché 3 euros par course.",
     "Les livreurs du 13 au 15 mars ont touché 3 euros par course.",
     "Le 13 décembre, les livreurs ont obtenu 3 euros par course.",
     "La réunion du 13 a fixé le tarif des livreurs à 3 euros par course.",
     "Le 93e jour de grève, les livreurs touchaient 3 euros par course.",
     # street numbers
     "Au 93, rue de Paris, les caissières gagnent 1 500 euros par mois.",
     "Au 93 boulevard Voltaire, les caissières gagnent 1 500 euros par mois.",
     # counts, ages, hours, percentages, arrondissements, years
     "Les 93 livreurs de la société touchent 3 euros par course.",
     "Les 93 salariés de l'usine touchent 1 500 euros par mois.",
     "Le gardien, âgé de 93 ans, gagne 1 200 euros par mois.",
     "Au-delà de 35 h, les livreurs touchent 15 euros de l'heure.",
     "Dans le 93 % des cas, les livreurs touchent 3 euros par course.",
     "Dans le 18e, les livreurs touchent 3 euros par course.",
     "En 93, les livreurs touchaient 3 euros par course.",
     # identifiers: numbers, bus lines, articles of a text, "le 49.3"
     "Le chauffeur du bus n° 93 gagne 1 900 euros par mois.",
     "Le chauffeur du bus numéro 93 gagne 1 900 euros par mois.",
     "Le chauffeur de la ligne 93 gagne 1 900 euros par mois.",
     "Le chauffeur du bus 93 gagne 1 900 euros par mois.",
     "L'article 93 de la convention fixe le salaire des vendeurs à 1 500 euros par mois.",
     "Après le 49.3, le Smic horaire reste à 11,65 euros.",
     # "le" or "au" alone, a number after "du" that follows no workers, an arrondissement of a city the text names
     "Le 93 est supprimé : les chauffeurs de la ligne gagnent 1 900 euros par mois.",
     "Au 36, les enquêteurs gagnent 2 800 euros par mois.",
     "Les horaires du 62 changent : ses chauffeurs gagnent 1 900 euros par mois.",
     "À Paris, dans le 18, les livreurs touchent 3 euros par course.",
     "Dans le 12:45 de M6, un livreur dit gagner 3 euros par course.",
     # a number in brackets only says where the town before it is
     "À Bobigny (93), les agents d'entretien touchent 1 500 euros par mois."],
)
def test_places_reads_no_departement_from_dates_counts_or_identifiers(pipeline, text: str) -> None:
    result = pipeline(text)
    assert result.claims and all(c.place is None or not text[c.place.start].isdigit() for c in result.claims)
    assert not [m for m in result.entities if m.label == "LOC" and m.text[0].isdigit()]


@pytest.mark.parametrize(
    ("text", "organisations"),
    [("Les équipiers d'un McDonald's marseillais touchent 11,65 euros de l'heure.", ["McDonald's"]),
     ("Dans l'entrepôt Amazon de Lauwin-Planque, les préparateurs touchent 11,80 euros de l'heure.", ["Amazon"]),
     # the full stop that ends a sentence is no part of a name
     ("Karim, 24 ans, est équipier chez McDonald's. Il gagne 11,65 euros de l'heure chez McDonald's.",
      ["McDonald's"]),
     # names of their own, which hold a town or its adjective
     ("Les conseillers du Crédit lyonnais gagnent 2 100 euros par mois.", ["Crédit lyonnais"]),
     ("Les joueurs de l'Olympique de Marseille gagnent 200 000 euros par mois.", ["Olympique de Marseille"])],
)
def test_pipeline_names_a_known_company_apart_from_the_site_the_ner_read_with_it(
        pipeline, text: str, organisations: list[str]) -> None:
    [claim] = pipeline(text).claims
    assert [o.name for o in claim.organisations] == organisations


@pytest.mark.parametrize(
    ("text", "sentence"),
    [("Chez Acme Services Inc., les agents de Montréal gagnent 19 dollars de l'heure.", "Chez Acme"),
     ("Les annotateurs de Sigma Annotation Pvt. Ltd. à Bangalore touchent 18 000 roupies par mois.",
      "Les annotateurs"),
     # a title or a name before the dot: a sentence does end there
     ("Les livreurs roulent pour Uber. M. Diallo gagne 3 euros par course chez Stuart.", "M. Diallo"),
     ("Le chauffeur travaille pour Uber. ensuite, il gagne 20 euros par course.", "ensuite")],
)
def test_pipeline_does_not_end_a_sentence_at_a_legal_form_that_no_sentence_start_follows(
        pipeline, text: str, sentence: str) -> None:
    [claim] = pipeline(text).claims
    assert (claim.sentence.start, claim.sentence.end) == (text.index(sentence), len(text))


@pytest.mark.parametrize(
    ("text", "organisations"),
    [  # a rank in the list of companies named before
     ("À Madrid, Glovo et Uber Eats se disputent les mêmes coursiers. Le premier rémunère la livraison 2,80 euros en "
      "moyenne, le second n'en verse que 2,40.", [["Glovo"], ["Uber Eats"]]),
     ("Foxconn et Pegatron assemblent des smartphones en Chine. Chez le premier, un ouvrier touche 3 500 yuans par "
      "mois.", [["Foxconn"]]),
     ("Une étude compare Upwork et Fiverr. Sur le premier, un développeur indien facture 18 dollars de l'heure.",
      [["Upwork"]]),
     ("Uber, Careem et inDrive se disputent Le Caire. Le dernier, né en Sibérie, verse à ses chauffeurs 9 000 "
      "livres égyptiennes par mois en moyenne.", [["inDrive"]]),
     # the names outside the list stay (a client), and those its subject holds ("qui travaille pour")
     ("Majorel et Teleperformance modèrent les contenus de TikTok à Casablanca. Chez le second, un modérateur touche "
      "4 500 dirhams par mois.", [["Teleperformance", "TikTok"]]),
     ("Surge AI et Scale AI recrutent des annotateurs. Le premier, qui travaille pour Anthropic, propose 15 dollars "
      "de l'heure.", [["Surge AI", "Anthropic"]]),
     # a complement is no member of the list after it ("pour le compte de Google")
     ("Pour le compte de Google, Appen et Toloka recrutent des évaluateurs. La première verse 14,50 dollars de "
      "l'heure.", [["Google", "Appen"]]),
     # not past another payer named between the subject and the amount
     ("Uber et Bolt se disputent les chauffeurs de Varsovie. Le premier verse 3,20 zlotys par kilomètre ; chez Bolt, "
      "c'est 2,90 zlotys.", [["Uber"], ["Bolt"]]),
     # the nationality the text gave one of the list, or our table's
     ("Just Eat Takeaway et l'allemand Delivery Hero se disputent la Pologne. L'allemand rémunère ses coursiers 18 "
      "zlotys par livraison.", [["Delivery Hero"]]),
     ("Securitas et le français Seris surveillent les centres commerciaux. Le suédois verse à ses agents 11,90 "
      "euros brut de l'heure.", [["Securitas"]]),
     # the city of its seat, by our table or its demonym
     ("Amazon et Microsoft emploient des milliers de testeurs près de Seattle. Le géant de Redmond paie les siens 28 "
      "dollars de l'heure.", [["Microsoft"]]),
     ("Wolt et Gorillas recrutent à Varsovie. Le groupe berlinois verse à ses coursiers 30 zlotys de l'heure.",
      [["Gorillas"]])],
)
def test_linking_gives_an_amount_to_the_one_company_a_description_names_again(
        pipeline, text: str, organisations: list[list[str]]) -> None:
    assert [[o.name for o in c.organisations] for c in pipeline(text).claims] == organisations


@pytest.mark.parametrize(
    ("text", "organisations"),
    [  # a rank among people, documents or bonuses; a person named last; no verb of a payer
     ("Ahmed et Karim livrent pour Uber Eats à Lyon. Le premier gagne 1 200 euros par mois.", [["Uber Eats"]]),
     ("Uber et Bolt dominent Lisbonne. Nous avons suivi Pedro et Rui. Le premier verse à ses enfants 200 euros par "
      "mois sur les 900 euros qu'il gagne.", [["Uber", "Bolt"], ["Uber", "Bolt"]]),
     ("Les syndicats ont signé deux accords avec Lidl et Aldi. Le premier garantit 13 euros de l'heure aux "
      "caissiers.", [["Lidl", "Aldi"]]),
     ("Meta emploie des modérateurs via le sous-traitant Sama. Ce dernier, licencié en 2019, affirme avoir touché 2 "
      "dollars de l'heure.", [["Meta", "Sama"]]),
     ("Lidl et Aldi recrutent des caissiers. L'un paie 12 euros de l'heure.", [["Lidl", "Aldi"]]),
     # a capitalised nationality is a person; a nationality no company of the list has, or both
     ("James livre à Londres pour Uber Eats et Deliveroo. L'Anglais rémunère lui-même un sous-livreur 10 livres de "
      "l'heure.", [["Uber Eats", "Deliveroo"]]),
     ("Lidl et Aldi recrutent des caissiers. Le suédois paie 12 euros de l'heure.", [["Lidl", "Aldi"]]),
     ("Cabify et l'américain Uber se disputent Lima. L'espagnol paie ses chauffeurs 5 soles la course.",
      [["Cabify", "Uber"]]),
     # a person named since the list; "ce dernier", the last named of any kind; a branch's town
     ("Uber et Bolt dominent Lisbonne. Pedro Silva, 41 ans, gère une flotte. Le premier verse à ses chauffeurs 5 "
      "euros la course.", [["Uber", "Bolt"]]),
     ("Uber et Bolt dominent Lisbonne, selon un cousin de Pedro. Ce dernier verse à ses chauffeurs 5 euros la "
      "course.", [["Uber", "Bolt"]]),
     # a subcontractor joined to its client by "et" is no rival
     ("OpenAI et le sous-traitant Sama recrutent à Nairobi. Le second paie ses annotateurs 2 dollars de l'heure.",
      [["OpenAI", "Sama"]]),
     ("Uber et Heetch recrutent à Lyon. La société de Lyon verse à ses chauffeurs 5 euros la course.",
      [["Uber", "Heetch"]]),
     # a rank with a noun of its own
     ("Glovo et Uber Eats recrutent à Madrid. Le premier employeur du secteur paie 9 euros de l'heure.",
      [["Glovo", "Uber Eats"]]),
     # no list: a client and its contractor stay
     ("Meta a confié la modération de ses contenus au cabinet Majorel. Le sous-traitant luxembourgeois paie ses "
      "modérateurs de Nairobi 60 000 shillings par mois.", [["Meta", "Majorel"]])],
)
def test_linking_keeps_the_companies_where_no_description_names_one(
        pipeline, text: str, organisations: list[list[str]]) -> None:
    assert [[o.name for o in c.organisations] for c in pipeline(text).claims] == organisations




@pytest.mark.parametrize(
    ("text", "expected"),
    [  # an organisation noun in the subject, before the verb of pay: the amount is the worker's
     ("À Perpignan, un joueur formé au club gagne 2 000 euros par mois.", [2000.0]),
     ("Un joueur formé au club débute à 2 000 euros par mois.", [2000.0]),
     # money paid to an organisation is not pay, whatever verb gives its level
     ("La plateforme verse aux associations 2 000 euros par mois.", []),
     ("La commission versée à l'agence atteint 300 euros par mission.", []),
     ("La cotisation payée au club monte à 250 euros par saison, une dépense lourde pour les familles.", [])],
)
def test_linking_reads_an_organisation_noun_before_a_verb_of_pay_as_the_subject_s(pipeline, text: str,
                                                                                   expected: list) -> None:
    assert [float(c.amount.min) for c in pipeline(text).claims] == expected


@pytest.mark.parametrize(
    ("text", "period"),
    [  # a span the pay was earned over
     ("À la fin du mois, une agente à temps partiel touche à peine 1 480 euros nets.", "month"),
     ("Sur une journée, un chauffeur de tuk-tuk à Colombo gagne 3 000 roupies srilankaises.", "day"),
     # not the date a contract ends or the pay comes in
     ("Embauchés jusqu'à la fin du mois, les saisonniers touchent 1 400 euros.", None),
     ("Payée à la fin du mois, la somme de 450 euros correspond à trois semaines de travail.", None),
     # a bonus per kilometre
     ("Le syndicat réclame que la prime kilométrique des coursiers passe de 5 à 12 livres turques.", "task"),
     # pay for a span of several units keeps no period, nor the one of the sentence before
     ("Les juges de ligne sont payés 205 livres sterling par jour. Les ramasseurs de balles ne touchent que 180 "
      "livres sterling pour l'ensemble de la quinzaine.", None)],
)
def test_linking_reads_the_span_pay_is_earned_over(pipeline, text: str, period: str | None) -> None:
    assert pipeline(text).claims[-1].period == period


@pytest.mark.parametrize(
    "text",
    ["L'indemnité kilométrique, de 0,38 euro, ne couvre plus le prix du carburant, dénoncent les aides à domicile.",
     "Un joueur touche 150 euros par match gagné, plus un défraiement kilométrique de 0,30 euro du kilomètre."],
)
def test_linking_reads_no_pay_in_a_refund_of_vehicle_costs(pipeline, text: str) -> None:
    """A refund per kilometre of the worker's own vehicle costs is no pay; a bonus or a share per kilometre is."""
    assert [float(c.amount.min) for c in pipeline(text).claims if c.amount.min < 1] == []
    bonus = pipeline("Certains employeurs versent une prime kilométrique de 4 à 9 centimes d'euro par kilomètre.")
    assert [c.period for c in bonus.claims] == ["task"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [  # an amount in another currency set apart by commas restates the one before it
     ("« Je repars avec 200 pesos philippins par jour, 3,50 dollars, moins que le salaire minimum », dit Mark.",
      [("200 pesos philippins", "PHP")]),
     ("Ils sont payés 100 ariary par image, 2 centimes d'euro, et traitent jusqu'à 300 images par jour.",
      [("100 ariary", "MGA")]),
     # "soit" after a contrast opens another worker's level, not a restatement
     ("Un officier français touche environ 5 000 euros net par mois, tandis qu'un matelot philippin du même navire "
      "est payé selon la grille ITF, soit 1 900 dollars.", [("5 000 euros", "EUR"), ("1 900 dollars", "USD")])],
)
def test_linking_tells_a_restatement_from_another_level(pipeline, text: str, expected: list) -> None:
    assert [(c.amount.text, c.amount.currency) for c in pipeline(text).claims] == expected


def test_linking_reads_both_levels_of_a_change_whose_new_level_is_hedged(pipeline) -> None:
    text = "Chez Hegelmann, leur rémunération est passée de 1 100 à près de 2 000 euros par mois."
    claims = pipeline(text).claims
    assert [(float(c.amount.min), c.qualifier) for c in claims] == [(1100.0, None), (2000.0, "about")]


@pytest.mark.parametrize(
    ("text", "amount"),
    [("Elle percevait 5 600 euros bruts mensuels. L'entreprise devra lui verser six mois de salaire, ainsi que "
      "4 000 euros au titre des frais de justice.", 4000.0),
     ("La production devra aussi lui payer une indemnité de requalification de 4 600 euros.", 4600.0)],
)
def test_linking_reads_trial_costs_and_court_lump_sums_as_none(pipeline, text: str, amount: float) -> None:
    assert amount not in [float(c.amount.min) for c in pipeline(text).claims]


def test_linking_keeps_an_allowance_paid_for_other_costs(pipeline) -> None:
    text = "Chaque technicien reçoit 40 euros par nuit au titre des frais de grand déplacement."
    assert [float(c.amount.min) for c in pipeline(text).claims] == [40.0]


def test_linking_leaves_the_unit_of_the_pay_before_to_it_not_to_a_bonus(pipeline) -> None:
    """"mensuels" right after the salary is the salary's unit, not that of the signing bonus after it."""
    text = ("Les auxiliaires de puériculture y sont recrutées à 1 950 euros brut mensuels, auxquels s'ajoute une prime "
            "de 1 500 euros à la signature.")
    assert [(float(c.amount.min), c.period) for c in pipeline(text).claims] == [(1950.0, "month"), (1500.0, None)]


def test_linking_reads_the_cue_before_a_hedged_change_for_its_new_level(pipeline) -> None:
    """The rent's hedged new level is rent, as its first level is, beside a salary of the same size."""
    text = "Le loyer est passé de 450 à près de 600 euros, quand son salaire de 1 350 euros n'a pas bougé."
    assert [float(c.amount.min) for c in pipeline(text).claims] == [1350.0]


def test_linking_reads_a_level_won_after_a_fronted_phrase_as_the_pay_before(pipeline) -> None:
    """"ils ont obtenu 14,50 dollars" after a sentence about their pay is its new level, past the phrases that open
    the sentence."""
    text = ("Les « raters » d'Appen ont été payés 12,50 dollars de l'heure. En 2023, après une campagne syndicale, "
            "ils ont obtenu 14,50 dollars, puis le contrat a pris fin.")
    assert [float(c.amount.min) for c in pipeline(text).claims] == [12.5, 14.5]


@pytest.mark.parametrize(
    ("text", "expected"),
    [  # profit-sharing is a bonus: it takes no unit from the pay before it
     ("Les préparateurs gagnent 1 950 euros brut par mois. La direction met en avant un intéressement moyen de "
      "1 100 euros.", [1950.0, 1100.0]),
     # the costs of a trial are no pay
     ("Les juges accordent au salarié 3 500 euros au titre de l'article 700.", [])],
)
def test_linking_reads_profit_sharing_as_a_bonus_and_trial_costs_as_none(pipeline, text: str,
                                                                          expected: list) -> None:
    claims = pipeline(text).claims
    assert [float(c.amount.min) for c in claims] == expected
    assert all(c.period is None for c in claims if c.amount.min == 1100)


@pytest.mark.parametrize(
    ("text", "currency"),
    [  # a compass region names no country: the country the story names decides
     ("Yaoundé – Le salaire minimum camerounais passe à 43 969 FCFA par mois. Dans le Sud-Ouest, de nombreux "
      "ouvriers agricoles sont payés autour de 36 000 francs.", "XAF"),
     # New Brunswick by its abbreviation, Acadia by its adjective
     ("Shippagan (N.-B.) – Dans les usines de homard, les travailleuses gagnent 17 $ de l'heure.", "CAD"),
     ("Dans les usines de la péninsule acadienne, les travailleuses gagnent 17 $ de l'heure.", "CAD")],
)
def test_linking_resolves_a_currency_from_a_country_not_a_compass_region(pipeline, text: str, currency: str) -> None:
    assert pipeline(text).claims[-1].amount.currency == currency


@pytest.mark.parametrize(
    ("text", "expected"),
    [  # an amount standing alone, then the sentence that says what it is
     ("2,90 euros. C'est ce que touche un livreur de Deliveroo pour une course à Lyon.", [(2.9, "task")]),
     ("58 000 euros. C'est le salaire médian d'un développeur à Paris, selon Talent.io.", [(58000.0, None)]),
     # not a figure whose next sentence is about something else
     ("58 000 euros. Le prix d'une voiture neuve a encore augmenté cette année.", [])],
)
def test_linking_reads_an_amount_alone_with_the_sentence_that_tells_it(pipeline, text: str, expected: list) -> None:
    assert [(float(c.amount.min), c.period) for c in pipeline(text).claims] == expected


@pytest.mark.parametrize(
    "text",
    ["Le gagnant des 76 millions d'euros de l'EuroMillions s'est fait connaître samedi.",
     "Un Roubaisien a gagné 250 000 euros au jeu de grattage, selon la Française des jeux."],
)
def test_linking_reads_no_pay_in_a_lottery_win(pipeline, text: str) -> None:
    """A lottery names its win, even where the NER takes the lottery for an organisation ("l'EuroMillions")."""
    assert pipeline(text).claims == []


@pytest.mark.parametrize(
    "text",
    ["La part que le chauffeur reverse à la plateforme atteint 25 euros par jour.",
     "L'argent que les mineurs versent au groupe armé atteint 2 000 francs CFA par jour."],
)
def test_linking_reads_what_workers_pay_an_organisation_as_no_pay(pipeline, text: str) -> None:
    assert pipeline(text).claims == []


@pytest.mark.parametrize(
    "text,periods",
    [# the first sentence of an answer takes the unit its question asks for
     ("Combien gagniez-vous par mois chez Sama ?\nAu début, 40 000 shillings kényans.", ["month"]),
     ("« Combien gagniez-vous par mois ? » — « Au début, 40 000 shillings kényans. »", ["month"]),
     ("Quel est votre salaire mensuel ? Environ 300 000 ariary, pas plus.", ["month"]),
     # not the hours a question counts per week
     ("Combien d'heures par semaine faites-vous, et combien gagnez-vous ? — Je gagne 1 100 euros.", [None]),
     ("— Combien d'heures travaillez-vous chaque semaine, et pour quel salaire ? — Je gagne 1 500 euros.", [None]),
     # only the answer's first figure: a price after it is no pay
     ("— Combien gagnez-vous par an ? — 70 000 dollars, et ma maison m'a coûté 400 000 dollars.", ["year"])],
)
def test_linking_reads_the_unit_a_question_asks_for(rules_period_pipeline, text: str, periods: list) -> None:
    assert [c.period for c in rules_period_pipeline(text).claims] == periods


@pytest.mark.parametrize(
    "text,period",
    [# units counted are the work done, not the unit of pay
     ("Certains soirs, je fais huit courses et je rentre avec à peine 35 euros, raconte ce livreur.", None),
     ("« En livrant 60 colis par jour, on arrive à environ 700 dirhams », dit ce coursier.", "day"),
     # a course named alone is the unit of pay, and so are units counted that the amount prices
     ("Une course rapporte 3 euros au livreur.", "task"),
     ("Le livreur dépose 120 colis par jour, payés 1,20 euro.", "task"),
     ("Les livreurs font 25 courses par semaine, à 3 euros.", "task"),
     ("Il livre 150 colis par jour, pour 1,10 euro chacun.", "task")],
)
def test_linking_reads_units_counted_as_work_done(rules_period_pipeline, text: str, period: str | None) -> None:
    assert [c.period for c in rules_period_pipeline(text).claims] == [period]


@pytest.mark.parametrize(
    "text,claims",
    [# the pay of today after a "si" clause is real
     ("Si la société lui donnait une augmentation, il toucherait 1 900 euros par mois, contre 1 750 aujourd'hui.",
      [1750]),
     ("Si on me donnait le choix, je prendrais le contrat à 1 500 euros par mois proposé par Carrefour.", [1500]),
     ("Si on me payait 15 euros de l'heure, je resterais, mais ici on me donne 9 euros.", [9])],
)
def test_linking_reads_real_pay_after_a_si_clause(pipeline, text: str, claims: list) -> None:
    assert set(claims) <= {float(c.amount.min) for c in pipeline(text).claims}


@pytest.mark.parametrize(
    "text,claims",
    [# a refund of the workers' costs after an amount is another item of the offer, not a cost to them
     ("Les candidats se verront proposer un salaire horaire de 12,10 euros brut, une prime d'embauche de 300 euros "
      "et le remboursement de leurs frais de transport.", [12.1, 300]),
     # a loan is no pay, nor is the refund itself
     pytest.param("Des sociétés de crédit proposent aux employées de maison des prêts de 10 000 à 50 000 dollars HK.",
                  [], marks=pytest.mark.xfail(strict=True, reason="known miss: the loan cue \"des prêts\" is read, but "
                  "beside \"proposent\" (an offer) and workers in the clause the pay model scores the loan 0.61 "
                  "(retrained in stop 77; 0.600 in stop 76), just over its 0.6 threshold; reading \"prêts de\" "
                  "through the range's \"de\" changes nothing, \"des prêts\" overlaps it and weighs the same")),
     ("La plateforme verse 50 euros par mois au titre du remboursement des frais de téléphone.", [])],
)
def test_linking_reads_refunds_after_an_amount_and_loans(pipeline, text: str, claims: list) -> None:
    assert [float(c.amount.min) for c in pipeline(text).claims] == claims


@pytest.mark.parametrize(
    "text,claims",
    [# "ça fait" and "y représente" restate an amount in another currency
     ("« Madame me donne 2 millions de livres libanaises par mois, ça fait à peine 22 dollars », raconte Hiwot, "
      "employée de maison.", [("LBP", 2000000)]),
     ("Un salaire mensuel de 4 990 dollars de Hong Kong y représente environ 36 000 pesos.", [("HKD", 4990)])],
)
def test_linking_reads_ca_fait_as_a_restatement(pipeline, text: str, claims: list) -> None:
    assert [(c.amount.currency, float(c.amount.min)) for c in pipeline(text).claims] == claims


def test_linking_reads_a_difference_as_no_restatement(pipeline) -> None:
    text = "Elle touche 2 dollars de l'heure, ça fait 4 euros de moins que le SMIC horaire."
    assert [c.converted for c in pipeline(text).claims] == [()]


def test_linking_reads_no_price_sentence_in_the_scale_of_another_amount(pipeline) -> None:
    """"milliard" speaks of its own amount: pay in the same sentence is still pay."""
    text = ("Ces modérateurs travaillaient depuis Nairobi pour 60 000 shillings par mois ; ils réclament 1,6 milliard "
            "de dollars de dommages et intérêts.")
    assert [(c.amount.currency, float(c.amount.min), c.period) for c in pipeline(text).claims] == [
        ("KES", 60000, "month")]


def test_linking_reads_a_list_by_country_in_several_currencies(pipeline) -> None:
    text = ("Le salaire minimum mensuel brut va de 477 euros en Bulgarie à 2 571 euros au Luxembourg. En Pologne, il "
            "s'établit à 4 242 zlotys (environ 980 euros), en Roumanie à 3 700 lei et en Hongrie à 266 800 forints.")
    assert {c.amount.currency for c in pipeline(text).claims} == {"EUR", "PLN", "RON", "HUF"}


@pytest.mark.parametrize("text,names", [
    ("Chez Capgemini ou CGI, un développeur junior démarre autour de 9 000 dirhams net par mois.",
     ["Capgemini", "CGI"]),
    # an acronym nothing vouches for is still no payer, nor one after "chez" and a determiner
    ("Selon la CGT, un développeur junior démarre autour de 9 000 dirhams net par mois.", []),
    ("Déclarés chez la MSA, les saisonniers touchent 11,65 euros de l'heure.", [])])
def test_linking_reads_an_acronym_after_chez_as_an_employer(pipeline, text: str, names: list) -> None:
    assert [o.name for o in pipeline(text).claims[0].organisations] == names


def test_linking_reads_a_name_before_a_job_as_a_person(pipeline) -> None:
    """"Tariq, chauffeur VTC": a name the NER may read as an organisation, set apart by a comma before a worker's
    job, is a person; "Ravina Data, sous-traitant de Meta" is still a company."""
    text = ("À Londres, Tariq, chauffeur VTC, alterne entre Uber et Bolt. « Je fais environ 1 100 livres par "
            "semaine », dit-il. Ravina Data, sous-traitant de Meta, verse 3 dollars de l'heure à ses annotateurs.")
    names = {m.text for m in pipeline(text).entities if m.label == "ORG"}
    assert "Tariq" not in names and {"Uber", "Bolt", "Ravina Data"} <= names


def test_linking_keeps_a_cost_with_the_amount_it_completes(pipeline) -> None:
    """A cost named right after one amount is that amount's when the next amount has a pay word of its own; in a
    list of costs it stays the list's."""
    text = ("Beaucoup d'électriciens bangladais ont versé plus de 3 000 dollars de frais d'agence pour un poste "
            "promis à 1 400 riyals par mois au Qatar.")
    assert [(float(c.amount.min), c.amount.currency, c.period) for c in pipeline(text).claims] == [
        (1400, "QAR", "month")]
    costs = "« Je paie 45.000 francs de loyer à Goma et 800 francs de moto par jour », explique-t-il."
    assert pipeline(costs).claims == []
    farm = "La ferme a réalisé 240 000 euros de chiffre d'affaires et perçu 31 000 euros d'aides de la PAC."
    assert pipeline(farm).claims == []


@pytest.mark.parametrize("text,expected", [
    # the first hour of a session, and a unit subject four words long
    ("Un comédien de doublage touche 110 $ pour la première heure de studio, puis 80 $ par heure additionnelle.",
     [(110, "hour"), (80, "hour")]),
    ("Chez Tissages du Nord, la journée de travail des ouvrières est payée 125 dirhams, à laquelle s'ajoute une "
     "prime de nuit.", [(125, "day")]),
    # a lump sum keeps no unit from the rate beside it
    ("Le taux horaire des caissiers passera à 17,20 $ et chacun recevra un montant forfaitaire de 900 $ à la "
     "signature.", [(17.2, "hour"), (900, None)]),
    ("Les cheminots recevront une prime de compensation de l'inflation de 1 900 euros et une hausse de 300 euros "
     "par mois.", [(1900, None)])])
def test_linking_reads_units_of_sessions_and_lump_sums(pipeline, text: str, expected: list) -> None:
    assert [(float(c.amount.min), c.period) for c in pipeline(text).claims] == expected


@pytest.mark.parametrize("text", [
    "Les orpailleurs doivent remettre 30 000 francs CFA par mois au chef de site pour avoir le droit de creuser.",
    "Les 6 000 euros d'aide à l'embauche versés par l'État couvrent à peine le matériel, dit le boulanger."])
def test_linking_reads_fees_and_aid_to_employers_as_no_pay(pipeline, text: str) -> None:
    assert pipeline(text).claims == []


def test_linking_reads_today_s_level_after_an_earlier_one(pipeline) -> None:
    text = "« À mes débuts, on me donnait 300 roupies la journée. Aujourd'hui, c'est 520 », dit ce tailleur de Surat."
    assert [(float(c.amount.min), c.period) for c in pipeline(text).claims] == [(300, "day"), (520, "day")]



@pytest.mark.parametrize("text,expected", [
    # a cost after a verb of paying, a rent after a question, a first hour that is no unit of the amount
    ("Elle dépense 500 euros de loyer et paie encore 120 euros par mois à la crèche.", []),
    ("Je gagne 1 600 euros par mois. Le loyer de mon studio ? Aujourd'hui, c'est 900 euros.", [(1600, "month")]),
    ("Elle touche 1 500 euros net par mois, la première heure de trajet n'étant jamais payée.", [(1500, "month")]),
    # pay per room cleaned, per household surveyed, pay a lawyer reports
    ("La gouvernante est payée 40 euros pour une chambre nettoyée, contre 25 euros pour une chambre standard.",
     [(40, "task"), (25, "task")]),
    ("L'enquêteur est payé 25 euros par ménage interrogé.", [(25, "task")]),
    ("Son avocat rappelle qu'il gagnait 1 500 euros par mois chez Amazon.", [(1500, "month")]),
    # a rent offered after an agency's fee; shop takings and an ad's price told by a unit four words long
    ("Il a payé 1 000 euros de frais d'agence pour un appartement proposé à 850 euros par mois à Lyon.", []),
    ("La semaine des soldes en boutique a rapporté 4 000 euros à la petite enseigne.", []),
    ("La page de publicité du magazine vaut 25 000 euros, selon sa régie.", [])])
def test_linking_keeps_pay_beside_rents_and_rooms_and_no_price_as_pay(pipeline, text: str, expected: list) -> None:
    assert [(float(c.amount.min), c.period) for c in pipeline(text).claims] == expected


@pytest.mark.parametrize("text,expected", [
    # the good days an amount is earned on, after it
    ("Il gagne plus de 500 rands les jours fastes, explique ce coursier de Johannesburg.", [(500, "day")]),
    # a sum for settling in keeps no unit from the stipend beside it
    ("À Osaka, la chercheuse perçoit 410 000 yens par mois et une allocation d'installation de 120 000 yens.",
     [(410000, "month"), (120000, None)])])
def test_linking_reads_good_days_and_sums_for_settling_in(pipeline, text: str, expected: list) -> None:
    assert [(float(c.amount.min), c.period) for c in pipeline(text).claims] == expected


@pytest.mark.parametrize("text,expected", [
    # a refund is no pay; a debt paid back says nothing of the pay after it
    ("Les aides à domicile sont payées 11,95 euros brut de l'heure et remboursées 0,38 euro par kilomètre.",
     [(11.95, "hour")]),
    ("Il a remboursé sa dette et touche aujourd'hui 1 200 euros par mois.", [(1200, "month")]),
    # nor is what is refunded "à hauteur de" an amount
    ("Ses trajets en voiture lui sont remboursés à hauteur de 0,30 euro le kilomètre, dit cette aide à domicile.", [])])
def test_linking_reads_refunds_as_no_pay(pipeline, text: str, expected: list) -> None:
    assert [(float(c.amount.min), c.period) for c in pipeline(text).claims] == expected


@pytest.mark.parametrize("text,expected", [
    # on-call duty is paid work
    ("Les astreintes à domicile sont rémunérées 65 euros par nuit.", [(65, "day")]),
    ("Chaque technicien touche une indemnité d'astreinte de 40 euros par nuit.", [(40, "day")]),
    # the court's daily penalty is not
    ("Le tribunal a ordonné sa réintégration sous peine d'une astreinte de 1 000 euros par jour de retard.", []),
    ("L'employeur doit régulariser les salaires sous peine d'astreinte de 500 euros par jour.", []),
    ("L'enseigne devra verser 300 euros d'astreinte par jour de retard, a tranché le juge.", []),
    ("Le juge a liquidé 45 jours d'astreinte à 300 euros, soit 13 500 euros.", [])])
def test_linking_reads_on_call_pay_apart_from_a_court_s_penalty(pipeline, text: str, expected: list) -> None:
    assert [(float(c.amount.min), c.period) for c in pipeline(text).claims] == expected


def test_linking_reads_an_organisation_beside_starting_pay_as_the_employer(pipeline) -> None:
    """A verb of starting pay has the worker as its subject: "aux Hospices civils" says where the pay is earned, not
    that the money goes to the Hospices."""
    claims = pipeline("Une infirmière débute à 3 100 euros brut par mois aux Hospices civils de Lyon.").claims
    assert [(float(c.amount.min), [o.name for o in c.organisations]) for c in claims] == [
        (3100, ["Hospices civils de Lyon"])]


def test_linking_reads_a_fee_after_a_verb_of_starting_as_no_pay(pipeline) -> None:
    """A verb of starting that does not stand right before the amount says nothing of who earns it."""
    text = "La mission débute à la mi-mars et le groupe verse 3 000 euros au cabinet Hays pour chaque recrutement."
    assert pipeline(text).claims == []


def test_linking_reads_a_price_that_starts_at_an_amount_as_no_pay(pipeline) -> None:
    """With no workers before it, a verb of starting gives a price: the organisation is the one paid."""
    assert pipeline("Les chambres débutent à 95 euros à l'hôtel Ibis de Bercy.").claims == []



@pytest.mark.parametrize("text,expected", [
    # an allowance raised by an amount states no level of it; raised to an amount, it does
    ("Les chauffeurs ont obtenu que leur prime de panier soit revalorisée de 1,50 euro.", []),
    ("La prime de panier des chauffeurs a été revalorisée à 9,80 euros par jour.", [(9.8, "day")])])
def test_linking_reads_an_allowance_raised_by_an_amount_as_an_increment(pipeline, text: str, expected: list) -> None:
    assert [(float(c.amount.min), c.period) for c in pipeline(text).claims] == expected


@pytest.mark.parametrize("text,currency", [
    # no place names a country: the title's adjective does
    ("Scrutin provincial : les bureaux de vote québécois recrutent\nPour le vote d'octobre, le directeur général "
     "des élections doit pourvoir 80 000 postes. Un scrutateur sera payé 19,45 $ l'heure.", "CAD"),
    # not an adjective after the first amount, a comparison ("lui")
    ("Un livreur de la plateforme gagne 18 dollars de l'heure, selon une étude universitaire. Le régulateur "
     "australien, lui, envisage un tarif minimum pour les livreurs.", "USD"),
    # nor where a worker comes from
    ("Une aide-soignante d'origine sénégalaise raconte son quotidien à la maison de retraite. Elle gagne 5 200 "
     "francs brut par mois.", "CHF"),
    # nor before the country that a company's name holds
    ("Chez Teleperformance Tunisie, qui sert des fournisseurs d'énergie français, un téléconseiller débute à "
     "1 100 dinars par mois.", "TND")])
def test_linking_reads_a_currency_from_the_country_adjectives_of_the_lead(pipeline, text: str, currency: str) -> None:
    """Where no place and no company's name says a country, the country adjectives of the title and the lead before
    the first amount do; not those of people, of a party, or a comparison after the amount."""
    assert [c.amount.currency for c in pipeline(text).claims] == [currency]


@pytest.mark.parametrize("text,amounts", [
    # minimum incomes and unemployment insurance are no pay for work
    ("Au Québec, l'aide sociale verse 790 $ par mois à une personne seule jugée apte au travail.", []),
    ("À Namur, le CPAS accorde un revenu d'intégration de 1 280 euros par mois à une personne isolée.", []),
    ("Licenciées, elles touchent des prestations d'assurance-emploi qui plafonnent à 680 $ par semaine.", []),
    # an employer's service named so, a housing allowance from the employer and a job taken by a jobless worker are
    ("Les assistants familiaux de l'aide sociale à l'enfance sont payés 1 650 euros brut par mois.", [1650]),
    ("À Dubaï, un infirmier philippin gagne 7 000 dirhams par mois, plus une allocation logement de 1 800 "
     "dirhams.", [7000, 1800]),
    ("« J'étais au chômage et j'ai accepté 12 euros de l'heure pour livrer des repas », raconte un coursier.", [12])])
def test_linking_takes_no_pay_from_a_minimum_income(pipeline, text: str, amounts: list) -> None:
    assert [float(c.amount.min) for c in pipeline(text).claims] == amounts


@pytest.mark.parametrize("text,amounts", [
    ("Les ouvriers de la conserverie réclament 140 euros brut de plus par mois et une prime de vacances de 600 euros.",
     [600]),
    ("Depuis janvier, les caristes touchent 95 euros nets de moins qu'avant la réforme.", []),
    # not "de plus en plus"
    ("Les serveurs de la brasserie touchent 1 850 euros net de plus en plus souvent complétés par des pourboires.",
     [1850])])
def test_linking_reads_gross_or_net_before_de_plus_as_an_increment(pipeline, text: str, amounts: list) -> None:
    assert [float(c.amount.min) for c in pipeline(text).claims] == amounts


@pytest.mark.parametrize("text,expected", [
    # a bonus paid once keeps no unit from the monthly pay beside it
    ("Le syndicat réclame 12 % d'augmentation, ou au moins 450 euros de plus par mois, ainsi qu'une prime d'inflation "
     "de 3 000 euros. Un agent d'escale débute à 2 500 euros brut mensuels.", [(3000, None), (2500, "month")]),
    ("Les agents au sol débutent à 2 200 euros par mois et recevront un paiement rétroactif moyen de 4 000 euros.",
     [(2200, "month"), (4000, None)]),
    # but a salary after such a word in its clause is still monthly
    ("Les vendeuses gagnent 1 700 euros par mois. Faute de prime exceptionnelle cette année, le salaire des débutantes "
     "reste bloqué à 1 650 euros.", [(1700, "month"), (1650, "month")])])
def test_linking_reads_a_one_off_sum_named_right_before_its_amount(pipeline, text: str, expected: list) -> None:
    assert [(float(c.amount.min), c.period) for c in pipeline(text).claims] == expected


@pytest.mark.parametrize("text,expected", [
    ("Au club, chaque joueur reçoit une prime de match de 40 000 francs CFA.", [(40000, "task")]),
    ("Dans les divisions amateurs, les coureurs vivent des primes de course : 150 euros pour une victoire sur une "
     "épreuve régionale.", [(150, "task")]),
    # a salary after "la prime de match" in its clause, and a title's bonus paid once, are not per match
    ("Les défenseurs gagnent 7 000 euros par mois. Outre la prime de match, le capitaine touche 9 500 euros.",
     [(7000, "month"), (9500, None)]),
    ("En cas de sacre, chaque joueuse touchera une prime de victoire de 250 000 euros.", [(250000, None)])])
def test_linking_reads_pay_per_match_and_per_win(pipeline, text: str, expected: list) -> None:
    assert [(float(c.amount.min), c.period) for c in pipeline(text).claims] == expected


def test_linking_refuses_a_rail_or_postal_union_as_a_payer(pipeline) -> None:
    """SUD-PTT is a union (data/organisations.tsv): it speaks for the workers, it does not pay them."""
    text = "Un facteur débutant est payé 1 760 euros brut par mois à La Poste, selon un délégué de SUD-PTT."
    assert [[o.name for o in c.organisations] for c in pipeline(text).claims] == [["La Poste"]]
