# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: The messenger developers
"""RFC 6121 presence with XEP-0319 idle times (received and, when auto-away
set them, sent).

Our own presence carries what ``extensions`` adds (XEP-0115 caps, the
XEP-0153 photo hash).

Incoming presences are collected and handed to the sink once per loop turn
(500 contacts coming online at login make a few events, not 500). On a new
session (not a resumed one) every resource we knew is reported offline first:
the server sends current presences again, but never "went away meanwhile".
"""

from __future__ import annotations

import asyncio
import xml.etree.ElementTree as ET
from collections.abc import Callable
from datetime import UTC
from datetime import datetime

from messenger.core.model import Address
from messenger.core.model import OwnPresence
from messenger.core.model import PresenceUpdate
from messenger.core.model import Show
from messenger.protocols.xmpp import mapping
from messenger.protocols.xmpp import ns
from messenger.protocols.xmpp.context import XmppContext
from messenger.protocols.xmpp.mapping import ParsedPresence

_SHOW_VALUES = {Show.CHAT: "chat", Show.AWAY: "away", Show.XA: "xa", Show.DND: "dnd"}


def idle_element(since: datetime) -> ET.Element:
    """XEP-0319 ``<idle since=...>``: when the user went idle (auto-away)."""
    stamp = since.astimezone(UTC).replace(microsecond=0)
    return ET.Element(
        f"{{{ns.IDLE}}}idle", since=stamp.isoformat().replace("+00:00", "Z")
    )


class Presences:
    def __init__(
        self,
        ctx: XmppContext,
        on_request: Callable[[ParsedPresence], None],
        extensions: Callable[[], list[ET.Element]] = list,
    ) -> None:
        self._ctx = ctx
        self._on_request = on_request
        self._extensions = extensions
        self._batch: list[PresenceUpdate] = []
        self._flush: asyncio.Handle | None = None
        self._known: dict[Address, PresenceUpdate] = {}
        self._sent = False  # our presence went out in this session
        #: What the user chose; sent at login and on every change.
        self.desired: OwnPresence | None = None

    # ------------------------------------------------------------ own presence
    def set(self, presence: OwnPresence) -> None:
        self.desired = presence
        if self._ctx.online:
            self.send()

    def send(self) -> None:
        """Broadcast our presence (available unless the user chose otherwise)."""
        client = self._ctx.client
        if client is None:
            return
        self._sent = True
        desired = self.desired or OwnPresence(show=Show.AVAILABLE)
        if desired.show is Show.OFFLINE:
            client.make_presence(
                ptype="unavailable", pstatus=desired.status or None
            ).send()
            return
        presence = client.make_presence(
            pshow=_SHOW_VALUES.get(desired.show),
            pstatus=desired.status or None,
            ppriority=self._ctx.settings.priority,
        )
        for extension in self._extensions():
            presence.xml.append(extension)
        if desired.idle_since is not None:
            presence.xml.append(idle_element(desired.idle_since))
        presence.send()

    # ------------------------------------------------------------ contacts
    def on_presence(self, xml: ET.Element, sender: Address) -> None:
        parsed = mapping.parse_presence(xml, self._ctx.clock(), sender)
        if parsed.update is None:
            if parsed.kind == "subscribe":
                self._on_request(parsed)
            return
        if sender == mapping.to_address(self._ctx.own):
            return  # our own presence, reflected
        self._add(parsed.update)

    def resources_of(self, bare: Address) -> list[PresenceUpdate]:
        """The online resources of a contact (or of our other clients)."""
        return [u for a, u in self._known.items() if a.bare == bare]

    def _add(self, update: PresenceUpdate) -> None:
        if update.show is Show.OFFLINE:
            self._known.pop(update.address, None)
        else:
            self._known[update.address] = update
        self._batch.append(update)
        if self._flush is None:
            self._flush = asyncio.get_running_loop().call_soon(self._deliver)

    def _deliver(self) -> None:
        self._flush = None
        batch, self._batch = self._batch, []
        if batch:
            self._ctx.sink.presences_received(batch)

    def refresh(self) -> None:
        """Send our available presence again (what it carries changed).

        Not before the session sent it (the archive catch-up decides when).
        """
        available = self.desired is None or self.desired.show is not Show.OFFLINE
        if self._sent and self._ctx.online and available:
            self.send()

    def reset(self) -> None:
        """A new session: whoever we saw may have gone meanwhile."""
        self._sent = False
        gone = [
            PresenceUpdate(address=address, show=Show.OFFLINE)
            for address in self._known
        ]
        self._known.clear()
        if gone:
            self._batch.extend(gone)
            self._deliver()
