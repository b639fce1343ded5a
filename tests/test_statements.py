"""StatementStage on hand-written sentences, with hand-made persons (independent of PersonStage)."""

from __future__ import annotations

import regex

from hindi_meeting_extract.analysis import Analysis, Designation, Mention
from hindi_meeting_extract.backends.rules import RulesBackend
from hindi_meeting_extract.lexicon import Lexicons
from hindi_meeting_extract.statements import StatementStage

LEX = Lexicons.load()
BACKEND = RulesBackend(LEX)
STAGE = StatementStage(LEX)


def analysed(text: str, people: dict[str, list[str]], stages: tuple = (STAGE,)) -> Analysis:
    """An analysis of ``text`` whose persons are ``people`` (full name -> designations), every
    occurrence of a full name being a mention; then ``stages`` run on it."""
    a = Analysis(BACKEND.annotate(text))
    for name, designations in people.items():
        person = a.new_person()
        person.name = name
        for d in designations:
            i = text.find(d)
            person.designations.append(Designation(d, a.doc.span(i, i + len(d))))
        for m in regex.finditer(regex.escape(name), text):
            person.mentions.append(Mention(a.doc.span(m.start(), m.end()), rule="test"))
    for stage in stages:
        stage(a)
    return a


def said(a: Analysis) -> list[tuple[str | None, str, str]]:
    return [(s.speaker.name if s.speaker else None, s.cue.text, s.content.text) for s in a.statements]


def test_ne_kaha_ki_content_is_the_clause_after_ki() -> None:
    text = "बैठक में जिला अध्यक्ष रमेश गुप्ता ने कहा कि संगठन को हर गांव तक पहुंचना होगा। बैठक शाम को समाप्त हुई।"
    a = analysed(text, {"रमेश गुप्ता": ["जिला अध्यक्ष"]})
    assert said(a) == [("रमेश गुप्ता", "कहा", "संगठन को हर गांव तक पहुंचना होगा")]
    s = a.statements[0]
    assert text[s.content.start : s.content.end] == s.content.text
    assert text[s.cue.start : s.cue.end] == "कहा"
    assert s.rule.startswith("ne-name/") and s.kind == "speech"
    assert "speaker" in a.persons[0].roles


def test_directive_content_sits_between_subject_and_verb() -> None:
    text = "कलेक्टर सुधा राव ने सभी विभागों को लंबित आवेदनों का निराकरण समय पर करने के निर्देश दिए।"
    a = analysed(text, {"सुधा राव": ["कलेक्टर"]})
    assert said(a) == [("सुधा राव", "निर्देश दिए", "सभी विभागों को लंबित आवेदनों का निराकरण समय पर करने")]


def test_directive_with_ki_takes_the_clause_after() -> None:
    text = "कलेक्टर सुधा राव ने स्पष्ट निर्देश दिए कि कोई भी आवेदन लंबित न रहे।"
    a = analysed(text, {"सुधा राव": ["कलेक्टर"]})
    assert said(a) == [("सुधा राव", "निर्देश दिए", "कोई भी आवेदन लंबित न रहे")]


def test_pronoun_subject_resolves_to_the_last_named_subject() -> None:
    text = (
        "विधायक अनिल यादव ने नए भवन का लोकार्पण किया। प्रधान सीमा देवी ने स्वागत किया। "
        "उन्होंने बताया कि भवन में पुस्तकालय भी बनेगा।"
    )
    a = analysed(text, {"अनिल यादव": ["विधायक"], "सीमा देवी": ["प्रधान"]})
    assert said(a) == [("सीमा देवी", "बताया", "भवन में पुस्तकालय भी बनेगा")]
    assert a.statements[0].rule.startswith("pronoun/")


def test_designation_only_and_surname_only_subjects() -> None:
    text = (
        "बैठक में पुलिस अधीक्षक विनय कुमार शुक्ला और जिला अध्यक्ष मनोज वर्मा मौजूद थे। "
        "पुलिस अधीक्षक ने कहा कि रात की गश्त बढ़ाई जाएगी। श्री वर्मा ने कहा कि कार्यकर्ता सहयोग करेंगे।"
    )
    a = analysed(text, {"विनय कुमार शुक्ला": ["पुलिस अधीक्षक"], "मनोज वर्मा": ["जिला अध्यक्ष"]})
    assert said(a) == [
        ("विनय कुमार शुक्ला", "कहा", "रात की गश्त बढ़ाई जाएगी"),
        ("मनोज वर्मा", "कहा", "कार्यकर्ता सहयोग करेंगे"),
    ]


def test_unresolved_and_collective_subjects_are_dropped() -> None:
    text = (
        "सम्मेलन में राकेश सिंह मौजूद थे। वक्ताओं ने कहा कि शिक्षा सबसे जरूरी है। "
        "प्रशासन ने बताया कि सड़क का काम जल्द शुरू होगा। उन्होंने कहा कि बजट मिल गया है।"
    )
    a = analysed(text, {"राकेश सिंह": []})
    assert a.statements == []  # उन्होंने follows the unnamed subject, not राकेश सिंह


def test_passives_acts_without_content_and_off_list_verbs_are_not_statements() -> None:
    text = (
        "बैठक में निर्देशित किया गया कि सभी कर्मचारी समय पर आएं। "
        "मुख्य अतिथि राजेश मिश्रा ने अपने विचार व्यक्त किए। राजेश मिश्रा ने युवाओं से आगे आने का आग्रह किया। "
        "बैठक में निर्णय लिया गया कि अगली बैठक सोमवार को होगी।"
    )
    a = analysed(text, {"राजेश मिश्रा": []})
    assert a.statements == []


def test_possessive_and_according_to_subjects() -> None:
    text = (
        "संघ के सचिव अजय प्रकाश का कहना है कि टूर्नामेंट मार्च में होगा। "
        "अजय प्रकाश के मुताबिक, सोलह टीमों ने पंजीयन कराया है।"
    )
    a = analysed(text, {"अजय प्रकाश": ["सचिव"]})
    assert said(a) == [
        ("अजय प्रकाश", "का कहना है", "टूर्नामेंट मार्च में होगा"),
        ("अजय प्रकाश", "के मुताबिक", "सोलह टीमों ने पंजीयन कराया है"),
    ]


def test_quote_after_the_cue_may_span_sentences() -> None:
    text = "महापौर कविता जैन ने कहा, “शहर की सफाई हमारी पहली जिम्मेदारी है। हम पीछे नहीं हटेंगे।” इसके बाद बैठक खत्म हुई।"
    a = analysed(text, {"कविता जैन": ["महापौर"]})
    assert said(a) == [("कविता जैन", "कहा", "शहर की सफाई हमारी पहली जिम्मेदारी है। हम पीछे नहीं हटेंगे")]


def test_two_verbs_of_one_subject_make_one_statement() -> None:
    text = "प्रभारी दिनेश साहू ने कार्यकर्ताओं को उनकी भूमिका से अवगत कराया एवं आश्वस्त किया कि हर शिकायत पर कार्रवाई होगी।"
    a = analysed(text, {"दिनेश साहू": ["प्रभारी"]})
    assert said(a) == [("दिनेश साहू", "आश्वस्त किया", "हर शिकायत पर कार्रवाई होगी")]


def test_report_with_content_before_the_subject() -> None:
    text = "जिले में अब तक चार हजार किसानों का पंजीयन हो चुका है, उप संचालक हरीश पटेल ने बताया।"
    a = analysed(text, {"हरीश पटेल": ["उप संचालक"]})
    assert said(a) == [("हरीश पटेल", "बताया", "जिले में अब तक चार हजार किसानों का पंजीयन हो चुका है")]


def test_second_statement_in_one_run_on_sentence_cuts_the_first() -> None:
    text = "अध्यक्ष सुरेश चंद्र ने कहा कि समाज को एकजुट रहना है उन्होंने यह भी कहा कि युवा आगे आएं"
    a = analysed(text, {"सुरेश चंद्र": ["अध्यक्ष"]})
    assert said(a) == [
        ("सुरेश चंद्र", "कहा", "समाज को एकजुट रहना है"),
        ("सुरेश चंद्र", "कहा", "युवा आगे आएं"),
    ]


def test_signed_headline_quote() -> None:
    text = "हर बूथ पर मजबूत टीम बनाना हमारा लक्ष्य: तिवारी\nरायपुर। भाजपा जिलाध्यक्ष प्रमोद तिवारी की अध्यक्षता में बैठक हुई।"
    a = analysed(text, {"प्रमोद तिवारी": ["जिलाध्यक्ष"]})
    assert said(a) == [("प्रमोद तिवारी", "तिवारी", "हर बूथ पर मजबूत टीम बनाना हमारा लक्ष्य")]
    assert a.statements[0].rule == "signed-headline"


def test_signed_headline_repeating_a_body_statement_is_not_doubled() -> None:
    text = (
        "किसानों को समय पर भुगतान होगा - मंत्री सिंह\n"
        "मंत्री गोपाल सिंह ने कहा कि किसानों को समय पर भुगतान होगा।"
    )
    a = analysed(text, {"गोपाल सिंह": ["मंत्री"]})
    assert [s.rule for s in a.statements] == ["ne-name/speech-after"]


def test_byte_line() -> None:
    text = "बैठक संपन्न हुई।\nबाइट – सुनीता राय, जिला शिक्षा अधिकारी\nसभी स्कूलों में जुलाई से नई किताबें पहुंचेंगी।"
    a = analysed(text, {"सुनीता राय": ["जिला शिक्षा अधिकारी"]})
    assert said(a) == [("सुनीता राय", "सुनीता राय, जिला शिक्षा अधिकारी", "सभी स्कूलों में जुलाई से नई किताबें पहुंचेंगी")]


def test_press_briefing_is_not_at_the_meeting() -> None:
    text = (
        "बैठक के बारे में जानकारी देते हुए सचिव नीरज ठाकुर ने बताया कि लीग अगले माह शुरू होगी। "
        "बैठक को संबोधित करते हुए अध्यक्ष ओम प्रकाश ने बताया कि मैदान तैयार है।"
    )
    a = analysed(text, {"नीरज ठाकुर": ["सचिव"], "ओम प्रकाश": ["अध्यक्ष"]})
    assert [(s.speaker.name, s.at_meeting) for s in a.statements] == [("नीरज ठाकुर", False), ("ओम प्रकाश", True)]


def test_keep_unresolved_emits_null_speakers() -> None:
    stage = StatementStage(LEX)
    stage.keep_unresolved = True
    a = analysed("प्रशासन ने बताया कि सड़क का काम जल्द शुरू होगा।", {"राकेश सिंह": []}, (stage,))
    assert said(a) == [(None, "बताया", "सड़क का काम जल्द शुरू होगा")]


def test_no_persons_no_statements() -> None:
    assert analysed("उन्होंने कहा कि काम जल्द पूरा होगा।", {}).statements == []


def test_anaphoric_object_takes_the_previous_sentence() -> None:
    text = "जिले में तीन नए उप स्वास्थ्य केंद्र खोले जाएंगे। स्वास्थ्य मंत्री रेखा पांडे ने यह जानकारी दी।"
    a = analysed(text, {"रेखा पांडे": ["स्वास्थ्य मंत्री"]})
    assert said(a) == [("रेखा पांडे", "जानकारी दी", "जिले में तीन नए उप स्वास्थ्य केंद्र खोले जाएंगे")]


def test_subjectless_clause_continues_the_last_subject_and_no_designation_as_content() -> None:
    text = (
        "कलेक्टर मीना सोनी ने अस्पताल का निरीक्षण किया। साथ ही बताया कि नई एंबुलेंस जल्द आएगी। "
        "राज्य के खाद्य मंत्री विनोद अग्रवाल ने भी कहा।"
    )
    a = analysed(text, {"मीना सोनी": ["कलेक्टर"], "विनोद अग्रवाल": ["खाद्य मंत्री"]})
    assert said(a) == [("मीना सोनी", "बताया", "नई एंबुलेंस जल्द आएगी")]
    assert a.statements[0].rule == "topic/report-after"


def test_forms_alternation_is_whole_word_longest_first_with_particles() -> None:
    import regex as rx

    from hindi_meeting_extract.lexicon import parse_lexicon
    from hindi_meeting_extract.statements import KindMatcher, forms_alternation

    lx = parse_lexicon('[meta]\nname="t"\nversion="1"\n[a]\n"घोषणा की" = ["एलान किया"]\n[b]\n"कहा" = ["कहा है"]\n')
    pat = rx.compile(forms_alternation([lx["a"], lx["b"]], "भी"))
    assert [m.group() for m in pat.finditer("उन्होंने घोषणा  भी की और कहा है, कहानी नहीं")] == ["घोषणा  भी की", "कहा है"]
    km = KindMatcher({"a": lx["a"], "b": lx["b"]}, ["भी"])
    assert [km.kind(m) for m in km.finditer("एलान भी किया, फिर कहा")] == ["a", "b"]


def test_forms_alternation_by_head_matches_as_the_trie() -> None:
    import regex as rx

    from hindi_meeting_extract.lexicon import parse_lexicon
    from hindi_meeting_extract.statements import forms_alternation

    lx = parse_lexicon(
        '[meta]\nname="t"\nversion="1"\n[a]\n"उपस्थित रहे" = ["उपसथित रहे", "उपस्थित रहेंगे", "उपसथित रहेंगे", '
        '"उपस्थित", "मौजूद रहे", "मौजूद थे", "रहे मौजूद", "मौजूद रहे भी"]\n'
        '[b]\n"गैर" = ["गैर-हाजिर रहे", "गैर हाजिर"]\n'
    )
    text = (
        "सभी उपस्थित रहेंगे। कुछ उपसथित  रहे, कुछ उपस्थित। मौजूद रहे भी और रहे मौजूद थे; "
        "मौजूद थें, उपस्थितों में नहीं। गैर-हाजिर रहे गैर हाजिर गैर"
    )
    for sec in (lx["a"], lx["b"]):
        trie = rx.compile(forms_alternation([sec]))
        by_head = rx.compile(forms_alternation([sec], by_head=True))
        got = [[m.span() for m in p.finditer(text)] for p in (trie, by_head)]
        assert got[0] and got[0] == got[1]
        at = lambda p, i: (m := p.match(text, i)) and m.span()  # noqa: E731
        assert [at(trie, i) for i in range(len(text))] == [at(by_head, i) for i in range(len(text))]
    assert len(forms_alternation([lx["a"]], by_head=True)) < len(forms_alternation([lx["a"]]))
    assert forms_alternation([lx["b"]], by_head=True) == forms_alternation([lx["b"]])  # गैर / गैर-: the trie


def test_statement_that_only_introduces_another_is_dropped() -> None:
    text = "सचिव अरुण गोयल ने बताया कि अध्यक्ष माया सिंह ने कहा कि सदस्यता अभियान जल्द शुरू होगा।"
    a = analysed(text, {"अरुण गोयल": ["सचिव"], "माया सिंह": ["अध्यक्ष"]})
    assert said(a) == [("माया सिंह", "कहा", "सदस्यता अभियान जल्द शुरू होगा")]
    assert "speaker" not in a.persons[0].roles


def test_abbreviated_title_refers_back_to_the_full_title() -> None:
    text = (
        "जिले में अपराध समीक्षा गोष्ठी हुई। वरिष्ठ पुलिस अधीक्षक मनोज त्रिपाठी ने गोष्ठी ली। "
        "एसएसपी ने निर्देश दिए कि रात्रि गश्त बढ़ाई जाए।"
    )
    a = analysed(text, {"मनोज त्रिपाठी": ["वरिष्ठ पुलिस अधीक्षक"]})
    assert said(a) == [("मनोज त्रिपाठी", "निर्देश दिए", "रात्रि गश्त बढ़ाई जाए")]
    text = "जिला विद्यालय निरीक्षक सुमन लता ने बैठक ली। डीआईओएस ने कहा कि परीक्षा केंद्र समय से तैयार हों।"
    a = analysed(text, {"सुमन लता": ["जिला विद्यालय निरीक्षक"]})
    assert said(a) == [("सुमन लता", "कहा", "परीक्षा केंद्र समय से तैयार हों")]


def test_bare_title_is_not_credited_to_a_longer_office_with_a_modifier() -> None:
    text = (
        "जिलाधिकारी हरीश चंद्र की अध्यक्षता में बैठक हुई। अपर जिलाधिकारी कमल सिंह ने आंकड़े रखे। "
        "जिलाधिकारी ने कहा कि वसूली में तेजी लाई जाए। एडीएम ने बताया कि नोटिस भेजे गए हैं।"
    )
    a = analysed(text, {"हरीश चंद्र": ["जिलाधिकारी"], "कमल सिंह": ["अपर जिलाधिकारी"]})
    assert said(a) == [
        ("हरीश चंद्र", "कहा", "वसूली में तेजी लाई जाए"),
        ("कमल सिंह", "बताया", "नोटिस भेजे गए हैं"),
    ]
    # with only the ADM named, जिलाधिकारी ने refers to nobody known
    text = "अपर जिलाधिकारी कमल सिंह ने आंकड़े रखे। जिलाधिकारी ने कहा कि वसूली में तेजी लाई जाए।"
    assert said(analysed(text, {"कमल सिंह": ["अपर जिलाधिकारी"]})) == []
    # an abbreviation prefers the exact title over one containing its words
    text = "बैठक में उप विकास आयुक्त राजेश वर्मा और उपायुक्त नीना शाह उपस्थित थे। डीसी ने कहा कि काम समय पर हो।"
    a = analysed(text, {"राजेश वर्मा": ["उप विकास आयुक्त"], "नीना शाह": ["उपायुक्त"]})
    assert said(a) == [("नीना शाह", "कहा", "काम समय पर हो")]


def test_name_dash_designation_list_line_is_no_signed_quote() -> None:
    text = (
        "परिषद की बैठक संपन्न\nभोपाल। परिषद की बैठक हुई। बैठक में ये सदस्य उपस्थित रहे -\n"
        "प्रो. कमला देवी – अधिष्ठाता, कला संकाय\nडॉ. विनय कुमार – सदस्य\n"
    )
    a = analysed(text, {"कमला देवी": ["अधिष्ठाता"], "कला संकाय": [], "विनय कुमार": []})
    assert said(a) == []
    # a real headline quote signed with a name still counts
    text = "किसानों की आवाज सदन तक पहुंचाएंगे : वर्मा\nसागर। किसान संघ की बैठक में रामदास वर्मा मौजूद थे।"
    a = analysed(text, {"रामदास वर्मा": []})
    assert said(a) == [("रामदास वर्मा", "वर्मा", "किसानों की आवाज सदन तक पहुंचाएंगे")]


def test_attendance_line_cut_at_the_head_bound_is_no_signed_quote() -> None:
    body = "जिले में विकास कार्यों की समीक्षा बैठक कलेक्ट्रेट सभागार में हुई और सभी विभागों ने प्रगति रखी। " * 5
    text = "समीक्षा बैठक संपन्न\n" + body + "\nबैठक में उपस्थित रहे: परियोजना निदेशक राजेश यादव, जिला विकास अधिकारी अनिल सिंह।\n"
    a = analysed(text, {"राजेश यादव": ["परियोजना निदेशक"], "अनिल सिंह": []})
    assert said(a) == []


def test_list_of_names_after_a_colon_is_no_signature() -> None:
    text = "समिति की बैठक संपन्न\nदेवास। बैठक हुई।\nप्रमुख रूप से उपस्थित: दिनेश पाटीदार, सुरेश यादव, अनीता शर्मा।\n"
    a = analysed(text, {"दिनेश पाटीदार": [], "सुरेश यादव": [], "अनीता शर्मा": []})
    assert said(a) == []


# -- fast scans: the same matches as the plain patterns ------------------------------------------

_PIECES = ["कहा", "कहां", "ने", "जाने", "उन्होंने", "द्वारा", "के", "अनुसार", "की", "अध्यक्षता", "बैठक", "में",
           "प्रेस", "वार्ता", "निर्देश", "दिए", "बात", "बातचीत", "भी", "राम", ":", "-", "–", "—", "।", "|", "*",
           ".", ",", '"', " ", " ", "  ", "\t", "\n", "\n\n", "\u00a0"]


def _texts(seed: int, count: int, longest: int) -> list[str]:
    import random

    rnd = random.Random(seed)
    return ["".join(rnd.choice(_PIECES) for _ in range(rnd.randint(0, longest))) for _ in range(count)]


def test_literal_scans_match_the_plain_patterns() -> None:
    scans = [STAGE._cues._scan, STAGE._agent_re, STAGE._possessive_re, STAGE._according_re, STAGE._chairs,
             STAGE._meeting_nouns, STAGE._press_re]
    for text in _texts(7, 1500, 80):
        present = STAGE._words.among(text)  # the first words that occur whole: the rest not searched
        for scan in scans:
            expected = [m.span() for m in scan.pattern.finditer(text)]
            assert [m.span() for m in scan.finditer(text)] == expected
            gated = scan is not STAGE._press_re  # its words are not in the stage's word set
            if gated:
                assert [m.span() for m in scan.finditer(text, present=present)] == expected
            for pos, endpos in ((0, len(text)), (len(text) // 3, 2 * len(text) // 3)):
                plain = scan.pattern.search(text, pos, endpos)
                for fast in (scan.search(text, pos, endpos), scan.search(text, pos, endpos, present if gated else None)):
                    assert (fast.span() if fast else None) == (plain.span() if plain else None)


def test_signed_lines_match_the_plain_pattern() -> None:
    from hindi_meeting_extract.statements import SignedLines

    lines = SignedLines()
    plain = regex.compile(SignedLines.PATTERN)
    texts = _texts(11, 1500, 60) + _texts(12, 150, 400)  # long lines pass the 400-character bound
    for text in texts:
        for endpos in (len(text), len(text) // 2):
            want = [(m.span("c"), m.span("s")) for m in plain.finditer(text, 0, endpos)]
            assert list(lines.finditer(text, endpos)) == want


def test_pronoun_after_chair_and_unresolved_passive_agents() -> None:
    # उन्होंने takes the chair (the last topic); unresolved द्वारा subjects are no topics
    text = (
        "जिलाध्यक्ष प्रमोद तिवारी की अध्यक्षता में बैठक हुई। विभाग द्वारा सूची दी गई। "
        "समिति द्वारा नाम भेजे गए। उन्होंने कहा कि काम समय पर पूरा होगा।"
    )
    a = analysed(text, {"प्रमोद तिवारी": ["जिलाध्यक्ष"]})
    assert said(a) == [("प्रमोद तिवारी", "कहा", "काम समय पर पूरा होगा")]
    # … and a later unnamed ने subject takes over the topic
    a = analysed(text.replace("समिति द्वारा नाम भेजे गए।", "अधिकारियों ने नाम भेजे।"), {"प्रमोद तिवारी": ["जिलाध्यक्ष"]})
    assert said(a) == []


def test_signed_lines_match_the_plain_pattern_across_lines() -> None:
    # separators at line ends and starts (the separator part may run over a line break)
    from hindi_meeting_extract.statements import SignedLines

    lines = SignedLines()
    plain = regex.compile(SignedLines.PATTERN)
    pieces = ["राम सिंह", "बैठक में कहा गया", ":", " -", "- ", "—", "\n", "\n ", " \t", "।", "|", ".", "*", "क" * 70]
    import random

    rnd = random.Random(5)
    for _ in range(3000):
        text = "".join(rnd.choice(pieces) for _ in range(rnd.randint(0, 14)))
        for endpos in (len(text), len(text) * 2 // 3):
            want = [(m.span("c"), m.span("s")) for m in plain.finditer(text, 0, endpos)]
            assert list(lines.finditer(text, endpos)) == want


def test_quick_tests_never_reject_a_match() -> None:
    # the scans bounded by a limit, and the startswith / endswith tests before a regex
    import random

    from hindi_meeting_extract.normalize import fold
    from hindi_meeting_extract.statements import _next_word

    cues = LEX["cues"]
    words = [fold(f) for n in ("particles", "auxiliaries", "passive_markers", "past_auxiliaries", "conjunctions",
                               "collective_subjects") for f in cues[n].forms]
    rnd = random.Random(13)
    pieces = _PIECES + words + ["गयाब", "थाना", ", ", ","]
    texts = ["".join(rnd.choice(pieces) for _ in range(rnd.randint(0, 30))) for _ in range(1500)]
    hits = 0
    for text in texts:
        for before, scan in ((STAGE._agents_before, STAGE._agent_re), (STAGE._chairs_before, STAGE._chairs)):
            limit = len(text) // 2
            full = [m.span() for m in scan.finditer(text) if m.start() < limit]
            assert [m.span() for m in before.finditer(text, limit) if m.start() < limit] == full
        for pos in range(len(text) + 1):
            after = _next_word(text, pos)
            for rx, starts in ((STAGE._passive_re, STAGE._passive_starts), (STAGE._past_re, STAGE._past_starts),
                               (STAGE._conj_re, STAGE._conj_starts)):
                if rx.match(text, pos):
                    hits += 1
                    assert text.startswith(starts, after)
            lo = max(0, pos - 40)
            if STAGE._collective_re.search(text, lo, pos):
                hits += 1
                assert text[lo:pos].rstrip().endswith(STAGE._collective_ends)
        for m in STAGE._cues.finditer(text):
            assert STAGE._cues.kind(m) == STAGE._cues._kinds.get(
                " ".join(w for w in m.group().split() if w not in STAGE._cues._particles), "")
    assert hits > 300  # the tests were put to work


def test_agent_named_with_dvara_before_a_passive_cue() -> None:
    text = (
        "समीक्षा बैठक में उपायुक्त नीलम शर्मा द्वारा सभी अधिकारियों को फाइलें समय पर निपटाने के निर्देश दिए गए। "
        "इसके बाद सचिव केशव दत्त द्वारा बताया गया कि नया भवन दिसंबर तक तैयार होगा। "
        "बैठक में निर्देशित किया गया कि कोई अवकाश पर न जाए।"
    )
    a = analysed(text, {"नीलम शर्मा": ["उपायुक्त"], "केशव दत्त": ["सचिव"]})
    assert said(a) == [
        ("नीलम शर्मा", "निर्देश दिए", "सभी अधिकारियों को फाइलें समय पर निपटाने"),
        ("केशव दत्त", "बताया", "नया भवन दिसंबर तक तैयार होगा"),
    ]  # the agentless passive (निर्देशित किया गया) stays no statement


def test_dvara_of_an_attributive_participle_is_not_the_subject() -> None:
    text = (
        "अध्यक्ष सुरेंद्र बाली ने संस्था द्वारा पिछले वर्ष किए गए सेवा कार्यों की जानकारी दी। "
        "प्रधान रजनी सूद ने विभाग द्वारा किए जा रहे सर्वे के बारे में बताया।"
    )
    a = analysed(text, {"सुरेंद्र बाली": ["अध्यक्ष"], "रजनी सूद": ["प्रधान"]})
    assert [(s, c) for s, c, _ in said(a)] == [("सुरेंद्र बाली", "जानकारी दी"), ("रजनी सूद", "बताया")]
    assert "सेवा कार्यों" in said(a)[0][2] and "सर्वे" in said(a)[1][2]
    text = "बैठक हुई। मुख्यमंत्री राम नाथ द्वारा जारी निर्देशों का पालन करने पर जोर दिया गया।"
    assert analysed(text, {"राम नाथ": ["मुख्यमंत्री"]}).statements == []  # an agentless passive
    # a named agent of a run-on sentence stays the subject: X द्वारा … किया गया इस अवसर पर … कहा कि
    text = "भवन का लोकार्पण मंत्री हरीश राणा द्वारा किया गया इस अवसर पर सभा को संबोधित करते हुए कहा कि गांव में पानी पहुंचेगा।"
    assert said(analysed(text, {"हरीश राणा": ["मंत्री"]})) == [("हरीश राणा", "कहा", "गांव में पानी पहुंचेगा")]


def test_misspelt_cue_words() -> None:
    text = "सभा में पार्षद ललिता बोस ने कहां कि वार्ड में नाली बनेगी। सरपंच जीवन लाल ने कहा की तालाब की सफाई होगी।"
    a = analysed(text, {"ललिता बोस": ["पार्षद"], "जीवन लाल": ["सरपंच"]})
    assert said(a) == [
        ("ललिता बोस", "कहां", "वार्ड में नाली बनेगी"),
        ("जीवन लाल", "कहा", "तालाब की सफाई होगी"),
    ]
    # कहां as "where" is no cue
    text = "पार्षद ललिता बोस ने पूछा कि नाली कहां बनेगी और पैसा कहां से आएगा।"
    assert analysed(text, {"ललिता बोस": ["पार्षद"]}).statements == []


def test_cue_variants_participle_and_causative() -> None:
    text = (
        "जिला पंचायत सीईओ तरुण भाटी ने पौधारोपण के लक्ष्य समय पर पूरे करने के निर्देश देते हुए अधिकारियों को चेताया। "
        "विधायक मंजू रावत ने ग्रामीणों को आश्वासन दिलाया कि पुल की मरम्मत जल्द होगी।"
    )
    a = analysed(text, {"तरुण भाटी": ["सीईओ"], "मंजू रावत": ["विधायक"]})
    assert said(a) == [
        ("तरुण भाटी", "निर्देश देते हुए", "पौधारोपण के लक्ष्य समय पर पूरे करने"),
        ("मंजू रावत", "आश्वासन दिलाया", "पुल की मरम्मत जल्द होगी"),
    ]


def test_content_on_the_line_after_a_bare_verb() -> None:
    text = "संघ के अध्यक्ष विपिन चौधरी ने बताया\nइस बार का मुख्य मुद्दा खिलाड़ियों की सुरक्षा था।\n"
    a = analysed(text, {"विपिन चौधरी": ["अध्यक्ष"]})
    assert said(a) == [("विपिन चौधरी", "बताया", "इस बार का मुख्य मुद्दा खिलाड़ियों की सुरक्षा था")]
    # a verb that ends its sentence with a full stop takes no next line
    text = "संघ के अध्यक्ष विपिन चौधरी ने बताया।\nइस बार का मुख्य मुद्दा खिलाड़ियों की सुरक्षा था।\n"
    assert analysed(text, {"विपिन चौधरी": ["अध्यक्ष"]}).statements == []


def test_name_with_its_designation_after_it_before_ne() -> None:
    text = "शिविर में खिलाड़ी मौजूद थे। सविता नेगी प्रभारी खेल प्रकोष्ठ ने बताया कि अगला शिविर जून में होगा।"
    a = analysed(text, {"सविता नेगी": ["प्रभारी खेल प्रकोष्ठ"]})
    assert said(a) == [("सविता नेगी", "बताया", "अगला शिविर जून में होगा")]


def test_near_synonyms_off_the_cue_list_and_unnamed_subjects_give_no_statement() -> None:
    text = (
        "मंत्री गोविंद दास ने आग्रह किया कि सभी लोग टीका लगवाएं। मंत्री गोविंद दास ने दावा किया कि "
        "सरकार ने वादे पूरे किए। एक अधिकारी ने बताया कि काम चल रहा है।"
    )
    assert analysed(text, {"गोविंद दास": ["मंत्री"]}).statements == []


def test_pronoun_after_a_sentence_naming_one_person_without_a_subject_marker() -> None:
    text = "सभा में सांसद आलोक नाथ पहुंचे। उन्होंने कहा कि नहर का काम जल्द पूरा होगा।"
    assert said(analysed(text, {"आलोक नाथ": ["सांसद"]})) == [("आलोक नाथ", "कहा", "नहर का काम जल्द पूरा होगा")]
    # a possessor is only mentioned; two persons leave the pronoun open
    text = "सभा हुई। मंत्री आलोक नाथ की योजना पर चर्चा हुई। उन्होंने कहा कि नहर का काम जल्द पूरा होगा।"
    assert analysed(text, {"आलोक नाथ": ["मंत्री"]}).statements == []
    text = "सभा में सांसद आलोक नाथ और विधायक रेखा साहू पहुंचे। उन्होंने कहा कि नहर का काम जल्द पूरा होगा।"
    assert analysed(text, {"आलोक नाथ": ["सांसद"], "रेखा साहू": ["विधायक"]}).statements == []
    for link in ("जैसे नेताओं के साथ काम किया", "से मुलाकात हुई", "को पत्र भेजा गया"):
        text = f"सभा हुई। सांसद आलोक नाथ {link}। उन्होंने कहा कि नहर का काम जल्द पूरा होगा।"
        assert analysed(text, {"आलोक नाथ": ["सांसद"]}).statements == [], link


def test_subjectless_sentence_after_an_attributive_dvara_continues_the_subject() -> None:
    text = (
        "बैठक के दौरान अध्यक्ष सुरेंद्र बाली ने संस्था द्वारा पिछले वर्ष किए गए सेवा कार्यों की जानकारी दी। "
        "नई परियोजनाओं में और अधिक भाग लेने का आश्वासन दिया।"
    )
    assert said(analysed(text, {"सुरेंद्र बाली": ["अध्यक्ष"]})) == [
        ("सुरेंद्र बाली", "जानकारी दी", "संस्था द्वारा पिछले वर्ष किए गए सेवा कार्यों"),
        ("सुरेंद्र बाली", "आश्वासन दिया", "नई परियोजनाओं में और अधिक भाग लेने"),
    ]


def test_cue_far_from_its_subject_in_a_long_sentence() -> None:
    clauses = ", ".join(
        f"{place} में चल रहे निर्माण कार्यों की प्रगति की विस्तार से समीक्षा करने के बाद"
        for place in ("नगर", "ब्लॉक", "तहसील", "पंचायत", "वार्ड", "मंडी")
    )
    text = f"जिलाधिकारी मीनाक्षी राव ने {clauses} अधिकारियों को स्पष्ट निर्देश दिए कि काम मार्च तक पूरा हो।"
    assert said(analysed(text, {"मीनाक्षी राव": ["जिलाधिकारी"]})) == [("मीनाक्षी राव", "निर्देश दिए", "काम मार्च तक पूरा हो")]


def test_pronoun_is_the_speaker_not_an_agent_inside_the_content() -> None:
    text = (
        "जिला अध्यक्ष राजीव सेठ ने बताया कि संगठन ने इस वर्ष पांच सौ पौधे लगाए हैं। "
        "उन्होंने बताया कि अगले माह रक्तदान शिविर लगेगा।"
    )
    a = analysed(text, {"राजीव सेठ": ["जिला अध्यक्ष"]})
    assert said(a) == [
        ("राजीव सेठ", "बताया", "संगठन ने इस वर्ष पांच सौ पौधे लगाए हैं"),
        ("राजीव सेठ", "बताया", "अगले माह रक्तदान शिविर लगेगा"),
    ]


def test_pronoun_after_a_subject_outside_any_content_is_that_subject() -> None:
    text = (
        "अध्यक्ष राजीव सेठ ने कहा कि बैठक अच्छी रही। सचिव अनुराधा वर्मा ने भी विचार रखे। "
        "उन्होंने बताया कि अगले माह शिविर लगेगा।"
    )
    a = analysed(text, {"राजीव सेठ": [], "अनुराधा वर्मा": []})
    assert said(a)[-1] == ("अनुराधा वर्मा", "बताया", "अगले माह शिविर लगेगा")


def test_headline_signed_with_a_designation_goes_to_its_holder() -> None:
    text = (
        "स्कूलों में लापरवाही बर्दाश्त नहीं होगी: कलेक्टर\n"
        "रीवा। कलेक्टर मनोज पुष्प ने शिक्षा विभाग की बैठक ली। उन्होंने कहा कि लापरवाही बर्दाश्त नहीं होगी।"
    )
    a = analysed(text, {"मनोज पुष्प": ["कलेक्टर"]})
    assert ("मनोज पुष्प", "कलेक्टर", "स्कूलों में लापरवाही बर्दाश्त नहीं होगी") in said(a)
    assert [s.rule for s in a.statements].count("signed-headline") == 1


def test_report_going_on_with_the_proceedings_is_at_the_meeting() -> None:
    text = "बैठक सभागार में हुई। अध्यक्ष विनय ने कहा, “पानी की कमी नहीं होगी।” पार्षद अजय राठौर ने बताया कि नई सड़क बन रही है।"
    a = analysed(text, {"विनय": [], "अजय राठौर": []})
    assert [s.at_meeting for s in a.statements] == [True, True]
    # … not in a paragraph of its own, nor with the press, nor when it reports the meeting
    for tail in (
        "\nपार्षद अजय राठौर ने बताया कि नई सड़क बन रही है।",
        " पार्षद अजय राठौर ने पत्रकारों को बताया कि नई सड़क बन रही है।",
        " पार्षद अजय राठौर ने बताया कि बैठक में नई सड़क का प्रस्ताव पारित हुआ।",
    ):
        a = analysed("बैठक सभागार में हुई। अध्यक्ष विनय ने कहा, “पानी की कमी नहीं होगी।”" + tail, {"विनय": [], "अजय राठौर": []})
        assert [s.at_meeting for s in a.statements] == [True, False], tail


# --- a subject named with a relative (A पत्नी B ने); an office with a respect word (सदर साहब ने)


def test_subject_in_a_kinship_apposition_is_the_first_person() -> None:
    text = (
        "शिविर में कमला देवी पत्नी सुरेश यादव ने कहा कि गांव में बिजली नहीं आती। अजय कुमार पुत्र श्री रामफल ने बताया "
        "कि नहर में पानी नहीं है। पूजा पुत्री दिनेश सैनी का कहना था कि स्कूल दूर है।"
    )
    people = {"कमला देवी": [], "सुरेश यादव": [], "अजय कुमार": [], "रामफल": [], "पूजा": [], "दिनेश सैनी": []}
    a = analysed(text, people)
    assert [s[0] for s in said(a)] == ["कमला देवी", "अजय कुमार", "पूजा"]
    assert a.statements[0].rule.startswith("ne-kin")


def test_relation_word_with_no_name_before_keeps_the_named_subject() -> None:
    text = "श्रद्धांजलि सभा में दिवंगत के पुत्र विवेक शर्मा ने कहा कि पिता जी का सपना पूरा करेंगे।"
    a = analysed(text, {"विवेक शर्मा": []})
    assert [s[0] for s in said(a)] == ["विवेक शर्मा"]


def test_office_with_a_respect_word_refers_to_its_holder() -> None:
    text = (
        "अंजुमन की बैठक सदर नसीम अख्तर की सदारत में हुई। सदर साहब ने कहा कि जलसा जनवरी में होगा। "
        "बैठक में जिलाधिकारी रवि प्रकाश भी आए। जिलाधिकारी जी ने निर्देश दिए कि मैदान की सफाई कराई जाए।"
    )
    a = analysed(text, {"नसीम अख्तर": ["सदर"], "रवि प्रकाश": ["जिलाधिकारी"]})
    assert [s[0] for s in said(a)] == ["नसीम अख्तर", "रवि प्रकाश"]


def test_office_with_a_respect_word_held_by_nobody_is_dropped() -> None:
    text = "बैठक में अपर जिलाधिकारी रवि प्रकाश मौजूद रहे। जिलाधिकारी साहब ने कहा कि मैदान की सफाई कराई जाए।"
    a = analysed(text, {"रवि प्रकाश": ["अपर जिलाधिकारी"]})
    assert said(a) == []
