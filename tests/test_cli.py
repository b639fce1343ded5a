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


def _one_line_error(out: subprocess.CompletedProcess[str], *needles: str) -> None:
    assert out.returncode == 2, out
    assert "Traceback" not in out.stderr and out.stderr.count("\n") == 1, out.stderr
    for needle in needles:
        assert needle in out.stderr, out.stderr


def test_extract_file_sets_doc_id_to_the_file_stem():
    out = run("extract", str(KORBA))
    assert out.returncode == 0, out.stderr
    assert json.loads(out.stdout)["doc_id"] == "korba-it-cell"
    assert json.loads(run("extract", "-", stdin="कोरबा 12 जुलाई।").stdout)["doc_id"] is None


def test_output_into_a_closed_pipe_ends_quietly_with_141():
    # the reader is gone before the command writes anything: as with `… | head`, but deterministic
    proc = subprocess.Popen([sys.executable, "-m", "hindi_meeting_extract", "extract", str(KORBA)],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    proc.stdout.close()
    err = proc.stderr.read().decode("utf-8")
    assert proc.wait() == 141 and err == ""


def test_size_error_advises_an_option_the_cli_has():
    out = run("extract", str(KORBA), "--max-chars", "100")
    _one_line_error(out, "more than the limit of 100", "--max-chars")
    assert run("extract", str(KORBA), "--max-chars", "100000").returncode == 0
    _one_line_error(run("extract", str(KORBA), "--max-chars", "0"), "positive whole number")


def test_extract_non_utf8_file_and_directory_are_one_line_errors(tmp_path):
    bad = tmp_path / "bad.txt"
    bad.write_bytes("कोरबा".encode("utf-8") + b"\xff")
    _one_line_error(run("extract", str(bad)), "invalid UTF-8 at byte 15", "--encoding-errors replace")
    _one_line_error(run("extract", str(tmp_path)), "is a directory")
    _one_line_error(run("extract", str(tmp_path / "absent.txt")), "No such file")


def test_usage_mistakes_are_one_line():
    _one_line_error(run("extract"), "the following arguments are required", "--help")
    _one_line_error(run("extract", str(KORBA), "--encoding-errors", "ignore"), "invalid choice")


def test_lexicon_typo_is_a_one_line_error(tmp_path):
    typo = tmp_path / "mine.toml"
    typo.write_text('[meta]\nname = "designation"\nversion = "1"\n\n[offices]\n"अमीन" = []\n', encoding="utf-8")
    _one_line_error(run("extract", str(KORBA), "--lexicon", str(typo)), "unknown lexicon name 'designation'",
                    "did you mean 'designations'")
