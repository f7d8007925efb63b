# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: The messenger developers
"""The network monitor: platform network changes reach the core, debounced.

Qt's QNetworkInformation is real here: PySide6-Essentials ships the GLib,
ConnMan and NetworkManager plugins; on the test machine (no NetworkManager,
no ConnMan) GLib's loads and says Online. The tests cannot switch the
machine's network, so they emit the real object's change signals, as its
plugin does. The core is a real LocalCore whose account is the
``ScriptedBackend`` test double, which records ``check_connection``.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import AsyncIterator
from collections.abc import Callable
from pathlib import Path
from typing import cast

import pytest
import pytest_asyncio
from PySide6.QtNetwork import QNetworkInformation
from PySide6.QtWidgets import QApplication
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from messenger.core.api import CoreApi
from messenger.core.local import LocalCore
from messenger.ui.network_monitor import NetworkMonitor
from messenger.ui.network_monitor import load_network_information
from messenger.ui.workbench import Workbench
from tests.doubles.backend import ScriptedBackend
from tests.doubles.cores import memory_core
from tests.doubles.cores import scripted_account
from tests.gui.buddy_fixtures import buddy_env

TIMEOUT = 5.0
Reachability = QNetworkInformation.Reachability
TransportMedium = QNetworkInformation.TransportMedium


class RecordingCore:
    """TEST DOUBLE around the real core: records ``network_changed``, passes it on."""

    def __init__(self, core: LocalCore) -> None:
        self.core = core
        self.reports: list[bool | None] = []
        self._waiter: asyncio.Future[None] | None = None

    async def network_changed(self, online: bool | None) -> None:
        self.reports.append(online)
        await self.core.network_changed(online)
        if self._waiter is not None and not self._waiter.done():
            self._waiter.set_result(None)

    async def next_report(self) -> bool | None:
        self._waiter = asyncio.get_running_loop().create_future()
        async with asyncio.timeout(TIMEOUT):
            await self._waiter
        return self.reports[-1]


def checks(backend: ScriptedBackend) -> int:
    return sum(1 for name, _ in backend.calls if name == "check_connection")


async def eventually(predicate: Callable[[], bool]) -> None:
    """Poll ``predicate``: the backend's call log has no signal to wait on."""
    async with asyncio.timeout(TIMEOUT):
        while not predicate():  # noqa: ASYNC110 (polling test state on purpose)
            await asyncio.sleep(0.01)


def network_information() -> QNetworkInformation:
    info = load_network_information()
    assert info is not None, "no QNetworkInformation plugin with reachability"
    return info


@pytest_asyncio.fixture
async def scripted(
    tmp_path: Path, qtbot: QtBot
) -> AsyncIterator[tuple[RecordingCore, ScriptedBackend, QWidget]]:
    """A core with one online scripted account, and a widget to own monitors."""
    core, recorder = await memory_core(tmp_path)
    try:
        _, backend = await scripted_account(core, recorder)
        holder = QWidget()
        qtbot.addWidget(holder)
        yield RecordingCore(core), backend, holder
    finally:
        await core.close()


@pytest.mark.asyncio
async def test_without_network_information_the_monitor_only_says_so(
    scripted: tuple[RecordingCore, ScriptedBackend, QWidget],
    caplog: pytest.LogCaptureFixture,
) -> None:
    core, backend, holder = scripted
    caplog.set_level(logging.INFO, logger="messenger.ui.network_monitor")
    monitor = NetworkMonitor(cast(CoreApi, core), load=lambda: None, parent=holder)
    monitor.start()
    monitor.timer.timeout.emit()  # even a stray debounce reports nothing
    await asyncio.sleep(0.05)
    monitor.stop()
    monitor.stop()

    assert not monitor.active
    assert core.reports == []
    assert checks(backend) == 0
    records = [r for r in caplog.records if r.name == "messenger.ui.network_monitor"]
    assert len(records) == 1
    assert records[0].levelno == logging.INFO
    assert "No network information" in records[0].getMessage()


@pytest.mark.asyncio
async def test_reachability_changes_reach_the_core_debounced(
    scripted: tuple[RecordingCore, ScriptedBackend, QWidget],
) -> None:
    core, backend, holder = scripted
    info = network_information()
    monitor = NetworkMonitor(cast(CoreApi, core), debounce_ms=50, parent=holder)
    monitor.start()
    try:
        assert monitor.active

        info.reachabilityChanged.emit(Reachability.Disconnected)
        assert await core.next_report() is False
        await asyncio.sleep(0.05)
        assert checks(backend) == 0  # nothing to reach: nothing checked

        # A switch of networks: several signals, one report of how it ended.
        info.reachabilityChanged.emit(Reachability.Disconnected)
        info.transportMediumChanged.emit(TransportMedium.WiFi)
        info.reachabilityChanged.emit(Reachability.Online)
        assert await core.next_report() is True
        await eventually(lambda: checks(backend) == 1)

        info.transportMediumChanged.emit(TransportMedium.Ethernet)  # still online
        assert await core.next_report() is True
        info.reachabilityChanged.emit(Reachability.Local)  # a server on the LAN?
        assert await core.next_report() is None
        await eventually(lambda: checks(backend) == 3)
        assert core.reports == [False, True, True, None]
    finally:
        monitor.stop()

    info.reachabilityChanged.emit(Reachability.Online)  # no longer followed
    await asyncio.sleep(0.1)
    assert core.reports == [False, True, True, None]


@pytest.mark.asyncio
async def test_the_workbench_follows_the_network(
    tmp_path: Path, qtbot: QtBot, qapp: QApplication, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("DBUS_SESSION_BUS_ADDRESS", raising=False)
    monkeypatch.delenv("XDG_RUNTIME_DIR", raising=False)
    monkeypatch.setattr(type(qapp), "quit", lambda *args: None)
    quit_on_last = qapp.quitOnLastWindowClosed()
    info = network_information()
    try:
        async with buddy_env(tmp_path, qtbot) as env:
            workbench = Workbench(env.core, env.window, qapp)
            await workbench.start(await env.core.snapshot())
            try:
                monitor = workbench.network
                assert monitor is not None
                assert monitor.active
                monitor.timer.setInterval(50)
                info.reachabilityChanged.emit(Reachability.Online)
                await eventually(lambda: checks(env.backend) == 1)
            finally:
                await workbench.close()
                workbench.deleteLater()
            assert not monitor.active  # closing the workbench stopped it
    finally:
        qapp.setQuitOnLastWindowClosed(quit_on_last)
