"""The app's style sheet styles the app's own widgets, not Qt's dialogs that share a name.

Qt's file dialog (the non-native one, used where no platform dialog exists) has a side bar named
``sidebar``; the main window's dark side bar used that name too, so the file dialog's places
were dark text on a dark background (issue 17, point 12). Reads the pixels back.
"""

from __future__ import annotations

from PySide6.QtGui import QColor
from PySide6.QtWidgets import QFileDialog, QListView


def test_the_file_dialogs_side_bar_stays_light(qtbot, qt_app, tmp_path):
    dialog = QFileDialog(None, "Save", str(tmp_path))
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)
    qtbot.addWidget(dialog)
    dialog.resize(900, 560)
    dialog.show()
    qtbot.waitExposed(dialog)
    sidebar = dialog.findChild(QListView, "sidebar")
    assert sidebar is not None and sidebar.isVisible()
    image = sidebar.viewport().grab().toImage()
    corner = QColor(image.pixel(image.width() - 3, image.height() - 3))
    assert corner.lightness() > 200, corner.name()  # a light background for the dark text
    dialog.reject()
