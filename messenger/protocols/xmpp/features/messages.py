# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: The messenger developers
"""RFC 6121 messages: sending chats, storing received bodies, error bounces.

Outgoing: type chat, ``id`` = XEP-0359 origin-id (so a resend after a failed
resume is recognisable), with a XEP-0184 receipt request, a XEP-0085
``active`` state and a XEP-0333 ``markable``. Incoming bodies of chat/normal
messages (live, carbons, archive) go to the core in order through the worker;
the receipt we owe is sent once the core has committed the message.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from datetime import timedelta

from messenger.core.interfaces import IncomingMessage
from messenger.core.interfaces import OutgoingMessage
from messenger.core.model import ChatState
from messenger.core.model import DeliveryState
from messenger.protocols.xmpp import ns
from messenger.protocols.xmpp import outgoing
from messenger.protocols.xmpp.context import XmppContext
from messenger.protocols.xmpp.features.acks import Acks
from messenger.protocols.xmpp.mapping import Origin
from messenger.protocols.xmpp.mapping import ParsedMessage
from messenger.protocols.xmpp.worker import Inbound

_ONE_SECOND = timedelta(seconds=1)

ReceiptFactory = Callable[[ParsedMessage], Callable[[], None] | None]


class Messages:
    def __init__(
        self, ctx: XmppContext, acks: Acks, receipt_for: ReceiptFactory
    ) -> None:
        self._ctx = ctx
        self._acks = acks
        self._receipt_for = receipt_for
        self._second: datetime | None = None  # the last _received_at

    def send(self, message: OutgoingMessage) -> None:
        client = self._ctx.require_client()
        stanza = outgoing.chat_message(
            client, message.peer, body=message.body, origin_id=message.origin_id
        )
        outgoing.add(
            stanza,
            outgoing.element(ns.RECEIPTS, "request"),
            outgoing.chat_state(ChatState.ACTIVE),
            outgoing.element(ns.MARKERS, "markable"),
        )
        self._ctx.log.debug(
            "sending %s to %s: %r", message.origin_id, message.peer, message.body
        )
        self._acks.track(message.origin_id, message.peer)
        stanza.send()

    def on_body(self, message: ParsedMessage) -> None:
        assert message.body is not None
        incoming = IncomingMessage(
            peer=message.peer,
            sender=message.sender,
            body=message.body,
            timestamp=message.timestamp or self._received_at(),
            outgoing=message.outgoing,
            origin_id=message.origin_id,
            stanza_id=message.archive_id,
            remote_id=message.remote_id,
        )
        # Not logged here: a burst would make thousands of calls. At DEBUG, the
        # wire log ("RECV: ...") has every received stanza.
        item = Inbound(
            message=incoming,
            archive_id=message.archive_id,
            on_stored=self._receipt_for(message),
        )
        self._ctx.worker.messages([item], live=message.origin is not Origin.ARCHIVE)

    def _received_at(self) -> datetime:
        """Now, in whole seconds: archive stamps have that precision, so live and
        archived copies of a conversation sort the same way. (The last result
        is reused within its second: ``replace`` costs more than the clock.)"""
        now = self._ctx.clock()
        second = self._second
        if second is None or not second <= now < second + _ONE_SECOND:
            second = self._second = now.replace(microsecond=0)
        return second

    def on_error(self, message: ParsedMessage) -> None:
        """An error bounce of one of our messages: FAILED with the reason."""
        origin_id = message.remote_id
        if message.origin is not Origin.LIVE or not origin_id:
            return
        expected = self._acks.peer_of(origin_id)
        if expected is not None and expected != message.peer:
            self._ctx.log.debug("bounce of %s from the wrong peer dropped", origin_id)
            return
        sink, reason, peer = self._ctx.sink, message.error or "error", message.peer
        self._ctx.worker.call(
            lambda: sink.message_state_changed(
                peer=peer, origin_id=origin_id, state=DeliveryState.FAILED, error=reason
            ),
            live=False,
        )
