"""Message keys of the Bulgarian accident insurance services, in words (context "Messages")."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP  # noqa: F401

MESSAGES: dict[str, str] = {
}
