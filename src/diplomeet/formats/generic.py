"""The `generic` source format: any other page (reprints, aggregators, translations).

It has no marks of its own: it scores a small constant so that it is the
fallback, and reads the envelope with the same shared logic, taking a
publication date from any header line it knows.
"""

from __future__ import annotations

from diplomeet.formats._layout import HEADERS, LayoutFormat

__all__ = ["GENERIC"]

GENERIC = LayoutFormat("generic", headers=tuple(HEADERS), base=0.1)
"""Everything else."""
