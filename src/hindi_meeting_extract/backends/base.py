"""The backend interface and the registry of backends by name."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Protocol, runtime_checkable

from ..document import Document
from ..errors import HindiMeetingExtractError
from ..lexicon import Lexicons


# What a backend may fill in a Document: "sentences" and "tokens" always; "words" (Document.words)
# with "pos", "lemma", "deps"; "ner" (Document.entities).
CAPABILITIES = frozenset({"sentences", "tokens", "words", "pos", "lemma", "deps", "ner"})


@runtime_checkable
class Backend(Protocol):
    """Annotates raw text: sentences and tokens at least, more if it can.

    A backend returns our :class:`Document` only, never its own library's types, and every
    offset it sets is into the text it was given. Heavy libraries and models load lazily, on
    the first document, and a missing one raises :class:`~hindi_meeting_extract.errors.MissingExtra`
    or :class:`~hindi_meeting_extract.errors.BackendUnavailable` with a one-line fix.
    """

    name: str
    capabilities: frozenset[str]  # a subset of CAPABILITIES

    def available(self) -> tuple[bool, str]:
        """Whether it can run here, and if not, a one-line reason saying what to install or run."""
        ...

    def annotate(self, text: str, *, doc_id: str | None = None) -> Document: ...

    def annotate_many(self, texts: Iterable[str]) -> list[Document]:
        """Annotate many texts, in order; batched where the backend can batch."""
        ...


BackendFactory = Callable[..., Backend]
_REGISTRY: dict[str, str | BackendFactory] = {
    "rules": "hindi_meeting_extract.backends.rules:RulesBackend",
    "stanza": "hindi_meeting_extract.backends.stanza:StanzaBackend",
}


def register_backend(name: str, factory: BackendFactory) -> None:
    """Make a backend available by name to ``Pipeline(backend=name)``."""
    _REGISTRY[name] = factory


def get_backend(name: str, lexicons: Lexicons, **options: object) -> Backend:
    """Build the backend called ``name``."""
    try:
        target = _REGISTRY[name]
    except KeyError:
        raise HindiMeetingExtractError(f"unknown backend {name!r}; choose one of {sorted(_REGISTRY)}") from None
    if isinstance(target, str):
        import importlib

        module, _, attr = target.partition(":")
        target = getattr(importlib.import_module(module), attr)
    return target(lexicons, **options)  # type: ignore[operator]
