"""Whole-text lexicon scans, tried only where a match can start.

Many stage patterns open with a whole word of a lexicon form (``(?<![\\p{L}\\p{M}])(?:बैठक|…)``).
``regex`` tries such an alternation at every position of the text (tens of nanoseconds per
character), but finds one literal word about fifty times faster. So :class:`WordStarts` finds
the first words of the forms, as whole words, and tries the pattern only there: the same
matches as ``pattern.finditer`` / ``pattern.search``, in a fraction of the time. Where each
word stands is found once per document and shared by every stage (:meth:`Document.word_starts`).
"""

from __future__ import annotations

import bisect
from collections.abc import Iterable, Iterator, Mapping

import regex

from .document import Document
from .lexicon import Section, trie_alternation
from .normalize import fold

W = r"[\p{L}\p{M}]"  # a letter or mark: what a whole word has on neither side
_LETTER = regex.compile(W)


def first_words(*sections: Section) -> set[str]:
    """The first words of the folded forms of ``sections``."""
    return {fold(f).split()[0] for s in sections for f in s.forms}


class WordStarts:
    """Scans of patterns each of whose matches opens with one of its given words, whole.

    ``words_of`` maps each pattern to those words (e.g. :func:`first_words` of the sections its
    alternation is built from). Giving a pattern a word set that does not open every one of its
    matches loses matches: the tests compare each stage's scans with ``finditer``.
    """

    def __init__(self, words_of: Mapping[regex.Pattern[str], Iterable[str]]) -> None:
        words_of = {p: set(ws) for p, ws in words_of.items()}
        words = {w for ws in words_of.values() for w in ws}
        # words sharing a prefix that is one of them (उपस्थित, उपस्थिति) share one finder: a
        # pattern with a literal prefix is searched fast
        group = {w: min((v for v in words if w.startswith(v)), key=len) for w in words}
        finders = {
            g: regex.compile(rf"(?<!{W})(?:{trie_alternation(w for w in words if group[w] == g)})(?!{W})")
            for g in set(group.values())
        }
        self._finders = {p: tuple(finders[g] for g in sorted({group[w] for w in ws})) for p, ws in words_of.items()}
        self._longest = max(map(len, words), default=0)

    def starts(self, doc: Document, pattern: regex.Pattern[str]) -> list[int]:
        """Folded offsets where a match of ``pattern`` may start, ascending."""
        finders = self._finders[pattern]
        if len(finders) == 1:
            return doc.word_starts(finders[0])
        return doc.word_starts_of(pattern.pattern, finders)

    def finditer(
        self, doc: Document, pattern: regex.Pattern[str], start: int = 0, end: int | None = None
    ) -> Iterator[regex.Match[str]]:
        """``pattern.finditer(doc.folded.text, start, end)``."""
        text = doc.folded.text
        end = len(text) if end is None else end
        # ``end`` inside a word: a word ending there is whole to ``regex`` (it sees no letter
        # after ``end``), not to the finders, so the last places are all tried
        tail = end - self._longest if end < len(text) and _LETTER.match(text, end) else end
        starts = self.starts(doc, pattern)
        after = start  # non-overlapping, as finditer: the next match starts after the last one
        for i in range(bisect.bisect_left(starts, start), len(starts)):
            pos = starts[i]
            if pos >= tail:
                break
            if pos >= after and (m := pattern.match(text, pos, end)):
                yield m
                after = m.end()
        for pos in range(max(tail, after), end):
            if pos >= after and (m := pattern.match(text, pos, end)):
                yield m
                after = m.end()

    def search(
        self, doc: Document, pattern: regex.Pattern[str], start: int = 0, end: int | None = None
    ) -> regex.Match[str] | None:
        """``pattern.search(doc.folded.text, start, end)``."""
        return next(self.finditer(doc, pattern, start, end), None)
