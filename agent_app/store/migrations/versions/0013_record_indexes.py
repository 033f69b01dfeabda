"""Audit events are found by the record they concern: a customer's recent activity on the
summary and the audit trail's filter by customer read them through this index; the codes issued
recently (the Portal codes section) through one on ``security_codes.issued_at``.

Revision ID: 0013_record_indexes
Revises: 0012_contact_of_record_guardians
Create Date: 2026-12-06
"""

from __future__ import annotations

from alembic import op

revision = "0013_record_indexes"
down_revision = "0012_contact_of_record_guardians"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # A plain CREATE INDEX (no batch copy): on SQLite a copied table would lose the append-only
    # triggers. (entity, entity_id, at) answers "the latest events of customer 210" from the
    # index alone, however long the trail.
    op.create_index("ix_audit_events_entity_record", "audit_events", ["entity", "entity_id", "at"])
    op.create_index("ix_security_codes_issued_at", "security_codes", ["issued_at"])


def downgrade() -> None:
    op.drop_index("ix_security_codes_issued_at", table_name="security_codes")
    op.drop_index("ix_audit_events_entity_record", table_name="audit_events")
