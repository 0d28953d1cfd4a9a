"""Plans as documents: stored in the `results` table with the inputs' revision and digest,
and the label of the run (a plan is what one viewer saw, over the records it may see).

Who may read a stored plan is decided by the label of its run, kept in the row's label
columns and selected in SQL by `storage/results.py` (as for stored scenario results); a
plan hidden from a viewer behaves exactly as a missing one."""

from __future__ import annotations

import datetime as dt
import hashlib
import uuid
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

import numpy as np

from willing import collector
from willing.domain.errors import NotFound
from willing.domain.labels import Label
from willing.services.access import Registry
from willing.sourcing.explain import Gap, Reason
from willing.sourcing.problem import BoolArray, SourcingProblem
from willing.sourcing.result import DIMENSIONS, SourcingResult
from willing.storage import results as repository
from willing.storage.results import UNLABELLED

PLAN_KIND = "plan"


def problem_digest(problem: SourcingProblem) -> str:
    """SHA-256 over every input array and name, so a stored plan can be checked for drift."""
    digest = hashlib.sha256()
    for name in problem.__dataclass_fields__:
        value = getattr(problem, name)
        if isinstance(value, np.ndarray):
            digest.update(np.ascontiguousarray(value).tobytes())
        else:
            digest.update(repr(value).encode())
    return digest.hexdigest()


def visible_ids(registry: Registry, kind: str) -> frozenset[str] | None:
    """Ids of the records of `kind` the registry's viewer may see (None for an
    administrator, who sees everything), by the registry's own rule, so a plan shows a
    viewer exactly the records `willing list` does (a record whose required reference is
    hidden is withheld whole there, and here)."""
    if registry.tokens is None:
        return None
    with registry.connect() as conn:
        return frozenset(str(i) for i in conn.execute(registry.visible_ids(kind)).scalars())


def shared_units(result: SourcingResult) -> int:
    """Allocation lines holding a fraction of a pledge unit: whole units go to each place,
    and a place's lines may share one (after a substitution at a ratio, say)."""
    return int(np.count_nonzero(np.abs(result.units - np.round(result.units)) > 1e-9))


def summary_of(result: SourcingResult, gaps: Sequence[Gap]) -> dict[str, Any]:
    """Aggregates of the whole plan: proof of quality, coverage tables, gap count."""
    return {
        "method": result.method,
        "status": result.status,
        "objective": result.objective,
        "bound": result.bound,
        "gap": result.gap,
        "gap_abs": result.bound - result.objective,
        "coverage": result.coverage if result.demand else None,
        "tables": {
            by: [
                {"name": r.name, "demand": r.demand, "filled": r.filled, "share": r.share}
                for r in result.coverage_by(by)
            ]
            for by in DIMENSIONS
        },
        "gaps": len(gaps),
        "missing_units": float(sum(g.missing for g in gaps)),
    }


def _shown(parties: tuple[str, ...], tokens: frozenset[str] | None) -> tuple[str, ...]:
    return parties if tokens is None else tuple(p for p in parties if p in tokens)


#: The fields of a gap row that tables and sheets list, in order (its reasons come after).
GAP_FIELDS: tuple[str, ...] = (
    "requirement",
    "priority",
    "capability",
    "layer",
    "location",
    "phase",
    "demand",
    "filled",
    "missing",
)


def gap_rows(gaps: Sequence[Gap], tokens: frozenset[str] | None = None) -> list[dict[str, Any]]:
    """Gaps as plain rows (they name lines and causes, never a pledge); a reason names only
    the nations in `tokens` (all for None, an administrator)."""
    return [
        {
            "requirement": g.requirement,
            "capability": g.capability,
            "layer": g.layer,
            "location": g.location,
            "phase": g.phase,
            "priority": g.priority,
            "demand": g.demand,
            "filled": g.filled,
            "missing": g.demand - g.filled,
            "reasons": [_reason_row(r, tokens) for r in g.reasons],
        }
        for g in gaps
    ]


def _reason_row(r: Reason, tokens: frozenset[str] | None) -> dict[str, Any]:
    shown = _shown(r.parties, tokens) if r.parties else ()
    return {
        "code": r.code,
        "units": r.units,
        "detail": r.text(shown) if shown else r.detail,
        "parties": list(shown),
        "condition": r.condition,
    }


def allocation_rows(
    result: SourcingResult, released: BoolArray | None = None, lines: BoolArray | None = None
) -> list[dict[str, Any]]:
    """Per-pledge allocation lines, only for pledges in `released` serving requirement
    lines in `lines` (all when None)."""
    p = result.problem
    keep = shown_allocations(result, released, lines)
    return [
        {
            "pledge": p.pledge_ids[i],
            "party": p.parties[p.pledge_party[i]],
            "requirement": p.requirement_ids[r],
            "units": u,
        }
        for i, r, u in zip(
            result.pledge[keep].tolist(),
            result.requirement[keep].tolist(),
            result.units[keep].tolist(),
            strict=True,
        )
    ]


def shown_allocations(
    result: SourcingResult, released: BoolArray | None = None, lines: BoolArray | None = None
) -> BoolArray:
    """Allocation lines whose pledge is in `released` and whose line is in `lines`."""
    keep = np.ones(len(result.pledge), np.bool_)
    if released is not None:
        keep &= released[result.pledge]
    if lines is not None:
        keep &= lines[result.requirement]
    return keep


def scenario_label(
    assume: Mapping[str, str] | None, unknown_as: str, force_share_cap: float | None
) -> str:
    """A plan's scenario in one line: its assumptions (`us-backstop=met`), how unknown
    conditions counted when not as failed, and the whole-force cap when there is one."""
    parts = [f"{k}={v}" for k, v in sorted((assume or {}).items())]
    if unknown_as != "failed":
        parts.append(f"unknown={unknown_as}")
    if force_share_cap is not None:
        parts.append(f"force-cap={force_share_cap:g}")
    return ",".join(parts) or "default"


def store_plan(
    registry: Registry,
    result: SourcingResult,
    gaps: Sequence[Gap],
    revision: int,
    assume: Mapping[str, str] | None = None,
    unknown_as: str = "failed",
    label: Label = UNLABELLED,
) -> str:
    """Save the plan with the revision and digest of its inputs and the label of its run
    (who may read it back); return its id. Written in the store's serialised write
    transaction, like every other write of the `results` table.

    The body records the scenario's assumptions, how unknown conditions counted and the
    whole-force cap as fields (what `read_plan` rebuilds the problem from); the `scenario`
    column holds them as a label for lists (`us-backstop=met`, cut at 120 characters).
    """
    with collector.paused():
        return _store_plan(registry, result, gaps, revision, assume, unknown_as, label)


def _store_plan(
    registry: Registry,
    result: SourcingResult,
    gaps: Sequence[Gap],
    revision: int,
    assume: Mapping[str, str] | None,
    unknown_as: str,
    label: Label,
) -> str:
    p = result.problem
    assumed = {k: str(v) for k, v in sorted((assume or {}).items())}
    scenario = scenario_label(assumed, unknown_as, p.force_share_cap)
    body = {
        "assume": assumed,
        "unknown_as": unknown_as,
        "force_share_cap": p.force_share_cap,
        "met": [c for c, m in zip(p.conditions, result.met.tolist(), strict=True) if m],
        # ids taken as whole columns: a plan has a line per (pledge, line) pair it uses
        "lines": list(
            zip(
                np.asarray(p.pledge_ids, dtype=object)[result.pledge].tolist(),
                np.asarray(p.requirement_ids, dtype=object)[result.requirement].tolist(),
                result.units.tolist(),
                strict=True,
            )
        ),
        "gaps": gap_rows(gaps),
        "label": label.model_dump(mode="json"),
    }
    plan_id = f"plan-{uuid.uuid4().hex[:16]}"
    with registry.store.transaction() as conn:
        repository.add(
            conn,
            rid=plan_id,
            kind=PLAN_KIND,
            # to the microsecond: plans are listed newest first
            created_at=dt.datetime.now(dt.UTC),
            revision=revision,
            scenario=scenario[:SCENARIO_CHARS],
            inputs_hash=problem_digest(p),
            summary=summary_of(result, gaps),
            body=body,
            label=label,
        )
    return plan_id


#: Width of the `scenario` column of `results`.
SCENARIO_CHARS = 120


@dataclass(frozen=True)
class Assumptions:
    """The scenario a plan was solved in: what `load_problem` takes besides the registry."""

    assume: dict[str, str]
    unknown_as: str
    force_share_cap: float | None

    @property
    def label(self) -> str:
        return scenario_label(self.assume, self.unknown_as, self.force_share_cap)


@dataclass(frozen=True)
class StoredPlan:
    """One row of the `results` table of kind `plan`, with summary and body decoded."""

    id: str
    created_at: dt.datetime
    revision: int
    scenario: str
    inputs_hash: str
    summary: dict[str, Any]
    body: dict[str, Any]
    #: The label of the run that stored the plan (administrators only when none was
    #: recorded: nobody knows whose view it was).
    label: Label

    @property
    def assumptions(self) -> Assumptions | None:
        """The stored assumptions; for a plan stored before they were recorded as fields,
        read back from its label when it was not cut short (None when it cannot be)."""
        body = self.body
        if "assume" in body:
            cap = body.get("force_share_cap")
            return Assumptions(
                {str(k): str(v) for k, v in body["assume"].items()},
                str(body.get("unknown_as", "failed")),
                None if cap is None else float(cap),
            )
        return _from_label(self.scenario)

    @property
    def lines(self) -> list[tuple[str, str, float]]:
        return [(str(p), str(r), float(u)) for p, r, u in self.body.get("lines", [])]


def _from_label(label: str) -> Assumptions | None:
    """Assumptions from a label `scenario_label` wrote (None when it was cut short or
    cannot be read)."""
    if len(label) >= SCENARIO_CHARS:
        return None
    if label == "default":
        return Assumptions({}, "failed", None)
    assume: dict[str, str] = {}
    unknown_as, cap = "failed", None
    for part in label.split(","):
        key, sep, value = part.rpartition("=")
        if not sep or not key:
            return None
        if key == "unknown":
            unknown_as = value
        elif key == "force-cap":
            try:
                cap = float(value)
            except ValueError:
                return None
        else:
            assume[key] = value
    return Assumptions(assume, unknown_as, cap)


def _stored(found: repository.StoredResult) -> StoredPlan:
    created = found.created_at
    if created.tzinfo is None:  # SQLite hands back naive datetimes; they were stored in UTC
        created = created.replace(tzinfo=dt.UTC)
    return StoredPlan(
        id=found.id,
        created_at=created,
        revision=found.revision,
        scenario=found.scenario or "default",
        inputs_hash=found.inputs_hash,
        summary=found.summary,
        body=found.body,
        label=found.label,
    )


def read_plan(registry: Registry, plan_id: str) -> StoredPlan:
    """One stored plan; NotFound when there is none with that id or the viewer may not
    see the run that stored it (the two are not told apart)."""
    with registry.connect() as conn:
        found = repository.read(conn, plan_id, registry.tokens, [PLAN_KIND])
    if found is None:
        raise NotFound(f"no stored plan '{plan_id}'")
    return _stored(found)


def stored_plans(registry: Registry) -> list[StoredPlan]:
    """Every stored plan the viewer may see, newest first."""
    with registry.connect() as conn:
        found = repository.listing(conn, [PLAN_KIND], registry.tokens, newest_first=True)
    return [_stored(r) for r in found]
