# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: The messenger developers
"""XEP-0184 message delivery receipts, both ways.

A receipt for one of our messages makes it DELIVERED, if it comes from the
peer the message went to (when we still know it). We send a receipt for a
live (or caught-up archived) message that asks for one after the core
has stored it, and only to contacts who may see our presence anyway
(XEP-0184 section 8: receipts leak presence). A burst brings one receipt per
message, so receipts are written from a template, not built as stanzas, and
the receipts of one stored batch are handed to the client together.
"""

from __future__ import annotations

import asyncio
import functools
import itertools
import secrets
from collections.abc import Callable

from messenger.core.model import Address
from messenger.core.model import DeliveryState
from messenger.protocols.xmpp import ns
from messenger.protocols.xmpp import outgoing
from messenger.protocols.xmpp.context import XmppContext
from messenger.protocols.xmpp.features.acks import Acks
from messenger.protocols.xmpp.mapping import Origin
from messenger.protocols.xmpp.mapping import ParsedMessage

SharesPresence = Callable[[Address], bool]
# Recipients whose escaped ``to`` attribute is kept (bounded: peer input).
_RECIPIENT_CACHE = 1024


def state_update(
    ctx: XmppContext,
    acks: Acks,
    message: ParsedMessage,
    origin_id: str,
    state: DeliveryState,
) -> None:
    """Report ``state`` for our message ``origin_id`` if ``message`` may say so."""
    if message.outgoing:  # our own other client acknowledging a peer's message
        return
    expected = acks.peer_of(origin_id)
    if expected is not None and expected != message.peer:
        ctx.log.debug("%s for %s from the wrong peer dropped", state, origin_id)
        return
    sink, peer = ctx.sink, message.peer
    # A displayed marker covers every earlier message too (XEP-0333); a receipt
    # is about one message only.
    up_to = state is DeliveryState.READ
    ctx.worker.call(
        lambda: sink.message_state_changed(
            peer=peer, origin_id=origin_id, state=state, up_to=up_to
        ),
        live=False,
    )


class Receipts:
    def __init__(
        self, ctx: XmppContext, acks: Acks, shares_presence: SharesPresence
    ) -> None:
        self._ctx = ctx
        self._acks = acks
        self._shares_presence = shares_presence
        # Our receipts' ids: unique without a random number each.
        self._id_prefix = secrets.token_hex(6)
        self._count = itertools.count()
        self._queued: list[str] = []
        self._flush: asyncio.Handle | None = None

    def on_receipt(self, message: ParsedMessage) -> None:
        state_update(
            self._ctx, self._acks, message, message.receipt_for, DeliveryState.DELIVERED
        )

    def reply_for(self, message: ParsedMessage) -> Callable[[], None] | None:
        """What to run once ``message`` is stored: send the receipt it asked for."""
        if not (
            (message.origin is Origin.LIVE or message.origin is Origin.ARCHIVE)
            and not message.outgoing
            and message.receipt_request
            and message.remote_id
            and message.type != "groupchat"
            and self._shares_presence(message.peer)
        ):
            return None
        to, message_id = message.sender, message.remote_id
        return lambda: self._queue(to, message_id)

    def _queue(self, to: Address, message_id: str) -> None:
        """Write the receipt with the others of this loop turn."""
        self._queued.append(
            f'<message{_to_attribute(to)} type="chat" '
            f'id="{self._id_prefix}-{next(self._count)}">'
            f'<received xmlns="{ns.RECEIPTS}"{outgoing.attribute("id", message_id)}/>'
            "</message>"
        )
        if self._flush is None:
            self._flush = asyncio.get_running_loop().call_soon(self._send)

    def _send(self) -> None:
        self._flush = None
        texts, self._queued = self._queued, []
        client = self._ctx.client
        if client is not None and self._ctx.online:
            client.send_serialized_all(texts)


@functools.lru_cache(maxsize=_RECIPIENT_CACHE)
def _to_attribute(to: Address) -> str:
    return outgoing.attribute("to", str(to))
