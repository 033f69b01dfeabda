"""A certificate's status, wherever it is looked at: verification, the cancellation list, keys.

**Verification** answers exactly one of four things about a payload (from a QR code, a PDF or a
picture of the paper), :class:`Verdict`:

- ``in_force``: signed by a key of this insurer, and the store's certificate of that number is
  this one and is not cancelled (its cover dates are printed on the paper);
- ``cancelled``: genuine, but cancelled on the date given (``cancelled_on``);
- ``not_issued``: not issued by this insurer: a key this insurer does not know, a number the
  store never issued (even when signed with one of our keys: a workstation's key that signs
  outside :func:`issue_certificate` does not make an insurance contract), a key retired before
  the issue date, or a key marked compromised;
- ``altered``: one of our keys, but the signature does not cover what is printed, or the store's
  certificate of that number says something else.

A text with no payload in it at all is none of these: ``not_a_payload`` (nothing to judge).

**The cancellation list** (:func:`cancellation_list`) is a signed, dated JSON document with every
cancelled certificate number (and the day it was cancelled) and every signing key with its
retirement, so that a verifier without access to the store checks a paper offline
(:func:`verify_offline`), the way the EU digital certificate schemes publish a trust list and a
revocation list. It is signed with the publisher's key; the verifier pins that key (``agent-app
certificates public-key`` prints it). Offline, "in force" means "genuine and not on the list
as of the list's date"; a number the store never issued cannot be told apart offline.

**Keys** are retired by an administrator (:func:`retire_signing_key`): a retired key signs no
new certificate, and what it signed before the retirement stays genuine; a key retired as
*compromised* is no longer trusted for anything it signed.
"""

from __future__ import annotations

import base64
import binascii
import json
from collections.abc import Mapping
from dataclasses import dataclass, replace
from datetime import date, datetime
from decimal import Decimal
from enum import StrEnum
from typing import Any
from zoneinfo import ZoneInfo

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey
from sqlalchemy import select
from sqlalchemy.orm import Session

from agent_app.models import AccidentCertificate, CertificateSigningKey
from agent_app.services import audit
from agent_app.services.access import Actor, Permission, require
from agent_app.services.accident import certificate as certs
from agent_app.services.errors import FieldErrors, NotFoundError, ServiceError
from agent_app.services.remote import routed
from agent_app.services.text_input import free_text
from agent_app.store import Store
from agent_app.timeutil import utc_now

SOFIA = "Europe/Sofia"
LIST_KIND = "agent-desk/accident-cancellations/1"


class Verdict(StrEnum):
    IN_FORCE = "in_force"
    CANCELLED = "cancelled"
    NOT_ISSUED = "not_issued"
    ALTERED = "altered"
    NOT_A_PAYLOAD = "not_a_payload"


REASONS = {verdict: f"accident.verify_{verdict.value}" for verdict in Verdict}


@dataclass(frozen=True)
class Verification:
    """What a payload says and what it is.

    ``verdict`` is one of :class:`Verdict`; ``reason`` its message key
    (``accident.verify_in_force`` ...); ``valid`` is true only for a certificate in force;
    ``genuine`` for one in force or cancelled. ``detail`` says why a paper is not issued or
    altered (``unknown_key``, ``unknown_number``, ``key_retired``, ``key_compromised``,
    ``bad_signature``, ``differs_from_store``). ``as_of`` is the date of the cancellation list
    an offline verification used."""

    verdict: Verdict
    number: str | None = None
    issue_date: date | None = None
    total: Decimal | None = None
    currency: str | None = None
    key_id: str | None = None
    status: str | None = None  # the store's status of that number (None: not known)
    cancelled_on: date | None = None
    cancel_reason: str | None = None
    detail: str = ""
    as_of: datetime | None = None

    @property
    def valid(self) -> bool:
        return self.verdict is Verdict.IN_FORCE

    @property
    def genuine(self) -> bool:
        return self.verdict in (Verdict.IN_FORCE, Verdict.CANCELLED)

    @property
    def reason(self) -> str:
        return REASONS[self.verdict]


@dataclass(frozen=True)
class KeyInfo:
    key_id: str
    public_key: bytes
    created_at: datetime | None
    retired_at: datetime | None
    compromised: bool
    retire_reason: str | None = None


class KeyRetiredError(ServiceError):
    """This workstation's signing key was retired: it signs no new certificate."""

    code = "accident.signing_key_retired"


def sofia_day(moment: datetime) -> date:
    return moment.astimezone(ZoneInfo(SOFIA)).date()


# --- keys --------------------------------------------------------------------------------------


def _key_rows(session: Session) -> dict[str, KeyInfo]:
    return {
        row.key_id: KeyInfo(
            row.key_id,
            certs._unb64url(row.public_key),
            row.created_at,
            row.retired_at,
            bool(row.compromised),
            row.retire_reason,
        )
        for row in session.execute(select(CertificateSigningKey)).scalars()
    }


@routed
def signing_keys(store: Store) -> list[KeyInfo]:
    """Every key the store knows, oldest first (public halves only)."""
    with store.unit_of_work() as uow:
        keys = list(_key_rows(uow.session).values())
    return sorted(keys, key=lambda k: (k.created_at or datetime.min, k.key_id))


def check_key_usable(session: Session, kid: str) -> None:
    """Refuse to sign with a retired key (:class:`KeyRetiredError`)."""
    row = session.get(CertificateSigningKey, kid)
    if row is not None and row.retired_at is not None:
        raise KeyRetiredError(key_id=kid)


@audit.records_refusals
def retire_signing_key(
    store: Store,
    actor: Actor,
    kid: str,
    reason: str,
    *,
    compromised: bool = False,
    now: datetime | None = None,
) -> KeyInfo:
    """An administrator retires a signing key (audited). Idempotent for a key already retired,
    except that it may still be marked compromised later. Field error ``reason`` required."""
    require(actor, Permission.MANAGE_SIGNING_KEYS)
    text = free_text(reason)
    errors = FieldErrors()
    if not text:
        errors.add("reason", "error.required")
    elif len(text) > 500:  # the column's size: said next to the field, never cut without a word
        errors.add("reason", "error.too_long", maximum=500)
    errors.raise_if_any()
    now = now or utc_now()
    with store.unit_of_work() as uow:
        row = uow.session.get(CertificateSigningKey, kid, with_for_update=True)
        if row is None:
            raise NotFoundError(entity="certificate_signing_key", id=kid)
        before = {"retired": row.retired_at is not None, "compromised": bool(row.compromised)}
        if row.retired_at is None:
            row.retired_at = now
            row.retired_by = actor.agent_id
            row.retire_reason = text
        if compromised:
            row.compromised = True
        audit.record(
            uow.session,
            actor,
            "accident.signing_key_retired",
            entity="certificate_signing_key",
            entity_id=kid,
            details={
                "before": before,
                "after": {"retired": True, "compromised": bool(row.compromised)},
                "reason": text,
            },
        )
        uow.flush()
        info = _key_rows(uow.session)[kid]
        uow.commit()
    return info


# --- verification ------------------------------------------------------------------------------


def _judge_signature(
    payload: str, keys: Mapping[str, KeyInfo]
) -> tuple[Verification, certs.Payload | None]:
    """The verdict from the payload and the keys alone (before looking at certificates)."""
    parsed = certs.parse_payload(payload)
    if parsed is None:
        return Verification(Verdict.NOT_A_PAYLOAD), None
    parts: dict[str, Any] = {
        "number": parsed.number,
        "issue_date": parsed.issue_date,
        "total": parsed.total,
        "currency": parsed.currency,
        "key_id": parsed.key_id,
    }
    key = keys.get(parsed.key_id)
    if key is None:
        return Verification(Verdict.NOT_ISSUED, detail="unknown_key", **parts), None
    if not certs.signature_valid(parsed, key.public_key):
        return Verification(Verdict.ALTERED, detail="bad_signature", **parts), None
    if key.compromised:
        return Verification(Verdict.NOT_ISSUED, detail="key_compromised", **parts), None
    if key.retired_at is not None and parsed.issue_date > sofia_day(key.retired_at):
        return Verification(Verdict.NOT_ISSUED, detail="key_retired", **parts), None
    return Verification(Verdict.IN_FORCE, **parts), parsed


def _known_keys(session: Session) -> dict[str, KeyInfo]:
    """The store's keys; this workstation's own key too when the store does not list it yet."""
    keys = _key_rows(session)
    try:
        own = certs.public_raw(certs.signing_key(create=False).public_key())
        keys.setdefault(certs.key_id(own), KeyInfo(certs.key_id(own), own, None, None, False))
    except certs.NoSigningKeyError:
        pass
    return keys


@routed
def verify_certificate(store: Store, payload: str) -> Verification:
    """Is this payload a certificate of this insurer, and is it in force? Needs no sign-in (a
    paper is checked by whoever holds it). See the module's text for the four answers."""
    with store.unit_of_work() as uow:
        answer = _verify_in(uow.session, payload)
    return answer


def _verify_in(session: Session, payload: str) -> Verification:
    result, parsed = _judge_signature(payload, _known_keys(session))
    if parsed is None:
        return result
    cert = session.execute(
        select(AccidentCertificate).where(AccidentCertificate.number == parsed.number)
    ).scalar_one_or_none()
    if cert is None:
        return _replace(result, verdict=Verdict.NOT_ISSUED, detail="unknown_number")
    if cert.payload != payload.strip():
        return _replace(
            result, verdict=Verdict.ALTERED, detail="differs_from_store", status=cert.status
        )
    if cert.status == "cancelled":
        return _replace(
            result,
            verdict=Verdict.CANCELLED,
            status=cert.status,
            cancelled_on=sofia_day(cert.cancelled_at) if cert.cancelled_at else None,
            cancel_reason=cert.cancel_reason,
        )
    return _replace(result, status=cert.status)


def _replace(result: Verification, **changes: Any) -> Verification:
    return replace(result, **changes)


@routed
def verify_pdf(store: Store, pdf: bytes) -> Verification:
    """:func:`verify_certificate` on the payload found in a PDF (metadata, else its QR)."""
    payload = certs.payload_from_pdf(pdf)
    if payload is None:
        return Verification(Verdict.NOT_A_PAYLOAD)
    return verify_certificate(store, payload)


def verify_image(store: Store, path: Any) -> Verification:
    """:func:`verify_certificate` on the QR code of a photo or scan of the paper."""
    payload = certs.payload_from_image(path)
    if payload is None:
        return Verification(Verdict.NOT_A_PAYLOAD)
    return verify_certificate(store, payload)


# --- the cancellation list ---------------------------------------------------------------------


def _canonical(document: Mapping[str, Any]) -> bytes:
    return json.dumps(document, ensure_ascii=False, sort_keys=True, separators=(",", ":")).encode(
        "utf-8"
    )


def cancellation_list(
    store: Store, *, key: Ed25519PrivateKey | None = None, now: datetime | None = None
) -> str:
    """The signed, dated list of cancelled certificate numbers and of the signing keys (with
    their retirement), as JSON text. Holds no personal data (numbers, dates, public keys), so
    it needs no sign-in: it is published. Signed with ``key`` (default: this workstation's)."""
    key = key or certs.signing_key()
    now = now or utc_now()
    with store.unit_of_work() as uow:
        cancelled = uow.session.execute(
            select(AccidentCertificate.number, AccidentCertificate.cancelled_at)
            .where(AccidentCertificate.status == "cancelled")
            .order_by(AccidentCertificate.number)
        ).all()
        keys = sorted(_key_rows(uow.session).values(), key=lambda k: k.key_id)
    body = {
        "kind": LIST_KIND,
        "issued_at": now.isoformat(),
        "signed_by": certs.key_id(certs.public_raw(key.public_key())),
        "cancelled": [
            {"number": number, "cancelled_on": sofia_day(at).isoformat() if at else None}
            for number, at in cancelled
        ],
        "keys": [
            {
                "key_id": k.key_id,
                "public_key": certs._b64url(k.public_key),
                "retired_on": sofia_day(k.retired_at).isoformat() if k.retired_at else None,
                "compromised": k.compromised,
            }
            for k in keys
        ],
    }
    signature = certs._b64url(key.sign(_canonical(body)))
    return json.dumps({**body, "signature": signature}, ensure_ascii=False, indent=1) + "\n"


class ListInvalidError(ServiceError):
    """The cancellation list is not one, or its signature is not by a trusted publisher."""

    code = "accident.cancellation_list_invalid"


@dataclass(frozen=True)
class CancellationList:
    issued_at: datetime
    cancelled: Mapping[str, date | None]
    keys: Mapping[str, KeyInfo]


def read_cancellation_list(text: str, trusted: Mapping[str, bytes]) -> CancellationList:
    """Check a list's signature against the publisher keys the verifier trusts (key id -> raw
    Ed25519 public key) and return its content; :class:`ListInvalidError` otherwise."""
    try:
        document = json.loads(text)
        signature = _pad(document.pop("signature"))
        if document.get("kind") != LIST_KIND:
            raise ValueError("kind")
        publisher = trusted.get(document["signed_by"])
        if publisher is None:
            raise ListInvalidError(detail="untrusted_publisher")
        Ed25519PublicKey.from_public_bytes(publisher).verify(signature, _canonical(document))
        cancelled = {
            item["number"]: date.fromisoformat(item["cancelled_on"])
            if item["cancelled_on"]
            else None
            for item in document["cancelled"]
        }
        keys = {
            item["key_id"]: KeyInfo(
                item["key_id"],
                certs._unb64url(item["public_key"]),
                None,
                (
                    datetime.combine(
                        date.fromisoformat(item["retired_on"]), datetime.min.time()
                    ).replace(tzinfo=ZoneInfo(SOFIA))
                    if item["retired_on"]
                    else None
                ),
                bool(item["compromised"]),
            )
            for item in document["keys"]
        }
        issued_at = datetime.fromisoformat(document["issued_at"])
    except ListInvalidError:
        raise
    except (
        InvalidSignature,
        ValueError,
        KeyError,
        TypeError,
        AttributeError,
        binascii.Error,
    ) as exc:
        raise ListInvalidError(detail="bad_document") from exc
    return CancellationList(issued_at, cancelled, keys)


def _pad(text: str) -> bytes:
    return base64.urlsafe_b64decode(text + "=" * (-len(text) % 4))


def verify_offline(payload: str, listing: CancellationList) -> Verification:
    """Verify a payload with a (checked) cancellation list only, no store: ``in_force`` means
    genuine and not cancelled as of the list's date (``as_of``)."""
    result, parsed = _judge_signature(payload, listing.keys)
    result = _replace(result, as_of=listing.issued_at)
    if parsed is None:
        return result
    if parsed.number in listing.cancelled:
        return _replace(
            result, verdict=Verdict.CANCELLED, cancelled_on=listing.cancelled[parsed.number]
        )
    return result


def parse_public_key_text(text: str) -> dict[str, bytes]:
    """The key id and raw key out of ``agent-app certificates public-key``'s output."""
    raw: bytes | None = None
    for line in text.splitlines():
        if line.startswith("Ed25519 public key (base64url):"):
            raw = certs._unb64url(line.split(":", 1)[1].strip())
    if raw is None or len(raw) != 32:
        raise ListInvalidError(detail="bad_public_key")
    return {certs.key_id(raw): raw}


__all__ = [
    "CancellationList",
    "KeyInfo",
    "KeyRetiredError",
    "ListInvalidError",
    "Verdict",
    "Verification",
    "cancellation_list",
    "check_key_usable",
    "parse_public_key_text",
    "read_cancellation_list",
    "retire_signing_key",
    "signing_keys",
    "verify_certificate",
    "verify_image",
    "verify_offline",
    "verify_pdf",
]
