# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: The messenger developers
"""XML namespaces of the XMPP extensions this backend speaks."""

from __future__ import annotations

CLIENT = "jabber:client"
STANZAS = "urn:ietf:params:xml:ns:xmpp-stanzas"
ROSTER = "jabber:iq:roster"
DELAY = "urn:xmpp:delay"  # XEP-0203
LEGACY_DELAY = "jabber:x:delay"  # XEP-0091, still sent by old servers
CARBONS = "urn:xmpp:carbons:2"  # XEP-0280
FORWARD = "urn:xmpp:forward:0"  # XEP-0297
MAM = "urn:xmpp:mam:2"  # XEP-0313
RSM = "http://jabber.org/protocol/rsm"  # XEP-0059
DATA_FORMS = "jabber:x:data"  # XEP-0004
SID = "urn:xmpp:sid:0"  # XEP-0359
RECEIPTS = "urn:xmpp:receipts"  # XEP-0184
MARKERS = "urn:xmpp:chat-markers:0"  # XEP-0333
CHAT_STATES = "http://jabber.org/protocol/chatstates"  # XEP-0085
CORRECTION = "urn:xmpp:message-correct:0"  # XEP-0308
HINTS = "urn:xmpp:hints"  # XEP-0334
BLOCKING = "urn:xmpp:blocking"  # XEP-0191
IDLE = "urn:xmpp:idle:1"  # XEP-0319
PING = "urn:xmpp:ping"  # XEP-0199
SM = "urn:xmpp:sm:3"  # XEP-0198
DISCO_INFO = "http://jabber.org/protocol/disco#info"  # XEP-0030
CAPS = "http://jabber.org/protocol/caps"  # XEP-0115
VERSION = "jabber:iq:version"  # XEP-0092
TIME = "urn:xmpp:time"  # XEP-0202
VCARD = "vcard-temp"  # XEP-0054
VCARD_UPDATE = "vcard-temp:x:update"  # XEP-0153
PUBSUB = "http://jabber.org/protocol/pubsub"  # XEP-0060 / XEP-0163 PEP
PUBSUB_EVENT = "http://jabber.org/protocol/pubsub#event"
AVATAR_DATA = "urn:xmpp:avatar:data"  # XEP-0084
AVATAR_METADATA = "urn:xmpp:avatar:metadata"
PEP_VCARD_CONVERSION = "urn:xmpp:pep-vcard-conversion:0"  # XEP-0398
REGISTER = "jabber:iq:register"  # XEP-0077
SASL = "urn:ietf:params:xml:ns:xmpp-sasl"


def tag(namespace: str, name: str) -> str:
    """ElementTree's ``{namespace}name`` spelling."""
    return f"{{{namespace}}}{name}"
