# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: The messenger developers
"""The single-instance server here, its client in a child process.

``notify_running`` blocks (a later start calls it before any loop exists), and
PySide6 keeps the GIL inside ``QLocalSocket.waitFor*``: run in a thread of this
process it would stall the server it waits for. So, as in real use, the client
is another process (started from a worker thread, which only waits for it).
"""

from __future__ import annotations

import asyncio
import json
import socket
import subprocess
import sys
import uuid
from pathlib import Path

import pytest
from PySide6.QtCore import QDir
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from messenger.ui.aio import signal_future
from messenger.ui.single_instance import InstanceServer
from messenger.ui.single_instance import server_name

TIMEOUT = 5.0
# The child's own start (Python + QtNetwork) comes on top of its timeout.
CHILD_TIMEOUT = TIMEOUT + 30
CLIENT = """
import json, sys
from messenger.ui.single_instance import notify_running
runtime_id, argv, timeout = sys.argv[1], json.loads(sys.argv[2]), float(sys.argv[3])
print(json.dumps(notify_running(runtime_id, argv, timeout)))
"""


def _notify_in_child(runtime_id: str, argv: list[str], timeout: float) -> bool:
    result = subprocess.run(
        [sys.executable, "-c", CLIENT, runtime_id, json.dumps(argv), str(timeout)],
        capture_output=True,
        text=True,
        timeout=CHILD_TIMEOUT,
        check=True,
    )
    answered = json.loads(result.stdout)
    assert isinstance(answered, bool)
    return answered


async def notify(runtime_id: str, argv: list[str], give_up: float = TIMEOUT) -> bool:
    """``notify_running`` as a later start calls it: from another process."""
    return await asyncio.to_thread(_notify_in_child, runtime_id, argv, give_up)


@pytest.fixture
def owner(qtbot: QtBot) -> QWidget:
    """Owns the servers of a test; pytest-qt closes it after the test."""
    widget = QWidget()
    qtbot.addWidget(widget)
    return widget


def new_server(owner: QWidget) -> tuple[InstanceServer, str]:
    """A server on a unique runtime id."""
    runtime_id = f"test-{uuid.uuid4().hex[:12]}"
    return InstanceServer(runtime_id, owner), runtime_id


@pytest.mark.asyncio
async def test_notify_running_delivers_argv_and_gets_an_answer(owner: QWidget) -> None:
    server, runtime_id = new_server(owner)
    assert server.listen()
    requested = signal_future(server.activation_requested)
    argv = ["--profile", "/tmp/p", "--log-level", "info", "ünïcode"]

    async with asyncio.timeout(CHILD_TIMEOUT):
        answered = await notify(runtime_id, argv)
        (received,) = await requested

    assert answered is True
    assert received == argv
    server.close()


@pytest.mark.asyncio
async def test_a_client_started_early_waits_for_the_server(owner: QWidget) -> None:
    server, runtime_id = new_server(owner)
    requested = signal_future(server.activation_requested)
    client = asyncio.ensure_future(notify(runtime_id, ["early"], CHILD_TIMEOUT))
    await asyncio.sleep(1.5)  # the child is up and retrying by now
    assert not client.done()

    assert server.listen()
    async with asyncio.timeout(CHILD_TIMEOUT):
        assert await client is True
        assert await requested == (["early"],)
    server.close()


@pytest.mark.asyncio
async def test_nobody_listening_gives_up_after_the_timeout() -> None:
    name = f"absent-{uuid.uuid4().hex[:12]}"
    started = asyncio.get_running_loop().time()
    async with asyncio.timeout(CHILD_TIMEOUT):
        answered = await notify(name, ["x"], 0.3)
    assert answered is False
    assert asyncio.get_running_loop().time() - started >= 0.3


@pytest.mark.asyncio
async def test_a_stale_socket_is_replaced(owner: QWidget) -> None:
    server, runtime_id = new_server(owner)
    # A crashed instance leaves its socket file behind: bound, nobody listening.
    path = Path(QDir.tempPath()) / server.name
    stale = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    stale.bind(str(path))
    stale.close()
    assert path.exists()

    assert server.listen()
    requested = signal_future(server.activation_requested)
    async with asyncio.timeout(CHILD_TIMEOUT):
        assert await notify(runtime_id, ["a"])
        assert await requested == (["a"],)
    server.close()
    assert not path.exists()


def _raw_exchange(path: Path, payload: bytes) -> bytes:
    with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as client:
        client.settimeout(TIMEOUT)
        client.connect(str(path))
        client.sendall(payload)
        reply = b""
        while not reply.endswith(b"\n"):
            chunk = client.recv(1024)
            if not chunk:
                break
            reply += chunk
        return reply


@pytest.mark.asyncio
@pytest.mark.parametrize(
    "payload",
    [b"not json\n", b'{"argv": "a string"}\n', b'["--profile"]\n', b"\xff\xfe\n"],
)
async def test_malformed_requests_are_refused(owner: QWidget, payload: bytes) -> None:
    server, _ = new_server(owner)
    assert server.listen()
    seen: list[object] = []
    server.activation_requested.connect(seen.append)

    async with asyncio.timeout(TIMEOUT):
        reply = await asyncio.to_thread(
            _raw_exchange, Path(QDir.tempPath()) / server.name, payload
        )

    assert json.loads(reply) == {"ok": False}
    assert seen == []
    server.close()


def test_names_differ_per_profile_and_hold_only_safe_characters() -> None:
    first, second = server_name("abc123"), server_name("def456")
    assert first != second
    assert first.startswith("messenger-")
    assert first.endswith("-abc123")
    assert "/" not in server_name("../../etc/x")
