# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: The messenger developers
"""Domain values to stanzas: the payload elements we add to what we send."""

from __future__ import annotations

import xml.etree.ElementTree as ET

from slixmpp import JID
from slixmpp.stanza import Message

from messenger.core.model import Address
from messenger.core.model import ChatState
from messenger.protocols.xmpp import ns
from messenger.protocols.xmpp.client import XmppClient
from messenger.protocols.xmpp.ns import tag


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
