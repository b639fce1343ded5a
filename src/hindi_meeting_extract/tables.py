"""Records as three flat, joinable tables (for CSV, Parquet and dataframes).

- ``records``: one row per input document (error rows included), key ``doc_id``;
- ``persons``: one row per person, keys ``doc_id`` + ``person_id``;
- ``statements``: one row per statement, keys ``doc_id`` + ``statement``; ``speaker_id`` joins
  ``persons.person_id`` within the same ``doc_id``, and so do the ids in ``records.attendees``.

One type convention for every format (each column is ``str``, ``int`` or ``list``; any cell may
be null):

- ``str``: pandas ``string``; Parquet ``string``; CSV: the text, an empty cell for null;
- ``int``: pandas ``Int64`` (nullable); Parquet ``int64``; CSV: decimal digits, empty for null;
- ``list`` (of strings): pandas ``object`` cells holding Python lists; Parquet ``list<string>``;
  CSV: a JSON array (``["p1","p2"]``, Devanagari as is), ``[]`` for no items, empty for null.

Lists (``attendees``, ``warnings``, ``variants``, ``designations``, ``roles``) are real lists,
never joined strings. The meeting date is ``date_year``, ``date_month`` and ``date_day``
(nullable integers: the year is often unknown) plus ``date``, the ISO ``YYYY-MM-DD`` date when
all three are known (else null). Offsets are code-point offsets into the input text, as in the
JSON records. :func:`hindi_meeting_extract.frames.read_frames` reads CSV and Parquet tables back
into exactly the frames :func:`~hindi_meeting_extract.frames.to_frames` gives.
"""

from __future__ import annotations

import csv
import io
import json
from typing import Any

from .batch import ErrorRow
from .models import MeetingRecord

RECORD_COLUMNS: dict[str, str] = {  # column -> type ("str", "int" or "list"); every column is nullable
    "doc_id": "str", "error": "str", "message": "str",
    "title": "str", "date": "str", "date_year": "int", "date_month": "int", "date_day": "int",
    "date_text": "str", "date_start": "int",
    "place": "str", "place_text": "str", "place_start": "int", "mode": "str",
    "persons": "int", "statements": "int", "attendees": "list", "warnings": "list",
}
PERSON_COLUMNS: dict[str, str] = {
    "doc_id": "str", "person_id": "str", "name": "str", "variants": "list", "honorific": "str",
    "designations": "list", "roles": "list", "mentions": "int", "first_start": "int",
}
STATEMENT_COLUMNS: dict[str, str] = {
    "doc_id": "str", "statement": "int", "speaker_id": "str", "speaker_name": "str", "text": "str",
    "start": "int", "end": "int", "cue": "str", "rule": "str",
}
TABLES: dict[str, dict[str, str]] = {"records": RECORD_COLUMNS, "persons": PERSON_COLUMNS, "statements": STATEMENT_COLUMNS}
PANDAS_DTYPES = {"str": "string", "int": "Int64", "list": "object"}

Rows = tuple[dict[str, Any], list[dict[str, Any]], list[dict[str, Any]]]


def _iso(year: int | None, month: int, day: int) -> str | None:
    return f"{year:04d}-{month:02d}-{day:02d}" if year else None


def table_rows(result: MeetingRecord | ErrorRow) -> Rows:
    """The ``records`` row and the ``persons`` and ``statements`` rows of one result."""
    if isinstance(result, ErrorRow):
        row = dict.fromkeys(RECORD_COLUMNS)
        row.update(doc_id=result.doc_id, error=result.error_type, message=result.message)
        return row, [], []
    r = result
    doc_id = r.doc_id
    names = {p.id: p.name for p in r.persons}
    d = r.date
    record = {
        "doc_id": doc_id, "error": None, "message": None,
        "title": r.title.text if r.title else None,
        "date": _iso(d.year, d.month, d.day) if d else None,
        "date_year": d.year if d else None, "date_month": d.month if d else None, "date_day": d.day if d else None,
        "date_text": d.text if d else None, "date_start": d.start if d else None,
        "place": r.place.name if r.place else None, "place_text": r.place.text if r.place else None,
        "place_start": r.place.start if r.place else None, "mode": r.mode,
        "persons": len(r.persons), "statements": len(r.statements),
        "attendees": list(r.attendees), "warnings": list(r.warnings),
    }
    persons = [
        {
            "doc_id": doc_id, "person_id": p.id, "name": p.name, "variants": list(p.variants),
            "honorific": p.honorific, "designations": list(p.designations), "roles": list(p.roles),
            "mentions": len(p.mentions), "first_start": min((m.start for m in p.mentions), default=None),
        }
        for p in r.persons
    ]
    statements = [
        {
            "doc_id": doc_id, "statement": i, "speaker_id": s.speaker, "speaker_name": names.get(s.speaker or ""),
            "text": s.text, "start": s.start, "end": s.end, "cue": s.cue, "rule": s.rule or None,
        }
        for i, s in enumerate(r.statements)
    ]
    return record, persons, statements


# --------------------------------------------------------------------------- CSV


def csv_cell(value: Any, kind: str) -> str:
    """One cell as CSV text: null is empty, a list is a JSON array (Devanagari kept as is)."""
    if value is None:
        return ""
    if kind == "list":
        return json.dumps(list(value), ensure_ascii=False)
    return str(value)


def parse_csv_cell(cell: str, kind: str) -> Any:
    """The value of one CSV cell written by :func:`csv_cell`."""
    if cell == "":
        return None
    if kind == "int":
        return int(cell)
    if kind == "list":
        return json.loads(cell)
    return cell


def csv_header(columns: dict[str, str]) -> bytes:
    """The header line of a table."""
    return (",".join(columns) + "\n").encode()


def csv_bytes(rows: list[dict[str, Any]], columns: dict[str, str]) -> bytes:
    """``rows`` of a table as UTF-8 CSV lines (no header)."""
    if not rows:
        return b""
    buf = io.StringIO()
    writer = csv.writer(buf, lineterminator="\n")
    for row in rows:
        writer.writerow([csv_cell(row[c], kind) for c, kind in columns.items()])
    return buf.getvalue().encode("utf-8", "replace")


# --------------------------------------------------------------------------- Parquet


def arrow_schema(columns: dict[str, str]):  # type: ignore[no-untyped-def]
    """The pyarrow schema of a table (needs the ``parquet`` extra)."""
    from .errors import require

    pa = require("pyarrow", "parquet", "Parquet output")
    types = {"str": pa.string(), "int": pa.int64(), "list": pa.list_(pa.string())}
    return pa.schema([(c, types[kind]) for c, kind in columns.items()])


__all__ = [
    "PANDAS_DTYPES", "PERSON_COLUMNS", "RECORD_COLUMNS", "STATEMENT_COLUMNS", "TABLES",
    "arrow_schema", "csv_bytes", "csv_cell", "csv_header", "parse_csv_cell", "table_rows",
]
