# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: The messenger developers
"""XEP-0184 message delivery receipts, both ways.

A receipt for one of our messages makes it DELIVERED, if it comes from the
peer the message went to (when we still know it). We send a receipt for a
live (or caught-up archived) message that asks for one after the core
has stored it, and only to contacts who may see our presence anyway
(XEP-0184 section 8: receipts leak presence). A burst brings one receipt per
message, so receipts are written from a template, not built as stanzas.
"""

from __future__ import annotations

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

    def on_receipt(self, message: ParsedMessage) -> None:
        state_update(
            self._ctx, self._acks, message, message.receipt_for, DeliveryState.DELIVERED
        )

    def reply_for(self, message: ParsedMessage) -> Callable[[], None] | None:
        """What to run once ``message`` is stored: send the receipt it asked for."""
        if not (
            message.origin in {Origin.LIVE, Origin.ARCHIVE}
            and not message.outgoing
            and message.receipt_request
            and message.remote_id
            and message.type != "groupchat"
            and self._shares_presence(message.peer)
        ):
            return None
        return lambda: self._send(message.sender, message.remote_id)

    def _send(self, to: Address, message_id: str) -> None:
        client = self._ctx.client
        if client is None or not self._ctx.online:
            return
        a = outgoing.attribute
        own_id = f"{self._id_prefix}-{next(self._count)}"
        client.send_serialized(
            f'<message{a("to", str(to))} type="chat"{a("id", own_id)}>'
            f"<received{a('xmlns', ns.RECEIPTS)}{a('id', message_id)}/></message>"
        )
