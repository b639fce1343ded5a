r"""Whole-word lexicon scans that do not try every position of the text.

Many stage patterns open with a whole word of a lexicon form (``(?<![\p{L}\p{M}])(?:बैठक|…)``).
The ``regex`` engine tries such an alternation at every position, tens of nanoseconds per
character; ``str.find`` finds one literal word many times faster, and one C-speed pass tells
which words of a text are whole words. So:

- :class:`WordSet` says which of many words occur as whole words (one pass per document,
  :attr:`Document.word_tokens`, shared by the stages);
- :class:`LiteralScan` tries a pattern only where the first words of its forms occur, with
  the same matches as ``pattern.finditer`` and ``pattern.search`` (the tests compare them);
- :class:`Occurrences` keeps each word's positions in one text for several scans.
"""

from __future__ import annotations

import bisect
import codecs
from collections.abc import Iterable, Iterator
from functools import lru_cache

import regex

from .lexicon import Section
from .normalize import fold

W = r"[\p{L}\p{M}]"  # a letter or mark: what a whole word has on neither side
_LETTER = regex.compile(W)


def first_words(sections: Iterable[Section]) -> list[str]:
    """The folded first words of the forms of ``sections``: every match of an alternation of
    those forms starts with one of them."""
    return sorted({fold(f).split()[0] for sec in sections for f in sec.forms if fold(f).split()})


def shortest(words: Iterable[str]) -> list[str]:
    """``words`` less those that extend another of them (निर्देशित after निर्देश: its positions
    are among the other's), shortest first."""
    out: list[str] = []
    for w in sorted(set(words), key=lambda w: (len(w), w)):
        if not any(w.startswith(v) for v in out):
            out.append(w)
    return out


SHORT = 2  # a literal this short (ने, की) stands inside many words: looked for at word starts


@lru_cache(maxsize=4096)
def at_word_start(word: str) -> regex.Pattern[str]:
    """``word`` where it starts a word (no letter or mark before it)."""
    return regex.compile(rf"(?<!{W}){regex.escape(word)}")


def positions(text: str, word: str) -> list[int]:
    """Where ``word`` occurs in ``text``; a :data:`SHORT` one only at word starts."""
    if len(word) <= SHORT:
        return [m.start() for m in at_word_start(word).finditer(text)]
    return list(occurrences(text, word))


class LiteralScan:
    """A pattern every match of which starts with one of ``literals`` at a word start (not
    after a letter or mark), scanned from their occurrences. :meth:`finditer` and
    :meth:`search` give the pattern's own matches."""

    def __init__(self, pattern: regex.Pattern[str], literals: Iterable[str]) -> None:
        self.pattern = pattern
        self.literals = shortest(literals)
        assert self.literals and all(self.literals), "every match needs a literal start"
        # each given literal -> the kept literal it starts with
        self._kept_of = {w: next(v for v in self.literals if w.startswith(v)) for w in set(literals)}
        self._initial = {w: at_word_start(w) for w in self.literals if len(w) <= SHORT}

    @property
    def words(self) -> set[str]:
        """Every literal given: a match starts with one of them as a whole word."""
        return set(self._kept_of)

    def _searched(self, present: set[str] | None, text: str, end: int) -> list[str]:
        """The literals to look for: all, or those some ``present`` word starts with (``present``:
        the given literals that occur as whole words in ``text``, e.g. from a :class:`WordSet`).
        A span ending inside a word (``regex`` sees a whole word there) is searched for all."""
        if present is None or (end < len(text) and _LETTER.match(text, end)):
            return self.literals
        kept = {self._kept_of[w] for w in present.intersection(self._kept_of)}
        return [v for v in self.literals if v in kept]

    def candidates(
        self, text: str, start: int = 0, end: int | None = None, present: set[str] | None = None
    ) -> list[int]:
        """Every position in ``[start, end)`` where a literal occurs (a short one: at a word
        start), in order."""
        end = len(text) if end is None else end
        out: list[int] = []
        find = text.find
        for w in self._searched(present, text, end):
            initial = self._initial.get(w)
            if initial is not None:
                out.extend([m.start() for m in initial.finditer(text, start, end)])
                continue
            p = find(w, start, end)
            while p >= 0:
                out.append(p)
                p = find(w, p + 1, end)
        out.sort()
        return out

    def finditer(
        self,
        text: str,
        start: int = 0,
        end: int | None = None,
        candidates: list[int] | None = None,
        present: set[str] | None = None,
    ) -> Iterator[regex.Match[str]]:
        """The matches of ``pattern.finditer(text, start, end)`` (a match starts at a
        candidate; candidates inside the previous match are skipped as the scan would;
        matches are never empty). ``candidates``: those of a wider span, found once for
        several windows; ``present``: see :meth:`_searched`."""
        end = len(text) if end is None else end
        after = start
        match = self.pattern.match
        if candidates is None:
            found = self.candidates(text, start, end, present)
        else:
            found = candidates[bisect.bisect_left(candidates, start) : bisect.bisect_left(candidates, end)]
        for p in found:
            if p >= after:
                m = match(text, p, end)
                if m is not None:
                    after = m.end()
                    yield m

    def search(
        self, text: str, pos: int = 0, endpos: int | None = None, present: set[str] | None = None
    ) -> regex.Match[str] | None:
        """``pattern.search(text, pos, endpos)``, started at the first occurrence of a literal."""
        end = len(text) if endpos is None else endpos
        lo = -1
        for w in self._searched(present, text, end):
            p = text.find(w, pos, lo + len(w) - 1 if lo >= 0 else end)
            if p >= 0:
                lo = p
        return self.pattern.search(text, lo, end) if lo >= 0 else None


class WordSet:
    """Which of some words occur in a text as whole words (maximal runs of letters and marks).

    One pass at C speed for all of them, where ``str.find`` reads the text once per word: the
    text is encoded one byte per character (ASCII and Devanagari), every byte that is no letter
    or mark becomes a space, and the bytes are split. Another character counts as a space, so a
    word beside it may be reported though it is not whole (never the other way round). A word
    that is not made of ASCII or Devanagari letters and marks alone (गैर-हाजिर) is always
    reported: it cannot be told this way.
    """

    _CHARS = "".join(map(chr, range(0x80))) + "".join(chr(c) for c in range(0x900, 0x980))
    _ENCODING = codecs.charmap_build(_CHARS)
    _LETTERS = bytes(b if regex.match(rf"{W}", ch) else 0x20 for b, ch in enumerate(_CHARS))

    def __init__(self, words: Iterable[str]) -> None:
        self._keys: dict[bytes, str] = {}
        self._always: set[str] = set()
        for w in words:
            if w and regex.fullmatch(rf"{W}+", w) and all(ch in self._CHARS for ch in w):
                self._keys[self._bytes(w)] = w
            else:
                self._always.add(w)
        self._keyset = set(self._keys)

    @classmethod
    def _bytes(cls, text: str) -> bytes:
        return codecs.charmap_encode(text, "replace", cls._ENCODING)[0]

    @classmethod
    def tokens(cls, text: str) -> list[bytes]:
        """The whole words of ``text`` as :meth:`among` reads them (for several word sets; a
        list: building a set of them costs more than the look-ups it saves, measured)."""
        return cls._bytes(text).translate(cls._LETTERS).split()

    def among(self, text: str, tokens: list[bytes] | None = None) -> set[str]:
        """The words that occur in ``text`` (its :meth:`tokens`) as whole words, and those that
        cannot be told."""
        found = self._keyset.intersection(self.tokens(text) if tokens is None else tokens)
        return {self._keys[k] for k in found} | self._always if found else set(self._always)


def occurrences(text: str, word: str) -> Iterator[int]:
    """Every position of ``word`` in ``text``, in order, found when asked for."""
    find = text.find
    p = find(word)
    while p >= 0:
        yield p
        p = find(word, p + 1)


class Occurrences:
    """Where the first words of a stage's scans occur in one text.

    Every match of those scans starts with a first word, whole, at a word start; so a word that
    does not occur as a whole word (:class:`WordSet`) needs no search, and the others are looked
    up once (``str.find``; a short one, which stands inside many words, at word starts only)
    and shared by every scan that opens with them (several open with an attendance verb, a
    genitive or a meeting noun). The positions include every match start (see :mod:`.scan`).
    """

    def __init__(self, text: str, present: set[str]) -> None:
        self.text = text
        self.present = present
        self._found: dict[str, list[int]] = {}

    def _present(self, words: frozenset[str]) -> list[str]:
        """The ``words`` that occur, less those that extend another (उपस्थिति after उपस्थित)."""
        found = self.present.intersection(words)
        return list(found) if len(found) <= 1 else shortest(found)

    def of(self, word: str) -> list[int]:
        """The positions of ``word`` (those at word starts at least), in order."""
        found = self._found.get(word)
        if found is None:
            found = self._found[word] = positions(self.text, word)
        return found

    def candidates(self, words: frozenset[str]) -> list[int]:
        """Where one of ``words`` occurs, in order: the candidates of a :class:`LiteralScan`."""
        present = self._present(words)
        if len(present) <= 1:
            return self.of(present[0]) if present else []
        out: list[int] = []
        for w in present:
            out.extend(self.of(w))
        out.sort()
        return out

    def any_match(self, pattern: regex.Pattern[str], words: frozenset[str]) -> bool:
        """Whether ``pattern`` (every match of which starts with one of ``words``) matches
        anywhere: tried at the known positions first, then word by word, up to the first match."""
        text = self.text
        match = pattern.match
        for w in sorted(self._present(words), key=lambda w: w not in self._found):
            found = self._found.get(w)
            if found is None:  # looked through only as far as the first match
                found = (m.start() for m in at_word_start(w).finditer(text)) if len(w) <= SHORT else occurrences(text, w)
            if any(match(text, p) for p in found):
                return True
        return False
