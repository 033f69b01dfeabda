"""The HTTPS API: Starlette on uvicorn.

Starlette rather than FastAPI: the desktop's API is one generic call path whose types are the
services' own (decoded by msgspec from the functions' hints, services.wire), so FastAPI's
per-endpoint pydantic models would only duplicate them; Starlette is the small, well-kept ASGI
toolkit FastAPI itself is built on. The portal's one endpoint gets a hand-written OpenAPI
document (agent_app/server/portal.py). uvicorn serves it (TLS, keep-alive, several workers).

The desktop's calls, the one path every action takes, are answered by a few lines of ASGI in
front of Starlette (``CallPath``); Starlette routes the rest. Endpoints run the (synchronous)
services in Starlette's thread pool. The server keeps no state
of its own: sessions, idempotency records, rate counters and job locks are in the store.
"""

from __future__ import annotations

import base64
import contextlib
import functools
import logging
import shutil
import tempfile
from collections.abc import AsyncIterator, Callable
from pathlib import Path
from typing import Any

import msgspec
from sqlalchemy.orm import Session
from starlette.applications import Starlette
from starlette.background import BackgroundTask
from starlette.concurrency import run_in_threadpool
from starlette.requests import Request
from starlette.responses import FileResponse, JSONResponse, Response
from starlette.routing import Route

from agent_app import __version__
from agent_app.server.retry import once_more_if_unavailable
from agent_app.services import audit, auth, idempotency, rate_limits, sessions, wire
from agent_app.services.access import Actor
from agent_app.services.errors import (
    AuthenticationError,
    NotFoundError,
    PermissionDeniedError,
    ServiceError,
    ValidationError,
)
from agent_app.services.remote import (
    ARGS_HEADER,
    CALL_PATH,
    CANCELLED_PATH,
    CONTENT_TYPE,
    FILE_CALL_PATH,
    IDEMPOTENCY_HEADER,
    IDLE_LOCK_HEADER,
    MAX_FILE_BYTES,
    RESULT_HEADER,
    SESSION_PATH,
    FileTooLargeError,
    SignedOutError,
)
from agent_app.store import (
    CommitInDoubtError,
    ConcurrentUpdateError,
    Store,
    StoreUnavailableError,
    UnitOfWork,
)
from agent_app.timeutil import utc_now

log = logging.getLogger(__name__)

# Calls a desktop never sends through the generic path.
NOT_CALLABLE = frozenset({"auth.sign_in", "setup.needs_first_run"})
# Reads of personal data counted against the agent's per-minute limit.
RATE_LIMITED = frozenset(
    {"customers.search_customers", "customers.get_customer", "customers.open_record"}
)
# Reads of personal data the service does not audit itself: the server records who looked at
# whose data (the record itself, customer.viewed, is audited by its service).
READS_AUDITED = {
    "zame.member_overview": ("zame.data_viewed", "customer", "customer_id"),
    "zame.membership_for_customer": ("zame.data_viewed", "customer", "customer_id"),
    "zame.points_history": ("zame.data_viewed", "zame_membership", "membership_id"),
    "zame.consent_history": ("zame.data_viewed", "zame_membership", "membership_id"),
    "portal_codes.code_history": ("portal_code.data_viewed", "customer", "customer_id"),
    "accident.certificates_for_customer": ("accident.data_viewed", "customer", "customer_id"),
    "accident.get_certificate": ("accident.data_viewed", "accident_certificate", "certificate_id"),
    "accident.find_certificate": ("accident.data_viewed", "accident_certificate", "number"),
}


def _callable(name: str, files: dict[str, Path] | None) -> wire.CallSpec:
    """The call's spec, if a desktop may send it this way (a file call with its files)."""
    if name in NOT_CALLABLE:
        raise wire.UnknownCallError(call=name)
    spec = wire.spec_for(name)
    if spec.local_only or bool(spec.file_in or spec.file_out) != bool(files):
        raise wire.UnknownCallError(call=name)
    return spec


def _commits_as_it_goes(spec: wire.CallSpec) -> bool:
    """A long call (an import, a batch run: it takes a progress report or a cancel token)
    commits its work in parts as it goes, so it is not held in the call's one transaction: its
    key is claimed and its answer kept in transactions of their own (idempotency.claim)."""
    return not {"progress", "cancel"}.isdisjoint(spec.signature.parameters)


def _status_for(error: BaseException) -> int:
    if isinstance(error, SignedOutError | AuthenticationError):
        return 401
    if isinstance(error, PermissionDeniedError):
        return 403
    if isinstance(error, NotFoundError | wire.UnknownCallError):
        return 404
    if isinstance(error, rate_limits.RateLimitedError):
        return 429
    if isinstance(error, ValidationError):
        return 422
    if isinstance(error, ConcurrentUpdateError | CommitInDoubtError):
        return 409
    if isinstance(error, StoreUnavailableError):
        return 503
    if isinstance(error, ServiceError):
        return 422
    return 500


def _msgpack(status: int, body: bytes) -> Response:
    return Response(body, status_code=status, media_type=CONTENT_TYPE)


def _bearer(request: Request) -> str | None:
    return _bearer_of(request.headers.get("authorization", ""))


def _bearer_of(header: str) -> str | None:
    if header.lower().startswith("bearer "):
        return header[7:].strip() or None
    return None


def _address(request: Request) -> str:
    return request.client.host if request.client else "unknown"


class Api:
    """The endpoints, over one store."""

    def __init__(self, store: Store) -> None:
        self.store = store

    # --- desktop calls ---------------------------------------------------------------------

    def answer_call(
        self,
        name: str,
        body: bytes,
        token: str | None,
        key: str | None,
        files: dict[str, Path] | None = None,
    ) -> tuple[int, bytes]:
        """Run the call; (HTTP status, msgpack answer). ``files``: the paths on this server of
        a file call's file parameters (``wire.CallSpec.file_in`` / ``file_out``)."""
        claimed: str | None = None
        status, answer = 200, b""
        try:
            spec = _callable(name, files)
            if token is None:
                raise SignedOutError()
            if not spec.write and not files:
                answer = once_more_if_unavailable(self._read_call, name, spec, body, token)
                return status, answer
            if spec.write and not files and not _commits_as_it_goes(spec):
                return once_more_if_unavailable(self._write_call, name, spec, body, token, key)
            actor = sessions.actor_for_token(self.store, token)
            if spec.write:
                if not key:
                    raise ServiceError("error.idempotency_key_missing")
                first = idempotency.claim(self.store, key, actor.agent_id, name)
                if first is not None:
                    return first.status, first.body
                claimed = key
            if name in RATE_LIMITED:
                rate_limits.hit(
                    self.store,
                    f"reads:{actor.agent_id}",
                    rate_limits.READS_PER_MINUTE,
                    agent=actor,
                    call=name,
                    zone=actor.time_zone,
                )
            arguments = spec.decode_args(body)
            arguments.update(files or {})
            if spec.takes_actor:
                arguments["actor"] = actor
            result = spec.function(store=self.store, **arguments)
            answer = spec.encode_result(result)
            with self.store.unit_of_work() as uow:
                self._after(uow.session, name, arguments, result, actor, token)
                uow.commit()
        except (msgspec.DecodeError, msgspec.ValidationError) as bad:
            log.info("call %s: undecodable arguments (%s)", name, type(bad).__name__)
            status, answer = 400, wire.encode_error(ServiceError("error.invalid_request"))
        except (ServiceError, StoreUnavailableError, CommitInDoubtError) as error:
            status, answer = _status_for(error), wire.encode_error(error)
        except ConcurrentUpdateError as error:
            status, answer = 409, wire.encode_error(error)
        except Exception:
            log.exception("call %s failed", name)
            status, answer = 500, wire.encode_error(ServiceError())
        if claimed is not None:
            self._settle(claimed, status, answer)
        return status, answer

    def _read_call(self, name: str, spec: wire.CallSpec, body: bytes, token: str) -> bytes:
        """A call that is not a write, in one transaction and one commit: the session check
        (and its last call time, written at most every minute), the per-agent read counter,
        the service's own work (its units of work join the call's: as SAVEPOINTs, or without
        one when they only read) and the server's audit of the read (written with the call's
        other audit events when the work ends). The counter is looked at first (a call over
        the limit is refused before any work) and raised last, so its row is locked only for
        the moment before the commit, not through the call; a call that finds the limit passed
        by then (calls of the same agent at once, on any server process) rolls its work and
        audit back and is refused like the others."""
        limited = name in RATE_LIMITED
        now = utc_now()
        with self.store.unit_of_work() as uow:
            session = uow.session
            try:
                # the agent's reads in this minute come with the session (no statement of
                # their own)
                actor, reads = sessions.caller_in(session, token, reads_at=now if limited else None)
            except SignedOutError:
                uow.commit()  # the session's end (idle, expired, deactivated)
                raise
            bucket = rate_limits.reads_bucket(actor.agent_id) if limited else None
            limit = 0
            if bucket is not None:
                limit = rate_limits.limit_of(session, rate_limits.READS_PER_MINUTE, actor.time_zone)
                if reads >= limit:
                    rate_limits.count(session, bucket, limit, now, agent=actor, call=name)
                    uow.commit()
                    raise rate_limits.refusal(limit, now)
            failed: ServiceError | None = None
            answer = b""
            hits: int | None = None

            def counted(_answer: bytes) -> None:
                # the read counted with the call's audit events (one statement on PostgreSQL)
                nonlocal hits
                assert bucket is not None
                hits = rate_limits.count(session, bucket, limit, now, agent=actor, call=name)

            try:
                answer = self._invoke(
                    uow, name, spec, body, actor, token, then=counted if bucket else None
                )
            except ServiceError as error:
                failed = error  # what the service committed before refusing stays
            if bucket is not None:
                if hits is None:  # refused: counted after what the service kept
                    hits = rate_limits.count(session, bucket, limit, now, agent=actor, call=name)
                if hits > limit and failed is None:
                    # The answer is not sent, so neither its reads' audit nor anything the
                    # call did is kept: the transaction starts again with the count alone.
                    session.rollback()
                    rate_limits.count(session, bucket, limit, now, agent=actor, call=name)
                    failed = rate_limits.refusal(limit, now)
            uow.commit()
        if failed is not None:
            raise failed
        return answer

    def _write_call(
        self, name: str, spec: wire.CallSpec, body: bytes, token: str, key: str | None
    ) -> tuple[int, bytes]:
        """A write in one transaction and one commit: the session check, the idempotency key's
        claim, the service's own work (its units of work join the call's as SAVEPOINTs) and
        the answer kept with the key (idempotency.claim_in, keep_in). Was four transactions,
        each with its COMMIT and WAL flush.

        A service refusal (a ServiceError, a concurrent update) commits what the service kept
        before refusing (the refusal's audit, a counted wrong password) with the error answer
        under the key, as a separate answer transaction did before; anything else (the store
        lost, an unexpected error) rolls back the whole call, key included: nothing was saved
        and the same key may run the call again. A COMMIT whose answer is lost either saved
        the key with its answer (a retry gets the first answer) or nothing."""
        with self.store.unit_of_work() as uow:
            session = uow.session
            try:
                actor = sessions.actor_in(session, token)
            except SignedOutError:
                uow.commit()  # the session's end (idle, expired, deactivated)
                raise
            if not key:
                raise ServiceError("error.idempotency_key_missing")
            first = idempotency.claim_in(session, key, actor.agent_id, name)
            if first is not None:
                uow.commit()  # (the session's last call time, if due)
                return first.status, first.body
            status, answer = 200, b""

            def kept(done: bytes) -> None:
                # the answer kept with the key, the call's audit events with it (one
                # statement on PostgreSQL)
                idempotency.keep_in(session, key, idempotency.Answer(200, done))

            try:
                answer = self._invoke(uow, name, spec, body, actor, token, then=kept)
            except (msgspec.DecodeError, msgspec.ValidationError) as bad:
                log.info("call %s: undecodable arguments (%s)", name, type(bad).__name__)
                status, answer = 400, wire.encode_error(ServiceError("error.invalid_request"))
            except ServiceError as error:
                status, answer = _status_for(error), wire.encode_error(error)
            except ConcurrentUpdateError as error:
                status, answer = 409, wire.encode_error(error)
            if status != 200:  # refused: kept after what the service kept
                idempotency.keep_in(session, key, idempotency.Answer(status, answer))
            uow.commit()
        return status, answer

    def _settle(self, key: str, status: int, answer: bytes) -> None:
        """Keep the answer for a retry, or free the key when nothing was saved."""
        try:
            if status in (500, 503) or (status == 409 and b"CommitInDoubtError" in answer):
                idempotency.release(self.store, key)
            else:
                idempotency.keep(self.store, key, idempotency.Answer(status, answer))
        except (StoreUnavailableError, Exception):  # noqa: BLE001 - the answer still goes out
            log.warning("idempotency record of a call could not be kept")

    def _invoke(
        self,
        uow: UnitOfWork,
        name: str,
        spec: wire.CallSpec,
        body: bytes,
        actor: Actor,
        token: str,
        *,
        then: Callable[[bytes], None] | None = None,
    ) -> bytes:
        """The service itself, inside the call's transaction (its units of work join ``uow``
        as SAVEPOINTs), with the session's actor; then what the server does after it, and
        ``then`` with the answer when the service gave one (its statement may take the call's
        queued audit events with it: store.uow.execute_with_queued)."""
        with self.store.sharing(uow):
            arguments = spec.decode_args(body)
            if spec.takes_actor:
                arguments["actor"] = actor
            result = spec.function(store=self.store, **arguments)
            answer = spec.encode_result(result)
            self._after(uow.session, name, arguments, result, actor, token)
            if then is not None:
                then(answer)
        return answer

    def _after(
        self,
        session: Session,
        name: str,
        arguments: dict[str, Any],
        result: Any,
        actor: Actor,
        token: str,
    ) -> None:
        """The server's audit of a read of personal data, in the call's transaction."""
        if name == "customers.search_customers":
            audit.record(
                session,
                actor,
                "customer.searched",
                details={
                    "query": str(arguments.get("text", ""))[:200],
                    "rows": len(result),
                    "offset": arguments.get("offset", 0),
                },
            )
        elif name in READS_AUDITED:
            self._audit_read(session, actor, name, arguments)
        elif name == "customers.open_record":
            # The record's tabs came with it: their reads are audited as the same calls made
            # one by one were (the record itself, customer.viewed, by its service).
            for tab in result.tabs:
                for call in tab.calls:
                    if call in READS_AUDITED:
                        self._audit_read(session, actor, call, arguments)
        elif name == "auth.record_sign_out":
            sessions.end_session(self.store, token, "signed_out")

    @staticmethod
    def _audit_read(session: Session, actor: Actor, call: str, arguments: dict[str, Any]) -> None:
        action, entity, key = READS_AUDITED[call]
        audit.record(
            session,
            actor,
            action,
            entity=entity,
            entity_id=arguments.get(key),
            details={"call": call},
        )

    async def file_call(self, request: Request) -> Response:
        """A call with a file on the desktop's side (imports, exports): the arguments in a
        header, an uploaded file as the body (streamed to a temporary file, at most
        ``MAX_FILE_BYTES``); a written file comes back as the body, streamed, the call's answer
        in a header. The temporary files go when the answer has been sent."""
        name = request.path_params["name"]
        try:
            spec = wire.spec_for(name)
            arguments = base64.b64decode(request.headers.get(ARGS_HEADER, ""), validate=True)
        except (ServiceError, ValueError) as error:
            error = (
                error if isinstance(error, ServiceError) else ServiceError("error.invalid_request")
            )
            return _msgpack(_status_for(error), wire.encode_error(error))
        folder = Path(tempfile.mkdtemp(prefix="agent-desk-call-"))
        files: dict[str, Path] = {}
        try:
            if spec.file_in:
                upload = folder / "upload"
                size = 0
                with upload.open("wb") as sink:
                    async for chunk in request.stream():
                        size += len(chunk)
                        if size > MAX_FILE_BYTES:
                            refused = FileTooLargeError(limit_mb=MAX_FILE_BYTES // 2**20)
                            return _msgpack(413, wire.encode_error(refused))
                        sink.write(chunk)
                files[spec.file_in] = upload
            if spec.file_out:
                files[spec.file_out] = folder / "result"
            status, answer = await run_in_threadpool(
                self.answer_call,
                name,
                arguments,
                _bearer(request),
                request.headers.get(IDEMPOTENCY_HEADER),
                files or None,
            )
            written = files.get(spec.file_out or "")
            if status != 200 or written is None or not written.exists():
                return _msgpack(status, answer)
            sent = FileResponse(
                written,
                media_type="application/octet-stream",
                headers={RESULT_HEADER: base64.b64encode(answer).decode("ascii")},
                background=BackgroundTask(shutil.rmtree, folder, True),
            )
            folder = None  # type: ignore[assignment]  # removed once sent
            return sent
        finally:
            if folder is not None:
                shutil.rmtree(folder, ignore_errors=True)

    # --- sessions --------------------------------------------------------------------------

    def _sign_in(self, body: bytes, address: str) -> Response:
        try:
            data = msgspec.msgpack.decode(body, type=dict[str, str])
            token, actor = once_more_if_unavailable(
                sessions.open_session,
                self.store,
                data.get("username", ""),
                data.get("password", ""),
                data.get("workstation", ""),
                address,
            )
        except (msgspec.DecodeError, msgspec.ValidationError):
            return _msgpack(400, wire.encode_error(ServiceError("error.invalid_request")))
        except (ServiceError, StoreUnavailableError) as error:
            return _msgpack(_status_for(error), wire.encode_error(error))
        answer = _msgpack(200, wire.ENCODER.encode((token, actor)))
        try:
            # what the main window asks first, sent with the sign-in (a desktop that does not
            # read it asks as before)
            minutes = auth.idle_lock_minutes(self.store, actor)
        except (ServiceError, StoreUnavailableError):
            return answer
        answer.headers[IDLE_LOCK_HEADER] = str(minutes)
        return answer

    async def sign_in(self, request: Request) -> Response:
        body = await request.body()
        return await run_in_threadpool(self._sign_in, body, _address(request))

    def _session_state(self, token: str | None) -> Response:
        try:
            if token is None:
                raise SignedOutError()
            once_more_if_unavailable(sessions.actor_for_token, self.store, token, touch=False)
        except (ServiceError, StoreUnavailableError) as error:
            return _msgpack(_status_for(error), wire.encode_error(error))
        return Response(status_code=204)

    async def session_state(self, request: Request) -> Response:
        """204 while the session stands; 401 with the reason once the server has ended it
        (the open window then says why and returns to the sign-in window)."""
        return await run_in_threadpool(self._session_state, _bearer(request))

    async def sign_out(self, request: Request) -> Response:
        token = _bearer(request)
        if token is not None:
            await run_in_threadpool(
                once_more_if_unavailable, sessions.end_session, self.store, token, "signed_out"
            )
        return Response(status_code=204)

    # --- public ----------------------------------------------------------------------------

    async def health(self, _request: Request) -> Response:
        alive = await run_in_threadpool(self.store.ping)
        return JSONResponse(
            {"status": "ok" if alive else "store unreachable"}, 200 if alive else 503
        )

    async def version(self, _request: Request) -> Response:
        return JSONResponse(await run_in_threadpool(_version_document))

    async def public_keys(self, _request: Request) -> Response:
        from agent_app.server.keys_public import public_keys

        return JSONResponse(await run_in_threadpool(public_keys, self.store))

    async def cancelled_certificates(self, _request: Request) -> Response:
        """The signed, dated list of cancelled certificate numbers (and of the signing keys,
        with their retirement), signed with the server's key: published, no sign-in, no
        personal data, so a verifier without the store checks a paper offline (issue 18)."""
        from agent_app.services.accident import certificate as certs
        from agent_app.services.accident import status

        def signed() -> str:
            return status.cancellation_list(self.store, key=certs.signing_key(create=False))

        try:
            text = await run_in_threadpool(signed)
        except certs.NoSigningKeyError:
            return JSONResponse({"error": "no signing key on this server yet"}, 503)
        return Response(text, media_type="application/json", headers={"Cache-Control": "no-cache"})


@functools.cache
def _version_document() -> dict[str, object]:
    """What ``/version`` says. The schema's head is read from the migration scripts (about 50 ms
    of parsing): once per process, off the event loop, where every request took it on the loop."""
    from agent_app.store.migrate import head_revision

    return {"version": __version__, "schema": head_revision(), "api": 1}


_IDEMPOTENCY_KEY = IDEMPOTENCY_HEADER.lower().encode("ascii")
_ANSWER_TYPE = CONTENT_TYPE.encode("ascii")


class CallPath:
    """The desktop's calls (``POST /api/v1/call/<name>``, every action an agent takes) answered
    in front of Starlette, everything else passed to it. A call needs its name, body, token and
    idempotency key, and answers with msgpack bytes: Starlette's middleware, routing, request
    and response objects around that were a quarter of the event loop's CPU per call under load
    (py-spy, 1M store; see docs/performance.md). Any other method or path goes to Starlette
    (a GET of a call's path is its 404)."""

    def __init__(self, api: Api, app: Starlette) -> None:
        self.api = api
        self.app = app

    async def __call__(self, scope: Any, receive: Any, send: Any) -> None:
        path = scope.get("path", "") if scope["type"] == "http" else ""
        name = path[len(CALL_PATH) :] if path.startswith(CALL_PATH) else ""
        if not name or "/" in name or scope["method"] != "POST":
            await self.app(scope, receive, send)
            return
        chunks = []
        while True:
            message = await receive()
            if message["type"] == "http.disconnect":
                return  # the desktop went away: nothing to answer
            chunks.append(message.get("body", b""))
            if not message.get("more_body", False):
                break
        token = key = None
        for header, value in scope["headers"]:
            if header == b"authorization":
                token = _bearer_of(value.decode("latin-1"))
            elif header == _IDEMPOTENCY_KEY:
                key = value.decode("latin-1")
        status, answer = await run_in_threadpool(
            self.api.answer_call, name, b"".join(chunks), token, key
        )
        await send(
            {
                "type": "http.response.start",
                "status": status,
                "headers": [
                    (b"content-length", str(len(answer)).encode("ascii")),
                    (b"content-type", _ANSWER_TYPE),
                ],
            }
        )
        await send({"type": "http.response.body", "body": answer})


def create_app(store: Store, *, lifespan: Callable[..., Any] | None = None) -> CallPath:
    wire.error_classes()  # builds every call's codec now, not during the first calls
    auth.prepare_unknown_user_check()  # the first unknown name costs what a wrong password does
    api = Api(store)
    from agent_app.server import portal

    routes = [
        Route("/health", api.health, methods=["GET"]),
        Route("/version", api.version, methods=["GET"]),
        Route(SESSION_PATH, api.sign_in, methods=["POST"]),
        Route(SESSION_PATH, api.sign_out, methods=["DELETE"]),
        Route(SESSION_PATH, api.session_state, methods=["GET"]),
        Route(FILE_CALL_PATH + "{name:str}", api.file_call, methods=["POST"]),
        Route("/api/v1/public-keys", api.public_keys, methods=["GET"]),
        Route(CANCELLED_PATH, api.cancelled_certificates, methods=["GET"]),
        *portal.routes(store),
    ]
    return CallPath(api, Starlette(routes=routes, lifespan=lifespan))


def create_app_from_config() -> CallPath:
    """uvicorn's factory (``--factory``): the configuration from ``AGENT_DESK_SERVER_CONFIG``."""
    from agent_app.server.runtime import open_runtime

    runtime = open_runtime()

    @contextlib.asynccontextmanager
    async def lifespan(_app: Starlette) -> AsyncIterator[None]:
        import anyio.to_thread

        # The calls run at once in this process: one thread and one store connection each.
        limiter = anyio.to_thread.current_default_thread_limiter()
        limiter.total_tokens = runtime.config.store_connections
        runtime.start_jobs()
        try:
            yield
        finally:
            runtime.stop()

    return create_app(runtime.store, lifespan=lifespan)
