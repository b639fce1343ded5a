from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = ROOT / "fixtures"
SHARED = ROOT.parent / "shared"


@pytest.fixture(scope="session")
def pipeline():
    from hindi_meeting_extract import Pipeline

    return Pipeline()


@pytest.fixture(scope="session")
def korba_text() -> str:
    return (FIXTURES / "releases" / "korba-it-cell.txt").read_text(encoding="utf-8")


def fixture_texts() -> list[Path]:
    return sorted((FIXTURES / "releases").glob("*.txt"))


def assert_grounded(record, text: str) -> None:
    """Every span slices ``text`` exactly; every person id used by statements and attendees exists."""
    spans = record.spans()
    assert spans, "expected at least one grounded span"
    for span in spans:
        assert 0 <= span.start <= span.end <= len(text)
        assert text[span.start : span.end] == span.text
    ids = {p.id for p in record.persons}
    assert set(record.attendees) <= ids
    assert {s.speaker for s in record.statements} - {None} <= ids
