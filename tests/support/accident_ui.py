"""The quote wizard as an agent drives it, and the certificate printed and read back."""

from __future__ import annotations

import io
from pathlib import Path
from typing import Any

from pypdf import PdfReader
from PySide6.QtCore import Qt

from agent_app.services import customers
from agent_app.services.accident import certificate as certs
from agent_app.ui.accident.quote_wizard import QuoteWizard
from tests.support.accident import BgDesk
from tests.support.cups import CupsQueue
from tests.support.printing import print_through_dialog


def click_policyholder(qtbot: Any, wizard: QuoteWizard, customer_id: int, typed: str) -> None:
    """Type ``typed`` into the wizard's policyholder search and click the customer's row."""
    if typed.isascii():
        qtbot.keyClicks(wizard.holder_search, typed)
    else:
        wizard.holder_search.setText(typed)  # keyClicks types ASCII only
    model = wizard.holder_model
    qtbot.waitUntil(
        lambda: (
            model.state == "done"
            and any(model.customer_id(r) == customer_id for r in range(model.rowCount()))
        ),
        timeout=15_000,
    )
    row = next(r for r in range(model.rowCount()) if model.customer_id(r) == customer_id)
    qtbot.mouseClick(
        wizard.holder_table.viewport(),
        Qt.MouseButton.LeftButton,
        pos=wizard.holder_table.visualRect(model.index(row, 0)).center(),
    )
    assert wizard.policyholder_id == customer_id


def pick_policyholder(qtbot: Any, wizard: QuoteWizard, desk: BgDesk, customer_id: int) -> str:
    """Search the policyholder by surname and click their row; their name as shown."""
    detail = customers.get_customer(desk.store, desk.agent, customer_id)
    click_policyholder(qtbot, wizard, customer_id, detail.last_name)
    return f"{detail.first_name} {detail.last_name}"


def qr_payload(pdf: bytes, folder: Path) -> str:
    """The QR code of the first page, read by a real decoder (PDFium renders, ZXing reads)."""
    folder.mkdir(parents=True, exist_ok=True)
    png = certs.render_page_png(pdf, folder, dpi=200)
    payload = certs.payload_from_image(png)
    assert payload is not None, "ZXing found no QR code on the page"
    return payload


def print_and_read_back(
    qtbot: Any, preview: Any, title: str, printer: CupsQueue | None, folder: Path
) -> str:
    """Print… pressed on the certificate's preview, the CUPS queue (or Qt's PDF output to a
    file when ``printer`` is None) chosen in Qt's real print dialog, OK pressed: the original
    is sent, the paper has the preview's pages, and its QR code is read back off it (the
    printed pages are images painted by QtPdf). Returns that payload."""
    if printer is not None:
        printer.forget(title)
        print_through_dialog(qtbot, preview, preview.print_button, queue=printer.name)
    else:
        paper = folder / "printed.pdf"
        print_through_dialog(qtbot, preview, preview.print_button, to_file=paper)
    qtbot.waitUntil(lambda: preview.last_print is not None and not preview.is_busy, timeout=30_000)
    assert preview.last_print.print_number == 1 and not preview.last_print.copy
    target = printer.name if printer is not None else str(paper)
    assert f"Sent to {target}: the original" in preview.status.text()
    printed = (printer.wait_for(title) if printer is not None else paper).read_bytes()
    assert printed.startswith(b"%PDF")
    assert len(PdfReader(io.BytesIO(printed)).pages) == preview.page_count
    return qr_payload(printed, folder / "printed")
