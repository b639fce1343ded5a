"""Anchors: honorific forms, glued titles, traps, word kinds and their bounded memory.

Every sentence here is written for these tests (no corpus or dev text).
"""

from __future__ import annotations

import pytest
from person_helpers import designations, names, person, run  # noqa: F401  (run is a fixture)

from hindi_meeting_extract.lexicon import Lexicons
from hindi_meeting_extract.persons import PersonStage


# ---------------------------------------------------------------- honorifics
@pytest.mark.parametrize(
    ("text", "name", "honorific"),
    [
        ("बैठक में श्री रमेश चंद्र गुप्ता ने भाग लिया।", "रमेश चंद्र गुप्ता", "श्री"),
        ("कार्यक्रम में श्रीमती सुनीता देवी उपस्थित रहीं।", "सुनीता देवी", "श्रीमती"),
        ("कार्यक्रम में श्री मती कमला वर्मा उपस्थित रहीं।", "कमला वर्मा", "श्रीमती"),
        ("कार्यक्रम में श्रीमति गीता साहू उपस्थित रहीं।", "गीता साहू", "श्रीमती"),
        ("सुश्री नेहा राठौर ने स्वागत किया।", "नेहा राठौर", "सुश्री"),
        ("कु. पूजा यादव ने गीत गाया।", "पूजा यादव", "कुमारी"),
        ("डॉ.राकेश तिवारी ने बताया कि शिविर लगेगा।", "राकेश तिवारी", "डॉ"),
        ("डा. अमित जैन ने बताया कि शिविर लगेगा।", "अमित जैन", "डॉ"),
        ("डॉक्टर सुरेश पांडे ने बताया कि शिविर लगेगा।", "सुरेश पांडे", "डॉ"),
        ("डाॅ. प्रिया सक्सेना ने बताया कि शिविर लगेगा।", "प्रिया सक्सेना", "डॉ"),
        ("डॉ० हरीश चौबे ने बताया कि शिविर लगेगा।", "हरीश चौबे", "डॉ"),
        ("प्रो. विनय कुमार पाठक ने व्याख्यान दिया।", "विनय कुमार पाठक", "प्रो"),
        ("माननीय मंत्री जी के आगमन पर मा० रामप्रसाद वर्मा ने स्वागत किया।", "रामप्रसाद वर्मा", "माननीय"),
        ("आदरणीय गोविंद दास जी का सम्मान किया गया।", "गोविंद दास", "आदरणीय"),
        ("स्व. कैलाश नाथ तिवारी की स्मृति में सभा हुई।", "कैलाश नाथ तिवारी", "स्व"),
        ("पं. दीनानाथ शास्त्री ने पूजन कराया।", "दीनानाथ शास्त्री", "पं"),
        ("रोटे. मनीष अग्रवाल ने क्लब का परिचय दिया।", "मनीष अग्रवाल", "रोटे"),
        ("एड. संजय श्रीवास्तव ने कानूनी जानकारी दी।", "संजय श्रीवास्तव", "एड"),
        ("मेजर सुरेंद्र सिंह रावत ने ध्वज फहराया।", "सुरेंद्र सिंह रावत", "मेजर"),
        ("कर्नल अजय प्रताप ने परेड की सलामी ली।", "अजय प्रताप", "कर्नल"),
        ("इंस्पेक्टर रविंद्र नेगी ने जांच की।", "रविंद्र नेगी", "इंस्पेक्टर"),
    ],
)
def test_honorific_forms(run, text, name, honorific):
    a = run(text)
    assert names(a) == [name]
    assert a.persons[0].honorific == honorific


def test_deity_word_as_a_first_name(run):
    a = run("मुख्य अतिथि सांसद श्री गणेश सिंह थे।")
    assert names(a) == ["गणेश सिंह"]
    assert designations(a, "गणेश सिंह") == ["सांसद"]


def test_bracketed_second_title(run):
    a = run("प्रधानाचार्य डॉ. (श्रीमती) सुधा अग्रवाल ने शुभकामनाएं दीं।")
    assert names(a) == ["सुधा अग्रवाल"]
    assert a.persons[0].honorific == "डॉ"


def test_bracketed_note_after_a_rank(run):
    a = run("परिषद की बैठक में कर्नल (से.नि.) आर.पी. सिंह ने विचार रखे।")
    assert names(a) == ["आर.पी. सिंह"]
    assert a.persons[0].honorific == "कर्नल"


def test_abbreviated_modifier(run):
    a = run("बैठक में अति. पुलिस अधीक्षक श्रीमती कविता ठाकुर उपस्थित थीं।")
    assert designations(a, "कविता ठाकुर") == ["अति. पुलिस अधीक्षक"]


def test_glued_title_after_office(run):
    a = run("बैठक में सचिवश्री महेश्वर प्रसाद ने प्रतिवेदन पढ़ा।")
    assert names(a) == ["महेश्वर प्रसाद"]
    assert designations(a, "महेश्वर प्रसाद") == ["सचिव"]


def test_glued_titles_are_whole_words(run):
    """A glued title counts only at the end of an office word; the longer title wins."""
    a = run("सचिवश्रीमती सुनीता देवी और अध्यक्षडॉ राजीव मेहता ने बैठक ली।")
    assert names(a) == ["सुनीता देवी", "राजीव मेहता"]
    assert [p.honorific for p in a.persons] == ["श्रीमती", "डॉ"]
    assert designations(a, "सुनीता देवी") == ["सचिव"]
    assert designations(a, "राजीव मेहता") == ["अध्यक्ष"]
    assert names(run("सचिवश्रीराम के दर्शन किए।")) == []  # the title inside a word: no anchor



# ---------------------------------------------------------------- not persons
@pytest.mark.parametrize(
    "text",
    [
        "बैठक जय श्री राम के नारे के साथ शुरू हुई।",
        "नए काम का श्री गणेश किया गया।",
        "मंदिर में श्रीमद्भागवत कथा हुई।",
        "दल श्रीनगर पहुंचा।",
        "श्री सीमेंट के अधिकारी आए।",
        "श्री गौशाला भवन में बैठक हुई।",
        "महाराजा श्री अग्रसेन जयंती मनाई गई।",
        "डॉ. अम्बेडकर जयंती पर सभा हुई।",
        "कार्यक्रम पं. दीनदयाल उपाध्याय सभागार में हुआ।",
        "श्री अग्रवाल समाज ने भंडारा किया।",
        "मंदिर में श्री हनुमान चालीसा पढ़ी गई।",
        "मुख्यमंत्री जन सेवा अभियान के तहत शिविर लगे।",
        "प्रधानमंत्री आवास योजना के हितग्राही आए।",
        "उन्होंने जिला अध्यक्ष पद के लिए आवेदन किया।",
        "थाना प्रभारी सहित पुलिस बल मौके पर पहुंचा।",
    ],
)
def test_traps(run, text):
    assert run(text).persons == []



def test_word_kinds_match_the_lexicon_sets(monkeypatch):
    """``WordKinds.of`` (one dictionary look-up per word, kinds remembered across documents, the
    memory bound clearing them) finds the same positions and kinds as plain set look-ups, and
    the document's acronyms are exactly its acronym-shaped words."""
    from hindi_meeting_extract import persons
    from hindi_meeting_extract.normalize import fold
    from hindi_meeting_extract.persons import anchors
    from hindi_meeting_extract.persons.words import WordView

    stage = PersonStage(Lexicons.load())
    kinds_memory, v = stage.anchors.kinds, stage.vocab
    texts = [
        "जिला अध्यक्ष श्री रमेश शर्मा, डीपीसी सुरेश वर्मा और SHO राम सिंह ने सचिवश्री अनिल से कहा।",
        "",
        "।, 12 ",
        "संचालन आदेश सक्सेना ने किया। डॉ.राजीव गुप्ता, बीसीएमओ डॉ. अजय ने कहा",
        "जय श्री राम के नारे लगे। श्री सीमेंट के अधिकारी राकेश गुप्ता ने कहा।",
    ]
    for limit in (persons._KINDS_MAX, 3):
        monkeypatch.setattr(persons, "_KINDS_MAX", limit)
        for text in texts * 2:  # the second time from the remembered kinds
            view = WordView(fold(text))
            idx, kinds = kinds_memory.of(view)
            acros = {w for w in view.w if kinds_memory.is_unlisted_acronym(w)}
            assert view.acronyms == acros
            plain = []
            for k, w in enumerate(view.w):
                trigger = w in v.triggers
                f = (
                    (anchors.HONORIFIC if w in v.hon_first else 0)
                    | (anchors.ROLE if w in v.role_single or w in v.role_multi else 0)
                    | (anchors.OFFICE if w in v.office_first or (w in acros and not trigger) else 0)
                    | (anchors.NAME if w in v.name_starts else 0)
                    | (anchors.GLUED if w in v.glued_words else 0)
                    | (anchors.ACRONYM if w in acros else 0)
                    | (anchors.CUE if stage.model.is_cue(w) else 0)
                    | (anchors.CLOSER if w in v.list_closers else 0)
                )
                if f:
                    plain.append((k, f))
            assert list(zip(idx, kinds)) == plain
            assert len(kinds_memory) <= max(limit, 0) + len(set(view.w)) + 1


def test_trap_phrases_gated_by_their_common_substring():
    from hindi_meeting_extract.normalize import fold
    from hindi_meeting_extract.persons.vocabulary import common_substring
    from hindi_meeting_extract.persons.words import WordView

    assert common_substring(["जय श्री राम", "श्री श्री", "श्रीगणेश"]) == "श्री"
    assert common_substring(["ab", "cd"]) == "" and common_substring([]) == ""
    stage = PersonStage(Lexicons.load())
    finder, vocab = stage.anchors, stage.vocab
    for text in ["जय श्री राम के नारे लगे।", "श्री श्री रविशंकर आए", "राम आए", "श्रीगणेशा"]:
        view = WordView(fold(text))
        key, vocab.trap_key = vocab.trap_key, ""  # the plain scan, without the gate
        plain = finder.trap_words(view)
        vocab.trap_key = key
        assert finder.trap_words(view) == plain


def test_acronym_memory_does_not_grow_with_the_archive(monkeypatch):
    """Issue 16: the memory of word kinds (and with it of acronym-shaped words) is bounded, while
    every document still reads its own new acronyms as offices."""
    import itertools

    from hindi_meeting_extract import persons
    from hindi_meeting_extract.analysis import Analysis
    from hindi_meeting_extract.backends import get_backend

    monkeypatch.setattr(persons, "_KINDS_MAX", 300)
    lexicons = Lexicons.load()
    stage, backend = PersonStage(lexicons), get_backend("rules", lexicons)
    letters = ["बी", "सी", "डी", "एफ", "एच", "जे", "एल", "एन", "पी", "आर", "एस", "टी", "वी"]
    shapes = ("".join(x) + "ओ" for x in itertools.product(letters, repeat=4))
    fresh = (w for w in shapes if stage.anchors.kinds.is_unlisted_acronym(w))  # (not डीआरडीओ)

    def read(docs: int) -> int:
        largest = 0
        for _ in range(docs):
            a, b, c = next(fresh), next(fresh), next(fresh)
            text = f"बैठक में {a} सुरेश वर्मा ने कहा। {b} राम सिंह ने बताया। {c} अनिल गुप्ता ने भाग लिया।"
            analysis = Analysis(backend.annotate(text))
            stage(analysis)
            assert [d.canonical for p in analysis.persons for d in p.designations] == [a, b, c]
            largest = max(largest, len(stage.anchors.kinds))
        return largest

    after_small = read(200)
    after_large = read(800)
    assert after_small <= 300 + 20 and after_large <= 300 + 20  # the bound and one document's words
    assert after_large <= 1.1 * after_small


def test_cue_bit_marks_name_parts_not_titles():
    """The CUE bit (the name model's name-part cues) is set on given names and surnames, and
    not on honorifics or trailing titles: the rules read those as anchors."""
    from hindi_meeting_extract.normalize import fold
    from hindi_meeting_extract.persons import anchors
    from hindi_meeting_extract.persons.words import WordView

    stage = PersonStage(Lexicons.load())
    view = WordView(fold("डॉ. सुनीता जी मेश्राम और प्रोफेसर राकेश यादव साहब आए"))
    found = stage.anchors.find(view)
    cue_words = {view.w[k] for k in found.cues}
    assert {"सुनीता", "राकेश", "यादव"} <= cue_words
    assert not cue_words & {"डॉ", "जी", "प्रोफेसर", "साहब", "और", "आए"}
    idx, kinds = stage.anchors.kinds.of(view)
    assert all(bool(f & anchors.CUE) == (view.w[k] in cue_words) for k, f in zip(idx, kinds))


# ---------------------------------------------------------------- traditional titles
@pytest.mark.parametrize(
    ("text", "name", "honorific"),
    [
        ("सभा में लाला जगदीश प्रसाद गोयल को याद किया गया।", "जगदीश प्रसाद गोयल", "लाला"),
        ("सभा में वरिष्ठ व्यापारी लाला मदन लाल ने भी विचार रखे।", "मदन लाल", "लाला"),
        ("धर्मशाला का निर्माण सेठ घनश्याम दास बिड़ला ने कराया था।", "घनश्याम दास बिड़ला", "सेठ"),
    ],
)
def test_traditional_titles(run, text, name, honorific):
    a = run(text)
    assert names(a) == [name]
    assert person(a, name).honorific == honorific


def test_traditional_title_written_after_a_name_is_a_surname(run):
    a = run("बैठक में अनुराग सेठ ने कहा कि बाजार खुले रहेंगे।")
    assert names(a) == ["अनुराग सेठ"]
    assert person(a, "अनुराग सेठ").honorific is None


# ---------------------------------------------------------------- Latin names are no acronyms
def test_latin_surname_shaped_like_an_acronym(run):
    # folded to lower case, "Verma"/"Meena" look like an office acronym (sdm, bdo): after a
    # plain Latin word they end a Latin name
    a = run("बैठक में तहसीलदार गोपाल लाल, पुलिस उपाधीक्षक Vikram Meena, थानाधिकारी सुरेश कुमार मौजूद रहे।")
    assert names(a) == ["गोपाल लाल", "Vikram Meena", "सुरेश कुमार"]
    assert designations(a, "गोपाल लाल") == ["तहसीलदार"]
    assert designations(a, "Vikram Meena") == ["पुलिस उपाधीक्षक"]
    a = run("पुलिस उपाधीक्षक Anil Verma ने बताया कि गश्त बढ़ेगी।")
    assert designations(a, "Anil Verma") == ["पुलिस उपाधीक्षक"]


# ---------------------------------------------------------------- a surname ending like a plural oblique
@pytest.mark.parametrize(
    ("text", "name", "expected"),
    [
        # -ों with no postposition after it (a comma, a bracket) is no oblique plural: a surname
        ("बैठक में सचिव गुरप्रीत सिंह ढिल्लों, कोषाध्यक्ष अमरजीत कौर उपस्थित थे।", "गुरप्रीत सिंह ढिल्लों", ["सचिव"]),
        ("प्रदेश महामंत्री जसवंत सिंह ढिल्लों (पूर्व विधायक) ने स्वागत किया।", "जसवंत सिंह ढिल्लों", ["प्रदेश महामंत्री", "पूर्व विधायक"]),
        ("बैठक में उपाध्यक्ष हरदीप सिंह सेखों - पंजाब इकाई भी मौजूद थे।", "हरदीप सिंह सेखों", ["उपाध्यक्ष"]),
    ],
)
def test_surname_ending_like_a_plural(run, text, name, expected):
    a = run(text)
    assert name in names(a)
    assert designations(a, name) == expected


def test_plural_oblique_after_a_name_stays_out(run):
    # with its postposition after it, the plural noun is no name part
    assert names(run("विधायक श्री रमेश सिंह समर्थकों के साथ पहुंचे।")) == ["रमेश सिंह"]
    assert names(run("बैठक में अध्यक्ष श्री अनिल शर्मा साथियों सहित पहुंचे।")) == ["अनिल शर्मा"]
    assert names(run("सचिव मनोज कुमार कार्यकर्ताओं के साथ पहुंचे।")) == ["मनोज कुमार"]


def test_stacked_islamic_titles(run):
    # मौलाना मुफ़्ती X, हाफ़िज़ X, क़ारी X: scholarly titles, not parts of the name
    a = run("मौलाना मुफ़्ती अब्दुल हमीद नदवी ने दुआ कराई।")
    assert names(a) == ["अब्दुल हमीद नदवी"]
    a = run("जलसे में हाफ़िज़ इमरान अली और क़ारी शमशाद आलम मौजूद रहे।")
    assert names(a) == ["इमरान अली", "शमशाद आलम"]
    a = run("जनाब रियाज़ अहमद ने कहा कि तैयारी पूरी है।")
    assert names(a) == ["रियाज़ अहमद"]
    # a title that is also a name part keeps the name whole
    a = run("बैठक में श्री चौधरी हरपाल सिंह उपस्थित रहे।")
    assert names(a) == ["चौधरी हरपाल सिंह"]


def test_name_then_conjunction_then_office(run):
    a = run("बैठक में जिला प्रभारी मनोज तथा जिला अध्यक्ष सुरेश पाल उपस्थित रहे।")
    assert designations(a, "मनोज") == ["जिला प्रभारी"]
    assert designations(a, "सुरेश पाल") == ["जिला अध्यक्ष"]
    # a place between two offices still chains them to one person
    a = run("बैठक में महानिदेशक नईदिल्ली एवं पूर्व कुलपति प्रो. रमेश चंद उपस्थित रहे।")
    assert designations(a, "रमेश चंद") == ["महानिदेशक", "पूर्व कुलपति"]


def test_closer_positions_from_the_one_pass_match_the_plain_scan():
    """The anchors' one pass gives the positions of the words that close a list of people
    (``Anchors.closers``, read by ``ListReader.names_without_commas``): the same as a scan of
    every word, and the names read from them are the same as without them."""
    from hindi_meeting_extract.normalize import fold
    from hindi_meeting_extract.persons.words import WordView

    stage = PersonStage(Lexicons.load())
    closers = stage.vocab.list_closers
    texts = [
        "बैठक में रमेश यादव सुनील वर्मा दिनेश साहू उपस्थित रहे।",
        "उपस्थित लोगों में मोहन लाल, राजेश कुमार आदि थे। कार्यक्रम में उपस्थित रहे।",
        "कोई सूची नहीं है।",
        "",
    ]
    for text in texts * 2:
        view = WordView(fold(text))
        found = stage.anchors.find(view)
        assert found.closers == [k for k, w in enumerate(view.w) if k and w in closers]
        a, b = [], []
        stage.lists.names_without_commas(view, a, found.closers)
        stage.lists.names_without_commas(view, b)
        assert [(c.i, c.j, c.words) for c in a] == [(c.i, c.j, c.words) for c in b]
    assert any(w in closers for w in WordView(fold(texts[0])).w)
