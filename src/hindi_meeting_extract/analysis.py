"""The working state that pipeline stages read and fill for one document.

Stages are plain functions ``run(analysis, resources)``; they add to an :class:`Analysis`,
and :mod:`~hindi_meeting_extract.pipeline` turns the finished analysis into a
:class:`~hindi_meeting_extract.models.MeetingRecord`.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from .document import Document, Span


@dataclass(slots=True)
class Designation:
    """An office given to a person: the phrase as written and its compact core."""

    canonical: str  # compact office phrase, e.g. "जिला अध्यक्ष"
    span: Span  # as written in the text


@dataclass(slots=True)
class Mention:
    """One occurrence of a personal name in the text."""

    span: Span  # the name only: no honorific, no जी, no postposition
    honorific: str | None = None  # canonical honorific, e.g. "डॉ"
    honorific_span: Span | None = None
    designations: list[Designation] = field(default_factory=list)
    rule: str = ""  # the rule that found it, e.g. "honorific", "after-designation"
    confidence: float = 1.0  # from the kind of anchor, or the name model's probability


@dataclass(slots=True)
class RoleHit:
    role: str
    rule: str
    cue: Span | None = None


@dataclass(slots=True)
class PersonEntity:
    """One individual: all their mentions, merged across spellings and forms."""

    id: str
    mentions: list[Mention] = field(default_factory=list)
    name: str = ""  # fullest form, as written in one mention
    variants: list[str] = field(default_factory=list)
    honorific: str | None = None
    designations: list[Designation] = field(default_factory=list)
    roles: dict[str, RoleHit] = field(default_factory=dict)
    # back-references that name no new person (श्री सिंह, कलेक्टर ने): grounded but not variants
    references: list[Span] = field(default_factory=list)
    confidence: float = 1.0  # in [0, 1], from its mentions (see persons.merge)

    def add_role(self, role: str, rule: str, cue: Span | None = None) -> None:
        self.roles.setdefault(role, RoleHit(role, rule, cue))


@dataclass(slots=True)
class StatementHit:
    speaker: PersonEntity | None
    content: Span
    cue: Span
    rule: str
    kind: str = ""  # cue kind from cues.toml: speech, report, directive, signed, …
    at_meeting: bool = True  # said at the meeting itself (not to the press, not earlier)


@dataclass(slots=True)
class DateHit:
    year: int | None
    month: int
    day: int
    span: Span
    rule: str


@dataclass(slots=True)
class PlaceHit:
    name: str
    span: Span
    rule: str
    district: str | None = None
    state: str | None = None


@dataclass
class Analysis:
    """Everything known about one document while the stages run."""

    doc: Document
    reference_date: dt.date | None = None
    persons: list[PersonEntity] = field(default_factory=list)
    statements: list[StatementHit] = field(default_factory=list)
    attendees: list[PersonEntity] = field(default_factory=list)
    title: Span | None = None
    dateline: Span | None = None
    dateline_town: Span | None = None  # the town of the dateline (set with it by the layout stage)
    date: DateHit | None = None
    place: PlaceHit | None = None
    mode: str | None = None
    mode_cue: Span | None = None
    kind: str = "other"  # meeting_report, announcement or other (kind.py)
    kind_cue: Span | None = None
    warnings: list[str] = field(default_factory=list)

    def new_person(self) -> PersonEntity:
        person = PersonEntity(id=f"p{len(self.persons) + 1}")
        self.persons.append(person)
        return person

    def person_at(self, start: int, end: int) -> PersonEntity | None:
        """The person one of whose mentions overlaps the raw span ``[start, end)``."""
        for person in self.persons:
            for m in person.mentions:
                if m.span.start < end and start < m.span.end:
                    return person
        return None
