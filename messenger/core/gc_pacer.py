# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: The messenger developers
"""Cyclic garbage collection at a steady pace, on the event loop's thread.

Python collects automatically whenever the allocation counters pass their
thresholds: during a burst of messages that is every few hundred objects, in
whichever thread allocates (the SQLite worker too), and a collection of the
older generations walks every object the process holds. The app and the
daemon turn automatic collection off and check the same thresholds twice a
second on the event loop's thread instead: what is due is collected then, so
garbage waits at most half a second, and a burst pays for a few collections
instead of hundreds (about 4 % of the receive path's instructions,
docs/benchmarks.md). The GUI does the same from a Qt timer
(``messenger.ui.gc_guard``), because Qt objects must be freed on its thread.
"""

from __future__ import annotations

import asyncio
import gc
import logging

log = logging.getLogger(__name__)

CHECK_INTERVAL_S = 0.5


def collect_due(thresholds: tuple[int, int, int]) -> int:
    """Collect the oldest generation whose counter passed its threshold, as
    automatic collection would; return it (-1: none was due)."""
    counts = gc.get_count()
    generation = -1
    for level in range(3):
        if counts[level] > thresholds[level]:
            generation = level
    if generation >= 0:
        found = gc.collect(generation)
        if found:
            log.debug("gc generation %d freed %d objects", generation, found)
    return generation


class GcPacer:
    """``start`` on the event loop: automatic collection off, a check every
    ``interval`` seconds; ``stop`` turns automatic collection back on."""

    def __init__(self, interval: float = CHECK_INTERVAL_S) -> None:
        self._interval = interval
        self._thresholds: tuple[int, int, int] = gc.get_threshold()
        self._timer: asyncio.TimerHandle | None = None

    def start(self) -> None:
        if self._timer is not None:
            return
        gc.disable()
        self._schedule()

    def stop(self) -> None:
        if self._timer is None:
            return
        self._timer.cancel()
        self._timer = None
        gc.enable()

    def _schedule(self) -> None:
        loop = asyncio.get_running_loop()
        self._timer = loop.call_later(self._interval, self._tick)

    def _tick(self) -> None:
        collect_due(self._thresholds)
        self._schedule()
