"""Name reading: where a name starts and ends, and whether what was read is a name.

:meth:`NameReader.read` reads a name word by word from a start until Hindi ends it (lexicon
``names``: postpositions, conjunctions, verbs, designation words, ``जी``/``साहब`` …); the other
methods judge or trim what was read: does a strong end follow (:meth:`~NameReader.ends_strongly`),
is it inside an institution or a deity's name (:meth:`~NameReader.valid`), does it look like a
name (:meth:`~NameReader.name_like`), is a leading word a place or a title (``trim_*``,
``strip_title``), does it run past a surname (:meth:`~NameReader.cut_after_surname`).
"""

from __future__ import annotations

from bisect import bisect_right

from .vocabulary import PersonVocabulary, spelling_skeleton
from .words import MAX_WORDS, STRONG_MARKS, DesignationPhrase, NameCandidate, WordView


class NameReader:
    """Reads and judges names on a :class:`~.words.WordView` (stateless per document)."""

    def __init__(self, vocab: PersonVocabulary) -> None:
        self.vocab = vocab
        v = vocab
        self._postpositions = frozenset(v.postpositions | v.agent_marks)  # words that close a name
        self._postpositions_or_verbs = frozenset(self._postpositions | v.verbs)
        self._noun_surname_enders = frozenset(self._postpositions_or_verbs | v.list_links | v.list_closers)

    def read(self, view: WordView, k: int, max_words: int = MAX_WORDS, titled: bool = False) -> NameCandidate | None:
        """The name starting at word k, or None.

        ``titled``: an honorific comes right before, so ambiguous initials (जी के मोहंती) may
        start the name; after an office they are जी + postposition (मंत्री जी के आगमन पर).
        """
        v = self.vocab
        j = k
        real = 0
        n = view.n
        while j < n:
            w = view.w[j]
            if not w:
                break
            if j > k:
                sep = view.sep[j - 1]
                if not (view.spaced(j - 1) or (sep.strip(" \t") == "." and self.initial_like(view.w[j - 1]))):
                    break
            dotted = view.sep[j].lstrip(" \t").startswith(".") and not view.sep[j].lstrip(" \t").startswith("..")
            if w in self.vocab.letter_names and (
                dotted or (real == 0 and (j > k or ((titled or w not in self.vocab.name_stoppers) and self.initials_ahead(view, j))))
            ):
                j += 1  # an initial: यू. एस. चौहान, जी के मोहंती
                continue
            if real == 1 and j == k + 1 and w in v.given_suffixes and self.given_suffix_at(view, j):
                real += 1  # भरत भाई पटेल: a Gujarati first name written in two words
                j += 1
                continue
            if w in v.trailing:
                if real and self.medial_ji(view, j):
                    j += 1
                    continue
                break
            if w in v.name_stoppers and not (real == 0 and w in v.institution_words and self.given_before_surname(view.w[j : j + 2])
                                             and view.spaced(j)):  # लीला देवी, आरती वर्मा
                if (w in v.soft_stoppers or w in v.soft_last) and self.name_by_position(view, k, j, real):
                    real += 1  # भारत भूषण की अध्यक्षता, … वीरेंद्र कुमार पंडित मौजूद रहे
                    j += 1
                    if real >= max_words or j - 1 > k:
                        break  # a soft word ends the name it does not start
                    continue
                if real and w in v.noun_surnames and self.noun_surname_at(view, k, j, titled):
                    j += 1  # श्री अनिमेष सरकार, …, अनिमेष सरकार, …: a surname that is also a noun
                break
            if w.endswith(v.non_name_endings) and not (real and self.surname_not_oblique(view, j)) or w.isdigit() \
                    or (j > k and w in view.acronyms):
                break
            if real and self.misspelt_grammar(w):
                break  # a misspelt verb or particle after a name (… कुमार सामिल हुए, … नही आए)
            real += 1
            j += 1
            if real >= max_words or (dotted and w not in self.vocab.abbreviations):
                break
        # trim trailing जी/initial-less garbage: drop trailing जी words
        while j > k and view.w[j - 1] in self.vocab.trailing:
            j -= 1
        if real >= 2 and j < n and view.w[j] in v.name_suffixes and view.spaced(j - 1) and self.closed_after(view, j):
            j += 1  # अशोक रामपुरा वाले के सानिध्य में
        if real == 0 or j <= k:
            return None
        return NameCandidate(k, j, view.start[k], view.end(j - 1), view.w[k:j])

    def name_run(self, view: WordView, k: int, lead: bool = False) -> list[tuple[int, int]] | None:
        """``… , रमेश यादव सुनील उइके दिनेश साहू, …``: a list item that is several names
        written without commas, as word ranges, or None.

        The words from k to a clear end (a mark, or a stop word) are cut before each known
        first name that follows two or three words; each piece must be a known first name and
        one or two more words (a surname the lists may not know, or a middle name and a
        surname), and one piece must end in a known surname. ``lead``: one word no list knows
        may stand before the names (a group noun: अभिभावक, ग्रामीण)."""
        v, n = self.vocab, view.n
        if k + 3 >= n:
            return None
        s = k
        if lead and view.w[k] not in v.name_parts and view.spaced(k) and view.w[k + 1] in v.given_names \
                and view.w[k] not in v.left_bound and view.w[k] not in v.hon_first:
            s = k + 1
        x = s
        while x < n and x - s < 13:
            w = view.w[x]
            if not w or w in v.name_stoppers or w in v.trailing or w.endswith(v.non_name_endings) or w.isdigit() or w.isascii():
                break
            x += 1
            if not view.spaced(x - 1) and not (w in v.short_given and view.sep[x - 1].strip(" \t") == "."):
                break  # (… X यादव मो. जावेद खान …: the dot of a short first name goes on)
        e = x
        if e - s < 4:
            return None
        if e < n:
            mark = view.sep[e - 1].strip(" \t")
            if mark:
                if mark[0] not in ",।|(;\n":
                    return None
            elif view.w[e] not in v.conjunctions and view.w[e] not in v.postpositions and view.w[e] not in v.list_closers \
                    and view.w[e] not in v.verbs:
                return None
        words = view.w
        opens = v.given_openers
        chunks: list[list[int]] = [[s]]
        for y in range(s + 1, e):
            w = words[y]
            if (w in v.given_names and w not in v.any_surname or w in opens) and len(chunks[-1]) >= 2 and (
                    w not in v.middle_names or (words[y - 1] in v.clear_surnames and words[y - 1] not in v.middle_names)):
                # (a first name that is also a middle name starts a name after a surname: … टंडन किशोर X)
                chunks.append([y])
            else:
                chunks[-1].append(y)
        if len(chunks) < 2:
            return None
        cut: set[int] = set()  # the first words of names cut from four words (an unknown first name)
        for c in [c for c in chunks if len(c) == 4 and self.two_in_four([words[y] for y in c])]:
            x = chunks.index(c)  # A B C D: two names when only A is a known first name
            chunks[x : x + 1] = [c[:2], c[2:]]
            cut.add(c[2])
        if len(chunks[-1]) == 1 and self.lone_last(view, chunks[-1][0], e):
            lone = chunks.pop()  # … मुकेश यादव हरिओम,: a last item of one known first name
        else:
            lone = None
        for c in chunks:
            if not 2 <= len(c) <= 3 or words[c[0]] not in v.given_names and words[c[0]] not in opens and c[0] not in cut:
                return None
            last = words[c[-1]]
            if last in v.given_names and last not in v.any_surname and words[c[0]] not in opens:
                return None  # (अब्दुल रहीम: a first name of two words)
            if len(c) == 3 and not (last in v.any_surname or words[c[1]] in v.middle_names or words[c[0]] in opens):
                return None
        if not any(words[c[-1]] in v.surnames for c in chunks):
            return None
        if lone is not None:
            chunks.append(lone)
        return [(c[0], c[-1] + 1) for c in chunks]

    def two_in_four(self, w: list[str]) -> bool:
        """Four words of a run of names cut at known first names (``… सुरेश मिंज करमा उरांव …``)
        are two names of two words: a known first name, a word that is no first or middle name,
        a word no list knows as a name part, and a surname."""
        v = self.vocab
        return w[0] in v.given_names and w[1] not in v.any_given and w[1] not in v.middle_names \
            and w[2] not in v.name_parts and w[2] not in v.any_given and w[2] not in v.any_surname \
            and w[3] in v.any_surname and w[3] not in v.middle_names

    def split_two(self, view: WordView, cand: NameCandidate) -> NameCandidate | None:
        """``बबलू गुप्ता पिंटू चौहान``: two names of two words read as one (a known first name
        and a surname, then a word no list knows as a surname or middle name and a surname):
        cut ``cand`` to the first and return the second; else None (सैयद अली शाह गिलानी, a
        name with a middle name or a surname-like third word, stays whole)."""
        v, w = self.vocab, cand.words
        if len(w) != 4 or cand.i < 0 or not all(view.spaced(x) for x in range(cand.i, cand.i + 3)):
            return None
        if w[0] not in v.given_names or w[1] not in v.surnames or w[1] in v.middle_names or w[1] in v.any_given:
            return None
        if w[2] in v.any_surname or w[2] in v.middle_names or w[2] in v.letter_names or w[3] not in v.surnames \
                or w[3] in v.middle_names:
            return None
        i2 = cand.i + 2
        second = NameCandidate(i2, cand.j, view.start[i2], cand.end, w[2:], rule=cand.rule)
        cand.j = i2
        cand.end = view.end(i2 - 1)
        cand.words = w[:2]
        return second

    def lone_last(self, view: WordView, y: int, e: int) -> bool:
        """Word y, the last of a run ending before word e, is a name of its own: a known first
        name (not also a surname) that a comma, a danda, a bracket, a line break, the end of the
        text or a list link closes."""
        v = self.vocab
        w = view.w[y]
        if y != e - 1 or w not in v.given_names or w in v.any_surname or w in v.middle_names:
            return False
        if e >= view.n:
            return True
        mark = view.sep[e - 1].strip(" \t")
        if mark:
            return mark[0] in ",।|(;\n"
        return view.w[e] in v.list_links or view.w[e] in v.list_closers

    def run_after_office(self, view: WordView, k: int) -> list[tuple[int, int]] | None:
        """A run of names right after an office (``पार्षद A B C D E F``): as :meth:`name_run`,
        and a name of three words must end in a known surname (सांसद X सिंह गायिका Y Z: no)."""
        run = self.name_run(view, k)
        if run is None or run[0][0] != k:
            return None
        v = self.vocab
        if any(j - i == 3 and view.w[j - 1] not in v.any_surname and view.w[i] not in v.given_openers for i, j in run):
            return None
        return run

    def given_suffix_at(self, view: WordView, j: int) -> bool:
        """``भाई``/``बेन`` at word j after a known first name and before one more name word
        (``भरत भाई पटेल``, ``हंसा बेन शाह``; not ``रमेश भाई के साथ``)."""
        v, n = self.vocab, view.n
        if j + 1 >= n or not view.spaced(j - 1) or not view.spaced(j) or view.w[j - 1] not in v.any_given:
            return False
        nxt = view.w[j + 1]
        if nxt in v.given_names and nxt not in v.any_surname:
            return False  # (… भाई सुनील: a brother named after)
        return bool(nxt) and nxt not in v.name_stoppers and not nxt.endswith(v.non_name_endings) \
            and nxt not in v.trailing and not nxt.isdigit()

    def title_before(self, view: WordView, c: NameCandidate) -> bool:
        """``सदर अंसारी`` (an unknown first word and a surname) where the text also writes that
        word two to six words before the same surname on the same line, with other words
        between (``… के सदर जनाब हाजी रहीम अंसारी``): the word is a title or office the
        lexicons lack, and the surname refers back to the fuller name."""
        x, sur = c.words
        find, starts, n = view.ft.find, view.start, view.n
        xs = x + " "  # a space after it (the words of a name are spaced)
        pos = find(xs)
        while pos >= 0:
            z = bisect_right(starts, pos) - 1
            pos = find(xs, pos + 1)
            if z == c.i or view.w[z] != x or z + 2 >= n or view.w[z + 1] == sur:
                continue
            for y in range(z + 1, min(n, z + 7)):
                w = view.w[y]
                if not view.spaced(y - 1) or w in self.vocab.conjunctions:
                    break  # (दया सिंह और मखन सिंह: दया is a name of its own)
                if w == sur:
                    return y >= z + 2 and y != c.j - 1
        return False

    def medial_ji(self, view: WordView, j: int) -> bool:
        """``जी`` at word j inside a name (सज्जन सिंह जी वर्मा, स्वप्ना जी मेश्राम ने): before a
        known surname that ends the name, or before one more word that the agent postposition
        (ने/द्वारा) follows."""
        v, n = self.vocab, view.n
        if j + 1 >= n or not view.spaced(j):
            return False
        nxt = view.w[j + 1]
        if not nxt or nxt in v.name_stoppers or nxt.endswith(v.non_name_endings) or nxt in v.letter_names:
            return False
        after = view.w[j + 2] if j + 2 < n and view.spaced(j + 1) else ""
        if nxt in v.surnames or nxt in v.maybe_surnames:
            return not after or after in v.name_stoppers
        return after in v.agent_marks

    def name_by_position(self, view: WordView, k: int, j: int, real: int) -> bool:
        """A word that is also an ordinary word (भारत, पंडित) read as part of the name at word
        j (the name started at word k, ``real`` words read so far): as its first word before a
        known name part, or as its last word before a clear end (a postposition, a verb, a mark)."""
        v, n = self.vocab, view.n
        w = view.w[j]
        if real == 0:
            if j != k or w not in v.soft_first or j + 1 >= n or not view.spaced(j):
                return False
            nxt = view.w[j + 1]
            if nxt in v.name_stoppers or nxt.endswith(v.non_name_endings) or nxt in v.letter_names:
                return False
            # before a known name part, or before one more word that a postposition closes
            return nxt in v.given_names or nxt in v.surnames or nxt in v.middle_names or self.closed_after(view, j + 1)
        if w not in v.soft_last:
            return False
        return view.closed_by(j, ",।|(\n", self._postpositions_or_verbs)

    def noun_surname_at(self, view: WordView, k: int, j: int, titled: bool) -> bool:
        """Word j, a surname that is also an institution noun (सरकार, निगम: names.toml
        ambiguous_surnames and institution_words), ends the name started at word k: it follows
        a known first name and a clear end follows it (a mark, a postposition, a verb, a list
        link or closer), and the name is a person's by what stands before it: a title, an
        office, or a comma or line break (a list item: ``…, अनिमेष सरकार, …``). After a genitive
        or at a sentence start (``राज्य की नीतीश सरकार ने``) it is the government of someone."""
        v = self.vocab
        if not view.spaced(j - 1) or view.w[j - 1] not in v.given_names:
            return False
        if not view.closed_by(j, ",।|(\n", self._noun_surname_enders):
            return False
        if titled:
            return True
        if k == 0:
            return False
        if view.spaced(k - 1):
            return view.w[k - 1] in v.office_words
        mark = view.sep[k - 1].strip(" \t")
        return mark[-1:] in (",", "\n", ":", "(")

    def closed_after(self, view: WordView, j: int) -> bool:
        """Word j is followed by a postposition (ने, की …) or a list mark."""
        return view.closed_by(j, ",।|", self._postpositions)

    def initial_like(self, w: str) -> bool:
        return w in self.vocab.letter_names or w in self.vocab.abbreviations or len(w) <= 2

    def initials_ahead(self, view: WordView, j: int) -> bool:
        """At a name start: letter names (जी के …) followed by a real name word."""
        x = j
        while x < view.n and view.w[x] in self.vocab.letter_names and (x == j or view.spaced(x - 1) or view.sep[x - 1].strip(" \t") == "."):
            x += 1
        if x - j > 3 or x >= view.n or not (view.spaced(x - 1) or view.sep[x - 1].strip(" \t") == "."):
            return False
        if x - j == 1 and view.w[j] in self.vocab.name_stoppers:
            return False  # one ambiguous letter (के हवाले से) is not an initial
        w = view.w[x]
        return bool(w) and w not in self.vocab.name_stoppers and w not in self.vocab.trailing

    def last_word(self, view: WordView, j: int) -> int:
        """Index of the last word of a name ending before j, with a trailing जी/साहब."""
        last = j - 1
        while last + 1 < view.n and view.w[last + 1] in self.vocab.trailing and view.spaced(last):  # the set first: cheaper
            last += 1
        return last

    def next_after(self, view: WordView, last: int) -> tuple[str, str]:
        """(separator, next word) after word ``last``."""
        if last + 1 >= view.n:
            return view.sep[last] if last < view.n else "", ""
        return view.sep[last], view.w[last + 1]

    def ends_strongly(self, view: WordView, cand: NameCandidate) -> bool:
        """A name read without an honorific must be followed by what ends names.

        A longer name: any stop word or mark except a department word. One word: ने, द्वारा,
        जी, or की/के/का before अध्यक्षता/नेतृत्व/मुताबिक … (डीसी कीर्तिश्री की अध्यक्षता);
        a one-word name known as a first name or surname may also end at another postposition,
        a comma, a bracket or a line break.
        """
        single = len(cand.words) == 1
        last = self.last_word(view, cand.j)
        if last > cand.j - 1:
            return True  # जी/साहब
        sep, nxt = self.next_after(view, last)
        mark = sep.strip(" \t")
        if not nxt and not mark:  # the end of the text: as a line break
            return not single or cand.words[0] in self.vocab.given_names or cand.words[0] in self.vocab.surnames
        if single:
            if not mark and nxt in self.vocab.kinship:  # X पुत्र Y: a relative named after X
                return self.relative_after(view, last) is not None
            known = cand.words[0] in self.vocab.given_names or cand.words[0] in self.vocab.surnames
            if mark:
                return known and mark[0] in ",(\n"
            if nxt in self.vocab.agent_marks:
                return True
            if nxt in self.vocab.genitives and last + 2 < view.n and view.spaced(last + 1) and view.w[last + 2] in self.vocab.postpositions:
                return True
            return known and nxt in self.vocab.postpositions
        if mark:
            ch = mark[0]
            return ch in "(\n" or ch in STRONG_MARKS or ch.isdigit()
        if nxt in self.vocab.postpositions:
            return True
        if nxt in self.vocab.name_stoppers:
            return nxt not in self.vocab.department_words
        return self.misspelt_grammar(nxt)

    def relative_after(self, view: WordView, last: int) -> NameCandidate | None:
        """``X पुत्र Y``, ``X पत्नी Y``: the relative Y named after the name ending at word
        ``last`` (a name of two words or more that ends strongly, or one known name part
        that does), or None (… पुत्र के विवाह में: no name)."""
        k = last + 2
        if k >= view.n or not view.spaced(last) or not view.spaced(last + 1) or view.w[last + 1] not in self.vocab.kinship:
            return None
        rel = self.read(view, k)
        if rel is None or not self.valid(view, rel):
            return None
        self.cut_after_surname(view, rel)  # … पुत्र भगवती प्रसाद यादव दूधिया था
        return rel if self.ends_strongly(view, rel) else None

    def misspelt_grammar(self, w: str) -> bool:
        """A verb, particle or postposition misspelt (सामिल for शामिल, नही for नहीं), not a name part."""
        return w not in self.vocab.name_parts and spelling_skeleton(w) in self.vocab.near_grammar

    def fits_office(self, view: WordView, phrase: DesignationPhrase, cand: NameCandidate) -> bool:
        """After a bare generic office (शिक्षक, कर्मचारी) the words must look like a name: a
        known first name or surname, dotted initials before one or two words (न्यायाधीश पी. जे.
        थॉमस को), or (after a generic office) one word the agent postposition follows."""
        bare = phrase.j - phrase.i == 1 or (phrase.unknown and phrase.head >= 0 and phrase.j - phrase.head == 1)
        if not phrase.weak and (not bare or view.w[phrase.head if phrase.head >= 0 else phrase.i] not in self.vocab.generic):
            return True
        if self.name_like(cand.words) or self.initialed(view, cand):
            return True
        if phrase.weak:  # an unlisted acronym (डीसीएम चालक ने, ईएफई समाचार ने: no)
            return False
        last = self.last_word(view, cand.j)
        _, nxt = self.next_after(view, last)
        return not view.sep[last].strip(" \t") and nxt in self.vocab.agent_marks

    def initialed(self, view: WordView, cand: NameCandidate) -> bool:
        """``पी. जे. थॉमस``, ``के. रमेश``: one to three initials, each a letter name and dotted,
        then one or two words that may be name parts (a name's own shape, known or not)."""
        v = self.vocab
        x = cand.i
        while x < cand.j and view.w[x] in v.letter_names and view.sep[x].strip(" \t") == ".":
            x += 1
        real = view.w[x : cand.j]
        return 1 <= x - cand.i <= 3 and 1 <= len(real) <= 2 and not any(
            w in v.letter_names or w in v.name_stoppers or w.endswith(v.non_name_endings) or len(w) < 2 or w.isascii()
            or w in view.acronyms for w in real
        )

    def valid(self, view: WordView, cand: NameCandidate) -> bool:
        """Reject names inside the name of an institution or event, and deities."""
        inst = cand.words if not self.noun_surname_last(cand.words) else cand.words[:-1]  # (… अनिमेष सरकार)
        if any(w in self.vocab.institution_words for w in inst) and not self.given_before_surname(cand.words):
            return False
        last = self.last_word(view, cand.j)
        if last + 1 < view.n and view.spaced(last) and view.w[last + 1] in self.vocab.institution_words:
            ahead = view.w[last + 2 : last + 4]
            if not any(w in self.vocab.office_words for w in ahead):  # … विद्यालय प्रभारी is an office
                return False
        if last + 2 < view.n and view.spaced(last) and view.w[last + 1] in self.vocab.institution_phrases \
                and self.phrase_at(view, last + 1, self.vocab.institution_phrases[view.w[last + 1]]):
            return False  # … स्वयं सहायता समूह की अध्यक्ष: the name of a group
        if cand.rule == "after-role" and len(cand.words) == 1 and cand.honorific is None and self.body_of_office(view, last):
            return False  # अध्यक्षता परिषद के सचिव X ने की: the body the office belongs to
        if cand.words[0] in self.vocab.title_blockers and cand.honorific and cand.words[0] not in self.vocab.given_names:  # श्री माता वैष्णो देवी
            return False
        if cand.words[0] in self.vocab.deities and cand.honorific and cand.titles < 2 and (
            not any(w in self.vocab.surnames or w in self.vocab.middle_names or w in self.vocab.given_names for w in cand.words[1:])
            or any(w in self.vocab.devotions for w in cand.words[1:])
        ):
            return False  # श्री गणेश, श्री गणेश वंदना; but श्री गणेश सिंह, रोटे. श्री गणेश X are persons
        return True

    def noun_surname_last(self, words: list[str]) -> bool:
        """The name ends in a surname that is also an institution noun, after a known first
        name (read so only where :meth:`noun_surname_at` allowed it)."""
        return len(words) >= 2 and words[-1] in self.vocab.noun_surnames and words[-2] in self.vocab.given_names

    def body_of_office(self, view: WordView, last: int) -> bool:
        """Word ``last`` is followed by के/की/का and an office (``… अंजुमन के सचिव``)."""
        v = self.vocab
        if last + 2 >= view.n or not view.spaced(last) or view.w[last + 1] not in v.genitives or not view.spaced(last + 1):
            return False
        w = view.w[last + 2]
        return w in v.office_first or w in v.office_words

    def given_before_surname(self, words: list[str]) -> bool:
        """``लीला देवी``, ``आरती वर्मा``: an institution or event word that is also a first name
        (लीला, आरती) starts a name that a known surname ends, no other such word inside."""
        v = self.vocab
        return len(words) >= 2 and words[0] in v.any_given and words[-1] in v.surnames \
            and not any(w in v.institution_words for w in words[1:])

    @staticmethod
    def phrase_at(view: WordView, k: int, phrases: list[tuple[str, ...]]) -> bool:
        """One of ``phrases`` (longest first) is written from word k on, its words spaced."""
        for ph in phrases:
            if k + len(ph) <= view.n and tuple(view.w[k : k + len(ph)]) == ph \
                    and all(view.spaced(x) for x in range(k, k + len(ph) - 1)):
                return True
        return False

    def strip_title(self, view: WordView, cand: NameCandidate) -> None:
        """``अध्यक्ष चौधरी लखन वीर सिंह``: a religious/community title starting a longer name."""
        if len(cand.words) >= 3 and cand.words[0] in self.vocab.religious and cand.honorific is None:
            cand.honorific = self.vocab.hon_canon.get(cand.words[0], cand.words[0])
            cand.hon_span = (cand.start, view.end(cand.i))
            cand.i += 1
            cand.start = view.start[cand.i]
            cand.words = cand.words[1:]

    def cut_after_surname(self, view: WordView, cand: NameCandidate) -> None:
        """``ममता वर्मा जिम्मेदारी सौंपी``: a name ends at a surname that unknown words follow."""
        w = cand.words
        if len(w) < 3:
            return
        last = self.last_word(view, cand.j)
        if not view.sep[last].strip(" \t") and self.next_after(view, last)[1] in self.vocab.agent_marks:
            return  # सैयद अली शाह गिलानी ने: the whole phrase is the name
        if self.latin_follows(view, last, len(w)):
            return  # … (Advocate Ramesh Rajput Bhajju): the transliteration spells the whole name
        for x in range(1, len(w) - 1):
            if w[x] in self.vocab.surnames and w[x] not in self.vocab.middle_names and not any(
                y in self.vocab.surnames or y in self.vocab.given_names or y in self.vocab.middle_names or y in self.vocab.letter_names for y in w[x + 1 :]
            ):
                cand.j = cand.i + x + 1
                cand.end = view.end(cand.j - 1)
                cand.words = w[: x + 1]
                return

    def latin_follows(self, view: WordView, last: int, size: int) -> bool:
        """A bracket of at least ``size`` Latin words right after word ``last`` (a name written
        again in Latin letters)."""
        if not view.sep[last].strip(" \t").startswith("("):
            return False
        x = last + 1
        while x < view.n and view.w[x].isascii() and view.w[x].isalpha():
            x += 1
            if ")" in view.sep[x - 1]:
                return x - last - 1 >= size
        return False

    def trim_place(self, view: WordView, cand: NameCandidate) -> None:
        """``एसडीएम भिण्ड उदय सिंह``: drop a leading place name the text also uses on its own."""
        w = cand.words
        if len(w) >= 3 and w[1] in self.vocab.given_names and w[0] not in self.vocab.given_names and w[0] not in self.vocab.letter_names:
            if view.count(w[0]) > view.pair_count(w[0], w[1]):  # on its own, not only before this name
                cand.i += 1
                cand.start = view.start[cand.i]
                cand.words = w[1:]

    def trim_territory(self, view: WordView, cand: NameCandidate, phrase: DesignationPhrase | None) -> None:
        """``तहसीलदार बिलखा अनिल कुमार यादव``: after an office written before its territory, an
        unknown word before a known first name, or a word ending like a place name
        (``सांसद प्रतापगढ़ संगम लाल गुप्ता``), is the territory."""
        w = cand.words
        if phrase is None or not phrase.territorial or len(w) < 3 or w[0] in self.vocab.name_parts:
            return
        if (w[1] in self.vocab.given_names and w[1] not in self.vocab.middle_names) or w[0].endswith(self.vocab.place_endings) \
                or view.count(w[0]) > view.pair_count(w[0], w[1]):  # … उपखंड अधिकारी बाड़मेर X Y; बाड़मेर alone elsewhere
            cand.i += 1
            cand.start = view.start[cand.i]
            cand.words = w[1:]

    def surname_not_oblique(self, view: WordView, x: int) -> bool:
        """Word x ends like a plural oblique (-ों, -ओं) but no postposition follows it (a comma,
        a danda or a closing bracket does), and a name part stands right before it: an oblique
        plural always takes a postposition, so this is a surname (… सिंह ढिल्लों, …)."""
        v = self.vocab
        if view.w[x] in v.oblique_surnames:  # a surname the lists know (… सिंह ढिल्लों ने)
            return x > 0 and view.spaced(x - 1) and view.w[x - 1] in v.name_parts
        after = view.sep[x].lstrip(" \t")
        if not (x + 1 >= view.n and not after.strip() or after[:1] in (",", "।", "|", ";", "(", ")", "-", "–", "—", ":")):
            return False
        return x > 0 and view.spaced(x - 1) and view.w[x - 1] in v.name_parts and view.w[x] not in v.name_stoppers

    def compound_given(self, w: str) -> bool:
        """``मांगीलाल``, ``जोगाराम``: a first name written as one word with a name ending after
        three letters or more (not after a conjunct: ग्राम, विश्राम; not आराम, गुलाल)."""
        for e in self.vocab.given_endings:
            if w.endswith(e) and len(w) - len(e) >= 3 and w[-len(e) - 1] != "\u094d":
                return w not in self.vocab.name_stoppers
        return False

    def name_like(self, words: list[str]) -> bool:
        first = words[1] if len(words) > 2 and words[0] in self.vocab.short_given else words[0]  # मो. X Y: as X Y
        return all(w not in self.vocab.name_stoppers and not w.endswith(self.vocab.non_name_endings) for w in words) and (
            first in self.vocab.given_names or words[-1] in self.vocab.surnames
        )
