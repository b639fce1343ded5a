"""The meeting place (dateline town or venue) and mode (virtual or in person)."""

from __future__ import annotations

from .analysis import Analysis
from .lexicon import Lexicons


class PlaceStage:
    def __init__(self, lexicons: Lexicons) -> None:
        self.lexicons = lexicons

    def __call__(self, analysis: Analysis) -> None:
        return None
