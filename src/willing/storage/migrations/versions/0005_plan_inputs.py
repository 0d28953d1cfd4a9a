"""plan inputs: a columnar snapshot of the plan's inputs per registry revision

Revision ID: 0005
Revises: 0004

Nothing to convert: the first plan after the upgrade writes the snapshot.
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0005"
down_revision: str | Sequence[str] | None = "0004"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    """Upgrade schema."""
    op.create_table(
        "plan_inputs",
        sa.Column("revision", sa.Integer(), autoincrement=False, nullable=False),
        sa.Column("head_hash", sa.String(length=64), nullable=False),
        sa.Column("format", sa.Integer(), nullable=False),
        sa.Column("data", sa.LargeBinary(), nullable=False),
        sa.PrimaryKeyConstraint("revision", name=op.f("pk_plan_inputs")),
    )


def downgrade() -> None:
    """Downgrade schema."""
    op.drop_table("plan_inputs")
