"""What the imports share: the kinds of file, their columns and allowed values, the summary and
the whole-file refusal.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from enum import StrEnum

from agent_app.models import (
    Market,
)
from agent_app.services.customers.national_ids import IdKind
from agent_app.services.errors import RowError, ServiceError

BATCH_ROWS = 500
MAX_REPORTED_ERRORS = 1000  # kept in the summary; ``failed`` still counts every bad row
BATCH_ATTEMPTS = 3  # a batch that collides with an agent's concurrent save is re-read and retried
MAX_NUMBER_LENGTH = 32

ProgressCallback = Callable[[int, int], None]


class ImportKind(StrEnum):
    CUSTOMERS = "customers"
    POLICIES = "policies"
    CLAIMS = "claims"


PRODUCT_LINES = ("life", "motor_hull", "motor_liability", "household", "health", "accident")
POLICY_STATUSES = ("active", "lapsed", "cancelled", "expired")
POLICY_ROLES = ("policyholder", "insured", "payer")
CLAIM_STATUSES = ("open", "closed", "rejected", "paid")
CLAIM_ROLES = ("claimant", "beneficiary")
ID_KINDS = tuple(kind.value for kind in IdKind)

# Columns each file must have in its header, and those it may have. Anything else is ignored
# (and named once in the summary).
REQUIRED_COLUMNS: dict[ImportKind, tuple[str, ...]] = {
    ImportKind.CUSTOMERS: (
        "market",
        "first_name",
        "last_name",
        "birth_date",
        "id_kind",
        "id_value",
        "street",
        "postcode",
        "city",
        "country",
    ),
    ImportKind.POLICIES: (
        "policy_number",
        "product_line",
        "start_date",
        "status",
        "id_kind",
        "id_value",
        "role",
    ),
    ImportKind.CLAIMS: ("claim_number", "status", "id_kind", "id_value", "role"),
}
OPTIONAL_COLUMNS: dict[ImportKind, tuple[str, ...]] = {
    ImportKind.CUSTOMERS: (
        "sex",
        "second_id_kind",
        "second_id_value",
        "email",
        "mobile",
        "preferred_language",
    ),
    # contact_email / contact_mobile: what the person gave on this policy or claim, the contact
    # of record a portal code may go to (RS manual §2; services.portal_codes.contact_of_record)
    ImportKind.POLICIES: ("end_date", "contact_email", "contact_mobile"),
    ImportKind.CLAIMS: ("policy_number", "reported_on", "contact_email", "contact_mobile"),
}

# The language an imported customer gets when the file does not say.
DEFAULT_LANGUAGE = {Market.SI: "sl", Market.BG: "bg", Market.RS: "sr_Latn"}


# --- results --------------------------------------------------------------------------------


@dataclass
class ImportSummary:
    kind: str
    file_name: str
    total_rows: int = 0  # data rows in the file (counted up front; exact once the run ends)
    created: int = 0
    updated: int = 0
    unchanged: int = 0
    failed: int = 0  # rows with at least one error
    errors: list[RowError] = field(default_factory=list)
    errors_omitted: int = 0  # errors beyond MAX_REPORTED_ERRORS, counted but not kept
    ignored_columns: tuple[str, ...] = ()
    cancelled: bool = False
    rows_done: int = 0  # rows read and committed (created + updated + unchanged + failed)
    encoding: str = ""
    delimiter: str = ","
    refused_other_market: int = 0  # rows naming another market's policy or claim
    started_event: int | None = None  # the import.started audit event this run closes

    @property
    def loaded(self) -> int:
        return self.created + self.updated + self.unchanged

    @property
    def complete(self) -> bool:
        """Every row of the file loaded: nothing failed, nothing left out by a cancel."""
        return not self.cancelled and self.failed == 0


class ImportRefusedError(ServiceError):
    """The whole file is refused before anything is written (codes ``import.*``)."""

    code = "import.refused"
