# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: The messenger developers
"""XEP-0280 message carbons: copies of what our other clients send and receive.

Enabled at login when the server offers it. Unwrapping (with the check that
the carbon comes from our own bare JID, CVE-2017-5589) is in ``mapping``; the
router then treats a sent carbon as our outgoing message to its ``to`` and a
received carbon as an ordinary incoming message.
"""

from __future__ import annotations

from messenger.protocols.xmpp import ns
from messenger.protocols.xmpp import outgoing
from messenger.protocols.xmpp.context import XmppContext
from messenger.protocols.xmpp.context import request


class Carbons:
    def __init__(self, ctx: XmppContext) -> None:
        self._ctx = ctx

    async def enable(self) -> None:
        if ns.CARBONS not in self._ctx.server_features:
            return
        iq = self._ctx.require_session().make_iq_set()
        iq.xml.append(outgoing.element(ns.CARBONS, "enable"))
        await request(iq)
