"""What one opening of a record reads once and its parts share.

:func:`~agent_app.services.customers.summary.open_record` builds the summary (with each
capability's part) and then each capability's tab through the capability's own calls. Those
ask the same questions: the portal-code eligibility, the accident certificates and open quotes,
the ZAME membership with its activities and consents. Each asked a statement of its own, and a
statement costs the server more Python than most answers do.

Inside :func:`opening` (only ``open_record`` opens one) a read made through :func:`shared` is
made once and its answer reused by the later parts of the same opening; outside it (every other
call, writes among them) :func:`shared` simply reads. Nothing but the ``customer.viewed`` audit
and the server's read audits is written while a record opens, so no answer kept here can be
stale for a write. The answers are plain values, except under a key that names the session
(``(session, ...)``): ORM rows stay with the session that loaded them (through a server the
call's units of work share one session; in-process each has its own, and the row is read again).

The tab's calls keep their own checks (role, market, refusals): only their reads are shared.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable, Hashable, Iterator
from contextvars import ContextVar
from typing import Any, TypeVar

T = TypeVar("T")

# What the record's detail (customers.lookup._detail) leaves for the rest of an opening, under
# (key, customer id): the (kind, value) of each identifier, sorted; and (policy id, role,
# start date, end date, status) of each of the customer's roles on a policy.
IDENTIFIERS = "customers.identifiers"
POLICY_ROLES = "customers.policy_roles"

_READS: ContextVar[dict[Hashable, Any] | None] = ContextVar("record_opening", default=None)


@contextlib.contextmanager
def opening() -> Iterator[None]:
    """The reads made inside this block through :func:`shared` are made once."""
    token = _READS.set({})
    try:
        yield
    finally:
        _READS.reset(token)


def in_opening() -> bool:
    """Inside :func:`opening`: a read shared with a later part may take a broader shape."""
    return _READS.get() is not None


def shared(key: Hashable, read: Callable[[], T]) -> T:
    """``read()``, made once per opening of a record for ``key`` (which names everything the
    answer depends on: the customer, the day...); outside an opening, ``read()`` every time."""
    reads = _READS.get()
    if reads is None:
        return read()
    if key in reads:
        return reads[key]  # type: ignore[no-any-return]
    value = reads[key] = read()
    return value


def remember(key: Hashable, value: object) -> None:
    """An answer read anyway (by the record's detail) that a later part would ask for."""
    reads = _READS.get()
    if reads is not None:
        reads[key] = value


def recalled(key: Hashable) -> Any | None:
    """What :func:`remember` kept under ``key`` in this opening, else None."""
    reads = _READS.get()
    return None if reads is None else reads.get(key)
