# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: The messenger developers
"""XEP-0030 service discovery and our XEP-0115 entity capabilities.

The server's features decide carbons and blocking; the account's (its bare
JID) decide the archive and XEP-0398 avatar conversion. We answer disco#info
ourselves (slixmpp's handler is removed in ``client.py``), for our JID and for
our caps node ``CAPS_NODE#OUR_VER``, with exactly ``OUR_INFO``, from which
``OUR_VER`` is computed: what we advertise in presence is what we answer.

The answer is serialised once: on the first login of a client version after a
server start, Prosody asks once per contact our presence reaches (thousands of
queries), and only ``to`` and ``id`` differ between the answers.
"""

from __future__ import annotations

import asyncio
import xml.etree.ElementTree as ET
from typing import Any

from slixmpp import JID
from slixmpp.exceptions import IqError

from messenger import APP_NAME
from messenger.protocols.xmpp import ns
from messenger.protocols.xmpp import outgoing
from messenger.protocols.xmpp.context import XmppContext
from messenger.protocols.xmpp.context import request
from messenger.protocols.xmpp.discovery import DiscoInfo
from messenger.protocols.xmpp.discovery import Identity
from messenger.protocols.xmpp.discovery import caps_ver
from messenger.protocols.xmpp.ns import tag

DISCO_INFO = ns.DISCO_INFO
CAPS_NODE = "https://messenger.invalid"
# Only what this backend really handles (see docs/xmpp.md).
OUR_FEATURES = (
    ns.DISCO_INFO,
    ns.CAPS,
    ns.RECEIPTS,
    ns.CHAT_STATES,
    ns.MARKERS,
    ns.CORRECTION,
    ns.CARBONS,
    ns.VERSION,
    ns.TIME,
    ns.PING,
    ns.IDLE,
    ns.AVATAR_METADATA + "+notify",
)
OUR_INFO = DiscoInfo(
    identities=(Identity("client", "pc", "", APP_NAME),), features=OUR_FEATURES
)
OUR_VER = caps_ver(OUR_INFO) or ""


def caps_element() -> ET.Element:
    """The ``<c/>`` for our presence."""
    return outgoing.element(ns.CAPS, "c", hash="sha-1", node=CAPS_NODE, ver=OUR_VER)


def info_query(node: str = "") -> ET.Element:
    """A disco#info ``<query/>`` (ours, filled, when answering)."""
    query = outgoing.element(DISCO_INFO, "query")
    if node:
        query.set("node", node)
    return query


def _our_answer(node: str) -> str:
    """The ``<query/>`` we answer for ``node``, as text."""
    a = outgoing.attribute
    identities = "".join(
        f"<identity{a('category', i.category)}{a('type', i.type)}{a('name', i.name)}/>"
        for i in OUR_INFO.identities
    )
    features = "".join(f"<feature{a('var', f)}/>" for f in OUR_INFO.features)
    node_attribute = a("node", node) if node else ""
    return (
        f"<query{a('xmlns', DISCO_INFO)}{node_attribute}>{identities}{features}</query>"
    )


#: Our answer by the node asked for (any other node: item-not-found).
ANSWERS = {node: _our_answer(node) for node in ("", f"{CAPS_NODE}#{OUR_VER}")}


class Disco:
    def __init__(self, ctx: XmppContext) -> None:
        self._ctx = ctx

    # ------------------------------------------------------------ answering
    def on_query(self, iq: Any) -> None:
        """A disco#info request to us: our identity and features."""
        kind = iq.xml.get("type")
        if kind == "set":
            outgoing.reply_error(iq, "bad-request", "modify")
        if kind != "get":
            return
        asked = iq.xml.find(tag(DISCO_INFO, "query"))
        answer = ANSWERS.get(asked.get("node", "") if asked is not None else "")
        client = self._ctx.client
        if answer is None:
            outgoing.reply_error(iq, "item-not-found")
        elif client is not None:
            client.send_serialized(outgoing.result_text(iq.xml, answer))

    # ------------------------------------------------------------ asking
    async def discover(self) -> None:
        """Fill ``server_features`` and ``account_features`` of the context."""
        own = self._ctx.own
        server, account = await asyncio.gather(
            self._features(JID(own.domain)), self._features(JID(own.bare))
        )
        self._ctx.server_features, self._ctx.account_features = server, account

    async def _features(self, jid: JID) -> frozenset[str]:
        iq = self._ctx.require_session().make_iq_get(ito=jid)
        iq.xml.append(info_query())
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
