"""The person stage: anchors, then names read from them, lists, unanchored names, merging."""

from __future__ import annotations

from ..analysis import Analysis
from ..lexicon import Lexicons
from .anchored import AnchoredNames
from .anchors import AnchorFinder
from .designation_phrases import DesignationPhrases
from .lists import ListReader
from .merge import PersonMerger
from .model_names import ModelNames
from .names import NameReader
from .unanchored import UnanchoredNames, ner_candidates
from .vocabulary import PersonVocabulary
from .words import DesignationPhrase, NameCandidate, WordView


class PersonStage:
    """Finds person mentions and merges them into :class:`PersonEntity` objects.

    Built once per pipeline; keeps no per-document state except the bounded word-kind memory
    (:class:`~.anchors.WordKinds`), so it can be shared by threads."""

    def __init__(self, lexicons: Lexicons) -> None:
        self.vocab = vocab = PersonVocabulary(lexicons)
        self.phrases = DesignationPhrases(vocab)
        self.names = NameReader(vocab)
        self.model = ModelNames(vocab, self.names, lexicons)  # the name tagger loads on first use
        self.anchors = AnchorFinder(vocab, self.phrases, self.model.is_cue)
        self.anchored = AnchoredNames(vocab, self.names, self.phrases)
        self.lists = ListReader(vocab, self.names)
        self.unanchored = UnanchoredNames(vocab, self.names, self.lists)
        self.merger = PersonMerger(vocab, self.phrases)

    def __call__(self, analysis: Analysis) -> None:
        doc = analysis.doc
        view = WordView(doc.folded.text)
        cands = self.find(view, doc.word_tokens)
        if doc.words is not None:  # stanza backend: add NER names (NEP) that no rule found
            cands.extend(ner_candidates(doc, view, cands))
        self.merger.merge(analysis, doc, cands)

    def find(self, view: WordView, tokens: list[bytes] | None = None) -> list[NameCandidate]:
        """Every name candidate of the document, in text order (``tokens``: its words, as
        :meth:`.WordSet.tokens` reads them; found when not given)."""
        found = self.anchors.find(view)
        hon_at, des_at = found.honorifics, found.designations
        anchors = sorted(
            [(k, 0) for k in hon_at] + [(k, 1) for k in des_at] + [(k, 2) for k in found.roles]
        )
        cands: list[NameCandidate] = []
        consumed = 0
        pending: list[DesignationPhrase] = []  # designations waiting for the name after them
        for k, kind in anchors:
            if k < consumed:
                continue
            if kind == 0:
                cand = self.anchored.after_honorific(view, k, hon_at, des_at, found.glued, pending)
            else:
                d = des_at.get(k) if kind == 1 else None
                cand = self.anchored.after_office(view, k, d, found.roles, hon_at, des_at, pending)
            if cand is None:
                continue
            if not self.names.valid(view, cand):
                consumed = cand.j
                continue
            cands.append(cand)
            n = len(cands)
            consumed = self.lists.continue_list(view, cand, cands, hon_at, des_at)
            if len(cands) > n:  # a list: maybe opened by one first name before (… में सौरभ, सचिव X, …)
                self.lists.lone_first_item(view, cand, cands, min([k, *(d.i for d in cand.designations)]))
        closers = found.closers
        self.lists.names_without_commas(view, cands, closers)
        if found.name_words:
            self.unanchored.from_name_words(view, found.name_words, cands, hon_at, des_at)
        self.unanchored.after_initials(view, cands, tokens)
        self.anchored.after_occupations(view, found.occupations, cands, des_at)
        self.lists.names_before_designation(view, des_at, cands)
        self.lists.bare_comma_lists(view, cands, des_at)
        self.model.propose(view, cands, found.cues)
        self.lists.items_between(view, cands, hon_at, des_at)
        if closers:
            self.lists.line_lists(view, cands, closers, hon_at, des_at)
        self.anchored.appointed_offices(view, cands, des_at)  # X को Y बनाया गया, A व B उपाध्यक्ष चुने गए
        self.unanchored.bylines(view.ft, cands)
        cands.sort(key=lambda c: c.start)
        return cands
