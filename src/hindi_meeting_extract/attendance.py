"""Attendance and roles: attendee lists, chair, chief guest, conductor, vote of thanks."""

from __future__ import annotations

from .analysis import Analysis
from .lexicon import Lexicons


class AttendanceStage:
    def __init__(self, lexicons: Lexicons) -> None:
        self.lexicons = lexicons

    def __call__(self, analysis: Analysis) -> None:
        return None
