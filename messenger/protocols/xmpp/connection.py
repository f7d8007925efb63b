# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: The messenger developers
"""Connecting and staying connected: attempts, error codes, backoff.

``Connector.run`` owns the connection of one ``XmppClient``: it makes an
attempt, turns slixmpp's events into one outcome (online, or a failure with an
``ErrorInfo``), serves the session until it drops and reconnects with capped,
jittered backoff (slixmpp's ``min(300, 2*wait+1)``). Failures that need the
user (wrong password, untrusted certificate, no TLS, resource conflict) stop
it with ``FAILED``; every other one is retried and reported as RECONNECTING
with the error, so the UI can say why.

``Connector.check`` is the backend's ``check_connection`` (after a suspend or a
network change): online, it probes the server (a ping, ``CHECK_TIMEOUT``) and
aborts a connection that does not answer, so the loop reconnects at once;
waiting before a retry, it cuts the pause short and restarts the backoff; an
attempt under way is left to its own timeout.
"""

from __future__ import annotations

import asyncio
import contextlib
import enum
import random
import socket
import ssl
from collections.abc import Awaitable
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from messenger.core.model import ConnectionState
from messenger.core.model import ErrorCode
from messenger.core.model import ErrorInfo
from messenger.protocols.xmpp import tls
from messenger.protocols.xmpp.client import XmppClient
from messenger.protocols.xmpp.context import XmppContext

# One attempt (TCP, TLS, SASL, bind) may take this long (seconds).
CONNECT_TIMEOUT = 45.0
# A check after a network change waits this long for the server's answer.
CHECK_TIMEOUT = 5.0
MAX_BACKOFF = 300.0
STANDARD_PORT, DIRECT_TLS_PORT = 5222, 5223

_AUTH_TRANSIENT = {"temporary-auth-failure", "aborted"}
_STREAM_ERRORS = {
    "conflict": ErrorCode.CONFLICT,
    "policy-violation": ErrorCode.POLICY_VIOLATION,
    "not-authorized": ErrorCode.AUTH_FAILED,
    "host-unknown": ErrorCode.HOST_NOT_FOUND,
    "host-gone": ErrorCode.HOST_NOT_FOUND,
    "connection-timeout": ErrorCode.TIMEOUT,
}
_FATAL_STREAM = {ErrorCode.CONFLICT, ErrorCode.AUTH_FAILED}


@dataclass(frozen=True, slots=True)
class Failure:
    """An attempt failed; ``fatal`` ones wait for the user."""

    error: ErrorInfo
    fatal: bool = False

    @property
    def untrusted(self) -> bool:
        return self.error.code is ErrorCode.CERTIFICATE_UNTRUSTED


@dataclass(frozen=True, slots=True)
class Online:
    resumed: bool


Outcome = Online | Failure
SessionStarter = Callable[[bool], Awaitable[None]]
# Probes the server: whether it answered within the given seconds.
Probe = Callable[[float], Awaitable[bool]]


class Phase(enum.Enum):
    """Where the connection loop is (what ``Connector.check`` does there)."""

    IDLE = enum.auto()  # not running
    CONNECTING = enum.auto()  # an attempt is under way
    SERVING = enum.auto()  # connected: the session is set up or running
    WAITING = enum.auto()  # the pause before the next attempt


def next_backoff(previous: float) -> float:
    return min(MAX_BACKOFF, previous * 2 + 1)


def failure_of(data: object) -> Failure:
    """Classify what slixmpp passed with ``connection_failed``/``disconnected``."""
    if isinstance(data, ssl.SSLCertVerificationError):
        detail = tls.describe_tls_error(data)
        return Failure(ErrorInfo(code=ErrorCode.CERTIFICATE_UNTRUSTED, detail=detail))
    if isinstance(data, ssl.SSLError):
        detail = tls.describe_tls_error(data)
        return Failure(ErrorInfo(code=ErrorCode.TLS_UNAVAILABLE, detail=detail))
    if isinstance(data, socket.gaierror) or (
        isinstance(data, str) and data.startswith("No DNS record")
    ):
        return Failure(ErrorInfo(code=ErrorCode.HOST_NOT_FOUND, detail=str(data)))
    if isinstance(data, TimeoutError):
        return Failure(ErrorInfo(code=ErrorCode.TIMEOUT, detail="connection timed out"))
    detail = (
        (data.strerror or str(data)) if isinstance(data, OSError) else str(data or "")
    )
    return Failure(
        ErrorInfo(code=ErrorCode.HOST_UNREACHABLE, detail=detail or "closed")
    )


def sasl_failure(condition: str, text: str) -> Failure:
    detail = f"{condition}: {text}" if text else condition
    if condition in _AUTH_TRANSIENT:
        return Failure(ErrorInfo(code=ErrorCode.SERVER_ERROR, detail=detail))
    return Failure(ErrorInfo(code=ErrorCode.AUTH_FAILED, detail=detail), fatal=True)


def stream_failure(condition: str, text: str) -> Failure:
    code = _STREAM_ERRORS.get(condition, ErrorCode.SERVER_ERROR)
    detail = f"{condition}: {text}" if text else condition
    return Failure(ErrorInfo(code=code, detail=detail), fatal=code in _FATAL_STREAM)


class Connector:
    """Drives one client's connection (see the module docstring).

    It is the client's ``ClientListener``; ``handlers.py`` routes slixmpp's
    connection events to its ``on_*`` methods.
    """

    def __init__(
        self,
        ctx: XmppContext,
        start_session: SessionStarter,
        *,
        rng: random.Random | None = None,
    ) -> None:
        self._ctx = ctx
        self._start_session = start_session
        self._rng = rng or random.Random()  # noqa: S311 (jitter, not crypto)
        self._outcome: asyncio.Future[Outcome] | None = None
        self._dropped: asyncio.Future[None] | None = None
        self._error: Failure | None = None
        self._tls_detail = ""
        self._closed = asyncio.Event()
        self.phase = Phase.IDLE
        self._delay = 0.0  # the last backoff pause (without jitter)
        self._wake = asyncio.Event()  # ends a WAITING pause early
        self._checking: asyncio.Task[None] | None = None

    # ------------------------------------------------------------ the loop
    async def run(self, client: XmppClient, verifying: ssl.SSLContext) -> None:
        """Connect and reconnect until cancelled or a fatal failure."""
        try:
            await self._loop(client, verifying)
        finally:
            self.phase = Phase.IDLE

    async def _loop(self, client: XmppClient, verifying: ssl.SSLContext) -> None:
        self._delay, state = 0.0, ConnectionState.CONNECTING
        self._error = None
        while True:
            self._ctx.sink.connection_changed(
                state, self._error.error if self._error else None
            )
            self.phase = Phase.CONNECTING
            outcome = await self._connect_once(client, verifying)
            if isinstance(outcome, Failure):
                if outcome.fatal:
                    self._ctx.sink.connection_changed(
                        ConnectionState.FAILED, outcome.error
                    )
                    return
                self._error, state = outcome, ConnectionState.RECONNECTING
                self._delay = next_backoff(self._delay)
                await self._pause(self._delay * self._rng.uniform(0.75, 1.25))
                continue
            served, fatal = await self._serve(client, outcome)
            if fatal is not None:
                self._ctx.sink.connection_changed(ConnectionState.FAILED, fatal.error)
                return
            state = ConnectionState.RECONNECTING
            if served:  # a drop: try again at once (with a little jitter)
                self._delay, pause = 0.0, self._rng.uniform(0.0, 0.5)
            else:
                self._delay = next_backoff(self._delay)
                pause = self._delay * self._rng.uniform(0.75, 1.25)
            await self._pause(pause)

    async def _pause(self, seconds: float) -> None:
        """Wait before the next attempt; ``check`` may end the wait early."""
        self.phase = Phase.WAITING
        self._wake.clear()
        with contextlib.suppress(TimeoutError):
            async with asyncio.timeout(seconds):
                await self._wake.wait()

    # ------------------------------------------------------------ checks
    async def check(self, probe: Probe) -> None:
        """The network may have changed: verify now (see the module docstring).

        ``probe`` pings the server (``Keepalive.probe``). A call while a check
        is under way waits for that one.
        """
        if self.phase is Phase.WAITING:
            self._ctx.log.info("network change: retrying now")
            self._delay = 0.0
            self._wake.set()
        elif self.phase is Phase.SERVING:
            if self._checking is None or self._checking.done():
                self._checking = self._ctx.spawn(self._verify(probe), "xmpp-check")
            await asyncio.shield(self._checking)

    async def _verify(self, probe: Probe) -> None:
        dropped = self._dropped
        if dropped is None or await probe(CHECK_TIMEOUT):
            return
        client = self._ctx.client
        if dropped is self._dropped and not dropped.done() and client is not None:
            self._ctx.log.info(
                "no answer %.0f s after a network change: reconnecting", CHECK_TIMEOUT
            )
            client.abort()

    async def _connect_once(
        self, client: XmppClient, verifying: ssl.SSLContext
    ) -> Outcome:
        """One attempt; after an untrusted certificate, one more with the pin check."""
        client.prepare(pinning=False, context=verifying)
        outcome = await self._attempt(client)
        if not (isinstance(outcome, Failure) and outcome.untrusted):
            return outcome
        self._tls_detail = outcome.error.detail
        client.prepare(pinning=True, context=tls.pinning_context())
        outcome = await self._attempt(client)
        if isinstance(outcome, Failure) and outcome.untrusted:
            return Failure(outcome.error, fatal=True)
        return outcome

    async def _attempt(self, client: XmppClient) -> Outcome:
        self._outcome = asyncio.get_running_loop().create_future()
        self._error = None
        self._closed.clear()
        self._configure(client)
        try:
            async with asyncio.timeout(CONNECT_TIMEOUT):
                outcome = await self._outcome
        except TimeoutError:
            outcome = Failure(
                ErrorInfo(code=ErrorCode.TIMEOUT, detail="login timed out")
            )
        finally:
            self._outcome = None
        if isinstance(outcome, Failure):
            await self.close(client)
        return outcome

    def _configure(self, client: XmppClient) -> None:
        settings = self._ctx.settings
        custom = bool(settings.host or settings.port)
        client.enable_direct_tls = settings.direct_tls
        client.enable_starttls = not (settings.direct_tls and custom)
        if not custom:
            client.connect()
            return
        default = DIRECT_TLS_PORT if settings.direct_tls else STANDARD_PORT
        client.connect(
            settings.host or client.requested_jid.domain, settings.port or default
        )

    async def _serve(
        self, client: XmppClient, online: Online
    ) -> tuple[bool, Failure | None]:
        """Set the session up, report ONLINE, wait for the drop.

        Returns whether the set-up worked and the fatal failure that ended it.
        """
        self._dropped = asyncio.get_running_loop().create_future()
        self._error = None
        self.phase = Phase.SERVING
        served = False
        try:
            await self._start_session(online.resumed)
            self._ctx.sink.connection_changed(
                ConnectionState.ONLINE, resumed=online.resumed
            )
            served = True
        except Exception:  # any set-up failure: reconnect
            self._ctx.log.warning("session set-up failed", exc_info=True)
            client.abort()
        await self._dropped
        self._dropped = None
        return served, self._fatal()

    def _fatal(self) -> Failure | None:
        error = self._error
        return error if error is not None and error.fatal else None

    async def close(self, client: XmppClient) -> None:
        """Abort the client's connection (attempt) and wait until it is closed."""
        client.cancel_connection_attempt()
        if client.transport is not None:
            client.abort()
            try:
                async with asyncio.timeout(5.0):
                    await self._closed.wait()
            except TimeoutError:
                self._ctx.log.warning("the connection did not close in time")

    # ------------------------------------------------------------ outcomes
    def _resolve(self, outcome: Outcome) -> None:
        if self._outcome is not None and not self._outcome.done():
            self._outcome.set_result(outcome)

    def _fail(self, failure: Failure) -> None:
        if self._error is None or not self._error.fatal:
            self._error = failure
        self._resolve(failure)

    # ClientListener
    def tls_rejected(self, fingerprint: str) -> None:
        detail = self._tls_detail or "certificate not trusted"
        error = ErrorInfo(
            code=ErrorCode.CERTIFICATE_UNTRUSTED, detail=detail, fingerprint=fingerprint
        )
        self._fail(Failure(error, fatal=True))

    def tls_unavailable(self) -> None:
        detail = "the server does not offer encryption (STARTTLS)"
        self._fail(
            Failure(ErrorInfo(code=ErrorCode.TLS_UNAVAILABLE, detail=detail), True)
        )

    def registration_failed(self, failure: Failure) -> None:
        """In-band registration was refused or not answered (before login)."""
        self._fail(failure)

    def attempt_failed(self) -> None:
        self._resolve(self._error or failure_of("no address answered"))

    # slixmpp events (see handlers.py)
    def on_connection_failed(self, data: Any) -> None:
        failure = failure_of(data)
        self._error = failure
        if failure.untrusted:  # no point trying other addresses
            self._resolve(failure)

    def on_invalid_chain(self, data: Any) -> None:
        self._fail(failure_of(data))

    def on_failed_auth(self, stanza: Any) -> None:
        self._error = sasl_failure(str(stanza["condition"]), str(stanza["text"]))
        client = self._ctx.client
        if client is not None:  # no fallback to a weaker mechanism (PLAIN) after SCRAM
            mechanisms = client.plugin["feature_mechanisms"]
            mechanisms.attempted_mechs |= set(mechanisms.mech_list)

    def on_failed_all_auth(self, _: Any) -> None:
        self._fail(self._error or sasl_failure("no-acceptable-mechanism", ""))

    def on_stream_error(self, error: Any) -> None:
        failure = stream_failure(str(error["condition"]), str(error["text"]))
        self._ctx.log.warning("stream error: %s", failure.error.detail)
        self._fail(failure)

    def on_stream_negotiated(self, _: Any) -> None:
        client = self._ctx.client
        if client is not None and client.bound:
            self._resolve(Online(resumed=False))

    def on_session_resumed(self, _: Any) -> None:
        self._resolve(Online(resumed=True))

    def on_disconnected(self, reason: Any) -> None:
        self._closed.set()
        if self._outcome is not None and not self._outcome.done():
            failure = failure_of(reason) if reason is not None else None
            if failure is None or failure.error.code is ErrorCode.HOST_UNREACHABLE:
                failure = self._error or failure or failure_of("connection closed")
            self._resolve(failure)
        if self._dropped is not None and not self._dropped.done():
            self._dropped.set_result(None)
