import pytest

from hindi_meeting_extract.lexicon import Lexicons
from hindi_meeting_extract.segment import SentenceSplitter, tokenize


@pytest.fixture(scope="module")
def split():
    return SentenceSplitter(Lexicons.load()).split


def texts(split, text):
    return [s.text for s in split(text)]


def test_korba_every_sentence_on_its_own(split, korba_text):
    # Written by hand from the release: (how each sentence starts, how it ends).
    expected = [
        ("कोरबा जिला आई टी", "वर्चुअल मीटिंग संपन्न"),  # headline, no danda
        ("कोरबा 12 जुलाई।", "कोरबा 12 जुलाई।"),  # dateline
        ("जिला भाजपा की आई टी सेल", "के मार्गदर्शन में संपन्न हुआ."),
        ("मीटिंग का उद्देश्य", "छत्तीसगढ़ सरकार को घेर सके।"),
        ("बैठक में उपस्थित कोरबा", "कार्यक्रम संपन्न हो सके।"),
        ("उन्होंने बताया कि आई टी", "सम्भव हो पाया है."),
        ("उन्होंने नवनियुक्त पदाधिकारियों को भविष्य", "समर्थन देने का भरोसा दिलाया।"),
        ("आई टी एवं सोशल मीडिया सेल के प्रदेश प्रभारी", "लगन से कार्य पूर्ण करती है."),
        ("उन्होंने कहा कि आई टी सेल", "सरल माध्यम सोशल मीडिया ही है."),
        ("उन्होंने नवनियुक्त पदाधिकरियों को निष्ठापूर्वक", "पदाधिकरियों से प्रण लिया.."),
        ("प्रदेश सोशल मीडिया सह संयोजक", "उचित न्याय की मांग की जाएगी."),
        ("प्रदेश आई टी सेल सह संयोजक", "कार्यवाही कैसी कराई जाती है.."),
        ("भाजपा जिला कोरबा महामंत्री", "सार्वजनिक पटल पर रख सकता है।"),
        ("बैठक का सफल संचालन", "मुद्दे उठाने का मार्गदर्शन दिया।"),
        ("मीटिंग की शुरुआत वंदे मातरम", "के लिए आभार प्रकट किया ।"),
        ("इस वर्चुअल मीटिंग में", "आदि पदाधिकारी गण उपस्थित थे।"),
    ]
    sentences = split(korba_text)
    assert len(sentences) == len(expected)
    for s, (head, tail) in zip(sentences, expected):
        assert korba_text[s.start : s.end] == s.text
        assert s.text.startswith(head), s.text[:40]
        assert s.text.endswith(tail), s.text[-40:]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("बैठक में डॉ. राजीव सिंह उपस्थित थे। उन्होंने कहा कि काम अच्छा है।",
         ["बैठक में डॉ. राजीव सिंह उपस्थित थे।", "उन्होंने कहा कि काम अच्छा है।"]),
        ("बैठक में प्रो. अजय कुमार ने भाषण दिया. सभा समाप्त हुई.",
         ["बैठक में प्रो. अजय कुमार ने भाषण दिया.", "सभा समाप्त हुई."]),
        ("बैठक में श्री. अरुण साहू ने संचालन किया. सभा समाप्त हुई.",
         ["बैठक में श्री. अरुण साहू ने संचालन किया.", "सभा समाप्त हुई."]),
        ("बैठक में डॉ.राजीव सिंह ने कहा. सभा समाप्त हुई.", ["बैठक में डॉ.राजीव सिंह ने कहा.", "सभा समाप्त हुई."]),
        ("यह बात के.बी. शर्मा ने कही. सभा समाप्त हुई.", ["यह बात के.बी. शर्मा ने कही.", "सभा समाप्त हुई."]),
        ("यह बात यू. एस. चौहान ने कही. सभा समाप्त हुई.", ["यह बात यू. एस. चौहान ने कही.", "सभा समाप्त हुई."]),
        ("उन्होंने प्रण लिया.. अगला वक्ता आया. अंत हुआ।", ["उन्होंने प्रण लिया..", "अगला वक्ता आया.", "अंत हुआ।"]),
        ("कार्यक्रम 12.07.2020 को हुआ. दूसरा वाक्य।", ["कार्यक्रम 12.07.2020 को हुआ.", "दूसरा वाक्य।"]),
        ("कीमत 3.5 करोड़ है. क्या यह सही है? हाँ!", ["कीमत 3.5 करोड़ है.", "क्या यह सही है?", "हाँ!"]),
        ("शीर्षक बिना दंड के\nकोरबा 12 जुलाई। पहला वाक्य।", ["शीर्षक बिना दंड के", "कोरबा 12 जुलाई।", "पहला वाक्य।"]),
        ("कोरबा 12 जुलाई।जिला भाजपा की बैठक हुई॥ समाप्त।", ["कोरबा 12 जुलाई।", "जिला भाजपा की बैठक हुई॥", "समाप्त।"]),
        ("उन्होंने कहा, “काम पूरा होगा।” फिर सभा हुई।", ["उन्होंने कहा, “काम पूरा होगा।”", "फिर सभा हुई।"]),
        ("रु0 500 का दान दि० 12 को दिया। डॉ० शर्मा आए।", ["रु0 500 का दान दि० 12 को दिया।", "डॉ० शर्मा आए।"]),
        ("जानकारी www.example.gov.in पर और info@example.org पर है। अगला।",
         ["जानकारी www.example.gov.in पर और info@example.org पर है।", "अगला।"]),
        ("Dr. A.K. Singh ने कहा. ठीक है।", ["Dr. A.K. Singh ने कहा.", "ठीक है।"]),
        # degrees written with dots inside a list: no dot in or after them ends the sentence
        ("शिविर में रवि वर्मा (एम.कॉम. प्रथम वर्ष), सुनील (बी.एससी. द्वितीय वर्ष) उपस्थित रहे। अंत।",
         ["शिविर में रवि वर्मा (एम.कॉम. प्रथम वर्ष), सुनील (बी.एससी. द्वितीय वर्ष) उपस्थित रहे।", "अंत।"]),
        ("सभा में पीएच.डी. शोधार्थी अनिल और बी.एड. छात्रा कविता मौजूद थीं. अगला वाक्य.",
         ["सभा में पीएच.डी. शोधार्थी अनिल और बी.एड. छात्रा कविता मौजूद थीं.", "अगला वाक्य."]),
        ("विद्यार्थी बी.ए., एम.ए. और एल.एल.बी. के थे। अंत।", ["विद्यार्थी बी.ए., एम.ए. और एल.एल.बी. के थे।", "अंत।"]),
        ("उसने B.Tech पूरा किया. फिर नौकरी की.", ["उसने B.Tech पूरा किया.", "फिर नौकरी की."]),
        # Marathi titles सौ. (सौभाग्यवती) and चि. (चिरंजीव) before a name
        ("बैठक में सौ. सुनंदा पाटिल, चि. अमित देशमुख आदि उपस्थित थे. अंत.",
         ["बैठक में सौ. सुनंदा पाटिल, चि. अमित देशमुख आदि उपस्थित थे.", "अंत."]),
        # not a degree: a letter name before a word that only begins like one
        ("मैं B. Common बात कही. अंत.", ["मैं B.", "Common बात कही.", "अंत."]),
        # a lone dotted letter name before a Devanagari word is an initial (मैं बी. कॉमन: the
        # initial of a name); one that is also a word (के, जी, आई) only where it opens a list
        # item or a clause
        ("मैं बी. कॉमन बात कही. अंत.", ["मैं बी. कॉमन बात कही.", "अंत."]),
        ("सभा में मंत्री एन. सुरेंद्रन बोले. अंत.", ["सभा में मंत्री एन. सुरेंद्रन बोले.", "अंत."]),
        ("सभा में उमेश, के. मणि आदि थे. अंत.", ["सभा में उमेश, के. मणि आदि थे.", "अंत."]),
        ("सूची नीचे है:\nके. मणि आए. अंत.", ["सूची नीचे है:", "के. मणि आए.", "अंत."]),
        ("दस साल की उम्र के. उसके बाद वह गया.", ["दस साल की उम्र के.", "उसके बाद वह गया."]),
        ("बैठक में जिलाधिकारी के. मणि आए। अंत।", ["बैठक में जिलाधिकारी के. मणि आए।", "अंत।"]),
        ("वह नहीं आई. फिर सभा हुई.", ["वह नहीं आई.", "फिर सभा हुई."]),
        ("टीम बी. 12 सदस्य.", ["टीम बी.", "12 सदस्य."]),
    ],
)
def test_full_stops_and_dots_that_are_not(split, text, expected):
    assert texts(split, text) == expected


def test_sentences_are_grounded(split):
    text = "  पहला वाक्य।\r\n\r\nदूसरा  वाक्य ॥  "
    for s in split(text):
        assert text[s.start : s.end] == s.text


def test_tokens_keep_urls_emails_numbers_and_abbreviations_whole():
    text = "डॉ.राजीव ने https://example.org/a-b.html और a.b@example.com पर 12.07.2020 को रु0 1,00,000 (आईटी) दिए।"
    toks = [(t.text, t.kind) for t in tokenize(text)]
    assert ("https://example.org/a-b.html", "url") in toks
    assert ("a.b@example.com", "email") in toks
    assert ("12.07.2020", "number") in toks
    assert ("1,00,000", "number") in toks
    assert ("रु0", "word") in toks
    assert ("डॉ", "word") in toks and ("राजीव", "word") in toks
    assert ("(", "punct") in toks and ("आईटी", "word") in toks
    for t in tokenize(text):
        assert text[t.start : t.end] == t.text


def test_devanagari_digits_are_numbers():
    toks = tokenize("दिनांक १२/०७/२०२० को")
    assert [t.text for t in toks] == ["दिनांक", "१२/०७/२०२०", "को"]
    assert toks[1].kind == "number"


def _reference_split(splitter, text):
    """The splitter as written before its fast paths: a function call per sentence and both
    regex searches for every single dot."""
    from hindi_meeting_extract.segment import _BREAK_RE, _GLUED_ASCII, _HAS_WORD, Sentence

    def dot_is_stop(s):
        before = text[max(0, s - 12) : s]
        after = text[s + 1 : s + 2]
        if before[-1:].isdigit() and after.isdigit():
            return False
        if before[-1:].isascii() and before[-1:].isalnum() and _GLUED_ASCII.match(after):
            return False
        if splitter._abbrev_before.search(before):
            return False
        letter = splitter._letter_before.search(before)
        if letter and (
            splitter._letter_after.match(text, s + 1) or splitter._initial_before(text, s - len(letter.group()))
        ):
            return False
        if letter and splitter._lone_initial(text, s, letter.group()):
            return False
        return True

    def emit(begin, end, out):
        while begin < end and text[begin].isspace():
            begin += 1
        while end > begin and text[end - 1].isspace():
            end -= 1
        if end > begin and (text[begin].isalpha() or _HAS_WORD.search(text, begin, end)):
            out.append(Sentence(begin, end, text[begin:end]))
        elif end > begin and out and out[-1].end <= begin:
            prev = out.pop()
            out.append(Sentence(prev.start, end, text[prev.start : end]))

    out, begin = [], 0
    for m in _BREAK_RE.finditer(text):
        kind = m.lastgroup
        if kind == "nl":
            end = m.start()
        elif kind == "stop":
            end = m.end("stop")
        else:
            if not dot_is_stop(m.start()):
                continue
            end = m.end("dotclose")
        emit(begin, end, out)
        begin = m.end()
    emit(begin, len(text), out)
    return out


def test_split_matches_the_reference_on_tricky_text():
    import random

    splitter = SentenceSplitter(Lexicons.load())
    pieces = [
        "डॉ", "प्रो", "के", "बी", "एस", "यू", "मि.मी", "ई.ई", "है", "गया", "A", "k", "Dr", "3", "12",
        ".", ". ", "..", "।", "॥", "?", "!", "?a", "!=", "\n", " \n ", "  ", "\t", "\x1c", "”", ")", "'",
        "www.example.gov.in", "a.b@example.org", "कोरबा", "ज़िला", "\u0901", "ं",
    ]
    rnd = random.Random(11)
    samples = ["", ".", " .", "है.", "डॉ. राम", "के.बी. सिंह", "यू. एस. चौहान", "A.K. Singh", "3.5", "।।", ". ."]
    samples += ["".join(rnd.choice(pieces) for _ in range(rnd.randint(1, 16))) for _ in range(20000)]
    for text in samples:
        assert splitter.split(text) == _reference_split(splitter, text), repr(text)
