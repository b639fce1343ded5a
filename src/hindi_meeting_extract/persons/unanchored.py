"""Names with no anchor: a known first name or surname, a reporter's byline, stanza's NER."""

from __future__ import annotations

from bisect import bisect_right

import regex

from .. import gazetteer
from ..document import Document
from ..scan import WordSet
from .lists import ListReader
from .names import NameReader
from .vocabulary import PersonVocabulary
from .words import NameCandidate, WordView


_BOUNDARY = frozenset(" \t\n.,(\"'")  # what may stand before an initial of one letter
HEAD_LINES = 4  # a dateline byline stands on one of the first non-empty lines
# a reporter in parentheses after a dateline's town (and date): "पानीपत, 12 मई (राजेश कुमार):"
_DATELINE_BYLINE = regex.compile(
    r"[ \t*]*[\p{L}\p{M}]+(?:[ \t]+[\p{L}\p{M}]+){0,2}[ \t]*(?:[,/|:\-–—][ \t]*)?"  # the town
    r"(?:[^\n()।]{0,30}?[0-9०-९][^\n()।]{0,12}?)?"  # the date
    r"\((?P<n>[\p{L}\p{M}]+(?:[ \t]+[\p{L}\p{M}]+){1,2})\)[ \t]*(?:[:।|,\-–—]|$)"
)


def ner_candidates(doc: Document, view: WordView, cands: list[NameCandidate]) -> list[NameCandidate]:
    """Names stanza's NER tagged (``NEP``) that overlap no rule candidate, as rule "ner"."""
    from ..linguistic import has_ner, person_spans

    out: list[NameCandidate] = []
    for span in person_spans(doc) if has_ner(doc) else ():
        s, e = doc.folded.to_folded(span.start), doc.folded.to_folded(span.end)
        i, j = bisect_right(view.start, s) - 1, bisect_right(view.start, e - 1)
        if i < 0 or view.start[i] != s or j <= i or any(c.start < e and s < c.end for c in cands):
            continue
        out.append(NameCandidate(i, j, s, view.end(j - 1), view.w[i:j], rule="ner"))
    return out


class UnanchoredNames:
    """Names found from their own words (``… में राकेश गुप्ता ने …``) and bylines."""

    def __init__(self, vocab: PersonVocabulary, names: NameReader, lists: ListReader) -> None:
        self.vocab = vocab
        self.names = names
        self.lists = lists
        # what closes a name of initials: the agent postposition, a list link or a word that
        # closes a list of people
        self._list_enders = frozenset(vocab.agent_marks | vocab.list_links | vocab.list_closers)
        # the last two letters of the initials (बी, एस), and the initials of one letter (ए, ई)
        self.initial_ends = frozenset(w[-2:] for w in vocab.letter_names if len(w) >= 2)
        self.lone_initials = frozenset(w for w in vocab.letter_names if len(w) == 1)
        # the letter names that are no frequent word (के, जी are): a text needs one of them
        self.initial_words = frozenset(WordSet.tokens(" ".join(sorted(vocab.letter_names - vocab.name_stoppers - vocab.trailing))))

    def from_name_words(self, view: WordView, at: list[int], cands: list[NameCandidate], hon_at: dict, des_at: dict) -> None:
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
            w = view.w[k]
            if w in self.vocab.given_names:
                starts[k] = -1
            elif k > 0 and view.spaced(k - 1) and (w not in known or w in self.vocab.middle_names):
                # झुमरू मिश्रा ने, फुलमती बाई ने: an unknown first word (and a middle name) before a surname
                f = k - 1 - (k > 1 and view.w[k - 1] in self.vocab.middle_names and view.spaced(k - 2))
                x = view.w[f]
                if view.w[k - 1] in self.vocab.given_names:
                    continue  # a known first name starts it, or nothing does (कलाकार प्रकाश झा)
                if f not in starts and x not in self.vocab.name_stoppers and x not in self.vocab.name_parts and len(x) > 1 \
                        and not x.endswith(self.vocab.non_office_endings) and x not in view.acronyms \
                        and (f == 0 or not view.spaced(f - 1) or view.w[f - 1] in self.vocab.name_stoppers):
                    starts[f] = k
        if not starts:
            return
        taken = {x for c in cands if c.i >= 0 for x in range(c.i, self.names.last_word(view, c.j) + 1)}
        taken.update(x for c in cands for a in c.aliases for x in range(a.i, a.j))
        for k in sorted(starts):
            if k in taken:
                continue
            if k > 0 and view.spaced(k - 1) and view.w[k - 1] not in self.vocab.name_stoppers:
                continue  # not the start of a name
            b = self.initials_before(view, k)
            if b < k and any(x in taken for x in range(b, k)):
                continue
            c = self.names.read(view, b, 3)  # (from the initials: के. श्रीनिवास राव ने …)
            if c is None or len(c.words) < 2 or any(x in taken for x in range(c.i, c.j)):
                continue
            if starts[k] >= 0 and c.j != starts[k] + 1:
                continue
            last = self.names.last_word(view, c.j)
            sep, nxt = self.names.next_after(view, last)
            agent = not sep.strip(" \t") and nxt in self.vocab.agent_marks
            if starts[k] >= 0 and not (agent or self.names.ends_strongly(view, c)):
                continue  # an unknown first word: the surname must end the name (… झुमरू मिश्रा ने)
            if not (agent or ((c.words[-1] in self.vocab.surnames or self.names.noun_surname_last(c.words))
                              and self.names.ends_strongly(view, c))
                    or self.lists.opens_list(view, c, last)
                    or (not sep.strip(" \t") and (last + 1) in des_at and not des_at[last + 1].weak
                        and self.lists.designation_after(view, last, des_at, hon_at)[0] is not None)):
                continue  # (… सुरेंद्र प्रताप मौर्य सदर विधानसभा प्रभारी एवं …: an office right after)
            if starts[k] >= 0 and b == k and len(c.words) == 2 and self.names.title_before(view, c):
                c.i += 1  # सदर अंसारी ने, after … सदर जनाब रहीम अंसारी: a title and a back-reference
                c.start = view.start[c.i]
                c.words = c.words[1:]
                c.rule = "surname"
                cands.append(c)
                taken.update(range(c.i - 1, c.j))
                continue
            if self.names.valid(view, c):
                c.rule = "given-name"
                cands.append(c)
                n = len(cands)
                end = self.lists.continue_list(view, c, cands, hon_at, des_at)
                if len(cands) > n:  # a list: maybe opened by one first name before (… में सौरभ, c, …)
                    self.lists.lone_first_item(view, c, cands)
                taken.update(range(c.i, end))
                for extra in [c, *cands[n:]]:
                    taken.update(range(extra.i, extra.j))
                    taken.update(x for a in extra.aliases for x in range(a.i, a.j))

    def initials_before(self, view: WordView, k: int) -> int:
        """The first of the dotted initials written right before word k (``के. श्रीनिवास``,
        ``पी. जे. थॉमस``: one to three letter names, each followed by a dot) when they open a
        clause: at the start of the text, after a mark that is no dot (a danda, a comma, a line
        break, a colon, a quote: ``… दिया।⏎के. श्रीनिवास राव ने कहा``), or after a stop word
        when the first initial is no ordinary word itself (``में पी. रमेश``; ``… के. X``
        after a word stays the postposition). Else k."""
        v = self.vocab
        b = k
        while b > 0 and k - b < 3 and view.w[b - 1] in v.letter_names and view.sep[b - 1].strip(" \t") == ".":
            b -= 1
        if b == k:
            return k
        joined = "".join(view.w[b:k])
        if k - b > 1 and (joined in v.name_stoppers or joined in v.not_offices):
            return k  # ए.एस.आई. राम पाल सिंह: an office written in dotted letters
        if b == 0:
            return b
        if view.spaced(b - 1):
            return b if view.w[b - 1] in v.name_stoppers and view.w[b] not in v.name_stoppers else k
        sep = view.sep[b - 1].strip(" \t")
        return k if "." in sep or not sep else b

    def after_initials(self, view: WordView, cands: list[NameCandidate], tokens: list[bytes] | None = None) -> None:
        """``बी.एस. लांडगे उपस्थित रहे``: dotted initials written as Devanagari letter names
        (one to three, every one dotted), then one or two words, with no anchor (an office the
        lexicons lack before it, or none). Kept when the words end in a known surname, or when
        two initials stand before one word that a mark, ने/द्वारा, a list link or a word that
        closes a list of people follows; no word a stop word, an acronym or (alone) a place
        (``एम.ए. पास``, ``ए.सी. कमरे``, ``आई.टी.आई. के``: no). Looked at only in a text that
        has a letter name other than के/जी as a word (``tokens``: its words, see
        :meth:`.WordSet.tokens`), and only where a dot follows a letter name."""
        if "." not in view.ft or self.initial_words.isdisjoint(WordSet.tokens(view.ft) if tokens is None else tokens):
            return
        v = self.vocab
        ft, starts = view.ft, view.start
        find = ft.find
        ends, lone = self.initial_ends, self.lone_initials
        taken: set[int] | None = None
        pos = find(".")
        last_k = -1
        while pos >= 0:
            at, pos = pos, find(".", pos + 1)
            if not at or ft[at - 2 : at] not in ends and not (ft[at - 1] in lone and (at < 2 or ft[at - 2] in _BOUNDARY)):
                continue  # no letter name before this dot (most dots end a sentence)
            k = bisect_right(starts, at - 1) - 1
            if k < last_k or k < 0 or view.w[k] not in v.letter_names or view.sep[k].strip(" \t")[:1] != ".":
                continue
            if k > 0 and (view.w[k - 1] in v.letter_names and view.sep[k - 1].strip(" \t") == "."
                          or not view.spaced(k - 1) and "." in view.sep[k - 1]):
                continue  # not the first initial (after a mark that is no dot, it is: … दिया।⏎के. X)
            c = self.names.read(view, k, 4, titled=True)
            if c is None:
                continue
            last_k = c.j
            initials = sum(1 for w in c.words if w in v.letter_names)
            real = c.words[initials:]
            if not 1 <= len(real) <= 2 or any(w in v.letter_names for w in real) or initials > 3 \
                    or any(view.sep[x].strip(" \t")[:1] != "." for x in range(c.i, c.i + initials)):
                continue  # every initial dotted (आई.एस.आई. के …: no)
            joined = "".join(c.words[:initials])
            if initials > 1 and (joined in v.name_stoppers or joined in v.not_offices):
                continue  # ए.एस.आई. X: an office in dotted letters
            if any(w in v.name_stoppers or w.endswith(v.non_name_endings) or w.isascii() or len(w) < 3
                   or w in view.acronyms for w in real):
                continue
            if real[-1] not in v.surnames and (initials != 2 or len(real) != 1
                                               or not (self.closed(view, c.j - 1) or self.appointed(view, c.j - 1))
                                               or gazetteer.is_place(real[0])):
                continue
            if taken is None:
                taken = {x for c2 in cands if c2.i >= 0 for x in range(c2.i, c2.j)}
            if any(x in taken for x in range(c.i, c.j)) or not self.names.valid(view, c):
                continue
            c.rule = "initials"
            cands.append(c)
            taken.update(range(c.i, c.j))

    def appointed(self, view: WordView, last: int) -> bool:
        """``पी. जे. X को चुनाव अधिकारी नियुक्त किया``: को after word ``last``, then a verb of
        appointing or electing (names.toml [appointment_verbs]) within the next six words of the
        clause (no mark between): the words before को name the person appointed."""
        v = self.vocab
        if not v.appointment_verbs or last + 2 >= view.n or not view.spaced(last) or view.w[last + 1] not in v.object_marks:
            return False
        for x in range(last + 2, min(view.n, last + 8)):
            if not view.spaced(x - 1):
                return False
            if view.w[x] in v.appointment_verbs:
                return True
        return False

    def closed(self, view: WordView, last: int) -> bool:
        """Word ``last`` ends a clause part: a comma, danda or bracket, the end, or the agent
        postposition, a list link or a word that closes a list of people after it."""
        return view.closed_by(last, ",।|(\n", self._list_enders)

    def bylines(self, ft: str, cands: list[NameCandidate]) -> None:
        """A reporter: a name on a line of its own (labelled or not: ``रिपोर्ट: X``, ``Report by
        X``), after ``town/`` at the start of a line, or before ``/town`` (``X/शहर।``). An
        unlabelled name alone on a line must look like a name; among the first and last lines of
        the text, name parts that are also words (``maybe_given``) count. A name in parentheses
        after a dateline's town and date (``पानीपत, 12 मई (राजेश कुमार):``) is a reporter when it
        looks like a person's name, not an agency's (``(भाषा)``, ``(अमर उजाला)``)."""
        lines = ft.split("\n")
        filled = [x for x, line in enumerate(lines) if line.strip()]
        edge = set(filled[:4] + filled[-3:])
        head = set(filled[:HEAD_LINES])
        pos = 0
        for x, line in enumerate(lines):
            m = None
            if "/" in line[:30] or 0 < len(line.strip()) <= 40:
                m = self.vocab.byline_re.match(line)
            if m is not None:
                words = m.group("n").split()
                labelled = m.group("label") and not any(w in self.vocab.name_stoppers for w in words)
                if not (labelled or self.names.name_like(words) or (x in edge and self.edge_name(words))):
                    m = None
            if m is None and "/" in line[:45]:
                m = self.vocab.name_town_re.match(line)
                if m is not None and not self.names.name_like(m.group("n").split()):
                    m = None
            if m is None and x in head and "(" in line[:60]:
                m = _DATELINE_BYLINE.match(line)
                if m is not None and not self.person_name(m.group("n").split()):
                    m = None
            if m is not None:
                s, e = pos + m.start("n"), pos + m.end("n")
                if not any(c.start < e and s < c.end for c in cands):
                    cands.append(NameCandidate(-1, -1, s, e, m.group("n").split(), rule="byline"))
            pos += len(line) + 1

    def person_name(self, words: list[str]) -> bool:
        """Two or three words shaped like a person's name: a known first name or surname, no
        word that ends names, and a known surname last or two known name parts (``राजेश कुमार``;
        not the newspaper ``अमर उजाला``)."""
        v = self.vocab
        known = sum(w in v.given_names or w in v.surnames or w in v.middle_names for w in words)
        return len(words) >= 2 and self.names.name_like(words) and (words[-1] in v.surnames or known >= 2)

    def edge_name(self, words: list[str]) -> bool:
        """Two or three words that may all be name parts, the first a given name (also one that is
        an ordinary word), none a word that ends names."""
        v = self.vocab
        return (
            len(words) >= 2
            and (words[0] in v.given_names or words[0] in v.maybe_given)
            and not any(w in v.name_stoppers or w.endswith(v.non_name_endings) for w in words)
        )
