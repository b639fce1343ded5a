"""Kind of document: meeting report, announcement or no meeting (own sentences)."""

import pytest

from hindi_meeting_extract.kind import KIND_CHARS
from hindi_meeting_extract.models import SCHEMA_VERSION, MeetingRecord

REPORTS = [
    # (text, words the cue must hold)
    ("किसान संघ की बैठक संपन्न\nसीहोर, 4 मार्च। किसान संघ की मासिक बैठक आज पंचायत भवन में हुई।", "बैठक संपन्न"),
    ("सागर। जिला पंचायत सभाकक्ष में जल संरक्षण पर एक दिवसीय कार्यशाला का आयोजन किया गया।", "कार्यशाला का आयोजन किया गया"),
    ("विद्युत विभाग की समीक्षा बैठक आयोजित\nधार। अधीक्षण यंत्री ने कार्यों की प्रगति देखी।", "समीक्षा बैठक आयोजित"),
    ("कलेक्टर ने ली राजस्व अधिकारियों की बैठक\nरीवा। लंबित प्रकरण जल्द निपटाने को कहा।", "ली राजस्व अधिकारियों की बैठक"),
    ("नगर निगम आयुक्त ने मंगलवार को वार्ड प्रभारियों के साथ बैठक की। सफाई पर जोर दिया गया।", "बैठक की"),
    ("ग्राम सभा में सरपंच, सचिव और पचास से अधिक ग्रामीण उपस्थित रहे।", "उपस्थित रहे"),
    ("पत्रकार वार्ता में विधायक ने सड़क निर्माण की जानकारी दी।", "पत्रकार वार्ता"),
    ("लायंस क्लब का शपथ ग्रहण समारोह होटल में सम्पन्न हुआ।", "समारोह होटल में सम्पन्न हुआ"),
    ("सांसद ने नए बस स्टैंड का उद्घाटन किया।", "उद्घाटन किया"),
    ("विद्यालय में वार्षिकोत्सव धूमधाम से मनाया गया।", "वार्षिकोत्सव धूमधाम से मनाया गया"),
    ("मंत्री जी सम्मेलन को संबोधित कर रहे थे, तभी बिजली चली गई।", "सम्मेलन"),
    ("संगठन के सदस्यों को किया सम्मानित\nभोपाल। कार्यकर्ताओं का मान बढ़ाया गया।", "किया सम्मानित"),
    ("मुख्य सचिव ने सोमवार को सड़क योजनाओं की समीक्षा की। उन्होंने काम तेज करने को कहा।", "समीक्षा की"),
    ("सहकारिता पर हुई चर्चा में तीनों जिलों के प्रतिनिधि शामिल हुए।", "शामिल हुए"),
    # public hearings and camps held by officials for the public
    ("पूर्व सांसद ने रविवार को अपने निवास पर जनता दरबार लगाया। फरियादियों की बातें सुनी गईं।", "जनता दरबार लगाया"),
    ("लगाया जन दरबार, सुनीं समस्याएं\nगोंडा। विधायक ने ग्रामीणों से बात की।", "लगाया जन दरबार"),
    ("नगर पालिका की ओर से वार्ड सात में जन समस्या निवारण शिविर लगाया गया, जिसमें अधिकारियों ने आवेदन लिए।",
     "शिविर लगाया गया"),
    ("ग्राम पंचायत भवन में विधिक जागरूकता शिविर लगा। न्यायाधीश ने कानूनी अधिकार समझाए।", "शिविर लगा"),
    ("तहसील परिसर में संपूर्ण समाधान दिवस आयोजित\nबलिया। उपजिलाधिकारी ने फरियादियों को सुना।", "समाधान दिवस आयोजित"),
    ("जिला न्यायालय परिसर में शनिवार को राष्ट्रीय लोक अदालत का आयोजन किया गया।", "लोक अदालत का आयोजन किया गया"),
    # Urdu register: इजलास मुनअकिद हुआ (a session was held)
    ("कमेटी का सालाना इजलास मदरसे के हॉल में मुनअकिद हुआ।", "इजलास मदरसे के हॉल में मुनअकिद हुआ"),
]

ANNOUNCEMENTS = [
    ("व्यापार मंडल की बैठक 12 मई को होगी\nइंदौर। सभी सदस्यों से आने का आग्रह किया गया है।", "बैठक 12 मई को होगी"),
    ("आगामी रविवार को टाउन हॉल में स्वास्थ्य शिविर नहीं, रक्तदान सम्मेलन आयोजित किया जाएगा।", "सम्मेलन आयोजित किया जाएगा"),
    ("मुख्यमंत्री कल सभी कलेक्टरों के साथ करेंगे वीडियो कॉन्फ्रेंसिंग\nभोपाल। तैयारी शुरू।", "करेंगे वीडियो कॉन्फ्रेंसिंग"),
    ("किसान सम्मेलन 20 जून को प्रस्तावित है।", "सम्मेलन 20 जून को प्रस्तावित"),
]

OTHERS = [
    # a crime report
    "ट्रक की टक्कर से बाइक सवार की मौत\nसतना। हाईवे पर रविवार देर रात तेज रफ्तार ट्रक ने बाइक को टक्कर मार दी। चालक मौके से फरार हो गया।",
    # a storm report
    "आंधी से सैकड़ों पेड़ उखड़े, बिजली गुल\nअजमेर। शाम को आई तेज आंधी से शहर में कई जगह पेड़ गिर गए और बिजली आपूर्ति ठप रही।",
    # a live blog
    "10:45 AM\nराज्य में संक्रमितों की संख्या 212 हो गई है।\n10:30 AM\nमुंबई में तीन नए मामले सामने आए हैं।",
    # a meeting mentioned in passing, far from the headline and lead
    "नदी का जलस्तर खतरे के निशान के पार\nपटना। गंगा का जलस्तर लगातार बढ़ रहा है। निचले इलाकों में पानी भर गया है। "
    + "लोग ऊंचे स्थानों की ओर जा रहे हैं। " * 30
    + "पिछले साल इसी समय प्रशासन की बैठक हुई थी।",
    # an earlier meeting as background (pluperfect)
    "दवा की कीमतें बढ़ीं\nदिल्ली। पिछले महीने सरकार ने उद्योग प्रतिनिधियों की बैठक बुलाई थी, पर कीमतें बढ़ती रहीं।",
    # gatherings called off, denied or banned
    "कोरोना के कारण वार्षिक सम्मेलन स्थगित\nजयपुर। संघ ने सभी कार्यक्रम टाल दिए।",
    "इस बार होली मिलन समारोह नहीं होगा।",
    "प्रशासन ने सभी प्रकार की सभा, रैली और जुलूस पर 30 अप्रैल तक रोक लगा दी।",
    # a gathering noun inside a participle phrase: the news is the FIR
    "प्रेस कॉन्फ्रेंस में शामिल हुए एक फोटोग्राफर के खिलाफ मामला दर्ज किया गया है।",
    # a wedding is no meeting
    "विवाह समारोह में हुई फायरिंग में दो घायल हो गए।",
    # plural: gatherings in general
    "संक्रमण रोकने के लिए बैठकों और सभाओं पर पाबंदी जारी रहेगी।",
    # service camps (check-ups, blood donation) are no meeting
    "रोटरी क्लब की ओर से निःशुल्क नेत्र जांच शिविर लगाया गया, जिसमें डेढ़ सौ मरीजों की जांच हुई।",
    "रेडक्रॉस सोसायटी ने जिला अस्पताल में रक्तदान शिविर लगाया। साठ यूनिट रक्त एकत्र हुआ।",
    "कस्बे के स्कूल में मेडिकल कैंप लगाया गया, जहां बुखार के मरीजों को दवा दी गई।",
    # a habit, and an earlier camp (pluperfect through the verb group) are background
    "शहर में हर महीने राशन कार्ड शिविर लगाया जाता है, पर कई लोग नहीं पहुंच पाते।",
    "पिछले माह कस्बे में राशन कार्ड शिविर लगाया गया था, पर अब तक कार्ड नहीं बने।",
]


def _cue_ok(record, text, words):
    cue = record.kind_cue
    assert cue is not None
    assert text[cue.start : cue.end] == cue.text  # grounded in the input
    assert words in cue.text


@pytest.mark.parametrize("text,words", REPORTS)
def test_reports(pipeline, text, words):
    record = pipeline.extract(text)
    assert record.kind == "meeting_report", record.kind_cue
    _cue_ok(record, text, words)


@pytest.mark.parametrize("text,words", ANNOUNCEMENTS)
def test_announcements(pipeline, text, words):
    record = pipeline.extract(text)
    assert record.kind == "announcement", record.kind_cue
    _cue_ok(record, text, words)


@pytest.mark.parametrize("text", OTHERS)
def test_others(pipeline, text):
    record = pipeline.extract(text)
    assert record.kind == "other", record.kind_cue
    assert record.kind_cue is None


def test_passing_mention_is_beyond_the_lead():
    assert OTHERS[3].find("बैठक") > KIND_CHARS  # the test above is about what it says


def test_a_reported_meeting_wins_over_a_planned_one(pipeline):
    text = "अगली बैठक 5 जून को होगी। इससे पहले आज हुई बैठक में बजट पारित किया गया।"
    record = pipeline.extract(text)
    assert record.kind == "meeting_report"
    assert record.kind_cue.start > text.index("इससे")


def test_other_has_no_mode_and_no_attendees_but_keeps_persons(pipeline):
    text = (
        "सड़क हादसे में दो घायल\nकटनी। श्री रमेश तिवारी और श्री सुनील जैन मौके पर मौजूद रहे। "
        "थाना प्रभारी श्री अजय सिंह ने बताया कि ट्रक चालक फरार है।"
    )
    record = pipeline.extract(text)
    assert record.kind == "other"
    assert record.mode is None and record.mode_cue is None
    assert record.attendees == []
    assert record.persons  # the persons themselves stay
    for person in record.persons:
        assert "attendee" not in person.roles
        assert all(ev.role != "attendee" for ev in person.role_evidence)


def test_meeting_keeps_mode_and_attendees(pipeline):
    text = (
        "शिक्षक संघ की बैठक संपन्न\nदेवास, 3 जुलाई। शिक्षक संघ की बैठक स्कूल भवन में हुई। "
        "बैठक में श्री रमेश तिवारी और श्री सुनील जैन उपस्थित रहे।"
    )
    record = pipeline.extract(text)
    assert record.kind == "meeting_report"
    assert record.mode == "in_person"
    assert record.attendees


def test_anniversary_only_after_a_genitive(pipeline):
    # जयंती names a celebration after का/की/के; elsewhere it may be a name (जयंती रवि)
    assert pipeline.extract("समाज ने महाराजा अग्रसेन की जयंती धूमधाम से मनाई।").kind == "meeting_report"
    assert pipeline.extract("स्वास्थ्य आयुक्त जयंती रवि ने बताया कि जिले में 12 नए मामले मिले।").kind == "other"


def test_kind_is_in_the_record_and_schema():
    schema = MeetingRecord.model_json_schema()
    assert schema["properties"]["kind"]["enum"] == ["meeting_report", "announcement", "other"]
    assert "kind_cue" in schema["properties"]
    assert SCHEMA_VERSION == "2"


def test_empty_and_latin_documents_are_other(pipeline):
    assert pipeline.extract("   ").kind == "other"
    assert pipeline.extract("Meeting held today at the district office.").kind == "other"


def test_kind_words_are_lexicon_data():
    from hindi_meeting_extract.lexicon import Lexicons

    kinds = Lexicons.load()["kinds"]
    for section in ("gatherings", "past", "future", "pluperfect", "negations", "called_off", "participation"):
        assert len(kinds[section]) > 0
    assert "बैठक" in kinds["gatherings"]
    assert "बैठकें" not in kinds["gatherings"]  # plurals speak of gatherings in general


def test_meeting_role_in_the_lead_makes_a_report(pipeline):
    # no gathering noun, but a chair and a conductor in the lead
    text = "युवा मंच का वार्षिक मिलन नदी किनारे हुआ। मिलन की अध्यक्षता श्री रमेश वर्मा ने की तथा संचालन श्री दिनेश शुक्ला ने किया।"
    record = pipeline.extract(text)
    assert record.kind == "meeting_report"
    assert record.kind_cue.text in ("अध्यक्षता", "संचालन")
    assert text[record.kind_cue.start : record.kind_cue.end] == record.kind_cue.text


# ------------------------------------------------- closed-class words are data (kinds.toml, cues.toml)


def _user_lexicon(tmp_path, name, body):
    path = tmp_path / f"{name}-{abs(hash(body))}.toml"
    path.write_text(f'[meta]\nname = "{name}"\nversion = "t"\n\n{body}\n', encoding="utf-8")
    return path


def _kind(lexicons, text):
    from hindi_meeting_extract import Pipeline

    record = Pipeline(lexicons=lexicons).extract(text)
    return record.kind, record.kind_cue.text if record.kind_cue else None


@pytest.mark.parametrize(
    "lexicon,body,text,before,after",
    [
        # a colloquial past (करी) closes a tight noun's clause once listed in [tight_past]
        ("kinds", '[tight_past]\nitems = ["करी"]', "जिला पंचायत अध्यक्ष ने गांव की सड़कों की समीक्षा करी।",
         "other", "meeting_report"),
        # पे (colloquial पर) marks what a ban is on once listed: रोक far after the noun bans it
        ("kinds", '[ban_postpositions]\nitems = ["पे"]', "शहर में किसी भी सभा पे अगले आदेश तक रोक लगाई गई।",
         "meeting_report", "other"),
        # the feminine plural imperfective (लेतीं थीं) is a habit once its ending is listed
        ("kinds", '[imperfective_endings]\nitems = ["तीं"]', "गांव के सम्मेलन में महिलाएं भी भाग लेतीं थीं।",
         "meeting_report", "other"),
        # मैं misspelt for में: the occasion before it (शादी) is read once the spelling is listed
        ("kinds", '[locatives]\n"में" = ["मैं"]', "पूर्व विधायक अपने भतीजे की शादी मैं शामिल हुए।",
         "meeting_report", "other"),
        # the ergative comes from cues.toml [agent_markers]: नें (misspelt ने) before की बैठक
        ("cues", '[agent_markers]\n"ने" = ["नें"]', "भाजपा जिलाध्यक्ष नें की बैठक", "other", "meeting_report"),
    ],
)
def test_closed_class_words_come_from_the_lexicons(tmp_path, lexicon, body, text, before, after):
    assert _kind((), text)[0] == before
    assert _kind([_user_lexicon(tmp_path, lexicon, body)], text)[0] == after


def test_adverbial_participles_come_from_the_lexicon(tmp_path):
    # हुये (a spelling of हुए) after करते: listed as a past only, it ends the clause as a report;
    # listed as an adverbial participle too, the clause's verb is the later future करेंगे
    text = "सम्मेलन को संबोधित करते हुये मंत्री कल नई योजना की घोषणा करेंगे।"
    past = _user_lexicon(tmp_path, "kinds", '[past]\nitems = ["हुये"]')
    both = _user_lexicon(tmp_path, "kinds", '[past]\nitems = ["हुये"]\n\n[adverbial_participles]\nitems = ["हुये"]')
    assert _kind([past], text) == ("meeting_report", "सम्मेलन को संबोधित करते हुये")
    assert _kind([both], text)[0] == "announcement"
    assert _kind((), text.replace("हुये", "हुए"))[0] == "announcement"  # the packaged हुए


def test_verb_group_takes_the_auxiliaries_of_the_cue_lexicon(pipeline):
    record = pipeline.extract("नगर में तीन दिवसीय सम्मेलन आयोजित किया गया है।")
    assert record.kind == "meeting_report"
    assert record.kind_cue.text == "सम्मेलन आयोजित किया गया है"  # है: cues.toml [auxiliaries]


@pytest.mark.parametrize("section", ["imperfective_endings", "tight_past", "negations"])
def test_word_sections_must_hold_one_word(tmp_path, section):
    from hindi_meeting_extract import LexiconError, Pipeline

    bad = _user_lexicon(tmp_path, "kinds", f'[{section}]\nitems = ["करते हुए"]')
    with pytest.raises(LexiconError, match=rf"\[{section}\].*must be one word"):
        Pipeline(lexicons=[bad])


def test_kind_code_holds_no_hindi_word():
    """Knowledge is data: Devanagari appears in kind.py only in docstrings and comments."""
    import ast
    from pathlib import Path

    import regex

    from hindi_meeting_extract import kind

    tree = ast.parse(Path(kind.__file__).read_text(encoding="utf-8"))
    docstrings = {
        id(node.body[0].value)
        for node in ast.walk(tree)
        if isinstance(node, ast.Module | ast.ClassDef | ast.FunctionDef)
        and node.body and isinstance(node.body[0], ast.Expr) and isinstance(node.body[0].value, ast.Constant)
    }
    hindi = [
        node.value
        for node in ast.walk(tree)
        if isinstance(node, ast.Constant) and isinstance(node.value, str) and id(node) not in docstrings
        and regex.search(r"\p{Devanagari}", node.value)
    ]
    assert hindi == []


def test_service_camp_words_are_lexicon_data(pipeline, tmp_path):
    from hindi_meeting_extract.pipeline import Pipeline

    text = "क्लब की ओर से फिजियोथेरेपी शिविर लगाया गया, जिसमें विशेषज्ञों ने लोगों से बात की।"
    assert pipeline.extract(text).kind == "meeting_report"
    extra = tmp_path / "kinds.toml"
    extra.write_text(
        '[meta]\nname = "kinds"\nversion = "t"\ndescription = "t"\n'
        '[not_meeting_camps]\nitems = ["फिजियोथेरेपी"]\n',
        encoding="utf-8",
    )
    assert Pipeline(lexicons=[extra]).extract(text).kind == "other"


# ---------------------------------------- an announcement: acts reported as done are not at it
def _roles(record, name):
    return next(p.roles for p in record.persons if p.name == name)


def test_announcement_speaker_and_congratulators_are_no_attendees(pipeline):
    text = (
        "गुजराती समाज की साधारण सभा 14 अप्रैल को\n"
        "इंदौर, 2 अप्रैल। गुजराती समाज की साधारण सभा 14 अप्रैल को समाज भवन में होगी। "
        "समाज के मंत्री भरत पंड्या ने बताया कि सभा में नए सदस्यों का स्वागत किया जाएगा। "
        "पंड्या ने सभी सदस्यों से अपील की कि वे अपने परिचय पत्र साथ लाएं। "
        "समाज ने हेमंत व्यास को उपाध्यक्ष मनोनीत किया है। हेमंत व्यास ने समाज का शुक्रिया अदा करते हुए कहा कि "
        "वे पूरी लगन से काम करेंगे। मनोनयन पर किरण शाह और जयेश दवे ने बधाई दी है।"
    )
    record = pipeline.extract(text)
    assert record.kind == "announcement"
    assert record.attendees == []
    assert "vote_of_thanks" not in _roles(record, "हेमंत व्यास")
    assert "speaker" in _roles(record, "भरत पंड्या")


def test_announcement_keeps_future_guests_and_the_holder(pipeline):
    text = (
        "कृषि मंत्री कल जिले के किसानों के साथ संवाद बैठक करेंगे\n"
        "सीहोर, 9 मई। कृषि मंत्री रामनिवास धाकड़ कल जिले के किसानों के साथ संवाद बैठक करेंगे। "
        "धाकड़ ने कहा कि किसानों की हर समस्या सुनी जाएगी। "
        "बैठक में मुख्य अतिथि के रूप में सांसद गीता मालवीय शामिल होंगी।"
    )
    record = pipeline.extract(text)
    assert record.kind == "announcement"
    attendees = {p.name for p in record.persons if p.id in record.attendees}
    assert {"रामनिवास धाकड़", "गीता मालवीय"} <= attendees


def test_a_report_keeps_its_speakers_and_thanks(pipeline):
    text = (
        "व्यापारी संघ की बैठक संपन्न\nरतलाम, 3 जून। व्यापारी संघ की बैठक आज धर्मशाला में हुई। "
        "अध्यक्ष मनोज भंडारी ने कहा कि बाजार की सफाई पर ध्यान दिया जाएगा। "
        "अंत में सचिव राहुल जैन ने सभी का आभार व्यक्त किया।"
    )
    record = pipeline.extract(text)
    assert record.kind == "meeting_report"
    assert "attendee" in _roles(record, "मनोज भंडारी")
    assert {"vote_of_thanks", "attendee"} <= set(_roles(record, "राहुल जैन"))


def test_appointment_notice_reports_no_meeting(pipeline):
    # an appointee's thanks while speaking and the congratulators make no meeting
    text = (
        "व्यापार मंडल ने घोषित किए नए नगर पदाधिकारी\n"
        "विदिशा (संवाददाता)। व्यापार मंडल के जिला अध्यक्ष हरिओम साहू ने नगर इकाई के नए पदाधिकारी "
        "मनोनीत किए हैं। सूची के अनुसार गंज के नरेश सोनी को नगर अध्यक्ष तथा किला अंदर की रुचि जैन को "
        "नगर महामंत्री बनाया गया है। नवनियुक्त नगर अध्यक्ष नरेश सोनी ने संगठन का आभार व्यक्त करते हुए "
        "कहा कि वे हर दुकानदार से मिलेंगे। नियुक्ति पर विकास गोयल और संध्या राठी ने बधाई दी है।"
    )
    record = pipeline.extract(text)
    assert record.kind == "other"
    assert record.attendees == []
    assert "vote_of_thanks" not in _roles(record, "नरेश सोनी")
    designations = {p.name: p.designations for p in record.persons}
    assert designations["नरेश सोनी"] == ["नगर अध्यक्ष"]
    assert designations["रुचि जैन"] == ["नगर महामंत्री"]


def test_thanks_alone_are_no_meeting_but_chairing_is(pipeline):
    assert pipeline.extract("रतलाम। सांसद राकेश मीणा ने रेल मंत्री का आभार जताया।").kind == "other"
    text = "रतलाम। सांसद राकेश मीणा ने जिला योजना समिति की अध्यक्षता की।"
    assert pipeline.extract(text).kind == "meeting_report"
