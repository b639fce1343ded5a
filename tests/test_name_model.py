"""The shipped person-name model: it loads, reproduces its recorded IL-NER dev score, is built
deterministically, and its API behaves on sentences written for these tests."""

from __future__ import annotations

import hashlib
import json
import shutil
import subprocess
import sys
import threading
from pathlib import Path

import pytest

from hindi_meeting_extract import ilner
from hindi_meeting_extract.errors import HindiMeetingExtractError, NameModelError
from hindi_meeting_extract.lexicon import Lexicons
from hindi_meeting_extract.name_model import (
    FEATURE_VERSION,
    METADATA_FILE,
    MODEL_FILE,
    NameTagger,
    WordFeatures,
    lexicon_classes,
    TRAINING_LEXICONS_WITHOUT,
    lexicon_fingerprint,
    model_attributes,
)
from hindi_meeting_extract.segment import tokenize

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "src" / "hindi_meeting_extract" / "data"
BUILD = ROOT / "scripts" / "build_name_model.py"
ILNER = ilner.find_data_dir(ROOT)
needs_ilner = pytest.mark.skipif(ILNER is None, reason="IL-NER Hindi data (shared/data/il-ner-hi) not found")


def words(sentence: str) -> list[str]:
    return [t.text for t in tokenize(sentence)]


@pytest.fixture(scope="module")
def tagger() -> NameTagger:
    return NameTagger.load()


@pytest.fixture(scope="module")
def meta() -> dict:
    return json.loads((DATA / METADATA_FILE).read_text(encoding="utf-8"))


# --- the shipped file --------------------------------------------------------------------


def test_shipped_model_metadata(meta):
    model = (DATA / MODEL_FILE).read_bytes()
    assert len(model) <= 20 * 1024 * 1024
    assert meta["sha256"] == hashlib.sha256(model).hexdigest()
    assert meta["feature_version"] == FEATURE_VERSION
    assert meta["source"]["licence"] == "CC-BY-4.0"
    assert "IL-NER" in meta["source"]["attribution"] and "arXiv:2405.04829" in meta["source"]["attribution"]
    assert meta["dev_scores"]["person"]["gold"] == 129


def test_shipped_model_matches_packaged_lexicons(meta):
    """The model's lexicon features were built from the lexicons shipped with it (less the
    generated name lists, which it is trained without: TRAINING_LEXICONS_WITHOUT)."""
    fingerprint = lexicon_fingerprint(lexicon_classes(Lexicons.load(without=TRAINING_LEXICONS_WITHOUT)))
    assert meta["lexicon_fingerprint"] == fingerprint, (
        "the lexicons changed since the name model was built: run scripts/build_name_model.py"
    )


@needs_ilner
def test_shipped_model_reproduces_recorded_dev_score(tagger, meta):
    dev = ilner.read(ILNER / "dev.tsv")
    gold = [ilner.spans(tags) for _, tags in dev]
    pred = [[(s, e) for s, e, _ in tagger.person_spans(w)] for w, _ in dev]
    got = ilner.score(gold, pred)
    recorded = meta["dev_scores"]["person"]
    for key in ("exact_p", "exact_r", "exact_f1", "overlap_p", "overlap_r", "overlap_f1"):
        assert got[key] == pytest.approx(recorded[key], abs=0.001), key
    assert got["predicted"] == recorded["predicted"]


@needs_ilner
def test_build_is_deterministic(tmp_path):
    """Two builds from the same data (a small slice, few iterations) give identical files."""
    outs = []
    for name in ("a", "b"):
        out = tmp_path / name
        subprocess.run(
            [sys.executable, str(BUILD), "--data", str(ILNER), "--out", str(out), "--limit", "800",
             "--max-iterations", "15"],
            check=True, capture_output=True, env={"PYTHONPATH": str(ROOT / "src"), "PATH": "/usr/bin:/bin"},
        )
        outs.append(((out / MODEL_FILE).read_bytes(), (out / METADATA_FILE).read_bytes()))
    assert outs[0] == outs[1]
    assert json.loads(outs[0][1])["training_data"]["limited_to"] == 800


@needs_ilner
@pytest.mark.slow
def test_full_build_reproduces_shipped_model(tmp_path):
    """The build script, run on IL-NER as it is, writes exactly the shipped model and metadata."""
    subprocess.run(
        [sys.executable, str(BUILD), "--data", str(ILNER), "--out", str(tmp_path)],
        check=True, capture_output=True, env={"PYTHONPATH": str(ROOT / "src"), "PATH": "/usr/bin:/bin"},
    )
    assert (tmp_path / MODEL_FILE).read_bytes() == (DATA / MODEL_FILE).read_bytes()
    assert (tmp_path / METADATA_FILE).read_bytes() == (DATA / METADATA_FILE).read_bytes()


def test_name_words_are_words_used_mostly_in_names():
    """The gate's name words from training: in names at least as often as outside them where
    persons are annotated; a word in one name only, with no other use anywhere."""
    import importlib.util

    spec = importlib.util.spec_from_file_location("build_name_model", BUILD)
    build = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(build)  # type: ignore[union-attr]
    train = [
        (["सुनीता", "मेश्राम", "ने", "दर्द", "की", "बात", "कही"], ["B-NEP", "I-NEP", "O", "O", "O", "O", "O"]),
        (["डॉ.", "रघुवीर", "दर्द", "ने", "कहा"], ["O", "B-NEP", "I-NEP", "O", "O"]),
        (["मेश्राम", "आए"], ["B-NEP", "O"]),
        (["कोमल", "सिंह", "आए"], ["B-NEP", "I-NEP", "O"]),
        (["कोमल", "कपड़े"], ["O", "O"]),  # after the annotated part: an ordinary use
    ]
    got = build.name_words(train, annotated=4)
    assert "मेश्राम" in got  # twice in names, never outside
    assert "सुनीता" in got and "रघुवीर" in got and "सिंह" in got  # once in a name, no other use
    assert "दर्द" not in got  # once in a name, once outside it
    assert "कोमल" not in got  # once in a name, used outside the annotated part


# --- the API -----------------------------------------------------------------------------


def test_load_is_cached(tagger):
    assert NameTagger.load() is tagger


def test_probabilities_one_per_word_in_range(tagger):
    w = words("सम्मेलन में अनिल कुमार ने अध्यक्षता की ।")
    probs = tagger.person_probabilities(w)
    assert len(probs) == len(w)
    assert all(0.0 <= p <= 1.0 for p in probs)
    assert tagger.person_probabilities([]) == []
    assert tagger.person_spans([]) == []


def test_names_score_high_and_function_words_low(tagger):
    w = words("कार्यक्रम में दीपक चौहान , रश्मि वर्मा और मोहित ठाकुर ने भाग लिया ।")
    probs = dict(zip(w, tagger.person_probabilities(w)))
    for name_word in ("दीपक", "चौहान", "रश्मि", "वर्मा", "मोहित", "ठाकुर"):
        assert probs[name_word] > 0.5, name_word
    for other in ("कार्यक्रम", "में", ",", "और", "ने", "भाग", "लिया", "।"):
        assert probs[other] < 0.2, other


def test_spans_of_a_comma_separated_list(tagger):
    w = words("कार्यक्रम में दीपक चौहान , रश्मि वर्मा और मोहित ठाकुर ने भाग लिया ।")
    spans = tagger.person_spans(w)
    assert [(s, e) for s, e, _ in spans] == [(2, 4), (5, 7), (8, 10)]
    assert all(0.5 < c <= 1.0 for _, _, c in spans)


def test_bare_list_without_commas_is_covered(tagger):
    """A list with no commas: every name word is inside some span and nothing else is.
    (Where one name ends and the next begins is for the list reader to decide.)"""
    w = words("बैठक में सुरेश पाटिल नेहा जोशी विनोद राठौर मौजूद रहे ।")
    inside = {i for s, e, _ in tagger.person_spans(w) for i in range(s, e)}
    assert inside == set(range(2, 8))


def test_honorific_stays_outside_the_span(tagger):
    w = words("डॉ. सुनीता मेहता ने कहा कि योजना जल्द पूरी होगी ।")
    spans = [(s, e) for s, e, _ in tagger.person_spans(w)]
    assert spans == [(w.index("सुनीता"), w.index("मेहता") + 1)]


def test_sentence_without_names_has_no_spans_and_fails_the_gate(tagger):
    w = words("जिलाधिकारी ने कहा कि सभी विभाग समय पर काम पूरा करें ।")
    assert tagger.person_spans(w) == []
    assert not tagger.worth_tagging(w)
    assert not tagger.worth_tagging(words("यह काम कल तक पूरा होगा ।"))


def test_gate_passes_sentences_with_a_name_cue(tagger):
    assert tagger.worth_tagging(words("बैठक में राकेश भी आए ।"))  # a given name of the lexicon
    assert tagger.worth_tagging(words("श्री पोखरियाल ने कहा ।"))  # an honorific


def test_cue_windows_and_tagging_near_cues(tagger):
    w = words("आज सुबह से बारिश हो रही थी और शाम को बैठक में राकेश पाठक ने सबका स्वागत किया ।")
    cue = w.index("राकेश")  # and पाठक, a surname, right after it
    windows = tagger.cue_windows(w, margin=2)
    assert windows == [(cue - 2, cue + 4)]
    assert tagger.person_spans_near_cues(w, margin=2)[0][:2] == (cue, cue + 2)
    assert tagger.cue_windows(words("यह काम कल तक पूरा होगा ।")) == []
    two = words("राकेश और अनिल")  # windows that overlap are merged
    assert tagger.cue_windows(two, margin=1) == [(0, 3)]


def test_bigger_name_list_is_used_without_retraining(tmp_path):
    """An extra lexicon adds given names: the gate and the features see them at once."""
    extra = tmp_path / "more_names.toml"
    extra.write_text('[meta]\nname = "names"\nversion = "x"\n\n[given_names]\nitems = ["ज़ोरावरप्रीत"]\n', encoding="utf-8")
    plain = NameTagger.load()
    more = NameTagger.load(Lexicons.load([extra]))
    assert more is not plain
    w = words("कल ज़ोरावरप्रीत यहाँ आया ।")
    assert more.worth_tagging(w) and not plain.worth_tagging(w)
    assert "L=GN" in more.features.sentence(w)[1]
    assert "L=GN" not in plain.features.sentence(w)[1]


def test_threads_share_a_tagger(tagger):
    w = words("सभा में प्रिया शर्मा और अनिल कुमार बोले ।")
    expected = tagger.person_probabilities(w)
    results: list[list[float]] = []

    def run() -> None:
        for _ in range(50):
            results.append(tagger.person_probabilities(w))

    threads = [threading.Thread(target=run) for _ in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert len(results) == 200 and all(r == expected for r in results)


def test_tagger_pickles(tagger):
    """A spawned batch worker receives the pipeline (and its tagger) pickled."""
    import pickle

    w = words("सभा में प्रिया शर्मा बोलीं ।")
    copy = pickle.loads(pickle.dumps(tagger))
    assert copy.person_spans(w) == tagger.person_spans(w)
    assert copy.worth_tagging(w)


def test_word_features_are_cached_per_form():
    features = WordFeatures(lexicon_classes(Lexicons.load()))
    assert features.word("सुनीता") is features.word("सुनीता")
    assert features.sentence(["सुनीता"])[0][:2] == ["b", "w=सुनीता"]


def reference_probabilities(tagger: NameTagger, ws: list[str]) -> list[float]:
    """The plain way: every feature of :meth:`WordFeatures.sentence` as str, summed per label."""
    crf = tagger._tagger()
    crf.set(tagger.features.sentence(ws))
    return [min(1.0, sum(crf.marginal(lb, i) for lb in tagger._person_labels)) for i in range(len(ws))]


def test_model_attributes_are_those_with_weights(tagger):
    known = model_attributes((DATA / MODEL_FILE).read_bytes())
    info = tagger._tagger().info()
    assert known == {attr for attr, _ in info.state_features}
    assert model_attributes(b"not a model") is None
    assert model_attributes(b"lCRF" + bytes(60)) is None


OWN_SENTENCES = (
    "सभा में प्रिया शर्मा बोलीं ।",
    "बैठक में सुनीता मेश्राम राकेश यादव उपस्थित थे",
    "कल जिलाधिकारी ने गांव का दौरा किया और किसानों से बात की ।",
    "डॉ. अनिल कुमार , श्री मोहन लाल गुप्ता तथा रीना देवी ने भाग लिया",
    "राम",
    "एक दो",
    "xyzzy qwerty ने कहा कि 2024 में १२ लोग आए !",
)


def test_fast_features_give_identical_probabilities_and_tags(tagger):
    """The tagging path (known attributes only, encoded, cached tuples) changes no number."""
    crf = tagger._tagger()
    for sentence in OWN_SENTENCES:
        ws = words(sentence)
        assert tagger.person_probabilities(ws) == reference_probabilities(tagger, ws)
        assert crf.tag(tagger.features.items(ws)) == crf.tag(tagger.features.sentence(ws))
        n = len(ws)
        assert len(tagger.features.items(ws)) == n
        assert tagger.features.items(ws)[0] == tuple(
            f.encode() for f in tagger.features.sentence(ws)[0] if f in model_attributes((DATA / MODEL_FILE).read_bytes())
        )


@needs_ilner
def test_fast_features_identical_on_ilner_dev(tagger):
    for ws, _ in ilner.read(ILNER / "dev.tsv")[::3]:
        assert tagger.person_probabilities(ws) == reference_probabilities(tagger, ws)


# --- broken files --------------------------------------------------------------------------


def copy_model(tmp_path: Path) -> Path:
    shutil.copy(DATA / MODEL_FILE, tmp_path / MODEL_FILE)
    shutil.copy(DATA / METADATA_FILE, tmp_path / METADATA_FILE)
    return tmp_path / MODEL_FILE


def one_line_error(path: Path) -> str:
    with pytest.raises(NameModelError) as err:
        NameTagger.load(path=path)
    assert isinstance(err.value, HindiMeetingExtractError)
    message = str(err.value)
    assert "\n" not in message
    return message


def test_missing_model_is_a_clear_error(tmp_path):
    message = one_line_error(tmp_path / "absent.crfsuite")
    assert "missing" in message and "absent.crfsuite" in message and "build_name_model.py" in message


def test_missing_metadata_is_a_clear_error(tmp_path):
    path = copy_model(tmp_path)
    (tmp_path / METADATA_FILE).unlink()
    assert "metadata" in one_line_error(path)


def test_corrupt_model_is_a_clear_error(tmp_path):
    path = copy_model(tmp_path)
    data = bytearray(path.read_bytes())
    data[len(data) // 2] ^= 0xFF
    path.write_bytes(bytes(data))
    assert "corrupt" in one_line_error(path)


def test_model_of_another_feature_set_is_a_clear_error(tmp_path):
    path = copy_model(tmp_path)
    meta = json.loads((tmp_path / METADATA_FILE).read_text(encoding="utf-8"))
    meta["feature_version"] = "0"
    (tmp_path / METADATA_FILE).write_text(json.dumps(meta), encoding="utf-8")
    assert "feature set" in one_line_error(path)
