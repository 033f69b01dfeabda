"""The Customers section as an agent drives it: search, open, the form."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import Qt

from agent_app.services.customers import (
    CustomerDetail,
)
from agent_app.store import Store
from agent_app.ui.customers.form import CustomerFormDialog
from agent_app.ui.customers.view import CustomersView
from tests.support.customers import today
from tests.support.ui import context_for, settle, shown

LEFT = Qt.MouseButton.LeftButton


EXPIRY = today() + timedelta(days=3 * 365)


def customers_view(qtbot, store: Store, username: str = "agent-si") -> CustomersView:
    view = shown(qtbot, CustomersView(context_for(store, username)))
    assert view.objectName() == "customersView"
    return view


def search(qtbot, view: CustomersView, text: str) -> list[str]:
    """Type into the search box (debounced, as a person would) and wait for the answer."""
    view.search.clear()
    if text.isascii():
        qtbot.keyClicks(view.search, text)
    else:
        view.search.setText(text)  # QTest cannot type beyond Latin-1
    qtbot.waitUntil(
        lambda: (
            view.model.text == text.strip()
            and not view.model.is_loading
            and view.model.state == "done"
        )
    )
    settle(qtbot)
    return found_names(view)


def found_names(view: CustomersView) -> list[str]:
    return [row.full_name for row in view.model.rows()]


def opened(qtbot, view: CustomersView, name: str) -> CustomerDetail:
    detail_view = view.detail_view
    qtbot.waitUntil(
        lambda: (
            view.stack.currentWidget() is detail_view
            and detail_view.detail is not None
            and f"{detail_view.detail.first_name} {detail_view.detail.last_name}" == name
        )
    )
    settle(qtbot)
    assert detail_view.detail is not None
    return detail_view.detail


def new_form(qtbot, view: CustomersView) -> CustomerFormDialog:
    qtbot.mouseClick(view.new_button, LEFT)
    form = view.dialog
    assert isinstance(form, CustomerFormDialog) and form.objectName() == "customerForm"
    qtbot.waitUntil(form.isVisible)
    return form


def fill(
    form: CustomerFormDialog,
    first: str,
    last: str,
    born: date | str,
    ids: list[tuple[str, str]],
    *,
    street: str = "Slovenska cesta 1",
    postcode: str = "1000",
    city: str = "Ljubljana",
    email: str = "",
    mobile: str = "",
    document: str = "PA0042",
    expiry: date | str = EXPIRY,
) -> None:
    form.first_name.setText(first)
    form.last_name.setText(last)
    if isinstance(born, date):
        form.birth_date.set_day(born)
    else:
        form.birth_date.setText(born)
    for row in list(form.identifier_rows):
        form.remove_identifier(row)
    for kind, value in ids:
        form.add_identifier(kind, value)
    form.street.setText(street)
    form.postcode.setText(postcode)
    form.city.setText(city)
    form.email.setText(email)
    form.mobile.setText(mobile)
    form.document_number.setText(document)
    if isinstance(expiry, date):
        form.document_expiry.set_day(expiry)
    else:
        form.document_expiry.setText(expiry)


def save(qtbot, form: CustomerFormDialog) -> None:
    qtbot.mouseClick(form.save_button, LEFT)
    settle(qtbot)


def errors(form: CustomerFormDialog) -> dict[str, str]:
    """Every error line shown in the form, by service field name (identifier rows by number)."""
    shown_errors = {}
    for field in (
        "first_name",
        "last_name",
        "birth_date",
        "sex",
        "preferred_language",
        "street",
        "postcode",
        "city",
        "country",
        "email",
        "mobile",
        "contact_evidence",
        "identification_method",
        "id_document_type",
        "id_document_number",
        "id_document_expiry",
    ):
        text = form.field_errors.text(field)
        if text:
            shown_errors[field] = text
    for index, row in enumerate(form.identifier_rows):
        if row.error.isVisible():
            shown_errors[f"identifier.{index}"] = row.error.text()
    return shown_errors
