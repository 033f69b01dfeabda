"""A TCP proxy in front of the test PostgreSQL server that can drop every connection at once
and refuse new ones: the database restarting, as the store and the server meet it."""

from __future__ import annotations

import socket
import threading
from collections.abc import Iterator
from typing import Any

from sqlalchemy.engine import make_url


class FlakyProxy:
    """A TCP proxy to the PostgreSQL server that can drop everything and refuse new clients."""

    def __init__(self, target: tuple[str, int]) -> None:
        self.target = target
        self.listener = socket.create_server(("127.0.0.1", 0))
        self.port = self.listener.getsockname()[1]
        self.up = True
        self.sockets: list[socket.socket] = []
        self.lock = threading.Lock()
        self.thread = threading.Thread(target=self._accept, daemon=True)
        self.thread.start()

    def _accept(self) -> None:
        while True:
            try:
                client, _ = self.listener.accept()
            except OSError:
                return
            if not self.up:
                client.close()  # the server is "down": the connection is refused at once
                continue
            server = socket.create_connection(self.target)
            with self.lock:
                self.sockets += [client, server]
            self._relay(client, server)

    def _relay(self, client: socket.socket, server: socket.socket) -> None:
        for a, b in ((client, server), (server, client)):
            threading.Thread(target=self._pump, args=(a, b), daemon=True).start()

    @staticmethod
    def _pump(source: socket.socket, sink: socket.socket) -> None:
        try:
            while data := source.recv(65536):
                sink.sendall(data)
        except OSError:
            pass
        finally:
            FlakyProxy._shut(source, sink)

    @staticmethod
    def _shut(*sockets: socket.socket) -> None:
        for s in sockets:
            try:
                s.shutdown(socket.SHUT_RDWR)
            except OSError:
                pass

    def go_down(self) -> None:
        self.up = False
        with self.lock:
            for s in self.sockets:
                try:
                    s.shutdown(socket.SHUT_RDWR)
                except OSError:
                    pass
                s.close()
            self.sockets.clear()

    def come_back(self) -> None:
        self.up = True

    def close(self) -> None:
        self.go_down()
        self._shut(self.listener)  # wakes the accept() of _accept, which then ends
        self.listener.close()
        self.thread.join(timeout=5)


def proxied(kind: type[FlakyProxy], pg_schema_url: str) -> Iterator[Any]:
    url = make_url(pg_schema_url)
    found = kind((url.host or "127.0.0.1", url.port or 5432))
    yield found
    found.close()
