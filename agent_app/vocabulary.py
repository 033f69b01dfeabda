"""Closed vocabularies stored as short strings (readable in SQL, portable across databases).

Outside the models package (which re-exports them as :mod:`agent_app.models.enums`): who is
signed in (:class:`agent_app.services.access.Actor`) names a market and a role, and a desktop
working through a server knows it without importing the tables, nor SQLAlchemy (issue 16).
"""

from __future__ import annotations

from enum import StrEnum


class Market(StrEnum):
    SI = "SI"
    BG = "BG"
    RS = "RS"


class Role(StrEnum):
    AGENT = "agent"
    SUPERVISOR = "supervisor"
    ADMIN = "admin"
