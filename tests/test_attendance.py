"""AttendanceStage on hand-written sentences, with hand-made persons (independent of PersonStage)."""

from __future__ import annotations

import pytest
import regex
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


def test_speaker_in_the_meeting_narrative_attends_without_meeting_phrase() -> None:
    text = (
        "किसान महापंचायत तहसील परिसर में हुई। संयोजक हरपाल सिंह ने कहा कि बकाया भुगतान तुरंत हो। "
        "कोषाध्यक्ष अजय राणा ने अवगत कराया कि समिति के पास पर्याप्त धन है। "
        "महामंत्री सुरेश गिल का कहना था कि आंदोलन जारी रहेगा।"
    )
    people = {"हरपाल सिंह": ["संयोजक"], "अजय राणा": ["कोषाध्यक्ष"], "सुरेश गिल": ["महामंत्री"]}
    a = analysed(text, people, BOTH)
    assert attendees(a) == ["हरपाल सिंह", "अजय राणा", "सुरेश गिल"]


def test_briefing_after_the_meeting_is_not_attendance() -> None:
    # बताया in the narrative stays a briefing, as does a report whose content reports the meeting
    text = (
        "संघ की वार्षिक बैठक संपन्न हुई। सचिव रोहित वर्मा ने बताया कि लीग अगले माह शुरू होगी। "
        "अध्यक्ष मीना जोशी ने जानकारी दी कि बैठक में नई समिति बनाई गई।"
    )
    a = analysed(text, {"रोहित वर्मा": ["सचिव"], "मीना जोशी": ["अध्यक्ष"]}, BOTH)
    assert attendees(a) == []
    assert roles(a, "speaker") == ["रोहित वर्मा", "मीना जोशी"]


def test_online_attendance_and_a_list_on_lines_after_the_verb() -> None:
    text = "बैठक में जिला समन्वयक रीना पाल भी ऑनलाइन जुड़ीं। जिला अधिकारी मोहन दास वर्चुअली जुड़े।"
    a = analysed(text, {"रीना पाल": [], "मोहन दास": []}, BOTH)
    assert attendees(a) == ["रीना पाल", "मोहन दास"]
    text = (
        "परिषद की बैठक हुई। बैठक में निम्नलिखित सदस्य उपस्थित रहे :-\n"
        "1. प्रो. कमला देवी – अधिष्ठाता\nडॉ. विनय कुमार – सदस्य\n\n"
        "प्रो. कमला देवी ने प्रस्ताव रखा। श्यामलाल गुप्ता को आमंत्रित किया गया।"
    )
    a = analysed(text, {"कमला देवी": [], "विनय कुमार": [], "श्यामलाल गुप्ता": []}, BOTH)
    assert attendees(a) == ["कमला देवी", "विनय कुमार"]
    text = "बैठक हुई। ये सदस्य मौजूद रहे -\nराम सिंह, श्याम लाल एवं गीता देवी\nहरि ओम – अध्यक्ष, कला परिषद\n"
    people = {"राम सिंह": [], "श्याम लाल": [], "गीता देवी": [], "हरि ओम": [], "कला परिषद": []}
    assert attendees(analysed(text, people, BOTH)) == ["राम सिंह", "श्याम लाल", "गीता देवी", "हरि ओम"]


def test_absentees_named_in_an_inclusion_sentence() -> None:
    text = (
        "समीक्षा बैठक में सभी प्रधानाचार्य उपस्थित रहे। बैठक से 9 प्रधानाचार्य नदारद रहे। "
        "इनमें नरेश यादव भी शामिल हैं। रमेश पाल गैरहाजिर रहे।"
    )
    a = analysed(text, {"नरेश यादव": ["प्रधानाचार्य"], "रमेश पाल": []}, BOTH)
    assert attendees(a) == []


def test_vote_of_thanks_with_the_thanker_between_noun_and_verb() -> None:
    text = "समिति की बैठक हुई। अंत में आभार सचिव विनोद कुमार ने व्यक्त किया।"
    a = analysed(text, {"विनोद कुमार": ["सचिव"]}, BOTH)
    assert roles(a, "vote_of_thanks") == ["विनोद कुमार"] and attendees(a) == ["विनोद कुमार"]
    text = "समिति की बैठक हुई। संचालन रमा देवी ने किया तथा आभार मंडल अध्यक्ष विनोद कुमार ने माना।"
    a = analysed(text, {"विनोद कुमार": ["मंडल अध्यक्ष"], "रमा देवी": []}, BOTH)
    assert roles(a, "vote_of_thanks") == ["विनोद कुमार"] and roles(a, "conductor") == ["रमा देवी"]
    text = "समिति की बैठक हुई। आभार जताने वालों में विनोद कुमार ने भी कहा कि सब ठीक है।"
    assert roles(analysed(text, {"विनोद कुमार": ["सचिव"]}, BOTH), "vote_of_thanks") == []


def test_chair_of_a_body_being_formed_does_not_chair_the_meeting() -> None:
    text = (
        "मंत्री विजय राठी की अध्यक्षता में एक राज्य स्तरीय समिति का गठन किया गया है। "
        "रोकथाम पर चर्चा के लिए शाम को बैठक बुलाई गई है।"
    )
    a = analysed(text, {"विजय राठी": ["मंत्री"]}, BOTH)
    assert roles(a, "chair") == [] and attendees(a) == []
    # … unless the text reports a meeting of that body
    text = "मंत्री विजय राठी की अध्यक्षता में टास्क फोर्स का गठन हुआ। टास्क फोर्स की पहली बैठक आज हुई।"
    assert roles(analysed(text, {"विजय राठी": ["मंत्री"]}, BOTH), "chair") == ["विजय राठी"]
    text = "मंत्री विजय राठी की अध्यक्षता में जिला स्तरीय समिति गठित हुई। इस समिति की बैठक कल हुई।"
    assert roles(analysed(text, {"विजय राठी": ["मंत्री"]}, BOTH), "chair") == ["विजय राठी"]
    # … but not a meeting of a body named otherwise
    text = "मंत्री विजय राठी की अध्यक्षता में जिला स्तरीय समिति गठित हुई। शाम को सलाहकार समिति की बैठक होगी।"
    assert roles(analysed(text, {"विजय राठी": ["मंत्री"]}, BOTH), "chair") == []


def test_agent_of_an_attributive_passive_is_not_an_attendee() -> None:
    text = "सभा की बैठक हुई। संरक्षक हरि राम द्वारा प्रदान की गई धनराशि को निर्माण पर खर्च किया जाए। सचिव ओम दत्त द्वारा आय-व्यय रखा गया।"
    a = analysed(text, {"हरि राम": ["संरक्षक"], "ओम दत्त": ["सचिव"]}, BOTH)
    assert attendees(a) == ["ओम दत्त"]


def test_role_holder_after_a_long_designation_closed_by_a_copula() -> None:
    text = (
        "कार्यशाला का आयोजन होगा। विशिष्ट अतिथि के रूप में पूर्व कुलपति कृषि एवं प्रौद्योगिकी विश्वविद्यालय "
        "उदयपुर प्रो. नरेंद्र सिंह होंगे। मुख्य अतिथि पूर्व महानिदेशक भारतीय कृषि अनुसंधान परिषद नई दिल्ली "
        "डॉ. कमल वर्मा थे।"
    )
    a = analysed(text, {"नरेंद्र सिंह": ["कुलपति"], "कमल वर्मा": ["महानिदेशक"]}, BOTH)
    assert attendees(a) == ["नरेंद्र सिंह", "कमल वर्मा"]
    assert roles(a, "chief_guest") == ["कमल वर्मा"]


def test_list_after_the_verb_and_a_colon_on_the_same_line() -> None:
    text = "समीक्षा बैठक हुई। बैठक में उपस्थित रहे: परियोजना निदेशक राजेश यादव, अभियंता अनिल सिंह।"
    a = analysed(text, {"राजेश यादव": [], "अनिल सिंह": []}, BOTH)
    assert attendees(a) == ["राजेश यादव", "अनिल सिंह"]


def test_one_sentence_conductor_and_thanks_are_not_crossed() -> None:
    text = "समिति की बैठक हुई। कार्यक्रम का संचालन विकास मिश्र ने तथा धन्यवाद ज्ञापन सचिव ने किया।"
    a = analysed(text, {"विकास मिश्र": []}, BOTH)
    assert roles(a, "conductor") == ["विकास मिश्र"] and roles(a, "vote_of_thanks") == []


def test_list_after_a_header() -> None:
    text = (
        "समिति की बैठक आज हुई।\nबैठक में उपस्थित सदस्य :-\n1. श्री रमेश जोशी – अध्यक्ष\n2. श्रीमती उषा वर्मा – सचिव\n"
        "अगली बैठक मार्च में होगी।\nप्रमुख रूप से उपस्थित: दिनेश पाटीदार, सुरेश यादव।"
    )
    a = analysed(text, {"रमेश जोशी": [], "उषा वर्मा": [], "दिनेश पाटीदार": [], "सुरेश यादव": []}, BOTH)
    assert attendees(a) == ["रमेश जोशी", "उषा वर्मा", "दिनेश पाटीदार", "सुरेश यादव"]


def test_host_of_a_meeting_at_home_attends() -> None:
    text = "पूर्व अध्यक्ष राम कुमार के आवास पर एक अल्पसभा आयोजित की गई। मंत्री श्याम लाल के आवास पर प्रदर्शन किया गया।"
    a = analysed(text, {"राम कुमार": ["अध्यक्ष"], "श्याम लाल": ["मंत्री"]}, BOTH)
    assert attendees(a) == ["राम कुमार"]


def test_scans_tried_at_word_starts_find_what_finditer_finds() -> None:
    """The stage's scans start from their first words where those occur as whole words
    (:class:`WordSet`, :class:`Occurrences`): the same matches as ``finditer``, on texts with
    words beside punctuation, digits, Latin or Bengali letters, joiners and hyphens."""
    from hindi_meeting_extract import Pipeline
    from hindi_meeting_extract.attendance import AttendanceStage
    from hindi_meeting_extract.scan import Occurrences
    from hindi_meeting_extract.normalize import fold

    stage = next(s for s in Pipeline()._stages if isinstance(s, AttendanceStage))  # type: ignore[attr-defined]
    texts = [
        "बैठक में श्री राम, सीता उपस्थित रहे। श्याम उपस्थित नहीं थे, मोहन अनुपस्थित रहे (न उपस्थित)।",
        "कार्यक्रम की अध्यक्षता मोहन ने की, मुख्य अतिथि सोहन थे। आभार सचिव राम ने व्यक्त किया।",
        "उपस्थितउपस्थित रहे:- राम के आवास पर बैठक, उनकी विशेष उपस्थिति में गैर-हाजिर रहे",
        "न न न उपस्थित" * 5 + " की  \n उपस्थिति में",
        "(बैठक)में 12उपस्थित रहे,Xबैठक ক्के आवास पर a-की उपस्थिति में\u200dनदारद रहे।नहीं पहुंचे",
        "श्री-मौजूद रहे…ने द्वारा स्वागत किया। की\tमार्गदर्शन में zoomसभा ऑनलाइन जुड़े-उपस्थित सदस्य :-",
        "राम की उपस्थिति, श्याम के आवास। वे नहीं आए, का नेतृत्वमें उपस्थित",
        "राम की उपस्थिति, श्याम के आवास। वे नहीं आए, की नहीं पहुंचे में, के घर पर, का नेतृत्वमें",
        "की विशेष\n\nउपस्थिति में, के प्रमुख अनुपस्थिति में, की गैर-हाजिर में, के निवास  स्थान पर",
        # opening words with and without a word that may follow them (रहे मौजूद, नहीं उपस्थित,
        # कर कमलों), tails far from and right after their genitives
        "वे रहे मौजूद। रहे साथ, शामिल नहीं हुए, नहीं\nउपस्थित थे, न  शामिल हुए, कर कमलों से, घर पर",
        "के कर-कमलों से, का घर  पर, के विशेष मार्गदर्शन में, की\tगरिमामयी  उपस्थिति में, के नहीं पहुंचे में",
        "वह कर रहे थे, के लिए नहीं गए, की बात घर की, न्यायालय नहीं, उपस्थितों में नहीं",
    ]
    for text in map(fold, texts):
        words = Occurrences(text, stage._words.among(text))
        scans = stage.scans(text)
        for pattern, scan in stage._scans.items():
            expected = [m.span() for m in pattern.finditer(text)]
            assert [m.span() for m in scan.finditer(text)] == expected
            found = scan.finditer(text, candidates=words.candidates(stage._first[pattern]))
            assert [m.span() for m in found] == expected
            assert words.any_match(pattern, stage._first[pattern]) == bool(expected)
            assert [m.span() for m in scans(pattern)] == expected  # as the stage scans
            hit = scan.search(text)
            assert (hit and hit.span()) == ((m := pattern.search(text)) and m.span())


def test_future_participants_of_an_announced_meeting_attend() -> None:
    text = (
        "परिषद का वार्षिक सम्मेलन रविवार को होगा। संयोजक नितिन सक्सेना ने बताया कि सम्मेलन में सांसद "
        "अरुणा यादव और विधायक पवन सोनी शामिल होंगे। युवा प्रकोष्ठ के गौरव जैन भी भाग लेंगे। "
        "प्रदर्शनी में डॉ. इला मेहता उपस्थित रहेंगी।"
    )
    people = {"नितिन सक्सेना": ["संयोजक"], "अरुणा यादव": ["सांसद"], "पवन सोनी": ["विधायक"], "गौरव जैन": [], "इला मेहता": []}
    a = analysed(text, people, BOTH)
    assert attendees(a) == ["अरुणा यादव", "पवन सोनी", "गौरव जैन", "इला मेहता"]
    assert roles(a, "speaker") == ["नितिन सक्सेना"]  # the announcer only briefs


def test_a_full_stop_inside_a_list_does_not_cut_it() -> None:
    text = "बैठक में सचिव रचना पांडे, हेमा बिष्ट – सदस्य, गिरीश पंत – सदस्य। एवं सभी मंडलों के प्रतिनिधि मौजूद थे।"
    a = analysed(text, {"रचना पांडे": [], "हेमा बिष्ट": [], "गिरीश पंत": []}, BOTH)
    assert attendees(a) == ["रचना पांडे", "हेमा बिष्ट", "गिरीश पंत"]
    # a sentence that does not open with a conjunction is a new list
    text = "बैठक में सचिव रचना पांडे ने प्रस्ताव रखा। सभी मंडलों के प्रतिनिधि मौजूद थे।"
    assert attendees(analysed(text, {"रचना पांडे": []}, BOTH)) == ["रचना पांडे"]


def test_event_nouns_place_actors_and_speakers_at_the_event() -> None:
    text = "नए अस्पताल भवन का लोकार्पण हुआ। मुख्यमंत्री किशोर चंद ने कहा कि हर जिले में ऐसा अस्पताल बनेगा।"
    a = analysed(text, {"किशोर चंद": ["मुख्यमंत्री"]}, BOTH)
    assert attendees(a) == ["किशोर चंद"]
    text = "जिला सूचना अधिकारी राघव सेन ने प्रेस वार्ता की। इस मौके पर उन्होंने बताया कि मतदान तीन चरणों में होगा।"
    assert attendees(analysed(text, {"राघव सेन": []}, BOTH)) == ["राघव सेन"]


def test_source_of_the_report_and_past_acts_are_not_attendance() -> None:
    text = (
        "संघ की बैठक में अनेक सदस्य मौजूद थे। अध्यक्ष नरेश बाजवा ने सदस्यों का स्वागत किया। "
        "उक्त जानकारी संघ के मीडिया प्रभारी कपिल सोढ़ी द्वारा दी गई। यह जानकारी सचिव अमन गिल ने दी।"
    )
    people = {"नरेश बाजवा": ["अध्यक्ष"], "कपिल सोढ़ी": ["मीडिया प्रभारी"], "अमन गिल": ["सचिव"]}
    assert attendees(analysed(text, people, BOTH)) == ["नरेश बाजवा"]
    text = "समिति की बैठक हुई। सरपंच विनय राणा ने सभा को संबोधित किया। पूर्व विधायक सतपाल ठाकुर ने भवन का शिलान्यास किया था।"
    assert attendees(analysed(text, {"विनय राणा": ["सरपंच"], "सतपाल ठाकुर": ["विधायक"]}, BOTH)) == ["विनय राणा"]


def test_briefing_keeps_other_subjects_of_its_sentence() -> None:
    # the briefer (बताया, not at the meeting) is excluded, another subject of the sentence is not
    text = (
        "मंडल की बैठक संपन्न हुई। इसके बाद संयोजक ममता गौड़ ने प्रस्तावना रखी तथा प्रभारी अनुज सेठ ने "
        "योजनाओं के बारे में बताया।"
    )
    a = analysed(text, {"ममता गौड़": ["संयोजक"], "अनुज सेठ": ["प्रभारी"]}, BOTH)
    assert attendees(a) == ["ममता गौड़", "अनुज सेठ"]  # बताया with no clause of its own: told the meeting
    text = "मंडल की बैठक संपन्न हुई। मीडिया प्रभारी अनुज सेठ ने बताया कि बैठक में नई कार्यकारिणी बनी।"
    assert attendees(analysed(text, {"अनुज सेठ": ["मीडिया प्रभारी"]}, BOTH)) == []
    # two briefers, and subjects inside the briefing's content, are not placed at the meeting by it
    text = (
        "मंडल की बैठक संपन्न हुई। सदस्य रीना कपूर और प्रभारी अनुज सेठ ने बताया कि अध्यक्ष विकास भल्ला "
        "ने नई अधिसूचना जारी की है।"
    )
    people = {"रीना कपूर": ["सदस्य"], "अनुज सेठ": ["प्रभारी"], "विकास भल्ला": ["अध्यक्ष"]}
    assert attendees(analysed(text, people, BOTH)) == []


def test_doers_of_acts_at_the_meeting_attend() -> None:
    text = (
        "शिविर का उद्घाटन मंत्री सुरेश खन्ना करेंगे। दीप प्रज्वलन विधायक अनिल मेहरा द्वारा किया जाएगा। "
        "समापन सत्र की शुरुआत जिला प्रमुख ज्योति राणा के करकमलों से होगी।"
    )
    people = {"सुरेश खन्ना": ["मंत्री"], "अनिल मेहरा": ["विधायक"], "ज्योति राणा": ["जिला प्रमुख"]}
    assert attendees(analysed(text, people, BOTH)) == ["सुरेश खन्ना", "अनिल मेहरा", "ज्योति राणा"]


def test_acts_done_before_or_to_someone_give_no_doer() -> None:
    text = (
        "सभा हुई। भवन का उद्घाटन वर्ष 2015 में तत्कालीन मंत्री गोपाल राय ने किया था। "
        "अतिथियों का स्वागत किया गया बैठक के संबंध में प्रवक्ता हरि दत्त ने बताया कि चुनाव मई में होंगे।"
    )
    a = analysed(text, {"गोपाल राय": ["मंत्री"], "हरि दत्त": ["प्रवक्ता"]}, BOTH)
    assert attendees(a) == []


def test_presence_list_of_names_parted_only_by_their_titles() -> None:
    text = (
        "बैठक पूर्व मंत्री रघु नंदन लोकसभा के प्रभारी पूर्व विधायक कमल पटेल विधानसभा के प्रभारी सोहन सिंह "
        "जिला अध्यक्ष बलवीर राठौर की उपस्थिति में हुई।"
    )
    people = {
        "रघु नंदन": ["पूर्व मंत्री"], "कमल पटेल": ["प्रभारी पूर्व विधायक"],
        "सोहन सिंह": ["विधानसभा के प्रभारी"], "बलवीर राठौर": ["जिला अध्यक्ष"],
    }
    assert attendees(analysed(text, people, BOTH)) == ["रघु नंदन", "कमल पटेल", "सोहन सिंह", "बलवीर राठौर"]
    # words that are no title still part the names: only the possessor-free last one attends
    text = "बैठक मंत्री रघु नंदन के निर्देश पर विधायक कमल पटेल की उपस्थिति में हुई।"
    assert attendees(analysed(text, {"रघु नंदन": ["मंत्री"], "कमल पटेल": ["विधायक"]}, BOTH)) == ["कमल पटेल"]


@pytest.mark.parametrize(
    "text, role",
    [
        ("कार्यक्रम का सफल संचालन शिक्षक अमित राणा ने किया।", "conductor"),
        ("कार्यक्रम का मंच संचालन अमित राणा द्वारा किया गया।", "conductor"),
        ("मंच संचालक अमित राणा ने अतिथियों का परिचय कराया।", "conductor"),
        ("बैठक का संचालन करते हुए अमित राणा ने एजेंडा रखा।", "conductor"),
        ("अंत में अमित राणा द्वारा आभार व्यक्त किया गया।", "vote_of_thanks"),
        ("आभार प्रदर्शन अमित राणा द्वारा किया गया।", "vote_of_thanks"),
        ("अमित राणा ने सभी अतिथियों के प्रति आभार प्रकट किया।", "vote_of_thanks"),
        ("अमित राणा ने सभी का धन्यवाद ज्ञापित किया।", "vote_of_thanks"),
        ("सह सचिव अमित राणा ने सभी आगंतुकों का आभार माना।", "vote_of_thanks"),
        ("कार्यक्रम की अध्यक्षता करते हुए अमित राणा ने सबका स्वागत किया।", "chair"),
    ],
)
def test_conducting_and_thanks_wordings(text: str, role: str) -> None:
    a = analysed(text, {"अमित राणा": []}, BOTH)
    assert roles(a, role) == ["अमित राणा"] and attendees(a) == ["अमित राणा"]


def test_role_phrase_over_a_list_gives_every_name_the_role() -> None:
    text = "समारोह में विशिष्ट अतिथि के रूप में पार्षद नीता जैन, प्राचार्य ओम प्रकाश तथा डॉ. विनय सूद मौजूद रहे।"
    a = analysed(text, {"नीता जैन": [], "ओम प्रकाश": [], "विनय सूद": []}, BOTH)
    assert attendees(a) == ["नीता जैन", "ओम प्रकाश", "विनय सूद"] and roles(a, "chief_guest") == []
    text = "कार्यक्रम का संचालन संयुक्त रूप से शिक्षिका पूनम रावत और रीता बोस ने किया।"
    a = analysed(text, {"पूनम रावत": [], "रीता बोस": []}, BOTH)
    assert roles(a, "conductor") == ["पूनम रावत", "रीता बोस"]


def test_announcer_inviting_others_is_not_an_attendee() -> None:
    text = (
        "समाज की आमसभा 12 मार्च को होगी। प्रदेश अध्यक्ष हरीश बघेल ने सभी सदस्यों से आग्रह किया है कि "
        "निर्धारित समय पर उपस्थित होकर सहयोग करें। जिलाध्यक्ष मीना ठाकुर ने कार्यकर्ताओं से सम्मेलन में "
        "अधिक संख्या में पहुंचने की अपील की।"
    )
    a = analysed(text, {"हरीश बघेल": ["प्रदेश अध्यक्ष"], "मीना ठाकुर": ["जिलाध्यक्ष"]}, BOTH)
    assert attendees(a) == [] and roles(a, "speaker") == ["मीना ठाकुर"]
    # … the same appeal made at the meeting places its speaker there
    text = (
        "समाज की आमसभा हुई। सभा को संबोधित करते हुए जिलाध्यक्ष मीना ठाकुर ने कार्यकर्ताओं से अभियान में "
        "बढ़ चढ़ कर भाग लेने की अपील की।"
    )
    assert attendees(analysed(text, {"मीना ठाकुर": ["जिलाध्यक्ष"]}, BOTH)) == ["मीना ठाकुर"]



# A list cut off before its verb: a report that breaks off mid-sentence.
_LEAD = "नगर परिषद की मासिक बैठक सोमवार को टाउन हॉल में आयोजित की गई जिसमें शहर की सफाई, पेयजल और सड़कों पर चर्चा हुई। "


def test_list_cut_off_before_its_verb_attends() -> None:
    text = _LEAD + (
        "परिषद के उपाध्यक्ष कमल जैन ने बताया कि बैठक में सचिव हेमंत राठी, कोषाध्यक्ष सीमा बंसल और पार्षद नरेश "
        "पाल के साथ ही वार्डों के अनेक"
    )
    people = {"कमल जैन": ["उपाध्यक्ष"], "हेमंत राठी": ["सचिव"], "सीमा बंसल": ["कोषाध्यक्ष"], "नरेश पाल": ["पार्षद"]}
    a = analysed(text, people, BOTH)
    assert attendees(a) == ["हेमंत राठी", "सीमा बंसल", "नरेश पाल"]
    assert a.persons[1].roles["attendee"].rule == "cut-list"


@pytest.mark.parametrize(
    "tail",
    [
        # the sentence is whole, only its final mark is missing
        "इस बीच मंत्री हेमंत राठी और विधायक सीमा बंसल जिले के दौरे के लिए राजधानी से रवाना हुए",
        # the text ends properly: the names are only mentioned
        "पिछले साल हेमंत राठी, सीमा बंसल और नरेश पाल को पुरस्कार मिला था।",
        # a cut-off clause whose names are possessors (a cited minister's instructions)
        "मंत्री हेमंत राठी और सचिव सीमा बंसल के निर्देश पर जिले के सभी",
        # one name only: no list
        "इसके बाद अध्यक्ष हेमंत राठी के साथ ही वार्डों के अनेक",
        # the subjects of a cut-off ने clause are the narrative's business, not a list's
        "सचिव हेमंत राठी और सीमा बंसल ने पिछले साल कहा था कि अगली",
        # a short last line: a list line or a byline, not a cut paragraph
        "\nहेमंत राठी, सीमा बंसल",
    ],
)
def test_cut_off_list_negatives(tail: str) -> None:
    a = analysed(_LEAD + tail, {"हेमंत राठी": [], "सीमा बंसल": [], "नरेश पाल": []}, BOTH)
    assert not [p for p in a.persons if p.roles.get("attendee") and p.roles["attendee"].rule == "cut-list"]


# Passive giving at the meeting: the recipients before their को were there.
def test_recipients_of_a_passive_gift_attend() -> None:
    text = (
        "विद्यालय में वार्षिक समारोह हुआ। समारोह में छात्रा रीना यादव और छात्र अमन सिंह को प्रशस्ति पत्र "
        "प्रदान किए गए। नए अध्यक्ष मनोज तिवारी को शपथ दिलाई गई।"
    )
    a = analysed(text, {"रीना यादव": [], "अमन सिंह": [], "मनोज तिवारी": []}, BOTH)
    assert attendees(a) == ["रीना यादव", "अमन सिंह", "मनोज तिवारी"]
    assert a.persons[0].roles["attendee"].rule == "recipient"


@pytest.mark.parametrize(
    "sentence",
    [
        "जेल में बंद रीना यादव और अमन सिंह को अदालत के आदेश पर रिहा कर दिया गया।",  # no gift: a light verb
        "दिवंगत रीना यादव और अमन सिंह को दो मिनट का मौन रखकर श्रद्धांजलि दी गई।",  # a tribute to the dead
        "बैठक से अनुपस्थित रीना यादव और अमन सिंह को नोटिस दिया गया।",  # a sanction for an absentee
        "मंत्री रीना यादव के हाथों अमन सिंह को पिछले साल पुरस्कार दिया गया था।",  # given before (and a possessor)
    ],
)
def test_passive_giving_negatives(sentence: str) -> None:
    a = analysed("विद्यालय में वार्षिक समारोह हुआ। " + sentence, {"रीना यादव": [], "अमन सिंह": []}, BOTH)
    assert attendees(a) == []


# An act announced at the meeting, its subject named or given by a designation only.
def test_subject_of_an_act_announced_at_the_meeting_attends() -> None:
    text = (
        "कॉलेज में शनिवार को पुरातन छात्र सम्मेलन होगा। प्राचार्य सुधा मिश्रा ने बताया कि तैयारियां पूरी हैं। "
        "सम्मेलन के आरंभ में प्राचार्य कॉलेज की नई योजनाओं की जानकारी देंगे। "
        "कार्यक्रम के दौरान सांसद गोपाल दास छात्रों को संबोधित करेंगे।"
    )
    a = analysed(text, {"सुधा मिश्रा": ["प्राचार्य"], "गोपाल दास": ["सांसद"]}, BOTH)
    assert attendees(a) == ["सुधा मिश्रा", "गोपाल दास"]
    assert [a.persons[0].roles["attendee"].rule, a.persons[1].roles["attendee"].rule] == ["future-act", "future-act"]


@pytest.mark.parametrize(
    "sentence",
    [
        "अगले महीने सांसद गोपाल दास गांव में नई सड़क का लोकार्पण करेंगे।",  # not placed at the meeting
        "सम्मेलन में सांसद गोपाल दास के संदेश का वाचन करेंगे।",  # a possessor: the sender of a message
        "सम्मेलन में सांसद गोपाल दास को स्मरण करेंगे।",  # an object
        "सम्मेलन में सांसद गोपाल दास आ नहीं सकेंगे।",  # no act announced
    ],
)
def test_act_announced_at_the_meeting_negatives(sentence: str) -> None:
    a = analysed("कॉलेज में शनिवार को पुरातन छात्र सम्मेलन होगा। " + sentence, {"गोपाल दास": ["सांसद"]}, BOTH)
    assert attendees(a) == []


def test_briefer_before_ki_gets_no_role_of_the_report() -> None:
    # the अतिथि of मुख्य अतिथि is no other guest, and the subject of ने before कि does not hold a
    # role named in the report after it
    text = "सचिव राम लाल ने बताया कि विद्यालय में 5 मई को समारोह होगा जिसमें सीमा देवी मुख्य अतिथि होंगी।"
    a = analysed(text, {"राम लाल": ["सचिव"], "सीमा देवी": []}, BOTH)
    assert attendees(a) == ["सीमा देवी"]
    assert roles(a, "chief_guest") == ["सीमा देवी"]
    text = "संघ के सचिव राम लाल ने बताया कि बैठक की अध्यक्षता की जाएगी।"
    a = analysed(text, {"राम लाल": ["सचिव"]}, BOTH)
    assert attendees(a) == [] and roles(a, "chair") == []


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a list before ने: every name gets the role
        ("राम लाल और सीमा देवी ने कार्यक्रम का संचालन किया।", {"conductor": ["राम लाल", "सीमा देवी"]}),
        # formal variants of the vote of thanks
        ("अंत में राम लाल ने सभी अतिथियों का धन्यवाद अदा किया।", {"vote_of_thanks": ["राम लाल"]}),
        ("अंत में राम लाल ने सभी के प्रति कृतज्ञता ज्ञापित की।", {"vote_of_thanks": ["राम लाल"]}),
        # the cue's clause ends (किया तथा) before the next subject: the thanker is the one before
        (
            "राम लाल ने आगंतुकों का आभार प्रकट किया तथा सीमा देवी ने संचालन किया।",
            {"vote_of_thanks": ["राम लाल"], "conductor": ["सीमा देवी"]},
        ),
        # a possessor before the subject holds no role
        ("मंत्री राम लाल के निर्देश पर सीमा देवी ने कार्यक्रम का संचालन किया।", {"conductor": ["सीमा देवी"]}),
    ],
)
def test_role_wordings_and_lists_before_ne(sentence: str, expected: dict[str, list[str]]) -> None:
    a = analysed("विद्यालय में समारोह हुआ। " + sentence, {"राम लाल": [], "सीमा देवी": []}, BOTH)
    for role in ("conductor", "vote_of_thanks"):
        assert roles(a, role) == expected.get(role, [])


@pytest.mark.parametrize(
    ("text", "chairs"),
    [
        ("परिषद की बैठक हुई जिसमें सीमा देवी की अध्यक्षता में बनी समिति की रिपोर्ट पर चर्चा हुई।", []),
        ("परिषद की बैठक हुई जिसमें सीमा देवी की अध्यक्षता वाली एक समिति की रिपोर्ट पढ़ी गई।", []),
        # a meeting of that body: its chair chairs the meeting
        ("सीमा देवी की अध्यक्षता में गठित समिति की बैठक सोमवार को हुई।", ["सीमा देवी"]),
    ],
)
def test_chair_of_a_body_named_by_a_participle(text: str, chairs: list[str]) -> None:
    a = analysed(text + " राम लाल उपस्थित रहे।", {"सीमा देवी": [], "राम लाल": []}, BOTH)
    assert roles(a, "chair") == chairs
    assert attendees(a) == [*chairs, "राम लाल"]


# --- presence verbs in their spelling variants, joining online, arrival participles, reported content


@pytest.mark.parametrize(
    ("text", "people"),
    [
        # the य spelling of the perfect (हुये = हुए)
        ("बैठक में सचिव रमा कांत, कोषाध्यक्ष नीरज भाटी तथा हेमंत चौबे शामिल हुये।", ["रमा कांत", "नीरज भाटी", "हेमंत चौबे"]),
        ("गोष्ठी में शिक्षिका कमला देवी और छाया वर्मा सम्मिलित हुयीं।", ["कमला देवी", "छाया वर्मा"]),
        # उपस्थित with its letters swapped
        ("समारोह में प्रधानाध्यापिका सविता रानी और शिक्षिका कमला देवी उपस्तिथ रहीं।", ["सविता रानी", "कमला देवी"]),
        ("शिविर में डॉ. अरुण माथुर, नर्स लीला जॉर्ज आदि उपसिथत थे।", ["अरुण माथुर", "लीला जॉर्ज"]),
        # a letter confused as spelling_skeleton confuses it (स for श)
        ("सभा में पार्षद गोपाल दास और युवराज सिंह सामिल हुए।", ["गोपाल दास", "युवराज सिंह"]),
        # other tenses and genders
        ("बैठक में ब्लॉक प्रमुख सुनीता कश्यप उपस्थित थी।", ["सुनीता कश्यप"]),
        ("कल के सम्मेलन में महापौर विनीता रावत भी मौजूद रहेगी।", []),  # not a form of the paradigm
        ("शिविर में चिकित्सक कुणाल जैन और तरुण बेदी ने हिस्सा लिये।", ["कुणाल जैन", "तरुण बेदी"]),
    ],
)
def test_presence_verbs_in_any_form_and_spelling(text: str, people: list[str]) -> None:
    names = {n: [] for n in regex.findall(r"(?:रमा कांत|नीरज भाटी|हेमंत चौबे|कमला देवी|छाया वर्मा|सविता रानी|अरुण माथुर|लीला जॉर्ज|गोपाल दास|युवराज सिंह|सुनीता कश्यप|विनीता रावत|कुणाल जैन|तरुण बेदी)", text)}
    a = analysed(text, names, BOTH)
    assert attendees(a) == people


def test_misspelt_absence_still_names_absentees() -> None:
    text = "बैठक में पटवारी सोहन लाल उपस्तिथ रहे, जबकि लेखपाल मोहन कुमार अनुपस्तिथ रहे।"
    a = analysed(text, {"सोहन लाल": [], "मोहन कुमार": []}, BOTH)
    assert attendees(a) == ["सोहन लाल"]


def test_joining_a_meeting_online_closes_a_list() -> None:
    text = (
        "संघ की ऑनलाइन बैठक रविवार को हुई। बैठक में जिला संयोजक पवन तिवारी, सह संयोजक अंकित राठौर आदि जुड़े रहे। "
        "वीसी के माध्यम से उप निदेशक गीता बिष्ट एवं सहायक निदेशक करण थापा जुड़े। "
        "वीडियो कॉन्फ्रेंसिंग में पौड़ी से अधीक्षण अभियंता राजेश नेगी जुड़े थे।"
    )
    people = {"पवन तिवारी": [], "अंकित राठौर": [], "गीता बिष्ट": [], "करण थापा": [], "राजेश नेगी": []}
    a = analysed(text, people, BOTH)
    assert attendees(a) == list(people)
    assert a.persons[0].roles["attendee"].rule == "joined"


@pytest.mark.parametrize(
    "text",
    [
        # 'connected with', not closing a clause
        "बैठक में पार्षद अनिल बंसल सड़क से जुड़े मुद्दे उठाएंगे।",
        # 'connected with' after से, the clause naming no meeting
        "बैठक कल होगी। शिक्षक रमेश चंद्र और ममता जोशी इस अभियान से जुड़े हैं।",
        # the clause names the meeting, but the verb follows से: connected with the scheme
        "बैठक में बताया गया कि किसान रमेश चंद्र योजना से जुड़े हैं।",
        # negated
        "वीसी में जिला अधिकारी विनय राणा नहीं जुड़े।",
    ],
)
def test_joining_verb_in_another_sense_makes_no_attendee(text: str) -> None:
    names = {n: [] for n in ("अनिल बंसल", "रमेश चंद्र", "ममता जोशी", "विनय राणा") if n in text}
    a = analysed(text, names, BOTH)
    assert attendees(a) == []


def test_participle_of_arrival_places_its_speaker_at_the_meeting() -> None:
    text = (
        "गांव में जनसुनवाई आयोजित हुई। जनसुनवाई में पहुंची ग्राम खेड़ा निवासी कविता मीणा ने बताया कि गांव में पानी की "
        "किल्लत है। सम्मेलन में भाग लेने आए प्रोफेसर दिनेश कुमार ने बताया कि शोध पत्र ऑनलाइन जमा होंगे। "
        "बैठक में उपस्थित तहसीलदार नरेंद्र पाल का कहना था कि राशि जल्द मिलेगी।"
    )
    a = analysed(text, {"कविता मीणा": [], "दिनेश कुमार": [], "नरेंद्र पाल": []}, BOTH)
    assert attendees(a) == ["कविता मीणा", "दिनेश कुमार", "नरेंद्र पाल"]
    assert a.persons[0].roles["attendee"].rule == "arrival"


@pytest.mark.parametrize(
    "text",
    [
        # the place is no meeting
        "बैठक कल होगी। अस्पताल में पहुंचे किसान गोविंद पटेल ने बताया कि दवाएं नहीं मिलीं।",
        # the participle's sentence ended before the speaker
        "सभी अधिकारी बैठक में पहुंचे। बाद में सचिव गोविंद पटेल ने बताया कि बैठक स्थगित हो गई।",
        # negated: did not come
        "बैठक में नहीं पहुंचे पार्षद गोविंद पटेल ने बताया कि वे बाहर थे।",
    ],
)
def test_arrival_elsewhere_or_negated_makes_no_attendee(text: str) -> None:
    a = analysed(text, {"गोविंद पटेल": []}, BOTH)
    assert attendees(a) == []


def test_person_named_in_reported_content_is_not_an_attendee() -> None:
    text = (
        "बैठक में विधायक सुरेश राठी ने कहा कि सांसद मनोज तिवारी द्वारा स्वीकृत राशि से सड़क बनेगी। "
        "समारोह में प्राचार्य नीना गुप्ता ने कहा कि पूर्व छात्र अजय मेहरा ने पुस्तकालय के लिए दान दिया है। "
        "अंत में सचिव हरीश बत्रा ने आभार व्यक्त किया।"
    )
    people = {"सुरेश राठी": [], "मनोज तिवारी": [], "नीना गुप्ता": [], "अजय मेहरा": [], "हरीश बत्रा": []}
    a = analysed(text, people, BOTH)
    assert attendees(a) == ["सुरेश राठी", "नीना गुप्ता", "हरीश बत्रा"]


def test_spelled_sections_offer_listed_and_skeleton_spellings() -> None:
    from hindi_meeting_extract.attendance import word_spellings

    table = {"उपस्थित": {"उपस्तिथ"}}
    spellings = word_spellings("उपस्थित", table)
    assert "उपस्तिथ" in spellings and "उपस्थीत" in spellings and "उपस्तीथ" in spellings
    assert word_spellings("रहेंगे", {}) == ["रहेंगे", "रहेगे"]  # a dropped anusvara
    assert word_spellings("रहेंगे", {}, skeleton=False) == ["रहेंगे"]
    assert word_spellings("है", {}) == ["है"]  # too short to guess at


@pytest.mark.parametrize("verb", ["मौजूद रहें", "उपस्थित थें", "शामिल हुऐ", "शामिल हुएं", "उपस्थित रहें"])
def test_attendance_verb_with_a_stray_nasal_or_vowel_sign(verb: str) -> None:
    text = f"सभा में सदस्य गीता रानी, मोहन बघेल तथा किसान नेता सलीम आदि {verb}।"
    a = analysed(text, {"गीता रानी": [], "मोहन बघेल": [], "सलीम": []}, BOTH)
    assert attendees(a) == ["गीता रानी", "मोहन बघेल", "सलीम"]


def test_subjunctive_appeal_to_be_present_lists_nobody() -> None:
    text = "अध्यक्ष सरला देवी ने अपील की कि कल की बैठक में सभी सदस्य समय पर उपस्थित रहें।"
    a = analysed(text, {"सरला देवी": []}, BOTH)
    assert attendees(a) == []


def test_spelling_endings_come_from_the_cues() -> None:
    from hindi_meeting_extract.attendance import word_spellings

    endings = {"े": ("ें",), "ए": ("एं", "ऐ")}
    assert word_spellings("रहे", {}, skeleton=False, endings=endings) == ["रहे", "रहें"]
    assert word_spellings("हुए", {"हुए": {"हुये"}}, skeleton=False, endings=endings) == ["हुए", "हुये", "हुएं", "हुऐ", "हुयें"]
    assert word_spellings("है", {}, skeleton=False, endings=endings) == ["है"]  # no such ending


@pytest.mark.parametrize(
    "text",
    [
        # a paper laid before the meeting
        "समिति की वार्षिक बैठक हुई। सचिव नरेश पाल ने वार्षिक प्रतिवेदन प्रस्तुत करते हुए बताया कि इस वर्ष सदस्य बढ़े हैं।",
        # during the discussion (the negation is in what he said, not in his act)
        "पंचायत की बैठक हुई। चर्चा के दौरान पंच नरेश पाल ने शिकायत की कि गांव में पानी नहीं आता।",
        # a report going on with the proceedings of the paragraph
        "बैठक सभागार में हुई। महापौर सीमा ने कहा, “शहर में पानी की कमी नहीं होने देंगे।” पार्षद नरेश पाल ने बताया कि वार्ड में नई सड़क बन रही है।",
    ],
)
def test_speaker_in_the_proceedings_attends(text: str) -> None:
    a = analysed(text, {"नरेश पाल": [], "सीमा": []}, BOTH)
    assert "नरेश पाल" in attendees(a)


@pytest.mark.parametrize(
    "text",
    [
        # a briefing to the press after the meeting
        "समिति की बैठक हुई। बाद में सचिव नरेश पाल ने पत्रकारों को प्रतिवेदन प्रस्तुत करते हुए बताया कि कई निर्णय लिए गए।",
        # a new paragraph that reports the meeting
        "बैठक सभागार में हुई। महापौर सीमा ने कहा, “शहर में पानी की कमी नहीं होने देंगे।”\nपार्षद नरेश पाल ने बताया कि बैठक में सड़क का प्रस्ताव पारित हुआ।",
        # his own act negated
        "पंचायत की बैठक हुई। पंच नरेश पाल ने बैठक में भाग नहीं लिया।",
        # a claim made now, not an act at the meeting
        "पंचायत की बैठक हुई। विधायक नरेश पाल ने दावा किया है कि सरकार किसानों की बात नहीं सुनती।",
    ],
)
def test_briefer_absentee_or_later_claimant_does_not_attend(text: str) -> None:
    a = analysed(text, {"नरेश पाल": [], "सीमा": []}, BOTH)
    assert "नरेश पाल" not in attendees(a)


def test_relative_pronoun_subject_takes_the_role_of_its_clause() -> None:
    text = "समारोह में वरिष्ठ शिक्षक हरि शंकर भी उपस्थित थे, जिन्होंने सभी अतिथियों का आभार व्यक्त किया।"
    a = analysed(text, {"हरि शंकर": []}, BOTH)
    assert roles(a, "vote_of_thanks") == ["हरि शंकर"]
    assert a.persons[0].roles["vote_of_thanks"].rule == "relative"
    text = "सभा में प्रधानाचार्य कमला जोशी मौजूद रहीं, जिसने कार्यक्रम का संचालन किया।"
    a = analysed(text, {"कमला जोशी": []}, BOTH)
    assert roles(a, "conductor") == ["कमला जोशी"]


def test_relative_pronoun_inside_a_statement_gives_no_role() -> None:
    text = "अध्यक्ष उमेश चंद ने कहा कि जिन्होंने पौधे लगाए उनका आभार व्यक्त किया जाएगा।"
    a = analysed(text, {"उमेश चंद": []}, BOTH)
    assert roles(a, "vote_of_thanks") == []


def test_relative_named_to_identify_a_person_is_no_attendee() -> None:
    text = "बैठक में पार्षद सविता पत्नी राकेश मौर्य, अमन पुत्र श्री दिनेश गुप्ता तथा कमला देवी उपस्थित रहे।"
    people = {"सविता": [], "राकेश मौर्य": [], "अमन": [], "दिनेश गुप्ता": [], "कमला देवी": []}
    a = analysed(text, people, BOTH)
    assert attendees(a) == ["सविता", "अमन", "कमला देवी"]


def test_relative_named_as_themself_attends() -> None:
    text = "शोक सभा में दिवंगत के पुत्र मनीष गर्ग और उनकी पत्नी रीना गर्ग भी मौजूद थे।"
    a = analysed(text, {"मनीष गर्ग": [], "रीना गर्ग": []}, BOTH)
    assert attendees(a) == ["मनीष गर्ग", "रीना गर्ग"]


# --- presence shown by an act at the event; arrivals on an errand; a speaker named with a relative


def test_participle_of_presence_at_the_events_site_places_its_speaker() -> None:
    text = (
        "नगर निगम की ओर से सफाई कर्मियों की कार्यशाला हुई। कार्यशाला स्थल पर मौजूद तहसीलदार सुमन लता ने बताया कि "
        "दस्ताने सभी को बांटे जाएंगे। समारोह के मंच पर उपस्थित पार्षद इकबाल हुसैन का कहना था कि वार्डों में कूड़ेदान कम हैं।"
    )
    a = analysed(text, {"सुमन लता": ["तहसीलदार"], "इकबाल हुसैन": ["पार्षद"]}, BOTH)
    assert attendees(a) == ["सुमन लता", "इकबाल हुसैन"]
    assert a.persons[0].roles["attendee"].rule == "arrival"


def test_participle_at_a_site_that_is_no_event_places_nobody() -> None:
    text = "बैठक कल होगी। घटना स्थल पर पहुंचे थानाध्यक्ष मोहित राणा ने बताया कि मामले की जांच चल रही है।"
    a = analysed(text, {"मोहित राणा": ["थानाध्यक्ष"]}, BOTH)
    assert attendees(a) == []


def test_a_training_is_an_event_whose_actors_attend() -> None:
    text = (
        "आंगनबाड़ी कार्यकर्ताओं का दो दिवसीय प्रशिक्षण सामुदायिक भवन में शुरू हुआ। बाल विकास परियोजना अधिकारी "
        "रजनी चौहान ने प्रशिक्षण का निरीक्षण किया। प्रशिक्षक अंकित सोनी तथा नर्स ममता डागर ने वजन मापने का अभ्यास करवाया।"
    )
    a = analysed(text, {"रजनी चौहान": [], "अंकित सोनी": [], "ममता डागर": []}, BOTH)
    assert attendees(a) == ["रजनी चौहान", "अंकित सोनी", "ममता डागर"]


def test_an_act_with_no_event_named_places_nobody() -> None:
    text = "लोक निर्माण विभाग के अभियंता रजनी चौहान ने नई सड़क का निरीक्षण किया और ठेकेदार को काम तेज करने को कहा।"
    a = analysed(text, {"रजनी चौहान": []}, BOTH)
    assert attendees(a) == []


def test_a_collective_subject_taking_the_oath_points_back_to_the_elected() -> None:
    text = (
        "व्यापार मंडल के चुनाव में कमल किशोर अग्रवाल अध्यक्ष, शीतल जैन व अमित बंसल उपाध्यक्ष तथा नवीन गोयल सचिव "
        "चुने गए। सभी नवनिर्वाचित पदाधिकारियों ने मंच पर पद की शपथ ली।"
    )
    people = {"कमल किशोर अग्रवाल": [], "शीतल जैन": [], "अमित बंसल": [], "नवीन गोयल": []}
    a = analysed(text, people, BOTH)
    assert attendees(a) == list(people)
    assert a.persons[1].roles["attendee"].rule == "group-act"
    text = "संघ की नई कार्यकारिणी में रेखा मलिक अध्यक्ष तथा सोनू पांडे सचिव बने। नई कार्यकारिणी ने शपथ ग्रहण की।"
    a = analysed(text, {"रेखा मलिक": [], "सोनू पांडे": []}, BOTH)
    assert attendees(a) == ["रेखा मलिक", "सोनू पांडे"]


@pytest.mark.parametrize(
    "text",
    [
        # congratulated, took no oath at the event
        "संघ के चुनाव में रेखा मलिक अध्यक्ष तथा सोनू पांडे सचिव चुने गए। नवनिर्वाचित पदाधिकारियों को बधाई दी गई।",
        # the oath was not taken
        "संघ के चुनाव में रेखा मलिक अध्यक्ष तथा सोनू पांडे सचिव चुने गए। नवनिर्वाचित पदाधिकारियों ने शपथ नहीं ली।",
    ],
)
def test_elected_persons_without_an_act_at_the_event_are_not_attendees(text: str) -> None:
    a = analysed(text, {"रेखा मलिक": [], "सोनू पांडे": []}, BOTH)
    assert attendees(a) == []


def test_arrival_on_an_errand_of_ones_own_is_no_attendance() -> None:
    text = (
        "किसान यूनियन की बैठक चौपाल में हुई। बैठक के बाद किसानों ने तहसील पहुंचकर ज्ञापन सौंपा। ज्ञापन लेने पहुंचे "
        "नायब तहसीलदार प्रकाश जांगिड़ ने आश्वासन दिया कि मांगें शासन तक भेजी जाएंगी। शिकायत देने आई विमला देवी ने "
        "कहा कि उनकी फसल का मुआवजा नहीं मिला।"
    )
    a = analysed(text, {"प्रकाश जांगिड़": ["नायब तहसीलदार"], "विमला देवी": []}, BOTH)
    assert attendees(a) == []
    assert roles(a, "speaker") == ["प्रकाश जांगिड़", "विमला देवी"]


def test_arrival_whose_purpose_is_the_meeting_still_counts() -> None:
    text = (
        "गांव में स्वास्थ्य शिविर लगाया गया। शिविर का निरीक्षण करने पहुंचे सीएमओ हरपाल सिंह ने कहा कि दवाओं की कमी नहीं "
        "होगी। बैठक में भाग लेने आए सरपंच धर्मेंद्र यादव ने कहा कि एंबुलेंस की जरूरत है। जनसुनवाई में पहुंची "
        "ग्रामीण सरला बाई ने बताया कि हैंडपंप खराब है। स्कूल का दौरा करने आए विधायक नरेश मान ने भी सभा में "
        "कहा कि नया भवन बनेगा।"
    )
    people = {"हरपाल सिंह": [], "धर्मेंद्र यादव": [], "सरला बाई": [], "नरेश मान": []}
    a = analysed(text, people, BOTH)
    assert attendees(a) == list(people)


def test_speaker_named_with_a_relative_arrived_not_the_relative() -> None:
    text = (
        "जनसुनवाई में पहुंची रामनगर की सीमा कुमारी पत्नी राजेश वर्मा ने बताया कि राशन कार्ड नहीं बना। "
        "शिविर में आए मोहन लाल पुत्र श्री हरि राम ने कहा कि पेंशन रुकी है।"
    )
    people = {"सीमा कुमारी": [], "राजेश वर्मा": [], "मोहन लाल": [], "हरि राम": []}
    a = analysed(text, people, BOTH)
    assert attendees(a) == ["सीमा कुमारी", "मोहन लाल"]
    assert roles(a, "speaker") == ["सीमा कुमारी", "मोहन लाल"]


def test_a_full_stop_inside_brackets_does_not_end_the_list() -> None:
    text = (
        "बैठक में सचिव रोहन सिंह, दीपा मलिक (एम.ए. द्वितीय वर्ष) और कमल नयन (बी.एससी.) सहित कई छात्र शामिल हुए। "
        "प्रो. (डॉ.) सरिता बैरागी ने स्वागत किया।"
    )
    a = analysed(text, {"रोहन सिंह": [], "दीपा मलिक": [], "कमल नयन": [], "सरिता बैरागी": []}, BOTH)
    assert attendees(a)[:3] == ["रोहन सिंह", "दीपा मलिक", "कमल नयन"]


def test_comma_list_ending_in_a_name_with_an_initial() -> None:
    # `…, के. X आदि मौजूद रहे`: the initial's dot ends no sentence, every item attends
    text = "सम्मेलन में अनुज तिवारी, सुरेश, के. नारायणन इत्यादि शामिल हुए। अंत में भोजन हुआ।"
    a = analysed(text, {"सुरेश": [], "अनुज तिवारी": [], "के. नारायणन": []}, BOTH)
    assert attendees(a) == ["अनुज तिवारी", "सुरेश", "के. नारायणन"]


def test_list_one_name_per_line_closed_by_a_line_opening_with_a_genitive() -> None:
    # `… सदस्य⏎A⏎B⏎C तथा⏎D⏎के अलावा X मौजूद रहे`: the lines are one sentence with the verb's line
    text = (
        "थानेदार रेखा साहू छुट्टी पर थीं।\nसभा में वार्ड सदस्य\nकमला उरांव\nमंगल\nहरि प्रसाद महतो तथा\n"
        "फूलो देवी\nके अलावा सचिव दीपक राम मौजूद रहे।"
    )
    people = {"रेखा साहू": [], "कमला उरांव": [], "हरि प्रसाद महतो": [], "फूलो देवी": [], "मंगल": [], "दीपक राम": ["सचिव"]}
    a = analysed(text, people, BOTH)
    assert attendees(a) == ["कमला उरांव", "मंगल", "हरि प्रसाद महतो", "फूलो देवी", "दीपक राम"]


def test_list_one_name_per_line_closed_by_a_line_opening_with_adi() -> None:
    text = "सभा हुई। सभा में प्रमुख रूप से\nगिरधारी लाल,\nजसवीर कौर,\nमणि\nआदि उपस्थित थे।"
    a = analysed(text, {"गिरधारी लाल": [], "जसवीर कौर": [], "मणि": []}, BOTH)
    assert attendees(a) == ["गिरधारी लाल", "जसवीर कौर", "मणि"]
