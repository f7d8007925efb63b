# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: The messenger developers
"""One GUI per profile: a later start hands its arguments to the running one.

The running GUI listens on a :class:`QLocalServer` named after the user and the
profile's runtime id (a Unix socket in the temp dir, a named pipe on Windows),
accessible to the same user only. A later start on the same profile connects and
sends one line of JSON, ``{"argv": ["--profile", ...]}``; the server answers
``{"ok": true}`` and emits :attr:`InstanceServer.activation_requested` with the
argument list, and the running GUI raises its window.

Who runs the server is decided by the profile lock, not by the socket: the
process that holds the lock listens (removing a socket left by a crashed
instance), every other start is a client (:func:`notify_running`).
"""

from __future__ import annotations

import getpass
import json
import logging
import re
import time
from collections.abc import Sequence

from PySide6.QtCore import QObject
from PySide6.QtCore import QTimer
from PySide6.QtCore import Signal
from PySide6.QtNetwork import QAbstractSocket
from PySide6.QtNetwork import QLocalServer
from PySide6.QtNetwork import QLocalSocket

log = logging.getLogger(__name__)

SERVER_PREFIX = "messenger"
# One message is one short argument list; anything bigger is not ours.
MAX_MESSAGE_BYTES = 64 * 1024
# A client that connects but says nothing is dropped after this.
CLIENT_TIMEOUT_MS = 5000
# How often a client retries while the first instance is still starting.
RETRY_INTERVAL = 0.05

_UNSAFE = re.compile(r"[^A-Za-z0-9_.-]")


def server_name(runtime_id: str) -> str:
    """The local server name of a profile, unique per user and profile."""
    return f"{SERVER_PREFIX}-{_user_name()}-{_UNSAFE.sub('_', runtime_id)}"


def _user_name() -> str:
    try:
        name = getpass.getuser()
    except (OSError, KeyError, ImportError):  # no login name anywhere
        name = "user"
    return _UNSAFE.sub("_", name)[:32] or "user"


def encode_request(argv: Sequence[str]) -> bytes:
    return json.dumps({"argv": list(argv)}).encode("utf-8") + b"\n"


def decode_request(line: bytes) -> list[str]:
    """Parse one request line; raise ValueError unless it is ``{"argv": [str]}``."""
    message = json.loads(line.decode("utf-8"))
    argv = message.get("argv") if isinstance(message, dict) else None
    if not isinstance(argv, list) or not all(isinstance(a, str) for a in argv):
        raise ValueError('expected {"argv": [strings]}')
    return argv


class InstanceServer(QObject):
    """Listens for later starts on the same profile (see the module docstring).

    Call :meth:`listen` only while holding the profile lock: it removes a
    leftover socket of the same name, which is stale by then.
    """

    activation_requested = Signal(list)

    def __init__(self, runtime_id: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._name = server_name(runtime_id)
        self._server = QLocalServer(self)
        self._server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        self._server.newConnection.connect(self._on_server_new_connection)

    @property
    def name(self) -> str:
        return self._name

    def listen(self) -> bool:
        """Start listening; on failure log why and return False."""
        if self._server.listen(self._name):
            return True
        if self._server.serverError() is QAbstractSocket.SocketError.AddressInUseError:
            log.info("Removing the stale instance socket %s", self._name)
            QLocalServer.removeServer(self._name)
            if self._server.listen(self._name):
                return True
        log.warning(
            "Cannot listen for other starts on %s: %s",
            self._name,
            self._server.errorString(),
        )
        return False

    def close(self) -> None:
        """Stop listening (removes the socket); open client connections end."""
        self._server.close()

    def _on_server_new_connection(self) -> None:
        while self._server.hasPendingConnections():
            connection = _ClientConnection(self._server.nextPendingConnection(), self)
            connection.request_received.connect(self._on_connection_request_received)

    def _on_connection_request_received(self, argv: list[str]) -> None:
        log.info("Another start asked to activate this one")
        log.debug("Its arguments: %r", argv)
        self.activation_requested.emit(argv)


class _ClientConnection(QObject):
    """Reads one request line from a later start, answers, hangs up."""

    request_received = Signal(list)

    def __init__(self, socket: QLocalSocket, parent: QObject) -> None:
        super().__init__(parent)
        self._socket = socket
        socket.setParent(self)  # deleted with this object
        self._buffer = bytearray()
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self._on_timer_timeout)
        self._timer.start(CLIENT_TIMEOUT_MS)
        socket.readyRead.connect(self._on_socket_ready_read)
        socket.disconnected.connect(self._on_socket_disconnected)
        self._on_socket_ready_read()

    def _on_socket_ready_read(self) -> None:
        self._buffer += self._socket.readAll().data()
        line, newline, _ = bytes(self._buffer).partition(b"\n")
        if not newline:
            if len(self._buffer) > MAX_MESSAGE_BYTES:
                log.warning("Dropping an oversized activation request")
                self._finish(ok=False)
            return
        try:
            argv = decode_request(line)
        except ValueError as exc:  # json.JSONDecodeError and bad UTF-8 included
            log.warning("Dropping a malformed activation request: %s", exc)
            self._finish(ok=False)
            return
        self._finish(ok=True)
        self.request_received.emit(argv)

    def _finish(self, *, ok: bool) -> None:
        self._timer.stop()
        self._socket.readyRead.disconnect(self._on_socket_ready_read)
        self._socket.write(json.dumps({"ok": ok}).encode("utf-8") + b"\n")
        # Hand the answer to the OS now: the app may quit right after this
        # (for example when the activation closes it).
        self._socket.flush()
        self._socket.disconnectFromServer()

    def _on_timer_timeout(self) -> None:
        log.warning("Dropping a silent activation request")
        self._socket.abort()

    def _on_socket_disconnected(self) -> None:
        self._timer.stop()
        self.deleteLater()


def notify_running(runtime_id: str, argv: Sequence[str], timeout: float = 5.0) -> bool:
    """Send ``argv`` to the instance running on the profile; True once it answered.

    Blocks: call it before any event loop runs, in the process that starts
    second. Never from a thread of the process that serves the socket: PySide6
    keeps the GIL inside ``QLocalSocket.waitFor*``, which stalls the server's
    slots until the wait times out. Retries while nobody listens yet: the first
    instance takes the profile lock before it starts its server.
    """
    name = server_name(runtime_id)
    deadline = time.monotonic() + timeout
    request = encode_request(argv)
    while True:
        socket = QLocalSocket()
        socket.connectToServer(name)
        if socket.waitForConnected(_remaining_ms(deadline)):
            try:
                return _exchange(socket, request, deadline)
            finally:
                socket.abort()
        socket.abort()
        if time.monotonic() + RETRY_INTERVAL >= deadline:
            log.warning("No running instance answered on %s", name)
            return False
        time.sleep(RETRY_INTERVAL)


def _exchange(socket: QLocalSocket, request: bytes, deadline: float) -> bool:
    socket.write(request)
    if not socket.waitForBytesWritten(_remaining_ms(deadline)):
        return False
    reply = b""
    while b"\n" not in reply and len(reply) < MAX_MESSAGE_BYTES:
        if not socket.bytesAvailable() and not socket.waitForReadyRead(
            _remaining_ms(deadline)
        ):
            return False
        reply += socket.readAll().data()
    try:
        answer = json.loads(reply.partition(b"\n")[0].decode("utf-8"))
    except ValueError:
        return False
    return isinstance(answer, dict) and answer.get("ok") is True


def _remaining_ms(deadline: float) -> int:
    return max(1, int((deadline - time.monotonic()) * 1000))
