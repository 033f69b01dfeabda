"""Bulgarian accident insurance: quotes, insured persons, payments, certificates.

Revision ID: 0005_accident
Revises: 0004_zame
Create Date: 2026-11-22
"""

from __future__ import annotations

import sqlalchemy as sa  # noqa: F401
from alembic import op  # noqa: F401

from agent_app.models.base import UtcDateTime  # noqa: F401

revision = "0005_accident"
down_revision = "0004_zame"
branch_labels = None
depends_on = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
