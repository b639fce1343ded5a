"""Lists, bylines, aliases and names with no anchor.

Every sentence here is written for these tests (no corpus or dev text).
"""

from __future__ import annotations

import pytest
from person_helpers import designations, names, person, run  # noqa: F401  (run is a fixture)

from hindi_meeting_extract.lexicon import Lexicons
from hindi_meeting_extract.persons import PersonStage


# ---------------------------------------------------------------- lists and bare names
def test_list_continues_after_a_first_honorific(run):
    a = run("बैठक में श्री अरुण कुमार, विनोद शर्मा, राकेश गुप्ता एवं सीमा पाल उपस्थित थे।")
    assert names(a) == ["अरुण कुमार", "विनोद शर्मा", "राकेश गुप्ता", "सीमा पाल"]


def test_plural_title_gives_every_name(run):
    a = run("इन बैठकों में सर्वश्री राम सिंह, गीता देवी, मोहन लाल व श्याम सुंदर सदस्यों ने भाग लिया।")
    assert names(a) == ["राम सिंह", "गीता देवी", "मोहन लाल", "श्याम सुंदर"]
    assert all(p.honorific == "सर्वश्री" for p in a.persons)
    assert all([d.canonical for d in p.designations] == ["सदस्य"] for p in a.persons)


def test_office_before_a_plural_title_goes_to_the_first_name_only(run):
    # gold rule: a designation placed before a list belongs to the first name only
    a = run("बैठक में समिति के सदस्य सर्वश्री हरिराम कौशिक, अजय बंजारे एवं केशव लहरे उपस्थित थे।")
    assert names(a) == ["हरिराम कौशिक", "अजय बंजारे", "केशव लहरे"]
    assert [designations(a, n) for n in names(a)] == [["सदस्य"], [], []]


def test_plural_title_list_with_bracketed_offices(run):
    a = run("इस अवसर पर सर्वश्री रमेश (अध्यक्ष), सुरेश (सचिव), महेश (कोषाध्यक्ष) आदि उपस्थित थे।")
    assert names(a) == ["रमेश", "सुरेश", "महेश"]
    assert [designations(a, n) for n in names(a)] == [["अध्यक्ष"], ["सचिव"], ["कोषाध्यक्ष"]]


def test_name_before_dashed_or_bracketed_designation(run):
    a = run("नई कार्यकारिणी घोषित।\nसविता कुमारी – जिला समिति सदस्य\nअनिल प्रजापति (कोषाध्यक्ष)")
    assert names(a) == ["सविता कुमारी", "अनिल प्रजापति"]
    assert designations(a, "सविता कुमारी") == ["जिला समिति सदस्य"]
    assert designations(a, "अनिल प्रजापति") == ["कोषाध्यक्ष"]


def test_comma_list_without_anchor(run):
    a = run("मंडल के राकेश वर्मा, सुनील यादव, प्रमोद गुप्ता, अजय सिंह ने पौधे लगाए।")
    assert names(a) == ["राकेश वर्मा", "सुनील यादव", "प्रमोद गुप्ता", "अजय सिंह"]


def test_byline(run):
    a = run("गांव में स्वच्छता अभियान\nदिनेश कुमार शर्मा\nसीहोर। गांव में सफाई हुई।")
    assert names(a) == ["दिनेश कुमार शर्मा"]


def test_labelled_byline(run):
    a = run("पंचायत भवन में बैठक\nरिपोर्ट: कल्लू प्रसाद\nसतना। आज बैठक हुई।")
    assert names(a) == ["कल्लू प्रसाद"]


def test_alias_is_the_same_person(run):
    a = run("श्री राजेंद्र कुमार सिंह उर्फ पप्पू सिंह ने अध्यक्षता की।")
    assert names(a) == ["राजेंद्र कुमार सिंह"]
    assert a.persons[0].variants == ["पप्पू सिंह"]


def test_common_first_name_with_agent_or_surname(run):
    a = run("बैठक में राकेश गुप्ता ने प्रस्ताव रखा और सुनील भार्गव ने समर्थन किया।")
    assert names(a) == ["राकेश गुप्ता", "सुनील भार्गव"]
    assert run("विकास कार्यों की समीक्षा हुई और पूजा अर्चना की गई।").persons == []


def test_community_title_before_a_long_name(run):
    a = run("अध्यक्षता अध्यक्ष चौधरी रामवीर सिंह ने की।")
    assert names(a) == ["रामवीर सिंह"]
    assert a.persons[0].honorific == "चौधरी"
    assert designations(a, "रामवीर सिंह") == ["अध्यक्ष"]


@pytest.mark.parametrize(
    "text",
    [
        "सभी कर्मचारी फेस मास्क लगाए हुए थे।",
        "अधिकारी तूफान के कारण नहीं पहुंचे।",
        "मुख्यमंत्री राहत कोष में राशि जमा की गई।",
        "प्रवक्ता के हवाले से खबर आई।",
    ],
)
def test_office_followed_by_ordinary_words(run, text):
    assert run(text).persons == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("दीपक कुमार वर्मा/सीतापुर। नगर के टाउन हॉल में व्यापार मंडल की बैठक हुई।", "दीपक कुमार वर्मा"),
        ("Report by किशन लाल\nनगर में व्यापार मंडल की बैठक हुई।", "किशन लाल"),
        ("रिपोर्ट अनुज चौधरी\nनगर में व्यापार मंडल की बैठक हुई।", "अनुज चौधरी"),
    ],
)
def test_more_byline_shapes(run, text, name):
    analysis = run(text)
    assert names(analysis) == [name] and not person(analysis, name).roles


def test_an_unlisted_name_alone_on_the_first_or_last_line_is_a_byline(run):
    body = "नगर के टाउन हॉल में व्यापार मंडल की बैठक हुई।\nसभी ने भाग लिया।\nनए सदस्य जोड़े गए।\nअगली बैठक अगले माह होगी।"
    assert names(run("सूरज लोहारिया\n" + body)) == ["सूरज लोहारिया"]
    assert names(run(body + "\nसूरज लोहारिया")) == ["सूरज लोहारिया"]
    # a short line in the middle of the text is not taken on the same evidence
    middle = "नगर में बैठक हुई।\nसभी ने भाग लिया।\nनए सदस्य जोड़े गए।\nसब आए।\nसूरज लोहारिया\nअगली बैठक होगी।\nसब आए।\nफिर गए।\nदिन बीता।"
    assert names(run(middle)) == []


def test_a_list_without_commas_before_its_closing_verb(run):
    text = "बैठक में मोहन यादव सुनील कुमार वर्मा दिनेश साहू आदि मौजूद थे।"
    assert names(run(text)) == ["मोहन यादव", "सुनील कुमार वर्मा", "दिनेश साहू"]
    # a run that does not cut into names of two to four words is not cut
    assert "सिंह यादव" not in names(run("बैठक में सिंह यादव वर्मा साहू उपस्थित रहे।"))


# ---------------------------------------------------------------- list items the commas do not mark
def test_a_list_item_that_is_several_names_without_commas(run):
    a = run("सभा में पार्षद दिनेश यादव, रीना मरावी हरजीत सिंह मनप्रीत कौर आदि मौजूद रहे।")
    assert names(a) == ["दिनेश यादव", "रीना मरावी", "हरजीत सिंह", "मनप्रीत कौर"]
    # surnames the lists do not know, after a group noun, and the list goes on after the run
    a = run("बैठक में सरपंच अजय वर्मा, ग्रामीण गीता उइके सुधीर ठाकरे कविता साहू, मोहन वर्मा उपस्थित थे।")
    assert names(a) == ["अजय वर्मा", "गीता उइके", "सुधीर ठाकरे", "कविता साहू", "मोहन वर्मा"]
    assert designations(a, "गीता उइके") == []


def test_a_run_between_two_names_of_a_list(run):
    a = run("मंच पर सचिव राकेश गुप्ता, सविता उइके मुकेश ठाकरे दीपा साहू, सुनील वर्मा आदि थे।")
    assert names(a) == ["राकेश गुप्ता", "सविता उइके", "मुकेश ठाकरे", "दीपा साहू", "सुनील वर्मा"]


def test_name_run_cuts_only_whole_names(run):
    stage = PersonStage(Lexicons.load())
    from hindi_meeting_extract.normalize import fold
    from hindi_meeting_extract.persons.words import WordView

    def cut(text: str):
        view = WordView(fold(text))
        r = stage.lists.name_run(view, 0)
        return None if r is None else [" ".join(view.w[i:j]) for i, j in r]

    assert cut("रीना मरावी हरजीत सिंह, आदि") == ["रीना मरावी", "हरजीत सिंह"]
    assert cut("रमेश कुमार यादव सुनील वर्मा ने") == ["रमेश कुमार यादव", "सुनील वर्मा"]
    # ordinary words after a name are no second name; nor unknown words with no known surname
    assert cut("सुनील कुमार सड़क निर्माण कार्य, आदि") is None
    assert cut("रीना मरावी हरजीत ठाकरे, आदि") is None
    assert cut("रमेश यादव सुनील, आदि") is None  # a first name alone is no piece


def test_a_list_goes_on_after_a_line_break(run):
    a = run("बैठक में पार्षद अनिल बघेल, सचिव मोहन टेकाम\nरीना मरावी और सुनील यादव उपस्थित थे।")
    assert names(a) == ["अनिल बघेल", "मोहन टेकाम", "रीना मरावी", "सुनील यादव"]
    # a name split by the line break between two commas of the list
    a = run("बैठक में पार्षद अनिल बघेल, दिनेश यादव, सुखनाथ\nकोरकू, दीपक साहू आदि उपस्थित थे।")
    assert names(a) == ["अनिल बघेल", "दिनेश यादव", "सुखनाथ कोरकू", "दीपक साहू"]
    assert person(a, "सुखनाथ कोरकू").mentions[0].span.text == "सुखनाथ\nकोरकू"


def test_a_line_break_after_a_name_that_ends_no_list(run):
    assert names(run("बैठक की अध्यक्षता सरपंच अनिल बघेल\nगांव में सफाई अभियान चलाने का निर्णय हुआ।")) == ["अनिल बघेल"]
    # the next line is no list item: it does not go on with a comma or a list link
    a = run("बैठक में सचिव मोहन टेकाम\nरीना मरावी गांव की सड़क देखने गईं।")
    assert "रीना मरावी" not in names(a)


def test_one_word_items_of_a_list(run):
    a = run("बैठक में सरपंच अनिल बघेल, दिनेश (खैरागढ़), सुनील यादव आदि उपस्थित थे।")
    assert names(a) == ["अनिल बघेल", "दिनेश", "सुनील यादव"]
    # a word no list knows, between two names of a comma list
    a = run("बैठक में श्री रमेश यादव, गुरमीत, सुनील वर्मा व अन्य सदस्य उपस्थित थे।")
    assert names(a) == ["रमेश यादव", "गुरमीत", "सुनील वर्मा"]


def test_an_item_between_names_that_is_no_name(run):
    # a place the gazetteer knows, an office, or a postposition phrase: no person
    assert names(run("बैठक में श्री रमेश यादव, रायपुर, सुनील वर्मा व अन्य उपस्थित थे।")) == ["रमेश यादव", "सुनील वर्मा"]
    assert names(run("बैठक में श्री रमेश यादव, सचिव, सुनील वर्मा व अन्य उपस्थित थे।")) == ["रमेश यादव", "सुनील वर्मा"]


def test_names_after_their_origin_in_a_list(run):
    a = run("कलेक्टर अजय वर्मा, धमधा से कमला नेताम और पाटन से सुरेश ठाकुर सहित अधिकारी उपस्थित थे।")
    assert names(a) == ["अजय वर्मा", "कमला नेताम", "सुरेश ठाकुर"]
    a = run("सभा में अध्यक्ष अजय वर्मा, ऊपरी-घाटी से लोबसांग नोरबू सहित कई सदस्य शामिल हुए।")
    assert names(a) == ["अजय वर्मा", "लोबसांग नोरबू"]
    # who came from where, with no name after से
    assert names(run("सचिव अजय वर्मा, दिल्ली से आए अतिथि और ग्रामीण उपस्थित थे।")) == ["अजय वर्मा"]


def test_latin_names_in_a_list(run):
    a = run("बैठक में सचिव अजय वर्मा, Rekha Tirkey, सुनील साहू आदि उपस्थित थे।")
    assert names(a) == ["अजय वर्मा", "Rekha Tirkey", "सुनील साहू"]
    a = run("बैठक में सचिव अजय वर्मा, सुनील साहू, Manoj Kerketta आदि उपस्थित थे।")
    assert names(a) == ["अजय वर्मा", "सुनील साहू", "Manoj Kerketta"]
    # letters with no vowel are an acronym, not a name
    assert names(run("बैठक में सचिव अजय वर्मा, NCC, सुनील साहू आदि उपस्थित थे।")) == ["अजय वर्मा", "सुनील साहू"]


def test_the_place_of_the_next_office_is_no_list_item(run):
    a = run("बैठक में सचिव अजय वर्मा, सुनील साहू, धमधा खास के मंडल मंत्री राकेश वर्मा उपस्थित थे।")
    assert names(a) == ["अजय वर्मा", "सुनील साहू", "राकेश वर्मा"]
    a = run("बैठक में अध्यक्ष अजय वर्मा, कमला नेताम, नया गांव के ब्लॉक अध्यक्ष मोहन साहू उपस्थित थे।")
    assert names(a) == ["अजय वर्मा", "कमला नेताम", "मोहन साहू"]


# ---------------------------------------------------------------- names run together after an office
def test_a_run_of_names_right_after_an_office(run):
    # the office goes to the first name only (a designation before a list: the first name)
    a = run("बैठक में पार्षद सुनील वर्मा दिनेश साहू मोहन पटेल तथा सचिव अजय गुप्ता उपस्थित थे।")
    assert names(a) == ["सुनील वर्मा", "दिनेश साहू", "मोहन पटेल", "अजय गुप्ता"]
    assert [designations(a, n) for n in names(a)] == [["पार्षद"], [], [], ["सचिव"]]
    # a first name that is also a middle name starts a new name after a known surname
    a = run("शिविर में डॉक्टर अनिल शर्मा, शिक्षक राकेश टंडन किशोर वर्मा आदि मौजूद थे।")
    assert names(a) == ["अनिल शर्मा", "राकेश टंडन", "किशोर वर्मा"]


def test_an_office_after_a_comma_is_not_taken_by_the_name_before_a_run(run):
    a = run("सभा में अध्यक्ष रमेश यादव, कार्यकारिणी सदस्य सुनील वर्मा दिनेश साहू मोहन पटेल, सचिव अजय गुप्ता उपस्थित थे।")
    assert names(a) == ["रमेश यादव", "सुनील वर्मा", "दिनेश साहू", "मोहन पटेल", "अजय गुप्ता"]
    assert designations(a, "रमेश यादव") == ["अध्यक्ष"]
    assert designations(a, "सुनील वर्मा") == ["कार्यकारिणी सदस्य"]
    assert designations(a, "दिनेश साहू") == []


def test_words_after_an_office_that_are_no_run_of_names(run):
    # one name and ordinary words, or no known surname anywhere: no run is cut
    a = run("बैठक में पार्षद सुनील वर्मा सड़क निर्माण कार्य देखने गए।")
    assert "दिनेश साहू" not in names(a) and all(len(p.name.split()) <= 2 for p in a.persons)
    a = run("बैठक में सचिव रमेश यादव, सदस्य सुनील वर्मा ने हिसाब रखा।")
    assert designations(a, "सुनील वर्मा") == ["सदस्य"]


# ---------------------------------------------------------------- X पुत्र Y
def test_a_relative_named_after_a_person(run):
    a = run("सभा में संघ के सचिव भीकाराम पुत्र लच्छाराम ने कहा कि भुगतान समय पर हो।")
    assert names(a) == ["भीकाराम", "लच्छाराम"]
    assert designations(a, "भीकाराम") == ["सचिव"]
    assert designations(a, "लच्छाराम") == []
    a = run("बैठक में सरपंच अजय वर्मा, पंच सीमा पत्नी राकेश साहू, दिनेश यादव आदि उपस्थित थे।")
    assert names(a) == ["अजय वर्मा", "सीमा", "राकेश साहू", "दिनेश यादव"]
    assert designations(a, "सीमा") == ["पंच"]
    assert designations(a, "राकेश साहू") == []
    a = run("धरने में मोहन लाल, गुरदीप सिंह पुत्र बलवंत सिंह, सुखदेव शर्मा आदि शामिल हुए।")
    assert names(a) == ["मोहन लाल", "गुरदीप सिंह", "बलवंत सिंह", "सुखदेव शर्मा"]


def test_a_kinship_word_with_no_name_after_it(run):
    # पुत्र के विवाह में: no relative named; the office's name is still not read across it
    a = run("समारोह में पार्षद रमेश यादव पुत्र के विवाह की बात कही गई।")
    assert "पुत्र" not in " ".join(names(a))
    a = run("सचिव सुनील पुत्र के साथ पहुंचे।")
    assert names(a) == []


# ---------------------------------------------------------------- one-word items
def test_a_one_word_compound_first_name_ends_a_list(run):
    a = run("बैठक में सचिव अजय वर्मा, सुरेश यादव तथा भेरूलाल उपस्थित रहे।")
    assert names(a) == ["अजय वर्मा", "सुरेश यादव", "भेरूलाल"]
    a = run("बैठक में सचिव अजय वर्मा, सुरेश यादव एवं चेनाराम मौजूद थे।")
    assert names(a) == ["अजय वर्मा", "सुरेश यादव", "चेनाराम"]
    # a plural noun, or a word that only ends like a name (a conjunct before it), is none
    assert names(run("बैठक में सचिव अजय वर्मा, सुरेश यादव तथा परिजन उपस्थित रहे।")) == ["अजय वर्मा", "सुरेश यादव"]
    assert names(run("बैठक में सचिव अजय वर्मा, सुरेश यादव तथा विश्राम उपस्थित रहे।")) == ["अजय वर्मा", "सुरेश यादव"]


def test_compound_given_name_form():
    stage = PersonStage(Lexicons.load())
    cg = stage.names.compound_given
    assert cg("भेरूलाल") and cg("चेनाराम") and cg("लखीचंद")
    assert not cg("ग्राम") and not cg("विश्राम") and not cg("आराम") and not cg("गुलाल") and not cg("रमेश")


def test_a_relative_with_an_age_or_a_word_after_the_surname(run):
    # the age after the relative, or an ordinary word after a known surname, is no name part
    a = run("हादसे में सुखविंदर सिंह पुत्र जसवंत सिंह उम्र 32 वर्ष घायल हो गए।")
    assert "जसवंत सिंह" in names(a) and all("उम्र" not in n for n in names(a))
    a = run("मृतक रमेश कुमार पुत्र श्याम लाल यादव किसान था।")
    assert "श्याम लाल यादव" in names(a)
    # a name of two words before a kinship word stays a name when no relative can be read
    a = run("बैठक में सचिव सुनीता वर्मा पति के साथ आईं।")
    assert names(a) == ["सुनीता वर्मा"]


def test_a_run_after_an_office_needs_whole_names(run):
    # three words whose last no list knows as a surname: no run (X सिंह गायिका Y Z)
    a = run("सांसद अरविंद सिंह अभिनेत्री मीना कपूर के साथ पहुंचे।")
    assert "अरविंद सिंह अभिनेत्री" not in names(a)


# ---------------------------------------------------------------- runs ending in a one-word name
def test_a_run_after_an_office_may_end_in_a_one_word_first_name(run):
    a = run("सभा में उपसरपंच श्रीमती गीता बाई मीणा, सदस्य राकेश शर्मा सुरेश वर्मा गोपाल, कोषाध्यक्ष अजय जैन मौजूद थे।")
    assert names(a) == ["गीता बाई मीणा", "राकेश शर्मा", "सुरेश वर्मा", "गोपाल", "अजय जैन"]
    # the office before the run is the first name's, not the item before it
    assert designations(a, "गीता बाई मीणा") == ["उपसरपंच"]
    assert designations(a, "राकेश शर्मा") == ["सदस्य"]
    assert designations(a, "गोपाल") == []
    a = run("बैठक में सचिव अजय जैन, पंच रमेश वर्मा सुनील सोनी मुकेश तथा प्रधान कमल सेन उपस्थित रहे।")
    assert names(a) == ["अजय जैन", "रमेश वर्मा", "सुनील सोनी", "मुकेश", "कमल सेन"]


def test_a_one_word_last_piece_must_be_a_first_name_closed_by_a_mark(run):
    stage = PersonStage(Lexicons.load())
    from hindi_meeting_extract.normalize import fold
    from hindi_meeting_extract.persons.words import WordView

    def cut(text: str):
        view = WordView(fold(text))
        r = stage.lists.name_run(view, 0)
        return None if r is None else [" ".join(view.w[i:j]) for i, j in r]

    assert cut("राकेश शर्मा सुरेश वर्मा गोपाल, आदि") == ["राकेश शर्मा", "सुरेश वर्मा", "गोपाल"]
    # a last word that is no known first name, or not closed, makes no run
    assert cut("राकेश शर्मा सुरेश वर्मा सड़क, आदि") is None
    assert cut("राकेश शर्मा सुरेश वर्मा गोपाल के घर") is None
    # a first name alone after one name is too little for a run
    assert cut("राकेश शर्मा गोपाल, आदि") is None


# ---------------------------------------------------------------- two names read as one
def test_two_names_run_together_after_a_list_link_are_cut(run):
    a = run("सभा में पार्षद मो. इरफान अंसारी तथा गुड्डू यादव टिल्लू राठौर मौजूद थे।")
    assert names(a) == ["इरफान अंसारी", "गुड्डू यादव", "टिल्लू राठौर"]
    a = run("बैठक में रमेश वर्मा, गुड्डू यादव टिल्लू राठौर मौजूद थे।")
    assert names(a) == ["रमेश वर्मा", "गुड्डू यादव", "टिल्लू राठौर"]


def test_four_word_names_that_are_one_person_stay_whole(run):
    assert names(run("श्री सैयद अली शाह गिलानी ने कहा कि ठीक है।")) == ["सैयद अली शाह गिलानी"]
    a = run("सभा में अशोक कुमार ठाकुर और सुनील सिंह राठौर मौजूद थे।")
    assert names(a) == ["अशोक कुमार ठाकुर", "सुनील सिंह राठौर"]


# ---------------------------------------------------------------- a list closed by सहित
def test_an_event_word_that_is_a_first_name_starts_a_name(run):
    a = run("बैठक में ओमप्रकाश जैन, आरती देवी, भैराराम सहित बड़ी संख्या में शिक्षक मौजूद रहे।")
    assert names(a) == ["ओमप्रकाश जैन", "आरती देवी", "भैराराम"]
    a = run("बैठक में दिनेश जैन पुत्र स्व. गोविंद जैन, लीला देवी, हेमाराम सहित अनेक लोग मौजूद रहे।")
    assert ["लीला देवी", "हेमाराम"] == names(a)[-2:]
    # the event itself is still no person
    a = run("गांव में श्री कृष्ण लीला का मंचन हुआ। श्री राम लीला समिति के अध्यक्ष विनोद शर्मा ने कहा कि सब ठीक है।")
    assert names(a) == ["विनोद शर्मा"]
    assert names(run("गुरु पूर्णिमा उत्सव पर सभा हुई।")) == []


# ---------------------------------------------------------------- initials with no anchor
def test_dotted_initials_before_a_surname_with_no_anchor(run):
    # after an office the lexicons do not list
    a = run("बैठक में पंचायत समिति के गट विकासाधिकारी डी.बी. नवले उपस्थित थे।")
    assert names(a) == ["डी.बी. नवले"]
    assert names(run("बैठक में बी.एस. वर्मा ने कहा कि ठीक है।")) == ["बी.एस. वर्मा"]
    a = run("बैठक में एस. वर्मा, आर.के. सोलंकी उपस्थित रहे।")
    assert names(a) == ["एस. वर्मा", "आर.के. सोलंकी"]


def test_dotted_abbreviations_are_no_names(run):
    a = run("उसने एम.ए. पास किया है। ए.सी. कमरे में बैठक हुई। वह पी.एच.डी. कर रहा है। बी.एड. कॉलेज में सभा हुई। "
            "डी.जे. बजाया गया। गांव से 5 कि.मी. दूर सभा 9.11.2025 को हुई। आई.टी.आई. के छात्र आए।")
    assert names(a) == []


# ---------------------------------------------------------------- lists of fix-lists (heldout5 kinds)
def test_list_one_name_per_line_after_a_colon_header(run):
    # the list after `… उपस्थित रहे:`, one name per line, offices in brackets after the names; a
    # one-word name and a name with an initial are items too
    a = run(
        "पुस्तकालय समिति की बैठक में उपस्थित रहे:\nसलमा कुरैशी (सचिव)\nदेवेंद्र (कोषाध्यक्ष)\n"
        "आर. सुब्रमण्यम (सदस्य)\nनीतू यादव\nसंजय ठाकुर\nऔर 40 अभिभावक।"
    )
    assert names(a) == ["सलमा कुरैशी", "देवेंद्र", "आर. सुब्रमण्यम", "नीतू यादव", "संजय ठाकुर"]
    assert [designations(a, n) for n in names(a)] == [["सचिव"], ["कोषाध्यक्ष"], ["सदस्य"], [], []]


def test_list_one_name_per_line_closed_by_a_line_going_on(run):
    # `… सदस्य⏎A⏎B⏎C तथा⏎D⏎के अलावा X मौजूद रहे`: the office before the list is the first name's
    a = run(
        "सभा पंचायत भवन में हुई।\nसभा में वार्ड सदस्य\nकमला उरांव\nमंगल\nहरि प्रसाद महतो तथा\nफूलो देवी\n"
        "के अलावा सचिव दीपक राम मौजूद रहे।"
    )
    assert names(a) == ["कमला उरांव", "मंगल", "हरि प्रसाद महतो", "फूलो देवी", "दीपक राम"]
    assert designations(a, "कमला उरांव") == ["वार्ड सदस्य"]
    assert designations(a, "हरि प्रसाद महतो") == []


def test_lines_of_topics_are_no_list_of_names(run):
    a = run("बैठक में ये विषय\nपेयजल की कमी\nसड़क की मरम्मत\nके साथ कई मुद्दे शामिल रहे।")
    assert names(a) == []


def test_one_known_first_name_opens_a_comma_list(run):
    a = run("कार्यशाला में सौरभ, तनुजा मिश्रा, इमरान खान और ललित जोशी ने भाग लिया।")
    assert names(a) == ["सौरभ", "तनुजा मिश्रा", "इमरान खान", "ललित जोशी"]


def test_a_first_name_ending_the_item_before_is_not_a_new_item(run):
    a = run("कार्यशाला में ललित जोशी, तनुजा मिश्रा और इमरान खान ने भाग लिया।")
    assert names(a) == ["ललित जोशी", "तनुजा मिश्रा", "इमरान खान"]


def test_run_without_commas_goes_on_over_mo_and_arabic_first_names(run):
    # a run of names after offices with no commas: मो. stays in the name, अब्दुल X is one name,
    # four words with one known first name are two names
    a = run(
        "जनसुनवाई में सरपंच सुनीता कुजूर उपसरपंच दिनेश महतो अब्दुल रशीद सुरेश मिंज करमा उरांव "
        "मो. शाहिद आलम तथा विकास साहू शामिल हुए।"
    )
    assert names(a) == ["सुनीता कुजूर", "दिनेश महतो", "अब्दुल रशीद", "सुरेश मिंज", "करमा उरांव",
                        "मो. शाहिद आलम", "विकास साहू"]
    assert designations(a, "दिनेश महतो") == ["उपसरपंच"]
    assert designations(a, "अब्दुल रशीद") == []


def test_numbered_list_one_name_per_line_after_a_header(run):
    a = run("वाचनालय की बैठक हुई।\nबैठक में उपस्थित सदस्य :-\n1. गिरधारी लाल\n2. शबाना (सचिव)\n3. पी. मणि\n4. जसवीर कौर")
    assert names(a) == ["गिरधारी लाल", "शबाना", "पी. मणि", "जसवीर कौर"]
    assert designations(a, "शबाना") == ["सचिव"]


def test_a_letter_labelling_the_unit_is_not_part_of_the_office(run):
    a = run("वार्षिक अधिवेशन में शामिल हुए:\nफरहाना बानो (सी-विंग प्रतिनिधि)\nगोविंद राजू (डी-विंग प्रतिनिधि)")
    assert [designations(a, n) for n in names(a)] == [["विंग प्रतिनिधि"], ["विंग प्रतिनिधि"]]


def test_run_before_the_closer_goes_on_over_mo(run):
    a = run("सभा में हरीश पांडे मो. नदीम अंसारी कमल जोशी उपस्थित रहे।")
    assert names(a) == ["हरीश पांडे", "मो. नदीम अंसारी", "कमल जोशी"]


def test_run_after_an_office_may_open_with_mo(run):
    a = run("सभा में सदस्य मो. नदीम अख्तर हरीश पांडे व कमल जोशी मौजूद थे।")
    assert names(a) == ["मो. नदीम अख्तर", "हरीश पांडे", "कमल जोशी"]
    assert designations(a, "मो. नदीम अख्तर") == ["सदस्य"]


def test_one_known_first_name_opens_a_list_whose_next_item_has_an_office(run):
    a = run("सभा में सौरभ, सचिव तनुजा मिश्रा, इमरान खान आदि मौजूद थे।")
    assert names(a) == ["सौरभ", "तनुजा मिश्रा", "इमरान खान"]
    assert designations(a, "सौरभ") == []
