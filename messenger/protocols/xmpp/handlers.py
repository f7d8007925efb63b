# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: The messenger developers
"""The handler tables: every slixmpp event, stanza and filter we react to.

``routes`` lists what ``install`` registers on a new client, ``PAYLOADS``
which feature handles which part of a received message, ``IQ_PAYLOADS`` which
feature answers which IQ request. A new feature adds its module under
``features/`` and its rows here; nothing else registers handlers.

There is one route per stanza kind (message, presence, IQ requests we answer),
each matched by its tag alone: slixmpp tries every route on every stanza, and
a route per feature made that the largest cost of receiving a message. Messages
skip slixmpp's handlers altogether (``XmppClient.route_messages``): the
message router gets the element. The routers below hand each feature its part,
the sender parsed once.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from slixmpp.xmlstream.handler import Callback
from slixmpp.xmlstream.matcher.base import MatcherBase

from messenger.protocols.xmpp import mapping
from messenger.protocols.xmpp import ns
from messenger.protocols.xmpp.client import MatchTag
from messenger.protocols.xmpp.client import XmppClient
from messenger.protocols.xmpp.connection import Connector
from messenger.protocols.xmpp.context import XmppContext
from messenger.protocols.xmpp.features.acks import Acks
from messenger.protocols.xmpp.features.avatars import Avatars
from messenger.protocols.xmpp.features.blocking import Blocking
from messenger.protocols.xmpp.features.caps import Caps
from messenger.protocols.xmpp.features.carbons import Carbons
from messenger.protocols.xmpp.features.chat_states import ChatStates
from messenger.protocols.xmpp.features.contact_info import ContactInfos
from messenger.protocols.xmpp.features.corrections import Corrections
from messenger.protocols.xmpp.features.disco import Disco
from messenger.protocols.xmpp.features.iq_guard import IqGuard
from messenger.protocols.xmpp.features.mam import Archive
from messenger.protocols.xmpp.features.markers import Markers
from messenger.protocols.xmpp.features.messages import Messages
from messenger.protocols.xmpp.features.own_avatar import OwnAvatar
from messenger.protocols.xmpp.features.ping import Keepalive
from messenger.protocols.xmpp.features.presence import Presences
from messenger.protocols.xmpp.features.receipts import Receipts
from messenger.protocols.xmpp.features.registration import Registration
from messenger.protocols.xmpp.features.roster import Roster
from messenger.protocols.xmpp.features.software import Software
from messenger.protocols.xmpp.mapping import Origin
from messenger.protocols.xmpp.mapping import ParsedMessage
from messenger.protocols.xmpp.ns import tag

Handler = Callable[[Any], Any]

_PRESENCE = MatchTag(tag(ns.CLIENT, "presence"))
_IQ = tag(ns.CLIENT, "iq")
_PEP_EVENT = tag(ns.PUBSUB_EVENT, "event")
_MAM_RESULT = tag(ns.MAM, "result")


@dataclass(frozen=True, slots=True)
class Route:
    """One registration: a slixmpp event, a stanza matcher or a stream filter."""

    kind: str  # "event", "stanza", "filter" or "messages"
    name: str  # event name, handler name, or filter mode ("in"/"out")
    handler: Handler
    matcher: Any = None


@dataclass(slots=True, kw_only=True)
class Features:
    """One instance of every feature module of an account."""

    connector: Connector
    acks: Acks
    iq_guard: IqGuard
    disco: Disco
    roster: Roster
    presence: Presences
    messages: Messages
    receipts: Receipts
    markers: Markers
    chat_states: ChatStates
    corrections: Corrections
    carbons: Carbons
    archive: Archive
    blocking: Blocking
    keepalive: Keepalive
    router: MessageRouter
    presence_router: PresenceRouter
    iq_router: IqRouter
    caps: Caps
    software: Software
    avatars: Avatars
    own_avatar: OwnAvatar
    contact_info: ContactInfos
    registration: Registration


def routes(f: Features) -> tuple[Route, ...]:
    c = f.connector
    return (
        # connection (connection.py)
        Route("event", "connection_failed", c.on_connection_failed),
        Route("event", "ssl_invalid_chain", c.on_invalid_chain),
        Route("event", "failed_auth", c.on_failed_auth),
        Route("event", "failed_all_auth", c.on_failed_all_auth),
        Route("event", "stream_error", c.on_stream_error),
        Route("event", "stream_negotiated", c.on_stream_negotiated),
        Route("event", "session_resumed", c.on_session_resumed),
        Route("event", "disconnected", c.on_disconnected),
        # XEP-0198 acks, XEP-0030, CVE-2024-46957
        Route("event", "stanza_acked", f.acks.on_stanza_acked),
        Route("event", "session_end", f.acks.on_session_end),
        Route("event", "session_end", f.iq_guard.on_session_end),
        Route("filter", "out", f.iq_guard.on_outgoing),
        Route("filter", "in", f.iq_guard.on_incoming),
        # stanzas (the routers below hand them to the features)
        Route("messages", "messenger message", f.router.on_message),
        Route("stanza", "messenger presence", f.presence_router.on_presence, _PRESENCE),
        Route("stanza", "messenger iq", f.iq_router.on_iq, _IqMatcher()),
    )  # fmt: skip


@dataclass(frozen=True, slots=True)
class Payload:
    """A part of a received message and the feature that handles it."""

    name: str
    applies: Callable[[ParsedMessage], bool]
    handler: Callable[[Features], Callable[[ParsedMessage], None]]


PAYLOADS: tuple[Payload, ...] = (
    Payload("receipt", lambda m: bool(m.receipt_for), lambda f: f.receipts.on_receipt),
    Payload(
        "displayed", lambda m: bool(m.displayed_for), lambda f: f.markers.on_displayed
    ),
    Payload(
        "chat state",
        lambda m: m.chat_state is not None,
        lambda f: f.chat_states.on_state,
    ),
    Payload(
        "correction", lambda m: bool(m.replaces), lambda f: f.corrections.on_correction
    ),
    Payload(
        "body",
        lambda m: (
            m.body is not None and not m.replaces and m.type in {"chat", "normal"}
        ),
        lambda f: f.messages.on_body,
    ),
)


@dataclass(frozen=True, slots=True)
class IqPayload:
    """A request child element (of these IQ types, None: any) and its handler."""

    child: str
    types: frozenset[str] | None
    handler: Callable[[Features], Handler]


IQ_PAYLOADS: tuple[IqPayload, ...] = (
    # XEP-0030/0115, RFC 6121 roster pushes, XEP-0191, XEP-0092, XEP-0202
    IqPayload(tag(ns.ROSTER, "query"), frozenset({"set"}), lambda f: f.roster.on_push),
    IqPayload(tag(ns.BLOCKING, "block"), None, lambda f: f.blocking.on_push),
    IqPayload(tag(ns.BLOCKING, "unblock"), None, lambda f: f.blocking.on_push),
    IqPayload(tag(ns.DISCO_INFO, "query"), None, lambda f: f.disco.on_query),
    IqPayload(tag(ns.VERSION, "query"), None, lambda f: f.software.on_version),
    IqPayload(tag(ns.TIME, "time"), None, lambda f: f.software.on_time),
)  # fmt: skip
_IQ_CHILDREN = frozenset(p.child for p in IQ_PAYLOADS)


def iq_payloads(xml: ET.Element) -> list[IqPayload]:
    """The rows of ``IQ_PAYLOADS`` that apply to an ``<iq/>``, in table order."""
    kind = xml.get("type")
    children = {child.tag for child in xml} & _IQ_CHILDREN
    return [
        p
        for p in IQ_PAYLOADS
        if p.child in children and (p.types is None or kind in p.types)
    ]


class _IqMatcher(MatcherBase):
    """IQs that ``IQ_PAYLOADS`` handles; slixmpp answers the others."""

    def __init__(self) -> None:
        super().__init__(_IQ)

    def match(self, xml: Any) -> bool:
        element = xml.xml
        return element.tag == _IQ and bool(iq_payloads(element))


class IqRouter:
    """Hands an IQ to the feature of each payload (each feature once)."""

    def __init__(self, features: Callable[[], Features]) -> None:
        self._features = features

    def on_iq(self, stanza: Any) -> None:
        features = self._features()
        handlers: list[Handler] = []
        for payload in iq_payloads(stanza.xml):
            handler = payload.handler(features)
            if handler not in handlers:
                handlers.append(handler)
                handler(stanza)


class PresenceRouter:
    """Parses a presence's sender once and hands it to each feature."""

    def __init__(self, features: Callable[[], Features]) -> None:
        self._features = features

    def on_presence(self, stanza: Any) -> None:
        xml = stanza.xml
        sender = mapping.address_of(xml.get("from"))
        if sender is None:
            return
        features = self._features()
        features.presence.on_presence(xml, sender)
        features.caps.on_presence(xml, sender)
        features.avatars.on_presence(xml, sender)


class MessageRouter:
    """Sorts every ``<message/>``: archive result, carbon or direct, then payloads;
    a PEP notification (XEP-0163) goes to the avatars as well."""

    def __init__(self, ctx: XmppContext, features: Callable[[], Features]) -> None:
        self._ctx = ctx
        self._features = features
        # PAYLOADS with their handlers bound (on first use: the features are
        # built after the router).
        self._payloads: list[tuple[Callable[[ParsedMessage], bool], Handler]] = []

    def on_message(self, xml: ET.Element) -> None:
        self._route(xml)
        if xml.find(_PEP_EVENT) is not None:
            self._features().avatars.on_event(xml)

    def _route(self, xml: ET.Element) -> None:
        own = self._ctx.own
        if xml.find(_MAM_RESULT) is not None:
            self._features().archive.on_result(xml)
            return
        if mapping.has_carbon(xml):
            carbon = mapping.unwrap_carbon(xml, own)
            if carbon is None:
                return
            xml, origin = carbon
        else:
            origin = Origin.LIVE
        parsed = mapping.parse_message(xml, own, origin)
        if parsed is not None:
            self.dispatch(parsed)

    def dispatch(self, message: ParsedMessage) -> None:
        if message.type == "error":
            self._features().messages.on_error(message)
            return
        if not self._payloads:
            features = self._features()
            self._payloads = [(p.applies, p.handler(features)) for p in PAYLOADS]
        for applies, handler in self._payloads:
            if applies(message):
                handler(message)


def install(client: XmppClient, features: Features) -> None:
    """Register every route of the table on ``client``."""
    for route in routes(features):
        if route.kind == "event":
            client.add_event_handler(route.name, route.handler)
        elif route.kind == "filter":
            client.add_filter(route.name, route.handler)  # type: ignore[arg-type]
        elif route.kind == "messages":
            client.route_messages(route.handler)
        else:
            client.register_handler(Callback(route.name, route.matcher, route.handler))
