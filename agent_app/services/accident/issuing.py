"""Accident certificates: pay and issue, find, list, cancel, show the document and print it."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime, timedelta
from decimal import Decimal
from functools import lru_cache

from sqlalchemy import (
    Integer,
    Select,
    bindparam,
    insert,
    select,
    union,
    update,
)
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from agent_app.models import (
    AccidentCertificate,
    AccidentInsuredPerson,
    AccidentQuote,
    Agent,
    Branch,
    CertificateSigningKey,
    Customer,
    Market,
)
from agent_app.services import audit, deployment, parameters
from agent_app.services.access import Actor, Permission, Role, require, require_market
from agent_app.services.accident import certificate as certs
from agent_app.services.accident import status as cert_status
from agent_app.services.accident.common import (
    POLICYHOLDER_NOT_IDENTIFIED,
    SOFIA,
    AccidentError,
    CertificatePdf,
    CertificateSummary,
    PaymentInput,
    _bgn_rate,
    _check_actor,
    certificate_counter,
    certificate_number,
    sofia_today,
    tariff_for,
)
from agent_app.services.accident.quotes import (
    _compute,
    _input_of,
    _load_quote,
    _quote_result,
    insured_count,
)
from agent_app.services.customers.opening import shared
from agent_app.services.errors import (
    ConflictError,
    FieldErrors,
    NotFoundError,
    ValidationError,
)
from agent_app.services.text_input import free_text, one_line
from agent_app.store import ConcurrentUpdateError, Store, next_number
from agent_app.timeutil import start_of_local_day, utc_now

# --- payment and issue -------------------------------------------------------------------------


def _ensure_key_registered(session: Session, public: bytes, now: datetime) -> None:
    kid = certs.key_id(public)
    if session.get(CertificateSigningKey, kid) is not None:
        return
    try:
        with session.begin_nested():
            session.execute(
                insert(CertificateSigningKey).values(
                    key_id=kid, public_key=certs._b64url(public), created_at=now
                )
            )
    except IntegrityError:
        pass  # another workstation with the same key registered it first


@audit.records_refusals
def check_can_issue(store: Store, actor: Actor) -> None:
    """Whether certificates can be issued where this call runs (this computer, or the server
    behind it): a usable keyring holding the signing key (made on first use), and that key not
    retired. Raises ``accident.no_signing_key`` or ``accident.signing_key_retired``. The desk asks
    before it takes the card payment, so that no payment is recorded at the terminal for a
    certificate that cannot be issued; :func:`issue_certificate` checks the same again."""
    _check_actor(actor)
    key = certs.signing_key()
    with store.unit_of_work() as uow:
        cert_status.check_key_usable(uow.session, certs.key_id(certs.public_raw(key.public_key())))


@audit.records_refusals
def issue_certificate(
    store: Store, actor: Actor, quote_id: int, payment: PaymentInput, *, now: datetime | None = None
) -> CertificateSummary:
    """Record the card payment of a quote and issue its certificate, in one transaction.

    Field errors: ``terminal_reference`` (required), ``amount`` (``accident.amount_not_total``),
    ``paid_at`` (``accident.payment_in_future``). Refusals (:class:`AccidentError`):
    ``accident.quote_already_issued``, ``accident.quote_expired``,
    ``accident.start_too_early_for_payment`` (cover starts the day after payment at the
    earliest: make a new quote), ``accident.quote_outdated`` (checked again for the day of
    payment, the quote comes out differently: a person turned 69, say),
    ``accident.no_signing_key`` (no usable keyring).
    """
    _check_actor(actor)
    key = certs.signing_key()
    now = now or utc_now()
    paid_at = payment.paid_at or now
    errors = FieldErrors()
    # one line, no control, bidi or zero-width character: it is printed on the certificate
    reference = one_line(payment.terminal_reference)
    if not reference:
        errors.add("terminal_reference", "error.required")
    elif len(reference) > 64:
        errors.add("terminal_reference", "accident.reference_too_long")
    if paid_at.tzinfo is None or paid_at > now + timedelta(minutes=5):
        errors.add("paid_at", "accident.payment_in_future")
    with store.unit_of_work() as uow:
        session = uow.session
        quote = _load_quote(session, quote_id, lock=True)
        if Decimal(payment.amount) != quote.total:
            errors.add("amount", "accident.amount_not_total", total=f"{quote.total:.2f}")
        errors.raise_if_any()
        if quote.status != "quoted":
            raise AccidentError("accident.quote_already_issued")
        holder = session.get(Customer, quote.policyholder_id)
        if holder is None or holder.identification_method is None:
            raise AccidentError(POLICYHOLDER_NOT_IDENTIFIED)
        paid_day = sofia_today(paid_at)
        issue_day = sofia_today(now)
        # Outside demo mode: the premium from the insurer's tariff, its name on the certificate.
        deployment.require_settings(session, (deployment.ACCIDENT_TARIFF,), quote.quote_date)
        deployment.require_settings(session, deployment.INSURER, issue_day)
        if max(paid_day, issue_day) > quote.valid_until:
            raise AccidentError("accident.quote_expired", valid_until=quote.valid_until.isoformat())
        if quote.start_date <= paid_day:
            raise AccidentError(
                "accident.start_too_early_for_payment",
                earliest=(paid_day + timedelta(days=1)).isoformat(),
            )
        tariff = tariff_for(session, quote.quote_date)
        stored = _quote_result(session, quote, tariff, None)
        try:
            again, _customer = _compute(
                session, actor, _input_of(stored), paid_day, tariff_day=quote.quote_date
            )
        except ValidationError as exc:
            raise AccidentError("accident.quote_outdated") from exc
        if (
            again.total != stored.total
            or [p.status for p in again.persons] != [p.status for p in stored.persons]
            or [p.end_date for p in again.persons] != [p.end_date for p in stored.persons]
        ):
            raise AccidentError("accident.quote_outdated")
        taken = session.execute(
            update(AccidentQuote)
            .where(AccidentQuote.id == quote.id, AccidentQuote.status == "quoted")
            .values(status="issued")
            .returning(AccidentQuote.id)
        ).scalar_one_or_none()
        if taken is None:
            raise AccidentError("accident.quote_already_issued")
        branch = session.get(Branch, actor.branch_id)
        assert branch is not None
        year = issue_day.year
        serial = next_number(session, certificate_counter(branch.code, year))
        number = certificate_number(branch.code, year, serial)
        _ensure_key_registered(session, certs.public_raw(key.public_key()), now)
        cert_status.check_key_usable(session, certs.key_id(certs.public_raw(key.public_key())))
        end = stored.cover_end
        certificate = AccidentCertificate(
            number=number,
            branch_id=branch.id,
            year=year,
            serial=serial,
            quote_id=quote.id,
            policyholder_id=quote.policyholder_id,
            issue_date=issue_day,
            issued_at=now,
            issued_by=actor.agent_id,
            start_date=quote.start_date,
            end_date=end,
            cover_start=start_of_local_day(quote.start_date, SOFIA),
            cover_end=start_of_local_day(end + timedelta(days=1), SOFIA),
            currency=quote.currency,
            net_premium=quote.net_premium,
            tax=quote.tax,
            total=quote.total,
            show_bgn=_bgn_rate(session, branch.code, issue_day, tariff) is not None,
            payment_reference=reference,
            paid_amount=Decimal(payment.amount),
            paid_at=paid_at,
            payload=certs.make_payload(key, number, issue_day, quote.total, quote.currency),
            status="issued",
            prints=0,
        )
        session.add(certificate)
        session.flush()
        audit.record(
            session,
            actor,
            "accident.certificate_issued",
            entity="accident_certificate",
            entity_id=certificate.id,
            details={
                "number": number,
                "quote_id": quote.id,
                "customer_id": quote.policyholder_id,
                "total": f"{quote.total:.2f}",
                "currency": quote.currency,
                "terminal_reference": reference,
            },
        )
        summary = _summary(session, certificate, quote)  # before the commit: see zame._info
        uow.commit()
        return summary


def _summary(
    session: Session,
    cert: AccidentCertificate,
    quote: AccidentQuote | None = None,
    role: str = "policyholder",
    insured_count: int | None = None,
) -> CertificateSummary:
    """``quote`` and ``insured_count`` when the caller read them with the certificate."""
    quote = quote or session.get(AccidentQuote, cert.quote_id)
    assert quote is not None
    if insured_count is None:
        insured_count = len(
            session.execute(
                select(AccidentInsuredPerson.id).where(
                    AccidentInsuredPerson.quote_id == quote.id,
                    AccidentInsuredPerson.status == "insured",
                )
            ).all()
        )
    return CertificateSummary(
        id=cert.id,
        number=cert.number,
        status=cert.status,
        quote_id=quote.id,
        clause=quote.clause,
        policyholder_id=cert.policyholder_id,
        policyholder_name=quote.policyholder["name"],
        issue_date=cert.issue_date,
        issued_at=cert.issued_at,
        start_date=cert.start_date,
        end_date=cert.end_date,
        cover_start=cert.cover_start,
        cover_end=cert.cover_end,
        net_premium=cert.net_premium,
        tax=cert.tax,
        total=cert.total,
        currency=cert.currency,
        insured_count=insured_count,
        payment_reference=cert.payment_reference,
        paid_at=cert.paid_at,
        prints=cert.prints,
        payload=cert.payload,
        cancelled_at=cert.cancelled_at,
        cancel_reason=cert.cancel_reason,
        role=role,
    )


def _load_certificate(session: Session, certificate_id: int) -> AccidentCertificate:
    cert = session.get(AccidentCertificate, certificate_id)
    if cert is None:
        raise NotFoundError(entity="accident_certificate", id=certificate_id)
    return cert


@audit.records_refusals
def get_certificate(store: Store, actor: Actor, certificate_id: int) -> CertificateSummary:
    _check_actor(actor)
    with store.unit_of_work() as uow:
        return _summary(uow.session, _load_certificate(uow.session, certificate_id))


@audit.records_refusals
def find_certificate(store: Store, actor: Actor, number: str) -> CertificateSummary:
    _check_actor(actor)
    with store.unit_of_work() as uow:
        cert = uow.session.execute(
            select(AccidentCertificate).where(AccidentCertificate.number == number.strip().upper())
        ).scalar_one_or_none()
        if cert is None:
            raise NotFoundError(entity="accident_certificate", id=number)
        return _summary(uow.session, cert)


@audit.records_refusals
def certificates_for_customer(
    store: Store, actor: Actor, customer_id: int
) -> list[CertificateSummary]:
    """The certificates where the customer is the policyholder or an insured person, newest
    first (``role``: ``policyholder`` or ``insured``). Another market's customer is refused,
    as every read of a customer is (issue 19's matrix found it answered)."""
    _check_actor(actor)
    with store.unit_of_work(reads_only=True) as uow:
        session = uow.session
        customer = session.get(Customer, customer_id)
        if customer is None:
            raise NotFoundError(entity="customer", id=customer_id)
        require_market(actor, Market(customer.market))
        return customer_certificates(session, customer_id)


def customer_certificates(session: Session, customer_id: int) -> list[CertificateSummary]:
    """The certificates where the customer is the policyholder or an insured person, newest
    first, each with its quote and number of insured persons: one statement (it was one, and
    two more per certificate), made once per opening of a record (its summary and its tab)."""

    def read() -> list[CertificateSummary]:
        rows = session.execute(_customer_certificates_statement(), {"customer_id": customer_id})
        return [
            _summary(
                session,
                cert,
                quote,
                role="policyholder" if cert.policyholder_id == customer_id else "insured",
                insured_count=int(count or 0),
            )
            for cert, quote, count in rows
        ]

    return list(shared(("accident.certificates", customer_id), read))


@lru_cache(maxsize=1)
def _customer_certificates_statement() -> Select[AccidentCertificate, AccidentQuote, int]:
    """:func:`customer_certificates`' statement, built once: parameter customer_id."""
    customer_id = bindparam("customer_id", type_=Integer)
    # The two ways in as a UNION of two index reads. As "policyholder OR insured" (one WHERE)
    # PostgreSQL read every certificate to test the OR: 2.7 ms per opening of a Bulgarian
    # record with 15,834 certificates, in parallel workers, and more with every certificate.
    theirs = union(
        select(AccidentCertificate.id).where(AccidentCertificate.policyholder_id == customer_id),
        select(AccidentCertificate.id)
        .join(
            AccidentInsuredPerson,
            AccidentInsuredPerson.quote_id == AccidentCertificate.quote_id,
        )
        .where(
            AccidentInsuredPerson.customer_id == customer_id,
            AccidentInsuredPerson.status == "insured",
        ),
    )
    return (
        select(AccidentCertificate, AccidentQuote, insured_count())
        .join(AccidentQuote, AccidentQuote.id == AccidentCertificate.quote_id)
        .where(AccidentCertificate.id.in_(theirs))
        .order_by(AccidentCertificate.issued_at.desc(), AccidentCertificate.id.desc())
    )


@audit.records_refusals
def list_certificates(
    store: Store, actor: Actor, *, number: str = "", status: str | None = None, limit: int = 200
) -> list[CertificateSummary]:
    """The newest certificates of the actor's branch (an administrator: of every branch),
    optionally those whose number contains ``number`` and of one ``status``."""
    _check_actor(actor)
    query = select(AccidentCertificate)
    if actor.role is not Role.ADMIN:
        query = query.where(AccidentCertificate.branch_id == actor.branch_id)
    text = number.strip().upper()
    if text:
        query = query.where(AccidentCertificate.number.contains(text, autoescape=True))
    if status:
        query = query.where(AccidentCertificate.status == status)
    query = query.order_by(
        AccidentCertificate.issued_at.desc(), AccidentCertificate.id.desc()
    ).limit(limit)
    with store.unit_of_work() as uow:
        return [_summary(uow.session, cert) for cert in uow.session.execute(query).scalars()]


@audit.records_refusals
def cancel_certificate(
    store: Store, actor: Actor, certificate_id: int, reason: str, *, now: datetime | None = None
) -> CertificateSummary:
    """A supervisor cancels a certificate before its cover starts, with a reason. The record
    stays (status ``cancelled``). Refusals: ``accident.already_cancelled``,
    ``accident.cancel_after_start``; field ``reason`` required."""
    require(actor, Permission.CANCEL_ACCIDENT_CERTIFICATES)
    _check_actor(actor)
    now = now or utc_now()
    text = free_text(reason)
    errors = FieldErrors()
    if not text:
        errors.add("reason", "error.required")
    elif len(text) > 500:  # the column's size: said next to the field, never cut without a word
        errors.add("reason", "error.too_long", maximum=500)
    errors.raise_if_any()
    with store.unit_of_work() as uow:
        session = uow.session
        cert = _load_certificate(session, certificate_id)
        if cert.status == "cancelled":
            raise AccidentError("accident.already_cancelled")
        if now >= cert.cover_start:
            raise AccidentError("accident.cancel_after_start")
        cert.status = "cancelled"
        cert.cancelled_at = now
        cert.cancelled_by = actor.agent_id
        cert.cancel_reason = text
        audit.record(
            session,
            actor,
            "accident.certificate_cancelled",
            entity="accident_certificate",
            entity_id=cert.id,
            details={
                "number": cert.number,
                "customer_id": cert.policyholder_id,
                "reason": text[:500],
            },
        )
        try:
            uow.flush()
            summary = _summary(session, cert)  # before the commit: see zame._info
            uow.commit()
        except ConcurrentUpdateError as exc:
            raise ConflictError() from exc
        return summary


# --- the document ------------------------------------------------------------------------------


def certificate_view(
    session: Session, cert: AccidentCertificate, *, today: date | None = None
) -> certs.CertificateView:
    """What the certificate prints, with the insurer's identification in force ``today`` (Sofia):
    outside demo mode refused (``deployment.setting_missing``) until an administrator recorded
    it; a demo store's certificate says DEMO."""
    today = today or sofia_today()
    deployment.require_settings(session, deployment.INSURER, today)
    quote = session.get(AccidentQuote, cert.quote_id)
    assert quote is not None
    tariff = tariff_for(session, quote.quote_date)
    result = _quote_result(session, quote, tariff, None)
    agent = session.get(Agent, cert.issued_by)
    branch = session.get(Branch, cert.branch_id)
    return certs.CertificateView(
        number=cert.number,
        issue_date=cert.issue_date,
        issued_at=cert.issued_at,
        branch_name=branch.name if branch else "",
        agent_name=agent.full_name if agent else "",
        clause=quote.clause,
        purpose=quote.purpose,
        policyholder_name=quote.policyholder["name"],
        policyholder_id=quote.policyholder["id"],
        policyholder_address=quote.policyholder.get("address", ""),
        start_date=cert.start_date,
        end_date=cert.end_date,
        covers=result.covers,
        insured=[
            certs.InsuredLine(
                p.first_name,
                p.last_name,
                p.id_kind,
                p.id_value,
                p.birth_date,
                p.end_date or cert.end_date,
                p.premium or Decimal(0),
                p.notes,
            )
            for p in result.insured
        ],
        steps=result.steps,
        net_premium=cert.net_premium,
        tax=cert.tax,
        total=cert.total,
        currency=cert.currency,
        bgn_per_eur=tariff.bgn_per_eur if cert.show_bgn else None,
        payment_reference=cert.payment_reference,
        paid_at=cert.paid_at,
        payload=cert.payload,
        status=cert.status,
        cancelled_on=(
            cert_status.sofia_day(cert.cancelled_at)
            if cert.status == "cancelled" and cert.cancelled_at
            else None
        ),
        cancel_reason=cert.cancel_reason or "",
        insurer=certs.Insurer(
            *(str(parameters.value_on(session, key, today)) for key in deployment.INSURER)
        ),
        demo=deployment.is_demo(session),
    )


def _pdf(
    cert: AccidentCertificate, view: certs.CertificateView, print_number: int
) -> CertificatePdf:
    copy = print_number > 1
    return CertificatePdf(
        cert.id,
        cert.number,
        certs.render_pdf(view, copy=copy),
        copy,
        print_number,
        f"{cert.number}{'-kopie' if copy else ''}.pdf",
    )


def _looked_at(
    store: Store,
    actor: Actor,
    certificate_id: int,
    action: str,
    make: Callable[[AccidentCertificate, certs.CertificateView], CertificatePdf],
) -> CertificatePdf:
    """A document of the certificate that counts no print, its taking audited as ``action``."""
    _check_actor(actor)
    with store.unit_of_work() as uow:
        cert = _load_certificate(uow.session, certificate_id)
        view = certificate_view(uow.session, cert)
        audit.record(
            uow.session,
            actor,
            action,
            entity="accident_certificate",
            entity_id=cert.id,
            details={"number": cert.number, "prints": cert.prints},
        )
        document = make(cert, view)
        uow.commit()
        return document


@audit.records_refusals
def preview_certificate(store: Store, actor: Actor, certificate_id: int) -> CertificatePdf:
    """The PDF as the next print would be (a copy once the original was printed); records
    nothing but an audit event of the look."""
    return _looked_at(
        store,
        actor,
        certificate_id,
        "accident.certificate_viewed",
        lambda cert, view: _pdf(cert, view, cert.prints + 1),
    )


@audit.records_refusals
def print_certificate(store: Store, actor: Actor, certificate_id: int) -> CertificatePdf:
    """Take the next paper print of a certificate: the first is the original, every later one is
    marked "КОПИЕ"; each is audited (``accident.certificate_printed`` /
    ``accident.certificate_reprinted``). Call it when the agent confirms printing (saving a file
    is :func:`save_certificate`, which does not count).
    A cancelled certificate is printed too, stamped "АНУЛИРАН" with the day and the reason on
    every page (for the files, and as the customer's proof of the cancellation: refusing would
    leave the agent no paper to hand over), never as if in force."""
    _check_actor(actor)
    with store.unit_of_work() as uow:
        session = uow.session
        taken = session.execute(
            update(AccidentCertificate)
            .where(AccidentCertificate.id == certificate_id)
            .values(prints=AccidentCertificate.prints + 1)
            .returning(AccidentCertificate.prints)
        ).scalar_one_or_none()
        if taken is None:
            raise NotFoundError(entity="accident_certificate", id=certificate_id)
        cert = _load_certificate(session, certificate_id)
        session.refresh(cert)
        view = certificate_view(session, cert)
        audit.record(
            session,
            actor,
            "accident.certificate_reprinted" if taken > 1 else "accident.certificate_printed",
            entity="accident_certificate",
            entity_id=cert.id,
            details={"number": cert.number, "print": taken},
        )
        document = _pdf(cert, view, taken)
        uow.commit()
        return document


@audit.records_refusals
def save_certificate(store: Store, actor: Actor, certificate_id: int) -> CertificatePdf:
    """The certificate as a file: an electronic copy marked "ЕЛЕКТРОННО КОПИЕ" on every page.

    Saving does not use up the original (the paper print is the original) and is not counted
    among the prints; it is audited (``accident.certificate_saved``, with the prints taken so
    far). A cancelled certificate is saved too (it says so in the status)."""
    return _looked_at(
        store,
        actor,
        certificate_id,
        "accident.certificate_saved",
        lambda cert, view: CertificatePdf(
            cert.id,
            cert.number,
            certs.render_pdf(view, copy=True, electronic=True),
            True,
            cert.prints,
            f"{cert.number}-elektronno-kopie.pdf",
            electronic=True,
        ),
    )
