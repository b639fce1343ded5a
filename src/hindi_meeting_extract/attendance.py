"""Attendance and roles: attendee lists, chair, chief guest, conductor, vote of thanks.

Cues come from ``cues.toml``. A person is an attendee when they are

* in the clause that ends with an attendance verb, in any tense (``… A, B सहित अधिकारी उपस्थित
  रहे``, ``… शामिल होंगे``), the clause starting at the sentence start, after कि/जबकि or after the
  previous list's verb (a sentence opening with एवं/तथा continues the one before); a possessor
  there is only mentioned (``मंत्री X के निर्देश पर …``) unless linked (X के अलावा);
  The verbs are also matched in the spellings of ``[spelling_variants]`` (शामिल हुये, उपस्तिथ रहे),
  with the word endings of ``[spelling_variant_endings]`` (मौजूद रहें, उपस्थित थें, शामिल हुऐ)
  and with one slip of :func:`~.persons.vocabulary.spelling_skeleton` in their head (सामिल हुए);
  a person named after a name and a relation word (``A पुत्र B``, ``रेखा पत्नी X``: the words of
  names.toml ``function_words`` निवासी group) only identifies the one before, and attends by no list;
* in the clause before a joining verb (``… आदि जुड़े रहे``) that names the meeting as the place or
  the online means (``बैठक में A, B जुड़े रहे``, ``वीसी के माध्यम से A, B जुड़े``; not ``सड़क से जुड़े
  मुद्दे``, ``… योजना से जुड़े हैं``);
* the speaker of a statement qualified by a participle of arrival at the meeting or its site
  (``जनसुनवाई में पहुंची … X ने बताया``, ``बैठक में शामिल होने आए X ने कहा``, ``प्रशिक्षण स्थल पर मौजूद X
  ने …``, also ``… X पत्नी Y ने बताया``: X; ``बैठक में नहीं पहुंचे X ने …`` is absent);
* the persons named in the sentence before a collective subject that points back to them doing an
  act at the event (``… A अध्यक्ष, B उपाध्यक्ष चुने गए। सभी नवनिर्वाचित पदाधिकारियों ने मंच पर शपथ ली``:
  ``cues.group_references``, ``cues.group_event_acts``);
* in a list after an attendance verb or header and a colon or dash, on the same line or on
  short lines of their own (``उपस्थित सदस्य :-⏎ 1. A – पद⏎ 2. B – पद``, ``… ऑनलाइन जुड़े -``), or
  on short lines before a line that goes on with their sentence (``बैठक में सदस्य⏎A⏎B और⏎C⏎के साथ
  X उपस्थित थे``, ``…⏎C⏎आदि उपस्थित थे``: see :meth:`AttendanceStage._lines_above`);
* in a list before a presence phrase (``A, B की विशेष उपस्थिति में``, ``के मार्गदर्शन में``,
  ``के करकमलों से``), its names parted by commas, conjunctions or only their titles (``A लोकसभा के
  प्रभारी पूर्व विधायक B की उपस्थिति में``);
* given a meeting role, or an other guest (विशिष्ट अतिथि), or named as the doer after an act done
  at the meeting (``उद्घाटन मंत्री X करेंगे``, ``दीप प्रज्वलन X द्वारा किया गया``; not ``… ने किया था``);
* a holder of the meeting (``X और Y समीक्षा बैठक ले रहे हैं``), or honoured at it (``… ने A को
  सम्मानित किया``), or given something at it (``A और B को प्रशस्ति पत्र प्रदान किए गए``, ``C को शपथ
  दिलाई गई``; not ``X को रिहा कर दिया गया``, ``X को नोटिस दिया गया``);
* the subject of an act announced at the meeting (``कार्यक्रम में सांसद X छात्रों को संबोधित
  करेंगे``), named, or given by the designation of a person the text names (``सम्मेलन के आरंभ में
  प्राचार्य … की जानकारी देंगे``);
* in a list in which the text breaks off before its governing verb (a truncated report: ``… बैठक में
  सचिव A, कोषाध्यक्ष B और पार्षद C के साथ ही`` and no more);
* in a text that names a meeting or event (बैठक, सभा, समारोह, लोकार्पण, प्रेस वार्ता …): the
  subject of a ``ने`` / ``द्वारा`` clause without negation (who acted at it), or a speaker whose
  statement was made at the meeting (not a press briefing about it, see
  ``StatementHit.at_meeting``). Not a subject named inside a statement's content (``उन्होंने कहा कि
  मुख्यमंत्री X द्वारा …``: X is only mentioned). Not a subject from a briefing's own marker on (the briefer, those
  named in its content), the source of the report (``उक्त जानकारी X द्वारा दी गई``), the
  subject of a past-perfect clause (``X ने भवन का शिलान्यास किया था``), nor one whose clause is
  negated (``X ने भाग नहीं लिया``; a negation in its कि-clause is content: ``चर्चा के दौरान X ने आरोप
  लगाया कि … नहीं मिल रहा`` acted), nor one whose clause ends in a present auxiliary before कि (``X ने
  दावा किया है कि …``: a claim made now), nor an announcer whose
  clause invites others to come (``X ने सदस्यों से उपस्थित होकर सहयोग करने का आग्रह किया है``)
  with nothing before it placing them at the meeting (``सभा को संबोधित करते हुए X ने …``), nor one
  who came on an errand of their own (``ज्ञापन लेने पहुंचे अपर कलेक्टर X ने आश्वासन दिया``: a purpose
  infinitive before an arrival participle, naming no meeting; see :meth:`AttendanceStage._errands`).

Named absentees (``… अनुपस्थित रहे``, ``X की अनुपस्थिति में``, ``… उपस्थित नहीं थे``, ``… नदारद रहे।
इनमें X भी शामिल हैं``) are never attendees, nor the agent of an attributive participle (``X द्वारा
प्रदान की गई धनराशि को …``). A chair of a body being formed or named by a participle (``X की
अध्यक्षता में समिति का गठन``, ``X की अध्यक्षता वाली समिति``) does not chair the meeting unless the
text reports a meeting of that body (``इस समिति की बैठक``, not ``हाई पावर कमेटी की बैठक``).

A role cue (chair: अध्यक्षता; chief guest: मुख्य अतिथि; conductor: संचालन; vote of thanks: आभार
व्यक्त/प्रकट/…) finds its person(s) by, in order: a possessor list before it (``X की
अध्यक्षता में``), the names after it up to their verb or the next role (``अध्यक्षता X ने की``,
``मुख्य अतिथि के रूप में A, B और C उपस्थित थे``), a list right before it (``A और B मुख्य अतिथि
रहे``), the person named last before a relative pronoun subject (``… X भी मौजूद थे, जिन्होंने आभार
प्रकट किया``), the subject of ``ने``/``द्वारा`` before it (``X ने कार्यक्रम का संचालन किया``, not when that
subject follows another role cue: ``संचालन A ने तथा आभार B ने किया``, nor across कि: ``X ने बताया कि … Y
मुख्य अतिथि होंगे``); the holder named right before
a copula after a long designation (``विशिष्ट अतिथि के रूप में पूर्व कुलपति … प्रो. X होंगे``). A vote of
thanks may have its thanker between noun and verb (``आभार सचिव X ने व्यक्त किया``). Every
role and attendance carries the rule and cue that produced it (``RoleHit.rule``/``cue``).
"""

from __future__ import annotations

import bisect
import itertools
import os
from collections.abc import Callable, Iterable, Iterator, Mapping
from functools import lru_cache
from typing import NamedTuple

import regex

from .analysis import Analysis, PersonEntity
from .lexicon import Lexicon, Lexicons, Section
from .normalize import fold
from .persons.vocabulary import spelling_skeleton
from .scan import LiteralScan, Occurrences, WordSet, first_words
from .statements import (
    KindMatcher,
    PersonIndex,
    Titles,
    W,
    attributive_pattern,
    forms_alternation,
)

_STRETCH_MAX = 600  # longest list of names after a role cue
_LOOKAROUND = 300  # how far a negation or a ने is looked for around a cue
_LIST_LINES = 60  # longest list of names on lines of their own after an attendance verb
_LINE_MAX = 150  # … each line this short
_LINE_NAME_START = 30  # … and opening with a name (after a number, bullet or honorific)
ROLE_SECTIONS = ("chair", "chief_guest", "conductor", "vote_of_thanks")
# how an act noun (उद्घाटन, दीप प्रज्वलन) finds its doer: the names after it up to their verb, or
# an agent after it (a possessor is what the act is done to: भवन का उद्घाटन, X का स्वागत; a subject
# before it is left to the narrative, which knows briefings: X ने बताया कि … माल्यार्पण कर …)
_ACT_RULES = ("names-after", "agent-after", "name-copula")
_Mention = tuple[int, int, PersonEntity]
_CONJ_MAX = 8  # a conjunction opening a sentence is a word this short
_BRACKET_MAX = 80  # a bracket closing within this many characters on its line holds no sentence end
_WORDS = regex.compile(rf"{W}+")
_DATIVE = regex.compile(rf"(?<!{W})को(?!{W})")
_FINAL_MARKS = "।.!?|॥\"”'*)"  # a text ending in one of these was not cut off mid-sentence
_LAST_WORD = regex.compile(rf"(?r){W}+")
_PARTICIPLE_REACH = 160  # how far before a speaker a participle of arrival (with its place) is looked for
# the sections whose forms are also matched in their spelling variants ([spelling_variants] and
# the confusions of ``spelling_skeleton``)
SPELLED_SECTIONS = (
    "attendance_verbs", "joining_verbs", "list_headers", "presence_phrases", "absence", "invitations",
    "arrival_participles",
)
# … and those whose head (first word) is also matched with one slip of ``spelling_skeleton``
# (सामिल हुए, मौजुद रहे): the list-closing verbs only (a wider net costs time on every text)
SKELETON_SECTIONS = ("attendance_verbs",)
_SKELETON_MIN = 3  # words this long or longer are also matched with skeleton confusions
_VARIANTS_MAX = 16  # at most this many skeleton spellings of one listed word


class AttendanceStage:
    """Fills ``analysis.attendees`` and the meeting roles of persons."""

    def __init__(self, lexicons: Lexicons) -> None:
        raw = lexicons["cues"]
        cues: Mapping[str, Section] = _SpelledCues(raw, spelled_sections(raw, SPELLED_SECTIONS, SKELETON_SECTIONS))
        spelled = frozenset(SPELLED_SECTIONS)  # many spellings of few phrases: one trie per head

        @lru_cache(maxsize=None)  # (the same sections are asked for again and again)
        def alt(*names: str) -> str:
            return forms_alternation([cues[n] for n in names], by_head=not spelled.isdisjoint(names))

        end = r"(?=\s*(?:$|[।.!?,;:|\n)\]\-–—]|" + alt("conjunctions") + "))"
        neg = alt("negations")
        self._verb_re = regex.compile(rf"{alt('attendance_verbs')}{end}")
        self._role_before_re = regex.compile(rf"{alt(*ROLE_SECTIONS)}(?:\s+{alt('role_links')})?\s*[:,\-–—]?\s*\Z")
        self._copula_re = regex.compile(rf"(?:\s|{alt('trailing_titles')})*\s{alt('copulas')}(?:\s*[।|.,]|\s*$)")
        self._thanks_split_re = regex.compile(
            rf"{alt('thanks_nouns')}(?=[^।|\n]{{1,80}}?(?<!{W}){alt('agent_markers')}\s+{alt('thanks_verbs')})"
        )
        self._inclusion_re = regex.compile(rf"\s*{alt('inclusion_openers')}")
        self._header_re = regex.compile(rf"{alt('list_headers')}(?=[ \t]*(?::-?|[-–—]))")
        self._colon_re = regex.compile(r"[ \t]*(?::-?|[-–—])[ \t]*(?=\S)")
        self._list_intro_re = regex.compile(r"[ \t]*(?:[:\-–—]+|:-)[ \t]*\n")
        self._absent_re = regex.compile(
            rf"{alt('absence')}(?!\s+में)|(?:{neg})\s+{alt('attendance_verbs')}"
            rf"|{forms_alternation([_heads(cues['attendance_verbs'].forms)])}\s+(?:{neg})(?!{W})"
        )
        gen = alt("genitives")
        self._gen_tail = regex.compile(rf"{gen}(?:\s+{alt('presence_adjectives')})?\s*\Z")
        presence_tail = rf"(?:{alt('presence_phrases')}|{alt('absence')}\s+में)"
        self._presence_re = regex.compile(rf"{gen}(?:\s+{alt('presence_adjectives')})?\s+{presence_tail}")
        self._absence_word = regex.compile(alt("absence"))
        host_tail = alt("host_phrases")
        self._host_re = regex.compile(rf"{gen}\s+{host_tail}")
        self._roles = KindMatcher({k: cues[k] for k in ROLE_SECTIONS})
        self._stop_re = regex.compile(rf"{alt(*ROLE_SECTIONS, 'other_roles', 'clause_breaks')}|[।|\n]")
        self._breaks_re = regex.compile(alt("clause_breaks"))
        self._marker_re = regex.compile(alt("agent_markers", "passive_agents"))
        self._link_re = regex.compile(rf"\s*(?:{alt('role_links')})?\s*[:,\-–—]?\s*")
        # between two names of a list: a comma or a conjunction, maybe a short designation
        self._verb_words = frozenset(
            fold(f)
            for n in ("act_verbs", "copulas", "auxiliaries", "passive_markers")
            for f in cues[n].forms
            if " " not in f
        )
        # a verb ending a clause that goes on with a conjunction (… आभार प्रकट किया तथा …)
        self._clause_end_re = regex.compile(
            rf"{alt('act_verbs')}(?:\s+{alt('auxiliaries', 'passive_markers')})*\s*(?:,|{alt('conjunctions')})"
        )
        self._list_sep_re = regex.compile(rf",|{alt('conjunctions')}")
        self._list_gap = regex.compile(rf"[^।|\n]{{0,50}}?(?:,|{alt('conjunctions')})[^।|\n]{{0,50}}")
        self._meeting_verb_re = regex.compile(alt("meeting_verbs"))
        self._meeting_noun_re = regex.compile(alt("meeting_nouns"))
        self._object_re = regex.compile(alt("object_presence"))
        self._conferral_re = regex.compile(alt("conferrals"))
        self._sanction_re = regex.compile(alt("sanctions", "absence"))
        self._gift_re = regex.compile(alt("gifts"))
        self._future_re = regex.compile(rf"{alt('future_acts')}(?:\s+{alt('auxiliaries')})?(?=\s*(?:[।|.!?]|$))")
        self._at_meeting_place_re = regex.compile(
            rf"{alt('meeting_nouns')}(?:\s+{gen}\s+{W}+)?\s+(?:में|{gen}\s+दौरान)(?!{W})"
        )
        # joining a meeting: … बैठक में / वीसी में A, B जुड़े रहे, … वीसी के माध्यम से A, B जुड़े
        self._join_re = regex.compile(rf"{alt('joining_verbs')}{end}")
        online_place = rf"{alt('meeting_nouns', 'online_meetings')}(?:\s+{gen}\s+{W}+)?\s+(?:में|{gen}\s+दौरान)(?!{W})"
        self._joined_where_re = _Lazy(rf"{online_place}|{alt('online_means')}")
        self._online_means_end_re = _Lazy(rf"{alt('online_means')}\s*\Z")
        # a participle placing its speaker at the meeting: जनसुनवाई में पहुंची … X ने बताया
        # (searched only before the speaker of a statement)
        site = rf"{alt('meeting_nouns')}\s+{alt('event_sites')}"  # प्रशिक्षण स्थल पर, समारोह के मंच पर
        self._arrival_re = _Lazy(
            rf"(?:{online_place}|{site})\s+(?:{alt('invitations')}\s+)?(?:(?P<neg>{neg})\s+)?{alt('arrival_participles')}"
        )
        self._arrivals = LiteralScan(self._arrival_re, first_words(cues[n] for n in ("meeting_nouns", "online_meetings")))
        # an arrival on an errand of one's own: ज्ञापन लेने पहुंचे X ने … (not बैठक में भाग लेने आए)
        # (the purpose: the word before the participle, an infinitive in -ने; tried only where a
        # participle occurs)
        self._infinitive_endings = tuple(fold(f) for f in cues["errand_infinitive_endings"].forms)
        self._arrival_word_re = _Lazy(alt("errand_participles"))
        # the literals looked for: an ending and a participle's first letter (ने प…, ने आ…), two
        # substring searches per text about a meeting
        self._errand_probes = tuple(sorted({f"{e} {fold(f)[0]}" for e in self._infinitive_endings for f in cues["errand_participles"].forms}))
        self._invite_end_re = _Lazy(rf"{alt('invitations')}\s*\Z")
        # persons named in the sentence before, referred back to by a collective subject doing an
        # act at the event: सभी नवनिर्वाचित पदाधिकारियों ने मंच पर शपथ ली
        self._group_act_re = _Lazy(
            rf"{alt('group_references')}\s+{alt('agent_markers')}\s+[^।|\n]{{0,60}}?{alt('group_event_acts')}"
        )
        self._speaker_after_re = regex.compile(
            rf"(?:\s|{alt('trailing_titles')}|\([^()\n]{{0,80}}\))*"
            rf"(?:{alt('agent_markers')}|{gen}\s+{alt('possessive', 'according')})"
        )
        self._case_after_re = regex.compile(  # a postposition or marker after a name: no nominative
            rf"(?:\s|{alt('trailing_titles')})*(?:{alt('postpositions', 'agent_markers', 'passive_agents')})"
        )
        self._guest_re = regex.compile(alt("other_roles"))
        self._act_re = regex.compile(alt("meeting_acts"))
        self._act_done_re = regex.compile(rf"[।|,]|{alt('act_verbs', 'passive_markers', 'particles')}")
        self._neg_re = regex.compile(alt("negations"))
        self._possessor_re = regex.compile(
            rf"(?:\s|{alt('trailing_titles')}|\([^()\n]{{0,80}}\))*{gen}(?!\s+{alt('list_links')})"
        )
        self._trailing = cues["trailing_titles"].forms
        self._titles = Titles(lexicons)
        self._filler = regex.compile(rf"(?:\s|,|{alt('trailing_titles')}|\([^()\n]{{0,80}}\))*")

        @lru_cache(maxsize=None)
        def words(*names: str) -> frozenset[str]:
            return frozenset(first_words(cues[n] for n in names))

        # The whole-text scans. Each pattern opens with a whole word of the sections named here
        # (its first words): it is tried only where one of them occurs as a word (see :mod:`.scan`
        # and :class:`Occurrences`).
        self._first = {
            self._verb_re: words("attendance_verbs"),
            self._join_re: words("joining_verbs"),
            self._header_re: words("list_headers"),
            self._absent_re: words("absence", "negations", "attendance_verbs"),
            self._roles.pattern: words(*ROLE_SECTIONS),
            self._thanks_split_re: words("thanks_nouns"),
            self._guest_re: words("other_roles"),
            self._act_re: words("meeting_acts"),
            self._meeting_verb_re: words("meeting_verbs"),
            self._meeting_noun_re: words("meeting_nouns"),
            self._marker_re: words("agent_markers", "passive_agents"),
            self._object_re: words("object_presence"),
            self._conferral_re: words("conferrals"),
            self._future_re: words("future_acts"),
            self._group_act_re: words("group_references"),
            # a genitive (का, के, की) opens these: frequent, so a text is only tried when it has
            # the phrase that ends them (``_needs``)
            self._presence_re: words("genitives"),
            self._host_re: words("genitives"),
        }
        self._scans = {pattern: LiteralScan(pattern, first) for pattern, first in self._first.items()}
        # the phrase that ends a match (nothing follows it, so it matches alone there too), its
        # first words, and how many words stand before it in a match at most (the genitive and an
        # adjective: only the genitives that close before a tail are tried)
        self._needs = {
            self._presence_re: _Tail(
                regex.compile(presence_tail), words("presence_phrases", "absence"), _most_words(cues, "genitives", "presence_adjectives")
            ),
            self._host_re: _Tail(regex.compile(host_tail), words("host_phrases"), _most_words(cues, "genitives")),
        }
        self._invite_re = regex.compile(alt("invitations"))
        self._invites = LiteralScan(self._invite_re, first_words([cues["invitations"]]))  # (searched from their words)
        # the word after an opening word in a match, for the scans that open with frequent words
        # (नहीं, न, कर, घर, रहे, शामिल): an opening word is looked for only when one of those occurs
        att_words, neg_words = sorted(words("attendance_verbs")), sorted(words("negations"))
        self._openings = {
            self._verb_re: _Openings().add(cues["attendance_verbs"].forms),
            self._join_re: _Openings().add(cues["joining_verbs"].forms),
            self._header_re: _Openings().add(cues["list_headers"].forms),
            self._absent_re: _Openings().add(cues["absence"].forms).add(att_words, then=neg_words),
            self._needs[self._presence_re].pattern: _Openings()
            .add(cues["presence_phrases"].forms)
            .add(cues["absence"].forms, then=["में"]),
            self._needs[self._host_re].pattern: _Openings().add(cues["host_phrases"].forms),
        }
        # a negation opens an absence only right before an attendance verb (नहीं उपस्थित थे): the
        # scan opens at the other words (अनुपस्थित, नहीं पहुंचे; उपस्थित नहीं) and at those negations
        self._leads = {
            self._absent_re: _Lead(
                words("absence", "attendance_verbs"), words("negations"), self._verb_re, _most_words(cues, "negations")
            ),
        }
        self._arrival_words = words("arrival_participles")  # (a text with none has no arrival)
        universe = {w for first in [*self._first.values(), *(n.words for n in self._needs.values())] for w in first}
        universe |= {w for o in self._openings.values() for w in o.words} | self._invites.words | self._arrivals.words
        universe |= self._arrival_words
        self._group_act_words = words("group_event_acts")  # (शपथ: a text with none has no group act)
        universe |= self._group_act_words
        # relation words (X पुत्र Y, X पत्नी Y; names.toml [kinship_words], as the persons stage
        # reads them): the person after one is named only to identify X
        self._relations = frozenset(fold(f) for f in lexicons["names"]["kinship_words"].forms)
        self._relative_words = frozenset(first_words([cues["relative_agents"]]))
        universe |= self._relations | self._relative_words  # (a text with none skips those tests)
        # a word with a hyphen (गैर-हाजिर, कर-कमलों) is reported by a WordSet in every text: it
        # occurs as a word only where each of its parts does
        self._compounds = {w: frozenset(_WORDS.findall(w)) for w in universe if _compound(w)}
        self._words = WordSet(universe.union(*self._compounds.values()))
        self._formation_re = _Lazy(
            rf"[^।|\n]{{0,80}}?(?P<body>{alt('formed_bodies')})\s+(?:{gen}\s+)?{alt('formation_words')}"
        )
        # X की अध्यक्षता में गठित समिति, X की अध्यक्षता वाली (एक) समिति
        self._participle_body_re = _Lazy(
            rf"(?:\s+में)?\s+{alt('formation_participles')}\s+(?:{W}+\s+)?(?P<body>{alt('formed_bodies')})"
        )
        gen_meeting = rf"\s+{gen}\s+(?:{W}+\s+)?{alt('meeting_nouns')}"
        self._body_meeting_sources = {  # समिति की (पहली) बैठक, per body noun
            " ".join(fold(f).split()): rf"(?<!{W}){regex.escape(' '.join(fold(f).split()))}{gen_meeting}"
            for f in cues["formed_bodies"].forms
        }
        self._body_meeting: dict[str, regex.Pattern[str]] = {}  # … compiled when first needed
        self._attributive_re = attributive_pattern(cues)
        self._at_meeting_re = regex.compile(alt("meeting_presence"))
        self._perfect_words = tuple(sorted({fold(f) for f in cues["past_auxiliaries"].forms}))
        # (a quick test: the start they share, था/थे/थी: one substring search; else each of them)
        self._perfect_probes = (_common_start(self._perfect_words),) if _common_start(self._perfect_words) else self._perfect_words
        self._perfect_re = regex.compile(rf"(?<=\S\s+){alt('past_auxiliaries')}(?=\s*(?:[।|.,]|$|{alt('clause_breaks', 'conjunctions')}))")
        self._source_re = regex.compile(rf"[\s,]*{alt('source_openers')}")
        self._determiners = frozenset(fold(f) for f in cues["body_determiners"].forms)
        self._title_lead_re = regex.compile(rf"\s*(?:{W}+\s+{gen}\s*)?")
        self._conj_words = frozenset(fold(f) for f in cues["conjunctions"].forms if " " not in f)
        self._conj_initials = frozenset(w[0] for w in self._conj_words)
        # a line opening with a genitive or आदि goes on with the sentence of the lines above it
        self._line_openers = frozenset(fold(f) for n in ("genitives", "list_line_openers") for f in cues[n].forms)
        self._opener_initials = frozenset(w[0] for w in self._line_openers)
        self._relative_re = regex.compile(alt("relative_agents"))
        claim_words = [fold(f) for f in cues["present_auxiliaries"].forms]
        # a quick test first: the shortest present auxiliary, when every other one holds it (है; else "": no test)
        self._claim_probe = min(claim_words, key=len) if all(min(claim_words, key=len) in w for w in claim_words) else ""
        self._claim_now_re = _Lazy(rf"(?<=\S\s+){alt('present_auxiliaries')}\s*,?\s*\Z")
        self._honorific_words = frozenset(
            w for sec in lexicons["honorifics"].sections.values() for f in sec.forms for w in _WORDS.findall(fold(f))
        )

    def __call__(self, analysis: Analysis) -> None:
        if not analysis.persons:
            return
        doc = analysis.doc
        text = doc.folded.text
        idx = PersonIndex(analysis, self._filler, self._trailing, self._titles)
        sents = self._clauses(text, doc.folded_bounds)
        starts = [s for s, _ in sents]
        present: dict[str, tuple[PersonEntity, str, tuple[int, int] | None]] = {}
        absent: set[str] = set()

        scan = self.scans(text, doc.word_tokens)
        words = scan.words

        def sentence(pos: int) -> tuple[int, int]:
            i = bisect.bisect_right(starts, pos) - 1
            return (idx.snap(sents[i][0]), sents[i][1]) if i >= 0 else (0, len(text))

        def clause_start(lo: int, pos: int) -> int:
            for b in self._breaks_re.finditer(text, lo, pos):
                lo = b.end()
            return lo

        kin = not self._relations.isdisjoint(words.present)  # a relation word occurs (X पुत्र Y)
        relatives = not self._relative_words.isdisjoint(words.present)  # … जिन्होंने occurs

        def add(names: Iterable[_Mention], rule: str, cue: tuple[int, int] | None) -> None:
            for s, e, person in names:
                if person.id not in present and not (kin and e > s and self._relative_named(idx, s)):
                    present[person.id] = (person, rule, cue)

        # 1. attendance lists: … A, B सहित अधिकारी उपस्थित रहे
        prev = 0  # a list starts after the previous list's verb at the earliest
        for m in scan(self._verb_re):
            s0 = sentence(m.start())[0]
            if text[s0] in self._opener_initials:
                s0 = self._lines_above(text, s0)  # … सदस्य⏎A⏎B⏎के साथ X उपस्थित थे
            names = idx.between(clause_start(max(prev, s0), m.start()), m.start())
            prev = m.end()
            if self._inclusion_re.match(text, s0) and self._absent_before(text, s0, sentence):
                absent.update(p.id for _s, _e, p in names)  # … नदारद रहे। इनमें X भी शामिल हैं।
                continue
            add((t for t in names if not self._possessor_re.match(text, t[1])), "attendance-list", m.span())
            # … सदस्य उपस्थित रहे :-⏎ A – पद⏎ B – पद, … उपस्थित रहे: A, B, C।
            add(self._list_after(idx, text, m.end(), sentence(m.start())[1]), "attendance-list", m.span())
        # … and lists of those who joined: बैठक में A, B जुड़े रहे; वीसी के माध्यम से A, B जुड़े
        for m in scan(self._join_re):
            s0, s1 = sentence(m.start())
            lo = clause_start(s0, m.start())
            if not self._joined_meeting(text, lo, m.start()):
                continue
            names = idx.between(lo, m.start())
            add((t for t in names if not self._possessor_re.match(text, t[1])), "joined", m.span())
            add(self._list_after(idx, text, m.end(), s1), "joined", m.span())
        # … and lists after a header: उपस्थित सदस्य :-⏎ A⏎ B, प्रमुख रूप से उपस्थित: A, B
        for m in scan(self._header_re):
            add(self._list_after(idx, text, m.end(), sentence(m.end())[1]), "attendance-list", m.span())
        # 2. presence phrases (X की उपस्थिति में) and possessive absence (X की अनुपस्थिति में)
        for m in scan(self._presence_re):
            names = self._list_before(idx, m.start(), sentence(m.start())[0])
            if self._absence_word.search(m.group()):
                absent.update(p.id for _s, _e, p in names)
            else:
                add(names, "presence", m.span())
        # … and hosts: X के आवास पर बैठक हुई
        for m in scan(self._host_re):
            s0, s1 = sentence(m.start())
            if self._meeting_noun_re.search(text, max(s0, m.start() - _LOOKAROUND), min(s1, m.end() + _LOOKAROUND)):
                add(self._list_before(idx, m.start(), s0), "host", m.span())
        # … and speakers a participle places at the meeting: बैठक में पहुंचे X ने कहा;
        # बैठक में नहीं पहुंचे X ने …: X was absent
        arrivals = analysis.statements if not self._arrival_words.isdisjoint(words.present) else []
        for hit in arrivals:
            if hit.speaker is None:
                continue
            cue = doc.folded.to_folded(hit.cue.start)
            s0, s1 = sentence(cue)
            mentions = [t for t in idx.between(s0, cue) if t[2] is hit.speaker]
            if not mentions:
                continue
            arrival = self._arrival_before(idx, text, s0, s1, mentions[-1], words.present)
            if arrival is not None and arrival.group("neg"):
                absent.add(hit.speaker.id)
            elif arrival is not None:
                add([mentions[-1]], "arrival", arrival.span())
        # 3. named absentees: … अनुपस्थित रहे, … उपस्थित नहीं थे
        prev = 0
        for m in scan(self._absent_re):
            verb = self._verb_re.search(text, max(prev, m.start() - _LOOKAROUND), m.start())  # … उपस्थित रहे, X अनुपस्थित
            lo = max(prev, verb.end() if verb else 0, sentence(m.start())[0])
            for _s, _e, person in idx.between(clause_start(lo, m.start()), m.start()):
                absent.add(person.id)
            prev = m.end()
        body_meetings: dict[str, list[str]] = {}  # per body noun: the words before its meetings
        # 4. roles, and other guests (विशिष्ट अतिथि) who attend without a role
        cue_ends: set[int] = set()  # where the role cues end (मुख्य अतिथि: not another guest)
        for m in scan(self._roles.pattern):
            cue_ends.add(m.end())
            role = self._roles.kind(m)
            s0, s1 = sentence(m.start())
            if role == "chair" and self._formed_elsewhere(text, m.end(), s1, body_meetings):
                continue  # X की अध्यक्षता में एक समिति का गठन: the chair of the body formed
            names, rule = self._role_persons(idx, text, m.start(), m.end(), s0, s1, relatives)
            cue = doc.span_from_folded(m.start(), m.end())
            for _s, _e, person in names:
                if person.id not in absent:
                    person.add_role(role, rule, cue)
            add(names, f"{role}:{rule}", m.span())
        for m in scan(self._thanks_split_re):  # आभार सचिव X ने व्यक्त किया
            s0, s1 = sentence(m.start())
            names, rule = self._role_persons(idx, text, m.start(), m.end(), s0, s1, relatives)
            if rule != "agent-after":
                continue
            cue = doc.span_from_folded(m.start(), m.end())
            for _s, _e, person in names:
                if person.id not in absent:
                    person.add_role("vote_of_thanks", rule, cue)
            add(names, f"vote_of_thanks:{rule}", m.span())
        for m in scan(self._guest_re):
            if m.start() in cue_ends or m.end() in cue_ends:
                continue  # the अतिथि of a मुख्य अतिथि just read
            s0, s1 = sentence(m.start())
            add(self._role_persons(idx, text, m.start(), m.end(), s0, s1, relatives)[0], "guest", m.span())
        # … and acts done at the meeting, named before their doer: उद्घाटन मंत्री X करेंगे, दीप
        # प्रज्वलन X द्वारा किया गया (not an act reported as done before: … ने किया था)
        for m in scan(self._act_re):
            s0, s1 = sentence(m.start())
            names, rule = self._role_persons(idx, text, m.start(), m.end(), s0, s1, relatives)
            breaks = self._breaks_re.search(text, m.end(), s1)
            if rule not in _ACT_RULES or self._perfect_re.search(text, m.end(), breaks.start() if breaks else s1):
                continue
            if self._act_done_re.search(text, m.end(), names[0][0]):
                continue  # … का शुभारंभ भी किया गया बैठक के संबंध में X ने: the act was done already
            add(names, "act", m.span())
        # 5. holders of a meeting: X और Y समीक्षा बैठक ले रहे हैं, X ने Y से मुलाकात की
        held = False  # the text reports a meeting held (… बैठक ली, … से मुलाकात की)
        for m in scan(self._meeting_verb_re):
            held = True
            s0, s1 = sentence(m.start())
            s0 = max(s0, m.start() - _LOOKAROUND)
            if not self._neg_re.search(text, m.end(), min(s1, m.end() + _LOOKAROUND)):
                add(idx.between(clause_start(s0, m.start()), m.start()), "holds-meeting", m.span())
        # … and the persons of the sentence before, referred back to by a collective subject of
        # an act at the event: … B, C उपाध्यक्ष चुने गए। सभी नवनिर्वाचित पदाधिकारियों ने मंच पर शपथ ली
        for m in scan(self._group_act_re) if not self._group_act_words.isdisjoint(words.present) else ():
            s0, _s1 = sentence(m.start())
            if self._neg_re.search(text, m.start(), m.end()):
                continue
            p0, _p1 = sentence(max(0, s0 - 1)) if s0 > 0 else (s0, s0)
            names = idx.between(p0, m.start())
            add((t for t in names if not self._possessor_re.match(text, t[1])), "group-act", m.span())
        # 6. in a text about a meeting: who acted at it (subjects, the honoured, speakers), and a
        # list the text breaks off in before its verb
        about_meeting = words.any_match(self._meeting_noun_re, self._first[self._meeting_noun_re])
        if about_meeting:
            # subjects who came on an errand of their own (ज्ञापन लेने पहुंचे X ने …): not placed at
            # the meeting by their clause or statement
            errands = self._errands(idx, text, sentence, clause_start)

            def add_acting(names: Iterable[_Mention], rule: str, cue: tuple[int, int] | None) -> None:
                add((t for t in names if t[2].id not in errands), rule, cue)

            self._narrative(analysis, idx, scan, sentence, clause_start, add_acting if errands else add)
        if about_meeting or held:
            add(self._cut_list(idx, text, sentence(len(text) - 1)[0], clause_start), "cut-list", None)
        first: dict[str, int] = {}
        for s, _e, p in idx.items:
            first.setdefault(p.id, s)
        chosen = [v for pid, v in present.items() if pid not in absent]
        chosen.sort(key=lambda v: first.get(v[0].id, len(text)))
        for person, rule, cue in chosen:
            person.add_role("attendee", rule, doc.span_from_folded(*cue) if cue else None)
        analysis.attendees = [v[0] for v in chosen]

    def scans(self, text: str, tokens: list[bytes] | None = None) -> _Scans:
        """The stage's whole-text scans over ``text`` (its :meth:`WordSet.tokens`, if known)."""
        present = self._words.among(text, tokens)
        for word, parts in self._compounds.items():
            if word in present and not parts <= present:
                present.discard(word)
        return _Scans(self, text, Occurrences(text, present))

    def _narrative(
        self,
        analysis: Analysis,
        idx: PersonIndex,
        scan: _Scans,
        sentence: Callable[[int], tuple[int, int]],
        clause_start: Callable[[int, int], int],
        add: Callable[[Iterable[_Mention], str, tuple[int, int] | None], None],
    ) -> None:
        """Who acted at the meeting: subjects of ने/द्वारा, the honoured (X को सम्मानित किया), the
        recipients of a gift given at it (X को प्रमाण पत्र दिए गए), speakers whose statement was made
        at the meeting."""
        doc = analysis.doc
        text = idx.text
        # per sentence, where its first statement not made at the meeting (a briefing) starts: at
        # the subject marker before its cue. The subjects from there on (the briefer, those in
        # the content) were not placed at the meeting by it; a subject before it may have acted
        # at the meeting (X ने प्रस्तावना रखी तथा Y ने … के बारे में बताया)
        markers = list(scan(self._marker_re))
        starts = [m.start() for m in markers]
        elsewhere: dict[int, int] = {}
        for h in analysis.statements:
            if not h.at_meeting:
                cue = doc.folded.to_folded(h.cue.start)
                s0 = sentence(cue)[0]
                i = bisect.bisect_left(starts, cue) - 1  # the subject marker before the cue
                subject = starts[i] if i >= 0 and starts[i] >= max(s0, cue - _LOOKAROUND) else cue
                elsewhere[s0] = min(subject, elsewhere.get(s0, subject))
        # what the statements report (उन्होंने कहा कि मंत्री X द्वारा …): a person named there only
        # is mentioned, not placed at the meeting by it
        contents = sorted(
            (doc.folded.to_folded(h.content.start), doc.folded.to_folded(h.content.end))
            for h in analysis.statements
            if h.content.end > h.content.start
        )
        content_starts = [c[0] for c in contents]

        def reported(pos: int) -> bool:
            i = bisect.bisect_right(content_starts, pos) - 1
            return any(contents[j][0] <= pos < contents[j][1] for j in range(max(0, i - 2), i + 1))

        prev_end = 0
        for m in markers:
            s0, s1 = sentence(m.start())
            after = max(s0, prev_end)  # the clause starts after the marker before at the earliest
            prev_end = m.end()
            if m.start() >= elsewhere.get(s0, s1):
                continue
            end = min(s1, m.end() + _LOOKAROUND)
            neg = self._neg_re.search(text, m.end(), end)
            brk = self._breaks_re.search(text, m.end(), end) if neg or text.find(self._claim_probe, m.end(), end) >= 0 else None
            if neg and (brk is None or neg.start() < brk.start()):
                continue  # X ने बैठक में भाग नहीं लिया (a negation in a कि-clause is its content's)
            if brk and self._claim_now_re.search(text, m.end(), brk.start()):
                continue  # X ने दावा किया है कि …: a claim made now, not an act at the meeting
            if reported(m.start()):
                continue  # उन्होंने कहा कि मुख्यमंत्री X द्वारा घोषित …: X is named in the content
            if m.group() != "ने" and self._attributive_re.match(text, m.end(), s1):
                continue  # X द्वारा प्रदान की गई धनराशि को …: X acted before, elsewhere
            lo = clause_start(after, m.start())
            if self._source_re.match(text, lo):
                continue  # उक्त जानकारी X द्वारा दी गई: X is the source of the report
            if self._past_perfect(text, m.end(), s1):
                continue  # X ने पिछले वर्ष घोषणा की थी: X acted before the meeting
            if self._announces(text, s0, m.start(), m.end(), s1, scan.words.present):
                continue  # X ने सदस्यों से उपस्थित होकर सहयोग करने का आग्रह किया है
            add((t for t in idx.between(lo, m.start()) if not self._possessor_re.match(text, t[1])), "agent", m.span())
        for m in scan(self._object_re):
            s0, _s1 = sentence(m.start())
            marker = None
            for marker in self._marker_re.finditer(text, max(s0, m.start() - _LOOKAROUND), m.start()):
                pass
            add(idx.between(marker.end() if marker else s0, m.start()), "honoured", m.span())
        # recipients of a gift given at it: A और B को प्रमाण पत्र प्रदान किए गए (not X को नोटिस दिया गया,
        # X को रिहा कर दिया गया)
        for m in scan(self._conferral_re):
            s0, s1 = sentence(m.start())
            lo = clause_start(s0, m.start())
            for marker in self._marker_re.finditer(text, lo, m.start()):
                lo = marker.end()  # X द्वारा A को …: A is the recipient, X the narrative's subject
            dative = None
            for dative in _DATIVE.finditer(text, lo, m.start()):
                pass
            if dative is None or not self._gift_re.search(text, lo, m.start()):
                continue  # X को रिहा कर दिया गया, X को जिम्मेदारी सौंपी गई: nothing handed over at an event
            if self._sanction_re.search(text, lo, m.end()) or self._past_perfect(text, m.start(), s1):
                continue
            names = idx.between(lo, dative.start())
            add((t for t in names if not self._possessor_re.match(text, t[1])), "recipient", m.span())
        # the subject of an act announced at the meeting: कार्यक्रम में मंत्री X संबोधित करेंगे
        for m in scan(self._future_re):
            s0, _s1 = sentence(m.start())
            place = self._at_meeting_place_re.search(text, clause_start(s0, m.start()), m.start())
            if place is not None:
                subject = self._nominative(idx, text, place.end(), m.start())
                if subject is not None:
                    add([subject], "future-act", m.span())
        # speakers at the meeting
        for hit in analysis.statements:
            if hit.speaker is not None and hit.at_meeting:
                cue = (doc.folded.to_folded(hit.cue.start), doc.folded.to_folded(hit.cue.end))
                s0, s1 = sentence(cue[0])
                i = bisect.bisect_left(starts, cue[0]) - 1  # the statement's subject marker
                subject = (starts[i], markers[i].end()) if i >= 0 and starts[i] >= s0 else (s0, s0)
                if not self._announces(text, s0, *subject, s1, scan.words.present):  # … से सम्मेलन में पहुंचने की अपील की
                    add([(0, 0, hit.speaker)], "speaker", cue)

    def _cut_list(
        self, idx: PersonIndex, text: str, s0: int, clause_start: Callable[[int, int], int]
    ) -> list[_Mention]:
        """The names of a list in which the text breaks off before the verb that governs it (a
        truncated report: ``… बैठक में सचिव A, कोषाध्यक्ष B, सदस्य C सहित अनेक पदाधिकारी`` and no
        more): at least two names, parted by a comma or conjunction, in the last clause of a text
        whose last line is a paragraph (not a list line or a byline) that ends with no
        sentence-final mark and no verb (``… बैठक की`` lacks only its mark); not
        when a subject marker follows the names (``… A, B ने``: the narrative reads that), nor a
        possessor (``A के निर्देश …``)."""
        end = len(text.rstrip())
        if end == 0 or text[end - 1] in _FINAL_MARKS:
            return []
        line = text.rfind("\n", 0, end) + 1
        if end - line < _LINE_MAX:
            return []  # a short last line is a list line, a byline or a note, not a cut paragraph
        lo = clause_start(max(s0, line), end)
        names = [t for t in idx.between(lo, end) if not self._possessor_re.match(text, t[1])]
        last = _LAST_WORD.search(text, max(0, end - 40), end)
        if last and last.group() in self._verb_words:
            return []  # … समीक्षा बैठक की: the sentence is whole, only its mark is missing
        if len(names) < 2 or self._marker_re.search(text, names[-1][1], end):
            return []
        if not self._list_sep_re.search(text, names[0][1], names[-1][0]):
            return []
        return names

    def _joined_meeting(self, text: str, lo: int, pos: int) -> bool:
        """True when a joining verb at ``pos`` (its clause from ``lo``) closes an attendance list:
        the clause names the meeting as the place or the online means, and the verb does not
        follow से (… योजना से जुड़े हैं: connected with) unless the online means ends there (वीसी
        से जुड़े), nor a negation."""
        last = _LAST_WORD.search(text, max(lo, pos - 40), pos)
        if last is not None and not text[last.end() : pos].strip():
            if self._neg_re.fullmatch(last.group()):
                return False
            if last.group() == "से" and not self._online_means_end_re.search(text, max(lo, pos - 80), pos):
                return False
        return self._joined_where_re.search(text, lo, pos) is not None

    def _arrival_before(
        self, idx: PersonIndex, text: str, s0: int, s1: int, mention: _Mention, present: set[str] | None = None
    ) -> regex.Match[str] | None:
        """The participle of arrival (with its place: बैठक में पहुंचे) that qualifies a speaker's
        ``mention`` in the sentence ``s0``–``s1``: the mention is the first name after it, with
        no clause break or subject marker between, and its ने (or का कहना / के अनुसार) follows.
        ``present``: the words of the text's :class:`WordSet` (the places looked for)."""
        s, e, _person = mention
        if not self._speaker_after_re.match(text, e, s1):
            relative = idx.between(e, s1)[:1] if self._relations else []  # A पत्नी B ने बताया: A spoke
            if not relative or not self._kin_gap(text, e, relative[0][0]):
                return None
            if not self._speaker_after_re.match(text, relative[0][1], s1):
                return None
        arrival = None
        for arrival in self._arrivals.finditer(text, max(s0, s - _PARTICIPLE_REACH), s, present=present):
            pass
        if arrival is None:
            return None
        pos = arrival.end()
        names = idx.between(pos, s)
        if names or self._marker_re.search(text, pos, s) or self._breaks_re.search(text, pos, s):
            return None
        return None if regex.search(r"[।|\n]", text[pos:s]) else arrival

    def _errands(
        self,
        idx: PersonIndex,
        text: str,
        sentence: Callable[[int], tuple[int, int]],
        clause_start: Callable[[int, int], int],
    ) -> set[str]:
        """The persons qualified, as the subject of a ``ने`` (or का कहना) after them, by a participle
        of arrival with a purpose of its own (``ज्ञापन लेने पहुंचे अपर कलेक्टर X ने …``): an
        infinitive in -ने before the participle, its clause naming no meeting (not ``बैठक लेने
        पहुंचे``, ``शिविर का निरीक्षण करने आए``) and no taking part (``भाग लेने आए``, ``शामिल होने आए``),
        the subject's own clause not placing them at it either (``… ने बैठक में कहा``)."""
        out: set[str] = set()
        found: set[int] = set()
        for probe in self._errand_probes:
            at = text.find(probe)
            while at >= 0:
                found.add(at + len(probe.split(" ", 1)[0]) + 1)
                at = text.find(probe, at + 1)
        for p in sorted(found):
            m = self._arrival_word_re.match(text, p)
            if m is None:
                continue
            w = _LAST_WORD.search(text, max(0, p - 30), p)
            if w is None or text[w.end() : p].strip() or not w.group().endswith(self._infinitive_endings):
                continue
            if len(w.group()) <= max(len(e) for e in self._infinitive_endings):
                continue  # ने alone is the subject marker, not an infinitive
            s0, s1 = sentence(p)
            lo = clause_start(s0, p)
            if self._invite_end_re.search(text, max(lo, w.start() - 30), w.end()):
                continue  # बैठक में भाग लेने आए: taking part
            if self._meeting_noun_re.search(text, lo, w.start()):
                continue  # बैठक लेने पहुंचे, शिविर का निरीक्षण करने पहुंचे: the meeting is the purpose
            names = idx.between(m.end(), s1)[:1]
            if not names:
                continue
            s, e, person = names[0]
            gap = text[m.end() : s]
            if len(gap) > 80 or self._marker_re.search(gap) or self._breaks_re.search(gap) or regex.search(r"[।|\n,]", gap):
                continue
            marker = self._speaker_after_re.match(text, e, s1)
            if marker is None:
                continue
            brk = self._breaks_re.search(text, marker.end(), s1)
            if self._at_meeting_re.search(text, marker.end(), brk.start() if brk else s1):
                continue  # विद्यालय का निरीक्षण करने पहुंचे X ने बैठक में कहा: placed at it after all
            out.add(person.id)
        return out

    def _kin_gap(self, text: str, a: int, b: int) -> bool:
        """True when ``text[a:b]``, between two names, is a relation word and maybe an honorific
        (``A पत्नी B``, ``A पुत्र श्री B``)."""
        gap = text[a:b]
        found = _WORDS.findall(gap)
        if not found or found[0] not in self._relations or any(w not in self._honorific_words for w in found[1:]):
            return False
        return not regex.search(r"[।|\n,;:]", gap)

    def _nominative(self, idx: PersonIndex, text: str, lo: int, hi: int) -> _Mention | None:
        """The first person in ``[lo, hi)`` named or described (by a designation) in the
        nominative: with no postposition or genitive after (``कुलपति विश्वविद्यालय की …``, not
        ``कुलपति के …``, ``X को …``); by a designation only when the clause names nobody."""
        names = idx.between(lo, hi)
        if names:  # the first name: the subject, or an object or a possessor (then none)
            s, e, person = names[0]
            return None if self._case_after_re.match(text, e) else (s, e, person)
        for w in _WORDS.finditer(text, lo, hi):
            title = w.group() in idx.designations or w.group() in idx.titles.key_words
            if not title or w.group() in idx.tokens or self._case_after_re.match(text, w.end()):
                continue
            person = idx.named_before(lo, w.end())
            if person is not None:
                return w.start(), w.end(), person
        return None

    def _relative_named(self, idx: PersonIndex, start: int) -> bool:
        """True when the mention at ``start`` follows a name and a relation word (``रेखा पत्नी मनोज
        ठाकुर``, ``A पुत्र श्री B``): it names a relative only to identify the person before it
        (not ``दिवंगत के पुत्र X``: X is the son)."""
        for w in itertools.islice(_LAST_WORD.finditer(idx.text, max(0, start - 40), start), 2):
            if w.group() in self._relations:
                return idx.ending_at(w.start(), max(0, w.start() - _LOOKAROUND)) is not None
            if w.group() not in self._honorific_words:
                return False
        return False

    def _announces(self, text: str, s0: int, subject: int, pos: int, s1: int, present: set[str]) -> bool:
        """True when the clause after a subject marker (``subject``–``pos``) invites others to
        take part (``… उपस्थित होकर …``, ``… सम्मेलन में पहुंचने की अपील की``) and nothing before
        the subject places it at the meeting (बैठक में, संबोधित करते हुए, इस अवसर पर).
        ``present``: the words of the text's :class:`WordSet` (an invitation is looked for only
        from its words that occur)."""
        if not self._invites.search(text, pos, min(s1, pos + _LOOKAROUND), present):
            return False
        return not self._at_meeting_re.search(text, s0, subject)

    def _past_perfect(self, text: str, pos: int, s1: int) -> bool:
        """True when the clause after a subject marker at ``pos`` (up to the next marker, clause
        break or the sentence end ``s1``) ends in a past-perfect auxiliary (किया था, दिए थे)."""
        end = min(s1, pos + _LOOKAROUND)
        if not any(text.find(w, pos, end) >= 0 for w in self._perfect_probes):
            return False  # (a quick test: most clauses have no था/थे/थी)
        for stop in (self._marker_re.search(text, pos, end), self._breaks_re.search(text, pos, end)):
            if stop:
                end = min(end, stop.start())
        return self._perfect_re.search(text, pos, end) is not None

    def _absent_before(self, text: str, s0: int, sentence: Callable[[int], tuple[int, int]]) -> bool:
        """True when the sentence before the one starting at ``s0`` names absentees (its last
        _LOOKAROUND characters: … 12 प्रधानाचार्य नदारद रहे।)."""
        p0, p1 = sentence(max(0, s0 - 1))
        return bool(self._absent_re.search(text, max(p0, p1 - _LOOKAROUND), p1))

    def _formed_elsewhere(self, text: str, pos: int, s1: int, cache: dict[str, list[str]]) -> bool:
        """True when a chair cue ending at ``pos`` chairs a body being formed (… में एक समिति का
        गठन) or named by a participle (… में गठित समिति, … वाली समिति) and the text reports no
        meeting of that body (समिति की पहली बैठक, इस समिति की बैठक; not a meeting of a body named
        otherwise: हाई पावर कमेटी की बैठक)."""
        end = min(s1, pos + _LOOKAROUND)
        m = self._formation_re.match(text, pos, end) or self._participle_body_re.match(text, pos, end)
        if m is None:
            return False
        body = " ".join(m.group("body").split())
        if body not in cache:  # the word before the body noun of each of its meetings
            meeting = self._body_meeting_re(body)
            cache[body] = [self._word_before(text, b.start()) for b in meeting.finditer(text)] if meeting else []
        formed = set(_WORDS.findall(text, pos, m.start("body")))
        return not any(w == "" or w in formed or w in self._determiners for w in cache[body])

    def _body_meeting_re(self, body: str) -> regex.Pattern[str] | None:
        """The pattern of a meeting of ``body`` (समिति की बैठक), compiled when first asked for:
        few texts form a body, so most processes never need them."""
        pattern = self._body_meeting.get(body)
        if pattern is None and body in self._body_meeting_sources:
            pattern = self._body_meeting[body] = regex.compile(self._body_meeting_sources[body])
        return pattern

    @staticmethod
    def _word_before(text: str, pos: int) -> str:
        """The word right before ``pos`` (after blanks only), else ''."""
        w = _LAST_WORD.search(text, max(0, pos - 40), pos)
        return w.group() if w and not text[w.end() : pos].strip() else ""

    def _list_after(self, idx: PersonIndex, text: str, pos: int, s1: int) -> list[_Mention]:
        """The names after a colon or dash at ``pos``: on the short lines below when the line
        ends there, else up to the sentence end ``s1`` (bounded), possessors left out."""
        if self._list_intro_re.match(text, pos):
            return self._lines_after(idx, text, pos)
        colon = self._colon_re.match(text, pos)
        if colon is None:
            return []
        end = min(s1, pos + _STRETCH_MAX)
        return [t for t in idx.between(colon.end(), end) if not self._possessor_re.match(text, t[1])]

    def _lines_after(self, idx: PersonIndex, text: str, pos: int) -> list[_Mention]:
        """The names opening the short lines after ``pos`` (one per line), up to the first line
        that does not open with a name or reads as a sentence (… ने …)."""
        out: list[_Mention] = []
        pos = text.find("\n", pos)
        for _ in range(_LIST_LINES):
            if pos < 0:
                break
            start = pos + 1
            end = text.find("\n", start)
            end = len(text) if end < 0 else end
            pos = end if end < len(text) else -1
            if not text[start:end].strip():
                if out:
                    break
                continue
            names = idx.between(start, end)
            if (
                not names
                or names[0][0] - start > _LINE_NAME_START
                or end - start > _LINE_MAX
                or self._marker_re.search(text, start, end)
                or "।" in text[start:end].rstrip("। \t")
            ):
                break
            out.append(names[0])
            for prev, nxt in zip(names, names[1:]):  # A, B एवं C on one line (not 'A – पद, विभाग')
                gap = text[prev[1] : nxt[0]]
                if not self._list_gap.fullmatch(gap) or any(ch in gap for ch in ":-–—"):
                    break
                out.append(nxt)
        return out

    def _clauses(self, text: str, sents: list[tuple[int, int]]) -> list[tuple[int, int]]:
        """Sentences, with a line wrapped inside a long sentence joined back (``… बरनवाल,विजय⏎जायसवाल``),
        and a sentence that opens with a conjunction joined to the one before (``… A, B – पद। एवं
        सभी सदस्य मौजूद थे``: a full stop inside a list), and sentences split at a full stop inside
        brackets on one line joined (``… अभिषेक कुमार (बी.कॉम. तृतीय वर्ष) सहित छात्र शामिल हुए``)."""
        out: list[tuple[int, int]] = []
        brackets = _bracket_spans(text) if "(" in text else []
        for s, e in sents:
            if out:
                ps, pe = out[-1]
                if brackets and text[pe - 1] in ".)" and self._inside_brackets(text, brackets, ps, pe, s):
                    out[-1] = (ps, e)
                    continue
                if pe - ps >= 80 and text[pe - 1] not in "।.!?|:*\"”'" and text.count("\n", pe, s) == 1:
                    out[-1] = (ps, e)
                    continue
                if text[s] in self._conj_initials:
                    space = text.find(" ", s, s + _CONJ_MAX)
                    if space > s and text[s:space] in self._conj_words:
                        out[-1] = (ps, e)
                        continue
            out.append((s, e))
        return out

    def _lines_above(self, text: str, s0: int) -> int:
        """Where the sentence at ``s0`` starts when it is a line opening with a genitive or आदि that
        closes a list written one name per line (``बैठक में पंचायत सदस्य⏎A⏎B और⏎C⏎के साथ X उपस्थित
        थे``): at the line that opens the list, over the short lines above with no sentence-final
        mark (at most ``_LIST_LINES``); else ``s0``."""
        space = text.find(" ", s0, s0 + _CONJ_MAX)
        if space <= s0 or text[s0:space] not in self._line_openers:
            return s0
        start = s0
        for _ in range(_LIST_LINES):
            end = start - 1  # the line break before the line at ``start``
            if end <= 0 or text[end] != "\n":
                break
            prev = text.rfind("\n", 0, end) + 1
            line = text[prev:end].rstrip(" \t\r")
            if not line.strip() or len(line) > 2 * _LINE_NAME_START or line[-1] in _FINAL_MARKS:
                break
            start = prev
        return start

    @staticmethod
    def _inside_brackets(text: str, brackets: list[tuple[int, int]], ps: int, pe: int, s: int) -> bool:
        """True when the sentence ``ps``–``pe`` was ended by a full stop inside brackets: one opened
        in it closes after ``s`` (the next sentence's start: ``(बी.⏐कॉम.)``), or it ends with a
        bracket closed right after a full stop and the next sentence goes on on its line
        (``(बी.एससी.)⏐सहित …``)."""
        if text[pe - 1] == ".":
            return any(ps <= o < pe and s < c for o, c in brackets)
        if text[pe - 1] == ")" and text[pe - 2 : pe] == ".)" and "\n" not in text[pe:s]:
            return any(ps <= o and c == pe - 1 for o, c in brackets)
        return False

    def _list_before(self, idx: PersonIndex, pos: int, lo: int) -> list[_Mention]:
        """The names of a list that ends right before ``pos`` (``A, B और C की …``)."""
        last = idx.ending_at(pos, lo)
        if last is None:
            return []
        names = [t for t in idx.between(last[0], pos) if t[0] == last[0]][:1]
        while names:
            prev = idx.previous(names[0][0], lo)
            if prev is None:
                break
            if not self._list_gap.fullmatch(idx.text, prev[1], names[0][0]) and not self._title_gap(idx, prev[1], names[0][0]):
                break
            if self._stop_re.search(idx.text, prev[1], names[0][0]) or self._marker_re.search(idx.text, prev[1], names[0][0]):
                break  # A की अध्यक्षता में एवं B …: not one list
            names.insert(0, prev)
        return names

    def _title_gap(self, idx: PersonIndex, a: int, b: int) -> bool:
        """True when ``text[a:b]``, between two names of a list with no comma or conjunction, is
        the second one's title: designation spans, after at most one genitive modifier
        (``A लोकसभा के प्रभारी पूर्व विधायक B …``)."""
        spans = idx.title_spans
        starts = [s for s, _e in spans]
        end = b
        while True:
            while end > a and idx.text[end - 1].isspace():
                end -= 1
            i = bisect.bisect_left(starts, end) - 1
            while i >= 0 and spans[i][1] != end and spans[i][0] >= a:  # a title ending exactly here
                i -= 1
            if i < 0 or spans[i][0] < a or spans[i][1] != end:
                break
            end = spans[i][0]
        return end < b and self._title_lead_re.fullmatch(idx.text, a, end) is not None

    def _role_persons(
        self, idx: PersonIndex, text: str, cs: int, ce: int, s0: int, s1: int, relatives: bool = True
    ) -> tuple[list[_Mention], str]:
        # a. possessor before: X की अध्यक्षता में, X के संचालन में
        g = self._gen_tail.search(text, max(s0, cs - 40), cs)
        if g:
            names = self._list_before(idx, g.start(), s0)
            if names:
                return names, "possessor"
        # b. names after the cue, up to their verb or the next role
        end = min(s1, ce + _STRETCH_MAX)
        stop = self._stop_re.search(text, ce, end)
        stretch_end = stop.start() if stop else end
        after = idx.between(ce, stretch_end)
        if after and self._clause_end_re.search(text, ce, after[0][0]):
            after = []  # 'X ने … आभार प्रकट किया तथा Y ने …': the cue's clause ended before Y
        if after:
            marker = self._marker_re.search(text, after[0][1], stretch_end)
            if marker:
                agents = [m for m in after if m[1] <= marker.start()]
                if agents and idx.ending_at(marker.start(), ce):
                    return agents, "agent-after"
            link = self._link_re.match(text, ce)
            if link and after[0][0] - link.end() <= 60 and not self._marker_re.search(text, ce, after[0][0]):
                return after, "names-after"
            # a long designation between: 'विशेष अतिथि के रूप में पूर्व कुलपति … प्रो. X होंगे'
            names = [t for t in after if self._copula_re.match(text, t[1])][:1]
            if names and not self._marker_re.search(text, ce, names[0][0]):
                return names, "name-copula"
        # c. a list right before the cue: A और B मुख्य अतिथि रहे
        names = self._list_before(idx, cs, s0)
        if names:
            return names, "names-before"
        # d. a relative pronoun subject: … X भी मौजूद थे, जिन्होंने आभार प्रकट किया
        rel = None
        for rel in self._relative_re.finditer(text, max(s0, cs - _LOOKAROUND), cs) if relatives else ():
            pass
        if rel is not None and not self._marker_re.search(text, rel.end(), cs) and not self._breaks_re.search(text, rel.end(), cs):
            last = idx.previous(rel.start(), s0)
            if last is not None and not self._breaks_re.search(text, last[1], rel.start()):
                return [last], "relative"
        # e. the subject of ने / द्वारा before the cue
        for marker in reversed(list(self._marker_re.finditer(text, max(s0, cs - _LOOKAROUND), cs))):
            if self._breaks_re.search(text, marker.end(), cs):
                return [], ""  # 'X ने बताया कि … Y मुख्य अतिथि होंगे': the cue is in X's report
            hit = idx.ending_at(marker.start(), s0)
            if hit and self._role_before_re.search(text, max(s0, hit[0] - 40), hit[0]):
                return [], ""  # 'संचालन A ने तथा आभार B ने किया': A ने belongs to the other role
            if hit:  # the list ending there: 'A और B ने कार्यक्रम का संचालन किया'
                names = self._list_before(idx, marker.start(), s0)
                return names or [m for m in idx.between(hit[0], marker.start()) if m[0] == hit[0]][:1], "agent-before"
            person = idx.named_before(s0, marker.start())  # श्री वर्मा ने, सचिव ने
            return ([(marker.start(), marker.start(), person)] if person else []), "agent-before"
        return [], ""


class _Lazy:
    """A pattern compiled when first used: one of the stage's rare constructions (an errand, a
    body being formed, a collective act), which most texts, and most short runs, never need."""

    __slots__ = ("pattern", "_compiled")

    def __init__(self, pattern: str) -> None:
        self.pattern = pattern
        self._compiled: regex.Pattern[str] | None = None

    @property
    def compiled(self) -> regex.Pattern[str]:
        if self._compiled is None:
            self._compiled = regex.compile(self.pattern)
        return self._compiled

    def match(self, *args: int | str) -> regex.Match[str] | None:
        return self.compiled.match(*args)  # type: ignore[arg-type]

    def search(self, *args: int | str) -> regex.Match[str] | None:
        return self.compiled.search(*args)  # type: ignore[arg-type]

    def finditer(self, *args: int | str) -> Iterator[regex.Match[str]]:
        return self.compiled.finditer(*args)  # type: ignore[arg-type]


class _Scans:
    """The whole-text scans of an :class:`AttendanceStage` over one text: called with a pattern
    of the stage's ``_first``, its matches (``pattern.finditer(text)``), each tried only where
    it can start (see :mod:`.scan`): at its opening words, where a word that may follow them
    occurs too (``_openings``), and, for a pattern with a tail phrase (``_needs``), only in a
    text that has the phrase and right before it."""

    def __init__(self, stage: AttendanceStage, text: str, words: Occurrences) -> None:
        self._stage = stage
        self.text = text
        self.words = words

    def opening(self, pattern: regex.Pattern[str], first: frozenset[str]) -> frozenset[str]:
        """The words of ``first`` that occur and may open a match of ``pattern`` in this text."""
        openings = self._stage._openings.get(pattern)
        present = self.words.present
        return first.intersection(present) if openings is None else openings.usable(first, present)

    def __call__(self, pattern: regex.Pattern[str]) -> Iterable[regex.Match[str]]:
        candidates = self._candidates(pattern)
        return self._stage._scans[pattern].finditer(self.text, candidates=candidates) if candidates else ()

    def _candidates(self, pattern: regex.Pattern[str]) -> list[int]:
        """Where a match of ``pattern`` may start, in order."""
        stage, words = self._stage, self.words
        tail = stage._needs.get(pattern)
        if tail is not None:
            ends = self.opening(tail.pattern, tail.words)
            if not ends or not words.any_match(tail.pattern, ends):
                return []
            return tail.closing(self.text, words.candidates(stage._first[pattern]), words.candidates(ends))
        lead = stage._leads.get(pattern)
        if lead is None:
            first = self.opening(pattern, stage._first[pattern])
            return words.candidates(first) if first else []
        candidates = words.candidates(self.opening(pattern, lead.others))
        if lead.words.isdisjoint(words.present):
            return candidates
        then = words.candidates(self.opening(lead.then, stage._first[lead.then]))
        return sorted(set(candidates).union(_right_before(self.text, words.candidates(lead.words), then, lead.reach)))


class _Openings:
    """The words that open the forms of a scan, each with the words that may follow it in a match
    (the second words of its forms; after a form of one word, the opening words of what the
    pattern puts after it, or anything). A word opens no match in a text that has none of the
    words that may follow it (नहीं needs an attendance verb after it: नहीं उपस्थित, रहे needs मौजूद)."""

    def __init__(self) -> None:
        self._next: dict[str, set[str] | None] = {}  # None: anything may follow

    def add(self, forms: Iterable[str], then: Iterable[str] | None = None) -> _Openings:
        """The folded ``forms``; ``then``: the words that open what follows a form of one word
        (None: nothing need follow it)."""
        for form in forms:
            first, *rest = fold(form).split()
            after = {rest[0]} if rest else None if then is None else set(then)
            known = self._next.get(first, set())
            self._next[first] = None if after is None or known is None else known | after
        return self

    @property
    def words(self) -> set[str]:
        """Every word looked up (for the text's :class:`WordSet`)."""
        return set(self._next).union(*(n for n in self._next.values() if n))

    def usable(self, first: frozenset[str], present: set[str]) -> frozenset[str]:
        """The words of ``first`` that may open a match in a text in which the words ``present``
        occur (a word not listed here is kept)."""
        out = []
        for w in first.intersection(present):
            after = self._next.get(w)
            if after is None or not after.isdisjoint(present):
                out.append(w)
        return frozenset(out)


class _Tail(NamedTuple):
    """The phrase that ends every match of a scan (X की उपस्थिति में: उपस्थिति में), its first words,
    and ``reach``: how many words (runs of non-blanks) of the match stand before it at most."""

    pattern: regex.Pattern[str]
    words: frozenset[str]
    reach: int

    def closing(self, text: str, candidates: list[int], tails: list[int]) -> list[int]:
        """The ``candidates`` right before a tail (see :func:`_right_before`): the others start no match."""
        return _right_before(text, candidates, tails, self.reach)


class _Lead(NamedTuple):
    """The opening words of a scan: ``others``, and ``words`` that open a match only right before
    a match of another scan (``then``, one of the stage's scans): a negation before an attendance
    verb. ``reach``: how many words (runs of non-blanks) the leading phrase has at most."""

    others: frozenset[str]
    words: frozenset[str]
    then: regex.Pattern[str]
    reach: int


def _right_before(text: str, candidates: list[int], positions: list[int], reach: int) -> list[int]:
    """The ``candidates`` that start one of the ``reach`` words (runs of non-blanks) right before
    one of ``positions``, in order."""
    back = _words_back(reach)
    out: set[int] = set()
    for q in positions:
        lo = back.match(text, 0, q).start()  # type: ignore[union-attr]
        out.update(candidates[bisect.bisect_left(candidates, lo) : bisect.bisect_left(candidates, q)])
    return sorted(out)


@lru_cache(maxsize=8)
def _words_back(n: int) -> regex.Pattern[str]:
    """Matched back from a position: up to ``n`` words (runs of non-blanks) and the blanks after each."""
    return regex.compile(rf"(?r)(?:\S++\s*+){{0,{n}}}")


def _common_start(words: Iterable[str]) -> str:
    """The longest start all of ``words`` share ('' when they share none)."""
    return os.path.commonprefix(list(words))


def _compound(word: str) -> bool:
    """True for a word of letters (and marks) parted by other characters (गैर-हाजिर, डॉ.), all of
    them ASCII or Devanagari: in a text where it occurs as a word, each of its runs of letters
    is a word as :class:`WordSet` reads the text."""
    return _COMPOUND.fullmatch(word) is not None and _WORDS.fullmatch(word) is None


_COMPOUND = regex.compile(r"[\x00-\x7f\u0900-\u097f]*\p{L}[\x00-\x7f\u0900-\u097f]*")


def _most_words(cues: Mapping[str, Section], *names: str) -> int:
    """The most words a form of each of the sections ``names`` has, added up."""
    return sum(max(len(fold(f).split()) for f in cues[n].forms) for n in names)


def _bracket_spans(text: str) -> list[tuple[int, int]]:
    """The spans of short bracketed phrases on one line, ``(`` to ``)`` (at most _BRACKET_MAX
    characters)."""
    out: list[tuple[int, int]] = []
    o = text.find("(")
    while o >= 0:
        c = text.find(")", o + 1, o + _BRACKET_MAX)
        if c > 0 and text.find("\n", o, c) < 0:
            out.append((o, c))
        o = text.find("(", o + 1)
    return out


def _heads(forms: tuple[str, ...]) -> Section:
    """First words of the attendance verbs (उपस्थित, मौजूद, …), for ``उपस्थित नहीं``."""
    return Section("heads", {"heads": tuple(sorted({fold(f).split()[0] for f in forms}))})


class _SpelledCues(Mapping[str, Section]):
    """The cues lexicon's sections, some of them replaced by their spelled-out versions."""

    def __init__(self, cues: Lexicon, spelled: dict[str, Section]) -> None:
        self._cues = cues
        self._spelled = spelled

    def __getitem__(self, name: str) -> Section:
        return self._spelled.get(name) or self._cues[name]

    def __iter__(self) -> Iterator[str]:
        return iter(self._cues.sections)

    def __len__(self) -> int:
        return len(self._cues.sections)


def spelled_sections(cues: Lexicon, names: Iterable[str], skeleton: Iterable[str] = ()) -> dict[str, Section]:
    """The sections ``names`` of ``cues`` with every form also written in the spellings of its
    words: those of ``[spelling_variants]`` and, in the sections ``skeleton``, for its first word
    (the head: उपस्थित, शामिल, मौजूद), the slips that
    :func:`~hindi_meeting_extract.persons.vocabulary.spelling_skeleton` forgives."""
    skeleton = frozenset(skeleton)
    table: dict[str, set[str]] = {}
    variants_section = cues["spelling_variants"]
    for canonical, forms in variants_section.entries.items():
        table.setdefault(fold(canonical), set()).update(fold(f) for f in forms)
    endings = {fold(c): tuple(fold(f) for f in forms) for c, forms in cues["spelling_variant_endings"].entries.items()}
    out: dict[str, Section] = {}
    for name in names:
        section = cues[name]
        entries: dict[str, tuple[str, ...]] = {}
        for canonical, forms in section.entries.items():
            spelled: dict[str, None] = {}
            for form in forms:
                spelled.setdefault(form, None)
                first, *rest = fold(form).split()
                head = word_spellings(first, table, skeleton=name in skeleton, endings=endings)
                options = [head, *(word_spellings(w, table, skeleton=False, endings=endings) for w in rest)]
                for words in itertools.product(*options):
                    spelled.setdefault(" ".join(words), None)
            entries[canonical] = tuple(spelled)
        out[name] = Section(name, entries)
    return out


def word_spellings(
    word: str, table: Mapping[str, set[str]], skeleton: bool = True, endings: Mapping[str, tuple[str, ...]] = {}
) -> list[str]:
    """``word`` and its variant spellings: those listed in ``table``, each also with its ending
    written as ``endings`` list (रहें for रहे, हुऐ for हुए), and, with ``skeleton`` and
    for a word of ``_SKELETON_MIN`` letters or more, each of these with one slip that
    ``spelling_skeleton`` forgives: a letter swapped for one it confuses, or a dropped sign left
    out (सामिल, मौजुद; at most ``_VARIANTS_MAX`` for each listed spelling)."""
    out: dict[str, None] = {word: None}
    listed_forms = [word, *sorted(table.get(word, ()))]
    for form in list(listed_forms):
        for ending, others in endings.items():
            if len(form) > len(ending) and form.endswith(ending):
                listed_forms.extend(form[: -len(ending)] + other for other in others)
    for listed in listed_forms:
        out.setdefault(listed, None)
        if not skeleton or len(listed) < _SKELETON_MIN:
            continue
        slips = (listed[:i] + alt + listed[i + 1 :] for i, ch in enumerate(listed) for alt in _CONFUSABLE.get(ch, ())[1:])
        for slip in itertools.islice(slips, _VARIANTS_MAX):
            out.setdefault(slip, None)
    return list(out)


def _confusable() -> dict[str, tuple[str, ...]]:
    """Per Devanagari character that ``spelling_skeleton`` changes: the characters with its
    skeleton (itself first), and '' when the skeleton drops it (a folded text has no candrabindu:
    only characters that folding keeps are offered)."""
    letters = [chr(c) for c in range(0x0900, 0x0980) if fold(chr(c)) == chr(c)]
    groups: dict[str, list[str]] = {}
    for ch in letters:
        groups.setdefault(spelling_skeleton(ch), []).append(ch)
    out: dict[str, tuple[str, ...]] = {}
    for ch in letters:
        key = spelling_skeleton(ch)
        if key == "":
            out[ch] = (ch, "")
        elif key != ch or len(groups[key]) > 1:
            out[ch] = tuple(dict.fromkeys([ch, *groups[key]]))
    return out


_CONFUSABLE = _confusable()
