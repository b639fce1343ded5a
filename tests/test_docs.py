"""docs/: the generated schema is in sync, examples run, links resolve, the tutorial executes."""

from __future__ import annotations

import json
import shlex

import pytest
from conftest import ROOT
import regex

from hindi_meeting_extract.cli import main
from hindi_meeting_extract.models import MeetingRecord

DOCS = ROOT / "docs"
_LINK = regex.compile(r"\]\(([^)#:]+)(?:#[^)]*)?\)")
MY_PAGES = ("index.md", "quickstart.md", "schema.md", "architecture.md", "gold-format.md")


def _blocks(page: str) -> list[str]:
    return regex.findall(r"```python\n(.*?)```", (DOCS / page).read_text(encoding="utf-8"), flags=regex.DOTALL)


def test_docs_schema_json_is_generated_from_the_models(tmp_path):
    out = tmp_path / "schema.json"
    assert main(["schema", "-o", str(out)]) == 0
    assert json.loads(out.read_text(encoding="utf-8")) == MeetingRecord.model_json_schema()
    assert (DOCS / "schema.json").read_text(encoding="utf-8") == out.read_text(encoding="utf-8"), (
        "docs/schema.json is stale: run `hindi-meeting-extract schema -o docs/schema.json`"
    )


def test_docs_schema_page_lists_every_field():
    page = (DOCS / "schema.md").read_text(encoding="utf-8")
    for name in MeetingRecord.model_fields:
        assert f"`{name}`" in page, name


@pytest.mark.parametrize("page", ["quickstart.md", "gold-format.md"])
def test_docs_python_examples_run(page, monkeypatch, capsys):
    pytest.importorskip("pandas")
    monkeypatch.chdir(ROOT)
    blocks = _blocks(page)
    assert blocks
    namespace: dict[str, object] = {}
    for block in blocks:
        exec(compile(block, f"{page}:example", "exec"), namespace)  # noqa: S102 - our own docs
    assert capsys.readouterr().out


def _commands() -> list[tuple[str, str]]:
    out = []
    for page in MY_PAGES:
        for line in (DOCS / page).read_text(encoding="utf-8").splitlines():
            line = line.strip()
            if line.startswith("hindi-meeting-extract ") and not regex.search(r"\b[A-Z_]{4,}\b", line):
                out.append((page, line))
    return out


@pytest.mark.parametrize(("page", "command"), _commands())
def test_docs_command_lines_run(page, command, tmp_path, monkeypatch, capsys):
    (tmp_path / "fixtures").symlink_to(ROOT / "fixtures")
    (tmp_path / "docs").mkdir()
    monkeypatch.chdir(tmp_path)
    argv = shlex.split(command)[1:]
    argv = argv[: argv.index("#")] if "#" in argv else argv
    assert main(argv) == 0, command


@pytest.mark.parametrize("page", MY_PAGES)
def test_docs_links_resolve(page):
    text = (DOCS / page).read_text(encoding="utf-8")
    for target in _LINK.findall(text):
        assert (DOCS / target).exists(), f"{page} links to missing {target}"


@pytest.mark.slow
def test_docs_tutorial_notebook_executes():
    nbformat = pytest.importorskip("nbformat")
    nbclient = pytest.importorskip("nbclient")
    pytest.importorskip("ipykernel")
    pytest.importorskip("pandas")
    from jupyter_client.kernelspec import NoSuchKernel

    nb = nbformat.read(DOCS / "tutorial.ipynb", as_version=4)
    assert not any(c.get("outputs") for c in nb.cells if c.cell_type == "code"), "commit the notebook without outputs"
    client = nbclient.NotebookClient(nb, timeout=300, kernel_name="python3", resources={"metadata": {"path": str(DOCS)}})
    try:
        client.execute()
    except NoSuchKernel:  # pragma: no cover - depends on the machine
        pytest.skip("no python3 Jupyter kernel: python3 -m ipykernel install --user")
    html = [o["data"]["text/html"] for c in nb.cells if c.cell_type == "code" for o in c.outputs
            if "text/html" in o.get("data", {})]
    assert any('class="hme"' in h and "data-start" in h for h in html)  # the record shows itself highlighted
    text = "\n".join(o.get("text", "") for c in nb.cells if c.cell_type == "code" for o in c.outputs)
    assert "persons" in text and "mode_acc" in text


@pytest.mark.parametrize("module", ["render", "evaluate", "frames"])
def test_docs_docstring_examples_run(module):
    import doctest
    import importlib

    if module == "frames":
        pytest.importorskip("pandas")
    mod = importlib.import_module(f"hindi_meeting_extract.{module}")
    result = doctest.testmod(mod, optionflags=doctest.ELLIPSIS)
    assert result.attempted > 0 and result.failed == 0


def test_docs_readme_links_resolve_and_example_spans_are_true():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    for target in _LINK.findall(readme):
        assert (ROOT / target).exists(), f"README links to missing {target}"
    text = (ROOT / "fixtures" / "releases" / "korba-it-cell.txt").read_text(encoding="utf-8")
    spans = regex.findall(r'"text": "([^"…]*)", "start": (\d+), "end": (\d+)', readme)
    assert len(spans) >= 6
    for span_text, start, end in spans:  # every offset shown in the README example slices the fixture
        assert text[int(start):int(end)] == span_text


# ---------------------------------------------------------------- README: commands, examples, figures
README = ROOT / "README.md"


def _readme_commands() -> list[str]:
    return [line.strip() for line in README.read_text(encoding="utf-8").splitlines() if line.startswith("    pip install")]


def test_readme_main_job_installs_no_torch_and_ci_runs_the_test_command():
    main_job, tests = _readme_commands()
    assert "torch" not in main_job and "[" not in main_job.split("&&")[0]  # the default backend only
    assert tests.startswith("pip install torch==") and "download.pytorch.org/whl/cpu" in tests  # CPU wheel first
    assert '".[all]"' in tests and tests.endswith("python3 -m pytest -q")
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    assert tests.split(" && ")[-1] == "python3 -m pytest -q" and "python3 -m pytest -q" in ci
    for step in tests.split(" && ")[:2]:  # the same installs, as CI writes them (quiet, via python3 -m pip)
        args = shlex.split(step)[2:]
        assert any(shlex.split(line)[-len(args):] == args for line in ci.splitlines() if "pip install" in line), step


def test_readme_python_example_runs(monkeypatch, capsys):
    monkeypatch.chdir(ROOT)
    blocks = regex.findall(r"```python\n(.*?)```", README.read_text(encoding="utf-8"), flags=regex.DOTALL)
    assert blocks
    for block in blocks:
        exec(compile(block, "README.md:example", "exec"), {})  # noqa: S102 - our own docs
    out = capsys.readouterr().out
    assert "MeetingRecord(doc_id='korba'" in out and "ErrorRow(" in out


def _example_values(block: str, indent: int) -> dict[str, object]:
    """``"key": value`` lines of the README's JSON example at one indent whose value is whole JSON."""
    out: dict[str, object] = {}
    for m in regex.finditer(rf'(?m)^ {{{indent}}}"(\w+)": (.+?),?$', block):
        try:
            value = json.loads(m.group(2))
        except ValueError:  # the start of a list or object
            continue
        if "…" not in m.group(2):  # not abridged
            out[m.group(1)] = value
    return out


def test_readme_json_example_matches_the_real_output(capsys):
    block = README.read_text(encoding="utf-8").split("```json\n", 1)[1].split("```", 1)[0]
    assert main(["extract", str(ROOT / "fixtures" / "releases" / "korba-it-cell.txt")]) == 0
    real = json.loads(capsys.readouterr().out)
    top = _example_values(block, 2)
    assert {"doc_id", "title", "date", "place", "mode", "mode_cue", "warnings"} <= set(top)
    for key, value in top.items():
        assert real[key] == value, key
    shown = _example_values(block, 6)  # one person and one statement
    person = next(p for p in real["persons"] if p["id"] == shown["id"])
    statement = next(s for s in real["statements"] if s["start"] == shown["start"])
    for key, value in shown.items():
        assert (person if key in person else statement)[key] == value, key


@pytest.mark.parametrize("script", ["throughput.py", "dask_throughput.py", "profile_hot_path.py"])
def test_benchmarks_without_the_corpus_fail_in_one_line(tmp_path, script):
    import subprocess
    import sys

    out = subprocess.run([sys.executable, str(ROOT / "benchmarks" / script), "--corpus", str(tmp_path)],
                         capture_output=True, text=True, timeout=120)
    assert out.returncode == 1 and out.stderr.count("\n") == 1 and "--corpus DIR" in out.stderr, out.stderr


def test_docs_lexicon_examples_load(tmp_path, monkeypatch):
    page = (DOCS / "lexicons.md").read_text(encoding="utf-8")
    files = regex.findall(r"```toml\n# (\S+\.toml)\n(.*?)```", page, flags=regex.DOTALL)
    assert len(files) >= 2
    for name, body in files:
        (tmp_path / name).write_text(body, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    for block in _blocks("lexicons.md"):
        exec(compile(block, "lexicons.md:example", "exec"), {})  # noqa: S102 - our own docs
    from hindi_meeting_extract import Pipeline

    pipe = Pipeline(lexicons=[name for name, _ in files])
    assert all(pipe.lexicons[n].version.endswith("+local1") for n in ("honorifics", "designations"))
