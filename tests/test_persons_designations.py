"""Designation phrases as anchors: the name after an office, its designation.

Every sentence here is written for these tests (no corpus or dev text).
"""

from __future__ import annotations

import pytest
from person_helpers import designations, names, person, run  # noqa: F401  (run is a fixture)

from hindi_meeting_extract.lexicon import Lexicons
from hindi_meeting_extract.persons import PersonStage


# ---------------------------------------------------------------- designations as anchors
def test_name_after_designation(run):
    a = run("भाजपा के जिला अध्यक्ष मधुकर लाल यादव ने बैठक ली।")
    assert names(a) == ["मधुकर लाल यादव"]
    assert designations(a, "मधुकर लाल यादव") == ["जिला अध्यक्ष"]


def test_list_of_officers_each_with_designation(run):
    a = run("बैठक में एसडीएम प्रकाश कुमार, सीईओ जिला पंचायत जेपी वर्मा, तहसीलदार अनिल शुक्ला उपस्थित रहे।")
    assert names(a) == ["प्रकाश कुमार", "जेपी वर्मा", "अनिल शुक्ला"]
    assert designations(a, "जेपी वर्मा") == ["सीईओ जिला पंचायत"]
    assert designations(a, "अनिल शुक्ला") == ["तहसीलदार"]


def test_one_word_name_needs_a_postposition(run):
    a = run("केंद्रीय खेल मंत्री अनुरागवर्धन ने कहा कि खिलाड़ी तैयार हैं।")
    assert names(a) == ["अनुरागवर्धन"]
    assert run("मुख्यमंत्री हेल्पलाइन, जनसुनवाई और अन्य शिकायतें देखी गईं।").persons == []


def test_designation_only_references_create_nobody(run):
    assert run("कलेक्टर ने निर्देश दिए कि काम समय पर हो।").persons == []
    assert run("भाजपा विधायक ने कहा कि सड़क बनेगी।").persons == []
    assert run("पुलिस अधीक्षक द्वारा समीक्षा की गई।").persons == []


def test_place_before_name_is_dropped_when_used_alone(run):
    a = run("रतलाम। बैठक रतलाम में हुई। एसडीएम रतलाम सुनील कुमार वर्मा उपस्थित थे।")
    assert names(a) == ["सुनील कुमार वर्मा"]


@pytest.mark.parametrize(
    ("text", "name", "expected"),
    [
        ("जिला अध्यक्ष डॉ राघव शर्मा ने कहा कि सदस्यता बढ़ेगी।", "राघव शर्मा", ["जिला अध्यक्ष"]),
        ("युवा मोर्चा के जिला अध्यक्ष श्री मनोज साहू ने कहा।", "मनोज साहू", ["जिला अध्यक्ष"]),
        ("इस मौके पर श्री हरीश पटेल, जिला अध्यक्ष, ने स्वागत किया।", "हरीश पटेल", ["जिला अध्यक्ष"]),
        ("इस मौके पर विमला देवी (जिला उपाध्यक्ष) ने स्वागत किया।", "विमला देवी", ["जिला उपाध्यक्ष"]),
        ("प्रदेश प्रभारी (युवा मोर्चा) श्री कमलेश सोनी ने संबोधित किया।", "कमलेश सोनी", ["प्रदेश प्रभारी"]),
        ("केंद्रीय स्वास्थ्य मंत्री श्री अनिल चौबे ने कहा।", "अनिल चौबे", ["केंद्रीय स्वास्थ्य मंत्री"]),
        ("समिति के उपाध्यक्ष एवं मुख्य अभियंता राजेश खन्ना ने कहा।", "राजेश खन्ना", ["उपाध्यक्ष", "मुख्य अभियंता"]),
    ],
)
def test_designation_positions(run, text, name, expected):
    a = run(text)
    assert person(a, name)
    assert designations(a, name) == expected


def test_office_written_after_the_name_in_a_list(run):
    a = run("बैठक में श्री रमेश साहू जिला अध्यक्ष, श्री गोपाल वर्मा महामंत्री एवं श्री अनिल जैन उपस्थित थे।")
    assert names(a) == ["रमेश साहू", "गोपाल वर्मा", "अनिल जैन"]
    assert designations(a, "रमेश साहू") == ["जिला अध्यक्ष"]
    assert designations(a, "गोपाल वर्मा") == ["महामंत्री"]
    assert designations(a, "अनिल जैन") == []


def test_office_and_institution_before_a_titled_name(run):
    a = run("समारोह की अध्यक्षता कुलपति कृषि एवं उद्यानिकी विश्वविद्यालय रीवा प्रो. सुधीर नायक करेंगे।")
    assert designations(a, "सुधीर नायक") == ["कुलपति कृषि"]


def test_designation_before_a_list_belongs_to_the_first_name(run):
    a = run("जिला संयोजक श्री आकाश वर्मा, श्री नितिन जोशी एवं श्री पवन राठौर उपस्थित थे।")
    assert names(a) == ["आकाश वर्मा", "नितिन जोशी", "पवन राठौर"]
    assert designations(a, "आकाश वर्मा") == ["जिला संयोजक"]
    assert designations(a, "नितिन जोशी") == []
    assert designations(a, "पवन राठौर") == []


def test_event_roles_are_not_designations(run):
    a = run("मुख्य अतिथि श्री गोपाल शरण तिवारी ने फीता काटा।")
    assert designations(a, "गोपाल शरण तिवारी") == []
