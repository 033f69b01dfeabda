"""The three imports (customers, policies, claims) and :func:`run_import`, the public calls."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from agent_app.services import audit
from agent_app.services.access import Actor, Permission, require
from agent_app.services.customers.imports.batches import (
    _run,
)
from agent_app.services.customers.imports.common import (
    BATCH_ROWS,
    ImportKind,
    ImportSummary,
    ProgressCallback,
)
from agent_app.services.customers.imports.customer_rows import (
    _import_customer_rows,
)
from agent_app.services.customers.imports.record_rows import (
    CLAIMS,
    POLICIES,
    _record_rows,
)
from agent_app.services.progress import CancelToken
from agent_app.store import Store

# --- the three imports ----------------------------------------------------------------------


@audit.records_refusals
def import_customers(
    store: Store,
    actor: Actor,
    path: str | Path,
    *,
    encoding: str | None = None,
    progress: ProgressCallback | None = None,
    cancel: CancelToken | None = None,
    batch_size: int = BATCH_ROWS,
) -> ImportSummary:
    """Create or update customers from the core system's customer extract.

    A customer is found by any of the row's national ids; a new one is created without an
    identification act (the core system, not the desk, knew them) and ``created_by`` is the
    importing account. The desk's validation applies (``validate_input`` without the
    identification requirement). Empty ``sex``, ``email``, ``mobile`` or ``preferred_language``
    cells keep what is stored; a changed e-mail or mobile enters the contact history with the
    evidence "core system import FILE line N". Ids are added, never removed.
    """
    return _run(
        store,
        actor,
        path,
        ImportKind.CUSTOMERS,
        _import_customer_rows,
        encoding=encoding,
        progress=progress,
        cancel=cancel,
        batch_size=batch_size,
    )


@audit.records_refusals
def import_policies(
    store: Store,
    actor: Actor,
    path: str | Path,
    *,
    encoding: str | None = None,
    progress: ProgressCallback | None = None,
    cancel: CancelToken | None = None,
    batch_size: int = BATCH_ROWS,
) -> ImportSummary:
    """Upsert policies by number and link each row's person (who must exist) in their role.

    A row counts as created when it created the policy, updated when it changed the policy or
    added the person's role, unchanged otherwise.
    """
    return _run(
        store,
        actor,
        path,
        ImportKind.POLICIES,
        _record_rows(POLICIES),
        encoding=encoding,
        progress=progress,
        cancel=cancel,
        batch_size=batch_size,
    )


@audit.records_refusals
def import_claims(
    store: Store,
    actor: Actor,
    path: str | Path,
    *,
    encoding: str | None = None,
    progress: ProgressCallback | None = None,
    cancel: CancelToken | None = None,
    batch_size: int = BATCH_ROWS,
) -> ImportSummary:
    """Upsert claims by number and link each row's person as claimant or beneficiary.

    ``policy_number`` is kept as given: the claim's policy need not be in the store (the policy
    extract may be partial or come later).
    """
    return _run(
        store,
        actor,
        path,
        ImportKind.CLAIMS,
        _record_rows(CLAIMS),
        encoding=encoding,
        progress=progress,
        cancel=cancel,
        batch_size=batch_size,
    )


IMPORTERS: dict[ImportKind, Callable[..., ImportSummary]] = {
    ImportKind.CUSTOMERS: import_customers,
    ImportKind.POLICIES: import_policies,
    ImportKind.CLAIMS: import_claims,
}


@audit.records_refusals
def run_import(
    store: Store,
    actor: Actor,
    kind: ImportKind | str,
    path: str | Path,
    *,
    encoding: str | None = None,
    progress: ProgressCallback | None = None,
    cancel: CancelToken | None = None,
) -> ImportSummary:
    """Any of the three by kind (what the CLI and the import dialog call). The role is checked
    here first, so a refusal is recorded against this call."""
    require(actor, Permission.IMPORT_CORE_DATA)
    return IMPORTERS[ImportKind(kind)](
        store, actor, path, encoding=encoding, progress=progress, cancel=cancel
    )
