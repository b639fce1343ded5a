"""Records as three flat, joinable tables (for CSV, Parquet and dataframes).

- ``records``: one row per input document (error rows included), key ``doc_id``;
- ``persons``: one row per person, keys ``doc_id`` + ``person_id``;
- ``statements``: one row per statement, keys ``doc_id`` + ``statement``; ``speaker_id`` joins
  ``persons.person_id`` within the same ``doc_id``, and so do the ids in ``records.attendees``.

Lists inside a cell (variants, designations, roles, attendees, warnings) are joined with
``"; "``. Offsets are code-point offsets into the input text, as in the JSON records.
"""

from __future__ import annotations

from typing import Any

from .batch import ErrorRow
from .models import MeetingRecord

SEP = "; "

RECORD_COLUMNS: dict[str, str] = {  # column -> type ("str" or "int"); every column is nullable
    "doc_id": "str", "error": "str", "message": "str",
    "title": "str", "date": "str", "date_text": "str", "date_start": "int",
    "place": "str", "place_text": "str", "place_start": "int", "mode": "str",
    "persons": "int", "statements": "int", "attendees": "str", "warnings": "str",
}
PERSON_COLUMNS: dict[str, str] = {
    "doc_id": "str", "person_id": "str", "name": "str", "variants": "str", "honorific": "str",
    "designations": "str", "roles": "str", "mentions": "int", "first_start": "int",
}
STATEMENT_COLUMNS: dict[str, str] = {
    "doc_id": "str", "statement": "int", "speaker_id": "str", "speaker_name": "str", "text": "str",
    "start": "int", "end": "int", "cue": "str", "rule": "str",
}
TABLES: dict[str, dict[str, str]] = {"records": RECORD_COLUMNS, "persons": PERSON_COLUMNS, "statements": STATEMENT_COLUMNS}

Rows = tuple[dict[str, Any], list[dict[str, Any]], list[dict[str, Any]]]


def _date(record: MeetingRecord) -> str | None:
    d = record.date
    if d is None:
        return None
    return f"{d.year:04d}-{d.month:02d}-{d.day:02d}" if d.year else f"--{d.month:02d}-{d.day:02d}"


def table_rows(result: MeetingRecord | ErrorRow) -> Rows:
    """The ``records`` row and the ``persons`` and ``statements`` rows of one result."""
    if isinstance(result, ErrorRow):
        row = dict.fromkeys(RECORD_COLUMNS)
        row.update(doc_id=result.doc_id, error=result.error_type, message=result.message)
        return row, [], []
    r = result
    doc_id = r.doc_id
    names = {p.id: p.name for p in r.persons}
    record = {
        "doc_id": doc_id, "error": None, "message": None,
        "title": r.title.text if r.title else None,
        "date": _date(r), "date_text": r.date.text if r.date else None, "date_start": r.date.start if r.date else None,
        "place": r.place.name if r.place else None, "place_text": r.place.text if r.place else None,
        "place_start": r.place.start if r.place else None, "mode": r.mode,
        "persons": len(r.persons), "statements": len(r.statements),
        "attendees": SEP.join(r.attendees) or None,
        "warnings": SEP.join(r.warnings) or None,
    }
    persons = [
        {
            "doc_id": doc_id, "person_id": p.id, "name": p.name, "variants": SEP.join(p.variants) or None,
            "honorific": p.honorific, "designations": SEP.join(p.designations) or None,
            "roles": SEP.join(p.roles) or None, "mentions": len(p.mentions),
            "first_start": min((m.start for m in p.mentions), default=None),
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
