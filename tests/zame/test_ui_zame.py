"""The ZAME screens driven as a Slovenian agent, a supervisor and an administrator would, on a
real SQLite store: refusals (17 years old, no tax number, missing data), the enrollment form
previewed and read back, enrolling on the customer's record, activities moving points and level
on the panel, the discount, consents, the points statement, a coupon queued in the outbox, an
exit request with its effective day, a supervisor's exclusion, a former member joining again,
the members list, the daily run from the button, the points table editor and partner offers.

Screenshots go to ``AGENT_DESK_SHOTS`` when that is set.
"""

from __future__ import annotations

import io
import os
from collections.abc import Iterator
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QPushButton
from sqlalchemy import func, select

from agent_app.models import OutboxMessage
from agent_app.services import zame
from agent_app.services.access import Section
from agent_app.services.deployment import mark_demo
from agent_app.services.zame import EnrollmentInput, OfferInput
from agent_app.store import Store, upgrade
from agent_app.ui.customers.detail_view import CustomerDetailView
from agent_app.ui.kit import operations
from agent_app.ui.shell.main_window import MainWindow
from agent_app.ui.zame.dialogs import (
    ActivityDialog,
    ConsentDialog,
    CouponDialog,
    EnrollDialog,
    ExcludeDialog,
    ExitDialog,
)
from agent_app.ui.zame.offers import OfferDialog
from agent_app.ui.zame.panel import ZamePanel
from agent_app.ui.zame.preview import ZamePdfDialog
from agent_app.ui.zame.view import MemberDialog, ZameView
from tests.support.desk import install_accounts
from tests.support.dialogs import answer
from tests.support.printing import print_through_dialog
from tests.support.ui import actor_for, context_for
from tests.support.zame import make_si_customer

# the app in English, and no operation left running when a test ends
pytestmark = pytest.mark.usefixtures("english", "no_operation_left_running")

LEFT = Qt.MouseButton.LeftButton


@pytest.fixture
def desk(sqlite_url: str) -> Iterator[Store]:
    store = Store.open(sqlite_url)
    upgrade(store.engine)
    mark_demo(store, "tests")  # the shipped document versions and points table may be used
    install_accounts(store)
    yield store
    store.close()


def _shot(widget: Any, name: str) -> None:
    folder = os.environ.get("AGENT_DESK_SHOTS")
    if folder:
        Path(folder).mkdir(parents=True, exist_ok=True)
        widget.grab().save(str(Path(folder) / f"{name}.png"))


def _idle(qtbot: Any, widget: Any) -> None:
    qtbot.waitUntil(
        lambda: not widget.is_busy and operations.running_operations() == 0, timeout=15_000
    )


def _text(pdf: bytes) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages)


def _shown(qtbot: Any, widget: Any, width: int = 1200, height: int = 760) -> Any:
    qtbot.addWidget(widget)
    widget.resize(width, height)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def _panel(qtbot: Any, store: Store, customer_id: int, user: str = "agent-si") -> ZamePanel:
    panel = _shown(qtbot, ZamePanel(context_for(store, user)), 1150, 640)
    panel.show_customer(customer_id, name="Špela Žužek")
    _idle(qtbot, panel)
    return panel


def _submit(qtbot: Any, dialog: Any) -> None:
    """Press the dialog's default button and wait for the service call to come back."""
    qtbot.mouseClick(dialog.save_button, LEFT)
    qtbot.waitUntil(lambda: operations.running_operations() == 0, timeout=15_000)


def _today() -> date:
    return zame.si_today()


def _policies(count: int, years: int) -> tuple[tuple[str, str, date, date | None, str], ...]:
    """``count`` policies as policyholder, the first one ``years`` full years ago."""
    first = _today().replace(year=_today().year - years) - timedelta(days=30)
    return tuple(
        ("household", "policyholder", first + timedelta(days=i), None, "active")
        for i in range(count)
    )


def _member(store: Store, *, signed: datetime | None = None, **kwargs: Any) -> tuple[int, Any]:
    customer_id = make_si_customer(store, **kwargs)
    agent = actor_for(store, "agent-si")
    at = signed or datetime.now(UTC) - timedelta(minutes=1)
    info = zame.enroll(
        store, agent, customer_id, EnrollmentInput(signed_at=at), now=at if signed else None
    )
    return customer_id, info


# --- joining ------------------------------------------------------------------------------------


def test_refusals_list_the_reasons_and_what_is_missing(qtbot, desk):
    today = _today()
    young = make_si_customer(desk, born=today.replace(year=today.year - 17))
    panel = _panel(qtbot, desk, young)
    assert panel.stack.currentIndex() == 0
    assert "18 or older" in panel.eligibility_label.text()
    assert "(age today: 17)" in panel.eligibility_label.text()
    assert not panel.enroll_button.isEnabled() and not panel.print_form_button.isEnabled()

    no_tax = make_si_customer(desk, tax=False)
    panel.show_customer(no_tax)
    _idle(qtbot, panel)
    assert "tax number (davčna številka) is required" in panel.eligibility_label.text()
    assert not panel.enroll_button.isEnabled()

    no_contact = make_si_customer(desk, email=None, mobile=None)
    panel.show_customer(no_contact)
    _idle(qtbot, panel)
    assert "Missing: e-mail, mobile number." in panel.eligibility_label.text()

    adult = make_si_customer(desk, born=today.replace(year=today.year - 18))  # 18 today
    panel.show_customer(adult)
    _idle(qtbot, panel)
    assert panel.enroll_button.isEnabled(), panel.eligibility_label.text()
    assert "Can join today" in panel.eligibility_label.text()


def test_agent_prints_the_form_and_enrolls_from_the_customer_record(qtbot, desk, tmp_path):
    from agent_app.services import customers

    customer_id = make_si_customer(desk)
    context = context_for(desk, "agent-si")
    view = _shown(qtbot, CustomerDetailView(context))
    view.show_detail(customers.get_customer(desk, context.signed_in, customer_id))
    panel = view.zame_panel
    index = view.tabs.indexOf(panel)
    assert view.tabs.isTabVisible(index) and view.tabs.tabText(index) == "&ZAME"
    view.tabs.setCurrentIndex(index)
    _idle(qtbot, panel)

    qtbot.mouseClick(panel.print_form_button, LEFT)
    qtbot.waitUntil(lambda: isinstance(panel.dialog, ZamePdfDialog), timeout=15_000)
    preview = panel.dialog
    assert preview.page_count >= 1
    text = _text(preview.pdf)
    assert "Špela Žužek" in text and "01-GZP-01/23" in text
    assert "davčna številka" in text.lower() or "Davčna številka" in text
    assert "Čopova ulica 14" in text
    assert "mesečno preverjanje statusa aktivnega vlagatelja" in text
    saved = tmp_path / "form.pdf"
    preview.save_to(saved)
    assert saved.read_bytes() == preview.pdf and "Saved" in preview.status.text()
    # Print… pressed, Qt's real print dialog answered, the paper read back
    print_through_dialog(qtbot, preview, preview.print_button, to_file=tmp_path / "printed.pdf")
    qtbot.waitUntil(lambda: preview.pages_printed == preview.page_count, timeout=15_000)
    printed = (tmp_path / "printed.pdf").read_bytes()
    assert len(PdfReader(io.BytesIO(printed)).pages) == preview.page_count
    assert "Sent to" in preview.status.text()
    preview.accept()

    qtbot.mouseClick(panel.enroll_button, LEFT)
    dialog = panel.dialog
    assert isinstance(dialog, EnrollDialog)
    qtbot.waitUntil(lambda: "01-GZP-01/23" in dialog.terms.text(), timeout=15_000)
    _shot(dialog, "zame-enroll")
    _submit(qtbot, dialog)  # nothing ticked: the signatures are missing
    assert dialog.isVisible()
    assert "must sign" in dialog.field_errors.text("terms")
    assert "must sign" in dialog.field_errors.text("privacy")
    dialog.terms.setChecked(True)
    dialog.privacy.setChecked(True)
    dialog.marketing.setChecked(True)
    qtbot.mouseClick(dialog.investor_check, LEFT)  # the monthly investor re-check (Z16)
    assert dialog.investor_check.isChecked()
    _submit(qtbot, dialog)
    assert dialog.result_value is not None, dialog.form_error.text()
    _idle(qtbot, panel)
    assert panel.stack.currentIndex() == 1
    member = dialog.result_value
    assert panel.values["number"].text() == member.member_number_text
    assert panel.values["status"].text() == "Active"
    assert "01-GZP-01/23" in panel.values["documents"].text()
    assert panel.values["investor"].text() == ("not recorded; re-checked monthly (consent given)")
    # not counted until tonight's run (terms §3): shown apart
    assert "(not counted yet)" in panel.values["points"].text()
    assert "counted in tonight's run: +150" in panel.values["points"].text()
    # the three consents recorded, two given: the re-check consent is its own kind
    assert panel.consents_model.rowCount() == 3
    assert [(c.kind, c.given) for c in panel.overview.consents] == [
        ("direct_marketing", True),
        ("gi_investor_check", True),
        ("gi_notices", False),
    ]
    # a new member is at the lowest level with the next one ahead (it said "Top level", the
    # bar full, seen by hand)
    assert panel.values["level"].text() == "Osnovni (basic)"
    assert panel.progress.text() == "500 points to Bronasti (bronze)"
    assert panel.progress.value() == panel.progress.minimum() == 0
    assert panel.message.isVisible()  # the agent is told it worked, and the member number
    assert panel.message.text().startswith("Enrolled: ")
    assert f"member no. {member.member_number_text}" in panel.message.text()
    info = zame.membership_for_customer(desk, context.signed_in, customer_id)
    assert info is not None and info.channel == "agent" and info.status == "active"


# --- the member's panel -------------------------------------------------------------------------


def test_activities_move_points_and_level_on_the_panel(qtbot, desk):
    # a member since the day before yesterday, counted by last night's run (yesterday's day)
    customer_id, _member_info = _member(
        desk, policies=_policies(2, 7), signed=datetime.now(UTC) - timedelta(days=2)
    )
    zame_daily_run(desk, _today() - timedelta(days=1))
    panel = _panel(qtbot, desk, customer_id)
    assert panel.stack.currentIndex() == 1
    assert "(daily count of" in panel.values["points"].text()
    assert "tonight" not in panel.values["points"].text()
    lines = panel.explanation.text()
    assert "2 policies as policyholder: 200" in lines and "7 years: 140" in lines
    assert "Total: 440" in lines
    assert panel.values["level"].text() == "Osnovni (basic)"
    assert panel.progress.value() == 440 and panel.progress.maximum() == 500
    assert "60 points to Bronasti" in panel.progress.text()
    assert panel.values["discount"].text().startswith("4 %")

    for kind in ("app_download", "moj_generali"):
        qtbot.mouseClick(panel.activity_button, LEFT)
        dialog = panel.dialog
        assert isinstance(dialog, ActivityDialog)
        dialog.kind.setCurrentIndex(dialog.kind.findData(kind))
        _submit(qtbot, dialog)
        assert dialog.result_value is not None, dialog.form_error.text()
        _idle(qtbot, panel)
    # points are counted once a day (terms §3): the figure and the discount stay last
    # night's; the activities are shown apart, counted in tonight's run
    assert "Total: 440" in panel.explanation.text()
    assert "counted in tonight's run: +100" in panel.values["points"].text()
    assert panel.values["level"].text() == "Osnovni (basic)"
    assert panel.values["discount"].text().startswith("4 %")
    answer = zame.discount_for(
        desk, actor_for(desk, "agent-si"), customer_id, product_line="motor_liability"
    )
    assert answer.percent == 4
    # tonight's run counts them
    zame_daily_run(desk, _today())
    panel.reload()
    _idle(qtbot, panel)
    lines = panel.explanation.text()
    assert "App: 50" in lines and "Moj Generali: 50" in lines and "Total: 540" in lines
    assert panel.values["level"].text() == "Bronasti (bronze)"
    assert panel.values["discount"].text().startswith("5 %")
    assert "460 points to Srebrni" in panel.progress.text()
    assert "tonight" not in panel.values["points"].text()
    answer = zame.discount_for(
        desk, actor_for(desk, "agent-si"), customer_id, product_line="motor_liability"
    )
    assert answer.percent == 5

    # an investor: the check's date is recorded; a future date is refused next to the field
    qtbot.mouseClick(panel.activity_button, LEFT)
    dialog = panel.dialog
    dialog.kind.setCurrentIndex(dialog.kind.findData("gi_investor"))
    assert "Checked" in dialog.active.text()
    dialog.on_date.set_day(_today() + timedelta(days=3))
    _submit(qtbot, dialog)
    assert "future" in dialog.field_errors.text("on_date")
    checked = _today() - timedelta(days=2)
    dialog.on_date.set_day(checked)
    _submit(qtbot, dialog)
    assert dialog.result_value is not None
    _idle(qtbot, panel)
    assert "counted in tonight's run: +200" in panel.values["points"].text()
    assert panel.values["investor"].text().startswith("checked on")
    assert panel.values["investor"].text().endswith("not re-checked monthly (no consent)")
    assert panel.activities_model.rowCount() == 3

    # the daily run's snapshots feed the chart and the level-change list
    assert panel.chart.point_count == 2
    _shot(panel, "zame-panel")


def zame_daily_run(store: Store, day: date) -> None:
    from agent_app.services.zame.daily import run_daily

    run_daily(store, day)


def test_consents_history_statement_and_a_coupon_by_email(qtbot, desk):
    admin = actor_for(desk, "admin")
    today = _today()
    offer = zame.create_offer(
        desk,
        admin,
        OfferInput(
            "Terme Čatež",
            "20 % popusta na kopanje",
            "spa",
            today - timedelta(days=1),
            today + timedelta(days=60),
            family_use=True,
        ),
    )
    zame.create_offer(
        desk,
        admin,
        OfferInput(
            "Merkur",
            "Vrtno orodje",
            "home",
            today - timedelta(days=1),
            today + timedelta(days=60),
            min_level="zlati",
        ),
    )
    customer_id, member = _member(desk, policies=_policies(1, 2))
    panel = _panel(qtbot, desk, customer_id)

    for given in (True, False):
        qtbot.mouseClick(panel.consent_button, LEFT)
        dialog = panel.dialog
        assert isinstance(dialog, ConsentDialog)
        dialog.given.setCurrentIndex(dialog.given.findData(given))
        _submit(qtbot, dialog)
        assert dialog.result_value is not None, dialog.form_error.text()
        _idle(qtbot, panel)
    rows = panel.consents_model.rows()
    assert [(r.kind, r.given) for r in rows] == [
        ("direct_marketing", True),
        ("direct_marketing", False),
    ]
    assert all(r.wording_version == "PRIV-ZAME-12/2023" for r in rows)
    assert "Direct marketing consent" not in panel.explanation.text()  # withdrawn

    qtbot.mouseClick(panel.statement_button, LEFT)
    qtbot.waitUntil(lambda: isinstance(panel.dialog, ZamePdfDialog), timeout=15_000)
    text = _text(panel.dialog.pdf)
    assert "Izpisek Generali točk" in text and member.member_number_text in text
    assert "Špela Žužek" in text
    panel.dialog.accept()

    with desk.unit_of_work() as uow:
        before = uow.session.execute(select(func.count()).select_from(OutboxMessage)).scalar()
    qtbot.mouseClick(panel.coupon_button, LEFT)
    dialog = panel.dialog
    assert isinstance(dialog, CouponDialog)
    qtbot.waitUntil(lambda: not dialog.loading, timeout=15_000)
    assert dialog.offer.count() == 2
    dialog.offer.setCurrentIndex(dialog.offer.findData(offer.id + 1))  # Zlati only
    _submit(qtbot, dialog)
    assert "too low" in dialog.field_errors.text("offer")
    dialog.offer.setCurrentIndex(dialog.offer.findData(offer.id))
    assert dialog.family.isEnabled()
    dialog.family.setText("Luka Žužek")
    _submit(qtbot, dialog)
    assert dialog.result_value is not None, dialog.form_error.text()
    _idle(qtbot, panel)
    with desk.unit_of_work() as uow:
        messages = list(
            uow.session.execute(
                select(OutboxMessage.status, OutboxMessage.channel).order_by(OutboxMessage.id)
            )
        )
    assert len(messages) == before + 1
    assert tuple(messages[-1]) == ("queued", "email")
    coupons = panel.coupons_model.rows()
    assert len(coupons) == 1 and coupons[0].family_member == "Luka Žužek"
    assert panel.coupons_model.data(panel.coupons_model.index(0, 4)) == "Waiting to be sent"


def test_exit_request_shows_the_effective_day_and_a_supervisor_excludes(qtbot, desk):
    customer_id, _member_info = _member(desk)
    panel = _panel(qtbot, desk, customer_id)
    assert not panel.exclude_button.isVisibleTo(panel)  # agents do not exclude
    qtbot.mouseClick(panel.exit_button, LEFT)
    dialog = panel.dialog
    assert isinstance(dialog, ExitDialog)
    dialog.channel.setCurrentIndex(dialog.channel.findData("email"))
    dialog.received_at.setTime(dialog.received_at.time().addSecs(-120))
    effective = zame.exit_effective_on(_today())
    from agent_app.ui.kit.formatting import format_day

    assert format_day(effective) in dialog.effective.text()
    qtbot.mouseClick(dialog.save_button, LEFT)
    answer(qtbot, dialog, action="Request exit", yes=False)  # not yet: nothing recorded
    assert dialog.isVisible() and dialog.result_value is None
    qtbot.mouseClick(dialog.save_button, LEFT)
    answer(qtbot, dialog, action="Request exit")
    qtbot.waitUntil(lambda: operations.running_operations() == 0, timeout=15_000)
    assert dialog.result_value is not None, dialog.form_error.text()
    _idle(qtbot, panel)
    status = panel.values["status"].text()
    assert status.startswith("Leaving: the exit takes effect on " + format_day(effective))
    assert not panel.exit_button.isVisibleTo(panel) and panel.activity_button.isEnabled()
    # the way back before the effective day: withdraw the request
    assert panel.withdraw_exit_button.isVisibleTo(panel)
    qtbot.mouseClick(panel.withdraw_exit_button, LEFT)
    _idle(qtbot, panel)
    qtbot.waitUntil(lambda: panel.values["status"].text().startswith("Active"), timeout=10_000)
    assert panel.exit_button.isVisibleTo(panel) and panel.exit_button.isEnabled()
    assert not panel.withdraw_exit_button.isVisibleTo(panel)
    assert "withdrawn" in panel.message.text()

    other_id, _other = _member(desk)
    sup_panel = _panel(qtbot, desk, other_id, "sup-si")
    assert sup_panel.exclude_button.isVisibleTo(sup_panel)
    qtbot.mouseClick(sup_panel.exclude_button, LEFT)
    dialog = sup_panel.dialog
    assert isinstance(dialog, ExcludeDialog)
    _submit(qtbot, dialog)
    assert dialog.field_errors.text("reason") == "Required."
    dialog.reason.setPlainText("Zloraba kuponov")
    qtbot.mouseClick(dialog.save_button, LEFT)
    answer(qtbot, dialog, action="Exclude")
    qtbot.waitUntil(lambda: operations.running_operations() == 0, timeout=15_000)
    assert dialog.result_value is not None
    _idle(qtbot, sup_panel)
    assert sup_panel.stack.currentIndex() == 0
    assert "excluded on" in sup_panel.join_title.text()
    assert "Zloraba kuponov" in sup_panel.join_title.text()
    assert "was excluded" in sup_panel.eligibility_label.text()
    assert not sup_panel.enroll_button.isEnabled()


def test_a_former_member_joins_again_from_the_rules(qtbot, desk):
    signed = datetime.combine(_today() - timedelta(days=40), time(9), tzinfo=UTC)
    customer_id, old = _member(desk, signed=signed, policies=_policies(1, 1))
    agent = actor_for(desk, "agent-si")
    zame.record_activity(
        desk,
        agent,
        old.id,
        "app_download",
        on_date=_today() - timedelta(days=35),
        now=signed + timedelta(days=5),
    )
    received = signed + timedelta(days=6)
    zame.request_exit(desk, agent, old.id, received_at=received, now=received)
    panel = _panel(qtbot, desk, customer_id)
    assert panel.stack.currentIndex() == 0
    assert f"Former member {old.member_number_text}: left on" in panel.join_title.text()
    assert panel.enroll_button.text() == "Enro&ll again…" and panel.enroll_button.isEnabled()
    qtbot.mouseClick(panel.enroll_button, LEFT)
    dialog = panel.dialog
    qtbot.waitUntil(lambda: "01-GZP-01/23" in dialog.terms.text(), timeout=15_000)
    dialog.terms.setChecked(True)
    dialog.privacy.setChecked(True)
    _submit(qtbot, dialog)
    assert dialog.result_value is not None, dialog.form_error.text()
    _idle(qtbot, panel)
    assert panel.stack.currentIndex() == 1
    assert panel.values["number"].text() != old.member_number_text
    assert "App" not in panel.explanation.text()  # the old membership's activity stays there
    assert panel.activities_model.rowCount() == 0


# --- the section ------------------------------------------------------------------------------


def test_members_list_searches_filters_and_opens_a_member(qtbot, desk):
    _first_id, first = _member(desk)
    _second_id, second = _member(desk)
    agent = actor_for(desk, "agent-si")
    zame.request_exit(desk, agent, second.id, received_at=datetime.now(UTC) - timedelta(minutes=1))
    window = MainWindow(context_for(desk, "agent-si"))
    qtbot.addWidget(window)
    window.show()  # a list page loads when first shown
    view = window.show_section(Section("zame"))
    assert isinstance(view, ZameView)
    assert view.daily is None and view.rules_editor is None and view.offers is None
    members = view.members
    _idle(qtbot, members)
    assert members.model.rowCount() == 2
    members.status.setCurrentIndex(2)  # leaving
    _idle(qtbot, members)
    assert [r.member_number for r in members.model.rows()] == [second.member_number]
    members.status.setCurrentIndex(0)
    members.search.setText(str(first.member_number))
    _idle(qtbot, members)
    assert [r.member_number for r in members.model.rows()] == [first.member_number]
    members.search.setText("12a")
    _idle(qtbot, members)
    assert "digits only" in members.message.text()
    members.search.setText(first.member_number_text)
    _idle(qtbot, members)
    members.table.selectRow(0)
    qtbot.mouseClick(members.open_button, LEFT)
    dialog = members.dialog
    assert isinstance(dialog, MemberDialog)
    _idle(qtbot, dialog.panel)
    assert dialog.panel.values["number"].text() == first.member_number_text
    dialog.accept()


def test_admin_runs_the_day_edits_the_points_table_and_offers(qtbot, desk):
    for _ in range(3):
        _member(desk, policies=_policies(2, 3))
    view = _shown(qtbot, ZameView(context_for(desk, "admin")))
    assert view.tabs.count() == 4
    daily = view.daily
    view.tabs.setCurrentWidget(daily)
    daily.day.set_day(_today())
    qtbot.mouseClick(daily.run_button, LEFT)
    qtbot.waitUntil(lambda: daily.summary is not None, timeout=30_000)
    assert daily.summary.members == 3 and daily.summary.written == 3
    assert daily.progress.value() == daily.progress.maximum()
    assert "3 members" in daily.result.text()
    qtbot.waitUntil(lambda: daily.last_day == _today(), timeout=15_000)
    qtbot.mouseClick(daily.run_button, LEFT)  # again: nothing written twice
    qtbot.waitUntil(
        lambda: daily.summary.written == 0 and daily.run_button.isEnabled(), timeout=30_000
    )

    editor = view.rules_editor
    view.tabs.setCurrentWidget(editor)
    _idle(qtbot, editor)
    assert editor.inputs["activities.app_download"].value() == 50
    assert editor.inputs["levels.bronasti"].value() == 500
    editor.inputs["levels.bronasti"].setValue(1500)  # above Srebrni: refused
    editor.inputs["discount.max_percent"].setValue(120)
    assert editor.has_unsaved_changes()
    qtbot.mouseClick(editor.record_button, LEFT)
    answer(qtbot, editor, action="Record new table")
    _idle(qtbot, editor)
    assert "rising thresholds" in editor.field_errors.text("levels")
    assert "at most 100" in editor.field_errors.text("discount.max_percent")
    _shot(view, "zame-rules")
    editor.inputs["levels.bronasti"].setValue(600)
    editor.inputs["discount.max_percent"].setValue(35)
    editor.inputs["activities.app_download"].setValue(60)
    tomorrow = _today() + timedelta(days=1)
    editor.valid_from.set_day(tomorrow)
    qtbot.mouseClick(editor.record_button, LEFT)
    answer(qtbot, editor, yes=False)  # not now: nothing recorded
    assert not editor.scheduled and editor.inputs["activities.app_download"].value() == 60
    qtbot.mouseClick(editor.record_button, LEFT)
    answer(qtbot, editor, action="Record new table")
    _idle(qtbot, editor)
    assert "Recorded" in editor.result.text(), editor.result.text()
    # the form shows the version just recorded, not the one still in force
    qtbot.waitUntil(lambda: editor.shown is not editor.in_force, timeout=10_000)
    assert editor.inputs["activities.app_download"].value() == 60
    assert editor.inputs["levels.bronasti"].value() == 600
    assert not editor.has_unsaved_changes()
    from agent_app.ui.kit.formatting import format_day

    assert f"Scheduled: {format_day(tomorrow)}" in editor.versions.text()
    assert zame.rules_in_force(desk, tomorrow).activities["app_download"] == 60
    assert zame.rules_in_force(desk, _today()).activities["app_download"] == 50  # in place
    assert dict(zame.rules_in_force(desk, tomorrow).levels)["bronasti"] == 600

    offers = view.offers
    view.tabs.setCurrentWidget(offers)
    _idle(qtbot, offers)
    offers.new_button.click()
    dialog = offers.dialog
    assert isinstance(dialog, OfferDialog)
    _submit(qtbot, dialog)
    assert dialog.field_errors.text("provider") == "Required."
    dialog.provider.setText("Kompas")
    dialog.title.setText("10 % popusta na počitnice")
    dialog.area.setCurrentIndex(dialog.area.findData("tourism"))
    dialog.valid_from.set_day(_today())
    dialog.valid_until.set_day(_today() - timedelta(days=1))
    _submit(qtbot, dialog)
    assert "cannot end before" in dialog.field_errors.text("valid_until")
    dialog.valid_until.set_day(_today() + timedelta(days=90))
    dialog.min_level.setCurrentIndex(dialog.min_level.findData("srebrni"))
    _submit(qtbot, dialog)
    assert dialog.result_value is not None, dialog.form_error.text()
    _idle(qtbot, offers)
    assert [r.provider for r in offers.model.rows()] == ["Kompas"]
    offers.table.selectRow(0)
    offers.edit_button.click()
    dialog = offers.dialog
    dialog.withdrawn.setChecked(True)
    _submit(qtbot, dialog)
    _idle(qtbot, offers)
    assert offers.model.rows()[0].withdrawn and offers.model.rows()[0].version == 2


def test_member_screenshot(qtbot, desk):
    """The record's ZAME tab at the window's size (for the README)."""
    from agent_app.services import customers
    from agent_app.services.zame.daily import run_daily

    signed = datetime.combine(_today() - timedelta(days=20), time(9), tzinfo=UTC)
    customer_id, member = _member(desk, signed=signed, policies=_policies(2, 7))
    agent = actor_for(desk, "agent-si")
    zame.record_activity(
        desk, agent, member.id, "app_download", on_date=_today() - timedelta(days=12)
    )
    zame.record_activity(desk, agent, member.id, "e_invoice", on_date=_today() - timedelta(days=5))
    zame.record_consent(desk, agent, member.id, "direct_marketing", True)
    for back in range(20, -1, -1):
        run_daily(desk, _today() - timedelta(days=back))
    context = context_for(desk, "sup-si")
    view = _shown(qtbot, CustomerDetailView(context))
    view.show_detail(customers.get_customer(desk, context.signed_in, customer_id))
    view.tabs.setCurrentWidget(view.zame_panel)
    _idle(qtbot, view.zame_panel)
    panel = view.zame_panel
    assert panel.chart.point_count == 21
    assert "2 policies as policyholder: 200" in panel.explanation.text()
    assert [(r.old_level, r.new_level) for r in panel.changes_model.rows()] == [
        ("osnovni", "bronasti")
    ]
    _shot(view, "zame-member")


def test_zame_screens_have_names_and_unique_alt_shortcuts(qtbot, desk):
    from PySide6.QtWidgets import QAbstractButton, QLabel

    from tests.support.ui import controls, mnemonic

    customer_id, member = _member(desk)
    context = context_for(desk, "admin")
    view = _shown(qtbot, ZameView(context))
    panel = _panel(qtbot, desk, customer_id, "sup-si")
    dialogs = [
        EnrollDialog(context, customer_id, "Špela Žužek"),
        ActivityDialog(context, member.id),
        ConsentDialog(context, member.id),
        ExitDialog(context, member.id),
        ExcludeDialog(context, member.id, "1"),
        CouponDialog(context, member.id),
        OfferDialog(context),
    ]
    for widget in [view, panel, *dialogs]:
        qtbot.addWidget(widget)
        for control in controls(widget):
            assert control.objectName(), f"{widget.objectName()}: {control!r} has no name"
            assert control.accessibleName(), f"{widget.objectName()}: {control.objectName()}"
        texts = [label.text() for label in widget.findChildren(QLabel) if label.buddy()]
        texts += [button.text() for button in widget.findChildren(QAbstractButton)]
        tabs = getattr(widget, "tabs", None)
        if tabs is not None:
            texts += [tabs.tabText(index) for index in range(tabs.count())]
        letters = [letter for letter in map(mnemonic, texts) if letter]
        duplicates = {letter for letter in letters if letters.count(letter) > 1}
        assert not duplicates, f"{widget.objectName()}: Alt+{duplicates} used twice"
    _idle(qtbot, view.members)


# --- one Alt letter on two tabs -------------------------------------------------------------------


@pytest.fixture
def language(request: Any, qt_app: Any) -> Iterator[str]:
    from agent_app.ui.kit.i18n import install_language

    assert install_language(request.param)
    yield request.param
    install_language("en")


@pytest.mark.parametrize("language", ["sl", "bg", "sr_Latn", "sr_Cyrl"], indirect=True)
def test_a_letter_shared_by_two_tabs_reaches_the_shown_tabs_control(
    qtbot: Any, desk: Store, language: str
) -> None:
    """In sl, bg and sr the Members tab's Open and the Points table's "New version valid from"
    share Alt+O (О). Qt gives an Alt letter only to a visible control, so the press reaches the
    shown tab's control and never the other's: not a duplicate within one window (the fit
    walk's check, tests/shell/test_ui_fit.py, counts what is shown)."""
    from PySide6.QtGui import QKeySequence
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    from tests.support.ui import mnemonic

    _member(desk)
    view = _shown(qtbot, ZameView(context_for(desk, "admin")))
    view.activateWindow()
    qtbot.waitActive(view)
    members, editor = view.members, view.rules_editor
    assert editor is not None
    _idle(qtbot, members)
    members.table.selectRow(0)
    letter = mnemonic(members.open_button.text())
    assert letter is not None and letter == mnemonic(editor.valid_caption.text())
    (key,) = QKeySequence.mnemonic(members.open_button.text())
    bar = view.tabs.tabBar()

    def press_on(tab: Any) -> None:
        qtbot.mouseClick(bar, LEFT, pos=bar.tabRect(view.tabs.indexOf(tab)).center())
        qtbot.waitUntil(tab.isVisible)
        QTest.sendKeyEvent(QTest.KeyAction.Click, bar, key.key(), letter, key.keyboardModifiers())

    press_on(editor)  # the date the new version is valid from takes the focus
    qtbot.waitUntil(
        lambda: (
            (focus := QApplication.focusWidget()) is not None
            and (focus is editor.valid_from or editor.valid_from.isAncestorOf(focus))
        )
    )
    assert getattr(members, "dialog", None) is None  # no member opened behind the tab
    press_on(members)  # the selected member opens
    qtbot.waitUntil(lambda: isinstance(getattr(members, "dialog", None), MemberDialog))
    members.dialog.accept()
    _idle(qtbot, members)


def test_after_an_exit_request_the_focus_is_on_a_harmless_control(qtbot, desk):
    """The exit request recorded, the Exit request button hides: the keyboard focus went to
    the next button, Exclude… (a supervisor's consequential action). It lands on Withdraw the
    exit request (the way back), and after a withdrawal on Exit request… again."""
    customer_id, _member_info = _member(desk)
    panel = _panel(qtbot, desk, customer_id, "sup-si")
    panel.activateWindow()
    qtbot.waitUntil(lambda: panel.isActiveWindow())
    assert panel.exclude_button.isVisible()
    panel.exit_button.setFocus()
    qtbot.keyClick(panel.exit_button, Qt.Key.Key_Space)  # the agent presses it
    dialog = panel.dialog
    assert isinstance(dialog, ExitDialog)
    dialog.received_at.setTime(dialog.received_at.time().addSecs(-120))
    qtbot.mouseClick(dialog.save_button, LEFT)
    answer(qtbot, dialog, action="Request exit")
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=15_000)
    _idle(qtbot, panel)
    qtbot.waitUntil(lambda: panel.withdraw_exit_button.isVisible(), timeout=10_000)
    QApplication.processEvents()
    focused = panel.focusWidget()  # the window's keyboard focus (it may not be active here)
    assert focused is not panel.exclude_button, "the focus is on Exclude…"
    assert focused is panel.withdraw_exit_button, focused and focused.objectName()

    qtbot.keyClick(panel.withdraw_exit_button, Qt.Key.Key_Space)  # and back
    _idle(qtbot, panel)
    qtbot.waitUntil(lambda: panel.exit_button.isVisible(), timeout=10_000)
    QApplication.processEvents()
    focused = panel.focusWidget()
    assert focused is panel.exit_button, focused and focused.objectName()


def _empty_chart_message(chart: Any) -> tuple[str, list[str]]:
    """What the empty chart says, and what of it is cut: a line wrapped over the chart (each
    word within its width, all lines within its height) or the chart's title (one line)."""
    from PySide6.QtGui import QFontMetrics
    from PySide6.QtWidgets import QLabel

    label = chart.findChild(QLabel, "zameChartEmpty")
    if label is not None and label.isVisible():
        text, width = label.text(), label.contentsRect().width()
        metrics = label.fontMetrics()
        cut = [word for word in text.split() if metrics.horizontalAdvance(word) > width]
        if label.heightForWidth(width) > label.height():
            cut.append(f"{label.heightForWidth(width)} > {label.height()} pixels high")
        if label.geometry().right() > chart.viewport().width():
            cut.append("beyond the chart's right edge")
        return text, cut
    title = chart.chart().title()
    room = chart.chart().size().width() - 8
    wide = QFontMetrics(chart.chart().titleFont()).horizontalAdvance(title)
    return title, [f"title {wide} > {room} pixels"] if wide > room else []


@pytest.mark.parametrize("language", ["en", "sl", "bg", "sr_Latn", "sr_Cyrl", "pseudo"])
def test_the_empty_points_chart_says_why_in_full(qtbot, desk, language):
    """A member no daily run has counted yet: the chart says there are no points yet and that
    the nightly run counts them (it said "No daily snapshots yet", a table the points ledger
    replaced, and the title was cut in Slovenian), whole at the panel's usual width and at its
    narrowest, in every language."""
    from agent_app.ui.kit.i18n import PSEUDO, install_language

    customer_id, _member_info = _member(desk)
    panel = _panel(qtbot, desk, customer_id)
    try:
        assert install_language(PSEUDO if language == "pseudo" else language)
        assert panel.chart.rows == [] and panel.chart.point_count == 0
        for width in (1150, panel.minimumSizeHint().width()):
            panel.resize(width, 640)
            qtbot.waitUntil(lambda w=width: panel.width() == w)
            QApplication.processEvents()
            text, cut = _empty_chart_message(panel.chart)
            assert text and cut == [], (language, width, panel.chart.width(), text, cut)
            if language == "en":
                assert text == "No points counted yet: the daily run counts them each night."
    finally:
        install_language("en")


# --- a Serbian date ends a sentence ------------------------------------------------------------


@pytest.mark.parametrize("language", ["sr_Latn", "sr_Cyrl", "bg"], indirect=True)
def test_a_sentence_ending_with_a_serbian_date_has_one_full_stop(
    qtbot: Any, desk: Store, language: str
) -> None:
    """Serbian dates end with a stop ("6.12.2026."), Bulgarian ones with "г." ("6.12.2026 г."):
    the exit dialog's "Takes effect on {day}." once read "… 12.12.2026.." and (by hand, bg)
    "Влиза в сила на 14.12.2026 г.." as the agent saw it."""
    from agent_app.ui.kit.formatting import format_day

    customer_id, _member_info = _member(desk)
    panel = _panel(qtbot, desk, customer_id)
    qtbot.mouseClick(panel.exit_button, LEFT)
    dialog = panel.dialog
    assert isinstance(dialog, ExitDialog)
    shown = dialog.effective.text()
    effective = format_day(zame.exit_effective_on(_today()))
    assert effective.endswith(".")  # the Serbian format: the premise of this test
    assert shown.endswith(effective), shown
    assert ".." not in shown, shown
    dialog.reject()


EXIT_ACTION = {
    "sl": "Zapiši zahtevo za izstop",
    "bg": "Запиши искането за напускане",
    "sr_Latn": "Zabeleži zahtev za istupanje",
    "sr_Cyrl": "Забележи захтев за иступање",
}


@pytest.mark.parametrize("language", list(EXIT_ACTION), indirect=True)
def test_the_exit_confirmation_records_the_members_request(
    qtbot: Any, desk: Store, language: str
) -> None:
    """The agent records a request the member made: by hand (bg) the confirmation's button
    said "Поискай напускане" (ask to leave), as if the agent asked, below the question
    "Да запиша ли искането за напускане?". The button now names the recording, as the question
    does, and fits the confirmation."""
    customer_id, _member_info = _member(desk)
    panel = _panel(qtbot, desk, customer_id)
    qtbot.mouseClick(panel.exit_button, LEFT)
    dialog = panel.dialog
    assert isinstance(dialog, ExitDialog)
    qtbot.mouseClick(dialog.save_button, LEFT)
    qtbot.waitUntil(lambda: dialog.confirmation is not None, timeout=10_000)
    button = dialog.confirmation.findChild(QPushButton, "confirmAction")
    assert button.width() >= button.fontMetrics().horizontalAdvance(button.text())
    answer(qtbot, dialog, action=EXIT_ACTION[language], yes=False)
    dialog.reject()


# --- counts in the language's plural forms -----------------------------------------------------

ONE_POLICY = {
    "en": ("1 policy as policyholder", "1 year"),
    "sl": ("1 polica kot zavarovalec", "1 leto sodelovanja"),
    "sr_Latn": ("1 polisa kao ugovarač osiguranja", "1 godina saradnje"),
    "sr_Cyrl": ("1 полиса као уговарач осигурања", "1 година сарадње"),
    "bg": ("1 полица като застраховащ", "1 година сътрудничество"),
}
THREE_POLICIES = {
    "en": "3 policies as policyholder",
    "sl": "3 police kot zavarovalec",
    "sr_Latn": "3 polise kao ugovarač osiguranja",
    "sr_Cyrl": "3 полисе као уговарач осигурања",
    "bg": "3 полици като застраховащ",
}


@pytest.mark.parametrize("language", ["en", "sl", "bg", "sr_Latn", "sr_Cyrl"], indirect=True)
def test_the_points_explanation_counts_in_the_languages_plural_forms(
    qtbot: Any, desk: Store, language: str
) -> None:
    """The hand check read "1 policies as policyholder" and "1 years" on the member's panel."""
    signed = datetime.now(UTC) - timedelta(days=2)
    one, _info = _member(desk, policies=_policies(1, 1), signed=signed)
    three, _info = _member(
        desk, policies=_policies(3, 1), signed=signed, first="Tri", email="tri@example.si"
    )
    zame_daily_run(desk, _today() - timedelta(days=1))

    lines = _panel(qtbot, desk, one).explanation.text()
    policy, year = ONE_POLICY[language]
    assert f"{policy}: " in lines and f"{year}: " in lines, lines
    assert "1 policies" not in lines and "1 years" not in lines

    assert f"{THREE_POLICIES[language]}: " in _panel(qtbot, desk, three).explanation.text()
