"""Qt's file dialog in the agent's language, not only in the languages Qt itself ships.

By hand (1366x768, the quote wizard's CSV import and the Save-as dialogs, Qt's own widget
dialog): in Bulgarian and Serbian it said Look in, File name, Files of type, Open, Name, Size,
Type, Folder... in English. Qt ships nothing for sl and sr, and its Bulgarian lacks "&Look in:",
"Files of &type:" and "Folder". Our .ts files carry Qt's texts (``ui/kit/qt_texts.py``).
"""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QAbstractButton, QFileDialog, QLabel, QTreeView

from agent_app.ui.kit.i18n import install_language

ENGLISH = {
    "&Look in:",
    "File &name:",
    "Files of &type:",
    "&Open",
    "&Save",
    "Back",
    "Forward",
    "Parent Directory",
    "Create New Folder",
    "List View",
    "Detail View",
    "Name",
    "Size",
    "Type",
    "Date Modified",
    "Folder",
    "&Rename",
    "&Delete",
    "Show &hidden files",
    "&New Folder",
}


def _shown_texts(qtbot, dialog: QFileDialog, folder: Path) -> set[str]:
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)  # what Qt shows on X11
    dialog.setViewMode(QFileDialog.ViewMode.Detail)
    dialog.setDirectory(str(folder))
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    tree = dialog.findChild(QTreeView, "treeView")
    model = tree.model()
    qtbot.waitUntil(lambda: model.rowCount(tree.rootIndex()) >= 2, timeout=10_000)
    root = tree.rootIndex()
    kinds = [model.index(row, 2, root) for row in range(model.rowCount(root))]
    qtbot.waitUntil(lambda: all(index.data() for index in kinds[:1]), timeout=10_000)
    shown = {label.text() for label in dialog.findChildren(QLabel) if label.isVisible()}
    shown |= {b.text() for b in dialog.findChildren(QAbstractButton) if b.isVisible()}
    shown |= {b.toolTip() for b in dialog.findChildren(QAbstractButton) if b.isVisible()}
    shown |= {
        model.headerData(column, Qt.Orientation.Horizontal) for column in range(model.columnCount())
    }
    shown |= {index.data() for index in kinds}  # the subfolder's type
    shown |= {action.text() for action in dialog.findChildren(QAction)}  # right-click menu
    return shown


@pytest.mark.parametrize("language", ["sl", "bg", "sr_Latn", "sr_Cyrl"])
@pytest.mark.parametrize("mode", ["open", "save"])
def test_the_file_dialog_speaks_the_agents_language(qtbot, qt_app, tmp_path, language, mode):
    (tmp_path / "invoices").mkdir()
    (tmp_path / "persons.csv").write_text("name\n", encoding="utf-8")
    install_language(language)
    try:
        dialog = QFileDialog(None, "Import", str(tmp_path), "CSV (*.csv)")
        if mode == "save":
            dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        shown = _shown_texts(qtbot, dialog, tmp_path)
        assert len(shown) >= 10, shown
        assert not shown & ENGLISH, f"{language}: {sorted(shown & ENGLISH)}"
        dialog.reject()
    finally:
        install_language("en")
