"""Records already stored that a reviewer may see, for one review transaction: what drafts
are matched and linked against, where new records get fresh ids, and where the registry's
audience rule is held before anything is written."""

from __future__ import annotations

import hashlib
from functools import cached_property
from typing import TYPE_CHECKING

from willing.domain.audience import Groups, describe, uncovered
from willing.domain.errors import NotFound, WillingError
from willing.domain.fields import refs_of, values_at
from willing.domain.labels import PUBLIC, Classification, Label, may_see
from willing.domain.records import Evidence, Record
from willing.ingest.drafts import Draft
from willing.storage import rows

if TYPE_CHECKING:
    from willing.storage.engine import Connection

#: Longest id a record may have (the `id` columns' size).
ID_LENGTH = 120


def evidence_of(draft: Draft) -> Evidence:
    """The draft's span as evidence on a record."""
    return Evidence(source=draft.source, start=draft.start, end=draft.end, quote=draft.quote)


class Known:
    """Records already stored that the reviewer may see, read once per review transaction.

    Matching (linking a draft to an existing record) uses only the records the reviewer
    may see (`tokens` of None: an administrator, who sees everything). New ids never
    depend on records the reviewer may not see (`fresh`), so neither the id nor anything
    else in the outcome tells whether a hidden record holds the id a draft would take.
    """

    def __init__(self, conn: Connection, tokens: frozenset[str] | None) -> None:
        self.conn = conn
        self.tokens = tokens
        self.records: dict[str, dict[str, Record]] = {}
        self.taken: dict[str, set[str]] = {}
        #: (kind, id) of every record this review wrote: what its audit entry versions
        self.touched: set[tuple[str, str]] = set()

    @property
    def sees_all(self) -> bool:
        """True for an administrator, who may see every stored record."""
        return self.tokens is None

    def of(self, kind: str) -> dict[str, Record]:
        """The records of `kind` the reviewer may see, by id."""
        if kind not in self.records:
            self.records[kind] = {
                r.id: r for r in rows.read(self.conn, kind) if may_see(r.label, self.tokens)
            }
        return self.records[kind]

    def ids(self, kind: str) -> set[str]:
        """Every stored id of `kind`, seen or not: only to keep new ids unique."""
        if kind not in self.taken:
            self.taken[kind] = rows.all_ids(self.conn, [kind])[kind]
        return self.taken[kind]

    def fresh(self, kind: str, base: str, draft: Draft) -> str:
        """The id of a new record of `kind` made from `draft`.

        An administrator sees every record, so he gets `base`, or `base-2`, `base-3`...:
        the first id no stored record has. Any other reviewer gets `base-<digest>`, the
        digest being of the draft's id: the same id whoever accepts and whatever is
        stored. A stored record that already holds it (only one given that id on purpose)
        lengthens the digest, so nothing is overwritten and the step taken depends on the
        draft, never on which records the reviewer may see.
        """
        if self.sees_all:
            rid, n = base, 1
            while rid in self.ids(kind):
                n += 1
                rid = f"{base}-{n}"
            return rid
        digest = hashlib.sha256(draft.id.encode("utf-8")).hexdigest()
        for size in (8, 16, 64):
            rid = f"{base[: ID_LENGTH - size - 1]}-{digest[:size]}"
            if rid not in self.ids(kind):
                return rid
        raise WillingError(  # a 64-digit digest taken: a record forged for this very draft
            f"draft '{draft.id}' cannot be accepted by this reviewer; an administrator can "
            "review the draft"
        )

    @cached_property
    def _audience(self) -> tuple[dict[str, dict[str, Label]], Groups]:
        """Labels of the stored records that are not PUBLIC, and the parties' groups."""
        return rows.restricted_labels(self.conn), Groups(rows.member_links(self.conn))

    def _label(self, kind: str, rid: str) -> Label:
        return self._audience[0].get(kind, {}).get(rid, PUBLIC)

    def _within_audience(self, record: Record) -> None:
        """Refuse a record whose references (its evidence's source included) some viewer
        of the record may not see: the registry's audience rule, held at review too."""
        for path, target in refs_of(type(record)):
            for value in values_at(record, path):
                if not (target == record.kind and value == record.id):
                    self._may_refer(record, target, value)

    def _may_refer(self, record: Record, target: str, value: str) -> None:
        label = self._label(target, value)
        if uncovered(record.label, label, self._audience[1]) is not None:
            raise WillingError(
                f"{record.kind} '{record.id}' ({describe(record.label)}) cannot refer to "
                f"{target} '{value}' ({describe(label)}): some who may see the record may "
                "not see what it refers to; an administrator can label the record or the "
                "source to match"
            )

    def add(self, record: Record) -> str:
        self._within_audience(record)
        rows.insert(self.conn, record.kind, [record])
        self.touched.add((record.kind, record.id))
        if record.label.classification is not Classification.PUBLIC:
            self._audience[0].setdefault(record.kind, {})[record.id] = record.label
        self.ids(record.kind).add(record.id)
        if may_see(record.label, self.tokens):
            self.of(record.kind)[record.id] = record
        return f"{record.kind}/{record.id}"

    def cite(self, kind: str, rid: str, draft: Draft) -> str:
        """Add the draft's span to an existing record's evidence (one the reviewer may see)."""
        if rid not in self.of(kind):
            raise NotFound(f"no {kind} record '{rid}'")
        self._may_refer(self.of(kind)[rid], "sources", draft.source)
        rows.append_evidence(self.conn, kind, rid, evidence_of(draft))
        self.touched.add((kind, rid))
        return f"{kind}/{rid}"
