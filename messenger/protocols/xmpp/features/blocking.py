# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: The messenger developers
"""XEP-0191 blocking command: the block list, edits and pushes.

Pushes are accepted only from the account itself (no ``from`` or the own bare
JID), like roster pushes; the core gets the whole list after each change.
"""

from __future__ import annotations

from typing import Any

from messenger.core.model import Address
from messenger.protocols.xmpp import mapping
from messenger.protocols.xmpp import ns
from messenger.protocols.xmpp import outgoing
from messenger.protocols.xmpp.context import XmppContext
from messenger.protocols.xmpp.context import command
from messenger.protocols.xmpp.context import request
from messenger.protocols.xmpp.ns import tag


class Blocking:
    def __init__(self, ctx: XmppContext) -> None:
        self._ctx = ctx
        self.blocked: set[Address] = set()

    @property
    def supported(self) -> bool:
        return ns.BLOCKING in self._ctx.server_features

    async def fetch(self) -> None:
        if not self.supported:
            return
        iq = self._ctx.require_session().make_iq_get()
        iq.xml.append(outgoing.element(ns.BLOCKING, "blocklist"))
        result = await request(iq)
        blocklist = result.xml.find(tag(ns.BLOCKING, "blocklist"))
        self.blocked = (
            set(mapping.parse_block_items(blocklist))
            if blocklist is not None
            else set()
        )
        self._report()

    async def set_blocked(self, address: Address, *, blocked: bool) -> None:
        iq = self._ctx.require_client().make_iq_set()
        element = outgoing.element(ns.BLOCKING, "block" if blocked else "unblock")
        element.append(outgoing.element(ns.BLOCKING, "item", jid=str(address.bare)))
        iq.xml.append(element)
        await command(iq)

    def on_push(self, iq: Any) -> None:
        if not mapping.is_own_account(iq.xml.get("from"), self._ctx.own):
            self._ctx.log.debug(
                "block push from %r dropped", iq.xml.get("from", "")[:100]
            )
            return
        block = iq.xml.find(tag(ns.BLOCKING, "block"))
        unblock = iq.xml.find(tag(ns.BLOCKING, "unblock"))
        iq.reply().send()
        if block is not None:
            self.blocked.update(mapping.parse_block_items(block))
        elif unblock is not None:
            items = mapping.parse_block_items(unblock)
            self.blocked = self.blocked - set(items) if items else set()
        self._report()

    def _report(self) -> None:
        self._ctx.sink.block_list_received(sorted(self.blocked))
