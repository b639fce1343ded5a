"""Scans started from literal word occurrences give exactly what a full scan gives."""

import pytest
import regex

from hindi_meeting_extract.lexicon import Section
from hindi_meeting_extract.normalize import fold
from hindi_meeting_extract.scan import W, LiteralScan, first_words

FORMS = Section("venues", {"सभा कक्ष": ("सभा कक्ष", "सभाकक्ष"), "बैठक": ("बैठक", "बैठकें"), "डॉ.": ("डॉ.",), "ने": ("ने",)})
PATTERN = regex.compile(rf"(?<!{W})(?:सभा\s+कक्ष|सभाकक्ष|बैठकें|बैठक|डॉ\.|ने)(?!{W})(?:[ \t]+{W}+)?", regex.V1)
BITS = ["सभा", " ", "कक्ष", "सभाकक्ष", "बैठक", "बैठकें", "बैठकों", "में", "डॉ.", "राम", "।", "\n", "की", "ने", "उन्होंने"]


def test_first_words_are_folded_and_split():
    assert first_words([FORMS]) == sorted({"सभा", "सभाकक्ष", "बैठक", "बैठकें", "डॉ.", "ने"})


def test_literal_scan_equals_finditer_and_search_in_any_window():
    hypothesis = pytest.importorskip("hypothesis")
    from hypothesis import strategies as st

    scan = LiteralScan(PATTERN, first_words([FORMS]))

    @hypothesis.settings(max_examples=500, deadline=None)
    @hypothesis.given(st.lists(st.sampled_from(BITS), max_size=16), st.integers(0, 40), st.integers(0, 40))
    def check(bits, a, b):
        text = fold("".join(bits))
        start, end = sorted((min(a, len(text)), min(b, len(text))))
        expected = [m.span() for m in PATTERN.finditer(text, start, end)]
        assert [m.span() for m in scan.finditer(text, start, end)] == expected
        hit = scan.search(text, start, end)
        assert (hit.span() if hit else None) == (expected[0] if expected else None)

    check()


def test_a_literal_that_extends_another_adds_no_search():
    assert LiteralScan(PATTERN, ["बैठक", "बैठकें", "सभा"]).literals == ["सभा", "बैठक"]
