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
