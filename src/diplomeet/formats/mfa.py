"""The `mfa` source format: Chinese Foreign Ministry pages and their embassy mirrors.

Marks: the breadcrumb (`Home > Important News of China`), the `Suggest To A
Friend` widget, a headline `<Name> Meets with ...` / `Holds Talks with` /
`Has a Phone Call with`, and a first paragraph `On <Month D, YYYY> ... met
with`; against: another ministry's masthead (`MINISTRY OF FOREIGN AFFAIRS, REPUBLIC OF
KOREA`). Reads the publication date from a timestamp line (`2017-08-06 10:33`).
"""

from __future__ import annotations

from diplomeet.formats._layout import HEADERS, HSPACE, LayoutFormat, mark

__all__ = ["MFA", "SUGGEST_TO_A_FRIEND"]

_H = HSPACE
_MONTH = (
    r"(?:January|February|March|April|May|June|July|August|September|October|November|"
    r"December|Jan\.|Feb\.|Aug\.|Sept?\.|Oct\.|Nov\.|Dec\.)"
)
SUGGEST_TO_A_FRIEND = rf"uggest{_H}{{1,3}}(?:To|to|TO){_H}{{1,3}}[Aa]{_H}{{1,3}}[Ff]riend"
"""The ministry's sharing widget (`Suggest To A Friend:`); the literal `uggest` scans fast."""

_MET = (
    r"(?:met|held talks|had talks|had a phone call|held a phone call|held phone talks|"
    r"had a video call|held a video call|held video talks|spoke on the phone|"
    r"talked over the phone) with"
)

MFA = LayoutFormat(
    "mfa",
    # Marks start with a literal (and are case-sensitive) so that the regex engine
    # can scan for them quickly.
    marks=(
        # Any site has a breadcrumb: alone it must not outvote `generic` (0.1).
        mark(rf"Home{_H}{{0,3}}[>»›]", 0.05),
        mark(SUGGEST_TO_A_FRIEND, 0.6),
        mark(
            r"(?:Meets|Holds Talks|Has Talks|Has a Phone Call|Holds a Phone Call|"
            r"Holds Phone Talks|Has a Video Call|Holds a Video Call|Holds Video Talks|"
            r"Speaks on the Phone|Talks over the Phone) [Ww]ith\b",
            0.5,
        ),
        mark(rf"On {_MONTH} \d{{1,2}}, \d{{4}}\b[^\n]{{0,400}}?\b{_MET}\b", 0.5),
        mark(
            r"Important News of China|Foreign Minister Wang Yi's Activities|"
            r"Ministry of Foreign Affairs of the People's Republic of China|fmprc\.gov\.cn|"
            r"Embassy of the People's Republic of China",
            0.3,
        ),
        # Another ministry's masthead: its headlines say `Meets with` too.
        mark(
            r"MINISTRY OF FOREIGN AFFAIRS(?![ \t,]+(?:OF[ \t]+)?(?:THE[ \t]+)?PEOPLE'S)"
            r"|Ministry of Foreign Affairs of (?:Japan|the Republic of Korea)|mofa\.go\.(?:jp|kr)",
            -0.5,
        ),
    ),
    headers=tuple(HEADERS),
)
"""Chinese Foreign Ministry pages (the ministry's site and its mirrors)."""
