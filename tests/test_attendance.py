"""AttendanceStage on hand-written sentences, with hand-made persons (independent of PersonStage)."""

from __future__ import annotations

from test_statements import LEX, STAGE, analysed

from hindi_meeting_extract.analysis import Analysis
from hindi_meeting_extract.attendance import AttendanceStage

ATTENDANCE = AttendanceStage(LEX)
BOTH = (STAGE, ATTENDANCE)


def attendees(a: Analysis) -> list[str]:
    return [p.name for p in a.attendees]


def roles(a: Analysis, role: str) -> list[str]:
    return [p.name for p in a.persons if role in p.roles]


def test_list_with_designations_and_markers() -> None:
    text = (
        "बैठक में उपाध्यक्ष राम किशोर, सचिव (प्रशासन) लता शर्मा एवं कोषाध्यक्ष विनोद पाल व मोहन लाल "
        "सहित अनेक कार्यकर्ता उपस्थित रहे।"
    )
    a = analysed(text, {"राम किशोर": [], "लता शर्मा": [], "विनोद पाल": [], "मोहन लाल": []}, BOTH)
    assert attendees(a) == ["राम किशोर", "लता शर्मा", "विनोद पाल", "मोहन लाल"]
    hit = a.persons[1].roles["attendee"]
    assert hit.rule == "attendance-list" and hit.cue is not None and hit.cue.text == "उपस्थित रहे"


def test_list_starts_after_ki_and_briefer_is_only_a_speaker() -> None:
    text = "संघ के सचिव अमर नाथ ने बताया कि बैठक में कोच सुनील बेदी और प्रबंधक नेहा गोयल मौजूद थे।"
    a = analysed(text, {"अमर नाथ": ["सचिव"], "सुनील बेदी": ["कोच"], "नेहा गोयल": ["प्रबंधक"]}, BOTH)
    assert attendees(a) == ["सुनील बेदी", "नेहा गोयल"]
    assert roles(a, "speaker") == ["अमर नाथ"]


def test_absentees_are_excluded() -> None:
    text = (
        "अध्यक्ष गीता वर्मा की अनुपस्थिति में उपाध्यक्ष सुरेश नायक ने बैठक की अध्यक्षता की। "
        "बैठक में सदस्य किशन लाल और पूजा सेन उपस्थित रहे, जबकि हरि ओम अनुपस्थित रहे। "
        "गीता वर्मा ने पत्र भेजकर शुभकामनाएं दीं। सदस्य राजू खान बैठक में उपस्थित नहीं थे। राजू खान ने फोन पर संदेश भेजा।"
    )
    people = {"गीता वर्मा": [], "सुरेश नायक": [], "हरि ओम": [], "किशन लाल": [], "पूजा सेन": [], "राजू खान": []}
    a = analysed(text, people, BOTH)
    assert attendees(a) == ["सुरेश नायक", "किशन लाल", "पूजा सेन"]
    assert roles(a, "chair") == ["सुरेश नायक"]


def test_person_only_mentioned_in_a_list_clause_is_not_an_attendee() -> None:
    text = "मंत्री दीपक जोशी के निर्देश पर आयोजित बैठक में तहसीलदार रवि मेहता के अलावा पटवारी अशोक राय उपस्थित थे।"
    a = analysed(text, {"दीपक जोशी": [], "रवि मेहता": [], "अशोक राय": []}, BOTH)
    assert attendees(a) == ["रवि मेहता", "अशोक राय"]


def test_chair_wordings() -> None:
    a = analysed("कलेक्टर अंजलि सिंह की अध्यक्षता में समीक्षा बैठक हुई।", {"अंजलि सिंह": ["कलेक्टर"]}, BOTH)
    assert roles(a, "chair") == ["अंजलि सिंह"] and attendees(a) == ["अंजलि सिंह"]
    assert a.persons[0].roles["chair"].rule == "possessor"
    a = analysed("बैठक की अध्यक्षता संघ के अध्यक्ष विजय कुमार ने की।", {"विजय कुमार": ["अध्यक्ष"]}, BOTH)
    assert roles(a, "chair") == ["विजय कुमार"]
    a = analysed("वरिष्ठ सदस्य रामेश्वर दास ने बैठक की अध्यक्षता की।", {"रामेश्वर दास": []}, BOTH)
    assert roles(a, "chair") == ["रामेश्वर दास"]
    assert a.persons[0].roles["chair"].cue.text == "अध्यक्षता"


def test_chair_and_conductor_in_one_clause() -> None:
    text = "अध्यक्षता अध्यक्ष प्रेम सिंह और संचालन महासचिव अनुज त्यागी ने किया।"
    a = analysed(text, {"प्रेम सिंह": [], "अनुज त्यागी": []}, BOTH)
    assert roles(a, "chair") == ["प्रेम सिंह"]
    assert roles(a, "conductor") == ["अनुज त्यागी"]


def test_chief_guest_list_after_and_before_the_cue() -> None:
    text = "कार्यक्रम में मुख्य अतिथि के रूप में विधायक नरेश गौड़, महापौर रेनू बाला और प्राचार्य के पी सिंह उपस्थित थे।"
    a = analysed(text, {"नरेश गौड़": [], "रेनू बाला": [], "के पी सिंह": []}, BOTH)
    assert roles(a, "chief_guest") == ["नरेश गौड़", "रेनू बाला", "के पी सिंह"]
    text = "पूर्व सांसद मदन लाल और समाजसेवी उषा रानी मुख्य अतिथि रहे।"
    a = analysed(text, {"मदन लाल": [], "उषा रानी": []}, BOTH)
    assert roles(a, "chief_guest") == ["मदन लाल", "उषा रानी"]


def test_special_guest_attends_without_a_role() -> None:
    text = "मुख्य अतिथि सांसद अरुण देव रहे, विशिष्ट अतिथि डॉ. कमला पंत रहीं।"
    a = analysed(text, {"अरुण देव": [], "कमला पंत": []}, BOTH)
    assert roles(a, "chief_guest") == ["अरुण देव"]
    assert attendees(a) == ["अरुण देव", "कमला पंत"]


def test_conductor_and_vote_of_thanks() -> None:
    text = (
        "कार्यक्रम का संचालन शिक्षक मनीष दुबे द्वारा किया गया। "
        "अंत में सचिव रीता सक्सेना ने सभी अतिथियों का आभार व्यक्त किया।"
    )
    a = analysed(text, {"मनीष दुबे": [], "रीता सक्सेना": []}, BOTH)
    assert roles(a, "conductor") == ["मनीष दुबे"]
    assert roles(a, "vote_of_thanks") == ["रीता सक्सेना"]
    assert attendees(a) == ["मनीष दुबे", "रीता सक्सेना"]


def test_agentless_thanks_gives_no_role() -> None:
    a = analysed("बैठक में सचिन राठी मौजूद रहे। अंत में आभार व्यक्त किया गया।", {"सचिन राठी": []}, BOTH)
    assert roles(a, "vote_of_thanks") == []


def test_presence_phrase_lists_and_honoured_people() -> None:
    text = (
        "बैठक जिला प्रभारी संजय राठौर, महामंत्री आशा पटेल की विशेष उपस्थिति में हुई। "
        "विधायक नीलम चौहान ने पत्रकार अमित जैन तथा रवि शंकर को सम्मानित किया।"
    )
    people = {"संजय राठौर": [], "आशा पटेल": [], "नीलम चौहान": [], "अमित जैन": [], "रवि शंकर": []}
    a = analysed(text, people, BOTH)
    assert attendees(a) == list(people)


def test_speaker_at_the_meeting_attends_but_quoted_elsewhere_does_not() -> None:
    text = (
        "बैठक को संबोधित करते हुए जिलाध्यक्ष ओम शर्मा ने कहा कि चुनाव की तैयारी शुरू करें। "
        "पूर्व मंत्री जगदीश राय ने पिछले साल कहा था कि पार्टी मजबूत होगी।"
    )
    a = analysed(text, {"ओम शर्मा": [], "जगदीश राय": []}, BOTH)
    assert roles(a, "speaker") == ["ओम शर्मा", "जगदीश राय"]
    assert attendees(a) == ["ओम शर्मा"]


def test_attendance_verb_used_as_participle_is_not_a_list_end() -> None:
    text = "बैठक में शामिल रहे सांसद कमल नाथ गुप्ता ने दावा किया कि लॉकडाउन बढ़ेगा।"
    a = analysed(text, {"कमल नाथ गुप्ता": []}, (STAGE, ATTENDANCE))
    # not via the list rule (the verb is a participle) and दावा किया is no statement;
    # only the agent rule places him at the meeting
    assert a.persons[0].roles["attendee"].rule == "agent"
    assert a.statements == []
