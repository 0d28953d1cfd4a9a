"""record versions and audit digests

Revision ID: 0002
Revises: 0001

Every record gets a history (the `versions` table); each audit entry carries the digest of
the versions it added, the registry state after it, and a signature. Records stored before
this revision get their first version when the store is next opened (`Store.migrate`).
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0002"
down_revision: str | Sequence[str] | None = "0001"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    """Upgrade schema."""
    op.create_table(
        "versions",
        sa.Column("kind", sa.String(length=40), nullable=False),
        sa.Column("record_id", sa.String(length=120), nullable=False),
        sa.Column("version", sa.Integer(), autoincrement=False, nullable=False),
        sa.Column("revision", sa.Integer(), nullable=False),
        sa.Column("at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("actor", sa.String(length=120), nullable=False),
        sa.Column("op", sa.String(length=20), nullable=False),
        sa.Column("digest", sa.String(length=64), nullable=True),
        sa.Column("body", sa.Text(), nullable=True),
        sa.PrimaryKeyConstraint("kind", "record_id", "version", name=op.f("pk_versions")),
    )
    op.create_index(op.f("ix_versions_revision"), "versions", ["revision"], unique=False)
    with op.batch_alter_table("audit") as batch:
        batch.add_column(sa.Column("changes", sa.String(length=64), nullable=True))
        batch.add_column(sa.Column("state", sa.String(length=64), nullable=True))
        batch.add_column(sa.Column("key_id", sa.String(length=32), nullable=True))
        batch.add_column(sa.Column("signature", sa.Text(), nullable=True))


def downgrade() -> None:
    """Downgrade schema."""
    with op.batch_alter_table("audit") as batch:
        batch.drop_column("signature")
        batch.drop_column("key_id")
        batch.drop_column("state")
        batch.drop_column("changes")
    op.drop_index(op.f("ix_versions_revision"), table_name="versions")
    op.drop_table("versions")
