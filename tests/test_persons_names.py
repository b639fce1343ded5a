"""Name reading: where a name starts and ends.

Every sentence here is written for these tests (no corpus or dev text).
"""

from __future__ import annotations

import pytest
from person_helpers import designations, names, person, run  # noqa: F401  (run is a fixture)

from hindi_meeting_extract.lexicon import Lexicons
from hindi_meeting_extract.persons import PersonStage


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("श्री रमेश यादव जी ने कहा कि काम जारी रहेगा।", "रमेश यादव"),
        ("श्री रमेश यादव साहब का स्वागत हुआ।", "रमेश यादव"),
        ("श्री रमेश यादव को सम्मानित किया गया।", "रमेश यादव"),
        ("श्री रमेश यादव द्वारा दीप जलाया गया।", "रमेश यादव"),
        ("श्री रमेश यादव एवं अन्य लोग पहुंचे।", "रमेश यादव"),
        ("श्री रमेश यादव, जिनका जन्म यहीं हुआ, आए।", "रमेश यादव"),
        ("श्री रमेश यादव – जो संस्था से जुड़े हैं – आए।", "रमेश यादव"),
        ("श्री रमेश यादव (कोषाध्यक्ष) ने हिसाब रखा।", "रमेश यादव"),
        ("श्री रमेश यादव उपस्थित थे।", "रमेश यादव"),
        ("श्री सज्जन सिंह जी वर्मा ने संबोधित किया।", "सज्जन सिंह जी वर्मा"),
    ],
)
def test_where_a_name_ends(run, text, name):
    assert names(run(text)) == [name]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("इस अवसर पर श्री जी के मोहंती ने आभार जताया।", "जी के मोहंती"),
        ("इस अवसर पर श्री यू. एस. चौहान ने आभार जताया।", "यू. एस. चौहान"),
        ("प्राचार्य डॉ. के.बी. शर्मा ने आभार जताया।", "के.बी. शर्मा"),
    ],
)
def test_initials_stay_in_the_name(run, text, name):
    assert names(run(text)) == [name]
