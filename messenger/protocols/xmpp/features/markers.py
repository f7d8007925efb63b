# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: The messenger developers
"""XEP-0333 chat markers: ``displayed`` both ways (our messages become READ).

A ``displayed`` marker is not sent when every online client of the contact is
known (XEP-0115) not to support markers.
"""

from __future__ import annotations

import uuid

from messenger.core.model import DeliveryState
from messenger.core.model import Message
from messenger.protocols.xmpp import ns
from messenger.protocols.xmpp import outgoing
from messenger.protocols.xmpp.context import XmppContext
from messenger.protocols.xmpp.features.acks import Acks
from messenger.protocols.xmpp.features.caps import Supports
from messenger.protocols.xmpp.features.caps import unknown
from messenger.protocols.xmpp.features.receipts import SharesPresence
from messenger.protocols.xmpp.features.receipts import state_update
from messenger.protocols.xmpp.mapping import ParsedMessage


class Markers:
    def __init__(
        self,
        ctx: XmppContext,
        acks: Acks,
        shares_presence: SharesPresence,
        supports: Supports = unknown,
    ) -> None:
        self._ctx = ctx
        self._acks = acks
        self._shares_presence = shares_presence
        self._supports = supports

    def on_displayed(self, message: ParsedMessage) -> None:
        state_update(
            self._ctx, self._acks, message, message.displayed_for, DeliveryState.READ
        )

    def send_displayed(self, message: Message) -> None:
        """Tell the peer we displayed ``message`` (and, by XEP-0333, all before it)."""
        client = self._ctx.require_client()
        marked = message.remote_id or message.origin_id
        if not marked or not self._shares_presence(message.peer):
            return
        if self._supports(message.peer, ns.MARKERS) is False:
            return  # no client of theirs would understand it
        stanza = outgoing.new_message(
            client, message.peer.bare, message_id=uuid.uuid4().hex
        )
        outgoing.add(
            stanza,
            outgoing.element(ns.MARKERS, "displayed", id=marked),
            outgoing.hint("store"),
        )
        stanza.send()
