"""Meeting dates: formats, relative expressions, year inference, other events (own sentences)."""

import datetime as dt
import textwrap

import pytest

from hindi_meeting_extract.analysis import Analysis
from hindi_meeting_extract.backends import get_backend
from hindi_meeting_extract.dates import DatePatterns, DateStage, _with_year
from hindi_meeting_extract.layout import LayoutStage
from hindi_meeting_extract.lexicon import Lexicons
from hindi_meeting_extract.normalize import fold

HEAD = "समिति की बैठक संपन्न\n"


@pytest.fixture(scope="module")
def lexicons():
    return Lexicons.load()


@pytest.fixture(scope="module")
def date_of(lexicons):
    backend = get_backend("rules", lexicons)
    stages = [LayoutStage(lexicons), DateStage(lexicons)]

    def run(text: str, reference_date: dt.date | None = None):
        analysis = Analysis(backend.annotate(text), reference_date)
        for stage in stages:
            stage(analysis)
        hit = analysis.date
        if hit is None:
            return None
        assert text[hit.span.start : hit.span.end] == hit.span.text  # grounded in the input
        return hit

    return run


def ymd(hit):
    return None if hit is None else (hit.year, hit.month, hit.day)


@pytest.mark.parametrize(
    ("phrase", "expected"),
    [
        ("12 जुलाई", (None, 7, 12)),
        ("१२ जुलाई २०२१", (2021, 7, 12)),
        ("5 सितम्बर", (None, 9, 5)),
        ("5 सितंबर, 2022", (2022, 9, 5)),
        ("3 फरबरी", (None, 2, 3)),
        ("15 अगस्‍त", (None, 8, 15)),
        ("जून 15", (None, 6, 15)),
        ("December 17, 2019", (2019, 12, 17)),
        ("1 Dec 2024", (2024, 12, 1)),
        ("12.07.2020", (2020, 7, 12)),
        ("12/07/2020", (2020, 7, 12)),
        ("11/6/23", (2023, 6, 11)),
        ("12-07-2020", (2020, 7, 12)),
        ("०४ व ०५ जनवरी, २०२४", (2024, 1, 4)),
        ("8दिसंबर", (None, 12, 8)),
    ],
)
def test_explicit_date_formats(lexicons, phrase, expected):
    found = DatePatterns(lexicons).find(fold(f"बैठक {phrase} को हुई"))
    assert [(d.year, d.month, d.day) for d in found] == [expected]


@pytest.mark.parametrize("phrase", ["31/02/2020", "3.5", "10:30", "18 हजार", "21 दिन", "2019-20"])
def test_not_dates(lexicons, phrase):
    assert DatePatterns(lexicons).find(fold(f"कुल {phrase} रहे")) == []


def test_comma_date_only_after_dinank(lexicons):
    patterns = DatePatterns(lexicons)
    assert [(d.year, d.month, d.day) for d in patterns.find("आज दिनांक 12,9, 2024 को")] == [(2024, 9, 12)]
    assert patterns.find("कुल 12,9, 2024 मत") == []


def test_dateline_date(date_of):
    hit = date_of(HEAD + "कोरबा 12 जुलाई। जिला भाजपा की बैठक संपन्न हुई।")
    assert ymd(hit) == (None, 7, 12)
    assert hit.rule == "dateline"
    assert hit.span.text == "12 जुलाई"


def test_dateline_shifted_by_gat_divas(date_of):
    hit = date_of(HEAD + "उज्जैन, 1 मार्च। गत दिवस नगर निगम सभागार में बैठक आयोजित की गई।")
    assert ymd(hit) == (None, 2, 29)  # the year is unknown: a leap day is allowed
    assert hit.rule == "dateline+गत दिवस"


def test_date_after_the_towns_stop_is_the_dateline(date_of):
    # 'अलवर। 5 मार्च –': the dash sets the date off as the dateline's, so गत दिवस shifts it
    hit = date_of(HEAD + "अलवर। 5 मार्च – व्यापार मंडल की बैठक गत दिवस धर्मशाला में हुई।")
    assert ymd(hit) == (None, 3, 4) and hit.rule == "dateline+गत दिवस"
    hit = date_of(HEAD + "अलवर। 5 मार्च को व्यापार मंडल की बैठक धर्मशाला में हुई।")
    assert ymd(hit) == (None, 3, 5) and hit.rule == "explicit date near meeting word"


def test_kal_follows_the_tense(date_of):
    past = date_of(HEAD + "उज्जैन, 5 मार्च। कल नगर निगम सभागार में बैठक आयोजित की गई।")
    future = date_of(HEAD + "उज्जैन, 5 मार्च। कल नगर निगम सभागार में बैठक आयोजित होगी।")
    assert ymd(past) == (None, 3, 4)
    assert ymd(future) == (None, 3, 6)


def test_weekday_inside_the_dateline_is_not_a_shift(date_of):
    hit = date_of(HEAD + "भोपाल : गुरूवार, जून 25\nमुख्यमंत्री ने मंत्रालय में बैठक ली।")
    assert ymd(hit) == (None, 6, 25)
    assert hit.rule == "dateline"


def test_explicit_date_near_meeting_word_beats_dateline(date_of):
    hit = date_of(HEAD + "जहानाबाद। संघ की बैठक 17/09/2023 दिन रविवार को संपन्न हुई।")
    assert ymd(hit) == (2023, 9, 17)
    assert hit.rule == "explicit date near meeting word"


def test_aaj_dinank_beats_an_announced_event(date_of):
    text = HEAD + textwrap.dedent("""\
        सागर : नगर में दिनांक 20 21 22 दिसंबर को महायज्ञ संपन्न होने जा रहा है, प्रभारी ने बताया कि आज दिनांक 8 दिसंबर को पार्क में तैयारी बैठक हुई।""")
    hit = date_of(text)
    assert ymd(hit) == (None, 12, 8)
    assert hit.rule == "explicit date after today word"


def test_short_year_after_dinank(date_of):
    hit = date_of("नैनीताल आज दि० 11/6/23 को सभा के सभागार में बैठक संपन्न हुई।")
    assert ymd(hit) == (2023, 6, 11)


@pytest.mark.parametrize(
    "text",
    [
        # the start of a campaign, not the meeting
        "कार्यकर्ताओं की बैठक हुई\nबैठक में चर्चा हुई। 31 दिसंबर से हर बूथ पर जनसंपर्क अभियान शुरू होगा।",
        # a birthday bounding a period
        "मंत्री समूह की बैठक हुई\nमंत्री समूह ने जन्मदिन 17 सितम्बर से 2 अक्टूबर तक सेवा पखवाड़ा मनाने का निर्णय लिया।",
        # a future programme; the meeting itself is dated by a weekday only
        "समाज की बैठक\n23 फरवरी को भंडारे का कार्यक्रम आयोजित किया जाएगा। समाज की बैठक में रविवार को यह निर्णय लिया गया।",
        # an earlier occasion
        "मुख्यमंत्रियों के साथ बैठक आज\nप्रधानमंत्री आज मुख्यमंत्रियों से बात करेंगे। गौरतलब है कि 27 अप्रैल को भी बैठक हुई थी।",
        # a date announced inside reported speech
        "समीक्षा बैठक\nआयुक्त ने बैठक में कहा कि राष्ट्रीय सम्मेलन दिनांक 21 अप्रैल 2023 को आयोजित किया जा रहा है।",
        # a date qualifying a later event
        "तैयारी बैठक\nमुख्यमंत्री ने 15 अगस्त को होने वाले समारोह की तैयारियों की समीक्षा बैठक ली।",
        # a weekday other than the dateline's, without a year
        "इंदौर, 14 जून। संभागायुक्त ने सोमवार को अधिकारियों की बैठक ली।",
        # a vague time
        "समिति की बैठक\nनीमच 12 जून। संभागायुक्त ने गत सप्ताह अधिकारियों की बैठक ली।",
        # आज without any dateline or reference date
        "कलेक्टर ने आज कलेक्ट्रेट सभागार में बैठक ली।",
    ],
)
def test_undetermined_dates(date_of, text):
    assert date_of(text) is None


def test_weekday_resolved_with_reference_date(date_of):
    text = "नगर कांग्रेस की बैठक\nसागर। नगर कांग्रेस की बैठक मंगलवार को कांग्रेस भवन में संपन्न हुई।"
    assert date_of(text) is None
    hit = date_of(text, dt.date(2024, 3, 7))  # a Thursday
    assert ymd(hit) == (2024, 3, 5)
    assert hit.span.text == "मंगलवार"


def test_dateline_weekday_resolved_once_the_year_is_known(date_of):
    text = "इंदौर, 14 जून। संभागायुक्त ने सोमवार को अधिकारियों की बैठक ली।"
    assert ymd(date_of(text, dt.date(2023, 6, 16))) == (2023, 6, 12)  # 14 June 2023 was a Wednesday


def test_year_from_reference_date(date_of):
    text = HEAD + "कोरबा 28 दिसंबर। जिला भाजपा की बैठक संपन्न हुई।"
    assert ymd(date_of(text, dt.date(2024, 1, 3))) == (2023, 12, 28)
    assert ymd(date_of(text, dt.date(2023, 12, 30))) == (2023, 12, 28)


def test_announced_meeting_takes_the_year_of_the_stamp(date_of):
    text = textwrap.dedent("""\
        मंत्री 21 मार्च को अधिकारियों के साथ करेंगे बैठक
        समाचार डेस्क | Updated: March 5, 2022 10:30 IST
        इस बैठक में योजनाओं की समीक्षा होगी।""")
    hit = date_of(text)
    assert ymd(hit) == (2022, 3, 21)
    assert hit.span.text == "21 मार्च"


def test_stamp_dates_a_report_without_other_time(date_of):
    text = "संघ की वार्षिक बैठक\nसमाचार, सीवान Sun, 1 Dec 2024 11:07 PM\nसीवान, निप्र। संघ की वार्षिक आम बैठक खेल भवन में सम्पन्न हुई।"
    hit = date_of(text)
    assert ymd(hit) == (2024, 12, 1)
    assert hit.rule == "stamp"


def test_with_year_is_the_latest_date_not_after_the_margin():
    assert _with_year(12, 28, dt.date(2024, 1, 3)) == dt.date(2023, 12, 28)
    assert _with_year(1, 20, dt.date(2024, 1, 3)) == dt.date(2024, 1, 20)  # within the margin
    assert _with_year(6, 1, dt.date(2024, 1, 3)) == dt.date(2023, 6, 1)
    assert _with_year(2, 29, dt.date(2023, 3, 10)) == dt.date(2020, 2, 29)


def test_month_variant_added_as_data(tmp_path):
    extra = tmp_path / "more.toml"
    extra.write_text('[meta]\nname = "calendar"\nversion = "x"\n\n[months]\n"July" = ["जुलायी"]\n', encoding="utf-8")
    patterns = DatePatterns(Lexicons.load([extra]))
    assert [(d.month, d.day) for d in patterns.find("बैठक 9 जुलायी को हुई")] == [(7, 9)]


def test_meeting_today_beats_an_explicit_date_of_another_event(date_of):
    text = HEAD + (
        "इंदौर, 3 मार्च 2023। व्यापारी संघ की बैठक आज संघ भवन में हुई। "
        "बैठक में 26 जनवरी को आयोजित ध्वजारोहण कार्यक्रम का हिसाब रखा गया।"
    )
    assert ymd(date_of(text)) == (2023, 3, 3)
    # without आज the explicit date of the meeting sentence still counts
    text = HEAD + "इंदौर, 3 मार्च 2023। व्यापारी संघ की बैठक 1 मार्च को संघ भवन में हुई।"
    assert ymd(date_of(text)) == (2023, 3, 1)


def test_weekday_shift_for_a_protest(date_of):
    text = "किसानों का धरना\nहरदा, 5 जनवरी 2024। किसान संघ ने सोमवार को तहसील कार्यालय के सामने धरना दिया।"
    assert ymd(date_of(text)) == (2024, 1, 1)


def test_a_meeting_dated_before_a_later_today_briefing(date_of):
    text = HEAD + (
        "पटना, 5 जून 2023। संघ की बैठक 3 जून को संघ भवन में हुई। "
        "आज बैठक के निर्णयों की जानकारी पत्रकारों को दी गई।"
    )
    assert ymd(date_of(text)) == (2023, 6, 3)


_DATE_BITS = ["12", "५", "०", " ", "  ", "\n", "जुलाई", "जून", "july", "दिनांक", "दि०", "/", ".", "-", ",", "से", "2023", "तक", "बैठक"]


def test_anchored_date_search_equals_a_full_scan(lexicons):
    """find() tries the pattern only at digits and before blanks ahead of them; it must give
    exactly what a scan of every position gives."""
    hypothesis = pytest.importorskip("hypothesis")
    from hypothesis import strategies as st

    patterns = DatePatterns(lexicons)

    @hypothesis.settings(max_examples=400, deadline=None)
    @hypothesis.given(st.lists(st.sampled_from(_DATE_BITS), max_size=14), st.integers(0, 6))
    def check(bits, start):
        text = fold("".join(bits))
        start = min(start, len(text))
        scanned = [m.span() for m in patterns.explicit.finditer(text, start, len(text))]
        assert [m.span() for m in patterns._matches(text, start, len(text))] == scanned

    check()


# -- the meeting's date, not of everything (issue 13) ------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # misspelled and abbreviated month names, Devanagari and ASCII digits
        (HEAD + "सीकर, 10 जुन। समिति की बैठक आज हुई।", (None, 6, 10)),
        (HEAD + "सीकर, १२ दिसं. २०२३। समिति की बैठक आज हुई।", (2023, 12, 12)),
        # the date on its own line under the town
        ("चूरू\n12 मार्च 2024\nमहिला मंडल की मासिक बैठक आज अध्यक्ष के निवास पर हुई।", (2024, 3, 12)),
        # a planned event decided at the meeting is not the meeting's date
        (HEAD + "भोपाल, 5 मई। समिति की बैठक में 20 मई को रक्तदान शिविर लगाने का निर्णय लिया गया।", (None, 5, 5)),
        # a deadline mentioned at the meeting neither
        (HEAD + "भोपाल, 5 मई। बैठक में बताया गया कि 30 जून आवेदन की अंतिम तिथि है।", (None, 5, 5)),
        # an announcement's date is the planned event's
        ("विद्यालय का वार्षिकोत्सव शुक्रवार को\nरीवा, (निसं)। विद्यालय का वार्षिकोत्सव शुक्रवार 14 फरवरी को धूमधाम से मनाया जाएगा।",
         (None, 2, 14)),
    ],
)
def test_meeting_date_not_other_dates(date_of, text, expected):
    assert ymd(date_of(text)) == expected


def test_future_event_planned_at_a_reported_meeting_is_not_its_date(date_of):
    text = (
        "व्यापार मंडल की बैठक\n28 मार्च को शहर में व्यापार मेला आयोजित किया जाएगा। व्यापार मंडल की बैठक में "
        "रविवार को यह निर्णय लिया गया।"
    )
    assert ymd(date_of(text)) != (None, 3, 28)


def test_relative_words_cost_linear_time(lexicons):
    """Each relative-time word looks at its own clause only, not at the rest of the document
    (was: every such word of the lead searched to the end of the text twice, ~100x the cost
    of news per character): 4x the text costs at most 5x, and at most 10x ordinary text."""
    import time

    backend = get_backend("rules", lexicons)
    layout, stage = LayoutStage(lexicons), DateStage(lexicons)
    trigger = "कोरबा, 12 जुलाई। " + "सोमवार कल परसों आज " * 60
    ordinary = "कोरबा, 12 जुलाई। समिति की बैठक अध्यक्ष की अध्यक्षता में हुई। "

    def cost(head: str, n: int) -> float:
        text = head + ("शब्द " * (n // 5 + 1))[:n]
        analysis = Analysis(backend.annotate(text))
        layout(analysis)
        best = float("inf")
        for _ in range(3):
            analysis.date = None
            t = time.perf_counter()
            stage(analysis)
            best = min(best, time.perf_counter() - t)
        return best

    small, large, plain = cost(trigger, 100_000), cost(trigger, 400_000), cost(ordinary, 400_000)
    assert large <= 5 * small + 0.005, (small, large)
    assert large <= 10 * plain + 0.005, (large, plain)


@pytest.mark.parametrize(
    ("dateline", "expected"),
    [
        ("बाड़मेर/ 16 फरवरी 2022", (2022, 2, 16)),
        ("बाड़मेर // 16 फरवरी 2022।", (2022, 2, 16)),
        ("बाड़मेर - 16 फरवरी।", (None, 2, 16)),
        ("बाड़मेर – 16 फरवरी 2022:", (2022, 2, 16)),
        ("बाड़मेर | 16 फरवरी।", (None, 2, 16)),
        ("बाड़मेर/16.02.2022।", (2022, 2, 16)),
        ("बाड़मेर / 16-02-2022 ।", (2022, 2, 16)),
    ],
)
def test_dateline_date_after_any_separator(date_of, dateline, expected):
    text = HEAD + dateline + "\nसमिति की बैठक अध्यक्ष की अध्यक्षता में संपन्न हुई।"
    hit = date_of(text)
    assert ymd(hit) == expected and hit.rule == "dateline"


def test_a_number_slash_date_is_no_date(date_of):
    # 'पत्र क्रमांक 45/16.02.2022': a letter's number and date, not a dateline's slash
    text = HEAD + "बाड़मेर। पत्र क्रमांक 45/16.02.2022 के क्रम में समिति की बैठक आयोजित की गई।"
    assert ymd(date_of(text)) != (2022, 2, 16)


# ------------------------------------------------------------------ days written as words
@pytest.mark.parametrize(
    ("phrase", "expected"),
    [
        ("सत्ताईस जून", (None, 6, 27)),
        ("गुरुवार, इक्कीस अगस्त", (None, 8, 21)),
        ("एक मई", (None, 5, 1)),
        ("पन्द्रह जुलाई 2024", (2024, 7, 15)),
        ("छह दिसंबर", (None, 12, 6)),
        ("मार्च चौदह", (None, 3, 14)),
    ],
)
def test_day_in_words_next_to_a_month(lexicons, phrase, expected):
    found = DatePatterns(lexicons).find(fold(f"बैठक {phrase} को हुई"))
    assert [(d.year, d.month, d.day) for d in found] == [expected]


@pytest.mark.parametrize(
    "text",
    [
        "मजदूर को दो जून की रोटी भी नहीं मिलती",  # a count of meals, not a day
        "जनवरी दो हजार पच्चीस में काम शुरू हुआ",  # a year in words after the month
        "जून में दस लोग आए",  # the number word is not next to the month
        "तीस फरवरी को",  # no such day
        "बीस सदस्य मार्च में आए",
        "समझौता नवम्बर 1999 में हुआ",  # a month and a year: the year's digits are no day
    ],
)
def test_number_words_that_are_no_day(lexicons, text):
    assert DatePatterns(lexicons).find(fold(text)) == []


def test_day_in_words_dates_the_meeting(date_of):
    hit = date_of(HEAD + "सीहोर। नगर परिषद की बैठक मंगलवार, अट्ठाईस जनवरी को सभाकक्ष में हुई।")
    assert ymd(hit) == (None, 1, 28)
    assert hit.span.text == "अट्ठाईस जनवरी"


def test_digit_and_word_dates_in_text_order(lexicons):
    found = DatePatterns(lexicons).find(fold("समिति 5 मई को बनी और उसकी बैठक बारह जून को हुई"))
    assert [(d.month, d.day) for d in found] == [(5, 5), (6, 12)]


def test_dateline_date_after_a_bracketed_state(date_of):
    hit = date_of(HEAD + "आरा (बिहार), 14 अगस्त 2024। प्रखंड कार्यालय में किसानों की बैठक हुई।")
    assert ymd(hit) == (2024, 8, 14) and hit.rule == "dateline"


def test_public_hearing_and_urdu_session_take_the_relative_day(date_of):
    # 14 August 2024 is a Wednesday: मंगलवार is the day before
    hit = date_of(HEAD + "आरा (बिहार), 14 अगस्त 2024। विधायक ने मंगलवार को अपने आवास पर जनता दरबार लगाया।")
    assert ymd(hit) == (2024, 8, 13) and hit.rule == "dateline+मंगलवार"
    hit = date_of(HEAD + "भिवंडी, 6 मई। अंजुमन का सालाना इजलास बीती रात मदरसे के हॉल में मुनअकिद हुआ।")
    assert ymd(hit) == (None, 5, 5) and hit.rule == "dateline+बीती रात"
    # बीती रात about something that is no meeting or event leaves the dateline's day
    hit = date_of(HEAD + "भिवंडी, 6 मई। बीती रात तेज बारिश हुई। अंजुमन का सालाना इजलास मदरसे के हॉल में मुनअकिद हुआ।")
    assert ymd(hit) == (None, 5, 6) and hit.rule == "dateline"


def test_date_digits_are_the_plain_scan_of_run_starts(lexicons):
    """_date_digits (two scans, one per script) gives the positions of the plain pattern's scan."""
    import random

    patterns = DatePatterns(lexicons)
    bits = ["12", "७", "०", "0", "२०२३", "दि०", "ता०", "12०", "०5", " ", "जून", "a", "-", "\n"]
    rng = random.Random(11)
    for _ in range(3000):
        text = "".join(rng.choice(bits) for _ in range(rng.randint(0, 8)))
        start = rng.randint(0, len(text))
        end = rng.randint(start, len(text))
        plain = [m.start() for m in patterns._date_digit.finditer(text, start, end)]
        assert patterns._date_digits(text, start, end) == plain, (text, start, end)


def test_month_end_check_never_hides_a_month_name(lexicons):
    """Wherever the month pattern finds a name ending at a position, the cheap check says it may."""
    patterns = DatePatterns(lexicons)
    for form in {fold(f) for f in lexicons["calendar"]["months"].forms}:
        for text in (form, f"आज {form}", f"x{form}"):
            assert patterns._month_end.search(text, 0, len(text)) is not None
            assert patterns._may_end_month(text, len(text)), text
    assert not patterns._may_end_month("बैठक में", len("बैठक में"))
