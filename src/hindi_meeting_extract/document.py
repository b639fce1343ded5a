"""The document model: the raw input kept as received, with sentences, tokens and a folded view.

Every offset is a half-open code-point offset into :attr:`Document.text`, the input exactly as
given. Matching runs on :attr:`Document.folded`, whose hits map back with
:meth:`Document.span_from_folded`.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cached_property

from .normalize import FoldedText
from .segment import Sentence, Token, tokenize


@dataclass(frozen=True, slots=True)
class Span:
    """A grounded piece of the input: ``document.text[start:end] == text``."""

    start: int
    end: int
    text: str


@dataclass(frozen=True, slots=True)
class Word:
    """A syntactic word from a parser backend (stanza), grounded: ``text[start:end] == text``."""

    index: int  # position in Document.words
    start: int
    end: int
    text: str
    sentence: int  # index into Document.sentences
    upos: str | None = None
    xpos: str | None = None
    lemma: str | None = None
    feats: str | None = None
    head: int | None = None  # index of the head word in Document.words; None for a root
    deprel: str | None = None
    ner: str | None = None  # the model's BIOES tag, e.g. "B-NEP", or None


@dataclass(frozen=True, slots=True)
class Entity:
    """A named-entity span from a parser backend: ``text[start:end] == text``."""

    start: int
    end: int
    text: str
    label: str  # the model's label, e.g. "NEP"
    kind: str  # "person", "place", "organisation", "time" or "other"


class Document:
    """One input text and what segmentation found in it.

    ``words`` and ``entities`` are ``None`` unless a parser backend (stanza) filled them.
    """

    def __init__(
        self,
        text: str,
        sentences: list[Sentence],
        *,
        doc_id: str | None = None,
        words: list[Word] | None = None,
        entities: list[Entity] | None = None,
    ) -> None:
        self.text = text
        self.doc_id = doc_id
        self.sentences = sentences
        self.words = words
        self.entities = entities

    @cached_property
    def folded(self) -> FoldedText:
        """The folded matching view (see :mod:`hindi_meeting_extract.normalize`)."""
        return FoldedText(self.text)

    @cached_property
    def word_tokens(self) -> list[bytes]:
        """The whole words of the folded view as :class:`~hindi_meeting_extract.scan.WordSet`
        reads them: one C-speed pass, shared by the stages that ask which words occur."""
        from .scan import WordSet

        return WordSet.tokens(self.folded.text)

    @cached_property
    def folded_bounds(self) -> list[tuple[int, int]]:
        """The folded ``(start, end)`` of every sentence (computed once, shared by the stages)."""
        flat = self.folded.to_folded_sorted([x for s in self.sentences for x in (s.start, s.end)])
        return list(zip(flat[0::2], flat[1::2]))

    @cached_property
    def tokens(self) -> list[Token]:
        return tokenize(self.text)

    def span(self, start: int, end: int) -> Span:
        """The span of the raw text between two raw offsets."""
        return Span(start, end, self.text[start:end])

    def span_from_folded(self, start: int, end: int) -> Span:
        """The raw span behind a half-open span of the folded view."""
        s, e = self.folded.to_raw(start, end)
        return Span(s, e, self.text[s:e])

    def sentence_at(self, pos: int) -> Sentence | None:
        """The sentence containing raw offset ``pos``."""
        import bisect

        starts = self._sentence_starts
        i = bisect.bisect_right(starts, pos) - 1
        if i >= 0 and pos < self.sentences[i].end:
            return self.sentences[i]
        return None

    @cached_property
    def _sentence_starts(self) -> list[int]:
        return [s.start for s in self.sentences]
