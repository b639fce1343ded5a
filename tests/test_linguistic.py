"""The linguistic helpers on a hand-built parse (no stanza needed; stanza-driven cases are in test_stanza)."""

from __future__ import annotations

import pytest

from hindi_meeting_extract import linguistic
from hindi_meeting_extract.document import Document, Entity, Word
from hindi_meeting_extract.segment import Sentence

TEXT = "डॉ राजीव सिंह जी ने प्रशंसा की और कहा कि टीम अच्छी है।"
# surface, upos, head (1-based, 0 = root), deprel, ner
ROWS = [
    ("डॉ", "PROPN", 3, "compound", "B-NEP"),
    ("राजीव", "PROPN", 3, "compound", "I-NEP"),
    ("सिंह", "PROPN", 6, "nsubj", "E-NEP"),
    ("जी", "PART", 3, "dep", "O"),
    ("ने", "ADP", 3, "case", "O"),
    ("प्रशंसा", "NOUN", 0, "root", "O"),
    ("की", "VERB", 6, "compound", "O"),
    ("और", "CCONJ", 9, "cc", "O"),
    ("कहा", "VERB", 6, "conj", "O"),
    ("कि", "SCONJ", 13, "mark", "O"),
    ("टीम", "NOUN", 13, "nsubj", "O"),
    ("अच्छी", "ADJ", 13, "compound", "O"),
    ("है", "AUX", 9, "ccomp", "O"),
    ("।", "PUNCT", 6, "punct", "O"),
]


def parsed(with_ner: bool = True) -> Document:
    words, cursor = [], 0
    for i, (surface, upos, head, rel, ner) in enumerate(ROWS):
        start = TEXT.index(surface, cursor)
        cursor = start + len(surface)
        words.append(Word(i, start, cursor, surface, 0, upos=upos, head=head - 1 if head else None,
                          deprel=rel, ner=ner if with_ner else None))
    entities = [Entity(0, 13, TEXT[:13], "NEP", "person")] if with_ner else []
    return Document(TEXT, [Sentence(0, len(TEXT), TEXT)], words=words, entities=entities)


def rules_doc() -> Document:
    return Document(TEXT, [Sentence(0, len(TEXT), TEXT)])


def cue(surface: str) -> tuple[int, int]:
    start = TEXT.index(surface)
    return start, start + len(surface)


def test_without_a_parse_every_helper_defers_to_the_rules() -> None:
    doc = rules_doc()
    assert linguistic.words_in(doc, 0, len(TEXT)) == []
    assert linguistic.person_spans(doc) == [] and linguistic.place_spans(doc) == []
    assert linguistic.reporting_subject(doc, *cue("कहा")) is None
    assert linguistic.reporting_clause(doc, *cue("कहा")) is None


def test_words_in_returns_overlapping_words() -> None:
    assert [w.text for w in linguistic.words_in(parsed(), *cue("सिंह जी"))] == ["सिंह", "जी"]
    assert [w.text for w in linguistic.words_in(parsed(), 15, 16)] == ["जी"]  # inside a word


def test_person_spans_from_ner_and_from_proper_nouns() -> None:
    assert [s.text for s in linguistic.person_spans(parsed())] == ["डॉ राजीव सिंह"]
    assert [s.text for s in linguistic.person_spans(parsed(with_ner=False))] == ["डॉ राजीव सिंह"]


@pytest.mark.parametrize("verb", ["कहा", "प्रशंसा की"])
def test_reporting_subject_climbs_conj_and_light_verbs(verb: str) -> None:
    subject = linguistic.reporting_subject(parsed(), *cue(verb))
    assert subject is not None and (subject.start, subject.text) == (0, "डॉ राजीव सिंह")


def test_reporting_clause_drops_ki_and_the_full_stop() -> None:
    clause = linguistic.reporting_clause(parsed(), *cue("कहा"))
    assert clause is not None and clause.text == "टीम अच्छी है"
    assert TEXT[clause.start : clause.end] == clause.text
