# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: The messenger developers
"""Two main windows attached to one core over the attach protocol (offscreen).

The core is a real LocalCore (in-memory storage, the ScriptedBackend test
double for the network) served by CoreServer on a Unix socket; each window has
its own RemoteCore, exactly as two GUI processes attached to a daemon would.
"""

from __future__ import annotations

import asyncio
import shutil
import tempfile
from collections.abc import AsyncIterator
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import pytest
import pytest_asyncio
from pytestqt.qtbot import QtBot

from messenger.core.local import LocalCore
from messenger.core.model import Address
from messenger.core.model import Contact
from messenger.core.model import PresenceUpdate
from messenger.core.model import ProtocolKind
from messenger.core.model import Show
from messenger.daemon.client import LocalTarget
from messenger.daemon.client import RemoteCore
from messenger.daemon.server import CoreServer
from messenger.storage.secrets import MemorySecretStore
from messenger.storage.store import SqliteStore
from messenger.ui.windows.main_window import MainWindow
from tests.doubles.backend import BackendRecorder
from tests.doubles.backend import ScriptedBackend
from tests.gui.buddy_fixtures import drained
from tests.gui.buddy_fixtures import visible_rows

TIMEOUT = 5.0
ROMEO = "romeo@montague.example"
JULIET = Address("juliet", "capulet.example")
NURSE = Address("nurse", "capulet.example")
TYBALT = Address("tybalt", "capulet.example")


@dataclass
class Attached:
    core: LocalCore
    backend: ScriptedBackend
    path: Path
    server: CoreServer
    windows: list[MainWindow]

    async def roster(self, *addresses: Address, names: dict[Address, str]) -> None:
        contacts = [
            Contact(
                account_id=self.backend.context.account.id,
                address=a,
                name=names.get(a, ""),
                groups=("Capulets",),
            )
            for a in addresses
        ]
        await self.backend.sink.roster_received(contacts, complete=False)

    async def restart_server(self) -> None:
        self.server = CoreServer(self.core)
        await self.server.serve_unix(str(self.path))


async def until(condition: Callable[[], bool]) -> None:
    async with asyncio.timeout(TIMEOUT):
        while not condition():  # noqa: ASYNC110 (Qt models have no awaitable)
            await asyncio.sleep(0.01)


def names(window: MainWindow) -> list[str]:
    assert window.contacts is not None
    return [name for _, group in visible_rows(window.contacts) for name in group]


@pytest_asyncio.fixture
async def attached(tmp_path: Path, qtbot: QtBot) -> AsyncIterator[Attached]:
    recorder = BackendRecorder()
    core = LocalCore(
        SqliteStore(":memory:"),
        MemorySecretStore(),
        {ProtocolKind.XMPP: recorder},
        tmp_path,
    )
    await core.start()
    account = await core.add_account(ProtocolKind.XMPP, ROMEO, display_name="Romeo")
    async with asyncio.timeout(TIMEOUT):
        while account.id not in recorder.built:  # noqa: ASYNC110
            await asyncio.sleep(0)
    short = Path(tempfile.mkdtemp(prefix="msg-gui-", dir="/tmp"))
    path = short / "core.sock"
    env = Attached(core, recorder.built[account.id], path, CoreServer(core), [])
    await env.server.serve_unix(str(path))
    await env.roster(JULIET, names={JULIET: "Juliet"})
    remotes: list[RemoteCore] = []
    try:
        for _ in range(2):
            remote = RemoteCore(LocalTarget(path=path), backoff=(0.02, 0.05))
            await remote.start()
            remotes.append(remote)
            window = MainWindow(remote)
            qtbot.addWidget(window)
            window.show()
            await window.load()
            env.windows.append(window)
        yield env
    finally:
        for window in env.windows:
            window.shutdown()
        for remote in remotes:
            await remote.close()
        await env.server.close()
        await core.close()
        shutil.rmtree(short, ignore_errors=True)


@pytest.mark.asyncio
async def test_both_windows_draw_the_core_and_follow_it(attached: Attached) -> None:
    first, second = attached.windows
    for window in attached.windows:
        await drained(window)
        assert names(window) == ["Juliet"]
    await attached.roster(NURSE, names={NURSE: "Nurse"})
    attached.backend.sink.presences_received(
        [PresenceUpdate(address=NURSE.with_resource("kitchen"), show=Show.AWAY)]
    )
    for window in (first, second):
        await until(lambda window=window: "Nurse" in names(window))  # type: ignore[misc]


@pytest.mark.asyncio
async def test_a_status_chosen_in_one_window_shows_in_the_other(
    attached: Attached,
) -> None:
    first, second = attached.windows
    assert first.status_selector is not None
    assert second.status_selector is not None
    first.status_selector.presence_chosen.emit("dnd", "do not disturb")
    selector = second.status_selector
    await until(lambda: selector.chosen_show == "dnd")
    assert (await attached.core.snapshot()).own_presence.show is Show.DND


@pytest.mark.asyncio
async def test_a_lost_core_shows_in_the_status_bar_and_the_window_catches_up(
    attached: Attached,
) -> None:
    first, second = attached.windows
    await attached.server.close()  # the daemon stops
    for window in attached.windows:
        await until(
            lambda window=window: "reconnecting" in window.statusBar().currentMessage()  # type: ignore[misc]
        )
    # While no core is reachable: a contact comes, one goes, one is renamed.
    await attached.roster(TYBALT, NURSE, names={TYBALT: "Tybalt", NURSE: "Nurse"})
    await attached.backend.sink.contacts_removed([JULIET])
    await attached.restart_server()
    for window in attached.windows:
        await until(lambda window=window: window.statusBar().currentMessage() == "")  # type: ignore[misc]
        await until(lambda window=window: sorted(names(window)) == ["Nurse", "Tybalt"])  # type: ignore[misc]
    assert not first.statusBar().isVisible()
    assert second.contacts is not None


@pytest.mark.asyncio
async def test_the_models_stay_valid_through_a_catch_up(
    attached: Attached, qtmodeltester: object
) -> None:
    window = attached.windows[0]
    assert window.contacts is not None
    await attached.server.close()
    await until(lambda: "reconnecting" in window.statusBar().currentMessage())
    await attached.roster(NURSE, names={NURSE: "Nurse"})
    await attached.restart_server()
    await until(lambda: "Nurse" in names(window))
    qtmodeltester.check(window.contacts)  # type: ignore[attr-defined]
