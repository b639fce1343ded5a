"""Generated hostile texts: one generator per trigger of a super-linear cost (issue 16).

Each generator takes a size and a seed and returns exactly ``size`` characters, built from
random choices among small units of one kind, so that a fix tuned to one exact repeated string
does not pass: the property is over the kind. Shared by ``tests/test_linear_time.py`` and
``benchmarks/linear_time_table.py``. All sentences are written for these tests.
"""

from __future__ import annotations

import random
from collections.abc import Callable

DESIGNATIONS = ["जिला अध्यक्ष", "प्रदेश महामंत्री", "नगर अध्यक्ष", "जिला उपाध्यक्ष", "कोषाध्यक्ष",
                "प्रदेश सचिव", "ब्लॉक अध्यक्ष", "जिला संयोजक", "मंडल अध्यक्ष", "प्रदेश प्रवक्ता"]
FILLERS = ["संगठन मजबूत होगा", "सभी कार्यकर्ता जुटें", "अभियान तेज करें", "गांव गांव जाएंगे",
           "सदस्यता बढ़ाएंगे", "जनता से मिलेंगे"]
RELATIVE = ["कल", "परसों", "आज", "रविवार", "सोमवार", "गत दिवस", "बीते दिन", "गत सप्ताह", "दो दिन पहले"]
PLAIN_WORDS = ["शाम", "सुबह", "लोग", "पहुंचे", "गए", "घर", "सड़क", "पर", "से", "और"]
STRAY = ["। ", "॥ ", "? ", "! ", ".. ", "- ", "। । ", ": ", "… "]
DOTTED = ["a.", "b.", "x.", "1.", "a-", "b_", "c%", "d+", "9."]


def _fill(make_unit: Callable[[random.Random], str], size: int, seed: int, head: str = "") -> str:
    rng = random.Random(seed)
    parts = [head]
    total = len(head)
    while total < size:
        parts.append(make_unit(rng))
        total += len(parts[-1])
    return "".join(parts)[:size]


def designation_repeat(size: int, seed: int = 0) -> str:
    """One person mentioned again and again, each time with a designation (persons stage)."""
    return _fill(
        lambda r: f"{r.choice(DESIGNATIONS)} श्री राजीव सिंह ने कहा कि {r.choice(FILLERS)}। ",
        size, seed, "कोरबा, 12 जुलाई। ",
    )


def relative_words(size: int, seed: int = 0) -> str:
    """A dateline, then relative-time words in a lead that never ends: no danda, no line
    break (dates stage: each word is weighed against the rest of its clause)."""
    return _fill(lambda r: f"{r.choice(RELATIVE)} {r.choice(PLAIN_WORDS)} ", size, seed, "कोरबा, 12 जुलाई। ")


def stray_punctuation(size: int, seed: int = 0) -> str:
    """A sentence followed by pieces of punctuation only (sentence splitting)."""
    return _fill(lambda r: r.choice(STRAY), size, seed, "राजीव सिंह आए। ")


def dotted_letters(size: int, seed: int = 0) -> str:
    """``a.a.a.…``: letters, digits and e-mail characters without an ``@`` (tokenizer)."""
    return _fill(lambda r: r.choice(DOTTED), size, seed)


#: trigger name -> (generator, the stage whose cost it drives, owner's issue note or None)
TRIGGERS: dict[str, Callable[[int, int], str]] = {
    "persons-designation-repeat": designation_repeat,
    "dates-relative-words": relative_words,
    "segment-stray-punctuation": stray_punctuation,
    "tokenize-dotted-letters": dotted_letters,
}
