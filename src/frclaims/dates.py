"""DATE recogniser and publication date: calendar dates in French ("27 septembre 2023", "23 oct. 2023",
"novembre 2022", "en 2021", "fin 2027", "l'exercice 2025-2026", "27/09/2023"), parsed with dateparser."""
from __future__ import annotations

import re
from functools import cache

from .records import Mention

MONTHS = (r"janvier|janv\.|février|févr\.|fév\.|mars|avril|avr\.|mai|juin|juillet|juil\.|août|septembre|sept\."
          r"|octobre|oct\.|novembre|nov\.|décembre|déc\.")

DATE = re.compile(
    rf"""
    (?<![\w/])
    (?:
        (?:(?:1er|[0-3]?\d)[ \u00a0])?(?:{MONTHS})(?:[ \u00a0](?:19|20)\d\d)(?!\d)   # (27) septembre 2023
      | (?:1er|[0-3]?\d)[ \u00a0](?:{MONTHS})(?!\w)                                # 27 septembre
      | [0-3]?\d/[01]?\d/(?:19|20)?\d\d(?![\d/])                                   # 27/09/2023
      | [0-3]\d\.[01]\d\.(?:19|20)\d\d(?![\d.])                                     # 27.09.2023
    )
    """,
    re.VERBOSE | re.IGNORECASE,  # "Mai 1968." opens a sentence
)
# A month or a year alone only counts after a word that introduces a date: "en janvier", "depuis 2021", "l'exercice
# 2024", "l'été 2025"; a span of years is one date ("2024-2025"), so is a decade ("les années 1980").
# The part of a season, a quarter or a month that the date names with it: "fin mars", "l'été 2024", "mi-février",
# "le premier trimestre 2026".
DATE_LEAD = (r"(?:(?:fin|début|mi-|printemps|été|automne|hiver|(?:premier|deuxième|second|troisième|quatrième)"
             r"[ \u00a0](?:trimestre|semestre))(?:[ \u00a0]?(?:de[ \u00a0]|d['’]))?[ \u00a0]?)")
BARE_DATE = re.compile(
    rf"""
    (?<![\w])(?:(?:en|depuis|dès|avant|après|de|d'|d’|au|entre|et|pour|jusqu'en|jusqu’en|d'ici|d’ici|l'|l’|le|la|à
                  |les|exercice|saison|année|courant|budget|loi|horizon)[ \u00a0]?(?=\w)|(?={DATE_LEAD}))
    (?P<date>{DATE_LEAD}?(?:(?:{MONTHS})(?!\w)
                           |(?:années[ \u00a0])?(?:19|20)\d\d(?:[-–/](?:19|20)?\d\d)?(?!\d|[,.]\d|[ \u00a0]\d)))
    """,
    re.VERBOSE | re.IGNORECASE,
)


def find_dates(text: str) -> list[Mention]:
    """Every calendar date or month/year in the text."""
    found = [Mention("DATE", m.start(), m.end(), m.group(0), None, "regex:date") for m in DATE.finditer(text)]
    taken = [(m.start, m.end) for m in found]
    for m in BARE_DATE.finditer(text):
        start, end = m.span("date")
        if not any(s < end and start < e for s, e in taken):
            found.append(Mention("DATE", start, end, m.group("date"), None, "regex:date-bare"))
    return sorted(found, key=lambda m: m.start)


@cache
def _parser():  # type: ignore[no-untyped-def]
    from dateparser.date import DateDataParser

    return DateDataParser(languages=["fr"], settings={"PREFER_DAY_OF_MONTH": "first", "RETURN_AS_TIMEZONE_AWARE": False})


def parse_date(text: str) -> str | None:
    """ISO date (YYYY-MM-DD) of a full date mention, or None when it has no day, month and year."""
    if not re.search(r"(?:19|20)\d\d", text) or not re.search(r"\d{1,2}\D", text):
        return None
    data = _parser().get_date_data(text)
    if data is None or data.date_obj is None or data.period != "day":
        return None
    return data.date_obj.date().isoformat()
