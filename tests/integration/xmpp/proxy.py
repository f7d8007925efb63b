# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: The messenger developers
"""``CuttableProxy``: a loopback TCP proxy whose connections a test can cut.

``cut()`` aborts both sockets of every relayed connection at once, as a dead
Wi-Fi or a NAT timeout would; the listener stays up so clients can come back.
``black_hole()`` silently stops relaying them instead, without closing
anything (not even when one end gives up): what a connection is like after a
suspend or a network switch. New connections are relayed as usual.
"""

from __future__ import annotations

import asyncio
import contextlib


class CuttableProxy:
    def __init__(self, target_host: str, target_port: int) -> None:
        self._target = (target_host, target_port)
        self._server: asyncio.Server | None = None
        self._writers: set[asyncio.StreamWriter] = set()
        self._holes: set[asyncio.StreamWriter] = set()
        self._tasks: set[asyncio.Task[None]] = set()
        self.connections = 0
        self.host = "127.0.0.1"
        self.port = 0

    async def start(self) -> None:
        self._server = await asyncio.start_server(self._accept, self.host, 0)
        self.port = self._server.sockets[0].getsockname()[1]

    async def _accept(
        self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter
    ) -> None:
        self.connections += 1
        try:
            async with asyncio.timeout(10):
                up_reader, up_writer = await asyncio.open_connection(*self._target)
        except (OSError, TimeoutError):
            writer.transport.abort()
            return
        self._writers |= {writer, up_writer}
        for source, sink in ((reader, up_writer), (up_reader, writer)):
            task = asyncio.create_task(self._pipe(source, sink))
            self._tasks.add(task)
            task.add_done_callback(self._tasks.discard)

    async def _pipe(
        self, source: asyncio.StreamReader, sink: asyncio.StreamWriter
    ) -> None:
        with contextlib.suppress(OSError, asyncio.IncompleteReadError):
            while data := await source.read(65536):
                if sink not in self._holes:
                    sink.write(data)
                    await sink.drain()
        if sink not in self._holes:
            sink.transport.abort()
            self._writers.discard(sink)

    def black_hole(self) -> None:
        """Silently drop what every relayed connection carries from now on."""
        self._holes |= self._writers

    def cut(self) -> None:
        """Abort every relayed connection (both sides) right now."""
        for writer in list(self._writers):
            writer.transport.abort()
        self._writers.clear()
        self._holes.clear()

    async def close(self) -> None:
        self.cut()
        if self._server is not None:
            self._server.close()
            await self._server.wait_closed()
        for task in list(self._tasks):
            task.cancel()
        await asyncio.gather(*self._tasks, return_exceptions=True)
