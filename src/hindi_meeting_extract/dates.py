"""The meeting date: explicit dates, the dateline date and relative expressions.

Candidates, in order of trust:

1. an explicit date right after आज (``आज दिनांक 11/6/23``);
2. an explicit date (before any lead sentence that puts the meeting on the dateline's day:
   ``बैठक आज हुई``) in the lead (headline and first sentences) whose sentence has a meeting
   word, that does not bound a period (``12 दिसंबर से``) and, if announced in the future tense,
   stands in the headline or first sentence and outside reported speech;
3. the dateline date (``कोरबा 12 जुलाई।``), shifted by a relative expression of the lead
   (गत दिवस −1, कल + past verb −1, a weekday when the year is known); a weekday that cannot be
   resolved leaves the date undetermined;
4. a publication stamp (``Updated: December 17, 2019 10:26 IST``) used like a dateline date;
5. ``reference_date`` with a relative expression.

A day may be written as a word right before or after a month name (``सत्ताईस जून``,
``calendar.day_words``; not ``दो जून की रोटी``). A date without a year takes it from the dateline, a stamp or ``reference_date`` (the latest date
not after it plus :data:`YEAR_MARGIN_DAYS`). Month, weekday and relative words come from
``data/calendar.toml``; meeting words from ``data/places.toml``.
"""

from __future__ import annotations

import bisect
import datetime as dt
from dataclasses import dataclass

import regex

from .analysis import Analysis, DateHit
from .document import Document
from .lexicon import Lexicons, Section, trie_alternation
from .normalize import fold
from .scan import WordSet

MONTHS = ("january", "february", "march", "april", "may", "june", "july", "august", "september",
          "october", "november", "december")
WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
RELATIVE_OFFSETS = {"today": 0, "yesterday": -1, "day_before_yesterday": -2}
YEAR_MARGIN_DAYS = 31  # a meeting may be announced this long before the reference date
LEAD_SENTENCES = 6  # headline, byline/dateline and the first body sentences
LEAD_CHARS = 1500  # … and never more than this many characters
MAX_CANDIDATES = 12  # explicit dates of the lead looked at
STAMP_LINE_CHARS = 160  # a publication stamp stands on a short line of its own
ANNOUNCE_SENTENCES = 2  # a future-tense date counts only this close to the headline
CLAUSE_CHARS = 400  # a clause (danda- or line-delimited) is looked for this far either side of a word

DIGITS = "0123456789०१२३४५६७८९"
N = f"[{DIGITS}]"
_WORD_END = r"(?![\p{L}\p{M}])"
_WORD_START = r"(?<![\p{L}\p{M}])"
_LETTER = regex.compile(r"[\p{L}\p{M}]")
_LETTER_WORD = regex.compile(r"[\p{L}\p{M}]+")
_ASCII_DIGITS = regex.compile("[0-9]+")  # DIGITS, one range per script (see DatePatterns._date_digits)
_DEVANAGARI_DIGITS = regex.compile("[०-९]+")


def _alt(*sections: Section) -> str:
    return trie_alternation({fold(f) for s in sections for f in s.forms})


def _words(*sections: Section) -> str:
    """A whole-word alternation of the folded forms of ``sections``."""
    return rf"{_WORD_START}(?:{_alt(*sections)}){_WORD_END}"


@dataclass(frozen=True, slots=True)
class DateMatch:
    """An explicit date found in the folded view (``start``/``end`` are folded offsets)."""

    year: int | None
    month: int
    day: int
    start: int
    end: int


class DatePatterns:
    """Explicit-date patterns built from the calendar lexicon (shared by layout and dates)."""

    def __init__(self, lexicons: Lexicons) -> None:
        cal = lexicons["calendar"]
        self.month_of = {form: MONTHS.index(c.lower()) + 1 for form, c in cal["months"].canonical_of.items()}
        self.weekday_of = {form: WEEKDAYS.index(c.lower()) for form, c in cal["weekdays"].canonical_of.items()}
        mon = rf"(?:{cal['months'].trie()}){_WORD_END}"
        intro = rf"(?:{cal['date_intro'].trie()})"
        ordinal = cal["ordinal_suffixes"].trie()
        joiners = rf"(?:{cal['day_joiners'].trie()}){_WORD_END}"
        d, y4 = rf"{N}{{1,2}}", rf"{N}{{4}}"
        self.intro = intro
        self._digit = regex.compile(N)
        # where a date can start (see :meth:`_matches`)
        self._month_reach = max(len(fold(f)) for f in cal["months"].forms)
        self._month_end = regex.compile(rf"(?:{cal['months'].trie()})\Z")
        intro_digits = {fold(f)[-1] for f in cal["date_intro"].forms} & set(DIGITS)  # दि०
        # the first digit of a run, or a digit after an intro that ends in one (दि०12)
        self._date_digit = regex.compile(rf"(?<![{''.join(d for d in DIGITS if d not in intro_digits)}]){N}")
        self._intro_digits = "".join(sorted(intro_digits))
        self._other_digits = frozenset(DIGITS) - intro_digits
        # the last two characters of the month names of two or more, and the names of one: a
        # month name ends at a position only where one of them ends there
        month_forms = {fold(f) for f in cal["months"].forms}
        self._month_ends2 = frozenset(f[-2:] for f in month_forms if len(f) >= 2)
        self._month_ends1 = frozenset(f for f in month_forms if len(f) == 1)
        # what must follow a date's first digits: a separator, more digits, or (the start of) a
        # month, ordinal or joiner word; a number followed by anything else starts no date
        self._goes_on = regex.compile(
            rf"{N}*+\s*+(?:[,./\-–]|{N}|{cal['months'].trie()}|{ordinal}|{cal['day_joiners'].trie()})"
        )
        # the same shape without groups, for embedding in the dateline pattern
        self.fragment = (
            rf"(?:{intro}\s*+[:\-]?\s*+)?(?:{d}\s*+(?:{ordinal})?\s*+[-/.,]?\s*+{mon}(?:\s*+[,.]?\s*+{y4})?"
            rf"|{mon}\s+{d}(?!{N})(?:\s*,\s*{y4})?|{d}\s?[./-]\s?{d}\s?[./-]\s?(?:{y4}|{N}{{2}})(?!{N}))"
        )
        self.explicit = regex.compile(
            rf"(?=[0-9०-९]|{mon})(?:"  # every date starts with a digit or a month: a cheap first test
            rf"(?<!{N})(?P<d1>{d})(?:\s*(?:{ordinal}){_WORD_END})?"
            rf"(?:\s*+(?:[,\-–]|{joiners})?\s*+{d}(?!{N})){{0,4}}\s*+[-/.,]?\s*+(?P<m1>{mon})"  # \s*+: linear on whitespace runs
            rf"(?:\s*+[,.]?\s*+(?P<y1>{y4})(?!{N}))?"
            rf"|(?P<m2>{mon})\s+(?P<d2>{d})(?!{N}|\s*[:.]\s*{N})(?:\s*,\s*(?P<y2>{y4})(?!{N}))?"
            rf"|(?<![0-9०-९.,:-]|[^\p{{L}}\p{{M}} \t]/)(?P<d3>{d})\s?(?P<s>[./-])\s?(?P<m3>{d})\s?(?P=s)\s?(?P<y3>{y4}|{N}{{2}})"
            rf"(?!{N}|[./-]{N})"
            rf"|(?={N})(?<={intro}\s*[:\-]?\s*)(?P<d5>{d})\s?,\s?(?P<m5>{d})\s?,\s?(?P<y5>{y4})(?!{N})"
            rf"|(?<!{N})(?P<y4>{y4})-(?P<m4>{N}{{2}})-(?P<d4>{N}{{2}})(?!{N}))",
            regex.V1,
        )

        # days written as words, read only next to a month name (सत्ताईस जून, जून सत्ताईस)
        self.day_word_of = {  # the words only, not the canonical digits
            form: int(c) for form, c in cal["day_words"].canonical_of.items() if not form.isdigit()
        } if "day_words" in cal.sections else {}
        if self.day_word_of:
            days = trie_alternation(self.day_word_of)
            blockers = _alt(cal["day_word_blockers"]) if "day_word_blockers" in cal.sections else "(?!)"
            self._month_word = regex.compile(rf"{_WORD_START}(?:{cal['months'].trie()}){_WORD_END}", regex.V1)
            self._day_word_before = regex.compile(rf"{_WORD_START}(?:{days})[ \t]++\Z", regex.V1)
            self._day_word_after = regex.compile(rf"[ \t]++(?:{days}){_WORD_END}", regex.V1)
            self._year_after = regex.compile(rf"\s*+,?\s*+({y4})(?!{N})")
            # the month names made of letters only (जून, not दिसं.): a day in words is read next to them
            self._month_words = WordSet(f for f in self.month_of if _LETTER_WORD.fullmatch(f))
            self._blocked_after = regex.compile(rf"[ \t]++(?:{blockers}){_WORD_END}", regex.V1)

    def months_in(self, doc: Document) -> frozenset[str]:
        """The month names (folded, letters only) that occur in ``doc`` as whole words: one set
        look-up over its words, shared with other stages (:meth:`find` looks for a day in words
        only next to them)."""
        return frozenset(self._month_words.among(doc.folded.text, doc.word_tokens)) if self.day_word_of else frozenset()

    def _month_spans(self, text: str, start: int, end: int, months: frozenset[str] | None) -> list[tuple[int, int]]:
        """Where a month name stands in ``text[start:end]``: found by ``str.find`` for the names
        ``months`` (those of the document), else by a scan."""
        if months is None:
            return [m.span() for m in self._month_word.finditer(text, start, end)]
        out = []
        for form in months:
            pos = text.find(form, start, end)
            while pos >= 0:
                e = pos + len(form)
                if (pos == 0 or not _LETTER.match(text, pos - 1)) and not _LETTER.match(text, e):
                    out.append((pos, e))
                pos = text.find(form, e, end)
        return sorted(out)

    def word_dates(self, text: str, start: int, end: int, months: frozenset[str] | None = None) -> list[DateMatch]:
        """Dates whose day is a number word right before or after a month name (``सत्ताईस जून``,
        ``जून सत्ताईस``), not followed by a word that makes it a count (``दो जून की रोटी``,
        ``जनवरी दो हजार …``). Looked for only around month names (``months``: see :meth:`months_in`)."""
        out: list[DateMatch] = []
        if not self.day_word_of:
            return out
        for ms, me in self._month_spans(text, start, end, months):
            name = text[ms:me]
            month = self.month_of.get(name) or self.month_of.get(name.rstrip("."), 0)
            if not month:
                continue
            b = self._day_word_before.search(text, max(start, ms - 16), ms)
            if b is not None and not self._blocked_after.match(text, me, end):
                s, day, e = b.start(), self.day_word_of[text[b.start() : ms].strip(" \t")], me
            elif (a := self._day_word_after.match(text, me, end)) is not None and not self._blocked_after.match(text, a.end(), end):
                s, day, e = ms, self.day_word_of[text[me : a.end()].strip(" \t")], a.end()
            else:
                continue
            year = None
            if (y := self._year_after.match(text, e, end)) is not None:
                year, e = int(y.group(1)), y.end()
            try:
                dt.date(year or 2000, month, day)
            except ValueError:
                continue
            out.append(DateMatch(year, month, day, s, e))
        return out

    def parse(self, m: regex.Match[str]) -> DateMatch | None:
        """The date of a match of :attr:`explicit`, or None when it is no valid day."""
        g = m.groupdict()
        for i in "12345":
            if g.get(f"d{i}") is None:
                continue
            day = int(g[f"d{i}"])
            raw_month = g[f"m{i}"]
            if i in "12":
                month = self.month_of.get(raw_month) or self.month_of.get(raw_month.rstrip("."), 0)
            else:
                month = int(raw_month)
            year = int(g[f"y{i}"]) if g.get(f"y{i}") else None
            if year is not None and year < 100:
                year += 2000
            if not month or not 1 <= month <= 12 or not 1 <= day <= 31:
                return None
            try:
                dt.date(year or 2000, month, day)
            except ValueError:
                return None
            return DateMatch(year, month, day, m.start(), m.end())
        return None

    def find(self, text: str, start: int = 0, end: int | None = None, *, months: frozenset[str] | None = None) -> list[DateMatch]:
        """Valid dates in ``text[start:end]``; ``text`` is a folded view (see :func:`~.normalize.fold`).
        ``months``: the month names of the text (:meth:`months_in`), when known: a day in words
        is looked for only next to them (None: next to any)."""
        end = len(text) if end is None else end
        found = [dm for m in self._matches(text, start, end) if (dm := self.parse(m))]
        words = self.word_dates(text, start, end, months) if months is None or months else None
        if words:
            found += [w for w in words if not any(w.start < d.end and d.start < w.end for d in found)]
            found.sort(key=lambda d: d.start)
        return found

    def _matches(self, text: str, start: int, end: int) -> list[regex.Match[str]]:
        """``explicit.finditer(text, start, end)``, trying the pattern only where a date can
        start: at the first digit of a run (or after an intro ending in a digit: ``दि०12``),
        or at a month name that ends right before the blanks ahead of one (``जुलाई 12``).
        A scan tries every character; this tries a few places per digit run."""
        found: list[regex.Match[str]] = []
        pos = start  # nothing before this can start a match any more
        for g in self._date_digits(text, start, end):
            if g < pos:
                continue
            blank = g
            while blank > pos and text[blank - 1].isspace():
                blank -= 1
            first = g
            if (
                blank < g
                and self._may_end_month(text, blank)
                and self._month_end.search(text, max(pos, blank - self._month_reach), blank)
            ):
                first = max(pos, blank - self._month_reach)
            if first == g and not self._goes_on.match(text, g, end):
                continue
            for p in range(first, g + 1):
                if p >= pos and (m := self.explicit.match(text, p, end)):
                    found.append(m)
                    pos = m.end()
        return found

    def _date_digits(self, text: str, start: int, end: int) -> list[int]:
        """The starts of ``_date_digit.finditer(text, start, end)``: the first digit of each run
        (unless a digit other than an intro's stands right before it, even before ``start``),
        and each digit right after an intro's digit (दि०12, and the 2 of २०२३ too). Found with
        one scan per script: the engine scans for one range of characters several times faster
        than for a class of two."""
        out: list[int] = []
        other, intro = self._other_digits, self._intro_digits
        for runs in (_ASCII_DIGITS, _DEVANAGARI_DIGITS):
            for m in runs.finditer(text, start, end):
                a, b = m.span()
                if a == 0 or text[a - 1] not in other:
                    out.append(a)
                for d in intro:
                    j = text.find(d, a, b - 1)
                    while j >= 0:
                        out.append(j + 1)
                        j = text.find(d, j + 1, b - 1)
        out.sort()
        return out

    def _may_end_month(self, text: str, pos: int) -> bool:
        """False only when no month name ends at ``pos``: its last two characters (or its one)
        must be those of some name (a cheap test before :attr:`_month_end`)."""
        return text[max(0, pos - 2) : pos] in self._month_ends2 or text[pos - 1 : pos] in self._month_ends1


def _with_year(month: int, day: int, anchor: dt.date, *, margin: int = YEAR_MARGIN_DAYS) -> dt.date:
    """The latest date with this month and day not later than ``anchor + margin`` days."""
    limit = anchor + dt.timedelta(days=margin)
    for year in range(limit.year, limit.year - 8, -1):
        try:
            d = dt.date(year, month, day)
        except ValueError:  # 29 February
            continue
        if d <= limit:
            return d
    raise ValueError(f"no date {month}-{day}")


def lead_end_of(doc: Document) -> int:
    """Folded end of the lead: the first LEAD_SENTENCES sentences, at most LEAD_CHARS characters."""
    if not doc.sentences:
        return 0
    end = doc.folded.to_folded(doc.sentences[min(LEAD_SENTENCES, len(doc.sentences)) - 1].end)
    return min(end, LEAD_CHARS)


class DateStage:
    """Sets ``analysis.date`` from the dateline, the text and ``analysis.reference_date``."""

    def __init__(self, lexicons: Lexicons) -> None:
        cal, places = lexicons["calendar"], lexicons["places"]
        self.patterns = DatePatterns(lexicons)
        self._aaj_before = regex.compile(
            rf"{_words(cal['today'])}(?:\s+[\p{{L}}\p{{M}}]+[०0.]?){{0,2}}\s*[:\-]?\s*\Z", regex.V1
        )
        self._period_after = regex.compile(
            rf"\s*(?:[,(]?\s*{_words(cal['weekdays'])}\s*[,)]?\s*)?"
            rf"(?:{_words(cal['period_bounds'], cal['other_occasion_after'])})",
            regex.V1,
        )
        self._meeting = regex.compile(_words(places["meeting_nouns"]), regex.V1)
        self._event = regex.compile(_words(places["event_words"]), regex.V1)
        self._future = regex.compile(_words(cal["future_markers"], cal["future_participles"]), regex.V1)
        self._participle = regex.compile(_words(cal["future_participles"]), regex.V1)
        self._past = regex.compile(_words(cal["past_markers"]), regex.V1)
        self._plan = regex.compile(_words(cal["plan_markers"]), regex.V1)
        self._background = regex.compile(_words(cal["background_markers"]), regex.V1)
        self._speech = regex.compile(_words(cal["speech_openers"]), regex.V1)
        self._stamp = regex.compile(
            rf"(?<![\p{{L}}])(?:{cal['stamp_markers'].trie()})(?![\p{{L}}])|{N}{{1,2}}:{N}{{2}}", regex.V1
        )
        rel: list[str] = []
        for name in RELATIVE_OFFSETS:
            rel.append(rf"(?P<{name}>{_words(cal[name])})")
        rel.append(rf"(?P<vague>{_words(cal['vague'])})")
        rel.append(rf"(?P<kal>{_words(cal['kal'])})")
        rel.append(rf"(?P<parson>{_words(cal['parson'])})")
        rel.append(rf"(?P<weekday>{_words(cal['weekdays'])})")
        self._relative = regex.compile("|".join(rel), regex.V1)
        self._today = regex.compile(_words(cal["today"]), regex.V1)
        self._today_weekday = regex.compile(rf"{_words(cal['today'])}\s*,?\s*\Z", regex.V1)

    # -- helpers -----------------------------------------------------------------------
    def _sentence(self, doc: Document, fpos: int) -> tuple[int, int, int]:
        """Folded bounds and index of the sentence holding folded offset ``fpos``."""
        raw = doc.folded.to_raw(fpos, fpos + 1)[0]
        sent = doc.sentence_at(raw)
        if sent is None:
            return fpos, fpos + 1, len(doc.sentences)
        idx = doc.sentences.index(sent)
        return doc.folded.to_folded(sent.start), doc.folded.to_folded(sent.end), idx

    def _hit(self, doc: Document, year: int | None, month: int, day: int, fstart: int, fend: int, rule: str) -> DateHit:
        return DateHit(year, month, day, doc.span_from_folded(fstart, fend), rule)

    # -- stage -------------------------------------------------------------------------
    def __call__(self, analysis: Analysis) -> None:
        doc = analysis.doc
        text = doc.folded.text
        n_sent = len(doc.sentences)
        if not n_sent:
            return
        lead_end = lead_end_of(doc)
        months = self.patterns.months_in(doc)  # सत्ताईस जून: a day in words is looked for next to these only
        title_idx = 0 if analysis.title is not None else -1
        dateline_idx = -1  # a dateline standing as a sentence of its own counts like the headline
        if analysis.dateline is not None and (sent := doc.sentence_at(analysis.dateline.start)) is not None:
            dateline_idx = doc.sentences.index(sent) - 1 if sent.end <= analysis.dateline.end + 1 else -1
        dl_date: DateMatch | None = None
        ds = de = 0
        if analysis.dateline is not None:
            ds, de = doc.folded.to_folded(analysis.dateline.start), doc.folded.to_folded(analysis.dateline.end)
            found = self.patterns.find(text, ds, de, months=months)
            dl_date = found[0] if found else None

        stamp: DateMatch | None = None
        candidates: list[DateMatch] = []
        for dm in self.patterns.find(text, 0, lead_end, months=months)[:MAX_CANDIDATES]:
            if dl_date is not None and dm.start == dl_date.start:
                continue
            line_start = text.rfind("\n", 0, dm.start) + 1
            line_end = text.find("\n", dm.end)
            line = text[line_start : line_end if line_end >= 0 else len(text)]
            if dm.year is not None and len(line) <= STAMP_LINE_CHARS and self._stamp.search(line):
                stamp = stamp or dm
                continue
            if dm.start < lead_end:
                candidates.append(dm)

        year_anchor = self._year_anchor(dl_date, stamp, analysis.reference_date)

        def with_year(dm: DateMatch) -> int | None:
            if dm.year is not None:
                return dm.year
            return _with_year(dm.month, dm.day, year_anchor).year if year_anchor else None

        # 1. आज दिनांक …
        for dm in candidates:
            if (
                self._aaj_before.search(text, max(0, dm.start - 30), dm.start)
                and not self._period(text, dm)
                and not self._background.search(text, *self._sentence(doc, dm.start)[:2])
            ):
                analysis.date = self._hit(
                    doc, with_year(dm), dm.month, dm.day, dm.start, dm.end, "explicit date after today word"
                )
                return
        # 2. explicit date in a meeting sentence of the lead, unless the lead dates the meeting
        #    by the dateline ('भोपाल, 8 जून। बैठक आज हुई। … 11 अप्रैल को मनाई गई जयंती …')
        today_at = self._meeting_today(doc, text, lead_end) if dl_date is not None else None
        for dm in candidates:
            if today_at is not None and dm.start > today_at:
                break  # the meeting was first dated आज: later dates are other events
            if self._period(text, dm):
                continue
            s, e, idx = self._sentence(doc, dm.start)
            clause_end = self._clause(text, dm.start, dm.end)[1]
            if self._participle.search(text, dm.end, clause_end):
                continue  # '15 अगस्त को होने वाले समारोह की तैयारी बैठक'
            if self._plan.search(text, dm.end, clause_end):
                continue  # 'बैठक में 7 मार्च को मेला लगाने का निर्णय लिया गया': a planned event, a deadline
            has_meeting = bool(self._meeting.search(text, s, e))
            if not (has_meeting or self._event.search(text, s, e)) or self._background.search(text, s, e):
                continue
            if self._future.search(text, s, e):
                announce = idx <= max(title_idx, dateline_idx) + ANNOUNCE_SENTENCES
                # an announcement's date is the planned meeting's or event's (… समारोह 7 जून को
                # मनाया जाएगा), unless the lead reports a meeting held (which planned the event)
                if not (
                    announce
                    and not self._speech.search(text, s, dm.start)
                    and (has_meeting or not self._past_meeting(doc, text, lead_end))
                ):
                    continue
            analysis.date = self._hit(
                doc, with_year(dm), dm.month, dm.day, dm.start, dm.end, "explicit date near meeting word"
            )
            return
        # 3./4./5. an anchor date shifted by the lead's relative expression
        for anchor_dm, source in ((dl_date, "dateline"), (stamp, "stamp")):
            if anchor_dm is None:
                continue
            year = anchor_dm.year or (year_anchor and _with_year(anchor_dm.month, anchor_dm.day, year_anchor).year)
            anchor = dt.date(year or 2000, anchor_dm.month, anchor_dm.day)
            shifted = self._shift(text, lead_end, anchor, year is not None, (ds, de))
            if shifted is None:
                return  # 'गत सप्ताह', or a weekday without the year: the date is not determined
            day, cue = shifted
            rule = source if cue is None else f"{source}+{cue.group()}"
            analysis.date = self._hit(
                doc, day.year if year else None, day.month, day.day, anchor_dm.start, anchor_dm.end, rule
            )
            return
        if analysis.reference_date is not None:
            shifted = self._shift(text, lead_end, analysis.reference_date, True)
            if shifted is not None and shifted[1] is not None:
                day, cue = shifted
                analysis.date = DateHit(
                    day.year, day.month, day.day, doc.span_from_folded(cue.start(), cue.end()),
                    f"reference date+{cue.group()}",
                )

    def _meeting_today(self, doc: Document, text: str, lead_end: int) -> int | None:
        """Where a lead sentence without an explicit date puts the meeting on the dateline's day:
        a today word and a meeting word, outside reported speech (बैठक आज संपन्न हुई)."""
        for sent in doc.sentences[:LEAD_SENTENCES]:
            s, e = doc.folded.to_folded(sent.start), min(doc.folded.to_folded(sent.end), lead_end)
            if s >= e:
                break
            t = self._today.search(text, s, e)
            if (
                t
                and self._meeting.search(text, s, e)
                and not self._speech.search(text, s, t.start())
                and not self.patterns.find(text, s, e)
            ):
                return s
        return None

    def _past_meeting(self, doc: Document, text: str, lead_end: int) -> bool:
        """True when a lead sentence reports a meeting held: a meeting word and a past-tense
        marker, no future one (… की बैठक में रविवार को यह निर्णय लिया गया)."""
        for sent in doc.sentences[:LEAD_SENTENCES]:
            s, e = doc.folded.to_folded(sent.start), min(doc.folded.to_folded(sent.end), lead_end)
            if s >= e:
                break
            if self._meeting.search(text, s, e) and self._past.search(text, s, e) and not self._future.search(text, s, e):
                return True
        return False

    def _year_anchor(self, dl: DateMatch | None, stamp: DateMatch | None, ref: dt.date | None) -> dt.date | None:
        if dl is not None and dl.year is not None:
            return dt.date(dl.year, dl.month, dl.day)
        if stamp is not None and stamp.year is not None:
            return dt.date(stamp.year, stamp.month, stamp.day)
        return ref

    def _period(self, text: str, dm: DateMatch) -> bool:
        """True when the date bounds a period (… से, … तक, … के बाद)."""
        return bool(self._period_after.match(text, dm.end, min(len(text), dm.end + 30)))

    @staticmethod
    def _clause(text: str, start: int, end: int) -> tuple[int, int]:
        """Bounds of the danda- or line-delimited stretch around ``[start, end)``, at most
        CLAUSE_CHARS on either side (a constant cost per call, whatever follows the lead)."""
        lo, hi = max(0, start - CLAUSE_CHARS), min(len(text), end + CLAUSE_CHARS)
        s = max(text.rfind("।", lo, start), text.rfind("\n", lo, start))
        s = lo if s < 0 else s + 1
        e = min((i for i in (text.find("।", end, hi), text.find("\n", end, hi)) if i >= 0), default=hi)
        return s, e

    def _shift(
        self, text: str, lead_end: int, anchor: dt.date, year_known: bool, skip: tuple[int, int] = (0, 0)
    ) -> tuple[dt.date, regex.Match[str] | None] | None:
        """Apply the first relative expression of the lead (outside ``skip``) to ``anchor``.

        Returns the day and the expression used (None when the lead has none), or None when the
        day is not determined (a vague expression, a weekday without a known year).

        Meeting, event and tense words are found once, over the lead and the clause reach after
        it; each relative word then asks about its clause by bisection (no search per word).
        """
        hi = min(len(text), lead_end + CLAUSE_CHARS)
        found: dict[str, _Hits] = {}

        def hits(name: str) -> _Hits:
            if name not in found:
                found[name] = _Hits(getattr(self, name), text, hi)
            return found[name]

        for m in self._relative.finditer(text, 0, lead_end):
            kind = m.lastgroup
            if skip[0] <= m.start() < skip[1]:
                continue
            s, e = self._clause(text, m.start(), m.end())
            if not (hits("_meeting").any_in(s, e) or hits("_event").any_in(s, e)):
                continue  # the clause names no meeting or event
            if kind in RELATIVE_OFFSETS:
                return anchor + dt.timedelta(days=RELATIVE_OFFSETS[kind]), m
            if kind == "vague":
                return None  # 'गत सप्ताह बैठक हुई': no day
            if kind in ("kal", "parson"):
                step = 1 if kind == "kal" else 2
                if hits("_future").any_in(m.end(), e):
                    return anchor + dt.timedelta(days=step), m
                if hits("_past").any_in(s, e):
                    return anchor - dt.timedelta(days=step), m
                continue
            # a weekday: 'आज शनिवार' is the anchor itself
            if self._today_weekday.search(text, max(0, m.start() - 12), m.start()):
                return anchor, m
            if hits("_future").any_in(m.end(), e):
                continue  # 'रविवार को होने वाले सम्मेलन …': another, later event
            if not year_known:
                return None
            back = (anchor.weekday() - self.patterns.weekday_of[m.group()]) % 7
            return anchor - dt.timedelta(days=back), m
        return anchor, None


class _Hits:
    """The matches of a pattern in ``text[:end]``, asked about by position: does one lie
    inside ``[s, e)``? (Matches do not overlap, so their ends rise with their starts.)"""

    __slots__ = ("starts", "ends")

    def __init__(self, pattern: regex.Pattern[str], text: str, end: int) -> None:
        spans = [m.span() for m in pattern.finditer(text, 0, end)]
        self.starts = [a for a, _ in spans]
        self.ends = [b for _, b in spans]

    def any_in(self, s: int, e: int) -> bool:
        i = bisect.bisect_left(self.starts, s)
        return i < len(self.starts) and self.starts[i] < e and self.ends[i] <= e
