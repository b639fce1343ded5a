"""The ``batch`` command: inputs -> records on disk, crash-safe, resumable, with progress.

Output formats:

- ``jsonl`` (default): one JSON object a line, a record or ``{"doc_id", "error", "message"}``;
- ``csv``: three joinable tables (see :mod:`hindi_meeting_extract.tables`) written as
  ``BASE.records.csv``, ``BASE.persons.csv`` and ``BASE.statements.csv``, where ``BASE`` is
  ``--output`` without a ``.csv`` suffix;
- ``parquet`` (the ``parquet`` extra): the same three tables as ``BASE.<table>.parquet``.

Crash safety: every result is written with one unbuffered ``write`` per file as soon as it is
ready, in input order (CSV: the persons and statements rows first, the ``records`` row last).
After a kill (even ``kill -9``) ``--resume`` drops a torn last line, drops persons/statements
rows of a document whose ``records`` row is missing, skips every doc_id already written and
appends the rest, so each doc_id ends up exactly once. Error rows count as done.
"""

from __future__ import annotations

import argparse
import csv
import io
import json
import os
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from .batch import ErrorRow, InputDocument, Result, input_kind, iter_inputs, map_documents, result_json
from .errors import HindiMeetingExtractError, require
from .models import MeetingRecord
from .tables import TABLES, table_rows

FORMATS = ("jsonl", "csv", "parquet")


class UsageError(HindiMeetingExtractError, ValueError):
    """Options that do not go together."""


def add_arguments(p: argparse.ArgumentParser) -> None:
    """The ``batch`` options (the parser already has the common ones)."""
    p.add_argument("inputs", nargs="+", metavar="INPUT",
                   help="directories (*.txt, recursive), .jsonl[.gz], .csv[.gz], text files, or - (JSONL on stdin)")
    p.add_argument("-o", "--output", required=True,
                   help="output file (JSONL; - for stdout) or, for csv/parquet, the base name of the three tables")
    p.add_argument("--format", choices=FORMATS,
                   help="jsonl (default), csv or parquet; default: from the output suffix")
    p.add_argument("--workers", type=int, default=1, metavar="N", help="worker processes (default 1)")
    p.add_argument("--resume", action="store_true",
                   help="skip doc_ids already in the output and append the rest (after a crash or kill)")
    p.add_argument("--id-field", default="id", metavar="NAME", help="JSONL/CSV id field (default: id)")
    p.add_argument("--text-field", default="text", metavar="NAME", help="JSONL/CSV text field (default: text)")
    p.add_argument("--encoding-errors", choices=("strict", "replace"), default="strict",
                   help="invalid UTF-8: an error row (strict, default) or U+FFFD replacement")
    p.add_argument("--chunk-size", type=int, default=None, metavar="N", help=argparse.SUPPRESS)
    p.add_argument("--quiet", action="store_true", help="no progress bar and no summary")
    p.add_argument("--strict", action="store_true", help="exit 1 when any document fails")


# --------------------------------------------------------------------------- worker payloads
# Serialisation happens in the worker processes, so the parent only writes bytes.

Payload = tuple[str, bool, Any]


def _jsonl_payload(doc: InputDocument, result: Result) -> Payload:
    try:  # pydantic's serialiser is ~2x faster than model_dump + json.dumps; both keep Devanagari
        line = (result.model_dump_json() if isinstance(result, MeetingRecord) else json.dumps(result.to_json(), ensure_ascii=False)) + "\n"
    except ValueError:  # lone surrogates (from a str item) need json's escapes
        line = json.dumps(result_json(result), ensure_ascii=False) + "\n"
    # a lone surrogate (from a str item) becomes a \\udcxx JSON escape, never invalid UTF-8
    return doc.doc_id, isinstance(result, ErrorRow), line.encode("utf-8", "backslashreplace")


def _csv_bytes(rows: list[dict[str, Any]], columns: dict[str, str]) -> bytes:
    if not rows:
        return b""
    buf = io.StringIO()
    writer = csv.writer(buf, lineterminator="\n")
    for row in rows:
        writer.writerow(["" if row[c] is None else row[c] for c in columns])
    return buf.getvalue().encode("utf-8", "replace")


def _csv_payload(doc: InputDocument, result: Result) -> Payload:
    record, persons, statements = table_rows(result)
    data = {
        "persons": _csv_bytes(persons, TABLES["persons"]),
        "statements": _csv_bytes(statements, TABLES["statements"]),
        "records": _csv_bytes([record], TABLES["records"]),
    }
    return doc.doc_id, isinstance(result, ErrorRow), data


def _rows_payload(doc: InputDocument, result: Result) -> Payload:
    return doc.doc_id, isinstance(result, ErrorRow), table_rows(result)


def _on_failure(fn: Any) -> Any:
    """``map_documents``' ``on_failure``: the error row of a document a worker died on, as ``fn`` renders it."""

    def on_failure(doc: InputDocument, exc: BaseException) -> Payload:
        message = f"a worker process died on this document: {exc!r}"
        return fn(doc, ErrorRow(doc.doc_id, "WorkerCrashed", message))

    return on_failure


# --------------------------------------------------------------------------- writers


def _write_all(fd: int, data: bytes) -> None:
    view = memoryview(data)
    while view:
        view = view[os.write(fd, view):]


class JsonlWriter:
    """Appends JSONL lines, one ``write`` each; ``done()`` reads what an earlier run wrote."""

    payload = staticmethod(_jsonl_payload)

    def __init__(self, output: str) -> None:
        self.path = None if output == "-" else Path(output)

    def done(self) -> set[str]:
        if self.path is None:
            raise UsageError("--resume needs an output file, not stdout")
        return _resume_jsonl(self.path) if self.path.exists() else set()

    def open(self, append: bool) -> None:
        self.stream = None
        if self.path is None:
            sys.stdout.flush()
            try:
                self.fd = sys.stdout.fileno()
            except (OSError, AttributeError, ValueError):  # a stdout without a file (captured, in a notebook)
                self.stream = sys.stdout
        else:
            flags = os.O_WRONLY | os.O_CREAT | (os.O_APPEND if append else os.O_TRUNC)
            self.fd = os.open(self.path, flags, 0o644)

    def write(self, data: bytes) -> None:
        if self.stream is not None:
            self.stream.write(data.decode("utf-8"))
            self.stream.flush()
        else:
            _write_all(self.fd, data)

    def close(self) -> None:
        if self.path is not None:
            os.close(self.fd)

    def describe(self) -> str:
        return str(self.path or "<stdout>")


def _base(output: str, suffix: str) -> str:
    return output[: -len(suffix)] if output.lower().endswith(suffix) else output


class CsvWriter:
    """Three CSV tables, the ``records`` row of a document written after its other rows."""

    payload = staticmethod(_csv_payload)

    def __init__(self, output: str) -> None:
        if output == "-":
            raise UsageError("CSV output writes three files: give a base name with -o")
        base = _base(output, ".csv")
        self.paths = {t: Path(f"{base}.{t}.csv") for t in ("persons", "statements", "records")}

    def done(self) -> set[str]:
        rec = self.paths["records"]
        if not rec.exists():
            return set()
        done = _resume_csv(rec, None)
        for table in ("persons", "statements"):
            if self.paths[table].exists():
                _resume_csv(self.paths[table], done)
        return done

    def open(self, append: bool) -> None:
        self.fds: dict[str, int] = {}
        for table, path in self.paths.items():
            flags = os.O_WRONLY | os.O_CREAT | (os.O_APPEND if append else os.O_TRUNC)
            fd = os.open(path, flags, 0o644)
            if os.fstat(fd).st_size == 0:
                _write_all(fd, ",".join(TABLES[table]).encode() + b"\n")
            self.fds[table] = fd

    def write(self, data: dict[str, bytes]) -> None:
        for table in ("persons", "statements", "records"):
            if data[table]:
                _write_all(self.fds[table], data[table])

    def close(self) -> None:
        for fd in self.fds.values():
            os.close(fd)

    def describe(self) -> str:
        return str(self.paths["records"]).replace(".records.csv", ".{records,persons,statements}.csv")


class ParquetWriter:
    """Three Parquet tables, written in row groups (no ``--resume``: Parquet cannot be appended)."""

    payload = staticmethod(_rows_payload)
    ROW_GROUP = 5000

    def __init__(self, output: str) -> None:
        self.pa = require("pyarrow", "parquet", "Parquet output")
        self.pq = require("pyarrow.parquet", "parquet", "Parquet output")
        if output == "-":
            raise UsageError("Parquet output writes three files: give a base name with -o")
        base = _base(output, ".parquet")
        self.paths = {t: Path(f"{base}.{t}.parquet") for t in TABLES}

    def done(self) -> set[str]:
        raise UsageError("--resume works with jsonl and csv output, not parquet")

    def open(self, append: bool) -> None:
        pa = self.pa
        types = {"str": pa.string(), "int": pa.int64()}
        self.schemas = {t: pa.schema([(c, types[k]) for c, k in cols.items()]) for t, cols in TABLES.items()}
        self.writers = {t: self.pq.ParquetWriter(self.paths[t], self.schemas[t]) for t in TABLES}
        self.buffers: dict[str, list[dict[str, Any]]] = {t: [] for t in TABLES}
        self.pending = 0

    def write(self, rows: tuple[dict[str, Any], list[dict[str, Any]], list[dict[str, Any]]]) -> None:
        record, persons, statements = rows
        self.buffers["records"].append(record)
        self.buffers["persons"].extend(persons)
        self.buffers["statements"].extend(statements)
        self.pending += 1
        if self.pending >= self.ROW_GROUP:
            self._flush()

    def _flush(self) -> None:
        for t, rows in self.buffers.items():
            if rows:
                self.writers[t].write_table(self.pa.Table.from_pylist(rows, schema=self.schemas[t]))
                rows.clear()
        self.pending = 0

    def close(self) -> None:
        self._flush()
        for w in self.writers.values():
            w.close()

    def describe(self) -> str:
        return str(self.paths["records"]).replace(".records.parquet", ".{records,persons,statements}.parquet")


WRITERS = {"jsonl": JsonlWriter, "csv": CsvWriter, "parquet": ParquetWriter}


# --------------------------------------------------------------------------- resume


def _truncate(path: Path, size: int) -> None:
    if path.stat().st_size != size:
        with open(path, "r+b") as fh:
            fh.truncate(size)


def _resume_jsonl(path: Path) -> set[str]:
    """doc_ids of the whole lines in ``path``; a torn last line is cut off."""
    done: set[str] = set()
    pos = 0
    cut: int | None = None  # start of a trailing line that is not a whole JSON object
    with open(path, "rb") as fh:
        for line in fh:
            start, pos = pos, pos + len(line)
            try:
                obj = json.loads(line) if line.endswith(b"\n") else None
            except ValueError:
                obj = None
            if not isinstance(obj, dict):
                cut = start if cut is None else cut
                continue
            cut = None
            if obj.get("doc_id") is not None:
                done.add(str(obj["doc_id"]))
    if cut is not None:
        _truncate(path, cut)
    return done


def _csv_rows(path: Path) -> Iterator[tuple[list[str], int, int]]:
    """Whole CSV rows with their byte range; stops at a torn last row.

    A row is whole when it ends with a newline outside quotes, i.e. with an even number of
    ``"`` (quotes inside fields are doubled).
    """
    start = pos = 0
    quotes = 0
    parts: list[bytes] = []
    with open(path, "rb") as fh:
        for line in fh:
            parts.append(line)
            quotes += line.count(b'"')
            pos += len(line)
            if line.endswith(b"\n") and quotes % 2 == 0:
                raw = b"".join(parts).decode("utf-8", "replace")
                yield next(csv.reader([raw])) if raw.strip() else [], start, pos
                start, parts, quotes = pos, [], 0


def _resume_csv(path: Path, keep: set[str] | None) -> set[str]:
    """doc_ids of a CSV table's whole data rows, after cutting a torn tail; with ``keep``, also
    cut the trailing rows of documents not in ``keep`` (whose ``records`` row never got written).
    Streams the file: memory is the set of doc_ids, not the rows."""
    ids: set[str] = set()
    end = 0  # end of the last row to keep
    header = True
    for row, _start, stop in _csv_rows(path):
        if header:
            header, end = False, stop
            continue
        if not row:
            continue
        if keep is None or row[0] in keep:
            ids.add(row[0])
            end = stop  # an orphan run before this row is not a tail: it stays
    _truncate(path, end)
    return ids


# --------------------------------------------------------------------------- progress


class Progress:
    """A one-line progress report on stderr: done/total, docs/s, ETA (redrawn ≤ 5 times a second)."""

    def __init__(self, total: int | None, stream: Any = None, enabled: bool = True) -> None:
        self.total = total
        self.stream = stream or sys.stderr
        self.enabled = enabled
        self.start = self.last = time.monotonic()
        self.count = 0
        self.extracted = 0

    def update(self, *, extracted: bool = True) -> None:
        self.count += 1
        self.extracted += extracted
        if self.enabled:
            now = time.monotonic()
            if now - self.last >= 0.2:
                self.last = now
                self._draw(now)

    def _draw(self, now: float) -> None:
        elapsed = max(now - self.start, 1e-9)
        rate = self.extracted / elapsed
        line = f"{self.count:,}"
        if self.total:
            left = max(self.total - self.count, 0)
            eta = _hms(left / rate) if rate > 0 else "?"
            line += f"/{self.total:,} docs {100 * self.count / self.total:3.0f}%  {rate:,.1f} docs/s  ETA {eta}"
        else:
            line += f" docs  {rate:,.1f} docs/s  {_hms(elapsed)}"
        self.stream.write("\r" + line + "\x1b[K")
        self.stream.flush()

    def close(self) -> None:
        if self.enabled and self.count:
            self._draw(time.monotonic())
            self.stream.write("\n")
            self.stream.flush()
        self.enabled = False


def _hms(seconds: float) -> str:
    s = int(seconds)
    return f"{s // 3600}:{s % 3600 // 60:02d}:{s % 60:02d}"


def estimate_total(paths: list[str]) -> int | None:
    """Number of inputs when it is cheap to know (directories, plain JSONL), else ``None``."""
    total = 0
    for raw in paths:
        kind = input_kind(raw)
        if kind == "dir":
            total += sum(1 for f in Path(raw).rglob("*.txt") if f.is_file())
        elif kind == "text":
            total += 1
        elif kind == "jsonl" and not raw.lower().endswith(".gz"):
            try:
                with open(raw, "rb") as fh:
                    total += sum(block.count(b"\n") for block in iter(lambda: fh.read(1 << 20), b""))
            except OSError:
                total += 1
        else:
            return None
    return total


# --------------------------------------------------------------------------- the command


def run(args: argparse.Namespace) -> int:
    """Run ``batch``; returns the exit status."""
    fmt = args.format or _format_from_suffix(args.output)
    if args.workers < 1:
        raise UsageError("--workers must be at least 1")
    if args.inputs.count("-") > 1:
        raise UsageError("stdin (-) can be read only once")
    writer = WRITERS[fmt](args.output)
    done = writer.done() if args.resume else set()

    show = not args.quiet and sys.stderr.isatty()
    progress = Progress(estimate_total(args.inputs) if show else None, enabled=show)
    counts = {"records": 0, "errors": 0, "skipped": 0}

    def todo() -> Iterator[InputDocument]:
        for doc in iter_inputs(args.inputs, id_field=args.id_field, text_field=args.text_field,
                               encoding_errors=args.encoding_errors):
            if doc.doc_id in done:
                counts["skipped"] += 1
                progress.update(extracted=False)
                continue
            yield doc

    start = time.perf_counter()
    writer.open(append=args.resume)
    try:
        results = map_documents(todo(), writer.payload, workers=args.workers, backend=args.backend,
                                lexicons=args.lexicon or (), chunk_size=args.chunk_size,
                                on_failure=_on_failure(writer.payload))
        for _doc_id, is_error, data in results:
            writer.write(data)
            counts["errors" if is_error else "records"] += 1
            progress.update()
    except KeyboardInterrupt:
        progress.close()
        print(f"interrupted after {counts['records'] + counts['errors']:,} documents; "
              "run again with --resume to finish", file=sys.stderr)
        return 130
    finally:
        writer.close()
        progress.close()
    seconds = time.perf_counter() - start
    done_now = counts["records"] + counts["errors"]
    if not args.quiet:
        skipped = f", {counts['skipped']:,} skipped (already in the output)" if args.resume else ""
        print(
            f"{done_now + counts['skipped']:,} inputs, {counts['records']:,} records, {counts['errors']:,} errors"
            f"{skipped} in {seconds:.1f} s ({done_now / max(seconds, 1e-9):,.1f} docs/s) -> {writer.describe()}",
            file=sys.stderr,
        )
    return 1 if counts["errors"] and args.strict else 0


def _format_from_suffix(output: str) -> str:
    low = output.lower()
    if low.endswith(".csv"):
        return "csv"
    if low.endswith(".parquet"):
        return "parquet"
    return "jsonl"


__all__ = ["FORMATS", "Progress", "UsageError", "add_arguments", "estimate_total", "run"]
