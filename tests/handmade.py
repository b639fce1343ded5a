"""Hand-made :class:`MeetingRecord` objects for tests that must not depend on the stages' quality."""

from __future__ import annotations

from pathlib import Path

from hindi_meeting_extract.models import (
    DesignationMention,
    MeetingDate,
    MeetingRecord,
    Person,
    Place,
    Provenance,
    Statement,
    TextSpan,
)

KORBA = Path(__file__).resolve().parent.parent / "fixtures" / "releases" / "korba-it-cell.txt"
PROV = Provenance(library_version="test", lexicon_version="test", backend="rules")


def find(text: str, needle: str, nth: int = 0, after: int = 0) -> tuple[int, int]:
    """Offsets of the ``nth`` occurrence of ``needle`` at or after ``after``."""
    pos = after - 1
    for _ in range(nth + 1):
        pos = text.index(needle, pos + 1)
    return pos, pos + len(needle)


def span(text: str, needle: str, nth: int = 0, after: int = 0) -> TextSpan:
    s, e = find(text, needle, nth, after)
    return TextSpan(text=text[s:e], start=s, end=e)


def _person(text: str, pid: str, name: str, n_mentions: int, desig: tuple[str, str] | None = None,
            roles: tuple[str, ...] = ("attendee",), variants: tuple[str, ...] = ()) -> Person:
    mentions = [span(text, name, i) for i in range(n_mentions)]
    for v in variants:
        mentions.append(span(text, v))
    dms = []
    if desig:
        s, e = find(text, desig[0])
        dms.append(DesignationMention(text=text[s:e], start=s, end=e, designation=desig[1]))
    return Person(id=pid, name=name, variants=list(variants), honorific="श्री", designations=[desig[1]] if desig else [],
                  roles=list(roles), mentions=sorted(mentions, key=lambda m: m.start), designation_mentions=dms)


def korba_record(text: str | None = None) -> MeetingRecord:
    """A plausible record for the Korba fixture, with overlapping statement/mention spans."""
    text = text if text is not None else KORBA.read_text(encoding="utf-8")
    persons = [
        _person(text, "p1", "दीपक महस्के", 2, ("प्रदेश अध्यक्ष", "प्रदेश अध्यक्ष"), ("speaker", "attendee")),
        _person(text, "p2", "दुर्गेश ठाकुर", 2, ("सोशल मीडिया सह संयोजक", "सह संयोजक"), ("speaker", "attendee")),
        _person(text, "p3", "राजीव सिंह", 2, ("जिला अध्यक्ष", "जिला अध्यक्ष"), ("speaker", "attendee")),
        _person(text, "p4", "नवदीप नंदा", 1, None, ("attendee",), ("नवदीप नन्दा",)),
        _person(text, "p5", "अरुण साहू", 1, ("संभाग प्रभारी", "संभाग प्रभारी"), ("attendee", "conductor")),
    ]
    persons[2].honorific = "डॉ"
    s1 = span(text, "चाहे वह सेवा कार्य हो")
    s1_end = text.index("।", s1.start)
    # a statement whose end cuts through a later person mention, to exercise crossing spans
    s2_start, _ = find(text, "कोरबा भाजपा हर मोर्चे")
    s2_end = text.index(".", s2_start)
    s3_start, _ = find(text, "जिले ग्रामीण इलाकों")
    s3_end = text.index(".", s3_start)
    statements = [
        Statement(speaker="p3", text=text[s1.start:s1_end], start=s1.start, end=s1_end, cue="बताया कि"),
        Statement(speaker="p1", text=text[s2_start:s2_end], start=s2_start, end=s2_end, cue="कहा कि"),
        Statement(speaker="p2", text=text[s3_start:s3_end], start=s3_start, end=s3_end, cue="आश्वस्त किया कि"),
    ]
    d = span(text, "12 जुलाई")
    pl = span(text, "कोरबा", 1)
    mode = span(text, "वेबिनार")
    return MeetingRecord(
        doc_id="korba-it-cell",
        title=TextSpan(text=text[: text.index("\n")], start=0, end=text.index("\n")),
        date=MeetingDate(text=d.text, start=d.start, end=d.end, month=7, day=12, year=None, rule="dateline"),
        place=Place(text=pl.text, start=pl.start, end=pl.end, name="कोरबा", rule="dateline"),
        mode="virtual",
        mode_cue=mode,
        persons=persons,
        statements=statements,
        attendees=[p.id for p in persons],
        provenance=PROV,
    )
