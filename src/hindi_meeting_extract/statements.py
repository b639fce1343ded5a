"""Statements: reported speech and directives, attributed to speakers.

Every reporting verb of ``cues.toml`` (कहा, बताया, निर्देश दिए, अपील की, …; a misspelt form such as
कहां only before कि, ``cues.complementizer_required``) is found in one whole-text pass over the
folded view. Its subject is the nearest ``ने`` / ``द्वारा`` (or fused pronoun उन्होंने) before it in
the sentence, passing over a द्वारा of an attributive participle (``विभाग द्वारा किए जा रहे कार्यों
की``); a passive verb (``निर्देश दिए गए``) needs a द्वारा subject. It is resolved to a person by,
in order: a name mention right before the marker (the first one of a kinship apposition: ``A
पत्नी B ने`` is A's, B only identifies her); a pronoun (the person last named as a subject,
not one named inside a statement's content: ``X ने बताया कि संघ ने … किया है। उन्होंने …`` is X;
an unnamed subject such as जिलाधिकारी ने takes the topic too, so a later उन्होंने stays
unresolved; see :class:`Agents` for a pronoun with no topic near); a surname or first name of a
known person (श्री सिंह ने); a designation of a known person, also one written after the name
(``X प्रभारी खेल समिति ने``), the most recently mentioned one on ties (कलेक्टर ने); titles are
compared as offices (``cues.title_equivalents``: एसएसपी = वरिष्ठ पुलिस अधीक्षक, डीएम = कलेक्टर =
जिलाधिकारी) and a modifier the two do not share (``cues.office_modifiers``: अपर, उप, सहायक …)
makes another office (जिलाधिकारी ने is never the ADM). A verb with no subject in its sentence
continues the last subject of this or the previous sentence (… साथ ही बताया कि). The content
is, in order: a quote or the clause after कि / a colon; for कहा/बताया the bare clause after the
verb (डीसी ने कहा …), or the sentence on the next line when the verb ends its line (``ने
बताया⏎…``); the words between subject and verb (… कार्य करने के निर्देश दिए), or the previous sentence when
those words are only यह/इसकी (X ने यह जानकारी दी); the clause before ``, X ने बताया``.
``X का कहना है कि``, ``X के मुताबिक``, headline quotes signed with a name (``…: गर्ग``, first
lines only, not when a body statement of the same speaker holds all its words, nor a list line
``name – designation`` or ``…: A, B``; a signature that is a designation goes to the person
holding it: ``…: कलेक्टर``)
and ``बाइट –`` lines are statements too.

``at_meeting`` is False for statements made to the press (मीडिया को बताया), and for reports
(बताया, के मुताबिक) or past perfects (कहा था) whose sentence does not place them at the meeting
(बैठक में, संबोधित करते हुए, …). A report other than a briefing verb (``cues.briefing_verbs``: बताया)
or a source phrase (के मुताबिक) that comes after the text first names a meeting is in the meeting's
narrative, hence at it, unless its content reports the meeting (… अवगत कराया कि बैठक में …); so is
a briefing verb with no clause of its own (``X ने … के बारे में विस्तार से बताया``), and a briefing
verb that goes on with the proceedings: the sentence before it, in its paragraph, holds a
statement made at the meeting (``अध्यक्ष ने कहा, “…” उपाध्यक्ष X ने बताया कि …``), and its content
does not report the meeting. A sentence placing it there may name the discussion (``चर्चा के
दौरान``) or a paper laid before the meeting (``… प्रस्तुत करते हुए बताया``).
:mod:`~hindi_meeting_extract.attendance` uses it.

Policy: a statement whose speaker cannot be resolved to a named person is dropped (वक्ताओं ने
कहा, पीएमओ ने बताया), so every emitted statement has a speaker. On the dev set keeping them with
``speaker=None`` (``StatementStage.keep_unresolved = True``) lowers statement precision from
1.00 to 0.84 at equal recall.
"""

from __future__ import annotations

import bisect
import itertools
import operator
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from functools import cached_property, lru_cache

import regex

from .analysis import Analysis, PersonEntity, StatementHit
from .lexicon import Lexicon, Lexicons, Section
from .normalize import FoldedText, fold, name_key
from .scan import W, LiteralScan, WordSet, first_words

_WORD = regex.compile(rf"{W}+")
_LETTER = regex.compile(W)
_START, _END = operator.itemgetter(0), operator.itemgetter(1)
_LAST_WORD = regex.compile(rf"(?r){W}+")  # searched backwards: the last word of a span
_QUOTES = {"“": "”", '"': '"', "‘": "’", "'": "'", "«": "»"}
_QUOTE_MAX = 1500  # a quote ends at its closing mark within this many characters, on its line
_CONTEXT = 300
_HEAD_LINES = 8
_TITLE_WORDS = 14  # words of a designation compared with a back-reference (its last ones)
_HEAD_CHARS = 500  # … and within this many characters: a headline quote stands at the top
_CONTENT_MAX = 3000  # a content longer than this (a run-on text without full stops) is cut at a space
_BETWEEN_MAX = 600  # longest content between a subject and its verb (… के निर्देश दिए)  # how far before a cue its context (press, meeting) is looked for
STATEMENT_KINDS = ("speech", "report", "directive", "object_speech")


def forms_alternation(sections: Iterable[Section], particles: str = "", by_head: bool = False) -> str:
    """A whole-word pattern for the folded forms of ``sections``.

    Words of a multi-word form match across any whitespace, with an optional particle between.
    The forms are merged into a trie (कहा, कहना है -> ``क(?:हा|हना…)``): the ``regex`` engine tries
    alternatives one by one, so shared prefixes make a pass several times faster.

    ``by_head``: the forms are many spellings of few phrases (a head word in many spellings, each
    with the same endings: उपस्थित/उपसथित/… रहे/थे/…), so the first words with the same rests share
    one trie of those rests (see :func:`_by_head`): the same matches from a pattern a fraction of
    the size, which compiles and is tried (a cost per call that grows with its size) faster.
    """
    joiner = rf"\s+(?:(?:{particles})\s+)?" if particles else r"\s+"
    forms = {" ".join(fold(f).split()) for sec in sections for f in sec.forms}
    body = _by_head(forms, joiner) if by_head else None
    return rf"(?<!{W}){_trie(forms, joiner) if body is None else body}(?!{W})"


def _trie(forms: Iterable[str], joiner: str) -> str:
    """The forms merged into a trie pattern, a longer form tried before its prefix (greedy)."""
    trie: dict[str, dict] = {}  # type: ignore[type-arg]
    for form in forms:
        node = trie
        for ch in form:
            node = node.setdefault(ch, {})
        node[""] = {}

    def emit(node: dict) -> str:  # type: ignore[type-arg]
        alts = [(joiner if ch == " " else regex.escape(ch)) + emit(node[ch]) for ch in sorted(node) if ch]
        if not alts:
            return ""
        body = alts[0] if len(alts) == 1 else f"(?:{'|'.join(alts)})"
        return f"(?:{body})?" if "" in node else body  # greedy: the longest form wins

    return emit(trie)


def _by_head(forms: set[str], joiner: str) -> str | None:
    """The trie of ``forms`` written as one branch per set of rests: ``(?:first words)(?:joiner
    rests)``, the rests optional when a first word is a form alone. Inside whole-word bounds it
    matches as the trie does: a first word is followed by the joiner or the end of the match, so
    the text's word picks one branch (its first word, whole), and the rests' trie tries the same
    ends in the same order (longest first). None (write the trie) when a first word is the start
    of another one up to a character that is no letter (गैर, गैर-हाजिर: the trie would prefer the
    longer, a branch the first listed)."""
    rests: dict[str, set[str]] = {}
    for form in forms:
        head, _, rest = form.partition(" ")
        rests.setdefault(head, set()).add(rest)
    heads = sorted(rests)
    for i, a in enumerate(heads):  # the words that start with a sort right after it
        for b in itertools.takewhile(lambda b: b.startswith(a), heads[i + 1 :]):
            if not _LETTER.match(b, len(a)):
                return None
    branches: dict[frozenset[str], list[str]] = {}
    for head in heads:
        branches.setdefault(frozenset(rests[head]), []).append(head)
    out = []
    for ends, words in branches.items():
        tail = rf"{joiner}{_trie([r for r in ends if r], joiner)}" if any(ends) else ""
        out.append(f"{_trie(words, joiner)}(?:{tail})?" if tail and "" in ends else f"{_trie(words, joiner)}{tail}")
    return f"(?:{'|'.join(out)})"


def attributive_pattern(cues: Lexicon) -> regex.Pattern[str]:
    """After ``X द्वारा``: an attributive participle and the noun phrase it qualifies, up to its
    postposition (``… द्वारा प्रदान की गई धनराशि को``, ``… द्वारा किए जा रहे कार्यों की``); not a
    finite passive before a new clause (``… द्वारा किया गया इस अवसर पर …``)."""
    alt = lambda *names: forms_alternation([cues[n] for n in names])  # noqa: E731
    return regex.compile(
        rf"[^।|\n]{{0,60}}?{alt('attributive_participles')}\s+"
        rf"(?!(?:{alt('conjunctions', 'auxiliaries', 'clause_breaks', 'demonstratives')}))[^\s।|,]{{1,40}}(?:\s+[^\s।|,]{{1,40}})?\s+{alt('postpositions')}"
    )


class KindMatcher:
    """One whole-word pass over the forms of several sections; :meth:`kind` names the section a
    match came from (one pass over a merged trie is faster than a named group per section)."""

    def __init__(self, sections: dict[str, Section], particles: Iterable[str] = ()) -> None:
        self._particles = {fold(p) for p in particles}
        alt = "|".join(regex.escape(p) for p in sorted(self._particles))
        self.pattern = regex.compile(forms_alternation(sections.values(), alt))
        self._scan = LiteralScan(self.pattern, first_words(sections.values()))
        self._kinds: dict[str, str] = {}
        for kind, sec in sections.items():
            for form in sec.forms:
                self._kinds.setdefault(" ".join(fold(form).split()), kind)
        # a match written exactly as a form without particles needs no rewriting
        self._exact = {k: v for k, v in self._kinds.items() if not self._particles.intersection(k.split())}

    def finditer(self, text: str, present: set[str] | None = None) -> Iterator[regex.Match[str]]:
        """The matches in ``text`` (``present``: see :meth:`.scan.LiteralScan.finditer`)."""
        return self._scan.finditer(text, present=present)

    @property
    def scan(self) -> LiteralScan:
        return self._scan

    def kind(self, m: regex.Match[str]) -> str:
        kind = self._exact.get(m.group())
        if kind is not None:
            return kind
        return self._kinds.get(" ".join(w for w in m.group().split() if w not in self._particles), "")


class _First:
    """Where a text first matches a scan, searched for once, when first asked."""

    def __init__(self, scan: LiteralScan, text: str, present: set[str] | None = None) -> None:
        self._scan, self._text, self._present = scan, text, present
        self._done = False
        self._start: int | None = None

    def start(self) -> int | None:
        if not self._done:
            m = self._scan.search(self._text, present=self._present)
            self._start = m.start() if m else None
            self._done = True
        return self._start


class SignedLines:
    """Lines ``content: signature`` / ``content – signature`` (a headline quote and its speaker):
    the matches of :data:`PATTERN` (``finditer(text, 0, head)``), found faster.

    Lazily, the content grows one character at a time and the separator is tried after each,
    400 tries on a long line. Only a position followed by (whitespace and) a separator character
    can end the content, so :meth:`finditer` tries the rest of the pattern at those positions
    only, in order: the same first match at each line start (tests compare the two). The
    signature holds no separator character, so the content ends in the run of blanks and
    separators around the line's last separator, or in the blanks ending the line (the separator
    on a line further on): the positions before either are never tried.
    """

    LEAD_CHARS = " \t-–—*"
    LEAD = r"[ \t\-–—*]*+"
    CONTENT = r"(?P<c>[^\n]{12,400}?)"
    MIN_CONTENT, MAX_CONTENT = 12, 400
    MAX_SIGNATURE = 60
    TRAILER = " \t*।."  # closing characters after the signature
    REST = rf"(?:\s*:\s*|\s*[-–—]+\s+|\s+[-–—]+\s*)(?P<s>[^\n:\-–—।|]{{2,{MAX_SIGNATURE}}}?)[{TRAILER}]*$"
    PATTERN = rf"(?m)^{LEAD}{CONTENT}{REST}"

    SEPARATORS = ":-–—"  # every match has one

    def __init__(self) -> None:
        self._lead = regex.compile(self.LEAD)
        self._rest = regex.compile(rf"(?m){self.REST}")
        self._blank_before = regex.compile(r"(?r)\s*+")  # matched back from its end position
        self._sep_after = regex.compile(rf"\s*+[{regex.escape(self.SEPARATORS)}]")

    def finditer(self, text: str, endpos: int) -> Iterator[tuple[tuple[int, int], tuple[int, int]]]:
        """The ``(content, signature)`` spans of the matches in ``text[:endpos]``, in order."""
        if not any(text.find(ch, 0, endpos) >= 0 for ch in self.SEPARATORS):
            return
        end = 0
        line = 0
        while line < endpos:
            if line >= end:
                hit = self._match(text, line, endpos)
                if hit is not None:
                    yield hit[0], hit[1]
                    end = hit[2]
            nl = text.find("\n", line, endpos)
            if nl < 0:
                break
            line = nl + 1

    def _match(self, text: str, line: int, endpos: int) -> tuple[tuple[int, int], tuple[int, int], int] | None:
        """The pattern matched at a line start: the content's possible ends tried in order."""
        c0 = line
        if line < endpos and text[line] in self.LEAD_CHARS:
            c0 = self._lead.match(text, line, endpos).end()  # type: ignore[union-attr]
        line_end = text.find("\n", c0, endpos)
        eol = endpos if line_end < 0 else line_end
        lo, hi = c0 + self.MIN_CONTENT, min(c0 + self.MAX_CONTENT, eol)
        if lo > hi:
            return None
        last = max([text.rfind(ch, lo, eol) for ch in self.SEPARATORS])
        # a signature on this line follows its last separator; else the separator comes after
        # the line, past blanks only
        if not (last >= 0 and self._signature_fits(text[last + 1 : eol])) and not (
            line_end >= 0 and self._sep_after.match(text, line_end, endpos)
        ):
            return None
        # the separator part starts in the run of blanks and separators ending with the line's
        # last separator (or with its last character)
        start = last if last >= 0 else eol - 1
        while start >= lo and (text[start] in self.SEPARATORS or _is_blank(text[start])):
            start -= 1
        for c1 in self._content_ends(text, max(start + 1, lo), hi, endpos):
            m = self._rest.match(text, c1, endpos)
            if m is not None:
                return (c0, c1), m.span("s"), m.end()
        return None

    def _signature_fits(self, tail: str) -> bool:
        """Whether ``tail`` (after a line's last separator, to its end) may be blanks, a
        signature and closing characters: a quick test, true for every tail that is."""
        core = tail.lstrip().rstrip(self.TRAILER)  # str.isspace blanks: more than \s, never fewer
        return len(core) <= self.MAX_SIGNATURE and "|" not in core and "।" not in core

    def _content_ends(self, text: str, lo: int, hi: int, endpos: int) -> Iterator[int]:
        """The positions in ``[lo, hi]`` followed by (whitespace and) a separator, in order."""
        if lo > hi:
            return
        stop = min(hi + 1, endpos)
        seps: list[int] = []
        for ch in self.SEPARATORS:
            p = text.find(ch, lo, stop)
            while p >= 0:
                seps.append(p)
                p = text.find(ch, p + 1, stop)
        seps.sort()
        prev = lo
        for k in seps:  # the blanks before a separator, and the separator
            j = k
            if k > prev and _is_blank(text[k - 1]):
                j = self._blank_before.match(text, prev, k).start()  # type: ignore[union-attr]
            yield from range(j, k + 1)
            prev = k + 1
        if prev < stop and _is_blank(text[stop - 1]):  # blanks to hi, before a separator further on
            j = self._blank_before.match(text, prev, stop).start()  # type: ignore[union-attr]
            if j <= hi and self._sep_after.match(text, j, endpos):
                yield from range(j, hi + 1)


def _is_blank(ch: str) -> bool:
    """``regex``'s ``\\s`` for one character (``str.isspace`` also takes U+001C–U+001F)."""
    return ch.isspace() and not "\x1c" <= ch <= "\x1f"


class Sentences:
    """The sentences of a document as folded ``(start, end)`` bounds, looked up by position."""

    def __init__(self, analysis: Analysis) -> None:
        folded = analysis.doc.folded
        self.bounds = analysis.doc.folded_bounds
        self.starts = [s for s, _ in self.bounds]
        self.n = len(folded.text)

    def at(self, pos: int) -> tuple[int, int]:
        """The sentence containing ``pos`` (or the gap between two sentences)."""
        i = bisect.bisect_right(self.starts, pos) - 1
        if i >= 0 and pos < self.bounds[i][1]:
            return self.bounds[i]
        return (self.bounds[i][1] if i >= 0 else 0), (self.starts[i + 1] if i + 1 < len(self.starts) else self.n)

    def before(self, s0: int) -> tuple[int, int]:
        """The sentence before the one starting at ``s0`` (``(s0, s0)`` for the first)."""
        i = bisect.bisect_left(self.starts, s0) - 1
        return self.bounds[i] if i >= 0 else (s0, s0)


@dataclass(slots=True)
class Agent:
    """A subject marker (ने, उन्होंने, द्वारा, का कहना) and the person it resolves to."""

    start: int  # folded offset of the subject phrase (name mention or pronoun)
    marker_start: int
    marker_end: int
    person: PersonEntity | None
    rule: str


class Agents:
    """The subject markers of a document (ने, उन्होंने, द्वारा) in order, each resolved to its
    :class:`Agent` when first asked for: most markers (करने के लिए … ने) are never asked for.

    ``marks`` are ``(start, end, kind)`` with kind ``ne``, ``pron`` or ``dvara``. A pronoun takes
    the person of the last topic before it: a ``ne`` subject (resolved or not: जिलाधिकारी ने
    takes over the topic), a resolved ``dvara`` subject, or a chair (``chairs()``: found when a
    pronoun first asks). With no topic in the pronoun's sentence or the one before, it takes the
    one person those sentences name, when every mention of them stands alone as a subject (``X
    मौजूद थे। उन्होंने कहा``; not ``X की योजना``, ``X से``, ``X और Y``, ``X जैसे``). Walks
    back over markers remember their answer for every marker passed, so a document costs linear
    time.
    """

    def __init__(
        self,
        marks: list[tuple[int, int, str]],
        chairs: Callable[[], list[tuple[int, PersonEntity]]],
        resolve: Callable[[PersonIndex, Sentences, int, int, str], Agent],
        idx: PersonIndex,
        sents: Sentences,
        not_alone: Callable[[str, int], object] = lambda text, pos: None,
        reported: Callable[[int], bool] = lambda pos: False,
    ) -> None:
        self._not_alone = not_alone  # a match when a mention ending at pos is no lone subject
        self._reported = reported  # True for a position inside a statement's content
        self.marks = marks
        self.starts = [m[0] for m in marks]
        self._find_chairs = chairs
        self._chairs: list[tuple[int, PersonEntity]] | None = None
        self._chair_starts: list[int] = []
        self._resolve = resolve
        self._idx, self._sents = idx, sents
        self._agents: list[Agent | None] = [None] * len(marks)
        self._topic: list[int | None] = [None] * len(marks)  # last topic marker at or before i (-1: none)
        self._speaker: list[int | None] = [None] * len(marks)  # last marker with a person at or before i

    def __getitem__(self, i: int) -> Agent:
        agent = self._agents[i]
        if agent is None:
            start, end, kind = self.marks[i]
            if kind == "pron":
                agent = Agent(start, start, end, self._topic_person(i), "pronoun")
            else:
                agent = self._resolve(self._idx, self._sents, start, end, kind)
            self._agents[i] = agent
        return agent

    def is_pronoun(self, i: int) -> bool:
        return self.marks[i][2] == "pron"

    @property
    def text(self) -> str:
        return self._idx.text

    def _last(self, i: int, memo: list[int | None], test: Callable[[int], bool]) -> int:
        """The last marker at or before ``i`` that passes ``test`` (-1: none), remembered."""
        passed: list[int] = []
        j = i
        while j >= 0 and memo[j] is None:
            if test(j):
                memo[j] = j
                break
            passed.append(j)
            j -= 1
        found = memo[j] if j >= 0 else -1
        for k in passed:
            memo[k] = found
        return found  # type: ignore[return-value]

    def _is_topic(self, j: int) -> bool:
        start, _end, kind = self.marks[j]
        if self._reported(start):
            return False  # X ने बताया कि संघ ने … किया है। उन्होंने …: उन्होंने is X, not the संघ
        return kind == "ne" or (kind == "dvara" and self[j].person is not None)

    def _topic_person(self, i: int) -> PersonEntity | None:
        """The person of the last topic before the pronoun marker ``i``."""
        pos = self.marks[i][0]
        j = self._last(i - 1, self._topic, self._is_topic)
        if self._chairs is None:
            self._chairs = self._find_chairs()
            self._chair_starts = [c[0] for c in self._chairs]
        c = bisect.bisect_left(self._chair_starts, pos) - 1
        chair = c >= 0 and (j < 0 or self._chairs[c][0] > self.marks[j][0])
        topic = self._chairs[c][0] if chair else self.marks[j][0] if j >= 0 else -1
        s0 = self._sents.at(pos)[0]
        p0 = self._sents.before(s0)[0]
        if topic < p0:  # no topic in this sentence or the one before: the one person they name
            mentions = self._idx.between(p0, pos)
            named = {t[2].id: t[2] for t in mentions}
            if len(named) == 1 and not any(self._not_alone(self._idx.text, t[1]) for t in mentions):
                return next(iter(named.values()))  # (a lone subject: not मंत्री X की योजना, X और Y)
        if chair:
            return self._chairs[c][1]
        return self[j].person if j >= 0 else None

    def person_before(self, pos: int) -> PersonEntity | None:
        """The person of the last marker before ``pos`` that has one."""
        i = bisect.bisect_left(self.starts, pos) - 1
        j = self._last(i, self._speaker, lambda k: self[k].person is not None)
        return self[j].person if j >= 0 else None


class Titles:
    """Titles compared as offices: abbreviations and synonyms rewritten to one canonical form
    (``cues.title_equivalents``: एसएसपी = वरिष्ठ पुलिस अधीक्षक, कलेक्टर = जिलाधिकारी), and the
    modifiers that make a different office of the same head (``cues.office_modifiers``: अपर,
    उप, सहायक …). Built once per stage."""

    def __init__(self, lexicons: Lexicons | None = None) -> None:
        self._map: dict[tuple[str, ...], tuple[str, ...]] = {}
        self.modifiers: frozenset[str] = frozenset()
        self._longest = 1
        self._firsts: set[str] = set()  # first words of the title forms: other words stay as they are
        self.key_words: set[str] = set()  # every word of a title form (others are never rewritten)
        if lexicons is None:
            return
        cues = lexicons["cues"]
        if "title_equivalents" in cues.sections:
            for canonical, forms in cues["title_equivalents"].entries.items():
                target = tuple(_WORD.findall(fold(canonical)))
                for form in forms:
                    key = tuple(_WORD.findall(fold(form)))
                    if key and key != target:
                        self._map.setdefault(key, target)
                        self._longest = max(self._longest, len(key))
                        self._firsts.add(key[0])
                        self.key_words.update(key)
        if "office_modifiers" in cues.sections:
            self.modifiers = frozenset(fold(f) for f in cues["office_modifiers"].forms if f != "items")

    def normalize(self, words: list[str] | tuple[str, ...]) -> list[str]:
        """``words`` with every known title form rewritten to its canonical words (few words)."""
        if not self._map:
            return list(words)
        out: list[str] = []
        i, n = 0, len(words)
        while i < n:
            if words[i] not in self._firsts:  # no title form starts here
                out.append(words[i])
                i += 1
                continue
            for k in range(min(self._longest, n - i), 0, -1):
                target = self._map.get(tuple(words[i : i + k]))
                if target is not None:
                    out.extend(target)
                    i += k
                    break
            else:
                out.append(words[i])
                i += 1
        return out

    def fit(self, dwords: list[str], window: list[str]) -> int | None:
        """How well a designation (normalized words) fits the words of a reference ending with
        its head: the number of its words present, or None when a modifier tells the offices apart
        (अपर जिलाधिकारी for जिलाधिकारी ने, or जिलाधिकारी for अपर जिलाधिकारी ने)."""
        present = set(window)
        if any(w in self.modifiers and w not in present for w in dwords):
            return None
        # the run of the reference's last words that belong to the designation, and the word
        # before it: a modifier there that the designation lacks names another office
        dset = set(dwords)
        j = len(window)
        while j > 0 and window[j - 1] in dset:
            j -= 1
        if j > 0 and window[j - 1] in self.modifiers:
            return None
        return len(dset & present)


class PersonIndex:
    """The persons of one analysis as folded spans, for looking names up near a position."""

    def __init__(
        self,
        analysis: Analysis,
        filler: regex.Pattern[str],
        trailing: Iterable[str] = (),
        titles: Titles | None = None,
    ) -> None:
        self.titles = titles or Titles()
        doc = analysis.doc
        self.text = doc.folded.text
        self._filler = filler
        self._trailing = _folded(tuple(trailing))
        to_folded = doc.folded.to_folded
        items = [
            (to_folded(span.start), to_folded(span.end), person)
            for person in analysis.persons
            for span in [*(m.span for m in person.mentions), *person.references]
        ]
        # by start, the longest first (two stable sorts: ties keep their order)
        items.sort(key=_END, reverse=True)
        items.sort(key=_START)
        self.items = items
        self._starts = [t[0] for t in items]
        self._ends_sorted = sorted(items, key=_END)
        self._ends = [t[1] for t in self._ends_sorted]
        self._persons = analysis.persons
        self._to_folded = to_folded

    @cached_property
    def title_spans(self) -> list[tuple[int, int]]:
        """The persons' designation phrases as folded spans, in order (built when first asked)."""
        spans = {
            (self._to_folded(d.span.start), self._to_folded(d.span.end))
            for person in self._persons
            for d in [*person.designations, *(d for m in person.mentions for d in m.designations)]
        }
        return sorted(spans)

    @cached_property
    def tokens(self) -> dict[str, list[PersonEntity]]:
        """The persons by the tokens of their names (built when first looked up)."""
        tokens: dict[str, list[PersonEntity]] = {}
        for person in self._persons:
            keys = {name_key(person.name), *(name_key(v) for v in person.variants)}
            for key in keys:
                for tok in key.split():
                    if len(tok) > 1:
                        tokens.setdefault(tok, [])
                        if person not in tokens[tok]:
                            tokens[tok].append(person)
        return tokens

    @cached_property
    def designations(self) -> dict[str, list[tuple[list[str], PersonEntity]]]:
        """The persons' designations (normalized words) by their last word (built when first
        looked up)."""
        designations: dict[str, list[tuple[list[str], PersonEntity]]] = {}
        for person in self._persons:
            seen: set[str] = set()
            for d in person.designations:
                # a title's last words name its office (a runaway designation stays bounded)
                words = self.titles.normalize(_WORD.findall(fold(d.canonical))[-_TITLE_WORDS:])
                if words and " ".join(words) not in seen:
                    seen.add(" ".join(words))
                    designations.setdefault(words[-1], []).append((words, person))
        return designations

    def snap(self, pos: int) -> int:
        """``pos`` moved back to the start of a mention that straddles it (a sentence split
        inside a name, as after the initial in ``सरोजा वी. नायक``)."""
        i = bisect.bisect_left(self._starts, pos)
        for s, e, _p in self.items[max(0, i - 3) : i]:
            if s < pos < e:
                return s
        return pos

    def ending_at(self, pos: int, lo: int = 0) -> tuple[int, PersonEntity] | None:
        """The mention that ends right before ``pos`` (only whitespace, जी or a bracket between)."""
        i = bisect.bisect_right(self._ends, pos)
        while i > 0:
            i -= 1
            s, e, person = self._ends_sorted[i]
            if e < lo:
                return None  # every mention further back starts before lo too
            if s < lo:
                continue
            if self._filler.fullmatch(self.text, e, pos):
                return s, person
            return None
        return None

    def previous(self, pos: int, lo: int = 0) -> tuple[int, int, PersonEntity] | None:
        """The mention ending last at or before ``pos``, if it starts at or after ``lo``."""
        i = bisect.bisect_right(self._ends, pos)
        if i and self._ends_sorted[i - 1][0] >= lo:
            return self._ends_sorted[i - 1]
        return None

    def between(self, a: int, b: int) -> list[tuple[int, int, PersonEntity]]:
        """Mentions starting in ``[a, b)``, in order, nested ones left out."""
        out: list[tuple[int, int, PersonEntity]] = []
        for t in self.items[bisect.bisect_left(self._starts, a) : bisect.bisect_left(self._starts, b)]:
            if out and t[0] < out[-1][1]:
                continue
            out.append(t)
        return out

    def recent(self, candidates: Iterable[PersonEntity], pos: int) -> PersonEntity | None:
        """Of ``candidates``, the one mentioned last before ``pos`` (else the first of them)."""
        cands = list(candidates)
        for i in range(bisect.bisect_left(self._starts, pos) - 1, -1, -1):
            if self.items[i][2] in cands:
                return self.items[i][2]
        return cands[0] if cands else None

    def named_before(self, lo: int, end: int) -> PersonEntity | None:
        """The person a surname, first name or designation just before ``end`` refers to."""
        words = _WORD.findall(self.text, max(lo, end - 60), end)[-4:]
        while words and words[-1] in self._trailing:
            words.pop()
        return self.by_words(words, end)

    def by_words(self, words: list[str], pos: int) -> PersonEntity | None:
        """The person named (by one name token) or described (by a designation) by the words
        right before ``pos``: ``श्री सिंह``, ``केजरीवाल``, ``कलेक्टर``, ``रेल मंत्री``."""
        if not words:
            return None
        last = name_key(words[-1])
        if last in self.tokens:
            return self.recent(self.tokens[last], pos)
        if words[-1] not in self.designations and words[-1] not in self.titles.key_words:
            return None  # normalizing keeps the last word, and no designation ends with it
        window = self.titles.normalize(words)
        # an abbreviation (डीसी, एसएसपी) stands for one exact title: a designation equal to its
        # expansion beats one that only contains it (उप आयुक्त, not उप विकास आयुक्त)
        abbreviated = window != words
        scored: list[tuple[tuple[int, int], PersonEntity]] = []
        for dwords, person in self.designations.get(window[-1], ()):
            fit = self.titles.fit(dwords, window)  # None: another office (अपर जिलाधिकारी)
            if fit is not None:
                exact = abbreviated and window[len(window) - len(dwords) :] == dwords
                scored.append(((int(exact), fit), person))
        if not scored:
            return None
        top = max(n for n, _ in scored)
        return self.recent([p for n, p in scored if n == top], pos)


class StatementStage:
    """Finds statements and resolves their speakers; fills ``analysis.statements``."""

    #: emit statements whose subject names nobody known, with ``speaker=None`` (off: dropped)
    keep_unresolved = False

    def __init__(self, lexicons: Lexicons) -> None:
        cues = lexicons["cues"]
        alt = lambda *names: forms_alternation([cues[n] for n in names])  # noqa: E731
        particles = "|".join(regex.escape(fold(f)) for f in cues["particles"].forms)
        self._cues = KindMatcher({k: cues[k] for k in STATEMENT_KINDS}, cues["particles"].forms)
        self._titles = Titles(lexicons)
        hon = lexicons["honorifics"]
        # relation words (A पत्नी B, A पुत्र B: names.toml [kinship_words], as the persons stage reads them)
        self._relations = frozenset(fold(f) for f in lexicons["names"]["kinship_words"].forms)
        self._honorifics = {
            w for sec in hon.sections.values() for f in sec.forms for w in _WORD.findall(fold(f))
        }
        # subject markers: ने / उन्होंने / द्वारा
        agent_sections = ("agent_markers", "pronoun_agents", "passive_agents")
        self._agent_re = LiteralScan(
            regex.compile(
                f"(?P<ne>{alt('agent_markers')})|(?P<pron>{alt('pronoun_agents')})|(?P<dvara>{alt('passive_agents')})"
            ),
            first_words([cues[n] for n in agent_sections]),
        )
        gen = alt("genitives")
        # the cue word first (a fast scan), its genitive or pronoun checked behind it
        behind = rf"(?<=(?:(?P<pron>{alt('pronoun_possessors')})|(?P<gen>{gen}))\s+(?P=cue))"
        self._possessive_re = LiteralScan(
            regex.compile(rf"(?P<cue>{alt('possessive')}){behind}"), first_words([cues["possessive"]])
        )
        self._according_re = LiteralScan(
            regex.compile(rf"(?P<cue>{alt('according')}){behind}"), first_words([cues["according"]])
        )
        self._quote_scans = ((self._possessive_re, "possessive"), (self._according_re, "according"))
        aux = alt("auxiliaries")
        self._after_re = regex.compile(
            # possessive \s++ / \s*+: linear on long blank runs (a masked <script>)
            rf"(?:\s++(?:{particles})(?!{W}))?(?:\s++{aux})*"  # कहा भी है, बताया था
            rf"(?P<sep>\s*+[,:;]?\s*+{alt('complementizers')}\s*+[,:]?\s*+|\s*+[,:–—-]\s*+|\s*+(?=[“\"‘']))?"
        )
        self._passive_re = regex.compile(rf"(?:\s+(?:{particles}))?\s+{alt('passive_markers')}(?:\s+{alt('passive_markers')})*")
        self._needs_sep = {" ".join(fold(f).split()) for f in cues["complementizer_required"].forms}
        self._attributive_re = attributive_pattern(cues)
        self._trailing = {fold(f) for f in cues["trailing_titles"].forms}
        self._past_re = regex.compile(rf"(?:\s+(?:{particles}|{aux}))*?\s+{alt('past_auxiliaries')}")
        self._conj_re = regex.compile(rf"(?:\s++(?:{particles}|{aux}))*\s*+,?\s*+(?<=\s){alt('conjunctions')}\s+")
        # the words that may come first after a cue in those three (a quick test before each)
        starts = lambda *names: tuple(first_words([cues[n] for n in names]))  # noqa: E731
        self._passive_starts = starts("particles", "passive_markers")
        self._past_starts = starts("particles", "auxiliaries", "past_auxiliaries")
        self._conj_starts = (",", *starts("particles", "auxiliaries", "conjunctions"))
        self._next_line = regex.compile(r"\n\s*([^\n]+)")
        self._no_content_re = regex.compile(rf"\s*(?:$|[।.!?|]|{alt('non_content_starts', 'auxiliaries')})")
        self._collective_re = regex.compile(rf"{alt('collective_subjects')}\s*\Z")
        # … which ends with the last word of a form (a quick test before the search)
        self._collective_ends = tuple({fold(f).split()[-1] for f in cues["collective_subjects"].forms if fold(f).split()})
        self._particles_re = regex.compile(rf"(?:{particles})\Z")
        self._anaphoric_re = regex.compile(rf"{alt('anaphoric_objects')}\s*\Z")
        self._genitive_tail = regex.compile(rf"\s+{gen}\s*\Z")
        # after a mention: it is no lone subject (X की योजना, X से, X और Y, X जैसे …)
        self._not_alone_re = regex.compile(
            rf"(?:\s|{alt('trailing_titles')})*(?:[,(]|{alt('genitives', 'postpositions', 'conjunctions', 'non_subject_followers')})"
        )
        self._filler = regex.compile(
            rf"(?:\s|,|{alt('trailing_titles')}|\([^()\n]{{0,80}}\))*"
        )
        self._meeting_re = regex.compile(alt("meeting_presence"))
        self._meeting_nouns = LiteralScan(regex.compile(alt("meeting_nouns")), first_words([cues["meeting_nouns"]]))
        self._briefing_re = regex.compile(rf"{alt('briefing_verbs')}(?:\s+(?:{particles}))?")
        self._press_re = LiteralScan(regex.compile(alt("press_context")), first_words([cues["press_context"]]))
        # a chair phrase (X की अध्यक्षता) found from its chair word, the genitive behind it
        self._chairs = LiteralScan(
            regex.compile(rf"(?<=(?P<gen>{gen})\s+){alt('chair')}"), first_words([cues["chair"]])
        )
        self._agents_before, self._chairs_before = _Before(self._agent_re), _Before(self._chairs)
        # which first words of these scans occur, found in one pass per document (see .scan)
        # a byte line holds the first word of one of its forms, whole: a text with none of them
        # is not scanned
        self._byte_words = frozenset(first_words([cues["byte_markers"]]))
        scans = (self._cues.scan, self._agent_re, self._possessive_re, self._according_re, self._chairs, self._meeting_nouns)
        self._words = WordSet({w for scan in scans for w in scan.words} | self._byte_words)
        self._signed_lines = SignedLines()
        self._byte_re = regex.compile(
            rf"(?m)^[ \t]*{alt('byte_markers')}\s*[-–—:]+\s*(?P<s>[^\n:\-–—]{{2,80}}?)"
            rf"(?:\s*[:\-–—]+\s*(?P<c>[^\n]+?))?[ \t]*$"
        )

    # -- helpers --------------------------------------------------------------------------------

    def _agents(
        self, idx: PersonIndex, sents: Sentences, limit: int, present: set[str], contents: list[tuple[int, int]]
    ) -> Agents:
        """The subject markers (and chairs) of the text, as far as a lookup before ``limit`` sees
        them: those starting before it are the whole text's. A marker inside one of ``contents``
        (the statements found so far) is no topic for a pronoun."""
        text = idx.text
        marks = [(m.start(), m.end(), m.lastgroup or "") for m in self._agents_before.finditer(text, limit, present)]

        def chairs() -> list[tuple[int, PersonEntity]]:
            """Chairs (X की अध्यक्षता में): they set the topic for a following उन्होंने."""
            found: list[tuple[int, PersonEntity]] = []
            end = 0
            for m in self._chairs_before.finditer(text, limit, present):
                start = m.start("gen")
                if start < end:
                    continue  # inside the previous chair phrase
                end = m.end()
                hit = idx.ending_at(start, sents.at(start)[0])
                if hit:
                    found.append((start, hit[1]))
            return found

        def reported(pos: int) -> bool:
            if not contents:
                return False
            i = bisect.bisect_right(contents, (pos, len(text))) - 1
            return any(contents[j][0] < pos < contents[j][1] for j in range(max(0, i - 2), i + 1))

        return Agents(marks, chairs, self._resolve_agent, idx, sents, self._not_alone_re.match, reported)

    def _resolve_agent(self, idx: PersonIndex, sents: Sentences, start: int, end: int, kind: str) -> Agent:
        """The subject of the marker ``ne`` / ``dvara`` at ``[start, end)``."""
        text = idx.text
        s0 = idx.snap(sents.at(start)[0])
        hit = idx.ending_at(start, s0)
        if hit:
            head = self._kin_head(idx, hit[0], s0) if self._relations else None
            if head is not None:  # शबनम बानो पत्नी इरफान खान ने बताया: शबनम बानो spoke
                return Agent(head[0], start, end, head[1], f"{kind}-kin")
            return Agent(hit[0], start, end, hit[1], f"{kind}-name")
        lo = max(s0, start - 40)
        if text[lo:start].rstrip().endswith(self._collective_ends) and self._collective_re.search(text, lo, start):
            return Agent(start, start, end, None, f"{kind}-collective")
        person = idx.named_before(s0, start)
        subj = _subject_start(text, s0, start)
        return Agent(subj, start, end, person, f"{kind}-reference" if person else f"{kind}-unknown")

    def _kin_head(self, idx: PersonIndex, start: int, s0: int) -> tuple[int, PersonEntity] | None:
        """The person named before a relation word in front of the mention at ``start`` (``A
        पत्नी B``, ``A पुत्र श्री B``): B is named only to identify A, who is the subject."""
        for w in itertools.islice(_LAST_WORD.finditer(idx.text, max(s0, start - 40), start), 2):
            if w.group() in self._relations:
                return idx.ending_at(w.start(), s0)
            if w.group() not in self._honorifics:
                return None
        return None

    def _content_after(
        self, text: str, pos: int, s1: int, kind: str
    ) -> tuple[int, int] | None:
        """Content after the cue: a quote, a कि-clause, or (speech/report) the bare clause."""
        m = self._after_re.match(text, pos)
        assert m is not None
        start = m.end()
        if m.group("sep") is None:
            if kind not in ("speech", "report") or self._no_content_re.match(text, start):
                return None
        opener = text[start : start + 1]
        if opener in _QUOTES:
            line_end = text.find("\n", start, start + _QUOTE_MAX)
            close = text.find(_QUOTES[opener], start + 1, line_end if line_end > 0 else start + _QUOTE_MAX)
            if close > start + 1:
                return _trim(text, start + 1, close)
        span = _trim(text, start, s1)
        return span if span and _nwords(text, *span) >= 2 else None

    def _past_attributives(self, agents: Agents, i: int, s0: int, cs: int) -> int:
        """The subject marker of a cue at ``cs`` from the last marker ``i`` before it, passing
        back over a द्वारा that is the agent of an attributive participle before the cue
        (``X ने … विभाग द्वारा किए जा रहे कार्यों की जानकारी दी``, ``X द्वारा जारी निर्देशों का पालन
        करने पर जोर दिया गया``)."""
        text = agents.text
        while i >= 0 and agents.starts[i] >= s0:
            _start, end, kind = agents.marks[i]
            if kind != "dvara" or self._attributive_re.match(text, end, cs) is None:
                break
            i -= 1
        return i

    def _content_next_line(self, text: str, pos: int, sents: Sentences) -> tuple[int, int] | None:
        """The sentence on the next line when a speech or report verb ends its line with no
        punctuation (``… ने बताया⏎इस सभा का मुख्य बिंदु …``)."""
        nl = text.find("\n", pos, pos + 4)
        if nl < 0 or text[pos:nl].strip():
            return None
        start = _next_word(text, nl)
        if start >= len(text):
            return None
        span = _trim(text, start, sents.at(start)[1])
        return span if span and _nwords(text, *span) >= 3 else None

    def _emit(
        self,
        analysis: Analysis,
        person: PersonEntity | None,
        content: tuple[int, int],
        cue: tuple[int, int],
        rule: str,
        kind: str,
        at_meeting: bool,
    ) -> StatementHit | None:
        if person is None and not self.keep_unresolved:
            return None
        doc = analysis.doc
        if content[1] - content[0] > _CONTENT_MAX:  # bounded, so many cues in one run-on text stay linear
            cut = doc.folded.text.rfind(" ", content[0], content[0] + _CONTENT_MAX)
            content = (content[0], cut if cut > content[0] else content[0] + _CONTENT_MAX)
        hit = StatementHit(
            person, doc.span_from_folded(*content), doc.span_from_folded(*cue), rule, kind, at_meeting
        )
        analysis.statements.append(hit)
        return hit

    # -- the stage ------------------------------------------------------------------------------

    def __call__(self, analysis: Analysis) -> None:
        if not analysis.persons:
            return
        doc = analysis.doc
        text = doc.folded.text
        idx = PersonIndex(analysis, self._filler, self._trailing, self._titles)
        sents = Sentences(analysis)
        present = self._words.among(text, doc.word_tokens)  # the scans' first words that occur
        cues = list(self._cues.finditer(text, present))
        quotes = [  # X का कहना, X के मुताबिक
            (m, kind) for rx, kind in self._quote_scans for m in rx.finditer(text, present=present)
        ]
        # subjects are looked up before a cue or quote only: markers after the last are not needed
        limit = max([m.start() for m in cues[-1:]] + [m.end() for m, _ in quotes], default=0)
        contents: list[tuple[int, int]] = []  # the contents of the statements so far, sorted
        agents = self._agents(idx, sents, limit, present, contents)
        agent_starts = agents.starts
        found: list[tuple[int, StatementHit]] = []  # (subject start, hit)
        made: list[tuple[int, bool]] = []  # (cue start, at the meeting) of the statements so far, in order
        intro = _First(self._meeting_nouns, text, present)  # where the text first names a meeting (when asked)

        for k, m in enumerate(cues):
            cs, ce = m.span()
            s0, s1 = sents.at(cs)
            i = bisect.bisect_left(agent_starts, cs) - 1
            # X ने … विभाग द्वारा किए जा रहे कार्यों की जानकारी दी: the द्वारा of an attributive
            # participle before the cue is not the cue's subject
            i = self._past_attributives(agents, i, s0, cs)
            own = i >= 0 and agent_starts[i] >= s0  # a subject marker in the cue's sentence
            if not own:  # … the previous sentence's subject, if any
                i = self._past_attributives(agents, i, sents.before(s0)[0], s0)
            if not own and (i < 0 or agent_starts[i] < sents.before(s0)[0] or agents.is_pronoun(i)):
                continue  # no subject, and none in the previous sentence to go on with
            kind = self._cues.kind(m)
            after = _next_word(text, ce)  # where the words after the cue start
            content_from = ce
            if text.startswith(self._passive_starts, after) and (passive := self._passive_re.match(text, ce)):
                if not (own and agents.marks[i][2] == "dvara"):
                    continue  # an agentless passive (निर्देशित किया गया)
                content_from = passive.end()  # X द्वारा निर्देशित किया गया कि …
            if m.group().split(maxsplit=1)[0] in self._needs_sep and self._after_re.match(text, content_from).group("sep") is None:
                continue  # a misspelt cue (X ने कहां) only before कि, a colon or a quote
            if k + 1 < len(cues) and text.startswith(self._conj_starts, after):
                conj = self._conj_re.match(text, ce)
                if conj and cues[k + 1].start() == conj.end():
                    continue  # अवगत कराया एवं आश्वस्त किया कि …: one statement, the second verb's
            if own:
                agent = agents[i]
            else:  # no subject: the clause goes on with the last subject (… साथ ही बताया कि)
                agent = Agent(cs, cs, s0, agents[i].person, "topic")  # content between: from the sentence start
            if agent.person is None and analysis.doc.words is not None:  # stanza backend: the cue verb's nsubj
                parsed = _parsed_speaker(analysis, (cs, ce))
                if parsed is not None:
                    agent = Agent(agent.start, agent.marker_start, agent.marker_end, parsed, f"{agent.rule}+nsubj")
            if agent.person is None and (not self.keep_unresolved or agent.rule.endswith("collective")):
                continue
            content = None
            form = "after"
            if kind != "object_speech":
                content = self._content_after(text, content_from, s1, kind)
                if content is None and kind in ("speech", "report"):
                    content = self._content_next_line(text, content_from, sents)  # X ने बताया⏎ content
            if content is None:
                form = "between"
                end = cs
                if kind == "object_speech":
                    end = cs + len(_WORD.match(text, cs).group())  # the noun (बात) is content
                else:
                    g = self._genitive_tail.search(text, max(agent.marker_end, cs - 20), cs)
                    end = g.start() if g else cs
                content = _trim(text, agent.marker_end, end) if end - agent.marker_end <= _BETWEEN_MAX else None
                if content and self._particles_re.match(text, *content):
                    content = None
                if content and self._anaphoric_re.search(text, max(content[0], content[1] - 30), content[1]) and s0 > 0:
                    form = "previous"  # … मिले हैं। मंत्री X ने यह जानकारी दी।
                    content = _trim(text, *sents.before(s0))
                elif kind == "speech" or not content or _nwords(text, *content) < 2:
                    form = "before"  # …, उप संचालक X ने बताया।
                    cut = max(text.rfind(ch, s0, agent.start) for ch in ",;:–—")
                    content = _trim(text, s0, cut) if kind in ("speech", "report") and cut > s0 else None
                if not content or _nwords(text, *content) < (3 if form in ("before", "previous") else 2):
                    continue
            # a briefing verb with no clause of its own (X ने … के बारे में विस्तार से बताया) tells
            # the meeting what it says, as the other reports do
            narrative = intro if form == "between" else self._narrative_intro(text, cs, ce, intro)
            at_meeting = self._at_meeting(text, s0, s1, ce, kind, narrative)
            if not at_meeting and narrative is None and self._goes_on_proceedings(text, sents, s0, s1, cs, ce, made):
                at_meeting = True  # … ने कहा, “…” उपाध्यक्ष X ने बताया कि …: one account of the meeting
            hit = self._emit(analysis, agent.person, content, (cs, ce), f"{agent.rule}/{kind}-{form}", kind, at_meeting)
            if hit:
                found.append((agent.start, hit))
                made.append((cs, at_meeting))
                bisect.insort(contents, content)

        self._possessives(analysis, idx, sents, agents, quotes, found, intro)
        self._signed(analysis, idx, found, present)
        _cut_overlaps(analysis, found, doc.folded)
        for hit in analysis.statements:
            if hit.speaker is not None:
                hit.speaker.add_role("speaker", hit.rule, hit.cue)

    def _at_meeting(
        self, text: str, s0: int, s1: int, cue_end: int, kind: str, intro: _First | None = None
    ) -> bool:
        """False for statements made to the press, or reported as made earlier (कहा था) or
        as a report (बताया) in a sentence that does not name the meeting. A report in the
        narrative of the meeting (after ``intro``, where the text first names a meeting) is made
        at it too, unless its content reports the meeting (… ने बताया कि बैठक में …: a briefing)."""
        s0 = max(s0, cue_end - _CONTEXT)
        if self._press_re.search(text, s0, cue_end):
            return False
        if text.startswith(self._past_starts, _next_word(text, cue_end)) and self._past_re.match(text, cue_end):
            return bool(self._meeting_re.search(text, s0, cue_end))  # not in the content
        if kind == "report":
            if self._meeting_re.search(text, s0, cue_end):
                return True
            return (
                intro is not None
                and (first := intro.start()) is not None
                and first < s0
                and not self._meeting_re.search(text, cue_end, min(s1, cue_end + _CONTEXT))
            )
        return True

    def _goes_on_proceedings(
        self, text: str, sents: Sentences, s0: int, s1: int, cs: int, ce: int, made: list[tuple[int, bool]]
    ) -> bool:
        """True when a briefing verb (बताया) not placed at the meeting by its own sentence goes on
        with the meeting's proceedings: the sentence before, in the same paragraph, holds a
        statement made at the meeting, and its content does not report the meeting (… ने
        बताया कि बैठक में …: a briefing)."""
        p0 = sents.before(s0)[0]
        if p0 >= s0 or "\n" in text[p0:cs] or self._press_re.search(text, max(s0, ce - _CONTEXT), ce):
            return False  # (… ने पत्रकारों को बताया: to the press)
        if text.startswith(self._past_starts, _next_word(text, ce)) and self._past_re.match(text, ce):
            return False  # … ने बताया था: earlier
        if not any(at for cue, at in reversed(made[-4:]) if p0 <= cue < s0):
            return False
        return not self._meeting_re.search(text, ce, min(s1, ce + _CONTEXT))

    def _narrative_intro(self, text: str, cs: int, ce: int, intro: _First) -> _First | None:
        """``intro`` unless the cue is a briefing verb (बताया), a source phrase (के मुताबिक):
        those need their own sentence to place them at the meeting."""
        if self._briefing_re.fullmatch(text, cs, ce):
            return None
        return intro

    def _possessives(
        self,
        analysis: Analysis,
        idx: PersonIndex,
        sents: Sentences,
        agents: Agents,
        quotes: list[tuple[regex.Match[str], str]],
        found: list[tuple[int, StatementHit]],
        intro: _First | None = None,
    ) -> None:
        """``X का कहना है कि …`` (possessive) and ``X के मुताबिक …`` (according): ``quotes``."""
        text = idx.text
        for m, kind in quotes:
            head = m.start("pron") if m.group("pron") else m.start("gen")
            s0, s1 = sents.at(head)
            if m.group("pron"):
                person = agents.person_before(head)
                subj, rule = head, "pronoun"
            else:
                hit = idx.ending_at(head, s0)
                kin = self._kin_head(idx, hit[0], s0) if hit and self._relations else None
                if kin:  # A पत्नी B का कहना है: A's
                    subj, person, rule = kin[0], kin[1], "kin"
                elif hit:
                    subj, person, rule = hit[0], hit[1], "name"
                else:
                    person = idx.named_before(s0, head)
                    if person is None:
                        continue
                    subj, rule = _subject_start(text, s0, head), "reference"
            if person is None:
                continue
            content = self._content_after(text, m.end(), s1, "speech")
            if content is None:
                continue
            cue = (head if m.group("gen") else m.start("cue"), m.end())
            # a source (के मुताबिक) as बताया; X का कहना था … in the narrative was said at the meeting
            narrative = intro if kind == "possessive" else None
            at_meeting = self._at_meeting(text, s0, s1, m.end(), "report", narrative)
            hit_ = self._emit(analysis, person, content, cue, f"{rule}/{kind}", kind, at_meeting)
            if hit_:
                found.append((subj, hit_))

    def _signed(
        self, analysis: Analysis, idx: PersonIndex, found: list[tuple[int, StatementHit]], present: set[str] | None = None
    ) -> None:
        """Headline quotes signed with a name (``…: गर्ग``) and ``बाइट –`` lines (``present``: the
        words of the text's :class:`WordSet`, if known)."""
        text = idx.text
        head = 0
        for _ in range(_HEAD_LINES):  # headline quotes stand in the first lines
            head = text.find("\n", head + 1)
            if head < 0:
                head = len(text)
                break
        if head > _HEAD_CHARS:  # the lines that start within _HEAD_CHARS, to their ends
            cut = text.find("\n", _HEAD_CHARS)
            head = min(head, cut if cut >= 0 else len(text))
        for c, s in self._signed_lines.finditer(text, head):
            if _nwords(text, *c) < 3 or _nwords(text, *s) > 6:
                continue
            if self._names_only(idx, *c):
                continue  # 'प्रो. X – अधिष्ठाता, कला संकाय': a list line 'name – designation'
            if len(idx.between(*s)) > 1:
                continue  # 'प्रमुख रूप से उपस्थित: A, B, C': a list, not a signature
            person = self._signature(idx, *s)
            content = _trim(text, *c)
            if person and content and not self._repeated(analysis, person, text[content[0] : content[1]]):
                self._emit(analysis, person, content, s, "signed-headline", "signed", True)
        if present is None:
            present = self._words.among(text)
        bytes_ = self._byte_re.finditer(text) if not self._byte_words.isdisjoint(present) else ()
        for m in bytes_:
            person = self._signature(idx, *m.span("s"), anywhere=True)
            if person is None:
                continue
            if m.group("c"):
                content = _trim(text, *m.span("c"))
            else:
                nxt = self._next_line.match(text, m.end())
                content = _trim(text, *nxt.span(1)) if nxt else None
                if content and self._byte_re.match(text, nxt.start(1)):  # type: ignore[union-attr]
                    content = None
            if content and _nwords(text, *content) >= 3:
                self._emit(analysis, person, content, m.span("s"), "byte", "byte", True)

    def _names_only(self, idx: PersonIndex, start: int, end: int) -> bool:
        """True when ``text[start:end]`` is a name (with an honorific) rather than a claim: it
        holds a person mention and fewer than three other words (honorifics not counted)."""
        inside = idx.between(start, end)
        if not inside:
            return False
        words, pos = 0, start
        for s, e, _p in [*inside, (end, end, None)]:
            for w in _WORD.finditer(idx.text, pos, max(pos, s)):
                words += w.group() not in self._honorifics
            pos = max(pos, e)
        return words < 3

    @staticmethod
    def _repeated(analysis: Analysis, person: PersonEntity, content: str) -> bool:
        """True when the body already has this headline quote as a statement of the same person
        (one holding all its words; a headline that adds words of its own is a claim of its own)."""
        words = set(_WORD.findall(content))
        for hit in analysis.statements:
            if hit.speaker is person and words <= set(_WORD.findall(fold(hit.content.text))):
                return True
        return False

    def _signature(self, idx: PersonIndex, start: int, end: int, anywhere: bool = False) -> PersonEntity | None:
        inside = idx.between(start, end)
        if inside and (anywhere or idx._filler.fullmatch(idx.text, inside[-1][1], end)):
            return inside[-1][2]
        words = _WORD.findall(idx.text, start, end)
        return idx.by_words(words, end) if words else None


@lru_cache(maxsize=16)
def _folded(words: tuple[str, ...]) -> frozenset[str]:
    """The folded forms of a few lexicon words (the same words for every document)."""
    return frozenset(fold(w) for w in words)


class _Before:
    """A literal scan for the matches over all of a text that start before a limit (some after
    it may be left out): literals are looked for only up to the limit and a literal's length."""

    def __init__(self, scan: LiteralScan) -> None:
        self.scan = scan
        self._longest = max(map(len, scan.literals))

    def finditer(self, text: str, limit: int, present: set[str] | None = None) -> Iterator[regex.Match[str]]:
        bound = min(len(text), limit + self._longest)
        return self.scan.finditer(text, 0, len(text), self.scan.candidates(text, 0, bound, present))


def _parsed_speaker(analysis: Analysis, cue: tuple[int, int]) -> PersonEntity | None:
    """The known person whose mention is the parser's subject of the cue verb (stanza backend)."""
    from .linguistic import reporting_subject

    doc = analysis.doc
    raw = doc.span_from_folded(*cue)
    subject = reporting_subject(doc, raw.start, raw.end)
    return analysis.person_at(subject.start, subject.end) if subject is not None else None


def _subject_start(text: str, s0: int, end: int) -> int:
    """The start of the last word before ``end`` (at most 40 characters back, not before ``s0``)."""
    word = _LAST_WORD.search(text, max(s0, end - 40), end)
    return word.start() if word else end


def _next_word(text: str, pos: int) -> int:
    """The first position at or after ``pos`` that is no blank (``str.isspace``: every blank
    of ``regex``'s ``\\s`` and a few more)."""
    n = len(text)
    while pos < n and text[pos].isspace():
        pos += 1
    return pos


def _trim(text: str, a: int, b: int) -> tuple[int, int] | None:
    while a < b and (text[a].isspace() or text[a] in ",:;-–—।|.\"'“”‘’"):
        a += 1
    while b > a and (text[b - 1].isspace() or text[b - 1] in ",:;-–—।|\"'“”‘’*"):
        b -= 1
    return (a, b) if b > a else None


def _nwords(text: str, a: int, b: int, cap: int = 8) -> int:
    """The number of words in ``text[a:b]``, counted up to ``cap`` (bounded work)."""
    n = 0
    for _ in _WORD.finditer(text, a, b):
        n += 1
        if n >= cap:
            break
    return n


def _cut_overlaps(analysis: Analysis, found: list[tuple[int, StatementHit]], folded: FoldedText) -> None:
    """A content that runs into the next statement's subject in the same sentence ends there; a
    statement left with no content of its own only introduced the next one and is dropped."""
    if len(found) < 2:
        return  # a statement's own subject starts before its cue ends: nothing to cut
    doc = analysis.doc
    starts = sorted(doc.span_from_folded(s, s + 1).start for s, _ in found)
    dropped: set[int] = set()
    for _s, hit in found:
        c = hit.content
        i = bisect.bisect_right(starts, max(c.start, hit.cue.end))
        if i == len(starts) or starts[i] >= c.end:
            continue
        span = _trim(folded.text, folded.to_folded(c.start), folded.to_folded(starts[i]))
        if span and _nwords(folded.text, *span) >= 2:
            hit.content = doc.span_from_folded(*span)
        else:
            dropped.add(id(hit))
    if dropped:
        analysis.statements = [h for h in analysis.statements if id(h) not in dropped]
