"""frames.py: the three tables, their keys, and the lazy pandas import."""

from __future__ import annotations

import csv
import json
import subprocess
import sys

import pytest
from handmade import korba_record

from hindi_meeting_extract.batch import ErrorRow
from hindi_meeting_extract.frames import read_frames, to_frames
from hindi_meeting_extract.tables import (
    PANDAS_DTYPES,
    PERSON_COLUMNS,
    STATEMENT_COLUMNS,
    TABLES,
    arrow_schema,
    csv_bytes,
    csv_header,
    table_rows,
)

pd = pytest.importorskip("pandas")


def test_frames_tables_from_records_dicts_and_errors():
    record = korba_record()
    as_dict = record.model_dump(mode="json") | {"doc_id": "copy"}
    error = ErrorRow("bad", "InvalidUTF8", "x.txt: invalid UTF-8 at byte 3")
    f = to_frames([record, as_dict, error, error.to_json() | {"doc_id": "bad2"}])
    assert list(f.records["doc_id"]) == ["korba-it-cell", "copy", "bad", "bad2"]
    first = f.records.iloc[0]
    assert (first["place"], first["mode"], first["persons"]) == ("कोरबा", "virtual", 5)
    assert pd.isna(first["date"]) and pd.isna(first["date_year"])  # no year: no ISO date, month and day kept
    assert (first["date_month"], first["date_day"]) == (7, 12)
    assert list(f.records["error"][2:]) == ["InvalidUTF8", "InvalidUTF8"] and f.records["error"][:2].isna().all()
    assert list(f.persons.columns) == list(PERSON_COLUMNS) and len(f.persons) == 10
    assert list(f.statements.columns) == list(STATEMENT_COLUMNS) and len(f.statements) == 6
    row = f.persons[(f.persons.doc_id == "korba-it-cell") & (f.persons.person_id == "p4")].iloc[0]
    assert row["variants"] == ["नवदीप नन्दा"] and row["roles"] == ["attendee"]
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


# ---------------------------------------------------------------- one dtype convention, every format
def _results():
    record = korba_record()
    dated = record.model_copy(update={
        "doc_id": "dated", "date": record.date.model_copy(update={"year": 2021}), "warnings": ["a, b; c", "दो"]})
    return [record, dated, ErrorRow("bad", "InvalidUTF8", 'x.txt: "quoted", at byte 3')]


def _convention(f) -> None:
    rec = f.records.set_index("doc_id")
    assert rec.loc["dated", "date"] == "2021-07-12" and pd.isna(rec.loc["korba-it-cell", "date"])
    assert [rec.loc["dated", c] for c in ("date_year", "date_month", "date_day")] == [2021, 7, 12]
    assert rec.loc["dated", "warnings"] == ["a, b; c", "दो"] and rec.loc["korba-it-cell", "warnings"] == []
    assert rec.loc["bad", "attendees"] is None and rec.loc["korba-it-cell", "attendees"][:2] == ["p1", "p2"]
    for name, columns in TABLES.items():
        df = getattr(f, name)
        assert list(df.columns) == list(columns)
        assert {c: str(df[c].dtype) for c in columns} == {c: str(pd.Series(dtype=PANDAS_DTYPES[k]).dtype)
                                                         for c, k in columns.items()}
        for c, kind in columns.items():
            if kind == "list":
                assert all(v is None or isinstance(v, list) for v in df[c]), (name, c)


def _write(results, base: str, fmt: str) -> None:
    rows = {name: [] for name in TABLES}
    for result in results:
        record, persons, statements = table_rows(result)
        rows["records"].append(record)
        rows["persons"].extend(persons)
        rows["statements"].extend(statements)
    for name, columns in TABLES.items():
        path = f"{base}.{name}.{fmt}"
        if fmt == "csv":
            with open(path, "wb") as fh:
                fh.write(csv_header(columns) + csv_bytes(rows[name], columns))
        else:
            pa = pytest.importorskip("pyarrow")
            pq = pytest.importorskip("pyarrow.parquet")
            pq.write_table(pa.Table.from_pylist(rows[name], schema=arrow_schema(columns)), path)


def test_frames_follow_the_dtype_convention():
    _convention(to_frames(_results()))


@pytest.mark.parametrize("fmt", ["csv", "parquet"])
def test_tables_round_trip_to_the_same_frames(tmp_path, fmt):
    base = str(tmp_path / "out")
    _write(_results(), base, fmt)
    back = read_frames(f"{base}.{fmt}")
    _convention(back)
    expected = to_frames(_results())
    for name in TABLES:
        pd.testing.assert_frame_equal(getattr(back, name), getattr(expected, name))


def test_csv_lists_are_json_arrays_and_parquet_lists_are_list_columns(tmp_path):
    base = str(tmp_path / "out")
    _write(_results(), base, "csv")
    with open(f"{base}.persons.csv", encoding="utf-8", newline="") as fh:
        rows = list(csv.DictReader(fh))
    p4 = next(r for r in rows if r["doc_id"] == "korba-it-cell" and r["person_id"] == "p4")
    assert json.loads(p4["variants"]) == ["नवदीप नन्दा"] and p4["roles"] == '["attendee"]'
    pq = pytest.importorskip("pyarrow.parquet")
    _write(_results(), base, "parquet")
    schema = pq.read_schema(f"{base}.persons.parquet")
    pa = pytest.importorskip("pyarrow")
    assert pa.types.is_list(schema.field("roles").type) and schema.field("roles").type.value_type == pa.string()
    assert str(pq.read_schema(f"{base}.records.parquet").field("date_year").type) == "int64"


def test_read_frames_names_a_missing_table(tmp_path):
    from hindi_meeting_extract.errors import InputError

    with pytest.raises(InputError, match="no table"):
        read_frames(tmp_path / "none.csv")
