"""The accident insurance certificate: its signed payload (QR code) and its PDF, in Bulgarian.

**The payload.** One line of ASCII, printed as the QR code and also written into the PDF's
``Subject`` metadata::

    AD-BG1|<key id>|<certificate number>|<issue date yyyy-mm-dd>|<total>|<currency>|<signature>

The signature is Ed25519 (``cryptography``) over the UTF-8 bytes of everything before the last
``|``, in unpadded base64url. The private key lives in the OS keyring
(:mod:`agent_app.services.credentials`, name :data:`KEY_NAME`), created on first use; its public
half is registered in the store (``certificate_signing_keys``) so that every workstation sharing
the store can verify papers signed elsewhere, and :func:`public_key_text` exports it for
publication (README). The key id is the first 16 hex digits of SHA-256 over the raw public key.

**Finding the payload in a PDF** (:func:`payload_from_pdf`): first the ``Subject`` metadata,
read from the file's bytes (the info dictionary of our PDFs is never compressed, and the
payload is plain ASCII); when there is none (a scan, a PDF re-made by a printer driver) the
first page is rendered with PDFium (``pypdfium2``) and the QR code read by ZXing (``zxing-cpp``).
:func:`payload_from_image` reads a photo or scan directly with ZXing. Both are wheels from
PyPI: nothing to install on the machine.

**The PDF** (:func:`render_pdf`) is made by reportlab with ``invariant=1`` and DejaVu Sans
embedded, from a plain :class:`CertificateView`: the same view gives the same bytes. Copies
(every print after the first) carry "КОПИЕ" on each page.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import io
import re
import threading
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from decimal import ROUND_HALF_UP, Decimal
from functools import lru_cache
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import pypdfium2 as pdfium
import zxingcpp
from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey
from cryptography.hazmat.primitives.serialization import Encoding, PublicFormat
from PIL import Image

from agent_app.paths import resources_dir
from agent_app.services import credentials, local_format
from agent_app.services.accident.tariff import BreakdownStep, to_bgn
from agent_app.services.errors import ServiceError

KEY_NAME = "accident-certificate-signing-key"
PAYLOAD_PREFIX = "AD-BG1"
SOFIA = "Europe/Sofia"


class NoSigningKeyError(ServiceError):
    """No usable OS keyring to hold (or read) the certificate signing key: nothing is issued."""

    code = "accident.no_signing_key"


# --- the key -----------------------------------------------------------------------------------


def _b64url(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode("ascii")


def _unb64url(text: str) -> bytes:
    return base64.urlsafe_b64decode(text + "=" * (-len(text) % 4))


def key_id(public_raw: bytes) -> str:
    return hashlib.sha256(public_raw).hexdigest()[:16]


def public_raw(key: Ed25519PublicKey) -> bytes:
    return key.public_bytes(Encoding.Raw, PublicFormat.Raw)


def signing_key(*, create: bool = True) -> Ed25519PrivateKey:
    """This workstation's private key from the keyring, generated on first use.

    Raises :class:`NoSigningKeyError` when no usable keyring exists or what it holds is not a
    32-byte key (a certificate is then refused rather than signed with a key kept unsafely).
    """
    if not credentials.keyring_available():
        raise NoSigningKeyError()
    stored = credentials.get_secret(KEY_NAME)
    if stored is None:
        if not create:
            raise NoSigningKeyError()
        raw = Ed25519PrivateKey.generate().private_bytes_raw()
        if not credentials.set_secret(KEY_NAME, _b64url(raw)):
            raise NoSigningKeyError()
        stored = credentials.get_secret(KEY_NAME) or _b64url(raw)
    try:
        raw = _unb64url(stored)
        if len(raw) != 32:
            raise ValueError("not a 32-byte key")
        return Ed25519PrivateKey.from_private_bytes(raw)
    except (binascii.Error, ValueError) as exc:
        raise NoSigningKeyError() from exc


def public_key_text(key: Ed25519PrivateKey | None = None) -> str:
    """``key id`` and the raw public key in base64url, plus the PEM form, for publication."""
    public = (key or signing_key()).public_key()
    raw = public_raw(public)
    pem = public.public_bytes(Encoding.PEM, PublicFormat.SubjectPublicKeyInfo).decode("ascii")
    return f"key id: {key_id(raw)}\nEd25519 public key (base64url): {_b64url(raw)}\n{pem}"


# --- the payload -------------------------------------------------------------------------------


@dataclass(frozen=True)
class Payload:
    key_id: str
    number: str
    issue_date: date
    total: Decimal
    currency: str
    signature: bytes
    signed_text: str  # what the signature covers


def make_payload(
    key: Ed25519PrivateKey, number: str, issue_date: date, total: Decimal, currency: str
) -> str:
    kid = key_id(public_raw(key.public_key()))
    body = f"{PAYLOAD_PREFIX}|{kid}|{number}|{issue_date.isoformat()}|{total:.2f}|{currency}"
    return f"{body}|{_b64url(key.sign(body.encode('utf-8')))}"


_PAYLOAD = re.compile(
    r"AD-BG1\|(?P<kid>[0-9a-f]{16})\|(?P<number>[A-Z0-9-]{1,40})\|(?P<day>\d{4}-\d{2}-\d{2})"
    r"\|(?P<total>\d{1,9}\.\d{2})\|(?P<currency>[A-Z]{3})\|(?P<sig>[A-Za-z0-9_-]{86})"
)


def parse_payload(text: str) -> Payload | None:
    """The payload's parts, or None when the text is not one (nothing is trusted yet)."""
    match = _PAYLOAD.fullmatch(text.strip())
    if match is None:
        return None
    try:
        day = date.fromisoformat(match["day"])
        signature = _unb64url(match["sig"])
    except (ValueError, binascii.Error):
        return None
    if len(signature) != 64:
        return None
    signed = text.strip().rsplit("|", 1)[0]
    return Payload(
        match["kid"],
        match["number"],
        day,
        Decimal(match["total"]),
        match["currency"],
        signature,
        signed,
    )


def signature_valid(payload: Payload, public_key: bytes) -> bool:
    try:
        Ed25519PublicKey.from_public_bytes(public_key).verify(
            payload.signature, payload.signed_text.encode("utf-8")
        )
    except (InvalidSignature, ValueError):
        return False
    return True


def find_payload(data: bytes) -> str | None:
    """A payload anywhere in some bytes (a PDF's metadata holds it in clear)."""
    match = re.search(
        rb"AD-BG1\|[0-9a-f]{16}\|[A-Z0-9-]{1,40}\|[0-9-]{10}\|[0-9.]+\|[A-Z]{3}"
        rb"\|[A-Za-z0-9_-]{86}",
        data,
    )
    return match.group(0).decode("ascii") if match else None


_QR = zxingcpp.BarcodeFormats(zxingcpp.BarcodeFormat.QRCode)
# PDFium is not thread-safe: one rendering at a time in this process (pypdfium2's advice).
_PDFIUM = threading.Lock()


def _payload_in(image: Image.Image) -> str | None:
    """The certificate payload among the QR codes ZXing finds in ``image``."""
    for barcode in zxingcpp.read_barcodes(image, formats=_QR):
        text = barcode.text.strip()
        if text.startswith(PAYLOAD_PREFIX + "|"):
            return text
    return None


def payload_from_image(path: Path) -> str | None:
    """Read the QR code of a picture (PNG, JPEG, a scan...); None when there is none, or the
    file is not a picture."""
    try:
        with Image.open(path) as image:
            return _payload_in(image.convert("L"))
    except OSError:  # not a picture Pillow knows (UnidentifiedImageError), unreadable
        return None


def _render_page(pdf: bytes, page: int, dpi: int) -> Image.Image:
    with _PDFIUM:
        document = pdfium.PdfDocument(pdf)
        try:
            bitmap = document[page - 1].render(scale=dpi / 72, grayscale=True)
            # a copy: the bitmap's memory goes with the document
            image: Image.Image = bitmap.to_pil().copy()
            return image
        finally:
            document.close()


def render_page_png(pdf: bytes, folder: Path, *, page: int = 1, dpi: int = 150) -> Path:
    """Page ``page`` (from 1) of a PDF as ``folder/page.png``, rendered with PDFium."""
    target = folder / "page.png"
    _render_page(pdf, page, dpi).save(target)
    return target


def qr_payload(pdf: bytes) -> str | None:
    """The payload in the QR code of a PDF's first page, never from its metadata (None when
    there is none, or PDFium cannot open the PDF)."""
    try:
        image = _render_page(pdf, 1, 200)
    except pdfium.PdfiumError:
        return None
    return _payload_in(image)


def payload_from_pdf(pdf: bytes, *, decode_qr: bool = True) -> str | None:
    """The payload of a certificate PDF: from its metadata, else from its first page's QR code."""
    found = find_payload(pdf)
    if found is not None or not decode_qr:
        return found
    return qr_payload(pdf)


# --- the PDF -----------------------------------------------------------------------------------


@dataclass(frozen=True)
class Insurer:
    """The insurer's identification the Insurance Code wants on the certificate: deployment
    settings (``accident.insurer_*``) an administrator records; the shipped defaults print only
    on a demo store's certificates (services.deployment)."""

    name: str
    identity: str  # legal form, registration, seat and registered address
    website: str  # where the general terms and the solvency report are published
    complaints: str


RISK_NAMES = {
    "death": "Смърт вследствие на злополука, настъпила до една година от злополуката",
    "permanent_disability": (
        "Трайно загубена или намалена работоспособност, настъпила до една година от злополуката"
    ),
    "temporary_incapacity": (
        "Временна неработоспособност, настъпила за първи път до един месец и повторно до три "
        "месеца от злополуката"
    ),
    "medical_transport": "Медицински транспорт и/или репатриране (само в България)",
    "medical_expenses": "Медицински разходи вследствие на злополука (само в България)",
    "hospital_daily_cash": "Дневни пари за болничен престой (от 4-ия ден), на ден",
}

STEP_NAMES = {
    "accident.step.subtotal": "Премия на застрахованите лица ({persons})",
    "accident.step.group_discount": "Групова отстъпка {percent} % (−{discount})",
    "accident.step.minimum_premium": "Минимална премия {minimum}",
    "accident.step.net": "Застрахователна премия",
    "accident.step.tax": "Данък върху застрахователната премия {rate} %",
    "accident.step.total": "Общо дължима сума",
}

NOTE_NAMES = {
    "accident.no_death_cover_under_14": "без риска „Смърт“ (лице под 14 години)",
    "accident.no_death_cover_interdicted": "без риска „Смърт“ (лице под пълно запрещение)",
    "accident.end_shortened": "срокът изтича в последния ден на 68-годишна възраст",
}

CLAUSE_NAMES = {"A": "Клауза А – индивидуална застраховка", "B": "Клауза Б – групова застраховка"}

PURPOSE_NAMES = {
    "daily_life": "ежедневие",
    "work": "работа",
    "school": "училище",
    "amateur_sport": "любителски спорт",
}

ID_NAMES = {"bg_egn": "ЕГН", "bg_lnch": "ЛНЧ"}


@dataclass(frozen=True)
class InsuredLine:
    first_name: str
    last_name: str
    id_kind: str
    id_value: str
    birth_date: date
    end_date: date
    premium: Decimal
    notes: tuple[str, ...]  # message keys (NOTE_NAMES)


@dataclass(frozen=True)
class CertificateView:
    """Everything printed on a certificate, as plain values."""

    number: str
    issue_date: date
    issued_at: datetime
    branch_name: str
    agent_name: str
    clause: str
    purpose: str
    policyholder_name: str
    policyholder_id: str  # "ЕГН 7501010010"
    policyholder_address: str
    start_date: date
    end_date: date
    covers: Mapping[str, Decimal]
    insured: Sequence[InsuredLine]
    steps: Sequence[BreakdownStep]
    net_premium: Decimal
    tax: Decimal
    total: Decimal
    currency: str
    bgn_per_eur: Decimal | None  # set when leva are shown beside euro
    payment_reference: str
    paid_at: datetime
    payload: str
    status: str
    insurer: Insurer
    cancelled_on: date | None = None  # set when the certificate is cancelled
    cancel_reason: str = ""
    demo: bool = False  # a demo store's certificate: says DEMO, not an insurance document

    @property
    def cancelled(self) -> bool:
        return self.status == "cancelled"


DEMO_TEXT = "DEMO – примерни данни, не е застрахователен документ"

LANGUAGE = "bg"  # the certificate is Bulgarian whatever the agent's language


def _day(value: date) -> str:
    return local_format.day(value, LANGUAGE)  # 22.11.2026 г.


def _amount(value: Decimal, view: CertificateView) -> str:
    text = local_format.amount(value, view.currency, LANGUAGE)  # 1 234,50 EUR
    if view.bgn_per_eur is not None:
        text += f" ({local_format.amount(to_bgn(value, view.bgn_per_eur), 'лв.', LANGUAGE)})"
    return text


@lru_cache(maxsize=1)
def _fonts() -> tuple[str, str]:
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    folder = resources_dir() / "fonts"
    pdfmetrics.registerFont(TTFont("DejaVuSans", str(folder / "DejaVuSans.ttf")))
    pdfmetrics.registerFont(TTFont("DejaVuSans-Bold", str(folder / "DejaVuSans-Bold.ttf")))
    pdfmetrics.registerFontFamily(
        "DejaVuSans",
        normal="DejaVuSans",
        bold="DejaVuSans-Bold",
        italic="DejaVuSans",
        boldItalic="DejaVuSans-Bold",
    )
    return "DejaVuSans", "DejaVuSans-Bold"


def _minimum_amount(value: Decimal, view: CertificateView) -> str:
    """The minimum premium as the terms state it: 5 лв. (2,56 EUR), never "5,01 лв." (the
    euro figure converted back and rounded up a cent)."""
    text = local_format.amount(value, view.currency, LANGUAGE)
    if view.bgn_per_eur is not None:
        leva = to_bgn(value, view.bgn_per_eur).quantize(Decimal(1), rounding=ROUND_HALF_UP)
        text += f" ({leva} лв.)"
    return text


def _step_text(step: BreakdownStep, view: CertificateView) -> str:
    params = dict(step.params)
    if "minimum" in params:
        params["minimum"] = _minimum_amount(Decimal(params["minimum"]), view)
    if "discount" in params:
        params["discount"] = _amount(Decimal(params["discount"]), view)
    return STEP_NAMES.get(step.key, step.key).format(**params)


def cancelled_text(view: CertificateView) -> str:
    """The stamp of a cancelled certificate: "АНУЛИРАН на 1.06.2026 г.: <reason>"."""
    when = f" на {_day(view.cancelled_on)}" if view.cancelled_on else ""
    reason = f" – {view.cancel_reason}" if view.cancel_reason else ""
    return f"АНУЛИРАН{when}{reason}. Сертификатът не е в сила."


# A last page holding less than this share of a page's text area is a spill (issue 18: the
# last line alone on a second page): the certificate is set again, tighter.
SPILL_SHARE = 0.25
# The tighter settings tried in turn: (type size factor, page margin in mm).
_TIGHTER = ((1.0, 16.0), (0.94, 12.0), (0.88, 10.0))


def render_pdf(view: CertificateView, *, copy: bool = False, electronic: bool = False) -> bytes:
    """The certificate as PDF bytes (A4, Bulgarian, DejaVu embedded, reproducible).

    ``copy``: marked "КОПИЕ"; ``electronic`` (a saved file, with ``copy``): marked
    "ЕЛЕКТРОННО КОПИЕ", so a file printed later can never pass for the original.

    When the text runs a little past a page (the last page would hold under
    :data:`SPILL_SHARE` of its area), it is set again with slightly smaller type and margins,
    so no near-empty page ends the certificate; a long group list keeps its pages."""
    pdf = b""
    for scale, margin in _TIGHTER:
        pdf, pages, last_share = _render_pdf(view, copy, electronic, scale, margin)
        if pages == 1 or last_share >= SPILL_SHARE:
            break
    return pdf


def _render_pdf(
    view: CertificateView, copy: bool, electronic: bool, scale: float, margin_mm: float
) -> tuple[bytes, int, float]:
    """One setting of the certificate: (PDF, pages, share of the last page's area used)."""
    mark = "ЕЛЕКТРОННО КОПИЕ" if electronic else "КОПИЕ"
    from xml.sax.saxutils import escape

    from reportlab.graphics.barcode.qr import QrCodeWidget
    from reportlab.graphics.shapes import Drawing
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.platypus import (
        KeepTogether,
        LongTable,
        Paragraph,
        SimpleDocTemplate,
        Spacer,
        Table,
        TableStyle,
    )

    regular, bold = _fonts()
    k = scale
    body = ParagraphStyle("body", fontName=regular, fontSize=8.5 * k, leading=11 * k)
    small = ParagraphStyle("small", parent=body, fontSize=7.5 * k, leading=9.5 * k)
    heading = ParagraphStyle(
        "heading",
        parent=body,
        fontName=bold,
        fontSize=10 * k,
        leading=13 * k,
        spaceBefore=5 * k,
        spaceAfter=2 * k,
    )
    title = ParagraphStyle("title", parent=body, fontName=bold, fontSize=14 * k, leading=18 * k)
    stamp = ParagraphStyle(
        "stamp", parent=body, fontName=bold, fontSize=10 * k, leading=13 * k, textColor=colors.red
    )
    zone = ZoneInfo(SOFIA)

    def p(text: str, style: ParagraphStyle = body) -> Paragraph:
        return Paragraph(escape(text), style)

    class _Measured(SimpleDocTemplate):  # type: ignore[misc]
        """Remembers how far down the last flowable reached (the frame's y after it)."""

        last_y: float = 0.0

        def afterFlowable(self, flowable: Any) -> None:  # noqa: N802 - reportlab's hook
            self.last_y = float(self.frame._y)

    buffer = io.BytesIO()
    margin = margin_mm * mm
    doc = _Measured(
        buffer,
        pagesize=A4,
        invariant=1,
        leftMargin=margin,
        rightMargin=margin,
        topMargin=margin,
        bottomMargin=margin,
        title=f"Застрахователен сертификат {view.number}",
        author=view.insurer.name,
        subject=view.payload,
        creator="Agent Desk",
        keywords=" ".join(
            (["АНУЛИРАН cancelled"] if view.cancelled else [])
            + (
                ["ЕЛЕКТРОННО КОПИЕ electronic copy"]
                if electronic
                else ["КОПИЕ copy"]
                if copy
                else ["ОРИГИНАЛ original"]
            )
        ),
    )
    grid = TableStyle(
        [
            ("FONT", (0, 0), (-1, -1), regular, 8 * k),
            ("FONT", (0, 0), (-1, 0), bold, 8 * k),
            ("GRID", (0, 0), (-1, -1), 0.4, colors.grey),
            ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#e8eef5")),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ]
    )
    story: list[object] = []

    qr = QrCodeWidget(view.payload, barLevel="M")
    left, bottom, right, top = qr.getBounds()
    size = 38 * mm
    drawing = Drawing(
        size, size, transform=[size / (right - left), 0, 0, size / (top - bottom), 0, 0]
    )
    drawing.add(qr)
    header = [
        p("ЗАСТРАХОВАТЕЛЕН СЕРТИФИКАТ", title),
        p("Застраховка „Злополука“ – " + CLAUSE_NAMES[view.clause], heading),
        p(f"№ {view.number}    Дата на издаване: {_day(view.issue_date)}"),
        Spacer(1, 2 * mm),
        p(
            f"Застраховател: {view.insurer.name}, {view.insurer.identity}; {view.insurer.website}",
            small,
        ),
        p(f"Издаден от: {view.agent_name}, {view.branch_name}", small),
    ]
    if copy:
        header.insert(1, p(mark, title))
    if view.cancelled:
        header.insert(1, p(cancelled_text(view), stamp))
    if view.demo:
        header.insert(1, p(DEMO_TEXT, stamp))
    story.append(
        Table(
            [[header, drawing]],
            colWidths=[doc.width - size - 4 * mm, size + 4 * mm],
            style=[("VALIGN", (0, 0), (-1, -1), "TOP")],
        )
    )

    story.append(p("Застраховащ", heading))
    story.append(
        p(
            f"{view.policyholder_name}, {view.policyholder_id}"
            + (f", {view.policyholder_address}" if view.policyholder_address else "")
        )
    )
    story.append(p("Срок на застраховката", heading))
    story.append(
        p(
            f"от 00:00 ч. на {_day(view.start_date)} до 24:00 ч. на "
            f"{_day(view.end_date)} (българско време); цел на застраховката: "
            f"{PURPOSE_NAMES.get(view.purpose, view.purpose)}. Застраховката влиза в сила "
            "само при заплатена обща стойност на договора."
        )
    )

    story.append(p("Покрити рискове и застрахователни суми", heading))
    cover_rows = [[p("Риск", small), p("Застрахователна сума", small)]]
    cover_rows += [
        [p(RISK_NAMES[risk]), p(_amount(amount, view))] for risk, amount in view.covers.items()
    ]
    story.append(Table(cover_rows, colWidths=[doc.width * 0.62, doc.width * 0.38], style=grid))

    story.append(p("Застраховани лица", heading))
    person_rows: list[list[object]] = [
        [
            p(h, small)
            for h in (
                "№",
                "Име и фамилия",
                "ЕГН/ЛНЧ",
                "Роден(а)",
                "Покритие до",
                "Изключения",
                f"Премия ({view.currency})",  # the amounts below are bare: the currency once
            )
        ]
    ]
    for index, person in enumerate(view.insured, start=1):
        person_rows.append(
            [
                p(str(index), small),
                p(f"{person.first_name} {person.last_name}", small),
                p(f"{ID_NAMES[person.id_kind]} {person.id_value}", small),
                p(_day(person.birth_date), small),
                p(f"24:00 ч. на {_day(person.end_date)}", small),
                p("; ".join(NOTE_NAMES.get(n, n) for n in person.notes) or "–", small),
                p(local_format.cents(person.premium, LANGUAGE), small),
            ]
        )
    widths = [0.05, 0.21, 0.17, 0.14, 0.14, 0.19, 0.10]  # a birth date on one line
    story.append(
        LongTable(person_rows, colWidths=[doc.width * w for w in widths], repeatRows=1, style=grid)
    )

    story.append(p("Застрахователна премия", heading))
    step_rows = [
        [
            p(_step_text(step, view)),
            p(
                _minimum_amount(step.amount, view)
                if step.key == "accident.step.minimum_premium"
                else _amount(step.amount, view)
            ),
        ]
        for step in view.steps
        if step.key in STEP_NAMES
    ]
    story.append(
        KeepTogether(Table(step_rows, colWidths=[doc.width * 0.62, doc.width * 0.38], style=grid))
    )
    paid = view.paid_at.astimezone(zone)
    story.append(
        p(
            f"Премия: {_amount(view.net_premium, view)}; данък: "
            f"{_amount(view.tax, view)}; общо: {_amount(view.total, view)}. Платена "
            f"еднократно с карта на {_day(paid.date())} в {paid:%H:%M} ч., референция на "
            f"терминала {view.payment_reference}."
        )
    )

    story.append(p("Изключения", heading))
    story.append(
        p(
            "Рискът „Смърт на застрахования вследствие на злополука“ не се покрива за "
            "лица до 14 години и за лица, поставени под пълно запрещение, независимо от "
            "клаузата. Не се застраховат лица със загубена работоспособност над 50 %.",
            small,
        )
    )
    story.append(p("Обезщетения, жалби и приложимо право", heading))
    story.append(
        p(
            "Застрахователят изплаща дължимата застрахователна сума или обезщетение в "
            "срок до 15 работни дни от датата, на която са представени необходимите "
            "документи и поисканите доказателства.",
            small,
        )
    )
    story.append(
        p(
            f"Жалби се подават до застрахователя ({view.insurer.complaints}), до Комисията "
            "за финансов надзор и други държавни органи; споровете могат да се решат "
            "извънсъдебно чрез медиация и арбитраж. Прилага се българското "
            "законодателство.",
            small,
        )
    )
    story.append(
        p(
            "Договорът се сключва при Общите условия на застраховка „Злополука“ на "
            f"застрахователя, публикувани на {view.insurer.website}, където е публикуван и "
            "докладът за платежоспособността и финансовото състояние на застрахователя. "
            "Автентичността на сертификата се проверява по QR кода (електронен подпис Ed25519).",
            small,
        )
    )

    def on_page(canvas: Any, document: Any) -> None:
        canvas.saveState()
        canvas.setFont(regular, 7)
        canvas.drawString(16 * mm, 9 * mm, f"Сертификат № {view.number} – стр. {document.page}")
        if view.cancelled:
            canvas.setFillColor(colors.red)
            canvas.drawRightString(
                A4[0] - 16 * mm,
                9 * mm,
                "АНУЛИРАН" + (f" на {_day(view.cancelled_on)}" if view.cancelled_on else ""),
            )
        if copy or view.cancelled:
            canvas.setFillColor(colors.Color(0.8, 0.1, 0.1, alpha=0.18))
            canvas.setFont(bold, 72 if view.cancelled else 54 if electronic else 90)
            canvas.translate(A4[0] / 2, A4[1] / 2)
            canvas.rotate(45)
            canvas.drawCentredString(0, -30, "АНУЛИРАН" if view.cancelled else mark)
        canvas.restoreState()

    doc.build(story, onFirstPage=on_page, onLaterPages=on_page)
    top = doc.bottomMargin + doc.height
    used = (top - doc.last_y) / doc.height
    return buffer.getvalue(), int(doc.page), used
