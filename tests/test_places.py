"""Meeting place (dateline town or venue) and mode (own sentences)."""

import pytest

from hindi_meeting_extract.analysis import Analysis
from hindi_meeting_extract.backends import get_backend
from hindi_meeting_extract.layout import LayoutStage
from hindi_meeting_extract.lexicon import Lexicons
from hindi_meeting_extract.places import PlaceStage


@pytest.fixture(scope="module")
def extract_place():
    lexicons = Lexicons.load()
    backend = get_backend("rules", lexicons)
    stages = [LayoutStage(lexicons), PlaceStage(lexicons)]

    def analyse(text: str) -> Analysis:
        analysis = Analysis(backend.annotate(text))
        for stage in stages:
            stage(analysis)
        for span in (analysis.place and analysis.place.span, analysis.mode_cue):
            if span is not None:
                assert text[span.start : span.end] == span.text  # grounded in the input
        return analysis

    return analyse


def place(extract_place, text):
    """The place as written (its surface text; ``name`` is the canonical spelling)."""
    hit = extract_place(text).place
    return None if hit is None else hit.span.text


def test_dateline_town(extract_place):
    a = extract_place("समिति की बैठक\nभिण्ड, 22 जून। समिति की बैठक कलेक्ट्रेट सभागार भिण्ड में आयोजित की गई।")
    assert a.place.span.text == "भिण्ड"
    assert a.place.rule == "dateline town"
    # the canonical spelling of the place, with its district and state (from the gazetteer)
    assert (a.place.name, a.place.district, a.place.state) == ("भिंड", "भिंड", "मध्य प्रदेश")


def test_two_word_dateline_town(extract_place):
    assert place(extract_place, "समिति की बैठक\nनई दिल्ली (एजेंसी)। मंत्रिमंडल की बैठक हुई।") == "नई दिल्ली"


@pytest.mark.parametrize(
    ("text", "venue"),
    [
        ("कलेक्टर की अध्यक्षता में आज कलेक्टर कार्यालय के सभाकक्ष में समीक्षा बैठक आयोजित की गई।",
         "कलेक्टर कार्यालय के सभाकक्ष"),
        ("पुलिस अधीक्षक द्वारा आज पुलिस कंट्रोल रूम रीवा में मासिक बैठक ली गई।", "पुलिस कंट्रोल रूम रीवा"),
        ("जिला कांग्रेस कमेटी की ओर से शनिवार को 2 बजे नया सामुदायिक भवन में प्रेस वार्ता का आयोजन किया गया।",
         "नया सामुदायिक भवन"),
        ("तहसील परिसर में स्थित हनुमान मंदिर में समाज के द्वारा जयंती धूमधाम से मनाई गई।", "हनुमान मंदिर"),
        ("विश्वविद्यालय परिसर में अगले माह होने वाले मेले के पोस्टर का विमोचन आज कुलपति कार्यालय में हुआ।",
         "कुलपति कार्यालय"),
        ("यह मीटिंग राजधानी के नवनिर्मित अतिथि गृह में सुबह 11 बजे से होना है।", "नवनिर्मित अतिथि गृह"),
        ("मुख्य सचिव ने सोमवार को सचिवालय में योजनाओं की समीक्षा की।", "सचिवालय"),
    ],
)
def test_venue_without_dateline(extract_place, text, venue):
    a = extract_place(text)
    assert a.place.span.text == venue
    assert a.place.rule == "venue before में"


@pytest.mark.parametrize(
    "text",
    [
        "कार्यकर्ताओं की बैठक में आगामी चुनाव पर चर्चा की गई।",  # a meeting word is no venue
        "नगर के पार्क में बच्चे खेल रहे थे।",  # a venue, but no meeting in the sentence
        "बैठक हुई। इसके बाद सभी कार्यकर्ता पार्टी कार्यालय में पहुंचे।",  # after the event, another sentence
    ],
)
def test_no_place(extract_place, text):
    assert extract_place(text).place is None


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        ("कोरबा जिला सेल की वर्चुअल मीटिंग संपन्न\nकोरबा 12 जुलाई। सेल की पहली बैठक हुई।", "वर्चुअल मीटिंग"),
        ("समिति की बैठक\nरीवा। समिति की पहली बैठक वेबिनार के माध्यम से संपन्न हुई।", "वेबिनार"),
        ("समिति की बैठक\nरीवा। मंत्री ने वीडियो कॉन्फ्रेंसिंग के जरिए अधिकारियों की बैठक ली।", "वीडियो कॉन्फ्रेंसिंग"),
        ("समिति की बैठक\nरीवा। समिति की बैठक ऑनलाइन आयोजित की गई।", "ऑनलाइन"),
        ("समिति की बैठक\nरीवा। क्लब की Zoom Meeting में नए सदस्य जुड़े।", "Zoom Meeting"),
        ("समिति की बैठक\nरीवा। संघ की बैठक ऑन-लाइन आयोजित की गई।", "ऑन-लाइन"),
        ("समिति की बैठक\nरीवा। (वेबिनार) पर संघ की बैठक संपन्न हुई।", "वेबिनार"),
    ],
)
def test_virtual_mode(extract_place, text, cue):
    a = extract_place(text)
    assert a.mode == "virtual"
    assert a.mode_cue.text == cue


@pytest.mark.parametrize(
    "text",
    [
        # ऑनलाइन आवेदन in a meeting held in a hall
        "समिति की बैठक\nरीवा। कलेक्ट्रेट सभागार में बैठक हुई जिसमें ऑनलाइन आवेदन की समीक्षा की गई।",
        # a directive about video conferencing, inside reported speech
        "समिति की बैठक\nरीवा। सभागार में बैठक हुई। कलेक्टर ने कहा कि प्रशिक्षण वीडियो कॉन्फ्रेंसिंग से दिया जाए।",
        # a meeting with no venue named
        "समिति की बैठक\nरीवा। समिति की बैठक में कई निर्णय लिए गए।",
    ],
)
def test_in_person_mode(extract_place, text):
    a = extract_place(text)
    assert a.mode == "in_person"
    assert a.mode_cue is None


def test_korba_release_end_to_end(pipeline, korba_text):
    record = pipeline.extract(korba_text)
    assert (record.date.year, record.date.month, record.date.day) == (None, 7, 12)
    assert record.date.rule == "dateline"
    assert record.place.name == "कोरबा"
    assert record.mode == "virtual"
    for span in (record.date, record.place, record.mode_cue, record.title):
        assert korba_text[span.start : span.end] == span.text


def test_venue_with_an_owner_before_a_comma(extract_place):
    text = (
        "स्वास्थ्य विभाग की बैठक\n"
        "जिला शिक्षा एवं प्रशिक्षण संस्थान कार्यालय, दौसा के सभाकक्ष में सोमवार को समीक्षा बैठक हुई।"
    )
    assert place(extract_place, text) == "जिला शिक्षा एवं प्रशिक्षण संस्थान कार्यालय, दौसा के सभाकक्ष"


def test_venue_in_a_named_village_beats_the_dateline_town(extract_place):
    text = (
        "ग्राम सभा संपन्न\nबिलासपुर, 4 मार्च 2023\n"
        "ग्राम पंचायत खैरवार के सामुदायिक भवन में सरपंच की अध्यक्षता में ग्राम सभा आयोजित की गई।"
    )
    a = extract_place(text)
    assert a.place.span.text == "ग्राम पंचायत खैरवार के सामुदायिक भवन" and a.place.rule == "venue in a village"
    # a venue in the dateline town itself leaves the town
    text = "बैठक संपन्न\nबिलासपुर, 4 मार्च। पंचायत भवन में ग्राम सभा आयोजित की गई।"
    assert place(extract_place, text) == "बिलासपुर"


def test_town_alone_on_a_line_under_the_headline(extract_place):
    text = "*पत्रकार सम्मान समारोह का आयोजन*\n*रामगढ़ सुल्तानपुर*\nसमिति द्वारा पत्रकार सम्मान समारोह का आयोजन किया गया।"
    a = extract_place(text)
    assert a.place.span.text == "रामगढ़ सुल्तानपुर" and a.place.rule == "town line"
    # a one-line heading after the body has begun is no town
    text = "समारोह का आयोजन\nसमिति द्वारा पत्रकार सम्मान समारोह का आयोजन किया गया।\nसम्मानित\n"
    assert place(extract_place, text) is None


def test_town_prefixed_to_the_headline(extract_place):
    text = "रामपुर: शिव मंदिर परिसर में कांग्रेस की बैठक आयोजित\nकांग्रेस कमेटी की संयुक्त बैठक आयोजित की गई।"
    a = extract_place(text)
    assert a.place.span.text == "रामपुर" and a.place.rule == "headline town"
    # a dateline in the body still wins
    text = "रामपुर: कांग्रेस की बैठक आयोजित\nसीतापुर, 4 मार्च। कांग्रेस कमेटी की बैठक आयोजित की गई।"
    assert place(extract_place, text) == "सीतापुर"


def test_office_venue_is_no_village(extract_place):
    text = "बैठक संपन्न\nबिलासपुर, 4 मार्च। ग्राम पंचायत भवन के सभाकक्ष में सचिवों की बैठक आयोजित की गई।"
    assert place(extract_place, text) == "बिलासपुर"


def test_meeting_held_in_a_named_village(extract_place):
    text = "चौपाल में सुनी समस्याएं\nसीहोर, 3 जून। कलेक्टर ने ग्राम बमूलिया में चौपाल लगाकर समस्याएं सुनीं।"
    a = extract_place(text)
    assert a.place.span.text == "ग्राम बमूलिया" and a.place.rule == "village"
    # villages named in a later, unrelated sentence, or a plural common noun, leave the town
    text = (
        "कार्यकर्ता बैठक संपन्न\nसीहोर, 3 जून। पार्टी कार्यालय में बैठक हुई। "
        "अपने-अपने ग्राम सभाओं में चौपाल लगाकर लोगों को जागरूक करें।"
    )
    assert place(extract_place, text) == "सीहोर"


def test_a_lone_word_is_no_town_line(extract_place):
    assert place(extract_place, "राजीव") is None
    assert place(extract_place, "<p>राजीव</p>") is None


def test_venue_starts_find_what_the_venue_pattern_finds():
    """The venue scan starts where a head's first word occurs as a whole word
    (``_venue_starts``): the same venues as the plain pattern in every sentence, beside
    punctuation, digits, Latin letters, joiners and longer words."""
    from hindi_meeting_extract.normalize import fold

    stage = PlaceStage(Lexicons.load())
    texts = [
        "कलेक्ट्रेट सभागार में बैठक हुई। नया परिषदन भवन भिण्ड में कार्यक्रम।",
        "(सभागार)में 2भवन में xहोटल में सभाकक्ष में सभा कक्ष में\u200dकक्ष में; सभागारों में",
        "कार्यालय, सीकर के सभाकक्ष में। निवास स्थान पर, आवासीय भवनपर भवन\nपर मंदिर-परिसर में",
        "बैठक में राम। सभा में श्याम, डाक घर पर",  # no head: बैठक, सभा, डाक without their second word
        "बैठक कक्ष में, बैठक  कक्ष में, सभा\tभवन में, डाक बंगले पर, कंट्रोल रूम में",
    ]
    backend = get_backend("rules", Lexicons.load())
    for raw in texts:
        doc = backend.annotate(raw)
        text = doc.folded.text
        assert text == fold(raw)
        starts = stage._venue_starts(doc)
        for s, e in [(0, len(text)), (0, 20), (5, 40), (30, len(text))]:
            expected = [m.span() for m in stage._venue.finditer(text, s, e)]
            assert [m.span() for m in stage._venues.finditer(text, s, e, starts)] == expected


# -- venue and town (issue 13): own sentences ----------------------------------------------------


@pytest.mark.parametrize(
    ("text", "venue"),
    [
        # an owner with its town: the town and the owner's head do not count as name words
        ("समिति की बैठक\nकलेक्टर कार्यालय सीकर के सभागार में समीक्षा बैठक आयोजित की गई।", "कलेक्टर कार्यालय सीकर के सभागार"),
        # योजना right before a head is part of the venue
        ("जिलाधिकारी ने जिला योजना भवन के सभाकक्ष में समीक्षा बैठक की।", "जिला योजना भवन के सभाकक्ष"),
        # a state's name before a venue is not cut
        ("मध्य प्रदेश विधान सभा भवन में अध्यक्ष ने नए पुस्तकालय का उद्घाटन किया।", "मध्य प्रदेश विधान सभा भवन"),
        # a venue without its postposition, before a completion verb
        ("व्यापार संघ की प्रांतीय बैठक नगर निगम सभागार सम्पन्न हुई। इसमें कई निर्णय लिए गए।", "नगर निगम सभागार"),
    ],
)
def test_venue_forms(extract_place, text, venue):
    assert place(extract_place, text) == venue


def test_meeting_in_a_town_of_another_district(extract_place):
    a = extract_place("संभाग की बैठक\nभोपाल, 5 मई। संभाग के अधिकारियों की समीक्षा बैठक इंदौर में आयोजित की गई।")
    assert (a.place.span.text, a.place.rule) == ("इंदौर", "town in another district")
    assert (a.place.district, a.place.state) == ("इंदौर", "मध्य प्रदेश")


def test_meeting_at_a_venue_in_a_town_of_another_district(extract_place):
    a = extract_place("प्रांतीय बैठक\nभोपाल, 5 मई। संघ की प्रांतीय बैठक जबलपुर स्थित होटल नर्मदा में हुई।")
    assert (a.place.span.text, a.place.rule) == ("जबलपुर स्थित होटल नर्मदा", "venue in another district")
    assert a.place.district == "जबलपुर"  # the area of the town it names, not the dateline's


def test_a_town_of_the_same_district_keeps_the_dateline_town(extract_place):
    a = extract_place("तहसील की बैठक\nइंदौर, 5 मई। तहसील स्तरीय समीक्षा बैठक महू में आयोजित की गई।")
    assert (a.place.span.text, a.place.rule) == ("इंदौर", "dateline town")


def test_reporter_before_the_town_is_no_place(extract_place):
    a = extract_place("रोटरी क्लब का पदग्रहण\nअमित कुमार वर्मा/झुंझुनूं। रोटरी क्लब का पदग्रहण समारोह होटल में आयोजित हुआ।")
    assert a.place.span.text == "झुंझुनूं" and a.place.state == "राजस्थान"


def test_headline_opening_town(extract_place):
    a = extract_place("सीकर जिला परिषद की साधारण सभा संपन्न\nसाधारण सभा में विकास कार्यों पर चर्चा हुई और प्रस्ताव पारित हुए।")
    assert (a.place.span.text, a.place.rule) == ("सीकर", "headline opening town")


def test_an_ambiguous_word_opening_the_headline_is_no_town(extract_place):
    a = extract_place("गया समय लौटकर नहीं आता\nसमिति के सदस्यों ने समय के सदुपयोग पर विचार रखे और प्रस्ताव पारित हुए।")
    assert a.place is None or a.place.rule != "headline opening town"


def test_one_canonical_name_per_place(extract_place):
    a = extract_place("समिति की बैठक\nनयी दिल्ली, 3 मई। समिति की बैठक आज हुई।")
    b = extract_place("समिति की बैठक\nनई दिल्ली, 3 मई। समिति की बैठक आज हुई।")
    assert a.place.name == b.place.name == "नई दिल्ली"
    assert a.place.span.text == "नयी दिल्ली"  # the surface stays as written


def test_a_latin_town_keeps_its_script(extract_place):
    a = extract_place("Sikar: जिला कलेक्टर की अध्यक्षता में सतर्कता समिति की बैठक हुई।")
    assert (a.place.name, a.place.state) == ("Sikar", "राजस्थान")


def test_an_unknown_venue_gets_its_spelling_key(extract_place):
    a = extract_place("पंचायत भवन‍ में ग्राम सभा की बैठक सम्पन्न हुई। सरपंच ने अध्यक्षता की।")
    assert a.place.name == "पंचायत भवन" and a.place.span.text == "पंचायत भवन\u200d"


@pytest.mark.parametrize(
    ("text", "venue"),
    [
        # 'X के … स्थित VENUE में': a town of another district owns the venue of the meeting
        (
            "संघ की बैठक\nहजारीबाग, 3 मार्च। संघ की प्रमंडलीय बैठक रविवार को रांची के लालपुर स्थित सामुदायिक भवन में हुई।",
            "रांची के लालपुर स्थित सामुदायिक भवन",
        ),
        (
            "संघ की बैठक\nहजारीबाग, 3 मार्च। संघ की बैठक शनिवार को रांची के टाउन हॉल में आयोजित की गई।",
            "रांची के टाउन हॉल",
        ),
        (
            "व्यापारियों का सम्मेलन\nभोपाल, 9 अगस्त। प्रदेश व्यापारी महासंघ का सम्मेलन इंदौर के विजय नगर स्थित होटल में संपन्न हुआ।",
            "इंदौर के विजय नगर स्थित होटल",
        ),
    ],
)
def test_venue_owned_by_a_town_of_another_district(extract_place, text, venue):
    a = extract_place(text)
    assert a.place.span.text == venue
    assert a.place.rule == "venue in another district"


@pytest.mark.parametrize(
    "text",
    [
        # the other town's officer, not its venue
        "संघ की बैठक\nहजारीबाग, 3 मार्च। रांची के उपायुक्त ने समाहरणालय सभागार में अधिकारियों की बैठक ली।",
        # people from another town at the meeting
        "संघ की बैठक\nहजारीबाग, 3 मार्च। बैठक में रांची के कई कार्यकर्ता शामिल हुए।",
        # a venue of a town in the dateline town's own district: the dateline town stays
        "संघ की बैठक\nहजारीबाग, 3 मार्च। संघ की बैठक बरही के पंचायत भवन में हुई।",
    ],
)
def test_another_towns_word_without_its_venue_keeps_the_dateline_town(extract_place, text):
    a = extract_place(text)
    assert a.place.span.text == "हजारीबाग" and a.place.rule == "dateline town"


# ------------------------------------------------------------ a village named before गांव
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # no dateline: the village where the meeting was held
        ("समूह की बैठक\nमहिला समूह की मासिक बैठक रविवार को कुरमीटोला गांव में हुई। अध्यक्षता सुनीता देवी ने की।",
         "कुरमीटोला गांव"),
        ("समूह की बैठक\nपंचायत के लोहरदगी ग्राम में शुक्रवार को ग्राम सभा की बैठक हुई। सरपंच ने अध्यक्षता की।",
         "लोहरदगी ग्राम"),
        # a dateline town, and the meeting held in a village of its block
        ("समूह की बैठक\nप्रखंड संवाददाता | बानाडीह\nप्रखंड के डुमरटोली गांव में शनिवार को महिला समूह की बैठक हुई।",
         "डुमरटोली गांव"),
    ],
)
def test_village_before_the_locality_word(extract_place, text, expected):
    assert place(extract_place, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "समूह की बैठक\nहमारे गांव में बैठक हुई और सबने भाग लिया।",  # no village's name
        "समूह की बैठक\nगांव गांव में पोस्टर लगाए गए। बाद में सड़क बनी।",  # no meeting word near it
        "समूह की बैठक\nशोर सुनकर गांव में लोग जुटे और बैठक हुई।",  # a verb form before गांव
    ],
)
def test_no_village_name(extract_place, text):
    assert place(extract_place, text) is None


def test_mode_word_set_sees_every_cue():
    """The word-set test before the mode scan: wherever a virtual cue or an online word
    matches, the first letters of its first word occur as a whole word of the text."""
    lexicons = Lexicons.load()
    stage = PlaceStage(lexicons)
    backend = get_backend("rules", lexicons)
    places = lexicons["places"]
    for section in ("virtual_cues", "online_words"):
        for form in places[section].canonical_of:
            for text in (f"संघ की {form} बैठक हुई।", f"({form}) बैठक", f"{form}\nबैठक"):
                doc = backend.annotate(text)
                folded = doc.folded.text
                if stage._virtual.search(folded) or stage._online.search(folded):
                    assert stage._mode_set.among(folded, doc.word_tokens), text
    doc = backend.annotate("संघ की बैठक सभागार में हुई।")
    assert not stage._mode_set.among(doc.folded.text, doc.word_tokens)
