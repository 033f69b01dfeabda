"""RS client-portal security codes: who may get one, issuing, redeeming, and the history.

The rules (domain brief section 4, the RS client-portal manual, NIST SP 800-63B, OWASP ASVS 5.0
section 6):

- Who: an adult RS customer who holds a life, motor hull (kasko) or household policy as
  policyholder, is insured on a health policy (active policies), or is a claimant or beneficiary
  of a claim of any kind. Minors are refused (``codes.minor``: a parent or guardian registers
  instead). Refusals are message keys, never English.
- The code: 8 characters of Crockford base32 (no I, L, O, U) from :mod:`secrets`, i.e. 40 bits,
  shown ``XXXX-XXXX``. Stored only as an argon2id hash; it never reaches the store in clear
  (the outbox seals the message text, see :mod:`agent_app.services.outbox`), a log line, an
  audit event or an exception. The only way out is the e-mail or SMS to the contact of record.
- Validity by channel, limits per customer (per hour, per rolling 24 hours) and wrong guesses
  before the code locks are parameters (``codes.*``), read for the day of issue.
- Issuing revokes the customer's earlier unused codes (and cancels their unsent messages).
- Redeeming (the portal shares the store) consumes the code with a conditional UPDATE
  (``... WHERE status = 'issued'``), so of two servers redeeming the same code at the same time
  exactly one succeeds; wrong guesses are counted by ``wrong_guesses = wrong_guesses + 1`` in
  the database, never read-modify-write.

Tests swap :data:`_hasher` for a cheap one (as for passwords in :mod:`agent_app.services.auth`).
"""

from __future__ import annotations

import logging
import secrets
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from enum import StrEnum
from functools import lru_cache
from typing import Any
from zoneinfo import ZoneInfo

import phonenumbers
from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from sqlalchemy import (
    BindParameter,
    Date,
    Integer,
    Select,
    bindparam,
    case,
    exists,
    func,
    or_,
    select,
    update,
)
from sqlalchemy.orm import Session, aliased

from agent_app.models import (
    Claim,
    ClaimRole,
    Customer,
    CustomerIdentifier,
    Market,
    OutboxMessage,
    Policy,
    PolicyRole,
    SecurityCode,
)
from agent_app.models.base import fits_integer
from agent_app.services import audit, deployment, local_format, outbox, parameters
from agent_app.services.access import Actor, Permission, require, require_market
from agent_app.services.customers import customer_row, guardians
from agent_app.services.customers.opening import shared
from agent_app.services.errors import NotFoundError, ServiceError
from agent_app.services.masking import mask_email, mask_phone
from agent_app.services.portal_codes import contact_of_record
from agent_app.services.progress import CancelToken
from agent_app.store import Store
from agent_app.timeutil import utc_now

log = logging.getLogger(__name__)

# The code's hash. NIST SP 800-63B (5.1.2.2, look-up secrets) asks for an approved password
# hashing scheme, salted, for a secret of less than 112 bits (a code has 40), so argon2id stays;
# its cost is OWASP's documented minimum for argon2id (Password Storage Cheat Sheet: m = 19 MiB,
# t = 2, p = 1), not argon2-cffi's default (RFC 9106 low-memory profile: 64 MiB, 3 passes,
# 4 lanes), which took 120-140 ms of a code's issuing on an idle server core (issue 16). A code
# is single use, lives 10 minutes (SMS) to 24 hours (e-mail) and locks after a few wrong
# guesses. argon2 writes the parameters into each hash (``$argon2id$v=19$m=...,t=...,p=...``),
# so codes hashed before with the old cost still verify. Two lanes, not OWASP's one: the same
# memory filled the same number of times (what an attacker pays per guess is m and t), in two
# halves the server fills at once on two cores: 23 -> 15 ms of a code's issuing on an idle
# server (26 ms of CPU instead of 23), where one lane made a code's p95 over a 40 ms link 105 ms.
CODE_HASH_TIME_COST = 2  # passes
CODE_HASH_MEMORY_KIB = 19 * 1024  # 19 MiB
CODE_HASH_PARALLELISM = 2  # lanes
_hasher = PasswordHasher(
    time_cost=CODE_HASH_TIME_COST,
    memory_cost=CODE_HASH_MEMORY_KIB,
    parallelism=CODE_HASH_PARALLELISM,
)

ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"  # Crockford base32: no I, L, O, U
CODE_LENGTH = 8  # 8 x 5 bits = 40 bits
ADULT_AGE = 18
RS_ZONE = "Europe/Belgrade"
CHANNELS = ("email", "sms")

VALIDITY_SMS = "codes.validity_minutes_sms"
VALIDITY_EMAIL = "codes.validity_minutes_email"
MAX_PER_HOUR = "codes.max_per_hour"
MAX_PER_DAY = "codes.max_per_day"
MAX_WRONG_GUESSES = "codes.max_wrong_guesses"
PORTAL_URL = deployment.PORTAL_URL  # outside demo mode: the address an admin recorded
# Issue 18 (R6): the manual sets no "active only" condition; how long after a policy ends its
# holder (or insured) still qualifies is a parameter, read for the day asked.
POLICY_GRACE_DAYS = "codes.policy_grace_days"

QUALIFYING_POLICY_ROLES = (
    ("policyholder", ("life", "motor_hull", "household")),
    ("insured", ("health",)),
)
QUALIFYING_CLAIM_ROLES = ("claimant", "beneficiary")

# Reasons (message keys) why a customer may not get a code.
NOT_RS_CUSTOMER = "codes.not_rs_customer"
CUSTOMER_MERGED = "codes.customer_merged"
NO_QUALIFYING_ROLE = "codes.no_qualifying_role"
MINOR = "codes.minor"
NO_CONTACT = "codes.no_contact_of_record"
NOT_IDENTIFIED = "codes.not_identified"  # the agent identifies the person before a code


class CodeRefusedError(ServiceError):
    """No code issued; ``code`` says why (``params['reasons']`` lists every eligibility reason)."""

    code = "codes.not_eligible"


class RedeemResult(StrEnum):
    VALID = "valid"  # accepted, and now used
    WRONG = "wrong"
    EXPIRED = "expired"
    USED = "used"
    REVOKED = "revoked"
    LOCKED = "locked"
    UNKNOWN_CUSTOMER = "unknown_customer"


@dataclass(frozen=True)
class Eligibility:
    eligible: bool
    reasons: list[str]
    email_masked: str | None
    mobile_masked: str | None


@dataclass(frozen=True)
class IssuedCode:
    id: int
    channel: str
    destination_masked: str
    expires_at: datetime
    status: str  # "queued": the message waits for the sender


@dataclass(frozen=True)
class CodeHistoryRow:
    id: int
    channel: str
    destination_masked: str
    issued_at: datetime
    expires_at: datetime
    status: str  # queued, sent, failed, used, expired, revoked, locked
    failure_reason: str | None


# --- masking and the code itself --------------------------------------------------------------


def _generate_code() -> str:
    """Eight Crockford base32 characters from the OS's cryptographic generator."""
    return "".join(secrets.choice(ALPHABET) for _ in range(CODE_LENGTH))


def format_code(code: str) -> str:
    return f"{code[:4]}-{code[4:]}"


def normalize_code(text: str) -> str | None:
    """What the person typed, as the 8 stored characters (Crockford's reading of I/L/O)."""
    cleaned = "".join(ch for ch in text.upper() if ch not in " -")
    cleaned = cleaned.replace("I", "1").replace("L", "1").replace("O", "0")
    if len(cleaned) != CODE_LENGTH or any(ch not in ALPHABET for ch in cleaned):
        return None
    return cleaned


def _verify(code_hash: str, code: str) -> bool:
    try:
        return _hasher.verify(code_hash, code)
    except (VerificationError, InvalidHashError):
        return False


# --- eligibility --------------------------------------------------------------------------------


def _age_on(birth: date, day: date) -> int:
    return day.year - birth.year - ((day.month, day.day) < (birth.month, birth.day))


def _has_qualifying_role(session: Session, customer_id: int, today: date) -> bool:
    """A qualifying policy role (:data:`QUALIFYING_POLICY_ROLES`) or claim role, or a recorded
    parent or guardian who is the policyholder of their ward's health policy (manual §1: for
    minor insured persons, parents or guardians open the accounts). One statement, an EXISTS
    per way to qualify (it was one statement per way, and one for the wards), built once."""
    grace = int(parameters.value_on(session, POLICY_GRACE_DAYS, today))
    found = session.execute(
        _qualifying_role_statement(),
        {"customer_id": customer_id, "ended_since": today - timedelta(days=grace)},
    ).scalar()
    return bool(found)


@lru_cache(maxsize=1)
def _qualifying_role_statement() -> Select[bool]:
    """See :func:`_has_qualifying_role`; parameters customer_id and ended_since. A policy
    qualifies while it is active, and for ``codes.policy_grace_days`` after it ended (expired,
    lapsed or cancelled: its end date, or its start date when it has none): ended_since is
    today less the grace days. Built once: building it took longer than PostgreSQL takes to
    answer it."""
    customer_id = bindparam("customer_id", type_=Integer)
    ended_since = bindparam("ended_since", type_=Date)
    counts = or_(
        Policy.status == "active", func.coalesce(Policy.end_date, Policy.start_date) >= ended_since
    )
    holder = aliased(PolicyRole)
    insured = aliased(PolicyRole)
    guardian_of_insured_minor = exists(
        select(Policy.id)
        .join(holder, holder.policy_id == Policy.id)
        .join(insured, insured.policy_id == Policy.id)
        .where(
            Policy.product_line == "health",
            counts,
            holder.customer_id == customer_id,
            holder.role == "policyholder",
            insured.role == "insured",
            insured.customer_id.in_(guardians.wards_query(customer_id)),
        )
    )
    policy_roles = [
        exists(
            select(PolicyRole.id)
            .join(Policy, Policy.id == PolicyRole.policy_id)
            .where(
                PolicyRole.customer_id == customer_id,
                PolicyRole.role == role,
                Policy.product_line.in_(lines),
                counts,
            )
        )
        for role, lines in QUALIFYING_POLICY_ROLES
    ]
    claim_roles = exists(
        select(ClaimRole.id)
        .join(Claim, Claim.id == ClaimRole.claim_id)
        .where(ClaimRole.customer_id == customer_id, ClaimRole.role.in_(QUALIFYING_CLAIM_ROLES))
    )
    return select(or_(guardian_of_insured_minor, *policy_roles, claim_roles))


def _reasons(session: Session, customer: Customer, today: date) -> list[str]:
    reasons: list[str] = []
    if customer.market != Market.RS.value:
        reasons.append(NOT_RS_CUSTOMER)
    if customer.status != "active":
        reasons.append(CUSTOMER_MERGED)
    # asked by a record's summary and again by its tab: once per opening of the record
    qualifies = shared(
        ("portal_codes.qualifying_role", customer.id, today),
        lambda: _has_qualifying_role(session, customer.id, today),
    )
    if not qualifies:
        reasons.append(NO_QUALIFYING_ROLE)
    if _age_on(customer.birth_date, today) < ADULT_AGE:
        reasons.append(MINOR)
    if not customer.email and not customer.mobile:
        reasons.append(NO_CONTACT)
    if customer.identification_method is None:
        reasons.append(NOT_IDENTIFIED)
    return reasons


def _check_actor(actor: Actor) -> None:
    require(actor, Permission.WORK_WITH_CUSTOMERS)
    require_market(actor, Market.RS)


@audit.records_refusals
def eligibility(
    store: Store, actor: Actor, customer_id: int, *, today: date | None = None
) -> Eligibility:
    """May this customer get a code, and where would it go (masked)."""
    _check_actor(actor)
    with store.unit_of_work(reads_only=True) as uow:
        customer = customer_row(uow.session, customer_id, actor=actor)
        reasons = _reasons(uow.session, customer, today or _today())
        return Eligibility(
            eligible=not reasons,
            reasons=reasons,
            email_masked=mask_email(customer.email) if customer.email else None,
            mobile_masked=mask_phone(customer.mobile) if customer.mobile else None,
        )


def _today(now: datetime | None = None) -> date:
    return (now or utc_now()).astimezone(ZoneInfo(RS_ZONE)).date()


# --- issuing ------------------------------------------------------------------------------------


_TEXTS = {
    "sr_Latn": {
        "subject": "Sigurnosni kod za portal za klijente",
        "email": (
            "Poštovani,\n\n"
            "Vaš sigurnosni kod za registraciju na portalu za klijente je: {code}\n\n"
            "Kod važi do {expiry} i može se upotrebiti samo jednom.\n"
            "Registracija: {url}\n\n"
            "Ako niste tražili kod, zanemarite ovu poruku i nikome ne dajte kod.\n"
        ),
        "sms": "Sigurnosni kod za portal za klijente: {code}. Važi do {expiry}. {url}",
        "at": "u",
    },
    "sr_Cyrl": {
        "subject": "Сигурносни код за портал за клијенте",
        "email": (
            "Поштовани,\n\n"
            "Ваш сигурносни код за регистрацију на порталу за клијенте је: {code}\n\n"
            "Код важи до {expiry} и може се употребити само једном.\n"
            "Регистрација: {url}\n\n"
            "Ако нисте тражили код, занемарите ову поруку и никоме не дајте код.\n"
        ),
        "sms": "Сигурносни код за портал за клијенте: {code}. Важи до {expiry}. {url}",
        "at": "у",
    },
}


def _message(
    language: str, channel: str, code: str, expires_at: datetime, url: str
) -> tuple[str, str, str]:
    """(language, subject, text): the code, its expiry and the portal address; nothing else."""
    language = language if language in _TEXTS else "sr_Latn"
    texts = _TEXTS[language]
    local = expires_at.astimezone(ZoneInfo(RS_ZONE))
    expiry = f"{local_format.day(local.date(), language)} {texts['at']} {local:%H:%M}"
    text = texts[channel].format(code=format_code(code), expiry=expiry, url=url)
    return language, texts["subject"], text


@audit.records_refusals
def issue_code(
    store: Store,
    actor: Actor,
    customer_id: int,
    channel: str,
    *,
    now: datetime | None = None,
    guardian_id: int | None = None,
) -> IssuedCode:
    """Issue a new code and queue its message, in one transaction.

    Refusals (:class:`CodeRefusedError` unless noted): ``codes.unknown_channel``,
    ``codes.not_eligible`` (``params['reasons']``), ``codes.no_email_of_record``,
    ``codes.no_mobile_of_record``, ``codes.too_many_per_hour``, ``codes.too_many_per_day``;
    ``codes.no_keyring`` (:class:`outbox.NoKeyringError`) when there is no usable OS keyring to
    hold the key that seals the message text: then no code is issued at all.

    ``guardian_id``: the code for a minor's account goes to a recorded parent or guardian
    (manual §1), at the guardian's own contact of record: the minor must qualify but for their
    age; the guardian must be an identified adult (``codes.not_guardian`` otherwise).
    """
    _check_actor(actor)
    if channel not in CHANNELS:
        raise CodeRefusedError("codes.unknown_channel", channel=channel)
    key = outbox.outbox_key()  # before anything: no keyring, no code
    now = now or utc_now()
    today = _today(now)
    with store.unit_of_work() as uow:
        session = uow.session
        # The customer's row lock serialises issuing for one customer (limits, revocation).
        customer = customer_row(session, customer_id, lock=True, actor=actor)
        # Outside demo mode the message names the insurer's own portal address, or none goes.
        deployment.require_settings(session, (PORTAL_URL,), today)
        reasons = _reasons(session, customer, today)
        recipient = customer  # whose contact the code goes to
        if guardian_id is not None:
            guardian = customer_row(session, guardian_id)
            if not guardians.is_guardian(session, guardian_id, customer.id):
                raise CodeRefusedError("codes.not_guardian")
            # the minor's age is why a guardian registers; the contact is the guardian's
            reasons = [r for r in reasons if r not in (MINOR, NO_CONTACT, NOT_IDENTIFIED)]
            if _age_on(guardian.birth_date, today) < ADULT_AGE:
                reasons.append(MINOR)
            if guardian.identification_method is None:
                reasons.append(NOT_IDENTIFIED)
            if not guardian.email and not guardian.mobile:
                reasons.append(NO_CONTACT)
            recipient = guardian
        if reasons:
            _refusal_audit(session, actor, customer.id, channel, "not_eligible", reasons)
            uow.commit()
            raise CodeRefusedError("codes.not_eligible", reasons=reasons)
        destination = recipient.email if channel == "email" else recipient.mobile
        if not destination:
            raise CodeRefusedError(
                f"codes.no_{'email' if channel == 'email' else 'mobile'}_of_record"
            )
        # The manual's contact of record: given on a policy or claim, or verified at the desk
        # (and confirmed by a supervisor after a recent desk change).
        problem = contact_of_record.check(
            session, recipient, "email" if channel == "email" else "mobile", destination, now
        )
        if problem is not None:
            _refusal_audit(session, actor, customer.id, channel, problem.split(".", 1)[1])
            uow.commit()
            raise CodeRefusedError(problem)
        masked = mask_email(destination) if channel == "email" else mask_phone(destination)
        per_hour = int(parameters.value_on(session, MAX_PER_HOUR, today))
        per_day = int(parameters.value_on(session, MAX_PER_DAY, today))
        issued_hour, issued_day = session.execute(
            select(
                func.count().filter(SecurityCode.issued_at > now - timedelta(hours=1)),
                func.count(),
            ).where(
                SecurityCode.customer_id == customer.id,
                SecurityCode.issued_at > now - timedelta(days=1),
            )
        ).one()
        if issued_hour >= per_hour:
            _refusal_audit(session, actor, customer.id, channel, "too_many_per_hour")
            uow.commit()
            raise CodeRefusedError("codes.too_many_per_hour", maximum=per_hour)
        if issued_day >= per_day:
            _refusal_audit(session, actor, customer.id, channel, "too_many_per_day")
            uow.commit()
            raise CodeRefusedError("codes.too_many_per_day", maximum=per_day)

        earlier = list(
            session.execute(
                update(SecurityCode)
                .where(SecurityCode.customer_id == customer.id, SecurityCode.status == "issued")
                .values(status="revoked")
                .returning(SecurityCode.id)
            ).scalars()
        )
        outbox.cancel_for_codes(session, earlier, now)

        minutes = int(
            parameters.value_on(
                session, VALIDITY_EMAIL if channel == "email" else VALIDITY_SMS, today
            )
        )
        expires_at = now + timedelta(minutes=minutes)
        plain = _generate_code()
        row = SecurityCode(
            customer_id=customer.id,
            channel=channel,
            destination_masked=masked,
            code_hash=_hasher.hash(plain),
            issued_at=now,
            expires_at=expires_at,
            status="issued",
            wrong_guesses=0,
            issued_by=actor.agent_id,
            sent_to_customer_id=None if recipient is customer else recipient.id,
        )
        session.add(row)
        session.flush()
        language, subject, text = _message(
            recipient.preferred_language,
            channel,
            plain,
            expires_at,
            str(parameters.value_on(session, PORTAL_URL, today)),
        )
        del plain
        message = outbox.enqueue(
            session,
            channel=channel,
            destination=destination,
            destination_masked=masked,
            subject=subject,
            text=text,
            language=language,
            now=now,
            security_code_id=row.id,
            key=key,
            market=customer.market,
        )
        del text
        audit.record(
            session,
            actor,
            "portal_code.issued",
            entity="customer",
            entity_id=customer.id,
            details={
                "security_code_id": row.id,
                "channel": channel,
                "destination": masked,
                "guardian_id": None if recipient is customer else recipient.id,
                "expires_at": expires_at.isoformat(),
                "outbox_message_id": message.id,
                "revoked_earlier": earlier,
            },
        )
        uow.commit()
        log.info("security code %s issued for customer %s (%s)", row.id, customer.id, channel)
        return IssuedCode(
            id=row.id,
            channel=channel,
            destination_masked=masked,
            expires_at=expires_at,
            status="queued",
        )


def _refusal_audit(
    session: Session,
    actor: Actor,
    customer_id: int,
    channel: str,
    reason: str,
    reasons: list[str] | None = None,
) -> None:
    details: dict[str, object] = {"channel": channel, "reason": reason}
    if reasons:
        details["reasons"] = reasons
    audit.record(
        session,
        actor,
        "portal_code.refused",
        entity="customer",
        entity_id=customer_id,
        details=details,
    )


# --- redeeming ----------------------------------------------------------------------------------


def _latest_code_id() -> Any:
    return (
        select(SecurityCode.id)
        .where(SecurityCode.customer_id == Customer.id)
        .order_by(SecurityCode.issued_at.desc(), SecurityCode.id.desc())
        .limit(1)
        .correlate(Customer)
        .scalar_subquery()
    )


def _lookup_statement(kind: str) -> Any:
    """Customers named by the identifier (at most two: two means ambiguous), each with their
    latest code; built once per kind with a bound parameter, so that a portal under a flood of
    guesses pays for one cached query per attempt."""
    query = (
        select(
            Customer.id,
            SecurityCode.id,
            SecurityCode.status,
            SecurityCode.expires_at,
            SecurityCode.code_hash,
        )
        .outerjoin(SecurityCode, SecurityCode.id == _latest_code_id())
        .where(Customer.market == Market.RS.value, Customer.status == "active")
    )
    value: BindParameter[Any] = bindparam("value")
    if kind == "id":
        query = query.where(Customer.id == value)
    elif kind == "jmbg":
        query = query.where(
            Customer.id.in_(
                select(CustomerIdentifier.customer_id).where(
                    CustomerIdentifier.kind == "rs_jmbg", CustomerIdentifier.value == value
                )
            )
        )
    elif kind == "email":
        query = query.where(Customer.email == value)
    else:
        query = query.where(Customer.mobile == value)
    return query.limit(2)


_LOOKUPS = {kind: _lookup_statement(kind) for kind in ("id", "jmbg", "email", "mobile")}


def _lookup(session: Session, identifier: str | int) -> list[Any]:
    """Active RS customers the portal's identifier names (a customer id, JMBG, e-mail or
    mobile), each with their latest code's id, status, expiry and hash (None when no code)."""
    value: int | str
    if isinstance(identifier, int):
        if not fits_integer(identifier):
            return []  # no customer has such an id (PostgreSQL would refuse the comparison)
        kind, value = "id", identifier
    else:
        text = identifier.strip()
        if text.isdigit() and len(text) == 13:
            kind, value = "jmbg", text
        elif "@" in text:
            kind, value = "email", text.lower()
        else:
            try:
                number = phonenumbers.parse(text, "RS")
            except phonenumbers.NumberParseException:
                return []
            kind = "mobile"
            value = phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)
    return list(session.connection().execute(_LOOKUPS[kind], {"value": value}).all())


def _redeem_audit(
    session: Session,
    action: str,
    code_id: int | None,
    customer_id: int | None,
    result: RedeemResult,
    **extra: object,
) -> None:
    audit.record(
        session,
        None,
        action,
        entity="security_code",
        entity_id=code_id,
        workstation="portal",
        market=Market.RS.value,  # the Serbian supervisors' trail shows the portal's attempts
        details={"customer_id": customer_id, "result": result.value, **extra},
    )


@dataclass(frozen=True)
class _Latest:
    id: int
    status: str
    expires_at: datetime
    code_hash: str


def redeem(
    store: Store, identifier: str | int, code: str, *, now: datetime | None = None
) -> RedeemResult:
    """Check a code the person typed on the portal and, when right, use it up.

    ``identifier`` is a JMBG, the e-mail or mobile of record, or a customer id (int). An e-mail
    or mobile shared by several customers names none of them (``unknown_customer``): the portal
    then asks for the JMBG. Only the customer's latest code can be redeemed; a match against an
    earlier, revoked one says ``revoked``. Attempts against a locked or expired code change
    nothing and are not audited one by one (a flood would only fill the trail).
    """
    now = now or utc_now()
    typed = normalize_code(code)
    with store.unit_of_work() as uow:
        session = uow.session
        found = _lookup(session, identifier)
        if len(found) != 1:
            return RedeemResult.UNKNOWN_CUSTOMER
        customer_id, code_id, code_status, expires_at, code_hash = found[0]
        if code_id is None:
            return RedeemResult.WRONG
        latest = _Latest(code_id, code_status, expires_at, code_hash)
        if latest.status == "locked":
            return RedeemResult.LOCKED
        if latest.status == "revoked":
            return RedeemResult.REVOKED
        if latest.status == "issued" and latest.expires_at <= now:
            return RedeemResult.EXPIRED
        if latest.status == "used":
            if typed is not None and _verify(latest.code_hash, typed):
                _redeem_audit(
                    session, "portal_code.reuse_refused", latest.id, customer_id, RedeemResult.USED
                )
                uow.commit()
                return RedeemResult.USED
            return RedeemResult.WRONG
        # A live code.
        if typed is not None and _verify(latest.code_hash, typed):
            taken = session.execute(
                update(SecurityCode)
                .where(
                    SecurityCode.id == latest.id,
                    SecurityCode.status == "issued",
                    SecurityCode.expires_at > now,
                )
                .values(status="used", used_at=now)
                .returning(SecurityCode.id)
            ).scalar_one_or_none()
            if taken is not None:
                _redeem_audit(
                    session, "portal_code.redeemed", latest.id, customer_id, RedeemResult.VALID
                )
                uow.commit()
                log.info("security code %s redeemed", latest.id)
                return RedeemResult.VALID
            # Somebody else changed it between our read and our update: say what it is now.
            session.expire_all()
            status = session.execute(
                select(SecurityCode.status).where(SecurityCode.id == latest.id)
            ).scalar_one()
            return {
                "used": RedeemResult.USED,
                "locked": RedeemResult.LOCKED,
                "revoked": RedeemResult.REVOKED,
            }.get(status, RedeemResult.EXPIRED)
        if typed is not None and _matches_revoked(session, customer_id, typed, now):
            _redeem_audit(
                session, "portal_code.revoked_refused", latest.id, customer_id, RedeemResult.REVOKED
            )
            uow.commit()
            return RedeemResult.REVOKED
        limit = int(parameters.value_on(session, MAX_WRONG_GUESSES, _today(now)))
        counted = session.execute(
            update(SecurityCode)
            .where(SecurityCode.id == latest.id, SecurityCode.status == "issued")
            .values(
                wrong_guesses=SecurityCode.wrong_guesses + 1,
                status=case(
                    (SecurityCode.wrong_guesses + 1 >= limit, "locked"), else_=SecurityCode.status
                ),
            )
            .returning(SecurityCode.wrong_guesses, SecurityCode.status)
        ).one_or_none()
        if counted is None:
            session.expire_all()
            status = session.execute(
                select(SecurityCode.status).where(SecurityCode.id == latest.id)
            ).scalar_one()
            return RedeemResult.LOCKED if status == "locked" else RedeemResult.WRONG
        guesses, status = counted
        result = RedeemResult.LOCKED if status == "locked" else RedeemResult.WRONG
        _redeem_audit(
            session,
            "portal_code.locked" if status == "locked" else "portal_code.wrong_guess",
            latest.id,
            customer_id,
            result,
            wrong_guesses=guesses,
        )
        uow.commit()
        return result


def _matches_revoked(session: Session, customer_id: int, typed: str, now: datetime) -> bool:
    """A code replaced by a newer one within the last day (at most the daily limit of them)."""
    hashes = session.execute(
        select(SecurityCode.code_hash)
        .where(
            SecurityCode.customer_id == customer_id,
            SecurityCode.status == "revoked",
            SecurityCode.issued_at > now - timedelta(days=1),
        )
        .order_by(SecurityCode.issued_at.desc())
        .limit(10)
    ).scalars()
    return any(_verify(code_hash, typed) for code_hash in hashes)


# --- the history --------------------------------------------------------------------------------


@audit.records_refusals
def code_history(
    store: Store, actor: Actor, customer_id: int, *, now: datetime | None = None
) -> list[CodeHistoryRow]:
    """The customer's codes, newest first, with where each stands; never the code."""
    _check_actor(actor)
    now = now or utc_now()
    with store.unit_of_work(reads_only=True) as uow:
        customer_row(uow.session, customer_id, actor=actor)
        return [
            _history_row(code, message, now) for code, message in codes_of(uow.session, customer_id)
        ]


def codes_of(
    session: Session, customer_id: int
) -> list[tuple[SecurityCode, outbox.OutboxRow | None]]:
    """The customer's codes, newest first, each with its outbox message: two statements (one
    when there is none), made once per opening of a record (its summary and its tab)."""

    def read() -> list[tuple[SecurityCode, outbox.OutboxRow | None]]:
        codes = list(
            session.execute(
                select(SecurityCode)
                .where(SecurityCode.customer_id == customer_id)
                .order_by(SecurityCode.issued_at.desc(), SecurityCode.id.desc())
            ).scalars()
        )
        messages = outbox.messages_for_codes(session, [code.id for code in codes])
        return [(code, messages.get(code.id)) for code in codes]

    return list(shared((session, "portal_codes.codes", customer_id), read))


def _history_row(
    code: SecurityCode, message: outbox.OutboxRow | None, now: datetime
) -> CodeHistoryRow:
    failure = message.last_error if message is not None else None
    if code.status in {"used", "revoked", "locked"}:
        status = code.status
    elif code.expires_at <= now:
        status = "expired"
    elif message is None or message.status in {"queued", "sending"}:
        status = "queued"
    elif message.status == "cancelled":
        status = "revoked"
    else:
        status = message.status  # sent or failed
    if status == "sent":
        failure = None
    return CodeHistoryRow(
        id=code.id,
        channel=code.channel,
        destination_masked=code.destination_masked,
        issued_at=code.issued_at,
        expires_at=code.expires_at,
        status=status,
        failure_reason=failure,
    )


# --- the supervisor's resend --------------------------------------------------------------------


@audit.records_refusals
def resend(
    store: Store, actor: Actor, message_id: int, *, now: datetime | None = None
) -> outbox.OutboxRow | IssuedCode:
    """Retry an outbox message. A queued one is made due at once (:func:`outbox.retry`); a failed
    security-code message had its text erased, so the customer gets a new code by the same
    channel instead (which revokes the old one), with the usual eligibility and limits."""
    require(actor, Permission.VIEW_AUDIT)
    _check_actor(actor)
    with store.unit_of_work() as uow:
        row = uow.session.get(OutboxMessage, message_id)
        if row is None:
            raise NotFoundError(entity="outbox_message", id=message_id)
        status, code_id, channel = row.status, row.security_code_id, row.channel
        customer_id = None
        if code_id is not None:
            code = uow.session.get(SecurityCode, code_id)
            customer_id = code.customer_id if code is not None else None
    if status == "failed" and customer_id is not None:
        issued = issue_code(store, actor, customer_id, channel, now=now)
        with store.unit_of_work() as uow:
            audit.record(
                uow.session,
                actor,
                "outbox.resent_as_new_code",
                entity="outbox_message",
                entity_id=message_id,
                details={
                    "security_code_id": issued.id,
                    "replaced_code_id": code_id,
                    "channel": channel,
                },
            )
            uow.commit()
        return issued
    return outbox.retry(store, actor, message_id, now=now)


# --- bulk: new policyholders --------------------------------------------------------------------


ALREADY_HAS_CODE = "codes.already_has_code"


@dataclass
class BulkIssueSummary:
    candidates: int = 0
    issued: int = 0
    skipped: dict[str, int] = field(default_factory=dict)  # reason key -> count
    failed: int = 0
    errors: list[str] = field(default_factory=list)  # "customer 12: codes.no_keyring"
    cancelled: bool = False

    @property
    def skipped_total(self) -> int:
        return sum(self.skipped.values())

    def skip(self, reason: str) -> None:
        self.skipped[reason] = self.skipped.get(reason, 0) + 1


def new_policyholder_ids(store: Store, since: date) -> list[int]:
    """RS customers on a qualifying policy (the roles and lines that make one eligible) that
    starts on or after ``since``, in id order."""
    with store.unit_of_work() as uow:
        found: set[int] = set()
        for role, lines in QUALIFYING_POLICY_ROLES:
            found.update(
                uow.session.execute(
                    select(PolicyRole.customer_id)
                    .join(Policy, Policy.id == PolicyRole.policy_id)
                    .join(Customer, Customer.id == PolicyRole.customer_id)
                    .where(
                        PolicyRole.role == role,
                        Policy.product_line.in_(lines),
                        Policy.status == "active",
                        Policy.start_date >= since,
                        Customer.market == Market.RS.value,
                    )
                ).scalars()
            )
        return sorted(found)


@audit.records_refusals
def issue_to_new_policyholders(
    store: Store,
    actor: Actor,
    since: date,
    channel: str = "email",
    *,
    progress: Callable[[int, int], None] | None = None,
    cancel: CancelToken | None = None,
    now: datetime | None = None,
) -> BulkIssueSummary:
    """Issue a code to every new policyholder (policy starting on/after ``since``) who has never
    had one, one customer per transaction, with the same eligibility and limits as at the desk.

    Skipped (counted by reason key): ``codes.already_has_code``, the eligibility reasons (the
    first one), ``codes.no_email_of_record`` / ``codes.no_mobile_of_record``, the limits.
    ``codes.no_keyring`` stops the run (nothing can be queued); other errors count as failed.
    """
    _check_actor(actor)
    if channel not in CHANNELS:
        raise CodeRefusedError("codes.unknown_channel", channel=channel)
    outbox.outbox_key()  # no keyring: refuse before touching anyone
    today = _today(now)
    with store.unit_of_work() as uow:  # no portal address of record: refuse before anyone too
        deployment.require_settings(uow.session, (PORTAL_URL,), today)
    ids = new_policyholder_ids(store, since)
    summary = BulkIssueSummary(candidates=len(ids))
    for done, customer_id in enumerate(ids):
        if cancel is not None and cancel.cancelled:
            summary.cancelled = True
            break
        if progress is not None:
            progress(done, len(ids))
        with store.unit_of_work() as uow:
            session = uow.session
            has_code = (
                session.execute(
                    select(SecurityCode.id).where(SecurityCode.customer_id == customer_id).limit(1)
                ).first()
                is not None
            )
            if has_code:
                summary.skip(ALREADY_HAS_CODE)
                continue
            customer = customer_row(session, customer_id)
            reasons = _reasons(session, customer, today)
            contact = customer.email if channel == "email" else customer.mobile
        if reasons:
            summary.skip(reasons[0])
            continue
        if not contact:
            summary.skip(f"codes.no_{'email' if channel == 'email' else 'mobile'}_of_record")
            continue
        try:
            issue_code(store, actor, customer_id, channel, now=now)
        except outbox.NoKeyringError:
            raise
        except CodeRefusedError as exc:
            summary.skip(exc.code)
        except ServiceError as exc:
            summary.failed += 1
            summary.errors.append(f"customer {customer_id}: {exc.code}")
        else:
            summary.issued += 1
    if progress is not None and not summary.cancelled:
        progress(len(ids), len(ids))
    with store.unit_of_work() as uow:
        audit.record(
            uow.session,
            actor,
            "portal_code.bulk_issued",
            entity="customer",
            entity_id=None,
            details={
                "since": since.isoformat(),
                "channel": channel,
                "candidates": summary.candidates,
                "issued": summary.issued,
                "skipped": summary.skipped,
                "failed": summary.failed,
                "cancelled": summary.cancelled,
            },
        )
        uow.commit()
    return summary
