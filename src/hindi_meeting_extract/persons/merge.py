"""Merging name candidates into one person per individual.

Mentions are grouped by :func:`~hindi_meeting_extract.normalize.name_key` (नन्दा = नंदा); a
shorter form joins the one longer form that agrees (``अजय चंद्रा`` ⊂ ``अजय कुमार चंद्रा``); a bare
surname (``श्री सिंह``) only refers back to a person (:attr:`PersonEntity.references`) and creates
nobody; a lone first name joins the one person it starts.
"""

from __future__ import annotations

import regex

from ..analysis import Analysis, Designation, Mention
from ..document import Document
from ..normalize import fold, name_key
from .designation_phrases import DesignationPhrases
from .vocabulary import PersonVocabulary
from .words import NameCandidate

_LETTER_RUN_RE = regex.compile(r"[\p{L}\p{M}]+")

# How sure a mention is, by what found it (set a priori from how each anchor fails, not fitted):
# a title or an office before the name is the strongest evidence; a list item, a known first
# name or a byline less so; a name found by the model counts its own probability.
ANCHOR_CONFIDENCE = {
    "honorific": 0.95,
    "after-designation": 0.9,
    "before-designation": 0.9,
    "after-role": 0.85,
    "alias": 0.85,
    "relative": 0.8,
    "list": 0.8,
    "given-name": 0.8,
    "initials": 0.8,
    "byline": 0.75,
    "surname": 0.7,
    "ner": 0.7,
}
MODEL_WEIGHT = 0.9  # a model mention: its probability times this
DEFAULT_CONFIDENCE = 0.7


def mention_confidence(cand: NameCandidate) -> float:
    if cand.rule == "model" and cand.probability is not None:
        return MODEL_WEIGHT * cand.probability
    return ANCHOR_CONFIDENCE.get(cand.rule, DEFAULT_CONFIDENCE)


def person_confidence(mentions: list[float]) -> float:
    """Independent pieces of evidence combine (noisy-or), at most 0.99."""
    doubt = 1.0
    for c in mentions:
        doubt *= 1.0 - c
    return min(0.99, 1.0 - doubt)


class PersonMerger:
    """Turns the candidates of a document into its :class:`PersonEntity` objects."""

    def __init__(self, vocab: PersonVocabulary, phrases: DesignationPhrases) -> None:
        self.vocab = vocab
        self.phrases = phrases

    def merge(self, analysis: Analysis, doc: Document, cands: list[NameCandidate]) -> None:
        """Group mentions into persons (ids in order of first mention)."""
        if not cands:
            return
        groups: list[list[tuple[Mention, str]]] = []
        by_key: dict[str, int] = {}  # name key -> group index
        singles: list[tuple[NameCandidate, Mention, str]] = []
        squashed_of: dict[str, int] = {}
        for c in cands:
            span = doc.span_from_folded(c.start, c.end)
            mention = Mention(
                span=span,
                honorific=c.honorific,
                honorific_span=doc.span_from_folded(*c.hon_span) if c.hon_span else None,
                designations=[x for d in c.designations for x in self.phrases.to_designations(doc, d)],
                rule=c.rule,
                confidence=mention_confidence(c),
            )
            key = name_key(span.text)
            if len(key.split()) == 1:
                singles.append((c, mention, key))
                continue
            squashed = key.replace(" ", "")
            g = by_key.get(key, squashed_of.get(squashed))
            if g is None:
                g = len(groups)
                groups.append([])
            by_key[key] = g
            squashed_of[squashed] = g
            groups[g].append((mention, key))
            for a in c.aliases:  # राजेश कुमार उर्फ पप्पू: one person
                aspan = doc.span_from_folded(a.start, a.end)
                groups[g].append(
                    (Mention(span=aspan, rule="alias", confidence=ANCHOR_CONFIDENCE["alias"]), name_key(aspan.text))
                )
        # shorter forms: अजय चंद्रा = अजय कुमार चंद्रा (one longer form agrees)
        parent = list(range(len(groups)))
        split = {k: k.split() for k in by_key}
        by_first: dict[str, list[str]] = {}
        for k, toks in split.items():
            by_first.setdefault(toks[0], []).append(k)
        group_of = dict(by_key)
        short = self.vocab.short_given
        for k, toks in list(split.items()):
            if len(toks) >= 3 and toks[0] in short and toks[1] not in short:
                # मो. नसीम अख्तर: a short first name written before the name, which the shorter
                # form (नसीम अख्तर) leaves out; it is looked up without it too
                split[k + " "] = toks[1:]
                group_of[k + " "] = by_key[k]
                by_first.setdefault(toks[1], []).append(k + " ")
        for k in by_key:
            toks = split[k]
            longer = {
                group_of[k2]
                for k2 in by_first[toks[0]]
                if (len(split[k2]) > len(toks) or k2[-1] == " ")
                and group_of[k2] != by_key[k]
                and (split[k2][-1] == toks[-1] or split[k2][: len(toks)] == toks)
                and set(toks) <= set(split[k2])
            }
            if len(longer) == 1:
                parent[by_key[k]] = longer.pop()
        merged: dict[int, list[tuple[Mention, str]]] = {}
        for gi, g in enumerate(groups):
            root = gi
            while parent[root] != root:
                root = parent[root]
            merged.setdefault(root, []).extend(g)
        final = list(merged.values())
        # one-word mentions: a surname refers back to its person, a first name joins it
        lasts: dict[str, set[int]] = {}
        firsts: dict[str, set[int]] = {}
        for gi, g in enumerate(final):
            for _, key in g:
                ks = key.split()
                lasts.setdefault(ks[-1], set()).add(gi)
                firsts.setdefault(ks[0], set()).add(gi)
        refs: dict[int, list[Mention]] = {}
        single_groups: dict[str, int] = {}
        for c, mention, key in singles:
            last, first = lasts.get(key, set()), firsts.get(key, set())
            if len(last) == 1:
                refs.setdefault(next(iter(last)), []).append(mention)
            elif not last and len(first) == 1:
                final[next(iter(first))].append((mention, key))
            elif not last and not first and c.rule != "surname" and key not in self.vocab.surnames:
                if key not in single_groups:
                    single_groups[key] = len(final)
                    final.append([])
                final[single_groups[key]].append((mention, key))
        order = sorted(range(len(final)), key=lambda gi: min(m.span.start for m, _ in final[gi]) if final[gi] else 1 << 60)
        for gi in order:
            g = final[gi]
            if not g:
                continue
            person = analysis.new_person()
            g.sort(key=lambda x: x[0].span.start)
            person.mentions = [m for m, _ in g]
            surfaces = [" ".join(m.span.text.split()) for m, _ in g]
            # the first of the fullest; initials count as words (आर.के. साहू = आर के साहू)
            person.name = surfaces[0] if len(surfaces) == 1 else max(surfaces, key=lambda s: len(_LETTER_RUN_RE.findall(s)))
            for s in surfaces:
                if s != person.name and s not in person.variants:
                    person.variants.append(s)
            head, _, tail = person.name.rpartition(" ")
            if head and fold(tail) in self.vocab.name_suffixes and head not in person.variants:
                person.variants.append(head)  # अशोक रामपुरा वाले: also अशोक रामपुरा
            person.honorific = next((m.honorific for m, _ in g if m.honorific), None)
            person.confidence = person_confidence([m.confidence for m, _ in g])
            for m, _ in g:
                person.designations.extend(m.designations)
            for m in refs.get(gi, []):
                person.references.append(m.span)
                person.designations.extend(m.designations)
                if person.honorific is None:
                    person.honorific = m.honorific
            if len(person.designations) > 1:
                person.designations = self.distinct_designations(person.designations)

    def distinct_designations(self, ds: list[Designation]) -> list[Designation]:
        """Drop a designation whose words all occur in a longer one of the same person
        (जिला अध्यक्ष beside सम्मानीय जिला अध्यक्ष): one office, written twice. Not when the
        longer one adds a modifier (संयोजक and सह संयोजक, अध्यक्ष and पूर्व अध्यक्ष differ).

        The pairs compared are those of the distinct word sets, not of the mentions: a person
        named a thousand times with one office costs one comparison per mention."""
        set_of: dict[str, frozenset[str]] = {}  # canonical -> its folded words, once each
        for d in ds:
            if d.canonical not in set_of:
                set_of[d.canonical] = self.phrases.office_key(d.canonical)  # जिलाध्यक्ष = जिला अध्यक्ष
        sets = set(set_of.values())
        mods = self.vocab.modifier_words
        dropped = {
            x for x in sets
            if any(len(y) > len(x) and x < y and not (y - x) & mods for y in sets)
        }
        first: dict[frozenset[str], str] = {}  # one office in two word orders: the first writing
        for d in ds:
            first.setdefault(set_of[d.canonical], d.canonical)
        if not dropped and len(first) == len(set_of):
            return ds
        return [d for d in ds if set_of[d.canonical] not in dropped and first[set_of[d.canonical]] == d.canonical]
