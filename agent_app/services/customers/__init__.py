"""Customers: identify, validate, create, edit, find, spot duplicates, merge, export, import.

The capability's public calls, re-exported from its modules:
:mod:`.identify` (inputs, results, validation of one person), :mod:`.lookup` (one record, the
search box), :mod:`.editing` (create, edit, likely duplicates), :mod:`.records` (many at once,
merge, export), :mod:`.forms` (what a form asks per market), :mod:`.imports` (core-system
extracts), :mod:`.national_ids` (checksums).
"""

from agent_app.services.customers.editing import (
    change_contact,
    confirm_distinct,
    create_customer,
    search_term_rows,
    update_customer,
    write_search_terms,
)
from agent_app.services.customers.identify import (
    DEFAULT_REGION,
    DOCUMENT_TYPES,
    IDENTIFICATION_METHODS,
    MAX_AGE_YEARS,
    POSTCODE_DIGITS,
    SEARCH_PAGE,
    ClaimRow,
    ContactChangeRow,
    CustomerDetail,
    CustomerInput,
    CustomerSummary,
    IdentificationInput,
    IdentifierInput,
    PolicyRow,
    PossibleDuplicatesError,
    normalize_email,
    normalize_phone,
    validate_input,
)
from agent_app.services.customers.lookup import (
    customer_row,
    get_customer,
    search_customers,
)
from agent_app.services.customers.summary import (
    ActivityRow,
    CustomerAtAGlance,
    OpenedRecord,
    RecordTab,
    RecordTabHook,
    SummaryHook,
    SummaryPart,
    customer_summary,
    open_record,
    part_data,
    register_record_tab,
    register_summary_part,
)

__all__ = [
    "DEFAULT_REGION",
    "DOCUMENT_TYPES",
    "IDENTIFICATION_METHODS",
    "MAX_AGE_YEARS",
    "POSTCODE_DIGITS",
    "SEARCH_PAGE",
    "ActivityRow",
    "ClaimRow",
    "ContactChangeRow",
    "CustomerAtAGlance",
    "CustomerDetail",
    "CustomerInput",
    "CustomerSummary",
    "IdentificationInput",
    "IdentifierInput",
    "OpenedRecord",
    "PolicyRow",
    "PossibleDuplicatesError",
    "RecordTab",
    "RecordTabHook",
    "SummaryHook",
    "SummaryPart",
    "change_contact",
    "confirm_distinct",
    "create_customer",
    "customer_row",
    "customer_summary",
    "get_customer",
    "normalize_email",
    "normalize_phone",
    "open_record",
    "part_data",
    "register_record_tab",
    "register_summary_part",
    "search_customers",
    "search_term_rows",
    "update_customer",
    "validate_input",
    "write_search_terms",
]
