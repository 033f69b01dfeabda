"""Look and feel: the shipped fonts and one style sheet, so every branch sees the same app."""

from __future__ import annotations

from PySide6.QtGui import QFont, QFontDatabase, QIcon
from PySide6.QtWidgets import QApplication

from agent_app.paths import resources_dir
from agent_app.ui.kit.combos import use_style

ACCENT = "#2F6FED"
SIDEBAR = "#18233A"

# Inputs are named by their base classes (QAbstractSpinBox, QDateTimeEdit), never by one
# subclass: a QDateTimeEdit or QTimeEdit left out of "QDateEdit, QSpinBox" kept Fusion's own
# 20-pixel height beside 34-pixel line edits (the payment dialog's "Paid at", issue 17).
STYLE_SHEET = f"""
QWidget {{ font-size: 10pt; color: #1E2633; }}
QMainWindow, QDialog {{ background: #F4F6FA; }}
QLabel[role="title"] {{ font-size: 17pt; font-weight: bold; color: #101828; }}
QLabel[role="subtitle"] {{ color: #5B6576; }}
QLabel[role="fieldError"] {{ color: #C0362C; font-size: 9pt; }}
QLabel[role="formError"] {{ color: #C0362C; background: #FDECEA; border: 1px solid #F5C2BC;
    border-radius: 6px; padding: 8px; }}
QLabel[role="notice"] {{ color: #1F4E96; background: #EAF1FE; border: 1px solid #C4D7FB;
    border-radius: 6px; padding: 8px; }}
QLabel[role="pageTitle"] {{ font-size: 16pt; font-weight: bold; color: #101828; }}
QFrame[role="card"] {{ background: #FFFFFF; border: 1px solid #E1E6EF; border-radius: 10px; }}
QLineEdit, QComboBox, QDateTimeEdit, QAbstractSpinBox, QPlainTextEdit {{
    background: #FFFFFF; border: 1px solid #C9D1DE; border-radius: 6px; padding: 6px 8px;
    min-height: 20px; selection-background-color: {ACCENT}; }}
QLineEdit:focus, QComboBox:focus, QDateTimeEdit:focus, QAbstractSpinBox:focus {{
    border: 2px solid {ACCENT}; padding: 5px 7px; }}
QPushButton {{ background: #FFFFFF; border: 1px solid #C9D1DE; border-radius: 6px;
    padding: 7px 16px; }}
QPushButton:hover {{ background: #EEF2F8; }}
QPushButton:focus {{ border: 2px solid {ACCENT}; padding: 6px 15px; }}
QPushButton[role="primary"] {{ background: {ACCENT}; color: #FFFFFF; border: 1px solid {ACCENT};
    font-weight: bold; }}
QPushButton[role="primary"]:hover {{ background: #255DCB; }}
QPushButton[role="primary"]:disabled {{ background: #9DB8F2; border-color: #9DB8F2; }}
QListWidget#navigation {{ background: {SIDEBAR}; border: none; color: #DCE3EE; outline: none;
    padding-top: 6px; font-size: 11pt; }}
QListWidget#navigation::item {{ padding: 11px 14px; margin: 2px 8px; border-radius: 8px; }}
QListWidget#navigation::item:hover {{ background: #23314D; }}
QListWidget#navigation::item:selected {{ background: {ACCENT}; color: #FFFFFF; }}
QWidget#appSidebar {{ background: {SIDEBAR}; }}
QLabel#sidebarTitle {{ color: #FFFFFF; font-size: 13pt; font-weight: bold; }}
QLabel#sidebarSubtitle {{ color: #93A0B5; font-size: 9pt; }}
QPushButton#signOutButton, QPushButton#lockButton {{ background: transparent; color: #C7D0DD;
    border: 1px solid #34425F; text-align: left; padding: 7px 12px; }}
QPushButton#signOutButton:hover, QPushButton#lockButton:hover {{ background: #23314D; }}
QStatusBar {{ background: #FFFFFF; border-top: 1px solid #E1E6EF; color: #5B6576; }}
QStatusBar QLabel {{ padding: 0 10px; }}
QLabel#connectionState[state="online"] {{ color: #1E7B45; }}
QLabel#connectionState[state="offline"] {{ color: #C0362C; font-weight: bold; }}
QTableView {{ background: #FFFFFF; border: 1px solid #E1E6EF; border-radius: 8px;
    gridline-color: #EEF1F6; selection-background-color: #DCE7FD; selection-color: #101828;
    alternate-background-color: #F8FAFD; }}
QHeaderView::section {{ background: #F1F4F9; border: none; border-bottom: 1px solid #E1E6EF;
    padding: 7px; font-weight: bold; color: #3A4556; }}
QTabWidget::pane {{ border: 1px solid #E1E6EF; border-radius: 8px; background: #FFFFFF; }}
QTabBar::tab {{ background: #EEF1F6; color: #3A4556; border: 1px solid #E1E6EF;
    border-bottom: none; border-top-left-radius: 6px; border-top-right-radius: 6px;
    padding: 7px 16px; margin-right: 3px; }}
QTabBar::tab:selected {{ background: #FFFFFF; color: #101828; font-weight: bold; }}
QTabBar::tab:hover:!selected {{ background: #E4E9F2; }}
QTabBar::tab:focus {{ color: {ACCENT}; }}
QGroupBox {{ background: #FFFFFF; border: 1px solid #E1E6EF; border-radius: 10px;
    margin-top: 14px; padding: 14px 12px 10px 12px; font-weight: bold; }}
QGroupBox::title {{ subcontrol-origin: margin; left: 12px; padding: 0 4px; color: #3A4556; }}
"""

# A drop-down lists its items below the box (combobox-popup: 0), a screenful of them: Fusion's
# popup put the chosen item over the box and the screen's edge cut the list (4 of 5 languages,
# 1½ of 2 printers, behind scroll arrows).
# Drop-down and step arrows drawn from the shipped icons: with the rounded inputs above, Fusion's
# own buttons render as a clipped bevel (combo, date) or collapse to slivers (spin boxes).
_ICONS = (resources_dir() / "icons").as_posix()
STYLE_SHEET += f"""
QComboBox, QDateTimeEdit {{ padding-right: 26px; }}
QComboBox {{ combobox-popup: 0; }}
QComboBox:focus, QDateTimeEdit:focus {{ padding-right: 25px; }}
QComboBox::drop-down, QDateTimeEdit::drop-down {{ subcontrol-origin: border;
    subcontrol-position: top right; width: 26px; border: none; }}
QComboBox::down-arrow, QDateTimeEdit::down-arrow {{ image: url("{_ICONS}/chevron_down.svg");
    width: 12px; height: 12px; }}
QAbstractSpinBox::up-button, QAbstractSpinBox::down-button {{ subcontrol-origin: padding;
    width: 24px; border: none; background: transparent; }}
QAbstractSpinBox::up-button {{ subcontrol-position: top right; }}
QAbstractSpinBox::down-button {{ subcontrol-position: bottom right; }}
QAbstractSpinBox::up-arrow {{ image: url("{_ICONS}/chevron_up.svg"); width: 10px; height: 10px; }}
QAbstractSpinBox::down-arrow {{ image: url("{_ICONS}/chevron_down.svg"); width: 10px;
    height: 10px; }}
QScrollArea#settingsScroll, QWidget#settingsContent {{ background: transparent; }}
QScrollArea#customerFormScroll, QWidget#customerFormContent {{ background: transparent; }}
QScrollArea#customerOverviewScroll, QWidget#customerOverview {{ background: transparent; }}
QLineEdit:disabled, QComboBox:disabled, QDateTimeEdit:disabled, QAbstractSpinBox:disabled {{
    background: #F1F3F7; color: #9AA3B2; border-color: #DDE2EA; }}
QPushButton:disabled {{ color: #9AA3B2; background: #F6F7FA; border-color: #DDE2EA; }}
QPushButton[role="compact"] {{ padding: 7px 10px; }}
QPushButton[role="compact"]:focus {{ padding: 6px 9px; }}
"""


def icon(name: str) -> QIcon:
    return QIcon(str(resources_dir() / "icons" / f"{name}.svg"))


def apply_style(app: QApplication) -> None:
    """Load the fonts shipped in resources/fonts and apply the style sheet."""
    family = None
    for font_file in sorted((resources_dir() / "fonts").glob("*.ttf")):
        font_id = QFontDatabase.addApplicationFont(str(font_file))
        families = QFontDatabase.applicationFontFamilies(font_id) if font_id >= 0 else []
        family = family or (families[0] if families else None)
    if family:
        app.setFont(QFont(family, 10))
    use_style(app)  # Fusion; drop-downs elide a text too long for them
    app.setStyleSheet(STYLE_SHEET)
    app.setWindowIcon(icon("logo"))


def repolish(widget: object) -> None:
    """Re-apply the style sheet after a dynamic property changed."""
    style = widget.style()  # type: ignore[attr-defined]
    style.unpolish(widget)
    style.polish(widget)
