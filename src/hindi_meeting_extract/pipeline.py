"""The pipeline: a backend annotates the text, the stages fill an analysis, a record comes out."""

from __future__ import annotations

import datetime as dt
import threading
from collections.abc import Iterable
from pathlib import Path

import regex

from ._version import __version__
from .analysis import Analysis, PersonEntity
from .attendance import AttendanceStage
from .backends import get_backend
from .clean import Cleaned, Cleaner, reground
from .dates import DateStage
from .document import Document
from .kind import KindStage
from .errors import DocumentTooLarge, InputError
from .layout import LayoutStage
from .lexicon import Lexicons
from .models import (
    ROLES,
    DesignationMention,
    MeetingDate,
    MeetingRecord,
    Person,
    Place,
    Provenance,
    RoleEvidence,
    Statement,
    TextSpan,
)
from .normalize import fold
from .persons import PersonStage
from .places import PlaceStage
from .statements import StatementStage

DEFAULT_MAX_CHARS = 2_000_000
_DEVANAGARI = regex.compile(r"\p{Devanagari}")

STAGES = (LayoutStage, PersonStage, StatementStage, AttendanceStage, DateStage, PlaceStage, KindStage)


class Pipeline:
    """Lexicons, backend and stages, built once and reused for every document.

    A pipeline holds no per-document state, so one instance can be shared across threads.
    """

    def __init__(
        self,
        *,
        backend: str = "rules",
        lexicons: Iterable[str | Path] | str | Path = (),  # extra lexicon files: one path or several
        max_chars: int = DEFAULT_MAX_CHARS,
        backend_options: dict[str, object] | None = None,
    ) -> None:
        self.lexicons = Lexicons.load(lexicons)
        self.backend = get_backend(backend, self.lexicons, **(backend_options or {}))
        self.max_chars = max_chars
        self._stages = [stage(self.lexicons) for stage in STAGES]
        self._cleaner = Cleaner(self.lexicons)
        self._provenance = Provenance(
            library_version=__version__, lexicon_version=self.lexicons.version, backend=self.backend.name
        )

    def analyse(
        self, text: str, *, doc_id: str | None = None, reference_date: dt.date | str | None = None
    ) -> Analysis:
        """Run the backend and every stage; return the working analysis (for debugging)."""
        cleaned = self.clean(text)
        return self.run_stages(text, cleaned, self.backend.annotate(cleaned.view, doc_id=doc_id), reference_date)

    def clean(self, text: str) -> Cleaned:
        """Check ``text`` and give the view the backend and stages run on (same length)."""
        if not isinstance(text, str):
            raise InputError(f"extract() expects the document as str, got {type(text).__name__}")
        if len(text) > self.max_chars:
            raise DocumentTooLarge(len(text), self.max_chars)
        return self._cleaner(text)  # markup masked, offsets unchanged

    def run_stages(
        self, text: str, cleaned: Cleaned, doc: Document, reference_date: dt.date | str | None = None
    ) -> Analysis:
        """Run every stage on ``doc`` (the backend's annotation of ``cleaned.view``)."""
        analysis = Analysis(doc, _as_date(reference_date))
        analysis.warnings.extend(cleaned.warnings)
        if not cleaned.view.strip():
            analysis.warnings.append("empty document")
        elif not _DEVANAGARI.search(cleaned.view):
            analysis.warnings.append("no Devanagari text: nothing to extract")
        else:
            for stage in self._stages:
                stage(analysis)
        if cleaned.view is not text:
            reground(analysis, text)  # span texts sliced from the input as given
        return analysis

    def record(self, analysis: Analysis, text: str) -> MeetingRecord:
        """The output record of a finished analysis of ``text``."""
        record = to_record(analysis, self._provenance)
        record._source_text = text  # for render_html / notebooks; never dumped
        return record

    def extract(
        self, text: str, *, doc_id: str | None = None, reference_date: dt.date | str | None = None
    ) -> MeetingRecord:
        """Extract one :class:`MeetingRecord` from ``text``."""
        return self.record(self.analyse(text, doc_id=doc_id, reference_date=reference_date), text)

    __call__ = extract


def _as_date(value: dt.date | str | None) -> dt.date | None:
    if value is None or isinstance(value, dt.date):
        return value.date() if isinstance(value, dt.datetime) else value
    if isinstance(value, str):
        try:
            return dt.date.fromisoformat(value)
        except ValueError:
            raise InputError(f"reference_date must be YYYY-MM-DD, got {value!r}") from None
    raise InputError(f"reference_date must be a date or 'YYYY-MM-DD', got {type(value).__name__}")


# The parts of a record are built with their validating constructors: measured faster than
# ``model_construct`` in pydantic 2.13 (0.9 µs against 1.4 µs for a TextSpan).
def _span(s) -> TextSpan:  # type: ignore[no-untyped-def]
    return TextSpan(text=s.text, start=s.start, end=s.end)


def _person(p: PersonEntity) -> Person:
    designations: list[str] = []
    seen: set[str] = set()
    for d in p.designations:
        key = fold(d.canonical)
        if key not in seen:
            seen.add(key)
            designations.append(d.canonical)
    return Person(
        id=p.id,
        name=p.name,
        variants=list(p.variants),
        honorific=p.honorific,
        designations=designations,
        roles=[r for r in ROLES if r in p.roles],  # type: ignore[misc]
        mentions=sorted((_span(m.span) for m in p.mentions), key=lambda s: s.start),
        designation_mentions=[
            DesignationMention(
                text=d.span.text, start=d.span.start, end=d.span.end, designation=d.canonical
            )
            for d in p.designations
        ],
        role_evidence=[
            RoleEvidence(role=h.role, rule=h.rule, cue=_span(h.cue) if h.cue else None)
            for r in ROLES
            if (h := p.roles.get(r))
        ],
        confidence=round(p.confidence, 3),
    )


def to_record(analysis: Analysis, provenance: Provenance) -> MeetingRecord:
    """Turn a finished analysis into the typed output record."""
    a = analysis
    return MeetingRecord(
        doc_id=a.doc.doc_id,
        title=_span(a.title) if a.title else None,
        kind=a.kind,  # type: ignore[arg-type]
        kind_cue=_span(a.kind_cue) if a.kind_cue else None,
        date=MeetingDate(
            year=a.date.year, month=a.date.month, day=a.date.day, rule=a.date.rule,
            text=a.date.span.text, start=a.date.span.start, end=a.date.span.end,
        )
        if a.date
        else None,
        place=Place(
            name=a.place.name, rule=a.place.rule, district=a.place.district, state=a.place.state,
            text=a.place.span.text, start=a.place.span.start, end=a.place.span.end,
        )
        if a.place
        else None,
        mode=a.mode,  # type: ignore[arg-type]
        mode_cue=_span(a.mode_cue) if a.mode_cue else None,
        persons=[_person(p) for p in a.persons],
        statements=[
            Statement(
                speaker=s.speaker.id if s.speaker else None,
                text=s.content.text,
                start=s.content.start,
                end=s.content.end,
                cue=s.cue.text,
                cue_start=s.cue.start,
                cue_end=s.cue.end,
                rule=s.rule,
            )
            for s in a.statements
        ],
        attendees=[p.id for p in a.attendees],
        warnings=list(a.warnings),
        provenance=provenance,
    )


_SHARED: dict[str, Pipeline] = {}
_SHARED_LOCK = threading.Lock()


def default_pipeline(backend: str = "rules") -> Pipeline:
    """The shared pipeline for a backend (packaged lexicons), built on first use."""
    with _SHARED_LOCK:
        if backend not in _SHARED:
            _SHARED[backend] = Pipeline(backend=backend)
        return _SHARED[backend]


def extract(
    text: str,
    *,
    doc_id: str | None = None,
    reference_date: dt.date | str | None = None,
    backend: str = "rules",
) -> MeetingRecord:
    """Extract a :class:`MeetingRecord` from one Hindi text with the shared default pipeline."""
    return default_pipeline(backend).extract(text, doc_id=doc_id, reference_date=reference_date)
