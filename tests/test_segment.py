"""Segmentation: body apart from boilerplate, title, sentences."""
from __future__ import annotations

import pytest

from frclaims.records import Span
from frclaims.segment import segment, split_sentences

BODY = "Les livreurs de la plateforme touchent 4,85 euros par course, selon le syndicat qui dénonce une baisse. " * 3


@pytest.mark.parametrize(
    "page,kept,dropped",
    [
        (f"Titre de l'article sur les livreurs\n{BODY}\nCommentaires (5)\nJean : 15 euros c'est trop.",
         ["Titre de l'article"], ["Jean : 15 euros"]),
        (f"{BODY}\nLatest News\nNvidia a levé 2 milliards de dollars.", [BODY.strip()[:20]], ["Nvidia a levé"]),
        (f"Publicité\n{BODY}", [BODY.strip()[:20]], ["Publicité"]),
        # A lone header takes the lines right under it: the headlines of a teaser list, the one line of an ad.
        (f"{BODY}\nÀ lire aussi\nItalie : à Milan, les livreurs obtiennent 11 euros de l'heure\n"
         f"Portugal : une plateforme condamnée\n\n{BODY}", [BODY.strip()[:20]], ["Milan", "Portugal"]),
        (f"{BODY}\nPublicité\nDevenez data analyst en 12 semaines ! Salaire moyen : 36 k€ brut par an.\n{BODY}",
         [BODY.strip()[:20]], ["Devenez data analyst"]),
        (f"{BODY}\nPublicité\nLes livreurs de Lyon touchent 4 euros par course.\n{BODY}",
         ["Les livreurs de Lyon touchent"], ["Publicité"]),
        # an ad that sells a price to the reader, under its label
        (f"{BODY}\nPublicité\nMutuelle seniors : dès 29 €/mois, sans questionnaire de santé\n\n{BODY}",
         [BODY.strip()[:20]], ["Mutuelle seniors"]),
        (f"{BODY}\nPublicité\nForfait cellulaire 60 Go à 35 $/mois — offre limitée\n\n{BODY}",
         [BODY.strip()[:20]], ["Forfait cellulaire"]),
        (f"{BODY}\nNos lecteurs ont aussi lu\nUber Eats : les livreurs dénoncent une baisse à 2,80 euros la course",
         [BODY.strip()[:20]], ["Uber Eats"]),
        (f"{BODY}\nÀ lire aussi : Uber condamné à 5 millions d'euros d'amende\n{BODY}", [BODY.strip()[:20]],
         ["Uber condamné"]),
        (f"{BODY}\nVous devez être abonné pour pouvoir commenter.\nDéjà abonné ? Se connecter", [BODY.strip()[:20]],
         ["Vous devez être abonné", "Déjà abonné"]),
        (f"Photo : — Ascannio / Shutterstock.com\n{BODY}", [BODY.strip()[:20]], ["Shutterstock"]),
        (f"{BODY}\nAuteur: AIvengo\nDepuis 5 ans, je travaille dans l'IA.", [BODY.strip()[:20]], ["Depuis 5 ans"]),
        (f"{BODY}\nS'abonner\nNotifier de\nguest\n1 Commentaire\nbof", [BODY.strip()[:20]], ["guest", "bof"]),
        # a menu's "S'abonner", before the body, is dropped alone: the article under it is kept
        (f"Menu\nAccueil\nÉconomie\nS'abonner\nSe connecter\n\n{BODY}\n{BODY}", [BODY.strip()[:20]], ["S'abonner"]),
        (f"{BODY}\nCe contenu est réservé aux abonnés Access et Premium\nJe débloque l'article", [BODY.strip()[:20]],
         ["Je débloque"]),
        (f"{BODY}\nLes plus lus\nLe prix du pain flambe : 2 euros la baguette", [BODY.strip()[:20]], ["baguette"]),
        # A page that holds the whole article behind its wall: the prose after it goes on; headlines do not.
        (f"{BODY}\nCet article est réservé aux abonnés. Il vous reste 60 % à découvrir.\n"
         f"Offre spéciale : 1 € le premier mois, puis 9,99 € par mois. Je m'abonne\n\n"
         f"Les coursiers de nuit, eux, reçoivent 6 euros par course. {BODY}\nCommentaires (2)\nMax : 3 euros.",
         ["coursiers de nuit"], ["1 € le premier mois", "Max : 3 euros"]),
        (f"{BODY}\nCet article est réservé aux abonnés. Déjà abonné ? Se connecter\nSur le même sujet\n"
         f"Grève : les coursiers obtiennent 6 euros par course\n{BODY}", [BODY.strip()[:20]], ["6 euros par course"]),
        (f"{BODY}\nCet article est réservé aux abonnés.\nLes coursiers obtiennent 6 euros par course.",
         [BODY.strip()[:20]], ["6 euros par course"]),
        (f"{BODY}\nDernières actus\nEmploi : Aidéo recrute des auxiliaires payées 12,10 euros de l'heure",
         [BODY.strip()[:20]], ["Aidéo"]),
        # a comment section under its "Réactions" header, and a teaser list whose header has an article
        (f"{BODY}\nRéactions (2)\nLeo_vtc — 10/02/2024 à 09:40\nJe faisais 9 euros de l'heure net.",
         [BODY.strip()[:20]], ["9 euros"]),
        (f"{BODY}\nLes dernières infos Quimper et sa région\nEmploi : un hôpital recrute à 2 100 euros par mois",
         [BODY.strip()[:20]], ["2 100 euros"]),
        # a comment header right under a teaser list ends the list and opens the comments
        (f"{BODY}\nÀ lire aussi\nSalles de sport : la guerre des prix\nRéagir (2)\nNico69 - 03/03/2026 à 08h41\n"
         + "\n".join(f"Commentaire {i} : le coach en touche {i} euros" for i in range(15)),
         [BODY.strip()[:20]], ["le coach en touche 14 euros"]),
        # headlines and job offers under their header, a teaser on one line
        (f"{BODY}\nNos derniers articles\nFootball : un club offre 250 000 euros à son entraîneur\n\n{BODY}",
         [BODY.strip()[:20]], ["250 000 euros"]),
        (f"{BODY}\nOffres d'emploi\nAide-soignant(e) – Ehpad Les Tilleuls, Nantes – 1 950 € brut/mois\n\n{BODY}",
         [BODY.strip()[:20]], ["1 950 €"]),
        # an offer its own rule drops (H/F) does not end the list of offers
        (f"{BODY}\nOffres d'emploi\nIDE de nuit (H/F) – Clinique des Acacias, Lyon – 2 400 € brut/mois\n"
         f"Aide-soignant(e) – Ehpad Les Tilleuls, Nantes – 1 950 € brut/mois\n\n{BODY}",
         [BODY.strip()[:20]], ["2 400 €", "1 950 €"]),
        (f"{BODY}\nÉpisode précédent : les moniteurs de plongée, payés 40 dollars par jour.\n{BODY}",
         [BODY.strip()[:20]], ["40 dollars"]),
        # a body sentence that opens with the same words is body
        (f"{BODY}\nDans l'actualité récente, les livreurs ont obtenu 4 euros par course.",
         ["4 euros par course"], []),
        (f"{BODY}\nLes dernières actualités du secteur montrent que les livreurs touchent 4 euros par course.",
         ["4 euros par course"], []),
        (f"{BODY}\nSoutenez un journalisme indépendant : 5 € par mois, sans engagement.\n{BODY}", [BODY.strip()[:20]],
         ["5 € par mois"]),
        (f"{BODY}\nPour lire tous nos articles, abonnez-vous à partir de 1 € par semaine.", [BODY.strip()[:20]],
         ["1 € par semaine"]),
        # A site menu (items between pipes) and a subscription offer with its price.
        (f"Accueil › Économie | Bruxelles | Sports | Culture | S'abonner dès 1,50 € par semaine\n{BODY}",
         [BODY.strip()[:20]], ["1,50 €", "Sports"]),
        (f"{BODY}\nS'abonner : 1 € par mois pendant 3 mois\n{BODY}", [BODY.strip()[:20]], ["1 € par mois"]),
        (f"LE JOURNAL   Actualité · Économie · Société · Sport   |   Édition numérique : 20 DH le mois\n{BODY}",
         [BODY.strip()[:20]], ["20 DH"]),
        (f"{BODY}\nSoutenez le journalisme local à partir de 5 $ par mois.\n{BODY}", [BODY.strip()[:20]], ["5 $"]),
        (f"{BODY}\nSoutenez notre salle de rédaction : dons à partir de 5 $.\n{BODY}", [BODY.strip()[:20]], ["5 $"]),
        # A job listing beside the article.
        (f"{BODY}\nTechnicien méthodes batteries H/F – Douai – 38 k€\n{BODY}", [BODY.strip()[:20]], ["38 k€"]),
        # An article that quotes an offer is body.
        (f"{BODY}\nLes offres se multiplient : « Recherchons annotateurs (H/F), télétravail, 12 € de l'heure ».",
         ["12 € de l'heure"], []),
        (f"{BODY}\nDécouvrir les offres multicomptes : à partir de 7,49 € par mois.\n{BODY}", [BODY.strip()[:20]],
         ["7,49 €"]),
        # A prompt that follows another sentence on its line.
        (f"{BODY}\nCet article vous est offert. Soutenez notre salle de rédaction : dons à partir de 5 $.\n{BODY}",
         [BODY.strip()[:20]], ["5 $"]),
        (f"{BODY}\nVous lisez sur un seul appareil à la fois. Découvrir les offres : dès 7,49 € par mois.\n{BODY}",
         [BODY.strip()[:20]], ["7,49 €"]),
        # An ad on one line, its label first.
        (f"{BODY}\nPublicité — Week-end à Galway : vols dès 79 € l'aller avec notre partenaire\n{BODY}",
         [BODY.strip()[:20]], ["79 €"]),
        # A block of other stories, an offer of a subscription, a betting ad.
        (f"{BODY}\nLes derniers articles\nFree lance un forfait 5G à 9,99 € par mois\nUn lanceur décolle",
         [BODY.strip()[:20]], ["9,99 €"]),
        (f"{BODY}\nLes + lus\nCyclisme : Evenepoel vise le Tour", [BODY.strip()[:20]], ["Evenepoel"]),
        (f"{BODY}\nOffre exclusive : 1 € par mois pendant 3 mois\n{BODY}", [BODY.strip()[:20]], ["1 € par mois"]),
        (f"{BODY}\nPronostics : pariez sur le derby, cote 2,40. 50 € offerts à l'inscription.\n{BODY}",
         [BODY.strip()[:20]], ["50 €"]),
        # A comment count or a comment link under the byline opens no comments: the article follows it.
        (f"Les livreurs en colère\nPar Anne Martin, le 3 mars 2025\n12 commentaires\n{BODY}", [BODY.strip()[:20]],
         ["12 commentaires"]),
        (f"Les livreurs en colère\nRéagir\n{BODY}", [BODY.strip()[:20]], ["Réagir"]),
        # The same after the body opens the comments, to the end of the page.
        (f"{BODY}\n47 commentaires   Trier par : Les plus récents\nMoi je gagne 1 400 euros et je ne me plains pas.",
         [BODY.strip()[:20]], ["1 400 euros"]),
        # A sidebar of teasers above the article is dropped with its headlines, and the article is kept.
        (f"Les plus lus\nZurich : les nounous payées 35 francs de l'heure\n\n{BODY}", [BODY.strip()[:20]],
         ["35 francs"]),
        # Headings of teaser lists after the body.
        (f"{BODY}\nPour aller plus loin\nLausanne : un chauffeur gagne 4 200 francs par mois", [BODY.strip()[:20]],
         ["4 200 francs"]),
        (f"{BODY}\nArticles liés\nZurich : les nounous payées 35 francs de l'heure", [BODY.strip()[:20]],
         ["35 francs"]),
        # One-line teasers behind a symbol or a rubric, and ads labelled "Sponsorisé ·" or "Annonce".
        (f"{BODY}\n► À lire aussi : Zurich : les nounous payées 35 francs de l'heure\n{BODY}", [BODY.strip()[:20]],
         ["35 francs"]),
        (f"{BODY}\nVIDÉO - Zurich : les nounous payées 35 francs de l'heure\n{BODY}", [BODY.strip()[:20]],
         ["35 francs"]),
        (f"{BODY}\nSponsorisé · Devenez livreur, jusqu'à 18 euros de l'heure\n{BODY}", [BODY.strip()[:20]],
         ["18 euros"]),
        (f"{BODY}\nAnnonce\nDevenez chauffeur VTC et gagnez jusqu'à 4 000 euros par mois !\n\n{BODY}",
         [BODY.strip()[:20]], ["4 000 euros"]),
        # Teasers in the middle of the body: the article goes on after their headlines.
        (f"{BODY}\nLes plus lus\nZurich : les nounous payées 35 francs de l'heure\nUn lanceur décolle\n\n"
         f"{BODY.replace('4,85', '5,10')}", ["5,10 euros"], ["35 francs"]),
        # At the end of the page, what follows their headlines is more teasers.
        (f"{BODY}\nLes plus lus\nZurich : les nounous payées 35 francs de l'heure\n\nLausanne : 4 200 francs par mois",
         [BODY.strip()[:20]], ["35 francs", "4 200 francs"]),
        # A body paragraph that opens with "Partager" is no share button; "Pour aller plus loin," opens a sentence.
        (f"{BODY}\nPartager les pourboires ? Chez Deliveroo, la course de base des livreurs est payée 2,80 euros.",
         ["2,80 euros"], []),
        (f"{BODY}\nPour aller plus loin, le syndicat réclame 15 euros de l'heure.\n{BODY}", ["15 euros"], []),
        # A sentence that reports a job offer is body, whatever "(H/F)" it quotes; a listing ends with no full stop.
        (f"{BODY}\nTransports Dumas recrute un chauffeur-livreur (H/F) à Vénissieux, payé 1 950 euros brut par mois.",
         ["1 950 euros"], []),
        # A live blog's headline is its title, not a label.
        (f"EN DIRECT - Grève des livreurs à Paris : les coursiers réclament 15 euros de l'heure\n{BODY}",
         ["15 euros de l'heure"], []),
        # The comments under a short news item (no paragraph of 200 characters): two lines of prose started the body.
        ("Grève chez Flink\nLes livreurs de Flink à Paris ont cessé le travail mardi pour réclamer 14 euros de "
         "l'heure.\n"
         "Ils sont aujourd'hui payés 12 euros brut de l'heure, selon le collectif qui les représente.\n"
         "12 commentaires\nJeannot75 il y a 2 heures\nMon fils était payé 1 600 euros par mois chez eux.",
         ["12 euros brut"], ["1 600 euros"]),
        # A short news item of one paragraph: the comment count opens the comments when a comment's header follows.
        ("Modération : TrustLine ouvre un centre à Lisbonne\n\nLe sous-traitant TrustLine va installer 500 postes "
         "de modérateurs dans la capitale portugaise. Les recrutements débuteront en septembre.\n\n"
         "Commentaires (2)\nmarco_lx, le 4 juin 2024 à 10h12\nJ'y ai bossé deux ans, 900 euros par mois.\n"
         "AnneS, le 4 juin 2024 à 11h40\nC'est toujours mieux que le salaire minimum portugais à 820 euros.",
         ["500 postes"], ["900 euros", "820 euros"]),
        # but a comment count under the byline opens nothing before the body
        ("Grève chez Flink\nPar Anne Martin | 12 commentaires\nLes livreurs de Flink à Paris ont cessé le travail "
         "mardi pour réclamer 14 euros.\nIls sont payés 12 euros brut de l'heure, selon le collectif qui les "
         "représente.", ["14 euros", "12 euros brut"], []),
        ("Grève chez Flink\n12 commentaires\nPublié le 05/02/2025\nLes livreurs de Flink à Paris ont cessé le "
         "travail mardi pour réclamer 14 euros.", ["14 euros"], []),
        ("Grève chez Flink\n12 commentaires\nAFP, le 4 juin 2024 à 10h12\nLes livreurs de Flink à Paris ont cessé "
         "le travail mardi pour réclamer 14 euros.", ["14 euros"], []),
        # a dateline or a site's byline after a comment count is no comment's header
        ("Uber : les chauffeurs lyonnais sous le Smic\n\nCommentaires (3)\n\n14 juin 2024\n\nSelon une étude, les "
         "chauffeurs Uber de Lyon touchent en moyenne 1 100 euros net par mois.", ["1 100 euros"], []),
        ("Grève chez Flink\n12 commentaires\n20minutes.fr - 05/02/2025\nLes livreurs de Flink à Paris ont cessé le "
         "travail mardi pour réclamer 14 euros.", ["14 euros"], []),
        # What an ad under a "Publicité" label sells.
        (f"{BODY}\nPublicité\niPhone 15 reconditionné à 549 € seulement — livraison offerte\n{BODY}",
         [BODY.strip()[:20]], ["549 €"]),
        # A photo credit is a short line that names an agency as a word: not a company whose name holds one
        # ("Maxistock"), nor a long paragraph of prose that names Getty Images.
        (f"{BODY}\nUn cariste dans l'entrepôt de Rouen, en mars. © Paul Martin / Getty Images\n{BODY}",
         [BODY.strip()[:20]], ["Un cariste dans l'entrepôt"]),
        (f"{BODY}\nLa société Maxistock emploie 40 caristes payés 1 900 euros par mois à Rouen.\n{BODY}",
         ["Maxistock emploie 40 caristes"], []),
        (f"{BODY}\nGetty Images verse à ses photographes pigistes 50 euros par reportage.\n{BODY}",
         ["Getty Images verse"], []),
        (f"{BODY}\nCrédits photos : Deliveroo\n{BODY}", [BODY.strip()[:20]], ["Crédits photos"]),
        (f"{BODY}\nLa banque d'images Getty Images, qui emploie 1 700 salariés dans le monde, paie ses photographes "
         "pigistes entre 30 et 80 euros par image selon un barème que plusieurs d'entre eux jugent opaque ; ses "
         "contributeurs de Seattle et de Londres réclament depuis l'an dernier une grille publique, comme le font "
         "déjà les agences concurrentes, et dénoncent des retards de paiement de plusieurs mois.\n{BODY}",
         ["paie ses photographes"], []),
        # a subscription prompt gives its price right after "S'abonner"; prose in which one subscribes does not
        (f"{BODY}\nS'abonner : 1 € le premier mois\n{BODY}", [BODY.strip()[:20]], ["S'abonner"]),
        (f"{BODY}\nRashed enchaîne les « campagnes » publiées sur Microworkers : s'abonner à une chaîne YouTube "
         "rapporte 0,05 dollar, rédiger un avis sur une application 0,30 dollar.\n{BODY}", ["s'abonner à une"], []),
        # a prompt to upgrade a newsletter
        (f"{BODY}\nVous aimez cette newsletter ? Passez à l'offre Premium pour 4,99 euros par mois.\n{BODY}",
         [BODY.strip()[:20]], ["offre Premium"]),
    ],
)
def test_segment_separates_body_from_boilerplate(page: str, kept: list[str], dropped: list[str]) -> None:
    result = segment(page)
    body = "\n".join(page[s.start:s.end] for s in result.paragraphs)
    for piece in kept:
        assert piece in body
    for piece in dropped:
        assert piece not in body
        assert any(piece in page[s.start:s.end] for s, _ in result.dropped)


@pytest.mark.parametrize(
    "page,title",
    [("Les soutiers de l'IA\n" + BODY, "Les soutiers de l'IA"),
     ("Post Thumbnail\n\nLe travail invisible de milliers de personnes\n" + BODY, "Le travail invisible de milliers de personnes"),
     # a page's <title> with the site's name, then its <h1>: the headline without the name
     ("Le travail invisible de milliers de personnes - Le Journal\n\nLe travail invisible de milliers de personnes\n"
      + BODY, "Le travail invisible de milliers de personnes"),
     ("Le travail invisible de milliers de personnes | Le Journal\n\nÉconomie\n\n"
      "Le travail invisible de milliers de personnes\n" + BODY, "Le travail invisible de milliers de personnes"),
     # a breadcrumb, a menu, a cookie banner, a date line or a byline is the page's frame, not its headline
     ("Accueil > Économie > Social\nMenu   Rechercher   S'abonner\nLes livreurs payés 3 euros la course\n" + BODY,
      "Les livreurs payés 3 euros la course"),
     ("Nous utilisons des cookies pour améliorer votre expérience de lecture\nPublié le 18 mars 2026 à 10 h 12\n"
      "Par Anne Martin, publié le 3 mars 2026\nLes livreurs payés 3 euros la course\n" + BODY,
      "Les livreurs payés 3 euros la course"),
     # a live blog's headline
     ("EN DIRECT - Grève des livreurs à Paris\n" + BODY, "EN DIRECT - Grève des livreurs à Paris"),
     (BODY, None)],
)
def test_segment_finds_the_title(page: str, title: str | None) -> None:
    span = segment(page).title
    assert (page[span.start:span.end] if span else None) == title


@pytest.mark.parametrize(
    "text,expected",
    [("Il touche 15 euros. Elle touche 20 euros.", ["Il touche 15 euros.", "Elle touche 20 euros."]),
     ("M. Dupont touche 15 euros. Mme Durand aussi.", ["M. Dupont touche 15 euros.", "Mme Durand aussi."]),
     ("Payé 1,32 à 2 dollars. « C'est peu », dit-il.", ["Payé 1,32 à 2 dollars.", "« C'est peu », dit-il."]),
     ("Le 23 oct. 2023 à Paris. Fin.", ["Le 23 oct. 2023 à Paris.", "Fin."]),
     ("Pas de point final", ["Pas de point final"])],
)
def test_segment_splits_sentences_with_offsets(text: str, expected: list[str]) -> None:
    spans = split_sentences(text, Span(0, len(text)))
    assert [text[s.start:s.end] for s in spans] == expected


def test_segment_cuts_very_long_paragraphs() -> None:
    page = "Une phrase assez longue sur les salaires des livreurs. " * 2000
    paragraphs = segment(page).paragraphs
    assert len(paragraphs) > 1
    assert all(s.end - s.start <= 5000 for s in paragraphs)
    assert "".join(page[s.start:s.end] for s in paragraphs).replace(" ", "") == page.strip().replace(" ", "")
