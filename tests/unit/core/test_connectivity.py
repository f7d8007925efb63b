# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: The messenger developers
"""Connection checks after a suspend and on network changes (``core/connectivity.py``).

The suspend detector runs on scripted clocks: a test says how much the
machine slept (or how long the loop was busy) between two looks, so an hour of
suspend takes no time. The core's checks are seen by the ``ScriptedBackend``
test double, which records ``check_connection`` calls.
"""

from __future__ import annotations

import asyncio
import sys
import time
from collections.abc import AsyncIterator
from collections.abc import Callable
from pathlib import Path

import pytest
import pytest_asyncio

from messenger.core.connectivity import SUSPEND_THRESHOLD
from messenger.core.connectivity import SuspendClocks
from messenger.core.connectivity import SuspendDetector
from messenger.core.connectivity import suspend_counting_clock
from messenger.core.local import LocalCore
from messenger.core.model import ConnectionState
from messenger.core.model import ErrorCode
from messenger.core.model import ErrorInfo
from messenger.core.model import ProtocolKind
from messenger.storage.secrets import MemorySecretStore
from messenger.storage.store import SqliteStore
from tests.doubles.backend import BackendRecorder
from tests.doubles.backend import ScriptedBackend

TIMEOUT = 5.0


class ScriptedTime:
    """TEST DOUBLE of the detector's clocks: time passes only step by step.

    Each ``step`` lets the detector's sleep return once: the awake clock moves
    by the interval (plus ``lag``, a busy loop), the suspend-counting clock by
    that plus ``suspended``. ``settle`` waits until the detector has handled
    every step and sleeps again.
    """

    def __init__(self) -> None:
        self.awake = 1_000.0
        self.total = 50_000.0  # another epoch: only differences count
        self._steps: asyncio.Queue[tuple[float, float]] = asyncio.Queue()
        self._holding = False

    def clocks(self) -> SuspendClocks:
        return SuspendClocks(
            awake=lambda: self.awake, total=lambda: self.total, sleep=self._sleep
        )

    async def _sleep(self, seconds: float) -> None:
        if self._holding:  # the detector is back: the last step is handled
            self._holding = False
            self._steps.task_done()
        suspended, lag = await self._steps.get()
        self._holding = True
        self.awake += seconds + lag
        self.total += seconds + lag + suspended

    def step(self, *, suspended: float = 0.0, lag: float = 0.0) -> None:
        self._steps.put_nowait((suspended, lag))

    async def settle(self) -> None:
        async with asyncio.timeout(TIMEOUT):
            await self._steps.join()


async def turns(count: int = 50) -> None:
    """Let spawned tasks run (what must not happen would have happened by then)."""
    for _ in range(count):
        await asyncio.sleep(0)


async def eventually(predicate: Callable[[], bool], limit: float = TIMEOUT) -> None:
    """Poll ``predicate``: the backend's call log has no event to wait on."""
    async with asyncio.timeout(limit):
        while not predicate():  # noqa: ASYNC110 (polling test state on purpose)
            await asyncio.sleep(0.005)


def checks(backend: ScriptedBackend) -> int:
    return sum(1 for name, _ in backend.calls if name == "check_connection")


# ---------------------------------------------------------------- the detector


@pytest_asyncio.fixture
async def detector() -> AsyncIterator[tuple[ScriptedTime, list[float]]]:
    clock = ScriptedTime()
    resumed: list[float] = []
    task = asyncio.create_task(SuspendDetector(resumed.append, clock.clocks()).run())
    yield clock, resumed
    task.cancel()
    await asyncio.gather(task, return_exceptions=True)


@pytest.mark.asyncio
async def test_a_suspend_is_noticed_once(
    detector: tuple[ScriptedTime, list[float]],
) -> None:
    clock, resumed = detector
    clock.step()
    clock.step()
    await clock.settle()
    assert resumed == []

    clock.step(suspended=3_600)
    await clock.settle()
    assert resumed == [3_600]

    clock.step()
    clock.step()
    await clock.settle()
    assert resumed == [3_600]  # the next looks are normal again


@pytest.mark.asyncio
async def test_a_busy_loop_is_not_a_suspend(
    detector: tuple[ScriptedTime, list[float]],
) -> None:
    clock, resumed = detector
    clock.step(lag=120)  # the loop did not run for two minutes: both clocks moved
    clock.step(suspended=SUSPEND_THRESHOLD / 2)  # clock jitter, a short nap
    await clock.settle()
    assert resumed == []
    clock.step(suspended=SUSPEND_THRESHOLD + 1, lag=30)
    await clock.settle()
    assert resumed == [SUSPEND_THRESHOLD + 1]


def test_the_default_clock_counts_suspended_time(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    clock = suspend_counting_clock()
    if sys.platform.startswith("linux"):
        assert abs(clock() - time.clock_gettime(time.CLOCK_BOOTTIME)) < 1.0
    monkeypatch.delattr(time, "CLOCK_BOOTTIME", raising=False)
    assert suspend_counting_clock() is time.time  # macOS, Windows: wall clock


@pytest.mark.asyncio
async def test_real_clocks_see_no_suspend_while_awake() -> None:
    resumed: list[float] = []
    detector = SuspendDetector(resumed.append, interval=0.01, threshold=0.5)
    task = asyncio.create_task(detector.run())
    await asyncio.sleep(0.3)
    task.cancel()
    await asyncio.gather(task, return_exceptions=True)
    assert resumed == []


# ---------------------------------------------------------------- the core


class Profile:
    """A started core with scripted accounts and scripted suspend clocks."""

    def __init__(self, tmp_path: Path) -> None:
        self.clock = ScriptedTime()
        self.recorder = BackendRecorder()
        self.core = LocalCore(
            SqliteStore(":memory:"),
            MemorySecretStore(),
            {ProtocolKind.XMPP: self.recorder},
            tmp_path,
            suspend_clocks=self.clock.clocks(),
        )

    async def account(self, address: str) -> ScriptedBackend:
        """Add an enabled account; its backend once it connected."""
        account = await self.core.add_account(ProtocolKind.XMPP, address)
        await eventually(lambda: account.id in self.recorder.built)
        backend = self.recorder.built[account.id]
        await eventually(lambda: backend.connected)
        return backend


@pytest_asyncio.fixture
async def profile(tmp_path: Path) -> AsyncIterator[Profile]:
    made = Profile(tmp_path)
    await made.core.start()
    yield made
    await made.core.close()


@pytest.mark.asyncio
async def test_network_changed_checks_accounts_that_are_or_want_to_be_online(
    profile: Profile,
) -> None:
    online = await profile.account("online@example.org")
    reconnecting = await profile.account("reconnecting@example.org")
    failed = await profile.account("failed@example.org")
    await profile.core.add_account(
        ProtocolKind.XMPP, "disabled@example.org", enabled=False
    )
    reconnecting.sink.connection_changed(ConnectionState.RECONNECTING)
    failed.sink.connection_changed(
        ConnectionState.FAILED, ErrorInfo(code=ErrorCode.AUTH_FAILED)
    )

    await profile.core.network_changed(True)
    await eventually(lambda: checks(online) == 1 and checks(reconnecting) == 1)
    await turns()
    assert checks(failed) == 0  # it waits for the user, not for the network
    assert len(profile.recorder.built) == 3  # the disabled one has no backend


@pytest.mark.asyncio
async def test_offline_checks_nothing_and_coming_back_checks_at_once(
    profile: Profile,
) -> None:
    backend = await profile.account("romeo@example.org")

    await profile.core.network_changed(False)
    await turns()
    assert checks(backend) == 0

    await profile.core.network_changed(True)
    await eventually(lambda: checks(backend) == 1)
    await profile.core.network_changed(None)  # another medium, online or not
    await eventually(lambda: checks(backend) == 2)
    await profile.core.network_changed(True)  # e.g. Wi-Fi to Ethernet
    await eventually(lambda: checks(backend) == 3)
    await turns()
    assert checks(backend) == 3


@pytest.mark.asyncio
async def test_waking_from_a_suspend_checks_every_connection(profile: Profile) -> None:
    first = await profile.account("first@example.org")
    second = await profile.account("second@example.org")

    profile.clock.step()
    await profile.clock.settle()
    await turns()
    assert checks(first) == checks(second) == 0

    await profile.core.network_changed(False)  # a UI's view does not matter here
    profile.clock.step(suspended=8 * 3600)
    await profile.clock.settle()
    await eventually(lambda: checks(first) == 1 and checks(second) == 1)


@pytest.mark.asyncio
async def test_a_closed_core_checks_nothing(tmp_path: Path) -> None:
    profile = Profile(tmp_path)
    await profile.core.start()
    backend = await profile.account("romeo@example.org")
    await profile.core.close()

    await profile.core.network_changed(True)
    profile.clock.step(suspended=600)  # the detector is gone with the core
    await turns()
    assert checks(backend) == 0
    names = {task.get_name() for task in asyncio.all_tasks()}
    assert "suspend-detector" not in names
