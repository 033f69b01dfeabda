"""ZAME loyalty programme: memberships, consents, activities, daily points, coupons.

Revision ID: 0004_zame
Revises: 0003_portal_codes
Create Date: 2026-11-22
"""

from __future__ import annotations

import sqlalchemy as sa  # noqa: F401
from alembic import op  # noqa: F401

from agent_app.models.base import UtcDateTime  # noqa: F401

revision = "0004_zame"
down_revision = "0003_portal_codes"
branch_labels = None
depends_on = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
