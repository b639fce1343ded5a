"""Meeting-role cues written as data ([chair], [chief_guest], [conductor], [vote_of_thanks] in
cues.toml): Urdu and regional wordings of the same roles (सदारत = अध्यक्षता, निज़ामत = संचालन,
शुक्रिया अदा किया = आभार व्यक्त किया, प्रमुख अतिथि = मुख्य अतिथि).

Every sentence here is written for these tests (no corpus or dev text).
"""

from __future__ import annotations

import pytest

from hindi_meeting_extract import extract


def roles(text: str, role: str) -> list[str]:
    return [p.name for p in extract(text).persons if role in p.roles]


@pytest.mark.parametrize("text, name", [
    ("रामपुर, 5 मई। कमेटी की मीटिंग जनाब इरफ़ान अली की सदारत में हुई।", "इरफ़ान अली"),
    ("रामपुर, 5 मई। कमेटी की मीटिंग हुई, जिसकी सदारत हाजी सलीम अंसारी ने की।", "सलीम अंसारी"),
])
def test_urdu_chair(text, name):
    assert roles(text, "chair") == [name]


@pytest.mark.parametrize("text, name", [
    ("सतना, 8 जून। समिति की बैठक में प्रमुख अतिथि के रूप में विधायक गोपाल शर्मा उपस्थित थे।", "गोपाल शर्मा"),
    ("सतना, 8 जून। सम्मेलन में प्रमुख अतिथि डॉ. ममता वर्मा रहीं।", "ममता वर्मा"),
])
def test_pramukh_atithi_is_chief_guest(text, name):
    assert roles(text, "chief_guest") == [name]


def test_conductor_wordings():
    assert roles("रामपुर, 5 मई। जलसे में निज़ामत के फ़राइज़ शायर असलम फ़ारूक़ी ने अंजाम दिए।", "conductor") == ["असलम फ़ारूक़ी"]
    assert roles("पुणे, 9 जुलाई। कार्यक्रम का सूत्रसंचालन प्रिया कुलकर्णी ने किया।", "conductor") == ["प्रिया कुलकर्णी"]


def test_urdu_vote_of_thanks():
    text = "रामपुर, 5 मई। मीटिंग में कई लोग मौजूद रहे। आख़िर में सेक्रेटरी नदीम अहमद ने सभी का शुक्रिया अदा किया।"
    assert roles(text, "vote_of_thanks") == ["नदीम अहमद"]


def test_no_role_without_the_cue():
    text = "सतना, 8 जून। समिति की बैठक में प्रमुख सचिव गोपाल शर्मा और अतिथि रमेश जैन उपस्थित थे।"
    assert roles(text, "chief_guest") == []
    # a thanks owed, not given at the meeting by anyone named
    assert roles("रामपुर, 5 मई। मीटिंग में नदीम अहमद मौजूद रहे। अंत में शुक्रिया अदा किया गया।", "vote_of_thanks") == []
