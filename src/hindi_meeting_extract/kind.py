"""Kind stage: does the document report a meeting that took place, announce one, or neither?

One look at the headline and lead: the sentences starting within :data:`KIND_CHARS` characters.
Each gathering noun there (``kinds.gatherings``: बैठक, सभा, कार्यशाला, प्रेस वार्ता, समारोह,
उद्घाटन, …) is judged by the verb of its clause, looked for after it within its sentence
(:data:`CLAUSE_WORDS` words), else just before it (inverted headlines: ``ली समीक्षा बैठक``,
``करेंगे मीटिंग``, ``X ने की बैठक``):

- a future or plan word (``kinds.future``: होगी, आयोजित की जाएगी, करेंगे, प्रस्तावित) → planned;
- a past verb or completion word (``kinds.past``: संपन्न हुई, आयोजित की गई, बैठक ली, … में
  उपस्थित रहे; ``की`` only at a clause end; a bare headline ``आयोजित``/``संपन्न``) → took place;
- nothing, when the clause denies or calls it off (``नहीं``, ``स्थगित``, ``… पर रोक``), when the
  verb is pluperfect or habitual (बैठक बुलाई थी, … में उलझ जाते थे: background), or when the
  noun sits in a participle phrase (``सम्मेलन में शामिल हुए पत्रकार``).

The first gathering that took place makes the document a ``meeting_report`` (FORMAT.md: the
record is about the first-reported meeting that has already taken place), else the first
planned one an ``announcement``. Plural nouns are not listed (बैठकें, सभाओं पर रोक speak of
gatherings in general); a noun after a ``kinds.not_meeting_before`` word (विवाह समारोह) or inside
a person's name is skipped; a camp held for the public (``kinds.camp_gatherings``: … शिविर
लगाया गया, जिसमें अधिकारियों ने शिकायतें सुनीं) is a gathering only with a set-up verb right
after it (``kinds.camp_verbs``: not a camp as a place, … कैंप में रखा गया) and unless a
``kinds.not_meeting_camps`` word before it makes it a service camp (स्वास्थ्य शिविर);
``kinds.tight_gatherings`` (समीक्षा, मुलाकात) count only with an
active verb right after them, near the top. With no gathering noun deciding, taking part
(``kinds.participation``: … में शामिल हुआ, भाग लिया) or a meeting role the attendance stage
found there (अध्यक्षता, मुख्य अतिथि, संचालन; not आभार: thanks are given in a press statement as
well) makes a ``meeting_report``. Else the document is ``other``: its mode is null and nobody
is an attendee (the persons stay; their ``attendee`` role and its evidence go), and thanks
given by the subject of a ``ने`` are no vote of thanks. In an ``announcement`` the acts the
text reports as done (statements, ``X ने …``) happened before the planned meeting: they make
no attendee and no role (:func:`not_held_yet`).

The cue (``analysis.kind_cue``) spans the noun and the deciding verb (or the participation
phrase, or the role cue): the words the kind was read from.
"""

from __future__ import annotations

import bisect
from collections.abc import Iterable

import regex

from .analysis import Analysis, PersonEntity
from .dates import _words
from .document import Document, Span
from .errors import LexiconError
from .lexicon import Lexicon, Lexicons
from .scan import LiteralScan, WordSet, first_words

KIND_CHARS = 650  # the headline and lead: the sentences that start within this many characters
KIND_MAX_CHARS = 1000  # … and never more than this
TIGHT_CHARS = 400  # a tight noun (समीक्षा की, मुलाकात की), a weaker cue, counts only this near the top
CLAUSE_WORDS = 40  # words after a gathering noun looked at for its verb (lists of names are long)
BEFORE_WORDS = 4  # words before it looked at when none after decides (ली राजस्व अधिकारियों की बैठक)
CALLED_OFF_WORDS = 3  # a calling-off word this close after the noun (सम्मेलन स्थगित, कॉन्फ्रेंस को बंद)
PARTICIPLE_WORDS = 3  # a participle this close after the noun holds it (… में शामिल हुए पत्रकार)
AUX_WORDS = 3  # words after आयोजित/संपन्न looked at for a future auxiliary
CAMP_WORDS = 3  # a camp noun's set-up verb stands this close after it (शिविर का आयोजन किया गया)

_TOKEN = regex.compile(r"(?P<w>[\p{L}\p{M}]+)|(?P<stop>[।|!?\n])|(?P<comma>[,;])", regex.V1)
_NEXT_WORD = regex.compile(r"[ \t]*([\p{L}\p{M}]+)", regex.V1)  # the word right after a phrase
_ONE_WORD = regex.compile(r"[\p{L}\p{M}]+", regex.V1)  # what a word token is (see _TOKEN)
MEETING_ROLES = ("chair", "chief_guest", "conductor", "vote_of_thanks")
# the roles that tell by themselves that a meeting took place: not the thanks (X ने … का आभार
# जताया, … शुक्रिया अदा करते हुए कहा is said in a press statement or on a visit as well)
MEETING_EVIDENCE = ("chair", "chief_guest", "conductor")
_BIG = 1 << 62
Token = tuple[int, int, str, str]  # folded start, end, kind (w, stop, comma), text


class KindStage:
    """Sets ``analysis.kind`` and ``analysis.kind_cue``; for ``other`` clears mode and attendees."""

    def __init__(self, lexicons: Lexicons) -> None:
        k = lexicons["kinds"]
        cues = lexicons["cues"]
        # scans start only where a first word of their forms occurs (see .scan)
        nouns = [k["gatherings"], k["camp_gatherings"], k["tight_gatherings"], k["genitive_gatherings"]]
        self._gathering_scan = LiteralScan(regex.compile(_words(*nouns), regex.V1), first_words(nouns))
        self._genitive_only = set(k["genitive_gatherings"].canonical_of)
        self._tight = set(k["tight_gatherings"].canonical_of)
        self._not_before = _word_set(k, "not_meeting_before")
        self._camps = set(k["camp_gatherings"].canonical_of)
        self._not_camp = _word_set(k, "not_meeting_camps")
        self._camp_verbs = _word_set(k, "camp_verbs")
        self._past = _word_set(k, "past")
        self._past_at_end = _word_set(k, "past_at_clause_end")
        self._heads = _word_set(k, "completion_heads")
        self._pluperfect = _word_set(k, "pluperfect")
        self._clause_ends = _word_set(k, "clause_ends")
        self._progressive = _word_set(k, "progressive")
        self._progressive_stems = _word_set(k, "progressive_stems")
        self._negations = _word_set(k, "negations")
        self._called_off = _word_set(k, "called_off")
        self._nonfinite = _word_set(k, "nonfinite_after")
        self._before_past = _word_set(k, "before_past")
        self._before_future = _word_set(k, "before_future")
        participation = regex.compile(_words(k["participation"]), regex.V1)
        self._participation_scan = LiteralScan(participation, first_words([k["participation"]]))
        self._occasions = _word_set(k, "not_meeting_occasions")
        self._links = _word_set(k, "clause_links")
        self._finite_after = _word_set(k, "finite_after") | self._links
        self._tight_past = _word_set(k, "tight_past")  # की, किया right after समीक्षा / मुलाकात
        self._ban_on = _word_set(k, "ban_postpositions")  # पर: … सभा पर रोक
        self._imperfective = tuple(sorted(_word_set(k, "imperfective_endings")))  # करते, देती: str.endswith
        self._adverbial = _word_set(k, "adverbial_participles")  # देते हुए
        _word_set(k, "locatives")  # checked: one word each
        locatives = k["locatives"].alternation()
        self._words_before = regex.compile(rf"([\p{{L}}\p{{M}}]+)[ \t]+(?:{locatives})[ \t]+\Z", regex.V1)  # 'X में '
        # from the lexicons that already hold them, with the same meaning
        self._genitives = set(lexicons["names"]["genitives"].canonical_of)  # का, की, के
        self._agent_markers = set(cues["agent_markers"].canonical_of)  # the ergative ने
        self._auxiliaries = set(cues["auxiliaries"].canonical_of)  # है, हैं, था … after a verb
        # the scans' first words (LiteralScan.words builds a new set each time: kept here)
        self._gathering_words = frozenset(self._gathering_scan.words)
        self._participation_words = frozenset(self._participation_scan.words)
        self._words = WordSet(self._gathering_words | self._participation_words)
        # the ergative ने right after a name, maybe after its trailing title (X जी ने): in an
        # announcement, the subject of an act done before the meeting (see not_held_yet)
        trailing = "|".join(regex.escape(f) for f in sorted(cues["trailing_titles"].forms, key=len, reverse=True))
        ergative = "|".join(regex.escape(f) for f in sorted(cues["agent_markers"].forms, key=len, reverse=True))
        self._ergative = regex.compile(rf"[ \t]*(?:(?:{trailing})[ \t]+)?(?:{ergative})(?![\p{{L}}\p{{M}}])", regex.V1)
        # future forms by their number of words (होगी; होने वाली; होने जा रही)
        self._future: dict[int, set[str]] = {}
        for form in k["future"].canonical_of:
            self._future.setdefault(len(form.split()), set()).add(form)
        self._future_sizes = sorted(self._future, reverse=True)  # the longest form first

    def __call__(self, analysis: Analysis) -> None:
        kind, cue = self.classify(analysis.doc, analysis)
        analysis.kind = kind
        analysis.kind_cue = cue
        if kind == "other":
            not_a_meeting(analysis)
            _drop_past_thanks(analysis, self._ergative)
        elif kind == "announcement" and cue is not None:
            not_held_yet(analysis, cue, self._ergative)

    def classify(self, doc: Document, analysis: Analysis | None = None) -> tuple[str, Span | None]:
        """The document's kind and the cue it was read from."""
        text = doc.folded.text
        end = lead_end(doc)
        if end <= 0:
            return "other", None
        present = self._words.among(text, doc.word_tokens)  # one C-speed pass, shared with the stages
        found = None
        if not self._gathering_words.isdisjoint(present):
            matches = self._gathering_scan.finditer(text, 0, end, present=present)
            found = self._first_verdicts(doc, analysis, matches)
        if found is None and not self._participation_words.isdisjoint(present):
            found = self._participation_in(doc, text, end, present)
        if found is None and analysis is not None:
            found = _role_in_lead(analysis, doc.folded.to_raw(end, end)[0])
        return found if found is not None else ("other", None)

    def _first_verdicts(
        self, doc: Document, analysis: Analysis | None, matches: Iterable[regex.Match[str]]
    ) -> tuple[str, Span] | None:
        """The first gathering that took place (a report), else the first planned one (FORMAT:
        the record is about the first-reported meeting that has already taken place)."""
        announcement: tuple[str, Span] | None = None
        for m in matches:
            verdict = self._judge(doc, analysis, m)
            if verdict is None:
                continue
            if verdict[0] == "meeting_report":
                return verdict
            if announcement is None:
                announcement = verdict
        return announcement

    def _judge(self, doc: Document, analysis: Analysis | None, m: regex.Match[str]) -> tuple[str, Span] | None:
        """What the clause of the gathering noun ``m`` says: taken place, planned, or nothing."""
        if analysis is not None and analysis.person_at(*doc.folded.to_raw(m.start(), m.end())):
            return None  # part of a name (जयंती रवि)
        sentence_start, sentence_end = _sentence_bounds(doc, m.start())
        tokens = _tokens(doc.folded.text, sentence_start, sentence_end)  # one sentence, tokenized
        starts = [t[0] for t in tokens]
        first = bisect.bisect_left(starts, m.start())  # the noun's first token
        before = tokens[first - 1][3] if first > 0 and tokens[first - 1][2] == "w" else None
        if before in self._not_before or (m.group() in self._genitive_only and before not in self._genitives):
            return None  # विवाह समारोह; जयंती not after का/की/के
        if before in self._not_camp and m.group() in self._camps:
            return None  # स्वास्थ्य शिविर: a service camp
        after = bisect.bisect_left(starts, m.end())
        if m.group() in self._camps:
            return self._camp(doc, tokens, after, m.start())
        if m.group() in self._tight:
            if m.start() >= TIGHT_CHARS:
                return None
            verdict = self._right_after(tokens, after)
            return (verdict[0], doc.span_from_folded(m.start(), verdict[2])) if verdict else None
        verdict = self._after(tokens, after)
        if verdict is not None:
            kind, _, cue_end = verdict
            return None if kind == "skip" else (kind, doc.span_from_folded(m.start(), cue_end))
        verdict = self._before(tokens, first)
        if verdict is not None:
            kind, cue_start, _ = verdict
            return kind, doc.span_from_folded(cue_start, m.end())
        return None

    def _camp(self, doc: Document, tokens: list[Token], i: int, noun_start: int) -> tuple[str, Span] | None:
        """The verdict on a camp noun: only when a ``kinds.camp_verbs`` word follows it within
        CAMP_WORDS words (शिविर लगाया गया, शिविर का आयोजन किया गया); the clause's verb from
        there decides, as for any gathering."""
        for j in range(i, min(len(tokens), i + CAMP_WORDS)):
            if tokens[j][2] != "w":
                return None
            if tokens[j][3] in self._camp_verbs:
                verdict = self._after(tokens, j)
                if verdict is None or verdict[0] == "skip":
                    return None
                return verdict[0], doc.span_from_folded(noun_start, verdict[2])
        return None

    def _participation_in(self, doc: Document, text: str, end: int, present: set[str]) -> tuple[str, Span] | None:
        """Taking part in the headline or lead (… चर्चा में शामिल हुआ, … में भाग लिया)."""
        for m in self._participation_scan.finditer(text, 0, end, present=present):
            nxt = _NEXT_WORD.match(text, m.end())
            if nxt is not None and nxt.group(1) not in self._finite_after:
                continue  # शामिल हुए थे (earlier), शामिल हुई एक महिला (a participle)
            before = self._words_before.search(text, max(0, m.start() - 60), m.start())
            if before is not None and before.group(1) in self._occasions:
                continue  # अंतिम संस्कार में शामिल हुए: no meeting
            return "meeting_report", doc.span_from_folded(m.start(), m.end())
        return None

    def _after(self, tokens: list[Token], i: int) -> tuple[str, int, int] | None:
        """(verdict, start, end) of the verb deciding the clause that starts at token ``i``:
        ``announcement``, ``meeting_report`` or ``skip`` (denied, called off, background)."""
        words = 0
        ban_on = False  # पर seen: a ban word after it bans the gathering (… रैली पर 31 मार्च तक रोक)
        n = len(tokens)
        while i < n and words < CLAUSE_WORDS:
            start, end, group, w = tokens[i]
            if group == "stop":
                return None
            i += 1
            if group == "comma":
                continue
            words += 1
            if w in self._clause_ends:
                return None
            ban_on = ban_on or w in self._ban_on
            if w in self._negations or (w in self._called_off and (words <= CALLED_OFF_WORDS or ban_on)):
                return "skip", start, end  # सम्मेलन स्थगित, … रैली पर रोक, समारोह नहीं होगा
            verdict = self._verb(tokens, i - 1)
            if verdict is not None:
                if verdict[0] != "skip" and self._words_follow(tokens, verdict[2]):
                    if verdict[0] == "announcement":
                        continue  # … से होगी अहम मामलों की सुनवाई: the verb's subject follows it
                    if w in self._past and words <= PARTICIPLE_WORDS:
                        return "skip", start, end  # सम्मेलन में शामिल हुए पत्रकार: a participle phrase
                return verdict
        return None

    def _words_follow(self, tokens: list[Token], end: int) -> bool:
        """Whether a word other than a clause link, clause end or auxiliary follows the verb
        ending at ``end`` (then the verb is not the clause's last word)."""
        i = bisect.bisect_left([t[0] for t in tokens], end)
        if i >= len(tokens) or tokens[i][2] != "w":
            return False
        w = tokens[i][3]
        return w not in self._finite_after and w not in self._clause_ends

    def _right_after(self, tokens: list[Token], i: int) -> tuple[str, int, int] | None:
        """The verdict of an active verb right after a tight noun (समीक्षा की।, मुलाकात करेंगे)."""
        if i >= len(tokens) or tokens[i][2] != "w":
            return None
        start, end, _, w = tokens[i]
        future = self._future_at(tokens, i)
        if future is not None:
            return "announcement", start, future
        nxt = tokens[i + 1] if i + 1 < len(tokens) else None
        if w in self._tight_past and (nxt is None or nxt[2] in ("stop", "comma") or nxt[3] in self._links):
            return "meeting_report", start, end
        return None

    def _verb(self, tokens: list[Token], i: int) -> tuple[str, int, int] | None:
        """The verdict of the word token ``i`` as a verb, if it is one that decides."""
        start, end, _, w = tokens[i]
        future = self._future_at(tokens, i)
        if future is not None:
            return "announcement", start, future
        nxt = tokens[i + 1] if i + 1 < len(tokens) else None
        nxt_word = nxt[3] if nxt is not None and nxt[2] == "w" else None
        if w in self._heads:
            for j in range(i + 1, min(len(tokens), i + 1 + AUX_WORDS)):
                if tokens[j][2] == "stop":
                    break
                fut = self._future_at(tokens, j)
                if fut is not None:
                    return "announcement", start, fut
            return "meeting_report", start, self._aux_end(tokens, i)
        if w in self._progressive:
            if i > 0 and tokens[i - 1][3] in self._progressive_stems:
                return "meeting_report", start, self._aux_end(tokens, i)  # संबोधित कर रहे थे
            if nxt_word in self._pluperfect:
                return "skip", start, end  # मौजूद रहे थे: an earlier gathering
            return "meeting_report", start, self._aux_end(tokens, i)  # उपस्थित रहे
        if w in self._pluperfect and i > 0 and (tokens[i - 1][3] in self._past or tokens[i - 1][3] in self._past_at_end):
            return "skip", start, end  # समीक्षा की थी, बुलाई थी: an earlier gathering
        if w in self._past and i > 0 and tokens[i - 1][3].endswith(self._imperfective) and w in self._adverbial:
            return None  # देते हुए, करते हुए: an adverbial participle; the finite verb comes later
        if w in self._past:
            fut = self._future_at(tokens, i + 1) if nxt_word is not None else None
            if fut is not None:
                return "announcement", start, fut  # किया जाएगा, आयोजित की जाएगी
            if w in self._pluperfect and i > 0 and tokens[i - 1][3].endswith(self._imperfective):
                return "skip", start, end  # उलझ जाते थे: a habit, not one gathering
            if nxt_word in self._nonfinite:
                return None  # शुरू किए जाने, किया जाए
            if w not in self._pluperfect and self._pluperfect_group(tokens, i):
                return "skip", start, end  # बैठक बुलाई थी, शिविर लगाया गया था: an earlier gathering
            return "meeting_report", start, self._aux_end(tokens, i)
        if w in self._past_at_end and (nxt is None or nxt[2] in ("stop", "comma") or nxt_word in self._links):
            return "meeting_report", start, end
        return None

    def _before(self, tokens: list[Token], first: int) -> tuple[str, int, int] | None:
        """A verb among the few words right before the noun (inverted headline)."""
        j = first - 1
        for _ in range(BEFORE_WORDS):
            if j < 0 or tokens[j][2] != "w":
                return None
            start, end, _, w = tokens[j]
            if w in self._before_future:
                return "announcement", start, end
            if w in self._before_past and (w not in self._past_at_end or self._agent_before(tokens, j)):
                return "meeting_report", start, end  # ली समीक्षा बैठक; की only after an agent (X ने की बैठक)
            j -= 1
        return None

    def _future_at(self, tokens: list[Token], i: int) -> int | None:
        """End of a future form starting at word token ``i``, if one does."""
        for size in self._future_sizes:
            seq = tokens[i : i + size]
            if len(seq) == size and all(t[2] == "w" for t in seq):
                if " ".join(t[3] for t in seq) in self._future[size]:
                    return seq[-1][1]
        return None

    def _pluperfect_group(self, tokens: list[Token], i: int) -> bool:
        """Whether the verb group after token ``i`` (गया, जा …) ends in a pluperfect auxiliary
        (लगाया गया था, बुलाई थी)."""
        j = i + 1
        while j < len(tokens) and tokens[j][2] == "w":
            w = tokens[j][3]
            if w in self._pluperfect:
                return True
            if w not in self._past and w not in self._auxiliaries:
                return False
            j += 1
        return False

    def _aux_end(self, tokens: list[Token], i: int) -> int:
        """End of the verb group starting at token ``i`` (संपन्न हुई, आयोजित की गई)."""
        end = tokens[i][1]
        j = i + 1
        while j < len(tokens) and tokens[j][2] == "w" and (
            tokens[j][3] in self._past or tokens[j][3] in self._past_at_end or tokens[j][3] in self._auxiliaries
        ):
            end = tokens[j][1]
            j += 1
        return end

    def _agent_before(self, tokens: list[Token], j: int) -> bool:
        """Whether an agent marker (the ergative ने) stands right before token ``j`` (X ने की
        बैठक: a verb, not the genitive of X की बैठक)."""
        return j > 0 and tokens[j - 1][3] in self._agent_markers


def _word_set(lexicon: Lexicon, name: str) -> set[str]:
    """The folded forms of a section read word by word (each compared with one word token):
    a form of several words, or with a character no word token has, could never match, so it is
    an error when the pipeline is built."""
    words = set(lexicon[name].canonical_of)
    for w in sorted(words):
        if not _ONE_WORD.fullmatch(w):
            raise LexiconError(f"lexicon {lexicon.name!r} [{name}]: {w!r} must be one word (letters and marks only)")
    return words


def lead_end(doc: Document) -> int:
    """Folded end of the headline and lead: the sentences starting within KIND_CHARS."""
    bounds = doc.folded_bounds
    i = bisect.bisect_left(bounds, (KIND_CHARS,))  # the sentences starting before KIND_CHARS
    end = bounds[i - 1][1] if i > 0 else 0
    return min(end, KIND_MAX_CHARS, len(doc.folded.text))


def _role_in_lead(analysis: Analysis, end: int) -> tuple[str, Span] | None:
    """A meeting role the attendance stage found in the headline or lead (raw end ``end``):
    अध्यक्षता, मुख्य अतिथि, संचालन, आभार — a meeting took place."""
    cues = [
        hit.cue
        for person in analysis.persons
        for role in MEETING_EVIDENCE
        if (hit := person.roles.get(role)) is not None and hit.cue is not None and hit.cue.end <= end
    ]
    return ("meeting_report", min(cues, key=lambda c: c.start)) if cues else None


def not_a_meeting(analysis: Analysis) -> None:
    """No meeting reported: no mode and no attendees (the persons themselves stay)."""
    analysis.mode = None
    analysis.mode_cue = None
    for person in analysis.persons:
        person.roles.pop("attendee", None)
    analysis.attendees = []


_PAST_ACT_RULES = ("agent-before", "agent-after")  # a role read from the subject of ने / द्वारा


def not_held_yet(analysis: Analysis, cue: Span, ergative: regex.Pattern[str]) -> None:
    """An announcement: the meeting has not taken place, so what the text reports as done
    already happened before it, not at it. A speaker (a statement is reported speech, made
    before: ``X ने सदस्यों से अपील की कि …``), the subject of an ergative ``ने`` (perfective: ``X
    ने … बधाई दी``) and a meeting role read from such a subject (``X ने संगठन का शुक्रिया अदा करते हुए
    कहा``: no vote of thanks) are no attendee and hold no role; acts in the future (``X मुख्य अतिथि
    होंगे``, ``आभार X द्वारा व्यक्त किया जाएगा``) stay. A person named in a sentence that
    announces the meeting (the cue's, or one repeating the cue's words: a headline and its lead,
    ``मंत्री X कल किसानों के साथ बैठक करेंगे``) holds or joins it and keeps what they have.
    ``ergative`` matches the ergative marker after a name (its trailing title allowed)."""
    doc = analysis.doc
    text = doc.text
    announcing = _cue_sentences(doc, cue)
    for person in analysis.persons:
        if any(lo <= m.span.start < hi for m in person.mentions for lo, hi in announcing):
            continue
        dropped = False
        for role in MEETING_ROLES:
            hit = person.roles.get(role)
            if hit is not None and hit.rule in _PAST_ACT_RULES and hit.cue is not None and _ergative_subject(doc, person, hit.cue, ergative):
                del person.roles[role]
                dropped = True
        hit = person.roles.get("attendee")
        if hit is None:
            continue
        rule = hit.rule.split(":")[-1]
        if (
            hit.rule == "speaker"
            or (hit.rule == "agent" and hit.cue is not None and ergative.fullmatch(text, hit.cue.start, hit.cue.end))
            or (dropped and rule in _PAST_ACT_RULES and hit.rule.split(":")[0] not in person.roles)
        ):
            del person.roles["attendee"]
    analysis.attendees = [p for p in analysis.attendees if "attendee" in p.roles]


def _drop_past_thanks(analysis: Analysis, ergative: regex.Pattern[str]) -> None:
    """No meeting reported: thanks given by the subject of an ergative ने (``X ने संगठन का शुक्रिया
    अदा करते हुए कहा``, ``X ने मंत्री का आभार जताया``) are a thank-you, no meeting's vote of thanks."""
    for person in analysis.persons:
        hit = person.roles.get("vote_of_thanks")
        if hit is not None and hit.rule in _PAST_ACT_RULES and hit.cue is not None and _ergative_subject(analysis.doc, person, hit.cue, ergative):
            del person.roles["vote_of_thanks"]


def _cue_sentences(doc: Document, cue: Span) -> list[tuple[int, int]]:
    """Raw bounds of the sentences that hold the kind cue's words (its own and any repeating it)."""
    folded = doc.folded.text
    words = folded[doc.folded.to_folded(cue.start) : doc.folded.to_folded(cue.end)]
    out: list[tuple[int, int]] = []
    at = folded.find(words) if words else -1
    while at >= 0:
        sentence = doc.sentence_at(doc.folded.to_raw(at, at)[0])
        if sentence is not None:
            out.append((sentence.start, sentence.end))
        at = folded.find(words, at + len(words))
    return out or [(cue.start, cue.end)]


def _ergative_subject(doc: Document, person: PersonEntity, cue: Span, ergative: regex.Pattern[str]) -> bool:
    """Whether a mention of ``person`` in the sentence of ``cue`` is followed by the ergative
    ने (the subject of a perfective, past act)."""
    sentence = doc.sentence_at(cue.start)
    lo, hi = (sentence.start, sentence.end) if sentence is not None else (cue.start, cue.end)
    return any(lo <= m.span.start < hi and ergative.match(doc.text, m.span.end) for m in person.mentions)


def _tokens(text: str, start: int, end: int) -> list[Token]:
    return [(m.start(), m.end(), m.lastgroup or "", m.group()) for m in _TOKEN.finditer(text, start, end)]


def _sentence_bounds(doc: Document, pos: int) -> tuple[int, int]:
    """Folded start and end of the sentence holding folded offset ``pos``."""
    bounds = doc.folded_bounds
    i = bisect.bisect_right(bounds, (pos, _BIG)) - 1
    return bounds[i] if i >= 0 else (pos, pos)
