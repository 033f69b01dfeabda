"""Loading a core-system extract from the window: choose the kind and the file, watch it load.

The dialog is a thin face on :mod:`agent_app.services.customers.imports` (the same service the
``agent-app import`` command runs): progress shows in the dialog's own bar rather than in a
separate progress window, Cancel stops at the next row (what was read so far is kept), and the
end shows the counts and a table of the rows that failed, each message in the agent's language.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QLocale, QObject, Qt, Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from agent_app.services.customers import imports
from agent_app.services.customers.imports import ImportKind, ImportSummary
from agent_app.services.errors import RowError
from agent_app.ui.kit.context import AppContext
from agent_app.ui.kit.file_dialogs import open_file_name
from agent_app.ui.kit.forms import set_tab_order
from agent_app.ui.kit.i18n import QT_TRANSLATE_NOOP, Retranslating
from agent_app.ui.kit.messages import describe, text_for
from agent_app.ui.kit.operations import Operation, run_operation
from agent_app.ui.kit.style import repolish
from agent_app.ui.kit.tables import RowTableModel, make_table

# The operation's own progress window would cover this dialog, which shows progress itself.
NO_PROGRESS_WINDOW_MS = 24 * 60 * 60 * 1000

KIND_LABELS = {
    ImportKind.CUSTOMERS: QT_TRANSLATE_NOOP("ImportDialog", "Customers"),
    ImportKind.POLICIES: QT_TRANSLATE_NOOP("ImportDialog", "Policies and roles"),
    ImportKind.CLAIMS: QT_TRANSLATE_NOOP("ImportDialog", "Claims and roles"),
}
ENCODINGS: tuple[tuple[str | None, str], ...] = (
    (None, QT_TRANSLATE_NOOP("ImportDialog", "Detect automatically")),
    ("utf-8", QT_TRANSLATE_NOOP("ImportDialog", "UTF-8")),
    ("cp1250", QT_TRANSLATE_NOOP("ImportDialog", "Windows-1250 (Latin: Slovenian, Serbian)")),
    ("cp1251", QT_TRANSLATE_NOOP("ImportDialog", "Windows-1251 (Cyrillic: Bulgarian, Serbian)")),
)


class ImportErrorsModel(RowTableModel):
    """The rows that failed: line, column, and the message in the agent's language."""

    HEADER_CONTEXT = "ImportErrorsModel"
    HEADERS = (
        QT_TRANSLATE_NOOP("ImportErrorsModel", "Line"),
        QT_TRANSLATE_NOOP("ImportErrorsModel", "Column"),
        QT_TRANSLATE_NOOP("ImportErrorsModel", "Problem"),
    )
    LINE, FIELD, MESSAGE = range(3)

    def cell(self, row: RowError, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            if column == self.LINE:
                return QLocale().toString(row.line)
            if column == self.FIELD:
                return row.field
            if column == self.MESSAGE:
                return text_for(row.code, row.params)
        if role == Qt.ItemDataRole.ToolTipRole and column == self.MESSAGE:
            return row.code  # the stable code, for IT and the core-system team
        return None


class _ProgressRelay(QObject):
    """Carries progress from the worker thread to the dialog (a queued signal)."""

    progressed = Signal(int, int)


class ImportDialog(Retranslating, QDialog):
    """Import a customers, policies or claims extract (supervisors and administrators)."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("importDialog")
        self._context = context
        self._actor = context.signed_in
        self._operation: Operation | None = None
        self._close_when_done = False
        self.summary: ImportSummary | None = None
        self._relay = _ProgressRelay(self)
        self._relay.progressed.connect(self._show_progress)

        self._intro = QLabel(objectName="importIntro")
        self._intro.setProperty("role", "subtitle")
        self._intro.setWordWrap(True)

        self.kind_input = QComboBox(objectName="importKind")
        for kind in ImportKind:
            self.kind_input.addItem("", kind.value)
        self.file_input = QLineEdit(objectName="importFile")
        self.file_input.setMinimumWidth(320)
        self.browse_button = QPushButton(objectName="importBrowse")
        self.browse_button.setAutoDefault(False)
        self.browse_button.clicked.connect(self.browse)
        file_row = QWidget()
        file_layout = QHBoxLayout(file_row)
        file_layout.setContentsMargins(0, 0, 0, 0)
        file_layout.addWidget(self.file_input, 1)
        file_layout.addWidget(self.browse_button)
        self.encoding_input = QComboBox(objectName="importEncoding")
        for value, _label in ENCODINGS:
            self.encoding_input.addItem("", value)

        self._kind_caption = QLabel()
        self._kind_caption.setBuddy(self.kind_input)
        self._file_caption = QLabel()
        self._file_caption.setBuddy(self.file_input)
        self._encoding_caption = QLabel()
        self._encoding_caption.setBuddy(self.encoding_input)
        form = QFormLayout()
        form.setSpacing(10)
        form.addRow(self._kind_caption, self.kind_input)
        form.addRow(self._file_caption, file_row)
        form.addRow(self._encoding_caption, self.encoding_input)

        self.progress_bar = QProgressBar(objectName="importProgress")
        self.progress_bar.setTextVisible(True)
        self.progress_bar.hide()
        self.status_label = QLabel(objectName="importStatus")
        self.status_label.setProperty("role", "subtitle")
        self.status_label.hide()
        self.summary_label = QLabel(objectName="importSummary")
        self.summary_label.setProperty("role", "notice")
        self.summary_label.setWordWrap(True)
        self.summary_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.summary_label.hide()
        self.error_label = QLabel(objectName="importError")
        self.error_label.setProperty("role", "formError")
        self.error_label.setWordWrap(True)
        self.error_label.hide()

        self.errors_model = ImportErrorsModel(self)
        self.errors_table = make_table("importErrors", self.errors_model, self)
        header = self.errors_table.horizontalHeader()
        header.resizeSection(ImportErrorsModel.LINE, 70)
        header.resizeSection(ImportErrorsModel.FIELD, 140)
        header.setSectionResizeMode(ImportErrorsModel.MESSAGE, QHeaderView.ResizeMode.Stretch)
        self.errors_table.setMinimumHeight(180)
        self.errors_table.hide()

        self.start_button = QPushButton(objectName="importStart")
        self.start_button.setProperty("role", "primary")
        self.start_button.setDefault(True)
        self.start_button.clicked.connect(self.start)
        self.cancel_button = QPushButton(objectName="importCancel")
        self.cancel_button.setAutoDefault(False)
        self.cancel_button.setEnabled(False)
        self.cancel_button.clicked.connect(self.cancel_import)
        self.close_button = QPushButton(objectName="importClose")
        self.close_button.setAutoDefault(False)
        self.close_button.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.close_button)
        buttons.addWidget(self.cancel_button)
        buttons.addWidget(self.start_button)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 18)
        layout.setSpacing(12)
        layout.addWidget(self._intro)
        layout.addLayout(form)
        layout.addWidget(self.progress_bar)
        layout.addWidget(self.status_label)
        layout.addWidget(self.error_label)
        layout.addWidget(self.summary_label)
        layout.addWidget(self.errors_table, 1)
        layout.addLayout(buttons)
        self.setMinimumWidth(560)

        set_tab_order(
            self.kind_input,
            self.file_input,
            self.browse_button,
            self.encoding_input,
            self.start_button,
            self.cancel_button,
            self.close_button,
            self.errors_table,
        )
        self.retranslate()

    # --- text -----------------------------------------------------------------------------

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Import from the core system"))
        self._intro.setText(
            self.tr(
                "Load a CSV extract of the insurer's core system. Rows already loaded come back "
                "unchanged, so a file can be imported again safely. Rows with problems are listed "
                "at the end; the other rows load."
            )
        )
        self._kind_caption.setText(self.tr("&What"))
        self._file_caption.setText(self.tr("&File"))
        self._encoding_caption.setText(self.tr("&Encoding"))
        for index, kind in enumerate(ImportKind):
            self.kind_input.setItemText(
                index, QCoreApplication.translate("ImportDialog", KIND_LABELS[kind])
            )
        for index, (_value, label) in enumerate(ENCODINGS):
            self.encoding_input.setItemText(
                index, QCoreApplication.translate("ImportDialog", label)
            )
        self.browse_button.setText(self.tr("&Browse…"))
        self.start_button.setText(self.tr("&Start import"))
        self.cancel_button.setText(self.tr("&Cancel import"))
        self.close_button.setText(self.tr("Close"))
        self.file_input.setPlaceholderText(self.tr("customers.csv, policies.csv or claims.csv"))
        for widget, name in (
            (self.kind_input, self.tr("What to import")),
            (self.file_input, self.tr("File")),
            (self.browse_button, self.tr("Browse for the file")),
            (self.encoding_input, self.tr("Encoding")),
            (self.progress_bar, self.tr("Import progress")),
            (self.start_button, self.tr("Start import")),
            (self.cancel_button, self.tr("Cancel import")),
            (self.close_button, self.tr("Close")),
            (self.errors_table, self.tr("Rows with problems")),
        ):
            widget.setAccessibleName(name)
        self.cancel_button.setToolTip(
            self.tr(
                "Stop at the next row. The rows read so far stay imported; import the same file "
                "again to load the rest."
            )
        )
        self.errors_model.retranslate()
        if self.summary is not None:
            self._show_summary(self.summary)

    # --- choosing -------------------------------------------------------------------------

    def choose_file(self) -> str:
        """Ask for the CSV file; empty when the person cancels. Tests replace this."""
        return open_file_name(
            self,
            self.tr("Choose the extract to import"),
            self.file_input.text().strip(),
            self.tr("CSV files (*.csv *.txt);;All files (*)"),
        )

    def browse(self) -> None:
        chosen = self.choose_file()
        if chosen:
            self.file_input.setText(chosen)
            self.start_button.setFocus()

    @property
    def is_running(self) -> bool:
        return self._operation is not None and self._operation.is_running

    # --- running --------------------------------------------------------------------------

    def start(self) -> None:
        if self.is_running:
            return
        text = self.file_input.text().strip()
        if not text:
            self.browse()
            text = self.file_input.text().strip()
            if not text:
                return
        self._set_error("")
        self.summary = None
        self.summary_label.hide()
        self.errors_table.hide()
        self.errors_model.set_rows([])
        store, actor = self._context.store, self._actor
        kind = ImportKind(self.kind_input.currentData())
        path = Path(text)
        encoding = self.encoding_input.currentData()
        relay = self._relay.progressed.emit

        def call(progress: Any, cancel: Any) -> ImportSummary:
            del progress  # shown in this dialog's bar, not in a progress window
            return imports.run_import(
                store, actor, kind, path, encoding=encoding, progress=relay, cancel=cancel
            )

        self._set_inputs_enabled(False)
        self.cancel_button.setEnabled(True)
        self.progress_bar.setRange(0, 0)  # busy until the line count is known
        self.progress_bar.show()
        self.status_label.setText(self.tr("Reading {file}…").format(file=path.name))
        self.status_label.show()
        self._operation = run_operation(
            self,
            call,
            on_success=self._finished,
            on_error=self._failed,
            reports_progress=True,
            cancellable=True,
            show_after_ms=NO_PROGRESS_WINDOW_MS,
        )
        self._operation.finished.connect(self._after)

    def cancel_import(self) -> None:
        if self._operation is not None and self.is_running:
            self._operation.cancel()
            self.cancel_button.setEnabled(False)
            self.status_label.setText(self.tr("Cancelling: finishing the rows already read…"))

    def _show_progress(self, done: int, total: int) -> None:
        if total > 0:
            self.progress_bar.setRange(0, total)
            self.progress_bar.setValue(min(done, total))
        locale = QLocale()
        self.status_label.setText(
            self.tr("{done} of %Ln rows", "", total).format(done=locale.toString(done))
        )

    def _finished(self, summary: ImportSummary) -> None:
        self.summary = summary
        total = max(summary.total_rows, summary.rows_done, 1)
        self.progress_bar.setRange(0, total)
        self.progress_bar.setValue(min(summary.rows_done, total) if summary.cancelled else total)
        self.status_label.hide()
        self._show_summary(summary)

    def _show_summary(self, summary: ImportSummary) -> None:
        locale = QLocale()
        number = locale.toString
        lines = [
            self.tr("{file}: %Ln rows.", "", summary.total_rows).format(file=summary.file_name),
            self.tr(
                "Created {created}, updated {updated}, unchanged {unchanged}, failed {failed}."
            ).format(
                created=number(summary.created),
                updated=number(summary.updated),
                unchanged=number(summary.unchanged),
                failed=number(summary.failed),
            ),
        ]
        if summary.cancelled:
            lines.append(
                self.tr(
                    "Cancelled after %Ln rows: those rows are imported. Import the same file "
                    "again to load the rest.",
                    "",
                    summary.rows_done,
                )
            )
        if summary.ignored_columns:
            lines.append(
                self.tr("Ignored columns: {columns}").format(
                    columns=", ".join(summary.ignored_columns)
                )
            )
        if summary.errors_omitted:
            lines.append(
                self.tr(
                    "Only the first %Ln problems are listed ({more} more).", "", len(summary.errors)
                ).format(more=number(summary.errors_omitted))
            )
        self.summary_label.setProperty("role", "notice" if summary.complete else "formError")
        self.summary_label.setText("\n".join(lines))
        self.summary_label.show()
        repolish(self.summary_label)
        self.errors_model.set_rows(summary.errors)
        self.errors_table.setVisible(bool(summary.errors))

    def _failed(self, error: BaseException) -> None:
        self.progress_bar.hide()
        self.status_label.hide()
        self._set_error(describe(error, self._actor.time_zone))

    def _after(self) -> None:
        self._set_inputs_enabled(True)
        self.cancel_button.setEnabled(False)
        if self._close_when_done:
            self.reject()

    def _set_inputs_enabled(self, enabled: bool) -> None:
        for widget in (
            self.kind_input,
            self.file_input,
            self.browse_button,
            self.encoding_input,
            self.start_button,
            self.close_button,
        ):
            widget.setEnabled(enabled)

    def _set_error(self, text: str) -> None:
        self.error_label.setText(text)
        self.error_label.setVisible(bool(text))

    # --- closing --------------------------------------------------------------------------

    def reject(self) -> None:
        """Escape or closing the window while an import runs cancels it, then closes."""
        if self.is_running:
            self._close_when_done = True
            self.cancel_import()
            return
        super().reject()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.is_running:
            event.ignore()
            self.reject()
            return
        super().closeEvent(event)
