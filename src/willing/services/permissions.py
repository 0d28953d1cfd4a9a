"""The permission table: which role may do which action, declared once and checked here only.

Every action has a name and a description (the table is printed in `docs/api.md` and drives
the permission-matrix tests). Record writes are further scoped by kind: each role may write
only the kinds listed for it, and a liaison officer only records his own party owns.

Example: ``require(viewer, Action.CREATE, "pledges", record)`` raises `AccessDenied` when the
viewer may not create that pledge.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from willing.domain.catalog import KINDS
from willing.domain.errors import AccessDenied
from willing.domain.records import Record
from willing.services.access import Role, Viewer


class Action(StrEnum):
    """Everything a user can ask Willing to do."""

    READ = "read"
    CREATE = "create"
    UPDATE = "update"
    DELETE = "delete"
    WIDEN_LABEL = "widen-label"
    IMPORT = "import"
    PLAN = "plan"
    STORE_PLAN = "store-plan"
    STORE_SCENARIO = "store-scenario"
    STORE_RESULT = "store-result"
    ANALYSE = "analyse"
    RELEASE = "release"
    INGEST = "ingest"
    REVIEW = "review"
    RESOLVE_CONFLICT = "resolve-conflict"
    READ_AUDIT = "read-audit"
    MANAGE_USERS = "manage-users"
    OWN_TOKENS = "own-tokens"
    VIEW_AS = "view-as"


@dataclass(frozen=True)
class Permission:
    """One row of the table: an action, what it means, and the roles that hold it."""

    action: Action
    description: str
    roles: frozenset[Role]


_ALL = frozenset(Role)
_STAFF = frozenset({Role.ADMIN, Role.PLANNER})
_ANALYSTS = frozenset({Role.ADMIN, Role.ANALYST, Role.PLANNER})
_WRITERS = frozenset({Role.ADMIN, Role.PLANNER, Role.LIAISON, Role.ANALYST})

#: The table itself. Record actions (create, update, delete, widen-label) are further
#: scoped by `WRITABLE_KINDS` and `OWN_PARTY_ONLY`.
PERMISSIONS: dict[Action, Permission] = {
    p.action: p
    for p in (
        Permission(Action.READ, "Read the records, plans and views released to you.", _ALL),
        Permission(Action.CREATE, "Create a record of a kind your role writes.", _WRITERS),
        Permission(Action.UPDATE, "Edit a record of a kind your role writes.", _WRITERS),
        Permission(Action.DELETE, "Delete a record of a kind your role writes.", _WRITERS),
        Permission(
            Action.WIDEN_LABEL,
            "Release a record to a wider audience than it had (a label downgrade).",
            frozenset({Role.ADMIN, Role.PLANNER, Role.LIAISON}),
        ),
        Permission(
            Action.IMPORT,
            "Import a whole data set (it writes every party's records).",
            frozenset({Role.ADMIN}),
        ),
        Permission(Action.PLAN, "Source the force and read the plan.", _ALL),
        Permission(Action.STORE_PLAN, "Keep a plan in the database.", _STAFF),
        Permission(
            Action.STORE_SCENARIO,
            "Save a scenario (labelled to your party unless you set a label you may set).",
            _ALL,
        ),
        Permission(Action.STORE_RESULT, "Keep an analysis result, labelled to you.", _ALL),
        Permission(
            Action.ANALYSE,
            "Run scenario comparisons, Monte Carlo, criticality and sensitivity.",
            _ALL,
        ),
        Permission(
            Action.RELEASE, "Publish named figures of a result to a wider audience.", _STAFF
        ),
        Permission(Action.INGEST, "Ingest news articles into the review queue.", _ANALYSTS),
        Permission(Action.REVIEW, "Accept, edit or reject review drafts.", _ANALYSTS),
        Permission(Action.RESOLVE_CONFLICT, "Resolve a conflict between sources.", _ANALYSTS),
        Permission(Action.READ_AUDIT, "Read and verify the audit log.", frozenset({Role.ADMIN})),
        Permission(
            Action.MANAGE_USERS,
            "Add, disable and list users, and manage anyone's API tokens.",
            frozenset({Role.ADMIN}),
        ),
        Permission(Action.OWN_TOKENS, "Create, list and revoke your own API tokens.", _ALL),
        Permission(
            Action.VIEW_AS,
            "Look at the registry as another party sees it (audited).",
            frozenset({Role.ADMIN}),
        ),
    )
}

#: Kinds each role may create, edit and delete (an administrator: every kind).
FORCE_KINDS = frozenset({"requirements", "capabilities", "locations", "phases", "conditions"})
DIPLOMACY_KINDS = frozenset(
    {
        "sources",
        "meetings",
        "participations",
        "people",
        "appointments",
        "documents",
        "clauses",
        "issues",
        "positions",
        "indicators",
    }
)
WRITABLE_KINDS: dict[Role, frozenset[str]] = {
    Role.ADMIN: frozenset(KINDS),
    Role.PLANNER: FORCE_KINDS | {"pledges"},
    Role.LIAISON: frozenset({"pledges"}),
    Role.ANALYST: DIPLOMACY_KINDS,
}

#: Roles that write only records their own party owns.
OWN_PARTY_ONLY = frozenset({Role.LIAISON})

RECORD_ACTIONS = frozenset({Action.CREATE, Action.UPDATE, Action.DELETE, Action.WIDEN_LABEL})


def owned_by(record: Record, party: str | None) -> bool:
    """True when `party` owns the record.

    A record in which its `party` speaks for itself (`Record.party_owns`: a pledge) must
    be that party's, and its label names it as owner or names no owner. Any other record
    is owned by its label's owner alone: its `party`, if it has one, is what the record is
    about (a person's country, a position's holder, an indicator's subject), and says
    nothing about who wrote it (France may record its assessment of Britain's position).
    """
    if party is None:
        return False
    if record.party_owns:
        belongs = getattr(record, "party", None)
        if belongs != party:
            return False
        return record.label.owner in (None, party)
    return record.label.owner == party


def _role_allows(
    role: Role, viewer: Viewer, action: Action, kind: str | None, record: Record | None
) -> bool:
    if role not in PERMISSIONS[action].roles:
        return False
    if action not in RECORD_ACTIONS or kind is None:
        return True
    if kind not in WRITABLE_KINDS[role]:
        return False
    if role in OWN_PARTY_ONLY and record is not None:
        return owned_by(record, viewer.party)
    return True


def allowed(
    viewer: Viewer, action: Action, kind: str | None = None, record: Record | None = None
) -> bool:
    """True when one of the viewer's roles may do `action` (on `record` of `kind`)."""
    return any(_role_allows(role, viewer, action, kind, record) for role in viewer.roles)


def require(
    viewer: Viewer, action: Action, kind: str | None = None, record: Record | None = None
) -> None:
    """Raise AccessDenied, saying what is missing, when the viewer may not do `action`."""
    if allowed(viewer, action, kind, record):
        return
    permission = PERMISSIONS[action]
    holders = ", ".join(sorted(r.value for r in permission.roles))
    if (
        action in RECORD_ACTIONS
        and kind is not None
        and any(r in permission.roles for r in viewer.roles)
    ):
        writable = [r for r in viewer.roles if kind in WRITABLE_KINDS[r]]
        if not writable:
            raise AccessDenied(f"your role may not {action.value} {kind} records")
        raise AccessDenied(f"you may {action.value} only {kind} records your party owns")
    raise AccessDenied(
        f"not allowed: {action.value} ({permission.description}) needs the role {holders}"
    )


def table() -> list[dict[str, object]]:
    """The permission table as rows (action, description, roles), for docs and the API."""
    return [
        {
            "action": p.action.value,
            "description": p.description,
            "roles": sorted(r.value for r in p.roles),
        }
        for p in PERMISSIONS.values()
    ]
