"""Lexicon files: loading, validation, merging of user files, and the packaged people lexicons."""

from __future__ import annotations

import unicodedata
from pathlib import Path

import pytest

from hindi_meeting_extract.errors import LexiconError
from hindi_meeting_extract.lexicon import Lexicons, parse_lexicon
from hindi_meeting_extract.normalize import fold

HEADER = '[meta]\nname = "t"\nversion = "1"\n\n'


def test_parse_table_and_list_sections():
    lx = parse_lexicon(HEADER + '[titles]\n"डॉ" = ["डॉ.", "डा"]\n\n[plain]\n"x" = []\n"y" = []\n')
    assert lx.name == "t" and lx.version == "1"
    assert lx["titles"].entries["डॉ"] == ("डॉ", "डॉ.", "डा")
    assert lx["titles"].canonical("डा") == "डॉ"
    assert "डॉ." in lx["titles"]
    assert set(lx["plain"]) == {"x", "y"}


@pytest.mark.parametrize(
    ("body", "message"),
    [
        ('[s]\n"श्री" = ["श्री"]\n', "listed twice"),
        ('[s]\n"श्री" = []\n"श्रीमान" = ["श्री"]\n', "listed twice"),
        ('[s]\n"श्री " = []\n', "whitespace"),
        ('[s]\n"जिला  अध्यक्ष" = []\n', "whitespace"),
        ('[s]\n"" = []\n', "non-empty"),
        ('[s]\n"श्री" = "श्रीमान"\n', "must be a list"),
        ('[s]\n"श्री" = [1]\n', "non-empty string"),
    ],
)
def test_validation_errors(body, message):
    with pytest.raises(LexiconError, match=message):
        parse_lexicon(HEADER + body)


def test_not_nfc_is_rejected():
    precomposed = "\u095b\u093f\u0932\u093e"  # ज़िला with the precomposed letter: not NFC
    assert unicodedata.normalize("NFC", precomposed) != precomposed
    with pytest.raises(LexiconError, match="NFC"):
        parse_lexicon(HEADER + f'[s]\n"{precomposed}" = []\n')


def test_meta_is_required_and_toml_must_parse():
    with pytest.raises(LexiconError, match="meta"):
        parse_lexicon('[s]\n"a" = []\n')
    with pytest.raises(LexiconError, match="TOML"):
        parse_lexicon(HEADER + "[s\n")


def test_user_file_merges_into_packaged_lexicon(tmp_path):
    extra = tmp_path / "mine.toml"
    extra.write_text('[meta]\nname = "honorifics"\nversion = "u1"\n\n[titles]\n"श्री" = ["श्रीयुक्त"]\n', "utf-8")
    lx = Lexicons.load([extra])
    titles = lx["honorifics"]["titles"]
    assert "श्रीयुक्त" in titles.entries["श्री"]
    assert "श्रीमती" in titles.entries  # packaged entries are kept
    assert lx["honorifics"].version.endswith("+u1")


def test_missing_user_file_is_an_error(tmp_path):
    with pytest.raises(LexiconError, match="cannot read"):
        Lexicons.load([tmp_path / "nope.toml"])


# ---------------------------------------------------------------- packaged people lexicons
@pytest.fixture(scope="module")
def packaged() -> Lexicons:
    return Lexicons.load()


@pytest.mark.parametrize(
    ("lexicon", "sections"),
    [
        ("honorifics", {"titles", "plural", "ranks", "professional", "religious", "needs_dot", "noun_titles", "glued", "trailing"}),
        ("designations", {"offices", "abbreviations", "levels", "modifiers", "departments", "generic", "plural"}),
        (
            "names",
            {"postpositions", "agent_postpositions", "genitives", "conjunctions", "list_links", "alias", "verbs", "function_words", "regions", "institution_words",
             "deities", "title_blockers", "trap_phrases", "given_names", "surnames", "middle_names",
             "non_name_endings", "role_nouns", "byline_labels"},
        ),
    ],
)
def test_people_lexicons_have_their_stable_sections(packaged, lexicon, sections):
    assert sections <= set(packaged[lexicon].sections)


def test_designation_spelling_variants_share_a_canonical(packaged):
    offices = packaged["designations"]["offices"]
    assert offices.canonical("जिलाध्यक्ष") == "जिला अध्यक्ष"
    assert offices.canonical("कोशाध्यक्ष") == "कोषाध्यक्ष"
    assert packaged["designations"]["abbreviations"].canonical("एसडीएम") == "एसडीएम"


def test_event_roles_are_not_offices(packaged):
    des = packaged["designations"]
    for section in ("offices", "abbreviations"):
        forms = {fold(f) for f in des[section].forms}
        assert fold("मुख्य अतिथि") not in forms
        assert fold("अतिथि") not in forms


def test_honorific_spellings(packaged):
    titles = packaged["honorifics"]["titles"]
    for form in ("श्री मती", "श्रीमति"):
        assert titles.canonical(form) == "श्रीमती"
    for form in ("डॉक्टर", "डा", "डाॅ"):
        assert titles.canonical(form) == "डॉ"


def test_trie_matches_like_the_alternation(packaged):
    """``Section.trie`` is a faster spelling of ``Section.alternation``: same match at every position."""
    import regex

    from hindi_meeting_extract.lexicon import trie_alternation

    assert regex.fullmatch(trie_alternation(["क", "कल", "कलम", "ख"]), "कल")
    text = " ".join(fold(f) for lexicon in packaged.by_name.values() for s in lexicon.sections.values() for f in s.forms)
    for lexicon in packaged.by_name.values():
        for section in lexicon.sections.values():
            alt = regex.compile(f"(?:{section.alternation()})", regex.V1)
            trie = regex.compile(f"(?:{section.trie()})", regex.V1)
            spans = [m.span() for m in alt.finditer(text, overlapped=True)]
            assert [m.span() for m in trie.finditer(text, overlapped=True)] == spans, section.name


def test_name_key_fast_path_agrees_with_the_normaliser():
    """Plain names skip indic-nlp's normaliser: it would leave them as they are."""
    from hindi_meeting_extract.normalize import _indic_normalizer, name_key

    for name in ("राजीव सिंह", "नंदा", "अजय कुमार चंद्रा", "श्रीमती उषा", "क्षितिज"):
        normalized = _indic_normalizer().normalize(unicodedata.normalize("NFC", name))
        assert name_key(name) == " ".join(fold(normalized).split())
    assert name_key("नन्दा") == name_key("नंदा")  # nasal + virama: the slow path


def test_items_key_is_a_plain_list_of_forms():
    lx = parse_lexicon('[meta]\nname = "x"\nversion = "1"\n[words]\nitems = ["सभागार", "भवन"]\n"कक्ष" = ["सभाकक्ष"]\n')
    section = lx["words"]
    assert set(section) == {"सभागार", "भवन", "कक्ष"}
    assert "items" not in section.entries and section.canonical("सभाकक्ष") == "कक्ष"
    with pytest.raises(LexiconError, match="listed twice"):
        parse_lexicon('[meta]\nname = "x"\nversion = "1"\n[w]\nitems = ["भवन", "भवन"]\n')


def test_no_packaged_section_treats_a_toml_key_as_a_word(packaged):
    for lexicon in packaged.by_name.values():
        for section in lexicon.sections.values():
            assert "items" not in section.entries, (lexicon.name, section.name)


@pytest.mark.parametrize(
    ("body", "message"),
    [('[meta]\nname = "honorific"\nversion = "1"\n\n[titles]\n"श्री" = []\n',
      r"unknown lexicon name 'honorific' \(did you mean 'honorifics'\?\)"),
     ('[meta]\nname = "honorifics"\nversion = "1"\n\n[title]\n"श्रीयुक्त" = []\n',
      r"lexicon 'honorifics' has no section \[title\] \(did you mean 'titles'\?\)"),
     ('[meta]\nname = "zzz"\nversion = "1"\n\n[s]\n"क" = []\n', "unknown lexicon name 'zzz'; known: calendar, cues")],
    ids=["name-typo", "section-typo", "unknown-name"],
)
def test_user_file_with_unknown_name_or_section_is_an_error(tmp_path, body, message):
    extra = tmp_path / "mine.toml"
    extra.write_text(body, encoding="utf-8")
    with pytest.raises(LexiconError, match=message):
        Lexicons.load([extra])


@pytest.mark.parametrize("as_type", [str, Path])
def test_load_accepts_one_path(tmp_path, as_type):
    extra = tmp_path / "mine.toml"
    extra.write_text('[meta]\nname = "honorifics"\nversion = "u1"\n\n[titles]\n"श्री" = ["श्रीयुक्त"]\n', "utf-8")
    assert "श्रीयुक्त" in Lexicons.load(as_type(extra))["honorifics"]["titles"].entries["श्री"]


def test_user_file_not_utf8_is_an_error(tmp_path):
    extra = tmp_path / "mine.toml"
    extra.write_bytes(b'[meta]\nname = "honorifics"\n\xff')
    with pytest.raises(LexiconError, match="invalid UTF-8 at byte 27"):
        Lexicons.load([extra])
