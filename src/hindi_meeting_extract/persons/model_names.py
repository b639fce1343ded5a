"""Names no rule anchors, proposed by the learned name tagger (:mod:`..name_model`).

The rules keep the anchors (honorifics, offices, role nouns, traps); the CRF only fills the
gaps they leave, in two positions where Hindi marks a person without any title:

* a bare name before the agent or object postposition (``… में सुनीता मेश्राम ने कहा``);
* an item of a list of people (``उपस्थित``/``मौजूद`` lists, comma lists) that no rule read.

Only the sentences holding such a position with an unread word are tagged (the model costs
about 4–5 µs a word), and a proposed span is kept only when the position agrees: its words are
no grammar or office words, a postposition, a mark or a list link ends it, and its mean
probability is high enough (one word needs more).

Away from those positions, the words within :data:`CUE_MARGIN` of each name-part cue no rule
has read (a given name, surname or middle name of the lexicons, which the anchors mark in their
one pass over the words) are tagged too, unless no sure name could hold the cue (grammar words
on both sides and no postposition or mark after it), and a name there is kept only when the
model is sure of it (:data:`MIN_PROBABILITY_ANYWHERE`; one word:
:data:`MIN_PROBABILITY_ONE_WORD_ANYWHERE` and a postposition or mark after it, not a venue
postposition such as में), one of its words is a name-part cue, and no veto applies: glued to
initials, a deity or a worship phrase, or an institution word in the next words (a hospital
or college named after a person). Any name the model proposes is dropped when the gazetteer
knows it as a place. The tagger is loaded once per stage, the first time a document needs it.
"""

from __future__ import annotations

import threading
from bisect import bisect_left, bisect_right
from collections.abc import Callable
from itertools import compress

import regex

from .. import gazetteer
from ..lexicon import Lexicons
from ..normalize import fold
from .names import NameReader
from .vocabulary import PersonVocabulary
from .words import SENTENCE_END_MARKS, NameCandidate, WordView

MIN_WORD_PROBABILITY = 0.5  # each word of a proposed name
MIN_PROBABILITY = 0.6  # mean marginal of a proposed name of two words or more
MIN_PROBABILITY_ONE_WORD = 0.85  # of a one-word name (only before ने/द्वारा)
MIN_PROBABILITY_ANYWHERE = 0.9  # mean marginal of a name kept outside those positions
MIN_PROBABILITY_ONE_WORD_ANYWHERE = 0.95  # of a one-word name there (before a postposition or a mark)
ANYWHERE = True  # also keep sure names away from open positions (near unread cues)
CUE_MARGIN = 2  # words tagged on each side of an unread name cue
_SEP_TOKEN_RE = regex.compile(r"[0-9\u0966-\u096f]+|[^\s]")
# words after a name looked at for an institution word (a scheme, prize or building named after a
# person: … गांधी प्राकृतिक खेती स्टार्ट-अप योजना)
INSTITUTION_REACH = 4
_HYPHENS = frozenset("-‐‑")


def _spaced(sep: str) -> bool:
    """Only horizontal space in ``sep`` (:meth:`WordView.spaced` of the word before it)."""
    return sep == " " or (bool(sep) and not sep.strip(" \t"))


class ModelNames:
    """Proposes the names the rules missed (see the module docstring)."""

    def __init__(self, vocab: PersonVocabulary, names: NameReader, lexicons: Lexicons) -> None:
        self.vocab = vocab
        self.names = names
        self._lexicons = lexicons
        self._tagger = None
        self._lock = threading.Lock()
        v = vocab
        # words before ने/को that are never a name's last word
        self._not_last = v.name_stoppers | v.genitives | v.agent_marks
        # the words a bare name stands before: ने, द्वारा, को, and those that close a list
        # (उपस्थित, मौजूद, आदि …)
        self._enders = frozenset(v.agent_marks | v.object_marks | v.list_closers)
        # cue words that are more often a region or an institution word (भारत, दिल्ली): no
        # window is tagged around them alone
        names = lexicons.by_name.get("names")
        regions = names.sections["regions"].forms if names is not None and "regions" in names.sections else ()
        self._place_cues = frozenset(fold(f) for f in regions) | v.institution_words
        # postpositions after a place (में, पर: places.toml venue_postpositions)
        places = lexicons.by_name.get("places")
        self._place_marks = frozenset(
            fold(f) for f in (places.sections["venue_postpositions"].forms
                              if places is not None and "venue_postpositions" in places.sections else ())
        )
        # words that end the phrase after a name (no institution's name runs past them)
        self._name_enders = frozenset(v.postpositions | v.genitives | v.agent_marks | v.conjunctions | v.verbs)

    def tagger(self):  # type: ignore[no-untyped-def]
        """The name tagger, loaded on first use (once per stage; NameModelError if broken)."""
        if self._tagger is None:
            with self._lock:
                if self._tagger is None:
                    from ..name_model import NameTagger

                    self._tagger = NameTagger.load(self._lexicons)
        return self._tagger

    def is_cue(self, word: str) -> bool:
        """Whether a folded word is a name-part cue of the tagger (loads it): the anchors mark
        these words (:data:`.anchors.CUE`) in their one pass over the document."""
        return self.tagger().features.is_name_part_cue(word)

    # ------------------------------------------------------------------ where to look
    def _covered(self, view: WordView, cands: list[NameCandidate]) -> bytearray:
        covered = bytearray(view.n + 1)
        for c in cands:
            if c.i >= 0:
                for x in range(c.i, min(self.names.last_word(view, c.j) + 1, view.n)):
                    covered[x] = 1
            for a in c.aliases:
                for x in range(a.i, a.j):
                    covered[x] = 1
        return covered

    def _open_word(self, view: WordView, x: int, covered: bytearray) -> bool:
        """Word x may be (the end of) a name no rule read."""
        if x < 0 or covered[x]:
            return False
        w = view.w[x]
        return (
            bool(w) and w not in self._not_last and len(w) > 1
            and (not w.endswith(self.vocab.non_name_endings) or self.names.surname_not_oblique(view, x))
        )

    def _positions(self, view: WordView, covered: bytearray) -> set[int]:
        """Word indices of open words that end a possible name: before ने/द्वारा/को, or before
        a list comma or list link, where the word or the one before it is a name cue (so that
        ordinary nouns cost no tagging)."""
        w, sep, n = view.w, view.sep, view.n
        # the word before each ender (ने, को, उपस्थित …), with only space between
        out = [
            k - 1 for k in compress(range(n), map(self._enders.__contains__, w))
            if k and (sep[k - 1] == " " or _spaced(sep[k - 1]))
        ]
        ft, starts, conjunctions = view.ft, view.start, self.vocab.conjunctions
        pos = ft.find(",")
        last = -1
        while pos >= 0:  # the word before each comma, and the item before a link word after it
            k = bisect_right(starts, pos) - 1
            if k != last and 0 <= k < n:
                out.append(k)
                for x in range(k + 2, min(k + 6, n)):
                    s = sep[x - 1]
                    if s != " " and s.strip(" \t"):
                        break
                    if w[x] in conjunctions:
                        out.append(x - 1)
                        break
            last = k
            pos = ft.find(",", pos + 1)
        features = self.tagger().features
        cue_of, is_cue = features.cue_of.get, features.is_name_cue  # the memo first: a dict look-up
        found: set[int] = set()
        for k in out:
            cue = cue_of(w[k])
            if cue is None:
                cue = is_cue(w[k])
            if not cue and k > 0 and (sep[k - 1] == " " or _spaced(sep[k - 1])):
                cue = cue_of(w[k - 1])
                if cue is None:
                    cue = is_cue(w[k - 1])
            if cue and self._open_word(view, k, covered):
                found.add(k)
        return found

    def _window(self, view: WordView, k: int, before: int = 5, after: int = 3) -> tuple[int, int]:
        """Word range [a, b) tagged for a name ending at word k: up to ``before`` words before
        it and ``after`` - 1 after, within its sentence."""
        sep, ends = view.sep, SENTENCE_END_MARKS.isdisjoint
        a = k
        while a > 0 and k - a < before and ends(sep[a - 1]):
            a -= 1
        b = k + 1
        while b < view.n and b - k < after and ends(sep[b - 1]):
            b += 1
        return a, b

    # ------------------------------------------------------------------ proposing
    def propose(self, view: WordView, cands: list[NameCandidate], cues: list[int]) -> None:
        """Add the model's names at open positions to ``cands`` (rule ``model``); ``cues`` are
        the word indices of the name-part cues (:meth:`is_cue`), in text order."""
        covered = self._covered(view, cands)
        positions = self._positions(view, covered)
        if positions:
            self._at_positions(view, cands, covered, positions)
        if ANYWHERE and cues:
            self._near_cues(view, cands, covered, cues)

    def _tokens(self, view: WordView, a: int, b: int) -> tuple[list[str], list[int]]:
        """The tagger's tokens for words [a, b) (marks between words as their own tokens) and,
        per token, its word index (-1 for a mark)."""
        w, seps = view.w, view.sep
        if seps[a:b].count(" ") == b - a:  # single spaces only: the words themselves
            return w[a:b], list(range(a, b))
        tokens: list[str] = []
        word_at: list[int] = []
        for x in range(a, b):
            tokens.append(w[x])
            word_at.append(x)
            sep = seps[x]
            if sep != " ":
                for t in _SEP_TOKEN_RE.findall(sep):
                    tokens.append(t)
                    word_at.append(-1)
        return tokens, word_at

    def _near_cues(self, view: WordView, cands: list[NameCandidate], covered: bytearray, cues: list[int]) -> None:
        """Tag the words around each name-part cue no rule has read (:data:`CUE_MARGIN` words each
        side, within its sentence), and keep the names the model is sure of
        (:data:`MIN_PROBABILITY_ANYWHERE`) wherever they stand, when one of their words is
        itself a name-part cue, no veto of :meth:`_not_a_person` applies and :meth:`_accept` agrees."""
        w = view.w
        tagger = self.tagger()
        cue_at = set(cues)
        windows: list[list[int]] = []
        for k in cues:
            if covered[k] or covered[k + 1] or (k and covered[k - 1]) or w[k] in self._place_cues:
                # read, or next to a name read (a title before it: श्री, प्रधानमंत्री …)
                continue
            if not self._may_hold_name(view, k):
                continue
            a, b = self._window(view, k, CUE_MARGIN, CUE_MARGIN + 1)
            if windows and a <= windows[-1][1]:
                windows[-1][1] = max(windows[-1][1], b)
            else:
                windows.append([a, b])
        for a, b in windows:
            tokens, word_at = self._tokens(view, a, b)
            prob = tagger.person_probability_of(tokens)
            probs: list[float | None] = [None] * len(tokens)
            t = end = 0
            for x in cues[bisect_left(cues, a) : bisect_left(cues, b)]:  # the runs holding a cue, in order
                t = word_at.index(x, t)  # (no other run is kept)
                if t < end:
                    continue
                s, e = self._run_at(prob, probs, word_at, t)
                if s == e:
                    continue
                end = e
                p = sum(probs[s:e]) / (e - s)  # type: ignore[arg-type]
                i, j = word_at[s], word_at[e - 1] + 1
                cut = self._last_surname_end(view, i, j)
                if cut < j:  # the noun the model ran on into is left out, and so is its probability
                    j = cut
                    kept = probs[s : s + (j - i)]
                    p = sum(kept) / len(kept)  # type: ignore[arg-type]
                if p < MIN_PROBABILITY_ANYWHERE:
                    continue
                if any(covered[x] for x in range(i, j)) or not any(x in cue_at for x in range(i, j)) \
                        or self._not_a_person(view, i, j):
                    continue
                known = self._known_start(view, i, j, cands, covered)
                alone = known == i and j - i == 1 and self._lone_name(view, i, p)
                trim = known == i and not self._spelt_elsewhere(view.w[i:j], cands)
                cand = self._accept(view, known, j, p, covered, trim=trim, one_word=alone)
                if cand is not None:
                    cands.append(cand)
                    for x in range(cand.i, cand.j):
                        covered[x] = 1

    def _may_hold_name(self, view: WordView, k: int) -> bool:
        """Whether a sure name could hold the cue word k (checked before tagging, so that a
        cue between two grammar words costs no crfsuite call): a word next to it, with only
        space between, may be a name part (no grammar, office or region word: those never
        stand in a name, :meth:`_accept`), or it may be a name alone (:meth:`_lone_name`: a
        mark or a postposition after it, not a venue postposition)."""
        v = self.vocab
        stoppers = v.name_stoppers
        w = view.w
        if k > 0 and view.spaced(k - 1) and w[k - 1] and w[k - 1] not in stoppers:
            return True
        nxt = w[k + 1] if k + 1 < view.n else ""
        if nxt and view.spaced(k) and nxt not in stoppers:
            return True
        if nxt in self._place_marks:
            return False
        return bool(view.sep[k].strip(" \t")) or nxt in v.postpositions or nxt in v.genitives or nxt in v.agent_marks

    def _not_a_person(self, view: WordView, i: int, j: int) -> bool:
        """Vetoes for a name found away from an open position: glued to the word before it
        (initials the rules read whole: ए.पी.जे.अब्दुल), a deity (जय श्री राम, मां सरस्वती:
        a deity's name with no other name part; a devotion word ends it or follows it: पूजा
        अर्चना, गणेश वंदना), or the start of an institution's name
        (… लोहिया अस्पताल, … गांधी सरकारी सामान्य अस्पताल: an institution word among the next
        :data:`INSTITUTION_REACH` words, before any postposition or mark; the parts of a
        hyphened word, स्टार्ट-अप, are one word)."""
        v = self.vocab
        if i > 0 and not view.sep[i - 1].endswith((" ", "\t", "\n")):
            return True
        words = view.w[i:j]
        if any(x in v.deities for x in words) and not all(
            x in v.deities or x in v.given_names or x in v.surnames or x in v.middle_names for x in words
        ) or (len(words) == 1 and words[0] in v.deities):
            return True
        if words[-1] in v.devotions or (j < view.n and view.w[j] in v.devotions):
            return True  # a worship phrase (पूजा अर्चना, गणेश वंदना, … आरती)
        x, seen = j, 0
        while x < view.n and seen < INSTITUTION_REACH:  # the words after it, up to a postposition or a mark
            if view.w[x] in v.institution_words:
                return True
            if view.w[x] in self._name_enders:
                break
            if view.sep[x] in _HYPHENS:  # स्टार्ट-अप: one word
                x += 1
                continue
            if view.sep[x].strip(" \t"):
                break
            x += 1
            seen += 1
        return False

    def _last_surname_end(self, view: WordView, i: int, j: int) -> int:
        """End a span after its last known surname when only unknown words follow it (a noun
        the model ran on into: कनिका कपूर [बॉलीवुड] की …); not after a surname that is also a
        middle name (सिंह, कुमार …), which an unknown surname often follows (सुरेश सिंह वैस)."""
        v = self.vocab
        for x in range(j - 1, i, -1):
            if view.w[x] in v.surnames:
                if x + 1 < j and view.w[x] not in v.middle_names and not any(
                    view.w[y] in v.given_names or view.w[y] in v.middle_names for y in range(x + 1, j)
                ):
                    return x + 1
                break
        return j

    def _lone_name(self, view: WordView, i: int, p: float) -> bool:
        """A one-word name kept outside the agent position: the model is very sure, and a
        postposition or a mark follows it (अज्ञेय के नेतृत्व में, … और रंजीत , …)."""
        if p < MIN_PROBABILITY_ONE_WORD_ANYWHERE:
            return False
        v = self.vocab
        nxt = view.w[i + 1] if i + 1 < view.n else ""
        if nxt in self._place_marks:
            return False  # a lone word before में/पर is more often a place (… और बांदा में)
        return bool(view.sep[i].strip(" \t")) or nxt in v.postpositions or nxt in v.genitives or nxt in v.agent_marks

    def _at_positions(self, view: WordView, cands: list[NameCandidate], covered: bytearray, positions: set[int]) -> None:
        tagger = self.tagger()
        wanted = sorted(positions)
        windows: list[list[int]] = []
        for k in wanted:
            a, b = self._window(view, k)
            if windows and a <= windows[-1][1]:
                windows[-1][1] = max(windows[-1][1], b)
            else:
                windows.append([a, b])
        for a, b in windows:
            tokens, word_at = self._tokens(view, a, b)
            prob = tagger.person_probability_of(tokens)
            probs: list[float | None] = [None] * len(tokens)
            t = 0
            for k in wanted[bisect_left(wanted, a) : bisect_left(wanted, b)]:  # the runs ending at one
                t = word_at.index(k, t)
                s, e = self._run_at(prob, probs, word_at, t)
                if e != t + 1:
                    continue  # no run, or one going on after word k
                p = sum(probs[s:e]) / (e - s)  # type: ignore[arg-type]
                i, j = word_at[s], k + 1
                known = self._known_start(view, i, j, cands, covered)
                trim = known == i and not self._spelt_elsewhere(view.w[i:j], cands)
                cand = self._accept(view, known, j, p, covered, trim=trim)
                if cand is not None:
                    cands.append(cand)
                    for x in range(cand.i, cand.j):
                        covered[x] = 1

    @staticmethod
    def _run_at(
        prob: Callable[[int], float], probs: list[float | None], word_at: list[int], t: int
    ) -> tuple[int, int]:
        """The token run [s, e) holding token t ((t, t) when there is none) of words each more
        likely inside a name than not (punctuation breaks a run): a descriptor before a name
        (विधवा, राहगीर) that the model doubts is left out. Only the probabilities of the run's
        tokens and of the words at its edges are read (``prob``), kept in ``probs``."""
        if word_at[t] < 0:
            return t, t
        q = probs[t]
        if q is None:
            q = probs[t] = prob(t)
        if q < MIN_WORD_PROBABILITY:
            return t, t
        s = t
        while s > 0 and word_at[s - 1] >= 0:
            q = probs[s - 1]
            if q is None:
                q = probs[s - 1] = prob(s - 1)
            if q < MIN_WORD_PROBABILITY:
                break
            s -= 1
        e, n = t + 1, len(word_at)
        while e < n and word_at[e] >= 0:
            q = probs[e]
            if q is None:
                q = probs[e] = prob(e)
            if q < MIN_WORD_PROBABILITY:
                break
            e += 1
        return s, e

    def _known_start(self, view: WordView, i: int, j: int, cands: list[NameCandidate], covered: bytearray) -> int:
        """Start the span earlier when the text already named someone whose name ends with it
        and the words before it spell the rest (बिसाहू राम वर्मा … [राम वर्मा] ने), also when
        one of the two writes a compound given name as one word and the other apart
        (राजमंगल यादव … राज [मंगल यादव]: the letters, without spaces, agree)."""
        words = view.w[i:j]
        joined = "".join(words)
        last = joined[-1:]
        for c in cands:
            extra = len(c.words) - len(words)
            if extra > 0 and c.words[extra:] == words and i - extra >= 0 and view.w[i - extra : i] == c.words[:extra] \
                    and all(view.spaced(x) and not covered[x] for x in range(i - extra, i)):
                return i - extra
            if last and c.words and c.words[-1] and not c.words[-1].endswith(last):
                continue  # its letters do not end with the span's (the test below, without the join)
            full = "".join(c.words)
            if len(full) > len(joined) and full.endswith(joined):
                rest, x = full[: -len(joined)], i
                while x > 0 and len(rest) > 0 and view.spaced(x - 1) and not covered[x - 1] and rest.endswith(view.w[x - 1]):
                    rest, x = rest[: -len(view.w[x - 1])], x - 1
                if not rest and x < i:
                    return x
        return i

    @staticmethod
    def _spelt_elsewhere(words: list[str], cands: list[NameCandidate]) -> bool:
        """Another candidate spells the same letters (राज मंगल यादव and राजमंगल यादव): the
        span is that person's name, and no leading word of it is trimmed."""
        joined = "".join(words)
        return any("".join(c.words) == joined for c in cands)

    def _a_place(self, words: list[str]) -> bool:
        """The gazetteer knows these words as a state, district or town (फतेहगढ़ साहिब,
        गाजीपुर): no person, unless it is one word the name lists give as a given name or surname
        (आनंद, खन्ना are both)."""
        v = self.vocab
        if len(words) == 1 and (words[0] in v.given_names or words[0] in v.surnames):
            return False
        return gazetteer.is_place(" ".join(words))

    def _accept(
        self, view: WordView, i: int, j: int, p: float, covered: bytearray, trim: bool = True, one_word: bool = False
    ) -> NameCandidate | None:
        v = self.vocab
        if j - i > 4 or any(covered[x] for x in range(i, j)):
            return None
        if any(not view.spaced(x) for x in range(i, j - 1)):
            return None
        while j - i > 1 and view.w[i] in v.name_stoppers:
            i += 1  # a pronoun or particle the model took in (किसी …)
        words = view.w[i:j]
        if any(
            w in v.name_stoppers or w in view.acronyms or not w or w.isdigit()
            or (w.endswith(v.non_name_endings) and not self.names.surname_not_oblique(view, i + n))
            for n, w in enumerate(words)
        ):
            return None
        while trim and (j - i >= 3 or (j - i == 2 and words[1] in v.surnames)):
            # a leading word no name list knows, before a known first name or before a name that
            # ends in a surname: a place, an age, an office or a descriptor the lexicons lack
            # (सिंगरौली विकास सिंह, स्पीकर अली X, विधवा गंगा देवी)
            first, second = words[0], words[1]
            if first in v.name_parts:
                break
            rest_last = words[-1]
            unknown_second = not (
                second in v.surnames or second in v.maybe_surnames or second in v.middle_names or second in v.letter_names
            )
            if not (second in v.given_names or second in v.maybe_given or (
                    len(words) >= 3 and unknown_second and (rest_last in v.surnames or rest_last in v.maybe_surnames))):
                break
            i += 1
            words = words[1:]
            break
        nxt = view.w[j] if j < view.n else ""
        mark = view.sep[j - 1].strip(" \t")
        agent = not mark and nxt in v.agent_marks
        if len(words) == 1:
            if not (agent or one_word) or p < MIN_PROBABILITY_ONE_WORD:
                return None
        elif p < MIN_PROBABILITY:
            return None
        if self._a_place(words):
            return None
        cand = NameCandidate(i, j, view.start[i], view.end(j - 1), words, rule="model", probability=p)
        if not self.names.valid(view, cand):
            return None
        if agent and len(words) == 2 and words[0] not in v.name_parts and words[0] not in v.maybe_given \
                and words[1] in v.surnames and self.names.title_before(view, cand):
            return None  # सदर अंसारी ने, with … सदर जनाब X अंसारी: a title and a back-reference
        return cand
