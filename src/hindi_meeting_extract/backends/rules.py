"""The default backend: rules on ``regex``, no model, no download."""

from __future__ import annotations

from collections.abc import Iterable

from ..document import Document
from ..lexicon import Lexicons
from ..segment import SentenceSplitter


class RulesBackend:
    name = "rules"
    capabilities = frozenset({"sentences", "tokens"})

    def __init__(self, lexicons: Lexicons) -> None:
        self._splitter = SentenceSplitter(lexicons)

    def available(self) -> tuple[bool, str]:
        return True, ""

    def annotate(self, text: str, *, doc_id: str | None = None) -> Document:
        return Document(text, self._splitter.split(text), doc_id=doc_id)

    def annotate_many(self, texts: Iterable[str]) -> list[Document]:
        return [self.annotate(t) for t in texts]
