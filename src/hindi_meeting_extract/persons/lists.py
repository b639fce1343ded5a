"""List reading: what follows a name.

:meth:`ListReader.continue_list` attaches the designation written after a name
(``A (अध्यक्ष)``, ``A, जिला अध्यक्ष``, ``A – सदस्य``), an alias (``उर्फ``), and reads the bare
names that continue a list (``A, B एवं C``); :meth:`ListReader.bare_comma_lists` finds comma lists
of three or more names with no anchor; :meth:`ListReader.names_before_designation` reads names
written before a bracketed or dashed designation; :meth:`ListReader.items_between` reads the
unread items of a comma list between two names. A list item may be a run of names with no
commas (:meth:`ListReader.name_run`), follow a line break, its origin (``गांव से X``) or be
written in Latin letters.
"""

from __future__ import annotations

from bisect import bisect_right
from itertools import compress

from .. import gazetteer
from .names import NameReader
from .vocabulary import PersonVocabulary
from .words import MAX_WORDS, DesignationPhrase, NameCandidate, WordView


_CLOSING_LINE_REACH = 120  # how far into its line a list closer after a list on lines may stand
_HEADER_MARKS = frozenset((":", ":-", "-", "–", "—", ":–"))  # what ends a line heading a list below it


class ListReader:
    """Lists of names and the designations written after names."""

    def __init__(self, vocab: PersonVocabulary, names: NameReader) -> None:
        self.vocab = vocab
        self.names = names

    def designation_after(self, view: WordView, last: int, des_at: dict, hon_at: dict) -> tuple[DesignationPhrase | None, int]:
        """``Y (अध्यक्ष)``, ``Y, जिला अध्यक्ष``, ``Y – सदस्य`` after the word ``last``."""
        sep = view.sep[last].strip(" \t")
        if last + 1 >= view.n:
            return None, last
        if sep == "(":
            close = view.ft.find(")", view.end(last), view.end(last) + 90)
            if close > 0:
                x = last + 1
                inner: list[int] = []
                while x < view.n and view.start[x] < close:
                    inner.append(x)
                    x += 1
                if len(inner) > 2 and view.w[inner[0]] in self.vocab.letter_names and view.sep[inner[0]].strip(" \t") in ("-", "–"):
                    inner = inner[1:]  # (सी-विंग प्रतिनिधि): the letter labels the unit; the office is विंग प्रतिनिधि
                if inner and len(inner) <= 8 and any(view.w[y] in self.vocab.office_words for y in inner):
                    d = DesignationPhrase(inner[0], inner[-1] + 1, view.start[inner[0]], view.end(inner[-1]),
                             (view.start[inner[0]], view.end(inner[-1])))
                    return d, inner[-1]
            return None, last
        if sep in (",", "-", "–", "—", ",-", ", -"):
            d = des_at.get(last + 1)
            if d is None or d.plural or d.weak:  # an unlisted acronym here is an institution (X, एबीसीयू की …)
                return None, last
            nxt = d.j
            if d.end > d.core[1]:
                while nxt < view.n and view.start[nxt] < d.end:
                    nxt += 1
            if nxt >= view.n or any(ch in view.sep[nxt - 1] for ch in "\n।|"):
                return d, nxt - 1  # A – सदस्य at the end of a line
            if view.sep[nxt - 1].strip(" \t").lstrip(")").lstrip(" \t")[:1] in (",", ";"):
                return d, nxt - 1  # श्री A, जिला अध्यक्ष, श्री B …: closed by a comma
            if nxt in hon_at:
                return None, last  # the designation belongs to the next name
            if nxt < view.n and (view.spaced(nxt - 1) or (d.end > d.core[1] and not view.ft[d.end : view.start[nxt]].strip(" \t"))
                              or view.sep[nxt - 1].strip(" \t") in ("-", "–", "—", ":", "(")):  # …, सचिव - X; …, सचिव (X)
                c = self.names.read(view, nxt)
                if c is not None and self.names.valid(view, c) and self.names.ends_strongly(view, c):
                    return None, last
                if c is not None and len(c.words) >= 3 and self.name_run(view, nxt) is not None:
                    return None, last  # …, सदस्य A B C D E F: the office of the names after it
            return d, nxt - 1
        if not sep and view.spaced(last) and (last + 1) in des_at:
            # श्री रमेश साहू जिला अध्यक्ष, श्री …: an office right after the name, then a break
            d = des_at[last + 1]
            if d.plural or d.weak or d.end > d.core[1]:
                return None, last
            after_mark = view.sep[d.j - 1].strip(" \t")
            nxt_w = view.w[d.j] if d.j < view.n else ""
            if (after_mark and after_mark[0] in ",।;|") or (not after_mark and (
                    nxt_w in self.vocab.conjunctions or nxt_w in self.vocab.verbs or nxt_w in self.vocab.agent_marks)):
                return d, d.j - 1
        return None, last

    def continue_list(self, view: WordView, cand: NameCandidate, cands: list[NameCandidate], hon_at: dict, des_at: dict) -> int:
        """Attach post-name designations and read bare names that continue a list."""
        chain = [cand]
        plural = cand.honorific in self.vocab.plural_canon
        self.split_head(view, cand, cands, chain)
        last = self.names.last_word(view, chain[-1].j)
        while True:
            d, last2 = self.designation_after(view, last, des_at, hon_at)
            bracket = False
            if d is not None:
                chain[-1].designations.append(d)
                last = self.skip_organisation(view, last2, hon_at)
            else:
                last2 = self.skip_bracket(view, last)
                bracket, last = last2 != last, last2
            sep, nxt = self.names.next_after(view, last)
            if nxt in self.vocab.kinship and view.spaced(last):
                rel = self.names.relative_after(view, last)
                if rel is not None:  # X पुत्र Y: Y is a person too, with none of X's offices
                    rel.rule = "relative"
                    cands.append(rel)
                    last = self.names.last_word(view, rel.j)
                    continue
            if nxt in self.vocab.alias_words and view.spaced(last):
                other = self.names.read(view, last + 2)
                if other is not None:
                    chain[-1].aliases.append(other)
                    last = self.names.last_word(view, other.j)
                    continue
            mark = sep.strip(" \t")
            if (d is not None or bracket) and mark.startswith(")"):
                mark = mark[1:].strip(" \t")  # अध्यक्ष), …
            k = last + 1
            broken = False  # the list goes on after a bare line break
            if mark == "," and nxt in self.vocab.list_links and view.spaced(k):
                k += 1
            elif not mark and nxt in self.vocab.list_links and view.spaced(last) and view.spaced(k):
                k += 1
            elif mark == "\n" and sep.strip(" \t\n") == "" and sep.count("\n") == 1:
                broken = True
            elif mark != ",":
                break
            if k < view.n and not broken:
                k = self.skip_origin(view, k)
            if k >= view.n or k in hon_at or (k in des_at and not (des_at[k].weak and view.w[k].isascii())):
                break  # the next item has its own anchor (Latin words read as an unlisted acronym: no)
            run = self.name_run(view, k, lead=not broken)
            if run is not None:
                if broken and not self.goes_on(view, run[-1][1] - 1):
                    break
                for i, j in run:
                    nc = NameCandidate(i, j, view.start[i], view.end(j - 1), view.w[i:j], rule="list")
                    if plural:
                        nc.honorific = cand.honorific
                    cands.append(nc)
                    chain.append(nc)
                last = run[-1][1] - 1
                continue
            nc = self.latin_item(view, k) if view.w[k].isascii() else self.names.read(view, k)
            if nc is not None and not broken:
                self.join_line_break(view, nc)  # … , बुधवा⏎लोहरा, …: a name split by a line break
            if nc is None or not (plural or self.item_ok(view, nc)) or not self.names.valid(view, nc):
                break
            if broken and (len(nc.words) < 2 or not self.goes_on(view, self.names.last_word(view, nc.j))):
                break
            if self.before_own_office(view, nc, des_at):
                break  # … , रामपुर खास के ब्लॉक मंत्री X: the place or body of the next office
            nc.rule = "list"
            for item in (nc, self.names.split_two(view, nc)):  # … तथा A B C D: two names
                if item is None:
                    continue
                if plural:
                    item.honorific = cand.honorific
                cands.append(item)
                chain.append(item)
            last = self.names.last_word(view, chain[-1].j)
        # a plural office after the list gives it to every name (सर्वश्री A, B व C सदस्यों ने)
        if last + 1 < view.n and view.spaced(last):
            d = des_at.get(last + 1)
            if d is not None and d.plural and len(chain) > 1:
                for c in chain:
                    c.designations.append(d)
        return last + 1

    def skip_organisation(self, view: WordView, last: int, hon_at: dict) -> int:
        """Skip an organisation written after a post-name office (उपसभापति प्रेस्टीज सोसायटी,)."""
        x = last
        for _ in range(5):
            if x + 1 >= view.n or not view.spaced(x):
                break
            w = view.w[x + 1]
            if (x + 1) in hon_at or w in self.vocab.conjunctions or w in self.vocab.postpositions or w in self.vocab.verbs \
                    or w in self.vocab.office_words or w in self.vocab.trailing:
                break
            x += 1
        return x

    def item_ok(self, view: WordView, cand: NameCandidate) -> bool:
        """A bare name continuing a list: a clear end, and a name-like phrase unless a
        postposition, verb, conjunction or mark follows (… और रैपिड रिस्पॉन्स टीम ने: no)."""
        if len(cand.words) >= 2:
            if not self.names.ends_strongly(view, cand):
                return False
            last = self.names.last_word(view, cand.j)
            sep, nxt = self.names.next_after(view, last)
            if self.names.name_like(cand.words) or last > cand.j - 1 or sep.strip(" \t") or not nxt:
                return True
            return nxt in self.vocab.postpositions or nxt in self.vocab.verbs or nxt in self.vocab.conjunctions
        sep, nxt = self.names.next_after(view, self.names.last_word(view, cand.j))
        w = cand.words[0]
        return (w in self.vocab.given_names or self.names.compound_given(w)) and (
            sep.strip(" \t") in (",", "।", "(") or nxt in self.vocab.name_stoppers)

    # ------------------------------------------------------------------ list items
    def name_run(self, view: WordView, k: int, lead: bool = False) -> list[tuple[int, int]] | None:
        """Several names written without commas from word k (see :meth:`.NameReader.name_run`)."""
        return self.names.name_run(view, k, lead)

    def split_head(self, view: WordView, cand: NameCandidate, cands: list[NameCandidate], chain: list[NameCandidate]) -> None:
        """The first name of a list read over a run of names with no commas (``सदस्य रमेश
        यादव सुनील उइके दिनेश साहू, …``): cut it to its first name and add the others."""
        if len(cand.words) < 2 or any(d.i >= cand.i for d in cand.designations) or cand.aliases or cand.i < 0:
            return
        if cand.j < view.n and not view.spaced(cand.j - 1) and len(cand.words) < 4:
            return  # a mark ends it: no run
        run = self.name_run(view, cand.i)
        if run is None:
            second = self.names.split_two(view, cand) if not cand.honorific and not cand.designations else None
            if second is not None:  # A B C D मौजूद थे: two names
                cands.append(second)
                chain.append(second)
            return
        if run[0][0] != cand.i or run[0][1] > cand.j:
            return
        cand.j = run[0][1]
        cand.end = view.end(cand.j - 1)
        cand.words = view.w[cand.i : cand.j]
        for i, j in run[1:]:
            nc = NameCandidate(i, j, view.start[i], view.end(j - 1), view.w[i:j], rule="list")
            if cand.honorific in self.vocab.plural_canon:
                nc.honorific = cand.honorific
            cands.append(nc)
            chain.append(nc)

    def skip_bracket(self, view: WordView, last: int) -> int:
        """``संजय (बरहज), …``: the last word of a short bracket (a place or a group, no office)
        right after word ``last`` when a comma follows it; else ``last``."""
        if not view.sep[last].strip(" \t").startswith("(") or view.sep[last].strip(" \t") != "(":
            return last
        x = last + 1
        while x < view.n and x - last <= 3:
            if view.w[x] in self.vocab.name_stoppers:
                return last
            after = view.sep[x].strip(" \t")
            if after.startswith(")"):
                return x if after[1:].strip(" \t")[:1] == "," else last
            if after:
                return last
            x += 1
        return last

    def skip_origin(self, view: WordView, k: int) -> int:
        """``… , गांव से रमेश यादव``: the first word of the name after a list item's origin
        (one or two words, or a hyphened place, then से); else ``k``."""
        v = self.vocab
        if not v.origin_marks:
            return k
        x = k
        while x < view.n and x - k < 3:
            w = view.w[x]
            if not w or w in v.name_stoppers or w in v.given_names:
                return k
            sep = view.sep[x].strip(" \t")
            if sep and sep not in "-–":
                return k
            x += 1
            if x < view.n and view.w[x] in v.origin_marks and view.spaced(x - 1):
                return x + 1 if x + 1 < view.n and view.spaced(x) else k
        return k

    def goes_on(self, view: WordView, last: int) -> bool:
        """After a name read past a line break: the list goes on (a comma, a list link or the
        word that closes a list follows on the same line)."""
        if last + 1 >= view.n:
            return False
        mark = view.sep[last].strip(" \t")
        if mark:
            return mark == ","
        w = view.w[last + 1]
        return w in self.vocab.list_links or w in self.vocab.list_closers

    def before_own_office(self, view: WordView, nc: NameCandidate, des_at: dict) -> bool:
        """The words read are followed by के/की/का and an office (``गांव के सचिव``): they
        name the office's place or body, not a person."""
        last = self.names.last_word(view, nc.j)
        return last + 2 < view.n and view.spaced(last) and view.w[last + 1] in self.vocab.genitives \
            and view.spaced(last + 1) and (last + 2) in des_at

    def latin_item(self, view: WordView, k: int) -> NameCandidate | None:
        """``… , Rekha Tirkey, …``: a list item of two or three words in Latin letters (each of
        three letters or more, with a vowel; no office or other stop word) that a mark, a stop
        word or the end closes."""
        v = self.vocab
        x = k
        while x < view.n and x - k < 3:
            w = view.w[x]
            if not w.isascii() or len(w) < 3 or w in v.name_stoppers or w in v.office_words or not any(c in "aeiouy" for c in w):
                return None
            x += 1
            if not view.spaced(x - 1):
                break
        if x - k < 2:
            return None
        if x < view.n and view.spaced(x - 1):
            if view.w[x].isascii() or view.w[x] not in v.name_stoppers:
                return None
        return NameCandidate(k, x, view.start[k], view.end(x - 1), view.w[k:x])

    def join_line_break(self, view: WordView, nc: NameCandidate) -> None:
        """``… , बुधवा⏎लोहरा, …``: a one-word item at the end of a line and one word before a
        comma at the start of the next are one name split by the line break."""
        x = nc.i
        if len(nc.words) != 1 or x + 1 >= view.n or view.sep[x].strip(" \t") != "\n":
            return
        w2 = view.w[x + 1]
        if not w2 or w2 in self.vocab.name_stoppers or w2.endswith(self.vocab.non_name_endings) or w2.isdigit():
            return
        if view.sep[x + 1].strip(" \t")[:1] != "," and not (view.spaced(x + 1) and x + 2 < view.n and view.w[x + 2] in self.vocab.list_links):
            return
        nc.j = x + 2
        nc.end = view.end(x + 1)
        nc.words = view.w[x : x + 2]

    def names_before_designation(self, view: WordView, des_at: dict[int, DesignationPhrase], cands: list[NameCandidate]) -> None:
        """``खुशबू कुमारी – जिला समिति सदस्य`` / ``अनिल साहू (अध्यक्ष)`` with no anchor before."""
        if not des_at:
            return
        taken: set[int] | None = None  # the words of the names found so far, once needed
        for k, d in des_at.items():
            if d.plural or d.weak:
                continue
            # '(' or a dash at most two words before the designation
            for back in range(0, 3):
                m = k - back
                if m <= 0:
                    break
                raw = view.sep[m - 1]
                sep = raw.strip(" \t")
                if sep == "(" or (sep and sep in "-–—" and raw[0] in " \t" and raw[-1] in " \t"):
                    break  # a bracket, or a dash with spaces around it (not काबिले-तारीफ)
                if not view.spaced(m - 1):
                    m = -1
                    break
            else:
                continue
            if m <= 0:
                continue
            if taken is None:
                taken = {x for c in cands for x in range(c.i, self.names.last_word(view, c.j) + 1)}
                taken.update(x for c in cands for a in c.aliases for x in range(a.i, a.j + 1))
            if (m - 1) in taken:
                continue
            # the name: up to four words before the mark, on the same line
            x = m - 1
            words: list[int] = []
            while x >= 0 and len(words) < MAX_WORDS:
                w = view.w[x]
                if not w or w in self.vocab.name_stoppers and w not in self.vocab.trailing or w.endswith(self.vocab.non_name_endings):
                    break
                if w not in self.vocab.trailing:
                    words.insert(0, x)
                if x == 0 or not view.spaced(x - 1):
                    break
                x -= 1
            bracket = view.sep[m - 1].strip(" \t") == "("
            if len(words) < 2 or any(y in taken for y in words):
                continue
            if not bracket and not self.names.name_like([view.w[y] for y in words]):
                continue  # a dash needs a name-like phrase before it
            c = NameCandidate(words[0], words[-1] + 1, view.start[words[0]], view.end(words[-1]), [view.w[y] for y in words],
                      rule="before-designation")
            end = d.end
            if view.sep[m - 1].strip(" \t").startswith("("):
                close = view.ft.find(")", d.start, d.start + 80)
                end = close if close > 0 else d.end
            c.designations.append(DesignationPhrase(m, d.j, view.start[m], end, (d.core[0], d.core[1])))
            if self.names.valid(view, c):
                cands.append(c)
                taken.update(words)

    def opens_list(self, view: WordView, cand: NameCandidate, last: int) -> bool:
        """``रमेश लाल, दिनेश कुमार आदि``: name parts only, then a comma and a name-like item."""
        if view.sep[last].strip(" \t") != "," or last + 1 >= view.n or not all(w in self.vocab.name_parts for w in cand.words):
            return False
        nc = self.names.read(view, last + 1, 3)
        return nc is not None and len(nc.words) >= 2 and self.names.name_like(nc.words) and self.item_ok(view, nc)

    def closers(self, view: WordView) -> list[int]:
        """The words that close a list of people (उपस्थित, मौजूद, आदि …), not the first word."""
        return [k for k in compress(range(view.n), map(self.vocab.list_closers.__contains__, view.w)) if k]

    def names_without_commas(self, view: WordView, cands: list[NameCandidate], closers: list[int] | None = None) -> None:
        """``… में रमेश यादव सुनील वर्मा दिनेश साहू उपस्थित रहे``: a run of name words right before
        the word that closes a list, cut into names where a first name follows a surname.
        ``closers``: the positions of those words after the first (the anchors' one pass,
        :attr:`.anchors.Anchors.closers`, gives them); looked up when not given."""
        v = self.vocab
        if closers is None:
            closers = self.closers(view)
        if not closers:
            return
        taken = {x for c in cands for x in range(c.i, c.j)}
        first, last, opens = v.any_given, v.any_surname, v.given_openers
        for k in closers:
            a = k
            while a > 0 and k - a < 16 and a - 1 not in taken and (
                    view.spaced(a - 1) or view.w[a - 1] in v.short_given and view.sep[a - 1].strip(" \t") == "."):
                w = view.w[a - 1]  # (… यादव मो. सलीम अंसारी …: a short first name and its dot)
                if w in v.name_stoppers or not (w in first or w in last or w in v.middle_names or w in opens):
                    break
                a -= 1
            if k - a < 4:
                continue
            chunks: list[list[int]] = [[a]]
            for x in range(a + 1, k):
                w, prev = view.w[x], view.w[x - 1]
                if (w in first and w not in last or w in opens) and prev in last and prev not in v.middle_names \
                        and len(chunks[-1]) >= 2:
                    chunks.append([x])
                else:
                    chunks[-1].append(x)
            if len(chunks) < 2 or not all(
                2 <= len(c) <= 4 and (view.w[c[0]] in first or view.w[c[0]] in opens) and view.w[c[-1]] in last
                for c in chunks
            ):
                continue
            for c in chunks:
                i, j = c[0], c[-1] + 1
                cands.append(NameCandidate(i, j, view.start[i], view.end(j - 1), view.w[i:j], rule="list"))

    def items_between(self, view: WordView, cands: list[NameCandidate], hon_at: dict, des_at: dict) -> None:
        """``A B, अमनदीप, Rekha Tirkey, C D …``: the unread items of a comma list between two
        names read by any rule (one word no list knows, Latin letters, a name split by a line
        break, a run of names without commas) are names too.

        Only the words between two candidates are looked at: after the first a comma (after
        its designation or a short bracket), then items of one to three words separated by
        commas, the last one closed by a comma or a list link before the second name (or
        the office or title written before it)."""
        v = self.vocab
        order = sorted((c for c in cands if c.i >= 0), key=lambda c: c.i)
        if len(order) < 2:
            return
        starts = view.start
        added: list[NameCandidate] = []
        for a, b in zip(order, order[1:]):
            ea = self.names.last_word(view, a.j)
            for d in a.designations:
                if d.i >= a.j:
                    ea = max(ea, bisect_right(starts, d.end - 1) - 1)
            ea = self.skip_bracket(view, ea)
            first = min([b.start] + [d.start for d in b.designations if d.start < b.start]
                        + ([b.hon_span[0]] if b.hon_span else []))
            sb = bisect_right(starts, first - 1) if first > 0 else 0  # the first word of b's item
            if not 0 < sb - ea - 1 <= 8 or view.sep[ea].strip(" \t").lstrip(")").strip(" \t") != ",":
                continue
            items: list[tuple[int, int]] = []
            x = ea + 1
            ok = True
            while x < sb and ok:
                y = x
                while y < sb and (y == x or view.spaced(y - 1) or (y - x == 1 and view.sep[y - 1].strip(" \t") == "\n")):
                    y += 1
                # the item is [x, y); what closes it
                if y < sb:
                    close = view.sep[y - 1].strip(" \t")
                    if close != ",":
                        ok = False
                        break
                    nxt = y
                elif view.sep[y - 1].strip(" \t") == "," or (view.w[y - 1] in v.list_links and y - 1 > x):
                    nxt = y
                else:
                    ok = False
                    break
                if y - 1 > x and view.w[y - 1] in v.list_links and y == sb:
                    y -= 1  # … C और B
                if not self.between_item(view, x, y, hon_at, des_at):
                    ok = False
                    break
                items.append((x, y))
                x = nxt
            if not ok or not items:
                continue
            for i, j in items:
                run = self.name_run(view, i) if j - i >= 4 else None
                for p, q in run or [(i, j)]:
                    nc = NameCandidate(p, q, starts[p], view.end(q - 1), view.w[p:q], rule="list")
                    if self.names.valid(view, nc):
                        added.append(nc)
        cands.extend(added)

    # ------------------------------------------------------------------ one name per line
    def line_lists(self, view: WordView, cands: list[NameCandidate], closers: list[int], hon_at: dict, des_at: dict) -> None:
        """Lists written one name per line, next to a word that closes a list of people:

        * after a line that such a word ends with a colon or a dash (``बैठक में उपस्थित रहे:⏎A (पद)⏎
          B⏎C``);
        * before the line of such a word when that line goes on with the sentence the lines
          began (it opens with a postposition, a conjunction or the closing word: ``बैठक में
          पंचायत सदस्य⏎A⏎B और⏎C⏎के साथ X उपस्थित थे``); an office ending the line before the
          list is the first name's (as ``सदस्य A, B …``).

        Each line holds one name (one word, initials too: ``पी. मणि``), maybe an office in
        brackets after it (``A (विंग प्रतिनिधि)``) or a list link closing the line; at least two
        such lines, half of them names the lexicons know by a first name or a surname."""
        v = self.vocab
        seps, n, rfind, starts = view.sep, view.n, view.ft.rfind, view.start
        done = -1  # the last line start read
        for k in closers:
            # a header: the closer ends its line (at most two words after it) with a colon or dash
            ln = k if "\n" in seps[k] else k + 1 if k + 1 < n and "\n" in seps[k + 1] else \
                k + 2 if k + 2 < n and "\n" in seps[k + 2] else -1
            if 0 <= ln < n - 1 and seps[ln].split("\n", 1)[0].strip(" \t") in _HEADER_MARKS:
                self.read_line_block(view, cands, ln + 1, 1, hon_at, des_at)
            # the line that closes a list above it: the closer near its start
            b = starts[k]
            nl = rfind("\n", b - _CLOSING_LINE_REACH if b > _CLOSING_LINE_REACH else 0, b)
            if nl < 0:
                continue
            f = bisect_right(starts, nl)
            if f <= done or f == 0:
                continue
            done = f
            w = view.w[f]
            if (w in v.postpositions or w in v.genitives or w in v.conjunctions or w in v.list_closers) \
                    and seps[f - 1].count("\n") == 1:
                self.read_line_block(view, cands, f - 1, -1, hon_at, des_at)

    @staticmethod
    def line_start(view: WordView, k: int) -> int:
        """The first word of word k's line."""
        return bisect_right(view.start, view.ft.rfind("\n", 0, view.start[k])) if k > 0 else 0

    @staticmethod
    def line_end(view: WordView, k: int) -> int:
        """The last word of word k's line."""
        nl = view.ft.find("\n", view.end(k))
        if nl >= 0:
            return max(k, bisect_right(view.start, nl) - 1)
        return view.n - 2 if view.n - 2 >= k and not view.w[view.n - 1] else view.n - 1  # (an empty word after the last mark)

    def line_item(self, view: WordView, f: int, ln: int, hon_at: dict, des_at: dict) -> NameCandidate | None:
        """The one name of the line of words [f, ln] (see :meth:`line_lists`), or None."""
        v = self.vocab
        if ln - f > 10 or f in hon_at or f in des_at or any(ch in view.sep[ln].split("\n", 1)[0] for ch in "।|.?!"):
            return None
        c = self.names.read(view, f)
        if c is None or c.j - 1 > ln or not self.names.valid(view, c):
            return None
        if any(w.isascii() or w in v.name_stoppers or w in v.trailing for w in c.words if w not in v.letter_names):
            return None
        y = c.j - 1
        sep = view.sep[y]
        end = view.sep[ln].split("\n", 1)[0].strip(" \t")  # what ends the line (before a number of the next)
        if y == ln:
            return c if end in ("", ",") else None
        if y + 1 == ln and view.w[ln] in v.list_links and view.spaced(y):
            return c if end in ("", ",") else None  # … A और⏎B
        if sep.strip(" \t") == "(" and end == ")":
            d, _last = self.designation_after(view, y, des_at, hon_at)  # A (विंग प्रतिनिधि)
            if d is not None:
                c.designations.append(d)
            return c
        return None

    def read_line_block(self, view: WordView, cands: list[NameCandidate], x: int, step: int,
                        hon_at: dict, des_at: dict) -> None:
        """The names of the lines from the one of word x on, downwards (``step`` 1) or upwards
        (-1), while each line holds one name (:meth:`line_item`)."""
        v = self.vocab
        items: list[NameCandidate] = []
        for _ in range(30):
            if not 0 <= x < view.n:
                break
            f, ln = (x, self.line_end(view, x)) if step > 0 else (self.line_start(view, x), x)
            c = self.line_item(view, f, ln, hon_at, des_at)
            if c is None:
                break
            items.append(c)
            if step > 0:
                if ln + 1 >= view.n or view.sep[ln].count("\n") != 1:
                    break
                x = ln + 1
            else:
                if f == 0 or view.sep[f - 1].count("\n") != 1:
                    x = -1
                    break
                x = f - 1
        if len(items) < 2 or 2 * sum(
            self.names.name_like(c.words) if len(c.words) > 1 else (c.words[0] in v.given_names or c.words[0] in v.surnames)
            for c in items
        ) < len(items):
            return
        items.sort(key=lambda c: c.i)
        if step < 0 and 0 <= x < view.n and "\n" in view.sep[x] and not view.sep[x].strip(" \t\n"):
            # the line before the list: an office ending it is the first name's (… पंचायत सदस्य⏎A)
            d = next((d for d in des_at.values() if d.j == x + 1 and not d.plural and not d.weak), None)
            if d is not None and not items[0].designations:
                items[0].designations.append(d)
        at = {(c.i, c.j): c for c in cands if c.i >= 0}
        taken = {y for c in cands if c.i >= 0 for y in range(c.i, c.j)}
        for c in items:
            same = at.get((c.i, c.j))
            if same is not None:  # read by another rule: the offices the list gives it
                if not same.designations:
                    same.designations.extend(c.designations)
                continue
            if any(y in taken for y in range(c.i, c.j)):
                continue
            c.rule = "list"
            cands.append(c)

    def lone_first_item(self, view: WordView, c: NameCandidate, cands: list[NameCandidate], item: int = -1) -> None:
        """``बैठक में सौरभ, तनुजा मिश्रा, …``: the first item of a comma list that is one known first
        name (no surname written), right after a postposition, a conjunction or a mark, before
        the name ``c`` that opens the rest of the list (called when the list went on after it;
        ``item``: the first word of c's item when a title or an office opens it)."""
        v = self.vocab
        k = (c.i if item < 0 else item) - 1
        if k < 1 or view.sep[k].strip(" \t") != ",":
            return
        w = view.w[k]
        if w not in v.given_names or w in v.any_surname or w in v.name_stoppers:
            return
        before = view.sep[k - 1].strip(" \t")
        if not (before[:1] in ("(", ":", "\n", "-", "–") or (not before and view.w[k - 1] in v.left_bound)):
            return  # (… रमेश यादव, सुनील: a name part of the item before)
        if any(c2.i <= k < c2.j for c2 in cands):
            return
        cands.append(NameCandidate(k, k + 1, view.start[k], view.end(k), [w], rule="list"))

    def between_item(self, view: WordView, i: int, j: int, hon_at: dict, des_at: dict) -> bool:
        """Words [i, j) between two names in a comma list may be a name (no anchor, no stop
        word, no digit; one Devanagari word of three letters or more; Latin words as in
        :meth:`latin_item`; four words or more only as a run of names)."""
        v = self.vocab
        if j <= i or any(x in hon_at or (x in des_at and not view.w[x].isascii()) for x in range(i, j)):
            return False
        words = view.w[i:j]
        if any(not w or w in v.name_stoppers or w in v.trailing or w.endswith(v.non_name_endings) or w.isdigit() for w in words):
            return False
        if j - i >= 4:
            return self.name_run(view, i) is not None
        if all(w.isascii() for w in words):
            c = self.latin_item(view, i)
            return c is not None and c.j == j
        if any(w.isascii() for w in words) or any(w in view.acronyms for w in words):
            return False
        if j - i == 1:
            return len(words[0]) >= 3 and not gazetteer.is_place(words[0])
        return not gazetteer.is_place(" ".join(words))

    def bare_comma_lists(self, view: WordView, cands: list[NameCandidate], des_at: dict | None = None) -> None:
        """``… समिति के A B, C D, E F व G H ने …``: three or more names in a comma list, no anchor
        (the last item not before के/की/का and an office: ``…, X Y के मंडल मंत्री Z``)."""
        commas: list[int] = []
        find, starts, seps, n1 = view.ft.find, view.start, view.sep, view.n - 1
        pos = find(",")
        last = -2
        while pos >= 0:  # the words after which a lone comma stands
            k = bisect_right(starts, pos) - 1
            if k != last and 0 <= k < n1 and seps[k].strip(" \t\n") == ",":  # each separator once
                commas.append(k)
            last = k
            pos = find(",", pos + 1)
        if not commas:
            return
        taken = {x for c in cands for x in range(c.i, c.j)}
        taken.update(x for c in cands for a in c.aliases for x in range(a.i, a.j))
        run: list[tuple[int, int]] = []  # word ranges [a, b)

        def flush() -> None:
            if len(run) >= 3 and sum(self.names.name_like(view.w[a:b]) for a, b in run) * 2 >= len(run):
                for a, b in run:
                    if not any(x in taken for x in range(a, b)):
                        cands.append(NameCandidate(a, b, view.start[a], view.end(b - 1), view.w[a:b], rule="list"))
            run.clear()

        prev = -1
        for c in commas:
            # the item before this comma: the words since the previous comma
            a = prev + 1
            item = range(a, c + 1)
            if run and prev >= 0 and 2 <= len(item) <= 3 and all(
                view.w[x] not in self.vocab.name_stoppers and (x == c or not view.sep[x].strip(" \t\n")) for x in item
            ):
                run.append((a, c + 1))
            else:
                if run:
                    flush()
                # a first item: the name words right before this comma
                x = c
                while x >= a and view.w[x] not in self.vocab.name_stoppers and len(range(x, c + 1)) <= 3 and (
                    x == c or view.sep[x].strip(" \t\n") == ""
                ):
                    x -= 1
                if 2 <= c - x <= 3 and x >= a and view.w[x] in self.vocab.name_stoppers:
                    run.append((x + 1, c + 1))
            prev = c
        if run:
            # the last item: name words after the last comma, before a stop word
            a = prev + 1
            if a < view.n and view.w[a] in self.vocab.conjunctions:
                a += 1
            b = a
            while b < view.n and b - a < 3 and view.w[b] and view.w[b] not in self.vocab.name_stoppers and (b == a or view.sep[b - 1].strip(" \t\n") == ""):
                b += 1
            if 2 <= b - a <= 3 and b < view.n and view.w[b] in self.vocab.conjunctions and not view.sep[b - 1].strip(" \t"):
                run.append((a, b))  # … B C और D E ने
                a = b + 1
                b = a
                while b < view.n and b - a < 3 and view.w[b] and view.w[b] not in self.vocab.name_stoppers and (
                    b == a or view.sep[b - 1].strip(" \t\n") == ""
                ):
                    b += 1
            if 2 <= b - a <= 3 and (b >= view.n or view.w[b] in self.vocab.name_stoppers or view.sep[b - 1].strip(" \t")) \
                    and not (des_at and self.before_own_office(view, NameCandidate(a, b, 0, 0, []), des_at)):
                run.append((a, b))
        flush()
