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


# ---------------------------------------------------------------- the designation grammar
@pytest.mark.parametrize(
    ("text", "name", "expected"),
    [
        # coordinated titles: सह between two offices, एवं / व / तथा, a slash
        ("कार्यक्रम में जिला महामंत्री सह महिला मोर्चा प्रभारी श्रीमती कविता राठौर मौजूद रहीं।", "कविता राठौर",
         ["जिला महामंत्री", "महिला मोर्चा प्रभारी"]),
        ("सभा को नगर अध्यक्ष सह बूथ प्रभारी गिरीश चंद्र नायक ने संबोधित किया।", "गिरीश चंद्र नायक", ["नगर अध्यक्ष", "बूथ प्रभारी"]),
        ("बैठक में मंडल उपाध्यक्ष व जिला मंत्री श्री योगेश पांडे उपस्थित थे।", "योगेश पांडे", ["मंडल उपाध्यक्ष", "जिला मंत्री"]),
        ("बैठक में कोषाध्यक्ष तथा प्रदेश सचिव श्री हेमंत वर्मा उपस्थित थे।", "हेमंत वर्मा", ["कोषाध्यक्ष", "प्रदेश सचिव"]),
        ("बैठक में विनय कुमार – ब्लॉक समिति सदस्य/ सह ब्लॉक समन्वयक मौजूद थे।", "विनय कुमार",
         ["ब्लॉक समिति सदस्य", "सह ब्लॉक समन्वयक"]),
        # a qualifier run after one office opens the next one
        ("बैठक में युवा प्रकोष्ठ प्रभारी पूर्व पार्षद श्री तरुण सोलंकी उपस्थित थे।", "तरुण सोलंकी",
         ["युवा प्रकोष्ठ प्रभारी", "पूर्व पार्षद"]),
        ("बैठक में सदस्य सचिव जिला खेल अधिकारी श्री नवीन चौरसिया उपस्थित थे।", "नवीन चौरसिया", ["सदस्य सचिव", "जिला खेल अधिकारी"]),
        # सह right before an office is its modifier, across a hyphen too
        ("प्रदेश सह संयोजक श्री अमन तिवारी ने कहा।", "अमन तिवारी", ["प्रदेश सह संयोजक"]),
        ("संघ के सह-सचिव और ओडिशा के सह-प्रभारी श्री मनीष गर्ग आएंगे।", "मनीष गर्ग", ["सह-सचिव", "सह-प्रभारी"]),
        # an office that is also a modifier qualifies the office after it across portfolio words
        ("बैठक में प्रधान राजस्व सचिव संजय कुमार मौजूद थे।", "संजय कुमार", ["प्रधान राजस्व सचिव"]),
        ("बैठक में सहायक नगर आयुक्त राजेश सिंह मौजूद थे।", "राजेश सिंह", ["सहायक नगर आयुक्त"]),
        # a state's name before के is no level; a word before a hyphenated modifier is not taken
        ("पंजाब के मुख्यमंत्री श्री रामेश्वर यादव ने कहा।", "रामेश्वर यादव", ["मुख्यमंत्री"]),
        ("अरुणाचल प्रदेश के मुख्यमंत्री श्री रामेश्वर यादव ने कहा।", "रामेश्वर यादव", ["मुख्यमंत्री"]),
        ("बैठक में ग्राम विकास सलाहकार परिषद उपाध्यक्ष हरीश बिष्ट मौजूद थे।", "हरीश बिष्ट", ["ग्राम विकास सलाहकार परिषद उपाध्यक्ष"]),
        ("सरकार की घोषणा उप-प्रधानमंत्री अशोक मेहता ने की।", "अशोक मेहता", ["उप-प्रधानमंत्री"]),
        # a level written before के stays with the office (base form), an organisation does not
        ("विधानसभा के प्रभारी श्री दीपक मालवीय ने कहा।", "दीपक मालवीय", ["विधानसभा प्रभारी"]),
        ("जिले के प्रभारी श्री दीपक मालवीय ने कहा।", "दीपक मालवीय", ["जिला प्रभारी"]),
        ("किसान मोर्चा के प्रदेश अध्यक्ष श्री ओमप्रकाश धाकड़ ने कहा।", "ओमप्रकाश धाकड़", ["प्रदेश अध्यक्ष"]),
        ("बैठक में मुकेश तिवारी (सचिव, नगर सराफा संघ) मौजूद रहे।", "मुकेश तिवारी", ["सचिव"]),
        # a state written after the office; before के it opens the next title
        ("बैठक में मुख्य पर्यवेक्षक गुजरात के पूर्व विधायक रमेश पटेल मौजूद थे।", "रमेश पटेल", ["मुख्य पर्यवेक्षक", "पूर्व विधायक"]),
        ("समारोह में राज्यपाल कर्नाटक श्री रमेश पटेल जुड़ेंगे।", "रमेश पटेल", ["राज्यपाल कर्नाटक"]),
        # glued honorifics, English titles in Devanagari, common misspellings
        ("संस्था के सचिवश्री मोहनलाल गुप्ता ने स्वागत किया।", "मोहनलाल गुप्ता", ["सचिव"]),
        ("धर्मशाला के ट्रस्टी श्री अशोक कुमार मिश्रा ने कहा।", "अशोक कुमार मिश्रा", ["ट्रस्टी"]),
        ("शिविर के कन्वेनर श्री सुरेश पाल ने संचालन किया।", "सुरेश पाल", ["कन्वेनर"]),
        ("क्लब के प्रेसिडेंट श्री रोहित बंसल और सेक्रेटरी श्री नमन गोयल मौजूद थे।", "नमन गोयल", ["सेक्रेटरी"]),
        ("कंपनी के डायरेक्टर श्री विवेक चावला ने कहा।", "विवेक चावला", ["डायरेक्टर"]),
        ("समिति के अघ्यक्ष श्री विनोद शर्मा ने कहा।", "विनोद शर्मा", ["अघ्यक्ष"]),
        ("क्षेत्रिय अध्यक्ष श्री राकेश तिवारी ने कहा।", "राकेश तिवारी", ["क्षेत्रिय अध्यक्ष"]),
        ("वार्ड की सदश्य श्रीमती गीता बाई ने कहा।", "गीता बाई", ["वार्ड सदश्य"]),
        ("संस्था के चेयरमैन श्री विनीत गोयल और वाइस प्रेसिडेंट श्री आलोक जैन मौजूद थे।", "आलोक जैन", ["वाइस प्रेसिडेंट"]),
        ("कंपनी के मैनेजिंग डायरेक्टर श्री विवेक चावला ने कहा।", "विवेक चावला", ["मैनेजिंग डायरेक्टर"]),
        ("संघ के सचीव श्री विवेक चावला और कोषाध्यछ अमन सेठी मौजूद थे।", "अमन सेठी", ["कोषाध्यछ"]),
        ("संघ के सचीव श्री विवेक चावला और कोषाध्यछ अमन सेठी मौजूद थे।", "विवेक चावला", ["सचीव"]),
        ("मंडल के अध्यक्षश्री रमाकांत दुबे ने कहा।", "रमाकांत दुबे", ["अध्यक्ष"]),
    ],
)
def test_title_grammar(run, text, name, expected):
    a = run(text)
    assert designations(a, name) == expected


def test_unseen_combination_of_known_words(run):
    # no lexicon entry holds this phrase: level + scope + portfolio + office, combined
    a = run("बैठक में पूर्व राष्ट्रीय कार्यकारी खेल प्रकोष्ठ संयोजक श्री हर्ष वालिया उपस्थित थे।")
    assert designations(a, "हर्ष वालिया") == ["पूर्व राष्ट्रीय कार्यकारी खेल प्रकोष्ठ संयोजक"]


def test_a_split_title_is_grounded_on_its_own_words(run):
    text = "बैठक में जिला मंत्री सह युवा मोर्चा प्रभारी श्री अजय राणा उपस्थित थे।"
    p = person(run(text), "अजय राणा")
    assert [d.span.text for d in p.designations] == ["जिला मंत्री", "युवा मोर्चा प्रभारी"]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("कार्यक्रम में समाजसेवी हरिओम वर्मा मौजूद रहे।", "हरिओम वर्मा"),
        ("कार्यक्रम में वरिष्ठ नेता अजय प्रताप सिंह मौजूद रहे।", "अजय प्रताप सिंह"),
        ("बैठक में किसान नेता रामअवतार सिंह उपस्थित थे।", "रामअवतार सिंह"),
        ("विधायक ने पत्रकार सुधीर कुमार को सम्मानित किया।", "सुधीर कुमार"),
        ("मेले में उद्योगपति नरेंद्र सिंघल और व्यवसायी पवन मित्तल पहुंचे।", "नरेंद्र सिंघल"),
        ("मेले में उद्योगपति नरेंद्र सिंघल और व्यवसायी पवन मित्तल पहुंचे।", "पवन मित्तल"),
        ("सभा में भाजपा कार्यकर्ता मनोहर लाल यादव ने भाग लिया।", "मनोहर लाल यादव"),
    ],
)
def test_descriptors_anchor_a_name_but_are_no_designation(run, text, name):
    a = run(text)
    assert person(a, name)  # the name is still read
    assert designations(a, name) == []


def test_a_descriptor_beside_an_office_leaves_the_office(run):
    a = run("बैठक में वरिष्ठ नेता एवं पूर्व विधायक श्री कमल किशोर नागर उपस्थित थे।")
    assert designations(a, "कमल किशोर नागर") == ["पूर्व विधायक"]


def test_listed_two_word_offices_do_not_split(run):
    a = run("बैठक में आशा कार्यकर्ता सुनीता देवी उपस्थित थीं।")
    assert designations(a, "सुनीता देवी") == ["आशा कार्यकर्ता"]
    a = run("केंद्रीय स्वास्थ्य एवं परिवार कल्याण मंत्री श्री अनिल चौबे ने कहा।")
    assert designations(a, "अनिल चौबे") == ["केंद्रीय स्वास्थ्य एवं परिवार कल्याण मंत्री"]


def test_one_office_in_two_writings_is_kept_once(run):
    a = run("भाजपा जिलाध्यक्ष श्री अरविंद सोनी ने बैठक ली। बैठक में जिला अध्यक्ष अरविंद सोनी ने कहा कि काम तेज हो।")
    assert designations(a, "अरविंद सोनी") == ["भाजपा जिलाध्यक्ष"]


# ---------------------------------------------------------------- the grammar's lexicon is checked
def _grammar_lexicon(extra: str) -> str:
    return (
        '[meta]\nname = "designations"\nversion = "t"\n'
        '[offices]\n"अध्यक्ष" = []\n"नेता" = []\n[levels]\n"जिला" = ["जिले"]\n' + extra
    )


def test_grammar_sections_are_validated():
    from hindi_meeting_extract.errors import LexiconError
    from hindi_meeting_extract.lexicon import parse_lexicon
    from hindi_meeting_extract.persons.designation_phrases import DesignationGrammar

    ok = '[descriptors]\nitems = ["नेता"]\n[coordinators]\nitems = ["सह"]\n[genitive_levels]\n"जिला" = ["जिले"]\n'
    g = DesignationGrammar.from_lexicon(parse_lexicon(_grammar_lexicon(ok)))
    assert g.descriptors == {"नेता"} and g.genitive_levels == {"जिला": "जिला", "जिले": "जिला"}
    bad = [
        ok.replace('["नेता"]', '["पत्रकार"]'),  # a descriptor that is no office form
        ok.replace('"जिला" = ["जिले"]\n', '"गांव" = []\n'),  # a genitive level that is no level
        ok.replace('items = ["सह"]', 'items = ["सह या"]'),  # a coordinator of two words
        ok.replace("[coordinators]\nitems = [\"सह\"]\n", ""),  # a missing section
    ]
    for extra in bad:
        with pytest.raises(LexiconError):
            DesignationGrammar.from_lexicon(parse_lexicon(_grammar_lexicon(extra)))


# ---------------------------------------------------------------- office families of the lexicon
@pytest.mark.parametrize(
    ("text", "name", "expected"),
    [
        # police posts and their compounds
        ("बैठक में थानाधिकारी भंवरलाल जाट ने सुरक्षा की जानकारी दी।", "भंवरलाल जाट", ["थानाधिकारी"]),
        ("बैठक में थाना अधिकारी गोपाल सिंह शेखावत ने बताया कि गश्त बढ़ेगी।", "गोपाल सिंह शेखावत", ["थाना अधिकारी"]),
        ("शिविर में पुलिस उपाधीक्षक अरविंद कुमार भारद्वाज मौजूद रहे।", "अरविंद कुमार भारद्वाज", ["पुलिस उपाधीक्षक"]),
        ("शिविर में चौकी इंचार्ज दीपक कुमार यादव मौजूद रहे।", "दीपक कुमार यादव", ["चौकी इंचार्ज"]),
        # the cash and accounts post of a body
        ("व्यापार मंडल के कैशियर नितिन अग्रवाल ने आय-व्यय का ब्योरा रखा।", "नितिन अग्रवाल", ["कैशियर"]),
        # panchayat posts with उप-
        ("ग्राम सभा में उपमुखिया बिरसा मुंडा ने योजना पढ़ी।", "बिरसा मुंडा", ["उपमुखिया"]),
        ("ग्राम सभा में उप मुखिया सोमरा उरांव ने योजना पढ़ी।", "सोमरा उरांव", ["उप मुखिया"]),
        # village-level workers of schemes
        ("शिविर में जल सहिया सावित्री देवी ने पानी की जांच की।", "सावित्री देवी", ["जल सहिया"]),
        ("शिविर में आंगनबाड़ी सेविका ललिता कुमारी ने पोषाहार बांटा।", "ललिता कुमारी", ["आंगनबाड़ी सेविका"]),
        ("शिविर में पोषण सखी अनीता तिर्की ने बच्चों का वजन लिया।", "अनीता तिर्की", ["पोषण सखी"]),
        # religious offices of a town or a body
        ("बैठक में शहर काजी सैयद अनवर अली ने शांति की अपील की।", "सैयद अनवर अली", ["शहर काजी"]),
        ("बैठक में मंदिर के मुख्य पुजारी रामकिशोर शास्त्री भी उपस्थित थे।", "रामकिशोर शास्त्री", ["मुख्य पुजारी"]),
    ],
)
def test_office_families(run, text, name, expected):
    assert designations(run(text), name) == expected


def test_speciality_is_no_designation_but_a_post_is(run):
    # a medical speciality describes an occupation (FORMAT.md); a post named with it is an office
    a = run("शिविर में हड्डी रोग विशेषज्ञ डॉ. मनीष गोयल और सिविल सर्जन डॉ. अशोक प्रसाद उपस्थित थे।")
    assert designations(a, "मनीष गोयल") == []
    assert designations(a, "अशोक प्रसाद") == ["सिविल सर्जन"]
    a = run("मुख्य वक्ता प्रसिद्ध अर्थशास्त्री डॉ. विवेक रंजन थे।")
    assert designations(a, "विवेक रंजन") == []


# ---------------------------------------------------------------- a bracket after the office
@pytest.mark.parametrize(
    ("text", "name", "expected"),
    [
        # a qualifier of the office: in charge, acting
        ("अंत में जिला कृषि अधिकारी (प्रभारी) हरिशंकर पटेल ने आभार जताया।", "हरिशंकर पटेल", ["जिला कृषि अधिकारी"]),
        ("अंत में कार्यपालन अभियंता (प्रभारी) सुरेंद्र नाथ ने आभार जताया।", "सुरेंद्र नाथ", ["कार्यपालन अभियंता"]),
        # the office's abbreviation, also before a name with कुमारी inside
        ("खंड विकास अधिकारी (बीडीओ) रश्मि कुमारी एक्का ने कहा कि जांच होगी।", "रश्मि कुमारी एक्का", ["खंड विकास अधिकारी"]),
        ("अनुविभागीय अधिकारी (एसडीएम) प्रवीण कुमार ने कहा कि जांच होगी।", "प्रवीण कुमार", ["अनुविभागीय अधिकारी"]),
        # a second title of the same person
        ("बैठक में सदस्य सचिव (प्रधानाध्यापक) गोविंद प्रसाद साहू उपस्थित थे।", "गोविंद प्रसाद साहू", ["सदस्य सचिव", "प्रधानाध्यापक"]),
        ("बैठक में सचिव (सेवानिवृत्त शिक्षक) जगदीश राम ने हिसाब रखा।", "जगदीश राम", ["सचिव", "सेवानिवृत्त शिक्षक"]),
    ],
)
def test_bracket_after_office(run, text, name, expected):
    a = run(text)
    assert names(a) == [name]
    assert designations(a, name) == expected


def test_name_in_brackets_after_office(run):
    a = run("संघ के सचिव (विनोद कुमार जैन) ने हिसाब रखा।")
    assert names(a) == ["विनोद कुमार जैन"]
    assert designations(a, "विनोद कुमार जैन") == ["सचिव"]
    # after a territorial office and its territory, in a list: the office is the bracketed name's
    a = run("बैठक में एसडीएम - पूनम राठौड़, तहसीलदार लाडनूं (सुरेश चंद्र मीणा), पटवारी महेश कुमार उपस्थित थे।")
    assert names(a) == ["पूनम राठौड़", "सुरेश चंद्र मीणा", "महेश कुमार"]
    assert designations(a, "पूनम राठौड़") == ["एसडीएम"]
    assert designations(a, "सुरेश चंद्र मीणा") == ["तहसीलदार"]


def test_bracket_without_name_or_office_stays_a_qualifier(run):
    # an organisation in brackets is still the office's qualifier, not a name
    a = run("प्रदेश संयोजक (किसान प्रकोष्ठ) रघुवीर सिंह ने कहा कि बैठक होगी।")
    assert names(a) == ["रघुवीर सिंह"]
    assert designations(a, "रघुवीर सिंह") == ["प्रदेश संयोजक"]
    # a bracket after an office that holds neither a name nor only an office: no second title
    a = run("अध्यक्ष (दो बार निर्वाचित) हरीश चंद्र ने स्वागत किया।")
    assert designations(a, "हरीश चंद्र") == ["अध्यक्ष"]


def test_an_office_after_an_indefinite_is_a_common_noun_unless_a_name_follows(run):
    """एक/हर before an office: its words after are a name only when they look like one."""
    assert run("योजना का एक प्रमुख उद्देश्य गरीबी उन्मूलन रहा है।").persons == []
    assert run("सरकार की एक प्रमुख प्राथमिकता सिंचाई है।").persons == []
    a = run("पार्टी के एक वरिष्ठ सदस्य रमेश शर्मा ने कहा कि चुनाव होंगे।")
    assert names(a) == ["रमेश शर्मा"]
    assert designations(a, "रमेश शर्मा") == ["वरिष्ठ सदस्य"]
    a = run("बैठक में जिला प्रमुख सुखलाल भील ने कहा कि काम होगा।")  # no indefinite: as before
    assert designations(a, "सुखलाल भील") == ["जिला प्रमुख"]


# ------------------------------------- an abbreviation in brackets, then a title or a name
@pytest.mark.parametrize(
    ("text", "name", "expected"),
    [
        ("बैठक में क्षेत्राधिकारी (सीओ) श्रीमती ममता राठौर भी मौजूद रहीं।", "ममता राठौर", ["क्षेत्राधिकारी"]),
        ("खंड विकास अधिकारी (बीडीओ) श्री दिनेश कुमार पाल ने योजनाएं गिनाईं।", "दिनेश कुमार पाल", ["खंड विकास अधिकारी"]),
        ("इस दौरान थानाध्यक्ष (एसएचओ) डॉ. विनय मिश्र ने सुझाव मांगे।", "विनय मिश्र", ["थानाध्यक्ष"]),
        ("तहसीलदार (टीएसडी) कुमारी रेखा सोनकर ने कहा कि नक्शे बनेंगे।", "रेखा सोनकर", ["तहसीलदार"]),
    ],
)
def test_bracketed_abbreviation_before_a_title(run, text, name, expected):
    """The words in the bracket belong to the office's phrase: no office of their own starts
    there, so the office waits for the titled name after the bracket."""
    a = run(text)
    assert names(a) == [name]
    assert designations(a, name) == expected


# ------------------------------------------------- a modifier glued to the office it qualifies
@pytest.mark.parametrize(
    ("text", "name", "expected"),
    [
        ("बैठक में उपअभियंता सरिता बघेल ने बताया कि नाली बनेगी।", "सरिता बघेल", ["उपअभियंता"]),
        ("संघ के सहसचिव मोहन लाल जांगिड़ ने हिसाब रखा।", "मोहन लाल जांगिड़", ["सहसचिव"]),
        ("अपरआयुक्त श्री कमल किशोर वर्मा ने समीक्षा की।", "कमल किशोर वर्मा", ["अपरआयुक्त"]),
        ("सहायकअभियंता दीपक साहू ने कहा कि काम चल रहा है।", "दीपक साहू", ["सहायकअभियंता"]),
    ],
)
def test_glued_modifier_office(run, text, name, expected):
    a = run(text)
    assert names(a) == [name]
    assert designations(a, name) == expected


def test_glued_offices_are_built_from_the_lexicon(run):
    vocab = PersonStage(Lexicons.load()).vocab
    assert vocab.glued_offices["उपअभियंता"] == ("उप", "अभियंता")
    assert vocab.glued_offices["अपरआयुक्त"] == ("अपर", "आयुक्त")
    assert "उपअभियंता" in vocab.office_single
    # ordinary words that start like a prefix are no offices
    for word in ("उपचार", "सहयोग", "उपस्थित", "सहायता"):
        assert word not in vocab.glued_offices


def test_words_starting_with_a_prefix_are_no_offices(run):
    a = run("उपचार के बाद सरिता बघेल घर लौटीं। सहयोग के लिए दीपक साहू ने धन्यवाद दिया।")
    assert designations(a, "सरिता बघेल") == []
    assert designations(a, "दीपक साहू") == []


# ------------------------------------------------------- scheme workers named by an acronym
@pytest.mark.parametrize(
    ("text", "name", "expected"),
    [
        ("बैठक में सीआरपी सुगनी कुजूर ने रजिस्टर दिखाया।", "सुगनी कुजूर", ["सीआरपी"]),
        ("बीआरपी अजय कुमार महतो ने कहा कि प्रशिक्षण होगा।", "अजय कुमार महतो", ["बीआरपी"]),
        ("वीआरपी रीना देवी ने बैठक का संचालन किया।", "रीना देवी", ["वीआरपी"]),
    ],
)
def test_resource_person_acronyms(run, text, name, expected):
    a = run(text)
    assert names(a) == [name]
    assert designations(a, name) == expected


def test_initials_like_rp_stay_part_of_the_name(run):
    a = run("बैठक में आरपी यादव ने कहा कि बीज मिलेगा।")
    assert names(a) == ["आरपी यादव"]
    assert designations(a, "आरपी यादव") == []


# ------------------------------------------- the office that appoints is nobody's designation
@pytest.mark.parametrize(
    ("text", "first", "second", "expected"),
    [
        ("बैठक में प्रो. अमित भार्गव, कुलाधिपति द्वारा मनोनीत सदस्य सुधा मेहता उपस्थित थीं।",
         "अमित भार्गव", "सुधा मेहता", ["मनोनीत सदस्य"]),
        ("बैठक में डॉ. नीरज पंत, सरकार द्वारा नामित सदस्य रमा जोशी और कलेक्टर द्वारा नियुक्त प्रभारी विकास नेगी आए।",
         "नीरज पंत", "रमा जोशी", ["नामित सदस्य"]),
    ],
)
def test_appointing_office_is_not_a_designation(run, text, first, second, expected):
    a = run(text)
    assert designations(a, first) == []
    assert designations(a, second) == expected


def test_office_before_other_agent_phrases_still_counts(run):
    a = run("बैठक में श्री हरीश पटेल, जिला अध्यक्ष द्वारा सदस्यों का स्वागत किया गया।")
    assert designations(a, "हरीश पटेल") == ["जिला अध्यक्ष"]


def test_a_glued_prefix_must_be_a_modifier():
    from hindi_meeting_extract.errors import LexiconError
    from hindi_meeting_extract.lexicon import parse_lexicon
    from hindi_meeting_extract.persons.vocabulary import glued_offices

    good = parse_lexicon('[meta]\nname = "designations"\nversion = "1"\n[modifiers]\n"उप" = []\n[glued_prefixes]\nitems = ["उप"]\n')
    assert glued_offices(good, {"अभियंता", "जिला अध्यक्ष", "sdm"}, set()) == {"उपअभियंता": ("उप", "अभियंता")}
    assert glued_offices(good, {"अभियंता"}, {"उपअभियंता"}) == {}  # a name part: left out
    bad = parse_lexicon('[meta]\nname = "designations"\nversion = "1"\n[modifiers]\n"उप" = []\n[glued_prefixes]\nitems = ["नव"]\n')
    with pytest.raises(LexiconError, match="glued_prefixes"):
        glued_offices(bad, {"अभियंता"}, set())


# ---------------------------------------------------------------- office families added 2026-12-07
@pytest.mark.parametrize("text, name, desig", [
    # Urdu office titles of societies and committees
    ("अंजुमन के सदर हाजी इकराम हुसैन ने बैठक ली।", "इकराम हुसैन", ["सदर"]),
    ("बैठक में नायब सदर फ़िरोज़ ख़ान मौजूद रहे।", "फ़िरोज़ ख़ान", ["नायब सदर"]),
    ("ख़ाज़िन शकील अहमद ने हिसाब रखा।", "शकील अहमद", ["ख़ाज़िन"]),
    ("कारपोरेटर नसीम खान ने बैठक में सुझाव रखा।", "नसीम खान", ["कारपोरेटर"]),
    # corporate titles in Devanagari and Latin
    ("बैठक में प्लांट हेड राकेश भोसले ने बताया कि काम पूरा है।", "राकेश भोसले", ["प्लांट हेड"]),
    ("बैठक में CSR हेड सुश्री अनीता जोशी ने बताया कि स्कूल चुने गए।", "अनीता जोशी", ["CSR हेड"]),
    ("बैठक में HR मैनेजर कपिल देव शर्मा मौजूद रहे।", "कपिल देव शर्मा", ["HR मैनेजर"]),
    ("बैठक की अध्यक्षता कंपनी के CEO श्री विवेक नाडकर्णी ने की।", "विवेक नाडकर्णी", ["CEO"]),
    # posts of training and legal aid
    ("मास्टर ट्रेनर इकबाल हुसैन ने मशीन चलाना सिखाया।", "इकबाल हुसैन", ["मास्टर ट्रेनर"]),
    ("शिविर में पैरालीगल वालेंटियर सुनीता तथा प्लांट हेड राकेश भोसले उपस्थित रहे।", "सुनीता", ["पैरालीगल वालेंटियर"]),
    ("बैठक में गट शिक्षणाधिकारी महेश पवार उपस्थित रहे।", "महेश पवार", ["गट शिक्षणाधिकारी"]),
])
def test_office_families(run, text, name, desig):
    assert designations(run(text), name) == desig


def test_compound_office_with_evam_stays_one(run):
    a = run("बैठक की अध्यक्षता प्रधान जिला एवं सत्र न्यायाधीश श्री विकास चंद्र मिश्रा ने की।")
    assert designations(a, "विकास चंद्र मिश्रा") == ["प्रधान जिला एवं सत्र न्यायाधीश"]
    a = run("बैठक में जिला व सत्र न्यायाधीश रमेश गुप्ता मौजूद थे।")
    assert designations(a, "रमेश गुप्ता") == ["जिला व सत्र न्यायाधीश"]
    # two offices joined by एवं still split
    a = run("बैठक में जिला अध्यक्ष एवं पूर्व विधायक रमेश गुप्ता मौजूद थे।")
    assert designations(a, "रमेश गुप्ता") == ["जिला अध्यक्ष", "पूर्व विधायक"]


def test_sadar_as_qualifier_stays_in_one_title(run):
    a = run("बैठक में सदर विधानसभा प्रभारी रमेश चंद्र यादव, सदर विधायक सुरेश पाल और एसडीएम सदर अनिल कुमार उपस्थित रहे।")
    assert designations(a, "रमेश चंद्र यादव") == ["सदर विधानसभा प्रभारी"]
    assert designations(a, "सुरेश पाल") == ["सदर विधायक"]
    assert designations(a, "अनिल कुमार") == ["एसडीएम सदर"]


@pytest.mark.parametrize("text, name", [
    ("बैठक में सुरेश वर्मा (सेवानिवृत्त शिक्षक) और मोहन लाल उपस्थित रहे।", "सुरेश वर्मा"),
    ("कार्यक्रम का संचालन कोच अजय सिंह ने किया।", "अजय सिंह"),
    ("बैठक में संवाददाता विनोद कुमावत भी मौजूद थे।", "विनोद कुमावत"),
])
def test_standings_and_occupations_are_no_designations(run, text, name):
    assert designations(run(text), name) == []


def test_retired_office_not_generic_is_kept(run):
    # only a generic office after a word of standing is a standing; पूर्व विधायक stays a designation
    a = run("बैठक में पूर्व विधायक रमेश गुप्ता मौजूद थे।")
    assert designations(a, "रमेश गुप्ता") == ["पूर्व विधायक"]


def test_unread_name_in_a_list_keeps_its_office(run):
    # the office of an item whose name is not read does not pass to the next item's name
    a = run("बैठक में ब्लॉक अध्यक्ष (खैरवाड़ा) भीमाराम, महिला मंत्री गीता देवी उपस्थित रहे।")
    assert designations(a, "गीता देवी") == ["महिला मंत्री"]


def test_sadar_before_a_place_word_is_no_office(run):
    # सदर qualifies the area (सदर अस्पताल, सदर अनुमंडल); only before a title or a name is it the office
    assert run("मरीज को सदर अस्पताल इलाज के लिए लाया गया।").persons == []
    a = run("इसकी पुष्टि सदर अनुमंडल पुलिस पदाधिकारी अजय प्रसाद ने की।")
    assert designations(a, "अजय प्रसाद") == ["सदर अनुमंडल पुलिस पदाधिकारी"]


# ---------------------------------------------------------------- regional offices (heldout5 kind)
@pytest.mark.parametrize(
    "text, name, office",
    [
        # Marathi offices of cooperative banks and societies, district and local bodies
        ("पतसंस्था की सभा में सरव्यवस्थापक दत्तात्रय शिंदे ने ताळेबंद रखा।", "दत्तात्रय शिंदे", "सरव्यवस्थापक"),
        ("कारखाने के व्यवस्थापकीय संचालक सुधीर गोखले ने कहा कि गन्ना समय पर लिया जाएगा।", "सुधीर गोखले", "व्यवस्थापकीय संचालक"),
        ("सभा में खजिनदार अविनाश कुलकर्णी ने हिसाब पेश किया।", "अविनाश कुलकर्णी", "खजिनदार"),
        ("बैठक में आमदार प्रकाश आबिटकर उपस्थित थे।", "प्रकाश आबिटकर", "आमदार"),
        ("निवासी उपजिल्हाधिकारी संजय पवार ने समीक्षा की।", "संजय पवार", "निवासी उपजिल्हाधिकारी"),
        # Gujarati and Bengali offices
        ("बैठक में मामलतदार हसमुख पटेल ने जानकारी दी।", "हसमुख पटेल", "मामलतदार"),
        ("बैठक में सभाधिपति अमल कुमार दास ने कहा कि सड़कें बनेंगी।", "अमल कुमार दास", "सभाधिपति"),
        ("क्लब के साधारण सम्पादक सौमित्र बसु ने आभार जताया।", "सौमित्र बसु", "साधारण सम्पादक"),
        # offices of sports teams: a team's ranked coach, its vice-captain
        ("टीम के मुख्य कोच सुनील जोशी ने कहा कि अभ्यास रोज होगा।", "सुनील जोशी", "मुख्य कोच"),
        ("बैठक में उपकप्तान रोहित पाटिल भी मौजूद थे।", "रोहित पाटिल", "उपकप्तान"),
    ],
)
def test_regional_and_sports_offices(run, text, name, office):
    a = run(text)
    assert name in names(a)
    assert designations(a, name) == [office]


def test_a_bare_coach_is_an_occupation(run):
    a = run("अकादमी के कोच मनोज यादव ने बताया कि चयन अगले माह होगा।")
    assert designations(a, "मनोज यादव") == []


# ------------------------------------------------ an unknown office word after a modifier office
@pytest.mark.parametrize(
    "text, name, office",
    [
        ("संग्रहालय की बैठक में सहायक अभिरक्षक सुनील शर्मा ने कहा कि भवन खुलेगा।", "सुनील शर्मा", "सहायक अभिरक्षक"),
        ("मंडी में प्रधान संग्राहक विनोद कुमार ने कहा कि तौल सही होगी।", "विनोद कुमार", "प्रधान संग्राहक"),
    ],
)
def test_unknown_office_after_a_modifier_office_is_no_name_part(run, text, name, office):
    a = run(text)
    assert names(a) == [name]
    assert designations(a, name) == [office]


def test_a_known_first_name_after_a_modifier_office_stays_the_name(run):
    a = run("बैठक में सहायक रमेश शर्मा ने कहा कि फाइलें तैयार हैं।")
    assert names(a) == ["रमेश शर्मा"]
    assert designations(a, "रमेश शर्मा") == ["सहायक"]


# ---------------------------------------------------------------- offices by appointment or election
@pytest.mark.parametrize(
    "text, expected",
    [
        ("पटना। संघ की बैठक में सुरेश प्रसाद यादव को जिला सचिव बनाया गया।", {"सुरेश प्रसाद यादव": ["जिला सचिव"]}),
        ("जयपुर। संस्था ने राकेश गुप्ता को सर्वसम्मति से अध्यक्ष पद पर मनोनीत किया।", {"राकेश गुप्ता": ["अध्यक्ष"]}),
        ("रायपुर। मोर्चे ने दीपक साहू को संगठन का प्रदेश महामंत्री नियुक्त किया है।", {"दीपक साहू": ["प्रदेश महामंत्री"]}),
        (
            "इंदौर। मंच ने कमला जैन को अध्यक्ष, सविता राठौर को सचिव तथा नीलम शर्मा को कोषाध्यक्ष मनोनीत किया है।",
            {"कमला जैन": ["अध्यक्ष"], "सविता राठौर": ["सचिव"], "नीलम शर्मा": ["कोषाध्यक्ष"]},
        ),
        ("भोपाल। समिति की आम सभा हुई। इसमें अनिल मिश्रा व सुनील तिवारी उपाध्यक्ष चुने गए।", {"अनिल मिश्रा": ["उपाध्यक्ष"], "सुनील तिवारी": ["उपाध्यक्ष"]}),
        ("सुधीर राणा को अध्यक्ष मनोनीत किए जाने पर साथियों ने बधाई दी।", {"सुधीर राणा": ["अध्यक्ष"]}),
        ("उज्जैन। चुनाव में गोपाल राव, मीना सेन और हरीश नागर सदस्य मनोनीत किए गए।", {"गोपाल राव": ["सदस्य"], "मीना सेन": ["सदस्य"], "हरीश नागर": ["सदस्य"]}),
    ],
)
def test_office_given_by_appointment_is_the_holders(run, text, expected):
    a = run(text)
    for name, offices in expected.items():
        assert designations(a, name) == offices, name


@pytest.mark.parametrize(
    "text, name",
    [
        ("समारोह में रमेश वर्मा को अध्यक्ष ने सम्मानित किया।", "रमेश वर्मा"),  # the office is the agent
        ("बैठक में गोविंद सोनी को अध्यक्ष पद से हटाने की मांग उठी।", "गोविंद सोनी"),  # no appointment
        ("कार्यकर्ताओं ने सुधीर राणा को अध्यक्ष बनाए जाने की मांग की।", "सुधीर राणा"),  # only demanded
        ("इस बार सुधीर राणा को अध्यक्ष नियुक्त नहीं किया गया।", "सुधीर राणा"),  # negated
    ],
)
def test_office_after_a_dative_without_appointment_is_not_the_holders(run, text, name):
    a = run(text)
    assert designations(a, name) == []


def test_a_list_before_a_singular_election_is_not_all_elected(run):
    # one office for the last name only: the verb is singular (चुनी गईं), the names are parted by a full clause
    a = run("बैठक में सुरेश पाल अध्यक्ष चुने गए और रीता शर्मा उपाध्यक्ष चुनी गईं।")
    assert designations(a, "सुरेश पाल") == ["अध्यक्ष"]
    assert designations(a, "रीता शर्मा") == ["उपाध्यक्ष"]


def test_a_retired_judge_keeps_the_post_a_retired_teacher_has_none(run):
    a = run("सभा में सेवानिवृत्त न्यायाधीश रामकृष्ण भार्गव और सेवानिवृत्त शिक्षक मोहन लाल शर्मा उपस्थित थे।")
    assert designations(a, "रामकृष्ण भार्गव") == ["सेवानिवृत्त न्यायाधीश"]
    assert designations(a, "मोहन लाल शर्मा") == []


def test_appointed_office_adds_to_the_office_before_the_name(run):
    a = run("संस्था ने सेवानिवृत्त न्यायाधीश रामकृष्ण भार्गव को चुनाव अधिकारी नियुक्त किया है।")
    assert designations(a, "रामकृष्ण भार्गव") == ["सेवानिवृत्त न्यायाधीश", "चुनाव अधिकारी"]
