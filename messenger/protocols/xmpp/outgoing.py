# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: The messenger developers
"""Domain values to stanzas: the payload elements we add to what we send.

Stanzas sent very often (receipts, disco#info answers) are written as text
from templates instead (``attribute``, ``result_text``): building and
serialising slixmpp stanza objects costs several times more.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from typing import Any

from slixmpp import JID
from slixmpp.stanza import Iq
from slixmpp.stanza import Message

from messenger.core.model import Address
from messenger.core.model import ChatState
from messenger.protocols.xmpp import ns
from messenger.protocols.xmpp.client import XmppClient
from messenger.protocols.xmpp.ns import tag

# What must be escaped in a double-quoted attribute value (whitespace too, or a
# parser would normalise it to spaces).
_ATTRIBUTE_ESCAPES = str.maketrans(
    {
        "&": "&amp;",
        "<": "&lt;",
        ">": "&gt;",
        '"': "&quot;",
        "\t": "&#9;",
        "\n": "&#10;",
        "\r": "&#13;",
    }
)


# Finds what needs escaping: most values need none, and looking is much cheaper
# than ``translate`` (which receipts for a burst of messages call thousands
# of times).
_NEEDS_ESCAPING = re.compile('[&<>"\t\n\r]')


def attribute(name: str, value: str) -> str:
    """`` name="value"`` for a stanza template, escaped (leading space included).

    ``value`` must hold only characters XML allows: text from a parsed stanza
    or an ``Address``.
    """
    if _NEEDS_ESCAPING.search(value) is not None:
        value = value.translate(_ATTRIBUTE_ESCAPES)
    return f' {name}="{value}"'


def result_text(request: ET.Element, payload: str = "") -> str:
    """The text of an IQ result answering ``request`` (its ``from`` and ``id``)."""
    to, iq_id = request.get("from"), request.get("id")
    addressing = (attribute("to", to) if to else "") + (
        attribute("id", iq_id) if iq_id else ""
    )
    return f'<iq type="result"{addressing}>{payload}</iq>'


def element(namespace: str, name: str, **attributes: str) -> ET.Element:
    return ET.Element(tag(namespace, name), attributes)


def add(stanza: Message, *children: ET.Element) -> Message:
    for child in children:
        stanza.xml.append(child)
    return stanza


def jid_of(address: Address) -> JID:
    return JID(str(address))


def chat_message(
    client: XmppClient, peer: Address, *, body: str, origin_id: str
) -> Message:
    """A chat message whose ``id`` is its XEP-0359 origin id (stable on resends)."""
    stanza = client.make_message(mto=jid_of(peer), mbody=body, mtype="chat")
    stanza["id"] = origin_id
    return add(stanza, element(ns.SID, "origin-id", id=origin_id))


def new_message(client: XmppClient, peer: Address, *, message_id: str) -> Message:
    """A body-less chat message (receipt, marker, chat state)."""
    stanza = client.make_message(mto=jid_of(peer), mtype="chat")
    stanza["id"] = message_id
    return stanza


def chat_state(state: ChatState) -> ET.Element:
    return element(ns.CHAT_STATES, state.value)


def hint(name: str) -> ET.Element:
    """XEP-0334 processing hint: ``store``, ``no-store``, ``no-copy``."""
    return element(ns.HINTS, name)


def reply(iq: Any, *payload: ET.Element) -> None:
    """Answer an IQ get/set with a result carrying ``payload``."""
    result = iq.reply()
    for child in payload:
        result.xml.append(child)
    result.send()


def reply_error(iq: Any, condition: str, kind: str = "cancel") -> None:
    """Answer an IQ get/set with an error (RFC 6120 stanza error condition)."""
    error = iq.reply()
    error["error"]["condition"] = condition
    error["error"]["type"] = kind
    error.send()


def pubsub_publish(
    client: XmppClient, node: str, item_id: str, payload: ET.Element
) -> Iq:
    """A XEP-0060 publish of one item to our own PEP ``node``."""
    iq = client.make_iq_set()
    pubsub = ET.SubElement(iq.xml, tag(ns.PUBSUB, "pubsub"))
    publish = ET.SubElement(pubsub, tag(ns.PUBSUB, "publish"), {"node": node})
    item = ET.SubElement(publish, tag(ns.PUBSUB, "item"))
    if item_id:
        item.set("id", item_id)
    item.append(payload)
    return iq
