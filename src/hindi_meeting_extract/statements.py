"""Statements: reported speech and directives, attributed to speakers."""

from __future__ import annotations

from .analysis import Analysis
from .lexicon import Lexicons


class StatementStage:
    def __init__(self, lexicons: Lexicons) -> None:
        self.lexicons = lexicons

    def __call__(self, analysis: Analysis) -> None:
        return None
