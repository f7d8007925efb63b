# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: The messenger developers
"""XEP-0085 chat state notifications (typing), both ways.

Standalone notifications are not sent to a contact whose online clients are all
known (XEP-0115) not to support them.
"""

from __future__ import annotations

import uuid

from messenger.core.model import Address
from messenger.core.model import ChatState
from messenger.protocols.xmpp import ns
from messenger.protocols.xmpp import outgoing
from messenger.protocols.xmpp.context import XmppContext
from messenger.protocols.xmpp.features.caps import Supports
from messenger.protocols.xmpp.features.caps import unknown
from messenger.protocols.xmpp.mapping import Origin
from messenger.protocols.xmpp.mapping import ParsedMessage


class ChatStates:
    def __init__(self, ctx: XmppContext, supports: Supports = unknown) -> None:
        self._ctx = ctx
        self._supports = supports

    def send(self, address: Address, state: ChatState) -> None:
        client = self._ctx.require_client()
        if self._supports(address, ns.CHAT_STATES) is False:
            return  # XEP-0085 5.1: not to clients known not to support them
        stanza = outgoing.new_message(client, address.bare, message_id=uuid.uuid4().hex)
        outgoing.add(stanza, outgoing.chat_state(state), outgoing.hint("no-store"))
        stanza.send()

    def on_state(self, message: ParsedMessage) -> None:
        """A peer's state, live or carbon-copied; never from the archive."""
        if message.outgoing or message.chat_state is None:
            return
        origin = message.origin  # compared by identity: hashing an enum is slow
        if origin is Origin.LIVE or origin is Origin.CARBON_RECEIVED:
            self._ctx.sink.chat_state_received(message.peer, message.chat_state)
