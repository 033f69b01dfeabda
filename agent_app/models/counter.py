from __future__ import annotations

from sqlalchemy import BigInteger, String
from sqlalchemy.orm import Mapped, mapped_column

from agent_app.models.base import Base


class Counter(Base):
    """Source of gap-free numbers people see (member numbers, certificate numbers).

    A sequence would leave a gap on every rolled-back transaction; a row updated inside the same
    transaction that uses the number does not.
    """

    __tablename__ = "counters"

    name: Mapped[str] = mapped_column(String(64), primary_key=True)
    last_value: Mapped[int] = mapped_column(BigInteger)
