# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: The messenger developers
"""Measuring aids the benchmarks share: event-loop lag and store writes."""

from __future__ import annotations

import asyncio
import contextlib
import sqlite3
import time
from collections.abc import Sequence
from pathlib import Path

from messenger.core.interfaces import AddResult
from messenger.core.model import NewMessage
from messenger.storage.store import SqliteStore


class LagTicker:
    """Asks to wake every ``interval`` s; records how late each wake-up came."""

    def __init__(self, interval: float = 0.01) -> None:
        self.interval = interval
        self.lags: list[float] = []
        self._task: asyncio.Task[None] | None = None

    def start(self) -> None:
        self._task = asyncio.create_task(self._run(), name="lag-ticker")

    async def _run(self) -> None:
        loop = asyncio.get_running_loop()
        while True:
            due = loop.time() + self.interval
            await asyncio.sleep(self.interval)
            self.lags.append(max(0.0, loop.time() - due))

    async def stop(self) -> None:
        if self._task is not None:
            self._task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await self._task


class CountingStore(SqliteStore):
    """The profile store, recording the size of every ``add_messages`` write."""

    def __init__(self, path: Path) -> None:
        super().__init__(path)
        self.writes: list[int] = []

    async def add_messages(self, messages: Sequence[NewMessage]) -> AddResult:
        self.writes.append(len(messages))
        return await super().add_messages(messages)

    async def thread_time(self) -> float:
        """The CPU time of the database thread so far."""
        return await self.database.run(lambda _conn: time.thread_time())

    async def count_messages(self) -> int:
        """How many messages the database holds."""

        def count(conn: sqlite3.Connection) -> int:
            return int(conn.execute("SELECT count(*) FROM messages").fetchone()[0])

        return await self.database.run(count)
