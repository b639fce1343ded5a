"""List reading: what follows a name.

:meth:`ListReader.continue_list` attaches the designation written after a name
(``A (अध्यक्ष)``, ``A, जिला अध्यक्ष``, ``A – सदस्य``), an alias (``उर्फ``), and reads the bare
names that continue a list (``A, B एवं C``); :meth:`ListReader.bare_comma_lists` finds comma lists
of three or more names with no anchor; :meth:`ListReader.names_before_designation` reads names
written before a bracketed or dashed designation.
"""

from __future__ import annotations

from bisect import bisect_right
from itertools import compress

from .names import NameReader
from .vocabulary import PersonVocabulary
from .words import MAX_WORDS, DesignationPhrase, NameCandidate, WordView


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
        last = self.names.last_word(view, cand.j)
        while True:
            d, last2 = self.designation_after(view, last, des_at, hon_at)
            if d is not None:
                chain[-1].designations.append(d)
                last = self.skip_organisation(view, last2, hon_at)
            sep, nxt = self.names.next_after(view, last)
            if nxt in self.vocab.alias_words and view.spaced(last):
                other = self.names.read(view, last + 2)
                if other is not None:
                    chain[-1].aliases.append(other)
                    last = self.names.last_word(view, other.j)
                    continue
            mark = sep.strip(" \t")
            if d is not None and mark.startswith(")"):
                mark = mark[1:].strip(" \t")  # अध्यक्ष), …
            k = last + 1
            if mark == "," and nxt in self.vocab.list_links and view.spaced(k):
                k += 1
            elif not mark and nxt in self.vocab.list_links and view.spaced(last) and view.spaced(k):
                k += 1
            elif mark != ",":
                break
            if k >= view.n or k in hon_at or k in des_at:
                break  # the next item has its own anchor
            nc = self.names.read(view, k)
            if nc is None or not (plural or self.item_ok(view, nc)) or not self.names.valid(view, nc):
                break
            nc.rule = "list"
            if plural:
                nc.honorific = cand.honorific
            cands.append(nc)
            chain.append(nc)
            last = self.names.last_word(view, nc.j)
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
        return cand.words[0] in self.vocab.given_names and (sep.strip(" \t") in (",", "।") or nxt in self.vocab.name_stoppers)

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

    def names_without_commas(self, view: WordView, cands: list[NameCandidate]) -> None:
        """``… में रमेश यादव सुनील वर्मा दिनेश साहू उपस्थित रहे``: a run of name words right before
        the word that closes a list, cut into names where a first name follows a surname."""
        v = self.vocab
        closers = [k for k in compress(range(view.n), map(v.list_closers.__contains__, view.w)) if k]
        if not closers:
            return
        taken = {x for c in cands for x in range(c.i, c.j)}
        first, last = v.any_given, v.any_surname
        for k in closers:
            a = k
            while a > 0 and k - a < 16 and view.spaced(a - 1) and a - 1 not in taken:
                w = view.w[a - 1]
                if w in v.name_stoppers or not (w in first or w in last or w in v.middle_names):
                    break
                a -= 1
            if k - a < 4:
                continue
            chunks: list[list[int]] = [[a]]
            for x in range(a + 1, k):
                w, prev = view.w[x], view.w[x - 1]
                if w in first and w not in last and prev in last and prev not in v.middle_names and len(chunks[-1]) >= 2:
                    chunks.append([x])
                else:
                    chunks[-1].append(x)
            if len(chunks) < 2 or not all(
                2 <= len(c) <= 4 and view.w[c[0]] in first and view.w[c[-1]] in last for c in chunks
            ):
                continue
            for c in chunks:
                i, j = c[0], c[-1] + 1
                cands.append(NameCandidate(i, j, view.start[i], view.end(j - 1), view.w[i:j], rule="list"))

    def bare_comma_lists(self, view: WordView, cands: list[NameCandidate]) -> None:
        """``… समिति के A B, C D, E F व G H ने …``: three or more names in a comma list, no anchor."""
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
            if 2 <= b - a <= 3 and (b >= view.n or view.w[b] in self.vocab.name_stoppers or view.sep[b - 1].strip(" \t")):
                run.append((a, b))
        flush()
