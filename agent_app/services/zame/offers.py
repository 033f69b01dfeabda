"""ZAME partner offers (kept by admins) and the coupons members activate."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from agent_app.models import (
    Agent,
    Customer,
    OutboxMessage,
    ZameCoupon,
    ZamePartnerOffer,
)
from agent_app.services import audit, outbox
from agent_app.services.access import Actor, Permission, require
from agent_app.services.errors import (
    ConflictError,
    FieldErrors,
    NotFoundError,
)
from agent_app.services.masking import mask_email
from agent_app.services.text_input import free_text, one_line
from agent_app.services.zame.activities import (
    _open_for_change,
)
from agent_app.services.zame.common import (
    COUPON_COUNTER,
    OFFER_AREAS,
    CouponRow,
    OfferInput,
    OfferRow,
    ZameRefusedError,
    _check_actor,
    si_today,
)
from agent_app.services.zame.daily import (
    load_member_facts,
    rules_on,
)
from agent_app.services.zame.points import (
    LEVELS,
    compute_points,
)
from agent_app.store import Store, next_number
from agent_app.timeutil import utc_now

# --- partner offers and coupons -----------------------------------------------------------------


def _offer_row(row: ZamePartnerOffer) -> OfferRow:
    return OfferRow(
        row.id,
        row.provider,
        row.title,
        row.description,
        row.area,
        row.valid_from,
        row.valid_until,
        row.min_level,
        row.family_use,
        row.withdrawn,
        row.version,
    )


def _clean_offer(data: OfferInput) -> OfferInput:
    errors = FieldErrors()
    # one line each: a title becomes a coupon e-mail's subject (no header can ride along)
    provider, title = one_line(data.provider), one_line(data.title)
    for name, text in (("provider", provider), ("title", title)):
        if not text:
            errors.add(name, "error.required")
        elif len(text) > 200:  # the column's size (PostgreSQL refuses more; SQLite kept it)
            errors.add(name, "zame.text_too_long", maximum=200)
    if data.area not in OFFER_AREAS:
        errors.add("area", "zame.unknown_area")
    if data.min_level not in LEVELS:
        errors.add("min_level", "zame.unknown_level")
    if data.valid_from is None:
        errors.add("valid_from", "error.required")
    if data.valid_until is None:
        errors.add("valid_until", "error.required")
    if data.valid_from and data.valid_until and data.valid_until < data.valid_from:
        errors.add("valid_until", "zame.offer_ends_before_start")
    description = free_text(data.description)
    if len(description) > 2000:
        errors.add("description", "zame.text_too_long", maximum=2000)
    errors.raise_if_any()
    return OfferInput(
        provider,
        title,
        data.area,
        data.valid_from,
        data.valid_until,
        data.min_level,
        bool(data.family_use),
        description,
    )


@audit.records_refusals
def create_offer(store: Store, actor: Actor, data: OfferInput) -> OfferRow:
    require(actor, Permission.MANAGE_ZAME_OFFERS)
    clean = _clean_offer(data)
    now = utc_now()
    with store.unit_of_work() as uow:
        row = ZamePartnerOffer(
            provider=clean.provider,
            title=clean.title,
            description=clean.description,
            area=clean.area,
            valid_from=clean.valid_from,
            valid_until=clean.valid_until,
            min_level=clean.min_level,
            family_use=clean.family_use,
            withdrawn=False,
            created_at=now,
            created_by=actor.agent_id,
            updated_at=now,
            updated_by=actor.agent_id,
        )
        uow.session.add(row)
        uow.flush()
        audit.record(
            uow.session,
            actor,
            "zame.offer_created",
            entity="zame_offer",
            entity_id=row.id,
            details={"provider": clean.provider, "title": clean.title},
        )
        uow.commit()
        return _offer_row(row)


@audit.records_refusals
def update_offer(
    store: Store,
    actor: Actor,
    offer_id: int,
    expected_version: int,
    data: OfferInput,
    *,
    withdrawn: bool = False,
) -> OfferRow:
    """Change an offer (or withdraw it); ``error.changed_by_someone_else`` on a lost race."""
    require(actor, Permission.MANAGE_ZAME_OFFERS)
    clean = _clean_offer(data)
    with store.unit_of_work() as uow:
        row = uow.session.get(ZamePartnerOffer, offer_id)
        if row is None:
            raise NotFoundError(entity="zame_offer", id=offer_id)
        if row.version != expected_version:
            raise ConflictError()
        row.provider, row.title, row.description = clean.provider, clean.title, clean.description
        row.area, row.min_level, row.family_use = clean.area, clean.min_level, clean.family_use
        row.valid_from, row.valid_until = clean.valid_from, clean.valid_until  # type: ignore[assignment]
        row.withdrawn = withdrawn
        row.updated_at, row.updated_by = utc_now(), actor.agent_id
        audit.record(
            uow.session,
            actor,
            "zame.offer_changed",
            entity="zame_offer",
            entity_id=row.id,
            details={"withdrawn": withdrawn},
        )
        uow.commit()
        return _offer_row(row)


@audit.records_refusals
def list_offers(
    store: Store, actor: Actor, *, day: date | None = None, include_inactive: bool = False
) -> list[OfferRow]:
    """Offers valid on ``day`` (every offer for the admin's list with ``include_inactive``).
    ZAME's, so Slovenia's: another market's agent is refused (issue 19's matrix found it
    open)."""
    _check_actor(actor)
    day = day or si_today()
    with store.unit_of_work() as uow:
        query = select(ZamePartnerOffer).order_by(ZamePartnerOffer.provider, ZamePartnerOffer.id)
        if not include_inactive:
            query = query.where(
                ZamePartnerOffer.withdrawn.is_(False),
                ZamePartnerOffer.valid_from <= day,
                ZamePartnerOffer.valid_until >= day,
            )
        return [_offer_row(r) for r in uow.session.execute(query).scalars()]


def _coupon_rows(session: Session, membership_id: int) -> list[CouponRow]:
    rows = session.execute(
        select(
            ZameCoupon,
            ZamePartnerOffer.title,
            ZamePartnerOffer.provider,
            OutboxMessage.status,
            Agent.full_name,  # who activated it, in the same statement
        )
        .join(ZamePartnerOffer, ZamePartnerOffer.id == ZameCoupon.offer_id)
        .outerjoin(OutboxMessage, OutboxMessage.id == ZameCoupon.outbox_message_id)
        .outerjoin(Agent, Agent.id == ZameCoupon.activated_by)
        .where(ZameCoupon.membership_id == membership_id)
        .order_by(ZameCoupon.id)
    ).all()
    return [
        CouponRow(
            c.id,
            c.coupon_number,
            c.offer_id,
            title,
            provider,
            c.family_member,
            c.level_at_activation,
            c.activated_at,
            name if c.activated_by else None,
            c.email_masked,
            status or "cancelled",
        )
        for c, title, provider, status, name in rows
    ]


@audit.records_refusals
def coupons_of(store: Store, actor: Actor, membership_id: int) -> list[CouponRow]:
    _check_actor(actor)
    with store.unit_of_work() as uow:
        return _coupon_rows(uow.session, membership_id)


_LEVEL_NAMES = {
    "osnovni": "Osnovni",
    "bronasti": "Bronasti",
    "srebrni": "Srebrni",
    "zlati": "Zlati",
}


def _coupon_message(
    customer: Customer, offer: ZamePartnerOffer, number: str, family_member: str | None
) -> tuple[str, str]:
    subject = f"Kupon ugodnosti Generali ZAME: {offer.title}"
    lines = [
        f"Spoštovani/-a {customer.first_name} {customer.last_name},",
        "",
        f"za vas smo aktivirali kupon ugodnosti Programa prednosti ZAME ({offer.provider}):",
        f"  {offer.title}",
        f"  Številka kupona: {number}",
        f"  Velja do: {offer.valid_until:%d. %m. %Y}",
    ]
    if family_member:
        lines.append(f"  Kupon lahko uporabi tudi družinski član: {family_member}")
    lines += [
        "",
        "Kupon pokažite ponudniku v tiskani obliki ali na mobilnem telefonu.",
        "",
        "Generali zavarovalnica d. d., Program prednosti ZAME",
    ]
    return subject, "\n".join(lines)


@audit.records_refusals
def activate_coupon(
    store: Store,
    actor: Actor,
    membership_id: int,
    offer_id: int,
    *,
    family_member: str | None = None,
    now: datetime | None = None,
) -> CouponRow:
    """The agent activates a partner's coupon for the member; it goes to the member's
    registered e-mail through the outbox (the text sealed), and the activation is audited.

    Refusals: ``zame.membership_ended``, ``zame.offer_not_valid``, ``zame.level_too_low``,
    ``zame.family_not_allowed``, ``zame.no_email``, ``codes.no_keyring``."""
    _check_actor(actor)
    key = outbox.outbox_key()  # no keyring, no coupon
    now = now or utc_now()
    today = si_today(now)
    family_member = one_line(family_member) or None
    if family_member is not None and len(family_member) > 200:  # the column's size
        errors = FieldErrors()
        errors.add("family_member", "zame.text_too_long", maximum=200)
        errors.raise_if_any()
    with store.unit_of_work() as uow:
        session = uow.session
        membership = _open_for_change(session, membership_id, today)
        offer = session.get(ZamePartnerOffer, offer_id)
        if offer is None:
            raise NotFoundError(entity="zame_offer", id=offer_id)
        if offer.withdrawn or not offer.valid_from <= today <= offer.valid_until:
            raise ZameRefusedError("zame.offer_not_valid")
        if family_member and not offer.family_use:
            raise ZameRefusedError("zame.family_not_allowed")
        rules = rules_on(session, today)
        points = compute_points(load_member_facts(session, membership, today), rules)
        if rules.level_rank(points.level) < rules.level_rank(offer.min_level):
            raise ZameRefusedError("zame.level_too_low", level=points.level, needed=offer.min_level)
        customer = session.get_one(Customer, membership.customer_id)
        if not customer.email:
            raise ZameRefusedError("zame.no_email")
        number = f"ZK-{next_number(session, COUPON_COUNTER):08d}"
        subject, text = _coupon_message(customer, offer, number, family_member)
        masked = mask_email(customer.email)
        message = outbox.enqueue(
            session,
            channel="email",
            destination=customer.email,
            destination_masked=masked,
            subject=subject,
            text=text,
            language="sl",
            now=now,
            key=key,
            market=customer.market,
        )
        coupon = ZameCoupon(
            membership_id=membership.id,
            offer_id=offer.id,
            coupon_number=number,
            family_member=family_member,
            level_at_activation=points.level,
            activated_at=now,
            activated_by=actor.agent_id,
            email_masked=masked,
            outbox_message_id=message.id,
        )
        session.add(coupon)
        session.flush()
        audit.record(
            session,
            actor,
            "zame.coupon_activated",
            entity="customer",
            entity_id=customer.id,
            details={
                "membership_id": membership.id,
                "offer_id": offer.id,
                "coupon_number": number,
                "family_member": bool(family_member),
                "email": masked,
                "outbox_message_id": message.id,
            },
        )
        uow.commit()
        return CouponRow(
            coupon.id,
            number,
            offer.id,
            offer.title,
            offer.provider,
            family_member,
            points.level,
            now,
            actor.full_name,
            masked,
            "queued",
        )
