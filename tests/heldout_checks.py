"""Checks shared by the hand-written held-out sets (fixtures/heldout, heldout2, heldout3, heldout4)."""

from __future__ import annotations

import json
from pathlib import Path

from hindi_meeting_extract.evaluate import (
    evaluate,
    extract_for_gold,
    fold,
    load_gold,
    name_key,
)


def scores(gold_dir: Path, texts_dir: Path, pipeline) -> dict:  # type: ignore[no-untyped-def]
    """score.py's summary of the pipeline on one held-out set."""
    gold = load_gold(gold_dir)
    return evaluate(gold, extract_for_gold(gold, texts_dir, pipeline)).summary()


def check_gold_matches_text(path: Path, texts_dir: Path) -> None:
    """The checks of shared/eval/check_gold.py that matter for scoring, so a bad edit to the gold fails."""
    gold = json.loads(path.read_text(encoding="utf-8"))
    assert gold["doc_id"] == path.stem
    text = fold((texts_dir / f"{path.stem}.txt").read_text(encoding="utf-8"))
    persons = {name_key(p["name"]): p for p in gold["persons"]}
    assert len(persons) == len(gold["persons"]), "duplicate person"
    for p in gold["persons"]:
        for n in [p["name"], *p.get("variants", [])]:
            assert fold(n) in text, n
    speakers = {name_key(s["speaker"]) for s in gold["statements"]}
    for s in gold["statements"]:
        assert name_key(s["speaker"]) in persons, s["speaker"]
        assert fold(s["contains"]) in text, s["contains"]
    for key, p in persons.items():
        assert ("speaker" in p["roles"]) == (key in speakers), p["name"]
    for place in gold["place"]:
        assert fold(place) in text, place
