"""Where a Save-as, export or open dialog opens: in the folder the agent last saved or chose a
file in, else in the user's Documents folder, never in the process's working directory (which,
for an app started from a shortcut, is some program folder the agent never chose).

The last folder is remembered in ``window.ini`` beside ``settings.json``, with the main window's
geometry: like the geometry it is how the desk was last left on this workstation, not a setting
the agent chooses, and keeping it there needs neither the signed-in context nor a save of the
typed settings (which validates the store address) each time a file is written.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings, QStandardPaths
from PySide6.QtWidgets import QFileDialog, QWidget

from agent_app.paths import config_dir

LAST_FOLDER_KEY = "fileDialogs/lastFolder"


def _window_state() -> QSettings:
    return QSettings(str(config_dir() / "window.ini"), QSettings.Format.IniFormat)


def documents_folder() -> str:
    return QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)


def start_folder() -> str:
    """The folder a file dialog opens in: the last one used if it still exists, else Documents
    (empty only where the system names no Documents folder)."""
    last = _window_state().value(LAST_FOLDER_KEY, "")
    if isinstance(last, str) and last and Path(last).is_dir():
        return last
    return documents_folder()


def remember_folder(chosen_file: str) -> None:
    """Remember the folder of a file the agent chose, for the next dialog."""
    state = _window_state()
    state.setValue(LAST_FOLDER_KEY, str(Path(chosen_file).parent))
    state.sync()


def save_file_name(parent: QWidget, title: str, file_name: str, file_filter: str) -> str:
    """Ask where to save ``file_name`` (suggested in :func:`start_folder`); the chosen path, or
    empty when the agent cancels. The chosen file's folder is remembered."""
    folder = start_folder()
    suggested = str(Path(folder) / file_name) if folder else file_name
    path, _chosen_filter = QFileDialog.getSaveFileName(parent, title, suggested, file_filter)
    if path:
        remember_folder(path)
    return path


def open_file_name(parent: QWidget, title: str, current: str, file_filter: str) -> str:
    """Ask for a file to read: from ``current`` (a path already typed) if there is one, else
    from :func:`start_folder`; the chosen path, or empty when the agent cancels. The chosen
    file's folder is remembered."""
    path, _chosen_filter = QFileDialog.getOpenFileName(
        parent, title, current or start_folder(), file_filter
    )
    if path:
        remember_folder(path)
    return path
