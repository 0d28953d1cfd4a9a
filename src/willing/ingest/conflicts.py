"""Source conflicts: two sources disagree on a fact (the Paris summit on 6 or 7 January).

Ingestion raises a conflict when a proposed meeting matches a known one (same place,
dates at most a day apart) but gives another date. The reviewer picks one claim, which
then holds, or keeps both, which leaves the record as it is and closes the question.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Connection, select, update

from willing.domain.diplomacy import Meeting
from willing.domain.errors import NotFound, WillingError
from willing.domain.labels import may_see
from willing.ingest.drafts import PENDING, REJECTED, now
from willing.services.access import Registry
from willing.storage import audit, rows
from willing.storage.schema import TABLES, drafts
from willing.storage.schema import conflicts as table

OPEN, RESOLVED, KEPT_BOTH = "open", "resolved", "kept_both"


@dataclass(frozen=True)
class Conflict:
    """A disputed field of a record (or of an earlier draft) and each source's claim."""

    id: str
    subject_kind: str
    subject_id: str
    field: str
    claims: list[dict[str, Any]]
    status: str
    resolution: dict[str, Any] | None

    def as_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "subject": f"{self.subject_kind}/{self.subject_id}",
            "field": self.field,
            "status": self.status,
            "claims": self.claims,
            "resolution": self.resolution,
        }


def same_place(a: str | None, b: str | None) -> bool:
    """'Paris' and 'Paris, Élysée Palace' name one place."""
    if not a or not b:
        return False
    x, y = a.casefold().split(",")[0].strip(), b.casefold().split(",")[0].strip()
    return x == y or x in y or y in x


def _days(a: str | dt.date | None, b: str | dt.date | None) -> int | None:
    if a is None or b is None:
        return None
    da = a if isinstance(a, dt.date) else dt.date.fromisoformat(str(a))
    db = b if isinstance(b, dt.date) else dt.date.fromisoformat(str(b))
    return abs((da - db).days)


def _draft_claim(draft: dict[str, Any], text: str | None) -> dict[str, Any]:
    payload = (
        json.loads(draft["payload"]) if isinstance(draft["payload"], str) else draft["payload"]
    )
    start, end = (payload.get("evidence") or {}).get(
        "date", [draft["span_start"], draft["span_end"]]
    )
    quote = text[start:end] if text is not None and start is not None else draft.get("quote")
    return {
        "value": payload.get("date"),
        "source": draft["source_id"],
        "draft": draft["id"],
        "start": start,
        "end": end,
        "quote": quote,
    }


def _record_claim(meeting: Meeting) -> dict[str, Any]:
    """The registry's claim, with the evidence that backs its date (spanless sources first)."""
    backing = sorted(meeting.evidence, key=lambda e: e.start is not None)
    first = backing[0] if backing else None
    return {
        "value": meeting.date.isoformat(),
        "source": first.source if first else None,
        "record": f"meetings/{meeting.id}",
        "start": first.start if first else None,
        "end": first.end if first else None,
        "quote": first.quote if first else None,
    }


def _conflict_id(*parts: str) -> str:
    return "conflict-" + hashlib.sha256("|".join(parts).encode()).hexdigest()[:12]


def detect(
    conn: Connection,
    registry: Registry,
    source: str,
    text: str,
    new: list[dict[str, Any]],
) -> list[str]:
    """Store a conflict for each new meeting draft whose date disagrees with a known meeting.

    Only meetings, and drafts of sources, that the ingesting viewer may see are compared:
    a conflict must not reveal that a hidden meeting exists.
    """
    if not new:
        return []
    meetings = [
        m
        for m in rows.read(conn, "meetings")
        if isinstance(m, Meeting) and may_see(m.label, registry.tokens)
    ]
    others = list(
        conn.execute(
            select(drafts).where(
                drafts.c.item_type == "meeting",
                drafts.c.source_id != source,
                drafts.c.status != REJECTED,
                drafts.c.source_id.in_(registry.visible_ids("sources")),
            )
        ).mappings()
    )
    found: list[dict[str, Any]] = []
    for draft in new:
        payload = json.loads(draft["payload"])
        date, place = payload.get("date"), payload.get("place")
        claim = _draft_claim(draft, text)
        for meeting in meetings:
            if same_place(place, meeting.place) and _days(date, meeting.date) == 1:
                found.append(
                    {
                        "subject_kind": "meetings",
                        "subject_id": meeting.id,
                        "claims": [_record_claim(meeting), claim],
                    }
                )
        for other in others:
            theirs = json.loads(other["payload"])
            if same_place(place, theirs.get("place")) and _days(date, theirs.get("date")) == 1:
                found.append(
                    {
                        "subject_kind": "drafts",
                        "subject_id": other["id"],
                        "claims": [_draft_claim(dict(other), None), claim],
                    }
                )
    stamp = now()
    ids = []
    for item in found:
        cid = _conflict_id(item["subject_kind"], item["subject_id"], "date", source)
        ids.append(cid)
        conn.execute(
            table.insert().values(
                id=cid,
                subject_kind=item["subject_kind"],
                subject_id=item["subject_id"],
                field="date",
                claims=json.dumps(item["claims"], ensure_ascii=False),
                status=OPEN,
                resolution=None,
                created_at=stamp,
                resolved_at=None,
            )
        )
    return ids


def detect_claims(
    conn: Connection, registry: Registry, source: str, new: list[dict[str, Any]]
) -> list[str]:
    """Store a conflict for each subject this source states differently from another source.

    Only claims of sources the ingesting viewer may see are compared.
    """
    if not new:
        return []
    others = list(
        conn.execute(
            select(drafts).where(
                drafts.c.item_type == "claim",
                drafts.c.source_id != source,
                drafts.c.status != REJECTED,
                drafts.c.source_id.in_(registry.visible_ids("sources")),
            )
        ).mappings()
    )
    stamp = now()
    ids: list[str] = []
    for draft in new:
        mine = json.loads(draft["payload"])
        for other in others:
            theirs = json.loads(other["payload"])
            if theirs["subject"] != mine["subject"] or theirs["value"] == mine["value"]:
                continue
            cid = _conflict_id("claims", mine["subject"], other["source_id"], source)
            if cid in ids:
                continue
            ids.append(cid)
            claims = [
                {
                    "value": d_payload["value"],
                    "source": d["source_id"],
                    "draft": d["id"],
                    "start": d["span_start"],
                    "end": d["span_end"],
                    "quote": d["quote"],
                }
                for d, d_payload in ((other, theirs), (draft, mine))
            ]
            conn.execute(
                table.insert().values(
                    id=cid,
                    subject_kind="claims",
                    subject_id=mine["subject"],
                    field="value",
                    claims=json.dumps(claims, ensure_ascii=False),
                    status=OPEN,
                    resolution=None,
                    created_at=stamp,
                    resolved_at=None,
                )
            )
    return ids


def _from_row(row: Any) -> Conflict:
    return Conflict(
        row["id"],
        row["subject_kind"],
        row["subject_id"],
        row["field"],
        json.loads(row["claims"]),
        row["status"],
        json.loads(row["resolution"]) if row["resolution"] else None,
    )


def _visible(registry: Registry, conflict: Conflict) -> bool:
    """A conflict shows only if the viewer may see its subject and every source it cites."""
    try:
        if conflict.subject_kind == "meetings":
            registry.get("meetings", conflict.subject_id)
        for claim in conflict.claims:
            if claim.get("source"):
                registry.get("sources", claim["source"])
    except NotFound:
        return False
    return True


def listing(registry: Registry, status: str | None = OPEN) -> list[Conflict]:
    """Conflicts (open ones by default) the viewer may see."""
    stmt = select(table).order_by(table.c.created_at, table.c.id)
    if status:
        stmt = stmt.where(table.c.status == status)
    with registry.store.engine.connect() as conn:
        found = [_from_row(r) for r in conn.execute(stmt).mappings()]
    return [c for c in found if _visible(registry, c)]


def resolve(registry: Registry, conflict_id: str, pick: int | None) -> Conflict:
    """Pick claim number `pick` (1-based) as the fact, or keep both when `pick` is None."""
    from willing.ingest.queue import require_reviewer

    require_reviewer(registry)
    found = [c for c in listing(registry, None) if c.id == conflict_id]
    if not found:
        raise NotFound(f"no conflict '{conflict_id}'")
    conflict = found[0]
    if conflict.status != OPEN:
        raise WillingError(f"conflict '{conflict_id}' is already {conflict.status}")
    if pick is not None and not 1 <= pick <= len(conflict.claims):
        raise WillingError(f"choose a claim between 1 and {len(conflict.claims)}")
    chosen = conflict.claims[pick - 1] if pick is not None else None
    with registry.store.transaction() as conn:
        if chosen is not None:
            _apply(conn, conflict, chosen)
        resolution = {"picked": chosen} if chosen else {"kept": "both"}
        conn.execute(
            update(table)
            .where(table.c.id == conflict_id)
            .values(
                status=RESOLVED if chosen else KEPT_BOTH,
                resolution=json.dumps(resolution, ensure_ascii=False),
                resolved_at=now(),
            )
        )
        audit.append(
            conn, str(registry.viewer), "conflict", {"conflict": conflict_id, **resolution}
        )
    return [c for c in listing(registry, None) if c.id == conflict_id][0]


def _apply(conn: Connection, conflict: Conflict, chosen: dict[str, Any]) -> None:
    """Make the chosen claim hold: on the registry's meeting, or on every pending draft."""
    value = chosen["value"]
    if conflict.subject_kind == "meetings":
        meetings = TABLES["meetings"]
        conn.execute(
            update(meetings)
            .where(meetings.c.id == conflict.subject_id)
            .values(date=dt.date.fromisoformat(value))
        )
        return
    key = "value" if conflict.subject_kind == "claims" else conflict.field
    for claim in conflict.claims:
        draft_id = claim.get("draft")
        row = conn.execute(select(drafts).where(drafts.c.id == draft_id)).mappings().first()
        if row is None or row["status"] != PENDING:
            continue
        if claim is not chosen and conflict.subject_kind == "claims":
            # the claim not picked is rejected: its source said otherwise
            conn.execute(update(drafts).where(drafts.c.id == draft_id).values(status=REJECTED))
            continue
        payload = json.loads(row["payload"])
        payload[key] = value
        conn.execute(
            update(drafts).where(drafts.c.id == draft_id).values(payload=json.dumps(payload))
        )
