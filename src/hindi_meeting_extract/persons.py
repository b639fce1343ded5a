"""People: names, honorifics, designations, merged into one person per individual.

The folded view is split once into words and the separators between them. Names are then
read from *anchors*, found by set look-ups on those words:

* an honorific (``श्री``, ``डॉ.``, ``सर्वश्री`` …, lexicon ``honorifics``), also glued to the
  office before it (``सचिवश्री``) or to the name after it (``डॉ.राजीव``);
* a designation phrase (``जिला अध्यक्ष``, ``सीईओ जिला पंचायत``, lexicon ``designations``);
* an event-role noun right before a name (``संचालन आदेश सक्सेना ने किया``);
* a list that goes on after a name (``A, B एवं C``), a name before a parenthesised or dashed
  designation (``A (अध्यक्ष)``, ``A – सदस्य``), a comma list of names, a byline.

From an anchor a name is read word by word until Hindi ends it (lexicon ``names``:
postpositions, conjunctions, verbs, designation words, ``जी``/``साहब`` …). Mentions are then
merged per individual with :func:`~hindi_meeting_extract.normalize.name_key` (नन्दा = नंदा;
``अजय चंद्रा`` ⊂ ``अजय कुमार चंद्रा``); a bare surname (``श्री सिंह``) only refers back to a
person (:attr:`PersonEntity.references`) and creates nobody.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from bisect import bisect_right
from itertools import accumulate, compress, repeat

import regex

from .analysis import Analysis, Designation, Mention
from .document import Document
from .lexicon import Lexicons, Section
from .normalize import fold, name_key

# separators: anything but Devanagari letters and signs, Latin letters (digits, danda, ॰ separate)
_NUMBER_SEP_RE = regex.compile(r"[ \t]+[0-9\u0966-\u096f]+[ \t]+")  # ' 15 ' between two words
_SPLIT_RE = regex.compile(r"([^\u0900-\u0963\u0971-\u097fA-Za-z\u00c0-\u024f]+)")
_LETTER_RE = regex.compile(r"[\p{L}\p{M}]")
_LETTER_RUN_RE = regex.compile(r"[\p{L}\p{M}]+")
_DOTS = frozenset(".०0॰")
_STRONG_MARKS = frozenset(",।|)\"'“”‘’:;-–—/!?")
MAX_WORDS = 4  # words of a name read after a designation; one more after an honorific

# what a word may start (PersonStage._kinds): bits of a word's kind
_HON = 1  # an honorific (or the first word of one)
_ROLE = 2  # an event-role noun (or the first word of one)
_DES = 4  # an office (or its first word), or an unlisted acronym that is no other trigger
_NAME = 8  # a common first name or a clear surname
_GLUED = 16  # an office with a title glued to it (सचिवश्री)
_NEW = 1 << 30  # not classified yet
_KINDS_MAX = 200_000  # words remembered by a stage (bounds the memory of a long-running one)


def _forms(*sections: Section) -> set[str]:
    """Every surface form of the sections, folded."""
    return {fold(f) for sec in sections for f in sec.forms}


def _common_substring(texts: list[str]) -> str:
    """The longest string that occurs in each of ``texts`` ("" if none or no texts)."""
    if not texts:
        return ""
    shortest = min(texts, key=len)
    for size in range(len(shortest), 0, -1):
        for i in range(len(shortest) - size + 1):
            sub = shortest[i : i + size]
            if all(sub in t for t in texts):
                return sub
    return ""


def _words(forms: set[str]) -> set[str]:
    return {w for f in forms for w in f.split()}


def _multi(forms: set[str]) -> dict[str, list[tuple[str, ...]]]:
    """First word -> the multi-word forms it starts, longest first."""
    out: dict[str, list[tuple[str, ...]]] = {}
    for f in forms:
        ws = tuple(f.replace(".", " ").split())
        if len(ws) > 1:
            out.setdefault(ws[0], []).append(ws)
    for v in out.values():
        v.sort(key=len, reverse=True)
    return out


@dataclass(slots=True)
class _Des:
    """A designation phrase: word indices ``[i, j)`` of its core, folded span of all of it."""

    i: int
    j: int
    start: int
    end: int
    core: tuple[int, int]
    canonical: str | None = None  # base form of a plural office (सदस्यों -> सदस्य)
    plural: bool = False
    after: int = -1  # index of the first word after the phrase (and its qualifier)
    head: int = -1  # index of the office word the phrase was grown from
    unknown: bool = False  # grown over words the lexicon does not know (जिला क्षय रोग अधिकारी)
    level: tuple[int, int] | None = None  # folded span of a level word before a portfolio with के
    weak: bool = False  # an unlisted letter acronym (डीपीसी): the name after it must look like one
    territorial: bool = False  # an office written before its territory (एसडीएम खैरागढ़ X)


@dataclass(slots=True)
class _Cand:
    i: int  # word indices [i, j) of the name
    j: int
    start: int  # folded span of the name
    end: int
    words: list[str]
    rule: str = ""
    honorific: str | None = None
    hon_span: tuple[int, int] | None = None
    designations: list[_Des] = field(default_factory=list)
    aliases: list[_Cand] = field(default_factory=list)


class _Words:
    """The folded text split into words and separators, with offsets."""

    __slots__ = ("ft", "w", "sep", "start", "n", "_counts", "_pairs")

    def __init__(self, ft: str) -> None:
        parts = _SPLIT_RE.split(ft)
        self.ft = ft
        self.w: list[str] = parts[0::2]
        self.sep: list[str] = parts[1::2]  # sep[k] follows word k
        self.sep.append("")
        self.start: list[int] = list(accumulate(map(len, parts), initial=0))[0::2]
        self.n = len(self.w)
        self._counts: dict[str, int] | None = None
        self._pairs: dict[tuple[str, str], int] | None = None

    def count(self, word: str) -> int:
        """How often ``word`` occurs (counted once per document)."""
        if self._counts is None:
            self._counts = {}
            for w in self.w:
                self._counts[w] = self._counts.get(w, 0) + 1
        return self._counts.get(word, 0)

    def pair_count(self, a: str, b: str) -> int:
        """How often word ``a`` is followed by word ``b`` (counted once per document)."""
        if self._pairs is None:
            self._pairs = {}
            for pair in zip(self.w, self.w[1:]):
                self._pairs[pair] = self._pairs.get(pair, 0) + 1
        return self._pairs.get((a, b), 0)

    def end(self, k: int) -> int:
        return self.start[k] + len(self.w[k])

    def spaced(self, k: int) -> bool:
        """Only horizontal space between word k and word k+1."""
        s = self.sep[k]
        return s == " " or (bool(s) and not s.strip(" \t"))


def _ner_cands(doc: Document, W: _Words, cands: list[_Cand]) -> list[_Cand]:
    """Names stanza's NER tagged (``NEP``) that overlap no rule candidate, as rule "ner"."""
    from .linguistic import has_ner, person_spans

    out: list[_Cand] = []
    for span in person_spans(doc) if has_ner(doc) else ():
        s, e = doc.folded.to_folded(span.start), doc.folded.to_folded(span.end)
        i, j = bisect_right(W.start, s) - 1, bisect_right(W.start, e - 1)
        if i < 0 or W.start[i] != s or j <= i or any(c.start < e and s < c.end for c in cands):
            continue
        out.append(_Cand(i, j, s, W.end(j - 1), W.w[i:j], rule="ner"))
    return out


class PersonStage:
    """Finds person mentions and merges them into :class:`PersonEntity` objects."""

    def __init__(self, lexicons: Lexicons) -> None:
        hon = lexicons["honorifics"]
        des = lexicons["designations"]
        nm = lexicons["names"]
        seg = lexicons["segmentation"]

        # honorifics: folded form -> canonical
        self._hon_canon: dict[str, str] = {}
        for sec in ("titles", "plural", "ranks", "professional", "religious"):
            for canonical, forms in hon[sec].entries.items():
                for f in forms:
                    self._hon_canon.setdefault(" ".join(fold(f).replace(".", " ").split()), canonical)
        all_hon = set(self._hon_canon)
        self._hon_single = {h for h in all_hon if " " not in h}
        self._hon_multi = _multi(all_hon)
        self._needs_dot = _forms(hon["needs_dot"])
        self._religious = _forms(hon["religious"])
        self._plural_canon = set(hon["plural"].entries)
        self._weak_hon = {fold(f) for sec in ("ranks", "professional", "religious") for f in hon[sec].forms}
        self._noun_titles = _forms(hon["noun_titles"])
        self._glued = sorted(_forms(hon["glued"]), key=len, reverse=True)
        self._trailing = _forms(hon["trailing"])

        # designations
        offices = _forms(des["offices"], des["abbreviations"])
        self._plural_of: dict[str, str] = {}
        for canonical, forms in des["plural"].entries.items():
            for f in forms[1:]:
                self._plural_of[fold(f)] = canonical
        self._office_single = {f for f in offices if " " not in f} | set(self._plural_of)
        self._office_multi = _multi(offices)
        self._office_second = {w: {f[1] for f in forms} for w, forms in self._office_multi.items()}
        self._office_words = {f.split()[-1] for f in offices} | set(self._plural_of)
        self._generic = _forms(des["generic"])
        levels = _forms(des["levels"])
        mods = _forms(des["modifiers"])
        depts = _forms(des["departments"])
        self._institution = _words(_forms(nm["institution_words"]))
        conj = _forms(nm["conjunctions"])
        post_quals = _words(_forms(des["post_qualifiers"]))
        self._pre = (_words(levels | mods | depts) | self._institution | _words(offices) | post_quals) - conj
        self._post = (_words(levels | depts) | post_quals) - conj
        self._territorial = _forms(des["territorial"])
        self._not_offices = _forms(des["not_offices"])
        self._non_office_endings = tuple(_forms(des["non_office_endings"]))
        self._transient = _forms(des["transient"])
        self._numbered = _forms(des["numbered"])
        self._place_endings = tuple(_forms(des["place_endings"]))
        self._office_links = sorted(
            {tuple(f.split()) for f in _forms(des["office_links"])}, key=len, reverse=True
        )
        self._link_first = {f[0] for f in self._office_links}
        self._depts = _words(depts) - conj
        self._levels = _words(levels) - conj
        self._short_mods = {m for m in mods if len(m) <= 3}  # अति. पुलिस अधीक्षक
        self._mod_words = _words(mods)

        # words that end a name
        self._postpositions = _forms(nm["postpositions"])
        self._agent_marks = _forms(nm["agent_postpositions"])
        self._genitives = _forms(nm["genitives"])
        self._conj = _forms(nm["conjunctions"])
        self._links = _forms(nm["list_links"])
        self._alias = _forms(nm["alias"])
        self._verbs = _forms(nm["verbs"])
        self._given = _forms(nm["given_names"])
        self._middle = _forms(nm["middle_names"])
        self._surnames = _forms(nm["surnames"])
        self._clear_surnames = self._surnames - _forms(nm["ambiguous_surnames"])
        self._deities = _forms(nm["deities"])
        self._devotions = _forms(nm["devotions"])
        self._blockers = _forms(nm["title_blockers"])
        self._endings = tuple(_forms(nm["non_name_endings"]))
        self._letters = _forms(seg["letter_names"])
        # an acronym of spoken letters (डीपीसी, बीसीएमओ) or Latin capitals (SHO, DIOS; folded to lower case)
        spoken = "|".join(regex.escape(x) for x in sorted(self._letters, key=len, reverse=True) if not x.isascii())
        finals = "|".join(regex.escape(x) for x in sorted(_forms(des["acronym_finals"]), key=len, reverse=True))
        self._acro_re = regex.compile(rf"(?:{spoken}){{2,6}}(?:{finals})|[a-z]{{1,4}}[omcea]")
        # every word met so far -> its kind (bits _HON … _GLUED; 0: none), see _kinds_of
        self._kind: dict[str, int] = {}
        # the words met so far that are unlisted acronyms (never cleared: acronym-shaped words
        # are few, and a document's must all be here while it is read)
        self._acro_yes: set[str] = set()
        self._abbrev = _forms(seg["abbreviations"])
        self._traps = sorted(_forms(nm["trap_phrases"]), key=len, reverse=True)
        self._trap_key = _common_substring(self._traps)  # in every trap phrase (श्री)
        labels = "|".join(regex.escape(f) for f in sorted(_forms(nm["byline_labels"]), key=len, reverse=True))
        # a reporter: "नाम" alone on a line, "शहर/ नाम।", "रिपोर्ट: नाम"
        self._byline_re = regex.compile(
            rf"[ \t*]*(?:[^\n/|।,]{{1,30}}/[ \t]*|(?P<label>{labels})[ \t]*[:\-–—][ \t]*)?"
            r"(?P<n>[\p{L}\p{M}]+(?:[ \t]+[\p{L}\p{M}]+){1,2})[ \t*]*(?:$|[।|,])"
        )
        role_forms = _forms(nm["role_nouns"])
        self._role_single = {f for f in role_forms if " " not in f}
        self._role_multi = _multi(role_forms)
        name_parts = self._given | self._surnames
        self._stop = (
            self._postpositions
            | self._conj
            | self._alias
            | self._verbs
            | _forms(nm["function_words"])
            | _forms(nm["regions"])
            | self._hon_single - self._weak_hon - name_parts
            | {h for h in self._weak_hon if " " not in h} - name_parts - self._religious
            | self._trailing
            | self._office_single
            | {w for w in _words(levels | mods) if w not in name_parts}
            | (self._depts - name_parts)
            | self._institution
        )

        # a title glued to the office before it (सचिवश्री): word -> [(title, length of the office)]
        self._glued_words: dict[str, list[tuple[str, int]]] = {}
        for g in self._glued:  # longest first
            for o in self._office_single:
                w = o + g
                if o and _SPLIT_RE.split(w) == [w] and _LETTER_RE.match(o[-1]):
                    self._glued_words.setdefault(w, []).append((g, len(o)))
        self._name_starts = self._given | self._clear_surnames
        self._hon_first = self._hon_multi.keys() | self._hon_single
        self._office_first = self._office_multi.keys() | self._office_single
        self._triggers = self._hon_first | self._office_first | self._role_single | self._role_multi.keys()
        self._gap_stop = self._postpositions | self._conj | self._verbs | self._trailing | self._hon_single
        self._name_parts = self._given | self._surnames | self._middle | self._letters
        # what may stand right before an office phrase that starts with unknown words
        self._left_bound = self._postpositions | self._conj | self._verbs | _forms(nm["function_words"])

    def _acro(self, w: str) -> bool:
        """An unlisted acronym that may be an office."""
        return (
            w not in self._not_offices
            and w not in self._name_parts
            and w not in self._stop
            and self._acro_re.fullmatch(w) is not None
        )

    def _classify(self, w: str) -> int:
        """The kind of a word (bits ``_HON`` … ``_GLUED``, 0 for a word that starts nothing);
        records an unlisted acronym in ``_acro_yes``."""
        acro = self._acro(w)
        if acro:
            self._acro_yes.add(w)
        trigger = w in self._triggers
        return (
            (_HON if w in self._hon_first else 0)
            | (_ROLE if w in self._role_single or w in self._role_multi else 0)
            | (_DES if w in self._office_first or (acro and not trigger) else 0)
            | (_NAME if w in self._name_starts else 0)
            | (_GLUED if w in self._glued_words else 0)
        )

    def _kinds_of(self, W: _Words) -> tuple[list[int], list[int]]:
        """The indices of the words that start something, and their kinds.

        Each distinct word is classified once per stage (``_kind``), so a document costs one
        dictionary look-up per word; afterwards ``w in self._acro_yes`` answers for every word
        of the document."""
        kind = self._kind
        if len(kind) > _KINDS_MAX:
            kind.clear()  # (not _acro_yes: a pipeline shared by threads may be reading it)
        # unknown words get _NEW (non-zero): they are classified below
        idx = list(compress(range(W.n), map(kind.get, W.w, repeat(_NEW))))
        kinds = [kind.get(W.w[k], _NEW) for k in idx]
        if _NEW in kinds:
            new: dict[str, int] = {}  # this document's, so another thread's clear() loses nothing
            for k, f in zip(idx, kinds):
                w = W.w[k]
                if f == _NEW and w not in new:
                    new[w] = self._classify(w)
            kind.update(new)
            kinds = [new[W.w[k]] if f == _NEW else f for k, f in zip(idx, kinds)]
            idx, kinds = [k for k, f in zip(idx, kinds) if f], [f for f in kinds if f]
        return idx, kinds

    def _link_len(self, W: _Words, k: int) -> int:
        """Words of an office link (पद पर) starting at word k."""
        if k >= W.n or W.w[k] not in self._link_first:
            return 0
        for form in self._office_links:
            if tuple(W.w[k : k + len(form)]) == form and all(W.spaced(x) for x in range(k, k + len(form))):
                return len(form)
        return 0

    # ------------------------------------------------------------------ anchors
    def _honorific_at(self, W: _Words, k: int) -> tuple[str, int] | None:
        """An honorific starting at word k: (folded form, index of the first name word)."""
        w = W.w[k]
        cands: list[tuple[str, int]] = []
        for form in self._hon_multi.get(w, ()):
            if tuple(W.w[k : k + len(form)]) == form and all(
                W.sep[x].strip(" \t.") == "" for x in range(k, k + len(form) - 1)
            ):
                cands.append((" ".join(form), k + len(form)))
                break
        if w in self._hon_single:
            cands.append((w, k + 1))
        for form, nxt in cands:
            sep = W.sep[nxt - 1]
            if nxt >= W.n or not W.w[nxt]:
                continue
            if sep.rstrip(" \t").endswith("("):
                # डॉ. (श्रीमती) सुधा अग्रवाल, कर्नल (से.नि.) आर.पी. सिंह: skip the bracket
                x = nxt
                while x < W.n and x - nxt < 4 and ")" not in W.sep[x]:
                    x += 1
                if x < W.n and x - nxt < 4 and W.sep[x].replace(".", "").strip(" \t") == ")" and x + 1 < W.n \
                        and W.w[x + 1]:
                    return form, x + 1
                continue
            dotted = any(c in _DOTS for c in sep)
            if dotted:
                if sep.strip(" \t.०0॰") == "" and sum(sep.count(c) for c in _DOTS) == 1:
                    return form, nxt
            elif form not in self._needs_dot and W.spaced(nxt - 1):
                return form, nxt
        return None

    def _designation_at(self, W: _Words, k: int) -> int:
        """Number of words of an office starting at word k (0 if none)."""
        w = W.w[k]
        if k + 1 < W.n and W.w[k + 1] in self._office_second.get(w, ()):  # else no longer form fits
            for form in self._office_multi[w]:
                if tuple(W.w[k : k + len(form)]) == form and all(W.spaced(x) for x in range(k, k + len(form) - 1)):
                    return len(form)
        return 1 if w in self._office_single or w in self._acro_yes else 0

    def _extend(self, W: _Words, k: int, length: int) -> _Des:
        """Grow an office at words [k, k+length) into its phrase: qualifiers before and after."""
        i = k
        unknown = False
        while i > 0 and i > k - 6 and (
            W.spaced(i - 1) or (W.sep[i - 1].strip(" \t") == "." and W.w[i - 1] in self._short_mods)
        ):
            prev = W.w[i - 1]
            if prev in self._pre and prev not in self._plural_of:
                i -= 1
            elif prev in self._conj and i >= 2 and W.spaced(i - 2) and W.w[i - 2] in self._depts and W.w[i] in self._depts:
                i -= 1
            elif not unknown and prev not in self._stop and (u := self._unknown_run(W, i)):
                unknown = True  # जिला क्षय रोग अधिकारी, रोजगार सहायक: office words not in the lexicon
                i -= u
            else:
                break
        while i < k and W.w[i] in self._conj:  # never start with तथा/एवं
            i += 1
        j = k + length
        post = 0
        while j < W.n and post < 3 and (W.w[j] in self._post or W.w[j] in self._conj) and W.spaced(j - 1):
            w = W.w[j]
            if w in self._conj and post and W.w[j - 1] in self._depts and j + 1 < W.n and W.spaced(j) \
                    and W.w[j + 1] in self._depts:
                j += 2  # एडीएम वित्त एवं राजस्व X
                post += 1
                continue
            if w not in self._post:
                break
            if post == 0 and w in self._gap_stop:
                break  # वाणिज्य कर, but not अध्यक्ष कर रहे
            if post == 0 and w in self._given and j + 1 < W.n and W.spaced(j) and W.w[j + 1] not in self._stop \
                    and not W.w[j + 1].endswith(self._endings):
                break  # महामंत्री विकास सैनी: a first name, not a portfolio (but सचिव नगर विकास X)
            j += 1
            post += 1
        last = W.w[k + length - 1]
        d = _Des(i, j, W.start[i], W.end(j - 1), (W.start[i], W.end(j - 1)), head=k, unknown=unknown)
        if i == k and i >= 3 and W.w[i - 1] in self._genitives and W.spaced(i - 1):
            lv = self._portfolio_level(W, i - 1)
            if lv is not None:  # केंद्रीय विद्युत, आवास एवं शहरी मामलों के मंत्री -> केंद्रीय मंत्री
                d.level = (W.start[lv], W.end(lv))
                d.start = W.start[lv]
        if last in self._plural_of:
            d.plural = True
            d.canonical = self._plural_of[last]
        # a parenthesised qualifier: प्रदेश प्रभारी (आईटी एवं सोशल मीडिया) श्री X
        sep = W.sep[j - 1]
        if sep.strip(" \t") == "(":
            close = W.ft.find(")", d.end, d.end + 70)
            if close > 0 and "\n" not in W.ft[d.end : close]:
                inner = W.ft[d.end : close].replace("(", " ").split()
                if not any(x in self._office_words for x in inner):
                    d.end = close + 1
        if j < W.n and W.w[j - 1] in self._numbered and d.end == d.core[1] and _NUMBER_SEP_RE.fullmatch(W.sep[j - 1]):
            d.end = W.start[j] - (len(W.sep[j - 1]) - len(W.sep[j - 1].rstrip(" \t")))  # पार्षद वार्ड 15 X
        d.after = j
        while d.after < W.n and W.start[d.after] < d.end:
            d.after += 1
        return d

    def _unknown_run(self, W: _Words, i: int) -> int:
        """One or two plain words before word i that are not name parts, with a clear start
        before them (a mark, a function word or postposition, another office word): they are
        office words the lexicon lacks (जिला क्षय रोग अधिकारी). 0 if none."""
        u = 0
        x = i - 1
        while u < 2 and x >= 0 and W.spaced(x):
            w = W.w[x]
            if not w or len(w) < 2 or w in self._stop or w in self._name_parts or w in self._hon_first \
                    or w.endswith(self._non_office_endings) or w in self._acro_yes:
                break
            u += 1
            b = x - 1
            if b < 0 or not W.spaced(b) or W.w[b] in self._left_bound or W.w[b] in self._pre:
                return u
            x -= 1
        return 0

    def _portfolio_level(self, W: _Words, g: int) -> int | None:
        """The level word opening a portfolio that ends before the genitive at word g
        (``केंद्रीय विद्युत, आवास एवं शहरी मामलों के मंत्री``): at most 8 words back, only
        department, level, unknown words, conjunctions and commas between, one department
        word at least; the level word starts the clause."""
        dept = False
        x = g - 1
        while x >= 0 and g - x <= 8:
            if not (W.spaced(x) or W.sep[x].strip(" \t") == ","):
                return None
            w = W.w[x]
            if w in self._levels and x < g - 1 and dept and (
                x == 0 or not W.spaced(x - 1) and W.sep[x - 1].strip(" \t") != "," or W.w[x - 1] in self._left_bound
            ):
                return x
            if w in self._depts:
                dept = True
            elif not (w in self._levels or w in self._conj or w.endswith(self._endings) or (
                w and w not in self._stop and w not in self._name_parts and not w.isdigit()
            )):
                return None
            x -= 1
        return None

    def _designations(self, W: _Words, starts: list[int]) -> dict[int, _Des]:
        """Designation phrases by their first word; adjacent ones are one phrase."""
        out: dict[int, _Des] = {}
        last: _Des | None = None
        for k in starts:
            if last is not None and k < last.j:
                continue
            length = self._designation_at(W, k)
            if not length:
                continue
            d = self._extend(W, k, length)
            d.weak = length == 1 and W.w[k] not in self._office_single
            d.territorial = d.weak or " ".join(W.w[k : k + length]) in self._territorial
            if last is not None and d.i <= last.j and W.spaced(last.j - 1) and not d.plural and not last.plural \
                    and last.end == last.core[1]:
                last.j, last.end, last.core, last.after = d.j, d.end, (last.core[0], d.core[1]), d.after
                last.weak = last.weak and d.weak  # ICC मुख्य ऑब्जर्वर: a listed office makes it one
                last.territorial = last.territorial or d.territorial
                last.head, last.unknown = d.head, last.unknown or d.unknown
                continue
            if last is not None and d.i < last.j:
                continue
            out[d.i] = d
            last = d
        return out

    # ------------------------------------------------------------------ reading names
    def _read_name(self, W: _Words, k: int, max_words: int = MAX_WORDS, titled: bool = False) -> _Cand | None:
        """The name starting at word k, or None.

        ``titled``: an honorific comes right before, so ambiguous initials (जी के मोहंती) may
        start the name; after an office they are जी + postposition (मंत्री जी के आगमन पर).
        """
        j = k
        real = 0
        n = W.n
        while j < n:
            w = W.w[j]
            if not w:
                break
            if j > k:
                sep = W.sep[j - 1]
                if not (W.spaced(j - 1) or (sep.strip(" \t") == "." and self._initial_like(W.w[j - 1]))):
                    break
            dotted = W.sep[j].lstrip(" \t").startswith(".") and not W.sep[j].lstrip(" \t").startswith("..")
            if w in self._letters and (
                dotted or (real == 0 and (j > k or ((titled or w not in self._stop) and self._initials_ahead(W, j))))
            ):
                j += 1  # an initial: यू. एस. चौहान, जी के मोहंती
                continue
            if w in self._trailing:
                # जी inside a name (सज्जन सिंह जी वर्मा): only before a known surname that ends it
                if real and j + 1 < n and W.spaced(j) and W.w[j + 1] in self._surnames and not (
                    j + 2 < n and W.spaced(j + 1) and W.w[j + 2] and W.w[j + 2] not in self._stop
                ):
                    j += 1
                    continue
                break
            if w in self._stop or w.endswith(self._endings) or w.isdigit() or (j > k and w in self._acro_yes):
                break
            real += 1
            j += 1
            if real >= max_words or (dotted and w not in self._abbrev):
                break
        # trim trailing जी/initial-less garbage: drop trailing जी words
        while j > k and W.w[j - 1] in self._trailing:
            j -= 1
        if real == 0 or j <= k:
            return None
        return _Cand(k, j, W.start[k], W.end(j - 1), W.w[k:j])

    def _initial_like(self, w: str) -> bool:
        return w in self._letters or w in self._abbrev or len(w) <= 2

    def _initials_ahead(self, W: _Words, j: int) -> bool:
        """At a name start: letter names (जी के …) followed by a real name word."""
        x = j
        while x < W.n and W.w[x] in self._letters and (x == j or W.spaced(x - 1) or W.sep[x - 1].strip(" \t") == "."):
            x += 1
        if x - j > 3 or x >= W.n or not (W.spaced(x - 1) or W.sep[x - 1].strip(" \t") == "."):
            return False
        if x - j == 1 and W.w[j] in self._stop:
            return False  # one ambiguous letter (के हवाले से) is not an initial
        w = W.w[x]
        return bool(w) and w not in self._stop and w not in self._trailing

    def _after(self, W: _Words, j: int) -> int:
        """Index of the last word of a name ending before j, with a trailing जी/साहब."""
        last = j - 1
        while last + 1 < W.n and W.spaced(last) and W.w[last + 1] in self._trailing:
            last += 1
        return last

    def _next(self, W: _Words, last: int) -> tuple[str, str]:
        """(separator, next word) after word ``last``."""
        if last + 1 >= W.n:
            return W.sep[last] if last < W.n else "", ""
        return W.sep[last], W.w[last + 1]

    def _ends_strongly(self, W: _Words, c: _Cand) -> bool:
        """A name read without an honorific must be followed by what ends names.

        A longer name: any stop word or mark except a department word. One word: ने, द्वारा,
        जी, or की/के/का before अध्यक्षता/नेतृत्व/मुताबिक … (डीसी कीर्तिश्री की अध्यक्षता);
        a one-word name known as a first name or surname may also end at another postposition,
        a comma, a bracket or a line break.
        """
        single = len(c.words) == 1
        last = self._after(W, c.j)
        if last > c.j - 1:
            return True  # जी/साहब
        sep, nxt = self._next(W, last)
        mark = sep.strip(" \t")
        if not nxt and not mark:  # the end of the text: as a line break
            return not single or c.words[0] in self._given or c.words[0] in self._surnames
        if single:
            known = c.words[0] in self._given or c.words[0] in self._surnames
            if mark:
                return known and mark[0] in ",(\n"
            if nxt in self._agent_marks:
                return True
            if nxt in self._genitives and last + 2 < W.n and W.spaced(last + 1) and W.w[last + 2] in self._postpositions:
                return True
            return known and nxt in self._postpositions
        if mark:
            ch = mark[0]
            return ch in "(\n" or ch in _STRONG_MARKS or ch.isdigit()
        if nxt in self._postpositions:
            return True
        return nxt in self._stop and nxt not in self._depts

    def _office_ok(self, W: _Words, d: _Des, c: _Cand) -> bool:
        """After a bare generic office (शिक्षक, कर्मचारी) the words must look like a name."""
        bare = d.j - d.i == 1 or (d.unknown and d.head >= 0 and d.j - d.head == 1)
        if not d.weak and (not bare or W.w[d.head if d.head >= 0 else d.i] not in self._generic):
            return True
        if d.weak:  # an unlisted acronym: a name-like name (डीसीएम चालक ने: no)
            return self._name_like(c.words)
        last = self._after(W, c.j)
        _, nxt = self._next(W, last)
        return self._name_like(c.words) or (not W.sep[last].strip(" \t") and nxt in self._agent_marks)

    def _valid(self, W: _Words, c: _Cand) -> bool:
        """Reject names inside the name of an institution or event, and deities."""
        if any(w in self._institution for w in c.words):
            return False
        last = self._after(W, c.j)
        if last + 1 < W.n and W.spaced(last) and W.w[last + 1] in self._institution:
            ahead = W.w[last + 2 : last + 4]
            if not any(w in self._office_words for w in ahead):  # … विद्यालय प्रभारी is an office
                return False
        if c.words[0] in self._blockers and c.honorific and c.words[0] not in self._given:  # श्री माता वैष्णो देवी
            return False
        if c.words[0] in self._deities and c.honorific and (
            not any(w in self._surnames or w in self._middle or w in self._given for w in c.words[1:])
            or any(w in self._devotions for w in c.words[1:])
        ):
            return False  # श्री गणेश, श्री गणेश वंदना; but श्री गणेश सिंह is a person
        return True

    def _strip_title(self, W: _Words, c: _Cand) -> None:
        """``अध्यक्ष चौधरी लखन वीर सिंह``: a religious/community title starting a longer name."""
        if len(c.words) >= 3 and c.words[0] in self._religious and c.honorific is None:
            c.honorific = self._hon_canon.get(c.words[0], c.words[0])
            c.hon_span = (c.start, W.end(c.i))
            c.i += 1
            c.start = W.start[c.i]
            c.words = c.words[1:]

    def _cut_after_surname(self, W: _Words, c: _Cand) -> None:
        """``ममता वर्मा जिम्मेदारी सौंपी``: a name ends at a surname that unknown words follow."""
        w = c.words
        if len(w) < 3:
            return
        last = self._after(W, c.j)
        if not W.sep[last].strip(" \t") and self._next(W, last)[1] in self._agent_marks:
            return  # सैयद अली शाह गिलानी ने: the whole phrase is the name
        for x in range(1, len(w) - 1):
            if w[x] in self._surnames and w[x] not in self._middle and not any(
                y in self._surnames or y in self._given or y in self._middle or y in self._letters for y in w[x + 1 :]
            ):
                c.j = c.i + x + 1
                c.end = W.end(c.j - 1)
                c.words = w[: x + 1]
                return

    def _trim_place(self, W: _Words, c: _Cand) -> None:
        """``एसडीएम भिण्ड उदय सिंह``: drop a leading place name the text also uses on its own."""
        w = c.words
        if len(w) >= 3 and w[1] in self._given and w[0] not in self._given and w[0] not in self._letters:
            if W.count(w[0]) > W.pair_count(w[0], w[1]):  # on its own, not only before this name
                c.i += 1
                c.start = W.start[c.i]
                c.words = w[1:]

    def _trim_territory(self, W: _Words, c: _Cand, d: _Des | None) -> None:
        """``तहसीलदार बिलखा अनिल कुमार यादव``: after an office written before its territory, an
        unknown word before a known first name, or a word ending like a place name
        (``सांसद प्रतापगढ़ संगम लाल गुप्ता``), is the territory."""
        w = c.words
        if d is None or not d.territorial or len(w) < 3 or w[0] in self._name_parts:
            return
        if (w[1] in self._given and w[1] not in self._middle) or w[0].endswith(self._place_endings) \
                or W.count(w[0]) > W.pair_count(w[0], w[1]):  # … उपखंड अधिकारी बाड़मेर X Y; बाड़मेर alone elsewhere
            c.i += 1
            c.start = W.start[c.i]
            c.words = w[1:]

    def _gap_ok(self, W: _Words, a: int, b: int) -> bool:
        """Words [a, b) between a designation and an honorific: ≤ 4 with no mark or stop word,
        or ≤ 8 naming an institution (कुलपति महाराणा प्रताप कृषि एवं प्रौद्योगिक विश्वविद्यालय
        उदयपुर प्रो. X), where एवं/व may join its words."""
        if b - a > 8 or (a > 0 and not W.spaced(a - 1)) or not all(W.spaced(x) for x in range(a, b)):
            return False
        if b > a and self._link_len(W, a) == b - a:
            return True  # कोषाध्यक्ष पद पर रोटे. X
        words = W.w[a:b]
        if len(words) <= 4 and not any(w in self._gap_stop for w in words):
            return True
        return any(w in self._institution for w in words) and not any(
            w in self._gap_stop and w not in self._conj for w in words
        )

    # ------------------------------------------------------------------ the stage
    def __call__(self, analysis: Analysis) -> None:
        doc = analysis.doc
        W = _Words(doc.folded.text)
        cands = self._find(W)
        if doc.words is not None:  # stanza backend: add NER names (NEP) that no rule found
            cands.extend(_ner_cands(doc, W, cands))
        self._merge(analysis, doc, cands)

    def _find(self, W: _Words) -> list[_Cand]:
        ft = W.ft
        blocked = self._trap_words(W)
        # one pass over the words finds every position any later step looks at
        idx, kinds = self._kinds_of(W)
        hon_at: dict[int, tuple[str, int]] = {}
        role_at: dict[int, int] = {}
        for k, f in zip(idx, kinds):
            if f & _HON and k not in blocked:
                h = self._honorific_at(W, k)
                if h is not None and not (k > 0 and W.w[k - 1] in self._blockers and W.spaced(k - 1)):
                    hon_at[k] = h
            if f & _ROLE:
                w = W.w[k]
                if w in self._role_single:
                    role_at[k] = k + 1
                else:
                    for form in self._role_multi[w]:
                        if tuple(W.w[k : k + len(form)]) == form:
                            role_at[k] = k + len(form)
                            break
        # offices; unlisted acronyms (डीपीसी, SHO) unless another anchor
        des_at = self._designations(W, [k for k, f in zip(idx, kinds) if f & _DES])
        glued: dict[int, _Des] = {}
        if any(f & _GLUED for f in kinds):
            self._glued_honorifics(W, [k for k, f in zip(idx, kinds) if f & _GLUED], hon_at, glued)
        anchors = sorted(
            [(k, 0) for k in hon_at] + [(k, 1) for k in des_at] + [(k, 2) for k in role_at]
        )
        cands: list[_Cand] = []
        consumed = 0
        pending: list[_Des] = []  # designations waiting for the name after them
        for k, kind in anchors:
            if k < consumed:
                continue
            if kind == 0:
                cand = self._from_honorific(W, k, hon_at, des_at, glued, pending)
            else:
                cand = self._from_office(W, k, des_at.get(k) if kind == 1 else None, role_at, hon_at, des_at, pending)
            if cand is None:
                continue
            if not self._valid(W, cand):
                consumed = cand.j
                continue
            cands.append(cand)
            consumed = self._continue(W, cand, cands, hon_at, des_at)
        if any(f & _NAME for f in kinds):
            self._given_name_starts(W, [k for k, f in zip(idx, kinds) if f & _NAME], cands, hon_at, des_at)
        self._dash_names(W, des_at, cands)
        self._bare_lists(W, cands)
        self._bylines(ft, cands)
        cands.sort(key=lambda c: c.start)
        return cands

    def _near(self, W: _Words, pending: list[_Des], k: int) -> list[_Des]:
        """The waiting designations in a chain ending close before word k, in one sentence.

        The last one may be 8 words before k (an institution name between), each earlier one at
        most 3 words before the next (महानिदेशक नईदिल्ली एवं पूर्व कुलपति …).
        """
        out: list[_Des] = []
        limit, to = 8, k
        for d in reversed(pending):
            if not 0 <= to - d.after <= limit or any(any(c in "।\n|" for c in W.sep[x]) for x in range(d.j - 1, to)):
                break
            out.insert(0, d)
            limit, to = 3, d.i
        return out

    def _from_honorific(self, W: _Words, k: int, hon_at: dict, des_at: dict, glued: dict, pending: list[_Des]):
        """The name after the honorific at word k, with the designation before it."""
        form, nxt = hon_at[k]
        waiting = pending[:]
        pending.clear()
        first = k  # the first of stacked titles (रोटे. डॉ.), at most three
        while first > k - 3 and (first - 1) in hon_at and hon_at[first - 1][1] == first:
            first -= 1
        cand = self._read_name(W, nxt, MAX_WORDS + 1, titled=True)
        if cand is None or (form in self._weak_hon and len(cand.words) < 2):
            if nxt in hon_at:  # रोटे. डॉ. X: the designation waits for the last title
                pending.extend(waiting)
            return None
        if form in self._noun_titles and (len(cand.words) < 2 or not self._ends_strongly(W, cand)):
            return None  # डॉक्टर उसको बचाने …: a noun, not a title
        self._cut_after_surname(W, cand)
        cand.rule = "honorific"
        cand.honorific = self._hon_canon.get(form, form)
        cand.hon_span = (W.start[k], W.start[nxt])
        if k in glued:  # सचिवश्री
            cand.hon_span = (glued[k].end, W.start[nxt])
            cand.designations.append(glued[k])
        elif waiting and (waiting[-1].after >= first or self._gap_ok(W, waiting[-1].j, first)):
            # (an office phrase may end in a title word: सहायक प्रोफेसर डॉ. X)
            cand.designations.extend(self._near(W, waiting, max(first, waiting[-1].after)))
        else:
            d = self._designation_before(W, des_at, first)
            if d is not None:
                cand.designations.append(d)
        return cand

    def _from_office(self, W: _Words, k: int, d: _Des | None, role_at: dict, hon_at: dict, des_at: dict,
                     pending: list[_Des]):
        """The name after the designation ``d`` (or the role noun) at word k.

        When a title, another designation or an institution name comes first, ``d`` waits in
        ``pending`` for the name after them.
        """
        if d is not None and d.plural:
            return None
        nxt = d.after if d is not None else role_at[k]
        if d is None and (nxt >= W.n or not W.spaced(nxt - 1)):
            pending.clear()
            return None
        dash = False
        if d is not None and d.end == d.core[1] and (nxt >= W.n or not W.spaced(nxt - 1)):
            # उपाध्यक्ष – सुनीता वर्मा: a dash or colon on the same line
            sep = W.sep[nxt - 1] if nxt < W.n else ""
            if "\n" in sep or sep.strip(" \t") not in ("-", "–", "—", ":"):
                pending.clear()
                return None
            dash = True
        if d is not None and nxt < W.n and W.spaced(nxt - 1):
            link = self._link_len(W, nxt)
            if link and nxt + link < W.n:
                nxt += link  # सचिव पद पर X
        if nxt in hon_at:
            if d is not None:
                pending.append(d)
            return None
        if d is not None and d.weak:
            pending.clear()  # an unlisted acronym is an office only right before a name
        if d is not None and not d.weak and (self._genitive_then_designation(W, nxt, des_at) or self._chained(W, nxt, des_at)):
            pending.append(d)  # ऑब्जर्वर हरियाणा के पूर्व विधायक X; उपाध्यक्ष एवं मुख्य अधिकारी X
            return None
        cand = self._read_name(W, nxt)
        if cand is None:
            pending.clear()
            return None
        after = self._after(W, cand.j) + 1
        if d is not None and after in hon_at and len(cand.words) <= 3 and W.spaced(after - 1):
            # डीन स्टूडेंट्स वेलफेयर डॉ. X: the words belong to the designation
            if d.weak:
                pending.clear()
                return None
            d.j = d.after = cand.j
            d.end = cand.end
            d.core = (d.core[0], cand.end)
            pending.append(d)
            return None
        if dash and not (self._name_like(cand.words) or len(cand.words) >= 2):
            pending.clear()
            return None
        self._trim_place(W, cand)
        self._trim_territory(W, cand, d)
        self._strip_title(W, cand)
        self._cut_after_surname(W, cand)
        if not self._ends_strongly(W, cand) or (d is not None and not self._office_ok(W, d, cand)):
            # not a name: maybe an institution before a titled name (कुलपति … विश्वविद्यालय प्रो. X)
            if d is not None and not d.weak:
                pending.append(d)
            else:
                pending.clear()
            return None
        cand.rule = "after-designation" if d is not None else "after-role"
        if d is not None:
            cand.designations.extend(self._near(W, pending, d.i))
            cand.designations.append(d)
        pending.clear()
        if len(cand.words) == 1 and cand.words[0] in self._surnames:
            cand.rule = "surname"
        return cand

    def _trap_words(self, W: _Words) -> set[int]:
        """Word indices inside a trap phrase (जय श्री राम)."""
        out: set[int] = set()
        ft = W.ft
        if self._trap_key and self._trap_key not in ft:
            return out  # no trap phrase can occur
        for trap in self._traps:
            pos = ft.find(trap)
            while pos >= 0:
                end = pos + len(trap)
                if (pos == 0 or not ft[pos - 1].isalpha()) and (end >= len(ft) or not ft[end].isalpha()):
                    k = bisect_right(W.start, pos) - 1
                    while k < W.n and W.start[k] < end:
                        if W.start[k] >= pos:
                            out.add(k)
                        k += 1
                pos = ft.find(trap, end)
        return out

    def _glued_honorifics(self, W: _Words, at: list[int], hon_at: dict[int, tuple[str, int]],
                          glued: dict[int, _Des]) -> None:
        """``सचिवश्री X``: a title glued to the office before it (the words at ``at`` are such
        office + title words, see ``_glued_words``)."""
        for k in at:
            if k + 1 < W.n and W.spaced(k):
                s = W.start[k]
                for g, cut in self._glued_words[W.w[k]]:  # longest title first; the last one's span wins
                    hon_at.setdefault(k, (g, k + 1))
                    glued[k] = _Des(k, k + 1, s, s + cut, (s, s + cut))

    def _designation_before(self, W: _Words, des_at: dict[int, _Des], k: int) -> _Des | None:
        for back in range(1, 12):
            d = des_at.get(k - back)
            if d is not None:
                return d if not d.plural and d.j <= k and self._gap_ok(W, d.j, k) else None
        return None

    def _chained(self, W: _Words, k: int, des_at: dict[int, _Des]) -> bool:
        """``उपाध्यक्ष एवं मुख्य अधिकारी X`` / ``महानिदेशक नईदिल्ली एवं पूर्व कुलपति X``."""
        if k < W.n and W.w[k] in self._conj and W.spaced(k) and (k + 1) in des_at:
            return True
        return (
            k + 2 < W.n and W.w[k] not in self._stop and W.spaced(k) and W.w[k + 1] in self._conj
            and W.spaced(k + 1) and (k + 2) in des_at
        )

    def _genitive_then_designation(self, W: _Words, k: int, des_at: dict[int, _Des]) -> bool:
        """One or two words, के/की/का, then another designation: its qualifier, not a name."""
        for x in (k + 1, k + 2):
            if x + 1 < W.n and W.w[x] in self._genitives and all(W.spaced(y) for y in range(k, x + 1)) and (x + 1) in des_at:
                return not any(w in self._given or w in self._surnames for w in W.w[k:x])
        return False

    # ------------------------------------------------------------------ after a name
    def _post_designation(self, W: _Words, last: int, des_at: dict, hon_at: dict) -> tuple[_Des | None, int]:
        """``Y (अध्यक्ष)``, ``Y, जिला अध्यक्ष``, ``Y – सदस्य`` after the word ``last``."""
        sep = W.sep[last].strip(" \t")
        if last + 1 >= W.n:
            return None, last
        if sep == "(":
            close = W.ft.find(")", W.end(last), W.end(last) + 90)
            if close > 0:
                x = last + 1
                inner: list[int] = []
                while x < W.n and W.start[x] < close:
                    inner.append(x)
                    x += 1
                if inner and len(inner) <= 8 and any(W.w[y] in self._office_words for y in inner):
                    d = _Des(inner[0], inner[-1] + 1, W.start[inner[0]], W.end(inner[-1]),
                             (W.start[inner[0]], W.end(inner[-1])))
                    return d, inner[-1]
            return None, last
        if sep in (",", "-", "–", "—", ",-", ", -"):
            d = des_at.get(last + 1)
            if d is None or d.plural or d.weak:  # an unlisted acronym here is an institution (X, एबीसीयू की …)
                return None, last
            nxt = d.j
            if d.end > d.core[1]:
                while nxt < W.n and W.start[nxt] < d.end:
                    nxt += 1
            if nxt >= W.n or any(ch in W.sep[nxt - 1] for ch in "\n।|"):
                return d, nxt - 1  # A – सदस्य at the end of a line
            if W.sep[nxt - 1].strip(" \t").lstrip(")").lstrip(" \t")[:1] in (",", ";"):
                return d, nxt - 1  # श्री A, जिला अध्यक्ष, श्री B …: closed by a comma
            if nxt in hon_at:
                return None, last  # the designation belongs to the next name
            if nxt < W.n and (W.spaced(nxt - 1) or (d.end > d.core[1] and not W.ft[d.end : W.start[nxt]].strip(" \t"))
                              or W.sep[nxt - 1].strip(" \t") in ("-", "–", "—", ":")):  # …, सचिव - X
                c = self._read_name(W, nxt)
                if c is not None and self._valid(W, c) and self._ends_strongly(W, c):
                    return None, last
            return d, nxt - 1
        if not sep and W.spaced(last) and (last + 1) in des_at:
            # श्री रमेश साहू जिला अध्यक्ष, श्री …: an office right after the name, then a break
            d = des_at[last + 1]
            if d.plural or d.weak or d.end > d.core[1]:
                return None, last
            after_mark = W.sep[d.j - 1].strip(" \t")
            nxt_w = W.w[d.j] if d.j < W.n else ""
            if (after_mark and after_mark[0] in ",।;|") or (not after_mark and (
                    nxt_w in self._conj or nxt_w in self._verbs or nxt_w in self._agent_marks)):
                return d, d.j - 1
        return None, last

    def _continue(self, W: _Words, cand: _Cand, cands: list[_Cand], hon_at: dict, des_at: dict) -> int:
        """Attach post-name designations and read bare names that continue a list."""
        chain = [cand]
        plural = cand.honorific in self._plural_canon
        last = self._after(W, cand.j)
        while True:
            d, last2 = self._post_designation(W, last, des_at, hon_at)
            if d is not None:
                chain[-1].designations.append(d)
                last = self._skip_org(W, last2, hon_at)
            sep, nxt = self._next(W, last)
            if nxt in self._alias and W.spaced(last):
                other = self._read_name(W, last + 2)
                if other is not None:
                    chain[-1].aliases.append(other)
                    last = self._after(W, other.j)
                    continue
            mark = sep.strip(" \t")
            if d is not None and mark.startswith(")"):
                mark = mark[1:].strip(" \t")  # अध्यक्ष), …
            k = last + 1
            if mark == "," and nxt in self._links and W.spaced(k):
                k += 1
            elif not mark and nxt in self._links and W.spaced(last) and W.spaced(k):
                k += 1
            elif mark != ",":
                break
            if k >= W.n or k in hon_at or k in des_at:
                break  # the next item has its own anchor
            nc = self._read_name(W, k)
            if nc is None or not (plural or self._list_item_ok(W, nc)) or not self._valid(W, nc):
                break
            nc.rule = "list"
            if plural:
                nc.honorific = cand.honorific
            cands.append(nc)
            chain.append(nc)
            last = self._after(W, nc.j)
        # a plural office after the list gives it to every name (सर्वश्री A, B व C सदस्यों ने)
        if last + 1 < W.n and W.spaced(last):
            d = des_at.get(last + 1)
            if d is not None and d.plural and len(chain) > 1:
                for c in chain:
                    c.designations.append(d)
        return last + 1

    def _skip_org(self, W: _Words, last: int, hon_at: dict) -> int:
        """Skip an organisation written after a post-name office (उपसभापति प्रेस्टीज सोसायटी,)."""
        x = last
        for _ in range(5):
            if x + 1 >= W.n or not W.spaced(x):
                break
            w = W.w[x + 1]
            if (x + 1) in hon_at or w in self._conj or w in self._postpositions or w in self._verbs \
                    or w in self._office_words or w in self._trailing:
                break
            x += 1
        return x

    def _list_item_ok(self, W: _Words, c: _Cand) -> bool:
        """A bare name continuing a list: a clear end, and a name-like phrase unless a
        postposition, verb, conjunction or mark follows (… और रैपिड रिस्पॉन्स टीम ने: no)."""
        if len(c.words) >= 2:
            if not self._ends_strongly(W, c):
                return False
            last = self._after(W, c.j)
            sep, nxt = self._next(W, last)
            if self._name_like(c.words) or last > c.j - 1 or sep.strip(" \t") or not nxt:
                return True
            return nxt in self._postpositions or nxt in self._verbs or nxt in self._conj
        sep, nxt = self._next(W, self._after(W, c.j))
        return c.words[0] in self._given and (sep.strip(" \t") in (",", "।") or nxt in self._stop)

    def _dash_names(self, W: _Words, des_at: dict[int, _Des], cands: list[_Cand]) -> None:
        """``खुशबू कुमारी – जिला समिति सदस्य`` / ``अनिल साहू (अध्यक्ष)`` with no anchor before."""
        if not des_at:
            return
        taken: set[int] | None = None  # the words of the names found so far, once needed
        for k, d in des_at.items():
            if d.plural or d.weak:
                continue
            # '(' or a dash at most two words before the designation
            for back in range(0, 3):
                m = k - back
                if m <= 0:
                    break
                raw = W.sep[m - 1]
                sep = raw.strip(" \t")
                if sep == "(" or (sep and sep in "-–—" and raw[0] in " \t" and raw[-1] in " \t"):
                    break  # a bracket, or a dash with spaces around it (not काबिले-तारीफ)
                if not W.spaced(m - 1):
                    m = -1
                    break
            else:
                continue
            if m <= 0:
                continue
            if taken is None:
                taken = {x for c in cands for x in range(c.i, self._after(W, c.j) + 1)}
                taken.update(x for c in cands for a in c.aliases for x in range(a.i, a.j + 1))
            if (m - 1) in taken:
                continue
            # the name: up to four words before the mark, on the same line
            x = m - 1
            words: list[int] = []
            while x >= 0 and len(words) < MAX_WORDS:
                w = W.w[x]
                if not w or w in self._stop and w not in self._trailing or w.endswith(self._endings):
                    break
                if w not in self._trailing:
                    words.insert(0, x)
                if x == 0 or not W.spaced(x - 1):
                    break
                x -= 1
            bracket = W.sep[m - 1].strip(" \t") == "("
            if len(words) < 2 or any(y in taken for y in words):
                continue
            if not bracket and not self._name_like([W.w[y] for y in words]):
                continue  # a dash needs a name-like phrase before it
            c = _Cand(words[0], words[-1] + 1, W.start[words[0]], W.end(words[-1]), [W.w[y] for y in words],
                      rule="before-designation")
            end = d.end
            if W.sep[m - 1].strip(" \t").startswith("("):
                close = W.ft.find(")", d.start, d.start + 80)
                end = close if close > 0 else d.end
            c.designations.append(_Des(m, d.j, W.start[m], end, (d.core[0], d.core[1])))
            if self._valid(W, c):
                cands.append(c)
                taken.update(words)

    def _given_name_starts(self, W: _Words, at: list[int], cands: list[_Cand], hon_at: dict, des_at: dict) -> None:
        """``… में राकेश गुप्ता ने …``: a common first name starting a name with no anchor.

        Taken only when the name ends in a known surname or the agent postposition follows
        (ने, द्वारा), so that first names that are also words (विकास, पूजा) stay words; also when
        it opens a comma list of names or an office follows it. An unknown first word before a
        clear surname (not one that is also a word, ``ambiguous_surnames``) starts a name too when
        a clear start precedes it and the surname ends it. ``at``: the positions of known first
        names and clear surnames.
        """
        starts: dict[int, int] = {}  # start -> index of the surname it must reach (-1: any)
        known = {c.words[-1] for c in cands}  # a surname already used by someone is a back-reference
        for k in at:
            w = W.w[k]
            if w in self._given:
                starts[k] = -1
            elif k > 0 and W.spaced(k - 1) and (w not in known or w in self._middle):
                # झुमरू मिश्रा ने, फुलमती बाई ने: an unknown first word (and a middle name) before a surname
                f = k - 1 - (k > 1 and W.w[k - 1] in self._middle and W.spaced(k - 2))
                x = W.w[f]
                if W.w[k - 1] in self._given:
                    continue  # a known first name starts it, or nothing does (कलाकार प्रकाश झा)
                if f not in starts and x not in self._stop and x not in self._name_parts and len(x) > 1 \
                        and not x.endswith(self._non_office_endings) and x not in self._acro_yes \
                        and (f == 0 or not W.spaced(f - 1) or W.w[f - 1] in self._stop):
                    starts[f] = k
        if not starts:
            return
        taken = {x for c in cands if c.i >= 0 for x in range(c.i, self._after(W, c.j) + 1)}
        taken.update(x for c in cands for a in c.aliases for x in range(a.i, a.j))
        for k in sorted(starts):
            if k in taken:
                continue
            if k > 0 and W.spaced(k - 1) and W.w[k - 1] not in self._stop:
                continue  # not the start of a name
            c = self._read_name(W, k, 3)
            if c is None or len(c.words) < 2 or any(x in taken for x in range(c.i, c.j)):
                continue
            if starts[k] >= 0 and c.j != starts[k] + 1:
                continue
            last = self._after(W, c.j)
            sep, nxt = self._next(W, last)
            agent = not sep.strip(" \t") and nxt in self._agent_marks
            if starts[k] >= 0 and not (agent or self._ends_strongly(W, c)):
                continue  # an unknown first word: the surname must end the name (… झुमरू मिश्रा ने)
            if not (agent or (c.words[-1] in self._surnames and self._ends_strongly(W, c))
                    or self._opens_list(W, c, last)
                    or (not sep.strip(" \t") and (last + 1) in des_at and not des_at[last + 1].weak
                        and self._post_designation(W, last, des_at, hon_at)[0] is not None)):
                continue  # (… सुरेंद्र प्रताप मौर्य सदर विधानसभा प्रभारी एवं …: an office right after)
            if self._valid(W, c):
                c.rule = "given-name"
                cands.append(c)
                n = len(cands)
                end = self._continue(W, c, cands, hon_at, des_at)
                taken.update(range(c.i, end))
                for extra in [c, *cands[n:]]:
                    taken.update(range(extra.i, extra.j))
                    taken.update(x for a in extra.aliases for x in range(a.i, a.j))

    def _opens_list(self, W: _Words, c: _Cand, last: int) -> bool:
        """``रमेश लाल, दिनेश कुमार आदि``: name parts only, then a comma and a name-like item."""
        if W.sep[last].strip(" \t") != "," or last + 1 >= W.n or not all(w in self._name_parts for w in c.words):
            return False
        nc = self._read_name(W, last + 1, 3)
        return nc is not None and len(nc.words) >= 2 and self._name_like(nc.words) and self._list_item_ok(W, nc)

    def _name_like(self, words: list[str]) -> bool:
        return all(w not in self._stop and not w.endswith(self._endings) for w in words) and (
            words[0] in self._given or words[-1] in self._surnames
        )

    def _bare_lists(self, W: _Words, cands: list[_Cand]) -> None:
        """``… समिति के A B, C D, E F व G H ने …``: three or more names in a comma list, no anchor."""
        commas: list[int] = []
        find, starts, seps, n1 = W.ft.find, W.start, W.sep, W.n - 1
        pos = find(",")
        last = -2
        while pos >= 0:  # the words after which a lone comma stands
            k = bisect_right(starts, pos) - 1
            if k != last and 0 <= k < n1 and seps[k].strip(" \t\n") == ",":  # each separator once
                commas.append(k)
            last = k
            pos = find(",", pos + 1)
        if not commas:
            return
        taken = {x for c in cands for x in range(c.i, c.j)}
        taken.update(x for c in cands for a in c.aliases for x in range(a.i, a.j))
        run: list[tuple[int, int]] = []  # word ranges [a, b)

        def flush() -> None:
            if len(run) >= 3 and sum(self._name_like(W.w[a:b]) for a, b in run) * 2 >= len(run):
                for a, b in run:
                    if not any(x in taken for x in range(a, b)):
                        cands.append(_Cand(a, b, W.start[a], W.end(b - 1), W.w[a:b], rule="list"))
            run.clear()

        prev = -1
        for c in commas:
            # the item before this comma: the words since the previous comma
            a = prev + 1
            item = range(a, c + 1)
            if run and prev >= 0 and 2 <= len(item) <= 3 and all(
                W.w[x] not in self._stop and (x == c or not W.sep[x].strip(" \t\n")) for x in item
            ):
                run.append((a, c + 1))
            else:
                if run:
                    flush()
                # a first item: the name words right before this comma
                x = c
                while x >= a and W.w[x] not in self._stop and len(range(x, c + 1)) <= 3 and (
                    x == c or W.sep[x].strip(" \t\n") == ""
                ):
                    x -= 1
                if 2 <= c - x <= 3 and x >= a and W.w[x] in self._stop:
                    run.append((x + 1, c + 1))
            prev = c
        if run:
            # the last item: name words after the last comma, before a stop word
            a = prev + 1
            if a < W.n and W.w[a] in self._conj:
                a += 1
            b = a
            while b < W.n and b - a < 3 and W.w[b] and W.w[b] not in self._stop and (b == a or W.sep[b - 1].strip(" \t\n") == ""):
                b += 1
            if 2 <= b - a <= 3 and b < W.n and W.w[b] in self._conj and not W.sep[b - 1].strip(" \t"):
                run.append((a, b))  # … B C और D E ने
                a = b + 1
                b = a
                while b < W.n and b - a < 3 and W.w[b] and W.w[b] not in self._stop and (
                    b == a or W.sep[b - 1].strip(" \t\n") == ""
                ):
                    b += 1
            if 2 <= b - a <= 3 and (b >= W.n or W.w[b] in self._stop or W.sep[b - 1].strip(" \t")):
                run.append((a, b))
        flush()

    def _bylines(self, ft: str, cands: list[_Cand]) -> None:
        """A reporter's name on a line of its own, or after ``town/`` at the start of a line."""
        pos = 0
        for line in ft.split("\n"):
            if "/" in line[:30] or 0 < len(line.strip()) <= 40:
                m = self._byline_re.match(line)
                if m is not None:
                    words = m.group("n").split()
                    labelled = m.group("label") and not any(w in self._stop for w in words)
                    if labelled or self._name_like(words):
                        s, e = pos + m.start("n"), pos + m.end("n")
                        if not any(c.start < e and s < c.end for c in cands):
                            cands.append(_Cand(-1, -1, s, e, words, rule="byline"))
            pos += len(line) + 1

    # ------------------------------------------------------------------ merging
    def _merge(self, analysis: Analysis, doc: Document, cands: list[_Cand]) -> None:
        """Group mentions into persons (ids in order of first mention)."""
        if not cands:
            return
        groups: list[list[tuple[Mention, str]]] = []
        by_key: dict[str, int] = {}  # name key -> group index
        singles: list[tuple[_Cand, Mention, str]] = []
        squashed_of: dict[str, int] = {}
        for c in cands:
            span = doc.span_from_folded(c.start, c.end)
            mention = Mention(
                span=span,
                honorific=c.honorific,
                honorific_span=doc.span_from_folded(*c.hon_span) if c.hon_span else None,
                designations=[self._designation(doc, d) for d in c.designations],
                rule=c.rule,
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
                groups[g].append((Mention(span=aspan, rule="alias"), name_key(aspan.text)))
        # shorter forms: अजय चंद्रा = अजय कुमार चंद्रा (one longer form agrees)
        parent = list(range(len(groups)))
        split = {k: k.split() for k in by_key}
        by_first: dict[str, list[str]] = {}
        for k, toks in split.items():
            by_first.setdefault(toks[0], []).append(k)
        for k, toks in split.items():
            longer = {
                by_key[k2]
                for k2 in by_first[toks[0]]
                if len(split[k2]) > len(toks)
                and by_key[k2] != by_key[k]
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
            elif not last and not first and c.rule != "surname" and key not in self._surnames:
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
            person.name = max(surfaces, key=lambda s: len(_LETTER_RUN_RE.findall(s)))
            for s in surfaces:
                if s != person.name and s not in person.variants:
                    person.variants.append(s)
            person.honorific = next((m.honorific for m, _ in g if m.honorific), None)
            for m, _ in g:
                person.designations.extend(m.designations)
            for m in refs.get(gi, []):
                person.references.append(m.span)
                person.designations.extend(m.designations)
                if person.honorific is None:
                    person.honorific = m.honorific
            if len(person.designations) > 1:
                person.designations = self._distinct(person.designations)

    def _distinct(self, ds: list[Designation]) -> list[Designation]:
        """Drop a designation whose words all occur in a longer one of the same person
        (जिला अध्यक्ष beside सम्मानीय जिला अध्यक्ष): one office, written twice. Not when the
        longer one adds a modifier (संयोजक and सह संयोजक, अध्यक्ष and पूर्व अध्यक्ष differ)."""
        sets = [frozenset(fold(d.canonical).split()) for d in ds]
        return [
            d for x, d in enumerate(ds)
            if not any(
                len(sets[y]) > len(sets[x]) and sets[x] <= sets[y] and not (sets[y] - sets[x]) & self._mod_words
                for y in range(len(ds))
            )
        ]

    def _designation(self, doc: Document, d: _Des) -> Designation:
        span = doc.span_from_folded(d.start, d.end)
        core = doc.span_from_folded(*d.core)
        text = " ".join(core.text.replace("\u200d", "").replace("\u200c", "").split())
        words = text.split()
        while len(words) > 1:  # नवनियुक्त अध्यक्ष -> अध्यक्ष
            if len(words) > 2 and fold(" ".join(words[:2])) in self._transient:
                words = words[2:]
            elif fold(words[0]) in self._transient:
                words = words[1:]
            else:
                break
        text = " ".join(words)
        if d.level is not None:
            text = doc.span_from_folded(*d.level).text + " " + text
        if d.canonical:
            text = " ".join(text.split()[:-1] + [d.canonical])
        return Designation(canonical=text, span=span)
