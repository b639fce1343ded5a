"""Language knowledge as data: versioned TOML lexicons, validated when loaded.

Every file in ``data/`` has a ``[meta]`` table (``name``, ``version``, ``description``) and
one or more *sections*. A section is a table mapping a canonical form to the list of its
other spellings; its reserved key ``items`` holds a plain list of forms that have no
variants (each is its own canonical form)::

    [meta]
    name = "honorifics"
    version = "1"
    description = "Titles written before a personal name."

    [titles]
    "श्री" = ["श्री.", "श्रीयुत"]
    "डॉ" = ["डॉ.", "डा.", "डॉक्टर"]

    [abbreviations]
    items = ["डॉ", "प्रो", "श्री"]

Loading checks that every string is NFC, non-empty and free of stray whitespace, and that no
surface form appears twice in a section. Users add files of the same shape with
``Pipeline(lexicons=[path, ...])`` (or one path): sections with the same name are merged. A user
file must name a packaged lexicon and only its sections (nothing reads any other), so a typo in
``meta.name`` or a section name is an error at load, not a file silently without effect.
"""

from __future__ import annotations

import tomllib
import unicodedata
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from functools import cached_property
from importlib import resources
from pathlib import Path

import regex

from .errors import LexiconError
from .normalize import fold

PACKAGE_DATA = "data"


@dataclass(frozen=True)
class Section:
    """One section of a lexicon: canonical forms and the surface forms that map to them."""

    name: str
    entries: Mapping[str, tuple[str, ...]]  # canonical -> every surface form (canonical first)

    def __iter__(self) -> Iterator[str]:
        return iter(self.entries)

    def __contains__(self, surface: object) -> bool:
        return isinstance(surface, str) and fold(surface) in self.canonical_of

    def __len__(self) -> int:
        return len(self.entries)

    @cached_property
    def forms(self) -> tuple[str, ...]:
        """Every surface form, longest first (the order an alternation needs)."""
        seen: dict[str, None] = {}
        for variants in self.entries.values():
            for v in variants:
                seen.setdefault(v, None)
        return tuple(sorted(seen, key=lambda s: (-len(s), s)))

    @cached_property
    def canonical_of(self) -> dict[str, str]:
        """Folded surface form -> canonical form."""
        out: dict[str, str] = {}
        for canonical, variants in self.entries.items():
            for v in variants:
                out.setdefault(fold(v), canonical)
        return out

    def canonical(self, surface: str) -> str | None:
        return self.canonical_of.get(fold(surface))

    def alternation(self) -> str:
        """A regex alternation of the folded forms, longest first, each escaped."""
        forms = sorted({fold(f) for f in self.forms}, key=lambda s: (-len(s), s))
        return "|".join(regex.escape(f) for f in forms)

    def trie(self) -> str:
        """The same forms as :meth:`alternation`, merged into a trie: same matches, faster scan."""
        return trie_alternation(fold(f) for f in self.forms)


def trie_alternation(forms: Iterable[str]) -> str:
    """A pattern matching exactly ``forms``, longest first, with shared prefixes merged.

    The ``regex`` engine tries alternatives one by one, so ``कलेक्ट(?:र|्रेट)`` scans faster than
    ``कलेक्ट्रेट|कलेक्टर``. It matches like the longest-first alternation of the same forms: at a
    position only one branch can go on, and along it longer forms are tried before shorter ones.
    """
    trie: dict[str, dict] = {}  # type: ignore[type-arg]
    for form in set(forms):
        node = trie
        for ch in form:
            node = node.setdefault(ch, {})
        node[""] = {}

    def emit(node: dict) -> str:  # type: ignore[type-arg]
        alts = [regex.escape(ch) + emit(node[ch]) for ch in sorted(node) if ch]
        if not alts:
            return ""
        body = alts[0] if len(alts) == 1 else f"(?:{'|'.join(alts)})"
        return f"(?:{body})?" if "" in node else body

    return emit(trie)


@dataclass(frozen=True)
class Lexicon:
    """One lexicon file: its metadata and sections."""

    name: str
    version: str
    description: str
    sections: Mapping[str, Section]
    source: str = ""

    def __getitem__(self, section: str) -> Section:
        try:
            return self.sections[section]
        except KeyError:
            raise KeyError(f"lexicon {self.name!r} has no section {section!r}") from None


@dataclass
class Lexicons:
    """All lexicons a pipeline uses, by name (``lexicons["honorifics"]["titles"]``)."""

    by_name: dict[str, Lexicon] = field(default_factory=dict)

    def __getitem__(self, name: str) -> Lexicon:
        try:
            return self.by_name[name]
        except KeyError:
            raise KeyError(f"no lexicon named {name!r}; have {sorted(self.by_name)}") from None

    def section(self, name: str, section: str) -> Section:
        return self[name][section]

    @property
    def version(self) -> str:
        """One string naming every lexicon's version, e.g. ``calendar=1;honorifics=2``."""
        return ";".join(f"{n}={lx.version}" for n, lx in sorted(self.by_name.items()))

    @classmethod
    def load(cls, extra: Iterable[str | Path] | str | Path = (), *, without: Iterable[str] = ()) -> Lexicons:
        """The packaged lexicons, with ``extra`` files (one path or several) merged in;
        ``without`` names packaged files to leave out (the name model trains without the
        generated name lists, see ``name_model.TRAINING_LEXICONS_WITHOUT``)."""
        lexicons = cls()
        skip = set(without)
        for item in sorted(resources.files(__package__).joinpath(PACKAGE_DATA).iterdir(), key=lambda p: p.name):
            if item.name.endswith(".toml") and item.name not in skip:
                lexicons.add(parse_lexicon(item.read_text(encoding="utf-8"), source=item.name))
        for path in [extra] if isinstance(extra, str | Path) else extra:
            path = Path(path)
            try:
                text = path.read_bytes().decode("utf-8")
            except OSError as exc:
                raise LexiconError(f"cannot read lexicon file {path}: {exc.strerror or exc}") from exc
            except UnicodeDecodeError as exc:
                raise LexiconError(f"{path}: invalid UTF-8 at byte {exc.start:,}") from None
            lexicon = parse_lexicon(text, source=str(path))
            lexicons.check_known(lexicon)
            lexicons.add(lexicon)
        return lexicons

    def check_known(self, lexicon: Lexicon) -> None:
        """Raise :class:`LexiconError` unless ``lexicon`` names a lexicon and sections we have."""
        if lexicon.name not in self.by_name:
            raise LexiconError(f"{lexicon.source}: unknown lexicon name {lexicon.name!r}"
                               f"{_did_you_mean(lexicon.name, self.by_name)}")
        known = self.by_name[lexicon.name].sections
        for name in lexicon.sections:
            if name not in known:
                raise LexiconError(f"{lexicon.source}: lexicon {lexicon.name!r} has no section [{name}]"
                                   f"{_did_you_mean(name, known)}")

    def add(self, lexicon: Lexicon) -> None:
        """Add a lexicon, merging its sections into one of the same name."""
        old = self.by_name.get(lexicon.name)
        if old is None:
            self.by_name[lexicon.name] = lexicon
            return
        merged: dict[str, Section] = dict(old.sections)
        for name, sec in lexicon.sections.items():
            if name in merged:
                entries = {k: tuple(v) for k, v in merged[name].entries.items()}
                for canonical, variants in sec.entries.items():
                    have = entries.get(canonical, (canonical,))
                    entries[canonical] = have + tuple(v for v in variants if v not in have)
                merged[name] = Section(name, entries)
            else:
                merged[name] = sec
        self.by_name[lexicon.name] = Lexicon(
            old.name, f"{old.version}+{lexicon.version}", old.description, merged, old.source
        )


def _did_you_mean(name: str, known: Iterable[str]) -> str:
    import difflib

    close = difflib.get_close_matches(name, list(known), n=1)
    return f" (did you mean {close[0]!r}?)" if close else f"; known: {', '.join(sorted(known))}"


def _check_string(value: object, where: str) -> str:
    if not isinstance(value, str) or not value:
        raise LexiconError(f"{where}: expected a non-empty string, got {value!r}")
    if value != value.strip() or "  " in value:
        raise LexiconError(f"{where}: stray whitespace in {value!r}")
    if unicodedata.normalize("NFC", value) != value:
        raise LexiconError(f"{where}: {value!r} is not NFC")
    return value


def parse_lexicon(text: str, *, source: str = "<string>") -> Lexicon:
    """Parse and validate one lexicon file's text."""
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise LexiconError(f"{source}: not valid TOML: {exc}") from exc
    meta = data.pop("meta", None)
    if not isinstance(meta, dict) or not {"name", "version"} <= set(meta):
        raise LexiconError(f"{source}: needs a [meta] table with name and version")
    sections: dict[str, Section] = {}
    for sec_name, body in data.items():
        where = f"{source} [{sec_name}]"
        entries: dict[str, tuple[str, ...]] = {}
        seen: dict[str, str] = {}
        pairs = _section_pairs(body, where)
        for canonical, variants in pairs:
            _check_string(canonical, where)
            if not isinstance(variants, list):
                raise LexiconError(f"{where} {canonical!r}: variants must be a list")
            forms = (canonical, *(_check_string(v, f"{where} {canonical!r}") for v in variants))
            for form in forms:
                if form in seen:
                    raise LexiconError(f"{where}: {form!r} listed twice (under {seen[form]!r} and {canonical!r})")
                seen[form] = canonical
            entries[canonical] = forms
        sections[sec_name] = Section(sec_name, entries)
    return Lexicon(str(meta["name"]), str(meta["version"]), str(meta.get("description", "")), sections, source)


def _section_pairs(body: object, where: str) -> list[tuple[object, object]]:
    """(canonical, variants) pairs of a section: a list, or a table whose ``items`` key is a list."""
    if isinstance(body, list):
        return [(item, []) for item in body]
    if not isinstance(body, dict):
        raise LexiconError(f"{where}: a section is a list of strings or a table of lists")
    pairs: list[tuple[object, object]] = []
    for key, value in body.items():
        if key == "items":  # reserved: a plain list of forms, each its own canonical form
            if not isinstance(value, list):
                raise LexiconError(f"{where}: 'items' must be a list of strings")
            pairs.extend((item, []) for item in value)
        else:
            pairs.append((key, value))
    return pairs
