"""A learned recogniser of personal names: a CRF trained on IL-NER Hindi, no torch.

The persons stage asks it which words of a sentence are inside a personal name, to find
names no honorific, office or name list anchors, and to decide where a name ends::

    from hindi_meeting_extract.name_model import NameTagger

    tagger = NameTagger.load()                      # lazy, cached; NameModelError if broken
    words = ["बैठक", "में", "सुनीता", "मेश्राम", "राकेश", "यादव", "उपस्थित", "थे", "।"]
    if tagger.worth_tagging(words):                 # cheap gate: any name cue in the sentence?
        tagger.person_probabilities(words)          # one float per word, P(word in a name)
        tagger.person_spans(words)                  # [(2, 6, 0.98)]: one span over both names (below)
    tagger.person_spans_near_cues(words)            # the cheap way: tag only around name cues

- ``words`` are the tokens of ONE sentence as strings (punctuation as separate tokens, as
  :func:`hindi_meeting_extract.segment.tokenize` gives them). Longer input works (the
  features look two words each way); the cost grows with the number of words.
- :meth:`NameTagger.person_probabilities` gives each word's marginal probability of being
  inside a person name (``B-`` or ``I-`` person label), summed over every label sequence.
- :meth:`NameTagger.person_spans` gives the person names of the best (Viterbi) label
  sequence as ``(start, end, confidence)``: word indexes, ``end`` exclusive, confidence = the
  mean of the span's word marginals. Honorifics are outside the span (IL-NER's convention:
  ``डॉ.`` ``सुनीता`` -> only ``सुनीता``).
- :meth:`NameTagger.worth_tagging` is a cheap gate for callers that cannot afford to tag
  every sentence: True when some word of the sentence is a *name cue*, i.e. a given name,
  surname, middle name, honorific or trailing respect word of the lexicons, or a word of the
  training data used inside person names at least as often as outside them (and not a
  function word, postposition, verb or conjunction). Names made only of words unknown to both are missed by the gate; the
  measured trade-off (share of names kept, share of news tokens tagged) is in
  ``docs/name-model.md``.
- :meth:`NameTagger.cue_windows` gives the word ranges within ``margin`` (3) words of a name
  cue, and :meth:`NameTagger.person_spans_near_cues` tags only those ranges (indexes still
  into ``words``): on news text about a tenth of the words, at nearly the same IL-NER scores.
- Names listed without commas (``सुरेश पाटिल नेहा जोशी``) usually come out as ONE span over
  the whole list: the model says which words are name words; where one name ends and the
  next begins is for the list reader (the lexicons) to decide.

Features (version :data:`FEATURE_VERSION`): for the word and the two words on each side, the
folded word and its lexicon classes (given name, surname, middle name, honorific, office,
function word, postposition, verb, region, institution word …, read from the pipeline's
lexicons with the project's loader); for the word and its direct neighbours, a shape (script,
length, digits, a trailing dot) and the 2-character suffix; for the word itself, its
3-character suffix and prefix. Lexicon classes are set memberships, so a longer name list
(or a user's extra lexicon) is used without retraining.
Per-word features are computed once per word form and cached.

The model file ``data/name_model.crfsuite`` and its metadata ``data/name_model.json`` are built
by ``scripts/build_name_model.py`` from IL-NER Hindi (train split; CC-BY-4.0, Bahad et al.
2024, arXiv:2405.04829): see ``docs/name-model.md``.
"""

from __future__ import annotations

import hashlib
import json
import struct
import threading
from collections.abc import Callable, Iterable, Mapping, Sequence
from itertools import compress
from importlib import resources
from pathlib import Path

from .errors import NameModelError
from .lexicon import Lexicons
from .normalize import fold

FEATURE_VERSION = "2"
MODEL_FILE = "name_model.crfsuite"
METADATA_FILE = "name_model.json"
PERSON = "NEP"  # IL-NER's person tag

# Lexicon class -> (lexicon, section) pairs whose one-word forms belong to it. A section missing
# from the loaded lexicons is skipped. Besides these, every section of the ``names`` lexicon
# whose name starts with ``given_names`` or ``surnames`` feeds GN or SN.
LEXICON_CLASSES: Mapping[str, tuple[tuple[str, str], ...]] = {
    "GN": (("names", "given_names"),),
    "SN": (("names", "surnames"), ("names", "ambiguous_surnames")),
    "MN": (("names", "middle_names"),),
    "HON": tuple(
        ("honorifics", s) for s in ("titles", "plural", "ranks", "professional", "religious", "noun_titles")
    ),
    "TRL": (("honorifics", "trailing"),),
    "DES": tuple(("designations", s) for s in ("offices", "abbreviations", "generic", "plural")),
    "DESQ": tuple(("designations", s) for s in ("levels", "modifiers", "departments")),
    "PP": (("names", "postpositions"), ("names", "genitives"), ("names", "agent_postpositions"),
           ("cues", "postpositions")),
    "CONJ": (("names", "conjunctions"), ("names", "list_links"), ("cues", "conjunctions")),
    "VB": (("names", "verbs"), ("cues", "auxiliaries"), ("cues", "copulas")),
    "FW": (("names", "function_words"),),
    "REG": (("names", "regions"),),
    "INST": (("names", "institution_words"),),
    "DEITY": (("names", "deities"),),
    "CUE": (("cues", "speech"), ("cues", "report")),
}
# Classes whose words make a sentence worth tagging (with the model's name words), and classes
# whose words never do (even when seen inside a name in the training data).
CUE_CLASSES = ("GN", "SN", "MN", "HON", "TRL")
# the cue classes that are name parts (the others are titles, which the rules read as anchors)
NAME_PART_CUE_CLASSES = ("GN", "SN", "MN")
NEVER_NAME_CLASSES = ("PP", "CONJ", "VB", "FW")

_CONTEXT = (-2, -1, 1, 2)
_CACHE_LIMIT = 200_000  # word forms whose features are kept (cleared when full)
# The model is trained with the hand-kept lexicons only: the generated name lists
# (person_names.toml, thousands of names from open data) widen the GN/SN features when the
# model runs, but trained with them the model learns to trust a listed name too much
# (IL-NER dev person precision .75 -> .60, measured). See scripts/build_name_model.py.
TRAINING_LEXICONS_WITHOUT = ("person_names.toml",)
_Parts = tuple[tuple[bytes, ...], tuple[bytes, ...], tuple[bytes, ...], tuple[bytes, ...], tuple[bytes, ...]]


def _data_path(name: str) -> Path:
    return Path(str(resources.files(__package__).joinpath("data", name)))


def lexicon_classes(lexicons: Lexicons) -> dict[str, frozenset[str]]:
    """Folded one-word forms of each lexicon class (see :data:`LEXICON_CLASSES`)."""
    sources = {cls: list(pairs) for cls, pairs in LEXICON_CLASSES.items()}
    if "names" in lexicons.by_name:
        for sec in sorted(lexicons["names"].sections):
            for prefix, cls in (("given_names", "GN"), ("surnames", "SN")):
                if sec.startswith(prefix) and ("names", sec) not in sources[cls]:
                    sources[cls].append(("names", sec))
    out: dict[str, frozenset[str]] = {}
    for cls, pairs in sources.items():
        forms: set[str] = set()
        for lex, sec in pairs:
            lexicon = lexicons.by_name.get(lex)
            if lexicon is None or sec not in lexicon.sections:
                continue
            forms.update(fold(f) for f in lexicon.sections[sec].forms if " " not in f)
        out[cls] = frozenset(forms)
    return out


def lexicon_fingerprint(classes: Mapping[str, Iterable[str]]) -> str:
    """A short hash of the lexicon classes: the model's features depend on exactly these sets."""
    h = hashlib.sha256()
    for cls in sorted(classes):
        h.update(cls.encode() + b"\x00" + "\x01".join(sorted(classes[cls])).encode() + b"\x02")
    return h.hexdigest()[:16]


def _has_letter(word: str) -> bool:
    return any(c.isalpha() for c in word)


def _key(folded: str) -> str:
    """The lexicon key of a folded word: an initial's dot dropped (सी. -> सी)."""
    return folded[:-1] if len(folded) > 1 and folded.endswith(".") else folded


def _shape(w: str) -> str:
    c = w[0]
    if "\u0900" <= c <= "\u097f":
        kind = "D" if not w[-1].isdigit() else "DN"
    elif c.isascii() and c.isalpha():
        kind = "L"
    elif c.isdigit():
        kind = "N"
    elif c.isalnum():
        kind = "X"
    else:
        return "P"  # punctuation or symbol
    n = len(w)
    size = "1" if n <= 1 else "2" if n <= 2 else "3" if n <= 3 else "5" if n <= 5 else "9"
    return kind + size + ("." if w.endswith(".") and n > 1 else "")


class WordFeatures:
    """Turns the words of a sentence into CRF features; per-word parts are cached per form."""

    def __init__(self, classes: Mapping[str, frozenset[str]], name_words: Iterable[str] = ()) -> None:
        self.classes = dict(classes)
        self.fingerprint = lexicon_fingerprint(self.classes)
        # folded form -> tuple of classes (only words in at least one class)
        member: dict[str, list[str]] = {}
        for cls in sorted(self.classes):
            for form in self.classes[cls]:
                member.setdefault(form, []).append(cls)
        self._member = {w: tuple(c) for w, c in member.items()}
        never = frozenset().union(*(self.classes.get(cls, frozenset()) for cls in NEVER_NAME_CLASSES))
        parts = frozenset().union(*(self.classes.get(cls, frozenset()) for cls in NAME_PART_CUE_CLASSES))
        listed = frozenset().union(*(self.classes.get(cls, frozenset()) for cls in CUE_CLASSES))
        # name cues (the gate's): the lexicons' name parts and titles and the training data's
        # name words; name-part cues: the lexicons' name parts only
        self._name_part_cues = parts - never
        self._cues = frozenset((set(name_words) | listed) - never)
        self._cache: dict[str, tuple[list[str], list[str], list[str], list[str], list[str]]] = {}
        self.cue_of: dict[str, bool] = {}  # word -> is a name cue (the gate's cache)
        self._lock = threading.Lock()
        # the tagging path (:meth:`items`): features the model knows, UTF-8 encoded, as tuples
        self._known: frozenset[str] | None = None
        self._items_cache: dict[str, _Parts] = {}
        self._bos_eos = self._sentinels()

    def only_known(self, attributes: frozenset[str] | None) -> None:
        """Let :meth:`items` keep only these attributes (those the model has weights for);
        the rest add nothing to any score, so dropping them leaves every probability as is."""
        with self._lock:
            self._known = attributes
            self._items_cache = {}
            self._bos_eos = self._sentinels()

    def _keep(self, feats: Iterable[str]) -> tuple[bytes, ...]:
        known = self._known
        return tuple(f.encode() for f in feats if known is None or f in known)

    def _sentinels(self) -> tuple[_Parts, _Parts, _Parts, _Parts]:
        """Padding parts around a sentence so that :meth:`items` adds the BOS/EOS features
        exactly where :meth:`sentence` does (see there)."""
        k = self._keep
        none: tuple[bytes, ...] = ()
        return (
            (none, none, none, none, none),  # two before the first word: nothing
            (none, k(["-2BOS"]), k(["-1BOS"]), none, none),  # one before the first word
            (none, none, none, k(["+1EOS"]), k(["+2EOS"])),  # one after the last word
            (none, none, none, none, none),  # two after the last word: nothing
        )

    def _item_parts(self, word: str) -> _Parts:
        got = self._items_cache.get(word)
        if got is None:
            k = self._keep
            got = tuple(k(part) for part in self._compute(word))  # type: ignore[assignment]
            with self._lock:
                if len(self._items_cache) >= _CACHE_LIMIT:
                    self._items_cache.clear()
                self._items_cache[word] = got  # type: ignore[assignment]
        return got  # type: ignore[return-value]

    def items(self, words: Sequence[str]) -> list[tuple[bytes, ...]]:
        """What the tagger is given for ``words``: :meth:`sentence`'s features in the same order,
        UTF-8 encoded, without those the model does not know (see :meth:`only_known`)."""
        get = self._items_cache.get
        parts = [get(w) or self._item_parts(w) for w in words]
        s0, s1, e1, e0 = self._bos_eos
        padded = [s0, s1, *parts, e1, e0]
        return [
            a[0] + b[1] + c[2] + d[3] + e[4]
            for b, c, a, d, e in zip(padded, padded[1:], padded[2:], padded[3:], padded[4:])
        ]

    def _compute(self, word: str) -> tuple[list[str], list[str], list[str], list[str], list[str]]:
        """Features of one word form: its own, as seen from 2 before, 1 before, 1 after, 2 after."""
        w = fold(word) if word else " "
        w = w or " "
        shape = _shape(w)
        classes = self._member.get(_key(w), ())
        own = ["b", "w=" + w, "sh=" + shape]
        if shape != "P":
            own += ["s2=" + w[-2:], "s3=" + w[-3:], "p3=" + w[:3]]
        own += ["L=" + c for c in classes]
        ctx: list[list[str]] = []
        for off in _CONTEXT:
            tag = f"{off:+d}"
            feats = [tag + "w=" + w]
            if abs(off) == 1:
                feats.append(tag + "sh=" + shape)
                if shape != "P":
                    feats.append(tag + "s2=" + w[-2:])
            feats += [tag + "L=" + c for c in classes]
            ctx.append(feats)
        return (own, ctx[0], ctx[1], ctx[2], ctx[3])

    def word(self, word: str) -> tuple[list[str], list[str], list[str], list[str], list[str]]:
        got = self._cache.get(word)
        if got is None:
            got = self._compute(word)
            with self._lock:
                if len(self._cache) >= _CACHE_LIMIT:
                    self._cache.clear()
                self._cache[word] = got
        return got

    def sentence(self, words: Sequence[str]) -> list[list[str]]:
        """The feature list of every word (own features plus those of two neighbours each side)."""
        parts = [self.word(w) for w in words]
        n = len(parts)
        out: list[list[str]] = []
        for i, p in enumerate(parts):
            feats = list(p[0])
            feats += parts[i - 2][1] if i >= 2 else ["-2BOS"] if i == 1 else []
            feats += parts[i - 1][2] if i >= 1 else ["-1BOS"]
            feats += parts[i + 1][3] if i + 1 < n else ["+1EOS"]
            feats += parts[i + 2][4] if i + 2 < n else ["+2EOS"] if i + 2 == n else []
            out.append(feats)
        return out

    def is_name_cue(self, word: str) -> bool:
        """Whether ``word`` is a name cue (see :meth:`NameTagger.worth_tagging`)."""
        cue = self.cue_of.get(word)
        if cue is None:
            cue = _key(fold(word)) in self._cues if word else False
            with self._lock:
                if len(self.cue_of) >= _CACHE_LIMIT:
                    self.cue_of.clear()
                self.cue_of[word] = cue
        return cue

    def is_name_part_cue(self, word: str) -> bool:
        """Whether ``word`` is a given name, surname or middle name of the lexicons (a name
        cue that is a name part: no title, which the persons stage reads as an anchor, and no
        word known only from the training data's names, which on news text are mostly
        ordinary words). Not memoised: callers keep their own."""
        return _key(fold(word)) in self._name_part_cues if word else False

    def cue_positions(self, words: Sequence[str]) -> list[int]:
        """Indexes of the name cues among ``words``."""
        known = self.cue_of
        if not known.keys() >= set(words):  # forms not seen yet: classified once each
            for w in set(words).difference(known):
                self.is_name_cue(w)
            known = self.cue_of  # (is_name_cue may have cleared and refilled the memo)
        flags = list(map(known.get, words))
        if None in flags:  # the memo was cleared while this document's forms went in
            flags = [self.is_name_cue(w) if f is None else f for w, f in zip(words, flags)]
        return list(compress(range(len(flags)), flags))


class NameTagger:
    """The shipped person-name CRF with the lexicon features of one set of lexicons.

    Build with :meth:`load`. Safe to share between threads (each thread opens its own
    crfsuite tagger on the same model bytes).
    """

    _loaded: dict[tuple[str, str], NameTagger] = {}
    _load_lock = threading.Lock()

    def __init__(self, model: bytes, metadata: Mapping[str, object], features: WordFeatures, source: str) -> None:
        self._model = model
        self.metadata = dict(metadata)
        self.features = features
        self.source = source
        self._local = threading.local()
        labels = self._tagger().labels()
        self._person_labels = tuple(lb for lb in labels if lb.endswith("-" + PERSON))
        if not self._person_labels:
            raise NameModelError(f"name model {source} has no person labels ({PERSON})")
        features.only_known(model_attributes(model))

    def __reduce__(self):  # type: ignore[no-untyped-def]
        """Pickled as its model bytes, metadata and lexicon classes (a spawned worker gets a copy;
        thread-local crfsuite taggers and caches are rebuilt there)."""
        return (_restore, (self._model, self.metadata, self.features.classes, self.source))

    @classmethod
    def load(
        cls, lexicons: Lexicons | None = None, *, path: str | Path | None = None
    ) -> NameTagger:
        """The tagger for ``lexicons`` (the packaged ones by default) and the model at ``path``.

        Loaded once per (model file, lexicon classes) and cached. Raises
        :class:`~hindi_meeting_extract.errors.NameModelError` (one line) when the model or its
        metadata is missing, unreadable, corrupt or built for another feature set.
        """
        model_path = Path(path) if path is not None else _data_path(MODEL_FILE)
        meta_path = model_path.with_suffix(".json")
        lexicons = lexicons if lexicons is not None else _default_lexicons()
        classes = lexicon_classes(lexicons)
        key = (str(model_path), lexicon_fingerprint(classes))
        with cls._load_lock:
            got = cls._loaded.get(key)
            if got is None:
                model, meta = _read_model(model_path, meta_path)
                name_words = meta.get("name_words", [])
                got = cls(model, meta, WordFeatures(classes, name_words), str(model_path))  # type: ignore[arg-type]
                cls._loaded[key] = got
        return got

    def _tagger(self):  # type: ignore[no-untyped-def]
        tagger = getattr(self._local, "tagger", None)
        if tagger is None:
            import pycrfsuite

            tagger = pycrfsuite.Tagger()
            try:
                tagger.open_inmemory(self._model)
            except Exception as exc:  # crfsuite says only "invalid model format"
                raise NameModelError(f"name model {self.source} is corrupt: {exc}") from None
            self._local.tagger = tagger
        return tagger

    def worth_tagging(self, words: Sequence[str]) -> bool:
        """Cheap gate: True when some word is a name cue (see the module docstring)."""
        cue_of = self.features.cue_of
        for w in words:
            cue = cue_of.get(w)
            if cue is None:
                cue = self.features.is_name_cue(w)
            if cue:
                return True
        return False

    def cue_windows(self, words: Sequence[str], margin: int = 3) -> list[tuple[int, int]]:
        """Word ranges ``(start, end)`` around the name cues of a sentence: every cue word with
        ``margin`` words on each side, overlapping or touching ranges merged."""
        out: list[tuple[int, int]] = []
        n = len(words)
        for i in self.features.cue_positions(words):
            start, end = max(0, i - margin), min(n, i + margin + 1)
            if out and start <= out[-1][1]:
                out[-1] = (out[-1][0], end)
            else:
                out.append((start, end))
        return out

    def person_spans_near_cues(self, words: Sequence[str], margin: int = 3) -> list[tuple[int, int, float]]:
        """:meth:`person_spans` of each :meth:`cue_windows` range, as indexes into ``words``:
        the cheap way to tag a sentence (a name with no cue word within ``margin`` is missed)."""
        out: list[tuple[int, int, float]] = []
        for start, end in self.cue_windows(words, margin):
            out += [(start + s, start + e, c) for s, e, c in self.person_spans(words[start:end])]
        return out

    def person_probabilities(self, words: Sequence[str]) -> list[float]:
        """P(word is inside a person name) for every word of one sentence."""
        if not words:
            return []
        return list(map(self.person_probability_of(words), range(len(words))))

    def person_probability_of(self, words: Sequence[str]) -> Callable[[int], float]:
        """P(word is inside a person name) for the words asked, one at a time: the value of
        :meth:`person_probabilities` for word ``i``, read only when asked (for callers that
        need a few words of a sentence). ``words`` must not be empty; the function is valid
        until this thread's next call of the tagger."""
        tagger = self._tagger()
        tagger.set(self.features.items(words))
        marginal = tagger.marginal
        labels = self._person_labels
        if len(labels) == 2:  # B- and I-: the same sum as below, without a generator per word

            def probability(i: int, b: str = labels[0], i_: str = labels[1]) -> float:
                return min(1.0, marginal(b, i) + marginal(i_, i))

            return probability
        return lambda i: min(1.0, sum(marginal(lb, i) for lb in labels))

    def person_spans(self, words: Sequence[str]) -> list[tuple[int, int, float]]:
        """Person names of the best label sequence: (start, end exclusive, mean marginal)."""
        if not words:
            return []
        tagger = self._tagger()
        tags = tagger.tag(self.features.items(words))  # also sets the sequence for marginals
        marginal = tagger.marginal
        labels = self._person_labels
        out: list[tuple[int, int, float]] = []
        begin = "B-" + PERSON
        inside = "I-" + PERSON
        i, n = 0, len(tags)
        while i < n:
            if tags[i] in (begin, inside):
                j = i + 1
                while j < n and tags[j] == inside:
                    j += 1
                a, b = i, j  # a name neither begins nor ends with a punctuation token
                while a < b and not _has_letter(words[a]):
                    a += 1
                while b > a and not _has_letter(words[b - 1]):
                    b -= 1
                if a < b:
                    probs = [min(1.0, sum(marginal(lb, k) for lb in labels)) for k in range(a, b)]
                    out.append((a, b, sum(probs) / len(probs)))
                i = j
            else:
                i += 1
        return out


def model_attributes(model: bytes) -> frozenset[str] | None:
    """The attributes a crfsuite model has feature weights for, read from its attribute
    dictionary (crfsuite saves only attributes with active features); None when the bytes
    do not look like a crfsuite model (then nothing is filtered)."""
    try:
        if model[:4] != b"lCRF":
            return None
        num_attrs, off_attrs = struct.unpack_from("<I", model, 24)[0], struct.unpack_from("<I", model, 36)[0]
        if model[off_attrs : off_attrs + 4] != b"CQDB":
            return None
        bwd_size, bwd_offset = struct.unpack_from("<2I", model, off_attrs + 16)
        attrs = []
        for off in struct.unpack_from(f"<{bwd_size}I", model, off_attrs + bwd_offset):
            if off:
                size = struct.unpack_from("<I", model, off_attrs + off + 4)[0]
                start = off_attrs + off + 8
                attrs.append(model[start : start + size - 1].decode("utf-8"))
    except (struct.error, UnicodeDecodeError):
        return None
    got = frozenset(attrs)
    return got if len(got) == num_attrs else None


def _restore(model: bytes, metadata: dict[str, object], classes: dict[str, frozenset[str]], source: str) -> NameTagger:
    name_words = metadata.get("name_words", [])
    return NameTagger(model, metadata, WordFeatures(classes, name_words), source)  # type: ignore[arg-type]


_DEFAULT_LEXICONS: list[Lexicons] = []


def _default_lexicons() -> Lexicons:
    if not _DEFAULT_LEXICONS:
        _DEFAULT_LEXICONS.append(Lexicons.load())
    return _DEFAULT_LEXICONS[0]


def _read_model(model_path: Path, meta_path: Path) -> tuple[bytes, dict[str, object]]:
    try:
        model = model_path.read_bytes()
    except OSError as exc:
        raise NameModelError(
            f"name model missing or unreadable: {model_path} ({exc.strerror or exc}); "
            "build it with scripts/build_name_model.py"
        ) from None
    try:
        meta = json.loads(meta_path.read_text(encoding="utf-8"))
        if not isinstance(meta, dict):
            raise ValueError("not a JSON object")
    except (OSError, ValueError) as exc:
        raise NameModelError(f"name model metadata missing or invalid: {meta_path} ({exc})") from None
    if meta.get("feature_version") != FEATURE_VERSION:
        raise NameModelError(
            f"name model {model_path} was built for feature set {meta.get('feature_version')!r}, "
            f"this library uses {FEATURE_VERSION!r}: rebuild it with scripts/build_name_model.py"
        )
    digest = hashlib.sha256(model).hexdigest()
    if meta.get("sha256") != digest:
        raise NameModelError(f"name model {model_path} is corrupt: its sha256 does not match {meta_path.name}")
    return model, meta
