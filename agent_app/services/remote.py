"""The remote store: a desktop's handle on an Agent Desk server, used wherever a Store was.

The screens keep calling the services as they always did (``zame.enroll(store, actor, ...)``).
When ``store`` is a :class:`RemoteStore`, the service boundary (``audit.records_refusals``, or
:func:`routed` for the few calls without an actor) does not run the function here: it sends the
call by name with its arguments (services.wire) as one HTTPS POST and returns the server's
answer, or raises the server's error as the same exception class. The server runs the very same
function on its own store, with the session's actor: the business rules exist once.

HTTP goes through httpx: a connection pool with keep-alive (one round trip per call once the
TLS connection is up), thread-safe (the desktop calls from its thread pool), certificate
checking with a CA file of the insurer's own. The desktop refuses plain http except to this
computer (loopback), so neither a password nor a session token crosses a network in clear.
"""

from __future__ import annotations

import functools
import inspect
import ipaddress
import socket
import ssl
import threading
import uuid
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any, ParamSpec, TypeVar
from urllib.parse import urlsplit

import httpx

from agent_app.services.errors import ServiceError
from agent_app.store.failures import StoreUnavailableError

if TYPE_CHECKING:
    from agent_app.services.settings import AppSettings

P = ParamSpec("P")
R = TypeVar("R")

CALL_PATH = "/api/v1/call/"
FILE_CALL_PATH = "/api/v1/file-call/"
ARGS_HEADER = "X-Agent-Desk-Args"  # a file call's arguments (msgpack, base64)
RESULT_HEADER = "X-Agent-Desk-Result"  # a file call's answer when the body is the file
# The largest file a call sends to the server or gets back (an import's extract, an audit
# export): the server refuses more before storing it. Imports keep their own limits per line.
MAX_FILE_BYTES = 512 * 1024 * 1024
FILE_TIMEOUT_S = 600.0  # a large import runs on the server while the desktop waits
SESSION_PATH = "/api/v1/session"
CANCELLED_PATH = "/api/v1/cancelled-certificates"  # the signed cancellation list, published
CONTENT_TYPE = "application/msgpack"
IDEMPOTENCY_HEADER = "Idempotency-Key"
# The sign-in's answer carries the agent's idle-lock minutes (auth.idle_lock_minutes), which
# the main window asks as it opens: one round trip fewer between the sign-in and the window.
IDLE_LOCK_HEADER = "X-Agent-Desk-Idle-Lock-Minutes"
DEFAULT_TIMEOUT_S = 30.0
# A write whose answer was lost is sent again with the same key: the server answers the first
# result instead of doing the action twice.
WRITE_ATTEMPTS = 3


_ASK_SERVER = object()  # RemoteStore._answered_here: not a call answered on this side


class InsecureServerUrlError(ServiceError):
    """``http://`` to another computer: passwords and tokens would cross the network in clear."""

    code = "error.server_url_insecure"


class FileTooLargeError(ServiceError):
    """A file bigger than :data:`MAX_FILE_BYTES` for a call through the server."""

    code = "error.file_too_large"


class SignedOutError(ServiceError):
    """The server no longer knows this session (expired, signed out, agent deactivated)."""

    code = "auth.session_ended"


def is_loopback(host: str) -> bool:
    if host in ("localhost", "localhost.localdomain"):
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


def check_server_url(url: str) -> str:
    """The base URL without a trailing slash; https, or http to this computer only."""
    parts = urlsplit(url.strip())
    if parts.scheme not in ("https", "http") or not parts.hostname:
        raise InsecureServerUrlError(url=url)
    if parts.scheme == "http" and not is_loopback(parts.hostname):
        raise InsecureServerUrlError(url=url)
    return url.strip().rstrip("/")


class RemoteStore:
    """An Agent Desk server, standing where a :class:`~agent_app.store.Store` stood.

    One instance is one desktop's connection: after :meth:`sign_in` it carries that agent's
    session token. ``ca_file`` names the certificate authority to trust (the insurer's own);
    without it the system's trust store is used.
    """

    is_local = False

    def __init__(
        self,
        url: str,
        *,
        ca_file: str | Path | None = None,
        timeout: float = DEFAULT_TIMEOUT_S,
        transport: httpx.BaseTransport | None = None,
    ) -> None:
        self.url = check_server_url(url)
        verify: Any = ssl.create_default_context(cafile=str(ca_file)) if ca_file else True
        # TCP_NODELAY: a request's headers and body leave at once. Without it Nagle's algorithm
        # holds the body until the server's delayed ACK (40 ms on Linux) on every call.
        transport = transport or httpx.HTTPTransport(
            verify=verify, socket_options=[(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)]
        )
        self._client = httpx.Client(
            base_url=self.url,
            timeout=timeout,
            transport=transport,
            headers={"Content-Type": CONTENT_TYPE, "Accept": CONTENT_TYPE},
        )
        self._token: str | None = None
        self._idle_lock_minutes: int | None = None  # from the sign-in, for its first asking
        self._lock = threading.Lock()
        self.requests = 0  # HTTP requests sent (round trips once connected): benchmarks count

    @property
    def description(self) -> str:
        return self.url

    @property
    def signed_in(self) -> bool:
        return self._token is not None

    def prepare_in_background(self) -> threading.Thread:
        """Build every call's codec (about a second: each service module imported, each
        signature made a msgspec type) while the person types their password, not at the first
        action after signing in."""
        from agent_app.services import wire

        thread = threading.Thread(target=wire.exposed_calls, name="codecs", daemon=True)
        thread.start()
        return thread

    def ping(self) -> bool:
        """Is the server there? Once signed in, also: does the session still stand?

        Raises :class:`SignedOutError` (with the server's reason) when the server has ended the
        session, so the open window learns it at its periodic check, not only at the next
        action. The check does not count as activity: an unattended window still goes idle."""
        token = self._token
        try:
            if token is None:
                return self._client.get("/health").status_code == 200
            response = self._client.get(SESSION_PATH, headers={"Authorization": f"Bearer {token}"})
        except httpx.HTTPError:
            return False
        if response.status_code == 204:
            return True
        if response.status_code == 401 and response.headers.get("content-type", "").startswith(
            CONTENT_TYPE
        ):
            from agent_app.services import wire

            error = wire.decode_error(response.content)
            if isinstance(error, ServiceError) and error.code == SignedOutError.code:
                with self._lock:
                    if self._token == token:
                        self._token = None
                raise error
        return False

    def close(self) -> None:
        self._client.close()

    def server_version(self) -> dict[str, Any]:
        return dict(self._get_json("/version"))

    def public_keys(self) -> dict[str, Any]:
        return dict(self._get_json("/api/v1/public-keys"))

    def cancellation_list(self) -> str:
        """The server's signed cancellation list, as published (check it with
        ``accident.read_cancellation_list`` and the published keys)."""
        try:
            response = self._client.get(CANCELLED_PATH, headers={"Accept": "application/json"})
        except httpx.HTTPError as exc:
            raise StoreUnavailableError(f"server unreachable: {type(exc).__name__}") from exc
        response.raise_for_status()
        return response.text

    def _get_json(self, path: str) -> Any:
        try:
            response = self._client.get(path, headers={"Accept": "application/json"})
        except httpx.HTTPError as exc:
            raise StoreUnavailableError(f"server unreachable: {type(exc).__name__}") from exc
        response.raise_for_status()
        return response.json()

    # --- sessions ------------------------------------------------------------------------

    def sign_in(self, username: str, password: str, workstation: str) -> Any:
        """Sign in on the server (it checks the password and keeps the lock-out)."""
        from agent_app.services import wire
        from agent_app.services.access import Actor

        body = wire.ENCODER.encode(
            {"username": username, "password": password, "workstation": workstation}
        )
        response = self._post(SESSION_PATH, body, {})
        if response.status_code != 200:
            raise wire.decode_error(response.content)
        import msgspec

        token, actor = msgspec.msgpack.decode(response.content, type=tuple[str, Actor])
        minutes = response.headers.get(IDLE_LOCK_HEADER, "")
        with self._lock:
            self._token = token
            self._idle_lock_minutes = int(minutes) if minutes.isdigit() else None
        return actor

    def sign_out(self) -> None:
        token, self._token = self._token, None
        if token is not None:
            try:
                self._client.request(
                    "DELETE", SESSION_PATH, headers={"Authorization": f"Bearer {token}"}
                )
            except httpx.HTTPError:
                pass  # the session expires on the server on its own

    # --- calls ---------------------------------------------------------------------------

    def _post(self, path: str, body: bytes, headers: dict[str, str]) -> httpx.Response:
        self.requests += 1
        try:
            return self._client.post(path, content=body, headers=headers)
        except httpx.HTTPError as exc:
            raise StoreUnavailableError(f"server unreachable: {type(exc).__name__}") from exc

    def _answered_here(self, name: str, arguments: dict[str, Any]) -> Any:
        """The calls this side answers (or sends its own way); :data:`_ASK_SERVER` for the
        others."""
        if name == "auth.sign_in":
            return self.sign_in(
                arguments["username"], arguments["password"], arguments["workstation"]
            )
        if name == "setup.needs_first_run":
            # A server is set up by IT on the server, never from a desktop. Answered before
            # the codecs are built: the sign-in window asks it, and should not wait for them.
            return False
        if name == "auth.idle_lock_minutes":
            # The sign-in brought them, for the main window's asking as it opens: once. Asked
            # again later, the server answers the rule in force then.
            with self._lock:
                minutes, self._idle_lock_minutes = self._idle_lock_minutes, None
            if minutes is not None:
                return minutes
        return _ASK_SERVER

    def call(self, name: str, arguments: dict[str, Any]) -> Any:
        """Run the service call ``name`` on the server; its result, or its error raised here."""
        from agent_app.services import wire

        here = self._answered_here(name, arguments)
        if here is not _ASK_SERVER:
            return here
        spec = wire.spec_for(name)
        if spec.local_only:
            raise wire.UnknownCallError(call=name)
        if spec.file_in or spec.file_out:
            return self._file_call(spec, arguments)
        body = spec.encode_args(arguments)
        headers: dict[str, str] = {}
        if self._token is not None:
            headers["Authorization"] = f"Bearer {self._token}"
        # A kept connection the server has just closed fails the first send: a read is sent
        # again as it is; a write again with its idempotency key (never done twice).
        attempts = 2
        if spec.write:
            headers[IDEMPOTENCY_HEADER] = uuid.uuid4().hex
            attempts = WRITE_ATTEMPTS
        for attempt in range(attempts):
            try:
                self.requests += 1
                response = self._client.post(CALL_PATH + name, content=body, headers=headers)
                break
            except (httpx.ConnectError, httpx.ReadError, httpx.RemoteProtocolError) as exc:
                if attempt + 1 == attempts:
                    raise StoreUnavailableError(
                        f"server unreachable: {type(exc).__name__}"
                    ) from exc
            except httpx.HTTPError as exc:
                raise StoreUnavailableError(f"server unreachable: {type(exc).__name__}") from exc
        if response.status_code == 200:
            result = spec.decode_result(response.content)
            if name == "auth.record_sign_out":
                self._token = None  # the server ended the session with the sign-out
            return result
        if response.headers.get("content-type", "").startswith(CONTENT_TYPE):
            error = wire.decode_error(response.content)
        else:
            error = StoreUnavailableError(f"server answered {response.status_code}")
        if isinstance(error, ServiceError) and error.code == SignedOutError.code:
            self._token = None
        raise error

    def _file_call(self, spec: Any, arguments: dict[str, Any]) -> Any:
        """An import or export through the server: the file the call reads is sent as the body
        (streamed from disk), the file it writes comes back as the body (streamed to a
        ``.part`` file beside the target, moved into place only when whole)."""
        import base64
        import os

        from agent_app.services import wire

        headers = {
            "Content-Type": "application/octet-stream",
            ARGS_HEADER: base64.b64encode(spec.encode_args(arguments)).decode("ascii"),
        }
        if self._token is not None:
            headers["Authorization"] = f"Bearer {self._token}"
        if spec.write:
            headers[IDEMPOTENCY_HEADER] = uuid.uuid4().hex
        source = Path(arguments[spec.file_in]) if spec.file_in else None
        target = Path(arguments[spec.file_out]) if spec.file_out else None
        if source is not None and source.stat().st_size > MAX_FILE_BYTES:
            raise FileTooLargeError(limit_mb=MAX_FILE_BYTES // 2**20)
        partial = target.with_name(target.name + ".part") if target is not None else None
        self.requests += 1
        try:
            with source.open("rb") if source is not None else _no_file() as upload:
                with self._client.stream(
                    "POST",
                    FILE_CALL_PATH + spec.name,
                    content=upload if upload is not None else b"",
                    headers=headers,
                    timeout=FILE_TIMEOUT_S,
                ) as response:
                    if response.status_code != 200:
                        content = response.read()
                        kind = response.headers.get("content-type", "")
                        if not kind.startswith(CONTENT_TYPE):
                            raise StoreUnavailableError(f"server answered {response.status_code}")
                        error = wire.decode_error(content)
                        if isinstance(error, ServiceError) and error.code == SignedOutError.code:
                            self._token = None
                        raise error
                    answer = base64.b64decode(response.headers.get(RESULT_HEADER, ""))
                    if partial is not None:
                        with partial.open("wb") as sink:
                            for chunk in response.iter_bytes():
                                sink.write(chunk)
                    else:
                        answer = response.read() if not answer else answer
        except httpx.HTTPError as exc:
            if partial is not None:
                partial.unlink(missing_ok=True)
            raise StoreUnavailableError(f"server unreachable: {type(exc).__name__}") from exc
        except BaseException:
            if partial is not None:
                partial.unlink(missing_ok=True)
            raise
        if target is not None and partial is not None:
            os.replace(partial, target)  # whole, or not there at all
            if "Path" in str(spec.signature.return_annotation):
                return target  # where the desktop wrote it, not where the server did
        return spec.decode_result(answer)


class _NoFile:
    def __enter__(self) -> None:
        return None

    def __exit__(self, *_exc: object) -> None:
        return None


def _no_file() -> _NoFile:
    return _NoFile()


class ServerReached(threading.Thread):
    """The server's TLS connection made and its health asked in a thread, started by the
    desktop's command line before Qt is imported (:func:`reach_server`): over a branch
    office's link that is several round trips, spent while the application, Qt and the sign-in
    window load instead of after (issue 16)."""

    def __init__(self, settings: AppSettings) -> None:
        super().__init__(name="server-reached", daemon=True)
        self.settings = settings
        self.server: RemoteStore | None = None
        self.answered = False
        self.error: ServiceError | None = None
        self.start()

    def run(self) -> None:
        settings = self.settings
        try:
            self.server = RemoteStore(settings.server_url, ca_file=settings.server_ca_file or None)
            self.answered = self.server.ping()
        except ServiceError as exc:
            self.error = exc


def reach_server(
    settings: AppSettings, *, store_url: str | None = None, demo: bool = False
) -> ServerReached | None:
    """The server settings.json names (``server_url``), reached from now on in a thread; None
    when there is none or the command line chose a store of its own (``--store``, ``--demo``)."""
    if settings.server_url and not store_url and not demo:
        return ServerReached(settings)
    return None


def dispatch(
    store: object, name: str, signature: inspect.Signature, args: tuple[Any, ...], kwargs: Any
) -> Any:
    """The call ``name`` with these arguments, sent to the server ``store`` stands for."""
    bound = signature.bind(*args, **kwargs)
    return store.call(name, dict(bound.arguments))  # type: ignore[attr-defined]


def store_argument(signature: inspect.Signature) -> Callable[[tuple[Any, ...], Any], Any]:
    """A fast getter of a call's ``store`` argument (checked on every call)."""
    index = list(signature.parameters).index("store")

    def get(args: tuple[Any, ...], kwargs: Any) -> Any:
        return args[index] if len(args) > index else kwargs.get("store")

    return get


def routed(call: Callable[P, R]) -> Callable[P, R]:
    """Mark a service call that takes a ``store`` but no actor as one a desktop may send to a
    server (reference data, verification). The server still wants a signed-in session."""
    from agent_app.services.audit import call_area

    signature = inspect.signature(call)
    name = f"{call_area(call.__module__)}.{call.__name__}"
    get_store = store_argument(signature)

    @functools.wraps(call)
    def sent(*args: P.args, **kwargs: P.kwargs) -> R:
        store = get_store(args, kwargs)
        if isinstance(store, RemoteStore):
            return dispatch(store, name, signature, args, kwargs)  # type: ignore[no-any-return]
        return call(*args, **kwargs)

    sent.remote_call = True  # type: ignore[attr-defined]
    return sent
