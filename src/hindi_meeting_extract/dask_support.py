"""Extraction on a Dask cluster (the ``dask`` extra): bags and dataframes of documents to records.

The same code runs on a laptop (``distributed.LocalCluster``) and on a cluster (a
``distributed.Client("tcp://scheduler:8786")``); see ``docs/distributed.md``. Each worker
process builds its pipeline once, on first use, and reuses it for every partition.

>>> import dask.bag as db
>>> bag = db.read_text("archive/*.jsonl").map(json.loads)          # doctest: +SKIP
>>> extract_bag(bag).map(json.dumps).to_textfiles("out/*.jsonl")   # doctest: +SKIP
"""

from __future__ import annotations

import hashlib
import json
import threading
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

from .batch import InputDocument, _as_input, extract_one, result_json
from .errors import require
from .pipeline import Pipeline, default_pipeline
from .tables import PANDAS_DTYPES, RECORD_COLUMNS, table_rows

#: Columns of :func:`extract_dataframe`'s result: the ``records`` table plus the whole record as JSON.
DATAFRAME_COLUMNS: tuple[str, ...] = (*RECORD_COLUMNS, "record")

_PIPELINES: dict[tuple[str, tuple[str, ...]], Pipeline] = {}
_LOCK = threading.Lock()


def worker_pipeline(backend: str = "rules", lexicons: Sequence[str] = ()) -> Pipeline:
    """This process's pipeline for ``backend`` and ``lexicons``, built on first use."""
    key = (backend, tuple(lexicons))
    with _LOCK:
        if key not in _PIPELINES:
            _PIPELINES[key] = default_pipeline(backend) if not lexicons else Pipeline(backend=backend, lexicons=lexicons)
        return _PIPELINES[key]


def _input(item: Any, id_field: str, text_field: str) -> InputDocument:
    if isinstance(item, str):  # a bare text: name it by its content, the same on every run
        return InputDocument("sha1:" + hashlib.sha1(item.encode("utf-8", "replace")).hexdigest()[:16], item)
    if isinstance(item, dict):
        doc_id, text = str(item.get(id_field)), item.get(text_field)
        if not isinstance(text, str):
            return InputDocument(doc_id, None, ("MissingText", f"no string {text_field!r} field"))
        return InputDocument(doc_id, text)
    return _as_input(item, 0)


def _extract_partition(
    items: Iterable[Any], backend: str, lexicons: tuple[str, ...], id_field: str, text_field: str
) -> list[dict[str, Any]]:
    pipe = worker_pipeline(backend, lexicons)
    return [result_json(extract_one(pipe, _input(item, id_field, text_field))) for item in items]


def extract_bag(
    bag: Any,
    *,
    backend: str = "rules",
    lexicons: Sequence[str | Path] = (),
    id_field: str = "id",
    text_field: str = "text",
) -> Any:
    """A ``dask.bag.Bag`` of JSON-ready dicts, one per item of ``bag``, in the same order.

    Items are ``{id_field, text_field}`` dicts, ``(doc_id, text)`` pairs or bare texts (doc_id
    ``sha1:<hash of the text>``). A document that fails gives ``{"doc_id", "error", "message"}``.
    """
    require("dask.bag", "dask", "extract_bag")
    return bag.map_partitions(
        _extract_partition, backend, tuple(str(x) for x in lexicons), id_field, text_field
    )


def _dtypes() -> dict[str, str]:
    out = {c: PANDAS_DTYPES[k] for c, k in RECORD_COLUMNS.items()}
    out["record"] = "string"
    return out


def _extract_frame(
    frame: Any, backend: str, lexicons: tuple[str, ...], id_column: str, text_column: str
) -> Any:
    import pandas as pd

    pipe = worker_pipeline(backend, lexicons)
    rows = []
    for doc_id, text in zip(frame[id_column].tolist(), frame[text_column].tolist(), strict=True):
        doc = _as_input((str(doc_id), text if isinstance(text, str) else None), 0)
        result = extract_one(pipe, doc)
        row = table_rows(result)[0]
        row["record"] = None if row["error"] else json.dumps(result_json(result), ensure_ascii=False)
        rows.append(row)
    out = pd.DataFrame.from_records(rows, columns=list(DATAFRAME_COLUMNS), index=frame.index)
    return out.astype(_dtypes())


def empty_frame() -> Any:
    """The (empty) pandas frame with the columns and dtypes of :func:`extract_dataframe`'s result."""
    pd = require("pandas", "dask", "extract_dataframe")
    return pd.DataFrame({c: pd.Series(dtype=t) for c, t in _dtypes().items()})


def extract_dataframe(
    df: Any,
    *,
    id_column: str = "id",
    text_column: str = "text",
    backend: str = "rules",
    lexicons: Sequence[str | Path] = (),
) -> Any:
    """A ``dask.dataframe.DataFrame``: one row per row of ``df`` (same index and partitions).

    Columns: the ``records`` table of :mod:`hindi_meeting_extract.tables` (``doc_id``,
    ``error``, ``message``, ``date``, ``place``, ``mode``, counts …) and ``record``, the whole
    record as a JSON string (null for error rows).
    """
    require("dask.dataframe", "dask", "extract_dataframe")
    return df.map_partitions(
        _extract_frame, backend, tuple(str(x) for x in lexicons), id_column, text_column, meta=empty_frame()
    )


__all__ = ["DATAFRAME_COLUMNS", "empty_frame", "extract_bag", "extract_dataframe", "worker_pipeline"]
