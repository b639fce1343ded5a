"""hindi_meeting_extract: typed, grounded meeting records from Hindi news text and press releases.

>>> from hindi_meeting_extract import extract
>>> record = extract("कोरबा 12 जुलाई। जिला अध्यक्ष डॉ राजीव सिंह ने कहा कि बैठक सफल रही।")
"""

from ._version import __version__
from .batch import ErrorRow, extract_many
from .errors import (
    BackendUnavailable,
    DocumentTooLarge,
    HindiMeetingExtractError,
    InputError,
    InvalidUTF8,
    LexiconError,
    MissingExtra,
)
from .models import MeetingDate, MeetingRecord, Person, Place, Statement, TextSpan
from .pipeline import Pipeline, extract

__all__ = [
    "BackendUnavailable",
    "DocumentTooLarge",
    "ErrorRow",
    "HindiMeetingExtractError",
    "InputError",
    "InvalidUTF8",
    "LexiconError",
    "MeetingDate",
    "MeetingRecord",
    "MissingExtra",
    "Person",
    "Pipeline",
    "Place",
    "Statement",
    "TextSpan",
    "__version__",
    "extract",
    "extract_many",
]
