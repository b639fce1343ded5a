"""The folded text as words and separators (persons/words.py)."""

from __future__ import annotations

import random

import pytest

from hindi_meeting_extract.persons.words import WordView, split_plain, split_words


@pytest.mark.parametrize(
    "text",
    [
        "",
        " ",
        "  ",
        "क",
        " राम ",
        "राम  श्याम",
        "बैठक में श्री राम ने कहा। उपस्थित रहे : मोहन, सोहन व अन्य।\n\nरिपोर्ट - संवाददाता",
        "“राम” ने कहा… – ठीक है",  # typographic marks the fast split encodes
        "café और naïve",  # Latin letters beyond ASCII: the plain split
        "a\x00b",  # the letter mark itself: the plain split
        "x\x01y",
        "दिनांक १२.०५.२०२४ को ॰ ।। ॐ ॲ",
        "\tक\xa0ख\r\n",
    ],
)
def test_fast_split_equals_the_regex_split(text):
    assert split_words(text) == split_plain(text)


def test_fast_split_equals_the_regex_split_on_random_texts():
    """Random texts over letters, marks, digits, spaces and characters outside the fast split's
    table: the same words, separators and offsets as the regex split."""
    table = list("कखगघ ाि ीुूेैोौंःँ़्ऀॠॡ।॥०९॰ॱॲॿ") + list("aZ09 ,.-()\n\t'\"") + ["\xa0", "“", "”", "…"]
    others = ["é", "ɏ", "ʼ", "\x00", "\u200b", "€"]  # the plain split's
    rng = random.Random(12)
    for n in range(4000):
        alphabet = table if n % 2 else table + others
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 25)))
        assert split_words(text) == split_plain(text), repr(text)


def test_word_view_offsets():
    text = "श्री राम, (सचिव) ने कहा।"
    view = WordView(text)
    assert view.n == len(view.w) == len(view.sep) == len(view.start)
    for k in range(view.n):
        assert text[view.start[k] : view.end(k)] == view.w[k]
        assert text[view.end(k) : view.end(k) + len(view.sep[k])] == view.sep[k]
    assert "".join(w + s for w, s in zip(view.w, view.sep)) == text
