"""The backend interface and registry; the stanza backend's failure modes that need no stanza."""

from __future__ import annotations

import sys

import pytest

from hindi_meeting_extract import BackendUnavailable, MissingExtra, Pipeline
from hindi_meeting_extract.backends import Backend, get_backend, register_backend
from hindi_meeting_extract.backends.rules import RulesBackend
from hindi_meeting_extract.cli import main
from hindi_meeting_extract.errors import HindiMeetingExtractError
from hindi_meeting_extract.lexicon import Lexicons


@pytest.fixture(scope="module")
def lexicons() -> Lexicons:
    return Lexicons.load()


@pytest.fixture
def no_stanza(monkeypatch: pytest.MonkeyPatch) -> None:
    """Make ``import stanza`` fail as if the package were not installed."""
    for name in [m for m in sys.modules if m == "stanza" or m.startswith("stanza.")]:
        monkeypatch.delitem(sys.modules, name)
    monkeypatch.setitem(sys.modules, "stanza", None)


def test_rules_backend_meets_the_interface(lexicons: Lexicons) -> None:
    backend = get_backend("rules", lexicons)
    assert isinstance(backend, RulesBackend) and isinstance(backend, Backend)
    assert backend.available() == (True, "")
    text = "बैठक हुई। सबने भाग लिया।"
    doc = backend.annotate(text, doc_id="d1")
    assert doc.doc_id == "d1" and doc.words is None and doc.entities is None
    assert [s.text for s in doc.sentences] == ["बैठक हुई।", "सबने भाग लिया।"]
    assert [d.text for d in backend.annotate_many([text, ""])] == [text, ""]


def test_unknown_backend_names_the_choices(lexicons: Lexicons) -> None:
    with pytest.raises(HindiMeetingExtractError, match="'rules'.*'stanza'"):
        get_backend("spacy", lexicons)


def test_registered_backend_is_chosen_by_name(monkeypatch: pytest.MonkeyPatch) -> None:
    from hindi_meeting_extract.backends import base

    class Upper(RulesBackend):
        name = "upper-test"

    monkeypatch.setattr(base, "_REGISTRY", dict(base._REGISTRY))
    register_backend("upper-test", Upper)
    assert Pipeline(backend="upper-test").backend.name == "upper-test"


def test_stanza_backend_without_stanza_names_the_extra(lexicons: Lexicons, no_stanza: None) -> None:
    with pytest.raises(MissingExtra, match=r"pip install 'hindi-meeting-extract\[stanza\]'"):
        Pipeline(backend="stanza")


def test_models_download_without_stanza_is_one_line(no_stanza: None, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["models", "download", "--stanza-dir", "/nonexistent"]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "hindi-meeting-extract[stanza]" in err and "Traceback" not in err


def test_cli_stanza_backend_without_stanza_is_one_line(
    no_stanza: None, tmp_path, capsys: pytest.CaptureFixture[str]
) -> None:
    f = tmp_path / "a.txt"
    f.write_text("बैठक हुई।", encoding="utf-8")
    assert main(["extract", "--backend", "stanza", str(f)]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "stanza" in err


def test_backend_unavailable_is_a_library_error() -> None:
    assert issubclass(BackendUnavailable, HindiMeetingExtractError)


def test_capabilities_use_the_shared_vocabulary(lexicons: Lexicons) -> None:
    from hindi_meeting_extract.backends.base import CAPABILITIES
    from hindi_meeting_extract.backends.stanza import StanzaBackend

    assert {"sentences", "tokens"} <= RulesBackend.capabilities <= CAPABILITIES
    assert StanzaBackend.capabilities == CAPABILITIES


def test_stanza_modules_import_without_torch() -> None:
    import subprocess

    code = (
        "import sys, hindi_meeting_extract.backends.stanza, hindi_meeting_extract.linguistic; "
        "from hindi_meeting_extract.cli import build_parser; build_parser(); "
        "print(','.join(m for m in ('torch', 'stanza') if m in sys.modules))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == ""
