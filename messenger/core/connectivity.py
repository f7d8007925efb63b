# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: The messenger developers
"""Checking connections that may have died: after a suspend, on network changes.

A TCP connection does not notice that the machine slept or moved to another
network: nothing arrives, nothing fails, until a keepalive ping times out
minutes later. Two signals trigger a check of every account that is
connected or trying to connect (``ProtocolBackend.check_connection``: probe
the server now, replace a dead connection at once, retry now instead of
waiting out a backoff pause):

- :class:`SuspendDetector`, a task of the core: every ``CHECK_INTERVAL``
  seconds it compares how far a clock that counts suspended time advanced
  (Linux ``CLOCK_BOOTTIME``; elsewhere the wall clock) with the monotonic
  clock, which stops while the machine sleeps (Linux, macOS). A difference of
  more than ``SUSPEND_THRESHOLD`` seconds means the machine slept. A busy
  event loop delays both clocks' readings alike, so it never counts as sleep.
  On Windows (Python 3.11) the monotonic clock keeps counting during sleep,
  so the detector sees nothing there and the UI's network monitor does the
  work. It needs no Qt: a headless daemon has it too.
- ``CoreApi.network_changed`` from a UI that follows the platform's network
  state: ``True`` (online) or ``None`` (changed, reachability unknown) checks
  at once; ``False`` (nothing reachable) checks nothing. The last report is
  kept only to log the network coming back. The suspend detector checks
  whatever a UI said last: the UI may be attached from another machine, whose
  network is not the core's.

Checks are cheap (one round trip per healthy account), so every signal leads
to one; a backend joins a call to a check already under way.
"""

from __future__ import annotations

import asyncio
import logging
import time
from collections.abc import Awaitable
from collections.abc import Callable
from collections.abc import Coroutine
from collections.abc import Iterable
from dataclasses import dataclass
from dataclasses import field
from typing import Any

from messenger.core.interfaces import ProtocolBackend
from messenger.core.model import AccountId
from messenger.core.model import ConnectionState

log = logging.getLogger(__name__)

# How often the suspend detector looks (seconds of the machine being awake).
CHECK_INTERVAL = 10.0
# More suspended time than this between two looks counts as a suspend.
SUSPEND_THRESHOLD = 10.0
# Accounts in these states have a connection (or an attempt) worth checking.
CHECKED_STATES = frozenset(
    {ConnectionState.CONNECTING, ConnectionState.ONLINE, ConnectionState.RECONNECTING}
)

# (account, its connection state, its backend) for every running session.
CheckTarget = tuple[AccountId, ConnectionState, ProtocolBackend]
Spawn = Callable[[Coroutine[Any, Any, Any], str], object]


def suspend_counting_clock() -> Callable[[], float]:
    """A clock in seconds that keeps counting while the machine is suspended."""
    boottime: int | None = getattr(time, "CLOCK_BOOTTIME", None)
    if boottime is None:  # not Linux: the wall clock counts suspended time too
        return time.time
    return lambda: time.clock_gettime(boottime)


@dataclass(frozen=True, slots=True, kw_only=True)
class SuspendClocks:
    """What the suspend detector reads and waits with (tests pass fakes)."""

    #: Stops while the machine sleeps.
    awake: Callable[[], float] = time.monotonic
    #: Keeps counting while the machine sleeps.
    total: Callable[[], float] = field(default_factory=suspend_counting_clock)
    sleep: Callable[[float], Awaitable[None]] = asyncio.sleep


class SuspendDetector:
    """Calls ``on_resume(seconds_slept)`` after the machine woke from a suspend."""

    def __init__(
        self,
        on_resume: Callable[[float], None],
        clocks: SuspendClocks | None = None,
        *,
        interval: float = CHECK_INTERVAL,
        threshold: float = SUSPEND_THRESHOLD,
    ) -> None:
        self._on_resume = on_resume
        self._clocks = clocks or SuspendClocks()
        self._interval = interval
        self._threshold = threshold

    async def run(self) -> None:
        """Look every ``interval`` seconds, until cancelled."""
        clocks = self._clocks
        awake, total = clocks.awake(), clocks.total()
        while True:
            await clocks.sleep(self._interval)
            now_awake, now_total = clocks.awake(), clocks.total()
            slept = (now_total - total) - (now_awake - awake)
            awake, total = now_awake, now_total
            if slept > self._threshold:
                self._on_resume(slept)


class Connectivity:
    """Checks the accounts' connections when they may have died (module docstring).

    ``targets`` lists the running sessions; ``spawn`` runs a coroutine as a
    task the core owns (cancelled when it closes).
    """

    def __init__(
        self,
        targets: Callable[[], Iterable[CheckTarget]],
        spawn: Spawn,
        clocks: SuspendClocks | None = None,
    ) -> None:
        self._targets = targets
        self._spawn = spawn
        self._detector = SuspendDetector(self._on_resume, clocks)
        self._online: bool | None = None

    def start(self) -> None:
        """Start the suspend detector (it runs until the core closes)."""
        self._spawn(self._detector.run(), "suspend-detector")

    def network_changed(self, online: bool | None) -> None:
        """A UI saw the network change; see ``CoreApi.network_changed``."""
        previous, self._online = self._online, online
        if online is False:
            log.info("Network unreachable: nothing to check until it is back")
        elif online and previous is False:
            self.check_all("Network back")
        else:
            self.check_all("Network changed")

    def _on_resume(self, slept: float) -> None:
        self.check_all(f"Woke up after about {slept:.0f} s of suspend")

    def check_all(self, reason: str) -> int:
        """Ask every connected or connecting backend to check; how many were asked."""
        count = 0
        for account_id, state, backend in self._targets():
            if state in CHECKED_STATES:
                self._spawn(backend.check_connection(), f"check-{account_id}")
                count += 1
        log.info("%s: checking %d connection(s)", reason, count)
        return count
