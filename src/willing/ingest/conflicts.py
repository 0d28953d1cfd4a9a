"""Source conflicts: two sources disagree on a fact (the Paris summit on 6 or 7 January).

Ingestion raises a conflict when a proposed meeting matches a known one (same place and
dates at most `WINDOW` days apart, or the same day when one side names no place) but
gives another date, format, host or number of countries or of heads: one conflict per
field. Accepting a draft that links to a known meeting raises the same conflicts (once).
The reviewer picks one claim, which then holds, or keeps both, which leaves the record
as it is and closes the question.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from collections.abc import Iterable, Sequence
from enum import Enum
from typing import TYPE_CHECKING, Any, NamedTuple

from willing.domain.diplomacy import Meeting
from willing.domain.errors import NotFound, WillingError
from willing.ingest.compared import Compared, day
from willing.ingest.drafts import PENDING, REJECTED, Draft, now
from willing.ingest.meeting_place import same_place_key
from willing.services.access import Registry
from willing.services.permissions import Action, require
from willing.storage import conflicts as stored
from willing.storage import drafts as stored_drafts
from willing.storage import writes
from willing.storage.conflicts import KEPT_BOTH as KEPT_BOTH
from willing.storage.conflicts import OPEN as OPEN
from willing.storage.conflicts import RESOLVED as RESOLVED
from willing.storage.conflicts import Conflict as Conflict

if TYPE_CHECKING:
    from willing.storage.engine import Connection


def same_place(a: str | None, b: str | None) -> bool:
    """'Paris' and 'Paris, Élysée Palace' name one place; so do 'Roma' and 'Rome' (a place
    is compared by its English name)."""
    if not a or not b:
        return False
    x, y = (same_place_key(p.split(",")[0].strip()) for p in (a, b))
    return x == y or x in y or y in x


#: A draft meeting matches a known one at the same place up to this many days apart.
WINDOW = 3

#: Meeting fields compared once a draft is matched to a known meeting (place matches it).
MEETING_FIELDS = ("date", "format", "host", "countries_count", "heads_count")


def _days(a: str | dt.date | None, b: str | dt.date | None) -> int | None:
    da, db = day(a), day(b)
    return None if da is None or db is None else abs((da - db).days)


def apart(payload: dict[str, Any], date: Any, place: str | None) -> int | None:
    """Days between a draft meeting and a meeting (record or draft) it matches, else None.

    They match at the same place up to `WINDOW` days apart, or on the same day when
    either of them names no place.
    """
    days = _days(payload.get("date"), date)
    if days is None:
        return None
    mine = payload.get("place")
    if mine and place:
        return days if same_place(mine, place) and days <= WINDOW else None
    return days if days == 0 else None


def match_meeting(payload: dict[str, Any], meetings: Iterable[Meeting]) -> Meeting | None:
    """The known meeting a draft meeting names (the nearest in time), if any."""
    found = [(d, m.id, m) for m in meetings if (d := apart(payload, m.date, m.place)) is not None]
    return min(found, key=lambda x: (x[0], x[1]))[2] if found else None


def _plain(value: Any) -> Any:
    """A field value as JSON stores it: dates as ISO text, enumerations as their value."""
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, Enum):
        return value.value
    return value


def differences(payload: dict[str, Any], theirs: dict[str, Any]) -> list[str]:
    """Meeting fields both sides give, with different values."""
    out = []
    for name in MEETING_FIELDS:
        a, b = _plain(payload.get(name)), _plain(theirs.get(name))
        if a is None or b is None:
            continue
        if name.endswith("_count"):
            a, b = float(a), float(b)
        if a != b:
            out.append(name)
    return out


def _record_values(meeting: Meeting) -> dict[str, Any]:
    return {name: _plain(getattr(meeting, name)) for name in MEETING_FIELDS}


def _draft_claim(draft: Draft, text: str | None, name: str = "date") -> dict[str, Any]:
    payload = draft.payload
    start, end = (payload.get("evidence") or {}).get(name, [draft.start, draft.end])
    quote = text[start:end] if text is not None and start is not None else draft.quote
    return {
        "value": payload.get(name),
        "source": draft.source,
        "draft": draft.id,
        "start": start,
        "end": end,
        "quote": quote,
    }


def _record_claim(meeting: Meeting, name: str = "date") -> dict[str, Any]:
    """The registry's claim, with the evidence that backs it (spanless sources first)."""
    backing = sorted(meeting.evidence, key=lambda e: e.start is not None)
    first = backing[0] if backing else None
    return {
        "value": _plain(getattr(meeting, name)),
        "source": first.source if first else None,
        "record": f"meetings/{meeting.id}",
        "start": first.start if first else None,
        "end": first.end if first else None,
        "quote": first.quote if first else None,
    }


def _conflict_id(*parts: str) -> str:
    return "conflict-" + hashlib.sha256("|".join(parts).encode()).hexdigest()[:12]


class _Raised(NamedTuple):
    """A conflict found: its subject, the field disputed and each side's claim. Its id is
    made of the kind, the subject, `about` (the field, or for a claim the other source)
    and the new source."""

    kind: str
    subject: str
    field: str
    claims: list[dict[str, Any]]
    about: str


def detect(
    conn: Connection, compared: Compared, source: str, text: str, new: list[Draft]
) -> list[str]:
    """Store a conflict for each field in which a new meeting draft disagrees with the
    known meeting it matches (or with a matching draft of another source).

    Only meetings, and drafts of sources, that the ingesting viewer may see are compared
    (`compared` holds no other): a conflict must not reveal that a hidden meeting exists.
    """
    if not new:
        return []
    found: list[_Raised] = []
    for draft in new:
        payload = draft.payload
        meeting = match_meeting(payload, compared.meetings())
        if meeting is not None:
            for name in differences(payload, _record_values(meeting)):
                claims = [_record_claim(meeting, name), _draft_claim(draft, text, name)]
                found.append(_Raised("meetings", meeting.id, name, claims, name))
        for other in compared.meeting_drafts(payload.get("date"), WINDOW, besides=source):
            theirs = other.payload
            if apart(payload, theirs.get("date"), theirs.get("place")) is None:
                continue
            for name in differences(payload, theirs):
                claims = [_draft_claim(other, None, name), _draft_claim(draft, text, name)]
                found.append(_Raised("drafts", other.id, name, claims, name))
    return _store(conn, source, found)


def on_link(conn: Connection, meeting: Meeting, draft: Draft, text: str | None) -> list[str]:
    """Conflicts for the fields in which a draft linked to `meeting` disagrees with it.

    A conflict this source already raised on the same field (at ingestion, say) is not
    raised again. The caller has checked that the reviewer may see the meeting.
    """
    payload = draft.payload
    found = [
        _Raised(
            "meetings",
            meeting.id,
            name,
            [_record_claim(meeting, name), _draft_claim(draft, text, name)],
            name,
        )
        for name in differences(payload, _record_values(meeting))
    ]
    return _store(conn, draft.source, found)


def _store(conn: Connection, source: str, found: list[_Raised]) -> list[str]:
    """Insert the conflicts not stored yet (in one statement); the ids of all of them."""
    new: dict[str, dict[str, Any]] = {}
    for kind, subject, name, claims, about in found:
        cid = _conflict_id(kind, subject, about, source)
        new.setdefault(
            cid,
            {
                "id": cid,
                "subject_kind": kind,
                "subject_id": subject,
                "field": name,
                "claims": claims,
            },
        )
    known = stored.existing(conn, list(new))
    stored.add_many(conn, [row for cid, row in new.items() if cid not in known], now())
    return list(new)


def detect_claims(conn: Connection, compared: Compared, source: str, new: list[Draft]) -> list[str]:
    """Store a conflict for each subject this source states differently from another source.

    Only claims of sources the ingesting viewer may see are compared (`compared` holds no
    other).
    """
    found: list[_Raised] = []
    for draft in new:
        mine = draft.payload
        for other in compared.claims(mine["subject"], besides=source):
            if other.payload["value"] == mine["value"]:
                continue
            claims = [
                {
                    "value": d.payload["value"],
                    "source": d.source,
                    "draft": d.id,
                    "start": d.start,
                    "end": d.end,
                    "quote": d.quote,
                }
                for d in (other, draft)
            ]
            found.append(_Raised("claims", mine["subject"], "value", claims, other.source))
    return _store(conn, source, found)


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
    with registry.store.engine.connect() as conn:
        found = stored.listing(conn, status)
    return [c for c in found if _visible(registry, c)]


def resolve(
    registry: Registry, conflict_id: str, pick: int | None, note: str | None = None
) -> Conflict:
    """Pick claim number `pick` (1-based) as the fact, or keep both when `pick` is None;
    `note` says why, for the next reader (kept with the resolution and in the audit log)."""
    return resolve_many(registry, [conflict_id], pick, note)[0]


def resolve_many(
    registry: Registry, conflict_ids: Sequence[str], pick: int | None, note: str | None = None
) -> list[Conflict]:
    """Settle several conflicts the same way (claim `pick` of each holds, or both are kept),
    with one note, in one transaction: every conflict is checked first, and if one is
    missing, hidden, already settled or has no claim `pick`, none is settled."""
    require(registry.viewer, Action.RESOLVE_CONFLICT)
    if not conflict_ids:
        raise WillingError("name at least one conflict to settle")
    known = {c.id: c for c in listing(registry, None)}
    chosen: list[tuple[Conflict, dict[str, Any] | None]] = []
    for conflict_id in dict.fromkeys(conflict_ids):
        conflict = known.get(conflict_id)
        if conflict is None:
            raise NotFound(f"no conflict '{conflict_id}'")
        if conflict.status != OPEN:
            raise WillingError(f"conflict '{conflict_id}' is already {conflict.status}")
        if pick is not None and not 1 <= pick <= len(conflict.claims):
            raise WillingError(
                f"conflict '{conflict_id}': choose a claim between 1 and {len(conflict.claims)}"
            )
        chosen.append((conflict, conflict.claims[pick - 1] if pick is not None else None))
    with registry.store.transaction() as conn:
        touched: set[tuple[str, str]] = set()
        settled_now: list[dict[str, Any]] = []
        for conflict, claim in chosen:
            if claim is not None:
                touched |= _apply(conn, conflict, claim)
            resolution: dict[str, Any] = {"picked": claim} if claim else {"kept": "both"}
            if note and note.strip():
                resolution["note"] = note.strip()[:2000]
            stored.settle(conn, conflict.id, RESOLVED if claim else KEPT_BOTH, resolution)
            settled_now.append({"conflict": conflict.id, **resolution})
        # one entry for the decision, versioning each meeting a picked claim changed
        detail = settled_now[0] if len(settled_now) == 1 else {"conflicts": settled_now}
        writes.record_touched(
            conn, touched, actor=registry.viewer.actor, action="conflict", detail=detail
        )
    settled = {c.id: c for c in listing(registry, None)}
    return [settled[c.id] for c, _ in chosen]


def _apply(conn: Connection, conflict: Conflict, chosen: dict[str, Any]) -> set[tuple[str, str]]:
    """Make the chosen claim hold: on the registry's meeting, or on every pending draft.
    Returns the records it changed (kind, id), for the audit entry to version."""
    value = chosen["value"]
    if conflict.subject_kind == "meetings":
        if conflict.field == "date":
            value = dt.date.fromisoformat(value)
        elif conflict.field.endswith("_count"):
            value = int(value)
        stored.hold(conn, "meetings", conflict.subject_id, conflict.field, value)
        return {("meetings", conflict.subject_id)}
    key = "value" if conflict.subject_kind == "claims" else conflict.field
    for claim in conflict.claims:
        draft_id = claim.get("draft")
        draft = stored_drafts.read(conn, str(draft_id)) if draft_id else None
        if draft is None or draft.status != PENDING:
            continue
        if claim is not chosen and conflict.subject_kind == "claims":
            # the claim not picked is rejected: its source said otherwise
            stored_drafts.set_status(conn, draft.id, REJECTED)
            continue
        stored_drafts.set_payload(conn, draft.id, {**draft.payload, key: value})
    return set()
