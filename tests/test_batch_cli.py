import csv
import io
import json
import multiprocessing
import os
import signal
import subprocess
import sys
import time
from collections import Counter

import pytest

from hindi_meeting_extract.batch_cli import Progress, estimate_total
from hindi_meeting_extract.cli import main
from synthetic_docs import synthetic_docs


def write_jsonl(path, docs):
    path.write_text("".join(json.dumps(d, ensure_ascii=False) + "\n" for d in docs), encoding="utf-8")
    return path


def read_ids(path):
    return [json.loads(line)["doc_id"] for line in path.read_text(encoding="utf-8").splitlines()]


def read_csv(path):
    with open(path, encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh))


@pytest.fixture()
def inputs(tmp_path):
    return write_jsonl(tmp_path / "in.jsonl", synthetic_docs(60) + [{"id": "empty", "text": 5}])


def test_jsonl_output_real_devanagari_error_rows_and_summary(tmp_path, inputs, capsys):
    (tmp_path / "in.jsonl").open("a", encoding="utf-8").write("{oops\n")
    out = tmp_path / "out.jsonl"
    assert main(["batch", str(inputs), "-o", str(out), "--workers", "2"]) == 0
    text = out.read_text(encoding="utf-8")
    assert "\\u09" not in text and "कोरबा" in text
    rows = [json.loads(line) for line in text.splitlines()]
    assert len(rows) == 62
    assert rows[60] == {"doc_id": "empty", "error": "MissingText", "message": f"{inputs}:61: no string 'text' field"}
    assert rows[61]["error"] == "InvalidJSON" and rows[61]["doc_id"] == "in.jsonl:62"
    err = capsys.readouterr().err
    assert "62 inputs, 60 records, 2 errors in" in err and "docs/s" in err
    assert "\r" not in err  # no progress bar when stderr is not a terminal


def test_strict_exit_status_and_quiet(tmp_path, inputs, capsys):
    out = tmp_path / "out.jsonl"
    assert main(["batch", str(inputs), "-o", str(out), "--strict", "--quiet"]) == 1
    assert capsys.readouterr().err == ""


def test_csv_tables_are_joinable_on_doc_id(tmp_path, inputs):
    assert main(["batch", str(inputs), "-o", str(tmp_path / "out.csv"), "--quiet"]) == 0
    records = read_csv(tmp_path / "out.records.csv")
    persons = read_csv(tmp_path / "out.persons.csv")
    statements = read_csv(tmp_path / "out.statements.csv")
    assert [r["doc_id"] for r in records] == [f"d{i:05d}" for i in range(60)] + ["empty"]
    assert records[-1]["error"] == "MissingText" and records[0]["error"] == ""
    ids = {r["doc_id"] for r in records}
    assert {p["doc_id"] for p in persons} <= ids and {s["doc_id"] for s in statements} <= ids
    per_doc = Counter(p["doc_id"] for p in persons)
    assert all(int(r["persons"]) == per_doc[r["doc_id"]] for r in records if not r["error"])
    keys = {(p["doc_id"], p["person_id"]) for p in persons}
    assert all((s["doc_id"], s["speaker_id"]) in keys for s in statements if s["speaker_id"])


def test_parquet_tables(tmp_path, inputs):
    pq = pytest.importorskip("pyarrow.parquet")
    assert main(["batch", str(inputs), "-o", str(tmp_path / "out.parquet"), "--quiet", "--workers", "2"]) == 0
    records = pq.read_table(tmp_path / "out.records.parquet").to_pylist()
    assert [r["doc_id"] for r in records][-2:] == ["d00059", "empty"]
    assert pq.read_table(tmp_path / "out.persons.parquet").schema.field("mentions").type == "int64"


def test_parquet_refuses_resume_clearly(tmp_path, inputs, capsys):
    pytest.importorskip("pyarrow")
    code = main(["batch", str(inputs), "-o", str(tmp_path / "o.parquet"), "--resume"])
    assert code == 2 and "--resume works with jsonl and csv" in capsys.readouterr().err


def test_stdin_and_a_directory(tmp_path, monkeypatch):
    (tmp_path / "dir" / "sub").mkdir(parents=True)
    (tmp_path / "dir" / "sub" / "t.txt").write_text(synthetic_docs(1)[0]["text"], encoding="utf-8")
    stdin = io.TextIOWrapper(io.BytesIO(json.dumps({"id": "s", "text": "पाठ"}).encode() + b"\n"))
    monkeypatch.setattr(sys, "stdin", stdin)
    out = tmp_path / "out.jsonl"
    assert main(["batch", "-", str(tmp_path / "dir"), "-o", str(out), "--quiet"]) == 0
    assert read_ids(out) == ["s", "sub/t"]


def test_resume_skips_done_ids_and_cuts_a_torn_line(tmp_path, capsys):
    docs = synthetic_docs(50)
    out = tmp_path / "out.jsonl"
    assert main(["batch", str(write_jsonl(tmp_path / "half.jsonl", docs[:20])), "-o", str(out), "--quiet"]) == 0
    with out.open("ab") as fh:
        fh.write('{"schema_version": "1", "doc_id": "d00020", "title": {"text": "कोर'.encode())  # torn by a kill
    full = write_jsonl(tmp_path / "full.jsonl", docs)
    assert main(["batch", str(full), "-o", str(out), "--resume", "--workers", "2"]) == 0
    assert read_ids(out) == [d["id"] for d in docs]
    assert "20 skipped" in capsys.readouterr().err
    assert main(["batch", str(full), "-o", str(out), "--resume", "--quiet"]) == 0  # nothing left to do
    assert read_ids(out) == [d["id"] for d in docs]


def test_csv_resume_drops_rows_of_a_document_cut_short(tmp_path):
    docs = synthetic_docs(30)
    base = tmp_path / "out"
    assert main(["batch", str(write_jsonl(tmp_path / "a.jsonl", docs[:10])), "-o", str(base), "--format", "csv", "--quiet"]) == 0
    # a kill after d00010's persons rows, in the middle of its statement row
    with open(f"{base}.persons.csv", "a", encoding="utf-8") as fh:
        fh.write('d00010,p1,अजय साहू,,श्री,"जिला\nअध्यक्ष",chair,1,10\n')
    with open(f"{base}.statements.csv", "a", encoding="utf-8") as fh:
        fh.write('d00010,0,p1,अजय साहू,"कहा कि सभी\nकार्य')
    assert main(["batch", str(write_jsonl(tmp_path / "b.jsonl", docs)), "-o", str(base), "--format", "csv", "--resume", "--quiet"]) == 0
    records = read_csv(f"{base}.records.csv")
    assert [r["doc_id"] for r in records] == [d["id"] for d in docs]
    persons = read_csv(f"{base}.persons.csv")
    fresh = Counter(p["doc_id"] for p in persons)
    assert fresh["d00010"] == int(records[10]["persons"])
    assert all(s["doc_id"] != "d00010" or s["text"] != "कहा कि सभी\nकार्य" for s in read_csv(f"{base}.statements.csv"))


def test_kill_9_during_a_two_worker_batch_then_resume(tmp_path):
    """Kill the batch with SIGKILL while it runs; --resume leaves every doc_id exactly once."""
    docs = synthetic_docs(400)
    full = write_jsonl(tmp_path / "full.jsonl", docs)
    out = tmp_path / "out.jsonl"
    cmd = [sys.executable, "-m", "hindi_meeting_extract", "batch", "-", "-o", str(out), "--workers", "2", "--quiet"]
    proc = subprocess.Popen(cmd, stdin=subprocess.PIPE, stderr=subprocess.PIPE, start_new_session=True)
    try:
        # feed half the input and keep the pipe open: the batch is certainly still running when killed
        proc.stdin.write(full.read_bytes()[: len(full.read_bytes()) // 2])
        proc.stdin.flush()
        deadline = time.monotonic() + 20
        while (not out.exists() or out.read_bytes().count(b"\n") < 50) and time.monotonic() < deadline:
            time.sleep(0.02)
        assert proc.poll() is None, proc.stderr.read().decode()
        os.kill(proc.pid, signal.SIGKILL)
        proc.wait(timeout=10)
    finally:
        try:
            os.killpg(proc.pid, signal.SIGKILL)  # any worker the watchdog has not ended yet
        except ProcessLookupError:
            pass
    written = out.read_bytes()
    assert 50 <= written.count(b"\n") < 400
    assert written.endswith(b"\n") and all(json.loads(line) for line in written.splitlines())

    done = subprocess.run([sys.executable, "-m", "hindi_meeting_extract", "batch", str(full), "-o", str(out),
                           "--workers", "2", "--resume"], capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr
    ids = read_ids(out)
    assert Counter(ids) == Counter(d["id"] for d in docs)  # every doc_id exactly once
    assert "skipped" in done.stderr


def test_kill_9_at_any_moment_leaves_only_whole_lines(tmp_path):
    docs = synthetic_docs(3000)
    full = write_jsonl(tmp_path / "full.jsonl", docs)
    out = tmp_path / "out.jsonl"
    cmd = [sys.executable, "-m", "hindi_meeting_extract", "batch", str(full), "-o", str(out), "--workers", "2", "--quiet"]
    proc = subprocess.Popen(cmd, start_new_session=True)
    try:
        deadline = time.monotonic() + 20
        while (not out.exists() or out.stat().st_size < 20_000) and time.monotonic() < deadline and proc.poll() is None:
            time.sleep(0.005)
        os.killpg(proc.pid, signal.SIGKILL)
        proc.wait(timeout=10)
    except ProcessLookupError:
        pass
    assert main(["batch", str(full), "-o", str(out), "--resume", "--quiet", "--workers", "2"]) == 0
    assert read_ids(out) == [d["id"] for d in docs]


def test_progress_bar_shows_rate_and_eta():
    stream = io.StringIO()
    bar = Progress(100, stream=stream)
    bar.start -= 1.0
    bar.last -= 1.0
    for _ in range(10):
        bar.update()
    bar.close()
    shown = stream.getvalue()
    assert "10/100 docs" in shown and "docs/s" in shown and "ETA 0:00:" in shown


def test_estimate_total(tmp_path, inputs):
    (tmp_path / "d").mkdir()
    (tmp_path / "d" / "a.txt").write_text("x")
    assert estimate_total([str(inputs), str(tmp_path / "d")]) == 61 + 1
    assert estimate_total(["-"]) is None


def test_stdout_output_and_usage_errors(tmp_path, inputs, capsys):
    assert main(["batch", str(inputs), "-o", "-", "--quiet"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert len(lines) == 61 and json.loads(lines[0])["doc_id"] == "d00000"
    assert main(["batch", str(inputs), "-o", "-", "--resume"]) == 2
    assert main(["batch", str(inputs), "-o", str(tmp_path / "o.jsonl"), "--workers", "0"]) == 2
    bad = tmp_path / "bad.toml"
    bad.write_text("x = = y", encoding="utf-8")
    assert main(["batch", str(inputs), "-o", str(tmp_path / "o.jsonl"), "--lexicon", str(bad), "--workers", "2"]) == 2
    assert "bad.toml" in capsys.readouterr().err


@pytest.mark.skipif(multiprocessing.get_start_method() != "fork", reason="the patch reaches workers by fork")
def test_a_document_that_kills_a_worker_is_an_error_row_in_the_output(tmp_path, inputs, monkeypatch):
    from hindi_meeting_extract import Pipeline

    real = Pipeline.run_stages

    def crash_on_marker(self, text, *args, **kwargs):
        if "विस्फोट" in text:
            os._exit(3)  # the worker process dies, as with a segfault or the OOM killer
        return real(self, text, *args, **kwargs)

    monkeypatch.setattr(Pipeline, "run_stages", crash_on_marker)  # inherited by the forked workers
    docs = synthetic_docs(30)
    docs[7]["text"] += " विस्फोट"
    for fmt in ("jsonl", "csv"):
        out = tmp_path / f"out.{fmt}"
        args = ["batch", str(write_jsonl(tmp_path / "in.jsonl", docs)), "-o", str(out), "--workers", "2", "--quiet"]
        assert main(args) == 0
        if fmt == "jsonl":
            rows = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
        else:
            rows = read_csv(tmp_path / "out.records.csv")
        assert [r["doc_id"] for r in rows] == [d["id"] for d in docs]
        assert rows[7]["error"] == "WorkerCrashed" and all(not r.get("error") for i, r in enumerate(rows) if i != 7)
