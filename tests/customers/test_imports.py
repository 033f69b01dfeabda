"""Core-system imports: the shipped samples, idempotence, row errors, encodings, batches, cancel,
the command line and the dialog. Store tests run on SQLite and PostgreSQL (``store``)."""

from __future__ import annotations

import csv
import os
import subprocess
import sys
from dataclasses import replace
from pathlib import Path

import pytest
from sqlalchemy import func, select

from agent_app.models import (
    AuditEvent,
    Claim,
    ClaimRole,
    ContactChange,
    Customer,
    CustomerIdentifier,
    CustomerSearchTerm,
    Policy,
    PolicyRole,
    Role,
)
from agent_app.services.customers import imports, search_customers, write_search_terms
from agent_app.services.customers.imports import (
    ImportRefusedError,
    import_claims,
    import_customers,
    import_policies,
)
from agent_app.services.errors import PermissionDeniedError, RowError
from agent_app.services.progress import CancelToken
from tests.support import ROOT

SAMPLES = ROOT / "resources" / "samples"
VENV_PYTHON = ROOT / ".venv" / "bin" / "python"
PYTHON = str(VENV_PYTHON if VENV_PYTHON.exists() else sys.executable)
ADMIN_PASSWORD = "correct-horse-1"  # the ``admin`` fixture's

CUSTOMER_HEADER = (
    "market,first_name,last_name,birth_date,sex,id_kind,id_value,street,postcode,"
    "city,country,email,mobile"
)
# Valid ids (check digits computed with python-stdnum and national_ids._jmbg_check_digit).
SI_EMSO_1990 = "2107990500424"  # Žiga Šuštar in the samples
BG_EGN_1980 = "8006154306"  # nobody in the samples
RS_JMBG_1978 = "0909978710040"  # nobody in the samples


def counts(store) -> dict[str, int]:
    with store.unit_of_work() as uow:
        return {
            model.__tablename__: uow.session.execute(
                select(func.count()).select_from(model)
            ).scalar_one()
            for model in (
                Customer,
                CustomerIdentifier,
                CustomerSearchTerm,
                ContactChange,
                Policy,
                PolicyRole,
                Claim,
                ClaimRole,
            )
        }


def customer_named(store, last_name: str) -> Customer:
    with store.unit_of_work() as uow:
        customer = uow.session.execute(
            select(Customer).where(Customer.last_name == last_name)
        ).scalar_one()
        uow.session.expunge(customer)  # detached with its values (the rollback expires nothing)
        return customer


def write(path: Path, text: str, encoding: str = "utf-8") -> Path:
    path.write_bytes(text.encode(encoding))
    return path


def sample_rows(name: str) -> int:
    with (SAMPLES / name).open(encoding="utf-8", newline="") as handle:
        return sum(1 for _ in csv.reader(handle)) - 1


# --- the samples, and importing them again --------------------------------------------------


def test_samples_load_and_a_second_import_changes_nothing(store, admin):
    seen: list[tuple[int, int]] = []
    customers = import_customers(
        store,
        admin,
        SAMPLES / "customers.csv",
        progress=lambda done, total: seen.append((done, total)),
    )
    assert (customers.total_rows, customers.created, customers.failed) == (
        sample_rows("customers.csv"),
        24,
        0,
    )
    assert customers.errors == [] and customers.complete and customers.encoding == "utf-8"
    assert seen[0] == (0, 24) and seen[-1] == (24, 24)
    policies = import_policies(store, admin, SAMPLES / "policies.csv")
    claims = import_claims(store, admin, SAMPLES / "claims.csv")
    assert (policies.failed, claims.failed) == (0, 0)
    # a row that only adds a second person's role to a policy counts as updated
    assert policies.created + policies.updated == sample_rows("policies.csv")
    assert policies.created == 19 and claims.created == 7
    before = counts(store)
    assert before["customers"] == 24 and before["policy_roles"] == 28
    assert before["claim_roles"] == 8 and before["claims"] == 7

    # Names in every script, imported as the core system wrote them; searchable across scripts.
    sustar = customer_named(store, "Šuštar")
    assert (sustar.first_name, sustar.sex, sustar.preferred_language) == ("Žiga", "M", "sl")
    assert sustar.created_by == admin.agent_id and sustar.identification_method is None
    assert sustar.mobile == "+38640345678"
    assert customer_named(store, "Петров").preferred_language == "bg"
    assert customer_named(store, "Петровић").preferred_language == "sr_Cyrl"
    assert customer_named(store, "Đorđević").preferred_language == "sr_Latn"
    found = {c.last_name for c in search_customers(store, admin, "petrovic")}
    assert {"Petrović", "Петровић"} <= found
    # the bulk-inserted terms are exactly what write_search_terms would store
    with store.unit_of_work() as uow:

        def terms() -> set[str]:
            return set(
                uow.session.execute(
                    select(CustomerSearchTerm.term).where(
                        CustomerSearchTerm.customer_id == sustar.id
                    )
                ).scalars()
            )

        imported = terms()
        write_search_terms(uow.session, uow.session.get(Customer, sustar.id))
        uow.session.flush()
        assert terms() == imported and "sustar" in imported
    with store.unit_of_work() as uow:
        evidence = uow.session.execute(
            select(ContactChange.evidence).where(
                ContactChange.customer_id == sustar.id, ContactChange.kind == "mobile"
            )
        ).scalar_one()
    assert evidence == "core system import customers.csv line 4"

    again = [
        import_customers(store, admin, SAMPLES / "customers.csv"),
        import_policies(store, admin, SAMPLES / "policies.csv"),
        import_claims(store, admin, SAMPLES / "claims.csv"),
    ]
    for summary in again:
        assert summary.unchanged == summary.total_rows > 0, summary
        assert (summary.created, summary.updated, summary.failed) == (0, 0, 0)
    assert counts(store) == before
    assert customer_named(store, "Šuštar").version == sustar.version

    with store.unit_of_work() as uow:
        events = (
            uow.session.execute(
                select(AuditEvent)
                .where(AuditEvent.action.like("import.%"), AuditEvent.action != "import.started")
                .order_by(AuditEvent.id)
            )
            .scalars()
            .all()
        )  # each run also opens with import.started (tests/security/test_security_imports.py)
        assert [e.action for e in events] == [
            "import.customers",
            "import.policies",
            "import.claims",
        ] * 2
        assert events[0].username == "admin" and events[0].details["file"] == "customers.csv"
        assert events[0].details["created"] == 24 and events[3].details["unchanged"] == 24
        assert "Šuštar" not in str(events[0].details)  # counts, never personal data


def test_broken_rows_are_reported_with_their_lines_while_good_rows_load(store, admin):
    summary = import_customers(store, admin, SAMPLES / "customers-with-errors.csv")
    assert (summary.created, summary.failed, summary.total_rows) == (5, 3, 8)
    assert not summary.complete
    assert summary.errors == [
        RowError(3, "birth_date", "customer.birth_date_future"),
        RowError(5, "id_value", "id.bad_checksum"),
        RowError(7, "first_name", "error.required"),
        RowError(7, "email", "customer.email_invalid"),
    ]
    assert counts(store)["customers"] == 5


def test_line_numbers_are_physical_lines_across_blank_lines_and_quoted_newlines(
    store, admin, tmp_path
):
    path = write(
        tmp_path / "lines.csv",
        (
            f"{CUSTOMER_HEADER}\n"
            "\n"
            f'SI,Žiga,Šuštar,1990-07-21,,si_emso,{SI_EMSO_1990},"Prešernova ulica 8\nvhod B",4000,'
            "Kranj,SI,,\n"
            "SI,Ana,Kos,1980-01-01\n"
            f"BG,Иван,Петров,1980-06-15,,bg_egn,{BG_EGN_1980},ул. 1,1000,София,BG,x,,extra\n"
            f"RS,Milan,Petrović,1978-09-09,,rs_jmbg,{RS_JMBG_1978},Knez Mihailova 22,11000,Beograd,"
            "RS,,064 123 4567,,\n"
        ),
    )
    summary = import_customers(store, admin, path)
    assert (summary.total_rows, summary.created) == (4, 2)
    assert summary.errors == [
        RowError(5, "", "import.field_count", {"expected": 13, "found": 4}),
        RowError(6, "", "import.field_count", {"expected": 13, "found": 14}),
    ]
    assert customer_named(store, "Šuštar").street == "Prešernova ulica 8 vhod B"
    assert customer_named(store, "Petrović").mobile == "+381641234567"  # trailing empty fields


def test_policies_and_claims_report_unknown_people_and_bad_values(store, admin, tmp_path):
    import_customers(store, admin, SAMPLES / "customers.csv")
    policies = write(
        tmp_path / "policies.csv",
        (
            "policy_number,product_line,start_date,end_date,status,id_kind,id_value,role\n"
            f"si-x-1,life,2020-01-01,,active,si_emso,{SI_EMSO_1990},insured\n"
            f"SI-X-2,life,2020-01-01,,active,bg_egn,{BG_EGN_1980},insured\n"
            f"SI-X-3,boat,2020-01-01,2019-01-01,active,si_emso,{SI_EMSO_1990},owner\n"
            "SI-X-4,life,01.02.2020,,active,rs_jmbg,123,insured\n"
            f"SI-X-1,life,2021-01-01,,active,si_emso,{SI_EMSO_1990},payer\n"
        ),
    )
    summary = import_policies(store, admin, policies)
    assert (summary.created, summary.failed) == (1, 4)
    assert summary.errors == [
        RowError(3, "id_value", "import.unknown_person"),
        RowError(
            4,
            "product_line",
            "import.unknown_value",
            {"value": "boat", "allowed": ", ".join(imports.PRODUCT_LINES)},
        ),
        RowError(4, "end_date", "import.end_before_start"),
        RowError(
            4,
            "role",
            "import.unknown_value",
            {"value": "owner", "allowed": "policyholder, insured, payer"},
        ),
        RowError(5, "start_date", "import.bad_date", {"value": "01.02.2020"}),
        RowError(5, "id_value", "id.jmbg_format"),
        # the same policy again with another start date: the file contradicts itself
        RowError(6, "policy_number", "import.duplicate_conflict"),
    ]
    with store.unit_of_work() as uow:
        assert uow.session.execute(select(Policy.number)).scalars().all() == ["SI-X-1"]

    claims = write(
        tmp_path / "claims.csv",
        (
            "claim_number;policy_number;status;reported_on;id_kind;id_value;role\n"
            f"C-1;;open;2025-01-02;si_emso;{SI_EMSO_1990};claimant\n"
            f"C-2;SI-X-1;paid;2999-01-01;si_emso;{SI_EMSO_1990};claimant\n"
            f"C-3;;open;;rs_jmbg;{RS_JMBG_1978};claimant\n"
        ),
    )
    result = import_claims(store, admin, claims)
    assert result.delimiter == ";"
    assert (result.created, result.failed) == (1, 2)
    assert [(e.line, e.field, e.code) for e in result.errors] == [
        (3, "reported_on", "import.date_in_future"),
        (4, "id_value", "import.unknown_person"),
    ]


# --- files: encodings, delimiters, headers --------------------------------------------------


def test_windows_code_pages_and_utf8_with_bom_load_with_correct_names(store, admin, tmp_path):
    latin = write(
        tmp_path / "latin.csv",
        (
            f"{CUSTOMER_HEADER}\n"
            f"SI,Žiga,Šuštar,1990-07-21,,si_emso,{SI_EMSO_1990},Prešernova ulica 8,4000,Kranj,"
            "SI,,\n"
            f"RS,Milan,Petrović,1978-09-09,,rs_jmbg,{RS_JMBG_1978},Knez Mihailova 22,11000,Beograd,"
            "RS,,\n"
        ),
        "cp1250",
    )
    cyrillic = write(
        tmp_path / "cyrillic.csv",
        (
            f"{CUSTOMER_HEADER}\n"
            f"BG,Иван,Петров,1980-06-15,,bg_egn,{BG_EGN_1980},бул. Витоша 15,1000,София,BG,,\n"
        ),
        "cp1251",
    )
    summaries = [import_customers(store, admin, latin), import_customers(store, admin, cyrillic)]
    assert [(s.encoding, s.created, s.failed) for s in summaries] == [
        ("cp1250", 2, 0),
        ("cp1251", 1, 0),
    ]
    assert customer_named(store, "Šuštar").first_name == "Žiga"
    assert customer_named(store, "Petrović").city == "Beograd"
    assert customer_named(store, "Петров").city == "София"

    # the same people as UTF-8 with a BOM, semicolons and an extra column: all unchanged
    bom = write(
        tmp_path / "bom.csv",
        (
            f"{CUSTOMER_HEADER.replace(',', ';')};Notes\n"
            f"SI;Žiga;Šuštar;1990-07-21;;si_emso;{SI_EMSO_1990};Prešernova ulica 8;4000;Kranj;"
            "SI;;;x\n"
            f"BG;Иван;Петров;1980-06-15;;bg_egn;{BG_EGN_1980};бул. Витоша 15;1000;София;BG;;;\n"
        ),
        "utf-8-sig",
    )
    summary = import_customers(store, admin, bom)
    assert (summary.encoding, summary.delimiter, summary.ignored_columns) == (
        "utf-8",
        ";",
        ("notes",),
    )
    assert (summary.unchanged, summary.created, summary.failed) == (2, 0, 0)
    # the caller may name the encoding; a wrong one refuses the file, naming the line
    assert import_customers(store, admin, latin, encoding="windows-1250").unchanged == 2
    with pytest.raises(ImportRefusedError) as refused:
        import_customers(store, admin, latin, encoding="utf-8")
    assert refused.value.code == "import.undecodable" and refused.value.params["line"] == 2


def test_files_without_the_required_columns_are_refused_untouched(store, admin, tmp_path):
    missing = write(
        tmp_path / "missing.csv", "market,first_name,last_name,Birth_Date\nSI,Ana,Kos,1980-01-01\n"
    )
    twice = write(tmp_path / "twice.csv", f"{CUSTOMER_HEADER}, Email \n")
    empty = write(tmp_path / "empty.csv", "\n\n")
    cases = [
        (
            missing,
            "import.missing_columns",
            {"columns": "id_kind, id_value, street, postcode, city, country"},
        ),
        (twice, "import.duplicate_columns", {"columns": "email"}),
        (empty, "import.empty_file", {}),
        (tmp_path / "absent.csv", "import.file_unreadable", {"file": "absent.csv"}),
    ]
    for path, code, params in cases:
        with pytest.raises(ImportRefusedError) as refused:
            import_customers(store, admin, path)
        assert (refused.value.code, refused.value.params) == (code, params)
    with pytest.raises(ImportRefusedError) as refused:
        import_policies(store, admin, SAMPLES / "customers.csv")
    assert "policy_number" in refused.value.params["columns"]
    assert counts(store)["customers"] == 0
    with pytest.raises(PermissionDeniedError):
        import_customers(store, replace(admin, role=Role.AGENT), SAMPLES / "customers.csv")


# --- updates, conflicts, markets ------------------------------------------------------------


def test_changed_rows_update_the_customer_and_the_contact_history(store, admin, tmp_path):
    import_customers(store, admin, SAMPLES / "customers.csv")
    before = customer_named(store, "Šuštar")
    changes_before = counts(store)["contact_changes"]
    changed = write(
        tmp_path / "changed.csv",
        (
            f"{CUSTOMER_HEADER},second_id_kind,second_id_value\n"
            # new e-mail and surname, and a tax number added; the empty mobile keeps the stored one
            f"SI,Žiga,Šuštar-Kos,1990-07-21,,si_emso,{SI_EMSO_1990},Prešernova ulica 8,4000,Kranj,"
            "SI,ziga@example.com,,si_tax,12345601\n"
        ),
    )
    summary = import_customers(store, admin, changed)
    # si_tax 12345601 belongs to Janez Novak: one row, two people
    assert summary.errors == [RowError(2, "second_id_value", "import.ids_of_two_customers")]
    write(changed, changed.read_text().replace("12345601", "10000011"))
    summary = import_customers(store, admin, changed)
    assert (summary.updated, summary.failed) == (1, 0)
    after = customer_named(store, "Šuštar-Kos")
    assert after.id == before.id and after.version == before.version + 1
    assert (after.email, after.mobile) == ("ziga@example.com", before.mobile)
    assert search_customers(store, admin, "sustar-kos")[0].id == after.id
    with store.unit_of_work() as uow:
        last = uow.session.execute(
            select(
                ContactChange.old_value,
                ContactChange.new_value,
                ContactChange.evidence,
                ContactChange.changed_by,
            )
            .where(ContactChange.customer_id == after.id, ContactChange.kind == "email")
            .order_by(ContactChange.id.desc())
            .limit(1)
        ).one()
        ids = set(
            uow.session.execute(
                select(CustomerIdentifier.kind).where(CustomerIdentifier.customer_id == after.id)
            ).scalars()
        )
    assert tuple(last) == (
        before.email,
        "ziga@example.com",
        "core system import changed.csv line 2",
        admin.agent_id,
    )
    assert counts(store)["contact_changes"] == changes_before + 1
    assert ids == {"si_emso", "si_tax"}
    assert import_customers(store, admin, changed).unchanged == 1

    # a supervisor imports their own market only; a person never changes market by import
    supervisor = replace(admin, role=Role.SUPERVISOR)
    other = write(
        tmp_path / "other.csv",
        (
            f"{CUSTOMER_HEADER}\n"
            f"BG,Иван,Петров,1980-06-15,,bg_egn,{BG_EGN_1980},бул. Витоша 15,1000,София,BG,,\n"
            f"RS,Žiga,Šuštar-Kos,1990-07-21,,si_emso,{SI_EMSO_1990},Ulica 1,11000,Beograd,RS,,\n"
        ),
    )
    result = import_customers(store, supervisor, other)
    assert [(e.line, e.field, e.code) for e in result.errors] == [
        (2, "market", "import.market_not_yours"),
        (3, "market", "import.market_not_yours"),
    ]
    result = import_customers(store, admin, other)
    assert [(e.line, e.code, e.params) for e in result.errors] == [
        (3, "import.market_differs", {"market": "SI"})
    ]
    assert result.created == 1


def test_the_same_person_twice_in_a_file_with_different_data_is_an_error(store, admin, tmp_path):
    row = (
        f"SI,Žiga,Šuštar,1990-07-21,,si_emso,{SI_EMSO_1990},Prešernova ulica 8,4000,Kranj,SI,"
        "{email},\n"
    )
    path = write(
        tmp_path / "twice.csv",
        CUSTOMER_HEADER
        + "\n"
        + row.format(email="a@example.com")
        + row.format(email="a@example.com")
        + row.format(email="b@example.com"),
    )
    for batch_size in (500, 1):  # in one batch, and across batches
        summary = import_customers(store, admin, path, batch_size=batch_size)
        assert summary.errors == [RowError(4, "id_value", "import.duplicate_conflict")]
        assert summary.unchanged + summary.created == 2
    assert customer_named(store, "Šuštar").email == "a@example.com"


# --- batches and cancel ---------------------------------------------------------------------


def test_cancel_commits_the_batches_done_and_a_rerun_finishes(store, admin):
    token = CancelToken()
    reports: list[tuple[int, int]] = []

    def progress(done: int, total: int) -> None:
        reports.append((done, total))
        if done >= 10:
            token.cancel()

    summary = import_customers(
        store, admin, SAMPLES / "customers.csv", progress=progress, cancel=token, batch_size=5
    )
    assert summary.cancelled and not summary.complete
    assert (summary.rows_done, summary.created, summary.total_rows) == (10, 10, 24)
    assert reports == [(0, 24), (5, 24), (10, 24), (10, 24)]
    assert counts(store)["customers"] == 10
    with store.unit_of_work() as uow:
        details = uow.session.execute(
            select(AuditEvent.details).where(AuditEvent.action == "import.customers")
        ).scalar_one()
    assert details["cancelled"] is True and details["rows"] == 10

    rest = import_customers(store, admin, SAMPLES / "customers.csv", batch_size=5)
    assert (rest.unchanged, rest.created, rest.cancelled) == (10, 14, False)
    assert counts(store)["customers"] == 24


# --- the command line -----------------------------------------------------------------------


def run_cli(store_url: str, *args: str) -> subprocess.CompletedProcess[str]:
    env = dict(
        os.environ,
        AGENT_DESK_PASSWORD=ADMIN_PASSWORD,
        PYTHON_KEYRING_BACKEND="keyring.backends.fail.Keyring",
    )
    return subprocess.run(
        [PYTHON, "-m", "agent_app", "--store", store_url, "import", *args, "--as", "admin"],
        cwd=ROOT,
        env=env,
        stdin=subprocess.DEVNULL,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )


def test_cli_imports_and_exits_0_1_or_2(store_url, store, admin):
    ok = run_cli(store_url, "customers", str(SAMPLES / "customers.csv"))
    assert ok.returncode == 0, ok.stderr
    assert "created 24, updated 0, unchanged 0, failed 0" in ok.stdout
    assert "customers.csv: 24 / 24 rows (100%)" in ok.stderr

    some = run_cli(store_url, "customers", str(SAMPLES / "customers-with-errors.csv"))
    assert some.returncode == 1, some.stderr
    assert "created 5, updated 0, unchanged 0, failed 3" in some.stdout
    assert "line 3: birth_date: the date of birth is in the future" in some.stdout
    assert "line 5: id_value: the check digit is wrong" in some.stdout

    refused = run_cli(store_url, "policies", str(SAMPLES / "customers.csv"))
    assert refused.returncode == 2
    assert (
        "refused, nothing imported: columns missing from the header: policy_number"
        in refused.stderr
    )
    assert counts(store)["customers"] == 29


# --- the dialog -----------------------------------------------------------------------------


def test_import_dialog_shows_progress_then_the_summary_and_the_row_errors(
    qtbot, qt_app, sqlite_url, monkeypatch
):
    from PySide6.QtCore import Qt

    from agent_app.services.agents import NewBranch
    from agent_app.services.settings import AppSettings
    from agent_app.services.setup import FirstAdmin, complete_first_run
    from agent_app.store import Store, upgrade
    from agent_app.ui.customers.import_dialog import ImportDialog
    from agent_app.ui.kit import operations
    from agent_app.ui.kit.context import AppContext

    store = Store.open(sqlite_url)
    upgrade(store.engine)
    try:
        actor = complete_first_run(
            store,
            NewBranch("LJ-CENTER", "Ljubljana Center", "SI", "Europe/Ljubljana"),
            FirstAdmin("admin", "Ana Horvat", ADMIN_PASSWORD),
            "UI-TEST",
        )
        dialog = ImportDialog(AppContext(store, AppSettings(workstation="UI-TEST"), actor))
        qtbot.addWidget(dialog)
        dialog.show()
        assert dialog.objectName() == "importDialog" and not dialog.progress_bar.isVisible()
        monkeypatch.setattr(
            dialog, "choose_file", lambda: str(SAMPLES / "customers-with-errors.csv")
        )
        qtbot.mouseClick(dialog.browse_button, Qt.MouseButton.LeftButton)
        assert dialog.file_input.text().endswith("customers-with-errors.csv")
        qtbot.mouseClick(dialog.start_button, Qt.MouseButton.LeftButton)
        assert dialog.progress_bar.isVisible() and dialog.cancel_button.isEnabled()
        assert not dialog.start_button.isEnabled()
        qtbot.waitUntil(lambda: dialog.summary_label.isVisible(), timeout=15_000)
        qtbot.waitUntil(lambda: operations.running_operations() == 0)
        assert dialog.findChild(type(dialog.progress_bar), "importProgress").isVisible()
        assert dialog.progress_bar.value() == dialog.progress_bar.maximum() == 8
        assert "Created 5, updated 0, unchanged 0, failed 3." in dialog.summary_label.text()
        assert dialog.errors_table.isVisible() and dialog.errors_model.rowCount() == 4
        model = dialog.errors_model
        assert [model.index(0, c).data() for c in range(3)] == [
            "3",
            "birth_date",
            "The birth date is in the future.",
        ]
        assert model.index(3, 1).data() == "email"
        assert dialog.start_button.isEnabled() and not dialog.cancel_button.isEnabled()

        # a refused file: the reason, in words, inside the dialog
        dialog.kind_input.setCurrentIndex(dialog.kind_input.findData("policies"))
        qtbot.mouseClick(dialog.start_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: dialog.error_label.isVisible(), timeout=15_000)
        qtbot.waitUntil(lambda: operations.running_operations() == 0)
        assert dialog.error_label.text().startswith("The header lacks these columns: policy_number")
    finally:
        store.close()
