"""Properties of ``extract`` for any input: a valid, grounded, self-consistent record or a library error."""

from __future__ import annotations

import json

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from hindi_meeting_extract import HindiMeetingExtractError, MeetingRecord, Pipeline, TextSpan

FRAGMENTS = [
    # honorifics, names, designations
    "श्री", "श्रीमती", "सुश्री", "डॉ.", "डॉ", "प्रो.", "माननीय", "स्व.", "जी", "सर्वश्री",
    "राजीव", "सिंह", "सुनीता", "शर्मा", "फ़ैज़", "अहमद", "के.बी.", "कमला", "देवी", "साहू",
    "जिला अध्यक्ष", "अध्यक्ष", "महामंत्री", "पूर्व मंत्री", "विधायक", "कलेक्टर", "सह संयोजक", "प्रदेश",
    # speech and meeting cues
    "ने कहा कि", "ने कहा", "का कहना है कि", "ने बताया", "उन्होंने", "उपस्थित थे", "सहित", "एवं", "और",
    "की अध्यक्षता में", "मुख्य अतिथि", "संचालन", "आभार", "बैठक", "वर्चुअल", "ज़ूम", "वेबिनार",
    "में", "को", "के", "की", "का", "से", "आयोजित", "संपन्न हुई",
    # places, dates, digits
    "कोरबा", "रायपुर", "जिला कार्यालय", "12", "१२", "जुलाई", "2020", "२०२०", "12.07.2020", "रविवार", "कल",
    # punctuation, whitespace, markup, odd code points
    " ", " ", " ", "।", "॥", ".", "..", ",", ":", "-", '"', "“", "”", "'", "(", ")", "\n", "\r\n", "\t",
    "<p>", "</p>", "<b>", "<script>", "</script>", "<!--", "-->", "&nbsp;", "&amp;", "&#2352;",
    "\u200c", "\u200d", "\u093c", "\ufeff", "\x00", "\u00a0", "Shri", "IT cell", "gS", "esa",
]

hindi_heavy = st.lists(st.sampled_from(FRAGMENTS), max_size=60).map("".join)
any_unicode = st.text(alphabet=st.characters(exclude_categories=()), max_size=300)  # surrogates too
mixed = st.lists(st.one_of(st.sampled_from(FRAGMENTS), st.text(max_size=5)), max_size=40).map("".join)

SETTINGS = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def check(pipeline: Pipeline, text: str) -> None:
    try:
        record = pipeline.extract(text)
    except HindiMeetingExtractError:
        return
    assert_valid(record, text)


def assert_valid(record: MeetingRecord, text: str) -> None:
    assert isinstance(record, MeetingRecord)
    for span in record.spans():
        assert 0 <= span.start <= span.end <= len(text), span
        assert text[span.start : span.end] == span.text, span
    for s in record.statements:
        if s.cue_start is not None and s.cue_end is not None:
            assert text[s.cue_start : s.cue_end] == s.cue, s
    ids = [p.id for p in record.persons]
    assert len(ids) == len(set(ids))
    assert {s.speaker for s in record.statements if s.speaker is not None} <= set(ids)
    assert set(record.attendees) <= set(ids)
    dumped = record.model_dump(mode="json")
    assert MeetingRecord.model_validate(dumped) == record
    assert MeetingRecord.model_validate(json.loads(json.dumps(dumped))) == record


@SETTINGS
@given(text=any_unicode)
def test_any_unicode_string(pipeline: Pipeline, text: str) -> None:
    check(pipeline, text)


@SETTINGS
@given(text=hindi_heavy)
def test_hindi_heavy_strings(pipeline: Pipeline, text: str) -> None:
    check(pipeline, text)


@SETTINGS
@given(text=mixed)
def test_fragments_mixed_with_random_text(pipeline: Pipeline, text: str) -> None:
    check(pipeline, text)


# Invariances: the same extraction whatever the line ends, BOM, nukta encoding or HTML wrapping.
# Each transform maps a text to (the plain text to compare with, the changed text).
PLAIN_FRAGMENTS = [f for f in FRAGMENTS if f not in ("\r\n", "\ufeff", "\x00", "\u093c") and "<" not in f and "&" not in f]
TRANSFORMS = {
    "crlf": lambda t: (t, t.replace("\n", "\r\n")),
    "bom": lambda t: (t, "\ufeff" + t),
    "precomposed-nukta": lambda t: (t, t.replace("\u091c\u093c", "\u095b").replace("\u092b\u093c", "\u095e")),
    "html": lambda t: ("\n" + t + "\n", "<p>" + t.replace("\n", "</p>\n<p>") + "</p>"),  # <p> is a line break
}


@pytest.mark.parametrize("name", sorted(TRANSFORMS))
@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(text=st.lists(st.sampled_from(PLAIN_FRAGMENTS), max_size=60).map("".join))
def test_extraction_is_invariant_under(pipeline: Pipeline, name: str, text: str) -> None:
    from test_robustness import summary

    plain, changed = TRANSFORMS[name](text)
    record = pipeline.extract(changed)
    assert_valid(record, changed)
    assert summary(record) == summary(pipeline.extract(plain))


def test_the_properties_can_fail(pipeline: Pipeline) -> None:
    text = "श्री राजीव सिंह ने कहा कि बैठक सफल रही।"
    record = pipeline.extract(text)
    assert_valid(record, text)
    record.title = TextSpan(text="राजीव", start=0, end=5)  # not text[0:5]
    with pytest.raises(AssertionError):
        assert_valid(record, text)
    record.title = None
    record.attendees = ["p999"]
    with pytest.raises(AssertionError):
        assert_valid(record, text)
