"""Backends turn raw text into a :class:`~hindi_meeting_extract.document.Document`.

The rules backend (default) needs nothing but ``regex``; the stanza backend adds stanza's
Hindi sentences, tokens, POS, lemmas, dependencies and NER. Choose one by name.
"""

from __future__ import annotations

from .base import Backend, get_backend, register_backend

__all__ = ["Backend", "get_backend", "register_backend"]
