"""frames.py: the three tables, their keys, and the lazy pandas import."""

from __future__ import annotations

import subprocess
import sys

import pytest
from handmade import korba_record

from hindi_meeting_extract.batch import ErrorRow
from hindi_meeting_extract.frames import to_frames
from hindi_meeting_extract.tables import PERSON_COLUMNS, STATEMENT_COLUMNS

pytest.importorskip("pandas")


def test_frames_tables_from_records_dicts_and_errors():
    record = korba_record()
    as_dict = record.model_dump(mode="json") | {"doc_id": "copy"}
    error = ErrorRow("bad", "InvalidUTF8", "x.txt: invalid UTF-8 at byte 3")
    f = to_frames([record, as_dict, error, error.to_json() | {"doc_id": "bad2"}])
    assert list(f.records["doc_id"]) == ["korba-it-cell", "copy", "bad", "bad2"]
    first = f.records.iloc[0]
    assert (first["date"], first["place"], first["mode"], first["persons"]) == ("--07-12", "कोरबा", "virtual", 5)
    assert list(f.records["error"][2:]) == ["InvalidUTF8", "InvalidUTF8"] and f.records["error"][:2].isna().all()
    assert list(f.persons.columns) == list(PERSON_COLUMNS) and len(f.persons) == 10
    assert list(f.statements.columns) == list(STATEMENT_COLUMNS) and len(f.statements) == 6
    row = f.persons[(f.persons.doc_id == "korba-it-cell") & (f.persons.person_id == "p4")].iloc[0]
    assert row["variants"] == "नवदीप नन्दा" and row["roles"] == "attendee"
    assert str(f.persons["first_start"].dtype) == "Int64"
    # statements join persons on (doc_id, speaker_id)
    joined = f.statements.merge(f.persons, left_on=["doc_id", "speaker_id"], right_on=["doc_id", "person_id"])
    assert len(joined) == 6 and (joined["speaker_name"] == joined["name"]).all()


def test_frames_empty_input_keeps_columns():
    f = to_frames([])
    assert f.records.empty and list(f.persons.columns) == list(PERSON_COLUMNS)


def test_frames_records_without_doc_id_are_keyed_by_position():
    r = korba_record().model_copy(update={"doc_id": None})
    f = to_frames([r, r])
    assert list(f.records["doc_id"]) == ["0", "1"] and set(f.persons["doc_id"]) == {"0", "1"}


def test_frames_rejects_other_objects():
    with pytest.raises(TypeError):
        to_frames([42])


def test_frames_package_import_does_not_import_pandas():
    code = "import sys, hindi_meeting_extract, hindi_meeting_extract.frames; print('pandas' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"
