"""The hand-written check sets fixtures/heldout2 … heldout5, outside the dev set.

Each was written from scratch and annotated by hand per the gold format before the library ran
on it, then used to find failure kinds, which were fixed; so none is unseen any more. Each set's
history and the scores at creation and after the fixes are in its README.md. The floors sit
about .02 under the scores after the fixes; never lower one to make a change pass without
saying why. (fixtures/heldout, the first such set, has its own test_heldout.py.)
"""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import FIXTURES, assert_grounded
from heldout_checks import check_gold_matches_text, scores

# set -> (F1 floors, accuracy floors, at least this many documents)
SETS: dict[str, tuple[dict[str, float], dict[str, float], int]] = {
    "heldout2": (
        {"persons": 0.96, "designations": 0.95, "attendees": 0.95, "speakers": 0.97, "statements": 0.96, "roles": 0.97, "date": 0.97, "place": 0.97},
        {"date_acc": 0.97, "place_acc": 0.97, "mode_acc": 1.0},
        10,
    ),
    "heldout3": (
        {"persons": 0.96, "designations": 0.95, "attendees": 0.96, "speakers": 0.97, "statements": 0.97, "roles": 0.97, "date": 0.97, "place": 0.97},
        {"date_acc": 0.97, "place_acc": 0.97, "mode_acc": 1.0},
        10,
    ),
    "heldout4": (
        {"persons": 0.96, "designations": 0.95, "attendees": 0.95, "speakers": 0.97, "statements": 0.97, "roles": 0.97, "date": 0.97, "place": 0.97},
        {"date_acc": 0.97, "place_acc": 0.97, "mode_acc": 0.97},
        12,
    ),
    "heldout5": (
        {"persons": 0.97, "designations": 0.97, "attendees": 0.97, "speakers": 0.97, "statements": 0.97, "roles": 0.97, "date": 0.86, "place": 0.89},
        {"date_acc": 0.8, "place_acc": 0.89, "mode_acc": 0.97},
        12,
    ),
}


def _texts(name: str) -> list[Path]:
    return sorted((FIXTURES / name / "texts").glob("*.txt"))


def _golds(name: str) -> list[Path]:
    return sorted((FIXTURES / name / "gold").glob("*.json"))


@pytest.fixture(scope="module")
def set_scores(pipeline):
    found: dict[str, dict] = {}

    def get(name: str) -> dict:
        if name not in found:
            found[name] = scores(FIXTURES / name / "gold", FIXTURES / name / "texts", pipeline)
        return found[name]

    return get


@pytest.mark.parametrize("name", list(SETS))
def test_set_is_complete(name):
    texts = {p.stem for p in _texts(name)}
    assert len(texts) >= SETS[name][2]
    assert texts == {p.stem for p in _golds(name)}


@pytest.mark.parametrize("path", [p for name in SETS for p in _golds(name)], ids=lambda p: f"{p.parent.parent.name}-{p.stem}")
def test_gold_is_consistent_with_its_text(path):
    check_gold_matches_text(path, path.parent.parent / "texts")


@pytest.mark.parametrize(("name", "field"), [(name, field) for name in SETS for field in SETS[name][0]])
def test_f1_floor(set_scores, name, field):
    got = set_scores(name)
    assert got["missing"] == []
    assert got[field]["f"] >= SETS[name][0][field], (name, field, got[field])


@pytest.mark.parametrize(("name", "field"), [(name, field) for name in SETS for field in SETS[name][1]])
def test_accuracy_floor(set_scores, name, field):
    got = set_scores(name)
    assert got[field] >= SETS[name][1][field], (name, field, got[field])


@pytest.mark.parametrize("path", [p for name in SETS for p in _texts(name)], ids=lambda p: f"{p.parent.parent.name}-{p.stem}")
def test_every_span_is_grounded(pipeline, path):
    text = path.read_text(encoding="utf-8")
    assert_grounded(pipeline.extract(text, doc_id=path.stem), text)
