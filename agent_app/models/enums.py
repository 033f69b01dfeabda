"""Closed vocabularies stored as short strings (readable in SQL, portable across databases)."""

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
