"""The meeting date: dateline, explicit dates, relative expressions."""

from __future__ import annotations

from .analysis import Analysis
from .lexicon import Lexicons


class DateStage:
    def __init__(self, lexicons: Lexicons) -> None:
        self.lexicons = lexicons

    def __call__(self, analysis: Analysis) -> None:
        return None
