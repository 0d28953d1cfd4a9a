"""The one-screen coalition summary: members, pledges by layer and domain, conditions, meetings."""

from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass, field
from typing import Any

from pydantic import BaseModel

from willing.domain.diplomacy import Meeting
from willing.domain.enums import PartyRole, PledgeStatus
from willing.domain.forces import Capability, Condition, Pledge
from willing.domain.parties import Party
from willing.services.access import Registry


@dataclass
class Status:
    """What `willing status` shows, computed from what the viewer may see.

    A pledge open to several layers counts in each of them (`by_layer`, `troops_by_layer`,
    `by_layer_domain`), so a layer's figures say what could serve it; `pledges` and
    `by_domain` count each pledge once.
    """

    viewer: str
    revision: int
    members: list[str]
    #: States by role (member, beneficiary, partner, adversary, observer).
    roles: dict[str, int]
    #: Organisations (EU, NATO, the coalition itself...) by id, with their role.
    organisations: dict[str, str]
    pledges: int
    by_layer: dict[str, int]
    by_domain: dict[str, int]
    by_layer_domain: dict[str, dict[str, int]]
    troops_by_layer: dict[str, int]
    #: Pledges open to more than one layer (counted in each).
    multi_layer: int
    conditions: list[dict[str, Any]]
    meetings: list[dict[str, Any]] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return self.__dict__.copy()

    def public(self) -> StatusPublic:
        """The same figures as a Pydantic model (the REST API's response)."""
        return StatusPublic.model_validate(self.to_dict())


class ConditionSummary(BaseModel):
    id: str
    name: str
    status: str
    probability: float


class MeetingSummary(BaseModel):
    id: str
    date: str
    title: str
    place: str | None
    format: str
    countries: int | None
    heads: int | None


class StatusPublic(BaseModel):
    """`Status` as typed data: the keys `willing status --json` prints, in that order."""

    viewer: str
    revision: int
    members: list[str]
    roles: dict[str, int]
    organisations: dict[str, str]
    pledges: int
    by_layer: dict[str, int]
    by_domain: dict[str, int]
    by_layer_domain: dict[str, dict[str, int]]
    troops_by_layer: dict[str, int]
    multi_layer: int
    conditions: list[ConditionSummary]
    meetings: list[MeetingSummary]


def coalition_status(registry: Registry) -> Status:
    """Summarise the registry as the viewer sees it (withdrawn pledges are not counted)."""
    parties = [p for p in registry.list("parties") if isinstance(p, Party)]
    members = sorted(
        p.id
        for p in parties
        if p.role in (PartyRole.MEMBER, PartyRole.BENEFICIARY) and p.party_kind.value == "state"
    )
    roles = Counter(p.role.value for p in parties if p.party_kind.value == "state")
    organisations = {
        p.id: p.role.value
        for p in sorted(parties, key=lambda p: p.id)
        if p.party_kind.value != "state"
    }
    caps = {c.id: c for c in registry.list("capabilities") if isinstance(c, Capability)}
    pledges = [
        p
        for p in registry.list("pledges")
        if isinstance(p, Pledge) and p.status is not PledgeStatus.WITHDRAWN
    ]
    by_layer: Counter[str] = Counter()
    by_domain: Counter[str] = Counter()
    troops: Counter[str] = Counter()
    grid: dict[str, Counter[str]] = defaultdict(Counter)
    for pledge in pledges:
        cap = caps.get(pledge.capability)
        domain = cap.domain.value if cap else "unknown"
        by_domain[domain] += 1
        for layer in dict.fromkeys(lay.value for lay in pledge.layers):
            by_layer[layer] += 1
            grid[layer][domain] += 1
            if cap and cap.personnel_per_unit:
                troops[layer] += int(pledge.quantity * cap.personnel_per_unit)
    conditions = [
        {"id": c.id, "name": c.name, "status": c.status.value, "probability": c.probability}
        for c in registry.list("conditions")
        if isinstance(c, Condition)
    ]
    meetings = sorted(
        (m for m in registry.list("meetings") if isinstance(m, Meeting)), key=lambda m: m.date
    )
    return Status(
        viewer=str(registry.viewer),
        revision=registry.store.revision(),
        members=members,
        roles=dict(roles),
        organisations=organisations,
        pledges=len(pledges),
        by_layer=dict(by_layer),
        by_domain=dict(by_domain),
        by_layer_domain={k: dict(v) for k, v in grid.items()},
        troops_by_layer=dict(troops),
        multi_layer=sum(1 for p in pledges if len(set(p.layers)) > 1),
        conditions=conditions,
        meetings=[
            {
                "id": m.id,
                "date": m.date.isoformat(),
                "title": m.title,
                "place": m.place,
                "format": m.format.value,
                "countries": m.countries_count,
                "heads": m.heads_count,
            }
            for m in meetings
        ],
    )
