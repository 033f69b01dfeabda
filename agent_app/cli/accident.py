"""Command-line commands of Bulgarian accident certificates.

    agent-app certificates verify PAYLOAD|FILE   is this paper genuine? (exit 0 yes, 1 no, 2 error)
    agent-app certificates render NUMBER --out FILE [--as USERNAME]
                                                 print to a PDF file (original, then copies)
    agent-app certificates public-key            this workstation's signing key, for publishing
    agent-app certificates cancellations --out FILE
                                                 the signed, dated list of cancelled numbers
    agent-app certificates verify --list FILE --trust KEYFILE PAYLOAD|FILE
                                                 verify offline, with that list only
    agent-app certificates retire-key KEYID --reason TEXT [--compromised] [--as USERNAME]

``verify`` takes the payload text of the QR code, or a file: a PDF (the payload from its
metadata, else its QR code read with pdftoppm + zbarimg) or a picture of the paper (zbarimg).
It needs no sign-in: anyone holding the paper may check it.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

from agent_app.cli.common import NoActorError, batch_actor, open_current_store

VERIFY_MESSAGES = {
    "accident.verify_in_force": "GENUINE AND IN FORCE: issued by this insurer, not cancelled",
    "accident.verify_cancelled": "GENUINE, CANCELLED: this certificate is not in force",
    "accident.verify_not_issued": "NOT ISSUED BY THIS INSURER",
    "accident.verify_altered": "ALTERED: what is printed is not what was signed",
    "accident.verify_not_a_payload": "NOT A CERTIFICATE: no certificate payload found",
}


def add_commands(commands: Any) -> None:
    """Add this capability's sub-commands to ``agent-app``'s sub-parsers."""
    group = commands.add_parser("certificates", help="accident insurance certificates (BG)")
    actions = group.add_subparsers(dest="certificates_command", required=True)
    verify = actions.add_parser(
        "verify",
        help="check a certificate's QR payload, PDF or picture",
        description="Exit status: 0 genuine, 1 not genuine, 2 could not be read.",
    )
    verify.add_argument("source", help="the payload text, or a PDF / PNG / JPEG file")
    verify.add_argument(
        "--list",
        dest="cancellation_list",
        type=Path,
        help="verify offline against this cancellation list (no store), with --trust",
    )
    verify.add_argument(
        "--trust",
        type=Path,
        action="append",
        default=[],
        help="a publisher's public key (the output of `certificates public-key`)",
    )
    cancellations = actions.add_parser(
        "cancellations",
        help="write the signed, dated list of cancelled certificates and signing keys",
    )
    cancellations.add_argument("--out", required=True, type=Path, help="JSON file to write")
    retire = actions.add_parser(
        "retire-key",
        help="retire a signing key (an administrator; --as USERNAME, AGENT_DESK_PASSWORD)",
    )
    retire.add_argument("key_id", help="the key id printed in the payloads it signed")
    retire.add_argument("--reason", required=True)
    retire.add_argument("--compromised", action="store_true", help="trust nothing it ever signed")
    retire.add_argument("--as", dest="username", metavar="USERNAME")
    render = actions.add_parser(
        "render",
        help="write a certificate's PDF (the first print is the original)",
        description="Signs in as --as USERNAME with the password from AGENT_DESK_PASSWORD.",
    )
    render.add_argument("number", help="certificate number, e.g. SOF-CENTER-2026-000001")
    render.add_argument("--out", required=True, type=Path, help="PDF file to write")
    render.add_argument("--as", dest="username", metavar="USERNAME")
    public_key = actions.add_parser(
        "public-key", help="print the public signing key (this workstation's, or the server's)"
    )
    public_key.add_argument(
        "--server-config",
        type=Path,
        help="on the server host: the Agent Desk server's configuration (its keys file)",
    )


def _certificates(args: argparse.Namespace) -> int:

    if args.certificates_command == "public-key":
        from agent_app.services.accident import certificate as accident_certificate
        from agent_app.services.errors import ServiceError

        if args.server_config is not None:
            from agent_app.server.config import load_config
            from agent_app.server.runtime import use_keys_file

            use_keys_file(load_config(args.server_config).keys_file)
        try:
            print(accident_certificate.public_key_text(), end="")
        except ServiceError as exc:
            print(f"agent-app certificates public-key: {exc.code}", file=sys.stderr)
            return 2
        return 0
    if args.certificates_command == "verify" and args.cancellation_list is not None:
        return _verify_offline(args)
    store = open_current_store(args, f"certificates {args.certificates_command}")
    if store is None:
        return 2
    try:
        if args.certificates_command == "verify":
            return _verify(store, args.source)
        if args.certificates_command == "cancellations":
            return _cancellations(store, args)
        if args.certificates_command == "retire-key":
            return _retire_key(store, args)
        return _render(store, args)
    finally:
        store.close()


def _payload_of(source: str) -> str | None:
    from agent_app.services.accident import certificate as certs

    path = Path(source)
    if source.startswith(certs.PAYLOAD_PREFIX + "|") or not path.is_file():
        return source
    data = path.read_bytes()
    if data.startswith(b"%PDF"):
        return certs.payload_from_pdf(data)
    return certs.payload_from_image(path)


def _verify(store: Any, source: str) -> int:
    from agent_app.services import accident
    from agent_app.services.errors import ServiceError

    try:
        payload = _payload_of(source)
    except ServiceError as exc:
        print(f"agent-app certificates verify: {exc.code} {exc.params}", file=sys.stderr)
        return 2
    if payload is None:
        print(VERIFY_MESSAGES["accident.verify_not_a_payload"])
        return 1
    return _report(accident.verify_certificate(store, payload))


def _report(result: Any) -> int:
    print(VERIFY_MESSAGES.get(result.reason, result.reason))
    if result.cancelled_on is not None:
        print(f"cancelled on: {result.cancelled_on}")
    if result.cancel_reason:
        print(f"reason:       {result.cancel_reason}")
    if result.detail:
        print(f"why:          {result.detail}")
    if result.number is not None:
        print(f"certificate:  {result.number}")
        print(f"issued on:    {result.issue_date}")
        print(f"total:        {result.total} {result.currency}")
        print(f"key id:       {result.key_id}")
    if result.as_of is not None:
        print(f"list of:      {result.as_of.isoformat()}")
    return 0 if result.valid else 1


def _verify_offline(args: argparse.Namespace) -> int:
    from agent_app.services.accident import status
    from agent_app.services.errors import ServiceError

    try:
        trusted: dict[str, bytes] = {}
        for path in args.trust:
            trusted.update(status.parse_public_key_text(path.read_text(encoding="utf-8")))
        listing = status.read_cancellation_list(
            args.cancellation_list.read_text(encoding="utf-8"), trusted
        )
        payload = _payload_of(args.source)
    except (ServiceError, OSError) as exc:
        detail = f"{exc.code} {exc.params}" if isinstance(exc, ServiceError) else str(exc)
        print(f"agent-app certificates verify: {detail}", file=sys.stderr)
        return 2
    if payload is None:
        print(VERIFY_MESSAGES["accident.verify_not_a_payload"])
        return 1
    return _report(status.verify_offline(payload, listing))


def _cancellations(store: Any, args: argparse.Namespace) -> int:
    from agent_app.services.accident import status
    from agent_app.services.errors import ServiceError

    try:
        text = status.cancellation_list(store)
    except ServiceError as exc:
        print(f"agent-app certificates cancellations: {exc.code}", file=sys.stderr)
        return 2
    args.out.write_text(text, encoding="utf-8")
    print(f"cancellation list written to {args.out}")
    return 0


def _retire_key(store: Any, args: argparse.Namespace) -> int:
    from agent_app.services.accident import status
    from agent_app.services.errors import ServiceError

    try:
        actor = batch_actor(store, args.username)
        info = status.retire_signing_key(
            store, actor, args.key_id, args.reason, compromised=args.compromised
        )
    except NoActorError as exc:
        print(f"agent-app certificates retire-key: {exc}", file=sys.stderr)
        return 2
    except ServiceError as exc:
        print(f"agent-app certificates retire-key: {exc.code} {exc.params}", file=sys.stderr)
        return 2
    state = "compromised" if info.compromised else "retired"
    print(f"key {info.key_id}: {state} on {info.retired_at}")
    return 0


def _render(store: Any, args: argparse.Namespace) -> int:
    from agent_app.services import accident
    from agent_app.services.errors import ServiceError

    try:
        actor = batch_actor(store, args.username)
        found = accident.find_certificate(store, actor, args.number)
        document = accident.print_certificate(store, actor, found.id)
    except NoActorError as exc:
        print(f"agent-app certificates render: {exc}", file=sys.stderr)
        return 2
    except ServiceError as exc:
        print(f"agent-app certificates render: {exc.code} {exc.params}", file=sys.stderr)
        return 2
    args.out.write_bytes(document.pdf)
    kind = "copy" if document.copy else "original"
    print(f"{document.number}: {kind} (print {document.print_number}) written to {args.out}")
    return 0


# the top-level commands this group adds, and their handlers: (args) -> exit status
COMMANDS: dict[str, Callable[[argparse.Namespace], int]] = {"certificates": _certificates}
