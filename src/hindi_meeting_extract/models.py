"""The typed output: a :class:`MeetingRecord` per document (pydantic v2).

Every object with ``text``/``start``/``end`` is grounded: ``input[start:end] == text``.
"""

from __future__ import annotations

import json
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, PrivateAttr
from pydantic_core import PydanticSerializationError

SCHEMA_VERSION = "2"  # 2: kind and kind_cue; mode and attendees empty for non-meetings

Kind = Literal["meeting_report", "announcement", "other"]
Role = Literal["attendee", "speaker", "chair", "chief_guest", "conductor", "vote_of_thanks"]
ROLES: tuple[str, ...] = ("attendee", "speaker", "chair", "chief_guest", "conductor", "vote_of_thanks")


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=False)

    def model_dump_json(self, *, indent: int | None = None, **kwargs: Any) -> str:  # type: ignore[override]
        """As pydantic's, and also for text holding surrogate code points (a ``str`` given to
        the API can hold a lone one), which pydantic cannot encode: then :mod:`json` writes
        them as they are, so ``model_validate(json.loads(...))`` gives the same record back,
        a pair stored as two code points included."""
        try:
            return super().model_dump_json(indent=indent, **kwargs)
        except PydanticSerializationError:
            separators = (",", ":") if indent is None else (",", ": ")
            return json.dumps(self.model_dump(mode="json", **kwargs), ensure_ascii=False, indent=indent, separators=separators)


class TextSpan(_Model):
    """A piece of the input: ``input[start:end] == text``."""

    text: str
    start: int = Field(ge=0)
    end: int = Field(ge=0)


class DesignationMention(TextSpan):
    """An office as written next to a person (``text``) and its compact form (``designation``)."""

    designation: str


class RoleEvidence(_Model):
    """Why a person has a role: the rule that fired and the cue it fired on."""

    role: Role
    rule: str
    cue: TextSpan | None = None


class MeetingDate(TextSpan):
    year: int | None = None
    month: int = Field(ge=1, le=12)
    day: int = Field(ge=1, le=31)
    rule: str = ""


class Place(TextSpan):
    """Where the meeting was held: the surface ``text`` with its offsets, and ``name``, one
    canonical spelling per place (the gazetteer's for a known town, district or state, else the
    text with spelling folding applied), with the place's ``district`` and ``state`` when the
    gazetteer knows them."""

    name: str
    rule: str = ""
    district: str | None = None
    state: str | None = None


class Person(_Model):
    id: str
    name: str
    variants: list[str] = Field(default_factory=list)
    honorific: str | None = None
    designations: list[str] = Field(default_factory=list)
    roles: list[Role] = Field(default_factory=list)
    mentions: list[TextSpan] = Field(default_factory=list)
    designation_mentions: list[DesignationMention] = Field(default_factory=list)
    role_evidence: list[RoleEvidence] = Field(default_factory=list)
    confidence: float = Field(
        default=1.0, ge=0.0, le=1.0,
        description="how sure the extractor is that this is a person: from the kind of anchor of each "
        "mention and the name model's probability (see docs/persons.md)",
    )

    def __repr__(self) -> str:  # short; model_dump() has everything
        return (f"Person({self.id} {self.name!r}, honorific={self.honorific!r}, designations={self.designations}, "
                f"roles={self.roles}, {len(self.mentions)} mentions)")

    __str__ = __repr__


class Statement(_Model):
    speaker: str | None = Field(description="id of the speaking person, or null when unresolved")
    text: str
    start: int = Field(ge=0)
    end: int = Field(ge=0)
    cue: str
    cue_start: int | None = None
    cue_end: int | None = None
    rule: str = ""

    def __repr__(self) -> str:  # short; model_dump() has everything
        text = self.text if len(self.text) <= 40 else self.text[:39] + "…"
        return f"Statement({self.speaker} {self.cue!r}: {text!r}, {self.start}:{self.end})"

    __str__ = __repr__


class Provenance(_Model):
    library_version: str
    lexicon_version: str
    backend: str


class MeetingRecord(_Model):
    """Everything extracted from one document about the meeting it reports."""

    schema_version: Literal["2"] = SCHEMA_VERSION
    doc_id: str | None = None
    title: TextSpan | None = None
    kind: Kind = Field(
        default="other",
        description="meeting_report: a meeting or event that took place; announcement: one that is "
        "planned; other: no meeting reported (then mode is null and attendees is empty)",
    )
    kind_cue: TextSpan | None = Field(default=None, description="the words the kind was read from")
    date: MeetingDate | None = None
    place: Place | None = None
    mode: Literal["virtual", "in_person"] | None = None
    mode_cue: TextSpan | None = None
    persons: list[Person] = Field(default_factory=list)
    statements: list[Statement] = Field(default_factory=list)
    attendees: list[str] = Field(default_factory=list)
    warnings: list[str] = Field(default_factory=list)
    provenance: Provenance

    def __repr__(self) -> str:  # one line; model_dump() / model_dump_json() give the whole record
        d = self.date
        date = None if d is None else f"{d.year:04d}-{d.month:02d}-{d.day:02d}" if d.year else f"--{d.month:02d}-{d.day:02d}"
        return (f"MeetingRecord(doc_id={self.doc_id!r}, date={date!r}, place={self.place.name if self.place else None!r}, "
                f"mode={self.mode!r}, {len(self.persons)} persons, {len(self.statements)} statements, "
                f"{len(self.attendees)} attendees, {len(self.warnings)} warnings)")

    __str__ = __repr__

    def person(self, person_id: str) -> Person | None:
        """The person with this id, if any."""
        return next((p for p in self.persons if p.id == person_id), None)

    def spans(self) -> list[TextSpan]:
        """Every grounded span in the record (for checking offsets)."""
        out: list[TextSpan] = []
        for item in (self.title, self.kind_cue, self.date, self.place, self.mode_cue):
            if item is not None:
                out.append(item)
        for p in self.persons:
            out.extend(p.mentions)
            out.extend(p.designation_mentions)
            out.extend(ev.cue for ev in p.role_evidence if ev.cue is not None)
        for s in self.statements:
            out.append(TextSpan(text=s.text, start=s.start, end=s.end))
        return out

    # The text the record was extracted from, set by the pipeline so that notebooks can show it
    # highlighted. Not a field: not dumped, not in the schema, not compared, lost on JSON round trips.
    _source_text: str | None = PrivateAttr(default=None)

    def __eq__(self, other: object) -> bool:
        """Equal when every field is equal (the attached source text does not count)."""
        if type(other) is not type(self):
            return NotImplemented
        return self.__dict__ == other.__dict__  # type: ignore[union-attr]

    __hash__ = None  # type: ignore[assignment]

    def _repr_html_(self) -> str:  # pragma: no cover - exercised by the notebook tests
        from .render import render_html

        return render_html(self)
