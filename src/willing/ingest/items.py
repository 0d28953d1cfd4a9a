"""What the extractor returns: items with a type, a value, a span and a confidence."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any

#: Item types, in the order reports list them.
ITEM_TYPES = (
    "meeting",
    "date",
    "count",
    "person",
    "party",
    "figure",
    "commitment",
    "condition",
    "position",
    "claim",
)


@dataclass(frozen=True)
class Item:
    """One proposed fact: `value` is plain JSON data; [start, end) points into the text."""

    type: str
    value: dict[str, Any]
    start: int
    end: int
    confidence: float

    def quote(self, text: str) -> str:
        """The words the item was read from."""
        return text[self.start : self.end]

    def as_dict(self, text: str | None = None) -> dict[str, Any]:
        """JSON-ready form, with the quote when the text is given."""
        out: dict[str, Any] = {
            "type": self.type,
            "value": self.value,
            "start": self.start,
            "end": self.end,
            "confidence": round(self.confidence, 2),
        }
        if text is not None:
            out["quote"] = self.quote(text)
        return out


def position(
    party: str, issue: str, stance: str, as_of: dt.date | None, start: int, end: int, conf: float
) -> Item:
    """A state's position on an issue as of the article's date: one shape for every reader."""
    value = {
        "party": party,
        "issue": issue,
        "stance": stance,
        "as_of": as_of.isoformat() if as_of else None,
    }
    return Item("position", value, start, end, conf)


@dataclass
class Extraction:
    """The normalised text of an article and the items proposed from it."""

    text: str
    language: str | None = None
    published: dt.date | None = None
    title: str | None = None
    items: list[Item] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)

    def of_type(self, item_type: str) -> list[Item]:
        """Items of one type, in text order."""
        return [i for i in self.items if i.type == item_type]

    def as_dict(self) -> dict[str, Any]:
        """JSON-ready form of the whole extraction."""
        return {
            "language": self.language,
            "published": self.published.isoformat() if self.published else None,
            "title": self.title,
            "warnings": list(self.warnings),
            "items": [i.as_dict(self.text) for i in self.items],
        }
