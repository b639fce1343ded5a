"""Headline and dateline detection (own example sentences)."""

import pytest

from hindi_meeting_extract.analysis import Analysis
from hindi_meeting_extract.backends import get_backend
from hindi_meeting_extract.layout import LayoutStage
from hindi_meeting_extract.lexicon import Lexicons


@pytest.fixture(scope="module")
def layout():
    lexicons = Lexicons.load()
    backend = get_backend("rules", lexicons)
    stage = LayoutStage(lexicons)

    def run(text: str) -> Analysis:
        analysis = Analysis(backend.annotate(text))
        stage(analysis)
        return analysis

    run.datelines = stage.datelines
    return run


def grounded(text, span):
    assert span is not None
    assert text[span.start : span.end] == span.text
    return span.text


def test_headline_and_dateline_with_date(layout):
    text = "नगर पालिका की साधारण सभा संपन्न\nकोरबा 12 जुलाई। नगर पालिका की बैठक में कई प्रस्ताव पारित हुए।"
    a = layout(text)
    assert grounded(text, a.title) == "नगर पालिका की साधारण सभा संपन्न"
    assert grounded(text, a.dateline) == "कोरबा 12 जुलाई।"


def test_no_headline_when_first_line_ends_in_danda(layout):
    text = "भोपाल। पुलिस अधीक्षक ने अपराध समीक्षा बैठक ली।\nबैठक में सभी थाना प्रभारी उपस्थित रहे।"
    a = layout(text)
    assert a.title is None
    assert grounded(text, a.dateline) == "भोपाल।"


def test_bullets_and_stars_are_not_part_of_the_headline(layout):
    text = "*पौधारोपण कार्यक्रम संपन्न*\nदेवरिया। विद्यालय परिसर में पौधारोपण किया गया।"
    a = layout(text)
    assert grounded(text, a.title) == "पौधारोपण कार्यक्रम संपन्न"


@pytest.mark.parametrize(
    ("first_line", "dateline"),
    [
        ("भिण्ड, 22 जून 2021। जिला योजना समिति की बैठक हुई।", "भिण्ड, 22 जून 2021।"),
        ("भिण्ड, २२ जून। जिला योजना समिति की बैठक हुई।", "भिण्ड, २२ जून।"),
        ("नई दिल्ली (एजेंसी)। मंत्रिमंडल की बैठक में निर्णय लिया गया।", "नई दिल्ली (एजेंसी)।"),
        ("रायपुर, दिनांक 12/07/2020: विभागीय अधिकारियों की बैठक ली गई।", "रायपुर, दिनांक 12/07/2020:"),
        ("(एजेंसी)5 मार्च, रीवा। नगर निगम की बैठक संपन्न हुई।", "(एजेंसी)5 मार्च, रीवा।"),
        ("सतना, मार्च 5 -- नगर निगम की बैठक संपन्न हुई।", "सतना, मार्च 5 --"),
        ("दैनिक प्रहरी ब्यूरो सीधी:-20 जुलाई !! बीती रात समिति की बैठक हुई।", "दैनिक प्रहरी ब्यूरो सीधी:-20 जुलाई !!"),
        ("मंडला,संवाददाता। जनपद पंचायत में बैठक हुई।", "मंडला,संवाददाता।"),
        ("पन्ना : वार्ड क्रमांक 4 में नागरिकों की बैठक हुई।", "पन्ना :"),
        ("दमोह आज दिनांक 5/3/24 को समिति की बैठक हुई।", "दमोह"),
        ("श्योपुर 07 जुलाई 2023/ कलेक्टर ने समिति की बैठक ली।", "श्योपुर 07 जुलाई 2023/"),
        ("नई दिल्ली, 5 जून (भाषा)। मंत्रिमंडल की बैठक हुई।", "नई दिल्ली, 5 जून (भाषा)।"),
        ("भोपाल : गुरूवार, जून 25, 2020, 17:42 IST", "भोपाल : गुरूवार, जून 25, 2020,"),
        ("जेएनएन, अंबाला। नगर परिषद की बैठक हुई।", "जेएनएन, अंबाला।"),
        ("सुरेश वर्मा, अंबाला। नगर परिषद की बैठक हुई।", "सुरेश वर्मा, अंबाला।"),
        ("बैतूल//नगर परिषद की बैठक हुई।", "बैतूल//"),
        ("राजगढ़ - किसान संघ की बैठक मंडी प्रांगण में हुई।", "राजगढ़ -"),
        ("लखनऊ: दिनांक: 12 जुलाई, 2020", "लखनऊ: दिनांक: 12 जुलाई, 2020"),
    ],
)
def test_dateline_forms(layout, first_line, dateline):
    text = "समिति की बैठक\n" + first_line
    assert grounded(text, layout(text).dateline) == dateline


def test_first_line_with_a_full_stop_is_no_headline(layout):
    text = "दमोह। नगर पालिका की बैठक हुई। सभी पार्षद उपस्थित रहे\nबैठक में बजट पारित किया गया।"
    assert layout(text).title is None


@pytest.mark.parametrize("line", ["आदर्श प्रदेश ब्यूरो", "हमारे संवाददाता", "न्यूज़ डेस्क"])
def test_byline_is_no_headline(layout, line):
    text = line + "\nशिमला। समिति की बैठक हुई।"
    a = layout(text)
    assert a.title is None
    assert grounded(text, a.dateline) == "शिमला।"


def test_headline_with_an_agency_word_inside_stays(layout):
    text = "जन जागरण अभियान पर प्रेस वार्ता\nदमोह। प्रेस वार्ता में अभियान की जानकारी दी गई।"
    assert grounded(text, layout(text).title) == "जन जागरण अभियान पर प्रेस वार्ता"


@pytest.mark.parametrize(
    ("first_line", "town"),
    [
        ("मंडला,संवाददाता। जनपद पंचायत में बैठक हुई।", "मंडला"),
        ("सुरेश वर्मा, अंबाला। नगर परिषद की बैठक हुई।", "अंबाला"),  # reporter, town
        ("मऊ/ सुरेश वर्मा। नगर परिषद की बैठक हुई।", "मऊ"),  # town / reporter
        ("भोपाल, नवप्रभा। नगर परिषद की बैठक हुई।", "भोपाल"),  # one word, then an unknown paper
    ],
)
def test_dateline_town(layout, first_line, town):
    text = "समिति की बैठक\n" + first_line
    analysis = layout(text)
    dateline = layout.datelines.find(analysis.doc)
    assert grounded(text, dateline.town) == town


def test_dateline_alone_on_its_line(layout):
    text = "समिति की बैठक\nभोपाल।\nनगर पालिका की बैठक में बजट पारित किया गया।"
    assert grounded(text, layout(text).dateline) == "भोपाल।"


def test_dateline_after_byline(layout):
    text = "समिति की बैठक में कई निर्णय\nराजेश कुमार\nसीहोर। नगर पालिका की बैठक में बजट पारित किया गया।"
    assert grounded(text, layout(text).dateline) == "सीहोर।"


def test_town_comma_only_on_first_body_line(layout):
    text = "वार्षिकोत्सव संपन्न\nखंडवा, विद्यालय में वार्षिकोत्सव का आयोजन किया गया।"
    assert grounded(text, layout(text).dateline) == "खंडवा,"
    later = "वार्षिकोत्सव संपन्न\nविद्यालय में कार्यक्रम हुआ\nखंडवा, विद्यालय में वार्षिकोत्सव का आयोजन किया गया।"
    assert layout(later).dateline is None


@pytest.mark.parametrize(
    "first_line",
    [
        "सत्य न्यूज़ । जिले में आज समिति की बैठक हुई।",  # a news agency, not a town
        "यहां क्लिक करें. और पढ़ें जिले की खबरें।",  # web boilerplate
        "डॉ. रमेश वर्मा ने बैठक की अध्यक्षता की।",  # an abbreviated title
        "बैठक संपन्न। सभी सदस्य उपस्थित रहे।",  # a meeting word
        "कोरोना:",  # a topic line with nothing after it
    ],
)
def test_not_a_dateline(layout, first_line):
    text = "समिति की बैठक\n" + first_line
    assert layout(text).dateline is None
