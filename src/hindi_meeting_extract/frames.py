"""Records as pandas DataFrames: one row per document, per person and per statement.

The three tables have the columns and types of :mod:`hindi_meeting_extract.tables` (the CSV and
Parquet output of ``batch``): strings are pandas ``string``, integers nullable ``Int64``, lists
(variants, designations, roles, attendees, warnings) Python lists, and the date is
``date_year``/``date_month``/``date_day`` plus ``date`` (ISO, when the year is known).
:func:`read_frames` reads ``batch``'s CSV or Parquet tables back into the same frames.
pandas is imported only when these functions run (``pip install 'hindi-meeting-extract[frames]'``).
"""

from __future__ import annotations

import csv
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from .batch import ErrorRow
from .errors import InputError, require
from .models import MeetingRecord
from .tables import PANDAS_DTYPES, TABLES, parse_csv_cell, table_rows

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


def frame(rows: list[dict[str, Any]], table: str) -> pd.DataFrame:
    """A DataFrame of ``rows`` (dicts of Python values) with the columns and dtypes of ``table``."""
    pd = require("pandas", "frames", "to_frames")
    columns = TABLES[table]
    df = pd.DataFrame(rows, columns=list(columns))
    for c, kind in columns.items():
        if kind == "list":  # object column of lists; a missing cell is None, never NaN
            df[c] = pd.Series([v if isinstance(v, list) else None for v in df[c]], index=df.index, dtype=object)
        else:
            df[c] = df[c].astype(PANDAS_DTYPES[kind])
    return df


def to_frames(records: Iterable[Any]) -> Frames:
    """The ``records``, ``persons`` and ``statements`` tables of ``records``.

    Args:
        records: :class:`~hindi_meeting_extract.models.MeetingRecord` objects, their JSON dicts
            (lines of a ``batch`` JSONL file) or :class:`~hindi_meeting_extract.batch.ErrorRow`
            objects. A record without ``doc_id`` is keyed by its position (``"0"``, ``"1"``, …).

    Returns:
        :class:`Frames` with the dtypes of :mod:`hindi_meeting_extract.tables`.

    >>> from hindi_meeting_extract import extract
    >>> from hindi_meeting_extract.frames import to_frames
    >>> f = to_frames([extract("कोरबा 12 जुलाई 2024। श्री राम कुमार ने कहा कि ठीक है।", doc_id="a")])
    >>> f.records.loc[0, "date"], int(f.records.loc[0, "date_year"])
    ('2024-07-12', 2024)
    >>> f.persons.loc[0, "roles"]
    ['speaker']
    """
    rows: dict[str, list[dict[str, Any]]] = {name: [] for name in TABLES}
    for i, item in enumerate(records):
        record, persons, statements = table_rows(_as_result(item, i))
        rows["records"].append(record)
        rows["persons"].extend(persons)
        rows["statements"].extend(statements)
    return Frames(**{name: frame(rows[name], name) for name in TABLES})


def read_frames(base: str | Path, format: str | None = None) -> Frames:  # noqa: A002 - the batch option's name
    """The tables ``batch -o BASE.csv`` or ``-o BASE.parquet`` wrote, as :func:`to_frames` gives them.

    Args:
        base: the ``-o`` value given to ``batch`` (``out.csv``, ``out.parquet``) or its base (``out``).
        format: ``csv`` or ``parquet``; by default from ``base``'s suffix.
    """
    base = str(base)
    fmt = format or ("parquet" if base.lower().endswith(".parquet") else "csv" if base.lower().endswith(".csv") else None)
    if fmt not in ("csv", "parquet"):
        raise InputError(f"read_frames() needs format='csv' or 'parquet' (or a .csv/.parquet name), got {base!r}")
    if base.lower().endswith(f".{fmt}"):
        base = base[: -len(fmt) - 1]
    paths = {name: Path(f"{base}.{name}.{fmt}") for name in TABLES}
    for path in paths.values():
        if not path.is_file():
            raise InputError(f"no table {path}")
    read = _read_csv if fmt == "csv" else _read_parquet
    return Frames(**{name: frame(read(path, name), name) for name, path in paths.items()})


def _read_csv(path: Path, table: str) -> list[dict[str, Any]]:
    columns = TABLES[table]
    with open(path, encoding="utf-8", newline="") as fh:
        reader = csv.reader(fh)
        header = next(reader, [])
        if header != list(columns):
            raise InputError(f"{path}: not a {table} table of this version (columns {header})")
        return [{c: parse_csv_cell(cell, kind) for (c, kind), cell in zip(columns.items(), row, strict=True)}
                for row in reader if row]


def _read_parquet(path: Path, table: str) -> list[dict[str, Any]]:
    pq = require("pyarrow.parquet", "parquet", "read_frames")
    data = pq.read_table(path)
    if data.column_names != list(TABLES[table]):
        raise InputError(f"{path}: not a {table} table of this version (columns {data.column_names})")
    return data.to_pylist()  # type: ignore[no-any-return]
