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
