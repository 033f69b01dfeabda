"""The server's configuration: a TOML file with no secrets in it.

Secrets come from the environment or from files only the service account can read: the store's
password (``AGENT_DESK_STORE_PASSWORD`` or ``store_password_file``) and the keys file (the
certificate signing key, the outbox sealing key, the SMTP password and SMS token).
"""

from __future__ import annotations

import os
import tomllib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy.engine import make_url

from agent_app.services.settings import SmsGatewaySettings, SmtpSettings

CONFIG_ENV = "AGENT_DESK_SERVER_CONFIG"
PASSWORD_ENV = "AGENT_DESK_STORE_PASSWORD"


@dataclass
class ServerConfig:
    store_url: str
    keys_file: Path
    host: str = "127.0.0.1"
    port: int = 8443
    certificate: Path | None = None  # PEM chain; without it the server speaks plain http
    private_key: Path | None = None
    store_password_file: Path | None = None
    jobs: bool = True  # run the scheduled jobs in this process (a lock in the store: once)
    outbox_every_s: int = 60
    zame_daily_at: str = "01:30"  # Europe/Ljubljana, for the day before
    # The monthly re-check of ZAME investor status (services.zame.investor_recheck): on the
    # first working day of each month at this time, against Generali Investments' answer file.
    zame_investor_recheck_at: str = "06:00"
    zame_investor_list: Path | None = None
    name: str = ""  # this process in job locks and logs
    # Calls one process runs at once, each on a store connection of its own (the pool, and
    # the threads that run calls: more calls wait their turn in the event loop, not for a
    # connection). A call is mostly waiting for PostgreSQL, so a few per core.
    store_connections: int = 8
    smtp: SmtpSettings = field(default_factory=SmtpSettings)
    sms: SmsGatewaySettings = field(default_factory=SmsGatewaySettings)

    def store_password(self) -> str | None:
        if self.store_password_file is not None:
            return self.store_password_file.read_text("utf-8").strip()
        return os.environ.get(PASSWORD_ENV) or None


def _path(value: Any) -> Path | None:
    return Path(value) if value else None


def load_config(path: str | Path | None = None) -> ServerConfig:
    path = Path(path or os.environ[CONFIG_ENV])
    raw = tomllib.loads(path.read_text("utf-8"))
    server = dict(raw.get("server", {}))
    if make_url(server["store_url"]).password:
        raise ValueError("the configuration file holds no password: use the environment or a file")
    return ServerConfig(
        store_url=server["store_url"],
        keys_file=Path(server["keys_file"]),
        host=server.get("host", "127.0.0.1"),
        port=int(server.get("port", 8443)),
        certificate=_path(server.get("certificate")),
        private_key=_path(server.get("private_key")),
        store_password_file=_path(server.get("store_password_file")),
        jobs=bool(server.get("jobs", True)),
        outbox_every_s=int(server.get("outbox_every_s", 60)),
        zame_daily_at=str(server.get("zame_daily_at", "01:30")),
        zame_investor_recheck_at=str(server.get("zame_investor_recheck_at", "06:00")),
        zame_investor_list=_path(server.get("zame_investor_list")),
        name=str(server.get("name", "")),
        store_connections=max(1, int(server.get("store_connections", 8))),
        smtp=SmtpSettings(**raw.get("smtp", {})),
        sms=SmsGatewaySettings(**raw.get("sms", {})),
    )
