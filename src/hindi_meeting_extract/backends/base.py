"""The backend interface and the registry of backends by name."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Protocol, runtime_checkable

from ..document import Document
from ..errors import HindiMeetingExtractError
from ..lexicon import Lexicons


@runtime_checkable
class Backend(Protocol):
    """Annotates raw text: sentences and tokens at least, more if it can."""

    name: str
    capabilities: frozenset[str]  # e.g. {"sentences", "tokens", "pos", "lemma", "deps", "ner"}

    def available(self) -> tuple[bool, str]:
        """Whether it can run here, and if not, a one-line reason saying what to install."""
        ...

    def annotate(self, text: str, *, doc_id: str | None = None) -> Document: ...

    def annotate_many(self, texts: Iterable[str]) -> list[Document]: ...


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
