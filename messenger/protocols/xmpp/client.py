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
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable
from collections.abc import Callable
from typing import Any
from typing import Protocol

from slixmpp import JID
from slixmpp import ClientXMPP
from slixmpp.stanza import StreamFeatures
from slixmpp.xmlstream import ElementBase

from messenger.protocols.xmpp import ns
from messenger.protocols.xmpp import tls

log = logging.getLogger(__name__)

# Plugins we load; everything else (stanza building, parsing) is ours.
PLUGINS: tuple[tuple[str, dict[str, Any]], ...] = (
    ("xep_0030", {}),  # disco#items answers (disco#info: features/disco.py)
    ("xep_0198", {"window": 10, "allow_resume": True}),  # stream management
    ("xep_0199", {"keepalive": False}),  # answers pings; features/ping.py pings
)


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
        super().__init__(jid, password)
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
        for name, config in PLUGINS:
            self.register_plugin(name, config)
        self.remove_handler("Disco Info")
        _install_log_redaction()

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
