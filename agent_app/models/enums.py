"""Closed vocabularies stored as short strings: defined in :mod:`agent_app.vocabulary`, which
needs neither the tables nor SQLAlchemy."""

from __future__ import annotations

from agent_app.vocabulary import Market as Market
from agent_app.vocabulary import Role as Role
