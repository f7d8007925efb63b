# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: The messenger developers
"""XEP-0198 stream management, our part: honest SENT states.

slixmpp's ``xep_0198`` plugin enables SM with resumption, counts stanzas and
resends unacknowledged ones after a resume. We map each acknowledged message
back to its origin id and report it SENT. After a session ends (a failed
resume), pending acks are forgotten: the core resends every PENDING message,
with the same origin id, once we report ONLINE without ``resumed``.

An ack request (``<r/>``) goes out through the send queue once per loop turn
after messages were queued, so the last message of a burst is acknowledged
promptly (slixmpp only asks every ``window`` stanzas). Without SM, a ping
round trip to the server stands in for the ack: the server handles a
stream's stanzas in order.
"""

from __future__ import annotations

import asyncio
from collections import OrderedDict
from typing import Any

from slixmpp import JID
from slixmpp.stanza import Message

from messenger.core.model import Address
from messenger.core.model import DeliveryState
from messenger.protocols.xmpp.context import IQ_TIMEOUT
from messenger.protocols.xmpp.context import XmppContext
from messenger.protocols.xmpp.mapping import bare_address

# How many recent outgoing messages we remember the peer of (receipt checks).
PEER_MEMORY = 10_000
_ACK_REQUEST = "<r xmlns='urn:xmpp:sm:3'/>"


class Acks:
    def __init__(self, ctx: XmppContext) -> None:
        self._ctx = ctx
        self._awaiting: set[str] = set()
        self._peers: OrderedDict[str, Address] = OrderedDict()
        self._unconfirmed: list[str] = []
        self._flush: asyncio.Handle | None = None

    def track(self, origin_id: str, peer: Address) -> None:
        """A message was queued for sending; report SENT when the server has it."""
        self._awaiting.add(origin_id)
        self._peers[origin_id] = peer.bare
        self._peers.move_to_end(origin_id)
        while len(self._peers) > PEER_MEMORY:
            self._peers.popitem(last=False)
        self._unconfirmed.append(origin_id)
        if self._flush is None:
            self._flush = asyncio.get_running_loop().call_soon(self._request_ack)

    def peer_of(self, origin_id: str) -> Address | None:
        """The bare peer a recent outgoing message went to (None: not known)."""
        return self._peers.get(origin_id)

    def _request_ack(self) -> None:
        self._flush = None
        batch, self._unconfirmed = self._unconfirmed, []
        client = self._ctx.client
        if client is None or not batch:
            return
        if client.plugin["xep_0198"].enabled_out:
            client.send(_ACK_REQUEST)
        else:
            self._ctx.spawn(self._confirm_by_ping(batch), "xmpp-ack-ping")

    async def _confirm_by_ping(self, batch: list[str]) -> None:
        client = self._ctx.client
        if client is None:
            return
        try:
            async with asyncio.timeout(IQ_TIMEOUT + 1):
                await client.plugin["xep_0199"].ping(
                    JID(client.boundjid.domain), timeout=IQ_TIMEOUT
                )
        except Exception:  # noqa: BLE001 (any answer or none: decide below)
            self._ctx.log.debug("no ping answer: %d messages stay pending", len(batch))
            return
        for origin_id in batch:
            self._sent(origin_id)

    def on_stanza_acked(self, stanza: Any) -> None:
        if isinstance(stanza, Message):
            self._sent(str(stanza["id"]))

    def _sent(self, origin_id: str) -> None:
        if origin_id not in self._awaiting:
            return
        self._awaiting.discard(origin_id)
        sink = self._ctx.sink
        server = bare_address(self._ctx.own)  # the ack is from our server
        if server is None:
            return
        self._ctx.worker.call(
            lambda: sink.message_state_changed(
                peer=server, origin_id=origin_id, state=DeliveryState.SENT
            ),
            live=False,
        )

    def on_session_end(self, _: Any) -> None:
        """The stream is gone for good: the core resends what is still PENDING."""
        self._awaiting.clear()
        self._unconfirmed.clear()
