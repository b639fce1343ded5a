"""Records as pandas DataFrames: one row per document, per person and per statement.

The three tables have the columns of :mod:`hindi_meeting_extract.tables` (the CSV and Parquet
output of ``batch``), so a frame built here equals the one read back from those files; lists in a
cell (variants, designations, roles, attendees, warnings) are joined with ``"; "``. pandas is
imported only when :func:`to_frames` runs (``pip install 'hindi-meeting-extract[frames]'``).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from .batch import ErrorRow
from .errors import require
from .models import MeetingRecord
from .tables import TABLES, table_rows

if TYPE_CHECKING:  # pragma: no cover
    import pandas as pd


@dataclass(frozen=True)
class Frames:
    """Three DataFrames joined by ``doc_id`` (and ``statements.speaker_id`` = ``persons.person_id``)."""

    records: pd.DataFrame
    persons: pd.DataFrame
    statements: pd.DataFrame


def _as_result(item: Any, index: int) -> MeetingRecord | ErrorRow:
    if isinstance(item, Mapping):
        if "error" in item and "persons" not in item:  # an error line of a batch JSONL file
            return ErrorRow(str(item.get("doc_id", index)), str(item["error"]), str(item.get("message", "")))
        item = MeetingRecord.model_validate(dict(item))
    if isinstance(item, ErrorRow):
        return item
    if not isinstance(item, MeetingRecord):
        raise TypeError(f"to_frames() expects records, their JSON dicts or error rows, got {type(item).__name__}")
    return item if item.doc_id is not None else item.model_copy(update={"doc_id": str(index)})


def to_frames(records: Iterable[Any]) -> Frames:
    """The ``records``, ``persons`` and ``statements`` tables of ``records``.

    Args:
        records: :class:`~hindi_meeting_extract.models.MeetingRecord` objects, their JSON dicts
            (lines of a ``batch`` JSONL file) or :class:`~hindi_meeting_extract.batch.ErrorRow`
            objects. A record without ``doc_id`` is keyed by its position (``"0"``, ``"1"``, …).

    Returns:
        :class:`Frames`; integer columns use pandas' nullable ``Int64``.

    >>> from hindi_meeting_extract import extract
    >>> from hindi_meeting_extract.frames import to_frames
    >>> f = to_frames([extract("कोरबा 12 जुलाई। बैठक हुई।", doc_id="a")])
    >>> list(f.records["doc_id"])
    ['a']
    """
    pd = require("pandas", "frames", "to_frames")
    rows: dict[str, list[dict[str, Any]]] = {name: [] for name in TABLES}
    for i, item in enumerate(records):
        record, persons, statements = table_rows(_as_result(item, i))
        rows["records"].append(record)
        rows["persons"].extend(persons)
        rows["statements"].extend(statements)
    frames = {}
    for name, columns in TABLES.items():
        df = pd.DataFrame(rows[name], columns=list(columns))
        frames[name] = df.astype({c: "Int64" if t == "int" else "object" for c, t in columns.items()})
    return Frames(**frames)
