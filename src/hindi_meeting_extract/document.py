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


class Document:
    """One input text and what segmentation found in it."""

    def __init__(self, text: str, sentences: list[Sentence], *, doc_id: str | None = None) -> None:
        self.text = text
        self.doc_id = doc_id
        self.sentences = sentences

    @cached_property
    def folded(self) -> FoldedText:
        """The folded matching view (see :mod:`hindi_meeting_extract.normalize`)."""
        return FoldedText(self.text)

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
