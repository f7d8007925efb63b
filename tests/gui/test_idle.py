# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: The messenger developers
"""Idle reporting: app input, the session's idle time and the core's auto-away.

The monitor and the LocalCore share a fake clock, so "six minutes later" takes
no time. Input comes as real Qt events (QTest) through the application's event
filter. The X11 source is checked against the test bed's Xvfb.
"""

from __future__ import annotations

import asyncio
import os
import subprocess
import time
from collections.abc import AsyncIterator
from datetime import UTC
from datetime import datetime
from datetime import timedelta
from pathlib import Path

import pytest
import pytest_asyncio
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QLineEdit
from pytestqt.qtbot import QtBot

from messenger.core.events import OwnPresenceChanged
from messenger.core.local import LocalCore
from messenger.core.model import Show
from messenger.storage.secrets import MemorySecretStore
from messenger.storage.store import SqliteStore
from messenger.ui.aio import slot_tasks
from messenger.ui.idle import IdleMonitor
from messenger.ui.idle import XScreenSaverIdle
from tests.testbed.xvfb import Xvfb

TIMEOUT = 5.0


class FakeClock:
    """TEST DOUBLE of the wall clock: moves only when told."""

    def __init__(self) -> None:
        self.now = datetime(2024, 5, 1, 12, 0, tzinfo=UTC)

    def __call__(self) -> datetime:
        return self.now

    def advance(self, **delta: float) -> None:
        self.now += timedelta(**delta)


class FakeSystemIdle:
    """TEST DOUBLE of a session idle source (what libXss would say)."""

    def __init__(self) -> None:
        self.seconds: float | None = None
        self.closed = False

    def idle_seconds(self) -> float | None:
        return self.seconds

    def close(self) -> None:
        self.closed = True


@pytest_asyncio.fixture
async def clock_core(tmp_path: Path) -> AsyncIterator[tuple[LocalCore, FakeClock]]:
    clock = FakeClock()
    core = LocalCore(
        SqliteStore(":memory:"), MemorySecretStore(), {}, tmp_path, clock=clock
    )
    await core.start()
    await core.set_setting("auto_away_minutes", 5)
    await core.set_setting("auto_xa_minutes", 15)
    yield core, clock
    await core.close()


async def reported(monitor: IdleMonitor) -> None:
    async with asyncio.timeout(TIMEOUT):
        await asyncio.gather(*slot_tasks(monitor))


async def presence(core: LocalCore) -> Show:
    return (await core.snapshot()).own_presence.show


@pytest.mark.asyncio
async def test_idle_time_sets_away_and_input_ends_it_at_once(
    qtbot: QtBot, clock_core: tuple[LocalCore, FakeClock]
) -> None:
    core, clock = clock_core
    field = QLineEdit()
    qtbot.addWidget(field)
    field.show()
    monitor = IdleMonitor(core, clock=clock, parent=field)
    monitor.start()
    await reported(monitor)
    assert await presence(core) is Show.AVAILABLE

    clock.advance(minutes=6)
    monitor.report_now()  # what the 30 s timer does
    await reported(monitor)
    snapshot = await core.snapshot()
    assert snapshot.own_presence.show is Show.AWAY
    assert snapshot.own_presence.idle_since == clock.now - timedelta(minutes=6)

    clock.advance(seconds=30)
    QTest.keyClick(field, Qt.Key.Key_A)  # through the application's filter
    assert slot_tasks(monitor), "input after idling is reported at once"
    await reported(monitor)
    assert await presence(core) is Show.AVAILABLE

    QTest.keyClick(field, Qt.Key.Key_B)
    assert not slot_tasks(monitor), "active input waits for the timer"
    monitor.stop()
    QTest.keyClick(field, Qt.Key.Key_C)
    assert not slot_tasks(monitor)


@pytest.mark.asyncio
async def test_the_session_idle_time_counts_too(
    qtbot: QtBot, clock_core: tuple[LocalCore, FakeClock]
) -> None:
    core, clock = clock_core
    system = FakeSystemIdle()
    monitor = IdleMonitor(core, system=system, clock=clock)
    start = clock.now

    clock.advance(minutes=20)
    system.seconds = 30.0  # busy in another app until half a minute ago
    assert monitor.idle_since() == clock.now - timedelta(seconds=30)
    monitor.report_now()
    await reported(monitor)
    assert await presence(core) is Show.AVAILABLE

    clock.advance(minutes=20)
    system.seconds = None  # the source cannot tell: app input only
    assert monitor.idle_since() == start
    monitor.report_now()
    await reported(monitor)
    assert await presence(core) is Show.XA

    monitor.stop()
    assert system.closed


@pytest.mark.asyncio
async def test_the_timer_reports_by_itself(
    qtbot: QtBot, clock_core: tuple[LocalCore, FakeClock]
) -> None:
    core, clock = clock_core
    monitor = IdleMonitor(core, clock=clock, interval_ms=20)
    changed: asyncio.Future[OwnPresenceChanged] = (
        asyncio.get_running_loop().create_future()
    )

    def on_changed(event: OwnPresenceChanged) -> None:
        if not changed.done():
            changed.set_result(event)

    subscription = core.events.subscribe(OwnPresenceChanged, on_changed)
    try:
        monitor.start()
        clock.advance(minutes=10)
        async with asyncio.timeout(TIMEOUT):
            event = await changed
        assert event.presence.show is Show.AWAY
    finally:
        subscription.cancel()
        monitor.stop()
        await reported(monitor)


def test_the_x11_screen_saver_extension_tells_the_session_idle_time(
    xvfb: Xvfb,
) -> None:
    source = XScreenSaverIdle.open(xvfb.display)
    assert source is not None, "libXss or the extension is missing"
    try:
        subprocess.run(
            ["xdotool", "mousemove", "10", "10"],
            env=dict(os.environ, DISPLAY=xvfb.display),
            check=True,
            timeout=10,
        )
        time.sleep(0.3)
        first = source.idle_seconds()
        assert first is not None
        assert 0.2 <= first < 5
        subprocess.run(
            ["xdotool", "mousemove", "200", "200"],
            env=dict(os.environ, DISPLAY=xvfb.display),
            check=True,
            timeout=10,
        )
        second = source.idle_seconds()
        assert second is not None
        assert second < first
    finally:
        source.close()
    assert source.idle_seconds() is None
    assert XScreenSaverIdle.open(":9999") is None  # no such display
