"""The meeting place (dateline town or venue) and mode (virtual or in person).

Place: the dateline's town (``भिण्ड, 22 जून।`` → भिण्ड), unless the lead holds the meeting in a named
village (``ग्राम पंचायत X के पंचायत भवन में``, ``ग्राम X में चौपाल``, ``… के X गांव में बैठक``:
``places.locality_words``, ``places.locality_words_after``);
without a dateline, a town prefixed to the headline (``प्रतापगढ़: …``), else the venue of the
first sentence that names a meeting or event: a venue head (``places.venue_heads``: सभागार,
भवन, कार्यालय …) before में/पर, with up to two words before it (``नया परिषदन भवन``) or an
owner joined by के/स्थित (``कलेक्टर कार्यालय के सभाकक्ष``), and optionally one word after it
(``कलेक्ट्रेट सभागार भिण्ड में``); an owner venue before a comma is kept (``… अधिकारी कार्यालय,
सीकर के सभाकक्ष``). Of several venues in that sentence the last one before its last meeting or
event word is taken (``… यूनिवर्सिटी में … कार्यक्रम … सचिवालय में हुआ``). Then a town alone on a
line under the headline (``*लम्भुआ सुल्तानपुर*``), a named village the lead holds the meeting in,
a known town opening the headline.

Mode: ``virtual`` when the headline or lead has a virtual-meeting cue (``places.virtual_cues``:
वर्चुअल मीटिंग, वेबिनार, वीडियो कॉन्फ्रेंसिंग …) or an online word closely followed by a meeting
or event word (``ऑनलाइन आयोजित बैठक``, but not ``ऑनलाइन आवेदन``); else ``in_person``.
"""

from __future__ import annotations

import bisect

import regex

from . import gazetteer
from .analysis import Analysis, PlaceHit
from .dates import _words, lead_end_of
from .document import Document, Span
from .layout import DATELINE_LINES, DatelineParser
from .lexicon import Lexicons, trie_alternation
from .normalize import fold
from .scan import LiteralScan, WordSet, first_words, occurrences, shortest

VENUE_WORDS_BEFORE = 2  # words of a venue name before its head (नया परिषदन भवन)
TOWN_LINE_BEFORE_BODY = 80  # a town on its own line stands before the first long line or sentence
VILLAGE_ANCHOR_CHARS = 40  # a meeting or event word this close after 'ग्राम X में' places it there
OWNER_WORDS = 6  # words of an owner venue before a comma (… अधिकारी कार्यालय, सीकर के सभाकक्ष)
OWNED_CHAIN_WORDS = 5  # words between a town's के and the venue it owns (सेक्टर चार स्थित मजदूर)
OWNED_CHAIN_CHARS = 80  # … and at most this many characters to the venue's postposition
ONLINE_WINDOW_WORDS = 3  # an online word counts when a meeting word follows within this many words
_WORD = r"[\p{L}\p{M}]+"
_DEVANAGARI = regex.compile(r"\p{Devanagari}")
_LETTER = regex.compile(r"[\p{L}\p{M}]")
_LEADING_LETTERS = regex.compile(r"[\p{L}\p{M}]*")


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
        # The venue scan starts from the first words of the heads (see .scan) that can occur:
        # per first word, the words of its heads (बैठक: बैठक कक्ष), all whole words of a venue.
        self._venue_heads: dict[str, list[list[str]]] = {}
        for form in {fold(f) for f in pl["venue_heads"].forms}:
            self._venue_heads.setdefault(form.split()[0], []).append(form.split())
        self._venue_set = WordSet({w for heads in self._venue_heads.values() for h in heads for w in h})
        self._venues = LiteralScan(self._venue, self._venue_heads)
        # a virtual cue or an online word starts with one of these words (one pass over their
        # trie is faster than a str.find per word)
        mode_words = first_words([pl["virtual_cues"], pl["online_words"]])
        self._mode_words = regex.compile(trie_alternation(mode_words))
        # … and, before that pass, one set look-up over the document's words: a cue's first word
        # stands whole in the text (ऑन-लाइन: its first letters, ऑन, do)
        self._mode_set = WordSet({_LEADING_LETTERS.match(w).group() or w for w in mode_words})  # type: ignore[union-attr]
        self._meeting = regex.compile(_words(pl["meeting_nouns"]), regex.V1)
        self._anchor = regex.compile(_words(pl["meeting_nouns"], pl["event_words"], pl["completion_verbs"]), regex.V1)
        self._gathering = regex.compile(_words(pl["meeting_nouns"], pl["event_words"]), regex.V1)
        self._speech = regex.compile(_words(lexicons["calendar"]["speech_openers"]), regex.V1)
        self._virtual = regex.compile(_words(pl["virtual_cues"]), regex.V1)
        self._online = regex.compile(
            rf"{_words(pl['online_words'])}(?=(?:[ \t]+\S+){{0,{ONLINE_WINDOW_WORDS - 1}}}[ \t]+"
            rf"(?:{_words(pl['online_followers'])}))",
            regex.V1,
        )
        self._word_before = regex.compile(r"(\S+)[ \t]+\Z", regex.V1)
        town_word = r"[\p{Devanagari}&&[^।॥०-९\u0970]]+"
        self._title_town_re = regex.compile(
            rf"[ \t*_#\-–—]*(?P<town>{town_word}(?:[ \t]+{town_word})?)[ \t]*:(?![-:])[ \t]+(?=\S)", regex.V1
        )
        self._town_line_re = regex.compile(
            rf"\n*(?P<line>[ \t*_#]*(?:(?P<town>{town_word}(?:[ \t]+{town_word}){{0,2}})[ \t*_#]*$)?[^\n]*)(?:\n|\Z)",
            regex.V1 | regex.M,
        )
        self._conjunctions = set(pl["venue_conjunctions"].canonical_of)
        connectors = pl["venue_connectors"].alternation()
        # 'कार्यालय, सीकर के सभाकक्ष': an owner venue and its town before the venue
        self._comma_owner = regex.compile(
            rf"(?<![\p{{L}}\p{{M}}])(?P<head>{heads})[ \t]*,[ \t]*\Z", regex.V1
        )
        # 'ग्राम पंचायत जरहागांव के पंचायत भवन': a venue in a named village
        self._locality = regex.compile(
            rf"(?<![\p{{L}}\p{{M}}])(?:{pl['locality_words'].alternation()})[ \t]+(?P<name>{_WORD})"
            rf"[ \t]+(?:{connectors})[ \t]+(?:{_WORD}[ \t]+){{0,2}}\Z",
            regex.V1,
        )
        self._village_re = regex.compile(
            rf"(?<![\p{{L}}\p{{M}}])(?:{pl['locality_words'].alternation()})[ \t]+(?P<name>{_WORD})"
            rf"[ \t]+(?:{postp})(?![\p{{L}}\p{{M}}])",
            regex.V1,
        )
        # 'बरटोली गांव में': the village's name before the locality word
        self._village_after_re = regex.compile(
            rf"(?<=(?<![\p{{L}}\p{{M}}])(?P<name>{_WORD})[ \t]+)(?P<loc>{pl['locality_words_after'].alternation()})"
            rf"[ \t]+(?:{postp})(?![\p{{L}}\p{{M}}])",
            regex.V1,
        ) if "locality_words_after" in pl.sections else None
        self._venue_head_words = {w for f in pl["venue_heads"].canonical_of for w in f.split()}
        self._ambiguous = set(pl["ambiguous_places"].canonical_of)
        self._before_head = set(pl["venue_words_before_head"].canonical_of)
        town_or_latin = r"[\p{Devanagari}&&[^।॥०-९\u0970]]+"
        self._followers = sorted({fold(f) for f in pl["elsewhere_followers"].forms})
        # 'बोकारो के सेक्टर चार स्थित मजदूर भवन में': a town owning the venue through के
        self._owners = sorted({fold(f) for f in pl["elsewhere_owner_links"].forms})
        self._locators = {fold(f) for f in pl["venue_locators"].forms}
        self._two_words_before = regex.compile(
            rf"(?<![\p{{L}}\p{{M}}])(?:({town_or_latin})[ \t]+)?({town_or_latin})[ \t]+\Z", regex.V1
        )
        self._bare = regex.compile(
            rf"(?<![\p{{L}}\p{{M}}])(?P<head>{heads})(?:[ \t]+(?P<tail>{_WORD})){{0,2}}?[ \t]+"
            rf"(?:{pl['venue_completions'].trie()})(?![\p{{L}}\p{{M}}])",
            regex.V1,
        )
        self._opening_words = regex.compile(rf"[ \t*_#\-–—]*{town_or_latin}(?:[ \t]+{town_or_latin}){{0,2}}", regex.V1)
        self._locality_word = regex.compile(_words(pl["locality_words"]), regex.V1)
        self._locality_words = {w for f in pl["locality_words"].canonical_of for w in f.split()}
        self._locality_set = WordSet(self._locality_words | {fold(f) for f in (pl["locality_words_after"].forms if "locality_words_after" in pl.sections else ())})
        self._name_word = regex.compile(_WORD, regex.V1)
        self._not_village_names = frozenset(self._stop | self._locality_words | self._venue_head_words)

    def __call__(self, analysis: Analysis) -> None:
        doc = analysis.doc
        text = doc.folded.text
        lead_end = lead_end_of(doc)
        self._mode(analysis, text, lead_end)
        hit, dateline_town = self._place(analysis, text, lead_end)
        analysis.place = self._canonical(hit, dateline_town) if hit is not None else None

    def _place(self, analysis: Analysis, text: str, lead_end: int) -> tuple[PlaceHit | None, PlaceHit | None]:
        """The place and the dateline town (when the document has a dateline)."""
        doc = analysis.doc
        # with a dateline only a venue of the lead matters (held in a village, not in the town)
        if analysis.dateline is None:
            town = self._title_town(analysis, text)
            # a headline town comes before any venue: a venue is looked for only without one
            venue, local = (None, False) if town is not None else self._venue_place(doc, text, len(text))
        elif self._locality_word.search(text, 0, lead_end):
            venue, local = self._venue_place(doc, text, lead_end)
            if not local:
                village = self._village(doc, text, doc.folded.to_folded(analysis.dateline.start), lead_end)
                venue, local = (village, True) if village else (venue, local)
        else:
            venue, local = None, False
        if analysis.dateline is not None:
            town_span = analysis.dateline_town
            if town_span is None:  # a dateline set by hand: its town read again
                dl = self.datelines.find(doc, after=analysis.dateline.start)
                town_span = dl.town if dl is not None and dl.span.start == analysis.dateline.start else None
            if town_span is not None:
                dateline_town = PlaceHit(town_span.text, town_span, "dateline town")
                if venue is not None and local:
                    return venue, dateline_town  # held in a named village, not in the dateline town
                body = doc.folded.to_folded(analysis.dateline.end)
                away = self._elsewhere(doc, text, town_span, body, lead_end)
                return away or dateline_town, dateline_town
            town = self._title_town(analysis, text)
        place = town or venue or self._town_line(analysis, text)
        if place is None and self._locality_set.among(text, doc.word_tokens):  # बरटोली गांव में बैठक हुई
            body = doc.folded.to_folded(analysis.title.end) if analysis.title is not None else 0
            place = self._village(doc, text, body, lead_end)
        place = place or self._title_opening_town(analysis, text)
        if place is None and doc.words is not None:  # stanza backend: the lead's first NER place (NEL)
            from .linguistic import place_spans

            lead = [p for p in place_spans(doc) if doc.folded.to_folded(p.start) < lead_end]
            place = PlaceHit(lead[0].text, lead[0], "ner place") if lead else None
        return place, None

    def _canonical(self, hit: PlaceHit, dateline_town: PlaceHit | None) -> PlaceHit:
        """``hit`` with its canonical name, district and state: the gazetteer's for a known place;
        for a venue, the spelling key of its text and the district and state of the known town
        it names (``कलेक्ट्रेट सभागार भिण्ड``) or else of the dateline town it lies in."""
        known = gazetteer.canonical(hit.span.text)
        if known is not None:
            district = known.district if known.kind != "state" else None
            # a Latin-script town keeps the script it is written in (Gaya, not गया)
            name = known.name if _DEVANAGARI.search(hit.span.text) else gazetteer.spelling_key(hit.span.text)
            return PlaceHit(name, hit.span, hit.rule, district, known.state)
        area = None
        words = hit.span.text.split()
        for i in range(len(words)):  # the first known town among its words
            for j in range(min(len(words), i + 3), i, -1):
                if (p := gazetteer.canonical(" ".join(words[i:j]))) is not None and p.kind != "state":
                    area = p
                    break
            if area is not None:
                break
        if area is None and dateline_town is not None and hit.rule != "venue in another district":
            area = gazetteer.canonical(dateline_town.span.text)
        name = gazetteer.spelling_key(hit.span.text) or hit.span.text
        if area is None:
            return PlaceHit(name, hit.span, hit.rule)
        return PlaceHit(name, hit.span, hit.rule, area.district, area.state)

    def _elsewhere(self, doc: Document, text: str, town: Span, body: int, lead_end: int) -> PlaceHit | None:
        """The place of a meeting the lead holds in a town outside the dateline town's district
        (``भोपाल। … इंदौर में आयोजित बैठक …``): in the first sentence after the dateline with a
        meeting or event word (``places.meeting_nouns``, ``places.event_words``), a known town of another district followed by में/स्थित/नगर
        (``places.elsewhere_followers``). The sentence's venue (with or without its postposition)
        when it has one, else that town. A known town of another district that owns the venue
        through ``places.elsewhere_owner_links`` (``रांची के लालपुर स्थित सामुदायिक भवन में``,
        ``रांची के टाउन हॉल में``) places it there too: the venue as written, from the town."""
        home = gazetteer.canonical(town.text)
        if home is None:
            return None
        for s, e in self._sentences(doc, lead_end):
            if e <= body:
                continue
            if not self._gathering.search(text, s, e):
                continue  # a meeting or event word, not only a completion verb (… में मौत हो गई)
            found = self._before_followers(text, max(s, body), e, self._followers)
            owned = self._before_followers(text, max(s, body), e, self._owners)
            found = sorted(found + [x for x in owned if self._owned_venue(text, x[2], e) is not None])
            for a, b, after in found:
                words = text[a:b].split()
                for k in range(len(words)):  # the longest known tail (उत्तर प्रदेश → no; हुब्बल्ली)
                    cand = " ".join(words[k:])
                    other = gazetteer.canonical(cand)
                    if other is None or other.kind == "state" or cand in self._ambiguous:
                        continue
                    if not gazetteer.differ_in_area(home, other):
                        break
                    start = a + len(" ".join(words[:k])) + (1 if k else 0)
                    if (owned_end := self._owned_venue(text, after, e)) is not None:
                        hit = doc.span_from_folded(start, owned_end)  # the venue as written, from its town
                        return PlaceHit(hit.text, hit, "venue in another district")
                    venue = self._bare_venue(doc, text, after, e) or self._sentence_venue(doc, text, s, e)
                    if venue is not None:
                        return PlaceHit(venue.name, venue.span, "venue in another district")
                    hit = doc.span_from_folded(start, b)
                    return PlaceHit(hit.text, hit, "town in another district")
            return None  # the first sentence about the meeting only
        return None

    def _owned_venue(self, text: str, pos: int, e: int) -> int | None:
        """Folded end of a venue that the words from ``pos`` (right after an owner link: के)
        lead to, or None: up to OWNED_CHAIN_WORDS name words, a locator (स्थित) and a venue
        head with its postposition (``… के सेक्टर चार स्थित मजदूर भवन में``, ``… के टाउन हॉल
        में``); no word that ends a venue (ने, की, बैठक …) on the way."""
        m = self._venue.search(text, pos, min(e, pos + OWNED_CHAIN_CHARS))
        if m is None or m.group("locator"):
            return None
        words = text[pos : m.start("head")].split()
        if len(words) > OWNED_CHAIN_WORDS or any(w in self._stop and w not in self._locators for w in words):
            return None
        if words and words[-1] in self._locators and len(words) == 1:
            return None  # 'X के स्थित …' is no Hindi
        tail = m.group("tail")
        return m.end("tail") if tail and tail not in self._stop else m.end("head")

    def _before_followers(self, text: str, s: int, e: int, followers: list[str]) -> list[tuple[int, int, int]]:
        """For each whole-word follower (``places.elsewhere_followers``: में, स्थित, नगर) in
        ``text[s:e]`` after a word that may start a known place: the span of the one or two
        words before it and the follower's end, in text order (found with ``str.find``)."""
        out = []
        for follower in followers:
            pos = text.find(follower, s, e)
            while pos >= 0:
                end = pos + len(follower)
                if (pos == 0 or text[pos - 1] in " \t") and (end >= len(text) or not _LETTER.match(text, end)):
                    m = self._two_words_before.search(text, max(s, pos - 60), pos)
                    if m is not None:
                        first = m.group(1) or m.group(2)
                        if gazetteer.may_start_place(first) or gazetteer.may_start_place(m.group(2)):
                            out.append((m.start(), m.end(2), end))
                pos = text.find(follower, end, e)
        return sorted(out)

    def _sentence_venue(self, doc: Document, text: str, s: int, e: int) -> PlaceHit | None:
        """The last venue before में/पर in ``text[s:e]`` (no locator), if any."""
        venues = [m for m in self._venue.finditer(text, s, e) if not m.group("locator")]
        if not venues:
            return None
        start, end, _ = self._venue_span(text, s, venues[-1])
        hit = doc.span_from_folded(start, end)
        return PlaceHit(hit.text, hit, "venue before में")

    def _bare_venue(self, doc: Document, text: str, s: int, e: int) -> PlaceHit | None:
        """A venue right before a completion phrase, without a postposition (``… प्रधान
        कार्यालय रेल सौधा सम्पन्न हुई``): a head, up to two name words after it."""
        m = self._bare.search(text, s, e)
        if m is None:
            return None
        tails = [t for t in m.captures("tail")]
        if any(t in self._stop for t in tails):
            return None
        words = self._content_words_before(text, s, m.start("head"))
        start = words[-1] if words else m.start("head")
        end = m.end("tail") if tails else m.end("head")
        hit = doc.span_from_folded(start, end)
        return PlaceHit(hit.text, hit, "venue before a completion verb")

    def _title_opening_town(self, analysis: Analysis, text: str) -> PlaceHit | None:
        """A known district or town opening the headline without a stop (``सीकर जिला परिषद
        की बैठक …``), when nothing else places the meeting."""
        if analysis.title is None:
            return None
        doc = analysis.doc
        t0 = doc.folded.to_folded(analysis.title.start)
        m = self._opening_words.match(text, t0, doc.folded.to_folded(analysis.title.end))
        if m is None:
            return None
        words = m.group().strip(" \t*_#-–—").split()
        if not words or not gazetteer.may_start_place(words[0]):
            return None
        for k in range(len(words), 0, -1):
            cand = " ".join(words[:k])
            places = gazetteer.lookup(cand)
            if not places or cand in self._ambiguous or not self.datelines.is_town(cand):
                continue
            if any(p.kind in ("district", "town") and p.district for p in places):
                hit = doc.span_from_folded(t0, t0 + len(cand))
                return PlaceHit(hit.text, hit, "headline opening town")
        return None

    def _village(self, doc: Document, text: str, body: int, lead_end: int) -> PlaceHit | None:
        """A named village the lead holds the meeting in (``ग्राम खरबई में चौपाल लगाकर``): the
        village phrase right before में, with a meeting or event word closely after it."""
        for s, e in self._sentences(doc, lead_end):
            if e <= body:
                continue  # the headline
            if not self._meeting.search(text, s, e) and not self._anchor.search(text, s, e):
                continue
            # the first sentence about the meeting only
            found = list(self._village_re.finditer(text, s, e))
            if self._village_after_re is not None:
                found = sorted(found + list(self._village_after_re.finditer(text, s, e)), key=lambda m: m.start("name"))
            for m in found:
                name = m.group("name")
                if name in self._stop or name in self._locality_words or name in self._venue_head_words:
                    continue
                if name.endswith("ों"):  # a plural common noun (ग्राम सभाओं में), no village's name
                    continue
                if m.groupdict().get("loc") and not self._opens_phrase(text, m.start("name")):
                    continue  # 'आवाज सुनकर गांव में': the word before गांव is no village's name
                if self._anchor.search(text, m.end(), min(e, m.end() + VILLAGE_ANCHOR_CHARS)):
                    end = m.end("loc") if m.groupdict().get("loc") else m.end("name")
                    hit = doc.span_from_folded(min(m.start(), m.start("name")), end)  # ग्राम X / X गांव
                    return PlaceHit(hit.text, hit, "village")
            return None
        return None

    def _opens_phrase(self, text: str, pos: int) -> bool:
        """The word at ``pos`` opens a noun phrase: a mark, a line start or a grammar word
        (के, को, में …: ``places.venue_stop``) stands before it (``… के बरटोली गांव में``)."""
        m = self._word_before.search(text, max(0, pos - 40), pos)
        if m is None:
            return True
        return m.group(1) in self._stop or not _LETTER.match(m.group(1)[-1])

    @staticmethod
    def _sentences(doc: Document, limit: int) -> list[tuple[int, int]]:
        """Folded bounds of the sentences that start before ``limit``."""
        bounds = doc.folded_bounds
        return bounds[: bisect.bisect_left(bounds, (limit,))]

    def _title_town(self, analysis: Analysis, text: str) -> PlaceHit | None:
        """A town prefixed to the headline as a dateline (``प्रतापगढ़: …``)."""
        if analysis.title is None:
            return None
        doc = analysis.doc
        m = self._title_town_re.match(text, doc.folded.to_folded(analysis.title.start))
        if m is None or not self.datelines.is_town(m.group("town")):
            return None
        hit = doc.span_from_folded(*m.span("town"))
        return PlaceHit(hit.text, hit, "headline town")

    def _town_line(self, analysis: Analysis, text: str) -> PlaceHit | None:
        """A town standing alone on one of the first lines, without a stop (``*लम्भुआ सुल्तानपुर*``
        under the headline): one to three town-like words that are nobody's name."""
        doc = analysis.doc
        names: list[tuple[int, int]] | None = None  # folded spans of the persons' names, when needed
        pos = doc.folded.to_folded(analysis.title.end) if analysis.title is not None else 0
        for _ in range(DATELINE_LINES):
            m = self._town_line_re.match(text, pos)
            if m is None:
                break
            pos = m.end()
            line = m.group("line")
            if "।" in line or len(line) > TOWN_LINE_BEFORE_BODY:
                break  # the body has begun
            if m.group("town") is None:
                continue
            a, b = m.span("town")
            if _blank_from(text, pos):
                break  # a town line heads a body
            if not self.datelines.is_town(m.group("town")):
                continue
            if names is None:
                names = [
                    (doc.folded.to_folded(n.span.start), doc.folded.to_folded(n.span.end))
                    for p in analysis.persons
                    for n in p.mentions
                ]
            if not any(s < b and a < e for s, e in names):
                hit = doc.span_from_folded(a, b)
                return PlaceHit(hit.text, hit, "town line")
        return None

    def _mode(self, analysis: Analysis, text: str, lead_end: int) -> None:
        analysis.mode = "in_person"
        if not self._mode_set.among(text, analysis.doc.word_tokens) or not self._mode_words.search(text, 0, lead_end):
            return
        for pattern in (self._virtual, self._online):
            for m in pattern.finditer(text, 0, lead_end):
                clause = max(text.rfind("।", 0, m.start()), text.rfind("\n", 0, m.start())) + 1
                if self._speech.search(text, clause, m.start()):
                    continue  # 'कलेक्टर ने कहा कि … वीडियो कॉन्फ्रेंसिंग से प्रशिक्षण दिया जाए'
                analysis.mode = "virtual"
                analysis.mode_cue = analysis.doc.span_from_folded(m.start(), m.end())
                return

    def _venue_place(self, doc: Document, text: str, limit: int) -> tuple[PlaceHit | None, bool]:
        """The venue of the first meeting sentence (starting before ``limit``) that has one, and
        whether it lies in a named village (ग्राम X के पंचायत भवन)."""
        starts = self._venue_starts(doc)  # where a venue may start, for every sentence
        if not starts:
            return None, False
        for s, e in doc.folded_bounds:
            if s >= limit:
                break
            i = bisect.bisect_left(starts, s)
            if i == len(starts) or starts[i] >= e:
                continue  # no venue can start in this sentence
            venues = [m for m in self._venues.finditer(text, s, e, starts) if not m.group("locator")]
            if not venues:
                if self._anchor.search(text, s, e) and (bare := self._bare_venue(doc, text, s, e)) is not None:
                    return bare, False
                continue
            anchors = [a.start() for a in self._anchor.finditer(text, s, e)]
            if not anchors:
                continue
            before = [m for m in venues if m.start() < anchors[-1]]
            if not before:  # 'मीटिंग … गुजरात भवन में … होना है': the meeting word is the subject
                before = [m for m in venues[:1] if self._meeting.search(text, max(s, m.start() - 60), m.start())]
            if before:
                start, end, local = self._venue_span(text, s, before[-1])
                hit = doc.span_from_folded(start, end)
                return PlaceHit(hit.text, hit, "venue in a village" if local else "venue before में"), local
        return None, False

    def _venue_starts(self, doc: Document) -> list[int]:
        """Where a venue may start: the positions of the first words of the heads whose words
        all occur as whole words (:class:`.scan.WordSet`; a first word that extends
        another adds no position)."""
        text = doc.folded.text
        words = self._venue_set.among(text, doc.word_tokens)
        present = shortest(
            w for w in words.intersection(self._venue_heads) if any(words.issuperset(h) for h in self._venue_heads[w])
        )
        return sorted(p for w in present for p in occurrences(text, w))

    def _venue_span(self, text: str, sent_start: int, m: regex.Match[str]) -> tuple[int, int, bool]:
        """Folded bounds of the venue name around a head match, and whether it lies in a named
        village."""
        end = m.end("head")
        tail = m.group("tail")
        if tail and tail not in self._stop:
            end = m.end("tail")
        start = m.start("head")
        loc = self._locality.search(text, max(sent_start, start - 100), start)
        if loc and loc.group("name") not in self._not_village_names:
            return loc.start(), end, True
        prev = self._word_before.search(text, max(sent_start, start - 60), start)
        if prev and prev.group(1) in self._connectors:  # कार्यालय के सभाकक्ष, समाहरणालय स्थित सभा कक्ष
            owner = self._content_words_before(text, sent_start, prev.start(), owner=True)
            if owner:
                return self._comma_extended(text, sent_start, owner[-1]), end, False
        words = self._content_words_before(text, sent_start, start)
        return self._whole_place_start(text, sent_start, words[-1] if words else start), end, False

    def _whole_place_start(self, text: str, sent_start: int, start: int) -> int:
        """``start`` moved back one word when that word and the next make a known place's name
        (``उत्तर प्रदेश विधान भवन``: a state's name is not cut)."""
        prev = self._word_before.search(text, max(sent_start, start - 40), start)
        nxt = self._name_word.match(text, start)
        if prev and nxt and gazetteer.is_place(f"{prev.group(1)} {nxt.group()}"):
            return prev.start()
        return start

    def _comma_extended(self, text: str, sent_start: int, start: int) -> int:
        """``start`` moved back over an owner venue before a comma (``मुख्य चिकित्सा एवं स्वास्थ्य
        अधिकारी कार्यालय, सीकर के सभाकक्ष``): its head and up to OWNER_WORDS words before it,
        a conjunction allowed between two of them."""
        c = self._comma_owner.search(text, max(sent_start, start - 40), start)
        if c is None:
            return start
        pos = c.start("head")
        words: list[tuple[int, str]] = []
        while len(words) < OWNER_WORDS:
            prev = self._word_before.search(text, max(sent_start, pos - 60), pos)
            if not prev:
                break
            word = prev.group(1)
            if not self._name_word.fullmatch(word):
                break
            if word in self._stop and not (word in self._conjunctions and words):
                break
            pos = prev.start()
            words.append((pos, word))
        while words and words[-1][1] in self._conjunctions:
            words.pop()
        return words[-1][0] if words else c.start("head")

    def _content_words_before(self, text: str, sent_start: int, pos: int, *, owner: bool = False) -> list[int]:
        """Start offsets of up to VENUE_WORDS_BEFORE name words right before ``pos``. In an
        owner (``कलेक्टर कार्यालय भिण्ड के सभागार``) its town and its head word do not count;
        a word such as योजना may stand right before a head (``जिला योजना भवन``)."""
        starts: list[int] = []
        counted = 0
        head_next = False  # the word after this one is a venue head
        while counted < VENUE_WORDS_BEFORE:
            prev = self._word_before.search(text, max(sent_start, pos - 60), pos)
            if not prev:
                break
            word = prev.group(1)
            if not self._name_word.fullmatch(word) or (
                word in self._stop and not (head_next and word in self._before_head)
            ):
                break
            pos = prev.start()
            starts.append(pos)
            free = owner and counted == 0 and (word in self._venue_head_words or gazetteer.is_town(word))
            counted += 0 if free else 1
            head_next = word in self._venue_head_words
        return starts


def _blank_from(text: str, pos: int) -> bool:
    """``not text[pos:].strip()``, without copying the rest of the text."""
    end = len(text)
    while pos < end and text[pos].isspace():
        pos += 1
    return pos == end
