"""Batch accounting: every input becomes exactly one record or one error row; the batch completes."""

from __future__ import annotations

import gzip
import io
import json
import os
from pathlib import Path

import pytest

from hindi_meeting_extract import ErrorRow, MeetingRecord, Pipeline
from hindi_meeting_extract.analysis import Analysis
from hindi_meeting_extract.batch import extract_many, iter_inputs
from hindi_meeting_extract.cli import main

GOOD = "कोरबा 12 जुलाई। जिला अध्यक्ष श्री राजीव सिंह ने कहा कि बैठक सफल रही।"
BAD_UTF8 = "कोरबा बैठक".encode() + b"\xff\xfe" + " श्री राजीव".encode()
BAD_AT = len("कोरबा बैठक".encode())


@pytest.fixture()
def archive(tmp_path: Path) -> tuple[list[str], int]:
    """A messy archive: the input paths and how many documents they hold."""
    folder = tmp_path / "folder"
    (folder / "sub").mkdir(parents=True)
    (folder / "good.txt").write_text(GOOD, encoding="utf-8")
    (folder / "sub" / "crlf.txt").write_bytes(("\ufeff" + GOOD + "\r\n").encode("utf-8"))
    (folder / "bad.txt").write_bytes(BAD_UTF8)
    (folder / "empty.txt").write_bytes(b"")
    (folder / "nul.txt").write_bytes(GOOD.encode() + b"\x00\x00")
    jsonl = tmp_path / "docs.jsonl"
    jsonl.write_bytes(
        b"\n".join(
            [
                json.dumps({"id": "j1", "text": GOOD}).encode(),
                b"{not json",
                b"",  # blank: not an input
                json.dumps(["a", "list"]).encode(),
                json.dumps({"id": "j4"}).encode(),
                json.dumps({"id": "j5", "text": 42}).encode(),
                b'{"id": "j6", "text": "' + BAD_UTF8 + b'"}',
                json.dumps({"id": "j7", "text": "<p>" + GOOD + "</p>"}, ensure_ascii=False).encode(),
            ]
        )
        + b"\n"
    )
    csv_path = tmp_path / "docs.csv"
    csv_path.write_bytes(
        b"id,text\r\n"
        + f'c1,"{GOOD}"\r\n'.encode()
        + b"c2,\r\n"
        + b'c3,"   "\r\n'
        + b'c4,"' + BAD_UTF8 + b'"\r\n'
        + b'c5,"Plain English, no Hindi."\r\n'
    )
    missing = tmp_path / "missing.txt"
    # folder: 5 files; jsonl: 7 non-blank lines; csv: 5 rows; missing: 1
    return [str(folder), str(jsonl), str(csv_path), str(missing)], 5 + 7 + 5 + 1


def _results(paths: list[str], **options: object) -> list[MeetingRecord | ErrorRow]:
    return list(extract_many(iter_inputs(paths, **options), pipeline=Pipeline()))  # type: ignore[arg-type]


def test_inputs_equal_records_plus_errors(archive: tuple[list[str], int]) -> None:
    paths, n = archive
    results = _results(paths)
    records = [r for r in results if isinstance(r, MeetingRecord)]
    errors = [r for r in results if isinstance(r, ErrorRow)]
    assert len(results) == len(records) + len(errors) == n
    assert len({(r.doc_id if isinstance(r, ErrorRow) else r.doc_id) for r in results}) == n


def test_each_bad_input_is_an_error_row_saying_what_was_wrong(archive: tuple[list[str], int]) -> None:
    paths, _ = archive
    errors = {r.doc_id: r for r in _results(paths) if isinstance(r, ErrorRow)}
    assert errors["bad"].error_type == "InvalidUTF8"
    assert "bad.txt" in errors["bad"].message and f"byte {BAD_AT}" in errors["bad"].message
    assert errors["docs.jsonl:2"].error_type == "InvalidJSON"  # not JSON
    assert errors["docs.jsonl:4"].error_type == "InvalidJSON"  # JSON, but not an object
    assert errors["j4"].error_type == "MissingText" and errors["j5"].error_type == "MissingText"
    assert errors["j6"].error_type == "InvalidUTF8" and "docs.jsonl" in errors["j6"].message
    assert errors["c2"].error_type == "MissingText" and errors["c3"].error_type == "MissingText"
    assert errors["c4"].error_type == "InvalidUTF8" and "docs.csv" in errors["c4"].message
    assert errors["missing"].error_type == "UnreadableFile" and "missing.txt" in errors["missing"].message
    assert set(errors) == {"bad", "docs.jsonl:2", "docs.jsonl:4", "j4", "j5", "j6", "c2", "c3", "c4", "missing"}


def test_odd_but_readable_documents_are_records_with_warnings(archive: tuple[list[str], int]) -> None:
    paths, _ = archive
    records = {r.doc_id: r for r in _results(paths) if isinstance(r, MeetingRecord)}
    assert "empty document" in records["empty"].warnings
    assert any("control characters" in w for w in records["nul"].warnings)
    assert any("HTML" in w for w in records["j7"].warnings)
    assert any("no Devanagari" in w for w in records["c5"].warnings)
    assert not records["sub/crlf"].warnings


def test_encoding_errors_replace_turns_invalid_utf8_into_records(archive: tuple[list[str], int]) -> None:
    paths, n = archive
    results = _results(paths, encoding_errors="replace")
    assert len(results) == n
    by_id = {r.doc_id: r for r in results}
    for doc_id in ("bad", "j6", "c4"):
        assert isinstance(by_id[doc_id], MeetingRecord), by_id[doc_id]


def test_an_internal_error_in_one_document_does_not_stop_the_batch(monkeypatch: pytest.MonkeyPatch) -> None:
    pipeline = Pipeline()

    def buggy_stage(analysis: Analysis) -> None:  # a stage with a bug that one document trips
        if "विस्फोट" in analysis.doc.text:
            raise RuntimeError("boom")

    monkeypatch.setattr(pipeline, "_stages", [*pipeline._stages, buggy_stage])
    items = [GOOD, "विस्फोट", b"bytes", None, GOOD]
    results = list(extract_many(items, pipeline=pipeline))  # type: ignore[arg-type]
    assert [type(r).__name__ for r in results] == ["MeetingRecord", "ErrorRow", "ErrorRow", "ErrorRow", "MeetingRecord"]
    assert "boom" in results[1].message  # type: ignore[union-attr]


def test_cli_batch_writes_one_line_per_input_and_completes(
    archive: tuple[list[str], int], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    paths, n = archive
    paths, n = paths[:-1], n - 1  # a missing input path is refused by the command (issue 15)
    out = tmp_path / "out.jsonl"
    assert main(["batch", *paths, "-o", str(out)]) == 0
    rows = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    errors = [r for r in rows if "error" in r]
    assert len(rows) == n and len(errors) == 9
    assert f"{n} inputs, {n - 9} records, 9 errors" in capsys.readouterr().err
    assert main(["batch", *paths, "-o", str(out), "--strict", "--quiet"]) == 1


def test_cli_batch_encoding_errors_replace(archive: tuple[list[str], int], tmp_path: Path) -> None:
    paths, n = archive
    paths, n = paths[:-1], n - 1  # a missing input path is refused by the command (issue 15)
    out = tmp_path / "out.jsonl"
    assert main(["batch", *paths, "-o", str(out), "--encoding-errors", "replace", "--quiet"]) == 0
    rows = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert len(rows) == n and sum("error" in r for r in rows) == 6


@pytest.mark.skipif(os.name != "posix", reason="symlinks")
def test_a_broken_symlink_in_a_folder_is_an_error_row(tmp_path: Path) -> None:
    (tmp_path / "good.txt").write_text(GOOD, encoding="utf-8")
    (tmp_path / "gone.txt").symlink_to(tmp_path / "nowhere.txt")
    results = {r.doc_id: r for r in _results([str(tmp_path)])}
    assert isinstance(results["good"], MeetingRecord) and len(results) == 2
    assert isinstance(results["gone"], ErrorRow) and results["gone"].error_type == "UnreadableFile"


def test_cli_extract_names_the_file_and_byte_of_invalid_utf8(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    bad = tmp_path / "bad.txt"
    bad.write_bytes(BAD_UTF8)
    assert main(["extract", str(bad)]) == 2
    err = capsys.readouterr().err
    assert "bad.txt" in err and f"invalid UTF-8 at byte {BAD_AT}" in err and "Traceback" not in err
    assert main(["extract", str(bad), "--encoding-errors", "replace"]) == 0
    assert json.loads(capsys.readouterr().out)["schema_version"] == "2"


# --------------------------------------------------------------------------- hostile inputs (issue 16)


def _by_id(paths: list[str], **options: object) -> dict[str, MeetingRecord | ErrorRow]:
    results = _results(paths, **options)
    by_id = {r.doc_id: r for r in results}
    assert len(by_id) == len(results), "a doc_id given twice"
    return by_id  # type: ignore[return-value]


def _deep(depth: int) -> bytes:
    return b'{"id": "deep", "text": "x", "more": ' + b"[" * depth + b"]" * depth + b"}"


def test_a_deeply_nested_jsonl_line_is_an_error_row_and_the_rest_is_read(tmp_path: Path) -> None:
    jsonl = tmp_path / "docs.jsonl"
    lines = [json.dumps({"id": "a", "text": GOOD}).encode(), _deep(100_000), json.dumps({"id": "b", "text": GOOD}).encode()]
    jsonl.write_bytes(b"\n".join(lines) + b"\n")
    by_id = _by_id([str(jsonl)])
    assert list(by_id) == ["a", "docs.jsonl:2", "b"]
    assert by_id["docs.jsonl:2"].error_type == "InvalidJSON"  # type: ignore[union-attr]
    assert "nested too deeply" in by_id["docs.jsonl:2"].message  # type: ignore[union-attr]
    assert isinstance(by_id["b"], MeetingRecord)


def test_a_deeply_nested_line_with_invalid_utf8_is_an_error_row(tmp_path: Path) -> None:
    jsonl = tmp_path / "docs.jsonl"
    jsonl.write_bytes(_deep(100_000)[:-1] + b', "t": "\xff"}\n' + json.dumps({"id": "b", "text": GOOD}).encode() + b"\n")
    by_id = _by_id([str(jsonl)])
    assert by_id["docs.jsonl:1"].error_type == "InvalidUTF8"  # type: ignore[union-attr]
    assert isinstance(by_id["b"], MeetingRecord)


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="FIFOs")
def test_a_fifo_named_txt_is_an_error_row_not_a_hang(tmp_path: Path) -> None:
    (tmp_path / "good.txt").write_text(GOOD, encoding="utf-8")
    os.mkfifo(tmp_path / "pipe.txt")
    os.mkfifo(tmp_path / "pipe.jsonl")
    by_id = _by_id([str(tmp_path), str(tmp_path / "pipe.jsonl")])
    assert isinstance(by_id["good"], MeetingRecord)
    assert by_id["pipe"].error_type == "NotAFile" and "FIFO" in by_id["pipe"].message  # type: ignore[union-attr]
    assert by_id["pipe.jsonl"].error_type == "NotAFile"  # type: ignore[union-attr]


@pytest.mark.skipif(not os.path.exists("/dev/zero"), reason="no /dev/zero")
def test_a_link_to_a_device_is_an_error_row(tmp_path: Path) -> None:
    (tmp_path / "zero.txt").symlink_to("/dev/zero")
    by_id = _by_id([str(tmp_path)])
    assert by_id["zero"].error_type == "NotAFile" and "device" in by_id["zero"].message  # type: ignore[union-attr]


def test_a_file_above_the_size_limit_is_an_error_row_before_it_is_read(tmp_path: Path) -> None:
    import tracemalloc

    with open(tmp_path / "big.txt", "wb") as fh:  # 64 MB, sparse: nothing to write
        fh.truncate(64 << 20)
    (tmp_path / "small.txt").write_text(GOOD, encoding="utf-8")
    limit = len(GOOD.encode()) + 10
    tracemalloc.start()
    try:
        by_id = _by_id([str(tmp_path)], max_bytes=limit)
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert by_id["big"].error_type == "InputTooLarge" and f"{limit:,}" in by_id["big"].message  # type: ignore[union-attr]
    assert isinstance(by_id["small"], MeetingRecord)
    assert peak < 16 << 20, f"{peak / 2**20:.0f} MB allocated: the big file was read"


def test_a_jsonl_line_above_the_size_limit_is_skipped_in_pieces(tmp_path: Path) -> None:
    limit = 1000
    lines = [json.dumps({"id": "a", "text": GOOD}, ensure_ascii=False), json.dumps({"id": "big", "text": "क" * 5000}), json.dumps({"id": "b", "text": GOOD}, ensure_ascii=False)]
    for name, opener in (("docs.jsonl", open), ("docs.jsonl.gz", gzip.open)):
        with opener(tmp_path / name, "wt", encoding="utf-8") as fh:  # type: ignore[operator]
            fh.write("\n".join(lines) + "\n")
        by_id = _by_id([str(tmp_path / name)], max_bytes=limit)
        assert list(by_id) == ["a", f"{name}:2", "b"]
        assert by_id[f"{name}:2"].error_type == "InputTooLarge"  # type: ignore[union-attr]


def test_a_gzip_holding_a_huge_line_is_streamed(tmp_path: Path) -> None:
    """A small .gz whose line inflates far beyond the limit: an error row, memory bounded."""
    import resource

    path = tmp_path / "bomb.jsonl.gz"
    with gzip.open(path, "wb", compresslevel=9) as fh:
        fh.write(b'{"id": "x", "text": "')
        block = b"a" * (1 << 20)
        for _ in range(200):  # 200 MB inflated, ~200 kB on disk
            fh.write(block)
        fh.write(b'"}\n' + json.dumps({"id": "after", "text": GOOD}).encode() + b"\n")
    before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    by_id = _by_id([str(path)])
    grown_mb = (resource.getrusage(resource.RUSAGE_SELF).ru_maxrss - before) / 1024
    assert by_id["bomb.jsonl.gz:1"].error_type == "InputTooLarge"  # type: ignore[union-attr]
    assert isinstance(by_id["after"], MeetingRecord)
    assert grown_mb < 100, f"peak RSS grew by {grown_mb:.0f} MB"


def test_a_csv_quote_that_never_closes_does_not_swallow_the_rows_after_it(tmp_path: Path) -> None:
    path = tmp_path / "docs.csv"
    path.write_text(f'id,text\nc1,"{GOOD}"\nc2,"{GOOD}\nc3,{GOOD.replace(",", "")}\nc4,"{GOOD}"\n', encoding="utf-8")
    by_id = _by_id([str(path)])
    assert list(by_id) == ["c1", "docs.csv:3", "c3", "c4"]
    bad = by_id["docs.csv:3"]
    assert isinstance(bad, ErrorRow) and bad.error_type == "InvalidCSV" and "quote" in bad.message
    assert all(isinstance(by_id[k], MeetingRecord) for k in ("c1", "c3", "c4"))
    # the quote runs to the end of the file
    path.write_text(f'id,text\nc1,"{GOOD}"\nc2,"{GOOD}\nc3,{GOOD.replace(",", "")}\nc4,{GOOD.replace(",", "")}', encoding="utf-8")
    by_id = _by_id([str(path)])
    assert list(by_id) == ["c1", "docs.csv:3", "c3", "c4"]
    assert "never closed" in by_id["docs.csv:3"].message  # type: ignore[union-attr]


def test_csv_rows_with_quoted_line_breaks_read_as_before(tmp_path: Path) -> None:
    path = tmp_path / "docs.csv"
    path.write_bytes(f'id,text\r\nc1,"{GOOD}\r\n{GOOD}"\r\n\r\n,"x ""quoted"" {GOOD}"\r\nc3,{GOOD.replace(",", "")}'.encode())
    by_id = _by_id([str(path)])
    assert list(by_id) == ["c1", "docs.csv:5", "c3"]
    assert all(isinstance(r, MeetingRecord) for r in by_id.values())


def test_a_csv_row_above_the_size_limit_is_an_error_row(tmp_path: Path) -> None:
    path = tmp_path / "docs.csv"
    path.write_text(f'id,text\nc1,"{"क" * 3000}"\nc2,"{GOOD}"\n', encoding="utf-8")
    by_id = _by_id([str(path)], max_bytes=1000)
    assert list(by_id) == ["docs.csv:2", "c2"]
    assert by_id["docs.csv:2"].error_type == "InvalidCSV"  # type: ignore[union-attr]


def test_a_gzip_cut_short_gives_its_documents_and_an_error_row(tmp_path: Path) -> None:
    data = gzip.compress("".join(json.dumps({"id": f"g{i}", "text": GOOD}) + "\n" for i in range(200)).encode())
    (tmp_path / "cut.jsonl.gz").write_bytes(data[: len(data) // 2])
    (tmp_path / "after.jsonl").write_text(json.dumps({"id": "after", "text": GOOD}) + "\n", encoding="utf-8")
    results = _results([str(tmp_path / "cut.jsonl.gz"), str(tmp_path / "after.jsonl")])
    errors = [r for r in results if isinstance(r, ErrorRow)]
    assert len(errors) == 1 and "cut.jsonl.gz" in errors[0].message
    assert results[-1].doc_id == "after" and len(results) > 2


def test_a_folder_tree_nested_deeper_than_the_recursion_limit_is_read(tmp_path: Path) -> None:
    """Folders are walked without recursion: 300 levels under a recursion limit of 150 (a
    shallow tree, so that pytest can still delete it)."""
    import sys

    deep = tmp_path / "tree"
    parts = ["d"] * 300
    level = deep
    deep.mkdir()
    for part in parts:
        level = level / part
        level.mkdir()
    (level / "x.txt").write_text(GOOD, encoding="utf-8")
    (deep / "a.txt").write_text(GOOD, encoding="utf-8")
    (deep / "z.txt").write_text(GOOD, encoding="utf-8")
    limit = sys.getrecursionlimit()
    sys.setrecursionlimit(150)
    try:
        ids = [d.doc_id for d in iter_inputs([str(deep)])]
    finally:
        sys.setrecursionlimit(limit)
    assert ids == ["a", "/".join(parts) + "/x", "z"]
