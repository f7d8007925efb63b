# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: The messenger developers
"""Two main windows attached to a real daemon process, with Prosody and a peer.

The peer is a second daemon (driven through its own RemoteCore): everything
heavy (XMPP, SQLite) runs in the daemons, the GUI loop only draws.
"""

from __future__ import annotations

import asyncio
import os
import shutil
import tempfile
from collections.abc import AsyncIterator
from pathlib import Path

import pytest
import pytest_asyncio
from pytestqt.qtbot import QtBot

from messenger.core.events import MessageAdded
from messenger.core.local import LocalCore
from messenger.core.model import Address
from messenger.core.model import ConnectionState
from messenger.core.model import ProtocolKind
from messenger.daemon.client import RemoteCore
from messenger.storage.secrets import MemorySecretStore
from messenger.storage.store import SqliteStore
from messenger.ui.aio import signal_future
from messenger.ui.windows.main_window import MainWindow
from tests.integration.daemon.conftest import Daemon
from tests.integration.xmpp.helpers import settings_for
from tests.testbed.fixtures import UserFactory
from tests.testbed.prosody import ProsodyServer
from tests.testbed.secret_service import SecretService

TIMEOUT = 30.0


@pytest_asyncio.fixture
async def daemons(
    keyring_env: SecretService, tmp_path: Path
) -> AsyncIterator[tuple[Daemon, Daemon]]:
    """Ours and the peer's."""
    runtime = Path(tempfile.mkdtemp(prefix="msgg-", dir="/tmp"))
    env = dict(os.environ)
    env.update(
        keyring_env.env,
        PYTHON_KEYRING_BACKEND="keyring.backends.SecretService.Keyring",
        XDG_RUNTIME_DIR=str(runtime),
    )
    ours = Daemon(tmp_path / "profile", env)
    peer = Daemon(tmp_path / "peer", env)
    await asyncio.to_thread(ours.start)
    await asyncio.to_thread(peer.start)
    try:
        yield ours, peer
    finally:
        await asyncio.to_thread(ours.stop)
        await asyncio.to_thread(peer.stop)
        shutil.rmtree(runtime, ignore_errors=True)


@pytest.fixture
def warm_window(tmp_path: Path, qtbot: QtBot) -> None:
    """Build one attached main window before the loop runs (cold caches).

    The first MainWindow.attach of a process imports and lays out the whole
    buddy list (~50 ms offscreen); outside the loop it cannot trip the
    slow-callback check that guards the test itself.
    """
    core = LocalCore(SqliteStore(":memory:"), MemorySecretStore(), {}, tmp_path)
    window = MainWindow(core)
    qtbot.addWidget(window)
    window.show()
    window.shutdown()


async def until_true(condition: object) -> None:
    async with asyncio.timeout(TIMEOUT):
        while not condition():  # type: ignore[operator]  # noqa: ASYNC110
            await asyncio.sleep(0.02)


@pytest.mark.asyncio
async def test_two_windows_on_one_daemon_and_a_peer(  # noqa: PLR0917 (fixtures)
    warm_window: None,
    daemons: tuple[Daemon, Daemon],
    prosody: ProsodyServer,
    xmpp_user: UserFactory,
    tmp_path: Path,
    qtbot: QtBot,
) -> None:
    daemon, peer_daemon = daemons
    bob_jid, bob_password = await asyncio.to_thread(xmpp_user, "bob")
    bob = RemoteCore(peer_daemon.target(), client_name="bob")
    await bob.start()
    bob_account = await bob.add_account(
        ProtocolKind.XMPP,
        bob_jid,
        settings=settings_for(prosody),
        password=bob_password,
    )
    bob_bodies: list[str] = []
    bob.events.subscribe(MessageAdded, lambda e: bob_bodies.append(e.message.body))
    remotes: list[RemoteCore] = []
    windows: list[MainWindow] = []
    try:
        for name in ("first", "second"):
            remote = RemoteCore(daemon.target(), client_name=name)
            await remote.start()
            remotes.append(remote)
            await asyncio.sleep(0)  # each step its own loop callback (cold caches)
            window = MainWindow(remote)
            qtbot.addWidget(window)
            await asyncio.sleep(0)
            window.show()
            await asyncio.sleep(0)
            await window.load()
            windows.append(window)
        first, second = windows
        assert not second.showing_contacts  # no account yet: the welcome page
        jid, password = await asyncio.to_thread(xmpp_user, "alice")
        account = await remotes[0].add_account(
            ProtocolKind.XMPP, jid, settings=settings_for(prosody), password=password
        )
        await until_true(lambda: second.showing_contacts)
        await until_true(
            lambda: (
                second.buddy_actions is not None
                and account.id in second.buddy_actions.statuses
                and second.buddy_actions.statuses[account.id].state
                is ConnectionState.ONLINE
            )
        )
        assert second.bridge is not None
        arrived = signal_future(second.bridge.message_added)
        await remotes[0].send_message(
            account.id, Address.parse(bob_jid), "typed in the first"
        )
        async with asyncio.timeout(TIMEOUT):
            (event,) = await arrived
        assert isinstance(event, MessageAdded)
        assert event.message.body == "typed in the first"
        await until_true(lambda: "typed in the first" in bob_bodies)
        assert first.bridge is not None
        bodies: list[str] = []
        first.bridge.message_added.connect(lambda e: bodies.append(e.message.body))
        await bob.send_message(bob_account.id, Address.parse(jid), "hi both")
        await until_true(lambda: "hi both" in bodies)
    finally:
        for window in windows:
            window.shutdown()
        for remote in remotes:
            await remote.close()
        await bob.close()
