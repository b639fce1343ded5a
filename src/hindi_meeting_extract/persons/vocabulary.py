"""The person stage's language knowledge: the lexicon sections it reads, folded into sets.

Built once per stage from :class:`~hindi_meeting_extract.lexicon.Lexicons` and then only read
(shared by threads). Every part of the stage reads its word classes from here.
"""

from __future__ import annotations

import regex

from ..errors import LexiconError
from ..lexicon import Lexicon, Lexicons, Section
from ..normalize import fold
from .words import LETTER_RE, SPLIT_RE


def _forms(*sections: Section) -> set[str]:
    """Every surface form of the sections, folded."""
    return {fold(f) for sec in sections for f in sec.forms}


def common_substring(texts: list[str]) -> str:
    """The longest string that occurs in each of ``texts`` ("" if none or no texts)."""
    if not texts:
        return ""
    shortest = min(texts, key=len)
    for size in range(len(shortest), 0, -1):
        for i in range(len(shortest) - size + 1):
            sub = shortest[i : i + size]
            if all(sub in t for t in texts):
                return sub
    return ""


def _words(forms: set[str]) -> set[str]:
    return {w for f in forms for w in f.split()}


def _multi(forms: set[str]) -> dict[str, list[tuple[str, ...]]]:
    """First word -> the multi-word forms it starts, longest first."""
    out: dict[str, list[tuple[str, ...]]] = {}
    for f in forms:
        ws = tuple(f.replace(".", " ").split())
        if len(ws) > 1:
            out.setdefault(ws[0], []).append(ws)
    for v in out.values():
        v.sort(key=len, reverse=True)
    return out


def glued_offices(des: Lexicon, offices: set[str], name_parts: set[str]) -> dict[str, tuple[str, str]]:
    """Each [glued_prefixes] modifier written glued to a one-word office of Devanagari letters
    (उप + अभियंता -> उपअभियंता): glued word -> (modifier, office). A glued form that is already
    an office or a name part is left out; a prefix that is no [modifiers] form is an error."""
    if "glued_prefixes" not in des.sections:
        return {}
    modifiers = _forms(des["modifiers"])
    out: dict[str, tuple[str, str]] = {}
    for p in sorted(_forms(des["glued_prefixes"])):
        if p not in modifiers or " " in p:
            raise LexiconError(f"{des.source} designations [glued_prefixes]: {p!r} is not a one-word [modifiers] form")
        for o in offices:
            if " " in o or o.isascii() or o.startswith(p):
                continue
            w = p + o
            if w not in offices and w not in name_parts and SPLIT_RE.split(w) == [w]:
                out[w] = (p, o)
    return out


# a rough spelling skeleton: the letters writers confuse (श/ष/स, long/short vowels, a dropped
# nasal sign) made one, so that a misspelt verb or particle (सामिल, नही) is still known
_SKELETON = str.maketrans({"श": "स", "ष": "स", "ी": "ि", "ू": "ु", "ई": "इ", "ऊ": "उ", "ं": None, "ँ": None})


def spelling_skeleton(word: str) -> str:
    return word.translate(_SKELETON)


class PersonVocabulary:
    """Folded word sets and patterns from the honorifics, designations, names and
    segmentation lexicons (see each section in ``data/*.toml``)."""

    def __init__(self, lexicons: Lexicons) -> None:
        hon = lexicons["honorifics"]
        des = self.designation_lexicon = lexicons["designations"]
        nm = lexicons["names"]
        seg = lexicons["segmentation"]

        # honorifics: folded form -> canonical
        self.hon_canon: dict[str, str] = {}
        for sec in ("titles", "plural", "ranks", "professional", "religious"):
            for canonical, forms in hon[sec].entries.items():
                for f in forms:
                    self.hon_canon.setdefault(" ".join(fold(f).replace(".", " ").split()), canonical)
        all_hon = set(self.hon_canon)
        self.hon_single = {h for h in all_hon if " " not in h}
        self.hon_multi = _multi(all_hon)
        self.needs_dot = _forms(hon["needs_dot"])
        self.religious = _forms(hon["religious"])
        self.plural_canon = set(hon["plural"].entries)
        self.weak_hon = {fold(f) for sec in ("ranks", "professional", "religious") for f in hon[sec].forms}
        self.noun_titles = _forms(hon["noun_titles"])
        self.glued_titles = sorted(_forms(hon["glued"]), key=len, reverse=True)
        self.trailing = _forms(hon["trailing"])

        # designations
        offices = _forms(des["offices"], des["abbreviations"])
        # उपअभियंता, सहसचिव: a modifier glued to a one-word office (word -> (modifier, office))
        self.glued_offices = glued_offices(des, offices, _forms(nm["given_names"], nm["surnames"]))
        offices |= self.glued_offices.keys()
        self.plural_of: dict[str, str] = {}
        for canonical, forms in des["plural"].entries.items():
            for f in forms[1:]:
                self.plural_of[fold(f)] = canonical
        self.office_single = {f for f in offices if " " not in f} | set(self.plural_of)
        self.office_multi = _multi(offices)
        self.office_second = {w: {f[1] for f in forms} for w, forms in self.office_multi.items()}
        self.office_words = {f.split()[-1] for f in offices} | set(self.plural_of)
        self.generic = _forms(des["generic"])
        self.generic |= {w for w, (_, o) in self.glued_offices.items() if o in self.generic}  # सहायकअधिकारी
        levels = _forms(des["levels"])
        mods = _forms(des["modifiers"])
        depts = _forms(des["departments"])
        self.institution_words = _words(_forms(nm["institution_words"]))
        conj = _forms(nm["conjunctions"])
        post_quals = _words(_forms(des["post_qualifiers"]))
        self.words_before_office = (_words(levels | mods | depts) | self.institution_words | _words(offices) | post_quals) - conj
        self.words_after_office = (_words(levels | depts) | post_quals) - conj
        self.territorial = _forms(des["territorial"])
        self.not_offices = _forms(des["not_offices"])
        self.non_office_endings = tuple(_forms(des["non_office_endings"]))
        self.transient = _forms(des["transient"])
        self.numbered = _forms(des["numbered"])
        self.place_endings = tuple(_forms(des["place_endings"]))
        self.office_links = sorted(
            {tuple(f.split()) for f in _forms(des["office_links"])}, key=len, reverse=True
        )
        self.link_first = {f[0] for f in self.office_links}
        self.department_words = _words(depts) - conj
        self.level_words = _words(levels) - conj
        self.short_mods = {m for m in mods if len(m) <= 3}  # अति. पुलिस अधीक्षक
        self.modifier_words = _words(mods)

        # words that end a name
        self.postpositions = _forms(nm["postpositions"])
        self.agent_marks = _forms(nm["agent_postpositions"])
        self.object_marks = _forms(nm["object_postpositions"])
        self.genitives = _forms(nm["genitives"])
        self.conjunctions = _forms(nm["conjunctions"])
        self.list_links = _forms(nm["list_links"])
        self.alias_words = _forms(nm["alias"])
        self.verbs = _forms(nm["verbs"])
        self.given_names = _forms(nm["given_names"])
        self.middle_names = _forms(nm["middle_names"])
        self.surnames = _forms(nm["surnames"])
        self.clear_surnames = self.surnames - _forms(nm["ambiguous_surnames"])
        self.deities = _forms(nm["deities"])
        self.devotions = _forms(nm["devotions"])
        self.title_blockers = _forms(nm["title_blockers"])
        self.non_name_endings = tuple(_forms(nm["non_name_endings"]))
        self.letter_names = _forms(seg["letter_names"])
        # an acronym of spoken letters (डीपीसी, बीसीएमओ) or Latin capitals (SHO, DIOS; folded to lower case)
        spoken = "|".join(regex.escape(x) for x in sorted(self.letter_names, key=len, reverse=True) if not x.isascii())
        finals = "|".join(regex.escape(x) for x in sorted(_forms(des["acronym_finals"]), key=len, reverse=True))
        self.acronym_re = regex.compile(rf"(?:{spoken}){{2,6}}(?:{finals})|[a-z]{{1,4}}[omcea]")
        self.abbreviations = _forms(seg["abbreviations"])
        self.traps = sorted(_forms(nm["trap_phrases"]), key=len, reverse=True)
        self.trap_key = common_substring(self.traps)  # in every trap phrase (श्री)
        labels = "|".join(regex.escape(f) for f in sorted(_forms(nm["byline_labels"]), key=len, reverse=True))
        # a reporter: "नाम" alone on a line, "शहर/ नाम।", "रिपोर्ट: नाम", "Report by नाम"
        self.byline_re = regex.compile(
            rf"[ \t*]*(?:[^\n/|।,]{{1,30}}/[ \t]*|(?P<label>{labels})[ \t]*[:\-–—]?[ \t]*)?"
            r"(?P<n>[\p{L}\p{M}]+(?:[ \t]+[\p{L}\p{M}]+){1,2})[ \t*]*(?:$|[।|,•])"
        )
        # "नाम/शहर।" at the start of a line (the article goes on after it)
        self.name_town_re = regex.compile(
            r"[ \t*]*(?P<n>[\p{L}\p{M}]+(?:[ \t]+[\p{L}\p{M}]+){1,2})[ \t]*/[ \t]*"
            r"[\p{L}\p{M}]+(?:[ \t]+[\p{L}\p{M}]+)?[ \t]*[।:,|\-–—]"
        )
        role_forms = _forms(nm["role_nouns"])
        self.role_single = {f for f in role_forms if " " not in f}
        self.role_multi = _multi(role_forms)
        name_parts = self.given_names | self.surnames
        self.name_stoppers = (
            self.postpositions
            | self.conjunctions
            | self.alias_words
            | self.verbs
            | _forms(nm["function_words"])
            | _forms(nm["regions"])
            | self.hon_single - self.weak_hon - name_parts
            | {h for h in self.weak_hon if " " not in h} - name_parts - self.religious
            | self.trailing
            | self.office_single
            | {w for w in _words(levels | mods) if w not in name_parts}
            | (self.department_words - name_parts)
            | self.institution_words
        )

        # a title glued to the office before it (सचिवश्री): word -> [(title, length of the office)]
        self.glued_words: dict[str, list[tuple[str, int]]] = {}
        for g in self.glued_titles:  # longest first
            for o in self.office_single:
                w = o + g
                if o and SPLIT_RE.split(w) == [w] and LETTER_RE.match(o[-1]):
                    self.glued_words.setdefault(w, []).append((g, len(o)))
        self.name_starts = self.given_names | self.clear_surnames
        self.hon_first = self.hon_multi.keys() | self.hon_single
        self.office_first = self.office_multi.keys() | self.office_single
        self.triggers = self.hon_first | self.office_first | self.role_single | self.role_multi.keys()
        self.gap_stoppers = self.postpositions | self.conjunctions | self.verbs | self.trailing | self.hon_single
        self.name_parts = self.given_names | self.surnames | self.middle_names | self.letter_names
        # name parts that are also ordinary words (भारत, कल्याण, पंडित): a name only where the
        # position says so (see NameReader.read)
        self.maybe_given = _forms(nm["ambiguous_given_names"]) if "ambiguous_given_names" in nm.sections else set()
        self.maybe_surnames = _forms(nm["ambiguous_surnames"])
        grammar = (
            self.postpositions | self.agent_marks | self.genitives | self.conjunctions | self.alias_words
            | self.verbs | self.trailing | _forms(nm["function_words"])
        )
        any_name = self.name_parts | self.maybe_given | self.maybe_surnames
        self.any_given = self.given_names | self.maybe_given
        self.any_surname = self.surnames | self.maybe_surnames
        # (never a title, an institution word or, first in a name, a word that opens an office)
        self.soft_stoppers = (self.name_stoppers & any_name) - grammar - self.hon_first - self.institution_words
        self.soft_first = (self.soft_stoppers & (self.given_names | self.maybe_given)) - self.words_before_office
        self.soft_last = (self.name_stoppers & any_name) - grammar - self.institution_words  # (पंडित too)
        # surnames that are also institution nouns (सरकार, निगम): the last word of a name only
        # after a known first name in a person's context (NameReader.noun_surname_at)
        self.noun_surnames = (self.any_surname & self.institution_words) - self.given_names
        # misspelt grammar words (सामिल, नही): skeletons of verbs, particles and postpositions
        # of three letters or more that no known name part shares
        self.near_grammar = {spelling_skeleton(w) for w in grammar if len(w) >= 3} - {
            spelling_skeleton(w) for w in self.name_parts
        }
        self.name_suffixes = _forms(nm["name_suffixes"]) if "name_suffixes" in nm.sections else set()
        self.given_suffixes = _forms(nm["given_name_suffixes"]) if "given_name_suffixes" in nm.sections else set()
        # the postposition of a list item's origin (… , गांव से रमेश यादव)
        self.origin_marks = _forms(nm["origin_postpositions"]) if "origin_postpositions" in nm.sections else set()
        self.indefinites = _forms(nm["indefinite_determiners"]) if "indefinite_determiners" in nm.sections else set()
        # X पुत्र Y (a relative named after a person); surnames ending like an oblique (ढिल्लों);
        # phrases naming a group (… स्वयं सहायता समूह); short first names (मो. X Y = X Y)
        self.kinship = _forms(nm["kinship_words"]) if "kinship_words" in nm.sections else set()
        self.oblique_surnames = _forms(nm["oblique_surnames"]) if "oblique_surnames" in nm.sections else set()
        self.institution_phrases = _multi(_forms(nm["institution_phrases"])) if "institution_phrases" in nm.sections else {}
        self.given_endings = tuple(_forms(nm["given_name_endings"])) if "given_name_endings" in nm.sections else ()
        self.short_given = _forms(nm["abbreviated_given_names"]) if "abbreviated_given_names" in nm.sections else set()
        # first names that open a first name of two words (अब्दुल रहीम, मो. जावेद)
        self.given_openers = self.short_given | (
            _forms(nm["given_name_openers"]) if "given_name_openers" in nm.sections else set())
        ages = _forms(nm["age_words"]) if "age_words" in nm.sections else set()
        # X को Y नियुक्त किया: the verbs of appointing or electing someone to a post
        self.appointment_verbs = _forms(nm["appointment_verbs"]) if "appointment_verbs" in nm.sections else set()
        # किसान X ने, छात्रा X को: an occupation noun before a name, read like a generic office
        # (one-word forms that are no one-word office, title or role noun: those anchor a name already)
        occupations = _forms(nm["occupation_nouns"]) if "occupation_nouns" in nm.sections else set()
        self.occupations = frozenset(
            w for w in occupations if " " not in w and w not in self.office_single and w not in self.hon_first
            and w not in self.role_single and w not in self.role_multi and w not in self.glued_words
        )  # (a word that only starts a longer office, किसान मित्र, is one: the office is read first)
        self.name_stoppers = self.name_stoppers | self.kinship | ages
        # the words that close a list of people: the first words of the attendance verbs
        # (उपस्थित रहे, मौजूद थे …) and आदि/इत्यादि
        cues = lexicons.by_name.get("cues")
        closers = {fold(f).split()[0] for f in cues["attendance_verbs"].forms} if cues is not None else set()
        self.list_closers = closers | {fold(f) for f in nm["conjunctions"].entries.get("आदि", ())}
        # what may stand right before an office phrase that starts with unknown words
        self.left_bound = self.postpositions | self.conjunctions | self.verbs | _forms(nm["function_words"])
