"""Reading the audit log: a page of entries and the chain's check (`Action.READ_AUDIT`)."""

from __future__ import annotations

import datetime as dt

from pydantic import BaseModel
from sqlalchemy import func, select

from willing.services.access import Viewer
from willing.services.permissions import Action, require
from willing.storage import audit
from willing.storage.accounts import utc
from willing.storage.schema import audit as audit_table
from willing.storage.store import Store


class AuditEntryPublic(BaseModel):
    """One write: its sequence number (the revision it made), when, who, what."""

    seq: int
    at: dt.datetime
    actor: str
    action: str
    detail: str
    prev_hash: str
    hash: str


class AuditPublic(BaseModel):
    data: list[AuditEntryPublic]
    count: int


class AuditCheckPublic(BaseModel):
    """Whether the hash chain holds (and the head to keep as an anchor)."""

    intact: bool
    first_broken: int | None
    head: str


def entries(store: Store, viewer: Viewer, offset: int = 0, limit: int = 100) -> AuditPublic:
    """A page of the log, oldest first; `count` is the number of entries in all."""
    require(viewer, Action.READ_AUDIT)
    with store.engine.connect() as conn:
        total = int(conn.execute(select(func.count()).select_from(audit_table)).scalar_one())
        rows = conn.execute(
            audit_table.select().order_by(audit_table.c.seq).offset(offset).limit(limit)
        ).mappings()
        data = [AuditEntryPublic(**{**row, "at": utc(row["at"])}) for row in rows]
    return AuditPublic(data=data, count=total)


def check(store: Store, viewer: Viewer) -> AuditCheckPublic:
    """Verify the chain; give the head (SEQ:HASH) to keep outside the database."""
    require(viewer, Action.READ_AUDIT)
    with store.engine.connect() as conn:
        broken = audit.verify(conn)
        seq, digest = audit.head(conn)
    return AuditCheckPublic(intact=broken is None, first_broken=broken, head=f"{seq}:{digest}")
