"""Second unseen check: 10 hand-written meeting releases (fixtures/heldout3), outside the dev set.

The texts were written from scratch on 2026-12-07 (not taken from the dev set, the corpus or the
earlier held-out sets, which the writer did not read), in sources and styles other than district
review meetings: a milk union's general body meeting, a university academic council, a bar
association's condolence meeting, a farmers' union dharna with a memorandum (ज्ञापन), a women's
self-help group in a village, a thana peace committee before festivals, a hospital Rogi Kalyan
Samiti, a municipal council board meeting with councillors and wards, a party workers' meeting
with long lists, and a press conference (प्रेस वार्ता). They mix dateline styles (`TOWN (निसं)।`,
`TOWN, DATE (कासं)।`, `संवाददाता, TOWN :`, `TOWN | DATE`, `प्रखंड संवाददाता | TOWN`, a headline
first, a byline, a date in words, only a weekday) and have bare names with no honorific or title,
lists without commas, one-word names, designations after a comma or dash, ward numbers, kinship
appositions (`X पुत्र Y`, `X पत्नी Y`; the father or husband is a person with no roles), people
only mentioned (the deceased, a byline reporter), the closed statement-cue list (आरोप लगाया, मांग
की, शिकायत की are not statements), Latin words and typos (शामिल हुऐ, मौजूद रहें, उपस्थीत, मोजूद,
आश्वस्त किया की). They were annotated by hand per the gold format (shared/eval/FORMAT.md) and
committed before the library was run on them; no gold entry was changed after the run.

Measured at creation (2026-12-07, first run):
    persons .945  designations .923  attendees .883  speakers .966  statements .946  roles .919
    date .909  place .947  date_acc .90  place_acc .90  mode_acc 1.0
Its failure kinds were then fixed the same day (general constructions with tests in our own
sentences: runs of names after an office, kinship appositions, one-word compound first names,
listed -ों surnames before ने, मो. as an abbreviated first name, group names before स्वयं सहायता
समूह, nasal misspellings of presence verbs, speakers in the proceedings, जिन्होंने, offices glued
to a prefix, a bracketed abbreviation before a title, offices that appoint, day numbers in words,
village venues, an agency byline before a town). Since then the set is no longer unseen. Measured
after those fixes:
    persons .983  designations .975  attendees .982  speakers 1.0  statements 1.0  roles 1.0
    date 1.0  place 1.0  date_acc 1.0  place_acc 1.0  mode_acc 1.0
The floors sit about .02 under those scores; never lower one to make a change pass without
saying why.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import FIXTURES, assert_grounded
from heldout_checks import check_gold_matches_text, scores

HELDOUT = FIXTURES / "heldout3"
TEXTS = HELDOUT / "texts"
GOLD = HELDOUT / "gold"

F1_FLOORS = {
    "persons": 0.96,
    "designations": 0.95,
    "attendees": 0.96,
    "speakers": 0.97,
    "statements": 0.97,
    "roles": 0.97,
    "date": 0.97,
    "place": 0.97,
}
ACC_FLOORS = {"date_acc": 0.97, "place_acc": 0.97, "mode_acc": 1.0}


def _texts() -> list[Path]:
    return sorted(TEXTS.glob("*.txt"))


@pytest.fixture(scope="module")
def heldout3_scores(pipeline):
    return scores(GOLD, TEXTS, pipeline)


def test_heldout3_set_is_complete():
    texts = {p.stem for p in _texts()}
    golds = {p.stem for p in GOLD.glob("*.json")}
    assert len(texts) >= 10
    assert texts == golds


@pytest.mark.parametrize("path", sorted(GOLD.glob("*.json")), ids=lambda p: p.stem)
def test_heldout3_gold_is_consistent_with_its_text(path):
    check_gold_matches_text(path, TEXTS)


@pytest.mark.parametrize("field", list(F1_FLOORS))
def test_heldout3_f1_floor(heldout3_scores, field):
    assert heldout3_scores["missing"] == []
    assert heldout3_scores[field]["f"] >= F1_FLOORS[field], (field, heldout3_scores[field])


@pytest.mark.parametrize("field", list(ACC_FLOORS))
def test_heldout3_accuracy_floor(heldout3_scores, field):
    assert heldout3_scores[field] >= ACC_FLOORS[field], (field, heldout3_scores[field])


@pytest.mark.parametrize("path", _texts(), ids=lambda p: p.stem)
def test_heldout3_every_span_is_grounded(pipeline, path):
    text = path.read_text(encoding="utf-8")
    record = pipeline.extract(text, doc_id=path.stem)
    assert_grounded(record, text)
