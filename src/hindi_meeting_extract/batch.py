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
import stat
import sys
import threading
import zlib
import time
from collections import deque
from collections.abc import Callable, Iterable, Iterator, Sequence
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from contextlib import contextmanager
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


def extract_chunk(pipeline: Pipeline, docs: Sequence[InputDocument], time_limit: float | None = None) -> list[Result]:
    """Records or error rows for ``docs``, in order, never an exception.

    The backend annotates the whole chunk in one call (stanza parses it as one batch); if that
    call fails, each document is annotated alone, so one bad document fails only itself. With
    ``time_limit`` (seconds), a document whose extraction takes longer becomes a
    ``DocumentTimeout`` error row (see :func:`limit_time`).
    """
    results: list[Result | None] = [None] * len(docs)
    ready: list[tuple[int, Cleaned]] = []
    for i, doc in enumerate(docs):
        if doc.error is not None:
            results[i] = ErrorRow(doc.doc_id, *doc.error)
            continue
        try:
            with limit_time(time_limit):
                ready.append((i, pipeline.clean(doc.text)))  # type: ignore[arg-type]
        except _TimeUp:
            results[i] = _timeout_row(doc, time_limit)
        except Exception as exc:
            results[i] = _error_row(doc, exc)
    annotated: list[Document] | None = None
    # one backend call for the chunk where the backend batches (stanza); with a time limit, a
    # backend that does not batch annotates each document within that document's limit
    if len(ready) > 1 and (time_limit is None or pipeline.backend.name in CHUNK_SIZES):
        try:
            with limit_time(None if time_limit is None else time_limit * len(ready)):
                annotated = pipeline.backend.annotate_many([cleaned.view for _, cleaned in ready])
        except (Exception, _TimeUp):  # each document alone, each with its own limit
            annotated = None
    for k, (i, cleaned) in enumerate(ready):
        doc = docs[i]
        try:
            with limit_time(time_limit):
                if annotated is None:
                    annotation = pipeline.backend.annotate(cleaned.view, doc_id=doc.doc_id)
                else:
                    annotation = annotated[k]
                    annotation.doc_id = doc.doc_id
                analysis = pipeline.run_stages(doc.text, cleaned, annotation)  # type: ignore[arg-type]
                results[i] = pipeline.record(analysis, doc.text)  # type: ignore[arg-type]
        except _TimeUp:
            results[i] = _timeout_row(doc, time_limit)
        except Exception as exc:
            results[i] = _error_row(doc, exc)
    return results  # type: ignore[return-value]


class _TimeUp(BaseException):
    """Raised by the timer of :func:`limit_time`; a ``BaseException`` so that no ``except
    Exception`` inside a stage swallows it."""


@contextmanager
def limit_time(seconds: float | None) -> Iterator[None]:
    """Interrupt the block after ``seconds`` (``None`` or 0: no limit) with ``_TimeUp``.

    A POSIX interval timer (``SIGALRM``), so it works only in a process's main thread (where
    ``batch`` and its worker processes extract); elsewhere, and on systems without
    ``setitimer``, the block runs without a limit. It interrupts Python code and ``regex``
    matching (which checks for signals), not a C call that never returns to Python. An outer
    timer that was running is re-armed afterwards with the time it has left.
    """
    if not seconds or not hasattr(signal, "setitimer") or threading.current_thread() is not threading.main_thread():
        yield
        return
    armed = True

    def stop(signum: int, frame: object) -> None:
        if armed:
            raise _TimeUp()

    start = time.monotonic()
    old_handler = signal.signal(signal.SIGALRM, stop)
    old_left, _interval = signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        armed = False
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, old_handler)
        if old_left:
            signal.setitimer(signal.ITIMER_REAL, max(old_left - (time.monotonic() - start), 1e-3))


def _timeout_row(doc: InputDocument, seconds: float | None) -> ErrorRow:
    return ErrorRow(doc.doc_id, "DocumentTimeout", f"extraction took longer than the per-document limit of {seconds:g} s; the batch went on")


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

# Documents per chunk (one backend call each) by backend, for backends that batch; other
# backends take 8.
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


def _run_chunk(render: Render, docs: list[InputDocument], time_limit: float | None = None) -> list[Any]:
    if _WORKER_PIPELINE is None:
        error = _WORKER_SETUP_ERROR
        try:
            pickle.loads(pickle.dumps(error))
        except Exception:  # an exception that does not survive the trip to the parent
            error = HindiMeetingExtractError(f"{type(error).__name__}: {error}")
        raise _SetupFailed(error)
    return _extract_and_render(_WORKER_PIPELINE, render, docs, time_limit)


def _extract_and_render(pipeline: Pipeline, render: Render, docs: list[InputDocument], time_limit: float | None = None) -> list[Any]:
    return [render(doc, result) for doc, result in zip(docs, extract_chunk(pipeline, docs, time_limit))]


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
    time_limit: float | None = None,
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
    gives ``on_failure(doc, exc)``. ``time_limit``: seconds per document, after which the
    document is a ``DocumentTimeout`` error row (in every worker; ``None``: no limit).
    """
    size = max(1, chunk_size or CHUNK_SIZES.get(pipeline.backend.name if pipeline else backend, 8))
    if workers <= 1:
        pipe = pipeline or _build_pipeline(backend, lexicons, max_chars)
        for chunk in _chunks(iter(docs), size):
            yield from _extract_and_render(pipe, render, chunk, time_limit)
        return
    # built once here: forked workers inherit it (no per-worker build), a spawned one unpickles
    # it; a broken lexicon fails before any worker starts
    pipe = pipeline or _build_pipeline(backend, lexicons, max_chars)
    yield from _map_parallel(
        iter(docs), render, workers, (pipe, backend, tuple(str(x) for x in lexicons), max_chars),
        size, max_in_flight or 4 * workers, on_failure or _failure_row, time_limit,
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
    time_limit: float | None = None,
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
                window.append((pool.submit(_run_chunk, render, chunk, time_limit), chunk, generation))
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
                        yield probe.submit(_run_chunk, render, [doc], time_limit).result()[0]
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
    time_limit: float | None = None,
) -> Iterator[Result]:
    """Records (or error rows) for ``items``, lazily and in input order.

    Items are texts (doc_id = their index), ``(doc_id, text)`` pairs, ``{"id", "text"}`` dicts or
    :class:`InputDocument`. ``workers > 1`` runs that many processes, each with a copy of one
    pipeline (``pipeline``, or one built from ``backend``/``lexicons``); memory stays bounded by
    ``chunk_size * max_in_flight`` documents whatever the number of items. ``time_limit``:
    seconds per document (main thread or worker processes only), after which the document is
    a ``DocumentTimeout`` error row.
    """
    docs = (_as_input(item, i) for i, item in enumerate(items))
    return map_documents(
        docs, _result, workers=workers, pipeline=pipeline, backend=backend, lexicons=lexicons,
        chunk_size=chunk_size, max_in_flight=max_in_flight, time_limit=time_limit,
    )


# --------------------------------------------------------------------------- inputs

#: Largest input read, in bytes: a file, a JSONL line, a CSV row (also inside a ``.gz``, counted
#: after decompression). 6 x the default ``max_chars`` (2,000,000): room for any document the
#: pipeline accepts, even written as JSON ``\uXXXX`` escapes. Checked before anything is read
#: whole; a bigger input is an ``InputTooLarge`` error row.
MAX_INPUT_BYTES = 12_000_000


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
    max_bytes: int = MAX_INPUT_BYTES,
) -> Iterator[InputDocument]:
    """Documents from inputs, lazily; what cannot be read becomes an :class:`InputDocument` with an error.

    - a directory: every ``*.txt`` below it (sorted), doc_id = relative path without ``.txt``;
    - ``.jsonl`` / ``.jsonl.gz``: one JSON object a line with ``id_field`` and ``text_field``;
    - ``.csv`` / ``.csv.gz``: a header row naming ``id_field`` and ``text_field``;
    - ``-``: JSONL on standard input; any other path: one text file, doc_id = its stem.

    A missing id becomes ``<file>:<line>``. Invalid UTF-8 gives an error naming the file and
    byte offset, or U+FFFD replacement characters with ``encoding_errors="replace"``. Only
    regular files are read (a FIFO or a device is an error row, never opened), and nothing
    longer than ``max_bytes`` (a file, a line, a row; ``.gz`` decompressed) is read whole.
    """
    for raw in paths:
        kind = input_kind(raw)
        path = Path(raw)
        if kind == "stdin":
            yield from _guarded(_read_jsonl_stream(stdin or sys.stdin.buffer, "<stdin>", id_field, text_field, encoding_errors, max_bytes), "<stdin>")
        elif kind == "dir":
            yield from _guarded(_read_dir(path, "", encoding_errors, max_bytes), str(path))
        elif kind in ("jsonl", "csv"):
            read_stream = _read_jsonl_stream if kind == "jsonl" else _read_csv_stream
            try:
                with _open_binary(path) as fh:
                    yield from _guarded(read_stream(fh, str(path), id_field, text_field, encoding_errors, max_bytes), str(path))
            except (OSError, EOFError, _NotRegular) as exc:
                yield InputDocument(path.name, None, _unreadable(path, exc))
        else:
            yield _read_text_file(path, path.stem, encoding_errors, max_bytes)


def _guarded(docs: Iterator[InputDocument], name: str) -> Iterator[InputDocument]:
    """``docs``, and an error row instead of an exception that would end the batch (a reader
    bug, a disk error, a ``gzip`` stream that breaks off); the rest of that input is lost and
    the row says so."""
    last = name
    try:
        for doc in docs:
            last = doc.doc_id
            yield doc
    except (OSError, EOFError, zlib.error, gzip.BadGzipFile) as exc:
        yield InputDocument(f"{Path(name).name}:after:{last}", None, ("UnreadableFile", f"{name}: {_oserror(exc)} (the rest of this input was not read)"))
    except Exception as exc:  # never a dead batch
        yield InputDocument(f"{Path(name).name}:after:{last}", None, ("InputError", f"{name}: internal error: {exc!r} (the rest of this input was not read)"))


class _NotRegular(Exception):
    """A path that is not a regular file (a FIFO, a device, a socket): never opened."""


def _unreadable(path: Path, exc: BaseException) -> tuple[str, str]:
    if isinstance(exc, _NotRegular):
        return ("NotAFile", f"{path}: {exc}")
    return ("UnreadableFile", f"{path}: {_oserror(exc)}")


def _read_dir(root: Path, rel: str, errors: EncodingErrors, max_bytes: int) -> Iterator[InputDocument]:
    """``*.txt`` below ``root/rel`` in path order (depth first, each listing sorted), holding
    the listings of the folders on the current path only. Iterative: a tree nested thousands
    deep needs no Python recursion."""
    first = _listing(root, rel)
    if isinstance(first, InputDocument):
        yield first
        return
    stack = [iter(first)]
    while stack:
        entry = next(stack[-1], None)
        if entry is None:
            stack.pop()
            continue
        sub, is_dir = entry
        if is_dir:
            listing = _listing(root, sub)
            if isinstance(listing, InputDocument):
                yield listing
            else:
                stack.append(iter(listing))
        elif sub.endswith(".txt"):  # files and links to files (a broken link gives an error row)
            yield _read_text_file(root / sub, sub[: -len(".txt")], errors, max_bytes)


def _listing(root: Path, rel: str) -> list[tuple[str, bool]] | InputDocument:
    """The sorted ``(relative path, is a folder)`` entries of ``root/rel``, or an error row."""
    try:
        with os.scandir(root / rel) as it:
            entries = sorted((e.name, e.is_dir(follow_symlinks=False)) for e in it)
    except OSError as exc:
        return InputDocument(rel or root.name, None, ("UnreadableFile", f"{root / rel}: {_oserror(exc)}"))
    return [(f"{rel}/{name}" if rel else name, is_dir) for name, is_dir in entries]


_KINDS = ((stat.S_ISFIFO, "a FIFO"), (stat.S_ISCHR, "a character device"), (stat.S_ISBLK, "a block device"),
          (stat.S_ISSOCK, "a socket"), (stat.S_ISDIR, "a directory"))


def _open_regular(path: Path) -> int:
    """A read-only descriptor of ``path`` when it is a regular file (links followed).

    Checked before opening (opening a FIFO blocks until a writer comes) and again on the open
    descriptor (the path may have been replaced in between; ``O_NONBLOCK`` keeps that open
    from blocking)."""
    _check_regular(os.stat(path).st_mode)
    fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0))
    try:
        _check_regular(os.fstat(fd).st_mode)
        if hasattr(os, "set_blocking"):
            os.set_blocking(fd, True)
    except BaseException:
        os.close(fd)
        raise
    return fd


def _check_regular(mode: int) -> None:
    if not stat.S_ISREG(mode):
        what = next((name for test, name in _KINDS if test(mode)), "not a regular file")
        raise _NotRegular(f"{what}, not a regular file: not read")


def _open_binary(path: Path) -> BinaryIO:
    raw = open(_open_regular(path), "rb")
    if path.name.lower().endswith(".gz"):
        return gzip.GzipFile(fileobj=raw, mode="rb", filename=str(path))  # type: ignore[return-value]
    return raw


def _oserror(exc: BaseException) -> str:
    return getattr(exc, "strerror", None) or str(exc) or type(exc).__name__


def _too_large(where: str, size: str, max_bytes: int) -> tuple[str, str]:
    return ("InputTooLarge", f"{where}: {size} bytes, more than the limit of {max_bytes:,} bytes: not read")


def _decode(data: bytes, where: str, errors: EncodingErrors, base: int = 0) -> tuple[str | None, tuple[str, str] | None]:
    try:
        return data.decode("utf-8-sig"), None
    except UnicodeDecodeError as exc:
        if errors == "replace":
            return data.decode("utf-8-sig", errors="replace"), None
        return None, ("InvalidUTF8", str(InvalidUTF8(where, base + exc.start)))


def _read_text_file(path: Path, doc_id: str, errors: EncodingErrors = "strict", max_bytes: int = MAX_INPUT_BYTES) -> InputDocument:
    try:
        fd = _open_regular(path)
        with open(fd, "rb") as fh:
            size = os.fstat(fh.fileno()).st_size
            if size > max_bytes:
                return InputDocument(doc_id, None, _too_large(str(path), f"{size:,}", max_bytes))
            data = fh.read(max_bytes + 1)  # the size may have changed since
    except (OSError, _NotRegular) as exc:
        return InputDocument(doc_id, None, _unreadable(path, exc))
    if len(data) > max_bytes:
        return InputDocument(doc_id, None, ("InputTooLarge", f"{path}: more than the limit of {max_bytes:,} bytes: not read"))
    text, error = _decode(data, str(path), errors)
    return InputDocument(doc_id, text, error)


def _lines(fh: BinaryIO, max_bytes: int) -> Iterator[tuple[bytes | None, int]]:
    """Lines of ``fh`` and their lengths, each read with at most ``max_bytes + 1`` bytes in
    memory: a longer line is skipped in pieces and given as ``(None, its length)``."""
    while True:
        line = fh.readline(max_bytes + 1)
        if not line:
            return
        if len(line) <= max_bytes or line.endswith(b"\n"):
            yield line, len(line)
            continue
        size = len(line)
        while not line.endswith(b"\n"):
            line = fh.readline(1 << 20)
            if not line:
                break
            size += len(line)
        yield None, size


def _read_jsonl_stream(
    fh: BinaryIO, name: str, id_field: str, text_field: str, errors: EncodingErrors, max_bytes: int = MAX_INPUT_BYTES
) -> Iterator[InputDocument]:
    short = Path(name).name
    offset = 0
    for n, (raw, size) in enumerate(_lines(fh, max_bytes), 1):
        line_start, offset = offset, offset + size
        doc_id = f"{short}:{n}"
        if raw is None:
            yield InputDocument(doc_id, None, _too_large(f"{name}:{n}", f"line of {size:,}", max_bytes))
            continue
        if not raw.strip():
            continue
        yield _jsonl_document(raw, name, n, line_start, doc_id, id_field, text_field, errors)


def _jsonl_document(
    raw: bytes, name: str, n: int, line_start: int, doc_id: str, id_field: str, text_field: str, errors: EncodingErrors
) -> InputDocument:
    """The document on one JSONL line, or an error row: never an exception (a line nested a
    thousand deep raises ``RecursionError`` in ``json``, not ``ValueError``)."""
    line, error = _decode(raw, f"{name}:{n}", errors, line_start)
    if error is not None:  # still try to name the document by its id
        try:
            obj = json.loads(raw.decode("utf-8", errors="replace"))
            if isinstance(obj, dict) and obj.get(id_field) is not None:
                doc_id = str(obj[id_field])
        except Exception:
            pass
        return InputDocument(doc_id, None, error)
    try:
        obj = json.loads(line)  # type: ignore[arg-type]
    except RecursionError:
        return InputDocument(doc_id, None, ("InvalidJSON", f"{name}:{n}: nested too deeply"))
    except Exception as exc:
        return InputDocument(doc_id, None, ("InvalidJSON", f"{name}:{n}: {getattr(exc, 'msg', exc)}"))
    if not isinstance(obj, dict):
        return InputDocument(doc_id, None, ("InvalidJSON", f"{name}:{n}: not a JSON object"))
    if obj.get(id_field) is not None:
        try:
            doc_id = str(obj[id_field])
        except Exception:  # an id nested too deeply to print
            return InputDocument(doc_id, None, ("InvalidJSON", f"{name}:{n}: the {id_field!r} field cannot be read as an id"))
    text = obj.get(text_field)
    if not isinstance(text, str):
        return InputDocument(doc_id, None, ("MissingText", f"{name}:{n}: no string {text_field!r} field"))
    return InputDocument(doc_id, text)


class _RowTooLong(Exception):
    pass


class _CsvLines:
    """Physical lines for :mod:`csv`, remembering those of the row being read, so a broken row
    (a quote never closed, a row above the size limit) can be skipped and its lines read again."""

    def __init__(self, text_io: io.TextIOWrapper, max_chars: int) -> None:
        self.io = text_io
        self.max = max_chars
        self.row: list[str] = []  # lines of the row being read
        self.size = 0
        self.again: deque[str] = deque()  # lines to give again after a broken row
        self.count = 0  # lines given (csv's line_num)
        self.ran_out = False  # the reader asked for more lines in the middle of a row, at the end

    def __iter__(self) -> _CsvLines:
        return self

    def __next__(self) -> str:
        if self.again:
            line = self.again.popleft()
        else:
            line = self.io.readline(self.max + 1)
            if not line:
                if self.row:
                    self.ran_out = True
                raise StopIteration
            if len(line) > self.max and not line.endswith(("\n", "\r")):
                while line and not line.endswith(("\n", "\r")):
                    line = self.io.readline(1 << 20)
                self.count += 1
                self.row.append("")
                raise _RowTooLong()
        self.count += 1
        self.row.append(line)
        self.size += len(line)
        if self.size > self.max:
            raise _RowTooLong()
        return line

    def row_done(self) -> None:
        self.row.clear()
        self.size = 0

    def replay_row(self) -> None:
        """Give the lines of the row being read again."""
        self.again.extendleft(reversed(self.row))
        self.count -= len(self.row)
        self.row_done()
        self.ran_out = False

    def skip_row(self) -> int:
        """Drop the broken row's first line and give the others again; returns that line's number."""
        first = self.count - len(self.row) + 1
        self.again.extendleft(reversed(self.row[1:]))
        self.count = first
        self.row_done()
        self.ran_out = False
        return first


_CSV_LIMIT_SET = False


def _read_csv_stream(
    fh: BinaryIO, name: str, id_field: str, text_field: str, errors: EncodingErrors, max_bytes: int = MAX_INPUT_BYTES
) -> Iterator[InputDocument]:
    """Rows of a CSV file as documents. A row whose quote never closes (it would swallow every
    row after it), whose quoted field spans lines and then goes on after its closing quote (a
    stray quote paired with a later one: the rows between would be swallowed) or that is
    longer than ``max_bytes`` is an ``InvalidCSV`` error row named by its first line, and
    reading goes on with the line after it. Sloppy quoting within one line (``"a"b``) is read
    as :mod:`csv` reads it."""
    global _CSV_LIMIT_SET
    if not _CSV_LIMIT_SET:  # press releases can be longer than csv's 128 KiB default
        csv.field_size_limit(2**31 - 1)  # (rows are bounded by _CsvLines)
        _CSV_LIMIT_SET = True
    short = Path(name).name
    text_io = io.TextIOWrapper(fh, encoding="utf-8-sig", errors="surrogateescape", newline="")
    lines = _CsvLines(text_io, max_bytes)
    try:
        fieldnames = next(csv.reader(lines), None)
    except (csv.Error, _RowTooLong) as exc:
        yield InputDocument(short, None, ("InvalidCSV", f"{name}:1: cannot read the header row: {exc or 'too long'}"))
        return
    if fieldnames is None:
        return
    lines.row_done()
    if text_field not in fieldnames:
        yield InputDocument(short, None, ("MissingText", f"{name}: no {text_field!r} column (columns: {', '.join(fieldnames)})"))
        return
    strict = csv.reader(lines, strict=True)
    reader = strict
    while True:
        try:
            row = next(reader)
            while row == []:  # blank lines are not rows
                lines.row_done()
                row = next(reader)
            n = lines.count  # the line where the row ends (csv's line_num)
        except StopIteration:
            return
        except csv.Error as exc:
            if reader is strict and len(lines.row) == 1:
                # sloppy quoting on one line ('"a"b'): read that row leniently, as csv does
                lines.replay_row()
                reader = csv.reader(lines)
                continue
            yield _broken_row(lines, name, short, exc, max_bytes)
            reader = strict = csv.reader(lines, strict=True)
            continue
        except _RowTooLong as exc:
            yield _broken_row(lines, name, short, exc, max_bytes)
            reader = strict = csv.reader(lines, strict=True)
            continue
        if lines.ran_out:  # a quote opened in this row never closes
            yield _broken_row(lines, name, short, None, max_bytes)
            reader = strict = csv.reader(lines, strict=True)
            continue
        lines.row_done()
        if reader is not strict:
            reader = strict = csv.reader(lines, strict=True)
        yield _csv_document(dict(zip(fieldnames, row)), name, short, n, id_field, text_field, errors)


def _broken_row(lines: _CsvLines, name: str, short: str, exc: Exception | None, max_bytes: int) -> InputDocument:
    spans, ran_out = len(lines.row), lines.ran_out
    first = lines.skip_row()
    if exc is None or ran_out:
        why = "a quote opened in this row is never closed"
    elif isinstance(exc, _RowTooLong):
        why = f"the row is longer than the limit of {max_bytes:,} bytes"
    elif spans > 1:
        why = f"a quote opened in this row is not closed where the field ends ({exc})"
    else:
        why = str(exc)
    return InputDocument(f"{short}:{first}", None, ("InvalidCSV", f"{name}:{first}: {why}; the row is skipped and reading goes on at line {first + 1}"))


def _csv_document(
    row: dict[str, str], name: str, short: str, n: int, id_field: str, text_field: str, errors: EncodingErrors
) -> InputDocument:
    doc_id = row.get(id_field) or f"{short}:{n}"
    doc_id = doc_id.encode("utf-8", "surrogateescape").decode("utf-8", "replace")
    text = row.get(text_field)
    if not text or not text.strip():
        return InputDocument(doc_id, None, ("MissingText", f"{name}:{n}: no {text_field!r} value"))
    bad = _first_surrogate(text)
    if bad >= 0:
        if errors != "replace":
            byte = len(text[:bad].encode("utf-8", "surrogateescape"))
            return InputDocument(doc_id, None, ("InvalidUTF8", f"{name}:{n}: invalid UTF-8 at byte {byte} of the {text_field!r} field"))
        text = text.encode("utf-8", "surrogateescape").decode("utf-8", "replace")
    return InputDocument(doc_id, text)


def _first_surrogate(text: str) -> int:
    """Index of the first undecodable byte (an escaped surrogate) in ``text``, or -1."""
    try:
        text.encode("utf-8")
    except UnicodeEncodeError as exc:
        return exc.start
    return -1
