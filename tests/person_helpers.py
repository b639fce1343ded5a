"""Shared by the person-stage tests: a module-scoped runner that checks grounding, and
look-ups by name. Every sentence in those tests is written for them (no corpus or dev text)."""

from __future__ import annotations

import pytest

from hindi_meeting_extract.analysis import Analysis
from hindi_meeting_extract.backends import get_backend
from hindi_meeting_extract.lexicon import Lexicons
from hindi_meeting_extract.normalize import name_key
from hindi_meeting_extract.persons import PersonStage


@pytest.fixture(scope="module")
def run():
    lexicons = Lexicons.load()
    stage = PersonStage(lexicons)
    backend = get_backend("rules", lexicons)

    def _run(text: str) -> Analysis:
        analysis = Analysis(backend.annotate(text))
        stage(analysis)
        for p in analysis.persons:  # grounding: every mention is a slice of the input
            for m in p.mentions:
                assert text[m.span.start : m.span.end] == m.span.text
            for d in p.designations:
                assert text[d.span.start : d.span.end] == d.span.text
            for r in p.references:
                assert text[r.start : r.end] == r.text
        return analysis

    return _run


def names(analysis: Analysis) -> list[str]:
    return [p.name for p in analysis.persons]


def person(analysis: Analysis, name: str):
    for p in analysis.persons:
        if name_key(p.name) == name_key(name):
            return p
    raise AssertionError(f"{name!r} not among {names(analysis)}")


def designations(analysis: Analysis, name: str) -> list[str]:
    return [d.canonical for d in person(analysis, name).designations]
