"""A request whose store connection was found dropped runs once more (see the function)."""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any, TypeVar

from agent_app.store import StoreUnavailableError

log = logging.getLogger(__name__)
T = TypeVar("T")


def once_more_if_unavailable(call: Callable[..., T], *arguments: Any, **keywords: Any) -> T:
    """``call(...)``, made once more when it found the store's connection lost.

    The server's pool does not test a connection before each request (``pool_pre_ping``: a
    round trip of its own, a third of a session check's CPU). A connection the database
    dropped since (a restart, a failover, an idle timeout) fails the first statement sent on
    it instead, and the pool then replaces every connection it opened before; so the request
    that met it runs once more, on a new connection, as the ping would have had it.

    It is for work whose StoreUnavailableError means nothing of it was saved: one transaction
    (a call, the session check, sign-out; a COMMIT whose answer was lost is settled before
    that error is raised, see store.uow) or a first read (the portal's credential check).
    Sign-in is two transactions, the password check and then the session: when the second
    fails, running both again checks the password once more (the trail shows it) and opens
    one session. A second failure is the store's, answered 503 as before."""
    try:
        return call(*arguments, **keywords)
    except StoreUnavailableError:
        log.info("the store's connection was lost; the call runs once more")
        return call(*arguments, **keywords)
