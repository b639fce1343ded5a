"""Designation phrases: offices and the qualifiers grown around them.

The API the rest of the person stage uses (a designation grammar may replace this module by
offering the same three methods):

* :meth:`DesignationPhrases.find` — ``(view, starts) -> {first word: DesignationPhrase}``: the
  phrases that grow from the office words at ``starts`` (listed offices, their first words,
  unlisted acronyms); adjacent offices are one phrase;
* :meth:`DesignationPhrases.link_length` — words of an office link (``पद पर``) at a word;
* :meth:`DesignationPhrases.to_designation` — a phrase as the record's
  :class:`~hindi_meeting_extract.analysis.Designation` (compact canonical form, raw span).

A :class:`~.words.DesignationPhrase` gives its core words ``[i, j)``, its folded span (with a
bracketed qualifier), ``after`` (the first word after it), ``plural``/``canonical`` (सदस्यों ->
सदस्य), ``weak`` (an unlisted acronym), ``territorial`` (एसडीएम खैरागढ़ X) and ``level``.
"""

from __future__ import annotations

import regex

from ..analysis import Designation
from ..document import Document
from ..normalize import fold
from .vocabulary import PersonVocabulary
from .words import DesignationPhrase, WordView

NUMBER_SEP_RE = regex.compile(r"[ \t]+[0-9\u0966-\u096f]+[ \t]+")  # ' 15 ' between two words


class DesignationPhrases:
    """Reads designation phrases (see the module docstring for the API)."""

    def __init__(self, vocab: PersonVocabulary) -> None:
        self.vocab = vocab

    def link_length(self, view: WordView, k: int) -> int:
        """Words of an office link (पद पर) starting at word k."""
        if k >= view.n or view.w[k] not in self.vocab.link_first:
            return 0
        for form in self.vocab.office_links:
            if tuple(view.w[k : k + len(form)]) == form and all(view.spaced(x) for x in range(k, k + len(form))):
                return len(form)
        return 0

    def office_length_at(self, view: WordView, k: int) -> int:
        """Number of words of an office starting at word k (0 if none)."""
        w = view.w[k]
        if k + 1 < view.n and view.w[k + 1] in self.vocab.office_second.get(w, ()):  # else no longer form fits
            for form in self.vocab.office_multi[w]:
                if tuple(view.w[k : k + len(form)]) == form and all(view.spaced(x) for x in range(k, k + len(form) - 1)):
                    return len(form)
        return 1 if w in self.vocab.office_single or w in view.acronyms else 0

    def grow(self, view: WordView, k: int, length: int) -> DesignationPhrase:
        """Grow an office at words [k, k+length) into its phrase: qualifiers before and after."""
        i = k
        unknown = False
        while i > 0 and i > k - 6 and (
            view.spaced(i - 1) or (view.sep[i - 1].strip(" \t") == "." and view.w[i - 1] in self.vocab.short_mods)
        ):
            prev = view.w[i - 1]
            if prev in self.vocab.words_before_office and prev not in self.vocab.plural_of:
                i -= 1
            elif prev in self.vocab.conjunctions and i >= 2 and view.spaced(i - 2) and view.w[i - 2] in self.vocab.department_words and view.w[i] in self.vocab.department_words:
                i -= 1
            elif not unknown and prev not in self.vocab.name_stoppers and (u := self.unknown_office_words_before(view, i)):
                unknown = True  # जिला क्षय रोग अधिकारी, रोजगार सहायक: office words not in the lexicon
                i -= u
            else:
                break
        while i < k and view.w[i] in self.vocab.conjunctions:  # never start with तथा/एवं
            i += 1
        j = k + length
        post = 0
        while j < view.n and post < 3 and (view.w[j] in self.vocab.words_after_office or view.w[j] in self.vocab.conjunctions) and view.spaced(j - 1):
            w = view.w[j]
            if w in self.vocab.conjunctions and post and view.w[j - 1] in self.vocab.department_words and j + 1 < view.n and view.spaced(j) \
                    and view.w[j + 1] in self.vocab.department_words:
                j += 2  # एडीएम वित्त एवं राजस्व X
                post += 1
                continue
            if w not in self.vocab.words_after_office:
                break
            if post == 0 and w in self.vocab.gap_stoppers:
                break  # वाणिज्य कर, but not अध्यक्ष कर रहे
            if post == 0 and w in self.vocab.given_names and j + 1 < view.n and view.spaced(j) and view.w[j + 1] not in self.vocab.name_stoppers \
                    and not view.w[j + 1].endswith(self.vocab.non_name_endings):
                break  # महामंत्री विकास सैनी: a first name, not a portfolio (but सचिव नगर विकास X)
            j += 1
            post += 1
        last = view.w[k + length - 1]
        d = DesignationPhrase(i, j, view.start[i], view.end(j - 1), (view.start[i], view.end(j - 1)), head=k, unknown=unknown)
        if i == k and i >= 3 and view.w[i - 1] in self.vocab.genitives and view.spaced(i - 1):
            lv = self.portfolio_level(view, i - 1)
            if lv is not None:  # केंद्रीय विद्युत, आवास एवं शहरी मामलों के मंत्री -> केंद्रीय मंत्री
                d.level = (view.start[lv], view.end(lv))
                d.start = view.start[lv]
        if last in self.vocab.plural_of:
            d.plural = True
            d.canonical = self.vocab.plural_of[last]
        # a parenthesised qualifier: प्रदेश प्रभारी (आईटी एवं सोशल मीडिया) श्री X
        sep = view.sep[j - 1]
        if sep.strip(" \t") == "(":
            close = view.ft.find(")", d.end, d.end + 70)
            if close > 0 and "\n" not in view.ft[d.end : close]:
                inner = view.ft[d.end : close].replace("(", " ").split()
                if not any(x in self.vocab.office_words for x in inner):
                    d.end = close + 1
        if j < view.n and view.w[j - 1] in self.vocab.numbered and d.end == d.core[1] and NUMBER_SEP_RE.fullmatch(view.sep[j - 1]):
            d.end = view.start[j] - (len(view.sep[j - 1]) - len(view.sep[j - 1].rstrip(" \t")))  # पार्षद वार्ड 15 X
        d.after = j
        while d.after < view.n and view.start[d.after] < d.end:
            d.after += 1
        return d

    def unknown_office_words_before(self, view: WordView, i: int) -> int:
        """One or two plain words before word i that are not name parts, with a clear start
        before them (a mark, a function word or postposition, another office word): they are
        office words the lexicon lacks (जिला क्षय रोग अधिकारी). 0 if none."""
        u = 0
        x = i - 1
        while u < 2 and x >= 0 and view.spaced(x):
            w = view.w[x]
            if not w or len(w) < 2 or w in self.vocab.name_stoppers or w in self.vocab.name_parts or w in self.vocab.hon_first \
                    or w.endswith(self.vocab.non_office_endings) or w in view.acronyms:
                break
            u += 1
            b = x - 1
            if b < 0 or not view.spaced(b) or view.w[b] in self.vocab.left_bound or view.w[b] in self.vocab.words_before_office:
                return u
            x -= 1
        return 0

    def portfolio_level(self, view: WordView, genitive: int) -> int | None:
        """The level word opening a portfolio that ends before the genitive at word g
        (``केंद्रीय विद्युत, आवास एवं शहरी मामलों के मंत्री``): at most 8 words back, only
        department, level, unknown words, conjunctions and commas between, one department
        word at least; the level word starts the clause."""
        dept = False
        x = genitive - 1
        while x >= 0 and genitive - x <= 8:
            if not (view.spaced(x) or view.sep[x].strip(" \t") == ","):
                return None
            w = view.w[x]
            if w in self.vocab.level_words and x < genitive - 1 and dept and (
                x == 0 or not view.spaced(x - 1) and view.sep[x - 1].strip(" \t") != "," or view.w[x - 1] in self.vocab.left_bound
            ):
                return x
            if w in self.vocab.department_words:
                dept = True
            elif not (w in self.vocab.level_words or w in self.vocab.conjunctions or w.endswith(self.vocab.non_name_endings) or (
                w and w not in self.vocab.name_stoppers and w not in self.vocab.name_parts and not w.isdigit()
            )):
                return None
            x -= 1
        return None

    def find(self, view: WordView, starts: list[int]) -> dict[int, DesignationPhrase]:
        """Designation phrases by their first word; adjacent ones are one phrase."""
        out: dict[int, DesignationPhrase] = {}
        last: DesignationPhrase | None = None
        for k in starts:
            if last is not None and k < last.j:
                continue
            length = self.office_length_at(view, k)
            if not length:
                continue
            d = self.grow(view, k, length)
            d.weak = length == 1 and view.w[k] not in self.vocab.office_single
            d.territorial = d.weak or " ".join(view.w[k : k + length]) in self.vocab.territorial
            if last is not None and d.i <= last.j and view.spaced(last.j - 1) and not d.plural and not last.plural \
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

    def to_designation(self, doc: Document, phrase: DesignationPhrase) -> Designation:
        span = doc.span_from_folded(phrase.start, phrase.end)
        core = doc.span_from_folded(*phrase.core)
        text = " ".join(core.text.replace("\u200d", "").replace("\u200c", "").split())
        words = text.split()
        while len(words) > 1:  # नवनियुक्त अध्यक्ष -> अध्यक्ष
            if len(words) > 2 and fold(" ".join(words[:2])) in self.vocab.transient:
                words = words[2:]
            elif fold(words[0]) in self.vocab.transient:
                words = words[1:]
            else:
                break
        text = " ".join(words)
        if phrase.level is not None:
            text = doc.span_from_folded(*phrase.level).text + " " + text
        if phrase.canonical:
            text = " ".join(text.split()[:-1] + [phrase.canonical])
        return Designation(canonical=text, span=span)
