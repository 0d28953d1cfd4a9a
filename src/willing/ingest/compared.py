"""What a batch's new drafts are compared with when conflicts are looked for.

A batch of articles is stored in one write transaction (writes are serialised), so the
meetings and the other sources' drafts a new draft can disagree with change only by the
batch's own drafts. They are read once per batch, not once per article (which made a
folder of n articles cost n² row reads), and each article's drafts are added as it is
stored. Meeting drafts are indexed by their day, since a draft meeting matches another
only a few days apart; every lookup returns drafts in the order they were stored, so the
conflicts raised, and their order, are those of reading the table each time.

Only what the ingesting viewer may see is held: meetings by their label, drafts by
their source (`Registry.visible_ids`). A batch's own drafts come from sources the viewer
stored or was allowed to reuse, so they are visible to him as well.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from typing import TYPE_CHECKING, Any

from willing.domain.diplomacy import Meeting
from willing.domain.labels import may_see
from willing.ingest.drafts import Draft
from willing.services.access import Registry
from willing.storage import drafts as stored_drafts
from willing.storage import rows

if TYPE_CHECKING:
    from willing.storage.engine import Connection


def day(value: Any) -> dt.date | None:
    """A date field as a date (ISO text or a date), or None when it names none."""
    if value is None or isinstance(value, dt.date):
        return value
    try:
        return dt.date.fromisoformat(str(value))
    except ValueError:
        return None


class Compared:
    """The visible meetings, and the visible meeting and claim drafts, of one batch."""

    def __init__(self, conn: Connection, registry: Registry) -> None:
        self._conn, self._registry = conn, registry
        self._meetings: list[Meeting] | None = None
        self._loaded = False
        self._order = 0
        #: meeting drafts by day ordinal, each with its place in storing order
        self._by_day: dict[int, list[tuple[int, Draft]]] = defaultdict(list)
        #: claim drafts by subject, each with its place in storing order
        self._claims: dict[Any, list[tuple[int, Draft]]] = defaultdict(list)

    def meetings(self) -> list[Meeting]:
        """The meetings the viewer may see (a batch stores none)."""
        if self._meetings is None:
            self._meetings = [
                m
                for m in rows.read(self._conn, "meetings")
                if isinstance(m, Meeting) and may_see(m.label, self._registry.tokens)
            ]
        return self._meetings

    def _load(self) -> None:
        if self._loaded:
            return
        self._loaded = True
        visible = self._registry.visible_ids("sources")
        for kind in ("meeting", "claim"):
            self._index(stored_drafts.others(self._conn, kind, sources=visible))

    def _index(self, drafts: list[Draft]) -> None:
        for draft in drafts:
            self._order += 1
            if draft.item_type == "meeting":
                when = day(draft.payload.get("date"))
                if when is not None:  # a meeting draft without a day matches nothing
                    self._by_day[when.toordinal()].append((self._order, draft))
            elif draft.item_type == "claim":
                self._claims[draft.payload["subject"]].append((self._order, draft))

    def add(self, drafts: list[Draft]) -> None:
        """An article's drafts, just stored: later articles of the batch compare with them.
        (Called before its own conflicts are looked for, so a first read of the tables,
        which holds them, never meets them twice; its own drafts are never compared, being
        of its source.)"""
        if self._loaded:
            self._index(drafts)

    def meeting_drafts(self, when: Any, days: int, besides: str) -> list[Draft]:
        """Meeting drafts of other sources dated at most `days` from `when`, in storing order."""
        self._load()
        start = day(when)
        if start is None:
            return []
        first = start.toordinal()
        near = [
            hit
            for ordinal in range(first - days, first + days + 1)
            for hit in self._by_day.get(ordinal, ())
            if hit[1].source != besides
        ]
        return [d for _, d in sorted(near, key=lambda hit: hit[0])]

    def claims(self, subject: Any, besides: str) -> list[Draft]:
        """Claim drafts of other sources on `subject`, in storing order."""
        self._load()
        return [d for _, d in self._claims.get(subject, ()) if d.source != besides]
