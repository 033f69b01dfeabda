"""The server's secrets file: signing and sealing keys live with the server, nowhere else.

A keyring backend over one JSON file that only the service account may read (mode 0600,
refused otherwise). The server pins it as the process's keyring, so the services' own key code
(``accident.certificate.signing_key``, ``outbox.outbox_key``) finds its keys there unchanged,
and no desktop ever needs one.
"""

from __future__ import annotations

import json
import os
import stat
from pathlib import Path

import keyring.backend
from keyring.errors import PasswordDeleteError


class UnsafeKeysFileError(Exception):
    """The keys file can be read or written by someone other than its owner."""


class KeysFile(keyring.backend.KeyringBackend):
    priority = 1

    def __init__(self, path: Path) -> None:
        super().__init__()
        self.path = path
        if path.exists():
            self._check()
        else:
            path.parent.mkdir(parents=True, exist_ok=True)
            self._write({})

    def _check(self) -> None:
        mode = self.path.stat().st_mode
        if os.name == "posix" and mode & (stat.S_IRWXG | stat.S_IRWXO):
            raise UnsafeKeysFileError(
                f"{self.path} is readable by others (mode {stat.filemode(mode)}); chmod 600 it"
            )

    def _read(self) -> dict[str, str]:
        self._check()
        data = json.loads(self.path.read_text("utf-8") or "{}")
        return {str(k): str(v) for k, v in data.items()}

    def _write(self, data: dict[str, str]) -> None:
        partial = self.path.with_name(self.path.name + ".part")
        descriptor = os.open(partial, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        with os.fdopen(descriptor, "w", encoding="utf-8") as handle:
            json.dump(data, handle, indent=1, sort_keys=True)
        os.replace(partial, self.path)

    def get_password(self, service: str, username: str) -> str | None:
        return self._read().get(username)

    def set_password(self, service: str, username: str, password: str) -> None:
        data = self._read()
        data[username] = password
        self._write(data)

    def delete_password(self, service: str, username: str) -> None:
        data = self._read()
        if username not in data:
            raise PasswordDeleteError(username)
        del data[username]
        self._write(data)
