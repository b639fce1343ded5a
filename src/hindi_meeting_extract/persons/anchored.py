"""Names read from an anchor: after an honorific or after a designation / role noun.

:meth:`AnchoredNames.after_honorific` reads the name after a title and gives it the
designation written before it (``जिला अध्यक्ष श्री X``), also across an institution name or a
chain of offices; :meth:`AnchoredNames.after_office` reads the name right after an office or a
role noun, or lets the office wait (``pending``) for a titled name further on.
"""

from __future__ import annotations

from .. import gazetteer
from .designation_phrases import DesignationPhrases
from .names import NameReader
from .vocabulary import PersonVocabulary
from .words import MAX_WORDS, SENTENCE_END_MARKS, DesignationPhrase, NameCandidate, WordView

APPOINT_REACH = 16  # words from an appointed office to its verb (A को अध्यक्ष, B को सचिव तथा C को … बनाया)
DATIVE_GAP = 4  # words between को and the office (X को संगठन का प्रदेश अध्यक्ष, X को सर्वसम्मति से अध्यक्ष)


class AnchoredNames:
    """Names after honorifics, offices and role nouns."""

    def __init__(self, vocab: PersonVocabulary, names: NameReader, phrases: DesignationPhrases) -> None:
        self.vocab = vocab
        self.names = names
        self.phrases = phrases

    def gap_ok(self, view: WordView, a: int, b: int) -> bool:
        """Words [a, b) between a designation and an honorific: ≤ 4 with no mark or stop word,
        or ≤ 8 naming an institution (कुलपति महाराणा प्रताप कृषि एवं प्रौद्योगिक विश्वविद्यालय
        उदयपुर प्रो. X), where एवं/व may join its words."""
        if b - a > 8 or (a > 0 and not view.spaced(a - 1)) or not all(view.spaced(x) for x in range(a, b)):
            return False
        if b > a and self.phrases.link_length(view, a) == b - a:
            return True  # कोषाध्यक्ष पद पर रोटे. X
        words = view.w[a:b]
        if len(words) <= 4 and not any(w in self.vocab.gap_stoppers for w in words):
            return True
        return any(w in self.vocab.institution_words for w in words) and not any(
            w in self.vocab.gap_stoppers and w not in self.vocab.conjunctions for w in words
        )

    def chain_before(self, view: WordView, pending: list[DesignationPhrase], k: int) -> list[DesignationPhrase]:
        """The waiting designations in a chain ending close before word k, in one sentence.

        The last one may be 8 words before k (an institution name between), each earlier one at
        most 3 words before the next (महानिदेशक नईदिल्ली एवं पूर्व कुलपति …).
        """
        out: list[DesignationPhrase] = []
        limit, to = 8, k
        for d in reversed(pending):
            if not 0 <= to - d.after <= limit or any(any(c in "।\n|" for c in view.sep[x]) for x in range(d.j - 1, to)):
                break
            if to > d.after and "," in view.sep[to - 1]:
                break  # ब्लॉक अध्यक्ष भीमाराम, महिला मंत्री X: an unread name, then the next item of a list
            out.insert(0, d)
            limit, to = 3, d.i
        return out

    def after_honorific(self, view: WordView, k: int, hon_at: dict, des_at: dict, glued: dict,
                        pending: list[DesignationPhrase]) -> NameCandidate | None:
        """The name after the honorific at word k, with the designation before it."""
        form, nxt = hon_at[k]
        waiting = pending[:]
        pending.clear()
        first = k  # the first of stacked titles (रोटे. डॉ.), at most three
        while first > k - 3 and (first - 1) in hon_at and hon_at[first - 1][1] == first:
            first -= 1
        if nxt in hon_at and hon_at[nxt][0] not in self.vocab.name_parts:
            pending.extend(waiting)  # मौलाना मुफ़्ती X: the name (and the designation) wait for the last title
            return None
        cand = self.names.read(view, nxt, MAX_WORDS + 1, titled=True)
        if cand is not None:
            cand.titles = k - first + 1
        if cand is None or (form in self.vocab.weak_hon and len(cand.words) < 2):
            if nxt in hon_at:  # रोटे. डॉ. X: the designation waits for the last title
                pending.extend(waiting)
            return None
        if form in self.vocab.noun_titles and (len(cand.words) < 2 or not self.names.ends_strongly(view, cand)):
            return None  # डॉक्टर उसको बचाने …: a noun, not a title
        self.names.cut_after_surname(view, cand)
        cand.rule = "honorific"
        cand.honorific = self.vocab.hon_canon.get(form, form)
        cand.hon_span = (view.start[k], view.start[nxt])
        if k in glued:  # सचिवश्री
            cand.hon_span = (glued[k].end, view.start[nxt])
            cand.designations.append(glued[k])
        elif waiting and (waiting[-1].after >= first or self.gap_ok(view, waiting[-1].j, first)):
            # (an office phrase may end in a title word: सहायक प्रोफेसर डॉ. X)
            cand.designations.extend(self.chain_before(view, waiting, max(first, waiting[-1].after)))
        else:
            d = self.designation_before(view, des_at, first)
            if d is not None:
                cand.designations.append(d)
        return cand

    def after_office(self, view: WordView, k: int, phrase: DesignationPhrase | None, role_at: dict, hon_at: dict,
                     des_at: dict, pending: list[DesignationPhrase]) -> NameCandidate | None:
        """The name after the designation ``phrase`` (or the role noun) at word k.

        When a title, another designation or an institution name comes first, ``phrase`` waits in
        ``pending`` for the name after them.
        """
        if phrase is not None and phrase.plural:
            return None
        nxt = phrase.after if phrase is not None else role_at[k]
        if phrase is None and (nxt >= view.n or not view.spaced(nxt - 1)):
            pending.clear()
            return None
        dash = bracket = False
        if phrase is not None and nxt < view.n and view.sep[nxt - 1].strip(" \t") == "(" and "\n" not in view.sep[nxt - 1]:
            dash = bracket = True  # सचिव (सुनीता वर्मा), तहसीलदार रामगढ़ (सुरेश मीणा): the name in brackets
        elif phrase is not None and phrase.end == phrase.core[1] and (nxt >= view.n or not view.spaced(nxt - 1)):
            # उपाध्यक्ष – सुनीता वर्मा: a dash or colon on the same line
            sep = view.sep[nxt - 1] if nxt < view.n else ""
            if "\n" in sep or sep.strip(" \t") not in ("-", "–", "—", ":"):
                pending.clear()
                return None
            dash = True
        if phrase is not None and nxt < view.n and view.spaced(nxt - 1):
            link = self.phrases.link_length(view, nxt)
            if link and nxt + link < view.n:
                nxt += link  # सचिव पद पर X
        if nxt in hon_at:
            if phrase is not None:
                pending.append(phrase)
            return None
        if phrase is not None and phrase.weak:
            pending.clear()  # an unlisted acronym is an office only right before a name
        if phrase is not None and not phrase.weak and (self.genitive_office_follows(view, nxt, des_at) or self.chained_office_follows(view, nxt, des_at)):
            pending.append(phrase)  # ऑब्जर्वर हरियाणा के पूर्व विधायक X; उपाध्यक्ष एवं मुख्य अधिकारी X
            return None
        cand = self.names.read(view, nxt)
        if cand is None:
            pending.clear()
            return None
        after = self.names.last_word(view, cand.j) + 1
        if phrase is not None and after in hon_at and len(cand.words) <= 3 and view.spaced(after - 1):
            # डीन स्टूडेंट्स वेलफेयर डॉ. X: the words belong to the designation
            if phrase.weak:
                pending.clear()
                return None
            phrase.j = phrase.after = cand.j
            phrase.end = cand.end
            phrase.core = (phrase.core[0], cand.end)
            pending.append(phrase)
            return None
        if dash and not (self.names.name_like(cand.words) or len(cand.words) >= 2) or bracket and not self.closes_bracket(view, cand):
            pending.clear()
            return None
        if phrase is not None and self.indefinite(view, phrase) and not self.names.name_like(cand.words):
            pending.clear()  # … का एक प्रमुख उद्देश्य गरीबी उन्मूलन …: a common noun, no title
            return None
        self.names.trim_place(view, cand)
        self.names.trim_territory(view, cand, phrase)
        self.names.strip_title(view, cand)
        self.names.cut_after_surname(view, cand)
        ends = self.names.ends_strongly(view, cand) or self.office_follows(view, cand, des_at) \
            or (phrase is not None and self.first_name_before_link(view, cand))
        if not ends and phrase is not None and not phrase.weak and len(cand.words) >= 3:
            run = self.names.run_after_office(view, cand.i)  # पार्षद A B C D E F: names with no commas
            if run is not None:
                cand.j = run[0][1]
                cand.end = view.end(cand.j - 1)
                cand.words = view.w[cand.i : cand.j]
                ends = True  # (the list reader adds the other names)
        if not ends or (phrase is not None and not self.names.fits_office(view, phrase, cand)):
            # not a name: maybe an institution before a titled name (कुलपति … विश्वविद्यालय प्रो. X)
            if phrase is not None and not phrase.weak:
                pending.append(phrase)
            else:
                pending.clear()
            return None
        cand.rule = "after-designation" if phrase is not None else "after-role"
        if phrase is not None:
            cand.designations.extend(self.chain_before(view, pending, phrase.i))
            cand.designations.append(phrase)
        pending.clear()
        if len(cand.words) == 1 and cand.words[0] in self.vocab.surnames:
            cand.rule = "surname"
        return cand

    def after_occupations(self, view: WordView, at: list[int], cands: list[NameCandidate],
                          des_at: dict[int, DesignationPhrase]) -> None:
        """``किसान रामू ने कहा``, ``दिवंगत बुनकर मंगलराम को श्रद्धांजलि``, ``छात्रा सुनीता वर्मा को``:
        a noun of occupation or standing (names.toml [occupation_nouns]) right before a name is
        its descriptor, as a generic office is, but gives no designation (FORMAT.md).

        The name after it is kept when it looks like a name (a known first name or surname)
        and ends strongly, or when it is one word that ने/द्वारा follows, or one word written
        like a first name (a known one, or a compound one: मंगलराम) that a postposition or a
        mark closes (``किसान आंदोलन को``, ``छात्रा सुरक्षा को``: no). ``at``: the positions of the
        occupation nouns (found by the anchors' one pass over the words)."""
        if not at:
            return
        v, names = self.vocab, self.names
        taken: set[int] | None = None
        found: list[NameCandidate] = []
        for k in at:
            if k + 1 >= view.n or not view.spaced(k) or k in des_at or k + 1 in des_at:
                continue  # (किसान मित्र X: an office)
            nxt = view.w[k + 1]
            if nxt in v.name_stoppers or nxt.endswith(v.non_name_endings) or nxt.isdigit():
                continue  # (मरीज मिलने के, छात्र संघ ने)
            if k > 0 and view.spaced(k - 1) and view.w[k - 1] in v.any_given:
                continue  # … रामू दर्जी …: the noun may be a surname
            if taken is None:
                taken = {x for c in cands if c.i >= 0 for x in range(c.i, names.last_word(view, c.j) + 1)}
            if k in taken or k + 1 in taken:
                continue
            cand = names.read(view, k + 1)
            if cand is None or any(x in taken for x in range(cand.i, cand.j)):
                continue
            names.cut_after_surname(view, cand)
            if not self.occupation_name(view, cand) or not names.valid(view, cand):
                continue
            cand.rule = "after-role"
            found.append(cand)
            taken.update(range(cand.i, names.last_word(view, cand.j) + 1))
        cands.extend(found)

    def occupation_name(self, view: WordView, cand: NameCandidate) -> bool:
        """The words read after an occupation noun are a name (see :meth:`after_occupations`)."""
        names, v = self.names, self.vocab
        last = names.last_word(view, cand.j)
        sep, nxt = names.next_after(view, last)
        if len(cand.words) >= 2:
            return (names.name_like(cand.words) or names.initialed(view, cand)) and names.ends_strongly(view, cand)
        w = cand.words[0]
        if len(w) < 3 or w in view.acronyms or w.isascii():
            return False
        if not sep.strip(" \t") and nxt in v.agent_marks:
            return True
        if not (w in v.given_names or names.compound_given(w)) or w.endswith(v.non_office_endings) or gazetteer.is_place(w):
            return False  # (किसान चने की फसल: an oblique noun, no name)
        mark = sep.strip(" \t")
        return mark[:1] in (",", "।", "|", "(", "\n") if mark else (nxt in v.postpositions or nxt in v.genitives)

    def first_name_before_link(self, view: WordView, cand: NameCandidate) -> bool:
        """``… , डीडीएम प्रवीणा और …``: one known first name (not one that is also a word) right
        after an office, closed by a list link: the name ends there."""
        v = self.vocab
        if len(cand.words) != 1 or cand.words[0] not in v.given_names or cand.words[0] in v.maybe_given:
            return False
        last = self.names.last_word(view, cand.j)
        sep, nxt = self.names.next_after(view, last)
        return not sep.strip(" \t") and nxt in v.list_links

    def indefinite(self, view: WordView, phrase: DesignationPhrase) -> bool:
        """An indefinite (एक, हर …) right before the office: a common noun, not a title."""
        i = phrase.i
        return i > 0 and view.spaced(i - 1) and view.w[i - 1] in self.vocab.indefinites

    @staticmethod
    def closes_bracket(view: WordView, cand: NameCandidate) -> bool:
        """The name read inside a bracket ends at its closing bracket."""
        return view.sep[cand.j - 1].lstrip(" \t").startswith(")")

    def office_follows(self, view: WordView, cand: NameCandidate, des_at: dict[int, DesignationPhrase]) -> bool:
        """Another person's office starts right after the name, or after one word the lexicons do
        not know (``प्रभारी X जिला कांग्रेस अध्यक्ष Y``, ``विधायक X कोऑपरेटिव बैंक अध्यक्ष Y``) or
        after a conjunction (``प्रभारी X तथा सचिव Y``): the name ends there."""
        v = self.vocab
        j = cand.j
        for x in (j, j + 1):
            if x >= view.n or not view.spaced(x - 1):
                return False
            d = des_at.get(x)
            if d is not None and not d.weak and not d.plural:
                return True
            w = view.w[x]
            if x == j and w in v.conjunctions:
                continue  # वालंटियर सुनीता तथा प्लांट हेड X: a conjunction, then the next person's office
            if w in v.name_parts or w in v.maybe_given or w in v.maybe_surnames or w in v.name_stoppers:
                return False
        return False

    def designation_before(self, view: WordView, des_at: dict[int, DesignationPhrase], k: int) -> DesignationPhrase | None:
        for back in range(1, 12):
            d = des_at.get(k - back)
            if d is not None:
                return d if not d.plural and d.j <= k and self.gap_ok(view, d.j, k) else None
        return None

    def chained_office_follows(self, view: WordView, k: int, des_at: dict[int, DesignationPhrase]) -> bool:
        """``उपाध्यक्ष एवं मुख्य अधिकारी X`` / ``महानिदेशक नईदिल्ली एवं पूर्व कुलपति X`` (a place
        between, not a known first name: ``वालंटियर सुनीता तथा प्लांट हेड X`` are two persons)."""
        if k < view.n and view.w[k] in self.vocab.conjunctions and view.spaced(k) and (k + 1) in des_at:
            return True
        return (
            k + 2 < view.n and view.w[k] not in self.vocab.name_stoppers and view.w[k] not in self.vocab.given_names
            and view.spaced(k) and view.w[k + 1] in self.vocab.conjunctions
            and view.spaced(k + 1) and (k + 2) in des_at
        )

    def genitive_office_follows(self, view: WordView, k: int, des_at: dict[int, DesignationPhrase]) -> bool:
        """One or two words, के/की/का, then another designation: its qualifier, not a name."""
        for x in (k + 1, k + 2):
            if x + 1 < view.n and view.w[x] in self.vocab.genitives and all(view.spaced(y) for y in range(k, x + 1)) and (x + 1) in des_at:
                return not any(w in self.vocab.given_names or w in self.vocab.surnames for w in view.w[k:x])
        return False

    # ------------------------------------------------------------------ offices by appointment
    def appointed_offices(self, view: WordView, cands: list[NameCandidate], des_at: dict[int, DesignationPhrase]) -> None:
        """An office given by appointment or election, written after its holder, is the holder's
        designation:

        * ``X को (…) OFFICE`` + an appointment verb (``X को जिला सचिव बनाया गया``, ``X को सर्वसम्मति
          से अध्यक्ष चुना गया``, ``X को अध्यक्ष पद पर मनोनीत किया``), also when the verb closes a
          series (``A को अध्यक्ष, B को सचिव तथा C को कोषाध्यक्ष बनाया गया``: every one);
        * names joined by commas or व/और/तथा before one OFFICE and a plural appointment verb
          (``A व B उपाध्यक्ष चुने गए``): every name of the run, not only the last.

        Not an office followed by anything else (``X को अध्यक्ष ने सम्मानित किया``: the agent;
        ``X को अध्यक्ष पद से हटाया``: no appointment)."""
        ph = self.phrases
        if not ph.appointment_first or not des_at:
            return
        ends: set[int] | None = None  # where office phrases (and their links) end: a verb after one appoints
        ordered: list[NameCandidate] | None = None
        objects, trailing, n_words = ph.appointment_objects, self.vocab.trailing, view.n
        for c in cands:
            x = c.j  # the word after the name (after a trailing जी)
            if x >= n_words:
                continue
            if view.w[x] in trailing:
                x = self.names.last_word(view, c.j) + 1
                if x >= n_words:
                    continue
            if view.w[x] not in objects and x not in des_at or not view.spaced(x - 1):
                continue  # (most names: a postposition or a mark follows)
            if view.w[x] in objects:
                d = self.office_after_dative(view, x, des_at)
                if d is None:
                    continue
                if ends is None:
                    ends = {p.after + ph.link_length(view, p.after) for p in des_at.values() if p.after < view.n}
                if self.appointed(view, d, ends) and d not in c.designations:
                    c.designations.append(d)
                continue
            d = des_at.get(x)
            if d is None or d.plural or d.weak or not self.appointed_plural(view, d):
                continue
            if d not in c.designations:
                c.designations.append(d)
            if ordered is None:
                ordered = sorted(cands, key=lambda cand: cand.i)
            before = [p for p in ordered if p.i < c.i]
            for p in reversed(before):  # the names before it, joined by a comma or व/और/तथा
                p_last = self.names.last_word(view, p.j)
                gap = c.i - p_last
                mark = view.sep[p_last].strip(" \t")
                joined = (gap == 1 and mark == ",") or (
                    gap == 2 and view.spaced(p_last) and view.spaced(p_last + 1) and view.w[p_last + 1] in self.vocab.conjunctions
                ) or (gap == 2 and mark == "," and view.spaced(p_last + 1) and view.w[p_last + 1] in self.vocab.conjunctions)
                if not joined:
                    break
                if d not in p.designations:
                    p.designations.append(d)
                c = p

    def office_after_dative(self, view: WordView, x: int, des_at: dict[int, DesignationPhrase]) -> DesignationPhrase | None:
        """The office phrase after the dative at word x, at most DATIVE_GAP plain words between
        (``को संगठन का प्रदेश अध्यक्ष``, ``को सर्वसम्मति से अध्यक्ष``; no name, ने or verb)."""
        v = self.vocab
        for y in range(x + 1, min(view.n, x + 2 + DATIVE_GAP)):
            if not view.spaced(y - 1):
                return None
            d = des_at.get(y)
            if d is not None:
                return None if d.plural or d.weak else d
            w = view.w[y]
            if w in v.given_names or w in v.agent_marks or w in v.verbs or self.phrases.appointment_at(view, y):
                return None
        return None

    def appointed(self, view: WordView, d: DesignationPhrase, ends: set[int]) -> bool:
        """The office ``d`` is followed by an appointment verb: right after it (or its link: पद
        पर), or further on in its sentence after another appointed office (… , B को सचिव तथा C को
        कोषाध्यक्ष बनाया गया), no ने or sentence end between."""
        ph = self.phrases
        k = d.after
        if k >= view.n or not view.spaced(k - 1) and not view.sep[k - 1].strip(" \t") == ",":
            return False
        if view.spaced(k - 1):
            k += ph.link_length(view, k)
            if k < view.n and ph.appointment_at(view, k):
                return True
        for y in range(k, min(view.n, k + APPOINT_REACH)):
            if any(ch in SENTENCE_END_MARKS for ch in view.sep[y - 1]) or view.w[y] in self.vocab.agent_marks:
                return False
            if y in ends and ph.appointment_at(view, y) and view.spaced(y - 1):
                return True
        return False

    def appointed_plural(self, view: WordView, d: DesignationPhrase) -> bool:
        """The office ``d`` (after a name) is followed by a plural appointment verb: ``… उपाध्यक्ष
        चुने गए``, ``… सदस्य मनोनीत किए गए``."""
        ph = self.phrases
        k = d.after
        if k >= view.n or not view.spaced(k - 1):
            return False
        k += ph.link_length(view, k)
        size = ph.appointment_at(view, k)
        if not size:
            return False
        group = view.w[k : k + size + 2]
        return any(w in ph.appointment_plurals for w in group)
