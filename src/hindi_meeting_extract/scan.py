r"""Whole-word lexicon scans started from ``str.find`` instead of every position.

Many stage patterns open with a whole word of a lexicon form (``(?<![\p{L}\p{M}])(?:बैठक|…)``).
The ``regex`` engine tries such an alternation at every position of the text, tens of
nanoseconds per character; ``str.find`` finds one literal word many times faster. So
:class:`LiteralScan` finds the first words of the forms and tries the pattern only there: the
same matches as ``pattern.finditer`` and ``pattern.search`` (the tests compare them).
"""

from __future__ import annotations

import bisect
from collections.abc import Iterable, Iterator

import regex

from .lexicon import Section
from .normalize import fold

W = r"[\p{L}\p{M}]"  # a letter or mark: what a whole word has on neither side


def first_words(sections: Iterable[Section]) -> list[str]:
    """The folded first words of the forms of ``sections``: every match of an alternation of
    those forms starts with one of them."""
    return sorted({fold(f).split()[0] for sec in sections for f in sec.forms if fold(f).split()})


class LiteralScan:
    """A pattern every match of which starts with one of ``literals`` at a word start (not
    after a letter or mark), scanned from their occurrences. :meth:`finditer` and
    :meth:`search` give the pattern's own matches."""

    def __init__(self, pattern: regex.Pattern[str], literals: Iterable[str]) -> None:
        self.pattern = pattern
        lits = sorted(set(literals), key=len)
        # a literal that extends a shorter one (निर्देशित, निर्देश) adds no position
        self.literals = [w for i, w in enumerate(lits) if not any(w.startswith(v) for v in lits[:i])]
        assert self.literals and all(self.literals), "every match needs a literal start"
        # a literal of one or two characters (ने) stands inside many words: the regex engine
        # finds its word-initial occurrences (every match starts a word) in one call
        self._initial = {w: regex.compile(rf"(?<!{W}){regex.escape(w)}") for w in self.literals if len(w) <= 2}

    def candidates(self, text: str, start: int = 0, end: int | None = None) -> list[int]:
        """Every position in ``[start, end)`` where a literal occurs (a short one: at a word
        start), in order."""
        end = len(text) if end is None else end
        out: list[int] = []
        find = text.find
        for w in self.literals:
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
        self, text: str, start: int = 0, end: int | None = None, candidates: list[int] | None = None
    ) -> Iterator[regex.Match[str]]:
        """The matches of ``pattern.finditer(text, start, end)`` (a match starts at a
        candidate; candidates inside the previous match are skipped as the scan would;
        matches are never empty). ``candidates``: those of a wider span, found once for
        several windows."""
        end = len(text) if end is None else end
        after = start
        match = self.pattern.match
        if candidates is None:
            found = self.candidates(text, start, end)
        else:
            found = candidates[bisect.bisect_left(candidates, start) : bisect.bisect_left(candidates, end)]
        for p in found:
            if p >= after:
                m = match(text, p, end)
                if m is not None:
                    after = m.end()
                    yield m

    def search(self, text: str, pos: int = 0, endpos: int | None = None) -> regex.Match[str] | None:
        """``pattern.search(text, pos, endpos)``, started at the first occurrence of a literal."""
        end = len(text) if endpos is None else endpos
        lo = -1
        for w in self.literals:
            p = text.find(w, pos, lo + len(w) - 1 if lo >= 0 else end)
            if p >= 0:
                lo = p
        return self.pattern.search(text, lo, end) if lo >= 0 else None
