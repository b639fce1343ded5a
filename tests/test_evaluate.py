"""evaluate.py: the gold format's matching rules, and agreement with the reference scorer."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import FIXTURES, SHARED

from hindi_meeting_extract.cli import main
from hindi_meeting_extract.evaluate import (
    date_ok,
    designation_match,
    evaluate,
    fold,
    load_gold,
    match_persons,
    name_key,
    place_ok,
)

DEV = SHARED / "eval" / "dev"
SCORER = SHARED / "eval" / "score.py"


@pytest.mark.parametrize(
    ("a", "b"),
    [("नवदीप नन्दा", "नवदीप नंदा"), ("सन्तोष", "संतोष"), ("ज़िला", "जिला"), ("चाँद", "चांद"),
     ("प्रदेश-अध्यक्ष।", "प्रदेश अध्यक्ष"), ("सम्पन्न", "संपन्न")],
)
def test_evaluate_fold_equates_spellings(a, b):
    assert fold(a) == fold(b)


def test_evaluate_name_key_drops_honorifics_and_trailing_ji():
    assert name_key("श्री दीपक महस्के जी") == "दीपक महस्के"
    assert name_key("डॉ. राजीव सिंह") == "राजीव सिंह"
    assert name_key("जी के मोहंती") == "जी के मोहंती"  # a leading जी is an initial


@pytest.mark.parametrize(
    ("gold", "pred", "ok"),
    [("जिला अध्यक्ष", "जिलाध्यक्ष", True), ("सदस्य", "कार्यकारिणी सदस्यों", True),
     ("प्रदेश प्रभारी", "आई टी एवं सोशल मीडिया सेल के प्रदेश प्रभारी", True),
     ("प्रदेश प्रभारी", "जिला प्रभारी", False), ("सह संयोजक", " ".join(["शब्द"] * 13 + ["सह संयोजक"]), False)],
)
def test_evaluate_designation_match(gold, pred, ok):
    assert designation_match(gold, pred) is ok


def test_evaluate_match_persons_by_name_variant_and_ends():
    gold = [{"name": "अजय कुमार चंद्रा"}, {"name": "नवदीप नंदा", "variants": ["नवदीप नन्दा"]}, {"name": "राम"}]
    pred = [{"name": "नवदीप नन्दा"}, {"name": "श्री अजय चंद्रा जी"}, {"name": "श्याम"}]
    assert match_persons(gold, pred) == {0: 1, 1: 0}


def test_evaluate_date_and_place_rules():
    assert date_ok("--07-12", {"year": 2021, "month": 7, "day": 12})
    assert not date_ok("2021-07-12", {"year": None, "month": 7, "day": 12})
    assert date_ok(None, None) and not date_ok(None, {"month": 7, "day": 1})
    assert place_ok(["कोरबा", "कलेक्ट्रेट सभागार"], {"name": "कोरबा।"})
    assert place_ok([], None) and not place_ok([], {"name": "कोरबा"})


def test_evaluate_counts_a_small_document():
    gold = {"doc_id": "x", "date": "2024-03-05", "place": ["भिण्ड"], "mode": "in_person",
            "persons": [{"name": "राम कुमार", "designations": ["कलेक्टर"], "roles": ["chair", "speaker", "attendee"]},
                        {"name": "सीता देवी", "designations": [], "roles": ["attendee"]}],
            "statements": [{"speaker": "राम कुमार", "contains": "काम समय पर पूरा करें"}]}
    pred = {"doc_id": "x", "date": {"year": 2024, "month": 3, "day": 5}, "place": {"name": "भिंड"}, "mode": "virtual",
            "persons": [{"id": "p1", "name": "राम कुमार", "designations": ["जिला कलेक्टर"], "roles": ["chair"]},
                        {"id": "p2", "name": "गीता", "designations": ["सदस्य"], "roles": []}],
            "statements": [{"speaker": "p1", "text": "सभी विभाग काम समय पर पूरा करें।"}],
            "attendees": ["p1", "p2"]}
    s = evaluate([gold], [pred]).summary()
    assert s["persons"] == {"p": 0.5, "r": 0.5, "f": 0.5}
    assert s["designations"] == {"p": 0.5, "r": 1.0, "f": 0.6667}
    assert s["attendees"]["p"] == 0.5 and s["speakers"]["f"] == 1.0 and s["statements"]["f"] == 1.0
    assert s["roles"]["f"] == 1.0
    assert (s["date_acc"], s["place_acc"], s["mode_acc"]) == (1.0, 1.0, 0.0)
    row = evaluate([gold], [pred]).docs[0].to_dict()
    assert row["missed_persons"] == ["सीता देवी"] and row["extra_persons"] == ["गीता"]


def test_evaluate_missing_prediction_counts_as_empty():
    gold = {"doc_id": "y", "date": None, "place": [], "mode": None, "persons": [{"name": "राम कुमार"}],
            "statements": []}
    s = evaluate([gold], []).summary()
    assert s["missing"] == ["y"] and s["persons"]["r"] == 0.0 and s["date_acc"] == 1.0


def _noisy(gold: dict, k: int) -> dict:
    """A deterministic, imperfect prediction made from a gold annotation."""
    persons = []
    for i, g in enumerate(gold.get("persons", [])):
        if (i + k) % 5 == 3:
            continue  # missed person
        name = g["name"] if (i + k) % 4 else "श्री " + g["name"] + " जी"
        desigs = list(g.get("designations", []))[: 1 + (i + k) % 2] + (["सदस्य"] if (i + k) % 6 == 1 else [])
        roles = [r for r in g.get("roles", []) if r != "attendee" or (i + k) % 3]
        persons.append({"id": f"p{i}", "name": name, "designations": desigs, "roles": roles})
    persons.append({"id": "px", "name": "अतिरिक्त व्यक्ति", "designations": ["विधायक"], "roles": ["attendee"]})
    ids = {p["name"]: p["id"] for p in persons}
    statements = [{"speaker": ids.get(s["speaker"], "p0"), "text": "इसमें " + s["contains"] + " भी है"}
                  for j, s in enumerate(gold.get("statements", [])) if (j + k) % 3]
    date = None
    if gold.get("date") and k % 4:
        y, m, d = gold["date"].rsplit("-", 2)[0], int(gold["date"][-5:-3]), int(gold["date"][-2:])
        date = {"year": int(y) if y.strip("-") else None, "month": m, "day": d if k % 5 else d % 28 + 1}
    place = {"name": gold["place"][-1]} if gold.get("place") and k % 3 else ({"name": "कहीं"} if k % 7 == 0 else None)
    return {"doc_id": gold["doc_id"], "date": date, "place": place, "mode": "virtual" if k % 4 == 0 else "in_person",
            "persons": persons, "statements": statements, "attendees": [p["id"] for p in persons if k % 2]}


def _reference(gold_dir: Path, pred_path: Path) -> dict:
    out = subprocess.run([sys.executable, str(SCORER), str(gold_dir), str(pred_path), "--json"],
                         capture_output=True, text=True, check=True)
    return json.loads(out.stdout.strip().splitlines()[-1])


def _agree(ours: dict, ref: dict) -> None:
    for key, value in ref.items():
        if isinstance(value, dict):
            for k in ("p", "r", "f"):
                assert abs(ours[key][k] - value[k]) <= 0.01, (key, k, ours[key], value)
        elif isinstance(value, float):
            assert abs(ours[key] - value) <= 0.01, (key, ours[key], value)
    assert ours["docs"] == ref["docs"]


@pytest.mark.skipif(not (DEV / "gold").is_dir() or not SCORER.exists(), reason="shared dev set not available")
def test_evaluate_agrees_with_reference_scorer_on_noisy_gold(tmp_path):
    gold = load_gold(DEV / "gold")
    pred_path = tmp_path / "noisy.jsonl"
    pred_path.write_text("".join(json.dumps(_noisy(g, k), ensure_ascii=False) + "\n" for k, g in enumerate(gold)),
                         encoding="utf-8")
    ours = evaluate(gold, [json.loads(x) for x in pred_path.read_text(encoding="utf-8").splitlines()]).summary()
    ref = _reference(DEV / "gold", pred_path)
    assert 0.3 < ours["persons"]["f"] < 1.0  # the noise must make the comparison meaningful
    _agree(ours, ref)


@pytest.mark.slow
@pytest.mark.skipif(not (DEV / "gold").is_dir() or not SCORER.exists(), reason="shared dev set not available")
def test_evaluate_agrees_with_reference_scorer_on_library_output(tmp_path, capsys):
    pred_path = tmp_path / "pred.jsonl"
    assert main(["batch", str(DEV / "texts"), "-o", str(pred_path), "--quiet"]) == 0
    assert main(["evaluate", str(DEV / "gold"), str(pred_path), "--json"]) == 0
    ours = json.loads(capsys.readouterr().out.strip().splitlines()[-1])
    _agree(ours, _reference(DEV / "gold", pred_path))


def test_evaluate_cli_texts_on_fixtures(capsys):
    gold_dir = FIXTURES / "gold"
    if not any(gold_dir.glob("*.json")):
        pytest.skip("no fixture gold")
    assert main(["evaluate", str(gold_dir), "--texts", str(FIXTURES / "releases"), "--per-doc"]) == 0
    out = capsys.readouterr().out
    assert "persons" in out and "mode_acc" in out and '"doc_id"' in out


def test_evaluate_cli_needs_exactly_one_prediction_source(capsys):
    assert main(["evaluate", str(FIXTURES / "gold")]) == 2
    assert "either PRED.jsonl or --texts" in capsys.readouterr().err


# ---------------------------------------------------------------- bad input: one line, exit 2
GOLD = {"doc_id": "x", "date": None, "place": ["कोरबा"], "mode": None, "persons": [{"name": "राम कुमार"}],
        "statements": []}
PRED = {"doc_id": "x", "persons": [{"id": "p1", "name": "राम कुमार"}], "place": {"name": "कोरबा"}}


def _gold_dir(tmp_path: Path, name: str = "x.json", body: str | bytes | None = None) -> Path:
    folder = tmp_path / "gold"
    folder.mkdir(exist_ok=True)
    data = json.dumps(GOLD, ensure_ascii=False) if body is None else body
    (folder / name).write_bytes(data if isinstance(data, bytes) else data.encode("utf-8"))
    return folder


def _one_line_error(capsys, *needles: str) -> None:
    err = capsys.readouterr().err
    assert "Traceback" not in err and err.count("\n") == 1, err
    for needle in needles:
        assert needle in err, err


@pytest.mark.parametrize(
    ("pred", "needles"),
    [(b'{"doc_id": "x"}\n{"doc_id": "y", \n', ("pred.jsonl:2", "not valid JSON")),
     (b'["x"]\n', ("pred.jsonl:1", "doc_id")),
     ('{"doc_id": "x", "title": "कोरबा"}\n'.encode("utf-16"), ("pred.jsonl", "invalid UTF-8 at byte 0"))],
    ids=["malformed-line", "not-a-record", "not-utf8"],
)
def test_evaluate_cli_bad_prediction_file_is_one_line_error(tmp_path, capsys, pred, needles):
    path = tmp_path / "pred.jsonl"
    path.write_bytes(pred)
    assert main(["evaluate", str(_gold_dir(tmp_path)), str(path)]) == 2
    _one_line_error(capsys, *needles)


@pytest.mark.parametrize(
    ("body", "needles"),
    [('{"doc_id": "x", "persons": [', ("x.json", "not valid JSON")),
     (json.dumps({"persons": []}), ("x.json", "no doc_id")),
     (json.dumps({"doc_id": "x", "date": "12 जुलाई"}), ("x.json", "YYYY-MM-DD")),
     (json.dumps({"doc_id": "x", "persons": [{"names": "राम"}]}), ("persons[0] needs a name",)),
     (b"\xff\xfe{}", ("x.json", "invalid UTF-8"))],
    ids=["malformed", "no-doc-id", "bad-date", "person-without-name", "not-utf8"],
)
def test_evaluate_cli_bad_gold_file_is_one_line_error(tmp_path, capsys, body, needles):
    path = tmp_path / "pred.jsonl"
    path.write_text(json.dumps(PRED, ensure_ascii=False) + "\n", encoding="utf-8")
    assert main(["evaluate", str(_gold_dir(tmp_path, body=body)), str(path)]) == 2
    _one_line_error(capsys, *needles)


def test_evaluate_cli_missing_gold_dir_is_one_line_error(tmp_path, capsys):
    assert main(["evaluate", str(tmp_path / "nope"), "--texts", str(tmp_path)]) == 2
    _one_line_error(capsys, "does not exist")


def test_evaluate_cli_texts_in_the_wrong_directory_is_an_error_not_zero_scores(tmp_path, capsys):
    (tmp_path / "other").mkdir()
    (tmp_path / "other" / "y.txt").write_text("कोरबा 12 जुलाई। बैठक हुई।", encoding="utf-8")
    assert main(["evaluate", str(_gold_dir(tmp_path)), "--texts", str(tmp_path / "other")]) == 2
    _one_line_error(capsys, "no <doc_id>.txt file", "other")
    assert main(["evaluate", str(_gold_dir(tmp_path)), "--texts", str(tmp_path / "absent")]) == 2
    _one_line_error(capsys, "does not exist")


def test_evaluate_cli_predictions_for_other_documents_are_an_error(tmp_path, capsys):
    path = tmp_path / "pred.jsonl"
    path.write_text(json.dumps(PRED | {"doc_id": "elsewhere"}, ensure_ascii=False) + "\n", encoding="utf-8")
    assert main(["evaluate", str(_gold_dir(tmp_path)), str(path)]) == 2
    _one_line_error(capsys, "none of the 1 records")


def test_evaluate_texts_finds_a_doc_id_with_a_slash(tmp_path, capsys):
    gold = GOLD | {"doc_id": "2024/x"}
    gold_dir = _gold_dir(tmp_path, body=json.dumps(gold, ensure_ascii=False))
    (tmp_path / "texts" / "2024").mkdir(parents=True)
    (tmp_path / "texts" / "2024" / "x.txt").write_text("कोरबा 12 जुलाई। श्री राम कुमार उपस्थित थे।", encoding="utf-8")
    assert main(["evaluate", str(gold_dir), "--texts", str(tmp_path / "texts"), "--json"]) == 0
    summary = json.loads(capsys.readouterr().out)
    assert summary["missing"] == [] and summary["persons"]["f"] == 1.0 and summary["place_acc"] == 1.0
