"""Third unseen check: 12 hand-written meeting releases (fixtures/heldout4), outside the dev set.

The texts were written from scratch on 2026-12-07 (not taken from the dev set, the corpus or the
earlier held-out sets, whose texts the writer did not read), in sources and styles other than
district review meetings: a mandi samiti general body meeting, a temple trust executive (Gujarati
names: हसमुखभाई पटेल, नीता बेन मेहता), an electricity consumer camp (शिविर), an MLA's जनता दरबार,
a Lok Adalat preparatory meeting of judges and advocates, an election staff training (प्रशिक्षण),
a district kabaddi association AGM with an election, a college students' union, a teachers' union
with a memorandum (ज्ञापन), a Ganesh utsav committee with Marathi names and usages (सौ., प्रमुख
अतिथि, आभार माना), an Urdu-heavy mushaira committee इज्लास (सदर, ख़ाज़िन, निज़ामत, शिरकत, बीती
रात) and a corporate CSR meeting with English titles in Devanagari and Latin letters (CEO, CFO,
HR मैनेजर) held partly by video (mode null). Datelines: headline first, `TOWN। `, `TOWN, DATE
(हप्र)।`, `TOWN (STATE), DATE YEAR।`, `TOWN, DATE YEAR:`, a byline at the bottom; dates as
`2 मार्च 2025 को`, `दिनांक 14.10.2024 को`, `कल`, `गत दिवस`, `आज`, `बीती रात`, a weekday with and
without a year, a future date as distractor. Noise: names without honorific or title, lists
without commas, one-word names, designations in brackets or after the name, kinship appositions
(पत्नी, पुत्र स्व.), an absentee and her father only mentioned, a typo (शामिल हुऐ, उपस्थीत),
cues off the closed statement list (शिकायत की, चेतावनी दी, मांग रखी, सुझाव दिया).
They were annotated by hand per shared/eval/FORMAT.md and committed (6f7e5fa) before the library
ran on them. One gold correction after the run, by FORMAT.md's briefing rule: z02 जयेश देसाई
("ने बताया कि", not placed at the meeting by the text) is a speaker, not an attendee.

Measured at creation (2026-12-07, main at dad1b03, first run):
    persons .925  designations .874  attendees .751  speakers .958  statements .952  roles .900
    date .842  place .957  date_acc .833  place_acc .917  mode_acc .833
Its failure kinds were then fixed the same day (general constructions with tests in our own
sentences: public hearings and officials' camps as gatherings, dotted degrees and सौ. inside a
sentence, a bracketed state in a dateline, acts only done at the event, errand arrivals, kinship
subjects, Urdu and corporate titles, role phrases, runs of names after an office, X भाई names,
dotted initials). Since then the set is no longer unseen. Measured after those fixes:
    persons .985  designations .972  attendees .975  speakers 1.0  statements 1.0  roles 1.0
    date 1.0  place 1.0  date_acc 1.0  place_acc 1.0  mode_acc 1.0
The floors sit about .02 under those scores; never lower one to make a change pass without
saying why.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import FIXTURES, assert_grounded
from heldout_checks import check_gold_matches_text, scores

HELDOUT = FIXTURES / "heldout4"
TEXTS = HELDOUT / "texts"
GOLD = HELDOUT / "gold"

F1_FLOORS = {
    "persons": 0.96,
    "designations": 0.95,
    "attendees": 0.95,
    "speakers": 0.97,
    "statements": 0.97,
    "roles": 0.97,
    "date": 0.97,
    "place": 0.97,
}
ACC_FLOORS = {"date_acc": 0.97, "place_acc": 0.97, "mode_acc": 0.97}


def _texts() -> list[Path]:
    return sorted(TEXTS.glob("*.txt"))


@pytest.fixture(scope="module")
def heldout4_scores(pipeline):
    return scores(GOLD, TEXTS, pipeline)


def test_heldout4_set_is_complete():
    texts = {p.stem for p in _texts()}
    golds = {p.stem for p in GOLD.glob("*.json")}
    assert len(texts) >= 12
    assert texts == golds


@pytest.mark.parametrize("path", sorted(GOLD.glob("*.json")), ids=lambda p: p.stem)
def test_heldout4_gold_is_consistent_with_its_text(path):
    check_gold_matches_text(path, TEXTS)


@pytest.mark.parametrize("field", list(F1_FLOORS))
def test_heldout4_f1_floor(heldout4_scores, field):
    assert heldout4_scores["missing"] == []
    assert heldout4_scores[field]["f"] >= F1_FLOORS[field], (field, heldout4_scores[field])


@pytest.mark.parametrize("field", list(ACC_FLOORS))
def test_heldout4_accuracy_floor(heldout4_scores, field):
    assert heldout4_scores[field] >= ACC_FLOORS[field], (field, heldout4_scores[field])


@pytest.mark.parametrize("path", _texts(), ids=lambda p: p.stem)
def test_heldout4_every_span_is_grounded(pipeline, path):
    text = path.read_text(encoding="utf-8")
    record = pipeline.extract(text, doc_id=path.stem)
    assert_grounded(record, text)
