"""The `xinhua` source format: Xinhua wire copy, on Xinhua's sites and reprinted.

Marks: the dateline `BEIJING, May 24 (Xinhua) --`, photo credits
`(Xinhua/<Photographer>)`, the publication line `Xinhua) 09:22, May 25, 2023`
and the `Source: Xinhua | <date>` header. Signs of another site's page around
the story (`Font size:A+A-`, a `BJT` header, `Suggest To A Friend`, CGTN/CCTV
credits) count against, so that a CGTN page carrying a Xinhua story is CGTN's.
"""

from __future__ import annotations

from diplomeet.formats._layout import HEADERS, HSPACE, LayoutFormat, mark
from diplomeet.formats.mfa import SUGGEST_TO_A_FRIEND

__all__ = ["XINHUA"]

_H = HSPACE

XINHUA = LayoutFormat(
    "xinhua",
    # Marks start with a literal (and are case-sensitive) so that the regex engine
    # can scan for them quickly.
    marks=(
        mark(rf"\((?:Xinhua|XINHUA)\){_H}{{0,3}}(?:--|—|–|-|:)", 0.6),
        mark(r"\(Xinhua/", 0.5),
        mark(rf"Xinhua\){_H}{{0,3}}\d{{1,2}}:\d{{2}},", 0.8),
        mark(rf"Source{_H}{{0,3}}:{_H}{{0,3}}Xinhua{_H}{{0,3}}\|", 0.7),
        mark(r"news\.cn", 0.5),
        mark(r"xinhuanet\.com", 0.5),
        # Another site's page around a Xinhua story.
        mark(r"Font [Ss]ize", -0.4),
        mark(r"BJT\b|GMT\s?\+\s?8", -0.3),
        mark(SUGGEST_TO_A_FRIEND, -0.4),
        mark(r"\(Photo/|/CGTN\)|CGTN|CCTV", -0.2),
    ),
    headers=tuple(HEADERS),
)
"""Xinhua wire copy."""
