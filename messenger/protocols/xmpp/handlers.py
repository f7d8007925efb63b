# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: The messenger developers
"""The handler tables: every slixmpp event, stanza and filter we react to.

``routes`` lists what ``install`` registers on a new client, ``PAYLOADS``
which feature handles which part of a received message. A new feature adds
its module under ``features/`` and its rows here; nothing else registers
handlers.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from slixmpp.xmlstream.handler import Callback
from slixmpp.xmlstream.matcher import MatchXPath
from slixmpp.xmlstream.matcher import StanzaPath

from messenger.protocols.xmpp import mapping
from messenger.protocols.xmpp import ns
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

_MESSAGE = MatchXPath(tag(ns.CLIENT, "message"))
_PRESENCE = MatchXPath(tag(ns.CLIENT, "presence"))
_ROSTER_PUSH = StanzaPath("iq@type=set/roster")
_BLOCK_PUSH = MatchXPath(f"{tag(ns.CLIENT, 'iq')}/{tag(ns.BLOCKING, 'block')}")
_UNBLOCK_PUSH = MatchXPath(f"{tag(ns.CLIENT, 'iq')}/{tag(ns.BLOCKING, 'unblock')}")
_DISCO_INFO = MatchXPath(f"{tag(ns.CLIENT, 'iq')}/{tag(ns.DISCO_INFO, 'query')}")
_VERSION = MatchXPath(f"{tag(ns.CLIENT, 'iq')}/{tag(ns.VERSION, 'query')}")
_TIME = MatchXPath(f"{tag(ns.CLIENT, 'iq')}/{tag(ns.TIME, 'time')}")
_PEP_EVENT = MatchXPath(f"{tag(ns.CLIENT, 'message')}/{tag(ns.PUBSUB_EVENT, 'event')}")


@dataclass(frozen=True, slots=True)
class Route:
    """One registration: a slixmpp event, a stanza matcher or a stream filter."""

    kind: str  # "event", "stanza" or "filter"
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
        # stanzas
        Route("stanza", "messenger message", f.router.on_message, _MESSAGE),
        Route("stanza", "messenger presence", f.presence.on_presence, _PRESENCE),
        Route("stanza", "messenger roster push", f.roster.on_push, _ROSTER_PUSH),
        Route("stanza", "messenger block push", f.blocking.on_push, _BLOCK_PUSH),
        Route("stanza", "messenger unblock push", f.blocking.on_push, _UNBLOCK_PUSH),
        # XEP-0030/0115, XEP-0092, XEP-0202, XEP-0084/0153
        Route("stanza", "messenger disco info", f.disco.on_query, _DISCO_INFO),
        Route("stanza", "messenger caps", f.caps.on_presence, _PRESENCE),
        Route("stanza", "messenger version", f.software.on_version, _VERSION),
        Route("stanza", "messenger time", f.software.on_time, _TIME),
        Route("stanza", "messenger avatar event", f.avatars.on_event, _PEP_EVENT),
        Route("stanza", "messenger photo hash", f.avatars.on_presence, _PRESENCE),
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


class MessageRouter:
    """Sorts every ``<message/>``: archive result, carbon or direct, then payloads."""

    def __init__(self, ctx: XmppContext, features: Callable[[], Features]) -> None:
        self._ctx = ctx
        self._features = features

    def on_message(self, stanza: Any) -> None:
        xml, own = stanza.xml, self._ctx.own
        if xml.find(tag(ns.MAM, "result")) is not None:
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
        features = self._features()
        if message.type == "error":
            features.messages.on_error(message)
            return
        for payload in PAYLOADS:
            if payload.applies(message):
                payload.handler(features)(message)


def install(client: XmppClient, features: Features) -> None:
    """Register every route of the table on ``client``."""
    for route in routes(features):
        if route.kind == "event":
            client.add_event_handler(route.name, route.handler)
        elif route.kind == "filter":
            client.add_filter(route.name, route.handler)  # type: ignore[arg-type]
        else:
            client.register_handler(Callback(route.name, route.matcher, route.handler))
