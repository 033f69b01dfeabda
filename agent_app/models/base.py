"""Declarative base and the column types every table shares."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import TYPE_CHECKING, ClassVar

from sqlalchemy import DateTime, MetaData, Table
from sqlalchemy.engine import Dialect
from sqlalchemy.orm import DeclarativeBase
from sqlalchemy.types import TypeDecorator

# An ``Integer`` column (ids, member numbers) holds 32 bits on PostgreSQL; SQLite takes 64. A
# number typed or sent from outside is checked with :func:`fits_integer` before it is compared
# with such a column: PostgreSQL refuses a larger one with an error, not "no such row".
INTEGER_MIN, INTEGER_MAX = -(2**31), 2**31 - 1


def fits_integer(value: int) -> bool:
    return INTEGER_MIN <= value <= INTEGER_MAX


# Named constraints, so that migrations can refer to them on every database (SQLite batch mode
# needs names to drop or alter a constraint).
NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)

    if TYPE_CHECKING:
        # Every model here is mapped to a Table (SQLAlchemy types it as any FromClause).
        __table__: ClassVar[Table]


class UtcDateTime(TypeDecorator[datetime]):
    """A moment in time, stored in UTC, always read back timezone-aware.

    PostgreSQL keeps ``timestamptz``; SQLite has no time zones, so the UTC value is stored naive
    and the zone is put back on read. Naive values are refused on write: a naive datetime in this
    code base is a bug, because nobody can tell which clock it came from.
    """

    impl = DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("naive datetime refused: pass an aware datetime (UTC)")
        value = value.astimezone(UTC)
        if dialect.name == "sqlite":
            return value.replace(tzinfo=None)
        return value

    def process_result_value(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            return value.replace(tzinfo=UTC)
        return value.astimezone(UTC)
