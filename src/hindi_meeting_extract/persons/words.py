"""The folded text as words and separators, and the two things read from it: name
candidates and designation phrases (both in word indices and folded offsets)."""

from __future__ import annotations

import codecs
import operator
from dataclasses import dataclass, field
from itertools import accumulate

import regex

# separators: anything but Devanagari letters and signs, Latin letters (digits, danda, ॰ separate)
SPLIT_RE = regex.compile(r"([^\u0900-\u0963\u0971-\u097fA-Za-z\u00c0-\u024f]+)")
LETTER_RE = regex.compile(r"[\p{L}\p{M}]")
DOTS = frozenset(".०0॰")
STRONG_MARKS = frozenset(",।|)\"'“”‘’:;-–—/!?")
SENTENCE_END_MARKS = frozenset("।|\n?!")  # a separator with none of these stays in the sentence
MAX_WORDS = 4  # words of a name read after a designation; one more after an honorific


def split_plain(ft: str) -> tuple[list[str], list[str], list[int]]:
    """``ft`` as its words, the separator after each (``""`` after the last) and each word's
    offset: maximal runs of letters and separators (:data:`SPLIT_RE`); the text begins and
    ends with a word, empty where it begins or ends with a separator."""
    parts = SPLIT_RE.split(ft)
    sep = parts[1::2]
    sep.append("")
    return parts[0::2], sep, list(accumulate(map(len, parts), initial=0))[0::2]


# The same split at C speed (:func:`split_words`). The `regex` split tries its pattern at every
# character (about 60 ns each); instead the text is encoded one byte per character (ASCII, the
# Devanagari block and the common typographic marks, like scan.WordSet), its bytes translated
# twice and decoded back: once with every separator a space (split at whitespace: the words),
# once with every letter a NUL (split at NUL: the separators, between empty pieces).
_CHARS = "".join(
    chr(c) if c not in range(0x01, 0x09) else "‘’“”–—…\xa0"[c - 1] for c in range(0x80)
) + "".join(chr(c) for c in range(0x900, 0x980))
_ENCODING = codecs.charmap_build(_CHARS)
_IS_LETTER = [SPLIT_RE.fullmatch(ch) is None for ch in _CHARS]
_LETTERS_ONLY = bytes(b if letter else 0x20 for b, letter in enumerate(_IS_LETTER))
_SEPARATORS_ONLY = bytes(0 if letter else b for b, letter in enumerate(_IS_LETTER))
_LETTER_MARK = _CHARS[0]


def split_words(ft: str) -> tuple[list[str], list[str], list[int]]:
    """:func:`split_plain`, at C speed for a text of those characters (others, rare in news,
    and a text holding the letter mark take the plain split)."""
    if not ft or _LETTER_MARK in ft:
        return split_plain(ft)
    try:
        b = codecs.charmap_encode(ft, "strict", _ENCODING)[0]
    except UnicodeEncodeError:
        return split_plain(ft)
    w = codecs.charmap_decode(b.translate(_LETTERS_ONLY), "strict", _CHARS)[0].split()
    sep = list(filter(None, codecs.charmap_decode(b.translate(_SEPARATORS_ONLY), "strict", _CHARS)[0].split(_LETTER_MARK)))
    if not _IS_LETTER[b[0]]:
        w.insert(0, "")
    if not _IS_LETTER[b[-1]]:
        w.append("")
    start = list(accumulate(map(operator.add, map(len, w), map(len, sep)), initial=0))
    sep.append("")
    return w, sep, start


@dataclass(slots=True)
class DesignationPhrase:
    """A designation phrase: word indices ``[i, j)`` of its core, folded span of all of it."""

    i: int
    j: int
    start: int
    end: int
    core: tuple[int, int]
    canonical: str | None = None  # base form of a plural office (सदस्यों -> सदस्य)
    plural: bool = False
    after: int = -1  # index of the first word after the phrase (and its qualifier)
    head: int = -1  # index of the office word the phrase was grown from
    unknown: bool = False  # grown over words the lexicon does not know (जिला क्षय रोग अधिकारी)
    level: tuple[int, int] | None = None  # folded span of a level word before a portfolio with के
    weak: bool = False  # an unlisted letter acronym (डीपीसी): the name after it must look like one
    territorial: bool = False  # an office written before its territory (एसडीएम खैरागढ़ X)
    bracket: tuple[int, int] | None = None  # folded span of a second title in brackets (सचिव (शिक्षक) X)


@dataclass(slots=True)
class NameCandidate:
    """A name read from the text, with what anchored it (``rule``) and what came with it."""

    i: int  # word indices [i, j) of the name
    j: int
    start: int  # folded span of the name
    end: int
    words: list[str]
    rule: str = ""
    honorific: str | None = None
    hon_span: tuple[int, int] | None = None
    designations: list[DesignationPhrase] = field(default_factory=list)
    aliases: list[NameCandidate] = field(default_factory=list)
    probability: float | None = None  # the name model's mean marginal, for rule "model"
    titles: int = 0  # honorifics stacked before the name (रोटे. श्री X: 2)


class WordView:
    """The folded text split into words and separators, with offsets.

    ``w[k]`` is word k, ``sep[k]`` the separator after it, ``start[k]`` its folded offset;
    ``acronyms`` holds this document's unlisted acronym-shaped words (set by
    :meth:`AnchorFinder.word_kinds <.anchors.AnchorFinder.word_kinds>`)."""

    __slots__ = ("ft", "w", "sep", "start", "n", "acronyms", "_counts", "_pairs")

    def __init__(self, ft: str) -> None:
        self.ft = ft
        self.w: list[str]
        self.sep: list[str]  # sep[k] follows word k
        self.start: list[int]
        self.w, self.sep, self.start = split_words(ft)
        self.n = len(self.w)
        self.acronyms: frozenset[str] = frozenset()
        self._counts: dict[str, int] | None = None
        self._pairs: dict[tuple[str, str], int] | None = None

    def count(self, word: str) -> int:
        """How often ``word`` occurs (counted once per document)."""
        if self._counts is None:
            self._counts = {}
            for w in self.w:
                self._counts[w] = self._counts.get(w, 0) + 1
        return self._counts.get(word, 0)

    def pair_count(self, a: str, b: str) -> int:
        """How often word ``a`` is followed by word ``b`` (counted once per document)."""
        if self._pairs is None:
            self._pairs = {}
            for pair in zip(self.w, self.w[1:]):
                self._pairs[pair] = self._pairs.get(pair, 0) + 1
        return self._pairs.get((a, b), 0)

    def end(self, k: int) -> int:
        return self.start[k] + len(self.w[k])

    def closed_by(self, k: int, marks: str, words: frozenset[str] | set[str]) -> bool:
        """Word k ends a phrase: the text ends after it, a mark of ``marks`` starts what
        follows it, or (with only blanks between) the next word is one of ``words``."""
        if k + 1 >= self.n:
            return True
        mark = self.sep[k].strip(" \t")
        if mark:
            return mark[0] in marks
        return self.w[k + 1] in words

    def spaced(self, k: int) -> bool:
        """Only horizontal space between word k and word k+1."""
        s = self.sep[k]
        return s == " " or (bool(s) and not s.strip(" \t"))
