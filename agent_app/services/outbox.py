"""The outbox: e-mails and SMS written in the same transaction as what they announce, sent later.

Why an outbox: issuing a security code and queueing its message commit together, so a code is
never issued without its message nor a message sent for a code that was rolled back. A sender
(:func:`send_pending`, the ``agent-app outbox send`` command) delivers what is queued.

Secrecy. The message text carries the security code, so it is stored encrypted with AES-GCM
(``cryptography``), the row's idempotency key bound in as associated data. The 256-bit key lives
in the OS keyring under the name ``outbox-key`` (:mod:`agent_app.services.credentials`); it is
generated (32 random bytes, base64) on first use. Without a usable keyring nothing can be queued:
:func:`outbox_key` raises ``codes.no_keyring`` and no code is issued. Each message records the
fingerprint of the key that sealed it, and a sender claims only messages sealed with its own
key: with a shared PostgreSQL store, each workstation's sender delivers what that workstation
queued, and nothing is failed by a machine that merely cannot read it (IT may copy one key to
every keyring, or to a central sender, to share the work). Once sent (or
failed for good, or cancelled) the text and the real destination are erased (NULL); what stays
is the metadata: channel, masked destination, times, attempts, status and the last error.

Delivery happens once, or is reported as unconfirmed; it never happens twice:

- a sender *claims* a message (``queued`` -> ``sending``, ``claimed_at`` = now, ``attempts`` + 1)
  with a conditional UPDATE in its own committed transaction, so two senders never both hold it;
- after sending it marks it ``sent``; on a failure it puts it back to ``queued`` with
  ``next_attempt_at`` = now + 30 s x 2^(attempts-1) (at most an hour), or ``failed`` after
  :data:`MAX_ATTEMPTS` attempts or a permanent refusal (recipient refused, HTTP 4xx);
- a message left in ``sending`` by a sender that crashed is claimed again once its lease
  (:data:`LEASE_SECONDS`) is over.

The crash window. SMTP has no idempotency: a sender that dies after the server accepted the
text and before recording "sent" cannot know whether the e-mail went out. So the sender commits
``handed_over_at`` after the server accepted MAIL FROM and RCPT TO and *before* it sends DATA. A
message recovered from a dead sender's lease is then:

- without ``handed_over_at``: the server never received its text, so it is sent again;
- with ``handed_over_at``: it may have been delivered, so it is **not** sent again. It becomes
  ``failed`` with the reason ``outbox.delivery_unconfirmed``, its text erased, visible in the
  supervisors' outbox view, where Retry issues a new code (the customer can also ask for one).
  A reply to DATA that refuses the message (4xx/5xx) is certain and is retried as usual; a
  connection lost during DATA is as uncertain as a crash and is treated the same way.

An SMS is different: the gateway receives the idempotency key with the request and drops a
repeated key, so a recovered SMS is simply sent again with the same key. Every e-mail also
carries a ``Message-ID`` derived from the key, so a copy would at least be recognisable.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import json
import logging
import re
import secrets
import smtplib
import ssl
import unicodedata
import urllib.error
import urllib.request
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from email.message import EmailMessage
from email.policy import EmailPolicy
from email.utils import format_datetime
from functools import partial
from typing import Any, cast

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from sqlalchemy import and_, or_, select, true, update
from sqlalchemy.orm import Session

from agent_app.models import Market, OutboxMessage, Role, SecurityCode
from agent_app.services import audit, credentials
from agent_app.services.access import Actor, Permission, require, require_market
from agent_app.services.errors import NotFoundError, PermissionDeniedError, ServiceError
from agent_app.services.settings import (
    SmsGatewaySettings,
    SmtpSettings,
    gateway_url_allowed,
    load_settings,
)
from agent_app.store import Store
from agent_app.store.uow import CommitInDoubtError, StoreUnavailableError
from agent_app.timeutil import utc_now

log = logging.getLogger(__name__)

KEY_NAME = "outbox-key"
LEASE_SECONDS = 300
MAX_ATTEMPTS = 8
FIRST_RETRY_SECONDS = 30
MAX_RETRY_SECONDS = 3600
SEND_TIMEOUT_SECONDS = 30
MESSAGE_ID_DOMAIN = "agent-desk.outbox"
UNCONFIRMED = "outbox.delivery_unconfirmed"
BAD_MESSAGE = "outbox.bad_message"

# A code shown as XXXX-XXXX; never let one into an error text that is stored or logged.
_CODE_LIKE = re.compile(r"\b[0-9A-Za-z]{4}-?[0-9A-Za-z]{4}\b")


class NoKeyringError(ServiceError):
    """No usable OS keyring: the outbox key cannot be kept safely, so nothing is queued."""

    code = "codes.no_keyring"


@dataclass
class SendReport:
    sent: int = 0
    retry_scheduled: int = 0
    failed: int = 0
    cancelled: int = 0
    errors: list[str] = field(default_factory=list)  # "message 12: SMTPConnectError ..."


class _Transient(Exception):  # noqa: N818 - a kind of failure, read as "raise _Transient(...)"
    """Worth trying again later (server down, timeout, 5xx, 429)."""


class _Permanent(Exception):  # noqa: N818
    """Trying again will not help (recipient refused, 4xx, undecryptable text)."""


# --- the key and the sealed text --------------------------------------------------------------


def outbox_key(*, create: bool = True) -> bytes:
    """The AES-256 key from the keyring, generated on first use.

    Raises :class:`NoKeyringError` (``codes.no_keyring``) when no usable keyring exists or the
    stored value is not a 32-byte base64 key: a code is then refused rather than stored with a
    key kept somewhere unsafe.
    """
    if not credentials.keyring_available():
        raise NoKeyringError()
    stored = credentials.get_secret(KEY_NAME)
    if stored is None:
        if not create:
            raise NoKeyringError()
        stored = base64.b64encode(secrets.token_bytes(32)).decode("ascii")
        if not credentials.set_secret(KEY_NAME, stored):
            raise NoKeyringError()
        stored = credentials.get_secret(KEY_NAME) or stored  # another process may have won
    try:
        key = base64.b64decode(stored, validate=True)
    except (binascii.Error, ValueError) as exc:
        raise NoKeyringError() from exc
    if len(key) != 32:
        raise NoKeyringError()
    return key


def key_fingerprint(key: bytes) -> str:
    """A short public name for a key, stored with each message it sealed."""
    return hashlib.sha256(b"agent-desk-outbox" + key).hexdigest()[:16]


def _seal(key: bytes, idempotency_key: str, content: dict[str, str]) -> tuple[bytes, bytes]:
    nonce = secrets.token_bytes(12)
    plain = json.dumps(content, ensure_ascii=False).encode("utf-8")
    return AESGCM(key).encrypt(nonce, plain, idempotency_key.encode("ascii")), nonce


def _open(key: bytes, message: _Claimed) -> dict[str, str]:
    plain = AESGCM(key).decrypt(
        message.nonce, message.ciphertext, message.idempotency_key.encode("ascii")
    )
    content: dict[str, str] = json.loads(plain.decode("utf-8"))
    return content


def enqueue(
    session: Session,
    *,
    channel: str,
    destination: str,
    destination_masked: str,
    subject: str,
    text: str,
    language: str,
    now: datetime,
    security_code_id: int | None = None,
    key: bytes | None = None,
    market: str | None = None,
) -> OutboxMessage:
    """Queue a message in the caller's transaction (the text sealed, never stored in clear).

    ``market`` is the market of the customer it is for: supervisors see and act on their
    market's messages only (None: administrators only)."""
    if channel not in {"email", "sms"}:
        raise ValueError(f"unknown outbox channel {channel!r}")  # a programming error
    key = key if key is not None else outbox_key()
    idempotency_key = secrets.token_hex(16)
    ciphertext, nonce = _seal(key, idempotency_key, {"subject": subject, "text": text})
    message = OutboxMessage(
        idempotency_key=idempotency_key,
        channel=channel,
        destination=destination,
        destination_masked=destination_masked,
        language=language,
        body_ciphertext=ciphertext,
        nonce=nonce,
        key_id=key_fingerprint(key),
        status="queued",
        attempts=0,
        next_attempt_at=now,
        security_code_id=security_code_id,
        created_at=now,
        market=market,
    )
    session.add(message)
    session.flush()
    return message


def cancel_for_codes(session: Session, code_ids: list[int], now: datetime) -> None:
    """Cancel the still-queued messages of codes that were revoked (their text is erased)."""
    if not code_ids:
        return
    session.execute(
        update(OutboxMessage)
        .where(OutboxMessage.security_code_id.in_(code_ids), OutboxMessage.status == "queued")
        .values(
            status="cancelled",
            body_ciphertext=None,
            nonce=None,
            destination=None,
            claimed_at=None,
            last_error="outbox.code_revoked",
        )
    )


# --- the sender ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class _Claimed:
    id: int
    idempotency_key: str
    channel: str
    destination: str
    destination_masked: str
    ciphertext: bytes
    nonce: bytes
    attempts: int
    claimed_at: datetime
    security_code_id: int | None
    created_at: datetime


def _unconfirmed(store: Store, now: datetime, key_id: str) -> int:
    """Fail, without sending, e-mails a dead sender had already handed to the SMTP server."""
    with store.unit_of_work() as uow:
        rows = list(
            uow.session.execute(
                select(OutboxMessage)
                .where(
                    OutboxMessage.status == "sending",
                    OutboxMessage.key_id == key_id,
                    OutboxMessage.handed_over_at.is_not(None),
                    OutboxMessage.claimed_at <= now - timedelta(seconds=LEASE_SECONDS),
                )
                .with_for_update(skip_locked=True)
            ).scalars()
        )
        for row in rows:
            _erase(row, "failed", UNCONFIRMED)
            audit.record(
                uow.session,
                None,
                "outbox.failed",
                entity="outbox_message",
                entity_id=row.id,
                workstation=_WORKSTATION,
                market=row.market,
                details={
                    "channel": row.channel,
                    "destination": row.destination_masked,
                    "attempts": row.attempts,
                    "error": UNCONFIRMED,
                    "security_code_id": row.security_code_id,
                },
            )
        uow.commit()
        return len(rows)


def _mark_handed_over(store: Store, message: _Claimed) -> None:
    """Commit that the text is about to reach the SMTP server (while we still hold the claim)."""
    with store.unit_of_work() as uow:
        held = uow.session.execute(
            update(OutboxMessage)
            .where(
                OutboxMessage.id == message.id,
                OutboxMessage.status == "sending",
                OutboxMessage.claimed_at == message.claimed_at,
            )
            .values(handed_over_at=utc_now())
            .returning(OutboxMessage.id)
        ).scalar_one_or_none()
        if held is None:
            raise _ClaimLost  # our lease ran out and another sender took it over: do not send
        uow.commit()


def _due(now: datetime) -> Any:
    return or_(
        and_(OutboxMessage.status == "queued", OutboxMessage.next_attempt_at <= now),
        and_(
            OutboxMessage.status == "sending",
            OutboxMessage.claimed_at <= now - timedelta(seconds=LEASE_SECONDS),
        ),
    )


def _claim_next(store: Store, now: datetime, skip: set[int], key_id: str) -> _Claimed | str | None:
    """Claim one due message. None: nothing is due; "lost": another sender claimed it first;
    "cancelled": its code can no longer be used, so it was cancelled instead of sent."""
    with store.unit_of_work() as uow:
        session = uow.session
        candidate = session.execute(
            select(OutboxMessage.id)
            .where(
                _due(now),
                OutboxMessage.key_id == key_id,
                OutboxMessage.id.not_in(skip) if skip else true(),
            )
            .order_by(OutboxMessage.next_attempt_at, OutboxMessage.id)
            .limit(1)
            .with_for_update(skip_locked=True)
        ).scalar_one_or_none()
        if candidate is None:
            return None
        skip.add(candidate)
        claimed = session.execute(
            update(OutboxMessage)
            .where(OutboxMessage.id == candidate, _due(now))
            .values(status="sending", claimed_at=now, attempts=OutboxMessage.attempts + 1)
            .returning(OutboxMessage.id)
        ).scalar_one_or_none()
        if claimed is None:
            return "lost"
        row = session.get(OutboxMessage, candidate, populate_existing=True)
        assert row is not None
        if row.security_code_id is not None:
            code = session.get(SecurityCode, row.security_code_id)
            if code is not None and (code.status != "issued" or code.expires_at <= now):
                # Nobody can use this code any more: do not send it.
                _erase(row, "cancelled", "outbox.code_no_longer_valid")
                audit.record(
                    session,
                    None,
                    "outbox.cancelled",
                    entity="outbox_message",
                    entity_id=row.id,
                    workstation=_WORKSTATION,
                    market=row.market,
                    details={"reason": "code_no_longer_valid", "channel": row.channel},
                )
                uow.commit()
                return "cancelled"
        if row.body_ciphertext is None or row.nonce is None or row.destination is None:
            _erase(row, "failed", "outbox.body_missing")
            uow.commit()
            return "lost"
        result = _Claimed(
            id=row.id,
            idempotency_key=row.idempotency_key,
            channel=row.channel,
            destination=row.destination,
            destination_masked=row.destination_masked,
            ciphertext=row.body_ciphertext,
            nonce=row.nonce,
            attempts=row.attempts,
            claimed_at=now,
            security_code_id=row.security_code_id,
            created_at=row.created_at,
        )
        uow.commit()
        return result


def _erase(row: OutboxMessage, status: str, error: str | None) -> None:
    row.status = status
    row.body_ciphertext = None
    row.nonce = None
    row.destination = None
    row.claimed_at = None
    row.last_error = error


_WORKSTATION = "outbox sender"


def _mark_sent(store: Store, message: _Claimed, now: datetime) -> None:
    with store.unit_of_work() as uow:
        row = uow.session.get(OutboxMessage, message.id)
        if row is None:
            return
        _erase(row, "sent", None)
        row.sent_at = now
        row.handed_over_at = None
        audit.record(
            uow.session,
            None,
            "outbox.sent",
            entity="outbox_message",
            entity_id=message.id,
            workstation=_WORKSTATION,
            market=row.market,
            details={
                "channel": message.channel,
                "destination": message.destination_masked,
                "attempts": message.attempts,
                "security_code_id": message.security_code_id,
            },
        )
        uow.commit()


def _mark_failure(
    store: Store, message: _Claimed, now: datetime, error: str, permanent: bool
) -> str:
    """Record a failed attempt; returns 'failed' or 'retry'."""
    give_up = permanent or message.attempts >= MAX_ATTEMPTS
    with store.unit_of_work() as uow:
        row = uow.session.get(OutboxMessage, message.id)
        if row is None:
            return "failed"
        if give_up:
            _erase(row, "failed", error)
        else:
            delay = min(MAX_RETRY_SECONDS, FIRST_RETRY_SECONDS * 2 ** (message.attempts - 1))
            row.status = "queued"
            row.claimed_at = None
            row.handed_over_at = None
            row.last_error = error
            row.next_attempt_at = now + timedelta(seconds=delay)
        audit.record(
            uow.session,
            None,
            "outbox.failed" if give_up else "outbox.retry_scheduled",
            entity="outbox_message",
            entity_id=message.id,
            workstation=_WORKSTATION,
            market=row.market,
            details={
                "channel": message.channel,
                "destination": message.destination_masked,
                "attempts": message.attempts,
                "error": error,
                "security_code_id": message.security_code_id,
            },
        )
        uow.commit()
    return "failed" if give_up else "retry"


def header_text(value: str) -> str:
    """One line for a mail header: every line break (CR, LF, U+2028/2029, NEL, VT, FF) and
    every other control or format character becomes a space. A title can never add a header."""
    cleaned = "".join(
        " " if unicodedata.category(ch) in _HEADER_BREAKING else ch for ch in value or ""
    )
    return " ".join(cleaned.split())


_HEADER_BREAKING = frozenset({"Cc", "Cf", "Zl", "Zp"})


def _safe_address(value: str) -> str:
    """A destination is an address of record: one with a control character is refused."""
    if any(unicodedata.category(ch) in _HEADER_BREAKING for ch in value) or not value.strip():
        raise _Permanent("outbox.bad_destination")
    return value


def _safe_error(exc: BaseException) -> str:
    text = f"{type(exc).__name__}: {exc}".replace("\n", " ")
    return _CODE_LIKE.sub("[redacted]", text)[:480]


def message_id(idempotency_key: str) -> str:
    return f"<{idempotency_key}@{MESSAGE_ID_DOMAIN}>"


class _ClaimLost(Exception):  # noqa: N818
    pass


class _Unconfirmed(Exception):  # noqa: N818 - the server may or may not have the message
    pass


def _transmit(client: smtplib.SMTP, email: EmailMessage, handed_over: Callable[[], None]) -> None:
    """MAIL FROM and RCPT TO, then ``handed_over()``, then DATA (what send_message does, split).

    Refusals before DATA are certain (nothing was delivered); a refusal of DATA is certain too;
    a connection lost during DATA is not: the server may have the message.
    """
    client.ehlo_or_helo_if_needed()
    sender, recipient = str(email["From"]), str(email["To"])
    options = ["SMTPUTF8", "BODY=8BITMIME"] if not (sender + recipient).isascii() else []
    code, reply = client.mail(sender, options)
    if code != 250:
        client.rset()
        raise smtplib.SMTPSenderRefused(code, reply, sender)
    code, reply = client.rcpt(recipient)
    if code not in (250, 251):
        client.rset()
        raise smtplib.SMTPRecipientsRefused({recipient: (code, reply)})
    policy = cast(EmailPolicy, email.policy)  # an EmailMessage's policy is an EmailPolicy
    text = email.as_bytes(policy=policy.clone(linesep="\r\n", utf8=bool(options)))
    handed_over()
    try:
        code, reply = client.data(text)
    except smtplib.SMTPDataError:
        raise
    except (OSError, smtplib.SMTPServerDisconnected) as exc:
        raise _Unconfirmed(_safe_error(exc)) from exc


def _send_email(
    smtp: SmtpSettings,
    message: _Claimed,
    content: dict[str, str],
    handed_over: Callable[[], None] = lambda: None,
) -> None:
    if not smtp.host or not smtp.sender:
        raise _Transient("outbox.smtp_not_configured")
    email = EmailMessage()
    email["From"] = _safe_address(smtp.sender)
    email["To"] = _safe_address(message.destination)
    email["Subject"] = header_text(content["subject"])
    email["Message-ID"] = message_id(message.idempotency_key)
    email["Date"] = format_datetime(message.created_at)
    email["X-Idempotency-Key"] = message.idempotency_key
    email.set_content(content["text"])
    password = None
    if smtp.username:
        password = credentials.get_secret(credentials.smtp_secret_name(smtp.host, smtp.username))
        if password is None:
            raise _Transient("outbox.smtp_password_missing")
    try:
        client: smtplib.SMTP
        if smtp.security == "tls":
            client = smtplib.SMTP_SSL(
                smtp.host,
                smtp.port,
                timeout=SEND_TIMEOUT_SECONDS,
                context=ssl.create_default_context(),
            )
        else:
            client = smtplib.SMTP(smtp.host, smtp.port, timeout=SEND_TIMEOUT_SECONDS)
        with client:
            if smtp.security == "starttls":
                client.starttls(context=ssl.create_default_context())
            if smtp.username and password is not None:
                client.login(smtp.username, password)
            _transmit(client, email, handed_over)
    except smtplib.SMTPRecipientsRefused as exc:
        raise _Permanent(_safe_error(exc)) from exc
    except smtplib.SMTPResponseException as exc:
        if 500 <= exc.smtp_code < 600:
            raise _Permanent(_safe_error(exc)) from exc
        raise _Transient(_safe_error(exc)) from exc
    except (OSError, smtplib.SMTPException) as exc:
        raise _Transient(_safe_error(exc)) from exc


def _send_sms(sms: SmsGatewaySettings, message: _Claimed, content: dict[str, str]) -> None:
    """POST the SMS to the gateway as JSON, with ``Authorization: Bearer <token>``::

        {"to": "+381641234545", "text": "...", "sender": "<sender_id>",
         "idempotency_key": "<32 hex digits, the same on every retry>"}

    The token comes from the keyring (``credentials.sms_secret_name(url, username)``). A 2xx
    answer means accepted; 429 and 5xx are retried; any other 4xx, and any redirect (never
    followed: it would carry the token elsewhere), is a permanent failure. https only (plain
    http to loopback alone, see :func:`gateway_url_allowed`).
    """
    if not sms.url:
        raise _Transient("outbox.sms_not_configured")
    if not gateway_url_allowed(sms.url):
        raise _Transient("outbox.sms_url_not_https")  # settings refuse it too; an old file
    token = credentials.get_secret(credentials.sms_secret_name(sms.url, sms.username))
    if token is None:
        raise _Transient("outbox.sms_token_missing")
    payload = json.dumps(
        {
            "to": message.destination,
            "text": content["text"],
            "sender": sms.sender_id,
            "idempotency_key": message.idempotency_key,
        }
    ).encode("utf-8")
    request = urllib.request.Request(
        sms.url,
        data=payload,
        method="POST",
        headers={
            "Content-Type": "application/json",
            "Authorization": f"Bearer {token}",
            "Idempotency-Key": message.idempotency_key,
        },
    )
    try:
        with _NO_REDIRECTS.open(request, timeout=SEND_TIMEOUT_SECONDS) as response:
            response.read()
            status = response.status
    except urllib.error.HTTPError as exc:
        error = f"HTTP {exc.code}"
        if exc.code == 429 or exc.code >= 500:
            raise _Transient(error) from exc
        raise _Permanent(error) from exc  # 4xx, and a redirect (never followed)
    except (OSError, urllib.error.URLError) as exc:
        raise _Transient(_safe_error(exc)) from exc
    if not 200 <= status < 300:
        raise _Permanent(f"HTTP {status}")  # accepted means 2xx, nothing else


class _RefuseRedirects(urllib.request.HTTPRedirectHandler):
    """A redirect is answered as the failure it is: following it would hand the bearer token to
    whatever host the answer names (urllib copies the Authorization header along)."""

    def redirect_request(self, *args: Any, **kwargs: Any) -> None:
        return None


_NO_REDIRECTS = urllib.request.build_opener(_RefuseRedirects)


def send_pending(  # noqa: C901 - one delivery pass: each message's outcome (sent, retry, failed for good) in one place
    store: Store,
    *,
    smtp: SmtpSettings | None = None,
    sms: SmsGatewaySettings | None = None,
    now: datetime | None = None,
    limit: int = 200,
) -> SendReport:
    """One pass over the due messages: claim, send, record. Returns what happened.

    ``smtp`` and ``sms`` default to this workstation's settings; ``now`` (aware) is for tests
    that move the clock (back-off and lease expiry).
    """
    if smtp is None or sms is None:
        settings = load_settings()
        smtp = smtp or settings.smtp
        sms = sms or settings.sms
    report = SendReport()
    tried: set[int] = set()
    try:
        first_key = outbox_key(create=False)
    except NoKeyringError:
        # Without this machine's key nothing here can be opened: leave every message queued for
        # the sender that holds the key that sealed it.
        log.info("outbox: no outbox key in this keyring; nothing to send from here")
        return report
    key: bytes | None = first_key
    key_id = key_fingerprint(first_key)
    report.failed += _unconfirmed(store, now or utc_now(), key_id)
    while len(tried) < limit:
        moment = now or utc_now()
        claimed = _claim_next(store, moment, tried, key_id)
        if claimed is None:
            break
        if claimed == "cancelled":
            report.cancelled += 1
            continue
        if not isinstance(claimed, _Claimed):
            continue
        try:
            if key is None:
                key = outbox_key(create=False)
            content = _open(key, claimed)
        except (NoKeyringError, InvalidTag, ValueError):
            _mark_failure(store, claimed, moment, "outbox.key_mismatch", permanent=True)
            report.failed += 1
            report.errors.append(f"message {claimed.id}: outbox.key_mismatch")
            log.warning("outbox message %s: cannot decrypt (key_mismatch)", claimed.id)
            continue
        try:
            if claimed.channel == "email":
                _send_email(
                    smtp,
                    claimed,
                    content,
                    partial(_mark_handed_over, store, claimed),
                )
            else:
                _send_sms(sms, claimed, content)
        except _ClaimLost:
            log.warning("outbox message %s: lease lost to another sender; left to it", claimed.id)
            continue
        except _Unconfirmed as exc:
            _mark_failure(store, claimed, moment, UNCONFIRMED, permanent=True)
            report.failed += 1
            report.errors.append(f"message {claimed.id}: {UNCONFIRMED}")
            log.warning(
                "outbox message %s: connection lost during DATA (%s); not resent", claimed.id, exc
            )
            continue
        except (_Transient, _Permanent) as exc:
            error = str(exc)
            outcome = _mark_failure(
                store, claimed, moment, error, permanent=isinstance(exc, _Permanent)
            )
            if outcome == "failed":
                report.failed += 1
            else:
                report.retry_scheduled += 1
            report.errors.append(f"message {claimed.id}: {error}")
            log.warning(
                "outbox message %s (%s) attempt %s failed: %s",
                claimed.id,
                claimed.channel,
                claimed.attempts,
                error,
            )
            continue
        except (StoreUnavailableError, CommitInDoubtError):
            raise  # the store, not this message: nothing can be recorded now
        except Exception as exc:  # noqa: BLE001 - one bad message must not stop the others
            # A message that cannot even be built (a header the mail library refuses, a text it
            # cannot encode) fails alone, for good: recorded against it, the others still go.
            error = BAD_MESSAGE
            _mark_failure(store, claimed, moment, error, permanent=True)
            report.failed += 1
            report.errors.append(f"message {claimed.id}: {error} ({type(exc).__name__})")
            log.warning("outbox message %s: cannot be sent (%s)", claimed.id, type(exc).__name__)
            continue
        finally:
            content = {}
        _mark_sent(store, claimed, now or utc_now())
        report.sent += 1
        log.info(
            "outbox message %s (%s) sent on attempt %s",
            claimed.id,
            claimed.channel,
            claimed.attempts,
        )
    return report


# --- the status rows --------------------------------------------------------------------------


@dataclass(frozen=True)
class OutboxRow:
    id: int
    channel: str
    destination_masked: str
    status: str
    attempts: int
    created_at: datetime
    sent_at: datetime | None
    next_attempt_at: datetime
    last_error: str | None
    security_code_id: int | None


def messages_for_codes(session: Session, code_ids: list[int]) -> dict[int, OutboxRow]:
    """The latest message of each code, by code id (for the code history)."""
    if not code_ids:
        return {}
    rows = session.execute(
        select(OutboxMessage)
        .where(OutboxMessage.security_code_id.in_(code_ids))
        .order_by(OutboxMessage.id)
    ).scalars()
    result: dict[int, OutboxRow] = {}
    for row in rows:
        assert row.security_code_id is not None
        result[row.security_code_id] = OutboxRow(
            id=row.id,
            channel=row.channel,
            destination_masked=row.destination_masked,
            status=row.status,
            attempts=row.attempts,
            created_at=row.created_at,
            sent_at=row.sent_at,
            next_attempt_at=row.next_attempt_at,
            last_error=row.last_error,
            security_code_id=row.security_code_id,
        )
    return result


# --- supervising the outbox ------------------------------------------------------------------


class OutboxActionError(ServiceError):
    """A supervisor's retry or cancel that does not apply to the message as it stands now."""

    code = "outbox.not_retryable"


def _check_supervisor(actor: Actor) -> None:
    """The outbox carries RS portal codes: supervisors (and admins) who serve RS."""
    require(actor, Permission.VIEW_AUDIT)
    require_market(actor, Market.RS)


def _row(row: OutboxMessage) -> OutboxRow:
    return OutboxRow(
        id=row.id,
        channel=row.channel,
        destination_masked=row.destination_masked,
        status=row.status,
        attempts=row.attempts,
        created_at=row.created_at,
        sent_at=row.sent_at,
        next_attempt_at=row.next_attempt_at,
        last_error=row.last_error,
        security_code_id=row.security_code_id,
    )


@audit.records_refusals
def list_messages(
    store: Store, actor: Actor, *, statuses: tuple[str, ...] | None = None, limit: int = 500
) -> list[OutboxRow]:
    """The outbox, newest first (metadata only: never the text nor the real destination)."""
    _check_supervisor(actor)
    with store.unit_of_work() as uow:
        query = (
            select(OutboxMessage)
            .order_by(OutboxMessage.created_at.desc(), OutboxMessage.id.desc())
            .limit(limit)
        )
        if statuses:
            query = query.where(OutboxMessage.status.in_(statuses))
        if actor.role is not Role.ADMIN:
            query = query.where(OutboxMessage.market == actor.market.value)
        return [_row(row) for row in uow.session.execute(query).scalars()]


def _locked_message(session: Session, actor: Actor, message_id: int) -> OutboxMessage:
    """The message, locked; another market's is refused as if the actor asked for its customer
    (``error.wrong_market``, audited by the boundary), naming nothing of it."""
    row = session.execute(
        select(OutboxMessage).where(OutboxMessage.id == message_id).with_for_update()
    ).scalar_one_or_none()
    if row is None:
        raise NotFoundError(entity="outbox_message", id=message_id)
    if actor.role is not Role.ADMIN and row.market != actor.market.value:
        raise PermissionDeniedError("error.wrong_market", market=actor.market.value)
    return row


@audit.records_refusals
def retry(store: Store, actor: Actor, message_id: int, *, now: datetime | None = None) -> OutboxRow:
    """Send a message waiting for its next attempt now (``queued`` -> due at once).

    A ``failed`` message had its text erased when it failed, so it cannot be sent again: a
    security code's message is resent by issuing a new code
    (:func:`agent_app.services.portal_codes.resend`); anything else is refused with
    ``outbox.not_retryable``.
    """
    _check_supervisor(actor)
    now = now or utc_now()
    with store.unit_of_work() as uow:
        row = _locked_message(uow.session, actor, message_id)
        if row.status != "queued" or row.body_ciphertext is None:
            raise OutboxActionError("outbox.not_retryable", status=row.status)
        row.next_attempt_at = now
        audit.record(
            uow.session,
            actor,
            "outbox.retry_requested",
            entity="outbox_message",
            entity_id=row.id,
            details={
                "channel": row.channel,
                "destination": row.destination_masked,
                "attempts": row.attempts,
            },
        )
        uow.commit()
        return _row(row)


@audit.records_refusals
def cancel(
    store: Store, actor: Actor, message_id: int, *, now: datetime | None = None
) -> OutboxRow:
    """Cancel a message that is still queued: its text is erased and its code revoked (nobody
    could ever receive it). Sending, sent, failed or cancelled ones: ``outbox.not_cancellable``."""
    _check_supervisor(actor)
    with store.unit_of_work() as uow:
        session = uow.session
        row = _locked_message(session, actor, message_id)
        if row.status != "queued":
            raise OutboxActionError("outbox.not_cancellable", status=row.status)
        _erase(row, "cancelled", "outbox.cancelled_by_supervisor")
        if row.security_code_id is not None:
            session.execute(
                update(SecurityCode)
                .where(SecurityCode.id == row.security_code_id, SecurityCode.status == "issued")
                .values(status="revoked")
            )
        audit.record(
            session,
            actor,
            "outbox.cancelled",
            entity="outbox_message",
            entity_id=row.id,
            details={
                "channel": row.channel,
                "destination": row.destination_masked,
                "reason": "cancelled_by_supervisor",
                "security_code_id": row.security_code_id,
            },
        )
        uow.commit()
        return _row(row)
