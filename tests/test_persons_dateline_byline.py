"""A reporter named in parentheses in the dateline (``TOWN, DATE (NAME):``): a person with no
roles; an agency or newspaper in the same place is none. Sentences written for these tests."""

from __future__ import annotations

import pytest
from person_helpers import names, person, run  # noqa: F401  (run is a fixture)

BODY = " व्यापार मंडल की मासिक बैठक आज अध्यक्ष के निवास पर हुई।"


@pytest.mark.parametrize(
    ("dateline", "name"),
    [
        ("रोहतक, 4 मार्च (सुनील शर्मा):", "सुनील शर्मा"),
        ("रोहतक/ 4 मार्च 2024 (मनोज कुमार)।", "मनोज कुमार"),
        ("रोहतक, 4 मार्च (हरपाल सिंह संधू):", "हरपाल सिंह संधू"),
        ("रोहतक (विकास गोयल)।", "विकास गोयल"),
    ],
)
def test_reporter_in_parentheses_after_the_dateline(run, dateline, name):
    analysis = run("व्यापारियों की बैठक\n" + dateline + BODY)
    assert names(analysis) == [name]
    assert not person(analysis, name).roles


@pytest.mark.parametrize(
    "dateline",
    [
        "रोहतक, 4 मार्च (निसं):",
        "रोहतक, 4 मार्च (भाषा):",
        "नई दिल्ली (एजेंसी)।",
        "रोहतक, 4 मार्च (अमर उजाला):",  # a newspaper, though अमर is a first name
        "रोहतक, 4 मार्च (हमारे संवाददाता):",
        "लोरमी (मुंगेली)।",
    ],
)
def test_agency_or_district_in_parentheses_is_no_person(run, dateline):
    assert names(run("व्यापारियों की बैठक\n" + dateline + BODY)) == []


def test_parentheses_below_the_head_are_no_byline(run):
    # the same shape deep in the text is an aside, not the dateline's reporter
    text = "व्यापारियों की बैठक\nरोहतक। बैठक हुई।\nसभी आए।\nनए सदस्य जुड़े।\nबाजार, 4 मार्च (सुनील शर्मा):" + BODY
    assert all(p.mentions[0].rule != "byline" for p in run(text).persons)
