# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: The messenger developers
"""XEP-0199 keepalive: a server ping every minute finds dead connections.

A TCP connection can die without either end noticing (suspend, NAT timeout).
When a ping is not answered in time the connection is aborted; the connector
then reconnects and resumes the stream. The same ping, with a shorter timeout,
is the probe of ``check_connection`` after a suspend or a network change
(``connection.py``). slixmpp's plugin answers pings.
"""

from __future__ import annotations

import asyncio

from slixmpp import JID
from slixmpp.exceptions import IqError

from messenger.protocols.xmpp.context import XmppContext

INTERVAL = 60.0
TIMEOUT = 30.0


class Keepalive:
    def __init__(self, ctx: XmppContext, interval: float = INTERVAL) -> None:
        self._ctx = ctx
        self._interval = interval
        self._task: asyncio.Task[None] | None = None

    def start(self) -> None:
        self.stop()
        self._task = self._ctx.spawn(self._run(), "xmpp-keepalive")

    def stop(self) -> None:
        if self._task is not None:
            self._task.cancel()
            self._task = None

    async def _run(self) -> None:
        while True:
            await asyncio.sleep(self._interval)
            client = self._ctx.client
            if client is None or client.transport is None:
                return
            if not await self.probe(TIMEOUT):
                self._ctx.log.info("keepalive ping not answered: reconnecting")
                client.abort()
                return

    async def probe(self, seconds: float) -> bool:
        """Ping the server now: whether it answered within ``seconds``."""
        client = self._ctx.client
        if client is None or client.transport is None:
            return False
        try:
            async with asyncio.timeout(seconds + 1):
                await client.plugin["xep_0199"].ping(
                    JID(client.boundjid.domain), timeout=seconds
                )
        except IqError:
            pass  # an error answer still proves the connection alive
        except (TimeoutError, Exception) as exc:  # noqa: BLE001 (IqTimeout and friends)
            self._ctx.log.info("ping not answered (%s)", type(exc).__name__)
            return False
        return True
