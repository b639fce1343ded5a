"""Layout stage: the headline (title) and the dateline (``कोरबा 12 जुलाई।``).

The title is the first line when it ends at a line break without a full stop. The dateline is
the opening of one of the first lines: a town of one to three words, optionally after an
agency prefix (``(जीएनएस)``, ``स्वतंत्र प्रभात ब्यूरो``) or a date (``6 फरवरी, सागर।``), followed
by a date (``भिण्ड, 22 जून।``, ``चतरा, जून 15 --``, ``जयपुर। 21 सितंबर –``), an agency (``मोतिहारी,निप्र।``,
``नई दिल्ली (एजेंसी)।``), ``आज``/``दिनांक`` or a plain stop (``भोपाल।``, ``सिद्धौर:``,
``बैतूल//``, ``राजगढ़ -``). In ``सुरेश वर्मा, अंबाला।`` (no agency word after the comma) the town
is the second part. Agency and newspaper words (``places.agency_words``), honorifics, calendar
words and common sentence openers (``places.not_town``) are never a town.
"""

from __future__ import annotations

from dataclasses import dataclass

import regex

from .analysis import Analysis
from .dates import DatePatterns
from .document import Document, Span
from .lexicon import Lexicons

DATELINE_LINES = 7  # the dateline is looked for in this many first non-empty lines
MIN_BODY_AFTER = 10  # a dateline without a date opens a body line: this many characters follow it
_FULL_STOPS = "।॥.|"
_BULLETS = " \t-–—*•#>|"


@dataclass(frozen=True, slots=True)
class Dateline:
    """A dateline and its town (raw spans)."""

    span: Span
    town: Span


class DatelineParser:
    """Finds the dateline among the first lines of a document (patterns built once)."""

    def __init__(self, lexicons: Lexicons) -> None:
        places = lexicons["places"]
        dates = DatePatterns(lexicons)
        date = dates.fragment
        w = r"[\p{Devanagari}&&[^।॥०-९\u0970]]+"
        agency = places["agency_words"].trie()
        today = lexicons["calendar"]["today"].trie()
        weekday = rf"(?:{lexicons['calendar']['weekdays'].trie()})"
        self._agency = set(places["agency_words"].canonical_of)
        self._not_town = {f for s in ("not_town", "agency_words", "venue_stop") for f in places[s].canonical_of}
        for section in lexicons["honorifics"].sections.values():
            self._not_town |= set(section.canonical_of)
        self._not_town |= set(lexicons["segmentation"]["abbreviations"].canonical_of)
        for section in ("months", "weekdays", "today", "date_intro"):
            self._not_town |= set(lexicons["calendar"][section].canonical_of)
        self._digit = regex.compile(r"[0-9०-९]")
        self._letters = regex.compile(r"[\p{L}--[\u093e-\u094d]]", regex.V1)
        self._pattern = regex.compile(
            rf"(?:\(\s*[^()\n]{{1,30}}\)\s*)?"  # (जीएनएस)
            rf"(?:(?:{w}[ \t]+){{0,3}}(?:{agency})[ \t]*[,:।|]?[ \t]+)?"  # … ब्यूरो / जेएनएन, चंडीगढ़ / … न्यूज : रोहतक
            rf"(?:{date}\s*,\s*)?"  # 6 फरवरी, सागर।
            rf"(?P<town>{w}(?:[ \t]+{w}){{0,2}}?)(?:"
            # possessive spaces (*+, ++) and (?<=[ \t]) for "at least one": linear on long blank runs
            rf"[ \t]*+(?:[,:]\s*+-?\s*+|(?<=[ \t]))(?:{weekday}[ \t]*+,?[ \t]*+)?(?:{date})"  # भिण्ड, 22 जून।
            rf"(?:[ \t]*+\([^()\n]{{1,30}}\))?[ \t]*+(?:--|[।|:.!/]+|,|\Z)"  # … 5 जून (भाषा)।  … 10 जुलाई 2020/
            # मोतिहारी,निप्र।  मऊ/ विवेक चौहान।  सुरेश वर्मा, अंबाला।
            rf"|[ \t]*(?P<sep>[,/])[ \t]*(?P<after>{w}(?:[ \t]+{w}){{0,2}})[ \t]*[।:|]"
            rf"|[ \t]*\([^()\n]{{1,30}}\)[ \t]*[।:.|]"  # नई दिल्ली (एजेंसी)।
            rf"|[ \t]*+[,]?[ \t]*+(?=(?:{today}|{dates.intro})(?![\p{{L}}\p{{M}}]))"  # नैनीताल आज दि० …
            rf"|[ \t]*[।|]+[ \t]*+(?:{date})[ \t]*+(?:--|[-–—:])"  # जयपुर। 21 सितंबर –
            rf"|[ \t]*(?:[।|]+|:-|:|--|—|–|//?)|[ \t]+-[ \t]+"  # भोपाल।  सिद्धौर:  बैतूल//  राजगढ़ -
            rf"|\.(?=[ \t])"  # बेंगलूरु. दक्षिण …
            rf"|(?P<comma>,)[ \t]+(?=\p{{Devanagari}}))",  # देवास, माॅरिशन …
            regex.V1,
        )

    def find(self, doc: Document, *, after: int = 0) -> Dateline | None:
        """The dateline in the first lines at or after raw offset ``after``, if any."""
        text = doc.folded.text
        pos = doc.folded.to_folded(after)
        first_body = True
        for _ in range(DATELINE_LINES):
            while pos < len(text) and text[pos] in "\n\r":
                pos += 1
            if pos >= len(text):
                return None
            line_end = text.find("\n", pos)
            line_end = len(text) if line_end < 0 else line_end
            start = pos
            while start < line_end and text[start] in _BULLETS:
                start += 1
            m = self._pattern.match(text, start, line_end)
            town = "town"
            if m and m.group("sep") == "," and " " in m.group("town") and not self._has_agency(m.group("after")):
                town = "after"  # 'शत्रुघ्न शर्मा, अहमदाबाद ।': a reporter, then the town
            if (
                m
                and self._is_town(m.group(town))
                and (m.group("comma") is None or (first_body and " " not in m.group("town")))
                and (
                    len(text[m.end() : line_end].strip()) >= MIN_BODY_AFTER
                    or self._digit.search(m.group())  # a dated dateline may stand alone on its line
                    or m.group().rstrip().endswith("।")  # so may 'भोपाल।', unlike a topic line 'कोरोना:'
                )
            ):
                end = m.end()
                while end > start and text[end - 1] in " \t":
                    end -= 1
                return Dateline(doc.span_from_folded(start, end), doc.span_from_folded(*m.span(town)))
            first_body = False
            pos = line_end
        return None

    def _has_agency(self, words: str) -> bool:
        return any(word in self._agency for word in words.split())

    def is_town(self, town: str) -> bool:
        """True when ``town`` (folded) may be a town's name: no agency, calendar, honorific or
        sentence-opening word."""
        return self._is_town(town)

    def _is_town(self, town: str) -> bool:
        words = town.split()
        return all(word not in self._not_town and len(self._letters.findall(word)) >= 2 for word in words)


class LayoutStage:
    """Sets ``analysis.title`` and ``analysis.dateline``."""

    def __init__(self, lexicons: Lexicons) -> None:
        self.datelines = DatelineParser(lexicons)
        byline = lexicons["places"]["byline_words"].trie()
        # a short first line naming an agency is a byline ('आदर्श हिमाचल ब्यूरो'), not a headline
        self._byline = regex.compile(
            rf"(?:\S+[ \t]+){{0,3}}?(?:{byline})(?![\p{{L}}\p{{M}}])(?:[ \t]+\S+)?[ \t]*", regex.V1
        )

    def __call__(self, analysis: Analysis) -> None:
        doc = analysis.doc
        analysis.title = title(doc)
        if analysis.title is not None:
            t = analysis.title
            if self._byline.fullmatch(doc.folded.text, doc.folded.to_folded(t.start), doc.folded.to_folded(t.end)):
                analysis.title = None
        dateline = self.datelines.find(doc, after=analysis.title.end if analysis.title else 0)
        analysis.dateline = dateline.span if dateline else None


def title(doc: Document) -> Span | None:
    """The headline: a first line followed by more text, not ending in a full stop."""
    text = doc.text
    n = len(text)
    start = 0  # first non-blank character (no stripped copy of the whole text)
    while start < n and text[start].isspace():
        start += 1
    end = text.find("\n", start)
    if end < 0:
        return None
    rest = end
    while rest < n and text[rest].isspace():
        rest += 1
    if rest == n:
        return None  # nothing but blanks after the first line
    while start < end and text[start] in _BULLETS:
        start += 1
    while end > start and (text[end - 1].isspace() or text[end - 1] in "*#"):
        end -= 1
    if end <= start or text[end - 1] in _FULL_STOPS or end - start > 300 or text.find("।", start, end) >= 0:
        return None  # a headline has no full stop; a first line with one is a paragraph
    return doc.span(start, end)
