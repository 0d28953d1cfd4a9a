"""Articles to ingest from what a user names: files, folders of articles, saved feeds.

A folder gives its article files (plain text or saved pages, in name order, hidden files
and sub-folders left out); a saved RSS or Atom file gives one article per entry, its
publication date taken from the entry. Everything is read before anything is stored, so
a file that cannot be read stops the batch with a message naming it.
"""

from __future__ import annotations

import datetime as dt
import html
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import feedparser

from willing.ingest.decode import read_file
from willing.ingest.errors import IngestError

#: files a folder is read for: plain text, saved pages, saved feeds
ARTICLE_SUFFIXES = frozenset({".txt", ".text", ".html", ".htm", ".xml", ".rss", ".atom"})


@dataclass(frozen=True)
class Article:
    """One article to ingest: a name for messages, its bytes, its own publication date."""

    name: str
    data: bytes
    published: dt.date | None = None


def is_feed(data: bytes) -> bool:
    """Whether the bytes are an RSS or Atom document (judged by its first elements)."""
    head = data[:2048].lstrip().lower()
    if not head.startswith(b"<"):
        return False
    return any(tag in head for tag in (b"<rss", b"<feed", b"<rdf:rdf"))


def collect(paths: list[Path]) -> list[Article]:
    """The articles of every path, in the order given (a folder's in name order)."""
    out: list[Article] = []
    for path in paths:
        if path.is_dir():
            files = sorted(
                p
                for p in path.iterdir()
                if p.suffix.lower() in ARTICLE_SUFFIXES and not p.name.startswith(".")
            )
            if not files:
                raise IngestError(f"{path}: no articles (.txt, .html, .xml) in this folder")
            for file in files:
                out.extend(_read(file))
        else:
            out.extend(_read(path))
    return out


def _read(path: Path) -> list[Article]:
    data = read_file(path)
    if is_feed(data):
        return feed_articles(data, str(path))
    return [Article(path.name, data)]


def feed_articles(data: bytes, what: str) -> list[Article]:
    """One article per entry of a saved feed: its title and content (or summary) as a page.

    A feed that cannot be parsed, or has no entries, is an error naming the file.
    """
    parsed: Any = feedparser.parse(data)
    entries = list(parsed.get("entries") or [])
    if not entries:
        problem = parsed.get("bozo_exception")
        detail = f": {problem}" if parsed.get("bozo") and problem else ""
        raise IngestError(f"{what}: a feed with no entries{detail}")
    out: list[Article] = []
    for n, entry in enumerate(entries, start=1):
        title = str(entry.get("title") or "").strip()
        body = _body(entry)
        if not (title or body):
            continue
        page = (
            f"<html><head><title>{html.escape(title)}</title></head>"
            f"<body><h1>{html.escape(title)}</h1>{body}</body></html>"
        )
        name = str(entry.get("link") or entry.get("id") or f"{Path(what).name}#{n}")
        out.append(Article(name, page.encode("utf-8"), _entry_date(entry)))
    if not out:
        raise IngestError(f"{what}: no entry of the feed has a title or text")
    return out


def _body(entry: Any) -> str:
    """The entry's fullest text: its content, else its summary (HTML kept for the reader)."""
    for content in entry.get("content") or []:
        value = str(content.get("value") or "").strip()
        if value:
            return value if "<" in value else f"<p>{html.escape(value)}</p>"
    summary = str(entry.get("summary") or "").strip()
    return summary if "<" in summary else f"<p>{html.escape(summary)}</p>" if summary else ""


def _entry_date(entry: Any) -> dt.date | None:
    for key in ("published_parsed", "updated_parsed", "created_parsed"):
        value = entry.get(key)
        if isinstance(value, time.struct_time):
            return dt.date(value.tm_year, value.tm_mon, value.tm_mday)
    return None
