import json
import subprocess
import sys

from conftest import FIXTURES

KORBA = FIXTURES / "releases" / "korba-it-cell.txt"


def run(*args: str, stdin: str | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "hindi_meeting_extract", *args],
        input=stdin, capture_output=True, text=True, encoding="utf-8",
    )


def test_extract_prints_one_grounded_record_with_real_devanagari():
    out = run("extract", str(KORBA), "--doc-id", "korba", "--reference-date", "2021-07-20")
    assert out.returncode == 0, out.stderr
    assert "\\u09" not in out.stdout and "कोरबा" in out.stdout
    record = json.loads(out.stdout)
    assert record["doc_id"] == "korba"
    text = KORBA.read_text(encoding="utf-8")
    assert text[record["title"]["start"] : record["title"]["end"]] == record["title"]["text"]


def test_extract_reads_stdin():
    out = run("extract", "-", stdin="कोरबा 12 जुलाई। बैठक हुई।")
    assert out.returncode == 0, out.stderr
    assert json.loads(out.stdout)["schema_version"] == "2"


def test_extract_reports_bad_reference_date_without_traceback():
    out = run("extract", str(KORBA), "--reference-date", "12-07")
    assert out.returncode == 2
    assert "Traceback" not in out.stderr and "YYYY-MM-DD" in out.stderr


def test_batch_directory_and_jsonl_contract(tmp_path):
    (tmp_path / "in" / "2021").mkdir(parents=True)
    (tmp_path / "in" / "2021" / "a.txt").write_text("कोरबा 12 जुलाई। श्री अजय साहू उपस्थित थे।", encoding="utf-8")
    (tmp_path / "in" / "b.txt").write_text("रायपुर 3 जून। बैठक हुई।", encoding="utf-8")
    jsonl = tmp_path / "docs.jsonl"
    jsonl.write_text(json.dumps({"id": "x1", "text": "भिलाई 5 मई। सभा हुई।"}, ensure_ascii=False) + "\n", encoding="utf-8")
    out_path = tmp_path / "out.jsonl"
    out = run("batch", str(tmp_path / "in"), str(jsonl), "-o", str(out_path), "--quiet")
    assert out.returncode == 0, out.stderr
    lines = out_path.read_text(encoding="utf-8").splitlines()
    assert "\\u09" not in "".join(lines)
    ids = [json.loads(line)["doc_id"] for line in lines]
    assert sorted(ids) == ["2021/a", "b", "x1"]
