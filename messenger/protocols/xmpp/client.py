# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: The messenger developers
"""``XmppClient``: slixmpp's ``ClientXMPP`` with our security policy built in.

What it changes, and why:

- TLS is mandatory: a stream that is not encrypted and offers no STARTTLS is
  refused before authentication (``ClientListener.tls_unavailable``).
- In pinning mode (after a failed certificate check) a TLS connection is used
  only if the presented certificate has the pinned fingerprint; else it is
  closed before any XMPP byte is sent (``ClientListener.tls_rejected``).
- The TLS server name is always the JID's domain; ``see-other-host`` redirects
  are not followed (they would move verification to a name the server chose).
- slixmpp's own retry loop is replaced: when every address failed,
  ``ClientListener.attempt_failed`` lets ``connection.py`` apply its backoff.
- slixmpp must not answer subscription requests (its default auto-approves) or
  handle roster pushes itself: ``features/roster.py`` does, with its checks.
  Nor disco#info requests: ``features/disco.py`` answers with what our caps say.
- In-band registration (``before_login``) happens only on an encrypted stream.
- SASL payloads and registrations are never logged, even at DEBUG.

And for speed (docs/xmpp.md, "Performance"):

- Everything written in one loop turn goes out in one transport write (one
  TLS record, one syscall) instead of one per stanza; order is kept, and data
  for a transport that is gone is dropped, never sent on the next connection.
- ``send_serialized`` sends a stanza we serialised ourselves from a template
  (receipts, disco#info answers): in order with stanza objects and counted
  for XEP-0198 like them (slixmpp 1.17's counting, done for it). Our outgoing
  filters are synchronous, so an empty send queue means that every stanza
  sent before has been written: then it is written at once. Their acks raise
  no ``stanza_acked`` event (nothing waits for them).
- slixmpp's own message and presence handlers are removed: they only feed
  its roster and events we never read (``features/roster.py`` and
  ``features/presence.py`` do that work), and cost time on every stanza.
  Every handler is tried on every stanza, so the matchers of the rest are made
  cheap: a tag comparison instead of an XPath search for "this element"
  (stream features, SASL, XEP-0198), and IQ stanza paths skip messages and
  presences at once.
- Received ``<message/>`` elements go straight to our router
  (``route_messages``), without a slixmpp stanza object or handler matching:
  the router reads the element only, and nothing of slixmpp's that we load
  handles messages (a unit test checks that every other handler and filter
  leaves them alone). XEP-0198 counts them as its filter would. So a message
  can never be taken for the answer to an IQ, which slixmpp matches by id
  and sender only.
"""

from __future__ import annotations

import asyncio
import logging
import re
import xml.etree.ElementTree as ET
from collections.abc import Awaitable
from collections.abc import Callable
from collections.abc import Sequence
from typing import Any
from typing import Protocol

from slixmpp import JID
from slixmpp import ClientXMPP
from slixmpp.plugins.xep_0198.stream_management import MAX_SEQ
from slixmpp.stanza import Message
from slixmpp.stanza import Presence
from slixmpp.stanza import StreamFeatures
from slixmpp.xmlstream import ElementBase
from slixmpp.xmlstream.handler.base import BaseHandler
from slixmpp.xmlstream.matcher import MatchXPath
from slixmpp.xmlstream.matcher import StanzaPath
from slixmpp.xmlstream.matcher.base import MatcherBase
from slixmpp.xmlstream.tostring import tostring
from slixmpp.xmlstream.xmlstream import NotConnectedError

from messenger.protocols.xmpp import ns
from messenger.protocols.xmpp import tls

log = logging.getLogger(__name__)
# slixmpp logs what it sends here; so do we, so the redaction filter applies.
_wire_log = logging.getLogger("slixmpp.xmlstream.xmlstream")

# Plugins we load; everything else (stanza building, parsing) is ours.
PLUGINS: tuple[tuple[str, dict[str, Any]], ...] = (
    ("xep_0030", {}),  # disco#items answers (disco#info: features/disco.py)
    # Stream management. slixmpp asks for an ack every ``window`` stanzas; our
    # messages get one asked for right away (features/acks.py), so the window
    # only paces acks for everything else (receipts, answers, presences).
    ("xep_0198", {"window": 100, "allow_resume": True}),
    ("xep_0199", {"keepalive": False}),  # answers pings; features/ping.py pings
)


# An XPath that selects the stanza itself by its tag: "{namespace}name".
_ONE_TAG = re.compile(r"\{[^{}]*\}[^{}/\[\]@*.]+")
MESSAGE = f"{{{ns.CLIENT}}}message"
MessageRoute = Callable[[ET.Element], None]


class MatchTag(MatcherBase):
    """Stanzas with this tag ("{namespace}name"): what ``MatchXPath`` of such a
    path matches, without building a wrapper element and searching it."""

    def __init__(self, criteria: str) -> None:
        super().__init__(criteria)
        self._tag = criteria

    def match(self, xml: Any) -> bool:
        return bool(xml.xml.tag == self._tag)


class _IqPath(MatcherBase):
    """A ``StanzaPath`` starting with "iq", which never matches a message or a
    presence: those are turned down without evaluating the path."""

    def __init__(self, path: StanzaPath) -> None:
        super().__init__(path._criteria)
        self._path = path

    def match(self, xml: Any) -> bool:
        return not isinstance(xml, Message | Presence) and self._path.match(xml)


def _cheaper(matcher: MatcherBase) -> MatcherBase:
    """An equivalent matcher that costs less (or ``matcher`` itself)."""
    if type(matcher) is MatchXPath and _ONE_TAG.fullmatch(matcher._criteria):
        return MatchTag(matcher._criteria)
    if type(matcher) is StanzaPath and matcher._raw_criteria.startswith("iq"):
        return _IqPath(matcher)
    return matcher


class Serialized(str):
    """A stanza serialised by us (see ``XmppClient.send_serialized``)."""

    __slots__ = ()


class ClientListener(Protocol):
    """What the client reports to the connection supervisor."""

    def tls_rejected(self, fingerprint: str) -> None: ...

    def tls_unavailable(self) -> None: ...

    def attempt_failed(self) -> None: ...


class XmppClient(ClientXMPP):
    """One connection of one account (see the module docstring)."""

    def __init__(
        self, jid: JID, password: str, listener: ClientListener, *, pin: str = ""
    ) -> None:
        # slixmpp would build a default context (loading every system CA, some
        # 40 ms of CPU) that ``prepare`` replaces before any connection anyway;
        # this one trusts nothing, should it ever be used unprepared.
        super().__init__(jid, password, ssl_context=tls.unconfigured_context())
        self._listener = listener
        self._pin = tls.normalize_fingerprint(pin)
        #: True while connecting with the non-verifying context (pin check).
        self.pinning = False
        #: Runs on the encrypted stream before SASL (XEP-0077 registration);
        #: when it returns False the attempt is abandoned.
        self.before_login: Callable[[], Awaitable[bool]] | None = None
        self.enable_plaintext = False
        self.roster.auto_authorize = None  # type: ignore[assignment]
        self.roster.auto_subscribe = False
        self.remove_handler("Roster Update")
        # Nothing reads slixmpp's roster or its message/presence events.
        for name in ("IM", "IMError", "Presence"):
            self.remove_handler(name)
        self.del_filter("out", self.roster._save_last_status)
        for name, config in PLUGINS:
            self.register_plugin(name, config)
        self._sm: Any = self.plugin["xep_0198"]
        self.remove_handler("Disco Info")
        self._pending: list[bytes] = []
        self._pending_for: Any = None  # the transport ``_pending`` is for
        self._flush: asyncio.Handle | None = None
        self._message_route: MessageRoute | None = None
        _install_log_redaction()

    def register_handler(
        self,
        handler: BaseHandler,
        before: BaseHandler | None = None,
        after: BaseHandler | None = None,
    ) -> None:
        handler._matcher = _cheaper(handler._matcher)
        super().register_handler(handler, before, after)

    # ------------------------------------------------------------ reading
    def route_messages(self, route: MessageRoute) -> None:
        """Hand every received ``<message/>`` element to ``route`` (and to no
        slixmpp handler; see the module docstring)."""
        self._message_route = route

    def _spawn_event(self, xml: ET.Element) -> None:
        route = self._message_route
        if route is None or xml.tag != MESSAGE:
            super()._spawn_event(xml)
            return
        xml = self.incoming_filter(xml)
        sm = self._sm
        if sm.enabled_in:  # what its incoming filter does for a message
            # ``sm.handled`` is this config entry (slixmpp plugins map config
            # keys to attributes), without the attribute hooks' cost.
            config = sm.config
            config["handled"] = (config["handled"] + 1) % MAX_SEQ
        if _wire_log.isEnabledFor(logging.DEBUG):
            _wire_log.debug("RECV: %s", tostring(xml, self.default_ns, self))
        try:
            route(xml)
        except Exception:  # logged and dropped, as slixmpp does for its handlers
            log.exception("a received message could not be handled")

    # ------------------------------------------------------------ writing
    def send_serialized(self, text: str) -> None:
        """Send one stanza given as XML text (jabber:client, escaped by the caller).

        It keeps its place among stanza objects sent before and after it: it
        goes through the send queue unless that is empty.
        """
        self.send_serialized_all((text,))

    def send_serialized_all(self, texts: Sequence[str]) -> None:
        """``send_serialized`` for several stanzas at once, in order: with an
        empty send queue they are queued for this turn's write as one piece."""
        if not texts:
            return
        if self._session_started and self.waiting_queue.empty() and self.transport:
            self.send_raw("".join(texts))
            self._count_sent([Serialized(text) for text in texts])
        else:
            for text in texts:
                self.send(Serialized(text))

    def event(self, name: str, data: Any = {}) -> None:  # noqa: B006 (slixmpp's)
        if name == "stanza_acked" and isinstance(data, Serialized):
            # Nothing waits for the ack of a text stanza (a receipt, an answer),
            # and xep_0198 raises this once per stanza: a burst's receipts
            # would make thousands of calls to handlers that ignore them.
            return
        super().event(name, data)

    def send(self, data: Any, use_filters: bool = True) -> None:
        if not use_filters and isinstance(data, Serialized):
            # A XEP-0198 resend after resumption: counted when first written.
            data = str(data)
        super().send(data, use_filters)

    def send_raw(self, data: str | bytes) -> None:
        """Queue ``data`` for the one write of this loop turn."""
        transport = self.transport
        if transport is None:
            raise NotConnectedError
        _wire_log.debug("SEND: %s", data)
        if transport is not self._pending_for:
            self._pending, self._pending_for = [], transport
        self._pending.append(data.encode("utf-8") if isinstance(data, str) else data)
        if self._flush is None:
            self._flush = self.loop.call_soon(self._write_pending)
        if isinstance(data, Serialized):
            self._count_sent((data,))

    def _write_pending(self) -> None:
        self._flush = None
        data, self._pending = b"".join(self._pending), []
        transport = self.transport
        if data and transport is not None and transport is self._pending_for:
            transport.write(data)

    def _count_sent(self, stanzas: Sequence[Serialized]) -> None:
        """What xep_0198's outgoing filter does for stanza objects (slixmpp
        1.17): number each and keep it for a resend until the server acks it;
        ask for an ack when the window is full (once for the whole lot)."""
        sm = self._sm
        if not sm.enabled_out:
            return
        config, queue = sm.config, sm.unacked_queue  # ``sm.seq`` is config["seq"]
        seq = config["seq"]
        for stanza in stanzas:
            seq = (seq + 1) % MAX_SEQ
            queue.append((seq, stanza))
        config["seq"] = seq
        window = config["window"]
        if window <= 0:  # slixmpp never asks then
            return
        counter = sm.window_counter - len(stanzas)
        if counter > 0:
            sm.window_counter = counter
        else:  # back to a full window at every 0 it passed
            sm.window_counter = (counter - 1) % window + 1
            sm.request_ack()

    # ------------------------------------------------------------ TLS policy
    def connection_made(self, transport: Any, send_event: bool = True) -> None:
        ssl_object = transport.get_extra_info("ssl_object")
        if self.pinning and ssl_object is not None:
            fingerprint = tls.peer_fingerprint(ssl_object)
            if not self._pin or fingerprint != self._pin:
                log.info("certificate %s is not the pinned one", fingerprint)
                transport.abort()
                self._listener.tls_rejected(fingerprint)
                return
            log.info("accepting the pinned certificate %s", fingerprint)
        super().connection_made(transport, send_event)

    async def _handle_stream_features(self, features: StreamFeatures) -> bool | None:
        encrypted = (
            self.transport is not None
            and self.transport.get_extra_info("ssl_object") is not None
        )
        if not encrypted and "starttls" not in features["features"]:
            log.warning("the server offers no STARTTLS: refusing to go on")
            self._listener.tls_unavailable()
            self.abort()
            return True
        sasl = features.xml.find(f"{{{ns.SASL}}}mechanisms") is not None
        hook = self.before_login if encrypted and sasl else None
        if hook is not None and not self.authenticated and not await hook():
            self.abort()
            return True
        return await super()._handle_stream_features(features)

    # ------------------------------------------------------------ connecting
    def prepare(self, *, pinning: bool, context: Any) -> None:
        """Set the TLS context for the next attempt; the name stays the JID domain."""
        self.pinning = pinning
        self.ssl_context = context
        self.ca_certs = None
        self.default_domain = self.requested_jid.domain

    def reschedule_connection_attempt(self) -> asyncio.Future[Any] | None:
        """Every address failed: let ``connection.py`` decide when to retry."""
        self._current_connection_attempt = None
        self._listener.attempt_failed()
        return None

    def _handle_stream_error(self, error: Any) -> None:
        """Report stream errors; never follow ``see-other-host``."""
        self.event("stream_error", error)

    def shutdown(self) -> None:
        """Stop everything slixmpp still has scheduled for this client."""
        self.cancel_connection_attempt()
        for name in list(self.scheduled_events):
            self.cancel_schedule(name)
        if self._run_out_filters is not None:
            self._run_out_filters.cancel()
        if self._flush is not None:
            self._flush.cancel()
            self._flush = None
        self._pending = []
        if self.transport is not None:
            self.transport.abort()


class _RedactSecrets(logging.Filter):
    """Replaces logged credentials with a marker: SASL exchanges (PLAIN carries
    the password) and in-band registration (the new password)."""

    def filter(self, record: logging.LogRecord) -> bool:
        args = record.args if isinstance(record.args, tuple) else ()
        if any(_carries_secret(arg) for arg in args):
            record.args = tuple("<credentials not logged>" for _ in args)
        return True


def _carries_secret(arg: object) -> bool:
    if not isinstance(arg, str | bytes | ElementBase):  # stanza objects too
        return False
    text = str(arg)
    return ns.SASL in text or ns.REGISTER in text


def _install_log_redaction() -> None:
    logger = logging.getLogger("slixmpp.xmlstream.xmlstream")
    if not any(isinstance(f, _RedactSecrets) for f in logger.filters):
        logger.addFilter(_RedactSecrets())
