"""Layout stage: the headline (title) and the dateline (``कोरबा 12 जुलाई।``).

The title is the first line when it ends at a line break without a full stop. The dateline is
the opening of one of the first lines: a town of one to three words, optionally after an
agency prefix (``(जीएनएस)``, ``स्वतंत्र प्रभात ब्यूरो``) or a date (``6 फरवरी, सागर।``), followed
by a date after a blank or any of ``, : / // | - – — :-`` (``भिण्ड, 22 जून।``, ``अलवर/ 7 जून 2023``,
``अलवर - 7 जून।``, ``चतरा, जून 15 --``, ``जयपुर। 21 सितंबर –``), an agency (``मोतिहारी,निप्र।``,
``नई दिल्ली (एजेंसी)।``), ``आज``/``दिनांक`` or a plain stop (``भोपाल।``, ``सिद्धौर:``,
``बैतूल//``, ``राजगढ़ -``). In ``सुरेश वर्मा, अंबाला।`` (no agency word after the comma) the town
is the second part. A bracket may stand between the town and its date: its state or district,
or an agency (``नवादा (बिहार), 20 जुलाई 2025।``, ``सीकर (निसं) 5 जून।``). Agency and newspaper
words (``places.agency_words``), honorifics, calendar words and common sentence openers
(``places.not_town``) are never a town.
"""

from __future__ import annotations

from dataclasses import dataclass

import regex

from . import gazetteer
from .analysis import Analysis
from .dates import DIGITS, DatePatterns
from .document import Document, Span
from .lexicon import Lexicons

DATELINE_LINES = 7  # the dateline is looked for in this many first non-empty lines
MIN_BODY_AFTER = 10  # a dateline without a date opens a body line: this many characters follow it
BODY_LINE_CHARS = 80  # a line this long with a full stop is a paragraph
TOWN_ALONE_CHARS = 40  # a town alone on its line is no longer than this
REGION_CHARS = 60  # a bracket after the town ('नवादा (बिहार), …') opens within this many characters
_REGION = "\x00region\x00"  # where the bracket after the town goes in the dateline pattern
_FULL_STOPS = "।॥.|"
_NON_BLANK = regex.compile(r"\S+")
_BULLETS = " \t-–—*•#>|"
_BULLET_RUN = regex.compile(f"[{regex.escape(_BULLETS)}]*+")  # a long run at C speed (blank lines)
# a Devanagari letter or sign, no danda, digit or abbreviation sign: the code points of
# [\p{Devanagari}&&[^।॥०-९\u0970]] as plain ranges (a set operation is slower to match; a test
# checks that both hold the same code points)
TOWN_LETTERS = r"[\u0900-\u0950\u0955-\u0963\u0971-\u097f\ua8e0-\ua8ff\U00011b00-\U00011b09]"
TOWN_WORDS = 3  # a town has one to three words
# what the dateline pattern reads as words before its first mark, digit or bracket: town
# letters and (in an agency's name) lower-case Latin letters
_PLAIN_LETTERS = TOWN_LETTERS[:-1] + "a-z]"
# what may follow a date's day (and blanks) in the dateline pattern: a separator inside the
# date (12/07, 12-जून, 12, जून …) or after it (… 12 जून।, 12 जून (भाषा), 12 जून: …)
_AFTER_DAY = frozenset(",-/.(–—।|:!")


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
        w = TOWN_LETTERS + "+"
        agency = places["agency_words"].trie()
        today = lexicons["calendar"]["today"].trie()
        weekday = rf"(?:{lexicons['calendar']['weekdays'].trie()})"
        self._agency = set(places["agency_words"].canonical_of)
        names = lexicons["names"]
        self._person_words = set(names["given_names"].canonical_of) | set(names["surnames"].canonical_of)
        self._not_town = {f for s in ("not_town", "agency_words", "venue_stop") for f in places[s].canonical_of}
        # towns that are also common words (गया: went); one of them is a town when a date follows
        # it in a dateline (गया, 12 जनवरी।): no verb or noun opens a line before a date so
        self._ambiguous = set(places["ambiguous_places"].canonical_of)
        for section in lexicons["honorifics"].sections.values():
            self._not_town |= set(section.canonical_of)
        self._not_town |= set(lexicons["segmentation"]["abbreviations"].canonical_of)
        for section in ("months", "weekdays", "today", "date_intro"):
            self._not_town |= set(lexicons["calendar"][section].canonical_of)
        self._digit = regex.compile(r"[0-9०-९]")
        self._letters = regex.compile(r"[\p{L}--[\u093e-\u094d]]", regex.V1)
        pattern = (
            rf"(?:\(\s*[^()\n]{{1,30}}\)\s*)?"  # (जीएनएस)
            # … ब्यूरो / जेएनएन, चंडीगढ़ / … न्यूज : रोहतक / chhattisgarh news: रायपुर
            rf"(?P<agency>(?:(?:{w}|[a-z]+)[ \t]+){{0,3}}(?:{agency})[ \t]*(?P<agency_sep>[,:।|])?[ \t]+)?"
            rf"(?:{date}\s*,\s*)?"  # 6 फरवरी, सागर।
            rf"(?P<town>{w}(?:[ \t]+{w}){{0,{TOWN_WORDS - 1}}}?)(?:"
            # possessive spaces (*+, ++) and (?<=[ \t]) for "at least one": linear on long blank runs
            # separators between town and date: , : / // | - -- – — :- (blanks around optional; a
            # hyphen needs a blank after it: 'चूरू/ 9 अप्रैल', 'बैतूल // 5 जून', 'राजगढ़ - 2 मई')
            f"{_REGION}"  # 'नवादा (बिहार), 20 जुलाई 2025।': see below
            rf"(?P<dated>)[ \t]*+(?:(?:[,:|–—]|//?|--?(?=\s))\s*+(?:[-–—]\s*+)?|(?<=[ \t]))"
            rf"(?:{weekday}[ \t]*+,?[ \t]*+)?(?:{date})"  # भिण्ड, 22 जून।
            # … 5 जून (भाषा)।  … 10 जुलाई 2020/  … 13 जुलाई 2021 – …
            rf"(?:[ \t]*+\([^()\n]{{1,30}}\))?[ \t]*+(?:--|[।|:.!/]+|,|[-–—](?=[ \t])|\Z)"
            # मोतिहारी,निप्र।  मऊ/ विवेक चौहान।  सुरेश वर्मा, अंबाला।  रमेश कुमार — सीकर (line end)
            rf"|[ \t]*(?P<sep>[,/—–])[ \t]*(?P<after>{w}(?:[ \t]+{w}){{0,{TOWN_WORDS - 1}}})[ \t]*(?:[।:|]|(?P<sep_end>\Z))"
            rf"|[ \t]*+(?:,[ \t]*+)?\([^()\n]{{1,30}}\)[ \t]*[।:.|]"  # नई दिल्ली (एजेंसी)।  सीकर, (निसं)।
            rf"|[ \t]*+[,]?[ \t]*+(?=(?:{today}|{dates.intro})(?![\p{{L}}\p{{M}}]))"  # नैनीताल आज दि० …
            rf"|[ \t]*[।|]+[ \t]*+(?:{date})[ \t]*+(?:--|[-–—:])"  # जयपुर। 21 सितंबर –
            rf"|[ \t]*(?:[।|]+|:-|:|--|—|–|//?)|[ \t]+-[ \t]+"  # भोपाल।  सिद्धौर:  बैतूल//  राजगढ़ -
            rf"|(?P<hyphen>-)(?=[ \t])"  # सीकर- … (a known town only)
            rf"|\.(?=[ \t])"  # बेंगलूरु. दक्षिण …
            rf"|(?P<comma>,)[ \t]+(?=\p{{Devanagari}})"  # देवास, माॅरिशन …
            rf"|(?P<line_end>[ \t*_]*\Z))"  # प्रखंड संवाददाता | तोरपा (after an agency and a mark only)
        )
        self._pattern = regex.compile(pattern.replace(_REGION, ""), regex.V1)
        # … and, for a line with a '(' near its start, a bracket after the town before its date:
        # its state or district, or an agency ('नवादा (बिहार), 20 जुलाई 2025।', 'सीकर (निसं) 5
        # जून।'); a second pattern, so that other lines pay nothing for it
        self._pattern_region = regex.compile(
            pattern.replace(_REGION, r"(?:[ \t]*+\([^()\n]{1,30}\))?"), regex.V1
        )
        # a Latin-script town (known to the gazetteer) opening a line: 'Sikar: …', 'KOTA'
        self._latin = regex.compile(
            r"(?P<town>[a-z]{3,}(?:[ \t][a-z]{3,})?)[ \t]*(?:[:,।|]|--|[-–—](?=[ \t])|\Z)", regex.V1
        )
        self._opening = OpeningCheck(lexicons)
        self._date_line = regex.compile(rf"[ \t*_]*(?:{weekday}[ \t]*,?[ \t]*)?(?:{date})[ \t*_.।]*\Z", regex.V1)
        self._town_alone = regex.compile(rf"(?P<town>{w}(?:[ \t]+{w}){{0,2}})[ \t*_]*\Z", regex.V1)

    def find(self, doc: Document, *, after: int = 0) -> Dateline | None:
        """The dateline in the first lines at or after raw offset ``after``, if any."""
        text = doc.folded.text
        pos = doc.folded.to_folded(after)
        first_body = True
        body_seen = False  # a paragraph came first: a dateline after it must name a known town
        for _ in range(DATELINE_LINES):
            while pos < len(text) and text[pos] in "\n\r":
                pos += 1
            if pos >= len(text):
                return None
            line_end = text.find("\n", pos)
            line_end = len(text) if line_end < 0 else line_end
            start = pos
            if start < line_end and text[start] in _BULLETS:
                start = _BULLET_RUN.match(text, start, line_end).end()  # type: ignore[union-attr]
            found = self._line(doc, text, start, line_end, first_body, body_seen)
            if found is not None:
                return found
            if line_end - start > BODY_LINE_CHARS and text.find("।", start, line_end) >= 0:
                body_seen = True
            first_body = False
            pos = line_end
        return None

    def _line(
        self, doc: Document, text: str, start: int, line_end: int, first_body: bool, body_seen: bool
    ) -> Dateline | None:
        """The dateline opening the line ``text[start:line_end]``, if any."""
        m = None
        if self._opening.may_match(text, start, line_end):
            region = text.find("(", start, min(line_end, start + REGION_CHARS)) >= 0
            m = (self._pattern_region if region else self._pattern).match(text, start, line_end)
        if m is None:
            if start < line_end and "a" <= text[start] <= "z":  # the folded view lower-cases Latin
                return self._latin_line(doc, text, start, line_end)
            return self._town_then_date(doc, text, start, line_end)
        town = "town"
        if m.group("sep") is not None:
            town = self._reporter_or_town(m)
            if town is None:
                return None
        if not self._is_town(m.group(town)) and not (
            town == "town" and m.group("dated") is not None and m.group(town) in self._ambiguous
        ):
            return None
        if (m.group("hyphen") or body_seen) and not gazetteer.is_town(m.group(town)):
            return None  # 'सीकर- …', or a dateline below the first paragraph: a known town only
        if m.group("comma") is not None and not (first_body and " " not in m.group("town")):
            return None
        if m.group("line_end") is not None:
            # a town alone after an agency and a mark ends its line: 'प्रखंड संवाददाता | तोरपा'
            if m.group("agency_sep") is None or " " in m.group("town"):
                return self._town_then_date(doc, text, start, line_end)
            a, b = m.span("town")
            return Dateline(doc.span_from_folded(start, b), doc.span_from_folded(a, b))
        if not (
            len(text[m.end() : line_end].strip()) >= MIN_BODY_AFTER
            or self._digit.search(m.group())  # a dated dateline may stand alone on its line
            or m.group().rstrip().endswith("।")  # so may 'भोपाल।', unlike a topic line 'कोरोना:'
            or gazetteer.is_town(m.group(town))  # and a known town ('इंडिया न्यूज, नई दिल्ली :')
        ):
            return self._town_then_date(doc, text, start, line_end)
        end = m.end()
        while end > start and text[end - 1] in " \t":
            end -= 1
        a, b = m.span(town)
        if " " in m.group(town):
            a, b = self._known_tail(text, a, b)
        return Dateline(doc.span_from_folded(start, end), doc.span_from_folded(a, b))

    def _reporter_or_town(self, m: regex.Match[str]) -> str | None:
        """Which side of ``REPORTER/TOWN`` or ``TOWN/REPORTER`` is the town: the one the
        gazetteer knows; else the second after a comma when the first has several words
        (``शत्रुघ्न शर्मा, अहमदाबाद ।``: no agency word after the comma), else the first.
        A pair at the end of its line (``रमेश कुमार — सीकर``) needs a known town."""
        first, second = m.group("town"), m.group("after")
        first_known, second_known = gazetteer.is_town(first), gazetteer.is_town(second)
        if second_known and not first_known:
            return "after"
        if first_known:
            return "town"
        if m.group("sep_end") is not None or m.group("sep") in "—–":
            return None
        if m.group("sep") == "," and " " in first and not self._has_agency(second):
            return "after"
        return "town"

    def _known_tail(self, text: str, a: int, b: int) -> tuple[int, int]:
        """``[a, b)`` narrowed to its last words when only they are a known town
        (``नेटवर्क दादरी``: a newspaper's word before the town)."""
        words = list(_NON_BLANK.finditer(text, a, b))
        if len(words) < 2 or gazetteer.is_place(text[a:b]):
            return a, b
        for i, w in enumerate(words[1:], 1):
            places = gazetteer.lookup(text[w.start() : b])
            if not any(p.kind != "state" for p in places):
                continue
            # a district after a town is the town's ('अर्की सोलन'), unless a personal name
            # comes before it ('Report by सुनील शर्मा चूरू')
            named = any(x.group() in self._person_words for x in words[:i])
            if named or not any(p.kind == "district" for p in places):
                return w.start(), b
        return a, b

    def _latin_line(self, doc: Document, text: str, start: int, line_end: int) -> Dateline | None:
        """A Latin-script town the gazetteer knows, opening the line (``Gaya:``, ``SIKAR``)."""
        m = self._latin.match(text, start, line_end)
        if m is None or not gazetteer.is_town(m.group("town")):
            return None
        end = m.end()
        while end > start and text[end - 1] in " \t":
            end -= 1
        return Dateline(doc.span_from_folded(start, end), doc.span_from_folded(*m.span("town")))

    def _town_then_date(self, doc: Document, text: str, start: int, line_end: int) -> Dateline | None:
        """A town alone on its line with the date alone on the next (``चंडीगढ़`` / ``5 मई 2023``)."""
        if line_end - start > TOWN_ALONE_CHARS:
            return None
        m = self._town_alone.match(text, start, line_end)
        if m is None or not gazetteer.is_town(m.group("town")) or not self._is_town(m.group("town")):
            return None
        following = _NON_BLANK.search(text, line_end)
        if following is None:
            return None
        nxt = following.start()
        nxt_end = text.find("\n", nxt)
        nxt_end = len(text) if nxt_end < 0 else nxt_end
        d = self._date_line.match(text, nxt, nxt_end)
        if d is None:
            return None
        end = d.end()
        while end > nxt and text[end - 1] in " \t*_":
            end -= 1
        return Dateline(doc.span_from_folded(start, end), doc.span_from_folded(*m.span("town")))

    def _has_agency(self, words: str) -> bool:
        return any(word in self._agency for word in words.split())

    def is_town(self, town: str) -> bool:
        """True when ``town`` (folded) may be a town's name: no agency, calendar, honorific or
        sentence-opening word."""
        return self._is_town(town)

    def _is_town(self, town: str) -> bool:
        words = town.split()
        return all(word not in self._not_town and len(self._letters.findall(word)) >= 2 for word in words)


class OpeningCheck:
    """A cheap test that rejects most lines the dateline pattern cannot match at their start.

    The pattern costs 10-40 µs a line even where it fails; most first lines of a text are
    headlines and sentences (``संदिग्धों की संख्या में लगातार …``, ``गुजरात में 11 हुई …``) that
    this test rejects in 1-3 µs.

    Why it is exact: call *plain* a letter of :data:`_PLAIN_LETTERS` and a word of plain letters;
    call the line's first character that is neither plain nor a blank its *first mark*. A match
    holds a mark, digit or bracket (none of them plain), or reaches the end of the line, or ends
    before a today or date-intro word (``दमोह आज …``: the town may end right before it, inside a
    word). So a match holds the first mark, or ends at the line's end, or a today or intro word
    starts before the first mark (and, when that word is plain, lies before it).

    1. *Four plain words*. Before the first mark a match reads only plain words: the town (at
       most :data:`TOWN_WORDS`), and, when the line opens with more plain words than that,
       something that starts at one of its first ``TOWN_WORDS + 1`` words: an agency (after up to
       three words: the word is the first word of an agency form, which a blank or a mark must
       follow), a month (a blank follows it: the whole word), a weekday (the word starts with
       it: a date may follow it without a blank), or a today or date-intro word. So a line that
       opens with ``TOWN_WORDS + 1`` plain words, each followed by a blank, none of which is or
       holds such a word, cannot match.
    2. *An early digit or hyphen* (none of the characters of an agency, calendar or today
       form): where no today or intro word lies before it, a match must hold it as its first
       mark. A digit there starts the day of a date, of one or two digits, after which (and
       blanks) comes a separator of the date or of what follows it (:data:`_AFTER_DAY`), a month
       or an ordinal suffix (``गुजरात में 11 हुई`` cannot match). A hyphen there follows the town
       and is followed by a blank or a second hyphen (``जैसे-जैसे`` cannot match).
    """

    def __init__(self, lexicons: Lexicons) -> None:
        calendar = lexicons["calendar"]
        agency = lexicons["places"]["agency_words"].canonical_of
        self._plain_words = regex.compile(rf"(?:{_PLAIN_LETTERS}+[ \t]+){{{TOWN_WORDS + 1}}}")
        self._plain_run = regex.compile(rf"(?:{_PLAIN_LETTERS}|[ \t])*+")
        self._words = frozenset(f.split()[0] for f in agency) | frozenset(calendar["months"].canonical_of)
        self._weekdays = tuple(calendar["weekdays"].canonical_of)
        # a today or intro form may start inside a word: its first word, looked for as a
        # substring; only words of plain letters can stand in plain words, and a word holding
        # another one is found where that one is
        inner = {f.split()[0] for s in ("today", "date_intro") for f in calendar[s].canonical_of}
        inner = {f for f in inner if regex.fullmatch(rf"{_PLAIN_LETTERS}+", f)}
        self._inner = tuple(sorted(f for f in inner if not any(g != f and g in f for g in inner)))
        # the months and weekdays are read as one word each (the pattern reads them so)
        self._exact = all(" " not in f and "\t" not in f for s in ("months", "weekdays") for f in calendar[s].canonical_of)
        # the characters of the forms that may come before a day in a match: never taken for
        # the first mark of rule 2
        forms = [*agency, *(f for s in ("months", "weekdays", "today", "date_intro") for f in calendar[s].canonical_of)]
        plain = regex.compile(rf"{_PLAIN_LETTERS}|[ \t]")
        self._form_marks = frozenset(ch for f in forms for ch in f if not plain.match(ch))
        # what may follow a day (and blanks): the start of a month or an ordinal suffix
        after_day = [*calendar["months"].canonical_of, *calendar["ordinal_suffixes"].canonical_of]
        self._day_words1 = frozenset(f for f in after_day if len(f) == 1)
        self._day_words2 = frozenset(f[:2] for f in after_day if len(f) >= 2)

    def may_match(self, text: str, start: int, end: int) -> bool:
        """False only when the dateline pattern cannot match ``text[start:end]`` at ``start``."""
        if not self._exact:
            return True
        m = self._plain_words.match(text, start, end)
        if m is None:
            return self._may_match_after_mark(text, start, end)
        head = text[start : m.end()]
        words = head.split()
        if not self._words.isdisjoint(words):
            return True
        for word in words:
            if word.startswith(self._weekdays):
                return True
        return self._inner_in(head)

    def _may_match_after_mark(self, text: str, start: int, end: int) -> bool:
        """Rule 2: the line's first mark is a digit that starts no day, or a hyphen that does not
        end a town, and no today or intro word comes before it."""
        pos = self._plain_run.match(text, start, end).end()  # type: ignore[union-attr]
        if pos >= end:
            return True
        mark = text[pos]
        if mark in self._form_marks:
            return True
        if mark in DIGITS:
            may = self._may_be_day(text, pos, end)
        elif mark == "-":
            may = pos + 1 >= end or text[pos + 1] == "-" or text[pos + 1].isspace()
        else:
            return True
        return may or self._inner_in(text[start:pos])

    def _may_be_day(self, text: str, pos: int, end: int) -> bool:
        """Whether the digits at ``pos`` may be a date's day: one or two digits, then (after
        blanks, ``str.isspace`` being wider than the pattern's ``\\s``) the line's end, a
        separator, a month or an ordinal suffix."""
        k = pos
        while k < end and text[k] in DIGITS:
            k += 1
        if k - pos > 2:
            return False
        while k < end and text[k].isspace():
            k += 1
        if k >= end:
            return True
        return text[k] in _AFTER_DAY or text[k : k + 2] in self._day_words2 or text[k] in self._day_words1

    def _inner_in(self, head: str) -> bool:
        """Whether a today or date-intro word of plain letters occurs in ``head``."""
        for form in self._inner:
            if form in head:
                return True
        return False


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
            elif " " not in t.text.strip() and gazetteer.is_town(t.text.strip(" *_")):
                analysis.title = None  # a known town alone on the first line is a dateline ('SIKAR')
        dateline = self.datelines.find(doc, after=analysis.title.end if analysis.title else 0)
        analysis.dateline = dateline.span if dateline else None
        analysis.dateline_town = dateline.town if dateline else None


def title(doc: Document) -> Span | None:
    """The headline: a first line followed by more text, not ending in a full stop."""
    text = doc.text
    n = len(text)
    first = _NON_BLANK.search(text)  # first non-blank character (no stripped copy of the text)
    start = n if first is None else first.start()
    end = text.find("\n", start)
    if end < 0:
        return None
    if _NON_BLANK.search(text, end) is None:
        return None  # nothing but blanks after the first line
    while start < end and text[start] in _BULLETS:
        start += 1
    while end > start and (text[end - 1].isspace() or text[end - 1] in "*#"):
        end -= 1
    if end <= start or text[end - 1] in _FULL_STOPS or end - start > 300 or text.find("।", start, end) >= 0:
        return None  # a headline has no full stop; a first line with one is a paragraph
    return doc.span(start, end)
