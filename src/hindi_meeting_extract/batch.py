"""Many documents: reading inputs (folders, JSONL, CSV), extracting, and error rows."""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from .errors import HindiMeetingExtractError
from .models import MeetingRecord
from .pipeline import Pipeline, default_pipeline


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


Item = str | tuple[str, str] | dict[str, str] | InputDocument


def _as_input(item: Item, index: int) -> InputDocument:
    if isinstance(item, InputDocument):
        return item
    if isinstance(item, str):
        return InputDocument(str(index), item)
    if isinstance(item, tuple) and len(item) == 2:
        return InputDocument(str(item[0]), item[1])
    if isinstance(item, dict):
        return InputDocument(str(item.get("id", item.get("doc_id", index))), item.get("text"))  # type: ignore[arg-type]
    return InputDocument(str(index), None, ("InputError", f"cannot read an item of type {type(item).__name__}"))


def extract_one(pipeline: Pipeline, doc: InputDocument) -> MeetingRecord | ErrorRow:
    """A record, or an error row: never an exception."""
    if doc.error is not None:
        return ErrorRow(doc.doc_id, *doc.error)
    try:
        return pipeline.extract(doc.text, doc_id=doc.doc_id)  # type: ignore[arg-type]
    except HindiMeetingExtractError as exc:
        return ErrorRow(doc.doc_id, type(exc).__name__, str(exc))
    except Exception as exc:  # a bug must not stop a million-document run
        return ErrorRow(doc.doc_id, type(exc).__name__, f"internal error: {exc}")


def extract_many(items: Iterable[Item], *, pipeline: Pipeline | None = None) -> Iterator[MeetingRecord | ErrorRow]:
    """Records (or error rows) for ``items``, lazily and in input order."""
    pipe = pipeline or default_pipeline()
    for i, item in enumerate(items):
        yield extract_one(pipe, _as_input(item, i))


def iter_inputs(paths: Iterable[str | Path]) -> Iterator[InputDocument]:
    """Documents from directories (``*.txt``, recursive) and ``.jsonl`` files of ``{"id", "text"}``."""
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            for f in sorted(path.rglob("*.txt")):
                doc_id = f.relative_to(path).with_suffix("").as_posix()
                yield _read_text_file(f, doc_id)
        elif path.suffix == ".jsonl":
            yield from _read_jsonl(path)
        else:
            yield _read_text_file(path, path.stem)


def _read_text_file(path: Path, doc_id: str) -> InputDocument:
    try:
        data = path.read_bytes()
    except OSError as exc:
        return InputDocument(doc_id, None, ("UnreadableFile", f"{path}: {exc.strerror or exc}"))
    try:
        return InputDocument(doc_id, data.decode("utf-8-sig"))
    except UnicodeDecodeError as exc:
        return InputDocument(doc_id, None, ("InvalidUTF8", f"{path}: invalid UTF-8 at byte {exc.start}"))


def _read_jsonl(path: Path) -> Iterator[InputDocument]:
    with path.open(encoding="utf-8", errors="replace") as fh:
        for n, line in enumerate(fh, 1):
            if not line.strip():
                continue
            doc_id = f"{path.name}:{n}"
            try:
                obj = json.loads(line)
            except json.JSONDecodeError as exc:
                yield InputDocument(doc_id, None, ("InvalidJSON", f"{path}:{n}: {exc.msg}"))
                continue
            if not isinstance(obj, dict) or not isinstance(obj.get("text"), str):
                yield InputDocument(str(obj.get("id", doc_id)) if isinstance(obj, dict) else doc_id, None,
                                    ("MissingText", f"{path}:{n}: no string 'text' field"))
                continue
            yield InputDocument(str(obj.get("id", doc_id)), obj["text"])
