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
    "|" + "|".join(f"{nasal}\u094d(?=[{varga}])" for nasal, varga in _VARGA.items())
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

    # The offset map is piecewise: inside a piece folded and raw offsets advance together;
    # a piece ends after a character whose raw span is wider than one (a nasal conjunct folded
    # to anusvara, or a character followed by dropped marks). Building it costs one step per
    # edit, not per character.
    __slots__ = ("raw", "text", "_fstart", "_rstart", "_lastend")

    def __init__(self, raw: str) -> None:
        self.raw = raw
        self._fstart: list[int] | None = None  # folded offset where each piece starts
        self._rstart: list[int] = []  # raw offset of the same character
        self._lastend: list[int] = []  # raw end of each piece's last character
        first = _NEEDS_FOLD.search(raw)
        if first is None:
            self.text = raw
            return
        out: list[str] = []
        fstart: list[int] = []
        rstart: list[int] = []
        lastend: list[int] = []
        f = 0  # folded length so far
        pos = 0  # raw offset copied so far
        open_ = False  # whether the last piece continues one-for-one
        for m in _NEEDS_FOLD.finditer(raw, first.start()):
            i = m.start()
            if i > pos:  # an unchanged run
                if not open_:
                    fstart.append(f), rstart.append(pos), lastend.append(0)
                    open_ = True
                out.append(raw[pos:i])
                f += i - pos
            ch = raw[i]
            if len(m.group()) == 2:  # nasal + virama before a consonant of its varga -> anusvara
                if not open_:
                    fstart.append(f), rstart.append(i), lastend.append(0)
                out.append(ANUSVARA)
                f += 1
                lastend[-1] = i + 2
                open_ = False
                pos = i + 2
                continue
            folded = _fold_char(ch)
            if folded:  # one character for one
                if not open_:
                    fstart.append(f), rstart.append(i), lastend.append(0)
                    open_ = True
                out.append(folded)
                f += 1
            elif f:  # a dropped mark belongs to the character before it
                lastend[-1] = i + 1
                open_ = False
            pos = i + 1
        if pos < len(raw):
            if not open_:
                fstart.append(f), rstart.append(pos), lastend.append(0)
                open_ = True
            out.append(raw[pos:])
            f += len(raw) - pos
        if open_:
            lastend[-1] = rstart[-1] + f - fstart[-1]
        self.text = "".join(out)
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
        return self._raw_start(start), self._raw_end(end - 1)

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


def fold(text: str) -> str:
    """Fold a string the way :class:`FoldedText` folds a document (no offsets)."""
    if len(text) <= 64:  # words and phrases, folded again and again: cached
        return _fold_short(text)
    return FoldedText(unicodedata.normalize("NFC", text)).text


@lru_cache(maxsize=16384)
def _fold_short(text: str) -> str:
    return FoldedText(unicodedata.normalize("NFC", text)).text


# Names spelt with only these characters (no nukta, chandra, zero-width or punctuation
# character, no nasal + virama) are left as they are by NFC and by indic-nlp's normaliser.
_NORMALIZER_SAFE = regex.compile(
    "[ \u0902\u0903\u0905-\u090c\u090f\u0910\u0913-\u0928\u092a-\u0930\u0932\u0933\u0935-\u0939"
    "\u093e-\u0944\u0947\u0948\u094b-\u094d]*"
)
_NASAL_VIRAMA = regex.compile("[\u0919\u091e\u0923\u0928\u092e]\u094d")


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
    return " ".join(regex.sub(r"[^\p{L}\p{M}\p{N}]+", " ", folded).split())


@lru_cache(maxsize=1)
def _indic_normalizer():  # type: ignore[no-untyped-def]
    from indicnlp.normalize.indic_normalize import IndicNormalizerFactory

    return IndicNormalizerFactory().get_normalizer(
        "hi", nasals_mode="to_anusvaara_strict", remove_nuktas=True, do_normalize_chandras=True
    )
