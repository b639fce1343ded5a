"""People: names, honorifics, designations, merged into one person per individual."""

from __future__ import annotations

from .analysis import Analysis
from .lexicon import Lexicons


class PersonStage:
    def __init__(self, lexicons: Lexicons) -> None:
        self.lexicons = lexicons

    def __call__(self, analysis: Analysis) -> None:
        return None
