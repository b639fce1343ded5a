"""Scans tried only where a lexicon word starts give exactly what a full scan gives."""

import pytest
import regex

from hindi_meeting_extract.backends import get_backend
from hindi_meeting_extract.lexicon import Lexicons, Section
from hindi_meeting_extract.scan import W, WordStarts, first_words

FORMS = Section("venues", {"सभा कक्ष": ("सभा कक्ष", "सभाकक्ष"), "बैठक": ("बैठक", "बैठकें"), "डॉ.": ("डॉ.",)})
PATTERN = regex.compile(rf"(?<!{W})(?:सभा कक्ष|सभाकक्ष|बैठकें|बैठक|डॉ\.)(?!{W})(?:[ \t]+{W}+)?", regex.V1)
BITS = ["सभा", " ", "कक्ष", "सभाकक्ष", "बैठक", "बैठकें", "बैठकों", "में", "डॉ.", "राम", "।", "\n", "की"]


@pytest.fixture(scope="module")
def backend():
    return get_backend("rules", Lexicons.load())


def test_first_words_are_folded_and_split():
    assert first_words(FORMS) == {"सभा", "सभाकक्ष", "बैठक", "बैठकें", "डॉ."}


def test_word_starts_equal_finditer_and_search_in_any_window(backend):
    hypothesis = pytest.importorskip("hypothesis")
    from hypothesis import strategies as st

    starts = WordStarts({PATTERN: first_words(FORMS)})

    @hypothesis.settings(max_examples=500, deadline=None)
    @hypothesis.given(st.lists(st.sampled_from(BITS), max_size=16), st.integers(0, 40), st.integers(0, 40))
    def check(bits, a, b):
        doc = backend.annotate("".join(bits))
        text = doc.folded.text
        start, end = sorted((min(a, len(text)), min(b, len(text))))
        expected = [m.span() for m in PATTERN.finditer(text, start, end)]
        assert [m.span() for m in starts.finditer(doc, PATTERN, start, end)] == expected
        hit = starts.search(doc, PATTERN, start, end)
        assert (hit.span() if hit else None) == (expected[0] if expected else None)

    check()


def test_word_positions_are_found_once_per_document(backend):
    doc = backend.annotate("बैठक में बैठक")
    starts = WordStarts({PATTERN: first_words(FORMS)})
    list(starts.finditer(doc, PATTERN))
    cached = dict(doc._word_starts)
    list(starts.finditer(doc, PATTERN, 2))
    assert doc._word_starts == cached and any(v == [0, 9] for v in cached.values())
