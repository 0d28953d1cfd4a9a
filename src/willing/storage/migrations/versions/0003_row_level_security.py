"""row-level security on PostgreSQL

Revision ID: 0003
Revises: 0002

Installs the visibility policies of `willing.storage.rls` on every record table (and its
child tables); other databases are untouched.
"""

from collections.abc import Sequence

from alembic import op

from willing.storage import rls

revision: str = "0003"
down_revision: str | Sequence[str] | None = "0002"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    """Upgrade schema."""
    rls.install(op.get_bind(), results=False, sealed=False)


def downgrade() -> None:
    """Downgrade schema."""
    rls.remove(op.get_bind(), results=False)
