"""The same-length cleaning view, legacy-font detection and re-grounding."""

from __future__ import annotations

import pytest

from hindi_meeting_extract.clean import _ASCII_WORD, CONTROLS_MASKED, HTML_MASKED, PAD, Cleaner, mask, needs_mask, reground
from hindi_meeting_extract.document import Span
from hindi_meeting_extract.lexicon import Lexicons
from hindi_meeting_extract.normalize import FoldedText


@pytest.fixture(scope="module")
def cleaner() -> Cleaner:
    return Cleaner(Lexicons.load())


def test_plain_text_is_returned_as_is() -> None:
    text = "कोरबा 12 जुलाई। श्री राजीव सिंह ने कहा कि बैठक सफल रही।"
    cleaned = mask(text)
    assert cleaned.view is text and cleaned.warnings == ()


@pytest.mark.parametrize(
    "text",
    [
        "<p>श्री राजीव</p>",
        "<script>var a = '<p>';</script>बैठक",
        "a <b>b</b> &amp; &#2352; &#x0930; &nbsp; &unknown; c",
        "\ufeffपंक्ति\r\nदूसरी\rतीसरी\x00\x85\u2028",
        "<!-- खुला टिप्पणी",
        "<p " * 50,
    ],
)
def test_view_has_the_same_length(text: str) -> None:
    assert len(mask(text).view) == len(text)


def test_html_tags_scripts_and_comments_become_spaces() -> None:
    text = "<html><style>p{}</style><script>var s='श्री फर्जी';</script><!-- श्री टिप्पणी --><p>श्री <b>राजीव</b> सिंह</p></html>"
    cleaned = mask(text)
    assert HTML_MASKED in cleaned.warnings
    assert "फर्जी" not in cleaned.view and "टिप्पणी" not in cleaned.view and "<" not in cleaned.view
    assert " ".join(cleaned.view.split()) == "श्री राजीव सिंह"
    start = text.index("श्री <b>")
    assert cleaned.view[start - 3 : start] == "\n  "  # <p> starts a line


def test_unclosed_script_masks_to_the_end() -> None:
    text = "<p>बैठक</p><script>श्री फर्जी ने कहा"
    assert "फर्जी" not in mask(text).view


def test_entities_decode_and_pad_with_a_joiner_the_folded_view_drops() -> None:
    text = "राजीव&nbsp;सिंह &#2352;&#x093E;म &unknownentity; &lt;p&gt;"
    view = mask(text).view
    assert view.startswith("राजीव\u00a0" + PAD * 5 + "सिंह")
    assert FoldedText(view).text.startswith("राजीव सिंह राम &unknownentity; <")


def test_decoded_entities_are_not_masked_as_tags() -> None:
    view = mask("<p>a &lt;b&gt; c</p>").view
    assert "<" + PAD * 3 + "b>" + PAD * 3 in view


def test_controls_line_ends_and_bom() -> None:
    cleaned = mask("\ufeffएक\r\nदो\rतीन\x00चार")
    assert cleaned.view == " एक \nदो\nतीन चार"
    assert CONTROLS_MASKED in cleaned.warnings
    assert mask("a\r\nb").warnings == ()


def test_plain_text_with_a_less_than_sign_is_not_html() -> None:
    text = "मत 5 < 7 और <राजीव> ने कहा"
    assert mask(text).view == text


def test_krutidev_text_is_flagged(cleaner: Cleaner) -> None:
    kd = "dksjck 12 tqykbZA ftyk Hkktik dh cSBd esa Jh jktho flag us dgk fd ;g dk;Z egRoiw.kZ gSA"
    assert cleaner.is_legacy_font(kd)
    assert cleaner.is_legacy_font("कोरबा बैठक\n" + kd)


@pytest.mark.parametrize(
    "text",
    [
        "Tell us about the meeting. The DS team met in Delhi and discussed the budget.",
        "जिला अध्यक्ष श्री राजीव सिंह ने IT cell और social media की meeting ली।",
        "",
        "dk gS",  # too few distinct words to tell
    ],
)
def test_english_and_hindi_are_not_flagged(cleaner: Cleaner, text: str) -> None:
    assert not cleaner.is_legacy_font(text)


def test_reground_slices_span_texts_from_the_raw_input() -> None:
    from hindi_meeting_extract.analysis import Analysis, Mention
    from hindi_meeting_extract.backends.rules import RulesBackend

    raw = "<p>श्री <b>राजीव</b>&nbsp;सिंह ने कहा</p>"
    view = mask(raw).view
    doc = RulesBackend(Lexicons.load()).annotate(view)
    analysis = Analysis(doc)
    start, end = raw.index("राजीव"), raw.index("सिंह") + len("सिंह")
    person = analysis.new_person()
    person.mentions.append(Mention(span=Span(start, end, view[start:end])))
    person.name = view[start:end]
    analysis.title = Span(0, len(raw), view)
    reground(analysis, raw)
    assert person.mentions[0].span.text == raw[start:end] == "राजीव</b>&nbsp;सिंह"
    assert person.name == "राजीव सिंह"
    assert analysis.title.text == raw and doc.text == raw
    assert all(raw[s.start : s.end] == s.text for s in doc.sentences)


def test_needs_mask_is_the_single_class_scan() -> None:
    import random

    import regex

    scan = regex.compile(r"[\x00-\x08\x0e-\x1f\x7f\r\x85\u2028\u2029&<]|\A\ufeff")
    specials = [chr(c) for c in range(0x20)] + ["\x7f", "\x85", "\u2028", "\u2029", "&", "<", "\ufeff", ">"]
    rnd = random.Random(3)
    samples = ["", "\ufeff", "a\ufeff", "\ufeffकोरबा", "\t\n\v\f", "कोरबा\n"] + specials
    samples += ["".join(rnd.choice(specials + list("ab क ")) for _ in range(rnd.randint(1, 6))) for _ in range(5000)]
    for text in samples:
        assert needs_mask(text) == bool(scan.search(text)), repr(text)


def test_legacy_font_shortcuts_agree_with_the_full_count(cleaner: Cleaner) -> None:
    import random

    def full_count(text: str) -> bool:
        words = marked = 0
        distinct: set[str] = set()
        for m in _ASCII_WORD.finditer(text):
            words += 1
            w = m.group()
            w = w if w in cleaner._krutidev else w.removesuffix("A")
            if w in cleaner._krutidev:
                marked += 1
                distinct.add(w)
        return len(distinct) >= cleaner.min_hits and marked >= cleaner.min_share * words

    vocab = sorted(cleaner._krutidev) + ["gSA", "dsA", "A", "12", "IT", "the", "बैठक", ",", "dkA"]
    rnd = random.Random(5)
    for _ in range(3000):
        text = " ".join(rnd.choice(vocab) for _ in range(rnd.randint(0, 12)))
        assert cleaner.is_legacy_font(text) == full_count(text), text
