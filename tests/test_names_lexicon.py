"""person_names.toml: built from open data by scripts/build_names.py, validated, used by the rules."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest

from hindi_meeting_extract.lexicon import Lexicons, parse_lexicon

ROOT = Path(__file__).resolve().parent.parent
SCRIPT = ROOT / "scripts" / "build_names.py"
SHIPPED = ROOT / "src" / "hindi_meeting_extract" / "data" / "person_names.toml"


@pytest.fixture(scope="module")
def build_names():
    spec = importlib.util.spec_from_file_location("build_names", SCRIPT)
    assert spec and spec.loader
    mod = importlib.util.module_from_spec(spec)
    sys.modules["build_names"] = mod
    spec.loader.exec_module(mod)
    return mod


@pytest.fixture(scope="module")
def shipped():
    return parse_lexicon(SHIPPED.read_text(encoding="utf-8"), source=SHIPPED.name)


def test_shipped_file_is_what_the_script_builds(build_names) -> None:
    if not build_names.ILNER_TRAIN.exists():
        pytest.skip("shared IL-NER Hindi train not available")
    built = build_names.decide(build_names.read_counts())
    assert build_names.render(built) == SHIPPED.read_text(encoding="utf-8")


def test_shipped_file_passes_validation_and_holds_thousands(build_names, shipped) -> None:
    sections = {name: {c: list(forms[1:]) for c, forms in sec.entries.items()} for name, sec in shipped.sections.items()}
    build_names.validate(sections)
    assert len(shipped["given_names"]) >= 1500
    assert len(shipped["surnames"]) >= 500
    assert len(shipped["given_names"]) + len(shipped["surnames"]) + len(shipped["ambiguous_given_names"]) >= 5000


@pytest.mark.parametrize(
    ("section", "bad", "why"),
    [
        ("given_names", "कहा", "never a name part"),  # a verb
        ("surnames", "द्वारा", "never a name part"),  # a postposition
        ("given_names", "अध्यक्ष", "never a name part"),  # an office
        ("given_names", "Ramesh", "not a Devanagari name part"),
        ("surnames", "टि", "not a Devanagari name part"),  # a bare initial
        ("given_names", "\u0958ामिल", "not NFC"),  # precomposed क़ (NFC writes क + nukta)
    ],
)
def test_validation_catches_a_bad_entry(build_names, section: str, bad: str, why: str) -> None:
    sections = {"given_names": {"सुरोजीत": []}, "surnames": {"भौमिक": []}}
    sections[section][bad] = []
    with pytest.raises(build_names.InvalidNames, match=why):
        build_names.validate(sections)


def test_validation_catches_a_form_both_clear_and_ambiguous(build_names) -> None:
    sections = {"given_names": {"अमीनुल": []}, "ambiguous_given_names": {"अमीनुल": []}}
    with pytest.raises(build_names.InvalidNames, match="listed twice"):
        build_names.validate(sections)


def test_sources_and_licences_are_recorded() -> None:
    import tomllib

    meta = tomllib.loads(SHIPPED.read_text(encoding="utf-8"))["meta"]
    assert meta["name"] == "names"
    for src in meta["sources"]:
        assert src["licence"] and src["repository"] and src["commit"]
    assert {"CC-BY-4.0"} <= {s["licence"] for s in meta["sources"]}


def test_ordinary_words_are_ambiguous_not_clear(shipped) -> None:
    """Words of everyday Hindi that are also names stay out of the clear lists."""
    clear = set(shipped["given_names"].canonical_of) | set(shipped["surnames"].canonical_of)
    for word in ("भारत", "कल्याण", "राजा", "सागर", "कमल", "विजय", "लाल"):
        assert word not in clear
    ambiguous = shipped["ambiguous_given_names"]
    assert "सागर" in ambiguous and "कमल" in ambiguous and "भारत" in ambiguous


def test_packaged_names_lexicon_merges_the_generated_file() -> None:
    names = Lexicons.load()["names"]
    assert "सुरोजीत" in names["given_names"] and "अजय" in names["given_names"]  # generated + hand
    assert "भौमिक" in names["surnames"] and "शर्मा" in names["surnames"]
    assert "ambiguous_given_names" in names.sections


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a list of attendees with no honorific and no office: found through the name lists
        ("बैठक में सुरोजीत भौमिक, अमीनुल इस्लाम एवं तन्मय मजूमदार उपस्थित रहे।",
         ["सुरोजीत भौमिक", "अमीनुल इस्लाम", "तन्मय मजूमदार"]),
        ("इस अवसर पर राजशेखर पट्टनायक, दीपेन बरुआ, लुत्फुर रहमान आदि मौजूद थे।",
         ["राजशेखर पट्टनायक", "दीपेन बरुआ", "लुत्फुर रहमान"]),
        # a bare speaker: a south Indian given name and a family name
        ("कार्यक्रम में मुथुकुमार सेल्वम ने कहा कि सड़कें जल्द बनेंगी।", ["मुथुकुमार सेल्वम"]),
    ],
)
def test_unanchored_common_names_are_found(pipeline, text: str, expected: list[str]) -> None:
    assert [p.name for p in pipeline.extract(text).persons] == expected


@pytest.mark.parametrize(
    "text",
    [
        "तालाब में कमल के फूल खिले हैं और सागर की लहरें ऊंची हैं।",
        "बैठक में विकास कार्यों की प्रगति पर चर्चा हुई।",
    ],
)
def test_ordinary_words_do_not_become_persons(pipeline, text: str) -> None:
    assert pipeline.extract(text).persons == []
