"""row-level security on stored results and scenarios

Revision ID: 0007
Revises: 0006

Installs the visibility policies of `willing.storage.rls` on `results` and `scenarios`,
whose labels 0006 moved into columns: a result is visible only when its own label and the
label of every scenario it ran over are. Other databases are untouched.
"""

from collections.abc import Sequence

from alembic import op

from willing.storage import rls

revision: str = "0007"
down_revision: str | Sequence[str] | None = "0006"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    """Upgrade schema."""
    rls.install(op.get_bind(), records=False, sealed=False)


def downgrade() -> None:
    """Downgrade schema."""
    rls.remove(op.get_bind(), records=False)
