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
        # a bracketed state, district or agency between the town and its date
        ("आरा (बिहार), 14 अगस्त 2024। प्रखंड कार्यालय में बैठक हुई।", "आरा (बिहार), 14 अगस्त 2024।"),
        ("सीकर (निसं) 5 जून। किसान संघ की बैठक हुई।", "सीकर (निसं) 5 जून।"),
        ("धार (मप्र), 3 मार्च - पंचायत भवन में सभा हुई।", "धार (मप्र), 3 मार्च -"),
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


@pytest.mark.parametrize(
    ("first_line", "town"),
    [
        ("गया, 3 मार्च। जिला परिषद सभागार में शिक्षकों की बैठक हुई।", "गया"),
        ("धार, 14 अगस्त 2024। नगर पालिका में बैठक हुई।", "धार"),
        ("आरा : 9 जून। व्यवसायी संघ की बैठक हुई।", "आरा"),
    ],
)
def test_town_that_is_also_a_word_before_a_date(layout, first_line, town):
    # an ambiguous place name (गया: went) opening a line and followed by a date is the town
    text = "समिति की बैठक\n" + first_line
    dateline = layout.datelines.find(layout(text).doc)
    assert grounded(text, dateline.town) == town


@pytest.mark.parametrize(
    "first_line",
    [
        "गया। जिला परिषद सभागार में शिक्षकों की बैठक हुई।",  # no date: the verb stays a verb
        "गया, पर कोई नहीं आया।",
    ],
)
def test_word_town_without_a_date_is_no_dateline(layout, first_line):
    text = "समिति की बैठक\n" + first_line
    assert layout(text).dateline is None


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


# -- the header read whole (issue 13): layouts of real releases, own sentences ---------------


def town_of(layout, text):
    a = layout(text)
    if a.dateline is None:
        return None
    dl = layout.datelines.find(a.doc, after=a.dateline.start)
    return grounded(text, dl.town)


@pytest.mark.parametrize(
    ("text", "town"),
    [
        # TOWN, DATE YEAR – body
        ("सीकर, 4 मार्च 2023 – जिला परिषद की साधारण सभा आज संपन्न हुई।", "सीकर"),
        # TOWN, (AGENCY)।
        ("चूरू, (निसं)। नगर परिषद की बैठक सभापति की अध्यक्षता में हुई।", "चूरू"),
        # TOWN (DISTRICT)।
        ("लोरमी (मुंगेली)। जनपद पंचायत की सामान्य सभा की बैठक हुई।", "लोरमी"),
        # REPORTER/TOWN। : the gazetteer knows the town, not the reporter's name
        ("अमित कुमार वर्मा/झुंझुनूं। व्यापार मंडल की बैठक अध्यक्ष की अध्यक्षता में हुई।", "झुंझुनूं"),
        # TOWN/REPORTER।
        ("झुंझुनूं/ अमित वर्मा। व्यापार मंडल की बैठक अध्यक्ष की अध्यक्षता में हुई।", "झुंझुनूं"),
        # REPORTER — TOWN alone on its line (a byline)
        ("नई सड़क का लोकार्पण\nरमेश चंद्र सैनी — अलवर\nनगर परिषद की ओर से नई सड़क का लोकार्पण किया गया।", "अलवर"),
        # TOWN- body: a known town before a hyphen
        ("हनुमानगढ़- जिला कलेक्टर की अध्यक्षता में सतर्कता समिति की बैठक हुई।", "हनुमानगढ़"),
        # Latin-script towns and agency prefixes
        ("Sikar: जिला कलेक्टर की अध्यक्षता में सतर्कता समिति की बैठक हुई।", "sikar"),
        ("Rajasthan News: कोटा। संभागीय आयुक्त ने अधिकारियों की बैठक ली।", "कोटा"),
        # a newspaper's word before a known town; a district after its town stays with it
        ("प्रखर संवाद पत्र लोरमी। नगर पंचायत की बैठक हुई और प्रस्ताव पारित हुए।", "लोरमी"),
        ("पिथौरा महासमुंद : ग्राम पंचायत की बैठक सरपंच की अध्यक्षता में हुई।", "पिथौरा महासमुंद"),
        # TOWN। DATE –
        ("अलवर। 21 सितंबर – नगर परिषद की बैठक में कई प्रस्ताव पारित हुए।", "अलवर"),
    ],
)
def test_header_layouts(layout, text, town):
    found = town_of(layout, text)
    assert found is not None and found.lower() == town


def test_latin_town_alone_on_the_first_line_is_a_dateline(layout):
    text = "BHILWARA\nनगर परिषद की बैठक में सफाई व्यवस्था पर चर्चा हुई। सभापति ने निर्देश दिए।"
    a = layout(text)
    assert a.title is None
    assert grounded(text, a.dateline) == "BHILWARA"


def test_town_then_date_on_its_own_line(layout):
    text = "चूरू\n12 मार्च 2024\nसुनीता शर्मा\nमहिला मंडल की मासिक बैठक अध्यक्ष के निवास पर हुई।"
    a = layout(text)
    assert grounded(text, a.dateline) == "चूरू\n12 मार्च 2024"
    assert town_of(layout, text) == "चूरू"


@pytest.mark.parametrize(
    "text",
    [
        # an unknown second part at the end of a line is no town: 'NAME — WORD'
        "नई सड़क का लोकार्पण\nरमेश चंद्र सैनी — विशेष\nनगर परिषद की ओर से नई सड़क का लोकार्पण किया गया।",
        # an unknown word before a hyphen is a topic, not a town
        "बरसात- नगर निगम की टीम ने नालों की सफाई शुरू कर दी है और काम जारी है।",
        # a Latin word the gazetteer does not know
        "Breaking: नगर निगम की टीम ने नालों की सफाई शुरू कर दी है और काम जारी है।",
    ],
)
def test_doubtful_headers_need_a_known_town(layout, text):
    assert town_of(layout, text) is None


def test_a_dateline_below_the_first_paragraph_needs_a_known_town(layout):
    body = "नगर परिषद की बैठक सभापति की अध्यक्षता में हुई जिसमें शहर की सफाई, पेयजल और सड़कों पर विस्तार से चर्चा हुई।"
    assert town_of(layout, f"{body}\nवीडियो - सभापति का संबोधन सुनें और साझा करें।") is None
    assert town_of(layout, f"{body}\nअलवर - सभापति का संबोधन सुनें और साझा करें।") == "अलवर"


def test_report_by_name_then_town(layout):
    text = "Report by सुनील शर्मा चूरू। नगर परिषद की बैठक सभापति की अध्यक्षता में हुई।"
    assert town_of(layout, text) == "चूरू"


@pytest.mark.parametrize("head", ["\n  महामंत्री ", "सीकर,", "रमेश कुमार/", "Sikar ", "चूरू\n", "अलवर-", "चूरू, (निसं"])
def test_header_patterns_are_linear_on_blank_runs(head):
    """A header layout followed by a long run of blanks costs the layout stage time linear in
    the run (sizes large enough for the timer and the caches: 80k and 320k characters)."""
    import time

    lexicons = Lexicons.load()
    backend, stage = get_backend("rules", lexicons), LayoutStage(lexicons)

    def cost(n: int) -> float:
        doc = backend.annotate(head + " " * n)
        best = float("inf")
        for _ in range(5):
            analysis = Analysis(doc)
            t = time.perf_counter()
            stage(analysis)
            best = min(best, time.perf_counter() - t)
        return best

    small, large = cost(80_000), cost(320_000)
    # quadratic behaviour costs seconds at 320k; 20 ms absorbs timer and load noise
    assert large <= 6 * small + 0.02, (small, large)


def test_town_letters_are_devanagari_without_danda_digits_or_abbreviation_sign():
    import regex

    from hindi_meeting_extract.layout import TOWN_LETTERS

    ranges = regex.compile(TOWN_LETTERS)
    set_op = regex.compile(r"[\p{Devanagari}&&[^।॥०-९\u0970]]", regex.V1)
    for c in range(0x110000):
        ch = chr(c)
        assert (ranges.match(ch) is None) == (set_op.match(ch) is None), hex(c)


@pytest.mark.parametrize(
    ("line", "dateline"),
    [
        # the separators real datelines put between town and date, blanks around them optional
        ("अलवर/ 7 जून 2023\nनगर परिषद की बैठक सभापति की अध्यक्षता में हुई।", "अलवर/ 7 जून 2023"),
        ("अलवर/7 जून। नगर परिषद की बैठक सभापति की अध्यक्षता में हुई।", "अलवर/7 जून।"),
        ("अलवर // 7 जून। नगर परिषद की बैठक सभापति की अध्यक्षता में हुई।", "अलवर // 7 जून।"),
        ("अलवर - 7 जून। नगर परिषद की बैठक सभापति की अध्यक्षता में हुई।", "अलवर - 7 जून।"),
        ("अलवर – 7 जून 2023: नगर परिषद की बैठक सभापति की अध्यक्षता में हुई।", "अलवर – 7 जून 2023:"),
        ("अलवर | 7 जून। नगर परिषद की बैठक सभापति की अध्यक्षता में हुई।", "अलवर | 7 जून।"),
        ("अलवर:- 7 जून। नगर परिषद की बैठक सभापति की अध्यक्षता में हुई।", "अलवर:- 7 जून।"),
        ("अलवर/ 07.06.2023। नगर परिषद की बैठक सभापति की अध्यक्षता में हुई।", "अलवर/ 07.06.2023।"),
    ],
)
def test_date_after_any_dateline_separator(layout, line, dateline):
    text = "सफाई व्यवस्था पर बैठक\n" + line
    assert grounded(text, layout(text).dateline) == dateline
    assert town_of(layout, text) == "अलवर"


@pytest.mark.parametrize(
    ("line", "dateline"),
    [
        # a date that opens the body sentence (… को) is not the dateline's
        ("अलवर - 7 जून को नगर परिषद की बैठक सभापति की अध्यक्षता में हुई।", "अलवर -"),
        # a reporter after the slash is no date
        ("अलवर/ विनोद शर्मा। नगर परिषद की बैठक सभापति की अध्यक्षता में हुई।", "अलवर/ विनोद शर्मा।"),
    ],
)
def test_no_date_taken_from_outside_the_dateline(layout, line, dateline):
    text = "सफाई व्यवस्था पर बैठक\n" + line
    assert grounded(text, layout(text).dateline) == dateline
    assert town_of(layout, text) == "अलवर"


@pytest.mark.parametrize(
    ("text", "town"),
    [
        # AGENCY | TOWN alone on its line: the town needs no gazetteer entry after the mark
        ("सड़क की मांग तेज\nप्रखंड संवाददाता | बानाडीह\nग्रामीणों ने सोमवार को बैठक कर सड़क की मांग की।", "बानाडीह"),
        ("सड़क की मांग तेज\nनिज संवाददाता, सिलखरी\nग्रामीणों ने सोमवार को बैठक कर सड़क की मांग की।", "सिलखरी"),
    ],
)
def test_agency_then_town_alone_on_its_line(layout, text, town):
    assert town_of(layout, text) == town


@pytest.mark.parametrize(
    "line",
    [
        "प्रखंड संवाददाता बानाडीह",  # no mark between the agency and the town
        "प्रखंड संवाददाता | बड़ा बानाडीह",  # two unknown words
    ],
)
def test_agency_line_without_a_mark_or_with_several_words(layout, line):
    text = "सड़क की मांग तेज\n" + line + "\nग्रामीणों ने सोमवार को बैठक कर सड़क की मांग की।"
    assert layout(text).dateline is None


def test_bracketed_state_after_the_town_keeps_the_town(layout):
    text = "समिति की बैठक\nआरा (बिहार), 14 अगस्त 2024। प्रखंड कार्यालय में बैठक हुई।"
    assert grounded(text, layout(text).dateline_town) == "आरा"
    # a bracket with no date after it is no dateline of this form
    text = "समिति की बैठक\nसूचना (जरूरी) सभी सदस्य आएं और अपनी बात रखें।"
    assert layout(text).dateline is None


def _pattern_matches(datelines, line: str) -> bool:
    region = "(" in line[: __import__("hindi_meeting_extract.layout").layout.REGION_CHARS]
    return (datelines._pattern_region if region else datelines._pattern).match(line) is not None


@pytest.mark.parametrize(
    "line",
    [
        "अलवर 7 जून। नगर परिषद की बैठक हुई।",
        "नई दिल्ली सोमवार 7 जून। बैठक हुई।",
        "नई दिल्ली सोमवारजून 7 को बैठक हुई",
        "गांव सभा भवन सोमवार जून 7 को बैठक",
        "जून 7, अलवर। नगर परिषद की बैठक हुई।",
        "दमोह आज दिनांक 5/3/24 को समिति की बैठक हुई।",
        "दमोहआज समिति की बैठक हुई",
        "नई दिल्ली दिनांक 5 मई को बैठक",
        "हमारे जिला नगर संवाददाता अलवर 7 जून किसान संघ की बैठक",
        "दैनिक प्रहरी ब्यूरो सीधी:-20 जुलाई !! बैठक हुई।",
        "प्रखंड संवाददाता तोरपा",
        "समिति की बैठक सोमवार को होगी",
        "अलवर 12वीं बैठक",
        "अलवर 7 जून (भाषा)। बैठक हुई",
        "अलवर 7/6/2023 बैठक",
        "अलवर 7. जून को बैठक",
        "नई दिल्ली 7\u00a0जून। बैठक",
        "अलवर- किसान संघ की बैठक",
        "अलवर-- 7 जून",
        "दमोहआज-12 जून",
        "दिनांक-12 जून, अलवर। बैठक हुई",
        "अलवर आज 12 बजे बैठक",
    ],
)
def test_opening_check_keeps_every_line_the_pattern_matches(layout, line):
    datelines = layout.datelines
    if _pattern_matches(datelines, line):
        assert datelines._opening.may_match(line, 0, len(line))


def test_opening_check_rejects_plain_sentences(layout):
    datelines = layout.datelines
    for line in (
        "किसान संघ की बैठक में कई प्रस्ताव पारित हुए।",
        "परिषद के सभापति ने सफाई पर चर्चा की",
        "जिले में 11 नए केंद्र खुले",  # a number that is no day
        "गांव में 250 पौधे लगाए गए",
        "धीरे-धीरे काम पूरा हुआ",  # a hyphen inside a word
    ):
        assert not _pattern_matches(datelines, line)
        assert not datelines._opening.may_match(line, 0, len(line))


def test_opening_check_agrees_with_the_pattern_on_random_lines(layout):
    """Lines built from town, agency, calendar and plain words, marks and digits: wherever the
    dateline pattern matches, the opening check lets the line through."""
    import random

    datelines = layout.datelines
    plain = ["अलवर", "नई", "दिल्ली", "किसान", "संघ", "की", "बैठक", "हुई", "नगर", "परिषद", "सभा"]
    words = plain * 8 + ["संवाददाता", "ब्यूरो",
             "जून", "मार्च", "सोमवार", "आज", "दिनांक", "दि०", "सोमवारजून", "अलवरआज", "अमर", "उजाला",
             "news", "network", "को", "(निसं)", "(भाषा)", "7", "2023", "12/07/2020", "11", "250", "12वीं",
             "धीरे-धीरे", "अलवर-", "7-", "5.", "जून.", "१२"]
    marks = [""] * 40 + ["7", "-", ",", "।", ":", "-", " -", "/", "//", "—", ":-", "."]
    rng = random.Random(7)
    matched = rejected = 0
    for _ in range(4000):
        parts = []
        for _ in range(rng.randint(1, 12)):
            parts.append(rng.choice(words) + rng.choice(marks))
        line = "".join(p + rng.choice([" ", " ", "  ", "\t", ""]) for p in parts).rstrip()
        if _pattern_matches(datelines, line):
            matched += 1
            assert datelines._opening.may_match(line, 0, len(line)), line
        elif not datelines._opening.may_match(line, 0, len(line)):
            rejected += 1
    assert matched > 100 and rejected > 100, (matched, rejected)
