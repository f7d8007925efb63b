# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: The messenger developers
"""``RemoteCore``: a :class:`~messenger.core.api.CoreApi` served by another process.

The UI (or a script) uses it exactly like the embedded core. Underneath: one
connection to a core (a local socket or, remote, TLS with a pinned certificate
and the login of ``daemon/auth.py``), its own :class:`EventBus` that republishes
the core's events in the core's order, and a :class:`~messenger.daemon.mirror.
Mirror` of the core's state that answers ``snapshot()`` locally.

When the connection drops, ``RemoteCore`` publishes
``CoreLinkChanged(RECONNECTING)``, fails the calls in flight with
``CoreError(NOT_CONNECTED)`` (the command may or may not have run: its events
tell), and reconnects with a capped backoff. The core then either replays the
events after the last one seen (nothing lost or doubled), or sends a fresh
snapshot: ``RemoteCore`` publishes the differences as ordinary events, and the
messages it missed (``fetch_history`` after each conversation's last known
message) as ``MessageAdded``, each message once. Then ``CoreLinkChanged
(CONNECTED)``. A refused credential or a changed certificate is final:
``CoreLinkChanged(FAILED)`` with the reason.

Its bus numbers events on its own: the core's numbers restart with a restarted
daemon, the UI's must not go backwards, and ``CoreLinkChanged`` exists only
here. The core's number of the last event seen is kept for resuming.
"""

from __future__ import annotations

import asyncio
import base64
import contextlib
import itertools
import logging
import secrets
import ssl
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from dataclasses import replace
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING
from typing import Any

from messenger.core.api import CoreApi
from messenger.core.api import Snapshot
from messenger.core.bus import EventBus
from messenger.core.errors import CoreError
from messenger.core.events import CoreLinkChanged
from messenger.core.events import CoreLinkState
from messenger.core.events import Event
from messenger.core.events import MessageAdded
from messenger.core.model import ConversationId
from messenger.core.model import ErrorCode
from messenger.core.model import JsonValue
from messenger.core.model import LocalMessageId
from messenger.core.model import Message
from messenger.core.serial import DecodeError
from messenger.core.serial import event_from_json
from messenger.core.serial import from_json
from messenger.daemon import auth
from messenger.daemon import wire
from messenger.daemon.calls import RemoteCalls
from messenger.daemon.mirror import Mirror

log = logging.getLogger(__name__)

CONNECT_TIMEOUT = 10.0
CALL_TIMEOUT = 300.0
BACKOFF = (0.2, 0.5, 1.0, 2.0, 5.0, 10.0)
# Catching up after a fresh snapshot: pages of missed messages per conversation.
RESYNC_PAGE = 200
RESYNC_MAX_PER_CONVERSATION = 2000


class AttachFailure(StrEnum):
    UNREACHABLE = "unreachable"  # nothing listens, or the connection broke
    NOT_TLS = "not_tls"  # the remote end did not speak TLS
    CERTIFICATE_CHANGED = "certificate_changed"
    AUTH_FAILED = "auth_failed"
    REFUSED = "refused"  # the core said bye (reason in the message)
    PROTOCOL = "protocol"  # not a messenger core, or another protocol version


class AttachError(Exception):
    """Attaching failed; ``str()`` is a sentence for the user."""

    def __init__(self, failure: AttachFailure, message: str) -> None:
        super().__init__(message)
        self.failure = failure

    @property
    def final(self) -> bool:
        """Retrying cannot help (wrong credential, changed certificate)."""
        return self.failure in {
            AttachFailure.CERTIFICATE_CHANGED,
            AttachFailure.AUTH_FAILED,
            AttachFailure.NOT_TLS,
        }


@dataclass(frozen=True, slots=True, kw_only=True)
class LocalTarget:
    """The core of a profile on this machine (its Unix socket)."""

    path: Path
    token: str | None = None  # Windows: from the endpoint file
    port: int | None = None  # Windows: 127.0.0.1:port instead of ``path``

    def describe(self) -> str:
        return str(self.path) if self.port is None else f"127.0.0.1:{self.port}"


@dataclass(frozen=True, slots=True, kw_only=True)
class RemoteTarget:
    """A core elsewhere: TLS, a pinned certificate, a per-UI credential.

    ``fingerprint`` None: trust on first use. Once the login succeeded,
    ``on_pin(fingerprint)`` runs in a worker thread (the caller stores it), and
    the ``RemoteCore`` holds on to that certificate for its reconnects.
    """

    host: str
    port: int
    credential: str
    fingerprint: str | None = None
    on_pin: Callable[[str], None] | None = None

    def describe(self) -> str:
        host = f"[{self.host}]" if ":" in self.host else self.host  # IPv6
        return f"{host}:{self.port}"


Target = LocalTarget | RemoteTarget


@dataclass(slots=True)
class _Connection:
    reader: asyncio.StreamReader
    writer: asyncio.StreamWriter
    greeting: wire.Message
    # SHA-256 of the core's TLS certificate as seen ("" on a local socket).
    fingerprint: str = ""


async def _open(target: Target) -> _Connection:
    """Connect, check TLS and the pin, read the greeting, log in."""
    try:
        async with asyncio.timeout(CONNECT_TIMEOUT):
            seen = ""
            if isinstance(target, RemoteTarget):
                reader, writer, seen = await _open_tls(target)
            elif target.port is not None:
                reader, writer = await asyncio.open_connection("127.0.0.1", target.port)
            else:
                reader, writer = await asyncio.open_unix_connection(str(target.path))
            try:
                return await _greeted(target, reader, writer, seen)
            except BaseException:
                writer.close()  # not left to the garbage collector
                raise
    except TimeoutError:
        raise AttachError(
            AttachFailure.UNREACHABLE, f"{target.describe()} did not answer in time"
        ) from None
    except ssl.SSLError as exc:
        raise AttachError(
            AttachFailure.NOT_TLS,
            f"{target.describe()} did not answer with TLS ({exc.reason or exc}): "
            "refusing to attach without encryption",
        ) from None
    except OSError as exc:
        raise AttachError(
            AttachFailure.UNREACHABLE,
            f"no core answers at {target.describe()}: {exc.strerror or exc}",
        ) from None
    except wire.WireError as exc:
        raise AttachError(
            AttachFailure.PROTOCOL,
            f"{target.describe()} is not a messenger core: {exc}",
        ) from None


async def _greeted(
    target: Target,
    reader: asyncio.StreamReader,
    writer: asyncio.StreamWriter,
    seen: str,
) -> _Connection:
    """Read the greeting, log in (remote), pin a certificate trusted on first use."""
    greeting = await _read(reader, wire.MAX_HANDSHAKE_FRAME)
    wire.expect(greeting, wire.GREETING)
    if greeting.get("protocol_version") != wire.PROTOCOL_VERSION:
        raise AttachError(
            AttachFailure.PROTOCOL,
            f"the core speaks protocol {greeting.get('protocol_version')!r}, "
            f"this messenger {wire.PROTOCOL_VERSION}: update one of them",
        )
    connection = _Connection(reader, writer, greeting, seen)
    if isinstance(target, RemoteTarget):
        await _login(connection, target)
        if target.fingerprint is None and target.on_pin is not None:
            # Only now: the core proved that it knows this UI's verifier, which
            # a man in the middle does not, so his certificate is never pinned.
            # The caller's callback writes a file: off the loop.
            try:
                await asyncio.to_thread(target.on_pin, connection.fingerprint)
            except OSError as exc:
                log.warning("Could not remember the core's certificate: %s", exc)
    return connection


async def _open_tls(
    target: RemoteTarget,
) -> tuple[asyncio.StreamReader, asyncio.StreamWriter, str]:
    # The certificate is checked against the pinned fingerprint below, not
    # against a CA: the core's certificate is self-signed by design.
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
    context.minimum_version = ssl.TLSVersion.TLSv1_2
    context.check_hostname = False
    context.verify_mode = ssl.CERT_NONE
    reader, writer = await asyncio.open_connection(
        target.host, target.port, ssl=context, ssl_handshake_timeout=CONNECT_TIMEOUT
    )
    from messenger.daemon.remote import fingerprint  # noqa: PLC0415 (a cycle)

    ssl_object = writer.get_extra_info("ssl_object")
    der = ssl_object.getpeercert(binary_form=True) if ssl_object else None
    if not der:
        writer.close()
        raise AttachError(AttachFailure.NOT_TLS, "the core showed no certificate")
    seen = fingerprint(der)
    if target.fingerprint is None:
        log.warning("Trusting %s on first use: %s", target.describe(), seen)
    elif seen != target.fingerprint:
        writer.close()
        raise AttachError(
            AttachFailure.CERTIFICATE_CHANGED,
            f"the certificate of {target.describe()} changed (now {seen}, pinned "
            f"{target.fingerprint}): refusing to attach. If the core was set up "
            "again, pair again with its new fingerprint.",
        )
    return reader, writer, seen


async def _login(connection: _Connection, target: RemoteTarget) -> None:
    if connection.greeting.get("auth") != wire.AUTH_SCRAM:
        raise AttachError(
            AttachFailure.PROTOCOL, "the core offers no login this client knows"
        )
    try:
        ui_id, secret = auth.parse_credential(target.credential)
    except auth.CredentialError as exc:
        raise AttachError(AttachFailure.AUTH_FAILED, str(exc)) from None
    binding = connection.fingerprint
    client_nonce = auth.new_nonce()
    _send(
        connection.writer,
        {"type": wire.AUTH_START, "ui_id": ui_id, "client_nonce": client_nonce},
    )
    challenge = await _read(connection.reader, wire.MAX_HANDSHAKE_FRAME)
    wire.expect(challenge, wire.AUTH_CHALLENGE)
    nonce = wire.field(challenge, "nonce", str)
    iterations = wire.field(challenge, "iterations", int)
    if not nonce.startswith(client_nonce) or not 1000 <= iterations <= 1_000_000:
        raise wire.WireError("bad login challenge")
    salt = _b64(wire.field(challenge, "salt", str))
    message = auth.auth_message(ui_id, client_nonce, nonce, salt, binding)
    proof, expected = await asyncio.to_thread(
        auth.client_proof, secret, salt, iterations, message
    )
    _send(
        connection.writer,
        {"type": wire.AUTH_PROOF, "proof": base64.b64encode(proof).decode()},
    )
    answer = await _read(connection.reader, wire.MAX_HANDSHAKE_FRAME)  # bye: raises
    wire.expect(answer, wire.AUTH_OK)
    if _b64(wire.field(answer, "signature", str)) != expected:
        raise AttachError(
            AttachFailure.AUTH_FAILED, "the core could not prove it knows this UI"
        )


async def _read(reader: asyncio.StreamReader, limit: int) -> wire.Message:
    message = await wire.read_frame(reader, limit)
    if message.get("type") == wire.BYE and limit == wire.MAX_HANDSHAKE_FRAME:
        reason = _reason(message)
        # A bye has no code, only words (daemon/remote.py): "login refused:
        # wrong or revoked credential" is final; "too many failed logins: try
        # again in N s" is not, so it must not read as a refused credential.
        failure = (
            AttachFailure.AUTH_FAILED
            if "login refused" in reason or "credential" in reason
            else AttachFailure.REFUSED
        )
        raise AttachError(failure, f"the core refused: {reason}")
    return message


def _reason(message: wire.Message) -> str:
    return str(message.get("reason", "no reason given"))[:200]


def _b64(text: str) -> bytes:
    try:
        return base64.b64decode(text, validate=True)
    except ValueError:
        raise wire.WireError("not base64") from None


def _send(writer: asyncio.StreamWriter, message: wire.Message) -> None:
    writer.write(wire.encode_frame(message))


class RemoteCore(RemoteCalls):
    """A core in another process (see the module docstring).

    Its commands are :class:`~messenger.daemon.calls.RemoteCalls`; this class
    keeps the connection, the mirror and the bus.
    """

    def __init__(
        self,
        target: Target,
        *,
        client_name: str = "messenger",
        ui: bool = True,
        reconnect: bool = True,
        backoff: tuple[float, ...] = BACKOFF,
    ) -> None:
        self.target = target
        self._client_name = client_name
        self._ui = ui
        self._reconnect = reconnect
        self._backoff = backoff
        self._client_id = uuid.uuid4().hex
        self._bus = EventBus()
        self._mirror = Mirror()
        self._core_id: str | None = None
        self._core_seq = 0
        self._connection: _Connection | None = None
        self._ids = itertools.count(1)
        self._pending: dict[int, tuple[str, asyncio.Future[JsonValue]]] = {}
        self._held: list[tuple[int, Event]] | None = None
        self._tasks: set[asyncio.Task[Any]] = set()
        self._closed = False
        self.link = CoreLinkState.RECONNECTING
        self.core_kind = ""
        self.link_detail = ""

    @property
    def events(self) -> EventBus:
        return self._bus

    @property
    def core_id(self) -> str | None:
        return self._core_id

    # ------------------------------------------------------------ lifecycle
    async def start(self) -> None:
        """Attach for the first time; AttachError if that fails."""
        reader = await self._attach()
        self._set_link(CoreLinkState.CONNECTED, "")
        self._spawn(self._run(reader))

    async def close(self) -> None:
        """Detach: the core and its connections keep running."""
        self._closed = True
        for task in list(self._tasks):
            task.cancel()
        await asyncio.gather(*self._tasks, return_exceptions=True)
        self._drop_connection("detached")
        await self._bus.aclose()

    def _stopped(self) -> bool:
        return self._closed

    def _spawn(self, coro: Any) -> asyncio.Task[Any]:
        task: asyncio.Task[Any] = asyncio.ensure_future(coro)
        self._tasks.add(task)
        task.add_done_callback(self._tasks.discard)
        return task

    def _set_link(self, state: CoreLinkState, detail: str) -> None:
        if state is self.link and detail == self.link_detail:
            return
        self.link, self.link_detail = state, detail
        self._bus.publish(CoreLinkChanged(state=state, detail=detail))

    async def _attach(self) -> asyncio.Task[None]:
        """Connect, say hello, take the welcome; return the running reader."""
        connection = await _open(self.target)
        if isinstance(self.target, RemoteTarget) and self.target.fingerprint is None:
            # Trusted on first use: every reconnect must meet the same core.
            self.target = replace(self.target, fingerprint=connection.fingerprint)
        try:
            return await self._hello(connection)
        except BaseException:
            connection.writer.close()
            raise

    async def _hello(self, connection: _Connection) -> asyncio.Task[None]:
        self.core_kind = str(connection.greeting.get("core_kind", ""))
        resuming = self._core_id is not None
        _send(
            connection.writer,
            {
                "type": wire.HELLO,
                "protocol_version": wire.PROTOCOL_VERSION,
                "client_id": self._client_id,
                "client_name": self._client_name[:100],
                "ui": self._ui,
                "core_id": self._core_id,
                "last_seq": self._core_seq if resuming else None,
                **_token(self.target),
            },
        )
        try:
            async with asyncio.timeout(CONNECT_TIMEOUT):
                welcome = await _read(connection.reader, wire.MAX_CORE_FRAME)
        except TimeoutError:
            raise AttachError(AttachFailure.UNREACHABLE, "no welcome") from None
        except wire.WireError as exc:
            raise AttachError(AttachFailure.PROTOCOL, str(exc)) from None
        if welcome.get("type") == wire.BYE:
            raise AttachError(
                AttachFailure.REFUSED, f"the core refused: {_reason(welcome)}"
            )
        try:
            wire.expect(welcome, wire.WELCOME)
            core_id: str = wire.field(welcome, "core_id", str)
        except wire.WireError as exc:
            raise AttachError(AttachFailure.PROTOCOL, str(exc)) from None
        if "replay_from" in welcome and resuming and core_id == self._core_id:
            self._connection = connection
            log.info("Resumed after event %d of the core", self._core_seq)
            return self._spawn(self._read_loop(connection))
        try:
            snapshot = await asyncio.to_thread(
                from_json, Snapshot, welcome.get("snapshot")
            )
        except (DecodeError, ValueError, TypeError) as exc:
            raise AttachError(AttachFailure.PROTOCOL, f"bad snapshot: {exc}") from None
        self._connection = connection
        if not resuming:
            self._core_id = core_id
            self._load(snapshot)
            return self._spawn(self._read_loop(connection))
        self._held = []
        reader = self._spawn(self._read_loop(connection))
        try:
            await self._resync(snapshot, core_id)
        except CoreError as exc:  # the connection broke while catching up
            reader.cancel()
            self._held = None
            raise AttachError(AttachFailure.UNREACHABLE, str(exc)) from None
        except BaseException:
            reader.cancel()
            self._held = None
            raise
        return reader

    def _load(self, snapshot: Snapshot) -> None:
        self._mirror.load(snapshot)
        self._core_seq = snapshot.seq

    async def _resync(self, snapshot: Snapshot, core_id: str) -> None:
        """Catch up with a snapshot after a gap (see the module docstring)."""
        log.info("Catching up with a fresh snapshot of the core")
        before = {c.id: c for c in self._mirror.state.conversations.values()}
        missed: list[Message] = []
        for conversation in snapshot.conversations:
            old = before.get(conversation.id)
            if conversation.last_message_id is None or (
                old is not None and old.last_message_id == conversation.last_message_id
            ):
                continue
            after = old.last_message_id if old is not None else None
            missed.extend(await self._missed(conversation.id, after))
        shown: set[LocalMessageId] = set()
        for event in self._mirror.diff(snapshot):
            self._mirror.apply(event)
            self._bus.publish(event)
        for message in missed:
            if message.id not in shown:
                shown.add(message.id)
                self._bus.publish(MessageAdded(message=message))
        self._core_id = core_id
        self._load(snapshot)
        held, self._held = self._held or [], None
        for seq, event in held:
            if isinstance(event, MessageAdded) and event.message.id in shown:
                self._core_seq = max(self._core_seq, seq)
                continue
            self._deliver(seq, event)

    async def _missed(
        self, conversation_id: ConversationId, after: LocalMessageId | None
    ) -> list[Message]:
        if after is None:  # new to this UI: its recent messages are enough
            return await self.fetch_history(conversation_id, limit=RESYNC_PAGE)
        found: list[Message] = []
        while len(found) < RESYNC_MAX_PER_CONVERSATION:
            page = await self.fetch_history(
                conversation_id, after=after, limit=RESYNC_PAGE
            )
            found.extend(page)
            if len(page) < RESYNC_PAGE:
                break
            after = page[-1].id
        return found

    async def _run(self, reader: asyncio.Task[None]) -> None:
        """Follow the core; reconnect whenever the connection ends."""
        while True:
            with contextlib.suppress(asyncio.CancelledError):
                await reader
            if self._stopped():
                return
            if not self._reconnect:
                self._set_link(CoreLinkState.FAILED, "the connection to the core ended")
                return
            next_reader = await self._reconnect_loop()
            if next_reader is None:
                return
            reader = next_reader

    async def _reconnect_loop(self) -> asyncio.Task[None] | None:
        for attempt in itertools.count():
            delay = self._backoff[min(attempt, len(self._backoff) - 1)]
            await asyncio.sleep(delay * (0.8 + 0.4 * secrets.randbelow(1000) / 1000))
            try:
                reader = await self._attach()
            except AttachError as exc:
                if exc.final:
                    log.error("Cannot reattach: %s", exc)
                    self._set_link(CoreLinkState.FAILED, str(exc))
                    return None
                log.info("Reattaching failed (%s); retrying", exc)
                continue
            self._set_link(CoreLinkState.CONNECTED, "")
            return reader
        return None  # pragma: no cover (count() never ends)

    # ------------------------------------------------------------ reading
    async def _read_loop(self, connection: _Connection) -> None:
        reason = "the connection to the core ended"
        try:
            while True:
                message = await wire.read_frame(connection.reader, wire.MAX_CORE_FRAME)
                kind = message.get("type")
                if kind == wire.EVENT:
                    self._on_event(message)
                elif kind == wire.RESPONSE:
                    self._on_response(message)
                elif kind == wire.BYE:
                    reason = f"the core said goodbye: {_reason(message)}"
                    break
                else:
                    log.warning("Ignoring a %r frame from the core", str(kind)[:40])
        except wire.ConnectionClosedError:
            pass
        except wire.WireError as exc:
            log.warning("The core broke the protocol: %s", exc)
            reason = f"the core broke the protocol: {exc}"
        finally:
            if self._connection is connection:
                self._drop_connection(reason)
                if not self._closed:
                    self._set_link(CoreLinkState.RECONNECTING, reason)

    def _drop_connection(self, reason: str) -> None:
        connection, self._connection = self._connection, None
        if connection is not None:
            connection.writer.close()
        pending, self._pending = self._pending, {}
        for _method, future in pending.values():
            if not future.done():
                future.set_exception(
                    CoreError(
                        ErrorCode.NOT_CONNECTED, f"core connection lost: {reason}"
                    )
                )

    def _on_event(self, message: wire.Message) -> None:
        seq = message.get("seq")
        if not isinstance(seq, int) or isinstance(seq, bool):
            log.warning("Ignoring an event without a sequence number")
            return
        try:
            event = event_from_json(message.get("event"))
        except (DecodeError, ValueError, TypeError, KeyError) as exc:
            log.warning("Ignoring an event the core sent that does not decode: %s", exc)
            return
        if self._held is not None:
            self._held.append((seq, event))
        else:
            self._deliver(seq, event)

    def _deliver(self, seq: int, event: Event) -> None:
        if seq <= self._core_seq:
            return  # seen already (before the snapshot or a replay)
        self._core_seq = seq
        self._mirror.apply(event)
        self._bus.publish(event)

    def _on_response(self, message: wire.Message) -> None:
        request_id = message.get("id")
        entry = (
            self._pending.pop(request_id, None) if isinstance(request_id, int) else None
        )
        if entry is None:
            log.warning("Ignoring a response to no request")
            return
        _method, future = entry
        if future.done():
            return
        error = message.get("error")
        if isinstance(error, dict):
            future.set_exception(_core_error(error))
        else:
            future.set_result(message.get("result"))

    # ------------------------------------------------------------ calls
    async def _call(self, method: str, **params: object) -> Any:
        connection = self._connection
        if connection is None:
            raise CoreError(ErrorCode.NOT_CONNECTED, "the core is unreachable")
        request_id = next(self._ids)
        future: asyncio.Future[JsonValue] = asyncio.get_running_loop().create_future()
        self._pending[request_id] = (method, future)
        _send(
            connection.writer,
            {
                "type": wire.REQUEST,
                "id": request_id,
                "method": method,
                "params": wire.encode_params(method, params),
            },
        )
        try:
            async with asyncio.timeout(CALL_TIMEOUT):
                result = await future
        except TimeoutError:
            raise CoreError(ErrorCode.TIMEOUT, f"{method}: no answer") from None
        finally:
            self._pending.pop(request_id, None)
        try:
            return wire.decode_result(method, result)
        except (DecodeError, ValueError, TypeError) as exc:
            raise CoreError(
                ErrorCode.INTERNAL, f"bad answer to {method}: {exc}"
            ) from None

    # ------------------------------------------------------------ CoreApi
    async def snapshot(self) -> Snapshot:
        return self._mirror.snapshot(self._bus.last_seq)


if TYPE_CHECKING:
    # mypy proves RemoteCore implements every CoreApi command.
    _REMOTE_CORE_IS_A_CORE_API: type[CoreApi] = RemoteCore


def _token(target: Target) -> dict[str, JsonValue]:
    if isinstance(target, LocalTarget) and target.token is not None:
        return {"token": target.token}
    return {}


def _core_error(error: dict[str, JsonValue]) -> CoreError:
    try:
        code = ErrorCode(str(error.get("code")))
    except ValueError:
        code = ErrorCode.INTERNAL
    return CoreError(code, str(error.get("message", ""))[:500])
