import unicodedata

import pytest

from hindi_meeting_extract.normalize import FoldedText, fold, name_key


@pytest.mark.parametrize(
    "a, b",
    [
        ("नवदीप नन्दा", "नवदीप नंदा"),
        ("सन्तोष", "संतोष"),
        ("चन्द्रा", "चंद्रा"),
        ("सम्बन्ध", "संबंध"),
        ("ज़िला", "जिला"),
        ("\u095bिला", "जिला"),  # precomposed nukta letter
        ("हुँ", "हुं"),
        ("अज\u200dय", "अजय"),
    ],
)
def test_spelling_variants_share_a_key(a, b):
    assert fold(a) == fold(b)
    assert name_key(a) == name_key(b)


@pytest.mark.parametrize("word", ["संपन्न", "उन्होंने", "अन्य"])
def test_strict_folding_leaves_other_conjuncts(word):
    assert fold(word) == word


def test_folded_offsets_map_back_to_raw():
    raw = "श्री नवदीप नन्दा ज़िला संयोजक"
    view = FoldedText(raw)
    assert view.text == "श्री नवदीप नंदा जिला संयोजक"
    i = view.text.index("नंदा")
    s, e = view.to_raw(i, i + len("नंदा"))
    assert raw[s:e] == "नन्दा"
    j = view.text.index("जिला")
    s, e = view.to_raw(j, j + len("जिला"))
    assert raw[s:e] == "ज़िला"


def test_nfd_input_folds_like_nfc():
    nfc = "श्री अजय ज़िला"
    nfd = unicodedata.normalize("NFD", nfc)
    assert FoldedText(nfd).text == FoldedText(nfc).text


def test_identity_view_when_nothing_to_fold():
    raw = "कोरबा 12 जुलाई।"
    view = FoldedText(raw)
    assert view.text is raw
    assert view.to_raw(0, 5) == (0, 5)


def test_name_key_drops_punctuation():
    assert name_key("यू. एस. चौहान") == "यू एस चौहान"


# The character-by-character folding FoldedText replaced (one regex scan, one step per edit):
# the reference the faster construction must reproduce exactly, map included.
_REF_DROP = {"\u093c", "\u200c", "\u200d", "\ufeff", "\u00ad", "\u2060"}
_REF_MAP = {
    "\u0901": "\u0902", "\u0929": "न", "\u0931": "र", "\u0934": "ळ",
    "\u0958": "क", "\u0959": "ख", "\u095a": "ग", "\u095b": "ज",
    "\u095c": "ड", "\u095d": "ढ", "\u095e": "फ", "\u095f": "य",
    "\u00a0": " ", "\u200b": " ", "\u2009": " ", "\u202f": " ",
}
_REF_VARGA = {"ङ": "कखगघ", "ञ": "चछजझ", "ण": "टठडढ", "न": "तथदध", "म": "पफबभ"}


def _reference_fold(raw):
    import regex

    needs = regex.compile(
        "[\u093c\u200c\u200d\ufeff\u00ad\u2060\u0901\u0929\u0931\u0934\u0958-\u095f\u00a0\u200b\u2009\u202fA-Z]"
        "|" + "|".join(f"{n}\u094d(?=[{v}])" for n, v in _REF_VARGA.items())
    )
    out, fstart, rstart, lastend = [], [], [], []
    f = pos = 0
    open_ = False
    for m in needs.finditer(raw):
        i = m.start()
        if i > pos:
            if not open_:
                fstart.append(f), rstart.append(pos), lastend.append(0)
                open_ = True
            out.append(raw[pos:i])
            f += i - pos
        ch = raw[i]
        if len(m.group()) == 2:
            if not open_:
                fstart.append(f), rstart.append(i), lastend.append(0)
            out.append("\u0902")
            f += 1
            lastend[-1] = i + 2
            open_ = False
            pos = i + 2
            continue
        folded = "" if ch in _REF_DROP else _REF_MAP.get(ch, ch.lower() if "A" <= ch <= "Z" else ch)
        if folded:
            if not open_:
                fstart.append(f), rstart.append(i), lastend.append(0)
                open_ = True
            out.append(folded)
            f += 1
        elif f:
            lastend[-1] = i + 1
            open_ = False
        pos = i + 1
    if pos < len(raw):
        if not open_:
            fstart.append(f), rstart.append(pos), lastend.append(0)
            open_ = True
        out.append(raw[pos:])
        f += len(raw) - pos
    if open_:
        lastend[-1] = rstart[-1] + f - fstart[-1]
    return "".join(out), fstart, rstart, lastend


def test_folding_matches_the_character_by_character_reference():
    import random

    alphabet = list("न्तदम्पबङ्कञ्चण्टकऩABZaz। \u093c\u200c\u200d\ufeff\u00ad\u2060\u0901\u0929\u0931\u095c\u00a0\u200b")
    rnd = random.Random(7)
    samples = ["", "\u093c", "\u093c\u093cक", "न्\u093cत", "ऩ्त", "न्न्त", "हिन्दी ABC ज़िला\u200d", "AbC\u00a0न्"]
    samples += ["".join(rnd.choice(alphabet) for _ in range(rnd.randint(1, 14))) for _ in range(20000)]
    for raw in samples:
        view = FoldedText(raw)
        text, fstart, rstart, lastend = _reference_fold(raw)
        assert view.text == text, raw
        if view._fstart is not None or text != raw:
            assert (view._fstart, view._rstart, view._lastend) == (fstart, rstart, lastend), raw


@pytest.mark.parametrize(
    "raw",
    [
        "सम्पादक ने कहा।  Ajmer में ज़िला बैठक हुई, श्री\u200cमान आए।",
        "कुछ नहीं बदलता",
        "\u200b\u200bशुरू में ड़ और अन्त में ZWJ\u200d",
        "",
    ],
)
def test_sorted_positions_map_like_one_by_one(raw):
    folded = FoldedText(raw)
    positions = list(range(len(raw) + 2))
    assert folded.to_folded_sorted(positions) == [folded.to_folded(p) for p in positions]
    assert folded.to_folded_sorted([3, 3, 7]) == [folded.to_folded(3), folded.to_folded(3), folded.to_folded(7)]


@pytest.mark.parametrize(
    "raw",
    [
        "सम्पादक ने कहा।  Ajmer में ज़िला बैठक हुई, श्री\u200cमान आए।",
        "\u093cड़ी सड़क पर क़ानून\u200d",
        "कुछ नहीं बदलता",
    ],
)
def test_every_span_maps_back_like_its_two_ends(raw):
    """to_raw (one search when a span lies inside one piece of the map) gives what mapping its
    first and last characters one by one gives."""
    view = FoldedText(raw)
    n = len(view.text)
    for a in range(n):
        for b in range(a + 1, n + 1):
            expected = (view._raw_start(a), view._raw_end(b - 1)) if view._fstart is not None else (a, b)
            assert view.to_raw(a, b) == expected, (a, b)
