import datetime as dt
import subprocess
import sys
import threading

import pytest

from conftest import assert_grounded, fixture_texts
from hindi_meeting_extract import (
    DocumentTooLarge,
    HindiMeetingExtractError,
    InputError,
    MeetingRecord,
    Pipeline,
    extract,
)


def test_default_import_loads_no_heavy_packages():
    code = (
        "import sys, hindi_meeting_extract as h; h.extract('कोरबा 12 जुलाई। श्री अजय ने कहा कि ठीक है।'); "
        "bad = [m for m in ('torch', 'stanza', 'pandas', 'dask', 'pyarrow') if m in sys.modules]; "
        "print(','.join(bad))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == ""


@pytest.mark.parametrize("path", fixture_texts(), ids=lambda p: p.name)
def test_every_span_of_every_fixture_is_grounded(pipeline, path):
    text = path.read_text(encoding="utf-8")
    record = pipeline.extract(text, doc_id=path.stem)
    assert_grounded(record, text)


def test_record_shape(korba_text):
    data = extract(korba_text, doc_id="korba").model_dump(mode="json")
    assert data["schema_version"] == "2"
    assert data["doc_id"] == "korba"
    for key in ("title", "date", "place", "mode", "persons", "statements", "attendees", "warnings", "provenance"):
        assert key in data
    assert data["provenance"]["backend"] == "rules"
    assert data["title"]["text"].startswith("कोरबा जिला आई टी")
    assert MeetingRecord.model_validate(data).model_dump(mode="json") == data


def test_non_str_input_is_a_type_error():
    with pytest.raises(TypeError, match="expects the document as str"):
        extract(b"bytes")  # type: ignore[arg-type]
    with pytest.raises(InputError):
        extract(None)  # type: ignore[arg-type]


def test_reference_date_accepts_date_and_iso_string():
    text = "कोरबा 12 जुलाई। बैठक हुई।"
    a = extract(text, reference_date="2021-07-20")
    b = extract(text, reference_date=dt.date(2021, 7, 20))
    assert a == b
    with pytest.raises(InputError, match="YYYY-MM-DD"):
        extract(text, reference_date="20/07/2021")


def test_document_too_large_is_a_library_error():
    pipe = Pipeline(max_chars=100)
    with pytest.raises(DocumentTooLarge) as info:
        pipe.extract("क" * 101)
    assert isinstance(info.value, HindiMeetingExtractError)
    assert "100" in str(info.value)


def test_threads_agree_while_the_word_memory_is_cleared(monkeypatch, korba_text):
    # the person stage remembers the kinds of the words it met and forgets them past a limit:
    # threads sharing a pipeline must get the same records while that happens
    from hindi_meeting_extract import persons

    monkeypatch.setattr(persons, "_KINDS_MAX", 3)
    pipe = Pipeline()
    texts = [korba_text, "डीपीसी सुरेश वर्मा और SHO राम सिंह ने कहा कि बैठक हुई।", korba_text[::-1]]
    expected = [pipe.extract(t).model_dump() for t in texts]
    failures: list[object] = []

    def work() -> None:
        for _ in range(20):
            for t, e in zip(texts, expected):
                if pipe.extract(t).model_dump() != e:
                    failures.append(t)

    threads = [threading.Thread(target=work) for _ in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert not failures


def test_empty_and_non_hindi_text_give_records_with_warnings():
    assert extract("   \n").warnings == ["empty document"]
    rec = extract("The collector chaired a meeting.")
    assert rec.persons == [] and rec.warnings and "Devanagari" in rec.warnings[0]


def test_pipeline_is_shareable_across_threads(pipeline, korba_text):
    expected = pipeline.extract(korba_text).model_dump()
    results: list[dict] = []

    def work() -> None:
        for _ in range(3):
            results.append(pipeline.extract(korba_text).model_dump())

    threads = [threading.Thread(target=work) for _ in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert len(results) == 12 and all(r == expected for r in results)


@pytest.mark.parametrize("as_type", [str, lambda p: p], ids=["str", "Path"])
def test_pipeline_accepts_one_lexicon_path(tmp_path, as_type):
    extra = tmp_path / "my.toml"
    extra.write_text('[meta]\nname = "honorifics"\nversion = "mine"\n\n[titles]\n"श्री" = ["श्रीयुक्त"]\n',
                     encoding="utf-8")
    pipe = Pipeline(lexicons=as_type(extra))
    assert pipe.lexicons["honorifics"].version.endswith("+mine")


def test_records_print_short_and_dump_whole(pipeline, korba_text):
    record = pipeline.extract(korba_text, doc_id="korba")
    for obj in (record, record.persons[0], record.statements[0]):
        assert "\n" not in repr(obj) and len(repr(obj)) < 200 and str(obj) == repr(obj)
    assert repr(record).startswith("MeetingRecord(doc_id='korba', date='--07-12', place='कोरबा', mode='virtual', ")
    assert len(record.model_dump_json()) > 10_000  # the full JSON is still there
