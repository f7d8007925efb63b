# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: The messenger developers
"""Garbage collection runs on the GUI thread, never automatically elsewhere."""

from __future__ import annotations

import gc
import threading

from PySide6.QtCore import QObject

from messenger.ui.gc_guard import GarbageCollector


class _Cycle:
    def __init__(self) -> None:
        self.me = self
        self.qt = QObject()


def test_automatic_collection_is_off_and_the_timer_collects(qapp: object) -> None:
    was_enabled = gc.isenabled()
    collector = GarbageCollector()
    collector.start()
    try:
        assert not gc.isenabled()
        assert collector._timer.isActive()
        freed_in: list[str] = []

        def worker() -> None:
            # Plenty of cyclic garbage made in a worker thread...
            for _ in range(5000):
                cycle = _Cycle()
                del cycle
            freed_in.append(threading.current_thread().name)

        thread = threading.Thread(target=worker, name="worker")
        thread.start()
        thread.join()
        # ...is not collected there: it waits for the GUI thread's check.
        assert gc.get_count()[0] > gc.get_threshold()[0]
        assert collector.check() >= 0
        assert gc.get_count()[0] <= gc.get_threshold()[0]
        assert freed_in == ["worker"]
    finally:
        collector.stop()
        assert gc.isenabled()
        if not was_enabled:
            gc.disable()
