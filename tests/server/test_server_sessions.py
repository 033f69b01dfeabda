"""Sessions on the server, as services: tokens kept hashed, idle and absolute expiry, sign-out;
and the server's public key printed on its host by ``certificates public-key``."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

import pytest
from sqlalchemy import select, update

from agent_app.models import ServerSession
from agent_app.services import sessions
from agent_app.services.demo import DEMO_PASSWORD, install_demo_data
from agent_app.services.remote import SignedOutError
from agent_app.store import Store
from agent_app.timeutil import utc_now


@pytest.fixture
def opened(store: Store) -> tuple[str, object]:
    install_demo_data(store)
    return sessions.open_session(store, "agent-si", DEMO_PASSWORD, "PC-9", "10.1.2.3")


def _move(store: Store, **values: object) -> None:
    with store.unit_of_work() as uow:
        uow.session.execute(update(ServerSession).values(**values))
        uow.commit()


def test_the_token_is_kept_hashed_and_names_its_agent(store: Store, opened) -> None:
    token, actor = opened
    with store.unit_of_work() as uow:
        row = uow.session.execute(select(ServerSession)).scalar_one()
        assert row.token_hash == sessions.token_hash(token) and token not in row.token_hash
        assert row.workstation == "PC-9 @ 10.1.2.3"
    again = sessions.actor_for_token(store, token)
    assert again.agent_id == actor.agent_id and again.workstation == "PC-9 @ 10.1.2.3"
    with pytest.raises(SignedOutError):
        sessions.actor_for_token(store, token + "x")


def test_a_session_ends_when_idle(store: Store, opened) -> None:
    token, _ = opened
    _move(store, last_seen_at=utc_now() - timedelta(minutes=61))
    with pytest.raises(SignedOutError) as ended:
        sessions.actor_for_token(store, token)
    assert ended.value.params["reason"] == "idle"


def test_a_session_ends_at_its_expiry(store: Store, opened) -> None:
    token, _ = opened
    _move(store, expires_at=utc_now() - timedelta(seconds=1))
    with pytest.raises(SignedOutError) as ended:
        sessions.actor_for_token(store, token)
    assert ended.value.params["reason"] == "expired"
    with pytest.raises(SignedOutError):  # and stays ended
        sessions.actor_for_token(store, token)


def test_the_windows_check_does_not_keep_a_session_alive(store: Store, opened) -> None:
    """The desktop's periodic check (touch=False) is not activity: the session still goes idle."""
    token, _ = opened
    _move(store, last_seen_at=utc_now() - timedelta(minutes=59, seconds=50))
    sessions.actor_for_token(store, token, touch=False)
    with store.unit_of_work() as uow:
        seen = uow.session.execute(select(ServerSession.last_seen_at)).scalar_one()
    assert utc_now() - seen.replace(tzinfo=utc_now().tzinfo) > timedelta(minutes=59)
    sessions.actor_for_token(store, token)  # a call is activity
    with store.unit_of_work() as uow:
        seen = uow.session.execute(select(ServerSession.last_seen_at)).scalar_one()
    assert utc_now() - seen.replace(tzinfo=utc_now().tzinfo) < timedelta(minutes=1)


def test_sign_out_ends_it(store: Store, opened) -> None:
    token, _ = opened
    assert sessions.end_session(store, token) is True
    with pytest.raises(SignedOutError):
        sessions.actor_for_token(store, token)


def test_the_server_hosts_public_key_is_printed_from_its_keys_file(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], sqlite_url: str
) -> None:
    import json
    import stat

    from agent_app.cli import main
    from agent_app.services.accident import certificate as certs

    keys = tmp_path / "srv" / "keys.json"
    config = tmp_path / "server.toml"
    config.write_text(f'[server]\nstore_url = "{sqlite_url}"\nkeys_file = "{keys}"\n', "utf-8")
    assert main(["certificates", "public-key", "--server-config", str(config)]) == 0
    printed = capsys.readouterr().out
    raw = certs._unb64url(json.loads(keys.read_text("utf-8"))[certs.KEY_NAME])
    assert stat.S_IMODE(keys.stat().st_mode) == 0o600
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

    public = certs.public_raw(Ed25519PrivateKey.from_private_bytes(raw).public_key())
    assert f"key id: {certs.key_id(public)}" in printed
    keys.chmod(0o644)  # readable by others: the server refuses the file
    from agent_app.server.keys import KeysFile, UnsafeKeysFileError

    with pytest.raises(UnsafeKeysFileError):
        KeysFile(keys)
