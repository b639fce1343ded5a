"""The stanza backend and the linguistic helpers, driven by hand-written CoNLL-U (no models needed).

A fake ``stanza.Pipeline`` answers from ``fixtures/conllu/``; the real loading code around it runs
unchanged. Importing stanza imports torch (1-2 s), so every stanza test lives in this one module.
"""

from __future__ import annotations

import json
import pickle
from pathlib import Path

import pytest
import regex

stanza = pytest.importorskip("stanza")
from stanza.utils.conll import CoNLL  # noqa: E402

from hindi_meeting_extract import BackendUnavailable, Pipeline, extract, extract_many, linguistic  # noqa: E402
from hindi_meeting_extract import pipeline as pipeline_module  # noqa: E402
from hindi_meeting_extract.backends import stanza as backend_module  # noqa: E402
from hindi_meeting_extract.backends.stanza import PROCESSORS, StanzaBackend, to_document  # noqa: E402
from hindi_meeting_extract.cli import main  # noqa: E402
from hindi_meeting_extract.document import Document  # noqa: E402
from hindi_meeting_extract.lexicon import Lexicons  # noqa: E402

CONLLU = Path(__file__).resolve().parent.parent / "fixtures" / "conllu"
NAME = "raipur-samanvay"


def _read(name: str) -> tuple[str, str]:
    return (CONLLU / f"{name}.txt").read_text(encoding="utf-8"), (CONLLU / f"{name}.conllu").read_text(encoding="utf-8")


TEXT, PARSE = _read(NAME)
BARE_TEXT, BARE_PARSE = _read("navapara-gram-sabha")  # names the rules alone cannot find
RELATIVE_TEXT, RELATIVE_PARSE = _read("relative-clause-speaker")  # a subject cut off from its ने


def _whitespace_parse(text: str) -> stanza.Document:
    """A bare parse (words and offsets, no tags) for texts that have no fixture."""
    words = [{"id": i, "text": m.group(), "start_char": m.start(), "end_char": m.end()}
             for i, m in enumerate(regex.finditer(r"\S+", text), 1)]
    return stanza.Document([words] if words else [], text=text)


class FakeStanzaPipeline:
    """Stands in for ``stanza.Pipeline``: records how it was built and the batches it was fed."""

    built: list[dict[str, object]] = []
    batches: list[int] = []
    parses: dict[str, str] = {TEXT: PARSE, BARE_TEXT: BARE_PARSE, RELATIVE_TEXT: RELATIVE_PARSE}

    def __init__(self, lang: str, **kwargs: object) -> None:
        FakeStanzaPipeline.built.append({"lang": lang, **kwargs})

    def _parse(self, text: str) -> stanza.Document:
        conllu = self.parses.get(text)
        return CoNLL.conll2doc(input_str=conllu) if conllu else _whitespace_parse(text)

    def bulk_process(self, docs: list[stanza.Document]) -> list[stanza.Document]:
        FakeStanzaPipeline.batches.append(len(docs))
        return [self._parse(d.text) for d in docs]

    def __call__(self, doc: str) -> stanza.Document:
        return self._parse(doc)


@pytest.fixture(scope="module")
def lexicons() -> Lexicons:
    return Lexicons.load()


@pytest.fixture(scope="module")
def ner_kinds(lexicons: Lexicons):  # type: ignore[no-untyped-def]
    return lexicons.section("stanza", "ner_kinds")


@pytest.fixture(scope="module")
def doc(ner_kinds) -> Document:  # type: ignore[no-untyped-def]
    return to_document(TEXT, CoNLL.conll2doc(input_str=PARSE), ner_kinds)


@pytest.fixture
def model_dir(tmp_path: Path) -> Path:
    """A models folder that passes ``available()`` (the fake pipeline needs no files)."""
    (tmp_path / "resources.json").write_text("{}", encoding="utf-8")
    (tmp_path / "hi").mkdir()
    return tmp_path


@pytest.fixture
def fake_stanza(monkeypatch: pytest.MonkeyPatch, model_dir: Path) -> type[FakeStanzaPipeline]:
    monkeypatch.setattr(stanza, "Pipeline", FakeStanzaPipeline)
    monkeypatch.setattr(backend_module, "_PIPELINES", {})
    monkeypatch.setattr(pipeline_module, "_SHARED", {})
    monkeypatch.setenv("STANZA_RESOURCES_DIR", str(model_dir))
    monkeypatch.setattr(FakeStanzaPipeline, "built", [])
    monkeypatch.setattr(FakeStanzaPipeline, "batches", [])
    return FakeStanzaPipeline


def _word(doc: Document, surface: str, nth: int = 0):  # type: ignore[no-untyped-def]
    return [w for w in doc.words or () if w.text == surface][nth]


# --- the adapter: stanza.Document -> our Document -------------------------------------------


def test_adapter_maps_sentences_words_and_tags(doc: Document) -> None:
    assert [s.text for s in doc.sentences][:3] == [
        "रायपुर में जिला समन्वय समिति की बैठक",
        "रायपुर 5 अगस्त।",
        "कलेक्टर कार्यालय के सभाकक्ष में मंगलवार को जिला समन्वय समिति की बैठक हुई।",
    ]
    assert len(doc.sentences) == 6
    for unit in (*doc.sentences, *(doc.words or ()), *(doc.entities or ())):
        assert TEXT[unit.start : unit.end] == unit.text
    verma = _word(doc, "वर्मा")
    assert (verma.upos, verma.deprel, verma.ner) == ("PROPN", "nsubj", "E-NEP")
    assert doc.words[verma.head].text == "कहा" and doc.words[verma.head].lemma == "कह"  # type: ignore[index]
    assert _word(doc, "बताया").head is None and _word(doc, "बताया").sentence == 4


def test_adapter_decodes_ner_into_entity_kinds(doc: Document) -> None:
    found = [(e.text, e.label, e.kind) for e in doc.entities or ()]
    assert ("सुनीता वर्मा", "NEP", "person") in found
    assert ("रायपुर", "NEL", "place") in found
    assert ("जिला समन्वय समिति", "NEO", "organisation") in found
    assert ("5 अगस्त", "NETI", "time") in found


def test_adapter_realigns_drifted_offsets(ner_kinds, doc: Document) -> None:  # type: ignore[no-untyped-def]
    # stanza's offsets drift by 2 from the 4th sentence on; words must land on the raw text again
    cut = doc.sentences[3].start
    drifted = regex.sub(r"(start|end)_char=(\d+)", lambda m: f"{m[1]}_char={int(m[2]) + 2 * (int(m[2]) >= cut)}", PARSE)
    again = to_document(TEXT, CoNLL.conll2doc(input_str=drifted), ner_kinds)
    assert [(w.start, w.end) for w in again.words or ()] == [(w.start, w.end) for w in doc.words or ()]
    assert again.entities == doc.entities


def test_adapter_finds_words_without_offsets(ner_kinds, doc: Document) -> None:  # type: ignore[no-untyped-def]
    bare = regex.sub(r"start_char=\d+\|end_char=\d+\|", "", PARSE)
    again = to_document(TEXT, CoNLL.conll2doc(input_str=bare), ner_kinds)
    assert [(w.start, w.end) for w in again.words or ()] == [(w.start, w.end) for w in doc.words or ()]


def test_adapter_keeps_raw_surface_when_stanza_rewrites_a_token(ner_kinds) -> None:  # type: ignore[no-untyped-def]
    text = "बैठक हुयी।"
    sdoc = stanza.Document([[
        {"id": 1, "text": "बैठक", "start_char": 0, "end_char": 4},
        {"id": 2, "text": "हुई", "start_char": 5, "end_char": 9},  # normalised spelling, raw offsets
        {"id": 3, "text": "।", "start_char": 9, "end_char": 10},
    ]], text=text)
    got = to_document(text, sdoc, ner_kinds)
    assert [w.text for w in got.words or ()] == ["बैठक", "हुयी", "।"]


# --- loading, batching, errors -------------------------------------------------------------


def test_stanza_pipeline_is_built_lazily_once_with_the_right_options(fake_stanza, model_dir: Path) -> None:  # type: ignore[no-untyped-def]
    pipe = Pipeline(backend="stanza", backend_options={"model_dir": str(model_dir), "use_gpu": False})
    assert fake_stanza.built == []  # nothing loaded until a document arrives
    pipe.extract(TEXT)
    pipe.extract("बैठक हुई।")
    Pipeline(backend="stanza", backend_options={"model_dir": str(model_dir), "use_gpu": False}).extract(TEXT)
    assert fake_stanza.built == [{
        "lang": "hi", "dir": str(model_dir), "processors": PROCESSORS,
        "download_method": None, "use_gpu": False, "logging_level": "WARN",
    }]
    assert PROCESSORS == "tokenize,pos,lemma,depparse,ner"


def test_models_folder_comes_from_stanza_resources_dir(fake_stanza, model_dir: Path) -> None:  # type: ignore[no-untyped-def]
    extract("बैठक हुई।", backend="stanza")
    assert fake_stanza.built[0]["dir"] == str(model_dir) and fake_stanza.built[0]["use_gpu"] is None


def test_annotate_many_feeds_stanza_in_batches(fake_stanza, lexicons: Lexicons) -> None:  # type: ignore[no-untyped-def]
    backend = StanzaBackend(lexicons, batch_size=2)
    texts = ["बैठक हुई।", "सभा हुई।", "   ", TEXT, "अंत।", "समाप्त।"]
    docs = backend.annotate_many(texts)
    assert fake_stanza.batches == [2, 1, 2]  # the blank text is never sent to stanza
    assert [d.text for d in docs] == texts
    assert docs[2].words == [] and docs[3].entities
    assert pickle.loads(pickle.dumps(backend)).batch_size == 2  # ships to workers without the model


def test_extract_many_sends_each_chunk_to_stanza_as_one_batch(fake_stanza) -> None:  # type: ignore[no-untyped-def]
    texts = [TEXT, "बैठक हुई।", BARE_TEXT, "सभा हुई।", RELATIVE_TEXT]
    records = list(extract_many(texts, backend="stanza", chunk_size=3))
    assert fake_stanza.batches == [3, 2]  # one bulk_process call per chunk, not per document
    alone = [extract(t, backend="stanza", doc_id=str(i)) for i, t in enumerate(texts)]
    assert [r.model_dump() for r in records] == [r.model_dump() for r in alone]  # batching changes nothing
    assert any(s.speaker for s in records[0].statements)


def test_a_document_stanza_fails_on_fails_alone(fake_stanza, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    parse = FakeStanzaPipeline._parse

    def fragile(self, text: str) -> stanza.Document:  # type: ignore[no-untyped-def]
        if "विस्फोट" in text:
            raise RuntimeError("CUDA out of memory")
        return parse(self, text)

    monkeypatch.setattr(FakeStanzaPipeline, "_parse", fragile)
    results = list(extract_many(["बैठक हुई।", "विस्फोट हुआ।", TEXT], backend="stanza"))
    assert [type(r).__name__ for r in results] == ["MeetingRecord", "ErrorRow", "MeetingRecord"]
    assert "CUDA out of memory" in results[1].message and results[2].persons  # type: ignore[union-attr]
    assert fake_stanza.batches == [3, 1, 1, 1]  # the failed batch, then each document alone


def test_a_real_model_free_stanza_pipeline_runs_through_the_backend(tmp_path: Path, lexicons: Lexicons, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    # stanza's whitespace tokenizer needs no model: real stanza objects, real bulk_process
    (tmp_path / "resources.json").write_text("{}", encoding="utf-8")
    monkeypatch.setattr(backend_module, "_PIPELINES", {})
    backend = StanzaBackend(
        lexicons, model_dir=tmp_path, use_gpu=False, processors="tokenize",
        stanza_options={"tokenize_pretokenized": True, "allow_unknown_language": True},
    )
    texts = ["कोरबा 12 जुलाई। बैठक हुई\nश्री दीपक ने कहा ।", "दूसरा  दस्तावेज़"]
    first, second = backend.annotate_many(texts)
    assert [s.text for s in first.sentences] == ["कोरबा 12 जुलाई। बैठक हुई", "श्री दीपक ने कहा ।"]
    assert [w.text for w in second.words or ()] == ["दूसरा", "दस्तावेज़"] and second.words[1].start == 7  # type: ignore[index]
    assert first.entities == [] and not linguistic.has_ner(first) and first.words[0].head is None  # type: ignore[index]


def test_missing_models_folder_is_a_one_line_error(tmp_path: Path, lexicons: Lexicons, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setattr(backend_module, "_PIPELINES", {})
    backend = StanzaBackend(lexicons, model_dir=tmp_path / "empty")
    ok, why = backend.available()
    assert not ok and "hindi-meeting-extract models download" in why
    with pytest.raises(BackendUnavailable, match="models download") as info:
        backend.annotate("बैठक हुई।")  # the real stanza.Pipeline: ResourcesFileNotFoundError
    assert "\n" not in str(info.value)


@pytest.mark.parametrize(
    "error",
    [
        stanza.pipeline.core.LanguageNotDownloadedError("hi", "m/hi", "m/hi/tokenize/hdtb.pt"),
        stanza.resources.common.ResourcesFileNotFoundError("m/resources.json"),
        ValueError("No processors to load for language hi.  Language hi is currently unsupported"),
    ],
)
def test_stanza_load_errors_become_backend_unavailable(error, lexicons: Lexicons, model_dir: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    def failing(*args: object, **kwargs: object) -> None:
        raise error

    monkeypatch.setattr(stanza, "Pipeline", failing)
    monkeypatch.setattr(backend_module, "_PIPELINES", {})
    with pytest.raises(BackendUnavailable, match=r"not in .*hindi-meeting-extract models download"):
        StanzaBackend(lexicons, model_dir=model_dir).annotate("बैठक हुई।")


def test_available_with_models_folder(lexicons: Lexicons, model_dir: Path) -> None:
    assert StanzaBackend(lexicons, model_dir=model_dir).available() == (True, "")


def test_cli_models_download_failure_is_one_line(monkeypatch, tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    def offline(*args: object, **kwargs: object) -> None:
        raise ConnectionError("Max retries exceeded\nwith url: resources_1.15.0.json")

    monkeypatch.setattr(stanza, "download", offline)
    assert main(["models", "download", "--stanza-dir", str(tmp_path)]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "could not download" in err and "ConnectionError" in err


def test_cli_models_download_calls_stanza_download(monkeypatch, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    calls: list[tuple[tuple[object, ...], dict[str, object]]] = []
    monkeypatch.setattr(stanza, "download", lambda *a, **k: calls.append((a, k)))
    assert main(["models", "download", "--stanza-dir", str(tmp_path)]) == 0
    assert calls == [(("hi",), {"model_dir": str(tmp_path), "processors": PROCESSORS, "logging_level": "WARN"})]


def test_cli_extract_with_stanza_backend(fake_stanza, model_dir: Path, tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    f = tmp_path / "in.txt"
    f.write_text(TEXT, encoding="utf-8")
    assert main(["extract", "--backend", "stanza", "--stanza-dir", str(model_dir), str(f)]) == 0
    record = json.loads(capsys.readouterr().out)
    assert record["provenance"]["backend"] == "stanza"


def test_cli_stanza_backend_without_models_is_one_line(tmp_path: Path, monkeypatch, capsys) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setenv("STANZA_RESOURCES_DIR", str(tmp_path))  # restored after the test
    f = tmp_path / "in.txt"
    f.write_text(TEXT, encoding="utf-8")
    assert main(["extract", "--backend", "stanza", "--stanza-dir", str(tmp_path / "none"), str(f)]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "models download" in err


# --- linguistic helpers on the parse -------------------------------------------------------


def _at(cue: str, nth: int = 0) -> tuple[int, int]:
    starts = [m.start() for m in regex.finditer(regex.escape(cue), TEXT)]
    return starts[nth], starts[nth] + len(cue)


def test_person_spans_are_ner_names_without_honorific(doc: Document) -> None:
    assert [s.text for s in linguistic.person_spans(doc)] == ["सुनीता वर्मा", "अजय सिंह"]


def test_person_spans_without_ner_fall_back_to_proper_noun_runs(ner_kinds) -> None:  # type: ignore[no-untyped-def]
    untagged = to_document(TEXT, CoNLL.conll2doc(input_str=regex.sub(r"\|ner=\S+", "", PARSE)), ner_kinds)
    assert untagged.entities == []
    names = [s.text for s in linguistic.person_spans(untagged)]
    assert "सुनीता वर्मा" in names and "अजय सिंह" in names


def test_place_spans_are_ner_places(doc: Document) -> None:
    assert [(s.start, s.text) for s in linguistic.place_spans(doc)] == [(0, "रायपुर"), (TEXT.index("रायपुर 5"), "रायपुर")]


@pytest.mark.parametrize(
    ("cue", "nth", "speaker", "said"),
    [
        ("कहा", 0, "सुनीता वर्मा", "सभी विभाग समय पर काम पूरा करें"),
        ("बताया", 0, "उन्होंने", "अगली बैठक सितंबर में होगी"),
        ("कहा", 1, "अजय सिंह", "काम जल्द शुरू होगा"),  # subject on the conjoined verb दी
        ("जानकारी दी", 0, "अजय सिंह", None),  # a two-word cue; no कि-clause
    ],
)
def test_reporting_subject_and_clause(doc: Document, cue: str, nth: int, speaker: str, said: str | None) -> None:
    start, end = _at(cue, nth)
    subject = linguistic.reporting_subject(doc, start, end)
    assert subject is not None and subject.text == speaker and TEXT[subject.start : subject.end] == speaker
    clause = linguistic.reporting_clause(doc, start, end)
    assert (clause.text if clause else None) == said


def test_stanza_parse_reaches_the_stages(fake_stanza) -> None:  # type: ignore[no-untyped-def]
    analysis = Pipeline(backend="stanza").analyse(TEXT)
    assert analysis.doc.words and analysis.doc.entities
    assert [s.text for s in analysis.doc.sentences][-1].startswith("अजय सिंह")


# --- the stages use the parse (and the rules still run) ------------------------------------


def test_stages_find_bare_names_and_ner_place_with_stanza(fake_stanza) -> None:  # type: ignore[no-untyped-def]
    rules = Pipeline().extract(BARE_TEXT)
    parsed = Pipeline(backend="stanza").extract(BARE_TEXT)
    assert "मंगरू खलखो" not in [p.name for p in rules.persons] and rules.place is None
    names = {p.name: p for p in parsed.persons}
    assert "मंगरू खलखो" in names and "तेजस्विनी ओझा" in names
    assert names["मंगरू खलखो"].honorific is None
    assert [(s.speaker, s.text) for s in parsed.statements] == [(names["मंगरू खलखो"].id, "बीज समय पर मिलेंगे")]
    assert parsed.place is not None and (parsed.place.name, parsed.place.rule) == ("नवापारा", "ner place")
    for span in parsed.spans():
        assert BARE_TEXT[span.start : span.end] == span.text


def test_statement_speaker_from_the_parse_when_the_rules_lose_it(fake_stanza) -> None:  # type: ignore[no-untyped-def]
    assert Pipeline().extract(RELATIVE_TEXT).statements == []
    record = Pipeline(backend="stanza").extract(RELATIVE_TEXT)
    (statement,) = record.statements
    assert statement.speaker == record.persons[0].id and record.persons[0].name == "मंगरू खलखो"
    assert statement.rule.endswith("+nsubj/speech-after") and statement.text == "बीज समय पर मिलेंगे"


def test_rules_backend_results_do_not_change_with_the_hooks(fake_stanza) -> None:  # type: ignore[no-untyped-def]
    # the dateline town still wins over NER, and rule-found people keep their rules
    record = Pipeline(backend="stanza").extract(TEXT)
    assert record.place is not None and record.place.rule == "dateline town"
    assert [p.name for p in record.persons] == [p.name for p in Pipeline().extract(TEXT).persons]
