# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: The messenger developers
"""Python's cyclic garbage collection, on the GUI thread only.

Automatic collection starts in whichever thread happens to allocate: the
SQLite worker, an executor thread. When it frees a reference cycle that holds a
Qt object there, Qt destroys the object outside its thread ("QObject::~QObject:
Timers cannot be stopped from another thread") and may crash later. So the app
turns automatic collection off and collects from a GUI-thread timer whenever
the allocation counters pass the same thresholds automatic collection uses
(as ``messenger.core.gc_pacer`` does for the daemon, on its event loop).
"""

from __future__ import annotations

import gc

from PySide6.QtCore import QObject
from PySide6.QtCore import QTimer

from messenger.core.gc_pacer import collect_due

CHECK_INTERVAL_MS = 500


class GarbageCollector(QObject):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._thresholds = gc.get_threshold()
        self._timer = QTimer(self)
        self._timer.setInterval(CHECK_INTERVAL_MS)
        self._timer.timeout.connect(self.check)

    def start(self) -> None:
        gc.disable()
        self._timer.start()

    def stop(self) -> None:
        self._timer.stop()
        gc.enable()

    def check(self) -> int:
        """Collect the oldest generation due; return it (-1: none was due)."""
        return collect_due(self._thresholds)
