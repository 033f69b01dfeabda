"""ZAME documents (PDF, in Slovenian): the enrollment form to sign and the points statement.

Rendered with reportlab and the DejaVu fonts shipped in ``resources/fonts`` (č, š, ž and the
rest of Latin Extended), ``invariant=1`` so that the same data gives the same bytes. The
``render_*`` functions are pure (data in, bytes out); :func:`enrollment_form_pdf` and
:func:`points_statement_pdf` gather the data for one customer and audit the printing.
"""

from __future__ import annotations

import io
from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import date
from functools import lru_cache
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import (
    KeepTogether,
    Paragraph,
    SimpleDocTemplate,
    Spacer,
    Table,
    TableStyle,
)
from sqlalchemy.orm import Session

from agent_app.models import Branch, Customer
from agent_app.paths import resources_dir
from agent_app.services import audit, deployment, local_format, parameters
from agent_app.services.access import Actor
from agent_app.services.customers import customer_row
from agent_app.services.zame.common import (
    CONSENT_WORDING_VERSION,
    ENROLLMENT_SETTINGS,
    EXIT_WORKING_DAYS,
    PRIVACY_NOTICE_VERSION,
    TERMS_VERSION,
    ZameRefusedError,
    _check_actor,
    _membership,
    format_member_number,
    si_today,
    status_on,
)
from agent_app.services.zame.daily import load_member_facts, rules_on
from agent_app.services.zame.ledger import held_in_session
from agent_app.services.zame.membership import (
    eligibility_in_session,
)
from agent_app.services.zame.points import PointsResult, compute_points
from agent_app.services.zame.standing import (
    _history,
)
from agent_app.store import Store

FONT, FONT_BOLD = "DejaVuSans", "DejaVuSans-Bold"

LEVEL_NAMES = {"osnovni": "Osnovni", "bronasti": "Bronasti", "srebrni": "Srebrni", "zlati": "Zlati"}
STATUS_NAMES = {
    "active": "aktivno",
    "leaving": "v izstopu",
    "left": "izstopil",
    "excluded": "izključen",
}
CHANNEL_NAMES = {"agent": "prek zastopnika", "web": "spletna stran", "app": "mobilna aplikacija"}
LINE_NAMES = {
    "membership": "Članstvo v Programu",
    "activity.app_download": "Prenos mobilne aplikacije Generali ZAME",
    "activity.e_notifications": "Vklop e-obveščanja",
    "activity.e_invoice": "Vklop e-računa",
    "activity.e_claim": "E-prijava škode",
    "activity.moj_generali": "Registracija v portal Moj Generali",
    "activity.gi_investor": "Aktivni vlagatelj v vzajemne sklade Generali Investments",
    "consent.direct_marketing": "Privolitev za neposredno trženje",
    "consent.gi_notices": "Privolitev za obvestila Generali Investments",
    "policies.policyholder": "Zavarovanja, kjer ste sklenitelj",
    "policies.insured": "Zavarovanja, kjer ste zavarovana oseba",
    "policies.payer": "Zavarovanja, kjer ste plačnik",
    "years": "Polna leta sodelovanja od sklenitve prve police",
    "maximum": "Omejitev na največje število točk",
}


@lru_cache(maxsize=1)
def _fonts() -> None:
    folder = resources_dir() / "fonts"
    pdfmetrics.registerFont(TTFont(FONT, str(folder / "DejaVuSans.ttf")))
    pdfmetrics.registerFont(TTFont(FONT_BOLD, str(folder / "DejaVuSans-Bold.ttf")))


def _styles() -> dict[str, ParagraphStyle]:
    _fonts()
    return {
        "title": ParagraphStyle(
            "title", fontName=FONT_BOLD, fontSize=15, leading=19, spaceAfter=4 * mm
        ),
        "heading": ParagraphStyle(
            "heading",
            fontName=FONT_BOLD,
            fontSize=11,
            leading=14,
            spaceBefore=4 * mm,
            spaceAfter=2 * mm,
        ),
        "body": ParagraphStyle("body", fontName=FONT, fontSize=9.5, leading=12.5),
        "cell": ParagraphStyle("cell", fontName=FONT, fontSize=9, leading=11),
        "small": ParagraphStyle(
            "small", fontName=FONT, fontSize=8, leading=10, textColor=colors.HexColor("#444444")
        ),
    }


def _p(text: str, style: ParagraphStyle) -> Paragraph:
    return Paragraph(escape(text), style)


LANGUAGE = "sl"  # the form and the statement are Slovenian whatever the agent's language


def _day(value: date | None) -> str:
    return local_format.day(value, LANGUAGE) if value else "—"  # 22. nov. 2026


def _points(value: int) -> str:
    return local_format.number(value, LANGUAGE)  # 1.234


def _table(
    rows: Sequence[Sequence[object]],
    widths: list[float],
    *,
    header: bool = False,
    padding: float | None = None,
) -> Table:
    table = Table(rows, colWidths=widths, hAlign="LEFT")
    style = [
        ("FONTNAME", (0, 0), (-1, -1), FONT),
        ("FONTSIZE", (0, 0), (-1, -1), 9),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LINEBELOW", (0, 0), (-1, -1), 0.25, colors.HexColor("#bbbbbb")),
    ]
    if padding is not None:
        style += [
            ("TOPPADDING", (0, 0), (-1, -1), padding),
            ("BOTTOMPADDING", (0, 0), (-1, -1), padding),
        ]
    if header:
        style += [
            ("FONTNAME", (0, 0), (-1, 0), FONT_BOLD),
            ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#eeeeee")),
        ]
    table.setStyle(TableStyle(style))
    return table


def _build(story: list[object], title: str) -> bytes:
    buffer = io.BytesIO()
    doc = SimpleDocTemplate(
        buffer,
        pagesize=A4,
        leftMargin=20 * mm,
        rightMargin=20 * mm,
        topMargin=18 * mm,
        bottomMargin=18 * mm,
        title=title,
        author="Generali zavarovalnica d. d.",
        creator="Agent Desk",
        invariant=1,
        lang="sl-SI",
    )
    doc.build(story)
    return buffer.getvalue()


# --- the enrollment form ------------------------------------------------------------------------


def _branch_place(session: Session, actor: Actor) -> str:
    """The place the form is signed: the branch's name (branches are named after their place)."""
    branch = session.get(Branch, actor.branch_id)
    return branch.name if branch is not None else actor.branch_code


@dataclass(frozen=True)
class EnrollmentFormData:
    first_name: str
    last_name: str
    birth_date: date
    tax_number: str
    street: str
    postcode: str
    city: str
    country: str
    email: str
    mobile: str
    terms_version: str
    privacy_notice_version: str
    consent_wording_version: str
    agent_name: str
    branch_code: str
    day: date
    place: str = ""  # "Kraj": where the form is signed, the branch (never the customer's city)
    exit_working_days: int = 5  # the parameter zame.exit_working_days of the day
    demo: bool = False  # a demo store's form: says DEMO (its versions are the shipped defaults)


DEMO_TEXT = "DEMO – vzorčni podatki in privzete različice dokumentov, ni dokument zavarovalnice"


def render_enrollment_form(data: EnrollmentFormData) -> bytes:
    s = _styles()
    person = [
        ["Ime in priimek", f"{data.first_name} {data.last_name}"],
        ["Datum rojstva", _day(data.birth_date)],
        ["Davčna številka", data.tax_number],
        ["Naslov stalnega prebivališča", f"{data.street}, {data.postcode} {data.city}"],
        ["Država", local_format.country(data.country, LANGUAGE)],
        ["E-naslov", data.email],
        ["Mobilna številka", data.mobile],
    ]
    story: list[object] = [
        _p("Pristopna izjava – Generali Program prednosti ZAME", s["title"]),
        *([_p(DEMO_TEXT, s["body"])] if data.demo else []),
        _p("GENERALI zavarovalnica d. d., Kržičeva ulica 3, 1000 Ljubljana", s["small"]),
        _p("Podatki člana", s["heading"]),
        # values as paragraphs: a long street wraps inside its cell instead of pushing the
        # postcode and the city off the page (a 62-character street did)
        _table([[k, _p(v, s["cell"])] for k, v in person], [60 * mm, 110 * mm]),
        _p("Izjava", s["heading"]),
        _p(
            f"Podpisani/-a izjavljam, da sem prejel/-a, prebral/-a in sprejemam Splošne pogoje "
            f"Generali Programa prednosti ZAME ({data.terms_version}) ter da sem seznanjen/-a z "
            f"Obvestilom o zasebnosti Generali Programa prednosti ZAME "
            f"(različica {data.privacy_notice_version}). Potrjujem, da so zgornji podatki "
            "pravilni, in se zavezujem, da jih bom v času članstva sproti posodabljal/-a.",
            s["body"],
        ),
        _p("Privolitve (obkrožite)", s["heading"]),
        _table(
            [
                ["Privolitev za neposredno trženje Generali", "DA  /  NE"],
                ["Privolitev za prejemanje obvestil Generali Investments d.o.o.", "DA  /  NE"],
                [
                    _p(
                        "Privolitev za mesečno preverjanje statusa aktivnega vlagatelja pri "
                        "Generali Investments d.o.o. (3. točka Pogojev)",
                        s["cell"],
                    ),
                    "DA  /  NE",
                ],
            ],
            [130 * mm, 40 * mm],
        ),
        _p(
            f"Besedilo privolitev: različica {data.consent_wording_version}. Privolitev lahko "
            "kadarkoli prekličete.",
            s["small"],
        ),
        Spacer(1, 12 * mm),
        _table(
            [
                ["Kraj in datum:", _p(f"{data.place}, {_day(data.day)}", s["cell"]), "", ""],
                ["", "", "", ""],
                [
                    "Podpis člana:",
                    "______________________________",
                    "Podpis zastopnika:",
                    "______________________",
                ],
                [
                    "",
                    f"{data.first_name} {data.last_name}",
                    "",
                    f"{data.agent_name} ({data.branch_code})",
                ],
            ],
            [28 * mm, 62 * mm, 32 * mm, 48 * mm],
        ),
        Spacer(1, 6 * mm),
        _p(
            "Članstvo je brezplačno. Član lahko kadarkoli izstopi z zahtevo na zame@generali.si; "
            f"izstop se uredi v roku {data.exit_working_days} delovnih dni, šteto z naslednjim "
            "delovnim dnem od dneva prejema.",
            s["small"],
        ),
    ]
    return _build(story, "Pristopna izjava ZAME")


@audit.records_refusals
def enrollment_form_pdf(
    store: Store, actor: Actor, customer_id: int, *, day: date | None = None
) -> bytes:
    """The form the person signs before the membership is recorded (eligible persons only:
    ``zame.not_eligible`` otherwise). Audited as printed."""
    _check_actor(actor)
    day = day or si_today()
    with store.unit_of_work() as uow:
        session = uow.session
        customer: Customer = customer_row(session, customer_id, actor=actor)
        deployment.require_settings(session, ENROLLMENT_SETTINGS, day)
        found = eligibility_in_session(session, customer, day)
        if not found.eligible:
            raise ZameRefusedError(
                "zame.not_eligible", reasons=found.reasons, missing=found.missing
            )
        data = EnrollmentFormData(
            first_name=customer.first_name,
            last_name=customer.last_name,
            birth_date=customer.birth_date,
            tax_number=found.tax_number or "",
            street=customer.street,
            postcode=customer.postcode,
            city=customer.city,
            country=customer.country,
            email=customer.email or "",
            mobile=customer.mobile or "",
            terms_version=str(parameters.value_on(session, TERMS_VERSION, day)),
            privacy_notice_version=str(parameters.value_on(session, PRIVACY_NOTICE_VERSION, day)),
            consent_wording_version=str(parameters.value_on(session, CONSENT_WORDING_VERSION, day)),
            agent_name=actor.full_name,
            branch_code=actor.branch_code,
            day=day,
            place=_branch_place(session, actor),
            exit_working_days=int(parameters.value_on(session, EXIT_WORKING_DAYS, day)),
            demo=deployment.is_demo(session),
        )
        pdf = render_enrollment_form(data)
        audit.record(
            session,
            actor,
            "zame.enrollment_form_printed",
            entity="customer",
            entity_id=customer.id,
            details={
                "terms_version": data.terms_version,
                "privacy_notice_version": data.privacy_notice_version,
            },
        )
        uow.commit()
        return pdf


# --- the points statement -----------------------------------------------------------------------


@dataclass(frozen=True)
class StatementData:
    member_name: str
    member_number: str
    status: str
    started_on: date
    ended_on: date | None
    points: PointsResult
    history: list[tuple[date, int, str]]  # last counted days (day, points, level)
    day: date
    counted_on: date | None = None  # the daily run the figure comes from
    pending_total: int | None = None  # the live figure when it differs (tonight's run)
    points_per_percent: int = 100  # from the points table in force, never hard-coded
    max_percent: int = 35
    rules_valid_from: date | None = None  # None: the shipped default table
    demo: bool = False  # a demo store's statement: says DEMO


STATEMENT_PADDING = 2  # points above and below a row's text (reportlab's default: 3)
KEPT_ROWS = 3  # table rows kept on the page of the closing paragraph


def render_points_statement(data: StatementData) -> bytes:
    s = _styles()
    result = data.points
    summary = [
        ["Član", data.member_name],
        ["Številka člana", data.member_number],
        ["Status članstva", STATUS_NAMES.get(data.status, data.status)],
        ["Član od", _day(data.started_on)],
        ["Stanje Generali točk", _points(result.total)],
        ["Nivo zvestobe", LEVEL_NAMES.get(result.level, result.level)],
        ["ZAME popust pri sklenitvi zavarovanja", f"{result.discount_percent} %"],
    ]
    if data.ended_on:
        summary.insert(4, ["Članstvo preneha", _day(data.ended_on)])
    if result.next_level and result.points_to_next_level is not None:
        summary.append(
            [
                "Do naslednjega nivoja",
                f"{_points(result.points_to_next_level)} točk "
                f"({LEVEL_NAMES.get(result.next_level, result.next_level)})",
            ]
        )
    lines = (
        [["Postavka", "Število", "Točke"]]
        + [
            [
                result.item_names.get(line.key) or LINE_NAMES.get(line.key, line.key),
                str(line.count),
                _points(line.points),
            ]
            for line in result.lines
        ]
        + [["Skupaj", "", _points(result.total)]]
    )
    story: list[object] = [
        _p("Izpisek Generali točk – Program prednosti ZAME", s["title"]),
        *([_p(DEMO_TEXT, s["body"])] if data.demo else []),
        _p(
            f"Stanje na dan {_day(data.day)}"
            + (
                f" (dnevni obračun z dne {_day(data.counted_on)})"
                if data.counted_on
                else " (še ni obračunano: prvi obračun bo v nočnem obračunu)"
            ),
            s["body"],
        ),
        _p("Povzetek", s["heading"]),
        _table(summary, [70 * mm, 100 * mm], padding=STATEMENT_PADDING),
        _p("Izračun točk", s["heading"]),
    ]
    last_rows: list[list[str]] = lines
    last_widths = [115 * mm, 20 * mm, 35 * mm]
    after_last: list[object] = []
    if data.pending_total is not None:
        change = data.pending_total - result.total
        after_last += [
            Spacer(1, 3 * mm),  # apart from the counted table, not read as its last row
            _p(
                f"Se obračuna v nočnem obračunu: {'+' if change >= 0 else '−'}"
                f"{_points(abs(change))} točk (novo stanje {_points(data.pending_total)}).",
                s["body"],
            ),
        ]
    if data.history:
        story += [
            _table(last_rows, last_widths, header=True, padding=STATEMENT_PADDING),
            *after_last,
            _p("Zadnja dnevna stanja", s["heading"]),
        ]
        last_rows = [["Dan", "Točke", "Nivo"]] + [
            [_day(day), _points(points), LEVEL_NAMES.get(level, level)]
            for day, points, level in data.history
        ]
        last_widths = [50 * mm, 40 * mm, 50 * mm]
        after_last = []
    # the closing paragraph stays with the last rows above it: by hand (the Slovenian demo
    # member, 14 daily rows) it stood alone on a second page
    head, tail = last_rows[:-KEPT_ROWS], last_rows[-KEPT_ROWS:]
    if len(head) > 1:
        story.append(_table(head, last_widths, header=True, padding=STATEMENT_PADDING))
    else:
        head, tail = [], last_rows
    closing = [
        _table(tail, last_widths, header=not head, padding=STATEMENT_PADDING),
        *after_last,
        Spacer(1, 4 * mm),
        _p(
            "Generali točke se obračunavajo enkrat dnevno. Za vsakih "
            f"{_points(data.points_per_percent)} točk se pri sklenitvi avtomobilskega, "
            "domskega ali nezgodnega zavarovanja upošteva 1 % popusta (zaokroženo, največ "
            f"{data.max_percent} %). Tabela Generali točk (Priloga 1) "
            + (
                f"velja od {_day(data.rules_valid_from)}."
                if data.rules_valid_from
                else "je privzeta tabela programa."
            ),
            s["small"],
        ),
    ]
    story.append(KeepTogether(closing))
    return _build(story, "Izpisek Generali točk ZAME")


@audit.records_refusals
def points_statement_pdf(
    store: Store,
    actor: Actor,
    membership_id: int,
    *,
    day: date | None = None,
    history_rows: int = 14,
) -> bytes:
    """The member's statement for ``day``: balance explained line by line. Audited."""
    _check_actor(actor)
    day = day or si_today()
    with store.unit_of_work() as uow:
        session = uow.session
        membership = _membership(session, membership_id)
        customer = session.get_one(Customer, membership.customer_id)
        deployment.require_settings(session, (deployment.ZAME_RULES,), day)
        live = load_member_facts(session, membership, day)
        rules = rules_on(session, day)
        held = held_in_session(session, membership, day, lambda d: rules_on(session, d), live=live)
        result = held.points or replace(
            compute_points(replace(live, is_member=False), rules), is_member=live.is_member
        )
        history = [(r.day, r.points, r.level) for r in _history(session, membership.id, None, day)][
            -history_rows:
        ]
        data = StatementData(
            member_name=f"{customer.first_name} {customer.last_name}",
            member_number=format_member_number(membership.member_number),
            status=status_on(membership, day),
            started_on=membership.started_on,
            ended_on=membership.ended_on,
            points=result,
            history=history,
            day=day,
            counted_on=held.counted_on,
            pending_total=held.pending.total if held.pending else None,
            points_per_percent=rules.points_per_percent,
            max_percent=rules.max_percent,
            rules_valid_from=held.rules_valid_from if held.points else rules.valid_from,
            demo=deployment.is_demo(session),
        )
        pdf = render_points_statement(data)
        audit.record(
            session,
            actor,
            "zame.points_statement_printed",
            entity="customer",
            entity_id=customer.id,
            details={
                "membership_id": membership.id,
                "day": day.isoformat(),
                "points": result.total,
            },
        )
        uow.commit()
        return pdf
