"""The `mfa` source format (placeholder until the envelope reader lands)."""

from __future__ import annotations

from diplomeet.formats._base import Envelope

__all__ = ["MFA"]


class _Format:
    name = "mfa"

    def sniff(self, text: str) -> float:
        return 0.0

    def envelope(self, text: str) -> Envelope:
        return Envelope(source=self.name, story=((0, len(text)),) if text.strip() else ())


MFA = _Format()
