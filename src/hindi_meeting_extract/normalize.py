"""Spelling folding for matching: a folded *view* of the text whose hits map back to raw offsets.

The raw text is never rewritten. :class:`FoldedText` holds a folded copy (NFC-insensitive,
nukta, ZWJ/ZWNJ, chandrabindu and nasal-conjunct folding, lower-cased Latin) together with
the raw offset of every folded character, so a regex match on the folded view is reported
against the original input.
"""

from __future__ import annotations

import unicodedata
from functools import lru_cache

import regex

VIRAMA = "\u094d"
ANUSVARA = "\u0902"
_NASALS = "ङञणनम"
# nasal + virama + consonant of the same varga -> anusvara (indic-nlp's 'to_anusvaara_strict')
_VARGA = {"ङ": "कखगघ", "ञ": "चछजझ", "ण": "टठडढ", "न": "तथदध", "म": "पफबभ"}
# Characters that are deleted in the folded view.
_DROP = {"\u093c", "\u200c", "\u200d", "\ufeff", "\u00ad", "\u2060"}
# One raw character -> one folded character.
_MAP = {
    "\u0901": ANUSVARA,  # chandrabindu
    "\u0929": "न", "\u0931": "र", "\u0934": "ळ",
    "\u0958": "क", "\u0959": "ख", "\u095a": "ग", "\u095b": "ज",
    "\u095c": "ड", "\u095d": "ढ", "\u095e": "फ", "\u095f": "य",
    "\u00a0": " ", "\u200b": " ", "\u2009": " ", "\u202f": " ",
    "\u0964": "।", "\u0965": "॥",
}
_NEEDS_FOLD = regex.compile(
    "[\u093c\u200c\u200d\ufeff\u00ad\u2060\u0901\u0929\u0931\u0934\u0958-\u095f\u00a0\u200b\u2009\u202fA-Z]"
    "|[ङञणनम]\u094d(?=[क-ह])"
)


def _fold_char(ch: str) -> str:
    if ch in _DROP:
        return ""
    if ch in _MAP:
        return _MAP[ch]
    if "A" <= ch <= "Z":
        return ch.lower()
    return ch


class FoldedText:
    """A folded copy of ``raw`` with a map from folded offsets back to raw offsets."""

    __slots__ = ("raw", "text", "_starts", "_ends")

    def __init__(self, raw: str) -> None:
        self.raw = raw
        if not _NEEDS_FOLD.search(raw):
            self.text = raw
            self._starts: list[int] | None = None
            self._ends: list[int] | None = None
            return
        # Copy the unchanged runs between edits in bulk; only the edits are handled one by one.
        out: list[str] = []
        starts: list[int] = []
        ends: list[int] = []
        pos = 0
        for m in _NEEDS_FOLD.finditer(raw):
            i = m.start()
            if i > pos:
                out.append(raw[pos:i])
                starts.extend(range(pos, i))
                ends.extend(range(pos + 1, i + 1))
            ch = raw[i]
            if len(m.group()) == 2:  # nasal + virama before a consonant
                if raw[i + 2] in _VARGA[ch]:
                    out.append(ANUSVARA)
                    starts.append(i)
                    ends.append(i + 2)
                else:  # another varga: kept as written
                    out.append(raw[i : i + 2])
                    starts.extend((i, i + 1))
                    ends.extend((i + 1, i + 2))
                pos = i + 2
                continue
            f = _fold_char(ch)
            if f:
                out.append(f)
                starts.append(i)
                ends.append(i + 1)
            elif ends:  # a dropped mark belongs to the character before it
                ends[-1] = i + 1
            pos = i + 1
        if pos < len(raw):
            out.append(raw[pos:])
            starts.extend(range(pos, len(raw)))
            ends.extend(range(pos + 1, len(raw) + 1))
        self.text = "".join(out)
        self._starts = starts
        self._ends = ends

    def to_raw(self, start: int, end: int) -> tuple[int, int]:
        """Map a half-open span of the folded view to a half-open span of the raw text."""
        if self._starts is None:
            return start, end
        if start >= end:
            pos = self._starts[start] if start < len(self._starts) else len(self.raw)
            return pos, pos
        return self._starts[start], self._ends[end - 1]  # type: ignore[index]

    def to_folded(self, raw_pos: int) -> int:
        """The folded offset of the first folded character at or after ``raw_pos``."""
        if self._starts is None:
            return raw_pos
        import bisect

        return bisect.bisect_left(self._starts, raw_pos)


def fold(text: str) -> str:
    """Fold a string the way :class:`FoldedText` folds a document (no offsets)."""
    text = unicodedata.normalize("NFC", text)
    return FoldedText(text).text


@lru_cache(maxsize=65536)
def name_key(name: str) -> str:
    """A spelling-insensitive key for a personal name (नन्दा = नंदा, सन्तोष = संतोष).

    Built with indic-nlp-library's normaliser in ``to_anusvaara_strict`` mode, then the
    folding above; only for comparing names, never for reporting.
    """
    normalized = _indic_normalizer().normalize(unicodedata.normalize("NFC", name))
    folded = fold(normalized)
    return " ".join(regex.sub(r"[^\p{L}\p{M}\p{N}]+", " ", folded).split())


@lru_cache(maxsize=1)
def _indic_normalizer():  # type: ignore[no-untyped-def]
    from indicnlp.normalize.indic_normalize import IndicNormalizerFactory

    return IndicNormalizerFactory().get_normalizer(
        "hi", nasals_mode="to_anusvaara_strict", remove_nuktas=True, do_normalize_chandras=True
    )
