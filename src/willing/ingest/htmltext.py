"""A saved web page to article text: drop scripts, navigation and promotions, keep paragraphs."""

from __future__ import annotations

import datetime as dt
import re
from html.parser import HTMLParser

from willing.ingest import rules

_HTML_START = re.compile(
    r"\A\s*(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html|head|body)\b", re.I | re.S
)
_TAGS = re.compile(r"</?(?:p|div|br|span|a|body|html|h[1-6]|article|section|li)\b[^>]*>", re.I)
_VOID = frozenset(
    [
        "area",
        "base",
        "br",
        "col",
        "embed",
        "hr",
        "img",
        "input",
        "link",
        "meta",
        "param",
        "source",
        "track",
        "wbr",
    ]
)


def looks_like_html(text: str) -> bool:
    """True for a web page or a fragment with a fair number of HTML tags."""
    if "<" not in text:
        return False
    if _HTML_START.match(text):
        return True
    return len(_TAGS.findall(text[:20000])) >= 3


class _PageParser(HTMLParser):
    """Collects visible article text; tracks the elements whose content is skipped."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        data = rules.load("text")
        self.skip_tags = frozenset(data["html_skip_tags"])
        self.block_tags = frozenset(data["html_block_tags"])
        self.markers = tuple(str(m) for m in data["html_skip_markers"])
        self.date_meta = frozenset(str(m).lower() for m in data["html_date_meta"])
        self.parts: list[str] = []
        self.all_parts: list[str] = []
        self.stack: list[tuple[str, bool]] = []
        self.skipping = 0
        self.title: str | None = None
        self.h1: str | None = None
        self.published: str | None = None
        self._in_title = False
        self._in_h1 = False

    def _skips(self, tag: str, attrs: list[tuple[str, str | None]]) -> bool:
        if tag in self.skip_tags:
            return True
        for name, value in attrs:
            if name in ("class", "id", "role") and value:
                words = re.split(r"[\s_]+", value.lower())
                if any(w == m or w.startswith(m + "-") for w in words for m in self.markers):
                    return True
                if name == "role" and value.lower() in ("navigation", "banner", "contentinfo"):
                    return True
        return False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "meta":
            self._meta(attrs)
            return
        if tag == "title":
            self._in_title = True
        if tag == "h1":
            self._in_h1 = True
        if tag in self.block_tags:
            self._emit("\n")
        if tag in _VOID:
            return
        skips = self._skips(tag, attrs)
        self.stack.append((tag, skips))
        if skips:
            self.skipping += 1

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "meta":
            self._meta(attrs)
        elif tag in self.block_tags:
            self._emit("\n")

    def handle_endtag(self, tag: str) -> None:
        if tag == "title":
            self._in_title = False
        if tag == "h1":
            self._in_h1 = False
        if tag in self.block_tags:
            self._emit("\n")
        # close up to the matching open tag; unmatched end tags are ignored (broken HTML)
        for depth in range(len(self.stack) - 1, -1, -1):
            if self.stack[depth][0] == tag:
                for _, skips in self.stack[depth:]:
                    if skips:
                        self.skipping -= 1
                del self.stack[depth:]
                break

    def handle_data(self, data: str) -> None:
        if self._in_title and self.title is None and data.strip():
            self.title = data.strip()
        if self._in_h1 and self.h1 is None and data.strip():
            self.h1 = data.strip()
        if self.stack and self.stack[-1][0] in ("title", "head"):
            return
        self._emit(data)

    def _emit(self, data: str) -> None:
        self.all_parts.append(data)
        if not self.skipping:
            self.parts.append(data)

    def _meta(self, attrs: list[tuple[str, str | None]]) -> None:
        found = dict(attrs)
        key = (found.get("property") or found.get("name") or found.get("itemprop") or "").lower()
        if key in self.date_meta and self.published is None and found.get("content"):
            self.published = found["content"]


def html_to_text(page: str) -> tuple[str, str | None, dt.date | None]:
    """Visible text of a page, its title and the publication date its meta tags give."""
    parser = _PageParser()
    parser.feed(page)
    parser.close()
    text = "".join(parser.parts)
    if not text.strip() and "".join(parser.all_parts).strip():
        # an unclosed navigation element swallowed the page: keep everything instead
        text = "".join(parser.all_parts)
    return text, parser.h1 or parser.title, _parse_date(parser.published)


def _parse_date(value: str | None) -> dt.date | None:
    if not value:
        return None
    match = re.match(r"\s*(\d{4})-(\d{2})-(\d{2})", value)
    if not match:
        return None
    try:
        return dt.date(int(match[1]), int(match[2]), int(match[3]))
    except ValueError:
        return None
