"""The name tagger inside the person stage: bare names the rules cannot anchor, a lazy load.

Every sentence here is written for these tests (no corpus or dev text).
"""

from __future__ import annotations

import pytest
from person_helpers import names, run  # noqa: F401  (run is a fixture)

from hindi_meeting_extract import Pipeline


def rules(analysis, name: str) -> list[str]:
    for p in analysis.persons:
        if p.name == name:
            return [m.rule for m in p.mentions]
    raise AssertionError(f"{name!r} not among {names(analysis)}")


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("सभा में झब्बू लाल ने भजन गाया।", "झब्बू लाल"),
        ("गांव के बुजुर्ग फकीरचंद मरकाम ने सबका स्वागत किया।", "फकीरचंद मरकाम"),
    ],
)
def test_a_bare_name_before_ne_is_proposed_by_the_model(run, text, name):
    analysis = run(text)
    assert names(analysis) == [name] and rules(analysis, name) == ["model"]


@pytest.mark.parametrize(
    "text",
    [
        "ग्राम पंचायत ने प्रस्ताव पारित किया और नगर निगम को भेजा।",
        "पुलिस ने आरोपी को गिरफ्तार कर लिया।",
        "शिविर में डॉक्टरों की टीम ने मरीजों की जांच की।",
    ],
)
def test_institutions_and_nouns_before_ne_are_not_names(run, text):
    assert names(run(text)) == []


def test_a_known_longer_name_gives_the_start(run):
    text = "बैठक में एसडीएम बिसाहू राम वर्मा उपस्थित रहे। बिसाहू राम वर्मा ने कहा कि काम जल्द होगा।"
    assert names(run(text)) == ["बिसाहू राम वर्मा"]


def test_the_tagger_loads_lazily_and_once():
    pipe = Pipeline()
    stage = next(s for s in pipe._stages if type(s).__name__ == "PersonStage")
    assert stage.model._tagger is None  # building a pipeline loads no model
    pipe.extract("कोरबा, 12 जुलाई। बैठक हुई।")
    first = stage.model._tagger
    pipe.extract("सभा में झब्बू लाल ने भजन गाया।")
    assert stage.model._tagger is not None and (first is None or stage.model._tagger is first)
    again = stage.model._tagger
    pipe.extract("सभा में झब्बू लाल ने भजन गाया।")
    assert stage.model._tagger is again


def test_a_descriptor_before_a_model_name_is_left_out(run):
    assert names(run("गांव की बुजुर्ग विधवा सुखिया बाई ने पेंशन की मांग की।")) == ["सुखिया बाई"]
    assert names(run("किसी दुकानदार ने शिकायत नहीं की।")) == []


# --- sure names away from open positions (near an unread name cue) ------------------------


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("पिछले साल प्रमोद भार्गव की किताब छपी थी।", "प्रमोद भार्गव"),
        ("पुस्तक मेले में अज्ञेय की कविताएं पढ़ी गईं।", "अज्ञेय"),
    ],
)
def test_a_sure_name_before_a_genitive_is_kept(run, text, name):
    analysis = run(text)
    assert names(analysis) == [name] and rules(analysis, name) == ["model"]


@pytest.mark.parametrize(
    "text",
    [
        "कार्यक्रम में जय श्री राम के नारे लगे।",  # a deity
        "घायल को राजेंद्र प्रसाद सरकारी अस्पताल भेजा गया।",  # an institution named after a person
        "रात को अलीगढ़ और हाथरस में बारिश हुई।",  # places
        "किसानों ने खेतों में गेहूं की फसल काटी।",
    ],
)
def test_deities_institutions_and_places_are_not_sure_names(run, text):
    assert names(run(text)) == []


def test_a_noun_after_the_surname_is_left_out(run):
    assert names(run("उस दिन कनिका कपूर बॉलीवुड की पार्टी में थीं।")) == ["कनिका कपूर"]


@pytest.fixture(scope="module")
def model():
    from hindi_meeting_extract.lexicon import Lexicons
    from hindi_meeting_extract.persons import PersonStage

    return PersonStage(Lexicons.load()).model


def view_of(text: str):
    from hindi_meeting_extract.persons.words import WordView

    return WordView(text)


def index(view, word: str) -> int:
    return view.w.index(word)


def test_vetoes_of_a_name_away_from_open_positions(model):
    v = view_of("भक्तों ने जय श्री राम का जाप किया")
    i = index(v, "राम")
    assert model._not_a_person(v, i, i + 1)  # a deity alone
    v = view_of("मरीज को सुरेश चंद्र सरकारी जिला अस्पताल भेजा")
    i = index(v, "सुरेश")
    assert model._not_a_person(v, i, i + 2)  # an institution word follows within four words
    v = view_of("मरीज को सुरेश चंद्र ने अस्पताल भेजा")
    assert not model._not_a_person(v, index(v, "सुरेश"), index(v, "सुरेश") + 2)  # ने ends the phrase first
    v = view_of("सम्मेलन में ए.पी.जे.अब्दुल कलाम सभागार")
    i = index(v, "अब्दुल")
    assert model._not_a_person(v, i, i + 2)  # glued to initials before it


def test_span_ends_after_the_last_surname(model):
    v = view_of("कल नेहा शर्मा बॉलीवुड पार्टी में गईं")
    i = index(v, "नेहा")
    assert model._last_surname_end(v, i, i + 4) == i + 2
    v = view_of("कल नेहा शर्मा पार्टी में गईं")
    assert model._last_surname_end(v, i, i + 2) == i + 2
    v = view_of("कल नेहा सिंह बघेलखंडी पार्टी में गईं")  # after a middle name: an unknown surname
    assert model._last_surname_end(v, i, i + 3) == i + 3


def test_a_lone_word_before_a_venue_postposition_is_no_name(model):
    v = view_of("आज गोंडा में और रमेश के घर बारिश हुई")
    assert not model._lone_name(v, index(v, "गोंडा"), 0.99)
    assert model._lone_name(v, index(v, "रमेश"), 0.99)
    assert not model._lone_name(v, index(v, "रमेश"), 0.9)  # not sure enough


def test_a_worship_phrase_is_not_a_sure_name(model):
    v = view_of("मंदिर में दीपा आरती हुई")
    i = index(v, "दीपा")
    assert model._not_a_person(v, i, i + 1)  # a devotion word follows
    assert model._not_a_person(v, i, i + 2)  # a devotion word ends it


def test_a_place_the_gazetteer_knows_is_no_model_name(model):
    v = view_of("कल फतेहगढ़ साहिब में बारिश हुई")
    i = index(v, "फतेहगढ़")
    assert model._a_place(v.w[i : i + 2])  # a district
    assert model._accept(v, i, i + 2, 0.99, bytearray(v.n + 1)) is None
    assert model._a_place(["गाजीपुर"])  # a district, not a listed name
    assert not model._a_place(["आनंद"])  # a town, and a listed given name
    assert not model._a_place(["सुनीता", "मेश्राम"])


def test_a_cue_between_grammar_words_is_not_tagged_unless_it_may_stand_alone(model):
    v = view_of("उन्होंने कहा कि राम और श्याम बघेल आए")
    assert not model._may_hold_name(v, index(v, "राम"))  # कि before, और after: no name can hold it
    assert model._may_hold_name(v, index(v, "श्याम"))  # बघेल may be a name part
    v = view_of("इसके बाद राम ने कहा")
    assert model._may_hold_name(v, index(v, "राम"))  # before ने: a name alone
    v = view_of("कल राम , श्याम आए")
    assert model._may_hold_name(v, index(v, "राम"))  # a mark after it
    v = view_of("वह गोंडा में था")
    assert not model._may_hold_name(v, index(v, "गोंडा"))  # before a venue postposition
    v = view_of("कि सुनीता मेश्राम और")
    assert model._may_hold_name(v, index(v, "सुनीता"))  # the next word may be a name part


def test_a_scheme_named_after_a_person_is_no_person(run):
    # the institution word (योजना) after a hyphened word: the hyphened word counts as one
    assert names(run("मंत्री ने सुनील दत्त युवा स्टार्ट-अप योजना की प्रगति जानी।")) == []
    assert names(run("मंत्री ने राजेश पायलट ग्राम-स्तरीय जल योजना की प्रगति की समीक्षा की।")) == []


def test_a_compound_given_name_written_apart_is_the_same_person(model):
    from hindi_meeting_extract.persons.words import NameCandidate

    named = NameCandidate(-1, -1, 0, 0, ["रामकिशोर", "वर्मा"], rule="honorific")
    other = NameCandidate(-1, -1, 0, 0, ["किशोर", "वर्मा"], rule="honorific")
    assert model._spelt_elsewhere(["राम", "किशोर", "वर्मा"], [other, named])
    assert not model._spelt_elsewhere(["राम", "किशोर", "वर्मा"], [other])
    v = view_of("सभा का संदेश – राम किशोर वर्मा")
    i = index(v, "किशोर")
    assert model._known_start(v, i, i + 2, [named], bytearray(v.n + 1)) == index(v, "राम")
    assert model._known_start(v, i, i + 2, [other], bytearray(v.n + 1)) == i
    v = view_of("सभा का संदेश – श्याम किशोर वर्मा")  # other letters before: no
    i = index(v, "किशोर")
    assert model._known_start(v, i, i + 2, [named], bytearray(v.n + 1)) == i


# --- the fast paths of the tagging step give what the plain ones give ----------------------


def plain_positions(model, view, covered) -> set[int]:
    """The open positions as first written: the word before every ender and every comma of the
    text (and the item before a list link after a comma), then the name-cue test."""
    from bisect import bisect_right

    w, sep = view.w, view.sep
    out = [k - 1 for k in range(view.n) if w[k] in model._enders and k and view.spaced(k - 1)]
    pos, last = view.ft.find(","), -1
    while pos >= 0:
        k = bisect_right(view.start, pos) - 1
        if k != last and 0 <= k < view.n:
            out.append(k)
            for x in range(k + 2, min(k + 6, view.n)):
                if sep[x - 1].strip(" \t"):
                    break
                if w[x] in model.vocab.conjunctions:
                    out.append(x - 1)
                    break
        last = k
        pos = view.ft.find(",", pos + 1)
    cue = model.tagger().features.is_name_cue
    return {
        k for k in out
        if (cue(w[k]) or (k > 0 and view.spaced(k - 1) and cue(w[k - 1]))) and model._open_word(view, k, covered)
    }


def test_open_positions_found_from_the_cues_are_those_of_every_ender_and_comma(model):
    import random

    rng = random.Random(12)
    words = ["राम", "सुनीता", "मेश्राम", "यादव", "श्री", "जी", "ने", "को", "द्वारा", "और", "तथा", "उपस्थित",
             "मौजूद", "रहे", "किसान", "गांव", "बैठक", "में", "की", "सभा", "X"]
    seps = [" "] * 12 + [", ", " , ", ",", "\t", "।\n", "\n", " - ", ",\t", " (", ") ", "  "]
    texts = [
        "बैठक में सुनीता मेश्राम, राकेश यादव और मोहन लाल उपस्थित रहे।",
        ", राम ने कहा",
        "राम,\nश्याम और गीता आए",
        "राम, और श्याम और मोहन",
        "सीता\tने कहा, रमेश  को बुलाओ",
    ]
    texts += ["".join(rng.choice(words) + rng.choice(seps) for _ in range(rng.randint(1, 30))) for _ in range(400)]
    found = 0
    for text in texts:
        view = view_of(text)
        covered = bytearray(view.n + 1)
        expected = plain_positions(model, view, covered)
        assert model._positions(view, covered) == expected, text
        found += len(expected)
    assert found > 200  # the texts hold many positions


def plain_runs(probs: list[float], word_at: list[int]) -> list[tuple[int, int]]:
    """Every maximal run of word tokens with a probability of at least .5."""
    out, s = [], -1
    for t in range(len(probs) + 1):
        inside = t < len(probs) and word_at[t] >= 0 and probs[t] >= 0.5
        if inside and s < 0:
            s = t
        elif not inside and s >= 0:
            out.append((s, t))
            s = -1
    return out


def test_the_run_at_a_token_is_the_plain_run_holding_it(model):
    import random

    rng = random.Random(3)
    for _ in range(300):
        n = rng.randint(1, 12)
        probs = [rng.choice([0.1, 0.49, 0.5, 0.7, 0.99]) for _ in range(n)]
        word_at = [rng.choice([0, 0, 0, -1]) for _ in range(n)]
        runs = plain_runs(probs, word_at)
        for t in range(n):
            asked: list[int] = []
            memo: list[float | None] = [None] * n
            s, e = model._run_at(lambda x, asked=asked, probs=probs: asked.append(x) or probs[x], memo, word_at, t)
            expected = next(((a, b) for a, b in runs if a <= t < b), (t, t))
            assert (s, e) == expected
            assert len(asked) == len(set(asked)) and all(memo[x] == probs[x] for x in asked)
            assert all(memo[x] == probs[x] for x in range(s, e))
