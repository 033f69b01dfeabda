"""Save-as and export dialogs open where the agent last saved, else in Documents: never in the
working directory the app happened to be started from.

Driven as the agent does it: press Export, read the folder the real file dialog shows, type a
file name there and press Save; press Export again and see the dialog open in that folder.
"""

from __future__ import annotations

import csv
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from agent_app.services.demo import install_demo_data
from agent_app.store import Store
from agent_app.ui.admin.audit_view import AuditView
from agent_app.ui.kit.file_dialogs import documents_folder
from tests.support.dialogs import answer_file_dialog
from tests.support.ui import context_for, settle, shown

pytestmark = pytest.mark.usefixtures("no_operation_left_running", "english")
LEFT = Qt.MouseButton.LeftButton


@pytest.fixture
def demo(sqlite_store: Store) -> Store:
    install_demo_data(sqlite_store)
    return sqlite_store


@pytest.fixture
def documents(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A home of the test's own, with a Documents folder; the process starts elsewhere."""
    home = tmp_path / "home"
    (home / "Documents").mkdir(parents=True)
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / ".config"))
    monkeypatch.delenv("XDG_DOCUMENTS_DIR", raising=False)
    started_in = tmp_path / "started-here"
    started_in.mkdir()
    monkeypatch.chdir(started_in)
    folder = Path(documents_folder())
    assert folder == home / "Documents"
    return folder


def export_through_dialog(qtbot, view: AuditView, file_path: Path) -> str:
    watcher = answer_file_dialog(qtbot, file_path)
    next(watcher)
    view.export_result.hide()
    qtbot.mouseClick(view.export_button, LEFT)
    qtbot.waitUntil(lambda: view.export_result.isVisible(), timeout=15_000)
    settle(qtbot)
    return next(watcher)


def test_export_dialog_opens_in_documents_then_where_the_agent_last_saved(
    qtbot, demo, documents, tmp_path
):
    view = shown(qtbot, AuditView(context_for(demo, "admin")))
    settle(qtbot)
    elsewhere = tmp_path / "reports"
    elsewhere.mkdir()

    first = export_through_dialog(qtbot, view, elsewhere / "first.csv")

    assert Path(first) == documents  # not the folder the app was started in
    assert (elsewhere / "first.csv").exists()
    with (elsewhere / "first.csv").open(encoding="utf-8-sig", newline="") as handle:
        assert next(csv.reader(handle))[0] == "id"

    second = export_through_dialog(qtbot, view, elsewhere / "second.csv")

    assert Path(second) == elsewhere  # the folder of the last file saved
    assert (elsewhere / "second.csv").exists()

    # a new window (the next sign-in) still remembers it
    again = shown(qtbot, AuditView(context_for(demo, "admin")))
    settle(qtbot)
    third = export_through_dialog(qtbot, again, elsewhere / "third.csv")
    assert Path(third) == elsewhere


def test_a_remembered_folder_that_is_gone_falls_back_to_documents(qtbot, demo, documents, tmp_path):
    view = shown(qtbot, AuditView(context_for(demo, "admin")))
    settle(qtbot)
    gone = tmp_path / "usb-stick"
    gone.mkdir()
    export_through_dialog(qtbot, view, gone / "audit.csv")
    (gone / "audit.csv").unlink()
    gone.rmdir()

    shown_folder = export_through_dialog(qtbot, view, documents / "audit.csv")

    assert Path(shown_folder) == documents
    assert (documents / "audit.csv").exists()


def test_the_import_file_chooser_opens_in_documents_then_where_the_last_file_was(
    qtbot, demo, documents, tmp_path
):
    from agent_app.ui.customers.import_dialog import ImportDialog

    dialog = shown(qtbot, ImportDialog(context_for(demo, "admin")))
    extracts = tmp_path / "extracts"
    extracts.mkdir()
    chosen = extracts / "customers.csv"
    chosen.write_text("first_name\n", encoding="utf-8")

    watcher = answer_file_dialog(qtbot, chosen)
    next(watcher)
    qtbot.mouseClick(dialog.browse_button, LEFT)
    assert Path(next(watcher)) == documents  # not the folder the app was started in
    assert dialog.file_input.text() == str(chosen)

    dialog.file_input.clear()
    watcher = answer_file_dialog(qtbot, chosen)
    next(watcher)
    qtbot.mouseClick(dialog.browse_button, LEFT)
    assert Path(next(watcher)) == extracts
