"""Name reading: where a name starts and ends.

Every sentence here is written for these tests (no corpus or dev text).
"""

from __future__ import annotations

import pytest
from person_helpers import designations, names, person, run  # noqa: F401  (run is a fixture)

from hindi_meeting_extract.lexicon import Lexicons
from hindi_meeting_extract.persons import PersonStage


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("श्री रमेश यादव जी ने कहा कि काम जारी रहेगा।", "रमेश यादव"),
        ("श्री रमेश यादव साहब का स्वागत हुआ।", "रमेश यादव"),
        ("श्री रमेश यादव को सम्मानित किया गया।", "रमेश यादव"),
        ("श्री रमेश यादव द्वारा दीप जलाया गया।", "रमेश यादव"),
        ("श्री रमेश यादव एवं अन्य लोग पहुंचे।", "रमेश यादव"),
        ("श्री रमेश यादव, जिनका जन्म यहीं हुआ, आए।", "रमेश यादव"),
        ("श्री रमेश यादव – जो संस्था से जुड़े हैं – आए।", "रमेश यादव"),
        ("श्री रमेश यादव (कोषाध्यक्ष) ने हिसाब रखा।", "रमेश यादव"),
        ("श्री रमेश यादव उपस्थित थे।", "रमेश यादव"),
        ("श्री सज्जन सिंह जी वर्मा ने संबोधित किया।", "सज्जन सिंह जी वर्मा"),
    ],
)
def test_where_a_name_ends(run, text, name):
    assert names(run(text)) == [name]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("इस अवसर पर श्री जी के मोहंती ने आभार जताया।", "जी के मोहंती"),
        ("इस अवसर पर श्री यू. एस. चौहान ने आभार जताया।", "यू. एस. चौहान"),
        ("प्राचार्य डॉ. के.बी. शर्मा ने आभार जताया।", "के.बी. शर्मा"),
    ],
)
def test_initials_stay_in_the_name(run, text, name):
    assert names(run(text)) == [name]


# ---------------------------------------------------------------- name shapes (issue 12, items 3 and 5)
@pytest.mark.parametrize(
    ("text", "name"),
    [
        # a medial जी used like an initial, before a surname or before ने
        ("थाना प्रभारी अंजलि जी ठाकरे ने निरीक्षण किया।", "अंजलि जी ठाकरे"),
        ("बैठक में सुधा जी कोठारी ने सुझाव दिए।", "सुधा जी कोठारी"),
        # a misspelt verb or particle after a name is not part of it
        ("जिला मंत्री मनोज कुमार यादव सामिल हुए।", "मनोज कुमार यादव"),
        ("कोषाध्यक्ष सुरेश प्रसाद वर्मा नही आए।", "सुरेश प्रसाद वर्मा"),
    ],
)
def test_name_shapes(run, text, name):
    assert names(run(text)) == [name]


def test_a_region_word_starts_a_name_only_before_a_known_name_part(run):
    assert names(run("संघ के सचिव भारत सिंह ने बैठक ली।")) == ["भारत सिंह"]
    assert names(run("संघ के सचिव भारत सरकार की योजना बताई।")) == []


def test_medial_ji_is_not_read_before_an_ordinary_word(run):
    assert names(run("श्री रमेश जी गांव में आए।")) == ["रमेश"]


def test_a_latin_transliteration_in_brackets_keeps_the_whole_name(run):
    text = "संघ के अध्यक्ष नरेश यादव मंगलू (Naresh Yadav Manglu) ने सबका स्वागत किया।"
    assert names(run(text)) == ["नरेश यादव मंगलू"]
    assert "नरेश यादव मंगलू" not in names(run("संघ के अध्यक्ष नरेश यादव मंगलू (Manglu) ने स्वागत किया।"))


def test_an_office_right_after_a_name_ends_it(run):
    text = "बैठक में प्रभारी मोहन सिंह चौहान जिला कांग्रेस अध्यक्ष राजेश तोमर उपस्थित थे।"
    assert names(run(text)) == ["मोहन सिंह चौहान", "राजेश तोमर"]


def test_an_ordinary_word_read_as_a_name_where_the_position_says_so(run):
    # first word: a region word before a word that a postposition closes
    assert names(run("समिति के सचिव भारत कुशवाह की देखरेख में काम हुआ।")) == ["भारत कुशवाह"]
    # last word: a title word (पंडित) closing a name before a verb
    analysis = run("कार्यक्रम में दीनदयाल, रमाकांत वर्मा और सुरेश कुमार पंडित उपस्थित रहे।")
    assert "सुरेश कुमार पंडित" in names(analysis)


def test_a_vale_name_keeps_the_short_form_as_a_variant(run):
    analysis = run("संघ के संरक्षक गोपाल नीमच वाले की उपस्थिति में बैठक हुई।")
    assert names(analysis) == ["गोपाल नीमच वाले"]
    assert person(analysis, "गोपाल नीमच वाले").variants == ["गोपाल नीमच"]
    # वाले as an ordinary word after a name is not read into it
    assert names(run("बैठक में रमेश यादव वाले प्रस्ताव पर चर्चा हुई।")) != ["रमेश यादव वाले"]


def test_two_titles_make_a_deity_word_a_person(run):
    assert names(run("मुख्य अतिथि रोटे. श्री गणेश खंडेलवाल थे।")) == ["गणेश खंडेलवाल"]
    assert names(run("श्री गणेश वंदना के साथ कार्यक्रम शुरू हुआ।")) == []


# ---------------------------------------------------------------- surnames ending like an oblique
def test_a_listed_surname_ending_like_a_plural_oblique(run):
    a = run("बैठक की अध्यक्षता जिला प्रधान हरमीत सिंह ढिल्लों ने की।")
    assert names(a) == ["हरमीत सिंह ढिल्लों"]
    assert designations(a, "हरमीत सिंह ढिल्लों") == ["जिला प्रधान"]
    assert names(run("किसान नेता बलजीत सिंह ढिल्लों द्वारा ज्ञापन सौंपा गया।")) == ["बलजीत सिंह ढिल्लों"]
    # a plural noun after a name is no part of it
    a = run("सभा में विधायक रमेश सिंह समर्थकों ने नारे लगाए।")
    assert "समर्थकों" not in " ".join(names(a))
    a = run("अध्यक्ष सुनील कुमार किसानों ने धरना दिया।")
    assert "किसानों" not in " ".join(names(a))


# ---------------------------------------------------------------- names of groups
def test_a_self_help_group_name_is_no_person(run):
    a = run("बैठक की अध्यक्षता उजाला स्वयं सहायता समूह की अध्यक्ष श्रीमती कमला उरांव ने की।")
    assert names(a) == ["कमला उरांव"]
    a = run("बैठक की अध्यक्षता ज्योति महिला मंडल की सचिव सुनीता देवी ने की।")
    assert names(a) == ["सुनीता देवी"]
    # the phrase must follow the name as a whole: a person who helps a group is still a person
    a = run("बैठक की अध्यक्षता सरपंच रमेश यादव ने की और सहायता के लिए धन्यवाद दिया।")
    assert names(a) == ["रमेश यादव"]


# ---------------------------------------------------------------- Gujarati first names in two words
def test_a_first_name_written_with_bhai_or_ben_apart(run):
    a = run("बैठक में ट्रस्टी किशोर भाई सोलंकी, नयना बेन पंड्या, दिलीप चौधरी उपस्थित रहे।")
    assert names(a) == ["किशोर भाई सोलंकी", "नयना बेन पंड्या", "दिलीप चौधरी"]
    assert designations(a, "किशोर भाई सोलंकी") == ["ट्रस्टी"]
    assert names(run("सभा में मंत्री जगदीश भाई पटेल ने कहा कि काम जल्द होगा।")) == ["जगदीश भाई पटेल"]


def test_bhai_as_brother_is_no_part_of_a_name(run):
    assert names(run("रमेश भाई के साथ उनके भाई सुरेश आए।")) == []
    # a brother named after it: भाई does not join two first names
    assert "राजेश भाई सुनील वर्मा" not in names(run("बैठक में विधायक राजेश भाई सुनील वर्मा के साथ पहुंचे।"))


# ---------------------------------------------------------------- the body an office belongs to
def test_a_body_before_its_office_after_a_role_noun_is_no_person(run):
    a = run("बैठक की अध्यक्षता अंजुमन के सचिव हाजी रहीम खान ने की।")
    assert names(a) == ["रहीम खान"]
    # a one-word name after the role noun stays a person
    assert names(run("बैठक की अध्यक्षता रमेश ने की।")) == ["रमेश"]


def test_thanks_role_phrase_before_a_one_word_name(run):
    a = run("कार्यक्रम का संचालन मनोज वर्मा ने तथा धन्यवाद ज्ञापन अनुज ने किया।")
    assert names(a) == ["मनोज वर्मा", "अनुज"]
    assert names(run("धन्यवाद ज्ञापन के बाद सभा समाप्त हुई।")) == []


# ---------------------------------------------------------------- a title the lexicons lack before a surname

def test_a_title_the_lexicons_lack_before_a_surname_refers_back(run):
    # सदर is written before the full name, then before the surname alone
    a = run("बैठक की अध्यक्षता संस्था के सदर जनाब रहीम अंसारी ने की। सदर अंसारी ने कहा कि जलसा जनवरी में होगा।")
    assert names(a) == ["रहीम अंसारी"]
    assert len(person(a, "रहीम अंसारी").references) == 1
    # the surname alone first, the full name later
    a = run("सदर अंसारी ने कहा कि जलसा जनवरी में होगा। बैठक की अध्यक्षता संस्था के सदर जनाब हाजी अब्दुल रहीम अंसारी ने की।")
    assert names(a) == ["अब्दुल रहीम अंसारी"]


def test_two_persons_with_one_surname_stay_two(run):
    a = run("बैठक में दया सिंह और मखन सिंह मौजूद थे। बाद में कलीम अंसारी, फरीद अंसारी आए। कलीम ने बताया।")
    assert names(a) == ["दया सिंह", "मखन सिंह", "कलीम अंसारी", "फरीद अंसारी"]


# ---------------------------------------------------------------- heldout5 kinds (names side)
@pytest.mark.parametrize(
    ("text", "name"),
    [
        # an occupation noun before a name is its descriptor, as a generic office is (no designation)
        ("गांव के बुनकर मंगलराम ने बताया कि धागा महंगा हो गया है।", "मंगलराम"),
        ("हादसे में घायल मजदूर भोलाराम को अस्पताल भेजा गया।", "भोलाराम"),
        ("समारोह में छात्रा सुनीता वर्मा को पुरस्कार दिया गया।", "सुनीता वर्मा"),
        ("थोक विक्रेता जमील ने बताया कि माल कम आ रहा है।", "जमील"),
    ],
)
def test_a_name_after_an_occupation_noun(run, text, name):
    a = run(text)
    assert names(a) == [name]
    assert designations(a, name) == []


@pytest.mark.parametrize(
    "text",
    [
        "किसान आंदोलन को व्यापक समर्थन मिला।",
        "छात्रा सुरक्षा को लेकर बैठक हुई।",
        "इलाके के किसान चने की खेती करते हैं।",
        "मजदूर वर्ग के लिए योजना बनी।",
    ],
)
def test_an_occupation_noun_before_a_common_noun_makes_no_person(run, text):
    assert names(run(text)) == []


def test_a_known_first_name_after_an_unlisted_acronym_office_before_a_list_link(run):
    a = run("बैठक में डीपीएम सुलोचना और सभी सुपरवाइजर मौजूद थे।")
    assert names(a) == ["सुलोचना"]
    assert designations(a, "सुलोचना") == ["डीपीएम"]
    # a first name that is also a word (विकास) does not end there
    assert names(run("बैठक में डीपीएम विकास और सभी सुपरवाइजर मौजूद थे।")) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a surname that is also an institution noun, after a known first name, in a person's context
        ("श्री सुब्रत सरकार ने सभा को संबोधित किया।", ["सुब्रत सरकार"]),
        ("सचिव तापस सरकार ने हिसाब रखा।", ["तापस सरकार"]),
        ("बैठक में तपस घोष, सुब्रत सरकार, मौसुमी दत्ता आदि उपस्थित थे।", ["तपस घोष", "सुब्रत सरकार", "मौसुमी दत्ता"]),
        # after a genitive it is someone's government; a municipal body is no person
        ("केंद्र की मनमोहन सरकार ने योजना शुरू की।", []),
        ("नगर निगम ने सफाई कराई।", []),
    ],
)
def test_a_surname_that_is_also_a_noun(run, text, expected):
    assert names(run(text)) == expected


def test_a_dotted_initial_opening_a_sentence_starts_the_name(run):
    a = run("बैठक में कई मुद्दों पर चर्चा हुई।\nके. लक्ष्मण राव ने कहा कि फसल बीमा जरूरी है।")
    assert names(a) == ["के. लक्ष्मण राव"]
    a = run("सभा शुरू हुई। पी. वेंकटेश ने कहा कि भुगतान समय पर होगा।")
    assert names(a) == ["पी. वेंकटेश"]
    # after a word, के. stays the postposition; an office in dotted letters is no initial
    assert names(run("दिल्ली पुलिस के ए.एस.आई. मदन लाल शर्मा ने बताया कि जांच जारी है।")) == ["मदन लाल शर्मा"]


def test_a_name_with_initials_after_a_generic_office(run):
    a = run("सेवानिवृत्त न्यायाधीश एस. के. फर्नांडिस को पर्यवेक्षक नियुक्त किया गया।")
    assert names(a) == ["एस. के. फर्नांडिस"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # first names and surnames of communities the name lists held few of (each fails without them)
        ("सभा में जुबैदा परवीन और आयशा सिद्दीकी मौजूद थीं।", ["जुबैदा परवीन", "आयशा सिद्दीकी"]),
        ("इस दौरान अफसाना परवीन ने कहा कि स्कूल की दीवार टूटी है।", ["अफसाना परवीन"]),
        ("सभा में सोमरा टोप्पो, बुधराम लकड़ा और फगुनी केरकेट्टा उपस्थित थे।",
         ["सोमरा टोप्पो", "बुधराम लकड़ा", "फगुनी केरकेट्टा"]),
        ("बैठक में मंजुनाथ गौड़ा, बसप्पा हिरेमठ और शारदम्मा अंगडी ने सुझाव दिए।",
         ["मंजुनाथ गौड़ा", "बसप्पा हिरेमठ", "शारदम्मा अंगडी"]),
        ("कार्यक्रम में गुरमीत बाजवा, सुखबीर ग्रेवाल और रविंदर चीमा उपस्थित रहे।",
         ["गुरमीत बाजवा", "सुखबीर ग्रेवाल", "रविंदर चीमा"]),
        ("वहां जिग्नेश पारेख तथा संभाजी भोसले मौजूद थे।", ["जिग्नेश पारेख", "संभाजी भोसले"]),
    ],
)
def test_common_names_of_more_communities(run, text, expected):
    assert names(run(text)) == expected


def test_a_name_of_initials_as_the_object_of_an_appointment(run):
    a = run("संस्था ने पी. जे. कुरुविला को चुनाव अधिकारी नियुक्त किया है।")
    assert names(a) == ["पी. जे. कुरुविला"]
    # two letters before a noun and को with no appointment after it stay no person
    assert names(run("कार्यक्रम में ए. सी. कमरे को ठीक कराया गया।")) == []
