"""Spelling folding for matching: a folded *view* of the text whose hits map back to raw offsets.

The raw text is never rewritten. :class:`FoldedText` holds a folded copy (NFC-insensitive,
nukta, ZWJ/ZWNJ, chandrabindu and nasal-conjunct folding, lower-cased Latin) together with
the raw offset of every folded character, so a regex match on the folded view is reported
against the original input.
"""

from __future__ import annotations

import bisect
import unicodedata
from bisect import bisect_left as _bisect_left
from functools import lru_cache

import regex

VIRAMA = "\u094d"
ANUSVARA = "\u0902"
_NASALS = "ङञणनम"
# nasal + virama + consonant of the same varga -> anusvara (indic-nlp's 'to_anusvaara_strict')
_VARGA = {"ङ": "कखगघ", "ञ": "चछजझ", "ण": "टठडढ", "न": "तथदध", "म": "पफबभ"}
# Characters that are deleted in the folded view.
_DROP = "\u093c\u200c\u200d\ufeff\u00ad\u2060"
# One raw character -> one folded character (besides A-Z -> a-z).
_MAP = {
    "\u0901": ANUSVARA,  # chandrabindu
    "\u0929": "न", "\u0931": "र", "\u0934": "ळ",
    "\u0958": "क", "\u0959": "ख", "\u095a": "ग", "\u095b": "ज",
    "\u095c": "ड", "\u095d": "ढ", "\u095e": "फ", "\u095f": "य",
    "\u00a0": " ", "\u200b": " ", "\u2009": " ", "\u202f": " ",
}
# The virama of a nasal conjunct (started at the virama, a literal: a fast scan); the varga
# of the consonant after it is checked in Python.
_CONJUNCT_VIRAMA = regex.compile(f"(?<=[{_NASALS}]){VIRAMA}(?=[{''.join(_VARGA.values())}])")
_UPPER = regex.compile("[A-Z]+")


class FoldedText:
    """A folded copy of ``raw`` with a map from folded offsets back to raw offsets."""

    # The offset map is piecewise: inside a piece folded and raw offsets advance together;
    # a piece ends after a character whose raw span is wider than one (a nasal conjunct folded
    # to anusvara, or a character followed by dropped marks). One-for-one replacements
    # (nukta letters, Latin capitals, spaces) leave it alone. The folded text is made with
    # str.replace (per character present, found with `in`), the map with one step per
    # merge (a dropped mark or a nasal conjunct), not per character.
    __slots__ = ("raw", "text", "_fstart", "_rstart", "_lastend")

    def __init__(self, raw: str) -> None:
        self.raw = raw
        self._fstart: list[int] | None = None  # folded offset where each piece starts
        self._rstart: list[int] = []  # raw offset of the same character
        self._lastend: list[int] = []  # raw end of each piece's last character
        drops = [ch for ch in _DROP if ch in raw]
        maps = [ch for ch in _MAP if ch in raw]
        nasals = [
            i - 1 for m in _CONJUNCT_VIRAMA.finditer(raw) if raw[(i := m.start()) + 1] in _VARGA[raw[i - 1]]
        ]  # raw offsets of the nasals of nasal conjuncts
        upper = _UPPER.search(raw) is not None
        if not (drops or maps or nasals or upper):
            self.text = raw
            return
        # merges in raw order, as 2 * offset + width - 1 (1 for a dropped mark, 2 for a conjunct)
        merges = [2 * i + 1 for i in nasals]
        text = raw
        if nasals:
            parts: list[str] = []
            pos = 0
            for i in nasals:
                parts += (raw[pos:i], ANUSVARA)
                pos = i + 2
            parts.append(raw[pos:])
            text = "".join(parts)
        for ch in drops:
            find = raw.find
            i = find(ch)
            while i >= 0:
                merges.append(2 * i)
                i = find(ch, i + 1)
            text = text.replace(ch, "")
        for ch in maps:
            text = text.replace(ch, _MAP[ch])
        if upper:
            for ch in set("".join(_UPPER.findall(raw))):
                text = text.replace(ch, ch.lower())
        merges.sort()
        fstart: list[int] = []
        rstart: list[int] = []
        lastend: list[int] = []
        f = 0  # folded length so far
        pos = 0  # raw offset consumed so far
        open_ = False  # whether the last piece continues one-for-one
        for e in merges:
            i = e >> 1
            if i > pos:  # a one-for-one run
                if not open_:
                    fstart.append(f), rstart.append(pos), lastend.append(0)
                    open_ = True
                f += i - pos
            if e & 1:  # nasal + virama before a consonant of its varga -> anusvara
                if not open_:
                    fstart.append(f), rstart.append(i), lastend.append(0)
                f += 1
                lastend[-1] = i + 2
                open_ = False
                pos = i + 2
            else:
                if f:  # a dropped mark belongs to the character before it
                    lastend[-1] = i + 1
                    open_ = False
                pos = i + 1
        if pos < len(raw):
            if not open_:
                fstart.append(f), rstart.append(pos), lastend.append(0)
                open_ = True
            f += len(raw) - pos
        if open_:
            lastend[-1] = rstart[-1] + f - fstart[-1]
        assert f == len(text)
        self.text = text
        self._fstart, self._rstart, self._lastend = fstart, rstart, lastend

    def _raw_start(self, k: int) -> int:
        j = bisect.bisect_right(self._fstart, k) - 1  # type: ignore[arg-type]
        return self._rstart[j] + k - self._fstart[j]  # type: ignore[index]

    def _raw_end(self, k: int) -> int:
        fs = self._fstart
        j = bisect.bisect_right(fs, k) - 1  # type: ignore[arg-type]
        last = (fs[j + 1] if j + 1 < len(fs) else len(self.text)) - 1  # type: ignore[index, arg-type]
        return self._lastend[j] if k == last else self._rstart[j] + k - fs[j] + 1  # type: ignore[index]

    def to_raw(self, start: int, end: int) -> tuple[int, int]:
        """Map a half-open span of the folded view to a half-open span of the raw text."""
        if self._fstart is None:
            return start, end
        if start >= end:
            pos = self._raw_start(start) if start < len(self.text) else len(self.raw)
            return pos, pos
        fs = self._fstart
        j = bisect.bisect_right(fs, start) - 1
        last = (fs[j + 1] if j + 1 < len(fs) else len(self.text)) - 1  # the piece's last character
        k = end - 1
        if k < last:  # both ends in one piece, before its last character: one search, not two
            return self._rstart[j] + start - fs[j], self._rstart[j] + k - fs[j] + 1
        return self._rstart[j] + start - fs[j], self._raw_end(k)

    def to_folded(self, raw_pos: int) -> int:
        """The folded offset of the first folded character at or after ``raw_pos``."""
        fs = self._fstart
        if fs is None:
            return raw_pos
        j = _bisect_left(self._rstart, raw_pos) - 1
        if j < 0:
            return 0
        k = fs[j] + raw_pos - self._rstart[j]
        limit = fs[j + 1] if j + 1 < len(fs) else len(self.text)
        return k if k < limit else limit

    def to_folded_sorted(self, raw_positions: list[int]) -> list[int]:
        """:meth:`to_folded` of each of ``raw_positions`` (non-decreasing): one walk over the
        offset map instead of a search per position (sentence bounds, for one)."""
        fs = self._fstart
        if fs is None:
            return list(raw_positions)
        rs = self._rstart
        n = len(fs)
        size = len(self.text)
        out: list[int] = []
        j = -1  # the last piece whose raw start is before the position (to_folded's bisect_left - 1)
        for pos in raw_positions:
            while j + 1 < n and rs[j + 1] < pos:
                j += 1
            if j < 0:
                out.append(0)
                continue
            k = fs[j] + pos - rs[j]
            limit = fs[j + 1] if j + 1 < n else size
            out.append(k if k < limit else limit)
        return out


def fold(text: str) -> str:
    """Fold a string the way :class:`FoldedText` folds a document (no offsets)."""
    if len(text) <= 64:  # words and phrases, folded again and again: cached
        return _fold_short(text)
    return FoldedText(unicodedata.normalize("NFC", text)).text


# A character FoldedText changes, or a nasal + virama (the start of a nasal conjunct): a string
# without one folds to itself (a fast path for the thousands of lexicon words folded at start-up).
_MAY_FOLD = regex.compile(f"[{_DROP}{''.join(_MAP)}A-Z]|[{_NASALS}]{VIRAMA}")


@lru_cache(maxsize=16384)
def _fold_short(text: str) -> str:
    text = unicodedata.normalize("NFC", text)
    if _MAY_FOLD.search(text) is None:
        return text
    return FoldedText(text).text


# Names spelt with only these characters (no nukta, chandra, zero-width or punctuation
# character, no nasal + virama) are left as they are by NFC and by indic-nlp's normaliser.
_NORMALIZER_SAFE = regex.compile(
    "[ \u0902\u0903\u0905-\u090c\u090f\u0910\u0913-\u0928\u092a-\u0930\u0932\u0933\u0935-\u0939"
    "\u093e-\u0944\u0947\u0948\u094b-\u094d]*"
)
_NASAL_VIRAMA = regex.compile("[\u0919\u091e\u0923\u0928\u092e]\u094d")


_NOT_NAME_CHARS = regex.compile(r"[^\p{L}\p{M}\p{N}]+")


@lru_cache(maxsize=65536)
def name_key(name: str) -> str:
    """A spelling-insensitive key for a personal name (नन्दा = नंदा, सन्तोष = संतोष).

    Built with indic-nlp-library's normaliser in ``to_anusvaara_strict`` mode, then the
    folding above; only for comparing names, never for reporting.
    """
    if _NORMALIZER_SAFE.fullmatch(name) and not _NASAL_VIRAMA.search(name):
        normalized = name  # unchanged by NFC and by the normaliser: skip both (slow)
    else:
        normalized = _indic_normalizer().normalize(unicodedata.normalize("NFC", name))
    folded = fold(normalized)
    return " ".join(_NOT_NAME_CHARS.sub(" ", folded).split())


@lru_cache(maxsize=1)
def _indic_normalizer():  # type: ignore[no-untyped-def]
    from indicnlp.normalize.indic_normalize import IndicNormalizerFactory

    return IndicNormalizerFactory().get_normalizer(
        "hi", nasals_mode="to_anusvaara_strict", remove_nuktas=True, do_normalize_chandras=True
    )
