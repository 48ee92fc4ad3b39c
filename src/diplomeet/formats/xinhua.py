"""The `xinhua` source format (placeholder until the envelope reader lands)."""

from __future__ import annotations

from diplomeet.formats._base import Envelope

__all__ = ["XINHUA"]


class _Format:
    name = "xinhua"

    def sniff(self, text: str) -> float:
        return 0.9 if "(Xinhua)" in text else 0.0

    def envelope(self, text: str) -> Envelope:
        return Envelope(source=self.name, story=((0, len(text)),) if text.strip() else ())


XINHUA = _Format()
