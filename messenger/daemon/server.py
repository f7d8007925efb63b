# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: The messenger developers
"""``CoreServer``: one core served to any number of attached UIs and scripts.

Each connection goes through the handshake of docs/sessions.md: the core's
``greeting``, a login where the listener wants one (remote), the client's
``hello`` (within :data:`~messenger.daemon.wire.HANDSHAKE_TIMEOUT`), then the
``welcome`` with a snapshot, or with ``replay_from`` when the client's last
sequence number is still in the ring buffer of recent events (a UI that dropped
briefly misses nothing and gets nothing twice). After that the client sends
requests (``CoreApi`` calls, answered in any order by ``id``) and receives every
event with its sequence number.

Robustness (every client is untrusted): a protocol error ends that client's
connection with a ``bye`` saying why; a failing call is an error response; a
client that does not read its events (more than :data:`MAX_BACKLOG` bytes
waiting) is disconnected instead of slowing the core. Nothing one client does
reaches the others or the core's loop for long: big snapshots are encoded and
big frames decoded in a worker thread.

Detach: closing a connection never touches the core's accounts. With the
shared setting ``away_when_detached``, the core sets itself away when the last
UI leaves and restores the previous presence when one returns (scripts that
say ``ui: false`` in their hello do not count).
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import os
import socket
import uuid
from collections import deque
from collections.abc import Awaitable
from collections.abc import Callable
from enum import Enum
from pathlib import Path
from typing import Any
from typing import Protocol

from messenger import __version__
from messenger.core.api import CoreApi
from messenger.core.api import Snapshot
from messenger.core.errors import CoreError
from messenger.core.events import Event
from messenger.core.model import ErrorCode
from messenger.core.model import JsonValue
from messenger.core.model import Show
from messenger.core.serial import DecodeError
from messenger.core.serial import event_to_json
from messenger.core.serial import to_json
from messenger.daemon import transport
from messenger.daemon import wire
from messenger.daemon.transport import same_user
from messenger.storage.paths import Profile

log = logging.getLogger(__name__)

AWAY_SETTING = "away_when_detached"
# Where the presence to restore waits while the core is away for lack of UIs.
SAVED_PRESENCE_SETTING = "detached_presence"
# Bytes a client may leave unread before it is disconnected.
MAX_BACKLOG = 64 * 1024 * 1024
# Recent events kept for resuming clients: at most this many, this many bytes.
RING_EVENTS = 20_000
RING_BYTES = 32 * 1024 * 1024
MAX_IN_FLIGHT = 64
MAX_ID_LENGTH = 64
MAX_NAME_LENGTH = 128


class Channel(Protocol):
    """What an authenticator needs of a connection during the handshake."""

    peer: str

    def send(self, message: wire.Message) -> None: ...

    async def receive(self) -> wire.Message: ...


class Authenticator(Protocol):
    """A listener's login step (``daemon/remote.py``); local sockets have none."""

    scheme: str

    async def login(self, channel: Channel) -> str:
        """Run the exchange; return the UI id, raise WireError on failure."""


class _State(Enum):
    HANDSHAKE = "handshake"
    SYNCING = "syncing"
    LIVE = "live"
    CLOSED = "closed"


class _Client:
    """One connection (see the module docstring)."""

    def __init__(
        self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter, peer: str
    ) -> None:
        self.reader = reader
        self.writer = writer
        self.peer = peer
        self.state = _State.HANDSHAKE
        self.name = "?"
        self.is_ui = True
        self.held: list[tuple[int, bytes]] = []
        self.requests: set[asyncio.Task[None]] = set()

    def send(self, message: wire.Message) -> None:
        self.send_frame(wire.encode_frame(message))

    def send_frame(self, frame: bytes) -> None:
        if self.state is _State.CLOSED or self.writer.is_closing():
            return
        self.writer.write(frame)
        if self.writer.transport.get_write_buffer_size() > MAX_BACKLOG:
            log.warning("Client %s does not keep up: disconnecting it", self.name)
            self.abort()

    async def receive(self) -> wire.Message:
        limit = wire.MAX_FRAME if self.state is not _State.HANDSHAKE else None
        return await wire.read_frame(self.reader, limit or wire.MAX_HANDSHAKE_FRAME)

    def bye(self, reason: str) -> None:
        self.send({"type": wire.BYE, "reason": reason[:200]})
        self.close()

    def close(self) -> None:
        self.state = _State.CLOSED
        self.held.clear()
        for task in self.requests:
            task.cancel()
        if not self.writer.is_closing():
            self.writer.close()

    def abort(self) -> None:
        self.close()
        self.writer.transport.abort()


class CoreServer:
    """Serves ``core`` on listeners added with :meth:`serve_unix` and friends."""

    def __init__(
        self,
        core: CoreApi,
        *,
        kind: str = "daemon",
        embedded_ui: bool = False,
        ring_events: int = RING_EVENTS,
        ring_bytes: int = RING_BYTES,
    ) -> None:
        self.core = core
        self.kind = kind
        self.core_id = uuid.uuid4().hex
        self._embedded_ui = embedded_ui
        self._ring: deque[tuple[int, bytes]] = deque()
        self._ring_events = ring_events
        self._ring_bytes = ring_bytes
        self._ring_size = 0
        self._recording = False
        self._clients: set[_Client] = set()
        self._servers: list[asyncio.Server] = []
        self._tasks: set[asyncio.Task[Any]] = set()
        self._had_ui = embedded_ui
        self._presence_lock = asyncio.Lock()
        self.token: str | None = None  # Windows: required in every local hello
        self._files: list[Path] = []  # removed on close
        self._subscription = core.events.subscribe_all(self._on_event)

    @property
    def clients(self) -> int:
        """Connections that finished their handshake."""
        return sum(c.state is _State.LIVE for c in self._clients)

    # ------------------------------------------------------------ listeners
    async def serve_local(self, profile: Profile) -> str:
        """Listen where local UIs and scripts of ``profile`` look; describe it.

        The caller holds the profile lock, so a socket file left there belongs
        to a core that died: it is replaced.
        """
        if transport.IS_WINDOWS:
            import secrets  # noqa: PLC0415 (Windows only)

            self.token = secrets.token_urlsafe(32)
            listener = await self.serve_tcp("127.0.0.1", 0)
            port = int(listener.sockets[0].getsockname()[1])
            path = transport.endpoint_file(profile)
            await asyncio.to_thread(transport.write_endpoint, path, port, self.token)
            self._files.append(path)
            return f"127.0.0.1:{port}"
        path = await asyncio.to_thread(transport.socket_path, profile)
        if await asyncio.to_thread(transport.is_listening, path):
            raise transport.TransportError(f"another core listens on {path}")
        transport.remove_quietly(path)
        await self.serve_unix(str(path))
        self._files.append(path)
        return str(path)

    async def serve_unix(self, path: str) -> None:
        server = await asyncio.start_unix_server(self._on_unix_client, path=path)
        os.chmod(path, 0o600)
        self._servers.append(server)

    async def serve_tcp(
        self,
        host: str,
        port: int,
        *,
        ssl: Any = None,
        authenticator: Authenticator | None = None,
        accept: Callable[[str], bool] = lambda _peer: True,
    ) -> asyncio.Server:
        """Listen on TCP (TLS when ``ssl`` is given); return the listener."""

        async def on_client(
            reader: asyncio.StreamReader, writer: asyncio.StreamWriter
        ) -> None:
            peer = writer.get_extra_info("peername") or ("?", 0)
            address = str(peer[0])
            if not accept(address):
                writer.close()
                return
            await self.handle(reader, writer, peer=address, auth=authenticator)

        server = (
            await asyncio.start_server(
                on_client,
                host,
                port,
                ssl=ssl,
                ssl_handshake_timeout=wire.HANDSHAKE_TIMEOUT,
            )
            if ssl is not None
            else await asyncio.start_server(on_client, host, port)
        )
        self._servers.append(server)
        return server

    async def _on_unix_client(
        self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter
    ) -> None:
        sock: socket.socket | None = writer.get_extra_info("socket")
        if not same_user(sock):
            log.warning("Refused a local connection from another user")
            writer.close()
            return
        await self.handle(reader, writer, peer="local", auth=None)

    async def close(self) -> None:
        """Stop listening, say goodbye to every client, stop following the core."""
        for server in self._servers:
            server.close()
        for client in list(self._clients):
            client.bye("the core is shutting down")
        self._subscription.cancel()
        for task in list(self._tasks):
            task.cancel()
        await asyncio.gather(*self._tasks, return_exceptions=True)
        for server in self._servers:
            with contextlib.suppress(Exception):
                await asyncio.wait_for(server.wait_closed(), 2.0)
        self._servers.clear()
        for path in self._files:
            transport.remove_quietly(path)
        self._files.clear()

    # ------------------------------------------------------------ events
    def _on_event(self, seq: int, event: Event) -> None:
        if not self._recording:
            return  # nobody attached yet: nothing to resume, nothing to send
        try:
            frame = wire.encode_frame(
                {"type": wire.EVENT, "seq": seq, "event": event_to_json(event)}
            )
        except (TypeError, ValueError):
            log.exception("Cannot encode %s for attached UIs", type(event).__name__)
            return
        self._ring.append((seq, frame))
        self._ring_size += len(frame)
        while self._ring and (
            len(self._ring) > self._ring_events or self._ring_size > self._ring_bytes
        ):
            self._ring_size -= len(self._ring.popleft()[1])
        for client in tuple(self._clients):
            if client.state is _State.LIVE:
                client.send_frame(frame)
            elif client.state is _State.SYNCING:
                client.held.append((seq, frame))

    def _can_resume(self, last_seq: int) -> bool:
        current = self.core.events.last_seq
        if not 0 <= last_seq <= current:
            return False
        if last_seq == current:
            return True
        return bool(self._ring) and self._ring[0][0] <= last_seq + 1

    # ------------------------------------------------------------ connections
    async def handle(
        self,
        reader: asyncio.StreamReader,
        writer: asyncio.StreamWriter,
        *,
        peer: str,
        auth: Authenticator | None,
    ) -> None:
        """Serve one connection until it ends (the listeners call this)."""
        client = _Client(reader, writer, peer)
        self._clients.add(client)
        try:
            async with asyncio.timeout(wire.HANDSHAKE_TIMEOUT):
                hello = await self._handshake(client, auth)
            await self._welcome(client, hello)
            await self._serve(client)
        except wire.ConnectionClosedError:
            pass
        except wire.WireError as exc:
            log.info("Client %s (%s) broke the protocol: %s", client.name, peer, exc)
            client.bye(str(exc))
        except TimeoutError:
            log.info("Client from %s did not finish its handshake in time", peer)
            client.bye("handshake timeout")
        except Exception:
            log.exception("Serving client %s failed", client.name)
            client.bye("internal error")
        finally:
            was_live_ui = client.state is _State.LIVE and client.is_ui
            client.close()
            self._clients.discard(client)
            if was_live_ui:
                log.info("UI %s detached", client.name)
                self._presence_check()

    async def _handshake(
        self, client: _Client, auth: Authenticator | None
    ) -> wire.Message:
        client.send(
            {
                "type": wire.GREETING,
                "protocol_version": wire.PROTOCOL_VERSION,
                "core_id": self.core_id,
                "core_kind": self.kind,
                "core_version": __version__,
                "auth": auth.scheme if auth is not None else wire.AUTH_NONE,
            }
        )
        if auth is not None:
            client.name = await auth.login(client)
        hello = wire.expect(await client.receive(), wire.HELLO)
        version = wire.field(hello, "protocol_version", int)
        if version != wire.PROTOCOL_VERSION:
            raise wire.WireError(f"protocol version {version} is not supported")
        name = hello.get("client_name", "")
        if not isinstance(name, str) or len(name) > MAX_NAME_LENGTH:
            raise wire.WireError("hello.client_name is not a short string")
        if self.token is not None and not _same_token(hello.get("token"), self.token):
            raise wire.WireError("wrong token")
        # Shown in logs: printable characters only (no forged log lines).
        name = "".join(c for c in name if c.isprintable()) or "client"
        client.name = f"{name}@{client.peer}"
        client.is_ui = hello.get("ui", True) is True
        return hello

    async def _welcome(self, client: _Client, hello: wire.Message) -> None:
        self._recording = True
        last_seq = hello.get("last_seq")
        if (
            hello.get("core_id") == self.core_id
            and isinstance(last_seq, int)
            and not isinstance(last_seq, bool)
            and self._can_resume(last_seq)
        ):
            client.send(
                {
                    "type": wire.WELCOME,
                    "core_id": self.core_id,
                    "seq": self.core.events.last_seq,
                    "replay_from": last_seq,
                }
            )
            for seq, frame in tuple(self._ring):
                if seq > last_seq:
                    client.send_frame(frame)
            log.info("Client %s resumed after event %d", client.name, last_seq)
        else:
            client.state = _State.SYNCING
            snapshot = await self.core.snapshot()
            frame = await asyncio.to_thread(_welcome_frame, self.core_id, snapshot)
            if client.state is not _State.SYNCING:
                return
            client.send_frame(frame)
            for seq, held in client.held:
                if seq > snapshot.seq:
                    client.send_frame(held)
            client.held.clear()
            log.info("Client %s attached", client.name)
        if client.state is not _State.CLOSED:
            client.state = _State.LIVE
            if client.is_ui:
                self._had_ui = True
                self._presence_check()

    async def _serve(self, client: _Client) -> None:
        loop = asyncio.get_running_loop()
        while True:
            message = await client.receive()
            kind = message["type"]
            if kind == wire.BYE:
                return
            if kind != wire.REQUEST:
                raise wire.WireError(f"unexpected {str(kind)[:40]!r} after the hello")
            request_id = message.get("id")
            if not _valid_id(request_id):
                raise wire.WireError("request without a valid id")
            if len(client.requests) >= MAX_IN_FLIGHT:
                client.send(_error(request_id, ErrorCode.SERVER_ERROR, "busy"))
                continue
            # The loop object, not asyncio.create_task: qasync may resume this
            # coroutine outside its "running" window while it shuts down.
            task = loop.create_task(self._call(client, request_id, message))
            client.requests.add(task)
            task.add_done_callback(client.requests.discard)

    async def _call(
        self, client: _Client, request_id: JsonValue, message: wire.Message
    ) -> None:
        method = message.get("method")
        if not isinstance(method, str) or method not in wire.METHODS:
            client.send(_error(request_id, ErrorCode.UNSUPPORTED, "unknown method"))
            return
        try:
            params = wire.decode_params(method, message.get("params", {}))
        except (DecodeError, ValueError) as exc:
            client.send(_error(request_id, ErrorCode.INVALID_INPUT, str(exc)[:200]))
            return
        try:
            result = await getattr(self.core, method)(**params)
            if method == "snapshot":
                encoded = await asyncio.to_thread(to_json, result)
            else:
                encoded = wire.encode_result(result)
        except CoreError as exc:
            client.send(_error(request_id, exc.code, exc.info.detail))
            return
        except Exception:
            log.exception("%s from %s failed", method, client.name)
            client.send(_error(request_id, ErrorCode.INTERNAL, "internal error"))
            return
        client.send({"type": wire.RESPONSE, "id": request_id, "result": encoded})

    # ------------------------------------------------------------ detach
    def _presence_check(self) -> None:
        self._spawn(self._sync_presence())

    def _spawn(self, coro: Awaitable[None]) -> None:
        task = asyncio.ensure_future(coro)
        self._tasks.add(task)
        task.add_done_callback(self._tasks.discard)

    async def _sync_presence(self) -> None:
        async with self._presence_lock:
            uis = self._embedded_ui or any(
                c.is_ui and c.state is _State.LIVE for c in self._clients
            )
            try:
                if not uis and self._had_ui:
                    await self._go_away()
                elif uis:
                    await self._come_back()
            except CoreError as exc:
                log.warning("Could not change presence on detach/attach: %s", exc)

    async def _go_away(self) -> None:
        snapshot = await self.core.snapshot()
        if snapshot.settings.get(AWAY_SETTING) is not True:
            return
        presence = snapshot.own_presence
        if presence.show not in {Show.AVAILABLE, Show.CHAT}:
            return
        log.info("The last UI detached: going away")
        saved: JsonValue = {"show": presence.show.value, "status": presence.status}
        await self.core.set_setting(SAVED_PRESENCE_SETTING, saved)
        await self.core.set_presence(Show.AWAY, presence.status)

    async def _come_back(self) -> None:
        snapshot = await self.core.snapshot()
        saved = snapshot.settings.get(SAVED_PRESENCE_SETTING)
        if not isinstance(saved, dict):
            return
        await self.core.set_setting(SAVED_PRESENCE_SETTING, None)
        if snapshot.own_presence.show is not Show.AWAY:
            return  # someone chose a presence meanwhile: keep it
        try:
            show = Show(str(saved.get("show")))
        except ValueError:
            return
        log.info("A UI attached: restoring the presence")
        await self.core.set_presence(show, str(saved.get("status", "")))


def _welcome_frame(core_id: str, snapshot: Snapshot) -> bytes:
    return wire.encode_frame(
        {
            "type": wire.WELCOME,
            "core_id": core_id,
            "seq": snapshot.seq,
            "snapshot": to_json(snapshot),
        }
    )


def _error(request_id: JsonValue, code: ErrorCode, message: str) -> wire.Message:
    return {
        "type": wire.RESPONSE,
        "id": request_id,
        "error": {"code": code.value, "message": message},
    }


def _valid_id(value: JsonValue) -> bool:
    if isinstance(value, bool):
        return False
    if isinstance(value, int):
        return True
    return isinstance(value, str) and 0 < len(value) <= MAX_ID_LENGTH


def _same_token(given: JsonValue, expected: str) -> bool:
    import hmac  # noqa: PLC0415 (Windows only)

    return isinstance(given, str) and hmac.compare_digest(
        given.encode("utf-8", "replace"), expected.encode("utf-8")
    )
