"""The Indian place gazetteer (``data/gazetteer.tsv``, built by ``scripts/build_gazetteer.py``).

States and union territories, districts and towns, each spelling (Devanagari variants and
Latin names) mapped to one canonical spelling of the place, with its district and state when
known. Loaded lazily, once per process, on the first look-up (a dict of folded spellings).

The gazetteer never vetoes the text: the grammar finds places; the gazetteer decides doubtful
cases (is this word before the slash the town or the reporter?) and gives the canonical name.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

import regex

from .errors import LexiconError
from .normalize import fold

_FILE = "gazetteer.tsv"
KINDS = ("state", "district", "town")


@dataclass(frozen=True, slots=True)
class GazetteerPlace:
    """One place: canonical spelling, kind, and its district and state (None when unknown)."""

    name: str
    kind: str
    district: str | None
    state: str | None


@lru_cache(maxsize=1)
def _rows() -> dict[str, str]:
    """Folded spelling -> its rows (``name kind district state``, one per place, joined by a
    record separator), read once; rows are parsed when a spelling is looked up."""
    text = resources.files(__package__).joinpath("data", _FILE).read_text(encoding="utf-8")
    out: dict[str, str] = {}
    for n, line in enumerate(text.splitlines(), 1):
        if not line or line[0] == "#":
            continue
        if line.count("\t") != 4:
            raise LexiconError(f"{_FILE}:{n}: expected 'key name kind district state', got {line!r}")
        key, _, rest = line.partition("\t")
        out[key] = f"{out[key]}\x1e{rest}" if key in out else rest
    return out


@lru_cache(maxsize=65536)
def _places(key: str) -> tuple[GazetteerPlace, ...]:
    rows = _rows().get(key)
    if rows is None:
        return ()
    out = []
    for row in rows.split("\x1e"):
        name, kind, district, state = row.split("\t")
        if kind not in KINDS or not name:
            raise LexiconError(f"{_FILE}: bad row for {key!r}: {row!r}")
        out.append(GazetteerPlace(name, kind, district or None, state or None))
    return tuple(out)


def _table() -> dict[str, tuple[GazetteerPlace, ...]]:
    """Every folded spelling and its places (parses the whole file: for checks and tests)."""
    return {key: _places(key) for key in _rows()}


def lookup(surface: str) -> tuple[GazetteerPlace, ...]:
    """The places a spelling names (folded first), most prominent first; () when unknown."""
    return _places(fold(" ".join(surface.split())))


@lru_cache(maxsize=1)
def first_words() -> frozenset[str]:
    """The first word of every folded spelling (a cheap test before looking a phrase up)."""
    return frozenset(key.split(" ", 1)[0] for key in _rows())


def may_start_place(word: str) -> bool:
    """False when no spelling of a place starts with ``word`` (folded)."""
    return fold(word) in first_words()


def is_place(surface: str) -> bool:
    """True when the gazetteer knows ``surface`` as a state, district or town."""
    return bool(lookup(surface))


def is_town(surface: str) -> bool:
    """True when ``surface`` names a district or town (not only a state)."""
    return any(p.kind != "state" for p in lookup(surface))


_PUNCT = regex.compile(r"[^\p{L}\p{M}\p{N}]+")
_NASAL_VIRAMA = regex.compile("[ङञणनम]\u094d(?=[\u0915-\u0939])")


def spelling_key(text: str) -> str:
    """The spelling of a place the gazetteer does not know: the text with spelling folding
    applied (NFC; no ZWJ/ZWNJ or nukta; chandrabindu and a nasal + virama before a consonant
    as anusvara; punctuation as one space). Two names that differ only by such spelling get
    the same one; Latin letters keep their case."""
    t = unicodedata.normalize("NFC", text)
    t = t.replace("\u200c", "").replace("\u200d", "").replace("\ufeff", "").replace("\u093c", "")
    t = unicodedata.normalize("NFC", t).replace("\u093c", "").replace("\u0901", "\u0902")
    t = _NASAL_VIRAMA.sub("\u0902", t)
    return " ".join(_PUNCT.sub(" ", t).split())


def canonical(surface: str, state: str | None = None) -> GazetteerPlace | None:
    """The place a surface names: the first of its places (of ``state`` when given and
    possible), or None when the gazetteer does not know it."""
    places = lookup(surface)
    if not places:
        return None
    if state is not None:
        for p in places:
            if p.state == state:
                return p
    return places[0]


def differ_in_area(a: GazetteerPlace, b: GazetteerPlace) -> bool:
    """True when two known places surely lie in different districts (or states)."""
    if a.state and b.state and a.state != b.state and "state" not in (a.kind, b.kind):
        return True
    return bool(a.district and b.district and a.district != b.district)
