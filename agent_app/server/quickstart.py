"""``agent-app server quickstart DIR``: a server ready to start, for a small office or a trial.

Writes DIR/server.toml, DIR/keys.json (mode 0600), a self-signed TLS certificate for the host
names given (DIR/tls/), brings the store up to date and fills it with the demo data when asked.
A real installation uses the insurer's own certificate instead (docs/server.md).
"""

from __future__ import annotations

import datetime as dt
import ipaddress
import os
from pathlib import Path

from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import NameOID


def self_signed(folder: Path, names: list[str]) -> tuple[Path, Path]:
    folder.mkdir(parents=True, exist_ok=True)
    key = ec.generate_private_key(ec.SECP256R1())
    subject = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, names[0])])
    alternatives: list[x509.GeneralName] = []
    for name in names:
        try:
            alternatives.append(x509.IPAddress(ipaddress.ip_address(name)))
        except ValueError:
            alternatives.append(x509.DNSName(name))
    now = dt.datetime.now(dt.UTC)
    certificate = (
        x509.CertificateBuilder()
        .subject_name(subject)
        .issuer_name(subject)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - dt.timedelta(minutes=5))
        .not_valid_after(now + dt.timedelta(days=825))
        .add_extension(x509.SubjectAlternativeName(alternatives), critical=False)
        .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
        .sign(key, hashes.SHA256())
    )
    cert_path, key_path = folder / "server.pem", folder / "server.key"
    cert_path.write_bytes(certificate.public_bytes(serialization.Encoding.PEM))
    descriptor = os.open(key_path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(descriptor, "wb") as handle:
        handle.write(
            key.private_bytes(
                serialization.Encoding.PEM,
                serialization.PrivateFormat.PKCS8,
                serialization.NoEncryption(),
            )
        )
    return cert_path, key_path


def quickstart(
    folder: Path, store_url: str, *, host: str, port: int, names: list[str], demo: bool
) -> Path:
    from agent_app.server.keys import KeysFile
    from agent_app.services.demo import install_demo_data
    from agent_app.store import Store, upgrade

    folder.mkdir(parents=True, exist_ok=True)
    cert, key = self_signed(folder / "tls", names)
    keys_file = folder / "keys.json"
    KeysFile(keys_file)  # created with mode 0600
    config = folder / "server.toml"
    config.write_text(
        "# Agent Desk server (docs/server.md). No secrets here: the store password comes from\n"
        "# AGENT_DESK_STORE_PASSWORD or store_password_file; keys from keys_file (mode 0600).\n"
        "[server]\n"
        f'store_url = "{store_url}"\n'
        f'keys_file = "{keys_file}"\n'
        f'host = "{host}"\n'
        f"port = {port}\n"
        f'certificate = "{cert}"\n'
        f'private_key = "{key}"\n'
        "jobs = true\n",
        "utf-8",
    )
    store = Store.open(store_url, password=os.environ.get("AGENT_DESK_STORE_PASSWORD"))
    try:
        upgrade(store.engine)
        if demo:
            install_demo_data(store)
    finally:
        store.close()
    return config
