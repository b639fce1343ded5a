"""Merging mentions into one person per individual.

Every sentence here is written for these tests (no corpus or dev text).
"""

from __future__ import annotations

import pytest
from person_helpers import designations, names, person, run  # noqa: F401  (run is a fixture)

from hindi_meeting_extract.lexicon import Lexicons
from hindi_meeting_extract.persons import PersonStage


# ---------------------------------------------------------------- merging
def test_dotted_initials_count_as_words_when_choosing_the_name(run):
    # the first of the fullest forms: आर.के. साहू is as full as आर के साहू
    a = run("कार्यपालन अभियंता आर.के. साहू उपस्थित थे। कार्यपालन अभियंता आर के साहू ने जानकारी दी।")
    assert [(p.name, p.variants) for p in a.persons] == [("आर.के. साहू", ["आर के साहू"])]


def test_spelling_variants_merge(run):
    a = run("श्री नवीन नंदा ने स्वागत किया। बाद में श्री नवीन नन्दा ने आभार जताया।")
    assert names(a) == ["नवीन नंदा"]
    assert a.persons[0].variants == ["नवीन नन्दा"]
    assert len(a.persons[0].mentions) == 2


def test_shorter_form_merges_with_fuller_form(run):
    a = run("अजय चंद्रा ने संचालन किया।\nसंयोजक श्री अजय कुमार चंद्रा ने आभार जताया। श्री अजय चंद्रा जी ने कहा कि टीम मजबूत है।")
    assert names(a) == ["अजय कुमार चंद्रा"]
    assert a.persons[0].variants == ["अजय चंद्रा"]


def test_surname_back_reference(run):
    a = run("जिला अध्यक्ष श्री महेश मिश्रा ने बैठक ली। श्री मिश्रा ने कहा कि चुनाव की तैयारी करें।")
    assert names(a) == ["महेश मिश्रा"]
    p = a.persons[0]
    assert [r.text for r in p.references] == ["मिश्रा"]
    assert len(p.mentions) == 1


def test_ambiguous_surname_creates_nobody(run):
    a = run("श्री राम सिंह और श्री श्याम सिंह आए। श्री सिंह ने कहा कि काम होगा।")
    assert names(a) == ["राम सिंह", "श्याम सिंह"]
    assert all(p.references == [] for p in a.persons)


def test_ids_follow_first_mention(run):
    a = run("श्री अनिल जोशी और श्रीमती रीना जोशी आए। श्री अनिल जोशी ने कहा।")
    assert [(p.id, p.name) for p in a.persons] == [("p1", "अनिल जोशी"), ("p2", "रीना जोशी")]


def test_designations_union_over_mentions(run):
    a = run("जिला अध्यक्ष श्री कमल किशोर ने स्वागत किया। प्रदेश प्रभारी श्री कमल किशोर ने कहा।")
    assert designations(a, "कमल किशोर") == ["जिला अध्यक्ष", "प्रदेश प्रभारी"]


def test_a_person_named_many_times_with_one_office_costs_linear_time():
    """``distinct_designations`` compares the distinct offices of a person, not every pair of
    its mentions (issue 16: 4x the mentions took 13x the time)."""
    import time

    from hindi_meeting_extract.analysis import Designation
    from hindi_meeting_extract.models import TextSpan

    merger = PersonStage(Lexicons.load()).merger
    offices = ["जिला अध्यक्ष", "सम्मानीय जिला अध्यक्ष", "पूर्व अध्यक्ष", "सह संयोजक"]

    def many(n: int) -> list[Designation]:
        return [
            Designation(canonical=offices[x % 4], span=TextSpan(text=offices[x % 4], start=20 * x, end=20 * x + 12))
            for x in range(n)
        ]

    def best(ds: list[Designation]) -> float:
        times = []
        for _ in range(3):
            t = time.perf_counter()
            kept = merger.distinct_designations(ds)
            times.append(time.perf_counter() - t)
        assert {d.canonical for d in kept} == {"सम्मानीय जिला अध्यक्ष", "पूर्व अध्यक्ष", "सह संयोजक"}
        return min(times)

    small, large = many(2000), many(8000)
    assert best(large) <= 8 * best(small)  # linear: ~4; every pair: ~16


def test_repeated_office_mentions_keep_the_fuller_office(run):
    text = "जिला अध्यक्ष श्री मोहन लाल ने कहा। " * 40 + "पूर्व जिला अध्यक्ष श्री मोहन लाल आए।"
    assert set(designations(run(text), "मोहन लाल")) == {"जिला अध्यक्ष", "पूर्व जिला अध्यक्ष"}


def test_confidence_follows_the_kind_of_evidence():
    from hindi_meeting_extract import extract

    record = extract("सभा में झब्बू लाल ने भजन गाया। जिला अध्यक्ष श्री रमेश शर्मा ने कहा कि काम होगा।")
    conf = {p.name: p.confidence for p in record.persons}
    assert all(0.0 <= c <= 1.0 for c in conf.values())
    assert conf["रमेश शर्मा"] > conf["झब्बू लाल"]
    once = extract("बैठक में दिनेश साहू, मोहन यादव, सुनील वर्मा उपस्थित रहे।").persons
    twice = extract("बैठक में दिनेश साहू, मोहन यादव, सुनील वर्मा उपस्थित रहे। दिनेश साहू ने आभार जताया।").persons
    assert next(p for p in twice if p.name == "दिनेश साहू").confidence > next(
        p for p in once if p.name == "दिनेश साहू"
    ).confidence


def test_a_short_first_name_before_a_name_merges_with_the_name_alone(run):
    a = run("शोक सभा में अधिवक्ता मो. इरफान कुरैशी उपस्थित थे। बाद में इरफान कुरैशी ने कहा कि वे सच्चे साथी थे।")
    assert len(a.persons) == 1
    assert [v for v in a.persons[0].variants] == ["इरफान कुरैशी"]
    a = run("सभा में श्री मु. शकील अंसारी, रमेश यादव उपस्थित थे। शकील अंसारी ने आभार जताया।")
    assert names(a) == ["मु. शकील अंसारी", "रमेश यादव"]
    a = run("सभा में अध्यक्ष एम. शकील अंसारी, रमेश यादव उपस्थित थे। शकील अंसारी ने आभार जताया।")
    assert names(a) == ["एम. शकील अंसारी", "रमेश यादव"]
    assert designations(a, "एम. शकील अंसारी") == ["अध्यक्ष"]
    # a different person with the same first name stays apart
    a = run("सभा में मो. इरफान कुरैशी उपस्थित थे। बाद में इरफान अहमद ने कहा कि काम हो।")
    assert len(a.persons) == 2

