"""row-level security on releasable_to and result_labels

Revision ID: 0009
Revises: 0008

Gives every record kind's `releasable_to` table and `result_labels` a policy (a row is
visible only when its record or result is), and has the rules of records and results read
those tables through functions that see every row, so that the rules stay exact without
recursion (`willing.storage.rls`). The downgrade restores the policies of 0007, in which the
rules read the two tables directly and the tables themselves had none. Other databases are
untouched.
"""

from collections.abc import Sequence

from alembic import op

from willing.storage import rls

revision: str = "0009"
down_revision: str | Sequence[str] | None = "0008"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    """Upgrade schema."""
    rls.install(op.get_bind())


def downgrade() -> None:
    """Downgrade schema."""
    rls.install(op.get_bind(), sealed=False)
