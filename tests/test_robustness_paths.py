"""The batch command refuses paths and inputs that would lose or destroy data (issues 15, 16).

Each refusal is one line on stderr, exit status 2, and nothing written or changed.
"""

from __future__ import annotations

import io
import json
import multiprocessing
import os
import sys
from pathlib import Path

import pytest

from hindi_meeting_extract.cli import main

GOOD = "कोरबा 12 जुलाई। जिला अध्यक्ष श्री राजीव सिंह ने कहा कि बैठक सफल रही।"


def jsonl(path: Path, docs: list[dict[str, object]]) -> Path:
    path.write_text("".join(json.dumps(d, ensure_ascii=False) + "\n" for d in docs), encoding="utf-8")
    return path


def refused(args: list[str], capsys: pytest.CaptureFixture[str], *words: str) -> str:
    assert main(["batch", *args]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "Traceback" not in err, err
    for word in words:
        assert word in err, err
    return err


def ids(path: Path) -> list[str]:
    return [json.loads(line)["doc_id"] for line in path.read_text(encoding="utf-8").splitlines()]


# --------------------------------------------------------------------------- issue 15


def test_a_missing_directory_is_refused(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "out.jsonl"
    refused([str(tmp_path / "no-such-archive"), "-o", str(out)], capsys, "no-such-archive", "no such file")
    assert not out.exists()


def test_a_directory_without_txt_files_is_refused(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "archive").mkdir()
    (tmp_path / "archive" / "notes.md").write_text(GOOD, encoding="utf-8")
    out = tmp_path / "out.jsonl"
    refused([str(tmp_path / "archive"), "-o", str(out)], capsys, "no *.txt files")
    assert not out.exists()


def test_a_text_field_that_no_record_has_is_refused(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    src = jsonl(tmp_path / "in.jsonl", [{"id": "a", "body": GOOD}, {"id": "b", "body": GOOD}])
    out = tmp_path / "out.jsonl"
    refused([str(src), "-o", str(out)], capsys, "'text'", "--text-field")
    assert not out.exists()
    csv_path = tmp_path / "in.csv"
    csv_path.write_text(f"id,body\na,{GOOD.replace(',', '')}\n", encoding="utf-8")
    refused([str(csv_path), "-o", str(out), "--text-field", "content"], capsys, "'content'")
    assert main(["batch", str(src), "-o", str(out), "--text-field", "body", "--quiet"]) == 0
    assert ids(out) == ["a", "b"]


def test_some_records_without_text_are_error_rows_not_a_refusal(tmp_path: Path) -> None:
    src = jsonl(tmp_path / "in.jsonl", [{"id": "a", "text": GOOD}, {"id": "b"}])
    out = tmp_path / "out.jsonl"
    assert main(["batch", str(src), "-o", str(out), "--quiet"]) == 0
    assert ids(out) == ["a", "b"]


@pytest.mark.parametrize("name", ["out.xlsx", "out.txt", "out.tsv", "out.jsonl.gz"])
def test_an_unknown_output_suffix_is_refused(tmp_path: Path, capsys: pytest.CaptureFixture[str], name: str) -> None:
    src = jsonl(tmp_path / "in.jsonl", [{"id": "a", "text": GOOD}])
    refused([str(src), "-o", str(tmp_path / name)], capsys, name, "--format")
    assert not (tmp_path / name).exists()
    assert main(["batch", str(src), "-o", str(tmp_path / name), "--format", "jsonl", "--quiet"]) == 0  # when asked for


def test_an_output_name_with_a_random_suffix_is_jsonl(tmp_path: Path) -> None:
    """mktemp's names (``tmp.k3J9xQ2s``) and names without a suffix are JSONL, as before."""
    src = jsonl(tmp_path / "in.jsonl", [{"id": "a", "text": GOOD}])
    for name in ("tmp.k3J9xQ2s0a", "predictions"):
        assert main(["batch", str(src), "-o", str(tmp_path / name), "--quiet"]) == 0
        assert ids(tmp_path / name) == ["a"]


# --------------------------------------------------------------------------- output paths


def test_an_output_that_is_an_input_is_refused_and_the_input_kept(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    src = jsonl(tmp_path / "in.jsonl", [{"id": "a", "text": GOOD}])
    before = src.read_bytes()
    refused([str(src), "-o", str(src)], capsys, "also an input")
    refused([str(src), "-o", str(src), "--resume"], capsys, "also an input")
    (tmp_path / "link.jsonl").symlink_to(src)
    refused([str(src), "-o", str(tmp_path / "link.jsonl")], capsys, "also an input")
    os.link(src, tmp_path / "hard.jsonl")
    refused([str(src), "-o", str(tmp_path / "hard.jsonl")], capsys, "also an input")
    text = tmp_path / "one.txt"
    text.write_text(GOOD, encoding="utf-8")
    refused([str(text), "-o", str(text), "--format", "jsonl"], capsys, "also an input")
    csv_in = tmp_path / "t.records.csv"
    csv_in.write_text(f"id,text\na,x\n", encoding="utf-8")
    refused([str(csv_in), "-o", str(tmp_path / "t.csv")], capsys, "also an input")  # a table of the csv output
    (tmp_path / "folder").mkdir()
    (tmp_path / "folder" / "a.txt").write_text(GOOD, encoding="utf-8")
    refused([str(tmp_path / "folder"), "-o", str(tmp_path / "folder" / "out.txt"), "--format", "jsonl"], capsys, "input folder")
    assert not (tmp_path / "folder" / "out.txt").exists()
    assert src.read_bytes() == before and text.read_text(encoding="utf-8") == GOOD
    assert csv_in.read_text(encoding="utf-8") == "id,text\na,x\n"


@pytest.mark.parametrize(
    "content",
    [
        "id,text\na,कोरबा\n",  # a CSV table
        json.dumps({"schema_version": "1", "doc_id": "a", "provenance": {}}, indent=2) + "\n",  # an indented record
        json.dumps({"id": "a", "text": GOOD}) + "\n",  # an input, not an output
        "\n",
    ],
)
def test_resume_refuses_a_file_that_is_not_its_output_and_leaves_it(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], content: str
) -> None:
    src = jsonl(tmp_path / "in.jsonl", [{"id": "a", "text": GOOD}])
    out = tmp_path / "out.jsonl"
    out.write_text(content, encoding="utf-8")
    refused([str(src), "-o", str(out), "--resume"], capsys, "not an output of batch", "not touched")
    assert out.read_text(encoding="utf-8") == content


def test_resume_refuses_a_csv_table_that_is_not_its_output(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    src = jsonl(tmp_path / "in.jsonl", [{"id": "a", "text": GOOD}])
    records = tmp_path / "out.records.csv"
    records.write_text("name,score\nx,1\n", encoding="utf-8")
    refused([str(src), "-o", str(tmp_path / "out.csv"), "--resume"], capsys, "not a records table")
    assert records.read_text(encoding="utf-8") == "name,score\nx,1\n"
    assert not (tmp_path / "out.persons.csv").exists()


def test_resume_refuses_an_output_of_other_inputs(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    a = jsonl(tmp_path / "a.jsonl", [{"id": "a1", "text": GOOD}, {"id": "a2", "text": GOOD}])
    b = jsonl(tmp_path / "b.jsonl", [{"id": "b1", "text": GOOD}])
    out = tmp_path / "out.jsonl"
    assert main(["batch", str(a), "-o", str(out), "--quiet"]) == 0
    before = out.read_bytes()
    refused([str(b), "-o", str(out), "--resume"], capsys, "'a1'", "not in these inputs")
    assert out.read_bytes() == before
    assert main(["batch", str(a), str(b), "-o", str(out), "--resume", "--quiet"]) == 0  # more inputs: fine
    assert ids(out) == ["a1", "a2", "b1"]


# --------------------------------------------------------------------------- duplicate ids


def test_duplicate_doc_ids_are_refused_before_anything_is_written(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    for folder in ("x", "y"):
        (tmp_path / folder / "2020").mkdir(parents=True)
        (tmp_path / folder / "2020" / "7.txt").write_text(GOOD, encoding="utf-8")
    out = tmp_path / "out.jsonl"
    # two folders with the same relative names
    refused([str(tmp_path / "x"), str(tmp_path / "y"), "-o", str(out)], capsys, "'2020/7'", "nothing was written")
    # one folder given twice
    refused([str(tmp_path / "x"), str(tmp_path / "x"), "-o", str(out)], capsys, "'2020/7'")
    # 7 and "7"
    src = tmp_path / "in.jsonl"
    src.write_text(f'{{"id": 7, "text": "{GOOD}"}}\n{{"id": "7", "text": "{GOOD}"}}\n', encoding="utf-8")
    refused([str(src), "-o", str(out)], capsys, "'7'", "twice")
    assert not out.exists()
    # and --resume never skips a second document as "already in the output"
    out.write_text(json.dumps({"doc_id": "7", "error": "X", "message": "m"}) + "\n", encoding="utf-8")
    refused([str(src), "-o", str(out), "--resume"], capsys, "'7'")


def test_a_doc_id_repeated_on_stdin_stops_the_run(tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    data = "".join(json.dumps({"id": i, "text": GOOD}) + "\n" for i in ("a", "b", "a"))
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(data.encode())))
    refused(["-", "-o", str(tmp_path / "out.jsonl")], capsys, "'a'", "stdin")


# --------------------------------------------------------------------------- one line must not end the batch


@pytest.mark.parametrize("workers", ["1", "2"])
def test_a_deeply_nested_line_is_an_error_row_with_any_workers_and_on_resume(tmp_path: Path, workers: str) -> None:
    lines = [json.dumps({"id": f"d{i}", "text": GOOD}, ensure_ascii=False) for i in range(20)]
    lines[10] = '{"id": "deep", "x": ' + "[" * 100_000 + "]" * 100_000 + "}"
    src = tmp_path / "in.jsonl"
    src.write_text("\n".join(lines) + "\n", encoding="utf-8")
    out = tmp_path / "out.jsonl"
    assert main(["batch", str(src), "-o", str(out), "--workers", workers, "--quiet"]) == 0
    rows = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert [r["doc_id"] for r in rows] == [f"d{i}" if i != 10 else "in.jsonl:11" for i in range(20)]
    assert rows[10]["error"] == "InvalidJSON"
    half = b"".join(out.read_bytes().splitlines(keepends=True)[:5])
    out.write_bytes(half)
    assert main(["batch", str(src), "-o", str(out), "--workers", workers, "--resume", "--quiet"]) == 0
    assert [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()] == rows


# --------------------------------------------------------------------------- time limit


@pytest.mark.skipif(multiprocessing.get_start_method() != "fork", reason="the patch reaches workers by fork")
@pytest.mark.parametrize("workers", ["1", "2"])
def test_a_document_over_the_time_limit_is_an_error_row_and_the_run_goes_on(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, workers: str
) -> None:
    from hindi_meeting_extract import Pipeline

    real = Pipeline.run_stages

    def stuck_on_marker(self: Pipeline, text: str, *args: object, **kwargs: object) -> object:
        while "अटका" in text:  # a stage stuck in a loop on this document
            pass
        return real(self, text, *args, **kwargs)

    monkeypatch.setattr(Pipeline, "run_stages", stuck_on_marker)
    docs = [{"id": f"d{i}", "text": GOOD + (" अटका" if i == 3 else "")} for i in range(12)]
    out = tmp_path / "out.jsonl"
    args = ["batch", str(jsonl(tmp_path / "in.jsonl", docs)), "-o", str(out), "--workers", workers, "--quiet", "--time-limit", "1"]
    assert main(args) == 0
    rows = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert [r["doc_id"] for r in rows] == [d["id"] for d in docs]
    assert rows[3]["error"] == "DocumentTimeout" and "1 s" in rows[3]["message"]
    assert all("error" not in r for i, r in enumerate(rows) if i != 3)


def test_the_time_limit_has_a_documented_default_and_rejects_negatives(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from hindi_meeting_extract.batch_cli import DEFAULT_TIME_LIMIT

    doc = (Path(__file__).resolve().parent.parent / "docs" / "robustness.md").read_text(encoding="utf-8")
    assert f"--time-limit" in doc and f"{DEFAULT_TIME_LIMIT:g} s" in doc
    src = jsonl(tmp_path / "in.jsonl", [{"id": "a", "text": GOOD}])
    refused([str(src), "-o", str(tmp_path / "o.jsonl"), "--time-limit", "-1"], capsys, "--time-limit")


def test_resume_refuses_a_huge_one_line_file_without_reading_it_whole(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    import tracemalloc

    src = jsonl(tmp_path / "in.jsonl", [{"id": "a", "text": GOOD}])
    out = tmp_path / "out.jsonl"
    out.write_bytes(b"x," * (16 << 20))  # 32 MB, no line break
    tracemalloc.start()
    try:
        refused([str(src), "-o", str(out), "--resume"], capsys, "not an output of batch")
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert peak < 8 << 20 and out.stat().st_size == 32 << 20


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="FIFOs")
def test_resume_refuses_an_output_that_is_not_a_regular_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    src = jsonl(tmp_path / "in.jsonl", [{"id": "a", "text": GOOD}])
    os.mkfifo(tmp_path / "out.jsonl")
    refused([str(src), "-o", str(tmp_path / "out.jsonl"), "--resume"], capsys, "not a regular file")
