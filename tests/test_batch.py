import gzip
import io
import itertools
import json
import os

import pytest

from hindi_meeting_extract import ErrorRow, MeetingRecord, extract_many
from hindi_meeting_extract.batch import InputDocument, extract_one, iter_inputs, map_documents
from synthetic_docs import synthetic_docs, synthetic_text


def dumps(results):
    return [r.to_json() if isinstance(r, ErrorRow) else r.model_dump(mode="json") for r in results]


def test_every_item_kind_gives_one_result_in_order():
    items = [
        synthetic_text(0),
        ("pair", synthetic_text(1)),
        {"id": "dict", "text": synthetic_text(2)},
        {"doc_id": "dict2", "text": synthetic_text(3)},
        InputDocument("doc", synthetic_text(4)),
        {"id": "no-text"},
        ("bad-pair", None),
        42,
    ]
    results = list(extract_many(items))
    assert [r.doc_id for r in results] == ["0", "pair", "dict", "dict2", "doc", "no-text", "bad-pair", "7"]
    assert all(isinstance(r, MeetingRecord) for r in results[:5])
    assert [r.error_type for r in results[5:]] == ["MissingText", "MissingText", "InputError"]


def test_two_workers_give_the_same_results_in_input_order():
    docs = synthetic_docs(120) + [{"id": "broken"}] + synthetic_docs(30, prefix="e")
    one = dumps(extract_many(docs))
    two = dumps(extract_many(docs, workers=2, chunk_size=3, max_in_flight=4))
    assert [r["doc_id"] for r in two] == [d["id"] for d in docs]
    assert two == one


def test_parallel_reading_is_lazy_and_bounded():
    consumed = 0

    def endless():
        nonlocal consumed
        for i in itertools.count():
            consumed += 1
            yield (f"x{i}", synthetic_text(i))

    first = list(itertools.islice(extract_many(endless(), workers=2, chunk_size=4, max_in_flight=3), 20))
    assert [r.doc_id for r in first] == [f"x{i}" for i in range(20)]
    assert consumed <= 20 + 4 * 3 + 4  # the window, not the whole (endless) input


class Exploding:
    def extract(self, text, doc_id=None):
        raise RuntimeError("boom")


def test_a_bug_in_a_stage_becomes_an_error_row():
    row = extract_one(Exploding(), InputDocument("a", "पाठ"))
    assert row == ErrorRow("a", "RuntimeError", "internal error: boom")


def crash_on_marker(doc, result):
    if doc.text == "CRASH":
        os._exit(3)  # a worker dying hard (segfault, OOM killer)
    return doc.doc_id


def test_a_document_that_kills_its_worker_gives_an_error_row_and_the_batch_goes_on():
    docs = [InputDocument(f"d{i}", "CRASH" if i == 5 else "ठीक") for i in range(12)]
    out = list(map_documents(docs, crash_on_marker, workers=2, chunk_size=4))
    assert out[:5] == [f"d{i}" for i in range(5)] and out[6:] == [f"d{i}" for i in range(6, 12)]
    assert isinstance(out[5], ErrorRow) and out[5].doc_id == "d5" and out[5].error_type == "WorkerCrashed"


# --------------------------------------------------------------------------- inputs


def test_directory_is_read_recursively_with_relative_ids(tmp_path):
    (tmp_path / "2021" / "07").mkdir(parents=True)
    (tmp_path / "2021" / "07" / "a.txt").write_text("कोरबा", encoding="utf-8")
    (tmp_path / "b.txt").write_bytes("\ufeffरायपुर".encode())
    (tmp_path / "notes.md").write_text("skip me", encoding="utf-8")
    docs = list(iter_inputs([tmp_path]))
    assert [(d.doc_id, d.text) for d in docs] == [("2021/07/a", "कोरबा"), ("b", "रायपुर")]


def test_jsonl_custom_fields_gzip_and_bad_lines(tmp_path):
    lines = [
        json.dumps({"key": "k1", "body": "पहला"}, ensure_ascii=False),
        "",
        "{not json",
        json.dumps([1, 2]),
        json.dumps({"key": "k4", "body": 7}),
        json.dumps({"body": "बिना आईडी"}, ensure_ascii=False),
    ]
    data = ("\n".join(lines) + "\n").encode()
    (tmp_path / "a.jsonl").write_bytes(data)
    with gzip.open(tmp_path / "b.jsonl.gz", "wb") as fh:
        fh.write(data)
    for name in ("a.jsonl", "b.jsonl.gz"):
        docs = list(iter_inputs([tmp_path / name], id_field="key", text_field="body"))
        assert [(d.doc_id, d.text, d.error and d.error[0]) for d in docs] == [
            ("k1", "पहला", None),
            (f"{name}:3", None, "InvalidJSON"),
            (f"{name}:4", None, "InvalidJSON"),
            ("k4", None, "MissingText"),
            (f"{name}:6", "बिना आईडी", None),
        ]


def test_stdin_is_jsonl():
    stdin = io.BytesIO('{"id": "s1", "text": "पाठ"}\n'.encode())
    assert [(d.doc_id, d.text) for d in iter_inputs(["-"], stdin=stdin)] == [("s1", "पाठ")]


def test_invalid_utf8_names_file_and_byte_offset_or_is_replaced(tmp_path):
    bad = tmp_path / "bad.txt"
    bad.write_bytes("कोरबा".encode() + b"\xff" + "बैठक".encode())
    (doc,) = iter_inputs([bad])
    assert doc.text is None and doc.error[0] == "InvalidUTF8"
    assert doc.error[1].startswith(f"{bad}: invalid UTF-8 at byte 15")
    (doc,) = iter_inputs([bad], encoding_errors="replace")
    assert doc.text == "कोरबा\ufffdबैठक"

    jl = tmp_path / "bad.jsonl"
    first = '{"id": "ok", "text": "ठीक"}\n'.encode()
    jl.write_bytes(first + b'{"id": "b2", "text": "\xc3("}\n')
    ok, broken = iter_inputs([jl])
    assert ok.text == "ठीक"
    assert broken.doc_id == "b2" and broken.error[0] == "InvalidUTF8"
    assert f"{jl}:2: invalid UTF-8 at byte {len(first) + 22}" in broken.error[1]


def test_csv_rows_quoted_newlines_missing_text_and_bad_bytes(tmp_path):
    path = tmp_path / "docs.csv"
    path.write_bytes(
        "id,text,extra\n"
        'c1,"कोरबा 12 जुलाई।\nश्री अजय ने कहा ""ठीक""।",x\n'
        "c2,,y\n"
        ",बिना आईडी,z\n".encode()
        + b"c4,\xffabc,w\n"
    )
    docs = list(iter_inputs([path]))
    assert [(d.doc_id, d.error and d.error[0]) for d in docs] == [
        ("c1", None), ("c2", "MissingText"), ("docs.csv:5", None), ("c4", "InvalidUTF8"),
    ]
    assert docs[0].text == 'कोरबा 12 जुलाई।\nश्री अजय ने कहा "ठीक"।'
    assert "byte 0" in docs[3].error[1]
    assert list(iter_inputs([path], encoding_errors="replace"))[3].text == "\ufffdabc"


def test_csv_without_the_text_column_is_one_error(tmp_path):
    path = tmp_path / "docs.csv"
    path.write_text("id,body\n1,पाठ\n", encoding="utf-8")
    (doc,) = iter_inputs([path])
    assert doc.error[0] == "MissingText" and "'text'" in doc.error[1]


def test_a_missing_input_is_an_error_row_not_a_crash(tmp_path):
    docs = list(iter_inputs([tmp_path / "nope.jsonl", tmp_path / "nope.txt"]))
    assert [d.error[0] for d in docs] == ["UnreadableFile", "UnreadableFile"]
    (row,) = extract_many(docs[:1])
    assert isinstance(row, ErrorRow)


@pytest.mark.parametrize("workers", [1, 2])
def test_inputs_equal_records_plus_errors(tmp_path, workers):
    docs = synthetic_docs(40) + [{"id": "gap"}, "", "english only"]
    results = list(extract_many(docs, workers=workers))
    records = [r for r in results if isinstance(r, MeetingRecord)]
    errors = [r for r in results if isinstance(r, ErrorRow)]
    assert len(records) + len(errors) == len(docs) and len(errors) == 1


@pytest.mark.parametrize("workers", [1, 2])
def test_a_pipeline_that_cannot_be_built_stops_the_batch_at_once(tmp_path, workers):
    from hindi_meeting_extract import LexiconError

    bad = tmp_path / "bad.toml"
    bad.write_text("this is = = not toml", encoding="utf-8")
    with pytest.raises(LexiconError):
        list(extract_many(synthetic_docs(50), workers=workers, lexicons=[bad]))


def test_directory_order_is_sorted_path_order(tmp_path):
    for rel in ["b.txt", "a/z.txt", "a-b.txt", "a/b/c.txt", "a/b.txt", "A.txt", "a/b/a.txt", "c/d.md", "é.txt"]:
        (tmp_path / rel).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / rel).write_text("पाठ", encoding="utf-8")
    expected = [p.relative_to(tmp_path).with_suffix("").as_posix() for p in sorted(tmp_path.rglob("*.txt"))]
    assert [d.doc_id for d in iter_inputs([tmp_path])] == expected
