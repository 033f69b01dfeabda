"""Command-line commands of Bulgarian accident certificates.

    agent-app certificates verify PAYLOAD|FILE   is this paper genuine? (exit 0 yes, 1 no, 2 error)
    agent-app certificates render NUMBER --out FILE [--as USERNAME]
                                                 print to a PDF file (original, then copies)
    agent-app certificates public-key            this workstation's signing key, for publishing

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

COMMANDS: dict[str, Callable[[argparse.Namespace], int]] = {}

VERIFY_MESSAGES = {
    "accident.verify_genuine": "GENUINE: the signature is valid",
    "accident.verify_not_a_payload": "NOT A CERTIFICATE: no certificate payload found",
    "accident.verify_unknown_key": "NOT VERIFIED: signed with a key this store does not know",
    "accident.verify_bad_signature": "FORGED OR ALTERED: the signature does not match",
    "accident.verify_differs_from_store": "ALTERED: this store's certificate of that number says something else",
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
    render = actions.add_parser(
        "render",
        help="write a certificate's PDF (the first print is the original)",
        description="Signs in as --as USERNAME with the password from AGENT_DESK_PASSWORD.",
    )
    render.add_argument("number", help="certificate number, e.g. SOF-CENTER-2026-000001")
    render.add_argument("--out", required=True, type=Path, help="PDF file to write")
    render.add_argument("--as", dest="username", metavar="USERNAME")
    actions.add_parser("public-key", help="print this workstation's public signing key")
    COMMANDS["certificates"] = _certificates


def _certificates(args: argparse.Namespace) -> int:
    from agent_app.cli import core as cli

    if args.certificates_command == "public-key":
        from agent_app.services.accident import certificate as accident_certificate
        from agent_app.services.errors import ServiceError

        try:
            print(accident_certificate.public_key_text(), end="")
        except ServiceError as exc:
            print(f"agent-app certificates public-key: {exc.code}", file=sys.stderr)
            return 2
        return 0
    store = cli._open_current_store(args, f"certificates {args.certificates_command}")
    if store is None:
        return 2
    try:
        if args.certificates_command == "verify":
            return _verify(store, args.source)
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
    result = accident.verify_certificate(store, payload)
    print(VERIFY_MESSAGES.get(result.reason, result.reason))
    if result.number is not None:
        print(f"certificate: {result.number}")
        print(f"issued on:   {result.issue_date}")
        print(f"total:       {result.total} {result.currency}")
        print(f"key id:      {result.key_id}")
    if result.status is not None:
        print(f"status:      {result.status}")
    return 0 if result.valid else 1


def _render(store: Any, args: argparse.Namespace) -> int:
    from agent_app.cli import core as cli
    from agent_app.services import accident
    from agent_app.services.errors import ServiceError

    try:
        actor = cli._import_actor(store, args.username)
        found = accident.find_certificate(store, actor, args.number)
        document = accident.print_certificate(store, actor, found.id)
    except cli._NoActorError as exc:
        print(f"agent-app certificates render: {exc}", file=sys.stderr)
        return 2
    except ServiceError as exc:
        print(f"agent-app certificates render: {exc.code} {exc.params}", file=sys.stderr)
        return 2
    args.out.write_bytes(document.pdf)
    kind = "copy" if document.copy else "original"
    print(f"{document.number}: {kind} (print {document.print_number}) written to {args.out}")
    return 0
