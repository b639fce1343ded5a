"""Rules segmentation: sentences and tokens as half-open offsets into the raw text.

Full stops are ``।``, ``॥``, ``?``, ``!`` and runs of ``.``; a dot is *not* a full stop after
an abbreviation (``डॉ.``, ``प्रो.``, lexicon ``segmentation.abbreviations``), in initials
(``के.बी.``, ``यू. एस.``, a lone one before a word: ``एन. सुरेंद्रन``, ``…, के. मणि``), inside and after dotted abbreviations (``बी.कॉम.``, ``पीएच.डी.``), in numbers and dates (``3.5``, ``12.07.2020``), in URLs and
e-mail addresses. A line break always ends a sentence, so a headline without a danda stands
alone. Closing quotes and brackets right after a full stop stay with their sentence.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

import regex

from .lexicon import Lexicons

TokenKind = Literal["word", "number", "latin", "url", "email", "punct", "symbol"]

DIGIT = "[0-9०-९]"
_URL = r"(?:https?://|www\.)[^\s<>\"'“”()\[\]।]+[^\s<>\"'“”()\[\].,;:!?।]"
# The local part starts only where a run of its characters starts (the look-behind): tried at
# every position of ``a.a.a.…`` it would scan the rest of the run each time (quadratic); where
# it fails at a run's start it fails everywhere in that run (same ``@``, same domain).
_EMAIL = r"(?<![A-Za-z0-9._%+-])[A-Za-z0-9._%+-]++@[A-Za-z0-9.-]+\.[A-Za-z]{2,}"
_NUMBER = rf"{DIGIT}+(?:[.,:/-]{DIGIT}+)*"
_DEVA_WORD = r"[\p{Devanagari}&&[^\u0964\u0965०-९]]+(?:[0०](?![0-9०-९]))?"
_LATIN = r"[A-Za-z]+(?:['’][A-Za-z]+)?"
TOKEN_RE = regex.compile(
    rf"(?P<url>{_URL})|(?P<email>{_EMAIL})|(?P<number>{_NUMBER})|(?P<word>{_DEVA_WORD})"
    rf"|(?P<latin>{_LATIN})|(?P<punct>\.+|[।॥]+|[?!]+|[\p{{P}}])|(?P<symbol>\S)",
    regex.V1,
)

# Candidate sentence ends: a line break (with the blank space after it), a run of full-stop
# marks with closing quotes/brackets, or a single dot (checked in Python). Group ``stop``
# ends the sentence; the whitespace after it is consumed so the next sentence starts clean.
_CLOSERS = "\"'”’)\\]»"
_BREAK_RE = regex.compile(
    rf"(?P<nl>\n\s*)"
    rf"|(?P<stop>(?:[।॥]+|[?!]+(?![\w/=&])|\.{{2,}})[{_CLOSERS}]*)\s*"
    rf"|(?P<dot>\.)(?P<dotclose>[{_CLOSERS}]*)[^\S\n]*"
)
_GLUED_ASCII = regex.compile(r"[A-Za-z0-9/_%+-]")
_HAS_WORD = regex.compile(r"[\p{L}\p{N}]")


@dataclass(frozen=True, slots=True)
class Token:
    start: int
    end: int
    text: str
    kind: TokenKind


@dataclass(frozen=True, slots=True)
class Sentence:
    start: int
    end: int
    text: str


def tokenize(text: str, start: int = 0, end: int | None = None) -> list[Token]:
    """Tokens of ``text[start:end]`` with offsets into ``text``."""
    end = len(text) if end is None else end
    return [
        Token(m.start(), m.end(), m.group(), m.lastgroup)  # type: ignore[arg-type]
        for m in TOKEN_RE.finditer(text, start, end)
    ]


class SentenceSplitter:
    """Splits raw text into sentences; built once per pipeline from the lexicons."""

    def __init__(self, lexicons: Lexicons) -> None:
        seg = lexicons["segmentation"]
        dotted = sorted(seg["dotted_abbreviations"].forms, key=len, reverse=True)
        abbrev = sorted((*seg["abbreviations"].forms, *dotted), key=len, reverse=True)
        letters = sorted(seg["letter_names"].forms, key=len, reverse=True)
        word = r"[\p{L}\p{M}]"
        # the word right before a dot: an abbreviation, a letter name or one Latin letter
        # (REVERSE: searched from the end, where the match must be; same match, fewer tries)
        self._abbrev_before = regex.compile(
            rf"(?<!{word})(?:{'|'.join(map(regex.escape, abbrev))})\Z", regex.IGNORECASE | regex.REVERSE
        )
        self._letter_before = regex.compile(
            rf"(?<!{word})(?:{'|'.join(map(regex.escape, letters))}|[A-Za-z])\Z", regex.REVERSE
        )
        # Ends of those words: a word can end with a form of two or more characters only where
        # it ends with that form's last two, with a one-character form only where it ends with
        # it. Where neither holds, both searches above fail (used for Devanagari ends only,
        # which have no case variants for IGNORECASE to match).
        self._ends2 = frozenset(f[-2:] for f in (*abbrev, *letters) if len(f) >= 2)
        self._ends1 = frozenset(f for f in (*abbrev, *letters) if len(f) == 1)
        # a dotted abbreviation starting at a word (बी.कॉम, पीएच.डी): its inner and final dots
        self._dotted_at = regex.compile(
            rf"(?:{'|'.join(map(regex.escape, dotted))})\.?(?!{word})", regex.IGNORECASE | regex.V1
        )
        self._word_before = regex.compile(rf"(?<!{word}){word}+\Z", regex.V1 | regex.REVERSE)
        self._letter_after = regex.compile(
            rf"\s?(?:{'|'.join(map(regex.escape, letters))}|[A-Z])\s?\.", regex.V1
        )
        self._word_letters = frozenset(seg["word_letter_names"].forms)

    def _initial_before(self, text: str, word_start: int) -> bool:
        """True when an initial with its dot (``के.`` or ``के. ``) ends right at ``word_start``."""
        head = text[max(0, word_start - 12) : word_start].rstrip(" ")
        return head.endswith(".") and bool(self._letter_before.search(head[:-1]))

    def _inside_dotted(self, text: str, s: int, before: str) -> bool:
        """Whether the dot at ``s`` lies inside a dotted abbreviation (बी.कॉम) that starts at the
        word right before it."""
        word = self._word_before.search(before)
        if word is None:
            return False
        m = self._dotted_at.match(text, s - len(word.group()))
        return m is not None and m.end() > s + 1

    def _dot_is_stop(self, text: str, s: int, danda: list[bool] | None = None) -> bool:
        """Whether the single dot at ``s`` ends a sentence (``danda``: see :meth:`_lone_initial`)."""
        before = text[max(0, s - 12) : s]
        after = text[s + 1 : s + 2]
        if before[-1:].isdigit() and after.isdigit():
            return False  # 3.5, 12.07.2020
        if before[-1:].isascii() and before[-1:].isalnum() and _GLUED_ASCII.match(after):
            return False  # inside a URL or e-mail address: example.gov.in, a.b@example.org
        tail = before[-2:]
        if (
            tail
            and "\u0900" <= min(tail)
            and max(tail) <= "\u097f"
            and tail not in self._ends2
            and tail[-1] not in self._ends1
        ):
            return True  # no abbreviation, letter name or Latin letter before the dot
        if self._abbrev_before.search(before):
            return False
        if self._inside_dotted(text, s, before):
            return False  # the dot inside बी.कॉम, पीएच.डी
        letter = self._letter_before.search(before)
        if letter and (self._letter_after.match(text, s + 1) or self._initial_before(text, s - len(letter.group()))):
            return False  # initials: के.बी., यू. एस., A.K.
        if letter and self._lone_initial(text, s, letter.group(), danda):
            return False  # एन. सुरेंद्रन, …, के. मणि आदि
        return True

    def _lone_initial(self, text: str, s: int, letter: str, danda: list[bool] | None = None) -> bool:
        """Whether the dot at ``s`` after the lone letter name ``letter`` ends an initial: a
        Devanagari word follows (after one space at most), and a letter name that is also a word
        (के, जी: ``[word_letter_names]``) starts a list item or a clause (after a comma, a bracket,
        a colon, a line break or a danda: ``…, के. मणि आदि``) or stands in a text whose sentences
        end with the danda (``मुख्यमंत्री के. रोसैया ने``; in a text that ends them with dots,
        ``… उम्र के. अधिकारियों`` are two sentences). ``danda``: a list that holds whether the text
        has a danda once it was asked (one search per text, not one per dot)."""
        j = s + 2 if text[s + 1 : s + 2] == " " else s + 1
        nxt = text[j : j + 1]
        if not ("\u0900" <= nxt <= "\u097f" and nxt.isalpha()):
            return False
        if letter not in self._word_letters:
            return True
        before = text[max(0, s - len(letter) - 8) : s - len(letter)].rstrip(" \t")
        if not before and s - len(letter) < 8 or before[-1:] in (",", "(", ":", ";", "\n", "।", "|"):
            return True
        if danda is None:
            return "।" in text
        if not danda:
            danda.append("।" in text)
        return danda[0]

    def split(self, text: str) -> list[Sentence]:
        """Sentences of ``text``, each trimmed of surrounding whitespace, in order."""
        # (start, end) pairs; a piece without a letter or digit extends the pair before it in
        # place, and the texts are sliced once at the end: re-slicing a growing sentence for
        # every stray '।' would be quadratic.
        spans: list[list[int]] = []
        append = spans.append
        begin = 0
        danda: list[bool] = []  # whether the text has a danda, once asked
        for m in _BREAK_RE.finditer(text):
            kind = m.lastindex  # 1: nl, 2: stop, 4: dotclose (a single dot)
            if kind == 1:
                end = m.start()
                while end > begin and text[end - 1].isspace():
                    end -= 1
            elif kind == 2:
                end = m.end(2)  # after a full stop or closer: no blank to trim
            else:
                if not self._dot_is_stop(text, m.start(), danda):
                    continue
                end = m.end(4)
            # what _emit does, inlined (one call per sentence adds up); the break consumed
            # the blanks after it, so ``begin`` is rarely on one
            while begin < end and text[begin].isspace():
                begin += 1
            if end > begin:
                if text[begin].isalpha():  # isalpha: \p{L}
                    append([begin, end])
                else:
                    _add(text, begin, end, spans)
            begin = m.end()
        _emit(text, begin, len(text), spans)
        return [Sentence(b, e, text[b:e]) for b, e in spans]


def _emit(text: str, begin: int, end: int, spans: list[list[int]]) -> None:
    while begin < end and text[begin].isspace():
        begin += 1
    while end > begin and text[end - 1].isspace():
        end -= 1
    if end > begin:
        _add(text, begin, end, spans)


def _add(text: str, begin: int, end: int, spans: list[list[int]]) -> None:
    """Add the stripped, non-empty ``text[begin:end]`` as a sentence, or join it to the one
    before when it has no letter or digit (in place: no re-slicing)."""
    if text[begin].isalpha() or _HAS_WORD.search(text, begin, end):  # isalpha: \p{L}
        spans.append([begin, end])
    elif spans and spans[-1][1] <= begin:
        # stray punctuation ('।' alone, ' ..') joins the sentence before it
        spans[-1][1] = end
