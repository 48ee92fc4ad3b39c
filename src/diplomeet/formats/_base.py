"""What a source format produces: the envelope around the story."""

from __future__ import annotations

import datetime as dt
from typing import Protocol, runtime_checkable

from attrs import field, frozen

from diplomeet.model import Caption, Dateline, Span

__all__ = ["Envelope", "SourceFormat"]


@frozen
class Envelope:
    """What a page says about itself, and where its story is.

    A format's `envelope` builds one from the raw text; every span indexes
    that text. The envelope is the border between page layout (formats) and
    language (meetings and statements): later stages read only the story
    paragraphs and the facts here.
    """

    source: str
    """The name of the format that read the page."""
    title: str | None = None
    """The headline, stripped."""
    title_span: Span | None = None
    """Where the headline stands."""
    published: dt.date | None = None
    """The publication date from the page's own header."""
    dateline: Dateline | None = None
    """The wire dateline, if any."""
    captions: tuple[Caption, ...] = ()
    """Photo captions (not statements, but facts: a caption often dates and places the meeting)."""
    story: tuple[Span, ...] = ()
    """The story's paragraphs, in order, furniture and captions left out."""
    furniture: tuple[Span, ...] = ()
    """Lines recognised as page furniture (breadcrumbs, widgets, bylines ...)."""
    metadata_date: dt.date | None = None
    """A date from a metadata block (a video page's `Date : Feb 16, 2017`)."""
    metadata_location: str | None = None
    """A place as written in a metadata block (a video page's `Location(s) : Bonn, Germany`)."""
    copyright_year: int | None = None
    """The year of a copyright line at the page's foot (`© 2023 EFE`): a year for dates
    written without one when nothing else gives it (not a publication date)."""
    notes: tuple[str, ...] = field(default=())
    """Free-form remarks of the format about what it saw (for debugging)."""


@runtime_checkable
class SourceFormat(Protocol):
    """A source format: recognises its pages and reads their envelope.

    Implement this to add a format, and register it with
    [`register_format`][diplomeet.register_format] or through the
    `diplomeet.formats` entry-point group.
    """

    name: str
    """A short lowercase name (`mfa`, `xinhua`); it becomes `Report.source`."""

    def sniff(self, text: str) -> float:
        """How sure the format is that `text` is one of its pages, from 0 to 1."""
        ...

    def envelope(self, text: str) -> Envelope:
        """Separate the story from the page furniture and read the page's own facts."""
        ...
