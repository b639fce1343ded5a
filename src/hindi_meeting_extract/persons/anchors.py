"""Anchors: the words a name is read from.

* an honorific (``श्री``, ``डॉ.``, ``सर्वश्री`` …), also glued to the office before it
  (``सचिवश्री``), unless inside a trap phrase (``जय श्री राम``) or after a title blocker;
* a designation phrase (found by :class:`~.designation_phrases.DesignationPhrases`);
* an event-role noun right before a name (``संचालन आदेश सक्सेना ने किया``);
* the positions of known first names and clear surnames (read later by
  :mod:`.unanchored`);
* the positions of the name model's name-part cues (given names, surnames, words seen in
  names in its training data), around which :mod:`.model_names` tags what no rule read.

A word's *kind* (which of these it may start) is a few set look-ups; :class:`WordKinds`
remembers it per distinct word, bounded, so that a document costs one dictionary look-up per
word.
"""

from __future__ import annotations

import sys
from bisect import bisect_right
from collections.abc import Callable
from dataclasses import dataclass, field
from itertools import compress, repeat

from .designation_phrases import DesignationPhrases, latin_name_end
from .vocabulary import PersonVocabulary
from .words import DOTS, DesignationPhrase, WordView

# what a word may start: bits of a word's kind
HONORIFIC = 1  # an honorific (or the first word of one)
ROLE = 2  # an event-role noun (or the first word of one), or an occupation noun (किसान X ने)
OFFICE = 4  # an office (or its first word), or an unlisted acronym that is no other trigger
NAME = 8  # a common first name or a clear surname
GLUED = 16  # an office with a title glued to it (सचिवश्री)
ACRONYM = 32  # an unlisted acronym-shaped word (डीपीसी, SHO), whatever else it starts
CUE = 64  # a name-part cue of the name model (see NameTagger: given name, surname, name word)
CLOSER = 128  # a word that closes a list of people (उपस्थित, आदि): read by ListReader.names_without_commas
_NEW = 1 << 30  # not classified yet


_PACKAGE = sys.modules[__package__]  # the persons package (imported before its modules)


def _memory_limit() -> int:
    """The package's ``_KINDS_MAX``, read each time (tests lower it); an attribute read, where
    an import statement per document cost a few microseconds."""
    return _PACKAGE._KINDS_MAX  # type: ignore[no-any-return]


@dataclass(slots=True)
class Anchors:
    """The anchors of one document, by word index."""

    honorifics: dict[int, tuple[str, int]]  # word -> (folded title, index of the first name word)
    roles: dict[int, int]  # word -> index of the word after the role noun
    designations: dict[int, DesignationPhrase]  # first word -> phrase (adjacent offices are one)
    glued: dict[int, DesignationPhrase]  # word of a सचिवश्री -> the office part
    name_words: list[int]  # known first names and clear surnames
    cues: list[int]  # the name model's name-part cues
    closers: list[int]  # words that close a list of people (not the first word)
    occupations: list[int] = field(default_factory=list)  # occupation nouns (names.toml [occupation_nouns])


class WordKinds:
    """Every word met so far -> its kind, bounded: cleared past ``_KINDS_MAX`` entries.

    Shared by threads: a document's new words are classified into a dict of its own and then
    merged, so another thread's ``clear()`` loses nothing; the acronyms of a document come from
    its own kinds (:attr:`WordView.acronyms`), never from the shared memory."""

    def __init__(self, vocab: PersonVocabulary, is_cue: Callable[[str], bool] | None = None) -> None:
        self.vocab = vocab
        self.is_cue = is_cue  # the CUE bit's test (none: no word is a cue)
        self._kind: dict[str, int] = {}

    def __len__(self) -> int:
        return len(self._kind)

    def is_unlisted_acronym(self, w: str) -> bool:
        """An unlisted acronym that may be an office."""
        v = self.vocab
        return (
            w not in v.not_offices
            and w not in v.name_parts
            and w not in v.name_stoppers
            and v.acronym_re.fullmatch(w) is not None
        )

    def classify(self, w: str) -> int:
        """The kind of a word (bits ``HONORIFIC`` … ``CLOSER``, 0 for a word that starts nothing)."""
        v = self.vocab
        acro = self.is_unlisted_acronym(w)
        trigger = w in v.triggers
        return (
            (HONORIFIC if w in v.hon_first else 0)
            | (ROLE if w in v.role_single or w in v.role_multi or w in v.occupations else 0)
            | (OFFICE if w in v.office_first or (acro and not trigger) else 0)
            | (NAME if w in v.name_starts else 0)
            | (GLUED if w in v.glued_words else 0)
            | (ACRONYM if acro else 0)
            | (CUE if self.is_cue is not None and self.is_cue(w) else 0)
            | (CLOSER if w in v.list_closers else 0)
        )

    def of(self, view: WordView) -> tuple[list[int], list[int]]:
        """The indices of the words that start something, and their kinds; sets
        ``view.acronyms``."""
        kind = self._kind
        if len(kind) > _memory_limit():
            kind.clear()
        # unknown words get _NEW (non-zero): they are classified below
        flags = list(map(kind.get, view.w, repeat(_NEW)))
        idx = list(compress(range(view.n), flags))
        kinds = list(compress(flags, flags))
        if _NEW in kinds:
            new: dict[str, int] = {}  # this document's, so another thread's clear() loses nothing
            for k, f in zip(idx, kinds):
                w = view.w[k]
                if f == _NEW and w not in new:
                    new[w] = self.classify(w)
            kind.update(new)
            kinds = [new[view.w[k]] if f == _NEW else f for k, f in zip(idx, kinds)]
            idx, kinds = [k for k, f in zip(idx, kinds) if f], [f for f in kinds if f]
        acronyms = [view.w[k] for k, f in zip(idx, kinds) if f & ACRONYM and not latin_name_end(self.vocab, view, k)]
        if acronyms:
            view.acronyms = frozenset(acronyms)
        return idx, kinds


class AnchorFinder:
    """Finds the anchors of a document (:meth:`find`)."""

    def __init__(
        self, vocab: PersonVocabulary, phrases: DesignationPhrases, is_cue: Callable[[str], bool] | None = None
    ) -> None:
        self.vocab = vocab
        self.phrases = phrases
        self.kinds = WordKinds(vocab, is_cue)

    def find(self, view: WordView) -> Anchors:
        blocked = self.trap_words(view)
        # one pass over the words finds every position any later step looks at; the loop below
        # visits only the words that start something (about one in twenty)
        idx, kinds = self.kinds.of(view)
        hon_at: dict[int, tuple[str, int]] = {}
        role_at: dict[int, int] = {}
        offices: list[int] = []
        glued_at: list[int] = []
        name_words: list[int] = []
        cues: list[int] = []
        closers: list[int] = []
        occupations: list[int] = []
        for k, f in zip(idx, kinds):
            if f & HONORIFIC and k not in blocked:
                h = self.honorific_at(view, k)
                if h is not None and not (k > 0 and view.w[k - 1] in self.vocab.title_blockers and view.spaced(k - 1)):
                    hon_at[k] = h
            if f & ROLE:
                w = view.w[k]
                if w in self.vocab.role_single:
                    role_at[k] = k + 1
                elif w in self.vocab.occupations:
                    occupations.append(k)  # (no role noun is one: see PersonVocabulary.occupations)
                else:
                    for form in self.vocab.role_multi[w]:
                        if tuple(view.w[k : k + len(form)]) == form:
                            role_at[k] = k + len(form)
                            break
            if f & OFFICE:
                offices.append(k)
            if f & GLUED:
                glued_at.append(k)
            if f & NAME:
                name_words.append(k)
            if f & CUE:
                cues.append(k)
            if f & CLOSER and k:
                closers.append(k)
        # offices; unlisted acronyms (डीपीसी, SHO) unless another anchor
        des_at = self.phrases.find(view, offices)
        glued: dict[int, DesignationPhrase] = {}
        if glued_at:
            self.glued_honorifics(view, glued_at, hon_at, glued)
        return Anchors(hon_at, role_at, des_at, glued, name_words, cues, closers, occupations)

    def honorific_at(self, view: WordView, k: int) -> tuple[str, int] | None:
        """An honorific starting at word k: (folded form, index of the first name word)."""
        w = view.w[k]
        cands: list[tuple[str, int]] = []
        for form in self.vocab.hon_multi.get(w, ()):
            if tuple(view.w[k : k + len(form)]) == form and all(
                view.sep[x].strip(" \t.") == "" for x in range(k, k + len(form) - 1)
            ):
                cands.append((" ".join(form), k + len(form)))
                break
        if w in self.vocab.hon_single:
            cands.append((w, k + 1))
        for form, nxt in cands:
            sep = view.sep[nxt - 1]
            if nxt >= view.n or not view.w[nxt]:
                continue
            if sep.rstrip(" \t").endswith("("):
                # डॉ. (श्रीमती) सुधा अग्रवाल, कर्नल (से.नि.) आर.पी. सिंह: skip the bracket
                x = nxt
                while x < view.n and x - nxt < 4 and ")" not in view.sep[x]:
                    x += 1
                if x < view.n and x - nxt < 4 and view.sep[x].replace(".", "").strip(" \t") == ")" and x + 1 < view.n \
                        and view.w[x + 1]:
                    return form, x + 1
                continue
            dotted = any(c in DOTS for c in sep)
            if dotted:
                if sep.strip(" \t.०0॰") == "" and sum(sep.count(c) for c in DOTS) == 1:
                    return form, nxt
            elif form not in self.vocab.needs_dot and view.spaced(nxt - 1):
                return form, nxt
        return None

    def trap_words(self, view: WordView) -> set[int]:
        """Word indices inside a trap phrase (जय श्री राम)."""
        out: set[int] = set()
        ft = view.ft
        if self.vocab.trap_key and self.vocab.trap_key not in ft:
            return out  # no trap phrase can occur
        for trap in self.vocab.traps:
            pos = ft.find(trap)
            while pos >= 0:
                end = pos + len(trap)
                if (pos == 0 or not ft[pos - 1].isalpha()) and (end >= len(ft) or not ft[end].isalpha()):
                    k = bisect_right(view.start, pos) - 1
                    while k < view.n and view.start[k] < end:
                        if view.start[k] >= pos:
                            out.add(k)
                        k += 1
                pos = ft.find(trap, end)
        return out

    def glued_honorifics(self, view: WordView, at: list[int], hon_at: dict[int, tuple[str, int]],
                          glued: dict[int, DesignationPhrase]) -> None:
        """``सचिवश्री X``: a title glued to the office before it (the words at ``at`` are such
        office + title words, see ``PersonVocabulary.glued_words``)."""
        for k in at:
            if k + 1 < view.n and view.spaced(k):
                s = view.start[k]
                for g, cut in self.vocab.glued_words[view.w[k]]:  # longest title first; the last one's span wins
                    hon_at.setdefault(k, (g, k + 1))
                    glued[k] = DesignationPhrase(k, k + 1, s, s + cut, (s, s + cut))
