"""Outbox: record the moment a message is handed to the SMTP server.

Revision ID: 0006_outbox_handover
Revises: 0005_accident
Create Date: 2026-11-22
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from agent_app.models.base import UtcDateTime

revision = "0006_outbox_handover"
down_revision = "0005_accident"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # When the sender began handing the text to the SMTP server (after MAIL and RCPT were
    # accepted, before DATA). A message found still "sending" with this set after its lease may
    # have been delivered: it is not sent again (no duplicate) but shown as unconfirmed.
    with op.batch_alter_table("outbox_messages") as batch:
        batch.add_column(sa.Column("handed_over_at", UtcDateTime(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("outbox_messages") as batch:
        batch.drop_column("handed_over_at")
