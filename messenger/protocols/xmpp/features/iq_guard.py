# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: The messenger developers
"""IQ answers must come from whom we asked (CVE-2024-46957).

slixmpp 1.17 matches a response by id and accepts it from the peer's full JID,
its bare JID, its *domain*, our own bare JID and our own domain, and only
checks afterwards that it is a result or an error. This filter records every
get/set we send and drops a result/error for it unless it comes from exactly
the entity we addressed: that full JID for a full JID; that bare JID for a bare
JID; that domain for a domain; for requests to our own account (no ``to`` or
our bare JID) no ``from``, our bare JID or our full JID.
"""

from __future__ import annotations

from collections import OrderedDict
from typing import Any

from slixmpp.stanza import Iq

from messenger.protocols.xmpp import mapping
from messenger.protocols.xmpp.context import XmppContext

MAX_PENDING = 2000


class IqGuard:
    def __init__(self, ctx: XmppContext) -> None:
        self._ctx = ctx
        self._pending: OrderedDict[str, str] = OrderedDict()

    def on_outgoing(self, stanza: Any) -> Any:
        if isinstance(stanza, Iq) and stanza["type"] in {"get", "set"}:
            self._pending[str(stanza["id"])] = stanza.xml.get("to", "")
            while len(self._pending) > MAX_PENDING:
                self._pending.popitem(last=False)
        return stanza

    def on_incoming(self, stanza: Any) -> Any:
        if not isinstance(stanza, Iq) or stanza.xml.get("type") not in {
            "result",
            "error",
        }:
            return stanza
        stanza_id = stanza.xml.get("id", "")
        if stanza_id not in self._pending:
            return stanza
        if not self._from_addressee(
            self._pending[stanza_id], stanza.xml.get("from", "")
        ):
            self._ctx.log.debug(
                "iq answer %r from %r dropped",
                stanza_id[:64],
                stanza.xml.get("from", "")[:100],
            )
            return None
        del self._pending[stanza_id]
        return stanza

    def _from_addressee(self, to: str, sender: str) -> bool:
        own, target = self._ctx.own, mapping.parse_jid(to)
        if not sender:
            return target is None or target.full == own.bare
        found = mapping.parse_jid(sender)
        if found is None:
            return False
        if target is None or target.full == own.bare:
            return found.full in {own.full, own.bare}
        return found.full == target.full

    def on_session_end(self, _: Any) -> None:
        self._pending.clear()
