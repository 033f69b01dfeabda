"""Forms that show each validation message next to the field that caused it."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from itertools import pairwise
from typing import Any, ClassVar

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from agent_app.services.errors import (
    ConflictError,
    FieldError,
    NotFoundError,
    ValidationError,
)
from agent_app.ui.kit.confirm import ask
from agent_app.ui.kit.i18n import Retranslating
from agent_app.ui.kit.messages import describe, field_text
from agent_app.ui.kit.operations import run_operation


class FieldErrorLabels:
    """Error labels under form inputs, keyed by the service's field names."""

    def __init__(self) -> None:
        self._labels: dict[str, QLabel] = {}
        self._inputs: dict[str, QWidget] = {}
        self._captions: dict[str, QLabel] = {}

    def add_row(self, form: QFormLayout, label: str, field: str, widget: QWidget) -> QLabel:
        """Add ``widget`` to ``form`` with an (initially hidden) error label under it."""
        container = QWidget()
        column = QVBoxLayout(container)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        column.addWidget(widget)
        error = QLabel()
        error.setObjectName(f"{field}Error")
        error.setProperty("role", "fieldError")
        error.setWordWrap(True)
        error.hide()
        column.addWidget(error)
        caption = QLabel(label)
        caption.setBuddy(widget)
        form.addRow(caption, container)
        widget.setAccessibleName(label.replace("&", ""))
        self._labels[field] = error
        self._inputs[field] = widget
        self._captions[field] = caption
        return error

    def attach(self, field: str, widget: QWidget, error: QLabel) -> None:
        """Use an error label the form laid out itself (e.g. in a row of a repeatable list)."""
        error.setProperty("role", "fieldError")
        error.setWordWrap(True)
        error.hide()
        self._labels[field] = error
        self._inputs[field] = widget

    def detach_prefix(self, prefix: str) -> None:
        """Forget attached fields named ``prefix…`` (a list's rows are renumbered)."""
        for field in [name for name in self._labels if name.startswith(prefix)]:
            self._labels.pop(field)
            self._inputs.pop(field)
            self._captions.pop(field, None)

    def set_caption(self, field: str, label: str) -> None:
        """Re-set a row's caption (after a language change); mnemonic and buddy stay."""
        self._captions[field].setText(label)
        self._inputs[field].setAccessibleName(label.replace("&", ""))

    def error_label(self, field: str) -> QLabel:
        return self._labels[field]

    def clear(self) -> None:
        for label in self._labels.values():
            label.clear()
            label.hide()

    def show(self, error: ValidationError, zone: str | None = None) -> list[str]:
        """Show each field's message; returns the fields this form has no label for."""
        self.clear()
        unknown: list[str] = []
        first: QWidget | None = None
        for field, problem in error.errors.items():
            label = self._labels.get(field)
            if label is None:
                unknown.append(field)
                continue
            label.setText(field_text(problem, zone))
            label.show()
            first = first or self._inputs[field]
        if first is not None:
            first.setFocus()
        return unknown

    def set_text(self, field: str, text: str) -> None:
        label = self._labels[field]
        label.setText(text)
        label.setVisible(bool(text))

    def text(self, field: str) -> str:
        label = self._labels[field]
        return label.text() if label.isVisible() or label.text() else ""


class ElidedLabel(QLabel):
    """A one-line label that shortens its text in the middle (…) to the width it is given,
    with the whole text as its tooltip: for paths and addresses in a status bar."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._full = ""
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.setMinimumWidth(80)

    def set_full_text(self, text: str) -> None:
        self._full = text
        self.setToolTip(text)
        self._elide()

    def full_text(self) -> str:
        return self._full

    def resizeEvent(self, event: Any) -> None:
        super().resizeEvent(event)
        self._elide()

    def _elide(self) -> None:
        width = max(0, self.contentsRect().width())
        self.setText(self.fontMetrics().elidedText(self._full, Qt.TextElideMode.ElideMiddle, width))


def set_tab_order(*widgets: QWidget) -> None:
    """Tab moves through ``widgets`` in the order given (keyboard-first screens)."""
    for first, second in pairwise(widgets):
        QWidget.setTabOrder(first, second)


def number_input(name: str, minimum: int, maximum: int, value: int | None = None) -> QSpinBox:
    """A whole-number input aligned with the line edits (no thousands separator)."""
    spin = QSpinBox(objectName=name)
    spin.setRange(minimum, maximum)
    spin.setGroupSeparatorShown(False)
    spin.lineEdit().setTextMargins(6, 0, 0, 0)  # the style sheet's padding skips spin boxes
    if value is not None:
        spin.setValue(value)
    return spin


def field_error(field: str, code: str, **params: Any) -> ValidationError:
    """A one-field validation error raised by a form itself (e.g. the two passwords differ)."""
    return ValidationError({field: FieldError(code, params)})


class FormDialog(Retranslating, QDialog):
    """A dialog around one service call: fields with their errors, Cancel and a default button.

    Validation errors appear next to their fields (fields the form lacks: in the form error
    above the buttons). A conflict or a vanished record cannot be fixed in the form: the dialog
    closes and emits ``failed`` so the opener shows the error and reloads its list. Any other
    error (e.g. the database is offline) is shown in the dialog, which stays open for a retry.
    """

    failed = Signal(object)
    # Refusals of the service that concern one field: error code -> the field shown next to.
    REFUSAL_FIELDS: ClassVar[Mapping[str, str]] = {}

    def __init__(self, parent: QWidget | None, zone: str | None = None) -> None:
        super().__init__(parent)
        self._zone = zone
        self.result_value: Any = None
        self.field_errors = FieldErrorLabels()
        self._intro = QLabel(objectName="dialogIntro")
        self._intro.setWordWrap(True)
        self._intro.setProperty("role", "subtitle")
        self._intro.hide()
        self.form = QFormLayout()
        self.form.setSpacing(10)
        self.form_error = QLabel(objectName="formError")
        self.form_error.setProperty("role", "formError")
        self.form_error.setWordWrap(True)
        self.form_error.hide()
        self.save_button = QPushButton(objectName="saveButton")
        self.save_button.setProperty("role", "primary")
        self.save_button.setDefault(True)
        self.save_button.clicked.connect(self.submit)
        self.cancel_button = QPushButton(objectName="cancelButton")
        self.cancel_button.setAutoDefault(False)
        self.cancel_button.clicked.connect(self.reject)
        self.buttons = QHBoxLayout()
        self.buttons.addStretch(1)
        self.buttons.addWidget(self.cancel_button)
        self.buttons.addWidget(self.save_button)
        self.body = QVBoxLayout(self)
        self.body.setContentsMargins(24, 20, 24, 18)
        self.body.setSpacing(12)
        self.body.addWidget(self._intro)
        self.body.addLayout(self.form)
        self.body.addWidget(self.form_error)
        self.body.addLayout(self.buttons)
        self.setMinimumWidth(460)

    # --- text -----------------------------------------------------------------------------

    def set_intro(self, text: str) -> None:
        self._intro.setText(text)
        self._intro.setVisible(bool(text))

    def retranslate(self) -> None:
        """Subclasses set their own texts, then call this for the shared buttons."""
        cancel = QCoreApplication.translate("FormDialog", "Cancel")
        self.cancel_button.setText(cancel)
        self.cancel_button.setAccessibleName(cancel)
        self.save_button.setAccessibleName(self.save_button.text().replace("&", ""))
        self._grow_to_content()

    def _grow_to_content(self) -> None:
        """As tall as the texts of this language need: a longer intro wraps to more lines and
        the dialog does not grow by itself, so its inputs were squeezed (the payment dialog's
        "Paid at" in Serbian, found by the fit walk)."""
        if not self.isVisible():
            return
        self.body.activate()
        needed = (
            self.body.totalHeightForWidth(self.width())
            if self.body.hasHeightForWidth()
            else self.body.totalSizeHint().height()
        )
        if needed > self.height():
            self.resize(self.width(), needed)

    # --- submitting -----------------------------------------------------------------------

    def check(self) -> ValidationError | None:
        """Checks only the form can make (two inputs agree); None when fine."""
        return None

    def service_call(self) -> Callable[[], Any]:
        """The call to run in the background, with every input already read on the UI thread."""
        raise NotImplementedError

    def succeeded(self, result: Any) -> None:
        self.result_value = result
        self.accept()

    def irreversible(self) -> tuple[str, str, str] | None:
        """(title, question, action) when the call cannot be undone: the form asks first, with
        a button naming the action. None: the call runs at once."""
        return None

    def submit(self) -> None:
        if not self.save_button.isEnabled():
            return
        self.field_errors.clear()
        self.form_error.hide()
        problem = self.check()
        if problem is not None:
            self.show_validation(problem)
            return
        question = self.irreversible()
        if question is None:
            self._submit_now()
            return
        title, text, action = question
        ask(self, title=title, text=text, action=action, then=self._submit_now)

    def _submit_now(self) -> None:
        self.save_button.setEnabled(False)
        run_operation(self, self.service_call(), on_success=self._done, on_error=self._failed)

    def _done(self, result: Any) -> None:
        self.save_button.setEnabled(True)
        self.succeeded(result)

    def _failed(self, error: BaseException) -> None:
        self.save_button.setEnabled(True)
        field = self.REFUSAL_FIELDS.get(getattr(error, "code", ""))
        if field is not None:
            self.field_errors.set_text(field, describe(error, self._zone))
        elif isinstance(error, ValidationError):
            self.show_validation(error)
        elif isinstance(error, ConflictError | NotFoundError):
            self.reject()
            self.failed.emit(error)
        else:
            self.form_error.setText(describe(error, self._zone))
            self.form_error.show()

    def show_validation(self, error: ValidationError) -> None:
        unknown = self.field_errors.show(error, self._zone)
        if unknown:
            self.form_error.setText(
                "\n".join(field_text(error.errors[field], self._zone) for field in unknown)
            )
            self.form_error.show()
