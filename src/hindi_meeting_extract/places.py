"""The meeting place (dateline town or venue) and mode (virtual or in person).

Place: the dateline's town (``भिण्ड, 22 जून।`` → भिण्ड); without a dateline, the venue of the
first sentence that names a meeting or event: a venue head (``places.venue_heads``: सभागार,
भवन, कार्यालय …) before में/पर, with up to two words before it (``नया परिषदन भवन``) or an
owner joined by के/स्थित (``कलेक्टर कार्यालय के सभाकक्ष``), and optionally one word after it
(``कलेक्ट्रेट सभागार भिण्ड में``). Of several venues in that sentence the last one before its
last meeting or event word is taken (``… यूनिवर्सिटी में … कार्यक्रम … सचिवालय में हुआ``).

Mode: ``virtual`` when the headline or lead has a virtual-meeting cue (``places.virtual_cues``:
वर्चुअल मीटिंग, वेबिनार, वीडियो कॉन्फ्रेंसिंग …) or an online word closely followed by a meeting
or event word (``ऑनलाइन आयोजित बैठक``, but not ``ऑनलाइन आवेदन``); else ``in_person``.
"""

from __future__ import annotations

import regex

from .analysis import Analysis, PlaceHit
from .dates import _words, lead_end_of
from .document import Document
from .layout import DatelineParser
from .lexicon import Lexicons
from .normalize import fold

VENUE_WORDS_BEFORE = 2  # words of a venue name before its head (नया परिषदन भवन)
ONLINE_WINDOW_WORDS = 3  # an online word counts when a meeting word follows within this many words
_WORD = r"[\p{L}\p{M}]+"


class PlaceStage:
    """Sets ``analysis.place``, ``analysis.mode`` and ``analysis.mode_cue``."""

    def __init__(self, lexicons: Lexicons) -> None:
        pl = lexicons["places"]
        self.datelines = DatelineParser(lexicons)
        self._stop = set(pl["venue_stop"].canonical_of)
        self._connectors = set(pl["venue_connectors"].canonical_of)
        heads = pl["venue_heads"].trie()
        postp = pl["venue_postpositions"].trie()
        locators = pl["venue_locators"].trie()
        self._venue = regex.compile(
            rf"(?<![\p{{L}}\p{{M}}])(?P<head>{heads})(?![\p{{L}}\p{{M}}])(?:[ \t]+(?P<tail>{_WORD}))?"
            rf"[ \t]+(?:{postp})(?![\p{{L}}\p{{M}}])(?P<locator>[ \t]+(?:{locators})(?![\p{{L}}\p{{M}}]))?",
            regex.V1,
        )
        # every venue holds the last word of a head form: a text with none of them has no venue
        # (a word holding another of them is left out: that one is found inside it)
        last = {fold(f).split()[-1] for f in pl["venue_heads"].forms}
        self._head_words = tuple(sorted(w for w in last if not any(v != w and v in w for v in last)))
        # a virtual cue or an online word starts with one of these words
        self._mode_words = tuple(
            sorted({fold(f).split()[0] for s in ("virtual_cues", "online_words") for f in pl[s].forms})
        )
        self._meeting = regex.compile(_words(pl["meeting_nouns"]), regex.V1)
        self._anchor = regex.compile(_words(pl["meeting_nouns"], pl["event_words"], pl["completion_verbs"]), regex.V1)
        self._speech = regex.compile(_words(lexicons["calendar"]["speech_openers"]), regex.V1)
        self._virtual = regex.compile(_words(pl["virtual_cues"]), regex.V1)
        self._online = regex.compile(
            rf"{_words(pl['online_words'])}(?=(?:[ \t]+\S+){{0,{ONLINE_WINDOW_WORDS - 1}}}[ \t]+"
            rf"(?:{_words(pl['online_followers'])}))",
            regex.V1,
        )
        self._word_before = regex.compile(r"(\S+)[ \t]+\Z", regex.V1)
        self._name_word = regex.compile(_WORD, regex.V1)

    def __call__(self, analysis: Analysis) -> None:
        doc = analysis.doc
        text = doc.folded.text
        lead_end = lead_end_of(doc)
        self._mode(analysis, text, lead_end)
        if analysis.dateline is not None:
            dl = self.datelines.find(doc, after=analysis.dateline.start)
            if dl is not None and dl.span.start == analysis.dateline.start:
                analysis.place = PlaceHit(dl.town.text, dl.town, "dateline town")
                return
        analysis.place = self._venue_place(doc, text)

    def _mode(self, analysis: Analysis, text: str, lead_end: int) -> None:
        analysis.mode = "in_person"
        if not any(map(text[:lead_end].__contains__, self._mode_words)):
            return
        for pattern in (self._virtual, self._online):
            for m in pattern.finditer(text, 0, lead_end):
                clause = max(text.rfind("।", 0, m.start()), text.rfind("\n", 0, m.start())) + 1
                if self._speech.search(text, clause, m.start()):
                    continue  # 'कलेक्टर ने कहा कि … वीडियो कॉन्फ्रेंसिंग से प्रशिक्षण दिया जाए'
                analysis.mode = "virtual"
                analysis.mode_cue = analysis.doc.span_from_folded(m.start(), m.end())
                return

    def _venue_place(self, doc: Document, text: str) -> PlaceHit | None:
        if not any(map(text.__contains__, self._head_words)):  # a substring test: much faster than a scan
            return None
        for s, e in doc.folded_bounds:
            venues = [m for m in self._venue.finditer(text, s, e) if not m.group("locator")]
            if not venues:
                continue
            anchors = [a.start() for a in self._anchor.finditer(text, s, e)]
            if not anchors:
                continue
            before = [m for m in venues if m.start() < anchors[-1]]
            if not before:  # 'मीटिंग … गुजरात भवन में … होना है': the meeting word is the subject
                before = [m for m in venues[:1] if self._meeting.search(text, max(s, m.start() - 60), m.start())]
            if before:
                hit = doc.span_from_folded(*self._venue_span(text, s, before[-1]))
                return PlaceHit(hit.text, hit, "venue before में")
        return None

    def _venue_span(self, text: str, sent_start: int, m: regex.Match[str]) -> tuple[int, int]:
        """Folded bounds of the venue name around a head match."""
        end = m.end("head")
        tail = m.group("tail")
        if tail and tail not in self._stop:
            end = m.end("tail")
        start = m.start("head")
        prev = self._word_before.search(text, max(sent_start, start - 60), start)
        if prev and prev.group(1) in self._connectors:  # कार्यालय के सभाकक्ष, समाहरणालय स्थित सभा कक्ष
            owner = self._content_words_before(text, sent_start, prev.start())
            if owner:
                return owner[-1], end
        words = self._content_words_before(text, sent_start, start)
        return (words[-1] if words else start), end

    def _content_words_before(self, text: str, sent_start: int, pos: int) -> list[int]:
        """Start offsets of up to VENUE_WORDS_BEFORE name words right before ``pos``."""
        starts: list[int] = []
        while len(starts) < VENUE_WORDS_BEFORE:
            prev = self._word_before.search(text, max(sent_start, pos - 60), pos)
            if not prev:
                break
            word = prev.group(1)
            if word in self._stop or not self._name_word.fullmatch(word):
                break
            pos = prev.start()
            starts.append(pos)
        return starts
