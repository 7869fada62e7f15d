"""Text as it arrives from other sources than a clean web page: wrapped at a fixed width (PDF, e-mail), with
decomposed accents, invisible characters or spaces doubled inside numbers. The claims are those of the clean text,
and every offset still points into the text given."""
from __future__ import annotations

import textwrap
import unicodedata

import pytest

from frclaims.linebreaks import unwrap
from frclaims.records import Result
from frclaims.textnorm import normalise

ARTICLE = (
    "Selon une enquête publiée mardi par le syndicat, les livreurs de la plateforme Deliveroo à Bordeaux touchent "
    "en moyenne 1 350 euros par mois, une somme qui couvre à peine leurs frais.\n\n"
    "Les coursiers de Stuart, eux, déclarent un revenu net de 9,20 euros de l'heure, selon les chiffres de la "
    "direction, qui conteste toute baisse de la rémunération depuis le début de l'année.\n\n"
    "À Lyon, les chauffeurs d'Uber gagnent entre 12 et 15 euros de l'heure une fois leurs frais payés, "
    "d'après le collectif qui les représente devant les prud'hommes."
)


def wrapped(text: str, width: int) -> str:
    """`text` wrapped at `width` columns, paragraph by paragraph, as a PDF or a mail client writes it."""
    return "\n\n".join(textwrap.fill(p, width) for p in text.split("\n\n"))


def claims_of(result: Result) -> set[tuple]:
    return {(c.amount.min, c.amount.max, c.amount.currency, c.period, tuple(o.name for o in c.organisations),
             c.place.name if c.place else None) for c in result.claims}


def assert_offsets_point_into(text: str, result: Result) -> None:
    assert result.text == text
    for claim in result.claims:
        assert text[claim.amount.start:claim.amount.end] == claim.amount.text
        assert claim.sentence.start <= claim.amount.start < claim.amount.end <= claim.sentence.end
        if claim.role:
            assert text[claim.role.start:claim.role.end] == claim.role.text
    for mention in result.entities:
        assert text[mention.start:mention.end] == mention.text


@pytest.mark.parametrize("width", [60, 72, 80])
def test_unwrap_reads_the_breaks_of_a_wrapped_text_as_spaces(width: int) -> None:
    text = wrapped(ARTICLE, width)
    joined, count = unwrap(text)
    assert len(joined) == len(text) and count > 0
    # the paragraphs stay apart; inside them, no line break is left
    assert joined.split("\n\n") == [" ".join(p.split("\n")) for p in text.split("\n\n")]


def test_unwrap_keeps_the_lines_of_a_list_and_of_a_crlf_text_length() -> None:
    lines = ("Les salaires proposés par la plateforme aux annotateurs de Madagascar, selon la grille que\n"
             "nous avons pu consulter, varient selon l'ancienneté et selon la langue des tâches confiées\n"
             "aux équipes, qui travaillent de nuit pour des clients installés en Europe :\n"
             "- junior : 250 000 ariary par mois\n"
             "- confirmé : 400 000 ariary par mois\n")
    joined, count = unwrap(lines)
    assert joined.count("\n") == 3 and count == 2  # the two breaks inside the sentence, not the items
    crlf = lines.replace("\n", "\r\n")
    joined, count = unwrap(crlf)
    assert len(joined) == len(crlf) and count == 2


def test_unwrap_leaves_pages_whose_paragraphs_are_lines(corpus_texts: dict[str, str]) -> None:
    """No article of the corpus (web pages as text, with headlines, teasers and comments on short lines) is read as
    wrapped."""
    assert [name for name, text in corpus_texts.items() if unwrap(text)[1]] == []


def test_a_wrapped_article_gives_the_claims_of_the_article(pipeline) -> None:
    expected = claims_of(pipeline(ARTICLE))
    assert len(expected) == 3
    for text in (wrapped(ARTICLE, 60), wrapped(ARTICLE, 70).replace("\n", "\r\n")):
        result = pipeline(text)
        assert claims_of(result) == expected
        assert result.meta["line_breaks_joined"] > 0
        assert_offsets_point_into(text, result)


def test_decomposed_accents_give_the_claims_of_the_composed_text(pipeline) -> None:
    teaser = "À lire aussi : les coursiers de Stuart touchent 3 euros de plus."
    text = unicodedata.normalize("NFD", ARTICLE + f"\n\n{teaser}\n\nAu Québec, les préposés gagnent 19,50 $ de "
                                                 "l'heure.")
    assert text != ARTICLE
    result = pipeline(text)
    assert claims_of(result) == claims_of(pipeline(unicodedata.normalize("NFC", text)))
    assert (19.5, "CAD") in {(float(c.amount.min), c.amount.currency) for c in result.claims}
    assert result.meta["normalised"] is True
    assert_offsets_point_into(text, result)
    assert [text[start:end] for start, end, _ in result.meta["dropped"]] == [unicodedata.normalize("NFD", teaser)]


@pytest.mark.parametrize(
    ("text", "amount"),
    [("Il gagne 150  000 FCFA par mois chez Orange.", "150  000 FCFA"),
     ("Les ouvrières touchent 1\u00ad750 eu\u00adros par mois.", "1\u00ad750 eu\u00adros"),
     ("Les ouvrières touchent 4\u200b500 dirhams par mois.", "4\u200b500 dirhams"),
     ("Le salaire est de 3\u02bc200 francs à Genève.", "3\u02bc200 francs"),
     ("Le salaire atteint 800 dinars\u00b9 par mois à Tunis.", "800 dinars")],
)
def test_invisible_characters_and_doubled_spaces_inside_an_amount(pipeline, text: str, amount: str) -> None:
    result = pipeline(text)
    assert [(c.amount.text, c.amount.min) for c in result.claims] == [(amount, int(
        "".join(ch for ch in amount if ch.isdigit())))]
    assert_offsets_point_into(text, result)


def test_normalise_reads_a_usual_text_as_it_is() -> None:
    assert normalise(ARTICLE) == (ARTICLE, None)
    assert normalise("Le loyer est de 15 euros le m² à Lyon.")[1] is None  # a power, not a footnote call
    text, offsets = normalise("Payé 1\u00ad750 e\u0301uros.")
    assert text == "Payé 1750 éuros." and offsets is not None
    # each character of the normalised text maps back to what it was read from
    assert (offsets.start(6), offsets.end(9)) == (7, 10)  # "750", after the soft hyphen
    assert (offsets.start(10), offsets.end(11)) == (11, 13)  # "é" was "e" and its accent


def test_unwrap_keeps_the_rows_of_a_table_and_a_short_text() -> None:
    rows = ("Agent de service débutant, échelon AS1 : 1 766 euros brut\n"
            "Agent de service qualifié, échelon AS3 : 1 790 euros brut\n"
            "Chef d'équipe, échelon CE1 : 1 950 euros brut\n"
            "Chef d'équipe confirmé, échelon CE2 : 2 100 euros brut\n")
    assert unwrap(rows) == (rows, 0)
    short = "Les livreurs de Velia touchent en\nmoyenne 1 350 euros par mois."
    assert unwrap(short) == (short, 0)  # two lines say nothing of a width


def test_a_page_with_a_long_body_line_keeps_its_teaser_and_comments_apart(pipeline) -> None:
    # The teaser line reaches the width the page's short lines share, but the body line, far longer, shows that no
    # wrapping cut the page: the teaser and the comment stay apart and are dropped as boilerplate.
    page = ("Offres d'emploi : 300 cueilleurs recherchés dans les vergers du Tarn-et-Garonne\n"
            "Moissac. Le groupement d'employeurs lance sa campagne de recrutement pour la récolte des pommes, de fin "
            "août à fin octobre. Les postes sont proposés en CDD saisonnier, 35 heures par semaine, payés "
            "11,88 euros brut de l'heure, avec une prime de fin de saison de 200 euros pour ceux qui vont "
            "jusqu'au bout. Les candidatures se font sur place ou auprès de France Travail.\n"
            "À lire aussi : Vendanges : en Bourgogne, les coupeurs payés jusqu'à 14 euros de l'heure\n"
            "Commentaires\n"
            "Papy82 – 12/08 à 18h04 : Moi en 1985 on était payés 25 francs de l'heure et on ne se plaignait pas !")
    assert unwrap(page) == (page, 0)
    assert [c.amount.text for c in pipeline(page).claims] == ["11,88 euros", "200 euros"]


@pytest.mark.parametrize(
    ("text", "joined"),
    [("Les livreurs touchent en moyenne 1 350\neuros par mois.", 1),
     ("Ils perçoivent entre 900\net 1 100 dinars par mois.", 1),
     ("Les porteurs reçoivent 2 500\nroupies népalaises par jour.", 1),
     # a user name that ends in figures, then a comment: no amount
     ("livreur69\nc'est honteux", 0),
     ("Le chiffre de l'année : 2024\nUn salaire de 1 350 euros.", 0)])  # a capital opens the next paragraph
def test_unwrap_joins_a_break_inside_an_amount_in_any_text(text: str, joined: int) -> None:
    """A break right after a figure, before a word in lower case, is inside an amount even in a text whose
    paragraphs are lines: "2 500" / "roupies népalaises"."""
    unwrapped, count = unwrap(text)
    assert count == joined
    assert len(unwrapped) == len(text)
    assert (unwrapped == text) == (joined == 0)


@pytest.mark.parametrize(
    ("text", "amounts"),
    [("Il gagne 150\u2009\u2009000 FCFA par mois.", [150000]),  # two thin spaces: a slip inside one number
     ("Apprentie          25           850 takas", [850])],  # columns of a table: two numbers
)
def test_normalise_joins_two_spaces_inside_a_number_not_the_columns_of_a_table(pipeline, text: str,
                                                                              amounts: list[int]) -> None:
    from frclaims.money import find_money

    normalised, _ = normalise(text)
    assert [int(m.min) for m in find_money(normalised)] == amounts


def test_html_reads_a_line_break_of_its_source_as_a_space(pipeline) -> None:
    long = "une somme qui couvre à peine leurs frais de route, de téléphone et de réparation du vélo. " * 3
    page = f"<html><body><p>Les livreurs touchent en moyenne 1 350\neuros par mois, {long}</p></body></html>"
    assert [(c.amount.min, c.period) for c in pipeline(page).claims] == [(1350, "month")]
