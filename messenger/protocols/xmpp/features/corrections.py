# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: The messenger developers
"""XEP-0308 last message correction, both ways.

The core applies an incoming correction only to a message of the same
conversation and the same sender; we pass who sent it as verified.
"""

from __future__ import annotations

import uuid

from messenger.core.model import Message
from messenger.protocols.xmpp import ns
from messenger.protocols.xmpp import outgoing
from messenger.protocols.xmpp.context import XmppContext
from messenger.protocols.xmpp.mapping import Origin
from messenger.protocols.xmpp.mapping import ParsedMessage


class Corrections:
    def __init__(self, ctx: XmppContext) -> None:
        self._ctx = ctx

    def send(self, message: Message, body: str) -> None:
        client = self._ctx.require_client()
        replaced = message.origin_id or message.remote_id
        origin_id = str(uuid.uuid4())
        stanza = outgoing.chat_message(
            client, message.peer, body=body, origin_id=origin_id
        )
        outgoing.add(stanza, outgoing.element(ns.CORRECTION, "replace", id=replaced))
        stanza.send()

    def on_correction(self, message: ParsedMessage) -> None:
        if message.body is None or message.type not in {"chat", "normal"}:
            return
        sink, body = self._ctx.sink, message.body
        self._ctx.worker.call(
            lambda: sink.message_corrected(
                peer=message.peer,
                sender=message.sender,
                replaces_id=message.replaces,
                body=body,
                outgoing=message.outgoing,
            ),
            live=message.origin is not Origin.ARCHIVE,
        )
