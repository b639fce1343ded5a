"""Cleaning: a same-length *view* of the input for the stages, so offsets never move.

Scraped archives carry HTML, entities, control characters, BOMs and CRLF line ends. Rather
than rewrite the text (which would shift every offset), :func:`mask` returns a view of
exactly the same length in which

* HTML tags, comments and ``<script>``/``<style>``/``<title>`` contents become spaces (the page
  ``<title>`` is site chrome, the headline is in the body; block tags such as
  ``<p>``, ``<br>``, ``<div>`` start with a line break, so they end a sentence);
* an entity (``&nbsp;``, ``&#2352;``) becomes its character followed by :data:`PAD`
  (U+2060 WORD JOINER), which the folded matching view drops;
* NUL and other C0 controls become spaces; ``\\r\\n`` becomes `` \\n``; a lone ``\\r``, NEL
  and U+2028/U+2029 become ``\\n``; a leading BOM becomes a space.

The stages run on the view; :func:`reground` then points every span's text back at the raw
input, so ``text[start:end] == span.text`` holds for the input exactly as given.
:class:`Cleaner` also flags legacy-font (KrutiDev-style) text with a warning.
Every step is a single linear scan.
"""

from __future__ import annotations

import dataclasses
import html
from dataclasses import dataclass

import regex

from .errors import InvalidUTF8
from .lexicon import Lexicons

PAD = "\u2060"  # fills the rest of a decoded entity; deleted by the folded view

HTML_MASKED = "HTML markup masked: extraction ran on the text between the tags"
CONTROLS_MASKED = "control characters (e.g. NUL) in the text were ignored"
LEGACY_FONT = (
    "legacy-font (KrutiDev-style) text detected: these Latin letters stand for Devanagari; "
    "convert the text to Unicode first"
)

# What needs masking is found with `in` per character, and with a regex per character range:
# the engine scans for a single range many times faster than for a class of several.
_C0_LOW = regex.compile(r"[\x00-\x08]")
_C0_HIGH = regex.compile(r"[\x0e-\x1f]")
_LOWER_LATIN = regex.compile(r"[a-z]")
_HTML_HINT = regex.compile(
    r"<(?:!--|!doctype\b|/?(?:html|head|body|p|div|br|span|script|style|a|b|i|u|em|strong|"
    r"h[1-6]|li|ul|ol|table|tr|td|th|meta|link|title|img|font|section|article|header|footer|nav)\b)",
    regex.IGNORECASE,
)
_RAW_OPEN = regex.compile(r"<(script|style|noscript|template|title)\b|<!--", regex.IGNORECASE)
_RAW_CLOSE = {
    name: regex.compile(rf"</{name}\s*>", regex.IGNORECASE)
    for name in ("script", "style", "noscript", "template", "title")
}
_COMMENT_CLOSE = regex.compile(r"-->")
_TAG = regex.compile(r"<(?:/?([A-Za-z][A-Za-z0-9:-]*)(?:\s[^<>]*)?/?|![^<>]*|\?[^<>]*)>")
_BLOCK = frozenset(
    "p br div li ul ol h1 h2 h3 h4 h5 h6 tr td th table section article header footer title "
    "blockquote hr pre dd dt dl nav main aside figure figcaption form option body head html".split()
)
_ENTITY = regex.compile(r"&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});")
_CONTROL = regex.compile(r"[\x00-\x08\x0e-\x1f\x7f]")
_LINE = regex.compile(r"\r\n|[\r\x85\u2028\u2029]")
_ASCII_WORD = regex.compile(r"[!-~]+")


@dataclass(frozen=True, slots=True)
class Cleaned:
    """The view the stages run on (same length as the input) and what cleaning noticed."""

    view: str
    warnings: tuple[str, ...] = ()


def decode_utf8(data: bytes, source: str, errors: str = "strict") -> str:
    """Bytes as text (a leading BOM dropped); :class:`InvalidUTF8` naming ``source`` and the
    byte offset, or U+FFFD replacement characters with ``errors="replace"``."""
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        if errors == "replace":
            return data.decode("utf-8-sig", errors="replace")
        raise InvalidUTF8(source, exc.start) from None


def needs_mask(text: str) -> bool:
    """Whether ``text`` has a C0 control other than ``\\t\\n\\v\\f``, DEL, ``\\r``, NEL,
    U+2028/U+2029, ``<`` or ``&``, or starts with a BOM (one linear test per character)."""
    return (
        "<" in text
        or "&" in text
        or "\r" in text
        or "\x7f" in text
        or "\x85" in text
        or "\u2028" in text
        or "\u2029" in text
        or text.startswith("\ufeff")
        or _C0_LOW.search(text) is not None
        or _C0_HIGH.search(text) is not None
    )


def mask(text: str) -> Cleaned:
    """The same-length matching view of ``text`` (``text`` itself when nothing needs masking)."""
    if not needs_mask(text):
        return Cleaned(text)
    warnings: list[str] = []
    view = text
    if _HTML_HINT.search(view):
        view = _mask_html(view)
        warnings.append(HTML_MASKED)
    if "&" in view:
        view = _ENTITY.sub(_entity, view)
    if _CONTROL.search(view):
        view = _CONTROL.sub(" ", view)
        warnings.append(CONTROLS_MASKED)
    view = _LINE.sub(lambda m: " \n" if len(m.group()) == 2 else "\n", view)
    if view.startswith("\ufeff"):
        view = " " + view[1:]
    assert len(view) == len(text)
    return Cleaned(view, tuple(warnings))


def _mask_html(text: str) -> str:
    chars = list(text)
    pos = 0
    while m := _RAW_OPEN.search(text, pos):
        closer = _RAW_CLOSE[m.group(1).lower()] if m.group(1) else _COMMENT_CLOSE
        c = closer.search(text, m.end())
        end = c.end() if c else len(text)  # unclosed: the rest is markup, as in a browser
        chars[m.start() : end] = " " * (end - m.start())
        pos = end
    view = "".join(chars)
    return _TAG.sub(_tag, view)


def _tag(m: regex.Match[str]) -> str:
    n = len(m.group())
    name = (m.group(1) or "").lower()
    return "\n" + " " * (n - 1) if name in _BLOCK else " " * n


def _entity(m: regex.Match[str]) -> str:
    raw = m.group()
    char = html.unescape(raw)
    if char == raw or len(char) > len(raw):
        return raw
    return char + PAD * (len(raw) - len(char))


class Cleaner:
    """Masks the input and flags legacy-font text; built once per pipeline from the lexicons."""

    min_hits = 3  # distinct legacy-font words needed
    min_share = 0.2  # share of the Latin words that must be legacy-font words

    def __init__(self, lexicons: Lexicons) -> None:
        section = lexicons["legacy_fonts"]["krutidev"]
        self._krutidev = frozenset(f for forms in section.entries.values() for f in forms[1:])
        # the tokens that may count as legacy-font words (a form, or a form and the danda 'A')
        self._candidates = self._krutidev | {f + "A" for f in self._krutidev}
        # when every form has a lower-case Latin letter, a text without one has no such word
        self._all_lower = all(_LOWER_LATIN.search(f) for f in self._krutidev)

    def __call__(self, text: str) -> Cleaned:
        cleaned = mask(text)
        if self.is_legacy_font(cleaned.view):
            return Cleaned(cleaned.view, (*cleaned.warnings, LEGACY_FONT))
        return cleaned

    def is_legacy_font(self, text: str) -> bool:
        """True when many Latin 'words' are frequent Hindi words typed in a KrutiDev-style font."""
        if self._all_lower and not _LOWER_LATIN.search(text):
            return False
        tokens = _ASCII_WORD.findall(text)
        if len(self._candidates.intersection(tokens)) < self.min_hits:
            return False  # fewer distinct candidate tokens than the distinct words needed
        words, marked = len(tokens), 0
        distinct: set[str] = set()
        for w in tokens:
            w = w if w in self._krutidev else w.removesuffix("A")  # 'A' is the danda
            if w in self._krutidev:
                marked += 1
                distinct.add(w)
        return len(distinct) >= self.min_hits and marked >= self.min_share * words


def reground(analysis: object, raw: str) -> None:
    """Point every span in a finished analysis (found on the view) at the raw input.

    Frozen ``start``/``end``/``text`` records (spans, sentences, tokens) get ``text`` sliced
    from ``raw``; other strings (names, canonical forms) lose :data:`PAD` and runs of
    whitespace left by masked tags; the document's ``text`` becomes ``raw``.
    """
    doc = getattr(analysis, "doc", None)
    seen: set[int] = set()

    def fix(obj: object) -> object:
        if isinstance(obj, str):  # a name or canonical form built from the view
            return " ".join(obj.replace(PAD, "").split()) if PAD in obj or "  " in obj or "\n" in obj else obj
        if isinstance(obj, list):
            obj[:] = [fix(x) for x in obj]
            return obj
        if isinstance(obj, tuple):
            return tuple(fix(x) for x in obj)
        if isinstance(obj, dict):
            for k in obj:
                obj[k] = fix(obj[k])
            return obj
        if not dataclasses.is_dataclass(obj) or isinstance(obj, type):
            return obj
        params = getattr(obj, "__dataclass_params__", None)
        if params is not None and params.frozen:
            changes = {f.name: fix(getattr(obj, f.name)) for f in dataclasses.fields(obj) if f.init}
            start, end = getattr(obj, "start", None), getattr(obj, "end", None)
            if isinstance(start, int) and isinstance(end, int) and isinstance(getattr(obj, "text", None), str):
                changes["text"] = raw[start:end]
            return dataclasses.replace(obj, **changes)
        if id(obj) in seen:
            return obj
        seen.add(id(obj))
        for f in dataclasses.fields(obj):
            if f.name != "doc":
                setattr(obj, f.name, fix(getattr(obj, f.name)))
        return obj

    fix(analysis)
    if doc is not None:
        doc.text = raw
        for name in ("sentences", "words", "entities", "tokens"):
            if vars(doc).get(name) is not None:
                setattr(doc, name, fix(getattr(doc, name)))
