"""The public half of the server's certificate signing keys, for anyone who checks a paper."""

from __future__ import annotations

from typing import Any

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey
from cryptography.hazmat.primitives.serialization import Encoding, PublicFormat

from agent_app.services.accident import certificate as certs
from agent_app.services.accident import status
from agent_app.store import Store


def public_keys(store: Store) -> dict[str, Any]:
    keys = status.signing_keys(store)
    current = None
    try:
        current = certs.key_id(certs.public_raw(certs.signing_key(create=False).public_key()))
    except certs.NoSigningKeyError:
        pass
    return {
        "current": current,
        "keys": [
            {
                "key_id": key.key_id,
                "algorithm": "Ed25519",
                "public_key": certs._b64url(key.public_key),
                "pem": Ed25519PublicKey.from_public_bytes(key.public_key)
                .public_bytes(Encoding.PEM, PublicFormat.SubjectPublicKeyInfo)
                .decode("ascii"),
                "retired_at": key.retired_at.isoformat() if key.retired_at else None,
                "compromised": key.compromised,
            }
            for key in keys
        ],
    }
