"""The name tagger inside the person stage: bare names the rules cannot anchor, a lazy load.

Every sentence here is written for these tests (no corpus or dev text).
"""

from __future__ import annotations

import pytest
from person_helpers import names, run  # noqa: F401  (run is a fixture)

from hindi_meeting_extract import Pipeline


def rules(analysis, name: str) -> list[str]:
    for p in analysis.persons:
        if p.name == name:
            return [m.rule for m in p.mentions]
    raise AssertionError(f"{name!r} not among {names(analysis)}")


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("सभा में झब्बू लाल ने भजन गाया।", "झब्बू लाल"),
        ("गांव के बुजुर्ग फकीरचंद मरकाम ने सबका स्वागत किया।", "फकीरचंद मरकाम"),
    ],
)
def test_a_bare_name_before_ne_is_proposed_by_the_model(run, text, name):
    analysis = run(text)
    assert names(analysis) == [name] and rules(analysis, name) == ["model"]


@pytest.mark.parametrize(
    "text",
    [
        "ग्राम पंचायत ने प्रस्ताव पारित किया और नगर निगम को भेजा।",
        "पुलिस ने आरोपी को गिरफ्तार कर लिया।",
        "शिविर में डॉक्टरों की टीम ने मरीजों की जांच की।",
    ],
)
def test_institutions_and_nouns_before_ne_are_not_names(run, text):
    assert names(run(text)) == []


def test_a_known_longer_name_gives_the_start(run):
    text = "बैठक में एसडीएम बिसाहू राम वर्मा उपस्थित रहे। बिसाहू राम वर्मा ने कहा कि काम जल्द होगा।"
    assert names(run(text)) == ["बिसाहू राम वर्मा"]


def test_the_tagger_loads_lazily_and_once():
    pipe = Pipeline()
    stage = next(s for s in pipe._stages if type(s).__name__ == "PersonStage")
    assert stage.model._tagger is None  # building a pipeline loads no model
    pipe.extract("कोरबा, 12 जुलाई। बैठक हुई।")
    first = stage.model._tagger
    pipe.extract("सभा में झब्बू लाल ने भजन गाया।")
    assert stage.model._tagger is not None and (first is None or stage.model._tagger is first)
    again = stage.model._tagger
    pipe.extract("सभा में झब्बू लाल ने भजन गाया।")
    assert stage.model._tagger is again


def test_a_descriptor_before_a_model_name_is_left_out(run):
    assert names(run("गांव की बुजुर्ग विधवा सुखिया बाई ने पेंशन की मांग की।")) == ["सुखिया बाई"]
    assert names(run("किसी दुकानदार ने शिकायत नहीं की।")) == []
