"""The stanza backend: stanza's Hindi tokenize, pos, lemma, depparse and ner, on the document model.

stanza (and torch, which it imports) is imported only inside the functions here, never at
module import. The stanza pipeline is built on first use, once per process (so once per worker),
and shared by every :class:`StanzaBackend` with the same settings. Models are never downloaded
implicitly: run ``hindi-meeting-extract models download`` (or :func:`download_models`) once on a
machine with internet, then point ``model_dir`` / ``--stanza-dir`` / ``STANZA_RESOURCES_DIR`` at it.

Nothing stanza-typed leaves this module: :func:`to_document` turns a ``stanza.Document`` into our
:class:`~hindi_meeting_extract.document.Document` with grounded :class:`Word` and :class:`Entity`
lists, re-aligning any offset that does not match the raw text.
"""

from __future__ import annotations

import importlib.util
import logging
import os
import threading
from collections.abc import Iterable, Iterator, Mapping, Sequence
from pathlib import Path
from typing import Any

from ..document import Document, Entity, Word
from ..errors import BackendUnavailable, MissingExtra, require
from ..lexicon import Lexicons, Section
from ..segment import Sentence, SentenceSplitter

log = logging.getLogger(__name__)

LANG = "hi"
PROCESSORS = "tokenize,pos,lemma,depparse,ner"
DOWNLOAD_HINT = "run `hindi-meeting-extract models download` on a machine with internet"
_FEATURE = "the stanza backend"
_SEARCH_WINDOW = 64  # how far past the cursor a drifted word is looked for, in characters

# Built stanza pipelines, one per settings key, each with a lock.
_PIPELINES: dict[tuple[object, ...], tuple[Any, threading.Lock]] = {}
_PIPELINES_LOCK = threading.Lock()


def installed() -> bool:
    """Whether the ``stanza`` package can be imported (checked without importing it)."""
    try:
        return importlib.util.find_spec("stanza") is not None
    except (ImportError, ValueError):  # ValueError: sys.modules["stanza"] is None
        return False


def resolve_model_dir(model_dir: str | os.PathLike[str] | None = None) -> str:
    """The models folder: the option, else ``STANZA_RESOURCES_DIR``, else stanza's default."""
    if model_dir:
        return os.fspath(model_dir)
    if os.environ.get("STANZA_RESOURCES_DIR"):
        return os.environ["STANZA_RESOURCES_DIR"]
    common = require("stanza.resources.common", "stanza", _FEATURE)
    return str(common.DEFAULT_MODEL_DIR)


def _missing_models(model_dir: str, detail: str = "") -> BackendUnavailable:
    why = f" ({detail})" if detail else ""
    return BackendUnavailable(
        f"stanza's Hindi models are not in {model_dir}{why}: {DOWNLOAD_HINT}, "
        "or point --stanza-dir / STANZA_RESOURCES_DIR at a folder that has them"
    )


def _one_line(exc: BaseException) -> str:
    text = " ".join(str(exc).split())
    return f"{type(exc).__name__}: {text[:200]}" if text else type(exc).__name__


def load_pipeline(
    model_dir: str,
    processors: str = PROCESSORS,
    use_gpu: bool | None = None,
    options: Mapping[str, object] | None = None,
) -> tuple[Any, threading.Lock]:
    """The stanza pipeline for these settings, built on first call and cached for the process.

    ``options`` are passed on to ``stanza.Pipeline`` (e.g. ``{"pos_batch_size": 3000}``).
    """
    options = dict(options or {})
    key = (model_dir, processors, use_gpu, tuple(sorted((k, repr(v)) for k, v in options.items())))
    with _PIPELINES_LOCK:
        if key in _PIPELINES:
            return _PIPELINES[key]
        stanza = require("stanza", "stanza", _FEATURE)
        kwargs: dict[str, object] = {"download_method": None, "use_gpu": use_gpu, "logging_level": "WARN", **options}
        try:
            nlp = stanza.Pipeline(LANG, dir=model_dir, processors=processors, **kwargs)
        except FileNotFoundError as exc:  # ResourcesFileNotFoundError, LanguageNotDownloadedError, ...
            raise _missing_models(model_dir, _one_line(exc)) from exc
        except ValueError as exc:  # resources.json without Hindi: "Language hi is currently unsupported"
            raise _missing_models(model_dir, _one_line(exc)) from exc
        _PIPELINES[key] = (nlp, threading.Lock())
        return _PIPELINES[key]


def download_models(model_dir: str | os.PathLike[str] | None = None, processors: str = PROCESSORS) -> str:
    """Download stanza's Hindi models into ``model_dir`` (needs internet); return the folder."""
    stanza = require("stanza", "stanza", _FEATURE)
    target = resolve_model_dir(model_dir)
    try:
        stanza.download(LANG, model_dir=target, processors=processors, logging_level="WARN")
    except Exception as exc:  # network errors come from requests/huggingface_hub: report, never trace
        raise BackendUnavailable(f"could not download stanza's Hindi models into {target}: {_one_line(exc)}") from exc
    return target


class StanzaBackend:
    """Sentences, words, UPOS, lemmas, dependencies and NER from stanza's Hindi models.

    :param model_dir: the stanza models folder (default: ``STANZA_RESOURCES_DIR`` or stanza's own).
    :param use_gpu: ``None`` uses a GPU when torch sees one; ``False`` forces the CPU.
    :param batch_size: documents per ``bulk_process`` call in :meth:`annotate_many`.
    :param processors: stanza processors to run (default ``tokenize,pos,lemma,depparse,ner``).
    :param stanza_options: more keyword arguments for ``stanza.Pipeline``.
    """

    name = "stanza"
    capabilities = frozenset({"sentences", "tokens", "words", "pos", "lemma", "deps", "ner"})

    def __init__(
        self,
        lexicons: Lexicons,
        *,
        model_dir: str | os.PathLike[str] | None = None,
        use_gpu: bool | None = None,
        batch_size: int = 32,
        processors: str = PROCESSORS,
        stanza_options: Mapping[str, object] | None = None,
    ) -> None:
        if not installed():
            raise MissingExtra("stanza", "stanza", _FEATURE)
        if batch_size < 1:
            raise ValueError(f"batch_size must be at least 1, got {batch_size}")
        self.model_dir = os.fspath(model_dir) if model_dir else None
        self.use_gpu = use_gpu
        self.batch_size = batch_size
        self.processors = processors
        self.stanza_options = dict(stanza_options or {})
        self._ner_kinds = lexicons.section("stanza", "ner_kinds")
        self._splitter = SentenceSplitter(lexicons)

    def available(self) -> tuple[bool, str]:
        """True when stanza imports and the models folder holds ``resources.json`` and ``hi/``."""
        if not installed():
            return False, str(MissingExtra("stanza", "stanza", _FEATURE))
        folder = resolve_model_dir(self.model_dir)
        for need in ("resources.json", LANG):
            if not (Path(folder) / need).exists():
                return False, str(_missing_models(folder, f"no {need}"))
        return True, ""

    def _nlp(self) -> tuple[Any, threading.Lock]:
        return load_pipeline(resolve_model_dir(self.model_dir), self.processors, self.use_gpu, self.stanza_options)

    def annotate(self, text: str, *, doc_id: str | None = None) -> Document:
        doc = self.annotate_many([text])[0]
        doc.doc_id = doc_id
        return doc

    def annotate_many(self, texts: Iterable[str]) -> list[Document]:
        """Annotate ``texts`` in batches of ``batch_size`` through stanza's ``bulk_process``."""
        out: list[Document] = []
        for batch in _batches(list(texts), self.batch_size):
            blank = [not t.strip() for t in batch]
            todo = [t for t, b in zip(batch, blank) if not b]
            parsed = iter(self._bulk(todo) if todo else [])
            for text, is_blank in zip(batch, blank):
                if is_blank:  # stanza is not asked about empty text
                    out.append(Document(text, self._splitter.split(text), words=[], entities=[]))
                else:
                    out.append(to_document(text, next(parsed), self._ner_kinds))
        return out

    def _bulk(self, texts: list[str]) -> list[Any]:
        stanza = require("stanza", "stanza", _FEATURE)
        nlp, lock = self._nlp()
        with lock:  # a stanza pipeline is not documented as thread-safe
            return list(nlp.bulk_process([stanza.Document([], text=t) for t in texts]))


def _batches(items: list[str], size: int) -> Iterator[list[str]]:
    for i in range(0, len(items), size):
        yield items[i : i + size]


def _ground(text: str, surface: str, start: int | None, end: int | None, cursor: int) -> tuple[int, int]:
    """Raw offsets for one stanza token: its own if they fit, else re-found after ``cursor``."""
    valid = start is not None and end is not None and cursor <= start <= end <= len(text)
    if valid and text[start:end] == surface:  # type: ignore[index]
        return start, end  # type: ignore[return-value]
    if surface:
        found = text.find(surface, cursor, cursor + _SEARCH_WINDOW + len(surface))
        if found >= 0:
            return found, found + len(surface)
    if valid:
        return start, end  # type: ignore[return-value]  # stanza rewrote the surface: trust its offsets
    return cursor, cursor  # cannot place it: an empty span keeps the word (and the tree) grounded


def _entities(text: str, tagged: Sequence[tuple[int, int, str | None]], kinds: Section) -> list[Entity]:
    """Decode BIOES (or BIO) tags over ``(start, end, tag)`` tokens of one sentence into entities."""
    out: list[Entity] = []
    open_: tuple[int, int, str] | None = None

    def close() -> None:
        nonlocal open_
        if open_ is not None:
            s, e, label = open_
            out.append(Entity(s, e, text[s:e], label, kinds.canonical(label) or "other"))
            open_ = None

    for start, end, tag in tagged:
        prefix, _, label = (tag or "O").partition("-")
        if prefix not in {"B", "I", "E", "S"} or not label:
            close()
            continue
        if prefix in {"B", "S"} or open_ is None or open_[2] != label:
            close()
            open_ = (start, end, label)
        else:
            open_ = (open_[0], end, label)
        if prefix in {"E", "S"}:
            close()
    close()
    return [e for e in out if e.end > e.start]


def to_document(text: str, sdoc: Any, ner_kinds: Section, *, doc_id: str | None = None) -> Document:
    """Our :class:`Document` from a ``stanza.Document`` of ``text``: grounded words, sentences, entities."""
    words: list[Word] = []
    sentences: list[Sentence] = []
    entities: list[Entity] = []
    cursor = 0
    drifted = 0
    for sent in sdoc.sentences:
        base = len(words)
        spans: dict[int, tuple[int, int, str | None]] = {}  # stanza word id -> raw offsets, NER tag
        tagged: list[tuple[int, int, str | None]] = []
        for token in sent.tokens:
            s, e = _ground(text, token.text, token.start_char, token.end_char, cursor)
            drifted += (s, e) != (token.start_char, token.end_char)
            cursor = max(cursor, e)
            ner = getattr(token, "ner", None)
            tagged.append((s, e, ner))
            for w in token.words:
                spans[w.id] = (s, e, ner)
        sent_index = len(sentences)
        for w in sent.words:
            s, e, ner = spans.get(w.id, (cursor, cursor, None))
            words.append(
                Word(
                    index=len(words),
                    start=s,
                    end=e,
                    text=text[s:e],
                    sentence=sent_index,
                    upos=w.upos,
                    xpos=w.xpos,
                    lemma=w.lemma,
                    feats=w.feats,
                    head=base + w.head - 1 if w.head else None,
                    deprel=w.deprel,
                    ner=ner,
                )
            )
        grounded = [w for w in words[base:] if w.end > w.start]
        if grounded:
            s, e = grounded[0].start, grounded[-1].end
            sentences.append(Sentence(s, e, text[s:e]))
        else:
            del words[base:]  # nothing of this sentence is in the text
            continue
        entities.extend(_entities(text, tagged, ner_kinds))
    if drifted:
        log.debug("stanza: re-aligned %d token offsets", drifted)
    return Document(text, sentences, doc_id=doc_id, words=words, entities=entities)
