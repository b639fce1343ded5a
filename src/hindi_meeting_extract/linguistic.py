"""What a parser backend (stanza) adds, read back for the stages: names, places, speakers, clauses.

Every function takes a :class:`~hindi_meeting_extract.document.Document` and returns grounded
:class:`~hindi_meeting_extract.document.Span` objects. With the rules backend (``doc.words is
None``) they return ``[]`` or ``None``, so a stage can always ask and fall back to its rules.
The relations are Universal Dependencies (stanza's Hindi model is trained on UD Hindi-HDTB).
"""

from __future__ import annotations

import bisect

from .document import Document, Span, Word

EDGE_UPOS = frozenset({"ADP", "PUNCT", "PART", "CCONJ", "SCONJ"})  # trimmed off a name's ends (ने, जी, ,)
NAME_RELS = frozenset({"compound", "flat", "flat:name"})  # relations that join the words of one name
CLIMB_RELS = frozenset({"conj", "compound", "aux", "aux:pass"})  # a verb whose subject sits on its head
SUBJECT_REL = "nsubj"  # also nsubj:pass
CLAUSE_RELS = frozenset({"ccomp"})  # the कि-clause of a reporting verb
_MAX_CLIMB = 3


def words_in(doc: Document, start: int, end: int) -> list[Word]:
    """The words overlapping the raw span ``[start, end)`` (empty without a parser backend)."""
    if not doc.words:
        return []
    words = doc.words
    i = bisect.bisect_right([w.end for w in words], start)
    out = []
    while i < len(words) and words[i].start < end:
        if words[i].end > start or words[i].start == start:
            out.append(words[i])
        i += 1
    return out


def _trimmed(doc: Document, words: list[Word]) -> Span | None:
    """The span from the first to the last word that is not an edge word (postposition, जी, punctuation)."""
    kept = [w for w in words if w.end > w.start]
    while kept and kept[0].upos in EDGE_UPOS:
        kept.pop(0)
    while kept and kept[-1].upos in EDGE_UPOS:
        kept.pop()
    return doc.span(kept[0].start, kept[-1].end) if kept else None


def entity_spans(doc: Document, kind: str) -> list[Span]:
    """NER entities of ``kind`` ("person", "place", "organisation", "time"), edge words trimmed."""
    out: list[Span] = []
    for e in doc.entities or ():
        if e.kind != kind:
            continue
        inner = words_in(doc, e.start, e.end)
        span = _trimmed(doc, inner) if inner else doc.span(e.start, e.end)
        if span is not None:
            out.append(span)
    return out


def has_ner(doc: Document) -> bool:
    """Whether the backend ran NER on this document (so a missing entity means "not a name")."""
    return doc.entities is not None and any(w.ner for w in doc.words or ())


def proper_noun_runs(doc: Document) -> list[Span]:
    """Runs of adjacent PROPN words within a sentence (names, but also places and months)."""
    out: list[Span] = []
    run: list[Word] = []
    for w in [*(doc.words or ()), None]:
        if w is not None and w.upos == "PROPN" and (not run or (run[-1].sentence == w.sentence and run[-1].index + 1 == w.index)):
            run.append(w)
            continue
        if run:
            out.append(doc.span(run[0].start, run[-1].end))
        run = [w] if w is not None and w.upos == "PROPN" else []
    return out


def person_spans(doc: Document) -> list[Span]:
    """Names the parser found: NEP entities; without NER, PROPN runs that no other entity covers."""
    if doc.words is None:
        return []
    if has_ner(doc):
        return entity_spans(doc, "person")
    others = [e for e in doc.entities or () if e.kind != "person"]
    return [s for s in proper_noun_runs(doc) if not any(e.start < s.end and s.start < e.end for e in others)]


def place_spans(doc: Document) -> list[Span]:
    """Places the parser's NER found (NEL), in text order."""
    return entity_spans(doc, "place")


def _children(doc: Document) -> dict[int, list[Word]]:
    kids: dict[int, list[Word]] = {}
    for w in doc.words or ():
        if w.head is not None:
            kids.setdefault(w.head, []).append(w)
    return kids


def _subtree(kids: dict[int, list[Word]], root: Word) -> list[Word]:
    out, todo = [], [root]
    while todo:
        w = todo.pop()
        out.append(w)
        todo.extend(kids.get(w.index, ()))
    return sorted(out, key=lambda w: w.index)


def _name_core(doc: Document, kids: dict[int, list[Word]], head: Word) -> Span | None:
    """The head word with the contiguous words joined to it by compound/flat, edge words trimmed."""
    members = {head.index}
    todo = [head]
    while todo:
        for k in kids.get(todo.pop().index, ()):
            if k.deprel in NAME_RELS and k.index not in members:
                members.add(k.index)
                todo.append(k)
    lo = hi = head.index
    while lo - 1 in members:
        lo -= 1
    while hi + 1 in members:
        hi += 1
    return _trimmed(doc, doc.words[lo : hi + 1]) if doc.words else None


def _verb_heads(doc: Document, cue: list[Word]) -> list[Word]:
    """The cue's words, then (for ``और कहा``, ``प्रशंसा की``) the heads they hang from, nearest first."""
    assert doc.words is not None
    out = list(cue)
    frontier = list(cue)
    for _ in range(_MAX_CLIMB):
        nxt = [
            doc.words[w.head]
            for w in frontier
            if w.head is not None and w.deprel in CLIMB_RELS and doc.words[w.head] not in out
        ]
        out.extend(nxt)
        frontier = nxt
    return out


def reporting_subject(doc: Document, cue_start: int, cue_end: int) -> Span | None:
    """The speaker of a reporting verb at ``[cue_start, cue_end)``: its ``nsubj`` (the name, or a pronoun).

    ``सुनीता वर्मा ने कहा`` gives ``सुनीता वर्मा``; ``... ने जानकारी दी और कहा`` climbs the
    ``conj`` to ``दी`` and gives its subject. ``None`` without a parse or a subject.
    """
    cue = words_in(doc, cue_start, cue_end)
    if not cue:
        return None
    kids = _children(doc)
    for verb in _verb_heads(doc, cue):
        subjects = [k for k in kids.get(verb.index, ()) if (k.deprel or "").split(":")[0] == SUBJECT_REL]
        if subjects:
            nearest = min(subjects, key=lambda k: abs(k.index - verb.index))
            return _name_core(doc, kids, nearest)
    return None


def reporting_clause(doc: Document, cue_start: int, cue_end: int) -> Span | None:
    """What was said: the ``ccomp`` clause of the reporting verb, without ``कि`` and end punctuation."""
    cue = words_in(doc, cue_start, cue_end)
    if not cue:
        return None
    kids = _children(doc)
    for verb in cue:
        clauses = [k for k in kids.get(verb.index, ()) if k.deprel in CLAUSE_RELS and k.start >= cue[-1].end]
        if clauses:
            words = _subtree(kids, clauses[0])
            while words and (words[0].deprel == "mark" or words[0].upos == "PUNCT"):
                words.pop(0)
            while words and words[-1].upos == "PUNCT":
                words.pop()
            if words:
                return doc.span(words[0].start, words[-1].end)
    return None
