"""A real Agent Desk server in a subprocess (uvicorn) on 127.0.0.1 over TLS (trustme CA)."""

from __future__ import annotations

import contextlib
import os
import socket
import ssl
import subprocess
import sys
import time
import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import httpx

from tests.support import ROOT


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


@dataclass
class TlsFiles:
    ca_file: Path
    certificate: Path
    private_key: Path


def make_tls(folder: Path) -> TlsFiles:
    import trustme

    folder.mkdir(parents=True, exist_ok=True)
    ca = trustme.CA()
    issued = ca.issue_cert("127.0.0.1", "localhost")
    files = TlsFiles(folder / "ca.pem", folder / "server.pem", folder / "server.key")
    ca.cert_pem.write_to_path(str(files.ca_file))
    issued.cert_chain_pems[0].write_to_path(str(files.certificate))
    for extra in issued.cert_chain_pems[1:]:
        extra.write_to_path(str(files.certificate), append=True)
    issued.private_key_pem.write_to_path(str(files.private_key))
    return files


@dataclass
class ServerProcess:
    url: str
    ca_file: Path
    config: Path
    keys_file: Path
    process: subprocess.Popen[bytes]
    log: Path

    def stop(self) -> None:
        if self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(timeout=15)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait(timeout=5)


def write_config(
    folder: Path, store_url: str, tls: TlsFiles, port: int, *, jobs: bool, name: str
) -> tuple[Path, Path]:
    keys_file = folder / "secrets" / "keys.json"
    keys_file.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    config = folder / "server.toml"
    config.write_text(
        "[server]\n"
        f'store_url = "{store_url}"\n'
        f'keys_file = "{keys_file}"\n'
        'host = "127.0.0.1"\n'
        f"port = {port}\n"
        f'certificate = "{tls.certificate}"\n'
        f'private_key = "{tls.private_key}"\n'
        f"jobs = {'true' if jobs else 'false'}\n"
        f'name = "{name}"\n',
        "utf-8",
    )
    return config, keys_file


def start_server(
    folder: Path,
    store_url: str,
    *,
    tls: TlsFiles | None = None,
    jobs: bool = False,
    name: str = "server-1",
    keys_file: Path | None = None,
    port: int | None = None,
    workers: int = 1,
) -> ServerProcess:
    """``port``: a given one (a restart of the same server at the same address)."""
    folder.mkdir(parents=True, exist_ok=True)
    tls = tls or make_tls(folder / "tls")
    port = port or free_port()
    config, own_keys = write_config(folder, store_url, tls, port, jobs=jobs, name=name)
    if keys_file is not None:  # a second process of the same server shares its keys
        text = config.read_text("utf-8").replace(str(own_keys), str(keys_file))
        config.write_text(text, "utf-8")
        own_keys = keys_file
    env = dict(os.environ)
    env["PYTHONPATH"] = str(ROOT)
    env["AGENT_DESK_HOME"] = str(folder / "home")
    log = folder / f"{name}.log"
    process = subprocess.Popen(
        [sys.executable, "-m", "agent_app", "server", "--config", str(config), "serve"]
        + (["--workers", str(workers)] if workers > 1 else []),
        env=env,
        stdout=log.open("wb"),
        stderr=subprocess.STDOUT,
        cwd=str(folder),
    )
    url = f"https://127.0.0.1:{port}"
    server = ServerProcess(url, tls.ca_file, config, own_keys, process, log)
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"server ended: {log.read_text('utf-8', 'replace')[-3000:]}")
        try:
            context = ssl.create_default_context(cafile=tls.ca_file)
            if httpx.get(url + "/health", verify=context, timeout=2).status_code == 200:
                return server
        except httpx.HTTPError:
            pass
        time.sleep(0.1)
    server.stop()
    raise RuntimeError(f"server did not start: {log.read_text('utf-8', 'replace')[-3000:]}")


@contextlib.contextmanager
def demo_store_at(folder: Path, backend: str) -> Iterator[tuple[Any, str]]:
    """A migrated store with the demo data, on SQLite (a file in ``folder``) or PostgreSQL (a
    schema of its own, dropped afterwards): (store, url). For a server shared by a module's
    tests, each of which makes the data it looks at (its own customers, agents, clients)."""
    from agent_app.services.demo import install_demo_data
    from agent_app.store import Store, upgrade
    from agent_app.store.engine import sqlite_url

    schema = None
    if backend == "sqlite":
        folder.mkdir(parents=True, exist_ok=True)
        url = sqlite_url(folder / "store.sqlite3")
    else:
        import sqlalchemy
        from sqlalchemy.engine import make_url

        from tests.support import postgres

        postgres.require_postgres()
        schema = f"t_{uuid.uuid4().hex[:12]}"
        admin = sqlalchemy.create_engine(postgres.PG_URL)
        with admin.begin() as connection:
            connection.execute(sqlalchemy.text(f'CREATE SCHEMA "{schema}"'))
        url = make_url(postgres.PG_URL).update_query_dict({"options": f"-csearch_path={schema}"})
        url = url.render_as_string(hide_password=False)
    store = Store.open(url)
    try:
        upgrade(store.engine)
        install_demo_data(store)
        yield store, url
    finally:
        store.close()
        if schema is not None:
            with admin.begin() as connection:
                connection.execute(sqlalchemy.text(f'DROP SCHEMA "{schema}" CASCADE'))
            admin.dispose()


@dataclass
class ServedDesk:
    """A server process on a demo store (SQLite) shared by a module's screen tests: the store
    for the data a test makes and reads back, the server the screens talk to."""

    store: Any
    server: ServerProcess

    def desk(self, username: str, workstation: str = "BRANCH-PC-3") -> Any:
        """A desktop's context signed in as ``username`` through the server (TLS, its own
        RemoteStore and session): what a screen is given after the sign-in window. Close its
        store (``context.store.close()``) when done."""
        from agent_app.services import auth
        from agent_app.services.demo import DEMO_PASSWORD
        from agent_app.services.remote import RemoteStore
        from agent_app.services.settings import AppSettings
        from agent_app.ui.kit.context import AppContext

        remote = RemoteStore(self.server.url, ca_file=self.server.ca_file)
        settings = AppSettings(workstation=workstation, server_url=self.server.url)
        actor = auth.sign_in(remote, username, DEMO_PASSWORD, workstation)
        return AppContext(store=remote, settings=settings, actor=actor)


@contextlib.contextmanager
def served_desk(folder: Path) -> Iterator[ServedDesk]:
    """One server for a module's tests (a start costs seconds) on a demo SQLite store. Each test
    makes the data it looks at (its own customers) and puts back what it changes for everyone."""
    with demo_store_at(folder, "sqlite") as (store, url):
        server = start_server(folder / "server", url)
        try:
            yield ServedDesk(store, server)
        finally:
            server.stop()
