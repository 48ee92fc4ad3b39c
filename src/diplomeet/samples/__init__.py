"""The bundled sample reports: the five seed reports diplomeet started from.

They are package data, so `diplomeet parse --sample` works on any install.
"""

from __future__ import annotations

from importlib.resources import files

__all__ = ["sample_names", "sample_texts"]


def sample_names() -> list[str]:
    """The file names of the bundled sample reports, sorted."""
    return sorted(p.name for p in files(__name__).iterdir() if p.name.endswith(".txt"))


def sample_texts() -> list[str]:
    """The texts of the bundled sample reports, in the order of `sample_names`.

    Examples:
        >>> import diplomeet
        >>> len(diplomeet.sample_texts())
        5
    """
    root = files(__name__)
    return [root.joinpath(n).read_text(encoding="utf-8") for n in sample_names()]
