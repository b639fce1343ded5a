"""Unseen check: 10 hand-written meeting press releases (fixtures/heldout2), outside the dev set.

The texts were written from scratch on 2026-12-07 (not taken from the dev set or the corpus), in the
style of district, government, party, trade-body and NGO releases (review meeting, जनसुनवाई,
संगोष्ठी, online meetings, ग्राम सभा, व्यापार मंडल, school management committee, peace committee),
with the features real releases have: varied datelines (``Town/ date`` on its own line, bylines,
no date), bare names without honorific or title in lists without commas, one-word names, a name
split by a line break, designations in parentheses or after a dash, उर्फ aliases, names in Latin
letters, typos (उपस्तिथ, शामिल हुये, कहा की) and people merely mentioned (a victim, the deceased,
a chief minister, a name inside a scheme's name). They were annotated by hand per the gold format
(shared/eval/FORMAT.md) and committed before the library was run on them. After the first run one
annotation inconsistency was corrected: the place lists of x05, x06 and x10 now also hold the full
venue phrase as written, as x01 and x03 already did (x05's place became right).

Measured at creation (2026-12-07, first run, after that correction):
    persons .868  designations .875  attendees .748  speakers .983  statements .971  roles 1.0
    date .923  place .900  date_acc .90  place_acc .90  mode_acc 1.0
(place .80 / place_acc .80 against the gold as first committed.)
The failure kinds it showed were then fixed the same day (general constructions, each with tests
in our own sentences: attendance verbs in every tense and spelling, joining an online meeting,
arrival participles, runs of names without commas, list items after line breaks or origins, Latin
names, offices and brackets after them, -ों surnames, dateline separators, a venue in another
district's town, reporter bylines in brackets). Since then the set is no longer unseen. Measured
after those fixes:
    persons .985  designations .974  attendees .975  speakers 1.0  statements .986  roles 1.0
    date 1.0  place 1.0  date_acc 1.0  place_acc 1.0  mode_acc 1.0
The floors sit about .02 under those scores; never lower one to make a change pass without
saying why.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import FIXTURES, assert_grounded
from heldout_checks import check_gold_matches_text, scores

HELDOUT = FIXTURES / "heldout2"
TEXTS = HELDOUT / "texts"
GOLD = HELDOUT / "gold"

F1_FLOORS = {
    "persons": 0.96,
    "designations": 0.95,
    "attendees": 0.95,
    "speakers": 0.97,
    "statements": 0.96,
    "roles": 0.97,
    "date": 0.97,
    "place": 0.97,
}
ACC_FLOORS = {"date_acc": 0.97, "place_acc": 0.97, "mode_acc": 1.0}


def _texts() -> list[Path]:
    return sorted(TEXTS.glob("*.txt"))


@pytest.fixture(scope="module")
def heldout2_scores(pipeline):
    return scores(GOLD, TEXTS, pipeline)


def test_heldout2_set_is_complete():
    texts = {p.stem for p in _texts()}
    golds = {p.stem for p in GOLD.glob("*.json")}
    assert len(texts) >= 10
    assert texts == golds


@pytest.mark.parametrize("path", sorted(GOLD.glob("*.json")), ids=lambda p: p.stem)
def test_heldout2_gold_is_consistent_with_its_text(path):
    check_gold_matches_text(path, TEXTS)


@pytest.mark.parametrize("field", list(F1_FLOORS))
def test_heldout2_f1_floor(heldout2_scores, field):
    assert heldout2_scores["missing"] == []
    assert heldout2_scores[field]["f"] >= F1_FLOORS[field], (field, heldout2_scores[field])


@pytest.mark.parametrize("field", list(ACC_FLOORS))
def test_heldout2_accuracy_floor(heldout2_scores, field):
    assert heldout2_scores[field] >= ACC_FLOORS[field], (field, heldout2_scores[field])


@pytest.mark.parametrize("path", _texts(), ids=lambda p: p.stem)
def test_heldout2_every_span_is_grounded(pipeline, path):
    text = path.read_text(encoding="utf-8")
    record = pipeline.extract(text, doc_id=path.stem)
    assert_grounded(record, text)
