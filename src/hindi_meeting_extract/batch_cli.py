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
import json
import os
import stat
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from .batch import ErrorRow, InputDocument, Result, input_kind, iter_inputs, map_documents, result_json
from .errors import HindiMeetingExtractError, require
from .models import MeetingRecord
from .tables import TABLES, arrow_schema, csv_bytes as _csv_bytes, csv_header, table_rows

FORMATS = ("jsonl", "csv", "parquet")

#: Seconds one document may take in ``batch`` (``--time-limit``). 2,000,000 characters (the
#: default ``max_chars``) of ordinary press-release text took 7 s on the shared 2-core test
#: machine; a document that needs more than this is stuck on something pathological.
DEFAULT_TIME_LIMIT = 120.0

#: Output suffixes from which the format is taken when ``--format`` is not given (a name
#: without a suffix is JSONL, or the base name of the CSV/Parquet tables with ``--format``).
SUFFIXES = {".jsonl": "jsonl", ".ndjson": "jsonl", ".json": "jsonl", ".csv": "csv", ".parquet": "parquet"}
#: Suffixes of formats batch does not write: refused rather than written as JSONL under that
#: name. Any other name (no suffix, or one such as mktemp's ``tmp.k3J9xQ``) is JSONL.
OTHER_FORMATS = frozenset({
    ".xlsx", ".xls", ".xlsm", ".ods", ".tsv", ".txt", ".text", ".md", ".html", ".htm", ".xml", ".yaml", ".yml",
    ".toml", ".feather", ".arrow", ".orc", ".avro", ".pq", ".pkl", ".pickle", ".db", ".sqlite", ".sqlite3",
    ".gz", ".gzip", ".bz2", ".xz", ".zst", ".zip", ".tar", ".7z", ".pdf", ".doc", ".docx",
})


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
    p.add_argument("--time-limit", type=float, default=DEFAULT_TIME_LIMIT, metavar="SECONDS",
                   help=f"per-document time limit: a slower document becomes a DocumentTimeout error row "
                        f"(default {DEFAULT_TIME_LIMIT:g}; 0: no limit)")
    p.add_argument("--chunk-size", type=int, default=None, metavar="N", help=argparse.SUPPRESS)
    from .cli import add_max_chars

    add_max_chars(p)
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

    def outputs(self) -> list[Path]:
        return [] if self.path is None else [self.path]

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

    def outputs(self) -> list[Path]:
        return list(self.paths.values())

    def done(self) -> set[str]:
        for table, path in self.paths.items():
            _check_csv_header(path, table)
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
                _write_all(fd, csv_header(TABLES[table]))
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

    def outputs(self) -> list[Path]:
        return list(self.paths.values())

    def done(self) -> set[str]:
        raise UsageError("--resume works with jsonl and csv output, not parquet")

    def open(self, append: bool) -> None:
        self.schemas = {t: arrow_schema(cols) for t, cols in TABLES.items()}
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


RECORD_KEYS = frozenset(MeetingRecord.model_fields)
ERROR_KEYS = frozenset(("doc_id", "error", "message"))


def _is_output_line(obj: Any) -> bool:
    """Whether ``obj`` is a line ``batch`` writes: a record of this library or an error row."""
    if not isinstance(obj, dict) or not isinstance(obj.get("doc_id"), str):
        return False
    keys = obj.keys()
    return keys == ERROR_KEYS or ("schema_version" in obj and "provenance" in obj and keys <= RECORD_KEYS)


def _resume_jsonl(path: Path) -> set[str]:
    """doc_ids of the lines in ``path``, after checking that every whole line is a record or an
    error row (anything else: :class:`UsageError`, and the file is left as it is); a torn last
    line (no newline: a write cut short by a kill) is cut off."""
    done: set[str] = set()
    pos = 0
    cut: int | None = None  # start of a torn last line
    _check_regular_output(path)
    with open(path, "rb") as fh:
        head = fh.read(len(JSONL_STARTS[0]))
        if head and not any(head.startswith(start) or start.startswith(head) for start in JSONL_STARTS):  # before reading a line whole
            raise UsageError(f"--resume: {path} is not an output of batch (line 1 is not a JSONL record or error row); not touched")
        fh.seek(0)
        for n, line in enumerate(fh, 1):
            start, pos = pos, pos + len(line)
            if not line.endswith(b"\n"):
                cut = start
                break
            try:
                obj = json.loads(line)
            except Exception:
                obj = None
            if not _is_output_line(obj):
                raise UsageError(f"--resume: {path} is not an output of batch (line {n} is not a JSONL record or error row); not touched")
            done.add(obj["doc_id"])
    if cut is not None:
        _truncate(path, cut)
    return done


# how every line batch writes starts (records: pydantic's compact JSON; error rows: json.dumps)
JSONL_STARTS = (b'{"schema_version":', b'{"doc_id": ')


def _check_regular_output(path: Path) -> None:
    if not stat.S_ISREG(os.stat(path).st_mode):
        raise UsageError(f"--resume: {path} is not a regular file; not touched")


def _check_csv_header(path: Path, table: str) -> None:
    """A CSV table to append to must start with this table's header row."""
    if not path.exists():
        return
    _check_regular_output(path)
    if path.stat().st_size == 0:
        return
    header = ",".join(TABLES[table]).encode() + b"\n"
    with open(path, "rb") as fh:
        first = fh.read(len(header))
    if first != header:
        raise UsageError(f"--resume: {path} is not a {table} table written by batch (its first line is not the header); not touched")


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


class Survey:
    """What a first pass over the inputs found: every doc_id (each input is read, not
    extracted), the count per input path, and how many JSONL/CSV records lack the text field."""

    def __init__(self) -> None:
        self.ids: dict[str, int] = {}  # doc_id -> index of the input path it came from
        self.duplicates: list[tuple[str, int, int]] = []  # (doc_id, first input, second input)
        self.n_duplicates = 0
        self.per_input: list[int] = []
        self.structured = 0  # documents from JSONL/CSV/stdin
        self.no_text_field = 0  # ... of which the text field (or column) is missing

    @property
    def total(self) -> int:
        return sum(self.per_input)


def survey(args: argparse.Namespace) -> Survey:
    """Read every input file once (documents are dropped as soon as their id is noted);
    standard input is left for the run itself."""
    found = Survey()
    missing = (f"no string {args.text_field!r} field", f"no {args.text_field!r} column")
    for index, raw in enumerate(args.inputs):
        if raw == "-":  # a stream, read once: checked as it is read (see _run)
            found.per_input.append(-1)
            continue
        structured = input_kind(raw) in ("jsonl", "csv", "stdin")
        count = 0
        for doc in iter_inputs([raw], id_field=args.id_field, text_field=args.text_field,
                               encoding_errors=args.encoding_errors):
            count += 1
            if structured:
                found.structured += 1
                if doc.error is not None and doc.error[0] == "MissingText" and any(m in doc.error[1] for m in missing):
                    found.no_text_field += 1
            first = found.ids.get(doc.doc_id)
            if first is None:
                found.ids[doc.doc_id] = index
                continue
            found.n_duplicates += 1
            if len(found.duplicates) < 3:
                found.duplicates.append((doc.doc_id, first, index))
        found.per_input.append(count)
    return found


def check_inputs(args: argparse.Namespace, writer: Any) -> None:
    """Refuse what cannot be right before anything is read or written: an input that does not
    exist, an output that is one of the inputs, and (by suffix) an output format we do not know."""
    for raw in args.inputs:
        if raw != "-" and not os.path.exists(raw):
            raise UsageError(f"{raw}: no such file or directory")
    inputs = [raw for raw in args.inputs if raw != "-" and not os.path.isdir(raw)]
    folders = [os.path.realpath(raw) + os.sep for raw in args.inputs if raw != "-" and os.path.isdir(raw)]
    for out in writer.outputs():
        for raw in inputs:
            if _same_file(out, Path(raw)):
                raise UsageError(f"the output {out} is also an input: it would be overwritten (give another -o)")
        if out.name.endswith(".txt") and any(os.path.realpath(out).startswith(f) for f in folders):
            raise UsageError(f"the output {out} is a *.txt file inside an input folder: it would be read as an input")


def _same_file(a: Path, b: Path) -> bool:
    try:
        if a.exists() and b.exists():
            return os.path.samefile(a, b)
    except OSError:
        pass
    return os.path.realpath(a) == os.path.realpath(b)


def check_survey(args: argparse.Namespace, found: Survey) -> None:
    """Refuse inputs that would make a wrong or silent run: a folder without ``*.txt``, a
    ``--text-field`` that no JSONL/CSV record has, a doc_id given to two documents."""
    for raw, count in zip(args.inputs, found.per_input):
        if count == 0 and input_kind(raw) == "dir":
            raise UsageError(f"{raw}: no *.txt files in this directory")
    if found.structured and found.no_text_field == found.structured:
        raise UsageError(f"no JSONL/CSV record has a {args.text_field!r} field: check --text-field (and --id-field)")
    if found.duplicates:
        where = "; ".join(
            f"{doc_id!r} in {_name(args.inputs[a])}" + (f" and {_name(args.inputs[b])}" if b != a else " twice")
            for doc_id, a, b in found.duplicates
        )
        more = f" and {found.n_duplicates - len(found.duplicates)} more" if found.n_duplicates > len(found.duplicates) else ""
        raise UsageError(
            f"{found.n_duplicates} document(s) have a doc_id already used by another input: {where}{more}; "
            "every document needs its own id (nothing was written)"
        )


def _name(raw: str) -> str:
    return "<stdin>" if raw == "-" else raw


def run(args: argparse.Namespace) -> int:
    """Run ``batch``; returns the exit status."""
    fmt = args.format or _format_from_suffix(args.output)
    if args.workers < 1:
        raise UsageError("--workers must be at least 1")
    if args.time_limit < 0:
        raise UsageError("--time-limit must be 0 (no limit) or more")
    if args.inputs.count("-") > 1:
        raise UsageError("stdin (-) can be read only once")
    writer = WRITERS[fmt](args.output)
    check_inputs(args, writer)
    found = survey(args)
    check_survey(args, found)
    stream = "-" in args.inputs
    done = writer.done() if args.resume else set()
    if args.resume and not stream:
        stale = min((doc_id for doc_id in done if doc_id not in found.ids), default=None)  # deterministic
        if stale is not None:
            raise UsageError(
                f"--resume: {writer.describe()} holds doc_id {stale!r}, which is not in these inputs: "
                "not the output of this batch (or an input was removed or renamed); not touched"
            )
    seen = found.ids if stream else None  # ids of the files, and then of stdin as it is read
    total = None if stream else found.total

    show = not args.quiet and sys.stderr.isatty()
    progress = Progress(total if show else None, enabled=show)
    counts = {"records": 0, "errors": 0, "skipped": 0}
    del found  # (the id set stays only when stdin must be checked as it is read)

    def todo() -> Iterator[InputDocument]:
        for index, raw in enumerate(args.inputs):
            for doc in iter_inputs([raw], id_field=args.id_field, text_field=args.text_field,
                                   encoding_errors=args.encoding_errors):
                if seen is not None and raw == "-":
                    first = seen.get(doc.doc_id)
                    if first is not None:
                        raise UsageError(
                            f"doc_id {doc.doc_id!r} on stdin was already used by {_name(args.inputs[first])}; "
                            "every document needs its own id (the run stops here)"
                        )
                    seen[doc.doc_id] = index
                if doc.doc_id in done:
                    counts["skipped"] += 1
                    progress.update(extracted=False)
                    continue
                yield doc

    start = time.perf_counter()
    writer.open(append=args.resume)
    try:
        results = map_documents(todo(), writer.payload, workers=args.workers, backend=args.backend,
                                lexicons=args.lexicon or (), chunk_size=args.chunk_size, max_chars=args.max_chars,
                                on_failure=_on_failure(writer.payload), time_limit=args.time_limit or None)
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
    """The format an output name asks for; a suffix of a format batch does not write
    (``out.xlsx``, ``out.jsonl.gz``) is refused rather than written as JSONL under that name."""
    if output == "-":
        return "jsonl"
    suffix = Path(output).suffix.lower()
    if suffix not in OTHER_FORMATS:
        return SUFFIXES.get(suffix, "jsonl")
    raise UsageError(
        f"-o {output}: unknown output suffix {suffix!r}; use .jsonl, .csv (three tables) or .parquet, "
        "or name the format with --format"
    )


__all__ = ["FORMATS", "Progress", "UsageError", "add_arguments", "estimate_total", "run"]
