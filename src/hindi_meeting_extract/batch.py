"""Many documents: reading inputs, extracting them (in parallel, in order), and error rows.

:func:`extract_many` streams: it reads ``items`` lazily, keeps at most a bounded window of
documents in flight (whatever the archive size) and yields one result per input, in input
order: a :class:`~hindi_meeting_extract.models.MeetingRecord`, or an :class:`ErrorRow` when the
document could not be read or extracted. It never raises because of one bad document.

:func:`iter_inputs` reads directories (``*.txt``, recursive), ``.jsonl``/``.jsonl.gz``,
``.csv``/``.csv.gz`` and ``-`` (JSONL on stdin).
"""

from __future__ import annotations

import csv
import gzip
import io
import json
import os
import pickle
import signal
import sys
import threading
from collections import deque
from collections.abc import Callable, Iterable, Iterator, Sequence
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass
from pathlib import Path
from typing import Any, BinaryIO, Literal

from .clean import Cleaned
from .document import Document
from .errors import HindiMeetingExtractError, InvalidUTF8
from .models import MeetingRecord
from .pipeline import Pipeline, default_pipeline

EncodingErrors = Literal["strict", "replace"]


@dataclass(frozen=True, slots=True)
class InputDocument:
    """One document to extract from; ``error`` is set when it could not be read."""

    doc_id: str
    text: str | None
    error: tuple[str, str] | None = None  # (error type, message)


@dataclass(frozen=True, slots=True)
class ErrorRow:
    """A document that produced no record, and why."""

    doc_id: str
    error_type: str
    message: str

    def to_json(self) -> dict[str, str]:
        return {"doc_id": self.doc_id, "error": self.error_type, "message": self.message}


Item = str | tuple[str, str] | dict[str, Any] | InputDocument
Result = MeetingRecord | ErrorRow
Render = Callable[[InputDocument, Result], Any]  # turns a result into what a caller wants


def _as_input(item: Item, index: int) -> InputDocument:
    if isinstance(item, InputDocument):
        return item
    if isinstance(item, str):
        return InputDocument(str(index), item)
    if isinstance(item, tuple) and len(item) == 2:
        doc_id, text = item
        if not isinstance(text, str):
            return InputDocument(str(doc_id), None, ("MissingText", f"item {index}: text is {type(text).__name__}, not str"))
        return InputDocument(str(doc_id), text)
    if isinstance(item, dict):
        doc_id = str(item.get("id", item.get("doc_id", index)))
        text = item.get("text")
        if not isinstance(text, str):
            return InputDocument(doc_id, None, ("MissingText", f"item {index}: no string 'text' field"))
        return InputDocument(doc_id, text)
    return InputDocument(str(index), None, ("InputError", f"cannot read an item of type {type(item).__name__}"))


def extract_one(pipeline: Pipeline, doc: InputDocument) -> Result:
    """A record, or an error row: never an exception."""
    if doc.error is not None:
        return ErrorRow(doc.doc_id, *doc.error)
    try:
        return pipeline.extract(doc.text, doc_id=doc.doc_id)  # type: ignore[arg-type]
    except Exception as exc:  # a bug must not stop a million-document run
        return _error_row(doc, exc)


def extract_chunk(pipeline: Pipeline, docs: Sequence[InputDocument]) -> list[Result]:
    """Records or error rows for ``docs``, in order, never an exception.

    The backend annotates the whole chunk in one call (stanza parses it as one batch); if that
    call fails, each document is annotated alone, so one bad document fails only itself.
    """
    results: list[Result | None] = [None] * len(docs)
    ready: list[tuple[int, Cleaned]] = []
    for i, doc in enumerate(docs):
        if doc.error is not None:
            results[i] = ErrorRow(doc.doc_id, *doc.error)
            continue
        try:
            ready.append((i, pipeline.clean(doc.text)))  # type: ignore[arg-type]
        except Exception as exc:
            results[i] = _error_row(doc, exc)
    annotated: list[Document] | None = None
    if len(ready) > 1:
        try:
            annotated = pipeline.backend.annotate_many([cleaned.view for _, cleaned in ready])
        except Exception:
            annotated = None
    for k, (i, cleaned) in enumerate(ready):
        doc = docs[i]
        try:
            if annotated is None:
                annotation = pipeline.backend.annotate(cleaned.view, doc_id=doc.doc_id)
            else:
                annotation = annotated[k]
                annotation.doc_id = doc.doc_id
            analysis = pipeline.run_stages(doc.text, cleaned, annotation)  # type: ignore[arg-type]
            results[i] = pipeline.record(analysis, doc.text)  # type: ignore[arg-type]
        except Exception as exc:
            results[i] = _error_row(doc, exc)
    return results  # type: ignore[return-value]


def _error_row(doc: InputDocument, exc: Exception) -> ErrorRow:
    if isinstance(exc, HindiMeetingExtractError):
        return ErrorRow(doc.doc_id, type(exc).__name__, str(exc))
    return ErrorRow(doc.doc_id, type(exc).__name__, f"internal error: {exc}")


def result_json(result: Result) -> dict[str, Any]:
    """The JSON object written for a result (a record, or ``{"doc_id", "error", "message"}``)."""
    if isinstance(result, ErrorRow):
        return result.to_json()
    return result.model_dump(mode="json")


# --------------------------------------------------------------------------- parallel map

# Documents per chunk (one backend call each) by backend; other backends take 8.
CHUNK_SIZES = {"stanza": 32}

# Each worker process gets its pipeline once, in the pool initializer (the parent's, inherited or
# unpickled; built there only if the parent gave none), and keeps it here.
_WORKER_PIPELINE: Pipeline | None = None


def _watch_parent(parent: int) -> None:
    """Exit when the parent dies (e.g. ``kill -9``), instead of lingering as an orphan."""
    import time

    while os.getppid() == parent:
        time.sleep(0.5)
    os._exit(1)


_WORKER_SETUP_ERROR: BaseException | None = None


class _SetupFailed(Exception):
    """A worker could not build its pipeline: no document can be extracted, so the batch stops."""


def _init_worker(pipeline: Pipeline | None, backend: str, lexicons: tuple[str, ...], max_chars: int | None) -> None:
    global _WORKER_PIPELINE, _WORKER_SETUP_ERROR
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is the parent's to handle
    threading.Thread(target=_watch_parent, args=(os.getppid(),), daemon=True).start()
    try:
        _WORKER_PIPELINE = pipeline or _build_pipeline(backend, lexicons, max_chars)
    except Exception as exc:  # reported with the first chunk, not as a broken pool
        _WORKER_SETUP_ERROR = exc


def _run_chunk(render: Render, docs: list[InputDocument]) -> list[Any]:
    if _WORKER_PIPELINE is None:
        error = _WORKER_SETUP_ERROR
        try:
            pickle.loads(pickle.dumps(error))
        except Exception:  # an exception that does not survive the trip to the parent
            error = HindiMeetingExtractError(f"{type(error).__name__}: {error}")
        raise _SetupFailed(error)
    return _extract_and_render(_WORKER_PIPELINE, render, docs)


def _extract_and_render(pipeline: Pipeline, render: Render, docs: list[InputDocument]) -> list[Any]:
    return [render(doc, result) for doc, result in zip(docs, extract_chunk(pipeline, docs))]


def _chunks(docs: Iterator[InputDocument], size: int) -> Iterator[list[InputDocument]]:
    chunk: list[InputDocument] = []
    for d in docs:
        chunk.append(d)
        if len(chunk) >= size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


def map_documents(
    docs: Iterable[InputDocument],
    render: Render,
    *,
    workers: int = 1,
    pipeline: Pipeline | None = None,
    backend: str = "rules",
    lexicons: Sequence[str | Path] = (),
    max_chars: int | None = None,
    chunk_size: int | None = None,
    max_in_flight: int | None = None,
    on_failure: Callable[[InputDocument, BaseException], Any] | None = None,
) -> Iterator[Any]:
    """``render(doc, result)`` for every document and its record or error row, lazily and in
    input order.

    Documents are extracted in chunks of ``chunk_size`` (default: 8, and 32 for stanza, whose
    batches pay), one backend call per chunk (see :func:`extract_chunk`). ``render`` runs where the extraction ran (in the worker process), so
    it must be a module-level function that does not raise. With ``workers > 1`` chunks go to a
    process pool, with at
    most ``max_in_flight`` chunks (default ``4 * workers``) submitted and not yet yielded, so
    memory stays bounded. If a worker process dies (a crash, the OOM killer) the pool is
    rebuilt and the chunk retried one document at a time; a document that kills a worker again
    gives ``on_failure(doc, exc)``.
    """
    size = max(1, chunk_size or CHUNK_SIZES.get(pipeline.backend.name if pipeline else backend, 8))
    if workers <= 1:
        pipe = pipeline or _build_pipeline(backend, lexicons, max_chars)
        for chunk in _chunks(iter(docs), size):
            yield from _extract_and_render(pipe, render, chunk)
        return
    # built once here: forked workers inherit it (no per-worker build), a spawned one unpickles
    # it; a broken lexicon fails before any worker starts
    pipe = pipeline or _build_pipeline(backend, lexicons, max_chars)
    yield from _map_parallel(
        iter(docs), render, workers, (pipe, backend, tuple(str(x) for x in lexicons), max_chars),
        size, max_in_flight or 4 * workers, on_failure or _failure_row,
    )


def _build_pipeline(backend: str, lexicons: Sequence[str | Path], max_chars: int | None) -> Pipeline:
    if not lexicons and max_chars is None:
        return default_pipeline(backend)
    kwargs: dict[str, Any] = {"backend": backend, "lexicons": lexicons}
    if max_chars is not None:
        kwargs["max_chars"] = max_chars
    return Pipeline(**kwargs)


def _failure_row(doc: InputDocument, exc: BaseException) -> ErrorRow:
    return ErrorRow(doc.doc_id, "WorkerCrashed", f"a worker process died on this document: {exc!r}")


def _map_parallel(
    docs: Iterator[InputDocument],
    render: Render,
    workers: int,
    initargs: tuple[Any, ...],
    chunk_size: int,
    max_in_flight: int,
    on_failure: Callable[[InputDocument, BaseException], Any],
) -> Iterator[Any]:
    def new_pool(n: int = workers) -> ProcessPoolExecutor:
        return ProcessPoolExecutor(max_workers=n, initializer=_init_worker, initargs=initargs)

    pool = new_pool()
    probe: ProcessPoolExecutor | None = None  # one process, to retry documents alone after a crash
    generation = 0
    window: deque[tuple[Future[list[Any]], list[InputDocument], int]] = deque()  # (future, docs, pool generation)
    chunks = _chunks(docs, chunk_size)
    try:
        while True:
            while len(window) < max_in_flight:
                chunk = next(chunks, None)
                if chunk is None:
                    break
                window.append((pool.submit(_run_chunk, render, chunk), chunk, generation))
            if not window:
                return
            future, chunk, gen = window.popleft()
            try:
                yield from future.result()
            except BrokenProcessPool:
                if gen == generation:  # the first to notice replaces the dead pool
                    pool.shutdown(wait=False, cancel_futures=True)
                    pool = new_pool()
                    generation += 1
                for doc in chunk:  # any in-flight chunk may hold the culprit: retry each document alone
                    probe = probe or new_pool(1)
                    try:
                        yield probe.submit(_run_chunk, render, [doc]).result()[0]
                    except BrokenProcessPool as exc:
                        probe.shutdown(wait=False, cancel_futures=True)
                        probe = None
                        yield on_failure(doc, exc)
            except _SetupFailed as exc:
                raise exc.args[0] from None
            except Exception as exc:  # e.g. a result that cannot be pickled
                for doc in chunk:
                    yield on_failure(doc, exc)
    finally:
        pool.shutdown(wait=True, cancel_futures=True)
        if probe is not None:
            probe.shutdown(wait=True)


def _result(doc: InputDocument, result: Result) -> Result:
    return result


def extract_many(
    items: Iterable[Item],
    *,
    workers: int = 1,
    pipeline: Pipeline | None = None,
    backend: str = "rules",
    lexicons: Sequence[str | Path] = (),
    chunk_size: int | None = None,
    max_in_flight: int | None = None,
) -> Iterator[Result]:
    """Records (or error rows) for ``items``, lazily and in input order.

    Items are texts (doc_id = their index), ``(doc_id, text)`` pairs, ``{"id", "text"}`` dicts or
    :class:`InputDocument`. ``workers > 1`` runs that many processes, each with a copy of one
    pipeline (``pipeline``, or one built from ``backend``/``lexicons``); memory stays bounded by
    ``chunk_size * max_in_flight`` documents whatever the number of items.
    """
    docs = (_as_input(item, i) for i, item in enumerate(items))
    return map_documents(
        docs, _result, workers=workers, pipeline=pipeline, backend=backend, lexicons=lexicons,
        chunk_size=chunk_size, max_in_flight=max_in_flight,
    )


# --------------------------------------------------------------------------- inputs


def input_kind(path: str | Path) -> str:
    """``"stdin"``, ``"dir"``, ``"jsonl"``, ``"csv"`` or ``"text"`` for an input path."""
    if str(path) == "-":
        return "stdin"
    p = Path(path)
    if p.is_dir():
        return "dir"
    name = p.name.lower()
    if name.endswith((".jsonl", ".jsonl.gz", ".ndjson", ".ndjson.gz")):
        return "jsonl"
    if name.endswith((".csv", ".csv.gz")):
        return "csv"
    return "text"


def iter_inputs(
    paths: Iterable[str | Path],
    *,
    id_field: str = "id",
    text_field: str = "text",
    encoding_errors: EncodingErrors = "strict",
    stdin: BinaryIO | None = None,
) -> Iterator[InputDocument]:
    """Documents from inputs, lazily; what cannot be read becomes an :class:`InputDocument` with an error.

    - a directory: every ``*.txt`` below it (sorted), doc_id = relative path without ``.txt``;
    - ``.jsonl`` / ``.jsonl.gz``: one JSON object a line with ``id_field`` and ``text_field``;
    - ``.csv`` / ``.csv.gz``: a header row naming ``id_field`` and ``text_field``;
    - ``-``: JSONL on standard input; any other path: one text file, doc_id = its stem.

    A missing id becomes ``<file>:<line>``. Invalid UTF-8 gives an error naming the file and
    byte offset, or U+FFFD replacement characters with ``encoding_errors="replace"``.
    """
    for raw in paths:
        kind = input_kind(raw)
        path = Path(raw)
        if kind == "stdin":
            yield from _read_jsonl_stream(stdin or sys.stdin.buffer, "<stdin>", id_field, text_field, encoding_errors)
        elif kind == "dir":
            yield from _read_dir(path, "", encoding_errors)
        elif kind in ("jsonl", "csv"):
            read_stream = _read_jsonl_stream if kind == "jsonl" else _read_csv_stream
            try:
                with _open_binary(path) as fh:
                    yield from read_stream(fh, str(path), id_field, text_field, encoding_errors)
            except (OSError, EOFError) as exc:
                yield InputDocument(path.name, None, ("UnreadableFile", f"{path}: {_oserror(exc)}"))
        else:
            yield _read_text_file(path, path.stem, encoding_errors)


def _read_dir(root: Path, rel: str, errors: EncodingErrors) -> Iterator[InputDocument]:
    """``*.txt`` below ``root/rel`` in path order, holding one directory listing at a time."""
    try:
        with os.scandir(root / rel) as it:
            entries = sorted((e.name, e.is_dir(follow_symlinks=False)) for e in it)
    except OSError as exc:
        yield InputDocument(rel or root.name, None, ("UnreadableFile", f"{root / rel}: {_oserror(exc)}"))
        return
    for name, is_dir in entries:
        sub = f"{rel}/{name}" if rel else name
        if is_dir:
            yield from _read_dir(root, sub, errors)
        elif name.endswith(".txt"):  # files and links to files (a broken link gives an error row)
            yield _read_text_file(root / sub, sub[: -len(".txt")], errors)


def _open_binary(path: Path) -> BinaryIO:
    if path.name.lower().endswith(".gz"):
        return gzip.open(path, "rb")  # type: ignore[return-value]
    return open(path, "rb")


def _oserror(exc: BaseException) -> str:
    return getattr(exc, "strerror", None) or str(exc) or type(exc).__name__


def _decode(data: bytes, where: str, errors: EncodingErrors, base: int = 0) -> tuple[str | None, tuple[str, str] | None]:
    try:
        return data.decode("utf-8-sig"), None
    except UnicodeDecodeError as exc:
        if errors == "replace":
            return data.decode("utf-8-sig", errors="replace"), None
        return None, ("InvalidUTF8", str(InvalidUTF8(where, base + exc.start)))


def _read_text_file(path: Path, doc_id: str, errors: EncodingErrors = "strict") -> InputDocument:
    try:
        data = path.read_bytes()
    except OSError as exc:
        return InputDocument(doc_id, None, ("UnreadableFile", f"{path}: {_oserror(exc)}"))
    text, error = _decode(data, str(path), errors)
    return InputDocument(doc_id, text, error)


def _read_jsonl_stream(
    fh: BinaryIO, name: str, id_field: str, text_field: str, errors: EncodingErrors
) -> Iterator[InputDocument]:
    short = Path(name).name
    offset = 0
    for n, raw in enumerate(fh, 1):
        line_start, offset = offset, offset + len(raw)
        if not raw.strip():
            continue
        doc_id = f"{short}:{n}"
        line, error = _decode(raw, f"{name}:{n}", errors, line_start)
        if error is not None:  # still try to name the document by its id
            try:
                obj = json.loads(raw.decode("utf-8", errors="replace"))
                if isinstance(obj, dict) and obj.get(id_field) is not None:
                    doc_id = str(obj[id_field])
            except ValueError:
                pass
            yield InputDocument(doc_id, None, error)
            continue
        try:
            obj = json.loads(line)  # type: ignore[arg-type]
        except ValueError as exc:
            yield InputDocument(doc_id, None, ("InvalidJSON", f"{name}:{n}: {getattr(exc, 'msg', exc)}"))
            continue
        if not isinstance(obj, dict):
            yield InputDocument(doc_id, None, ("InvalidJSON", f"{name}:{n}: not a JSON object"))
            continue
        if obj.get(id_field) is not None:
            doc_id = str(obj[id_field])
        text = obj.get(text_field)
        if not isinstance(text, str):
            yield InputDocument(doc_id, None, ("MissingText", f"{name}:{n}: no string {text_field!r} field"))
            continue
        yield InputDocument(doc_id, text)


_CSV_LIMIT_SET = False


def _read_csv_stream(
    fh: BinaryIO, name: str, id_field: str, text_field: str, errors: EncodingErrors
) -> Iterator[InputDocument]:
    global _CSV_LIMIT_SET
    if not _CSV_LIMIT_SET:  # press releases can be longer than csv's 128 KiB default
        csv.field_size_limit(2**31 - 1)
        _CSV_LIMIT_SET = True
    short = Path(name).name
    text_io = io.TextIOWrapper(fh, encoding="utf-8-sig", errors="surrogateescape", newline="")
    reader = csv.DictReader(text_io)
    if reader.fieldnames is None:
        return
    if text_field not in reader.fieldnames:
        yield InputDocument(short, None, ("MissingText", f"{name}: no {text_field!r} column (columns: {', '.join(reader.fieldnames)})"))
        return
    try:
        for row in reader:
            n = reader.line_num
            doc_id = row.get(id_field) or f"{short}:{n}"
            doc_id = doc_id.encode("utf-8", "surrogateescape").decode("utf-8", "replace")
            text = row.get(text_field)
            if not text or not text.strip():
                yield InputDocument(doc_id, None, ("MissingText", f"{name}:{n}: no {text_field!r} value"))
                continue
            bad = _first_surrogate(text)
            if bad >= 0:
                if errors != "replace":
                    byte = len(text[:bad].encode("utf-8", "surrogateescape"))
                    yield InputDocument(doc_id, None, ("InvalidUTF8", f"{name}:{n}: invalid UTF-8 at byte {byte} of the {text_field!r} field"))
                    continue
                text = text.encode("utf-8", "surrogateescape").decode("utf-8", "replace")
            yield InputDocument(doc_id, text)
    except csv.Error as exc:
        yield InputDocument(f"{short}:{reader.line_num}", None, ("InvalidCSV", f"{name}:{reader.line_num}: {exc}"))


def _first_surrogate(text: str) -> int:
    """Index of the first undecodable byte (an escaped surrogate) in ``text``, or -1."""
    try:
        text.encode("utf-8")
    except UnicodeEncodeError as exc:
        return exc.start
    return -1
