"""Scans started from literal word occurrences give exactly what a full scan gives."""

import pytest
import regex

from hindi_meeting_extract.lexicon import Section
from hindi_meeting_extract.normalize import fold
from hindi_meeting_extract.scan import W, LiteralScan, WordSet, first_words

FORMS = Section("venues", {"सभा कक्ष": ("सभा कक्ष", "सभाकक्ष"), "बैठक": ("बैठक", "बैठकें"), "डॉ.": ("डॉ.",), "ने": ("ने",)})
PATTERN = regex.compile(rf"(?<!{W})(?:सभा\s+कक्ष|सभाकक्ष|बैठकें|बैठक|डॉ\.|ने)(?!{W})(?:[ \t]+{W}+)?", regex.V1)
BITS = ["सभा", " ", "कक्ष", "सभाकक्ष", "बैठक", "बैठकें", "बैठकों", "में", "डॉ.", "राम", "।", "\n", "की", "ने", "उन्होंने"]


def test_first_words_are_folded_and_split():
    assert first_words([FORMS]) == sorted({"सभा", "सभाकक्ष", "बैठक", "बैठकें", "डॉ.", "ने"})


def test_literal_scan_equals_finditer_and_search_in_any_window():
    hypothesis = pytest.importorskip("hypothesis")
    from hypothesis import strategies as st

    scan = LiteralScan(PATTERN, first_words([FORMS]))
    words = WordSet(scan.words)

    @hypothesis.settings(max_examples=500, deadline=None)
    @hypothesis.given(st.lists(st.sampled_from(BITS), max_size=16), st.integers(0, 40), st.integers(0, 40))
    def check(bits, a, b):
        text = fold("".join(bits))
        start, end = sorted((min(a, len(text)), min(b, len(text))))
        expected = [m.span() for m in PATTERN.finditer(text, start, end)]
        present = words.among(text)  # the literals that occur whole: only those are looked for
        for given in (None, present):
            assert [m.span() for m in scan.finditer(text, start, end, present=given)] == expected
            hit = scan.search(text, start, end, given)
            assert (hit.span() if hit else None) == (expected[0] if expected else None)

    check()


def test_a_literal_that_extends_another_adds_no_search():
    assert LiteralScan(PATTERN, ["बैठक", "बैठकें", "सभा"]).literals == ["सभा", "बैठक"]


def test_word_set_reports_every_whole_word() -> None:
    """:class:`WordSet` reports each asked word that is a whole word of the text (a maximal run
    of letters and marks), whatever stands beside it; words it cannot tell, always."""
    hypothesis = pytest.importorskip("hypothesis")
    from hypothesis import strategies as st

    asked = ["के", "की", "बैठक", "बैठकों", "उपस्थित", "गैर-हाजिर", "zoom", "নম"]
    ws = WordSet(asked)
    bits = ["के", "की", "बैठक", "ों", "उपस्थित", "ि", "गैर", "-", "हाजिर", "zoom", "নম", "a", "1", " ", "\n", "।",
            ",", "\u200d", "\u200c", "ক", "é", "(", "़"]

    @hypothesis.settings(max_examples=500, deadline=None)
    @hypothesis.given(st.lists(st.sampled_from(bits), max_size=12))
    def check(parts: list[str]) -> None:
        text = "".join(parts)
        whole = set(regex.findall(r"[\p{L}\p{M}]+", text))
        got = ws.among(text)
        assert {w for w in asked if w in whole} <= got
        assert {"गैर-हाजिर", "নম"} <= got  # not ASCII or Devanagari letters alone: always reported

    check()


def test_shortest_drops_words_that_extend_another():
    from hindi_meeting_extract.scan import shortest

    assert shortest(["उपस्थिति", "उपस्थित", "बैठकें", "बैठक", "सभा", "बैठक"]) == ["सभा", "बैठक", "उपस्थित"]
