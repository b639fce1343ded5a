"""The catalogue of input kinds in docs/robustness.md: one test (or more) per kind."""

from __future__ import annotations

import unicodedata

import pytest
from conftest import fixture_texts

from hindi_meeting_extract import DocumentTooLarge, HindiMeetingExtractError, InputError, MeetingRecord, Pipeline
from hindi_meeting_extract import errors as errors_module
from hindi_meeting_extract.clean import CONTROLS_MASKED, HTML_MASKED, LEGACY_FONT
from hindi_meeting_extract.normalize import fold

EMPTY = "empty document"
NO_DEVANAGARI = "no Devanagari text: nothing to extract"

HEADLINE = "कोरबा में जिला कांग्रेस कमेटी की बैठक संपन्न"
BODY = [
    "कोरबा, 12 जुलाई। जिला कांग्रेस कमेटी की मासिक बैठक रविवार को ज़िला कार्यालय में जिला अध्यक्ष "
    "श्री राजीव सिंह की अध्यक्षता में संपन्न हुई।",
    "बैठक में मुख्य अतिथि के रूप में पूर्व मंत्री डॉ. सुनीता शर्मा उपस्थित रहीं।",
    "श्री राजीव सिंह ने कहा कि संगठन को बूथ स्तर तक मजबूत करना हमारी प्राथमिकता है।",
    'डॉ. सुनीता शर्मा ने कहा, "आगामी चुनाव में हर कार्यकर्ता की भूमिका महत्वपूर्ण होगी।"',
    "बैठक में महामंत्री श्री अनिल वर्मा, कोषाध्यक्ष श्रीमती कमला देवी, श्री फ़ैज़ अहमद, "
    "श्री मोहन लाल साहू सहित अनेक कार्यकर्ता उपस्थित थे।",
    "कार्यक्रम का संचालन श्री अनिल वर्मा ने किया तथा आभार प्रदर्शन श्रीमती कमला देवी ने किया।",
]
PLAIN = HEADLINE + "\n" + "\n".join(BODY) + "\n"


def grounded(record: MeetingRecord, text: str) -> None:
    """Every span is a slice of the input as given, and every person id used exists."""
    for span in record.spans():
        assert 0 <= span.start <= span.end <= len(text)
        assert text[span.start : span.end] == span.text, span
    for s in record.statements:
        if s.cue_start is not None:
            assert text[s.cue_start : s.cue_end] == s.cue
    ids = {p.id for p in record.persons}
    assert {s.speaker for s in record.statements if s.speaker} <= ids
    assert set(record.attendees) <= ids


def _key(s: str | None) -> str | None:
    return None if s is None else " ".join(fold(s).split())


def summary(record: MeetingRecord) -> dict[str, object]:
    """What was extracted, independent of offsets and of how the spans are written."""
    name = {p.id: _key(p.name) for p in record.persons}
    return {
        "persons": sorted(name.values()),
        "designations": sorted(_key(d) for p in record.persons for d in p.designations),
        "roles": sorted((name[p.id], r) for p in record.persons for r in p.roles),
        "speakers": [name.get(s.speaker) if s.speaker else None for s in record.statements],
        "attendees": sorted(name[i] for i in record.attendees),
        "date": (record.date.year, record.date.month, record.date.day) if record.date else None,
        "place": _key(record.place.name) if record.place else None,
        "mode": record.mode,
        "has_title": record.title is not None,
    }


@pytest.fixture(scope="module")
def plain(pipeline: Pipeline) -> MeetingRecord:
    record = pipeline.extract(PLAIN)
    grounded(record, PLAIN)
    return record


# --- empty and whitespace-only -------------------------------------------------------------

@pytest.mark.parametrize("text", ["", " ", "\n\n\t  \r\n", "\u00a0\u2009", "\ufeff", "<p></p>\n<br/>"])
def test_empty_or_whitespace_gives_a_record_with_a_warning(pipeline: Pipeline, text: str) -> None:
    record = pipeline.extract(text)
    assert EMPTY in record.warnings
    assert record.persons == [] and record.statements == [] and record.spans() == []


# --- no Devanagari -------------------------------------------------------------------------

@pytest.mark.parametrize(
    "text",
    [
        "District Congress Committee met on 12 July; Shri Rajiv Singh said the party is strong.",
        "ضلعی کانگریس کمیٹی کا اجلاس ہوا۔ راجیو سنگھ نے کہا کہ پارٹی مضبوط ہے۔",  # Urdu
        "জেলা কংগ্রেস কমিটির সভা হয়েছে। শ্রী রাজীব সিং বলেন দল শক্তিশালী।",  # Bengali
        '<script>var s = "श्री राजीव सिंह ने कहा";</script><p>Only English here.</p>',
    ],
)
def test_no_devanagari_gives_a_record_with_a_warning(pipeline: Pipeline, text: str) -> None:
    record = pipeline.extract(text)
    assert NO_DEVANAGARI in record.warnings
    assert record.persons == [] and record.statements == []


# --- mixed Hindi-English -------------------------------------------------------------------

def test_mixed_hindi_english_is_extracted_without_warnings(pipeline: Pipeline, plain: MeetingRecord) -> None:
    text = PLAIN.replace("मासिक बैठक", "monthly meeting (मासिक बैठक)").replace(
        "बूथ स्तर", "booth level (बूथ स्तर)"
    )
    record = pipeline.extract(text)
    grounded(record, text)
    assert record.warnings == plain.warnings
    assert summary(record)["persons"] == summary(plain)["persons"]


# --- HTML ----------------------------------------------------------------------------------

def _as_html(headline: str, body: list[str]) -> str:
    paras = "\n".join(f"<p class=\"news\">{line}</p>" for line in body)
    return (
        "<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>समाचार</title>\n"
        "<style>p { color: #333; } /* श्री फर्जी नेता */</style>\n"
        "<script>var quote = \"श्री नकली व्यक्ति ने कहा कि यह स्क्रिप्ट है\";</script></head>\n"
        f"<body><h1>{headline}</h1>\n<!-- श्री छिपे हुए नेता ने कहा कि यह टिप्पणी है -->\n{paras}\n</body></html>\n"
    )


def test_html_extracts_like_the_plain_text(pipeline: Pipeline, plain: MeetingRecord) -> None:
    body = [line.replace("श्री राजीव सिंह ने", "<b>श्री राजीव सिंह</b> ने") for line in BODY]
    body = [line.replace("डॉ. सुनीता", "डॉ.&nbsp;सुनीता") for line in body]
    text = _as_html(HEADLINE, body)
    record = pipeline.extract(text)
    grounded(record, text)
    assert HTML_MASKED in record.warnings
    got, want = summary(record), summary(plain)
    got.pop("has_title"), want.pop("has_title")  # the <title> line comes first in the HTML
    assert got == want
    for forbidden in ("फर्जी", "नकली", "छिपे", "<script", "<!--"):
        assert all(forbidden not in s.text for s in record.spans())


def test_html_headline_span_has_no_markup(pipeline: Pipeline) -> None:
    text = f"<h1>{HEADLINE}</h1>\n<p>{BODY[0]}</p>\n<p>{BODY[2]}</p>"
    record = pipeline.extract(text)
    grounded(record, text)
    assert record.title is not None and record.title.text == HEADLINE


# --- legacy fonts --------------------------------------------------------------------------

KRUTIDEV = (
    "dksjck esa ftyk dkaxzsl desVh dh cSBd lEiUu\n"
    "dksjck] 12 tqykbZA ftyk dkaxzsl desVh dh cSBd esa Jh jktho flag us dgk fd ;g dk;Z egRoiw.kZ gSA"
)


def test_legacy_font_text_is_flagged(pipeline: Pipeline) -> None:
    record = pipeline.extract(KRUTIDEV)
    assert LEGACY_FONT in record.warnings
    assert record.persons == []


def test_legacy_font_body_under_a_unicode_headline_is_flagged(pipeline: Pipeline) -> None:
    text = HEADLINE + "\n" + KRUTIDEV
    record = pipeline.extract(text)
    grounded(record, text)
    assert LEGACY_FONT in record.warnings


def test_hindi_with_english_is_not_flagged_as_legacy_font(pipeline: Pipeline) -> None:
    text = PLAIN + "Contact us: the DS office, Korba. Tell us about it."
    assert LEGACY_FONT not in pipeline.extract(text).warnings


# --- NUL bytes, BOM, CRLF ------------------------------------------------------------------

def test_nul_bytes_are_ignored_and_flagged(pipeline: Pipeline, plain: MeetingRecord) -> None:
    text = PLAIN.replace("बैठक रविवार", "बैठक\x00रविवार").replace(" ने कहा", "\x00ने कहा", 1)
    record = pipeline.extract(text)
    grounded(record, text)
    assert CONTROLS_MASKED in record.warnings
    assert summary(record) == summary(plain)


def test_bom_keeps_offsets_into_the_input(pipeline: Pipeline, plain: MeetingRecord) -> None:
    text = "\ufeff" + PLAIN
    record = pipeline.extract(text)
    grounded(record, text)
    assert summary(record) == summary(plain)
    assert [s.start - 1 for s in record.spans()] == [s.start for s in plain.spans()]
    if record.title:
        assert record.title.text == HEADLINE


def test_crlf_keeps_offsets_into_the_input(pipeline: Pipeline, plain: MeetingRecord) -> None:
    text = PLAIN.replace("\n", "\r\n")
    record = pipeline.extract(text)
    grounded(record, text)
    assert record.warnings == plain.warnings
    assert summary(record) == summary(plain)
    assert all("\r" not in s.text[-1:] for s in record.spans())


def test_old_mac_line_ends(pipeline: Pipeline, plain: MeetingRecord) -> None:
    text = PLAIN.replace("\n", "\r")
    record = pipeline.extract(text)
    grounded(record, text)
    assert summary(record) == summary(plain)


# --- NFD, ZWJ/ZWNJ -------------------------------------------------------------------------

def test_nfd_input_extracts_like_nfc(pipeline: Pipeline, plain: MeetingRecord) -> None:
    # precomposed nukta letters (U+095B ज़, U+095E फ़) and their NFD (letter + U+093C nukta)
    precomposed = PLAIN.replace("\u091c\u093c", "\u095b").replace("\u092b\u093c", "\u095e")
    decomposed = unicodedata.normalize("NFD", precomposed)
    assert precomposed != PLAIN and decomposed != precomposed and len(decomposed) > len(precomposed)
    for text in (precomposed, decomposed):
        record = pipeline.extract(text)
        grounded(record, text)
        assert summary(record) == summary(plain)


def test_zwj_and_zwnj_extract_like_plain(pipeline: Pipeline, plain: MeetingRecord) -> None:
    text = PLAIN.replace("राजीव", "राजी\u200dव").replace("अध्यक्ष", "अध्\u200cयक्ष").replace("वर्मा", "वर्\u200dमा")
    record = pipeline.extract(text)
    grounded(record, text)
    assert summary(record) == summary(plain)


# --- size ----------------------------------------------------------------------------------

def test_document_too_large_has_a_configurable_limit() -> None:
    small = Pipeline(max_chars=len(PLAIN) - 1)
    with pytest.raises(DocumentTooLarge) as info:
        small.extract(PLAIN)
    assert isinstance(info.value, ValueError) and isinstance(info.value, HindiMeetingExtractError)
    assert f"{len(PLAIN) - 1:,}" in str(info.value) and "max_chars" in str(info.value)
    assert Pipeline(max_chars=len(PLAIN)).extract(PLAIN).provenance is not None


def test_too_large_in_a_batch_is_an_error_row() -> None:
    from hindi_meeting_extract import ErrorRow, extract_many

    rows = list(extract_many(["कोरबा", "क" * 50, "बैठक"], pipeline=Pipeline(max_chars=20)))
    assert [type(r).__name__ for r in rows] == ["MeetingRecord", "ErrorRow", "MeetingRecord"]
    assert isinstance(rows[1], ErrorRow) and rows[1].error_type == "DocumentTooLarge"


def test_100k_characters_without_punctuation(pipeline: Pipeline) -> None:
    words = "श्री राजीव सिंह जिला अध्यक्ष बैठक में कहा कि संगठन मजबूत है और कार्यकर्ता उपस्थित थे "
    text = (words * (100_000 // len(words) + 1))[:100_000]
    record = pipeline.extract(text)
    grounded(record, text)


@pytest.mark.parametrize(
    "run",
    ["श्री ", "डॉ. ", "श्रीमती ", "जिला अध्यक्ष ", "पूर्व मंत्री ", "महामंत्री, ", "राजीव "],
)
def test_thousands_of_honorifics_or_designations_in_a_row(pipeline: Pipeline, run: str) -> None:
    text = run * 3000 + "राजीव सिंह ने कहा कि बैठक सफल रही।"
    record = pipeline.extract(text)
    grounded(record, text)


# --- API input types and the error hierarchy -----------------------------------------------

@pytest.mark.parametrize("value", [b"\xe0\xa4\x95", None, 42, ["श्री"], bytearray(b"x")])
def test_non_str_input_is_a_type_error_saying_what_was_expected(pipeline: Pipeline, value: object) -> None:
    with pytest.raises(TypeError) as info:
        pipeline.extract(value)  # type: ignore[arg-type]
    assert isinstance(info.value, InputError)
    assert "str" in str(info.value) and type(value).__name__ in str(info.value)


def test_bad_reference_date_is_an_input_error(pipeline: Pipeline) -> None:
    with pytest.raises(InputError, match="YYYY-MM-DD"):
        pipeline.extract(PLAIN, reference_date="12/07/2020")


def test_every_library_error_is_in_one_hierarchy() -> None:
    classes = [
        obj
        for obj in vars(errors_module).values()
        if isinstance(obj, type) and issubclass(obj, BaseException) and obj.__module__ == errors_module.__name__
    ]
    assert len(classes) >= 5
    assert all(issubclass(c, HindiMeetingExtractError) for c in classes)


# --- the fixture releases under every transformation ---------------------------------------

def _html_page(text: str) -> str:
    lines = text.split("\n")
    return "<html><head><title>x</title></head><body>\n<h1>" + lines[0] + "</h1>\n" + "\n".join(
        f"<p>{line}</p>" for line in lines[1:]
    ) + "\n</body></html>"


TRANSFORMS = {
    "crlf": lambda t: t.replace("\n", "\r\n"),
    "bom": lambda t: "\ufeff" + t,
    "html": _html_page,
    "nfd": lambda t: unicodedata.normalize("NFD", t),
    "nul": lambda t: t.replace("। ", "।\x00", 3),
}


@pytest.mark.parametrize("name", sorted(TRANSFORMS))
@pytest.mark.parametrize("path", fixture_texts(), ids=lambda p: p.stem)
def test_fixture_releases_extract_the_same_under(pipeline: Pipeline, path, name: str) -> None:  # type: ignore[no-untyped-def]
    text = path.read_text(encoding="utf-8")
    changed = TRANSFORMS[name](text)
    record = pipeline.extract(changed)
    grounded(record, changed)
    got, want = summary(record), summary(pipeline.extract(text))
    assert got == want


@pytest.mark.parametrize("odd", ["\ud83d", "\udcff", "\ud83d\ude00"], ids=["lone-high", "lone-low", "pair-as-two"])
def test_json_of_a_record_with_surrogate_code_points(odd: str) -> None:
    """A ``str`` given to the API can hold surrogate code points (lone, or a pair stored as two
    code points); ``model_dump_json`` must not raise, and its JSON gives the record back."""
    import json

    from hindi_meeting_extract.models import Provenance, TextSpan

    text = f"राजीव{odd}सिंह"
    record = MeetingRecord(title=TextSpan(text=text, start=0, end=len(text)),
                           provenance=Provenance(library_version="x", lexicon_version="y", backend="rules"))
    dumped = record.model_dump_json()
    back = MeetingRecord.model_validate(json.loads(dumped))
    assert back == record and len(back.title.text) == len(text)  # type: ignore[union-attr]
    assert json.loads(record.model_dump_json(indent=2)) == json.loads(dumped)
    extracted = Pipeline().extract(f"श्री राजीव सिंह ने कहा कि बैठक{odd} सफल रही।")
    assert odd in extracted.statements[0].text
    assert MeetingRecord.model_validate(json.loads(extracted.model_dump_json())) == extracted


def test_batch_writes_a_lone_surrogate_as_a_json_escape(tmp_path) -> None:
    import json

    from hindi_meeting_extract.batch import InputDocument, extract_one
    from hindi_meeting_extract.batch_cli import _jsonl_payload

    doc = InputDocument("s", "श्री राजीव सिंह ने कहा कि बैठक\ud83d सफल रही।")
    _, is_error, line = _jsonl_payload(doc, extract_one(Pipeline(), doc))
    assert not is_error and b"\\ud83d" in line
    assert json.loads(line.decode("utf-8"))["doc_id"] == "s"
