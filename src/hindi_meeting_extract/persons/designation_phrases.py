"""Designation phrases: offices and the qualifiers grown around them.

The API the rest of the person stage uses (a designation grammar may replace this module by
offering the same three methods):

* :meth:`DesignationPhrases.find` — ``(view, starts) -> {first word: DesignationPhrase}``: the
  phrases that grow from the office words at ``starts`` (listed offices, their first words,
  unlisted acronyms); adjacent offices are one phrase;
* :meth:`DesignationPhrases.link_length` — words of an office link (``पद पर``) at a word;
* :meth:`DesignationPhrases.to_designations` — a phrase as the record's
  :class:`~hindi_meeting_extract.analysis.Designation` objects: the titles of the phrase
  (a coordinated run split), each as its short core, grounded on the phrase (or its own title);
  :meth:`DesignationPhrases.office_key` compares two titles of one person.

The grammar's own lexicon sections (descriptors, coordinators, genitive levels) are read and
checked by :class:`DesignationGrammar`.

A :class:`~.words.DesignationPhrase` gives its core words ``[i, j)``, its folded span (with a
bracketed qualifier), ``after`` (the first word after it), ``plural``/``canonical`` (सदस्यों ->
सदस्य), ``weak`` (an unlisted acronym), ``territorial`` (एसडीएम खैरागढ़ X) and ``level``.
"""

from __future__ import annotations

import regex

from ..analysis import Designation
from ..document import Document
from ..errors import LexiconError
from ..lexicon import Lexicon
from ..normalize import fold
from .vocabulary import PersonVocabulary
from .words import DesignationPhrase, WordView

NUMBER_SEP_RE = regex.compile(r"[ \t]+[0-9\u0966-\u096f]+[ \t]+")  # ' 15 ' between two words
WORD_RE = regex.compile(r"[\u0900-\u0963\u0971-\u097fA-Za-z\u00c0-\u024f]+")  # the words of words.SPLIT_RE
TITLE_BREAKS = frozenset(",/|;")  # a mark between two titles of a run (अध्यक्ष, सचिव / सह संयोजक)


def latin_name_end(vocab: PersonVocabulary, view: WordView, k: int) -> bool:
    """Word k, an acronym-shaped Latin word (folded to lower case, ``meena`` looks like ``sdm``),
    comes right after a plain Latin word that is no acronym or office: it ends a name written in
    Latin (Rajesh Meena), it is no office."""
    w = view.w[k]
    if not (w.isascii() and k > 0 and view.spaced(k - 1)) or w in vocab.office_single:
        return False
    prev = view.w[k - 1]
    return prev.isascii() and prev.isalpha() and prev not in vocab.office_single and vocab.acronym_re.fullmatch(prev) is None


class DesignationGrammar:
    """The designations lexicon's own sections, read and checked once (:meth:`from_lexicon`).

    * ``descriptors`` — office forms that describe an occupation or standing (समाजसेवी, नेता,
      पत्रकार): they anchor a name, but a title whose heads are all descriptors is no designation;
    * ``coordinators`` — words joining two titles (सह, एवं, व, तथा): a title run splits there when
      both sides hold an office (``सह`` before an office is its modifier: सह संयोजक);
    * ``genitive_levels`` — level words written before के (लोकसभा के प्रभारी, जिले के प्रभारी): the
      office's level, written in its base form (जिला);
    * ``compounds`` — every one-word office that is a level and an office in one (जिलाध्यक्ष), as
      its words, so that two writings of one office are compared as one.
    """

    __slots__ = ("compounds", "coordinators", "descriptors", "genitive_levels", "place_names", "standings")

    def __init__(self, descriptors: frozenset[str], coordinators: frozenset[str], genitive_levels: dict[str, str],
                 compounds: dict[str, tuple[str, ...]], place_names: frozenset[str] = frozenset(),
                 standings: frozenset[str] = frozenset()) -> None:
        self.descriptors = descriptors
        self.standings = standings  # सेवानिवृत्त: before a generic office, a standing (no designation)
        self.place_names = place_names  # two-word post qualifiers (उत्तर प्रदेश): a name, not a level
        self.coordinators = coordinators
        self.genitive_levels = genitive_levels
        self.compounds = compounds

    @classmethod
    def from_lexicon(cls, des: Lexicon) -> DesignationGrammar:
        """Read and check the sections (a :class:`LexiconError` names the first bad entry)."""
        where = f"{des.source} designations"
        for name in ("offices", "levels", "descriptors", "coordinators", "genitive_levels"):
            if name not in des.sections:
                raise LexiconError(f"{where}: section [{name}] is missing")
        office_forms = {fold(f) for sec in ("offices", "abbreviations") if sec in des.sections for f in des[sec].forms}
        descriptors = frozenset(fold(f) for f in des["descriptors"].forms)
        for f in sorted(descriptors - office_forms):
            raise LexiconError(f"{where} [descriptors]: {f!r} is not an office form (list it under [offices] first)")
        coordinators = frozenset(fold(f) for f in des["coordinators"].forms)
        for f in sorted(coordinators):
            if " " in f:
                raise LexiconError(f"{where} [coordinators]: {f!r} must be one word")
        level_forms = {fold(f) for f in des["levels"].forms}
        genitive_levels: dict[str, str] = {}
        for canonical, forms in des["genitive_levels"].entries.items():
            if fold(canonical) not in level_forms:
                raise LexiconError(f"{where} [genitive_levels]: {canonical!r} is not a level (list it under [levels])")
            for f in forms:
                if " " in f:
                    raise LexiconError(f"{where} [genitive_levels]: {f!r} must be one word")
                genitive_levels[fold(f)] = canonical
        compounds: dict[str, tuple[str, ...]] = {}
        for canonical, forms in des["offices"].entries.items():
            words = tuple(fold(canonical).split())
            if len(words) > 1 and words[0] in level_forms:
                for f in forms[1:]:
                    if " " not in f:
                        compounds[fold(f)] = words
        place_names = frozenset(
            f for f in (fold(x) for x in (des["post_qualifiers"].forms if "post_qualifiers" in des.sections else ())) if " " in f
        )
        standings = frozenset(fold(f) for f in (des["standings"].forms if "standings" in des.sections else ()))
        return cls(descriptors, coordinators, genitive_levels, compounds, place_names, standings)


class DesignationPhrases:
    """Reads designation phrases (see the module docstring for the API)."""

    def __init__(self, vocab: PersonVocabulary) -> None:
        self.vocab = vocab
        self.grammar = DesignationGrammar.from_lexicon(vocab.designation_lexicon)
        des = vocab.designation_lexicon
        self.abbreviations = frozenset(fold(f) for f in des["abbreviations"].forms if " " not in f)
        # how office nouns end (व्यवस्थापक, खजिनदार, लेखपाल, प्रकल्पाधिकारी): an unknown word so
        # ending after an office that is also a modifier is the office it qualifies
        self.office_endings = tuple(sorted(fold(f) for f in des["office_endings"].forms)) if "office_endings" in des.sections else ()
        # offices that are also words qualifying an office (सदर: the Urdu president, and the
        # headquarters area in सदर विधानसभा प्रभारी)
        self.qualifying_offices = frozenset(
            fold(f) for f in (des["post_qualifiers"].forms if "post_qualifiers" in des.sections else ())
        ) & vocab.office_single
        # राज्यपाल द्वारा मनोनीत …: an office that is the agent of an appointment (first word -> forms)
        self.appointed_by: dict[str, list[tuple[str, ...]]] = {}
        for f in sorted({fold(x) for x in des["appointed_by"].forms} if "appointed_by" in des.sections else (), key=len, reverse=True):
            words = tuple(f.split())
            self.appointed_by.setdefault(words[0], []).append(words)
        # X को Y बनाया गया: the dative marking the holder, the appointment verbs (as word tuples),
        # the plural markers of a verb given to several names (A व B उपाध्यक्ष चुने गए)
        def section(name: str) -> list[str]:
            return [fold(x) for x in des[name].forms] if name in des.sections else []

        # posts a retired holder still carries as a title (सेवानिवृत्त न्यायाधीश), unlike an occupation
        self.standing_posts = frozenset(section("standing_posts"))
        self.appointment_objects = frozenset(section("appointment_objects"))
        self.appointment_verbs = sorted({tuple(f.split()) for f in section("appointment_verbs")}, key=len, reverse=True)
        self.appointment_first = frozenset(f[0] for f in self.appointment_verbs)
        self.appointment_plurals = frozenset(section("appointment_plurals"))
        self.appointment_negations = frozenset(section("appointment_negations"))
        self.appointment_nonfinite = frozenset(section("appointment_nonfinite"))
        for w, (prefix, office) in vocab.glued_offices.items():  # उपअभियंता = उप अभियंता
            self.grammar.compounds[w] = (prefix, *self.grammar.compounds.get(office, (office,)))

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
            or (view.sep[i - 1] == "-" and view.w[i - 1] in self.vocab.modifier_words)  # सह-संयोजक, उप-निदेशक
        ):
            prev = view.w[i - 1]
            if prev in self.vocab.words_before_office and prev not in self.vocab.plural_of:
                i -= 1
            elif prev in self.vocab.conjunctions and i >= 2 and view.spaced(i - 2) and view.w[i - 2] in self.vocab.department_words and view.w[i] in self.vocab.department_words:
                i -= 1
            elif not unknown and not view.sep[i - 1].strip(" \t") and prev not in self.vocab.name_stoppers \
                    and not (i < k and view.sep[i] == "-") and (u := self.unknown_office_words_before(view, i)):
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
            if w in self.vocab.office_multi and self.office_length_at(view, j) > 1:
                break  # प्रधान | जिला एवं सत्र न्यायाधीश: a listed office of several words opens the next phrase

            if post == 0 and w in self.vocab.gap_stoppers:
                break  # वाणिज्य कर, but not अध्यक्ष कर रहे
            if post == 0 and w in self.vocab.given_names and j + 1 < view.n and view.spaced(j) and view.w[j + 1] not in self.vocab.name_stoppers \
                    and not view.w[j + 1].endswith(self.vocab.non_name_endings):
                break  # महामंत्री विकास सैनी: a first name, not a portfolio (but सचिव नगर विकास X)
            j += 1
            post += 1
        if post and j < view.n and view.w[j] in self.vocab.genitives and view.spaced(j - 1):
            j = k + length  # मुख्य ऑब्जर्वर हरियाणा के पूर्व विधायक: the words before के open the next phrase
        if j == k + 1 and view.w[k] in self.vocab.modifier_words and self.unknown_office_after(view, k):
            j += 1  # सहायक सरव्यवस्थापक X: the office the modifier qualifies, not a name part
            unknown = True
        last = view.w[k + length - 1]
        d = DesignationPhrase(i, j, view.start[i], view.end(j - 1), (view.start[i], view.end(j - 1)), head=k, unknown=unknown)
        if i == k and i >= 2 and view.w[i - 1] in self.vocab.genitives and view.spaced(i - 1) \
                and view.w[i] not in self.vocab.level_words:
            lv = self.portfolio_level(view, i - 1) if i >= 3 else None
            if lv is not None:  # केंद्रीय विद्युत, आवास एवं शहरी मामलों के मंत्री -> केंद्रीय मंत्री
                d.level = (view.start[lv], view.end(lv))
                d.start = view.start[lv]
            elif view.spaced(i - 2) and view.w[i - 2] in self.grammar.genitive_levels and self.level_alone(view, i - 2):
                # लोकसभा के प्रभारी -> लोकसभा प्रभारी: the level the office serves, before के
                d.level = (view.start[i - 2], view.end(i - 2))
                d.start = view.start[i - 2]
        if last in self.vocab.plural_of:
            d.plural = True
            d.canonical = self.vocab.plural_of[last]
        # a bracket after the office: a qualifier (प्रदेश प्रभारी (आईटी एवं सोशल मीडिया) श्री X,
        # अधिकारी (प्रभारी) X), its abbreviation (खंड विकास अधिकारी (बीडीओ) X) or a second title
        # of the same person (सदस्य सचिव (शिक्षक) X)
        sep = view.sep[j - 1]
        if sep.strip(" \t") == "(":
            close = view.ft.find(")", d.end, d.end + 70)
            if close > 0 and "\n" not in view.ft[d.end : close]:
                inner = [(m.start(), m.end(), m.group()) for m in WORD_RE.finditer(view.ft, d.end, close)]
                kind = self.bracket_kind(view, [w for _, _, w in inner])
                if kind:
                    d.end = close + 1
                if kind == "title":
                    d.bracket = (inner[0][0], inner[-1][1])
        if j < view.n and view.w[j - 1] in self.vocab.numbered and d.end == d.core[1] and NUMBER_SEP_RE.fullmatch(view.sep[j - 1]):
            d.end = view.start[j] - (len(view.sep[j - 1]) - len(view.sep[j - 1].rstrip(" \t")))  # पार्षद वार्ड 15 X
        d.after = j
        while d.after < view.n and view.start[d.after] < d.end:
            d.after += 1
        return d

    def bracket_kind(self, view: WordView, inner: list[str]) -> str | None:
        """What the bracket after an office holds (its words ``inner``): ``"qualifier"`` (no office word, or
        only words that qualify or abbreviate an office: प्रभारी, बीडीओ), ``"title"`` (another office,
        at most four words: शिक्षक, सेवानिवृत्त शिक्षक) or None (something else)."""
        v = self.vocab
        if not inner:
            return None
        if not any(x in v.office_words for x in inner):
            if inner[0] in v.given_names and inner[0] not in v.words_after_office and inner[0] not in v.words_before_office:
                return None  # सचिव (सुनीता वर्मा): the name, read by the anchor
            return "qualifier"
        if all(x in v.modifier_words or x in v.level_words or x in v.department_words or x in self.abbreviations
               or x in view.acronyms for x in inner):
            return "qualifier"
        if len(inner) <= 4 and inner[-1] in v.office_words and not any(x in v.name_stoppers and x not in v.office_words
                                                                       and x not in v.words_before_office for x in inner):
            return "title"
        return None

    def bracketed_after_territory(self, view: WordView, k: int) -> bool:
        """Word k, right after a territorial office, is its territory (no name part) and a bracket
        opens after it with a name starting with a known given name: ``तहसीलदार रामगढ़ (सुरेश मीणा)``."""
        v = self.vocab
        if k + 1 >= view.n or not view.spaced(k - 1) or view.sep[k].strip(" \t") != "(" or "\n" in view.sep[k]:
            return False
        w = view.w[k]
        return bool(w) and w not in v.name_parts and w not in v.maybe_given and w not in v.name_stoppers \
            and view.w[k + 1] in v.given_names

    def level_alone(self, view: WordView, x: int) -> bool:
        """The level word x is not the end of a place's name (अरुणाचल प्रदेश, कोरबा जिले): a mark,
        a grammar word, a name part or an office word stands before it."""
        if x == 0 or not view.spaced(x - 1):
            return True
        prev = view.w[x - 1]
        if f"{prev} {view.w[x]}" in self.grammar.place_names:
            return False  # उत्तर प्रदेश
        v = self.vocab
        return prev in v.left_bound or prev in v.name_parts or prev in v.office_words or prev in v.modifier_words

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

    def unknown_office_after(self, view: WordView, k: int) -> bool:
        """Word k, an office that is also a modifier (सहायक, प्रधान), is followed by a word the
        lexicons do not know that ends like an office noun (``[office_endings]``: -क, -दार, -पाल,
        -अधिकारी …) and then by a known first name or a title: that word is the office the modifier
        qualifies (``सहायक सरव्यवस्थापक मीनल देसाई``, ``प्रधान संग्राहक X``), not the first word of
        the name."""
        v = self.vocab
        x = k + 1
        if view.w[k] not in v.modifier_words or x + 1 >= view.n or not (view.spaced(k) and view.spaced(x)):
            return False
        w = view.w[x]
        if len(w) < 4 or not w.endswith(self.office_endings) or w in view.acronyms or w in v.name_stoppers \
                or w in v.name_parts or w in v.maybe_given or w in v.maybe_surnames or w in v.hon_first:
            return False
        nxt = view.w[x + 1]
        return nxt in v.given_names or nxt in v.hon_first

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
            if last is not None and k < max(last.j, last.after):
                continue  # inside the last phrase, or its bracket: क्षेत्राधिकारी (सीओ) श्रीमती X
            length = self.office_length_at(view, k)
            if not length or self.latin_surname(view, k) or self.qualifies_next(view, k):
                continue
            d = self.grow(view, k, length)
            if d.j < view.n and view.w[d.j] in self.appointed_by and d.end == d.core[1] and self.appoints(view, d.j):
                continue  # राज्यपाल द्वारा मनोनीत सदस्य X: the appointing office, nobody's designation
            d.weak = length == 1 and view.w[k] not in self.vocab.office_single
            d.territorial = d.weak or " ".join(view.w[k : k + length]) in self.vocab.territorial
            if d.territorial and d.end == d.core[1] and d.after < view.n and self.bracketed_after_territory(view, d.after):
                d.end = view.end(d.after)  # तहसीलदार रामगढ़ (सुरेश मीणा): the territory is the phrase's
                d.after += 1
            if last is not None and (d.i <= last.j and view.spaced(last.j - 1) or d.i == last.j and self.slashed(view, last.j - 1)) \
                    and not d.plural and not last.plural and last.end == last.core[1]:
                last.j, last.end, last.core, last.after = d.j, d.end, (last.core[0], d.core[1]), d.after
                last.weak = last.weak and d.weak  # ICC मुख्य ऑब्जर्वर: a listed office makes it one
                last.territorial = last.territorial or d.territorial
                last.head, last.unknown = d.head, last.unknown or d.unknown
                last.bracket = d.bracket
                continue
            if last is not None and d.i < last.j:
                continue
            out[d.i] = d
            last = d
        return out

    def qualifies_next(self, view: WordView, k: int) -> bool:
        """Word k is an office that also qualifies one (सदर) and no title or name part follows
        (सदर अस्पताल, सदर प्रखंड के …, सदर अनुमंडल पुलिस पदाधिकारी X): a qualifier, no office of its
        own (an office after it grows over it: सदर विधायक X)."""
        if view.w[k] not in self.qualifying_offices:
            return False
        if k + 1 >= view.n or not view.spaced(k):
            return True
        nxt = view.w[k + 1]
        return nxt not in self.vocab.hon_first and nxt not in self.vocab.name_parts

    def appoints(self, view: WordView, k: int) -> bool:
        """Words from k are an appointment by the office before them (द्वारा मनोनीत, द्वारा नियुक्त)."""
        return view.spaced(k - 1) and any(
            tuple(view.w[k : k + len(form)]) == form and all(view.spaced(x) for x in range(k, k + len(form) - 1))
            for form in self.appointed_by[view.w[k]]
        )

    def appointment_at(self, view: WordView, k: int) -> int:
        """Words of an appointment verb (बनाया, मनोनीत, पद की जिम्मेदारी …) starting at word k, else 0."""
        if k >= view.n or view.w[k] not in self.appointment_first:
            return 0
        for form in self.appointment_verbs:
            if tuple(view.w[k : k + len(form)]) == form and all(view.spaced(x) for x in range(k, k + len(form) - 1)):
                return 0 if self.appointment_denied(view, k + len(form)) else len(form)
        return 0

    def appointment_denied(self, view: WordView, k: int) -> bool:
        """The words from k, after an appointment verb, negate it (… नियुक्त नहीं किया) or make it
        an infinitive governed by a genitive (… बनाए जाने की मांग, … नियुक्त करने का विरोध)."""
        for x in range(k, min(view.n, k + 3)):
            if not view.spaced(x - 1):
                return False
            w = view.w[x]
            if w in self.appointment_negations and x < k + 2:
                return True
            if w in self.appointment_nonfinite:
                return x + 1 < view.n and view.spaced(x) and view.w[x + 1] in self.vocab.genitives
        return False

    def latin_surname(self, view: WordView, k: int) -> bool:
        return latin_name_end(self.vocab, view, k)

    # ------------------------------------------------------------------ the titles of a phrase
    def to_designations(self, doc: Document, phrase: DesignationPhrase) -> list[Designation]:
        """The designations a phrase gives, each as its short core: a run of coordinated titles
        splits (``जिला महामंत्री सह युवा मोर्चा प्रभारी`` -> ``जिला महामंत्री``, ``युवा मोर्चा
        प्रभारी``; ``प्रभारी पूर्व विधायक`` -> two), an organisation after a comma is left out
        (``अध्यक्ष, जिला अधिवक्ता संघ`` -> ``अध्यक्ष``), a title of descriptors only
        (``वरिष्ठ नेता``, ``समाजसेवी``) gives none. One part keeps the phrase's full span; parts
        of a run each get their own (the first from the phrase start, the last to its end)."""
        ft = doc.folded.text
        s0, e0 = phrase.core
        found = [(m.start(), m.end(), m.group()) for m in WORD_RE.finditer(ft, s0, e0)]
        if not found:
            return [self.to_designation(doc, phrase)]
        words = [w for _, _, w in found]
        heads = self.heads(words)
        parts = self.title_parts(ft, found, heads)
        out: list[Designation] = []
        for n, (a, b) in enumerate(parts):
            office_words = [" ".join(words[x:y]) for x, y in heads if a <= x and y <= b]
            if office_words and all(o in self.grammar.descriptors for o in office_words):
                continue  # समाजसेवी, वरिष्ठ नेता: a descriptor, not an office
            if words[a] in self.grammar.standings and all(o in self.vocab.generic and o not in self.standing_posts for o in office_words):
                continue  # सेवानिवृत्त शिक्षक: what a person was, no post
            core = (found[a][0], found[b - 1][1])
            if len(parts) == 1:
                span = (phrase.start, phrase.end)
            else:
                span = (phrase.start if n == 0 else core[0], phrase.end if n == len(parts) - 1 else core[1])
            level = phrase.level if n == 0 else None
            canonical = phrase.canonical if n == len(parts) - 1 else self.vocab.plural_of.get(words[b - 1])
            out.append(self.designation(doc, core, span, level, canonical))
        if phrase.bracket is not None and out:
            out.append(self.designation(doc, phrase.bracket, phrase.bracket, None, None))
        return out

    def heads(self, words: list[str]) -> list[tuple[int, int]]:
        """The offices among ``words``: word ranges ``[x, y)``, longest listed form first."""
        out: list[tuple[int, int]] = []
        x = 0
        n = len(words)
        while x < n:
            w = words[x]
            size = 0
            for form in self.vocab.office_multi.get(w, ()):
                if tuple(words[x : x + len(form)]) == form:
                    size = len(form)
                    break
            if not size and (w in self.vocab.office_single):
                size = 1
            if size:
                out.append((x, x + size))
                x += size
            else:
                x += 1
        return out

    def title_parts(self, ft: str, found: list[tuple[int, int, str]], heads: list[tuple[int, int]]) -> list[tuple[int, int]]:
        """Word ranges of the titles of a run. A break is a coordinator word or a mark between
        words, or a qualifier run starting after an office and ending in another office; it
        splits only when an office stands on both sides. A part without an office after a
        mark is an organisation (left out); after a coordinator it joins its neighbours
        (स्वास्थ्य एवं परिवार कल्याण मंत्री)."""
        n = len(found)
        if n == 1:
            return [(0, 1)]  # one word, one title (what the steps below give it)
        words = [w for _, _, w in found]
        head_at = [False] * n
        head_start = [False] * n
        head_end = [False] * n
        for x, y in heads:
            head_start[x] = True
            head_end[y - 1] = True
            for z in range(x, y):
                head_at[z] = True
        if not heads:
            return [(0, n)]
        # pieces: (first word, end word, joined to the previous by a mark?)
        pieces: list[list] = []
        a = 0
        mark_before = False
        x = 0
        while x < n:
            if not head_at[x] and words[x] in self.grammar.coordinators and x > a and not (
                words[x] == "सह" and x + 1 < n and head_start[x + 1]
            ):
                pieces.append([a, x, mark_before])
                a, mark_before = x + 1, False
                x += 1
                continue
            if x + 1 < n:
                between = ft[found[x][1] : found[x + 1][0]]
                if any(c in TITLE_BREAKS for c in between) and not (head_at[x] and head_at[x + 1] and not head_end[x]):
                    pieces.append([a, x + 1, mark_before])
                    a, mark_before = x + 1, True
            x += 1
        pieces.append([a, n, mark_before])
        # a qualifier run after an office, before another office: प्रभारी | पूर्व विधायक
        split: list[list] = []
        for a, b, mark in pieces:
            start = a
            x = a
            while x < b:
                if head_end[x] and x + 1 < b and not head_at[x + 1]:
                    y = x + 1
                    while y < b and not head_at[y] and self.is_qualifier(words[y]):
                        y += 1
                    # an office that is also a modifier (प्रधान, सहायक) qualifies the office after
                    # it across portfolio words (प्रधान स्वास्थ्य सचिव), not across पूर्व/जिला …
                    # … and an office before a body's word names the body (सलाहकार परिषद उपाध्यक्ष)
                    qualifies = words[x] in self.vocab.modifier_words or words[x] in self.qualifying_offices
                    opens = not (qualifies and words[x + 1] in self.vocab.words_after_office) \
                        and words[x + 1] not in self.vocab.institution_words
                    if y < b and head_start[y] and opens:
                        split.append([start, x + 1, mark if start == a else False])
                        start = x + 1
                    x = y
                    continue
                x += 1
            split.append([start, b, mark if start == a else False])
        has_head = [any(head_at[z] for z in range(p[0], p[1])) for p in split]
        out: list[tuple[int, int]] = []
        pending: int | None = None  # start of office-less pieces joined by a coordinator
        for (a, b, mark), h in zip(split, has_head):
            if a >= b:
                continue
            if not h:
                if mark and out:
                    continue  # अध्यक्ष, जिला अधिवक्ता संघ: the organisation
                if out and not mark and pending is None:
                    out[-1] = (out[-1][0], b)  # मंत्री वित्त एवं राजस्व
                    continue
                pending = a if pending is None else pending
                continue
            if pending is not None and not mark:
                a = pending
            pending = None
            out.append((a, b))
        return out or [(0, n)]

    def is_qualifier(self, w: str) -> bool:
        v = self.vocab
        return w in v.modifier_words or w in v.level_words or w in v.department_words or w in v.institution_words

    def designation(self, doc: Document, core: tuple[int, int], span: tuple[int, int], level: tuple[int, int] | None,
                    canonical: str | None) -> Designation:
        """One title: its core words (a transient word dropped, a level before a portfolio
        added, a plural office in its base form) and the span it is grounded on."""
        text = " ".join(doc.span_from_folded(*core).text.replace("\u200d", "").replace("\u200c", "").split())
        words = text.split()
        words = self.without_transient(words)
        while len(words) > 1 and fold(words[0]) in self.grammar.coordinators and fold(words[0]) != "सह":
            words = words[1:]
        if level is not None:
            lv = doc.span_from_folded(*level).text
            lv = self.grammar.genitive_levels.get(fold(lv), lv)
            if fold(lv) not in {fold(w) for w in words}:
                words = [lv, *words]
        if canonical:
            words = [*words[:-1], canonical]
        return Designation(canonical=" ".join(words), span=doc.span_from_folded(*span))

    def without_transient(self, words: list[str]) -> list[str]:
        """The title's words without a leading transient word (नवनियुक्त अध्यक्ष -> अध्यक्ष)."""
        while len(words) > 1:
            if len(words) > 2 and fold(" ".join(words[:2])) in self.vocab.transient:
                words = words[2:]
            elif fold(words[0]) in self.vocab.transient:
                words = words[1:]
            else:
                break
        return words

    def office_key(self, canonical: str) -> frozenset[str]:
        """The folded words of a title, one-word compounds written out (जिलाध्यक्ष = जिला अध्यक्ष):
        two titles of one person with the same key are one office."""
        out: list[str] = []
        for w in fold(canonical).split():
            out.extend(self.grammar.compounds.get(w, (w,)))
        return frozenset(out)

    @staticmethod
    def slashed(view: WordView, k: int) -> bool:
        """Only a slash between word k and the next (सदस्य/ सह संयोजक: two titles of one run)."""
        return view.sep[k].strip(" \t") == "/" and "\n" not in view.sep[k]

    def to_designation(self, doc: Document, phrase: DesignationPhrase) -> Designation:
        span = doc.span_from_folded(phrase.start, phrase.end)
        core = doc.span_from_folded(*phrase.core)
        text = " ".join(core.text.replace("\u200d", "").replace("\u200c", "").split())
        words = text.split()
        words = self.without_transient(words)
        text = " ".join(words)
        if phrase.level is not None:
            text = doc.span_from_folded(*phrase.level).text + " " + text
        if phrase.canonical:
            text = " ".join(text.split()[:-1] + [phrase.canonical])
        return Designation(canonical=text, span=span)
