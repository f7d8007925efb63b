# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: The messenger developers
"""XEP-0030 service discovery: what the server and our account offer.

The server's features decide carbons and blocking; the account's (its bare
JID) decide the archive. We also tell peers what we understand.
"""

from __future__ import annotations

import asyncio
from typing import Any

from slixmpp import JID
from slixmpp.exceptions import IqError

from messenger.protocols.xmpp import ns
from messenger.protocols.xmpp import outgoing
from messenger.protocols.xmpp.context import XmppContext
from messenger.protocols.xmpp.context import request
from messenger.protocols.xmpp.ns import tag

DISCO_INFO = "http://jabber.org/protocol/disco#info"
OUR_FEATURES = (ns.RECEIPTS, ns.MARKERS, ns.CHAT_STATES, ns.CORRECTION, ns.CARBONS)


class Disco:
    def __init__(self, ctx: XmppContext) -> None:
        self._ctx = ctx

    def on_bind(self, jid: Any) -> None:
        client = self._ctx.client
        if client is not None:
            for feature in OUR_FEATURES:
                client.plugin["xep_0030"].add_feature(feature, jid=jid)

    async def discover(self) -> None:
        """Fill ``server_features`` and ``account_features`` of the context."""
        own = self._ctx.own
        server, account = await asyncio.gather(
            self._features(JID(own.domain)), self._features(JID(own.bare))
        )
        self._ctx.server_features, self._ctx.account_features = server, account

    async def _features(self, jid: JID) -> frozenset[str]:
        iq = self._ctx.require_session().make_iq_get(ito=jid)
        iq.xml.append(outgoing.element(DISCO_INFO, "query"))
        try:
            result = await request(iq)
        except IqError as exc:
            self._ctx.log.info("no service discovery for %s: %s", jid, exc.condition)
            return frozenset()
        query = result.xml.find(tag(DISCO_INFO, "query"))
        if query is None:
            return frozenset()
        return frozenset(
            f.get("var", "") for f in query.iterfind(tag(DISCO_INFO, "feature"))
        )
