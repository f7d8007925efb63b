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


def tag(namespace: str, name: str) -> str:
    """ElementTree's ``{namespace}name`` spelling."""
    return f"{{{namespace}}}{name}"
