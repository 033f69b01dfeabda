"""Loading the insurer's core-system extracts: customers, policies (with roles) and claims.

The core system sends CSV files; an administrator or supervisor loads them from the command line
(``agent-app import customers FILE``) or from the import dialog. The rules, in short:

* **Idempotent.** Records are matched by their natural keys (a customer by national id, a policy
  or claim by its number). A row whose data is already stored changes nothing and counts as
  *unchanged*, so re-importing a file, or re-running a cancelled import, is safe.
* **Row errors do not stop the file.** A bad row is reported with its physical line number
  (header = line 1), the column and a message key with parameters (the same keys the desk's
  forms use, e.g. ``customer.birth_date_future``, plus ``import.*``); good rows load.
* **Whole-file refusals** (unreadable file, unknown encoding, missing or repeated columns) raise
  :class:`ImportRefusedError` before anything is written.
* **Batches.** Rows are written in transactions of :data:`BATCH_ROWS` rows, so a million-row file
  never holds one transaction (or, on SQLite, the write lock) for long; agents keep working.
* **Cancel** takes effect before the next row: the rows read so far are committed, nothing
  after them; the summary says ``cancelled`` and how many rows were done. Running the same file
  again resumes naturally: the committed rows come back *unchanged*.
* **Progress** is ``progress(rows_done, total_rows)`` after every committed batch; the total comes
  from a first, cheap pass that counts the lines (and detects the encoding).

No English here: every message is a code for the caller to render.

Where things are: :mod:`.common` (kinds, columns, the summary), :mod:`.reading` (encoding,
header, rows, cell parsers), :mod:`.batches` (the run: batches, retries, counts, audit),
:mod:`.customer_rows` and :mod:`.record_rows` (what a row of each file does),
:mod:`.importers` (the public calls, re-exported here).
"""

from agent_app.services.customers.imports.common import (
    BATCH_ATTEMPTS,
    BATCH_ROWS,
    CLAIM_ROLES,
    CLAIM_STATUSES,
    DEFAULT_LANGUAGE,
    ID_KINDS,
    MAX_NUMBER_LENGTH,
    MAX_REPORTED_ERRORS,
    OPTIONAL_COLUMNS,
    POLICY_ROLES,
    POLICY_STATUSES,
    PRODUCT_LINES,
    REQUIRED_COLUMNS,
    ImportKind,
    ImportRefusedError,
    ImportSummary,
    ProgressCallback,
)
from agent_app.services.customers.imports.importers import (
    IMPORTERS,
    import_claims,
    import_customers,
    import_policies,
    run_import,
)

__all__ = [
    "BATCH_ATTEMPTS",
    "BATCH_ROWS",
    "CLAIM_ROLES",
    "CLAIM_STATUSES",
    "DEFAULT_LANGUAGE",
    "ID_KINDS",
    "IMPORTERS",
    "MAX_NUMBER_LENGTH",
    "MAX_REPORTED_ERRORS",
    "OPTIONAL_COLUMNS",
    "POLICY_ROLES",
    "POLICY_STATUSES",
    "PRODUCT_LINES",
    "REQUIRED_COLUMNS",
    "ImportKind",
    "ImportRefusedError",
    "ImportSummary",
    "ProgressCallback",
    "import_claims",
    "import_customers",
    "import_policies",
    "run_import",
]
