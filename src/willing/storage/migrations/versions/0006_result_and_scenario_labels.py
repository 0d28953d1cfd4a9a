"""label columns for stored results and scenarios

Revision ID: 0006
Revises: 0005

Stored results and scenarios kept their releasability label inside the JSON body, so every
read loaded every row and filtered in Python. They now carry it in columns, filtered in
SQL; a result also lists the label of each stored scenario it ran over (`result_labels`).
Existing rows are filled from their bodies; a row without a readable label gets the label
of a result stored without one (NATIONAL, no owner: only an administrator sees it). The
conversion is written out here, not imported, so that it stays what it was.
"""

import json
from collections.abc import Sequence
from typing import Any

import sqlalchemy as sa
from alembic import op

revision: str = "0006"
down_revision: str | Sequence[str] | None = "0005"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

CLASSIFICATIONS = ("PUBLIC", "COALITION", "RESTRICTED", "NATIONAL")
#: Who may see a row whose label cannot be read: an administrator only.
UNLABELLED: dict[str, Any] = {
    "label_policy": "COTW",
    "label_classification": "NATIONAL",
    "label_owner": None,
    "label_releasable_to": "",
}
#: A scenario a result ran over without a label (built in, or the viewer's own file).
PUBLIC: dict[str, Any] = {**UNLABELLED, "label_classification": "PUBLIC"}


def _columns() -> list[sa.Column[Any]]:
    return [
        sa.Column("label_policy", sa.String(length=40), nullable=True),
        sa.Column("label_classification", sa.String(length=20), nullable=True),
        sa.Column("label_owner", sa.String(length=120), nullable=True),
        sa.Column("label_releasable_to", sa.Text(), nullable=True),
    ]


def _label(value: Any) -> dict[str, Any]:
    """Column values of a label stored in a body (as `Label` reads it), or UNLABELLED."""
    if not isinstance(value, dict):
        return UNLABELLED
    policy = value.get("policy", "COTW")
    classification = value.get("classification", "PUBLIC")
    owner = value.get("owner")
    codes = value.get("releasable_to", [])
    if (
        not isinstance(policy, str)
        or len(policy) > 40
        or classification not in CLASSIFICATIONS
        or not (owner is None or (isinstance(owner, str) and len(owner) <= 120))
        or not isinstance(codes, list)
        or not all(isinstance(c, str) for c in codes)
    ):
        return UNLABELLED
    return {
        "label_policy": policy,
        "label_classification": classification,
        "label_owner": owner,
        # a code with a comma names no party, so no viewer is released to it
        "label_releasable_to": ",".join(c for c in codes if "," not in c),
    }


def _body(text: str) -> dict[str, Any]:
    try:
        data = json.loads(text)
    except ValueError:
        return {}
    return data if isinstance(data, dict) else {}


def _fill(table: str, key: str) -> list[tuple[str, dict[str, Any]]]:
    """Write each row's label columns from its body; return (key, body) of every row."""
    conn = op.get_bind()
    meta = sa.MetaData()
    found = sa.Table(table, meta, autoload_with=conn)
    rows = conn.execute(sa.select(found.c[key], found.c.body)).all()
    out = []
    for rid, text in rows:
        body = _body(text)
        values = _label(body.get("label"))
        conn.execute(sa.update(found).where(found.c[key] == rid).values(**values))
        out.append((rid, body))
    return out


def _not_null(table: str) -> None:
    with op.batch_alter_table(table) as batch:
        for name in ("label_policy", "label_classification", "label_releasable_to"):
            batch.alter_column(name, existing_type=_type(name), nullable=False)


def _type(name: str) -> Any:
    return {
        "label_policy": sa.String(length=40),
        "label_classification": sa.String(length=20),
        "label_releasable_to": sa.Text(),
    }[name]


def upgrade() -> None:
    """Upgrade schema."""
    for table in ("results", "scenarios"):
        with op.batch_alter_table(table) as batch:
            for column in _columns():
                batch.add_column(column)
    scenario_labels = []
    for rid, body in _fill("results", "id"):
        ran = body.get("scenario")
        for pos, scenario in enumerate(ran if isinstance(ran, list) else [ran]):
            if not isinstance(scenario, dict):
                continue  # no scenario recorded (a plan, a release)
            stored = scenario.get("label")
            values = PUBLIC if stored is None else _label(stored)
            scenario_labels.append({"result_id": rid, "pos": pos, **values})
    _fill("scenarios", "id")
    # before `result_labels` exists: SQLite rebuilds `results` to make the columns NOT NULL,
    # and dropping the old copy would cascade to rows referring to it
    for table in ("results", "scenarios"):
        _not_null(table)
    op.create_table(
        "result_labels",
        sa.Column("result_id", sa.String(length=64), nullable=False),
        sa.Column("pos", sa.Integer(), autoincrement=False, nullable=False),
        sa.Column("label_policy", sa.String(length=40), nullable=False),
        sa.Column("label_classification", sa.String(length=20), nullable=False),
        sa.Column("label_owner", sa.String(length=120), nullable=True),
        sa.Column("label_releasable_to", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(
            ["result_id"],
            ["results.id"],
            name=op.f("fk_result_labels_result_id"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("result_id", "pos", name=op.f("pk_result_labels")),
    )
    if scenario_labels:
        op.bulk_insert(
            sa.table(
                "result_labels",
                sa.column("result_id"),
                sa.column("pos"),
                sa.column("label_policy"),
                sa.column("label_classification"),
                sa.column("label_owner"),
                sa.column("label_releasable_to"),
            ),
            scenario_labels,
        )


def downgrade() -> None:
    """Downgrade schema (the bodies still hold every label)."""
    op.drop_table("result_labels")
    for table in ("scenarios", "results"):
        with op.batch_alter_table(table) as batch:
            for name in (
                "label_releasable_to",
                "label_owner",
                "label_classification",
                "label_policy",
            ):
                batch.drop_column(name)
