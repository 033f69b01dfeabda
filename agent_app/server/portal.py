"""The portal's API: the Serbian client portal checks a code a person typed.

``POST /portal/v1/redeem`` with ``{"identifier": "...", "code": "XXXX-XXXX"}`` and the portal's
own credential (``Authorization: Bearer <secret>``, made by ``agent-app server portal-client
add``), answers ``{"result": "valid" | "wrong" | "used" | "expired" | "locked" | "revoked" |
"unknown_customer"}``. Rate-limited per credential (``portal.redeems_per_minute``, a parameter
with valid-from dates; 429 with ``Retry-After`` when over), audited (which credential, from
which address, what answer; never the code). The contract is ``/portal/v1/openapi.json``.
"""

from __future__ import annotations

import json
from typing import Any

from starlette.concurrency import run_in_threadpool
from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Route

from agent_app.server.retry import once_more_if_unavailable
from agent_app.services import audit, portal_clients, rate_limits
from agent_app.services.portal_codes import RS_ZONE, RedeemResult, redeem
from agent_app.store import Store, StoreUnavailableError

MAX_FIELD = 200

OPENAPI: dict[str, Any] = {
    "openapi": "3.1.0",
    "info": {
        "title": "Agent Desk portal API",
        "version": "1.0.0",
        "description": "Checks a client portal security code (RS) and uses it up when right.",
    },
    "components": {
        "securitySchemes": {"portalCredential": {"type": "http", "scheme": "bearer"}},
        "schemas": {
            "RedeemRequest": {
                "type": "object",
                "required": ["identifier", "code"],
                "properties": {
                    "identifier": {
                        "type": "string",
                        "maxLength": MAX_FIELD,
                        "description": "JMBG, or the e-mail or mobile of record",
                    },
                    "code": {"type": "string", "maxLength": MAX_FIELD, "example": "K7PQ-3MZX"},
                },
            },
            "RedeemAnswer": {
                "type": "object",
                "required": ["result"],
                "properties": {
                    "result": {"type": "string", "enum": [r.value for r in RedeemResult]}
                },
            },
        },
    },
    "security": [{"portalCredential": []}],
    "paths": {
        "/portal/v1/redeem": {
            "post": {
                "summary": "Check a security code; a valid one is used up",
                "requestBody": {
                    "required": True,
                    "content": {
                        "application/json": {
                            "schema": {"$ref": "#/components/schemas/RedeemRequest"}
                        }
                    },
                },
                "responses": {
                    "200": {
                        "description": "The answer",
                        "content": {
                            "application/json": {
                                "schema": {"$ref": "#/components/schemas/RedeemAnswer"}
                            }
                        },
                    },
                    "400": {"description": "Not a JSON object with identifier and code"},
                    "401": {"description": "No or unknown portal credential"},
                    "429": {"description": "Too many checks this minute (see Retry-After)"},
                    "503": {"description": "The store cannot be reached; try again"},
                },
            }
        }
    },
}


def routes(store: Store) -> list[Route]:
    def check(secret: str | None, identifier: str, code: str, address: str) -> Response:
        try:
            caller = (
                once_more_if_unavailable(portal_clients.client_for_secret, store, secret)
                if secret
                else None
            )
            if caller is None:
                return JSONResponse({"error": "unknown portal credential"}, 401)
            try:
                rate_limits.hit(
                    store,
                    f"portal:{caller}",
                    rate_limits.PORTAL_REDEEMS_PER_MINUTE,
                    caller=caller,
                    call="portal.redeem",
                    zone=RS_ZONE,
                )
            except rate_limits.RateLimitedError as limited:
                return JSONResponse(
                    {"error": "too many checks"},
                    429,
                    headers={"Retry-After": str(limited.params["retry_after"])},
                )
            result = redeem(store, identifier, code)
            with store.unit_of_work() as uow:
                audit.record(
                    uow.session,
                    None,
                    "portal.api_redeem",
                    username=caller[:64],
                    workstation=f"portal-api @ {address}"[:128],
                    details={"caller": caller, "result": result.value},
                )
                uow.commit()
            return JSONResponse({"result": result.value})
        except StoreUnavailableError:
            return JSONResponse({"error": "store unavailable"}, 503)

    async def redeem_endpoint(request: Request) -> Response:
        try:
            data = json.loads(await request.body())
            identifier, code = data["identifier"], data["code"]
            if not isinstance(identifier, str) or not isinstance(code, str):
                raise TypeError("strings expected")
            if len(identifier) > MAX_FIELD or len(code) > MAX_FIELD:
                raise ValueError("too long")
        except (ValueError, KeyError, TypeError):
            return JSONResponse({"error": "identifier and code (strings) expected"}, 400)
        header = request.headers.get("authorization", "")
        secret = header[7:].strip() if header.lower().startswith("bearer ") else None
        address = request.client.host if request.client else "unknown"
        return await run_in_threadpool(check, secret, identifier, code, address)

    async def openapi(_request: Request) -> Response:
        return JSONResponse(OPENAPI)

    return [
        Route("/portal/v1/redeem", redeem_endpoint, methods=["POST"]),
        Route("/portal/v1/openapi.json", openapi, methods=["GET"]),
    ]
