"""Small synthetic Hindi press releases for batch tests (written for these tests, no corpus text)."""

from __future__ import annotations

PLACES = ["कोरबा", "रायपुर", "भिलाई", "दुर्ग", "बिलासपुर", "जांजगीर", "धमतरी"]
NAMES = ["अजय साहू", "राजीव सिंह", "सुनीता वर्मा", "दीपक पटेल", "मीना यादव", "संतोष देवांगन", "नवदीप नंदा"]
TITLES = ["जिला अध्यक्ष", "कलेक्टर", "महामंत्री", "प्रदेश प्रभारी", "विधायक"]
MONTHS = ["जनवरी", "फरवरी", "मार्च", "अप्रैल", "मई", "जून", "जुलाई"]


def synthetic_text(i: int) -> str:
    """A short release: headline, dateline, a chaired meeting, a statement and an attendance list."""
    place, month = PLACES[i % len(PLACES)], MONTHS[i % len(MONTHS)]
    a, b, c = (NAMES[(i + k) % len(NAMES)] for k in (0, 2, 4))
    title = TITLES[i % len(TITLES)]
    return (
        f"{place} में समीक्षा बैठक संपन्न\n"
        f"{place} {i % 28 + 1} {month}। {title} श्री {a} की अध्यक्षता में बैठक क्रमांक {i} आयोजित की गई।\n"
        f"बैठक में डॉ {b} ने कहा कि सभी कार्य समय पर पूर्ण किए जाएं।\n"
        f"इस अवसर पर श्रीमती {c} सहित अनेक कार्यकर्ता उपस्थित थे।"
    )


def synthetic_docs(n: int, prefix: str = "d") -> list[dict[str, str]]:
    return [{"id": f"{prefix}{i:05d}", "text": synthetic_text(i)} for i in range(n)]
