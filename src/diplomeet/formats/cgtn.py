"""The `cgtn` source format: CGTN and CCTV English pages, video pages included.

Marks: a `Source:` header with `BJT` (`Source:Xinhua 17-09-21 09:01 Updated
BJT`, day-month-year) or `GMT+8` after a 24-hour clock (`2017-02-08 09:53 GMT+8`),
`Source:CCTV.com | 04-27-2009 13:29` (month-day-year), `Updated 21:07, 13-Jul-2025`,
`(Photo/...)` and `/CGTN)` credits, the names CGTN and CCTV, and a video page's
metadata block; `Editor:`, `Share this:` and `Font size:A+A-`, which many sites
have, only break ties.
"""

from __future__ import annotations

from diplomeet.formats._layout import HEADERS, HSPACE, LayoutFormat, mark

__all__ = ["CGTN"]

_H = HSPACE

CGTN = LayoutFormat(
    "cgtn",
    # Marks start with a literal (and are case-sensitive) so that the regex engine
    # can scan for them quickly.
    marks=(
        mark(r"BJT\b", 0.8),
        # `2017-02-08 09:53 GMT+8`, a 24-hour clock (not a wire's `4:52 PM GMT+8`).
        mark(rf"GMT(?<=\d\d:\d\d[ \t]GMT){_H}?\+{_H}?8", 0.6),
        # A widget many sites have: only a tie-breaker.
        mark(rf"Font [Ss]ize{_H}{{0,3}}:?{_H}{{0,3}}A{_H}{{0,3}}\+", 0.05),
        mark(rf"Source{_H}{{0,3}}:{_H}{{0,3}}CCTV\.com", 0.8),
        mark(
            rf"Updated{_H}{{1,3}}\d{{1,2}}:\d{{2}},{_H}{{0,3}}\d{{1,2}}-[A-Z][a-z]{{2}}-\d{{4}}",
            0.8,
        ),
        mark(rf"Editor{_H}{{0,3}}:", 0.05),  # on many sites: only a tie-breaker
        mark(rf"Share this{_H}{{0,3}}:?", 0.05),
        mark(r"\(Photo/", 0.5),
        mark(r"/CGTN\)", 0.6),
        mark(r"CGTN", 0.35),
        mark(r"CCTV", 0.35),
        mark(rf"Location\(s\){_H}{{0,3}}:", 0.4),
        mark(rf"(?:SHOTLIST|STORYLINE){_H}{{0,3}}:", 0.3),
    ),
    headers=tuple(HEADERS),
)
"""CGTN and CCTV English pages."""
