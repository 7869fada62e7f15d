"""The money grammar, data-driven: (text, expected amounts as (min, max, currency)), grouped by origin."""
from __future__ import annotations

from decimal import Decimal

import pytest

import frclaims

from frclaims.money import find_money, named_in_sentence, plain, resolve_currency

NBSP, NNBSP = "\u00a0", "\u202f"
THIN, FIGURE = "\u2009", "\u2007"  # thin space, figure space

# SPEC section 5: separators, decimals, multipliers, number words.
SEPARATORS = [
    ("Il touche 1 500 euros.", [(1500, 1500, "EUR")]),
    (f"Il touche 1{NBSP}500 euros.", [(1500, 1500, "EUR")]),
    (f"Il touche 1{NNBSP}500 euros.", [(1500, 1500, "EUR")]),
    (f"Il touche 1{THIN}500 euros.", [(1500, 1500, "EUR")]),
    (f"Elles touchent 1{THIN}250{THIN}000 FCFA.", [(1250000, 1250000, "XOF")]),
    (f"Il touche 1{FIGURE}500 euros.", [(1500, 1500, "EUR")]),
    ("Il touche 45 000 nouveaux dollars de Taïwan.", [(45000, 45000, "TWD")]),
    ("Il touche 45 000 NT$.", [(45000, 45000, "TWD")]),
    ("Il touche 1.500 euros.", [(1500, 1500, "EUR")]),
    ("Il touche 1500 euros.", [(1500, 1500, "EUR")]),
    ("Un salaire de 12 500 euros par an.", [(12500, 12500, "EUR")]),
    ("Un salaire de 1 234 567 euros.", [(1234567, 1234567, "EUR")]),
    ("Un salaire de 1.234.567 euros.", [(1234567, 1234567, "EUR")]),
    ("Un salaire de 3'500 CHF.", [(3500, 3500, "CHF")]),
    ("Un salaire de 3’500 CHF.", [(3500, 3500, "CHF")]),
    ("Il gagne 1 500,50 euros.", [(Decimal("1500.5"), Decimal("1500.5"), "EUR")]),
    ("Il gagne 1.500,50 euros.", [(Decimal("1500.5"), Decimal("1500.5"), "EUR")]),
    ("Payé 13,98 dollars de l'heure.", [(Decimal("13.98"), Decimal("13.98"), "USD")]),
    ("Payé 7.30 dollars de l'heure.", [(Decimal("7.3"), Decimal("7.3"), "USD")]),
    ("Payé 0,20 euro par clic.", [(Decimal("0.2"), Decimal("0.2"), "EUR")]),
    ("Un SMIC à 1 766,92 euros brut.", [(Decimal("1766.92"), Decimal("1766.92"), "EUR")]),
    (f"Le SMIC net atteint 1{NNBSP}398,69{NBSP}euros.", [(Decimal("1398.69"), Decimal("1398.69"), "EUR")]),
    ("Une prime de 1000€.", [(1000, 1000, "EUR")]),
    ("Une prime de 1000 €.", [(1000, 1000, "EUR")]),
    ("Une prime de 1 000 €.", [(1000, 1000, "EUR")]),
]
MULTIPLIERS = [
    ("Son patron a reçu 1,9 million de dollars.", [(1900000, 1900000, "USD")]),
    ("La start-up a levé 2,5 M$.", [(2500000, 2500000, "USD")]),
    ("Un salaire de 36 k€ par an.", [(36000, 36000, "EUR")]),
    ("Un chiffre d'affaires de 1,1 milliard d'euros.", [(1100000000, 1100000000, "EUR")]),
    ("Des revenus de 0,5 billion de dollars.", [(500000000000, 500000000000, "USD")]),
    ("Un budget de 3 millions d'euros.", [(3000000, 3000000, "EUR")]),
    ("Une rémunération de 2 millions de livres sterling.", [(2000000, 2000000, "GBP")]),
    ("Un contrat de 12 Md€.", [(12000000000, 12000000000, "EUR")]),
    ("Un salaire de 45 k$.", [(45000, 45000, "USD")]),
    ("Une dette de 10 mille euros.", [(10000, 10000, "EUR")]),
    ("Entre 1,5 et 2 millions d'euros par an.", [(1500000, 2000000, "EUR")]),
    ("Il a gagné deux millions d'euros.", [(2000000, 2000000, "EUR")]),
    ("Ils sont embauchés à 4,5 lakhs de roupies par an.", [(450000, 450000, "INR")]),
    ("Les chefs d'équipe perçoivent entre 7 et 9 lakhs de roupies.", [(700000, 900000, "INR")]),
    ("Son patron a touché 12 crores de roupies.", [(120000000, 120000000, "INR")]),
]
NUMBER_WORDS = [
    ("Ils touchent deux dollars par tâche.", [(2, 2, "USD")]),
    ("Ils touchent vingt-cinq euros par jour.", [(25, 25, "EUR")]),
    ("Ils touchent une vingtaine d'euros par jour.", [(20, 20, "EUR")]),
    ("Ils touchent un euro par formulaire.", [(1, 1, "EUR")]),
    ("Ils touchent une dizaine de dollars.", [(10, 10, "USD")]),
    ("Ils touchent une centaine d'euros.", [(100, 100, "EUR")]),
    ("Ils touchent un millier d'euros par mois.", [(1000, 1000, "EUR")]),
    ("Ils touchent quatre-vingt-dix euros.", [(90, 90, "EUR")]),
    ("Ils touchent vingt et un euros.", [(21, 21, "EUR")]),
    ("Ils touchent deux cents euros.", [(200, 200, "EUR")]),
    ("Ils touchent mille cinq cents euros.", [(1500, 1500, "EUR")]),
    ("Ils touchent trois euros de l'heure.", [(3, 3, "EUR")]),
    ("Ils touchent soixante-dix dollars.", [(70, 70, "USD")]),
    ("Ils touchent cinquante centimes.", [(Decimal("0.5"), Decimal("0.5"), "EUR")]),
    ("Ils touchent une petite vingtaine d'euros.", [(20, 20, "EUR")]),
    # an approximate noun with a scale
    ("Ses adjoints doivent se contenter d'une vingtaine de millions de francs CFA par an.",
     [(20000000, 20000000, "XOF")]),
    ("Il touche en général un bonus d'une dizaine de milliers d'euros.", [(10000, 10000, "EUR")]),
]
SUBUNITS = [
    ("Payés 20 centimes par image.", [(Decimal("0.2"), Decimal("0.2"), "EUR")]),
    ("Payés 5 centimes de dollar par tâche.", [(Decimal("0.05"), Decimal("0.05"), "USD")]),
    ("Payés 50 cents la tâche.", [(Decimal("0.5"), Decimal("0.5"), "USD")]),
    ("Les tâches simples sont payées 1 cent.", [(Decimal("0.01"), Decimal("0.01"), "USD")]),
    ("Payés 1 cent d'euro par clic.", [(Decimal("0.01"), Decimal("0.01"), "EUR")]),
    ("Il touche cent euros.", [(100, 100, "EUR")]),  # "cent" alone is a number word
    ("Payés 62 cents canadiens le mille.", [(Decimal("0.62"), Decimal("0.62"), "CAD")]),
    ("Payés 3 centimes d'euro par clic.", [(Decimal("0.03"), Decimal("0.03"), "EUR")]),
    ("10 centimes, 20 centimes, 1 euro.", [(Decimal("0.1"), Decimal("0.1"), "EUR"),
                                           (Decimal("0.2"), Decimal("0.2"), "EUR"), (1, 1, "EUR")]),
]
CURRENCIES = [
    # any current ISO 4217 code in capitals, and the CFP franc
    ("Payés 1 650 XPF de l'heure.", [(1650, 1650, "XPF")]),
    ("Payés 20 000 F CFP par mois.", [(20000, 20000, "XPF")]),
    ("Payés 3 000 PEN par mois.", [(3000, 3000, "PEN")]),
    # Head words of CLDR currency names that name one currency only (babel): no data-file row needed.
    ("Elle touche 2 730 000 riels par mois.", [(2730000, 2730000, "KHR")]),
    ("Un salaire de 4 900 zlotys.", [(4900, 4900, "PLN")]),
    ("Il gagne 7 125 nairas par course.", [(7125, 7125, "NGN")]),
    ("Environ 3 500 birrs par mois.", [(3500, 3500, "ETB")]),
    ("Payés 300 000 ariary par mois.", [(300000, 300000, "MGA")]),
    ("Payés 30 000 shillings kényans.", [(30000, 30000, "KES")]),
    ("Payés 500 roupies indiennes.", [(500, 500, "INR")]),
    ("Payés 500 roupies par jour.", [(500, 500, "INR")]),
    ("Payés 1,2 million de pesos colombiens.", [(1200000, 1200000, "COP")]),
    ("Payés 12 500 takas par mois.", [(12500, 12500, "BDT")]),
    ("Payés 8 livres sterling de l'heure.", [(8, 8, "GBP")]),
    ("Payés 8 £ de l'heure.", [(8, 8, "GBP")]),
    ("Payés 3 000 dirhams.", [(3000, 3000, "MAD")]),
    ("Payés 4 000 francs suisses.", [(4000, 4000, "CHF")]),
    ("Payés 60 000 francs CFA.", [(60000, 60000, "XOF")]),
    ("Payés 60 000 FCFA.", [(60000, 60000, "XOF")]),
    ("Payés 40 000 dinars algériens.", [(40000, 40000, "DZD")]),
    ("Payés 900 dinars tunisiens.", [(900, 900, "TND")]),
    ("Payés 300 000 shillings ougandais.", [(300000, 300000, "UGX")]),
    ("Payés 150 000 kyats.", [(150000, 150000, "MMK")]),
    ("Payés 15 USD de l'heure.", [(15, 15, "USD")]),
    ("Payés 15 $ US de l'heure.", [(15, 15, "USD")]),
    ("Payés 15 dollars américains.", [(15, 15, "USD")]),
    ("Payés 15 dollars canadiens.", [(15, 15, "CAD")]),
    ("Payés 15 $ CA de l'heure.", [(15, 15, "CAD")]),
    ("Payés 20 EUR.", [(20, 20, "EUR")]),
    ("Payés 500 yuans.", [(500, 500, "CNY")]),
    ("Payés 9 000 roupies pakistanaises.", [(9000, 9000, "PKR")]),
    ("Payés 500 pesos philippins par jour.", [(500, 500, "PHP")]),
    ("Payés 1 500 reais.", [(1500, 1500, "BRL")]),
    ("Payés 2 000 rands.", [(2000, 2000, "ZAR")]),
    ("Payés 30 000 nairas.", [(30000, 30000, "NGN")]),
    ("Payés 6 000 hryvnias.", [(6000, 6000, "UAH")]),
    ("Payés 100 dollars de Hong Kong.", [(100, 100, "HKD")]),
]
PREFIXED = [
    ("Payés $15 de l'heure.", [(15, 15, "USD")]),
    ("Payés €20 par jour.", [(20, 20, "EUR")]),
    ("Payés CHF 3'500 par mois.", [(3500, 3500, "CHF")]),
    ("Payés US$ 20 par jour.", [(20, 20, "USD")]),
    ("Payés £8 de l'heure.", [(8, 8, "GBP")]),
    ("Payés USD 12 par jour.", [(12, 12, "USD")]),
]
RANGES = [
    ("Payés entre 1,32 et 2 dollars de l'heure.", [(Decimal("1.32"), 2, "USD")]),
    ("Payés de 1,32 à 2 dollars de l'heure.", [(Decimal("1.32"), 2, "USD")]),
    ("Payés 1,32 à 2 dollars de l'heure.", [(Decimal("1.32"), 2, "USD")]),
    ("Payés entre 25 $ et 45 $ de l'heure.", [(25, 45, "USD")]),
    ("Payés de 12 euros à 15 euros.", [(12, 15, "EUR")]),
    ("Payés 15-20 euros de l'heure.", [(15, 20, "EUR")]),
    ("Payés 15 – 20 euros de l'heure.", [(15, 20, "EUR")]),
    ("Payés entre 1 200 et 1 500 euros par mois.", [(1200, 1500, "EUR")]),
    ("Payés entre 800 et 1.000 euros.", [(800, 1000, "EUR")]),
    ("Payés d'1 à 3 dollars par tâche.", [(1, 3, "USD")]),
    ("Payés entre deux et trois euros.", [(2, 3, "EUR")]),
    # A subunit, then the unit of the same currency: one range, each end in its own unit.
    ("Un bonus de 25 centimes à 1 euro par commande.", [(Decimal("0.25"), 1, "EUR")]),
    ("Payés entre 50 cents et 2 dollars la tâche.", [(Decimal("0.5"), 2, "USD")]),
    # The first end's own unit carries no multiplier of the last's.
    ("Des primes de 800 euros à 1,2 million d'euros.", [(800, 1200000, "EUR")]),
]
ALTERNATIVES_AND_LISTS = [
    ("Payés 5,5 ou 6 euros par jour.", [(Decimal("5.5"), 6, "EUR")]),
    ("Payés 2 000, voire 3 000 euros par mois.", [(2000, 3000, "EUR")]),
    ("Payés 10, 20 et 30 euros.", [(10, 10, "EUR"), (20, 20, "EUR"), (30, 30, "EUR")]),
    ("Payés 12 et 15 euros.", [(12, 12, "EUR"), (15, 15, "EUR")]),
    ("Payés 3 ou 4 dollars.", [(3, 4, "USD")]),
]
CHANGES = [
    ("Le tarif est passé de 5,30 à 4,85 euros.", [(Decimal("5.3"), Decimal("5.3"), "EUR"),
                                                  (Decimal("4.85"), Decimal("4.85"), "EUR")]),
    ("La course a chuté de 6 euros à 4 euros.", [(6, 6, "EUR"), (4, 4, "EUR")]),
    ("Le salaire est passé de 1 200 à 1 350 euros.", [(1200, 1200, "EUR"), (1350, 1350, "EUR")]),
    ("Le minimum passe à 70 000 nairas par mois, contre 30 000 auparavant.",
     [(70000, 70000, "NGN"), (30000, 30000, "NGN")]),
    ("Il touche 12,50 euros de l'heure, contre seulement 10 il y a un an.",
     [(Decimal("12.5"), Decimal("12.5"), "EUR"), (10, 10, "EUR")]),
    ("Leur paie a été ramenée de 4 à 3 dollars.", [(4, 4, "USD"), (3, 3, "USD")]),
    # the compared level is that of the amount, past a number word ("un cuisinier") and a hedge ("plus de")
    ("Les hôtels offrent de 25 000 à 30 000 bahts par mois à un cuisinier, contre 18 000 avant la pandémie.",
     [(25000, 30000, "THB"), (18000, 18000, "THB")]),
    ("Un matelot a touché 14 500 euros brut, contre plus de 17 000 l'an dernier.",
     [(14500, 14500, "EUR"), (17000, 17000, "EUR")]),
    # after "au lieu de", not a span of time
    ("Le barème lui aurait versé 410 euros au lieu de 560.", [(410, 410, "EUR"), (560, 560, "EUR")]),
    ("Elle a reçu 900 euros au lieu de 2 mois de salaire.", [(900, 900, "EUR")]),
    # after "loin de"
    ("Une ouvrière gagne 9 000 roupies, loin des 26 000 réclamés par les syndicats.",
     [(9000, 9000, "INR"), (26000, 26000, "INR")]),
    # the level a sum has fallen to
    ("Une livraison qui rapportait 5,20 euros n'en rapporte plus que 3,40.",
     [(Decimal("5.2"), Decimal("5.2"), "EUR"), (Decimal("3.4"), Decimal("3.4"), "EUR")]),
    # a compared range that writes its currency once, before it
    ("Un grutier gagne entre 5 500 et 8 000 dirhams par mois, contre 4 000 à 5 500 en 2021.",
     [(5500, 8000, "MAD"), (4000, 5500, "MAD")]),
    ("Elle touche 1 900 euros, contre 1 500 ou 1 600 il y a trois ans.",
     [(1900, 1900, "EUR"), (1500, 1600, "EUR")]),
    # past a conversion after "soit" or a comma and a hedge
    ("Un téléconseiller gagne 1 150 dinars tunisiens par mois, environ 340 euros, contre 950 il y a deux ans.",
     [(1150, 1150, "TND"), (340, 340, "EUR"), (950, 950, "TND")]),
    # past a conversion in brackets that opens on a number word
    ("Il lui verse 9 000 francs congolais par sac (un peu plus de 3 dollars), contre 15 000 il y a un an.",
     [(9000, 9000, "CDF"), (3, 3, "USD"), (15000, 15000, "CDF")]),
    # a date between the old level, which carries the currency, and the new one
    ("Le salaire moyen est passé de 14 000 hryvnias en 2021 à 21 500 aujourd'hui.",
     [(14000, 14000, "UAH"), (21500, 21500, "UAH")]),
    ("Le salaire a été porté de 900 euros en 2020 à 2023 pour les cadres.", [(900, 900, "EUR")]),
    # an acronym in brackets between the verb and the levels
    ("Le décret porte le salaire minimum interprofessionnel garanti (SMIG) de 75 000 à 90 000 FCFA par mois.",
     [(75000, 75000, "XOF"), (90000, 90000, "XOF")]),
]
CONVERSIONS = [
    ("En Colombie, 1,2 million de pesos (254 dollars)", [(1200000, 1200000, "COP"), (254, 254, "USD")]),
    ("12.500 takas (104 euros)", [(12500, 12500, "BDT"), (104, 104, "EUR")]),
    ("300 000 ariary, soit 60 euros", [(300000, 300000, "MGA"), (60, 60, "EUR")]),
    ("7,30 dollars (6,9 euros)", [(Decimal("7.3"), Decimal("7.3"), "USD"), (Decimal("6.9"), Decimal("6.9"), "EUR")]),
]
# Things that are not money: counts, years, percentages, bare numbers, times, measures.
NOT_MONEY = [
    ("Les 35 TOP entreprises du secteur.", []),  # an ISO code that is a word in capitals
    ("Chaque mois, un CLP envoie ses articles.", []),  # a code follows figures, not a bare number word
    # the franc's letter alone follows figures and a space: not a plane, not a union's name
    ("Un F-16 a survolé la base.", []),
    ("Les coursiers ont signé avec le syndicat 3F.", []),
    ("La puce AMD 7 nm chauffe.", []),  # only the codes the data file lists stand before a number
    ("Il a vendu 2 kilos d'or et 3 droits de vote.", []),
    ("Elle a 30 ans, contre 25 pour son frère.", []),
    ("Plus de 150 personnes ont voté.", []),
    ("Quelque 1 000 télétravailleurs en Europe.", []),
    ("Une entreprise évaluée à 10000000000.", []),
    ("En 2021, le projet a démarré.", []),
    ("Une hausse de 20 % des tarifs.", []),
    ("Ils travaillent 35 heures par semaine.", []),
    ("Le 27 septembre 2023 à 07h26.", []),
    ("Des dizaines de milliers de travailleurs.", []),
    ("Il a 34 ans.", []),
    ("Ils parcourent 40 km par jour.", []),
    ("Le 27/09/2023 à 09h31.", []),
    ("Trois ouvriers et deux cadres.", []),
    ("Quelques euros seulement.", []),
    ("Des centimes pour un travail de routine.", []),
    ("Il pèse 1,5 million de tonnes.", []),
    ("Le livre coûte cher.", []),
    ("COVID-19 a changé la donne.", []),
    ("Un vote à 52,5 %.", []),
    ("Ils sont 100000 dans le monde.", []),
    ("Article 1 500 du code.", []),
]


def _cases() -> list:
    groups = {"separators": SEPARATORS, "multipliers": MULTIPLIERS, "number_words": NUMBER_WORDS,
              "subunits": SUBUNITS, "currencies": CURRENCIES, "prefixed": PREFIXED, "ranges": RANGES,
              "alternatives": ALTERNATIVES_AND_LISTS, "changes": CHANGES, "conversions": CONVERSIONS,
              "not_money": NOT_MONEY}
    return [pytest.param(text, expected, id=f"{group}-{i}") for group, cases in groups.items()
            for i, (text, expected) in enumerate(cases)]


@pytest.mark.parametrize("text,expected", _cases())
def test_money_reads_amounts(text: str, expected: list[tuple]) -> None:
    found = [(m.min, m.max, m.currency) for m in find_money(text)]
    assert found == [(Decimal(lo), Decimal(hi), cur) for lo, hi, cur in expected]


@pytest.mark.parametrize("text", [t for t, _ in SEPARATORS + MULTIPLIERS + NUMBER_WORDS + RANGES + CONVERSIONS])
def test_money_offsets_point_at_the_mention(text: str) -> None:
    for mention in find_money(text):
        assert text[mention.start:mention.end] == mention.text
        assert mention.text == mention.text.strip()


@pytest.mark.parametrize(
    "text,expected_text",
    [("payés entre 1,32 et 2 dollars de l'heure", "entre 1,32 et 2 dollars"),
     ("payés de 1,32 à 2 dollars de l'heure", "de 1,32 à 2 dollars"),
     ("une vingtaine d'euros par jour", "une vingtaine d'euros"),
     ("la course à 4,85 euros", "4,85 euros")],
)
def test_money_span_covers_the_whole_expression(text: str, expected_text: str) -> None:
    assert [m.text for m in find_money(text)] == [expected_text]


@pytest.mark.parametrize(
    "group,countries,expected",
    [("DOLLAR", [], "USD"), ("DOLLAR", ["CA"], "CAD"), ("DOLLAR", ["FR", "CA"], "CAD"),
     ("FRANC", ["CH"], "CHF"), ("FRANC", ["SN"], "XOF"), ("CFA", ["CM"], "XAF"), ("CFA", [], "XOF"),
     ("CFA", ["SN", "CM"], "XOF"), ("PESO", ["VE", "UY"], "UYU"),  # the first named country whose money it is
     ("PESO", ["CO"], "COP"), ("PESO", ["PH"], "PHP"), ("CENTIME", [], "EUR"), ("EUR", ["US"], "EUR"),
     # Names several currencies share, read from the country as CLDR names its currency.
     ("KWACHA", ["MW"], "MWK"), ("KWACHA", [], "ZMW"), ("CROWN", ["CZ"], "CZK"), ("CROWN", ["NO"], "NOK"),
     ("RIYAL", ["QA"], "QAR"), ("RIYAL", ["IR"], "IRR"), ("LEU", ["MD"], "MDL"), ("LEU", [], "RON")],
)
def test_money_resolves_ambiguous_currencies_from_places(group: str, countries: list[str], expected: str) -> None:
    assert resolve_currency(group, countries) == expected


@pytest.mark.parametrize(
    "text,currency",
    [("À Montréal, les chauffeurs touchent 18 $ de l'heure.", "CAD"),
     ("À Lusaka, les mineurs touchent 3.100 kwachas par mois.", "ZMW"),
     ("En Pologne, un enseignant débute à 5 153 złotys brut.", "PLN"),
     # CLDR's names without their accents, as the press often writes them.
     ("À Asunción, les livreurs gagnent 90 000 guaranis par jour.", "PYG"),
     ("À Hanoï, les annotateurs gagnent 9 millions de dongs par mois.", "VND"),
     ("Au Québec, le salaire minimum est de 15,75 dollars.", "CAD"),
     ("À Genève, le salaire minimum atteint 24 francs de l'heure.", "CHF"),
     ("À Dakar, un téléconseiller gagne 150 000 francs CFA.", "XOF"),
     ("À Douala, un téléconseiller gagne 150 000 francs CFA.", "XAF"),
     ("À Bogota, ils touchent 50 000 pesos par jour.", "COP"),
     ("Aux États-Unis, ils touchent 15 dollars.", "USD"),
     ("En Turquie, le salaire minimum est de 22.104 livres.", "TRY"),
     ("En Indonésie, ils gagnent 150.000 roupies par jour.", "IDR"),
     ("Au Rwanda, un modérateur gagne 300.000 francs.", "RWF"),
     ("À Dubaï, les livreurs touchent 7 dirhams par commande.", "AED"),
     ("À Casablanca, un téléconseiller touche 5 000 dirhams.", "MAD"),
     ("Les cueilleuses touchent 70 dirhams par jour.", "MAD"),
     # Zimbabwe's pay is quoted in US dollars: its own dollar is gone (ZiG since 2024).
     ("Au Zimbabwe, les ouvriers sont payés 210 dollars par mois.", "USD")],
)
def test_money_currency_follows_the_article_context(text: str, currency: str) -> None:
    assert [m.currency for m in find_money(text)] == [currency]


@pytest.mark.parametrize(
    "text,expected",
    [("Le salaire minimum cantonal passe à 21 fr. 15 de l'heure.", [("21 fr. 15", "21.15")]),
     ("Il passera de 20 fr. 80 à 21 fr. 15.", [("20 fr. 80", "20.8"), ("21 fr. 15", "21.15")]),
     # the dash for no centimes belongs to the amount, before or after its currency
     ("La direction a versé une prime unique de Fr. 800.–, après une année record.", [("Fr. 800.–", "800")]),
     ("Un opérateur débute à CHF 4150.- brut par mois.", [("CHF 4150.-", "4150")]),
     ("Il gagne 4'600.– francs par mois.", [("4'600.– francs", "4600")]),
     ("Un polisseur débute à 4150 fr. par mois.", [("4150 fr.", "4150")]),
     ("Il touche 4150 fr. 20 collègues aussi.", [("4150 fr.", "4150")])],  # no centimes to a monthly wage
)
def test_money_reads_swiss_francs_and_centimes(text: str, expected: list) -> None:
    assert [(m.text, str(m.min)) for m in find_money(text, ["CH"])] == expected
    assert {m.currency for m in find_money(text, ["CH"])} == {"CHF"}


@pytest.mark.parametrize(
    "text,expected",
    [("Un ouvrier de Liège débute à 1.500,- € brut par mois.", ("1.500,- €", "1500")),
     ("Ils touchent 12,- euros de l'heure.", ("12,- euros", "12"))],
)
def test_money_reads_the_dash_for_no_centimes_after_a_comma(text: str, expected: tuple[str, str]) -> None:
    assert [(m.text, str(m.min), m.currency) for m in find_money(text)] == [(*expected, "EUR")]


def test_money_a_swiss_dash_alone_names_no_currency() -> None:
    assert find_money("Il gagne 4'600.- chez un boîtier de Fontenais.", ["CH"]) == []


def test_money_a_compared_level_takes_the_currency_of_the_amount_not_of_its_conversion() -> None:
    text = "une rémunération de 14,8 millions de dollars (13,6 millions d'euros), contre 3,1 millions un an plus tôt"
    assert [(m.text, m.currency) for m in find_money(text)][-1] == ("3,1 millions", "USD")


@pytest.mark.parametrize("text,expected", [("Elle promet « 10 000 F par jour, repas compris ».", [(10000, "XOF")]),
                                           ("Le modèle F 150 reste cher.", [])])
def test_money_reads_f_after_a_number_as_francs(text: str, expected: list) -> None:
    """"10 000 F" is francs (in a Senegalese article, CFA francs); a letter before a number is no currency."""
    assert [(m.min, m.currency) for m in find_money(text, ["SN"])] == expected


def test_money_reads_the_indonesian_word_for_rupiahs() -> None:
    """French press writes "rupiah" more often than CLDR's "roupie indonésienne"."""
    found = find_money("Douze heures sur la selle, on rentre avec 180.000 rupiah, à peu près 10 euros.")
    assert [(m.min, m.currency) for m in found] == [(180000, "IDR"), (10, "EUR")]


def test_money_a_change_keeps_the_unit_of_each_level() -> None:
    """"passé de 1 euro à 80 centimes": two levels, each in the unit it is written with."""
    found = find_money("Le tarif est passé de 1 euro à 80 centimes par colis.")
    assert [(m.text, m.min, m.currency) for m in found] == [("1 euro", 1, "EUR"),
                                                            ("80 centimes", Decimal("0.8"), "EUR")]


@pytest.mark.parametrize("text", ["Il gagne 1 500 euros, contre un salaire de 1 200 euros avant.",
                                  "Elles touchent 6 000 lei, contre un peu plus de 5 000 lei en 2024.",
                                  "Il touche 900 euros par mois, contre deux fois plus en Allemagne."])
def test_money_reads_no_level_in_a_number_word_after_contre(text: str) -> None:
    """"contre un salaire", "contre deux fois plus": an article or a count, not a level compared with."""
    assert all(any(ch.isdigit() for ch in m.text) for m in find_money(text))


@pytest.mark.parametrize("text,expected", [
    ("Yango promet une prime de 10 000 francs CFA contre 90 courses par semaine.", ["10 000 francs CFA"]),
    ("L'agence paie 900 euros par mois, contre 40 chauffeurs l'an dernier.", ["900 euros"]),
    ("L'agence paie 900 euros par mois, contre 800 l'an dernier.", ["900 euros", "800"])])
def test_money_reads_no_level_in_a_count_after_contre(text: str, expected: list[str]) -> None:
    """"contre 90 courses": a number before a unit of work or workers counts them."""
    assert [m.text for m in find_money(text)] == expected


def test_money_a_compared_range_is_one_range() -> None:
    """"contre 300 à 400 dollars" compares a range: its first end is no level of its own."""
    text = "Elles touchent moins de 200 dollars par mois, contre 300 à 400 dollars avant la crise."
    assert [(m.text, m.min, m.max) for m in find_money(text)] == [("200 dollars", 200, 200),
                                                                   ("300 à 400 dollars", 300, 400)]


@pytest.mark.parametrize(
    "text,currency",
    [("À Saint-Domingue, les livreurs touchent 75 pesos par course.", "DOP"),  # GeoNames: "Saint Domingue"
     ("Le groupe emploie 900 personnes au Kansas. Dans ses usines du Québec, un assembleur gagne 38,40 $ de "
      "l'heure.", "CAD"),
     ("Au Québec, le groupe emploie 900 personnes. Dans son usine du Kansas, un assembleur gagne 38,40 $ de "
      "l'heure.", "USD"),
     # "cents" are the cents of the dollar the places give.
     ("À Montréal, les livreurs touchent 55 cents du kilomètre.", "CAD"),
     ("À Chicago, les livreurs touchent 55 cents du kilomètre.", "USD"),
     # a sentence whose country has no dollar of its own pays in US dollars, whatever dollar the paragraph names
     ("Singapour compte 250 000 employées de maison étrangères. À Manille, les agences promettent aux candidates "
      "600 dollars par mois.", "USD"),
     # a ship's flag is a registry, not where its crew is paid
     ("Sur ce porte-conteneurs battant pavillon libérien, les matelots touchent 640 dollars par mois.", "USD")],
)
def test_money_currency_follows_the_places_of_its_own_sentence_first(text: str, currency: str) -> None:
    assert [c.amount.currency for c in frclaims.extract(text).claims] == [currency]


PAKISTAN = ("Au Pakistan, les freelances sont des milliers. Le Pakistan forme chaque année des développeurs. "
            "Les banques du Pakistan facturent cher les virements. Le Pakistan s'en inquiète.\n\n")


@pytest.mark.parametrize(
    "text,currency",
    [# Australia named once, in another paragraph, beside a country named three times
     (PAKISTAN + "Son principal client est à Sydney.\n\nSur la plateforme, Ali touche 30 dollars de l'heure.", "USD"),
     # as often as the main country: it may decide
     ("Le Pakistan et l'Australie. Le Pakistan et l'Australie.\n\nAli touche 30 dollars de l'heure.", "AUD")],
)
def test_money_a_country_named_in_passing_does_not_decide_the_currency(text: str, currency: str) -> None:
    assert [c.amount.currency for c in frclaims.extract(text).claims] == [currency]


@pytest.mark.parametrize(
    "text,expected",
    [("Ils gagnent 1 130 soles par mois.", [("1 130 soles", "PEN")]),
     ("Les journaliers sont payés 0,40 sol par kilo.", [("0,40 sol", "PEN")]),
     # dollars named by their place as the press writes them
     ("Le minimum est de 42,10 dollars HK de l'heure.", [("42,10 dollars HK", "HKD")]),
     ("Il est porté à 28 590 dollars taïwanais par mois.", [("28 590 dollars taïwanais", "TWD")]),
     ("Ils touchent 2 000 dollars singapouriens.", [("2 000 dollars singapouriens", "SGD")]),
     ("Le minimum est fixé pour 2025 à Rp 5.396.761 par mois.", [("Rp 5.396.761", "IDR")]),
     ("Le minimum provincial est fixé pour 2025 à Rp 5.396.761.", [("Rp 5.396.761", "IDR")]),
     ("On leur propose 45.000 ₺ par mois.", [("45.000 ₺", "TRY")]),
     ("Sur une course de 25.000 roupies indonésiennes, il me reste 17.500 roupies.",
      [("25.000 roupies indonésiennes", "IDR"), ("17.500 roupies", "IDR")]),
     # bare dollars stay American beside another dollar named in full elsewhere
     ("Le minimum local atteint 27 470 dollars taïwanais. Sur les thoniers, les équipages étrangers reçoivent 550 "
      "dollars.", [("27 470 dollars taïwanais", "TWD"), ("550 dollars", "USD")]),
     ("À Montréal, ils touchent 18 $ de l'heure, les joueurs 80 000 dollars américains.",
      [("18 $", "CAD"), ("80 000 dollars américains", "USD")]),
     ("Il y a 3 sols différents.", []),
     ("Ils touchent 7,5 dirhams des Émirats par course.", [("7,5 dirhams des Émirats", "AED")]),
     # the signs and abbreviations of local press
     ("Ils gagnent 2 500 RMB par mois.", [("2 500 RMB", "CNY")]),
     ("Ils gagnent 4 200 zł par mois.", [("4 200 zł", "PLN")]),
     ("Ils gagnent 38 000 Kč par mois.", [("38 000 Kč", "CZK")]),
     ("Ils gagnent 290 000 Ft par mois.", [("290 000 Ft", "HUF")]),
     ("Ils gagnent 17 000 TL par mois.", [("17 000 TL", "TRY")]),
     ("Ils gagnent 900 GH₵ par mois.", [("900 GH₵", "GHS")]),
     ("Ils gagnent 6 000 £E par mois, 10 £ de moins que prévu.", [("6 000 £E", "EGP"), ("10 £", "GBP")]),
     ("Ils gagnent 25 CA$, 24 A$ ou 14 S$ de l'heure.", [("25 CA$", "CAD"), ("24 A$", "AUD"), ("14 S$", "SGD")]),
     ("Ils gagnent 3 000 Dhs par mois.", [("3 000 Dhs", "MAD")]),
     ("À Kinshasa, ils gagnent 250 000 FC, à Conakry 2 500 000 FG.", [("250 000 FC", "CDF"), ("2 500 000 FG", "GNF")]),
     ("À Kigali, ils gagnent 800 Frw par commande, 5 000 FRw par jour.", [("800 Frw", "RWF"), ("5 000 FRw", "RWF")]),
     ("Ils gagnent TSh 12 000 par jour.", [("TSh 12 000", "TZS")]),
     ("Ils touchent 3 000 CFA par jour à Dakar.", [("3 000 CFA", "XOF")]),
     # "¥" is the yen, but the yuan in a Chinese story
     ("Ils gagnent 1 200 ¥ de l'heure.", [("1 200 ¥", "JPY")]),
     ("En Chine, ils gagnent 30 ¥ de l'heure.", [("30 ¥", "CNY")]),
     ("Le syndicat réclame une prime de 1500 N$ par ouvrière.", [("1500 N$", "NAD")]),
     # subunits: pence, stotinki, and centavos of the country named
     ("Au Royaume-Uni, les livreurs touchent 55 pence par colis.", [("55 pence", "GBP")]),
     ("Elle impose une majoration de 15 stotinki par heure.", [("15 stotinki", "BGN")]),
     ("Aux Philippines, une tâche est payée 50 centavos.", [("50 centavos", "PHP")]),
     ("Au Brésil, une image est payée vingt-cinq centavos.", [("vingt-cinq centavos", "BRL")]),
     # centimes of the currency they name
     ("Le prestataire paie 50 centimes de birr par image.", [("50 centimes de birr", "ETB")]),
     ("Ils touchent 20 centimes de l'heure.", [("20 centimes", "EUR")]),
     # a subunit written with a no-break space is looked up like any other
     ("Une image est payée 2 centimes\u00a0de dollar.", [("2 centimes\u00a0de dollar", "USD")])],
)
def test_money_reads_signs_abbreviations_and_currencies_named_once_in_full(text: str, expected: list) -> None:
    assert [(m.text, m.currency) for m in find_money(text)] == expected


@pytest.mark.parametrize(
    "text,expected",
    [("Une image est payée 2 centimes de dollar, une minute d'audio 15 centimes.",
      [("2 centimes de dollar", "USD"), ("15 centimes", "USD")]),
     ("Une image est payée 2 centimes, une minute d'audio 15 centimes.",
      [("2 centimes", "EUR"), ("15 centimes", "EUR")]),
     # only within the sentence: the next one may speak of euro cents
     ("Une image est payée 2 centimes de dollar. En France, on touche 15 centimes.",
      [("2 centimes de dollar", "USD"), ("15 centimes", "EUR")])],
)
def test_money_bare_centimes_take_the_currency_their_sentence_named(text: str, expected: list) -> None:
    assert [(m.text, m.currency) for m in named_in_sentence(text, find_money(text))] == expected


@pytest.mark.parametrize("value,expected", [("1.5E+3", "1500"), ("0.200", "0.2"), ("13.98", "13.98"), ("2E+1", "20")])
def test_money_plain_decimals_have_no_exponent(value: str, expected: str) -> None:
    assert str(plain(Decimal(value))) == expected


# Known failures: kept visible, never commented out (they turn into passes when fixed: strict xfail).
KNOWN_FAILURES = [
    ("Payés 4,85 € HT la course, soit 5,82 € TTC.", [(Decimal("4.85"), Decimal("4.85"), "EUR")]),
]


@pytest.mark.parametrize("text,expected", KNOWN_FAILURES)
@pytest.mark.xfail(strict=True, reason="a same-currency restatement (HT/TTC) is read as a second amount")
def test_money_known_failures(text: str, expected: list[tuple]) -> None:
    found = [(m.min, m.max, m.currency) for m in find_money(text)]
    assert found == [(Decimal(lo), Decimal(hi), cur) for lo, hi, cur in expected]


@pytest.mark.parametrize(
    "text,expected",
    [("Les députés ont relevé le salaire minimum de 12 500 à 17 500 roupies par mois, et le minimum journalier de "
      "500 à 700 roupies.", [(12500, 12500), (17500, 17500), (500, 500), (700, 700)]),
     ("La bourse de doctorat passera de 3 100 à 3 600 reais, et celle des étudiants de master de 2 100 à 2 450 "
      "reais.", [(3100, 3100), (3600, 3600), (2100, 2100), (2450, 2450)]),
     ("Le salaire est passé de 100 à 120 euros, et les livreurs gagnent de 10 à 12 euros par course.",
      [(100, 100), (120, 120), (10, 12)])],
)
def test_money_reads_a_second_change_that_shares_the_verb_of_the_first(text: str, expected: list) -> None:
    """"et le minimum journalier de 500 à 700" is a change like the one before it; a clause with its own verb
    ("et les livreurs gagnent de 10 à 12 euros") states a range."""
    assert [(m.min, m.max) for m in find_money(text)] == expected


@pytest.mark.parametrize(
    "text,expected",
    [("Laver les sols rapporte de 2 500 à 3 500 roupies par mois.", [(2500, 3500)]),
     ("Une aide d'un montant de 500 à 800 euros par mois.", [(500, 800)]),
     ("Le salaire est monté de 500 à 800 euros par mois.", [(500, 500), (800, 800)]),
     ("La prime a été portée de 500 à 800 euros.", [(500, 500), (800, 800)]),
     # a place or a date set between commas after the verb and its first words
     ("Les accords portent le SMIG, en France, de 2,22 francs à 3 francs de l'heure.",
      [(Decimal("2.22"), Decimal("2.22")), (3, 3)]),
     ("Le gouvernement a relevé le Smic, au 1er janvier, de 11,65 à 11,88 euros de l'heure.",
      [(Decimal("11.65"), Decimal("11.65")), (Decimal("11.88"), Decimal("11.88"))]),
     # no verb of change before the commas, or one of another clause, or a noun: a range
     ("Selon la plateforme, les livreurs, en moyenne, touchent de 10 à 15 euros de l'heure.", [(10, 15)]),
     ("Les chauffeurs, dont les revenus ont baissé, gagnent, selon l'Urssaf, de 1 200 à 1 500 euros par mois.",
      [(1200, 1500)]),
     ("Les salaires évoluent, selon l'ancienneté, de 1 800 à 2 400 euros bruts par mois.", [(1800, 2400)]),
     ("La relève est payée de 12 à 14 euros de l'heure.", [(12, 14)])],
)
def test_money_reads_a_change_only_after_a_whole_verb_of_change(text: str, expected: list) -> None:
    """"rapporte" holds "porte" and "montant" holds "mont": neither is a verb of change, so "de X à Y" after
    them is a range."""
    assert [(m.min, m.max) for m in find_money(text)] == expected


def test_money_reads_a_list_joined_by_puis() -> None:
    found = find_money("La direction a proposé 5,6 millions, puis 5,8 millions de dongs.")
    assert [(m.min, m.currency) for m in found] == [(5600000, "VND"), (5800000, "VND")]


def test_money_reads_bosnian_convertible_marks() -> None:
    assert [(m.min, m.currency) for m in find_money("Ils sont payés 1'450 marks convertibles par mois.")] == [
        (1450, "BAM")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [("Les creuseurs reçoivent 50 nouveaux leones par jour.", [(50, "SLE")]),
     ("Elle gagne 9 000 nouveaux shekels par mois.", [(9000, "ILS")])],
)
def test_money_reads_a_currency_named_new_after_its_redenomination(text: str, expected: list) -> None:
    assert [(m.min, m.currency) for m in find_money(text)] == expected


def test_money_reads_a_currency_name_with_an_apostrophe_either_way() -> None:
    found = find_money("Il gagne 12 000 pa’anga par an, soit 300 pa'anga par mois.")
    assert [(m.min, m.currency) for m in found] == [(12000, "TOP"), (300, "TOP")]


def test_money_reads_every_currency_form_of_its_tables_without_error() -> None:
    """Each surface form our tables know (CLDR names, their plurals, heads and the forms of currencies.tsv) is
    found after a number, with the code the table gives, written with either apostrophe."""
    from frclaims import resources

    table = resources.currencies()
    failures = []
    for form, code in table.forms.items():
        if code in table.ambiguous or not any(c.isalpha() for c in form):
            continue  # a sign or a group that the article's places resolve
        for written in {form, form.replace("'", "’")}:
            found = find_money(f"Il gagne 100 {written} par mois.")
            if not any(m.currency == code and m.min == 100 for m in found):
                failures.append((written, code, [(m.text, m.currency) for m in found]))
    assert not failures, failures[:20]


@pytest.mark.parametrize("text,code", [("Il gagne 200 dollars TT par jour.", "TTD"),
                                       ("Il gagne 30 dollars NZ de l'heure.", "NZD")])
def test_money_reads_a_dollar_named_by_its_country_letters(text: str, code: str) -> None:
    assert [m.currency for m in find_money(text)] == [code]


@pytest.mark.parametrize(
    "text,expected",
    [("Un émailleur confirmé est à 2 050 euros, un tourneur à 2 140, la chef d'atelier à 2 600.",
      [(2050, "EUR"), (2140, "EUR"), (2600, "EUR")]),
     ("Elles sont de 8,54 euros pour un sapeur, 9,16 pour un caporal et 12,85 pour un officier.",
      [(Decimal("8.54"), "EUR"), (Decimal("9.16"), "EUR"), (Decimal("12.85"), "EUR")]),
     ("Il gagne 1 500 euros, et 2 140 salariés sont concernés.", [(1500, "EUR")]),
     ("Le salaire est de 1 500 euros, soit 30 % de plus.", [(1500, "EUR")]),
     ("La hausse atteint 110 euros brut mensuels, loin des 10 % promis.", [(110, "EUR")]),  # no compared level
     ("L'avenant prévoit 11,95 euros au niveau I, échelon 1, et 12,40 euros au niveau II.",
      [(Decimal("11.95"), "EUR"), (Decimal("12.40"), "EUR")]),
     # items of a list may end with a semicolon
     ("Au niveau II, le convenio prévoit 1 790 euros ; au niveau III, celui des chefs de rang, 1 905 ; au niveau IV, "
      "celui des gouvernantes, 2 140.", [(1790, "EUR"), (1905, "EUR"), (2140, "EUR")]),
     # a level followed by the ordinal of its year
     ("La grille fixe 2 901 euros bruts par mois la première année, 3 100 la deuxième, 3 307 la troisième.",
      [(2901, "EUR"), (3100, "EUR"), (3307, "EUR")]),
     # a semicolon may stand between the amount and a further level
     ("Chaque vérification était payée 0,30 dollar jusqu'en décembre ; elle ne l'est plus que 0,18.",
      [(Decimal("0.30"), "USD"), (Decimal("0.18"), "USD")]),
     ("Les transcripteurs étaient payés 2 000 roupies l'heure ; ils le sont 1 500 aujourd'hui.",
      [(2000, "INR"), (1500, "INR")]),
     ("Ils sont payés 1 500 euros ; 1 200 salariés sont concernés.", [(1500, "EUR")]),
     # levels after groups of workers
     ("Les Polonais touchent 1 300 euros, les Lituaniens 1 150, ceux de Lyon 1 200.",
      [(1300, "EUR"), (1150, "EUR"), (1200, "EUR")]),
     # a count in words before a figure opens no list
     ("Elle loue une chambre qu'elle partage à trois, 60 dollars par mois.", [(60, "USD")]),
     # the number of a grade does not open a list of amounts
     ("Un magasinier perçoit 1.880 euros ; un cariste au niveau 4, 1.960 euros.", [(1880, "EUR"), (1960, "EUR")]),
     # a bare range is a further level of a list as a range, not a single level of its first number
     ("Il débute à 1 750 euros brut par mois, avec les primes 2 000 à 2 200 selon les mois.",
      [(1750, "EUR"), (2000, "EUR")]),
     # a level followed by its own unit of pay
     ("Ils sont payés 260 lei la vacation de jour, 310 la vacation de nuit.", [(260, "RON"), (310, "RON")]),
     ("Le chef électricien est à 90 000 nairas, ses deux assistants à 40 000 la journée.",
      [(90000, "NGN"), (40000, "NGN")]),
     # a conversion between the levels is none of them: the list stays in the currency of the first
     ("Un découpeur y gagne 900 takas par jour, soit environ 7 euros ; un aide, qui porte les plaques, 600.",
      [(900, "BDT"), (7, "EUR"), (600, "BDT")]),
     ("Un découpeur y gagne 900 takas par jour (7 euros), un aide 600.", [(900, "BDT"), (7, "EUR"), (600, "BDT")]),
     # a comma and a hedge open a conversion when the currency changes
     ("Un annotateur gagne 9 000 ouguiyas par mois, environ 205 euros, et un confirmé jusqu'à 14 000.",
      [(9000, "MRU"), (205, "EUR"), (14000, "MRU")]),
     ("Subtext me propose 2,60 euros, parfois 2,20 quand il s'agit de réviser.", [(Decimal("2.60"), "EUR"),
                                                                                (Decimal("2.20"), "EUR")]),
     ("Elle paie 650.000 roupies par an à Bangalore (environ 6 900 euros), 560.000 à Pune et 480 000 à Coimbatore.",
      [(650000, "INR"), (6900, "EUR"), (560000, "INR"), (480000, "INR")]),
     # a compared level lists the next ones in its currency
     ("Un développeur perçoit à Paris 54 000 euros, contre 46 000 à Lyon et 43 500 à Nantes.",
      [(54000, "EUR"), (46000, "EUR"), (43500, "EUR")]),
     # a level dated by what follows it: a time, not a noun it counts
     ("Elles gagnent 12 000 roupies par mois au début, 15 000 après deux ans et 18 000 au-delà de cinq ans.",
      [(12000, "INR"), (15000, "INR"), (18000, "INR")]),
     ("Il touchait 1 400 euros en 2020, 1 550 depuis janvier.", [(1400, "EUR"), (1550, "EUR")]),
     # a grade in brackets between the levels
     ("Un agent (coefficient 120) est à 11,98 euros, un agent qualifié (coefficient 130) à 12,12.",
      [(Decimal("11.98"), "EUR"), (Decimal("12.12"), "EUR")]),
     # an item may describe its workers at length
     ("Le groupe 1 passe à 1 802 euros ; le groupe 3, celui de la plupart des éducateurs sportifs et des coachs de "
      "fitness titulaires d'un BPJEPS, à 1 905 ; le groupe 4, à 2 060 euros.", [(1802, "EUR"), (1905, "EUR"),
                                                                                  (2060, "EUR")]),
     # or a grade and its number, unbracketed
     ("Un manutentionnaire perçoit 1.750 euros par mois ; un magasinier au niveau 5, 1.880 ; un cariste, 1.960 euros.",
      [(1750, "EUR"), (1880, "EUR"), (1960, "EUR")]),
     ("Il gagne 1 500 euros, et 2 140 employés après la fusion.", [(1500, "EUR")]),
     # a level of the list may be a range or an alternative of two bare numbers
     ("Les serveurs touchent autour de 23.000 escudos, les cuisiniers 28.000 ou 30.000.",
      [(23000, "CVE"), (28000, "CVE")]),
     ("Un agent touche 2 050 euros, un tourneur de 2 100 à 2 300, la chef à 2 600.",
      [(2050, "EUR"), (2100, "EUR"), (2600, "EUR")])],
)
def test_money_reads_further_levels_that_leave_their_currency_out(text: str, expected: list) -> None:
    """A list of levels names its currency once: the bare numbers after the first amount are in it, not a count,
    a percentage nor the number of a grade."""
    assert [(m.min, m.currency) for m in find_money(text)] == expected


@pytest.mark.parametrize(
    "text,expected",
    [("Avant février, je faisais 5 000 dirhams nets par mois. Aujourd'hui, c'est plutôt 3 800, et je roule plus.",
      [(5000, "MAD"), (3800, "MAD")]),
     ("Le syndicat réclamait 5 000 cedis ; la direction proposait au départ 4 100.", [(5000, "GHS"), (4100, "GHS")]),
     # a time that dates it may follow the level
     ("Ils touchaient 1 650 euros net l'été dernier, ils sont à 1 750 cette saison.", [(1650, "EUR"), (1750, "EUR")]),
     ("Le panier se payait 900 roupies ; il est passé à 1 100 après la grève de mars.", [(900, "INR"), (1100, "INR")]),
     ("Un soudeur touche 3 200 zlotys. Avec les heures de nuit, il arrive à 4 100 en hiver.",
      [(3200, "PLN"), (4100, "PLN")]),
     # a verb in the future, or a level verb with "aujourd'hui" between
     ("Le client paiera 60 dollars ; la traductrice en touchera 35, soit la moitié.", [(60, "USD"), (35, "USD")]),
     ("En 2022, un aide-soignant gagnait 9 800 hryvnias. Il est aujourd'hui à 12 300, pour les mêmes gardes.",
      [(9800, "UAH"), (12300, "UAH")]),
     ("Les bons mois, 2.800 euros brut. Les mauvais, moins de 1.500. Sur l'année, c'est peu.",
      [(2800, "EUR"), (1500, "EUR")]),
     # a carried level is a level for the next ones of its list
     ("Il débute à 280 000 francs. Avec l'ancienneté, il arrive à 340 000. Un foreur est à 395 000, un chef "
      "d'équipe à 450 000.", [(280000, "XPF"), (340000, "XPF"), (395000, "XPF"), (450000, "XPF")]),
     # a short sentence that ends on the number alone, after a comma; a level over or under which pay goes
     ("Chez Wouri, un docker touche 4 500 francs CFA par vacation. Chez Sanaga Port Services, 5 000. Les petits "
      "acconiers descendent à 3 500.", [(4500, "XOF"), (5000, "XOF"), (3500, "XOF")]),
     ("Un docker débute à 210 000 FCFA mensuels ; un conducteur de portique confirmé dépasse les 500 000.",
      [(210000, "XOF"), (500000, "XOF")]),
     # a part of the amount before it, whatever its share, but not a count of people
     ("Il a perçu 11,2 millions de livres au titre de 2024, dont 1,8 million de salaire fixe.",
      [(11200000, "GBP"), (1800000, "GBP")]),
     ("La masse salariale atteint 3 200 euros par salarié et l'entreprise compte 1 100 salariés, dont 400 à Lyon.",
      [(3200, "EUR")]),
     # not a count, a percentage, a year, a range nor a figure far off the pay before it
     ("Ils gagnent 1 200 euros. Ils sont plus de 1 500 à manifester.", [(1200, "EUR")]),
     ("Il gagne 1 200 euros. La hausse est à 15 %.", [(1200, "EUR")]),
     ("Il gagnait 1 200 euros. C'est 2024, pas 2019.", [(1200, "EUR")]),
     # a range of two bare numbers, but not "de X et Y"
     ("Il débute à 1 750 euros brut par mois ; avec les primes, il atteint 2 000 à 2 200.",
      [(1750, "EUR"), (2000, "EUR")]),
     ("Il gagnait 1 200 euros. Aujourd'hui, c'est entre 1 300 et 1 400.", [(1200, "EUR"), (1300, "EUR")]),
     ("Il gagnait 1 200 euros. Il en touche de 1 300 et 1 400.", [(1200, "EUR")]),
     ("Le gaulleur touche 20 ou 25 dirhams. Nous, on est payées 12 ou 15, raconte-t-elle.",
      [(20, "MAD"), (12, "MAD")]),
     ("Il gagnait 1 200 euros. Ses collègues en touchent 12.", [(1200, "EUR")]),
     # too far back: three sentences ends between them
     ("Il gagnait 1 200 euros. Il est parti. Il a pris le car. C'est 1 300.", [(1200, "EUR")]),
     # a level written in full after one read with a multiplier, but no small number after it
     ("Le chef opérateur a négocié 2,5 millions de nairas. Le chef électricien est à 900 000, lui.",
      [(2_500_000, "NGN"), (900_000, "NGN")]),
     ("Le chef opérateur a négocié 2,5 millions de nairas. Il est à 3, pas plus.", [(2_500_000, "NGN")]),
     # after an approximate conversion in apposition, the pay before it is the one carried
     ("Sa journée vaut 35 000 nairas, une vingtaine d'euros. Il y a deux ans, il était à 18 000.",
      [(35_000, "NGN"), (20, "EUR"), (18_000, "NGN")])],
)
def test_money_reads_levels_that_carry_the_currency_of_the_sentence_before(text: str, expected: list) -> None:
    """"je faisais 5 000 dirhams par mois. Aujourd'hui, c'est plutôt 3 800": a bare number that a verb of level or
    a hedge introduces, in the sentence or two after a pay, is another level of it in its currency."""
    countries = ["PF"] if "francs" in text else None
    assert [(m.min, m.currency) for m in find_money(text, countries)] == expected


def test_money_reads_the_bounds_of_a_bare_range_or_alternative_in_a_list() -> None:
    """"les cuisiniers à 28.000 ou 30.000": one level from 28 000 to 30 000, not two, nor a level of 30 000."""
    found = find_money("Les serveurs touchent autour de 23.000 escudos, les cuisiniers à 28.000 ou 30.000.")
    assert [(m.text, m.min, m.max) for m in found] == [("23.000 escudos", 23000, 23000),
                                                         ("28.000 ou 30.000", 28000, 30000)]


@pytest.mark.parametrize(
    "text,expected",
    [("Elle m'a montré des bulletins de 1 050 et de 1 610 dinars tunisiens.", [1050, 1610]),
     ("Les primes sont de 200 et 300 euros.", [200, 300])],
)
def test_money_reads_two_amounts_joined_by_et_de(text: str, expected: list) -> None:
    """"de 1 050 et de 1 610 dinars": two amounts that write their currency once, each with its own "de"."""
    assert [m.min for m in find_money(text)] == expected


def test_money_reads_no_list_from_a_month_and_year_before_an_amount() -> None:
    """"En décembre 2020, 183 euros net par mois": a year after its month is a date, not a first item."""
    found = find_money("En décembre 2020, 183 euros net par mois sont apparus sur nos fiches de paie.")
    assert [m.text for m in found] == ["183 euros"]


def test_money_reads_no_range_from_a_year_before_an_amount() -> None:
    """"au titre de 2024 à 6,2 millions d'euros" names a year, then the amount."""
    found = find_money("Le document chiffre sa rémunération au titre de 2024 à 6,2 millions d'euros.")
    assert [(m.text, m.min, m.max) for m in found] == [("6,2 millions d'euros", 6_200_000, 6_200_000)]


def test_money_reads_no_level_of_a_list_written_in_words() -> None:
    """"on en fait soixante par mois" counts hours: a further level of a list is written in digits."""
    found = find_money("Les heures supplémentaires sont payées 78 takas de l'heure, mais on en fait soixante "
                       "par mois.")
    assert [m.text for m in found] == ["78 takas"]


@pytest.mark.parametrize(
    "text,code,span",
    [("Il touche 1 000 riyals qatariens par mois.", "QAR", "1 000 riyals qatariens"),
     ("Elles gagnent 22 dollars namibiens de l'heure.", "NAD", "22 dollars namibiens"),
     ("Le taux est de 12 000 à 15 000 dirhams émiriens.", "AED", "de 12 000 à 15 000 dirhams émiriens")],
)
def test_money_reads_a_currency_word_named_by_its_country_adjective(text: str, code: str, span: str) -> None:
    """Any country adjective after an ambiguous currency word names that country's currency, spelt or not in
    our currency table."""
    assert [(m.text, m.currency) for m in find_money(text)] == [(span, code)]


@pytest.mark.parametrize(
    "text,expected",
    [# a multiplier after the second number is not that of a first written out in thousands
     ("Ils gagnent entre 900 000 et 1 million de pesos par mois.", [(900_000, 1_000_000)]),
     ("Ils gagnent entre 1,5 et 2 millions d'euros par an.", [(1_500_000, 2_000_000)]),
     # thousands written once, on the last number, in digits or in words; not when the first is already larger
     ("Ils touchent entre 30 et 40 000 shillings par mois.", [(30_000, 40_000)]),
     ("Les cadres gagnent de 2 à 3.000 dollars par mois.", [(2000, 3000)]),
     ("Les ouvriers gagnent 30 ou 40 000 roupies par mois.", [(30_000, 40_000)]),
     ("Leur salaire est passé de 30 à 45 000 euros par an.", [(30_000, 30_000), (45_000, 45_000)]),
     ("Les chercheurs gagnent entre trente et quarante mille euros par an.", [(30_000, 40_000)]),
     ("Les animateurs touchent entre 800 et 1 000 euros par mois.", [(800, 1000)]),
     ("Les livreurs gagnent de 500 à 2 000 euros par mois.", [(500, 2000)]),
     ("Ils gagnent entre 1,5 et 2 000 euros.", [(Decimal("1.5"), 2000)]),
     # both ends carry the currency, with no "de" or "entre" before them
     ("Les agences proposent 13,50 € à 15 € de l'heure.", [(Decimal("13.5"), 15)]),
     # a noun that starts like a verb of change is none: a range
     ("Un porteur de minerai gagne de 100 à 150 cedis par jour.", [(100, 150)]),
     ("Un passager paie de 10 à 15 euros la course.", [(10, 15)]),
     # a verb of change in quotes, or said by its noun: two levels
     ('La société indique avoir "déjà relevé" la journée de ses figurants de 250 à 300 dirhams.',
      [(250, 250), (300, 300)]),
     ("Elle annonce la revalorisation de la prime de feu de 9,50 à 11 euros par poste.",
      [(Decimal("9.5"), Decimal("9.5")), (11, 11)]),
     # a comma may close the noun of change
     ("Le précédent relèvement, de 60 000 à 75 000 FCFA, remontait à 2023.", [(60_000, 60_000), (75_000, 75_000)]),
     # the noun of a rise, as that of a fall
     ("La grève s'est conclue par une hausse de 3 000 à 4 000 francs CFA de la vacation.",
      [(3000, 3000), (4000, 4000)]),
     # a range goes up: a fall is a change, hedged or not, but not a change restated in brackets
     ("Ses gains sont tombés d'environ 45 à 30 dollars.", [(45, 45), (30, 30)]),
     ("Ses gains hebdomadaires vont de 45 à 30 dollars.", [(45, 45), (30, 30)]),
     ("Il est passé de 2 400 à 2 050 laris (de 800 à 685 euros environ).",
      [(2400, 2400), (2050, 2050), (685, 800)])],
)
def test_money_reads_ranges_and_changes_by_their_words(text: str, expected: list) -> None:
    assert [(m.min, m.max) for m in find_money(text)] == expected


@pytest.mark.parametrize(
    "text,expected",
    [# cents written after the currency, as French speaks them
     ("Ils touchent 12€50 de l'heure.", [("12€50", Decimal("12.5"))]),
     ("Ils touchent 3 euros 50 par colis.", [("3 euros 50", Decimal("3.5"))]),
     ("La paie est de 9 € 90 brut de l'heure.", [("9 € 90", Decimal("9.9"))]),
     ("À Genève, une caissière gagne 20 francs 60 de l'heure.", [("20 francs 60", Decimal("20.6"))]),
     # glued to the sign, whatever follows; spaced, before a word no number counts
     ("C'était 12€40 quand je suis arrivé.", [("12€40", Decimal("12.4"))]),
     ("C'est tombé à 10 € 60 depuis la réforme.", [("10 € 60", Decimal("10.6"))]),
     # and in words
     ("Ils touchent deux euros cinquante de l'heure.", [("deux euros cinquante", Decimal("2.5"))]),
     ("Un dollar vingt-cinq par tâche, c'est peu.", [("Un dollar vingt-cinq", Decimal("1.25"))]),
     ("Il touche 3 euros quatre-vingt-dix par colis.", [("3 euros quatre-vingt-dix", Decimal("3.9"))]),
     ("Il touche 3 euros cinquante fois par jour.", [("3 euros", 3)]),
     # not two digits that count something else, nor a percentage
     ("Il touche 15 euros 20 heures par semaine.", [("15 euros", 15)]),
     ("Ils touchent 8 € 50 % de plus.", [("8 €", 8)]),
     # a sign that closes one amount opens no other: "€ 13" is no amount
     ("Ils gagnent 1 500 € 13 mois par an.", [("1 500 €", 1500)])],
)
def test_money_reads_cents_after_the_currency_and_a_sign_once(text: str, expected: list) -> None:
    assert [(m.text, m.min) for m in find_money(text)] == expected


@pytest.mark.parametrize(
    "text,expected",
    [# a comma before three digits is a thousands separator where the text writes English: after a sign...
     ("Les modérateurs de Lagos touchent ₦20,000 par semaine.", [("₦20,000", 20000, "NGN")]),
     ("Les annotateurs gagnent $1,500 par mois.", [("$1,500", 1500, "USD")]),
     ("Un contrat à £1,200 par mois (¥1,200 au Japon).", [("£1,200", 1200, "GBP"), ("¥1,200", 1200, "JPY")]),
     # ...or more than once, or with a decimal point
     ("Il touche 1,500,000 roupies par an.", [("1,500,000 roupies", 1500000, "INR")]),
     ("Soit ₹1,50,000 par mois.", [("₹1,50,000", 150000, "INR")]),
     ("Soit $2,500.50 par mois.", [("$2,500.50", Decimal("2500.5"), "USD")]),
     # ...or before an ISO code, as English job ads write it, with the range it ends
     ("« Starting pay 18,000 PHP per month »", [("18,000 PHP", 18000, "PHP")]),
     ("« Salary: 18,000 - 22,000 PHP per month »", [("18,000 - 22,000 PHP", 18000, "PHP")]),
     # French decimals stay decimals: after a number, cents after a sign, thousandths of a dinar
     ("Les livreurs touchent 1,250 euro par course.", [("1,250 euro", Decimal("1.25"), "EUR")]),
     ("Payés $1,50 de l'heure.", [("$1,50", Decimal("1.5"), "USD")]),
     ("Le minimum est de TND 528,320 par mois.", [("TND 528,320", Decimal("528.32"), "TND")]),
     ("Le gazole est à 1,859 € le litre.", [("1,859 €", Decimal("1.859"), "EUR")]),
     ("Le minimum est de 528,320 TND par mois.", [("528,320 TND", Decimal("528.32"), "TND")]),
     ("Le minimum est de 528,320 dinars tunisiens.", [("528,320 dinars tunisiens", Decimal("528.32"), "TND")])],
)
def test_money_reads_numbers_written_the_english_way(text: str, expected: list) -> None:
    assert [(m.text, m.min, m.currency) for m in find_money(text)] == expected


@pytest.mark.parametrize(
    "text,expected",
    [# subunits the press writes (data/subunits.tsv): millimes are thousandths of a dinar
     ("Payées 300 millimes par ourlet.", [("300 millimes", Decimal("0.3"), "TND")]),
     ("Ils touchent 50 kopecks par colis.", [("50 kopecks", Decimal("0.5"), "RUB")]),
     ("On nous paie 31 zlotys, 50 groszy de plus.", [("31 zlotys", 31, "PLN"), ("50 groszy", Decimal("0.5"), "PLN")]),
     # whole units, then their subunits: one amount
     ("Payés 12 roubles 50 kopecks par kilomètre.", [("12 roubles 50 kopecks", Decimal("12.5"), "RUB")]),
     ("Il gagne 3 euros 50 centimes de l'heure.", [("3 euros 50 centimes", Decimal("3.5"), "EUR")]),
     ("Ils reçoivent 2 dollars et 25 cents par tâche.", [("2 dollars et 25 cents", Decimal("2.25"), "USD")]),
     # not when the subunits make a unit or more, nor after a comma, nor after a decimal amount
     ("Il gagne 3 euros 150 centimes.", [("3 euros", 3, "EUR"), ("150 centimes", Decimal("1.5"), "EUR")]),
     ("Il touche 5 euros, 50 centimes de plus.", [("5 euros", 5, "EUR"), ("50 centimes", Decimal("0.5"), "EUR")]),
     ("Il gagne 1,5 euro 50 centimes.", [("1,5 euro", Decimal("1.5"), "EUR"), ("50 centimes", Decimal("0.5"), "EUR")])],
)
def test_money_reads_subunits_alone_and_after_their_unit(text: str, expected: list) -> None:
    assert [(m.text, m.min, m.currency) for m in find_money(text)] == expected


@pytest.mark.parametrize(
    "text,expected",
    [# half a unit after it; "demi" agrees with a feminine currency
     ("Payés un euro et demi par colis.", [("un euro et demi", Decimal("1.5"), "EUR")]),
     ("Il gagne 3 dollars et demi de l'heure.", [("3 dollars et demi", Decimal("3.5"), "USD")]),
     ("Elle touche 4 livres sterling et demie de l'heure.", [("4 livres sterling et demie", Decimal("4.5"), "GBP")]),
     # half a million after the number, before the currency
     ("Le patron a perçu deux millions et demi d'euros.", [("deux millions et demi d'euros", 2500000, "EUR")]),
     ("Il a touché 1 milliard et demi de dollars.", [("1 milliard et demi de dollars", 1500000000, "USD")]),
     # not a decimal amount, nor a subunit, nor half an hour
     ("Il gagne 1,5 euro et demi.", [("1,5 euro", Decimal("1.5"), "EUR")]),
     ("Il gagne 50 centimes et demi.", [("50 centimes", Decimal("0.5"), "EUR")]),
     ("Il travaille deux heures et demie pour 10 euros.", [("10 euros", 10, "EUR")])],
)
def test_money_reads_half_a_unit_or_half_a_million(text: str, expected: list) -> None:
    assert [(m.text, m.min, m.currency) for m in find_money(text)] == expected


@pytest.mark.parametrize(
    "text,expected",
    [("Un porteur gagne S/ 1.130 par mois.", [("S/ 1.130", 1130, "PEN")]),
     ("Un livreur gagne Rs. 500 par jour.", [("Rs. 500", 500, "INR")]),
     ("Un ouvrier touche 2.800.000 guaraníes par mois.", [("2.800.000 guaraníes", 2800000, "PYG")]),
     # CFA francs as the West African press writes them; the CFP franc of the Pacific; the baht's sign
     ("Un enquêteur touche 15.000 Fcfa par jour.", [("15.000 Fcfa", 15000, "XOF")]),
     ("Un enquêteur touche 15.000 F.CFA par jour.", [("15.000 F.CFA", 15000, "XOF")]),
     ("Un rouleur gagne 250 000 CFP par mois.", [("250 000 CFP", 250000, "XPF")]),
     ("Un rouleur gagne 250 000 francs Pacifique par mois.", [("250 000 francs Pacifique", 250000, "XPF")]),
     ("Une masseuse gagne ฿500 par jour.", [("฿500", 500, "THB")])],
)
def test_money_reads_signs_and_plurals_of_the_press_abroad(text: str, expected: list) -> None:
    assert [(m.text, m.min, m.currency) for m in find_money(text)] == expected


def test_money_a_kopeck_follows_the_country_named() -> None:
    assert [m.currency for m in find_money("Ils touchent 50 kopecks par colis.", ["UA"])] == ["UAH"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [  # "livres" that no place or full name resolves are a weight
     ("Au marché, le sac de riz de 25 livres se vend désormais 2 000 gourdes.", [(2000, "HTG")]),
     ("Une bonne cueilleuse remplit des caisses de 40 livres.", []),
     # a unit of pay after them makes them money
     ("Un coursier touche 12 livres de l'heure.", [(12, "GBP")]),
     # and so does one the same sentence reads as money, not one of another sentence
     ("Les 18-20 ans toucheront 10 livres l'heure, et les apprentis 7,55 livres.",
      [(10, "GBP"), (Decimal("7.55"), "GBP")]),
     ("Un coursier touche 12 livres de l'heure. Il porte des sacs de 40 livres.", [(12, "GBP")]),
     ("Les cueilleurs payés 7 livres de l'heure\n\nUne bonne cueilleuse remplit des caisses de 40 livres.",
      [(7, "GBP")]),
     # where the text names a country of the pound, or the pound in full, they are money
     ("À Londres, un coursier touche 12 livres de l'heure.", [(12, "GBP")]),
     ("Il gagne 3 000 livres sterling ; ses collègues, 2 500 livres.", [(3000, "GBP"), (2500, "GBP")]),
     # millions are never a weight
     ("Le patron a perçu 11,2 millions de livres.", [(11200000, "GBP")]),
     # the pound is feminine: "un livre" is a book
     ("Pour un livre audio, l'éditeur paie 500 dollars.", [(500, "USD")]),
     ("Une livre sterling vaut 1,17 euro.", [(1, "GBP"), (Decimal("1.17"), "EUR")])],
)
def test_money_leaves_out_currency_words_that_name_a_weight_or_a_book(text: str, expected: list) -> None:
    assert [(m.min, m.currency) for m in find_money(text)] == expected


@pytest.mark.parametrize(
    "text",
    ["Il évoque une dette de 100000000000000000000000000000 euros ; les livreurs gagnent 4 euros par course.",
     "Une fortune de 1 000 000 000 000 000 000 000 000 000 000 euros ; les livreurs gagnent 4 euros par course."],
)
def test_money_reads_no_amount_in_a_run_of_digits_too_long_for_one(text: str) -> None:
    """A number of 29 digits overflowed Decimal's precision and crashed the article; no sum an article gives is
    that large."""
    assert [(m.text, m.max) for m in find_money(text)] == [("4 euros", Decimal(4))]


@pytest.mark.parametrize(
    ("text", "expected"),
    [  # an abbreviated scale before any currency the table knows, glued or after "de"
     ("Les annotateurs gagnent 1,2 M de pesos par mois.", [("1,2 M de pesos", 1200000, "MXN")]),
     ("Un budget de 120 M de francs CFA.", [("120 M de francs CFA", 120000000, "XOF")]),
     ("Un salaire de 2 M Ar par an.", [("2 M Ar", 2000000, "MGA")]),
     # not before a word that is no currency, nor before a subunit
     ("Le modèle 3 M de la gamme coûte cher.", []),
     # half a scale in one word
     ("Le club lui verse un demi-million d'euros par an.", [("un demi-million d'euros", 500000, "EUR")]),
     ("Une prime d'un demi-million de pesos colombiens.", [("un demi-million de pesos colombiens", 500000, "COP")]),
     # a run of number words French does not read as one number, ending in "cents": the cents are the currency
     ("Ils reçoivent cinquante cents par tâche.", [("cinquante cents", Decimal("0.5"), "USD")]),
     ("Ils reçoivent quatre-vingts cents par tâche.", [("quatre-vingts cents", Decimal("0.8"), "USD")]),
     ("Ils touchent trois cents euros.", [("trois cents euros", 300, "EUR")])],
)
def test_money_reads_abbreviated_and_half_scales_and_cents_after_number_words(text: str, expected: list) -> None:
    assert [(m.text, m.min, m.currency) for m in find_money(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [  # Belgian and Swiss number words, alone, in compounds and as the cents after a unit
     ("Un ouvrier touche septante euros par jour.", [("septante euros", 70, "EUR")]),
     ("Il gagnait quelque septante mille francs belges par mois.", [("septante mille francs belges", 70000, "BEF")]),
     ("Il gagne quatre euros septante par course.", [("quatre euros septante", Decimal("4.7"), "EUR")]),
     ("Le salaire de base est de deux cent nonante-huit euros.", [("deux cent nonante-huit euros", 298, "EUR")]),
     ("Payé huitante francs la journée à Lausanne.", [("huitante francs", 80, "CHF")]),
     # the press of Lebanon, Morocco, Algeria and Madagascar
     ("Au Liban, un employé gagne 2 millions LL par mois.", [("2 millions LL", 2000000, "LBP")]),
     ("À Beyrouth, une infirmière touche 300 fresh dollars par mois.", [("300 fresh dollars", 300, "USD")]),
     ("Un ouvrier de Casablanca gagne 3.500 dhs par mois.", [("3.500 dhs", 3500, "MAD")]),
     ("Au Maroc, un ingénieur débutant touche 1,5 million de centimes par mois.",
      [("1,5 million de centimes", 15000, "MAD")]),
     ("En 1995, un manœuvre gagnait 60 000 francs malgaches par jour.", [("60 000 francs malgaches", 60000, "MGF")]),
     # familiar words that name other things too are left out: bullets and bales, the piastre of Cairo
     ("Les policiers ont tiré 30 balles par minute.", []),
     ("Au Caire, un porteur gagne 500 piastres par jour.", []),
     # Québec's "piasses" and "cennes": Canada's dollar, unless the story is in the United States
     ("À Montréal, « on fait 16 piasses de l'heure », résume Edwin.", [("16 piasses", 16, "CAD")]),
     ("Aux États-Unis, « je fais 10 piasses de l'heure », dit le pêcheur cajun.", [("10 piasses", 10, "USD")]),
     ("À Laval, « quatre-vingt-cinq cennes du kilomètre », peste Karim.",
      [("quatre-vingt-cinq cennes", Decimal("0.85"), "CAD")])],
)
def test_money_reads_the_french_of_belgium_switzerland_quebec_and_africa(text: str, expected: list) -> None:
    assert [(m.text, m.min, m.currency) for m in find_money(text)] == expected


def test_money_compares_a_bare_level_with_the_amount_a_conversion_restates() -> None:
    """A bare level after "contre" has the currency of the amount the conversion before it restates, a few words
    after its unit: "300 000 francs congolais par mois après la réforme, soit environ 110 dollars, contre 200 000"."""
    text = ("Le mineur devrait toucher 300 000 francs congolais par mois après la réforme, soit environ 110 dollars, "
            "contre 200 000 aujourd'hui.")
    found = {m.text: m.currency for m in find_money(text)}
    assert found["200 000"] == "CDF"


@pytest.mark.parametrize(
    ("text", "expected"),
    [  # number words after a scale count below it: "un million deux cent mille"
     ("Un ouvrier gagne un million deux cent mille dongs par jour.",
      [("un million deux cent mille dongs", 1200000, "VND")]),
     ("Ils touchent deux millions cinq cent mille francs guinéens.",
      [("deux millions cinq cent mille francs guinéens", 2500000, "GNF")]),
     # subunits in words after the unit, and cents before "du"
     ("Elle gagne onze euros et soixante-cinq centimes de l'heure.",
      [("onze euros et soixante-cinq centimes", Decimal("11.65"), "EUR")]),
     ("Un tarif d'un euro cinquante du kilomètre.", [("un euro cinquante", Decimal("1.5"), "EUR")])],
)
def test_money_reads_number_words_below_a_scale_and_subunits_in_words(text: str, expected: list) -> None:
    assert [(m.text, m.min, m.currency) for m in find_money(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [  # a year between the amount and "contre" does not hide the level compared
     ("Il a touché 36,5 millions d'euros en 2023, contre 23,5 millions un an plus tôt.",
      [("36,5 millions d'euros", 36500000), ("23,5 millions", 23500000)]),
     # a year after "contre" is no level
     ("Il gagnait 1 500 euros par mois en 2019, contre 2022 pour la fin du contrat.", [("1 500 euros", 1500)])],
)
def test_money_compares_a_level_past_a_year(text: str, expected: list) -> None:
    assert [(m.text, m.min) for m in find_money(text)] == expected


@pytest.mark.parametrize(
    ("text", "level"),
    [("Ils étaient payés 15 dollars de l'heure en 2020. Aujourd'hui, ils n'en touchent plus que 13.", 13),
     ("« Les bons soirs, ça me rapporte 12 euros de l'heure. Les mauvais, même pas 6. »", 6),
     ("« Je gagne 1 200 euros par mois. L'été, je tourne à 1 500. »", 1500),
     ("Ils touchaient 14 euros de l'heure. Puis ils ont baissé à 12.", 12),
     ("Entre 3 000 et 5 000 francs CFA par jour. Le week-end, on peut monter à 8 000.", 8000)],
)
def test_money_carries_a_currency_to_a_level_told_informally(text: str, level: int) -> None:
    assert find_money(text)[-1].min == level


@pytest.mark.parametrize(
    ("text", "expected"),
    [("Elle gagne 1 450 euros net (1 860 brut) pour un temps plein.", [("1 450 euros", 1450), ("1 860", 1860)]),
     ("Elle gagne 1 450 euros net – 1 860 brut – pour un temps plein.", [("1 450 euros", 1450), ("1 860", 1860)]),
     # not a year, nor a level far from the amount
     ("Il gagne 1 450 euros (2023) par mois.", [("1 450 euros", 1450)]),
     ("Il gagne 1 450 euros net (18 brut de l'heure).", [("1 450 euros", 1450)])],
)
def test_money_reads_the_gross_or_net_pay_in_an_aside(text: str, expected: list) -> None:
    assert [(m.text, m.min) for m in find_money(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [  # a number that ends a name is no end of a range
     ("Le minimum d'un joueur de Pro D2 est de 2 300 euros, et celui d'un joueur de Top 14 à 3 400 euros.",
      [("2 300 euros", 2300, 2300), ("3 400 euros", 3400, 3400)]),
     ("Un arbitre de Ligue 1 à 3 300 euros par match.", [("3 300 euros", 3300, 3300)]),
     ("Le barème donne 40 euros en District, 70 euros en Régional 2 et 130 euros en National 3.",
      [("40 euros", 40, 40), ("70 euros", 70, 70), ("130 euros", 130, 130)]),
     # a range after a name or a place, and one that opens its sentence, stay ranges
     ("Les caristes touchent à Paris 1 500 à 2 000 euros.", [("1 500 à 2 000 euros", 1500, 2000)]),
     ("Environ 1 500 à 2 000 euros par mois pour les caristes.", [("1 500 à 2 000 euros", 1500, 2000)]),
     ("Les freelances facturent sur Upwork 5 à 150 dollars de l'heure.", [("5 à 150 dollars", 5, 150)]),
     ("Ils ne gagnent presque rien… Entre 5 et 150 dollars par mois.", [("Entre 5 et 150 dollars", 5, 150)])],
)
def test_money_reads_no_range_from_a_number_that_ends_a_name(text: str, expected: list) -> None:
    assert [(m.text, m.min, m.max) for m in find_money(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [("Ils sont payés entre 23 centimes et 1,15 dollar de l'heure.",
      [("entre 23 centimes et 1,15 dollar", Decimal("0.23"), Decimal("1.15"), "USD")]),
     ("Ils sont payés de 50 centimes à 2 dirhams la pièce.",
      [("de 50 centimes à 2 dirhams", Decimal("0.5"), 2, "MAD")])],
)
def test_money_reads_a_range_from_centimes_to_a_unit_in_the_unit_s_currency(text: str, expected: list) -> None:
    assert [(m.text, m.min, m.max, m.currency) for m in find_money(text)] == expected


@pytest.mark.parametrize(
    "text,expected",
    [("Les cueilleurs touchent un demi-euro par kilo.", [("un demi-euro", "0.5", "EUR")]),
     ("Son salaire ne dépassait plus un demi-dollar par jour.", [("un demi-dollar", "0.5", "USD")]),
     # half of a span of time is no amount
     ("Une demi-heure de travail est payée 8 euros.", [("8 euros", "8", "EUR")])],
)
def test_money_reads_half_a_unit_in_one_word(text: str, expected: list) -> None:
    assert [(m.text, str(m.min), m.currency) for m in find_money(text)] == expected
