"""Layout stage: the headline (title) and the dateline (``कोरबा 12 जुलाई।``)."""

from __future__ import annotations

from .analysis import Analysis
from .lexicon import Lexicons


class LayoutStage:
    def __init__(self, lexicons: Lexicons) -> None:
        self.lexicons = lexicons

    def __call__(self, analysis: Analysis) -> None:
        doc = analysis.doc
        lines = [s for s in doc.sentences]
        if len(lines) >= 2:
            first = lines[0]
            # a headline is a first line that ends at a line break, not at a full stop
            if "\n" in doc.text[first.end : lines[1].start] and doc.text[first.end - 1] not in "।॥.?!":
                analysis.title = doc.span(first.start, first.end)
