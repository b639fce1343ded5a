"""The library's errors: one small hierarchy, so callers can catch them all at once."""

from __future__ import annotations


class HindiMeetingExtractError(Exception):
    """Base class of every error this library raises on purpose."""


class InputError(HindiMeetingExtractError, TypeError):
    """The input is not what the API expects (e.g. not a ``str``)."""


class DocumentTooLarge(HindiMeetingExtractError, ValueError):
    """The document is longer than the pipeline's ``max_chars`` limit."""

    def __init__(self, length: int, limit: int) -> None:
        super().__init__(
            f"document has {length:,} characters, more than the limit of {limit:,}; "
            "split it or raise Pipeline(max_chars=...)"
        )
        self.length = length
        self.limit = limit


class InvalidUTF8(HindiMeetingExtractError, ValueError):
    """Input bytes are not valid UTF-8; the message names the source and the byte offset."""

    def __init__(self, source: str, offset: int) -> None:
        super().__init__(f"{source}: invalid UTF-8 at byte {offset:,} (or decode with --encoding-errors replace)")
        self.source = source
        self.offset = offset


class LexiconError(HindiMeetingExtractError, ValueError):
    """A lexicon data file is malformed (duplicates, non-NFC text, wrong shape)."""


class BackendUnavailable(HindiMeetingExtractError, RuntimeError):
    """A backend cannot run here: its package (extra) or its models are missing."""


class MissingExtra(HindiMeetingExtractError, ImportError):
    """An optional dependency is not installed; the message names the extra to install."""

    def __init__(self, package: str, extra: str, feature: str) -> None:
        super().__init__(
            f"{feature} needs the '{package}' package: pip install 'hindi-meeting-extract[{extra}]'"
        )
        self.package = package
        self.extra = extra


def require(module: str, extra: str, feature: str):  # type: ignore[no-untyped-def]
    """Import an optional module or raise :class:`MissingExtra` naming the extra."""
    import importlib

    try:
        return importlib.import_module(module)
    except ImportError as exc:
        raise MissingExtra(module.split(".")[0], extra, feature) from exc


class NameModelError(HindiMeetingExtractError, RuntimeError):
    """The shipped name model (or its metadata) is missing, corrupt or built for other features."""
